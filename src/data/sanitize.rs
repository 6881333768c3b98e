//! Makes strings from data files safe to print: no control characters, bounded length.
//!
//! A data file is untrusted input. Escape sequences (CSI, OSC window-title or clipboard writes), C1
//! controls, carriage returns and bidirectional overrides could rewrite the user's screen, so they are
//! removed once at load time and nothing downstream has to think about it.

use super::model::{Dataset, Model, RatingMap};
use std::collections::BTreeMap;

/// Longest name, id or alias kept; longer ones are clipped with an ellipsis.
pub const MAX_SHORT_CHARS: usize = 200;
/// Longest free text (summary, rationale, notes) kept.
pub const MAX_LONG_CHARS: usize = 4_000;

/// True for characters that must never reach a terminal raw.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        || c == '\u{FEFF}'
}

/// Returns `s` with control characters removed (whitespace controls become a space), runs of spaces
/// folded, and clipped to `max_chars` characters.
pub fn clean(s: &str, max_chars: usize) -> String {
    let mut out = String::with_capacity(s.len().min(max_chars * 4));
    let mut count = 0;
    let mut last_space = false;
    for c in s.chars() {
        let c = if matches!(c, '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}') {
            ' '
        } else if is_unsafe(c) {
            continue;
        } else {
            c
        };
        if c == ' ' && last_space {
            continue;
        }
        last_space = c == ' ';
        if count == max_chars {
            out.pop();
            out.push('…');
            return out.trim().to_string();
        }
        out.push(c);
        count += 1;
    }
    if out.starts_with(' ') || out.ends_with(' ') {
        out.trim().to_string()
    } else {
        out
    }
}

/// Whether [`clean`] would change `s`; answers from the bytes alone for ASCII text, which is
/// nearly all of a catalog, so a clean string costs one pass and no allocation.
fn needs_cleaning(s: &str, max_chars: usize) -> bool {
    let bytes = s.as_bytes();
    // Byte length bounds char length, so a short string cannot need clipping.
    if bytes.len() > max_chars || bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return true;
    }
    // Printable ASCII is the common case, and two loops the compiler vectorises answer it (folds
    // over every byte: a loop that may stop early is not vectorised).
    let printable = bytes
        .iter()
        .fold(true, |ok, b| ok & (0x20..0x7F).contains(b));
    if printable {
        let next = bytes.iter().skip(1);
        return bytes
            .iter()
            .zip(next)
            .fold(false, |found, (&a, &b)| found | ((a == b' ') & (b == b' ')));
    }
    let mut after_space = false;
    for &b in bytes {
        if !b.is_ascii() {
            return s.chars().any(is_unsafe) || s.contains("  ");
        }
        if b < 0x20 || b == 0x7F {
            return true;
        }
        let space = b == b' ';
        if space && after_space {
            return true;
        }
        after_space = space;
    }
    false
}

/// An id as loading leaves it: cleaned like every short string, borrowed when already clean. Two
/// ids with the same cleaned form are one id to the user, so duplicates are found on this.
pub fn clean_id(id: &str) -> std::borrow::Cow<'_, str> {
    if needs_cleaning(id, MAX_SHORT_CHARS) {
        std::borrow::Cow::Owned(clean(id, MAX_SHORT_CHARS))
    } else {
        std::borrow::Cow::Borrowed(id)
    }
}

fn clean_in_place(s: &mut String, max_chars: usize) {
    if needs_cleaning(s, max_chars) {
        *s = clean(s, max_chars);
    }
}

/// Cleans the keys of a map (criterion ids, rubric scores). Rebuilds the map only when a key needs it;
/// keys that clean to the same text keep the first entry.
fn clean_keys<V>(map: &mut BTreeMap<String, V>) {
    if !map.keys().any(|k| needs_cleaning(k, MAX_SHORT_CHARS)) {
        return;
    }
    let old = std::mem::take(map);
    for (k, v) in old {
        map.entry(clean(&k, MAX_SHORT_CHARS)).or_insert(v);
    }
}

/// Like [`clean_keys`] for an entry's ratings.
fn clean_rating_keys(ratings: &mut RatingMap) {
    if !ratings.keys().any(|k| needs_cleaning(k, MAX_SHORT_CHARS)) {
        return;
    }
    let mut cleaned = RatingMap::new();
    for (k, v) in std::mem::take(ratings) {
        let k = clean(&k, MAX_SHORT_CHARS);
        if !cleaned.contains_key(&k) {
            cleaned.insert(k, v);
        }
    }
    *ratings = cleaned;
}

fn clean_opt(s: &mut Option<String>, max_chars: usize) {
    if let Some(v) = s {
        clean_in_place(v, max_chars);
    }
}

/// Cleans the strings of an entry's ratings, as [`sanitize_model`] does.
pub fn sanitize_ratings(ratings: &mut RatingMap) {
    // Rating keys are criterion ids, cleaned like the criteria's own ids so that they still match.
    clean_rating_keys(ratings);
    for r in ratings.values_mut() {
        clean_in_place(&mut r.rationale, MAX_LONG_CHARS);
        for s in &mut r.sources {
            clean_in_place(s, MAX_LONG_CHARS);
        }
    }
}

/// Cleans what an importer writes for an entry only once its listings are grouped (see
/// `import::complete_listing`): access, pricing, summary, ratings and sources. Part of
/// [`sanitize_model`].
pub fn sanitize_written(m: &mut Model) {
    for s in &mut m.access {
        clean_in_place(s, MAX_SHORT_CHARS);
    }
    if let Some(p) = &mut m.pricing {
        clean_opt(&mut p.as_of, MAX_SHORT_CHARS);
        clean_opt(&mut p.source, MAX_LONG_CHARS);
        clean_opt(&mut p.note, MAX_LONG_CHARS);
    }
    clean_opt(&mut m.summary, MAX_LONG_CHARS);
    sanitize_ratings(&mut m.ratings);
    for s in &mut m.sources {
        clean_in_place(&mut s.title, MAX_SHORT_CHARS);
        clean_in_place(&mut s.url, MAX_LONG_CHARS);
    }
}

/// Cleans every string of one entry; true when that changed its id (a merge then treats it as a
/// look-alike, not as the embedded entry of that id).
pub fn sanitize_model(m: &mut Model) -> bool {
    let id_changed = needs_cleaning(&m.id, MAX_SHORT_CHARS);
    clean_in_place(&mut m.id, MAX_SHORT_CHARS);
    clean_in_place(&mut m.name, MAX_SHORT_CHARS);
    clean_opt(&mut m.name_zh, MAX_SHORT_CHARS);
    for a in &mut m.aliases {
        clean_in_place(a, MAX_SHORT_CHARS);
    }
    for s in [
        &mut m.developer,
        &mut m.country,
        &mut m.family,
        &mut m.released,
    ] {
        clean_opt(s, MAX_SHORT_CHARS);
    }
    for s in &mut m.modalities {
        clean_in_place(s, MAX_SHORT_CHARS);
    }
    if let Some(l) = &mut m.license {
        clean_in_place(&mut l.name, MAX_SHORT_CHARS);
        clean_opt(&mut l.spdx, MAX_SHORT_CHARS);
        clean_opt(&mut l.notes, MAX_LONG_CHARS);
        clean_opt(&mut l.url, MAX_LONG_CHARS);
    }
    sanitize_written(m);
    if let Some(l) = &mut m.lifecycle {
        clean_opt(&mut l.date, MAX_SHORT_CHARS);
        clean_opt(&mut l.source, MAX_LONG_CHARS);
        clean_opt(&mut l.note, MAX_LONG_CHARS);
    }
    if let Some(c) = &mut m.capability {
        clean_keys(&mut c.figures);
        clean_opt(&mut c.note, MAX_LONG_CHARS);
        for f in c.figures.values_mut() {
            clean_in_place(&mut f.source, MAX_LONG_CHARS);
            clean_in_place(&mut f.as_of, MAX_SHORT_CHARS);
            clean_opt(&mut f.variant, MAX_SHORT_CHARS);
        }
    }
    for strings in m.offers.strings_mut() {
        for s in strings {
            clean_in_place(s, MAX_SHORT_CHARS);
        }
    }
    for strings in m.offers.optional_strings_mut() {
        for s in strings {
            clean_opt(s, MAX_LONG_CHARS);
        }
    }
    id_changed
}

/// Cleans a map of names to Chinese names, keys like the entries' strings they refer to.
fn clean_names(map: &mut BTreeMap<String, String>) {
    clean_keys(map);
    for v in map.values_mut() {
        clean_in_place(v, MAX_SHORT_CHARS);
    }
}

/// Gives back the room serde leaves in short lists (a one-item list gets space for four): about a
/// sixth of a large catalog's memory.
pub(super) fn shrink_lists(m: &mut Model) {
    m.aliases.shrink_to_fit();
    m.modalities.shrink_to_fit();
    m.access.shrink_to_fit();
    m.sources.shrink_to_fit();
    for r in m.ratings.values_mut() {
        r.sources.shrink_to_fit();
    }
}

/// Cleans every string of a dataset: criteria texts and all entries. Returns the indices of the
/// entries whose id cleaning changed.
pub fn sanitize_dataset(d: &mut Dataset) -> Vec<usize> {
    clean_in_place(&mut d.dataset_version, MAX_SHORT_CHARS);
    clean_in_place(&mut d.updated, MAX_SHORT_CHARS);
    for p in &mut d.criteria {
        clean_in_place(&mut p.id, MAX_SHORT_CHARS);
        clean_in_place(&mut p.name, MAX_SHORT_CHARS);
        clean_in_place(&mut p.description, MAX_LONG_CHARS);
        clean_keys(&mut p.rubric);
        for v in p.rubric.values_mut() {
            clean_in_place(v, MAX_LONG_CHARS);
        }
        for c in &mut p.sub_criteria {
            clean_in_place(&mut c.id, MAX_SHORT_CHARS);
            clean_in_place(&mut c.name, MAX_SHORT_CHARS);
            clean_in_place(&mut c.description, MAX_LONG_CHARS);
            clean_keys(&mut c.rubric);
            for v in c.rubric.values_mut() {
                clean_in_place(v, MAX_LONG_CHARS);
            }
        }
    }
    clean_names(&mut d.names_zh.developers);
    clean_names(&mut d.names_zh.families);
    let mut changed = Vec::new();
    for (i, m) in d.models.iter_mut().enumerate() {
        if sanitize_model(m) {
            changed.push(i);
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every string of up to four characters from an alphabet of the cases that matter: the
    /// quick answer for printable ASCII agrees with cleaning itself.
    #[test]
    fn needs_cleaning_says_whether_cleaning_changes_a_short_string() {
        let alphabet = ['a', ' ', '\t', '\u{7f}', '\u{1b}', 'é', '\u{200b}', '~'];
        let mut strings = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = strings
                .iter()
                .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
                .collect();
            strings.extend(longer);
        }
        strings.dedup();
        for s in &strings {
            let changes = clean(s, MAX_SHORT_CHARS) != *s;
            assert_eq!(needs_cleaning(s, MAX_SHORT_CHARS), changes, "{s:?}");
        }
    }

    #[test]
    fn strips_escape_sequences_and_c1_controls() {
        let hostile = "GPT\u{1b}[2J\u{1b}]0;pwned\u{07}-4\u{9b}31m\u{202E}x";
        let cleaned = clean(hostile, 100);
        assert!(cleaned.chars().all(|c| !is_unsafe(c)), "{cleaned:?}");
        assert_eq!(cleaned, "GPT[2J]0;pwned-431mx");
    }

    #[test]
    fn newlines_and_tabs_become_single_spaces() {
        assert_eq!(clean("a\r\n\tb  c\n", 100), "a b c");
    }

    #[test]
    fn clips_long_strings_with_an_ellipsis() {
        let long = "x".repeat(1_000_000);
        let cleaned = clean(&long, 10);
        assert_eq!(cleaned.chars().count(), 10);
        assert!(cleaned.ends_with('…'));
    }

    #[test]
    fn the_quick_check_agrees_with_cleaning() {
        for s in [
            "GPT-4",
            "a  b",
            " a",
            "a ",
            "a\tb",
            "a\u{7f}",
            "通义千问 Max",
            "通义  千问",
            "x\u{202E}y",
            "é\u{1b}[2J",
            "",
        ] {
            assert_eq!(needs_cleaning(s, 100), clean(s, 100) != s, "{s:?}");
        }
        assert!(needs_cleaning(&"x".repeat(11), 10));
        assert!(!needs_cleaning(&"x".repeat(10), 10));
    }

    #[test]
    fn parsing_a_file_cleans_like_a_separate_pass() {
        let mut doc: serde_json::Value = serde_json::from_str(crate::data::EMBEDDED_JSON).unwrap();
        doc["dataset_version"] = "v\u{1b}[2J  1 ".into();
        doc["models"][0]["name"] = " Evil\u{1b}]0;x\u{7}  Name ".into();
        doc["models"][0]["aliases"] = serde_json::json!(["a\tb"]);
        doc["models"][0]["name_zh"] = "文心\u{1b}[2J".into();
        doc["models"][0]["lifecycle"] =
            serde_json::json!({"status": "retired", "note": "gone\u{7}\u{202E}"});
        doc["models"][0]["capability"] = serde_json::json!({"note": "n\u{1b}]0;x", "figures": {
            "hle\u{1b}[1m": {"value": 1, "unit": "percent", "as_of": "2026",
              "source": "https://a.example/\u{9b}x", "reported": "vendor", "variant": "v\u{1b}"}}});
        doc["names_zh"] = serde_json::json!({"developers": {"Deep\u{1b}Seek": "深度\u{7}求索"}});
        let text = doc.to_string();
        let mut two_pass: Dataset = serde_json::from_str(&text).unwrap();
        sanitize_dataset(&mut two_pass);
        let one_pass = Dataset::from_json_str(&text).unwrap();
        assert_eq!(one_pass.models[0].name, "Evil]0;x Name");
        assert_eq!(one_pass.dataset_version, "v[2J 1");
        let m = &one_pass.models[0];
        assert_eq!(m.name_zh.as_deref(), Some("文心[2J"));
        assert_eq!(m.lifecycle.as_ref().unwrap().note.as_deref(), Some("gone"));
        let c = m.capability.as_ref().unwrap();
        assert_eq!(c.note.as_deref(), Some("n]0;x"));
        let f = &c.figures["hle[1m"];
        assert_eq!(
            (f.source.as_str(), f.variant.as_deref()),
            ("https://a.example/x", Some("v"))
        );
        assert_eq!(one_pass.names_zh.developers["DeepSeek"], "深度求索");
        assert_eq!(
            serde_json::to_value(&one_pass).unwrap(),
            serde_json::to_value(&two_pass).unwrap()
        );
    }

    #[test]
    fn cleans_rating_keys_like_criterion_ids() {
        let mut m: Model = serde_json::from_value(serde_json::json!({
            "id": "x", "name": "X", "kind": "model", "openness": "closed",
            "ratings": {"privacy.\u{1b}[31mself_hosting": {"score": 1, "rationale": "r"}}
        }))
        .unwrap();
        sanitize_model(&mut m);
        assert_eq!(
            m.ratings.keys().collect::<Vec<_>>(),
            ["privacy.[31mself_hosting"]
        );
    }

    #[test]
    fn keeps_wide_characters() {
        assert_eq!(clean("通义千问 🤖", 100), "通义千问 🤖");
    }
}
