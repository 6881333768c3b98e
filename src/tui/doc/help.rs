//! The help overlay's lines, generated from the keymap so they cannot fall out of date.

use crate::i18n::{t, tr, Msg};
use crate::tui::keymap::{self, Section};
use crate::tui::text::fit;
use crate::tui::theme::Theme;
use ratatui::text::{Line, Span};

/// The help's sections, in order.
const SECTIONS: [Section; 12] = [
    Section::Browse,
    Section::Detail,
    Section::Search,
    Section::Compare,
    Section::Filters,
    Section::Choose,
    Section::Weights,
    Section::Overview,
    Section::Frontier,
    Section::Export,
    Section::Help,
    Section::Global,
];
/// Width of the key column.
const KEYS: usize = 20;

/// Every line of the help, section by section; then, when loading the data file dropped values,
/// a section listing them (`notes`, one line each).
pub fn lines(theme: &Theme, notes: &[String]) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for (i, section) in SECTIONS.into_iter().enumerate() {
        if i > 0 {
            out.push(Line::default());
        }
        out.push(Line::styled(section.title(), theme.heading));
        for b in keymap::bindings(section) {
            let keys: Vec<String> = b.keys.iter().map(|k| k.label()).collect();
            out.push(Line::from(vec![
                Span::styled(format!("  {}", fit(&keys.join(" "), KEYS)), theme.key),
                Span::raw(tr(b.help)),
            ]));
        }
    }
    if !notes.is_empty() {
        out.push(Line::default());
        out.push(Line::styled(t(Msg::DataFileDropped), theme.heading));
        out.extend(notes.iter().map(|n| Line::raw(format!("  {n}"))));
    }
    out
}

/// Number of help lines with `notes` lines about the data file.
pub fn line_count(notes: usize) -> usize {
    let data_file = if notes > 0 { notes + 2 } else { 0 };
    SECTIONS.len() * 2 - 1 + keymap::BINDINGS.len() + data_file
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_count_matches_the_generated_lines() {
        assert_eq!(line_count(0), lines(&Theme::color(), &[]).len());
        let notes = [
            "f: loaded 2 entries; 1 value dropped".to_string(),
            "f: /x: bad".to_string(),
        ];
        let with = lines(&Theme::color(), &notes);
        assert_eq!(line_count(2), with.len());
        assert_eq!(with.last().unwrap().to_string(), "  f: /x: bad");
    }

    #[test]
    fn every_binding_appears_in_the_help() {
        let text: Vec<String> = lines(&Theme::color(), &[])
            .iter()
            .map(ToString::to_string)
            .collect();
        for b in keymap::BINDINGS {
            assert!(text.iter().any(|l| l.contains(b.help)), "{}", b.help);
        }
    }
}
