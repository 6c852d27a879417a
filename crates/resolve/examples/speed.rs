//! Per-article cost of entity resolution, in thread CPU time (best of several runs):
//! `resolve_document` and `local_entities` + `Resolver::add`, over analysed documents dumped
//! once (so the timing and the checksum do not move with the other stages): the seeds
//! (`../shared/seeds`) and, when given, the first N of a JSONL of generated articles (`id`,
//! `text`, `published`), e.g. the one `dossier eval entities-speed --keep DIR` leaves in
//! `DIR/large.jsonl`.
//!
//! ```text
//! cargo run --release -p dossier-resolve --example speed -- dump DOCS.json [FILE.jsonl [N]]
//! cargo run --release -p dossier-resolve --example speed -- DOCS.json
//! ```
//!
//! Also prints a checksum of the results (resolved documents and entities), so a change that
//! should keep them can be checked.

use std::hash::{Hash, Hasher};
use std::path::PathBuf;

use dossier_document::{Document, Metadata};
use dossier_resolve::{kb, local_entities, resolve_document, Curation, Resolver};

#[repr(C)]
struct Timespec {
    sec: i64,
    nsec: i64,
}

extern "C" {
    fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
}

/// Thread CPU time in seconds.
fn cpu() -> f64 {
    let mut t = Timespec { sec: 0, nsec: 0 };
    // SAFETY: `t` is a valid out-pointer; 3 is CLOCK_THREAD_CPUTIME_ID on Linux.
    unsafe { clock_gettime(3, &mut t) };
    t.sec as f64 + t.nsec as f64 * 1e-9
}

fn analyse(id: &str, text: String, published: Option<String>) -> Document {
    let meta = Metadata { published, ..Default::default() };
    let article = dossier_ingest::article_from_text(id, text, meta);
    dossier_pipeline::analyse(article, &Default::default()).expect("analysable")
}

fn run(name: &str, docs: &[Document], rounds: usize) {
    let mut best_doc = f64::MAX;
    let mut best_add = f64::MAX;
    let mut sum = std::collections::hash_map::DefaultHasher::new();
    for round in 0..rounds {
        let mut copies: Vec<Document> = docs.to_vec();
        let t = cpu();
        for d in copies.iter_mut() {
            resolve_document(d, kb());
        }
        best_doc = best_doc.min(cpu() - t);
        let t = cpu();
        let mut r = Resolver::new(Vec::new(), Curation::empty(), kb());
        let mut ids = Vec::new();
        for d in &copies {
            for l in local_entities(d) {
                ids.push(r.add(&l));
            }
        }
        best_add = best_add.min(cpu() - t);
        if round == 0 {
            serde_json::to_string(&copies).unwrap().hash(&mut sum);
            ids.hash(&mut sum);
            serde_json::to_string(&r.entities()).unwrap().hash(&mut sum);
            serde_json::to_string(&r.changed()).unwrap().hash(&mut sum);
        }
    }
    let n = docs.len() as f64;
    let mentions: usize = docs.iter().map(|d| d.entities.len()).sum();
    println!(
        "{name}: {} docs, {:.1} mentions/doc: resolve_document {:.1} us/doc, local_entities+add {:.1} us/doc, checksum {:016x}",
        docs.len(),
        mentions as f64 / n,
        best_doc / n * 1e6,
        best_add / n * 1e6,
        sum.finish()
    );
}

fn main() {
    kb();
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("dump") {
        // dump OUT.json [FILE.jsonl [N]]: analyses the seeds and the generated articles once.
        let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&seeds)
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        paths.sort();
        let seed_docs: Vec<Document> = paths
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .map(|p| {
                let a = dossier_ingest::read_one(p).unwrap();
                dossier_pipeline::analyse(a, &Default::default()).unwrap()
            })
            .collect();
        let mut generated = Vec::new();
        if let Some(file) = args.get(2) {
            let n: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(2000);
            let text = std::fs::read_to_string(file).unwrap();
            generated = text
                .lines()
                .take(n)
                .map(|l| {
                    let v: serde_json::Value = serde_json::from_str(l).unwrap();
                    analyse(
                        v["id"].as_str().unwrap(),
                        v["text"].as_str().unwrap().to_string(),
                        v["published"].as_str().map(str::to_string),
                    )
                })
                .collect();
        }
        let out = serde_json::to_string(&(seed_docs, generated)).unwrap();
        std::fs::write(&args[1], out).unwrap();
        return;
    }
    // DOCS.json: times stage 1 and stage 2 over the dumped documents.
    let text = std::fs::read_to_string(&args[0]).unwrap();
    let (seed_docs, generated): (Vec<Document>, Vec<Document>) =
        serde_json::from_str(&text).unwrap();
    if !seed_docs.is_empty() {
        run("seeds", &seed_docs, 200);
    }
    if !generated.is_empty() {
        run("generated", &generated, 5);
    }
}
