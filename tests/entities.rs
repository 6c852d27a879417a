//! `dossier entities` end to end (issue 9): the sample articles built into a store give one
//! entity per person, organisation and place of the analyst's gold, and the view explains
//! each merge.

mod common;

use std::collections::HashMap;
use std::fs;

use common::*;
use serde_json::Value;

/// Lower case, plain quotes and apostrophes, single spaces.
fn norm(s: &str) -> String {
    s.replace(['\u{2019}', '\u{2018}'], "'")
        .replace(['\u{201c}', '\u{201d}'], "\"")
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `name` occurs in `text` as whole words.
fn occurs(text: &str, name: &str) -> bool {
    let (t, n) = (norm(text), norm(name));
    t.match_indices(&n).any(|(s, _)| {
        let e = s + n.len();
        t[..s].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
            && t[e..].chars().next().is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Builds the seeds (with the gold's publication dates as sidecars) into a fresh store.
fn built_seeds(test: &str) -> Option<(tempfile::TempDir, Value, Vec<String>)> {
    let seeds = shared_path("seeds", test)?;
    let gold: Value =
        serde_json::from_str(&fs::read_to_string(shared_path("eval/seeds-gold.json", test)?).ok()?)
            .ok()?;
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    let mut texts = Vec::new();
    for (id, d) in gold["docs"].as_object().unwrap() {
        let text = fs::read_to_string(seeds.join(format!("{id}.txt"))).unwrap();
        fs::write(input.join(format!("{id}.txt")), &text).unwrap();
        let meta = serde_json::json!({ "published": d["published"] });
        fs::write(input.join(format!("{id}.json")), meta.to_string()).unwrap();
        texts.push(text);
    }
    let db = dir.path().join("x.db");
    let out = dossier(&["build", "--quiet", input.to_str().unwrap(), "--db", db.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    Some((dir, gold, texts))
}

fn entities_json(dir: &tempfile::TempDir, extra: &[&str]) -> Vec<Value> {
    let db = dir.path().join("x.db");
    let mut args = vec!["entities", "--db", db.to_str().unwrap(), "--format", "json"];
    args.extend_from_slice(extra);
    let out = dossier(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn seeds_give_one_entity_per_gold_entity() {
    let Some((dir, gold, texts)) = built_seeds("seeds_give_one_entity_per_gold_entity") else {
        return;
    };
    let list = entities_json(&dir, &[]);
    let names_of = |e: &Value| -> Vec<String> {
        std::iter::once(&e["name"])
            .chain(e["aliases"].as_array().unwrap().iter())
            .filter_map(Value::as_str)
            .map(norm)
            .collect()
    };
    let mut failures = Vec::new();
    let mut owner: HashMap<String, String> = HashMap::new();
    for g in gold["entities"].as_array().unwrap() {
        let gname = g["name"].as_str().unwrap();
        let all: Vec<&str> = std::iter::once(gname)
            .chain(g["aliases"].as_array().into_iter().flatten().filter_map(Value::as_str))
            .collect();
        let present: Vec<&str> =
            all.iter().copied().filter(|a| texts.iter().any(|t| occurs(t, a))).collect();
        if present.is_empty() {
            continue;
        }
        let hits: Vec<&Value> = list
            .iter()
            .filter(|e| present.iter().any(|p| names_of(e).contains(&norm(p))))
            .collect();
        if hits.len() != 1 {
            let found: Vec<&Value> = hits.iter().map(|e| &e["name"]).collect();
            failures.push(format!("{gname}: {} entities carry its names: {found:?}", hits.len()));
            continue;
        }
        let e = hits[0];
        let names = names_of(e);
        let missing: Vec<&&str> = present.iter().filter(|p| !names.contains(&norm(p))).collect();
        if !missing.is_empty() {
            failures.push(format!("{gname}: entity {} lacks {missing:?}", e["name"]));
        }
        let name = norm(e["name"].as_str().unwrap());
        // A full name: for a person, first and last name; never a description.
        let is_person = g["type"].as_str() == Some("PER");
        let full_alias = |a: &&str| {
            norm(a) == name
                && (!is_person || a.split_whitespace().count() >= 2)
                && !["the", "his", "her"].contains(&norm(a).split(' ').next().unwrap_or(""))
        };
        if name != norm(gname) && !all.iter().any(full_alias) {
            failures.push(format!("{gname}: entity is named {}", e["name"]));
        }
        if let Some(other) = owner.insert(e["id"].as_str().unwrap().to_string(), gname.into()) {
            failures.push(format!("{gname} and {other} share entity {}", e["name"]));
        }
    }
    for d in gold["docs"].as_object().unwrap().values() {
        for bad in d["must_not_extract"].as_array().into_iter().flatten().filter_map(Value::as_str)
        {
            if list.iter().any(|e| names_of(e).contains(&norm(bad))) {
                failures.push(format!("clutter name {bad:?} became an entity"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    // One entity by any of its names, with the evidence for each merge.
    let one = entities_json(&dir, &["--name", "Fogel"]);
    assert_eq!(one.len(), 1, "{one:?}");
    assert!(one[0]["evidence"].as_array().is_some_and(|ev| !ev.is_empty()), "{}", one[0]);
    let md = dossier(&[
        "entities",
        "--db",
        dir.path().join("x.db").to_str().unwrap(),
        "--name",
        "Putin",
    ]);
    assert!(stdout(&md).contains("### Why these names are one entity"), "{}", stdout(&md));

    // Stored mentions carry the canonical name.
    let store = dossier_store::Store::open(&dir.path().join("x.db")).unwrap();
    let doc = store.get("002_46e64ff72a4d5d14").unwrap().unwrap();
    let putin: Vec<&str> =
        doc.entities.iter().filter(|m| m.text == "Putin").map(|m| m.entity.as_str()).collect();
    assert!(!putin.is_empty() && putin.iter().all(|n| *n == "Vladimir Putin"), "{putin:?}");
}

#[test]
fn curation_forces_names_apart_and_together_on_the_next_build() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    fs::write(
        input.join("a.txt"),
        "Harbour master Ilse Varga said on Monday that the pier would reopen. Varga added that \
         repairs cost more than planned.\n",
    )
    .unwrap();
    fs::write(
        input.join("b.txt"),
        "Engineer Tomas Varga inspected the pier. Ilse Varga thanked the crew.\n",
    )
    .unwrap();
    let db = dir.path().join("x.db");
    let (input, db) = (input.to_str().unwrap(), db.to_str().unwrap());
    let out = dossier(&["build", "--quiet", input, "--db", db]);
    assert!(out.status.success(), "{}", stderr(&out));
    let names = |extra: &[&str]| -> Vec<String> {
        let mut args = vec!["entities", "--db", db, "--format", "json", "--type", "per"];
        args.extend_from_slice(extra);
        let list: Vec<Value> = serde_json::from_slice(&dossier(&args).stdout).unwrap();
        list.iter().map(|e| e["name"].as_str().unwrap().to_string()).collect()
    };
    let before = names(&[]);
    assert!(before.contains(&"Ilse Varga".to_string()), "{before:?}");
    assert!(before.contains(&"Tomas Varga".to_string()), "{before:?}");

    let rules = dir.path().join("rules.curation");
    fs::write(&rules, "# the two are one person\ntogether = \"Ilse Varga\" | \"Tomas Varga\"\n")
        .unwrap();
    let out =
        dossier(&["build", "--quiet", input, "--db", db, "--curation", rules.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let after = names(&[]);
    assert_eq!(after.iter().filter(|n| n.ends_with("Varga")).count(), 1, "{after:?}");

    fs::write(&rules, "together = \"Ilse Varga\" \"Tomas Varga\"\n").unwrap();
    let out =
        dossier(&["build", "--quiet", input, "--db", db, "--curation", rules.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("rules.curation:1:"), "{}", stderr(&out));
}

#[test]
fn entities_speed_builds_each_corpus_as_often_as_asked_and_reports_every_run() {
    let o = dossier(&[
        "eval",
        "entities-speed",
        "--articles",
        "40",
        "--people",
        "30",
        "--runs",
        "2",
        "--json",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let r: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(r["runs"], 2);
    let each = r["articles_per_second_each_run"].as_array().unwrap();
    assert_eq!(each.len(), 2);
    assert_eq!(r["resolve_growth_each_run"].as_array().unwrap().len(), 2);
    // The figure that counts is the faster run's.
    let best = each.iter().map(|v| v.as_f64().unwrap()).fold(0.0, f64::max);
    assert!((r["articles_per_second"].as_f64().unwrap() - best).abs() < 1e-6 * best);
    // The store reported on holds merged events.
    assert!(r["events"].as_u64().unwrap() > 0);
    let zero = dossier(&["eval", "entities-speed", "--articles", "5", "--runs", "0"]);
    assert!(!zero.status.success());
    assert!(String::from_utf8_lossy(&zero.stderr).contains("--runs"));
}

#[test]
fn a_name_looked_up_in_another_spelling_finds_its_entity_events_and_quotes() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    fs::write(
        input.join("a.txt"),
        "Mira Ostrova and Volodymyr Zelenskiy spoke by phone on Tuesday about the harbour in \
         Kyiv, Zelenskiy's office said.\n\n\"It was a good call,\" Zelenskiy said.\n",
    )
    .unwrap();
    fs::write(input.join("a.json"), "{\"published\": \"2025-03-19\"}\n").unwrap();
    let db = dir.path().join("x.db");
    let (input, db) = (input.to_str().unwrap(), db.to_str().unwrap());
    let out = dossier(&["build", "--quiet", input, "--db", db]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json = |args: &[&str]| -> Vec<Value> {
        let mut all = args.to_vec();
        all.extend_from_slice(&["--db", db, "--format", "json"]);
        serde_json::from_slice(&dossier(&all).stdout).unwrap()
    };
    let names = |v: &[Value]| -> Vec<String> {
        v.iter().map(|e| e["name"].as_str().unwrap_or_default().to_string()).collect()
    };
    assert_eq!(names(&json(&["entities", "--name", "Kiev"])), ["Kyiv"]);
    assert_eq!(names(&json(&["entities", "--name", "Zelensky"])), ["Volodymyr Zelenskiy"]);
    assert_eq!(json(&["timeline", "--entity", "Zelenskyy", "--type", "phone_call"]).len(), 1);
    let quotes = json(&["quotes", "--speaker", "Zelensky"]);
    assert!(!quotes.is_empty(), "no quotes found");
    assert!(quotes.iter().all(|q| q["speaker"] == "Volodymyr Zelenskiy"), "{quotes:?}");
    // Another name is still no one's.
    assert!(json(&["entities", "--name", "Vinnik"]).is_empty());
}
