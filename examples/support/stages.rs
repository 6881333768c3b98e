//! What the stage-timing examples share: each stage's wall time and the process's memory after it.

use std::time::Instant;

/// Resident and peak resident memory of this process in MB, from /proc (Linux only).
pub fn memory() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<u64>().ok())
            .map_or_else(|| "?".to_string(), |kb| format!("{} MB", kb / 1024))
    };
    format!("rss {}, peak {}", field("VmRSS:"), field("VmHWM:"))
}

/// Runs `f`, prints how long it took and the memory after it, and returns its value.
pub fn stage<T>(label: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let value = f();
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    eprintln!("{label:<28} {ms:>9.1} ms   {}", memory());
    value
}
