//! `dossier eval ner`: entity-level exact-match precision, recall and F1 (conlleval rules) on a
//! CoNLL-2003 file, per label, and the tagger's throughput with the model already loaded.

use anyhow::{Context, Result};
use dossier_entities::{conll, Model, TYPES};
use serde_json::json;
use std::io::Write;

#[derive(clap::Args)]
pub struct Args {
    /// CoNLL file to score (token ... NER columns, IOB1 or IOB2).
    #[arg(long)]
    pub conll: std::path::PathBuf,
    /// Model file to use instead of the embedded one.
    #[arg(long)]
    pub model: Option<std::path::PathBuf>,
    /// Write `token gold predicted` lines (CoNLL layout) for the standard conlleval script.
    #[arg(long)]
    pub output: Option<std::path::PathBuf>,
    /// Timed runs over the file after one warm-up run; the median throughput is reported.
    #[arg(long, default_value_t = 5)]
    pub runs: usize,
    /// Print one JSON object instead of a report.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args) -> Result<()> {
    let text = std::fs::read_to_string(&args.conll)
        .with_context(|| format!("reading {}", args.conll.display()))?;
    let docs = conll::parse(&text).with_context(|| format!("parsing {}", args.conll.display()))?;
    let owned;
    let model: &Model = match &args.model {
        Some(p) => {
            let b = std::fs::read(p).with_context(|| format!("reading {}", p.display()))?;
            owned = Model::from_bytes(&b).with_context(|| format!("loading {}", p.display()))?;
            &owned
        }
        None => {
            dossier_entities::default_model().map_err(|e| anyhow::anyhow!("embedded model: {e}"))?
        }
    };
    // One untimed run first: the weight rows a text needs are then in cache, as they are in a
    // long-running process; then the median of the timed runs.
    let e = conll::evaluate(model, &docs);
    let mut rates = Vec::new();
    let mut cpu_rates = Vec::new();
    for _ in 0..args.runs.max(1) {
        let r = conll::evaluate(model, &docs);
        rates.push(r.tokens as f64 / r.seconds.max(1e-9));
        cpu_rates.push(r.tokens as f64 / r.cpu_seconds.max(1e-9));
    }
    rates.sort_by(|a, b| a.total_cmp(b));
    cpu_rates.sort_by(|a, b| a.total_cmp(b));
    let tps = rates[rates.len() / 2];
    let cpu_tps = cpu_rates[cpu_rates.len() / 2];
    if let Some(out) = &args.output {
        let mut w = std::io::BufWriter::new(
            std::fs::File::create(out).with_context(|| format!("creating {}", out.display()))?,
        );
        for (s, pred) in docs.iter().flat_map(|d| &d.sents).zip(&e.predicted) {
            let p = conll::iob2_tags(s.words.len(), pred);
            for ((word, gold), p) in s.words.iter().zip(&s.tags).zip(&p) {
                writeln!(w, "{word} {gold} {p}")?;
            }
            writeln!(w)?;
        }
        w.flush()?;
    }
    let s = &e.scores;
    if args.json {
        let mut v = json!({
            "file": args.conll.display().to_string(),
            "precision": s.all.precision(),
            "recall": s.all.recall(),
            "f1": s.all.f1(),
            "gold_entities": s.all.gold,
            "predicted_entities": s.all.predicted,
            "correct_entities": s.all.correct,
            "tokens": e.tokens,
            "tokens_per_second": tps,
            "cpu_tokens_per_second": cpu_tps,
            "passes": model.passes(),
        });
        for (i, t) in TYPES.iter().enumerate() {
            let c = &s.per_type[i];
            v[format!("{t}_precision")] = json!(c.precision());
            v[format!("{t}_recall")] = json!(c.recall());
            v[format!("{t}_f1")] = json!(c.f1());
        }
        crate::eval::print_json(&v);
    } else {
        println!("{}: {} tokens, {} gold entities", args.conll.display(), e.tokens, s.all.gold);
        println!("{:<6} {:>9} {:>9} {:>9} {:>7}", "label", "precision", "recall", "f1", "gold");
        for (i, t) in TYPES.iter().enumerate() {
            let c = &s.per_type[i];
            println!(
                "{:<6} {:>9.4} {:>9.4} {:>9.4} {:>7}",
                t,
                c.precision(),
                c.recall(),
                c.f1(),
                c.gold
            );
        }
        println!(
            "{:<6} {:>9.4} {:>9.4} {:>9.4} {:>7}",
            "all",
            s.all.precision(),
            s.all.recall(),
            s.all.f1(),
            s.all.gold
        );
        println!(
            "throughput: {tps:.0} tokens/s wall, {cpu_tps:.0} tokens per CPU second (median of {} runs after a warm-up, one core, model loaded once)",
            rates.len()
        );
    }
    Ok(())
}
