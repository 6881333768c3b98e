//! An entry's capability as labelled lines, the same in `show`, its Markdown and the browser's
//! detail pane.

use crate::data::{FigureKind, Model, FIGURES};
use crate::format;

/// One line of the capability section: a label and its text.
pub type Line = (String, String);

/// The figures in display order (known ones first), then one line per distinct source saying
/// where, when and of which variant they were read. An entry without figures gets one line,
/// "not benchmarked".
pub fn lines(m: &Model) -> Vec<Line> {
    let Some(c) = m.capability.as_ref().filter(|c| !c.figures.is_empty()) else {
        return vec![("Capability".into(), format::NOT_BENCHMARKED.into())];
    };
    let known = FIGURES.iter().map(|k| k.id);
    let others = c
        .figures
        .keys()
        .map(String::as_str)
        .filter(|id| FigureKind::find(id).is_none());
    let mut out: Vec<Line> = Vec::new();
    let mut sources: Vec<String> = Vec::new();
    for id in known.chain(others) {
        let Some(f) = c.figures.get(id) else { continue };
        let label = FigureKind::find(id).map_or_else(|| id.to_string(), |k| k.label.to_string());
        out.push((label, format::figure(f.value, f.unit)));
        let variant = f
            .variant
            .as_ref()
            .map(|v| format!(", variant {v}"))
            .unwrap_or_default();
        let source = format!(
            "{} ({}, as of {}{variant})",
            f.source,
            f.reported.as_str(),
            f.as_of
        );
        if !sources.contains(&source) {
            sources.push(source);
        }
    }
    out.extend(sources.into_iter().map(|s| ("Source".to_string(), s)));
    if let Some(note) = &c.note {
        out.push(("Note".into(), note.clone()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Dataset;

    #[test]
    fn figures_come_with_where_and_when_they_were_read() {
        let d = Dataset::embedded().unwrap();
        let gpt = &d.models[d.position_of("gpt-5-1").unwrap()];
        let l = lines(gpt);
        assert_eq!(l[0], ("Intelligence Index".into(), "47.7".into()));
        let source = l.iter().find(|(k, _)| k == "Source").unwrap();
        assert_eq!(
            source.1,
            "https://artificialanalysis.ai/models/gpt-5-1 (independent, as of 2026-04-02, variant gpt-5-1)"
        );
        let bert = &d.models[d.position_of("bert").unwrap()];
        assert_eq!(
            lines(bert),
            [("Capability".into(), "not benchmarked".into())]
        );
    }
}
