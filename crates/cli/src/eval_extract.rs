//! `dossier eval extract --benchmark DIR`: HTML main-content extraction, scored by the
//! benchmark's own rules (scrapinghub article-extraction-benchmark or trafilatura's evaldata).

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use dossier_extract::bench;

#[derive(clap::Args)]
pub struct Args {
    /// The benchmark directory (holding ground-truth.json or evaldata.json).
    #[arg(long)]
    benchmark: PathBuf,
    /// Print one JSON object instead of a summary.
    #[arg(long)]
    json: bool,
    /// Also write the extracted bodies as `{item_id: {"articleBody": ...}}`.
    #[arg(long)]
    output: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let (kind, pages) = bench::load(&args.benchmark)
        .with_context(|| format!("reading {}", args.benchmark.display()))?;
    // Timed on one thread, extraction only (reading and decompressing the files is not counted),
    // so pages per second compare with single-threaded peers.
    let start = Instant::now();
    let mut no_article = 0usize;
    let outputs: Vec<String> = pages
        .iter()
        .map(|p| match dossier_extract::extract(&p.html, p.url.as_deref()) {
            Ok(x) => x.text(),
            Err(_) => {
                no_article += 1;
                String::new()
            }
        })
        .collect();
    let secs = start.elapsed().as_secs_f64();
    let s = bench::score(kind, &pages, &outputs);
    let bytes: usize = pages.iter().map(|p| p.html.len()).sum();
    let name = match kind {
        bench::Kind::ArticleExtraction => "article-extraction-benchmark",
        bench::Kind::Trafilatura => "trafilatura-eval",
    };
    if let Some(path) = &args.output {
        let map: serde_json::Map<String, serde_json::Value> = pages
            .iter()
            .zip(&outputs)
            .map(|(p, o)| (p.id.clone(), serde_json::json!({ "articleBody": o })))
            .collect();
        std::fs::write(path, serde_json::to_string(&map)?)
            .with_context(|| format!("writing {}", path.display()))?;
    }
    let pages_per_sec = pages.len() as f64 / secs;
    if args.json {
        crate::eval::print_json(&serde_json::json!({
            "benchmark": name,
            "pages": pages.len(),
            "precision": s.precision,
            "recall": s.recall,
            "f1": s.f1,
            "accuracy": s.accuracy,
            "no_article": no_article,
            "pages_per_sec": pages_per_sec,
            "mb_per_sec": bytes as f64 / 1e6 / secs,
        }));
    } else {
        println!("{name}: {} pages", pages.len());
        println!(
            "  precision {:.3}  recall {:.3}  F1 {:.3}  accuracy {:.3}",
            s.precision, s.recall, s.f1, s.accuracy
        );
        println!("  no article found on {no_article} pages");
        println!(
            "  {:.0} pages/s, {:.1} MB/s (one thread)",
            pages_per_sec,
            bytes as f64 / 1e6 / secs
        );
    }
    Ok(())
}
