//! `dossier quotes`: who said what, across the stored articles.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::ValueEnum;
use dossier_store::{QuoteQuery, QuoteRow, Store};

use crate::entities::md_escape;

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    /// A list of `{"doc","text","speaker","relayed_by","kind","start","end","cue"}` (DESIGN.md).
    Json,
    /// Markdown for people: quotes grouped by speaker, each with its outlet and date.
    Md,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Kind {
    /// Words in quotation marks (or a dash-led quotation).
    Direct,
    /// Quoted words inside a reporting sentence.
    Partial,
    /// Reported speech ("X said that ...", "according to X, ...").
    Indirect,
}

#[derive(clap::Args)]
#[command(after_help = "\
Examples:
  dossier quotes                           every quote, grouped by speaker (Markdown)
  dossier quotes --speaker Peskov          one speaker, by any of their names
  dossier quotes --kind direct --format json")]
pub struct Args {
    /// The database file.
    #[arg(long, default_value = "dossier.db", value_name = "FILE")]
    pub db: PathBuf,
    /// Only quotes of this speaker (any name the entity goes by, case-insensitive, or another
    /// spelling of one: "Zelensky" finds Zelenskiy).
    #[arg(long, value_name = "NAME")]
    pub speaker: Option<String>,
    /// Only quotes of this kind.
    #[arg(long, value_enum)]
    pub kind: Option<Kind>,
    /// At most this many quotes.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Output format.
    #[arg(long, value_enum, default_value = "md")]
    pub format: Format,
}

pub fn run(args: Args) -> Result<()> {
    let shown = dossier_ingest::display_path(&args.db);
    if !args.db.exists() {
        bail!("{shown}: no such database; build one first with `dossier build PATH --db {shown}`");
    }
    let store = Store::open(&args.db).with_context(|| format!("cannot open database {shown}"))?;
    let kind = args.kind.map(|k| match k {
        Kind::Direct => "direct",
        Kind::Partial => "partial",
        Kind::Indirect => "indirect",
    });
    let query = QuoteQuery {
        speaker: args.speaker.clone(),
        kind: kind.map(str::to_string),
        limit: args.limit,
    };
    let read = || format!("cannot read database {shown}");
    let mut quotes = store.quotes(&query).with_context(read)?;
    // None by the name as written: the speakers known by another spelling of it ("Zelensky").
    if let (true, Some(name)) = (quotes.is_empty(), &args.speaker) {
        let ids = dossier_merge::entity_ids_spelled(&store, name).with_context(read)?;
        for (canonical, _) in store.entity_names(&ids).with_context(read)?.into_iter().flatten() {
            let q = QuoteQuery { speaker: Some(canonical), ..query.clone() };
            quotes.extend(store.quotes(&q).with_context(read)?);
        }
        if let Some(n) = args.limit {
            quotes.truncate(n);
        }
    }
    match args.format {
        Format::Json => {
            crate::output::json_pretty(&crate::output::Lazy(|| {
                quotes.iter().map(dossier_view::json::quote)
            }))?;
        }
        Format::Md => print!("{}", to_markdown(&quotes)),
    }
    Ok(())
}

fn to_markdown(quotes: &[QuoteRow]) -> String {
    let mut out = String::new();
    if quotes.is_empty() {
        out.push_str("No quotes found.\n");
        return out;
    }
    let mut by_speaker: BTreeMap<&str, Vec<&QuoteRow>> = BTreeMap::new();
    for q in quotes {
        by_speaker.entry(q.speaker.as_deref().unwrap_or("")).or_default().push(q);
    }
    // Named speakers first (most quoted first), unattributed quotes last.
    let mut groups: Vec<(&str, Vec<&QuoteRow>)> = by_speaker.into_iter().collect();
    groups.sort_by_key(|(s, qs)| (s.is_empty(), std::cmp::Reverse(qs.len())));
    for (speaker, qs) in groups {
        let title = if speaker.is_empty() { "Speaker not found" } else { speaker };
        let _ = writeln!(out, "## {} ({})\n", md_escape(title), qs.len());
        for q in qs {
            let source = [q.outlet.as_deref(), q.published.as_deref(), Some(q.doc.as_str())]
                .into_iter()
                .flatten()
                .map(md_escape)
                .collect::<Vec<_>>()
                .join(", ");
            let relayed = q
                .relayed_by
                .as_deref()
                .map(|r| format!(", relayed by {}", md_escape(r)))
                .unwrap_or_default();
            let shown = md_escape(&dossier_view::quote_words(
                &q.kind,
                &q.text,
                q.cue.as_ref().map(|c| c.2.as_str()),
            ));
            let _ = writeln!(out, "- {shown} ({}{relayed}; {source})", q.kind);
        }
        out.push('\n');
    }
    out
}
