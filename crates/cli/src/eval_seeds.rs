//! `dossier eval seeds`: the foundation's own check against the users' sample articles.
//!
//! For every document in `seeds-gold.json` it checks what cleaning must get right — the title
//! (or its absence), the author, the machine-translation source, the clutter that must go, the
//! body text that must stay, the section headings — and that no sentence ends after an
//! initial or "Q1". Matching follows the gold file's rules: case-insensitive, typographic quotes
//! and apostrophes read as plain ones.

use std::path::PathBuf;

use anyhow::{Context, Result};
use dossier_document::Document;
use serde_json::{json, Value};

#[derive(clap::Args)]
pub struct Args {
    /// Folder of sample articles.
    #[arg(long, default_value = "../shared/seeds")]
    pub seeds: PathBuf,
    /// The gold file.
    #[arg(long, default_value = "../shared/eval/seeds-gold.json")]
    pub gold: PathBuf,
    /// Print one JSON object instead of a report.
    #[arg(long)]
    pub json: bool,
}

/// Lower-cases and maps typographic quotes and apostrophes to plain ones.
pub fn norm(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Endings after which a sentence must not stop.
const BAD_ENDS: &[&str] = &["U.", "V.", "J.", "Q1"];

/// The result of checking one document.
pub struct Outcome {
    pub checks: usize,
    pub failures: Vec<String>,
}

/// Checks one analysed document against its gold entry.
pub fn check_doc(doc: &Document, gold: &Value) -> Outcome {
    let mut checks = 0;
    let mut failures = Vec::new();
    let mut check = |ok: bool, what: String| {
        checks += 1;
        if !ok {
            failures.push(what);
        }
    };
    let text = norm(&doc.text);
    let opt_eq = |got: &Option<String>, want: Option<&str>| match (got, want) {
        (Some(g), Some(w)) => norm(g.trim()) == norm(w.trim()),
        (None, None) => true,
        _ => false,
    };
    let want_title = gold.get("title").and_then(Value::as_str);
    check(
        opt_eq(&doc.meta.title, want_title),
        format!("title: got {:?}, want {:?}", doc.meta.title, want_title),
    );
    if let Some(author) = gold.get("author") {
        let want = author.as_str();
        check(
            opt_eq(&doc.meta.author, want),
            format!("author: got {:?}, want {:?}", doc.meta.author, want),
        );
    }
    let want_mt = gold.get("machine_translated_from").and_then(Value::as_str);
    check(
        opt_eq(&doc.meta.machine_translated_from, want_mt),
        format!(
            "machine_translated_from: got {:?}, want {:?}",
            doc.meta.machine_translated_from, want_mt
        ),
    );
    for s in strings(gold, "must_remove") {
        check(!text.contains(&norm(s)), format!("must_remove still in text: {s:?}"));
    }
    for s in strings(gold, "must_keep") {
        check(text.contains(&norm(s)), format!("must_keep missing from text: {s:?}"));
    }
    let headings: Vec<String> = doc.headings.iter().map(|h| norm(h.text(&doc.text))).collect();
    let sentences: Vec<String> = doc.sentences.iter().map(|s| norm(s.text(&doc.text))).collect();
    for s in strings(gold, "section_headings") {
        let n = norm(s);
        check(headings.contains(&n), format!("section heading not found: {s:?}"));
        check(
            !sentences.iter().any(|x| x.contains(&n)),
            format!("section heading read as a sentence: {s:?}"),
        );
    }
    for s in &doc.sentences {
        let t = s.text(&doc.text);
        let bad = BAD_ENDS.iter().any(|e| {
            t.ends_with(e) && !t[..t.len() - e.len()].ends_with(|c: char| c.is_alphanumeric())
        });
        let tail: String = t.chars().rev().take(40).collect::<Vec<_>>().into_iter().rev().collect();
        check(!bad, format!("sentence ends after an initial: {tail:?}"));
    }
    Outcome { checks, failures }
}

fn strings<'a>(v: &'a Value, key: &str) -> impl Iterator<Item = &'a str> {
    v.get(key).and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str)
}

pub fn run(args: Args) -> Result<()> {
    let gold: Value = serde_json::from_slice(
        &std::fs::read(&args.gold)
            .with_context(|| format!("cannot read the gold file {}", args.gold.display()))?,
    )
    .with_context(|| format!("{} is not valid JSON", args.gold.display()))?;
    let docs =
        gold.get("docs").and_then(Value::as_object).context("gold file has no \"docs\" object")?;
    let mut total = 0;
    let mut failed = Vec::new();
    for (id, g) in docs {
        let path = args.seeds.join(format!("{id}.txt"));
        let article = dossier_ingest::read_one(&path)?;
        let doc = dossier_pipeline::analyse(article, &Default::default())
            .with_context(|| format!("{}: cannot analyse", path.display()))?;
        let o = check_doc(&doc, g);
        total += o.checks;
        failed.extend(o.failures.into_iter().map(|f| format!("{id}: {f}")));
    }
    let passed = total - failed.len();
    let rate = if total == 0 { 0.0 } else { passed as f64 / total as f64 };
    if args.json {
        crate::eval::print_json(&json!({
            "docs": docs.len(), "checks": total, "passed": passed, "pass_rate": rate, "failures": failed,
        }));
    } else {
        println!(
            "seeds: {} documents, {passed}/{total} checks passed ({:.1}%)",
            docs.len(),
            rate * 100.0
        );
        for f in &failed {
            println!("  FAIL {f}");
        }
    }
    Ok(())
}
