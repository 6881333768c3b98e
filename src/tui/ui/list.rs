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

/// Widths of the list's columns for a pane of a given inner width; 0 hides a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Columns {
    pub name: usize,
    pub developer: usize,
    pub badge: usize,
    pub year: usize,
    /// Providers and cheapest blended price (`8 prov $10.00`); 0 unless the catalog has offers.
    pub offers: usize,
    /// The value the list is sorted by (score, a criterion, a figure, price, release date).
    pub sort_value: usize,
}

/// How wide each column would have to be to show every value on screen whole.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Needs {
    /// The widest name (with its lifecycle badge) on screen.
    pub name: usize,
    /// The widest developer on screen; 0 when none is known.
    pub developer: usize,
    /// The widest sort value on screen; 0 when the order has no value to show.
    pub sort_value: usize,
    /// The catalog has offers (providers and prices).
    pub offers: bool,
    /// The year column is wanted (not when the sort value is the release date).
    pub year: bool,
}

const MARK: usize = 2;
const BADGE: usize = 12;
const YEAR: usize = 4;
const OFFERS: usize = 14;
/// The name columns a lifecycle badge leaves at least.
const MIN_NAME_BESIDE_BADGE: usize = 8;

impl Columns {
    /// Fits the columns to `width` with the developer and name as wide as they may get and no
    /// sort value (for tests and callers that do not measure rows).
    pub fn fit(width: usize) -> Self {
        Self::fit_with(width, false)
    }

    /// Like [`fit`](Self::fit), with the offers column when `offers`.
    pub fn fit_with(width: usize, offers: bool) -> Self {
        Self::fit_to(
            width,
            Needs {
                name: 0,
                developer: 0,
                sort_value: 0,
                offers,
                year: true,
            },
        )
    }

    /// Fits the columns to `width`. Names come first: the name column takes what the widest name
    /// on screen needs; then each other column joins, in order of use — the sort value, openness,
    /// year, developer, offers — only when it fits whole, so no value (a date, a price, a score)
    /// is cut mid-way: a column is dropped instead. Only the developer, text like a name, may be
    /// clipped, and only in a column of 8 or more. Room left over widens the name column. A `needs.name` of 0 asks for the
    /// old proportional layout (a name of at least 12 columns).
    pub fn fit_to(width: usize, needs: Needs) -> Self {
        /// Takes `w` columns (plus a gap) from `rest` when they fit.
        fn take(rest: &mut usize, w: usize) -> usize {
            if w > 0 && *rest > w {
                *rest -= w + 1;
                w
            } else {
                0
            }
        }
        let mut rest = width.saturating_sub(MARK);
        let name_need = if needs.name == 0 { 12 } else { needs.name };
        let name = name_need.min(rest);
        rest -= name;
        let sort_value = take(&mut rest, needs.sort_value);
        let badge = take(&mut rest, BADGE);
        let year = if needs.year { take(&mut rest, YEAR) } else { 0 };
        let developer_need = if needs.developer == 0 && needs.name == 0 {
            // Unmeasured: about a third of what is left, 8 to 20 columns.
            if rest >= 21 {
                (rest / 3).clamp(8, 20)
            } else {
                0
            }
        } else {
            // A developer is text, like a name: a long one may be clipped, but only when the
            // column keeps at least 8 columns.
            let room = rest.saturating_sub(1);
            match needs.developer {
                need if need <= room => need,
                _ if room >= 8 => room,
                _ => 0,
            }
        };
        let developer = take(&mut rest, developer_need);
        let offers = if needs.offers {
            take(&mut rest, OFFERS)
        } else {
            0
        };
        Columns {
            name: name + rest,
            developer,
            badge,
            year,
            offers,
            sort_value,
        }
    }
}

/// The value `key` sorts `model` by, as the list shows it; `None` when the order has no value
/// worth a column (natural, name, developer).
pub fn sort_value(app: &App, key: &SortKey, model: &Model) -> Option<String> {
    let d = &app.catalog().dataset;
    let none = || "—".to_string();
    Some(match key {
        SortKey::Natural | SortKey::Name | SortKey::Developer => return None,
        SortKey::Released => model.released.clone().unwrap_or_else(none),
        // The score with how much of it is known: the sort ranks a score on few ratings lower
        // (see `score::ranking_score`), and the coverage says why.
        SortKey::Score => crate::score::weighted_score(model, d, app.weights())
            .map_or_else(none, |s| {
                format!("{s:.1} {}", crate::score::coverage(model, d).fraction())
            }),
        SortKey::Criterion(id) => model.score(id).map_or_else(none, |s| s.to_string()),
        SortKey::Figure(id) => match (model.figure(id), crate::data::FigureKind::find(id)) {
            (Some(v), Some(kind)) => format::figure(v, kind.unit),
            (Some(v), None) => format!("{v}"),
            (None, _) => none(),
        },
        SortKey::Price => model.blended_price().map_or_else(none, format::usd),
        SortKey::Context => model
            .context_window()
            .map_or_else(none, |t| format::context(Some(t))),
        SortKey::MaxOutput => model
            .max_output_tokens()
            .map_or_else(none, |t| format::context(Some(t))),
    })
}

/// The sort whose value the list shows: the chosen one, unless a query ranks by relevance.
fn shown_sort(app: &App) -> Option<&SortKey> {
    let key = app.sort();
    let shows = app.query().is_empty()
        && !matches!(key, SortKey::Natural | SortKey::Name | SortKey::Developer);
    shows.then_some(key)
}

/// What the rows `positions` need to show every value whole.
fn measure(app: &App, positions: &[usize]) -> Needs {
    let models = app.catalog().models();
    let sort = shown_sort(app);
    let mut needs = Needs {
        offers: app.catalog().has_offers(),
        year: !matches!(sort, Some(SortKey::Released)),
        ..Needs::default()
    };
    for &i in positions {
        let m = &models[i];
        let mut name = text::width(&display_name(m));
        if let Some(b) = format::lifecycle_badge(m) {
            name += 1 + text::width(b);
        }
        needs.name = needs.name.max(name);
        let dev = m.developer.as_deref().map_or(0, text::width);
        needs.developer = needs.developer.max(dev);
        if let Some(v) = sort.and_then(|k| sort_value(app, k, m)) {
            needs.sort_value = needs.sort_value.max(text::width(&v));
        }
    }
    needs.name = needs.name.max(1);
    needs
}

/// The name as listed: in Chinese the entry's Chinese name follows it.
fn display_name(model: &Model) -> std::borrow::Cow<'_, str> {
    match crate::i18n::chinese_name(model) {
        Some(zh) => std::borrow::Cow::Owned(format!("{} {zh}", model.name)),
        None => std::borrow::Cow::Borrowed(model.name.as_str()),
    }
}

/// The list's title within `width` columns. What matters comes first and is cut last: the count,
/// the order, then the filter. When all of it does not fit, the count takes its short form
/// (`12/139`), the order its bare name, the marks are left to the rows, and the filter keeps as
/// many of its parts as fit, whole, followed by `…`.
fn title(app: &App, width: usize) -> String {
    let theme = app.theme();
    let total = app.catalog().models().len();
    let n = if app.query().is_empty() {
        app.visible().len()
    } else {
        app.match_count()
    };
    let long_count = if app.search().shows_close_spellings() {
        tf(Msg::ListCloseSpellings, &[("n", &app.visible().len())])
    } else if app.query().is_empty() && app.filter().is_empty() {
        tf(Msg::ListModels, &[("total", &total)])
    } else if app.query().is_empty() {
        tf(Msg::ListModelsOf, &[("n", &n), ("total", &total)])
    } else {
        tf(Msg::ListMatches, &[("n", &n), ("total", &total)])
    };
    let sort = (app.query().is_empty() && *app.sort() != SortKey::Natural).then(|| {
        let sort = app.sort_label();
        tf(Msg::ListBy, &[("sort", &sort)])
    });
    let marks = app.marks().len();
    let mark = theme.symbols.mark;
    let long_marks = (marks > 0).then(|| tf(Msg::ListMarked, &[("mark", &mark), ("n", &marks)]));
    let filter = app.filter().describe();
    let filter_parts: Vec<&str> = if app.filter().is_empty() {
        Vec::new()
    } else {
        filter.split(" · ").collect()
    };
    let with_filter = |head: String, parts: &[&str], more: bool| {
        if parts.is_empty() && !more {
            return head;
        }
        let ellipsis = if more { " …" } else { "" };
        let joined = if parts.is_empty() {
            "…".to_string()
        } else {
            format!("{}{ellipsis}", parts.join(" · "))
        };
        format!("{head}· {joined} ")
    };
    let long = format!(
        "{long_count}{}{}",
        sort.clone().unwrap_or_default(),
        long_marks.unwrap_or_default()
    );
    let full = with_filter(long, &filter_parts, false);
    if text::width(&full) <= width {
        return full;
    }
    let short_count = if app.search().shows_close_spellings() {
        long_count.clone()
    } else if app.query().is_empty() && app.filter().is_empty() {
        format!(" {total} ")
    } else {
        format!(" {n}/{total} ")
    };
    // Short of room the marks leave the title (the rows still show them) and the order is its
    // bare name.
    let bare_sort = (app.query().is_empty() && *app.sort() != SortKey::Natural)
        .then(|| format!("· {} ", app.sort_label()));
    let head = format!("{short_count}{}", bare_sort.unwrap_or_default());
    for keep in (0..=filter_parts.len()).rev() {
        let more = keep < filter_parts.len();
        let candidate = with_filter(head.clone(), &filter_parts[..keep], more);
        if text::width(&candidate) <= width || keep == 0 {
            return candidate;
        }
    }
    head
}

/// Draws the list pane into `area`.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let focused = app.focus() == Focus::List || !layout::is_wide(app.area());
    let title = title(app, usize::from(area.width.saturating_sub(2)));
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
    let end = (offset + rows).min(app.visible().len());
    let needs = measure(app, &app.visible()[offset..end]);
    let cols = Columns::fit_to(usize::from(inner.width), needs);
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
    let name = display_name(model);
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
    if cols.sort_value > 0 {
        let value = shown_sort(app)
            .and_then(|k| sort_value(app, k, model))
            .unwrap_or_default();
        spans.push(Span::styled(
            format!(" {}", fit_right(&value, cols.sort_value)),
            theme.label,
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
        let c = Columns::fit_with(70, true);
        assert_eq!(c.offers, OFFERS);
        assert!(c.name >= 12, "{c:?}");
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

    fn needs(name: usize, developer: usize, sort_value: usize) -> Needs {
        Needs {
            name,
            developer,
            sort_value,
            offers: false,
            year: true,
        }
    }

    #[test]
    fn names_come_first_and_values_are_never_cut() {
        // The widest name on screen gets its whole width; what is left goes to whole columns.
        let c = Columns::fit_to(42, needs(26, 10, 4));
        assert_eq!(c.name, 26 + 42 - 2 - 26 - 5 - 5, "{c:?}");
        assert_eq!(
            (c.sort_value, c.year, c.badge, c.developer),
            (4, YEAR, 0, 0)
        );
        // With room, every column shows whole, the developer as wide as the widest one.
        let c = Columns::fit_to(120, needs(26, 15, 4));
        assert_eq!(
            (c.sort_value, c.badge, c.year, c.developer),
            (4, BADGE, YEAR, 15)
        );
        assert!(c.name >= 26);
        // A sort value that does not fit whole is dropped, never cut.
        let c = Columns::fit_to(34, needs(26, 0, 10));
        assert_eq!(c.sort_value, 0, "{c:?}");
        // A long developer is clipped only in a column of 8 or more.
        let c = Columns::fit_to(70, needs(26, 40, 0));
        assert!(c.developer >= 8 && c.developer < 40, "{c:?}");
        for w in 0..140 {
            for n in [1, 12, 30, 60] {
                let c = Columns::fit_to(w, needs(n, 20, 6));
                let used = MARK
                    + c.name
                    + [c.developer, c.badge, c.year, c.offers, c.sort_value]
                        .iter()
                        .map(|&x| if x > 0 { x + 1 } else { 0 })
                        .sum::<usize>();
                assert!(used <= w.max(MARK), "width {w}: {c:?}");
                assert!(c.name >= n.min(w.saturating_sub(MARK)), "width {w}: {c:?}");
            }
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
