//! `dossier events` and `dossier timeline`: the merged events of the stored articles.

use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::ValueEnum;
use dossier_merge::{Event, EventQuery};
use dossier_store::Store;

use crate::entities::md_escape;

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    /// A list of events with their sources and discrepancies (keys as in DESIGN.md).
    Json,
    /// Markdown for people.
    Md,
}

/// The event types, as `--type` takes them.
const TYPES: &[&str] = &[
    "phone_call",
    "meeting",
    "statement",
    "offer_mediation",
    "negotiation",
    "prisoner_release",
    "prisoner_exchange",
    "military_strike",
    "sanctions",
    "aid_suspension",
    "invitation",
    "agreement",
];

#[derive(clap::Args)]
#[command(after_help = "\
Examples:
  dossier events                        every event with each source's account (Markdown)
  dossier events --id ev-1a2b3c4d5e6f   one event, and why each source was joined to it
  dossier events --format json          the same as JSON (keys in DESIGN.md)")]
pub struct EventsArgs {
    /// The database file.
    #[arg(long, default_value = "dossier.db", value_name = "FILE")]
    pub db: PathBuf,
    /// Only the event with this id (as printed by `events` or `timeline`).
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
    /// Only events of this type.
    #[arg(long = "type", value_name = "TYPE", value_parser = clap::builder::PossibleValuesParser::new(TYPES))]
    pub kind: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "md")]
    pub format: Format,
}

#[derive(clap::Args)]
#[command(after_help = "\
Examples:
  dossier timeline                              every event by date, undated last
  dossier timeline --entity Putin --type phone_call
  dossier timeline --from 2025-06 --to 2025-07  dates of any precision, inclusive
  dossier timeline --format json")]
pub struct TimelineArgs {
    /// The database file.
    #[arg(long, default_value = "dossier.db", value_name = "FILE")]
    pub db: PathBuf,
    /// Only events this person, organisation or place took part in (any of its names, or
    /// another spelling of one: "Zelensky" finds Zelenskiy).
    #[arg(long, value_name = "NAME")]
    pub entity: Option<String>,
    /// Only events of this type.
    #[arg(long = "type", value_name = "TYPE", value_parser = clap::builder::PossibleValuesParser::new(TYPES))]
    pub kind: Option<String>,
    /// Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); undated events are left out.
    #[arg(long, value_name = "DATE", value_parser = iso_date)]
    pub from: Option<String>,
    /// Only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD); undated events are left out.
    #[arg(long, value_name = "DATE", value_parser = iso_date)]
    pub to: Option<String>,
    /// At most this many events.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Output format.
    #[arg(long, value_enum, default_value = "md")]
    pub format: Format,
}

/// Checks a `--from`/`--to` date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date.
fn iso_date(s: &str) -> Result<String, String> {
    let ok = match s.len() {
        4 | 7 | 10 => {
            dossier_merge::window(s).is_some() && {
                // `window` accepts day 31 of any month: check the day exists.
                s.len() < 10 || dossier_time::validate_published(s).is_ok()
            }
        }
        _ => false,
    };
    if ok {
        Ok(s.to_string())
    } else {
        Err(format!("`{s}` is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-06-14)"))
    }
}

fn open(db: &std::path::Path) -> Result<Store> {
    let shown = dossier_ingest::display_path(db);
    if !db.exists() {
        bail!("{shown}: no such database; build one first with `dossier build PATH --db {shown}`");
    }
    Store::open(db).with_context(|| format!("cannot open database {shown}"))
}

pub fn run_events(args: EventsArgs) -> Result<()> {
    let store = open(&args.db)?;
    let shown = dossier_ingest::display_path(&args.db);
    let q = EventQuery { id: args.id.clone(), kind: args.kind.clone(), ..EventQuery::default() };
    let events = dossier_merge::events(&store, &q)
        .with_context(|| format!("cannot read the events of {shown}"))?;
    if let (Some(id), true) = (&args.id, events.is_empty()) {
        bail!("{shown}: no event `{id}`; `dossier timeline` lists the events and their ids");
    }
    match args.format {
        Format::Json => crate::output::json_pretty(&events)?,
        Format::Md => print!("{}", events_md(&events, args.id.is_some())),
    }
    Ok(())
}

pub fn run_timeline(args: TimelineArgs) -> Result<()> {
    let store = open(&args.db)?;
    let shown = dossier_ingest::display_path(&args.db);
    if let (Some(f), Some(t)) = (&args.from, &args.to) {
        if f > t {
            bail!("--from {f} is after --to {t}");
        }
    }
    let q = EventQuery {
        entity: args.entity.clone(),
        kind: args.kind.clone(),
        from: args.from.clone(),
        to: args.to.clone(),
        limit: args.limit,
        ..EventQuery::default()
    };
    let events = dossier_merge::events(&store, &q)
        .with_context(|| format!("cannot read the events of {shown}"))?;
    match args.format {
        Format::Json => crate::output::json_pretty(&crate::output::Lazy(|| {
            events.iter().map(|e| {
                serde_json::json!({
                    "id": e.id, "type": e.kind, "date": e.date, "date_source": e.date_source,
                    "participants": e.participants, "summary": e.summary,
                    "outlets": e.outlets, "discrepancy": e.discrepancy,
                    "sources": e.sources.len(),
                })
            })
        }))?,
        Format::Md => print!("{}", timeline_md(&events)),
    }
    Ok(())
}

fn date_label(e: &Event) -> String {
    match (e.date.as_deref(), e.date_source.as_deref()) {
        (Some(d), Some("published")) => format!("{d} (published)"),
        (Some(d), _) => d.to_string(),
        (None, _) => "undated".to_string(),
    }
}

/// One line per event, by date, undated last and marked.
pub fn timeline_md(events: &[Event]) -> String {
    let mut out = String::from("# Timeline\n\n");
    if events.is_empty() {
        out.push_str("No events found.\n");
        return out;
    }
    out.push_str("| date | event | outlets | |\n|---|---|---|---|\n");
    for e in events {
        let _ = writeln!(
            out,
            "| {} | {} `{}` | {} | {} |",
            md_escape(&date_label(e)),
            md_escape(&e.summary),
            e.id,
            md_escape(&e.outlets.join(", ")),
            if e.discrepancy { "⚠ sources disagree" } else { "" }
        );
    }
    let _ = writeln!(
        out,
        "\n{} {}. Dates marked (published) are the publication date of an article telling \
         its own news without a date; `dossier events --id ID` shows one event's sources.",
        events.len(),
        if events.len() == 1 { "event" } else { "events" }
    );
    out
}

/// Each event with its sources' accounts side by side and its discrepancies.
pub fn events_md(events: &[Event], explain: bool) -> String {
    let mut out = String::new();
    if events.is_empty() {
        out.push_str("No events found.\n");
        return out;
    }
    for e in events {
        let _ = writeln!(out, "## {} — {}\n", md_escape(&date_label(e)), md_escape(&e.summary));
        let _ = writeln!(out, "- id: `{}`; type: {} (CAMEO {})", e.id, e.kind, e.cameo);
        let _ = writeln!(out, "- participants: {}", md_escape(&e.participants.join(", ")));
        if let Some(d) = e.duration_minutes {
            let _ = writeln!(out, "- duration: {}", dossier_document::duration_text(d));
        }
        if !e.topics.is_empty() {
            let _ = writeln!(out, "- topics: {}", md_escape(&e.topics.join("; ")));
        }
        if !e.briefed_by.is_empty() {
            let _ = writeln!(out, "- briefed by: {}", md_escape(&e.briefed_by.join(", ")));
        }
        if let Some(p) = &e.place {
            let _ = writeln!(out, "- place: {}", md_escape(p));
        }
        if !e.figures.is_empty() {
            let figures: Vec<String> = e
                .figures
                .iter()
                .map(|f| match f.min == f.max {
                    true => format!("{} {}", md_escape(&f.what), f.min),
                    false => format!("{} {}–{}", md_escape(&f.what), f.min, f.max),
                })
                .collect();
            let _ = writeln!(out, "- figures: {}", figures.join("; "));
        }
        for d in &e.discrepancies {
            let vals: Vec<String> = d
                .values
                .iter()
                .map(|v| {
                    let words = v.text.as_deref().map(|t| format!(" (\"{}\")", md_escape(t)));
                    format!("{}: {}{}", md_escape(&v.doc), v.value, words.unwrap_or_default())
                })
                .collect();
            let _ = writeln!(out, "- ⚠ sources disagree on {}: {}", d.field, vals.join("; "));
        }
        let _ = writeln!(
            out,
            "\n| source | outlet | published | date given | duration given | account |"
        );
        let _ = writeln!(out, "|---|---|---|---|---|---|");
        for s in &e.sources {
            let _ = writeln!(
                out,
                "| {} [{}-{}] | {} | {} | {} | {} | {} |",
                md_escape(&s.doc),
                s.start,
                s.end,
                md_escape(s.outlet.as_deref().unwrap_or("")),
                s.published.as_deref().unwrap_or(""),
                md_escape(s.date_text.as_deref().unwrap_or("")),
                md_escape(s.duration_text.as_deref().unwrap_or("")),
                md_escape(&s.sentence)
            );
        }
        if explain {
            let _ = writeln!(out, "\nWhy each source belongs to this event:\n");
            for (i, s) in e.sources.iter().enumerate() {
                let why = s.reason.as_deref().unwrap_or(if i == 0 {
                    "the first account of this event"
                } else {
                    "joined within its article (it refers back to the event)"
                });
                let _ = writeln!(out, "- {}: {}", md_escape(&s.doc), md_escape(why));
            }
        }
        out.push('\n');
    }
    out
}
