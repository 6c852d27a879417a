//! `dossier train KIND`: one subcommand per shipped model, each reproducible from public data.

use clap::Subcommand;

#[path = "train_kb.rs"]
mod train_kb;
#[path = "train_quote_scorer.rs"]
mod train_quote_scorer;
#[path = "train_quotes.rs"]
mod train_quotes;

#[derive(Subcommand)]
pub enum TrainKind {
    /// The named-entity tagger (CoNLL-2003 format data).
    Ner(crate::train_ner::Args),
    /// The entity-resolution knowledge base (PETRARCH2/Phoenix actor dictionaries).
    Kb(train_kb::Args),
    /// The learned attribution cue words of the quotes stage (PolNeAR train).
    Quotes(train_quotes::Args),
    /// The candidate scorer of the quotes stage (PolNeAR train; after `train quotes`).
    QuoteScorer(train_quote_scorer::Args),
}

pub fn run(kind: TrainKind) -> anyhow::Result<()> {
    match kind {
        TrainKind::Ner(args) => crate::train_ner::run(args),
        TrainKind::Kb(args) => train_kb::run(args),
        TrainKind::Quotes(args) => train_quotes::run(args),
        TrainKind::QuoteScorer(args) => train_quote_scorer::run(args),
    }
}
