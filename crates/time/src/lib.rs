//! Temporal expressions: TIMEX3 tagging and normalisation, and the document's date.
//!
//! In the spirit of HeidelTime, the language knowledge is data (`resources/<lang>/time/`): word
//! lists (months, weekdays, numerals, units, hedges, "last"/"next", "ago"...) and token patterns
//! over them. The code knows only how to match patterns and how calendar arithmetic turns the
//! pieces a pattern captured into a TIMEX3 value, anchored to the document creation time (DCT)
//! with the tense of the sentence, or to the last date the text itself set.
//!
//! Entry points: [`Tagger::tag`] for plain text, [`annotate`] as the pipeline stage,
//! [`infer_published`] for a document date worked out from the text, and [`validate_published`]
//! for a document date given as metadata.
//!
//! Robustness: every step is linear in the length of the text, and all calendar arithmetic is
//! checked: what falls outside the calendar (a huge count of days, a day a month does not have)
//! is written as unknown (`X`), never as a wrong date and never by panicking.

mod docdate;
mod lexicon;
mod pattern;
mod published;
mod resolve;
pub mod timeml;
mod token;

use std::sync::OnceLock;

use dossier_document::{DateSource, Document, Timex};

pub use docdate::infer_published;
pub use lexicon::{Resources, ENGLISH};
pub use pattern::TimexType;
pub use published::{validate_published, InvalidDate};
pub use resolve::{Anchor, Precision};

use lexicon::{Class, Lexicon};
use pattern::{Matcher, Rule, RuleSet};
use resolve::{Ctx, Frame, Tense};
use token::{Kind, Tokens};

/// Errors in the language resources (a malformed line is a bug in the data, reported with its place).
#[derive(Debug, thiserror::Error)]
pub enum TimeError {
    #[error("{file}:{line}: {msg}")]
    Resource { file: String, line: usize, msg: String },
}

/// One temporal expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timex3 {
    /// Byte offsets into the tagged text.
    pub start: usize,
    pub end: usize,
    pub ty: TimexType,
    pub value: String,
    pub modifier: Option<String>,
}

/// What the scanner keeps about a match beyond the TIMEX3 (the document-date inference reads it).
pub(crate) struct Found {
    pub timex: Timex3,
    pub frame: Frame,
    pub first_tok: usize,
    pub tense: Tense,
}

/// "at 3:35 pm on Saturday": a clock time alone, told on the day the next expression names, is
/// on that day, not on the day told before it. (The two stay two expressions, as TimeML marks
/// them.)
fn clock_on_day(text: &str, found: &mut [Found]) {
    for k in 1..found.len() {
        let (before, after) = found.split_at_mut(k);
        let (a, b) = (&mut before[k - 1], &after[0]);
        let f = &a.frame;
        let clock_alone = a.timex.ty == TimexType::Time
            && (f.clock.is_some() || f.pm.is_some())
            && f.year.is_none()
            && f.month.is_none()
            && f.day.is_none()
            && f.weekday.is_none()
            && f.deictic.is_none()
            && f.rel.is_none();
        let day = b.timex.value.get(..10).filter(|d| {
            d.bytes()
                .enumerate()
                .all(|(i, c)| if i == 4 || i == 7 { c == b'-' } else { c.is_ascii_digit() })
        });
        let (Some(day), true) = (day, clock_alone) else { continue };
        let between = text.get(a.timex.end..b.timex.start).unwrap_or("");
        let on = between.trim().eq_ignore_ascii_case("on");
        let v = &a.timex.value;
        if on && v.len() > 10 && v.as_bytes()[10] == b'T' {
            a.timex.value = format!("{day}{}", &v[10..]);
        }
    }
}

/// A compiled language: word lists and patterns.
pub struct Tagger {
    lex: Lexicon,
    rules: Vec<Rule>,
    /// Every literal word a pattern uses (a token that is none of these, no class word and no
    /// number cannot start a match, which lets the scan skip most tokens at once).
    /// Rules that can start at a word of a class (by class), at a digit, or at a literal word.
    by_class: Vec<RuleSet>,
    by_digit: RuleSet,
    by_lit: Vec<RuleSet>,
    /// Union of the classes any rule can start with.
    start_mask: u32,
    /// Literal ids that count as strong (see [`STRONG`]) because some rule has no other strong
    /// required element.
    strong_lits: Vec<bool>,
    /// Verbs of saying (`reporting.txt`): after a comma they tell when the news was told.
    reporting: std::collections::HashSet<String>,
}

/// Classes (and digits) of which every match has at least one token among its required
/// elements: words like "the", "a", "last" alone never make an expression, so a stretch of text
/// without any of these is skipped without trying a rule.
const STRONG: u32 = pattern::DIGIT_BIT
    | (1 << Class::Unit as u32)
    | (1 << Class::Month as u32)
    | (1 << Class::Weekday as u32)
    | (1 << Class::Holiday as u32)
    | (1 << Class::Ref as u32)
    | (1 << Class::Deictic as u32)
    | (1 << Class::Season as u32)
    | (1 << Class::Set as u32)
    | (1 << Class::Anchor as u32)
    | (1 << Class::Pod as u32);

impl Tagger {
    pub fn new(res: &Resources) -> Result<Tagger, TimeError> {
        let mut lex = Lexicon::load(res)?;
        let (rules, lits) = pattern::parse_rules(res.patterns)?;
        for w in lits.ids.keys() {
            lex.add_shape(w);
        }
        lex.index_words(&lits.ids);
        if rules.len() > 256 {
            return Err(TimeError::Resource {
                file: "patterns.txt".into(),
                line: 0,
                msg: "at most 256 patterns".into(),
            });
        }
        let mut by_class = vec![RuleSet::default(); 32];
        let mut by_digit = RuleSet::default();
        let mut by_lit = vec![RuleSet::default(); lits.ids.len() + 1];
        let mut start_mask = 0;
        for (ri, r) in rules.iter().enumerate() {
            start_mask |= r.start_mask;
            for (c, v) in by_class.iter_mut().enumerate() {
                if r.start_mask & (1 << c) != 0 {
                    v.insert(ri);
                }
            }
            if r.start_digit {
                by_digit.insert(ri);
            }
            for &l in &r.start_lits {
                by_lit[l as usize].insert(ri);
            }
        }
        let mut strong_lits = vec![false; lits.ids.len() + 1];
        for r in &rules {
            let strong = r.elems.iter().filter(|e| !e.opt).any(|e| match &e.kind {
                pattern::ElemKind::Class(c, _) => STRONG & (1 << *c as u32) != 0,
                pattern::ElemKind::Shape(pattern::Shape::Ampm | pattern::Shape::Tz) => false,
                pattern::ElemKind::Shape(_) => true,
                pattern::ElemKind::Lit(_) => false,
            });
            if !strong {
                for e in r.elems.iter().filter(|e| !e.opt) {
                    if let pattern::ElemKind::Lit(ids) = &e.kind {
                        for &id in ids {
                            strong_lits[id as usize] = true;
                        }
                    }
                }
            }
        }
        let reporting =
            lexicon::data_lines(res.reporting).map(|(_, l)| l.trim().to_lowercase()).collect();
        Ok(Tagger { lex, rules, by_class, by_digit, by_lit, start_mask, strong_lits, reporting })
    }

    /// The English tagger, built once from the embedded resources.
    pub fn english() -> &'static Tagger {
        static T: OnceLock<Tagger> = OnceLock::new();
        T.get_or_init(|| Tagger::new(&ENGLISH).expect("embedded English time resources are valid"))
    }

    /// Finds and normalises the temporal expressions of `text`; `dct` is the document creation
    /// time relative expressions are anchored to (without it their unknown parts are `X`).
    pub fn tag(&self, text: &str, dct: Option<Anchor>) -> Vec<Timex3> {
        self.scan(text, dct).into_iter().map(|f| f.timex).collect()
    }

    /// The rules that can start at token `i`, in file order (empty for most tokens).
    fn candidates(&self, t: &Tokens, m: &Matcher, i: usize) -> RuleSet {
        let mut out = RuleSet::default();
        if t.toks[i].kind == Kind::Punct {
            return out;
        }
        let masks = &m.masks;
        let digit = masks[i] & pattern::DIGIT_BIT != 0 || {
            let s = t.s(i);
            s.len() == 2 && s.starts_with('q')
        };
        if digit {
            out.union(&self.by_digit);
        }
        let mut mask = masks[i] & self.start_mask & !pattern::DIGIT_BIT;
        while mask != 0 {
            let c = mask.trailing_zeros() as usize;
            mask &= mask - 1;
            out.union(&self.by_class[c]);
        }
        if m.ids[i] != 0 {
            out.union(&self.by_lit[m.ids[i] as usize]);
        }
        out
    }

    pub(crate) fn scan(&self, text: &str, dct: Option<Anchor>) -> Vec<Found> {
        let t = Tokens::new(text);
        let m = Matcher::new(&self.lex, &self.rules, &t);
        let mut out = Vec::new();
        let mut last = None;
        let (mut last_year, mut last_month) = (None, None);
        // The last calendar day told, and the token after it.
        let mut day_told: Option<(usize, String)> = None;
        let mut i = 0;
        // Built at the first expression (most texts of a corpus have none).
        let mut clauses: Option<Clauses> = None;
        // Next strong token at or after each position (t.len() when none).
        let mut next_strong = vec![t.len(); t.len() + 1];
        for k in (0..t.len()).rev() {
            let strong = m.masks[k] & STRONG != 0
                || self.strong_lits[m.ids[k] as usize]
                || t.s(k).starts_with('q');
            next_strong[k] = if strong { k } else { next_strong[k + 1] };
        }
        while i < t.len() {
            if next_strong[i] >= i + pattern::WINDOW {
                i = next_strong[i].saturating_sub(pattern::WINDOW - 1).max(i + 1);
                continue;
            }
            let cands = self.candidates(&t, &m, i);
            if cands.is_empty() {
                i += 1;
                continue;
            }
            let window =
                m.masks[i..(i + pattern::WINDOW).min(t.len())].iter().fold(0, |a, b| a | b);
            let Some(mt) = m.at(&t, window, i, &cands) else {
                i += 1;
                continue;
            };
            let rule = &self.rules[mt.rule];
            if rule.ignore {
                i = mt.end;
                continue;
            }
            let frame = Frame::build(&self.lex, &t, &mt.caps);
            if !self.plausible(&t, &mt, &frame) {
                i += 1;
                continue;
            }
            let clauses = clauses.get_or_insert_with(|| self.clauses(&t, &m));
            let tense = self.tense(&t, clauses, mt.start, mt.end);
            // "said on Monday that he would travel on Tuesday": what "would" puts ahead lies
            // ahead of the day of the saying told before it in the sentence, not of the article.
            let said_day = day_told.as_ref().filter(|(end, _)| {
                tense == Tense::Future
                    && *end <= mt.start
                    && (*end..mt.start).any(|k| t.s(k) == "would")
                    && !(*end..mt.start).any(|k| matches!(t.s(k), "." | "!" | "?" | ";"))
            });
            let anchor = said_day.and_then(|(_, v)| Anchor::parse(v)).or(dct);
            let ctx = Ctx { dct: anchor, tense, last, last_year, last_month };
            let r = resolve::resolve(rule.ty, &frame, &rule.feats, &ctx);
            if r.sets.is_some() {
                last = r.sets;
            }
            if r.ty == TimexType::Date && r.value.len() == 10 {
                day_told = Some((mt.end, r.value.clone()));
            }
            if r.ty == TimexType::Date || r.ty == TimexType::Time {
                let v = r.value.as_bytes();
                if v.len() >= 4 && v[..4].iter().all(u8::is_ascii_digit) {
                    let y: i32 = r.value[..4].parse().unwrap_or(0);
                    last_year = Some(y);
                    last_month = None;
                    if v.len() >= 7 && v[4] == b'-' && v[5..7].iter().all(u8::is_ascii_digit) {
                        last_month =
                            jiff::civil::Date::new(y as i16, r.value[5..7].parse().unwrap_or(1), 1)
                                .ok();
                    }
                }
            }
            // A pattern may end on optional punctuation ("7:15 p.m.,"); it is not part of the
            // expression.
            let mut end_tok = mt.end - 1;
            while end_tok > mt.start && t.toks[end_tok].kind == Kind::Punct && t.s(end_tok) != "'" {
                end_tok -= 1;
            }
            let start = t.toks[mt.start].start as usize;
            let end = t.toks[end_tok].end as usize;
            out.push(Found {
                timex: Timex3 { start, end, ty: r.ty, value: r.value, modifier: r.modifier },
                frame,
                first_tok: mt.start,
                tense,
            });
            i = mt.end;
        }
        clock_on_day(text, &mut out);
        out
    }

    /// Filters matches that are usually another word: a lone "May" or "March" needs a word
    /// before it that introduces a date ("in May"), a lone number a plausible year.
    fn plausible(&self, t: &Tokens, mt: &pattern::Match, f: &Frame) -> bool {
        if mt.end - mt.start == 1 {
            if let Some((pattern::Cap::Entry(ei), _, _)) = mt.caps.first() {
                let e = &self.lex.entries[*ei];
                // "Meridian Daily", "the Daily Mail": a word of a SET capitalised next to
                // another capitalised word is part of a name.
                if e.class == Class::Set && t.toks[mt.start].cap {
                    let cap = |k: usize| {
                        t.toks.get(k).is_some_and(|x| x.cap && x.kind == Kind::Word && !x.nl_before)
                    };
                    let before = mt.start > 0 && cap(mt.start - 1) && !t.toks[mt.start].nl_before;
                    if before || cap(mt.start + 1) {
                        return false;
                    }
                }
                if e.class == Class::Month && e.extra.iter().any(|x| x == "ambiguous") {
                    let prev = if mt.start > 0 { t.s(mt.start - 1) } else { "" };
                    return self.lex.by_first.get(prev).is_some_and(|v| {
                        v.iter().any(|&k| self.lex.entries[k].class == Class::Prep)
                    });
                }
            }
        }
        let _ = f;
        // "a second payment", "a second vote": the ordinal, not a second of time (a unit marked
        // `ambiguous` in `units.txt`), when an ordinary word follows it.
        if mt.end - mt.start == 2 && matches!(t.s(mt.start), "a" | "an") {
            let ambiguous_unit = mt.caps.iter().any(|(c, _, _)| {
                matches!(c, pattern::Cap::Entry(ei)
                    if self.lex.entries[*ei].class == Class::Unit
                        && self.lex.entries[*ei].extra.iter().any(|x| x == "ambiguous"))
            });
            if ambiguous_unit && mt.end < t.toks.len() {
                let next = t.s(mt.end);
                let word = t.toks[mt.end].kind == Kind::Word && !t.toks[mt.end].nl_before;
                if word && !self.lex.by_first.contains_key(next) {
                    return false;
                }
            }
        }
        true
    }

    /// The tense of the clause around tokens `a..b`: the nearest tense cue in the same sentence
    /// (a word from `tense.txt`, or a word ending in "-ed"; see [`Clauses`]).
    fn tense(&self, t: &Tokens, c: &Clauses, a: usize, b: usize) -> Tense {
        // "Wednesday's ruling", "Sunday's vote": a day named as the owner of a happening is told
        // as a thing, whatever the verbs around it ("said they would look for ways around
        // Wednesday's ruling"): the nearest day of its name.
        let owner = b > 0
            && b + 1 < t.len()
            && t.s(b) == "'"
            && t.s(b + 1) == "s"
            && t.toks[b].start == t.toks[b - 1].end
            && t.toks[b + 1].start == t.toks[b].end;
        if owner {
            return Tense::Unknown;
        }
        let (lo, hi) = (c.start[a] as usize, c.end[b] as usize);
        // A deadline ("by Jan. 14", "to run through June") lies ahead, unless a past-tense verb
        // says it is over ("bought shares through Sept. 29"): then it is this year's.
        let deadline = a > 0 && self.forward(t, a - 1);
        // The nearest cue before the expression and the nearest after it, within the sentence;
        // the nearer wins, the one before on a tie.
        let mut before = c.prev[a].checked_sub(1).map(|l| l as usize).filter(|&l| l >= lo);
        // (A near cue too far back gives way to the one before it.)
        while let Some(l) = before.filter(|&l| c.cue[l] == Cue::FutureNear && a - l > NEAR_REACH) {
            before = c.prev[l].checked_sub(1).map(|l| l as usize).filter(|&l| l >= lo);
        }
        // (A near cue tells of dates after it only.)
        let after = Some(c.next[b] as usize).filter(|&r| r < hi && c.cue[r] != Cue::FutureNear);
        // "X will meet Y on Monday ..., his office said": a verb of saying after a comma tells
        // when the news was told; the clause's own verb comes before.
        let told_after =
            |r: usize| self.reporting.contains(t.s(r)) && (b..r).any(|k| t.s(k) == ",");
        // "Under the deal, announced over the weekend, Washington will lower ...": a cue in the
        // expression's own stretch between commas wins over a nearer one past a comma.
        let comma = |x: usize, y: usize| (x..y).any(|k| t.s(k) == ",");
        let pick = match (before, after) {
            (Some(l), Some(r)) if told_after(r) => Some(l),
            // "had spoken with Putin on Thursday to inform him about the upcoming meeting".
            (Some(l), Some(r)) if c.cue[r] == Cue::FutureAttr => Some(l),
            (Some(l), Some(r)) if comma(b, r) != comma(l, a) => {
                Some(if comma(b, r) { l } else { r })
            }
            (Some(l), Some(r)) => Some(if a - l <= r + 1 - b { l } else { r }),
            (l, r) => l.or(r),
        };
        let tense = match pick.map(|i| c.cue[i]) {
            Some(Cue::Past) => Tense::Past,
            Some(Cue::Future | Cue::FutureAttr | Cue::FutureNear) => Tense::Future,
            // (The nearest date of that name: "was first due to be signed on February 28", told
            // in May, is the February gone by; "was planned for early March", in February, the
            // March ahead.)
            Some(Cue::Plan) | Some(Cue::None) | None => Tense::Unknown,
        };
        match (deadline, tense) {
            (true, Tense::Past) => Tense::PastDeadline,
            (true, _) => Tense::Future,
            (false, x) => x,
        }
    }

    /// The tense cue of every token and the sentence around it, worked out once per text so the
    /// tense of each expression is found in constant time (a sentence of a million expressions
    /// must not be walked once per expression).
    fn clauses(&self, t: &Tokens, m: &Matcher) -> Clauses {
        let n = t.len();
        let is_end = |i: usize| matches!(t.s(i), "." | "!" | "?" | ";");
        let tense_bit = 1u32 << Class::Tense as u32;
        let cue_value = |i: usize| -> Option<&str> {
            if m.masks[i] & tense_bit == 0 {
                return None;
            }
            let mut found = Vec::new();
            self.lex.lookup(t, i, Class::Tense, &mut found);
            // The longest cue starting here ("to visit" over "to"), the first listed on a tie.
            found
                .iter()
                .rev()
                .max_by_key(|(_, len)| *len)
                .map(|(e, _)| self.lex.entries[*e].value.as_str())
        };
        // "was (first) due to", "were expected to": a plan told in the past tense, which may
        // have been for a day since gone or one still ahead; it gives no tense, and the "was"
        // is part of it.
        let was = |j: usize| matches!(t.s(j), "was" | "were");
        let plain = |j: usize| t.toks[j].kind == Kind::Word && cue_value(j).is_none();
        // ("had been planned for Tuesday": the past perfect too.)
        let had_been = |j: usize| j >= 1 && t.s(j) == "been" && t.s(j - 1) == "had";
        let plan_in_past = |i: usize| {
            (i >= 1 && (was(i - 1) || had_been(i - 1)))
                || (i >= 2 && was(i - 2) && plain(i - 1) && !t.toks[i - 1].cap)
        };
        let plan_after = |i: usize| {
            let future = |j: usize| j < n && cue_value(j) == Some("future");
            was(i)
                && (future(i + 1)
                    || (i + 1 < n && plain(i + 1) && !t.toks[i + 1].cap && future(i + 2)))
        };
        let cue = |i: usize| -> Cue {
            match cue_value(i) {
                Some("past") if plan_after(i) => return Cue::None,
                Some("past") => return Cue::Past,
                Some("future") if plan_in_past(i) => return Cue::Plan,
                Some("future") => return Cue::Future,
                Some("future_attr") => return Cue::FutureAttr,
                Some("future_near") => return Cue::FutureNear,
                _ => {}
            }
            let s = t.s(i);
            if t.toks[i].kind == Kind::Word
                && !t.toks[i].cap
                && s.len() > 4
                && s.ends_with("ed")
                && !s.ends_with("eed")
            {
                // "be returned", "to be resolved": a participle, not a past tense
                if i > 0 && cue_value(i - 1) == Some("passive") {
                    return Cue::None;
                }
                return Cue::Past;
            }
            Cue::None
        };
        let mut c = Clauses {
            start: vec![0; n + 1],
            end: vec![n as u32; n + 1],
            prev: vec![0; n + 1],
            next: vec![n as u32; n + 1],
            cue: Vec::with_capacity(n),
        };
        for i in 0..n {
            c.cue.push(cue(i));
            c.start[i] = if i == 0 || t.toks[i].nl_before || is_end(i - 1) {
                i as u32
            } else {
                c.start[i - 1]
            };
            c.prev[i + 1] = if c.cue[i] != Cue::None { i as u32 + 1 } else { c.prev[i] };
        }
        for i in (0..n).rev() {
            c.end[i] = if t.toks[i].nl_before || is_end(i) { i as u32 } else { c.end[i + 1] };
            c.next[i] = if c.cue[i] != Cue::None { i as u32 } else { c.next[i + 1] };
        }
        c
    }
}

/// What a token says about the tense of its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    None,
    Past,
    Future,
    /// A word for what is yet to come that describes a noun ("the upcoming meeting"): the
    /// tense of a clause it stands in front of, not of one whose date comes before it.
    FutureAttr,
    /// A plan told in the past tense ("was due to", "were expected to"): no tense.
    Plan,
    /// What is to be done, "to visit": the future for a date a few words after it ("inviting
    /// Putin to visit India in December"), no cue for one further on ("invited Hale to visit
    /// Norland during a phone call on Thursday": the call's day, told in the past).
    FutureNear,
}

/// Tokens from a [`Cue::FutureNear`] to the date it gives the future.
const NEAR_REACH: usize = 5;

/// Per token (see [`Tagger::clauses`]): where its sentence starts; the first sentence end at or
/// after it (the token count when none); the last cue before it (index + 1, 0 when none); the
/// first cue at or after it (the token count when none); its own cue.
struct Clauses {
    start: Vec<u32>,
    end: Vec<u32>,
    prev: Vec<u32>,
    next: Vec<u32>,
    cue: Vec<Cue>,
}

impl Tagger {
    /// Is token `i` a preposition that introduces a deadline ("by", "until")?
    pub(crate) fn forward(&self, t: &Tokens, i: usize) -> bool {
        self.lex.by_first.get(t.s(i)).is_some_and(|v| {
            v.iter().any(|&k| {
                let e = &self.lex.entries[k];
                e.class == Class::Prep
                    && e.words.len() == 1
                    && e.extra.iter().any(|x| x == "forward")
            })
        })
    }
}

/// Sets the document date when metadata did not give one, from the text (see [`infer_published`]).
///
/// A valid date given as metadata always wins, stored in the form [`validate_published`] gives;
/// it is marked `metadata` if the reader left the source unset. An invalid one is treated as
/// absent.
pub fn document_date(doc: &mut Document) {
    if let Some(p) = doc.meta.published.as_deref().filter(|p| !p.trim().is_empty()) {
        // A value that is no date ("2025-02-31", "n/a") is treated as absent: the date is then
        // inferred from the text. (The pipeline reports it; see [`validate_published`].)
        if let Ok(norm) = validate_published(p) {
            doc.meta.published = Some(norm);
            if doc.meta.published_source == DateSource::None {
                doc.meta.published_source = DateSource::Metadata;
            }
            return;
        }
    }
    match infer_published(&doc.text) {
        Some(p) => {
            doc.meta.published = Some(p);
            doc.meta.published_source = DateSource::Inferred;
        }
        None => {
            doc.meta.published = None;
            doc.meta.published_source = DateSource::None;
        }
    }
}

/// The pipeline stage: the document date, then the `timexes` layer anchored to it.
pub fn annotate(doc: &mut Document) {
    document_date(doc);
    let dct = doc.meta.published.as_deref().and_then(Anchor::parse);
    doc.timexes = Tagger::english()
        .tag(&doc.text, dct)
        .into_iter()
        .map(|x| Timex {
            start: x.start,
            end: x.end,
            text: doc.text[x.start..x.end].to_string(),
            kind: x.ty.as_str().to_string(),
            value: Some(x.value),
            modifier: x.modifier,
        })
        .collect();
}

#[cfg(test)]
mod tests;
