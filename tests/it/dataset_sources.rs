//! Where the embedded dataset's facts come from: no citation on a host that is not a source
//! (gateways, SEO blogs, mirrors), and list prices only from the developer itself.

use modeldex::data::EMBEDDED_JSON;
use serde_json::Value;
use std::collections::HashSet;

/// Hosts that have been cited for facts they do not own: resellers' model pages, aggregator and
/// SEO blogs, personal blog platforms, a wiki written by a model. A subdomain counts as its host.
const NOT_A_SOURCE: &[&str] = &[
    "aiwiki.ai",
    "tokenmix.ai",
    "lava.so",
    "chatbase.co",
    "routerai.ru",
    "rivista.ai",
    "dev.to",
    "medium.com",
    "aisafetyclaims.org",
    "aisharenet.com",
    "safeguard.sh",
    "51cto.com",
    "vercel.com",
    "upsun.com",
    "ai-tldr.dev",
    "promptfoo.dev",
    "lesswrong.com",
    "interconnects.ai",
    "bnnbloomberg.ca",
    "csdn.net",
    "substack.com",
];

/// Reputable secondary sources, acceptable where no primary page exists (a catalog for a price
/// the developer no longer shows, a paper server, an encyclopaedia, established newspapers) but
/// never as the source of a developer's own list price.
const SECONDARY: &[&str] = &[
    "arxiv.org",
    "models.dev",
    "openrouter.ai",
    "artificialanalysis.ai",
    "en.wikipedia.org",
    "www.theregister.com",
    "arstechnica.com",
    "www.nature.com",
    "stackoverflow.blog",
];

/// Entries whose price still comes from a catalog because the developer's own page could not be
/// read (see /work/notes/15-data-fix.md). Shrink this list; never grow it.
const PRICE_FROM_CATALOG_FOR_NOW: &[&str] =
    &["grok-4", "qwen3-6-plus", "qwen3-7-max", "qwen3-7-plus"];

/// Developers that sell their own API, with the address prefixes of their own pages (pricing,
/// model cards, announcements): a list price of theirs is cited from one of these.
const DEVELOPER_PAGES: &[(&str, &[&str])] = &[
    ("DeepSeek", &["https://api-docs.deepseek.com/"]),
    (
        "Moonshot AI",
        &["https://platform.moonshot.ai/", "https://platform.kimi.ai/"],
    ),
    ("Zhipu AI (Z.ai)", &["https://docs.z.ai/", "https://z.ai/"]),
    (
        "Alibaba Cloud (Qwen team)",
        &["https://www.alibabacloud.com/"],
    ),
    (
        "Mistral AI",
        &["https://mistral.ai/", "https://docs.mistral.ai/"],
    ),
    (
        "MiniMax",
        &[
            "https://platform.minimax.io/",
            "https://www.minimax.io/",
            "https://github.com/MiniMax-AI/",
        ],
    ),
    (
        "Baidu",
        &["https://cloud.baidu.com/", "https://intl.cloud.baidu.com/"],
    ),
    ("xAI", &["https://docs.x.ai/", "https://x.ai/"]),
    (
        "Cohere",
        &["https://cohere.com/", "https://docs.cohere.com/"],
    ),
    ("Amazon", &["https://aws.amazon.com/"]),
    (
        "OpenAI",
        &[
            "https://openai.com/",
            "https://platform.openai.com/",
            "https://developers.openai.com/",
        ],
    ),
    (
        "Anthropic",
        &[
            "https://www.anthropic.com/",
            "https://docs.anthropic.com/",
            "https://platform.claude.com/",
        ],
    ),
    ("Google DeepMind", GOOGLE_PAGES),
    ("Google", GOOGLE_PAGES),
];

/// Google's own pages, for both of its developer names: the Gemini API docs, its developer blog and
/// Google Cloud's Vertex AI docs.
const GOOGLE_PAGES: &[&str] = &[
    "https://ai.google.dev/",
    "https://developers.googleblog.com/",
    "https://blog.google/",
    "https://cloud.google.com/",
    "https://docs.cloud.google.com/",
];

/// Whether `developer` sells its own API, so that the price policy applies to its entries.
pub(crate) fn sells_its_own_api(developer: &str) -> bool {
    DEVELOPER_PAGES.iter().any(|(d, _)| *d == developer)
}

fn host(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next()?;
    Some(authority.split(':').next().unwrap_or(authority))
}

fn is_on(host: &str, list: &[&str]) -> bool {
    list.iter()
        .any(|h| host == *h || host.ends_with(&format!(".{h}")))
}

fn is_ip_address(host: &str) -> bool {
    host.parse::<std::net::IpAddr>().is_ok()
}

/// Every (entry id, place, url) in the models: rating sources, entry sources, licence, pricing
/// and lifecycle sources.
fn cited_urls() -> Vec<(String, String, String)> {
    let raw: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    let mut out = Vec::new();
    for m in raw["models"].as_array().unwrap() {
        let id = m["id"].as_str().unwrap().to_string();
        let mut push = |place: &str, v: &Value| {
            if let Some(u) = v.as_str() {
                out.push((id.clone(), place.to_string(), u.to_string()));
            }
        };
        for (key, r) in m["ratings"].as_object().unwrap() {
            for u in r["sources"].as_array().unwrap() {
                push(key, u);
            }
        }
        for s in m["sources"].as_array().unwrap() {
            push("sources", &s["url"]);
        }
        push("license", &m["license"]["url"]);
        push("pricing", &m["pricing"]["source"]);
        push("lifecycle", &m["lifecycle"]["source"]);
    }
    out
}

#[test]
fn the_host_checks_recognise_what_they_should() {
    assert_eq!(host("https://www.lava.so/docs/x"), Some("www.lava.so"));
    assert_eq!(
        host("http://47.109.151.80:15030/a/b"),
        Some("47.109.151.80")
    );
    assert!(is_on("www.lava.so", NOT_A_SOURCE));
    assert!(!is_on("notlava.so", NOT_A_SOURCE));
    assert!(is_ip_address("47.109.151.80"));
    assert!(!is_ip_address("openai.com"));
    for h in SECONDARY {
        assert!(!is_on(h, NOT_A_SOURCE), "{h} is both allowed and rejected");
    }
}

#[test]
fn no_citation_is_on_a_host_that_is_not_a_source() {
    let bad: Vec<String> = cited_urls()
        .into_iter()
        .filter_map(|(id, place, url)| {
            let h = host(&url)?;
            (is_on(h, NOT_A_SOURCE) || is_ip_address(h)).then(|| format!("{id} {place}: {url}"))
        })
        .collect();
    assert!(bad.is_empty(), "non-primary citations:\n{}", bad.join("\n"));
}

#[test]
fn every_cited_url_is_an_absolute_web_address() {
    for (id, place, url) in cited_urls() {
        assert!(
            host(&url).is_some_and(|h| h.contains('.')),
            "{id} {place}: {url:?}"
        );
    }
}

#[test]
fn list_prices_come_from_the_developer_not_a_catalog() {
    let bad: Vec<String> = cited_urls()
        .into_iter()
        .filter(|(id, place, _)| {
            place == "pricing" && !PRICE_FROM_CATALOG_FOR_NOW.contains(&id.as_str())
        })
        .filter_map(|(id, _, url)| {
            let h = host(&url)?;
            is_on(h, SECONDARY).then(|| format!("{id}: {url}"))
        })
        .collect();
    assert!(
        bad.is_empty(),
        "prices sourced from a catalog:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_catalog_price_exceptions_are_still_needed() {
    // An exception whose entry now cites the developer must leave the list.
    let urls = cited_urls();
    for id in PRICE_FROM_CATALOG_FOR_NOW {
        let still = urls.iter().any(|(i, place, url)| {
            i == id && place == "pricing" && host(url).is_some_and(|h| is_on(h, SECONDARY))
        });
        assert!(
            still,
            "{id} no longer prices from a catalog: remove it from the exceptions"
        );
    }
}

#[test]
fn a_developer_selling_its_own_api_is_priced_from_its_own_pages() {
    // The price (or the check that found none) cites the developer's pricing page, model card or
    // announcement, never a reseller; the catalog exceptions above are the only tolerance.
    let raw: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    let mut bad = Vec::new();
    let mut seen = HashSet::new();
    for m in raw["models"].as_array().unwrap() {
        let (id, developer) = (m["id"].as_str().unwrap(), m["developer"].as_str().unwrap());
        let Some((_, pages)) = DEVELOPER_PAGES.iter().find(|(d, _)| *d == developer) else {
            continue;
        };
        seen.insert(developer);
        let Some(url) = m["pricing"]["source"].as_str() else {
            continue;
        };
        if !pages.iter().any(|p| url.starts_with(p)) && !PRICE_FROM_CATALOG_FOR_NOW.contains(&id) {
            bad.push(format!("{id} ({developer}): {url}"));
        }
    }
    assert!(
        bad.is_empty(),
        "prices not from the developer's own pages:\n{}",
        bad.join("\n")
    );
    let named: HashSet<&str> = DEVELOPER_PAGES.iter().map(|(d, _)| *d).collect();
    assert_eq!(
        seen, named,
        "a developer in the list has no entry: check its spelling"
    );
}

#[test]
fn the_price_check_knows_who_sells_an_api() {
    assert!(sells_its_own_api("Moonshot AI"));
    assert!(sells_its_own_api("Baidu"));
    assert!(sells_its_own_api("OpenAI") && sells_its_own_api("Google DeepMind"));
    assert!(!sells_its_own_api("EleutherAI"));
    assert!(
        !sells_its_own_api("moonshot ai"),
        "developer names match exactly"
    );
}
