//! Event merging, the corpus stage after entity resolution: one event per real happening, each
//! article's account of it kept as a *source*, and the points where the sources disagree.
//!
//! Each article's events (the `events` layer, one per happening within the article) become
//! [`Account`]s whose participants are corpus entities (through the mention rows resolution
//! wrote). An account joins an existing event when the type is the same, the participants agree
//! (two shared people for a call or a meeting unless one side names only one; one for a
//! statement or a release) and the dates agree:
//!
//! - dates the texts state must be the same day (or one contains the other: `2025-06` and
//!   `2025-06-14`);
//! - an account dated only by its article's publication takes an event stated to be within the
//!   three days before publication, with the same people;
//! - two accounts dated only by publication join only on strong evidence: the same people,
//!   publication within two days, and a shared topic or an agreeing duration;
//! - accounts with no date at all never join across articles.
//!
//! Candidates come from blocking keys (type, participant, day, or month for a date stated to
//! the month) in the store, so merging an article costs about the same however large the
//! corpus. What is known of each event touched is kept in memory ([`Profile`]) so that joining
//! does not re-read its sources; the cache is bounded and dropped when another build changes
//! the events.
//!
//! Views read events back through [`events`], which assembles each event from its sources:
//! consensus date and duration, participants, topics, briefers, the discrepancies between
//! sources, and a one-line summary.

mod assemble;
mod days;

use std::collections::HashMap;

use dossier_document::{fuller_kind, told_as_kind, told_as_same, Document, EventMention};
use dossier_store::{CorpusTx, EventRow, SourceRow, StoreError};
use serde::{Deserialize, Serialize};

pub use assemble::{entity_ids_spelled, events, Discrepancy, Event, EventQuery, Source, Value};
pub use days::{day_number, month_key, window};

/// Key under which the store keeps the version of its events.
const VERSION: &str = "events_version";
/// Events kept in memory between batches at most (a few hundred bytes each: 100,000 of them
/// added some 10-20 MB to the peak of a 20,000-article build against 50,000, and saved a twentieth
/// of the merging, which reads fewer events back), in two generations of half as many: when
/// the young one is full it becomes the old one and the old one is dropped, so memory stays
/// the same however large the corpus while the events of recent batches, which new accounts
/// mostly join, stay at hand.
const CACHE: usize = 100_000;
/// Event numbers whose ids are kept at most (about 50 bytes each: 10 MB).
const IDS: usize = 200_000;
/// The key day of an account without a date (no candidate search asks for it).
const UNDATED: i64 = i64::MIN;
/// Longest date window (a month) whose accounts are filed under a key and so can join events
/// of other articles.
const MAX_WINDOW_DAYS: i64 = 31;
/// Days before publication within which an account dated by publication may have happened.
const PUBLISHED_SLACK: i64 = 3;

/// A participant or briefer of an account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Named {
    /// The article's name for them.
    pub name: String,
    /// Corpus entity id, when resolution linked the words.
    pub entity: Option<String>,
    /// `PER`, `ORG`, `LOC`.
    pub label: String,
    /// Did it to the others ("Lukashenko pardoned ..."; see `EventMention::agents`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub agent: bool,
    /// The state it stands for, by name ("Caracas", "Nicolas Maduro" of Venezuela: Venezuela),
    /// when the language data, the article's roles or the knowledge base tell (see [`side_of`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub side: Option<String>,
}

impl Named {
    /// A person named as such: not the state itself standing for its unnamed people ("the
    /// leaders of the two countries met": Serbia and Kosovo, tagged as people).
    pub fn is_person(&self) -> bool {
        self.label == "PER" && self.side.as_ref() != Some(&self.name)
    }
}

/// One article's account of an event, as stored in the source row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Account {
    #[serde(rename = "type")]
    pub kind: String,
    pub cameo: String,
    pub trigger: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_text: Option<String>,
    pub participants: Vec<Named>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<[u32; 2]>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_text: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub briefed_by: Vec<Named>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The sentence of the first trigger: offsets into the cleaned text, and its words.
    pub sentence_start: usize,
    pub sentence_end: usize,
    /// Filled from the document when read (not stored: the document has it).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sentence: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub background: bool,
    /// The quotes that describe it in this article.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<QuoteRef>,
    /// How many people it concerned, and the words ("12 prisoners").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count_text: Option<String>,
    /// What it counts besides its people ("people injured": 2, "two workers were injured").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<FigureText>,
    /// Its date is the day it was said to have happened (see [`EventMention::said_date`]): it
    /// happened then or in the days just before.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub said_date: bool,
}

/// A figure of one account: the measure, the number and the words that give it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FigureText {
    pub what: String,
    pub value: u32,
    pub text: String,
}

/// A quote of the article that describes the event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteRef {
    /// Filled from the quotes table when read (not stored).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// The speaker as the article names them (the store's `quotes` view has the canonical name).
    pub speaker: Option<String>,
    pub kind: String,
    pub start: usize,
    pub end: usize,
}

impl Account {
    /// The states its participants stand for, sorted, when the type is one that states do (see
    /// [`between_states`]) and every participant stands for one, or two states at least do (a
    /// host or mediator of no state beside them: "Vucic and Kurti met, hosted by Kallas");
    /// else empty.
    fn sides(&self) -> Vec<&str> {
        if !between_states(&self.kind) {
            return Vec::new();
        }
        let mut v: Vec<&str> = self.participants.iter().filter_map(|n| n.side.as_deref()).collect();
        v.sort_unstable();
        v.dedup();
        let all = self.participants.iter().all(|n| n.side.is_some());
        if all || v.len() >= 2 {
            v
        } else {
            Vec::new()
        }
    }

    fn people(&self) -> Vec<&str> {
        let p: Vec<&str> = self
            .participants
            .iter()
            .filter(|n| n.is_person())
            .map(|n| n.entity.as_deref().unwrap_or(&n.name))
            .collect();
        if p.is_empty() {
            self.participants.iter().map(|n| n.entity.as_deref().unwrap_or(&n.name)).collect()
        } else {
            p
        }
    }
}

/// What the merge stage keeps of an event: enough to decide joins and to write its date and
/// summary without reading its sources again.
#[derive(Debug, Clone, Default)]
struct Profile {
    /// The date and summary the event's row holds, when this stage wrote them (not known for
    /// a profile read back from the store): an event whose row says what it would say again
    /// is not rewritten.
    stored: Option<(Option<String>, String)>,
    kind: String,
    cameo: String,
    /// Dates stated by sources, with how many sources stated each.
    text_dates: Vec<(String, u32)>,
    /// The same, less those that are only the day it was said to have happened.
    firm_dates: Vec<(String, u32)>,
    /// Earliest publication date of a source dated only by publication.
    published: Option<String>,
    /// The earliest publication of its accounts without a date.
    undated_published: Option<String>,
    /// People (or, without people, all participants) as entity ids or names, with counts.
    people: Vec<(String, u32)>,
    /// Participant display names by id.
    names: Vec<(String, String)>,
    durations: Vec<[u32; 2]>,
    topics: Vec<String>,
    sources: u32,
    /// Whether some source names a person among the participants (else `people` holds
    /// countries and organisations).
    persons: bool,
    /// Keys of `people` some source names as the agent ("Lukashenko pardoned ...").
    agents: Vec<String>,
    /// The states those agents stand for ("the Pentagon": United States).
    agent_sides: Vec<String>,
    /// The states the sources' participants stand for, with how many sources name each (see
    /// [`Account::sides`]).
    sides: Vec<(String, u32)>,
    /// Whether every source's participants stand for states, and whether one names states only
    /// (see [`states_named`]).
    all_sided: Option<bool>,
    states_only: bool,
    /// The places the sources give ("in Bergen").
    places: Vec<String>,
    /// The figures the sources give ("drones launched", 96).
    figures: Vec<(String, u32)>,
    /// The documents that tell it (the first [`MAX_DOCS`]).
    docs: Vec<String>,
    /// The counts of people those documents give ("14 prisoners"), one per document.
    doc_counts: Vec<(String, u32)>,
    /// The states its people stand for, each person's own (where [`Account::sides`] needs
    /// every participant's).
    person_sides: Vec<String>,
    /// Whether every account tells it undated as an earlier act of states or bodies (see
    /// [`earlier_act`]).
    earlier_only: Option<bool>,
}

/// How many of an event's documents its profile keeps: beyond them an article's second
/// account of the event could join it (an event told by so many is rarely told twice in one).
const MAX_DOCS: usize = 64;

impl Profile {
    /// Notes that document `doc` tells the event.
    fn told_in(&mut self, doc: String, count: Option<u32>) {
        if let Some(n) = count {
            if self.doc_counts.len() < MAX_DOCS && !self.doc_counts.iter().any(|(d, _)| *d == doc) {
                self.doc_counts.push((doc.clone(), n));
            }
        }
        if self.docs.len() < MAX_DOCS && !self.docs.contains(&doc) {
            self.docs.push(doc);
        }
    }

    /// Whether document `doc` told this event with another count than `count` (an article
    /// that counts 14 freed on Saturday and 16 pardoned last week tells two releases).
    fn counted_otherwise(&self, doc: &str, count: Option<u32>) -> bool {
        count.is_some_and(|c| self.doc_counts.iter().any(|(d, n)| d == doc && *n != c))
    }

    fn date(&self) -> Option<String> {
        self.stated().map(str::to_string).or_else(|| self.published.clone())
    }

    /// The date its sources state: the days it was told to have happened on outweigh the days
    /// it was said to have happened by.
    fn stated(&self) -> Option<&str> {
        stated_date(&self.firm_dates, &self.text_dates)
    }

    fn add(&mut self, a: &Account) {
        self.sources += 1;
        self.earlier_only = Some(self.earlier_only.unwrap_or(true) && earlier_act(a).is_some());
        if !self.kind.is_empty() && fuller_kind(&self.kind, &a.kind) != self.kind {
            self.kind = a.kind.clone();
            self.cameo = a.cameo.clone();
        }
        match (&a.date, a.date_source.as_deref()) {
            (Some(d), Some("text")) => {
                bump(&mut self.text_dates, d);
                if !a.said_date {
                    bump(&mut self.firm_dates, d);
                }
            }
            (Some(d), _) if self.published.as_ref().is_none_or(|p| d < p) => {
                self.published = Some(d.clone());
            }
            (None, _) => {
                if let Some(d) = &a.published {
                    if self.undated_published.as_ref().is_none_or(|p| d < p) {
                        self.undated_published = Some(d.clone());
                    }
                }
            }
            _ => {}
        }
        for p in a.people() {
            bump(&mut self.people, p);
        }
        self.persons |= a.participants.iter().any(Named::is_person);
        let sides = a.sides();
        for side in &sides {
            bump(&mut self.sides, side);
        }
        self.all_sided = Some(self.all_sided.unwrap_or(true) && !sides.is_empty());
        self.states_only |= a.participants.iter().all(|n| !n.is_person());
        if let Some(place) = &a.place {
            if self.places.len() < 8 && !self.places.contains(place) {
                self.places.push(place.clone());
            }
        }
        for n in &a.participants {
            if let Some(side) = n.side.as_ref().filter(|_| n.is_person()) {
                if !self.person_sides.contains(side) && self.person_sides.len() < 8 {
                    self.person_sides.push(side.clone());
                }
            }
            let key = n.entity.clone().unwrap_or_else(|| n.name.clone());
            if n.agent && !self.agents.contains(&key) && self.agents.len() < 8 {
                self.agents.push(key.clone());
            }
            if let Some(side) = n.side.as_ref().filter(|_| n.agent && !n.is_person()) {
                if !self.agent_sides.contains(side) && self.agent_sides.len() < 8 {
                    self.agent_sides.push(side.clone());
                }
            }
            if !self.names.iter().any(|(k, _)| *k == key) {
                self.names.push((key, n.name.clone()));
            }
        }
        for f in &a.figures {
            if self.figures.len() < 16
                && !self.figures.iter().any(|(w, v)| *w == f.what && *v == f.value)
            {
                self.figures.push((f.what.clone(), f.value));
            }
        }
        if let Some(d) = a.duration_minutes {
            if self.durations.len() < 16 {
                self.durations.push(d);
            }
        }
        for t in &a.topics {
            if self.topics.len() < 32 && !self.topics.iter().any(|x| x.eq_ignore_ascii_case(t)) {
                self.topics.push(t.clone());
            }
        }
    }

    fn summary(&self) -> String {
        // Most named first, ties by key: the same whatever order the sources came in (a
        // profile read back from the store sees them in document order).
        let mut people: Vec<&(String, u32)> = self.people.iter().collect();
        people.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let name = |k: &str| -> String {
            self.names.iter().find(|(x, _)| x == k).map_or(k, |(_, n)| n.as_str()).to_string()
        };
        let mut names: Vec<String> = people.iter().take(4).map(|(k, _)| name(k)).collect();
        let mut persons = self.persons;
        // Named by the states, as the events view does (see [`states_named`]).
        if between_states(&self.kind)
            && self.sources >= 2
            && self.all_sided == Some(true)
            && self.states_only
            && self.sides.len() < self.names.len()
        {
            let mut sides: Vec<&(String, u32)> = self.sides.iter().collect();
            sides.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            names = sides.iter().map(|(s, _)| s.clone()).collect();
            persons = false;
        }
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let agents: Vec<String> = self.agents.iter().map(|k| name(k)).collect();
        let agents: Vec<&str> = agents.iter().map(String::as_str).collect();
        let line = assemble::summary_line(
            &self.kind,
            &names,
            &agents,
            persons,
            None,
            self.date().as_deref(),
            None,
            &[],
            self.sources,
        );
        assemble::name_suspended(line, &self.kind, &self.topics)
    }
}

fn bump(v: &mut Vec<(String, u32)>, key: &str) {
    match v.iter_mut().find(|(k, _)| k == key) {
        Some((_, n)) => *n += 1,
        None => v.push((key.to_string(), 1)),
    }
}

/// The date most sources state; ties go to the finer date, then the earlier.
/// The longest stretch of days, less one, that a date told as a span of days can cover ("from
/// June 15 to 17", a state visit); a week of "last week" (six) is no such span.
const SPAN_DAYS: i64 = 5;

/// The date sources state, from all the dates told in text (`text`) and those of them told as
/// the day it happened rather than the day someone said it had (`firm`): the firm ones' consensus
/// first, unless it is a coarser date that holds the consensus of all ("last week" and "the
/// ministry said on Friday" tell Friday).
fn stated_date<'d>(firm: &'d [(String, u32)], text: &'d [(String, u32)]) -> Option<&'d str> {
    let all = consensus(text);
    match consensus(firm) {
        Some(f) if all.is_some_and(|a| a != f && days::holds(f, a)) => all,
        Some(f) => Some(f),
        None => all,
    }
}

fn consensus(dates: &[(String, u32)]) -> Option<&str> {
    // A coarser date counts for the finer ones it contains ("2025-06" backs "2025-06-14", a
    // week "2025-04-28/2025-05-04" its days).
    // But a few days told as such ("from June 15 to 17", "on Saturday and Sunday") are what
    // took place, and a day within them is part of it: the days count for the span.
    let days = |d: &str| window(d).map_or(i64::MAX, |(lo, hi)| hi - lo);
    let told_days = |d: &str| (1..=SPAN_DAYS).contains(&days(d));
    dates
        .iter()
        .map(|(d, _)| {
            let support: u32 = dates
                .iter()
                .filter(|(o, _)| {
                    o == d
                        || days::holds(o, d) && !told_days(o)
                        || told_days(d) && days::holds(d, o)
                })
                .map(|(_, n)| n)
                .sum();
            (d, support)
        })
        .max_by(|a, b| a.1.cmp(&b.1).then(days(b.0).cmp(&days(a.0))).then(b.0.cmp(a.0)))
        .map(|(d, _)| d.as_str())
}

/// The corpus stage. Lives for a whole build; see the crate documentation.
#[derive(Default)]
pub struct MergeStage {
    /// Profiles of the events touched lately (every event of the current batch is here).
    cache: HashMap<String, Profile>,
    /// The generation before: a profile found here moves back into `cache`.
    old: HashMap<String, Profile>,
    /// Ids of the event numbers candidate searches gave, emptied when more than [`IDS`] and
    /// whenever events go (a number may then be given again).
    ids: HashMap<i64, String>,
    version: Option<i64>,
    /// Accounts merged by this stage, and how many joined an existing event.
    pub accounts: usize,
    pub joined: usize,
    pub elapsed: std::time::Duration,
    /// The corpus entity of each mention span of documents about to be merged, by document
    /// name, handed over by the resolution stage that just wrote them (saves reading them back);
    /// documents not here are read from the store.
    pub known: HashMap<String, HashMap<(usize, usize), String>>,
    /// The country of each person looked up in this batch (see [`known_country`]).
    titled: HashMap<String, Option<String>>,
}

impl MergeStage {
    pub fn new() -> MergeStage {
        MergeStage::default()
    }

    fn sync(&mut self, tx: &CorpusTx) -> Result<(), StoreError> {
        let stored: i64 = tx.state(VERSION)?.and_then(|v| v.parse().ok()).unwrap_or(0);
        if self.version != Some(stored) {
            self.cache.clear();
            self.old.clear();
            self.ids.clear();
            self.version = Some(stored);
        } else if self.cache.len() > CACHE / 2 {
            self.old = std::mem::take(&mut self.cache);
            // An id is a few dozen bytes: many more of them than profiles stay at hand, so an
            // event found again later need not be looked up again; still a bounded number.
            if self.ids.len() > IDS {
                self.ids.clear();
            }
        }
        Ok(())
    }

    /// Merges the events of `docs` (store name and document) into the corpus's events.
    pub fn merge(&mut self, tx: &CorpusTx, docs: &[(&str, &Document)]) -> Result<(), StoreError> {
        let started = std::time::Instant::now();
        self.sync(tx)?;
        let names: Vec<&str> = docs.iter().map(|(n, _)| *n).collect();
        if tx.begin_merge(&names)? > 0 {
            self.ids.clear();
        }
        self.titled.clear();
        // Events touched by this batch, written once each at the end (a busy event may gain
        // many accounts in one batch).
        let mut touched: Vec<String> = Vec::new();
        for (name, doc) in docs {
            let ids: HashMap<(usize, usize), String> = match self.known.remove(*name) {
                Some(ids) => ids,
                None => tx.doc_mentions(name)?.into_iter().map(|(s, e, id)| ((s, e), id)).collect(),
            };
            // Events this document started: two accounts of one trigger ("spoke separately by
            // phone with X and Y") start two.
            let mut started: Vec<String> = Vec::new();
            let accounts = doc
                .events
                .iter()
                .map(|ev| account(tx, doc, ev, &ids, &mut self.titled))
                .collect::<Result<Vec<Account>, StoreError>>()?;
            // Two sittings one article tells ("Xi hosted Putin and Kim at the parade ... Putin
            // and Kim later spoke for 150 minutes") may fit one event told elsewhere; it can
            // take only one of them (see `best`), the one that fits it best, whichever the
            // article told first. The others look again without it.
            let mut pre: Vec<Option<Best>> = Vec::with_capacity(accounts.len());
            for a in &accounts {
                pre.push(match is_sitting(&a.kind) {
                    true => self.best(tx, name, a, &[])?,
                    false => None,
                });
            }
            let mut owner: HashMap<&str, (i64, usize)> = HashMap::new();
            for (i, b) in pre.iter().enumerate() {
                if let Some((score, id, _)) = b {
                    let o = owner.entry(id.as_str()).or_insert((*score, i));
                    if *score > o.0 {
                        *o = (*score, i);
                    }
                }
            }
            let claimed: Vec<String> = owner.keys().map(|k| k.to_string()).collect();
            let owners: Vec<(String, usize)> =
                owner.into_iter().map(|(id, (_, i))| (id.to_string(), i)).collect();
            for (seq, (ev, a)) in doc.events.iter().zip(accounts).enumerate() {
                let best = match pre[seq].take() {
                    Some(b) if owners.iter().any(|(id, i)| *id == b.1 && *i == seq) => Some(b),
                    Some(_) => self.best(tx, name, &a, &claimed)?,
                    None if is_sitting(&a.kind) => None,
                    None => self.best(tx, name, &a, &[])?,
                };
                touched.push(self.place(tx, name, (seq, &mut started), ev, a, best)?);
            }
        }
        touched.sort_unstable();
        touched.dedup();
        for id in touched {
            let p = self.cache.get_mut(&id).expect("profiled");
            let now = (p.date(), p.summary());
            if p.stored.as_ref() == Some(&now) {
                continue;
            }
            tx.put_event(&EventRow {
                kind: p.kind.clone(),
                cameo: p.cameo.clone(),
                date: now.0.clone(),
                summary: now.1.clone(),
                id,
            })?;
            p.stored = Some(now);
        }
        self.known.clear();
        let next = self.version.unwrap_or(0) + 1;
        tx.set_state(VERSION, &next.to_string())?;
        self.version = Some(next);
        self.elapsed += started.elapsed();
        Ok(())
    }

    /// Merges documents stored earlier whose events were never merged (stored by an older
    /// dossier, or every document after the entities were resolved anew), in chunks.
    pub fn merge_stored(&mut self, store: &mut dossier_store::Store) -> Result<usize, StoreError> {
        let pending = store.with_corpus(|tx| tx.unmerged_documents())?;
        let mut done = 0;
        for chunk in pending.chunks(256) {
            store.with_corpus(|tx| {
                let mut docs = Vec::with_capacity(chunk.len());
                for name in chunk {
                    if let Some(doc) = tx.document(name)? {
                        docs.push((name.as_str(), doc));
                    }
                }
                let refs: Vec<(&str, &Document)> = docs.iter().map(|(n, d)| (*n, d)).collect();
                self.merge(tx, &refs)
            })?;
            done += chunk.len();
        }
        Ok(done)
    }

    fn profile(&mut self, tx: &CorpusTx, id: &str) -> Result<&mut Profile, StoreError> {
        if !self.cache.contains_key(id) {
            if let Some(p) = self.old.remove(id) {
                self.cache.insert(id.to_string(), p);
                return Ok(self.cache.get_mut(id).expect("inserted"));
            }
            let mut p = Profile::default();
            for (doc, data) in tx.event_source_data(id)? {
                let a: Account = serde_json::from_str(&data).map_err(StoreError::Json)?;
                p.told_in(doc, a.count);
                if p.kind.is_empty() {
                    p.kind = a.kind.clone();
                    p.cameo = a.cameo.clone();
                }
                p.add(&a);
            }
            self.cache.insert(id.to_string(), p);
        }
        Ok(self.cache.get_mut(id).expect("inserted"))
    }

    /// The event account `a` of document `doc` fits best, if any, with its score and why
    /// (events in `exclude` are passed over).
    fn best(
        &mut self,
        tx: &CorpusTx,
        doc: &str,
        a: &Account,
        exclude: &[String],
    ) -> Result<Option<Best>, StoreError> {
        // Two shared people are needed to join a call or a meeting: look among the events of
        // each pair. One person suffices for a statement: look among that person's.
        // Between states and bodies an outlet may name fewer parties than another (see `fits`):
        // look among each party's events as well.
        let states = a.participants.iter().all(|n| !n.is_person());
        let mut people: Vec<String> = if one_actor(&a.kind) || a.people().len() < 2 {
            a.people().into_iter().map(str::to_string).collect()
        } else if states {
            let mut both = pairs(a);
            both.extend(a.people().into_iter().map(str::to_string));
            both
        } else {
            let mut both = pairs(a);
            both.extend(a.people().into_iter().map(solo));
            both
        };
        // And among the events of each state the participants stand for, or that acts.
        people.extend(a.sides().into_iter().map(side_key));
        people.extend(kind_key(a));
        // (A release may be one side of an exchange another outlet told by other names: "a
        // swap that also freed 10 Americans" and "Venezuela freed ten U.S. citizens in
        // exchange for ...". Exchanges are rare: those of the days around are few to read.)
        // (Only one no one is told to have made, that names no one freed but their states, is
        // looked for that way: see `sides_fit`.)
        let unnamed = a.participants.iter().all(|n| !n.agent && n.label == "LOC");
        if a.kind == "prisoner_release" && unnamed {
            people.push(EXCHANGE_KEY.to_string());
        }
        for s in acting_sides(a) {
            let key = side_key(s);
            if !people.contains(&key) {
                people.push(key);
            }
        }
        // And of each state or body that acts beside the people named: "Belarus released
        // Tsikhanouski" finds "the release of 14 prisoners by Belarus" told undated before.
        if a.participants.iter().any(Named::is_person) {
            for n in a.participants.iter().filter(|n| n.agent && !n.is_person()) {
                let key = n.entity.as_deref().unwrap_or(&n.name);
                if !people.iter().any(|p| p == key) {
                    people.push(key.to_string());
                }
            }
        }
        let mut best: Option<Best> = None;
        let stated = a.date_source.as_deref() == Some("text");
        // An account dated by its publication alone joins an event dated the same way only on
        // a shared topic or duration (see `fits`): without either, only the events of accounts
        // that state their date can take it, and the others (a person's every statement, say)
        // are not even read.
        // (Nor an event whose accounts have no date at all, filed under their publication day:
        // a sitting of the same two people or more, all of them, may be it.)
        let published_too = stated
            || !a.topics.is_empty()
            || a.duration_minutes.is_some()
            || !one_actor(&a.kind) && a.people().len() >= 2;
        if let Some(ranges) = search_keys(a) {
            // Candidates of the account's type and of the type that may tell the same happening.
            let mut found = tx.event_candidate_keys(&a.kind, published_too, &people, &ranges)?;
            if let Some(other) = told_as_kind(&a.kind) {
                found.extend(tx.event_candidate_keys(other, published_too, &people, &ranges)?);
            }
            for key in found {
                let id = match self.ids.get(&key) {
                    Some(id) => id.clone(),
                    None => {
                        let Some(id) = tx.event_id(key)? else { continue };
                        self.ids.insert(key, id.clone());
                        id
                    }
                };
                if exclude.contains(&id) {
                    continue;
                }
                let p = self.profile(tx, &id)?;
                // Two sittings one article tells apart ("a separate bilateral meeting") stay
                // apart: the events stage joined all it could of the article's own mentions.
                // (Not releases: "In addition, eight residents were returned" may be more of
                // the exchange the article told, counted on its own.)
                // (Nor agreements: "also signed separate agreements with each country".)
                let sitting = is_sitting(&a.kind);
                // (Nor a release and an exchange one article tells: two happenings, see
                // `told_as_kind`.)
                let other_kind = p.kind != a.kind && !p.kind.is_empty();
                let same_doc = || p.docs.iter().any(|d| d == doc);
                if !told_as_same(&p.kind, &a.kind) || (sitting || other_kind) && same_doc() {
                    continue;
                }
                if p.counted_otherwise(doc, a.count) {
                    continue;
                }
                if let Some((score, fit, by_sides)) = fits(p, a) {
                    let why = (fit, by_sides);
                    if best
                        .as_ref()
                        .is_none_or(|(s, bid, _)| score > *s || (score == *s && id < *bid))
                    {
                        best = Some((score, id, why));
                    }
                }
            }
        }
        Ok(best)
    }

    /// Joins account `a` to `best` (see [`MergeStage::best`]), or starts an event with it;
    /// writes the source row and its keys and returns the event's id (the caller writes the
    /// event row once for the batch).
    fn place(
        &mut self,
        tx: &CorpusTx,
        doc: &str,
        (seq, started): (usize, &mut Vec<String>),
        ev: &EventMention,
        a: Account,
        best: Option<Best>,
    ) -> Result<String, StoreError> {
        self.accounts += 1;
        let keys = keys(&a);
        let stated = a.date_source.as_deref() == Some("text");
        let (id, reason) = match best {
            Some((_, id, (fit, by_sides))) => {
                self.joined += 1;
                let reason = why(&self.cache[&id], &a, fit, by_sides);
                (id, reason)
            }
            None => {
                let mut id = event_id(&a.kind, doc, ev.trigger.start, None);
                if started.contains(&id) {
                    id = event_id(&a.kind, doc, ev.trigger.start, Some(seq));
                }
                started.push(id.clone());
                self.cache.insert(
                    id.clone(),
                    Profile { kind: a.kind.clone(), cameo: a.cameo.clone(), ..Profile::default() },
                );
                (id, String::new())
            }
        };
        let p = self.cache.get_mut(&id).expect("profiled");
        p.add(&a);
        p.told_in(doc.to_string(), a.count);
        if p.sources == 1 {
            // A new event: its row is written with its first account.
            let row = EventRow {
                id: id.clone(),
                kind: p.kind.clone(),
                cameo: p.cameo.clone(),
                date: p.date(),
                summary: p.summary(),
            };
            if tx.put_new_event(&row)? {
                p.stored = Some((row.date, row.summary));
            }
        }
        let data = serde_json::to_string(&a).map_err(StoreError::Json)?;
        tx.put_event_source(
            &a.kind,
            stated,
            &SourceRow {
                event_id: id.clone(),
                doc: doc.to_string(),
                seq,
                start: ev.trigger.start,
                end: ev.trigger.end,
                reason,
                data,
                outlet: None,
                published: None,
            },
            &keys,
        )?;
        Ok(id)
    }
}

/// How an account fits an event: which of [`fits`]'s cases held (the reason is written out
/// only for the event that wins, see [`why`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fit {
    /// Both state their date, and the dates agree.
    StatedDates,
    /// The account states its date; the event is dated by publication.
    StatedBeforePublication,
    /// The account is dated by publication; the event states its date.
    PublishedAfterStated,
    /// Both dated by publication; a shared topic (true) or an agreeing duration (false).
    Undated { topic: bool },
    /// The account has no date; the event names the same people on a day it states, within
    /// the days before the account's publication.
    UndatedSamePeople,
    /// The event's accounts have no date; the account is dated by publication, names the same
    /// people and was published the same day or the next.
    UndatedBothSamePeople,
    /// Both state their date, a day apart, and give the same figures: one night told as
    /// "Monday night" by one outlet and "overnight" on Tuesday by another.
    AdjacentDaysSameFigures,
    /// Both state their date, a day apart, and tell the release of the same person.
    AdjacentDaysSameFreed,
    /// Both state their date, a day apart, for talks or a meeting of the same people in the
    /// same place: "talks in Geneva on Saturday and Sunday" told by its first day by one outlet
    /// and by its second by another.
    AdjacentDaysOneSitting,
    /// The same people, all of them; one date is only the day it was said to have happened
    /// ("the Kremlin said on Saturday that the talks had been held"), the other a day just
    /// before it.
    SaidDayAfter,
    /// Both state the same day; the account names no one the act was done to, and its agent
    /// stands for the state that did the event ("the U.S. Treasury sanctioned the two
    /// companies" on the day the United States imposed sanctions).
    SameDaySameActingState,
    /// Strikes by the same state or body, on the same stated day (or told the day after,
    /// undated), on places of one country or of none known: "Russia struck Kyiv overnight" and
    /// "Russia launched 309 drones at Ukraine" are one night's attack.
    SameDayStrikesOfOneState,
    /// The account, undated, tells a release by a side of the exchange, as many freed as an
    /// account of the exchange counts, published in the days after the exchange's stated day.
    SideOfExchangeSameCount,
    /// Prisoner exchanges both stated on the same day, not told between two different pairs of
    /// states: one outlet tells who was freed, another which states swapped, a third the
    /// release one state made for it.
    SameDayExchange,
    /// Meetings of one body's gathering ("the Group of Seven summit"), both stated on days
    /// that overlap, in one place or none told: one outlet names the leaders who met there,
    /// another the host.
    SameGathering,
    /// The account tells, undated, of an earlier act of states or bodies ("in retaliation for
    /// the US strikes"); the event was done by the same ones, on a day it states, within the
    /// days before the account's publication.
    EarlierActOfTheSame,
}

/// Whether account `a` can be an account of the event profiled by `p`, with a score (higher is
/// better), the case that held and whether the states alone matched (see [`sides_fit`]).
/// Called for every candidate event of every account.
/// A candidate event an account fits: its score, its id, and why (see [`fits`]).
type Best = (i64, String, (Fit, bool));

/// Kinds of which one article tells each happening once: two accounts of one article are two
/// happenings, never one event.
fn is_sitting(kind: &str) -> bool {
    matches!(kind, "meeting" | "negotiation" | "phone_call" | "agreement")
}

fn fits(p: &Profile, a: &Account) -> Option<(i64, Fit, bool)> {
    // "paused intelligence sharing" and "halted military aid": suspensions of different things
    // are two acts, whatever their day and who did them.
    if a.kind == "aid_suspension" && !a.topics.is_empty() && !p.topics.is_empty() {
        let shared = a.topics.iter().any(|t| p.topics.iter().any(|u| u.eq_ignore_ascii_case(t)));
        if !shared {
            return None;
        }
    }
    fits_by_parties(p, a).or_else(|| same_day_exchange(p, a)).or_else(|| same_gathering(p, a))
}

/// "Trump and Starmer said at the Group of Seven summit in Alberta" and "the summit, hosted by
/// Carney, ran from June 15 to 17": a meeting that names an organisation standing for no state
/// (a body whose gathering it is), on a stated day within the stated days of a meeting that
/// names it too, where neither names another place. (A weak fit: tried where no other holds.)
fn same_gathering(p: &Profile, a: &Account) -> Option<(i64, Fit, bool)> {
    let meeting = a.kind == "meeting" && matches!(p.kind.as_str(), "" | "meeting");
    if !meeting || a.date_source.as_deref() != Some("text") {
        return None;
    }
    let stated = consensus(&p.text_dates)?;
    let date = a.date.as_deref()?;
    let body = a.participants.iter().any(|n| {
        let k = n.entity.as_deref().unwrap_or(&n.name);
        n.label == "ORG" && n.side.is_none() && p.names.iter().any(|(x, _)| x == k)
    });
    let place = a.place.as_ref().is_none_or(|x| {
        p.places.is_empty()
            || p.places.iter().any(|y| x == y || assemble::holds(x, y) || assemble::holds(y, x))
    });
    (body && place && days::overlap(stated, date)).then_some((0, Fit::SameGathering, false))
}

/// "Russia freed Gershkovich and Whelan on Thursday in the biggest prisoner exchange ...",
/// "Germany released Krasikov on Thursday as part of an exchange": exchanges are rare, and two
/// on one day told by names that share nothing are one, unless each names two states and they
/// share none. (The weakest fit: tried where no other holds.)
fn same_day_exchange(p: &Profile, a: &Account) -> Option<(i64, Fit, bool)> {
    if a.kind != "prisoner_exchange" || !matches!(p.kind.as_str(), "" | "prisoner_exchange") {
        return None;
    }
    if a.date_source.as_deref() != Some("text") {
        return None;
    }
    let stated = consensus(&p.text_dates).filter(|s| s.len() == 10)?;
    let mine = a.sides();
    let apart = mine.len() >= 2
        && p.sides.len() >= 2
        && !mine.iter().any(|m| p.sides.iter().any(|(t, _)| t == m));
    (a.date.as_deref() == Some(stated) && !apart).then_some((0, Fit::SameDayExchange, false))
}

/// "spoke by phone with Qatar's emir" (no name given) and "with Qatar's emir, Sheikh Tamim":
/// in a call or meeting of two, participant `n` of account `a` is a state where the event's
/// other party is a person who stands for it, or the reverse. (Only there: joins on states
/// alone between more parties keep their own rules.)
fn stands_in(p: &Profile, a: &Account, n: &Named) -> bool {
    let two = a.participants.len() == 2 && p.names.len() == 2;
    let Some(side) = n.side.as_ref().filter(|_| two && !n.agent) else { return false };
    if !matches!(a.kind.as_str(), "phone_call" | "meeting") {
        return false;
    }
    let named = |k: &str| p.people.iter().any(|(t, _)| same_thing(t, k));
    if named(n.entity.as_deref().unwrap_or(&n.name)) {
        return false;
    }
    match n.is_person() {
        false => p.person_sides.contains(side),
        true => p.persons && p.names.iter().any(|(_, name)| name == side),
    }
}

/// [`fits`] on the parties the account and the event share.
fn fits_by_parties(p: &Profile, a: &Account) -> Option<(i64, Fit, bool)> {
    // Strikes by Pakistan are not strikes by India, whatever day and states they share. (Only
    // states and bodies are compared: "Lukashenko pardoned" and "Belarus released" can be one
    // release.)
    // ("after the Pentagon halted shipments" and "the United States paused deliveries": the
    // states a body or a seat of government stands for, where the names differ.)
    let sides_of = |a: &Account| -> Option<Vec<String>> {
        a.participants.iter().filter(|n| n.agent).map(|n| n.side.clone()).collect()
    };
    let same_sides = |a: &Account| {
        sides_of(a).is_some_and(|s| {
            !s.is_empty()
                && s.len() == p.agent_sides.len()
                && s.iter().all(|x| p.agent_sides.contains(x))
        })
    };
    let key = |n: &Named| n.entity.clone().unwrap_or_else(|| n.name.clone());
    let acting: Vec<String> =
        a.participants.iter().filter(|n| n.agent && !n.is_person()).map(key).collect();
    let their_acting = p.agents.iter().filter(|k| !k.starts_with("per-"));
    if !acting.is_empty()
        && their_acting.clone().next().is_some()
        && a.participants.iter().filter(|n| n.agent).all(|n| !n.is_person())
        && !their_acting.clone().any(|k| acting.contains(k))
        && !same_sides(a)
    {
        return None;
    }
    // "in retaliation for the US strikes on its nuclear sites", "said the new US sanctions
    // were ...": an earlier act of the same states or bodies, told undated as background,
    // and the act told with its day in the days before that article: the same ones acting in
    // both (and, for the undated account, what it was done to named by the event too).
    let their_agents: Vec<&str> = their_acting.clone().map(String::as_str).collect();
    let same_acting = |acting: &[&str]| {
        !acting.is_empty()
            && acting.len() == their_agents.len()
            && acting.iter().all(|k| their_agents.contains(k))
    };
    if let Some(acting) = earlier_act(a) {
        let stated = consensus(&p.text_dates)?;
        let pubd = a.published.as_deref()?;
        // (One who acted counts as named when the event's doers stand for the same state:
        // "Washington blacklisted" and "the Treasury Department imposed sanctions".)
        let named = a.participants.iter().all(|n| {
            let k = n.entity.as_deref().unwrap_or(&n.name);
            p.names.iter().any(|(x, _)| x == k)
                || n.side.as_ref().is_some_and(|s| {
                    p.sides.iter().any(|(x, _)| x == s) || n.agent && p.agent_sides.contains(s)
                })
        });
        let acts = same_acting(&acting) || same_sides(a);
        return (acts && named && within(stated, pubd)).then_some((
            0,
            Fit::EarlierActOfTheSame,
            false,
        ));
    }
    if p.earlier_only == Some(true) && a.date_source.as_deref() == Some("text") {
        let date = a.date.as_deref()?;
        let pubd = p.undated_published.as_deref()?;
        let acting: Vec<&str> = acting.iter().map(String::as_str).collect();
        // (Or the people who acted for the state this account's doers stand for.)
        let their_people_for = p.agent_sides.is_empty()
            && sides_of(a)
                .is_some_and(|s| !s.is_empty() && s.iter().all(|x| p.person_sides.contains(x)));
        let acts = same_acting(&acting) || same_sides(a) || their_people_for;
        return (acts && within(date, pubd)).then_some((0, Fit::EarlierActOfTheSame, false));
    }
    // "The U.S. Treasury on Wednesday sanctioned the two companies": an act by a body of the
    // state that did the event, on the day the event states, naming no one it was done to.
    if matches!(a.kind.as_str(), "sanctions" | "military_strike" | "aid_suspension")
        && a.participants.iter().all(|n| n.agent)
        && same_sides(a)
        && a.date_source.as_deref() == Some("text")
        && a.date.as_deref().is_some_and(|d| consensus(&p.text_dates) == Some(d) && d.len() == 10)
    {
        return Some((1, Fit::SameDaySameActingState, true));
    }
    // "In return, Israel freed 183 Palestinian prisoners", told undated the day after "Israel
    // released 183 Palestinian prisoners on Saturday after Hamas freed three hostages": a
    // release by a side of an exchange, freeing as many as an account of the exchange counts,
    // told in the days after the exchange's day, is that side's part of it.
    if a.kind == "prisoner_release"
        && p.kind == "prisoner_exchange"
        && a.date_source.as_deref() != Some("text")
        && !acting.is_empty()
        && acting.iter().all(|k| p.people.iter().any(|(t, _)| t == k))
        && a.count.is_some_and(|c| p.doc_counts.iter().any(|(_, n)| *n == c))
    {
        let stated = consensus(&p.text_dates).filter(|s| s.len() == 10);
        let pubd = a.published.as_deref();
        if let (Some(stated), Some(pubd)) = (stated, pubd) {
            if within(stated, pubd) {
                return Some((0, Fit::SideOfExchangeSameCount, false));
            }
        }
    }
    // "Belarusian leader Alexander Lukashenko pardoned 16 prisoners on Saturday" and "Belarus
    // on Saturday released 14 prisoners, among them Tsikhanouski": one state's release told
    // with the same day, whoever of it is named as doing it, freeing no one the other does
    // not (the counts may differ: that is a discrepancy to show).
    if a.kind == "prisoner_release" && same_sides(a) {
        let stated = consensus(&p.text_dates).filter(|s| s.len() == 10);
        let day = a.date_source.as_deref() == Some("text") && a.date.as_deref() == stated;
        let key = |n: &Named| n.entity.as_deref().unwrap_or(&n.name).to_string();
        let freed: Vec<String> = a.participants.iter().filter(|n| !n.agent).map(key).collect();
        let their_freed: Vec<&String> =
            p.people.iter().map(|(k, _)| k).filter(|k| !p.agents.contains(k)).collect();
        let apart = !freed.is_empty()
            && !their_freed.is_empty()
            && !freed.iter().any(|f| their_freed.contains(&f));
        if day && !apart {
            return Some((1, Fit::SameDaySameActingState, false));
        }
    }
    if a.kind == "military_strike" {
        let acting: Vec<&str> = acting.iter().map(String::as_str).collect();
        let stated = consensus(&p.text_dates).filter(|s| s.len() == 10);
        let day = match (a.date.as_deref(), a.date_source.as_deref(), stated) {
            // (A day the toll rose by is the day of the strike or one after it.)
            (Some(d), Some("text"), Some(s)) if a.said_date && d != s => one_day_before(s, d),
            (Some(d), Some("text"), Some(s)) => d == s,
            (Some(d), _, Some(s)) => within(s, d) && one_day_before(s, d),
            _ => false,
        };
        // (The same state acting through one of its bodies or not: "Russia's Defence Ministry
        // said its forces struck" and "Russia's overnight attack on Kyiv".)
        let l = dossier_resolve::lang::lang();
        let mut mine: Vec<&str> = a
            .participants
            .iter()
            .filter(|n| n.agent)
            .filter_map(|n| n.side.as_deref().or_else(|| l.country_acting(&n.name)))
            .collect();
        let mut theirs: Vec<&str> = p
            .agent_sides
            .iter()
            .map(String::as_str)
            .chain(
                p.names
                    .iter()
                    .filter(|(k, _)| p.agents.contains(k))
                    .filter_map(|(_, name)| l.country_acting(name)),
            )
            .collect();
        for v in [&mut mine, &mut theirs] {
            v.sort_unstable();
            v.dedup();
        }
        let acts = same_acting(&acting) || !mine.is_empty() && mine == theirs;
        if day && acts && targets_of_one_country(p, a) {
            return Some((1, Fit::SameDayStrikesOfOneState, false));
        }
    }
    let mine = a.people();
    let theirs = || p.people.iter().map(|(k, _)| k.as_str());
    let shared = mine.iter().filter(|m| theirs().any(|t| same_thing(t, m))).count();
    // (One who acted for the state the event's doers stand for counts as shared: "Washington
    // blacklisted Rosneft" and "the Treasury Department imposed sanctions on Rosneft".)
    let acted_alike = same_sides(a)
        && !a.participants.iter().filter(|n| n.agent).any(|n| {
            let k = n.entity.as_deref().unwrap_or(&n.name);
            theirs().any(|t| same_thing(t, k))
        });
    let stood_for = a.participants.iter().filter(|n| stands_in(p, a, n)).count();
    let shared = shared + usize::from(acted_alike) + stood_for;
    let n_theirs = p.people.len();
    let single = one_actor(&a.kind);
    // Against people, count the event's people only: talks told as "between the United States
    // and China" by one account and "with He Lifeng" by another have one person to share.
    let their_persons = p.people.iter().filter(|(k, _)| k.starts_with("per-")).count();
    let against = match a.participants.iter().any(Named::is_person) && their_persons > 0 {
        true => their_persons,
        false => n_theirs,
    };
    let need = if single { 1 } else { 2.min(mine.len()).min(against).max(1) };
    // Everyone named, people or not: a call between Volkov and an organisation (or a person
    // the recogniser took for one) is not the call between Volkov and Marsh.
    let by_people = shared >= need
        && (single || {
            // (A person counts for the state they stand for where the event names that state:
            // "talks with He Lifeng" between China and the United States, "He Lifeng and Scott
            // Bessent held talks".)
            let named = |k: &str| p.names.iter().any(|(t, _)| same_thing(t, k));
            let shared_all = a
                .participants
                .iter()
                .filter(|n| {
                    named(n.entity.as_deref().unwrap_or(&n.name))
                        || n.agent && acted_alike
                        || n.is_person()
                            && n.side.as_deref().is_some_and(|s| p.sides.iter().any(|x| x.0 == s))
                        || stands_in(p, a, n)
                })
                .count();
            shared_all >= 2.min(a.participants.len()).min(p.names.len())
        });
    // Else the states the participants stand for: "talks between the United States and Iran"
    // and "talks between Araghchi and Witkoff", or "an exchange between Washington and
    // Caracas" and "the exchange of prisoners with Venezuela".
    let (shared_sides, nested_sides) = match by_people {
        true => (0, true),
        false => sides_fit(p, a)?,
    };
    // On states alone, the place decides between two meetings of the same states that day:
    // the talks in Bergen are not the ministers' meeting in Oslo.
    let same_place = a.place.as_ref().is_some_and(|x| p.places.contains(x));
    // (The capital is in its country, the seat of government in its city: talks "in Muscat"
    // and "in Oman" may be the same.)
    let within_place = || {
        a.place.as_ref().is_some_and(|x| {
            let mut all: Vec<&str> = p.places.iter().map(String::as_str).collect();
            all.push(x);
            p.places.iter().any(|y| assemble::nested_places(x, y, &all))
        })
    };
    if !by_people && a.place.is_some() && !p.places.is_empty() && !same_place && !within_place() {
        return None;
    }
    // Where one date is the publication's, the parties must be the same. Between states and
    // bodies, one outlet naming a body beside its state ("Russia and its Defence Ministry")
    // where the other names the state alone is the same parties; people must match exactly.
    let states = a.participants.iter().all(|n| !n.is_person());
    // (A sitting's aides, named by one outlet only ("joined by Rubio and Witkoff"), leave its
    // principals the same people: those every account names. An account naming just them, or
    // all the event's people and more, tells the same sitting.)
    let sitting = matches!(a.kind.as_str(), "meeting" | "negotiation");
    let principals = || {
        let core = |k: &str| p.people.iter().any(|(t, n)| *n >= p.sources && same_thing(t, k));
        let n_core = p.people.iter().filter(|(_, n)| *n >= p.sources).count();
        shared == mine.len() && n_core == shared && mine.iter().all(|m| core(m))
            || shared == n_theirs
    };
    let same_named = (shared == mine.len() && shared == n_theirs)
        || (states && (shared == mine.len() || shared == n_theirs));
    let same_people =
        if by_people { same_named || sitting && shared >= 2 && principals() } else { nested_sides };
    let Some(date) = a.date.as_deref() else {
        // "..., after Lukashenka received Kellogg": no date of its own, but the same two
        // people or more, all of them, as an event stated in the days before the article.
        let stated = consensus(&p.text_dates)?;
        let pubd = a.published.as_deref()?;
        let exact = by_people && shared == mine.len() && shared == n_theirs && shared >= 2;
        return (exact && within(stated, pubd)).then_some((
            shared as i64 * 2 - 2,
            Fit::UndatedSamePeople,
            false,
        ));
    };
    let text = a.date_source.as_deref() == Some("text");
    // A match on states alone counts for less than one on the same people.
    let mut score = if by_people { shared as i64 * 2 } else { shared_sides as i64 * 2 - 1 };
    score += i64::from(same_place);
    // (The same people, all of them, fit better than some of them: "Putin and Kim spoke for
    // 150 minutes", not "Xi hosted Putin and Kim at the parade", is their talks.)
    score += i64::from(by_people && same_named && shared >= 2);
    let fit = match (text, p.stated()) {
        (true, Some(s)) if !days::overlap(s, date) => {
            // (The day said after it, either way round: the account's, or every day the
            // event's sources state.)
            let said_after = match date < s {
                false => a.said_date,
                true => p.firm_dates.is_empty(),
            };
            let (first, then) = if date < s { (date, s) } else { (s, date) };
            if by_people && same_people && said_after && within(first, then) {
                Fit::SaidDayAfter
            } else if same_people && same_figures_a_day_apart(p, a, s, date) {
                Fit::AdjacentDaysSameFigures
            } else if same_freed_a_day_apart(p, a, s, date) {
                Fit::AdjacentDaysSameFreed
            } else if by_people && same_people && same_place && one_sitting_a_day_apart(a, s, date)
            {
                Fit::AdjacentDaysOneSitting
            } else {
                return None;
            }
        }
        (true, Some(s)) => {
            // States that only overlap (an exchange "between Washington and Caracas", another
            // of "Maduro" with "El Salvador") join on the same stated day alone.
            // (A day within the days of talks stated as an interval is the same day.)
            let one_day = window(date).is_some_and(|(lo, hi)| lo == hi);
            if !nested_sides && !(one_day && (s == date || days::holds(s, date))) {
                return None;
            }
            if s == date {
                score += 3;
            }
            Fit::StatedDates
        }
        (true, None) => match p.published.as_deref() {
            // The event is dated only by publication: the stated day must fall just before it.
            Some(pubd) => {
                if !same_people || !within(date, pubd) {
                    return None;
                }
                Fit::StatedBeforePublication
            }
            // Its accounts have no date: the same people, all of them, and a stated day
            // just before their publication (see the undated account's own case above).
            None => {
                let pubd = p.undated_published.as_deref()?;
                let exact = by_people && shared == mine.len() && shared == n_theirs && shared >= 2;
                if !exact || !within(date, pubd) {
                    return None;
                }
                Fit::UndatedSamePeople
            }
        },
        (false, Some(s)) => {
            // ("Karelina was freed in exchange for Arthur Petrov", told undated the day after
            // the exchange of Russia and the United States that gave them: the people freed,
            // all of them named by the event, are its own.)
            let freed = matches!(a.kind.as_str(), "prisoner_exchange" | "prisoner_release")
                && by_people
                && shared == mine.len()
                && shared >= 2
                && a.participants.iter().filter(|n| n.is_person()).count() == shared;
            if !(same_people || freed) || !within(s, date) {
                return None;
            }
            // One person's words told undated are that day's or the day before's news: a
            // speaker says something every day ("Trump announced ..." on Tuesday is not what
            // he wrote on Saturday).
            if single && !one_day_before(s, date) {
                return None;
            }
            Fit::PublishedAfterStated
        }
        (false, None) => {
            // Its accounts have no date at all ("..., after U.S. envoy John Coale met President
            // Alexander Lukashenko in Minsk"): the same people, all of them, told by an article
            // of the same or the next day ("after a meeting with John Coale").
            let Some(pubd) = p.published.as_deref() else {
                let pubd = p.undated_published.as_deref()?;
                let exact = by_people && shared == mine.len() && shared == n_theirs && shared >= 2;
                let (x, y) = (day_number(date)?, day_number(pubd)?);
                return (exact && (x - y).abs() <= 1).then_some((
                    score,
                    Fit::UndatedBothSamePeople,
                    false,
                ));
            };
            // Both dated by publication only: strong evidence needed.
            let (x, y) = (day_number(date)?, day_number(pubd)?);
            let topic = a.topics.iter().any(|t| p.topics.iter().any(|u| u.eq_ignore_ascii_case(t)));
            let duration = a
                .duration_minutes
                .is_some_and(|d| p.durations.iter().any(|e| d[0] <= e[1] && e[0] <= d[1]));
            if !same_people || (x - y).abs() > 2 || !(topic || duration) {
                return None;
            }
            Fit::Undated { topic }
        }
    };
    Some((score, fit, !by_people))
}

/// Whether what account `a` and the event profiled by `p` were done to lies in one country at
/// most, as far as the language data knows (a base it does not know may be anywhere; Kyiv is
/// in Ukraine): strikes on Israel and on Lebanon are two.
fn targets_of_one_country(p: &Profile, a: &Account) -> bool {
    let l = dossier_resolve::lang::lang();
    let mut countries: Vec<&str> = a
        .participants
        .iter()
        .filter(|n| !n.agent)
        .filter_map(|n| l.country_acting(&n.name))
        .chain(
            p.names
                .iter()
                .filter(|(k, _)| !p.agents.contains(k))
                .filter_map(|(_, name)| l.country_acting(name)),
        )
        .collect();
    countries.sort_unstable();
    countries.dedup();
    countries.len() <= 1
}

/// Whether account `a`, stating `date`, and the event profiled by `p`, stating `stated`, name
/// days next to each other and give the same figures: two at least, or one of ten or more ("96
/// drones launched"; "two people killed" alone is no evidence).
fn same_figures_a_day_apart(p: &Profile, a: &Account, stated: &str, date: &str) -> bool {
    let (Some(x), Some(y)) = (day_number(stated), day_number(date)) else { return false };
    if (x - y).abs() != 1 || stated.len() != date.len() {
        return false;
    }
    let shared: Vec<u32> = a
        .figures
        .iter()
        .filter(|f| p.figures.iter().any(|(w, v)| *w == f.what && *v == f.value))
        .map(|f| f.value)
        .collect();
    shared.len() >= 2 || shared.iter().any(|&v| v >= 10)
}

/// Whether account `a`, stating `date`, and the event profiled by `p`, stating `stated`, name
/// days next to each other for the release of the same person ("Belarus released Tsikhanouski
/// on Saturday"; "Lukashenko pardoned 16, his press service said on Sunday. Among those
/// released was Tikhanovsky"): no one is freed twice in two days, and a release is often
/// told on the day it was announced.
/// Whether account `a` of talks or a meeting is dated a day from the event's stated day
/// (both days, not months).
fn one_sitting_a_day_apart(a: &Account, stated: &str, date: &str) -> bool {
    let (Some(x), Some(y)) = (day_number(stated), day_number(date)) else { return false };
    matches!(a.kind.as_str(), "meeting" | "negotiation")
        && (x - y).abs() == 1
        && stated.len() == 10
        && date.len() == 10
}

fn same_freed_a_day_apart(p: &Profile, a: &Account, stated: &str, date: &str) -> bool {
    let (Some(x), Some(y)) = (day_number(stated), day_number(date)) else { return false };
    if a.kind != "prisoner_release" || (x - y).abs() != 1 || stated.len() != date.len() {
        return false;
    }
    a.participants.iter().filter(|n| n.is_person() && !n.agent).any(|n| {
        let k = n.entity.as_deref().unwrap_or(&n.name);
        p.people.iter().any(|(t, _)| t == k) && !p.agents.iter().any(|t| t == k)
    })
}

/// How the states of account `a` meet those of the event profiled by `p`: how many they share
/// (at least one) and whether one side's states all are the other's.
///
/// One of them must name states only: two accounts that name different people of the same two
/// states (the foreign ministers, the defence ministers) may tell two meetings.
fn sides_fit(p: &Profile, a: &Account) -> Option<(usize, bool)> {
    // ("a three-country swap that also freed 10 Americans" and "the exchange between
    // Washington and Caracas": a release no one is told to have made is one side's part of an
    // exchange, when every state it names is one of the exchange's.)
    let unmade = a.participants.iter().all(|n| !n.agent);
    if a.kind == "prisoner_release" && p.kind == "prisoner_exchange" && unmade {
        // (A release's places are not given sides: a state's name is its own.)
        fn side(n: &Named) -> Option<&str> {
            n.side.as_deref().or((n.label == "LOC").then_some(n.name.as_str()))
        }
        let mut mine: Vec<&str> = a.participants.iter().filter_map(side).collect();
        mine.sort_unstable();
        mine.dedup();
        let all = a.participants.iter().all(|n| side(n).is_some());
        let within = mine.iter().all(|m| p.sides.iter().any(|(t, _)| t == m));
        return (all && !mine.is_empty() && within).then_some((mine.len(), true));
    }
    let mine = a.sides();
    if mine.is_empty() || p.sides.is_empty() {
        return None;
    }
    // ("The leaders of the two countries met": people named by their states stand for them.)
    // (Other people than the event's for one of its states may be another sitting; a host of
    // another state is no such one: "talks in Malaysia chaired by Anwar Ibrahim".)
    // (Where the account names two of the event's states at least.)
    let shares = |s: &str| p.sides.iter().any(|(t, _)| t == s);
    let shared = mine.iter().filter(|m| shares(m)).count();
    let known = |n: &Named| {
        let k = n.entity.as_deref().unwrap_or(&n.name);
        p.people.iter().any(|(t, _)| t == k)
    };
    let host = |n: &Named| shared >= 2 && n.side.as_deref().is_some_and(|s| !shares(s));
    if p.persons && a.participants.iter().any(|n| n.is_person() && !known(n) && !host(n)) {
        return None;
    }
    (shared > 0).then_some((shared, shared == mine.len() || shared == p.sides.len()))
}

/// The states that name an event of `kind` told by `accounts` whose participants have
/// `names` distinct names, most named first: when it is done by states, more than one outlet
/// tells it, one names states only, every account's participants stand for states, and the
/// names are more than the states ("Washington", "Caracas", "Venezuela", "Nicolas Maduro": two states).
fn states_named(kind: &str, accounts: &[Account], names: usize) -> Option<Vec<String>> {
    let states_only = |a: &Account| a.participants.iter().all(|n| !n.is_person());
    if !between_states(kind) || accounts.len() < 2 || !accounts.iter().any(states_only) {
        return None;
    }
    let mut counts: Vec<(String, u32)> = Vec::new();
    for a in accounts {
        let sides = a.sides();
        if sides.is_empty() {
            return None;
        }
        for s in sides {
            bump(&mut counts, s);
        }
    }
    if counts.len() >= names {
        return None;
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Some(counts.into_iter().map(|(s, _)| s).collect())
}

/// Whether events of this type are done by states, so that accounts naming a state's people,
/// its capital or the state itself tell the same happening.
fn between_states(kind: &str) -> bool {
    matches!(
        kind,
        "meeting"
            | "negotiation"
            | "phone_call"
            | "prisoner_exchange"
            | "agreement"
            | "sanctions"
            | "aid_suspension"
    )
}

/// The state participant `name` of `doc` stands for: a country or its capital by the language
/// data; a person by the country of a role the article gives them ("Venezuelan President"),
/// else as [`known_country`] finds it (`elsewhere`, asked only when the article's roles tell
/// nothing).
fn side_of(
    doc: &Document,
    name: &str,
    label: &str,
    elsewhere: impl FnOnce() -> Result<Option<String>, StoreError>,
) -> Result<Option<String>, StoreError> {
    let l = dossier_resolve::lang::lang();
    let code = match label {
        "LOC" => return Ok(l.country_acting(name).map(str::to_string)),
        // "the Pentagon", "Ministry of Defence (Russia)": a seat of government or a national
        // body stands for its state.
        "ORG" => {
            let body = name
                .strip_suffix(')')
                .and_then(|x| x.rsplit_once(" ("))
                .and_then(|(_, country)| l.country_named(country));
            // ("U.S. Treasury", "Russian Defence Ministry": a country's word before one of the
            // bodies every country has.)
            let owned = || {
                let (first, rest) = name.split_once(' ')?;
                l.is_national_body(rest)
                    .then(|| l.country_named(first).or_else(|| l.country_of_demonym(first)))
                    .flatten()
            };
            return Ok(l.country_of_metonym(name).or(body).or_else(owned).map(str::to_string));
        }
        "PER" => {
            let own = doc
                .roles
                .iter()
                .filter(|r| r.entity.as_deref() == Some(name))
                .find_map(|r| dossier_resolve::lang::parse_role(&r.text).1);
            match own {
                Some(c) => c,
                None => match elsewhere()? {
                    Some(c) => c,
                    None => return Ok(None),
                },
            }
        }
        _ => return Ok(None),
    };
    Ok(l.country(&code).map(|c| c.name.clone()))
}

/// The country (a code) of person `name`, entity `id`, outside the article's own words: the
/// knowledge base's, by the name as written or as resolution linked it ("Alexander
/// Lukashenko", "Alyaksandr Lukashenka"), else the one country of the titles the corpus gives
/// them ("Armenian Prime Minister Nikol Pashinyan" elsewhere, "Nikol Pashinyan" here). Looked
/// up once a batch for each name and entity.
fn known_country(
    tx: &CorpusTx,
    name: &str,
    id: Option<&str>,
    known: &mut HashMap<String, Option<String>>,
) -> Result<Option<String>, StoreError> {
    let key = format!("{}\t{name}", id.unwrap_or(""));
    if let Some(c) = known.get(&key) {
        return Ok(c.clone());
    }
    let kb = dossier_resolve::kb();
    let country_of = |n: &str| kb.person(n).and_then(|e| e.country()).map(str::to_string);
    let mut found = country_of(name);
    if let (None, Some(id)) = (&found, id) {
        found = tx.entity_kb(id)?.and_then(|n| country_of(&n));
        if found.is_none() {
            let mut codes: Vec<String> = tx
                .entity_role_wordings(id)?
                .iter()
                .filter_map(|w| dossier_resolve::lang::parse_role(w).1)
                .collect();
            codes.sort_unstable();
            codes.dedup();
            if let [one] = codes.as_slice() {
                found = Some(one.clone());
            }
        }
    }
    known.insert(key, found.clone());
    Ok(found)
}

/// The reason, in words, why account `a` joined the event profiled by `p` as `fit` says (the
/// profile as it was before the account joined).
fn why(p: &Profile, a: &Account, fit: Fit, by_sides: bool) -> String {
    let who = if by_sides {
        let states: Vec<&str> =
            a.sides().into_iter().filter(|m| p.sides.iter().any(|(k, _)| k == m)).collect();
        format!("the states {}", states.join(", "))
    } else {
        a.people()
            .into_iter()
            .filter(|m| p.people.iter().any(|(k, _)| k == m))
            .map(|k| p.names.iter().find(|(x, _)| x == k).map_or(k, |(_, n)| n.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let date = a.date.as_deref().unwrap_or_default();
    let pubd = p.published.as_deref().unwrap_or_default();
    // "talks" told as a meeting by one outlet and as a negotiation by another.
    let kind = if p.kind == a.kind {
        "same type".to_string()
    } else {
        format!("{} told as {}", a.kind, p.kind)
    };
    match fit {
        Fit::StatedDates => {
            let s = consensus(&p.text_dates).unwrap_or_default();
            format!("{kind}; shared participants {who}; stated dates agree ({date} ~ {s})")
        }
        Fit::StatedBeforePublication => format!(
            "{kind} and participants ({who}); stated date {date} is within \
             {PUBLISHED_SLACK} days before publication {pubd}"
        ),
        Fit::PublishedAfterStated => {
            let s = consensus(&p.text_dates).unwrap_or_default();
            format!(
                "{kind} and participants ({who}); published {date}, within {PUBLISHED_SLACK} \
                 days after the stated date {s}"
            )
        }
        Fit::Undated { topic } => format!(
            "{kind} and participants ({who}); undated accounts published {date} and \
             {pubd}, with a shared {}",
            if topic { "topic" } else { "duration" }
        ),
        Fit::AdjacentDaysSameFigures => {
            let s = consensus(&p.text_dates).unwrap_or_default();
            let figures: Vec<String> = a
                .figures
                .iter()
                .filter(|f| p.figures.iter().any(|(w, v)| *w == f.what && *v == f.value))
                .map(|f| format!("{} {}", f.what, f.value))
                .collect();
            format!(
                "{kind} and participants ({who}); stated dates a day apart ({date} ~ {s}) with \
                 the same figures ({})",
                figures.join(", ")
            )
        }
        Fit::AdjacentDaysSameFreed => {
            let s = consensus(&p.text_dates).unwrap_or_default();
            format!(
                "{kind}; stated dates a day apart ({date} ~ {s}) for the release of the same \
                 person ({who})"
            )
        }
        Fit::SaidDayAfter => {
            let s = p.stated().unwrap_or_default();
            format!(
                "{kind} and participants ({who}); stated dates {date} and {s}, the later only the \
                 day it was said to have happened"
            )
        }
        Fit::AdjacentDaysOneSitting => {
            let s = consensus(&p.text_dates).unwrap_or_default();
            let place = a.place.as_deref().unwrap_or_default();
            format!(
                "{kind} and participants ({who}); stated dates a day apart ({date} ~ {s}) in the \
                 same place ({place}): one sitting of more than one day"
            )
        }
        Fit::SameDaySameActingState => {
            let states: Vec<&str> =
                a.participants.iter().filter_map(|n| n.side.as_deref()).collect();
            format!(
                "{kind}; done by the same state ({}) on the same stated day ({date}), no one \
                 else named",
                states.join(", ")
            )
        }
        Fit::SideOfExchangeSameCount => {
            let s = consensus(&p.text_dates).unwrap_or_default();
            let n = a.count.unwrap_or_default();
            format!(
                "{kind}; released by a side of the exchange ({who}), {n} freed as an account of \
                 it counts, published {date}, within {PUBLISHED_SLACK} days after its stated \
                 date {s}"
            )
        }
        Fit::SameDayExchange => {
            format!("{kind}; exchanges stated on the same day ({date}), not between other states")
        }
        Fit::SameGathering => {
            format!("{kind}; the same body's gathering, on days that overlap ({date})")
        }
        Fit::SameDayStrikesOfOneState => {
            let by: Vec<&str> =
                a.participants.iter().filter(|n| n.agent).map(|n| n.name.as_str()).collect();
            format!("{kind}; strikes by {} on the same day, on one country", by.join(", "))
        }
        Fit::EarlierActOfTheSame => {
            // The undated account joins the event, or the event is the undated one.
            let (stated, undated) = match a.date.as_deref() {
                None => (
                    consensus(&p.text_dates).unwrap_or_default(),
                    a.published.as_deref().unwrap_or_default(),
                ),
                Some(d) => (d, p.undated_published.as_deref().unwrap_or_default()),
            };
            format!(
                "{kind}; an earlier act of the same ({who}), told without a date in an article \
                 published {undated}, within {PUBLISHED_SLACK} days after the day stated, {stated}"
            )
        }
        Fit::UndatedBothSamePeople => {
            let undated = p.undated_published.as_deref().unwrap_or_default();
            format!(
                "{kind}; the same people ({who}), told without a date in articles published \
                 {undated} and {date}"
            )
        }
        Fit::UndatedSamePeople => {
            let stated = consensus(&p.text_dates).unwrap_or(date);
            let undated = match a.date {
                Some(_) => p.undated_published.as_deref().unwrap_or_default(),
                None => a.published.as_deref().unwrap_or_default(),
            };
            format!(
                "{kind}; the same people ({who}), told without a date in an article published \
                 {undated}, within {PUBLISHED_SLACK} days after the day stated, {stated}"
            )
        }
    }
}

/// The states or bodies acting in an undated account of something told as before the news
/// ("in retaliation for the US strikes", "said the new US sanctions were ...": background),
/// when one acts at least and no participant is a person; such an account may be an earlier
/// act of theirs told by another outlet.
fn earlier_act(a: &Account) -> Option<Vec<&str>> {
    // (A person acting for a state in what states do, "days after President Donald Trump
    // halted military aid to Kyiv", is that state acting: see `fits_by_parties`'s sides.)
    let state_act = matches!(a.kind.as_str(), "aid_suspension" | "sanctions" | "military_strike");
    let for_state = |n: &Named| state_act && n.agent && n.side.is_some();
    if !a.background
        || a.date.is_some()
        || a.participants.iter().any(|n| n.is_person() && !for_state(n))
    {
        return None;
    }
    let acting: Vec<&str> = a
        .participants
        .iter()
        .filter(|n| n.agent)
        .map(|n| n.entity.as_deref().unwrap_or(&n.name))
        .collect();
    (!acting.is_empty()).then_some(acting)
}

/// Whether entity keys `a` and `b` are one thing: the same key, or the same name tagged a
/// place in one article and an organisation in another ("loc-rosneft", "org-rosneft").
fn same_thing(a: &str, b: &str) -> bool {
    a == b
        || match (a.split_once('-'), b.split_once('-')) {
            (Some((la, ra)), Some((lb, rb))) => {
                matches!((la, lb), ("loc", "org") | ("org", "loc")) && ra == rb
            }
            _ => false,
        }
}

/// Whether stated day `d` is the day of `published` or the day before.
fn one_day_before(d: &str, published: &str) -> bool {
    let (Some((lo, hi)), Some(p)) = (window(d), day_number(published)) else { return false };
    hi >= p - 1 && lo <= p
}

/// Whether stated date `d` can be the news of an article published on `published`.
fn within(d: &str, published: &str) -> bool {
    let (Some((lo, hi)), Some(p)) = (window(d), day_number(published)) else { return false };
    hi >= p - PUBLISHED_SLACK && lo <= p
}

/// Blocking keys of an account: each participant (and each pair of them) with its key day.
/// An account without a date that names two people or more, or tells an earlier act of states
/// ([`earlier_act`]), is filed under its publication day, where an account stating a day just
/// before finds it (see `fits`); one naming fewer under [`UNDATED`], which no candidate search
/// asks for.
fn keys(a: &Account) -> Vec<(String, i64)> {
    let undated_day = || {
        (a.date.is_none() && (a.people().len() >= 2 || earlier_act(a).is_some()))
            .then(|| day_number(a.published.as_deref()?))
            .flatten()
    };
    let day = span(a).and_then(|s| s.key).or_else(undated_day).unwrap_or(UNDATED);
    let mut out: Vec<(String, i64)> =
        a.people().into_iter().map(|p| (p.to_string(), day)).collect();
    // Pairs too: a call between two people is found among the calls of that pair, not among
    // every call of the better known of them.
    out.extend(pairs(a).into_iter().map(|pair| (pair, day)));
    // A call or a meeting with one known person ("talks with He Lifeng") is also filed as
    // such, so that an account naming both sides, which looks among pairs, still finds it.
    if let [one] = a.people()[..] {
        if !one_actor(&a.kind) {
            out.push((solo(one), day));
        }
    }
    out.extend(a.sides().into_iter().map(|s| (side_key(s), day)));
    out.extend(kind_key(a).into_iter().map(|k| (k, day)));
    // And under the states of those who did it, where the account names them beside others
    // (see `Fit::SameDaySameActingState`).
    for s in acting_sides(a) {
        let key = side_key(s);
        if !out.iter().any(|(k, _)| *k == key) {
            out.push((key, day));
        }
    }
    out
}

/// The states the agents of an account stand for, for the acts one state does to others.
fn acting_sides(a: &Account) -> Vec<&str> {
    if !matches!(
        a.kind.as_str(),
        "sanctions" | "military_strike" | "aid_suspension" | "prisoner_release"
    ) {
        return Vec::new();
    }
    let mut v: Vec<&str> =
        a.participants.iter().filter(|n| n.agent).filter_map(|n| n.side.as_deref()).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// The keys every account of a rare kind is also filed under, whoever it names: prisoner
/// exchanges told by different names on one day (see `Fit::SameDayExchange`). And meetings under each body standing for no state that they name (see
/// `Fit::SameGathering`).
/// The key every exchange is filed under (see [`kind_key`]).
const EXCHANGE_KEY: &str = "kind|prisoner_exchange";

fn kind_key(a: &Account) -> Vec<String> {
    if a.kind == "prisoner_exchange" {
        return vec![EXCHANGE_KEY.to_string()];
    }
    if a.kind != "meeting" {
        return Vec::new();
    }
    a.participants
        .iter()
        .filter(|n| n.label == "ORG" && n.side.is_none())
        .map(|n| format!("body|{}", n.entity.as_deref().unwrap_or(&n.name)))
        .collect()
}

/// The key of the events between states that state `s` took part in (see [`Account::sides`]).
fn side_key(s: &str) -> String {
    format!("side|{s}")
}

/// The key of the events of type with two sides that name only person `p`.
fn solo(p: &str) -> String {
    format!("solo|{p}")
}

/// The days an account's date covers, and the key it is filed under.
struct Span {
    lo: i64,
    hi: i64,
    /// Its day, or for a date stated to the month its month's key ([`month_key`]): one key a
    /// participant, however many days the month has.
    key: Option<i64>,
}

/// The span of a stated day or month, or of a publication day. Dates as coarse as a year have
/// none (and no key): such accounts join events within their article only.
fn span(a: &Account) -> Option<Span> {
    match (a.date.as_deref(), a.date_source.as_deref()) {
        (Some(d), Some("text")) => match window(d) {
            Some((lo, hi)) if lo == hi => Some(Span { lo, hi, key: Some(lo) }),
            Some((lo, hi)) if hi - lo <= MAX_WINDOW_DAYS => {
                Some(Span { lo, hi, key: Some(month_key(lo)) })
            }
            _ => None,
        },
        (Some(d), _) => day_number(d).map(|n| Span { lo: n, hi: n, key: Some(n) }),
        _ => None,
    }
}

/// The keys to look under for an account's candidates: events stated on its days (or in their
/// months), and events dated by a publication up to [`PUBLISHED_SLACK`] days after them; for an
/// account dated by its publication, events stated in the days before it and other
/// publications two days around it. Two ranges: the days, and the keys of the months they touch.
fn search_keys(a: &Account) -> Option<[std::ops::RangeInclusive<i64>; 2]> {
    // An undated account naming two people or more looks among the events stated in the days
    // before its publication (see `fits`).
    if a.date.is_none() {
        let p = day_number(a.published.as_deref()?)?;
        if a.people().len() < 2 && earlier_act(a).is_none() {
            return None;
        }
        let lo = p - PUBLISHED_SLACK;
        return Some([lo..=p, month_key(lo)..=month_key(p)]);
    }
    let Span { lo, hi, .. } = span(a)?;
    // A stated day looks at the day before too (see [`same_figures_a_day_apart`]).
    let (lo, hi) = if a.date_source.as_deref() == Some("text") {
        // (A day it was said to have happened looks at the days before it, see `fits`.)
        (lo - if a.said_date { PUBLISHED_SLACK } else { 1 }, hi + PUBLISHED_SLACK)
    } else {
        (lo - PUBLISHED_SLACK, hi + 2)
    };
    Some([lo..=hi, month_key(lo)..=month_key(hi)])
}

/// The blocking keys of the pairs of people of an account (sorted, at most the first six).
fn pairs(a: &Account) -> Vec<String> {
    let mut people: Vec<&str> = a.people();
    people.sort_unstable();
    people.dedup();
    people.truncate(6);
    let mut out = Vec::new();
    for (i, x) in people.iter().enumerate() {
        for y in &people[i + 1..] {
            out.push(format!("{x}|{y}"));
        }
    }
    out
}

/// Whether an account of this type joins an event on one shared name.
/// Types whose parties are all named alike in a summary ("Agreement between Donald Trump,
/// Egypt and Qatar"), people or not.
fn between_parties(kind: &str) -> bool {
    matches!(kind, "agreement" | "prisoner_exchange")
}

fn one_actor(kind: &str) -> bool {
    matches!(kind, "statement" | "offer_mediation" | "prisoner_release")
}

/// A stable id: the type and the first account's document and offset, and its place among the
/// document's events where an earlier account of the same trigger started an event already.
fn event_id(kind: &str, doc: &str, start: usize, seq: Option<usize>) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(kind.as_bytes());
    h.update([0]);
    h.update(doc.as_bytes());
    h.update([0]);
    h.update(start.to_le_bytes());
    if let Some(seq) = seq {
        h.update([0]);
        h.update(seq.to_le_bytes());
    }
    let d = h.finalize();
    let hex: String = d.iter().take(6).map(|b| format!("{b:02x}")).collect();
    format!("ev-{hex}")
}

/// The label an entity id was made with ("org-european-union": ORG).
fn label_of_id(id: &str) -> Option<&'static str> {
    match id.split_once('-')?.0 {
        "per" => Some("PER"),
        "org" => Some("ORG"),
        "loc" => Some("LOC"),
        "misc" => Some("MISC"),
        _ => None,
    }
}

/// The account of event mention `ev` of `doc`, its names linked to corpus entities.
fn account(
    tx: &CorpusTx,
    doc: &Document,
    ev: &EventMention,
    ids: &HashMap<(usize, usize), String>,
    titled: &mut HashMap<String, Option<String>>,
) -> Result<Account, StoreError> {
    let link = |name: &str, span: Option<&dossier_document::Span>, label: &str| {
        let by_span = span.and_then(|s| ids.get(&(s.start, s.end)).cloned());
        match by_span {
            Some(id) => Ok(Some(id)),
            None => tx.entity_by_alias(name, label),
        }
    };
    let mention_at = |span: Option<&dossier_document::Span>| {
        span.and_then(|s| doc.entities.iter().find(|m| m.start == s.start && m.end == s.end))
    };
    let label_of = |span: Option<&dossier_document::Span>| -> String {
        mention_at(span).map_or("PER".to_string(), |m| m.label.clone())
    };
    let mut participants = Vec::new();
    for (i, name) in ev.participants.iter().enumerate() {
        let mut span = ev.participant_spans.get(i);
        let mut label = label_of(span);
        // A nationality word standing for its country ("sanctions on Iranian firms"), or a
        // capital acting for it ("Moscow said it had struck"): the place of the name the
        // events stage gave, not the words' own entity.
        let renamed = label == "LOC" && mention_at(span).is_some_and(|m| m.entity != *name);
        if label == "MISC" || renamed {
            (span, label) = (None, "LOC".to_string());
        }
        let agent = ev.agents.contains(name);
        let entity = link(name, span, &label)?;
        // A bare surname the recogniser took for an organisation, which resolution gave to
        // the person ("met Lubinets in Belarus"): a person. (A person's entity id is made from
        // the label it was created with, "per-...", and a person stays one.)
        if entity.as_deref().is_some_and(|id| id.starts_with("per-")) {
            label = "PER".to_string();
        }
        // A name with no mention of its own at its words ("the EU sanctions package") is what
        // its entity is: "European Union" is no person.
        if mention_at(span).is_none() {
            if let Some(l) = entity.as_deref().and_then(label_of_id) {
                label = l.to_string();
            }
        }
        // The knowledge base's name for a person the article spells its own way ("Alexander
        // Lukashenko", "Alyaksandr Lukashenka"), as resolution linked it.
        // (And the state of whoever frees prisoners: "Lukashenko pardoned 16" and "Belarus
        // released 14" that day are one release.)
        let acts_for_state = agent && ev.kind == "prisoner_release";
        let mut side = match between_states(&ev.kind) || acts_for_state {
            true => {
                side_of(doc, name, &label, || known_country(tx, name, entity.as_deref(), titled))?
            }
            false => None,
        };
        // ("The Treasury Department" of an article datelined in Washington, which resolution
        // named "Treasury (United States)": the state its entity's name gives.)
        if side.is_none() && label == "ORG" && (between_states(&ev.kind) || acts_for_state) {
            if let Some(id) = entity.as_deref() {
                let named = tx.entity_names(&[id.to_string()])?.into_iter().next().flatten();
                if let Some((canon, _)) = named {
                    side = side_of(doc, &canon, &label, || Ok(None))?;
                }
            }
        }
        participants.push(Named { name: name.clone(), entity, side, label, agent });
    }
    let mut briefed_by = Vec::new();
    for (i, name) in ev.briefed_by.iter().enumerate() {
        // A speaker's span may take in words around the name ("The Russian Defense Ministry"
        // for "Defense Ministry"): the name's own mention inside it links it. A nationality
        // word inside ("the Ukrainian presidential office") is not who spoke.
        let own = ev.briefed_by_spans.get(i).and_then(|s| {
            let inside = || doc.entities.iter().filter(|m| s.start <= m.start && m.end <= s.end);
            inside().find(|m| m.text == *name).or_else(|| inside().rfind(|m| m.label != "MISC"))
        });
        let own = own.map(|m| dossier_document::Span::new(m.start, m.end));
        let span = own.as_ref().or(ev.briefed_by_spans.get(i));
        let label = label_of(span);
        let entity = link(name, span, &label)?;
        // The state a person who tells of an act done by another stands for: the event shows
        // no briefer of the side the act was done to (see `assemble`).
        let side = match label == "PER" && !ev.agents.is_empty() {
            true => {
                side_of(doc, name, &label, || known_country(tx, name, entity.as_deref(), titled))?
            }
            false => None,
        };
        briefed_by.push(Named { name: name.clone(), entity, label, agent: false, side });
    }
    let text = |s: Option<dossier_document::Span>| {
        s.and_then(|s| doc.text.get(s.start..s.end)).map(str::to_string)
    };
    Ok(Account {
        kind: ev.kind.clone(),
        cameo: ev.cameo.clone(),
        trigger: text(Some(ev.trigger)).unwrap_or_default(),
        date: ev.date.clone(),
        date_source: ev.date_source.clone(),
        date_text: text(ev.date_span),
        participants,
        duration_minutes: ev.duration_minutes,
        duration_text: text(ev.duration_span),
        topics: ev.topics.clone(),
        briefed_by,
        place: ev.place.clone(),
        sentence_start: ev.sentence.start,
        sentence_end: ev.sentence.end,
        sentence: String::new(),
        published: doc.meta.published.clone(),
        background: ev.background,
        count: ev.count,
        count_text: text(ev.count_span),
        said_date: ev.said_date,
        figures: ev
            .figures
            .iter()
            .map(|f| FigureText {
                what: f.what.clone(),
                value: f.value,
                text: text(Some(f.span)).unwrap_or_default(),
            })
            .collect(),
        quotes: ev
            .quotes
            .iter()
            .filter_map(|s| doc.quotes.iter().find(|q| q.start == s.start && q.end == s.end))
            .map(|q| QuoteRef {
                text: String::new(),
                speaker: q.speaker.clone(),
                kind: q.kind.clone(),
                start: q.start,
                end: q.end,
            })
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A negotiation on 2025-03-18 in Bergen between `who`: (name, label, state).
    fn talks(who: &[(&str, &str, &str)], place: &str) -> Account {
        Account {
            kind: "negotiation".into(),
            cameo: "046".into(),
            trigger: "talks".into(),
            date: Some("2025-03-18".into()),
            date_source: Some("text".into()),
            date_text: None,
            participants: who
                .iter()
                .map(|(n, label, side)| Named {
                    name: n.to_string(),
                    entity: None,
                    label: label.to_string(),
                    agent: false,
                    side: Some(side.to_string()),
                })
                .collect(),
            duration_minutes: None,
            duration_text: None,
            topics: Vec::new(),
            briefed_by: Vec::new(),
            place: Some(place.into()),
            sentence_start: 0,
            sentence_end: 0,
            sentence: String::new(),
            published: Some("2025-03-19".into()),
            background: false,
            quotes: Vec::new(),
            count: None,
            count_text: None,
            figures: Vec::new(),
            said_date: false,
        }
    }

    #[test]
    fn a_day_said_after_the_talks_agrees_with_their_own_day_either_way_round() {
        let who = [("Elias Marsh", "PER", "Norland"), ("Ardan Volkov", "PER", "Kestria")];
        let held = talks(&who, "Tarvik");
        // "The presidency said on Thursday that the talks ... had been held" (two days on: a
        // day apart joins as one sitting of two days anyway).
        let mut said = talks(&who, "Tarvik");
        said.date = Some("2025-03-20".into());
        said.published = Some("2025-03-21".into());
        said.said_date = true;
        let mut p = Profile::default();
        p.add(&held);
        let (_, fit, _) = fits(&p, &said).expect("said two days after");
        assert_eq!(fit, Fit::SaidDayAfter);
        // Told first by the day said: the day they were held still joins, and is its date.
        let mut p = Profile::default();
        p.add(&said);
        let (_, fit, _) = fits(&p, &held).expect("held two days before");
        assert_eq!(fit, Fit::SaidDayAfter);
        p.add(&held);
        assert_eq!(p.date().as_deref(), Some("2025-03-18"));
        // A day said before the talks, or one that is no saying day, is another day.
        let mut before = said.clone();
        before.date = Some("2025-03-16".into());
        let mut p = Profile::default();
        p.add(&held);
        assert!(fits(&p, &before).is_none());
        let mut firm = said.clone();
        firm.said_date = false;
        assert!(fits(&p, &firm).is_none());
        // Nor does a saying day join talks of other people.
        let mut others = said.clone();
        others.participants[1].name = "Lena Ostrova".into();
        assert!(fits(&p, &others).is_none());
    }

    #[test]
    fn a_state_and_the_person_who_stands_for_it_tell_one_call_of_two() {
        // "spoke by phone with Qatar's emir" (no name given) and "with Qatar's emir, Sheikh
        // Tamim": the state in one account, the person of that state in the other.
        let call = |who: &[(&str, &str, Option<&str>)]| {
            let mut a = talks(&[], "Doha");
            a.kind = "phone_call".into();
            a.place = None;
            a.participants = who
                .iter()
                .map(|(n, label, side)| Named {
                    name: n.to_string(),
                    entity: None,
                    label: label.to_string(),
                    agent: false,
                    side: side.map(str::to_string),
                })
                .collect();
            a
        };
        let named = call(&[("Dana Hollis", "PER", None), ("Omar Hadid", "PER", Some("Qatar"))]);
        let state = call(&[("Dana Hollis", "PER", None), ("Qatar", "LOC", Some("Qatar"))]);
        let mut p = Profile::default();
        p.add(&named);
        assert!(fits(&p, &state).is_some());
        let mut p = Profile::default();
        p.add(&state);
        assert!(fits(&p, &named).is_some());
        // Another state is no stand-in.
        let other = call(&[("Dana Hollis", "PER", None), ("Oman", "LOC", Some("Oman"))]);
        let mut p = Profile::default();
        p.add(&named);
        assert!(fits(&p, &other).is_none());
    }

    #[test]
    fn an_article_that_counts_two_releases_otherwise_tells_two() {
        // "Belarus freed 14 prisoners on Saturday ... Lukashenko pardoned 16 prisoners last
        // week as well": one article, two counts.
        let mut p = Profile::default();
        p.told_in("d1".into(), Some(14));
        p.told_in("d2".into(), None);
        assert!(p.counted_otherwise("d1", Some(16)));
        assert!(!p.counted_otherwise("d1", Some(14)));
        assert!(!p.counted_otherwise("d1", None));
        // Another outlet's other count is a disagreement to show, not another release.
        assert!(!p.counted_otherwise("d2", Some(16)));
        assert!(!p.counted_otherwise("d3", Some(16)));
    }

    #[test]
    fn the_same_people_all_of_them_fit_better_than_some_of_them() {
        // "Volkov and Marsh held talks" elsewhere; one article tells "Brandt hosted Volkov and
        // Marsh at the parade" and "Volkov and Marsh later spoke for two hours".
        let mut p = Profile::default();
        p.add(&talks(&[("Ardan Volkov", "PER", "Chile"), ("Lise Marsh", "PER", "Peru")], "Lima"));
        let two = talks(&[("Ardan Volkov", "PER", "Chile"), ("Lise Marsh", "PER", "Peru")], "Lima");
        let three = talks(
            &[
                ("Ivo Brandt", "PER", "Peru"),
                ("Ardan Volkov", "PER", "Chile"),
                ("Lise Marsh", "PER", "Peru"),
            ],
            "Lima",
        );
        let (two, three) = (fits(&p, &two).expect("fits"), fits(&p, &three).expect("fits"));
        assert!(two.0 > three.0, "{two:?} {three:?}");
    }

    #[test]
    fn a_host_of_another_state_does_not_keep_talks_told_by_states_apart() {
        // "Hun Manet and Phumtham met for two hours" (people of the two states, and the states)
        // and "talks in Malaysia chaired by Anwar Ibrahim" between the two states.
        let mut p = Profile::default();
        p.add(&talks(
            &[
                ("Chile", "LOC", "Chile"),
                ("Peru", "LOC", "Peru"),
                ("Ana Soto", "PER", "Chile"),
                ("Luis Paz", "PER", "Peru"),
            ],
            "Quito",
        ));
        let chaired = talks(
            &[("Chile", "LOC", "Chile"), ("Peru", "LOC", "Peru"), ("Rosa Vera", "PER", "Ecuador")],
            "Ecuador",
        );
        assert!(fits(&p, &chaired).is_some());
        // Another person of one of the states may be at another sitting.
        let others = talks(
            &[("Chile", "LOC", "Chile"), ("Peru", "LOC", "Peru"), ("Eva Ruiz", "PER", "Peru")],
            "Quito",
        );
        assert!(fits(&p, &others).is_none());
    }

    #[test]
    fn the_people_freed_told_undated_the_day_after_join_the_exchange_that_freed_them() {
        let swap = |who: &[(&str, &str, &str)]| {
            let mut a = talks(who, "Bergen");
            a.kind = "prisoner_exchange".into();
            a.place = None;
            a
        };
        let mut p = Profile::default();
        p.add(&swap(&[
            ("Norway", "LOC", "Norway"),
            ("Sweden", "LOC", "Sweden"),
            ("Ines Roth", "PER", "Norway"),
            ("Jonas Lund", "PER", "Sweden"),
        ]));
        // (And an outlet naming the two states alone.)
        p.add(&swap(&[("Norway", "LOC", "Norway"), ("Sweden", "LOC", "Sweden")]));
        let mut told = swap(&[("Ines Roth", "PER", "Norway"), ("Jonas Lund", "PER", "Sweden")]);
        told.date = Some("2025-03-19".into());
        told.date_source = Some("published".into());
        assert!(fits(&p, &told).is_some());
        // Not someone else freed with one of them.
        let mut other = swap(&[("Ines Roth", "PER", "Norway"), ("Eva Ruiz", "PER", "Sweden")]);
        other.date = Some("2025-03-19".into());
        other.date_source = Some("published".into());
        assert!(fits(&p, &other).is_none());
    }

    #[test]
    fn a_name_without_a_mention_takes_its_entitys_label() {
        assert_eq!(label_of_id("org-european-union"), Some("ORG"));
        assert_eq!(label_of_id("per-kaja-kallas"), Some("PER"));
        assert_eq!(label_of_id("loc-odesa"), Some("LOC"));
        assert_eq!(label_of_id("european-union"), None);
        assert_eq!(label_of_id("union"), None);
    }
    #[test]
    fn an_earlier_act_told_undated_joins_the_act_of_the_same_state() {
        let strike = |by: &str, on: &str| {
            let mut a = talks(&[(by, "LOC", by), (on, "LOC", on)], "Lima");
            a.kind = "military_strike".into();
            a.participants[0].agent = true;
            a.place = None;
            a
        };
        // "in retaliation for the Chilean strikes on its ports", two days after they were
        // stated.
        let mut answered = strike("Chile", "Peru");
        answered.date = None;
        answered.date_source = None;
        answered.background = true;
        answered.published = Some("2025-03-20".into());
        let mut p = Profile::default();
        p.add(&strike("Chile", "Peru"));
        let (_, fit, _) = fits(&p, &answered).expect("the same state's act, just before");
        assert_eq!(fit, Fit::EarlierActOfTheSame);
        assert!(search_keys(&answered).is_some());
        // The other way round, and never the act of another state.
        let mut q = Profile::default();
        q.add(&answered);
        let (_, fit, _) = fits(&q, &strike("Chile", "Peru")).expect("stated before the reference");
        assert_eq!(fit, Fit::EarlierActOfTheSame);
        assert!(why(&q, &strike("Chile", "Peru"), fit, false).contains("published 2025-03-20"));
        assert!(fits(&q, &strike("Peru", "Chile")).is_none());
        let mut other = Profile::default();
        other.add(&strike("Peru", "Chile"));
        assert!(fits(&other, &answered).is_none());
        // "after the Pentagon halted shipments" and "the United States paused deliveries": a
        // seat of government acts for its state, either way round.
        let pause = |by: &str, label: &str, side: &str| {
            let mut a = talks(&[(by, label, side), ("Peru", "LOC", "Peru")], "Lima");
            a.kind = "aid_suspension".into();
            a.participants[0].agent = true;
            a.place = None;
            a
        };
        let mut pentagon = pause("Pentagon", "ORG", "Chile");
        pentagon.date = None;
        pentagon.date_source = None;
        pentagon.background = true;
        pentagon.published = Some("2025-03-20".into());
        let mut p = Profile::default();
        p.add(&pause("Chile", "LOC", "Chile"));
        let (_, fit, _) = fits(&p, &pentagon).expect("the body of the same state, just before");
        assert_eq!(fit, Fit::EarlierActOfTheSame);
        let mut r = Profile::default();
        r.add(&pentagon);
        assert!(fits(&r, &pause("Chile", "LOC", "Chile")).is_some());
        assert!(fits(&r, &pause("Bolivia", "LOC", "Bolivia")).is_none());
        // "days after President Ana Berg halted military aid to Peru": the person who stands
        // for the state acting, either way round; not one whose state is unknown.
        let mut berg = pause("Ana Berg", "PER", "Chile");
        berg.participants[0].entity = Some("per-ana-berg".into());
        berg.date = None;
        berg.date_source = None;
        berg.background = true;
        berg.published = Some("2025-03-20".into());
        let (_, fit, _) = fits(&p, &berg).expect("the state's leader, just before");
        assert_eq!(fit, Fit::EarlierActOfTheSame);
        let mut r = Profile::default();
        r.add(&berg);
        assert!(fits(&r, &pause("Chile", "LOC", "Chile")).is_some());
        assert!(fits(&r, &pause("Bolivia", "LOC", "Bolivia")).is_none());
        berg.participants[0].side = None;
        assert!(fits(&p, &berg).is_none());
    }

    #[test]
    fn ones_words_told_undated_are_that_day_or_the_day_befores_news() {
        let said = |date: Option<&str>, published: &str| {
            let mut a = talks(&[("Anna Brisk", "PER", "Norway")], "Oslo");
            (a.kind, a.cameo, a.trigger) = ("statement".into(), "010".into(), "said".into());
            a.place = None;
            a.date = date.map(str::to_string);
            a.date_source = Some(if date.is_some() { "text" } else { "published" }.into());
            if date.is_none() {
                a.date = Some(published.to_string());
            }
            a.published = Some(published.into());
            a
        };
        let mut p = Profile::default();
        p.add(&said(Some("2025-06-21"), "2025-06-22"));
        let (_, fit, _) = fits(&p, &said(None, "2025-06-22")).expect("the next day's article");
        assert_eq!(fit, Fit::PublishedAfterStated);
        assert!(fits(&p, &said(None, "2025-06-24")).is_none(), "three days on: other words");
    }

    #[test]
    fn a_body_of_the_acting_state_naming_no_target_joins_that_states_act_of_the_day() {
        let act = |by: (&str, &str, &str), on: Option<&str>, date: &str| {
            let mut who = vec![by];
            who.extend(on.map(|t| (t, "ORG", "")));
            let mut a = talks(&who, "Lima");
            (a.kind, a.place, a.date) = ("sanctions".into(), None, Some(date.into()));
            a.participants[0].agent = true;
            for n in &mut a.participants[1..] {
                n.side = None;
            }
            a
        };
        let mut p = Profile::default();
        p.add(&act(("Chile", "LOC", "Chile"), Some("Andes Oil"), "2025-10-22"));
        let treasury = act(("Treasury (Chile)", "ORG", "Chile"), None, "2025-10-22");
        let (_, fit, _) = fits(&p, &treasury).expect("the same state's act, the same day");
        assert_eq!(fit, Fit::SameDaySameActingState);
        // Another day, another state, or a target of its own: no such join.
        let next_day = act(("Treasury (Chile)", "ORG", "Chile"), None, "2025-10-23");
        assert!(fits(&p, &next_day).is_none_or(|f| f.1 != Fit::SameDaySameActingState));
        assert!(fits(&p, &act(("Treasury (Peru)", "ORG", "Peru"), None, "2025-10-22")).is_none());
        let named = act(("Treasury (Chile)", "ORG", "Chile"), Some("Pampa Gas"), "2025-10-22");
        assert!(fits(&p, &named).is_none_or(|f| f.1 != Fit::SameDaySameActingState));
    }

    #[test]
    fn a_leaders_release_and_his_states_release_of_that_day_are_one() {
        let release = |who: &[(&str, &str, &str)], date: &str| {
            let mut a = talks(who, "Lima");
            (a.kind, a.place, a.date) = ("prisoner_release".into(), None, Some(date.into()));
            a.participants[0].agent = true;
            for n in &mut a.participants[1..] {
                n.side = None;
            }
            a
        };
        let mut p = Profile::default();
        p.add(&release(&[("Chile", "LOC", "Chile")], "2025-06-21"));
        let leader = |who: (&str, &str), date: &str| {
            release(&[(who.0, "PER", who.1), ("Ivo Marsh", "PER", "")], date)
        };
        let (_, fit, _) =
            fits(&p, &leader(("Ana Brisk", "Chile"), "2025-06-21")).expect("the same release");
        assert_eq!(fit, Fit::SameDaySameActingState);
        // Another day, or another state's leader: not that release.
        let next_day = leader(("Ana Brisk", "Chile"), "2025-06-22");
        assert!(fits(&p, &next_day).is_none_or(|f| f.1 != Fit::SameDaySameActingState));
        assert!(fits(&p, &leader(("Tomas Ruiz", "Peru"), "2025-06-21")).is_none());
        // Nor one that frees others than the release's own.
        let mut q = Profile::default();
        q.add(&leader(("Ana Brisk", "Chile"), "2025-06-21"));
        let others = release(&[("Chile", "LOC", "Chile"), ("Lena Holt", "PER", "")], "2025-06-21");
        assert!(fits(&q, &others).is_none_or(|f| f.1 != Fit::SameDaySameActingState));
    }

    #[test]
    fn a_states_act_and_its_bodys_act_on_the_same_targets_that_day_are_one() {
        // The firm tagged an organisation in one article and a place in the other.
        let act = |by: (&str, &str, &str), firm: &str| {
            let mut a = talks(&[by, ("Andes Oil", "ORG", "")], "Lima");
            (a.kind, a.place, a.date) = ("sanctions".into(), None, Some("2025-10-22".into()));
            a.participants[0].agent = true;
            a.participants[0].entity = Some(format!("x-{}", by.0.to_lowercase()));
            a.participants[1].side = None;
            a.participants[1].entity = Some(firm.to_string());
            a
        };
        let mut p = Profile::default();
        p.add(&act(("Treasury (Chile)", "ORG", "Chile"), "org-andes-oil"));
        let (_, fit, _) = fits(&p, &act(("Chile", "LOC", "Chile"), "loc-andes-oil")).expect("one");
        assert_eq!(fit, Fit::StatedDates);
        assert!(fits(&p, &act(("Peru", "LOC", "Peru"), "loc-andes-oil")).is_none());
        // One name tagged a place in one article and an organisation in another.
        assert!(same_thing("loc-andes-oil", "org-andes-oil"));
        assert!(!same_thing("per-andes-oil", "org-andes-oil"));
    }

    #[test]
    fn strikes_by_different_states_never_join() {
        let strike = |by: &str, on: &str| {
            let mut a = talks(&[(by, "LOC", by), (on, "LOC", on)], "Lima");
            a.kind = "military_strike".into();
            a.participants[0].agent = true;
            a
        };
        let mut p = Profile::default();
        p.add(&strike("Chile", "Peru"));
        assert!(fits(&p, &strike("Chile", "Peru")).is_some());
        assert!(fits(&p, &strike("Peru", "Chile")).is_none());
    }

    #[test]
    fn one_states_strikes_of_a_day_on_one_country_are_one_attack() {
        let strike = |on: &str| {
            let mut a = talks(&[("Chile", "LOC", "Chile"), (on, "LOC", on)], "Lima");
            (a.kind, a.place) = ("military_strike".into(), None);
            a.participants[0].agent = true;
            a
        };
        let mut p = Profile::default();
        p.add(&strike("Peru"));
        let (_, fit, _) = fits(&p, &strike("Lima")).expect("Lima is in Peru");
        assert_eq!(fit, Fit::SameDayStrikesOfOneState);
        assert!(fits(&p, &strike("the Callao naval base")).is_some(), "a place of no known state");
        assert!(fits(&p, &strike("Bolivia")).is_none(), "strikes on two countries");
        let mut next_day = strike("Peru");
        next_day.date = Some("2025-03-19".into());
        assert!(fits(&p, &next_day).is_none());
        // Told by the state and its ministry ("Chile's Defence Ministry said its forces had
        // struck ..."), then by the state alone: the same state acts.
        let mut ministry = strike("Peru");
        ministry.participants.push(Named {
            name: "Defence Ministry".into(),
            entity: None,
            label: "ORG".into(),
            agent: true,
            side: Some("Chile".into()),
        });
        let mut p = Profile::default();
        p.add(&ministry);
        let (_, fit, _) = fits(&p, &strike("Lima")).expect("the state of the ministry");
        assert_eq!(fit, Fit::SameDayStrikesOfOneState);
    }

    #[test]
    fn a_host_of_no_state_and_leaders_named_by_their_states_still_join_on_states() {
        let mut hosted =
            talks(&[("Ardan Volkov", "PER", "Norway"), ("Lena Marsh", "PER", "Sweden")], "Bergen");
        hosted.participants.push(Named {
            name: "Ilse Varga".into(),
            entity: None,
            label: "PER".into(),
            agent: false,
            side: None,
        });
        assert_eq!(hosted.sides(), ["Norway", "Sweden"]);
        // "The leaders of the two countries met": the states, tagged as people.
        let leaders = talks(&[("Norway", "PER", "Norway"), ("Sweden", "PER", "Sweden")], "Bergen");
        assert!(leaders.participants.iter().all(|n| !n.is_person()));
        let mut p = Profile::default();
        p.add(&hosted);
        let (_, _, by_states) = fits(&p, &leaders).expect("the leaders' meeting joins");
        assert!(by_states);
        // One state alone beside a host says nothing of the states.
        hosted.participants.remove(1);
        assert!(hosted.sides().is_empty());
    }

    #[test]
    fn talks_between_states_with_one_person_join_that_person_and_a_counterpart() {
        // One outlet: "talks between Norway and Sweden" and "the talks with Ardan Volkov".
        let mut told = talks(&[("Norway", "LOC", "Norway"), ("Sweden", "LOC", "Sweden")], "Bergen");
        told.participants.push(Named {
            name: "Ardan Volkov".into(),
            entity: None,
            label: "PER".into(),
            agent: false,
            side: Some("Norway".into()),
        });
        let with_ids = |mut a: Account| {
            for n in &mut a.participants {
                let prefix = if n.label == "PER" { "per" } else { "loc" };
                n.entity = Some(format!("{prefix}-{}", n.name.to_lowercase().replace(' ', "-")));
            }
            a
        };
        let mut p = Profile::default();
        p.add(&with_ids(told));
        // Another: "Ardan Volkov held talks with Lena Marsh", of Sweden.
        let pair =
            talks(&[("Ardan Volkov", "PER", "Norway"), ("Lena Marsh", "PER", "Sweden")], "Bergen");
        assert!(fits(&p, &with_ids(pair)).is_some(), "the counterpart's state is a party");
        // Not with someone of a state the talks did not name.
        let other =
            talks(&[("Ardan Volkov", "PER", "Norway"), ("Jens Dahl", "PER", "Denmark")], "Bergen");
        assert!(fits(&p, &with_ids(other)).is_none());
    }

    #[test]
    fn a_call_between_states_is_the_call_between_their_officers() {
        // "Norway's director of operations called his Swedish counterpart on Saturday" and
        // "Ardan Volkov and Lena Marsh agreed the truce in a phone call on Saturday".
        let call = |who: &[(&str, &str, &str)]| Account {
            kind: "phone_call".into(),
            cameo: "041".into(),
            trigger: "called".into(),
            place: None,
            ..talks(who, "")
        };
        let mut p = Profile::default();
        p.add(&call(&[("Norway", "LOC", "Norway"), ("Sweden", "LOC", "Sweden")]));
        let officers = call(&[("Ardan Volkov", "PER", "Norway"), ("Lena Marsh", "PER", "Sweden")]);
        let (_, _, by_states) = fits(&p, &officers).expect("the officers' call joins");
        assert!(by_states);
        // Two calls of people never join on their states alone.
        let mut p = Profile::default();
        p.add(&officers);
        let others = call(&[("Tomas Holm", "PER", "Norway"), ("Miriam Berg", "PER", "Sweden")]);
        assert!(fits(&p, &others).is_none());
    }

    #[test]
    fn states_join_their_people_but_two_sets_of_people_never_join_on_states() {
        let states = talks(&[("Norway", "LOC", "Norway"), ("Sweden", "LOC", "Sweden")], "Bergen");
        let ministers =
            talks(&[("Ardan Volkov", "PER", "Norway"), ("Lena Marsh", "PER", "Sweden")], "Bergen");
        let others =
            talks(&[("Tomas Holm", "PER", "Norway"), ("Miriam Berg", "PER", "Sweden")], "Bergen");
        let mut p = Profile::default();
        p.add(&states);
        let (_, fit, by_states) = fits(&p, &ministers).expect("the ministers' talks join");
        assert_eq!((fit, by_states), (Fit::StatedDates, true));
        assert!(why(&p, &ministers, fit, true).contains("the states Norway, Sweden"));
        // Elsewhere that day: another meeting.
        let oslo = talks(&[("Norway", "LOC", "Norway"), ("Sweden", "LOC", "Sweden")], "Oslo");
        assert!(fits(&p, &oslo).is_some(), "the same states, no place known to differ");
        p.add(&ministers);
        assert!(fits(&p, &others).is_none(), "other ministers of the same states");
        // One state shared, the other not: only on the same stated day.
        let mut swap = Profile::default();
        swap.add(&talks(
            &[("Caracas", "LOC", "Venezuela"), ("Washington", "LOC", "United States")],
            "Bergen",
        ));
        let mut other = talks(
            &[("Venezuela", "LOC", "Venezuela"), ("El Salvador", "LOC", "El Salvador")],
            "Bergen",
        );
        assert!(fits(&swap, &other).is_some());
        other.date = Some("2025-03".into());
        assert!(fits(&swap, &other).is_none());
        assert_eq!(
            states_named("negotiation", &[states.clone(), ministers.clone()], 4),
            Some(vec!["Norway".to_string(), "Sweden".to_string()])
        );
        assert_eq!(states_named("negotiation", &[ministers.clone(), others], 4), None);
        assert_eq!(states_named("statement", &[states, ministers], 4), None);
    }

    #[test]
    fn last_week_across_two_months_joins_a_day_in_it() {
        let who = [("Ardan Volkov", "PER", "Norway"), ("Lena Marsh", "PER", "Sweden")];
        let mut p = Profile::default();
        p.add(&talks(&who, "Bergen"));
        let mut week = talks(&who, "Bergen");
        week.date = Some("2025-03-17/2025-03-23".into());
        assert!(search_keys(&week).is_some());
        assert!(fits(&p, &week).is_some(), "2025-03-18 is in that week");
        p.add(&week);
        assert_eq!(consensus(&p.text_dates), Some("2025-03-18"), "the day is the finer date");
        let mut later = week.clone();
        later.date = Some("2025-03-24/2025-03-30".into());
        assert!(fits(&p, &later).is_none(), "the week after");
    }

    #[test]
    fn a_day_of_two_days_of_talks_between_states_joins_them() {
        let states = [("Norway", "LOC", "Norway"), ("Sweden", "LOC", "Sweden")];
        let people = [("Ardan Volkov", "PER", "Norway"), ("Lena Marsh", "PER", "Sweden")];
        let mut p = Profile::default();
        let mut two_days = talks(&states, "Bergen");
        two_days.date = Some("2025-03-17/2025-03-18".into());
        p.add(&two_days);
        assert!(fits(&p, &talks(&people, "Bergen")).is_some(), "the 18th is one of the two days");
        let mut later = talks(&people, "Bergen");
        later.date = Some("2025-03-19".into());
        assert!(fits(&p, &later).is_none(), "the day after is another");
    }

    #[test]
    fn a_release_of_one_sides_captives_on_the_exchanges_day_is_part_of_it() {
        let told = |kind: &str, who: &[(&str, &str, &str)], date: &str| {
            let mut a = talks(who, "Ankara");
            a.kind = kind.into();
            a.place = None;
            a.date = Some(date.into());
            a
        };
        // One outlet names the sides and a person; another only the freed captives' state,
        // with no side (a release is not told between states).
        let mut p = Profile::default();
        p.add(&told(
            "prisoner_exchange",
            &[
                ("Norway", "LOC", "Norway"),
                ("Estonia", "LOC", "Estonia"),
                ("Ardan Volkov", "PER", "Norway"),
            ],
            "2025-03-18",
        ));
        p.kind = "prisoner_exchange".into();
        let freed = |state: &str, date: &str| {
            let mut a = told("prisoner_release", &[(state, "LOC", state)], date);
            a.participants[0].side = None;
            a
        };
        assert!(fits(&p, &freed("Estonia", "2025-03-18")).is_some());
        // Another day, or another state's captives: not part of it.
        assert!(fits(&p, &freed("Estonia", "2025-03-20")).is_none());
        assert!(fits(&p, &freed("Latvia", "2025-03-18")).is_none());
    }

    #[test]
    fn a_sides_release_told_undated_after_the_exchange_with_its_count_is_part_of_it() {
        // "Norway released 40 prisoners on Saturday after Estonia freed three": the exchange
        // counts Norway's 40; "In return, Norway freed 40 Estonian prisoners", told the day
        // after with no day of its own, is Norway's part of it.
        let told = |kind: &str, who: &[(&str, &str, &str)], date: Option<&str>| {
            let mut a = talks(who, "Ankara");
            a.kind = kind.into();
            a.place = None;
            a.date = date.map(str::to_string);
            a.date_source = Some(if date.is_some() { "text" } else { "published" }.into());
            a.count = Some(40);
            a
        };
        let mut p = Profile::default();
        let x = told(
            "prisoner_exchange",
            &[("Norway", "LOC", "Norway"), ("Estonia", "LOC", "Estonia")],
            Some("2025-03-15"),
        );
        p.add(&x);
        p.told_in("x".into(), x.count);
        p.kind = "prisoner_exchange".into();
        let freed = |by: &str, count: u32, published: &str| {
            let mut a =
                told("prisoner_release", &[(by, "LOC", by), ("Estonia", "LOC", "Estonia")], None);
            a.participants[0].agent = true;
            a.count = Some(count);
            a.published = Some(published.into());
            a
        };
        let (_, fit, _) = fits(&p, &freed("Norway", 40, "2025-03-16")).expect("joins");
        assert_eq!(fit, Fit::SideOfExchangeSameCount);
        // Another count, another state, or told long after: not shown to be part of it.
        for a in [
            freed("Norway", 12, "2025-03-16"),
            freed("Latvia", 40, "2025-03-16"),
            freed("Norway", 40, "2025-04-16"),
        ] {
            assert!(fits(&p, &a).is_none_or(|(_, f, _)| f != Fit::SideOfExchangeSameCount));
        }
    }

    #[test]
    fn a_sitting_told_undated_by_its_principals_is_the_one_others_name_with_aides() {
        let told = |who: &[&str], date: Option<&str>| {
            let who: Vec<(&str, &str, &str)> = who.iter().map(|w| (*w, "PER", "Norway")).collect();
            let mut a = talks(&who, "Bergen");
            a.kind = "meeting".into();
            a.date = date.map(str::to_string).or(Some("2025-03-19".into()));
            a.date_source = Some(if date.is_some() { "text" } else { "published" }.into());
            a
        };
        let mut p = Profile::default();
        p.add(&told(&["Ana Berg", "Ole Dahl", "Ilmar Saks", "Tomas Reyes"], Some("2025-03-18")));
        p.add(&told(&["Ana Berg", "Ole Dahl"], Some("2025-03-18")));
        p.kind = "meeting".into();
        let (_, fit, _) = fits(&p, &told(&["Ole Dahl", "Ana Berg"], None)).expect("joins");
        assert_eq!(fit, Fit::PublishedAfterStated);
        // Not one principal and an aide, nor a principal and someone else.
        assert!(fits(&p, &told(&["Ana Berg", "Ilmar Saks"], None)).is_none());
        assert!(fits(&p, &told(&["Ana Berg", "Lena Marsh"], None)).is_none());
    }

    #[test]
    fn suspensions_of_different_things_are_two_acts() {
        let halt = |topics: &[&str], date: &str| {
            let mut a = talks(&[("United States", "LOC", "United States")], "Washington");
            a.kind = "aid_suspension".into();
            a.place = None;
            a.participants[0].agent = true;
            a.date = Some(date.into());
            a.topics = topics.iter().map(|t| t.to_string()).collect();
            a
        };
        let mut p = Profile::default();
        p.add(&halt(&["military aid"], "2025-03-03"));
        p.kind = "aid_suspension".into();
        assert!(fits(&p, &halt(&["military aid"], "2025-03-03")).is_some());
        // What was stopped untold fits either.
        assert!(fits(&p, &halt(&[], "2025-03-03")).is_some());
        assert!(fits(&p, &halt(&["intelligence sharing"], "2025-03-03")).is_none());
    }

    #[test]
    fn exchanges_told_by_different_names_on_one_day_are_one() {
        let swap = |who: &[(&str, &str, &str)], date: &str| {
            let mut a = talks(who, "Ankara");
            a.kind = "prisoner_exchange".into();
            a.place = None;
            a.date = Some(date.into());
            a
        };
        // One outlet names the states, another only a prisoner freed in the swap.
        let states = [("Norway", "LOC", "Norway"), ("Estonia", "LOC", "Estonia")];
        let people = [("Ardan Volkov", "PER", "Iceland")];
        let mut p = Profile::default();
        p.add(&swap(&states, "2025-03-18"));
        let (_, fit, _) = fits(&p, &swap(&people, "2025-03-18")).expect("one exchange that day");
        assert_eq!(fit, Fit::SameDayExchange);
        assert!(keys(&swap(&people, "2025-03-18")).iter().any(|(k, _)| k.starts_with("kind|")));
        // Another day, or two other states that day: another exchange.
        assert!(fits(&p, &swap(&people, "2025-03-25")).is_none());
        let others = [("Latvia", "LOC", "Latvia"), ("Finland", "LOC", "Finland")];
        assert!(fits(&p, &swap(&others, "2025-03-18")).is_none());
    }

    #[test]
    fn talks_in_a_capital_and_in_its_country_may_be_one_not_in_two_cities() {
        let states = [("Norway", "LOC", "Norway"), ("Estonia", "LOC", "Estonia")];
        let people = [("Ardan Volkov", "PER", "Norway"), ("Lena Marsh", "PER", "Estonia")];
        let mut p = Profile::default();
        p.add(&talks(&states, "Estonia"));
        assert!(fits(&p, &talks(&people, "Tallinn")).is_some(), "Tallinn is in Estonia");
        let mut q = Profile::default();
        q.add(&talks(&states, "Tartu"));
        assert!(fits(&q, &talks(&people, "Bergen")).is_none(), "two cities, two sittings");
    }

    #[test]
    fn an_undated_account_joins_only_the_same_people_stated_just_before() {
        let who = [("Ardan Volkov", "PER", "Norway"), ("Lena Marsh", "PER", "Sweden")];
        let mut p = Profile::default();
        p.add(&talks(&who, "Bergen"));
        let mut undated = talks(&who, "Bergen");
        undated.date = None;
        undated.date_source = None;
        undated.published = Some("2025-03-20".into());
        let (_, fit, _) = fits(&p, &undated).expect("the same two people, two days after");
        assert_eq!(fit, Fit::UndatedSamePeople);
        // And the other way round: the undated account came first.
        let mut q = Profile::default();
        q.add(&undated);
        let (_, fit, _) = fits(&q, &talks(&who, "Bergen")).expect("stated after the undated");
        assert_eq!(fit, Fit::UndatedSamePeople);
        assert!(why(&q, &talks(&who, "Bergen"), fit, false).contains("published 2025-03-20"));
        assert!(search_keys(&undated).is_some());
        // Published weeks later, or with a third person, or with one of the two: apart.
        let mut late = undated.clone();
        late.published = Some("2025-04-20".into());
        assert!(fits(&p, &late).is_none());
        let mut three = undated.clone();
        three.participants.push(Named {
            name: "Tomas Holm".into(),
            entity: None,
            label: "PER".into(),
            agent: false,
            side: None,
        });
        assert!(fits(&p, &three).is_none());
        let mut one = undated.clone();
        one.participants.truncate(1);
        assert!(fits(&p, &one).is_none());
        // Told without a date by one outlet ("after X met Y") and dated only by its
        // publication by another ("after a meeting with X"), the next day: the same people,
        // all of them.
        let mut r = Profile::default();
        r.add(&undated);
        let mut next = talks(&who, "Bergen");
        next.date = Some("2025-03-21".into());
        next.date_source = Some("published".into());
        let (_, fit, _) = fits(&r, &next).expect("the same two people, the next day");
        assert_eq!(fit, Fit::UndatedBothSamePeople);
        assert!(why(&r, &next, fit, false).contains("published 2025-03-20 and 2025-03-21"));
        next.date = Some("2025-03-23".into());
        assert!(fits(&r, &next).is_none(), "days later");
        let mut third = talks(&who, "Bergen");
        third.date = Some("2025-03-20".into());
        third.date_source = Some("published".into());
        third.participants.truncate(1);
        assert!(fits(&r, &third).is_none(), "one of the two");
        assert!(search_keys(&one).is_none());
    }

    #[test]
    fn one_night_told_on_two_days_joins_only_on_the_same_figures() {
        let strike = |date: &str, figures: &[(&str, u32)]| {
            let mut a = talks(&[("Russia", "LOC", "Russia"), ("Odesa", "LOC", "Ukraine")], "Odesa");
            a.kind = "military_strike".into();
            a.date = Some(date.into());
            a.figures = figures
                .iter()
                .map(|(w, v)| FigureText { what: w.to_string(), value: *v, text: String::new() })
                .collect();
            a
        };
        let mut p = Profile::default();
        p.add(&strike("2025-10-20", &[("drones launched", 96), ("people killed", 2)]));
        let next_day = strike("2025-10-21", &[("drones launched", 96), ("people killed", 3)]);
        let (_, fit, _) = fits(&p, &next_day).expect("the same 96 drones, a day apart");
        assert_eq!(fit, Fit::AdjacentDaysSameFigures);
        assert!(why(&p, &next_day, fit, true).contains("drones launched 96"));
        let [days, _] = search_keys(&next_day).unwrap();
        assert!(days.contains(&day_number("2025-10-20").unwrap()));
        // A small figure alone, other figures, or two days apart: other strikes.
        assert!(fits(&p, &strike("2025-10-21", &[("people killed", 2)])).is_none());
        assert!(fits(&p, &strike("2025-10-21", &[("drones launched", 40)])).is_none());
        assert!(fits(&p, &strike("2025-10-22", &[("drones launched", 96)])).is_none());
        assert!(fits(&p, &strike("2025-10-21", &[])).is_none());
    }

    #[test]
    fn the_release_of_one_person_told_a_day_apart_is_one_release() {
        let release = |date: &str, agent: (&str, &str), freed: &str| {
            let mut a = talks(&[], "Minsk");
            a.kind = "prisoner_release".into();
            a.place = None;
            a.date = Some(date.into());
            let person = |n: &str, label: &str, agent: bool| Named {
                name: n.into(),
                entity: Some(format!("{}-{}", label.to_lowercase(), n.to_lowercase())),
                label: label.into(),
                agent,
                side: None,
            };
            a.participants = vec![person(agent.0, agent.1, true), person(freed, "PER", false)];
            a
        };
        let mut p = Profile::default();
        p.add(&release("2025-06-21", ("Belarus", "LOC"), "Ilmar Saks"));
        let told = release("2025-06-22", ("Teodor Hale", "PER"), "Ilmar Saks");
        let (_, fit, _) = fits(&p, &told).expect("the same person freed, a day apart");
        assert_eq!(fit, Fit::AdjacentDaysSameFreed);
        let w = why(&p, &told, fit, false);
        assert!(w.contains("release of the same person"), "{w}");
        // Another person, or two days apart: another release.
        let other = fits(&p, &release("2025-06-22", ("Teodor Hale", "PER"), "Anna Brisk"));
        assert!(other.is_none(), "{other:?}");
        assert!(fits(&p, &release("2025-06-23", ("Teodor Hale", "PER"), "Ilmar Saks")).is_none());
    }

    #[test]
    fn a_day_said_gives_way_to_a_day_told_but_not_to_its_month() {
        let d = |v: &[(&str, u32)]| -> Vec<(String, u32)> {
            v.iter().map(|(a, b)| (a.to_string(), *b)).collect()
        };
        // "freed by Russia last week" (a month) and "..., the ministry said on Friday".
        let all = d(&[("2025-03", 1), ("2025-03-14", 1)]);
        assert_eq!(stated_date(&d(&[("2025-03", 1)]), &all), Some("2025-03-14"));
        // A day told gives the date over the day after it someone said it had happened.
        let all = d(&[("2025-03-13", 1), ("2025-03-14", 2)]);
        assert_eq!(stated_date(&d(&[("2025-03-13", 1)]), &all), Some("2025-03-13"));
        assert_eq!(stated_date(&[], &all), Some("2025-03-14"));
    }

    #[test]
    fn consensus_prefers_the_most_stated_then_the_finer_date() {
        let d = |v: &[(&str, u32)]| -> Vec<(String, u32)> {
            v.iter().map(|(a, b)| (a.to_string(), *b)).collect()
        };
        assert_eq!(consensus(&d(&[("2025-03-18", 3), ("2025-03-17", 1)])).unwrap(), "2025-03-18");
        assert_eq!(consensus(&d(&[("2025-03", 1), ("2025-03-18", 1)])).unwrap(), "2025-03-18");
        assert_eq!(consensus(&[]), None);
        // Days told as such ("from June 15 to 17") are what took place: a day within them is
        // part of it. A week of "last week" is not (see above).
        let span = "2025-06-15/2025-06-17";
        assert_eq!(consensus(&d(&[(span, 1), ("2025-06-16", 1)])).unwrap(), span);
        assert_eq!(consensus(&d(&[(span, 1), ("2025-06-16", 2)])).unwrap(), span);
        let week = "2025-06-09/2025-06-15";
        assert_eq!(consensus(&d(&[(week, 1), ("2025-06-12", 1)])).unwrap(), "2025-06-12");
    }

    #[test]
    fn meetings_of_one_bodys_gathering_on_days_that_overlap_are_one() {
        let summit = |who: &[(&str, &str, &str)], place: Option<&str>, date: &str| {
            let mut a = talks(who, "x");
            a.kind = "meeting".into();
            a.place = place.map(str::to_string);
            a.date = Some(date.into());
            for n in a.participants.iter_mut().filter(|n| n.label == "ORG") {
                n.side = None;
            }
            a
        };
        let host = [("Ines Roth", "PER", "Norway"), ("Group of Nine", "ORG", "")];
        let guests = [
            ("Ardan Volkov", "PER", "Iceland"),
            ("Lena Marsh", "PER", "Estonia"),
            ("Group of Nine", "ORG", ""),
        ];
        let mut p = Profile::default();
        p.add(&summit(&host, None, "2025-06-15/2025-06-17"));
        let a = summit(&guests, Some("Alberta"), "2025-06-16");
        assert!(keys(&a).iter().any(|(k, _)| k == "body|Group of Nine"), "{:?}", keys(&a));
        let (_, fit, _) = fits(&p, &a).expect("one gathering");
        assert_eq!(fit, Fit::SameGathering);
        // Another day, or a meeting naming no body: another meeting.
        assert!(fits(&p, &summit(&guests, None, "2025-06-20")).is_none());
        assert!(fits(&p, &summit(&guests[..2], None, "2025-06-16")).is_none());
    }

    #[test]
    fn stated_dates_fall_within_the_days_before_publication() {
        assert!(within("2025-03-18", "2025-03-19"));
        assert!(within("2025-03-18", "2025-03-18"));
        assert!(!within("2025-03-18", "2025-03-25"));
        assert!(!within("2025-03-20", "2025-03-19"));
        assert!(within("2025-03", "2025-03-19"));
    }

    #[test]
    fn ids_are_stable() {
        assert_eq!(event_id("phone_call", "a", 10, None), event_id("phone_call", "a", 10, None));
        assert_ne!(event_id("phone_call", "a", 10, None), event_id("phone_call", "b", 10, None));
        // A second account of the same trigger that starts an event of its own.
        assert_ne!(event_id("phone_call", "a", 10, None), event_id("phone_call", "a", 10, Some(1)));
    }
}
