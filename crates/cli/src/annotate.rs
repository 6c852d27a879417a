//! `dossier annotate FILE`: analyse one article and print every layer, storing nothing.

use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::ValueEnum;
use dossier_document::{DateSource, Document};

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    /// One JSON object with the keys listed in DESIGN.md.
    Json,
    /// A readable listing of the metadata and each layer.
    Text,
}

#[derive(clap::Args)]
pub struct Args {
    /// The article: a .txt file (with optional sidecar NAME.json), an .html page, or a .jsonl file
    /// (its first record).
    pub file: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    pub format: Format,
    /// Publication date to anchor relative dates to (YYYY, YYYY-MM or YYYY-MM-DD); overrides any
    /// date in the article's metadata.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub published: Option<String>,
}

/// Accepts a publication date as metadata gives one (see `dossier_time::validate_published`)
/// and returns its normal form; an impossible date (2025-02-31) is refused.
pub fn parse_date(s: &str) -> std::result::Result<String, String> {
    dossier_time::validate_published(s)
        .map_err(|e| format!("{e}: give a date as YYYY-MM-DD, YYYY-MM or YYYY"))
}

pub fn run(args: Args) -> Result<()> {
    let mut article = dossier_ingest::read_one(&args.file)?;
    if let Some(date) = args.published {
        article.meta.published = Some(date);
        article.meta.published_source = DateSource::Metadata;
    }
    let origin = article.origin.to_string();
    let analysed = dossier_pipeline::analyse_with_warnings(article, &Default::default())
        .with_context(|| format!("{origin}: cannot analyse"))?;
    for w in &analysed.warnings {
        eprintln!("warning: {origin}: {w}");
    }
    let doc = analysed.doc;
    match args.format {
        Format::Json => crate::output::json_pretty(&doc.to_json())?,
        Format::Text => print!("{}", render_text(&doc)),
    }
    Ok(())
}

/// A plain listing for people: metadata first, then each non-empty layer with its spans quoted.
pub fn render_text(doc: &Document) -> String {
    let mut out = String::new();
    let m = &doc.meta;
    let field = |out: &mut String, name: &str, v: &Option<String>| {
        if let Some(v) = v {
            let _ = writeln!(out, "{name:<12} {v}");
        }
    };
    let _ = writeln!(out, "{:<12} {}", "id", doc.id);
    field(&mut out, "title", &m.title);
    field(&mut out, "author", &m.author);
    field(&mut out, "outlet", &m.outlet);
    field(&mut out, "url", &m.url);
    if let Some(p) = &m.published {
        let source = match m.published_source {
            DateSource::Metadata => "metadata",
            DateSource::Inferred => "inferred",
            DateSource::None => "none",
        };
        let _ = writeln!(out, "{:<12} {p} ({source})", "published");
    }
    field(&mut out, "language", &m.language);
    field(
        &mut out,
        "translated",
        &m.machine_translated_from.as_ref().map(|l| format!("machine translation from {l}")),
    );

    if !doc.removed.is_empty() {
        let _ = writeln!(out, "\nremoved from the input:");
        for r in &doc.removed {
            let first =
                doc.raw[r.start..r.end].lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            let lines = doc.raw[r.start..r.end].lines().filter(|l| !l.trim().is_empty()).count();
            let more = if lines > 1 { format!(" (+{} lines)", lines - 1) } else { String::new() };
            let _ =
                writeln!(out, "  [{}] {}{}", r.reason.as_str(), ellipsize(first.trim(), 70), more);
        }
    }
    if !doc.headings.is_empty() {
        let _ = writeln!(out, "\nheadings:");
        for h in &doc.headings {
            let _ = writeln!(out, "  {}", h.text(&doc.text));
        }
    }
    let _ = writeln!(out, "\nsentences ({}, {} tokens):", doc.sentences.len(), doc.tokens.len());
    for (i, s) in doc.sentences.iter().enumerate() {
        let _ = writeln!(out, "  {:>3}  {}", i + 1, s.text(&doc.text));
    }
    if !doc.entities.is_empty() {
        let _ = writeln!(out, "\nentities:");
        for e in &doc.entities {
            let _ = writeln!(out, "  {:<5} {}  -> {}", e.label, e.text, e.entity);
        }
    }
    if !doc.roles.is_empty() {
        let _ = writeln!(out, "\nroles:");
        for r in &doc.roles {
            let _ = writeln!(out, "  {}  -> {}", r.text, r.entity.as_deref().unwrap_or("?"));
        }
    }
    if !doc.timexes.is_empty() {
        let _ = writeln!(out, "\ntimes:");
        for t in &doc.timexes {
            let _ = writeln!(
                out,
                "  {:<8} {:<30} {}",
                t.kind,
                t.text,
                t.value.as_deref().unwrap_or("-")
            );
        }
    }
    if !doc.quotes.is_empty() {
        let _ = writeln!(out, "\nquotes:");
        for q in &doc.quotes {
            let _ = writeln!(
                out,
                "  {} ({}): {}",
                q.speaker.as_deref().unwrap_or("?"),
                q.kind,
                ellipsize(&q.text, 80)
            );
        }
    }
    if !doc.events.is_empty() {
        let _ = writeln!(out, "\nevents:");
        for e in &doc.events {
            let date = match (e.date.as_deref(), e.date_source.as_deref()) {
                (Some(d), Some("published")) => format!("{d} (published)"),
                (Some(d), _) => d.to_string(),
                (None, _) if e.background => "- (background)".to_string(),
                (None, _) => "-".to_string(),
            };
            let _ = writeln!(
                out,
                "  {:<16} {:<24} {}  [\"{}\", {} mention{}]",
                e.kind,
                date,
                e.participants.join(", "),
                e.trigger.text(&doc.text),
                e.mentions.len(),
                if e.mentions.len() == 1 { "" } else { "s" }
            );
            let mut details = Vec::new();
            if let Some([lo, hi]) = e.duration_minutes {
                details.push(if lo == hi { format!("{lo} min") } else { format!("{lo}-{hi} min") });
            }
            if let Some(p) = &e.place {
                details.push(format!("in {p}"));
            }
            if !e.topics.is_empty() {
                details.push(format!("about {}", e.topics.join("; ")));
            }
            if !e.briefed_by.is_empty() {
                details.push(format!("briefed by {}", e.briefed_by.join(", ")));
            }
            if !details.is_empty() {
                let _ = writeln!(out, "  {:<16} {}", "", ellipsize(&details.join(" · "), 100));
            }
        }
    }
    out
}

fn ellipsize(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max).collect();
        format!("{cut}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked() {
        assert!(parse_date("2025-06-14").is_ok());
        assert!(parse_date("2025-06").is_ok());
        assert!(parse_date("2025").is_ok());
        assert!(parse_date("2025-13-01").is_err());
        for bad in ["2025-02-31", "2024-02-30", "0000", "2025-13-45", "not a date"] {
            let e = parse_date(bad).unwrap_err();
            assert!(e.contains(bad) && e.contains("YYYY-MM-DD"), "{e}");
        }
        assert_eq!(parse_date("2024-02-29").unwrap(), "2024-02-29");
    }
}
