//! Executing a parsed template on a JSON value, with Go text/template's rules: truthiness,
//! variable scopes, `range` over lists and maps (maps in key order), field access that
//! also accepts Go's exported field names (`.Spec.Containers` reads `spec.containers`).

use serde_json::Value;

use super::TemplateError;
use super::funcs;
use super::parse::{Arg, Cmd, Node, Parsed, Pipe};

/// Nested `template` calls allowed before the run is stopped.
const MAX_DEPTH: usize = 100;
/// Output allowed before the run is stopped (a template that loops forever).
const MAX_OUTPUT: usize = 16 << 20;

enum Flow {
    Normal,
    Break,
    Continue,
}

pub struct Exec<'a> {
    pub name: &'a str,
    pub tree: &'a Parsed,
    vars: Vec<(String, Value)>,
    depth: usize,
    pub out: String,
}

/// Go's truthiness: false, 0, nil, and empty strings, lists and maps are false.
pub fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(m) => !m.is_empty(),
    }
}

/// A field of a value: the key itself, or the JSON name of a Go field name (`Spec` → `spec`,
/// `DNSConfig` → `dnsConfig`), or a Go getter on a proto message (`GetValue`, `GetTracing`).
pub fn field(v: &Value, name: &str) -> Value {
    if let Value::Object(m) = v {
        if let Some(x) = m.get(name) {
            return x.clone();
        }
        if let Some(x) = m.get(&json_name(name)) {
            return x.clone();
        }
        if let Some(rest) = name.strip_prefix("Get")
            && !rest.is_empty()
        {
            return field(v, rest);
        }
        return Value::Null;
    }
    match name {
        // wrapper messages are plain values in JSON; enums print their name
        "GetValue" | "String" => v.clone(),
        _ => Value::Null,
    }
}

fn json_name(go: &str) -> String {
    let chars: Vec<char> = go.chars().collect();
    let upper = chars.iter().take_while(|c| c.is_uppercase()).count();
    let lower_n = if upper > 1 && upper < chars.len() {
        upper - 1
    } else {
        upper.max(1)
    };
    chars
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if i < lower_n {
                c.to_ascii_lowercase()
            } else {
                *c
            }
        })
        .collect()
}

/// How a value prints (Go's fmt `%v` for the shapes JSON has).
pub fn show(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => funcs::show_number(n),
        Value::Array(a) => {
            let parts: Vec<String> = a.iter().map(show).collect();
            format!("[{}]", parts.join(" "))
        }
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            let parts: Vec<String> = keys
                .iter()
                .map(|k| format!("{k}:{}", show(&m[*k])))
                .collect();
            format!("map[{}]", parts.join(" "))
        }
    }
}

impl<'a> Exec<'a> {
    pub fn new(name: &'a str, tree: &'a Parsed, data: &Value) -> Self {
        Exec {
            name,
            tree,
            vars: vec![("$".to_string(), data.clone())],
            depth: 0,
            out: String::new(),
        }
    }

    fn err(&self, line: usize, msg: impl Into<String>) -> TemplateError {
        TemplateError::new(self.name, line, msg.into())
    }

    pub fn run(&mut self, nodes: &[Node], dot: &Value) -> Result<(), TemplateError> {
        self.walk(nodes, dot).map(|_| ())
    }

    fn walk(&mut self, nodes: &[Node], dot: &Value) -> Result<Flow, TemplateError> {
        for n in nodes {
            match n {
                Node::Text(t) => self.out.push_str(t),
                Node::Action(p) => {
                    let v = self.pipe(p, dot)?;
                    if p.vars.is_empty() {
                        self.out.push_str(&show(&v));
                    }
                }
                Node::If {
                    with,
                    branches,
                    otherwise,
                } => {
                    let mark = self.vars.len();
                    let mut taken = false;
                    let mut flow = Flow::Normal;
                    for (cond, body) in branches {
                        let v = self.pipe(cond, dot)?;
                        if truthy(&v) {
                            let inner = if *with { v } else { dot.clone() };
                            flow = self.walk(body, &inner)?;
                            taken = true;
                            break;
                        }
                    }
                    if !taken {
                        flow = self.walk(otherwise, dot)?;
                    }
                    self.vars.truncate(mark);
                    if !matches!(flow, Flow::Normal) {
                        return Ok(flow);
                    }
                }
                Node::Range {
                    pipe,
                    body,
                    otherwise,
                } => {
                    let mark = self.vars.len();
                    self.range(pipe, body, otherwise, dot)?;
                    self.vars.truncate(mark);
                }
                Node::Template { name, pipe, line } => {
                    let arg = match pipe {
                        Some(p) => self.pipe(p, dot)?,
                        None => Value::Null,
                    };
                    let body = self
                        .tree
                        .defines
                        .get(name)
                        .ok_or_else(|| self.err(*line, format!("no such template {name:?}")))?;
                    if self.depth >= MAX_DEPTH {
                        return Err(self.err(
                            *line,
                            format!("exceeded maximum template depth ({MAX_DEPTH})"),
                        ));
                    }
                    self.depth += 1;
                    let saved =
                        std::mem::replace(&mut self.vars, vec![("$".to_string(), arg.clone())]);
                    let r = self.walk(body, &arg);
                    self.vars = saved;
                    self.depth -= 1;
                    r?;
                }
                Node::Break => return Ok(Flow::Break),
                Node::Continue => return Ok(Flow::Continue),
            }
            if self.out.len() > MAX_OUTPUT {
                return Err(self.err(0, format!("output exceeds {} MiB", MAX_OUTPUT >> 20)));
            }
        }
        Ok(Flow::Normal)
    }

    fn range(
        &mut self,
        pipe: &Pipe,
        body: &[Node],
        otherwise: &[Node],
        dot: &Value,
    ) -> Result<(), TemplateError> {
        let mut p = pipe.clone();
        let vars = std::mem::take(&mut p.vars);
        let v = self.pipe(&p, dot)?;
        let items: Vec<(Value, Value)> = match &v {
            Value::Array(a) => a
                .iter()
                .enumerate()
                .map(|(i, x)| (Value::from(i), x.clone()))
                .collect(),
            Value::Object(m) => {
                let mut keys: Vec<&String> = m.keys().collect();
                keys.sort();
                keys.into_iter()
                    .map(|k| (Value::from(k.clone()), m[k].clone()))
                    .collect()
            }
            Value::Number(n) => {
                let count = n.as_i64().unwrap_or(0).max(0);
                (0..count)
                    .map(|i| (Value::from(i), Value::from(i)))
                    .collect()
            }
            Value::Null => Vec::new(),
            other => {
                return Err(self.err(
                    pipe.line,
                    format!("range can't iterate over {}", show(other)),
                ));
            }
        };
        if items.is_empty() {
            self.walk(otherwise, dot)?;
            return Ok(());
        }
        let mark = self.vars.len();
        for (k, item) in items {
            match vars.as_slice() {
                [] => {}
                [one] => self.vars.push((one.clone(), item.clone())),
                [a, b, ..] => {
                    self.vars.push((a.clone(), k));
                    self.vars.push((b.clone(), item.clone()));
                }
            }
            let flow = self.walk(body, &item)?;
            self.vars.truncate(mark);
            if matches!(flow, Flow::Break) {
                break;
            }
        }
        Ok(())
    }

    fn var(&self, name: &str, line: usize) -> Result<Value, TemplateError> {
        self.vars
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| self.err(line, format!("undefined variable: {name}")))
    }

    pub fn pipe(&mut self, p: &Pipe, dot: &Value) -> Result<Value, TemplateError> {
        let mut last: Option<Value> = None;
        for c in &p.cmds {
            last = Some(self.cmd(c, dot, last, p.line)?);
        }
        let v = last.unwrap_or(Value::Null);
        if let Some(first) = p.vars.first() {
            if p.declare {
                self.vars.push((first.clone(), v.clone()));
            } else {
                let slot = self
                    .vars
                    .iter_mut()
                    .rev()
                    .find(|(n, _)| n == first)
                    .ok_or_else(|| {
                        TemplateError::new(
                            self.name,
                            p.line,
                            format!("undefined variable: {first}"),
                        )
                    })?;
                slot.1 = v.clone();
            }
        }
        Ok(v)
    }

    fn cmd(
        &mut self,
        c: &Cmd,
        dot: &Value,
        piped: Option<Value>,
        line: usize,
    ) -> Result<Value, TemplateError> {
        let Some(first) = c.args.first() else {
            return Err(self.err(line, "empty command"));
        };
        if let Arg::Ident(f) = first {
            return self.call(f, c.args.get(1..).unwrap_or_default(), dot, piped, line);
        }
        if c.args.len() > 1 || piped.is_some() {
            return Err(self.err(line, "can't give arguments to a non-function"));
        }
        self.arg(first, dot, line)
    }

    fn arg(&mut self, a: &Arg, dot: &Value, line: usize) -> Result<Value, TemplateError> {
        Ok(match a {
            Arg::Dot(fs) => fields(dot.clone(), fs),
            Arg::Var(v, fs) => fields(self.var(v, line)?, fs),
            Arg::Str(s) => Value::String(s.clone()),
            Arg::Num(n) => Value::Number(n.clone()),
            Arg::Bool(b) => Value::Bool(*b),
            Arg::Nil => Value::Null,
            Arg::Sub(p, fs) => {
                let v = self.pipe(p, dot)?;
                fields(v, fs)
            }
            Arg::Ident(f) => self.call(f, &[], dot, None, line)?,
        })
    }

    fn call(
        &mut self,
        f: &str,
        args: &[Arg],
        dot: &Value,
        piped: Option<Value>,
        line: usize,
    ) -> Result<Value, TemplateError> {
        // `and` and `or` stop at the first operand that decides them
        if f == "and" || f == "or" {
            let mut last = Value::Null;
            let n = args.len() + usize::from(piped.is_some());
            if n == 0 {
                return Err(self.err(
                    line,
                    format!("wrong number of args for {f}: want at least 1 got 0"),
                ));
            }
            for a in args {
                last = self.arg(a, dot, line)?;
                if truthy(&last) != (f == "and") {
                    return Ok(last);
                }
            }
            if let Some(p) = piped {
                last = p;
            }
            return Ok(last);
        }
        let mut vals = Vec::with_capacity(args.len() + 1);
        for a in args {
            vals.push(self.arg(a, dot, line)?);
        }
        if let Some(p) = piped {
            vals.push(p);
        }
        funcs::call(f, vals).map_err(|m| self.err(line, format!("error calling {f}: {m}")))
    }
}

fn fields(mut v: Value, fs: &[String]) -> Value {
    for f in fs {
        v = field(&v, f);
    }
    v
}
