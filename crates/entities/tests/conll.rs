//! The shipped model on CoNLL-2003 (skipped when `../shared/data/conll2003` is absent): the
//! test-set F1 the README reports, within rounding, and the conlleval output layout.

use dossier_entities::conll;
use std::path::Path;

#[test]
fn shipped_model_scores_on_the_test_set() {
    let p =
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/conll2003/eng.testb"));
    let Ok(text) = std::fs::read_to_string(p) else {
        eprintln!("skipping: {} not found", p.display());
        return;
    };
    let docs = conll::parse(&text).unwrap();
    assert_eq!(docs.len(), 231);
    let m = dossier_entities::default_model().unwrap();
    let e = conll::evaluate(m, &docs);
    assert_eq!(e.tokens, 46435);
    assert_eq!(e.scores.all.gold, 5648);
    let f1 = e.scores.all.f1();
    println!("eng.testb F1 {f1:.4}");
    assert!(f1 >= 0.88, "F1 {f1:.4}");
}
