//! Whole screens after scripted keys, drawn into ratatui's `TestBackend` and read back as text.
//!
//! The fixture (tests/fixtures/models.json) keeps these independent of the growing embedded data.

use crate::screen::{app_with, draw, keys, text, FIXTURE};
use modeldex::catalog::Catalog;
use modeldex::data::Dataset;
use modeldex::tui::app::{App, Screen};
use modeldex::tui::keymap::Key;
use modeldex::tui::theme::Theme;
use ratatui::style::{Color, Modifier};

fn app(size: (u16, u16)) -> App {
    app_with(size, Theme::color())
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        keys(app, &[Key::Char(c)]);
    }
}

/// Searches for `query`, keeps the filter and marks the best match.
fn mark_best_match(app: &mut App, query: &str) {
    keys(app, &[Key::Char('/')]);
    type_text(app, query);
    keys(app, &[Key::Enter, Key::Char(' ')]);
}

fn screen(app: &App) -> String {
    text(&draw(app)).join("\n")
}

/// The column where `needle` starts in `row` (box-drawing characters are several bytes but one
/// column wide).
fn col_of(row: &str, needle: &str) -> u16 {
    let byte = row.find(needle).expect("needle in row");
    u16::try_from(row[..byte].chars().count()).unwrap()
}

/// The row showing `needle`, if any.
fn row_with<'a>(lines: &'a [String], needle: &str) -> Option<(usize, &'a String)> {
    lines.iter().enumerate().find(|(_, l)| l.contains(needle))
}

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

#[test]
fn browse_shows_the_list_the_detail_and_the_footer() {
    for size in SIZES {
        let a = app(size);
        let s = screen(&a);
        for name in ["GPT-3", "GPT-4", "BLOOM", "Claude"] {
            assert!(s.contains(name), "{size:?}: {name} missing\n{s}");
        }
        assert!(s.contains("closed") && s.contains("open-weights"), "{s}");
        // The keys come first; the data version only where every hint fits beside it.
        assert!(s.contains("/ search") && s.contains("q quit"), "{s}");
        assert!(s.contains("Space mark") && s.contains("c compare"), "{s}");
        if size.0 == 80 {
            assert!(!s.contains("2026.11.0-fixture"), "{s}");
        }
    }
    {
        let s = screen(&app((200, 50)));
        assert!(
            s.contains("2026.11.0-fixture") && s.contains("2026-11-20"),
            "{s}"
        );
    }
    // Wide: the detail sits beside the list with facts and criteria.
    let s = screen(&app((120, 40)));
    for label in [
        "Key facts",
        "Parameters",
        "175B",
        "OSI-approved: no",
        "Data privacy & security",
        "Self-hosting",
    ] {
        assert!(s.contains(label), "{label} missing\n{s}");
    }
    assert!(s.contains("OpenAI"), "the developer column shows\n{s}");
    // Narrow: the list alone until Enter opens the detail full width.
    let mut a = app((80, 24));
    assert!(!screen(&a).contains("Key facts"));
    keys(&mut a, &[Key::Enter]);
    let s = screen(&a);
    assert!(s.contains("Key facts") && !s.contains("PyTorch"), "{s}");
}

#[test]
fn the_detail_scrolls_down_to_every_criterion_with_rationale_and_sources() {
    let mut a = app((120, 40));
    keys(&mut a, &[Key::Char('/')]);
    type_text(&mut a, "llama");
    keys(&mut a, &[Key::Enter, Key::Tab]);
    let mut seen = String::new();
    for _ in 0..20 {
        seen.push_str(&screen(&a));
        keys(&mut a, &[Key::PageDown]);
    }
    for label in [
        "Self-hosting",
        "License freedom",
        "Released artefacts",
        "Safety & accountability",
        "Llama Guard 3",
        "https://www.llama.com/llama3_1/license/",
        "Sources",
    ] {
        assert!(seen.contains(label), "{label} never shown");
    }
    assert!(seen.contains("████░ 4"), "a 1–5 bar is drawn");
}

#[test]
fn search_filters_and_highlights_the_matched_characters() {
    for size in SIZES {
        let mut a = app(size);
        keys(&mut a, &[Key::Char('/')]);
        type_text(&mut a, "bloom");
        let buf = draw(&a);
        let lines = text(&buf);
        assert!(lines[0].contains("/ bloom"), "{:?}", lines[0]);
        let (y, row) = row_with(&lines, "│  BLOOM").expect("BLOOM listed");
        assert!(
            !lines.iter().any(|l| l.contains("PyTorch")),
            "non-matches are gone"
        );
        let x = col_of(row, "BLOOM");
        let cell = &buf[(x, u16::try_from(y).unwrap())];
        assert_eq!(cell.fg, Color::Yellow, "matched characters are highlighted");
    }
    let mut a = app((80, 24));
    keys(&mut a, &[Key::Char('/')]);
    type_text(&mut a, "zzqqxx");
    assert!(screen(&a).contains("Nothing matches"));
}

#[test]
fn marks_show_in_the_list_and_its_title() {
    let mut a = app((80, 24));
    mark_best_match(&mut a, "bloom");
    keys(&mut a, &[Key::Esc]);
    let lines = text(&draw(&a));
    let (_, row) = row_with(&lines, "BLOOM").unwrap();
    assert!(row.contains("● BLOOM"), "{row}");
    let (_, row) = row_with(&lines, "GPT-3").unwrap();
    assert!(!row.contains('●'), "{row}");
    assert!(lines[1].contains("1 marked"), "{}", lines[1]);
}

#[test]
fn compare_shows_both_models_with_facts_criteria_and_subtotals() {
    for size in SIZES {
        let mut a = app(size);
        mark_best_match(&mut a, "bloom");
        mark_best_match(&mut a, "gpt4");
        keys(&mut a, &[Key::Char('c')]);
        assert!(matches!(a.screen(), Screen::Compare(_)));
        let s = screen(&a);
        for label in [
            "BLOOM",
            "GPT-4",
            "Openness",
            "License",
            "Released",
            "Parameters",
            "Self-hosting",
            "Pillar mean",
            "Data privacy & security",
        ] {
            assert!(s.contains(label), "{size:?}: {label} missing\n{s}");
        }
        assert!(s.contains('★'), "the best value stands out\n{s}");
        assert!(s.contains("open-weights") && s.contains("176B") && s.contains("undisclosed"));
    }
}

#[test]
fn compare_scrolls_columns_when_they_do_not_fit() {
    let mut a = app((80, 24));
    for _ in 0..8 {
        keys(&mut a, &[Key::Char(' '), Key::Char('j')]);
    }
    keys(&mut a, &[Key::Char('c')]);
    let s = screen(&a);
    assert!(s.contains("models 1–") && s.contains("of 8"), "{s}");
    assert!(s.contains("GPT-3") && !s.contains("BLOOM"), "{s}");
    for _ in 0..8 {
        keys(&mut a, &[Key::Char('l')]);
    }
    let s = screen(&a);
    assert!(s.contains("BLOOM") && !s.contains("GPT-3 "), "{s}");
    keys(&mut a, &[Key::Esc]);
    assert!(screen(&a).contains("8 marked"));
}

#[test]
fn compare_with_one_mark_explains_in_the_status_line() {
    let mut a = app((80, 24));
    keys(&mut a, &[Key::Char(' '), Key::Char('c')]);
    let lines = text(&draw(&a));
    assert!(lines[23].contains("Only one entry marked"), "{}", lines[23]);
}

#[test]
fn help_lists_the_key_bindings() {
    for size in SIZES {
        let mut a = app(size);
        keys(&mut a, &[Key::Char('?')]);
        let s = screen(&a);
        for label in [
            "Keys",
            "Browse",
            "mark / unmark for comparison",
            "Space",
            "PgDn",
            "Esc close",
        ] {
            assert!(s.contains(label), "{size:?}: {label} missing\n{s}");
        }
        keys(&mut a, &[Key::Esc]);
        assert!(!screen(&a).contains("Keys ·"));
    }
}

#[test]
fn monochrome_still_shows_selection_marks_and_focus() {
    let mut a = app_with((120, 40), Theme::monochrome());
    keys(&mut a, &[Key::Char(' ')]);
    let buf = draw(&a);
    for cell in buf.content() {
        assert!(matches!(cell.fg, Color::Reset) && matches!(cell.bg, Color::Reset));
    }
    let lines = text(&buf);
    let (y, row) = row_with(&lines, "│● GPT-3").expect("GPT-3 listed with its mark");
    let x = col_of(row, "GPT-3");
    let selected = buf[(x, u16::try_from(y).unwrap())].modifier;
    assert!(
        selected.contains(Modifier::REVERSED),
        "the selection is in reverse video"
    );
    assert!(
        buf[(0, 1)].modifier.contains(Modifier::BOLD),
        "the focused pane's border is bold"
    );
}

#[test]
fn tiny_terminals_get_a_notice_and_never_a_panic() {
    assert!(screen(&app((30, 8))).contains("too small"));
    for size in [(1, 1), (10, 3), (2, 40), (300, 2)] {
        screen(&app(size));
    }
}

#[test]
fn every_size_and_screen_draws_without_panicking() {
    let scripts: [&[Key]; 5] = [
        &[],
        &[Key::Enter, Key::Char('G')],
        &[Key::Char('/'), Key::Char('g'), Key::Char('p')],
        &[
            Key::Char(' '),
            Key::Char('j'),
            Key::Char(' '),
            Key::Char('c'),
            Key::Char('l'),
            Key::Char('G'),
        ],
        &[Key::Char('?'), Key::PageDown],
    ];
    for script in scripts {
        let mut a = app((80, 24));
        keys(&mut a, script);
        for w in (1..=130).step_by(9) {
            for h in (1..=45).step_by(5) {
                a.update(modeldex::tui::action::Action::Resize(w, h));
                screen(&a);
            }
        }
    }
}

#[test]
fn wide_characters_keep_list_columns_aligned() {
    let mut doc: serde_json::Value = serde_json::from_str(FIXTURE).unwrap();
    let models = doc["models"].as_array_mut().unwrap();
    let qwen = models
        .iter_mut()
        .find(|m| m["id"] == "qwen-2-5-72b")
        .expect("fixture has Qwen2.5-72B");
    qwen["name"] = "通义千问 Qwen2.5 🤖".into();
    let dataset = Dataset::from_json_str(&doc.to_string()).unwrap();
    let a = App::new(Catalog::new(dataset), Theme::color(), (120, 40));
    let buf = draw(&a);
    // For each list row: the x of the openness badge and of the pane's right border.
    let columns = |needle: &str| -> (u16, u16) {
        let y = (0..buf.area.height)
            .find(|&y| {
                let line: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
                line.contains(needle)
            })
            .unwrap_or_else(|| panic!("{needle} not on screen"));
        let cells: Vec<&str> = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
        let border = (1..buf.area.width)
            .find(|&x| cells[usize::from(x)] == "│")
            .unwrap();
        let start = (0..buf.area.width)
            .find(|&x| {
                cells[usize::from(x)..]
                    .concat()
                    .starts_with(if needle.starts_with('通') {
                        "open-weights"
                    } else {
                        "closed"
                    })
            })
            .unwrap();
        (start, border)
    };
    let wide = columns("通");
    let plain = columns("GPT-4o");
    assert_eq!(wide, plain, "openness column and border line up");
}
