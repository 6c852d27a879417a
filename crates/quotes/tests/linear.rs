//! The stage's time grows linearly with the article. Alone in its own test binary: cargo runs
//! test binaries one at a time, so no other test shares the caches while it is timed (the
//! property tests beside it once pushed a ratio of 2.3 past 3 on a busy machine).

use dossier_document::clock::thread_cpu_time;
use dossier_document::Document;

fn paragraph(i: usize) -> String {
    match i % 4 {
        0 => format!("“We will rebuild the bridge number {i},” Anna Berg told reporters on Monday.\n"),
        1 => "According to Berg, the work will take a year. She said the budget is \"adequate\".\n".into(),
        2 => "- The river is high this spring, but the piers are safe,\" the engineer explained to the Gazette.\n".into(),
        _ => "\"An unclosed quotation runs on without end and the town council met again.\n".into(),
    }
}

fn once(doc: &Document) -> f64 {
    let mut d = doc.clone();
    let t = thread_cpu_time();
    for _ in 0..20 {
        dossier_quotes::annotate(&mut d);
    }
    (thread_cpu_time() - t).as_secs_f64()
}

/// The best of 7 timings of each document, taken in turns so that a burst of load from other
/// processes falls on both sizes alike rather than on one.
fn best_of_7(small: &Document, big: &Document) -> (f64, f64) {
    (0..7).fold((f64::INFINITY, f64::INFINITY), |(a, b), _| (a.min(once(small)), b.min(once(big))))
}

#[test]
fn time_is_linear_in_the_article_length() {
    let make = |n: usize| {
        let text: String = (0..n).map(paragraph).collect();
        let article = dossier_ingest::article_from_text("l", text, Default::default());
        dossier_pipeline::analyse(article, &Default::default()).unwrap()
    };
    let (small, big) = (make(400), make(800));
    let (a, b) = best_of_7(&small, &big);
    eprintln!("400 paragraphs {a:.4}s, 800 paragraphs {b:.4}s, ratio {:.2}", b / a);
    // Quadratic work doubles four times; 3 leaves room for a busy machine.
    assert!(b / a < 3.0, "doubling the article took {:.2}x as long", b / a);
    // One unclosed mark and no paragraphs at all: still linear.
    let one = |n: usize| Document {
        text: format!("\"{}", "word said that x. ".repeat(n)),
        ..Default::default()
    };
    let (a, b) = best_of_7(&one(1500), &one(3000));
    eprintln!("one line of 1500 clauses {a:.4}s, of 3000 {b:.4}s, ratio {:.2}", b / a);
    assert!(b / a < 3.0, "one long line: doubling took {:.2}x as long", b / a);
}
