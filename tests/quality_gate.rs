//! The quality gate: runs every `dossier eval` benchmark listed in `eval/floors.json` whose data
//! is present in `../shared`, and fails when a measured figure falls below its floor.
//!
//! Floors are only ever raised, except where a change trades a little of one figure for more of
//! the figure an issue targets; README's Measured table then records both. Throughput floors are
//! the exception: this shared host runs the same code at up to 1.7 times the speed of its slow
//! spells, so they sit below the slowest run of unchanged code and catch collapses only. A figure whose key ends in `_per_second` is a throughput: it is
//! checked only in optimised builds (`cargo test --profile testing`, or `--release`), since a
//! debug build says nothing about speed.

mod common;

use common::*;
use serde_json::Value;

/// Looks up a dotted key (`per_label.PER.f1`) in a JSON object.
fn lookup<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    key.split('.').try_fold(v, |v, k| v.get(k))
}

#[test]
fn figures_stay_above_their_floors() {
    let floors: Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("eval/floors.json")).unwrap())
            .unwrap();
    let mut failures = Vec::new();
    let mut ran = 0;
    for (name, bench) in
        floors["benchmarks"].as_object().expect("floors.json has a benchmarks object")
    {
        let needs: Vec<&str> =
            bench["requires"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        if let Some(missing) = needs.iter().find(|rel| shared_path(rel, name).is_none()) {
            eprintln!("SKIPPED {name}: needs ../shared/{missing}");
            continue;
        }
        let args: Vec<&str> =
            bench["args"].as_array().unwrap().iter().map(|a| a.as_str().unwrap()).collect();
        let out = dossier(&args);
        assert!(
            out.status.success(),
            "{name}: dossier {} failed: {}",
            args.join(" "),
            stderr(&out)
        );
        let figures: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!("{name}: output is not one JSON object ({e}): {}", stdout(&out))
        });
        ran += 1;
        for (key, floor) in bench["floors"].as_object().unwrap() {
            if key.ends_with("_per_second") && cfg!(debug_assertions) {
                eprintln!("{name}: {key} not checked in a debug build");
                continue;
            }
            let floor = floor.as_f64().unwrap();
            match lookup(&figures, key).and_then(Value::as_f64) {
                Some(got) if got >= floor => eprintln!("{name}: {key} = {got:.4} (floor {floor})"),
                Some(got) => {
                    failures.push(format!("{name}: {key} = {got:.4} is below its floor {floor}"))
                }
                None => failures.push(format!("{name}: the output has no figure {key}")),
            }
        }
    }
    eprintln!("{ran} benchmark(s) run");
    assert!(failures.is_empty(), "quality gate failed:\n{}", failures.join("\n"));
}
