//! Web addresses as the dataset writes them: `http://` or `https://`, a host, no spaces.

/// Why `s` is not a web address, or `None` when it is one.
pub fn url_problem(s: &str) -> Option<&'static str> {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    match rest {
        None => Some("is not a web address (it must start with https:// or http://)"),
        Some(r) if r.is_empty() || r.starts_with('/') => Some("is a web address without a host"),
        Some(r) if r.chars().any(char::is_whitespace) => Some("is a web address with spaces in it"),
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_web_addresses_and_names_what_is_wrong_with_others() {
        for ok in [
            "https://artificialanalysis.ai/models/gpt-5-1",
            "http://example.com",
        ] {
            assert_eq!(url_problem(ok), None, "{ok}");
        }
        for bad in [
            "",
            "example.com",
            "ftp://x",
            "https://",
            "https:///x",
            "https://a b",
        ] {
            assert!(url_problem(bad).is_some(), "{bad}");
        }
    }
}
