//! `dossier train KIND`: one subcommand per shipped model, each reproducible from public data.

use clap::Subcommand;

#[derive(Subcommand)]
pub enum TrainKind {
    /// The named-entity tagger (CoNLL-2003 format data).
    Ner(crate::train_ner::Args),
}

pub fn run(kind: TrainKind) -> anyhow::Result<()> {
    match kind {
        TrainKind::Ner(args) => crate::train_ner::run(args),
    }
}
