//! Saved preferences: weights, filter, sort and marks in `$XDG_CONFIG_HOME/modeldex/config.toml`
//! (or `$HOME/.config/modeldex/config.toml`). Read at start, written atomically on quit.
//!
//! Nothing here panics on a bad file: loading returns a message for the status line instead.

use crate::atomic_write::Existing;
use crate::data::{Kind, Openness};
use crate::filter::Filter;
use crate::order::SortKey;
use crate::score::{Weights, MAX_WEIGHT};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// What modeldex remembers between runs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prefs {
    pub weights: Weights,
    pub filter: Filter,
    pub sort: SortKey,
    /// Ids of the marked entries, in the order they were marked.
    pub marks: Vec<String>,
    /// The colour theme picked with `t`; `None` leaves it to `--color` and `NO_COLOR`.
    pub theme: Option<ThemeName>,
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

/// The file's layout. Every field is optional so older or hand-written files still load.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct File {
    #[serde(skip_serializing_if = "String::is_empty")]
    theme: String,
    sort: String,
    marks: Vec<String>,
    weights: WeightsFile,
    filter: FilterFile,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct WeightsFile {
    pillars: BTreeMap<String, u8>,
    criteria: BTreeMap<String, u8>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct FilterFile {
    openness: Vec<Openness>,
    kinds: Vec<Kind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    developer: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    years: Option<[u16; 2]>,
    commercial_use: bool,
    self_hostable: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    modality: Option<String>,
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

fn sort_text(key: &SortKey) -> String {
    match key {
        SortKey::Natural => "natural".into(),
        SortKey::Name => "name".into(),
        SortKey::Released => "released".into(),
        SortKey::Developer => "developer".into(),
        SortKey::Score => "score".into(),
        SortKey::Criterion(id) => format!("criterion:{id}"),
        SortKey::Figure(id) => format!("figure:{id}"),
        SortKey::Price => "price".into(),
    }
}

fn parse_sort(text: &str) -> Result<SortKey, String> {
    Ok(match text {
        "" | "natural" => SortKey::Natural,
        "name" => SortKey::Name,
        "released" => SortKey::Released,
        "developer" => SortKey::Developer,
        "score" => SortKey::Score,
        "price" => SortKey::Price,
        other => match (
            other.strip_prefix("criterion:"),
            other.strip_prefix("figure:"),
        ) {
            (Some(id), _) if !id.is_empty() => SortKey::Criterion(id.to_string()),
            (_, Some(id)) if !id.is_empty() => SortKey::Figure(id.to_string()),
            _ => return Err(format!("unknown sort {other:?}")),
        },
    })
}

/// The file's text for `prefs`.
pub fn to_toml(prefs: &Prefs) -> String {
    let f = &prefs.filter;
    let file = File {
        theme: prefs
            .theme
            .map(|t| t.as_str().to_string())
            .unwrap_or_default(),
        sort: sort_text(&prefs.sort),
        marks: prefs.marks.clone(),
        weights: WeightsFile {
            pillars: prefs.weights.pillars.clone(),
            criteria: prefs.weights.criteria.clone(),
        },
        filter: FilterFile {
            openness: f.openness.clone(),
            kinds: f.kinds.clone(),
            developer: f.developer.clone(),
            years: f.years.map(|(a, b)| [a, b]),
            commercial_use: f.commercial_use,
            self_hostable: f.self_hostable,
            modality: f.modality.clone(),
        },
    };
    let body = toml::to_string(&file).unwrap_or_default();
    format!("# modeldex preferences, rewritten when modeldex quits.\n{body}")
}

/// Reads preferences from the file's text; an error names what is wrong.
pub fn from_toml(text: &str) -> Result<Prefs, String> {
    let file: File = toml::from_str(text).map_err(|e| e.message().to_string())?;
    let check = |map: &BTreeMap<String, u8>| match map.iter().find(|(_, w)| **w > MAX_WEIGHT) {
        Some((id, w)) => Err(format!("weight of {id} is {w}, above {MAX_WEIGHT}")),
        None => Ok(()),
    };
    check(&file.weights.pillars)?;
    check(&file.weights.criteria)?;
    let f = file.filter;
    Ok(Prefs {
        weights: Weights {
            pillars: file.weights.pillars,
            criteria: file.weights.criteria,
        },
        filter: Filter {
            openness: f.openness,
            kinds: f.kinds,
            developer: f.developer,
            years: f.years.map(|[a, b]| (a.min(b), a.max(b))),
            commercial_use: f.commercial_use,
            self_hostable: f.self_hostable,
            modality: f.modality,
        },
        sort: parse_sort(&file.sort)?,
        marks: file.marks,
        theme: match file.theme.as_str() {
            "" => None,
            "color" => Some(ThemeName::Color),
            "monochrome" => Some(ThemeName::Monochrome),
            other => return Err(format!("unknown theme {other:?} (color or monochrome)")),
        },
    })
}

/// Why the preferences could not be loaded; the text is meant for the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The file could not be read (permissions, a file where a directory should be...).
    Unreadable(String),
    /// The file was read but is not a valid preferences file: leave it for the user to fix.
    Invalid(String),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Unreadable(m) | LoadError::Invalid(m) => f.write_str(m),
        }
    }
}

/// Loads the preferences at `path`: `Ok(None)` when there is no file yet, an error with a message
/// for the status line when it cannot be read or understood.
pub fn load(path: &Path) -> Result<Option<Prefs>, LoadError> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(LoadError::Unreadable(format!(
                "cannot read {}: {e}",
                path.display()
            )))
        }
    };
    from_toml(&text)
        .map(Some)
        .map_err(|e| LoadError::Invalid(format!("{} is not valid: {}", path.display(), e.trim())))
}

/// Writes `prefs` to `path` atomically (see [`atomic_write`](crate::atomic_write)), so a crash or
/// a dropped terminal never leaves half a file.
pub fn save(path: &Path, prefs: &Prefs) -> Result<(), String> {
    let fail = |e: std::io::Error| format!("cannot write {}: {e}", path.display());
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(fail)?;
    crate::atomic_write::write(path, to_toml(prefs).as_bytes(), Existing::Replace).map_err(fail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prefs() -> Prefs {
        let mut weights = crate::weights::Preset::CostFirst.weights();
        weights.pillars.insert("privacy".into(), 0);
        Prefs {
            weights,
            filter: Filter {
                openness: vec![Openness::OpenWeights, Openness::OpenSource],
                kinds: vec![Kind::Model],
                developer: Some("Meta".into()),
                years: Some((2023, 2025)),
                commercial_use: true,
                self_hostable: true,
                modality: Some("image".into()),
            },
            sort: SortKey::Criterion("privacy.self_hosting".into()),
            marks: vec!["bloom".into(), "gpt-4".into()],
            theme: Some(ThemeName::Monochrome),
        }
    }

    fn temp_dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("modeldex-config-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn round_trips_through_the_file() {
        let dir = temp_dir("round");
        let path = dir.join("modeldex").join("config.toml");
        assert_eq!(load(&path), Ok(None), "no file yet");
        save(&path, &prefs()).unwrap();
        assert_eq!(load(&path), Ok(Some(prefs())));
        save(&path, &Prefs::default()).unwrap();
        assert_eq!(load(&path), Ok(Some(Prefs::default())));
        let left: Vec<_> = std::fs::read_dir(path.parent().unwrap()).unwrap().collect();
        assert_eq!(left.len(), 1, "no temporary file left behind");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn corrupt_files_give_a_message_not_a_panic() {
        for (text, says) in [
            ("sort = [", "config.toml is not valid"),
            ("sort = \"fastest\"", "unknown sort"),
            ("theme = \"neon\"", "unknown theme"),
            ("[weights.pillars]\nprivacy = 9", "above 5"),
            ("[weights.pillars]\nprivacy = -1", "not valid"),
            ("[filter]\nopenness = [\"ajar\"]", "not valid"),
            ("colour = true", "not valid"),
            ("\u{0}\u{1}binary", "not valid"),
        ] {
            let dir = temp_dir("corrupt");
            std::fs::create_dir_all(&dir).unwrap();
            let path = dir.join("config.toml");
            std::fs::write(&path, text).unwrap();
            let err = load(&path).unwrap_err();
            assert!(matches!(err, LoadError::Invalid(_)), "{text:?}");
            let err = err.to_string();
            assert!(err.contains(says), "{text:?}: {err}");
            std::fs::remove_dir_all(&dir).unwrap();
        }
        assert_eq!(from_toml(""), Ok(Prefs::default()), "an empty file is fine");
    }

    #[test]
    fn an_unwritable_place_is_an_error_not_a_panic() {
        // Root ignores permissions, so use a path whose parent is a regular file.
        let dir = temp_dir("unwritable");
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("not-a-dir");
        std::fs::write(&file, "x").unwrap();
        let path = file.join("modeldex").join("config.toml");
        let err = save(&path, &prefs()).unwrap_err();
        assert!(err.starts_with("cannot write"), "{err}");
        assert!(
            load(&file.join("config.toml")).is_err(),
            "reading under a file fails too"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_readme_sample_loads() {
        let readme = include_str!("../README.md");
        let start = readme.find("```toml\nsort = ").expect("sample in README") + 8;
        let len = readme[start..].find("```").unwrap();
        let p = from_toml(&readme[start..start + len]).expect("README sample is valid");
        assert_eq!(p.sort, SortKey::Score);
        assert_eq!(p.weights.criterion("privacy.self_hosting"), 5);
        assert_eq!(p.filter.years, Some((2023, 2025)));
    }

    #[test]
    fn the_path_follows_xdg_then_home() {
        let os = |s: &str| Some(OsString::from(s));
        assert_eq!(
            path_from(os("/x"), os("/home/u")),
            Some(PathBuf::from("/x/modeldex/config.toml"))
        );
        assert_eq!(
            path_from(os("relative"), os("/home/u")),
            Some(PathBuf::from("/home/u/.config/modeldex/config.toml"))
        );
        assert_eq!(
            path_from(os(""), os("/home/u")),
            Some(PathBuf::from("/home/u/.config/modeldex/config.toml"))
        );
        assert_eq!(path_from(None, None), None);
    }
}
