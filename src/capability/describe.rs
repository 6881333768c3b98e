//! An entry's capability as labelled lines, the same in `show`, its Markdown and the browser's
//! detail pane.

use crate::data::{FigureKind, Model, FIGURES};
use crate::format;
use crate::i18n::{t, tf, values, Msg};

/// One line of the capability section: a label and its text.
pub type Line = (String, String);

/// The figures in display order (known ones first), then one line per distinct source saying
/// where, when and of which variant they were read. An entry without figures gets one line,
/// "not benchmarked".
pub fn lines(m: &Model) -> Vec<Line> {
    let Some(c) = m.capability.as_ref().filter(|c| !c.figures.is_empty()) else {
        return vec![(
            t(Msg::MdCapability).into(),
            values::word(format::NOT_BENCHMARKED).into(),
        )];
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
        let label = FigureKind::find(id).map_or(id, |k| k.label);
        out.push((
            values::word(label).to_string(),
            format::figure(f.value, f.unit),
        ));
        let variant = f
            .variant
            .as_ref()
            .map(|v| tf(Msg::CapVariant, &[("variant", v)]))
            .unwrap_or_default();
        let source = tf(
            Msg::CapReadAt,
            &[
                ("source", &f.source),
                ("reported", &values::word(f.reported.as_str())),
                ("date", &f.as_of),
                ("variant", &variant),
            ],
        );
        if !sources.contains(&source) {
            sources.push(source);
        }
    }
    out.extend(
        sources
            .into_iter()
            .map(|s| (t(Msg::CapSource).to_string(), s)),
    );
    if let Some(note) = &c.note {
        out.push((t(Msg::CapNote).into(), note.clone()));
    }
    out
}

/// Whether a line's label marks where figures came from rather than a figure (drawn dimmed).
pub fn is_provenance(label: &str) -> bool {
    label == t(Msg::CapSource) || label == t(Msg::CapNote)
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

    #[test]
    fn in_chinese_labels_and_where_figures_came_from_read_in_chinese() {
        let d = Dataset::embedded().unwrap();
        let gpt = &d.models[d.position_of("gpt-5-1").unwrap()];
        crate::i18n::set(crate::i18n::Lang::Zh);
        let l = lines(gpt);
        let bert = lines(&d.models[d.position_of("bert").unwrap()]);
        crate::i18n::set(crate::i18n::Lang::En);
        assert_eq!(l[0], ("智能指数".into(), "47.7".into()));
        let source = l.iter().find(|(k, _)| is_provenance_zh(k)).unwrap();
        assert!(
            source.1.contains("独立测评，截至 2026-04-02，版本 gpt-5-1"),
            "{}",
            source.1
        );
        assert_eq!(bert, [("能力".into(), "无基准数据".into())]);
    }

    fn is_provenance_zh(label: &str) -> bool {
        crate::i18n::set(crate::i18n::Lang::Zh);
        let yes = is_provenance(label);
        crate::i18n::set(crate::i18n::Lang::En);
        yes
    }
}
