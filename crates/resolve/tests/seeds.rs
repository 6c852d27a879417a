//! Acceptance on the users' five sample articles (`../shared/seeds`, gold in
//! `../shared/eval/seeds-gold.json`): every gold entity is exactly one entity whose names cover
//! its gold aliases that occur in the articles, named by the gold name or a full-name alias; no
//! two gold entities share an entity; names only in removed clutter are not entities.

use std::collections::HashMap;
use std::path::PathBuf;

use dossier_resolve::{kb, local_entities, resolve_document, Curation, Resolver};

fn norm(s: &str) -> String {
    s.replace(['\u{2019}', '\u{2018}'], "'")
        .replace(['\u{201c}', '\u{201d}'], "\"")
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn occurs(text: &str, name: &str) -> bool {
    let t = norm(text);
    let n = norm(name);
    let mut from = 0;
    while let Some(i) = t[from..].find(&n) {
        let s = from + i;
        let e = s + n.len();
        let before = t[..s].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = t[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if before && after {
            return true;
        }
        from = s + 1;
        while !t.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

#[test]
fn seeds_acceptance() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    let seeds = root.join("seeds");
    let gold_path = root.join("eval/seeds-gold.json");
    if !seeds.is_dir() || !gold_path.is_file() {
        eprintln!(
            "SKIPPED seeds acceptance: {} or {} is missing",
            seeds.display(),
            gold_path.display()
        );
        return;
    }
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&gold_path).unwrap()).unwrap();
    let docs = gold["docs"].as_object().unwrap();
    let mut ids: Vec<&String> = docs.keys().collect();
    ids.sort();
    let mut texts = Vec::new();
    let mut resolver = Resolver::new(Vec::new(), Curation::empty(), kb());
    for id in ids {
        let mut article = dossier_ingest::read_one(&seeds.join(format!("{id}.txt"))).unwrap();
        article.meta.published = docs[id]["published"].as_str().map(str::to_string);
        let mut doc = dossier_pipeline::analyse(article, &Default::default()).unwrap();
        resolve_document(&mut doc, kb());
        for r in &doc.roles {
            eprintln!("  role {id} {:?} -> {:?}", r.text, r.entity);
        }
        for le in local_entities(&doc) {
            resolver.add(&le);
        }
        texts.push(doc.text.clone());
    }
    let entities = resolver.entities();
    let names_of = |e: &dossier_resolve::Entity| -> Vec<String> {
        std::iter::once(&e.name).chain(e.aliases.iter()).map(|s| norm(s)).collect()
    };
    let mut failures = Vec::new();
    let mut owner: HashMap<String, String> = HashMap::new();
    for g in gold["entities"].as_array().unwrap() {
        let gname = g["name"].as_str().unwrap();
        let gtype = g["type"].as_str().unwrap();
        let aliases: Vec<&str> = g["aliases"]
            .as_array()
            .map(|a| a.iter().filter_map(|x| x.as_str()).collect())
            .unwrap_or_default();
        let all: Vec<&str> = std::iter::once(gname).chain(aliases.iter().copied()).collect();
        let present: Vec<&str> =
            all.iter().copied().filter(|a| texts.iter().any(|t| occurs(t, a))).collect();
        if present.is_empty() {
            continue;
        }
        let hits: Vec<&&dossier_resolve::Entity> = entities
            .iter()
            .filter(|e| {
                let n = names_of(e);
                present.iter().any(|p| n.contains(&norm(p)))
            })
            .collect();
        if hits.len() != 1 {
            failures.push(format!(
                "{gname}: {} entities carry its names: {:?}",
                hits.len(),
                hits.iter().map(|e| (&e.name, &e.label, &e.aliases)).collect::<Vec<_>>()
            ));
            continue;
        }
        let e = hits[0];
        let n = names_of(e);
        let missing: Vec<&&str> = present.iter().filter(|p| !n.contains(&norm(p))).collect();
        if !missing.is_empty() {
            failures.push(format!(
                "{gname}: entity {:?} lacks {:?} (has {:?})",
                e.name, missing, e.aliases
            ));
        }
        let full = |a: &str| {
            let first = a.split_whitespace().next().unwrap_or("").to_lowercase();
            !matches!(first.as_str(), "the" | "his" | "her")
                && (gtype != "PER" || a.split_whitespace().count() >= 2)
        };
        if !all.iter().any(|a| norm(a) == norm(&e.name) && (*a == gname || full(a))) {
            failures.push(format!("{gname}: entity is named {:?}", e.name));
        }
        if let Some(other) = owner.insert(e.id.clone(), gname.to_string()) {
            failures.push(format!("{gname} and {other} share entity {:?}", e.name));
        }
        if e.label != gtype {
            eprintln!("note: {gname} is {gtype} in the gold, {} here", e.label);
        }
    }
    for (id, d) in docs {
        for bad in d["must_not_extract"].as_array().into_iter().flatten().filter_map(|x| x.as_str())
        {
            if let Some(e) = entities.iter().find(|e| names_of(e).contains(&norm(bad))) {
                failures.push(format!("{id}: clutter name {bad:?} became entity {:?}", e.name));
            }
        }
    }
    for e in entities.iter().take(60) {
        eprintln!(
            "{:>3} {:4} {} {:?} roles={:?}",
            e.mentions,
            e.label,
            e.name,
            e.aliases,
            e.roles.iter().map(|r| &r.name).collect::<Vec<_>>()
        );
    }
    for e in entities.iter().filter(|e| e.label == "PER").take(8) {
        for ev in &e.evidence {
            eprintln!("evidence {} <- {:?}: {} ({})", e.name, ev.alias, ev.reason, ev.doc);
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

/// Stage 1 must not slow the per-document pipeline down: prints the time per seed article.
#[test]
fn seeds_stage1_speed() {
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    if !seeds.is_dir() {
        eprintln!("SKIPPED seeds speed: {} is missing", seeds.display());
        return;
    }
    let mut docs = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&seeds)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    for p in paths {
        let mut a = dossier_ingest::read_one(&p).unwrap();
        a.meta.published = Some("2025-06-15".into());
        docs.push(dossier_pipeline::analyse(a, &Default::default()).unwrap());
    }
    kb();
    let n = if cfg!(debug_assertions) { 5 } else { 100 };
    let n: usize = std::env::var("SEEDS_SPEED_N").ok().and_then(|v| v.parse().ok()).unwrap_or(n);
    let mut copies: Vec<_> = (0..n).flat_map(|_| docs.iter().cloned()).collect();
    // CPU time of this thread when Linux tells it (the machine is shared), else wall time.
    let cpu = || {
        std::fs::read_to_string("/proc/thread-self/schedstat")
            .ok()
            .and_then(|s| s.split_whitespace().next().and_then(|x| x.parse::<f64>().ok()))
            .map(|ns| ns / 1e9)
    };
    let (t, c) = (std::time::Instant::now(), cpu());
    let mut locals = 0;
    for d in copies.iter_mut() {
        resolve_document(d, kb());
        locals += local_entities(d).len();
    }
    let spent = match (c, cpu()) {
        (Some(a), Some(b)) => b - a,
        _ => t.elapsed().as_secs_f64(),
    };
    let per = spent / (n * docs.len()) as f64;
    eprintln!(
        "stage 1: {:.1} µs per seed article ({} local entities per article)",
        per * 1e6,
        locals / (n * docs.len())
    );
}
