//! The archive: a gzip-compressed tar with every entry under one top directory, written to a
//! temporary name beside the target and renamed into place when complete.

use std::fs::File;
use std::io::Write;
use std::path::Path;

use flate2::Compression;
use flate2::write::GzEncoder;

use super::Entry;

/// Write `entries` under `top/` into a `.tar.gz` at `path`.
pub fn write(path: &Path, top: &str, entries: &[Entry]) -> std::io::Result<()> {
    let partial = path.with_extension("partial");
    let result = write_to(&partial, top, entries).and_then(|()| std::fs::rename(&partial, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    result
}

fn write_to(path: &Path, top: &str, entries: &[Entry]) -> std::io::Result<()> {
    let file = File::create(path)?;
    let mut tar = tar::Builder::new(GzEncoder::new(file, Compression::default()));
    let mtime = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    for e in entries {
        let mut header = tar::Header::new_gnu();
        header.set_size(e.data.len() as u64);
        header.set_mode(0o644);
        header.set_mtime(mtime);
        header.set_entry_type(tar::EntryType::Regular);
        tar.append_data(&mut header, format!("{top}/{}", e.path), e.data.as_slice())?;
    }
    let mut gz = tar.into_inner()?;
    gz.flush()?;
    gz.finish()?.sync_all()
}
