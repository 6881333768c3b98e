//! The bottom line: key hints for what has the keyboard (or a one-off message) and the dataset version.

use crate::i18n::{tf, Msg};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap;
use crate::tui::text::{self, put};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// Draws the hint and status bar into `area`.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let width = usize::from(area.width);
    if let Some(msg) = app.status() {
        // A message needs the whole line more than the hints and the version do.
        let line = Line::styled(text::fit(&format!(" {msg}"), width), theme.status);
        put(buf, area, 0, &line);
        return;
    }
    if let Some(notice) = app.notice() {
        // Kept until dismissed; when cut, the keys to dismiss it or read it whole stay visible.
        let keys = crate::i18n::t(Msg::NoticeKeys);
        let room = width.saturating_sub(text::width(keys) + 1);
        let shown = format!(" {}{keys}", text::clip(notice, room));
        put(
            buf,
            area,
            0,
            &Line::styled(text::fit(&shown, width), theme.warning),
        );
        return;
    }
    let hints: Vec<Hint> = keymap::in_force(app.keymap_section())
        .into_iter()
        .filter_map(|b| {
            Some(Hint {
                key: b.keys.first()?.label(),
                text: crate::i18n::tr(b.hint?),
                essential: matches!(b.action, Action::Quit | Action::Back | Action::CloseHelp)
                    || matches!(b.action, Action::OpenHelp | Action::SearchCancel),
            })
        })
        .collect();
    let wanted: usize = hints.iter().map(Hint::width).sum();
    let ds = &app.catalog().dataset;
    // The weights in force are always shown; the dataset version only when every hint fits too.
    let label = app.weights_label();
    let weights = text::clip(&tf(Msg::StatusWeights, &[("label", &label)]), width / 2);
    let data = tf(
        Msg::StatusData,
        &[("version", &ds.dataset_version), ("date", &ds.updated)],
    );
    let full = format!("{weights}{data}");
    let short = format!("{weights}· {} · {} ", ds.dataset_version, ds.updated);
    // The keys come before the data version: it shows only when every hint fits beside it.
    let right = if wanted + text::width(&full) <= width {
        full
    } else if wanted + text::width(&short) <= width {
        short
    } else {
        weights
    };
    let room = width.saturating_sub(text::width(&right));
    // Essential hints (help, quit, back) claim room first; the rest follow in table order.
    let mut shown = vec![false; hints.len()];
    let mut used = 0;
    for essential in [true, false] {
        for (i, h) in hints.iter().enumerate() {
            if h.essential == essential && used + h.width() <= room {
                shown[i] = true;
                used += h.width();
            }
        }
    }
    let mut spans = Vec::new();
    for (h, _) in hints.iter().zip(&shown).filter(|(_, s)| **s) {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(h.key.clone(), theme.key));
        spans.push(Span::raw(format!(" {} ", h.text)));
    }
    spans.push(Span::raw(" ".repeat(room - used)));
    spans.push(Span::styled(right, theme.dim));
    put(buf, area, 0, &Line::from(spans));
}

struct Hint {
    key: String,
    text: &'static str,
    essential: bool,
}

impl Hint {
    fn width(&self) -> usize {
        text::width(&self.key) + text::width(self.text) + 3
    }
}
