//! `dossier eval speed`: throughput of ingest + clean + segment on one core.
//!
//! The corpus is generated here, deterministically, so anyone can rerun the figure: articles with
//! a title, paragraphs of varied sentences (abbreviations, initials, quotes, numbers), a link list
//! and a byline, about the size and shape of real news pages' text.

use std::time::Instant;

use anyhow::Result;
use dossier_document::clock::thread_cpu_time;
use dossier_document::{Document, Metadata};
use serde_json::json;

#[derive(clap::Args)]
pub struct Args {
    /// Corpus size in megabytes.
    #[arg(long, default_value_t = 64)]
    pub mb: usize,
    /// How many times the corpus is processed, each round held on the next of the machine's
    /// cores in turn; the fastest round counts. A shared host's hiccups, or a core another
    /// machine keeps busy, only ever slow a round down, so the fastest is the truest reading of
    /// the code.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u32).range(1..))]
    pub rounds: u32,
    /// Print one JSON object instead of a report.
    #[arg(long)]
    pub json: bool,
}

/// A small deterministic generator (xorshift), so the corpus is the same on every machine.
pub(crate) struct Rng(pub(crate) u64);
impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub(crate) fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

const NAMES: &[&str] = &[
    "Anna Berg",
    "J.D. Holt",
    "V.K. Moss",
    "Dr. Ilse Marr",
    "Tomas Ruiz",
    "Mei Chen",
    "Omar Haddad",
];
const PLACES: &[&str] =
    &["the U.S.", "Lisbon", "the harbour district", "Nairobi", "the E.U.", "Quebec", "Port Elms"];
const VERBS: &[&str] =
    &["said", "told reporters", "announced", "warned", "added", "confirmed", "noted"];
const NOUNS: &[&str] = &[
    "the budget",
    "talks",
    "the new bridge",
    "No. 4 reactor",
    "Q3 2024 results",
    "the ceasefire",
    "exports",
    "the vote",
];
const TAILS: &[&str] = &[
    "would resume next week",
    "had grown by 2.5 percent",
    "was never in doubt",
    "remained on the table despite objections",
    "could be delayed until the spring",
];

/// Generates articles until `bytes` of text are produced.
pub fn corpus(bytes: usize) -> Vec<String> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut out = Vec::new();
    let mut size = 0;
    while size < bytes {
        let mut a = String::with_capacity(4096);
        a.push_str(&format!("{} Weighs Plans for {}\n\n", rng.pick(NAMES), rng.pick(PLACES)));
        let paragraphs = 6 + rng.next() % 8;
        for p in 0..paragraphs {
            let sentences = 2 + rng.next() % 4;
            for _ in 0..sentences {
                match rng.next() % 3 {
                    0 => a.push_str(&format!(
                        "{} {} that {} {}. ",
                        rng.pick(NAMES),
                        rng.pick(VERBS),
                        rng.pick(NOUNS),
                        rng.pick(TAILS)
                    )),
                    1 => a.push_str(&format!(
                        "“{} {},” {} {} in {}. ",
                        rng.pick(NOUNS),
                        rng.pick(TAILS),
                        rng.pick(NAMES),
                        rng.pick(VERBS),
                        rng.pick(PLACES)
                    )),
                    _ => a.push_str(&format!(
                        "In {}, officials met on Monday at 9 a.m. to discuss {}. ",
                        rng.pick(PLACES),
                        rng.pick(NOUNS)
                    )),
                }
            }
            a.push('\n');
            if p == 2 {
                a.push_str("Read also:\n");
                for _ in 0..3 {
                    a.push_str(&format!("- {} Visits {}\n", rng.pick(NAMES), rng.pick(PLACES)));
                }
            }
        }
        a.push_str(&format!(
            "Original Author: {}\n",
            rng.pick(&["Lena Vogt", "Sam Okafor", "Ines Duarte"])
        ));
        size += a.len();
        out.push(a);
    }
    out
}

/// Ingest (hashing into an article), clean and segment one text, as `build` does before the
/// annotation stages.
pub fn process(text: String) -> Document {
    let article = dossier_ingest::article_from_text("speed", text, Metadata::default());
    let raw = match article.body {
        dossier_ingest::Body::Text(t) | dossier_ingest::Body::Html(t) => t,
    };
    let mut doc = Document { id: article.id, meta: article.meta, raw, ..Default::default() };
    dossier_clean::clean(&mut doc);
    dossier_segment::segment(&mut doc);
    doc
}

pub fn run(args: Args) -> Result<()> {
    let mut texts = corpus(args.mb * 1_000_000);
    let bytes: usize = texts.iter().map(String::len).sum();
    let articles = texts.len();
    let (mut sentences, mut tokens) = (0usize, 0usize);
    // (CPU seconds, wall seconds, core) of each round.
    let mut rounds = Vec::with_capacity(args.rounds as usize);
    let cores = dossier_document::clock::allowed_cores();
    for round in 0..args.rounds {
        // Each round gets its own copy of the corpus, made before its clock starts, as `process`
        // takes its text by value the way `build` does.
        let round_texts =
            if round + 1 == args.rounds { std::mem::take(&mut texts) } else { texts.clone() };
        let core = dossier_document::clock::core_for_round(&cores, round as usize);
        let one_round = || {
            let started = Instant::now();
            let cpu_started = thread_cpu_time();
            let (mut s, mut t) = (0usize, 0usize);
            for text in round_texts {
                let d = process(text);
                s += d.sentences.len();
                t += d.tokens.len();
            }
            // Throughput per core is bytes per second of this thread's CPU time, so a busy
            // machine (other processes on the same cores) does not understate it; wall time is
            // reported too.
            ((thread_cpu_time() - cpu_started).as_secs_f64(), started.elapsed().as_secs_f64(), s, t)
        };
        let (cpu, wall, s, t) = match core {
            Some(c) => dossier_document::clock::on_core(c, one_round),
            None => one_round(),
        };
        (sentences, tokens) = (s, t);
        rounds.push((cpu, wall, core));
    }
    let secs = rounds.iter().map(|r| r.0).fold(f64::INFINITY, f64::min);
    let wall = rounds.iter().map(|r| r.1).fold(f64::INFINITY, f64::min);
    let mb = bytes as f64 / 1e6;
    let mb_s = mb / secs;
    let each: Vec<f64> = rounds.iter().map(|r| mb / r.0).collect();
    let round_cores: Vec<Option<usize>> = rounds.iter().map(|r| r.2).collect();
    if args.json {
        crate::eval::print_json(&json!({
            "bytes": bytes, "articles": articles, "sentences": sentences, "tokens": tokens,
            "cpu_seconds": secs, "wall_seconds": wall, "mb_per_second": mb_s,
            "mb_per_second_each_round": each, "core_each_round": round_cores,
            "wall_mb_per_second": mb / wall, "articles_per_second": articles as f64 / secs,
            "tokens_per_second": tokens as f64 / secs, "threads": 1,
        }));
    } else {
        let each: Vec<String> = each.iter().map(|x| format!("{x:.1}")).collect();
        println!(
            "ingest+clean+segment, one core: {mb:.1} MB in {secs:.2} CPU-seconds ({wall:.2}s wall) = {mb_s:.1} MB/s, fastest of {} rounds on the cores in turn ({} MB/s each; {articles} articles, {sentences} sentences, {tokens} tokens)",
            rounds.len(),
            each.join(" / ")
        );
    }
    Ok(())
}
