//! The README's screen captures are the `readme_*` insta snapshots (`snapshots::readme_captures`),
//! so they cannot drift from the program: each ```text block after a `<!-- screen: NAME -->` line
//! must equal `tests/it/snapshots/it__snapshots__NAME.snap`. After regenerating the snapshots,
//! `MODELDEX_README=update cargo test readme` writes them into the README.

use std::path::PathBuf;

const MARK: &str = "<!-- screen: ";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The screen stored in the named snapshot (the text after insta's header).
fn snapshot(name: &str) -> String {
    let path = root().join(format!("tests/it/snapshots/it__snapshots__{name}.snap"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    // The header is fenced by two `---` lines.
    let body = text.splitn(3, "---\n").nth(2).expect("an insta header");
    body.trim_end_matches('\n').to_string()
}

/// Each marked capture as (snapshot name, first line of the block, line after its last).
fn captures(lines: &[&str]) -> Vec<(String, usize, usize)> {
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(rest) = line.strip_prefix(MARK) else {
            continue;
        };
        let name = rest.trim_end().trim_end_matches("-->").trim().to_string();
        assert_eq!(
            lines.get(i + 1),
            Some(&"```text"),
            "{name}: a ```text block follows"
        );
        let len = lines[i + 2..]
            .iter()
            .position(|l| *l == "```")
            .unwrap_or_else(|| panic!("{name}: the block is closed"));
        found.push((name, i + 2, i + 2 + len));
    }
    found
}

#[test]
fn the_readme_captures_are_the_snapshots() {
    let path = root().join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = readme.lines().collect();
    let marked = captures(&lines);
    let names: Vec<&str> = marked.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["readme_browse", "readme_compare"],
        "the marked captures"
    );
    if std::env::var_os("MODELDEX_README").is_some_and(|v| v == "update") {
        let mut out: Vec<String> = Vec::new();
        let mut at = 0;
        for (name, start, end) in &marked {
            out.extend(lines[at..*start].iter().map(|l| l.to_string()));
            out.push(snapshot(name));
            at = *end;
        }
        out.extend(lines[at..].iter().map(|l| l.to_string()));
        std::fs::write(&path, out.join("\n") + "\n").unwrap();
        return;
    }
    for (name, start, end) in &marked {
        assert_eq!(
            lines[*start..*end].join("\n"),
            snapshot(name),
            "README capture {name} differs from its snapshot; \
             run `MODELDEX_README=update cargo test readme` (after reading the snapshot diff)"
        );
    }
}

/// The number written just before `word` in `text` ("holds 139\nentries" → 139).
fn count_before(text: &str, word: &str) -> Option<usize> {
    let at = text.find(word)?;
    text[..at].split_whitespace().last()?.parse().ok()
}

#[test]
fn the_readme_counts_the_entries_and_developers_the_dataset_holds() {
    // The dataset paragraph once said 92 entries long after the data had grown to 139; the counts
    // are now read from the embedded data, so a new entry or developer must update the README.
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let start = readme.find("## The dataset").expect("a dataset section");
    let section = &readme[start..];
    let section = &section[..section.find("\n### ").unwrap_or(section.len())];
    let raw: serde_json::Value = serde_json::from_str(modeldex::data::EMBEDDED_JSON).unwrap();
    let models = raw["models"].as_array().unwrap();
    let developers: std::collections::HashSet<&str> = models
        .iter()
        .filter_map(|m| m["developer"].as_str())
        .collect();
    assert_eq!(
        count_before(section, "entries from"),
        Some(models.len()),
        "README's entry count"
    );
    assert_eq!(
        count_before(section, "developers across"),
        Some(developers.len()),
        "README's developer count"
    );
}

#[test]
fn a_count_is_read_from_the_word_before_it() {
    assert_eq!(
        count_before("holds 139\nentries from 35 developers", "entries from"),
        Some(139)
    );
    assert_eq!(
        count_before("from 35 developers across", "developers across"),
        Some(35)
    );
    assert_eq!(
        count_before("holds many entries from", "entries from"),
        None
    );
}
