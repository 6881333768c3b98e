//! The preferences file: round trips, refusals that leave the file alone, and edits that keep
//! what the user wrote (comments, unknown keys, a symlink, the mode, other datasets' marks).

use super::*;
use crate::data::{Kind, Openness};

fn prefs() -> Prefs {
    let mut weights = crate::weights::Preset::CostFirst.weights();
    weights.pillars.insert("privacy".into(), 0);
    Prefs {
        weights,
        filter: Filter {
            openness: vec![Openness::OpenWeights, Openness::OpenSource],
            kinds: vec![Kind::Model],
            developer: Some("Meta".into()),
            country: Some("France".into()),
            years: Some((2023, 2025)),
            commercial_use: crate::filter::Commercial::Unrestricted,
            self_hostable: true,
            modality: Some("image".into()),
            fits_gb: Some(24),
            features: vec![
                crate::data::Feature::Reasoning,
                crate::data::Feature::ToolCall,
            ],
            free: true,
            in_service: crate::filter::InService::Current,
        },
        sort: SortKey::Criterion("privacy.self_hosting".into()),
        direction: crate::order::Direction::Reversed,
        marks: vec!["bloom".into(), "gpt-4".into()],
        theme: Some(ThemeName::Monochrome),
        lang: Some(crate::i18n::Lang::Zh),
    }
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("modeldex-config-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Loads `path` for the embedded dataset.
fn load_embedded(path: &Path) -> Result<Loaded, LoadError> {
    open(path, DatasetKey::Embedded)
}

fn prefs_at(path: &Path, key: DatasetKey) -> Prefs {
    open(path, key).unwrap().prefs.expect("a file")
}

#[test]
fn round_trips_through_the_file() {
    let dir = temp_dir("round");
    let path = dir.join("modeldex").join("config.toml");
    let loaded = load_embedded(&path).unwrap();
    assert_eq!(loaded.prefs, None, "no file yet");
    loaded.store.save(&prefs()).unwrap();
    assert_eq!(prefs_at(&path, DatasetKey::Embedded), prefs());
    let store = load_embedded(&path).unwrap().store;
    store.save(&Prefs::default()).unwrap();
    assert_eq!(prefs_at(&path, DatasetKey::Embedded), Prefs::default());
    let left: Vec<_> = std::fs::read_dir(path.parent().unwrap()).unwrap().collect();
    assert_eq!(left.len(), 1, "no temporary file left behind");
    assert_eq!(from_toml(&to_toml(&prefs())), Ok(prefs()));
    assert!(
        to_toml(&prefs()).starts_with(edit::HEADER),
        "a new file says what it is"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn corrupt_files_give_a_message_not_a_panic() {
    for (text, says) in [
        (&b"sort = ["[..], "config.toml is not valid"),
        (b"sort = \"fastest\"", "unknown sort"),
        (b"theme = \"neon\"", "unknown theme"),
        (b"lang = \"fr\"", "unknown lang"),
        (b"[weights.pillars]\nprivacy = 9", "above 5"),
        (b"[weights.pillars]\nprivacy = -1", "not valid"),
        (b"[filter]\nopenness = [\"ajar\"]", "not valid"),
        (b"\x00\x01binary", "not valid"),
        (
            b"# my caf\xe9 settings\nsort = \"name\"\nmarks = [\"bloom\",\"gpt-4\"]\n",
            "not UTF-8 text (byte 8",
        ),
    ] {
        let dir = temp_dir("corrupt");
        let path = dir.join("config.toml");
        std::fs::write(&path, text).unwrap();
        let err = load_embedded(&path).unwrap_err();
        assert!(matches!(err, LoadError::Invalid(_)), "{text:?}");
        let err = err.to_string();
        assert!(err.contains(says), "{text:?}: {err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
    assert_eq!(from_toml(""), Ok(Prefs::default()), "an empty file is fine");
}

#[test]
fn what_is_not_a_regular_file_is_refused_without_opening_it() {
    let dir = temp_dir("odd");
    let fifo = dir.join("config.toml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.unwrap().success());
    // Opening the FIFO would block this test for ever.
    let err = load_embedded(&fifo).unwrap_err();
    assert!(matches!(err, LoadError::Unreadable(_)), "{err:?}");
    assert!(
        err.to_string()
            .contains("it is a FIFO (named pipe), not a regular file"),
        "{err}"
    );
    let err = load_embedded(&dir).unwrap_err().to_string();
    assert!(err.contains("it is a directory"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_unwritable_place_is_an_error_not_a_panic() {
    // Root ignores permissions, so use a path whose parent is a regular file.
    let dir = temp_dir("unwritable");
    let file = dir.join("not-a-dir");
    std::fs::write(&file, "x").unwrap();
    let err = load_embedded(&file.join("config.toml")).unwrap_err();
    assert!(
        matches!(err, LoadError::Unreadable(_)),
        "reading under a file fails, and leaves nothing to save with: {err:?}"
    );
    let store = Store {
        path: file.join("modeldex").join("config.toml"),
        doc: edit::new_document(),
        key: DatasetKey::Embedded,
    };
    let err = store.save(&prefs()).unwrap_err();
    assert!(err.starts_with("cannot write"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn comments_and_unknown_keys_survive_a_save() {
    let dir = temp_dir("comments");
    let path = dir.join("config.toml");
    let text = "\
# my settings, by hand
sort = \"name\"   # alphabetical, always
colour = true
marks = [\"bloom\"]

[weights.pillars]
# privacy matters most
privacy = 5

[filter]
speed = \"fast\"

[plugins.x]
enabled = true
";
    std::fs::write(&path, text).unwrap();
    let loaded = load_embedded(&path).unwrap();
    assert_eq!(loaded.unknown_keys, ["colour", "plugins", "filter.speed"]);
    let mut p = loaded.prefs.clone().unwrap();
    assert_eq!(p.sort, SortKey::Name);
    p.sort = SortKey::Score;
    p.weights.pillars.insert("privacy".into(), 4);
    loaded.store.save(&p).unwrap();
    let saved = std::fs::read_to_string(&path).unwrap();
    for kept in [
        "# my settings, by hand\n",
        "sort = \"score\"   # alphabetical, always\n",
        "colour = true\n",
        "# privacy matters most\nprivacy = 4\n",
        "speed = \"fast\"\n",
        "[plugins.x]\nenabled = true\n",
    ] {
        assert!(saved.contains(kept), "{kept:?} in:\n{saved}");
    }
    assert_eq!(prefs_at(&path, DatasetKey::Embedded), p);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[cfg(unix)]
#[test]
fn a_symlink_stays_a_link_and_the_mode_stays() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir("link");
    let dotfiles = dir.join("dotfiles");
    std::fs::create_dir_all(&dotfiles).unwrap();
    let target = dotfiles.join("modeldex.toml");
    std::fs::write(&target, "sort = \"name\"\n").unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o600)).unwrap();
    let config = dir.join("config");
    std::fs::create_dir_all(&config).unwrap();
    let link = config.join("config.toml");
    std::os::unix::fs::symlink("../dotfiles/modeldex.toml", &link).unwrap();

    let loaded = load_embedded(&link).unwrap();
    loaded.store.save(&prefs()).unwrap();
    let meta = std::fs::symlink_metadata(&link).unwrap();
    assert!(meta.file_type().is_symlink(), "still a link");
    assert_eq!(
        prefs_at(&target, DatasetKey::Embedded),
        prefs(),
        "the target got the save"
    );
    let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let left: Vec<_> = std::fs::read_dir(&dotfiles).unwrap().collect();
    assert_eq!(left.len(), 1, "no temporary file left beside the target");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn marks_are_kept_per_dataset() {
    let dir = temp_dir("marks");
    let path = dir.join("config.toml");
    std::fs::write(&path, "marks = [\"bloom\", \"gpt-4\"]\n").unwrap();
    let other = DatasetKey::File("/data/other.json".into());
    let loaded = open(&path, other.clone()).unwrap();
    let mut p = loaded.prefs.clone().unwrap();
    assert!(p.marks.is_empty(), "another file's marks are its own");
    p.marks = vec!["x".into()];
    loaded.store.save(&p).unwrap();
    assert_eq!(
        prefs_at(&path, DatasetKey::Embedded).marks,
        ["bloom", "gpt-4"],
        "the embedded dataset's marks survive a session on other data"
    );
    assert_eq!(prefs_at(&path, other).marks, ["x"]);
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(
        saved.contains("[datasets.\"/data/other.json\"]\nmarks = [\"x\"]"),
        "{saved}"
    );
    // Data with no lasting name (standard input) neither reads nor writes marks.
    let loaded = open(&path, DatasetKey::Unnamed).unwrap();
    assert!(loaded.prefs.clone().unwrap().marks.is_empty());
    loaded.store.save(&Prefs::default()).unwrap();
    assert_eq!(
        prefs_at(&path, DatasetKey::Embedded).marks,
        ["bloom", "gpt-4"]
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_data_file_is_known_by_its_absolute_path() {
    assert_eq!(DatasetKey::for_data(None), DatasetKey::Embedded);
    assert_eq!(
        DatasetKey::for_data(Some(Path::new("-"))),
        DatasetKey::Unnamed
    );
    let DatasetKey::File(key) = DatasetKey::for_data(Some(Path::new("Cargo.toml"))) else {
        panic!("a file");
    };
    assert!(Path::new(&key).is_absolute(), "{key}");
    assert!(key.ends_with("Cargo.toml"), "{key}");
}

#[test]
fn the_readme_sample_loads() {
    let readme = include_str!("../../README.md");
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

#[test]
fn commercial_use_reads_older_flags_and_the_words_of_the_command_line() {
    use crate::filter::Commercial;
    let read = |value: &str| {
        from_toml(&format!("[filter]\ncommercial_use = {value}\n")).map(|p| p.filter.commercial_use)
    };
    assert_eq!(
        read("true"),
        Ok(Commercial::Allowed),
        "files written before 'unrestricted'"
    );
    assert_eq!(read("false"), Ok(Commercial::Any));
    assert_eq!(read("\"allowed\""), Ok(Commercial::Allowed));
    assert_eq!(read("\"unrestricted\""), Ok(Commercial::Unrestricted));
    assert!(read("\"sometimes\"").unwrap_err().contains("unrestricted"));
}

#[test]
fn capability_filters_and_the_direction_are_read_by_the_names_the_flags_use() {
    let p = from_toml(
        "sort = \"max_output\"\nreverse = true\n[filter]\ncountry = \"China\"\n\
         reasoning = true\ntool_calling = true\nfile_input = true\nfree = true\n\
         in_service = \"current\"\n",
    )
    .unwrap();
    assert_eq!(p.sort, SortKey::MaxOutput);
    assert_eq!(p.direction, crate::order::Direction::Reversed);
    assert_eq!(p.filter.country.as_deref(), Some("China"));
    use crate::data::Feature;
    assert_eq!(
        p.filter.features,
        [Feature::Reasoning, Feature::ToolCall, Feature::FileInput]
    );
    assert!(p.filter.free);
    assert_eq!(p.filter.in_service, crate::filter::InService::Current);
    // Every [filter] key the file reads is a flag of `modeldex list`, `search` and `frontier`.
    let cli = crate::args::command_in(crate::i18n::Lang::En);
    for command in ["list", "search", "frontier"] {
        let sub = cli.find_subcommand(command).unwrap();
        for key in layout::FILTER_KEYS {
            let flag = key.replace('_', "-");
            let known = sub.get_arguments().any(|a| {
                a.get_long() == Some(flag.as_str())
                    || a.get_all_aliases()
                        .is_some_and(|al| al.contains(&flag.as_str()))
            });
            assert!(known, "[filter] {key} has no `{command} --{flag}`");
        }
    }
}
