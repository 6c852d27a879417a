//! The one object every stage reads and extends.
//!
//! Following spaCy's central idea, an article is a single [`Document`] holding the cleaned text and
//! *layers* of spans over it. A stage is a function that reads some layers and adds one; it never
//! rewrites the text, so every span of every layer keeps pointing at the same characters. The
//! spans of raw input that cleaning removed are kept in [`Document::removed`], which is enough to
//! map any offset in the cleaned text back to the original file ([`Document::to_raw`]).
//!
//! All offsets are UTF-8 byte offsets, `start` inclusive and `end` exclusive.

use serde::{Deserialize, Serialize};

pub mod clock;
pub mod hash;

/// A half-open byte range `[start, end)` into a text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub const fn len(&self) -> usize {
        self.end - self.start
    }
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// The slice of `text` this span covers.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
    pub const fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub const fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Where the document's publication date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum DateSource {
    /// Given with the article: sidecar JSON, a JSONL field, a command-line flag, HTML metadata.
    Metadata,
    /// Worked out from the article's own text.
    Inferred,
    /// Not known.
    #[default]
    None,
}

/// What is known about an article besides its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Metadata {
    pub title: Option<String>,
    pub author: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// ISO 8601 at the precision known: `2025`, `2025-06` or `2025-06-14`.
    pub published: Option<String>,
    pub published_source: DateSource,
    pub language: Option<String>,
    /// ISO 639-1 code of the language a machine translation was made from, when the article says so.
    pub machine_translated_from: Option<String>,
}

/// Why a span of the raw input is not part of the cleaned text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemovalReason {
    /// The title line (it moves to [`Metadata::title`]).
    Title,
    /// A heading such as "Read also" and the list of links under it.
    LinkList,
    /// A single line pointing to another article ("Also read: ...").
    CrossLink,
    /// A line naming the author (it moves to [`Metadata::author`]).
    Byline,
    /// A notice that the text was machine translated.
    TranslationNotice,
    /// Blank lines at the edges and runs of blank lines.
    Whitespace,
    /// Page furniture found by the HTML extractor (navigation, footers, ...).
    Boilerplate,
}

impl RemovalReason {
    pub fn as_str(&self) -> &'static str {
        match self {
            RemovalReason::Title => "title",
            RemovalReason::LinkList => "link_list",
            RemovalReason::CrossLink => "cross_link",
            RemovalReason::Byline => "byline",
            RemovalReason::TranslationNotice => "translation_notice",
            RemovalReason::Whitespace => "whitespace",
            RemovalReason::Boilerplate => "boilerplate",
        }
    }
}

/// A span of the **raw** input that cleaning removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    pub start: usize,
    pub end: usize,
    pub reason: RemovalReason,
}

/// A named-entity mention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// `PER`, `ORG`, `LOC` or `MISC`.
    pub label: String,
    /// Canonical name of the entity the mention refers to.
    pub entity: String,
}

/// A title or role ("Kremlin aide", "CIA Director") and the person it describes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Canonical name of the person described, when one was found.
    pub entity: Option<String>,
}

/// A TIMEX3 temporal expression.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timex {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Normalised TIMEX3 value (`2025-06-14`, `PT50M`, ...), when one could be given.
    pub value: Option<String>,
    /// TIMEX3 modifier (`APPROX`, `LESS_THAN`, `END`, `START`, ...).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub modifier: Option<String>,
}

/// The words that attribute a quotation ("said", "told reporters", "according to").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cue {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A quotation and who said it.
///
/// `start..end` covers the quoted words without their quotation marks (for an indirect quote,
/// the reported clause). Fields after `kind` were added later and default when absent, so
/// quotes stored before them still read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Canonical name of the person or organisation quoted; `None` when not found.
    pub speaker: Option<String>,
    /// `direct`, `indirect` or `partial`.
    pub kind: String,
    /// The attributing words, when there are any.
    #[serde(default)]
    pub cue: Option<Cue>,
    /// The words that name the speaker here ("he", "the Russian leader", "Yuri Ushakov").
    #[serde(default)]
    pub speaker_span: Option<Span>,
    /// Who passed the words on, for a quote relayed second-hand ("..., according to Ushakov").
    #[serde(default)]
    pub relayed_by: Option<String>,
    /// The words that name the relaying speaker (also when they name no one: "according to a
    /// court filing").
    #[serde(default)]
    pub relayed_by_span: Option<Span>,
}

/// The other event type that may tell the same happening as `kind`. Outlets call one sitting
/// "talks in Riyadh" (a meeting: they met) and "five hours of talks" (a negotiation: what they
/// did there), and an article refers back to its talks as "the meeting": these two types join
/// within an article and across outlets; every other type joins only its own (but see
/// [`told_as_kind`]).
pub fn kindred_kind(kind: &str) -> Option<&'static str> {
    match kind {
        "meeting" => Some("negotiation"),
        "negotiation" => Some("meeting"),
        _ => None,
    }
}

/// The other event type another outlet may tell the same happening as: a kindred type (see
/// [`kindred_kind`]), or, across outlets only, a release for an exchange: one outlet tells a
/// swap as an exchange, another as the return of its side's soldiers ("146 servicemen have
/// been returned"). Within one article a release and an exchange stay apart: an article that
/// tells both ("freed 14 prisoners ... the exchange last August") tells two happenings.
pub fn told_as_kind(kind: &str) -> Option<&'static str> {
    match kind {
        "prisoner_release" => Some("prisoner_exchange"),
        "prisoner_exchange" => Some("prisoner_release"),
        other => kindred_kind(other),
    }
}

/// Whether accounts of types `a` and `b` from different outlets may be one happening (see
/// [`told_as_kind`]).
pub fn told_as_same(a: &str, b: &str) -> bool {
    a == b || told_as_kind(a) == Some(b)
}

/// The type an event told as both `a` and `b` (see [`told_as_kind`]) is shown as: an exchange
/// is the fuller account of a release that was part of one; a meeting and negotiations keep
/// the type they were first told as.
pub fn fuller_kind<'k>(a: &'k str, b: &'k str) -> &'k str {
    if a == "prisoner_release" && b == "prisoner_exchange" {
        b
    } else {
        a
    }
}

/// Whether events of types `a` and `b` may be one happening (see [`kindred_kind`]).
pub fn same_happening(a: &str, b: &str) -> bool {
    a == b || kindred_kind(a) == Some(b)
}

/// For each byte position of a text of `len` bytes (and its end), the number of tokens that
/// start before it, given the tokens' starts in order: the first token at or after a position,
/// read in one step where a stage asks that of many positions. Empty past a megabyte of text,
/// where the table would take four bytes for every byte (the caller searches instead).
pub fn token_starts_index(len: usize, starts: impl Iterator<Item = usize>) -> Vec<u32> {
    if len > 1 << 20 {
        return Vec::new();
    }
    // Token k's number fills the positions from just after the start of the token before it
    // up to its own start: a fill per token rather than a test per byte.
    let mut index = Vec::with_capacity(len + 1);
    let mut k = 0;
    for start in starts {
        let upto = start.min(len) + 1;
        if index.len() < upto {
            index.resize(upto, k as u32);
        }
        k += 1;
    }
    index.resize(len + 1, k as u32);
    index
}

/// A duration of `[min, max]` minutes as a reader says it: minutes up to two hours ("40 min",
/// "30-45 min"), hours beyond ("3 h", "2 h 30 min"), and a range centred on a whole number of
/// hours, as "about nine hours" is read, as that number ("about 9 h", not "486-594 min").
pub fn duration_text([lo, hi]: [u32; 2]) -> String {
    let hours = |m: u32| match m % 60 {
        0 => format!("{} h", m / 60),
        r => format!("{} h {r} min", m / 60),
    };
    let mid = (lo + hi) / 2;
    match (lo == hi, hi < 120) {
        (true, true) => format!("{lo} min"),
        (true, false) => hours(lo),
        (false, true) => format!("{lo}-{hi} min"),
        (false, false) if mid % 60 == 0 && lo + hi == 2 * mid => format!("about {}", hours(mid)),
        (false, false) => format!("{}-{}", hours(lo), hours(hi)),
    }
}

/// One happening an article tells of: its type, the words that announce it, and its arguments.
///
/// Within an article every mention that refers to the same happening ("the call", "during the
/// conversation") is folded into one `EventMention`: `trigger` is the first, `mentions` lists
/// them all. Names are the article's canonical names; the `*_spans` fields keep the words they
/// came from so the corpus stage can link them to corpus entities. Fields after `topics` were
/// added later and default when absent, so events stored before them still read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventMention {
    #[serde(rename = "type")]
    pub kind: String,
    pub trigger: Span,
    pub date: Option<String>,
    pub participants: Vec<String>,
    pub duration_minutes: Option<[u32; 2]>,
    pub topics: Vec<String>,
    /// CAMEO code (`041`, `0841`, ...).
    #[serde(default)]
    pub cameo: String,
    /// `text` when the article states the date, `published` when it is the publication date of
    /// an article telling its own news; `None` with no date.
    #[serde(default)]
    pub date_source: Option<String>,
    /// The words that gave the date ("on Saturday").
    #[serde(default)]
    pub date_span: Option<Span>,
    /// One span per participant, in the order of `participants`.
    #[serde(default)]
    pub participant_spans: Vec<Span>,
    /// The words that gave the duration ("50-minute").
    #[serde(default)]
    pub duration_span: Option<Span>,
    /// Who told the press about it ("according to Kremlin aide Yuri Ushakov").
    #[serde(default)]
    pub briefed_by: Vec<String>,
    #[serde(default)]
    pub briefed_by_spans: Vec<Span>,
    /// Where it happened, when the article says so.
    #[serde(default)]
    pub place: Option<String>,
    /// The sentence of the first trigger.
    #[serde(default)]
    pub sentence: Span,
    /// Every trigger and referring expression folded into this event, first one included.
    #[serde(default)]
    pub mentions: Vec<Span>,
    /// Told as background (before the article's news): never dated by publication.
    #[serde(default)]
    pub background: bool,
    /// Spans of the quotes (of the quotes layer) that describe it.
    #[serde(default)]
    pub quotes: Vec<Span>,
    /// How many people it concerned, when the text counts them ("12 prisoners"), and the words.
    #[serde(default)]
    pub count: Option<u32>,
    #[serde(default)]
    pub count_span: Option<Span>,
    /// The participants who did it to the others, when the text says so ("Lukashenko pardoned
    /// the prisoners", "the EU imposed sanctions on Iran"): names of `participants`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agents: Vec<String>,
    /// What the article counts of it besides its people ("two workers were injured", "67 were
    /// shot down"): one figure per measure, the first the article gives.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    /// Its date is only the day it was said to have happened, or the day of what came after it
    /// ("the Kremlin said on Saturday that the talks had been held", "called him on Saturday
    /// after his summit"): it happened then or in the days just before.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub said_date: bool,
}

/// A number an article gives about an event, and what it measures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figure {
    /// The measure, as `resources/<lang>/events/figures.tsv` names it ("people injured").
    pub what: String,
    pub value: u32,
    /// The words that give it ("two workers were injured").
    pub span: Span,
}

/// One analysed article.
///
/// Layers are filled by the stages; a layer no stage has built yet is an empty list, never absent,
/// so consumers need not tell "none found" from "not run".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Document {
    pub id: String,
    pub meta: Metadata,
    /// The input as read (UTF-8).
    pub raw: String,
    /// The article body after cleaning; every layer's offsets point into this.
    pub text: String,
    /// Spans of `raw` that are not in `text`, sorted by start, non-overlapping.
    pub removed: Vec<Removed>,
    /// Section headings inside the body.
    pub headings: Vec<Span>,
    /// Paragraphs (one per line of body text, headings excluded).
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Span>,
    pub tokens: Vec<Span>,
    pub entities: Vec<EntityMention>,
    pub roles: Vec<RoleMention>,
    pub timexes: Vec<Timex>,
    pub quotes: Vec<Quote>,
    pub events: Vec<EventMention>,
}

impl Document {
    /// Maps a byte offset in the cleaned text to the byte offset of the same character in `raw`.
    ///
    /// Cleaning only cuts spans out of the raw text (it never rewrites characters), so the map is
    /// the offset plus the length of every removed span that starts at or before it.
    pub fn to_raw(&self, offset: usize) -> usize {
        let mut raw = offset;
        for r in &self.removed {
            if r.start <= raw {
                raw += r.end - r.start;
            } else {
                break;
            }
        }
        raw
    }

    /// The sentences that overlap `span`, as indices into [`Document::sentences`].
    pub fn sentences_in(&self, span: Span) -> std::ops::Range<usize> {
        let first = self.sentences.partition_point(|s| s.end <= span.start);
        let last = self.sentences.partition_point(|s| s.start < span.end);
        first..last.max(first)
    }

    /// The tokens inside `span`, as indices into [`Document::tokens`].
    pub fn tokens_in(&self, span: Span) -> std::ops::Range<usize> {
        let first = self.tokens.partition_point(|t| t.start < span.start);
        let last = self.tokens.partition_point(|t| t.end <= span.end);
        first..last.max(first)
    }

    /// The JSON object printed by `dossier annotate --format json` (keys as in DESIGN.md).
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::json;
        let spans = |v: &[Span]| -> Vec<serde_json::Value> {
            v.iter().map(|s| json!({"start": s.start, "end": s.end})).collect()
        };
        let removed: Vec<_> = self
            .removed
            .iter()
            .map(|r| {
                json!({"start": r.start, "end": r.end, "reason": r.reason.as_str(),
                            "text": &self.raw[r.start..r.end]})
            })
            .collect();
        let events: Vec<_> = self
            .events
            .iter()
            .map(|e| {
                json!({"type": e.kind, "trigger": e.trigger.text(&self.text),
                       "trigger_start": e.trigger.start, "trigger_end": e.trigger.end,
                       "cameo": e.cameo, "date": e.date, "date_source": e.date_source,
                       "participants": e.participants, "duration_minutes": e.duration_minutes,
                       "topics": e.topics, "briefed_by": e.briefed_by, "place": e.place,
                       "sentence": {"start": e.sentence.start, "end": e.sentence.end},
                       "mentions": spans(&e.mentions), "background": e.background,
                       "agents": e.agents, "count": e.count,
                       "figures": e.figures.iter().map(|f| json!({"what": f.what,
                           "value": f.value, "text": f.span.text(&self.text)}))
                           .collect::<Vec<_>>()})
            })
            .collect();
        let m = &self.meta;
        json!({
            "id": self.id,
            "title": m.title,
            "author": m.author,
            "outlet": m.outlet,
            "url": m.url,
            "published": m.published,
            "published_source": m.published_source,
            "language": m.language,
            "machine_translated_from": m.machine_translated_from,
            "text": self.text,
            "removed": removed,
            "headings": spans(&self.headings),
            "paragraphs": spans(&self.paragraphs),
            "sentences": spans(&self.sentences),
            "tokens": self.tokens.len(),
            "entities": self.entities,
            "roles": self.roles,
            "timexes": self.timexes,
            "quotes": self.quotes,
            "events": events,
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_token_starts_index_gives_what_a_binary_search_gives() {
        let starts = [0usize, 3, 3, 4, 9, 15];
        let len = 17;
        let index = token_starts_index(len, starts.iter().copied());
        assert_eq!(index.len(), len + 1);
        for (pos, &k) in index.iter().enumerate() {
            assert_eq!(k as usize, starts.partition_point(|&s| s < pos), "at {pos}");
        }
        assert_eq!(token_starts_index(5, std::iter::empty()), vec![0; 6]);
        assert!(token_starts_index((1 << 20) + 1, starts.iter().copied()).is_empty());
    }

    #[test]
    fn durations_read_as_minutes_then_hours() {
        assert_eq!(duration_text([40, 40]), "40 min");
        assert_eq!(duration_text([33, 37]), "33-37 min");
        assert_eq!(duration_text([180, 180]), "3 h");
        assert_eq!(duration_text([150, 150]), "2 h 30 min");
        assert_eq!(duration_text([486, 594]), "about 9 h");
        assert_eq!(duration_text([120, 300]), "2 h-5 h");
    }

    use super::*;

    fn doc_with_removed(raw: &str, removed: Vec<Removed>) -> Document {
        let mut text = String::new();
        let mut at = 0;
        for r in &removed {
            text.push_str(&raw[at..r.start]);
            at = r.end;
        }
        text.push_str(&raw[at..]);
        Document { raw: raw.into(), text, removed, ..Default::default() }
    }

    #[test]
    fn offsets_map_back_to_raw() {
        let raw = "TITLE\n\nBody one.\nJUNK\nBody two.";
        let d = doc_with_removed(
            raw,
            vec![
                Removed { start: 0, end: 7, reason: RemovalReason::Title },
                Removed { start: 17, end: 22, reason: RemovalReason::CrossLink },
            ],
        );
        assert_eq!(d.text, "Body one.\nBody two.");
        let two = d.text.find("two").unwrap();
        assert_eq!(&raw[d.to_raw(two)..d.to_raw(two) + 3], "two");
        assert_eq!(d.to_raw(0), 7);
    }

    #[test]
    fn span_queries() {
        let d = Document {
            text: "A b. C d.".into(),
            sentences: vec![Span::new(0, 4), Span::new(5, 9)],
            tokens: vec![Span::new(0, 1), Span::new(2, 3), Span::new(3, 4), Span::new(5, 6)],
            ..Default::default()
        };
        assert_eq!(d.sentences_in(Span::new(6, 7)), 1..2);
        assert_eq!(d.sentences_in(Span::new(2, 6)), 0..2);
        assert_eq!(d.tokens_in(Span::new(0, 4)), 0..3);
    }
}
