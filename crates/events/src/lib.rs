//! The `events` layer: what happened in one article, typed, with its arguments.
//!
//! A stage in the spaCy sense: it reads the sentences, tokens, entities, roles, timexes and
//! quotes layers and adds [`Document::events`]. It works sentence by sentence, left to right:
//!
//! 1. **Triggers** (`resources/en/events/triggers.tsv`) announce an event of a type ("phone
//!    call", "spoke by phone", "released", "willingness to mediate"). A trigger is dropped when the
//!    words before it make it unreal ("agreed to organise a meeting", "a possible call"), deny it,
//!    when it is what another event was *about* ("discussed the exchange of citizens"), when a
//!    modal verb or a word of intent earlier in its clause makes it a plan ("will travel to Varnby
//!    on April 10 for talks", "ready to host a new round of negotiations"), or when it sits
//!    inside a direct quotation.
//! 2. **Arguments** come from the trigger's clause: participants before it (the subject) and after
//!    it ("with X", "between X and Y", a direct object), the nearest calendar date, a duration
//!    ("50-minute", "nearly an hour" through the time layer), topics after "discussed", "focused
//!    on"..., briefers ("according to X", the speaker of a quote in the sentence) and a place.
//!    Names inside a subordinate clause of another happening ("since Finland joined NATO") take
//!    no part; a date inside an invited action ("invited X to visit Y in April") is the plan's.
//! 3. **One event per happening**: a mention that refers back ("the call", "during their
//!    conversation") or that agrees in type, date and participants with an event told before
//!    joins it (not when it states a date outside the days before publication and the event
//!    told before it is undated news: "also held a phone call in October" is another call);
//!    sentences without a trigger that speak of "the two leaders" or say what "it
//!    involved" add to the latest event. "The first since July 2020" records the earlier event.
//!    A reference to an event the article never told ("During the phone call, Marsh said ...")
//!    tells it, between the sentence's people and, while fewer than two, the first paragraph's.
//! 4. **Dates**: a date the text gives wins (a time of day, "on Monday evening", dates it to that
//!    day; a date inside a relative clause before the trigger, "who was removed in April, had
//!    met ... in November", is that clause's); an event told "after that" takes the date of the
//!    one before; the article's own news told without a date takes the publication date, marked
//!    `date_source: "published"`; background ("a recent call") stays undated.
//!
//! Statements are what a statement trigger announces ("stated", "told reporters", "said in a
//! statement"); where the quotes layer attributed the words, its speaker is the actor. A quote
//! with a plain "said" is a quote, not an event: the timeline would drown in commentary.
//!
//! Everything is linear in the article: one pass over the tokens, look-ups in hash tables, and
//! short windows around each trigger.

mod lexicon;

use dossier_document::{same_happening, Document, EventMention, Span};
use lexicon::{lexicon, Lexicon, Trigger};

pub use lexicon::{cameo_rows, trigger_codes};

/// Words looked at before a trigger for what makes it unreal, background or referring back.
const WINDOW: usize = 4;
/// Words looked at before a trigger for what places it before the news ("the last time
/// Vladimir Putin spoke with ...").
const BACKGROUND_WINDOW: usize = 6;
/// "The two leaders" refers to the latest event only as a subject, near the sentence's start.
const PARTIES_REACH: usize = 10;
/// Longest duration an event of the types here is given, in minutes (longer ones are periods
/// the text speaks of, "in three years", not how long the event lasted). A whole day is left
/// out too: "after a day of talks" tells of a day's programme, not of 1,440 minutes at a table.
const MAX_MINUTES: u32 = 24 * 60 - 1;
/// A topic zone ends after this many tokens at most.
const MAX_TOPIC_TOKENS: usize = 25;
/// References look among this many of the latest events.
const RECENT: usize = 64;
/// A quote that starts this many bytes before a sentence may still be attributed in it.
const QUOTE_REACH: usize = 4096;
/// Words looked at before "and"/"but" and a verb for a passive auxiliary it shares ("was
/// detained on Nov. 14 but released").
const PASSIVE_REACH: usize = 8;
/// How many words before an act of force a verb of launching it may stand ("launched one of
/// its largest combined attacks").
const LAUNCH_REACH: usize = 8;

/// How many words before "over" a noun of talking may stand for "over" to open its topic.
const TOPIC_OVER_REACH: usize = 8;

/// Words an attribution at a sentence's end may have after its verb ("told reporters on
/// Tuesday.").
const TAIL_REST: usize = 4;
/// Bytes between a cue and the quoted words that open after it (`: "`).
const CUE_GAP: usize = 8;
/// At most this many quotes per event.
const MAX_QUOTES: usize = 8;
/// At most this many topics per event.
const MAX_TOPICS: usize = 10;
/// Words looked at before a trigger, within its clause, for a modal verb that makes it a plan
/// ("will travel to Varnby on April 10 for talks").
const MODAL_REACH: usize = 12;
/// A "where" clause opening at most this many tokens after a trigger tells of its happening.
const WHERE_REACH: usize = 6;

/// Tokens back from an "after" or "following" to one that opens the clause of time it is in
/// ("days after Trump halted military aid to Kyiv following a heated meeting").
const CHAINED_AFTER_REACH: usize = 12;
/// Tokens from "since" to the date it opens a phrase for ("since the full-scale invasion in
/// February 2022").
const SINCE_REACH: usize = 8;
/// A duration told as an adjective ("45-minute") modifies a trigger at most this many words
/// after it ("a 50-minute telephone conversation").
const ADJECTIVE_REACH: usize = 3;
/// Words looked at after a trigger for the classes its flags name (`then=`, `unless=`, `pair=`).
const FLAG_REACH: usize = 4;
/// Words a modal ("would", "will") may stand before a date it makes a plan's ("would travel to
/// Lima on Monday").
const PLAN_REACH: usize = 6;
/// Tokens a dateline may take before its dash ("ANCHORAGE, Alaska, Aug 16 (Harbor Wire) -").
const DATELINE_REACH: usize = 14;
/// Tokens from a sentence's start within which "their" opens it ("Two days after their first
/// call, X and Y ..."): the people after the noun are theirs.
const THEIR_OPENING: usize = 5;
/// How far after an event's parties a place is looked for, up to a comma ("met the prisoners at
/// an airport in Cologne").
const PLACE_REACH: usize = 8;
/// Tokens from a sitting's noun to "attended by" past a relative clause ("The meeting, which
/// lasted about 33 minutes, was also attended by").
const ATTENDED_REACH: usize = 14;
/// How many words before an event noun "months of" may stand ("after months of secret talks").
const STRETCH_REACH: usize = 4;
/// How many words may stand between a verb and the event noun that is its object ("launched
/// one of its largest drone and missile attacks").
const OBJECT_REACH: usize = 8;
/// Tokens after an event noun within which its own verb is looked for ("a meeting between Putin
/// and Zelensky was possible").
const UNREAL_AFTER: usize = 10;
/// How many words after a count "and" may join another to it ("250 prisoners serving long
/// sentences and around 1,718 Gazans").
const AND_COUNT_REACH: usize = 6;
/// How many tokens before a visit's noun its length in days may stand ("a four-day state
/// visit"), and the longest stay read so.
const STAY_REACH: usize = 5;
const MAX_STAY_DAYS: i64 = 14;
/// How many tokens before a sitting's noun the "for" of "flew to Cairo for talks" may stand
/// ("for a four-day state visit").
const TRAVEL_FOR_REACH: usize = 7;
/// How many tokens before an event noun ", at" may stand to make it the setting of the clause
/// before ("at their first face-to-face talks": a hyphen is a token).
const SETTING_REACH: usize = 8;
/// How many words before a participle ("about 1,700 detainees released") its count may start.
const COUNT_BEFORE_REACH: usize = 6;
/// How many sentences after a call or meeting words of reaction of one of its people are
/// taken for what was said there.
const SAID_THERE_REACH: usize = 3;
/// How many sentences back "Before leaving, ..." looks for the day its people left.
const LEFT_REACH: usize = 6;

/// Tokens before "after" within which the subject of "X did Y after talks with Z" is looked for.
const SUBJECT_REACH: usize = 10;
/// Words after "hosted by" within which the host is named ("hosted by Turkish President
/// Recep Tayyip Erdogan").
const HOST_REACH: usize = 6;
/// Bytes added to the distance of a date of saying before its "that" (see `date_near`): any
/// date the reported words give is nearer.
const SAYING_DATE_PENALTY: usize = 1 << 16;
/// Words between "before" and a noun that tells a later happening ("before the American
/// leader's visit").
/// The phrases that make a number a bound ("nearly", "more than"; `bounds.tsv`, which the
/// corpus stage reads too), as lower-case words, longest first.
fn bound_phrases() -> &'static [Vec<&'static str>] {
    static PHRASES: std::sync::OnceLock<Vec<Vec<&'static str>>> = std::sync::OnceLock::new();
    PHRASES.get_or_init(|| {
        let mut v: Vec<Vec<&'static str>> = include_str!("../../../resources/en/events/bounds.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.split('\t').next())
            .map(|w| w.split_whitespace().collect())
            .collect();
        v.sort_by_key(|p| std::cmp::Reverse(p.len()));
        v
    })
}

/// Tokens after a trigger within which "before/after the <occasion>" dates an undated event
/// (see `date_by_occasion`).
const OCCASION_REACH: usize = 12;
const BEFORE_REACH: usize = 5;
/// Words between a verb of saying and its "that" ("said on Tuesday that").
const SAY_REACH: usize = 4;
/// Tokens read back from a noun for the verb of saying or the "that" whose reported words hold
/// it, or the ", where" whose clause holds a sitting (see `reported_clause_before`).
const REPORTED_REACH: usize = 40;
/// How many words an apposition between a name and ", and" may run ("X, the jailed husband of
/// ..., and 13 other prisoners").
const APPOSITION_REACH: usize = 16;
/// Tokens either side of a trigger within which a date may be its own. A date farther away, in
/// a clause that runs on (a transcript or a list scraped as one sentence), tells of something
/// else; and without the bound every trigger of such a clause would weigh every date in it.
const DATE_REACH: usize = 80;
/// How far after a noun its ", which" clause may start ("attack on the city of Sumy, which").
const WHICH_REACH: usize = 8;

/// Tokens after the trigger of a supply's suspension within which "to X" names whom it was for.
const RECIPIENT_REACH: usize = 16;

/// Tokens after an agent noun within which "by X" names who did it ("the strike on the port of
/// Odesa by Russia").
const BY_REACH: usize = 8;
/// Words looked at after a trigger that refers back to nothing for a modal verb ("the meeting
/// will take place"): an event yet to come.
const MODAL_AFTER: usize = 3;

/// A number written in digits, its thousands grouped by commas or not ("1,966", "252").
fn parse_count(w: &str) -> Option<u32> {
    if !w.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if !w.contains(',') {
        return w.parse().ok();
    }
    let mut groups = w.split(',');
    let first = groups.next()?;
    let grouped = (1..=3).contains(&first.len())
        && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
    grouped.then(|| w.replace(',', "").parse().ok()).flatten()
}

/// Types whose participants are one actor (the speaker, the mediator): the others they name are
/// what the event is about.
fn single_actor(kind: &str) -> bool {
    matches!(kind, "statement" | "offer_mediation")
}

/// A name the text gives, usable as a participant.
#[derive(Debug, Clone, Copy)]
struct Part<'a> {
    span: Span,
    name: &'a str,
    label: &'a str,
}

/// An event being built.
#[derive(Debug, Clone)]
struct Ev<'a> {
    kind: &'static str,
    cameo: &'static str,
    trigger: Span,
    sentence: Span,
    date: Option<String>,
    date_source: Option<&'static str>,
    date_span: Option<Span>,
    parts: Vec<Part<'a>>,
    duration: Option<[u32; 2]>,
    duration_span: Option<Span>,
    topics: Vec<String>,
    briefers: Vec<Part<'a>>,
    place: Option<&'a str>,
    mentions: Vec<Span>,
    background: bool,
    /// Recorded from "the first since ..." and the like: never the target of a reference.
    derived: bool,
    /// Byte offset of its latest mention: references go to the event mentioned last.
    last: usize,
    /// Announced by a noun ("talks", "negotiations") at least once.
    noun: bool,
    /// How many people it concerned ("12 prisoners") and the words.
    count: Option<(u32, Span)>,
    /// Participants who did it to the others ("Lukashenko pardoned ...").
    agents: Vec<&'a str>,
    /// Told only by a trigger that needs two parties without its object ("X and Y signed").
    need_two: bool,
    /// Its date is the day someone said it happened ("the ministry said on Sunday it had
    /// struck ..."): it happened then or in the days before.
    said_date: bool,
    /// What it counts besides its people (`figures.tsv`): the measure, the number, the words.
    figures: Vec<(&'static str, u32, Span)>,
    /// Its parties are the sides of delegations ("Russian and Ukrainian delegations met"): states
    /// that meet through people the text does not name.
    sides: bool,
    /// The type it is of if its parties turn out to be states only (the trigger's `states=`).
    states_kind: Option<&'static str>,
    /// Told in a clause of time a stretch before or after another happening of its sentence
    /// ("The signing came three weeks after X and Y signed their own accord"): never that one.
    apart: bool,
}

/// Adds the `events` layer to `doc`.
pub fn annotate(doc: &mut Document) {
    let low = lowered(doc);
    let events = Analysis::new(doc, &low).run();
    doc.events = events;
}

/// Per-article state of the analysis.
struct Analysis<'a> {
    doc: &'a Document,
    lex: &'static Lexicon,
    /// Lower-case token texts.
    words: Vec<&'a str>,
    /// Each word's row among the classes' words (see [`lexicon::Row`]).
    rows: Vec<lexicon::RowId>,
    toks: &'a [Span],
    /// The first token at or after each byte of the text (see [`Analysis::tok_at`]).
    tok_index: Vec<u32>,
    parts: Vec<Part<'a>>,
    /// Nationality words as their countries ("Iranian" as Iran), by start: what an agent's act
    /// is done to when nothing else is ("sanctions on seven Iranian companies").
    demonyms: Vec<Part<'a>>,
    /// Spans of direct quotations.
    direct: Vec<Span>,
    /// Spans of words in quotation marks within a sentence of the reporter's ("thanked \"the
    /// mothers who never stopped fighting\"").
    partial: Vec<Span>,
    events: Vec<Ev<'a>>,
    /// The article's timexes and quotes, by start.
    timexes: Vec<&'a dossier_document::Timex>,
    quotes: Vec<&'a dossier_document::Quote>,
    /// People among the parts, by end (for pronouns).
    people: Vec<Part<'a>>,
    /// Tokens of the current sentence that part clauses (semicolons, free dashes).
    cuts: Vec<usize>,
    /// Token ranges of the current sentence's subordinate clauses ("since Finland joined NATO"),
    /// from the word that opens one to the next comma or clause cut.
    subs: Vec<(usize, usize)>,
    /// Whether a paragraph has a word of a class, as asked already.
    context_seen: std::cell::RefCell<dossier_document::hash::FastMap<(&'static str, usize), bool>>,
}

/// Paragraphs back, besides its own, where an organisation told by what it is ("the militant
/// group") looks for the one it stands for.
const ORG_KIND_PARAGRAPHS: usize = 2;
/// Names back at most where it looks (and counts how often each is named).
const ORG_KIND_REACH: usize = 48;

/// "Hamas ... a day after the militant group freed 20 hostages": each organisation told by what
/// it is (`org_kind_mods`, `org_kind_heads`) as a part naming the organisation named last before
/// it in its paragraph or the [`ORG_KIND_PARAGRAPHS`] before (`parts`, sorted), the one named
/// most if several. One pass over the tokens (and over the parts of those few paragraphs).
fn org_kind_parts<'a>(doc: &'a Document, lower: &[&str], parts: &[Part<'a>]) -> Vec<Part<'a>> {
    let c = &lexicon().c;
    let mut out = Vec::new();
    let paragraph = |pos: usize| doc.paragraphs.partition_point(|p| p.end <= pos);
    for k in 0..lower.len() {
        if lower[k] != "the" {
            continue;
        }
        let mods = (k + 1..lower.len()).take(2).take_while(|&j| c.org_kind_mods.has(lower[j]));
        let Some(last_mod) = mods.last() else { continue };
        let Some(&head) = lower.get(last_mod + 1) else { continue };
        if !c.org_kind_heads.has(head) {
            continue;
        }
        let span = Span::new(doc.tokens[k].start, doc.tokens[last_mod + 1].end);
        // (Of those named there, the one named most often there, then one that acts, then the latest:
        // "Hamas handed the hostages to the Red Cross ... the militant group" is Hamas.)
        // (At most ORG_KIND_REACH names back, however long the paragraphs.)
        let i = parts.partition_point(|p| p.span.end <= span.start);
        let here = paragraph(span.start);
        let near = &parts[i.saturating_sub(ORG_KIND_REACH)..i];
        let near =
            &near[near.partition_point(|p| paragraph(p.span.start) + ORG_KIND_PARAGRAPHS < here)..];
        let named = |name: &str| near.iter().filter(|p| p.name == name).count();
        // (And one that acts before one acted on: "to the Red Cross".)
        let acts = |p: &Part| {
            let t = doc.tokens.partition_point(|t| t.start < p.span.start);
            let t = if t > 0 && lower[t - 1] == "the" { t - 1 } else { t };
            t == 0 || !matches!(lower[t - 1], "to" | "with" | "from" | "by" | "at" | "in" | "of")
        };
        let org = near
            .iter()
            .rev()
            .filter(|p| p.label == "ORG")
            .enumerate()
            .max_by_key(|(n, p)| (named(p.name), acts(p), std::cmp::Reverse(*n)));
        if let Some((_, org)) = org {
            out.push(Part { span, ..*org });
        }
    }
    out
}

/// One trigger found in a sentence.
struct Found {
    /// First and one-past-last token.
    at: usize,
    end: usize,
    trigger: &'static Trigger,
}

impl<'a> Analysis<'a> {
    fn new(doc: &'a Document, low: &'a Lowered) -> Analysis<'a> {
        let lower: Vec<&'a str> = low.ranges.iter().map(|&(s, e)| &low.buf[s..e]).collect();
        let mut roles = Vec::new();
        let mut parts: Vec<Part<'a>> = Vec::new();
        for r in &doc.roles {
            if let Some(e) = r.entity.as_deref() {
                roles.push(Span::new(r.start, r.end));
                parts.push(Part { span: Span::new(r.start, r.end), name: e, label: "PER" });
            } else if r.text.starts_with("The ")
                && doc.sentences.binary_search_by_key(&r.start, |s| s.start).is_ok()
                && dossier_resolve::doc::is_description(&r.text)
            {
                // "The Ukrainian leader also met Meloni", a description the article names no
                // one for, opening its sentence: a party in its own words, which the corpus
                // stage links to whom other articles name (by its span). (Elsewhere it stands
                // for its state: "spoke with the Finnish president".)
                roles.push(Span::new(r.start, r.end));
                parts.push(Part { span: Span::new(r.start, r.end), name: &r.text, label: "PER" });
            }
        }
        roles.sort();
        let mut demonyms: Vec<Part<'a>> = Vec::new();
        for m in &doc.entities {
            if m.label == "MISC" {
                // "seven Iranian companies": the country, as what an act is done to.
                if let Some(c) = dossier_resolve::lang::lang().country_of_demonym(&m.text) {
                    demonyms.push(Part { span: Span::new(m.start, m.end), name: c, label: "LOC" });
                }
                continue;
            }
            let span = Span::new(m.start, m.end);
            // A name inside a role ("U.S." in "his U.S. counterpart") is not a party, nor is the
            // role's own span (a part already). Roles do not overlap: only the last one starting
            // at or before the name can hold it (a binary search: an article of 100,000 titled
            // sentences took minutes when every name looked at every role).
            let k = roles.partition_point(|r| r.start <= span.start);
            if k > 0 && roles[k - 1].contains(&span) {
                // ("U.S. President Donald Trump": the state of a title, as "Chinese President"
                // gives its own.)
                if m.label == "LOC" {
                    if let Some(c) = dossier_resolve::lang::lang().country_named(&m.entity) {
                        demonyms.push(Part { span, name: c, label: "LOC" });
                    }
                }
                continue;
            }
            parts.push(Part { span, name: &m.entity, label: &m.label });
        }
        parts.sort_by_key(|p| (p.span.start, p.span.end));
        let kinds = org_kind_parts(doc, &lower, &parts);
        if !kinds.is_empty() {
            parts.extend(kinds);
            parts.sort_by_key(|p| (p.span.start, p.span.end));
        }
        // "BEIJING (Xinhua) --": the place and outlet of a dateline take no part in what the
        // sentence after it tells.
        let datelines: Vec<Span> =
            doc.paragraphs.iter().take(3).filter_map(|p| dateline(doc, &lower, *p)).collect();
        if !datelines.is_empty() {
            parts.retain(|p| !datelines.iter().any(|d| d.contains(&p.span)));
        }
        // The spans of the quotes of one kind, sorted.
        let quoted = |kind: &str| {
            let mut v: Vec<Span> = doc
                .quotes
                .iter()
                .filter(|q| q.kind == kind)
                .map(|q| Span::new(q.start, q.end))
                .collect();
            v.sort();
            v
        };
        let (direct, partial) = (quoted("direct"), quoted("partial"));
        let mut timexes: Vec<&dossier_document::Timex> = doc.timexes.iter().collect();
        timexes.sort_by_key(|t| t.start);
        let mut quotes: Vec<&dossier_document::Quote> = doc.quotes.iter().collect();
        quotes.sort_by_key(|q| q.start);
        let mut people: Vec<Part<'a>> =
            parts.iter().filter(|p| p.label == "PER").copied().collect();
        people.sort_by_key(|p| p.span.end);
        let lex = lexicon();
        let rows = lower.iter().map(|w| lex.row_of(w)).collect();
        Analysis {
            doc,
            lex,
            words: lower,
            rows,
            toks: &doc.tokens,
            tok_index: dossier_document::token_starts_index(
                doc.text.len(),
                doc.tokens.iter().map(|t| t.start),
            ),
            parts,
            demonyms,
            direct,
            partial,
            events: Vec::new(),
            timexes,
            quotes,
            people,
            cuts: Vec::new(),
            subs: Vec::new(),
            context_seen: Default::default(),
        }
    }

    fn run(mut self) -> Vec<EventMention> {
        let doc = self.doc;
        for (si, s) in doc.sentences.iter().enumerate() {
            if doc.headings.iter().any(|h| h.contains(s)) {
                continue;
            }
            let r = doc.tokens_in(*s);
            if r.is_empty() {
                continue;
            }
            self.sentence(si, r.start, r.end);
            self.talks_before_their_outcome(*s);
        }
        self.mourned();
        self.lead_people();
        self.exchanges();
        self.given_for();
        self.captives_side();
        self.handed_to_capital();
        self.separately();
        self.same_people_same_day();
        self.gerund_hosts();
        self.attended_by();
        self.finish()
    }

    /// "Malaysian Prime Minister Anwar Ibrahim said after hosting talks between the two sides":
    /// the subject of the verb of saying before "after hosting" hosted the sitting named right
    /// after it, and sat at it. (After the sittings are joined: the host is no one who would
    /// keep the people told later from telling the same sitting.)
    fn gerund_hosts(&mut self) {
        let lead = &self.lex.c.gerund_lead;
        for i in 0..self.events.len() {
            let e = &self.events[i];
            if e.derived || !self.lex.c.sitting.has(e.kind) {
                continue;
            }
            let ti = self.tok_at(e.trigger.start);
            let r = self.doc.tokens_in(e.sentence);
            let Some(h) = (ti.saturating_sub(2)..ti).rev().find(|&k| self.words[k] == "hosting")
            else {
                continue;
            };
            if (h + 1..ti).any(|k| !matches!(self.words[k], "the" | "a")) {
                continue;
            }
            if h < r.start + 2 || !self.in_class(lead, h - 1) {
                continue;
            }
            // The person whose name ends right before the verb of saying (or a time).
            let from = r.start.max(h.saturating_sub(SAY_REACH + 3));
            let subject = (from..h - 1).rev().find_map(|j| {
                let p = self.part_at(j).filter(|p| p.label == "PER")?;
                let end = self.tok_at(p.span.end);
                (end < h - 1
                    && (end..h - 1).all(|x| {
                        self.in_class(&self.lex.c.say, x) || self.in_timex(self.toks[x].start)
                    }))
                .then_some(p)
            });
            if let Some(p) = subject {
                let e = &mut self.events[i];
                if !e.parts.iter().any(|q| q.name == p.name) {
                    e.parts.push(p);
                }
            }
        }
    }

    /// "The meeting, which lasted about 33 minutes, was also attended by Saudi Crown Prince
    /// Mohammed bin Salman": the people a sitting's noun is attended or joined by, up to a comma
    /// or another clause, sat at it.
    fn attended_by(&mut self) {
        for i in 0..self.events.len() {
            let e = &self.events[i];
            if e.derived || e.background || !self.lex.c.sitting.has(e.kind) {
                continue;
            }
            let mut found: Vec<Part<'a>> = Vec::new();
            for m in &e.mentions {
                let sentences = &self.doc.sentences;
                let Some(&sent) = sentences.get(sentences.partition_point(|s| s.end <= m.start))
                else {
                    continue;
                };
                let r = self.doc.tokens_in(sent);
                let from = self.tok_at(m.end);
                // (Past a relative clause set off by commas: ", which lasted ..., was".)
                let reach = (from + ATTENDED_REACH).min(r.end);
                // ("..., while Turkish President Tayyip Erdogan joined by phone": one who took
                // part from afar, named right before "joined".)
                let remote = |k: usize| {
                    self.words[k] == "joined"
                        && (matches!(self.words.get(k + 1), Some(&("virtually" | "remotely")))
                            || matches!(self.words.get(k + 1), Some(&("by" | "via")))
                                && matches!(
                                    self.words.get(k + 2),
                                    Some(&("phone" | "telephone" | "video" | "videolink"))
                                ))
                };
                for k in (from..r.end).filter(|&k| k > 0 && remote(k)) {
                    let who = self
                        .parts_in(from, k)
                        .into_iter()
                        .rev()
                        .find(|p| p.label == "PER" && self.tok_at(p.span.end) == k);
                    found.extend(who);
                }
                let Some(by) = (from..reach).find(|&k| {
                    k + 1 < r.end
                        && matches!(self.words[k], "attended" | "joined")
                        && self.words[k + 1] == "by"
                        && k > 0
                        && matches!(self.words[k - 1], "was" | "were" | "also")
                }) else {
                    continue;
                };
                let end = (by + 2..r.end)
                    .find(|&k| matches!(self.words[k], "," | ";" | "while" | "who" | "which"))
                    .unwrap_or(r.end);
                found.extend(self.parts_in(by + 2, end).into_iter().filter(|p| p.label == "PER"));
            }
            let e = &mut self.events[i];
            for p in found {
                if !e.parts.iter().any(|q| q.name == p.name) {
                    e.parts.push(p);
                }
            }
        }
    }

    /// "Zelensky spoke with Trump at the funeral of Pope Francis": whose funeral, burial or
    /// memorial it was (or "the late X") took no part in what happened there.
    fn mourned(&mut self) {
        let mourned = &self.lex.c.mourned;
        let (words, toks) = (&self.words, self.toks);
        let dead = |p: &Part| {
            let j = toks.partition_point(|t| t.start < p.span.start);
            let w = |k: usize| j.checked_sub(k).map_or("", |i| words[i]);
            w(1) == "of" && mourned.has(w(2)) || w(1) == "late" && w(2) == "the"
        };
        for e in &mut self.events {
            e.parts.retain(|p| !dead(p));
        }
    }

    /// "Zelensky left the White House on Friday after a heated exchange with Trump and Vance in
    /// the Oval Office. The meeting, which was broadcast live, lasted about 50 minutes": a
    /// sitting first told as "the meeting" opening its sentence, naming no one, with none of its
    /// kind told before, is that of the people the sentence before names (two or more), on the
    /// one day that sentence states.
    fn lead_people(&mut self) {
        let sentences = &self.doc.sentences;
        for k in 0..self.events.len() {
            let e = &self.events[k];
            // (Only a host named after it may be there: "after talks hosted by Anwar"; "after
            // talks with von der Leyen" names its own other side.)
            let hosted_only = e.parts.iter().all(|p| {
                let at = self.tok_at(p.span.start);
                p.span.start >= e.trigger.end && at > 0 && self.words[at - 1] == "by"
            });
            if !hosted_only || e.background || e.derived || !e.noun {
                continue;
            }
            if !self.lex.c.sitting.has(e.kind) {
                continue;
            }
            let told = self.events.iter().enumerate().any(|(j, o)| {
                j != k && !o.derived && !o.parts.is_empty() && same_happening(o.kind, e.kind)
            });
            let si = sentences.partition_point(|s| s.end <= e.trigger.start);
            let r = self.doc.tokens_in(sentences[si]);
            let ti = self.tok_at(e.trigger.start);
            // The trigger is the sentence's subject: "The meeting", "The talks in X".
            let opens = r.start < ti
                && ti <= r.start + 2
                && self.words[r.start] == "the"
                && (r.start + 1..ti).all(|j| self.words[j].chars().all(char::is_alphabetic));
            // "X left the White House on Friday without a commitment from Y ..., after a
            // meeting that lasted about two and a half hours": a sitting told with its length
            // after "after", with no parties of its own, was of the people its sentence names
            // before it, on the sentence's day.
            // ("Hun Manet and Phumtham shook hands on Monday after talks hosted by Anwar": so
            // is "talks" right after "after" where nothing else the sentence tells before it
            // is an event.)
            let bare_after = ti > r.start + 1 && self.words[ti - 1] == "after" && {
                let from = self.toks[r.start].start;
                !self
                    .events
                    .iter()
                    .any(|o| o.trigger.start >= from && o.trigger.end <= e.trigger.start)
            };
            // ("The president shook hands with Sharaa before a meeting that lasted 37
            // minutes": before one told with its length too, even where the meeting of the two
            // was told before: the people make it that one.)
            let before_lasting = ti >= r.start + 2
                && matches!(self.words[ti - 1], "a" | "an" | "the")
                && self.words[ti - 2] == "before"
                && e.duration.is_some();
            let after_lasting = ti >= r.start + 2
                && matches!(self.words[ti - 1], "a" | "an" | "the")
                && self.words[ti - 2] == "after"
                && e.duration.is_some();
            let after_lasting = after_lasting || before_lasting;
            let after_lasting = after_lasting || bare_after;
            if !e.parts.is_empty() && !bare_after {
                continue;
            }
            let para = self.paragraph_of(e.trigger.start);
            let (prev, pr) = if after_lasting {
                let own = sentences[si];
                let before = if bare_after { ti - 1 } else { ti - 2 };
                (Span::new(own.start, e.trigger.start), self.doc.tokens_in(own).start..before)
            } else {
                let Some(prev) = si.checked_sub(1).map(|i| sentences[i]) else { continue };
                (prev, self.doc.tokens_in(prev))
            };
            if told && !before_lasting
                || !(opens || after_lasting)
                || self.paragraph_of(prev.start) + 1 < para
            {
                continue;
            }
            let mut people: Vec<Part<'a>> = self
                .parts_in(pr.start, pr.end)
                .into_iter()
                .filter(|p| p.label == "PER" && !self.in_direct_quote(p.span.start))
                .collect();
            dedup_parts(&mut people);
            if people.len() < 2 {
                continue;
            }
            // (The dateline's day and "on Friday" are one day.)
            let day = {
                let days: Vec<_> = self
                    .timexes_from(prev.start, prev.end)
                    .filter(|t| t.kind == "DATE" && t.value.as_deref().is_some_and(calendar))
                    .collect();
                let last = days.last().filter(|t| days.iter().all(|d| d.value == t.value));
                last.map(|t| (t.value.clone(), Span::new(t.start, t.end)))
            };
            let e = &mut self.events[k];
            let hosts = std::mem::take(&mut e.parts);
            e.parts = people;
            e.parts.extend(hosts);
            dedup_parts(&mut e.parts);
            if e.date.is_none() || e.date_source != Some("text") {
                if let Some((v, span)) = day {
                    (e.date, e.date_span, e.date_source) = (v, Some(span), Some("text"));
                }
            }
            // (The sitting of these people told before is this one: its length joins it.)
            if before_lasting {
                let e = &self.events[k];
                let mine: Vec<&str> = e.parts.iter().map(|p| p.name).collect();
                let same = |o: &Ev| {
                    o.parts.len() == mine.len() && o.parts.iter().all(|p| mine.contains(&p.name))
                };
                let told = (0..k).rev().find(|&j| {
                    let o = &self.events[j];
                    same_happening(o.kind, e.kind)
                        && !o.derived
                        && !o.background
                        && !o.mentions.is_empty()
                        && same(o)
                        && (o.date.is_none() || e.date.is_none() || o.date == e.date)
                });
                if let Some(j) = told {
                    let (duration, span) = (e.duration, e.duration_span);
                    let o = &mut self.events[j];
                    if o.duration.is_none() {
                        (o.duration, o.duration_span) = (duration, span);
                    }
                    self.fold_into(k, j, |_| true);
                }
            }
        }
    }

    /// "Xi and Trump spoke by phone on Thursday ... Xi invited Trump to visit China": an undated
    /// event of the news between two people or more (or of one, told with "also"), told in the
    /// paragraph of a dated one whose people they all are, or the next, took place on that
    /// one's day.
    fn same_people_same_day(&mut self) {
        fn people<'a>(e: &Ev<'a>) -> Vec<&'a str> {
            e.parts.iter().filter(|p| p.label == "PER").map(|p| p.name).collect()
        }
        for k in 0..self.events.len() {
            let e = &self.events[k];
            let mine = people(e);
            // ("Trump also announced ...": one person will do where "also" ties the act to the
            // occasion told before.)
            let ti = self.tok_at(e.trigger.start);
            let also = (ti.saturating_sub(2)..ti).any(|j| self.words[j] == "also");
            // ("The leaders of Armenia and Azerbaijan met Trump on Friday ... Trump signed
            // agreements with both countries": a person and states, all of them the occasion's.)
            let all: Vec<&str> = e.parts.iter().map(|p| p.name).collect();
            let with_states = mine.len() == 1 && all.len() >= 3;
            if e.date.is_some()
                || e.background
                || e.derived
                || mine.len() < 2 && !(also && mine.len() == 1) && !with_states
            {
                continue;
            }
            let para = self.paragraph_of(e.trigger.start);
            let occasion = self.events.iter().filter(|o| {
                o.date_source == Some("text")
                    && !o.background
                    && !o.derived
                    && o.trigger.start < e.trigger.start
                    && self.paragraph_of(o.last) + 1 >= para
                    && {
                        let theirs = people(o);
                        // ("Iran and the United States ended a fifth round of talks in Rome on
                        // Friday ... / Araqchi and Witkoff held about two hours of indirect
                        // talks": a sitting told between states, then by who sat.)
                        let sides = theirs.is_empty()
                            && matches!(o.kind, "meeting" | "negotiation")
                            && matches!(e.kind, "meeting" | "negotiation");
                        let everyone =
                            with_states && all.iter().all(|n| o.parts.iter().any(|p| p.name == *n));
                        // ("X met Rubio on Tuesday. He also met Waltz": a sitting told with
                        // "also", one of whose people sat at that one, is of its occasion.)
                        let also_sat = also
                            && self.lex.c.sitting.has(e.kind)
                            && self.lex.c.sitting.has(o.kind)
                            && mine.iter().any(|p| theirs.contains(p));
                        sides
                            || everyone
                            || also_sat
                            || !with_states && mine.iter().all(|p| theirs.contains(p))
                    }
            });
            let Some(o) = occasion.max_by_key(|o| o.last) else { continue };
            let (d, ds) = (o.date.clone(), o.date_span);
            // ("Thailand and Cambodia agreed ... after hosting the leaders of the two
            // countries for talks. Hun Manet and Phumtham met for about two hours": people who
            // each stand for another of the sitting's states, by the titles the article gives
            // them, tell that sitting: one event, theirs the people, its the states.)
            let states: Vec<&str> =
                o.parts.iter().filter(|p| p.label != "PER").map(|p| p.name).collect();
            let mut stood: Vec<&str> = Vec::new();
            let fold = mine.len() >= 2
                && !with_states
                && self.lex.c.sitting.has(e.kind)
                && self.lex.c.sitting.has(o.kind)
                && people(o).is_empty()
                && mine.iter().all(|n| match self.person_state(n) {
                    Some(c) if states.contains(&c) && !stood.contains(&c) => {
                        stood.push(c);
                        true
                    }
                    _ => false,
                });
            let oi = self.events.iter().position(|x| std::ptr::eq(x, o)).expect("an event");
            // (Held where that one was: "also met" tells of the same visit.)
            let held = (also && self.lex.c.sitting.has(e.kind)).then_some(o.place).flatten();
            let e = &mut self.events[k];
            (e.date, e.date_span, e.date_source) = (d, ds, Some("text"));
            e.place = e.place.or(held);
            if fold {
                let e = std::mem::take(&mut self.events[k].parts);
                let mentions = std::mem::take(&mut self.events[k].mentions);
                let (dur, dur_span, place, trigger) = {
                    let x = &self.events[k];
                    (x.duration, x.duration_span, x.place, x.trigger)
                };
                let x = &mut self.events[oi];
                x.parts.extend(e);
                dedup_parts(&mut x.parts);
                x.mentions.extend(mentions);
                x.mentions.sort_by_key(|m| m.start);
                x.last = x.last.max(trigger.start);
                if x.duration.is_none() {
                    (x.duration, x.duration_span) = (dur, dur_span);
                }
                if x.place.is_none() {
                    x.place = place;
                }
            }
        }
    }

    /// The state person `name` stands for by a title the article gives them ("Cambodian
    /// Prime Minister Hun Manet": Cambodia), by the language data's name of it.
    fn person_state(&self, name: &str) -> Option<&'static str> {
        let l = dossier_resolve::lang::lang();
        let code = self
            .doc
            .roles
            .iter()
            .filter(|r| r.entity.as_deref() == Some(name))
            .find_map(|r| dossier_resolve::lang::parse_role(&r.text).1)?;
        l.country(&code).map(|c| c.name.as_str())
    }

    /// "The leaders of Armenia and Azerbaijan agreed on Thursday to a prisoner release after
    /// talks in the Emirati capital that lasted more than six hours": talks that name no one,
    /// right after "after" or "following", were held by the parties of what they led to in the
    /// same sentence (an agreement, an exchange), on its day. ("After months of talks" tells of
    /// no one sitting, and "after the talks" refers to talks told before.)
    /// Run after each sentence `sent`, so that later sentences find those parties ("The two
    /// leaders last met in Prague").
    fn talks_before_their_outcome(&mut self, sent: Span) {
        let lex = self.lex;
        // The sentence's new events are the last ones.
        let from = self.events.iter().rposition(|e| e.sentence != sent).map_or(0, |k| k + 1);
        for i in from..self.events.len() {
            let e = &self.events[i];
            // ("at talks in Malaysia chaired by Anwar Ibrahim": a host named after the talks
            // is no one who held them.)
            if !lex.c.sitting.has(e.kind) || !e.noun || !e.parts.iter().all(|p| self.hosted(p)) {
                continue;
            }
            let background = e.background;
            let at = self.tok_at(e.trigger.start);
            let Some(k) = (at.saturating_sub(6)..at)
                .rev()
                .find(|&k| matches!(self.words[k], "after" | "following" | "during" | "at"))
            else {
                continue;
            };
            // Only describing words between: "after marathon talks", "after six hours of talks",
            // "after three days of indirect negotiations" (a round that ended that day); not
            // "after the talks", "after months of talks", "after hosting talks".
            let plain = (k + 1..at).all(|j| {
                (self.plain(j) || self.lex.numbers.contains_key(self.words[j]))
                    && !self.in_class(&lex.c.definite, j)
                    && !self.words[j].ends_with("ing")
                    && !matches!(self.words[j], "weeks" | "months" | "years" | "rounds")
            });
            // ("after hosting talks between the two leaders" names its parties, if vaguely: the
            // names that follow may say who they were.)
            let named = self
                .words
                .get(self.tok_at(e.trigger.end))
                .is_some_and(|w| matches!(*w, "between" | "with" | "among"));
            if !plain || named {
                continue;
            }
            let Some(o) = self.events[from..].iter().find(|o| {
                o.sentence == sent
                    && o.background == background
                    && !o.derived
                    && o.parts.len() >= 2
                    && !lex.c.sitting.has(o.kind)
                    && o.trigger.start < e.trigger.start
            }) else {
                continue;
            };
            let (parts, date) = (o.parts.clone(), (o.date.clone(), o.date_source, o.date_span));
            // ("agreed on Monday ... after two days of talks": talks of several days ended by
            // that day or in the days just before it, which the words do not say: the day of
            // what came after them, as the day a happening was said to have taken place.)
            let days = self.timexes_from(self.toks[k].end, e.trigger.start).any(|t| {
                t.kind == "DURATION" && t.value.as_deref().is_some_and(|v| v.ends_with('D'))
            });
            let e = &mut self.events[i];
            let hosts = std::mem::replace(&mut e.parts, parts);
            e.parts.extend(hosts);
            if e.date.is_none() {
                (e.date, e.date_source, e.date_span) = date;
                e.said_date |= days && e.date.is_some();
            }
        }
    }

    /// "Trump said he had spoken separately by phone with Hun Manet and Phumtham": one call
    /// with each of the people after the trigger, whoever stood before it taking part in all.
    fn separately(&mut self) {
        let lex = self.lex;
        let n = self.events.len();
        for i in 0..n {
            let e = &self.events[i];
            if !lex.c.sitting.has(e.kind) && e.kind != "phone_call" {
                continue;
            }
            let at = self.tok_at(e.trigger.start);
            let end = self.tok_at(e.trigger.end);
            let apart =
                (at.saturating_sub(2)..end.max(at + 1)).any(|k| self.word_in(&lex.c.apart, k));
            let (before, mut after): (Vec<Part<'a>>, Vec<Part<'a>>) =
                e.parts.iter().partition(|p| p.span.end <= e.trigger.start);
            // "Trump met Aliyev and Pashinyan separately": the word right after those met.
            let apart = apart
                || after.len() >= 2
                    && after.last().is_some_and(|p| {
                        let k = self.tok_at(p.span.end);
                        self.word_in(&lex.c.apart, k)
                    });
            // "held separate bilateral meetings with each leader": the last two leaders named.
            // ("had spoken by phone with both leaders": the two told before, the caller
            // besides.)
            let mut both = false;
            if after.is_empty() && (apart || e.kind == "phone_call") {
                let each = (end..(end + 3).min(self.words.len())).find(|&k| {
                    let counted = match self.words[k] {
                        "each" => apart,
                        "both" => true,
                        "two" => k > 1 && self.words[k - 1] == "the" && self.words[k - 2] == "with",
                        _ => false,
                    };
                    counted
                        && k > 0
                        && matches!(self.words[k - 1], "with" | "the")
                        && self
                            .words
                            .get(k + 1)
                            .is_some_and(|w| lex.c.officials.has(w) || lex.c.parties.has(w))
                });
                if let Some(k) = each {
                    both = self.words[k] == "both";
                    let noun = self.words[k + 1];
                    let span = self.toks[k + 1];
                    let titled = self.last_titled(e.trigger.start, 2, span, noun);
                    let two = Some(titled)
                        .filter(|v| v.len() == 2)
                        .or_else(|| self.last_pair(e.trigger.start, span))
                        .unwrap_or_default();
                    after.extend(
                        two.into_iter().filter(|p| !before.iter().any(|b| b.name == p.name)),
                    );
                }
            }
            // "spoke by phone with Doval and with Pakistan's adviser, Asim Malik": "with" said
            // again before each person is a call with each.
            let with_each = after.len() >= 2
                && after.iter().all(|p| p.label == "PER")
                && after.windows(2).all(|w| {
                    let (x, y) = (self.tok_at(w[0].span.end), self.tok_at(w[1].span.start));
                    (x..y).any(|k| self.words[k] == "with")
                });
            // "Trump, who phoned Phumtham and Hun Manet on Saturday", "had spoken by phone with
            // both leaders": one caller and several people called, in no joint call, are a
            // call with each.
            let joint = &lex.c.joint_call;
            let sent = self.doc.tokens_in(e.sentence);
            let called = self.in_class(&lex.c.call_each, end.saturating_sub(1));
            let each_called = e.kind == "phone_call"
                && (called || both)
                && before.len() == 1
                && before[0].label == "PER"
                && after.len() >= 2
                && after.iter().any(|p| p.label == "PER")
                // (A name the recogniser took for a body: "phoned Phumtham and Hun Manet".)
                && after.iter().all(|p| matches!(p.label, "PER" | "ORG"))
                && !(sent.start..sent.end).any(|k| self.in_class(joint, k));
            if !(apart || with_each || each_called) || before.is_empty() || after.len() < 2 {
                continue;
            }
            let template = e.clone();
            self.events[i].parts = before.iter().copied().chain(after.first().copied()).collect();
            for p in &after[1..] {
                let mut other = template.clone();
                other.parts = before.iter().copied().chain(std::iter::once(*p)).collect();
                self.events.push(other);
            }
        }
    }

    /// "Russia returned 146 servicemen from Ukrainian captivity in exchange for the same number
    /// of Ukrainian prisoners of war": an exchange told with one state named has for its other
    /// side the state a nationality word of its sentence names, right before words of captives
    /// or captivity (`side_captives`).
    ///
    /// So has a release one state made of another's people ("Azerbaijan released four Armenian
    /// soldiers": Armenia, whose soldiers came home).
    fn captives_side(&mut self) {
        let class = &self.lex.c.side_captives;
        for i in 0..self.events.len() {
            let e = &self.events[i];
            let one_state = e.parts.len() == 1 && e.parts[0].label == "LOC";
            let kind = match e.kind {
                "prisoner_exchange" => true,
                "prisoner_release" => e.agents.len() == 1,
                _ => false,
            };
            if !kind || e.derived || !one_state {
                continue;
            }
            let (side, sent) = (e.parts[0].name, e.sentence);
            let d = self.demonyms.partition_point(|p| p.span.start < sent.start);
            let other = self.demonyms[d..]
                .iter()
                .take_while(|p| p.span.end <= sent.end)
                .find(|p| {
                    let next = self.tok_at(p.span.end);
                    p.name != side && self.words.get(next).is_some_and(|w| class.has(w))
                })
                .copied();
            if let Some(p) = other {
                self.events[i].parts.push(p);
            }
        }
    }

    /// "Baku on Thursday handed over four Armenian servicemen to Yerevan": a release one state
    /// made has for its other side the state whose capital those freed went to, named right
    /// after "to" past the trigger in its sentence; that capital is no place of the release.
    fn handed_to_capital(&mut self) {
        let l = dossier_resolve::lang::lang();
        for i in 0..self.events.len() {
            let e = &self.events[i];
            if e.kind != "prisoner_release" || e.derived || e.agents.len() != 1 {
                continue;
            }
            let (side, from, to) = (e.agents[0], e.trigger.end, e.sentence.end);
            // The place or state right after "to" past the trigger, of a state not the side's.
            let went = |p: &Part| {
                let j = self.tok_at(p.span.start);
                let after_to =
                    j > 0 && p.span.start >= from && p.span.end <= to && self.words[j - 1] == "to";
                let state = l.country_acting(p.name).filter(|&c| c != side && c != p.name);
                state.filter(|_| after_to && p.label == "LOC")
            };
            let Some(k) = e.parts.iter().position(|p| went(p).is_some()) else { continue };
            let state = went(&e.parts[k]).expect("found");
            let e = &mut self.events[i];
            let p = e.parts[k];
            if e.place == Some(p.name) {
                e.place = None;
            }
            if e.parts.iter().any(|q| q.name == state) {
                e.parts.remove(k);
            } else {
                e.parts[k] = Part { name: state, ..p };
            }
        }
    }

    /// "Hamas released three hostages, and Israel freed 369 prisoners in return": two releases
    /// by different sides in one sentence that says one was given for the other are one
    /// exchange between those sides. The second release is emptied (and so dropped).
    fn exchanges(&mut self) {
        let lex = self.lex;
        let n = self.events.len();
        for i in 0..n {
            let release = |e: &Ev| e.kind == "prisoner_release" && !e.background && !e.derived;
            let told = |e: &Ev| e.kind == "prisoner_release" && !e.derived && e.date.is_some();
            if !told(&self.events[i]) || self.events[i].agents.is_empty() {
                continue;
            }
            let sent = self.events[i].sentence;
            // "El Salvador delivered 252 detainees. In exchange, Bukele said, Venezuela had
            // freed ...": the next sentence, when it opens with the words of return.
            let next = {
                let k = self.doc.sentences.partition_point(|s| s.start < sent.end);
                self.doc.sentences.get(k).copied().filter(|s| {
                    let r = self.doc.tokens_in(*s);
                    r.start < r.end && self.class_at(&lex.c.in_return, r.start, r.end).is_some()
                })
            };
            let Some(j) = (i + 1..n).find(|&j| {
                let o = &self.events[j];
                // (One told undated in a clause of what went before is a background release
                // until it is found to be the price of this one: see `just_after`.)
                let undated = o.kind == "prisoner_release" && !o.derived && o.date.is_none();
                (release(&self.events[i]) && (release(o) || undated) && o.sentence == sent
                    || next.is_some_and(|s| o.sentence == s)
                        && o.kind == "prisoner_release"
                        && !o.derived)
                    && !o.agents.is_empty()
                    && o.agents.iter().all(|a| !self.events[i].agents.contains(a))
            }) else {
                continue;
            };
            let r = self.doc.tokens_in(sent);
            let joined = self.events[j].sentence != sent;
            let (ti, tj) = (
                self.tok_at(self.events[i].trigger.end),
                self.tok_at(self.events[j].trigger.start),
            );
            let link = &lex.c.release_link;
            // "Hamas released the last 20 living hostages on Monday, and Israel freed 1,968
            // prisoners": two sides each freeing a counted group, the second told at the time of
            // the first (no day of its own), freed them for each other. ("..., and Peru freed
            // 12 prisoners on Sunday" are two releases.) So too one told hours before the other
            // ("Israel released 1,968 prisoners on Monday, hours after Hamas handed over the
            // last 20 hostages").
            let (ei, ej) = (&self.events[i], &self.events[j]);
            let at_once = ei.count.is_some()
                && ej.count.is_some()
                && ej.date == ei.date
                && (ej.date_span.is_none() || ej.date_span == ei.date_span)
                && (ti..tj).any(|k| {
                    self.words[k] == "," && self.words.get(k + 1) == Some(&"and")
                        || self.words[k] == "after" && self.in_class(&lex.c.close_gap, k - 1)
                });
            // So too one told right after it with no day of its own ("Israel released 183
            // prisoners on Saturday after Hamas freed three hostages"); not one days before
            // ("two days after": a duration before "after").
            let just_after = ej.date.is_none()
                && ei.date.is_some()
                && (ti..tj).any(|k| {
                    self.words[k] == "after"
                        && !self.in_class(&lex.c.close_gap, k - 1)
                        && self.timex_kind_at(self.toks[k - 1].start) != Some("DURATION")
                });
            let at_once = at_once || just_after;
            if !joined
                && !at_once
                && !(r.start..r.end).any(|k| self.class_at(&lex.c.in_return, k, r.end).is_some())
                && !(ti..tj).any(|k| self.in_class(link, k))
            {
                continue;
            }
            let other = std::mem::take(&mut self.events[j].parts);
            let (agents, mentions) =
                (self.events[j].agents.clone(), self.events[j].mentions.clone());
            let date = self.events[j].date.clone();
            let e = &mut self.events[i];
            e.kind = "prisoner_exchange";
            e.cameo = lex.cameo.get("prisoner_exchange").copied().unwrap_or("");
            // The sides are who gave captives up; those given up are not parties.
            let sides: Vec<Part<'a>> = e
                .parts
                .iter()
                .chain(&other)
                .filter(|p| e.agents.contains(&p.name) || agents.contains(&p.name))
                .copied()
                .collect();
            e.parts = sides;
            dedup_parts(&mut e.parts);
            e.agents.clear();
            // The count stays that of the side told first ("Azerbaijan released four
            // Armenians ... In return, Armenia freed two soldiers": 4), as in an exchange told
            // in one clause ("released five Armenians in exchange for two servicemen": 5);
            // merging compares the counts of one side and knows a number another account
            // gives for the other side.
            e.mentions.extend(mentions);
            if e.date.is_none() {
                e.date = date;
            }
        }
        // "Venezuela released ten Americans on Friday in exchange for 252 migrants", "Maduro
        // freed them in a prisoner swap": a release told in the sentence of the exchange it is
        // part of is that exchange, who released one of its sides. The release is emptied (and
        // so dropped).
        for i in 0..n {
            let e = &self.events[i];
            // ("..., after the government of Nicolas Maduro freed ten U.S. nationals in a
            // prisoner exchange": one told as what went before, with no day of its own, too.)
            let gone_by = e.background && e.date.is_some();
            // ("Ukraine brought home 146 soldiers in a prisoner exchange with Russia": a state
            // that took its people back is a side too.)
            let side = !e.agents.is_empty() || e.parts.iter().any(|p| p.label == "LOC");
            if e.kind != "prisoner_release" || gone_by || e.derived || !side {
                continue;
            }
            let sent = e.sentence;
            // ("... exchanged 146 prisoners each on Sunday. Ukraine also brought home eight
            // civilians": a release told with "also" right after an exchange of its side, on
            // no other day, is part of it.)
            let ti = self.tok_at(e.trigger.start);
            let also = (ti.saturating_sub(2)..ti).any(|k| self.words[k] == "also");
            // (Not one the article recalls from months before: "On August 1, the largest
            // exchange took place. Peru also released two of its citizens".)
            let published = self.doc.meta.published.as_deref().filter(|p| p.len() >= 10);
            let just_before = |o: &Ev| {
                let k = self.doc.sentences.partition_point(|x| x.end <= o.sentence.start);
                let news = published.zip(o.date.as_deref()).is_none_or(|(p, d)| near_news(d, p));
                also && news
                    && self.doc.sentences.get(k + 1).is_some_and(|x| *x == sent)
                    && e.date_source != Some("text")
                    && e.parts.iter().any(|p| o.parts.iter().any(|q| q.name == p.name))
            };
            let Some(j) = (0..n).find(|&j| {
                let o = &self.events[j];
                j != i
                    && o.kind == "prisoner_exchange"
                    && (o.sentence == sent || just_before(o))
                    && !o.background
            }) else {
                continue;
            };
            // The sides: who released, and the states or bodies of those released ("ten U.S.
            // citizens"); people released are not sides. An exchange still short of two sides
            // leaves the release as it is.
            // ("Wall Street Journal reporter Evan Gershkovich": an employer is no side.)
            let mut parts = self.events[j].parts.clone();
            parts.extend(e.parts.iter().filter(|p| e.agents.contains(&p.name) || p.label == "LOC"));
            dedup_parts(&mut parts);
            if parts.len() < 2 {
                continue;
            }
            self.events[i].parts.clear();
            self.events[i].agents.clear();
            let mentions = std::mem::take(&mut self.events[i].mentions);
            let date = (self.events[i].date.clone(), self.events[i].date_span);
            let place = self.events[i].place.take();
            let x = &mut self.events[j];
            x.parts = parts;
            x.place = x.place.or(place);
            x.mentions.extend(mentions);
            x.mentions.sort_by_key(|m| m.start);
            if x.date.is_none() {
                (x.date, x.date_span) = date;
            }
        }
        // "Russia released Gershkovich ... as part of a 24-person prisoner exchange. ... In
        // return, Germany freed Vadim Krasikov": a release whose sentence opens with the words
        // of return, on no other day than the exchange told before it, is the other side's
        // part of that exchange.
        for i in 0..n {
            let e = &self.events[i];
            if e.kind != "prisoner_release" || e.derived || e.background || e.agents.is_empty() {
                continue;
            }
            let r = self.doc.tokens_in(e.sentence);
            if r.start >= r.end || self.class_at(&lex.c.in_return, r.start, r.end).is_none() {
                continue;
            }
            let own_day = e.date_source == Some("text");
            let Some(j) = (0..n).rev().find(|&j| {
                let x = &self.events[j];
                x.kind == "prisoner_exchange"
                    && !x.background
                    && !x.derived
                    && x.trigger.end <= e.trigger.start
                    && !x.parts.is_empty()
                    && (!own_day || x.date == e.date)
            }) else {
                continue;
            };
            let agents = std::mem::take(&mut self.events[i].agents);
            self.fold_into(i, j, |p| agents.contains(&p.name));
        }
        // "... ending an exchange in which Moscow and Kyiv each returned 1,000 captives" on
        // Sunday, then "the ministry said 303 Russian servicemen had been returned on Sunday":
        // a release told with the day the article's exchange states, of captives of one of its
        // sides (people named apart), freed by no one else, is that side's part of it.
        // (Or told after it with no day of its own: "Russia and Ukraine each handed over 390
        // prisoners on Friday ... The Russian Defence Ministry said 270 soldiers and 120
        // civilians had been returned to Russia.")
        for i in 0..n {
            let e = &self.events[i];
            let stated = |e: &Ev| e.date_source == Some("text") && e.date.is_some();
            let undated = !stated(e) && !e.background;
            // (Of the news days before a publication the article dates to the day: "On August
            // 1, the largest exchange ... Belarus also released two of its citizens", told
            // months later, are two happenings.)
            let published = self.doc.meta.published.as_deref().filter(|p| p.len() >= 10);
            let news_day =
                |x: &Ev| published.zip(x.date.as_deref()).is_some_and(|(p, d)| near_news(d, p));
            if e.kind != "prisoner_release"
                || e.derived
                || !(stated(e) || undated)
                || e.parts.is_empty()
            {
                continue;
            }
            let Some(j) = (0..n).find(|&j| {
                let x = &self.events[j];
                let side = |p: &Part| x.parts.iter().any(|q| q.name == p.name);
                x.kind == "prisoner_exchange"
                    && !x.background
                    && !x.derived
                    && stated(x)
                    && (x.date == e.date
                        || undated && x.trigger.end <= e.trigger.start && news_day(x))
                    && x.parts.len() >= 2
                    && e.parts.iter().all(|p| p.label != "PER" && side(p))
            }) else {
                continue;
            };
            let e = &mut self.events[i];
            e.parts.clear();
            e.agents.clear();
            let mentions = std::mem::take(&mut e.mentions);
            let x = &mut self.events[j];
            x.mentions.extend(mentions);
            x.mentions.sort_by_key(|m| m.start);
        }
    }

    /// "Russia released Ksenia Karelina ... in exchange for Arthur Petrov": a release given
    /// for someone named after the words of return is an exchange; who was given for the
    /// freed, named in the phrase after "for", was exchanged too.
    fn given_for(&mut self) {
        let lex = self.lex;
        for i in 0..self.events.len() {
            let e = &self.events[i];
            if e.kind != "prisoner_release" || e.derived || e.parts.is_empty() {
                continue;
            }
            let r = self.doc.tokens_in(e.sentence);
            let from = self.tok_at(e.trigger.end);
            let Some((k, n)) = (from..r.end).find_map(|k| {
                let n = self.class_at(&lex.c.in_return, k, r.end)?;
                (self.words.get(k + n) == Some(&"for")).then_some((k, n))
            }) else {
                continue;
            };
            let stop = (k + n + 1..r.end)
                .find(|&j| matches!(self.words[j], "," | ";" | "—" | "–"))
                .unwrap_or(r.end);
            let given: Vec<Part<'a>> =
                self.parts_in(k + n + 1, stop).into_iter().filter(|p| p.label == "PER").collect();
            let e = &mut self.events[i];
            e.kind = "prisoner_exchange";
            e.cameo = lex.cameo.get("prisoner_exchange").copied().unwrap_or("");
            e.parts.extend(given);
            dedup_parts(&mut e.parts);
            e.agents.clear();
            // ("Russia and the United States exchanged prisoners on Thursday ... The FSB said
            // Karelina had been handed over in return for Arthur Petrov": told without a day
            // of its own (or on its day) after the article's exchange, it is that exchange.)
            let (date, at) = (self.events[i].date.clone(), self.events[i].trigger.start);
            let told = (0..self.events.len()).find(|&j| {
                let x = &self.events[j];
                j != i
                    && x.kind == "prisoner_exchange"
                    && !x.derived
                    && !x.background
                    && !x.parts.is_empty()
                    && x.trigger.end <= at
                    && (date.is_none() || x.date == date)
            });
            if let Some(j) = told {
                self.fold_into(i, j, |_| true);
            }
        }
    }

    /// Empties event `i` into event `j` (told of the same happening): its mentions, its place
    /// where `j` has none, and the parts `keep` accepts.
    fn fold_into(&mut self, i: usize, j: usize, keep: impl Fn(&Part<'a>) -> bool) {
        let e = &mut self.events[i];
        let parts: Vec<Part<'a>> = std::mem::take(&mut e.parts).into_iter().filter(keep).collect();
        let mentions = std::mem::take(&mut e.mentions);
        let place = e.place.take();
        let x = &mut self.events[j];
        x.place = x.place.or(place);
        x.parts.extend(parts);
        dedup_parts(&mut x.parts);
        x.mentions.extend(mentions);
        x.mentions.sort_by_key(|m| m.start);
    }

    fn text(&self, a: usize, b: usize) -> &'a str {
        if a >= b {
            return "";
        }
        let d = self.doc;
        d.text.get(self.toks[a].start..self.toks[b - 1].end).unwrap_or("")
    }

    /// Token range of the clause holding token `i` within sentence tokens `a..b`: clauses are
    /// cut at semicolons, colons and free-standing dashes.
    fn clause(&self, a: usize, b: usize, i: usize) -> (usize, usize) {
        // `cuts` holds the current sentence's cutting tokens, sorted.
        let k = self.cuts.partition_point(|&c| c < i);
        let s = if k > 0 { (self.cuts[k - 1] + 1).max(a) } else { a };
        let e = self.cuts.get(k).copied().unwrap_or(b).min(b);
        (s.min(i), e.max(i))
    }

    /// The tokens of sentence `a..b` that part clauses: semicolons, colons, and dashes between
    /// spaces (a dash inside "50-minute" does not).
    fn find_cuts(&mut self, a: usize, b: usize) {
        let text = self.doc.text.as_bytes();
        self.cuts.clear();
        for k in a..b {
            let t = self.toks[k];
            let cut = match self.words[k] {
                ";" | ":" => true,
                "-" | "—" | "–" => {
                    t.start > 0
                        && text.get(t.start - 1).is_some_and(u8::is_ascii_whitespace)
                        && text.get(t.end).is_none_or(u8::is_ascii_whitespace)
                }
                _ => false,
            };
            if cut {
                self.cuts.push(k);
            }
        }
        self.subs.clear();
        let mut open: Option<usize> = None;
        let mut cut = 0;
        for k in a..b {
            let at_cut = self.cuts.get(cut) == Some(&k);
            if at_cut {
                cut += 1;
            }
            if let Some(s) = open {
                // ("for their first talks since 2022 and agreed to ...": a clause that is a
                // date alone ends at the "and" after it.)
                let dated_only = k > s + 1
                    && matches!(self.words[k], "and" | "but")
                    && (s + 1..k).all(|j| self.in_timex(self.toks[j].start));
                if at_cut || (self.words[k] == "," && !self.list_comma(k, b)) || dated_only {
                    self.subs.push((s, k));
                    open = None;
                }
            } else if self.in_class(&self.lex.c.subordinate, k) {
                open = Some(k);
            }
        }
        if let Some(s) = open {
            self.subs.push((s, b));
        }
    }

    /// Whether the comma at token `k` (sentence ending at token `b`) parts names of a list, "X,
    /// Y and Z", rather than a clause ("while Aliyev, Pashinyan and Trump signed": all three
    /// sign).
    fn list_comma(&self, k: usize, b: usize) -> bool {
        let text = &self.doc.text;
        let cap = |j: usize| {
            self.toks.get(j).is_some_and(|t| {
                text.get(t.start..t.end)
                    .and_then(|w| w.chars().next())
                    .is_some_and(char::is_uppercase)
            })
        };
        if k == 0 || !cap(k - 1) || !cap(k + 1) {
            return false;
        }
        let mut j = k + 1;
        while j < b && (cap(j) || self.words[j] == ",") {
            j += 1;
        }
        j + 1 < b && matches!(self.words[j], "and" | "or") && cap(j + 1)
    }

    /// Whether token `k` lies in a subordinate clause of the current sentence that does not hold
    /// token `trigger` (the clause of another happening than the trigger's).
    fn in_sub(&self, k: usize, trigger: usize) -> bool {
        self.subs.iter().any(|&(s, e)| {
            s <= k
                && k < e
                && !(s <= trigger && trigger < e)
                // "after the summit in Washington, where he and Aliyev signed ...": a clause of
                // place right after a sitting tells who was there.
                && !(self.words[s] == "where" && s > trigger && s <= trigger + WHERE_REACH)
        })
    }

    /// Events told most recently: references and agreements are looked for among these only,
    /// which keeps the stage linear however many events a long article tells.
    fn recent(&self) -> std::ops::Range<usize> {
        self.events.len().saturating_sub(RECENT)..self.events.len()
    }

    /// Timexes starting within bytes `s..e`.
    fn timexes_from(
        &self,
        s: usize,
        e: usize,
    ) -> impl Iterator<Item = &'a dossier_document::Timex> + '_ {
        let k = self.timexes.partition_point(|t| t.start < s);
        self.timexes[k..].iter().take_while(move |t| t.start < e).copied()
    }

    /// Whether byte `pos` is inside a timex ("on March 3").
    /// Where the clause ending at comma token `cb` ends when what follows the comma is an
    /// apposition (names, or a short phrase opened by "a", "an" or "the") closed by a comma
    /// and then a date ("Rosneft and Lukoil, on Wednesday"): after that date's words; else
    /// `cb`.
    fn past_apposition(&self, cb: usize, b: usize) -> usize {
        if self.words.get(cb) != Some(&",") {
            return cb;
        }
        let opens = self.part_at(cb + 1).is_some()
            || self.words.get(cb + 1).is_some_and(|w| matches!(*w, "a" | "an" | "the"));
        let Some(close) = (cb + 1..(cb + 8).min(b)).find(|&k| self.words[k] == ",") else {
            return cb;
        };
        let dated = (close + 1..(close + 3).min(b)).find(|&k| self.in_timex(self.toks[k].start));
        match (opens, dated) {
            (true, Some(k)) => {
                (k + 1..b).find(|&j| !self.in_timex(self.toks[j].start)).unwrap_or(b)
            }
            _ => cb,
        }
    }

    /// What an aid suspension whose trigger is tokens `at..end` stops, by the first word of
    /// `objects.tsv` in its words ("suspended weapons deliveries") or the words after it (to
    /// the clause's first comma, within a few words).
    fn suspended_object(&self, at: usize, end: usize, b: usize) -> Option<&'static str> {
        (at..(end + FLAG_REACH + 2).min(b))
            .take_while(|&k| !matches!(self.words[k], "," | ";" | "—" | "–"))
            .find_map(|k| self.lex.objects.get(self.words[k]).copied())
    }

    /// The type of the timex byte `pos` is in (`DATE`, `DURATION`...), if any.
    fn timex_kind_at(&self, pos: usize) -> Option<&'a str> {
        let k = self.timexes.partition_point(|t| t.start <= pos);
        (k > 0 && self.timexes[k - 1].end > pos).then(|| self.timexes[k - 1].kind.as_str())
    }

    fn in_timex(&self, pos: usize) -> bool {
        let k = self.timexes.partition_point(|t| t.start <= pos);
        k > 0 && self.timexes[k - 1].end > pos
    }

    /// Whether byte `pos` is inside a timex naming the publication day ("earlier in the day",
    /// "earlier today"): an earlier word there tells of the news, not of background.
    /// Whether byte `pos` is inside a timex of one calendar day ("Friday", "March 3").
    fn in_day_timex(&self, pos: usize) -> bool {
        let k = self.timexes.partition_point(|t| t.start <= pos);
        k > 0
            && self.timexes[k - 1].end > pos
            && self.timexes[k - 1].value.as_deref().is_some_and(|v| v.len() == 10)
    }

    fn in_news_day(&self, pos: usize) -> bool {
        let k = self.timexes.partition_point(|t| t.start <= pos);
        let published = self.doc.meta.published.as_deref();
        k > 0
            && self.timexes[k - 1].end > pos
            && published.is_some_and(|p| self.timexes[k - 1].value.as_deref() == p.get(..10))
    }

    /// Quotes starting within bytes `s..e` or up to `QUOTE_REACH` bytes before.
    fn quotes_near(
        &self,
        s: usize,
        e: usize,
    ) -> impl Iterator<Item = &'a dossier_document::Quote> + '_ {
        let k = self.quotes.partition_point(|q| q.start < s.saturating_sub(QUOTE_REACH));
        self.quotes[k..].iter().take_while(move |q| q.start < e).copied()
    }

    /// The part whose span starts at token `i`, if any.
    /// Whether token `i` is inside a named participant ("EU", "European Union").
    fn in_part(&self, i: usize) -> bool {
        let start = self.toks[i].start;
        let k = self.parts.partition_point(|p| p.span.start <= start);
        k > 0 && self.parts[k - 1].span.end > start
    }

    fn part_at(&self, i: usize) -> Option<Part<'a>> {
        let start = self.toks.get(i)?.start;
        let k = self.parts.partition_point(|p| p.span.start < start);
        self.parts.get(k).filter(|p| p.span.start == start).copied()
    }

    /// The participant whose words end with token `i`.
    fn part_ending_at(&self, i: usize) -> Option<Part<'a>> {
        let end = self.toks.get(i)?.end;
        let k = self.parts.partition_point(|p| p.span.start < end);
        self.parts[..k].iter().rev().take(4).find(|p| p.span.end == end).copied()
    }

    /// The person who "said after" (or "lifted his veto following") the event noun at token
    /// `at`: the subject of the verb before "after", within a few words before it and after the
    /// sentence's start `a`, or the person a "he" or "she" there stands for.
    fn speaker_after(&self, a: usize, at: usize) -> Option<Part<'a>> {
        let k = (at.saturating_sub(BACKGROUND_WINDOW).max(a)..at)
            .rev()
            .find(|&k| matches!(self.words[k], "after" | "following"))?;
        // "Fico lifted his veto on Thursday after talks with ...": the person right before a
        // verb, with no comma or other name up to "after".
        let lo = k.saturating_sub(SUBJECT_REACH).max(a);
        let open = |from: usize| (from..k).all(|j| self.words[j] != ",");
        // Places gone to or from on the way do not stand between ("returned to Yerevan on
        // Thursday after talks with ...").
        // (A long name may begin before the reach: "Qatar's Emir Sheikh Tamim bin Hamad Al
        // Thani helped secure ... after": those that end within it.)
        let mut parts = self.parts_in(a, k);
        parts.retain(|p| self.tok_at(p.span.end) > lo);
        let last =
            parts.iter().rposition(|p| p.label != "LOC").map_or(parts.last(), |i| parts.get(i));
        if let Some(&p) = last {
            let verb = self.tok_at(p.span.end);
            // (Nor a state's possessive: "helped secure Iran's agreement after a call".)
            let clear = open(verb)
                && (verb..k).all(|j| {
                    self.part_at(j).is_none_or(|q| {
                        let after = self.tok_at(q.span.end);
                        q.label == "LOC"
                            && (matches!(self.words[j - 1], "to" | "from" | "in")
                                || matches!(self.words.get(after).copied(), Some("'s" | "’s")))
                    })
                });
            // A preposition after the name makes it an object ("thanked Berg on Thursday").
            let object = matches!(
                self.words[verb],
                "on" | "in" | "at" | "for" | "to" | "with" | "by" | "of" | "from" | "and" | "or"
            );
            return (p.label == "PER" && verb < k && self.plain(verb) && !object && clear)
                .then_some(p);
        }
        // "He dropped his objection on Thursday after a phone call with ...".
        let he = (lo..k).find(|&j| self.in_class(&self.lex.c.pronoun, j) && self.plain(j + 1))?;
        open(he).then(|| self.antecedent(self.toks[he].start)).flatten()
    }

    /// "Thailand is ready to talk, Phumtham said on Sunday, a day after a phone call with
    /// Trump": the person right before a verb of saying, when only the day of saying and how
    /// long before it ("a day", "hours") stand between the verb and the "after" before the
    /// event noun at token `at`.
    fn sayer_before_after(&self, a: usize, at: usize) -> Option<Part<'a>> {
        let k = (at.saturating_sub(BACKGROUND_WINDOW).max(a)..at)
            .rev()
            .find(|&k| matches!(self.words[k], "after" | "following"))?;
        let lex = self.lex;
        let mut j = k;
        while j > a {
            let w = self.words[j - 1];
            let between = matches!(w, "," | "a" | "an" | "on" | "just" | "shortly" | "late")
                || matches!(w, "day" | "days" | "hours" | "hour" | "week" | "weeks")
                || lex.numbers.contains_key(w)
                || self.in_timex(self.toks[j - 1].start);
            if !between {
                break;
            }
            j -= 1;
        }
        if j == a || j == k || !self.in_class(&lex.c.say, j - 1) {
            return None;
        }
        self.part_ending_at(j - 2).filter(|p| p.label == "PER")
    }

    /// The token after a dateline opening the sentence at token `a` ("WASHINGTON (Reuters) -":
    /// capitals and a dash within 8 tokens, before token `k`), else `a`.
    fn past_dateline(&self, a: usize, k: usize) -> usize {
        // (A hyphen joining two words, "the Xi-Trump meeting", is none.)
        let text = self.doc.text.as_bytes();
        let spaced = |d: usize| {
            let s = self.toks[d].start;
            s > 0 && text.get(s - 1).is_some_and(|&c| c.is_ascii_whitespace() || c == b')')
        };
        let dash = (a..(a + DATELINE_REACH).min(k)).find(|&d| match self.words[d] {
            "—" | "–" | "―" | "--" => true,
            "-" => spaced(d),
            _ => false,
        });
        dash.filter(|&d| (a..d).all(|x| !self.plain(x))).map_or(a, |d| d + 1)
    }

    /// "Ukraine said on Tuesday it was ready to accept the proposal, after eight hours of talks
    /// with American officials": the subject opening the sentence, when the "after" phrase
    /// holding the trigger at `at` follows a comma (it tells of the whole sentence, not of the
    /// words right before it). A person, an organisation or a state, right before a verb; only
    /// a dateline ("JEDDAH —") or "the" may stand before it in the sentence (from token `a`).
    /// Without the comma ("Ukraine accepted a ceasefire after talks with the United States"),
    /// only when no other name and no comma stand between the subject's verb and "after" ("Russia
    /// struck Ukraine after talks with ..." tells nothing of who talked).
    fn opening_subject(&self, a: usize, at: usize) -> Option<Part<'a>> {
        let k = (at.saturating_sub(BACKGROUND_WINDOW).max(a)..at)
            .rev()
            .find(|&k| matches!(self.words[k], "after" | "following"))?;
        if k == a {
            return None;
        }
        let comma = self.words[k - 1] == ",";
        let mut j = self.past_dateline(a, k);
        if self.words.get(j) == Some(&"the") {
            j += 1;
        }
        // (Or a title before a name: "President Donald Trump said ...", "U.S. President Donald
        // Trump said ...", where the title names the same person.)
        let mut p = self.part_at(j).or_else(|| {
            (j + 1..(j + 4).min(k))
                .take_while(|&x| !self.plain(x - 1) && self.part_at(x - 1).is_none())
                .find_map(|x| self.part_at(x))
        })?;
        while let Some(q) = self.part_at(self.tok_at(p.span.end)).filter(|q| q.name == p.name) {
            p = q;
        }
        let verb = self.tok_at(p.span.end);
        if verb >= k || !self.plain(verb) || self.in_direct_quote(p.span.start) {
            return None;
        }
        if !comma
            && (verb..k).any(|x| self.part_at(x).is_some() || matches!(self.words[x], "," | ";"))
        {
            return None;
        }
        if p.label != "LOC" {
            return Some(p);
        }
        let state = dossier_resolve::lang::lang().country_acting(p.name)?;
        Some(Part { name: state, ..p })
    }

    /// "Pakistan's Director General of Military Operations placed the call to the Indian DGMO":
    /// states through officials the clause `a..b` does not name, after a state's "'s" or a
    /// nationality word. The states become the parts (in the order told), the organisations
    /// inside the officials' titles ("Military Operations", "DGMO") none. Whether any was found.
    /// With `one`, only one official each ("Pakistan's army chief met the Indian army chief"):
    /// "Syrian and Lebanese officials met" tells of no meeting of the two states.
    fn officials_for_states(
        &self,
        a: usize,
        b: usize,
        one: bool,
        parts: &mut Vec<Part<'a>>,
    ) -> bool {
        let l = dossier_resolve::lang::lang();
        let class = &self.lex.c.officials;
        let officials = |w: &str| class.has(w) && !(one && w.ends_with('s'));
        // The official word within three words after token `from`, plain words between.
        let official_after = |from: usize| {
            (from..(from + 3).min(b))
                .take_while(|&k| k == from || self.plain(k) || officials(self.words[k]))
                .find(|&k| officials(self.words[k]))
        };
        let mut states: Vec<Part<'a>> = Vec::new();
        let mut titles: Vec<Span> = Vec::new();
        let mut pending: Vec<Part<'a>> = Vec::new();
        let mut k = a;
        while k < b {
            let (state, next) = match self.demonym_at(k) {
                Some(d) => (Some(d), k + 1),
                None => match self.part_at(k).filter(|p| p.label == "LOC") {
                    Some(p) => {
                        let end = self.tok_at(p.span.end);
                        let poss = self.words.get(end).is_some_and(|w| matches!(*w, "'s" | "’s"));
                        let country = l.country_acting(p.name).filter(|_| poss);
                        (country.map(|c| Part { name: c, ..p }), end + 1)
                    }
                    None => (None, k + 1),
                },
            };
            let Some(state) = state else {
                pending.clear();
                k = next;
                continue;
            };
            let Some(o) = official_after(next) else {
                // "Indian and Pakistani officials": a state joined to the next one shares its
                // officials.
                if matches!(self.words.get(next), Some(&("and" | ","))) {
                    pending.push(state);
                } else {
                    pending.clear();
                }
                k = next + usize::from(next < b && matches!(self.words[next], "and" | ","));
                continue;
            };
            // "Turkish President Recep Tayyip Erdogan": an official named right after the
            // title is that person, who is no party of this happening.
            let mut t_end = o + 1;
            while t_end < b && officials(self.words[t_end]) {
                t_end += 1;
            }
            if self.part_at(t_end).is_some_and(|p| p.label == "PER") {
                pending.clear();
                k = t_end;
                continue;
            }
            for p in pending.drain(..) {
                if !states.iter().any(|s| s.name == p.name) {
                    states.push(p);
                }
            }
            // "... of Military Operations": a name of the title's own.
            let mut end = o + 1;
            while end < b && !matches!(self.words[end], "," | "'s") && !self.plain(end) {
                end += 1;
            }
            if self.words.get(end) == Some(&"of") {
                if let Some(p) = self.part_at(end + 1).filter(|p| p.label != "PER") {
                    end = self.tok_at(p.span.end);
                }
            }
            titles.push(Span::new(self.toks[next.min(o)].start, self.toks[end.max(o + 1) - 1].end));
            if !states.iter().any(|s| s.name == state.name) {
                states.push(state);
            }
            k = end.max(o + 1);
        }
        if states.is_empty() {
            return false;
        }
        parts.retain(|p| {
            !titles.iter().any(|t| t.contains(&p.span)) && !states.iter().any(|s| s.name == p.name)
        });
        let n = parts.len();
        parts.extend(states);
        parts[..].rotate_left(n);
        true
    }

    /// The verb of saying and its "that" before token `at` ("said on Tuesday that ...", "told
    /// Geo News that ..."): "that" within a few words before `at`, no comma between, and the
    /// verb a few words before it.
    fn say_that(&self, a: usize, at: usize) -> Option<(usize, usize)> {
        let that = (at.saturating_sub(BACKGROUND_WINDOW).max(a)..at)
            .rev()
            .take_while(|&k| self.words[k] != ",")
            .find(|&k| self.words[k] == "that")?;
        let say = (that.saturating_sub(SAY_REACH).max(a)..that)
            .rev()
            .find(|&k| self.in_class(&self.lex.c.say, k))?;
        Some((say, that))
    }

    /// The person who "said (on Tuesday) that" the words holding token `at` (within a few
    /// words, no comma between): the name right before the verb of saying, or the person a
    /// "he" or "she" there stands for.
    fn sayer_before(&self, a: usize, at: usize) -> Option<Part<'a>> {
        let (say, that) = self.say_that(a, at)?;
        if (say + 1..that).any(|k| self.words[k] == "," || self.part_at(k).is_some()) || say == a {
            return None;
        }
        let before = say - 1;
        if self.in_class(&self.lex.c.pronoun, before) {
            return self.antecedent(self.toks[before].start);
        }
        let p = self.parts_in(before.saturating_sub(SUBJECT_REACH).max(a), say).pop()?;
        (p.label == "PER" && self.tok_at(p.span.end) == say).then_some(p)
    }

    /// "Dar told Geo News that Rubio had called him": the person a trigger's object pronoun at
    /// token `obj` stands for, the subject of the saying verb whose "that" clause holds the
    /// trigger at `at` (someone told between the verb and "that" is whom it was told to).
    fn object_pronoun_sayer(&self, a: usize, at: usize, obj: usize) -> Option<Part<'a>> {
        if !matches!(self.words.get(obj).copied(), Some("him" | "her")) {
            return None;
        }
        let (say, that) = self.say_that(a, at).or_else(|| self.say_subject(a, at))?;
        if say == a || (say + 1..that).any(|k| self.words[k] == ",") {
            return None;
        }
        let p = self.parts_in(say.saturating_sub(SUBJECT_REACH).max(a), say).pop()?;
        // (It stands where the pronoun does: what was done to them, not by them.)
        (p.label == "PER" && self.tok_at(p.span.end) == say)
            .then_some(Part { span: self.toks[obj], ..p })
    }

    /// "Trump said Russian President Vladimir Putin called him": a verb of saying followed at
    /// once by the person who is the subject of the trigger at token `at` (no "that"); as
    /// [`Analysis::say_that`], the verb's token and the token after it.
    fn say_subject(&self, a: usize, at: usize) -> Option<(usize, usize)> {
        let reach = at.saturating_sub(SAY_REACH + 4).max(a);
        let say = (reach..at).rev().find(|&k| self.in_class(&self.lex.c.say, k))?;
        let subject = self.parts_in(say + 1, at);
        let first = subject.first().map(|p| self.tok_at(p.span.start));
        let last = subject.last().map(|p| self.tok_at(p.span.end));
        let people = subject.iter().all(|p| p.label == "PER");
        // ("Trump said Xi had invited him": an auxiliary between.)
        let next_to_verb = last.is_some_and(|l| {
            l <= at && (l..at).all(|k| matches!(self.words[k], "had" | "has" | "have" | "also"))
        });
        (people && next_to_verb && first.is_some_and(|f| f <= say + 2)).then_some((say, say + 1))
    }

    /// "Putin acknowledged on Thursday that Russian missiles downed the jet in December, in talks
    /// with Aliyev": a sitting noun at token `at` after ", in" (or ", during") that closes the
    /// reported words of a "that" clause is the occasion of the saying. Returns the "that" and
    /// the comma: the words between are what was said (their dates are not the sitting's), the
    /// subject before "that" sat at it.
    fn occasion_after_report(&self, ca: usize, at: usize) -> Option<(usize, usize)> {
        if at < ca + 3
            || !matches!(self.words[at - 1], "in" | "during")
            || self.words[at - 2] != ","
        {
            return None;
        }
        let comma = at - 2;
        let from = ca.max(comma.saturating_sub(REPORTED_REACH));
        let that = (from..comma).rev().find(|&k| self.words[k] == "that")?;
        (that > ca).then_some((that, comma))
    }

    /// The verb of saying whose reported words hold the noun at token `at` as part of a clause
    /// of their own (no "that", no comma between): the words after the verb open with a subject
    /// ("the two teams", a name, a number) and hold a verb before the noun ("had reached",
    /// "agreed"). "Putin said talks with Trump were useful" opens with the noun itself: none.
    fn reported_clause_before(&self, from: usize, at: usize) -> Option<usize> {
        let c = &self.lex.c;
        // (Within a few words: a long clause is not read back from every noun in it.)
        let from = from.max(at.saturating_sub(REPORTED_REACH));
        let k = (from..at).rev().find(|&k| c.say.has(self.words[k]))?;
        if k + 3 > at || (k + 1..at).any(|j| self.words[j] == "," || self.words[j] == "that") {
            return None;
        }
        let w = self.words[k + 1];
        // ("said he held talks with X": he is most often the speaker; not another subject.)
        let subject = self.in_part(k + 1)
            || c.parties.has(w)
            || w.starts_with(|c: char| c.is_ascii_digit())
            || matches!(w, "the" | "those" | "these" | "both" | "its" | "their");
        let verb = (k + 2..at).any(|j| {
            let w = self.words[j];
            c.finite_aux.has(w) || (j + 1 < at && self.plain(j) && w.ends_with("ed"))
        });
        (subject && verb).then_some(k)
    }

    /// "It was a productive meeting", `had been "a very good phone call"`: a noun at `at` after
    /// a copula and "a" (lower-case words and quote marks between) names what something already
    /// told was.
    fn predicate_noun(&self, ca: usize, at: usize) -> bool {
        let mut k = at;
        let mut seen_article = false;
        for _ in 0..5 {
            if k <= ca {
                return false;
            }
            k -= 1;
            let w = self.words[k];
            if matches!(w, "a" | "an") {
                seen_article = true;
            } else if seen_article {
                let quote = matches!(w, "\"" | "“" | "'" | "‘");
                if quote {
                    continue;
                }
                return self.lex.c.copula.has(w);
            } else if !self.plain(k) {
                return false;
            }
        }
        false
    }

    /// Whether the "to" at token `k`, before a trigger at `i`, marks an infinitive ("to meet",
    /// "to hold talks") rather than a place or person gone to ("returned to Yerevan after
    /// talks", "flew to the capital for talks"): a lower-case word that is no determiner
    /// follows it, or the trigger itself does ("invited to talks" is yet to come).
    fn infinitive_to(&self, k: usize, i: usize) -> bool {
        let n = k + 1;
        // ("spoke to reporters after a meeting with ...": a word of time between opens
        // another happening, not what is to be done.)
        let time_word =
            |x: usize| matches!(self.words[x], "after" | "before" | "following" | "since");
        n >= i
            || (self.plain(n)
                && !self.in_class(&self.lex.c.definite, n)
                && !matches!(self.words[n], "a" | "an")
                && !(n..i).any(time_word))
    }

    /// Whether token `i` is a lower-case word (no name, number or mark).
    /// "(hoped) the brief meeting between Zelensky and Trump would lead to more pressure": a
    /// noun at token `i` told with "the", whose modal verb at token `k` is followed by a verb of
    /// what it brings about, was held; what is to come is its outcome.
    fn outcome_subject(&self, i: usize, k: usize, a: usize, b: usize) -> bool {
        let lex = self.lex;
        let definite = (i.saturating_sub(2).max(a)..i).any(|j| self.in_class(&lex.c.definite, j));
        definite
            && self
                .class_at(&lex.c.modal_aux, k, b)
                .is_some_and(|n| self.word_in(&lex.c.outcome_verb, k + n))
    }

    /// The token after the place named from token `i` on, right after "in" or "at": a place's
    /// name ("Jeddah") or a place described ("the Saudi city", "the Omani capital": "the",
    /// up to two plain or state words, a noun of `place_of`).
    fn site_after(&self, i: usize, cb: usize) -> Option<usize> {
        if let Some(p) = self.part_at(i).filter(|p| p.label == "LOC") {
            return Some(self.tok_at(p.span.end).max(i + 1));
        }
        if self.words.get(i) != Some(&"the") {
            return None;
        }
        let lex = self.lex;
        (i + 1..(i + 4).min(cb))
            .take_while(|&k| self.plain(k) || self.demonym_at(k).is_some())
            .find(|&k| self.in_class(&lex.c.place_of, k))
            .filter(|&k| k > i + 1 && self.words.get(k + 1) != Some(&"of"))
            .map(|k| k + 1)
    }

    /// The states of two sides told after an event's words end at token `from` ("between a
    /// Ukrainian team led by X, the head of ..., and a U.S. team led by Y"): "between" (past
    /// where it was held), then a side, then, after an "and" in the clause, the other. A side
    /// is a nationality word or a state's name and a noun for a side (`side_noun`, `parties`,
    /// `talks_parties`), after an optional article.
    fn two_sides(&self, from: usize, cb: usize) -> Option<Vec<Part<'a>>> {
        let w = *self.words.get(from)?;
        let between = if w == "between" {
            from
        } else if matches!(w, "in" | "at") {
            self.site_after(from + 1, cb).filter(|&k| self.words.get(k) == Some(&"between"))?
        } else {
            return None;
        };
        let first = self.side_at(between + 1, cb)?;
        let second = (between + 2..cb)
            .take_while(|&k| self.words[k] != ";")
            .filter(|&k| self.words[k] == "and")
            .find_map(|k| self.side_at(k + 1, cb))?;
        (first.name != second.name).then(|| vec![first, second])
    }

    /// The state of a side of talks told from token `k` ("a Ukrainian team", "the U.S.
    /// delegation"), see `two_sides`.
    fn side_at(&self, k: usize, cb: usize) -> Option<Part<'a>> {
        let lex = self.lex;
        let k = k + usize::from(matches!(*self.words.get(k)?, "a" | "an" | "the"));
        let (state, next) = match self.demonym_at(k) {
            Some(p) => (p, k + 1),
            None => {
                let p = self.part_at(k).filter(|p| p.label == "LOC")?;
                (p, self.tok_at(p.span.end).max(k + 1))
            }
        };
        let noun = *self.words[..cb].get(next)?;
        let side =
            lex.c.side_noun.has(noun) || lex.c.parties.has(noun) || lex.c.talks_parties.has(noun);
        side.then_some(state)
    }

    fn plain(&self, i: usize) -> bool {
        let t = self.toks[i];
        self.doc.text[t.start..t.end].bytes().all(|c| c.is_ascii_lowercase() || c == b'-')
    }

    /// The country of a nationality word starting at token `i` ("Iranian").
    fn demonym_at(&self, i: usize) -> Option<Part<'a>> {
        let start = self.toks.get(i)?.start;
        let k = self.demonyms.partition_point(|p| p.span.start < start);
        self.demonyms.get(k).filter(|p| p.span.start == start).copied()
    }

    /// Parts wholly inside tokens `a..b`.
    fn parts_in(&self, a: usize, b: usize) -> Vec<Part<'a>> {
        if a >= b {
            return Vec::new();
        }
        let (s, e) = (self.toks[a].start, self.toks[b - 1].end);
        let k = self.parts.partition_point(|p| p.span.start < s);
        self.parts[k..].iter().take_while(|p| p.span.end <= e).copied().collect()
    }

    /// The person the pronoun at byte `pos` stands for: the latest person named before it in
    /// its own sentence ("Trump said he would call Zelensky"); for a pronoun with no one before
    /// it in its sentence, the subject of the latest sentence that names someone, its first
    /// person ("Trump said he would call Zelensky and European leaders. He spoke with Zelensky
    /// by phone" is Trump again), not one inside quoted words or owning another ("Putin's aide
    /// Yuri Ushakov"). A person whose given name is of the other gender is passed over.
    fn antecedent(&self, pos: usize) -> Option<Part<'a>> {
        let k = self.people.partition_point(|p| p.span.end <= pos);
        let l = dossier_resolve::lang::lang();
        let word =
            self.doc.text.get(pos..).and_then(|t| t.split(|c: char| !c.is_alphabetic()).next());
        let want = word.and_then(|w| l.gender_of_pronoun(&w.to_lowercase()));
        let fits = |p: &Part| {
            let given = p.name.split_whitespace().next().and_then(|g| l.gender_of_given(g));
            !matches!((want, given), (Some(a), Some(b)) if a != b)
        };
        let sentence = |at: usize| {
            let s = &self.doc.sentences;
            s.get(s.partition_point(|x| x.end <= at)).copied().filter(|x| x.start <= at)
        };
        let last = *self.people[..k].iter().rev().take(16).find(|p| fits(p))?;
        let own = sentence(pos)?;
        if last.span.start >= own.start {
            return Some(self.sayer_past_report(own, pos).filter(|p| fits(p)).unwrap_or(last));
        }
        let Some(theirs) = sentence(last.span.start) else {
            return Some(last);
        };
        // ("Before meeting Trump, Modi held talks with Musk. He also met Waltz": the subject
        // is past a clause set before it.)
        let mut main = theirs.start;
        let first = self.tok_at(theirs.start);
        if self.word_in(&self.lex.c.fronted_clause, first) {
            let end = self.tok_at(theirs.end);
            if let Some(c) = (first..end).find(|&j| self.words[j] == ",") {
                main = self.toks[c].end;
            }
        }
        let from = self.people[..k].partition_point(|p| p.span.start < main);
        let subject = self.people[from..k].iter().find(|p| {
            let owner = self.doc.text[p.span.end..].starts_with(['\'', '’']);
            fits(p) && !owner && !self.in_direct_quote(p.span.start)
        });
        Some(subject.copied().unwrap_or(last))
    }

    /// "Trump said on Saturday that Putin might not want to stop the war, hours after he met
    /// Zelenskiy": a pronoun opening a clause of time set off by a comma after reported words
    /// tells of the one who said them, named at the sentence's start before the verb of saying.
    fn sayer_past_report(&self, sent: Span, pos: usize) -> Option<Part<'a>> {
        let lex = self.lex;
        let (a, at) = (self.tok_at(sent.start), self.tok_at(pos));
        let comma = (a..at).rev().take(5).find(|&k| self.words[k] == ",")?;
        let of_time = (comma + 1..at)
            .all(|k| self.plain(k) || self.words[k].bytes().all(|c| c.is_ascii_digit()))
            && (comma + 1..at).any(|k| matches!(self.words[k], "after" | "before" | "following"));
        if !of_time {
            return None;
        }
        let first = self.people.get(self.people.partition_point(|p| p.span.start < sent.start))?;
        let end = self.tok_at(first.span.end);
        // (After a dateline too: "WASHINGTON (Reuters) - Trump said ...".)
        let opens =
            (self.past_dateline(a, comma)..self.tok_at(first.span.start)).all(|k| self.plain(k));
        let say = (end..(end + 4).min(comma)).find(|&k| self.in_class(&lex.c.say, k))?;
        let reported = (say + 1..comma).any(|k| self.part_at(k).is_some_and(|p| p.label == "PER"));
        (opens && reported && first.span.end <= pos).then_some(*first)
    }

    /// The person the object pronoun at token `obj` ("him", "her") stands for, right after the
    /// trigger at token `at` of the sentence from token `a`: the latest person named before the
    /// trigger in the sentence who is not its subject (its first person), of the pronoun's
    /// gender where the given name tells.
    fn object_pronoun(&self, a: usize, at: usize, obj: usize) -> Option<Part<'a>> {
        let want = match self.words.get(obj).copied() {
            Some("him") => 'm',
            Some("her") => 'f',
            _ => return None,
        };
        // ("her office", "her visit": a possessive, not an object.)
        if self.words.get(obj + 1).is_some_and(|w| {
            self.plain(obj + 1)
                && !matches!(*w, "to" | "on" | "in" | "at" | "for" | "that" | "and" | "by")
        }) {
            return None;
        }
        let l = dossier_resolve::lang::lang();
        let (start, end) = (self.toks[a].start, self.toks[at].start);
        let from = self.people.partition_point(|p| p.span.start < start);
        let people: Vec<Part<'a>> =
            self.people[from..].iter().take_while(|p| p.span.end <= end).copied().collect();
        let fits = |p: &Part| {
            let given = p.name.split_whitespace().next().and_then(|g| l.gender_of_given(g));
            given.is_none_or(|g| g == want)
        };
        let subject = people.first().map(|p| p.name);
        let who = people.iter().rev().find(|p| Some(p.name) != subject && fits(p))?;
        // (It stands where the pronoun does: what was done to them, not by them.)
        Some(Part { span: Span::new(self.toks[obj].start, self.toks[obj].end), ..*who })
    }

    /// The last `n` distinct states named before byte `pos` (by their names, capitals or
    /// nationality words), as their countries. (Not a place where something was held: "at the
    /// White House" is no state of "both countries".)
    fn last_states(&self, pos: usize, n: usize) -> Vec<Part<'a>> {
        self.last_states_paired(pos, n).0
    }

    /// "The two sides" before byte `pos`: two states named together nearby, else the two states
    /// of the latest event of two states told before, else the last two states named.
    ///
    /// ("Ukraine and Russia exchanged 146 prisoners each ... U.S. special envoy Keith Kellogg
    /// attended ... The swap was the first since late July, when the two sides exchanged 1,200
    /// people": the sides of the exchange, not Russia and the envoy's country.)
    fn sides_before(&self, pos: usize) -> Vec<Part<'a>> {
        let l = dossier_resolve::lang::lang();
        let (named, paired) = self.last_states_paired(pos, 2);
        if paired {
            return named;
        }
        let told = self.recent().rev().map(|x| &self.events[x]).find(|e| {
            e.last < pos
                && !e.background
                && e.parts.len() == 2
                && e.parts[0].name != e.parts[1].name
                && e.parts.iter().all(|p| p.label != "PER" && l.country_acting(p.name).is_some())
        });
        match told {
            Some(e) => e.parts.to_vec(),
            None => named,
        }
    }

    /// [`Self::last_states`], and whether the two were named together ("A and B").
    fn last_states_paired(&self, pos: usize, n: usize) -> (Vec<Part<'a>>, bool) {
        let l = dossier_resolve::lang::lang();
        let k = self.parts.partition_point(|p| p.span.end <= pos);
        let d = self.demonyms.partition_point(|p| p.span.end <= pos);
        let placed = |p: &Part| {
            let j = self.tok_at(p.span.start);
            let before = |x: usize| j >= x && matches!(self.words[j - x], "at" | "in");
            before(1) || (before(2) && self.words[j - 1] == "the")
        };
        let mut named: Vec<Part<'a>> = self.parts[k.saturating_sub(32)..k]
            .iter()
            .filter(|p| p.label != "PER" && !placed(p))
            .filter_map(|p| l.country_acting(p.name).map(|c| Part { name: c, ..*p }))
            // ("in the Turkish city of Antalya": a nationality word of where, too.)
            .chain(self.demonyms[d.saturating_sub(32)..d].iter().copied().filter(|p| !placed(p)))
            .collect();
        named.sort_by_key(|p| std::cmp::Reverse(p.span.start));
        // "Thailand and Cambodia agreed ..., Malaysian Prime Minister Anwar Ibrahim said after
        // hosting the leaders of the two countries": two states named together, in this
        // sentence or the one before, are the two, past a third named since.
        if n == 2 {
            let si = self.doc.sentences.partition_point(|s| s.end <= pos);
            let reach = self.doc.sentences.get(si.saturating_sub(1)).map_or(0, |s| s.start);
            let text = &self.doc.text;
            let pair = named.windows(2).take_while(|w| w[1].span.start >= reach).find(|w| {
                w[0].name != w[1].name
                    && text
                        .get(w[1].span.end..w[0].span.start)
                        .is_some_and(|gap| matches!(gap, " and " | ", and "))
            });
            if let Some(w) = pair {
                return (vec![w[1], w[0]], true);
            }
        }
        let mut out: Vec<Part<'a>> = Vec::new();
        for p in named {
            if !out.iter().any(|o| o.name == p.name) {
                out.push(p);
                if out.len() == n {
                    break;
                }
            }
        }
        out.reverse();
        (out, false)
    }

    /// The last `n` distinct people named before byte `pos`, as standing at `span`.
    fn last_people(&self, pos: usize, n: usize, span: Span) -> Vec<Part<'a>> {
        let k = self.people.partition_point(|p| p.span.end <= pos);
        let mut out: Vec<Part<'a>> = Vec::new();
        for p in self.people[..k].iter().rev().take(64) {
            if !out.iter().any(|o| o.name == p.name) {
                out.push(Part { span, ..*p });
                if out.len() == n {
                    break;
                }
            }
        }
        if out.len() == n {
            out
        } else {
            Vec::new()
        }
    }

    /// The last `n` different people named before byte `pos` whose title in the roles layer
    /// has the word `noun` ("minister"), as parts at `span`; fewer when there are not as many.
    /// The last two people named together before byte `pos` ("Ilham Aliyev and Nikol
    /// Pashinyan shook hands ... The two leaders also initialed"), rather than the last two
    /// names (one of them, perhaps, only spoken of since), with `span` as their span.
    fn last_pair(&self, pos: usize, span: Span) -> Option<Vec<Part<'a>>> {
        let k = self.people.partition_point(|p| p.span.end <= pos);
        let text = &self.doc.text;
        self.people[..k].windows(2).rev().take(64).find_map(|w| {
            let gap = text.get(w[0].span.end..w[1].span.start)?;
            (matches!(gap, " and " | ", and ") && w[0].name != w[1].name)
                .then(|| vec![Part { span, ..w[0] }, Part { span, ..w[1] }])
        })
    }

    /// "The two presidents", "both leaders" opening tokens `a..end`: the last two people
    /// named before whose titles say so, else the last two named together.
    fn the_two_at(&self, a: usize, end: usize) -> Option<Vec<Part<'a>>> {
        if a + 3 > end || self.words[a] != "the" || !matches!(self.words[a + 1], "two" | "both") {
            return None;
        }
        let noun = self.words[a + 2];
        let lex = self.lex;
        if !(lex.c.parties.has(noun) || lex.c.officials.has(noun) && noun.ends_with('s')) {
            return None;
        }
        let (span, pos) = (self.toks[a + 2], self.toks[a].start);
        let one = noun.strip_suffix('s').unwrap_or(noun);
        if let Some(v) = Some(self.last_titled(pos, 2, span, one)).filter(|v| v.len() == 2) {
            return Some(v);
        }
        // (Not a pair whose titles say otherwise: "Secretary of State Marco Rubio and Russian
        // Foreign Minister Sergei Lavrov" are no presidents.)
        let l = dossier_resolve::lang::lang();
        let other_office = |name: &str| {
            self.doc.roles.iter().any(|r| {
                r.entity.as_deref() == Some(name)
                    && dossier_resolve::lang::parse_role(&r.text)
                        .0
                        .is_some_and(|class| !l.class_compatible(one, &class))
            })
        };
        let k = self.people.partition_point(|p| p.span.end <= pos);
        let text = &self.doc.text;
        self.people[..k].windows(2).rev().take(64).find_map(|w| {
            let gap = text.get(w[0].span.end..w[1].span.start)?;
            (matches!(gap, " and " | ", and ")
                && w[0].name != w[1].name
                && !other_office(w[0].name)
                && !other_office(w[1].name))
            .then(|| vec![Part { span, ..w[0] }, Part { span, ..w[1] }])
        })
    }

    fn last_titled(&self, pos: usize, n: usize, span: Span, noun: &str) -> Vec<Part<'a>> {
        let k = self.people.partition_point(|p| p.span.end <= pos);
        let mut out: Vec<Part<'a>> = Vec::new();
        let l = dossier_resolve::lang::lang();
        for p in self.people[..k].iter().rev().take(64) {
            // ("The two leaders": a president and a prime minister are leaders.)
            let titled = self.doc.roles.iter().any(|r| {
                r.entity.as_deref() == Some(p.name)
                    && (r
                        .text
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| w.eq_ignore_ascii_case(noun))
                        || dossier_resolve::lang::parse_role(&r.text)
                            .0
                            .is_some_and(|class| l.class_compatible(noun, &class)))
            });
            if titled && !out.iter().any(|o| o.name == p.name) {
                out.push(Part { span, ..*p });
                if out.len() == n {
                    break;
                }
            }
        }
        out
    }

    fn in_direct_quote(&self, pos: usize) -> bool {
        let k = self.direct.partition_point(|q| q.end <= pos);
        self.direct.get(k).is_some_and(|q| q.start <= pos)
    }

    /// Whether byte `pos` is in quotation marks: a direct quotation or quoted words within
    /// the reporter's sentence.
    fn in_quotation(&self, pos: usize) -> bool {
        let k = self.partial.partition_point(|q| q.end <= pos);
        self.in_direct_quote(pos) || self.partial.get(k).is_some_and(|q| q.start <= pos)
    }

    /// Whether word `k` is of class `c`.
    #[inline(always)]
    fn in_class(&self, c: &lexicon::Class, k: usize) -> bool {
        c.has_row(self.lex, self.rows[k], self.words[k])
    }

    /// Whether there is a word `k` and it is of class `c`.
    #[inline(always)]
    fn word_in(&self, c: &lexicon::Class, k: usize) -> bool {
        k < self.words.len() && self.in_class(c, k)
    }

    /// The length of the entry of class `c` that starts at word `k` and ends by `b`, if one
    /// does (see [`lexicon::Class::at`]).
    #[inline(always)]
    fn class_at(&self, c: &lexicon::Class, k: usize, b: usize) -> Option<usize> {
        if k >= b {
            return None;
        }
        c.at_row(self.lex, self.rows[k], &self.words[k..b])
    }

    /// Token index of the first token at or after byte `pos`.
    fn tok_at(&self, pos: usize) -> usize {
        match self.tok_index.get(pos) {
            Some(&k) => k as usize,
            None => self.toks.partition_point(|t| t.start < pos),
        }
    }

    fn sentence(&mut self, si: usize, a: usize, b: usize) {
        let lex = self.lex;
        self.find_cuts(a, b);
        let sent = self.doc.sentences[si];
        // What the sentence says events were about: from a topic word to the clause's end.
        let mut zones: Vec<(usize, usize)> = Vec::new();
        let mut i = a;
        while i < b {
            // "spoke for about 40 minutes": "about" before a number or a time is no topic word.
            let measure = |k: usize| {
                k < b
                    && (self.words[k].starts_with(|c: char| c.is_ascii_digit())
                        || self.lex.numbers.contains_key(self.words[k])
                        || self.in_timex(self.toks[k].start))
            };
            // ("spent two hours at the White House, including a meeting with Trump": what a
            // stay included is a sitting, not what was talked about.)
            let sitting_included = |n: usize| {
                self.words[i] == "including"
                    && matches!(self.words.get(i + n).copied(), Some("a" | "an"))
                    && (i + n + 1..(i + n + 3).min(b)).any(|k| {
                        lex.triggers.get(self.words[k]).is_some_and(|ts| {
                            ts.iter().any(|x| x.noun && lex.c.sitting.has(x.kind))
                        })
                    })
            };
            // ("unhappy about Israel's strike": a feeling about what happened.)
            // (Past a closing quote mark or two, no further: a run of marks is read once.)
            let felt = (i.saturating_sub(3).max(a)..i)
                .rev()
                .find(|&k| !matches!(self.words[k], "\"" | "”" | "'" | "’"))
                .is_some_and(|k| self.in_class(&lex.c.feeling, k));
            // ("held talks in Oman on Saturday over Tehran's nuclear programme": "over" after a
            // noun of talking, in its clause, unless a time or a number follows.)
            let over_talks = || {
                self.words[i] == "over"
                    && !measure(i + 1)
                    && !(i + 2 < b && self.words[i + 1] == "the" && measure(i + 2))
                    && (i.saturating_sub(TOPIC_OVER_REACH).max(a)..i)
                        .rev()
                        .take_while(|&k| {
                            // (Only where, when and with whom between: "The call came after
                            // weeks of tension over the corridor" tells of the tension.)
                            self.in_class(&lex.c.topic_over, k)
                                || matches!(self.words[k], "in" | "on" | "at" | "the" | "with")
                                || self.part_at(k).is_some()
                                || self.in_timex(self.toks[k].start)
                        })
                        .any(|k| self.in_class(&lex.c.topic_over, k))
            };
            if let Some(n) = self
                .class_at(&lex.c.topic, i, b)
                .or_else(|| over_talks().then_some(1))
                .filter(|&n| !measure(i + n) && !sitting_included(n) && !felt)
            {
                let (_, ce) = self.clause(a, b, i);
                let mut e = i + n;
                // ("discussed border controls in a telephone call on Wednesday", "during
                // their meeting": the frame the talking was done in ends what it was about.)
                let frame = |e: usize| {
                    matches!(self.words[e], "in" | "during" | "at")
                        && self
                            .words
                            .get(e + 1)
                            .is_some_and(|w| matches!(*w, "a" | "an" | "their" | "his" | "her"))
                };
                // (", their first such negotiations under ...": an apposition after a comma
                // tells of the event, not of what it was about.)
                let apposed = |e: usize| {
                    self.words[e] == ","
                        && matches!(self.words.get(e + 1), Some(&("their" | "its" | "his" | "her")))
                };
                while e < ce
                    && e < i + n + MAX_TOPIC_TOKENS
                    && !self.in_class(&lex.c.topic_end, e)
                    && !apposed(e)
                    && !self.attribution_at(e, ce)
                    && !frame(e)
                {
                    e += 1;
                }
                zones.push((i + n, e));
                i += n;
            } else {
                i += 1;
            }
        }
        // ("the two delegations did not discuss a date for a next summit": what was not talked
        // about is no topic, though a date in it is still not the event's.)
        let topic_zones: Vec<(usize, usize)> = zones
            .iter()
            .copied()
            .filter(|&(s, _)| {
                let verb = (a..s)
                    .rev()
                    .find(|&k| self.class_at(&lex.c.topic, k, b).is_some_and(|n| k + n == s))
                    .unwrap_or(s);
                !(verb.saturating_sub(2).max(a)..verb).any(|k| self.in_class(&lex.c.negation, k))
            })
            .collect();
        let in_zone = |t: usize| zones.iter().any(|&(s, e)| s <= t && t < e);
        let (found, unreal) = self.triggers(a, b, &in_zone);
        let mut prev_end = a;
        let mut touched: Vec<usize> = Vec::new();
        // The date of an event the sentence refers to after "after" ("..., Ushakov told
        // reporters after the call").
        let mut referred: Option<(String, Option<Span>)> = None;
        let mut anchor_date: Option<(String, Option<Span>)> = None;
        let has_after = (a..b).any(|t| self.class_at(&lex.c.after, t, b).is_some());
        if has_after {
            anchor_date = self
                .events
                .iter()
                .rev()
                .find(|e| !e.derived && e.date_source == Some("text"))
                .and_then(|e| e.date.clone().map(|d| (d, e.date_span)));
        }
        // Events told in this sentence, with the trigger that told them.
        let mut told: Vec<(Span, usize)> = Vec::new();
        for f in &found {
            let (ca, cb) = self.clause(a, b, f.at);
            let t = f.trigger;
            // "... on Thursday, before the two leaders met Zelensky on Friday": the verb of a
            // subordinate clause that opens after the clause's start takes its parties and its
            // date from that clause. (A noun there is an object of "after" or "before": "said
            // after three hours of talks with Marsh" are the speaker's talks, on the day said.)
            // The innermost such clause: "Americans who had been jailed landed on Saturday, a day
            // after Maduro freed them" is told in the clause of "after", not of "who".
            let sub = self
                .subs
                .iter()
                .filter(|&&(s, e)| ca < s && s < f.at && f.at < e)
                .max_by_key(|(s, _)| *s);
            // "The fighting began on Wednesday, when India struck ...": the main clause's date.
            let at_time_of = sub
                .filter(|&&(s, _)| {
                    !t.noun && self.words[s - 1] == "," && self.in_class(&lex.c.simultaneous, s)
                })
                .map(|&(s, _)| (ca, s));
            // "landed on Saturday, a day after Maduro freed them": the main clause's day,
            // moved by the duration that opens the clause of time.
            // A noun there too ("a day after the talks", "freed them in a prisoner swap"):
            // the main clause's own date, before the clause of time, is not its.
            let offset = sub.and_then(|&(s, _)| Some((s, self.offset_date(ca, s, &told)?)));
            let apart = offset.is_some();
            let (ca, cb) = match sub.filter(|_| !t.noun) {
                Some(&(s, e)) => (s, cb.min(e)),
                None => (ca, cb),
            };
            // "Before the talks, Zelensky met Erdogan on Thursday": a noun in a clause of time
            // that opens the sentence refers to its event; the main clause's date and people
            // are another happening's.
            let opening = self.subs.iter().find(|&&(s, e)| {
                t.noun
                    && s <= ca
                    && s <= f.at
                    && f.at < e
                    && e < cb
                    && self.words[e] == ","
                    && self.in_class(&lex.c.not_news_clause, s)
            });
            let (ca, cb) = match opening {
                Some(&(s, e)) => (s, e),
                None => (ca, cb),
            };
            // "..., days after Washington halted some arms deliveries": a happening told in a
            // clause of time is before or after the sentence's news, never on the day of
            // publication by default.
            let timed_sub =
                !t.noun && sub.is_some_and(|&(s, _)| self.in_class(&lex.c.not_news_clause, s));
            // "The strike came hours after X and Y spoke by phone": within the day of the event
            // told before it in the sentence. So too what came just after it ("held a call
            // with Trump before the U.S. leader spoke with Putin"): no earlier happening.
            let same_day = timed_sub
                && sub.is_some_and(|&(s, _)| {
                    s > a
                        && (self.in_class(&lex.c.close_gap, s - 1)
                            || self.words[s] == "before"
                                && offset.is_none()
                                && told.iter().any(|&(_, k)| !self.events[k].background))
                });
            // "Hours later, Trump announced ...": a sentence that opens with a short stretch
            // after the news just told is on its day.
            let later_same_day = self.class_at(&lex.c.later_same_day, a, b).is_some();
            // "Before meeting Trump, Modi held talks with Musk": a verb past a clause of time
            // that opens its sentence is on the day of the happening that clause told, when
            // that one has a day of its own.
            let fronted_day = (!t.noun && self.in_class(&lex.c.fronted_clause, a))
                .then(|| {
                    let comma = (a..f.at).find(|&k| self.words[k] == ",")?;
                    let end = self.toks[comma].start;
                    told.iter().rev().find_map(|&(sp, k)| {
                        let e = &self.events[k];
                        (sp.end <= end && e.date_source == Some("text") && !e.background)
                            .then(|| (e.date.clone(), e.date_span, e.said_date))
                    })
                })
                .flatten();
            // "On Friday Trump met his security team. Trump later spoke by phone with X": a verb
            // right after an adverb of what came after is on the day of the happening told just
            // before it (in the sentence before, or earlier in its own), not the day of the news.
            let later_verb = (!t.noun
                && (f.at.saturating_sub(2)..f.at).any(|k| self.in_class(&lex.c.later_apart, k)))
            .then(|| {
                let from = si.checked_sub(1).map_or(0, |p| self.doc.sentences[p].start);
                self.recent().rev().find_map(|k| {
                    let e = &self.events[k];
                    (e.last >= from && e.date_source == Some("text") && !e.background && !e.derived)
                        .then(|| (e.date.clone(), e.date_span, false))
                })
            })
            .flatten();
            // "Hours before the deal, Pakistan launched ...": a sentence that opens with a short
            // stretch before or after a happening told before is on that one's day.
            let close_to_told = self.close_to_told(a, b);
            let timed_sub = timed_sub && !same_day;
            // "X and Y spoke by phone on Monday while Trump was meeting Zelenskiy, the Kremlin
            // said on Tuesday": what a "while" clause tells happened at the time of the event
            // told before it in the sentence (not on the day the news was told).
            let meanwhile = !t.noun
                && sub.is_some_and(|&(s, _)| s > a && self.in_class(&lex.c.simultaneous, s));
            let span = Span::new(self.toks[f.at].start, self.toks[f.end - 1].end);
            // "X handed over Y as part of an exchange, the KGB said in a statement", "The
            // minister told the envoy that ..., a spokesman told reporters": words that report
            // an event of the sentence, or relay someone else's words, make their speaker its
            // briefer, not the maker of a statement of their own.
            // Where the reported words before a statement's cue end: no one named in them
            // made the statement ("..., in the presence of Marco Rubio, the statement said").
            let mut reported_to = None;
            if t.kind == "statement" {
                // The reported words: a quote before the cue, or what stands before ", a
                // spokesman, X, told reporters" at the end of the sentence.
                let reported =
                    self.tail_quote(span).map(|q| (q.start, q.end, q.speaker_span)).or_else(|| {
                        // Only at the sentence's end: "Following the call, Trump told reporters
                        // that ..." tells his own words.
                        if f.end + TAIL_REST < b {
                            return None;
                        }
                        let c = (f.at.saturating_sub(6).max(a)..f.at)
                            .rev()
                            .find(|&k| self.attribution_at(k, b))?;
                        let subject = Span::new(self.toks[c].end, span.start);
                        Some((sent.start, self.toks[c].start, Some(subject)))
                    });
                if let Some((qs, qe, speaker_span)) = reported {
                    let qspan = Span::new(qs, qe);
                    let inside: Vec<usize> =
                        told.iter().filter(|(ts, _)| qspan.contains(ts)).map(|x| x.1).collect();
                    let (qa, qb) = (self.tok_at(qs), self.tok_at(qe));
                    reported_to = Some(qb);
                    let relay = (qa..qb).any(|k| self.in_class(&lex.c.say, k));
                    // ("The Foreign Ministry welcomed the agreement, spokeswoman Maria Zakharova
                    // said in a statement": words that react to an event told before are a
                    // statement of their own, not a briefing on it.)
                    let reaction = &lex.c.reaction;
                    let reacts = (qa..qb).any(|k| self.in_class(reaction, k));
                    let target: Vec<usize> = if reacts {
                        Vec::new()
                    } else if inside.is_empty() && relay {
                        self.salient(|e| !e.derived && !e.background, sent.start)
                            .into_iter()
                            .collect()
                    } else {
                        inside
                    };
                    if !target.is_empty() {
                        let speaker = self.quote_speaker_at(span).or_else(|| {
                            let ss = speaker_span?;
                            let (x, y) = (self.tok_at(ss.start), self.tok_at(ss.end));
                            self.parts_in(x, y).into_iter().rev().find(|p| p.label != "LOC")
                        });
                        for k in target {
                            self.events[k].briefers.extend(speaker);
                        }
                        continue;
                    }
                }
            }
            // "The conversation", "their call", "the first conversation": a noun with a
            // determiner (adjectives between) refers back.
            // How far back the noun's own words may reach: three words ("his 50-minute phone
            // call"), five past a partitive ("its 19th round of sanctions").
            let np_reach =
                match f.at >= 2 && self.class_at(&lex.c.partitive, f.at - 2, f.at).is_some() {
                    true => 5,
                    false => 3,
                };
            // (A determiner of a name with words between it and the noun is not the noun's:
            // "The EU adopted sanctions".)
            let round_of_the = t.noun
                && lex.c.sitting.has(t.kind)
                && f.at >= ca + 3
                && self.words[f.at - 3] == "round"
                && self.words[f.at - 2] == "of"
                && self.in_class(&lex.c.definite, f.at - 1);
            let apposed_to_told =
                t.noun
                    && (f.at.saturating_sub(5).max(a)..f.at)
                        .any(|k| self.words[k] == "," && self.words.get(k + 1) == Some(&"the"))
                    && self.events.iter().rev().take(4).any(|e| {
                        e.kind == t.kind && e.mentions.iter().any(|m| m.start >= sent.start)
                    });
            // "Friday's meeting at the White House ended abruptly": a day's noun is one that
            // took place that day (a few plain words between; a day, not "last week's").
            let day_owned = t.noun
                && (f.at.saturating_sub(3).max(ca + 1)..f.at)
                    .find(|&k| matches!(self.words[k], "'s" | "’s"))
                    .is_some_and(|k| {
                        self.in_day_timex(self.toks[k - 1].start)
                            && (k + 1..f.at).all(|j| self.plain(j))
                    });
            let definite = t.noun
                && ((f.at.saturating_sub(np_reach).max(ca)..f.at)
                    .rev()
                    .take_while(|&k| {
                        // A name that modifies the noun ("the APEC meeting") is passed over.
                        let subject = self.in_part(k) && !(k + 1..f.at).all(|j| self.in_part(j));
                        !matches!(self.words[k], "," | "a" | "an") && !subject
                    })
                    // ("the European Union's new sanctions": a name's "'s" determines the noun
                    // as "the" does.)
                    .any(|k| {
                        self.in_class(&lex.c.definite, k)
                            || (matches!(self.words[k], "'s" | "’s") && k > 0 && self.in_part(k - 1))
                    })
                    || day_owned
                    || self.predicate_noun(ca, f.at))
                // "completed the largest prisoner exchange since the start of the war": a
                // superlative measured against the past tells a new event, not one told before.
                // (So is one measured against a whole: "the largest prisoner exchange of the
                // war", "the biggest ever"; not "one of the largest attacks of the war", which
                // ranks the one told.)
                // ("The first round of the talks took place on May 16": one sitting of the
                // talks told before, another one; see `round_of_the` below.)
                && !round_of_the
                // (", the largest aerial attack of the war so far" set after the clause that
                // told the attack describes that one.)
                && (apposed_to_told
                    || !((f.at.saturating_sub(3).max(ca)..f.at).any(|k| {
                    self.in_class(&lex.c.superlative, k)
                        && !(k >= ca + 3 && self.words[k - 3] == "one" && self.words[k - 2] == "of")
                }) && (f.end..(f.end + 3).min(cb)).any(|k| {
                    matches!(self.words[k], "since" | "of" | "ever" | "yet" | "in")
                })));
            // "has released more than 200 people since last July": a count over a time, not one
            // event (a perfect auxiliary right before the verb, a "since" in the sentence: after
            // it, or before it, as in "Hamas has freed 19 hostages since the truce began, while
            // Israel has released more than 1,100").
            let perfect = !t.noun
                && (f.at.saturating_sub(2).max(ca)..f.at).any(|k| self.in_class(&lex.c.perfect, k))
                && (a..cb).any(|k| k != f.at && self.in_class(&lex.c.since_clause, k));
            // "said on Monday, days after a heated meeting between ...": told as before the
            // news, on no day given.
            // ("days after Trump halted aid following a heated meeting": so is a noun after
            // "following" in a clause that opened days before.)
            let days_before = t.noun
                && (f.at.saturating_sub(BACKGROUND_WINDOW).max(ca)..f.at)
                    .rev()
                    .take_while(|&k| self.words[k] != ",")
                    .find(|&k| matches!(self.words[k], "after" | "following"))
                    .is_some_and(|k| {
                        (k.saturating_sub(CHAINED_AFTER_REACH).max(ca)..=k)
                            .rev()
                            .take_while(|&j| self.words[j] != ",")
                            .filter(|&j| matches!(self.words[j], "after" | "following"))
                            .any(|j| self.days_before(ca, j))
                    });
            // ("The last 303 soldiers were released": "last" before a number is the final
            // group, not an earlier time.)
            let counted = |k: usize| {
                self.words[k] == "last"
                    && self.words.get(k + 1).is_some_and(|w| {
                        w.starts_with(|c: char| c.is_ascii_digit()) || lex.numbers.contains_key(w)
                    })
            };
            // "launched missiles ... in retaliation for the US strikes on its nuclear sites":
            // what an act answers went before it, on no day the sentence gives.
            let answered = t.noun
                && (f.at.saturating_sub(BACKGROUND_WINDOW).max(ca)..f.at).any(|k| {
                    self.class_at(&lex.c.cause_of, k, f.at).is_some_and(|n| {
                        (k + n..f.at).all(|j| {
                            self.plain(j)
                                || self.part_at(j).is_some()
                                || self.demonym_at(j).is_some()
                        })
                    })
                });
            // "Pashinyan had a telephone conversation with Putin": "had" with the event noun
            // as its object is the verb of the clause in the simple past, not the auxiliary of
            // an earlier happening ("had spoken", "had had a call").
            let light_had = |k: usize| {
                self.words[k] == "had"
                    && t.noun
                    && (k == 0 || self.words[k - 1] != "had")
                    && (k + 1..f.at).all(|j| {
                        !self.words[j].ends_with("ed") && !self.in_class(&lex.c.participle, j)
                    })
            };
            // "Trump said on Saturday he had spoken by phone with ...": the past perfect of
            // reported words is their simple past, the news of the day they were said. ("he",
            // "she", "it", "they" or a name right before "had", and at most "that", a date and
            // that name after the verb of saying.)
            let reported_had = |k: usize| {
                self.words[k] == "had"
                    && k > ca
                    && (self.in_class(&lex.c.pronoun, k - 1)
                        || matches!(self.words[k - 1], "it" | "they" | "both")
                        || self.part_at(k - 1).is_some_and(|p| p.label == "PER"))
                    && (k.saturating_sub(SAY_REACH + 2).max(ca)..k - 1).rev().any(|j| {
                        self.in_class(&lex.c.say, j)
                            && (j + 1..k - 1).all(|x| {
                                matches!(self.words[x], "that" | "on" | "late" | "early")
                                    || self.in_timex(self.toks[x].start)
                                    || self
                                        .part_at(k - 1)
                                        .is_some_and(|p| p.span.start <= self.toks[x].start)
                            })
                    })
                    // ("The ministry said 270 soldiers and 120 civilians had been returned": a
                    // counted group as the reported clause's subject.)
                    || self.words[k] == "had" && k > ca && {
                        let opened = (k.saturating_sub(SAY_REACH + 6).max(ca)..k).rev().find(|&j| {
                            self.in_class(&lex.c.say, j)
                        });
                        opened.is_some_and(|j| {
                            let first = if self.words.get(j + 1) == Some(&"that") { j + 2 } else { j + 1 };
                            first < k
                                && parse_count(self.words[first]).is_some()
                                && (first..k).all(|x| {
                                    let w = self.words[x];
                                    w == "and"
                                        || parse_count(w).is_some()
                                        || w.chars().all(|c| c.is_ascii_lowercase())
                                })
                        })
                    }
            };
            // ("discussed Iran after U.S. and Israeli strikes on Iranian sites last month, and
            // agreed to coordinate": a day told right after a noun of another happening before
            // the verb, then "and" (or ", and"), is that one's: it neither dates the verb nor sets it in the past.)
            let date_from = (!t.noun)
                .then(|| {
                    let g = found
                        .iter()
                        .filter(|g| {
                            g.at < f.at && g.trigger.noun && !same_happening(g.trigger.kind, t.kind)
                        })
                        .max_by_key(|g| g.at)?;
                    let (s, e) = (self.toks[g.end].start, self.toks[f.at].start);
                    let x = self.timexes_from(s, e).last()?;
                    let after = self.tok_at(x.end);
                    let and = match self.words.get(after) {
                        Some(&"and") => true,
                        Some(&",") => self.words.get(after + 1) == Some(&"and"),
                        _ => false,
                    };
                    and.then_some(after.max(ca))
                })
                .flatten()
                .unwrap_or(ca);
            let window = f.at.saturating_sub(BACKGROUND_WINDOW).max(date_from)..f.at;
            // ('"... the understanding arrived at earlier this evening," Misri told a briefing':
            // a word inside the quoted words is theirs, not the telling's.)
            // ("Trump, who landed in Israel hours earlier, told the Knesset ...": a relative
            // clause set off by commas before the trigger tells of its own happening.)
            let aside = |k: usize| {
                let open = (ca..k).rev().find(|&j| self.words[j] == ",");
                open.is_some_and(|j| matches!(self.words.get(j + 1), Some(&("who" | "which"))))
                    && (k + 1..f.at).any(|j| self.words[j] == ",")
            };
            let earlier_word = |k: usize| {
                self.in_class(&lex.c.background, k)
                    && !self.in_news_day(self.toks[k].start)
                    && lex.c.news_day.at(&self.words[k + 1..]).is_none()
                    && !counted(k)
                    && !light_had(k)
                    && !self.in_direct_quote(self.toks[k].start)
                    && !aside(k)
            };
            // (Reported words that give a day of their own, "he had met Putin in 2019", tell of
            // that day: see `reported` below.)
            let reported = window.clone().any(|k| earlier_word(k) && reported_had(k));
            // "Zelenskiy on Thursday welcomed the U.S. sanctions on Rosneft": what a reaction
            // is to was told before it; the day is the reaction's.
            let reacted = definite && {
                let reaction = &lex.c.reaction;
                (f.at.saturating_sub(np_reach + 1).max(ca)..f.at)
                    .any(|k| self.in_class(reaction, k))
            };
            // "The exchange took place after months of secret talks": talks told as a long
            // stretch ("weeks of", "months of") led up to the news and are no day's news.
            let stretch = t.noun
                && (f.at.saturating_sub(STRETCH_REACH).max(ca)..f.at).any(|k| {
                    self.in_class(&lex.c.long_stretch, k) && self.words.get(k + 1) == Some(&"of")
                });
            // "who led technical talks in previous rounds": told of earlier occasions after it.
            let in_earlier = (f.end..(f.end + 3).min(cb)).any(|k| {
                self.words[k] == "in"
                    && self.words.get(k + 1).is_some_and(|w| lex.c.background.has(w) && *w != "had")
            });
            // "Trump ordered a halt to all deliveries on March 3 following his angry meeting
            // with Zelensky": a noun after "after" or "following", past another happening of its
            // sentence with a date of its own, was before that one: background, not the day's
            // news (nor the same happening as one told before).
            let before_dated = t.noun && {
                let after = (f.at.saturating_sub(4).max(ca)..f.at)
                    .rev()
                    .find(|&k| matches!(self.words[k], "after" | "following"))
                    .filter(|&k| (k + 1..f.at).all(|x| self.plain(x)));
                // ("The two agreed on Tuesday ..., Rubio said after talks with Lavrov": a
                // verb of saying between tells of the talks on its day; they were the occasion.)
                let said = |k: usize| {
                    (k.saturating_sub(3).max(ca)..k).any(|j| self.in_class(&lex.c.say, j))
                };
                after.filter(|&k| !said(k)).is_some_and(|k| {
                    let at = self.toks[k].start;
                    touched.iter().any(|&o| {
                        let o = &self.events[o];
                        o.mentions.iter().any(|m| m.end <= at && m.start >= sent.start)
                            && !o.background
                            && !o.derived
                            && o.date_source == Some("text")
                            && o.date_span.is_some_and(|d| d.start >= sent.start)
                            // (Not the news of the days before publication: "signed the treaty
                            // on Thursday after talks" were that day's.)
                            && o.date.as_deref().is_some_and(|d| {
                                self.doc.meta.published.as_deref().is_some_and(|p| !near_news(d, p))
                            })
                    })
                })
            };
            let background = perfect
                || before_dated
                || timed_sub
                || days_before
                || answered
                || reacted
                || stretch
                || in_earlier
                || window.clone().any(|k| earlier_word(k) && !reported_had(k));
            let preceded_by_after = f.at > a
                && matches!(self.words[f.at - 1], "after" | "following")
                || f.at > a + 1
                    && matches!(self.words[f.at - 2], "after" | "following")
                    && self.in_class(&lex.c.definite, f.at - 1);
            // Participants.
            let zs = prev_end.max(ca);
            // "Hamas released three hostages in Gaza, and Israel freed 369 prisoners": a verb
            // after ", and" past another trigger of the sentence has its own clause's subject.
            let coordinated = (!t.noun && found.iter().any(|g| g.at < f.at))
                .then(|| {
                    (zs..f.at.saturating_sub(2))
                        .rev()
                        .find(|&k| self.words[k] == "," && self.in_class(&lex.c.coordinator, k + 1))
                })
                .flatten()
                .map(|k| k + 2);
            let zs_before_and = zs;
            let zs = coordinated.unwrap_or(zs);
            let (mut after_parts, after_end) = self.after_zone(f.end, cb, t);
            // ("The release followed a meeting in Minsk between Lukashenko and Kellogg": the
            // names past a later noun of another kind in the clause are that one's.)
            if t.noun {
                let later = found.iter().find(|g| {
                    g.at > f.at && g.at < cb && g.trigger.noun && g.trigger.kind != t.kind
                });
                if let Some(g) = later {
                    let at = self.toks[g.at].start;
                    after_parts.retain(|p| p.span.end <= at);
                }
            }
            // ("Putin has agreed to meet Zelensky": who is named after the verb of an infinitive
            // is what the subject agreed to do, not a second party to an agreement.)
            if t.two && !t.noun && self.words.get(f.end) == Some(&"to") {
                let verb = self.words.get(f.end + 1).is_some_and(|w| {
                    w.bytes().all(|c| c.is_ascii_lowercase())
                        && !lex.c.definite.has(w)
                        && !matches!(*w, "a" | "an")
                        && !lex.c.pact.has(w)
                });
                if verb {
                    after_parts.clear();
                }
            }
            // "during a visit by U.S. envoy Keith Kellogg": who comes is named after "by" (and
            // the people named before the noun are not its: "released X ... during a visit").
            let mut visit_by = false;
            if t.noun
                && after_parts.is_empty()
                && t.kind == "meeting"
                && self.words.get(f.end) == Some(&"by")
                && f.end + 1 < cb
            {
                let stop = (f.end + 1..cb).find(|&k| self.words[k] == ",").unwrap_or(cb);
                let by = self.parts_in(f.end + 1, stop);
                after_parts.extend(by.into_iter().filter(|p| p.label == "PER").take(2));
                visit_by = !after_parts.is_empty();
            }
            // "talks between the two countries' delegations": the last two states named.
            if t.noun && after_parts.is_empty() && self.words.get(f.end) == Some(&"between") {
                let k = f.end + 1 + usize::from(self.words.get(f.end + 1) == Some(&"the"));
                let counted = self.words.get(k).is_some_and(|w| matches!(*w, "two" | "both"));
                if counted && self.word_in(&lex.c.states, k + 1) {
                    let span = self.toks[k + 1];
                    let found = self.last_states(span.start, 2);
                    if found.len() == 2 {
                        after_parts.extend(found.into_iter().map(|p| Part { span, ..p }));
                    }
                }
            }
            // "talks in Jeddah between a Ukrainian team led by X, ..., and a U.S. team led by
            // Y": the states of the two sides.
            if after_parts.len() < 2 {
                if let Some(sides) = self.two_sides(f.end, cb) {
                    after_parts = sides;
                }
            }
            // ("Trump said Xi had invited him": whoever says so, for any verb.)
            if !after_parts.iter().any(|p| p.label == "PER") {
                after_parts.extend(self.object_pronoun_sayer(a, f.at, f.end));
            }
            // "called Nawrocki on Monday and invited him to visit Kyiv": the object pronoun
            // right after the trigger.
            if !after_parts.iter().any(|p| p.label == "PER") {
                after_parts.extend(self.object_pronoun(a, f.at, f.end));
            }
            // "Trump hosted the two leaders": the two people named together before (or the
            // last two whose titles say so), as the object of the verb.
            if !t.noun && after_parts.is_empty() && f.end + 2 < cb {
                let (det, two, noun) =
                    (self.words[f.end], self.words[f.end + 1], self.words[f.end + 2]);
                if det == "the"
                    && matches!(two, "two" | "both")
                    && (lex.c.parties.has(noun) || lex.c.officials.has(noun) && noun.ends_with('s'))
                {
                    let span = self.toks[f.end + 2];
                    let pos = self.toks[a].start;
                    let titled = self.last_titled(pos, 2, span, noun);
                    let pair = Some(titled)
                        .filter(|v| v.len() == 2)
                        .or_else(|| self.last_pair(pos, span))
                        .unwrap_or_default();
                    after_parts.extend(pair);
                }
            }
            let zone_before = prev_end;
            prev_end = after_end.max(f.end);
            let mut zone_start = zs;
            // "Putin disclosed that he had conveyed ...": the clause after "that" holds the actor.
            let mut reported_by: Option<Part<'a>> = None;
            if let Some(k) = (zs..f.at).rev().find(|&k| self.words[k] == "that") {
                let after_that = self.parts_in(k + 1, f.at);
                let pron = (k + 1..f.at).any(|j| self.in_class(&lex.c.pronoun, j));
                // ("noted that the two sides had held talks": a counted subject.)
                let counted = (k + 2..f.at).any(|j| {
                    self.in_class(&lex.c.parties, j)
                        && matches!(self.words[j - 1], "two" | "both")
                        && j + 1 < f.at
                });
                // ("said on Saturday that 11 Americans had been freed": a counted or determined
                // group opens the clause, for an act done to people.)
                let group = !t.noun && !single_actor(t.kind) && k + 1 < f.at && {
                    let w = self.words[k + 1];
                    lex.numbers.contains_key(w)
                        || w.starts_with(|c: char| c.is_ascii_digit())
                        || matches!(w, "the" | "those" | "these" | "all")
                };
                if !after_that.is_empty() || pron || counted || group {
                    zone_start = k + 1;
                }
            } else if !t.noun {
                // "Misri said the military chiefs of the two countries had spoken by phone": who
                // says so tells of the act; its subject follows the verb of saying. (For an act
                // of one, as "Ushakov said Putin condemned the strikes", a name there only.)
                let say = (zs..f.at).rev().find(|&k| self.in_class(&lex.c.say, k));
                let single = single_actor(t.kind);
                if let Some(k) = say.filter(|&k| (k + 1..f.at).all(|j| self.words[j] != ",")) {
                    let named = !self.parts_in(k + 1, f.at).is_empty();
                    let subject = named
                        || !single && (k + 1..f.at).any(|j| {
                            self.in_class(&lex.c.pronoun, j)
                                || self.in_class(&lex.c.parties, j)
                                || self.in_class(&lex.c.states, j)
                        })
                        // "but said five men had been freed", "said the prisoners were
                        // released": a counted or determined group opens the reported clause.
                        || !single && k + 1 < f.at && {
                            let w = self.words[k + 1];
                            lex.numbers.contains_key(w)
                                || w.starts_with(|c: char| c.is_ascii_digit())
                                || matches!(w, "the" | "those" | "these" | "all")
                        };
                    if subject {
                        reported_by =
                            self.parts_in(zs, k).into_iter().rev().find(|p| p.label != "LOC");
                        zone_start = k + 1;
                    }
                }
            } else if let Some(k) = self.reported_clause_before(zs, f.at) {
                // "Xi said the two teams had reached a consensus at talks in Kuala Lumpur": a
                // noun inside reported words that have their own subject and verb belongs to
                // that clause; who says so sat at it only if the clause says so. (Nor did he
                // brief on it: "said he would speak with Marsh after the talks".)
                zone_start = k + 1;
            }
            // "The leaders of Azerbaijan and Armenia met at the White House on Friday and
            // initialled a peace agreement": a verb right after "and", with no subject of its
            // own, shares the subject of the verb before it in the clause.
            // (", and later spoke with the Emir": past an adverb of what came after.)
            let later = &lex.c.later_apart;
            // (From before a ", and" that opened the zone: no subject follows it here.)
            let and_at = (zs_before_and.max(f.at.saturating_sub(3))..f.at)
                .rev()
                .find(|&k| !self.in_class(later, k));
            let and_at = and_at.filter(|&k| f.at - k <= 2 && self.words[k] == "and");
            let shared_subject = (!t.noun && f.at > zs_before_and)
                .then_some(and_at)
                .flatten()
                .and_then(|and| {
                    found.iter().rev().find(|g| {
                        !g.trigger.noun
                            && g.at < f.at
                            && g.at >= ca
                            // (", and agreed": a comma right before the "and" too.)
                            && (g.end..f.at).all(|k| self.words[k] != "," || k + 1 == and)
                    })
                })
                .map(|g| (self.clause(a, b, g.at).0, g.at));
            // "He later flew to Sharm el-Sheikh in Egypt, where he and Sisi co-chaired a
            // summit": a relative clause of place or time has its own subject; where he went is
            // no party.
            // ("nine hours of talks in Jeddah at which Kyiv agreed to ...": so is one opened by
            // a preposition and "which".)
            let zone_start = (zone_start..f.at)
                .rev()
                .find(|&k| {
                    k > a
                        && (self.words[k - 1] == "," && matches!(self.words[k], "where" | "when")
                            || self.words[k] == "which"
                                && matches!(self.words[k - 1], "at" | "in" | "during"))
                })
                .map_or(zone_start, |k| k + 1);
            let zone_start = reported_to.map_or(zone_start, |k| zone_start.max(k));
            let (zone_start, zone_end) = shared_subject.unwrap_or((zone_start, f.at));
            let (mut before_parts, mut briefers) = self.before_zone(zone_start, zone_end, a, b);
            let report_occasion = t.noun.then(|| self.occasion_after_report(ca, f.at)).flatten();
            if let Some((that, _)) = report_occasion {
                // (The subject of the saying, before "that", sat at it; the names of what was
                // said did not.)
                before_parts = self
                    .parts_in(ca, that)
                    .into_iter()
                    .filter(|p| p.label != "LOC")
                    .take(1)
                    .collect();
            }
            let before_parts_empty = before_parts.iter().all(|p| p.label == "LOC");
            // "Grenell brought six Americans home after meeting Maduro": an -ing form right
            // after "after" or "while" is done by the subject that opens the sentence.
            if !t.noun
                && f.at > a + 1
                && self.words[f.at].ends_with("ing")
                && before_parts.iter().all(|p| p.label == "LOC")
                && self.in_class(&lex.c.gerund_lead, f.at - 1)
            {
                let subject = self
                    .parts_in(a, f.at - 1)
                    .into_iter()
                    .find(|p| p.label != "LOC" && self.tok_at(p.span.start) <= a + 2);
                before_parts.extend(subject);
            }
            // "Putin and Trump met in Alaska on Monday, agreeing to ...": so is one right after
            // a comma, by all those the sentence opens with ("X and Y", "X, Y and Z").
            if !t.noun
                && f.at > a + 1
                && self.words[f.at].ends_with("ing")
                && self.words[f.at - 1] == ","
                && before_parts.iter().all(|p| p.label == "LOC")
            {
                let opening = self.parts_in(a, f.at - 1);
                let first = opening.first().filter(|p| self.tok_at(p.span.start) <= a + 1);
                if let Some(first) = first {
                    let mut group = vec![*first];
                    // (A title and its name are one: "U.S. President Donald Trump".)
                    for p in &opening[1..] {
                        let last = group[group.len() - 1];
                        let (from, to) = (self.tok_at(last.span.end), self.tok_at(p.span.start));
                        if p.name == last.name || from >= to {
                            group.push(*p);
                            continue;
                        }
                        if !(from..to).all(|k| matches!(self.words[k], "and" | ",")) {
                            break;
                        }
                        group.push(*p);
                    }
                    group.dedup_by(|x, y| x.name == y.name);
                    before_parts.retain(|p| !group.iter().any(|q| q.name == p.name));
                    before_parts.extend(group);
                } else {
                    // ("Russian and Ukrainian delegations met ..., agreeing": the states of
                    // two nationality words before a word for their envoys.)
                    // (Past a dateline: "ISTANBUL, June 2 (Wire) - Russian and ...".)
                    let k = self.past_dateline(a, f.at);
                    let k = k + usize::from(self.words[k] == "the");
                    let pair = (self.demonym_at(k), self.demonym_at(k + 2));
                    if let (Some(x), Some(y)) = pair {
                        let envoys = self
                            .words
                            .get(k + 3)
                            .is_some_and(|w| lex.c.parties.has(w) || lex.c.talks_parties.has(w));
                        if self.words[k + 1] == "and" && envoys && x.name != y.name {
                            before_parts.extend([x, y]);
                        }
                    }
                }
            }
            // "... to make sure that the second phase was negotiated": a passive's subject is
            // what was done.
            if !t.noun
                && lex.c.patient.has(t.kind)
                && f.at > ca
                && self.in_class(&lex.c.passive, f.at - 1)
            {
                before_parts.clear();
            }
            // "Trump said he hoped to speak with Putin this week and invited Zelensky": a verb
            // right after "and" shares the subject of its clause; the names between are what
            // the first verb spoke of. (Not for what two do together: "Putin met Trump and
            // agreed to ..." is agreed by both.)
            if !t.noun && !t.two && f.at > ca + 1 && self.words[f.at - 1] == "and" {
                let subject = self
                    .parts_in(ca, f.at)
                    .into_iter()
                    .find(|p| !self.in_sub(self.tok_at(p.span.start), f.at))
                    .filter(|p| {
                        // The clause's first words, before a verb: "The leaders of X and Y met
                        // ... and initialled" names no one subject.
                        let v = self.tok_at(p.span.end);
                        self.tok_at(p.span.start) == ca
                            && v + 1 < f.at
                            && self.plain(v)
                            && !matches!(self.words[v], "and" | "or")
                    });
                if let Some(s) = subject {
                    before_parts.retain(|p| p.name == s.name);
                }
            }
            briefers.extend(reported_by);
            // A noun that refers back ("the conversation") takes its people from "with X" or
            // "between X and Y" only: what comes before it is another clause's subject.
            // A noun's people stand before it only through a light verb ("X and Y held a
            // call", "took part in talks", "during a call with Z") or as its possessor
            // ("Volkov's call"); "Putin condemned the military operation" is not Putin's.
            // "The EU agreed new sanctions": for a decision (flag `decision`), the deciding verb
            // is a light verb too; "agreed with X that ... through negotiations" is not.
            // ("signed a declaration hours after the exchange of hostages": past "after" the
            // noun is another happening, not what the verb's subject held.)
            // ("Moscow had developed a certain immunity to Western sanctions": "had" before a
            // participle is an auxiliary, not the verb that holds the noun.)
            let auxiliary = |k: usize| {
                let next = (k + 1..f.at).find(|&j| !matches!(self.words[j], "\"" | "“" | "'"));
                matches!(self.words[k], "had" | "has" | "have" | "having")
                    && next.is_some_and(|j| {
                        let w = self.words[j];
                        (w.ends_with("ed") && w != "had") || lex.c.participle.has(w)
                    })
            };
            // ("Moscow had developed a certain immunity to Western sanctions": a noun that is
            // the object of "to" after another noun is that one's, not the clause's act.)
            let governed = t.noun && {
                let k = (f.at.saturating_sub(np_reach).max(zone_start)..f.at).rev().find(|&k| {
                    let w = self.words[k];
                    matches!(w, "to" | "despite")
                        || self.in_part(k)
                        || !w.chars().all(|c| c.is_alphabetic() || c == '-')
                });
                // (After a verb, "agreed to new sanctions", the noun is the verb's.)
                k.is_some_and(|k| {
                    matches!(self.words[k], "to" | "despite")
                        && k > zone_start
                        && self.plain(k - 1)
                        && !self.words[k - 1].ends_with("ed")
                        && !self.in_class(&lex.c.decide, k - 1)
                        && self.class_at(&lex.c.light, k - 1, f.at).is_none()
                })
            };
            // ("Putin apologised on Thursday in talks with Aliyev": the occasion of the act, a
            // verb or its day right before "in"; not "interested in talks".)
            let in_occasion = t.noun && f.at >= zone_start + 2 && self.words[f.at - 1] == "in" && {
                let k = f.at - 2;
                let w = self.words[k];
                self.in_timex(self.toks[k].start)
                    || lex.c.say.has(w)
                    || self.plain(k) && w.ends_with("ed") && w != "interested"
            };
            let light = !t.noun
                || report_occasion.is_some()
                || in_occasion
                || (single_actor(t.kind) && !governed)
                || !governed
                    && (zone_start..f.at).any(|k| {
                        self.class_at(&lex.c.light, k, f.at).is_some()
                            && !auxiliary(k)
                            && !(k + 1..f.at).any(|j| self.in_class(&lex.c.not_news_clause, j))
                    })
                || (t.decision && (zone_start..f.at).any(|k| self.in_class(&lex.c.decide, k)));
            // "his 50-minute phone call": the possessor is the person the pronoun stands for.
            let possessor = if t.noun && !single_actor(t.kind) {
                let from = f.at.saturating_sub(np_reach).max(zone_start);
                // "Trump's summit with Vladimir Putin": a person named before "'s" is its own.
                let named = (from..f.at).find_map(|k| {
                    if k == 0 || !matches!(self.words[k], "'s" | "’s") {
                        return None;
                    }
                    // ("the Indian leader's first visit": a description resolved to its person
                    // holds the "'s".)
                    let p = self.parts_in(zone_start, k + 1).pop()?;
                    let ends = p.span.end == self.toks[k].start || p.span.end == self.toks[k].end;
                    (p.label == "PER" && ends).then_some(p)
                });
                let pronoun = (from..f.at)
                    .find(|&k| matches!(self.words[k], "his" | "her"))
                    .and_then(|k| {
                        // Only a person named earlier in the same sentence ("Trump said that his
                        // call ..."); "after his conversation ..., the US president" points ahead.
                        // The clause's subject before its object: "Putin briefed Trump on his
                        // recent discussions" are Putin's.
                        // ("Trump spoke by phone with Zelenskiy ... after his summit with
                        // Putin": past the object of the act told before, the clause's subject.)
                        let object = |p: &Part| {
                            let j = self.tok_at(p.span.start);
                            j > 0 && matches!(self.words[j - 1], "with" | "to" | "by" | "for")
                        };
                        let first = |lo: usize, hi: usize| {
                            self.parts_in(lo, hi)
                                .into_iter()
                                .find(|p| !self.in_sub(self.tok_at(p.span.start), k))
                        };
                        let subject = match first(zone_start, k) {
                            Some(p) if !(p.label == "PER" && object(&p)) => {
                                Some(p).filter(|p| p.label == "PER")
                            }
                            _ if zone_start > ca => {
                                self.parts_in(ca, zone_start).into_iter().find(|q| {
                                    q.label == "PER"
                                        && !object(q)
                                        && !self.in_sub(self.tok_at(q.span.start), k)
                                })
                            }
                            _ => None,
                        };
                        subject
                            .or_else(|| self.antecedent(self.toks[k].start))
                            .filter(|p| p.span.start >= sent.start)
                            .map(|p| Part { span: self.toks[k], ..p })
                    })
                    // "India launched its strikes early on May 7": a state or body that acts owns
                    // the act "its" names, when it is the clause's subject before the noun ("Moscow
                    // was satisfied with its talks with Ukraine": a party of them).
                    // ("EU governments agreed their latest round of sanctions": bodies' too.)
                    .or_else(|| {
                        let k = (from..f.at).find(|&k| matches!(self.words[k], "its" | "their"))?;
                        // (Within the innermost clause "its" stands in: "224 people were killed
                        // in Iran since Israel began its strikes" are Israel's.)
                        let lo = self
                            .subs
                            .iter()
                            .filter(|&&(s, e)| ca <= s && s < k && k < e)
                            .map(|&(s, _)| s)
                            .max()
                            .unwrap_or(ca);
                        // ("met in Istanbul for their first talks": not a place where, for
                        // "their"; only the bodies that are the clause's subject.)
                        let theirs = self.words[k] == "their";
                        let placed = |p: &Part| {
                            let j = self.tok_at(p.span.start);
                            j > 0 && matches!(self.words[j - 1], "in" | "at" | "on" | "to" | "from")
                        };
                        let parts = self.parts_in(lo, k);
                        parts
                            .iter()
                            .enumerate()
                            .find(|(n, p)| {
                                p.label != "PER"
                                    && !self.in_sub(self.tok_at(p.span.start), k)
                                    && !(theirs && (*n > 0 || placed(p)))
                            })
                            .map(|(_, p)| Part { span: self.toks[k], ..*p })
                    });
                named.or(pronoun)
            } else {
                None
            };
            // "X and Y agreed ..., in their first telephone conversation": "their" stands for
            // the people of the sentence before the noun (two at least), or, opening the
            // sentence ("Two days after their first call, X and Y ..."), those after it.
            // ("Iran and the United States held their first round of talks": states and bodies
            // too, where no person stands before it; past a partitive, as far as it reaches.)
            let their_at = (f.at.saturating_sub(np_reach).max(zone_start)..f.at)
                .find(|&k| self.words[k] == "their");
            let theirs: Vec<Part<'a>> = if let Some(their) =
                their_at.filter(|_| t.noun && !single_actor(t.kind))
            {
                let named = |x: usize, y: usize, person: bool| -> Vec<Part<'a>> {
                    self.parts_in(x, y)
                        .into_iter()
                        .filter(|p| {
                            (p.label == "PER") == person
                                && !self.in_sub(self.tok_at(p.span.start), y)
                        })
                        .collect()
                };
                // ("Lutnick said ... the consensus reached by Trump and Xi during their phone
                // call": within the words reported, when two people are named there.)
                let inner = named(zone_start, f.at, true);
                let before = if inner.len() >= 2 { inner } else { named(a, f.at, true) };
                let bodies = || {
                    // (Within the clause of "their": "Britain said ..., hours after EU
                    // governments agreed their latest round of sanctions" are the EU's.)
                    let lo = (zone_start..their)
                        .rev()
                        .find(|&k| {
                            let w = self.words[k];
                            matches!(w, "," | ";" | "after" | "before" | "following")
                                || lex.c.subordinate.has(w)
                                || lex.c.say.has(w)
                        })
                        .map_or(zone_start, |k| k + 1);
                    // ("Russia and Ukraine agreed on Friday ..., at their first talks": a phrase
                    // of setting set off by a comma belongs to the clause before it, back to
                    // the sentence's start, whose subject may be nationality words.)
                    let setting = lo > a + 1
                        && lo + 1 == their
                        && self.words[lo - 1] == ","
                        && matches!(self.words[lo], "at" | "during");
                    let lo = match setting {
                        true => (a..lo - 1)
                            .rev()
                            .find(|&k| self.words[k] == ";" || self.in_class(&lex.c.say, k))
                            .map_or(a, |k| k + 1),
                        false => lo,
                    };
                    let mut v = named(lo, their, false);
                    v.retain(|p| {
                        let j = self.tok_at(p.span.start);
                        !(j > a && matches!(self.words[j - 1], "in" | "at" | "on" | "to" | "from"))
                    });
                    if setting && v.len() < 2 {
                        let (s, e) = (self.toks[lo].start, self.toks[their].start);
                        let d = self.demonyms.partition_point(|p| p.span.start < s);
                        for p in self.demonyms[d..].iter().take_while(|p| p.span.end <= e) {
                            if !v.iter().any(|q| q.name == p.name) {
                                v.push(*p);
                            }
                        }
                    }
                    v
                };
                if before.len() >= 2 {
                    before
                } else if before.is_empty() {
                    let bodies = bodies();
                    if bodies.len() >= 2 {
                        bodies
                    } else if their <= a + THEIR_OPENING {
                        named(f.end, b, true)
                    } else {
                        // ("The two presidents had agreed ... during their call last Thursday,
                        // which Orban welcomed": mid-sentence, those after it are others; "their"
                        // is the subject's, "the two presidents" named before.)
                        self.the_two_at(a, their).unwrap_or_default()
                    }
                } else {
                    Vec::new()
                }
            } else {
                Vec::new()
            };
            // "X and Y took part in the talks", the article's first word of them: with nothing
            // told before to refer to, the noun takes two people of its clause as an
            // indefinite one does ("Envoys met in Muscat" names no one: the people come from
            // here). One person ("Reyes has led the talks") may have led them for others.
            let told_before = definite
                && self
                    .events
                    .iter()
                    .any(|e| !e.derived && !e.parts.is_empty() && same_happening(e.kind, t.kind));
            let two_before = before_parts.iter().filter(|p| p.label == "PER").count() >= 2;
            // ("Lukashenko ordered the release of 14 prisoners", "Belarus completed the
            // release": an act done to others, told first with "the" after a light verb, is the
            // subject's.)
            let agent_light = light && t.agent && !told_before && possessor.is_none();
            if definite
                && t.noun
                && !agent_light
                && (told_before || !two_before || possessor.is_some() || !theirs.is_empty())
            {
                // ("The NATO summit": the body named right before a sitting is whose it is.)
                let body = before_parts.iter().copied().find(|p| {
                    !told_before
                        && p.label == "ORG"
                        && lex.c.sitting.has(t.kind)
                        && self.tok_at(p.span.end) == f.at
                });
                before_parts.clear();
                before_parts.extend(possessor);
                before_parts.extend(body);
                for p in theirs {
                    if !before_parts.iter().any(|q| q.name == p.name) {
                        before_parts.push(p);
                    }
                }
            } else if !light {
                // ("The Xi-Trump meeting": both of a pair joined by a hyphen before it.)
                let paired = |k: usize| {
                    self.words.get(k) == Some(&"-")
                        && self.part_at(k + 1).is_some_and(|q| self.tok_at(q.span.end) == f.at)
                };
                before_parts.retain(|p| {
                    let k = self.tok_at(p.span.end);
                    k == f.at
                        || paired(k)
                        || (matches!(self.words.get(k).copied(), Some("'s" | "’s" | "'"))
                            && k + 3 >= f.at)
                });
                before_parts.extend(possessor);
            } else {
                // The subject may stand before an earlier trigger of the sentence, or be a
                // pronoun ("he had conveyed ... during a recent phone conversation with X"; "he
                // had briefed Trump by phone", before the person named).
                let first_person = before_parts
                    .iter()
                    .filter(|p| p.label == "PER")
                    .map(|p| self.tok_at(p.span.start))
                    .min();
                // (", and Norway released ...": a clause with its own subject.)
                let from = if zone_start > zs || coordinated.is_some() { zone_start } else { ca };
                let subject = (from..first_person.unwrap_or(f.at))
                    .filter(|&j| !self.in_sub(j, f.at))
                    .find_map(|j| {
                        if self.in_class(&lex.c.pronoun, j) {
                            self.antecedent(self.toks[j].start)
                                .map(|p| Part { span: self.toks[j], ..p })
                        } else if first_person.is_none() {
                            self.part_at(j).filter(|p| p.label == "PER")
                        } else {
                            None
                        }
                    })
                    .filter(|p| !before_parts.iter().any(|q| q.name == p.name));
                if let Some(p) = subject {
                    before_parts.insert(0, p);
                }
                // "sat down on Sunday at Trump's resort on the Ayrshire coast for talks": a place
                // after "at", "in" or "on" is where, not who.
                before_parts.retain(|p| {
                    let k = self.tok_at(p.span.start);
                    p.label != "LOC"
                        || !(k.saturating_sub(2).max(zone_start)..k)
                            .any(|j| matches!(self.words[j], "at" | "in" | "on"))
                });
            }
            // "a heated Oval Office meeting between Trump and Zelensky": a name of a building or
            // room right before a sitting's noun says where it was held, not who sat.
            let mut venue: Option<&'a str> = None;
            if t.noun && lex.c.sitting.has(t.kind) {
                let venues = &lex.c.venue;
                before_parts.retain(|p| {
                    let modifier = p.label != "PER" && self.tok_at(p.span.end) == f.at;
                    let last = self.text(self.tok_at(p.span.start), f.at);
                    let last = last.rsplit(' ').next().unwrap_or("").to_lowercase();
                    let is_venue = modifier && venues.has(last.as_str());
                    if is_venue {
                        venue = Some(p.name);
                    }
                    !is_venue
                });
            }
            // "Xi invited Trump to visit China during a phone call on Thursday": a call or
            // meeting the clause's act took place in, with nobody after it, is between the
            // people of that clause (its subject and its object), not the places named there.
            // ("spoke with Lutnick by video conference": the way a call went.)
            let within =
                |w: &str| matches!(w, "during" | "in") || (w == "by" && t.kind == "phone_call");
            let during = t.noun
                && !definite
                && !single_actor(t.kind)
                && (f.at.saturating_sub(3).max(ca)..f.at)
                    .rev()
                    .take_while(|&k| self.plain(k) || within(self.words[k]))
                    .any(|k| within(self.words[k]))
                && !after_parts.iter().any(|p| p.label == "PER");
            if during {
                let people: Vec<Part<'a>> = self
                    .parts_in(ca, f.at)
                    .into_iter()
                    .filter(|p| {
                        p.label == "PER"
                            && !self.in_sub(self.tok_at(p.span.start), f.at)
                            && !self.in_direct_quote(p.span.start)
                    })
                    .collect();
                // Two people at least ("German Chancellor Olaf Scholz" is one, named twice).
                if people.iter().any(|p| p.name != people[0].name) {
                    before_parts = people;
                }
            }
            let mut parts: Vec<Part<'a>>;
            let mut sides = false;
            let mut topics: Vec<String> = Vec::new();
            if single_actor(t.kind) {
                let by = t.words.last() == Some(&"by");
                // Where the quotes stage attributed these words, its speaker (it resolves
                // pronouns and descriptions) is the actor.
                let quoted = self.quote_speaker_at(span);
                // "..., with the Turkish leader repeating his offer to mediate": the subject of
                // the participle that "with" opens, before the trigger in its clause.
                let with_doer = (ca..f.at).rev().find_map(|k| {
                    if self.words[k] != "with" {
                        return None;
                    }
                    let p = self.part_at(k + 1).or_else(|| {
                        (self.words.get(k + 1) == Some(&"the")).then(|| self.part_at(k + 2))?
                    })?;
                    let e = self.tok_at(p.span.end);
                    let doing = e < f.at
                        && self.words.get(e).is_some_and(|w| w.len() > 4 && w.ends_with("ing"));
                    (doing && p.label != "LOC").then_some(p)
                });
                let actor = if let Some(q) = quoted {
                    Some(q)
                } else if let Some(p) = with_doer {
                    Some(p)
                } else if by {
                    after_parts.iter().find(|p| p.label != "LOC").copied()
                } else {
                    before_parts.iter().find(|p| p.label != "LOC").copied()
                }
                .or_else(|| {
                    let from = reported_to.map_or(ca, |k| ca.max(k));
                    self.parts_in(from, f.at).into_iter().find(|p| {
                        p.label != "LOC"
                            && !briefers.iter().any(|b| b.span == p.span)
                            && !self.in_sub(self.tok_at(p.span.start), f.at)
                    })
                })
                // "In a televised address on Saturday night, Sharif thanked ...": the speaker of
                // an opening phrase is the subject after its comma.
                .or_else(|| {
                    let opening = t.words.first() == Some(&"in") && f.at <= a + 1;
                    let comma = (f.end..b).find(|&k| self.words[k] == ",").filter(|_| opening)?;
                    // ("..., he called the operation ...": whom the pronoun stands for.)
                    if self.word_in(&lex.c.pronoun, comma + 1) {
                        return self
                            .antecedent(self.toks[comma + 1].start)
                            .map(|p| Part { span: self.toks[comma + 1], ..p });
                    }
                    self.part_at(comma + 1).filter(|p| p.label != "LOC")
                })
                // "Qatar offered to mediate", "Turkey is ready to host talks": a state, when no
                // one else is named before the words (a statement needs a speaker: "In Ukraine,
                // officials said" is none of Ukraine's).
                .or_else(|| {
                    let lang = dossier_resolve::lang::lang();
                    before_parts.iter().copied().find(|p| {
                        t.kind == "offer_mediation"
                            && p.label == "LOC"
                            && lang.country_named(p.name).is_some()
                            && !briefers.iter().any(|b| b.span == p.span)
                    })
                });
                parts = actor.into_iter().collect();
                if !by {
                    // "told reporters aboard Air Force One": where it was said is no topic.
                    // ("told the Knesset that ...": whom it was told to is none either.)
                    let placed = |p: &&Part| {
                        let k = self.tok_at(p.span.start);
                        let told_to = t.obj_org
                            && (k == f.end || k == f.end + 1 && self.words[f.end] == "the");
                        told_to
                            || k > 0 && matches!(self.words[k - 1], "aboard" | "in" | "at" | "from")
                    };
                    topics.extend(
                        after_parts.iter().filter(|p| !placed(p)).map(|p| p.name.to_string()),
                    );
                }
            } else {
                // "Moscow said it had struck ...": a capital acting is its country (a capital
                // after the trigger is where it happened or what was hit, and stays).
                // ("On the flight back to Washington, Trump spoke by phone with ...": a capital
                // after a word of direction is a city gone to; see `finish`.)
                let placed = |p: &Part| {
                    let k = self.tok_at(p.span.start);
                    k > 0 && self.in_class(&lex.c.place_before, k - 1)
                };
                for p in &mut before_parts {
                    if p.label == "LOC" && !placed(p) {
                        if let Some(c) = dossier_resolve::lang::lang().country_of_metonym(p.name) {
                            p.name = c;
                        }
                    }
                }
                // ("new sanctions on Moscow", "aid to Kyiv": what is sanctioned or denied aid
                // is the state, never the city.)
                if matches!(t.kind, "sanctions" | "aid_suspension") {
                    for p in &mut after_parts {
                        if p.label == "LOC" {
                            if let Some(c) =
                                dossier_resolve::lang::lang().country_of_metonym(p.name)
                            {
                                p.name = c;
                            }
                        }
                    }
                }
                // "Volkov said after three hours of talks with Marsh", "Fico lifted his veto
                // after talks with ...": who acts after the talks held them.
                if t.noun && !definite && !after_parts.is_empty() {
                    let held = self
                        .speaker_after(a, f.at)
                        .or_else(|| self.opening_subject(a, f.at))
                        .or_else(|| self.sayer_before_after(a, f.at));
                    if let Some(p) = held {
                        if !before_parts.iter().chain(&after_parts).any(|q| q.name == p.name) {
                            before_parts.push(p);
                        }
                    }
                }
                // "Vucic said on Tuesday that nearly four hours of talks with Kurti ... had been
                // tense": who tells of their talks with someone held them.
                if t.noun && !definite && self.words.get(f.end) == Some(&"with") {
                    if let Some(p) = self.sayer_before(a, f.at) {
                        if !before_parts.iter().chain(&after_parts).any(|q| q.name == p.name) {
                            before_parts.push(p);
                        }
                    }
                }
                // "X's army chief called his Indian counterpart": the states of the people who
                // stand for them.
                let counterpart = after_parts.iter().any(|p| {
                    let k = self.tok_at(p.span.start);
                    p.label != "PER" && self.word_in(&lex.c.counterpart, k + 1)
                });
                sides |= counterpart;
                // "the Pakistani director general of military operations had called his Indian
                // counterpart": the state of the nationality word of whose counterpart it is.
                if counterpart && before_parts.is_empty() {
                    before_parts.extend((zone_start..f.at).find_map(|k| self.demonym_at(k)));
                }
                // "the exchange, mediated by Turkey, came after months of talks between U.S. and
                // Russian intelligence services": "between" names every side.
                if t.noun && self.words.get(f.end) == Some(&"between") && after_parts.len() >= 2 {
                    before_parts.clear();
                }
                // "NATO leaders agreed ..., a target pushed by Trump, at a summit": a name inside
                // an apposition set off by commas before a noun ("a" or "the" and what it
                // describes, no verb of saying) is not the noun's party.
                if t.noun {
                    let commas: Vec<usize> =
                        (zone_start..f.at).filter(|&k| self.words[k] == ",").collect();
                    let aside = |s: usize, e: usize| {
                        let open = commas.iter().rev().find(|&&c| c < s);
                        let close = commas.iter().find(|&&c| c >= e);
                        open.zip(close).is_some_and(|(&o, &c)| {
                            matches!(self.words.get(o + 1).copied(), Some("a" | "an" | "the"))
                                && !(o + 1..c).any(|k| self.in_class(&lex.c.say, k))
                        })
                    };
                    before_parts
                        .retain(|p| !aside(self.tok_at(p.span.start), self.tok_at(p.span.end)));
                }
                // "The meeting followed a phone call between Trump and Putin": who is named in
                // the list of a later noun of the sentence ("between" or "with" after it) is
                // that one's party, not this noun's.
                if t.noun {
                    let listed = found
                        .iter()
                        .filter(|g| g.at >= f.end && g.trigger.noun)
                        .filter(|g| {
                            matches!(self.words.get(g.end).copied(), Some("between" | "with"))
                        })
                        .map(|g| g.end)
                        .min();
                    if let Some(from) = listed {
                        after_parts.retain(|p| self.tok_at(p.span.start) < from);
                    }
                }
                // ("The two leaders discussed Iran after U.S. and Israeli strikes on Iranian
                // sites": states named right before a noun, in a chain of names and "and",
                // are whose act it is; the clause's subject is not.)
                let state_premod =
                    t.noun && !definite && f.at > zone_start && self.demonym_at(f.at - 1).is_some();
                if state_premod {
                    let mut k = f.at - 1;
                    while k > zone_start {
                        let j = k - 1;
                        let named = self.demonym_at(j).is_some()
                            || self.part_at(j).is_some_and(|p| p.label != "PER");
                        if !(named || matches!(self.words[j], "and" | ",")) {
                            break;
                        }
                        k = j;
                    }
                    let from = self.toks[k].start;
                    before_parts.retain(|p| p.span.start >= from && p.label != "PER");
                    for p in self.parts_in(k, f.at) {
                        if p.label != "PER" && !before_parts.iter().any(|q| q.name == p.name) {
                            before_parts.push(p);
                        }
                    }
                }
                if visit_by {
                    before_parts.retain(|p| p.label != "PER");
                }
                parts = before_parts;
                parts.extend(after_parts);
                // "146 Russian servicemen have been returned": with no one named, the state
                // of those freed, told by their nationality word before the verb.
                if t.kind == "prisoner_release" && parts.is_empty() && !t.noun {
                    let returnee = &lex.c.returnee;
                    let state = (zone_start..f.at).find_map(|k| {
                        let p = self.demonym_at(k)?;
                        let j = self.tok_at(p.span.end);
                        (j..(j + 2).min(f.at)).any(|x| self.in_class(returnee, x)).then_some(p)
                    });
                    parts.extend(state);
                }
                // "residents of the Kursk region who had been held in Ukraine were returned
                // home": a place naming a region, town or city is where those freed come from,
                // not a side of the release.
                if t.kind.starts_with("prisoner_") {
                    parts.retain(|p| {
                        p.label != "LOC"
                            || !self
                                .words
                                .get(self.tok_at(p.span.end))
                                .is_some_and(|w| lex.c.place_of.has(w))
                    });
                }
                // "attacked the Black Sea port of Odesa": a place right before a noun of a kind
                // of place and "of" tells where that place lies; what was struck is named after.
                if t.kind == "military_strike" {
                    parts.retain(|p| {
                        let j = self.tok_at(p.span.end);
                        p.label != "LOC"
                            || !(self.word_in(&lex.c.place_of, j)
                                && self.words.get(j + 1) == Some(&"of"))
                    });
                }
                // "The two leaders spoke by phone": the last two people named before ("...,
                // before the two leaders met Zelensky": before those words, in the sentence too).
                // ("Modi and Xi agreed on Sunday to be partners, as the two leaders met": "the
                // two leaders" right before the verb are its subject, and the names before them
                // are whom they count, not a subject of their own.)
                let counted_subject = f.at >= a + 3
                    && self.words[f.at - 3] == "the"
                    && matches!(self.words[f.at - 2], "two" | "three")
                    && (self.in_class(&lex.c.parties, f.at - 1)
                        || self.in_class(&lex.c.counted_people, f.at - 1));
                if counted_subject && !t.noun {
                    let at = self.toks[f.at - 3].start;
                    parts.retain(|p| p.label != "PER" || p.span.end > at);
                }
                let people_before =
                    parts.iter().any(|p| p.label == "PER" && p.span.end <= span.start);
                if !people_before {
                    // (Not for an agreement: "the two sides agreed" after a paragraph that named
                    // others is not theirs to guess.)
                    // ("The two ministers later met Trump": officials counted as two too.)
                    // ("The three men met privately": three people, as many as the number
                    // says.)
                    let officials = &lex.c.officials;
                    let counted = |k: usize| match self.words[k.saturating_sub(1)] {
                        "two" | "both" => 2,
                        "three" => 3,
                        "four" => 4,
                        "five" => 5,
                        "six" => 6,
                        _ => 0,
                    };
                    let two = (zone_start..f.at).find(|&k| {
                        !t.two
                            && !state_premod
                            && (self.in_class(&lex.c.parties, k)
                                || self.in_class(&lex.c.counted_people, k)
                                || self.in_class(officials, k) && self.words[k].ends_with('s'))
                            && k > 0
                            && counted(k) > 0
                    });
                    let many = two.map_or(2, counted);
                    // "the military chiefs of the two countries": the last two states named.
                    let states = (zone_start..f.at).find(|&k| {
                        self.in_class(&lex.c.states, k)
                            && k > 0
                            && matches!(self.words[k - 1], "two" | "both")
                    });
                    if let Some(k) = states.filter(|_| two.is_none() && parts.is_empty()) {
                        let mut found = self.last_states(self.toks[k].start, 2);
                        if found.len() == 2 {
                            for p in &mut found {
                                p.span = self.toks[k];
                            }
                            parts.splice(0..0, found);
                            sides = true;
                        }
                    }
                    // "The top diplomats met in Riyadh for four and a half hours": a sentence
                    // that opens with such a plural, no number, tells of the people of the
                    // latest sitting of this kind (two at least).
                    let the_parties = (a + 1..(a + 3).min(f.at)).find(|&k| {
                        self.words[a] == "the"
                            && self.in_class(&lex.c.parties, k)
                            && self.words[k].ends_with('s')
                            && (a + 1..k).all(|j| self.plain(j))
                    });
                    // ("The parties agreed to exchange ...", after the talks of two states: what
                    // two do together, by the parties of the latest sitting.)
                    if let Some(k) = the_parties.filter(|_| two.is_none() && parts.is_empty()) {
                        // (One that names someone: "their first encounter since a heated Oval
                        // Office meeting in February" names no one.)
                        let latest = self.recent().rev().map(|x| &self.events[x]).find(|e| {
                            !e.derived
                                && !e.background
                                && !e.parts.is_empty()
                                && (same_happening(e.kind, t.kind)
                                    || t.two && lex.c.sitting.has(e.kind))
                        });
                        if let Some(e) = latest {
                            let mut people: Vec<Part<'a>> = Vec::new();
                            for p in e.parts.iter().filter(|p| p.label == "PER") {
                                if !people.iter().any(|q| q.name == p.name) {
                                    people.push(Part { span: self.toks[k], ..*p });
                                }
                            }
                            let states =
                                e.parts.len() >= 2 && e.parts.iter().all(|p| p.label != "PER");
                            if people.len() >= 2 {
                                parts.extend(people);
                            } else if states && t.two {
                                parts.extend(
                                    e.parts.iter().map(|p| Part { span: self.toks[k], ..*p }),
                                );
                                sides = true;
                            }
                        }
                    }
                    if let Some(k) = two {
                        let from = if parts.iter().any(|p| p.label == "PER") {
                            self.toks[k].start
                        } else {
                            self.toks[a].start
                        };
                        // "Erdogan told Zelensky in a phone call that Turkey would host a
                        // meeting between him and Putin. The two leaders spoke for nearly an
                        // hour": the people of the latest event of this kind, when it had two,
                        // rather than the last two names (one of them only spoken of).
                        // ("The leaders of Armenia and Azerbaijan agreed ... after talks. The
                        // two leaders last met in Prague": the two states of those talks, when
                        // they named no one.)
                        let latest = self.recent().rev().map(|x| &self.events[x]).find(|e| {
                            !e.derived && e.last < from && same_happening(e.kind, t.kind)
                        });
                        let told = latest.map(|e| {
                            let mut people: Vec<Part<'a>> = Vec::new();
                            for p in e.parts.iter().filter(|p| p.label == "PER") {
                                if !people.iter().any(|q| q.name == p.name) {
                                    people.push(Part { span: self.toks[k], ..*p });
                                }
                            }
                            people
                        });
                        let stood_for = latest
                            .filter(|e| {
                                e.parts.len() == many && e.parts.iter().all(|p| p.label != "PER")
                            })
                            .map(|e| e.parts.iter().map(|p| Part { span: self.toks[k], ..*p }));
                        let two = match (told.filter(|people| people.len() == many), stood_for) {
                            // ("The Chinese leader noted that the two sides had held talks in
                            // Geneva", after a call of Xi and Trump: sides, delegations and teams
                            // stand for the last two states named, unless an event of this very
                            // kind was told of before.)
                            _ if many == 2
                                && latest.is_none_or(|e| e.kind != t.kind)
                                && matches!(self.words[k], "delegations" | "sides" | "teams")
                                && self.sides_before(self.toks[k].start).len() == 2 =>
                            {
                                sides = true;
                                self.sides_before(self.toks[k].start)
                                    .into_iter()
                                    .map(|p| Part { span: self.toks[k], ..p })
                                    .collect()
                            }
                            (Some(people), _) => people,
                            (None, Some(states)) => {
                                sides = true;
                                states.collect()
                            }
                            // ("The two ministers": the last two people whose titles say so,
                            // past anyone else named since.)
                            // ("Xi watched the parade with Putin on Friday, a day after the two
                            // leaders held talks": as many people named before it in the
                            // sentence, past a comma, are the ones.)
                            (None, None)
                                if {
                                    let comma = (a..k).any(|j| self.words[j] == ",");
                                    let mut named: Vec<&str> = Vec::new();
                                    for p in self.parts_in(a, k).iter().filter(|p| p.label == "PER")
                                    {
                                        if !named.contains(&p.name) {
                                            named.push(p.name);
                                        }
                                    }
                                    (comma || counted_subject) && named.len() == many
                                } =>
                            {
                                let mut people: Vec<Part<'a>> = Vec::new();
                                for p in
                                    self.parts_in(a, k).into_iter().filter(|p| p.label == "PER")
                                {
                                    if !people.iter().any(|q| q.name == p.name) {
                                        people.push(Part { span: self.toks[k], ..p });
                                    }
                                }
                                people
                            }
                            (None, None) => {
                                let noun = self.words[k].strip_suffix('s').unwrap_or("");
                                let titled = (noun.len() > 2)
                                    .then(|| self.last_titled(from, many, self.toks[k], noun))
                                    .filter(|v| v.len() == many);
                                titled
                                    .or_else(|| {
                                        (many == 2)
                                            .then(|| self.last_pair(from, self.toks[k]))
                                            .flatten()
                                    })
                                    .unwrap_or_else(|| self.last_people(from, many, self.toks[k]))
                            }
                        };
                        // ("The two delegations met for more than four hours", after "the
                        // talks between Russian and U.S. officials": the last two states named,
                        // as the delegations stand for them.)
                        let delegations =
                            matches!(self.words[k], "delegations" | "sides" | "teams");
                        let two = if two.is_empty() && delegations && many == 2 {
                            let found = self.last_states(self.toks[k].start, 2);
                            if found.len() == 2 {
                                sides = true;
                            }
                            found.into_iter().map(|p| Part { span: self.toks[k], ..p }).collect()
                        } else {
                            two
                        };
                        let after: Vec<&str> = parts.iter().map(|p| p.name).collect();
                        if two.iter().all(|p| !after.contains(&p.name)) {
                            parts.splice(0..0, two);
                        }
                    }
                }
                // "Russian and Ukrainian delegations met": the countries of the nationality words
                // before a word for the parties.
                // "Delegations from Moscow and Kyiv met": the states named right after it.
                let talks = (t.kind == "negotiation" || t.states == Some("negotiation"))
                    .then_some(&lex.c.talks_parties);
                let party = (zone_start..f.at).find(|&k| {
                    self.in_class(&lex.c.parties, k) || talks.is_some_and(|c| self.in_class(c, k))
                });
                if let Some(k) = party {
                    // "The directors general of Pakistan and India", "the directors of military
                    // operations of both countries": the "of" or "from" that names whose they
                    // are, after a title's own plain words.
                    let of_at = |k: usize| {
                        let mut j = k + 1;
                        if self.words.get(j) == Some(&"general") {
                            j += 1;
                        }
                        let first = matches!(self.words.get(j).copied(), Some("from" | "of"));
                        let then = (j + 1..(j + 4).min(f.at))
                            .take_while(|&x| self.plain(x))
                            .find(|&x| self.words[x] == "of")
                            .filter(|&x| self.part_at(x + 1).is_some_and(|p| p.label != "PER"));
                        first.then(|| then.unwrap_or(j))
                    };
                    let of_word = of_at(k);
                    // ("U.S. and Chinese negotiators": a state's name among them; "Israeli and
                    // Hamas negotiators": a body's.)
                    let states_before = parts
                        .iter()
                        .filter(|p| p.span.end <= span.start)
                        .all(|p| p.label != "PER" && self.tok_at(p.span.end) <= k);
                    if states_before {
                        let mut found = Vec::new();
                        let mut j = k;
                        while j > zone_start {
                            j -= 1;
                            if let Some(p) = self.demonym_at(j) {
                                found.push(p);
                            } else if let Some(p) = self
                                .part_at(j)
                                .or_else(|| self.part_ending_at(j))
                                .filter(|p| p.label != "PER")
                            {
                                j = self.tok_at(p.span.start);
                                found.push(p);
                            } else if !matches!(self.words[j], "and" | ",") {
                                break;
                            }
                        }
                        found.reverse();
                        parts.retain(|p| !found.iter().any(|q| q.name == p.name));
                        sides = !found.is_empty();
                        parts.splice(0..0, found);
                    } else if of_word
                        .is_some_and(|j| self.part_at(j + 1).is_some_and(|p| p.label != "PER"))
                    {
                        sides = true;
                    }
                }
            }
            // "During the phone call, Marsh said ..." in an article that told no call before (nor
            // any event between people, which "the talks" could mean): the reference itself
            // tells the call, between the people the text gives it. Only after a word that says
            // it took place ("during", "after"), and not when it is yet to come ("the meeting
            // will take place").
            // (A sitting only: "signed a declaration hours after the exchange of hostages"
            // names no side of the exchange.)
            if definite
                && !single_actor(t.kind)
                && lex.c.sitting.has(t.kind)
                && !parts.iter().any(|p| p.label == "PER")
                && (day_owned
                    || (f.at.saturating_sub(WINDOW).max(ca)..f.at).any(|k| {
                        self.in_class(&lex.c.presuppose, k)
                            && (k + 1..f.at).any(|j| self.in_class(&lex.c.definite, j))
                    }))
                && !self.recent().any(|k| {
                    let e = &self.events[k];
                    !e.derived
                        && (same_happening(e.kind, t.kind)
                            || e.parts.iter().filter(|p| p.label == "PER").count() >= 2)
                })
                && !(f.end..(f.end + MODAL_AFTER).min(cb))
                    .any(|k| self.class_at(&lex.c.modal_aux, k, cb).is_some())
            {
                let people = self.presupposed(a, b, f.at, sent, &briefers);
                parts.splice(0..0, people);
            }
            // "Trump signed separate agreements with each country", "with both countries": the
            // last two states named before are parties with the ones named.
            let each = (f.end..(f.end + 6).min(cb)).find(|&k| {
                matches!(self.words[k], "each" | "both")
                    && self.words[k - 1] == "with"
                    && self.words.get(k + 1).is_some_and(|w| {
                        lex.c.states.has(w) || matches!(*w, "country" | "nation" | "state")
                    })
            });
            if let Some(k) = each.filter(|_| !matches!(t.kind, "statement" | "military_strike")) {
                // (Other than the clause's own: "The United States also signed ... with each
                // country" are two others.)
                let mut found = self.last_states(self.toks[k].start, 4);
                found.retain(|p| !parts.iter().any(|q| q.name == p.name));
                found.truncate(2);
                if found.len() == 2 {
                    for p in found {
                        if !parts.iter().any(|q| q.name == p.name) {
                            parts.push(Part { span: self.toks[k], ..p });
                        }
                    }
                }
            }
            // "300 soldiers were freed by each side": the last two states named.
            // ("390 people from each side were freed": the side inside the phrase.)
            if parts.is_empty() && t.words.iter().any(|w| matches!(*w, "side" | "sides")) {
                let found = self.last_states(span.start, 2);
                if found.len() == 2 {
                    parts.extend(found.into_iter().map(|p| Part { span, ..p }));
                    sides = true;
                }
            }
            // "a meeting on Friday in which Trump and Vance accused Zelensky of ...", "talks,
            // where he and Aliyev signed ...": with no one named for a sitting, the people of
            // the relative clause of place or time right after it sat at it.
            if t.noun
                && !definite
                && lex.c.sitting.has(t.kind)
                && !parts.iter().any(|p| p.label == "PER")
            {
                parts.extend(self.people_of_relative(f.end, cb));
            }
            let mut briefed = briefers;
            // "..., the Belarusian KGB said in a statement": who reports an event after the
            // words they report is its briefer, not a party to it.
            if !single_actor(t.kind) {
                let reporters = self.reporters(sent, span);
                parts.retain(|p| {
                    let reporter = reporters.iter().any(|r| r.contains(&p.span));
                    if reporter {
                        briefed.push(*p);
                    }
                    !reporter
                });
            }
            // "paused deliveries of interceptors and munitions to Ukraine": whom a supply was
            // for, past the words that say what it was, up to the clause's next comma.
            // (Not for a noun that refers back: "The pause covers weapons already on their way
            // to Poland" is the pause told before.)
            if lex.c.recipient.has(t.kind)
                && !definite
                && !parts.iter().any(|p| p.span.start >= span.end)
            {
                let to = (f.end..(f.end + RECIPIENT_REACH).min(cb))
                    .take_while(|&k| !matches!(self.words[k], "," | ";" | "—" | "–"))
                    .find(|&k| matches!(self.words[k], "to" | "for"))
                    .map(|k| k + usize::from(self.words.get(k + 1) == Some(&"the")) + 1)
                    // ("delivered 252 detainees to the Venezuelan authorities": the state of a
                    // nationality word.)
                    .and_then(|k| {
                        self.part_at(k).filter(|p| p.label != "PER").or_else(|| self.demonym_at(k))
                    });
                parts.extend(to);
            }
            // "Trump flew to Cairo on Monday for talks with el-Sisi": who travelled for a sitting
            // sat at it.
            // (Where they went is where it was held.)
            let mut went_to = None;
            if t.noun && matches!(t.kind, "meeting" | "negotiation") {
                if let Some((who, to)) = self.traveller(ca, f.at) {
                    if !parts.iter().any(|p| p.name == who.name) {
                        parts.insert(0, who);
                    }
                    if let Some(to) = to {
                        parts.retain(|p| p.span != to.span);
                        went_to = Some(to.name);
                    }
                }
            }
            // "blacklisted Russia's biggest oil producers, Rosneft and Lukoil, on Wednesday": the
            // names set after a comma are what the words stand for, beside the state owning
            // them, even where the comma closes the clause.
            if t.agent {
                // The names after the comma, when the words after the owner's "'s" end there.
                let named_after = |p: &Part| -> Vec<Part<'a>> {
                    let k = self.tok_at(p.span.end);
                    if p.label != "LOC" || !matches!(self.words.get(k), Some(&("'s" | "’s"))) {
                        return Vec::new();
                    }
                    let Some(c) = (k + 1..(k + 6).min(b)).find(|&j| self.words[j] == ",") else {
                        return Vec::new();
                    };
                    let end = (c + 1..b).find(|&j| self.words[j] == ",").unwrap_or(b);
                    let names = self.parts_in(c + 1, end);
                    let first = names.first().map(|q| self.tok_at(q.span.start));
                    match first == Some(c + 1) && names.iter().all(|q| q.label == "ORG") {
                        true => names,
                        false => Vec::new(),
                    }
                };
                let mut owned: Vec<(Span, Vec<Part<'a>>)> = Vec::new();
                for p in &parts {
                    let names = named_after(p);
                    if !names.is_empty() {
                        owned.push((p.span, names));
                    }
                }
                for (_, names) in owned {
                    for q in names {
                        if !parts.iter().any(|p| p.name == q.name) {
                            parts.push(q);
                        }
                    }
                }
            }
            // "The Indian Defence Ministry said its forces had hit ...": a national body after
            // a nationality word or a country's name acts for that state.
            if t.agent && t.kind == "military_strike" {
                let l = dossier_resolve::lang::lang();
                for p in &mut parts {
                    let k = self.tok_at(p.span.start);
                    if p.label != "ORG" || k == 0 || !l.is_national_body(p.name) {
                        continue;
                    }
                    let state = self.demonym_at(k - 1).map(|d| d.name).or_else(|| {
                        self.part_ending_at(k - 1)
                            .filter(|q| q.label == "LOC")
                            .and_then(|q| l.country_acting(q.name))
                    });
                    if let Some(c) = state {
                        p.name = c;
                        p.label = "LOC";
                    }
                }
            }
            dedup_parts(&mut parts);
            // "Lukashenko pardoned the prisoners": the subject of an active verb did it; "X was
            // freed", "those freed", "the release of X": X had it done.
            let mut agents: Vec<&'a str> = Vec::new();
            // "Russian forces launched a drone strike": a nationality word before a word of
            // armed forces, as the subject, is its country acting.
            // "A Russian Iskander missile struck": a name between a nationality word and a
            // word of armed forces names the weapon, and the country acts.
            if t.agent {
                let weapon = (ca + 1..f.at.saturating_sub(1)).find_map(|k| {
                    let p = self.part_at(k)?;
                    let after = self.tok_at(p.span.end);
                    (after < f.at
                        && self.in_class(&lex.c.forces, after)
                        && self.demonym_at(k - 1).is_some())
                    .then_some(p)
                });
                if let Some(w) = weapon {
                    parts.retain(|p| p.span != w.span);
                }
            }
            // "Pakistan's military said 40 civilians were killed in Indian strikes", "Ukraine
            // condemned the Russian strike on Kyiv": a nationality word right before the noun
            // (past plain lower-case words) names who struck, whoever else the clause names.
            let modifier = (t.agent && t.noun)
                .then(|| {
                    let from = f.at.saturating_sub(3).max(ca);
                    // ("the new US sanctions", "EU sanctions": a state's or a body's name too,
                    // ending right there.)
                    // (Inside the noun's phrase: no determiner between, as in "Peru said the
                    // strikes".)
                    let named = |k: usize| {
                        if (k + 1..f.at).any(|j| {
                            self.in_class(&lex.c.definite, j) || matches!(self.words[j], "a" | "an")
                        }) {
                            return None;
                        }
                        let p = self.part_ending_at(k).filter(|p| p.label != "PER")?;
                        if p.label == "ORG" {
                            return Some(p);
                        }
                        let state = dossier_resolve::lang::lang().country_named(p.name)?;
                        Some(Part { name: state, ..p })
                    };
                    // ("Israel's strike in Doha": a state's name before "'s" too, for the types
                    // of `possessor_types`.)
                    let possessor = lex.c.possessor_types.has(t.kind);
                    // (Not past a verb: in "Britain and the EU announced new sanctions" the EU
                    // is one of the subjects, not a word of the noun's phrase.)
                    let verb = |k: usize| {
                        let w = self.words[k];
                        (w.ends_with("ed") && w.len() > 4)
                            || lex.triggers.contains_key(w)
                            || self.in_class(&lex.c.light, k)
                            || self.in_class(&lex.c.finite_aux, k)
                            || self.in_class(&lex.c.say, k)
                    };
                    (from..f.at)
                        .rev()
                        .take_while(|&k| {
                            k + 1 == f.at
                                || self.plain(k + 1) && !verb(k + 1)
                                || possessor && matches!(self.words[k + 1], "'s" | "’s")
                        })
                        .find_map(|k| self.demonym_at(k).or_else(|| named(k)))
                })
                .flatten();
            // "Gulf leaders condemned Israel for its strike on Doha": "its" after "for" (or
            // "over") names the object of the verb before it, who did the act; the verb's
            // subject did not.
            let answered = (t.agent && t.noun && f.at >= ca + 3)
                .then(|| {
                    let (own, prep) = (self.words[f.at - 1], self.words[f.at - 2]);
                    if !matches!(own, "its" | "their") || !matches!(prep, "for" | "over") {
                        return None;
                    }
                    // (Past the day of the verb: "condemned Israel on Wednesday for its strike".)
                    let mut k = f.at - 3;
                    while k > ca
                        && (self.in_timex(self.toks[k].start)
                            || matches!(self.words[k], "on" | "late" | "early"))
                    {
                        k -= 1;
                    }
                    let p = self.part_ending_at(k).filter(|p| p.label != "PER")?;
                    let state = dossier_resolve::lang::lang().country_named(p.name);
                    Some(Part { name: state.unwrap_or(p.name), ..p })
                })
                .flatten();
            if let Some(m) = answered {
                parts.retain(|p| p.span.start >= span.start);
                parts.insert(0, m);
            } else if let Some(m) = modifier {
                if !parts.iter().any(|p| p.name == m.name) {
                    parts.insert(0, m);
                }
            } else if t.agent && !parts.iter().any(|p| p.span.end <= span.start) {
                let forces = (ca..f.at.saturating_sub(1))
                    .find(|&k| self.in_class(&lex.c.forces, k + 1))
                    .and_then(|k| {
                        // Past a word of the forces' name: "the Russian armed forces".
                        self.demonym_at(k)
                            .or_else(|| {
                                (k > ca && self.plain(k)).then(|| self.demonym_at(k - 1)).flatten()
                            })
                            // Past a weapon's name: "Russian Iskander missile".
                            .or_else(|| {
                                self.part_at(k)
                                    .or_else(|| k.checked_sub(1).and_then(|j| self.part_at(j)))?;
                                (k > ca).then(|| self.demonym_at(k - 1)).flatten()
                            })
                    });
                if let Some(p) = forces {
                    parts.insert(0, p);
                    // ("Russian and Belarusian forces": the state named before "and" too.)
                    let k = self.tok_at(p.span.start);
                    let also = (k >= ca + 2 && self.words[k - 1] == "and")
                        .then(|| self.demonym_at(k - 2))
                        .flatten()
                        .filter(|q| q.name != p.name);
                    if let Some(q) = also {
                        parts.insert(0, q);
                    }
                }
            }
            if t.agent {
                // "was detained but released", "the image released by": passive too.
                let coordinated = f.at > ca && matches!(self.words[f.at - 1], "and" | "but");
                // "Putin greeted eight Russians freed in the exchange": a participle right after
                // the people it tells of is theirs, not the clause subject's act.
                let reduced = !t.noun && f.at > ca && {
                    let w = self.words[f.at - 1];
                    lex.c.count_noun.has(w)
                        || w.strip_suffix('s').is_some_and(|one| {
                            dossier_resolve::lang::lang().country_of_demonym(one).is_some()
                        })
                };
                if reduced {
                    parts.retain(|p| p.span.start >= span.start);
                }
                // ("arrived together with the other released prisoners": a participle between
                // a determiner and the people it tells of is said of them, done by no one named.)
                let adjective = !t.noun
                    && f.at > ca
                    && (self.in_class(&lex.c.definite, f.at - 1)
                        || matches!(self.words[f.at - 1], "other" | "newly" | "recently"))
                    && self.word_in(&lex.c.count_noun, f.end);
                let passive = !t.noun
                    && (reduced
                        || adjective
                        || (f.at.saturating_sub(2).max(ca)..f.at)
                            .any(|k| self.in_class(&lex.c.passive, k))
                        || self.words.get(f.end).is_some_and(|w| *w == "by")
                        || coordinated
                            && (f.at.saturating_sub(PASSIVE_REACH).max(ca)..f.at)
                                .any(|k| self.in_class(&lex.c.passive, k)));
                if let Some(m) = modifier {
                    agents.push(m.name);
                    // ("U.S. and Israeli strikes": the state named before "and" did it too.)
                    let k = self.tok_at(m.span.start);
                    let also = (k >= ca + 2
                        && self.words[k - 1] == "and"
                        && self.demonym_at(k).is_some()
                        && self.tok_at(m.span.end) == f.at)
                        .then(|| {
                            self.demonym_at(k - 2)
                                .or_else(|| self.part_ending_at(k - 2).filter(|p| p.label != "PER"))
                        })
                        .flatten();
                    if let Some(p) = also.filter(|p| p.name != m.name) {
                        if !parts.iter().any(|q| q.name == p.name) {
                            parts.insert(0, p);
                        }
                        agents.insert(0, p.name);
                    }
                } else if !passive {
                    let before: Vec<&Part<'a>> = parts
                        .iter()
                        .filter(|p| p.span.end <= span.start && p.span.start >= self.toks[ca].start)
                        .collect();
                    // ("Putin told Trump ..., inviting him to Moscow": a participle set off by
                    // a comma is done by the clause's subject, those named first, not by whom
                    // the clause's verb was done to.)
                    let participle = !t.noun
                        && f.at > ca
                        && self.words[f.at - 1] == ","
                        && self.words[f.at].ends_with("ing");
                    // (Not a name inside a quotation opening the clause: "\"Next time in
                    // Moscow,\" Putin told Trump".)
                    let mut before = before;
                    if participle {
                        before.retain(|p| !self.in_direct_quote(p.span.start));
                    }
                    let subjects = match participle {
                        true => before
                            .iter()
                            .enumerate()
                            .take_while(|(i, p)| {
                                *i == 0 || {
                                    let (from, to) = (
                                        self.tok_at(before[i - 1].span.end),
                                        self.tok_at(p.span.start),
                                    );
                                    (from..to).all(|k| matches!(self.words[k], "and" | ","))
                                }
                            })
                            .count(),
                        false => before.len(),
                    };
                    agents.extend(before[..subjects].iter().map(|p| p.name));
                }
                // "the strike on Odesa by Russia", "sanctions by the EU": who the noun's "by"
                // names did it; a passive's too ("were released by Russia on Sunday").
                if (t.noun || passive) && agents.is_empty() {
                    let by = (f.end..(f.end + BY_REACH).min(cb))
                        .take_while(|&k| !matches!(self.words[k], "," | ";" | "—" | "–"))
                        .find(|&k| self.words[k] == "by")
                        .map(|k| k + usize::from(self.words.get(k + 1) == Some(&"the")) + 1)
                        .and_then(|k| self.part_at(k))
                        // ("released by Moscow": the state its capital stands for.)
                        .map(|p| match dossier_resolve::lang::lang().country_acting(p.name) {
                            Some(state) if p.label == "LOC" => Part { name: state, ..p },
                            _ => p,
                        });
                    if let Some(p) = by {
                        if !parts.iter().any(|q| q.name == p.name) {
                            parts.insert(0, p);
                        }
                        agents.push(p.name);
                    }
                }
            }
            // ("NATO leaders agreed ...": the members of one body agree among themselves.)
            let members = &lex.c.members;
            // ("EU foreign ministers": a word or two of their office between.)
            let body_of_members =
                parts.len() == 1 && parts[0].label == "ORG" && parts[0].span.end <= span.start && {
                    let k = self.tok_at(parts[0].span.end);
                    (k..(k + 3).min(f.at))
                        .take_while(|&j| self.plain(j))
                        .any(|j| self.in_class(members, j))
                };
            // ("NATO leaders met in The Hague": a body meets through its members, whom the
            // text does not name.)
            // ("The NATO summit in The Hague ended": the body whose sitting it was.)
            let body_sitting = t.noun
                && parts.len() == 1
                && parts[0].label == "ORG"
                && self.tok_at(parts[0].span.end) == f.at;
            sides |= (body_of_members || body_sitting) && lex.c.sitting.has(t.kind);
            let need_two = (t.two && !body_of_members)
                || t.pair.is_some_and(|c| {
                    let class = lex.class(c);
                    !(f.end..(f.end + FLAG_REACH).min(cb)).any(|k| self.in_class(class, k))
                });
            // Date: the nearest calendar date in the clause.
            // "an exchange agreed at talks in Istanbul last week": a date or place after a
            // trigger of another happening is that one's.
            // ("signed a declaration at a summit on Monday": what was done at an occasion
            // took place on its day.)
            let occasion = |g: &Found| {
                !t.noun
                    && g.trigger.noun
                    && matches!(g.trigger.kind, "meeting" | "negotiation")
                    && (g.at.saturating_sub(3).max(f.end)..g.at)
                        .any(|k| matches!(self.words[k], "at" | "during"))
                    && !(f.end..g.at).any(|k| self.words[k] == ",")
            };
            let own_end = found
                .iter()
                .filter(|g| g.at >= f.end && !same_happening(g.trigger.kind, t.kind))
                .filter(|g| !occasion(g))
                .map(|g| g.at)
                // ("met Trump on the sidelines of the summit on Monday": the sitting at whose
                // edge it happened ends nothing; its day is this one's.)
                .chain(unreal.iter().copied().filter(|&k| {
                    k >= f.end
                        && !(k.saturating_sub(5).max(f.end)..k)
                            .any(|j| self.in_class(&lex.c.edge_of, j) && self.words[j + 1] == "of")
                }))
                // "were a response to the killing of 26 people in April".
                .chain((f.end..cb).find(|&k| self.class_at(&lex.c.cause_of, k, cb).is_some()))
                .min()
                .map_or(cb, |o| o.min(cb));
            // "Midway through the talks, Bessent phoned Trump": what a sentence opening "during"
            // an event told before it tells happened at that event's time.
            let opening = (!t.noun)
                .then(|| self.class_at(&lex.c.during_lead, a, f.at))
                .flatten()
                .and_then(|n| (a + n..f.at).find(|&k| self.words[k] == ",").map(|c| (a + n, c)))
                .and_then(|(s, c)| {
                    let (s, c) = (self.toks[s].start, self.toks[c].start);
                    told.iter().find(|(sp, _)| s <= sp.start && sp.end <= c).map(|&(_, k)| k)
                });
            let at_that_time = meanwhile
                .then(|| {
                    told.iter().rev().map(|&(_, k)| k).find(|&k| self.events[k].date.is_some())
                })
                .flatten()
                .or(opening)
                .and_then(|k| {
                    let e = &self.events[k];
                    e.date.clone().map(|d| (Some(d), e.date_span, false))
                });
            // (Only where the clause gives no date of its own: "met on Friday, the first time
            // since February, when the two clashed" keeps February.)
            let sub_end = sub.map_or(cb, |&(_, e)| self.toks[e.min(self.toks.len() - 1)].start);
            // "The death toll from Thursday's Russian attack on Kyiv rose to 31 on Friday": a
            // day named in the possessive before the noun is the event's own, whatever day the
            // rest of the sentence tells.
            let day_before_noun = t
                .noun
                .then(|| {
                    let k = (f.at.saturating_sub(7).max(ca + 1)..f.at).rev().find(|&k| {
                        matches!(self.words[k], "'s" | "’s")
                            && self.in_timex(self.toks[k - 1].start)
                    })?;
                    if (k + 1..f.at).any(|j| self.words[j] == ",") {
                        return None;
                    }
                    let pos = self.toks[k - 1].start;
                    let x = self.timexes[self.timexes.partition_point(|t| t.start <= pos) - 1];
                    let d = event_date(x.value.as_deref()?)?;
                    Some((Some(d), Some(Span::new(x.start, x.end)), false))
                })
                .flatten();
            // ("after Washington blacklisted Rosneft, a producer, on Wednesday": past an
            // apposition that closes the clause, the day right after it is still the clause's.)
            let date_end = match own_end == cb {
                true => self.past_apposition(cb, b),
                false => own_end,
            };
            // (What a report said, before ", in talks with X", dates none of the talks.)
            let with_report;
            let zones_here: &[(usize, usize)] = match report_occasion {
                Some((that, comma)) => {
                    with_report = [zones.as_slice(), &[(that + 1, comma)]].concat();
                    &with_report
                }
                None => &zones,
            };
            let (date, date_span, said_date) = match self
                .date_near(date_from, date_end, span, t, zones_here)
            {
                _ if day_before_noun.is_some() => day_before_noun.unwrap_or((None, None, false)),
                // (Its ", which" clause's day before any day told before the noun, which is
                // another verb's: "condemned on Monday the attack, which killed 34 on Sunday".)
                (_, sp, _)
                    if t.noun
                        && sp.is_none_or(|x| x.end <= span.start)
                        && self.which_clause_day(f.end, b).is_some() =>
                {
                    self.which_clause_day(f.end, b)
                        .map_or((None, None, false), |(d, sp)| (Some(d), Some(sp), false))
                }
                (_, sp, _) if at_that_time.is_some() && sp.is_none_or(|x| x.start >= sub_end) => {
                    at_that_time.unwrap_or((None, None, false))
                }
                (None, _, _) if same_day => told
                    .iter()
                    .rev()
                    .find_map(|&(_, k)| {
                        let e = &self.events[k];
                        e.date.clone().map(|d| (Some(d), e.date_span, false))
                    })
                    // ("arrived late on Thursday, hours after she was traded": the main
                    // clause's own day, where it tells no event.)
                    .or_else(|| offset.clone().map(|(_, (d, sp))| (Some(d), Some(sp), false)))
                    .unwrap_or((None, None, false)),
                // ("..., the city's administration said on Friday": the night before the day
                // it was said is the night told.)
                (None, _, _) | (_, _, true) if !background && self.overnight(ca, cb).is_some() => {
                    self.overnight(ca, cb)
                        .map_or((None, None, false), |(d, sp)| (Some(d), Some(sp), false))
                }
                (None, _, _) if close_to_told.is_some() => close_to_told
                    .clone()
                    .map_or((None, None, false), |(d, sp)| (Some(d), sp, false)),
                (None, _, _) if later_same_day => self
                    .recent()
                    .rev()
                    .find_map(|k| {
                        let e = &self.events[k];
                        (e.date_source == Some("text") && !e.background)
                            .then(|| (e.date.clone(), e.date_span, false))
                    })
                    .unwrap_or((None, None, false)),
                (None, _, _) if later_verb.is_some() => {
                    later_verb.clone().unwrap_or((None, None, false))
                }
                (None, _, _) if fronted_day.is_some() => {
                    fronted_day.clone().unwrap_or((None, None, false))
                }
                (d, sp, _)
                    if offset.as_ref().is_some_and(|(s, _)| {
                        d.is_none() || sp.is_some_and(|x| x.end <= self.toks[*s].start)
                    }) =>
                {
                    offset.map_or((None, None, false), |(_, (d, sp))| (Some(d), Some(sp), false))
                }
                (None, _, _) if self.day_before_when(f.at).is_some() => self
                    .day_before_when(f.at)
                    .map_or((None, None, false), |(d, sp)| (Some(d), Some(sp), false)),

                (None, _, _) if at_time_of.is_some() && !perfect => at_time_of
                    .map(|(x, y)| self.date_near(x, y, span, t, zones_here))
                    .unwrap_or((None, None, false)),
                (None, _, _) if !background && t.kind == "statement" => parts
                    .first()
                    .and_then(|p| self.day_of_words_before(si, p.name))
                    .map_or_else(|| self.said_after(span), |(d, sp)| (Some(d), Some(sp), true)),
                (None, _, _) if !background => self.said_after(span),
                // "had offered the Vatican as a venue for talks ... last month": an offer's
                // complement takes the dates a plan has, which are ahead; a day gone by after it
                // is the offer's.
                (None, _, _) if t.modal && own_end < cb => {
                    let published = self.doc.meta.published.as_deref().unwrap_or_default();
                    match self.date_near(ca, cb, span, t, zones_here) {
                        (Some(d), sp, s) if !published.is_empty() && *d < *published => {
                            (Some(d), sp, s)
                        }
                        _ => (None, None, false),
                    }
                }
                found => found,
            };
            // "held a phone call with X on Tuesday and thanked her for the new sanctions": a
            // noun that refers back takes no date another happening of the sentence took (one
            // done in it, "agreed on Monday ..., in their first conversation", shares it).
            let frame = (f.at.saturating_sub(4).max(ca)..f.at)
                .rev()
                .take_while(|&k| self.plain(k) || matches!(self.words[k], "during" | "in"))
                .any(|k| matches!(self.words[k], "during" | "in"));
            let taken = definite
                && !frame
                && date_span.is_some()
                && told.iter().any(|&(_, k)| {
                    let e = &self.events[k];
                    e.date_span == date_span && !same_happening(e.kind, t.kind)
                });
            // "Putin said on Thursday that the new US sanctions were an unfriendly act": a state's
            // act named with a determiner in someone's words, and dated only by the day of
            // saying, was done before; it is told undated, as background (the merge stage joins
            // it to that act as told by others).
            // (Also when it refers back to the act told before: the day is the saying's.)
            // (Nor does it date a sitting whose outcome is what is said: "said on Monday they
            // hoped the brief meeting between Zelensky and Trump would lead to more pressure".)
            let outcome_noun = t.noun
                && (f.end..(f.end + UNREAL_AFTER).min(b))
                    .find(|&k| self.class_at(&lex.c.modal_aux, k, b).is_some())
                    .is_some_and(|k| self.outcome_subject(f.at, k, a, b));
            let said_of = definite && t.noun && t.agent && said_date;
            let outcome_said = definite && outcome_noun && said_date;
            // (The reaction's day stands before the noun; "welcomed the sanctions imposed on
            // Wednesday" dates them.)
            let reaction_day = reacted && date_span.is_none_or(|sp| sp.end <= span.start);
            // (Nor does the day of saying date the act it refers back to.)
            let (date, date_span, said_date) = if taken || said_of || reaction_day || outcome_said {
                (None, None, false)
            } else {
                (date, date_span, said_date)
            };
            // "The death toll from Russia's overnight attack on Kyiv rose to 23 on Wednesday":
            // the day the toll rose by is the attack's or one after it.
            let said_date = said_date
                || t.noun
                    && date_span.is_some_and(|d| {
                        d.start >= span.end
                            && (f.end..self.tok_at(d.start))
                                .any(|k| self.in_class(&lex.c.toll_rise, k))
                    });
            let background = background || said_of || reported && date.is_some() && !said_date;
            // ("spent nearly two hours there, including a meeting with Trump that ran for 90
            // minutes": how long the stay was is not how long what it included was.)
            let included = f.at >= ca + 2
                && self.words[f.at - 2] == "including"
                && matches!(self.words[f.at - 1], "a" | "an");
            let from = if included { f.at } else { ca };
            let (mut duration, mut duration_span) = match lex.c.timed.has(t.kind) {
                true => self.duration_in(from, cb, Some(span)),
                false => (None, None),
            };
            // "The two leaders spoke for nearly an hour, ... which said Erdogan had welcomed
            // Sunday's prisoner exchange": a duration after an earlier trigger of the clause
            // and before this one is how long the earlier one took (when that one takes
            // durations: "delivered 252 detainees, a day after he held a 30-minute phone call").
            // ("a visit to Moscow ..., when he held three hours of talks": not one that "of"
            // joins to this noun.)
            let of_this = |d: &Span| {
                let e = self.tok_at(d.end);
                self.words.get(e) == Some(&"of") && (e + 1..=e + 2).contains(&f.at)
            };
            if let Some(d) = duration_span.filter(|d| d.end <= span.start && !of_this(d)) {
                let k = self.tok_at(d.start);
                if found.iter().any(|g| {
                    g.at >= ca && g.end <= k && g.at != f.at && lex.c.timed.has(g.trigger.kind)
                }) {
                    (duration, duration_span) = (None, None);
                }
            }
            // "The call came a day after Trump spoke with Putin for almost an hour": a duration
            // past a later trigger of the clause is how long that one took.
            if let Some(d) = duration_span.filter(|d| d.start >= span.end) {
                let k = self.tok_at(d.start);
                if found.iter().any(|g| {
                    g.at > f.at && g.end <= k && g.at < cb && lex.c.timed.has(g.trigger.kind)
                }) {
                    (duration, duration_span) = (None, None);
                }
            }
            for &(zs, ze) in &topic_zones {
                // "The strike came hours after X and Y spoke by phone about shipping": what
                // follows a later trigger is about that one.
                let later = found.iter().any(|g| g.at > f.at && g.at < zs);
                // ("The call came a day after Washington said it would pause deliveries,
                // including interceptors": what a clause of time reports is another's.)
                let reported_after = (f.end..zs)
                    .find(|&k| matches!(self.words[k], "after" | "before" | "following"))
                    .is_some_and(|k| (k + 1..zs).any(|j| self.in_class(&lex.c.say, j)));
                if zs >= f.at.min(ca) && zs <= cb && !later && !reported_after {
                    self.topics_from(zs, ze, &mut topics);
                }
            }
            // "..., according to Kremlin aide Yuri Ushakov" after the trigger.
            if briefed.is_empty() {
                briefed.extend(self.briefer_in(prev_end.max(f.end), cb));
            }
            // ("met for about two hours in Putrajaya": a place is looked for past a duration
            // right after the parties.)
            let past_length = duration_span
                .map(|d| self.tok_at(d.start))
                .filter(|&d| d >= prev_end && d <= prev_end + 1)
                .and_then(|_| duration_span.map(|d| self.tok_at(d.end)))
                .unwrap_or(prev_end);
            // "sanctions against Russia over its war in Ukraine": some events have no place.
            let place = match lex.c.placeless.has(t.kind) {
                true => None,
                // ("talks in Abu Dhabi between Aliyev and Pashinyan": right after the trigger,
                // before its parties, when none follows them.)
                false => self
                    .place_after(past_length, (past_length + 4).min(own_end))
                    .or_else(|| self.place_after(prev_end, (prev_end + 4).min(own_end)))
                    .or_else(|| self.place_after(f.end, (f.end + 4).min(prev_end)))
                    // ("met the prisoners at an airport in Cologne", "met for about three hours at
                    // a military base in Anchorage": further on, past a length right after, up to a
                    // comma or a clause of its own.)
                    .or_else(|| {
                        let reach = (past_length + PLACE_REACH).min(own_end);
                        let end = (past_length..reach)
                            .find(|&k| {
                                matches!(self.words[k], "," | "and" | "but")
                                    || self.in_class(&lex.c.subordinate, k)
                            })
                            .unwrap_or(reach);
                        self.place_after(past_length, end)
                    })
                    // ("met on the sidelines of a regional summit in the northern Chinese city
                    // of Tianjin": where the summit was.)
                    .or_else(|| {
                        let edge = &lex.c.edge_of;
                        let k = (f.end..(past_length + 4).min(own_end)).find(|&k| {
                            self.in_class(edge, k) && self.words.get(k + 1) == Some(&"of")
                        })?;
                        // (Past the summit's noun, another trigger: its place is this one's.)
                        let end = (k + 2 + PLACE_REACH).min(cb);
                        let end = (k + 2..end).find(|&x| self.words[x] == ",").unwrap_or(end);
                        self.place_after(k + 2, end)
                    })
                    .or(venue)
                    .or(went_to)
                    // ("In London on Sunday, Starmer hosted Zelensky": a sentence that opens with
                    // where, before its first comma, sets the place of what its clause tells.)
                    .or_else(|| {
                        let comma = (a..f.at).find(|&k| self.words[k] == ",")?;
                        // (Not "In Ukraine, officials said Russia fired ...": where it was said.)
                        let said = (comma..f.at).any(|k| self.in_class(&lex.c.say, k));
                        (self.words[a] == "in" && comma <= a + 6 && !said)
                            .then(|| self.place_after(a, comma))
                            .flatten()
                    })
                    .or_else(|| self.place_before_where(a, f.at)),
            };
            // (A room or building that is where a sitting was held took no part in it.)
            if let Some(pl) = place {
                parts.retain(|p| p.name != pl || !self.venue_name(p));
            }
            // ("spent two hours at the White House, including a meeting with Trump": a building
            // after "at" is where, not one who sat.)
            let mut place = place;
            if lex.c.sitting.has(t.kind) {
                let at_venue = |p: &Part| {
                    let k = self.tok_at(p.span.start);
                    let k = k - usize::from(k > 0 && self.words[k - 1] == "the");
                    k > 0 && self.words[k - 1] == "at" && self.venue_name(p)
                };
                if let Some(v) = parts.iter().find(|p| at_venue(p)) {
                    place = place.or(Some(v.name));
                }
                parts.retain(|p| !at_venue(p));
            }
            // "visited New Delhi": where the visit was, and a visit to India.
            // ("Putin's visit to Pyongyang": the noun tells where, with "to" before the city;
            // whom he met there the text may tell next, "when he held talks with X".)
            if t.noun && t.words == ["visit"] && self.words.get(f.end) == Some(&"to") {
                let l = dossier_resolve::lang::lang();
                let city = self.part_at(f.end + 1);
                if let Some(p) = city.filter(|p| p.label == "LOC" && l.is_state_city(p.name)) {
                    place = place.or(Some(p.name));
                }
            }
            if t.visit {
                let l = dossier_resolve::lang::lang();
                let at = parts.iter_mut().find(|p| {
                    p.label == "LOC"
                        && self.tok_at(p.span.start) == f.end
                        && l.is_state_city(p.name)
                });
                if let Some(p) = at {
                    place = place.or(Some(p.name));
                    if let Some(state) = l.country_acting(p.name) {
                        p.name = state;
                    }
                }
            }
            // "invited him to visit Russia": where the one invited is to go is no party to the
            // invitation.
            if t.plan {
                let complement = (f.end..cb).find(|&k| {
                    self.in_class(&lex.c.complement, k)
                        && (self.words[k] != "to" || self.infinitive_to(k, cb))
                });
                if let Some(c) = complement {
                    parts.retain(|p| p.label != "LOC" || self.tok_at(p.span.start) < c);
                }
            }
            // (Only in the stretch of the clause around the trigger no comma cuts: "Hours after
            // the call, Ukrainian officials reported ..." names who reported, not who called.)
            // (Whoever the sentence says told it, "According to X, ...", is no party.)
            let briefer = |p: &Part| briefed.iter().any(|b| b.span == p.span);
            // ("American and Russian officials agreed to begin work": an agreement of states
            // too.)
            if matches!(t.kind, "phone_call" | "meeting" | "agreement")
                && !definite
                && !parts.iter().any(|p| p.label == "PER" && !briefer(p))
            {
                let lo = (ca..f.at).rev().find(|&k| self.words[k] == ",").map_or(ca, |k| k + 1);
                let hi = (f.end..cb).find(|&k| self.words[k] == ",").unwrap_or(cb);
                // ("American and Russian officials met ..., and agreed": the subject shared.)
                let (lo, hi) = match shared_subject {
                    Some((s, e)) if before_parts_empty => (s, e),
                    _ => (lo, hi),
                };
                let mut stood = parts.clone();
                // ("American and Russian officials met in Riyadh for their first talks": met
                // for talks, as many officials as talks take.)
                let for_talks = (f.end..hi).any(|k| {
                    self.words[k] == "for"
                        && (k + 1..(k + 5).min(hi))
                            .any(|j| matches!(self.words[j], "talks" | "negotiations"))
                });
                let one = t.kind == "meeting" && !for_talks;
                if self.officials_for_states(lo, hi, one, &mut stood) {
                    stood.retain(|p| !briefer(p));
                    parts = stood;
                    sides = true;
                }
            }
            // "The United States struck three nuclear sites in Iran": a state's strike in
            // another state, with nothing else named as struck, is on that state.
            if t.agent && t.kind == "military_strike" && !agents.is_empty() {
                let lang = dossier_resolve::lang::lang();
                let struck = place.and_then(|pl| lang.country_acting(pl).map(|c| (pl, c)));
                let others = parts.iter().any(|p| !agents.contains(&p.name));
                if let Some((pl, country)) = struck.filter(|(_, c)| !agents.contains(c)) {
                    let at = self.parts_in(ca, cb).into_iter().find(|p| p.name == pl);
                    if let Some(p) = at.filter(|_| !others) {
                        parts.push(Part { name: country, ..p });
                    }
                }
            }
            // "A fourth round took place in the Omani capital on May 11": a round that names no
            // one was held by the sides of the sitting told before (another one, on its own day).
            // ("The previous talks on May 16 lasted less than two hours", "The first round of
            // talks, held on May 16, ...": so does a sitting told as an earlier one, with a day.)
            let earlier_sitting = || {
                let mut k = f.at;
                if k >= a + 2 && self.words[k - 2] == "round" && self.words[k - 1] == "of" {
                    k -= 2;
                }
                t.noun
                    && lex.c.sitting.has(t.kind)
                    && k > a + 1
                    && self.in_class(&lex.c.definite, k - 2)
                    && (self.in_class(&lex.c.background, k - 1) || self.words[k - 1] == "first")
                    && self.timexes_from(sent.start, sent.end).next().is_some()
            };
            let round =
                parts.is_empty() && (t.words == ["round"] || round_of_the || earlier_sitting());
            if round {
                let told = self.events.iter().rev().find(|e| {
                    same_happening(e.kind, t.kind)
                        && !e.derived
                        && !e.background
                        && !e.parts.is_empty()
                });
                if let Some(e) = told {
                    parts = e.parts.iter().map(|p| Part { span, ..*p }).collect();
                }
            }
            // "the first major sanctions of Donald Trump's second term": a person whose term
            // (presidency, tenure) frames the event in time took no part in it for that.
            let tenure = &lex.c.tenure;
            parts.retain(|p| {
                let k = self.tok_at(p.span.end);
                !(matches!(self.words.get(k).copied(), Some("'s" | "’s"))
                    && (k + 1..(k + 4).min(self.words.len())).any(|j| self.in_class(tenure, j)))
            });
            // "signed the New START treaty": a name right before the noun of an accord names
            // the accord, no party to it.
            // (Nor a name that is one, whatever the tagger took it for: "the Abraham Accords";
            // a person may be named Deal.)
            parts.retain(|p| {
                let last = self.tok_at(p.span.end).saturating_sub(1);
                let named_accord = self.tok_at(p.span.start) < last
                    && self.in_class(&lex.c.accord, last)
                    && (p.label != "PER" || self.words[last] != "deal");
                let before_accord =
                    p.label != "PER" && self.word_in(&lex.c.accord, self.tok_at(p.span.end));
                !named_accord && !before_accord
            });
            // ("Israel released nearly 2,000 prisoners after Hamas freed 20 hostages": each its
            // own, the count after the trigger in its own words first.)
            let count = if lex.figures.takes(t.kind) || !lex.c.counted_types.has(t.kind) {
                None
            } else {
                // (A noun keeps the sentence's first count: "The last 303 soldiers were
                // released ..., completing an exchange of 1,000 prisoners" is the day's 303.)
                let own = (!t.noun).then(|| self.count_in(f.end, own_end)).flatten();
                let own = own.map(|c| self.count_and_more(c, own_end));
                // ("the handover of the 20 hostages ... about 1,700 detainees released by
                // Israel": people right before a participle are whom it freed.)
                let described = || {
                    if f.at <= a || t.noun {
                        return None;
                    }
                    let from = f.at.saturating_sub(COUNT_BEFORE_REACH).max(a);
                    let end = self.toks[f.at - 1].end;
                    self.count_in(from, f.at + 1).filter(|(_, sp)| sp.end == end)
                };
                own.or_else(described).or_else(|| self.count_in(coordinated.unwrap_or(a), b))
            };
            // "390 Ukrainians returned home": a release told of a nationality's people alone
            // is of that state's people.
            if t.kind == "prisoner_release" && parts.is_empty() {
                let l = dossier_resolve::lang::lang();
                let noun = count.and_then(|(_, sp)| self.doc.text.get(sp.start..sp.end));
                let word = noun.and_then(|n| n.rsplit(' ').next());
                let state = word
                    .and_then(|w| w.strip_suffix('s'))
                    .and_then(|one| l.country_of_demonym(one));
                if let (Some(state), Some((_, sp))) = (state, count) {
                    parts.push(Part { span: sp, name: state, label: "LOC" });
                }
            }
            // ("Among those freed on Saturday was Sergei Tikhanovsky": the one named after
            // "was" is one of them.)
            if !t.noun && f.at > a && self.words[f.at - 1] == "those" {
                let was =
                    (f.end..(f.end + 6).min(cb)).find(|&k| matches!(self.words[k], "was" | "were"));
                if let Some(p) = was.and_then(|k| self.part_at(k + 1)).filter(|p| p.label == "PER")
                {
                    if !parts.iter().any(|q| q.name == p.name) {
                        parts.push(p);
                    }
                }
            }
            // "paused intelligence sharing", "halted military aid": what was stopped is the
            // suspension's topic (two suspensions of different things are two acts).
            if t.kind == "aid_suspension" {
                if let Some(object) = self.suspended_object(f.at, f.end, cb) {
                    topics = vec![object.to_string()];
                }
            }
            // "the eight Russians freed in Thursday's exchange": a release told as done in a
            // swap is that swap (so "The exchange saw 26 people change hands" refers to it); the
            // count of those freed is one side's, and who freed them one of its sides.
            // (The swap's own noun there counts nothing either: the sentence's first count is
            // of the freed.)
            let in_swap =
                t.kind == "prisoner_release" && !t.noun && self.swap_after(f.end, cb).is_some();
            let swap_of_freed = t.noun
                && found.iter().any(|g| {
                    g.trigger.kind == "prisoner_release"
                        && !g.trigger.noun
                        && self.swap_after(g.end, cb) == Some(f.at)
                });
            let (kind, count, agents) = match (in_swap, swap_of_freed) {
                (true, _) => ("prisoner_exchange", None, Vec::new()),
                (false, true) => (t.kind, None, agents),
                _ => (t.kind, count, agents),
            };
            let ev = Ev {
                kind,
                cameo: t.cameo.unwrap_or_else(|| lex.cameo.get(kind).copied().unwrap_or("")),
                trigger: span,
                sentence: sent,
                date_source: date.as_ref().map(|_| "text"),
                date,
                date_span,
                parts,
                duration,
                duration_span,
                topics,
                briefers: briefed,
                place,
                mentions: vec![span],
                background,
                derived: false,
                last: span.start,
                noun: t.noun,
                // A strike's numbers are its figures ("three workers were injured"), not the
                // people it concerned.
                count,
                agents,
                need_two,
                figures: Vec::new(),
                said_date,
                sides,
                states_kind: t.states,
                apart,
            };
            // ("Washington announced a pause on arms deliveries": a verb that needs two parties
            // and has one tells nothing; the subject is the next trigger's, whose zone starts
            // where this one's did.)
            if ev.need_two && !t.noun && ev.parts.len() < 2 {
                prev_end = zone_before;
            }
            // "Prince Faisal hosted the delegations": a verb whose object is the parties of a
            // sitting ("the delegations", "the two sides") tells of the sitting told before,
            // its subject one more party.
            // ("MBS hosted the meeting, which lasted 33 minutes": a host of the sitting told
            // before is one more of its parties.)
            let sitting_noun = |k: usize| {
                lex.triggers.get(self.words[k]).is_some_and(|ts| {
                    ts.iter()
                        .any(|t| t.noun && t.words.len() == 1 && same_happening(t.kind, "meeting"))
                })
            };
            let of_told = !t.noun
                && same_happening(t.kind, "meeting")
                && self.word_in(&lex.c.definite, f.end)
                && (f.end + 1..(f.end + 3).min(cb)).any(|k| {
                    self.in_class(&lex.c.parties, k)
                        || (k == f.end + 1
                            && self.in_class(&lex.c.host_verb, f.at)
                            && sitting_noun(k)
                            && self.recent().any(|x| {
                                same_happening(self.events[x].kind, "meeting")
                                    && !self.events[x].derived
                            }))
                });
            // "Bessent and Svyrydenko signed the deal": a verb whose object is a definite noun
            // of its own kind ("the deal", "the minerals agreement") tells of that one, told
            // before; its people join it as the noun's own would.
            // ("initialled the text of the treaty": a part of it, "of" and "the" before it.)
            // ("signed the declaration": any paper two sides sign, `pact`, after one told.)
            let own_noun = |k: usize| {
                lex.triggers.get(self.words[k]).is_some_and(|ts| {
                    ts.iter().any(|x| x.noun && x.words.len() == 1 && x.kind == t.kind)
                }) || (t.kind == "agreement"
                    && (self.in_class(&lex.c.accord, k) || self.in_class(&lex.c.pact, k)))
            };
            let part_of = || {
                (f.end + 1..(f.end + 3).min(cb)).find(|&k| self.words[k] == "of").is_some_and(|o| {
                    o + 1 < cb
                        && self.word_in(&lex.c.definite, o + 1)
                        && (o + 2..(o + 5).min(cb)).any(own_noun)
                })
            };
            let object_told = !t.noun
                && self.word_in(&lex.c.definite, f.end)
                && ((f.end + 1..(f.end + 4).min(cb)).any(own_noun) || part_of());
            let before = self.events.len();
            // (A round with the sides of the sitting told before is another one: it refers to
            // nothing by "the".)
            let refers = definite && !round;
            // ("Among those freed on Saturday was X": the people of a participle after "those"
            // are those of the act told before.)
            let those = !t.noun && f.at > a && self.words[f.at - 1] == "those";
            let idx = self.place_event(
                ev,
                refers || of_told || object_told || those,
                of_told || object_told,
            );
            // Who is quoted in a sentence that refers back to an event ("the conversation
            // lasted ..., Peskov said") told the press about it; a speaker quoted in the
            // sentence that first tells an event may only be commenting on it.
            // ("Zelensky said he would speak with Trump after the talks": the talks only date
            // what the speaker tells of; he tells nothing of them.)
            let anchor_only = f.at >= a + 2
                && matches!(self.words[f.at - 1], "the" | "their")
                && matches!(self.words[f.at - 2], "after" | "before" | "since" | "until");
            if self.events.len() == before && !anchor_only {
                // ("The call came a day after Washington said it would pause deliveries": who
                // speaks in a clause of time after the noun tells of another happening.)
                let until = (f.end..b)
                    .find(|&k| matches!(self.words[k], "after" | "before" | "following"))
                    .map_or(sent.end, |k| self.toks[k].start);
                let quoted = self.quote_speakers(Span::new(sent.start, until));
                self.events[idx].briefers.extend(quoted);
            }
            // "Following the call, Trump told reporters on July 3": the call was that day. (So
            // were talks told without "the" after a deal: "A deal was reached on Thursday after
            // talks in Cairo", as the talks before a deal its parties signed; not the talks
            // before a journey home, "returned to Yerevan on Thursday after talks".)
            let outcome = || {
                let pact = &lex.c.pact;
                (a..f.at).any(|k| self.in_class(pact, k) || self.in_class(&lex.c.decide, k))
            };
            if preceded_by_after && (definite || t.noun && outcome()) {
                let e = &self.events[idx];
                if e.date.is_none() {
                    if let Some((d, ds)) = self.sentence_date(a, b) {
                        // (What came after it is dated: it was then or in the days before.)
                        let e = &mut self.events[idx];
                        e.date = Some(d);
                        e.date_span = ds;
                        e.date_source = Some("text");
                        e.said_date = true;
                    }
                }
                if anchor_date.is_none() {
                    let e = &self.events[idx];
                    anchor_date = e.date.clone().map(|d| (d, e.date_span));
                }
                if self.events[idx].date_source == Some("text") {
                    let e = &self.events[idx];
                    referred = e.date.clone().map(|d| (d, e.date_span));
                }
            } else if self.events[idx].date.is_none() && !self.events[idx].background {
                if let Some((d, ds)) = &anchor_date {
                    let e = &mut self.events[idx];
                    e.date = Some(d.clone());
                    e.date_span = *ds;
                    e.date_source = Some("text");
                }
            }
            // "since last week's prisoner exchange, in which X was freed": what the relative
            // clause tells took place in the event before it, on its date.
            if let Some(&prev) = touched.last() {
                let prev_end = self.tok_at(self.events[prev].last);
                let relative =
                    (prev_end..f.at).any(|k| self.class_at(&lex.c.relative, k, f.at).is_some());
                if relative && prev != idx && self.events[idx].date_source != Some("text") {
                    let (d, ds, src, bg) = {
                        let p = &self.events[prev];
                        (p.date.clone(), p.date_span, p.date_source, p.background)
                    };
                    let e = &mut self.events[idx];
                    e.date = d;
                    e.date_span = ds;
                    e.date_source = src;
                    e.background = bg;
                }
            }
            // "Xi invited Trump to visit China during a phone call on Thursday": what the clause
            // did during the call took place on the call's date.
            if during && self.events[idx].date_source == Some("text") {
                let (d, ds) = (self.events[idx].date.clone(), self.events[idx].date_span);
                let from = self.toks[ca].start;
                for &(ts, k) in &told {
                    let e = &mut self.events[k];
                    if ts.start >= from && k != idx && e.date.is_none() && !e.background {
                        e.date.clone_from(&d);
                        e.date_span = ds;
                        e.date_source = Some("text");
                    }
                }
            }
            self.first_since(a, b, idx);
            touched.push(idx);
            told.push((span, idx));
        }
        // "Putin invited Trump to visit Moscow, Kremlin aide Yuri Ushakov told reporters after
        // the call": what the sentence tells before the event it refers to took place on that
        // event's day (during it, or right after it).
        if let Some((d, ds)) = referred {
            for &k in &touched {
                let e = &mut self.events[k];
                if e.date.is_none() && !e.background && !e.derived {
                    e.date = Some(d.clone());
                    e.date_span = ds;
                    e.date_source = Some("text");
                }
            }
        }
        self.date_by_occasion(a, b, &touched);
        self.held_at_which(&touched);
        self.days_of_stay(&touched);
        self.again_on(a, b, &touched);
        self.hosts(a, b, &told);
        self.refer_back(a, b, &topic_zones, &found, &touched);
        self.file_figures(si, a, b, &told);
    }

    /// The noun of a swap told right after a release verb ending at token `end`, up to clause
    /// end `cb`: "in" or "during", one to three words, then a word of class `swap_noun`
    /// ("freed in Thursday's exchange", "released during the swap").
    fn swap_after(&self, end: usize, cb: usize) -> Option<usize> {
        if !matches!(self.words.get(end), Some(&("in" | "during"))) {
            return None;
        }
        // (Not "in exchange for X", "in a swap for X": what was given in return, see
        // `given_for`.)
        (end + 2..(end + 5).min(cb))
            .take_while(|&k| !matches!(self.words[k], "," | ";" | "—" | "–"))
            .find(|&k| self.class_at(&self.lex.c.swap_noun, k, cb).is_some())
            .filter(|&k| self.words.get(k + 1) != Some(&"for"))
    }

    /// Whether part `p` stands a few words after the words of class `host_by` ("chaired by
    /// Anwar Ibrahim"), with no comma between: a host (see [`Analysis::hosts`]).
    fn hosted(&self, p: &Part) -> bool {
        let class = &self.lex.c.host_by;
        let j = self.tok_at(p.span.start);
        (j.saturating_sub(HOST_REACH + 2)..j)
            .rev()
            .take_while(|&k| !matches!(self.words[k], "," | ";" | "—" | "–"))
            .any(|k| self.class_at(class, k, j).is_some())
    }

    /// "..., after talks in Istanbul with Aliyev, which were hosted by Turkish President
    /// Erdogan": who hosted (chaired, mediated) a sitting told earlier in the sentence sat at it
    /// too. The first person, else body or state, named within a few words after the words of
    /// class `host_by`, up to a comma.
    fn hosts(&mut self, a: usize, b: usize, told: &[(Span, usize)]) {
        if !told.iter().any(|&(_, idx)| same_happening(self.events[idx].kind, "meeting")) {
            return;
        }
        let class = &self.lex.c.host_by;
        for k in a..b {
            // "hosted by X" after the sitting, or "which X hosted": the host's words.
            let host_words = match self.class_at(class, k, b) {
                Some(n) => (k + n..(k + n + HOST_REACH).min(b))
                    .take_while(|&j| !matches!(self.words[j], "," | ";" | "—" | "–"))
                    .collect::<Vec<usize>>(),
                None => match self.relative_host(a, k) {
                    Some(r) => (r + 1..k).collect(),
                    None => continue,
                },
            };
            let at = self.toks[k].start;
            let Some(&(_, idx)) = told.iter().rev().find(|(sp, idx)| {
                sp.end <= at && same_happening(self.events[*idx].kind, "meeting")
            }) else {
                continue;
            };
            let named: Vec<Part<'a>> =
                host_words.into_iter().filter_map(|j| self.part_at(j)).collect();
            let host = named
                .iter()
                .find(|p| p.label == "PER")
                .or_else(|| named.iter().find(|p| p.label != "MISC"));
            if let Some(&p) = host {
                let e = &mut self.events[idx];
                if !e.parts.iter().any(|q| q.name == p.name) {
                    e.parts.push(p);
                }
            }
        }
    }

    /// Whether token `k` is a verb of hosting in a relative clause after a sitting ("the
    /// meeting, which the EU hosted"): the index of the relative pronoun, whose clause's
    /// subject stands between it and `k`.
    fn relative_host(&self, a: usize, k: usize) -> Option<usize> {
        let lex = self.lex;
        if !self.in_class(&lex.c.host_verb, k) {
            return None;
        }
        let r = (k.saturating_sub(HOST_REACH).max(a + 1)..k)
            .rev()
            .take_while(|&j| !matches!(self.words[j], "," | ";" | "—" | "–"))
            .find(|&j| self.in_class(&lex.c.relative_pronoun, j))?;
        let mut n = r - 1;
        if self.words[n] == "," && n > a {
            n -= 1;
        }
        let sitting = lex.triggers.get(self.words[n]).is_some_and(|ts| {
            ts.iter().any(|t| t.noun && t.words.len() == 1 && same_happening(t.kind, "meeting"))
        });
        (sitting && r + 1 < k).then_some(r)
    }

    /// Gives the figures of sentence `si` (tokens `a..b`) to the event they count: one this
    /// sentence tells (the nearest before the figure), else the latest one told in the two
    /// sentences before ("Russian drones struck ... Two workers were injured.").
    fn file_figures(&mut self, si: usize, a: usize, b: usize, told: &[(Span, usize)]) {
        let fig = &self.lex.figures;
        let reach = self.doc.sentences[si.saturating_sub(2)].start;
        // Most sentences have no event near that takes figures: they are not read.
        let near = |e: &Ev| fig.takes(e.kind) && !e.derived;
        if !told.iter().any(|&(_, k)| near(&self.events[k]))
            && !self.recent().any(|k| near(&self.events[k]) && self.events[k].last >= reach)
        {
            return;
        }
        // "India said the strikes were a response to the killing of 26 people": what a cause
        // counts is not the event's.
        let cause = (a..b).find(|&k| self.class_at(&self.lex.c.cause_of, k, b).is_some());
        // ("in retaliation for Israeli strikes that killed at least 95 people": unless the
        // cause is itself a happening told there, before the figure, which counts its own.)
        let mut figures = self.figures_in(a, b);
        // ("60 people were killed in Tehran alone": one place's count, not the event's; "300
        // drones on Sunday alone" is that day's.)
        let part = &self.lex.c.part_only;
        figures.retain(|f| {
            let k = self.tok_at(f.2.end.saturating_sub(1)) + 1;
            !(k..(k + FLAG_REACH + 2).min(b))
                .take_while(|&j| !matches!(self.words[j], "," | ";" | "—" | "–"))
                .any(|j| self.in_class(part, j) && !self.in_timex(self.toks[j - 1].start))
        });
        if let Some(c) = cause {
            let from = self.toks[c].start;
            figures.retain(|f| {
                self.tok_at(f.2.start) < c
                    || told.iter().any(|(t, _)| t.start > from && t.end <= f.2.start)
            });
        }
        // "India struck ... on May 7, two weeks after militants killed 26 people": a stretch
        // of time and "after" open another happening, to the sentence's end (or to the comma
        // that closes it when the sentence opens with it); its figures are its own.
        let units = &self.lex.c.gap_units;
        let mut k = a + 1;
        while k < b && !figures.is_empty() {
            if matches!(self.words[k], "after" | "before" | "since") && self.in_class(units, k - 1)
            {
                let later = told.iter().any(|(t, _)| t.start > self.toks[k].start);
                let end =
                    if later { (k..b).find(|&j| self.words[j] == ",").unwrap_or(b) } else { b };
                // ("hours after Iran fired 14 missiles": an event told there counts its own.)
                let (from, to) = (self.toks[k].start, self.toks[end - 1].end);
                if !told.iter().any(|(t, _)| from <= t.start && t.end <= to) {
                    figures.retain(|f| {
                        let at = self.tok_at(f.2.start);
                        at < k || at >= end
                    });
                }
                k = end;
            }
            k += 1;
        }
        if figures.is_empty() {
            return;
        }
        let measures = &fig.measures;
        // "... the attacks on bars and a stadium, in which 129 people died": a sentence that
        // tells no event but names another happening counts that one.
        let other = (a..b).any(|k| self.in_class(&self.lex.c.figure_other, k));
        for (m, value, span) in figures {
            let takes = |e: &Ev| measures[m].types.contains(&e.kind) && !e.derived;
            let here = told
                .iter()
                .rfind(|(t, k)| takes(&self.events[*k]) && t.start <= span.start)
                .or_else(|| told.iter().find(|(_, k)| takes(&self.events[*k])))
                .map(|&(_, k)| k);
            let target = here.or_else(|| {
                if other {
                    return None;
                }
                // (The news before what it answered: "launched missiles in retaliation for the
                // US strikes. Air defences intercepted 19 missiles" counts the news.)
                // ("at least 224 people had been killed in Iran since Friday": the latest
                // happening done to the place named there, when one was told.)
                let place = self.place_right_after(span);
                let l = dossier_resolve::lang::lang();
                let within = |x: &str, pl: &str| x == pl || l.country_acting(x) == Some(pl);
                let done_to = |e: &Ev| {
                    place.is_some_and(|pl| {
                        e.place.is_some_and(|x| within(x, pl))
                            || e.parts
                                .iter()
                                .any(|p| within(p.name, pl) && !e.agents.contains(&p.name))
                    })
                };
                let candidates = || {
                    self.recent()
                        .filter(|&k| takes(&self.events[k]) && self.events[k].last >= reach)
                };
                let latest = |k: &usize| (!self.events[*k].background, self.events[*k].last);
                candidates()
                    .filter(|&k| done_to(&self.events[k]))
                    .max_by_key(latest)
                    .or_else(|| candidates().max_by_key(latest))
            });
            if let Some(k) = target {
                let what = measures[m].what;
                let e = &mut self.events[k];
                if !e.figures.iter().any(|f| f.0 == what) {
                    e.figures.push((what, value, span));
                }
            }
        }
    }

    /// The place named by "in" within a few words after a figure's words ("224 people had been
    /// killed in Iran"): where what it counts happened.
    fn place_right_after(&self, span: Span) -> Option<&'a str> {
        let end = self.tok_at(span.end);
        (end..(end + 3).min(self.words.len()))
            .find(|&k| self.words[k] == "in")
            .and_then(|k| self.part_at(k + 1))
            .filter(|p| p.label == "LOC")
            .map(|p| p.name)
    }

    /// The figures of sentence tokens `a..b` (`figures.tsv`): measure index, number, words.
    fn figures_in(&self, a: usize, b: usize) -> Vec<(usize, u32, Span)> {
        let lex = self.lex;
        let fig = &lex.figures;
        let mut out = Vec::new();
        if fig.measures.is_empty() {
            return out;
        }
        let number = |k: usize| -> Option<u32> {
            let w = self.words[k];
            if w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
                return w.replace(',', "").parse().ok();
            }
            let n = lex.numbers.get(w).copied().filter(|_| !lex.vague.contains(w))?;
            // "two dozen Tomahawk missiles": 24.
            match self.words.get(k + 1).filter(|m| lex.multipliers.contains(*m)) {
                Some(m) => Some(n.saturating_mul(lex.numbers[*m])),
                None => Some(n),
            }
        };
        // The last group a noun of the sentence named, for numbers without a noun.
        let mut last_group: Option<&'static str> = None;
        // The verb before the last figure read, and the token after that figure.
        let mut before_verb: Option<(usize, usize)> = None;
        let mut k = a;
        while k < b {
            if let Some(&g) = fig.nouns.get(self.words[k]) {
                last_group = Some(g);
            }
            let Some(n) = number(k) else {
                k += 1;
                continue;
            };
            let at = self.toks[k].start;
            // A date ("on February 12"), a share ("67 percent") or a year is no count, nor is
            // "no one" ("No one was hurt" counts no one).
            if self.in_timex(at)
                || (k > 0 && self.words[k - 1] == "no" && self.words[k] == "one")
                || matches!(self.words.get(k + 1).copied(), Some("percent" | "%" | "per"))
            {
                k += 1;
                continue;
            }
            // Its noun: at most two words on ("two gas workers", "112 Shahed drones").
            let noun = (k + 1..(k + 4).min(b))
                .take_while(|&j| {
                    fig.nouns.contains_key(self.words[j])
                        || (self.words[j].bytes().all(|c| c.is_ascii_alphabetic() || c == b'-')
                            && !matches!(self.words[j], "and" | "or")
                            && !self.in_class(&lex.c.figure_gap, j)
                            && fig.verbs.at(&self.words[j..b]).is_none())
                })
                .filter(|&j| fig.nouns.contains_key(self.words[j]))
                .last();
            // "nearly 500 drones and missiles": one number for two groups counts neither.
            let combined = noun.is_some_and(|j| {
                matches!(self.words.get(j + 1).copied(), Some("and" | "or"))
                    && self
                        .words
                        .get(j + 2)
                        .and_then(|w| fig.nouns.get(*w))
                        .is_some_and(|g| Some(g) != fig.nouns.get(self.words[j]))
            });
            if combined {
                k += 1;
                continue;
            }
            // "shot down 288 of the 344 drones": the group of the whole the number is part of.
            // (Not "one of its largest drone attacks": a member of a ranked kind.)
            let ranked = self.word_in(&lex.c.superlative, k + 3);
            let part_of = || {
                (self.words.get(k + 1) == Some(&"of")
                    && matches!(self.words.get(k + 2).copied(), Some("the" | "its" | "their")))
                .then(|| {
                    (k + 3..(k + 6).min(b))
                        .take_while(|&j| j == k + 3 || !matches!(self.words[j], "," | "and"))
                        .find_map(|j| fig.nouns.get(self.words[j]).copied())
                })
                .flatten()
            };
            if ranked && self.words.get(k + 1) == Some(&"of") {
                k += 1;
                continue;
            }
            let group = noun.map(|j| fig.nouns[self.words[j]]).or_else(part_of);
            // A verb after it, past "were", "had been", "of them".
            let mut v = noun.unwrap_or(k) + 1;
            while v < b && v < noun.unwrap_or(k) + 5 && self.in_class(&lex.c.figure_gap, v) {
                v += 1;
            }
            // (first token, whether it stands before the number)
            let mut verb: Option<(usize, bool)> = None;
            if v < b && fig.verbs.at(&self.words[v..b]).is_some() {
                verb = Some((v, false));
            }
            // "of which 288 drones and 20 missiles were shot down": a figure joined by "and"
            // to the next one shares the verb after it.
            let mut forward = false;
            if verb.is_none() && noun.is_some() && self.words.get(v) == Some(&"and") {
                let next_noun = (v + 2..(v + 5).min(b))
                    .take_while(|_| number(v + 1).is_some())
                    .find(|&j| fig.nouns.contains_key(self.words[j]));
                if let Some(j) = next_noun {
                    let mut w = j + 1;
                    while w < b && w < j + 5 && self.in_class(&lex.c.figure_gap, w) {
                        w += 1;
                    }
                    if w < b && fig.verbs.at(&self.words[w..b]).is_some() {
                        verb = Some((w, false));
                        forward = true;
                    }
                }
            }
            // Or one before it, past "at least", "a total of".
            let mut p = k;
            while p > a && k - p < 4 && self.in_class(&lex.c.figure_mod, p - 1) {
                p -= 1;
            }
            if verb.is_none() {
                verb = (p.saturating_sub(2).max(a)..p)
                    .find(|&q| fig.verbs.at(&self.words[q..p]).is_some_and(|len| q + len == p))
                    .map(|q| (q, true));
            }
            // "adds 14 individuals and 41 entities": a number joined to the figure just read
            // shares its verb (the figure starts at the number).
            let mut shared = false;
            if verb.is_none() && p > a && matches!(self.words[p - 1], "and" | ",") {
                if let Some((q, _)) = before_verb.filter(|&(_, end)| end + 1 == p) {
                    verb = Some((q, true));
                    shared = true;
                }
            }
            let noun_end = noun.map_or(k + 1, |j| j + 1);
            // The measure, and the token after the verb.
            let pick = |group: Option<&str>| -> Option<(usize, usize)> {
                match verb {
                    Some((q, _)) => fig.verb_at(&self.words[q..b]).find_map(|(m, len)| {
                        group
                            .is_none_or(|g| g == m.group)
                            .then(|| (measures_index(fig, m), q + len))
                    }),
                    None => fig
                        .measures
                        .iter()
                        .position(|m| m.default && Some(m.group) == group)
                        .map(|i| (i, noun_end)),
                }
            };
            // Without a noun, the verb's group, or where it fits several, the last noun's.
            let found = match group {
                Some(_) => pick(group),
                None => {
                    let mut groups = verb
                        .into_iter()
                        .flat_map(|(q, _)| fig.verb_at(&self.words[q..b]).map(|(m, _)| m.group));
                    let first = groups.next();
                    match first {
                        Some(g) if groups.all(|x| x == g) => pick(Some(g)),
                        Some(_) => last_group.and_then(|g| pick(Some(g))),
                        None => None,
                    }
                }
            };
            // "The number of people killed in Thursday's strike has risen to 31", "the death
            // toll rose to 31": a count a toll reached.
            let mut toll_from = None;
            let found = found.or_else(|| {
                // (Right before the number: "to" is also a word of "up to".)
                let risen = k >= a + 2
                    && self.words[k - 1] == "to"
                    && self.in_class(&lex.c.toll_rise, k - 2);
                let stood = k >= a + 2 && self.words[k - 1] == "at" && self.words[k - 2] == "stood";
                if !(risen || stood || (k > a && self.words[k - 1] == "reached")) {
                    return None;
                }
                toll_from = Some(if risen || stood { k - 2 } else { k - 1 });
                let killed = || fig.measures.iter().position(|m| m.what == "people killed");
                (a..k)
                    .find_map(|j| {
                        if self.words[j] == "toll" {
                            return killed();
                        }
                        let counted =
                            (j.saturating_sub(4).max(a)..j).any(|x| self.words[x] == "number");
                        counted
                            .then(|| {
                                fig.verb_at(&self.words[j..k])
                                    .find(|(m, _)| m.group == "people")
                                    .map(|(m, _)| measures_index(fig, m))
                            })
                            .flatten()
                    })
                    .map(|m| (m, noun_end))
            });
            // ("19 missiles had been launched and all but one were intercepted": the whole
            // told before, less the number.)
            let all_but = k >= a + 2
                && self.words[k - 2] == "all"
                && matches!(self.words[k - 1], "but" | "except");
            let n = match out.last() {
                Some(&(_, whole, _)) if all_but && whole > n => whole - n,
                _ if all_but => {
                    k += 1;
                    continue;
                }
                _ => n,
            };
            if let Some((m, verb_end)) = found {
                // ("More than 150 people were injured": the bound is part of the figure.)
                let from = if all_but { k - 2 } else { k - self.bound_before(a, k) };
                let (first, last) = match verb {
                    // (A figure sharing the verb of the one after it ends at its noun.)
                    Some(_) if shared || forward => (from, noun_end),
                    Some((q, true)) => (q, noun_end),
                    Some((_, false)) => (from, verb_end.max(noun_end)),
                    None => (toll_from.unwrap_or(from), noun_end),
                };
                let last = last.min(b);
                before_verb = match verb {
                    Some((q, true)) => Some((q, last)),
                    _ => None,
                };
                out.push((m, n, Span::new(self.toks[first].start, self.toks[last - 1].end)));
                if let Some(g) = group {
                    last_group = Some(g);
                }
                k = last.max(k + 1);
                continue;
            }
            k += 1;
        }
        out
    }

    /// Triggers of sentence tokens `a..b` that count.
    /// The triggers of sentence tokens `a..b` that count, and the first tokens of the event
    /// nouns that do not ("an exchange agreed at talks ...": talks no event of their own, but
    /// what follows them is theirs).
    fn triggers(
        &self,
        a: usize,
        b: usize,
        in_zone: &dyn Fn(usize) -> bool,
    ) -> (Vec<Found>, Vec<usize>) {
        let lex = self.lex;
        let mut out = Vec::new();
        let mut unreal = Vec::new();
        let mut i = a;
        while i < b {
            let w = self.words[i];
            let Some(list) = lex.trigger_sieve.may_have(w).then(|| lex.triggers.get(w)).flatten()
            else {
                i += 1;
                continue;
            };
            let mut matching = list.iter().filter(|t| {
                i + t.words.len() <= b && t.words.iter().zip(&self.words[i..]).all(|(x, y)| x == y)
            });
            let Some(first) = matching.next() else {
                // "offered on Friday to host talks", "said on Thursday in a statement": a date
                // between a phrase's first word and the rest of it.
                let skipped = self.date_after(i + 1, b).and_then(|j| {
                    list.iter()
                        .filter(|t| {
                            !t.noun
                                && t.words.len() >= 2
                                && j + t.words.len() - 1 <= b
                                && t.words[1..].iter().zip(&self.words[j..]).all(|(x, y)| x == y)
                        })
                        .find_map(|t| {
                            let end = j + t.words.len() - 1;
                            self.counts(t, i, end, a, b, in_zone).then_some((t, end))
                        })
                });
                match skipped {
                    Some((t, end)) => {
                        out.push(Found { at: i, end, trigger: t });
                        i = end;
                    }
                    None => i += 1,
                }
                continue;
            };
            // The longest phrase that matches decides; lines of the same words are tried in
            // file order ("returned" with its object after it, then as a passive).
            let end = i + first.words.len();
            let same = matching.take_while(|t| t.words.len() == first.words.len());
            let hit =
                std::iter::once(first).chain(same).find(|t| self.counts(t, i, end, a, b, in_zone));
            if let Some(t) = hit {
                out.push(Found { at: i, end, trigger: t });
                i = end;
            } else {
                if first.noun {
                    unreal.push(i);
                }
                i += 1;
            }
        }
        (out, unreal)
    }

    /// Whether tokens `from..to` (after a trigger, before a date) open a clause of their own:
    /// ", and" or ", but" before a name or a subject pronoun, or a relative pronoun before a
    /// name or an auxiliary ("that Congress imposed", "which were drafted").
    fn own_clause_between(&self, from: usize, to: usize) -> bool {
        (from..to).any(|j| {
            let next = |n: usize| self.words.get(j + n).copied().filter(|_| j + n < to);
            let subject = |n: usize| {
                next(n).is_some_and(|w| {
                    self.part_at(j + n).is_some() || matches!(w, "he" | "she" | "they" | "we")
                })
            };
            match self.words[j] {
                "," => matches!(next(1), Some("and" | "but")) && subject(2),
                "that" | "which" => {
                    subject(1) || matches!(next(1), Some("was" | "were" | "had" | "has" | "have"))
                }
                _ => false,
            }
        })
    }

    /// "Russia's missile attack on Sumy, which killed 34 people a day earlier": the day a
    /// relative clause of "which" (with no verb of saying) right after the noun at token
    /// `from` states, the noun's own day; `b` ends the sentence.
    fn which_clause_day(&self, from: usize, b: usize) -> Option<(String, Span)> {
        let comma = (from..(from + WHICH_REACH).min(b)).find(|&k| self.words[k] == ",")?;
        if self.words.get(comma + 1) != Some(&"which") || comma + 2 >= b {
            return None;
        }
        let end = (comma + 2..b).find(|&k| matches!(self.words[k], "," | ";")).unwrap_or(b);
        // ("which the ministry announced on Monday": the day of telling.)
        if (comma + 2..end).any(|k| self.in_class(&self.lex.c.say, k)) {
            return None;
        }
        let (s, e) = (self.toks[comma + 2].start, self.toks[end - 1].end);
        let t = self
            .timexes_from(s, e)
            .find(|t| t.kind == "DATE" && t.end <= e && t.value.as_deref().is_some_and(calendar))?;
        // ("a package of sanctions, which bans imports from 2027": when it takes effect, later
        // than the article, is no day of the act.)
        let k = self.tok_at(t.start);
        if k > 0 && matches!(self.words[k - 1], "from" | "until" | "till" | "starting") {
            return None;
        }
        let day = event_date(t.value.as_deref()?)?;
        // (Dates compare as text over the length both have: "2027" is after "2025-10-23".)
        let published = self.doc.meta.published.as_deref().and_then(|p| p.get(..10));
        let later = |p: &str| {
            let n = day.len().min(p.len());
            day.get(..n) > p.get(..n)
        };
        if published.is_some_and(later) {
            return None;
        }
        Some((day, Span::new(t.start, t.end)))
    }

    /// The token after a date that starts at token `k` ("on Friday", "late on Wednesday",
    /// "this week"), if one does, before `b`.
    fn date_after(&self, k: usize, b: usize) -> Option<usize> {
        let mut j = k;
        while j < b && matches!(self.words[j], "on" | "late" | "early") {
            j += 1;
        }
        if j >= b || !self.in_timex(self.toks[j].start) {
            return None;
        }
        while j < b && self.in_timex(self.toks[j].start) {
            j += 1;
        }
        (j < b).then_some(j)
    }

    fn counts(
        &self,
        t: &Trigger,
        i: usize,
        end: usize,
        a: usize,
        b: usize,
        in_zone: &dyn Fn(usize) -> bool,
    ) -> bool {
        let lex = self.lex;
        if self.in_direct_quote(self.toks[i].start) || in_zone(i) {
            return false;
        }
        // "after the meeting, which the EU hosted": the host of that sitting (see `hosts`).
        if !t.noun && self.relative_host(a, i).is_some() {
            return false;
        }
        // "spoke by phone on Saturday, days before the American leader's visit to Tokyo": a
        // noun after "before" inside the sentence is a later happening, yet to come when told
        // (one that opens the sentence, "Before the talks, X met Y", is told as it comes).
        if t.noun {
            let before = (i.saturating_sub(BEFORE_REACH).max(a)..i)
                .rev()
                .take_while(|&k| !matches!(self.words[k], "," | ";" | "—" | "–"))
                .find(|&k| self.words[k] == "before");
            // ("shook hands on Thursday before talks that ran for almost two hours": a clause
            // telling how long it lasted tells it as done.)
            let lasted = matches!(self.words.get(end).copied(), Some("that" | "which"))
                && self.toks.get(end + 1).is_some_and(|x| {
                    let to = self.toks[(end + 5).min(b) - 1].end;
                    self.timexes_from(x.start, to).any(|t| t.kind == "DURATION")
                });
            if before.is_some_and(|k| k > a) && !lasted {
                return false;
            }
        }
        // "met Trump on the sidelines of the summit": the summit is where, not what.
        if t.noun {
            // ("on the sidelines of the Shanghai Cooperation Organisation summit": past the
            // name of the body whose summit it is.)
            let of = (i.saturating_sub(7).max(a)..i).rev().find(|&k| self.words[k] == "of");
            if of.is_some_and(|k| {
                k > a
                    && self.in_class(&lex.c.edge_of, k - 1)
                    && (k + 1..i).all(|x| self.plain(x) || self.in_part(x))
            }) {
                return false;
            }
        }
        // (Past a closing quotation mark: 'had a "very good call" with Xi'.)
        let past_mark =
            (end..b).find(|&k| !matches!(self.words[k], "\"" | "”" | "’" | "'")).unwrap_or(b);
        let next = self.words.get(past_mark).copied().filter(|_| past_mark < b);
        // "a call for restraint", "called on Kyiv to ...": a demand. "A phone call" never is,
        // and "a call on Saturday" is a time.
        if t.words.len() == 1
            && matches!(t.words[0], "call" | "calls" | "called")
            && next.is_some_and(|w| {
                lex.c.call_not.has(w)
                    && (!matches!(w, "on" | "to")
                        || self.part_at(past_mark + 1).is_some()
                        || matches!(
                            self.words.get(past_mark + 1).copied(),
                            Some("the" | "all" | "both")
                        ))
            })
        {
            return false;
        }
        // "the rail strike", "a hunger strike", "went on strike": work stopped, not force used.
        if t.words.len() == 1
            && matches!(t.words[0], "strike" | "strikes")
            && i > a
            && (self.in_class(&lex.c.strike_not, i - 1)
                || (self.words[i - 1] == "on" && next.is_none_or(|w| !lex.c.with.has(w))))
        {
            return false;
        }
        // "Ukraine had also raised the release of prisoners": a noun as what a verb of bringing
        // up has as its object is a subject of talk, not a happening told.
        if t.noun {
            let raised = &lex.c.raise_topic;
            let from = i.saturating_sub(3).max(a);
            if (from..i).any(|k| {
                self.class_at(raised, k, i).is_some_and(|n| (k + n..i).all(|j| self.plain(j)))
            }) {
                return false;
            }
        }
        // "a prisoner exchange deal", "strike plans": a noun before another noun that names
        // something else tells of that, not of the event.
        if t.noun && next.is_some_and(|w| lex.c.head_noun.has(w)) {
            return false;
        }
        // "a meeting between Putin and Zelensky was possible only after ...", "a call with X
        // could follow": the noun's own verb, past its parties, makes it yet to come.
        if t.noun {
            let verb = (end..(end + UNREAL_AFTER).min(b))
                .take_while(|&k| {
                    let w = self.words[k];
                    w != "," && !lex.c.clause_open.has(w) && !lex.c.subordinate.has(w)
                })
                // "in May": a month is no modal verb.
                .filter(|&k| !self.in_timex(self.toks[k].start))
                .find(|&k| {
                    self.in_class(&lex.c.passive, k)
                        || self.class_at(&lex.c.modal_aux, k, b).is_some()
                });
            if let Some(k) = verb {
                let n = self.class_at(&lex.c.modal_aux, k, b);
                let adjective = self.word_in(&lex.c.unreal_after, k + 1);
                // ("hoped the brief meeting between Zelensky and Trump would lead to more
                // pressure": a meeting told with "the" whose verb is what it brings about was
                // held; what is to come is its outcome.)
                let outcome = self.outcome_subject(i, k, a, b);
                if (n.is_some() && !outcome) || adjective {
                    return false;
                }
            }
            // "talks between Iran and the United States, due to be held in Muscat on Sunday,
            // has been cancelled": past a phrase set off by commas, the noun's own verb still
            // says it never took place.
            let set_off = self.words.get(end..(end + UNREAL_AFTER + 8).min(b)).unwrap_or(&[]);
            let stop = set_off
                .iter()
                .position(|w| lex.c.clause_open.has(w) || lex.c.subordinate.has(w))
                .unwrap_or(set_off.len());
            let set_off = &set_off[..stop];
            let due = set_off.windows(3).any(|w| w[0] == "," && w[1] == "due" && w[2] == "to");
            let called_off = set_off.contains(&",")
                && set_off
                    .windows(2)
                    .any(|w| lex.c.passive.has(w[0]) && lex.c.unreal_after.has(w[1]));
            if due || called_off {
                return false;
            }
            // "The meeting between X and Y, which had been planned for Tuesday, did not take
            // place": the noun's own verb, past its parties and a clause set off by commas, says
            // it never came about (not "did not produce a breakthrough").
            let came_about = &lex.c.came_about;
            let denied = (end..(end + UNREAL_AFTER + 14).min(b)).any(|k| {
                let next = if self.words.get(k + 1) == Some(&"yet") { k + 2 } else { k + 1 };
                self.in_class(&lex.c.negation, k)
                    && came_about.at(self.words.get(next..b).unwrap_or(&[])).is_some()
            });
            if denied {
                return false;
            }
        }
        // "the freed men included soldiers", "the released prisoners": a participle between a
        // determiner and its noun describes people, it tells of no act.
        // ("Among those freed was ...": "those" stands for the people, the participle is the
        // act.)
        if !t.noun
            && i > a
            && self.in_class(&lex.c.definite, i - 1)
            && !matches!(self.words[i - 1], "those" | "these" | "that" | "this")
            && self
                .words
                .get(end)
                .is_some_and(|w| w.bytes().all(|c| c.is_ascii_lowercase()) && !lex.c.copula.has(w))
            && self.part_at(end).is_none()
        {
            return false;
        }
        // "the meeting Putin attended": an -ing form after a determiner is a noun.
        if !t.noun
            && i > a
            && t.words[0].ends_with("ing")
            && (self.in_class(&lex.c.definite, i - 1) || matches!(self.words[i - 1], "a" | "an"))
        {
            return false;
        }
        // "the total number of prisoners released through its efforts": a participle after the
        // people it was done to, with no doer ("by ...") and no date of its own, counts past
        // acts; it tells of none.
        if !t.noun && t.agent && i > a {
            let held = |w: &str| lex.c.captive.has(w) || lex.c.held_person.has(w);
            let (_, ce) = self.clause(a, b, i);
            let stop = (end..ce).find(|&k| self.words[k] == ",").unwrap_or(ce);
            if held(self.words[i - 1])
                && !(end..stop).any(|k| self.in_class(&lex.c.agent_by, k))
                && (end >= stop
                    || self
                        .timexes_from(self.toks[end].start, self.toks[stop - 1].end)
                        .next()
                        .is_none())
            {
                return false;
            }
        }
        // "Scholz met the freed prisoners": a participle after an article or a possessive is
        // an adjective, no verb of its own ("among those released" still tells of a release).
        if !t.noun
            && i > a
            && t.words.len() == 1
            && matches!(
                self.words[i - 1],
                "a" | "an" | "the" | "their" | "his" | "her" | "its" | "our"
            )
        {
            return false;
        }
        // "any outcome agreed without it": a participle after a noun, not "X and Y agreed".
        if t.two && !t.noun && i > a && self.plain(i - 1) {
            let w = self.words[i - 1];
            // ("Putin and the U.S. president spoke for three hours": one holding a title is
            // someone; not "EU foreign ministers agreed", one body agreeing.)
            let titled = lex.c.officials.has(w) && !w.ends_with('s');
            // ("American and Russian officials agreed": officials of two nationalities; "U.S.
            // and Ukrainian officials": a state's name first.)
            let two_states = lex.c.talks_parties.has(w)
                && i >= 4
                && self.demonym_at(i - 2).is_some()
                && self.words[i - 3] == "and"
                && (self.demonym_at(i - 4).is_some()
                    || self.part_ending_at(i - 4).is_some_and(|p| p.label != "PER"));
            if !lex.c.verb_lead.has(w)
                && !lex.c.parties.has(w)
                && !lex.c.states.has(w)
                && !titled
                && !two_states
            {
                return false;
            }
        }
        // "told Fox Business on Thursday that ...": an interview, or words to a body.
        if t.obj_org {
            let at = end + usize::from(self.words.get(end) == Some(&"the"));
            // ("told Azerbaijani television that ...": a nationality's broadcaster or press.)
            let media = || {
                let n = self.demonym_at(at)?;
                let k = self.tok_at(n.span.end);
                let w = self.words.get(k)?;
                lex.c.media.has(w).then_some(k + 1)
            };
            let mut k = match self.part_at(at).filter(|p| p.label == "ORG") {
                Some(p) => self.tok_at(p.span.end),
                None => match media() {
                    Some(k) => k,
                    None => return false,
                },
            };
            if let Some(j) = self.date_after(k, b) {
                k = j;
            }
            if !self.words.get(k).is_some_and(|w| matches!(*w, "that" | "," | "in" | ".")) {
                return false;
            }
        }
        // "called Russia a 'good friend'", "called the strike a crime": naming, no call. (The
        // object's words, then "a", "an" or a quotation mark.)
        // ("called the U.S. sanctions 'an unfriendly act'": past "the", a name and the plain
        // words of the noun it names.)
        if t.obj {
            let naming = |w: &str| matches!(w, "a" | "an" | "\"" | "“" | "'" | "‘");
            let obj_end = match self.part_at(end) {
                Some(p) => self.tok_at(p.span.end),
                None => end,
            };
            let named = self.words.get(obj_end).is_some_and(|w| naming(w));
            if obj_end > end && named {
                return false;
            }
            let the_name = (end + 1 < b && self.words[end] == "the")
                .then(|| self.part_at(end + 1))
                .flatten()
                .map(|p| self.tok_at(p.span.end));
            if let Some(k) = the_name {
                let mut j = k;
                while j < (k + 3).min(b) && self.plain(j) && !lex.c.stop.has(self.words[j]) {
                    j += 1;
                }
                if j > k && self.words.get(j).is_some_and(|w| naming(w)) {
                    return false;
                }
            }
        }
        if t.obj && self.part_at(end).is_none() {
            // "called Putin" or "called the Russian leader".
            let after_the = end + 1 < b && self.words[end] == "the" && self.part_at(end).is_none();
            // "called his Indian counterpart".
            let counterpart = end + 2 < b
                && matches!(self.words[end], "his" | "her" | "its" | "their")
                && self.demonym_at(end + 1).is_some()
                && self.in_class(&lex.c.counterpart, end + 2);
            let told_of = self.object_pronoun_sayer(a, i, end).is_some();
            if !(counterpart || told_of || after_the && self.part_at(end + 1).is_some()) {
                return false;
            }
        }
        // "exchanged five prisoners", not "exchanged views"; "signed pardons" is no agreement.
        // A word of the class counts up to the clause's first comma or stop word, that word
        // included ("hosted by": "by" stops a list of parties but is the flag's word here).
        // ("agreed a new package of sanctions": a partitive's "of" reaches two words further.)
        let ahead = |class: &str| {
            let class = lex.class(class);
            let mut reach = end + FLAG_REACH;
            let mut k = end;
            while k < reach.min(b) {
                let w = self.words[k];
                if class.has(w) {
                    return true;
                }
                // ("spent about 90 minutes together": a stop word inside a length of time is
                // the length's.)
                // ("fired about 100 missiles": "about" before a number is no topic.)
                let approximate = w == "about"
                    && self.words.get(k + 1).is_some_and(|n| {
                        n.as_bytes().first().is_some_and(u8::is_ascii_digit)
                            || lex.numbers.contains_key(n)
                    });
                // ("a pause in all U.S. military assistance", "a freeze on aid": a noun's own
                // "in" or "on" opens what it is of, as "of" does.)
                let noun_of = t.noun && k == end && matches!(w, "in" | "on");
                if w == ","
                    || lex.c.stop.has(w)
                        && !self.in_timex(self.toks[k].start)
                        && !approximate
                        && !noun_of
                {
                    return false;
                }
                // ("handed over the last 20 living Israeli hostages": a count and the words
                // that describe the counted stand between.)
                let counted = parse_count(w).is_some() || lex.numbers.contains_key(w);
                if w == "of" || approximate || noun_of || counted {
                    reach += 2;
                }
                k += 1;
            }
            false
        };
        // ("they were handed over in Ankara in exchange for 16 people": given for others in
        // the same clause, those handed over were captives.)
        let given_for = || {
            t.kind == "prisoner_release"
                && (end..(end + FLAG_REACH + 4).min(b))
                    .take_while(|&k| !matches!(self.words[k], "," | ";" | "—" | "–"))
                    .any(|k| {
                        self.class_at(&lex.c.in_return, k, b)
                            .is_some_and(|n| self.words.get(k + n) == Some(&"for"))
                    })
        };
        if t.then.is_some_and(|c| !ahead(c) && !given_for()) || t.unless.is_some_and(ahead) {
            return false;
        }
        // ("Photographs released by Zelensky's office": a participle right after the thing it
        // tells of, before "by", is done to that thing.)
        let done_to = |c: &str| {
            !t.noun
                && i > a
                && self.words.get(end) == Some(&"by")
                && lex.class(c).has(self.words[i - 1])
        };
        if t.unless.is_some_and(done_to) {
            return false;
        }
        if let Some(c) = t.not_in {
            let class = lex.class(c);
            let (_, ce) = self.clause(a, b, i);
            if (end..ce).any(|k| self.class_at(class, k, ce).is_some()) {
                return false;
            }
        }
        let behind = |c: &str| {
            let class = lex.class(c);
            (i.saturating_sub(FLAG_REACH).max(a)..i)
                .rev()
                .take_while(|&k| !matches!(self.words[k], "," | ";" | "—" | "–"))
                .any(|k| self.in_class(class, k))
        };
        if t.not_after.is_some_and(behind) {
            return false;
        }
        if let Some(c) = t.after {
            if !behind(c) {
                return false;
            }
            // ("a member of its security forces was also killed": forces that were done to by
            // a passive verb did nothing.)
            let passive = (i.saturating_sub(3).max(a)..i)
                .rev()
                .take_while(|&k| self.plain(k))
                .any(|k| self.in_class(&lex.c.passive, k));
            if !t.noun && passive && c == "forces" {
                return false;
            }
        }
        if let Some(ctx) = t.context {
            // "a call with X", "the conversation between X and Y" need no other clue.
            // "Merz told Zelensky in a call on Thursday": held in one (not "a call for calm").
            let framed = t.noun
                && i >= a + 2
                && matches!(self.words[i - 2], "in" | "on" | "during")
                && matches!(self.words[i - 1], "a" | "an")
                && !next.is_some_and(|w| matches!(w, "for" | "to" | "of"));
            // ("a heated exchange with Zelensky": a quarrel, told by its adjective.)
            let quarrel = i > a && self.in_class(&lex.c.quarrel, i - 1);
            let with = (next.is_some_and(|w| lex.c.with.has(w)) || framed) && t.noun && !quarrel;
            // "released Finnish citizen Juhani Korpela", "released a Kosovo police officer": a
            // person, named or not, as the verb's object.
            let (captive, held) = (&lex.c.captive, &lex.c.held_person);
            let person = !t.noun
                && t.agent
                && (end..(end + FLAG_REACH).min(b)).take_while(|&k| self.words[k] != ",").any(
                    |k| {
                        self.part_at(k).is_some_and(|p| p.label == "PER")
                            || self.in_class(captive, k)
                            || self.in_class(held, k)
                    },
                );
            // "the Russian attack on Kyiv": a state's own act of force; so are "Russia's attack
            // on Kyiv" and "Russia attacked Kyiv", a state's doing to a place.
            let l = dossier_resolve::lang::lang();
            let state_ending_at = |k: usize| {
                self.part_ending_at(k).is_some_and(|p| l.country_acting(p.name).is_some())
            };
            let on_a_place = || {
                (end..(end + FLAG_REACH).min(b))
                    .take_while(|&k| self.words[k] != ",")
                    .any(|k| self.part_at(k).is_some_and(|p| p.label == "LOC"))
            };
            // (Plain words may stand between: "Russia's overnight attack on Kyiv", "Russia's
            // latest massive attack".)
            let possessed = t.noun
                && (i.saturating_sub(3).max(a + 1)..i).rev().any(|k| {
                    matches!(self.words[k], "'s" | "’s")
                        && (k + 1..i).all(|j| self.plain(j))
                        && state_ending_at(k - 1)
                });
            let by_a_state = !t.noun && i > a && state_ending_at(i - 1);
            // ("Russia launched one of its largest combined attacks on Kyiv overnight": a
            // state that launches, carries out or stages the noun, plain words between.)
            let launched_by_state = t.noun
                && (i.saturating_sub(LAUNCH_REACH).max(a + 1)..i).rev().any(|k| {
                    self.class_at(&lex.c.launch, k, i).is_some_and(|n| {
                        (k + n..i).all(|j| self.plain(j)) && state_ending_at(k - 1)
                    })
                });
            let state_act = t.noun && t.agent && i > a && self.demonym_at(i - 1).is_some()
                || t.agent && (possessed || by_a_state || launched_by_state) && on_a_place();
            if !with && !person && !state_act && !self.context(ctx, t.kind, i, end) {
                return false;
            }
        }
        if !t.modal {
            let (ca, _) = self.clause(a, b, i);
            let mut from = i.saturating_sub(WINDOW).max(ca);
            if let Some(c) = (from..i).rev().find(|&k| self.words[k] == ",") {
                from = c + 1;
            }
            // "agreed to impose sanctions": the decision is the act (a flag of the trigger):
            // the deciding verb and its "to" do not make a plan; what stands before the verb
            // still may ("could agree to impose ...").
            // "agreed new sanctions on Iran", "approved fresh sanctions": the deciding verb with
            // the noun as its object, lower-case words between, decides it too.
            // (The deciding verb may stand further back than `from`, past a partitive: "agreed a
            // new package of sanctions"; the plan check below looks that far too.)
            let decide_from = {
                let far = i.saturating_sub(MODAL_REACH).max(ca);
                (far..i).rev().find(|&k| self.words[k] == ",").map_or(far, |c| c + 1)
            };
            let decided = if t.decision {
                (decide_from..i).rev().find(|&k| self.in_class(&lex.c.decide, k)).and_then(|d| {
                    (d + 1..i)
                        .find(|&k| self.words[k] == "to")
                        .or_else(|| {
                            // ("its 19th round of sanctions": an ordinal is a plain word too.)
                            let plain = |k: usize| {
                                self.plain(k)
                                    || self.words[k].starts_with(|c: char| c.is_ascii_digit())
                            };
                            (t.noun && (d + 1..i).all(plain)).then_some(d)
                        })
                        .map(|to| (d, to))
                })
            } else {
                None
            };
            // "to meet", "to reach a nuclear agreement": an infinitive is a plan. (Not the words
            // of a quotation before it: 'thanked "the mothers who never stopped fighting" in a
            // televised address'.)
            // "breaking off the talks to phone Putin": an infinitive of purpose after a break
            // in something under way tells what was done.
            let purpose = &lex.c.purpose_lead;
            let done_for = |k: usize| {
                (i.saturating_sub(MODAL_REACH).max(ca)..k)
                    .any(|j| self.class_at(purpose, j, k).is_some())
            };
            // "agreed in a phone call on Tuesday that ...", "urged Trump during the meeting": a
            // word of intent (no modal verb) whose act the noun's phrase of setting frames.
            let framed = |k: usize| {
                t.noun
                    && self.class_at(&lex.c.modal_aux, k, i).is_none()
                    && (k + 1..i).any(|j| {
                        matches!(self.words[j], "in" | "during")
                            && (j + 1..i).all(|x| self.plain(x))
                            && (k + 1..j).all(|x| self.words[x] != "to")
                    })
            };
            let unreal =
                (from..i).filter(|&k| decided.is_none_or(|(d, to)| k < d || k > to)).any(|k| {
                    let w = self.words[k];
                    ((w == "to" && self.infinitive_to(k, i) && !done_for(k))
                        || (lex.c.irrealis.has(w)
                            || self.class_at(&lex.c.irrealis, k, i).is_some())
                            && !framed(k)
                        || lex.c.negation.has(w))
                        && !self.in_quotation(self.toks[k].start)
                });
            // "spoke ... to work out a joint statement": a noun a few plain words after an
            // infinitive's "to" is what is to be done, further back than the window above.
            let aim = t.noun
                && (i.saturating_sub(WINDOW + 3).max(ca)..from).rev().any(|k| {
                    self.words[k] == "to"
                        && (k + 1..i).all(|x| self.plain(x))
                        && self.infinitive_to(k, i)
                        && !done_for(k)
                        && decided.is_none_or(|(d, to)| k < d || k > to)
                        && (k + 1..i).all(|x| self.words[x] != ",")
                });
            // (What is hoped for is what a meeting held brings about: see `outcome_subject`.)
            let hoped_outcome = t.noun
                && (end..(end + UNREAL_AFTER).min(b))
                    .find(|&k| self.class_at(&lex.c.modal_aux, k, b).is_some())
                    .is_some_and(|k| self.outcome_subject(i, k, a, b));
            // ("discussed the idea of raising the level of the Russian and Ukrainian
            // representatives in direct talks": a noun at the end of the phrase after "the idea
            // of" is a thing thought of, however long the phrase.)
            let plan_of = &lex.c.plan_of;
            let finite = &lex.c.finite_aux;
            let envisaged = t.noun
                && (i.saturating_sub(MODAL_REACH + 4).max(ca)..i.saturating_sub(1)).any(|k| {
                    self.in_class(plan_of, k)
                        && self.words[k + 1] == "of"
                        && (k + 2..i).all(|x| {
                            let w = self.words[x];
                            w != ","
                                && !lex.c.clause_open.has(w)
                                && !lex.c.subordinate.has(w)
                                && !finite.has(w)
                        })
                });
            // "with a second round set for April 19", "the talks, scheduled for Friday": a
            // noun with the words of a plan right after it is not held yet.
            let slated = t.noun
                && (end..(end + 2).min(b))
                    .find(|&k| self.words[k] != ",")
                    .is_some_and(|k| self.class_at(&lex.c.slated, k, b).is_some());
            if (unreal || aim || envisaged || slated) && !hoped_outcome {
                return false;
            }
            // "Volkov will travel to Varnby on April 10 for talks with Marsh", "ready to host a
            // new round of negotiations": a modal verb or a word of intent earlier in the
            // trigger's clause (up to a comma or a word that opens another clause) makes what
            // follows it a plan. A noun is the plan only as what is to be held or what the plan
            // is for ("will hold talks", "for talks", "to host negotiations"): "will seek
            // changes to the agreement" speaks of an agreement that exists. A word of intent
            // reaches no further than its own complement: "conveyed his readiness to help
            // mediate during a recent phone conversation" tells of a conversation held (a modal
            // verb governs the main verb and all that goes with it: "will raise it during the
            // call").
            // (A verb of attending carries the plan to where it is to be: "the two would meet
            // in person at the APEC summit in six weeks".)
            let attend = &lex.c.attend;
            let reach = i.saturating_sub(MODAL_REACH).max(ca);
            let mut planned = false;
            let mut carried = !t.noun;
            let mut adjunct = false;
            for k in (reach..i).rev() {
                let w = self.words[k];
                if w == "," || lex.c.clause_open.has(w) || lex.c.subordinate.has(w) {
                    break;
                }
                // ("hoped to speak with X this week and invited Y": a verb in the past right
                // after "and" is a second act done, not what was hoped.)
                if w == "and" && k + 1 == i && !t.noun && self.words[i].ends_with("ed") {
                    break;
                }
                if decided.is_some_and(|(d, to)| d <= k && k <= to) {
                    continue;
                }
                // ("would implement the consensus reached by Trump and Xi during their phone
                // call": a participle right after its noun opens a reduced relative clause
                // telling of a thing done; a modal verb before it is not the noun's.)
                if k > reach && self.reduced_relative(k, usize::MAX) {
                    break;
                }
                // ("agreed to the truce on Monday at talks in Malaysia": a "to" before a noun
                // phrase is no infinitive; the talks were held.)
                carried |= lex.c.complement.has(w) && (w != "to" || self.infinitive_to(k, i))
                    || attend.has(w)
                    || self.class_at(&lex.c.light, k, i).is_some()
                    || self.class_at(&lex.c.partitive, k, i).is_some();
                adjunct |= lex.c.presuppose.has(w);
                if self.class_at(&lex.c.modal_aux, k, i).is_some()
                    || (!adjunct && !framed(k) && self.class_at(&lex.c.irrealis, k, i).is_some())
                {
                    planned = carried;
                    break;
                }
            }
            if planned {
                return false;
            }
        }
        true
    }

    /// Whether the paragraph around tokens `i..end` has a word of class `ctx` ("phone",
    /// "prison"), or the article has told of an event of this kind already.
    fn context(&self, ctx: &'static str, kind: &str, i: usize, end: usize) -> bool {
        // (An exchange told is the context of a release: "The exchange began on Friday, when
        // 390 Norwegians returned home".)
        let told = |k: usize| {
            let e = &self.events[k];
            dossier_document::told_as_same(e.kind, kind) && !e.derived
        };
        if self.recent().any(told) {
            return true;
        }
        let class = self.lex.class(ctx);
        let own = (i..end).any(|k| self.in_class(class, k));
        let pi = self.paragraph_of(self.toks[i].start);
        let para =
            self.doc.paragraphs.get(pi).copied().unwrap_or(Span::new(0, self.doc.text.len()));
        // The trigger's own words do not count; others in the paragraph do (counted once per
        // paragraph and class).
        let key = (ctx, pi);
        let count = *self.context_seen.borrow_mut().entry(key).or_insert_with(|| {
            self.doc.tokens_in(para).into_iter().any(|k| self.in_class(class, k))
        });
        if !own {
            return count;
        }
        self.doc.tokens_in(para).into_iter().any(|k| (k < i || k >= end) && self.in_class(class, k))
    }

    /// Participants after a trigger ending at token `from`, up to `cb`: a direct object or a
    /// list after "with"/"between". Returns them and the token where the list ended.
    fn after_zone(&self, from: usize, cb: usize, t: &Trigger) -> (Vec<Part<'a>>, usize) {
        let lex = self.lex;
        let mut out = Vec::new();
        let mut i = from;
        let mut collecting = !t.noun || t.words.last() == Some(&"by");
        let mut fillers = 0;
        let mut last = from;
        // "The declaration was signed by X, Y and Z": a passive's "by" names who did it, its
        // parties (an agent's act takes its doer apart, see `sentence`).
        // ("The declaration signed in Washington by X and Y": a participle after the noun of
        // what was signed is a passive too.)
        let passive_by = !t.noun && !t.agent && {
            let at = from.saturating_sub(t.words.len());
            (at.saturating_sub(2)..at).any(|k| self.in_class(&lex.c.passive, k)) || {
                // (", signed ... by": set off by a comma.)
                let noun = at.checked_sub(1).and_then(|k| {
                    if self.words[k] == "," {
                        k.checked_sub(1)
                    } else {
                        Some(k)
                    }
                });
                noun.is_some_and(|n| {
                    n >= 1
                        && self.in_class(&lex.c.pact, n)
                        && matches!(self.words[n - 1], "the" | "The" | "a" | "A")
                })
            }
        };
        while i < cb {
            // A nationality word stands for its country only as what an act against a state
            // is done to ("sanctions on seven Iranian companies"), and only when no name
            // follows in the phrase ("released Finnish citizen Juhani Korpela" releases him).
            let target = || {
                let against_a_state = t.agent && collecting && !t.kind.starts_with("prisoner_");
                let named_after = || (i + 1..(i + 5).min(cb)).any(|k| self.part_at(k).is_some());
                let counterpart = collecting && lex.c.counterpart.has(self.words[i + 1..].first()?);
                // "talks with American officials": the state the people named by their office
                // stand for.
                let next = *self.words[i + 1..].first()?;
                let envoy_word = |w: &str| lex.c.parties.has(w) || lex.c.talks_parties.has(w);
                // ("talks between American and Ukrainian officials": the states of both.)
                // ("between Israeli and Hamas negotiators": a body's name second; "between
                // Latvian and U.S. officials": a state's.)
                let body = self.part_at(i + 2).filter(|p| matches!(p.label, "ORG" | "LOC"));
                let second_end = body.map_or(i + 3, |p| self.tok_at(p.span.end));
                let shared = next == "and"
                    && self.words.get(second_end).is_some_and(|w| envoy_word(w))
                    && (self.demonym_at(i + 2).is_some() || body.is_some());
                // ("spoke with the Finnish president": one official of a state the article
                // names by office only stands for that state.)
                let officials = &lex.c.officials;
                let office = (i > from && self.words[i - 1] == "the")
                    .then(|| {
                        (i + 1..(i + 4).min(cb))
                            .take_while(|&k| self.plain(k))
                            .find(|&k| self.in_class(officials, k))
                            .filter(|&k| !self.words[k].ends_with('s'))
                    })
                    .flatten();
                // (Not "the Indian foreign minister, Subrahmanyam Jaishankar": he is named.)
                let office = office.filter(|&k| {
                    let after = (k + 1..(k + 3).min(cb)).find(|&j| self.words[j] != ",");
                    after.is_none_or(|j| self.part_at(j).is_none_or(|p| p.label != "PER"))
                });
                let envoys = collecting && (envoy_word(next) || shared || office.is_some());
                // ("met Ukrainian officials in Jeddah": a name past the office word is elsewhere.)
                let named = if office.is_some() {
                    false
                } else if shared {
                    // (Past the words for the people: "Israeli and Hamas negotiators X and Y".)
                    self.part_at(second_end + 1).is_some()
                } else if envoys {
                    self.part_at(i + 2).is_some()
                } else {
                    named_after()
                };
                // ("talks between U.S. and Russian intelligence services": the other side.)
                let other_side = collecting
                    && self.words[from] == "between"
                    && !out.is_empty()
                    && self.words[i - 1] == "and";
                (against_a_state || counterpart || envoys || other_side)
                    .then(|| self.demonym_at(i))
                    .flatten()
                    .filter(|_| !named)
            };
            // ("between Latvian and U.S. officials": a nationality word tagged as a name is
            // its state.)
            let named = self.part_at(i).map(|p| {
                let demonym = || self.demonym_at(i).filter(|d| d.span.end >= p.span.end);
                if p.label == "MISC" {
                    demonym().unwrap_or(p)
                } else {
                    p
                }
            });
            if let Some(p) = named.or_else(target) {
                // ("called the agreement \"the historic dawn of a new Middle East\"": a name
                // in quoted words after the trigger is what is said of it.)
                if self.in_quotation(p.span.start) && !self.in_quotation(self.toks[from].start) {
                    break;
                }
                if collecting {
                    i = self.tok_at(p.span.end).max(i + 1);
                    // "President Trump's special envoy": a title and the name of one person.
                    while let Some(q) = self.part_at(i).filter(|q| q.name == p.name) {
                        i = self.tok_at(q.span.end).max(i + 1);
                    }
                    // "with Varnia's President Teodor Hale": the possessor only names whose he is.
                    let possessive = matches!(self.words.get(i).copied(), Some("'s" | "’s"));
                    if possessive && (i + 1..(i + 4).min(cb)).any(|k| self.part_at(k).is_some()) {
                        i += 1;
                        continue;
                    }
                    // "on Russia's two biggest oil companies, Rosneft and Lukoil": the possessor
                    // and the names its phrase is told by after the comma.
                    let apposed = possessive
                        .then(|| (i + 1..(i + 8).min(cb)).find(|&k| self.words[k] == ","))
                        .flatten()
                        .filter(|&c| {
                            self.part_at(c + 1).is_some()
                                && (i + 1..c).all(|k| {
                                    self.plain(k)
                                        || self.lex.numbers.contains_key(self.words[k])
                                        || self.words[k].bytes().all(|b| b.is_ascii_digit())
                                })
                        });
                    // "halted shipments of Patriot interceptors": a name before the noun of
                    // what is made or sent names the kind of thing, not a party.
                    if p.label != "PER" && self.word_in(&lex.c.materiel, i) {
                        last = i;
                        continue;
                    }
                    // ("signed the Sharm el-Sheikh declaration with X": a place named between
                    // "the" and the noun of a pact or a sitting names it, no party.)
                    let start = self.tok_at(p.span.start);
                    let named_for = p.label == "LOC"
                        && start > from
                        && self.words[start - 1] == "the"
                        && self
                            .words
                            .get(i)
                            .is_some_and(|w| lex.c.pact.has(w) || lex.c.sitting_noun.has(w));
                    if named_for {
                        last = i;
                        continue;
                    }
                    if let Some(c) = apposed {
                        // ("with India's national security adviser, Ajit Doval": whose he is.)
                        if self.part_at(c + 1).is_none_or(|q| q.label != "PER") {
                            out.push(p);
                        }
                        i = c + 1;
                        last = i;
                        continue;
                    }
                    out.push(p);
                    last = i;
                    continue;
                }
                break;
            }
            let w = self.words[i];
            // "spoke by phone on Wednesday with X": a date between the trigger and its list.
            if out.is_empty() {
                let at = if self.in_timex(self.toks[i].start) {
                    Some(i)
                } else {
                    (i + 1 < cb && matches!(w, "on" | "in" | "at" | "late" | "early" | "earlier"))
                        .then_some(i + 1)
                        .filter(|&k| self.in_timex(self.toks[k].start))
                };
                if let Some(k) = at {
                    let mut j = k;
                    while j < cb && self.in_timex(self.toks[j].start) {
                        j += 1;
                    }
                    if j < cb
                        && (self.in_class(&lex.c.with, j) || passive_by && self.words[j] == "by")
                    {
                        i = j;
                        continue;
                    }
                }
            }
            // "talks in Istanbul with X": where it was held, before whom it was held with. (And
            // "was signed in Washington on Friday by X": before who did it; "met in Jeddah
            // with X", "held talks in the Saudi city between X and Y": a verb's too.)
            if out.is_empty() && matches!(w, "in" | "at") {
                if let Some(site_end) = self.site_after(i + 1, cb) {
                    let mut k = site_end;
                    if passive_by {
                        let dated = |k: usize| k < cb && self.in_timex(self.toks[k].start);
                        if k < cb && self.words[k] == "on" && dated(k + 1) {
                            k += 1;
                        }
                        while dated(k) {
                            k += 1;
                        }
                    }
                    let by = passive_by && k < cb && self.words[k] == "by";
                    if k < cb && (self.in_class(&lex.c.with, k) || by) {
                        i = k;
                        continue;
                    }
                }
            }
            // "sanctions on Iran", "imposed sanctions against X": what an agent's act is done to.
            if lex.c.with.has(w)
                || (passive_by && w == "by" && out.is_empty() && fillers == 0)
                || (t.noun && w == "of" && out.is_empty())
                || (t.agent && t.kind != "prisoner_release" && w == "on" && out.is_empty())
                // "fired scores of ballistic missiles at Israel": what a strike is aimed at.
                || (t.kind == "military_strike"
                    && matches!(w, "at" | "toward" | "towards")
                    && out.is_empty())
            {
                collecting = true;
            } else if w == "," && !out.is_empty() && !self.list_goes_on(i + 1, cb) {
                break;
            } else if w == "and" || w == "," {
                if out.is_empty() && !collecting {
                    break;
                }
            } else if matches!(w, "the" | "a" | "an" | "both")
                // ("fired about 100 missiles at X": "about" before a number is no topic.)
                || (w == "about"
                    && self.words.get(i + 1).is_some_and(|n| {
                        n.as_bytes().first().is_some_and(u8::is_ascii_digit)
                            || lex.numbers.contains_key(n)
                    }))
                // (A closing quotation mark before the list: 'a "very good call" with Xi'.)
                || (matches!(w, "\"" | "”" | "’" | "'") && out.is_empty() && !collecting)
            {
            } else if lex.c.stop.has(w)
                || lex.c.subordinate.has(w)
                || w.chars().all(|c| c.is_ascii_punctuation())
            {
                break;
            } else {
                // ("the suspension of U.S. military aid to Ukraine": past what is stopped, "to"
                // names who goes without it.)
                if t.kind == "aid_suspension" && collecting && !out.is_empty() {
                    // (After a possessor's "'s": "of Latvia's military aid to Estonia".)
                    let from = i + usize::from(matches!(w, "'s" | "’s"));
                    let to =
                        (i + 1..(i + 5).min(cb)).find(|&k| self.words[k] == "to").filter(|&k| {
                            k > from
                                && (from..k).all(|j| self.plain(j))
                                && (from..k).any(|j| {
                                    self.lex.objects.contains_key(self.words[j])
                                        || t.then.is_some_and(|c| self.in_class(lex.class(c), j))
                                })
                        });
                    if let Some(k) = to {
                        i = k + 1;
                        continue;
                    }
                }
                // (What is fired is no filler: "launched 96 drones and missiles at ...".)
                if !(t.kind == "military_strike" && lex.c.weapons.has(w)) {
                    fillers += 1;
                }
                if !out.is_empty() || fillers > 3 {
                    break;
                }
            }
            i += 1;
        }
        (out, last)
    }

    /// The people of an event that a definite reference at token `trigger` of sentence tokens
    /// `a..b` presupposes when the article told none before ("During the phone call, Marsh
    /// said ..."): those the sentence names in its own words (not in a subordinate clause of
    /// another happening, a quotation, or as who reports it: "..., Peskov said"), then, while
    /// fewer than two, those of the article's first paragraph, which tells its news.
    fn presupposed(
        &self,
        a: usize,
        b: usize,
        trigger: usize,
        sent: Span,
        briefers: &[Part<'a>],
    ) -> Vec<Part<'a>> {
        let reporters: Vec<Span> = self
            .quotes_near(sent.start, sent.end)
            .filter_map(|q| q.speaker_span.filter(|s| s.start >= q.end))
            .collect();
        let own = |p: &Part<'a>| {
            p.label == "PER"
                && !self.in_direct_quote(p.span.start)
                && !briefers.iter().any(|x| x.span == p.span)
                && !reporters.contains(&p.span)
        };
        // ("during their call last Thursday, which Orban welcomed": one named in a relative
        // clause set off after the trigger tells of it, and took no part.)
        let relative_after = |k: usize| {
            (trigger + 1..k)
                .rev()
                .take_while(|&j| !matches!(self.words[j], "," | ";" | "—" | "–"))
                .last()
                .is_some_and(|j| {
                    j >= 2
                        && self.words[j - 1] == ","
                        && matches!(self.words[j], "which" | "who" | "whom")
                })
        };
        let mut out: Vec<Part<'a>> = self
            .parts_in(a, b)
            .into_iter()
            .filter(|p| {
                let k = self.tok_at(p.span.start);
                own(p) && !self.in_sub(k, trigger) && !relative_after(k)
            })
            .collect();
        dedup_parts(&mut out);
        if out.len() < 2 {
            if let Some(&lede) = self.doc.paragraphs.first().filter(|p| p.end <= sent.start) {
                let r = self.doc.tokens_in(lede);
                for p in self.parts_in(r.start, r.end) {
                    if out.len() >= 2 {
                        break;
                    }
                    if p.label == "PER"
                        && !self.in_direct_quote(p.span.start)
                        && !out.iter().any(|o| o.name == p.name)
                    {
                        out.push(p);
                    }
                }
            }
        }
        out
    }

    /// The quote whose cue overlaps `span` and whose words come before it ("..., the ministry
    /// said").
    fn tail_quote(&self, span: Span) -> Option<&'a dossier_document::Quote> {
        self.quotes_near(span.start, span.end).find(|q| {
            q.end <= span.start
                && (q.cue.as_ref().is_some_and(|c| Span::new(c.start, c.end).overlaps(&span))
                    || q.speaker_span.is_some_and(|s| s.overlaps(&span)))
        })
    }

    /// Whether a comma at token `k` opens an attribution that ends clause tokens `..cb` ("...,
    /// the ministry said"): a verb of saying within a few words, with no comma or "and" before
    /// it.
    fn attribution_at(&self, k: usize, cb: usize) -> bool {
        self.words[k] == ","
            && (k + 1..(k + 6).min(cb))
                .take_while(|&j| !matches!(self.words[j], "," | "and"))
                .any(|j| self.class_at(&self.lex.c.say, j, cb).is_some())
    }

    /// Speaker spans of the quotes of `sent` whose speaker comes after the words reported,
    /// which hold `trigger` ("X and Y exchanged prisoners, the Kremlin said"): who reports, not
    /// who acts ("Cazeneuve said after a meeting with Hollande" is his own meeting).
    /// So is one who says it in an aside set off by commas ("In exchange, Bukele said,
    /// Venezuela had freed ...").
    fn reporters(&self, sent: Span, trigger: Span) -> Vec<Span> {
        let text = self.doc.text.as_str();
        self.quotes_near(sent.start, sent.end)
            .filter(|q| Span::new(q.start, q.end).contains(&trigger))
            .filter_map(|q| {
                let aside = |s: &Span| {
                    q.cue.as_ref().is_some_and(|c| {
                        c.start >= s.end
                            && c.end <= trigger.start
                            && text[..s.start].trim_end().ends_with(',')
                            && text[c.end..].starts_with(',')
                    })
                };
                q.speaker_span.filter(|s| (s.start >= q.end || aside(s)) && sent.contains(s))
            })
            .collect()
    }

    /// The person or organisation after "according to" in tokens `a..b`.
    fn briefer_in(&self, a: usize, b: usize) -> Option<Part<'a>> {
        let class = &self.lex.c.briefer;
        let k = (a..b).find(|&k| self.class_at(class, k, b).is_some())?;
        let n = self.class_at(class, k, b)?;
        (k + n..b.min(k + n + 12)).find_map(|j| self.part_at(j).filter(|p| p.label != "LOC"))
    }

    /// The token after part `p`, and after the name right after it that it stands for (a role
    /// before its holder's name: "French President Emmanuel Macron").
    fn past_named(&self, p: Part<'a>) -> usize {
        let j = self.tok_at(p.span.end);
        match self.part_at(j) {
            Some(q) if q.name == p.name => self.tok_at(q.span.end),
            _ => j,
        }
    }

    /// Whether a list of names goes on at token `i` (after a comma): a name, after any
    /// determiner, followed by another comma, "and", or the clause's end. "..., the Kremlin
    /// confirmed" ends the list.
    fn list_goes_on(&self, mut i: usize, cb: usize) -> bool {
        while i < cb && matches!(self.words[i], "the" | "a" | "an") {
            i += 1;
        }
        // ("freed Marc Fogel, and the United States released Alexander Vinnik": a name after
        // ", and" that a verb follows opens a clause of its own.)
        if self.words.get(i) == Some(&"and") {
            let mut k = i + 1;
            while k < cb && matches!(self.words[k], "the" | "a" | "an") {
                k += 1;
            }
            let Some(p) = self.part_at(k).filter(|_| k < cb) else { return true };
            let j = self.past_named(p);
            return j >= cb || !self.plain(j) || self.in_class(&self.lex.c.stop, j);
        }
        let Some(p) = self.part_at(i).filter(|_| i < cb) else { return false };
        let j = self.past_named(p);
        j >= cb
            || matches!(self.words[j], "," | "and" | "or" | ".")
            || self.in_class(&self.lex.c.stop, j)
    }

    /// Parts in tokens `a..b` before a trigger, and the briefers among them ("According to
    /// Peskov, ...").
    fn before_zone(
        &self,
        a: usize,
        b: usize,
        sa: usize,
        sb: usize,
    ) -> (Vec<Part<'a>>, Vec<Part<'a>>) {
        let lex = self.lex;
        let mut parts = Vec::new();
        let mut briefers = Vec::new();
        let mut i = a;
        while i < b {
            if let Some(n) = self.class_at(&lex.c.briefer, i, sb.max(i)) {
                // The briefer is the first name after "according to", up to the next comma.
                let mut j = i + n;
                while j < b && self.words[j] != "," {
                    if let Some(p) = self.part_at(j) {
                        if p.label != "LOC" && briefers.is_empty() {
                            briefers.push(p);
                        }
                        j = self.tok_at(p.span.end).max(j + 1);
                        continue;
                    }
                    j += 1;
                }
                i = j;
                continue;
            }
            if let Some(p) = self.part_at(i) {
                // "Jared Kushner, Trump's son-in-law, joined": whose he is, in an apposition after
                // a person, takes no part.
                let end = self.tok_at(p.span.end);
                let apposed_owner = i > a
                    && self.words[i - 1] == ","
                    && matches!(self.words.get(end).copied(), Some("'s" | "’s"))
                    && parts.last().is_some_and(|q: &Part| {
                        q.label == "PER" && self.tok_at(q.span.end) + 1 == i
                    });
                // "Trump's envoy Steve Witkoff held talks": whose envoy he is takes no part
                // either (a person named after a few plain words past the "'s").
                let owner_of_named = p.label == "PER"
                    && matches!(self.words.get(end).copied(), Some("'s" | "’s"))
                    && (end + 2..(end + 6).min(b)).find(|&j| !self.plain(j)).is_some_and(|j| {
                        self.part_at(j).is_some_and(|q| q.label == "PER" && q.name != p.name)
                    });
                // "Since Finland joined NATO, ...": NATO takes no part in the trigger's event.
                if !self.in_sub(i, b) && !apposed_owner && !owner_of_named {
                    parts.push(p);
                }
                i = self.tok_at(p.span.end).max(i + 1);
                continue;
            }
            i += 1;
        }
        let _ = sa;
        (parts, briefers)
    }

    /// The day of a clause of time opened at token `s` by "after" or "before" right after a
    /// duration of whole days ("a day after", "two days before"): the day of main-clause tokens
    /// `ca..` before the duration, moved back or forward by it. The span is the duration's.
    fn offset_date(&self, ca: usize, s: usize, told: &[(Span, usize)]) -> Option<(String, Span)> {
        let back = match self.words.get(s).copied() {
            Some("after") => true,
            Some("before") => false,
            _ => return None,
        };
        let (from, to) = (self.toks.get(ca)?.start, self.toks.get(s)?.start);
        let d = self
            .timexes_from(from, to)
            .filter(|x| x.kind == "DURATION" && x.end <= to && self.tok_at(x.end) == s)
            .last()?;
        // ("late on Thursday, hours after she was traded": hours or minutes before or after
        // a day are that day.)
        let value = d.value.as_deref()?;
        let days = match minutes(value) {
            Some(m) if m > 0 && m % 1440 == 0 => i64::from(m),
            Some(m) if m > 0 && m < 1440 => 0,
            None if value.starts_with("PT") => 0,
            _ => return None,
        };
        // The nearest date before the duration ("who had been jailed landed on Saturday, a day
        // after": a relative clause left open takes in the main clause's date).
        let day = self
            .timexes_from(from, d.start)
            .filter(|x| x.end <= d.start && matches!(x.kind.as_str(), "DATE" | "TIME"))
            .filter_map(|x| x.value.as_deref().and_then(event_date))
            .last()
            // "The meeting came a day after Lee hosted Trump": the day of the event the main
            // clause told (here by referring back to it).
            .or_else(|| {
                told.iter()
                    .rev()
                    .filter(|(sp, _)| sp.start >= from && sp.end <= d.start)
                    .map(|&(_, k)| &self.events[k])
                    .find(|e| e.date_source == Some("text"))
                    .and_then(|e| e.date.clone())
                    .filter(|d| d.len() == 10)
            })
            // ("The measures came a day after Trump held a call with Putin": what "the" and a
            // noun name before a verb of following is the latest happening told with a day
            // before the sentence, as for "came hours after".)
            .or_else(|| self.came_subject_day(ca, s))?;
        let dspan = Span::new(d.start, d.end);
        let day = day.parse::<jiff::civil::Date>().ok()?;
        let n = jiff::Span::new().days(days / 1440);
        let moved = if back { day.checked_sub(n) } else { day.checked_add(n) };
        let moved = moved.ok()?;
        // "three weeks after": weeks are counted loosely, so only the month is sure; when three
        // days either way cross into another month, the week of those days ("a week after the
        // pause" on 7 July: 27 June to 3 July, not all of 2025).
        if days / 1440 >= 7 {
            let three = jiff::Span::new().days(3);
            let (lo, hi) = (moved.checked_sub(three).ok()?, moved.checked_add(three).ok()?);
            let month = |d: jiff::civil::Date| format!("{:04}-{:02}", d.year(), d.month());
            let date = match (month(lo), month(hi)) {
                (a, b) if a == b => a,
                _ => format!("{lo}/{hi}"),
            };
            return Some((date, dspan));
        }
        Some((moved.to_string(), dspan))
    }

    /// The people named in a relative clause of place or time ("in which", "at which",
    /// "during which", "where") opening within [`WHERE_REACH`] tokens from `from` (a date or a
    /// place between), up to its first comma or `cb`; two different people at least.
    fn people_of_relative(&self, from: usize, cb: usize) -> Vec<Part<'a>> {
        let end = (from + WHERE_REACH).min(cb);
        let mut k = from;
        while k < end
            && (self.words[k] != "," || self.words.get(k + 1) == Some(&"where"))
            && self.part_at(k).is_none_or(|p| p.label == "LOC")
        {
            let open = match self.words[k] {
                "where" => Some(k + 1),
                "in" | "at" | "during" if self.words.get(k + 1) == Some(&"which") => Some(k + 2),
                _ => None,
            };
            if let Some(o) = open {
                let stop = (o..cb).find(|&j| self.words[j] == ",").unwrap_or(cb);
                let mut people: Vec<Part<'a>> = Vec::new();
                for p in self.parts_in(o, stop) {
                    if p.label == "PER" && !people.iter().any(|q| q.name == p.name) {
                        people.push(p);
                    }
                }
                return if people.len() >= 2 { people } else { Vec::new() };
            }
            k += 1;
        }
        Vec::new()
    }

    /// Whether a stretch of a day or more ("days", "a week") ends right before token `k`, in
    /// clause tokens from `ca`: "said on Monday, days after a meeting" tells of a meeting
    /// before the day said.
    fn days_before(&self, ca: usize, k: usize) -> bool {
        let (from, to) = (self.toks[ca].start, self.toks[k].start);
        self.timexes_from(from, to).any(|x| {
            x.kind == "DURATION"
                && x.end <= to
                && self.tok_at(x.end) == k
                && x.value.as_deref().and_then(minutes).is_none_or(|m| m >= 1440)
        })
    }

    /// The calendar date nearest to `trigger` in clause tokens `ca..cb`, skipping dates after
    /// "since", "until", ... and dates inside topic zones.
    fn date_near(
        &self,
        ca: usize,
        cb: usize,
        trigger: Span,
        trig: &Trigger,
        zones: &[(usize, usize)],
    ) -> (Option<String>, Option<Span>, bool) {
        let kind = trig.kind;
        if ca >= cb {
            return (None, None, false);
        }
        let ti = self.tok_at(trigger.start);
        let (s, e) = (
            self.toks[ca.max(ti.saturating_sub(DATE_REACH))].start,
            self.toks[(cb - 1).min(self.tok_at(trigger.end) + DATE_REACH)].end,
        );
        // "Pashinyan returned to Yerevan on Thursday after talks in Istanbul": a noun after
        // "after" names what went before the main verb, whose date ("on Thursday") is not its;
        // a verb of saying tells of it on the day said ("Volkov said on Tuesday after talks"),
        // unless another clause of time opens between them, whose verb the day is of ("was
        // announced after Trump briefed him on Saturday after his summit with Putin").
        let after_word = (ti.saturating_sub(BACKGROUND_WINDOW).max(ca)..ti)
            .rev()
            .take_while(|&k| self.words[k] != ",")
            .find(|&k| matches!(self.words[k], "after" | "following"))
            .filter(|&k| {
                // (Unless what was said is a plan, whose day is its own: "said she would travel
                // to Lima on Monday, after a phone call with Marsh on Saturday".)
                trig.noun
                    && (!(ca..k).any(|j| {
                        self.in_class(&self.lex.c.say, j)
                            && !(j + 1..k).any(|x| {
                                matches!(self.words[x], "after" | "following" | "when" | "while")
                                    || self.in_class(&self.lex.c.modal_aux, x)
                            })
                    }) || self.days_before(ca, k))
            });
        // "... on Monday evening in retaliation for the US strikes": a date before the words
        // of cause is the answering act's.
        // ("condemned Israel on Wednesday for its strike on Doha a day earlier": so is one
        // before "for its", the act the verb answers.)
        let cause_word = (ti.saturating_sub(BACKGROUND_WINDOW).max(ca)..ti)
            .find(|&k| self.class_at(&self.lex.c.cause_of, k, ti).is_some())
            .or_else(|| {
                (ti >= ca + 2
                    && matches!(self.words[ti - 1], "its" | "their")
                    && matches!(self.words[ti - 2], "for" | "over"))
                .then_some(ti - 2)
            })
            .filter(|_| trig.noun);
        let mut best: Option<(usize, Span, String)> = None;
        // ("returned to Yerevan on Friday after talks with Aliyev": the day of what came after
        // a sitting, the one nearest "after", which it took place on or just before.)
        let mut came_after: Option<(Span, String)> = None;
        for t in self.timexes_from(s, e) {
            if after_word.or(cause_word).is_some_and(|k| t.end <= self.toks[k].start) {
                let day = t.value.as_deref().and_then(event_date).filter(|d| calendar(d));
                // ("said on Wednesday, days after Trump halted aid following a meeting": past
                // another clause of time, the day is that clause's verb's, not the noun's.)
                let inner = after_word.is_some_and(|k| {
                    (self.tok_at(t.end)..k)
                        .any(|x| matches!(self.words[x], "after" | "following" | "when" | "while"))
                });
                // (Nor the day of a plan: "said she would travel to Lima on Monday, after a
                // phone call with Marsh".)
                let tk = self.tok_at(t.start);
                let planned = (tk.saturating_sub(PLAN_REACH).max(ca)..tk)
                    .any(|x| self.in_class(&self.lex.c.modal_aux, x));
                if let Some(d) = day.filter(|_| {
                    cause_word.is_none() && t.start >= self.toks[ca].start && !inner && !planned
                }) {
                    came_after = Some((Span::new(t.start, t.end), d));
                }
                continue;
            }
            // "on Monday evening" (a TIME: 2025-06-09TEV) dates an event to its day.
            if t.end > e || !matches!(t.kind.as_str(), "DATE" | "TIME") {
                continue;
            }
            let Some(mut v) = t.value.as_deref().and_then(event_date) else { continue };
            let k = self.tok_at(t.start);
            // ("the first between Putin and the pope, who was elected on May 8": a day inside a
            // clause of "who" set off by a comma after the trigger is that person's.)
            // (So is one in a clause of "which": "a package of sanctions, which bans imports
            // from 2027".)
            let of_whom = (ti + 1..k).rev().take_while(|&j| self.words[j] != ",").any(|j| {
                matches!(self.words[j], "who" | "whom" | "whose" | "which")
                    && self.words[j - 1] == ","
            });
            if of_whom {
                continue;
            }
            // "held talks from July 28 to 29", "between June 15 and 17": days from one to
            // another date it by both ("2025-07-28/2025-07-29"), else by their month.
            let mut until = t.end;
            let range = {
                let after = self.tok_at(t.end);
                let (open, close) = match k.checked_sub(1).map(|j| self.words[j]) {
                    Some("from") => (true, &["to", "through", "until", "till"][..]),
                    Some("between") => (true, &["and"][..]),
                    _ => (false, &[][..]),
                };
                let closed = open
                    && k > ca
                    && self.words.get(after).is_some_and(|w| close.contains(w))
                    && after + 1 < self.words.len();
                closed.then(|| self.range_end(&v, after + 1)).map(|end| {
                    if let Some((day, to)) = end {
                        until = to;
                        v = format!("{v}/{day}");
                    } else if v.len() == 10 {
                        v.truncate(7);
                    }
                })
            }
            .is_some();
            // "since last week's prisoner exchange": a date in the possessive dates the trigger
            // right after it, whatever word stands before.
            let possessive = {
                let after = self.tok_at(t.end);
                matches!(self.words.get(after).copied(), Some("'s" | "’s"))
                    && trigger.start >= t.end
                    && self.tok_at(trigger.start) <= after + ADJECTIVE_REACH
            };
            if k > ca && self.in_class(&self.lex.c.not_date, k - 1) && !possessive && !range {
                continue;
            }
            // "freed Krasikov, serving a life sentence for the 2019 killing of ...": a year
            // between a determiner and another noun describes that noun ("the 2014
            // annexation"); it dates the trigger only when the trigger is that noun.
            let attributive = {
                let after = self.tok_at(t.end);
                k > ca
                    && (self.in_class(&self.lex.c.definite, k - 1)
                        || matches!(self.words[k - 1], "a" | "an"))
                    && self.words.get(after).is_some_and(|w| {
                        w.chars().all(|c| c.is_ascii_lowercase()) && !self.lex.c.stop.has(w)
                    })
                    && !(trigger.start >= t.end
                        && self.tok_at(trigger.start) <= after + ADJECTIVE_REACH)
            };
            if attributive && !possessive && !range {
                continue;
            }
            // ("The EU package, its 17th since the invasion in February 2022, blacklists 189
            // ships": so does one set off before the trigger, closed by a comma or dash before
            // it.)
            if t.end <= trigger.start {
                let clause_mark = |x: usize| matches!(self.words[x], "," | ";" | "—" | "–");
                let since = (ca.max(k.saturating_sub(SINCE_REACH))..k)
                    .rev()
                    .take_while(|&x| !clause_mark(x) && !matches!(self.words[x], "(" | ")"))
                    .any(|x| self.in_class(&self.lex.c.since_clause, x));
                let closed = (self.tok_at(t.end)..self.tok_at(trigger.start)).any(clause_mark);
                if since && closed {
                    continue;
                }
            }
            // "the first call since Finland joined NATO in April 2023": a date inside a "since"
            // clause after the trigger dates that earlier happening, not this one. The clause
            // ends at a comma or dash ("held since 2023, the ministry said on Friday").
            if t.start >= trigger.end {
                let from = self.tok_at(trigger.end);
                let since = (from..k).rev().find(|&j| self.in_class(&self.lex.c.since_clause, j));
                // ("the largest exchange since the start of the war on Sunday": a day of the
                // news week after the phrase "since" took is the news's day.)
                let news_day = k > 0
                    && self.words[k - 1] == "on"
                    && since.is_some_and(|j| j + 3 < k)
                    && self.doc.meta.published.as_deref().is_some_and(|p| {
                        t.value.as_deref().is_some_and(|v| v.len() == 10 && near_news(v, p))
                    });
                if !news_day
                    && since.is_some_and(|j| {
                        !(j + 1..k)
                            .any(|x| matches!(self.words[x], "," | ";" | "—" | "–" | "(" | ")"))
                    })
                {
                    continue;
                }
                // "invited Stubb to visit Ankara in April": April is when the visit is to be,
                // not when the invitation was made.
                if trig.plan {
                    let opened = (from..k)
                        .rev()
                        .take_while(|&x| !matches!(self.words[x], "," | ";" | "—" | "–"))
                        .any(|x| {
                            // ("agreed to a truce on Monday": a "to" before a noun phrase
                            // opens nothing to be done; the date is the agreement's.)
                            self.in_class(&self.lex.c.complement, x)
                                && (self.words[x] != "to" || self.infinitive_to(x, k))
                        });
                    if opened {
                        continue;
                    }
                }
            }
            if zones.iter().any(|&(zs, ze)| zs <= k && k < ze) {
                continue;
            }
            // "Yoon, who was removed from office in April, had met Ishiba in November": a date
            // in a relative clause closed before the trigger dates that clause.
            if t.end <= trigger.start {
                let relative = (ca..k)
                    .rev()
                    .take_while(|&x| !matches!(self.words[x], "," | ";" | "—" | "–" | "("))
                    .any(|x| matches!(self.words[x], "who" | "which" | "whose" | "whom"));
                // ("the trade agreement reached between the two countries last month, the
                // two leaders said at the summit": a participle after its noun opens such a
                // clause too.)
                let reduced = (ca.max(1)..k)
                    .rev()
                    .take_while(|&x| !matches!(self.words[x], "," | ";" | "—" | "–" | "("))
                    .any(|x| self.reduced_relative(x, k));
                let closed = (k..self.tok_at(trigger.start))
                    .any(|x| matches!(self.words[x], "," | ";" | "—" | "–" | ")"));
                if (relative || reduced) && closed {
                    continue;
                }
            }
            // "signed agreements with each country, and Trump lifted restrictions that Congress
            // imposed in 1992": a date past a clause of its own (", and" with a new subject) or
            // in a relative clause with its own subject or a passive ("that Congress imposed",
            // "which were drafted") is what that clause tells.
            if t.start >= trigger.end && self.own_clause_between(self.tok_at(trigger.end), k) {
                continue;
            }
            // "released a soldier it had arrested earlier this month": a date after a verb in
            // the past perfect, past the trigger, is that earlier happening's.
            if t.start >= trigger.end {
                let from = self.tok_at(trigger.end);
                let earlier = (from..k).any(|x| {
                    self.words[x] == "had"
                        && self.words.get(x + 1).is_some_and(|w| w.ends_with("ed"))
                });
                if earlier && !self.words[..from].iter().rev().take(3).any(|w| *w == "had") {
                    continue;
                }
            }
            let mut dist = if t.end <= trigger.start {
                trigger.start - t.end
            } else {
                t.start.saturating_sub(trigger.end)
            };
            // "Vucic said on Tuesday that talks with Kurti in Brussels the day before ...": the
            // date of the saying, before its "that", gives way to one the words said give.
            if t.end <= trigger.start {
                let that = (k..ti).find(|&x| self.words[x] == "that");
                let said = (ca..k).rev().take(3).any(|x| self.in_class(&self.lex.c.say, x));
                if that.is_some() && said {
                    dist += SAYING_DATE_PENALTY;
                }
                // "Chile released three soldiers on Saturday, and Peru freed 12 prisoners on
                // Sunday": a date before ", and" and a new subject is the first clause's; the
                // second takes it only when it gives none of its own.
                let coordinated = (k..ti).any(|j| {
                    self.words[j] == ","
                        && matches!(self.words.get(j + 1).copied(), Some("and" | "but"))
                        && j + 2 < ti
                        && self.part_at(j + 2).is_some()
                });
                // ("The deal had been due to be signed in February, but a meeting between X
                // and Y ... on February 28": so is one before ", but" and the noun's own
                // phrase opening the next clause.)
                let coordinated = coordinated
                    || trig.noun
                        && (k..ti).any(|j| {
                            self.words[j] == ","
                                && matches!(self.words.get(j + 1).copied(), Some("and" | "but"))
                                && j + 2 < ti
                                && ti <= j + 4
                        });
                if coordinated {
                    dist += SAYING_DATE_PENALTY;
                }
            }
            if best.as_ref().is_some_and(|(d, _, _)| dist >= *d) {
                continue;
            }
            // A date in someone's reported words belongs to those words ("told reporters that a
            // second round could follow next month"), not to an event told outside them. (Words
            // read as reported after an event's own trigger, "spoke with Biden on February 12",
            // are that event's.) Checked last, for a date nearer than the best so far: it reads
            // the quotes around.
            let inside =
                |q: &dossier_document::Quote, x: Span| q.start <= x.start && x.end <= q.end;
            // ("Varnia and Norland agreed on Tuesday ..., Volkov said after more than three
            // hours of talks": what the speaker did, told after the cue of an inverted report,
            // happened on the occasion the report tells.)
            let tail_of_report = |q: &dossier_document::Quote| {
                q.cue.as_ref().is_some_and(|c| q.end <= c.start && c.end <= trigger.start)
            };
            // ("The U.S. Treasury announced the measures against Rosneft on Oct. 22": a day
            // closing a statement's object, words with no verb of their own, is the saying's.)
            // ("praised the outcome on Sunday, writing on social media that ...": so is one
            // closing it before a comma and a clause of its own.)
            let object_day = |q: &dossier_document::Quote| {
                let words = self.doc.text.get(q.start..t.start.max(q.start)).unwrap_or("");
                let rest = self.doc.text.get(t.end..q.end.max(t.end)).unwrap_or("");
                let cued =
                    q.cue.as_ref().is_some_and(|c| Span::new(c.start, c.end).overlaps(&trigger));
                single_actor(kind)
                    && cued
                    && (rest.trim().len() <= 1 || rest.trim_start().starts_with(','))
                    && !words
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| w == "that" || self.lex.c.finite_aux.has(w))
            };
            let reported = |q: &dossier_document::Quote| {
                inside(q, Span::new(t.start, t.end))
                    && !inside(q, trigger)
                    && !tail_of_report(q)
                    && !object_day(q)
                    && (single_actor(kind)
                        || q.cue
                            .as_ref()
                            .is_none_or(|c| !Span::new(c.start, c.end).overlaps(&trigger)))
            };
            if self.quotes_near(t.start, t.end).any(reported) {
                continue;
            }
            best = Some((dist, Span::new(t.start, until), v));
        }
        match best {
            Some((_, t, v)) => {
                // "Russia's Defence Ministry said on Sunday it had struck ...": a date between
                // a cue and the reported words that tell the event is when it was said.
                // ("Russia struck Kyiv overnight, the city's administration said on Friday": so
                // is one right after the cue of words reported before it.)
                let (lo, hi) = (t.start.min(trigger.start), t.end.max(trigger.end));
                let said = self.quotes_near(lo, hi).any(|q| {
                    q.start <= trigger.start
                        && trigger.end <= q.end
                        && q.cue.as_ref().is_some_and(|c| {
                            let right_after =
                                c.end <= t.start && self.tok_at(t.start) <= self.tok_at(c.end) + 1;
                            right_after && (trigger.start >= t.end || q.end <= c.start)
                        })
                });
                (Some(v), Some(Span::new(t.start, t.end)), said)
            }
            None => match (came_after, after_word) {
                // (Not "days after a meeting": the words put it before; nor "after the
                // meeting", one told before, whose day is its own.)
                (Some((span, d)), Some(k))
                    if matches!(kind, "meeting" | "negotiation" | "phone_call")
                        && !(k > ca && self.in_class(&self.lex.c.gap_units, k - 1))
                        && !self.in_class(&self.lex.c.definite, k + 1) =>
                {
                    // (Talks of some hours ended that day; of some days, by then.)
                    let hours = self.timexes_from(self.toks[k].end, trigger.start).any(|t| {
                        t.kind == "DURATION"
                            && t.value.as_deref().is_some_and(|v| v.starts_with("PT"))
                    });
                    (Some(d), Some(span), !hours)
                }
                _ => (None, None, false),
            },
        }
    }

    /// The person who travelled for the sitting whose noun is at token `at` ("Trump flew to
    /// Cairo on Monday for talks with el-Sisi", "He then arrived in Jeddah for a summit"): the
    /// person, or the pronoun standing for one, right before a verb of travel
    /// (`travel_verbs`) that opens the clause from token `ca`, with "for" (and an article)
    /// right before the noun; and the place they went to, if named right after the verb.
    fn traveller(&self, ca: usize, at: usize) -> Option<(Part<'a>, Option<Part<'a>>)> {
        // ("for a four-day state visit": an article and a few plain words between.)
        let f = (at.saturating_sub(TRAVEL_FOR_REACH).max(ca + 1)..at)
            .rev()
            .take_while(|&k| self.plain(k) || self.words[k].bytes().all(|b| b.is_ascii_digit()))
            .find(|&k| self.words[k] == "for")?;
        let travel = &self.lex.c.travel_verbs;
        let v = (ca..f).find(|&k| self.in_class(travel, k))?;
        // ("He then flew", "Trump also travelled": a word or two of manner between.)
        let mut j = v;
        while j > ca && matches!(self.words[j - 1], "then" | "also" | "later" | "first") {
            j -= 1;
        }
        let j = j.checked_sub(1)?;
        if j < ca {
            return None;
        }
        let who = self.part_ending_at(j).filter(|p| p.label == "PER").or_else(|| {
            let pronoun = matches!(self.words[j], "he" | "she");
            pronoun.then(|| self.antecedent(self.toks[j].start)).flatten()
        })?;
        // (The town right after "to" or "in": "flew to Sharm el-Sheikh in Egypt".)
        let to = (self.words.get(v + 1).is_some_and(|w| matches!(*w, "to" | "in")))
            .then(|| self.part_at(v + 2))
            .flatten()
            .filter(|p| p.label == "LOC");
        Some((who, to))
    }

    /// "arrived in Moscow on Wednesday for a four-day state visit": a visit dated by its first
    /// day, with its length in days right before its noun, is dated by all its days
    /// ("2025-05-07/2025-05-10").
    fn days_of_stay(&mut self, touched: &[usize]) {
        for &idx in touched {
            let e = &self.events[idx];
            let visit = e.cameo == "042" && e.date_source == Some("text") && !e.derived;
            let Some(first) = e.date.as_deref().filter(|d| visit && d.len() == 10) else {
                continue;
            };
            let ti = self.tok_at(e.trigger.start);
            let from = self.toks[ti.saturating_sub(STAY_REACH)].start;
            let days = self.timexes_from(from, e.trigger.start).find_map(|t| {
                let n: i64 =
                    t.value.as_deref()?.strip_prefix('P')?.strip_suffix('D')?.parse().ok()?;
                (t.kind == "DURATION" && (2..=MAX_STAY_DAYS).contains(&n)).then_some((n, t.end))
            });
            let Some((n, _)) = days else { continue };
            let Ok(day) = first.parse::<jiff::civil::Date>() else { continue };
            let Ok(last) = day.checked_add(jiff::Span::new().days(n - 1)) else { continue };
            let e = &mut self.events[idx];
            e.date = Some(format!("{day}/{last}"));
        }
    }

    /// The day one of `people` was told to leave ("Trump left the summit on Monday night"), in
    /// the last few sentences ending before byte `before`: a date after a verb of leaving whose
    /// subject, named before it in its sentence, is one of them.
    fn day_left(&self, before: usize, people: &[&str]) -> Option<(String, Span)> {
        let left = &self.lex.c.left_verbs;
        let k = self.doc.sentences.partition_point(|s| s.end <= before);
        self.doc.sentences[..k].iter().rev().take(LEFT_REACH).find_map(|s| {
            let (a, b) = (self.tok_at(s.start), self.tok_at(s.end));
            let v = (a..b).find(|&v| self.in_class(left, v))?;
            let start = self.toks[v].start;
            let i = self.parts.partition_point(|p| p.span.start < s.start);
            self.parts[i..]
                .iter()
                .take_while(|p| p.span.end <= start)
                .any(|p| p.label == "PER" && people.contains(&p.name))
                .then_some(())?;
            self.timexes_from(self.toks[v].end, s.end).find_map(|t| {
                let d = t.value.as_deref().and_then(event_date)?;
                matches!(t.kind.as_str(), "DATE" | "TIME").then(|| (d, Span::new(t.start, t.end)))
            })
        })
    }

    /// Whether word `x` is a past participle opening a clause that describes the noun before
    /// it ("the agreement reached between them last month"), the date at token `k` closing it:
    /// a lower-case "-ed" word after a lower-case noun (no auxiliary, pronoun or relative word)
    /// and followed by a preposition or the date itself; "the sides reached a deal" is a verb.
    fn reduced_relative(&self, x: usize, k: usize) -> bool {
        let w = self.words[x];
        let prev = self.words[x - 1];
        w.len() > 4
            && w.ends_with("ed")
            && self.plain(x)
            && self.plain(x - 1)
            && !self.lex.c.definite.has(prev)
            && !matches!(
                prev,
                "had"
                    | "has"
                    | "have"
                    | "was"
                    | "were"
                    | "been"
                    | "be"
                    | "is"
                    | "are"
                    | "being"
                    | "who"
                    | "which"
                    | "that"
                    | "they"
                    | "he"
                    | "she"
                    | "it"
                    | "we"
                    | "and"
                    | "or"
                    | "not"
                    | "also"
                    | "then"
                    | "later"
            )
            && (x + 1 == k
                || matches!(
                    self.words[x + 1],
                    "between" | "by" | "in" | "at" | "on" | "with" | "during" | "last" | "earlier"
                ))
    }

    /// The last day of a range whose first day is `first` ("2025-07-28"), told at token `k`:
    /// a bare day of the same month ("from July 28 to 29") or a date of its own ("to August
    /// 2"), later than the first, as `(day, end offset)`. None where the words there are no such
    /// day.
    fn range_end(&self, first: &str, k: usize) -> Option<(String, usize)> {
        let start = first.parse::<jiff::civil::Date>().ok()?;
        let tok = self.toks[k];
        let day = match self.timexes_from(tok.start, tok.end).next() {
            Some(x) if x.start == tok.start => {
                let v = x.value.as_deref().and_then(event_date).filter(|v| v.len() == 10)?;
                (v.parse::<jiff::civil::Date>().ok()?, x.end)
            }
            _ => {
                let d: i8 = self.words[k].parse().ok()?;
                (jiff::civil::Date::new(start.year(), start.month(), d).ok()?, tok.end)
            }
        };
        let days = (day.0 - start).get_days();
        (day.0 > start && days <= 62).then(|| (day.0.to_string(), day.1))
    }

    /// "The United States has paused deliveries ..., the White House said on Tuesday": the
    /// date right after the cue of the reported words that tell the event `trigger`, as
    /// `(date, span, said)`. The happening was told that day, so it is dated no later.
    fn said_after(&self, trigger: Span) -> (Option<String>, Option<Span>, bool) {
        let cue = self
            .quotes_near(trigger.start, trigger.end)
            .filter(|q| q.start <= trigger.start && trigger.end <= q.end)
            .find_map(|q| q.cue.as_ref().filter(|c| c.start >= q.end));
        let Some(c) = cue else { return (None, None, false) };
        let after = self.tok_at(c.end);
        let date = self.timexes_from(c.end, c.end + 24).find_map(|t| {
            let v = t.value.as_deref().and_then(event_date)?;
            (matches!(t.kind.as_str(), "DATE" | "TIME") && self.tok_at(t.start) <= after + 1)
                .then(|| (v, Span::new(t.start, t.end)))
        });
        match date {
            Some((v, s)) => (Some(v), Some(s), true),
            None => (None, None, false),
        }
    }

    /// 'Trump repeated on Monday that ... . "We stopped a nuclear conflict," Trump told
    /// reporters': words told with no day of their own, right after the same speaker's dated
    /// words (in the paragraph or closing the one before), were told on that day; so are those
    /// of the body's spokesman right after the body's ("The Kremlin said on Saturday that ... .
    /// Kremlin spokesman Dmitry Peskov told reporters that ..."), a body his role names. The day
    /// is the one date of sentence `si - 1` outside what was said there.
    fn day_of_words_before(&self, si: usize, speaker: &str) -> Option<(String, Span)> {
        let cur = self.doc.sentences[si];
        // (A quotation of several sentences: the sentence before it.)
        let opened = self
            .quotes_near(cur.start, cur.end)
            .filter(|q| q.start < cur.start && q.end > cur.start)
            .map(|q| q.start)
            .min()
            .unwrap_or(cur.start);
        let first = self.doc.sentences[..=si].partition_point(|s| s.end <= opened);
        // (The sentence right before, in this paragraph or closing the one before it: "X has
        // adapted, Peskov said on Friday. / 'We consider ...,' Peskov told reporters.")
        let prev = *self.doc.sentences.get(first.checked_sub(1)?)?;
        let q = self.quotes_near(prev.start, prev.end).find(|q| {
            prev.start <= q.start
                && q.end <= prev.end
                && q.speaker.as_deref().is_some_and(|s| s == speaker || self.speaks_for(speaker, s))
        })?;
        let mut days = self.timexes_from(prev.start, prev.end).filter(|t| {
            t.end <= prev.end
                && matches!(t.kind.as_str(), "DATE" | "TIME")
                && !(q.start <= t.start && t.end <= q.end)
                && !self.in_direct_quote(t.start)
        });
        let t = days.next()?;
        if days.next().is_some() {
            return None;
        }
        Some((t.value.as_deref().and_then(event_date)?, Span::new(t.start, t.end)))
    }

    /// Whether a role of `person` in the article names `body` ("Kremlin spokesman" for the
    /// Kremlin, "White House press secretary" for the White House): whose words he tells.
    fn speaks_for(&self, person: &str, body: &str) -> bool {
        let body: Vec<&str> = body.split_whitespace().collect();
        !body.is_empty()
            && self.doc.roles.iter().any(|r| {
                r.entity.as_deref() == Some(person) && {
                    let words: Vec<&str> = r.text.split_whitespace().collect();
                    words.windows(body.len()).any(|w| w == body.as_slice())
                }
            })
    }

    /// The one calendar date of sentence tokens `a..b`, if it has exactly one.
    fn sentence_date(&self, a: usize, b: usize) -> Option<(String, Option<Span>)> {
        let (s, e) = (self.toks[a].start, self.toks[b - 1].end);
        let mut found = self.timexes_from(s, e).filter(|t| {
            t.end <= e
                && matches!(t.kind.as_str(), "DATE" | "TIME")
                && t.value.as_deref().and_then(event_date).is_some()
                && !self.in_direct_quote(t.start)
        });
        let first = found.next()?;
        if found.next().is_some() {
            return None;
        }
        Some((
            first.value.as_deref().and_then(event_date)?,
            Some(Span::new(first.start, first.end)),
        ))
    }

    /// The first duration of clause tokens `ca..cb` short enough to be an event's, as a
    /// `[min, max]` range in minutes.
    ///
    /// A duration told as an adjective ("The 45-minute meeting") is the event's only when its
    /// trigger follows it (`trigger`; `None` takes any).
    fn duration_in(
        &self,
        ca: usize,
        cb: usize,
        trigger: Option<Span>,
    ) -> (Option<[u32; 2]>, Option<Span>) {
        if ca >= cb {
            return (None, None);
        }
        let (s, e) = (self.toks[ca].start, self.toks[cb - 1].end);
        for t in self.timexes_from(s, e) {
            if t.end > e || t.kind != "DURATION" || self.in_direct_quote(t.start) {
                continue;
            }
            // "a day after", "two weeks later": how far from another time, not how long (but
            // "met for an hour and a half before the ceremony" tells how long).
            let k = self.tok_at(t.start);
            let length = k > 0 && matches!(self.words[k - 1], "for" | "lasted" | "lasting");
            if !length && self.word_in(&self.lex.c.offset, self.tok_at(t.end)) {
                continue;
            }
            // "on the first day of a two-day visit": which day of a longer stay, not how long.
            let ordinal = &self.lex.c.ordinal;
            let which = (k..self.tok_at(t.end)).any(|j| self.in_class(ordinal, j));
            if which && !length {
                continue;
            }
            if let Some(trig) = trigger {
                // ("The meeting came a day after X held three hours of talks with Y": how long
                // the noun after "of" went on, when that noun is not this trigger.)
                let end = self.tok_at(t.end);
                let of_other = !length
                    && self.words.get(end) == Some(&"of")
                    && !(end + 1..(end + 3).min(self.words.len()))
                        .any(|j| self.toks[j].start == trig.start);
                if of_other {
                    continue;
                }
                let adjective = self.doc.text.get(t.start..t.end).is_some_and(|x| x.contains('-'));
                let k = self.tok_at(t.end);
                let owner = trig.start >= t.end && self.tok_at(trig.start) <= k + ADJECTIVE_REACH;
                if adjective && !owner {
                    continue;
                }
            }
            let Some(m) = t.value.as_deref().and_then(minutes) else { continue };
            if m == 0 || m > MAX_MINUTES {
                continue;
            }
            return (Some(range(m, t.modifier.as_deref())), Some(Span::new(t.start, t.end)));
        }
        (None, None)
    }

    /// Topics of tokens `a..b` (a zone after "discussed", "focused on"...): the names in it and
    /// its phrases split at commas and "and".
    fn topics_from(&self, a: usize, b: usize, out: &mut Vec<String>) {
        for p in self.parts_in(a, b) {
            push_topic(out, p.name);
        }
        let mut start = a;
        let mut k = a;
        while k <= b {
            let split =
                k == b || matches!(self.words[k], "," | "and" | "including" | "as" | "." | "while");
            if split {
                let mut s = start;
                while s < k
                    && matches!(
                        self.words[s],
                        "the" | "a" | "an" | "their" | "its" | "his" | "her" | "on" | "about"
                    )
                {
                    s += 1;
                }
                // A date or a duration ("50 minutes") is not what an event was about.
                let timex = s < k && {
                    let span = Span::new(self.toks[s].start, self.toks[k - 1].end);
                    self.timexes_from(span.start.saturating_sub(256), span.end)
                        .any(|t| span.overlaps(&Span::new(t.start, t.end)))
                };
                let n = k - s;
                if (1..=7).contains(&n) {
                    let phrase = self.text(s, k);
                    let function = matches!(
                        self.words[s],
                        "what" | "which" | "who" | "about" | "how" | "that"
                    );
                    if !function && !timex && phrase.chars().any(|c| c.is_alphabetic()) {
                        push_topic(out, phrase);
                    }
                }
                start = k + 1;
            }
            k += 1;
        }
    }

    /// Speakers of quotes in `sent` that are not inside it as the quoted words only.
    fn quote_speakers(&self, sent: Span) -> Vec<Part<'a>> {
        let mut out = Vec::new();
        let (judge, reaction) = (&self.lex.c.judge_cue, &self.lex.c.reaction);
        for q in self.quotes_near(sent.start, sent.end) {
            // ("Scholz called the strike \"barbaric\"": a judgment, not an account.)
            let verb = q.cue.as_ref().and_then(|c| c.text.split_whitespace().next_back());
            if verb.is_some_and(|v| {
                let v = v.to_lowercase();
                judge.has(&v) || reaction.has(&v)
            }) {
                continue;
            }
            let cue = q.cue.as_ref().map(|c| Span::new(c.start, c.end));
            let anchor = cue.or(q.speaker_span).unwrap_or(Span::new(q.start, q.end));
            if !sent.overlaps(&anchor) && !sent.overlaps(&Span::new(q.start, q.end)) {
                continue;
            }
            let (Some(name), Some(span)) = (q.speaker.as_deref(), q.speaker_span) else {
                continue;
            };
            out.push(Part { span, name, label: "PER" });
        }
        out
    }

    /// The event a reference at byte `pos` most likely means among those `fits` accepts: the
    /// one mentioned last if that was in the same paragraph, else the one told most often.
    fn salient(&self, fits: impl Fn(&Ev) -> bool, pos: usize) -> Option<usize> {
        let latest = self
            .recent()
            .filter(|&k| fits(&self.events[k]))
            .max_by_key(|&k| self.events[k].last)?;
        if self.paragraph_of(self.events[latest].last) == self.paragraph_of(pos) {
            return Some(latest);
        }
        self.recent()
            .filter(|&k| fits(&self.events[k]))
            .max_by_key(|&k| (self.events[k].mentions.len(), std::cmp::Reverse(k)))
    }

    /// Index of the paragraph holding byte `pos` (`usize::MAX` outside every paragraph).
    fn paragraph_of(&self, pos: usize) -> usize {
        let ps = &self.doc.paragraphs;
        let k = ps.partition_point(|p| p.end <= pos);
        if ps.get(k).is_some_and(|p| p.start <= pos) {
            k
        } else {
            usize::MAX
        }
    }

    /// The speaker of a quote whose cue overlaps `span`.
    fn quote_speaker_at(&self, span: Span) -> Option<Part<'a>> {
        // The quoted words may open just after the cue ("he stated: \"We ...\"").
        self.quotes_near(span.start, span.end + CUE_GAP).find_map(|q| {
            let cue = q.cue.as_ref()?;
            if !Span::new(cue.start, cue.end).overlaps(&span) {
                return None;
            }
            let at = q.speaker_span?;
            // ("The Armenian prime minister told reporters": a description the article names no
            // one for stands as its words; the corpus stage links it to whom other articles
            // name.)
            let name = q.speaker.as_deref().or_else(|| {
                self.doc
                    .roles
                    .iter()
                    .find(|r| r.start == at.start && r.end == at.end && r.entity.is_none())
                    .map(|r| self.doc.text.get(r.start..r.end).unwrap_or(""))
                    .filter(|t| !t.is_empty())
            })?;
            Some(Part { span: at, name, label: "PER" })
        })
    }

    /// The first count of people in sentence tokens `a..b` ("12 prisoners", "ten people").
    fn count_in(&self, a: usize, b: usize) -> Option<(u32, Span)> {
        let nouns = &self.lex.c.count_noun;
        (a..b.saturating_sub(1)).find_map(|k| {
            let w = self.words[k];
            // "a 24-person prisoner exchange": the number and its noun in one word.
            if let Some((n, one)) = w.split_once('-') {
                let n = parse_count(n).filter(|_| nouns.has(&format!("{one}s")));
                if let Some(n) = n.filter(|_| !self.in_direct_quote(self.toks[k].start)) {
                    return Some((n, Span::new(self.toks[k].start, self.toks[k].end)));
                }
            }
            let (n, last) = match parse_count(w) {
                Some(n) => (n, k),
                None => self.number_words(k, b)?,
            };
            // "12 people", "ten Estorian prisoners", "150 of its defenders".
            // ("the last 20 living Israeli hostages": two words between.)
            let reach = if self.words.get(last + 1) == Some(&"of") { 5 } else { 4 };
            // ("390 Ukrainians returned home": a nationality's people.)
            let nationals = |w: &str| {
                w.strip_suffix('s').is_some_and(|one| {
                    dossier_resolve::lang::lang().country_of_demonym(one).is_some()
                })
            };
            // ("seven planes carrying prisoners": another plural noun counted comes first.)
            let other_plural = |w: &str| {
                w.len() > 3
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && !w.ends_with("us")
                    && w.chars().all(|c| c.is_ascii_lowercase())
            };
            let noun = (last + 1..(last + reach).min(b))
                .find(|&j| {
                    self.in_class(nouns, j)
                        || nationals(self.words[j])
                        || other_plural(self.words[j])
                })
                .filter(|&j| self.in_class(nouns, j) || nationals(self.words[j]))?;
            if self.in_direct_quote(self.toks[k].start) {
                return None;
            }
            // "released Siarhei Tsikhanouski and 13 other prisoners": the people named before
            // "and" count too.
            let mut from = k;
            let mut n = n;
            if self.words.get(last + 1) == Some(&"other") && k > a && self.words[k - 1] == "and" {
                // ("freed Sergei Tikhanovsky, the jailed husband of ..., and 13 other
                // prisoners": past an apposition that a determiner opens.)
                let apposed = (k >= a + 2 && self.words[k - 2] == ",")
                    .then(|| {
                        (a..k - 2).rev().take(APPOSITION_REACH).find(|&c| self.words[c] == ",")
                    })
                    .flatten()
                    .filter(|&c| matches!(self.words.get(c + 1).copied(), Some("the" | "a" | "an")))
                    .filter(|&c| {
                        c > a && self.part_ending_at(c - 1).is_some_and(|p| p.label == "PER")
                    });
                let mut j = apposed.unwrap_or(k - 1);
                while j > a {
                    let Some(p) = self.part_ending_at(j - 1).filter(|p| p.label == "PER") else {
                        break;
                    };
                    n += 1;
                    from = self.tok_at(p.span.start);
                    j = from;
                    if j > a && self.words[j - 1] == "," {
                        j -= 1;
                    } else {
                        break;
                    }
                }
            }
            // ("Siarhei Tsikhanouski ... was released on Saturday along with 13 other political
            // prisoners": the person the sentence opens with counts too.)
            let along = k >= a + 2
                && matches!(self.words[k - 2], "along" | "together")
                && self.words[k - 1] == "with"
                && self.words.get(last + 1) == Some(&"other");
            if from == k && along {
                let pos = self.toks[k].start;
                let sentences = &self.doc.sentences;
                let opening = sentences
                    .get(sentences.partition_point(|s| s.end <= pos))
                    .map(|s| self.tok_at(s.start));
                if let Some(s0) = opening
                    .filter(|&s0| s0 < k && self.part_at(s0).is_some_and(|p| p.label == "PER"))
                {
                    n += 1;
                    from = s0;
                }
            }
            // "freed an American and two Belarusians": one national before "and" counts too.
            if from == k && k >= a + 3 && self.words[k - 1] == "and" {
                let one = matches!(self.words[k - 3], "a" | "an" | "one");
                let national =
                    dossier_resolve::lang::lang().country_of_demonym(self.words[k - 2]).is_some();
                if one && national {
                    n += 1;
                    from = k - 3;
                }
            }
            // ("nearly 2,000 Palestinian prisoners": the words that make the number a bound
            // are part of the count, which the corpus stage reads as a range.)
            if from == k {
                from -= self.bound_before(a, k);
            }
            Some((n, Span::new(self.toks[from].start, self.toks[noun].end)))
        })
    }

    /// "freed 250 prisoners serving long sentences and around 1,718 Gazans": a second count
    /// joined by "and" a few words after count `c`, before token `b`, adds to it (the span
    /// then covers both).
    fn count_and_more(&self, c: (u32, Span), b: usize) -> (u32, Span) {
        let after = self.tok_at(c.1.end);
        let and = (after..(after + AND_COUNT_REACH).min(b))
            // ("14 prisoners including 3 women and 2 children" are 14.)
            .take_while(|&k| {
                !matches!(self.words[k], "," | ";" | "—" | "–" | "including" | "among" | "of")
            })
            .find(|&k| self.words[k] == "and");
        let more = and.and_then(|k| {
            let next = self.count_in(k + 1, (k + 6).min(b))?;
            (self.tok_at(next.1.start) == k + 1).then_some(next)
        });
        match more {
            Some((n, sp)) => (c.0 + n, Span::new(c.1.start, sp.end)),
            None => c,
        }
    }

    /// How many tokens right before token `k` (not before `a`) make the number there a bound
    /// ("more than", "nearly"; `bounds.tsv`): part of the count or figure, which the corpus
    /// stage reads as a range.
    fn bound_before(&self, a: usize, k: usize) -> usize {
        let phrases = bound_phrases();
        phrases
            .iter()
            .map(Vec::len)
            .filter(|&n| n <= k - a)
            .find(|&n| phrases.iter().any(|p| p.len() == n && self.words[k - n..k] == p[..]))
            .unwrap_or(0)
    }

    /// The number that words from token `k` write ("ten", "one hundred and forty-six",
    /// "two thousand"), and the token of its last word; `None` when token `k` is no number
    /// word.
    fn number_words(&self, k: usize, b: usize) -> Option<(u32, usize)> {
        let value = |w: &str| -> Option<u32> {
            match w.split_once('-') {
                // "forty-six"
                Some((x, y)) => Some(self.lex.numbers.get(x)? + self.lex.numbers.get(y)?),
                None => self.lex.numbers.get(w).copied(),
            }
        };
        let (mut total, mut current, mut last) = (0u32, 0u32, None);
        let mut j = k;
        while j < b {
            let w = self.words[j];
            if w == "and"
                && last.is_some()
                && self.words.get(j + 1).and_then(|n| value(n)).is_some()
            {
                j += 1;
                continue;
            }
            let Some(v) = value(w) else { break };
            match v {
                _ if self.lex.multipliers.contains(w) => {
                    current = current.max(1).saturating_mul(v);
                }
                100 => current = current.max(1).saturating_mul(100),
                1000 => {
                    total = total.saturating_add(current.max(1).saturating_mul(1000));
                    current = 0;
                }
                _ => current = current.saturating_add(v),
            }
            last = Some(j);
            j += 1;
        }
        Some((total.saturating_add(current), last?))
    }

    /// Whether `p` names a building or a room ("the East Room", "the Oval Office"): a name, not
    /// a person's, whose last word is a venue's noun.
    fn venue_name(&self, p: &Part) -> bool {
        let last = p.name.rsplit(' ').next().unwrap_or("");
        p.label != "PER" && self.lex.c.venue.has(last.to_lowercase().as_str())
    }

    /// A place after "in" or "on the territory of" in tokens `a..b`.
    fn place_after(&self, a: usize, b: usize) -> Option<&'a str> {
        let lex = self.lex;
        let mut i = a;
        // Past a word of what was talked about ("focused on the war in Ukraine"), a state after
        // "in" is part of the topic, not where the talking was (a city still is: "discussed
        // trade in Geneva").
        let mut topic = false;
        while i < b {
            // ("held talks, their first meeting since they met in the Russian city of Kazan":
            // where an earlier happening was, not this one.)
            if self.in_class(&lex.c.since_clause, i) {
                return None;
            }
            topic = topic || self.class_at(&lex.c.topic, i, b).is_some();
            // ("met Pashinyan at the White House": a building or room after "at".)
            if self.words[i] == "at" {
                let j = i + 1 + usize::from(self.words.get(i + 1) == Some(&"the"));
                if let Some(p) = self.part_at(j).filter(|p| self.venue_name(p)) {
                    return Some(p.name);
                }
                // ("met Pope Leo at the Vatican": a state or its city after "at the".)
                if let Some(p) = self.part_at(j).filter(|p| {
                    p.label == "LOC"
                        && j > i + 1
                        && self.tok_at(p.span.end) == j + 1
                        && dossier_resolve::lang::lang().country_acting(p.name).is_some()
                }) {
                    return Some(p.name);
                }
                // ("took place at Ankara airport": the city whose site it was.)
                if let Some(p) = self.part_at(j).filter(|p| {
                    p.label == "LOC"
                        && self
                            .words
                            .get(self.tok_at(p.span.end))
                            .is_some_and(|w| lex.c.site.has(w))
                }) {
                    return Some(p.name);
                }
            }
            if let Some(n) = self.class_at(&lex.c.place, i, b) {
                let mut j = i + n + usize::from(self.words.get(i + n) == Some(&"the"));
                // ("in the northern Chinese city of Tianjin": past words of where in a country.)
                let bearing = &lex.c.bearing;
                while self.words.get(j).is_some_and(|w| bearing.has(w)) {
                    j += 1;
                }
                // "in the Omani capital": the country the nationality word names. (The word
                // after it: "the South Korean city of Busan" is two words of nationality.)
                let demonym = self.demonym_at(j).map(|d| (d, self.tok_at(d.span.end)));
                if let Some((d, k)) = demonym.filter(|&(_, k)| {
                    self.word_in(&lex.c.place_of, k) && self.words.get(k + 1) != Some(&"of")
                }) {
                    // ("in the Qatari capital Doha": the name right after it, if one follows.)
                    let named = self.part_at(k + 1).filter(|p| p.label == "LOC");
                    return Some(named.map_or(d.name, |p| p.name));
                }
                // "in the Saudi city of Jeddah": past the nationality word.
                if let Some((_, k)) = demonym.filter(|&(_, k)| self.word_in(&lex.c.place_of, k)) {
                    j = k;
                }
                // "in the port of Odesa", "in the city of Kharkiv".
                if self.words.get(j + 1) == Some(&"of") && self.word_in(&lex.c.place_of, j) {
                    j += 2;
                }
                // ("met Putin in the Kremlin": a seat of government, an organisation elsewhere,
                // is a place here.)
                // ("a larger meeting in the East Room": a name of a building or room, too.)
                if let Some(p) = self
                    .part_at(j)
                    .filter(|p| p.label == "LOC" || seat(p.name) || self.venue_name(p))
                {
                    // ("in the Omani capital", the nationality word taken for a place: the
                    // country.)
                    let l = dossier_resolve::lang::lang();
                    let country = (p.label == "LOC")
                        .then(|| l.country_of_demonym(p.name))
                        .flatten()
                        .filter(|_| self.word_in(&lex.c.place_of, j + 1));
                    // ("in the Red Sea resort", "the Black Sea port of Odesa": a region naming a
                    // kind of place is not where; the name after "of" is.)
                    let after = self.tok_at(p.span.end);
                    let kind_of_place = country.is_none()
                        && p.label == "LOC"
                        && j > 0
                        && self.words[j - 1] == "the"
                        && self.word_in(&lex.c.place_of, after)
                        && self.plain(after);
                    if kind_of_place {
                        let named = (self.words.get(after + 1) == Some(&"of"))
                            .then(|| self.part_at(after + 2))
                            .flatten()
                            .filter(|q| q.label == "LOC");
                        match named {
                            Some(q) => return Some(q.name),
                            None => {
                                i = after;
                                continue;
                            }
                        }
                    }
                    let state = dossier_resolve::lang::lang().country_named(p.name).is_some();
                    if topic && country.is_none() && state {
                        i = after;
                        continue;
                    }
                    return Some(country.unwrap_or(p.name));
                }
                i += n;
            } else {
                i += 1;
            }
        }
        None
    }

    /// "He later flew to Sharm el-Sheikh in Egypt, where he and Sisi co-chaired a summit": the
    /// place a clause of ", where" holding token `at` (sentence from token `a`) hangs on, the
    /// city before "in" and its country when both are named.
    fn place_before_where(&self, a: usize, at: usize) -> Option<&'a str> {
        let w = ((a + 2).max(at.saturating_sub(REPORTED_REACH))..at)
            .rev()
            .take_while(|&k| self.words[k] != ",")
            .find(|&k| self.words[k] == "where")
            .filter(|&k| self.words[k - 1] == ",")?;
        let last = self.part_ending_at(w - 2).filter(|p| p.label == "LOC")?;
        let k = self.tok_at(last.span.start);
        let city = (k >= 2 && self.words[k - 1] == "in")
            .then(|| self.part_ending_at(k - 2))
            .flatten()
            .filter(|p| p.label == "LOC");
        Some(city.unwrap_or(last).name)
    }

    /// The state of the place a sitting `e` was held in, as far as the language data knows it:
    /// a place named after "in" or "at" that is a state or a city standing for one ("in South
    /// Korea", "in Kuala Lumpur": Malaysia). A call is held in no one place.
    fn state_held_in(&self, e: &Ev<'a>) -> Option<&'static str> {
        if !matches!(e.kind, "meeting" | "negotiation") {
            return None;
        }
        let l = dossier_resolve::lang::lang();
        let placed = e.parts.iter().find(|p| {
            let k = self.tok_at(p.span.start);
            p.label == "LOC" && k > 0 && matches!(self.words[k - 1], "in" | "at")
        });
        let name = e.place.or(placed.map(|p| p.name))?;
        l.country_named(name).or_else(|| l.country_acting(name))
    }

    /// Files `ev` with the article's events: joins the event it refers to or agrees with, or
    /// starts a new one. Returns the event's index.
    ///
    /// `of_told`: the mention names the parties of an event told before ("hosted the
    /// delegations"): it joins that event whatever its own participants.
    fn place_event(&mut self, mut ev: Ev<'a>, definite: bool, of_told: bool) -> usize {
        // An undated event the article tells as its news will take the publication date: "Yoon
        // and Ishiba also held a phone call in October", months before, is another call than
        // "their first phone call" told undated before it (one that refers back, "the call in
        // October", still joins).
        let published = self.doc.meta.published.as_deref();
        let other_time = |e: &Ev| {
            !definite
                && !e.background
                && ev.date.as_deref().is_some_and(|d| published.is_some_and(|p| !near_news(d, p)))
        };
        // Candidates: same kind, dates that can agree; the most recently mentioned first.
        let mut cands: Vec<usize> = self
            .recent()
            .filter(|&k| {
                let e = &self.events[k];
                same_happening(e.kind, ev.kind)
                    && !e.derived
                    && (!ev.apart || e.mentions.iter().all(|m| m.start < ev.sentence.start))
                    && match (&e.date, &ev.date) {
                        // A day it was said on agrees with the days just before it.
                        (Some(x), Some(y)) => {
                            compatible(x, y)
                                || ev.said_date && x <= y && near_news(x, y)
                                || e.said_date && y <= x && near_news(y, x)
                        }
                        (None, Some(_)) => !other_time(e),
                        _ => true,
                    }
                    // "a meeting with Xi in South Korea ... the talks in Kuala Lumpur on Sunday":
                    // sittings held in two states are two.
                    && !matches!(
                        (self.state_held_in(e), self.state_held_in(&ev)),
                        (Some(x), Some(y)) if x != y
                    )
                    // "the release of three more people" is not the release of one (counted,
                    // or one person named as freed).
                    && !matches!((e.count, ev.count), (Some(x), Some(y)) if x.0 != y.0)
                    && !ev.count.is_some_and(|c| {
                        let freed = e
                            .parts
                            .iter()
                            .filter(|p| p.label == "PER" && !e.agents.contains(&p.name))
                            .count();
                        e.count.is_none()
                            && e.kind == "prisoner_release"
                            && freed >= 1
                            && freed != c.0 as usize
                    })
                    // "India struck eight sites after Pakistan fired drones": who did one did
                    // not do the other. (A person may act for a state: "Moscow released X. He
                    // was pardoned by Putin.")
                    // ("Russia's attack on Kyiv ... The Kremlin said its forces had struck
                    // targets in Kyiv": a seat of government acts for its state.)
                    && (e.agents.is_empty()
                        || ev.agents.is_empty()
                        || e.agents.iter().any(|a| ev.agents.iter().any(|b| same_state(a, b)))
                        || [e, &ev].iter().any(|x| {
                            x.agents.iter().all(|a| x.parts.iter().any(|p| p.name == *a && p.label == "PER"))
                        }))
            })
            .collect();
        cands.sort_by_key(|&k| std::cmp::Reverse(self.events[k].last));
        // "The conversation between the leaders of Russia and the United States" names
        // countries for people: a reference, not a new call.
        let places_only = definite
            && ev.parts.iter().all(|p| p.label != "PER")
            && cands.iter().any(|&k| self.events[k].parts.iter().any(|p| p.label == "PER"));
        // ("The exchange was brokered with the help of the UAE": who brokered it is no side
        // of its own; the exchange told before.)
        let brokers = definite && !ev.parts.is_empty() && ev.parts.iter().all(|p| self.hosted(p));
        let own = !ev.parts.is_empty() && !places_only && !of_told && !brokers;
        // (Nor of the exchange it brokered: its sides are who gave people up.)
        if brokers && matches!(ev.kind, "prisoner_exchange" | "prisoner_release") {
            ev.parts.clear();
        }
        // "Aliyev and Trump held a separate bilateral meeting": another one, whoever took part.
        let ti = self.tok_at(ev.trigger.start);
        // ("met Trump on the sidelines of the summit": another one, held at it.)
        let edge = &self.lex.c.edge_of;
        // ("The meeting, held on the sidelines of the summit, lasted two hours": the noun
        // that refers back was held there; no other one.)
        let at_edge = !definite
            && (ti + 1..(ti + 10).min(self.words.len().saturating_sub(1)))
                .any(|k| self.in_class(edge, k) && self.words[k + 1] == "of");
        // ("signed separate agreements with each country": the word after a verb, too.)
        let after_verb = !ev.noun as usize * 3;
        // ("Putin and Kim later spoke for 150 minutes": an adverb of what came after, right
        // before a verb.)
        // ("Trump met Zelensky ... and broke off to telephone Putin. The Oval Office talks lasted
        // an hour. Trump later spoke with Putin": "later" tells of what came after the
        // happening told just before it; when that one is of another kind, the call told
        // earlier may be this one.)
        let later = !ev.noun
            && (ti.saturating_sub(2)..ti).any(|k| self.in_class(&self.lex.c.later_apart, k))
            && self
                .recent()
                .filter(|&k| !self.events[k].derived)
                .max_by_key(|&k| self.events[k].last)
                .is_none_or(|k| cands.contains(&k));
        // ("and a second call, joined by European leaders, afterwards".)
        let anew = ev.noun
            && ti >= 2
            && self.in_class(&self.lex.c.counted_anew, ti - 1)
            && matches!(self.words[ti - 2], "a" | "an");
        // (Told with no people of its own, it is held by those of the one it counts after in
        // its sentence.)
        if anew && ev.parts.is_empty() {
            let before = self.recent().rev().find(|&k| {
                let e = &self.events[k];
                e.kind == ev.kind && e.mentions.iter().any(|m| ev.sentence.contains(m))
            });
            if let Some(k) = before {
                ev.parts = self.events[k].parts.clone();
            }
        }
        let distinct = at_edge
            || anew
            || later
            || (ti.saturating_sub(3)..(ti + after_verb).min(self.words.len()))
                .any(|k| self.in_class(&self.lex.c.distinct, k));
        // (Held on the occasion of the one told before it, when it gives no date of its own.)
        if distinct && ev.date.is_none() && !ev.background {
            let before = self.recent().filter(|&k| {
                let e = &self.events[k];
                same_happening(e.kind, ev.kind) && !e.derived && e.date_source == Some("text")
            });
            if let Some(k) = before.max_by_key(|&k| self.events[k].last) {
                let e = &self.events[k];
                (ev.date, ev.date_span, ev.date_source) =
                    (e.date.clone(), e.date_span, e.date_source);
            }
        }
        // "Russia and Ukraine exchanged 303 soldiers each ... 303 Russian servicemen had been
        // returned": one side's return counted as the exchange counts each is that exchange.
        let half = (ev.kind == "prisoner_release" && ev.date.is_none())
            .then(|| {
                self.recent().rev().find(|&k| {
                    let e = &self.events[k];
                    e.kind == "prisoner_exchange"
                        && !e.derived
                        && e.parts.len() >= 2
                        && e.sentence != ev.sentence
                        && matches!((e.count, ev.count), (Some(x), Some(y)) if x.0 == y.0)
                        && ev.parts.iter().all(|p| e.parts.iter().any(|q| q.name == p.name))
                })
            })
            .flatten();
        // "Delegations met in Istanbul, in talks that lasted less than two hours": a happening
        // told without its parties, in the manner of one its sentence has just told, is that one.
        let manner = || {
            let manner_in = &self.lex.c.manner_in;
            let told = (ti.saturating_sub(4)..ti)
                .rev()
                .take_while(|&k| self.words[k] != "," && !self.in_part(k))
                .any(|k| self.in_class(manner_in, k));
            let just_told = |k: &usize| {
                self.events[*k].mentions.iter().any(|m| {
                    m.start >= ev.sentence.start
                        && m.end <= ev.trigger.start
                        && !self.events[*k].background
                })
            };
            (told && ev.noun && ev.parts.is_empty())
                .then(|| cands.iter().copied().find(just_told))
                .flatten()
        };
        // "Russia launched one of its largest drone and missile attacks on Kyiv": a noun that is
        // the object of the verb just before it tells of the verb's happening.
        let object_of_verb = || {
            let mut k = ti;
            while k > 0 && ti - k < OBJECT_REACH {
                k -= 1;
                let w = self.words[k];
                if w == "," || self.lex.c.stop.has(w) || self.in_part(k) {
                    return None;
                }
                let verb = |e: &usize| {
                    let e = &self.events[*e];
                    !e.noun
                        && !e.background
                        && e.mentions
                            .iter()
                            .any(|m| m.start >= ev.sentence.start && self.tok_at(m.end) == k + 1)
                };
                if let Some(e) = cands.iter().copied().find(verb) {
                    return Some(e);
                }
            }
            None
        };
        // "The two leaders last met on June 16 at the G7 summit": a sitting's noun after "at"
        // or "during", in the clause of a verb that told a sitting, is where that one was
        // held (a meeting gone by stays gone by), not the news.
        let occasion_of_verb = || {
            let at = (ti.saturating_sub(4)..ti)
                .rev()
                .find(|&k| matches!(self.words[k], "at" | "during"))?;
            if (at..ti).any(|k| self.words[k] == ",") {
                return None;
            }
            cands.iter().copied().find(|&k| {
                let e = &self.events[k];
                !e.noun
                    && same_happening(e.kind, ev.kind)
                    && e.mentions.iter().any(|m| {
                        m.start >= ev.sentence.start
                            && m.end <= self.toks[at].start
                            && !(self.tok_at(m.end)..at).any(|j| self.words[j] == ",")
                    })
            })
        };
        // "The agreement was signed in Washington by Svyrydenko and Bessent": a passive verb
        // whose subject is a noun that told a happening of its kind is that happening.
        let subject_of_passive = || {
            let mut k = ti;
            while k > 0 && matches!(self.words[k - 1], "was" | "were" | "been" | "had" | "has") {
                k -= 1;
            }
            if k == ti || !matches!(self.words[ti - 1], "was" | "were" | "been") || k == 0 {
                return None;
            }
            let end = self.toks[k - 1].end;
            cands.iter().copied().find(|&e| {
                let e = &self.events[e];
                e.mentions.iter().any(|m| m.end == end && m.start >= ev.sentence.start)
            })
        };
        // "The United States struck three nuclear sites in Iran ... submarines fired about 30
        // missiles at Natanz and Isfahan": an undated strike that names no one who did it, told
        // in the paragraph of one whose doer is named or the next, is part of that one.
        let elaboration = || {
            let para = self.paragraph_of(ev.trigger.start);
            cands.iter().copied().find(|&k| {
                let e = &self.events[k];
                !e.background && !e.agents.is_empty() && self.paragraph_of(e.last) + 1 >= para
            })
        };
        // (A date it took from the happening of its sentence's main clause, told in another
        // sentence, is none of its own: "Bombers dropped bombs on Lund, while submarines fired
        // missiles at Malmo".)
        let own_date = ev.date.is_some()
            && ev
                .date_span
                .is_none_or(|d| d.start >= ev.sentence.start && d.end <= ev.sentence.end);
        let agentless_strike = ev.kind == "military_strike"
            && ev.agents.is_empty()
            && !own_date
            && !ev.background
            && !ev.noun;
        let target = if distinct {
            None
        } else if half.is_some() {
            half
        } else if let Some(k) = agentless_strike.then(elaboration).flatten() {
            Some(k)
        } else if let Some(k) = (!own && !definite).then(manner).flatten() {
            Some(k)
        } else if let Some(k) = ev.noun.then(object_of_verb).flatten() {
            Some(k)
        } else if let Some(k) = ev.noun.then(occasion_of_verb).flatten() {
            ev.background |= self.events[k].background;
            Some(k)
        } else if let Some(k) = (!ev.noun).then(subject_of_passive).flatten() {
            Some(k)
        } else if own {
            // Its own participants decide: "the conversation between Putin and Trump"; the
            // article's news before a background event with the same people.
            // ("..., who led technical talks in previous rounds": earlier talks of someone's
            // are not the day's talks told without their sides.)
            let fit: Vec<usize> = cands
                .iter()
                .copied()
                .filter(|&k| parts_compatible(ev.kind, &self.events[k].parts, &ev.parts))
                .filter(|&k| {
                    let e = &self.events[k];
                    !(ev.background && !e.background && e.parts.is_empty())
                })
                // ("Pope Leo received Vance and Rubio ... Vance and Rubio also met Cardinal
                // Parolin": a verb with "also" before it whose people include one the other
                // sitting lacks, and lack one it has, tells another sitting.)
                .filter(|&k| {
                    let e = &self.events[k];
                    let also =
                        !ev.noun && (ti.saturating_sub(2)..ti).any(|j| self.words[j] == "also");
                    let people = |x: &Ev<'a>| -> Vec<&'a str> {
                        x.parts.iter().filter(|p| p.label == "PER").map(|p| p.name).collect()
                    };
                    let (mine, theirs) = (people(&ev), people(e));
                    !(also
                        && self.lex.c.sitting.has(ev.kind)
                        && mine.iter().any(|n| !theirs.contains(n))
                        && theirs.iter().any(|n| !mine.contains(n)))
                })
                // ("shook hands with Sharaa before a meeting that lasted 37 minutes. ... On
                // Thursday, Rubio met Shaibani": one told with its people and its day, paragraphs
                // after one told with neither, is another.)
                .filter(|&k| {
                    let e = &self.events[k];
                    !(e.parts.is_empty()
                        && e.date.is_none()
                        && ev.date_source == Some("text")
                        && self.paragraph_of(e.last) < self.paragraph_of(ev.trigger.start))
                })
                .collect();
            // (One that names some of its participants before one that names none: "India
            // launched strikes ..., two weeks after an attack on tourists killed 26 people. The
            // Indian Defence Ministry said its forces had hit ..." hit with the strikes.)
            let shares = |k: usize| {
                self.events[k].parts.iter().any(|p| ev.parts.iter().any(|q| q.name == p.name))
            };
            let timely = |k: usize| !self.events[k].background || ev.background;
            fit.iter()
                .copied()
                .find(|&k| timely(k) && shares(k))
                .or_else(|| fit.iter().copied().find(|&k| timely(k)))
                .or(fit.first().copied())
                .or_else(|| self.release_named_after(&ev, &cands))
                // "U.S. and Chinese officials ended two days of talks ... the talks with Vice
                // Premier He Lifeng": a reference naming a person joins the talks told between
                // states.
                .or_else(|| {
                    let states_only = |k: &usize| {
                        let e = &self.events[*k];
                        !e.background && e.parts.iter().all(|p| p.label == "LOC")
                    };
                    let people = ev.parts.iter().all(|p| p.label == "PER");
                    cands
                        .iter()
                        .copied()
                        .find(states_only)
                        .filter(|_| definite && people && !ev.background)
                })
        } else if definite {
            // "The conversation" is the news before any background call and any call between
            // places only; the event just told in this paragraph, else the one told most.
            let keepable = |k: usize| {
                let e = &self.events[k];
                !matches!(e.kind, "phone_call" | "meeting")
                    || e.parts.iter().any(|p| p.label == "PER")
            };
            let pool: Vec<usize> = cands
                .iter()
                .copied()
                .filter(|&k| (!self.events[k].background || ev.background) && keepable(k))
                .collect();
            let para = self.paragraph_of(ev.trigger.start);
            // "Putin invited Trump to visit Moscow, Ushakov told reporters after the call": the
            // one whose people the sentence names, most of them, when that is one alone (a
            // background call too).
            // (Not those named after the noun in an act of their own: "Trump broke off the
            // talks to phone Putin" does not make the talks Putin's.)
            let own_act_after = |p: &Part| {
                p.span.start > ev.trigger.end
                    && (self.tok_at(ev.trigger.end)..self.tok_at(p.span.start))
                        .any(|j| self.words[j] == "to" && self.infinitive_to(j, j + 2))
            };
            let named: Vec<&str> = self
                .parts_in(self.tok_at(ev.sentence.start), self.tok_at(ev.sentence.end))
                .into_iter()
                .filter(|p| p.label == "PER" && !own_act_after(p))
                .map(|p| p.name)
                .collect();
            let score = |k: usize| {
                let e = &self.events[k];
                let mut n: Vec<&str> = e
                    .parts
                    .iter()
                    .filter(|p| p.label == "PER" && named.contains(&p.name))
                    .map(|p| p.name)
                    .collect();
                n.dedup();
                n.len()
            };
            let scored: Vec<(usize, usize)> =
                cands.iter().copied().filter(|&k| keepable(k)).map(|k| (score(k), k)).collect();
            let best = scored.iter().map(|x| x.0).max().unwrap_or(0);
            let by_names = (best >= 2 && scored.iter().filter(|x| x.0 == best).count() == 1)
                .then(|| scored.iter().find(|x| x.0 == best).map(|x| x.1))
                .flatten();
            match pool.first() {
                _ if by_names.is_some() => by_names,
                Some(&k) if self.paragraph_of(self.events[k].last) == para => Some(k),
                Some(_) => pool
                    .iter()
                    .copied()
                    .max_by_key(|&k| (self.events[k].mentions.len(), std::cmp::Reverse(k))),
                None => cands.first().copied(),
            }
        } else {
            None
        };
        match target {
            Some(k) => {
                merge_into(&mut self.events[k], ev);
                k
            }
            None => {
                self.events.push(ev);
                self.events.len() - 1
            }
        }
    }

    /// "Lukashenko released 14 prisoners on Saturday. Among those freed was Siarhei
    /// Tsikhanouski": a release told by whom it freed alone, with no one who freed them, right
    /// after a release told by who did it and how many, without their names, is that release
    /// naming them. Only in the same or the next paragraph, and only where the earlier release
    /// names none of those freed (else they would be two groups of people).
    fn release_named_after(&self, ev: &Ev<'a>, cands: &[usize]) -> Option<usize> {
        if ev.kind != "prisoner_release"
            || !ev.agents.is_empty()
            || ev.parts.iter().any(|p| p.label != "PER")
        {
            return None;
        }
        let para = self.paragraph_of(ev.trigger.start);
        // ("Among those released was X" points back however far: "those" are the freed.)
        let ti = self.tok_at(ev.trigger.start);
        let those = ti > 0 && self.words[ti - 1] == "those";
        cands.iter().copied().find(|&k| {
            let e = &self.events[k];
            e.kind == "prisoner_release"
                && !e.agents.is_empty()
                && (!e.background || ev.background)
                && (those || para.saturating_sub(self.paragraph_of(e.last)) <= 1)
                && e.parts.iter().all(|p| p.label != "PER" || e.agents.contains(&p.name))
        })
    }

    /// "The two sides first met in Muscat on April 12, then in Rome on April 19 and again in
    /// Muscat on April 26": each further day of a sentence, joined to the event's own day by
    /// "then", "again" or "and" with at most a place between, is another such event (the same
    /// people), held there on that day.
    fn again_on(&mut self, a: usize, b: usize, touched: &[usize]) {
        let end = self.toks[b - 1].end;
        for &idx in touched {
            let e = &self.events[idx];
            let Some(ds) = e.date_span.filter(|d| d.start >= self.toks[a].start && d.end <= end)
            else {
                continue;
            };
            if e.derived || e.date_source != Some("text") {
                continue;
            }
            let mut from = self.tok_at(ds.end);
            let mut found = Vec::new();
            let mut through: Option<(String, usize)> = None;
            for t in self.timexes_from(ds.end, end) {
                let k = self.tok_at(t.start);
                let Some(day) = t.value.as_deref().and_then(event_date).filter(|d| d.len() == 10)
                else {
                    break;
                };
                let mut joined = false;
                let mut strong = false;
                let mut place = None;
                let mut j = from;
                let mut plain = true;
                while j < k {
                    let w = self.words[j];
                    if let Some(p) = self.part_at(j).filter(|p| p.label == "LOC" || seat(p.name)) {
                        place = Some(p.name);
                        j = self.tok_at(p.span.end);
                        continue;
                    }
                    match w {
                        "then" | "again" | "later" => (joined, strong) = (true, true),
                        "and" => joined = true,
                        "," | "in" | "at" | "on" => {}
                        _ => plain = false,
                    }
                    j += 1;
                }
                if !plain || !joined {
                    break;
                }
                // ("talks on Saturday and Sunday": one sitting over two days, not two.)
                let prev = found.last().map_or(
                    self.events[idx].date.clone(),
                    |f: &(String, Span, Option<&str>, Span)| Some(f.0.clone()),
                );
                let next_day = prev.as_deref().is_some_and(|p| day_after(p, &day));
                if !strong && place.is_none() && next_day {
                    // (Its days, for talks or a meeting told first: "2025-05-10/2025-05-11".)
                    if found.is_empty() {
                        through = Some((day, t.end));
                    }
                    break;
                }
                let first = (from..k).find(|&j| self.words[j] != ",").unwrap_or(k);
                found.push((
                    day,
                    Span::new(t.start, t.end),
                    place,
                    Span::new(self.toks[first].start, t.end),
                ));
                from = self.tok_at(t.end);
            }
            if let Some((last, to)) = through {
                let e = &mut self.events[idx];
                let first = e.date.clone().filter(|d| d.len() == 10);
                if let Some(first) = first.filter(|_| matches!(e.kind, "meeting" | "negotiation")) {
                    e.date = Some(format!("{first}/{last}"));
                    e.date_span = Some(Span::new(ds.start, to));
                }
            }
            let base = self.events[idx].clone();
            for (day, span, place, words) in found {
                let mut ev = base.clone();
                ev.date = Some(day);
                ev.date_span = Some(span);
                ev.trigger = words;
                ev.last = words.start;
                ev.mentions = vec![words];
                ev.place = place.or(base.place);
                ev.duration = None;
                ev.duration_span = None;
                ev.briefers.clear();
                ev.count = None;
                ev.figures.clear();
                ev.derived = true;
                self.events.push(ev);
            }
        }
    }

    /// "after nine hours of talks in Jeddah at which Kyiv agreed to a U.S. proposal": what a
    /// relative clause of a sitting ("at which", "in which", "during which") tells took place
    /// at it, on its day and at its place.
    fn held_at_which(&mut self, touched: &[usize]) {
        let lex = self.lex;
        for (n, &idx) in touched.iter().enumerate() {
            let e = &self.events[idx];
            if e.date.is_some() || e.derived {
                continue;
            }
            let ti = self.tok_at(e.trigger.start);
            let Some(k) = (ti.saturating_sub(PARTIES_REACH)..ti).rev().find(|&k| {
                k > 0
                    && self.words[k] == "which"
                    && matches!(self.words[k - 1], "at" | "in" | "during")
            }) else {
                continue;
            };
            let at = self.toks[k].start;
            let sitting = touched[..n].iter().rev().copied().find(|&o| {
                let o = &self.events[o];
                lex.c.sitting.has(o.kind)
                    && o.date.is_some()
                    && o.mentions.iter().any(|m| m.start >= e.sentence.start && m.end <= at)
            });
            if let Some(o) = sitting {
                let (date, source, span, place, bg) = {
                    let o = &self.events[o];
                    (o.date.clone(), o.date_source, o.date_span, o.place, o.background)
                };
                let e = &mut self.events[idx];
                (e.date, e.date_source, e.date_span, e.background) = (date, source, span, bg);
                e.place = e.place.or(place);
            }
        }
    }

    /// "The aid had been frozen since March 3, when Trump ordered a halt to all deliveries":
    /// the date of a clause opened by ", when" right after it, for the trigger at token `ti` of
    /// that clause.
    fn day_before_when(&self, ti: usize) -> Option<(String, Span)> {
        let k = (ti.saturating_sub(PARTIES_REACH)..ti)
            .rev()
            .find(|&k| k >= 2 && self.words[k] == "when" && self.words[k - 1] == ",")?;
        // (No other clause between: "when" opens the trigger's own.)
        if (k + 1..ti).any(|j| matches!(self.words[j], "," | ";" | "that" | "which")) {
            return None;
        }
        let comma = self.toks[k - 1].start;
        let t = self.timexes.partition_point(|t| t.end <= comma).checked_sub(1)?;
        let t = self.timexes[t];
        if self.tok_at(t.end) != k - 1 || !matches!(t.kind.as_str(), "DATE" | "TIME") {
            return None;
        }
        Some((t.value.as_deref().and_then(event_date)?, Span::new(t.start, t.end)))
    }

    /// "The United States struck three nuclear sites in Iran overnight": the night before the
    /// day of publication, dated by the day it began (as "Saturday night" is), when clause
    /// tokens `ca..cb` say "overnight" with no date of their own.
    fn overnight(&self, ca: usize, cb: usize) -> Option<(String, Span)> {
        let k = (ca..cb).find(|&k| self.words[k] == "overnight")?;
        let published = self.doc.meta.published.as_deref()?.get(..10)?;
        let day = published.parse::<jiff::civil::Date>().ok()?;
        let before = day.checked_sub(jiff::Span::new().days(1)).ok()?;
        Some((before.to_string(), self.toks[k]))
    }

    /// The day of the happening a sentence `a..b` opens close to: "Hours before the deal,"
    /// (a stretch of hours or minutes, "before" or "after", "the" and a noun of an event told
    /// before with a date of its own).
    fn close_to_told(&self, a: usize, b: usize) -> Option<(String, Option<Span>)> {
        let mut k = a;
        if self.words.get(k).is_some_and(|w| matches!(*w, "Just" | "Only" | "Mere" | "just")) {
            k += 1;
        }
        let close = matches!(self.words.get(k)?.to_ascii_lowercase().as_str(), "hours" | "minutes");
        if !close
            || !matches!(*self.words.get(k + 1)?, "before" | "after")
            || *self.words.get(k + 2)? != "the"
            || k + 4 >= b
            || self.words[k + 4] != ","
        {
            return None;
        }
        let noun = self.words[k + 3];
        let kind = if self.lex.c.accord.has(noun) {
            "agreement"
        } else {
            let ts = self.lex.triggers.get(noun)?;
            ts.iter().find(|t| t.noun && t.words.len() == 1)?.kind
        };
        self.recent().rev().find_map(|x| {
            let e = &self.events[x];
            let fits = same_happening(e.kind, kind)
                && e.date_source == Some("text")
                && !e.background
                && !e.derived;
            fits.then(|| e.date.clone().map(|d| (d, e.date_span))).flatten()
        })
    }

    /// "... is the first since July 2020": records the earlier event of the same kind.
    fn first_since(&mut self, a: usize, b: usize, idx: usize) {
        let Some(f) = (a..b).find(|&k| self.words[k] == "first") else { return };
        let Some(s) = (f + 1..(f + 5).min(b)).find(|&k| self.words[k] == "since") else { return };
        // ("met for their first talks since 2022 and agreed to ...": what is told after the
        // phrase is not what it calls the first.)
        if self.events[idx].trigger.start > self.toks[s].start {
            return;
        }
        let at = self.toks.get(s + 1).map_or(usize::MAX, |x| x.start);
        let Some(t) = self
            .timexes_from(at, at.saturating_add(1))
            .find(|t| t.kind == "DATE" && t.value.as_deref().is_some_and(calendar))
        else {
            return;
        };
        let base = &self.events[idx];
        let mut ev = base.clone();
        ev.date = t.value.clone();
        ev.date_span = Some(Span::new(t.start, t.end));
        ev.date_source = Some("text");
        ev.trigger = Span::new(self.toks[f].start, t.end);
        ev.sentence = Span::new(self.toks[a].start, self.toks[b - 1].end);
        ev.last = ev.trigger.start;
        ev.mentions = vec![ev.trigger];
        ev.duration = None;
        ev.duration_span = None;
        ev.topics.clear();
        ev.briefers.clear();
        ev.place = None;
        ev.background = true;
        ev.derived = true;
        ev.count = None;
        ev.figures.clear();
        // Only the people of the event: "the leaders of Russia and the United States" as
        // countries belong to the news, not to the earlier call.
        if ev.parts.iter().any(|p| p.label == "PER") {
            ev.parts.retain(|p| p.label == "PER");
        }
        if !self
            .events
            .iter()
            .any(|e| e.derived && e.kind == ev.kind && e.date == ev.date && e.trigger == ev.trigger)
        {
            self.events.push(ev);
        }
    }

    /// "The three men met privately for about an hour before the signing": an undated event
    /// told just before or after "the" happening of a kind the article has dated already (its
    /// word a noun trigger of that kind) took place on that happening's day. A stretch of time
    /// before the word ("two days before the signing") keeps it apart, and so does a date
    /// after it, which is the occasion's own.
    fn date_by_occasion(&mut self, a: usize, b: usize, touched: &[usize]) {
        let lex = self.lex;
        for &idx in touched {
            let e = &self.events[idx];
            if e.date.is_some() || e.background || e.derived {
                continue;
            }
            let from = self.tok_at(e.trigger.end);
            // "The announcement came hours after Iran fired missiles": what the sentence's
            // subject, told before, followed by a few hours took place on its day.
            let ti = self.tok_at(e.trigger.start);
            // "Earlier in the day, Israel released ...": the day of the news told before, which
            // need not be the day of publication.
            let same_day = (a..b).any(|k| {
                matches!(self.words[k], "earlier" | "later")
                    && self.class_at(&lex.c.news_day, k + 1, b).is_some()
            });
            let told_day = same_day
                .then(|| {
                    let start = self.toks[a].start;
                    self.events.iter().rev().find(|o| {
                        !o.background
                            && !o.derived
                            && o.date_source == Some("text")
                            && o.mentions.iter().any(|m| m.end <= start)
                    })
                })
                .flatten()
                .map(|o| (o.date.clone(), o.date_span));
            // "He spoke with Zelensky by phone on the flight back to Washington": on the day of
            // the latest dated happening of one of its people, told before.
            // ("Before leaving, Trump and Starmer signed ...": so is what was done as its
            // people left.)
            let leaving = &lex.c.before_leaving;
            let back = (from..b).any(|k| self.class_at(&lex.c.journey_back, k, b).is_some())
                || (a..ti).any(|k| self.class_at(leaving, k, ti).is_some());
            let back_day = back
                .then(|| {
                    let start = e.trigger.start;
                    self.events.iter().rev().find(|o| {
                        !o.background
                            && !o.derived
                            && o.date_source == Some("text")
                            && o.mentions.iter().any(|m| m.end <= start)
                            && o.parts.iter().any(|p| {
                                p.label == "PER" && e.parts.iter().any(|q| q.name == p.name)
                            })
                    })
                })
                .flatten()
                .map(|o| (o.date.clone(), o.date_span));
            // ("Trump left the summit on Monday night ... Before leaving, Trump signed": the
            // day he was told to leave, where told.)
            let left_day = back
                .then(|| {
                    let people: Vec<&str> =
                        e.parts.iter().filter(|p| p.label == "PER").map(|p| p.name).collect();
                    self.day_left(self.toks[a].start, &people)
                })
                .flatten()
                .map(|(d, s)| (Some(d), Some(s)));
            let back_day = left_day.or(back_day);
            // ("Russia and Ukraine agreed on Friday ..., at their first talks": a noun set off
            // as the setting of what the clause before it tells took place on that day.)
            let setting_day = (e.noun
                && (ti.saturating_sub(SETTING_REACH).max(a + 1)..ti).any(|k| {
                    self.words[k - 1] == ","
                        && matches!(self.words[k], "at" | "during")
                        && (k + 1..ti).all(|x| self.plain(x))
                }))
            .then(|| {
                let (start, end) = (self.toks[a].start, e.trigger.start);
                touched.iter().map(|&k| &self.events[k]).find(|o| {
                    o.date_source == Some("text")
                        && !o.background
                        && o.trigger.start >= start
                        && o.trigger.end <= end
                })
            })
            .flatten()
            .map(|o| (o.date.clone(), o.date_span));
            let back_day = back_day.or(setting_day);
            if let Some(d) = told_day.or(back_day).or_else(|| self.hours_after_told(a, ti)) {
                let e = &mut self.events[idx];
                (e.date, e.date_span, e.date_source) = (d.0, d.1, Some("text"));
                continue;
            }
            let occasion_word =
                |k: usize| matches!(self.words[k], "before" | "after" | "following");
            // "Before the ceremony, Trump met ...": the occasion opening the sentence, set off by
            // a comma (its noun the last word before it).
            let opening = occasion_word(a)
                .then(|| (a + 2..(a + 5).min(ti)).find(|&c| self.words[c] == ","))
                .flatten()
                .filter(|&c| (a + 1..c).all(|x| self.plain(x)));
            if let Some(c) = opening {
                let w = self.words[c - 1];
                // A word of the occasions an article tells of ("ceremony"): the latest dated
                // happening told before it, whatever its kind.
                if lex.c.occasion.has(w) && self.in_class(&lex.c.definite, a + 1) {
                    let start = self.toks[a].start;
                    let told = self.events.iter().enumerate().rev().find(|(j, o)| {
                        *j != idx
                            && !o.background
                            && !o.derived
                            && o.date_source == Some("text")
                            && o.mentions.iter().any(|m| m.end <= start)
                    });
                    if let Some((_, o)) = told {
                        let (d, ds) = (o.date.clone(), o.date_span);
                        let e = &mut self.events[idx];
                        (e.date, e.date_span, e.date_source) = (d, ds, Some("text"));
                        continue;
                    }
                }
            }
            let Some(k) = (from..b.min(from + OCCASION_REACH))
                .take_while(|&k| !matches!(self.words[k], "," | ";" | "—" | "–"))
                .find(|&k| occasion_word(k))
            else {
                continue;
            };
            // ("for about an hour before the signing" is how long, not how long before.)
            let how_long = (k.saturating_sub(5).max(from)..k).any(|j| self.words[j] == "for");
            if k > a && self.in_class(&self.lex.c.gap_units, k - 1) && !how_long {
                continue;
            }
            let Some(&w) = self.words.get(k + 2).filter(|_| {
                k + 2 < b
                    && self.in_class(&lex.c.definite, k + 1)
                    && !self.in_timex(self.toks[k + 2].start)
            }) else {
                continue;
            };
            let kinds: Vec<&str> = lex
                .triggers
                .get(w)
                .into_iter()
                .flatten()
                .filter(|t| t.noun && t.words.len() == 1)
                .map(|t| t.kind)
                .collect();
            // ("before the signing on Saturday": that date is the occasion's, told apart.)
            let dated = (k + 3..(k + 6).min(b)).any(|j| self.in_timex(self.toks[j].start));
            if kinds.is_empty() || dated {
                continue;
            }
            let occasion = self.events.iter().enumerate().rev().find(|(j, o)| {
                *j != idx
                    && !o.background
                    && !o.derived
                    && o.date_source == Some("text")
                    && kinds.iter().any(|kd| same_happening(o.kind, kd))
            });
            if let Some((_, o)) = occasion {
                let (d, ds) = (o.date.clone(), o.date_span);
                let e = &mut self.events[idx];
                e.date = d;
                e.date_span = ds;
                e.date_source = Some("text");
            }
        }
    }

    /// The day of what the subject of a clause opening at token `ca` like "The measures came"
    /// names, for a clause of time at token `s` ("a day after ..."): the latest happening told
    /// with a day of its own before the clause.
    fn came_subject_day(&self, ca: usize, s: usize) -> Option<String> {
        if !matches!(self.words.get(ca).copied(), Some("the" | "this" | "that" | "these")) {
            return None;
        }
        (ca + 2..(ca + 5).min(s)).find(|&k| self.in_class(&self.lex.c.came, k))?;
        self.latest_dated_before(self.toks[ca].start)?.date.clone().filter(|d| d.len() == 10)
    }

    /// The latest happening of the article's own news told with a day of the text before byte
    /// `start`: what a subject like "The announcement" or "The measures" names.
    fn latest_dated_before(&self, start: usize) -> Option<&Ev<'a>> {
        self.events.iter().rev().find(|o| {
            !o.background
                && !o.derived
                && o.date_source == Some("text")
                && o.mentions.iter().any(|m| m.end <= start)
        })
    }

    /// The date of what a sentence opening "The announcement came hours after ..." speaks of,
    /// for a trigger at token `ti` of the sentence starting at token `a`: "the" and a noun,
    /// a verb of following ("came", "followed"), a same-day stretch ("hours", "shortly") and
    /// "after" or "before" just before the trigger's clause. The subject is the latest event
    /// told with a date in the text before the sentence.
    fn hours_after_told(&self, a: usize, ti: usize) -> Option<(Option<String>, Option<Span>)> {
        if ti < a + 5 || !matches!(self.words[a], "the" | "this" | "that") {
            return None;
        }
        let followed = (a + 2..(a + 5).min(ti)).find(|&k| self.in_class(&self.lex.c.came, k))?;
        let after = (followed + 1..ti)
            .find(|&k| matches!(self.words[k], "after" | "before"))
            .filter(|&k| k + OCCASION_REACH / 2 >= ti)?;
        if !self.in_class(&self.lex.c.same_day_gap, after - 1) {
            return None;
        }
        let told = self.latest_dated_before(self.toks[a].start)?;
        Some((told.date.clone(), told.date_span))
    }

    /// Sentences that speak of the latest event without a trigger: "the two leaders also
    /// discussed ...", "It involved Russia, Belarus ...", "The operation took place in ...".
    fn refer_back(
        &mut self,
        a: usize,
        b: usize,
        zones: &[(usize, usize)],
        found: &[Found],
        touched: &[usize],
    ) {
        let lex = self.lex;
        let sent = Span::new(self.toks[a].start, self.toks[b - 1].end);
        // "the two leaders", "both leaders", "the parties".
        let parties = (a..b.min(a + PARTIES_REACH)).find(|&k| {
            self.in_class(&lex.c.parties, k)
                && (k.saturating_sub(2).max(a)..k)
                    .any(|j| matches!(self.words[j], "the" | "two" | "both"))
                // "contacts between the presidents" speaks of them, not of the latest event.
                && !(k.saturating_sub(3).max(a)..k)
                    .any(|j| matches!(self.words[j], "between" | "of" | "with" | "about" | "among"))
                && !self.in_direct_quote(self.toks[k].start)
                && !self.in_sub(k, usize::MAX)
        });
        // "It involved Russia, Belarus ..."; "since Finland joined NATO" is another happening;
        // "thanked everyone involved" names no one.
        let who = &lex.c.involved_who;
        let involve = (a..b).find_map(|k| {
            self.class_at(&lex.c.involve, k, b)
                .filter(|_| !self.in_sub(k, usize::MAX))
                .filter(|_| k == 0 || self.words[k] != "involved" || !self.in_class(who, k - 1))
                .map(|n| (k, n))
        });
        let took = (a..b).find(|&k| self.words[k] == "took");
        let took_place = took.is_some() && matches!(self.words.get(a).copied(), Some("the" | "it"));
        // "Rubio and Lavrov led the delegations at the palace": who led those sitting there
        // sat there.
        let lead = &lex.c.lead_verb;
        let led = (a + 1..b.saturating_sub(2)).find(|&k| {
            self.in_class(lead, k)
                && matches!(self.words[k + 1], "the" | "their")
                && (self.in_class(&lex.c.parties, k + 2)
                    || matches!(self.words[k + 2], "talks" | "negotiations"))
                && !self.in_sub(k, usize::MAX)
        });
        let leaders: Vec<Part<'a>> = led.map_or_else(Vec::new, |k| {
            let mut v = self.parts_in(a, k);
            v.retain(|p| p.label == "PER" && !self.in_sub(self.tok_at(p.span.start), usize::MAX));
            v
        });
        if found.is_empty() && !leaders.is_empty() {
            let fits = |e: &Ev| !e.derived && !e.background && lex.c.sitting.has(e.kind);
            if let Some(k) = self.salient(fits, sent.start) {
                let e = &mut self.events[k];
                e.parts.extend(leaders);
                dedup_parts(&mut e.parts);
                e.mentions.push(sent);
                e.last = e.last.max(sent.start);
            }
        }
        if parties.is_none() && involve.is_none() && !took_place {
            return;
        }
        // ("The exchange, which involved 26 people, took place in Ankara after months of talks
        // between ...": what took place and what was involved are told of the subject, not of
        // talks told after the verb.)
        // ("X joined the talks", "took part in the talks": those are after the verb.)
        let subject_verb = involve.map(|x| x.0).filter(|&k| self.words[k] == "involved").or(took);
        let verb_at = subject_verb.map_or(b, |k| self.toks[k].start);
        let before_verb = |k: usize| {
            self.events[k].mentions.iter().any(|m| m.start >= sent.start && m.end <= verb_at)
        };
        let target = if let Some(&k) = touched.last() {
            if parties.is_none() && subject_verb.is_some() && !before_verb(k) {
                return;
            }
            Some(k)
        } else if found.is_empty() {
            let fits = |e: &Ev| {
                !e.derived
                    && !e.background
                    && (parties.is_none()
                        || e.parts.iter().filter(|p| p.label == "PER").count() >= 2)
            };
            self.salient(fits, sent.start)
        } else {
            None
        };
        let Some(k) = target else { return };
        // "The two leaders had not spoken since January 17, when they discussed trade": a
        // sentence set on another day than the event's speaks of another happening.
        let other_day = self.events[k].date.as_deref().is_some_and(|d| {
            self.timexes_from(sent.start, sent.end).any(|t| {
                t.kind == "DATE"
                    && t.value.as_deref().is_some_and(|v| calendar(v) && !compatible(v, d))
            })
        });
        if other_day {
            return;
        }
        if found.is_empty() {
            let mut topics = Vec::new();
            for &(zs, ze) in zones {
                self.topics_from(zs, ze, &mut topics);
            }
            let (duration, dspan) = self.duration_in(a, b, None);
            let briefers = self.quote_speakers(sent);
            let e = &mut self.events[k];
            for t in topics {
                push_topic(&mut e.topics, &t);
            }
            if e.duration.is_none() && self.lex.c.timed.has(e.kind) {
                e.duration = duration;
                e.duration_span = dspan;
            }
            e.briefers.extend(briefers);
            if parties.is_some() {
                e.mentions.push(sent);
                e.last = e.last.max(sent.start);
            }
        }
        if let Some((k0, n)) = involve {
            // ("It involved Russia, Belarus ...": the parties after the verb; "Merz and Macron
            // joined the talks", "took part in": its subject.)
            // (Only when what they joined is the event: "joined the two men before the talks
            // began" tells of no seat at the talks.)
            let joined_it = || found.iter().any(|g| (k0 + n..=k0 + n + 3).contains(&g.at));
            // ("The swap involved 24 prisoners held in six countries, Turkey's MIT said": who
            // reports it at the sentence's end is none of them.)
            let b = (k0 + n..b).find(|&k| self.attribution_at(k, b)).unwrap_or(b);
            let mut more = if self.words[k0] == "involved" || !joined_it() {
                self.parts_in(k0 + n, b)
            } else {
                let (ca, _) = self.clause(a, b, k0);
                let mut v = self.parts_in(ca, k0);
                // ("Ilmar Saks, Hale's son-in-law, joined": whose relative is no party.)
                v.retain(|p| {
                    !matches!(self.words.get(self.tok_at(p.span.end)), Some(&("'s" | "’s")))
                });
                v.extend(self.parts_in(k0 + n, b));
                v
            };
            more.retain(|p| !self.in_sub(self.tok_at(p.span.start), usize::MAX));
            // ("joined a larger meeting in the East Room": where it was held is no party; nor is
            // a room or building told after "in" or "at", the event's place or not.)
            let place = self.events[k].place;
            let where_at = |p: &Part| {
                let j = self.tok_at(p.span.start);
                let j = j - usize::from(j > 0 && self.words[j - 1] == "the");
                j > 0 && matches!(self.words[j - 1], "in" | "at" | "inside")
            };
            more.retain(|p| !self.venue_name(p) || place != Some(p.name) && !where_at(p));
            let e = &mut self.events[k];
            e.parts.extend(more);
            dedup_parts(&mut e.parts);
        }
        if took_place {
            if let Some(p) = self.place_after(a, b) {
                self.events[k].place.get_or_insert(p);
            }
        }
    }

    /// Undated news takes the publication date; events without participants are dropped.
    /// The places a dateline names with their region after a comma ("ANCHORAGE, Alaska —",
    /// "SOCHI, Russia (Wire) -"): (place, region), by the names resolution gave them.
    fn dateline_regions(&self) -> Vec<(&'a str, &'a str)> {
        let doc = self.doc;
        let mut out = Vec::new();
        for p in doc.paragraphs.iter().take(3) {
            let Some(line) = dateline(doc, &self.words, *p) else { continue };
            let mut locs = doc
                .entities
                .iter()
                .filter(|m| line.start <= m.start && m.end <= line.end && m.label == "LOC");
            let (Some(city), Some(region)) = (locs.next(), locs.next()) else { continue };
            let between = doc.text.get(city.end..region.start).unwrap_or("");
            if between.trim() == "," && city.entity != region.entity {
                out.push((city.entity.as_str(), region.entity.as_str()));
            }
        }
        out
    }

    fn finish(self) -> Vec<EventMention> {
        let published = self.doc.meta.published.clone();
        let mut out = Vec::new();
        let doc = self.doc;
        let regions = self.dateline_regions();
        let quotes_by_start = &self.quotes;
        let near = |s: usize, e: usize| {
            let k = quotes_by_start.partition_point(|q| q.start < s.saturating_sub(QUOTE_REACH));
            quotes_by_start[k..].iter().take_while(move |q| q.start < e).copied()
        };
        let paragraph_of = |pos: usize| {
            let k = doc.paragraphs.partition_point(|p| p.end <= pos);
            doc.paragraphs.get(k).filter(|p| p.start <= pos).copied()
        };
        // "Putin spoke by phone with Netanyahu on Friday and condemned the strikes": words of
        // reaction told a few sentences after a call or meeting of the same person (in its
        // paragraph or the next), with no other day of their own, were said there; they are
        // what it was about, not a statement of their own.
        let sentence_of = |pos: usize| doc.sentences.partition_point(|s| s.end <= pos);
        let paragraph_at = |pos: usize| doc.paragraphs.partition_point(|p| p.end <= pos);
        let sittings: Vec<(usize, usize, Option<String>, Vec<&str>)> = self
            .events
            .iter()
            .filter(|e| matches!(e.kind, "phone_call" | "meeting" | "negotiation") && !e.background)
            .map(|e| {
                let people = e.parts.iter().filter(|p| p.label == "PER").map(|p| p.name);
                let at = e.trigger.start;
                (sentence_of(at), paragraph_at(at), e.date.clone(), people.collect())
            })
            .collect();
        let reaction = &self.lex.c.reaction;
        let said_there = |e: &Ev| {
            let word = doc.text.get(e.trigger.start..e.trigger.end).unwrap_or("");
            if e.kind != "statement" || !reaction.has(&word.to_lowercase()) {
                return false;
            }
            let (at, para) = (sentence_of(e.trigger.start), paragraph_at(e.trigger.start));
            sittings.iter().any(|(si, pi, date, people)| {
                (*si..=si + SAID_THERE_REACH).contains(&at)
                    && (*pi..=pi + 1).contains(&para)
                    && (e.date_source != Some("text") || e.date == *date)
                    && e.parts.iter().any(|p| p.label == "PER" && people.contains(&p.name))
            })
        };
        for mut e in self.events {
            if said_there(&e) {
                continue;
            }
            let people = e.parts.iter().filter(|p| p.label == "PER").count();
            // "The United States and Iran held talks": states that sit down negotiate.
            if let Some(kind) = e.states_kind.filter(|_| people == 0 && e.parts.len() >= 2) {
                e.kind = kind;
                e.cameo = self.lex.cameo.get(kind).copied().unwrap_or("");
            }
            // "Shah flew to Srinagar and chaired a security meeting": a place that stands for
            // no state is where people met, not one of them.
            // (So is one that prisoners were released to: "released by Israel to Gaza".)
            let released = matches!(e.kind, "prisoner_release" | "prisoner_exchange");
            if matches!(e.kind, "meeting" | "negotiation" | "phone_call") && people >= 1
                || released && e.parts.len() >= 2
            {
                let l = dossier_resolve::lang::lang();
                // (After a word of place only: "called Pashinyan", a surname the recogniser
                // took for a place, is a party.)
                let after_to = |p: &Part| {
                    let before = doc.text[..p.span.start].trim_end();
                    let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
                    matches!(word, "to" | "in" | "at" | "from" | "into" | "near")
                };
                // (A capital too, after a word of direction: "On the flight back to Washington,
                // Trump spoke by phone with Zelensky".)
                let gone_to = |p: &Part| {
                    let before = doc.text[..p.span.start].trim_end();
                    let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
                    self.lex.c.place_before.has(word)
                };
                let placed = |p: &Part| {
                    p.label == "LOC"
                        && (l.country_acting(p.name).is_none() && after_to(p)
                            || l.country_named(p.name).is_none() && gone_to(p))
                };
                if let Some(p) = e.parts.iter().find(|p| placed(p)) {
                    // (A call is held in no one place.)
                    if e.kind != "phone_call" {
                        e.place = e.place.or(Some(p.name));
                    }
                    e.parts.retain(|p| !placed(p));
                }
            }
            let keep = match e.kind {
                // Places do not telephone or meet: "Washington called Moscow" is not a call
                // between people the dossier can follow; states through the people who stand
                // for them do ("the military chiefs of the two countries spoke by phone").
                "phone_call" | "meeting" => {
                    (people >= 1 || e.sides) && (!e.need_two || e.parts.len() >= 2)
                }
                // Negotiating takes two sides; one person named is enough where the text says
                // "talks" or "negotiations" ("talks with Marsh"), not "negotiated".
                "negotiation" => e.parts.len() >= 2 || (e.noun && people >= 1),
                _ if e.need_two => e.parts.len() >= 2,
                _ => !e.parts.is_empty(),
            };
            // "Poland and Belarus exchanged prisoners ...": the sides of an exchange are the
            // states or bodies it names; the people it names were exchanged. (A territory that
            // stands for no state, "detainees released by Israel to Gaza", is where some went.)
            if e.kind == "prisoner_exchange"
                && e.parts.iter().filter(|p| p.label != "PER").count() >= 2
            {
                e.parts.retain(|p| p.label != "PER");
                let l = dossier_resolve::lang::lang();
                let side = |p: &Part| p.label != "LOC" || l.country_acting(p.name).is_some();
                if e.parts.iter().filter(|p| side(p)).count() >= 2 {
                    e.parts.retain(side);
                }
            }
            // "Ushakov told reporters that the leaders would meet ..., joined by Lavrov and
            // Rubio": who is named inside the reported words is what a statement is about, not
            // who made it.
            if single_actor(e.kind) {
                let t = e.trigger;
                let reported: Vec<Span> = near(t.start, t.end + QUOTE_REACH)
                    .filter(|q| {
                        q.start >= t.end
                            && q.cue.as_ref().is_some_and(|c| c.start < t.end && t.start < c.end)
                    })
                    .map(|q| Span::new(q.start, q.end))
                    .collect();
                let inside = |p: &Part| reported.iter().any(|r| r.contains(&p.span));
                if e.parts.iter().any(|p| !inside(p)) {
                    e.parts.retain(|p| !inside(p));
                }
                // '"...," Bessent said in a video posted on X': the speaker of words whose cue
                // stands a few words before the trigger made the statement; no one named inside
                // quoted words did.
                let spoken = near(t.start, t.end).find(|q| {
                    q.end <= t.start
                        && q.cue.as_ref().is_some_and(|c| c.end <= t.start && t.start - c.end <= 24)
                        && doc
                            .text
                            .get(q.cue.as_ref().map_or(0, |c| c.end)..t.start)
                            .is_some_and(|gap| !gap.contains([',', '.', ';', '"', '“', '”']))
                });
                if let Some((q, name, sp)) = spoken.and_then(|q| {
                    let name = q.speaker.as_deref()?;
                    Some((q, name, q.speaker_span?))
                }) {
                    let quoted = Span::new(q.start, q.end);
                    e.parts.retain(|p| !quoted.contains(&p.span));
                    if !e.parts.iter().any(|p| p.name == name) {
                        let label =
                            self.parts.iter().find(|p| p.name == name).map_or("PER", |p| p.label);
                        e.parts.insert(0, Part { span: sp, name, label });
                    }
                }
            }
            if !keep {
                continue;
            }
            if e.date.is_none() && !e.background {
                if let Some(p) = &published {
                    e.date = Some(p.clone());
                    e.date_source = Some("published");
                }
            }
            // "The Kremlin said the new sanctions would have no effect": the side an act was
            // done to, or the seat of its government, answers; it does not brief on the act.
            let target = |b: &Part| {
                let country = dossier_resolve::lang::lang().country_of_metonym(b.name);
                e.parts.iter().any(|p| {
                    !e.agents.contains(&p.name) && (Some(p.name) == country || p.name == b.name)
                })
            };
            let mut briefers: Vec<Part> = Vec::new();
            for b in &e.briefers {
                if !e.parts.iter().any(|p| p.name == b.name)
                    && (e.agents.is_empty() || !target(b))
                    && !briefers.iter().any(|x| x.name == b.name)
                {
                    briefers.push(*b);
                }
            }
            e.mentions.sort();
            e.mentions.dedup();
            // The quotes that describe it: those in the sentences that tell of it, and those of
            // its briefers in the same paragraphs.
            let mut quotes: Vec<Span> = Vec::new();
            if !e.derived {
                let sentences: Vec<Span> = e
                    .mentions
                    .iter()
                    .flat_map(|m| doc.sentences_in(*m).map(|i| doc.sentences[i]))
                    .collect();
                let mut paragraphs: Vec<Span> =
                    e.mentions.iter().filter_map(|m| paragraph_of(m.start)).collect();
                paragraphs.dedup();
                let mut seen: Vec<&dossier_document::Quote> = Vec::new();
                for r in sentences.iter().chain(&paragraphs) {
                    for q in near(r.start, r.end) {
                        if !seen.iter().any(|x| std::ptr::eq(*x, q)) && seen.len() < 4 * MAX_QUOTES
                        {
                            seen.push(q);
                        }
                    }
                }
                for q in seen {
                    let span = Span::new(q.start, q.end);
                    let anchor = q.cue.as_ref().map_or(span, |c| Span::new(c.start, c.end));
                    let told = sentences.iter().any(|s| s.overlaps(&span) || s.overlaps(&anchor));
                    let by_briefer =
                        q.speaker.as_deref().is_some_and(|n| briefers.iter().any(|b| b.name == n))
                            && paragraphs.iter().any(|p| p.overlaps(&span));
                    if (told || by_briefer) && quotes.len() < MAX_QUOTES && !quotes.contains(&span)
                    {
                        quotes.push(span);
                    }
                }
            }
            let said_date = e.said_date && e.date.is_some();
            out.push(EventMention {
                kind: e.kind.to_string(),
                trigger: e.trigger,
                date: e.date,
                participants: e.parts.iter().map(|p| p.name.to_string()).collect(),
                duration_minutes: e.duration,
                topics: e.topics,
                cameo: e.cameo.to_string(),
                date_source: e.date_source.map(str::to_string),
                date_span: e.date_span,
                participant_spans: e.parts.iter().map(|p| p.span).collect(),
                duration_span: e.duration_span,
                briefed_by: briefers.iter().map(|p| p.name.to_string()).collect(),
                briefed_by_spans: briefers.iter().map(|p| p.span).collect(),
                // ("ANCHORAGE, Alaska —": a place the dateline names with its region is written
                // with it, "Anchorage, Alaska", so that another outlet's "Alaska" is seen to
                // hold it.)
                place: e.place.map(|p| match regions.iter().find(|(city, _)| *city == p) {
                    Some((_, region)) => format!("{p}, {region}"),
                    None => p.to_string(),
                }),
                sentence: e.sentence,
                mentions: e.mentions,
                background: e.background,
                quotes,
                count: e.count.map(|c| c.0),
                count_span: e.count.map(|c| c.1),
                agents: e
                    .agents
                    .iter()
                    .filter(|a| e.parts.iter().any(|p| p.name == **a))
                    .map(|a| a.to_string())
                    .collect(),
                figures: e
                    .figures
                    .iter()
                    .map(|&(what, value, span)| dossier_document::Figure {
                        what: what.to_string(),
                        value,
                        span,
                    })
                    .collect(),
                said_date,
            });
        }
        out.sort_by_key(|e| e.trigger.start);
        out
    }
}

/// The index of measure `m` among `fig`'s.
fn measures_index(fig: &lexicon::Figures, m: &lexicon::Measure) -> usize {
    fig.measures.iter().position(|x| std::ptr::eq(x, m)).unwrap_or(0)
}

/// The dateline that opens paragraph `para`, up to its dash ("BEIJING (Xinhua) --",
/// "STOCKHOLM, July 29 (Wire) -"): capitalised words, numbers and punctuation only, with an
/// agency in brackets, a comma, or a place in capitals.
fn dateline(doc: &Document, words: &[&str], para: Span) -> Option<Span> {
    let toks = doc.tokens_in(para);
    let (a, b) = (toks.start, toks.end.min(toks.start + DATELINE_REACH));
    let dash = (a..b).find(|&i| matches!(words[i], "—" | "–" | "-" | "―" | "--"))?;
    if dash == a {
        return None;
    }
    let text = doc.text.as_str();
    let mut shaped = false;
    for i in a..dash {
        let t = &text[doc.tokens[i].start..doc.tokens[i].end];
        let Some(c) = t.chars().next() else { continue };
        if c.is_alphabetic() && !c.is_uppercase() {
            return None;
        }
        shaped |= matches!(t, "(" | ",") || (t.len() >= 3 && !t.chars().any(char::is_lowercase));
    }
    shaped.then(|| Span::new(doc.tokens[a].start, doc.tokens[dash].end))
}

/// Joins mention `ev` into event `e`.
fn merge_into<'a>(e: &mut Ev<'a>, ev: Ev<'a>) {
    e.mentions.push(ev.trigger);
    e.last = e.last.max(ev.last);
    // (A day it was told to have happened on beats the day someone said it had.)
    let firmer = e.said_date && !ev.said_date && ev.date.is_some();
    let finer = firmer
        || match (&e.date, &ev.date) {
            (None, Some(_)) => true,
            (Some(x), Some(y)) => y.len() > x.len(),
            _ => false,
        };
    if finer {
        e.date = ev.date;
        e.date_span = ev.date_span;
        e.date_source = ev.date_source;
        e.said_date = ev.said_date;
    }
    // (A strike's "Kremlin" and "Ukraine" add nothing to its Russia and Kyiv: the states
    // stood for are there.)
    let strike = e.kind == "military_strike";
    let stood_for = |have: &[Part<'a>], name: &str| {
        strike && have.iter().any(|q| q.name != name && same_state(q.name, name))
    };
    for p in ev.parts {
        if !stood_for(&e.parts, p.name) {
            e.parts.push(p);
        }
    }
    dedup_parts(&mut e.parts);
    if e.duration.is_none() {
        e.duration = ev.duration;
        e.duration_span = ev.duration_span;
    }
    for t in ev.topics {
        push_topic(&mut e.topics, &t);
    }
    e.briefers.extend(ev.briefers);
    if e.place.is_none() {
        e.place = ev.place;
    }
    if e.count.is_none() {
        e.count = ev.count;
    }
    for f in ev.figures {
        if !e.figures.iter().any(|x| x.0 == f.0) {
            e.figures.push(f);
        }
    }
    e.background &= ev.background;
    e.sides |= ev.sides;
    e.states_kind = e.states_kind.or(ev.states_kind);
    e.noun |= ev.noun;
    e.need_two &= ev.need_two;
    for a in ev.agents {
        let known = e.agents.contains(&a) || strike && e.agents.iter().any(|b| same_state(a, b));
        if !known {
            e.agents.push(a);
        }
    }
}

/// Keeps the first part of each name.
fn dedup_parts(parts: &mut Vec<Part<'_>>) {
    let mut seen: Vec<&str> = Vec::new();
    parts.retain(|p| {
        if seen.contains(&p.name) {
            false
        } else {
            seen.push(p.name);
            true
        }
    });
}

fn push_topic(out: &mut Vec<String>, t: &str) {
    let t = t.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '"' | '“' | '”'));
    if t.is_empty() || out.len() >= MAX_TOPICS || out.iter().any(|x| x.eq_ignore_ascii_case(t)) {
        return;
    }
    out.push(t.to_string());
}

/// Whether two participant lists can be one happening: people count first (a call between
/// Putin and Trump is not one between Putin and Biden); for two-party types two shared names
/// are needed unless one side names only one; one-actor types need one shared name.
fn parts_compatible(kind: &str, a: &[Part<'_>], b: &[Part<'_>]) -> bool {
    let people = |v: &[Part<'_>]| v.iter().filter(|p| p.label == "PER").count();
    let (x, y): (Vec<&str>, Vec<&str>) = if people(a) > 0 && people(b) > 0 {
        (
            a.iter().filter(|p| p.label == "PER").map(|p| p.name).collect(),
            b.iter().filter(|p| p.label == "PER").map(|p| p.name).collect(),
        )
    } else {
        (a.iter().map(|p| p.name).collect(), b.iter().map(|p| p.name).collect())
    };
    if x.is_empty() || y.is_empty() {
        return true;
    }
    let shared = x.iter().filter(|n| y.contains(n)).count();
    // (A strike by "the Kremlin" on "Ukraine" is one by Russia on Kyiv: the states stood for.)
    if kind == "military_strike" {
        return x.iter().any(|n| y.iter().any(|m| same_state(n, m)));
    }
    if single_actor(kind) || kind == "prisoner_release" {
        return shared >= 1;
    }
    let all_shared = a.iter().filter(|p| b.iter().any(|q| q.name == p.name)).count();
    shared >= 2.min(x.len()).min(y.len()) && all_shared >= 2.min(a.len()).min(b.len())
}

/// Whether two ISO dates of any precision can name the same day (one extends the other), or,
/// for an interval of days ("2025-04-28/2025-05-04"), whether the two share a day.
pub fn compatible(a: &str, b: &str) -> bool {
    if !(a.contains('/') || b.contains('/')) {
        return a.starts_with(b) || b.starts_with(a);
    }
    match (day_bounds(a), day_bounds(b)) {
        (Some((a0, a1)), Some((b0, b1))) => a0 <= b1 && b0 <= a1,
        _ => false,
    }
}

/// Whether agents `a` and `b` are one, or stand for one state ("Russia", "the Kremlin",
/// "Moscow").
fn same_state(a: &str, b: &str) -> bool {
    let l = dossier_resolve::lang::lang();
    a == b || l.country_acting(a).is_some_and(|x| l.country_acting(b) == Some(x))
}

/// The first and last day a date or an interval covers, as ISO text (which sorts as dates
/// do; a month's last day is written 31 whatever its length, which sorts the same).
fn day_bounds(d: &str) -> Option<(String, String)> {
    if let Some((a, b)) = d.split_once('/') {
        return Some((day_bounds(a)?.0, day_bounds(b)?.1));
    }
    match d.len() {
        4 => Some((format!("{d}-01-01"), format!("{d}-12-31"))),
        7 => Some((format!("{d}-01"), format!("{d}-31"))),
        10 => Some((d.to_string(), d.to_string())),
        _ => None,
    }
}

/// Days before publication within which an article's undated news may have happened.
const NEWS_DAYS: i64 = 7;

/// Whether date `d` (a calendar value) can be that of news published on `published`: it
/// overlaps the [`NEWS_DAYS`] days up to publication. Unreadable values tell nothing (true).
fn near_news(d: &str, published: &str) -> bool {
    let Ok(p) = published.get(..10).unwrap_or(published).parse::<jiff::civil::Date>() else {
        return true;
    };
    let Some(from) = p.checked_sub(jiff::Span::new().days(NEWS_DAYS)).ok() else { return true };
    // The first and last day `d` covers, compared as text (ISO dates sort as they read).
    let Some((lo, hi)) = day_bounds(d).filter(|_| calendar(d) || d.contains('/')) else {
        return true;
    };
    lo <= p.to_string() && hi >= from.to_string()
}

/// Whether a TIMEX3 value is a calendar date (`2025`, `2025-06`, `2025-06-14`).
fn calendar(v: &str) -> bool {
    let b = v.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    match b.len() {
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && digits(5..7),
        10 => digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10),
        _ => false,
    }
}

/// A TIMEX3 value as an event's date: a calendar date as it is; a week ("2025-W11": "last
/// week") as the month that holds all of it, or the interval of its days when it spans two
/// months ("2025-04-28/2025-05-04"; see [`compatible`]).
fn event_date(v: &str) -> Option<String> {
    if calendar(v) {
        return Some(v.to_string());
    }
    // A time of a day ("2025-06-09TEV", "2025-06-09T14:00") as that day.
    if let Some(day) = v.get(..10).filter(|d| calendar(d) && v.as_bytes().get(10) == Some(&b'T')) {
        return Some(day.to_string());
    }
    let (y, w) = v.split_once("-W")?;
    // "the weekend" (2025-W19-WE): its Saturday and Sunday.
    let (w, first) = match w.strip_suffix("-WE") {
        Some(w) => (w, 5),
        None => (w, 0),
    };
    let (y, w): (i16, i8) = (y.parse().ok()?, w.parse().ok()?);
    let week = jiff::civil::ISOWeekDate::new(y, w, jiff::civil::Weekday::Monday).ok()?.date();
    let monday = week.checked_add(jiff::Span::new().days(first)).ok()?;
    let sunday = week.checked_add(jiff::Span::new().days(6)).ok()?;
    // (A weekend is its two days, a month's worth of days too few to stand for it: "talks over
    // the weekend" were not held in May at large.)
    if first == 0 && (monday.year(), monday.month()) == (sunday.year(), sunday.month()) {
        Some(format!("{:04}-{:02}", monday.year(), monday.month()))
    } else {
        Some(format!("{monday}/{sunday}"))
    }
}

/// Whether calendar day `b` is the day after day `a`.
fn day_after(a: &str, b: &str) -> bool {
    let (Ok(a), Ok(b)) = (a.parse::<jiff::civil::Date>(), b.parse::<jiff::civil::Date>()) else {
        return false;
    };
    a.tomorrow().is_ok_and(|t| t == b)
}

/// Whether `name` is a seat of government ("Kremlin", "White House"): the entities stage labels
/// them organisations (`resources/en/entities/government_seats.txt`), yet "in the Kremlin" is
/// where a meeting was held.
fn seat(name: &str) -> bool {
    static SEATS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    SEATS
        .get_or_init(|| {
            include_str!("../../../resources/en/entities/government_seats.txt")
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect()
        })
        .contains(&name)
}

/// Minutes of a TIMEX3 duration with days, hours or minutes (`PT1H30M` -> 90); `None` for
/// years, months, weeks and values that are not durations.
pub fn minutes(v: &str) -> Option<u32> {
    let rest = v.strip_prefix('P')?;
    let mut total: u64 = 0;
    let mut num = String::new();
    let mut in_time = false;
    for c in rest.chars() {
        match c {
            'T' => in_time = true,
            '0'..='9' | '.' => num.push(c),
            _ => {
                let n: f64 = num.parse().ok()?;
                num.clear();
                let m = match (c, in_time) {
                    ('D', false) => n * 1440.0,
                    ('W', false) => n * 7.0 * 1440.0,
                    ('H', true) => n * 60.0,
                    ('M', true) => n,
                    ('S', true) => n / 60.0,
                    _ => return None,
                };
                total += m.round() as u64;
            }
        }
    }
    if !num.is_empty() {
        return None;
    }
    u32::try_from(total).ok()
}

/// The range a duration with its TIMEX3 modifier stands for: "nearly an hour" is 45-60
/// minutes, "more than two hours" 120-180, "about 50 minutes" 45-55.
pub fn range(m: u32, modifier: Option<&str>) -> [u32; 2] {
    match modifier {
        Some("LESS_THAN" | "EQUAL_OR_LESS") => [m * 3 / 4, m],
        Some("MORE_THAN" | "EQUAL_OR_MORE") => [m, m * 3 / 2],
        // "about 40 minutes" is 36-44: near enough for "some 40 minutes", not for "nearly an
        // hour" (45-60), which an analyst reads as another length.
        Some("APPROX") => [m * 9 / 10, (m * 11).div_ceil(10)],
        _ => [m, m],
    }
}

/// The article's tokens in lower case, in one buffer: `ranges[i]` is token `i`.
struct Lowered {
    buf: String,
    ranges: Vec<(usize, usize)>,
}

fn lowered(doc: &Document) -> Lowered {
    let mut buf = String::with_capacity(doc.text.len());
    let mut ranges = Vec::with_capacity(doc.tokens.len());
    for t in &doc.tokens {
        let s = buf.len();
        let w = doc.text.get(t.start..t.end).unwrap_or("");
        if w.is_ascii() {
            // An ASCII character lower-cases to its ASCII lower case, one byte for one: the
            // word is copied whole and lower-cased in place.
            buf.push_str(w);
            buf[s..].make_ascii_lowercase();
        } else {
            for c in w.chars() {
                buf.extend(c.to_lowercase());
            }
        }
        ranges.push((s, buf.len()));
    }
    Lowered { buf, ranges }
}

#[cfg(test)]
mod tests;
