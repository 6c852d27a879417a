//! `cargo run --release --example ner_eval -- MODEL FILE`
use dossier_entities::{conll, Model, TYPES};
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let m = Model::from_bytes(&std::fs::read(&a[1]).unwrap()).unwrap();
    let d = conll::parse(&std::fs::read_to_string(&a[2]).unwrap()).unwrap();
    let e = conll::evaluate(&m, &d);
    let s = &e.scores;
    let per: Vec<String> = (0..4).map(|i| format!("{}={:.4}", TYPES[i], s.per_type[i].f1())).collect();
    println!("P {:.4} R {:.4} F1 {:.4} {} tok/s {:.0}", s.all.precision(), s.all.recall(), s.all.f1(), per.join(" "), e.tokens as f64 / e.seconds);
}
