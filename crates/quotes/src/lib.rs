//! Quotations and their speakers.
//!
//! [`annotate`] fills [`Document::quotes`] with every quotation it finds, each marked `direct`
//! (words in quotation marks that stand as speech, or a dash-led paragraph as in text translated
//! from Russian), `partial` (quoted words inside a reporting sentence) or `indirect` (reported
//! speech: "X said that ...", "according to X, ...", "..., X said."), and attributes each to its
//! speaker through the entity and role layers.
//!
//! The rules, in order:
//! 1. **Quotation marks** are paired paragraph by paragraph (straight, typographic, «», „“). A
//!    quote left open at a paragraph's end continues into the next paragraph only when that one
//!    opens with a mark, or closes before it opens anything; otherwise it ends with its
//!    paragraph, so an unbalanced mark never swallows the rest of the article.
//! 2. **Dash-led paragraphs** ("- There is ...," X explained to Izvestia.) are quotes from the
//!    dash to the closing mark, or to a final " - X said."
//! 3. **Attribution**: the words after the closing mark (",” Ushakov told reporters",
//!    ",” noted Putin", ",” he added"), else the reporting words before the opening mark
//!    ("Lavrov reiterated: “", "Ushakov noted that “"), else — for a quote that opens its
//!    paragraph — the speaker of the quote just before (a continued quote).
//! 4. **Reported speech** in the sentences without a direct quote.
//! 5. **Speakers**: a person or organisation mention in the speaker phrase, a role whose person is
//!    known, or — for a pronoun or a description ("he", "the expert") — the most recent speaker or
//!    sentence subject before it. A surname maps to the fullest name in the article that ends
//!    with it. Anything else leaves the speaker `None`; a place or a bare pronoun never becomes
//!    one.
//!
//! A sentence may hold several reported-speech attributions, each with its own cue and speaker
//! phrase (an attribution inside another's content is part of that content, as PolNeAR marks
//! them). A sentence with none whose subject is a named person or organisation, a group noun or
//! a personal pronoun, followed by a learned verb of stance or action ("Trump unleashed a flurry
//! of tweets"), is one; so are headlines and transcript lines ("Poll: ...", "PENCE: ...") and
//! byline dashes ("...” ― Sonya Herridge"). A text without a title of its own opens with its
//! headline: the words before its first cue verb or colon are a source ("Union Slams Council
//! ..."). After a closing quotation, a short "X verb" or "verb X" clause is the attribution
//! whatever the verb (",” Toomey fumed."). The eval's source span is `speaker_span`; `speaker`
//! stays a resolved person or organisation, or `None`. Besides the hand-written cue verbs, cue words learned from the PolNeAR training split
//! are loaded from `resources/en/quotes/learned_cues.tsv`, rebuilt (byte-identically) by
//!
//! ```text
//! dossier train quotes --polnear-train ../shared/data/polnear/train \
//!     -o resources/en/quotes/learned_cues.tsv
//! ```
//!
//! Reported speech inside another's content is its own attribution only after a clause
//! boundary (", and three said ...", ", as X noted"); one opening the content ("X said he
//! wants ...") is part of it. The subject of a passive or raising cue ("is expected", "seems")
//! is no source; an agent after "by" is. Speaker phrases reach past time expressions ("Berg on
//! Tuesday said"), parentheticals and prepositions ("advocates for X"), and a clause's subject
//! past datelines and lead-in phrases.
//!
//! After the rules, a **learned candidate scorer** (`scorer.rs`) reads what they left out: every
//! clause subject with the verb after it, every possible cue word with the subject before it,
//! and the clause after a quotation that has no speaker yet are candidates, described by a few
//! dozen features and kept when a logistic model trained on PolNeAR train
//! (`resources/en/quotes/scorer.tsv`, rebuilt byte for byte by `dossier train quote-scorer`)
//! gives them at least its threshold. The same model also reads the rules' own reported speech
//! (an attribution "X said that ..." without quotation marks, not "according to"): one it scores
//! below the model's drop level is removed. Quotations in quotation marks are never removed.
//!
//! Cue verbs, phrases and the small word lists are data in `resources/en/quotes/`. Every step
//! is bounded per token or per sentence, so the stage is linear in the article's length.

use dossier_document::hash::{FastMap as HashMap, FastSet as HashSet};
use dossier_document::{Cue, Document, EntityMention, Quote, Span};
use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Deref;
use std::sync::OnceLock;

use dossier_document::hash::{FastMap, FastSet};

mod scorer;
mod speech;
pub use scorer::{default_scorer, Candidate, Scorer};
pub use speech::{is_reported_speech, is_speech_cue, keep_reported_speech};

/// The word lists of `resources/en/quotes/`.
struct Lexicon {
    /// Cue verb form -> whether it may introduce reported speech without "that".
    verbs: FastMap<&'static str, bool>,
    /// Verbs of stance and intention ("wants", "criticized"): cues, but weaker than speech verbs.
    stance: FastSet<&'static str>,
    /// Multi-word cues, longest first.
    phrases: Vec<Vec<&'static str>>,
    /// The first words of `phrases`.
    phrase_starts: FastSet<&'static str>,
    pronouns: FastSet<&'static str>,
    person_nouns: FastSet<&'static str>,
    /// Nouns for groups that speak ("police", "officials"): speakers, but never resolved.
    group_nouns: FastSet<&'static str>,
    /// Words before a person's noun naming the body whose office it is ("the army chief").
    office_modifiers: FastSet<&'static str>,
    adverbs: FastSet<&'static str>,
    stop: FastSet<&'static str>,
    /// Cue words learned from PolNeAR train (`learned_cues.tsv`, see `dossier train quotes`).
    learned: FastSet<&'static str>,
    /// All the learned words, with less precision: cues only right after a named subject.
    weak_cues: FastSet<&'static str>,
    /// Every word of `learned_cues.tsv` with the share of its occurrences that were cues.
    cue_rate: FastMap<&'static str, f32>,
    /// The lists each word belongs to (bits `PHRASE_START` ... `NEVER_CUE`), so that one look-up
    /// answers the questions asked of every token.
    flags: FastMap<&'static str, u16>,
    /// Words that open a clause before its subject ("But", "Meanwhile").
    openers: FastSet<&'static str>,
    /// Words that open a subordinate clause ("While", "Although").
    subordinators: FastSet<&'static str>,
    /// Words that head a phrase counting people ("three", "most", "percent").
    quantifiers: FastSet<&'static str>,
    /// Relative pronouns and other words that open a clause inside a sentence ("which").
    relatives: FastSet<&'static str>,
    /// Prepositions a speaker phrase may hold ("advocates for", "leaders in").
    preps: FastSet<&'static str>,
    /// Words of the cue lists that are not taken as cues.
    not_cues: FastSet<&'static str>,
    /// Nouns for findings that are sources after "in" ("in a new poll").
    findings: FastSet<&'static str>,
    /// Prepositions of a time expression between a subject and its verb ("on Tuesday").
    time_preps: FastSet<&'static str>,
    /// Words of a stretch of time before "after" or "before" ("days after").
    time_gap: FastSet<&'static str>,
    reporter_clause: FastSet<&'static str>,
    /// Verbs of appeal ("urged", "warned") that after "and" go on the speaker's report.
    appeal: FastSet<&'static str>,
    /// Nouns of the occasion of a report (`occasion` in `word_classes.tsv`).
    occasion: FastSet<&'static str>,
    /// Words that link "a figure" after a bare cue to what was said: the phrase is an appositive.
    appositive_link: FastSet<&'static str>,
    counting_cues: FastSet<&'static str>,
    /// Forms of "be" that make a participle passive.
    be: FastSet<&'static str>,
    /// Irregular past participles ("told", "shown").
    participles: FastSet<&'static str>,
    /// Verbs whose subject is not a source ("seems", "appeared").
    subjectless: FastSet<&'static str>,
    /// Labels that open a headline before its source ("exclusive", "watch").
    headline_labels: FastSet<&'static str>,
    /// Participles of a state of mind ("convinced", "worried"): after "be", not passive.
    stative: FastSet<&'static str>,
    /// Participles passive before "of" ("accused of"): see `passive.txt`.
    passive_of: FastSet<&'static str>,
    /// Words after which a clause's subject may begin (for the candidate scorer).
    clause_starts: FastSet<&'static str>,
    /// Personal pronouns: each a whole speaker phrase.
    personal: FastSet<&'static str>,
    /// Relative pronouns that are their clause's subject ("who").
    relative_subjects: FastSet<&'static str>,
    /// Words that hang a prepositional phrase on the noun before them ("sources close to him").
    postmods: FastSet<&'static str>,
    /// Words that open an aside between a subject and its verb ("Bloomberg, who is thinking
    /// about running, said", "a judge, in response to a request, ordered").
    aside_opens: FastSet<&'static str>,
    /// Nouns for those who speak for a state ("officials", "authorities"): after a nationality
    /// word they make the state the source ("Indian officials said").
    state_voices: FastSet<&'static str>,
    /// Groups that stand for a state after its nationality word (`state_group`): "a source in
    /// the Ukrainian delegation".
    state_groups: FastSet<&'static str>,
    /// Nouns that are the whole object of "told" (`audience`): "told reporters the exchange
    /// would ...".
    audience: FastSet<&'static str>,
    offices: FastSet<&'static str>,
    documents: FastSet<&'static str>,
}

/// Bits of [`Lexicon::flags`].
const PHRASE_START: u16 = 1;
const VERB: u16 = 2;
const LEARNED: u16 = 4;
const ADVERB: u16 = 8;
const STOP: u16 = 16;
const BE: u16 = 32;
const NOT_CUE: u16 = 64;
/// A word the candidate scorer takes as a cue: a cue verb or learned word, not in `NEVER_CUE`.
const MAY_CUE: u16 = 128;
/// A word that is never a candidate cue: a function word, a form of "be", a pronoun, a
/// determiner, a quantifier, an adverb or auxiliary, a preposition, or in `not_cues`.
const NEVER_CUE: u16 = 256;
/// A word or mark after which a clause's subject may begin (`clause_start` in
/// `word_classes.tsv`); the only bit a mark outside quotation marks carries.
const CLAUSE_START: u16 = 512;
/// A relative pronoun that is its clause's subject (`relative_subject`).
const REL_SUBJECT: u16 = 1024;
/// Another form of a word that may be a cue, with the same crude stem ("proposes" from
/// "proposed", "yelling" from "yelled"): a candidate cue for the scorer, never for the rules.
const CUE_FORM: u16 = 2048;
/// A `CUE_FORM` that is a word of speech or thought or opens a phrase of them
/// (`speech_cues.txt`): the only forms the build's reported-speech pass reads as cues.
const SPEECH_FORM: u16 = 4096;

/// A crude stem shared by a verb's forms ("denounc" for "denounce", "denounced",
/// "denouncing"); the candidate scorer's `stem` feature.
/// Words a tail attribution may run longer when its speakers are named together.
const JOINT_EXTRA: usize = 4;

/// Counts that may stand between a determiner and its noun in a conjunct ("the two sides").
const COUNTS: [&str; 6] = ["two", "three", "four", "five", "both", "other"];

fn crude_stem(w: &str) -> &str {
    ["ing", "ed", "es", "s", "e"]
        .iter()
        .find_map(|x| w.strip_suffix(x).filter(|r| r.len() >= 3))
        .unwrap_or(w)
}

impl Lexicon {
    #[inline]
    fn flags(&self, w: &str) -> u16 {
        self.flags.get(w).copied().unwrap_or(0)
    }

    fn build_flags(&mut self) {
        let mut f: FastMap<&'static str, u16> = FastMap::default();
        let mut set = |words: &mut dyn Iterator<Item = &'static str>, bit: u16| {
            for w in words {
                *f.entry(w).or_default() |= bit;
            }
        };
        set(&mut self.phrase_starts.iter().copied(), PHRASE_START);
        set(&mut self.verbs.keys().copied(), VERB);
        set(&mut self.learned.iter().copied(), LEARNED);
        set(&mut self.adverbs.iter().copied(), ADVERB);
        set(&mut self.stop.iter().copied(), STOP);
        set(&mut self.be.iter().copied(), BE);
        set(&mut self.not_cues.iter().copied(), NOT_CUE);
        set(&mut self.clause_starts.iter().copied(), CLAUSE_START);
        set(&mut self.relative_subjects.iter().copied(), REL_SUBJECT);
        let never = self
            .be
            .iter()
            .chain(&self.stop)
            .chain(&self.not_cues)
            .chain(&self.preps)
            .chain(&self.pronouns)
            .chain(&self.quantifiers)
            .chain(&self.adverbs)
            .chain(DETERMINERS)
            .chain(&["of", "and", "or", "to", "in", "on", "at", "for", "with", "by"]);
        set(&mut never.copied(), NEVER_CUE);
        set(&mut self.cue_rate.keys().copied(), MAY_CUE);
        set(&mut self.verbs.keys().copied(), MAY_CUE);
        for v in f.values_mut() {
            if *v & NEVER_CUE != 0 {
                *v &= !MAY_CUE;
            }
        }
        // The other forms of each word that may be a cue ("proposes" from "proposed"): a
        // candidate cue for the scorer. Each stem once; all the forms in one string.
        let mut stems: Vec<&'static str> =
            f.iter().filter(|(_, v)| **v & MAY_CUE != 0).map(|(w, _)| crude_stem(w)).collect();
        stems.sort_unstable();
        stems.dedup();
        let mut all = String::new();
        let mut forms: Vec<(usize, usize, u16)> = Vec::new();
        for stem in stems {
            for suffix in ["", "s", "es", "e", "ed", "d", "ing"] {
                let a = all.len();
                all.push_str(stem);
                all.push_str(suffix);
                let form = &all[a..];
                if crude_stem(form) != stem
                    || f.get(form).is_some_and(|v| *v & (NEVER_CUE | MAY_CUE) != 0)
                {
                    all.truncate(a);
                    continue;
                }
                let speech = if speech::may_open_speech_cue(form) { SPEECH_FORM } else { 0 };
                forms.push((a, all.len(), CUE_FORM | speech));
            }
        }
        let all: &'static str = Box::leak(all.into_boxed_str());
        for (a, b, bits) in forms {
            *f.entry(&all[a..b]).or_default() |= bits;
        }
        self.flags = f;
    }
}

fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The words of a `class<TAB>word` list that belong to `class`.
fn words_of(data: &'static str, class: &str) -> FastSet<&'static str> {
    entries(data)
        .filter_map(|l| l.split_once('\t'))
        .filter(|(c, _)| *c == class)
        .map(|(_, w)| w.trim())
        .collect()
}

/// Learned cue words used anywhere: at least this share of their occurrences in PolNeAR train
/// were cues.
const MIN_PRECISION: f64 = 0.3;
/// Learned cue words used after a named subject opening the sentence.
const MIN_WEAK_PRECISION: f64 = 0.1;

/// The words of `learned_cues.tsv` with at least this precision (adverbs left out).
fn learned(min: f64) -> FastSet<&'static str> {
    entries(include_str!("../../../resources/en/quotes/learned_cues.tsv"))
        .filter_map(|l| {
            let mut f = l.split('\t');
            let w = f.next()?;
            let p: f64 = f.nth(2)?.parse().ok()?;
            (p >= min && !w.ends_with("ly")).then_some(w)
        })
        .collect()
}

pub(crate) fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let stance: FastSet<&'static str> =
            entries(include_str!("../../../resources/en/quotes/stance_verbs.txt")).collect();
        let verbs = entries(include_str!("../../../resources/en/quotes/verbs.txt"))
            .chain(stance.iter().copied())
            .map(|l| match l.split_once(' ') {
                Some((w, flag)) => (w, flag.trim() == "bare"),
                None => (l, false),
            })
            .collect();
        let mut phrases: Vec<Vec<&'static str>> =
            entries(include_str!("../../../resources/en/quotes/phrases.txt"))
                .map(|l| l.split_whitespace().collect())
                .collect();
        phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
        let phrase_starts = phrases.iter().map(|p| p[0]).collect();
        let mut lex = Lexicon {
            verbs,
            stance,
            phrases,
            phrase_starts,
            pronouns: entries(include_str!("../../../resources/en/quotes/pronouns.txt")).collect(),
            person_nouns: entries(include_str!("../../../resources/en/quotes/person_nouns.txt"))
                .collect(),
            adverbs: entries(include_str!("../../../resources/en/quotes/adverbs.txt")).collect(),
            group_nouns: entries(include_str!("../../../resources/en/quotes/group_nouns.txt"))
                .collect(),
            office_modifiers: entries(include_str!(
                "../../../resources/en/quotes/office_modifiers.txt"
            ))
            .collect(),
            stop: entries(include_str!("../../../resources/en/quotes/stop.txt")).collect(),
            learned: learned(MIN_PRECISION),
            weak_cues: learned(MIN_WEAK_PRECISION),
            cue_rate: entries(include_str!("../../../resources/en/quotes/learned_cues.tsv"))
                .filter_map(|l| {
                    let mut f = l.split('\t');
                    let w = f.next()?;
                    Some((w, f.nth(2)?.parse().ok()?))
                })
                .collect(),
            openers: entries(include_str!("../../../resources/en/quotes/openers.txt")).collect(),
            subordinators: entries(include_str!("../../../resources/en/quotes/subordinators.txt"))
                .collect(),
            quantifiers: entries(include_str!("../../../resources/en/quotes/quantifiers.txt"))
                .collect(),
            relatives: entries(include_str!("../../../resources/en/quotes/relatives.txt"))
                .collect(),
            preps: words_of(include_str!("../../../resources/en/quotes/word_classes.tsv"), "prep"),
            not_cues: entries(include_str!("../../../resources/en/quotes/not_cues.txt")).collect(),
            findings: words_of(
                include_str!("../../../resources/en/quotes/word_classes.tsv"),
                "finding",
            ),
            time_preps: words_of(
                include_str!("../../../resources/en/quotes/word_classes.tsv"),
                "time_prep",
            ),
            be: words_of(include_str!("../../../resources/en/quotes/passive.txt"), "be"),
            participles: words_of(
                include_str!("../../../resources/en/quotes/passive.txt"),
                "participle",
            ),
            subjectless: words_of(
                include_str!("../../../resources/en/quotes/passive.txt"),
                "subjectless",
            ),
            headline_labels: words_of(
                include_str!("../../../resources/en/quotes/word_classes.tsv"),
                "headline_label",
            ),
            stative: words_of(include_str!("../../../resources/en/quotes/passive.txt"), "stative"),
            passive_of: words_of(
                include_str!("../../../resources/en/quotes/passive.txt"),
                "passive_of",
            ),
            time_gap: words_of(
                include_str!("../../../resources/en/quotes/word_classes.tsv"),
                "time_gap",
            ),
            reporter_clause: words_of(
                include_str!("../../../resources/en/quotes/word_classes.tsv"),
                "reporter_clause",
            ),
            appeal: words_of(
                include_str!("../../../resources/en/quotes/word_classes.tsv"),
                "appeal",
            ),
            occasion: words_of(
                include_str!("../../../resources/en/quotes/word_classes.tsv"),
                "occasion",
            ),
            appositive_link: words_of(
                include_str!("../../../resources/en/quotes/word_classes.tsv"),
                "appositive_link",
            ),
            counting_cues: words_of(
                include_str!("../../../resources/en/quotes/word_classes.tsv"),
                "counting_cue",
            ),
            clause_starts: words_of(
                include_str!("../../../resources/en/quotes/word_classes.tsv"),
                "clause_start",
            ),
            personal: words_of(
                include_str!("../../../resources/en/quotes/word_classes.tsv"),
                "personal",
            ),
            relative_subjects: words_of(
                include_str!("../../../resources/en/quotes/word_classes.tsv"),
                "relative_subject",
            ),
            postmods: words_of(
                include_str!("../../../resources/en/quotes/word_classes.tsv"),
                "postmod",
            ),
            aside_opens: words_of(
                include_str!("../../../resources/en/quotes/word_classes.tsv"),
                "aside_open",
            ),
            state_voices: words_of(
                include_str!("../../../resources/en/quotes/word_classes.tsv"),
                "state_voice",
            ),
            state_groups: words_of(
                include_str!("../../../resources/en/quotes/word_classes.tsv"),
                "state_group",
            ),
            audience: words_of(
                include_str!("../../../resources/en/quotes/word_classes.tsv"),
                "audience",
            ),
            offices: words_of(
                include_str!("../../../resources/en/quotes/word_classes.tsv"),
                "office",
            ),
            documents: words_of(
                include_str!("../../../resources/en/quotes/word_classes.tsv"),
                "document",
            ),
            flags: FastMap::default(),
        };
        lex.build_flags();
        lex
    })
}

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "another", "his", "her", "their", "its", "our", "this", "these", "those",
    "one", "some",
];
/// Cue forms that are also nouns or adjectives.
const NOUN_LIKE: &[&str] = &[
    "plan",
    "plans",
    "question",
    "questions",
    "attack",
    "attacks",
    "support",
    "supports",
    "back",
    "backs",
    "call",
    "calls",
    "claim",
    "claims",
    "view",
    "views",
    "fear",
    "fears",
    "hope",
    "hopes",
    "demands",
    "promise",
    "promises",
    "report",
    "reports",
    "charged",
    "alleged",
    "named",
    "ordered",
    "considered",
    "mention",
    "mentions",
    "show",
    "shows",
    "see",
    "discuss",
    "vote",
    "notes",
    "states",
    "cites",
    "offers",
    "decried",
    "seeks",
    "concerns",
    "supported",
    "backed",
    "cited",
    "offered",
];
/// Whether a determiner before a cue form stands alone as its subject: "some say", "one
/// says", "this shows" (the verb agrees with it), not "some claims" or "this plan" (a noun).
fn pronoun_subject(det: &str, cue: &str) -> bool {
    let third_singular = cue.ends_with('s') && !cue.ends_with("ss");
    match det {
        "some" | "these" | "those" => !third_singular,
        "one" | "another" | "this" => third_singular,
        _ => false,
    }
}

const ABBREVIATIONS: &[&str] =
    &["mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "st", "jr", "sr", "lt", "col", "prof"];

// ---------------------------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone)]
struct Tok<'a> {
    start: usize,
    end: usize,
    word: bool,
    /// Lower-cased text of a word; the character itself for punctuation. Borrowed from the
    /// text unless the word has capitals.
    lower: Cow<'a, str>,
}

fn is_open_mark(c: char) -> bool {
    matches!(c, '“' | '«' | '„' | '"')
}

fn is_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '«' | '»' | '„' | '"')
}

/// `text` lower-cased character by character, when that keeps every character's byte length
/// (nearly always): each word's lower-case form is then a slice of it at the word's own offsets,
/// one allocation an article instead of one for every capitalised word. `None` where a
/// character lower-cases to another length or depends on its context (the Greek final sigma).
fn lower_aligned(text: &str) -> Option<String> {
    if text.is_ascii() {
        return Some(text.to_ascii_lowercase());
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        if c == 'Σ' {
            return None;
        }
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            (Some(x), None) if x.len_utf8() == c.len_utf8() => out.push(x),
            _ => return None,
        }
    }
    Some(out)
}

/// The character starting at byte `i` of `text`, if any.
#[inline(always)]
fn char_at(text: &str, i: usize) -> Option<char> {
    // An ASCII byte is its character (the tokenizer asks for each character of the text; a
    // byte inside a longer character is never ASCII, so it still gives None, as `get` does).
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(b as char),
        Some(_) => text.get(i..).and_then(|t| t.chars().next()),
        None => None,
    }
}

/// Words (letters and digits, with inner apostrophes, hyphens and dots) and single punctuation
/// characters; a dot after an abbreviation or an initial belongs to the word. `lowered` is
/// [`lower_aligned`] of `text`, where it exists.
fn tokenize<'a>(text: &'a str, lowered: Option<&'a str>) -> Vec<Tok<'a>> {
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    let lower_of = |at: usize, end: usize| -> Cow<'a, str> {
        match lowered {
            Some(l) => Cow::Borrowed(&l[at..end]),
            None => {
                let w = &text[at..end];
                if w.chars().any(char::is_uppercase) {
                    Cow::Owned(w.to_lowercase())
                } else {
                    Cow::Borrowed(w)
                }
            }
        }
    };
    let mut i = 0;
    // The character before `i`.
    let mut before: Option<char> = None;
    while let Some(c) = char_at(text, i) {
        let at = i;
        i += c.len_utf8();
        // A Twitter handle or hashtag is one word ("@nycsouthpaw").
        let tag = matches!(c, '@' | '#')
            && char_at(text, i).is_some_and(char::is_alphanumeric)
            && !before.is_some_and(char::is_alphanumeric);
        if !c.is_alphanumeric() && !tag {
            if !c.is_whitespace() {
                toks.push(Tok {
                    start: at,
                    end: i,
                    word: false,
                    lower: Cow::Borrowed(&text[at..i]),
                });
            }
            before = Some(c);
            continue;
        }
        // The word runs on over letters and digits, over an apostrophe, hyphen or dot followed
        // by one, and over a slash between digits ("9/11", "24/7").
        let mut last = c;
        while let Some(d) = char_at(text, i) {
            let next = i + d.len_utf8();
            let joins = || {
                (matches!(d, '\'' | '’' | '-' | '.')
                    && char_at(text, next).is_some_and(char::is_alphanumeric))
                    || (d == '/'
                        && last.is_ascii_digit()
                        && char_at(text, next).is_some_and(|n| n.is_ascii_digit()))
            };
            if d.is_alphanumeric() || joins() {
                i = next;
                last = d;
            } else {
                break;
            }
        }
        let mut end = i;
        let mut lower = lower_of(at, end);
        if text.as_bytes().get(end) == Some(&b'.') {
            let w = &text[at..end];
            let mut letters = w.chars();
            let initial =
                letters.next().is_some_and(char::is_uppercase) && letters.next().is_none();
            let dotted = w.contains('.') && w.split('.').all(|p| p.chars().count() <= 2);
            let rest = &text[end + 1..];
            let after = rest.trim_start_matches(' ');
            let continues = after.starts_with(',')
                || (after.len() < rest.len()
                    && after.chars().next().is_some_and(char::is_lowercase));
            if initial || dotted || continues || ABBREVIATIONS.contains(&lower.deref()) {
                end += 1;
                i = end;
                last = '.';
                match lowered {
                    Some(_) => lower = lower_of(at, end),
                    None => lower.to_mut().push('.'),
                }
            }
        }
        before = Some(last);
        toks.push(Tok { start: at, end, word: true, lower });
    }
    toks
}

// ---------------------------------------------------------------------------------------------
// Quotation marks

/// A span in quotation marks (or dash-led), before attribution.
#[derive(Debug, Clone)]
struct Marked {
    /// Byte offset of the opening mark (or dash).
    open: usize,
    /// The quoted words.
    content: Span,
    /// Byte offset just after the closing mark (or where the quote was cut off).
    close: usize,
    /// Whether the quote had a closing mark.
    closed: bool,
    dash: bool,
    /// Index of the paragraph the quote opens in.
    para: usize,
}

/// The first quotation mark in `s`, and whether it closes something (a mark right after a word).
fn first_mark(s: &str) -> Option<(usize, bool)> {
    let mut prev: Option<char> = None;
    for (i, c) in s.char_indices() {
        if is_mark(c) {
            let closing = match c {
                '”' | '»' => true,
                '"' => prev.is_some_and(|p| !p.is_whitespace() && !matches!(p, '(' | '[')),
                _ => false,
            };
            return Some((i, closing));
        }
        prev = Some(c);
    }
    None
}

fn trim_span(text: &str, mut s: Span) -> Span {
    let t = &text[s.start..s.end];
    let lead = t.len() - t.trim_start().len();
    let trail = t.len() - t.trim_end().len();
    s.start += lead;
    s.end = s.end.saturating_sub(trail).max(s.start);
    s
}

/// A dash-led paragraph closed by " - X said." (no quotation marks): the byte offset of that
/// final dash, when the words after it hold a cue.
fn trailing_dash_attribution(text: &str, para: Span) -> Option<usize> {
    let p = &text[para.start..para.end];
    let lex = lexicon();
    for pat in [" - ", " – ", " — "] {
        if let Some(i) = p.rfind(pat) {
            let tail = &p[i + pat.len()..];
            let words: Vec<String> = tail
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            if words.len() <= 14
                && words.iter().take(10).any(|w| lex.verbs.contains_key(w.as_str()))
                && i > 2
            {
                return Some(para.start + i);
            }
        }
    }
    None
}

/// Whether text opens with a transcript speaker tag: up to three upper-case words and a colon
/// ("PENCE:", "CHRIS WALLACE:").
fn speaker_turn(s: &str) -> bool {
    let Some((tag, _)) = s.split_once(':') else { return false };
    let words: Vec<&str> = tag.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 3
        && words.iter().all(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && w.chars().all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '-'))
        })
}

/// Whether `rest` (what follows an opening “ inside a quotation opened by “, up to the
/// paragraph's end) closes two quotations more than it opens: the inner one and the outer.
/// Reads at most `MAX_NESTED` bytes.
fn closes_twice(rest: &str) -> bool {
    let mut open = 2i32;
    for (i, c) in rest.char_indices() {
        if i > MAX_NESTED {
            break;
        }
        match c {
            '“' => open += 1,
            '”' => {
                open -= 1;
                if open == 0 {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// How far [`closes_twice`] reads.
const MAX_NESTED: usize = 2000;

fn find_marked(text: &str, paras: &[Span]) -> Vec<Marked> {
    let mut out = Vec::new();
    // The quote being read: (open, content start, opening mark, paragraph, dash).
    let mut cur: Option<(usize, usize, char, usize, bool)> = None;
    // Quotations open inside the one being read.
    let mut nested = 0usize;
    let mut last_para_end = 0;
    for (pi, &para) in paras.iter().enumerate() {
        let p = &text[para.start..para.end];
        let lead = p.len() - p.trim_start().len();
        let body = &p[lead..];
        let mut skip_to = para.start + lead;
        if let Some((open, cstart, mark, qp, dash)) = cur.take() {
            // A quote carried over from the paragraph before.
            let first = body.chars().next();
            // A transcript line ("PENCE: Well, ...") is a new speaker's turn, not a paragraph
            // continuing the quote before.
            let turn = first.is_some_and(is_open_mark)
                && first.is_some_and(|m| speaker_turn(&body[m.len_utf8()..]));
            if turn {
                let content = trim_span(text, Span::new(cstart, last_para_end));
                out.push(Marked {
                    open,
                    content,
                    close: last_para_end,
                    closed: false,
                    dash,
                    para: qp,
                });
            } else if first.is_some_and(is_open_mark) {
                let m = first.unwrap_or('"');
                cur = Some((open, cstart, if mark == '«' { '«' } else { m }, qp, dash));
                skip_to += m.len_utf8();
            } else if first_mark(body).is_some_and(|(_, closing)| closing) {
                cur = Some((open, cstart, mark, qp, dash));
            } else {
                let content = trim_span(text, Span::new(cstart, last_para_end));
                out.push(Marked {
                    open,
                    content,
                    close: last_para_end,
                    closed: false,
                    dash,
                    para: qp,
                });
            }
        }
        if cur.is_none() {
            let dash_led = ["- ", "– ", "— "].iter().find(|d| body.starts_with(**d));
            if let Some(d) = dash_led {
                let start = para.start + lead + d.len();
                match first_mark(&body[d.len()..]) {
                    Some((_, true)) => {
                        cur = Some((para.start + lead, start, '"', pi, true));
                        skip_to = start;
                    }
                    None => {
                        if let Some(at) = trailing_dash_attribution(text, para) {
                            if at > start {
                                out.push(Marked {
                                    open: para.start + lead,
                                    content: trim_span(text, Span::new(start, at)),
                                    close: at,
                                    closed: true,
                                    dash: true,
                                    para: pi,
                                });
                                last_para_end = para.end;
                                continue;
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        let body = &text[skip_to..para.end];
        // Only the bytes a quotation mark can begin with are looked at ('"', and the first
        // bytes of the typographic marks); the character before one is read back from it.
        for off in memchr::memchr3_iter(b'"', 0xE2, 0xC2, body.as_bytes()) {
            let Some(c) = body[off..].chars().next() else { continue };
            let prev = body[..off].chars().next_back();
            let at = skip_to + off;
            if is_mark(c) {
                // Two apostrophes ('') stand for one double quotation mark.
                let w = if c == '"' && text.as_bytes().get(at + 1) == Some(&1) {
                    2
                } else {
                    c.len_utf8()
                };
                let next = text[(at + w).min(para.end)..para.end].chars().next();
                match cur {
                    Some((open, cstart, mark, qp, dash)) => {
                        let closes = match mark {
                            '«' => c == '»',
                            '„' => matches!(c, '“' | '”' | '"'),
                            _ => {
                                matches!(c, '”' | '"' | '»')
                                    || (c == '“' && mark == '"')
                                    // An opening mark typed for a closing one: after a word or
                                    // its punctuation, before a space (“It's unusual,“ said X).
                                    || (c == '“'
                                        && prev.is_some_and(|p| !p.is_whitespace())
                                        && next.is_none_or(char::is_whitespace))
                            }
                        };
                        if closes && c == '”' && nested > 0 {
                            nested -= 1;
                        } else if closes {
                            out.push(Marked {
                                open,
                                content: trim_span(text, Span::new(cstart, at)),
                                close: at + w,
                                closed: true,
                                dash,
                                para: qp,
                            });
                            cur = None;
                        } else if c == '“' && mark == '“' && closes_twice(&text[at + w..para.end])
                        {
                            // A quotation inside the quotation (“... what he calls “hell” than
                            // ...”): the paragraph closes both.
                            nested += 1;
                        } else if c == '“' && mark == '“' {
                            // Two opening marks: the first quote was never closed.
                            out.push(Marked {
                                open,
                                content: trim_span(text, Span::new(cstart, at)),
                                close: at,
                                closed: false,
                                dash,
                                para: qp,
                            });
                            cur = Some((at, at + w, c, pi, false));
                            nested = 0;
                        }
                    }
                    None => {
                        nested = 0;
                        let opens = match c {
                            '“' | '«' | '„' => true,
                            // A closing mark typed where an opening one belongs: at the start of
                            // a paragraph or after a space, right before a word.
                            '”' => {
                                prev.is_none_or(char::is_whitespace)
                                    && next.is_some_and(char::is_alphanumeric)
                            }
                            '"' => {
                                prev.is_none_or(|p| {
                                    p.is_whitespace() || matches!(p, '(' | '[' | '-' | '—' | '–')
                                }) || next.is_some_and(|n| n.is_alphanumeric())
                            }
                            _ => false,
                        };
                        if opens && next.is_some_and(|n| !n.is_whitespace()) {
                            cur = Some((at, at + w, c, pi, false));
                        }
                    }
                }
            }
        }
        last_para_end = para.end;
    }
    if let Some((open, cstart, _, qp, dash)) = cur {
        let content = trim_span(text, Span::new(cstart, last_para_end));
        out.push(Marked { open, content, close: last_para_end, closed: false, dash, para: qp });
    }
    out.retain(|m| !m.content.is_empty());
    out
}

// ---------------------------------------------------------------------------------------------
// The annotator's view of one document

struct Ctx<'a> {
    text: &'a str,
    toks: Vec<Tok<'a>>,
    /// Whether each token lies inside quotation marks.
    inq: Vec<bool>,
    /// Number of word tokens before each token index (one more entry than tokens).
    words_before: Vec<usize>,
    /// The same, counting only words outside quotation marks.
    free_words: Vec<usize>,
    /// The cue starting at each token (see [`Ctx::cue_at`]).
    cues: Vec<Option<(usize, bool, bool)>>,
    /// The lexicon's flags of each token outside quotation marks (0 for the others; a mark
    /// carries `CLAUSE_START` alone).
    flags: Vec<u16>,
    /// Whether each token lies in a time expression.
    timex: Vec<bool>,
    /// The number of tokens that start before each byte offset of `text` (one more entry than
    /// bytes): [`Ctx::tok_at`] is asked hundreds of times an article, and a binary search each
    /// time was a percent of a build.
    tok_index: Vec<u32>,
    sents: Vec<Span>,
    paras: Vec<Span>,
    /// Person mentions outside quotes (PER entities, roles with their person): (start, name).
    persons: Vec<(usize, String)>,
    /// Speakers found so far: (cue start, name).
    spoken: Vec<(usize, String)>,
    /// Canonical names of the people in `persons` (a pronoun never stands for an organisation).
    person_names: HashSet<String>,
    doc: &'a Document,
    canon: HashMap<String, String>,
    /// The ORG entities by each of their words, lowercased (indices into `doc.entities`, in
    /// order), built on first use: "the ministry said" looks back for an organisation with that
    /// word, and a scan of all entities before each such cue was quadratic in the article.
    org_words: OnceCell<WordIndex>,
    /// The roles that name their person, by each of their words, likewise (indices into
    /// `doc.roles`).
    role_words: OnceCell<WordIndex>,
    /// Only reported speech is wanted (`dossier build`): the learned scorer skips candidates
    /// whose cue is no word of speech before it weighs them, as they would be dropped anyway.
    speech_only: bool,
}

/// A found attribution.
#[derive(Debug, Clone, Default)]
struct Attr {
    cue: Option<Span>,
    np: Option<Span>,
    speaker: Option<String>,
    /// The "according to" phrase that passed the words on, and whom it names if anyone.
    relayed: Option<(Span, Option<String>)>,
}

/// Items by each of their words, lowercased (ASCII): word -> indices of the items, ascending.
type WordIndex = FastMap<String, Vec<usize>>;

/// Indexes `(index, text)` pairs, given in ascending order, by the words of their text.
fn word_index<'t>(items: impl Iterator<Item = (usize, &'t str)>) -> WordIndex {
    let mut index = WordIndex::default();
    for (i, text) in items {
        for w in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
            let list = index.entry(w.to_ascii_lowercase()).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    index
}

/// The greatest of the ascending `indices` below `bound`.
fn last_below(indices: &[usize], bound: usize) -> Option<usize> {
    indices[..indices.partition_point(|&i| i < bound)].last().copied()
}

/// Whether `text` names the nation of nationality word `word` (or its `country`): "the
/// Russian Defence Ministry", "Russia's", "Presidential Administration (Turkey)".
fn names_nation(text: &str, word: &str, country: Option<&str>) -> bool {
    text.contains(word) || country.is_some_and(|c| text.contains(c))
}

/// [`Ctx::tok_index`] for a text of `len` bytes (see [`dossier_document::token_starts_index`]).
fn token_index(len: usize, toks: &[Tok]) -> Vec<u32> {
    dossier_document::token_starts_index(len, toks.iter().map(|t| t.start))
}

impl<'a> Ctx<'a> {
    /// The first token that starts at or after byte `pos`.
    fn tok_at(&self, pos: usize) -> usize {
        match self.tok_index.get(pos) {
            Some(&k) => k as usize,
            None => self.toks.partition_point(|t| t.start < pos),
        }
    }

    fn sent_of(&self, pos: usize) -> usize {
        self.sents.partition_point(|s| s.end <= pos).min(self.sents.len().saturating_sub(1))
    }

    fn para_of(&self, pos: usize) -> usize {
        self.paras.partition_point(|s| s.end <= pos).min(self.paras.len().saturating_sub(1))
    }

    fn canonical(&self, name: &str) -> String {
        self.canon.get(name).cloned().unwrap_or_else(|| name.to_string())
    }

    /// The cue starting at token `i`: (end token, may introduce bare reported speech,
    /// is "according to").
    fn cue_at(&self, i: usize) -> Option<(usize, bool, bool)> {
        self.cues.get(i).copied().flatten()
    }

    fn find_cue(&self, i: usize) -> Option<(usize, bool, bool)> {
        let lex = lexicon();
        let t = self.toks.get(i)?;
        if !t.word || self.inq[i] {
            return None;
        }
        let flags = self.flags[i];
        let phrase_start = flags & PHRASE_START != 0;
        // "to put it mildly", "would put it": no report.
        let modal =
            i > 0 && matches!(self.toks[i - 1].lower.deref(), "to" | "would" | "could" | "might");
        if phrase_start && !modal {
            for p in &lex.phrases {
                if i + p.len() <= self.toks.len()
                    && p.iter().enumerate().all(|(k, w)| self.toks[i + k].lower == *w)
                {
                    let according = p[0] == "according";
                    return Some((i + p.len(), true, according));
                }
            }
        }
        let verb = flags & VERB != 0;
        let learned_only = !verb
            && flags & (LEARNED | ADVERB | STOP) == LEARNED
            && self.text[t.start..].starts_with(|c: char| c.is_lowercase());
        if (!verb && !learned_only) || flags & (BE | NOT_CUE) != 0 {
            return None;
        }
        let bare = if learned_only { false } else { *lex.verbs.get(t.lower.deref())? };
        // ("adds 105 more vessels to a blacklist": a count, no words.)
        if lex.counting_cues.contains(t.lower.deref())
            && self
                .toks
                .get(i + 1)
                .is_some_and(|n| n.lower.starts_with(|c: char| c.is_ascii_digit()))
        {
            return None;
        }
        // A form that is also a noun ("tax plan", "her team calls", "Rubio's attacks") is a
        // verb only after a subject-like word: a name, a pronoun, a plural, "who", an adverb.
        if NOUN_LIKE.contains(&t.lower.deref()) || (learned_only && !t.lower.ends_with("ed")) {
            // "a third say", "74% said": counted people speak.
            let speech = !learned_only && !lex.stance.contains(t.lower.deref());
            let subject_like = i > 0 && {
                let p = &self.toks[i - 1];
                let ptext = &self.text[p.start..p.end];
                p.word
                    && !ptext.ends_with("'s")
                    && !ptext.ends_with("’s")
                    && (ptext.chars().next().is_some_and(char::is_uppercase)
                        || matches!(
                            p.lower.deref(),
                            "he" | "she" | "they" | "we" | "i" | "you" | "who" | "that" | "which"
                        )
                        || self.adverb(i - 1)
                        // "the analysis shows", "a new study finds".
                        || lex.findings.contains(p.lower.deref())
                        || (speech
                            && (lex.quantifiers.contains(p.lower.deref())
                                || (p.lower.ends_with("ed") && p.lower.len() > 4)
                                || p.lower.starts_with(|c: char| c.is_ascii_digit())))
                        || (p.lower.ends_with('s') && p.lower.len() > 3))
            };
            if !subject_like {
                return None;
            }
        }
        // "to say", "would say" are not reports; "the reports", "his claims" are nouns.
        if i > 0 {
            let prev = self.toks[i - 1].lower.deref();
            let noun_like = NOUN_LIKE.contains(&t.lower.deref());
            if matches!(prev, "to" | "would" | "could" | "might")
                || (noun_like && matches!(prev, "media" | "news" | "rich"))
                || (DETERMINERS.contains(&prev) && !pronoun_subject(prev, &t.lower))
            {
                return None;
            }
        }
        Some((i + 1, bare, false))
    }

    /// Whether the token is a word that can be part of a speaker phrase.
    fn np_word(&self, i: usize) -> bool {
        // The flags of a word outside quotation marks hold its lists (stop words, adverbs, cue
        // verbs): one look-up made once per token.
        let t = &self.toks[i];
        if !t.word {
            return self.slash_joined(i) || self.plural_possessive(i);
        }
        !self.inq[i] && self.flags[i] & (STOP | ADVERB | VERB) == 0
    }

    /// An apostrophe right after a plural ending in "s" and before the next word ("the
    /// Palestinian Prisoners' Media Office"): the possessive, part of the phrase.
    fn plural_possessive(&self, i: usize) -> bool {
        let t = &self.toks[i];
        matches!(t.lower.deref(), "'" | "’")
            && !self.inq[i]
            && i > 0
            && self.toks[i - 1].word
            && self.toks[i - 1].end == t.start
            && self.toks[i - 1].lower.ends_with('s')
            && self.toks.get(i + 1).is_some_and(|n| n.word && n.start > t.end)
    }

    /// A slash between two words with no space ("a Reuters/Ipsos poll"): part of the phrase.
    fn slash_joined(&self, i: usize) -> bool {
        let t = &self.toks[i];
        t.lower == "/"
            && !self.inq[i]
            && i > 0
            && self.toks.get(i + 1).is_some_and(|n| n.word && n.start == t.end)
            && self.toks[i - 1].word
            && self.toks[i - 1].end == t.start
    }

    /// The source after "according to" (the cue ending at token `ce`), within `..hi`: the
    /// phrase to the clause's comma or end when nothing but its modifiers follows ("a new
    /// report by the harbour board", "a complaint filed by the union"), else the noun phrase.
    fn according_np(&self, ce: usize, hi: usize) -> Option<(usize, usize)> {
        let lex = lexicon();
        let np = self.np_right(ce, hi)?;
        let mut k = np.1;
        while k < hi && k - np.0 < MAX_ACCORDING && !self.inq[k] {
            let t = &self.toks[k];
            let w = t.lower.deref();
            let stops = if t.word {
                w == "that" || lex.relatives.contains(w) || self.flags[k] & (VERB | BE) != 0
            } else {
                !matches!(w, "(" | ")" | "/" | "-" | "&")
            };
            if stops {
                break;
            }
            k += 1;
        }
        // "according to Pashinyan's spokeswoman, Nazeli Baghdasaryan.": a person's name in
        // apposition closing the clause belongs to the source.
        if k + 1 < hi && self.toks[k].lower == "," {
            let from = self.toks[k + 1].start;
            let ents = &self.doc.entities;
            let at = ents.partition_point(|e| e.start < from);
            if let Some(e) = ents.get(at).filter(|e| e.start == from && e.label == "PER") {
                let end = self.tok_at(e.end);
                let closes = end >= hi
                    || matches!(self.toks[end].lower.deref(), "," | "." | ";" | "!" | "?");
                if closes && end > k + 1 && end - np.0 <= MAX_ACCORDING {
                    return Some((np.0, end));
                }
            }
        }
        let ends = k >= hi || matches!(self.toks[k].lower.deref(), "," | "." | ";" | "!" | "?");
        // "... Schools (AROS)." closes its parenthesis even at the clause's end.
        let open = (np.0..k).filter(|&x| self.toks[x].lower == "(").count()
            > (np.0..k).filter(|&x| self.toks[x].lower == ")").count();
        if open && self.toks.get(k).is_some_and(|t| t.lower == ")") {
            k += 1;
        }
        Some(if ends && k > np.1 { (np.0, k) } else { np })
    }

    /// The speaker phrase ending just before token `i` (skipping adverbs), within `lo..`.
    fn np_left(&self, i: usize, lo: usize) -> Option<(usize, usize)> {
        let lex = lexicon();
        let mut j = i;
        while j > lo && self.adverb(j - 1) {
            j -= 1;
        }
        // "Berg on Tuesday said": past a time expression and its preposition.
        let t0 = j;
        while j > lo && self.timex[j - 1] {
            j -= 1;
        }
        if j < t0 {
            if j > lo && lex.time_preps.contains(self.toks[j - 1].lower.deref()) {
                j -= 1;
            }
            while j > lo && self.adverb(j - 1) {
                j -= 1;
            }
        }
        let mut with_paren = None;
        if j > lo && self.toks[j - 1].lower == ")" {
            if let Some(open) =
                (j.saturating_sub(20).max(lo)..j - 1).rev().find(|&k| self.toks[k].lower == "(")
            {
                with_paren = Some(j);
                j = open;
            }
        }
        let end = j;
        if end > lo && lex.pronouns.contains(self.toks[end - 1].lower.deref()) {
            return Some((end - 1, end));
        }
        let mut k = j;
        while k > lo && end - k < 8 {
            if self.np_word(k - 1) || (self.toks[k - 1].lower == "of" && k < end) {
                k -= 1;
            } else {
                break;
            }
        }
        while k < end && self.toks[k].lower == "of" {
            k += 1;
        }
        // "That person said", "These voters say": a demonstrative opening the clause belongs
        // to the phrase (one after a noun is a relative pronoun: "the report that X said").
        if k > lo && k < end && matches!(self.toks[k - 1].lower.deref(), "that" | "these" | "those")
        {
            let d = k - 1;
            if d == lo
                || !self.toks[d - 1].word
                || lex.openers.contains(self.toks[d - 1].lower.deref())
            {
                k = d;
            }
        }
        // "Some advocates for stem cell research", "leaders in North Carolina": a phrase
        // that names no speaker by itself takes the noun its preposition hangs on.
        let mut hops = 0;
        // "Sources close to him", "people familiar with the matter": always over a word that
        // hangs its phrase on the noun before it.
        let postmod = |k: usize| {
            k > lo + 1
                && lex.postmods.contains(self.toks[k - 2].lower.deref())
                && matches!(self.toks[k - 1].lower.deref(), "to" | "with" | "on" | "in" | "about")
        };
        // "The U.S. embassy in Vilnius said", "the defence ministry in Moscow said": over "in"
        // after a voice of a state or a word of a body every state has, where it sits.
        let bodies = &dossier_resolve::lang::lang().national_body_words;
        let seat = |k: usize| {
            k > lo + 1
                && self.toks[k - 1].lower == "in"
                && (lex.state_voices.contains(self.toks[k - 2].lower.deref())
                    || bodies.contains(self.toks[k - 2].lower.deref()))
        };
        // "officials in both countries said": "both" or "all" opens the phrase after "in",
        // and the phrase hangs on the noun before it.
        let counted = |k: usize| matches!(self.toks[k].lower.deref(), "both" | "all");
        if k > lo + 2
            && k < end
            && counted(k - 1)
            && lex.preps.contains(self.toks[k - 2].lower.deref())
            && self.np_word(k - 3)
        {
            k -= 1;
        }
        // "Experts on North Korea and nuclear nonproliferation": likewise over "and".
        while hops < 2
            && k > lo + 1
            && k < end
            && (lex.preps.contains(self.toks[k - 1].lower.deref())
                || self.toks[k - 1].lower == "and"
                || postmod(k))
            && self.np_word(k - 2)
            && (!self.np_plausible((k, end))
                || lex.quantifiers.contains(self.toks[k].lower.deref())
                || counted(k)
                || postmod(k)
                || seat(k))
        {
            let mut k2 = k - 1;
            while k2 > lo
                && end - k2 < 14
                && (self.np_word(k2 - 1) || self.toks[k2 - 1].lower == "of")
            {
                k2 -= 1;
            }
            k = k2;
            hops += 1;
        }
        // "Mr. Grassley and Mr. Leahy say", "Federal and state officials said": phrases joined
        // by "and" that open the clause are one speaker phrase.
        let k = if k < end { self.coordinated(k, lo) } else { k };
        // "Sen. Marco Rubio (R-Fla.)" with its parenthesis.
        (k < end).then_some((k, with_paren.unwrap_or(end)))
    }

    /// The start of a speaker phrase starting at token `k` with the phrases joined to it by
    /// "and" before it ("Mr. Grassley and Mr. Leahy", "the United States, Britain and France"),
    /// when they open their clause (at `lo`, after a mark or a word that opens a clause); else
    /// `k`. A lower-case word past a conjunct's first ends it, after a determiner ("the
    /// Clinton campaign"): "Trump won Ohio and Clinton said" joins nothing.
    fn coordinated(&self, k: usize, lo: usize) -> usize {
        let lex = lexicon();
        if k < lo + 2 || self.toks[k - 1].lower != "and" || self.inq[k - 1] {
            return k;
        }
        // The conjunct ending before token `e`, at most `max` words: its start.
        let conjunct = |e: usize, max: usize| -> Option<usize> {
            let mut j = e;
            while j > lo && e - j < max && self.np_word(j - 1) && !self.verbish(j - 1) {
                j -= 1;
            }
            if j == e {
                return None;
            }
            let mut det = false;
            for x in j..e {
                let w = self.toks[x].lower.deref();
                let lower = self.text[self.toks[x].start..].starts_with(char::is_lowercase);
                if DETERMINERS.contains(&w) || matches!(w, "my" | "your") {
                    det = true;
                } else if lower
                    && x > j
                    && !(det && x + 1 == e)
                    // ("the two governments and the State Department said": a count of the
                    // noun after its determiner.)
                    && !(det && x + 2 == e && COUNTS.contains(&w))
                {
                    return None;
                }
            }
            Some(j)
        };
        let opens = |j: usize| {
            j == lo || {
                let p = &self.toks[j - 1];
                let w = p.lower.deref();
                (!p.word && !matches!(w, "(" | "'" | "’"))
                    || lex.openers.contains(w)
                    || lex.subordinators.contains(w)
                    || w == "both"
            }
        };
        let Some(first) = conjunct(k - 1, 5) else { return k };
        // "the United States, Britain and France": a list of short items opening the clause.
        let mut j = first;
        let mut list = None;
        for _ in 0..3 {
            if !(j > lo + 1 && self.toks[j - 1].lower == ",") {
                break;
            }
            let Some(i) = conjunct(j - 1, 3) else { break };
            j = i;
            if opens(j) && (j == lo || self.toks[j - 1].lower != ",") {
                list = Some(j);
                break;
            }
        }
        let j = match list {
            Some(j) => j,
            None if opens(first) => first,
            None => return k,
        };
        // "Both Mr. King and Mr. Schultz say": the phrase starts after "both".
        let j = if self.toks[j].lower == "both" && j + 1 < k - 1 { j + 1 } else { j };
        if self.np_plausible((j, k - 1)) {
            j
        } else {
            k
        }
    }

    /// The subject of a cue at token `c`: the phrase before it, a relative "who", the name
    /// before an appositive ("Karimi, executive director of X, said"), or the subject of a
    /// coordinated verb ("Obama met ... and said").
    fn subject_np(&self, c: usize, lo: usize) -> Option<(usize, usize)> {
        let lex = lexicon();
        let mut w = c;
        while w > lo && self.adverb(w - 1) {
            w -= 1;
        }
        if w > lo && self.toks[w - 1].lower == "who" {
            return Some((w - 1, w));
        }
        // "..., many of whom say": a count of the people the relative clause hangs on.
        if w > lo + 2
            && matches!(self.toks[w - 1].lower.deref(), "whom" | "which")
            && self.toks[w - 2].lower == "of"
            && lex.quantifiers.contains(self.toks[w - 3].lower.deref())
        {
            return Some((w - 3, w));
        }
        // "a new poll that shows ...", "the convention, which wrote ...": a relative pronoun
        // after a noun.
        if w > lo + 1 && matches!(self.toks[w - 1].lower.deref(), "that" | "which") {
            let p = w - 2;
            let noun = self.np_word(p)
                && self.cue_at(p).is_none()
                && !lexicon().learned.contains(self.toks[p].lower.deref());
            let comma = matches!(self.toks[p].lower.deref(), "," | "—" | "–" | "-" | "―");
            // "the study -- which notes ...".
            if noun || (comma && self.toks[w - 1].lower == "which") {
                return Some((w - 1, w));
            }
        }
        if c > lo + 1 && self.toks[c - 1].lower == "," && self.toks[c].lower.ends_with("ing") {
            // "..., Spicer said, adding ...": the speaker of the cue just before.
            let before = (lo.max(c.saturating_sub(8))..c - 1).rev().find(|&p| {
                self.cue_at(p).is_some_and(|x| {
                    (x.0..c - 1)
                        .all(|k| self.toks[k].word && !self.inq[k] && self.cue_at(k).is_none())
                })
            });
            if let Some(np) = before.and_then(|p| self.np_left(p, lo)) {
                if self.np_plausible(np) {
                    return Some(np);
                }
            }
            // "Trump went on the attack, saying ...": the subject of the clause before the
            // comma ("..., and the ACLU has sued the city, saying"), else of the sentence.
            return self.nearest_subject(lo, c - 1).or_else(|| self.clause_subject(lo, c - 1));
        }
        if let Some(np) = self.np_left(c, lo).filter(|&r| self.np_plausible(r)) {
            return Some(self.with_lead_up(self.with_relative(np, lo), lo));
        }
        let mut j = c;
        while j > lo && lex.adverbs.contains(self.toks[j - 1].lower.deref()) {
            j -= 1;
        }
        if j > lo + 1 && self.toks[j - 1].lower == "," {
            // (Past a dateline: "WASHINGTON, March 4 (Reuters) - ..." has no subject's comma.)
            let floor = lo.max(j.saturating_sub(30)).max(self.past_dateline(lo, j - 1));
            let first_comma = (floor..j - 1).find(|&k| self.toks[k].lower == ",");
            if let Some(pc) = first_comma {
                if let Some(mut np) = self.np_left(pc, lo) {
                    let clean = (pc..j).all(|k| !self.inq[k] && self.cue_at(k).is_none());
                    // The clause's first words, past "But", "And" or a dateline.
                    let first = self.clause_first(lo, np.0);
                    // "Legislative leaders in the northern province, for instance, noted",
                    // "Experts and officials, however, said".
                    let reaches = (first..np.0).all(|k| {
                        self.np_word(k)
                            || lex.preps.contains(self.toks[k].lower.deref())
                            || matches!(self.toks[k].lower.deref(), "of" | "and")
                    });
                    // "In nearby Decatur, the plant is ..., said X": a phrase a preposition
                    // opens is a lead-in, no subject with an appositive.
                    let lead_in = lex.preps.contains(self.toks[first].lower.deref());
                    if reaches && np.0 - first <= 8 && !lead_in {
                        np.0 = first;
                    }
                    if np.0 == first && self.np_plausible(np) {
                        // "Roberta Lange, the state party chairwoman," with its appositive; not
                        // a participle's clause ("President Obama, dedicating the museum,").
                        // "Other unions, including the teachers' union, said" keeps its aside.
                        let o = self.toks[pc + 1].lower.deref();
                        let participle = o.ends_with("ing") && !lex.aside_opens.contains(o);
                        return Some(if clean && !participle { (np.0, j) } else { np });
                    }
                }
            }
            // "..., that Michael Bloomberg, who is thinking about running, said", "Lazar, 44,
            // said", "a federal judge, in response to a request, ordered": the phrase before an
            // aside opened by a relative pronoun, a preposition or a number.
            let aside = (floor..j - 1).rev().find(|&k| self.toks[k].lower == "," && !self.inq[k]);
            if let Some(pc) = aside.filter(|&pc| pc > lo && pc + 1 < j - 1) {
                let o = self.toks[pc + 1].lower.deref();
                let opens =
                    lex.aside_opens.contains(o) || o.starts_with(|ch: char| ch.is_ascii_digit());
                let clean = (pc + 1..j - 1).all(|k| !self.inq[k] && self.toks[k].lower != ";");
                let np = self.np_left(pc, lo).filter(|&r| {
                    r.1 == pc
                        && self.np_plausible(r)
                        && (r.0 == self.clause_first(lo, r.0)
                            || self.flags[r.0 - 1] & CLAUSE_START != 0)
                });
                if let Some(np) = np.filter(|_| opens && clean) {
                    return Some(np);
                }
            }
            if let Some(np) = self.np_left(j - 1, lo).filter(|&r| self.np_plausible(r)) {
                return Some(np);
            }
        }
        // "Kall -- co-editor of a book on the debates -- said": an appositive between dashes.
        let dash = |k: usize| {
            !self.inq[k] && matches!(self.toks[k].lower.deref(), "—" | "–" | "-" | "―" | "--")
        };
        if j > lo + 1 && dash(j - 1) {
            let mut close = j - 1;
            while close > lo && dash(close - 1) {
                close -= 1;
            }
            let open = (lo.max(close.saturating_sub(40))..close).rev().find(|&k| dash(k));
            if let Some(mut open) = open {
                while open > lo && dash(open - 1) {
                    open -= 1;
                }
                let np = self.np_left(open, lo).filter(|&r| {
                    self.np_plausible(r)
                        && r.1 == open
                        && (r.0 == self.clause_first(lo, r.0)
                            || self.flags[r.0 - 1] & CLAUSE_START != 0)
                });
                if let Some(mut np) = np {
                    // "John Dickey, the chief executive of Ora Media -- the company that ... --":
                    // the name before a comma appositive.
                    let before = (np.0 > lo + 1 && self.toks[np.0 - 1].lower == ",")
                        .then(|| self.np_left(np.0 - 1, lo))
                        .flatten()
                        .filter(|&r| self.np_plausible(r) && r.0 == self.clause_first(lo, r.0));
                    if let Some(b) = before {
                        np.0 = b.0;
                    }
                    let clean = (open..j).all(|k| !self.inq[k] && self.cue_at(k).is_none());
                    return Some(if clean { (np.0, j) } else { np });
                }
            }
        }
        if j > lo + 1 && matches!(self.toks[j - 1].lower.deref(), "and" | "but") {
            if let Some(np) =
                self.nearest_subject(lo, j - 1).or_else(|| self.clause_subject(lo, j - 1))
            {
                return Some(np);
            }
        }
        None
    }

    /// The subject of the last clause before `hi` (within 40 tokens): a phrase opening the
    /// sentence or following a comma, "and" or "but", with a verb right after it ("On Thursday,
    /// after remaining neutral, [Warren] appeared ...").
    fn nearest_subject(&self, lo: usize, hi: usize) -> Option<(usize, usize)> {
        let floor = lo.max(hi.saturating_sub(40));
        let mut k = hi;
        while k > floor {
            k -= 1;
            // After "and" or "but" only with a comma before it: "Netanyahu and other leaders"
            // is one phrase.
            let start = k == lo
                || (!self.inq[k - 1]
                    && match self.toks[k - 1].lower.deref() {
                        "," | ";" => true,
                        "and" | "but" => k >= lo + 2 && self.toks[k - 2].lower == ",",
                        _ => false,
                    });
            if !start || self.inq[k] {
                continue;
            }
            let Some(np) = self.np_right(k, hi).filter(|&r| {
                r.1 < hi
                    && self.np_plausible(r)
                    && (r.0..r.1).any(|x| !DETERMINERS.contains(&self.toks[x].lower.deref()))
            }) else {
                continue;
            };
            let v = np.1;
            let lower = self.text[self.toks[v].start..].starts_with(char::is_lowercase);
            if self.toks[v].word
                && !self.inq[v]
                && lower
                && (self.verbish(v) || self.cue_at(v).is_some() || self.adverb(v))
            {
                return Some(np);
            }
        }
        None
    }

    /// A speaker phrase that its clause's first words lead up to, through nouns and
    /// prepositions only, starts with them: "A panel of judges of the Court of Appeals for the
    /// Sixth Circuit ruled", "Many people involved in the talks assumed" (PolNeAR's source is the
    /// whole phrase). Not past a time, a comma or a lead-in phrase ("In Hartwell the mayor").
    fn with_lead_up(&self, np: (usize, usize), lo: usize) -> (usize, usize) {
        let lex = lexicon();
        let mut first = self.clause_first(lo, np.0);
        // "Both Mr. King and Mr. Schultz say": not "both".
        if first < np.0 && self.toks[first].lower == "both" {
            first += 1;
        }
        if first >= np.0
            || np.0 - first > MAX_LEAD_UP
            || lex.preps.contains(self.toks[first].lower.deref())
        {
            return np;
        }
        // No word that may be a verb: a cue word, a past or "-ing" form, an adverb, or a
        // lower-case word right after a name ("Berg met with", "Berg bristles at"), unless it
        // is a noun for people or findings ("Trump aides in Ohio").
        let capital = |k: usize| self.text[self.toks[k].start..].starts_with(char::is_uppercase);
        let joins = (first..np.0).all(|k| {
            let w = self.toks[k].lower.deref();
            let noun = lex.person_nouns.contains(w)
                || lex.group_nouns.contains(w)
                || lex.findings.contains(w)
                || lex.postmods.contains(w);
            let verb_like = self.flags[k] & (VERB | MAY_CUE) != 0
                || (w.len() > 4 && w.ends_with("ed"))
                || (w.len() > 4 && w.ends_with("ing"))
                || self.adverb(k)
                || (k > first
                    && !capital(k)
                    && capital(k - 1)
                    && !DETERMINERS.contains(&self.toks[k - 1].lower.deref()));
            let link = lex.preps.contains(w) || matches!(w, "of" | "and");
            !self.inq[k]
                && !self.timex[k]
                && self.cue_at(k).is_none()
                && (link || (self.np_word(k) && (noun || !verb_like)))
        });
        if joins {
            (first, np.1)
        } else {
            np
        }
    }

    /// A speaker phrase inside a relative clause reaches back to the noun the clause hangs on:
    /// "officials who spoke with The Huffington Post said" names the officials, not the Post
    /// (PolNeAR's source is the whole phrase). The clause has no comma or speech verb.
    fn with_relative(&self, np: (usize, usize), lo: usize) -> (usize, usize) {
        let lex = lexicon();
        for k in (lo.max(np.0.saturating_sub(12))..np.0).rev() {
            let t = &self.toks[k];
            if self.inq[k] || matches!(t.lower.deref(), "," | ";" | ":" | "(" | ")") {
                break;
            }
            if self.cue_at(k).is_some() && !lex.stance.contains(t.lower.deref()) {
                break;
            }
            if matches!(t.lower.deref(), "who" | "that") {
                // "told Fox News that Washington had warned": a "that" right before the phrase
                // opens a clause with its own subject, no relative one.
                if k + 1 == np.0 {
                    break;
                }
                if let Some(h) = self.np_left(k, lo).filter(|&h| h.1 == k && self.np_plausible(h)) {
                    return (h.0, np.1);
                }
                break;
            }
        }
        np
    }

    /// The speaker phrase starting at token `i` (for "said X", "according to X").
    /// A word between a subject and its verb: "also", "has", "rarely".
    fn adverb(&self, i: usize) -> bool {
        let t = &self.toks[i];
        let lower_initial = self.text[t.start..].chars().next().is_some_and(char::is_lowercase);
        lexicon().adverbs.contains(t.lower.deref())
            || (lower_initial
                && t.lower.len() > 4
                && t.lower.ends_with("ly")
                && !matches!(
                    t.lower.deref(),
                    "daily"
                        | "weekly"
                        | "monthly"
                        | "family"
                        | "ally"
                        | "rally"
                        | "assembly"
                        | "supply"
                        | "bully"
                        | "quarterly"
                ))
    }

    /// A lower-case word that ends a phrase read rightwards: a past form or an auxiliary.
    fn verbish(&self, i: usize) -> bool {
        let t = &self.toks[i];
        let lower_initial = self.text[t.start..].chars().next().is_some_and(char::is_lowercase);
        lower_initial
            && ((t.lower.len() > 4 && t.lower.ends_with("ed"))
                || matches!(
                    t.lower.deref(),
                    "has"
                        | "have"
                        | "had"
                        | "will"
                        | "would"
                        | "can"
                        | "could"
                        | "should"
                        | "may"
                        | "might"
                        | "must"
                        | "did"
                        | "does"
                        | "do"
                        | "took"
                        | "made"
                        | "went"
                        | "got"
                        | "gave"
                ))
    }

    fn np_right(&self, i: usize, hi: usize) -> Option<(usize, usize)> {
        // A personal pronoun is a whole phrase: "He met Mark Carney ... and asked for" is his
        // request, not one of "He met Mark Carney".
        if i < hi && lexicon().personal.contains(self.toks[i].lower.deref()) {
            return Some((i, i + 1));
        }
        let mut k = i;
        // A past form opening the phrase is an adjective ("said retired Gen. Mick Bednarek").
        // (A word that opens a clause ends it: "asked by reporters whether he would ...".)
        while k < hi && k - i < 9 && (k == i || !self.verbish(k)) {
            let opens = k > i && matches!(self.toks[k].lower.deref(), "whether" | "if" | "that");
            if !opens && (self.np_word(k) || (self.toks[k].lower == "of" && k > i)) {
                k += 1;
            } else {
                break;
            }
        }
        while k > i && self.toks[k - 1].lower == "of" {
            k -= 1;
        }
        (k > i).then_some((i, k))
    }

    /// Whether a phrase can name a speaker at all (PolNeAR-style sources: names, pronouns,
    /// determiner phrases, plural nouns like "officials").
    fn np_plausible(&self, (a, b): (usize, usize)) -> bool {
        let lex = lexicon();
        let first = &self.toks[a];
        let last = &self.toks[b - 1];
        let t = &self.text[first.start..first.end];
        let any = |f: &dyn Fn(&Tok) -> bool| self.toks[a..b].iter().any(f);
        t.chars().next().is_some_and(char::is_uppercase)
            || any(&|t| DETERMINERS.contains(&t.lower.deref()))
            || any(&|t| t.lower.chars().next().is_some_and(|c| c.is_ascii_digit()))
            || any(&|t| self.text[t.start..t.end].chars().next().is_some_and(char::is_uppercase))
            || matches!(
                first.lower.deref(),
                "he" | "she" | "they" | "we" | "i" | "it" | "you" | "who" | "that" | "which"
            )
            || DETERMINERS.contains(&first.lower.deref())
            || lex.person_nouns.contains(last.lower.deref())
            || lex.group_nouns.contains(last.lower.deref())
            // ("officials in both countries": the noun the phrase hangs on.)
            || lex.person_nouns.contains(first.lower.deref())
            || lex.group_nouns.contains(first.lower.deref())
            || lex.quantifiers.contains(last.lower.deref())
            || lex.quantifiers.contains(first.lower.deref())
            || (b - a <= 2 && last.lower.ends_with('s') && last.lower.len() > 3)
    }

    fn span_of(&self, (a, b): (usize, usize)) -> Span {
        Span::new(self.toks[a].start, self.toks[b - 1].end)
    }

    /// The person or organisation a speaker phrase names.
    fn resolve(&self, np: Span) -> Option<String> {
        // "the defence ministry in Moscow said": the country's ministry, not the country the
        // place it sits in stands for.
        let words = &self.text[np.start..np.end];
        if words.contains(" in ") {
            if let Some(body) = dossier_resolve::national_body_name(words) {
                return Some(body);
            }
        }
        let ents = &self.doc.entities;
        let first = ents.partition_point(|e| e.end <= np.start);
        let mut per = None;
        let mut org = None;
        let np_text = &self.text[np.start..np.end];
        // "the Kremlin", and the body of an unnamed person: "a Kremlin spokesman", "a senior
        // White House official".
        let mut det_len = ["the ", "The ", "a ", "A ", "an ", "An "]
            .iter()
            .find(|d| np_text.starts_with(**d))
            .map_or(0, |d| d.len());
        // "a Reuters" before "report" is no one: after "a", the body needs its person's noun.
        let indefinite = det_len > 0 && !np_text.starts_with(['t', 'T']);
        if det_len > 0 {
            det_len += ["senior ", "top "]
                .iter()
                .find(|d| np_text[det_len..].starts_with(**d))
                .map_or(0, |d| d.len());
        }
        for e in &ents[first..] {
            if e.start >= np.end {
                break;
            }
            if e.start < np.start || e.end > np.end || !well_formed(self.text, e.start, e.end) {
                continue;
            }
            let after = &self.text[e.end..np.end];
            let possessive = after.starts_with("'s") || after.starts_with("’s");
            match e.label.as_str() {
                "PER" if !possessive && per.is_none() => per = Some(e.entity.clone()),
                // "the Kremlin", "the Belarusian KGB" (capitalised words before the name), or
                // "the state news agency Xinhua" (a description in apposition, without a
                // preposition that would make the name another's: "the head of Rosatom").
                "ORG"
                    if !(possessive || indefinite && after.trim().is_empty())
                        && (e.start == np.start + det_len
                            || (after.trim().is_empty()
                                && self.text.get(np.start + det_len..e.start).is_some_and(
                                    |t| {
                                        t.split_whitespace()
                                            .all(|w| w.starts_with(char::is_uppercase))
                                            || ((det_len > 0
                                                // ("state news agency Belta": a bare
                                                // description of the body, lower case.)
                                                || t.starts_with(char::is_lowercase))
                                                && self.apposed(t))
                                            // "Turkey's intelligence agency MIT", "the
                                            // country's state news agency TASS": the
                                            // description has an owner.
                                            || owned_description(t)
                                                .is_some_and(|d| self.apposed(d))
                                            // "Chinese state broadcaster CCTV": the
                                            // description is of a nation's body.
                                            || t.split_once(' ').is_some_and(|(nation, d)| {
                                                dossier_resolve::lang::lang()
                                                    .country_of_demonym(nation)
                                                    .is_some()
                                                    && d.starts_with(char::is_lowercase)
                                                    && self.apposed(d)
                                            })
                                    },
                                ))) =>
                {
                    org = Some(e.entity.clone())
                }
                _ => {}
            }
        }
        if let Some(p) = per {
            return Some(self.canonical(&p));
        }
        if let Some(owner) = self.office_owner(np) {
            return Some(owner);
        }
        for r in &self.doc.roles {
            if r.start < np.end && np.start < r.end {
                if let Some(e) = &r.entity {
                    return Some(self.canonical(e));
                }
            }
        }
        if org.is_some() {
            return org;
        }
        // Pronouns and descriptions stand for someone named before.
        let lex = lexicon();
        let (a, b) = (self.tok_at(np.start), self.tok_at(np.end));
        if b <= a {
            return None;
        }
        let words: Vec<&str> = self.toks[a..b].iter().map(|t| t.lower.deref()).collect();
        let head = words.iter().position(|w| *w == "of").map_or(words[words.len() - 1], |i| {
            if i > 0 {
                words[i - 1]
            } else {
                words[0]
            }
        });
        if words == ["who"] {
            // The person the relative clause hangs on.
            let sent = self.sents[self.sent_of(np.start)];
            let i = self.persons.partition_point(|(p, _)| *p < np.start);
            return self.persons[..i]
                .last()
                .filter(|(p, _)| *p >= sent.start)
                .map(|(_, n)| n.clone());
        }
        let anaphoric = (words.len() == 1 && lex.pronouns.contains(words[0]))
            || (matches!(words[0], "the" | "this" | "our")
                && lex.person_nouns.contains(head)
                && !matches!(head, "source"));
        // "Ukraine's air force said ... Air defences shot down most of them, it said": "it" is
        // the body or state that spoke last, in its sentence or the two before (no person).
        if words == ["it"] {
            let s0 = self.sent_of(np.start);
            let from = self.sents[s0.saturating_sub(2)].start;
            let body = self
                .spoken
                .iter()
                .rev()
                .filter(|(p, _)| *p < np.start && *p >= from)
                .find(|(_, n)| !self.person_names.contains(n));
            if let Some((_, name)) = body {
                return Some(name.clone());
            }
        }
        if anaphoric {
            // "the U.S. official" is someone the article has shown to be American; not the
            // Salvadoran president quoted just before (and, with no such person, the state).
            let nation = (a + 1..b.saturating_sub(1))
                .find(|&k| self.text[self.toks[k].start..].starts_with(char::is_uppercase))
                .map(|k| self.nation_words(k));
            let fits = |name: &String| {
                nation.is_none_or(|(w, c)| {
                    self.doc.roles.iter().any(|r| {
                        r.start < np.start
                            && r.entity.as_deref().is_some_and(|e| self.canonical(e) == *name)
                            && names_nation(&r.text, w, c)
                    })
                })
            };
            if words.len() > 1 {
                // "..., according to a White House official. ..., the official said": the
                // unnamed one brought in since the last person named, by the body that phrase
                // names, or no one.
                // (After the words it attributes, "..., the official added": the names in
                // those words are what was said, and the one brought in may be further back.)
                let after_words =
                    a > 0 && matches!(self.toks[a - 1].lower.deref(), "," | "\"" | "\u{201d}");
                if let Some(body) = self.unnamed_before(head, np.start, after_words) {
                    return body;
                }
                if let Some(name) = self.holder_before(head, np.start).filter(fits) {
                    return Some(name);
                }
                // ("The army chief said ...": an office no one named holds is no one's.)
                let modifier = words[words.len() - 2];
                if words.len() > 2 && lex.office_modifiers.contains(modifier) {
                    return None;
                }
            }
            // "Trump will decide within days, he said": the pronoun of an attribution after
            // the words reported stands for someone before them, not for a name among them.
            let after_words = words.len() == 1
                && a > 0
                && matches!(self.toks[a - 1].lower.deref(), "," | "\"" | "\u{201d}");
            if after_words {
                let s = self.sents[self.sent_of(np.start)];
                if s.start < np.start {
                    if let Some(name) = self.antecedent(s.start) {
                        return Some(name);
                    }
                }
            }
            return self.antecedent(np.start).filter(fits);
        }
        // "the Russian ministry", "the Turkish statement": a nationality word between the
        // article and the noun (capitalised, so no description: "the new ministry").
        let national = words.len() == 3
            && words[0] == "the"
            && self.text[self.toks[a + 1].start..].starts_with(char::is_uppercase);
        // "according to the statement" after "the Elysee said": the last to speak, within the
        // sentence or the two before it.
        // "The Turkish statement" is that of a speaker whose name tells the country ("the
        // Turkish presidency": Presidential Administration (Turkey)).
        if (words.len() == 2 || national) && words[0] == "the" && lex.documents.contains(head) {
            let s0 = self.sent_of(np.start);
            let from = self.sents[s0.saturating_sub(2)].start;
            let nation = national.then(|| self.nation_words(a + 1));
            return self
                .spoken
                .iter()
                .rev()
                .filter(|(_, n)| nation.as_ref().is_none_or(|(w, c)| names_nation(n, w, *c)))
                .find(|(p, _)| *p < np.start && *p >= from)
                .map(|(_, n)| n.clone());
        }
        // "the ministry said" after "the Russian Ministry of Defence": the organisation named
        // most recently before whose name has that word.
        if words.len() == 2 && words[0] == "the" && !lex.person_nouns.contains(head) {
            return self
                .organisation_before(head, np.start)
                .or_else(|| self.speaker_named_with(head, np.start));
        }
        // "the Russian ministry said" after "the Russian Defence Ministry": that organisation,
        // when the nationality word is in its name or just before it (not the Ukrainian
        // ministry named since).
        if national && !lex.person_nouns.contains(head) {
            return self.organisation_before_of(head, self.nation_words(a + 1).0, np.start);
        }
        None
    }

    /// The person whose own office speaks in `np`: "Pashinyan's office", "his office", "the
    /// president's press service" (an `office` word last, a possessive before it).
    fn office_owner(&self, np: Span) -> Option<String> {
        let lex = lexicon();
        let (a, b) = (self.tok_at(np.start), self.tok_at(np.end));
        if b < a + 2 || !lex.offices.contains(self.toks[b - 1].lower.deref()) {
            return None;
        }
        let mut end = b - 1;
        if end > a + 1 && self.toks[end - 1].lower.deref() == "press" {
            end -= 1;
        }
        let before = &self.toks[a..end];
        let owner_end = self.toks[end - 1].end;
        let owner = self.text.get(np.start..owner_end)?;
        let Some(stem) = owner.strip_suffix("'s").or_else(|| owner.strip_suffix("\u{2019}s"))
        else {
            return match before {
                [w] if matches!(w.lower.deref(), "his" | "her") => self.antecedent(np.start),
                _ => None,
            };
        };
        let stem_end = np.start + stem.len();
        let ents = &self.doc.entities;
        let first = ents.partition_point(|e| e.end <= np.start);
        if let Some(e) = ents[first..]
            .iter()
            .take_while(|e| e.start < stem_end)
            .find(|e| e.label == "PER" && e.end == stem_end && e.start >= np.start)
        {
            return Some(self.canonical(&e.entity));
        }
        // "the president's office": the holder of that role named before.
        let words: Vec<&str> = stem.split_whitespace().collect();
        match words.as_slice() {
            [the, head] if the.eq_ignore_ascii_case("the") && lex.person_nouns.contains(head) => {
                self.holder_before(head, np.start)
            }
            _ => None,
        }
    }

    /// Whether `words`, between "the" and a name, describe it in apposition: a few plain
    /// words, none a preposition or a person's noun ("state news agency", not "spokesman for"
    /// or "lawyer").
    fn apposed(&self, words: &str) -> bool {
        let lex = lexicon();
        let n = words.split_whitespace().count();
        (1..=3).contains(&n)
            && words.split_whitespace().all(|w| {
                w.chars().all(char::is_alphabetic)
                    && !lex.preps.contains(w)
                    && !lex.person_nouns.contains(w)
            })
    }

    /// "Moscow said ...", "Ukraine said ...": a state speaks through its name or its capital,
    /// with a verb of speech (cue tokens `c..ce`; "North Korea conducted a test" says nothing).
    /// The speaker is the country, so that its words gather under one name.
    fn state(&self, np: Span, c: usize, ce: usize) -> Option<String> {
        let ents = &self.doc.entities;
        let first = ents.partition_point(|e| e.end <= np.start);
        let np_text = &self.text[np.start..np.end];
        // ("two Russian officials familiar with the matter": a count opens the phrase too.)
        let det_len =
            ["the ", "The ", "a ", "A ", "an ", "An ", "two ", "Two ", "three ", "Three "]
                .iter()
                .chain(&["several ", "Several "])
                .find(|d| np_text.starts_with(**d))
                .map_or(0, |d| d.len());
        let det_len = det_len
            + ["senior ", "top "]
                .iter()
                .find(|d| np_text[det_len..].starts_with(**d))
                .map_or(0, |d| d.len());
        let within = || ents[first..].iter().take_while(|e| e.start < np.end);
        let cue = &self.text[self.toks[c].start..self.toks[ce - 1].end];
        if !is_speech_cue(cue) {
            return None;
        }
        let lang = dossier_resolve::lang::lang();
        // "Indian officials", "Pakistan's authorities", "the Chinese government": one state's
        // word and a noun for those who speak for it. ("U.S. and Chinese officials" are two.)
        // "a Japanese government official": the words after the state's all such nouns.
        if let Some((country, voice)) = np_text[det_len..].split_once(' ') {
            let voices = &lexicon().state_voices;
            // ("the U.S. embassy in Vilnius": where the voice sits is no speaker.)
            let voice = match voice.split_once(" in ") {
                Some((v, place)) if place.split(' ').all(|w| w.starts_with(char::is_uppercase)) => {
                    v
                }
                _ => voice,
            };
            // ("an Indian official briefed on the talks": what the voice knows of is no part
            // of who speaks.)
            let voice = voice
                .split(' ')
                .position(|w| lexicon().postmods.contains(w))
                .filter(|&k| k > 0)
                .map_or(voice, |k| {
                    let cut: usize = voice.split(' ').take(k).map(|w| w.len() + 1).sum();
                    &voice[..cut - 1]
                });
            if voice.split(' ').all(|v| voices.contains(v)) && !within().any(|e| e.label == "PER") {
                let country = country
                    .strip_suffix("'s")
                    .or_else(|| country.strip_suffix("\u{2019}s"))
                    .unwrap_or(country);
                return lang
                    .country_of_demonym(country)
                    .or_else(|| lang.country_acting(country))
                    .map(str::to_string);
            }
        }
        // "a source in the Ukrainian delegation": one who speaks from within a state's group.
        if let Some((voice, words)) = np_text[det_len..].split_once(' ') {
            let lex = lexicon();
            let rest = ["in the ", "from the ", "within the ", "close to the "]
                .iter()
                .find_map(|p| words.strip_prefix(p));
            if let Some((country, group)) = rest.and_then(|r| r.split_once(' ')) {
                if lex.state_voices.contains(voice)
                    && group
                        .split(' ')
                        .all(|g| lex.state_groups.contains(g) || lex.state_voices.contains(g))
                    && !within().any(|e| e.label == "PER")
                {
                    return lang.country_of_demonym(country).map(str::to_string);
                }
            }
            // "officials in Vilnius", "authorities in Kyiv": those who speak for the state
            // whose capital or name follows.
            let place = words.strip_prefix("in ").filter(|_| {
                lex.state_voices.contains(voice.to_lowercase().as_str())
                    && !within().any(|e| e.label == "PER")
            });
            // ("officials in Brussels": the European Union's.)
            if let Some(c) =
                place.and_then(|p| lang.body_seated_in(p).or_else(|| lang.country_acting(p)))
            {
                return Some(c.to_string());
            }
        }
        // The name as a place, or untagged ("Kyiv said"); never a person or organisation's.
        // ("Belarus, where the handover took place, said": the name before its aside.)
        // ("according to a Vatican statement": the state's own document.)
        let whole = |e: &EntityMention| {
            e.end == np.end
                || self.text.get(e.end..np.end).is_some_and(|t| {
                    t.starts_with(',') || lexicon().documents.contains(t.trim_start())
                })
        };
        let name = match within().find(|e| e.start == np.start + det_len && whole(e)) {
            Some(e) if e.label == "LOC" => &e.text,
            Some(_) => return None,
            None if within().next().is_none() => &np_text[det_len..],
            None => return None,
        };
        lang.country_acting(name).map(str::to_string)
    }

    /// The organisation most recently named before `pos` whose name has the word `head`.
    fn organisation_before(&self, head: &str, pos: usize) -> Option<String> {
        let (found, before) = self.organisations_with(head, pos)?;
        let i = last_below(found, before)?;
        Some(self.doc.entities[i].entity.clone())
    }

    /// The organisation mentions whose name has the word `head` (indices into the entities,
    /// ascending), and how many of the entities end before `pos`.
    fn organisations_with(&self, head: &str, pos: usize) -> Option<(&[usize], usize)> {
        let ents = &self.doc.entities;
        let index = self.org_words.get_or_init(|| {
            word_index(
                ents.iter()
                    .enumerate()
                    .filter(|(_, e)| e.label == "ORG")
                    .map(|(i, e)| (i, e.text.as_str())),
            )
        });
        let before = ents.partition_point(|e| e.end <= pos);
        Some((index.get(head.to_ascii_lowercase().as_str())?.as_slice(), before))
    }

    /// The latest speaker before `pos` whose name has the word `head`: "the ministry said"
    /// after "the Russian Defense Ministry said", which the recogniser did not tag (its name
    /// came from the words: "Ministry of Defence (Russia)").
    fn speaker_named_with(&self, head: &str, pos: usize) -> Option<String> {
        // Among the last few who spoke: "the ministry" is a recent speaker, and the scorer asks
        // this of many phrases.
        self.spoken
            .iter()
            .rev()
            .filter(|(p, _)| *p < pos)
            .take(6)
            .find(|(_, n)| {
                n.split(|c: char| !c.is_alphanumeric()).any(|w| w.eq_ignore_ascii_case(head))
            })
            .map(|(_, n)| n.clone())
    }

    /// Token `k`'s word and the country it names as a nationality word ("Russian": Russia).
    fn nation_words(&self, k: usize) -> (&'a str, Option<&'static str>) {
        let w = &self.text[self.toks[k].start..self.toks[k].end];
        (w, dossier_resolve::lang::lang().country_of_demonym(w))
    }

    /// Like [`Ctx::organisation_before`], among the organisations whose name has `nation` in
    /// it or right before it ("the Russian Defence Ministry", "Russia's Defence Ministry").
    fn organisation_before_of(&self, head: &str, nation: &str, pos: usize) -> Option<String> {
        let ents = &self.doc.entities;
        let (found, before) = self.organisations_with(head, pos)?;
        let country = dossier_resolve::lang::lang().country_of_demonym(nation);
        let named = |t: &str| names_nation(t, nation, country);
        found.iter().rev().filter(|&&i| i < before).find_map(|&i| {
            let e = &ents[i];
            let lead = self.text.get(e.start.saturating_sub(24)..e.start).unwrap_or("");
            (named(&e.text) || named(lead)).then(|| {
                // Named as the corpus names a country's body when it is one ("Ministry of
                // Defence (Russia)"), so the words join the organisation's other mentions.
                dossier_resolve::national_body_name(&format!("{nation} {}", e.text))
                    .unwrap_or_else(|| e.entity.clone())
            })
        })
    }

    /// The national body that definite phrase `np` names without its country ("the
    /// presidential office"), as the body of the person most recently titled its head before
    /// it ("Ukrainian President Volodymyr Zelenskiy": Presidential Administration (Ukraine)).
    /// `None` when no head is titled before it, or the last one's title names no country.
    ///
    /// "The ministry" alone is first that of the first minister its own sentence titles (who
    /// did what it reports: "Russian Foreign Minister Sergei Lavrov held a call with Armenian
    /// Foreign Minister Ararat Mirzoyan, the ministry said" is Russia's).
    fn body_of_head_before(&self, np: Span) -> Option<String> {
        let words = &self.text[np.start..np.end];
        let before = self.doc.roles.partition_point(|r| r.end <= np.start);
        let roles = &self.doc.roles[..before];
        let held = |r: &&dossier_document::RoleMention| r.entity.is_some();
        if words.trim().eq_ignore_ascii_case("the ministry") {
            let from = self.sents[self.sent_of(np.start)].start;
            let own = roles.partition_point(|r| r.start < from);
            let first = roles[own..]
                .iter()
                .filter(held)
                .find_map(|r| dossier_resolve::headed_body_name(words, &r.text));
            if let Some(body) = first {
                return body;
            }
        }
        roles
            .iter()
            .rev()
            .filter(held)
            .find_map(|r| dossier_resolve::headed_body_name(words, &r.text))
            .flatten()
    }

    /// The person most recently given a role whose words include `head` before `pos`: "the
    /// minister" is the foreign minister named earlier, not a journalist named since.
    fn holder_before(&self, head: &str, pos: usize) -> Option<String> {
        let roles = &self.doc.roles;
        let index = self.role_words.get_or_init(|| {
            word_index(
                roles
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| r.entity.is_some())
                    .map(|(i, r)| (i, r.text.as_str())),
            )
        });
        let before = roles.partition_point(|r| r.end <= pos);
        let i = last_below(index.get(head.to_ascii_lowercase().as_str())?, before)?;
        Some(self.canonical(roles[i].entity.as_deref()?))
    }

    /// The most recent speaker, or the subject of the nearest sentence naming a person, before
    /// `pos`: up to four sentences back.
    /// An unnamed person brought in with `head` after "a" or "an" ("a White House official")
    /// in the sentence of `pos` or the two before it, with no person named between that phrase
    /// and `pos`: `Some` of the body the phrase names or of the speaker its own attribution was
    /// given (or of `None`), else `None`.
    fn unnamed_before(&self, head: &str, pos: usize, after_words: bool) -> Option<Option<String>> {
        let s0 = self.sent_of(pos);
        let from = self.sents[s0.saturating_sub(if after_words { 4 } else { 2 })].start;
        let (lo, hi) = (self.tok_at(from), self.tok_at(pos));
        let det_of = |k: usize| {
            (k.saturating_sub(5).max(lo)..k).rev().find(|&j| {
                matches!(self.toks[j].lower.deref(), "a" | "an" | "the" | "," | "." | "said")
            })
        };
        // (Past the same noun with "the" before it: "the official said" earlier in the chain
        // stands for the same one.)
        let (k, det) = (lo..hi)
            .rev()
            .filter(|&k| self.toks[k].lower.deref() == head)
            .map(|k| (k, det_of(k)))
            .find(|(_, d)| !d.is_some_and(|d| self.toks[d].lower.deref() == "the"))?;
        let det = det?;
        if !matches!(self.toks[det].lower.deref(), "a" | "an") {
            return None;
        }
        let phrase = Span::new(self.toks[det].start, self.toks[k].end);
        // (A person named after the phrase may be the one "the official" stands for: in
        // apposition, or in a later sentence; not one the phrase's own sentence tells of, "...,
        // a White House official said, days after a meeting between Trump and Zelensky".)
        let i = self.persons.partition_point(|(p, _)| *p < pos);
        let own = self.sent_of(phrase.start);
        let j = self.persons[..i].partition_point(|(p, _)| *p < phrase.start);
        let said = |p: usize| after_words && self.sent_of(p) == s0 && own != s0;
        if self.persons[j..i]
            .iter()
            .any(|&(p, _)| (p <= phrase.end + 3 || self.sent_of(p) != own) && !said(p))
        {
            return None;
        }
        // (Or whoever the quote that phrase attributed was given to: "a German government
        // spokesman said" spoke for Germany.)
        let given = || {
            let near = phrase.start..phrase.end + 12;
            self.spoken.iter().rev().find(|(p, _)| near.contains(p)).map(|(_, n)| n.clone())
        };
        Some(self.resolve(phrase).or_else(given))
    }

    fn antecedent(&self, pos: usize) -> Option<String> {
        let s0 = self.sent_of(pos);
        let p0 = self.para_of(pos);
        let mut counted = 0;
        for back in 0..48 {
            let Some(s) = s0.checked_sub(back) else { break };
            let sent = self.sents[s];
            let (a, b) = (self.tok_at(sent.start), self.tok_at(sent.end));
            let quoted = b > a && self.free_words[b] == self.free_words[a];
            if back > 0 && quoted {
                continue;
            }
            counted += 1;
            if counted > 4 {
                break;
            }
            if self.para_of(sent.start) + 2 < p0 + 1 {
                break;
            }
            let hi = if back == 0 { pos } else { sent.end };
            // In an earlier sentence, its first speaker: "Peskov said Putin and Trump had
            // agreed to ... He said ..." is Peskov again, not the subject of a stance inside
            // his words.
            let spoken = self
                .spoken
                .iter()
                .rev()
                .take(16)
                .filter(|(p, name)| *p >= sent.start && *p < hi && self.person_names.contains(name))
                .max_by_key(|(p, _)| if back == 0 { *p as isize } else { -(*p as isize) });
            if let Some((_, name)) = spoken {
                return Some(name.clone());
            }
            let i = self.persons.partition_point(|(p, _)| *p < sent.start);
            if let Some((p, name)) = self.persons.get(i) {
                if *p < hi {
                    return Some(name.clone());
                }
            }
        }
        None
    }

    /// Builds the attribution for a cue at tokens `c..ce` whose speaker phrase is `np`.
    fn attr(&self, c: usize, ce: usize, np: Option<(usize, usize)>) -> Attr {
        // The agent of a passive: "by X" right after the participle, or a few words on.
        let agent = |reach: usize| {
            let n = self.toks.len();
            let by = (ce..(ce + reach).min(n))
                .take_while(|&k| self.toks[k].word && !self.inq[k])
                .find(|&k| self.toks[k].lower == "by")?;
            self.np_right(by + 1, (by + 10).min(n)).filter(|&r| self.np_plausible(r))
        };
        // "Sen. Jones, backed by X": a participle after a comma, not a subject's verb.
        let reduced = c > 0 && self.toks[c - 1].lower == "," && self.participle(c, ce);
        // "a sentiment endorsed by the crowd", "a measure strongly opposed by unions": a
        // participle with a named agent right after it is passive though no "be" precedes it
        // (not "responded by attacking", "rose by 5 percent").
        let bare_passive = || {
            self.participle(c, ce)
                && agent(1).is_some_and(|(a, _)| {
                    let w = self.toks[a].lower.deref();
                    !w.ends_with("ing") && !w.starts_with(|ch: char| ch.is_ascii_digit())
                })
        };
        // "sanctions on nine officials and three firms accused of helping ...": "accused of"
        // with no object between is passive (a reduced relative clause); who accuses is not the
        // subject before it.
        let passive_of = || {
            lexicon().passive_of.contains(self.toks[c].lower.deref())
                && self.toks.get(c + 1).is_some_and(|t| t.lower == "of")
        };
        let np = match np {
            // "Trump is expected to ...", "she was asked ...", "it seems ...": the subject is
            // not the source; an agent ("was criticized by X") is.
            Some(r) if r.1 <= c && self.passive(r.1, c, ce) => agent(8),
            Some(_) if passive_of() => agent(ce - c + 1),
            _ if (reduced || bare_passive()) && agent(1).is_some() => agent(1),
            np => np,
        };
        // Whatever follows "according to" is its source.
        let according = self.toks[c].lower == "according";
        let np = np.filter(|&r| according || self.np_plausible(r)).map(|r| self.span_of(r));
        let speaker = np.and_then(|s| {
            self.resolve(s)
                .or_else(|| self.state(s, c, ce))
                // "Ukraine's foreign ministry warned ...", untagged: the country's ministry.
                .or_else(|| dossier_resolve::national_body_name(&self.text[s.start..s.end]))
                // "the Azerbaijani presidency said ... the presidency said": the body named
                // before with its country.
                .or_else(|| {
                    dossier_resolve::body_named_before(
                        &self.text[s.start..s.end],
                        &self.text[..s.start],
                    )
                })
                // "BEIJING — ... the commerce ministry said": the dateline's country's.
                .or_else(|| {
                    dossier_resolve::dateline_body_name(self.doc, &self.text[s.start..s.end])
                })
                // "KYIV - ... the city's military administration said": the dateline city's.
                .or_else(|| dossier_resolve::city_body_name(self.doc, &self.text[s.start..s.end]))
                // With no dateline, "Ukrainian President Volodymyr Zelenskiy ... the
                // presidential office said": the body of the head titled last, of the country
                // the title names. (Not past a dateline's: "KYIV — Zelenskiy thanked Turkish
                // President Tayyip Erdogan ..., the presidential office said" is Kyiv's.)
                .or_else(|| self.body_of_head_before(s))
                // "a Turkish foreign ministry source said": one who speaks for that body.
                .or_else(|| body_of_voice(&self.text[s.start..s.end]))
        });
        let (c, ce) = self.cue_extent(c, ce, np.map(|s| self.tok_at(s.end)));
        let cue = Span::new(self.toks[c].start, self.toks[ce - 1].end);
        Attr { cue: Some(cue), np, speaker, relayed: None }
    }

    /// Whether the cue at `c..ce` is one word that may be a past participle.
    /// "The US measures, announced late on Wednesday, also target ...": a participle cue at
    /// `c..ce` set off by commas after a noun, with only a time after it (before `last`, in a
    /// sentence from `lo`), describes that noun; nobody says anything.
    fn participle_aside(&self, c: usize, ce: usize, lo: usize, last: usize) -> bool {
        if c <= lo || self.toks[c - 1].lower != "," {
            return false;
        }
        if !self.participle(c, ce) {
            return self.passive_aside(c, ce, last);
        }
        if matches!(self.toks[c].lower.deref(), "said" | "told") {
            return false;
        }
        let mut k = ce;
        while k < last
            && (self.timex[k] || matches!(self.toks[k].lower.deref(), "on" | "late" | "early"))
        {
            k += 1;
        }
        if k > ce && k < last && self.toks[k].lower == "," {
            return true;
        }
        self.passive_aside(c, ce, last)
    }

    /// "Trump, asked by reporters whether he would meet Putin, said: ...": a passive aside set
    /// off by commas before the subject's own verb of saying (the cue at `c..ce` may hold the
    /// "by" of its agent).
    fn passive_aside(&self, c: usize, ce: usize, last: usize) -> bool {
        if c == 0
            || self.toks[c - 1].lower != ","
            || !self.participle(c, c + 1)
            || matches!(self.toks[c].lower.deref(), "said" | "told")
        {
            return false;
        }
        // (Not past a "that" of reported words: "Saks, a Kremlin aide, told reporters that the
        // leaders would meet alone, joined by ...".)
        (ce..last.min(ce + MAX_ASIDE))
            .take_while(|&j| !self.inq[j] && self.toks[j].lower != "that")
            .find(|&j| self.toks[j].lower == ",")
            .is_some_and(|j| {
                // (Or a verb of its own in the past: "The ministry, asked about the strike,
                // declined to comment".)
                let w = self.toks.get(j + 1).map_or("", |t| t.lower.deref());
                let past = w.len() > 4
                    && w.ends_with("ed")
                    && self.text[self.toks[j + 1].start..].starts_with(char::is_lowercase);
                past || self.cue_at(j + 1).is_some_and(|x| x.1)
                    && matches!(w, "said" | "told" | "says" | "tells")
            })
    }

    fn participle(&self, c: usize, ce: usize) -> bool {
        let verb = self.toks[c].lower.deref();
        ce == c + 1
            && self.toks[c].word
            && ((verb.len() > 3
                && (verb.ends_with("ed") || verb.ends_with("en") || verb.ends_with("wn")))
                || lexicon().participles.contains(verb))
    }

    /// Whether the single-word cue at `c..ce`, after a subject ending at token `from`, is a
    /// passive ("is expected", "was asked") or a verb whose subject is not a source ("seems").
    fn passive(&self, from: usize, c: usize, ce: usize) -> bool {
        let lex = lexicon();
        if ce != c + 1 || !self.toks[c].word {
            return false;
        }
        if lex.subjectless.contains(self.toks[c].lower.deref()) {
            return true;
        }
        // "They are convinced that ...": a participle of mind is its subject's state.
        if !self.participle(c, ce) || lex.stative.contains(self.toks[c].lower.deref()) {
            return false;
        }
        // A form of "be" right before the participle, past adverbs ("was not invited").
        let mut k = c;
        while k > from && c - k < 4 {
            let w = self.toks[k - 1].lower.deref();
            if lex.be.contains(w) {
                return true;
            }
            if !self.adverb(k - 1) {
                break;
            }
            k -= 1;
        }
        false
    }

    /// The cue's words as PolNeAR marks them: with the auxiliaries and adverbs between the
    /// speaker and the verb ("has said", "also noted"), a closing colon ("added:") and the
    /// particle of a phrasal cue ("called for", "spoke about", "pointed to").
    fn cue_extent(&self, c: usize, ce: usize, np_end: Option<usize>) -> (usize, usize) {
        let word = self.toks[c].word && ce == c + 1;
        let mut a = c;
        let floor = np_end.filter(|&e| e <= c).unwrap_or(c.saturating_sub(3));
        while word && a > floor && c - a < 3 && !self.inq[a - 1] && self.adverb(a - 1) {
            a -= 1;
        }
        let mut b = ce;
        if let Some(t) = self.toks.get(b).filter(|_| !self.inq[b]) {
            let verb = self.toks[ce - 1].lower.deref();
            let particle = match t.lower.deref() {
                ":" => true,
                "for" | "about" => word && !matches!(verb, "said" | "says" | "say"),
                "on" => word && matches!(verb, "called" | "calls" | "call" | "calling"),
                "of" => word && matches!(verb, "warned" | "warns" | "warning" | "accused"),
                "against" => {
                    word && matches!(verb, "voted" | "vote" | "railed" | "argued" | "warned")
                }
                "with" => word && matches!(verb, "agreed" | "agree" | "agrees" | "disagreed"),
                "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday"
                | "sunday" => word,
                "to" => {
                    word && matches!(
                        verb,
                        "pointed"
                            | "points"
                            | "referred"
                            | "refers"
                            | "referring"
                            | "responded"
                            | "respond"
                            | "spoke"
                            | "talked"
                            | "alluded"
                            | "objected"
                    )
                }
                _ => false,
            };
            if particle && np_end.is_none_or(|e| e <= c || e > b + 1) {
                b += 1;
            }
        }
        (a, b)
    }

    /// The first word of the clause starting at `lo` (before `hi`): past punctuation, "But" and
    /// a dateline ("WASHINGTON (AP) —", "LOS ANGELES, Sept. 28 (UPI) —").
    fn clause_first(&self, lo: usize, hi: usize) -> usize {
        let lex = lexicon();
        let mut k = lo;
        let skip = |k: &mut usize| {
            while *k < hi
                && (!self.toks[*k].word || lex.openers.contains(self.toks[*k].lower.deref()))
            {
                *k += 1;
            }
        };
        skip(&mut k);
        let d = self.past_dateline(k, hi);
        if d > k {
            k = d;
            skip(&mut k);
        }
        k
    }

    /// The first token after a dateline that starts at `k` ("WASHINGTON (AP) —", "Minsk, 3
    /// March (Nord Courier) -": capitalised words, numbers and punctuation up to a dash), or `k`
    /// when there is none.
    fn past_dateline(&self, k: usize, hi: usize) -> usize {
        let capital = |i: usize| {
            self.text[self.toks[i].start..]
                .starts_with(|c: char| c.is_uppercase() || c.is_numeric())
        };
        let dash = (k..(k + 14).min(hi))
            .find(|&i| matches!(self.toks[i].lower.deref(), "—" | "–" | "-" | "―"));
        match dash.filter(|&d| d > k && (k..d).all(|i| !self.toks[i].word || capital(i))) {
            Some(d) => d + 1,
            None => k,
        }
    }

    /// The subject of the clause starting at `lo`: past "But", a dateline ("WASHINGTON (AP)
    /// —") and a lead-in phrase up to its comma ("Inside the hall, ", "Hours later, ").
    fn clause_subject(&self, lo: usize, hi: usize) -> Option<(usize, usize)> {
        let lex = lexicon();
        let mut k = self.clause_first(lo, hi);
        let skip = |k: &mut usize| {
            while *k < hi
                && (!self.toks[*k].word || lex.openers.contains(self.toks[*k].lower.deref()))
            {
                *k += 1;
            }
        };
        if k >= hi {
            return None;
        }
        let first = self.toks[k].lower.deref();
        // A lead-in phrase before the subject: "By the end of the day, X ...".
        let lead = lex.preps.contains(first)
            || matches!(first, "by" | "to" | "for")
            || lex.subordinators.contains(first)
            || self.timex[k]
            || self.adverb(k);
        if lead {
            let comma = (k..(k + 14).min(hi)).find(|&i| self.toks[i].lower == "," && !self.inq[i]);
            if let Some(cm) = comma {
                k = cm + 1;
                skip(&mut k);
            }
        }
        self.np_right(k, hi).filter(|&r| self.np_plausible(r))
    }

    /// The sentence-initial phrase, when it names a person or organisation (a subject that a
    /// parenthetical or a conjunction separates from its verb).
    fn subject_of(&self, lo: usize, hi: usize) -> Option<(usize, usize)> {
        let r = self.clause_subject(lo, hi)?;
        let s = self.span_of(r);
        self.resolve(s).map(|_| r)
    }

    /// The attribution in the words after a closing mark, up to the sentence's end.
    fn attr_after(&self, from: usize, para_end: usize, loose: bool) -> Option<Attr> {
        let mut i = self.tok_at(from);
        let hi = {
            let mut k = i;
            while k < self.toks.len()
                && self.toks[k].start < para_end
                && k - i < 30
                && !self.inq[k]
                && !(matches!(self.toks[k].lower.deref(), "." | "!" | "?" | ";")
                    && self.toks.get(k + 1).is_none_or(|t| t.lower != ")"))
                && !(k > i && is_open_mark(self.text[self.toks[k].start..].chars().next()?))
            {
                k += 1;
            }
            k
        };
        if i >= hi {
            return None;
        }
        let starts_ok = matches!(self.toks[i].lower.deref(), "," | "-" | "–" | "—" | "―");
        // Without a comma or dash, only a short attribution that ends its sentence counts
        // (“...?” Trump said. / “...” Grubbs said.): "She followed that by saying, ..." after
        // a quote that ended its sentence is a new sentence.
        let short_tail = || {
            (i..hi.min(i + 8)).find(|&c| self.cue_at(c).is_some()).is_some_and(|c| {
                let ce = self.cue_at(c).map_or(c + 1, |x| x.0);
                let rest = (ce.min(hi)..hi).filter(|&k| self.toks[k].word).count();
                let ends =
                    self.toks.get(hi).is_none_or(|t| matches!(t.lower.deref(), "." | "!" | "?"));
                // “...” said Nick Merrill, a Clinton campaign spokesman.
                let inverted = c == i && !lexicon().stance.contains(self.toks[c].lower.deref());
                (rest <= 5 || (inverted && rest <= 14)) && ends
            })
        };
        let sentence_end = self.text[..from]
            .trim_end_matches(|c: char| is_mark(c) || c == '\'' || c.is_whitespace())
            .ends_with(['.', '!', '?']);
        let capital =
            self.text[self.toks[i].start..].chars().next().is_some_and(char::is_uppercase);
        let ok = starts_ok || (loose && !(sentence_end && capital)) || short_tail();
        if !ok {
            return None;
        }
        while i < hi && !self.toks[i].word {
            i += 1;
        }
        if i >= hi {
            return None;
        }
        if i > 0 && matches!(self.toks[i - 1].lower.deref(), "―" | "—") && self.cue_at(i).is_none()
        {
            // A byline dash: "...” ― Sonya Herridge".
            let np = self.np_right(i, hi)?;
            let dash = i - 1;
            let capital = |k: usize| {
                self.text[self.toks[k].start..].chars().next().is_some_and(char::is_uppercase)
            };
            if np.1 - np.0 <= 4 && (np.0..np.1).all(capital) {
                return Some(self.attr(dash, dash + 1, Some(np)));
            }
            return None;
        }
        if let Some((ce, _, according)) = self.cue_at(i) {
            // Inversion: ", noted Putin." / ", according to Ushakov." Only a verb of speech
            // inverts; after ", criticized", ", saying" or ", citing" comes the object.
            let lex = lexicon();
            let verb = self.toks[i].lower.deref();
            let speech = ce > i + 1
                || (lex.verbs.contains_key(verb)
                    && !lex.stance.contains(verb)
                    && !verb.ends_with("ing"));
            if !according && !speech {
                return None;
            }
            let mut k = ce;
            if !according && k < hi && self.toks[k].lower == "by" {
                k += 1;
            }
            let mut np = if according { self.according_np(k, hi)? } else { self.np_right(k, hi)? };
            // "said Rep. Tomas Berg (D-Hartwell), the chair of ...": with its parenthesis, when
            // a comma or the sentence's end follows it.
            if self.toks.get(np.1).is_some_and(|t| t.lower == "(") {
                let close = (np.1 + 1..hi.min(np.1 + 8)).find(|&x| self.toks[x].lower == ")");
                if let Some(close) = close.filter(|&x| {
                    x + 1 == hi
                        || self
                            .toks
                            .get(x + 1)
                            .is_some_and(|t| matches!(t.lower.deref(), "," | "."))
                }) {
                    np.1 = close + 1;
                }
            }
            let next = self.toks.get(np.1).map_or(",", |t| t.lower.deref());
            // "said one Republican involved in the planning", "said one well-connected Democrat
            // familiar with ...", "said former Gov. and Chairman Ed Rendell": a phrase as long as
            // a speaker phrase is read, or one that goes on with a modifier or another name.
            let lower_next = self
                .toks
                .get(np.1)
                .is_some_and(|t| self.text[t.start..].starts_with(char::is_lowercase));
            let goes_on = np.1 - np.0 >= 9
                || lex.postmods.contains(next)
                || next == "whose"
                || (lower_next
                    && next.len() > 4
                    && next.ends_with("ed")
                    && self.toks.get(np.1 + 1).is_some_and(|t| {
                        matches!(t.lower.deref(), "in" | "with" | "on" | "at" | "by" | "for")
                    }))
                || (next == "and"
                    && self
                        .toks
                        .get(np.1 + 1)
                        .is_some_and(|t| self.text[t.start..].starts_with(char::is_uppercase)));
            let ends = np.1 == hi
                || goes_on
                || matches!(
                    next,
                    "," | "in"
                        | "on"
                        | "at"
                        | "during"
                        | "after"
                        | "before"
                        | "to"
                        | "by"
                        | "from"
                        | "while"
                        | "when"
                        | "who"
                        | "as"
                        | "("
                        | "-"
                        | "—"
                        | "–"
                        // "said Stephen Vladeck of the University of Texas", "said one
                        // Democrat familiar with the talks", "(“...,” said an activist.)"
                        | "of"
                        | "with"
                        | "for"
                        | "."
                        | ")"
                );
            if !ends {
                return None;
            }
            // "said Indra Nooyi, the chief executive of PepsiCo." keeps the appositive (not a
            // clause: "according to Ms. Epstein, are 16 cases").
            // A long one reaches to the sentence's end ("said Tomas Berg, a lawyer at a firm
            // in Hartwell who represents the dockers"), with the words of its relative clause,
            // but no verb of speech ("said Berg, who added that ...").
            let end = self.tail_end(np.1, para_end, MAX_APPOSITIVE);
            let first = np.1 + 1;
            // Not a participle's clause ("said Tomas Berg, summing up the talks").
            let opens = first < end
                && !self.toks[first].lower.ends_with("ing")
                && (self.np_word(first)
                    || matches!(self.toks[first].lower.deref(), "who" | "whose")
                    || (self.adverb(first) && first + 1 < end && self.np_word(first + 1)));
            let speech = |k: usize| {
                let w = self.toks[k].lower.deref();
                self.cue_at(k).is_some_and(|x| {
                    x.2 || x.0 > k + 1 || (lex.verbs.contains_key(w) && !lex.stance.contains(w))
                })
            };
            let np = if next == "," && opens && (np.1..end).all(|k| !speech(k)) {
                (np.0, end)
            } else {
                np
            };
            return Some(self.attr(i, ce, Some(np)));
        }
        let np_end = {
            let mut k = i;
            while k < hi && self.toks[k].lower != "," && self.cue_at(k).is_none() {
                k += 1;
            }
            k
        };
        for c in i..hi.min(i + 24) {
            if let Some((ce, _, according)) = self.cue_at(c) {
                if according {
                    return None;
                }
                let mut np = self.np_left(np_end.min(c), i).or_else(|| self.np_left(c, i));
                // ",” as his father dreamed, Mr. Turry said.", ",” the dawn of the movement,
                // Bozell says.": the phrase right before the cue, after a comma, when the first
                // phrase does not open the clause or names no one and this one does.
                let near = self.np_left(c, i).filter(|&r| {
                    r.0 > i && self.toks[r.0 - 1].lower == "," && self.np_plausible(r)
                });
                if let (Some(f), Some(n)) = (np, near) {
                    let opens = (i..f.0).all(|k| !self.toks[k].word);
                    if n != f
                        && (!opens
                            || (self.resolve(self.span_of(n)).is_some()
                                && self.resolve(self.span_of(f)).is_none()))
                    {
                        np = Some(n);
                        // ", a ministry spokesman, Ivan Petrov, told reporters.": a description
                        // of a person before the name is one source with it, to the comma.
                        let lex = lexicon();
                        let head = self.toks[f.1 - 1].lower.deref();
                        let titled =
                            lex.person_nouns.contains(head) || lex.group_nouns.contains(head);
                        if opens && titled && f.1 + 1 == n.0 && self.toks[f.1].lower == "," {
                            let comma = n.1 + 1 == c && self.toks[n.1].lower == ",";
                            np = Some((f.0, if comma { c } else { n.1 }));
                        }
                    }
                }
                let np = np.map(|(a, b)| self.with_appositive((a.max(i), b), c));
                return Some(self.attr(c, ce, np));
            }
        }
        if loose {
            return self.any_verb_after(i, hi);
        }
        None
    }

    /// A speaker phrase `np` before the cue at token `c` with the appositive between them set
    /// off by commas (",” Tomas Berg, the harbour master, said", "Berg, 61, said"), as PolNeAR
    /// marks the source: up to its closing comma. Not a participle's clause, a time or a place
    /// ("Berg, speaking on Monday, said", "Berg, in Hartwell, said").
    fn with_appositive(&self, np: (usize, usize), c: usize) -> (usize, usize) {
        let open = np.1;
        if open + 2 >= c || self.toks[open].lower != "," || self.inq[open] {
            return np;
        }
        let mut j = c;
        while j > open + 2 && self.adverb(j - 1) {
            j -= 1;
        }
        let close = j - 1;
        let first = self.toks[open + 1].lower.deref();
        let opens = !first.ends_with("ing")
            && (self.np_word(open + 1)
                || matches!(first, "who" | "whose")
                || (self.adverb(open + 1) && self.np_word(open + 2)));
        let clean = (open + 1..close).all(|k| {
            !self.inq[k]
                && self.cue_at(k).is_none()
                && !matches!(self.toks[k].lower.deref(), ";" | ":")
        });
        if self.toks[close].lower == "," && close - open <= MAX_APPOSITIVE / 2 && opens && clean {
            (np.0, j)
        } else {
            np
        }
    }

    /// The end of the words from token `from` to the sentence's end (a full stop, a semicolon
    /// or an opening quotation mark), within the paragraph and at most `max` tokens on.
    fn tail_end(&self, from: usize, para_end: usize, max: usize) -> usize {
        let mut k = from;
        while k < self.toks.len()
            && self.toks[k].start < para_end
            && k - from < max
            && !self.inq[k]
            && !(matches!(self.toks[k].lower.deref(), "." | "!" | "?" | ";")
                && self.toks.get(k + 1).is_none_or(|t| t.lower != ")"))
            && !(k > from
                && self.text[self.toks[k].start..].chars().next().is_some_and(is_open_mark))
        {
            k += 1;
        }
        k
    }

    /// Right after a quotation closing on a comma or a full stop, a short clause of a speaker
    /// and a verb not in the cue lists is its attribution all the same (",” Toomey fumed.",
    /// ",” she went on.", ",” beamed Donald Hartley."): the clause must end there, or at a
    /// comma.
    fn any_verb_after(&self, i: usize, hi: usize) -> Option<Attr> {
        let lex = lexicon();
        let lower = |k: usize| {
            self.toks[k].word
                && !self.inq[k]
                && self.text[self.toks[k].start..].starts_with(|c: char| c.is_lowercase())
        };
        let verb_like = |k: usize| {
            let w = self.toks[k].lower.deref();
            lower(k)
                && !lex.stop.contains(w)
                && !lex.be.contains(w)
                && !DETERMINERS.contains(&w)
                && !lex.pronouns.contains(w)
        };
        let ends_after = |k: usize| {
            let rest = (k..hi).take_while(|&x| self.toks[x].lower != ",");
            rest.filter(|&x| self.toks[x].word).count() <= 4
        };
        // "X verb": a pronoun, or a phrase of up to six words with a capital or a determiner.
        let pron = matches!(self.toks[i].lower.deref(), "he" | "she" | "they" | "it" | "we" | "i");
        let v = if pron {
            Some(i + 1)
        } else {
            // ",” the letter reads.": a present form ending the clause is the verb too.
            let ends_clause = |k: usize| k + 1 >= hi || self.toks[k + 1].lower == ",";
            (i + 1..hi.min(i + 7)).find(|&k| {
                let w = self.toks[k].lower.deref();
                !self.np_word(k)
                    || lower(k)
                        && !lex.preps.contains(w)
                        && !DETERMINERS.contains(&w)
                        && (w.ends_with("ed")
                            || (w.ends_with('s') && !w.ends_with("ss") && ends_clause(k)))
            })
        };
        if let Some(v) = v.filter(|&v| v < hi && verb_like(v) && ends_after(v + 1)) {
            if self.np_plausible((i, v)) {
                return Some(self.attr(v, v + 1, Some((i, v))));
            }
        }
        // "verb X": a past form, then a phrase ending the clause.
        if i + 1 < hi && verb_like(i) && self.toks[i].lower.ends_with("ed") {
            let np = self.np_right(i + 1, hi)?;
            let capital = self.text[self.toks[np.0].start..].starts_with(char::is_uppercase);
            let next = self.toks.get(np.1).map_or(".", |t| t.lower.deref());
            if (capital || DETERMINERS.contains(&self.toks[np.0].lower.deref()))
                && (np.1 == hi || next == ",")
            {
                return Some(self.attr(i, i + 1, Some(np)));
            }
        }
        None
    }

    /// The attribution in the reporting words before an opening mark (within `lo..before`).
    fn attr_before(&self, lo: usize, before: usize) -> Option<Attr> {
        let hi = self.tok_at(before);
        let lo = lo.max(hi.saturating_sub(60));
        let mut c = hi;
        while c > lo {
            c -= 1;
            if let Some((ce, _, according)) = self.cue_at(c) {
                if ce > hi {
                    continue;
                }
                if according {
                    let np = self.according_np(ce, hi);
                    return Some(self.attr(c, ce, np));
                }
                let mut np = self.subject_np(c, lo);
                if np.is_none() {
                    np = self.subject_of(lo, c);
                }
                // "Said Ellis: “...”": a verb of speech opening the clause, its speaker after it.
                let lex = lexicon();
                let verb = self.toks[c].lower.deref();
                if np.is_none()
                    && c == self.clause_first(lo, c)
                    && lex.verbs.contains_key(verb)
                    && !lex.stance.contains(verb)
                {
                    np = self.np_right(ce, hi).filter(|&r| self.np_plausible(r));
                }
                return Some(self.attr(c, ce, np));
            }
        }
        None
    }

    /// "according to X" in the sentence around `pos`, outside quotes.
    fn according_in(&self, sent: Span, near: Span) -> Option<(Span, Option<String>)> {
        let (a, b) = (self.tok_at(sent.start), self.tok_at(sent.end));
        let a = a.max(self.tok_at(near.start).saturating_sub(40));
        let b = b.min(self.tok_at(near.end) + 40);
        for i in a..b {
            if let Some((ce, _, true)) = self.cue_at(i) {
                let (x, y) = self.according_np(ce, b)?;
                // An unnamed source ("according to a court filing") is one all the same.
                let s = self.span_of((x, y));
                return Some((s, self.resolve(s)));
            }
        }
        None
    }
}

/// Maps each person name to the fullest name in the article ending with the same word
/// ("Putin" -> "Vladimir Putin"), the most frequent when there are several.
fn canonical_names(doc: &Document) -> HashMap<String, String> {
    let mut count: HashMap<&str, usize> = HashMap::default();
    for e in &doc.entities {
        if e.label == "PER" {
            *count.entry(e.entity.as_str()).or_default() += 1;
        }
    }
    let mut map = HashMap::default();
    if count.len() > 300 {
        return map;
    }
    let mut by_last: HashMap<&str, Vec<&str>> = HashMap::default();
    for &n in count.keys() {
        if let Some(last) = n.split_whitespace().last() {
            by_last.entry(last).or_default().push(n);
        }
    }
    for &n in count.keys() {
        let words = n.split_whitespace().count();
        let Some(last) = n.split_whitespace().last() else { continue };
        let best = by_last[last]
            .iter()
            .filter(|f| f.split_whitespace().count() > words)
            .max_by_key(|f| (count[**f], f.len(), std::cmp::Reverse(**f)));
        if let Some(b) = best {
            map.insert(n.to_string(), b.to_string());
        }
    }
    map
}

/// Paragraph spans: the document's own, else one per line.
fn paragraphs_of(doc: &Document) -> Vec<Span> {
    let ok = |s: &Span| well_formed(&doc.text, s.start, s.end);
    let sorted = doc.paragraphs.windows(2).all(|w| w[0].end <= w[1].start);
    if !doc.paragraphs.is_empty() && sorted && doc.paragraphs.iter().all(ok) {
        return doc.paragraphs.clone();
    }
    let mut out = Vec::new();
    let mut at = 0;
    for line in doc.text.split_inclusive('\n') {
        let s = Span::new(at, at + line.trim_end_matches(['\n', '\r']).len());
        if !doc.text[s.start..s.end].trim().is_empty() {
            out.push(s);
        }
        at += line.len();
    }
    out
}

/// Sentence spans: the document's own, else the paragraphs.
fn sentences_of(doc: &Document, paras: &[Span]) -> Vec<Span> {
    let ok = |s: &Span| well_formed(&doc.text, s.start, s.end);
    let sorted = doc.sentences.windows(2).all(|w| w[0].end <= w[1].start);
    if !doc.sentences.is_empty() && sorted && doc.sentences.iter().all(ok) {
        return doc.sentences.clone();
    }
    paras.to_vec()
}

/// Fills `doc.quotes` (sorted by start), replacing what was there. Reads `doc.text`,
/// `doc.paragraphs`, `doc.sentences`, `doc.entities` and `doc.roles`; works (less well) on a
/// document with the text alone.
pub fn annotate(doc: &mut Document) {
    let quotes = find_quotes(doc);
    doc.quotes = quotes;
}

/// The lower-case description after an owner's possessive ("Turkey's intelligence agency " ->
/// "intelligence agency"), or None when `t` opens otherwise.
fn owned_description(t: &str) -> Option<&str> {
    let (owner, rest) = t.split_once(' ')?;
    let owner = owner.strip_suffix("'s").or_else(|| owner.strip_suffix("\u{2019}s"))?;
    (!owner.is_empty() && rest.starts_with(char::is_lowercase)).then_some(rest)
}

/// The national body whose voice `np` is ("a Turkish foreign ministry source", "Russian
/// defence ministry officials"): the words before the voice name a country's body.
fn body_of_voice(np: &str) -> Option<String> {
    let (body, voice) = np.trim().rsplit_once(' ')?;
    if !lexicon().state_voices.contains(voice.to_lowercase().as_str()) {
        return None;
    }
    let body = ["a ", "A ", "an ", "An "].iter().find_map(|d| body.strip_prefix(d)).unwrap_or(body);
    dossier_resolve::national_body_name(body)
}

fn well_formed(text: &str, s: usize, e: usize) -> bool {
    s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
}

/// The quotes of a document (see [`annotate`]).
pub fn find_quotes(doc: &Document) -> Vec<Quote> {
    run(doc, scorer::Mode::Apply(default_scorer()), false)
}

/// What `dossier build` and `dossier annotate` keep: [`annotate`] followed by
/// [`keep_reported_speech`], with the learned scorer's actions and stances skipped before they
/// are weighed (1% of a build's instructions). The same quotes, except that a skipped action
/// no longer takes a place among a sentence's kept attributions nor ends another's content
/// where it starts; on 3,000 generated articles and PolNeAR dev the output was identical.
pub fn annotate_reported_speech(doc: &mut Document) {
    doc.quotes = run(doc, scorer::Mode::Apply(default_scorer()), true);
    keep_reported_speech(doc);
}

/// The quotes of a document with another candidate scorer than the shipped one (for training).
pub fn find_quotes_with(doc: &Document, model: &Scorer) -> Vec<Quote> {
    run(doc, scorer::Mode::Apply(model), false)
}

/// Every candidate the learned scorer would judge in a document, with its features and
/// spans (for `dossier train quote-scorer`).
pub fn candidates(doc: &Document) -> Vec<Candidate> {
    let mut v = Vec::new();
    run(doc, scorer::Mode::Collect(&mut v), false);
    v
}

fn run(doc: &Document, mode: scorer::Mode, speech_only: bool) -> Vec<Quote> {
    let text = doc.text.as_str();
    if text.is_empty() {
        return Vec::new();
    }
    let paras = paragraphs_of(doc);
    let sents = sentences_of(doc, &paras);
    let marked = if text.contains("''") {
        find_marked(&text.replace("''", "\"\u{1}"), &paras)
    } else {
        find_marked(text, &paras)
    };
    let lowered = lower_aligned(text);
    let toks = tokenize(text, lowered.as_deref());
    // Tokens inside quotation marks.
    let mut inq = vec![false; toks.len()];
    {
        let mut qi = 0;
        for (i, t) in toks.iter().enumerate() {
            while qi < marked.len() && marked[qi].content.end <= t.start {
                qi += 1;
            }
            if let Some(m) = marked.get(qi) {
                inq[i] = m.content.start <= t.start && t.end <= m.content.end;
            }
        }
    }
    let mut words_before = Vec::with_capacity(toks.len() + 1);
    let mut free_words = Vec::with_capacity(toks.len() + 1);
    let (mut n, mut f) = (0, 0);
    for (t, q) in toks.iter().zip(&inq) {
        words_before.push(n);
        free_words.push(f);
        n += usize::from(t.word);
        f += usize::from(t.word && !q);
    }
    words_before.push(n);
    free_words.push(f);
    let tok_index = token_index(text.len(), &toks);
    let mut ctx = Ctx {
        text,
        tok_index,
        toks,
        inq,
        words_before,
        free_words,
        cues: Vec::new(),
        flags: Vec::new(),
        timex: Vec::new(),
        sents,
        paras,
        persons: Vec::new(),
        spoken: Vec::new(),
        person_names: HashSet::default(),
        doc,
        canon: canonical_names(doc),
        org_words: OnceCell::new(),
        role_words: OnceCell::new(),
        speech_only,
    };
    let lex = lexicon();
    ctx.flags = (ctx.toks.iter().zip(&ctx.inq))
        .map(|(t, q)| match (t.word, q) {
            (_, true) => 0,
            (true, false) => lex.flags(t.lower.deref()),
            (false, false) => lex.flags(t.lower.deref()) & CLAUSE_START,
        })
        .collect();
    ctx.cues = (0..ctx.toks.len()).map(|i| ctx.find_cue(i)).collect();
    {
        let mut timex = vec![false; ctx.toks.len()];
        let mut ti = 0;
        let tx = &doc.timexes;
        let sorted = tx.windows(2).all(|w| w[0].start <= w[1].start);
        if sorted {
            for (i, t) in ctx.toks.iter().enumerate() {
                while ti < tx.len() && tx[ti].end <= t.start {
                    ti += 1;
                }
                timex[i] = tx.get(ti).is_some_and(|x| x.start <= t.start && t.end <= x.end);
            }
        }
        ctx.timex = timex;
    }
    // People named outside quotes, in text order.
    let mut persons: Vec<(usize, String)> = Vec::new();
    for e in &doc.entities {
        if e.label == "PER" && well_formed(text, e.start, e.end) {
            let i = ctx.tok_at(e.start);
            if !ctx.inq.get(i).copied().unwrap_or(false) {
                persons.push((e.start, ctx.canonical(&e.entity)));
            }
        }
    }
    for r in &doc.roles {
        if let Some(e) = &r.entity {
            let i = ctx.tok_at(r.start);
            if !ctx.inq.get(i).copied().unwrap_or(false) {
                persons.push((r.start, ctx.canonical(e)));
            }
        }
    }
    persons.sort_by_key(|p| p.0);
    ctx.person_names = persons.iter().map(|p| p.1.clone()).collect();
    ctx.persons = persons;

    let mut out: Vec<Quote> = Vec::new();
    let mut mi = 0;
    let nsents = ctx.sents.len();
    let mut last_direct: Option<(usize, Option<String>)> = None; // (paragraph, speaker)
    for si in 0..nsents {
        let sent = ctx.sents[si];
        let mut first_direct: Option<(usize, Option<Span>)> = None;
        // Where the last quotation of the sentence and its attribution end.
        let mut tail_from = sent.start;
        while mi < marked.len() && ctx.sent_of(marked[mi].open) <= si {
            let m = marked[mi].clone();
            mi += 1;
            tail_from = tail_from.max(m.close);
            if let Some(q) = attribute_marked(&mut ctx, &m, &mut last_direct) {
                let attr_end = q.cue.as_ref().map_or(0, |c| c.end);
                tail_from = tail_from.max(attr_end).max(q.speaker_span.map_or(0, |s| s.end));
                if q.kind == "direct" && first_direct.is_none() {
                    first_direct =
                        Some((m.open, q.cue.as_ref().map(|c| Span::new(c.start, c.end))));
                }
                out.push(q);
            }
        }
        let inside_direct = out
            .iter()
            .rev()
            .take(4)
            .any(|q| q.kind == "direct" && q.start < sent.start && q.end > sent.start);
        match first_direct {
            _ if inside_direct => {}
            None => {
                out.extend(indirect(&mut ctx, sent));
            }
            // "Pence said in politics it takes time but added, “...”": reported speech
            // before the quotation, under its own cue.
            Some((open, cue)) if open > sent.start => {
                for q in indirect(&mut ctx, Span::new(sent.start, open)) {
                    let same_cue = q.cue.as_ref().map(|c| Span::new(c.start, c.end)) == cue;
                    if !same_cue && q.end <= open {
                        out.push(q);
                    }
                }
            }
            Some(_) => {}
        }
        // Reported speech after a quotation and its attribution ("..., said X, who argued
        // that ...").
        if first_direct.is_some() && !inside_direct && tail_from < sent.end {
            let (a, b) = (ctx.tok_at(tail_from), ctx.tok_at(sent.end));
            if nwords(&ctx, a, b) >= 5 {
                for q in indirect(&mut ctx, Span::new(tail_from, sent.end)) {
                    // ("“...,” Xi told Modi at the start of the talks, according to CCTV": an
                    // "according to" past the attribution names who passed the quotation on,
                    // not new words.)
                    if q.cue
                        .as_ref()
                        .is_some_and(|c| c.text.to_lowercase().starts_with("according"))
                    {
                        let who = q.speaker.clone().or_else(|| ctx.resolve(q.speaker_span?));
                        let direct = out.iter_mut().rev().find(|d| d.kind == "direct");
                        if let Some(d) = direct.filter(|d| d.relayed_by_span.is_none()) {
                            if who.is_none() || who != d.speaker {
                                d.relayed_by = who;
                                d.relayed_by_span = q.speaker_span;
                            }
                        }
                        continue;
                    }
                    if q.cue.as_ref().is_some_and(|c| c.start >= tail_from) {
                        out.push(q);
                    }
                }
            }
        }
    }
    scorer::extend(&mut ctx, &mut out, mode);
    out.retain(|q| {
        well_formed(text, q.start, q.end)
            && q.start < q.end
            && !only_a_name(q)
            && !compared_with_words(text, q)
    });
    out.sort_by_key(|q| (q.start, q.end));
    relay_nested_reports(&mut out);
    out.dedup_by_key(|q| (q.start, q.end));
    drop_complement_subjects(text, &mut out);
    own_words_in_report(text, &mut out);
    out
}

/// "The summit lasted two and a half hours, shorter than the Kremlin had said": words before a
/// speaker that "than" introduces are compared with what was said, not what was said.
fn compared_with_words(text: &str, q: &Quote) -> bool {
    let Some(sp) = q.speaker_span.filter(|sp| q.end <= sp.start) else {
        return false;
    };
    let before = text[..sp.start].trim_end();
    before
        .rsplit(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty() && !matches!(*w, "the" | "a" | "an"))
        .is_some_and(|w| w.eq_ignore_ascii_case("than"))
}

/// '"...!" Trump wrote on Truth Social.': reported words that are a few capitalised words and
/// nothing else name where or to whom something was said; they say nothing.
/// (Only after a cue that took its particle, "wrote on", "posted to": a headline's "Trump Tells
/// Voters ..." is capitalised throughout and still says something.)
fn only_a_name(q: &Quote) -> bool {
    // The cheap tests first: this runs for every quote of every article.
    let mut words = q.text.split_whitespace();
    let short = q.kind == "indirect" && words.clone().nth(4).is_none();
    short
        && words.all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.is_empty() || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        })
        && q.cue.as_ref().is_some_and(|c| {
            let mut cue = c.text.split_whitespace();
            c.end <= q.start
                && cue.clone().nth(1).is_some()
                && cue.next_back().is_some_and(|w| w.chars().all(|c| c.is_lowercase()))
                // (A stance's object may be a name: "voted for Obama".)
                && speech::is_speech_cue(&c.text)
        })
}

/// "CCTV said Xi told Trump that Beijing's position was clear": two reports of the same words,
/// the second attribution standing between the first one's cue and the words. The words are
/// the inner speaker's, passed on by the outer one: the inner report is kept (first, so that
/// it survives the removal of duplicates) with the outer speaker as who relayed it.
/// Quotes come sorted by span.
fn relay_nested_reports(out: &mut [Quote]) {
    // Whether `b`'s attribution stands between `a`'s cue and the words they share.
    let inside = |a: &Quote, b: &Quote| {
        let (Some(ca), Some(cb), Some(sb)) = (&a.cue, &b.cue, b.speaker_span) else {
            return false;
        };
        ca.end <= sb.start && cb.end <= a.start
    };
    for i in 0..out.len().saturating_sub(1) {
        let (x, y) = (&out[i], &out[i + 1]);
        if x.start != y.start || x.end != y.end || x.kind != "indirect" || y.kind != "indirect" {
            continue;
        }
        let (outer, inner) = if inside(x, y) {
            (i, i + 1)
        } else if inside(y, x) {
            (i + 1, i)
        } else {
            continue;
        };
        let (o, n) = (&out[outer], &out[inner]);
        // (A stance is no report of its own and goes later: "He said Obama hopes that ...".)
        let spoken = n.cue.as_ref().is_some_and(|c| speech::is_speech_cue(&c.text));
        if !spoken || n.speaker.is_none() || n.speaker == o.speaker || n.relayed_by.is_some() {
            continue;
        }
        let (who, span) = (o.speaker.clone(), o.speaker_span);
        let n = &mut out[inner];
        n.relayed_by = who;
        n.relayed_by_span = span;
        // The inner report goes first; the outer one, second, goes as a duplicate.
        out.swap(i, inner);
    }
}

/// 'Bessent said the talks had been "very constructive" but that any extension would be
/// decided by Trump': words in quotation marks inside someone's reported speech are theirs,
/// not those of a name the rest of the report brings up ("decided by Trump" reads like an
/// attribution). Only where the other attribution lies within the report's words and is no
/// aside of the reporter's (", as Trump put it", ", according to ...").
fn own_words_in_report(text: &str, out: &mut [Quote]) {
    type Report = (Span, Option<String>, Option<Span>, Option<Cue>);
    let reports: Vec<Report> = out
        .iter()
        .filter(|q| q.kind == "indirect" && q.speaker.is_some())
        .map(|q| (Span::new(q.start, q.end), q.speaker.clone(), q.speaker_span, q.cue.clone()))
        .collect();
    if reports.is_empty() {
        return;
    }
    for q in out.iter_mut().filter(|q| q.kind == "partial") {
        // 'India and Pakistan have agreed to a "full and immediate" ceasefire, Trump said':
        // words quoted without a speaker of their own inside someone's report are theirs.
        // (A subject found inside the report's words, 'India and Pakistan have agreed to a
        // "..."', is none.)
        if q.speaker.is_none() {
            let inside = |r: &Report| {
                r.0.start <= q.start
                    && q.end <= r.0.end
                    && q.speaker_span.is_none_or(|s| r.0.start <= s.start && s.end <= r.0.end)
            };
            if let Some(r) = reports.iter().find(|r| inside(r)) {
                q.speaker = r.1.clone();
                q.speaker_span = r.2;
                q.cue = r.3.clone();
            }
            continue;
        }
        // ('Medinsky also said Kyiv had asked for a meeting, a request Moscow had "taken note"
        // of': an act the report tells before the quoted words is part of the report; words
        // quoted past its clause are the reporter's speaker's.)
        let told_inside = q.cue.as_ref().filter(|c| c.end <= q.start).and_then(|cue| {
            // (Past a comma after that act's clause: 'Trump expressed a desire to meet
            // "immediately"' keeps Trump's words.)
            let gap = &text[cue.end..q.start];
            if !gap.contains(',') || gap.contains(", as") || gap.contains(", according") {
                return None;
            }
            let from = q.speaker_span.map_or(cue.start, |s| s.start.min(cue.start));
            reports.iter().find(|r| {
                r.2.is_some_and(|rs| rs.end <= r.0.start) && r.0.start <= from && q.end <= r.0.end
            })
        });
        if let Some(r) = told_inside {
            q.speaker = r.1.clone();
            q.speaker_span = r.2;
            q.cue = r.3.clone();
            continue;
        }
        let Some(s) = q.speaker_span.filter(|s| s.start >= q.end) else { continue };
        let Some(r) = reports.iter().find(|r| {
            r.2.is_some_and(|rs| rs.end <= r.0.start) && r.0.start <= q.start && s.end <= r.0.end
        }) else {
            continue;
        };
        let between = text[q.end..s.start].trim_start_matches(['"', '\u{201d}', '\'', '\u{2019}']);
        let between = between.trim_start();
        if between.starts_with(", as") || between.starts_with(", according") {
            continue;
        }
        q.speaker = r.1.clone();
        q.speaker_span = r.2;
        q.cue = r.3.clone();
    }
}

/// "Reid said he was confident that ...", "Lynch said that she recalled ...": the subject of a
/// clause reported right after another attribution's cue is part of what is reported, no
/// speaker of its own (PolNeAR marks the outer attribution only). Such reported speech is
/// dropped; a quotation keeps its words and speaker, without the phrase as its source.
fn drop_complement_subjects(text: &str, out: &mut Vec<Quote>) {
    let lex = lexicon();
    // A verb of speech or stance (or a colon) ending the cue: it takes a clause ("looking for
    // X" does not).
    let takes_clause = |c: &Cue| {
        let w = c.text.rsplit(' ').next().unwrap_or("").to_lowercase();
        w.ends_with(':') || lex.verbs.contains_key(w.as_str()) || lex.stance.contains(w.as_str())
    };
    // (cue end, content start, content end) of every such attribution, by cue end.
    let mut cues: Vec<(usize, usize, usize)> = out
        .iter()
        .filter_map(|q| q.cue.as_ref().filter(|c| takes_clause(c)).map(|c| (c.end, q.start, q.end)))
        .collect();
    if cues.is_empty() {
        return;
    }
    cues.sort_unstable();
    let nested = |q: &Quote| {
        let Some(s) = q.speaker_span else { return false };
        let before = text[..s.start].trim_end();
        let before = before
            .strip_suffix("that")
            .filter(|b| b.ends_with(char::is_whitespace))
            .map_or(before, str::trim_end);
        let at = cues.partition_point(|c| c.0 < before.len());
        cues[at..]
            .iter()
            .take_while(|c| c.0 == before.len())
            .any(|&(_, a, b)| a <= s.start && s.start < b && (a, b) != (q.start, q.end))
    };
    let mut drop = vec![false; out.len()];
    for (i, q) in out.iter_mut().enumerate() {
        if nested(q) {
            if q.kind == "indirect" {
                drop[i] = true;
            } else {
                q.speaker_span = None;
            }
        }
    }
    if drop.contains(&true) {
        let mut i = 0;
        out.retain(|_| {
            i += 1;
            !drop[i - 1]
        });
    }
}

/// A pronoun's span without the verb contracted onto it ("He’s", "I've", "who’s"): PolNeAR's
/// source is the pronoun alone.
fn without_contraction(text: &str, s: Span) -> Span {
    let lex = lexicon();
    let t = &text[s.start..s.end];
    let Some(apo) = t.rfind(['\'', '’']) else { return s };
    let (base, tail) = (&t[..apo], &t[apo..]);
    let tail = &tail[tail.chars().next().map_or(0, char::len_utf8)..];
    let contraction = matches!(tail, "s" | "ve" | "re" | "ll" | "d" | "m" | "S" | "VE" | "LL");
    let pronoun = || {
        let b = base.to_lowercase();
        lex.personal.contains(b.as_str()) || lex.relative_subjects.contains(b.as_str())
    };
    if contraction && !base.is_empty() && base.len() <= 4 && pronoun() {
        Span::new(s.start, s.start + apo)
    } else {
        s
    }
}

fn make_quote(text: &str, content: Span, kind: &str, a: &Attr) -> Quote {
    let mut c = content;
    while c.end > c.start && text[..c.end].ends_with([',', ' ']) {
        c.end -= 1;
    }
    // "He’s claiming": the source is "He", the contracted verb opens the cue.
    let np = a.np.map(|s| (s, without_contraction(text, s)));
    let cue = a.cue.map(|mut s| {
        if let Some((full, short)) = np.filter(|(f, s)| f != s) {
            if s.start >= full.end && text[full.end..s.start].trim().is_empty() {
                s.start = short.end;
            }
        }
        s
    });
    Quote {
        start: c.start,
        end: c.end,
        text: text[c.start..c.end].to_string(),
        speaker: a.speaker.clone(),
        kind: kind.to_string(),
        cue: cue.map(|s| Cue { start: s.start, end: s.end, text: text[s.start..s.end].into() }),
        speaker_span: np.map(|(_, s)| s),
        relayed_by: a.relayed.as_ref().and_then(|r| r.1.clone()),
        relayed_by_span: a.relayed.as_ref().map(|r| r.0),
    }
}

fn attribute_marked(
    ctx: &mut Ctx,
    m: &Marked,
    last_direct: &mut Option<(usize, Option<String>)>,
) -> Option<Quote> {
    let text = ctx.text;
    let para = ctx.paras.get(m.para).copied().unwrap_or(Span::new(0, text.len()));
    let close_para = ctx.paras[ctx.para_of(m.close.saturating_sub(1))];
    let inner = &text[m.content.start..m.content.end];
    let ends_punct = inner
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '\'' | '’' | '‘'))
        .ends_with([',', '.', '!', '?']);
    let sent = ctx.sents[ctx.sent_of(m.open)];
    let lo_tok = ctx.tok_at(sent.start.max(para.start));
    let open_tok = ctx.tok_at(m.open);
    let words_before = (lo_tok.max(open_tok.saturating_sub(200))..open_tok)
        .filter(|&i| ctx.toks[i].word && !ctx.inq[i])
        .count();
    let prefix_last =
        (lo_tok..open_tok).rev().take(60).find(|&i| !ctx.inq[i] && !is_mark_tok(ctx, i));
    let after_colon = prefix_last.is_some_and(|i| ctx.toks[i].lower == ":");
    let after_comma = prefix_last.is_some_and(|i| ctx.toks[i].lower == ",");
    let para_initial = m.open == para.start;

    // A transcript line: “PENCE: Well, look, ...”.
    let speaker_tag = {
        let a = ctx.tok_at(m.content.start);
        let upper = |k: usize| {
            let t = &ctx.toks[k];
            t.word
                && t.end - t.start >= 2
                && ctx.text[t.start..t.end].chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
        };
        (a + 1..ctx.toks.len().min(a + 4))
            .find(|&k| ctx.toks[k].lower == ":")
            .filter(|&k| (a..k).all(upper) && ctx.toks[k].end < m.content.end)
            .map(|k| ctx.attr(k, k + 1, Some((a, k))))
    };
    let mut attr = if speaker_tag.is_some() {
        speaker_tag
    } else if m.closed || m.dash {
        ctx.attr_after(m.close, close_para.end, ends_punct || m.dash)
    } else {
        None
    };
    if attr.as_ref().is_some_and(|a| a.np.is_none()) {
        if let Some(b) = ctx.attr_before(lo_tok, m.open).filter(|b| b.np.is_some()) {
            attr = Some(b);
        }
    }
    if attr.is_none() {
        attr = ctx.attr_before(lo_tok, m.open);
    } else if words_before > 0
        && attr.as_ref().is_some_and(|a| a.cue.is_some_and(|c| is_according(text, c)))
    {
        // "X called it “a good basis”, according to Y": X said it, Y passed it on.
        if let Some(mut b) = ctx.attr_before(lo_tok, m.open).filter(|b| b.speaker.is_some()) {
            let relay = attr.take().and_then(|a| Some((a.np?, Some(a.speaker?))));
            if relay.as_ref().is_some_and(|r| b.speaker != r.1) {
                b.relayed = relay;
            }
            attr = Some(b);
        }
    }
    if attr.is_none() && para_initial && m.para > 0 {
        // "Peskov stated at a briefing:" closing the paragraph before.
        let prev = ctx.paras[m.para - 1];
        if text[prev.start..prev.end].trim_end().ends_with(':') {
            let ps = ctx.sents[ctx.sent_of(prev.end.saturating_sub(1))];
            let end = prev.end.saturating_sub(1);
            attr = ctx.attr_before(ctx.tok_at(ps.start.max(prev.start)), end);
        }
    }
    if attr.is_none() && after_colon {
        // "Trump on Twitter: “...”": the named subject before the colon.
        if let Some(colon) = prefix_last {
            if let Some(np) = ctx.subject_of(lo_tok, colon) {
                attr = Some(ctx.attr(colon, colon + 1, Some(np)));
            }
        }
    }
    let starts_upper = inner.chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_uppercase);
    let nwords = inner.split_whitespace().count();
    let next_tok = ctx.tok_at(m.close);
    let runs_on = !ends_punct
        && ctx.toks.get(next_tok).is_some_and(|t| {
            t.word
                && t.start < close_para.end
                && ctx.text[t.start..].chars().next().is_some_and(char::is_lowercase)
                && ctx.cue_at(next_tok).is_none()
        });
    let direct = !runs_on
        && (m.dash
            || (starts_upper
                && (words_before == 0
                    || after_colon
                    || after_comma
                    || para_initial
                    || nwords >= 10))
            || (nwords >= 12 && ends_punct && starts_upper));
    let mut continued = false;
    if attr.is_none() {
        // A paragraph that continues the quote of the paragraph before.
        // Or, within one paragraph, a quote that makes a whole sentence right after the
        // sentence of an attributed one: `"...," Erdogan told reporters. "Both sides ..."`.
        let follows = || {
            let si = ctx.sent_of(m.open);
            words_before == 0
                && si > 0
                && ctx.sents[si - 1].start >= para.start
                && text[ctx.sents[si - 1].start..ctx.sents[si - 1].end].contains(['"', '”'])
        };
        if let Some((p, Some(s))) = last_direct.as_ref() {
            if direct
                && ((para_initial && *p + 1 == m.para)
                    || (*p == m.para && (para_initial || follows())))
            {
                attr = Some(Attr { speaker: Some(s.clone()), ..Default::default() });
                continued = true;
            }
        }
    }
    if !direct && attr.is_none() {
        return None; // scare quotes and titles
    }
    let mut a = attr.unwrap_or_default();
    if a.cue.is_some_and(|c| !is_according(text, c)) {
        if let Some((span, who)) = ctx.according_in(sent, Span::new(m.open, m.close)) {
            if (who.is_none() || a.speaker != who) && a.np != Some(span) {
                a.relayed = Some((span, who));
            }
        }
    }
    if let (Some(s), Some(c)) = (&a.speaker, a.cue) {
        ctx.spoken.push((c.start, s.clone()));
    } else if let (Some(s), true) = (&a.speaker, continued) {
        ctx.spoken.push((m.open, s.clone()));
    }
    if direct {
        *last_direct = Some((ctx.para_of(m.close.saturating_sub(1)), a.speaker.clone()));
    }
    Some(make_quote(text, m.content, if direct { "direct" } else { "partial" }, &a))
}

fn is_according(text: &str, cue: Span) -> bool {
    text[cue.start..cue.end].to_lowercase().starts_with("according")
}

fn is_mark_tok(ctx: &Ctx, i: usize) -> bool {
    let t = &ctx.toks[i];
    !t.word && ctx.text[t.start..t.end].chars().next().is_some_and(is_mark)
}

/// Reported speech in one sentence without a direct quote.
fn indirect(ctx: &mut Ctx, sent: Span) -> Vec<Quote> {
    let mut found = Vec::new();
    // Clauses joined by a semicolon are read one by one.
    let (lo, hi) = (ctx.tok_at(sent.start), ctx.tok_at(sent.end).min(ctx.toks.len()));
    let mut from = sent.start;
    for k in lo..hi {
        if ctx.toks[k].lower == ";" && !ctx.inq[k] {
            let mut part = Vec::new();
            indirect_into(ctx, Span::new(from, ctx.toks[k].end), &mut part);
            found.extend(part);
            from = ctx.toks[k].end;
        }
    }
    let mut part = Vec::new();
    indirect_into(ctx, Span::new(from, sent.end), &mut part);
    found.extend(part);
    found
}

/// Reported speech in one sentence: every attribution whose cue and speaker phrase do not
/// overlap one found before it.
fn nwords(ctx: &Ctx, a: usize, b: usize) -> usize {
    ctx.words_before[b.max(a)] - ctx.words_before[a]
}

fn indirect_into(ctx: &mut Ctx, sent: Span, found: &mut Vec<Quote>) -> Option<()> {
    let text = ctx.text;
    let lo = ctx.tok_at(sent.start);
    let hi = ctx.tok_at(sent.end).min(ctx.toks.len());
    // "Limbaugh added:" opening what follows is short.
    let colon = text[sent.start..sent.end].trim_end().ends_with(':');
    if hi <= lo + 2 || (hi == lo + 3 && !colon) {
        return None;
    }
    // Content ends before the final punctuation.
    let mut last = hi;
    while last > lo && !ctx.toks[last - 1].word && !is_mark_tok(ctx, last - 1) {
        last -= 1;
    }
    if last <= lo {
        return None;
    }
    let content_end = ctx.toks[last - 1].end;

    // 1. "..., X said." / "..., said X." / "..., according to X."
    let lex = lexicon();
    // The last comma, or one before it when an appositive follows the speaker
    // ("..., said Jeffrey N. Trimble, a senior official with ...").
    // A comma closing a quotation ("... comment,” Ryan said.") counts at its closing mark.
    let closes_after_comma = |i: usize| {
        i > lo + 1
            && ((is_mark_tok(ctx, i) && ctx.toks[i - 1].lower == ",")
                || (ctx.toks[i].lower == "'"
                    && ctx.toks[i - 1].lower == "'"
                    && ctx.toks[i - 2].lower == ","))
    };
    // ("4,641": a comma inside a number parts nothing.)
    let in_number = |i: usize| {
        let (s, e) = (ctx.toks[i].start, ctx.toks[i].end);
        s > 0
            && text.as_bytes()[s - 1].is_ascii_digit()
            && text.as_bytes().get(e).is_some_and(u8::is_ascii_digit)
    };
    let commas: Vec<usize> = (lo..last)
        .rev()
        .take(MAX_INVERTED_TAIL)
        .filter(|&i| {
            (ctx.toks[i].lower == "," && !ctx.inq[i] && !in_number(i)) || closes_after_comma(i)
        })
        .take(4)
        .collect();
    // ", days after ...", ", two weeks before ...": a stretch of time at token `k` before a
    // happening.
    let time_gap = |k: usize| {
        let gap = |x: usize| {
            ctx.toks.get(x).is_some_and(|t| {
                lex.time_gap.contains(t.lower.deref())
                    || t.lower.bytes().all(|b| b.is_ascii_digit())
            })
        };
        let opens = |x: usize, words: &[&str]| {
            ctx.toks.get(x).is_some_and(|t| words.contains(&t.lower.deref()))
        };
        (gap(k)
            && (k + 1..k + 4)
                .find(|&x| !gap(x))
                .is_some_and(|x| opens(x, &["after", "before", "since"])))
            // "..., Trump said on Saturday, after four days of strikes ...": right after the
            // day of saying, "after" opens the reporter's clause with no stretch of time.
            || (k >= 2
                && ctx.toks[k - 1].lower == ","
                && ctx.timex.get(k - 2).copied().unwrap_or(false)
                && opens(k, &["after", "before", "following"]))
    };
    for (ci, &comma) in commas.iter().enumerate() {
        // "..., an official said on Monday, days after a meeting between ... ended": a tail of
        // time after the saying (see `participial`) is the reporter's, and counts in no length.
        // (The first such comma ends the sentence for this reading; the commas before it are
        // the ones between the speaker and that end.)
        let gap = (0..ci).rev().find(|&j| time_gap(commas[j] + 1));
        let (last, inner) = match gap {
            Some(j) => (commas[j], &commas[j + 1..ci]),
            None => (last, &commas[..ci]),
        };
        // Past 30 tokens from the end, only an inverted speaker with a long appositive (",
        // said David Autor, a professor of economics at M.I.T., who is ...").
        let far = last - comma > 30;
        if far && ctx.cue_at(comma + 1).is_none() {
            continue;
        }
        let (max_after, max_tail) = if ci == 0 { (7, 12) } else { (18, 26) };
        // "Late on Saturday night, Misri accused ...": a time alone before the comma is when
        // the sentence happens, not what was said.
        let only_time = (lo..comma).all(|k| {
            !ctx.toks[k].word
                || ctx.timex.get(k).copied().unwrap_or(false)
                || matches!(ctx.toks[k].lower.deref(), "on" | "in" | "at" | "late" | "early" | "by")
        });
        // "In a joint statement, the two sides said ...": a phrase opened by a preposition
        // that names the occasion (a few words, no comma) is where it was said, not what.
        let occasion = nwords(ctx, lo, comma) <= 8
            && ctx.toks.get(lo).is_some_and(|t| lex.preps.contains(t.lower.deref()))
            && (lo..comma).all(|k| !ctx.inq[k] && ctx.toks[k].lower != ",")
            && (lo..comma).any(|k| {
                let w = ctx.toks[k].lower.deref();
                lex.occasion.contains(w) || lex.documents.contains(w)
            });
        if nwords(ctx, lo, comma) >= 4 && !only_time && !occasion {
            let at_mark = ctx.toks[comma].lower != ",";
            let from = if at_mark { ctx.toks[comma].end } else { ctx.toks[comma].start };
            if let Some(a) = ctx.attr_after(from, sent.end, at_mark) {
                // (Only a cue before the tail of time ends there: ", the military, years after
                // many countries agreed to ..." has none.)
                if gap.is_some() && a.cue.is_none_or(|c| c.end > ctx.toks[last].start) {
                    continue;
                }
                let after_cue = a.cue.map_or(last, |c| ctx.tok_at(c.end));
                // (Before a comma: ", adding that ..." is the participle's.)
                let that_follows = (after_cue..last.min(after_cue + 4))
                    .take_while(|&i| ctx.toks[i].lower != ",")
                    .any(|i| ctx.toks[i].lower == "that" || ctx.toks[i].lower == ":" || ctx.inq[i]);
                // "Mr. Trump's former campaign manager, Corey Lewandowski, said the staff ...":
                // a comma closing the subject's appositive is no inversion.
                let appositive = || {
                    ctx.subject_np(comma + 1, lo)
                        .is_some_and(|np| np.1 <= comma + 1 && np.0 == ctx.clause_first(lo, np.0))
                };
                let inverted =
                    a.cue.is_some_and(|c| ctx.tok_at(c.start) == comma + 1) && !appositive();
                let (max_after, max_tail) = if inverted && ci > 0 {
                    (MAX_INVERTED_TAIL - 8, MAX_INVERTED_TAIL)
                } else {
                    (max_after, max_tail)
                };
                // "In a message posted Friday, Sousa said she would vote no": a subject and
                // its verb after the cue are what was said, not the tail of a report.
                let clause_follows = after_cue < last
                    && lex.personal.contains(ctx.toks[after_cue].lower.deref())
                    && nwords(ctx, after_cue, last) >= 3;
                // ", X said." names its speaker right after the comma; ", and X said ..." or
                // ", something that X mocked" is a clause of its own, and ", noted the rule"
                // after a subject's appositive names no speaker after its verb.
                let np_first = a.np.is_some_and(|s| {
                    a.cue.is_some_and(|c| s.start < c.start)
                        && (comma + 1..ctx.tok_at(s.start)).all(|k| {
                            let w = ctx.toks[k].lower.deref();
                            ctx.toks[k].word
                                && !lex.openers.contains(w)
                                && !lex.subordinators.contains(w)
                                && !lex.relatives.contains(w)
                        })
                });
                // ", X opposed the new road.": a verb of stance (or a learned cue word that is
                // no cue verb) with its object is a clause of its own, not a report's tail.
                let stance_clause = !inverted
                    && a.cue.is_some_and(|c| {
                        (ctx.tok_at(c.start)..ctx.tok_at(c.end)).all(|k| {
                            let w = ctx.toks[k].lower.deref();
                            lex.stance.contains(w) || !lex.verbs.contains_key(w)
                        })
                    })
                    && nwords(ctx, after_cue, last) >= 2;
                // (", Tajani said on Tuesday, with Oman again acting as mediator": "with", a
                // few words and a participle tell the scene of the saying.)
                let absolute_with = |k: usize| {
                    ctx.toks.get(k).is_some_and(|t| t.lower == "with")
                        && (k + 2..(k + 5).min(last)).take_while(|&x| ctx.toks[x].lower != ",").any(
                            |x| {
                                let w = ctx.toks[x].lower.deref();
                                w.len() > 5 && w.ends_with("ing")
                            },
                        )
                };
                // (", the Kremlin said, a figure that included two minors": a phrase opened
                // by "a" or "an" and linked within three words, that is of no verb of its
                // own, is the reporter's word on what was said.)
                let apposed_to_content = |k: usize| {
                    ctx.toks.get(k).is_some_and(|t| matches!(t.lower.deref(), "a" | "an"))
                        && (k + 2..k + 4).any(|x| {
                            ctx.toks.get(x).is_some_and(|t| {
                                lex.appositive_link.contains(t.lower.deref())
                                    && (k + 1..x).all(|y| ctx.toks[y].word)
                            })
                        })
                };
                // The later commas lie inside the speaker phrase (", a ministry spokesman, Ivan
                // Petrov, told reporters.").
                let covers = a.np.is_some_and(|s| {
                    inner.iter().all(|&k| s.start <= ctx.toks[k].start && ctx.toks[k].end <= s.end)
                });
                // "..., the White House said on Tuesday, citing concerns that ...": the later
                // commas open participle phrases that tell more of the saying, or the
                // reporter's own clause ("..., the service said on Friday, after rescuers
                // pulled more bodies from the rubble"; "announced on Sunday, August 24, which
                // is also ..."), past a date in apposition.
                // Only a few words ("on Tuesday") stand between the cue and the first of them.
                // (The reporter's clause only after the day of saying alone: "disclosed them
                // to the AP, which first reported it" tells what was done.)
                // (", the air force said, adding that ...": no words at all between the cue and
                // an -ing form.)
                let participial = || {
                    let Some(&first) = inner.last() else { return false };
                    // (", the ministry said after the meeting, which lasted ...": a phrase of
                    // time opened by "after" is a day of saying too.)
                    let occasion = first > after_cue + 1
                        && matches!(
                            ctx.toks[after_cue].lower.deref(),
                            "after" | "before" | "following" | "during"
                        )
                        && nwords(ctx, after_cue, first) <= 4;
                    // (", officials said, as mediators pressed both sides": right after a
                    // bare cue, a subordinate clause is the reporter's too.)
                    let bare = first == after_cue;
                    let dated = occasion
                        || first > after_cue
                            && (after_cue..first).all(|k| {
                                ctx.timex.get(k).copied().unwrap_or(false)
                                    || matches!(
                                        ctx.toks[k].lower.deref(),
                                        "on" | "in" | "at" | "late" | "early"
                                    )
                            });
                    a.cue.is_some_and(|c| c.end <= ctx.toks[first].start)
                        && nwords(ctx, after_cue, first) <= 6
                        && inner.iter().all(|&k| {
                            ctx.toks.get(k + 1).is_some_and(|t| {
                                let w = t.lower.deref();
                                t.word
                                    && (dated && time_gap(k + 1)
                                        || (w.len() > 5 && w.ends_with("ing"))
                                        || (bare && lex.reporter_clause.contains(w))
                                        || (bare && apposed_to_content(k + 1))
                                        || ((bare || dated) && absolute_with(k + 1))
                                        || (dated
                                            && (lex.subordinators.contains(w)
                                                || matches!(w, "which" | "who" | "where")
                                                || ctx.timex.get(k + 1).copied().unwrap_or(false))))
                            })
                        })
                };
                // "The head of the assembly, Jorge Rodriguez, who led the talks, said the
                // government ...": the phrase before the comma is the subject the speaker is
                // in apposition to, and what was said follows the cue.
                // (Past a comma of the speaker's own aside only: ", the ministry said on
                // Friday." ends a report.)
                // (Not when a comma follows the cue: ", officials said, as ...".)
                let apposed_subject = || {
                    ci > 0
                        && !inverted
                        && ctx.toks.get(after_cue).is_none_or(|t| t.lower != ",")
                        && nwords(ctx, after_cue, last) >= 3
                        && !ctx.timex.get(after_cue).copied().unwrap_or(false)
                        && !lex.preps.contains(ctx.toks[after_cue].lower.deref())
                        && appositive()
                };
                // "..., Anwar said after hosting talks between the two leaders at his official
                // residence.": a tail opened by "after" or "before" (past the day of saying)
                // is the reporter's, up to the length of a whole tail.
                let adjunct = (after_cue..last)
                    .find(|&k| {
                        !ctx.timex.get(k).copied().unwrap_or(false)
                            && !matches!(ctx.toks[k].lower.deref(), "on" | "late" | "early")
                    })
                    .filter(|&k| {
                        matches!(ctx.toks[k].lower.deref(), "after" | "before" | "following")
                    })
                    .map_or(0, |k| nwords(ctx, k, last))
                    .min(MAX_ADJUNCT_TAIL);
                // "..., Netanyahu's office said, and the truce took effect at noon", "..., she
                // said, but only for local candidates": a clause joined after the cue's comma
                // may be more of what was said or the reporter's own; the words reported are
                // then the whole sentence, the attribution inside them (as PolNeAR marks them).
                let joined_at = (after_cue..last)
                    .find(|&k| {
                        !ctx.timex.get(k).copied().unwrap_or(false)
                            && !matches!(ctx.toks[k].lower.deref(), "on" | "late" | "early")
                    })
                    .filter(|&k| {
                        ctx.toks[k].lower == ","
                            && ctx.toks.get(k + 1).is_some_and(|t| {
                                matches!(t.lower.deref(), "and" | "but" | "while" | "whereas")
                            })
                    });
                let joined = joined_at.map_or(0, |k| nwords(ctx, k, last)).min(MAX_ADJUNCT_TAIL);
                // (", bringing the total number of captives exchanged through its mediation
                // since the start of the crisis to 4,641": a participle's phrase after the day of
                // saying tells more of the saying, whatever its length, as a tail of time does.)
                // (Not a gerund that opens a clause of its own: ", he said, replacing Clinton
                // would be much more acrimonious".)
                let finite = |k: usize| {
                    matches!(
                        ctx.toks[k].lower.deref(),
                        "is" | "are"
                            | "was"
                            | "were"
                            | "will"
                            | "would"
                            | "could"
                            | "can"
                            | "should"
                            | "may"
                            | "might"
                            | "must"
                            | "has"
                            | "have"
                            | "had"
                    )
                };
                let told_more = match inner.last() {
                    Some(&first) if participial() && !(first..last).any(finite) => {
                        nwords(ctx, first, last)
                    }
                    _ => 0,
                };
                let adjunct = adjunct.max(joined).max(told_more.min(MAX_ADJUNCT_TAIL));
                // (The comma before that clause is then the only one past the cue.)
                let joined_only =
                    joined_at.is_some() && inner.iter().all(|&k| Some(k) == joined_at);
                if a.np.is_some()
                    && (inverted || np_first)
                    && !stance_clause
                    && (joined_only || !apposed_subject())
                    && (ci == 0 || inverted || covers || joined_only || participial())
                    && (!far || inverted)
                    && a.cue.is_some_and(|c| c.end <= content_end)
                    && nwords(ctx, after_cue, last) <= max_after + adjunct
                    && !that_follows
                    && !clause_follows
                    && !colon
                {
                    let tail_words = nwords(ctx, comma, last);
                    // ("..., the two governments and the State Department said in a joint
                    // statement": speakers named together take the words of each.)
                    let joint = a.np.is_some_and(|s| ctx.text[s.start..s.end].contains(" and "));
                    let max_tail = if joint { max_tail + JOINT_EXTRA } else { max_tail };
                    if tail_words <= max_tail + adjunct {
                        let end = match (joined_at, at_mark) {
                            (Some(_), _) => content_end,
                            (None, true) => ctx.toks[comma].end,
                            (None, false) => ctx.toks[comma].start,
                        };
                        // What was said starts after a dateline, not with it.
                        let from = ctx.past_dateline(lo, comma);
                        let content = Span::new(ctx.toks[from].start, end);
                        found.push(finish_indirect(ctx, content, a));
                        return Some(());
                    }
                }
            }
        }
    }
    // 2a. "Cruz: Trump would put liberals on the court": a named speaker and a colon.
    if let Some(colon) = (lo + 1..last.min(lo + 6)).find(|&i| ctx.toks[i].lower == ":") {
        if let Some(np) = ctx.np_right(lo, colon).filter(|r| r.1 == colon) {
            let span = ctx.span_of(np);
            // A headline ("Poll: Clinton and Trump in dead heat") names its source in title case.
            let para_start = ctx.paras[ctx.para_of(ctx.toks[lo].start)].start;
            // A one-word label ("Q:", "CORRECTION:", "Iowa:") is no source unless it names
            // someone.
            let label = np.1 == np.0 + 1
                || (np.0..np.1).all(|i| {
                    matches!(ctx.toks[i].lower.deref(), "the" | "a")
                        || lex.headline_labels.contains(ctx.toks[i].lower.deref())
                });
            let headline = ctx.text[para_start..ctx.toks[lo].start].trim().is_empty()
                && !label
                && (np.0..np.1).all(|i| {
                    ctx.text[ctx.toks[i].start..].chars().next().is_some_and(char::is_uppercase)
                });
            if (headline || ctx.resolve(span).is_some()) && nwords(ctx, colon, last) >= 3 {
                let mut a = ctx.attr(colon, colon + 1, Some(np));
                a.speaker = ctx.resolve(span);
                let content = Span::new(ctx.toks[colon + 1].start, content_end);
                found.push(finish_indirect(ctx, content, a));
                return Some(());
            }
        }
    }
    // 2. "According to X, ..." and "X said (that) ...": speech verbs first, then the others.
    // Only tokens that open a cue are read, so only they are looked up.
    let cues: Vec<(usize, bool)> = (lo..last)
        .filter(|&c| ctx.cue_at(c).is_some())
        .map(|c| (c, lex.stance.contains(ctx.toks[c].lower.deref())))
        .collect();
    let strong = cues.iter().filter(|x| !x.1).map(|x| x.0);
    let weak = cues.iter().filter(|x| x.1).map(|x| x.0);
    let order: Vec<usize> = strong.chain(weak).collect();
    let mut used: Vec<(usize, usize)> = Vec::new();
    let taken =
        |used: &[(usize, usize)], a: usize, b: usize| used.iter().any(|&(x, y)| a < y && x < b);
    for c in order {
        let Some((ce, bare, according)) = ctx.cue_at(c) else { continue };
        if taken(&used, c, ce) {
            continue;
        }
        if according && !used.is_empty() {
            continue;
        }
        if according {
            let np = ctx.according_np(ce, last);
            let Some((_, npe)) = np else { continue };
            let a = ctx.attr(c, ce, np);
            if c == lo || ctx.toks[c - 1].lower == "," && c > lo + 1 {
                // "According to X, CONTENT" or "A, according to X, CONTENT".
                let mut k = npe;
                if k < last && ctx.toks[k].lower == "," {
                    k += 1;
                }
                if c == lo && nwords(ctx, k, last) >= 3 {
                    let content = Span::new(ctx.toks[k].start, content_end);
                    found.push(finish_indirect(ctx, content, a));
                    return Some(());
                }
                if c > lo && nwords(ctx, lo, c) >= 3 {
                    let from = ctx.past_dateline(lo, c - 1);
                    let content = Span::new(ctx.toks[from].start, ctx.toks[c - 1].start);
                    found.push(finish_indirect(ctx, content, a));
                    return Some(());
                }
                // "But, according to the poll, 46 percent ...", "Now, according to X, ...": after
                // a lead-in too short to be what was said, the content follows.
                if c > lo && nwords(ctx, k, last) >= 3 {
                    let content = Span::new(ctx.toks[k].start, content_end);
                    found.push(finish_indirect(ctx, content, a));
                    return Some(());
                }
            }
            continue;
        }
        if ctx.participle_aside(c, ce, lo, last) {
            continue;
        }
        let np = ctx.subject_np(c, lo);
        let Some(npr) = np else { continue };
        // ("Hun Sen denied the accusation and said ...": the subject of both verbs of saying
        // speaks twice.)
        let shared = npr.1 + 1 < c && ctx.toks[c - 1].lower == "and";
        if taken(&used, npr.0, npr.1) && !shared {
            continue;
        }
        // "In a statement issued Friday", "images of the senator repeating": a phrase after a
        // preposition is no subject, and a learned cue after it no finite verb.
        let learned_only = !lex.verbs.contains_key(ctx.toks[c].lower.deref());
        // "In a Facebook message posted Friday, Cruz said ...": a participle after such a
        // phrase, before a time, a comma or a preposition, is no finite verb either.
        let reduced = || {
            ctx.participle(c, ce)
                && !matches!(ctx.toks[c].lower.deref(), "said" | "told")
                && ctx.toks.get(ce).is_some_and(|t| {
                    ctx.timex[ce] || matches!(t.lower.deref(), "," | "on" | "in" | "by" | "at")
                })
                && ctx.resolve(ctx.span_of(npr)).is_none()
        };
        if npr.0 > lo
            && npr.1 == c
            && (lex.preps.contains(ctx.toks[npr.0 - 1].lower.deref())
                || matches!(ctx.toks[npr.0 - 1].lower.deref(), "by" | "to" | "into" | "about"))
            && (learned_only || reduced())
        {
            continue;
        }
        // "The plan, a source said, is to ...": the attribution splits the content.
        if let Some((a0, _)) = np {
            let before_comma = a0 > lo + 1 && ctx.toks[a0 - 1].lower == ",";
            let after_comma = ce < last && ctx.toks[ce].lower == ",";
            if before_comma && after_comma && nwords(ctx, ce, last) >= 2 && used.is_empty() {
                let a = ctx.attr(c, ce, np);
                // What was said starts after a dateline, not with it.
                let from = ctx.past_dateline(lo, a0 - 1);
                let content = Span::new(ctx.toks[from].start, content_end);
                found.push(finish_indirect(ctx, content, a));
                return Some(());
            }
        }
        // Object of "told" ("told reporters", "told Izvestia"), time words, then "that".
        // ("told Ukrainian President Volodymyr Zelensky in a call on Thursday that ...": a
        // title and a full name, then where and when.)
        let mut k = ce;
        let verb = ctx.toks[c].lower.deref();
        let told = matches!(verb, "told" | "tells" | "tell" | "telling");
        if told {
            // ("told him he was ...": an object pronoun is the whole object, and a subject
            // pronoun after the object opens what was said.)
            let subject = |k: usize| {
                matches!(ctx.toks[k].lower.deref(), "he" | "she" | "they" | "we" | "i" | "it")
            };
            let object = |k: usize| {
                matches!(ctx.toks[k].lower.deref(), "him" | "her" | "them" | "me" | "us")
            };
            // ("told reporters the exchange would ...", "told the BBC the deal ...": after an
            // audience, or at a second determiner, what was said begins.)
            // (The cue may hold the audience itself: "told reporters". What was said opens
            // with a determiner or a name there, not with a time or a place: "told reporters
            // aboard Air Force One ... that", "told reporters on Friday that".)
            let opens_clause = |k: usize| {
                !ctx.timex[k]
                    && (matches!(
                        ctx.toks[k].lower.deref(),
                        "the"
                            | "a"
                            | "an"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "he"
                            | "she"
                            | "they"
                            | "we"
                            | "i"
                            | "it"
                    ) || ctx.text[ctx.toks[k].start..].starts_with(char::is_uppercase))
            };
            let next_np = |k: usize| {
                lex.audience.contains(ctx.toks[k - 1].lower.deref()) && opens_clause(k)
                    || k > ce
                        && matches!(ctx.toks[k].lower.deref(), "the" | "a" | "an")
                        && !matches!(ctx.toks[k - 1].lower.deref(), "the" | "a" | "an")
            };
            while k < last && k < ce + 5 && ctx.np_word(k) && !(k > ce && subject(k)) && !next_np(k)
            {
                k += 1;
                if object(k - 1) {
                    break;
                }
            }
        }
        // "As POLITICO reported, CONTENT" and "CONTENT, as Clyburn noted.": the words "as"
        // does not govern are the content.
        // Not where the verb has its own "that" clause: in "X said ..., as Kyiv reported that
        // an attack had injured three workers" the "as" means "while", and Kyiv said the rest.
        let own_clause = (k..last.min(k + 2)).any(|i| ctx.toks[i].lower == "that");
        let as_at =
            npr.0.checked_sub(1).filter(|&a| a >= lo && ctx.toks[a].lower == "as" && !own_clause);
        if let Some(as_tok) = as_at {
            let opening = (lo..as_tok)
                .all(|i| !ctx.toks[i].word || lex.openers.contains(ctx.toks[i].lower.deref()));
            let content = if opening {
                // The as-clause ends at its comma, a few words after the cue.
                (k..last.min(k + 8))
                    .find(|&i| ctx.toks[i].lower == "," && !ctx.inq[i])
                    .filter(|&i| nwords(ctx, i + 1, last) >= 3)
                    .map(|i| Span::new(ctx.toks[i + 1].start, content_end))
            } else {
                (as_tok > lo + 1
                    && ctx.toks[as_tok - 1].lower == ","
                    && nwords(ctx, lo, as_tok) >= 3)
                    .then(|| Span::new(ctx.toks[lo].start, ctx.toks[as_tok - 2].end))
            };
            if let Some(content) = content {
                let a = ctx.attr(c, ce, np);
                found.push(finish_indirect(ctx, content, a));
                used.push((npr.0.min(c), ce.max(npr.1)));
                if found.len() >= MAX_PER_SENTENCE {
                    break;
                }
                continue;
            }
        }
        // "said on Friday that", "said in a statement that"; not "said the agreement ended a
        // conflict that had lasted ...": after a verb that needs no "that", a determiner opens
        // what was said, and a later "that" opens a relative clause inside it.
        let said_a_noun =
            bare && k == ce && k < last && matches!(ctx.toks[k].lower.deref(), "the" | "a" | "an");
        let that = (k..last.min(k + if told { 8 } else { 6 }))
            .take_while(|&i| ctx.toks[i].word && !said_a_noun)
            .find(|&i| ctx.toks[i].lower == "that");
        if k >= last && text[sent.start..sent.end].trim_end().ends_with(':') {
            // "In a speech last July, he said:": the next sentence is what was said.
            let si = ctx.sent_of(sent.end.saturating_sub(1));
            let next = ctx.sents.get(si + 1).map(|&s| trim_span(text, s));
            if let Some(content) = next.filter(|s| !s.is_empty() && s.start >= sent.end) {
                let a = ctx.attr(c, ce, np);
                found.push(finish_indirect(ctx, content, a));
                used.push((npr.0.min(c), ce.max(npr.1)));
            }
            continue;
        }
        // "wrote to Trump on Tuesday, saying Ukraine was ready": to whom or where, a time, then
        // ", saying": what was said follows the participle.
        let saying = that
            .is_none()
            .then(|| (k..last.min(k + 8)).find(|&i| !ctx.toks[i].word))
            .flatten()
            .filter(|&i| {
                i > k
                    && ctx.toks[i].lower == ","
                    && [k, ce - 1].iter().any(|&j| {
                        lex.preps.contains(ctx.toks[j].lower.deref())
                            || matches!(ctx.toks[j].lower.deref(), "to" | "by")
                    })
                    && ctx.toks.get(i + 1).is_some_and(|t| {
                        matches!(t.lower.deref(), "saying" | "adding" | "stating" | "insisting")
                    })
            })
            .map(|i| i + 2 + usize::from(ctx.toks.get(i + 2).is_some_and(|t| t.lower == "that")));
        let start = match that.or(saying) {
            Some(t) => t,
            None if k < last && ctx.toks[k].word && (bare || nwords(ctx, k, last) >= 2) => k,
            None if k < last && ctx.toks[k].lower == ":" => k + 1,
            None => continue,
        };
        // ("The suspension of aid was announced on March 3": a time alone is when, not what.)
        let only_time = (start..last).all(|k| {
            !ctx.toks[k].word
                || ctx.timex.get(k).copied().unwrap_or(false)
                || lex.time_preps.contains(ctx.toks[k].lower.deref())
                || matches!(ctx.toks[k].lower.deref(), "late" | "early")
        });
        if nwords(ctx, start, last) < 2 || only_time {
            continue;
        }
        let a = ctx.attr(c, ce, np);
        // "A study that appeared in the journal found ...": a relative clause's verb whose
        // subject is no source (and no agent) makes no attribution, and leaves its words to the
        // next cue.
        let relative = |(a0, a1): (usize, usize)| {
            a1 == a0 + 1 && matches!(ctx.toks[a0].lower.deref(), "that" | "which" | "who")
        };
        if a.np.is_none() && lex.subjectless.contains(ctx.toks[c].lower.deref()) && relative(npr) {
            continue;
        }
        // An appositive relative clause (", who says ..., ") or an opening subordinate clause
        // ("While Trump says ..., ") ends at its comma.
        let relative = np.is_some_and(|(a0, a1)| {
            a1 == a0 + 1
                && a0 > lo
                && matches!(ctx.toks[a0].lower.deref(), "who" | "which")
                && ctx.toks[a0 - 1].lower == ","
        });
        let opening = {
            let mut f = lo;
            while f < c && (!ctx.toks[f].word || lex.openers.contains(ctx.toks[f].lower.deref())) {
                f += 1;
            }
            f < c
                && lex.subordinators.contains(ctx.toks[f].lower.deref())
                && (f..c).all(|k| ctx.toks[k].lower != ",")
        };
        let comma_end = if relative || opening {
            (start + 1..last).find(|&k| !ctx.inq[k] && ctx.toks[k].lower == ",")
        } else {
            None
        };
        // The content ends where a new clause with its own subject begins (", but he said").
        let clause_end = (start + 1..comma_end.unwrap_or(last))
            .find(|&k| {
                !ctx.inq[k]
                    && (ctx.toks[k].lower == ";"
                        || (ctx.toks[k].lower == ","
                            && ctx.toks.get(k + 1).is_some_and(|t| {
                                matches!(
                                    t.lower.deref(),
                                    "but" | "while" | "although" | "though" | "whereas"
                                )
                            }))
                        || (ctx.toks[k].lower == "and"
                            && ctx.toks.get(k + 1).is_some_and(|t| {
                                matches!(t.lower.deref(), "he" | "she" | "they" | "we")
                            }))
                        // "denied the accusation and said there had been no clashes": a
                        // second verb of saying of the same subject says its own words. (Not
                        // after a clause of the words' own, whose subject the verb may share:
                        // "said the chiefs had spoken ... and agreed to stop firing".)
                        || (ctx.toks[k].lower == "and"
                            && k > start + 1
                            && ctx.cue_at(k + 1).is_some_and(|cue| cue.1)
                            && (ctx.toks[k + 1].lower == ctx.toks[c].lower
                                || second_report_at(ctx, start, k)))
                        // ("said the EU had taken an important step and urged partners to go
                        // further": a verb that asks or warns someone, after a bare cue's words,
                        // is the speaker's again.)
                        || (ctx.toks[k].lower == "and"
                            && bare
                            && k > start + 3
                            && lex.appeal.contains(ctx.toks[k + 1].lower.deref())))
            })
            .or(comma_end)
            .unwrap_or(last);
        let end = if clause_end < last { ctx.toks[clause_end - 1].end } else { content_end };
        let content = Span::new(ctx.toks[start].start, end);
        found.push(finish_indirect(ctx, content, a));
        used.push((np.map_or(c, |r| r.0.min(c)), ce.max(np.map_or(ce, |r| r.1))));
        if found.len() >= MAX_PER_SENTENCE {
            break;
        }
    }
    // An attribution inside another's content is one of its own (PolNeAR is univocal): the
    // outer content ends where the inner one's speaker (or cue) begins.
    cut_nested(ctx, found);
    if found.is_empty() {
        // The sentence start, or after a lead-in ("In recent weeks, ...", "7:25 a.m. ...").
        let lead = (lo..last.min(lo + 12))
            .find(|&i| matches!(ctx.toks[i].lower.deref(), "," | "a.m." | "p.m.") && !ctx.inq[i]);
        let sv = subject_verb(ctx, lo, last)
            .or_else(|| lead.and_then(|i| subject_verb(ctx, i + 1, last)));
        if let Some((a, content)) = sv {
            let content = Span::new(content.start, content_end.max(content.start));
            found.push(finish_indirect(ctx, content, a));
        }
    }
    // Clauses inside the sentence, after a comma, that open with a named subject and a
    // learned verb ("In Iowa, the day after the debate, Christie unleashed ...").
    let from = found.iter().map(|q| q.end).max().unwrap_or(ctx.toks[lo].start);
    let mut k = ctx.tok_at(from).max(lo + 1);
    while k + 3 < last && found.len() < MAX_PER_SENTENCE {
        let w = ctx.toks[k].lower.deref();
        let boundary = !ctx.inq[k] && matches!(w, "," | ";");
        if boundary {
            if let Some((a, content)) = subject_verb(ctx, k + 1, last) {
                let content = Span::new(content.start, content_end.max(content.start));
                let end = content.end;
                found.push(finish_indirect(ctx, content, a));
                k = ctx.tok_at(end);
                continue;
            }
        }
        k += 1;
    }
    if found.is_empty() {
        if let Some((a, content)) = headline(ctx, lo, last) {
            let content = Span::new(content.start, content_end.max(content.start));
            found.push(finish_indirect(ctx, content, a));
        }
    }
    if found.is_empty() {
        // "in a new Washington Post-ABC News poll": the finding's source.
        if let Some((a, content)) = finding_in(ctx, lo, last, content_end) {
            found.push(finish_indirect(ctx, content, a));
        }
    }
    Some(())
}

/// The source after "according to" spans at most this many tokens.
const MAX_ACCORDING: usize = 20;

/// A speaker phrase reaches back at most this many tokens to its clause's first word.
const MAX_LEAD_UP: usize = 12;

/// An inverted speaker's appositive spans at most this many tokens to the sentence's end.
const MAX_APPOSITIVE: usize = 40;

/// An inverted report's speaker and appositive ("..., said X, a ... who ...") span at most this
/// many tokens to the sentence's end.
/// Words of a reporter's "after ..." or "before ..." at the end of an inverted report that
/// count in no length ("..., Anwar said after hosting talks between the two leaders").
const MAX_ADJUNCT_TAIL: usize = 14;
const MAX_INVERTED_TAIL: usize = 48;

/// At most this many words in a headline.
const MAX_HEADLINE_WORDS: usize = 20;

/// A headline names who did or said what in its first words ("Ben Carson Slams Hillary",
/// "Party aims to heal wounds", "Newspaper: Defense secretary used ..."): the words before
/// the first verb, or before a colon, are the source. A headline is the first paragraph of a
/// text that has no title of its own, when that paragraph is one short sentence.
fn headline(ctx: &Ctx, lo: usize, last: usize) -> Option<(Attr, Span)> {
    let lex = lexicon();
    let first_para = *ctx.paras.first()?;
    let sent = ctx.sents[ctx.sent_of(ctx.toks[lo].start)];
    if ctx.doc.meta.title.is_some()
        || sent.start > first_para.start
        || sent.end < first_para.end
        || nwords(ctx, lo, last) > MAX_HEADLINE_WORDS
    {
        return None;
    }
    let capital = |k: usize| ctx.text[ctx.toks[k].start..].starts_with(char::is_uppercase);
    let mut k = lo;
    // Past a label ("EXCLUSIVE –", "WATCH:").
    while k < last && (!ctx.toks[k].word || lex.headline_labels.contains(ctx.toks[k].lower.deref()))
    {
        k += 1;
    }
    let mut colon = (k + 1..last.min(k + 7)).find(|&i| ctx.toks[i].lower == ":");
    // "The Latest: Clinton tells voters ...": a label before the colon is no source.
    if let Some(c) = colon.filter(|&c| {
        (k..c).all(|i| {
            matches!(ctx.toks[i].lower.deref(), "the" | "a")
                || lex.headline_labels.contains(ctx.toks[i].lower.deref())
        })
    }) {
        k = c + 1;
        colon = None;
    }
    if k >= last || !capital(k) || ctx.inq[k] {
        return None;
    }
    if let Some(c) = colon.filter(|&c| nwords(ctx, c, last) >= 3) {
        if (k..c).all(|i| ctx.toks[i].word && !ctx.inq[i]) {
            let mut a = ctx.attr(c, c + 1, Some((k, c)));
            a.speaker = a.np.and_then(|s| ctx.resolve(s));
            return Some((a, Span::new(ctx.toks[c + 1].start, ctx.toks[last - 1].end)));
        }
    }
    let verb = |i: usize| {
        let w = ctx.toks[i].lower.deref();
        if !ctx.toks[i].word || ctx.inq[i] || lex.stop.contains(w) || lex.preps.contains(w) {
            return false;
        }
        (lex.verbs.contains_key(w) || lex.weak_cues.contains(w))
            && !lex.be.contains(w)
            && !lex.not_cues.contains(w)
    };
    let v = (k + 1..last.min(k + 8)).find(|&i| {
        verb(i)
            || (ctx.toks[i].lower == "to" && i + 1 < last && verb(i + 1))
            || !(ctx.toks[i].word || ctx.toks[i].lower == ",")
            || (lex.stop.contains(ctx.toks[i].lower.deref()) && ctx.toks[i].lower != "of")
    })?;
    let v = if ctx.toks[v].lower == "to" { v + 1 } else { v };
    // A "to" closing the clause has no verb after it.
    if v >= last {
        return None;
    }
    // "Trump's investments include ...": a possessive is no subject.
    let possessive = |i: usize| {
        let t = &ctx.text[ctx.toks[i].start..ctx.toks[i].end];
        t.ends_with("'s") || t.ends_with("’s")
    };
    if !verb(v) || v - k > 5 || possessive(v - 1) || nwords(ctx, v + 1, last) < 2 {
        return None;
    }
    let a = ctx.attr(v, v + 1, Some((k, v)));
    a.np?;
    Some((a, Span::new(ctx.toks[v + 1].start, ctx.toks[last - 1].end)))
}

/// "In the CBS poll, Trump's lead ..." / "... in a new poll.": "in" is the cue and the poll
/// (a noun of `finding` in `word_classes.tsv`) the source.
fn finding_in(ctx: &Ctx, lo: usize, last: usize, content_end: usize) -> Option<(Attr, Span)> {
    let lex = lexicon();
    let i = (lo..last).find(|&i| {
        ctx.toks[i].lower == "in"
            && !ctx.inq[i]
            && ctx.toks.get(i + 1).is_some_and(|t| DETERMINERS.contains(&t.lower.deref()))
    })?;
    let head = (i + 2..last.min(i + 10))
        .take_while(|&k| ctx.toks[k].word && !ctx.inq[k])
        .find(|&k| lex.findings.contains(ctx.toks[k].lower.deref()))?;
    let np = (i + 1, head + 1);
    let content = if i == lo {
        let comma = (head + 1..last.min(head + 4)).find(|&k| ctx.toks[k].lower == ",")?;
        Span::new(ctx.toks.get(comma + 1)?.start, content_end)
    } else {
        Span::new(ctx.toks[lo].start, ctx.toks[i - 1].end)
    };
    if content.end <= content.start {
        return None;
    }
    let mut a = ctx.attr(i, i + 1, Some(np));
    a.speaker = None;
    Some((a, content))
}

/// A sentence that opens with a named person or organisation (or a personal pronoun) and a
/// verb of stance or action learned from PolNeAR train ("Trump unleashed a flurry of tweets
/// ..."): the verb is the cue and the rest of the sentence the content.
fn subject_verb(ctx: &Ctx, lo: usize, last: usize) -> Option<(Attr, Span)> {
    let lex = lexicon();
    let mut k = lo;
    // Past punctuation and the words that open a clause ("But", "And yet", "Meanwhile").
    while k < last && (!ctx.toks[k].word || lex.openers.contains(ctx.toks[k].lower.deref())) {
        k += 1;
    }
    if k >= last || ctx.inq[k] {
        return None;
    }
    let np_end = if matches!(ctx.toks[k].lower.deref(), "he" | "she" | "they" | "we" | "i") {
        k + 1
    } else {
        let start = ctx.toks[k].start;
        let ents = &ctx.doc.entities;
        let first = ents.partition_point(|e| e.start < start);
        let e = ents[first..].iter().take(3).find(|e| {
            matches!(e.label.as_str(), "PER" | "ORG")
                && well_formed(ctx.text, e.start, e.end)
                && ctx.tok_at(e.start) <= k + 2
        });
        let lead_ok = |e: usize| {
            (k..ctx.tok_at(e)).all(|i| {
                matches!(ctx.toks[i].lower.deref(), "the" | "mr." | "mrs." | "ms." | "dr." | "sen.")
            })
        };
        // The whole phrase read rightwards ("McConnell spokesman Don Stewart").
        let phrase = ctx.np_right(k, last).filter(|r| r.1 - r.0 <= 7);
        match e {
            Some(e) if lead_ok(e.start) => {
                let e_end = ctx.tok_at(e.end);
                phrase.map_or(e_end, |r| r.1.max(e_end))
            }
            _ => {
                // "Critics", "The campaign", "Some Republicans".
                let (_, b) = phrase?;
                let head = ctx.toks[b - 1].lower.deref();
                if b - k > 4 || !(lex.group_nouns.contains(head) || lex.person_nouns.contains(head))
                {
                    return None;
                }
                b
            }
        }
    };
    if np_end <= k || np_end >= last {
        return None;
    }
    let mut v = np_end;
    // "Christie, who has campaigned for Trump, blasted ...": past an appositive.
    if ctx.toks[v].lower == "," {
        let close = (v + 1..last.min(v + 25)).find(|&i| ctx.toks[i].lower == ",")?;
        if (v + 1..close).any(|i| ctx.inq[i]) {
            return None;
        }
        v = close + 1;
    }
    let cue_start = v;
    while v < last
        && (ctx.adverb(v)
            || matches!(
                ctx.toks[v].lower.deref(),
                "is" | "are"
                    | "was"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | "will"
                    | "would"
                    | "did"
                    | "does"
                    | "not"
                    | "also"
                    | "then"
            ))
    {
        v += 1;
    }
    let t = ctx.toks.get(v)?;
    if v >= last
        || !t.word
        || ctx.inq[v]
        || lex.be.contains(t.lower.deref())
        || lex.not_cues.contains(t.lower.deref())
        || !(lex.weak_cues.contains(t.lower.deref())
            || (v > cue_start && lex.verbs.contains_key(t.lower.deref())))
        || nwords(ctx, v + 1, last) < 3
    {
        return None;
    }
    let a = ctx.attr(cue_start.min(v), v + 1, Some((k, np_end)));
    Some((a, Span::new(ctx.toks[v + 1].start, ctx.toks[last - 1].end)))
}

/// Ends each quote's content before an attribution that starts inside it ("X said A, and Y
/// said B": the first content is "A"). One that opens the content ("X said he wants ...") is
/// part of it.
fn cut_nested(ctx: &Ctx, found: &mut Vec<Quote>) {
    if found.len() < 2 {
        return;
    }
    let anchor = |q: &Quote| {
        let cue = q.cue.as_ref().map_or(q.start, |c| c.start);
        q.speaker_span.map_or(cue, |s| s.start.min(cue))
    };
    let starts: Vec<usize> = found.iter().map(anchor).collect();
    let mut keep = vec![true; found.len()];
    let mut cut: Vec<Option<usize>> = vec![None; found.len()];
    for (i, q) in found.iter().enumerate() {
        for (j, &at) in starts.iter().enumerate() {
            // ("Maduro said that ..., and announced that ...": a cue whose speaker is the
            // subject before the content, shared by both verbs, starts where its cue does.)
            let cue = found[j].cue.as_ref().map(|c| c.start);
            let at = match cue {
                Some(c)
                    if at < q.start
                        && q.start < c
                        && c < q.end
                        && (same_cue(q, &found[j])
                            || second_report_at(
                                ctx,
                                ctx.tok_at(q.start),
                                ctx.tok_at(c).saturating_sub(1),
                            )) =>
                {
                    c
                }
                _ => at,
            };
            if i == j || at < q.start || at >= q.end {
                continue;
            }
            let (a, k) = (ctx.tok_at(q.start), ctx.tok_at(at));
            // ", with X saying ...": an absolute clause after a comma is one of its own.
            let with = k > a + 1 && ctx.toks[k - 1].lower == "with" && ctx.toks[k - 2].lower == ",";
            let boundary = k > a
                && (with
                    || matches!(
                        ctx.toks[k - 1].lower.deref(),
                        "," | ";"
                            | "."
                            | "—"
                            | "–"
                            | "-"
                            | "and"
                            | "but"
                            | "while"
                            | "whereas"
                            | "as"
                    ));
            if nwords(ctx, a, k) < MIN_BEFORE_NESTED || !boundary {
                keep[j] = false;
            } else if cut[i].is_none_or(|c| at < c) {
                cut[i] = Some(at);
            }
        }
    }
    for (i, q) in found.iter_mut().enumerate() {
        let Some(at) = cut[i] else { continue };
        let end = content_tail(ctx, q.start, at);
        if end > q.start {
            q.end = end;
            q.text = ctx.text[q.start..end].to_string();
        }
    }
    let mut i = 0;
    found.retain(|_| {
        i += 1;
        keep[i - 1]
    });
}

/// Whether two quotes have the same verb of saying ("said ... and said ...").
fn same_cue(a: &Quote, b: &Quote) -> bool {
    match (&a.cue, &b.cue) {
        (Some(x), Some(y)) => x.text.eq_ignore_ascii_case(&y.text),
        _ => false,
    }
}

/// Whether the "and" at token `and` after content from token `start` joins a second verb of
/// saying to the speaker's first ("denied the accusation and said ...", "said that A, and
/// announced that B") rather than a verb to the subject of the words' own clause ("said the
/// chiefs had spoken ... and agreed to stop firing"): a comma before it, or no auxiliary verb
/// in the words before it (no clause of their own).
fn second_report_at(ctx: &Ctx, start: usize, and: usize) -> bool {
    let lex = lexicon();
    (and > start && ctx.toks[and - 1].lower == ",")
        || !(start..and).any(|j| {
            let w = ctx.toks[j].lower.deref();
            lex.be.contains(w)
                || matches!(
                    w,
                    "had"
                        | "has"
                        | "have"
                        | "would"
                        | "will"
                        | "could"
                        | "can"
                        | "did"
                        | "does"
                        | "should"
                        | "may"
                        | "might"
                        | "must"
                )
        })
}

/// Most tokens of a passive aside between a subject and its verb of saying ("Trump, asked by
/// reporters whether he would meet Putin, said").
const MAX_ASIDE: usize = 20;

/// An attribution inside another's content needs this many words of that content before it.
const MIN_BEFORE_NESTED: usize = 2;

/// Where content ending before byte `at` really ends: without trailing spaces, punctuation and
/// the conjunctions that joined it to the next clause.
fn content_tail(ctx: &Ctx, start: usize, at: usize) -> usize {
    let mut k = ctx.tok_at(at);
    let lo = ctx.tok_at(start);
    while k > lo {
        let t = &ctx.toks[k - 1];
        let joins = matches!(
            t.lower.deref(),
            "," | ";"
                | ":"
                | "-"
                | "–"
                | "—"
                | "("
                | "and"
                | "but"
                | "or"
                | "that"
                | "as"
                | "while"
                | "when"
                | "after"
                | "before"
                | "because"
                | "since"
                | "which"
                | "who"
                | "where"
                | "whereas"
                | "although"
                | "though"
                | "if"
                | "so"
                | "with"
        );
        if !joins {
            break;
        }
        k -= 1;
    }
    if k > lo {
        ctx.toks[k - 1].end
    } else {
        start
    }
}

/// At most this many reported-speech attributions in one sentence.
const MAX_PER_SENTENCE: usize = 4;

fn finish_indirect(ctx: &mut Ctx, mut content: Span, mut a: Attr) -> Quote {
    // "Trump said on Saturday he had spoken with ...": the day of saying right after the cue
    // is the cue's, not what was said (unless it owns what follows: "said Saturday's vote").
    if a.cue.is_some_and(|c| c.end <= content.start && content.start - c.end <= 1) {
        let first = ctx.tok_at(content.start);
        let mut k = first;
        while k < ctx.toks.len()
            && ctx.toks[k].end <= content.end
            && (ctx.timex.get(k).copied().unwrap_or(false)
                || matches!(ctx.toks[k].lower.deref(), "on" | "late" | "early"))
        {
            k += 1;
        }
        let dated = (first..k).any(|x| ctx.timex.get(x).copied().unwrap_or(false));
        let owned = ctx.toks.get(k).is_some_and(|t| matches!(t.lower.deref(), "'s" | "’s"))
            || ctx.toks.get(k).is_some_and(|t| t.lower == "'" || t.lower == "’");
        if dated && !owned && ctx.toks.get(k).is_some_and(|t| t.word && t.start < content.end) {
            content.start = ctx.toks[k].start;
        }
    }
    // "called on allies to ...", "declared Friday a day of mourning": the particle or day the
    // cue took is not what was said too.
    if let Some(c) = a.cue.filter(|c| c.start <= content.start && content.start < c.end) {
        let k = ctx.tok_at(c.end);
        if k < ctx.toks.len() && ctx.toks[k].start < content.end {
            content.start = ctx.toks[k].start;
        }
    }
    let sent = ctx.sents[ctx.sent_of(content.start)];
    if a.cue.is_some_and(|c| !is_according(ctx.text, c)) {
        if let Some((span, who)) = ctx.according_in(sent, content) {
            if (who.is_none() || a.speaker != who) && a.np != Some(span) {
                a.relayed = Some((span, who));
            }
        }
    }
    if let (Some(s), Some(c)) = (&a.speaker, a.cue) {
        ctx.spoken.push((c.start, s.clone()));
    }
    make_quote(ctx.text, content, "indirect", &a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_index_gives_what_a_binary_search_gives() {
        let text = "«Это Путин», – сказал Ушаков.  Mr. Trump said \"Yes.\"\n\nHe left.";
        let toks = tokenize(text, None);
        let index = token_index(text.len(), &toks);
        assert_eq!(index.len(), text.len() + 1);
        for pos in 0..=text.len() + 2 {
            let want = toks.partition_point(|t| t.start < pos);
            let got = index.get(pos).map_or(want, |&k| k as usize);
            assert_eq!(got, want, "at byte {pos}");
        }
        assert!(token_index((1 << 20) + 1, &toks).is_empty());
    }

    #[test]
    fn tokens_keep_abbreviations() {
        let t = tokenize("Mr. Trump, the U.S. leader, said: \"Yes.\"", None);
        let w: Vec<&str> = t.iter().map(|t| t.lower.deref()).collect();
        assert_eq!(w[..4], ["mr.", "trump", ",", "the"]);
        assert!(w.contains(&"u.s."));
    }

    #[test]
    fn tokens_are_the_same_with_the_lowered_text() {
        for text in [
            "Mr. Trump, the U.S. leader, said: \"Yes.\" J. Smith agreed.",
            "«Это Путин», – сказал Ушаков. Dmitry Peskov's aide, O'Neill-Smith, e.g. disagreed.",
            "ΟΔΥΣΣΕΥΣ said. İstanbul's mayor spoke; Straße, ǅemal and Ⅻ too.",
            "@nycsouthpaw wrote on 9/11, 24/7 #Vote, a@b and 1/x; U.S. 12/25.",
            "",
            "...",
        ] {
            let lowered = lower_aligned(text);
            let plain: Vec<_> = tokenize(text, None)
                .into_iter()
                .map(|t| (t.start, t.end, t.word, t.lower))
                .collect();
            let fast: Vec<_> = tokenize(text, lowered.as_deref())
                .into_iter()
                .map(|t| (t.start, t.end, t.word, t.lower))
                .collect();
            assert_eq!(plain, fast, "{text}");
        }
        // A character whose lower case is longer leaves the words to lower-case one by one.
        assert!(lower_aligned("İstanbul").is_none());
        assert_eq!(lower_aligned("Путин SAID").as_deref(), Some("путин said"));
    }

    #[test]
    fn a_pronoun_source_drops_its_contracted_verb() {
        let text = "He’s sure. I've no doubt. Who's there? Berg's plan. It'd work. Ma'am.";
        let span_of = |w: &str| {
            let at = text.find(w).unwrap();
            let s = without_contraction(text, Span::new(at, at + w.len()));
            &text[s.start..s.end]
        };
        assert_eq!(span_of("He’s"), "He");
        assert_eq!(span_of("I've"), "I");
        assert_eq!(span_of("Who's"), "Who");
        assert_eq!(span_of("It'd"), "It");
        assert_eq!(span_of("Berg's"), "Berg's");
        assert_eq!(span_of("Ma'am"), "Ma'am");
    }

    #[test]
    fn lexicon_loads() {
        let l = lexicon();
        assert!(l.verbs.contains_key("said"));
        assert!(l.phrases.iter().any(|p| p == &["according", "to"]));
    }
}
