//! End-to-end: the real binary in a tmux pseudo-terminal, driven with send-keys and read back with
//! capture-pane. These check what only a terminal shows: the screens, quitting, and that the
//! terminal is restored (alternate screen left, cursor shown) on quit and on signals.
//!
//! Skipped with a notice when tmux is not installed (`.ci/run` installs it).

use crate::support::{line_with, tmux_available, Pane, E2E_REQUIRED, FIXTURE};
use std::path::PathBuf;
use std::process::Command;

#[test]
fn search_mark_compare_help_quit() {
    let Some(pane) = Pane::on_fixture(100, 30, "") else {
        return;
    };
    assert_eq!(
        pane.format("#{alternate_on}"),
        "1",
        "the UI runs on the alternate screen"
    );

    pane.keys(&["/"]);
    pane.wait_for_text("13 of 13");
    pane.type_text("bloom");
    pane.wait_for("the search to narrow to BLOOM", |s| {
        s.contains("/ bloom") && s.contains("BLOOM") && !s.contains("PyTorch")
    });
    pane.keys(&["Enter"]);
    pane.wait_for_text("Esc clears the filter");
    pane.keys(&["Space"]);
    pane.wait_for_text("● BLOOM");

    pane.keys(&["/"]);
    pane.wait_for_text("13 of 13");
    pane.type_text("gpt4");
    pane.wait_for("GPT-4 first", |s| {
        line_with(s, "│").starts_with("│  GPT-4 ")
    });
    pane.keys(&["Enter"]);
    pane.wait_for_text("Esc clears the filter");
    pane.keys(&["Space"]);
    pane.wait_for_text("2 marked");

    pane.keys(&["c"]);
    let labels = ["Compare", "Openness", "Self-hosting", "Pillar mean"];
    let screen = pane.wait_for("the compare view", |s| labels.iter().all(|l| s.contains(l)));
    let header = line_with(&screen, "BLOOM");
    assert!(
        header.contains("GPT-4"),
        "both models head the columns:\n{screen}"
    );

    pane.keys(&["?"]);
    pane.wait_for_text("Keys · Esc closes");
    pane.keys(&["Escape"]);
    pane.wait_for("the help to close", |s| {
        !s.contains("Keys ·") && s.contains("Compare")
    });
    pane.keys(&["q"]);
    pane.wait_for("the list again", |s| {
        s.contains("Matches") && !s.contains("Compare")
    });
    pane.keys(&["q"]);

    assert_eq!(pane.wait_for_exit(), "0");
    pane.assert_restored();
}

#[test]
fn opens_the_embedded_dataset_by_default() {
    if !tmux_available() {
        return;
    }
    let embedded = modeldex::data::Dataset::embedded().expect("embedded dataset parses");
    let pane = Pane::start(200, 50, "");
    let screen = pane.wait_for_text(&embedded.dataset_version);
    assert!(screen.contains(&embedded.updated), "{screen}");
    pane.keys(&["/"]);
    pane.type_text("bloom");
    pane.wait_for("BLOOM found", |s| {
        s.contains("/ bloom") && s.contains("│  BLOOM")
    });
    pane.keys(&["Escape"]);
    pane.wait_for_text("/ to search");
    pane.quit();
}

#[test]
fn ctrl_c_quits_from_the_search_line() {
    let Some(pane) = Pane::on_fixture(80, 24, "") else {
        return;
    };
    pane.keys(&["/"]);
    pane.type_text("q");
    pane.wait_for_text("/ q");
    pane.keys(&["C-c"]);
    assert_eq!(pane.wait_for_exit(), "0");
    pane.assert_restored();
}

#[test]
fn signals_restore_the_terminal() {
    for (signal, status) in [("TERM", "143"), ("HUP", "129"), ("INT", "130")] {
        let Some(pane) = Pane::on_fixture(80, 24, "") else {
            return;
        };
        let pid = pane.modeldex_pid().expect("the modeldex process in /proc");
        let killed = Command::new("kill")
            .args([&format!("-{signal}"), &pid.to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        assert_eq!(pane.wait_for_exit(), status, "SIG{signal}");
        pane.assert_restored();
        assert!(
            !PathBuf::from(format!("/proc/{pid}")).exists(),
            "the process is gone"
        );
    }
}

#[test]
fn tiny_and_resized_terminals_do_not_crash() {
    if !tmux_available() {
        return;
    }
    let pane = Pane::start(20, 5, &format!("--data '{FIXTURE}'"));
    pane.wait_for_text("too small");
    for (w, h) in [(1, 1), (120, 40), (10, 3), (80, 24), (41, 10)] {
        pane.resize(w, h);
    }
    pane.wait_for_text("/ to search");
    pane.quit();
}

#[test]
fn browses_and_searches_a_models_dev_catalog() {
    if !tmux_available() {
        return;
    }
    let catalog = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/models-dev-api.sample.json"
    );
    let pane = Pane::start(100, 45, &format!("--data '{catalog}'"));
    pane.wait_for_text("12 entries");
    pane.keys(&["/"]);
    pane.type_text("reasoner");
    let screen = pane.wait_for("the DeepSeek reasoner to be found", |s| {
        s.contains("/ reasoner") && s.contains("1 of 12")
    });
    assert!(
        line_with(&screen, "│").contains("DeepSeek"),
        "the match is listed first:\n{screen}"
    );
    pane.keys(&["Enter"]);
    // The detail pane shows imported facts and marks derived ratings as such.
    let detail = pane.wait_for_text("deepseek-reasoner");
    assert!(detail.contains("5 (derived)"), "{detail}");
    assert!(detail.contains("$0.14 in / $0.28 out"), "{detail}");
    pane.quit();
}

/// Without tmux an end-to-end test steps aside with a notice, and `MODELDEX_E2E=1` turns that into
/// a failure: one of them run by this very test binary with a `PATH` that holds no tmux.
#[test]
fn without_tmux_e2e_tests_skip_unless_required() {
    let run = |required: bool| {
        let mut cmd = Command::new(std::env::current_exe().expect("the test binary"));
        cmd.args([
            "pty::ctrl_c_quits_from_the_search_line",
            "--exact",
            "--nocapture",
        ])
        .env("PATH", env!("CARGO_TARGET_TMPDIR"));
        if required {
            cmd.env(E2E_REQUIRED, "1");
        } else {
            cmd.env_remove(E2E_REQUIRED);
        }
        let out = cmd.output().expect("the test binary runs");
        let text = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        (out.status.success(), text)
    };
    let (passed, text) = run(false);
    assert!(passed && text.contains("1 passed"), "{text}");
    assert!(text.contains("SKIPPED: tmux is not installed"), "{text}");
    let (passed, text) = run(true);
    assert!(!passed && text.contains("1 failed"), "{text}");
    assert!(
        text.contains("MODELDEX_E2E=1 but tmux is not installed"),
        "{text}"
    );
}
