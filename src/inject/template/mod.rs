//! A Go text/template evaluator over JSON values: enough of the language (actions,
//! pipelines, variables, if/else if/else, range, with, define/template/block, comments, trim
//! markers, break/continue) and the functions injection templates call, so that sailctl's
//! own templates and Istio's (from a user's injector ConfigMap) both render.

mod eval;
mod funcs;
mod parse;

pub use funcs::{go_json, go_yaml};

use serde_json::Value;

/// A template that failed to parse or to run: which template, which line, what.
#[derive(Debug, Clone, thiserror::Error)]
#[error("template {name:?} line {line}: {message}")]
pub struct TemplateError {
    pub name: String,
    pub line: usize,
    pub message: String,
}

impl TemplateError {
    pub fn new(name: &str, line: usize, message: String) -> Self {
        TemplateError {
            name: name.to_string(),
            line,
            message,
        }
    }
}

/// A parsed template, ready to run on any number of inputs.
#[derive(Debug)]
pub struct Template {
    name: String,
    tree: parse::Parsed,
}

impl Template {
    /// Parse `src`; unknown functions are errors here, as Go's parser makes them.
    pub fn parse(name: &str, src: &str) -> Result<Template, TemplateError> {
        let tree = parse::parse(name, src)?;
        let t = Template {
            name: name.to_string(),
            tree,
        };
        t.check_functions()?;
        Ok(t)
    }

    fn check_functions(&self) -> Result<(), TemplateError> {
        let mut bodies: Vec<&[parse::Node]> = vec![&self.tree.root];
        bodies.extend(self.tree.defines.values().map(Vec::as_slice));
        for b in bodies {
            check_nodes(&self.name, b)?;
        }
        Ok(())
    }

    /// Run the template on `data`.
    pub fn render(&self, data: &Value) -> Result<String, TemplateError> {
        let mut e = eval::Exec::new(&self.name, &self.tree, data);
        e.run(&self.tree.root, data)?;
        Ok(e.out)
    }
}

fn check_pipe(name: &str, p: &parse::Pipe) -> Result<(), TemplateError> {
    for c in &p.cmds {
        for (i, a) in c.args.iter().enumerate() {
            match a {
                parse::Arg::Ident(f) if !funcs::KNOWN.contains(&f.as_str()) => {
                    return Err(TemplateError::new(
                        name,
                        p.line,
                        format!("function {f:?} not defined"),
                    ));
                }
                parse::Arg::Ident(_) if i > 0 => {}
                parse::Arg::Sub(inner, _) => check_pipe(name, inner)?,
                _ => {}
            }
        }
    }
    Ok(())
}

fn check_nodes(name: &str, nodes: &[parse::Node]) -> Result<(), TemplateError> {
    for n in nodes {
        match n {
            parse::Node::Action(p) => check_pipe(name, p)?,
            parse::Node::If {
                branches,
                otherwise,
                ..
            } => {
                for (c, b) in branches {
                    check_pipe(name, c)?;
                    check_nodes(name, b)?;
                }
                check_nodes(name, otherwise)?;
            }
            parse::Node::Range {
                pipe,
                body,
                otherwise,
            } => {
                check_pipe(name, pipe)?;
                check_nodes(name, body)?;
                check_nodes(name, otherwise)?;
            }
            parse::Node::Template { pipe: Some(p), .. } => check_pipe(name, p)?,
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
