//! End-to-end robustness tests (issue 8): see the tests below.
//!
//! The time tagger with the real binary: relative expressions with counts no calendar holds
//! ("8000000 days ago") used to panic in the date arithmetic or silently return the anchor date;
//! days the calendar does not have ("February 29" in 2025) were emitted as dates.

mod common;

use std::fs;
use std::path::Path;

use common::{dossier, stderr, stdout};
use tempfile::TempDir;

/// `dossier annotate FILE --published 2025-06-14` on `text`: the timexes as (text, value).
fn annotate(dir: &Path, name: &str, text: &str) -> Vec<(String, String)> {
    let file = dir.join(name);
    fs::write(&file, text).unwrap();
    let out = dossier(&["annotate", file.to_str().unwrap(), "--published", "2025-06-14"]);
    assert!(out.status.success(), "{text:?}: exit {:?}\n{}", out.status, stderr(&out));
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&out)).expect("annotate prints JSON");
    assert_eq!(json["published"], "2025-06-14");
    json["timexes"]
        .as_array()
        .expect("a timexes array")
        .iter()
        .map(|t| {
            (
                t["text"].as_str().unwrap_or_default().to_string(),
                t["value"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn huge_relative_counts_are_unresolved_not_a_crash() {
    let dir = TempDir::new().unwrap();
    // The reproduction from the issue.
    let t = annotate(dir.path(), "a.txt", "8000000 days ago\n");
    assert_eq!(t, [("8000000 days ago".to_string(), "XXXX-XX-XX".to_string())]);
    let huge = "99999999999999999999999";
    let long = "7".repeat(300);
    for (k, (text, unknown)) in [
        ("It happened 8000000 days ago.", "XXXX-XX-XX"),
        ("It happened 3000000 days ago.", "XXXX-XX-XX"),
        ("It will happen 8000000 days later.", "XXXX-XX-XX"),
        ("It will happen 8000000 days from now.", "XXXX-XX-XX"),
        ("It happened 8000000 weeks ago.", "XXXX-WXX"),
        ("It happened 8000000 weekends ago.", "XXXX-WXX"),
        ("It will happen 8000000 weeks later.", "XXXX-WXX"),
        ("It happened 8000000 months ago.", "XXXX-XX"),
        ("It happened 8000000 years ago.", "XXXX"),
        ("It happened 8000000 centuries ago.", "XXXX"),
        ("It happened 8000000 quarters ago.", "XXXX-QX"),
        (&format!("It happened {huge} years ago."), "XXXX"),
        (&format!("It happened {huge} days ago."), "XXXX-XX-XX"),
        (&format!("It will happen {long} weeks from now."), "XXXX-WXX"),
    ]
    .into_iter()
    .enumerate()
    {
        let t = annotate(dir.path(), &format!("r{k}.txt"), text);
        assert_eq!(t.len(), 1, "{text}: {t:?}");
        assert_eq!(t[0].1, unknown, "{text}");
    }
    // "before" and "after" a count make no date of their own: a duration, never the anchor day.
    for (k, text) in [
        "The vote came 8000000 days before the election.",
        "The vote came 8000000 weeks after the election.",
        "It ended 8000000 weekends before the final.",
    ]
    .into_iter()
    .enumerate()
    {
        let t = annotate(dir.path(), &format!("d{k}.txt"), text);
        assert!(t.iter().all(|(_, v)| v.starts_with('P')), "{text}: {t:?}");
    }
    // Counts the calendar holds still resolve.
    let t = annotate(dir.path(), "ok.txt", "It happened 1000 days ago.");
    assert_eq!(t[0].1, "2022-09-18");
}

#[test]
fn february_29_in_a_common_year_is_never_a_date() {
    let dir = TempDir::new().unwrap();
    for (k, text) in [
        "The council met on February 29 to agree the budget.",
        "The council will meet on February 29.",
        "The council met on February 29, 2025.",
        "The council met on 29 February 2025, and again on 30 February.",
        "The deadline of April 31 passed.",
    ]
    .into_iter()
    .enumerate()
    {
        let t = annotate(dir.path(), &format!("f{k}.txt"), text);
        assert!(!t.is_empty(), "{text}");
        for (s, v) in &t {
            for bad in ["2025-02-29", "2025-02-30", "2026-02-29", "2025-04-31", "XXXX-02-30"] {
                assert!(!v.starts_with(bad), "{text}: {s:?} -> {v}");
            }
        }
    }
}

#[test]
fn build_stores_an_article_with_impossible_dates_beside_a_good_one() {
    let dir = TempDir::new().unwrap();
    let articles = dir.path().join("articles");
    fs::create_dir(&articles).unwrap();
    fs::write(
        articles.join("odd.txt"),
        "Harbour council keeps its calendar\n\nThe harbour council met on February 29 and \
         said the works began 8000000 days ago. A report due 99999999999999999999999 weeks \
         from now was delayed to 30 February.\n",
    )
    .unwrap();
    fs::write(articles.join("odd.json"), r#"{"published":"2025-06-14"}"#).unwrap();
    fs::write(
        articles.join("good.txt"),
        "Ferry timetable changes\n\nThe ferry company said on Monday that the summer timetable \
         starts next week, three days earlier than last year.\n",
    )
    .unwrap();
    fs::write(articles.join("good.json"), r#"{"published":"2025-06-14"}"#).unwrap();
    let db = dir.path().join("x.db");
    let out = dossier(&["build", articles.to_str().unwrap(), "--db", db.to_str().unwrap()]);
    assert!(out.status.success(), "exit {:?}\n{}\n{}", out.status, stdout(&out), stderr(&out));
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "2 articles: 2 new, 0 unchanged, 0 failed");
    let store = dossier_store::Store::open(&db).unwrap();
    assert_eq!(store.count().unwrap(), 2, "both articles stored");
    let odd = store.get("odd").unwrap().expect("the odd article is stored");
    assert_eq!(odd.meta.published.as_deref(), Some("2025-06-14"));
    for t in &odd.timexes {
        let v = t.value.as_deref().unwrap_or_default();
        assert!(!v.starts_with("2025-02-29") && !v.starts_with("2025-02-30"), "{t:?}");
        assert_ne!(v, "2025-06-14", "{t:?}: the anchor date is not an answer");
    }
    assert!(odd.timexes.iter().any(|t| t.value.as_deref() == Some("XXXX-XX-XX")));
    assert!(store.get("good").unwrap().is_some(), "the good article is stored");
}
