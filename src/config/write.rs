//! Replacing the preferences file atomically without breaking what the user set up: a symlink
//! (a dotfiles repository) stays a link and the file it points to is replaced; the file's
//! permissions (0600) are kept.

use std::io::Write;
use std::path::{Path, PathBuf};

/// How many links are followed before giving up (as the kernel does with `ELOOP`).
const MAX_LINKS: usize = 40;

/// The file `path` finally names: symlinks followed, even to a target that does not exist yet.
pub(super) fn final_target(path: &Path) -> std::io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let next = std::fs::read_link(&current)?;
                current = match current.parent() {
                    Some(dir) if next.is_relative() => dir.join(next),
                    _ => next,
                };
            }
            Ok(_) => return Ok(current),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(current),
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

/// Writes `text` to `path` atomically: a temporary file beside the final target, with the
/// target's permissions, then a rename over the target. A crash never leaves half a file, and a
/// link at `path` keeps pointing where it did.
pub(super) fn atomic_write(path: &Path, text: &str) -> std::io::Result<()> {
    let target = final_target(path)?;
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let permissions = std::fs::metadata(&target).ok().map(|m| m.permissions());
    let name = target
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("config");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let written = std::fs::File::create(&tmp).and_then(|mut f| {
        if let Some(p) = permissions {
            f.set_permissions(p)?;
        }
        f.write_all(text.as_bytes())?;
        f.sync_all()
    });
    let result = written.and_then(|()| std::fs::rename(&tmp, &target));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
