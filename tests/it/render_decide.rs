//! The overview, the weights editor, the filter panel and the export prompt drawn into ratatui's
//! `TestBackend` at 80x24, in colour, monochrome and ASCII; and the overview's numbers checked
//! against means computed here, independently, from tests/fixtures/models.json.

use crate::screen::{app_with, draw, keys, text as lines, FIXTURE};
use modeldex::data::{Dataset, Kind, Openness};
use modeldex::tui::app::App;
use modeldex::tui::keymap::Key;
use modeldex::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::style::Color;

fn app(theme: Theme) -> App {
    app_with((80, 24), theme)
}

fn themes() -> [(&'static str, Theme); 3] {
    [
        ("colour", Theme::color()),
        ("monochrome", Theme::monochrome()),
        ("ascii", Theme::monochrome().with_ascii(true)),
    ]
}

fn has_colour(buf: &Buffer) -> bool {
    buf.content()
        .iter()
        .any(|c| !matches!(c.fg, Color::Reset) || !matches!(c.bg, Color::Reset))
}

/// Mean of the fixture's scores on `criterion` for models of `group`, and how many there are.
fn independent_mean(d: &Dataset, criterion: &str, group: Openness) -> (Option<f64>, usize) {
    let scores: Vec<f64> = d
        .models
        .iter()
        .filter(|m| m.kind == Kind::Model && m.openness == group)
        .filter_map(|m| m.ratings.get(criterion).map(|r| f64::from(r.score)))
        .collect();
    let n = scores.len();
    ((n > 0).then(|| scores.iter().sum::<f64>() / n as f64), n)
}

#[test]
fn overview_numbers_equal_means_computed_independently() {
    let d = Dataset::from_json_str(FIXTURE).unwrap();
    let o = modeldex::overview::compute(&d);
    let mut checked = 0;
    for row in o.rows.iter().filter(|r| !r.is_pillar) {
        for g in &row.groups {
            let (mean, count) = independent_mean(&d, &row.id, g.openness);
            assert_eq!(g.count, count, "{} {:?}", row.id, g.openness);
            match (g.mean, mean) {
                (Some(a), Some(b)) => assert!((a - b).abs() < 1e-9, "{} {a} {b}", row.id),
                (a, b) => assert_eq!(a, b, "{}", row.id),
            }
            checked += 1;
        }
    }
    assert!(checked >= 3, "the fixture rates some criteria");
    // The screen shows those numbers, rounded to one decimal, on the criterion's line.
    let mut a = app(Theme::color());
    keys(&mut a, &[Key::Char('o')]);
    let screen = lines(&draw(&a));
    let row = o.rows.iter().find(|r| !r.is_pillar).unwrap();
    let line = screen
        .iter()
        .find(|l| l.contains(&row.name))
        .unwrap_or_else(|| panic!("{} not on screen\n{}", row.name, screen.join("\n")));
    for g in &row.groups {
        if let Some(m) = g.mean {
            assert!(line.contains(&format!("{m:.1}")), "{line}");
        }
    }
}

#[test]
fn overview_draws_bars_counts_and_strengths_in_every_theme() {
    for (name, theme) in themes() {
        let mut a = app(theme);
        keys(&mut a, &[Key::Char('o')]);
        let buf = draw(&a);
        let text = lines(&buf).join("\n");
        assert!(text.contains("Open vs closed"), "{name}\n{text}");
        for group in ["open-source (", "open-weights (", "closed ("] {
            assert!(text.contains(group), "{name}: {group}\n{text}");
        }
        if name == "ascii" {
            assert!(text.is_ascii(), "{name}: non-ASCII glyph\n{text}");
            assert!(text.contains('#'), "{name}: ASCII bars\n{text}");
        } else {
            assert!(text.contains('█'), "{name}: bars\n{text}");
        }
        assert_eq!(has_colour(&buf), name == "colour", "{name}");
        // Scrolling to the end reaches the strengths.
        keys(&mut a, &[Key::Char('G')]);
        let text = lines(&draw(&a)).join("\n");
        assert!(
            text.contains("Where each group leads most"),
            "{name}\n{text}"
        );
        assert!(text.contains("closed: "), "{name}\n{text}");
        keys(&mut a, &[Key::Esc]);
        assert!(lines(&draw(&a)).join("\n").contains("Models"));
    }
}

#[test]
fn weights_editor_shows_each_pillar_and_the_preset_in_every_theme() {
    for (name, theme) in themes() {
        let mut a = app(theme);
        keys(&mut a, &[Key::Char('w'), Key::Right]);
        let buf = draw(&a);
        let text = lines(&buf).join("\n");
        assert!(text.contains("Weights"), "{name}\n{text}");
        for pillar in &a.catalog().dataset.criteria {
            assert!(
                text.contains(&pillar.name),
                "{name}: {}\n{text}",
                pillar.name
            );
        }
        assert!(
            text.contains("preset: none (custom weights)"),
            "{name}\n{text}"
        );
        assert!(text.contains("privacy 4"), "{name}\n{text}");
        assert_eq!(has_colour(&buf), name == "colour", "{name}");
        if name == "ascii" {
            assert!(text.is_ascii(), "{name}\n{text}");
        }
        keys(&mut a, &[Key::Char('p')]);
        let text = lines(&draw(&a)).join("\n");
        assert!(text.contains("preset: balanced"), "{name}\n{text}");
        // The weights in force stay visible in the status line after the editor closes.
        keys(&mut a, &[Key::Char('p'), Key::Esc]);
        let screen = lines(&draw(&a));
        assert!(
            screen[23].contains("weights: privacy-first"),
            "{name}\n{}",
            screen[23]
        );
    }
}

#[test]
fn filter_and_sort_show_in_the_list_title() {
    let mut a = app(Theme::color());
    keys(
        &mut a,
        &[Key::Char('s'), Key::Char('f'), Key::Down, Key::Char(' ')],
    );
    let text = lines(&draw(&a)).join("\n");
    assert!(text.contains("[x] open-weights"), "{text}");
    assert!(text.contains("[ ] closed"), "{text}");
    keys(&mut a, &[Key::Esc]);
    let screen = lines(&draw(&a));
    assert!(screen[1].contains("open-weights"), "{}", screen[1]);
    assert!(screen[1].contains("by name"), "{}", screen[1]);
}
