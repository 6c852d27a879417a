//! Segmentation: sentences and tokens over the cleaned text.
//!
//! Sentences never cross a line: cleaning leaves one paragraph per line, and headings get tokens
//! but no sentences. Inside a paragraph a sentence ends at `.`, `!`, `?` or `…` (with any closing
//! quotes and brackets after it) when whitespace and a plausible sentence start follow. A full stop
//! after an abbreviation ("Dr.", "No. 1"), an initial or an initialism ("V.V. Putin", "U.S.
//! President") does not end the sentence, unless the next word is one that typically opens a
//! sentence. The word lists are data under `resources/en/segment/`.
//!
//! The tokenizer splits on whitespace, then peels punctuation off the edges of each word, keeps
//! the full stop of abbreviations and initials, and splits possessive `'s` — close to the
//! Penn Treebank conventions that CoNLL-style taggers expect. Both passes scan bytes with ASCII
//! fast paths and allocate only the output vectors.

mod resources;

use dossier_document::{Document, Span};
use resources::Resources;

/// Fills `doc.sentences` and `doc.tokens` from the paragraphs and headings found by cleaning.
/// When no paragraphs are known (cleaning was skipped) every non-blank line is a paragraph.
pub fn segment(doc: &mut Document) {
    let res = resources::get();
    let text = doc.text.as_str();
    let mut sentences = Vec::with_capacity(text.len() / 120 + 1);
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut block = |span: Span, is_paragraph: bool| {
        tokenize_into(text, span, res, &mut tokens);
        if is_paragraph {
            split_sentences_into(text, span, res, &mut sentences);
        }
    };
    let (paragraphs, headings) = (&doc.paragraphs, &doc.headings);
    if paragraphs.is_empty() && headings.is_empty() {
        lines(text).for_each(|s| block(s, true));
    } else if is_sorted(paragraphs) && is_sorted(headings) {
        // Merge the two sorted lists in text order, without a combined copy of both.
        let (mut p, mut h) = (paragraphs.iter().peekable(), headings.iter().peekable());
        loop {
            match (p.peek(), h.peek()) {
                (Some(a), Some(b)) if b.start < a.start => block(*h.next().unwrap(), false),
                (Some(_), _) => block(*p.next().unwrap(), true),
                (None, Some(_)) => block(*h.next().unwrap(), false),
                (None, None) => break,
            }
        }
    } else {
        let mut blocks: Vec<(Span, bool)> = paragraphs.iter().map(|s| (*s, true)).collect();
        blocks.extend(headings.iter().map(|s| (*s, false)));
        blocks.sort_unstable_by_key(|(s, _)| s.start);
        blocks.into_iter().for_each(|(s, is_paragraph)| block(s, is_paragraph));
    }
    doc.sentences = sentences;
    doc.tokens = tokens;
}

fn is_sorted(spans: &[Span]) -> bool {
    spans.windows(2).all(|w| w[0].start <= w[1].start)
}

/// Non-blank lines of `text`, trimmed.
fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut at = 0;
    text.split_inclusive('\n').filter_map(move |l| {
        let start = at;
        at += l.len();
        let t = l.trim_end();
        let lead = t.len() - t.trim_start().len();
        (!t.trim().is_empty()).then(|| Span::new(start + lead, start + t.len()))
    })
}

/// Splits `text` into sentences, treating each line as a paragraph (a convenience for callers
/// that have plain strings).
pub fn sentences(text: &str) -> Vec<Span> {
    let res = resources::get();
    let mut out = Vec::new();
    for span in lines(text) {
        split_sentences_into(text, span, res, &mut out);
    }
    out
}

/// Tokenizes `text` (a convenience for callers that have plain strings).
pub fn tokens(text: &str) -> Vec<Span> {
    let res = resources::get();
    let mut out = Vec::new();
    for span in lines(text) {
        tokenize_into(text, span, res, &mut out);
    }
    out
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»' | '›')
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '(' | '[' | '“' | '‘' | '«' | '‹' | '„')
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '‒' | '―')
}

/// Could a sentence begin with `c`?
fn can_start_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_numeric()
        || is_opening(c)
        || is_dash(c)
        || (c.is_alphabetic() && !c.is_lowercase())
}

/// Skips whitespace and a leading dash that introduces a quotation or list item ("- Now, ...").
fn skip_lead(s: &str, mut i: usize) -> usize {
    let mut seen_dash = false;
    while let Some(c) = s[i..].chars().next() {
        if is_space(c) {
            i += c.len_utf8();
        } else if is_dash(c) && !seen_dash && s[i + c.len_utf8()..].starts_with(char::is_whitespace)
        {
            seen_dash = true;
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

/// The word that ends right before byte `end` (back to whitespace), without opening punctuation.
fn word_before(s: &str, end: usize) -> &str {
    let start = s[..end]
        .rfind(char::is_whitespace)
        .map(|i| i + s[i..].chars().next().unwrap().len_utf8())
        .unwrap_or(0);
    s[start..end].trim_start_matches(|c: char| is_opening(c) || is_dash(c))
}

/// The word that starts at byte `start`, without surrounding punctuation.
fn word_after(s: &str, start: usize) -> &str {
    let rest = &s[start..];
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    rest[..end].trim_matches(|c: char| !c.is_alphanumeric())
}

/// "U.S", "V.V", "J", "e.g": letters in groups of one or two, separated by full stops.
fn is_initialism(w: &str) -> bool {
    !w.is_empty()
        && w.split('.').all(|part| {
            let n = part.chars().count();
            (1..=2).contains(&n) && part.chars().all(char::is_alphabetic)
        })
        && (w.contains('.') || w.chars().count() == 1 && w.chars().all(char::is_uppercase))
}

/// Does the full stop after `word` belong to the word rather than end the sentence?
fn stop_belongs_to_word(word: &str, next_word: &str, res: &Resources) -> bool {
    if res.is_abbreviation(word) {
        return true;
    }
    if res.is_numeric_abbreviation(word) && next_word.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    if is_initialism(word) {
        return !res.is_sentence_starter(next_word);
    }
    false
}

fn trim_span_end(s: &str, start: usize, end: usize) -> usize {
    start + s[start..end].trim_end().len()
}

fn split_sentences_into(text: &str, para: Span, res: &Resources, out: &mut Vec<Span>) {
    let s = &text[para.start..para.end];
    let b = s.as_bytes();
    let mut start = skip_lead(s, 0);
    let mut i = start;
    // Jump from one possible terminator to the next with memchr; the ellipsis character is rare
    // enough that paragraphs holding one take the byte-by-byte path.
    let has_ellipsis =
        memchr::memchr(0xE2, b).is_some() && memchr::memmem::find(b, "…".as_bytes()).is_some();
    while i < b.len() {
        let next = if has_ellipsis {
            b[i..].iter().position(|&c| matches!(c, b'.' | b'!' | b'?' | 0xE2))
        } else {
            memchr::memchr3(b'.', b'!', b'?', &b[i..])
        };
        match next {
            Some(k) => i += k,
            None => break,
        }
        let c = b[i];
        let ellipsis = c == 0xE2 && s[i..].starts_with('…');
        if !(c == b'.' || c == b'!' || c == b'?' || ellipsis) {
            i += 1;
            continue;
        }
        // The run of terminators and closing marks.
        let mut j = i;
        let mut stops = 0;
        while let Some(ch) = s[j..].chars().next() {
            if matches!(ch, '.' | '!' | '?' | '…') {
                stops += 1;
                j += ch.len_utf8();
            } else {
                break;
            }
        }
        while let Some(ch) = s[j..].chars().next() {
            if is_closing(ch) {
                j += ch.len_utf8();
            } else {
                break;
            }
        }
        let Some(next) = s[j..].chars().next() else { break };
        if !is_space(next) {
            i = j.max(i + 1);
            continue;
        }
        let k = j + s[j..].len() - s[j..].trim_start().len();
        let Some(first) = s[k..].chars().next() else { break };
        if !can_start_sentence(first) {
            i = k;
            continue;
        }
        // ('on X. "Pakistan has ...': a lone capital before an opening quote ends a sentence.)
        let lone_before_quote =
            matches!(first, '"' | '\u{201C}') && word_before(s, i).chars().count() == 1;
        if c == b'.'
            && stops == 1
            && !lone_before_quote
            && stop_belongs_to_word(word_before(s, i), word_after(s, k), res)
        {
            i = k;
            continue;
        }
        let end = trim_span_end(s, start, j);
        if end > start {
            out.push(Span::new(para.start + start, para.start + end));
        }
        start = skip_lead(s, k);
        i = start;
    }
    let end = trim_span_end(s, start, s.len());
    if end > start {
        out.push(Span::new(para.start + start, para.start + end));
    }
}

/// Splits one whitespace-delimited chunk `[a, b)` of `s` into tokens.
fn tokenize_chunk(
    s: &str,
    a: usize,
    b: usize,
    offset: usize,
    res: &Resources,
    out: &mut Vec<Span>,
) {
    // Dashes inside a chunk ("crisis—Trump") separate words; hyphens do not. A loop, not
    // recursion: a chunk of a million dashes must not need a million stack frames.
    let mut piece = a;
    for (pos, ch) in s[a..b].char_indices().filter(|(_, c)| matches!(c, '–' | '—' | '―')) {
        let pos = a + pos;
        if pos > piece {
            tokenize_word(s, piece, pos, offset, res, out);
        }
        out.push(Span::new(offset + pos, offset + pos + ch.len_utf8()));
        piece = pos + ch.len_utf8();
    }
    if piece < b {
        tokenize_word(s, piece, b, offset, res, out);
    }
}

/// Splits one chunk `[a, b)` without inner dashes into tokens.
fn tokenize_word(
    s: &str,
    mut a: usize,
    mut b: usize,
    offset: usize,
    res: &Resources,
    out: &mut Vec<Span>,
) {
    // Leading punctuation.
    while a < b {
        let c = s[a..].chars().next().unwrap();
        if is_opening(c)
            || (is_dash(c)
                && a + c.len_utf8() < b
                && !s[a + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit()))
            || matches!(c, '¿' | '¡')
        {
            out.push(Span::new(offset + a, offset + a + c.len_utf8()));
            a += c.len_utf8();
        } else {
            break;
        }
    }
    // Trailing punctuation, collected in reverse.
    let mut trailing: [Span; 8] = [Span::default(); 8];
    let mut n = 0;
    while a < b && n < trailing.len() {
        let c = s[..b].chars().next_back().unwrap();
        let w = c.len_utf8();
        if c == '.' {
            if s[a..b].ends_with("...") && b - a > 3 {
                trailing[n] = Span::new(offset + b - 3, offset + b);
                n += 1;
                b -= 3;
                continue;
            }
            let core = &s[a..b - 1];
            // "said on X." at the end of a paragraph, before a quotation or before a word that
            // starts sentences ("wrote on X. He also ..."): a lone capital there is a word, and
            // the stop is the sentence's, as the sentence splitter decides.
            let lone_last = core.len() == 1 && {
                let rest = s[b..].trim_start();
                rest.is_empty()
                    || rest.starts_with(['"', '\u{201C}'])
                    || res.is_sentence_starter(word_after(s, s.len() - rest.len()))
            };
            if !core.is_empty()
                && (res.is_abbreviation(core)
                    || is_initialism(core) && !lone_last
                    || res.is_numeric_abbreviation(core))
            {
                break;
            }
            trailing[n] = Span::new(offset + b - 1, offset + b);
            n += 1;
            b -= 1;
        } else if matches!(c, ',' | ';' | ':' | '!' | '?' | '…' | '%') || is_closing(c) {
            // An apostrophe closing a plural possessive ("leaders'") is its own token too.
            trailing[n] = Span::new(offset + b - w, offset + b);
            n += 1;
            b -= w;
        } else {
            break;
        }
    }
    if a < b {
        // Possessive 's / ’s.
        let core = &s[a..b];
        let poss =
            ["'s", "’s", "'S", "’S"].iter().find(|p| core.len() > p.len() && core.ends_with(*p));
        if let Some(p) = poss {
            let cut = b - p.len();
            out.push(Span::new(offset + a, offset + cut));
            out.push(Span::new(offset + cut, offset + b));
        } else {
            out.push(Span::new(offset + a, offset + b));
        }
    }
    for t in trailing[..n].iter().rev() {
        out.push(*t);
    }
}

fn tokenize_into(text: &str, span: Span, res: &Resources, out: &mut Vec<Span>) {
    let s = &text[..span.end];
    let b = s.as_bytes();
    let mut i = span.start;
    while i < span.end {
        // Skip whitespace (ASCII fast path).
        let c = b[i];
        if c == b' ' || c == b'\t' || c == b'\r' || c == b'\n' {
            i += 1;
            continue;
        }
        if c >= 0x80 {
            let ch = s[i..].chars().next().unwrap();
            if ch.is_whitespace() {
                i += ch.len_utf8();
                continue;
            }
        }
        let mut j = i;
        // Plain words (ASCII letters and digits, perhaps with a trailing comma) are by far the
        // most common chunk; they skip the general punctuation handling.
        let mut plain = true;
        while j < span.end {
            let c = b[j];
            if c == b' ' || c == b'\t' || c == b'\r' || c == b'\n' {
                break;
            }
            plain &= c.is_ascii_alphanumeric();
            if c >= 0x80 {
                let ch = s[j..].chars().next().unwrap();
                if ch.is_whitespace() {
                    break;
                }
                j += ch.len_utf8();
            } else {
                j += 1;
            }
        }
        if plain {
            out.push(Span::new(i, j));
        } else if j - i > 1 && b[j - 1] == b',' && b[i..j - 1].iter().all(u8::is_ascii_alphanumeric)
        {
            out.push(Span::new(i, j - 1));
            out.push(Span::new(j - 1, j));
        } else {
            tokenize_chunk(s, i, j, 0, res, out);
        }
        i = j;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<&str> {
        sentences(t).into_iter().map(|s| s.text(t)).collect()
    }

    fn toks(t: &str) -> Vec<&str> {
        tokens(t).into_iter().map(|s| s.text(t)).collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        let t = "U.S. President Jane Roe met V.V. Petrov and J.D. Smith. Dr. Lee said No. 1 was Q1 2025 growth of 2.5 percent. It rose.";
        assert_eq!(
            sents(t),
            vec![
                "U.S. President Jane Roe met V.V. Petrov and J.D. Smith.",
                "Dr. Lee said No. 1 was Q1 2025 growth of 2.5 percent.",
                "It rose."
            ]
        );
    }

    #[test]
    fn initialism_before_sentence_starter_ends_sentence() {
        assert_eq!(
            sents("Talks were held in the U.S. The minister left."),
            vec!["Talks were held in the U.S.", "The minister left."]
        );
    }

    #[test]
    fn a_lone_capital_ending_a_paragraph_or_before_a_quotation_is_a_word() {
        let t = "He confirmed it in a post on X. \"We want peace,\" he wrote. Ask J. Smith.";
        assert_eq!(
            sents(t),
            vec![
                "He confirmed it in a post on X.",
                "\"We want peace,\" he wrote.",
                "Ask J. Smith."
            ]
        );
        assert!(toks(t).starts_with(&["He", "confirmed", "it", "in", "a", "post", "on", "X", "."]));
        assert!(toks(t).contains(&"J."));
        assert_eq!(toks("She wrote on X."), ["She", "wrote", "on", "X", "."]);
        assert_eq!(
            toks("She wrote on X. He agreed."),
            ["She", "wrote", "on", "X", ".", "He", "agreed", "."]
        );
        // An initial before a name keeps its stop.
        assert_eq!(toks("J. Smith came."), ["J.", "Smith", "came", "."]);
    }

    #[test]
    fn quotes_end_after_closing_mark() {
        let t = "He said \"it is over.\" Then he left. \"Why?\" she asked. “Fine,” he said.";
        assert_eq!(
            sents(t),
            vec![
                "He said \"it is over.\"",
                "Then he left.",
                "\"Why?\" she asked.",
                "“Fine,” he said."
            ]
        );
    }

    #[test]
    fn dash_led_quotation() {
        let t = "- We trade, but we do not trust. Now it is different,\" the expert said.";
        assert_eq!(
            sents(t),
            vec!["We trade, but we do not trust.", "Now it is different,\" the expert said."]
        );
    }

    #[test]
    fn lowercase_after_stop_is_not_a_boundary() {
        assert_eq!(
            sents("Apples, pears etc. are sold here."),
            vec!["Apples, pears etc. are sold here."]
        );
    }

    #[test]
    fn tokens_follow_treebank_conventions() {
        assert_eq!(
            toks("“Putin’s aide,” he said."),
            vec!["“", "Putin", "’s", "aide", ",", "”", "he", "said", "."]
        );
        assert_eq!(
            toks("The U.S. and J.D. Vance (Ohio)."),
            vec!["The", "U.S.", "and", "J.D.", "Vance", "(", "Ohio", ")", "."]
        );
        assert_eq!(
            toks("in-person talks—finally... 16.5%"),
            vec!["in-person", "talks", "—", "finally", "...", "16.5", "%"]
        );
        assert_eq!(toks("Новости дня"), vec!["Новости", "дня"]);
    }

    #[test]
    fn segment_uses_paragraphs_and_headings() {
        let text = "A Heading Here\nOne sentence. Two sentence.\n";
        let mut d = Document {
            text: text.into(),
            headings: vec![Span::new(0, 14)],
            paragraphs: vec![Span::new(15, 42)],
            ..Default::default()
        };
        segment(&mut d);
        assert_eq!(d.sentences.len(), 2);
        assert_eq!(d.tokens.len(), 3 + 6);
        assert!(d.sentences.iter().all(|s| s.start >= 15));
    }

    #[test]
    fn blocks_in_any_order_give_the_same_result() {
        let text = "A Heading Here\nOne sentence. Two.\nAnother Heading\nThree. Four.\n";
        let spans = |t: &str| -> Vec<Span> {
            let mut at = 0;
            t.split_inclusive('\n')
                .map(|l| {
                    let s = Span::new(at, at + l.trim_end().len());
                    at += l.len();
                    s
                })
                .collect()
        };
        let all = spans(text);
        let sorted = Document {
            text: text.into(),
            headings: vec![all[0], all[2]],
            paragraphs: vec![all[1], all[3]],
            ..Default::default()
        };
        let mut reversed = sorted.clone();
        reversed.headings.reverse();
        reversed.paragraphs.reverse();
        let (mut a, mut b) = (sorted, reversed);
        segment(&mut a);
        segment(&mut b);
        assert_eq!(a.tokens, b.tokens);
        assert_eq!(a.sentences, b.sentences);
        assert_eq!(a.sentences.len(), 4);
        assert_eq!(a.tokens.len(), 3 + 5 + 2 + 4);
    }
}
