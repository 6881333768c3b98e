//! Named styles and symbols. Widgets never name a colour; they ask the theme.
//!
//! The colour theme uses only the 16 ANSI colours (so the user's palette applies); the monochrome
//! theme (`NO_COLOR`, `--color never`) shows selection, marks, focus and best values with reverse
//! video, bold, underline and symbols.

use crate::data::Openness;
use ratatui::style::{Color, Modifier, Style};

/// Glyphs the interface draws.
#[derive(Debug, Clone, Copy)]
pub struct Symbols {
    /// Shown before a marked entry.
    pub mark: &'static str,
    /// Shown beside the best value of a comparison row.
    pub best: &'static str,
    pub bar_full: &'static str,
    pub bar_empty: &'static str,
    /// Shown when there is more to the left / right.
    pub more_left: &'static str,
    pub more_right: &'static str,
}

const UNICODE: Symbols = Symbols {
    mark: "●",
    best: "★",
    bar_full: "█",
    bar_empty: "░",
    more_left: "◀",
    more_right: "▶",
};

/// Every style the interface uses, by role.
#[derive(Debug, Clone)]
pub struct Theme {
    /// False for the monochrome theme.
    pub colored: bool,
    /// True when interface glyphs are drawn as ASCII (`--ascii`, or an old terminal type).
    pub ascii: bool,
    pub border: Style,
    pub border_focused: Style,
    pub title: Style,
    pub title_focused: Style,
    /// The selected row of the focused list.
    pub selected: Style,
    /// The selected row when the list is not focused.
    pub selected_unfocused: Style,
    pub mark: Style,
    /// Characters that matched the search query.
    pub matched: Style,
    pub heading: Style,
    pub label: Style,
    /// Secondary text: developers, years, sources.
    pub dim: Style,
    pub best: Style,
    /// A deprecated or retired entry's lifecycle badge.
    pub warning: Style,
    pub subtotal: Style,
    /// Key names in the hint bar and help.
    pub key: Style,
    /// One-off messages in the status line.
    pub status: Style,
    pub symbols: Symbols,
    open_source: Style,
    open_weights: Style,
    closed: Style,
    bar_low: Style,
    bar_mid: Style,
    bar_high: Style,
    bar_empty: Style,
}

impl Theme {
    /// The default theme on the 16 ANSI colours.
    pub fn color() -> Self {
        let fg = |c: Color| Style::new().fg(c);
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            colored: true,
            ascii: false,
            border: Style::new(),
            border_focused: fg(Color::Cyan),
            title: bold,
            title_focused: fg(Color::Cyan).add_modifier(Modifier::BOLD),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            selected_unfocused: bold.add_modifier(Modifier::UNDERLINED),
            mark: fg(Color::Yellow).add_modifier(Modifier::BOLD),
            matched: fg(Color::Yellow).add_modifier(Modifier::BOLD),
            heading: fg(Color::Magenta).add_modifier(Modifier::BOLD),
            label: bold,
            dim: Style::new().add_modifier(Modifier::DIM),
            best: fg(Color::Green).add_modifier(Modifier::BOLD),
            warning: fg(Color::Yellow),
            subtotal: bold,
            key: fg(Color::Cyan).add_modifier(Modifier::BOLD),
            status: fg(Color::Yellow).add_modifier(Modifier::BOLD),
            symbols: UNICODE,
            open_source: fg(Color::Green),
            open_weights: fg(Color::Cyan),
            closed: fg(Color::Red),
            bar_low: fg(Color::Red),
            bar_mid: fg(Color::Yellow),
            bar_high: fg(Color::Green),
            bar_empty: Style::new().add_modifier(Modifier::DIM),
        }
    }

    /// No colour at all: reverse video, bold, underline and symbols carry the meaning.
    pub fn monochrome() -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let plain = Style::new();
        Theme {
            colored: false,
            ascii: false,
            border: plain,
            border_focused: bold,
            title: plain,
            title_focused: bold.add_modifier(Modifier::REVERSED),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            selected_unfocused: bold.add_modifier(Modifier::UNDERLINED),
            mark: bold,
            matched: bold.add_modifier(Modifier::UNDERLINED),
            heading: bold,
            label: bold,
            dim: plain,
            best: bold.add_modifier(Modifier::UNDERLINED),
            warning: bold,
            subtotal: bold,
            key: bold,
            status: bold,
            symbols: UNICODE,
            open_source: plain,
            open_weights: plain,
            closed: plain,
            bar_low: plain,
            bar_mid: plain,
            bar_high: plain,
            bar_empty: plain,
        }
    }

    /// The colour theme when `colour` is on, the monochrome one otherwise.
    pub fn for_colour(colour: bool) -> Self {
        if colour {
            Self::color()
        } else {
            Self::monochrome()
        }
    }

    /// The same theme drawing ASCII glyphs only.
    pub fn with_ascii(mut self, ascii: bool) -> Self {
        self.ascii = ascii;
        self
    }

    /// The style of an openness badge.
    pub fn openness(&self, o: Openness) -> Style {
        match o {
            Openness::OpenSource => self.open_source,
            Openness::OpenWeights => self.open_weights,
            Openness::Closed => self.closed,
        }
    }

    /// The style of the filled part of a score bar.
    pub fn bar(&self, score: f64) -> Style {
        if score >= 4.0 {
            self.bar_high
        } else if score >= 3.0 {
            self.bar_mid
        } else {
            self.bar_low
        }
    }

    /// The style of the empty part of a score bar.
    pub fn bar_empty(&self) -> Style {
        self.bar_empty
    }
}

impl Default for Theme {
    fn default() -> Self {
        Self::color()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_is_honoured_unless_colour_is_forced() {
        use crate::args::ColorChoice;
        let set = Some(std::ffi::OsStr::new("1"));
        // The browser always draws on a terminal.
        let theme = |choice, no_color| {
            Theme::for_colour(crate::startup::colour(choice, true, no_color).enabled)
        };
        assert!(theme(ColorChoice::Auto, None).colored);
        assert!(!theme(ColorChoice::Auto, set).colored);
        assert!(!theme(ColorChoice::Never, None).colored);
        assert!(theme(ColorChoice::Always, set).colored);
    }

    #[test]
    fn monochrome_names_no_colour_but_still_marks_selection() {
        let t = Theme::monochrome();
        let styles = [
            t.border_focused,
            t.selected,
            t.mark,
            t.matched,
            t.best,
            t.heading,
        ];
        for s in styles {
            assert_eq!(s.fg, None);
            assert_eq!(s.bg, None);
        }
        assert!(t.selected.add_modifier.contains(Modifier::REVERSED));
        assert!(t.best.add_modifier.contains(Modifier::BOLD));
    }
}
