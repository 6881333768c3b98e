//! End-to-end: preferences saved on quit and restored at start, a corrupt or unwritable config,
//! `--no-config`, and exporting a comparison — the real binary in tmux, each pane with its own
//! `XDG_CONFIG_HOME` so the user's config is never touched.

use crate::support::{tmux_available, Pane, EXITED, FIXTURE};
use std::path::PathBuf;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("modeldex-pty-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("modeldex")).unwrap();
    dir
}

#[test]
fn sort_weights_and_marks_survive_a_restart() {
    if !tmux_available() {
        return;
    }
    let args = format!("--data '{FIXTURE}'");
    let first = Pane::start(100, 30, &args);
    first.wait_for_text("/ to search");
    first.keys(&["s", "Space", "w", "p", "Escape"]);
    first.wait_for_text("weights: privacy-first");
    first.keys(&["q"]);
    assert_eq!(first.wait_for_exit(), "0");
    let saved = std::fs::read_to_string(first.xdg.join("modeldex/config.toml")).unwrap();
    assert!(saved.contains("sort = \"name\""), "{saved}");
    assert!(saved.contains("privacy = 5"), "{saved}");

    let env = format!("XDG_CONFIG_HOME='{}'", first.xdg.display());
    let second = Pane::start_with_env(100, 30, &env, &args);
    // The whole first frame: the list title and the status line (a capture can fall between
    // the two while the frame is being written).
    let screen = second.wait_for("the restored preferences", |s| {
        s.contains("by name") && s.contains("weights: privacy-first")
    });
    assert!(screen.contains("1 marked"), "{screen}");
    second.keys(&["q"]);
    assert_eq!(second.wait_for_exit(), "0");
}

/// Runs the browser (`flags` before `--data`) with a config file holding `contents` in a config
/// place of its own, waits for `text`, presses `keys` and quits; checks that it exits cleanly and
/// that the file is exactly as it was. Returns the screen that showed `text`.
fn run_with_config(name: &str, contents: &str, flags: &str, text: &str, keys: &[&str]) -> String {
    let dir = temp_dir(name);
    let file = dir.join("modeldex/config.toml");
    std::fs::write(&file, contents).unwrap();
    let env = format!("XDG_CONFIG_HOME='{}'", dir.display());
    let pane = Pane::start_with_env(100, 30, &env, &format!("{flags} --data '{FIXTURE}'"));
    let screen = pane.wait_for_text(text);
    pane.keys(keys);
    pane.keys(&["q"]);
    assert_eq!(pane.wait_for_exit(), "0");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), contents);
    std::fs::remove_dir_all(&dir).unwrap();
    screen
}

#[test]
fn a_corrupt_config_warns_and_is_left_alone() {
    if !tmux_available() {
        return;
    }
    run_with_config(
        "corrupt",
        "sort = [[[",
        "",
        "Preferences not loaded (file left as is)",
        &["s"],
    );
}

#[test]
fn no_config_neither_reads_nor_writes() {
    if !tmux_available() {
        return;
    }
    let saved = "sort = \"name\"\n";
    let screen = run_with_config("noconfig", saved, "--no-config", "/ to search", &["s", "s"]);
    assert!(!screen.contains("by name"), "{screen}");
}

#[test]
fn a_config_place_that_cannot_be_read_is_reported_and_not_written() {
    if !tmux_available() {
        return;
    }
    // Root ignores permissions: make the config directory's parent a regular file instead.
    let dir = temp_dir("unreadable-place");
    let not_a_dir = dir.join("file");
    std::fs::write(&not_a_dir, "x").unwrap();
    let env = format!("XDG_CONFIG_HOME='{}'", not_a_dir.display());
    let pane = Pane::start_with_env(100, 30, &env, &format!("--data '{FIXTURE}'"));
    pane.wait_for_text("Preferences not loaded (file left as is): cannot read");
    pane.keys(&["q"]);
    assert_eq!(pane.wait_for_exit(), "0");
    let screen = pane.wait_for_text(EXITED);
    assert!(
        !screen.contains("preferences not saved"),
        "no save was tried: {screen}"
    );
    assert_eq!(std::fs::read_to_string(&not_a_dir).unwrap(), "x");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_unwritable_config_place_is_reported_after_quitting() {
    if !tmux_available() {
        return;
    }
    // No file yet, in a directory modeldex may read but not write: run it as `nobody` when
    // root (root writes anywhere), in a directory root owns.
    let dir = temp_dir("unwritable");
    let prefix = if crate::prefs_kept::is_root() {
        "setpriv --reuid=65534 --regid=65534 --clear-groups"
    } else {
        std::fs::set_permissions(
            dir.join("modeldex"),
            std::os::unix::fs::PermissionsExt::from_mode(0o555),
        )
        .unwrap();
        ""
    };
    let env = format!("XDG_CONFIG_HOME='{}' {prefix}", dir.display());
    let pane = Pane::start_with_env(100, 30, &env, &format!("--data '{FIXTURE}'"));
    pane.wait_for_text("/ to search");
    pane.keys(&["s", "q"]);
    assert_eq!(pane.wait_for_exit(), "0");
    let screen = pane.wait_for_text(EXITED);
    assert!(
        screen.contains("preferences not saved: cannot write"),
        "{screen}"
    );
    assert!(!dir.join("modeldex/config.toml").exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn e_exports_the_comparison_and_never_overwrites_silently() {
    if !tmux_available() {
        return;
    }
    let dir = temp_dir("export");
    let out = dir.join("cmp.md");
    let pane = Pane::start(100, 30, &format!("--data '{FIXTURE}'"));
    pane.wait_for_text("/ to search");
    pane.keys(&["Space", "j", "Space", "c"]);
    pane.wait_for_text("Compare 2");
    pane.keys(&["e"]);
    pane.wait_for_text("modeldex-compare-gpt-3-gpt-4.md");
    pane.keys(&["C-u"]);
    pane.type_text(out.to_str().unwrap());
    pane.keys(&["Enter"]);
    pane.wait_for_text("Wrote the comparison to");
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(md.contains("GPT-3") && md.contains("GPT-4"), "{md}");
    std::fs::write(&out, "mine").unwrap();
    pane.keys(&["e", "C-u"]);
    pane.type_text(out.to_str().unwrap());
    pane.keys(&["Enter"]);
    pane.wait_for_text("press Enter again to overwrite");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "mine");
    pane.keys(&["Enter"]);
    pane.wait_for_text("Wrote the comparison to");
    assert!(std::fs::read_to_string(&out).unwrap().contains("GPT-3"));
    // Escape and q sent together would read as Alt-q.
    pane.keys(&["Escape"]);
    pane.wait_for_text("/ to search");
    pane.keys(&["q"]);
    assert_eq!(pane.wait_for_exit(), "0");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_bad_config_message_stays_until_esc_at_80x24() {
    if !tmux_available() {
        return;
    }
    let dir = temp_dir("sticky");
    let file = dir.join("modeldex/config.toml");
    std::fs::write(&file, "sort = [[[").unwrap();
    let env = format!("XDG_CONFIG_HOME='{}'", dir.display());
    let pane = Pane::start_with_env(80, 24, &env, &format!("--data '{FIXTURE}'"));
    pane.wait_for_text("Preferences not loaded");
    // Keys that change the screen leave the message where it is.
    pane.keys(&["s", "s"]);
    let screen = pane.wait_for("sorted, the message kept", |s| {
        s.contains("by released")
            && s.contains("Preferences not loaded")
            && s.contains("Esc dismisses")
    });
    assert!(!screen.contains("q quit"), "{screen}");
    pane.keys(&["Escape"]);
    pane.wait_for("dismissed", |s| {
        s.contains("q quit") && !s.contains("Preferences not loaded")
    });
    pane.keys(&["q"]);
    assert_eq!(pane.wait_for_exit(), "0");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "sort = [[[");
    std::fs::remove_dir_all(&dir).unwrap();
}
