//! Property tests: segmentation never panics, and whatever the text, sentences and tokens are
//! non-empty, in range, on character boundaries, in order and inside their paragraph.

use dossier_document::{Document, Span};
use proptest::prelude::*;

fn check_spans(name: &str, text: &str, spans: &[Span]) {
    let mut prev_end = 0;
    for s in spans {
        assert!(s.start < s.end && s.end <= text.len(), "{name} {s:?} out of range");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{name} {s:?}");
        assert!(s.start >= prev_end, "{name} not sorted or overlapping at {s:?}");
        prev_end = s.end;
    }
}

/// One paragraph per non-blank line, trimmed, as cleaning leaves them.
fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim_end();
        let lead = t.len() - t.trim_start().len();
        if !t.trim().is_empty() {
            out.push(Span::new(at + lead, at + t.len()));
        }
        at += line.len();
    }
    out
}

fn check(text: &str) {
    // Paragraphs given (as after cleaning), and none given (every line is one).
    for given in [true, false] {
        let paras = if given { paragraphs(text) } else { Vec::new() };
        let mut doc =
            Document { text: text.to_string(), paragraphs: paras.clone(), ..Default::default() };
        dossier_segment::segment(&mut doc);
        check_spans("sentences", text, &doc.sentences);
        check_spans("tokens", text, &doc.tokens);
        let paras = paragraphs(text);
        for s in doc.sentences.iter().chain(&doc.tokens) {
            // The last paragraph starting at or before `s` must hold it.
            let i = paras.partition_point(|p| p.start <= s.start);
            assert!(i > 0 && paras[i - 1].contains(s), "{s:?} is not inside a paragraph");
        }
        for t in &doc.tokens {
            assert!(!t.text(text).contains(char::is_whitespace), "token {t:?} holds whitespace");
        }
        for s in &doc.sentences {
            let t = s.text(text);
            assert_eq!(t, t.trim(), "sentence {s:?} is not trimmed");
        }
    }
    check_spans("sentences()", text, &dossier_segment::sentences(text));
    check_spans("tokens()", text, &dossier_segment::tokens(text));
}

fn structured() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(" ".to_string()),
        Just("\n".to_string()),
        Just(". ".to_string()),
        Just("...".to_string()),
        Just("…".to_string()),
        Just("?!".to_string()),
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("’s".to_string()),
        Just("'s".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just("—".to_string()),
        Just("- ".to_string()),
        Just("U.S.".to_string()),
        Just("Dr.".to_string()),
        Just("No. 1".to_string()),
        Just("A. B.".to_string()),
        Just("The".to_string()),
        Just("word".to_string()),
        Just("Новости".to_string()),
        Just("2.5%".to_string()),
        Just("\u{a0}".to_string()),
        "[ -~]{0,8}",
        "\\PC{0,4}",
    ];
    prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn random_unicode(text in "\\PC{0,300}") {
        check(&text);
    }

    #[test]
    fn random_chars_and_lines(text in "(\\PC|\n|\r|\t|\u{2028}|\u{a0}){0,300}") {
        check(&text);
    }

    #[test]
    fn structured_text(text in structured()) {
        check(&text);
    }

    #[test]
    fn runs_of_one_character(c in any::<char>(), n in 0usize..5000, sep in 0usize..3) {
        let unit = match sep {
            0 => c.to_string(),
            1 => format!("{c} "),
            _ => format!("{c}\n"),
        };
        check(&unit.repeat(n));
    }
}

#[test]
fn pathological_inputs_do_not_panic() {
    for text in [
        "x".repeat(1 << 20),
        "word\n".repeat(200_000),
        "—".repeat(1 << 19),
        "a—".repeat(1 << 19),
        "-".repeat(1 << 20),
        "\"".repeat(1 << 20),
        ".".repeat(1 << 20),
        "... ".repeat(1 << 18),
        "U.S. ".repeat(100_000),
        "A. B. C. D. ".repeat(100_000),
        "Dr. ".repeat(100_000),
    ] {
        check(&text);
    }
}
