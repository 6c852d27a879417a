//! `dossier eval events`: the merged events of the sample articles against the analysts' gold.
//!
//! The seeds are built into a scratch store with the gold publication dates as sidecar
//! metadata, exactly as a user would (`dossier build`), and `dossier events` is read back. A gold
//! event is found when one predicted event, used for no other gold event, has:
//! - the gold type and a source in one of the gold documents;
//! - the gold date at the same precision, where a date the texts do not state (the publication
//!   date of an article telling its own news, `date_source: "published"`) counts as no date,
//!   as the gold's null does;
//! - every gold participant among its participants (by any name the gold gives the entity);
//! - where the gold has a duration, a duration range overlapping it.
//!
//! Phone calls and meetings in the gold documents that match no gold event are counted as
//! spurious.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;

use anyhow::{bail, Context, Result};
use serde_json::{json, Value};

#[derive(clap::Args)]
pub struct Args {
    /// The sample articles.
    #[arg(long, default_value = "../shared/seeds", value_name = "DIR")]
    pub seeds: PathBuf,
    /// The gold analysis.
    #[arg(long, default_value = "../shared/eval/seeds-gold.json", value_name = "FILE")]
    pub gold: PathBuf,
    /// Print one JSON object.
    #[arg(long)]
    pub json: bool,
}

fn lower(v: &Value) -> Option<String> {
    v.as_str().map(str::to_lowercase)
}

pub fn run(args: Args) -> Result<()> {
    let gold: Value = serde_json::from_slice(
        &std::fs::read(&args.gold)
            .with_context(|| format!("cannot read the gold file {}", args.gold.display()))?,
    )
    .with_context(|| format!("{} is not valid JSON", args.gold.display()))?;
    let docs = gold["docs"].as_object().context("gold file has no \"docs\" object")?;
    let dir = tempfile::tempdir()?;
    let input = dir.path().join("in");
    std::fs::create_dir(&input)?;
    for (id, d) in docs {
        let from = args.seeds.join(format!("{id}.txt"));
        std::fs::copy(&from, input.join(format!("{id}.txt")))
            .with_context(|| format!("cannot read {}", from.display()))?;
        let meta = json!({ "published": d["published"] });
        std::fs::write(input.join(format!("{id}.json")), meta.to_string())?;
    }
    let db = dir.path().join("seeds.db");
    let exe = std::env::current_exe()?;
    let built = Command::new(&exe)
        .args(["build", "--quiet", "--db"])
        .arg(&db)
        .arg(&input)
        .output()
        .context("cannot run dossier build")?;
    if !built.status.success() {
        bail!("dossier build failed: {}", String::from_utf8_lossy(&built.stderr));
    }
    let out = Command::new(&exe)
        .args(["events", "--format", "json", "--db"])
        .arg(&db)
        .output()
        .context("cannot run dossier events")?;
    if !out.status.success() {
        bail!("dossier events failed: {}", String::from_utf8_lossy(&out.stderr));
    }
    let predicted: Vec<Value> = serde_json::from_slice(&out.stdout)?;
    let report = score(&gold, &predicted);
    if args.json {
        crate::eval::print_json(&report);
    } else {
        println!(
            "events: {}/{} gold events found; {} spurious phone calls or meetings; {} events in all",
            report["found"], report["gold"], report["spurious"], report["predicted"]
        );
        for m in report["missed"].as_array().into_iter().flatten() {
            println!("  MISSED {}", m.as_str().unwrap_or(""));
        }
        for s in report["spurious_events"].as_array().into_iter().flatten() {
            println!("  SPURIOUS {}", s.as_str().unwrap_or(""));
        }
    }
    Ok(())
}

/// Scores predicted events (`dossier events --format json`) against the gold file.
pub fn score(gold: &Value, predicted: &[Value]) -> Value {
    // Every name of each gold entity, lower case.
    let mut names: HashMap<String, Vec<String>> = HashMap::new();
    for e in gold["entities"].as_array().into_iter().flatten() {
        let Some(n) = lower(&e["name"]) else { continue };
        let mut all: Vec<String> =
            e["aliases"].as_array().into_iter().flatten().filter_map(lower).collect();
        all.push(n.clone());
        names.insert(n, all);
    }
    let stated = |p: &Value| -> Option<String> {
        (p["date_source"] == "text").then(|| p["date"].as_str().map(str::to_string)).flatten()
    };
    let fits = |g: &Value, p: &Value| -> bool {
        let docs: Vec<&str> =
            g["docs"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        let in_doc = p["sources"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|s| s["doc"].as_str().is_some_and(|d| docs.contains(&d)));
        if p["type"] != g["type"] || !in_doc {
            return false;
        }
        if stated(p).as_deref() != g["date"].as_str() {
            return false;
        }
        let mine: Vec<String> =
            p["participants"].as_array().into_iter().flatten().filter_map(lower).collect();
        let all_there =
            g["participants"].as_array().into_iter().flatten().filter_map(lower).all(|gp| {
                let aliases = names.get(&gp).cloned().unwrap_or_else(|| vec![gp.clone()]);
                mine.iter().any(|m| aliases.contains(m) || *m == gp)
            });
        if !all_there {
            return false;
        }
        match (g["duration_minutes"].as_array(), p["duration_minutes"].as_array()) {
            (Some(gd), Some(pd)) => {
                let n = |v: &Vec<Value>, i: usize| v.get(i).and_then(Value::as_u64).unwrap_or(0);
                n(pd, 0) <= n(gd, 1) && n(gd, 0) <= n(pd, 1)
            }
            (Some(_), None) => false,
            _ => true,
        }
    };
    let gold_events: Vec<&Value> = gold["events"].as_array().into_iter().flatten().collect();
    let mut used = vec![false; predicted.len()];
    let mut found = Vec::new();
    let mut missed = Vec::new();
    for g in &gold_events {
        let hit = predicted.iter().enumerate().find(|(i, p)| !used[*i] && fits(g, p));
        match hit {
            Some((i, p)) => {
                used[i] = true;
                found.push(json!({"gold": g["id"], "event": p["id"]}));
            }
            None => missed.push(json!(format!(
                "{} ({} {} {})",
                g["id"].as_str().unwrap_or(""),
                g["type"].as_str().unwrap_or(""),
                g["date"],
                g["participants"]
            ))),
        }
    }
    let gold_docs: Vec<&String> =
        gold["docs"].as_object().map(|d| d.keys().collect()).unwrap_or_default();
    let spurious: Vec<Value> = predicted
        .iter()
        .enumerate()
        .filter(|(i, p)| {
            !used[*i]
                && matches!(p["type"].as_str(), Some("phone_call" | "meeting"))
                && p["sources"].as_array().into_iter().flatten().any(|s| {
                    s["doc"].as_str().is_some_and(|d| gold_docs.iter().any(|g| g.as_str() == d))
                })
        })
        .map(|(_, p)| {
            json!(format!(
                "{} {}",
                p["id"].as_str().unwrap_or(""),
                p["summary"].as_str().unwrap_or("")
            ))
        })
        .collect();
    json!({
        "gold": gold_events.len(),
        "found": found.len(),
        "recall": if gold_events.is_empty() { 0.0 } else { found.len() as f64 / gold_events.len() as f64 },
        "predicted": predicted.len(),
        "spurious": spurious.len(),
        "matches": found,
        "missed": missed,
        "spurious_events": spurious,
    })
}
