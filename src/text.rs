//! Measuring, clipping and wrapping text by display width, so wide (CJK) characters align. Shared by
//! the command line's tables and the interactive browser; knows nothing about terminals.

use crate::data::sanitize::is_unsafe;
use std::borrow::Cow;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The number of terminal columns `s` occupies.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` without control characters or bidirectional overrides; data is cleaned at load, this keeps
/// text built elsewhere from reaching the terminal raw.
pub fn plain(s: &str) -> Cow<'_, str> {
    if s.chars().any(is_unsafe) {
        Cow::Owned(
            s.chars()
                .map(|c| if c.is_whitespace() { ' ' } else { c })
                .filter(|&c| !is_unsafe(c))
                .collect(),
        )
    } else {
        Cow::Borrowed(s)
    }
}

/// `s` clipped to at most `max` columns, ending in `…` when something was cut.
pub fn clip(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// Splits `s` into lines of at most `max` columns: on `\n` first, then between words; a word wider
/// than `max` is broken inside. Always returns at least one line.
pub fn wrap(s: &str, max: usize) -> Vec<String> {
    wrap_with(s, max, true)
}

/// Like [`wrap`], but a word wider than `max` stays whole on its own line when `break_words` is
/// false: a URL at the end of a line is better overflowing than cut, so it can still be copied.
pub fn wrap_with(s: &str, max: usize, break_words: bool) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    for paragraph in s.split('\n') {
        let mut line = String::new();
        let mut used = 0;
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let w = width(word);
            if used > 0 && used + 1 + w <= max {
                line.push(' ');
                line.push_str(word);
                used += 1 + w;
                continue;
            }
            // Chinese and Japanese break between any two characters: a word of wide characters
            // starts on this line when its first character fits.
            let wide = break_words && word.chars().any(|c| c.width() == Some(2));
            if used > 0 && wide && used + 3 <= max {
                line.push(' ');
                used += 1;
            } else if used > 0 {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            if !break_words {
                line.push_str(word);
                used = w;
                continue;
            }
            for c in word.chars() {
                let cw = c.width().unwrap_or(0);
                if used + cw > max && used > 0 {
                    // A closing mark (。，）) never starts a line: the character before it
                    // goes down with it, as Chinese typesetting does.
                    let carried = match (no_line_start(c), line.chars().count() > 1) {
                        (true, true) => line.pop().filter(|p| *p != ' '),
                        _ => None,
                    };
                    lines.push(std::mem::take(&mut line).trim_end().to_string());
                    used = 0;
                    if let Some(p) = carried {
                        line.push(p);
                        used = p.width().unwrap_or(0);
                    }
                }
                line.push(c);
                used += cw;
            }
        }
        lines.push(line);
    }
    lines
}

/// Whether `c` is a closing mark that Chinese typesetting keeps off the start of a line.
fn no_line_start(c: char) -> bool {
    matches!(
        c,
        '。' | '，'
            | '、'
            | '；'
            | '：'
            | '！'
            | '？'
            | '）'
            | '」'
            | '』'
            | '》'
            | '】'
            | '”'
            | '’'
    )
}

/// `s` padded with spaces to `cols` columns (on the right when `right` is false).
pub fn pad(s: &str, cols: usize, right: bool) -> String {
    let fill = " ".repeat(cols.saturating_sub(width(s)));
    if right {
        fill + s
    } else {
        format!("{s}{fill}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_text_breaks_between_characters_without_wasting_the_line() {
        assert_eq!(
            wrap("1: 数据必须离开你的控制", 10),
            vec!["1: 数据必", "须离开你的", "控制"]
        );
        assert!(wrap("3: 有一定控制：可部分自托管", 12)
            .iter()
            .all(|l| width(l) <= 12));
    }

    #[test]
    fn a_closing_mark_never_starts_a_line() {
        // Five columns hold two characters: "。" would start the second line alone.
        assert_eq!(wrap("数据流向。", 8), vec!["数据流", "向。"]);
        assert_eq!(wrap("版本 v3）", 7), vec!["版本 v", "3）"]);
        for line in wrap("完全运行在你自己的基础设施内，并可端到端审查。", 9)
        {
            assert!(width(&line) <= 9, "{line:?}");
            assert!(!line.starts_with(['。', '，']), "{line:?}");
        }
    }

    #[test]
    fn wide_characters_count_twice() {
        assert_eq!(width("通义"), 4);
        assert_eq!(pad("通义", 6, false), "通义  ");
        assert_eq!(pad("ab", 4, true), "  ab");
    }

    #[test]
    fn clipping_respects_display_width() {
        assert_eq!(clip("abcdef", 4), "abc…");
        assert_eq!(clip("abc", 3), "abc");
        // A wide char that would straddle the limit is dropped whole.
        assert_eq!(clip("a通义千问", 4), "a通…");
        assert!(width(&clip("通义千问通义千问", 7)) <= 7);
        assert_eq!(clip("abc", 0), "");
    }

    #[test]
    fn wrapping_breaks_between_words_and_inside_long_ones() {
        assert_eq!(wrap("one two three", 7), vec!["one two", "three"]);
        assert_eq!(wrap("abcdefgh", 3), vec!["abc", "def", "gh"]);
        assert_eq!(wrap("a\nb", 10), vec!["a", "b"]);
        assert_eq!(wrap("", 10), vec![""]);
        assert_eq!(
            wrap_with("see https://example.org/long", 8, false),
            vec!["see", "https://example.org/long"]
        );
        for line in wrap("通义千问 Qwen 通义千问通义千问", 5) {
            assert!(width(&line) <= 5, "{line:?}");
        }
    }

    #[test]
    fn plain_removes_escape_sequences() {
        assert_eq!(plain("a\u{1b}[31mb\u{202E}"), "a[31mb");
        assert!(matches!(plain("clean"), Cow::Borrowed(_)));
    }
}
