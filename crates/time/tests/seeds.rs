//! End to end on the sample articles (`../shared/seeds`, gold in `../shared/eval/seeds-gold.json`):
//! with the publication date given as metadata every gold timex is found with its value; without
//! it, the inferred date equals the gold `published_inferable` (same precision). Skips, saying so,
//! when the shared data is not there.

use std::path::PathBuf;

use dossier_document::DateSource;

fn shared() -> Option<(PathBuf, serde_json::Value)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    let gold = root.join("eval/seeds-gold.json");
    let seeds = root.join("seeds");
    if !gold.exists() || !seeds.is_dir() {
        eprintln!("skipping: {} or {} missing", gold.display(), seeds.display());
        return None;
    }
    let g = serde_json::from_str(&std::fs::read_to_string(gold).unwrap()).unwrap();
    Some((seeds, g))
}

/// Lower case, with typographic quotes and apostrophes as their plain forms (the gold's matching
/// rule), and for each byte of the result the offset of its character in `s`.
fn norm_map(s: &str) -> (String, Vec<usize>) {
    let mut out = String::new();
    let mut map = Vec::new();
    for (i, c) in s.char_indices() {
        let c = match c {
            '\u{2019}' | '\u{2018}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            c => c,
        };
        for l in c.to_lowercase() {
            let before = out.len();
            out.push(l);
            map.extend(std::iter::repeat_n(i, out.len() - before));
        }
    }
    map.push(s.len());
    (out, map)
}

fn norm(s: &str) -> String {
    norm_map(s).0
}

fn analyse(
    seeds: &std::path::Path,
    id: &str,
    published: Option<&str>,
) -> dossier_document::Document {
    let mut a = dossier_ingest::read_one(&seeds.join(format!("{id}.txt"))).unwrap();
    a.meta.published = published.map(String::from);
    a.meta.published_source =
        if published.is_some() { DateSource::Metadata } else { DateSource::None };
    dossier_pipeline::analyse(a, &Default::default()).unwrap()
}

#[test]
fn gold_timexes_are_found_with_metadata_dates() {
    let Some((seeds, gold)) = shared() else { return };
    let mut failures = Vec::new();
    for t in gold["timexes"].as_array().unwrap() {
        let id = t["doc"].as_str().unwrap();
        let text = norm(t["text"].as_str().unwrap());
        let value = t["value"].as_str().unwrap();
        let published = gold["docs"][id]["published"].as_str();
        let doc = analyse(&seeds, id, published);
        assert_eq!(doc.meta.published_source, DateSource::Metadata);
        let (hay, map) = norm_map(&doc.text);
        let found = hay.match_indices(&text).any(|(at, m)| {
            let (a, b) = (map[at], map[at + m.len()]);
            doc.timexes
                .iter()
                .any(|x| x.start < b && a < x.end && x.value.as_deref() == Some(value))
        });
        if !found {
            let near: Vec<_> =
                doc.timexes.iter().map(|x| (x.text.clone(), x.value.clone())).collect();
            failures.push(format!("{id}: {text:?} = {value}; found {near:?}"));
        }
    }
    assert!(failures.is_empty(), "missing:\n{}", failures.join("\n"));
}

#[test]
fn published_is_inferred_at_the_precision_the_text_supports() {
    let Some((seeds, gold)) = shared() else { return };
    for (id, d) in gold["docs"].as_object().unwrap() {
        let doc = analyse(&seeds, id, None);
        let want = d["published_inferable"].as_str();
        assert_eq!(doc.meta.published.as_deref(), want, "{id}");
        let source = if want.is_some() { DateSource::Inferred } else { DateSource::None };
        assert_eq!(doc.meta.published_source, source, "{id}");
    }
}
