//! Field paths such as `spec.http[0].route[1].weight`, the way Kubernetes and istioctl print them.

use std::fmt;

/// One step of a [`FieldPath`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// A path from a document's root to one of its fields.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct FieldPath(pub Vec<Seg>);

impl FieldPath {
    pub fn root() -> Self {
        FieldPath(Vec::new())
    }

    /// Parse `spec.http[0].route` (keys with dots can be written `spec.selector["a.b/c"]`).
    pub fn parse(s: &str) -> Self {
        let mut segs = Vec::new();
        let mut chars = s.chars().peekable();
        let mut cur = String::new();
        while let Some(c) = chars.next() {
            match c {
                '.' => {
                    if !cur.is_empty() {
                        segs.push(Seg::Key(std::mem::take(&mut cur)));
                    }
                }
                '[' => {
                    if !cur.is_empty() {
                        segs.push(Seg::Key(std::mem::take(&mut cur)));
                    }
                    let mut inner = String::new();
                    for c in chars.by_ref() {
                        if c == ']' {
                            break;
                        }
                        inner.push(c);
                    }
                    let trimmed = inner.trim_matches('"');
                    match inner.parse::<usize>() {
                        Ok(i) => segs.push(Seg::Index(i)),
                        Err(_) => segs.push(Seg::Key(trimmed.to_string())),
                    }
                }
                _ => cur.push(c),
            }
        }
        if !cur.is_empty() {
            segs.push(Seg::Key(cur));
        }
        FieldPath(segs)
    }

    pub fn key(&self, k: impl Into<String>) -> Self {
        let mut p = self.clone();
        p.0.push(Seg::Key(k.into()));
        p
    }

    pub fn index(&self, i: usize) -> Self {
        let mut p = self.clone();
        p.0.push(Seg::Index(i));
        p
    }

    pub fn push_key(&mut self, k: impl Into<String>) {
        self.0.push(Seg::Key(k.into()));
    }

    pub fn push_index(&mut self, i: usize) {
        self.0.push(Seg::Index(i));
    }

    pub fn pop(&mut self) {
        self.0.pop();
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn segments(&self) -> &[Seg] {
        &self.0
    }

    /// The last key of the path (`weight` for `spec.http[0].route[1].weight`).
    pub fn last_key(&self) -> Option<&str> {
        self.0.iter().rev().find_map(|s| match s {
            Seg::Key(k) => Some(k.as_str()),
            Seg::Index(_) => None,
        })
    }

    /// Look the path up in a JSON value.
    pub fn lookup<'a>(&self, v: &'a serde_json::Value) -> Option<&'a serde_json::Value> {
        let mut cur = v;
        for seg in &self.0 {
            cur = match seg {
                Seg::Key(k) => cur.get(k.as_str())?,
                Seg::Index(i) => cur.get(*i)?,
            };
        }
        Some(cur)
    }
}

fn needs_brackets(k: &str) -> bool {
    k.is_empty() || k.contains(['.', '[', ']', ' ', '/'])
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for seg in &self.0 {
            match seg {
                Seg::Key(k) if needs_brackets(k) => write!(f, "[{k:?}]")?,
                Seg::Key(k) => {
                    if !first {
                        f.write_str(".")?;
                    }
                    f.write_str(k)?;
                }
                Seg::Index(i) => write!(f, "[{i}]")?,
            }
            first = false;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_display() {
        for s in [
            "spec.http[0].route[1].weight",
            "metadata.annotations[\"sidecar.istio.io/inject\"]",
            "spec",
        ] {
            assert_eq!(FieldPath::parse(s).to_string(), s);
        }
    }

    #[test]
    fn lookup_follows_keys_and_indexes() {
        let v = serde_json::json!({"spec": {"http": [{"route": [{}, {"weight": 5}]}]}});
        let p = FieldPath::parse("spec.http[0].route[1].weight");
        assert_eq!(p.lookup(&v), Some(&serde_json::json!(5)));
        assert_eq!(FieldPath::parse("spec.tcp").lookup(&v), None);
        assert_eq!(p.last_key(), Some("weight"));
    }
}
