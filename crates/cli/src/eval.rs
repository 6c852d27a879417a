//! `dossier eval KIND`: one subcommand per benchmark. Each prints a human summary, or with
//! `--json` one JSON object whose keys name the measured figures.

use clap::Subcommand;

#[path = "eval_quotes.rs"]
pub(crate) mod eval_quotes;

#[derive(Subcommand)]
pub enum EvalKind {
    /// Check the sample articles against `seeds-gold.json` (title, author, clutter, headings).
    Seeds(crate::eval_seeds::Args),
    /// The merged events of the sample articles against their gold: found, missed, spurious.
    Events(crate::eval_events::Args),
    /// Throughput of ingest + clean + segment on a generated corpus, on one core.
    Speed(crate::eval_speed::Args),
    /// Full build and entity resolution on generated corpora of N and 2N articles: resolution
    /// growth, articles/s, the cost of adding 100 articles, peak memory.
    EntitiesSpeed(crate::eval_entities_speed::Args),
    /// Named-entity recognition on a CoNLL-2003 file: entity P/R/F1 per label, tokens per second.
    Ner(crate::eval_ner::Args),
    /// TempEval-3 temporal expressions on TimeML: strict/relaxed extent P/R/F1, value and type F1.
    Time(crate::eval_time::Args),
    /// HTML main-content extraction on a public benchmark: P/R/F1 by its own rules, pages/s.
    Extract(crate::eval_extract::Args),
    /// Attribution (source, cue, content spans) on a PolNeAR split: exact and overlap P/R/F1.
    Quotes(eval_quotes::Args),
}

pub fn run(kind: EvalKind) -> anyhow::Result<()> {
    match kind {
        EvalKind::Seeds(args) => crate::eval_seeds::run(args),
        EvalKind::Events(args) => crate::eval_events::run(args),
        EvalKind::Speed(args) => crate::eval_speed::run(args),
        EvalKind::EntitiesSpeed(args) => crate::eval_entities_speed::run(args),
        EvalKind::Ner(args) => crate::eval_ner::run(args),
        EvalKind::Time(args) => crate::eval_time::run(args),
        EvalKind::Extract(args) => crate::eval_extract::run(args),
        EvalKind::Quotes(args) => eval_quotes::run(args),
    }
}

/// Prints `value` as one line of JSON.
pub fn print_json(value: &serde_json::Value) {
    println!("{}", serde_json::to_string(value).expect("JSON values serialise"));
}
