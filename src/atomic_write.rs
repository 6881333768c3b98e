//! Writing a file all at once or not at all: the bytes go to a temporary file beside it, which
//! then takes the file's name. A crash, a kill or a full disk midway never leaves half a file under
//! that name (the preferences, an exported comparison).

use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// What to do when a file of that name exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// Replace it.
    Replace,
    /// Leave it and fail with [`io::ErrorKind::AlreadyExists`].
    Keep,
}

/// The temporary name beside `path`: hidden, and unique to this process.
fn temporary(path: &Path) -> PathBuf {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map_or_else(|| "file".into(), |n| n.to_string_lossy());
    dir.join(format!(".{name}.{}.tmp", std::process::id()))
}

/// Writes `bytes` to `path` atomically (the directory must exist). With [`Existing::Keep`] an
/// existing file is never touched, even one created while the bytes were being written.
pub fn write(path: &Path, bytes: &[u8], existing: Existing) -> io::Result<()> {
    if existing == Existing::Keep && path.symlink_metadata().is_ok() {
        return Err(io::ErrorKind::AlreadyExists.into());
    }
    let tmp = temporary(path);
    let result = std::fs::File::create(&tmp)
        .and_then(|mut f| {
            f.write_all(bytes)?;
            f.sync_all()
        })
        .and_then(|()| match existing {
            Existing::Replace => std::fs::rename(&tmp, path),
            // A hard link fails when the name is taken, so nothing can be overwritten in the
            // moment between the check above and now.
            Existing::Keep => match std::fs::hard_link(&tmp, path) {
                Err(e) if e.kind() != io::ErrorKind::AlreadyExists && !path.exists() => {
                    // A file system without hard links: the name was free a moment ago.
                    std::fs::rename(&tmp, path)
                }
                other => other,
            },
        });
    // After a rename there is nothing left to remove; after a link or a failure, the temporary.
    let _ = std::fs::remove_file(&tmp);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("modeldex-atomic-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    fn names(d: &Path) -> Vec<String> {
        let mut n: Vec<String> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        n.sort();
        n
    }

    #[test]
    fn a_new_file_is_written_whole_and_nothing_else_is_left() {
        let d = dir("new");
        let path = d.join("out.md");
        write(&path, b"hello", Existing::Keep).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"hello");
        assert_eq!(names(&d), ["out.md"], "no temporary file left behind");
        std::fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn keep_never_touches_an_existing_file_and_replace_swaps_it_whole() {
        let d = dir("existing");
        let path = d.join("out.md");
        std::fs::write(&path, "mine").unwrap();
        let err = write(&path, b"theirs", Existing::Keep).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
        write(&path, b"theirs", Existing::Replace).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "theirs");
        assert_eq!(names(&d), ["out.md"]);
        std::fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn a_failed_write_leaves_no_file_at_all() {
        let d = dir("fail");
        // The target's directory does not exist: nothing can be created, nothing is left.
        let path = d.join("missing").join("out.md");
        assert!(write(&path, b"x", Existing::Keep).is_err());
        assert!(write(&path, b"x", Existing::Replace).is_err());
        assert!(names(&d).is_empty(), "{:?}", names(&d));
        std::fs::remove_dir_all(&d).unwrap();
    }
}
