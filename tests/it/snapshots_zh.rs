//! The browser in Chinese: whole screens at 80x24 and 120x40 (insta, as in `snapshots`), over the
//! fixture with its criteria translated and one entry given a Chinese name, so double-width text
//! is measured in the list, the detail, the help and the panels.
//!
//! The language is per thread, so these run beside the English snapshots without disturbing them.

use crate::snapshots::screen_text;
use crossterm::event::{KeyCode, KeyModifiers};
use modeldex::catalog::Catalog;
use modeldex::data::Dataset;
use modeldex::i18n::{self, Lang};
use modeldex::tui::app::App;
use modeldex::tui::event_loop::Event;
use modeldex::tui::headless::{self, key, typed};
use modeldex::tui::theme::Theme;

/// The fixture as a Chinese start-up makes it: criteria in Chinese, and (for this test only, not a
/// claim about the real model) a Chinese name on the Qwen entry and its family.
fn app_zh(size: (u16, u16)) -> App {
    i18n::set(Lang::Zh);
    let mut dataset = Dataset::from_json_str(crate::screen::FIXTURE).expect("fixture parses");
    i18n::criteria::localize(&mut dataset.criteria, Lang::Zh);
    let qwen = dataset
        .models
        .iter_mut()
        .find(|m| m.family.as_deref() == Some("Qwen"));
    qwen.expect("a Qwen entry").name_zh = Some("通义千问2.5-72B".into());
    dataset
        .names_zh
        .families
        .insert("Qwen".into(), "通义千问".into());
    App::new(Catalog::new(dataset), Theme::color(), size)
}

fn plain(c: char) -> Event {
    key(KeyCode::Char(c), KeyModifiers::NONE)
}

fn snapshot_zh(name: &str, script: impl Fn() -> Vec<Event>) {
    for (w, h) in [(80, 24), (120, 40)] {
        let run = headless::run(app_zh((w, h)), script());
        // The final state drawn afresh: the loop's accumulated TestBackend buffer can keep cells
        // of an earlier frame where wide characters moved (see notes/17-zh.md), which is not what
        // these snapshots are about.
        let screen = crate::screen::draw(&run.app);
        insta::assert_snapshot!(format!("zh_{name}_{w}x{h}"), screen_text(&screen));
    }
    i18n::set(Lang::En);
}

#[test]
fn browse_in_chinese() {
    snapshot_zh("browse", Vec::new);
}

#[test]
fn pinyin_initials_find_the_entry_and_its_detail_shows_the_chinese_name() {
    snapshot_zh("pinyin_detail", || {
        let mut script = vec![plain('/')];
        script.extend(typed("tyqw"));
        script.push(key(KeyCode::Enter, KeyModifiers::NONE));
        script.push(key(KeyCode::Enter, KeyModifiers::NONE));
        script
    });
}

#[test]
fn help_in_chinese() {
    snapshot_zh("help", || vec![plain('?')]);
}

#[test]
fn overview_in_chinese() {
    snapshot_zh("overview", || vec![plain('o')]);
}

#[test]
fn filter_and_weights_panels_in_chinese() {
    snapshot_zh("filter_panel", || vec![plain('f')]);
    snapshot_zh("weights_panel", || vec![plain('w')]);
}

#[test]
fn compare_in_chinese() {
    snapshot_zh("compare", || "j jjjjj c".chars().map(plain).collect());
}

#[test]
fn frontier_in_chinese() {
    snapshot_zh("frontier", || vec![plain('v')]);
}
