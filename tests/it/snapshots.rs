//! Whole screens, snapshotted with insta: every screen and overlay at both reference sizes (80x24
//! and 120x40), each reached by a script of keys through the real loop (`tui::headless`). A change
//! that alters a screen on purpose regenerates them with `INSTA_UPDATE=always cargo test
//! snapshots`; read the `.snap` diff before committing it.
//!
//! The README's screen captures are two of these snapshots (`readme_*`); `readme` checks them.

use crate::screen::{app_with, frontier_app};
use crossterm::event::{KeyCode, KeyModifiers};
use modeldex::tui::event_loop::Event;
use modeldex::tui::headless::{self, key, typed};
use modeldex::tui::theme::Theme;
use ratatui::buffer::Buffer;
use unicode_width::UnicodeWidthStr;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn plain(c: char) -> Event {
    key(KeyCode::Char(c), KeyModifiers::NONE)
}

fn enter() -> Event {
    key(KeyCode::Enter, KeyModifiers::NONE)
}

/// `keys` typed one by one (`' '` is Space).
fn keys(keys: &str) -> Vec<Event> {
    keys.chars().map(plain).collect()
}

/// The screen as a snapshot: one line per row, trailing blanks trimmed, the blank cell after a
/// wide character left out so columns line up as they do on a terminal.
pub fn screen_text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut lines = Vec::with_capacity(usize::from(area.height));
    for y in 0..area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buf[(x, y)].symbol();
            skip = symbol.width().saturating_sub(1);
            line.push_str(symbol);
        }
        lines.push(line.trim_end().to_string());
    }
    lines.join("\n")
}

/// The screen `script` leads to on a terminal of `size`.
pub fn screen_after(size: (u16, u16), script: Vec<Event>) -> String {
    let run = headless::run(app_with(size, Theme::color()), script);
    screen_text(&run.screen)
}

/// Snapshots the screen `script` leads to at both reference sizes, as `<name>_<w>x<h>`.
fn snapshot_at_both_sizes(name: &str, script: impl Fn() -> Vec<Event>) {
    for (w, h) in SIZES {
        let screen = screen_after((w, h), script());
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen);
    }
}

/// Marks GPT-4, BLOOM and Llama 3.1 405B, leaving Llama selected (the README's captures).
pub fn mark_three() -> Vec<Event> {
    keys("j jjjjj jj ")
}

/// Marks GPT-4 and BLOOM and opens the comparison.
fn compare_two() -> Vec<Event> {
    keys("j jjjjj c")
}

#[test]
fn browse() {
    snapshot_at_both_sizes("browse", Vec::new);
}

#[test]
fn detail_full_width_when_narrow() {
    // At 80 columns Enter gives the detail the whole width; at 120 it focuses the detail pane.
    snapshot_at_both_sizes("detail", || {
        let mut script = keys("jjjjjjjj");
        script.push(enter());
        script
    });
}

/// `query` found in the frontier fixture and its first match opened (full width at 80 columns,
/// focused at 120), then the detail scrolled down `lines`.
fn opened(query: &str, lines: u16) -> Vec<Event> {
    let mut script = searching(query);
    script.extend([enter(), enter()]);
    script.extend((0..lines).map(|_| key(KeyCode::Down, KeyModifiers::NONE)));
    script
}

#[test]
fn detail_with_lifecycle_and_capability() {
    // A retired entry: the list row and the detail's title carry the badge, the key facts say
    // when and where. A benchmarked one, scrolled to its figures with their source and date.
    for (w, h) in SIZES {
        let shots = [
            ("detail_lifecycle", opened("grok 3", 0)),
            ("detail_capability", opened("gpt-5.1", h / 2)),
        ];
        for (name, script) in shots {
            let run = headless::run(frontier_app((w, h), Theme::color()), script);
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen_text(&run.screen));
        }
    }
}

#[test]
fn compare() {
    snapshot_at_both_sizes("compare", compare_two);
}

#[test]
fn overview() {
    snapshot_at_both_sizes("overview", || keys("o"));
}

#[test]
fn help() {
    snapshot_at_both_sizes("help", || keys("?"));
}

#[test]
fn filter_panel() {
    snapshot_at_both_sizes("filter_panel", || keys("f"));
}

#[test]
fn weights_panel() {
    snapshot_at_both_sizes("weights_panel", || keys("w"));
}

#[test]
fn export_prompt() {
    snapshot_at_both_sizes("export_prompt", || {
        let mut script = compare_two();
        script.push(plain('e'));
        script
    });
}

/// `/` and `query` typed.
fn searching(query: &str) -> Vec<Event> {
    let mut script = keys("/");
    script.extend(typed(query));
    script
}

#[test]
fn search_with_results() {
    snapshot_at_both_sizes("search_results", || searching("gpt"));
}

#[test]
fn search_without_results() {
    snapshot_at_both_sizes("search_empty", || searching("xyzzy"));
}

/// The README's captures: the browser with three entries marked, and their comparison, at 100x30.
#[test]
fn readme_captures() {
    insta::assert_snapshot!("readme_browse", screen_after((100, 30), mark_three()));
    let mut script = mark_three();
    script.push(plain('c'));
    insta::assert_snapshot!("readme_compare", screen_after((100, 30), script));
}

#[test]
fn search_with_close_spellings() {
    snapshot_at_both_sizes("search_close_spellings", || searching("gtp4"));
}

#[test]
fn sorted_by_score_with_the_score_column() {
    // natural → name → released → developer → weighted score
    snapshot_at_both_sizes("sorted_by_score", || keys("ssss"));
}

#[test]
fn developer_chooser() {
    // The developer line of the filter panel, Space, then "me" typed.
    snapshot_at_both_sizes("developer_chooser", || {
        let mut script = keys("f");
        script.extend((0..10).map(|_| plain('j')));
        script.extend(keys(" me"));
        script
    });
}
