//! The browser in Chinese on a real terminal (tmux): what a terminal shows of double-width text
//! after the incremental updates of scrolling and of a panel opened over it. The headless
//! snapshots draw into a fresh buffer; a terminal keeps what earlier frames left, so a cell the
//! diff skips (hidden under a wide character, ratatui#2526) shows up only here.

use crate::support::{tmux_available, Pane, FIXTURE};
use std::time::Duration;
use unicode_width::UnicodeWidthChar;

/// The fixture made long enough to scroll, every entry with a Chinese name. The Latin names have
/// lengths of both parities, so the Chinese names that follow them start on odd and even columns
/// and some cross any given column with half a character.
fn chinese_catalog(dir: &std::path::Path) -> std::path::PathBuf {
    let text = std::fs::read_to_string(FIXTURE).unwrap();
    let mut data: serde_json::Value = serde_json::from_str(&text).unwrap();
    let originals = data["models"].as_array().unwrap().clone();
    let zh = [
        "通义千问",
        "文心一言",
        "豆包大模型",
        "智谱清言",
        "混元",
        "星火认知大模型",
    ];
    let mut models = Vec::new();
    for copy in 0..4 {
        for (i, m) in originals.iter().enumerate() {
            let mut m = m.clone();
            let id = m["id"].as_str().unwrap().to_string();
            let name = m["name"].as_str().unwrap().to_string();
            m["id"] = format!("{id}-{copy}").into();
            m["name"] = format!("{name}{}", "x".repeat(copy)).into();
            m["aliases"] = serde_json::json!([]);
            m["name_zh"] = format!("{}{copy}号版本", zh[(i + copy) % zh.len()]).into();
            models.push(m);
        }
    }
    data["models"] = models.into();
    let path = dir.join("models-zh.json");
    std::fs::write(&path, serde_json::to_string(&data).unwrap()).unwrap();
    path
}

/// The character drawn at display column `col` of `line` (the first half of a wide one counts,
/// the second half is `None`).
fn at_column(line: &str, col: usize) -> Option<char> {
    let mut x = 0;
    for c in line.chars() {
        if x == col {
            return Some(c);
        }
        x += c.width().unwrap_or(0);
        if x > col {
            return None;
        }
    }
    None
}

/// Rows of a screen whose box is broken: a body row of the full-width list (80 columns) must
/// start with `│` and end with `│` at column 79.
fn broken_rows(screen: &str) -> Vec<String> {
    let lines: Vec<&str> = screen.lines().collect();
    lines[2..lines.len().saturating_sub(2).max(2)]
        .iter()
        .filter(|l| at_column(l, 0) != Some('│') || at_column(l, 79) != Some('│'))
        .map(|l| l.to_string())
        .collect()
}

#[test]
fn scrolling_chinese_names_and_opening_a_panel_leave_no_stale_or_broken_cells() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = chinese_catalog(dir.path());
    let pane = Pane::start(
        80,
        24,
        &format!("--lang zh --no-config --data '{}'", data.display()),
    );
    pane.wait_for("the Chinese list", |s| {
        s.contains("按 / 搜索") && s.contains("号版本")
    });
    // A capture can land between two writes of a frame: read the screen once the output rests.
    pane.wait_for_quiet(Duration::from_millis(300));
    let top = pane.screen();
    assert!(broken_rows(&top).is_empty(), "{top}");

    // Down a page at a time, then one row at a time (each frame moves every name by a row).
    for key in ["PageDown", "PageDown", "j", "j", "j", "PageDown", "k", "k"] {
        pane.keys(&[key]);
    }
    pane.wait_for_quiet(Duration::from_millis(300));
    let scrolled = pane.screen();
    assert_ne!(scrolled, top, "the list scrolled");
    assert!(broken_rows(&scrolled).is_empty(), "{scrolled}");
    // What the updates left equals what a full redraw draws (a resize repaints everything).
    pane.resize(81, 24);
    pane.wait_for_quiet(Duration::from_millis(300));
    pane.resize(80, 24);
    pane.wait_for_quiet(Duration::from_millis(300));
    assert_eq!(
        pane.screen(),
        scrolled,
        "incremental frames left stale cells"
    );

    // Back to the top: the same state draws the same screen.
    pane.keys(&["g"]);
    pane.wait_for("the first screen again", |s| s == top);

    // The filter panel over the Chinese names: its left border is drawn on every row, also where
    // a wide character crossed that column.
    pane.keys(&["f"]);
    pane.wait_for_text("筛选 · 空格切换");
    pane.wait_for_quiet(Duration::from_millis(300));
    let panel = pane.screen();
    let lines: Vec<&str> = panel.lines().collect();
    let top_row = lines
        .iter()
        .position(|l| l.contains("筛选 · 空格切换"))
        .unwrap();
    let left = (0..80)
        .find(|&c| at_column(lines[top_row], c) == Some('┌'))
        .unwrap_or_else(|| panic!("no corner on the panel's top row:\n{panel}"));
    let bottom_row = (top_row + 1..lines.len())
        .find(|&r| at_column(lines[r], left) == Some('└'))
        .unwrap_or_else(|| panic!("no bottom corner under the panel's:\n{panel}"));
    for row in &lines[top_row + 1..bottom_row] {
        assert_eq!(at_column(row, left), Some('│'), "row {row:?} in\n{panel}");
    }
    pane.keys(&["Escape"]);
    pane.wait_for("the panel closed", |s| s == top);
    pane.quit();
}
