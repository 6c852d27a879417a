//! The stage never panics, keeps every span in range, on char boundaries and sorted, whatever
//! the text and the layers it is given. Its time is checked in `linear.rs`.

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
    "Press office",
    " his office",
    "Berg's office",
    " the statement",
    "a Norvian government official",
    "the president's press service",
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
