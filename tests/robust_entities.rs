//! End-to-end robustness tests (issue 8): see the tests below.
//!
//! The named-entity and role stage with the real binary. Pathological articles used to take
//! minutes there: a gazetteer word repeated (every token looked at every gazetteer match of its
//! sentence), long runs of one punctuation character (the first word of the sentence was searched
//! for again at every token), and very many short sentences naming a person with a title (every
//! sentence filtered every mention of the document). Each of those, beside a normal article, must
//! now be built in seconds, and both must be stored.

mod common;

use std::fs;
use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use common::{dossier, stderr, stdout};
use tempfile::TempDir;

/// Generous for a release build on a busy machine; each input took minutes before the fix.
const LIMIT: Duration = Duration::from_secs(30);

const NORMAL: &str = "Harbour pact signed after all-night talks\n\n\
    Port authority chief Miriam Castellane signed the agreement in Rotterdam on Tuesday, \
    ending a dispute that had idled the docks for a month.\n\n\
    \"We found a way,\" said Tobias Wennberg, the head of the Dockworkers Union, after the \
    talks. The European Commission welcomed the pact.\n";

/// One build at a time: each is timed, and the tests of this file run on parallel threads.
static SERIAL: Mutex<()> = Mutex::new(());

/// Builds `dir` (holding `normal.txt` and `name`) into `dir/x.db` and checks both are stored.
fn build_with(name: &str, text: &str) {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let dir = TempDir::new().unwrap();
    fs::write(dir.path().join("normal.txt"), NORMAL).unwrap();
    fs::write(dir.path().join(name), text).unwrap();
    let db = dir.path().join("x.db");
    let t0 = Instant::now();
    let out =
        dossier(&["build", "--quiet", dir.path().to_str().unwrap(), "--db", db.to_str().unwrap()]);
    let took = t0.elapsed();
    assert!(out.status.success(), "{name}: exit {:?}\n{}", out.status, stderr(&out));
    assert!(took < LIMIT, "{name}: build took {took:?}");
    let summary = stdout(&out);
    assert!(summary.contains("2 new") && summary.contains("0 failed"), "{name}: {summary}");
    check_store(&db, name);
}

fn check_store(db: &Path, name: &str) {
    let store = dossier_store::Store::open(db).unwrap();
    let ids = store.ids().unwrap();
    assert_eq!(ids.len(), 2, "{name}: {ids:?}");
    let stem = name.trim_end_matches(".txt");
    assert!(ids.iter().any(|i| i == stem), "{name}: {ids:?}");
    let normal = store.get("normal").unwrap().expect("the normal article is stored");
    let has = |n: &str, l: &str| normal.entities.iter().any(|e| e.entity == n && e.label == l);
    assert!(has("Miriam Castellane", "PER"), "{name}: {:?}", normal.entities);
    assert!(has("Rotterdam", "LOC"), "{name}: {:?}", normal.entities);
    assert!(
        normal
            .roles
            .iter()
            .any(|r| r.entity.as_deref() == Some("Miriam Castellane") && r.text.contains("chief")),
        "{name}: {:?}",
        normal.roles
    );
    let odd = store.get(stem).unwrap().expect("the pathological article is stored");
    for e in &odd.entities {
        assert_eq!(&odd.text[e.start..e.end], e.text, "{name}");
    }
}

#[test]
fn gazetteer_word_repeated() {
    build_with("cities.txt", &"Berlin ".repeat(128_000));
}

/// A run of one character between two sentences (an article of nothing but punctuation is
/// refused earlier, as having no letters).
fn run_of(c: &str) -> String {
    format!("The ferry left the harbour at dawn. {} It came back at noon.\n", c.repeat(1 << 20))
}

#[test]
fn a_megabyte_of_hyphens() {
    build_with("hyphens.txt", &run_of("-"));
}

#[test]
fn a_megabyte_of_double_quotes() {
    build_with("quotes.txt", &run_of("\""));
}

#[test]
fn a_hundred_thousand_short_sentences_with_a_title() {
    let text: String =
        (0..100_000).map(|i| format!("Governor Ilse Marwood{} waved. ", i % 10)).collect();
    build_with("sentences.txt", &text);
}

#[test]
fn one_huge_sentence_of_titles_and_names() {
    let text =
        "Harbour chief Tobias Wennberg, the head of the Dockworkers Union, and ".repeat(20_000);
    build_with("clause.txt", &text);
}

/// A description with no one to refer to ("the Finnish president" in a store that knows no
/// Finnish person) used to stop the whole build: its mention named an empty entity id.
#[test]
fn a_description_with_no_referent() {
    build_with(
        "unnamed.txt",
        "Budget talks stall\n\nThe Finnish president said on Monday that the budget talks had \
         stalled. The prime minister did not comment.\n",
    );
}
