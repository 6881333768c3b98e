//! How the interactive browser refuses to start: without a terminal, or with a broken data file.
//! Both must fail fast with a clear message and never draw anything.

use assert_cmd::Command;

fn modeldex() -> Command {
    Command::cargo_bin("modeldex").expect("binary built")
}

#[test]
fn without_a_terminal_it_points_at_the_list_command() {
    let out = modeldex().output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "nothing drawn to a pipe");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("needs a terminal") && err.contains("modeldex list"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "one line: {err}");
}

#[test]
fn a_broken_data_file_is_named_with_its_problem() {
    let dir = std::env::temp_dir().join(format!("modeldex-start-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("broken.json");
    std::fs::write(&bad, "{ \"schema_version\": 1, \"models\": [").unwrap();
    let out = modeldex().arg("--data").arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("broken.json:1:34") && err.contains("ends too early"),
        "{err}"
    );

    let missing = dir.join("missing.json");
    let out = modeldex().arg("--data").arg(&missing).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.json"));
    std::fs::remove_dir_all(&dir).unwrap();
}
