//! A dropped terminal is a clean quit (issue 18): when the terminal goes away under modeldex (the
//! master side of its pseudo-terminal closed, as by a dropped SSH connection), it ends as it does
//! on SIGHUP — the preferences saved with the marks, exit status 129, never a panic — on every
//! screen. SIGQUIT ends it like SIGTERM, and a panic still hands the terminal back.

use crate::support::{Pane, FIXTURE};

/// The mark every case makes first: the fixture's first entry.
const MARKED: &str = "gpt-3";

/// Each screen and overlay, the keys that open it after the first entry is marked, and a text
/// that shows it is open.
const SCREENS: [(&str, &[&str], &str); 8] = [
    ("browse", &[], "1 marked"),
    ("search", &["/", "g"], "/ g"),
    ("compare", &["j", "Space", "c"], "Compare 2"),
    ("help", &["?"], "Keys · Esc closes"),
    ("filter", &["f"], "Filter · Space toggles"),
    ("weights", &["w"], "Weights · ←→ change"),
    ("overview", &["o"], "Open vs closed"),
    (
        "export prompt",
        &["j", "Space", "c", "e"],
        "Export as Markdown",
    ),
];

fn saved_prefs(pane: &Pane) -> String {
    std::fs::read_to_string(pane.xdg.join("modeldex/config.toml")).unwrap_or_default()
}

#[test]
fn closing_the_terminal_on_any_screen_saves_the_marks_and_exits_129() {
    for (name, keys, shown) in SCREENS {
        let Some(pane) = Pane::droppable_on_fixture(80, 24) else {
            return;
        };
        pane.keys(&["Space"]);
        pane.wait_for_text("1 marked");
        pane.keys(keys);
        pane.wait_for_text(shown);
        pane.close_terminal();
        assert_eq!(pane.wait_for_status(), "129", "{name}: exit status");
        let prefs = saved_prefs(&pane);
        assert!(
            prefs.contains(&format!("marks = [\"{MARKED}\"")),
            "{name}: the mark is saved:\n{prefs}"
        );
    }
}

#[test]
fn closing_a_terminal_too_small_to_draw_in_saves_the_marks_too() {
    let Some(pane) = Pane::droppable_on_fixture(80, 24) else {
        return;
    };
    pane.keys(&["Space"]);
    pane.wait_for_text("1 marked");
    pane.resize(20, 5);
    pane.wait_for_text("small");
    pane.close_terminal();
    assert_eq!(pane.wait_for_status(), "129");
    assert!(saved_prefs(&pane).contains(MARKED));
}

#[test]
fn sigquit_restores_the_terminal_and_exits_like_sigterm() {
    let Some(pane) = Pane::on_fixture(80, 24, "") else {
        return;
    };
    pane.keys(&["Space"]);
    pane.wait_for_text("1 marked");
    let pid = pane.modeldex_pid().expect("modeldex runs");
    let killed = std::process::Command::new("kill")
        .args(["-QUIT", &pid.to_string()])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    assert_eq!(
        pane.wait_for_exit(),
        "131",
        "128 + SIGQUIT, as SIGTERM gives 143"
    );
    pane.assert_restored();
    assert!(saved_prefs(&pane).contains(MARKED), "preferences saved");
}

#[test]
fn a_panic_hands_the_terminal_back() {
    if !crate::support::tmux_available() {
        return;
    }
    // The test-only switch (honoured by debug builds only): panic instead of the second frame.
    let env = "MODELDEX_TEST_PANIC_AT_FRAME=2";
    let pane = Pane::start_with_env(80, 24, env, &format!("--data '{FIXTURE}'"));
    pane.wait_for_text("/ to search");
    pane.keys(&["j"]);
    assert_eq!(pane.wait_for_exit(), "101", "a panic's exit status");
    pane.assert_restored();
    let written = String::from_utf8_lossy(&pane.output()).into_owned();
    let panicked = written
        .rfind("panicked")
        .expect("the panic message is shown");
    let left = written
        .rfind("\u{1b}[?1049l")
        .expect("the alternate screen was left");
    assert!(
        left < panicked,
        "the message comes after the terminal is handed back"
    );
    // Raw mode is off again: the terminal is back to line editing with echo.
    let tty = pane.format("#{pane_tty}");
    let out = std::process::Command::new("stty")
        .args(["-F", &tty, "-a"])
        .output()
        .expect("stty runs");
    let modes = String::from_utf8_lossy(&out.stdout);
    let on = |flag: &str| modes.split_whitespace().any(|w| w == flag);
    assert!(on("icanon") && on("echo"), "still in raw mode: {modes}");
}
