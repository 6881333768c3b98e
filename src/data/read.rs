//! Reading a data file's bytes, refusing up front what is not one: a directory, a device such as
//! `/dev/zero`, a FIFO (which would block until a writer comes) or a file over the size limit.
//! A stream is read only when asked for with `-` (standard input), and only up to the limit.

use super::problem::Problem;
use std::fs::{FileType, Metadata};
use std::io::Read;
use std::path::Path;

/// The path that means standard input.
pub const STDIN: &str = "-";

/// A read failure before the path is known to the message.
#[derive(Debug)]
pub enum ReadError {
    /// The operating system refused.
    Io(std::io::Error),
    /// The file is not something to read (too large, a directory, a device, a FIFO).
    Refused(Problem),
}

/// Reads the data file at `path` (standard input for `-`) of at most `limit` bytes.
///
/// What the path is gets checked before anything is opened, so neither a device, a FIFO nor a
/// file over the limit costs a read; standard input is read until the limit and no further.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    if path.as_os_str() == STDIN {
        return read_stream(std::io::stdin().lock(), limit, 0);
    }
    check(&std::fs::metadata(path).map_err(ReadError::Io)?, limit)?;
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    // The path may have been replaced since it was looked at: check what was opened, too.
    let meta = file.metadata().map_err(ReadError::Io)?;
    check(&meta, limit)?;
    read_stream(file, limit, meta.len())
}

/// Refuses what is not a regular file of at most `limit` bytes.
fn check(meta: &Metadata, limit: u64) -> Result<(), ReadError> {
    if let Some(kind) = odd_kind(&meta.file_type()) {
        return Err(ReadError::Refused(Problem::file(format!(
            "is {kind}, not a data file{}",
            if kind.starts_with("a dir") {
                ""
            } else {
                "; to read a stream, give `-` as the file and send it to standard input"
            }
        ))));
    }
    if meta.len() > limit {
        return Err(ReadError::Refused(Problem::file(format!(
            "the file is {}; data files may be at most {}",
            size(meta.len()),
            size(limit)
        ))));
    }
    Ok(())
}

/// What a path that is not a regular file is ("a FIFO (named pipe)"), for a message; `None` for
/// a regular file.
pub fn odd_kind(kind: &FileType) -> Option<&'static str> {
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some("a directory");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some("a FIFO (named pipe)");
        }
        if kind.is_char_device() {
            return Some("a character device");
        }
        if kind.is_block_device() {
            return Some("a block device");
        }
        if kind.is_socket() {
            return Some("a socket");
        }
    }
    Some("not a regular file")
}

/// Reads `reader` to its end, refusing it once more than `limit` bytes came; `expected` sizes the
/// buffer.
pub fn read_stream(reader: impl Read, limit: u64, expected: u64) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::with_capacity(usize::try_from(expected.min(limit)).unwrap_or(0));
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::Refused(Problem::file(format!(
            "more than {} came in; data files may be at most that, so reading stopped there",
            size(limit)
        ))));
    }
    Ok(bytes)
}

/// A size in bytes, and in MiB or GiB when that says more. The exact count keeps two sizes that
/// round alike (1 GiB and 1 GiB and a byte) from reading as the same.
fn size(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    let unit = |n: u64, name: &str| {
        let text = format!("{:.1}", bytes as f64 / n as f64);
        format!("{} {name}", text.strip_suffix(".0").unwrap_or(&text))
    };
    let bytes_text = format!("{bytes} bytes");
    match bytes {
        b if b >= 1024 * MIB => format!("{} ({bytes_text})", unit(1024 * MIB, "GiB")),
        b if b >= MIB => format!("{} ({bytes_text})", unit(MIB, "MiB")),
        1 => "1 byte".to_string(),
        _ => bytes_text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(result: Result<Vec<u8>, ReadError>) -> String {
        match result {
            Err(ReadError::Refused(p)) => p.message,
            other => panic!("not refused: {other:?}"),
        }
    }

    #[test]
    fn sizes_that_round_alike_still_differ() {
        let gib = 1024 * 1024 * 1024;
        assert_eq!(size(gib), "1 GiB (1073741824 bytes)");
        assert_eq!(size(gib + 1), "1 GiB (1073741825 bytes)");
        assert_eq!(size(3 * 1024 * 1024 / 2), "1.5 MiB (1572864 bytes)");
        assert_eq!(size(12), "12 bytes");
        assert_eq!(size(1), "1 byte");
    }

    #[test]
    fn an_endless_stream_is_read_only_to_the_limit() {
        let message = refused(read_stream(std::io::repeat(0), 1000, 0));
        assert_eq!(
            message,
            "more than 1000 bytes came in; data files may be at most that, so reading stopped there"
        );
        assert_eq!(read_stream(&b"{}"[..], 2, 0).unwrap(), b"{}");
        assert!(matches!(
            read_stream(&b"{} "[..], 2, 0),
            Err(ReadError::Refused(_))
        ));
    }

    #[test]
    fn devices_and_directories_are_refused_without_reading() {
        let limit = 1024 * 1024 * 1024;
        for (path, says) in [
            (
                "/dev/zero",
                "is a character device, not a data file; to read a stream",
            ),
            ("/dev/urandom", "is a character device"),
            ("/", "is a directory, not a data file"),
        ] {
            // Reading /dev/zero would end in "more than 1 GiB came in": this message comes
            // from looking at the path, before it is opened.
            let message = refused(read_limited(Path::new(path), limit));
            assert!(message.starts_with(says), "{path}: {message}");
        }
    }
}
