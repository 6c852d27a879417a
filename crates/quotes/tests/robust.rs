//! The stage never panics, keeps every span in range, on char boundaries and sorted, whatever
//! the text and the layers it is given; and its time grows linearly with the article.

use dossier_document::clock::thread_cpu_time;
use dossier_document::{Document, EntityMention, RoleMention, Span};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "“",
    "”",
    "\"",
    "«",
    "»",
    "„",
    "''",
    "'",
    "- ",
    "— ",
    "– ",
    "\n",
    "\n\n",
    " said ",
    " he added",
    ", ",
    ". ",
    "According to ",
    "Anna Berg",
    " that ",
    "é",
    "日本",
    "word ",
    ":",
    "(",
    ")",
    " told ",
    "the official",
    " who ",
    " according to ",
    "Berg",
    ",\" ",
    ".” ",
    " - ",
    "  ",
    "\r\n",
    "?",
];

fn text_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec(0..PIECES.len(), 0..120)
        .prop_map(|v| v.into_iter().map(|i| PIECES[i]).collect::<String>())
}

fn check(doc: &Document) {
    let t = &doc.text;
    let ok = |s: usize, e: usize| {
        s <= e && e <= t.len() && t.is_char_boundary(s) && t.is_char_boundary(e)
    };
    for w in doc.quotes.windows(2) {
        assert!(w[0].start <= w[1].start);
    }
    for q in &doc.quotes {
        assert!(ok(q.start, q.end) && q.start < q.end, "{q:?}");
        assert_eq!(&t[q.start..q.end], q.text);
        assert!(matches!(q.kind.as_str(), "direct" | "partial" | "indirect"));
        if let Some(c) = &q.cue {
            assert!(ok(c.start, c.end));
        }
        for s in q.speaker_span.iter().chain(q.relayed_by_span.iter()) {
            assert!(ok(s.start, s.end));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn bare_text_never_panics(text in text_strategy()) {
        let mut doc = Document { text, ..Default::default() };
        dossier_quotes::annotate(&mut doc);
        check(&doc);
    }

    #[test]
    fn hostile_layers_never_panic(
        text in text_strategy(),
        spans in prop::collection::vec((0usize..400, 0usize..40, 0usize..4), 0..12),
    ) {
        let n = text.len();
        let mut doc = Document { text, ..Default::default() };
        for &(s, l, k) in &spans {
            let (s, e) = (s.min(n), (s + l).min(n + 3));
            let label = ["PER", "ORG", "LOC", "MISC"][k].to_string();
            doc.entities.push(EntityMention { start: s, end: e, text: String::new(), label, entity: "Anna Berg".into() });
            doc.roles.push(RoleMention { start: s, end: e, text: String::new(), entity: Some("Berg".into()) });
            doc.sentences.push(Span::new(s, e));
            doc.paragraphs.push(Span::new(e, s));
        }
        dossier_quotes::annotate(&mut doc);
        check(&doc);
        for q in &doc.quotes {
            prop_assert!(q.speaker.as_deref().is_none_or(|s| s == "Anna Berg" || s == "Berg"));
        }
    }

    #[test]
    fn analysed_articles_keep_their_spans(text in text_strategy()) {
        let article = dossier_ingest::article_from_text("p", text, Default::default());
        if let Ok(mut doc) = dossier_pipeline::analyse(article, &Default::default()) {
            dossier_quotes::annotate(&mut doc);
            check(&doc);
        }
    }
}

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
    assert!(b / a < 3.0, "one long line: doubling took {:.2}x as long", b / a);
}
