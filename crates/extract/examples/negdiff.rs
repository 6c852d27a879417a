//! Development aid: class names whose furniture reading differs from plain substring matching.
use std::collections::BTreeSet;
fn list(s: &'static str) -> Vec<&'static str> {
    s.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let (_, pages) = dossier_extract::bench::load(std::path::Path::new(&a[1])).unwrap();
    let neg = list(include_str!("../../../resources/en/extract/negative_class.txt"));
    let ac = aho_corasick::AhoCorasick::new(&neg).unwrap();
    let strong_ac = aho_corasick::AhoCorasick::new([
        "comment",
        "related",
        "recommend",
        "share",
        "social",
        "cookie",
        "consent",
        "newsletter",
        "promo",
        "footer",
        "disqus",
        "outbrain",
        "taboola",
        "breadcrumb",
    ])
    .unwrap();
    let content_ac = aho_corasick::AhoCorasick::new([
        "content", "body", "article", "main", "story", "entry", "text",
    ])
    .unwrap();
    let toks = list(include_str!("../../../resources/en/extract/negative_class_tokens.txt"));
    for p in pages.iter().filter(|p| a.len() < 3 || p.id.contains(&a[2])) {
        let d = dossier_extract::dom::parse(&p.html);
        let mut seen = BTreeSet::new();
        for n in &d.nodes {
            for name in n.id_class.split_whitespace() {
                if !seen.insert(name.to_string()) {
                    continue;
                }
                let strong = strong_ac.is_match(name);
                let about = ["has-", "has_", "with-", "with_", "no-", "no_"]
                    .iter()
                    .any(|p| name.contains(p));
                let old = if !strong && content_ac.is_match(name) {
                    false
                } else {
                    !about
                        && (ac.is_match(name)
                            || name
                                .split("--")
                                .next()
                                .unwrap()
                                .split(['-', '_'])
                                .any(|t| toks.contains(&t)))
                };
                let new = dossier_extract::content::debug_negative(name) != "No";
                if old != new {
                    println!("{} {name} old={old}", &p.id[..p.id.len().min(50)]);
                }
            }
        }
    }
}
