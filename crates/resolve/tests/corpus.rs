//! The invented test corpus (`tests/resolve_corpus/`): pairwise precision and recall of merged
//! mentions against the corpus's own gold; both must be at least 0.95.

use std::collections::HashMap;
use std::path::PathBuf;

use dossier_document::{Document, EntityMention, RoleMention};
use dossier_resolve::{kb, local_entities, resolve_document, Curation, Resolver};
use serde_json::Value;

/// (doc, start, end, gold entity)
type Item = (String, usize, usize, String);

fn occurrences(text: &str, s: &str) -> Vec<usize> {
    text.match_indices(s).map(|(i, _)| i).collect()
}

fn build(a: &Value) -> (Document, Vec<Item>) {
    let id = a["id"].as_str().unwrap().to_string();
    let text = a["text"].as_str().unwrap().to_string();
    let mut doc = Document { id: id.clone(), text: text.clone(), ..Default::default() };
    doc.meta.published = a["published"].as_str().map(str::to_string);
    let mut items = Vec::new();
    let mut specs: Vec<&Value> = a["mentions"].as_array().unwrap().iter().collect();
    specs.sort_by_key(|m| std::cmp::Reverse(m[0].as_str().unwrap().len()));
    for m in specs {
        let s = m[0].as_str().unwrap();
        let occ = occurrences(&text, s);
        assert!(!occ.is_empty(), "{id}: mention {s:?} not in the text");
        for st in occ {
            let en = st + s.len();
            if doc.entities.iter().any(|e| e.start < en && st < e.end) {
                continue;
            }
            doc.entities.push(EntityMention {
                start: st,
                end: en,
                text: s.to_string(),
                label: m[1].as_str().unwrap().to_string(),
                entity: s.to_string(),
            });
            items.push((id.clone(), st, en, m[2].as_str().unwrap().to_string()));
        }
    }
    doc.entities.sort_by_key(|e| e.start);
    for r in a["roles"].as_array().unwrap() {
        let s = r[0].as_str().unwrap();
        let st = *occurrences(&text, s).first().unwrap_or_else(|| panic!("{id}: role {s:?}"));
        doc.roles.push(RoleMention {
            start: st,
            end: st + s.len(),
            text: s.to_string(),
            entity: Some(r[1].as_str().unwrap().to_string()),
        });
    }
    doc.roles.sort_by_key(|r| r.start);
    for d in a["descriptions"].as_array().unwrap() {
        let s = d[0].as_str().unwrap();
        let st =
            *occurrences(&text, s).first().unwrap_or_else(|| panic!("{id}: description {s:?}"));
        items.push((id.clone(), st, st + s.len(), d[1].as_str().unwrap().to_string()));
    }
    (doc, items)
}

#[test]
fn corpus_pairwise() {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/resolve_corpus/articles.jsonl");
    let text = std::fs::read_to_string(&path).expect("tests/resolve_corpus/articles.jsonl");
    let mut resolver = Resolver::new(Vec::new(), Curation::empty(), kb());
    let mut items: Vec<Item> = Vec::new();
    let mut system: HashMap<(String, usize, usize), String> = HashMap::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let a: Value = serde_json::from_str(line).unwrap();
        let (mut doc, its) = build(&a);
        resolve_document(&mut doc, kb());
        for r in doc.roles.iter().filter(|r| dossier_resolve::doc::is_description(&r.text)) {
            eprintln!("{} description {:?} -> {:?}", doc.id, r.text, r.entity);
        }
        for le in local_entities(&doc) {
            let id = resolver.add(&le);
            if id.is_empty() {
                continue;
            }
            for &(s, e) in &le.mentions {
                system.insert((doc.id.clone(), s, e), id.clone());
            }
        }
        items.extend(its);
    }
    let sys: Vec<String> = items
        .iter()
        .enumerate()
        .map(|(n, (d, s, e, _))| {
            system.get(&(d.clone(), *s, *e)).cloned().unwrap_or_else(|| format!("unresolved-{n}"))
        })
        .collect();
    let gold: Vec<String> = items
        .iter()
        .enumerate()
        .map(|(n, it)| if it.3 == "-" { format!("none-{n}") } else { it.3.clone() })
        .collect();
    let (mut both, mut sys_pairs, mut gold_pairs) = (0usize, 0usize, 0usize);
    for i in 0..items.len() {
        for j in i + 1..items.len() {
            let s = sys[i] == sys[j];
            let g = gold[i] == gold[j];
            sys_pairs += s as usize;
            gold_pairs += g as usize;
            both += (s && g) as usize;
            if s != g {
                eprintln!(
                    "{} pair: {:?} [{}] / {:?} [{}] -> system {} / {}",
                    if s { "WRONG" } else { "MISSED" },
                    items[i],
                    gold[i],
                    items[j],
                    gold[j],
                    sys[i],
                    sys[j]
                );
            }
        }
    }
    let p = both as f64 / sys_pairs.max(1) as f64;
    let r = both as f64 / gold_pairs.max(1) as f64;
    eprintln!(
        "corpus: {} mentions, {} gold entities, pairwise precision {:.4} recall {:.4} ({} system pairs, {} gold pairs)",
        items.len(),
        gold.iter().collect::<std::collections::HashSet<_>>().len(),
        p,
        r,
        sys_pairs,
        gold_pairs
    );
    assert!(p >= 0.95 && r >= 0.95, "pairwise precision {p:.4} recall {r:.4}");
}
