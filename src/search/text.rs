//! Text helpers for search: case folding, character and pair masks, and the subsequence test.
//!
//! Everything here has an ASCII fast path, since nearly every catalog string is ASCII, and a char
//! path that gives the same answer for everything else.

/// Lowercases character by character so that char positions stay aligned with the original string.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Appends the folded form of `s` to `out` (see [`fold`]).
pub fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
    } else {
        out.extend(s.chars().map(|c| c.to_lowercase().next().unwrap_or(c)));
    }
}

/// The letters and digits of `s`, folded: `GPT-4o` → `gpt4o`.
pub fn compact(s: &str) -> String {
    fold(s).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// How the letters and digits of a folded `text` compare with a compact query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compact {
    /// They are the same.
    Equal,
    /// The query is a proper prefix of them.
    Prefix,
    /// Neither.
    Other,
}

/// Compares the compact form of the folded `text` with `compact` without building it.
pub fn compare_compact(text: &str, compact: &str) -> Compact {
    let mut letters = text.chars().filter(|c| c.is_alphanumeric());
    for want in compact.chars() {
        if letters.next() != Some(want) {
            return Compact::Other;
        }
    }
    if letters.next().is_none() {
        Compact::Equal
    } else {
        Compact::Prefix
    }
}

/// Whether `word` occurs in the folded `text` as a whole word: bounded by the text's ends or by
/// chars that are not letters or digits.
pub fn has_word(text: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    text.match_indices(word).any(|(at, _)| {
        boundary(text[..at].chars().next_back()) && boundary(text[at + word.len()..].chars().next())
    })
}

/// The bit standing for `c` in a character mask: one bit per ASCII letter and digit, the other
/// characters share the remaining bits. Two strings with a char in common share its bit.
pub fn char_bit(c: char) -> u64 {
    let code = u32::from(c);
    let bit = match c {
        'a'..='z' => code - u32::from('a'),
        '0'..='9' => 26 + code - u32::from('0'),
        _ if c.is_ascii() => 36 + code % 12,
        _ => 48 + code % 16,
    };
    1 << bit
}

/// The bit standing for the adjacent pair `a`, `b` in a pair mask (a 64-bit Bloom filter).
pub fn pair_bit(a: char, b: char) -> u64 {
    let h = u32::from(a).wrapping_mul(0x9E37_79B1) ^ u32::from(b).wrapping_mul(0x85EB_CA77);
    1 << (h.wrapping_mul(0xC2B2_AE3D) >> 26)
}

/// The character mask and the pair mask of `s`: a char or an adjacent pair of `s` always has its
/// bit set (others may share it).
pub fn masks(s: &str) -> (u64, u64) {
    let (mut chars, mut pairs) = (0, 0);
    let mut prev = None;
    if s.is_ascii() {
        for b in s.bytes() {
            let c = char::from(b);
            chars |= char_bit(c);
            if let Some(p) = prev {
                pairs |= pair_bit(p, c);
            }
            prev = Some(c);
        }
    } else {
        for c in s.chars() {
            chars |= char_bit(c);
            if let Some(p) = prev {
                pairs |= pair_bit(p, c);
            }
            prev = Some(c);
        }
    }
    (chars, pairs)
}

/// True when every char of `needle` appears in `hay` in order. `needle_ascii` must say whether the
/// needle is ASCII: an ASCII byte never occurs inside a multi-byte char, so bytes can be compared.
pub fn is_subsequence(needle: &str, needle_ascii: bool, hay: &str) -> bool {
    if needle_ascii {
        let mut hay = hay.as_bytes().iter();
        needle.bytes().all(|n| hay.any(|&h| h == n))
    } else {
        let mut hay = hay.chars();
        needle.chars().all(|n| hay.any(|h| h == n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_char_positions() {
        assert_eq!(fold("GPT-4o"), "gpt-4o");
        assert_eq!(fold("İstanbul ÄB"), "istanbul äb");
        assert_eq!(fold("İ").chars().count(), 1);
        assert_eq!(compact("Llama 3.1 405B"), "llama31405b");
        assert_eq!(compact("通义千问 Max"), "通义千问max");
    }

    #[test]
    fn compact_comparison_matches_building_the_compact_form() {
        assert_eq!(compare_compact("gpt-4", "gpt4"), Compact::Equal);
        assert_eq!(compare_compact("gpt-4o", "gpt4"), Compact::Prefix);
        assert_eq!(compare_compact("gpt-3", "gpt4"), Compact::Other);
        assert_eq!(compare_compact("gp", "gpt4"), Compact::Other);
        assert_eq!(compare_compact("通义 千问", "通义千"), Compact::Prefix);
    }

    #[test]
    fn subsequence_agrees_on_ascii_and_wide_text() {
        for (needle, hay, want) in [
            ("lam", "llama", true),
            ("lma", "llama", true),
            ("aml", "llama", false),
            ("", "x", true),
            ("a", "", false),
            ("q", "通义q", true),
            ("通q", "通义q", true),
            ("义通", "通义q", false),
        ] {
            let slow = {
                let mut h = hay.chars();
                needle.chars().all(|n| h.any(|c| c == n))
            };
            assert_eq!(slow, want, "{needle} in {hay}");
            assert_eq!(is_subsequence(needle, needle.is_ascii(), hay), want);
        }
    }

    #[test]
    fn masks_hold_every_char_and_pair() {
        for s in ["meta-llama/llama-3", "通义千问 max", "a"] {
            let (chars, pairs) = masks(s);
            let v: Vec<char> = s.chars().collect();
            assert!(v.iter().all(|&c| chars & char_bit(c) != 0));
            assert!(v.windows(2).all(|w| pairs & pair_bit(w[0], w[1]) != 0));
        }
        assert_eq!(masks("ab").0 & char_bit('z'), 0);
    }
}
