//! Parsing Go text/template source into a tree: text, actions, control structures and
//! `define`d sub-templates. Errors name the template and the line.

use std::collections::HashMap;

use super::TemplateError;

/// One operand of a command.
#[derive(Debug, Clone)]
pub enum Arg {
    /// `.` followed by zero or more field names (`.A.B`); empty for `.` itself.
    Dot(Vec<String>),
    /// `$name.A.B` (`$` alone is the template's data).
    Var(String, Vec<String>),
    /// A function name.
    Ident(String),
    Str(String),
    Num(serde_json::Number),
    Bool(bool),
    Nil,
    /// `( pipeline ).A.B`
    Sub(Box<Pipe>, Vec<String>),
}

/// A command: a function call or a single operand.
#[derive(Debug, Clone)]
pub struct Cmd {
    pub args: Vec<Arg>,
}

/// A pipeline, with its optional variable declaration (`$x :=`) or assignment (`$x =`).
#[derive(Debug, Clone)]
pub struct Pipe {
    pub vars: Vec<String>,
    pub declare: bool,
    pub cmds: Vec<Cmd>,
    pub line: usize,
}

#[derive(Debug, Clone)]
pub enum Node {
    Text(String),
    Action(Pipe),
    /// `if` / `with`: (condition, body) branches, then the else body.
    If {
        with: bool,
        branches: Vec<(Pipe, Vec<Node>)>,
        otherwise: Vec<Node>,
    },
    Range {
        pipe: Pipe,
        body: Vec<Node>,
        otherwise: Vec<Node>,
    },
    Template {
        name: String,
        pipe: Option<Pipe>,
        line: usize,
    },
    Break,
    Continue,
}

/// A parsed template and the sub-templates it defines.
#[derive(Debug, Default)]
pub struct Parsed {
    pub root: Vec<Node>,
    pub defines: HashMap<String, Vec<Node>>,
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Dot(Vec<String>),
    Var(String, Vec<String>),
    Ident(String),
    Str(String),
    Num(serde_json::Number),
    Bool(bool),
    Nil,
    Open,
    Close(Vec<String>),
    Pipe,
    Declare,
    Assign,
    Comma,
}

/// An action's text split into tokens.
fn lex_action(src: &str, name: &str, line: usize) -> Result<Vec<Tok>, TemplateError> {
    let err = |m: String| TemplateError::new(name, line, m);
    let chars: Vec<char> = src.chars().collect();
    let mut i = 0;
    let mut out = Vec::new();
    let fields = |chars: &[char], i: &mut usize| -> Vec<String> {
        let mut fs = Vec::new();
        while *i < chars.len() && chars[*i] == '.' {
            let start = *i + 1;
            let mut j = start;
            while j < chars.len() && (chars[j].is_alphanumeric() || chars[j] == '_') {
                j += 1;
            }
            if j == start {
                break;
            }
            fs.push(chars[start..j].iter().collect());
            *i = j;
        }
        fs
    };
    while i < chars.len() {
        let c = chars[i];
        match c {
            ' ' | '\t' | '\n' | '\r' => i += 1,
            '(' => {
                out.push(Tok::Open);
                i += 1;
            }
            ')' => {
                i += 1;
                let fs = fields(&chars, &mut i);
                out.push(Tok::Close(fs));
            }
            '|' => {
                out.push(Tok::Pipe);
                i += 1;
            }
            ',' => {
                out.push(Tok::Comma);
                i += 1;
            }
            ':' if chars.get(i + 1) == Some(&'=') => {
                out.push(Tok::Declare);
                i += 2;
            }
            '=' => {
                out.push(Tok::Assign);
                i += 1;
            }
            '"' => {
                let mut s = String::new();
                i += 1;
                loop {
                    match chars.get(i) {
                        None => return Err(err("unterminated quoted string".into())),
                        Some('"') => break,
                        Some('\\') => {
                            let e = chars.get(i + 1).copied().unwrap_or('\\');
                            s.push(match e {
                                'n' => '\n',
                                't' => '\t',
                                'r' => '\r',
                                other => other,
                            });
                            i += 2;
                        }
                        Some(&ch) => {
                            s.push(ch);
                            i += 1;
                        }
                    }
                }
                i += 1;
                out.push(Tok::Str(s));
            }
            '`' => {
                let start = i + 1;
                let end = chars[start..]
                    .iter()
                    .position(|&ch| ch == '`')
                    .ok_or_else(|| err("unterminated raw quoted string".into()))?;
                out.push(Tok::Str(chars[start..start + end].iter().collect()));
                i = start + end + 1;
            }
            '.' => {
                if chars.get(i + 1).is_some_and(|d| d.is_ascii_digit()) {
                    return Err(err(format!("bad number in {src:?}")));
                }
                let fs = fields(&chars, &mut i);
                if fs.is_empty() {
                    i += 1;
                }
                out.push(Tok::Dot(fs));
            }
            '$' => {
                let start = i;
                i += 1;
                while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                let v: String = chars[start..i].iter().collect();
                let fs = fields(&chars, &mut i);
                out.push(Tok::Var(v, fs));
            }
            c if c.is_ascii_digit() || c == '-' || c == '+' => {
                let start = i;
                i += 1;
                while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '.') {
                    i += 1;
                }
                let text: String = chars[start..i].iter().collect();
                let n = text
                    .parse::<i64>()
                    .ok()
                    .map(serde_json::Number::from)
                    .or_else(|| {
                        text.parse::<f64>()
                            .ok()
                            .and_then(serde_json::Number::from_f64)
                    })
                    .ok_or_else(|| err(format!("bad number syntax: {text:?}")))?;
                out.push(Tok::Num(n));
            }
            c if c.is_alphabetic() || c == '_' => {
                let start = i;
                while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                let w: String = chars[start..i].iter().collect();
                out.push(match w.as_str() {
                    "true" => Tok::Bool(true),
                    "false" => Tok::Bool(false),
                    "nil" => Tok::Nil,
                    _ => Tok::Ident(w),
                });
            }
            other => return Err(err(format!("unexpected {other:?} in action"))),
        }
    }
    Ok(out)
}

/// Parse the tokens of one pipeline (the whole action, or inside parentheses).
fn parse_pipe(
    toks: &[Tok],
    pos: &mut usize,
    name: &str,
    line: usize,
) -> Result<Pipe, TemplateError> {
    let err = |m: &str| TemplateError::new(name, line, m.to_string());
    let mut pipe = Pipe {
        vars: Vec::new(),
        declare: false,
        cmds: Vec::new(),
        line,
    };
    // variable declarations: `$a :=`, `$i, $v :=`, `$a =`
    let mut look = *pos;
    let mut vars = Vec::new();
    while let Some(Tok::Var(v, fs)) = toks.get(look) {
        if !fs.is_empty() {
            break;
        }
        vars.push(v.clone());
        look += 1;
        if toks.get(look) == Some(&Tok::Comma) {
            look += 1;
            continue;
        }
        break;
    }
    match toks.get(look) {
        Some(Tok::Declare) if !vars.is_empty() => {
            pipe.vars = vars;
            pipe.declare = true;
            *pos = look + 1;
        }
        Some(Tok::Assign) if !vars.is_empty() => {
            pipe.vars = vars;
            *pos = look + 1;
        }
        _ => {}
    }
    let mut cmd = Cmd { args: Vec::new() };
    while let Some(t) = toks.get(*pos) {
        *pos += 1;
        let arg = match t {
            Tok::Dot(fs) => Arg::Dot(fs.clone()),
            Tok::Var(v, fs) => Arg::Var(v.clone(), fs.clone()),
            Tok::Ident(w) => Arg::Ident(w.clone()),
            Tok::Str(s) => Arg::Str(s.clone()),
            Tok::Num(n) => Arg::Num(n.clone()),
            Tok::Bool(b) => Arg::Bool(*b),
            Tok::Nil => Arg::Nil,
            Tok::Open => {
                let inner = parse_pipe(toks, pos, name, line)?;
                match toks.get(*pos) {
                    Some(Tok::Close(fs)) => {
                        *pos += 1;
                        Arg::Sub(Box::new(inner), fs.clone())
                    }
                    _ => return Err(err("unclosed left paren")),
                }
            }
            Tok::Close(_) => {
                *pos -= 1;
                break;
            }
            Tok::Pipe => {
                if cmd.args.is_empty() {
                    return Err(err("missing command before |"));
                }
                pipe.cmds
                    .push(std::mem::replace(&mut cmd, Cmd { args: Vec::new() }));
                continue;
            }
            Tok::Declare | Tok::Assign | Tok::Comma => return Err(err("unexpected := or = or ,")),
        };
        cmd.args.push(arg);
    }
    if cmd.args.is_empty() {
        return Err(err("missing value for command"));
    }
    pipe.cmds.push(cmd);
    Ok(pipe)
}

/// One piece of the source: text, or an action's inner text with its line.
enum Piece {
    Text(String),
    Action(String, usize),
}

fn split(src: &str, name: &str) -> Result<Vec<Piece>, TemplateError> {
    let mut pieces = Vec::new();
    let mut rest = src;
    let mut line = 1;
    while let Some(open) = rest.find("{{") {
        let (before, after) = rest.split_at(open);
        let after = after.get(2..).unwrap_or_default();
        let trim_left =
            after.starts_with("- ") || after.starts_with("-\t") || after.starts_with("-\n");
        let mut text = before.to_string();
        if trim_left {
            text.truncate(text.trim_end().len());
        }
        line += before.matches('\n').count();
        pieces.push(Piece::Text(text));
        let inner_start = if trim_left {
            after.get(1..).unwrap_or_default()
        } else {
            after
        };
        // find the closing delimiter outside strings and comments
        let close = find_close(inner_start).ok_or_else(|| {
            TemplateError::new(name, line, "unclosed action (no matching }})".into())
        })?;
        let (body, tail) = inner_start.split_at(close);
        let tail = tail.get(2..).unwrap_or_default();
        let (body, trim_right) = match body
            .strip_suffix(" -")
            .or_else(|| body.strip_suffix("\t-"))
            .or_else(|| body.strip_suffix("\n-"))
        {
            Some(b) => (b, true),
            None => (body, false),
        };
        pieces.push(Piece::Action(body.to_string(), line));
        line += body.matches('\n').count();
        rest = if trim_right { tail.trim_start() } else { tail };
        if trim_right {
            let skipped = tail.len() - rest.len();
            line += tail
                .get(..skipped)
                .unwrap_or_default()
                .matches('\n')
                .count();
        }
    }
    pieces.push(Piece::Text(rest.to_string()));
    Ok(pieces)
}

fn find_close(s: &str) -> Option<usize> {
    let trimmed = s.trim_start();
    if trimmed.starts_with("/*") {
        let end = s.find("*/")?;
        return s.get(end..)?.find("}}").map(|i| i + end);
    }
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' && q == '"' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None => {
                if c == '"' || c == '`' {
                    quote = Some(c);
                } else if c == '}' && s.get(i..).is_some_and(|r| r.starts_with("}}")) {
                    return Some(i);
                }
            }
        }
    }
    None
}

/// What ended a list of nodes.
enum Stop {
    Eof,
    End,
    Else(Vec<Tok>, usize),
}

struct Parser<'a> {
    name: &'a str,
    pieces: std::vec::IntoIter<Piece>,
    defines: HashMap<String, Vec<Node>>,
}

impl Parser<'_> {
    fn list(&mut self) -> Result<(Vec<Node>, Stop), TemplateError> {
        let mut nodes = Vec::new();
        while let Some(p) = self.pieces.next() {
            let (body, line) = match p {
                Piece::Text(t) => {
                    if !t.is_empty() {
                        nodes.push(Node::Text(t));
                    }
                    continue;
                }
                Piece::Action(b, l) => (b, l),
            };
            if body.trim_start().starts_with("/*") {
                if !body.trim_end().ends_with("*/") {
                    return Err(TemplateError::new(
                        self.name,
                        line,
                        "comment ends before closing delimiter".into(),
                    ));
                }
                continue;
            }
            let toks = lex_action(&body, self.name, line)?;
            let kw = match toks.first() {
                Some(Tok::Ident(w)) => w.as_str(),
                None => {
                    return Err(TemplateError::new(
                        self.name,
                        line,
                        "missing value for command".into(),
                    ));
                }
                _ => "",
            };
            match kw {
                "end" => return Ok((nodes, Stop::End)),
                "else" => return Ok((nodes, Stop::Else(toks, line))),
                "if" | "with" => nodes.push(self.branching(kw == "with", &toks, line)?),
                "range" => {
                    let pipe = self.pipe_after(&toks, line)?;
                    let (body, end) = self.list()?;
                    let otherwise = match end {
                        Stop::End => Vec::new(),
                        Stop::Else(t, l) if t.len() == 1 => self.expect_end(l)?,
                        Stop::Else(_, l) => {
                            return Err(TemplateError::new(
                                self.name,
                                l,
                                "else if in range".into(),
                            ));
                        }
                        Stop::Eof => {
                            return Err(TemplateError::new(
                                self.name,
                                line,
                                "unexpected EOF: range without end".into(),
                            ));
                        }
                    };
                    nodes.push(Node::Range {
                        pipe,
                        body,
                        otherwise,
                    });
                }
                "define" | "block" => {
                    let tname = match toks.get(1) {
                        Some(Tok::Str(s)) => s.clone(),
                        _ => {
                            return Err(TemplateError::new(
                                self.name,
                                line,
                                format!("{kw} needs a quoted name"),
                            ));
                        }
                    };
                    let pipe = if kw == "block" {
                        Some(parse_pipe(&toks, &mut 2, self.name, line)?)
                    } else {
                        None
                    };
                    let body = self.expect_end(line)?;
                    self.defines.insert(tname.clone(), body);
                    if kw == "block" {
                        nodes.push(Node::Template {
                            name: tname,
                            pipe,
                            line,
                        });
                    }
                }
                "template" => {
                    let tname = match toks.get(1) {
                        Some(Tok::Str(s)) => s.clone(),
                        _ => {
                            return Err(TemplateError::new(
                                self.name,
                                line,
                                "template needs a quoted name".into(),
                            ));
                        }
                    };
                    let pipe = if toks.len() > 2 {
                        Some(parse_pipe(&toks, &mut 2, self.name, line)?)
                    } else {
                        None
                    };
                    nodes.push(Node::Template {
                        name: tname,
                        pipe,
                        line,
                    });
                }
                "break" => nodes.push(Node::Break),
                "continue" => nodes.push(Node::Continue),
                _ => {
                    let mut pos = 0;
                    let pipe = parse_pipe(&toks, &mut pos, self.name, line)?;
                    if pos != toks.len() {
                        return Err(TemplateError::new(
                            self.name,
                            line,
                            "unexpected ) in action".into(),
                        ));
                    }
                    nodes.push(Node::Action(pipe));
                }
            }
        }
        Ok((nodes, Stop::Eof))
    }

    fn pipe_after(&self, toks: &[Tok], line: usize) -> Result<Pipe, TemplateError> {
        let mut pos = 1;
        let pipe = parse_pipe(toks, &mut pos, self.name, line)?;
        if pos != toks.len() {
            return Err(TemplateError::new(
                self.name,
                line,
                "unexpected ) in action".into(),
            ));
        }
        Ok(pipe)
    }

    fn expect_end(&mut self, line: usize) -> Result<Vec<Node>, TemplateError> {
        match self.list()? {
            (nodes, Stop::End) => Ok(nodes),
            (_, Stop::Else(_, l)) => {
                Err(TemplateError::new(self.name, l, "unexpected else".into()))
            }
            (_, Stop::Eof) => Err(TemplateError::new(
                self.name,
                line,
                "unexpected EOF: no matching end".into(),
            )),
        }
    }

    /// `if`/`with` with their `else if`/`else with` chains.
    fn branching(&mut self, with: bool, toks: &[Tok], line: usize) -> Result<Node, TemplateError> {
        let mut branches = Vec::new();
        let mut cond = self.pipe_after(toks, line)?;
        loop {
            let (body, end) = self.list()?;
            branches.push((cond, body));
            match end {
                Stop::End => {
                    return Ok(Node::If {
                        with,
                        branches,
                        otherwise: Vec::new(),
                    });
                }
                Stop::Eof => {
                    return Err(TemplateError::new(
                        self.name,
                        line,
                        "unexpected EOF: if/with without end".into(),
                    ));
                }
                Stop::Else(t, l) if t.len() == 1 => {
                    let otherwise = self.expect_end(l)?;
                    return Ok(Node::If {
                        with,
                        branches,
                        otherwise,
                    });
                }
                Stop::Else(t, l) => {
                    let kw = if with { "with" } else { "if" };
                    if t.get(1) != Some(&Tok::Ident(kw.into())) {
                        return Err(TemplateError::new(
                            self.name,
                            l,
                            format!("expected else {kw}"),
                        ));
                    }
                    cond = self.pipe_after(t.get(1..).unwrap_or_default(), l)?;
                }
            }
        }
    }
}

/// Parse a whole template source.
pub fn parse(name: &str, src: &str) -> Result<Parsed, TemplateError> {
    let mut p = Parser {
        name,
        pieces: split(src, name)?.into_iter(),
        defines: HashMap::new(),
    };
    match p.list()? {
        (root, Stop::Eof) => Ok(Parsed {
            root,
            defines: p.defines,
        }),
        (_, Stop::End) => Err(TemplateError::new(name, 0, "unexpected {{end}}".into())),
        (_, Stop::Else(_, l)) => Err(TemplateError::new(name, l, "unexpected {{else}}".into())),
    }
}
