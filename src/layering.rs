//! Keeps the layers apart by reading the sources: only `src/tui` uses ratatui or crossterm, the
//! core and the shared start-up never use `cli` or `tui`, the two front ends never use each other,
//! and the TUI's state never asks drawing. A path counts wherever it appears in code (a `use`
//! line or a qualified call), so an inline `crate::cli::…` is caught too.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, depth first.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("source directory")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// The code of a file without comments (`//` to the end of the line; strings are left in, and
/// none of the checked paths appears in one).
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("readable source");
    text.lines()
        .map(|l| l.find("//").map_or(l, |i| &l[..i]))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Lines of `src/` files (relative path, matching line) that use one of `paths`, for files
/// `select` picks by their path relative to `src/`.
fn uses(select: impl Fn(&str) -> bool, paths: &[&str]) -> Vec<String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for file in rust_files(&src) {
        let rel = file
            .strip_prefix(&src)
            .expect("under src")
            .to_string_lossy()
            .replace('\\', "/");
        if !select(&rel) || rel == "layering.rs" {
            continue;
        }
        for line in code(&file).lines() {
            let hit = paths.iter().any(|p| {
                line.match_indices(p).any(|(i, _)| {
                    // A whole path segment: not the tail of a longer name.
                    let before = line[..i].chars().next_back();
                    !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                })
            });
            if hit {
                found.push(format!("{rel}: {}", line.trim()));
            }
        }
    }
    found
}

fn in_tui(rel: &str) -> bool {
    rel.starts_with("tui/") || rel == "tui.rs"
}

fn in_cli(rel: &str) -> bool {
    rel.starts_with("cli/") || rel == "cli.rs"
}

#[test]
fn only_the_tui_touches_the_terminal_libraries() {
    let found = uses(|rel| !in_tui(rel), &["ratatui::", "crossterm::"]);
    assert!(found.is_empty(), "outside src/tui:\n{}", found.join("\n"));
}

#[test]
fn the_core_and_the_start_up_use_neither_front_end() {
    let found = uses(
        |rel| !in_tui(rel) && !in_cli(rel) && rel != "main.rs",
        &["crate::cli", "crate::tui", "super::cli", "super::tui"],
    );
    assert!(
        found.is_empty(),
        "core using a front end:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_front_ends_never_use_each_other() {
    let tui_in_cli = uses(in_cli, &["crate::tui"]);
    assert!(tui_in_cli.is_empty(), "{}", tui_in_cli.join("\n"));
    let cli_in_tui = uses(in_tui, &["crate::cli"]);
    assert!(cli_in_tui.is_empty(), "{}", cli_in_tui.join("\n"));
}

#[test]
fn the_tui_state_never_asks_drawing() {
    let state = |rel: &str| {
        rel == "tui/app.rs"
            || rel.starts_with("tui/app/")
            || rel == "tui/measure.rs"
            || rel.starts_with("tui/doc/")
    };
    let found = uses(state, &["tui::ui", "super::ui", "ui::"]);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_import_circles_stay_broken() {
    let order_in_filter = uses(|rel| rel == "filter.rs", &["crate::order"]);
    let filter_in_order = uses(|rel| rel.starts_with("order/"), &["crate::filter"]);
    assert!(
        order_in_filter
            .iter()
            .all(|l| l.contains("use crate::order::{sort, SortKey}"))
            && filter_in_order.is_empty(),
        "order and filter import each other:\n{}\n{}",
        order_in_filter.join("\n"),
        filter_in_order.join("\n")
    );
    let validate_in_load = uses(|rel| rel == "data/load.rs", &["validate::"]);
    assert!(
        validate_in_load.is_empty(),
        "load imports validate, which imports load:\n{}",
        validate_in_load.join("\n")
    );
}

#[test]
fn the_scan_finds_what_it_looks_for() {
    // A check that can never fail proves nothing: the TUI does use ratatui and the CLI the core.
    assert!(!uses(in_tui, &["ratatui::"]).is_empty());
    assert!(!uses(in_cli, &["crate::catalog"]).is_empty());
}
