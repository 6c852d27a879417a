//! The words of the events stage, read from `resources/en/events/` (embedded at build time).
//!
//! Code holds the mechanism; which words announce a phone call, which make a trigger unreal
//! ("could meet"), which introduce topics, and the CAMEO code of each type are data a linguist
//! can extend without reading Rust.

use dossier_document::hash::{FastMap as HashMap, FastSet as HashSet};
use std::sync::OnceLock;

use dossier_document::hash::{FastMap, FastSet};

/// One trigger phrase.
#[derive(Debug, Clone)]
pub(crate) struct Trigger {
    pub kind: &'static str,
    /// Lower-case words.
    pub words: Vec<&'static str>,
    pub noun: bool,
    /// Counts only where the paragraph has a word of this class of `words.tsv` ("phone"), or
    /// the article told of an event of the same kind already.
    pub context: Option<&'static str>,
    /// States an intent itself: no irrealis check.
    pub modal: bool,
    /// Counts only when a name follows at once.
    pub obj: bool,
    /// Counts only when an organisation follows at once, then a date, "that" or a comma
    /// ("told Fox Business on Thursday that ...").
    pub obj_org: bool,
    /// Announces a planned action ("invited X to visit Y"): a date inside that action ("in
    /// April", after a word of class `complement`) is the plan's, not the trigger's.
    pub plan: bool,
    /// Counts only when a word of this class of `words.tsv` follows within a few words of its
    /// clause ("exchanged five prisoners").
    pub then: Option<&'static str>,
    /// Counts only when a word of this class stands within a few words before it in its clause
    /// ("drones and missiles hit the port": what hit was a weapon).
    pub after: Option<&'static str>,
    /// Does not count when a word of this class stands within a few words before it in its
    /// clause ("lifted sanctions on the airline": sanctions undone, none imposed).
    pub not_after: Option<&'static str>,
    /// Does not count when a word of this class follows within a few words ("signed pardons").
    pub unless: Option<&'static str>,
    /// Does not count when an entry of this class follows anywhere in its clause ("fired
    /// several short-range ballistic missiles into the sea": a test, no strike).
    pub not_in: Option<&'static str>,
    /// Without a word of this class within a few words after it, the event needs two parties
    /// ("signed an agreement", or "X and Y signed").
    pub pair: Option<&'static str>,
    /// Counts only with two parties or more ("X and Y agreed to ..."; "Putin agreed to a
    /// pause" is one side's word).
    pub two: bool,
    /// A decision to do it is doing it ("agreed to impose sanctions"): a word of class
    /// `decide` and "to" before it do not make it a plan.
    pub decision: bool,
    /// Who does it is an agent, not what it is done to ("Lukashenko pardoned ...", "the EU
    /// imposed ..."): the subject of the active verb is marked as such.
    pub agent: bool,
    /// A visit: the place named right after it is where it happened, and the state of that
    /// place is the party ("visited New Delhi": a visit to India, in New Delhi).
    pub visit: bool,
    /// The type it is of when its parties are states only ("the United States and Iran held
    /// talks" is a negotiation; "Putin and Trump held talks" a meeting).
    pub states: Option<&'static str>,
    pub cameo: Option<&'static str>,
}

/// A class of words and phrases (`irrealis`, `topic`, ...).
#[derive(Debug, Clone)]
pub(crate) struct Class {
    words: FastSet<&'static str>,
    /// Multi-word entries (lower-case words) by their first word.
    phrases: FastMap<&'static str, Vec<Vec<&'static str>>>,
    /// Which words may be among `words` and among the first words of `phrases` (see
    /// [`Sieve`]): most words of a text are in neither, and this says so without hashing them.
    word_sieve: Sieve,
    phrase_sieve: Sieve,
    /// Its bit in the rows of [`Lexicon::rows`] ([`NO_BIT`] for a class made outside
    /// `words.tsv`, which is asked by its words).
    bit: u16,
}

/// The bit of a class that has none in [`Lexicon::rows`].
const NO_BIT: u16 = u16::MAX;

/// 64-bit words of a [`Row`]'s bit sets: room for 192 classes.
const ROW_WORDS: usize = 3;

/// What one word of the vocabulary is in: the classes it is a word of, and those it begins a
/// phrase of. A sentence's words are looked up once each ([`Lexicon::row_of`]), and then every
/// question "is word k of class c?" is a bit test; asked by its text, each was a sieve check
/// and at times a hash lookup, some 37 a token.
#[derive(Debug, Clone, Default)]
pub(crate) struct Row {
    words: [u64; ROW_WORDS],
    phrases: [u64; ROW_WORDS],
}

impl Row {
    #[inline(always)]
    fn get(set: &[u64; ROW_WORDS], bit: u16) -> bool {
        set[(bit >> 6) as usize] >> (bit & 63) & 1 != 0
    }

    fn set(set: &mut [u64; ROW_WORDS], bit: u16) {
        set[(bit >> 6) as usize] |= 1 << (bit & 63);
    }
}

/// A word's row in [`Lexicon::rows`], or [`NO_ROW`].
pub(crate) type RowId = u32;

/// The row of a word of no class.
pub(crate) const NO_ROW: RowId = RowId::MAX;

/// A bit per (first byte, last byte, length) of the words a set was filled from, the three
/// mixed into one of 4,096 bits: a word whose bit is clear is certainly not in the set. Over
/// the sample articles' words and the 135 classes of `words.tsv`, 1.6% of the checks pass it
/// (1.0% are members); a bit per first byte and length alone passed 5.5% ("the" for a class
/// with "two"), each then a hash lookup.
#[derive(Debug, Clone)]
pub(crate) struct Sieve([u64; 64]);

impl Default for Class {
    fn default() -> Self {
        Class {
            words: FastSet::default(),
            phrases: FastMap::default(),
            word_sieve: Sieve::default(),
            phrase_sieve: Sieve::default(),
            bit: NO_BIT,
        }
    }
}

impl Default for Sieve {
    fn default() -> Self {
        Sieve([0; 64])
    }
}

impl Sieve {
    #[inline(always)]
    fn slot(w: &str) -> (usize, u64) {
        let b = w.as_bytes();
        let (first, last) = match b {
            [] => (0, 0),
            [f, .., l] => (*f as u32, *l as u32),
            [f] => (*f as u32, *f as u32),
        };
        let key = (first << 16 | last << 8 | b.len().min(255) as u32).wrapping_mul(0x9E37_79B1);
        let bit = (key >> 20) as usize;
        (bit >> 6, 1 << (bit & 63))
    }

    fn add(&mut self, w: &str) {
        let (i, bit) = Sieve::slot(w);
        self.0[i] |= bit;
    }

    #[inline(always)]
    pub fn may_have(&self, w: &str) -> bool {
        let (i, bit) = Sieve::slot(w);
        self.0[i] & bit != 0
    }
}

impl Class {
    fn add_word(&mut self, w: &'static str) {
        self.word_sieve.add(w);
        self.words.insert(w);
    }

    fn add_phrase(&mut self, p: Vec<&'static str>) {
        self.phrase_sieve.add(p[0]);
        self.phrases.entry(p[0]).or_default().push(p);
    }

    #[inline]
    pub fn has(&self, word: &str) -> bool {
        self.word_sieve.may_have(word) && self.words.contains(word)
    }

    /// Length in tokens of the entry that starts at `words[0]`, if one does (longest first).
    /// Inlined: every sentence asks it at every token for several classes, and most words are
    /// turned away by the sieve at the cost of a call.
    #[inline(always)]
    pub fn at(&self, words: &[&str]) -> Option<usize> {
        let first = *words.first()?;
        let mut best = None;
        if self.phrase_sieve.may_have(first) {
            if let Some(list) = self.phrases.get(first) {
                for p in list {
                    if words.len() >= p.len() && p.iter().zip(words).all(|(a, b)| a == b) {
                        best = best.max(Some(p.len()));
                    }
                }
            }
        }
        best.or_else(|| self.has(first).then_some(1))
    }

    /// [`Class::has`] for a word whose row is `row` (see [`Lexicon::row_of`]).
    #[inline(always)]
    pub fn has_row(&self, lex: &Lexicon, row: RowId, word: &str) -> bool {
        if self.bit == NO_BIT {
            return self.has(word);
        }
        row != NO_ROW && Row::get(&lex.rows[row as usize].words, self.bit)
    }

    /// [`Class::at`] for `words` whose first word's row is `row`.
    #[inline(always)]
    pub fn at_row(&self, lex: &Lexicon, row: RowId, words: &[&str]) -> Option<usize> {
        if self.bit == NO_BIT {
            return self.at(words);
        }
        if row == NO_ROW || words.is_empty() {
            return None;
        }
        let r = &lex.rows[row as usize];
        if Row::get(&r.phrases, self.bit) {
            self.at(words)
        } else {
            Row::get(&r.words, self.bit).then_some(1)
        }
    }
}

/// The word classes of `words.tsv` the mechanism uses, by name (a class missing from the data
/// is empty).
#[derive(Default)]
pub(crate) struct Classes {
    pub irrealis: Class,
    pub negation: Class,
    pub background: Class,
    pub toll_rise: Class,
    pub distinct: Class,
    pub counted_anew: Class,
    pub definite: Class,
    pub topic: Class,
    pub topic_end: Class,
    pub stop: Class,
    pub with: Class,
    pub parties: Class,
    /// Plain words for people counted before them ("the three men met"): parties only after a
    /// number (`counted_people`).
    pub counted_people: Class,
    /// Verbs by which what a sentence's subject names follows another happening ("The
    /// announcement came hours after ...").
    pub came: Class,
    /// Stretches before "after" or "before" that keep to the same day ("hours after").
    pub same_day_gap: Class,
    pub involve: Class,
    pub after: Class,
    pub briefer: Class,
    pub call_not: Class,
    pub strike_not: Class,
    pub pronoun: Class,
    pub place: Class,
    pub not_date: Class,
    pub since_clause: Class,
    pub not_news_clause: Class,
    /// Words after a duration that make it a distance from another time ("a day after").
    pub offset: Class,
    pub placeless: Class,
    /// Event types a duration may be given for (`timed_types`).
    pub timed: Class,
    pub close_gap: Class,
    pub unreal_after: Class,
    pub copula: Class,
    pub counterpart: Class,
    pub states: Class,
    pub cause_of: Class,
    pub simultaneous: Class,
    pub verb_lead: Class,
    pub recipient: Class,
    pub patient: Class,
    pub subordinate: Class,
    pub coordinator: Class,
    pub in_return: Class,
    pub swap_noun: Class,
    pub modal_aux: Class,
    pub complement: Class,
    pub partitive: Class,
    pub presuppose: Class,
    pub clause_open: Class,
    pub light: Class,
    pub count_noun: Class,
    pub decide: Class,
    pub passive: Class,
    pub perfect: Class,
    pub relative: Class,
    pub host_verb: Class,
    pub relative_pronoun: Class,
    pub captive: Class,
    pub fronted_clause: Class,
    pub side_captives: Class,
    pub held_person: Class,
    pub say: Class,
    /// Event types that are sittings (`sitting_types`): calls, meetings, talks.
    pub sitting: Class,
    /// Verbs of bringing a subject up (`raise_topic`).
    pub raise_topic: Class,
    /// Last words of a building's or room's name (`venue`).
    pub venue: Class,
    /// Past participles that do not end in "-ed" (`participle`).
    pub participle: Class,
    /// Words that make a sitting with several people one with each (`apart`).
    pub apart: Class,
    /// Words of an office (`officials`): "the Finnish president".
    pub officials: Class,
    /// Superlatives after "one of the" (`superlative`).
    pub superlative: Class,
    /// Long stretches before "of" and an event noun (`long_stretch`).
    pub long_stretch: Class,
    /// Prepositions of the manner of a happening just told (`manner_in`).
    pub manner_in: Class,
    /// Openings of a sentence set during an event (`during_lead`).
    pub during_lead: Class,
    /// Words after "earlier" that keep it on the news day (`news_day`).
    pub news_day: Class,
    /// Phrases after a trigger that put it on the way back from what was told before
    /// (`journey_back`).
    pub journey_back: Class,
    /// Auxiliary and modal verbs: reported words with one are a clause of their own
    /// (`finite_aux`).
    pub finite_aux: Class,
    /// Nouns of an accord after its name (`accord`): "the New START treaty".
    pub accord: Class,
    /// "the militant group": the nouns (`org_kind_heads`) and the words before them
    /// (`org_kind_mods`) of an organisation told by what it is.
    pub org_kind_heads: Class,
    pub org_kind_mods: Class,
    /// Nouns of things made or sent (`materiel`): a name right before one names its kind.
    pub materiel: Class,
    /// Words for those who hold talks for a state (`talks_parties`).
    pub talks_parties: Class,
    /// Nouns for one side at talks after its state's word (`side_noun`: "a Ukrainian team").
    pub side_noun: Class,
    /// Armed forces after a nationality word ("Russian forces"): the country acts.
    pub forces: Class,
    pub figure_gap: Class,
    pub figure_mod: Class,
    pub figure_other: Class,
    pub head_noun: Class,
    pub place_of: Class,
    /// Words of direction right before a capital ("the flight back to Washington"): the city
    /// is where someone went, not the state acting.
    pub place_before: Class,
    // The classes below are named by the mechanism at one place each.
    pub agent_by: Class,
    pub attend: Class,
    pub bearing: Class,
    pub before_leaving: Class,
    pub call_each: Class,
    pub came_about: Class,
    pub counted_types: Class,
    pub edge_of: Class,
    pub feeling: Class,
    pub gap_units: Class,
    /// Words after a figure that make it one part's ("60 killed in Tehran alone").
    pub part_only: Class,
    pub gerund_lead: Class,
    pub host_by: Class,
    pub involved_who: Class,
    pub joint_call: Class,
    pub judge_cue: Class,
    pub later_apart: Class,
    pub later_same_day: Class,
    pub lead_verb: Class,
    pub left_verbs: Class,
    pub media: Class,
    pub members: Class,
    pub mourned: Class,
    pub occasion: Class,
    pub ordinal: Class,
    pub outcome_verb: Class,
    pub pact: Class,
    /// Nouns of a sitting ("talks", "summit").
    pub sitting_noun: Class,
    pub plan_of: Class,
    pub launch: Class,
    pub topic_over: Class,
    pub slated: Class,
    pub possessor_types: Class,
    pub purpose_lead: Class,
    pub quarrel: Class,
    pub reaction: Class,
    pub release_link: Class,
    pub returnee: Class,
    pub site: Class,
    pub tenure: Class,
    pub travel_verbs: Class,
    pub weapons: Class,
}

/// A measure of `figures.tsv` ("people injured"): what a number with a noun of its group and
/// one of its verbs counts.
#[derive(Debug)]
pub(crate) struct Measure {
    pub what: &'static str,
    pub group: &'static str,
    /// The event types whose accounts take it.
    pub types: Vec<&'static str>,
    pub verbs: Class,
    /// A number with a noun of the group and no verb measures this ("a barrage of 112 drones").
    pub default: bool,
}

/// The figures of `figures.tsv`.
#[derive(Debug, Default)]
pub(crate) struct Figures {
    /// Noun -> its group ("workers" -> "people").
    pub nouns: FastMap<&'static str, &'static str>,
    pub measures: Vec<Measure>,
    /// Every measure's verbs together: most words are none, and this says so at once.
    pub verbs: Class,
    /// The event types that take any figure.
    types: Vec<&'static str>,
}

impl Figures {
    /// Whether an event of type `kind` takes any figure.
    pub fn takes(&self, kind: &str) -> bool {
        self.types.contains(&kind)
    }

    /// The measures one of whose verbs starts `words`, with the verb's length in words.
    pub fn verb_at<'s>(
        &'s self,
        words: &'s [&str],
    ) -> impl Iterator<Item = (&'s Measure, usize)> + 's {
        let any = self.verbs.at(words).is_some();
        self.measures.iter().filter(move |_| any).filter_map(move |m| Some((m, m.verbs.at(words)?)))
    }

    fn parse(data: &'static str) -> Figures {
        let mut f = Figures::default();
        for l in lines(data) {
            let cols: Vec<&'static str> = l.split('\t').collect();
            match cols.as_slice() {
                ["noun", group, words] => {
                    for w in words.split_whitespace() {
                        f.nouns.insert(w, group);
                    }
                }
                ["figure", what, group, types, verbs] => {
                    let mut m = Measure {
                        what,
                        group,
                        types: types.split(',').map(str::trim).collect(),
                        verbs: Class::default(),
                        default: false,
                    };
                    for v in verbs.split_whitespace() {
                        if v == "*" {
                            m.default = true;
                        } else if v.contains('_') {
                            m.verbs.add_phrase(v.split('_').collect());
                            f.verbs.add_phrase(v.split('_').collect());
                        } else {
                            m.verbs.add_word(v);
                            f.verbs.add_word(v);
                        }
                    }
                    for t in &m.types {
                        if !f.types.contains(t) {
                            f.types.push(t);
                        }
                    }
                    f.measures.push(m);
                }
                _ => {}
            }
        }
        f
    }
}

pub(crate) struct Lexicon {
    /// Trigger phrases by their first word, longest first.
    pub triggers: FastMap<&'static str, Vec<Trigger>>,
    /// Type -> default CAMEO code.
    pub cameo: HashMap<&'static str, &'static str>,
    classes: HashMap<&'static str, Class>,
    /// The classes the mechanism names, resolved once.
    pub c: Classes,
    /// Number words ("ten" -> 10).
    pub numbers: FastMap<&'static str, u32>,
    /// Number words that only say "many" ("dozens"): no figure.
    pub vague: FastSet<&'static str>,
    /// Number words that multiply the number before them ("two dozen" is 24).
    pub multipliers: FastSet<&'static str>,
    pub figures: Figures,
    /// What an aid suspension stops, by a word that names it (`objects.tsv`: "intelligence" ->
    /// "intelligence sharing").
    pub objects: FastMap<&'static str, &'static str>,
    /// The first words of `triggers` (see [`Sieve`]).
    pub trigger_sieve: Sieve,
    /// The row of each word of a class (see [`Row`]).
    vocabulary: FastMap<&'static str, RowId>,
    rows: Vec<Row>,
    /// The words of `vocabulary`.
    vocabulary_sieve: Sieve,
}

static EMPTY: OnceLock<Class> = OnceLock::new();

impl Lexicon {
    /// The row of `word` (a lower-case token) among the classes' words, [`NO_ROW`] if it is of
    /// none.
    pub fn row_of(&self, word: &str) -> RowId {
        if !self.vocabulary_sieve.may_have(word) {
            return NO_ROW;
        }
        self.vocabulary.get(word).copied().unwrap_or(NO_ROW)
    }

    pub fn class(&self, name: &str) -> &Class {
        self.classes.get(name).unwrap_or_else(|| EMPTY.get_or_init(Class::default))
    }
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().map(str::trim_end).filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// The CAMEO map as (type, code, meaning) rows, for documentation and checks.
pub fn cameo_rows() -> Vec<(&'static str, &'static str, &'static str)> {
    lines(CAMEO)
        .filter_map(|l| {
            let mut f = l.split('\t');
            Some((f.next()?, f.next()?, f.next().unwrap_or("")))
        })
        .collect()
}

/// Every CAMEO code a trigger line names of its own.
pub fn trigger_codes() -> Vec<&'static str> {
    lexicon()
        .triggers
        .values()
        .flatten()
        .filter_map(|t| t.cameo)
        .collect::<HashSet<_>>()
        .into_iter()
        .collect()
}

const CAMEO: &str = include_str!("../../../resources/en/events/cameo.tsv");

pub(crate) fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let cameo: HashMap<_, _> = cameo_rows().into_iter().map(|(t, c, _)| (t, c)).collect();
        let mut triggers: FastMap<&'static str, Vec<Trigger>> = FastMap::default();
        for l in lines(include_str!("../../../resources/en/events/triggers.tsv")) {
            let f: Vec<&str> = l.split('\t').collect();
            if f.len() < 3 || !cameo.contains_key(f[0]) {
                continue;
            }
            let flags: Vec<&str> = f.get(3).map(|s| s.split(',').collect()).unwrap_or_default();
            let words: Vec<&'static str> = f[1].split_whitespace().collect();
            let t = Trigger {
                kind: f[0],
                noun: f[2] == "noun",
                context: flags.iter().find_map(|x| x.strip_prefix("ctx=")),
                modal: flags.contains(&"modal"),
                obj: flags.contains(&"obj"),
                obj_org: flags.contains(&"obj_org"),
                plan: flags.contains(&"plan"),
                then: flags.iter().find_map(|x| x.strip_prefix("then=")),
                after: flags.iter().find_map(|x| x.strip_prefix("after=")),
                not_after: flags.iter().find_map(|x| x.strip_prefix("not_after=")),
                unless: flags.iter().find_map(|x| x.strip_prefix("unless=")),
                not_in: flags.iter().find_map(|x| x.strip_prefix("not_in=")),
                pair: flags.iter().find_map(|x| x.strip_prefix("pair=")),
                two: flags.contains(&"two"),
                decision: flags.contains(&"decision"),
                agent: flags.contains(&"agent"),
                visit: flags.contains(&"visit"),
                states: flags.iter().find_map(|x| x.strip_prefix("states=")),
                cameo: flags.iter().find_map(|x| x.strip_prefix("cameo=")),
                words,
            };
            triggers.entry(t.words[0]).or_default().push(t);
        }
        let mut trigger_sieve = Sieve::default();
        for (first, v) in triggers.iter_mut() {
            trigger_sieve.add(first);
            v.sort_by_key(|t| std::cmp::Reverse(t.words.len()));
        }
        let mut classes: HashMap<&'static str, Class> = HashMap::default();
        for l in lines(include_str!("../../../resources/en/events/words.tsv")) {
            let Some((name, words)) = l.split_once('\t') else { continue };
            let c = classes.entry(name).or_default();
            // A class named `..._types` lists event types, whose names hold `_`.
            let types = name.ends_with("_types");
            for w in words.split_whitespace() {
                if w.contains('_') && !types {
                    c.add_phrase(w.split('_').collect());
                } else {
                    c.add_word(w);
                }
            }
        }
        // Each class its bit, in the order of their names (so that a row means the same from
        // one run to the next), and each word its row.
        let mut names: Vec<&'static str> = classes.keys().copied().collect();
        names.sort_unstable();
        assert!(names.len() <= ROW_WORDS * 64, "more classes in words.tsv than rows have bits");
        let mut vocabulary: FastMap<&'static str, RowId> = FastMap::default();
        let mut rows: Vec<Row> = Vec::new();
        let mut vocabulary_sieve = Sieve::default();
        for (bit, name) in names.iter().enumerate() {
            let c = classes.get_mut(name).expect("a class named");
            c.bit = bit as u16;
            let firsts = c.phrases.keys().map(|w| (w, true));
            for (w, phrase) in c.words.iter().map(|w| (w, false)).chain(firsts) {
                let row = *vocabulary.entry(*w).or_insert_with(|| {
                    rows.push(Row::default());
                    vocabulary_sieve.add(w);
                    (rows.len() - 1) as RowId
                });
                let r = &mut rows[row as usize];
                Row::set(if phrase { &mut r.phrases } else { &mut r.words }, bit as u16);
            }
        }
        let mut numbers = FastMap::default();
        let mut vague = FastSet::default();
        let mut multipliers = FastSet::default();
        for l in lines(include_str!("../../../resources/en/events/numbers.tsv")) {
            let mut cols = l.split('\t');
            let (Some(w), Some(Ok(n))) = (cols.next(), cols.next().map(|n| n.trim().parse()))
            else {
                continue;
            };
            numbers.insert(w, n);
            match cols.next() {
                Some("vague") => {
                    vague.insert(w);
                }
                Some("times") => {
                    multipliers.insert(w);
                }
                _ => {}
            }
        }
        let figures = Figures::parse(include_str!("../../../resources/en/events/figures.tsv"));
        let mut objects = FastMap::default();
        for l in lines(include_str!("../../../resources/en/events/objects.tsv")) {
            let Some((label, words)) = l.split_once('\t') else { continue };
            for w in words.split_whitespace() {
                objects.entry(w).or_insert(label);
            }
        }
        // Copied, not moved: a flag of triggers.tsv may name any class ("after=forces").
        let take = |n: &str| classes.get(n).cloned().unwrap_or_default();
        let c = Classes {
            irrealis: take("irrealis"),
            negation: take("negation"),
            background: take("background"),
            toll_rise: take("toll_rise"),
            distinct: take("distinct"),
            counted_anew: take("counted_anew"),
            definite: take("definite"),
            topic: take("topic"),
            topic_end: take("topic_end"),
            stop: take("stop"),
            with: take("with"),
            parties: take("parties"),
            counted_people: take("counted_people"),
            came: take("came"),
            same_day_gap: take("same_day_gap"),
            involve: take("involve"),
            after: take("after"),
            briefer: take("briefer"),
            call_not: take("call_not"),
            strike_not: take("strike_not"),
            pronoun: take("pronoun"),
            place: take("place"),
            not_date: take("not_date"),
            since_clause: take("since_clause"),
            not_news_clause: take("not_news_clause"),
            offset: take("offset"),
            placeless: take("placeless_types"),
            timed: take("timed_types"),
            close_gap: take("close_gap"),
            unreal_after: take("unreal_after"),
            copula: take("copula"),
            counterpart: take("counterpart"),
            states: take("states"),
            cause_of: take("cause_of"),
            simultaneous: take("simultaneous"),
            verb_lead: take("verb_lead"),
            recipient: take("recipient_types"),
            patient: take("patient_types"),
            subordinate: take("subordinate"),
            coordinator: take("coordinator"),
            in_return: take("in_return"),
            swap_noun: take("swap_noun"),
            modal_aux: take("modal_aux"),
            complement: take("complement"),
            partitive: take("partitive"),
            presuppose: take("presuppose"),
            clause_open: take("clause_open"),
            light: take("light"),
            count_noun: take("count_noun"),
            decide: take("decide"),
            passive: take("passive"),
            perfect: take("perfect"),
            relative: take("relative"),
            host_verb: take("host_verb"),
            relative_pronoun: take("relative_pronoun"),
            captive: take("captive"),
            fronted_clause: take("fronted_clause"),
            side_captives: take("side_captives"),
            held_person: take("held_person"),
            say: take("say"),
            sitting: take("sitting_types"),
            raise_topic: take("raise_topic"),
            venue: take("venue"),
            participle: take("participle"),
            apart: take("apart"),
            officials: take("officials"),
            superlative: take("superlative"),
            long_stretch: take("long_stretch"),
            manner_in: take("manner_in"),
            during_lead: take("during_lead"),
            news_day: take("news_day"),
            journey_back: take("journey_back"),
            finite_aux: take("finite_aux"),
            accord: take("accord"),
            org_kind_heads: take("org_kind_heads"),
            org_kind_mods: take("org_kind_mods"),
            materiel: take("materiel"),
            talks_parties: take("talks_parties"),
            side_noun: take("side_noun"),
            forces: take("forces"),
            figure_gap: take("figure_gap"),
            figure_mod: take("figure_mod"),
            figure_other: take("figure_other"),
            head_noun: take("head_noun"),
            place_of: take("place_of"),
            place_before: take("place_before"),
            agent_by: take("agent_by"),
            attend: take("attend"),
            bearing: take("bearing"),
            before_leaving: take("before_leaving"),
            call_each: take("call_each"),
            came_about: take("came_about"),
            counted_types: take("counted_types"),
            edge_of: take("edge_of"),
            feeling: take("feeling"),
            gap_units: take("gap_units"),
            part_only: take("part_only"),
            gerund_lead: take("gerund_lead"),
            host_by: take("host_by"),
            involved_who: take("involved_who"),
            joint_call: take("joint_call"),
            judge_cue: take("judge_cue"),
            later_apart: take("later_apart"),
            later_same_day: take("later_same_day"),
            lead_verb: take("lead_verb"),
            left_verbs: take("left_verbs"),
            media: take("media"),
            members: take("members"),
            mourned: take("mourned"),
            occasion: take("occasion"),
            ordinal: take("ordinal"),
            outcome_verb: take("outcome_verb"),
            pact: take("pact"),
            sitting_noun: take("sitting"),
            plan_of: take("plan_of"),
            launch: take("launch"),
            topic_over: take("topic_over"),
            slated: take("slated"),
            possessor_types: take("possessor_types"),
            purpose_lead: take("purpose_lead"),
            quarrel: take("quarrel"),
            reaction: take("reaction"),
            release_link: take("release_link"),
            returnee: take("returnee"),
            site: take("site"),
            tenure: take("tenure"),
            travel_verbs: take("travel_verbs"),
            weapons: take("weapons"),
        };
        Lexicon {
            triggers,
            cameo,
            classes,
            c,
            numbers,
            vague,
            multipliers,
            figures,
            objects,
            trigger_sieve,
            vocabulary,
            rows,
            vocabulary_sieve,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Asking by row answers as asking by text, for every class and every word of the
    /// vocabulary (and a word of none), as a word and as the start of each phrase.
    #[test]
    fn a_words_row_says_what_its_text_says() {
        let lex = lexicon();
        let mut words: Vec<&str> = lex.vocabulary.keys().copied().collect();
        words.extend(["zebra", "", "the-unknown"]);
        let mut asked = 0;
        for c in lex.classes.values() {
            assert_ne!(c.bit, NO_BIT);
            for w in &words {
                let row = lex.row_of(w);
                assert_eq!(c.has_row(lex, row, w), c.has(w), "{w}");
                assert_eq!(c.at_row(lex, row, &[w]), c.at(&[w]), "{w}");
                asked += 1;
            }
            for p in c.phrases.values().flatten() {
                let row = lex.row_of(p[0]);
                assert_eq!(c.at_row(lex, row, p), Some(p.len()), "{p:?}");
                assert_eq!(c.at_row(lex, row, &p[..p.len() - 1]), c.at(&p[..p.len() - 1]));
            }
        }
        assert!(asked > 100_000, "{asked}");
        assert_eq!(lex.row_of("zebra"), NO_ROW);
    }
}
