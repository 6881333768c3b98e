//! End-to-end: the real binary in a tmux pseudo-terminal, driven with send-keys and read back with
//! capture-pane. These check what only a terminal shows: the screens, quitting, and that the
//! terminal is restored (alternate screen left, cursor shown) on quit and on signals.
//!
//! Skipped with a notice when tmux is not installed (`.ci/run` installs it).

use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_modeldex");
const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/models.json");
const WAIT: Duration = Duration::from_secs(15);
/// What the pane's shell prints, with the exit status, once modeldex has ended.
const EXITED: &str = "modeldex exited with status";

fn tmux_available() -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        eprintln!("SKIPPED: tmux is not installed; the end-to-end tests need it");
    }
    found
}

/// A private tmux server running one pane of modeldex; killed on drop.
struct Pane {
    socket: String,
    config: PathBuf,
    /// Everything written to the pane's terminal (tmux pipe-pane), escape sequences included.
    log: PathBuf,
    /// The server's socket file, which kill-server leaves behind.
    socket_path: Option<PathBuf>,
}

impl Pane {
    /// Starts `modeldex <args>` from a shell in a `width`x`height` pane.
    fn start(width: u16, height: u16, args: &str) -> Pane {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let socket = format!("modeldex-test-{}-{n}", std::process::id());
        let config = std::env::temp_dir().join(format!("{socket}.conf"));
        std::fs::write(&config, "set -g status off\n").unwrap();
        let log = std::env::temp_dir().join(format!("{socket}.out"));
        let mut pane = Pane {
            socket,
            config,
            log,
            socket_path: None,
        };
        // The shell outlives modeldex and reports how it ended, on whatever screen it left behind.
        let command = format!("'{BIN}' {args}; echo \"{EXITED} $?\"; exec sleep 3600");
        let out = pane.tmux(&[
            "-f",
            pane.config.to_str().unwrap(),
            "new-session",
            "-d",
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
            &command,
        ]);
        assert!(
            out.status.success(),
            "tmux failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let path = pane.format("#{socket_path}");
        pane.socket_path = (!path.is_empty()).then(|| PathBuf::from(path));
        let pipe = format!("cat >> '{}'", pane.log.display());
        pane.tmux(&["pipe-pane", "-t", "0", "-o", &pipe]);
        pane
    }

    fn tmux(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .env_remove("TMUX")
            .output()
            .expect("running tmux")
    }

    /// Sends tmux key names (`Enter`, `Escape`, `Space`, `/`...).
    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "0"];
        args.extend_from_slice(keys);
        self.tmux(&args);
    }

    /// Types `text` literally.
    fn type_text(&self, text: &str) {
        self.tmux(&["send-keys", "-t", "0", "-l", text]);
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-t", "0"]).stdout).into_owned()
    }

    fn format(&self, format: &str) -> String {
        let out = self.tmux(&["display-message", "-p", "-t", "0", format]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Waits until the screen satisfies `ok`; panics with the last screen after a generous timeout.
    fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < WAIT,
                "timed out waiting for {what}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    fn wait_for_text(&self, needle: &str) -> String {
        self.wait_for(needle, |s| s.contains(needle))
    }

    /// The process id of the running modeldex (a child of the pane's shell), read from /proc.
    fn modeldex_pid(&self) -> Option<u32> {
        let shell = self.format("#{pane_pid}");
        let start = Instant::now();
        while start.elapsed() < WAIT {
            for entry in std::fs::read_dir("/proc").ok()?.flatten() {
                let stat = std::fs::read_to_string(entry.path().join("stat")).unwrap_or_default();
                // pid (comm) state ppid ...
                let Some((head, rest)) = stat.rsplit_once(") ") else {
                    continue;
                };
                let ppid = rest.split(' ').nth(1).unwrap_or("");
                if head.contains("(modeldex") && ppid == shell {
                    return head.split(' ').next()?.parse().ok();
                }
            }
            std::thread::sleep(Duration::from_millis(40));
        }
        None
    }

    /// Waits for modeldex to end; returns its exit status as the shell saw it.
    fn wait_for_exit(&self) -> String {
        let screen = self.wait_for_text(EXITED);
        let line = screen.lines().find(|l| l.contains(EXITED)).unwrap_or("");
        line.rsplit(' ').next().unwrap_or("").to_string()
    }

    /// Asserts the terminal was handed back: main screen, cursor visible, nothing of the UI left.
    fn assert_restored(&self) {
        assert_eq!(
            self.format("#{alternate_on}"),
            "0",
            "still on the alternate screen"
        );
        assert_eq!(self.format("#{cursor_flag}"), "1", "cursor left hidden");
        let screen = self.screen();
        assert!(
            !screen.contains("Models") && !screen.contains("data 2026"),
            "UI left behind:\n{screen}"
        );
    }
}

impl Drop for Pane {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
        let _ = std::fs::remove_file(&self.config);
        let _ = std::fs::remove_file(&self.log);
        if let Some(path) = &self.socket_path {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// The first line of `screen` that contains `needle`.
fn line_with<'a>(screen: &'a str, needle: &str) -> &'a str {
    screen.lines().find(|l| l.contains(needle)).unwrap_or("")
}

#[test]
fn search_mark_compare_help_quit() {
    if !tmux_available() {
        return;
    }
    let pane = Pane::start(100, 30, &format!("--data '{FIXTURE}'"));
    pane.wait_for_text("/ to search");
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
    let pane = Pane::start(100, 30, "");
    let screen = pane.wait_for_text(&embedded.dataset_version);
    assert!(screen.contains(&embedded.updated), "{screen}");
    pane.keys(&["/"]);
    pane.type_text("bloom");
    pane.wait_for("BLOOM found", |s| {
        s.contains("/ bloom") && s.contains("│  BLOOM")
    });
    pane.keys(&["Escape"]);
    pane.wait_for_text("/ to search");
    pane.keys(&["q"]);
    assert_eq!(pane.wait_for_exit(), "0");
    pane.assert_restored();
}

#[test]
fn ctrl_c_quits_from_the_search_line() {
    if !tmux_available() {
        return;
    }
    let pane = Pane::start(80, 24, &format!("--data '{FIXTURE}'"));
    pane.wait_for_text("/ to search");
    pane.keys(&["/"]);
    pane.type_text("q");
    pane.wait_for_text("/ q");
    pane.keys(&["C-c"]);
    assert_eq!(pane.wait_for_exit(), "0");
    pane.assert_restored();
}

#[test]
fn signals_restore_the_terminal() {
    if !tmux_available() {
        return;
    }
    for (signal, status) in [("TERM", "143"), ("HUP", "129"), ("INT", "130")] {
        let pane = Pane::start(80, 24, &format!("--data '{FIXTURE}'"));
        pane.wait_for_text("/ to search");
        let Some(pid) = pane.modeldex_pid() else {
            eprintln!("SKIPPED: cannot find the modeldex process in /proc");
            return;
        };
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
        pane.tmux(&[
            "resize-window",
            "-t",
            "0",
            "-x",
            &w.to_string(),
            "-y",
            &h.to_string(),
        ]);
    }
    pane.wait_for_text("/ to search");
    pane.keys(&["q"]);
    assert_eq!(pane.wait_for_exit(), "0");
    pane.assert_restored();
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
    let pane = Pane::start(100, 30, &format!("--data '{catalog}'"));
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
    let detail = pane.wait_for_text("deepseek/deepseek-reasoner");
    assert!(detail.contains("5 (derived)"), "{detail}");
    assert!(detail.contains("$0.14 in / $0.28 out"), "{detail}");
    pane.keys(&["q"]);
    assert_eq!(pane.wait_for_exit(), "0");
    pane.assert_restored();
}
