//! The detail of one entry laid out for a width: key facts, license flags, artefacts, access,
//! lifecycle, memory to self-host, capability figures, then every criterion by pillar with a 1–5
//! bar, its rationale and its sources.
//!
//! Independent of the [`App`](crate::tui::app::App): drawing shows these lines and measuring
//! counts them.

use crate::capability::describe;
use crate::data::{Dataset, Kind, Model};
use crate::format;
use crate::i18n::{pick, t, tf, values, Msg};
use crate::memory;
use crate::score;
use crate::tui::text::{self, fit, wrap};
use crate::tui::theme::Theme;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// Width of the fact labels ("Parameters", "License"...).
const LABEL: usize = 13;
/// Width of the capability labels ("Humanity's Last Exam" is the longest).
const FIGURE_LABEL: usize = 20;

/// Indent of rationales and sources under a criterion.
const NOTE_INDENT: usize = 4;

/// Lines under construction, wrapped to a fixed width.
struct Doc<'t> {
    lines: Vec<Line<'static>>,
    width: usize,
    theme: &'t Theme,
}

impl Doc<'_> {
    fn blank(&mut self) {
        self.lines.push(Line::default());
    }

    fn heading(&mut self, text: &str, extra: Option<String>) {
        let mut spans = vec![Span::styled(text.to_string(), self.theme.heading)];
        if let Some(e) = extra {
            spans.push(Span::styled(format!("  {e}"), self.theme.dim));
        }
        self.lines.push(Line::from(spans));
    }

    /// `text` wrapped under an indent of `indent` columns.
    fn para(&mut self, text: &str, indent: usize, style: Style) {
        let pad = " ".repeat(indent);
        for l in wrap(text, self.width.saturating_sub(indent)) {
            self.lines.push(Line::styled(format!("{pad}{l}"), style));
        }
    }

    /// A labelled fact; the value wraps under itself.
    fn fact(&mut self, label: &str, value: &str, style: Style) {
        self.fact_in(LABEL, label, value, style);
    }

    /// A fact whose label is `label_width` columns wide.
    fn fact_in(&mut self, label_width: usize, label: &str, value: &str, style: Style) {
        let indent = 2 + label_width + 1;
        let lines = wrap(value, self.width.saturating_sub(indent));
        for (i, l) in lines.into_iter().enumerate() {
            let head = if i == 0 {
                Span::styled(format!("  {} ", fit(label, label_width)), self.theme.label)
            } else {
                Span::raw(" ".repeat(indent))
            };
            self.lines
                .push(Line::from(vec![head, Span::styled(l, style)]));
        }
    }
}

/// A five-cell bar for a 1–5 score (out-of-range scores are clamped).
pub fn bar(score: Option<f64>, theme: &Theme) -> Vec<Span<'static>> {
    let filled = score.map_or(0, |s| s.round().clamp(0.0, 5.0) as usize);
    let s = &theme.symbols;
    vec![
        Span::styled(s.bar_full.repeat(filled), theme.bar(score.unwrap_or(0.0))),
        Span::styled(s.bar_empty.repeat(5 - filled), theme.bar_empty()),
    ]
}

/// The detail of `model`, wrapped to `width` columns.
pub fn model_lines(
    model: &Model,
    dataset: &Dataset,
    theme: &Theme,
    width: usize,
) -> Vec<Line<'static>> {
    let mut doc = Doc {
        lines: Vec::new(),
        width: width.max(1),
        theme,
    };
    let mut title = vec![
        Span::styled(model.name.clone(), theme.title),
        Span::raw("  "),
    ];
    if let Some(zh) = crate::i18n::chinese_name(model) {
        title.insert(1, Span::styled(format!(" {zh}"), theme.title));
    }
    title.push(Span::styled(
        values::openness(model.openness),
        theme.openness(model.openness),
    ));
    if model.kind != Kind::Model {
        title.push(Span::styled(
            format!(" {}", values::kind(model.kind)),
            theme.dim,
        ));
    }
    if let Some(badge) = format::lifecycle_badge(model) {
        title.push(Span::styled(
            format!("  {}", values::word(badge)),
            theme.warning,
        ));
    }
    doc.lines.push(Line::from(title));
    if let Some(summary) = &model.summary {
        doc.para(summary, 0, Style::new());
    }
    doc.blank();
    key_facts(&mut doc, model);
    if model.kind == Kind::Model {
        doc.blank();
        capability(&mut doc, model);
    }
    offers(&mut doc, model);
    // One name column for every pillar, so all bars line up.
    let name_width = dataset
        .leaf_criteria()
        .map(|(_, c)| text::width(&c.name))
        .max()
        .unwrap_or(0)
        .min(width / 2);
    for pillar in &dataset.criteria {
        doc.blank();
        let mean = score::plain_pillar_score(model, pillar);
        let extra = mean.map_or_else(|| t(Msg::NotRated).to_string(), |m| format!("{m:.1}/5"));
        doc.heading(&pillar.name, Some(extra));
        for c in &pillar.sub_criteria {
            let rating = model.ratings.get(&c.id);
            let mut spans = vec![Span::styled(
                format!("  {} ", fit(&c.name, name_width)),
                theme.label,
            )];
            spans.extend(bar(rating.map(|r| f64::from(r.score)), theme));
            let Some(r) = rating else {
                spans.push(Span::styled(format!(" {}", t(Msg::NotRated)), theme.dim));
                doc.lines.push(Line::from(spans));
                continue;
            };
            spans.push(Span::raw(format!(" {}", r.score)));
            if r.derived {
                spans.push(Span::styled(t(Msg::Derived), theme.dim));
            }
            doc.lines.push(Line::from(spans));
            doc.para(&r.rationale, NOTE_INDENT, Style::new());
            for src in &r.sources {
                doc.para(&format!("↗ {src}"), NOTE_INDENT, theme.dim);
            }
        }
    }
    if !model.sources.is_empty() {
        doc.blank();
        doc.heading(t(Msg::MdSources), None);
        for s in &model.sources {
            doc.para(&s.title, 2, Style::new());
            doc.para(&s.url, NOTE_INDENT, theme.dim);
        }
    }
    doc.lines
}

fn key_facts(doc: &mut Doc<'_>, m: &Model) {
    let plain = Style::new();
    doc.heading(t(Msg::KeyFacts), None);
    // The id is what `modeldex show/compare` and `y` take, so it is always shown.
    doc.fact(t(Msg::DetailId), &m.id, plain);
    if !m.aliases.is_empty() {
        doc.fact(t(Msg::AlsoKnownAs), &m.aliases.join(", "), plain);
    }
    let mut developer = m
        .developer
        .clone()
        .unwrap_or_else(|| format::UNKNOWN.into());
    if let Some(country) = &m.country {
        let country = values::word(country);
        developer.push_str(&crate::i18n::pick(
            format!(" ({country})"),
            format!("（{country}）"),
        ));
    }
    doc.fact(t(Msg::FactDeveloper), &developer, plain);
    let mut kind = values::kind(m.kind).to_string();
    if let Some(family) = &m.family {
        kind.push_str(&tf(Msg::FamilyOf, &[("family", family)]));
    }
    doc.fact(t(Msg::FactKind), &kind, plain);
    doc.fact(t(Msg::FactReleased), &format::released(m), plain);
    if let (Some(text), Some(l)) = (format::lifecycle(m), &m.lifecycle) {
        let style = match format::lifecycle_badge(m) {
            Some(_) => doc.theme.warning,
            None => plain,
        };
        doc.fact(t(Msg::FactStatus), &text, style);
        if let Some(note) = &l.note {
            doc.fact("", note, doc.theme.dim);
        }
        if let Some(src) = &l.source {
            doc.fact("", src, doc.theme.dim);
        }
    }
    if m.kind == Kind::Model {
        doc.fact(
            t(Msg::FactParameters),
            values::word(&format::params(m)),
            plain,
        );
        let context = match m.context_tokens {
            Some(_) => tf(Msg::Tokens, &[("n", &format::context(m.context_tokens))]),
            None => format::UNKNOWN.to_string(),
        };
        doc.fact(t(Msg::FactContext), &context, plain);
        if let Some(e) = memory::estimate(m) {
            doc.fact(t(Msg::FactMemory), &memory::summary(e), plain);
            doc.fact("", t(Msg::MemoryNote), doc.theme.dim);
        }
    }
    if !m.modalities.is_empty() {
        doc.fact(
            t(Msg::FactModalities),
            &values::words(&m.modalities, ", "),
            plain,
        );
    }
    doc.fact(
        t(Msg::FactOpenness),
        values::openness(m.openness),
        doc.theme.openness(m.openness),
    );
    match &m.license {
        Some(l) => {
            let name = match &l.spdx {
                Some(spdx) if spdx != &l.name => format!("{} ({spdx})", l.name),
                _ => l.name.clone(),
            };
            doc.fact(t(Msg::FactLicense), &name, plain);
            let flags = tf(
                Msg::LicenseFlags,
                &[
                    ("osi", &values::word(format::yes_no(l.osi_approved))),
                    ("use", &values::commercial_use(l.commercial_use)),
                ],
            );
            doc.fact("", &flags, plain);
            if let Some(notes) = &l.notes {
                doc.fact("", notes, doc.theme.dim);
            }
        }
        None => doc.fact(t(Msg::FactLicense), format::UNKNOWN, plain),
    }
    let artifacts: Vec<String> = m
        .artifacts
        .labelled()
        .iter()
        .map(|(label, a)| format!("{} {}", values::word(label), values::availability(*a)))
        .collect();
    doc.fact(t(Msg::DetailArtifacts), &artifacts.join(" · "), plain);
    let access = if m.access.is_empty() {
        format::UNKNOWN.to_string()
    } else {
        values::words(&m.access, ", ")
    };
    doc.fact(t(Msg::FactAccess), &access, plain);
    if let Some(p) = &m.pricing {
        // A pricing block without figures records why there is no price; say that instead.
        let mut price = match (&p.note, p.input_per_mtok.or(p.output_per_mtok)) {
            (Some(why), None) => tf(Msg::PriceNotRecorded, &[("why", why)]),
            _ => tf(Msg::PerMillion, &[("price", &format::price(Some(p)))]),
        };
        if let Some(date) = &p.as_of {
            price.push_str(&tf(Msg::AsOf, &[("date", date)]));
        }
        doc.fact(t(Msg::FactPrice), &price, plain);
    }
    // Provenance, once a file is involved: the entry's own facts and its offers may come from
    // different files (a curated entry a catalog was merged into).
    if m.facts_from.is_some() || !m.offers.is_empty() {
        doc.fact(t(Msg::FactFactsFrom), &format::facts_from(m), doc.theme.dim);
    }
    let files = m.offers.files();
    if !files.is_empty() {
        doc.fact(t(Msg::FactOffersFrom), &files.join(", "), doc.theme.dim);
    }
}

/// Every offer, cheapest first: the provider and its id for the model, the terms, the provider's
/// page. Nothing for an entry without offers.
fn offers(doc: &mut Doc<'_>, m: &Model) {
    if m.offers.is_empty() {
        return;
    }
    doc.blank();
    let n = m.offers.len();
    let providers = m.offers.providers();
    let english = format!(
        "{n} {} from {providers} {}, cheapest first",
        if n == 1 { "offer" } else { "offers" },
        if providers == 1 {
            "provider"
        } else {
            "providers"
        }
    );
    let chinese = tf(Msg::OffersCount, &[("n", &n), ("providers", &providers)]);
    doc.heading(t(Msg::OffersHeading), Some(pick(english, chinese)));
    for o in &m.offers {
        doc.lines.push(Line::from(vec![
            Span::styled(format!("  {}", o.provider), doc.theme.label),
            Span::styled(format!("  {}", o.model_id), doc.theme.dim),
        ]));
        doc.para(&format::offer_terms(o), NOTE_INDENT, Style::new());
        if let Some(url) = &o.url {
            doc.para(&format!("↗ {url}"), NOTE_INDENT, doc.theme.dim);
        }
    }
    // What the listings say the model can do (`show` gives each offer's), and whether every
    // one of them is on its way out.
    if let Some(features) = format::features(m) {
        doc.fact(t(Msg::FactCapabilities), &features, Style::new());
    }
    if m.lifecycle.is_none() && m.is_deprecated() {
        doc.fact(
            t(Msg::FactStatus),
            crate::i18n::pick("deprecated at every provider", "所有提供方均已弃用"),
            Style::new(),
        );
    }
}

/// The capability figures with where, when and of which variant they were read, or "not
/// benchmarked".
fn capability(doc: &mut Doc<'_>, m: &Model) {
    if m.capability.as_ref().is_none_or(|c| c.figures.is_empty()) {
        doc.heading(
            t(Msg::MdCapability),
            Some(values::word(format::NOT_BENCHMARKED).to_string()),
        );
        return;
    }
    doc.heading(t(Msg::MdCapability), None);
    for (label, value) in describe::lines(m) {
        let style = if describe::is_provenance(&label) {
            doc.theme.dim
        } else {
            Style::new()
        };
        doc.fact_in(FIGURE_LABEL, &label, &value, style);
    }
}

/// The detail pane's only line when the list is empty.
pub fn nothing_selected(theme: &Theme) -> Line<'static> {
    Line::styled(t(Msg::NothingSelected), theme.dim)
}
