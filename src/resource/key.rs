//! Mapping keys of the analysis store's [`Node`](super::node::Node) trees, interned.
//!
//! A big input repeats a few hundred keys (`metadata`, `name`, `labels`, `app`, ...) millions of
//! times: gen-mesh 20000 has 3.1 million mapping entries and fewer than 200 distinct keys. A
//! [`Key`] is a reference to the one copy of its text that the process keeps, so an entry is a
//! 16-byte key beside its 24-byte value, and a key longer than a value's inline capacity is not
//! allocated again for every document that repeats it.
//!
//! Interned text lives as long as the process. The table only grows with distinct keys: a key
//! the input writes once costs what storing it did, one that repeats costs nothing more.
//! Each thread looks in its own table first and takes the shared lock only for a key it has
//! not seen, so parallel parsing does not contend on the common keys.

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;
use std::sync::{LazyLock, Mutex, PoisonError};

use foldhash::fast::RandomState;

type Table = HashSet<&'static str, RandomState>;

/// Every key interned so far.
static SHARED: LazyLock<Mutex<Table>> = LazyLock::new(|| Mutex::new(Table::default()));

thread_local! {
    /// The keys this thread has interned or looked up, in front of [`SHARED`].
    static SEEN: RefCell<Table> = RefCell::new(Table::default());
}

/// The process's one copy of `text`.
fn intern(text: &str) -> &'static str {
    SEEN.with_borrow_mut(|seen| {
        if let Some(k) = seen.get(text) {
            return *k;
        }
        let k = {
            let mut shared = SHARED.lock().unwrap_or_else(PoisonError::into_inner);
            match shared.get(text) {
                Some(k) => *k,
                None => {
                    let k: &'static str = Box::leak(text.into());
                    shared.insert(k);
                    k
                }
            }
        };
        seen.insert(k);
        k
    })
}

/// An interned mapping key.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key(&'static str);

const _: () = assert!(std::mem::size_of::<Key>() == 16);

impl Key {
    pub fn new(text: &str) -> Key {
        Key(intern(text))
    }

    pub fn as_str(&self) -> &'static str {
        self.0
    }
}

impl From<&str> for Key {
    fn from(text: &str) -> Key {
        Key::new(text)
    }
}

impl From<String> for Key {
    fn from(text: String) -> Key {
        Key::new(&text)
    }
}

impl From<&String> for Key {
    fn from(text: &String) -> Key {
        Key::new(text)
    }
}

impl From<&Key> for String {
    fn from(k: &Key) -> String {
        k.0.to_string()
    }
}

impl From<Key> for String {
    fn from(k: Key) -> String {
        k.0.to_string()
    }
}

impl std::ops::Deref for Key {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl AsRef<str> for Key {
    fn as_ref(&self) -> &str {
        self.0
    }
}

impl std::borrow::Borrow<str> for Key {
    fn borrow(&self) -> &str {
        self.0
    }
}

impl PartialEq<str> for Key {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Key {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<String> for Key {
    fn eq(&self, other: &String) -> bool {
        self.0 == other
    }
}

impl PartialEq<Key> for str {
    fn eq(&self, other: &Key) -> bool {
        self == other.0
    }
}

impl PartialEq<Key> for &str {
    fn eq(&self, other: &Key) -> bool {
        *self == other.0
    }
}

impl serde::Serialize for Key {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_share_one_copy_across_threads() {
        let here = Key::new("sailctl-test/a-key-longer-than-inline-text");
        let there = std::thread::spawn(|| Key::new("sailctl-test/a-key-longer-than-inline-text"))
            .join()
            .expect("thread");
        assert_eq!(here, there);
        assert!(std::ptr::eq(here.as_str(), there.as_str()), "one copy");
        let other = Key::from(String::from("sailctl-test/another-key"));
        assert_ne!(here, other);
        assert_eq!(other, "sailctl-test/another-key");
        assert_eq!(other.to_string(), "sailctl-test/another-key");
        assert_eq!(Key::default().as_str(), "");
    }

    #[test]
    fn non_ascii_keys_are_kept_whole() {
        let k = Key::new("café/ü");
        assert_eq!(k.as_str(), "café/ü");
        assert_eq!(&*k, "café/ü");
    }
}
