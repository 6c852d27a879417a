//! Token patterns (`patterns.txt`) and the matcher that runs them.
//!
//! A pattern is a sequence of elements (a word class, a character shape, or literal words), each
//! possibly optional. The matcher finds, at a token, the longest way any pattern can match, with
//! the value each element captured; turning captures into a TIMEX3 value is `resolve`'s job, so
//! the patterns stay declarative data.

use crate::lexicon::{data_lines, fields, Class, Lexicon};
use crate::token::{Kind, Tokens};
use crate::TimeError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn as_str(&self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// Token shapes recognised from characters rather than from word lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    Year,
    Day,
    Int,
    Decade,
    Clock,
    Ampm,
    QCode,
    Tz,
}

#[derive(Debug, Clone)]
pub(crate) enum ElemKind {
    Class(Class, Option<String>),
    Shape(Shape),
    /// Literal words, as ids in the rules' [`LitTable`].
    Lit(Vec<u16>),
}

#[derive(Debug, Clone)]
pub(crate) struct Elem {
    pub kind: ElemKind,
    pub opt: bool,
    /// The bits of [`Matcher::quick_masks`] of which a token it may match has one (see
    /// [`quick`]); 0 for literal words, which are matched by id.
    pub need: u32,
}

/// Bits of [`Matcher::quick_masks`] besides the class bits and [`DIGIT_BIT`] (the classes take
/// the low bits, one per [`Class`]): the token is a word; it could be a quarter ("q1"); it is
/// an apostrophe.
const WORD_BIT: u32 = 1 << 30;
const QCODE_BIT: u32 = 1 << 29;
const APOS_BIT: u32 = 1 << 28;
// The class bits stay below these.
const _: () = assert!((Class::Holiday as u32) < 28);

impl ElemKind {
    /// [`Elem::need`] of an element of this kind.
    fn need(&self) -> u32 {
        match self {
            ElemKind::Class(c, _) => {
                (1 << *c as u32) | if *c == Class::Num { DIGIT_BIT } else { 0 }
            }
            ElemKind::Shape(Shape::Ampm) | ElemKind::Shape(Shape::Tz) => WORD_BIT,
            ElemKind::Shape(Shape::QCode) => QCODE_BIT,
            ElemKind::Shape(Shape::Decade) => DIGIT_BIT | APOS_BIT,
            ElemKind::Shape(_) => DIGIT_BIT,
            ElemKind::Lit(_) => 0,
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Rule {
    pub ty: TimexType,
    /// The words are not a time expression (and no other pattern may take them).
    pub ignore: bool,
    pub elems: Vec<Elem>,
    pub feats: Vec<(String, String)>,
    /// What the first token of a match can be (the leading optional elements and the first
    /// required one): class bits, whether a digit shape, and literal words.
    pub start_mask: u32,
    pub start_digit: bool,
    pub start_lits: Vec<u16>,
    /// Index of the first required element (a match starts at most this many tokens before it).
    pub req: usize,
    /// Index of the second required element, if any, and how many optional ones lie between.
    pub req2: Option<(usize, usize)>,
    /// Class bits (and [`DIGIT_BIT`]) every match needs somewhere among its first tokens.
    pub req_mask: u32,
}

/// Class bits of the word classes that are proper nouns (matched only when capitalised).
pub(crate) const PROPER: u32 =
    (1 << Class::Month as u32) | (1 << Class::Weekday as u32) | (1 << Class::Holiday as u32);

/// Bit set in a token mask for a token that starts with a digit.
pub(crate) const DIGIT_BIT: u32 = 1 << 31;
/// How many tokens the required elements of one match may spread over (for the window filter).
pub(crate) const WINDOW: usize = 8;

/// Could element `e` match at token `j`? A cheap over-approximation from the token's class bits:
/// a class word of the element's class (or a digit for numbers), a digit for the numeric
/// shapes (or an apostrophe for decades: "'90s"), a word for am/pm and time zones, "q" and one
/// character for quarters, one of its literal words.
///
/// [`Matcher::at`] asks it about every candidate rule at a few tokens each, so it is one mask
/// test ([`Elem::need`] against [`Matcher::quick_masks`], which hold those facts per token),
/// inlined; [`quick_reference`] is the same check written out.
#[inline(always)]
pub(crate) fn quick(e: &Elem, quick_masks: &[u32], ids: &[u16], j: usize) -> bool {
    let Some(&m) = quick_masks.get(j) else { return false };
    m & e.need != 0 || matches!(&e.kind, ElemKind::Lit(a) if ids[j] != 0 && a.contains(&ids[j]))
}

/// [`quick`] as first written, from the tokens themselves.
#[cfg(test)]
pub(crate) fn quick_reference(e: &Elem, t: &Tokens, masks: &[u32], ids: &[u16], j: usize) -> bool {
    if j >= t.len() {
        return false;
    }
    let digit = masks[j] & DIGIT_BIT != 0;
    match &e.kind {
        ElemKind::Class(c, _) => masks[j] & (1 << *c as u32) != 0 || (*c == Class::Num && digit),
        ElemKind::Shape(Shape::Ampm) | ElemKind::Shape(Shape::Tz) => t.toks[j].kind == Kind::Word,
        ElemKind::Shape(Shape::QCode) => {
            let w = t.s(j);
            w.len() == 2 && w.starts_with('q')
        }
        ElemKind::Shape(Shape::Decade) => digit || t.s(j) == "'",
        ElemKind::Shape(_) => digit,
        ElemKind::Lit(a) => ids[j] != 0 && a.contains(&ids[j]),
    }
}

/// The literal words of all patterns, numbered from 1 (0 = a word no pattern names), so that
/// matching a literal compares two numbers.
#[derive(Debug, Default)]
pub(crate) struct LitTable {
    pub ids: crate::lexicon::FastMap<String, u16>,
}

impl LitTable {
    fn id(&mut self, w: &str) -> u16 {
        let n = self.ids.len() as u16 + 1;
        *self.ids.entry(w.to_string()).or_insert(n)
    }
}

/// The captures of a match so far: (capture, first token, end token).
pub(crate) type Caps = Vec<(Cap, usize, usize)>;

/// What one element captured.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) enum Cap {
    Entry(usize),
    /// A number; `None` is an unknown one ("several").
    Num(Option<f64>),
    Year(i32),
    Day(u8),
    Decade(i32),
    Clock(u8, u8, Option<u8>),
    Ampm(bool),
    QCode(u8),
    #[default]
    Tz,
    /// A literal word, by token index.
    Lit(usize),
}

#[derive(Debug, Clone)]
pub(crate) struct Match {
    pub rule: usize,
    pub start: usize,
    pub end: usize,
    pub caps: Vec<(Cap, usize, usize)>,
}

pub(crate) fn parse_rules(src: &str) -> Result<(Vec<Rule>, LitTable), TimeError> {
    let mut rules = Vec::new();
    let mut lits = LitTable::default();
    for w in ["am", "pm", "a.m.", "p.m.", "a.m", "p.m"].iter().chain(TZ) {
        lits.id(w);
    }
    for (ln, line) in data_lines(src) {
        let err = |msg: String| TimeError::Resource { file: "patterns.txt".into(), line: ln, msg };
        let f = fields(line);
        let ty = match f.first().copied() {
            Some("DATE") => TimexType::Date,
            Some("TIME") => TimexType::Time,
            Some("DURATION") => TimexType::Duration,
            Some("SET") => TimexType::Set,
            Some("IGNORE") => TimexType::Date,
            other => return Err(err(format!("unknown type {other:?}"))),
        };
        let ignore = f[0] == "IGNORE";
        let body = f[1..].join(" ");
        let (pat, feats) = match body.split_once("=>") {
            Some((p, fs)) => (p, fs),
            None => (body.as_str(), ""),
        };
        let mut elems = Vec::new();
        for w in pat.split_whitespace() {
            let (w, opt) = match w.strip_suffix('?') {
                Some(x) if !x.is_empty() => (x, true),
                _ => (w, false),
            };
            let kind = if let Some(c) = w.strip_prefix('@') {
                let (name, flag) = match c.split_once(':') {
                    Some((a, b)) => (a, Some(b.to_string())),
                    None => (c, None),
                };
                match name {
                    "year" => ElemKind::Shape(Shape::Year),
                    "day" => ElemKind::Shape(Shape::Day),
                    "int" => ElemKind::Shape(Shape::Int),
                    "decade" => ElemKind::Shape(Shape::Decade),
                    "clock" => ElemKind::Shape(Shape::Clock),
                    "ampm" => ElemKind::Shape(Shape::Ampm),
                    "qcode" => ElemKind::Shape(Shape::QCode),
                    "tz" => ElemKind::Shape(Shape::Tz),
                    _ => ElemKind::Class(
                        Class::from_name(name)
                            .ok_or_else(|| err(format!("unknown class @{name}")))?,
                        flag,
                    ),
                }
            } else {
                ElemKind::Lit(w.split('|').map(|s| lits.id(&s.to_ascii_lowercase())).collect())
            };
            elems.push(Elem { need: kind.need(), kind, opt });
        }
        if elems.iter().all(|e| e.opt) {
            return Err(err("a pattern needs at least one required element".into()));
        }
        let feats = feats
            .split_whitespace()
            .filter_map(|kv| kv.split_once('=').map(|(k, v)| (k.to_string(), v.to_string())))
            .collect();
        let (mut start_mask, mut start_digit, mut start_lits) = (0u32, false, Vec::new());
        for e in &elems {
            match &e.kind {
                ElemKind::Class(c, _) => {
                    start_mask |= 1 << *c as u32;
                    if *c == Class::Num {
                        start_digit = true;
                    }
                }
                ElemKind::Shape(Shape::Ampm) => start_lits
                    .extend(["am", "pm", "a.m.", "p.m.", "a.m", "p.m"].iter().map(|w| lits.id(w))),
                ElemKind::Shape(Shape::Tz) => start_lits.extend(TZ.iter().map(|w| lits.id(w))),
                ElemKind::Shape(_) => start_digit = true,
                ElemKind::Lit(a) => start_lits.extend(a.iter().copied()),
            }
            if !e.opt {
                break;
            }
        }
        let req = elems.iter().position(|e| !e.opt).unwrap_or(0);
        let req2 = elems
            .iter()
            .enumerate()
            .skip(req + 1)
            .find(|(_, e)| !e.opt)
            .map(|(k, _)| (k, k - req - 1));
        let mut req_mask = 0u32;
        for e in elems.iter().filter(|e| !e.opt) {
            match &e.kind {
                ElemKind::Class(Class::Num, _) => {}
                ElemKind::Class(c, _) => req_mask |= 1 << *c as u32,
                ElemKind::Shape(Shape::Year | Shape::Day | Shape::Int | Shape::Clock) => {
                    req_mask |= DIGIT_BIT
                }
                _ => {}
            }
        }
        rules.push(Rule {
            ty,
            ignore,
            elems,
            feats,
            start_mask,
            start_digit,
            start_lits,
            req,
            req2,
            req_mask,
        });
    }
    Ok((rules, lits))
}

pub(crate) const TZ: &[&str] = &[
    "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest",
    "msk", "et",
];

/// A few (entry, length) pairs kept inline (a word starts at most a handful of entries).
#[derive(Default)]
pub(crate) struct Small {
    v: [(usize, usize); 8],
    n: usize,
}

impl Small {
    pub fn push(&mut self, x: (usize, usize)) {
        if self.n < self.v.len() {
            self.v[self.n] = x;
            self.n += 1;
        }
    }
    pub fn as_slice(&self) -> &[(usize, usize)] {
        &self.v[..self.n]
    }
}

/// A set of rule indices (up to 256), iterated in file order.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct RuleSet(pub [u64; 4]);

impl RuleSet {
    pub fn insert(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }
    pub fn union(&mut self, o: &RuleSet) {
        for k in 0..4 {
            self.0[k] |= o.0[k];
        }
    }
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|w| *w == 0)
    }
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        (0..4).flat_map(move |k| {
            let mut w = self.0[k];
            std::iter::from_fn(move || {
                if w == 0 {
                    return None;
                }
                let b = w.trailing_zeros() as usize;
                w &= w - 1;
                Some(k * 64 + b)
            })
        })
    }
}

/// The ways one element can match at a token (at most a few; kept inline to avoid allocating).
#[derive(Default)]
pub(crate) struct Opts {
    v: [(Cap, usize); 6],
    n: usize,
}

impl Opts {
    fn push(&mut self, x: (Cap, usize)) {
        if self.n < self.v.len() {
            self.v[self.n] = x;
            self.n += 1;
        }
    }
}

/// The matcher: rules plus the lexicon they refer to, and a per-text cache of which word-list
/// entries start at each token (patterns ask the same token about the same classes many times).
pub(crate) struct Matcher<'l> {
    pub lex: &'l Lexicon,
    pub rules: &'l [Rule],
    cache: LexCache,
    /// Per token: class bits (with [`DIGIT_BIT`]) and literal id.
    pub masks: Vec<u32>,
    /// Per token: `masks` and the bits [`quick`] needs besides ([`WORD_BIT`], [`QCODE_BIT`],
    /// [`APOS_BIT`]).
    pub quick_masks: Vec<u32>,
    pub ids: Vec<u16>,
}

#[derive(Default)]
struct LexCache {
    /// token -> range into `flat`
    at: Vec<(u32, u32)>,
    flat: Vec<(usize, usize)>,
}

impl<'l> Matcher<'l> {
    pub fn new(lex: &'l Lexicon, rules: &'l [Rule], t: &Tokens) -> Self {
        let n = t.len();
        let mut masks = Vec::with_capacity(n);
        let mut quick_masks = Vec::with_capacity(n);
        let mut ids = Vec::with_capacity(n);
        // Word-list entries are looked up once per token, whole (all their words), so a token's
        // class bits say what really starts there: "the" has the anchor bit only when "the day
        // before" follows.
        let mut cache = LexCache { at: vec![(0, 0); n], flat: Vec::new() };
        for k in 0..n {
            let tok = &t.toks[k];
            let s = t.s(k);
            let info = lex.word(s);
            let id = info.map_or(0, |w| w.lit);
            let m = if s.as_bytes()[0].is_ascii_digit() {
                DIGIT_BIT
            } else if let (Kind::Word, Some(w)) = (tok.kind, info) {
                let mut m = 0;
                if w.mask != 0 {
                    let from = cache.flat.len();
                    lex.complete(t, k, &w.entries, &mut cache.flat);
                    cache.at[k] = (from as u32, cache.flat.len() as u32);
                    for &(e, _) in &cache.flat[from..] {
                        m |= 1 << lex.entries[e].class as u32;
                    }
                }
                // Names of months, weekdays and holidays only count capitalised.
                if tok.cap {
                    m
                } else {
                    m & !PROPER
                }
            } else {
                0
            };
            masks.push(m);
            let b = s.as_bytes();
            quick_masks.push(
                m | if tok.kind == Kind::Word { WORD_BIT } else { 0 }
                    | if b.len() == 2 && b[0] == b'q' { QCODE_BIT } else { 0 }
                    | if s == "'" { APOS_BIT } else { 0 },
            );
            ids.push(id);
        }
        Matcher { lex, rules, cache, masks, quick_masks, ids }
    }

    /// Entries of `class` starting at token `i` (entry index, tokens used), from the cache.
    fn lookup(&self, _t: &Tokens, i: usize, class: Class, out: &mut Small) {
        let c = &self.cache;
        let (s, e) = c.at[i];
        for &(ei, len) in &c.flat[s as usize..e as usize] {
            if self.lex.entries[ei].class == class {
                out.push((ei, len));
            }
        }
    }

    fn shape(&self, t: &Tokens, i: usize, s: Shape) -> Option<Cap> {
        let w = t.s(i);
        let tok = &t.toks[i];
        match s {
            Shape::Year => {
                if tok.kind == Kind::Num && w.len() == 4 {
                    let y: i32 = w.parse().ok()?;
                    if (1000..2200).contains(&y) {
                        // "$1999", "2000 percent", "1998 people" are amounts, not years.
                        if i > 0 && matches!(t.s(i - 1), "$" | "€" | "£" | "#" | "no") {
                            return None;
                        }
                        if i + 1 < t.len()
                            && matches!(t.s(i + 1), "%" | "percent" | "per" | "million" | "billion")
                        {
                            return None;
                        }
                        return Some(Cap::Year(y));
                    }
                }
                None
            }
            Shape::Day => {
                let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
                let suffix = &w[digits.len()..];
                if digits.is_empty()
                    || digits.len() > 2
                    || !digits.bytes().all(|b| b.is_ascii_digit())
                {
                    return None;
                }
                if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
                    return None;
                }
                let d: u8 = digits.parse().ok()?;
                (1..=31).contains(&d).then_some(Cap::Day(d))
            }
            Shape::Int => {
                if tok.kind != Kind::Num || w.contains(':') {
                    return None;
                }
                // A run of digits too long for any count is a huge number (not parsed, which
                // would cost its length at every pattern that tries it).
                if w.len() > 40 {
                    return Some(Cap::Num(Some(f64::INFINITY)));
                }
                let v: f64 = w.replace(',', "").parse().ok()?;
                Some(Cap::Num(Some(v)))
            }
            Shape::Decade => {
                let d = w.strip_suffix('s')?;
                if !d.bytes().all(|b| b.is_ascii_digit()) || !d.ends_with('0') {
                    return None;
                }
                match d.len() {
                    4 => Some(Cap::Decade(d[..3].parse().ok()?)),
                    2 => {
                        let x: i32 = d[..1].parse().ok()?;
                        Some(Cap::Decade(if x <= 2 { 200 + x } else { 190 + x }))
                    }
                    _ => None,
                }
            }
            Shape::Clock => {
                if !w.contains(':') {
                    return None;
                }
                let mut p = w.split(':');
                let h: u8 = p.next()?.parse().ok()?;
                let m: u8 = p.next()?.parse().ok()?;
                let s: Option<u8> = p.next().and_then(|x| x.parse().ok()).filter(|s| *s < 60);
                (m < 60 && (h < 24 || (h == 24 && m == 0))).then_some(Cap::Clock(h, m, s))
            }
            Shape::Ampm => match w {
                "a.m." | "a.m" | "am" => Some(Cap::Ampm(false)),
                "p.m." | "p.m" | "pm" => Some(Cap::Ampm(true)),
                _ => None,
            },
            Shape::QCode => {
                let b = w.as_bytes();
                (b.len() == 2 && b[0] == b'q' && (b'1'..=b'4').contains(&b[1]))
                    .then(|| Cap::QCode(b[1] - b'0'))
            }
            Shape::Tz => TZ.contains(&w).then_some(Cap::Tz),
        }
    }

    /// A number at `i`: digits, or number words ("twenty-five", "a hundred", "several").
    fn number(&self, t: &Tokens, i: usize, out: &mut Opts) {
        if let Some(c) = self.shape(t, i, Shape::Int) {
            out.push((c, 1));
            return;
        }
        let mut found = Small::default();
        self.lookup(t, i, Class::Num, &mut found);
        for &(ei, len) in found.as_slice() {
            let e = &self.lex.entries[ei];
            if e.value == "X" {
                out.push((Cap::Num(None), len));
                continue;
            }
            let Ok(mut v) = e.value.parse::<f64>() else { continue };
            let mut j = i + len;
            // twenty-five, twenty five
            if (20.0..100.0).contains(&v) && v % 10.0 == 0.0 && j < t.len() {
                let k = if t.s(j) == "-" { j + 1 } else { j };
                if k < t.len() && !t.toks[k].nl_before {
                    if let Some(u) = self.simple_num(t, k) {
                        if (1.0..10.0).contains(&u) && t.toks[k].kind == Kind::Word {
                            v += u;
                            j = k + 1;
                        }
                    }
                }
            }
            // a hundred, two thousand (at most two multipliers: a run of "hundred hundred ..."
            // must not make every token start a scan to its end)
            let mut mults = 0;
            while j < t.len() && !t.toks[j].nl_before && mults < 2 {
                mults += 1;
                match t.s(j) {
                    "hundred" => v *= 100.0,
                    "thousand" => v *= 1000.0,
                    _ => break,
                }
                j += 1;
            }
            out.push((Cap::Num(Some(v)), j - i));
        }
    }

    fn simple_num(&self, t: &Tokens, i: usize) -> Option<f64> {
        let mut found = Small::default();
        self.lookup(t, i, Class::Num, &mut found);
        found
            .as_slice()
            .iter()
            .filter(|(_, l)| *l == 1)
            .find_map(|(e, _)| self.lex.entries[*e].value.parse().ok())
    }

    fn elem(&self, t: &Tokens, i: usize, e: &Elem, out: &mut Opts) {
        match &e.kind {
            ElemKind::Shape(s) => {
                if let Some(c) = self.shape(t, i, *s) {
                    out.push((c, 1));
                }
            }
            ElemKind::Lit(alts) => {
                let id = self.ids[i];
                if id != 0 && alts.contains(&id) {
                    out.push((Cap::Lit(i), 1));
                }
            }
            ElemKind::Class(Class::Num, _) => self.number(t, i, out),
            ElemKind::Class(c, flag) => {
                let mut found = Small::default();
                self.lookup(t, i, *c, &mut found);
                for &(ei, len) in found.as_slice() {
                    let en = &self.lex.entries[ei];
                    if let Some(f) = flag {
                        let has = en.extra.iter().any(|x| x == f) || en.value == *f;
                        let ok = match f.as_str() {
                            "sg" => !en.extra.iter().any(|x| x == "pl"),
                            _ => has,
                        };
                        if !ok {
                            continue;
                        }
                    }
                    // Month and weekday names are proper nouns in English text; "may", "march"
                    // and "sun" in lower case are other words.
                    if matches!(c, Class::Month | Class::Weekday | Class::Holiday) && !t.toks[i].cap
                    {
                        continue;
                    }
                    out.push((Cap::Entry(ei), len));
                }
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn rec(
        &self,
        t: &Tokens,
        rule: &[Elem],
        ei: usize,
        ti: usize,
        first: bool,
        caps: &mut Vec<(Cap, usize, usize)>,
        best: &mut Option<(usize, Caps)>,
    ) {
        if ei == rule.len() {
            if best.as_ref().is_none_or(|(e, _)| ti > *e) {
                *best = Some((ti, caps.clone()));
            }
            return;
        }
        let e = &rule[ei];
        if ti < t.len()
            && (first || !t.toks[ti].nl_before)
            && !(first && t.toks[ti].kind == Kind::Punct)
        {
            let mut opts = Opts::default();
            self.elem(t, ti, e, &mut opts);
            for k in 0..opts.n {
                let (cap, len) = opts.v[k].clone();
                caps.push((cap, ti, ti + len));
                self.rec(t, rule, ei + 1, ti + len, false, caps, best);
                caps.pop();
            }
        }
        if e.opt {
            self.rec(t, rule, ei + 1, ti, first, caps, best);
        }
    }

    /// The longest match of any rule starting at token `i` (earlier rules win ties).
    pub fn at(&self, t: &Tokens, window: u32, i: usize, cands: &RuleSet) -> Option<Match> {
        let mut best: Option<Match> = None;
        let mut caps = Vec::new();
        for ri in cands.iter() {
            let r = &self.rules[ri];
            if r.req_mask & !window != 0 {
                continue;
            }
            // Optional elements before the first required one may take several tokens each
            // ("the end of"), so look a few tokens further than one per element.
            let ok = (0..=(r.req * 3).min(WINDOW)).any(|k| {
                quick(&r.elems[r.req], &self.quick_masks, &self.ids, i + k)
                    && r.req2.is_none_or(|(e2, gap)| {
                        // the element after may start 1 to a few tokens later (multi-token words)
                        (1..=(gap * 3 + 4))
                            .any(|k2| quick(&r.elems[e2], &self.quick_masks, &self.ids, i + k + k2))
                    })
            });
            if !ok {
                continue;
            }
            let mut b = None;
            self.rec(t, &r.elems, 0, i, true, &mut caps, &mut b);
            if let Some((end, c)) = b {
                if end > i && best.as_ref().is_none_or(|m| end > m.end) {
                    best = Some(Match { rule: ri, start: i, end, caps: c });
                }
            }
        }
        best
    }
}
