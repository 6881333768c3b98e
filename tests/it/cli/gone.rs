//! Every command when its output goes away: a reader that closes the pipe (`| head -n1`,
//! `| true`) ends it quietly with its usual status; a write error (`> /dev/full`) exits 2 with a
//! message. Run through bash, as a user would type them.

use super::{copies_of_first_entry, fixture, TempFile};
use std::process::Command;

/// Runs `pipeline` in bash with `$M` the binary and `$F` the fixture; returns (status of the
/// first command of the pipeline, stdout, stderr).
fn bash(pipeline: &str, extra: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let script = format!("{pipeline}; exit ${{PIPESTATUS[0]}}");
    let out = Command::new("bash")
        .arg("-c")
        .arg(script)
        .arg("bash")
        .args(extra)
        .env("M", assert_cmd::cargo::cargo_bin("modeldex"))
        .env("F", fixture())
        .env_remove("NO_COLOR")
        .output()
        .expect("bash runs");
    (
        out.status.code().expect("exited normally"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A data file with one problem per entry, 3,000 of them: far more output than a pipe holds, so
/// the writer is still writing when the reader goes away. Each test names its own file.
fn many_problems(name: &str) -> TempFile {
    // A number where a name belongs: every entry has a problem.
    copies_of_first_entry(name, |i| i.into())
}

#[test]
fn validate_survives_head_and_true() {
    let bad = many_problems("many-problems-piped.json");
    let (code, out, err) = bash("\"$M\" validate \"$1\" | head -n1", &[bad.as_ref()]);
    assert_eq!(code, 2, "the file has problems: {err}");
    assert!(err.is_empty(), "quiet: {err}");
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.contains("many-problems-piped.json"), "{out}");

    let (code, out, err) = bash("\"$M\" validate \"$1\" | true", &[bad.as_ref()]);
    assert_eq!(code, 2, "{err}");
    assert!(err.is_empty() && out.is_empty(), "{err}");
}

#[test]
fn validate_reports_a_full_disk() {
    let bad = many_problems("many-problems-full.json");
    for file in [bad.as_ref(), std::ffi::OsStr::new(&fixture())] {
        let (code, _, err) = bash("\"$M\" validate \"$1\" > /dev/full", &[file]);
        assert_eq!(code, 2, "{file:?}: {err}");
        assert!(err.contains("modeldex: cannot write output"), "{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn every_command_reports_a_full_disk_and_ends_quietly_on_a_closed_pipe() {
    for command in [
        "--data \"$F\" list",
        "--data \"$F\" list --format json",
        "--data \"$F\" show bert",
        "--data \"$F\" compare bert t5",
        "--data \"$F\" search bert",
        "--data \"$F\" criteria",
        "completions bash",
        "--help",
        "list --help",
        "--version",
        "validate \"$F\"",
    ] {
        let (code, _, err) = bash(&format!("\"$M\" {command} > /dev/full"), &[]);
        assert_eq!(code, 2, "{command}: {err}");
        assert!(
            err.contains("modeldex: cannot write output"),
            "{command}: {err}"
        );
        assert!(!err.contains("panicked"), "{command}: {err}");

        let (code, _, err) = bash(&format!("\"$M\" {command} | true"), &[]);
        assert_eq!(code, 0, "{command}: {err}");
        assert!(err.is_empty(), "{command}: {err}");
    }
}

#[test]
fn a_search_without_matches_says_so_even_into_a_full_disk() {
    // The table of no matches is empty: nothing is written, so nothing can fail; the status
    // says "not found".
    let (code, _, err) = bash("\"$M\" --data \"$F\" search zzzz > /dev/full", &[]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("no entry matches"), "{err}");
    // Machine formats print an empty result, and that write fails.
    let (code, _, err) = bash(
        "\"$M\" --data \"$F\" search zzzz --format json > /dev/full",
        &[],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("cannot write output"), "{err}");
}

#[test]
fn messages_on_a_full_stderr_do_not_panic() {
    let (code, _, _) = bash("\"$M\" validate /nonexistent.json 2> /dev/full", &[]);
    assert_eq!(code, 2);
    let (code, _, _) = bash("\"$M\" --data /nonexistent.json list 2> /dev/full", &[]);
    assert_eq!(code, 2);
}
