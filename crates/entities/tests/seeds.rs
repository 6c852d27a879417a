//! End to end on the sample articles (skipped when `../shared` is absent): at least 90% of the
//! person, organisation and place names listed in `seeds-gold.json` that occur in the articles
//! are found as entity mentions with the right label, and the gold roles are attached to their
//! people. Nothing here knows the articles: names come from the gold file at run time.

use dossier_document::Document;
use std::path::Path;

fn shared() -> Option<&'static Path> {
    let p = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"));
    if p.join("seeds").is_dir() && p.join("eval/seeds-gold.json").is_file() {
        Some(Box::leak(p.to_path_buf().into_boxed_path()))
    } else {
        eprintln!("skipping: ../shared/seeds or ../shared/eval/seeds-gold.json not found");
        None
    }
}

fn analysed(dir: &Path) -> Vec<Document> {
    let mut files: Vec<_> =
        std::fs::read_dir(dir).unwrap().filter_map(|e| e.ok()).map(|e| e.path()).collect();
    files.sort();
    files
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            let raw = std::fs::read_to_string(&p).unwrap();
            let mut doc = Document { raw, ..Default::default() };
            dossier_clean::clean(&mut doc);
            dossier_segment::segment(&mut doc);
            dossier_entities::annotate(&mut doc);
            doc
        })
        .collect()
}

/// An alias that is a name rather than a description: every word capitalised, and no title word.
fn is_name(s: &str) -> bool {
    let titles = ["President", "Presidential", "Aide", "Director", "Foreign", "Minister"];
    s.split_whitespace()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase) && !titles.contains(&w))
}

#[test]
fn seed_names_found_with_right_label() {
    let Some(sh) = shared() else { return };
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(sh.join("eval/seeds-gold.json")).unwrap())
            .unwrap();
    let docs = analysed(&sh.join("seeds"));
    let (mut total, mut found) = (0, 0);
    let mut missed = Vec::new();
    for e in gold["entities"].as_array().unwrap() {
        let label = e["type"].as_str().unwrap();
        if !matches!(label, "PER" | "ORG" | "LOC") {
            continue;
        }
        let mut names = vec![e["name"].as_str().unwrap().to_string()];
        for a in e["aliases"].as_array().into_iter().flatten() {
            let a = a.as_str().unwrap();
            if is_name(a) {
                names.push(a.to_string());
            }
        }
        for n in names {
            // Only names that occur as words in the articles can be found.
            let occurs = docs.iter().any(|d| {
                d.text.match_indices(&n).any(|(i, _)| {
                    let before = d.text[..i].chars().next_back();
                    let after = d.text[i + n.len()..].chars().next();
                    !before.is_some_and(char::is_alphanumeric)
                        && !after.is_some_and(char::is_alphanumeric)
                })
            });
            if !occurs {
                continue;
            }
            total += 1;
            // A leading article is outside the mention by the CoNLL convention ("The Kyiv Independent").
            let key = |s: &str| s.strip_prefix("The ").unwrap_or(s).to_string();
            // A surname counts when found inside the full name's mention ("Naryshkin" in
            // "Sergey Naryshkin"), since that is where the articles use it.
            let within = |e: &str| {
                let (e, n) = (key(e), key(&n));
                e == n || e.ends_with(&format!(" {n}")) || e.starts_with(&format!("{n} "))
            };
            if docs.iter().any(|d| d.entities.iter().any(|m| within(&m.entity) && m.label == label))
            {
                found += 1;
            } else {
                missed.push(format!("{n} ({label})"));
            }
        }
    }
    let rate = found as f64 / total.max(1) as f64;
    println!(
        "seed names found with the right label: {found}/{total} = {rate:.3}; missed: {missed:?}"
    );
    assert!(total > 20, "too few gold names occur in the articles ({total})");
    assert!(rate >= 0.90, "found {found}/{total} = {rate:.3}; missed: {missed:?}");
}

#[test]
fn seed_roles_attached_to_people() {
    let Some(sh) = shared() else { return };
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(sh.join("eval/seeds-gold.json")).unwrap())
            .unwrap();
    let docs = analysed(&sh.join("seeds"));
    let (mut total, mut found) = (0, 0);
    let mut missed = Vec::new();
    for e in gold["entities"].as_array().unwrap() {
        let mut names = vec![e["name"].as_str().unwrap()];
        names.extend(e["aliases"].as_array().into_iter().flatten().filter_map(|a| a.as_str()));
        let name = names[0];
        for r in e["roles"].as_array().into_iter().flatten() {
            let r = r.as_str().unwrap();
            // Roles the articles state in these words (others are the analyst's paraphrase).
            if !docs.iter().any(|d| d.text.contains(r)) {
                continue;
            }
            total += 1;
            let hit = docs.iter().any(|d| {
                d.roles.iter().any(|x| {
                    x.text.contains(r)
                        && x.entity
                            .as_deref()
                            .is_some_and(|p| names.iter().any(|n| n.ends_with(p) || p.ends_with(n)))
                })
            });
            if hit {
                found += 1;
            } else {
                missed.push(format!("{r} -> {name}"));
            }
        }
    }
    println!("seed roles attached: {found}/{total}; missed: {missed:?}");
    assert!(total >= 5, "too few gold roles occur in the articles ({total})");
    assert!(found * 10 >= total * 8, "roles attached {found}/{total}; missed: {missed:?}");
}
