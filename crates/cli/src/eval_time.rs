//! `dossier eval time`: TempEval-3 Task A (temporal expressions) on a folder of TimeML files.
//! Each file's own text (tags stripped) and DCT are the input; the measures are those of the
//! official TE3 scorer (strict and relaxed extent P/R/F1, value and type F1), micro-averaged.

use anyhow::{Context, Result};
use dossier_time::timeml;
use serde_json::json;

#[derive(clap::Args)]
pub struct Args {
    /// Folder of gold TimeML (.tml) files, searched recursively.
    #[arg(long)]
    pub timeml: std::path::PathBuf,
    /// Write one tagged TimeML file per input document into this folder (for the official scorer).
    #[arg(long)]
    pub output: Option<std::path::PathBuf>,
    /// Print one JSON object instead of a report.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args) -> Result<()> {
    let r = timeml::evaluate(&args.timeml, args.output.as_deref())
        .with_context(|| format!("evaluating {}", args.timeml.display()))?;
    let m = &r.measures;
    let c = &r.counts;
    if args.json {
        crate::eval::print_json(&json!({
            "dir": args.timeml.display().to_string(),
            "docs": r.docs,
            "gold_timexes": c.gold,
            "system_timexes": c.system,
            "precision": m.relaxed_precision,
            "recall": m.relaxed_recall,
            "f1": m.relaxed_f1,
            "strict_precision": m.strict_precision,
            "strict_recall": m.strict_recall,
            "strict_f1": m.strict_f1,
            "relaxed_precision": m.relaxed_precision,
            "relaxed_recall": m.relaxed_recall,
            "relaxed_f1": m.relaxed_f1,
            "value_accuracy": m.value_accuracy,
            "value_f1": m.value_f1,
            "type_accuracy": m.type_accuracy,
            "type_f1": m.type_f1,
            "bytes": r.bytes,
            "mb_per_second": r.throughput_mb_s(),
        }));
    } else {
        println!(
            "{}: {} documents, {} gold TIMEX3, {} found",
            args.timeml.display(),
            r.docs,
            c.gold,
            c.system
        );
        println!(
            "  strict   P {:.4}  R {:.4}  F1 {:.4}",
            m.strict_precision, m.strict_recall, m.strict_f1
        );
        println!(
            "  relaxed  P {:.4}  R {:.4}  F1 {:.4}",
            m.relaxed_precision, m.relaxed_recall, m.relaxed_f1
        );
        println!(
            "  value F1 {:.4} (accuracy {:.4})   type F1 {:.4}",
            m.value_f1, m.value_accuracy, m.type_f1
        );
        println!("  {:.1} MB/s of text on one core", r.throughput_mb_s());
        if let Some(o) = &args.output {
            println!("  TimeML written to {}", o.display());
        }
    }
    Ok(())
}
