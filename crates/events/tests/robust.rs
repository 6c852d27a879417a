//! The events stage never panics, keeps every span in range and on character boundaries,
//! whatever the text and the layers it is given. Its time is checked in `linear.rs`.

use dossier_document::{Document, EntityMention, Quote, RoleMention, Span, Timex};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "Anna Berg",
    "Tomas Holm",
    "Berg",
    " and ",
    " held a phone call ",
    " spoke by phone with ",
    " the call",
    " the conversation ",
    " met ",
    " released ",
    " between ",
    " with ",
    " on Tuesday",
    " since May 2021",
    " for nearly an hour",
    " 50-minute ",
    " the two leaders ",
    " discussed ",
    " according to ",
    " could ",
    " - ",
    "; ",
    ", ",
    ". ",
    "\n",
    "“",
    "”",
    "’s ",
    "é",
    "日本",
];

fn text_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.concat())
}

fn check(doc: &Document) {
    let t = &doc.text;
    let ok = |s: usize, e: usize| {
        s <= e && e <= t.len() && t.is_char_boundary(s) && t.is_char_boundary(e)
    };
    for e in &doc.events {
        assert!(ok(e.trigger.start, e.trigger.end), "{e:?}");
        assert_eq!(e.participants.len(), e.participant_spans.len());
        for s in e.mentions.iter().chain(&e.participant_spans).chain(&e.quotes) {
            assert!(s.start <= s.end, "{e:?}");
        }
        if let Some([lo, hi]) = e.duration_minutes {
            assert!(lo <= hi, "{e:?}");
        }
        assert!(!e.cameo.is_empty(), "{e:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn analysed_articles_keep_their_spans(text in text_strategy()) {
        let meta = dossier_document::Metadata { published: Some("2025-03-19".into()), ..Default::default() };
        let article = dossier_ingest::article_from_text("p", text, meta);
        if let Ok(doc) = dossier_pipeline::analyse(article, &Default::default()) {
            check(&doc);
        }
    }

    #[test]
    fn hostile_layers_never_panic(
        text in text_strategy(),
        spans in prop::collection::vec((0usize..300, 0usize..40, 0usize..4), 0..12),
    ) {
        let n = text.len();
        let tokens: Vec<Span> = text
            .char_indices()
            .filter(|(_, c)| !c.is_whitespace())
            .map(|(i, c)| Span::new(i, i + c.len_utf8()))
            .collect();
        let mut doc = Document { text, tokens, ..Default::default() };
        doc.sentences.push(Span::new(0, n));
        for &(s, l, k) in &spans {
            let (s, e) = (s.min(n), (s + l).min(n + 3));
            let label = ["PER", "ORG", "LOC", "MISC"][k].to_string();
            doc.entities.push(EntityMention { start: s, end: e, text: String::new(), label, entity: "Anna Berg".into() });
            doc.entities.push(EntityMention { start: e, end: s, text: String::new(), label: "PER".into(), entity: "Holm".into() });
            doc.roles.push(RoleMention { start: s, end: e, text: String::new(), entity: Some("Berg".into()) });
            doc.sentences.push(Span::new(s, e));
            doc.paragraphs.push(Span::new(e, s));
            doc.timexes.push(Timex { start: s, end: e, text: String::new(), kind: ["DATE", "DURATION"][k % 2].into(), value: Some(["2025-03-18", "PT1H"][k % 2].into()), modifier: None });
            doc.quotes.push(Quote { start: s, end: e, text: String::new(), speaker: Some("Berg".into()), kind: "direct".into(), cue: None, speaker_span: Some(Span::new(e, s)), relayed_by: None, relayed_by_span: None });
        }
        doc.tokens.push(Span::new(n, n + 5));
        dossier_events::annotate(&mut doc);
        for e in &doc.events {
            prop_assert_eq!(e.participants.len(), e.participant_spans.len());
        }
    }
}
