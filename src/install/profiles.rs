//! The install profiles built into the binary (profiles/*.yaml), and reading profiles from a
//! directory given with `--config-path` / `installPackagePath`.

use std::path::Path;

use serde_json::Value;

use super::values::ValuesError;

/// Every built-in profile: name and YAML text, in the order `profile list` prints them.
pub const BUILTIN: &[(&str, &str)] = &[
    ("ambient", include_str!("../../profiles/ambient.yaml")),
    ("default", include_str!("../../profiles/default.yaml")),
    ("demo", include_str!("../../profiles/demo.yaml")),
    ("empty", include_str!("../../profiles/empty.yaml")),
    ("minimal", include_str!("../../profiles/minimal.yaml")),
    ("preview", include_str!("../../profiles/preview.yaml")),
    ("remote", include_str!("../../profiles/remote.yaml")),
    ("stable", include_str!("../../profiles/stable.yaml")),
];

/// Where profiles come from.
#[derive(Debug, Clone, Default)]
pub enum Source<'a> {
    /// The profiles compiled into sailctl.
    #[default]
    Builtin,
    /// A directory of `<name>.yaml` files (or a directory with a `profiles/` folder).
    Dir(&'a Path),
}

impl<'a> Source<'a> {
    pub fn from_option(path: Option<&'a Path>) -> Self {
        match path {
            Some(p) => Source::Dir(p),
            None => Source::Builtin,
        }
    }

    /// The profile names available, sorted.
    pub fn names(&self) -> Result<Vec<String>, ValuesError> {
        match self {
            Source::Builtin => Ok(BUILTIN.iter().map(|(n, _)| n.to_string()).collect()),
            Source::Dir(dir) => {
                let dir = profile_dir(dir);
                let rd = std::fs::read_dir(&dir).map_err(|e| ValuesError::File {
                    file: dir.display().to_string(),
                    message: e.to_string(),
                })?;
                let mut names: Vec<String> = rd
                    .filter_map(|e| e.ok())
                    .filter_map(|e| {
                        let p = e.path();
                        (p.extension().and_then(|x| x.to_str()) == Some("yaml"))
                            .then(|| p.file_stem()?.to_str().map(str::to_string))
                            .flatten()
                    })
                    .collect();
                names.sort();
                Ok(names)
            }
        }
    }

    /// The parsed IstioOperator of one profile. The built-in `default` carries the hub and tag
    /// of sailctl's Istio release (`release::pin`).
    pub fn load(&self, name: &str) -> Result<Value, ValuesError> {
        let mut profile = self.load_file(name)?;
        if matches!(self, Source::Builtin) && name == "default" {
            super::release::pin(&mut profile);
        }
        Ok(profile)
    }

    fn load_file(&self, name: &str) -> Result<Value, ValuesError> {
        let (file, text) = match self {
            Source::Builtin => {
                let text = BUILTIN
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, t)| *t)
                    .ok_or_else(|| self.unknown(name))?;
                (format!("profiles/{name}.yaml"), text.to_string())
            }
            Source::Dir(dir) => {
                let path = profile_dir(dir).join(format!("{name}.yaml"));
                let text = std::fs::read_to_string(&path).map_err(|_| self.unknown(name))?;
                (path.display().to_string(), text)
            }
        };
        super::values::parse_operator(&file, &text)
    }

    fn unknown(&self, name: &str) -> ValuesError {
        ValuesError::UnknownProfile {
            name: name.to_string(),
            known: self.names().unwrap_or_default().join(", "),
        }
    }

    /// A profile merged over `default`, as istioctl merges it.
    pub fn merged(&self, name: &str) -> Result<Value, ValuesError> {
        let mut base = self.load("default")?;
        if name != "default" {
            let top = self.load(name)?;
            super::values::merge(&mut base, &top);
        }
        Ok(base)
    }
}

fn profile_dir(p: &Path) -> std::path::PathBuf {
    let nested = p.join("profiles");
    if nested.is_dir() {
        nested
    } else {
        p.to_path_buf()
    }
}
