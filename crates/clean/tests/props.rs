//! Property tests: cleaning never panics, and whatever the input its output is consistent: the
//! text is the raw text minus the removed spans, and every span is in range, on character
//! boundaries and in order.

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

fn check(raw: &str) {
    let mut doc = Document { raw: raw.to_string(), ..Default::default() };
    dossier_clean::clean(&mut doc);
    let removed: Vec<Span> = doc.removed.iter().map(|r| Span::new(r.start, r.end)).collect();
    check_spans("removed", raw, &removed);
    // The text is exactly the raw text without the removed spans.
    let mut kept = String::new();
    let mut at = 0;
    for r in &removed {
        kept.push_str(&raw[at..r.start]);
        at = r.end;
    }
    kept.push_str(&raw[at..]);
    assert_eq!(kept, doc.text);
    check_spans("paragraphs", &doc.text, &doc.paragraphs);
    check_spans("headings", &doc.text, &doc.headings);
    for h in &doc.headings {
        assert!(!doc.paragraphs.iter().any(|p| p.overlaps(h)), "heading {h:?} in a paragraph");
    }
    for p in doc.paragraphs.iter().chain(&doc.headings) {
        let t = p.text(&doc.text);
        assert_eq!(t, t.trim(), "paragraph {p:?} is not trimmed");
    }
    // Offsets map back to the same characters in the raw text.
    for p in &doc.paragraphs {
        let (a, b) = (doc.to_raw(p.start), doc.to_raw(p.end - 1));
        assert!(a <= b && b < raw.len());
    }
}

/// Text built from the pieces that drive cleaning's rules.
fn structured() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("Read also:".to_string()),
        Just("Related".to_string()),
        Just("Latest news".to_string()),
        Just("- ".to_string()),
        Just("• ".to_string()),
        Just("By ".to_string()),
        Just("Author: ".to_string()),
        Just("Also read: ".to_string()),
        Just("This article was machine translated from German.".to_string()),
        Just("Переведено с помощью".to_string()),
        Just("John Smith".to_string()),
        Just("Harbour Expansion Approved".to_string()),
        Just("The vote was close, officials said.".to_string()),
        Just("U.S. ".to_string()),
        Just("A. B. ".to_string()),
        Just("...".to_string()),
        Just("\u{212A}\u{130}".to_string()),
        Just("\0".to_string()),
        "[ -~]{0,12}",
        "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn random_unicode(raw in "\\PC{0,300}") {
        check(&raw);
    }

    #[test]
    fn random_chars_and_lines(raw in "(\\PC|\n|\r|\t|\u{2028}){0,300}") {
        check(&raw);
    }

    #[test]
    fn structured_lines(raw in structured()) {
        check(&raw);
    }

    #[test]
    fn runs_of_one_character(c in any::<char>(), n in 0usize..5000, nl in any::<bool>()) {
        let unit = if nl { format!("{c}\n") } else { c.to_string() };
        check(&unit.repeat(n));
    }
}

#[test]
fn pathological_inputs_do_not_panic() {
    for raw in [
        "x".repeat(1 << 20),
        "word\n".repeat(200_000),
        "-".repeat(1 << 20),
        "\"".repeat(1 << 20),
        "U.S. ".repeat(100_000),
        "A. B. C. D. ".repeat(100_000),
        "By John Smith\n".repeat(100_000),
        "Read also:\n- Flood Warning Lifted\n".repeat(100_000),
        "\0".repeat(1 << 20),
    ] {
        check(&raw);
    }
}
