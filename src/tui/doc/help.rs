//! The help overlay's lines, generated from the keymap so they cannot fall out of date.

use crate::tui::keymap::{self, Section};
use crate::tui::text::fit;
use crate::tui::theme::Theme;
use ratatui::text::{Line, Span};

/// The help's sections, in order.
const SECTIONS: [Section; 9] = [
    Section::Browse,
    Section::Search,
    Section::Compare,
    Section::Filters,
    Section::Weights,
    Section::Overview,
    Section::Export,
    Section::Help,
    Section::Global,
];
/// Width of the key column.
const KEYS: usize = 20;

/// Every line of the help, section by section.
pub fn lines(theme: &Theme) -> Vec<Line<'static>> {
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
                Span::raw(b.help),
            ]));
        }
    }
    out
}

/// Number of help lines.
pub fn line_count() -> usize {
    SECTIONS.len() * 2 - 1 + keymap::BINDINGS.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_count_matches_the_generated_lines() {
        assert_eq!(line_count(), lines(&Theme::color()).len());
    }

    #[test]
    fn every_binding_appears_in_the_help() {
        let text: Vec<String> = lines(&Theme::color())
            .iter()
            .map(ToString::to_string)
            .collect();
        for b in keymap::BINDINGS {
            assert!(text.iter().any(|l| l.contains(b.help)), "{}", b.help);
        }
    }
}
