//! Property tests: named entities and roles over hostile text never panic, and every mention is a
//! sorted, non-overlapping slice of the text on character boundaries.
//!
//! The document is built the way the pipeline builds it (clean, then segment, then annotate), and
//! also with no segmentation and with a nonsensical one, since the stage must cope with either.

use dossier_document::{Document, EntityMention, Span};
use dossier_entities::{roles, tokenize, TYPES};
use proptest::prelude::*;

/// Checks the entity and role layers of an annotated document.
fn check(doc: &Document) {
    let text = &doc.text;
    let mut prev_end = 0;
    for e in &doc.entities {
        assert!(e.start < e.end, "empty mention {e:?}");
        assert!(e.end <= text.len(), "mention past the end {e:?}");
        assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end), "{e:?}");
        assert!(e.start >= prev_end, "mentions out of order or overlapping at {e:?}");
        assert_eq!(&text[e.start..e.end], e.text);
        assert!(TYPES.contains(&e.label.as_str()), "label {e:?}");
        prev_end = e.end;
    }
    let mut prev_end = 0;
    for r in &doc.roles {
        assert!(r.start < r.end, "empty role {r:?}");
        assert!(r.end <= text.len(), "role past the end {r:?}");
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end), "{r:?}");
        assert!(r.start >= prev_end, "roles out of order or overlapping at {r:?}");
        assert_eq!(&text[r.start..r.end], r.text);
        let person = r.entity.as_deref().expect("a role names its person");
        assert!(
            doc.entities.iter().any(|e| e.label == "PER" && e.entity == person),
            "role {r:?} names no person mention"
        );
        prev_end = r.end;
    }
}

/// Clean, segment and annotate, as the pipeline does.
fn pipeline(raw: &str) -> Document {
    let mut doc = Document { raw: raw.to_string(), ..Default::default() };
    dossier_clean::clean(&mut doc);
    dossier_segment::segment(&mut doc);
    dossier_entities::annotate(&mut doc);
    check(&doc);
    doc
}

/// Annotate with no segmentation (the stage splits sentences itself).
fn unsegmented(text: &str) -> Document {
    let mut doc = Document { text: text.to_string(), ..Default::default() };
    dossier_entities::annotate(&mut doc);
    check(&doc);
    doc
}

fn all_ways(text: &str) {
    pipeline(text);
    unsegmented(text);
}

/// Words a title phrase or a name is made of, and the punctuation around them.
const VOCAB: &[&str] = &[
    "President",
    "president",
    "Kremlin",
    "aide",
    "the",
    "head",
    "of",
    "The",
    "Head",
    "Of",
    "press",
    "secretary",
    "Foreign",
    "Minister",
    "minister",
    "CIA",
    "Director",
    "U.S.",
    "Russian",
    "Ivan",
    "Petrov",
    "Petrov's",
    "Jane",
    "Roe",
    "Anna",
    "bin",
    "al",
    "de",
    "van",
    "White",
    "House",
    "Berlin",
    "Moscow",
    "Bank",
    "for",
    "Middle",
    "East",
    ",",
    ".",
    "--",
    "-",
    "\u{2014}",
    "\"",
    "'",
    "'s",
    "\u{201C}",
    "\u{201D}",
    "\u{2019}s",
    "(",
    ")",
    "said",
    "who",
    "and",
    ";",
    "V.V.",
    "J.",
    "Mr.",
    "don't",
    "Nations'",
    "\u{00AB}",
    "\u{00BB}",
    "...",
    "\n",
    "\n\n",
    "ПУТИН",
    "Путин",
    "北京",
    "\u{0301}",
    "\u{200B}",
    "\u{FEFF}",
    "\u{00A0}",
    "İ",
    "ß",
    "\u{212A}",
];

/// Capitalised-word soups and title-word soups, joined by spaces or by nothing.
fn soup() -> impl Strategy<Value = String> {
    (prop::collection::vec(prop::sample::select(VOCAB), 0..120), any::<bool>()).prop_map(
        |(words, spaced)| {
            if spaced {
                words.join(" ")
            } else {
                words.concat()
            }
        },
    )
}

/// A long run of one character (or short string), possibly inside other text.
fn run() -> impl Strategy<Value = String> {
    let unit = prop_oneof![
        prop::sample::select(vec![
            "-",
            "\"",
            "'",
            ".",
            ",",
            "\u{2014}",
            "\u{2019}",
            "A",
            "a",
            " ",
            "\n",
            "\u{201C}",
            "Berlin ",
            "President ",
            "Ivan Petrov ",
            "bin ",
            "the head of the ",
            "No. ",
            "A.",
            "'s",
            "--",
            "\u{0301}",
            "É",
        ])
        .prop_map(str::to_string),
        "\\PC{1,3}",
    ];
    (unit, 1usize..3000, "\\PC{0,20}", "\\PC{0,20}")
        .prop_map(|(u, n, a, b)| format!("{a}{}{b}", u.repeat(n)))
}

fn config(cases: u32) -> ProptestConfig {
    // No regressions file: a failing case is printed, shrunk, and belongs in a named test.
    ProptestConfig {
        cases,
        max_shrink_iters: 200,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(200))]

    #[test]
    fn random_bytes_decoded_lossily(bytes in prop::collection::vec(any::<u8>(), 0..1500)) {
        all_ways(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn random_unicode(text in "\\PC{0,400}") {
        all_ways(&text);
    }

    #[test]
    fn any_chars_at_all(text in prop::collection::vec(any::<char>(), 0..300)) {
        all_ways(&text.into_iter().collect::<String>());
    }

    #[test]
    fn word_soups(text in soup()) {
        all_ways(&text);
    }

    #[test]
    fn long_runs(text in run()) {
        all_ways(&text);
    }

    #[test]
    fn soups_around_runs(a in soup(), r in run(), b in soup()) {
        all_ways(&format!("{a} {r} {b}"));
    }

    /// Whatever spans a segmenter hands over (unordered, overlapping, out of range, inside a
    /// character), the stage neither panics nor returns a bad mention.
    #[test]
    fn nonsensical_segmentation(
        text in soup(),
        sentences in prop::collection::vec((0usize..700, 0usize..700), 0..8),
        tokens in prop::collection::vec((0usize..700, 0usize..700), 0..80),
        sort in any::<bool>(),
    ) {
        let spans = |v: Vec<(usize, usize)>| -> Vec<Span> {
            let mut v: Vec<Span> = v.into_iter().map(|(a, b)| Span::new(a, b)).collect();
            if sort {
                v.sort_by_key(|s| (s.start, s.end));
            }
            v
        };
        let mut doc = Document {
            text,
            sentences: spans(sentences),
            tokens: spans(tokens),
            ..Default::default()
        };
        dossier_entities::annotate(&mut doc);
        check(&doc);
    }
}

proptest! {
    #![proptest_config(config(200))]

    /// The role finder given any mentions at all (overlapping, unordered, off token boundaries,
    /// even ending before they start) over real tokens: no panic, and roles are token-aligned
    /// slices of the text in order.
    #[test]
    fn role_finder_with_any_mentions(
        text in soup(),
        picks in prop::collection::vec(
            (0usize..400, 0usize..400, prop::sample::select(&TYPES[..]), any::<bool>()),
            0..40,
        ),
    ) {
        let sentences = tokenize::rough_sentences(&text);
        let toks: Vec<Span> = sentences.iter().flatten().copied().collect();
        let ents: Vec<EntityMention> = picks
            .into_iter()
            .map(|(a, b, label, aligned)| {
                // Aligned: from the start of token a to the end of token b (when there are tokens).
                let (start, end) = match (aligned, toks.get(a % toks.len().max(1))) {
                    (true, Some(t)) => (t.start, toks[b % toks.len()].end),
                    _ => (a, b),
                };
                let t = text.get(start..end).unwrap_or("x").to_string();
                EntityMention { start, end, text: t.clone(), label: label.into(), entity: t }
            })
            .collect();
        let found = roles::find(&text, &sentences, &ents);
        let mut prev_end = 0;
        for r in &found {
            prop_assert!(r.start < r.end && r.end <= text.len());
            prop_assert!(toks.iter().any(|t| t.start == r.start));
            prop_assert!(toks.iter().any(|t| t.end == r.end));
            prop_assert_eq!(&text[r.start..r.end], r.text.as_str());
            prop_assert!(r.start >= prev_end);
            prev_end = r.end;
        }
    }
}

#[test]
fn title_phrases_in_hostile_company() {
    for text in [
        "Kremlin aide Ivan Petrov, the head of the Ruritanian Bank, said so.",
        "the head of the the head of the the head of the , Ivan Petrov",
        "Ivan Petrov, the, the press secretary of the , , Anna Roe",
        ", President",
        "President ,",
        "Ivan Petrov , President",
        "'s 's 's Ivan Petrov's President's",
        "President\u{0301} Ivan\u{0301} Petrov\u{0301}",
        "ПРЕЗИДЕНТ Путин, глава Кремля",
    ] {
        all_ways(text);
        all_ways(&text.repeat(50));
    }
}

#[test]
fn empty_and_whitespace() {
    for text in ["", " ", "\n", "\u{00A0}", "\u{FEFF}", "\u{200B}", "\t\r\n"] {
        all_ways(text);
    }
}
