//! An entry's offers and the provenance of its facts in `show`: a table (or Markdown table) of
//! every offer, cheapest first, and which file each kind of fact came from.

use super::output::{self, md_escape, md_link, text, Align, Cell, Column, Paint, Style, Table};
use crate::data::Model;
use crate::format;
use crate::i18n::{t, Msg};

/// "Facts from" and "Offers from" facts: shown once a file is involved (the entry came from one,
/// or a catalog's offers joined it).
pub fn provenance(m: &Model) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if m.facts_from.is_some() || !m.offers.is_empty() {
        out.push((t(Msg::FactFactsFrom), format::facts_from(m)));
    }
    let files = m.offers.files();
    if !files.is_empty() {
        out.push((t(Msg::FactOffersFrom), files.join(", ")));
    }
    out
}

/// The OFFERS section of `show`: one row per offer, cheapest first, with the provider's page under
/// its terms; empty when there are none.
pub fn table(m: &Model, style: &Style) -> String {
    if m.offers.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "\n{}\n",
        Paint::Header.apply(t(Msg::HeadOffers), style.color)
    );
    let mut table = Table::new(vec![
        Column::left(t(Msg::ColProvider)),
        Column::left(t(Msg::ColProviderId)),
        Column::wrapping(t(Msg::ColTerms)),
    ]);
    for o in &m.offers {
        let mut terms = format::offer_terms(o);
        if let Some(extras) = format::offer_extras(o) {
            terms.push_str(" · ");
            terms.push_str(&extras);
        }
        if let Some(url) = &o.url {
            terms.push('\n');
            terms.push_str(&text::plain(url));
        }
        table.row(vec![
            Cell::painted(o.provider.clone(), Paint::Label),
            Cell::plain(o.model_id.clone()),
            Cell::plain(terms),
        ]);
    }
    out.push_str(&table.render(style));
    out
}

/// The Offers section of `show --format markdown`; empty when there are none.
pub fn markdown(m: &Model) -> String {
    if m.offers.is_empty() {
        return String::new();
    }
    let rows: Vec<Vec<String>> = m
        .offers
        .iter()
        .map(|o| {
            vec![
                md_escape(&o.provider),
                output::md_code(&o.model_id),
                md_escape(&match format::offer_extras(o) {
                    Some(extras) => format!("{} · {extras}", format::offer_terms(o)),
                    None => format::offer_terms(o),
                }),
                o.url.as_deref().map(md_link).unwrap_or_default(),
            ]
        })
        .collect();
    let headers = [
        t(Msg::ColProvider).to_string(),
        t(Msg::ColProviderId).to_string(),
        t(Msg::ColTerms).to_string(),
        "URL".to_string(),
    ];
    format!(
        "\n### {}\n\n{}",
        t(Msg::MdOffers),
        output::markdown_table(&headers, &[Align::Left; 4], &rows)
    )
}
