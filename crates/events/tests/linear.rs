//! The stage's time grows linearly with the article. Alone in its own test binary: cargo runs
//! test binaries one at a time, so no other test shares the caches while it is timed.

use dossier_document::clock::thread_cpu_time;
use dossier_document::Document;

fn paragraph(i: usize) -> String {
    match i % 4 {
        0 => format!("Anna Berg and Tomas Holm held a phone call on Tuesday about bridge {i}.\n"),
        1 => "During the call, Berg raised the budget. The conversation lasted nearly an hour.\n"
            .into(),
        2 => "The two leaders also discussed fishing quotas, according to Holm.\n".into(),
        _ => "Berg met Holm in Oslo in May 2021, their first meeting since 2019.\n".into(),
    }
}

/// The thread CPU time of ten annotations of `doc`.
fn ten_runs(doc: &Document) -> f64 {
    let mut d = doc.clone();
    let t = thread_cpu_time();
    for _ in 0..10 {
        dossier_events::annotate(&mut d);
    }
    (thread_cpu_time() - t).as_secs_f64()
}

/// The best of seven rounds of each document, the two taking turns: a spell of load on the
/// machine then slows both rather than one.
fn best_of_7(small: &Document, big: &Document) -> (f64, f64) {
    (0..7).fold((f64::INFINITY, f64::INFINITY), |(a, b), _| {
        (a.min(ten_runs(small)), b.min(ten_runs(big)))
    })
}

#[test]
fn time_is_linear_in_the_article_length() {
    let make = |n: usize| {
        let text: String = (0..n).map(paragraph).collect();
        let meta = dossier_document::Metadata {
            published: Some("2025-03-19".into()),
            ..Default::default()
        };
        let article = dossier_ingest::article_from_text("l", text, meta);
        dossier_pipeline::analyse(article, &Default::default()).unwrap()
    };
    let (small, big) = (make(300), make(600));
    let (a, b) = best_of_7(&small, &big);
    eprintln!("300 paragraphs {a:.4}s, 600 paragraphs {b:.4}s, ratio {:.2}", b / a);
    // Quadratic work doubles four times; 3 leaves room for a busy machine.
    assert!(b / a < 3.0, "doubling the article took {:.2}x as long", b / a);
}
