//! `dossier report`: the dossier as one self-contained HTML file, or as Markdown.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use dossier_store::Store;
use dossier_view::{ReportFormat, ReportOptions};

#[derive(clap::Args)]
#[command(after_help = "\
Examples:
  dossier report -o dossier.html            the whole store, one file that opens offline
  dossier report --entity Putin --from 2025-06 -o putin.html
  dossier report -o dossier.md              the same content as Markdown")]
pub struct Args {
    /// The database file.
    #[arg(long, default_value = "dossier.db", value_name = "FILE")]
    pub db: PathBuf,
    /// Only articles mentioning this entity (any name it goes by), and its events.
    #[arg(long, value_name = "NAME")]
    pub entity: Option<String>,
    /// Only from this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Only to this date (a month or year takes all of it).
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// The file to write: `.html` (or `.htm`) for HTML, `.md` for Markdown.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
}

pub fn run(args: Args) -> Result<()> {
    let shown = dossier_ingest::display_path(&args.db);
    if !args.db.exists() {
        bail!("{shown}: no such database; build one first with `dossier build PATH --db {shown}`");
    }
    let ext = args.output.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let format = match ext.as_str() {
        "html" | "htm" => ReportFormat::Html,
        "md" | "markdown" => ReportFormat::Markdown,
        _ => bail!(
            "{}: write the report to a .html or .md file",
            dossier_ingest::display_path(&args.output)
        ),
    };
    let started = Instant::now();
    // Opened read-write once so an older store is upgraded; the report itself only reads.
    let store = Store::open(&args.db).with_context(|| format!("cannot open database {shown}"))?;
    let opts = ReportOptions {
        entity: args.entity,
        from: args.from,
        to: args.to,
        source: shown.to_string(),
    };
    let text = dossier_view::write_report(&store, &opts, format)?;
    std::fs::write(&args.output, text.as_bytes())
        .with_context(|| format!("cannot write {}", dossier_ingest::display_path(&args.output)))?;
    eprintln!(
        "wrote {} ({} KB) in {:.2} s",
        dossier_ingest::display_path(&args.output),
        text.len() / 1024,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
