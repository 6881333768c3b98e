//! End-to-end: the preferences file is the user's. A file modeldex could not read is left as it
//! was; a symlink, the file's mode, comments and unknown keys survive a save; a FIFO in its place
//! does not hold up start-up. The real binary in tmux, each run with a config place of its own.

use crate::support::{tmux_available, Pane, FIXTURE};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

/// A fresh directory to be `XDG_CONFIG_HOME`, with its `modeldex` directory.
fn config_home(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("modeldex-kept-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("modeldex")).unwrap();
    dir
}

/// Starts the browser on the fixture with `home` as `XDG_CONFIG_HOME` (`prefix` runs it, e.g.
/// as another user), waits for `text`, changes the sort (something to save) until the list says
/// `sorted`, quits and returns the screen that showed `text`. The pane is wide enough for a
/// whole status line naming a temporary path.
fn session(home: &Path, prefix: &str, text: &str, sorted: &str) -> String {
    let env = format!("XDG_CONFIG_HOME='{}' {prefix}", home.display());
    let pane = Pane::start_with_env(220, 30, &env, &format!("--data '{FIXTURE}'"));
    let screen = pane.wait_for_text(text);
    pane.keys(&["s"]);
    pane.wait_for_text(sorted);
    pane.keys(&["q"]);
    assert_eq!(pane.wait_for_exit(), "0");
    screen
}

#[test]
fn a_file_that_is_not_utf8_is_left_alone() {
    if !tmux_available() {
        return;
    }
    let home = config_home("utf8");
    let file = home.join("modeldex/config.toml");
    let text = b"# my caf\xe9 settings\nsort = \"name\"\nmarks = [\"bloom\",\"gpt-4\"]\n";
    std::fs::write(&file, text).unwrap();
    session(&home, "", "not UTF-8", "by name");
    assert_eq!(std::fs::read(&file).unwrap(), text, "the file is untouched");
    std::fs::remove_dir_all(&home).unwrap();
}

#[test]
fn a_file_modeldex_may_not_read_is_left_alone() {
    if !tmux_available() {
        return;
    }
    let home = config_home("unreadable");
    let dir = home.join("modeldex");
    let file = dir.join("config.toml");
    std::fs::write(&file, "sort = \"released\"\n").unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Root reads anything: run modeldex as `nobody`, in a directory it may write to.
    let prefix = if is_root() {
        let chown = std::process::Command::new("chown")
            .args(["65534:65534"])
            .arg(&dir)
            .status()
            .unwrap();
        assert!(chown.success());
        "setpriv --reuid=65534 --regid=65534 --clear-groups"
    } else {
        ""
    };
    session(&home, prefix, "Permission denied", "by name");
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o000, "not replaced by a readable file");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "sort = \"released\"\n"
    );
    std::fs::remove_dir_all(&home).unwrap();
}

/// Whether the tests run as root (who reads and writes anything).
pub fn is_root() -> bool {
    let out = std::process::Command::new("id").arg("-u").output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim() == "0"
}

#[test]
fn a_symlink_its_mode_comments_and_unknown_keys_survive_a_save() {
    if !tmux_available() {
        return;
    }
    let home = config_home("link");
    let dotfiles = home.join("dotfiles");
    std::fs::create_dir_all(&dotfiles).unwrap();
    let target = dotfiles.join("modeldex.toml");
    let text = "# kept in my dotfiles\nsort = \"released\"  # newest first\nfuture_key = 1\n";
    std::fs::write(&target, text).unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o600)).unwrap();
    let link = home.join("modeldex/config.toml");
    std::os::unix::fs::symlink(&target, &link).unwrap();

    session(&home, "", "by released", "by developer");
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "still a link"
    );
    let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let saved = std::fs::read_to_string(&target).unwrap();
    assert!(
        saved.starts_with(
            "# kept in my dotfiles\nsort = \"developer\"  # newest first\nfuture_key = 1\n"
        ),
        "{saved}"
    );
    std::fs::remove_dir_all(&home).unwrap();
}

#[test]
fn a_fifo_as_the_config_does_not_block_start_up() {
    if !tmux_available() {
        return;
    }
    let home = config_home("fifo");
    let fifo = home.join("modeldex/config.toml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.unwrap().success());
    session(
        &home,
        "",
        "it is a FIFO (named pipe), not a regular file",
        "by name",
    );
    let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
    assert!(
        std::os::unix::fs::FileTypeExt::is_fifo(&kind),
        "still the FIFO"
    );
    std::fs::remove_dir_all(&home).unwrap();
}

#[test]
fn marks_stay_with_their_data_and_unseen_ids_are_kept() {
    if !tmux_available() {
        return;
    }
    let home = config_home("marks");
    let file = home.join("modeldex/config.toml");
    let fixture = std::fs::canonicalize(FIXTURE).unwrap();
    let key = fixture.display();
    std::fs::write(
        &file,
        format!(
            "marks = [\"bloom\", \"gpt-4\"]\n\n[datasets.\"{key}\"]\nmarks = [\"retired-model\", \"gpt-3\"]\n"
        ),
    )
    .unwrap();
    let env = format!("XDG_CONFIG_HOME='{}'", home.display());
    let pane = Pane::start_with_env(100, 30, &env, &format!("--data '{FIXTURE}'"));
    let screen = pane.wait_for_text(" marked ");
    assert!(
        screen.contains("1 marked"),
        "only gpt-3 is in this data:\n{screen}"
    );
    // GPT-3 is the first row; the second is GPT-4.
    pane.keys(&["Down", "Space"]);
    pane.wait_for_text("2 marked");
    pane.keys(&["q"]);
    assert_eq!(pane.wait_for_exit(), "0");
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(
        saved.starts_with("marks = [\"bloom\", \"gpt-4\"]\n"),
        "the embedded dataset's marks are untouched:\n{saved}"
    );
    assert!(
        saved.contains("marks = [\"retired-model\", \"gpt-3\", \"gpt-4\"]"),
        "an id this data does not hold is kept:\n{saved}"
    );
    std::fs::remove_dir_all(&home).unwrap();
}
