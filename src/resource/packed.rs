//! A file's text as kept for positions: plain, or compressed once the file is loaded.
//!
//! `analyze` keeps every input's text for as long as it keeps the resources, because a message
//! about any of them may need the line and column of a field; but it reads the text again only
//! for the documents it reports on. So the loader packs each segment's text (deflate, fastest
//! level: YAML shrinks to about a tenth) and [`Text::with`] unpacks it for the one call that
//! builds a segment's position trees.

use std::io::{Read, Write};
use std::sync::Mutex;

use flate2::Compression;
use flate2::read::DeflateDecoder;
use flate2::write::DeflateEncoder;

/// Texts shorter than this stay plain (packing them saves too little to be worth the time).
const PACK_FROM: usize = 4096;

#[derive(Debug)]
enum Form {
    Plain(String),
    /// Deflate stream and the length of the text it holds.
    Packed(Vec<u8>, usize),
}

/// The text of a file or segment; see the module doc.
#[derive(Debug)]
pub struct Text(Mutex<Form>);

impl Text {
    pub fn new(mut text: String) -> Text {
        // not the slack of the buffer it was read into, which can be as large again
        text.shrink_to_fit();
        Text(Mutex::new(Form::Plain(text)))
    }

    fn form(&self) -> std::sync::MutexGuard<'_, Form> {
        // a panic while holding the lock leaves the form whole (it is replaced in one move)
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Compress the text in place, unless it is short or does not shrink; the text reads the
    /// same afterwards.
    pub fn pack(&self) {
        let mut form = self.form();
        let Form::Plain(text) = &*form else {
            return;
        };
        if text.len() < PACK_FROM {
            return;
        }
        let mut enc = DeflateEncoder::new(Vec::with_capacity(text.len() / 4), Compression::fast());
        let packed = enc.write_all(text.as_bytes()).and_then(|()| enc.finish());
        if let Ok(mut bytes) = packed
            && bytes.len() < text.len()
        {
            bytes.shrink_to_fit();
            *form = Form::Packed(bytes, text.len());
        }
    }

    /// Whether the text is kept compressed.
    pub fn is_packed(&self) -> bool {
        matches!(*self.form(), Form::Packed(..))
    }

    /// Call `f` with the text. A packed text is unpacked for the call; if that fails (the
    /// stream was written by [`Text::pack`] in this process, so only a bug can make it fail),
    /// `f` is not called and the result is None.
    pub fn with<R>(&self, f: impl FnOnce(&str) -> R) -> Option<R> {
        let form = self.form();
        match &*form {
            Form::Plain(text) => Some(f(text)),
            Form::Packed(bytes, len) => {
                let mut text = String::with_capacity(*len);
                DeflateDecoder::new(bytes.as_slice())
                    .read_to_string(&mut text)
                    .ok()?;
                drop(form);
                Some(f(&text))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_text_reads_the_same() {
        let long: String = (0..400)
            .map(|i| format!("- name: item-{i}\n  value: \"é{i}\"\n"))
            .collect();
        let t = Text::new(long.clone());
        t.pack();
        assert!(t.is_packed());
        assert_eq!(t.with(str::to_string).as_deref(), Some(long.as_str()));
        t.pack();
        assert_eq!(t.with(str::len), Some(long.len()));
        let short = Text::new("kind: Service\n".to_string());
        short.pack();
        assert!(!short.is_packed(), "short texts stay plain");
        assert_eq!(
            short.with(str::to_string).as_deref(),
            Some("kind: Service\n")
        );
    }
}
