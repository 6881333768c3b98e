//! Paths that are not data files are refused at once, before any read: devices, a FIFO without a
//! writer, a directory. Standard input is read only when asked for with `-`.

use super::{bare, fixture};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs the binary with `args` and no stdin; returns (status, stdout and stderr together:
/// `validate` reports on stdout), or panics if it has not ended after a generous while (a FIFO
/// would otherwise block it forever).
fn run_bounded(args: &[&str]) -> (i32, String) {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("modeldex"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    // Bounds a hang; measures nothing (a 1 GiB read of /dev/zero took seconds).
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let out = child.wait_with_output().unwrap();
            let text = String::from_utf8_lossy(&out.stdout) + String::from_utf8_lossy(&out.stderr);
            return (status.code().expect("exited"), text.into_owned());
        }
        if Instant::now() > deadline {
            child.kill().unwrap();
            panic!("modeldex {args:?} did not end");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn devices_are_refused_before_reading() {
    for device in ["/dev/zero", "/dev/urandom"] {
        for args in [vec!["--data", device, "list"], vec!["validate", device]] {
            let (code, err) = run_bounded(&args);
            assert_eq!(code, 2, "{args:?}: {err}");
            assert!(
                err.contains(&format!("{device}: is a character device, not a data file")),
                "{args:?}: {err}"
            );
            assert!(err.contains("give `-` as the file"), "{err}");
        }
    }
}

#[test]
fn a_fifo_without_a_writer_does_not_block() {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("modeldex-fifo-{}", std::process::id()));
    let _ = std::fs::remove_file(&path);
    let made = Command::new("mkfifo").arg(&path).status().expect("mkfifo");
    assert!(made.success());
    let fifo = path.to_str().unwrap();
    for args in [vec!["--data", fifo, "list"], vec!["validate", fifo]] {
        let (code, err) = run_bounded(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(
            err.contains("is a FIFO (named pipe), not a data file"),
            "{err}"
        );
    }
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn a_directory_is_refused() {
    let (code, err) = run_bounded(&["--data", "/", "list"]);
    assert_eq!(code, 2);
    assert!(err.contains("/: is a directory, not a data file"), "{err}");
}

#[test]
fn a_dash_reads_standard_input() {
    let text = std::fs::read_to_string(fixture()).unwrap();
    let out = bare()
        .args(["--data", "-", "show", "bert", "--format", "json"])
        .write_stdin(text.clone())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"id\": \"bert\""));

    let out = bare()
        .args(["validate", "-"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("<stdin>: OK: "));

    let out = bare()
        .args(["validate", "-"])
        .write_stdin("{\"models\": [}")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("<stdin>:1:"));
}
