//! The small panels drawn over the screen: filters, weights editor and the export prompt.

use crate::filter::{Commercial, InService};
use crate::i18n::{t, tf, values, Msg};
use crate::tui::app::decide::{ChoiceField, FilterOption, FILTER_OPTIONS};
use crate::tui::app::{App, Overlay};
use crate::tui::text::{self, fit, put};
use crate::weights;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// A box of `width`x`height` (clamped) centred in `body`.
fn centred(body: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(body.width);
    let h = height.min(body.height);
    Rect::new(
        body.x + (body.width - w) / 2,
        body.y + (body.height - h) / 2,
        w,
        h,
    )
}

/// Draws `panel` over `body`; returns where the text cursor belongs (the export prompt).
pub fn render(app: &App, panel: &Overlay, body: Rect, buf: &mut Buffer) -> Option<Position> {
    match panel {
        Overlay::Filters { cursor } => {
            filters(app, *cursor, body, buf);
            None
        }
        Overlay::Weights { cursor } => {
            weights_editor(app, *cursor, body, buf);
            None
        }
        Overlay::Export { path, confirm } => export(app, path, *confirm, body, buf),
        Overlay::Choose {
            field,
            query,
            cursor,
        } => chooser(app, *field, query, *cursor, body, buf),
        Overlay::Help { .. } => None,
    }
}

/// The text of one filter line, and whether it is on.
pub fn filter_line(app: &App, option: FilterOption) -> (String, bool) {
    let f = app.filter();
    match option {
        FilterOption::Openness(o) => (values::openness(o).to_string(), f.openness.contains(&o)),
        FilterOption::Kind(k) => (values::kind(k).to_string(), f.kinds.contains(&k)),
        FilterOption::CommercialUse => match f.commercial_use {
            Commercial::Any => (t(Msg::FilterCommercial).into(), false),
            Commercial::Allowed => (t(Msg::FilterCommercial).into(), true),
            Commercial::Unrestricted => (t(Msg::FilterUnrestricted).into(), true),
        },
        FilterOption::Feature(feature) => (
            tf(
                Msg::FilterFeature,
                &[(
                    "feature",
                    &crate::compare::feature_label(feature).to_lowercase(),
                )],
            ),
            f.features.contains(&feature),
        ),
        FilterOption::Free => (t(Msg::FilterFree).into(), f.free),
        FilterOption::InService => match f.in_service {
            InService::Any => (t(Msg::FilterAnyLifecycle).into(), false),
            InService::Available => (t(Msg::FilterAvailable).into(), true),
            InService::Current => (t(Msg::FilterCurrent).into(), true),
        },
        FilterOption::SelfHostable => (t(Msg::FilterSelfHost).into(), f.self_hostable),
        FilterOption::Years => match f.years {
            Some((from, to)) => (tf(Msg::FilterYears, &[("from", &from), ("to", &to)]), true),
            None => (t(Msg::FilterAnyYear).into(), false),
        },
        FilterOption::Developer => match &f.developer {
            Some(d) => (tf(Msg::FilterDeveloper, &[("d", d)]), true),
            None => (t(Msg::FilterAnyDeveloper).into(), false),
        },
        FilterOption::Country => match &f.country {
            Some(c) => (tf(Msg::FilterCountry, &[("c", c)]), true),
            None => (t(Msg::FilterAnyCountry).into(), false),
        },
        FilterOption::Modality => match &f.modality {
            Some(m) => (tf(Msg::FilterModality, &[("m", m)]), true),
            None => (t(Msg::FilterAnyModality).into(), false),
        },
        FilterOption::Fits => match f.fits_gb {
            Some(gb) => (tf(Msg::FilterFits, &[("gb", &gb)]), true),
            None => (t(Msg::FilterAnyMemory).into(), false),
        },
    }
}

fn filters(app: &App, cursor: usize, body: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let area = centred(body, 46, FILTER_OPTIONS.len() as u16 + 2);
    super::clear(area, buf);
    let total = app.catalog().models().len();
    let count = crate::i18n::tf(
        Msg::FilterListed,
        &[("n", &app.visible().len()), ("total", &total)],
    );
    let block = super::pane(Line::from(t(Msg::FilterTitle)), true, theme)
        .title_bottom(Line::styled(count, theme.dim).right_aligned());
    let inner = block.inner(area);
    block.render(area, buf);
    let w = usize::from(inner.width);
    for (row, option) in FILTER_OPTIONS.into_iter().enumerate() {
        let (label, on) = filter_line(app, option);
        let check = if on { "[x]" } else { "[ ]" };
        let style = if row == cursor {
            theme.selected
        } else {
            ratatui::style::Style::default()
        };
        let line = Line::styled(fit(&format!(" {check} {label}"), w), style);
        put(buf, inner, row, &line);
    }
}

/// The chooser: what was typed on the first line, then the values containing it.
fn chooser(
    app: &App,
    field: ChoiceField,
    query: &str,
    cursor: usize,
    body: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let theme = app.theme();
    let area = centred(body, 46, FILTER_OPTIONS.len() as u16 + 2);
    super::clear(area, buf);
    let choices = app.choices(field, query);
    let total = app.choices(field, "").len().saturating_sub(1);
    let values = choices.iter().filter(|c| c.is_some()).count();
    let title = match field {
        ChoiceField::Developer => t(Msg::ChooseDeveloper),
        ChoiceField::Country => t(Msg::ChooseCountry),
    };
    let count = tf(Msg::ChooseCount, &[("n", &values), ("total", &total)]);
    let block = super::pane(Line::from(title), true, theme)
        .title_bottom(Line::styled(count, theme.dim).right_aligned());
    let inner = block.inner(area);
    block.render(area, buf);
    let w = usize::from(inner.width);
    put(
        buf,
        inner,
        0,
        &Line::from(vec![
            Span::styled(" > ", theme.key),
            Span::raw(text::clip(query, w.saturating_sub(4))),
        ]),
    );
    let rows = usize::from(inner.height).saturating_sub(1);
    if choices.is_empty() {
        let none = tf(Msg::ChooseNone, &[("query", &query)]);
        put(
            buf,
            inner,
            1,
            &Line::styled(fit(&format!(" {none}"), w), theme.dim),
        );
    }
    let offset = cursor.saturating_sub(rows.saturating_sub(1));
    for (row, choice) in choices.iter().enumerate().skip(offset).take(rows) {
        let label = match (field, choice) {
            (_, Some(v)) => v.clone(),
            (ChoiceField::Developer, None) => t(Msg::FilterAnyDeveloper).to_string(),
            (ChoiceField::Country, None) => t(Msg::FilterAnyCountry).to_string(),
        };
        let style = if row == cursor {
            theme.selected
        } else {
            ratatui::style::Style::default()
        };
        put(
            buf,
            inner,
            1 + row - offset,
            &Line::styled(fit(&format!(" {label}"), w), style),
        );
    }
    let x = inner.x + (3 + text::width(query)).min(w.saturating_sub(1)) as u16;
    (inner.height > 0).then_some(Position::new(x, inner.y))
}

fn weights_editor(app: &App, cursor: usize, body: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let d = &app.catalog().dataset;
    let pillars = d.criteria.len() as u16;
    let area = centred(body, 56, pillars + 6);
    super::clear(area, buf);
    let block = super::pane(Line::from(t(Msg::WeightsTitle)), true, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let w = usize::from(inner.width);
    let max = usize::from(crate::score::MAX_WEIGHT);
    for (row, p) in d.criteria.iter().enumerate() {
        let weight = usize::from(app.weights().pillar(&p.id));
        let selected = row == cursor;
        let name = fit(&format!(" {}", p.name), w.saturating_sub(max + 6).min(30));
        let mut spans = vec![
            Span::styled(
                name,
                if selected {
                    theme.selected
                } else {
                    theme.label
                },
            ),
            Span::raw(" "),
            Span::styled(
                theme.symbols.bar_full.repeat(weight),
                theme.bar(weight as f64),
            ),
            Span::styled(
                theme.symbols.bar_empty.repeat(max - weight),
                theme.bar_empty(),
            ),
            Span::raw(format!(" {weight}")),
        ];
        if selected {
            spans.push(Span::styled(" <", theme.key));
        }
        put(buf, inner, row, &Line::from(spans));
    }
    let preset = match weights::matching_preset(app.weights()) {
        Some(p) => tf(
            Msg::PresetIs,
            &[("name", &crate::i18n::values::preset_with_id(p))],
        ),
        None => t(Msg::PresetNone).to_string(),
    };
    let rows = usize::from(pillars);
    put(
        buf,
        inner,
        rows + 1,
        &Line::styled(fit(&preset, w), theme.heading),
    );
    let described = weights::describe(app.weights(), d);
    for (i, l) in text::wrap(&described, w.saturating_sub(1))
        .iter()
        .take(2)
        .enumerate()
    {
        put(
            buf,
            inner,
            rows + 2 + i,
            &Line::styled(format!(" {l}"), theme.dim),
        );
    }
}

fn export(app: &App, path: &str, confirm: bool, body: Rect, buf: &mut Buffer) -> Option<Position> {
    let theme = app.theme();
    let height = 3.min(body.height);
    let area = Rect::new(body.x, body.bottom() - height, body.width, height);
    super::clear(area, buf);
    let title = if confirm {
        t(Msg::ExportExists)
    } else {
        t(Msg::ExportTo)
    };
    let block = super::pane(Line::from(title), true, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let w = usize::from(inner.width);
    // Show the end of a long path, where the typing happens.
    let shown: String = {
        let chars: Vec<char> = path.chars().collect();
        let keep = w.saturating_sub(2);
        let skip = chars.len().saturating_sub(keep);
        chars[skip..].iter().collect()
    };
    put(buf, inner, 0, &Line::raw(format!(" {shown}")));
    let x = inner.x + (1 + text::width(&shown)).min(w.saturating_sub(1)) as u16;
    (inner.height > 0).then_some(Position::new(x, inner.y))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::data::Dataset;
    use crate::tui::action::Action;
    use crate::tui::theme::Theme;

    #[test]
    fn the_commercial_use_line_says_when_only_unrestricted_licences_are_kept() {
        let d =
            Dataset::from_json_str(include_str!("../../../tests/fixtures/models.json")).unwrap();
        let mut app = App::new(Catalog::new(d), Theme::monochrome(), (100, 30));
        app.update(Action::OpenFilters);
        let at = FILTER_OPTIONS
            .iter()
            .position(|o| *o == FilterOption::CommercialUse)
            .unwrap();
        for _ in 0..at {
            app.update(Action::MoveDown);
        }
        let line = |app: &App| filter_line(app, FilterOption::CommercialUse);
        assert_eq!(line(&app), ("commercial use allowed".to_string(), false));
        app.update(Action::ToggleOption);
        assert_eq!(line(&app), ("commercial use allowed".to_string(), true));
        app.update(Action::ToggleOption);
        assert_eq!(
            line(&app),
            (
                "commercial use allowed, unrestricted only".to_string(),
                true
            )
        );
    }
}
