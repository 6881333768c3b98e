//! The list pane: mark, name (search matches highlighted) with a deprecated/retired badge,
//! developer, openness badge, year.
//!
//! Only the rows on screen are formatted, so drawing costs the same for ten entries or 100,000.

use crate::data::Model;
use crate::format;
use crate::i18n::{t, tf, values, Msg};
use crate::order::SortKey;
use crate::tui::app::{App, Focus, Screen};
use crate::tui::layout::{self, scroll_into_view};
use crate::tui::text::{self, fit, put};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use std::fmt::Write as _;

/// Widths of the list's columns for a pane of a given inner width; 0 hides a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Columns {
    pub name: usize,
    pub developer: usize,
    pub badge: usize,
    pub year: usize,
    /// Providers and cheapest blended price (`8 prov $10.00`); 0 unless the catalog has offers.
    pub offers: usize,
}

const MARK: usize = 2;
const BADGE: usize = 12;
const YEAR: usize = 4;
const OFFERS: usize = 14;
/// The name columns a lifecycle badge leaves at least.
const MIN_NAME_BESIDE_BADGE: usize = 8;

impl Columns {
    /// Fits the columns to `width`: the name always shows; year, badge and developer join as room
    /// allows, the developer taking about a third of what is left (8 to 20 columns).
    pub fn fit(width: usize) -> Self {
        Self::fit_with(width, false)
    }

    /// Like [`fit`](Self::fit); with `offers`, the offers column joins after the year, before the
    /// badge, when the name keeps at least 16 columns.
    pub fn fit_with(width: usize, offers: bool) -> Self {
        /// Takes `w` columns (plus a gap) from `rest` if at least `min_left` remain for the name.
        fn take(rest: &mut usize, w: usize, min_left: usize) -> usize {
            if w > 0 && *rest >= w + 1 + min_left {
                *rest -= w + 1;
                w
            } else {
                0
            }
        }
        let mut rest = width.saturating_sub(MARK);
        let year = take(&mut rest, YEAR, 12);
        let offers = if offers {
            take(&mut rest, OFFERS, 16)
        } else {
            0
        };
        let badge = take(&mut rest, BADGE, 12);
        let wanted = if rest >= 21 {
            (rest / 3).clamp(8, 20)
        } else {
            0
        };
        let developer = take(&mut rest, wanted, 12);
        Columns {
            name: rest,
            developer,
            badge,
            year,
            offers,
        }
    }
}

/// Draws the list pane into `area`.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let focused = app.focus() == Focus::List || !layout::is_wide(app.area());
    let total = app.catalog().models().len();
    let mut title = if app.query().is_empty() && app.filter().is_empty() {
        tf(Msg::ListModels, &[("total", &total)])
    } else if app.search().shows_close_spellings() {
        tf(Msg::ListCloseSpellings, &[("n", &app.visible().len())])
    } else if app.query().is_empty() {
        tf(
            Msg::ListModelsOf,
            &[("n", &app.visible().len()), ("total", &total)],
        )
    } else {
        tf(
            Msg::ListMatches,
            &[("n", &app.match_count()), ("total", &total)],
        )
    };
    if !app.filter().is_empty() {
        let _ = write!(title, "· {} ", app.filter().describe());
    }
    if app.query().is_empty() && *app.sort() != SortKey::Natural {
        let sort = app.sort_label();
        title.push_str(&tf(Msg::ListBy, &[("sort", &sort)]));
    }
    if !app.marks().is_empty() {
        title.push_str(&tf(
            Msg::ListMarked,
            &[("mark", &theme.symbols.mark), ("n", &app.marks().len())],
        ));
    }
    let block = super::pane(Line::from(title), focused, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    if app.visible().is_empty() {
        let msg = if app.query().is_empty() && !app.filter().is_empty() {
            t(Msg::ListNoneFiltered).to_string()
        } else if app.query().is_empty() {
            t(Msg::ListNoEntries).to_string()
        } else {
            tf(Msg::ListNothingMatches, &[("query", &app.query())])
        };
        for (i, l) in text::wrap(&msg, usize::from(inner.width))
            .into_iter()
            .enumerate()
        {
            put(buf, inner, i, &Line::styled(l, theme.dim));
        }
        return;
    }
    let rows = usize::from(inner.height);
    let offset = scroll_into_view(app.list_offset(), app.selected(), rows, app.visible().len());
    let cols = Columns::fit_with(usize::from(inner.width), app.catalog().has_offers());
    let end = (offset + rows).min(app.visible().len());
    for (row, pos) in (offset..end).enumerate() {
        let index = app.visible()[pos];
        let model = &app.catalog().models()[index];
        let selected = pos == app.selected();
        let mut line = row_line(app, model, app.is_marked(index), cols);
        if selected {
            let style = if focused && !matches!(app.screen(), Screen::Compare(_)) {
                theme.selected
            } else {
                theme.selected_unfocused
            };
            line = line.style(style);
        }
        put(buf, inner, row, &line);
    }
}

/// One list row, exactly `cols` wide.
fn row_line(app: &App, model: &Model, marked: bool, cols: Columns) -> Line<'static> {
    let theme = app.theme();
    let mut spans = Vec::with_capacity(12);
    if marked {
        spans.push(Span::styled(fit(theme.symbols.mark, MARK), theme.mark));
    } else {
        spans.push(Span::raw(" ".repeat(MARK)));
    }
    let positions = if app.query().is_empty() {
        Vec::new()
    } else {
        app.catalog().index.name_positions(&model.name, app.query())
    };
    // In Chinese the entry's Chinese name follows its name; match positions stay those of the name.
    let name = match crate::i18n::chinese_name(model) {
        Some(zh) => std::borrow::Cow::Owned(format!("{} {zh}", model.name)),
        None => std::borrow::Cow::Borrowed(model.name.as_str()),
    };
    // A going or gone entry says so after its name, when the name leaves room for it.
    let badge = format::lifecycle_badge(model)
        .filter(|b| cols.name >= text::width(b) + 1 + MIN_NAME_BESIDE_BADGE);
    let name_width = badge.map_or(cols.name, |b| cols.name - text::width(b) - 1);
    name_spans(&name, &positions, name_width, theme, &mut spans);
    if let Some(b) = badge {
        spans.push(Span::styled(format!(" {b}"), theme.warning));
    }
    if cols.developer > 0 {
        let dev = model.developer.as_deref().unwrap_or("");
        spans.push(Span::styled(
            format!(" {}", fit(dev, cols.developer)),
            theme.dim,
        ));
    }
    if cols.badge > 0 {
        let o = model.openness;
        spans.push(Span::raw(" "));
        spans.push(Span::styled(
            fit(values::openness(o), cols.badge),
            theme.openness(o),
        ));
    }
    if cols.offers > 0 {
        let brief = crate::format::offers_brief(model).unwrap_or_default();
        spans.push(Span::styled(
            format!(" {}", fit_right(&brief, cols.offers)),
            theme.dim,
        ));
    }
    if cols.year > 0 {
        let year = model
            .release_year()
            .map_or_else(|| "—".to_string(), |y| y.to_string());
        spans.push(Span::styled(
            format!(" {}", fit(&year, cols.year)),
            theme.dim,
        ));
    }
    Line::from(spans)
}

/// The name clipped and padded to `width`, with the characters at `positions` highlighted.
fn name_spans(
    name: &str,
    positions: &[usize],
    width: usize,
    theme: &Theme,
    out: &mut Vec<Span<'static>>,
) {
    let shown = fit(name, width);
    let mut run = String::new();
    let mut run_matched = false;
    let mut original = name.chars();
    for (i, c) in shown.chars().enumerate() {
        // The clipping ellipsis is not part of the name and is never highlighted.
        let same = original.next() == Some(c);
        let matched = same && positions.binary_search(&i).is_ok();
        if matched != run_matched && !run.is_empty() {
            let style = if run_matched {
                theme.matched
            } else {
                Style::new()
            };
            out.push(Span::styled(std::mem::take(&mut run), style));
        }
        run_matched = matched;
        run.push(c);
    }
    if !run.is_empty() {
        let style = if run_matched {
            theme.matched
        } else {
            Style::new()
        };
        out.push(Span::styled(run, style));
    }
}

/// `text` clipped to `width` and padded on the left, so that prices line up.
fn fit_right(text: &str, width: usize) -> String {
    let clipped = fit(text, width);
    let trimmed = clipped.trim_end();
    let pad = width.saturating_sub(text::width(trimmed));
    format!("{}{trimmed}", " ".repeat(pad))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_offers_column_shows_only_for_a_catalog_with_offers() {
        assert_eq!(Columns::fit_with(60, false), Columns::fit(60));
        let c = Columns::fit_with(60, true);
        assert_eq!(c.offers, OFFERS);
        assert!(c.name >= 16, "{c:?}");
        let narrow = Columns::fit_with(30, true);
        assert_eq!(narrow.offers, 0, "the name comes first: {narrow:?}");
        assert_eq!(fit_right("4 prov $10.00", 14), " 4 prov $10.00");
    }

    #[test]
    fn columns_fit_the_width_and_drop_the_least_useful_first() {
        let wide = Columns::fit(60);
        assert!(wide.developer > 0 && wide.badge > 0 && wide.year > 0);
        let c = Columns::fit(38);
        assert_eq!((c.developer, c.badge, c.year), (0, BADGE, YEAR));
        assert_eq!(MARK + c.name + 1 + c.badge + 1 + c.year, 38);
        let tiny = Columns::fit(10);
        assert_eq!((tiny.badge, tiny.year, tiny.name), (0, 0, 8));
        for (w, offers) in (0..120).flat_map(|w| [(w, false), (w, true)]) {
            let c = Columns::fit_with(w, offers);
            let used = MARK
                + c.name
                + [c.developer, c.badge, c.year, c.offers]
                    .iter()
                    .map(|&x| if x > 0 { x + 1 } else { 0 })
                    .sum::<usize>();
            assert!(used <= w.max(MARK), "width {w}: {c:?}");
        }
    }

    #[test]
    fn matched_characters_are_highlighted() {
        let theme = Theme::color();
        let mut spans = Vec::new();
        name_spans("GPT-4o", &[0, 1, 2, 4], 8, &theme, &mut spans);
        let texts: Vec<&str> = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(texts, ["GPT", "-", "4", "o  "]);
        assert_eq!(spans[0].style, theme.matched);
        assert_eq!(spans[1].style, Style::new());
    }
}
