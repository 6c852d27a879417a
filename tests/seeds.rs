//! The users' sample articles (`../shared/seeds`) against what an analyst reads out of them
//! (`../shared/eval/seeds-gold.json`). Skipped, with a message, where `../shared` is missing.

mod common;

use common::*;
use serde_json::Value;

fn annotate(name: &str) -> Option<Value> {
    let path = shared_path(&format!("seeds/{name}.txt"), "seeds")?;
    let out = dossier(&["annotate", path.to_str().unwrap(), "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    Some(serde_json::from_slice(&out.stdout).unwrap())
}

#[test]
fn clutter_title_and_author_of_002() {
    let Some(doc) = annotate("002_46e64ff72a4d5d14") else { return };
    assert_eq!(doc["title"], "Putin and Trump Hold Call Focused on Ukraine");
    assert_eq!(doc["author"], "Ruslan Loginov");
    let text = doc["text"].as_str().unwrap();
    assert!(!text.contains("Read also"));
    assert!(!text.contains("Latest news"));
    assert!(!text.contains("Original Author"));
    assert!(
        text.contains("No dates were mentioned for a potential third round of talks in Istanbul.")
    );
    // Every removed span is listed with its reason and points at the raw input.
    let reasons: Vec<&str> =
        doc["removed"].as_array().unwrap().iter().map(|r| r["reason"].as_str().unwrap()).collect();
    assert!(
        reasons.contains(&"link_list") && reasons.contains(&"byline") && reasons.contains(&"title"),
        "{reasons:?}"
    );
}

#[test]
fn translation_notice_cross_link_and_titles() {
    let Some(d3) = annotate("003_f7f19ac3c01f94fb") else { return };
    assert_eq!(d3["machine_translated_from"], "ru");
    assert!(!d3["text"].as_str().unwrap().contains("Переведено"));
    let d1 = annotate("001_d17cc11a6fb020e6").unwrap();
    assert!(!d1["text"].as_str().unwrap().contains("Also read"));
    for name in ["000_24a5b85cc9db98b1", "001_d17cc11a6fb020e6", "004_573d88d4f724fbb2"] {
        assert_eq!(annotate(name).unwrap()["title"], Value::Null, "{name} has no title");
    }
}

#[test]
fn no_sentence_ends_after_an_initial() {
    let Some(seeds) = shared_path("seeds", "seeds") else { return };
    for entry in std::fs::read_dir(seeds).unwrap() {
        let path = entry.unwrap().path();
        let out = dossier(&["annotate", path.to_str().unwrap()]);
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
        let text = doc["text"].as_str().unwrap();
        for s in doc["sentences"].as_array().unwrap() {
            let sentence =
                &text[s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize];
            for bad in [" U.", " V.", " J.", " Q1"] {
                assert!(
                    !sentence.ends_with(bad),
                    "{}: sentence ends after {bad:?}: {sentence}",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn every_gold_doc_check_passes() {
    let (Some(seeds), Some(gold)) =
        (shared_path("seeds", "seeds"), shared_path("eval/seeds-gold.json", "seeds"))
    else {
        return;
    };
    let out = dossier(&[
        "eval",
        "seeds",
        "--seeds",
        seeds.to_str().unwrap(),
        "--gold",
        gold.to_str().unwrap(),
        "--json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["failures"], serde_json::json!([]), "{v}");
    assert!(v["checks"].as_u64().unwrap() > 50);
}

#[test]
fn building_the_seeds_twice_stores_nothing_new() {
    let Some(seeds) = shared_path("seeds", "seeds") else { return };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.db");
    let args = ["build", seeds.to_str().unwrap(), "--db", db.to_str().unwrap()];
    assert_eq!(stdout(&dossier(&args)).trim(), "5 articles: 5 new, 0 unchanged, 0 failed");
    assert_eq!(stdout(&dossier(&args)).trim(), "5 articles: 0 new, 5 unchanged, 0 failed");
}
