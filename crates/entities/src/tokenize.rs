//! Tokens as the tagger wants them.
//!
//! The model was trained on newswire tokenised in the Penn Treebank way: possessive `'s` and
//! `n't` are tokens of their own, quotes and brackets stand apart, while "U.S.", "V.V." and
//! "Russian-born" stay whole. Segmenters differ in these details, so the stage re-splits whatever
//! tokens it is given with these rules; a token already split the same way is left alone.

use dossier_document::{Document, Span};

/// Words that keep their final period.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "lt", "col", "sgt", "capt", "cmdr",
    "adm", "gov", "sen", "rep", "pres", "rev", "messrs", "inc", "corp", "co", "ltd", "plc", "bros",
    "vs", "etc", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "mt", "ft", "fig", "approx", "dept", "univ", "assn", "ave", "blvd", "e.g",
    "i.e",
];

fn is_open_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | '['
            | '{'
            | '<'
            | '\u{201C}'
            | '\u{201E}'
            | '\u{2018}'
            | '\u{00AB}'
            | '\u{201D}'
            | '\u{2019}'
            | '`'
    )
}
fn is_close_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | ')'
            | ']'
            | '}'
            | '>'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '\u{201D}'
            | '\u{2019}'
            | '\u{00BB}'
            | '\u{2026}'
            | '\u{201C}'
    )
}

/// Longest entry of [`ABBREVIATIONS`], in characters.
const ABBREVIATION_MAX: usize = 6;

/// Keeps the final period of `w` (which ends in '.') as part of the word?
#[cfg(test)]
fn keeps_period(w: &str) -> bool {
    let core = &w[..w.len() - 1];
    let dotted = core.contains('.') && core.chars().all(|c| c.is_alphabetic() || c == '.');
    keeps_period_given(core, dotted)
}

/// [`keeps_period`] for the word `core` + ".", told whether `core` is a dotted abbreviation (has
/// a period and nothing but letters and periods). Looks at no more than the first few characters
/// of `core`, so that peeling many trailing periods off one long word stays linear.
pub(crate) fn keeps_period_given(core: &str, dotted: bool) -> bool {
    let mut chars = core.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    // Initials and dotted abbreviations: "J.", "U.S.", "V.V."
    if chars.next().is_none() && first.is_alphabetic() {
        return true;
    }
    if dotted {
        return true;
    }
    // Lower-casing never makes fewer characters, so a longer word is no abbreviation.
    if core.chars().nth(ABBREVIATION_MAX).is_some() {
        return false;
    }
    if core.is_ascii() {
        return ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(core));
    }
    let lower = core.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// Bytes that may make [`split_word`] split an ASCII word: punctuation that opens or closes a
/// word, the period, the apostrophe of a clitic and the hyphen of a double hyphen.
fn splits_ascii(b: u8) -> bool {
    matches!(
        b,
        b'"' | b'\''
            | b'('
            | b')'
            | b'['
            | b']'
            | b'{'
            | b'}'
            | b'<'
            | b'>'
            | b','
            | b';'
            | b':'
            | b'!'
            | b'?'
            | b'`'
            | b'.'
            | b'-'
    )
}

/// Clitics that are tokens of their own in the training data.
const CLITICS: &[&str] = &["'s", "'re", "'ve", "'ll", "'d", "'m", "n't"];

/// Whether `w` is a clitic alone ("'s", "’S", "n't"), in either apostrophe and any case.
fn is_clitic(w: &str) -> bool {
    if w.len() > 5 || !w.contains(['\'', '\u{2019}']) {
        return false;
    }
    let w = w.replace('\u{2019}', "'");
    CLITICS.iter().any(|c| c.eq_ignore_ascii_case(&w))
}

/// Splits one whitespace-free word at `text[start..end]` into tokens, appending to `out`.
pub fn split_word(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    // Most words are ASCII with nothing to split off: one token, found without a look at
    // every rule below.
    let word = &text.as_bytes()[start..end];
    if word.iter().all(|&b| b.is_ascii() && !splits_ascii(b)) {
        if start < end {
            out.push(Span::new(start, end));
        }
        return;
    }
    // A clitic the segmenter split off already ("'s", "n't") is one token, as in the
    // training data; its apostrophe is no opening quote.
    if is_clitic(&text[start..end]) {
        out.push(Span::new(start, end));
        return;
    }
    let mut s = start;
    let mut e = end;
    // Leading punctuation, one character a token.
    while s < e {
        let c = text[s..e].chars().next().unwrap();
        if is_open_punct(c) && e - s > c.len_utf8() {
            out.push(Span::new(s, s + c.len_utf8()));
            s += c.len_utf8();
        } else {
            break;
        }
    }
    // Trailing punctuation, collected in reverse. The word only shrinks from its end, so where
    // its prefix stops being all letters and periods, and where its first period and first
    // non-period are, are found once here rather than rescanned for every character peeled off.
    let mut first_dot = e;
    let mut first_not_dot = e;
    let mut first_not_dotted = e;
    for (k, c) in text[s..e].char_indices() {
        let k = s + k;
        if c == '.' {
            first_dot = first_dot.min(k);
        } else {
            first_not_dot = first_not_dot.min(k);
            if !c.is_alphabetic() {
                first_not_dotted = k;
                break;
            }
        }
    }
    // The trailing tokens go into `out` as they are peeled off (last first), and are moved
    // behind the word's own tokens at the end.
    let tail_at = out.len();
    loop {
        if s >= e {
            break;
        }
        let w = &text[s..e];
        let c = w.chars().next_back().unwrap();
        let cl = c.len_utf8();
        if w.len() == cl {
            break;
        }
        if c == '.' {
            // The word without its final period, `text[s..e - 1]`: a dotted abbreviation when it
            // has a period and nothing but letters and periods.
            let dotted = first_dot < e - 1 && e - 1 <= first_not_dotted;
            let all_dots = first_not_dot >= e;
            if keeps_period_given(&text[s..e - 1], dotted) || w.ends_with("..") && all_dots {
                break;
            }
            if w.ends_with("...") {
                out.push(Span::new(e - 3, e));
                e -= 3;
                continue;
            }
            out.push(Span::new(e - 1, e));
            e -= 1;
            continue;
        }
        // A plural possessive ("Nations'") or closing quote.
        if is_close_punct(c) {
            out.push(Span::new(e - cl, e));
            e -= cl;
            continue;
        }
        break;
    }
    let tail_len = out.len() - tail_at;
    // Em dashes and double hyphens inside a word separate words.
    {
        let w = &text[s..e];
        let mut at = s;
        let mut chars = w.char_indices().peekable();
        while let Some((off, c)) = chars.next() {
            let dash_len = if c == '\u{2014}' || c == '\u{2015}' {
                c.len_utf8()
            } else if c == '-' && chars.peek().is_some_and(|&(_, n)| n == '-') {
                2
            } else {
                0
            };
            if dash_len > 0 && off > 0 {
                let abs = s + off;
                if abs > at {
                    clitic_split(text, Span::new(at, abs), out);
                }
                out.push(Span::new(abs, abs + dash_len));
                at = abs + dash_len;
                if dash_len == 2 {
                    chars.next();
                }
            }
        }
        if at < e {
            clitic_split(text, Span::new(at, e), out);
        }
    }
    // Move the trailing tokens, in text order, behind the word's own.
    out[tail_at..tail_at + tail_len].reverse();
    out[tail_at..].rotate_left(tail_len);
}

/// Pushes the piece `p` of a word, split before a clitic: "Putin's" -> "Putin" "'s"; "don't"
/// -> "do" "n't".
fn clitic_split(text: &str, p: Span, out: &mut Vec<Span>) {
    let w = p.text(text);
    // Every clitic starts with an apostrophe, and no character lower-cases to one.
    if !w.contains(['\'', '\u{2019}']) {
        out.push(p);
        return;
    }
    let lw = w.to_lowercase();
    let mut split_at = None;
    for suf in [
        "'s",
        "\u{2019}s",
        "'re",
        "\u{2019}re",
        "'ve",
        "\u{2019}ve",
        "'ll",
        "\u{2019}ll",
        "'d",
        "\u{2019}d",
        "'m",
        "\u{2019}m",
    ] {
        if lw.ends_with(suf) && lw.len() > suf.len() {
            split_at = Some(p.end - suf.len());
            break;
        }
    }
    if split_at.is_none() {
        for suf in ["n't", "n\u{2019}t"] {
            if lw.ends_with(suf) && lw.len() > suf.len() {
                split_at = Some(p.end - suf.len());
                break;
            }
        }
    }
    match split_at {
        Some(k) if text.is_char_boundary(k) => {
            out.push(Span::new(p.start, k));
            out.push(Span::new(k, p.end));
        }
        _ => out.push(p),
    }
}

/// Tokenises `text[span]`: whitespace, then [`split_word`].
pub fn tokenize(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text[span.start..span.end].char_indices() {
        let i = span.start + i;
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                split_word(text, s, i, &mut out);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        split_word(text, s, span.end, &mut out);
    }
    out
}

/// Splits text into rough sentences (lines, then sentence-final punctuation before a capital),
/// for when no segmenter has run.
pub fn rough_sentences(text: &str) -> Vec<Vec<Span>> {
    let mut out = Vec::new();
    each_rough_sentence(text, &mut |s| out.push(s.to_vec()));
    out
}

/// [`rough_sentences`], one sentence at a time: holds one line's tokens at once.
fn each_rough_sentence(text: &str, f: &mut dyn FnMut(&[Span])) {
    let mut line_start = 0;
    let mut cur = Vec::new();
    for line in text.split_inclusive('\n') {
        let span = Span::new(line_start, line_start + line.len());
        line_start += line.len();
        let toks = tokenize(text, span);
        cur.clear();
        for (k, t) in toks.iter().enumerate() {
            cur.push(*t);
            let w = t.text(text);
            let next_cap = toks.get(k + 1).is_some_and(|n| {
                n.text(text)
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c == '"' || c == '\u{201C}')
            });
            if matches!(w, "." | "!" | "?" | "...") && next_cap {
                f(&cur);
                cur.clear();
            }
        }
        if !cur.is_empty() {
            f(&cur);
        }
    }
}

/// Whether `span` is a non-empty slice of `text` on character boundaries.
fn valid(text: &str, span: Span) -> bool {
    !span.is_empty()
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

/// The document's sentences as lists of tagger tokens.
///
/// The tokens come out in text order and never overlap, whatever the segmentation: a sentence or
/// token that is empty, out of range, off a character boundary or behind the previous one is
/// skipped (a segmenter's output never has one), so later stages can rely on that order.
pub fn sentences_for(doc: &Document) -> Vec<Vec<Span>> {
    let mut out = Vec::with_capacity(doc.sentences.len());
    each_sentence(doc, &mut |s| out.push(s.to_vec()));
    out
}

/// The most tokens the tagger takes as one sentence: a longer run (a page of punctuation, a
/// table flattened into one line) is tagged in pieces of this many tokens, so that the work
/// and memory of one sentence stay bounded and the cost per token does not grow with the run
/// (its arrays stay within the caches). No sentence of prose comes near it.
pub const MAX_SENTENCE_TOKENS: usize = 4096;

/// `toks` handed to `f` in pieces of at most [`MAX_SENTENCE_TOKENS`].
fn in_pieces(toks: &[Span], f: &mut dyn FnMut(&[Span])) {
    for piece in toks.chunks(MAX_SENTENCE_TOKENS) {
        f(piece);
    }
}

/// [`sentences_for`], one sentence at a time: `f` gets each non-empty sentence's tokens, in
/// order, and only one sentence's tokens are held at once.
pub fn each_sentence(doc: &Document, f: &mut dyn FnMut(&[Span])) {
    if doc.sentences.is_empty() {
        return each_rough_sentence(&doc.text, &mut |s| in_pieces(s, f));
    }
    let text = &doc.text;
    // End of the last token kept.
    let mut done = 0;
    let mut toks = Vec::new();
    for s in &doc.sentences {
        if !valid(text, *s) || s.start < done {
            continue;
        }
        let r = doc.tokens_in(*s);
        toks.clear();
        if r.is_empty() {
            toks = tokenize(text, *s);
        } else {
            for t in &doc.tokens[r] {
                if !valid(text, *t) || t.start < done || !s.contains(t) {
                    continue;
                }
                let w = t.text(text);
                if w.chars().any(char::is_whitespace) {
                    toks.extend(tokenize(text, *t));
                } else {
                    split_word(text, t.start, t.end, &mut toks);
                }
                done = t.end;
            }
        }
        if let Some(last) = toks.last() {
            done = last.end;
            in_pieces(&toks, f);
        }
    }
}

/// A document's tagger tokens, kept compactly (8 bytes a token) so that the stage can go over
/// them several times without splitting them again.
pub struct TokenStore {
    /// Start and end of every token, sentence after sentence.
    toks: Vec<[u32; 2]>,
    /// Index in `toks` of the end of every sentence.
    ends: Vec<u32>,
}

impl TokenStore {
    /// The tokens of [`each_sentence`], or `None` when the text is too long for 32-bit offsets.
    pub fn new(doc: &Document) -> Option<TokenStore> {
        u32::try_from(doc.text.len()).ok()?;
        let mut st = TokenStore { toks: Vec::new(), ends: Vec::new() };
        each_sentence(doc, &mut |s| {
            st.toks.extend(s.iter().map(|t| [t.start as u32, t.end as u32]));
            st.ends.push(st.toks.len() as u32);
        });
        st.toks.shrink_to_fit();
        st.ends.shrink_to_fit();
        Some(st)
    }

    /// Calls `f` with every sentence's tokens, in order.
    pub fn each(&self, f: &mut dyn FnMut(&[Span])) {
        let mut buf = Vec::new();
        let mut from = 0;
        for &e in &self.ends {
            buf.clear();
            buf.extend(
                self.toks[from..e as usize].iter().map(|&[a, b]| Span::new(a as usize, b as usize)),
            );
            from = e as usize;
            f(&buf);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len())).iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn treebank_style() {
        assert_eq!(words("Putin's aide"), ["Putin", "'s", "aide"]);
        assert_eq!(words("Putin\u{2019}s aide"), ["Putin", "\u{2019}s", "aide"]);
        assert_eq!(
            words("V.V. Putin and J.D. Vance."),
            ["V.V.", "Putin", "and", "J.D.", "Vance", "."]
        );
        assert_eq!(words("the U.S. President"), ["the", "U.S.", "President"]);
        assert_eq!(
            words("\u{201C}Yes,\u{201D} he said (again)."),
            ["\u{201C}", "Yes", ",", "\u{201D}", "he", "said", "(", "again", ")", "."]
        );
        assert_eq!(words("Russian-born Mr. Smith"), ["Russian-born", "Mr.", "Smith"]);
        assert_eq!(words("talks\u{2014}again"), ["talks", "\u{2014}", "again"]);
        assert_eq!(words("don't"), ["do", "n't"]);
        assert_eq!(words("Владимир Путин."), ["Владимир", "Путин", "."]);
    }

    /// `keeps_period` as first written, rescanning the whole word: the reference for the
    /// version that peels long runs of periods in linear time.
    fn keeps_period_reference(w: &str) -> bool {
        let core = &w[..w.len() - 1];
        if core.is_empty() {
            return false;
        }
        if core.chars().count() == 1 && core.chars().all(char::is_alphabetic) {
            return true;
        }
        if core.contains('.') && core.chars().all(|c| c.is_alphabetic() || c == '.') {
            return true;
        }
        ABBREVIATIONS.contains(&core.to_lowercase().as_str())
    }

    #[test]
    fn a_run_longer_than_a_sentence_is_tagged_in_bounded_pieces() {
        let doc = Document { text: format!("x{}", ".,".repeat(6000)), ..Default::default() };
        let mut sizes = Vec::new();
        each_sentence(&doc, &mut |s| sizes.push(s.len()));
        assert!(sizes.len() >= 3, "{sizes:?}");
        assert!(sizes.iter().all(|&n| n <= MAX_SENTENCE_TOKENS), "{sizes:?}");
        assert_eq!(sizes.iter().sum::<usize>(), rough_sentences(&doc.text).concat().len());
    }

    #[test]
    fn final_periods() {
        for w in ["J.", "U.S.", "V.V.", "Mr.", "APPROX.", "e.g.", "Ft.", "a.b.c.", ".."] {
            assert!(keeps_period(w), "{w}");
        }
        for w in [".", "x1.", "approxx.", "Berlin.", "U.S.-.", "aa."] {
            assert!(!keeps_period(w), "{w}");
        }
        // Every word of up to five characters from a small alphabet, including a letter whose
        // lower case is ASCII (the Kelvin sign) and one that lower-cases to two characters.
        let alphabet = ['a', 'M', 'r', '.', ',', '1', '\u{212A}', '\u{0130}', 'o'];
        let mut all = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> =
                all.iter().flat_map(|w| alphabet.iter().map(move |c| format!("{w}{c}"))).collect();
            for w in &longer {
                let w = format!("{w}.");
                assert_eq!(keeps_period(&w), keeps_period_reference(&w), "{w}");
            }
            all = longer;
        }
        assert_eq!(words("He left."), ["He", "left", "."]);
        assert_eq!(words("xy.,.,"), ["xy", ".", ",", ".", ","]);
        assert_eq!(words("x.,.,"), ["x.", ",", ".", ","]);
        assert_eq!(words("....."), ["....."]);
    }

    #[test]
    fn a_clitic_split_off_already_stays_whole() {
        let text = "India 's n't ’S 'x";
        let mut out = Vec::new();
        for (s, e) in [(6, 8), (9, 12), (13, 17), (18, 20)] {
            split_word(text, s, e, &mut out);
        }
        let got: Vec<&str> = out.iter().map(|t| t.text(text)).collect();
        assert_eq!(got, ["'s", "n't", "’S", "'", "x"]);
    }

    /// `split_word` as first written (a list per piece, a lower-cased copy per word): the
    /// reference for the version that allocates nothing for most words.
    fn split_word_reference(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
        if is_clitic(&text[start..end]) {
            out.push(Span::new(start, end));
            return;
        }
        let mut s = start;
        let mut e = end;
        // Leading punctuation, one character a token.
        while s < e {
            let c = text[s..e].chars().next().unwrap();
            if is_open_punct(c) && e - s > c.len_utf8() {
                out.push(Span::new(s, s + c.len_utf8()));
                s += c.len_utf8();
            } else {
                break;
            }
        }
        // Trailing punctuation, collected in reverse. The word only shrinks from its end, so where
        // its prefix stops being all letters and periods, and where its first period and first
        // non-period are, are found once here rather than rescanned for every character peeled off.
        let mut first_dot = e;
        let mut first_not_dot = e;
        let mut first_not_dotted = e;
        for (k, c) in text[s..e].char_indices() {
            let k = s + k;
            if c == '.' {
                first_dot = first_dot.min(k);
            } else {
                first_not_dot = first_not_dot.min(k);
                if !c.is_alphabetic() {
                    first_not_dotted = k;
                    break;
                }
            }
        }
        let mut tail: Vec<Span> = Vec::new();
        loop {
            if s >= e {
                break;
            }
            let w = &text[s..e];
            let c = w.chars().next_back().unwrap();
            let cl = c.len_utf8();
            if w.len() == cl {
                break;
            }
            if c == '.' {
                // The word without its final period, `text[s..e - 1]`: a dotted abbreviation when it
                // has a period and nothing but letters and periods.
                let dotted = first_dot < e - 1 && e - 1 <= first_not_dotted;
                let all_dots = first_not_dot >= e;
                if keeps_period_given(&text[s..e - 1], dotted) || w.ends_with("..") && all_dots {
                    break;
                }
                if w.ends_with("...") {
                    tail.push(Span::new(e - 3, e));
                    e -= 3;
                    continue;
                }
                tail.push(Span::new(e - 1, e));
                e -= 1;
                continue;
            }
            // A plural possessive ("Nations'") or closing quote.
            if is_close_punct(c) {
                tail.push(Span::new(e - cl, e));
                e -= cl;
                continue;
            }
            break;
        }
        // Em dashes and double hyphens inside a word separate words.
        let mut pieces: Vec<Span> = Vec::new();
        {
            let w = &text[s..e];
            let mut at = s;
            let mut i = 0;
            let bytes: Vec<(usize, char)> = w.char_indices().collect();
            while i < bytes.len() {
                let (off, c) = bytes[i];
                let dash_len = if c == '\u{2014}' || c == '\u{2015}' {
                    c.len_utf8()
                } else if c == '-' && i + 1 < bytes.len() && bytes[i + 1].1 == '-' {
                    2
                } else {
                    0
                };
                if dash_len > 0 && off > 0 {
                    let abs = s + off;
                    if abs > at {
                        pieces.push(Span::new(at, abs));
                    }
                    pieces.push(Span::new(abs, abs + dash_len));
                    at = abs + dash_len;
                    i += if dash_len == 2 { 2 } else { 1 };
                    continue;
                }
                i += 1;
            }
            if at < e {
                pieces.push(Span::new(at, e));
            }
        }
        for p in pieces {
            let w = p.text(text);
            // Clitics: "Putin's" -> "Putin" "'s"; "don't" -> "do" "n't".
            let lw = w.to_lowercase();
            let mut split_at = None;
            for suf in [
                "'s",
                "\u{2019}s",
                "'re",
                "\u{2019}re",
                "'ve",
                "\u{2019}ve",
                "'ll",
                "\u{2019}ll",
                "'d",
                "\u{2019}d",
                "'m",
                "\u{2019}m",
            ] {
                if lw.ends_with(suf) && lw.len() > suf.len() {
                    split_at = Some(p.end - suf.len());
                    break;
                }
            }
            if split_at.is_none() {
                for suf in ["n't", "n\u{2019}t"] {
                    if lw.ends_with(suf) && lw.len() > suf.len() {
                        split_at = Some(p.end - suf.len());
                        break;
                    }
                }
            }
            match split_at {
                Some(k) if text.is_char_boundary(k) => {
                    out.push(Span::new(p.start, k));
                    out.push(Span::new(k, p.end));
                }
                _ => out.push(p),
            }
        }
        out.extend(tail.into_iter().rev());
    }

    #[test]
    fn split_word_matches_the_reference() {
        let alphabet = [
            "a", "B", "s", "t", "n", "S", "1", ".", ",", "'", "\u{2019}", "-", "\u{2014}", "\"",
            "(", ")", "\u{201C}", "\u{201D}", "\u{2026}", "\u{0130}", "\u{212A}", "Ж", "&",
        ];
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for round in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let n = 1 + (x % 9) as usize;
            let mut w = String::new();
            let mut y = x;
            for _ in 0..n {
                w.push_str(alphabet[(y % alphabet.len() as u64) as usize]);
                y /= alphabet.len() as u64;
                if y == 0 {
                    y = x.rotate_left(17 + round as u32 % 31);
                }
            }
            for w in [w.clone(), format!("{w}'s"), format!("Mr{w}."), format!("{w}n't")] {
                let text = format!("x {w} y");
                let (mut got, mut want) = (vec![Span::new(0, 1)], vec![Span::new(0, 1)]);
                split_word(&text, 2, 2 + w.len(), &mut got);
                split_word_reference(&text, 2, 2 + w.len(), &mut want);
                assert_eq!(got, want, "{w:?}");
            }
        }
    }

    #[test]
    fn rough_sentence_split() {
        let t = "Mr. Smith left. He came back.\nNew line";
        let s = rough_sentences(t);
        assert_eq!(s.len(), 3);
    }
}
