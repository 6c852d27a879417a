//! `cargo run --release --example ner_eval -- MODEL FILE`: F1 and best-of-10 throughput;
//! `NER_ERRORS=1` lists the most frequent misses and spurious mentions.
use dossier_entities::{conll, Model, TYPES};
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let m = Model::from_bytes(&std::fs::read(&a[1]).unwrap()).unwrap();
    let d = conll::parse(&std::fs::read_to_string(&a[2]).unwrap()).unwrap();
    let mut best = 0f64;
    let mut bestc = 0f64;
    let mut e = conll::evaluate(&m, &d);
    for _ in 0..10 {
        e = conll::evaluate(&m, &d);
        best = best.max(e.tokens as f64 / e.seconds);
        bestc = bestc.max(e.tokens as f64 / e.cpu_seconds);
    }
    if std::env::var("NER_ERRORS").is_ok() {
        dump(&d, &e);
    }
    let s = &e.scores;
    let per: Vec<String> =
        (0..4).map(|i| format!("{}={:.4}", TYPES[i], s.per_type[i].f1())).collect();
    println!(
        "P {:.4} R {:.4} F1 {:.4} {} tok/s {:.0} cpu tok/s {:.0}",
        s.all.precision(),
        s.all.recall(),
        s.all.f1(),
        per.join(" "),
        best,
        bestc
    );
}
// Error listing for development: `NER_ERRORS=1`.
#[allow(dead_code)]
pub fn dump(d: &[conll::ConllDoc], e: &conll::Evaluation) {
    use std::collections::HashMap;
    let mut c: HashMap<String, usize> = HashMap::new();
    for (s, p) in d.iter().flat_map(|d| &d.sents).zip(&e.predicted) {
        let g: std::collections::HashSet<_> = s.gold.iter().collect();
        let pp: std::collections::HashSet<_> = p.iter().collect();
        for x in &s.gold {
            if !pp.contains(x) {
                let alt = p
                    .iter()
                    .find(|y| y.start < x.end && x.start < y.end)
                    .map(|y| format!("{}:{}", TYPES[y.ty], s.words[y.start..y.end].join(" ")))
                    .unwrap_or("-".into());
                *c.entry(format!(
                    "MISS {} {} -> {}",
                    TYPES[x.ty],
                    s.words[x.start..x.end].join(" "),
                    alt
                ))
                .or_default() += 1;
            }
        }
        for x in p {
            if !g.contains(x) && !s.gold.iter().any(|y| y.start < x.end && x.start < y.end) {
                *c.entry(format!("SPUR {} {}", TYPES[x.ty], s.words[x.start..x.end].join(" ")))
                    .or_default() += 1;
            }
        }
    }
    let mut v: Vec<_> = c.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (k, n) in v.iter().take(60) {
        println!("{n:4} {k}");
    }
}
