//! `dossier build PATH...`: analyse articles and store them.
//!
//! Articles are streamed in batches: each batch is read sequentially, articles whose content
//! hash is already stored are skipped, the rest are analysed in parallel (rayon), and the batch
//! is written in one transaction. Memory stays bounded by the batch size whatever the input size,
//! and a killed build loses at most the batch in flight.

use std::collections::HashSet;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use dossier_ingest::{Article, IngestError, Input};
use dossier_store::{Store, Stored};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

/// Articles per transaction: large enough to amortise commits, small enough to bound memory.
const BATCH: usize = 256;

#[derive(clap::Args)]
pub struct Args {
    /// Files or directories to read (.txt with optional sidecar .json, .jsonl, .html); `-` reads
    /// JSONL from standard input. Directories are read recursively.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// The database file.
    #[arg(long, default_value = "dossier.db", value_name = "FILE")]
    pub db: PathBuf,
    /// Exit with an error status if any input could not be read or analysed.
    #[arg(long)]
    pub strict: bool,
    /// Print nothing but errors and the summary line.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Default, Debug)]
struct Counts {
    new: usize,
    replaced: usize,
    unchanged: usize,
    failed: usize,
}

struct Run {
    store: Store,
    bar: ProgressBar,
    counts: Counts,
    seen_ids: HashSet<String>,
    pending: Vec<Article>,
}

impl Run {
    fn fail(&mut self, msg: String) {
        self.counts.failed += 1;
        self.bar.suspend(|| eprintln!("error: {msg}"));
    }

    fn accept(&mut self, result: Result<Article, IngestError>) -> Result<()> {
        let mut article = match result {
            Ok(a) => a,
            Err(e) => {
                self.fail(e.to_string());
                return Ok(());
            }
        };
        // Two inputs with the same name (a/x.txt and b/x.txt) must not overwrite each other.
        if !self.seen_ids.insert(article.id.clone()) {
            let alt = article.origin.to_string();
            let alt = alt.strip_suffix(".txt").unwrap_or(&alt).to_string();
            article.id = alt;
            self.seen_ids.insert(article.id.clone());
        }
        if self.store.hash_of(&article.id)?.as_deref() == Some(article.content_hash.as_str()) {
            self.counts.unchanged += 1;
            return Ok(());
        }
        self.pending.push(article);
        if self.pending.len() >= BATCH {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let batch = std::mem::take(&mut self.pending);
        let results: Vec<_> = batch
            .into_par_iter()
            .map(|a| {
                let origin = a.origin.to_string();
                let hash = a.content_hash.clone();
                dossier_pipeline::analyse(a, &Default::default())
                    .map(|d| (d, origin.clone(), hash))
                    .map_err(|e| format!("{origin}: {e}"))
            })
            .collect();
        let mut good = Vec::with_capacity(results.len());
        for r in results {
            match r {
                Ok(x) => good.push(x),
                Err(msg) => self.fail(msg),
            }
        }
        for outcome in self.store.put_batch(&good).context("cannot write to the database")? {
            match outcome {
                Stored::New => self.counts.new += 1,
                Stored::Replaced => self.counts.replaced += 1,
            }
        }
        Ok(())
    }
}

pub fn run(args: Args) -> Result<ExitCode> {
    let started = Instant::now();
    let (inputs, missing) = dossier_ingest::discover(&args.paths);
    let store = Store::open(&args.db)
        .with_context(|| format!("cannot open database {}", args.db.display()))?;
    let total_bytes: u64 =
        inputs.iter().map(|i| if let Input::File { size, .. } = i { *size } else { 0 }).sum();
    let bar = if args.quiet {
        ProgressBar::hidden()
    } else if inputs.iter().any(|i| matches!(i, Input::Stdin)) {
        ProgressBar::new_spinner()
    } else {
        ProgressBar::new(total_bytes)
    };
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} {msg}",
        )
        .expect("valid template"),
    );
    let mut run = Run {
        store,
        bar,
        counts: Counts::default(),
        seen_ids: HashSet::new(),
        pending: Vec::new(),
    };
    for e in missing {
        run.fail(e.to_string());
    }
    for input in &inputs {
        if let Input::File { path, .. } = input {
            run.bar.set_message(
                path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            );
        }
        for result in dossier_ingest::read(input) {
            run.accept(result)?;
        }
        if let Input::File { size, .. } = input {
            run.bar.inc(*size);
        }
    }
    run.flush()?;
    run.bar.finish_and_clear();

    let c = &run.counts;
    let total = c.new + c.replaced + c.unchanged + c.failed;
    let replaced = if c.replaced > 0 {
        format!(" ({} replaced an older version)", c.replaced)
    } else {
        String::new()
    };
    println!(
        "{total} articles: {} new, {} unchanged, {} failed{replaced}",
        c.new + c.replaced,
        c.unchanged,
        c.failed
    );
    if !args.quiet {
        eprintln!(
            "stored in {} ({} documents) in {:.1}s",
            args.db.display(),
            run.store.count()?,
            started.elapsed().as_secs_f64()
        );
    }
    let read_nothing = total == c.failed;
    if read_nothing {
        eprintln!("error: no article could be read");
        return Ok(ExitCode::FAILURE);
    }
    if args.strict && c.failed > 0 {
        eprintln!("error: {} input(s) failed and --strict was given", c.failed);
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
