//! The interface language: which one (`--lang`, the `lang` preference, the locale), the message
//! catalog both front ends read, and the Chinese criteria texts.
//!
//! The language in force is kept per thread ([`set`], [`current`]): the CLI's output and the
//! browser's drawing each run on one thread, and passing a language through every render
//! function would touch all of them for one value. Tests that render in Chinese set it on their
//! own thread, so they never disturb one another.

mod catalog;
pub mod criteria;
pub mod help;
pub mod values;

pub use catalog::Msg;
use std::cell::Cell;

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    /// English, the default.
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// Both languages, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// The word used on the command line and in the preferences file.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// The language a word names (`en`, `zh`), if any.
    pub fn parse(word: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.as_str() == word)
    }

    /// The language of a locale name such as `zh_CN.UTF-8`: Chinese for any `zh` locale (China,
    /// Taiwan, Hong Kong, Singapore; Traditional readers get Simplified, the one translation we
    /// have), English for everything else.
    pub fn of_locale(locale: &str) -> Lang {
        let language = locale.split(['_', '.', '@', '-']).next().unwrap_or("");
        if language.eq_ignore_ascii_case("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }

    /// The language the locale variables ask for, given their values: as POSIX says, the first
    /// of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty decides.
    pub fn from_locale_vars(
        lc_all: Option<&str>,
        lc_messages: Option<&str>,
        lang: Option<&str>,
    ) -> Lang {
        [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find(|v| !v.is_empty())
            .map_or(Lang::En, Lang::of_locale)
    }

    /// The language this process's locale variables ask for.
    pub fn from_env() -> Lang {
        let var = |name| std::env::var(name).ok();
        Lang::from_locale_vars(
            var("LC_ALL").as_deref(),
            var("LC_MESSAGES").as_deref(),
            var("LANG").as_deref(),
        )
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// Makes `lang` the language of this thread's output.
pub fn set(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

/// The language of this thread's output (English unless [`set`] said otherwise).
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// `f`'s result with `lang` as this thread's language meanwhile (for output that keeps one
/// language whatever the interface's, such as JSON and CSV values).
pub fn in_lang<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = current();
    set(lang);
    let out = f();
    set(before);
    out
}

/// The text of `msg` in the current language.
pub fn t(msg: Msg) -> &'static str {
    msg.text(current())
}

/// The text of `msg` in the current language with each `{name}` replaced by its value.
pub fn tf(msg: Msg, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut out = t(msg).to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), &value.to_string());
    }
    out
}

/// A phrase of an English table (a keymap help or hint) in the current language; itself when
/// the catalog has no translation of it.
pub fn tr(english: &'static str) -> &'static str {
    static ZH: std::sync::LazyLock<std::collections::HashMap<&str, &str>> =
        std::sync::LazyLock::new(|| catalog::PHRASES.iter().copied().collect());
    match current() {
        Lang::En => english,
        Lang::Zh => ZH.get(english).copied().unwrap_or(english),
    }
}

/// Whether the catalog translates `english` (for tests of tables that [`tr`] reads).
pub fn has_phrase(english: &str) -> bool {
    catalog::PHRASES.iter().any(|(en, _)| *en == english)
}

/// `english` or `chinese`, whichever the current language is: for the few texts built in code
/// that a catalog key would only obscure (a plural, a unit).
pub fn pick<T>(english: T, chinese: T) -> T {
    match current() {
        Lang::En => english,
        Lang::Zh => chinese,
    }
}

/// The entry's Chinese name when the interface is Chinese and the entry has one (and it differs
/// from the name): shown next to the name.
pub fn chinese_name(m: &crate::data::Model) -> Option<&str> {
    match (current(), m.name_zh.as_deref()) {
        (Lang::Zh, Some(zh)) if zh != m.name => Some(zh),
        _ => None,
    }
}

/// `" 文心一言"`, the [`chinese_name`] with a leading space, or an empty string.
pub fn zh_suffix(m: &crate::data::Model) -> String {
    chinese_name(m)
        .map(|zh| format!(" {zh}"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_locales_choose_chinese_and_others_english() {
        for zh in [
            "zh_CN.UTF-8",
            "zh_TW.UTF-8",
            "zh_HK",
            "zh",
            "zh_CN.GB18030",
            "zh-Hans",
        ] {
            assert_eq!(Lang::of_locale(zh), Lang::Zh, "{zh}");
        }
        for en in ["en_US.UTF-8", "C", "POSIX", "C.UTF-8", "de_DE", "zu_ZA", ""] {
            assert_eq!(Lang::of_locale(en), Lang::En, "{en}");
        }
    }

    #[test]
    fn the_first_set_locale_variable_decides_in_posix_order() {
        let zh = Some("zh_CN.UTF-8");
        let en = Some("en_GB.UTF-8");
        let f = Lang::from_locale_vars;
        assert_eq!(f(None, None, None), Lang::En);
        assert_eq!(f(None, None, zh), Lang::Zh);
        assert_eq!(f(None, en, zh), Lang::En, "LC_MESSAGES before LANG");
        assert_eq!(f(zh, en, None), Lang::Zh, "LC_ALL before LC_MESSAGES");
        assert_eq!(f(en, zh, zh), Lang::En, "LC_ALL before everything");
        assert_eq!(
            f(Some(""), Some(""), zh),
            Lang::Zh,
            "empty values are unset"
        );
        assert_eq!(f(None, Some("C"), zh), Lang::En, "C is a locale, not unset");
    }

    #[test]
    fn the_language_is_per_thread_and_words_round_trip() {
        set(Lang::Zh);
        assert_eq!(current(), Lang::Zh);
        assert_eq!(std::thread::spawn(current).join().unwrap(), Lang::En);
        set(Lang::En);
        for l in Lang::ALL {
            assert_eq!(Lang::parse(l.as_str()), Some(l));
        }
        assert_eq!(Lang::parse("fr"), None);
    }

    #[test]
    fn placeholders_are_filled_in_either_language() {
        set(Lang::Zh);
        let s = tf(Msg::NoMatch, &[("query", &"tyqw")]);
        set(Lang::En);
        assert!(s.contains("tyqw") && !s.contains('{'), "{s}");
    }
}
