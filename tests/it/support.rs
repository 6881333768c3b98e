//! The tmux harness of the end-to-end tests: the real binary in a private tmux server's pane,
//! driven with send-keys and read back with capture-pane (and, for exact bytes, pipe-pane).

use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_modeldex");
pub const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/models.json");
pub const WAIT: Duration = Duration::from_secs(15);
/// What the pane's shell prints, with the exit status, once modeldex has ended.
pub const EXITED: &str = "modeldex exited with status";
/// The tmux wait-for channel on which a pane's shell waits until its output is being logged.
const PIPED: &str = "modeldex-piped";

/// The variable that makes end-to-end tests mandatory (`.ci/run` sets it): with `MODELDEX_E2E=1`
/// a missing tmux fails the test instead of letting it pass without running.
pub const E2E_REQUIRED: &str = "MODELDEX_E2E";

/// Whether tmux can run the end-to-end tests. Without it a test steps aside with a notice — or
/// fails, when [`E2E_REQUIRED`] is `1`, because a skipped test in CI is a silent pass.
pub fn tmux_available() -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os(E2E_REQUIRED).is_none_or(|v| v != "1"),
            "{E2E_REQUIRED}=1 but tmux is not installed: the end-to-end tests cannot run"
        );
        eprintln!("SKIPPED: tmux is not installed; the end-to-end tests need it");
    }
    found
}

/// A private tmux server running one pane of modeldex; killed on drop.
pub struct Pane {
    socket: String,
    config: PathBuf,
    /// Everything written to the pane's terminal (tmux pipe-pane), escape sequences included.
    pub log: PathBuf,
    /// The server's socket file, which kill-server leaves behind.
    socket_path: Option<PathBuf>,
    /// Where the shell of a [`Pane::droppable_on_fixture`] pane writes modeldex's exit status.
    pub status: PathBuf,
    /// modeldex's `XDG_CONFIG_HOME`: a private directory, so tests never touch the user's config.
    pub xdg: PathBuf,
}

impl Pane {
    /// Starts `modeldex <args>` from a shell in a `width`x`height` pane.
    pub fn start(width: u16, height: u16, args: &str) -> Pane {
        Self::start_with_env(width, height, "", args)
    }

    /// The browser on the test fixture (`flags` before `--data`), once its first screen is up;
    /// `None` when tmux is not installed, so a test can step aside.
    pub fn on_fixture(width: u16, height: u16, flags: &str) -> Option<Pane> {
        if !tmux_available() {
            return None;
        }
        let pane = Pane::start(width, height, &format!("{flags} --data '{FIXTURE}'"));
        pane.wait_for_text("/ to search");
        Some(pane)
    }

    /// Resizes the pane's window to `width` x `height`, as dragging a terminal window would.
    pub fn resize(&self, width: u16, height: u16) {
        let (w, h) = (width.to_string(), height.to_string());
        self.tmux(&["resize-window", "-t", "0", "-x", &w, "-y", &h]);
    }

    /// Like [`Pane::start`], with `env` (e.g. `NO_COLOR=1 TERM=vt100`) set for modeldex only.
    pub fn start_with_env(width: u16, height: u16, env: &str, args: &str) -> Pane {
        Self::launch(width, height, env, args, false)
    }

    /// The browser on the test fixture, for a test that closes the terminal under it
    /// ([`Pane::close_terminal`]): the pane's shell ignores SIGHUP, so it outlives the terminal
    /// and writes modeldex's exit status to [`Pane::status`]. `None` without tmux.
    pub fn droppable_on_fixture(width: u16, height: u16) -> Option<Pane> {
        if !tmux_available() {
            return None;
        }
        let pane = Self::launch(width, height, "", &format!("--data '{FIXTURE}'"), true);
        pane.wait_for_text("/ to search");
        Some(pane)
    }

    /// Closes the pane's terminal, the master side of its pseudo-terminal, as a dropped SSH
    /// connection, tmux `kill-pane` or a closed terminal window does.
    pub fn close_terminal(&self) {
        self.tmux(&["kill-pane", "-t", "0"]);
    }

    /// Waits until the shell of a closed [`Pane::droppable_on_fixture`] pane wrote modeldex's
    /// exit status, and returns it.
    pub fn wait_for_status(&self) -> String {
        let start = Instant::now();
        while start.elapsed() < WAIT {
            if let Ok(text) = std::fs::read_to_string(&self.status) {
                if text.ends_with('\n') {
                    return text.trim().to_string();
                }
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("no exit status in {} after {WAIT:?}", self.status.display());
    }

    fn launch(width: u16, height: u16, env: &str, args: &str, droppable: bool) -> Pane {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let socket = format!("modeldex-test-{}-{n}", std::process::id());
        let config = std::env::temp_dir().join(format!("{socket}.conf"));
        std::fs::write(&config, "set -g status off\n").unwrap();
        let log = std::env::temp_dir().join(format!("{socket}.out"));
        let xdg = std::env::temp_dir().join(format!("{socket}-xdg"));
        let status = std::env::temp_dir().join(format!("{socket}.status"));
        let mut pane = Pane {
            socket,
            config,
            log,
            socket_path: None,
            xdg,
            status,
        };
        // The shell outlives modeldex and reports how it ended, on whatever screen it left behind.
        // It starts modeldex only once pipe-pane is attached (signalled on a tmux wait-for
        // channel below), so the log holds every byte modeldex writes.
        // XDG_CONFIG_HOME comes first so `env` may override it.
        let xdg = pane.xdg.display();
        let run = format!("tmux wait-for {PIPED}; XDG_CONFIG_HOME='{xdg}' {env} '{BIN}' {args}");
        let command = if droppable {
            // No terminal is left to report on, and nothing to wait for afterwards.
            let status = pane.status.display();
            format!("trap '' HUP; {run}; echo $? > '{status}'")
        } else {
            format!("{run}; echo \"{EXITED} $?\"; exec sleep 3600")
        };
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
        // tmux remembers a signal nobody waits for yet, so this cannot race with the shell.
        let woken = pane.tmux(&["wait-for", "-S", PIPED]);
        assert!(woken.status.success(), "tmux wait-for -S failed");
        pane
    }

    pub fn tmux(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .env_remove("TMUX")
            .output()
            .expect("running tmux")
    }

    /// Sends tmux key names (`Enter`, `Escape`, `Space`, `/`...).
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "0"];
        args.extend_from_slice(keys);
        self.tmux(&args);
    }

    /// Types `text` literally.
    pub fn type_text(&self, text: &str) {
        self.tmux(&["send-keys", "-t", "0", "-l", text]);
    }

    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-t", "0"]).stdout).into_owned()
    }

    pub fn format(&self, format: &str) -> String {
        let out = self.tmux(&["display-message", "-p", "-t", "0", format]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Waits until the screen satisfies `ok`; panics with the last screen after a generous timeout.
    pub fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
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

    /// Waits until what was written to the terminal satisfies `ok` (the log can trail the
    /// screen tmux shows); panics after a generous timeout.
    pub fn wait_for_output(&self, what: &str, ok: impl Fn(&[u8]) -> bool) -> Vec<u8> {
        let start = Instant::now();
        loop {
            let output = self.output();
            if ok(&output) {
                return output;
            }
            assert!(
                start.elapsed() < WAIT,
                "timed out waiting for {what} in the output ({} bytes)",
                output.len()
            );
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    pub fn wait_for_text(&self, needle: &str) -> String {
        self.wait_for(needle, |s| s.contains(needle))
    }

    /// Waits until nothing more has been written to the terminal for `quiet` and returns how
    /// many bytes were written; panics if the output keeps changing for [`WAIT`].
    pub fn wait_for_quiet(&self, quiet: Duration) -> usize {
        let start = Instant::now();
        let mut len = self.output().len();
        let mut since = Instant::now();
        loop {
            std::thread::sleep(Duration::from_millis(40));
            let now = self.output().len();
            if now != len {
                (len, since) = (now, Instant::now());
            } else if since.elapsed() >= quiet {
                return len;
            }
            assert!(
                start.elapsed() < WAIT,
                "the terminal never went quiet ({len} bytes written so far)"
            );
        }
    }

    /// The process id of the running modeldex (a child of the pane's shell), read from /proc.
    pub fn modeldex_pid(&self) -> Option<u32> {
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
    pub fn wait_for_exit(&self) -> String {
        let screen = self.wait_for_text(EXITED);
        // The shell's line comes after everything modeldex wrote, so once the log (which can
        // trail the screen) holds it, the log holds all of modeldex's output too.
        self.wait_for_output("the exit line", |o| {
            o.windows(EXITED.len()).any(|w| w == EXITED.as_bytes())
        });
        let line = screen.lines().find(|l| l.contains(EXITED)).unwrap_or("");
        line.rsplit(' ').next().unwrap_or("").to_string()
    }

    /// Asserts the terminal was handed back: main screen, cursor visible, nothing of the UI left.
    pub fn assert_restored(&self) {
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

impl Pane {
    /// Presses `q`, expects a clean exit (status 0) and the terminal handed back.
    pub fn quit(&self) {
        self.keys(&["q"]);
        assert_eq!(self.wait_for_exit(), "0");
        self.assert_restored();
    }

    /// Everything modeldex (and the shell after it) wrote to the terminal so far.
    pub fn output(&self) -> Vec<u8> {
        std::fs::read(&self.log).unwrap_or_default()
    }
}

impl Drop for Pane {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
        let _ = std::fs::remove_file(&self.config);
        let _ = std::fs::remove_file(&self.log);
        let _ = std::fs::remove_dir_all(&self.xdg);
        let _ = std::fs::remove_file(&self.status);
        if let Some(path) = &self.socket_path {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// The first line of `screen` that contains `needle`.
pub fn line_with<'a>(screen: &'a str, needle: &str) -> &'a str {
    screen.lines().find(|l| l.contains(needle)).unwrap_or("")
}
