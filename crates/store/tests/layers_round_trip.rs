//! The sample articles (`../shared/seeds`), annotated by the pipeline, and random variations of
//! their layers read back from the store exactly as they were stored (tokens aside: they are
//! not stored).

use std::path::PathBuf;
use std::sync::OnceLock;

use dossier_document::{Cue, Document, Span};
use dossier_store::{NewDocument, SourceKey, Store};
use proptest::prelude::*;

/// The annotated sample articles; `None` (and a message) when the folder is missing.
fn seeds() -> Option<&'static [Document]> {
    static SEEDS: OnceLock<Option<Vec<Document>>> = OnceLock::new();
    SEEDS
        .get_or_init(|| {
            let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
            let Ok(entries) = std::fs::read_dir(&dir) else {
                eprintln!("SKIPPED layers round trip over the seeds: {} is missing", dir.display());
                return None;
            };
            let mut paths: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            paths.sort();
            let docs: Vec<Document> = paths
                .iter()
                .map(|p| {
                    let article = dossier_ingest::read_one(p).unwrap();
                    dossier_pipeline::analyse(article, &Default::default()).unwrap()
                })
                .collect();
            if docs.is_empty() {
                eprintln!(
                    "SKIPPED layers round trip over the seeds: no article in {}",
                    dir.display()
                );
                return None;
            }
            Some(docs)
        })
        .as_deref()
}

/// Stores `doc` in a fresh store and reads it back.
fn stored_and_read(doc: &Document) -> Document {
    let mut store = Store::in_memory().unwrap();
    let new = NewDocument::new(
        doc.clone(),
        "seed.txt".into(),
        "seed".into(),
        "hash".into(),
        SourceKey { key: "seed.txt".into(), file: "seed.txt".into() },
    )
    .unwrap();
    store.put_batch(&[new], &[], 1).unwrap();
    store.get(&doc.id).unwrap().unwrap()
}

fn without_tokens(doc: &Document) -> Document {
    Document { tokens: Vec::new(), ..doc.clone() }
}

#[test]
fn annotated_seeds_read_back_exactly() {
    let Some(docs) = seeds() else { return };
    for doc in docs {
        assert!(!doc.entities.is_empty() && !doc.sentences.is_empty(), "{} is annotated", doc.id);
        assert_eq!(stored_and_read(doc), without_tokens(doc), "{}", doc.id);
    }
}

/// A small generator for the variations (proptest gives the seed and shrinks it).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
    fn offset(&mut self, len: usize) -> usize {
        match self.below(8) {
            0 => usize::MAX - self.below(3),
            1 => len + self.below(5),
            _ => self.below(len + 1),
        }
    }
    fn span(&mut self, len: usize) -> Span {
        Span::new(self.offset(len), self.offset(len))
    }
    fn string(&mut self) -> String {
        const WORDS: &[&str] = &["", "Vogel", "é", "日本", "said", "PER", "2025-06-14", " ", "\""];
        (0..self.below(4)).map(|_| WORDS[self.below(WORDS.len())]).collect()
    }
    fn maybe(&mut self) -> Option<String> {
        (!self.chance(3)).then(|| self.string())
    }
}

/// `doc` with some of its layer items changed, dropped, reordered or emptied at random.
fn vary(doc: &Document, seed: u64) -> Document {
    let mut r = Rng(seed | 1);
    let mut d = doc.clone();
    let len = d.text.len();
    if r.chance(4) {
        d.raw.push_str(" (not rebuilt)");
    }
    for s in d.sentences.iter_mut().chain(&mut d.paragraphs).chain(&mut d.headings) {
        if r.chance(10) {
            *s = r.span(len);
        }
    }
    for m in &mut d.entities {
        if r.chance(6) {
            m.text = r.string();
        }
        if r.chance(6) {
            m.entity = r.string();
        }
        if r.chance(10) {
            (m.start, m.end) = (r.offset(len), r.offset(len));
        }
    }
    for m in &mut d.roles {
        if r.chance(4) {
            m.entity = r.maybe();
        }
    }
    for t in &mut d.timexes {
        if r.chance(4) {
            t.value = r.maybe();
        }
        if r.chance(4) {
            t.modifier = r.maybe();
        }
        if r.chance(8) {
            t.text = r.string();
        }
    }
    for q in &mut d.quotes {
        if r.chance(4) {
            q.speaker = r.maybe();
        }
        if r.chance(4) {
            q.cue = (!r.chance(2)).then(|| {
                let s = r.span(len);
                Cue { start: s.start, end: s.end, text: r.string() }
            });
        }
        if r.chance(4) {
            q.speaker_span = (!r.chance(2)).then(|| r.span(len));
        }
        if r.chance(4) {
            q.relayed_by = r.maybe();
            q.relayed_by_span = (!r.chance(2)).then(|| r.span(len));
        }
    }
    for e in &mut d.events {
        if r.chance(3) {
            e.date = r.maybe();
            e.date_source = r.maybe();
            e.place = r.maybe();
            e.background = r.chance(2);
        }
        if r.chance(3) {
            e.duration_minutes = (!r.chance(2)).then(|| [r.next() as u32, r.next() as u32]);
            e.count = (!r.chance(2)).then(|| r.next() as u32);
            e.count_span = (!r.chance(2)).then(|| r.span(len));
            e.duration_span = (!r.chance(2)).then(|| r.span(len));
            e.date_span = (!r.chance(2)).then(|| r.span(len));
        }
        if r.chance(3) {
            e.participants.push(r.string());
            e.participant_spans.push(r.span(len));
            e.topics.push(r.string());
            e.briefed_by.push(r.string());
            e.briefed_by_spans.push(r.span(len));
            e.mentions.push(r.span(len));
            e.quotes.push(r.span(len));
        }
    }
    // Drop or reorder whole items.
    if r.chance(3) && !d.entities.is_empty() {
        let i = r.below(d.entities.len());
        d.entities.remove(i);
    }
    if r.chance(3) {
        d.quotes.reverse();
        d.events.reverse();
        d.timexes.reverse();
    }
    if r.chance(5) {
        d.removed.clear();
    }
    d
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn varied_seed_layers_read_back_exactly(pick in 0usize..64, seed in any::<u64>()) {
        let Some(docs) = seeds() else { return Ok(()) };
        let doc = vary(&docs[pick % docs.len()], seed);
        prop_assert_eq!(stored_and_read(&doc), without_tokens(&doc));
    }
}
