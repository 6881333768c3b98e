//! Streams and exit codes: not found, usage and data errors, colour, closed pipes, terminals.

use super::{bare, copies_of_first_entry, fixture, modeldex, stdout_of, TempFile};
use std::io::{BufRead, BufReader};
use std::process::{Command as StdCommand, Stdio};

/// Runs and returns (exit code, stdout, stderr).
fn outcome(cmd: &mut assert_cmd::Command) -> (i32, String, String) {
    let out = cmd.output().expect("runs");
    (
        out.status.code().expect("exited normally"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn an_unknown_id_exits_1_with_a_suggestion() {
    let (code, out, err) = outcome(modeldex().args(["show", "gpt-9"]));
    assert_eq!(code, 1, "{err}");
    assert!(out.is_empty());
    assert!(
        err.contains("no entry matches \"gpt-9\"; did you mean GPT-4"),
        "{err}"
    );

    let (code, _, err) = outcome(modeldex().args(["compare", "bert", "gpt-9"]));
    assert_eq!(code, 1);
    assert!(err.contains("did you mean GPT-4"), "{err}");

    let (code, out, err) = outcome(modeldex().args(["compare", "bert", "BERT-Large", "t5"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("\"BERT-Large\" is BERT (bert) again; shown once"),
        "{err}"
    );
    assert_eq!(
        out.lines().next().map(|l| l.matches("BERT").count()),
        Some(1)
    );

    let (code, out, err) = outcome(modeldex().args(["search", "zzzz", "--format", "json"]));
    assert_eq!(code, 1);
    assert_eq!(
        out.trim(),
        "[]",
        "machine formats still print an empty result"
    );
    assert!(err.contains("no entry matches"), "{err}");
}

#[test]
fn bad_flag_values_exit_2() {
    for args in [
        vec!["list", "--format", "xml"],
        vec!["list", "--sort", "size"],
        vec!["list", "--kind", "robot"],
        vec!["search", "x", "--limit", "0"],
        vec!["compare", "bert"],
        vec!["--color", "sometimes", "list"],
        vec!["completions", "tcsh"],
    ] {
        let (code, out, err) = outcome(modeldex().args(&args));
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty() && !err.is_empty(), "{args:?}");
    }
}

#[test]
fn data_errors_exit_2_naming_the_file() {
    let (code, _, err) = outcome(bare().args(["--data", "/nonexistent/models.json", "list"]));
    assert_eq!(code, 2);
    assert!(err.contains("/nonexistent/models.json"), "{err}");

    let broken = TempFile::new("broken.json", "{\"schema_version\": 1,\n  \"models\": [}");
    let (code, _, err) = outcome(bare().arg("--data").arg(&broken).arg("list"));
    assert_eq!(code, 2);
    assert!(err.contains("broken.json:2:14: invalid JSON"), "{err}");

    // validate's problems are its output: stdout, so they can be saved or piped.
    let (code, out, _) = outcome(bare().arg("validate").arg(&broken));
    assert_eq!(code, 2);
    assert!(out.contains("broken.json:2:14"), "{out}");
    let (code, _, _) = outcome(bare().args(["validate", &fixture()]));
    assert_eq!(code, 0);
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let esc = |cmd: &mut assert_cmd::Command| stdout_of(cmd).contains('\u{1b}');
    assert!(esc(modeldex().args(["--color", "always", "list"])));
    assert!(esc(
        modeldex().args(["compare", "bert", "t5", "--color", "always"])
    ));
    assert!(!esc(modeldex().args(["--color", "never", "list"])));
    assert!(!esc(modeldex().args(["list"])), "auto: stdout is a pipe");
    assert!(!esc(modeldex().env("NO_COLOR", "1").args(["list"])));
    // JSON, Markdown and CSV are data: never coloured.
    for format in ["json", "markdown", "csv"] {
        assert!(!esc(
            modeldex().args(["--color", "always", "list", "-f", format])
        ));
    }
}

#[test]
fn hostile_data_never_reaches_the_terminal_raw() {
    let text = std::fs::read_to_string(fixture()).unwrap();
    let mut data: serde_json::Value = serde_json::from_str(&text).unwrap();
    data["models"][0]["name"] = "Evil\u{1b}]0;pwned\u{7} \u{1b}[2JModel\u{202e}".into();
    data["models"][0]["developer"] = "a,\"b\"\r\nc".into();
    let path = TempFile::new("hostile.json", &data.to_string());
    for format in ["table", "markdown", "csv", "json"] {
        let out = stdout_of(bare().arg("--data").arg(&path).args(["list", "-f", format]));
        assert!(
            !out.contains('\u{1b}') && !out.contains('\u{7}'),
            "{format}"
        );
        assert!(!out.contains('\u{202e}'), "{format}");
        assert!(out.contains("Evil"), "{format}");
    }
    let csv = stdout_of(bare().arg("--data").arg(&path).args(["list", "-f", "csv"]));
    let rows = super::parse_csv(&csv);
    assert!(rows.iter().all(|r| r.len() == rows[0].len()));
    assert!(
        rows.iter().any(|r| r.contains(&"a,\"b\" c".to_string())),
        "{csv}"
    );
}

/// A dataset big enough (hundreds of KB of output) that the writer is still writing when the
/// reader goes away.
fn big_dataset() -> TempFile {
    copies_of_first_entry("big.json", |i| format!("Entry {i}").into())
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let big = big_dataset();
    for format in ["table", "json", "csv", "markdown"] {
        let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("modeldex"))
            .arg("--data")
            .arg(&*big)
            .args(["list", "--format", format])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawns");
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        assert!(!first.is_empty());
        // The reader is dropped here: the rest of the output hits a closed pipe.
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{format}: {err}");
        assert!(err.is_empty(), "{format}: {err}");
        assert!(out.status.success(), "{format}: {:?}", out.status);
    }
}

#[test]
fn the_browser_refuses_a_pipe_and_points_at_list() {
    let (code, out, err) = outcome(bare().write_stdin(""));
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty());
    assert!(err.contains("modeldex list"), "{err}");
}

/// Runs `command` in a detached tmux pane `width` columns wide and returns what the pane shows,
/// with colour escapes (`capture-pane -e`). None when tmux is not installed (CI installs it).
fn in_tmux(command: &str, width: u16) -> Option<String> {
    if !crate::support::tmux_available() {
        return None;
    }
    // A fresh server per call: reusing a socket races with the previous server shutting down.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let socket = format!("modeldex-cli-{}-{n}", std::process::id());
    let tmux = |args: &[&str]| {
        StdCommand::new("tmux")
            .args(["-L", &socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("tmux runs")
    };
    let script = format!("{command}; echo __DONE__; sleep 60");
    let size = width.to_string();
    tmux(&["new-session", "-d", "-x", &size, "-y", "50", &script]);
    let mut screen = String::new();
    // Generous: the machine may be busy compiling; this bounds a hang, it measures nothing.
    for _ in 0..300 {
        let out = tmux(&["capture-pane", "-p", "-e", "-J"]);
        screen = String::from_utf8_lossy(&out.stdout).into_owned();
        if screen.contains("__DONE__") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    tmux(&["kill-server"]);
    assert!(
        screen.contains("__DONE__"),
        "command did not finish:\n{screen}"
    );
    Some(screen)
}

#[test]
fn on_a_terminal_tables_fit_its_width_and_honour_no_color() {
    let bin = assert_cmd::cargo::cargo_bin("modeldex");
    let list = format!("'{}' --data '{}' list", bin.display(), fixture());
    let Some(coloured) = in_tmux(&list, 70) else {
        return;
    };
    assert!(
        coloured.contains("\u{1b}["),
        "auto colours a terminal:\n{coloured}"
    );
    // At 70 columns the score and its coverage still end the `bert` line: the table was fitted,
    // not wrapped.
    let bert = coloured
        .lines()
        .find(|l| l.contains("bert"))
        .expect("bert row");
    let end = bert.trim_end().trim_end_matches("\u{1b}[0m");
    assert!(end.ends_with("4.0 10/12"), "{bert:?}");
    let plain = in_tmux(&format!("NO_COLOR=1 {list}"), 70).unwrap();
    assert!(!plain.contains("\u{1b}["), "NO_COLOR:\n{plain}");
    let never = in_tmux(&format!("{list} --color never"), 70).unwrap();
    assert!(!never.contains("\u{1b}["), "--color never:\n{never}");
}

#[test]
fn bad_weights_exit_2_with_the_reason() {
    for (spec, reason) in [
        ("privacy=9", "0 to 5"),
        ("speed=3", "unknown criterion"),
        ("fastest", "preset"),
    ] {
        let (code, _, stderr) = outcome(modeldex().args(["list", "--weights", spec]));
        assert_eq!(code, 2, "{spec}");
        assert!(stderr.contains(reason), "{spec}: {stderr}");
    }
}
