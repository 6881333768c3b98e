//! End-to-end terminal behaviour for SSH sessions: silence when idle, restore on signals (mouse
//! included), monochrome and ASCII output, suspend and resume, extreme sizes.
//!
//! Byte budgets (bytes per keystroke, first frame) are measured by `benches/pty_bytes.py` and
//! reported in BENCHMARKS.md; these tests only check what must always hold.

use crate::support::{tmux_available, Pane, FIXTURE};
use std::process::Command;
use std::time::Duration;

/// Position of the last occurrence of `needle` in `hay`.
fn last(hay: &[u8], needle: &str) -> Option<usize> {
    hay.windows(needle.len())
        .rposition(|w| w == needle.as_bytes())
}

/// Parameters of every SGR sequence (`ESC [ ... m`) in `out`.
fn sgr_params(out: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(out);
    let mut found = Vec::new();
    let mut rest = text.as_ref();
    while let Some(start) = rest.find("\u{1b}[") {
        rest = &rest[start + 2..];
        let end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == ';' || c == ':'))
            .unwrap_or(rest.len());
        if rest[end..].starts_with('m') {
            found.push(rest[..end].to_string());
        }
        rest = &rest[end..];
    }
    found
}

fn kill(signal: &str, pid: u32) {
    let ok = Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .status()
        .unwrap()
        .success();
    assert!(ok, "kill -{signal} {pid}");
}

#[test]
fn idle_means_silent() {
    let Some(pane) = Pane::on_fixture(80, 24, "") else {
        return;
    };
    pane.keys(&["j"]);
    pane.wait_for("the selection to move", |s| {
        s.lines().nth(3).is_some_and(|l| l.contains("GPT-4"))
    });
    // The frame for `j` may still be on its way through tmux: wait for it to settle, then watch
    // for two seconds (silence is a property over time, so this wait is the test, not a guess).
    let before = pane.wait_for_quiet(Duration::from_millis(300));
    assert!(before > 0, "pipe-pane records the output");
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(
        pane.output().len(),
        before,
        "modeldex wrote to the terminal while nothing happened"
    );
}

#[test]
fn hangup_and_terminate_restore_mouse_screen_and_cursor() {
    for signal in ["HUP", "TERM"] {
        let Some(pane) = Pane::on_fixture(80, 24, "") else {
            return;
        };
        let pid = pane.modeldex_pid().expect("modeldex runs");
        kill(signal, pid);
        pane.wait_for_exit();
        let out = pane.output();
        let mouse_on = last(&out, "\u{1b}[?1000h").expect("mouse reporting was on");
        let mouse_off = last(&out, "\u{1b}[?1000l").expect("mouse reporting switched off");
        let alt_on = last(&out, "\u{1b}[?1049h").expect("alternate screen entered");
        let alt_off = last(&out, "\u{1b}[?1049l").expect("alternate screen left");
        let cursor = last(&out, "\u{1b}[?25h").expect("cursor shown");
        assert!(mouse_off > mouse_on && alt_off > alt_on, "SIG{signal}");
        assert!(cursor > alt_on, "SIG{signal}: cursor shown after the UI");
        assert!(
            !std::path::Path::new(&format!("/proc/{pid}")).exists(),
            "SIG{signal}: the process is gone"
        );
        pane.assert_restored();
    }
}

#[test]
fn no_color_and_color_never_emit_no_colour() {
    if !tmux_available() {
        return;
    }
    let is_colour = |p: &str| {
        p.split(';').any(|n| {
            matches!(
                n.parse::<u16>(),
                Ok(30..=38 | 40..=48 | 90..=97 | 100..=107)
            )
        })
    };
    for (env, flag) in [("NO_COLOR=1", ""), ("", "--color never")] {
        let pane = Pane::start_with_env(80, 24, env, &format!("--data '{FIXTURE}' {flag}"));
        pane.wait_for_text("/ to search");
        pane.keys(&["/"]);
        pane.type_text("gpt");
        pane.wait_for_text("/ gpt");
        pane.keys(&["Enter", "Space", "j", "Space", "c"]);
        pane.wait_for_text("Self-hosting");
        // Everything drawn so far is in the log once the terminal is quiet (the log trails the
        // screen), so a colour code written for these screens cannot be missed.
        pane.wait_for_quiet(Duration::from_millis(300));
        let colours: Vec<String> = sgr_params(&pane.output())
            .into_iter()
            .filter(|p| is_colour(p))
            .collect();
        assert!(colours.is_empty(), "{env}{flag}: colour SGR {colours:?}");
    }
    // The same screens in colour do use colour: the check above can fail.
    let pane = Pane::start(80, 24, &format!("--data '{FIXTURE}'"));
    pane.wait_for_text("/ to search");
    pane.wait_for_output("a colour code", |o| {
        sgr_params(o).iter().any(|p| is_colour(p))
    });
}

#[test]
fn ascii_mode_draws_no_box_or_block_glyphs() {
    if !tmux_available() {
        return;
    }
    let glyphs = ['─', '│', '┌', '┐', '└', '┘', '█', '░', '●', '★', '…', '·'];
    for (env, flag) in [("", "--ascii"), ("TERM=vt100", "")] {
        let pane = Pane::start_with_env(100, 30, env, &format!("--data '{FIXTURE}' {flag}"));
        let screen = pane.wait_for_text("/ to search");
        pane.keys(&["Space"]);
        let screen = screen + &pane.wait_for_text("1 marked");
        let found: Vec<char> = glyphs.into_iter().filter(|g| screen.contains(*g)).collect();
        assert!(found.is_empty(), "{env}{flag}: {found:?} in\n{screen}");
        assert!(screen.contains("+-") && screen.contains('|'), "{screen}");
    }
    let pane = Pane::start(100, 30, &format!("--data '{FIXTURE}'"));
    assert!(
        pane.wait_for_text("/ to search").contains('│'),
        "default is Unicode"
    );
}

#[test]
fn ctrl_z_suspends_and_sigcont_repaints() {
    let Some(pane) = Pane::on_fixture(80, 24, "") else {
        return;
    };
    let pid = pane.modeldex_pid().expect("modeldex runs");
    pane.keys(&["C-z"]);
    pane.wait_for("the terminal to be handed back", |_| {
        pane.format("#{alternate_on}") == "0"
    });
    let state = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let state = state.rsplit_once(") ").map(|(_, r)| &r[..1]);
    assert_eq!(state, Some("T"), "the process is stopped");
    kill("CONT", pid);
    pane.wait_for("the browser to repaint", |s| {
        s.contains("/ to search") && pane.format("#{alternate_on}") == "1"
    });
    pane.quit();
}

#[test]
fn a_resize_storm_up_to_500_by_200_does_not_crash() {
    if !tmux_available() {
        return;
    }
    let pane = Pane::start(20, 5, &format!("--data '{FIXTURE}'"));
    pane.wait_for_text("too small");
    for i in 0..40u16 {
        let (w, h) = match i % 4 {
            0 => (500, 200),
            1 => (1 + i, 1 + i / 4),
            2 => (80, 24),
            _ => (41 + i * 3, 10 + i),
        };
        pane.resize(w, h);
    }
    pane.resize(500, 200);
    pane.wait_for_text("/ to search");
    pane.quit();
}

#[test]
fn a_large_catalog_is_searched_off_the_ui_thread() {
    if !tmux_available() {
        return;
    }
    let count = 25_000;
    let path = std::env::temp_dir().join(format!("modeldex-big-{}.json", std::process::id()));
    std::fs::write(
        &path,
        modeldex::synthetic::catalog_json(count, modeldex::synthetic::Shape::Native),
    )
    .unwrap();
    let pane = Pane::start(100, 30, &format!("--data '{}'", path.display()));
    pane.wait_for_text("25000 entries");
    pane.keys(&["/"]);
    pane.type_text("llama 3 70b");
    let screen = pane.wait_for("the ranked answer", |s| {
        s.contains("/ llama 3 70b")
            && s.contains(&format!(" of {count}"))
            && !s.contains("searching")
    });
    let first = screen.lines().nth(2).unwrap_or("");
    assert!(first.contains("Llama 3"), "best match first:\n{screen}");
    pane.keys(&["Escape"]);
    pane.wait_for_text("25000 entries");
    pane.keys(&["q"]);
    assert_eq!(pane.wait_for_exit(), "0");
    let _ = std::fs::remove_file(&path);
}
