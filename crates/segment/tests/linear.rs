//! Segmentation takes time linear in the text's length, whatever the text: doubling a
//! pathological input must not multiply the time by more than 2.5 (see `timing`).

// The timing harness is shared with the clean crate's linear-time tests.
#[path = "../../clean/tests/timing/mod.rs"]
mod timing;

use dossier_document::{Document, Span};

/// The document as the pipeline hands it over after cleaning: one paragraph per non-blank line.
fn prepare(text: String) -> Document {
    let mut paragraphs = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim_end();
        let lead = t.len() - t.trim_start().len();
        if !t.trim().is_empty() {
            paragraphs.push(Span::new(at + lead, at + t.len()));
        }
        at += line.len();
    }
    Document { text, paragraphs, ..Default::default() }
}

fn assert_linear(name: &str, unit: &str) {
    timing::assert_linear(name, unit, prepare, |mut doc| dossier_segment::segment(&mut doc));
}

macro_rules! linear {
    ($($name:ident: $unit:expr;)*) => {
        $(
            #[test]
            fn $name() {
                assert_linear(stringify!($name), $unit);
            }
        )*
    };
}

linear! {
    prose: "The U.S. President met Dr. Lee on Monday, officials said. \"It is over,\" he said.\n";
    no_newline_words: "word ";
    no_whitespace: "a";
    one_word_lines: "word\n";
    hyphens: "-";
    spaced_hyphens: "- ";
    em_dashes: "—";
    spaced_em_dashes: "a—b ";
    quotes: "\"";
    curly_quotes: "“”";
    closing_brackets: ")";
    full_stops: ".";
    spaced_full_stops: ". ";
    ellipses: "...";
    spaced_ellipses: "... ";
    ellipsis_chars: "…";
    spaced_ellipsis_chars: "A… ";
    digits: "7";
    decimals: "1.5.";
    initialisms: "U.S. ";
    initials: "A. B. C. D. ";
    abbreviations: "Dr. Mr. No. 1 etc. ";
    joined_initials: "A.B.C.D.";
    questions: "Why? ";
    bangs: "!";
    possessives: "'s";
    apostrophes: "’";
    bylines: "By John Smith\n";
    link_lists: "Read also:\n- Flood Warning Lifted\n";
    spaces: " ";
    blank_lines: "\n";
    tabs_and_nbsp: "\t\u{a0}x";
    cyrillic: "Привет. Мир. ";
    long_word_then_stop: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa. B ";
}
