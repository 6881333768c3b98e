//! Markdown tables and CSV records as text: the CLI's `markdown`/`csv` formats and the browser's
//! comparison export and copy share these, so both write the same text.

use crate::text::plain;

/// How a column's cells sit in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// Escapes text for a Markdown table cell: no control characters, and the characters that would end
/// the cell or start formatting (`|`, `*`, `_`, backticks, brackets, angle brackets) backslashed.
pub fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in plain(s).chars() {
        if matches!(c, '\\' | '|' | '*' | '_' | '`' | '<' | '>' | '[' | ']') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Text as an inline code span (for ids), or escaped text when it holds a backtick or a pipe.
pub fn md_code(s: &str) -> String {
    let s = plain(s);
    if s.is_empty() || s.contains(['`', '|']) {
        md_escape(&s)
    } else {
        format!("`{s}`")
    }
}

/// A URL as a Markdown autolink, or escaped text when it cannot be one.
pub fn md_link(url: &str) -> String {
    let url = plain(url);
    let safe = (url.starts_with("https://") || url.starts_with("http://"))
        && !url.contains(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '|' | '\\'));
    if safe {
        format!("<{url}>")
    } else {
        md_escape(&url)
    }
}

/// A GitHub-flavoured Markdown table. Cells are inserted as given (escape data with
/// [`md_escape`] first); a newline inside a cell becomes a space so it cannot break the table.
pub fn markdown_table(headers: &[String], aligns: &[Align], rows: &[Vec<String>]) -> String {
    let line = |cells: &mut dyn Iterator<Item = String>| {
        let inner: Vec<String> = cells.collect();
        format!("| {} |\n", inner.join(" | "))
    };
    let clean = |s: &String| {
        let s = s.replace(['\r', '\n'], " ");
        if s.is_empty() {
            " ".to_string()
        } else {
            s
        }
    };
    let mut out = line(&mut headers.iter().map(clean));
    out.push_str(&line(&mut (0..headers.len()).map(
        |i| match aligns.get(i) {
            Some(Align::Right) => "---:".to_string(),
            _ => "---".to_string(),
        },
    )));
    for row in rows {
        out.push_str(&line(
            &mut (0..headers.len()).map(|i| row.get(i).map_or(" ".to_string(), clean)),
        ));
    }
    out
}

/// One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
fn csv_field(s: &str) -> String {
    let s = plain(s);
    if s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.into_owned()
    }
}

/// RFC 4180 CSV: the header row then the records, every line ending in CRLF.
pub fn csv<R: AsRef<[String]>>(header: &[String], records: impl IntoIterator<Item = R>) -> String {
    let mut out = String::new();
    let mut write_row = |row: &[String]| {
        for (i, field) in row.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&csv_field(field));
        }
        out.push_str("\r\n");
    };
    write_row(header);
    for record in records {
        write_row(record.as_ref());
    }
    out
}

/// A number for CSV: integers without a decimal point, others as written; empty when unknown.
pub fn csv_number(x: Option<f64>) -> String {
    x.map(|v| {
        if v.fract() == 0.0 && v.abs() < 1e15 {
            format!("{v:.0}")
        } else {
            v.to_string()
        }
    })
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_only_what_needs_quoting() {
        let out = csv(
            &["id".into(), "note".into()],
            &[vec!["a".into(), "x, \"y\"".into()]],
        );
        assert_eq!(out, "id,note\r\na,\"x, \"\"y\"\"\"\r\n");
    }

    #[test]
    fn csv_fields_lose_control_characters() {
        assert_eq!(csv_field("a\u{1b}[2Jb"), "a[2Jb");
    }

    #[test]
    fn csv_numbers_drop_needless_decimals() {
        assert_eq!(csv_number(Some(5.0)), "5");
        assert_eq!(csv_number(Some(3.25)), "3.25");
        assert_eq!(csv_number(None), "");
    }

    #[test]
    fn markdown_tables_have_a_separator_and_escape_pipes() {
        let out = markdown_table(
            &["Name".into(), "Score".into()],
            &[Align::Left, Align::Right],
            &[vec![md_escape("a|b"), "4".into()], vec![String::new()]],
        );
        assert_eq!(
            out,
            "| Name | Score |\n| --- | ---: |\n| a\\|b | 4 |\n|   |   |\n"
        );
    }

    #[test]
    fn links_are_autolinks_only_when_safe() {
        assert_eq!(md_link("https://x.org/a_b"), "<https://x.org/a_b>");
        assert_eq!(md_link("javascript:alert(1)"), "javascript:alert(1)");
        assert_eq!(md_link("https://x.org/a b|c"), "https://x.org/a b\\|c");
    }
}
