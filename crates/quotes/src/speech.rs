//! Which attributions are quotes for a reader: reported speech and thought, not every action or
//! stance that attribution annotation counts.
//!
//! The quotes stage finds attributions as PolNeAR annotates them, and `dossier eval quotes`
//! scores them so. Many are no quote to an analyst: "Trump agreed to organise a meeting", "Vogel
//! returned to the States", "the White House refused to disclose his name". What `dossier build`
//! and `dossier annotate` keep is a quotation in marks (direct or partial) always, and an
//! indirect one only when its cue holds a word or phrase of speech or thought
//! (`resources/en/quotes/speech_cues.txt`).

use dossier_document::{Document, Quote, Span};
use std::sync::OnceLock;

/// The words of `speech_cues.txt` (single words) and its phrases (two words or more).
struct SpeechCues {
    words: dossier_document::hash::FastSet<&'static str>,
    phrases: Vec<Vec<&'static str>>,
}

fn speech_cues() -> &'static SpeechCues {
    static CUES: OnceLock<SpeechCues> = OnceLock::new();
    CUES.get_or_init(|| {
        let mut cues = SpeechCues { words: Default::default(), phrases: Vec::new() };
        for line in crate::entries(include_str!("../../../resources/en/quotes/speech_cues.txt")) {
            let words: Vec<&'static str> = line.split_whitespace().collect();
            match words.as_slice() {
                [w] => {
                    cues.words.insert(w);
                }
                _ => cues.phrases.push(words),
            }
        }
        cues
    })
}

/// Whether a word is a word of speech or thought, or opens a phrase of them ("points" of
/// "points out").
pub(crate) fn may_open_speech_cue(word: &str) -> bool {
    let cues = speech_cues();
    cues.words.contains(word) || cues.phrases.iter().any(|p| p[0] == word)
}

/// Whether a cue's words (as the article has them: "also emphasized", "According to",
/// "reiterated:") hold a word or phrase of speech or thought.
pub fn is_speech_cue(cue: &str) -> bool {
    let lower = cue.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .filter(|w| !w.is_empty())
        .collect();
    let cues = speech_cues();
    words.iter().any(|w| cues.words.contains(w))
        || cues.phrases.iter().any(|p| words.windows(p.len()).any(|ws| ws == p.as_slice()))
}

/// Whether an indirect quote's cue is a verb that reports speech only with "that" or a colon
/// after it (`verbs.txt`: not "bare"), with "a" or "an" right after it: "Kyiv declared a day of
/// mourning", "the mayor announced a curfew" tell a thing done, not words reported.
fn act_declared(text: &str, q: &Quote) -> bool {
    let Some(cue) = q.cue.as_ref().filter(|_| q.kind == "indirect") else { return false };
    let verb = cue.text.rsplit(' ').next().unwrap_or("").to_lowercase();
    let bare = crate::lexicon().verbs.get(verb.as_str()).copied();
    let next = text.get(cue.end..).unwrap_or("").split_whitespace().next().unwrap_or("");
    bare == Some(false) && matches!(next.to_lowercase().as_str(), "a" | "an")
}

/// Whether `q` is a quote for a reader: words in quotation marks, or reported speech or thought
/// (an indirect attribution whose cue is a word of speech; one without a cue is kept).
pub fn is_reported_speech(q: &Quote) -> bool {
    q.kind != "indirect" || q.cue.as_ref().is_none_or(|c| is_speech_cue(&c.text))
}

/// Drops from the quotes layer the attributions that are actions or stances rather than speech
/// (see the module's documentation). `dossier build` and `dossier annotate` run it after
/// [`annotate`](crate::annotate); the PolNeAR evaluation does not.
pub fn keep_reported_speech(doc: &mut Document) {
    // Each cue is read once (the folding below compares every quote with every other).
    let text = doc.text.as_str();
    let speech: Vec<bool> = doc
        .quotes
        .iter()
        .map(|q| {
            q.kind == "direct"
                || q.cue.as_ref().is_none_or(|c| is_speech_cue(&c.text) && !act_declared(text, q))
        })
        .collect();
    fold_stances_into_reports(doc, &speech);
    let mut i = 0;
    doc.quotes.retain(|q| {
        i += 1;
        q.kind != "indirect" || speech[i - 1]
    });
}

/// 'Trump said that India and Pakistan had agreed to a "full and immediate ceasefire" after
/// ...': PolNeAR ends Trump's report where the stance attributed inside it ("Pakistan had
/// agreed to") begins. Where that stance is dropped (no speech), the report reaches to its
/// end, and words in quotation marks that the stance claimed are the reporter's.
///
/// `speech[i]`: whether quote `i` is a quotation or has no cue or a cue of speech.
fn fold_stances_into_reports(doc: &mut Document, speech: &[bool]) {
    let text = doc.text.as_str();
    let stance: Vec<bool> =
        doc.quotes.iter().zip(speech).map(|(q, &sp)| q.kind != "direct" && !sp).collect();
    if !stance.contains(&true) {
        return;
    }
    let mut grown: Vec<(usize, usize)> = Vec::new();
    for (i, q) in doc.quotes.iter().enumerate() {
        let before = q.speaker_span.is_some_and(|s| s.end <= q.start);
        if q.kind != "indirect" || stance[i] || !before {
            continue;
        }
        // The stance right after the report: its source opens within a few words of the end,
        // in the report's sentence (`it "did not feel right." The two leaders spoke ...` ends
        // the report at its closing mark).
        let k = doc.sentences.partition_point(|s| s.end <= q.start);
        let sentence_end = doc.sentences.get(k).map_or(text.len(), |s| s.end);
        let inner = doc.quotes.iter().zip(&stance).filter(|(_, &s)| s).map(|(r, _)| r).find(|r| {
            let from = r.speaker_span.map_or(r.start, |s| s.start.min(r.start));
            from >= q.end
                && from < sentence_end
                && text.get(q.end..from).is_some_and(|gap| {
                    gap.len() <= 40 && !gap.contains(['.', ';', '"', '\u{201C}', '\u{201D}'])
                })
        });
        if let Some(r) = inner {
            // (A quotation's content ends inside its marks: the report takes the closing one.)
            let close = text[r.end..].chars().next().filter(|c| matches!(c, '"' | '\u{201D}'));
            grown.push((i, r.end + close.map_or(0, char::len_utf8)));
        }
    }
    for (i, end) in grown {
        let q = &mut doc.quotes[i];
        q.end = end;
        q.text = text.get(q.start..end).unwrap_or_default().to_string();
        let span = Span::new(q.start, end);
        let (speaker, who, cue) = (q.speaker.clone(), q.speaker_span, q.cue.clone());
        for (p, _) in doc.quotes.iter_mut().zip(&stance).filter(|(p, &s)| s && p.kind == "partial")
        {
            // ('..., drawing a rebuke from Trump, who threatened to make Spain "pay twice as
            // much"': a stance whose subject is a relative pronoun is the reporter's aside about
            // someone, not a clause of the report.)
            let relative = p
                .speaker_span
                .and_then(|s| text.get(s.start..s.end))
                .is_some_and(|w| w.eq_ignore_ascii_case("who"));
            if span.start <= p.start && p.end <= span.end && !relative {
                (p.speaker, p.speaker_span, p.cue) = (speaker.clone(), who, cue.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_document::Span;

    #[test]
    fn speech_cues_are_words_and_phrases_of_speech() {
        for cue in ["said", "also emphasized", "According to", "reiterated:", "told reporters"] {
            assert!(is_speech_cue(cue), "{cue}");
        }
        for cue in ["was quoted as saying", "spoke about", "called on", "has repeatedly declared"] {
            assert!(is_speech_cue(cue), "{cue}");
        }
        for cue in ["agreed", "returned", "refused", "also took", "spoke", "discussed", "seek"] {
            assert!(!is_speech_cue(cue), "{cue}");
        }
    }

    #[test]
    fn a_state_of_emergency_declared_is_no_quote_and_what_was_announced_is() {
        let text = "Storm\n\nThe governor declared a state of emergency on Monday after the \
                    floods. Lima declared a day of mourning. The mayor announced that the \
                    schools would close.\n";
        let mut sentences = vec![Span::new(0, 5)];
        let mut from = 7;
        for end in ["floods.", "mourning.", "close."] {
            let e = text.find(end).unwrap() + end.len();
            sentences.push(Span::new(from, e));
            from = e + 1;
        }
        let mut doc = Document { text: text.into(), sentences, ..Default::default() };
        crate::annotate_reported_speech(&mut doc);
        let said: Vec<&str> = doc.quotes.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(said, ["that the schools would close"], "{:?}", doc.quotes);
    }

    #[test]
    fn words_in_marks_inside_a_report_are_the_reporters_not_a_stances() {
        let text = "Lima Truce\n\nPresident Teodor Hale said on Saturday that Chile and Peru \
                    had agreed to a \"full and immediate ceasefire\" after a night of talks.\n";
        let at = text.find("President").unwrap();
        let sentences = vec![Span::new(0, 10), Span::new(at, text.len() - 1)];
        let mut doc = Document { text: text.into(), sentences, ..Default::default() };
        crate::annotate_reported_speech(&mut doc);
        let report = doc.quotes.iter().find(|q| q.kind == "indirect").expect("a report");
        assert!(report.text.contains("had agreed"), "{:?}", doc.quotes);
        let hale = text.find("President Teodor Hale").unwrap();
        for q in &doc.quotes {
            assert_eq!(q.speaker_span.map(|s| s.start), Some(hale), "{:?}", doc.quotes);
        }
    }

    /// The build's shortcut (actions skipped before the scorer weighs them) keeps the quotes
    /// that annotating everything and then dropping actions keeps: the same cues and speakers,
    /// each content starting where it did, and running on where a dropped action had cut it.
    #[test]
    fn the_shortcut_keeps_the_same_quotes() {
        let text = "Harbour Talks End\n\n\
                    Commissioner Elena Marquardt said on Monday that the harbour would stay \
                    closed. Marquardt agreed to meet the union next week. The union's leader, \
                    Tomas Breuer, returned to Rotterdam after the talks, which he described as \
                    tense. Breuer told reporters that the closure would cost jobs, and the city \
                    refused to comment. \"We will not wait,\" Breuer said.\n";
        // Sentences as the segmenter gives them (a stop and a space, or a line's end): with
        // the text alone the whole article would be one sentence.
        let mut sentences = Vec::new();
        let mut start = 0;
        for (i, c) in text.char_indices() {
            if i < start {
                continue;
            }
            let stop = c == '.' && text[i + 1..].starts_with([' ', '\n']);
            if stop || c == '\n' {
                let end = if stop { i + 1 } else { i };
                if !text[start..end].trim().is_empty() {
                    sentences.push(Span::new(start, end));
                }
                start = end + usize::from(stop || c == '\n');
            }
        }
        let mut all = Document { text: text.into(), sentences, ..Default::default() };
        crate::annotate(&mut all);
        assert!(all.quotes.iter().any(|q| !is_reported_speech(q)), "{:?}", all.quotes);
        keep_reported_speech(&mut all);
        let mut short = Document { text: text.into(), ..all.clone() };
        short.quotes.clear();
        crate::annotate_reported_speech(&mut short);
        assert_eq!(short.quotes.len(), all.quotes.len(), "{:?}", short.quotes);
        assert!(!short.quotes.is_empty());
        for (a, b) in short.quotes.iter().zip(&all.quotes) {
            assert_eq!(
                (&a.cue, &a.speaker, &a.speaker_span),
                (&b.cue, &b.speaker, &b.speaker_span)
            );
            assert!(a.start == b.start && a.end >= b.end, "{a:?} / {b:?}");
        }
    }
}
