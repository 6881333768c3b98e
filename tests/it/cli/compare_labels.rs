//! `compare` row labels are never cut (issue 16: at 100 columns "Price /Mtok (blended 3:1)" read
//! "Price /Mtok (blended 3:…"): at 60, 80, 100 and 120 columns, in English and Chinese, every
//! label is shown whole, on one line or wrapped, and no value is cut either.

use super::bare;
use modeldex::text::width;

/// Comparisons whose labels are checked, each at every width it fits (four entries side by side
/// need more than 60 columns).
const COMPARISONS: [(&[&str], &[usize]); 3] = [
    (
        &["gpt-4o", "gemini-2-5-pro", "deepseek-r1"],
        &[60, 80, 100, 120],
    ),
    (&["bloom", "llama-3-1-405b"], &[60, 80, 100, 120]),
    (
        &["gpt-4o", "claude-opus-4-6", "gemini-2-5-pro", "deepseek-r1"],
        &[80, 100, 120],
    ),
];

/// The table of `modeldex --lang LANG compare IDS` piped at `COLUMNS=w`: the lines before the
/// blank line that ends it (the legend follows).
fn table(lang: &str, ids: &[&str], w: usize) -> Vec<String> {
    let out = bare()
        .env("COLUMNS", w.to_string())
        .args(["--lang", lang, "compare"])
        .args(ids)
        .output()
        .expect("runs");
    assert!(out.status.success(), "{ids:?} at {w}");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    text.lines()
        .take_while(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// Section headings and row labels as a table wide enough for all of them shows them: a heading
/// is a line of one cell, a label what comes before the two spaces that separate it from the
/// first value.
fn headings_and_labels(lang: &str, ids: &[&str]) -> (Vec<String>, Vec<String>) {
    let (mut headings, mut labels) = (Vec::new(), Vec::new());
    for line in table(lang, ids, 1000).iter().skip(1) {
        match line.split_once("  ") {
            Some((label, _)) => labels.push(label.to_string()),
            None => headings.push(line.clone()),
        }
    }
    assert!(labels.len() > 30, "{lang} {ids:?}: {labels:?}");
    (headings, labels)
}

/// The first `cols` display columns of `line`.
fn first_columns(line: &str, cols: usize) -> String {
    let mut used = 0;
    line.chars()
        .take_while(|c| {
            used += width(&c.to_string());
            used <= cols
        })
        .collect()
}

/// Text without its spaces: a wrapped label reads the same as the label on one line.
fn squeezed(parts: &[String]) -> String {
    parts.concat().split_whitespace().collect()
}

#[test]
fn compare_row_labels_are_never_cut_in_english_or_chinese() {
    for lang in ["en", "zh"] {
        for (ids, widths) in COMPARISONS {
            let (headings, labels) = headings_and_labels(lang, ids);
            for &w in widths {
                let lines = table(lang, ids, w);
                // The header row leaves the label column blank: its first name starts after it.
                let header = &lines[0];
                let label_width = width(header) - width(header.trim_start()) - 2;
                let shown: Vec<String> = lines[1..]
                    .iter()
                    .filter(|l| !headings.contains(l))
                    .map(|l| first_columns(l, label_width).trim().to_string())
                    .collect();
                let all = lines.join("\n");
                assert_eq!(
                    squeezed(&shown),
                    squeezed(&labels),
                    "{lang} {ids:?} at {w}: the labels differ from the whole ones:\n{all}"
                );
                assert!(!all.contains('…'), "{lang} {ids:?} at {w} cuts:\n{all}");
                for line in &lines {
                    assert!(width(line) <= w, "{lang} {ids:?} at {w}: {line:?}");
                }
            }
        }
    }
}

#[test]
fn the_longest_label_keeps_one_line_at_100_columns() {
    let lines = table("en", &["gpt-4o", "gemini-2-5-pro", "deepseek-r1"], 100);
    for label in ["Price /Mtok (blended 3:1)", "Documentation & transparency"] {
        assert!(
            lines.iter().any(|l| l.starts_with(&format!("{label}  "))),
            "{label:?} is not on one line:\n{}",
            lines.join("\n")
        );
    }
}
