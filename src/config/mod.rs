//! Saved preferences: weights, filter, sort and marks in `$XDG_CONFIG_HOME/modeldex/config.toml`
//! (or `$HOME/.config/modeldex/config.toml`). Read at start, written atomically on quit.
//!
//! The file is the user's: only a file that was read and understood (or none at all) is ever
//! written, and writing edits it in place ([`toml_edit`]), so comments, keys modeldex does not
//! know and other datasets' marks survive; a symlink stays a link and the mode stays. Nothing
//! here panics on a bad file: loading returns a message for the status line instead.

mod edit;
mod layout;
mod write;

use crate::filter::Filter;
use crate::i18n::{tf, Msg};
use crate::order::SortKey;
use crate::score::Weights;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use toml_edit::DocumentMut;

/// What modeldex remembers between runs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prefs {
    pub weights: Weights,
    pub filter: Filter,
    pub sort: SortKey,
    /// Which way the sort runs (`reverse = true`).
    pub direction: crate::order::Direction,
    /// Ids of the marked entries of the current dataset, in the order they were marked.
    pub marks: Vec<String>,
    /// The colour theme picked with `t`; `None` leaves it to `--color` and `NO_COLOR`.
    pub theme: Option<ThemeName>,
    /// The interface language (`lang = "zh"`); `None` leaves it to `--lang` and the locale.
    pub lang: Option<crate::i18n::Lang>,
}

/// A saved colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeName {
    Color,
    Monochrome,
}

impl ThemeName {
    /// The word used in the config file.
    pub fn as_str(self) -> &'static str {
        match self {
            ThemeName::Color => "color",
            ThemeName::Monochrome => "monochrome",
        }
    }
}

/// Where the config file lives, from the values of `XDG_CONFIG_HOME` and `HOME`. A relative or
/// empty `XDG_CONFIG_HOME` is ignored, as the XDG specification says.
pub fn path_from(xdg: Option<OsString>, home: Option<OsString>) -> Option<PathBuf> {
    let absolute = |v: OsString| Some(PathBuf::from(v)).filter(|p| p.is_absolute());
    let base = xdg
        .and_then(absolute)
        .or_else(|| home.and_then(absolute).map(|h| h.join(".config")))?;
    Some(base.join("modeldex").join("config.toml"))
}

/// The config file of this user, if `XDG_CONFIG_HOME` or `HOME` says where.
pub fn path() -> Option<PathBuf> {
    path_from(
        std::env::var_os("XDG_CONFIG_HOME"),
        std::env::var_os("HOME"),
    )
}

/// Largest preferences file read; a hand-written one is a few hundred bytes.
const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Which dataset's marks the preferences carry: marks are ids, and ids mean something only in
/// the data they came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatasetKey {
    /// The embedded dataset: the top-level `marks`.
    Embedded,
    /// A `--data` file, by its absolute path: `[datasets."<path>"] marks`.
    File(String),
    /// Data with no lasting name (standard input): marks are neither read nor saved.
    Unnamed,
}

impl DatasetKey {
    /// The key for the data `--data` names (`None`: the embedded dataset). A file is known by
    /// its absolute path, so `./models.json` and `~/models.json` agree.
    pub fn for_data(data: Option<&Path>) -> DatasetKey {
        match data {
            None => DatasetKey::Embedded,
            Some(p) if p.as_os_str() == crate::data::read::STDIN => DatasetKey::Unnamed,
            Some(p) => {
                let absolute = std::fs::canonicalize(p)
                    .or_else(|_| std::path::absolute(p))
                    .unwrap_or_else(|_| p.to_path_buf());
                DatasetKey::File(absolute.to_string_lossy().into_owned())
            }
        }
    }
}

/// Why the preferences could not be loaded; the text is meant for the status line. Either way
/// the file is left as it is: modeldex never saves over a file it could not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The file could not be read (permissions, a FIFO or a directory in its place...).
    Unreadable(String),
    /// The file was read but is not a valid preferences file (not UTF-8, not TOML, a bad value).
    Invalid(String),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Unreadable(m) | LoadError::Invalid(m) => f.write_str(m),
        }
    }
}

/// A loaded preferences file.
#[derive(Debug)]
pub struct Loaded {
    /// What the file holds; `None` when there is no file yet.
    pub prefs: Option<Prefs>,
    /// Where saving goes: the only way to write the file.
    pub store: Store,
    /// Keys modeldex does not know (kept as they are), for a note on the status line.
    pub unknown_keys: Vec<String>,
}

/// The file as read, to write back with new preferences. Only [`load`] makes one, and only for a
/// file that was read and understood or that does not exist: a file modeldex could not use is
/// never written over.
#[derive(Debug, Clone)]
pub struct Store {
    path: PathBuf,
    doc: DocumentMut,
    key: DatasetKey,
}

impl Store {
    /// Writes `prefs` into the file read at start, changing only the keys they cover; atomic
    /// (a temporary file, then a rename), through a symlink, keeping the file's mode.
    pub fn save(&self, prefs: &Prefs) -> Result<(), String> {
        let mut doc = self.doc.clone();
        edit::apply(&mut doc, prefs, &self.key);
        write::atomic_write(&self.path, &doc.to_string())
            .map_err(|e| format!("cannot write {}: {e}", self.path.display()))
    }

    /// Where the file is.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Loads the preferences at `path`, with the marks of the dataset `key` names. No file yet is
/// not an error; anything that is not a readable regular UTF-8 TOML file of preferences is, and
/// leaves no [`Store`] to write over it.
pub fn open(path: &Path, key: DatasetKey) -> Result<Loaded, LoadError> {
    let shown = path.display();
    let unreadable = |why: String| {
        LoadError::Unreadable(tf(Msg::PrefsCannotRead, &[("path", &shown), ("why", &why)]))
    };
    let invalid =
        |why: String| LoadError::Invalid(tf(Msg::PrefsInvalid, &[("path", &shown), ("why", &why)]));
    let store = |doc| Store {
        path: path.to_path_buf(),
        doc,
        key: key.clone(),
    };
    // Looked at before it is opened: opening a FIFO would wait for a writer.
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Loaded {
                prefs: None,
                store: store(edit::new_document()),
                unknown_keys: Vec::new(),
            })
        }
        Err(e) => return Err(unreadable(e.to_string())),
    };
    if let Some(kind) = crate::data::read::odd_kind(&meta.file_type()) {
        return Err(unreadable(format!("it is {kind}, not a regular file")));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(invalid(format!(
            "it is {} bytes; a preferences file is at most {MAX_FILE_BYTES}",
            meta.len()
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| unreadable(e.to_string()))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        invalid(format!(
            "not UTF-8 text (byte {} is not part of a character)",
            e.utf8_error().valid_up_to()
        ))
    })?;
    let doc: DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| invalid(e.message().trim().to_string()))?;
    let prefs = layout::read(&doc, &key).map_err(|e| invalid(e.trim().to_string()))?;
    Ok(Loaded {
        prefs: Some(prefs),
        unknown_keys: layout::unknown_keys(&doc),
        store: store(doc),
    })
}

/// Reads preferences from a file's text, with the embedded dataset's marks; an error names what
/// is wrong.
pub fn from_toml(text: &str) -> Result<Prefs, String> {
    let doc: DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| e.message().to_string())?;
    layout::read(&doc, &DatasetKey::Embedded)
}

/// The text of a new file holding `prefs` (the marks as the embedded dataset's).
pub fn to_toml(prefs: &Prefs) -> String {
    let mut doc = edit::new_document();
    edit::apply(&mut doc, prefs, &DatasetKey::Embedded);
    doc.to_string()
}

#[cfg(test)]
mod tests;
