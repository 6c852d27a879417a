//! `dossier eval ner`: entity-level exact-match precision, recall and F1 (conlleval rules) on a
//! CoNLL-2003 file, per label, and the tagger's throughput with the model already loaded.

use anyhow::{Context, Result};
use dossier_entities::{conll, Chunk, Model, TYPES};
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
    let rules = with_document_rules(&docs, &e.predicted);
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
            "document_rules_precision": rules.all.precision(),
            "document_rules_recall": rules.all.recall(),
            "document_rules_f1": rules.all.f1(),
            "document_rules_PER_f1": rules.per_type[0].f1(),
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
            "with the build's document rules (a surname tagged a person once is one throughout \
             the article): P {:.4} R {:.4} F1 {:.4}, PER F1 {:.4}",
            rules.all.precision(),
            rules.all.recall(),
            rules.all.f1(),
            rules.per_type[0].f1()
        );
        println!(
            "throughput: {tps:.0} tokens/s wall, {cpu_tps:.0} tokens per CPU second (median of {} runs after a warm-up, one core, model loaded once)",
            rates.len()
        );
    }
    Ok(())
}

/// Scores `predicted` again after the document-level rule the build applies on top of the
/// tagger ([`dossier_resolve::propagate_persons`]): each CoNLL document becomes one text, its
/// sentences a line each and its tokens spaced, so the rule sees what it sees in an article.
fn with_document_rules(docs: &[conll::ConllDoc], predicted: &[Vec<Chunk>]) -> conll::Scores {
    let mut scores = conll::Scores::default();
    let mut pred = predicted.iter();
    for d in docs {
        let mut doc = dossier_document::Document::default();
        // (sentence, token) -> byte span of the token in the text.
        let mut offsets: Vec<Vec<(usize, usize)>> = Vec::with_capacity(d.sents.len());
        for s in &d.sents {
            let mut offs = Vec::with_capacity(s.words.len());
            for w in &s.words {
                if !doc.text.is_empty() && !doc.text.ends_with('\n') {
                    doc.text.push(' ');
                }
                offs.push((doc.text.len(), doc.text.len() + w.len()));
                doc.text.push_str(w);
            }
            doc.text.push('\n');
            offsets.push(offs);
        }
        let sent_preds: Vec<&Vec<Chunk>> = d.sents.iter().filter_map(|_| pred.next()).collect();
        for (offs, chunks) in offsets.iter().zip(&sent_preds) {
            for c in chunks.iter() {
                let (start, end) = (offs[c.start].0, offs[c.end - 1].1);
                doc.entities.push(dossier_document::EntityMention {
                    start,
                    end,
                    text: doc.text[start..end].to_string(),
                    label: TYPES[c.ty].to_string(),
                    entity: String::new(),
                });
            }
        }
        dossier_resolve::propagate_persons(&mut doc);
        // Back to token chunks, sentence by sentence.
        let mut found: Vec<Vec<Chunk>> = vec![Vec::new(); d.sents.len()];
        for m in &doc.entities {
            let Some(si) = offsets.iter().position(|o| o.last().is_some_and(|l| l.1 >= m.end))
            else {
                continue;
            };
            let o = &offsets[si];
            let (Some(a), Some(b)) =
                (o.iter().position(|t| t.0 == m.start), o.iter().position(|t| t.1 == m.end))
            else {
                continue;
            };
            let ty = TYPES.iter().position(|t| *t == m.label).unwrap_or(0);
            found[si].push(Chunk { start: a, end: b + 1, ty });
        }
        for (s, f) in d.sents.iter().zip(&found) {
            scores.add(&s.gold, f);
        }
    }
    scores
}
