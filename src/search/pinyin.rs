//! Pinyin spellings of Chinese names, made once when the index is built: `通义千问` is found by
//! `tongyiqianwen` (and any fuzzy part of it, such as `qianwen`) and by its initials `tyqw`.

use pinyin::ToPinyin;

/// The toneless pinyin of `text` and its initials, each with the characters that have no
/// reading (Latin letters, digits) kept in place: `文心大模型4.5` → (`wenxindamoxing4.5`,
/// `wxdmx4.5`). `None` when no character of `text` has a reading.
pub(super) fn spellings(text: &str) -> Option<(String, String)> {
    let mut full = String::new();
    let mut initials = String::new();
    let mut any = false;
    for (c, reading) in text.chars().zip(text.to_pinyin()) {
        match reading {
            Some(p) => {
                any = true;
                full.push_str(p.plain());
                initials.push_str(p.first_letter());
            }
            None if c.is_whitespace() => {}
            None => {
                full.push(c);
                initials.push(c);
            }
        }
    }
    any.then_some((full, initials))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_spelled_in_full_and_by_initials() {
        let s = |t| spellings(t).unwrap();
        assert_eq!(s("通义千问"), ("tongyiqianwen".into(), "tyqw".into()));
        assert_eq!(
            s("文心大模型4.5"),
            ("wenxindamoxing4.5".into(), "wxdmx4.5".into())
        );
        assert_eq!(s("豆包"), ("doubao".into(), "db".into()));
        assert_eq!(s("智谱"), ("zhipu".into(), "zp".into()));
        assert_eq!(spellings("Qwen3-Max"), None);
        assert_eq!(spellings(""), None);
    }
}
