//! The learned candidate scorer: attributions the rules leave out.
//!
//! After the rules have run, the words they did not use are read for **candidates**, each a
//! speaker phrase and a cue, by seven generators (the feature `gen`):
//!
//! - `A`: a word that may be a cue (a cue verb, or a word learned as part of cues in PolNeAR
//!   train, or another form of one with the same crude stem: "proposes" from "proposed") and
//!   the subject before it, read by the same code the rules use (or, when the rules would not
//!   take it as a speaker, the bare phrase before it: feature `plaus=no`); the build, which
//!   keeps reported speech only, reads no form that is not a word of speech;
//! - `B`: the subject opening a clause (at the sentence's start, after a comma, "and", "that",
//!   "while" ...) and the verb after it, past auxiliaries and adverbs ("have been demanding");
//! - `W`: a relative pronoun and the verb after it ("Romney, who campaigned on ...");
//! - `T`: a phrase, "to" and a verb after a governing verb ("leads many experts to suspect");
//! - `P`: a passive's agent ("has been endorsed by dozens of papers");
//! - `C`: a paragraph opening with capitalised words and a colon ("Kasich: ...", "TAPPER: ...");
//! - `Q`: a quotation the rules left without a speaker and the clause after it (",” the letter
//!   reads.").
//!
//! Each candidate is described by a few dozen cheap features (the word, its learned cue rate,
//! the shape and head of the speaker phrase, the words around it, the most cue-like word in the
//! few after the cue — "stepped up his attacks on" —, what the rules found in the sentence,
//! where the sentence stands), and a logistic model trained on PolNeAR train
//! (`resources/en/quotes/scorer.tsv`, rebuilt byte for byte by `dossier train quote-scorer`)
//! gives its probability of naming a source. Candidates at the model's threshold or above
//! become reported speech (or the speaker of their quotation), best first, one cue and one
//! speaker phrase each, at most two a sentence. Before them, the rules' reported speech is read
//! the same way (generator `R`, see `judge_rules`): an attribution below the model's drop
//! level (`drop` in the model file) is removed, and its words are free for the candidates.
//!
//! A feature is one or two (template, value) pairs, named "w=unveiled" or "np=PER|pre=<s>" in the
//! model file; the model holds a weight per feature in an open-addressing table keyed by a
//! 64-bit hash of the pairs (each template and value written whole to the word hasher of
//! `dossier_document::hash`), which inference computes without building the name.

use super::*;
use dossier_document::hash::Fnv;
use std::hash::Hasher;

/// A logistic model over hashed features.
pub struct Scorer {
    /// Open addressing: feature hash (0 for an empty slot) and weight.
    keys: Vec<u64>,
    weights: Vec<f32>,
    threshold: f32,
    /// The threshold as a sum of weights: ln(p / (1 - p)).
    logit: f32,
    /// The rules' reported speech scoring below this sum of weights is dropped (`drop<TAB>P`
    /// in the model file; none without it).
    drop_logit: Option<f32>,
}

impl Scorer {
    /// Reads a model file: `threshold<TAB>P`, optionally `drop<TAB>P`, then `feature<TAB>weight`
    /// lines; `#` comments.
    pub fn parse(data: &str) -> Scorer {
        let mut named: Vec<(u64, f32)> = Vec::new();
        let mut threshold = 1.0;
        let mut drop: Option<f32> = None;
        for l in data.lines() {
            if l.starts_with('#') || l.trim().is_empty() {
                continue;
            }
            let Some((k, v)) = l.rsplit_once('\t') else { continue };
            let Ok(v) = v.trim().parse::<f32>() else { continue };
            if k == "threshold" {
                threshold = v;
            } else if k == "drop" {
                drop = Some(v);
            } else {
                if let Some(key) = key_of_name(k) {
                    named.push((key, v));
                }
            }
        }
        let size = (named.len() * 2).next_power_of_two().max(2);
        let (mut keys, mut weights) = (vec![0u64; size], vec![0f32; size]);
        for (k, v) in named {
            let mut i = k as usize & (size - 1);
            while keys[i] != 0 && keys[i] != k {
                i = (i + 1) & (size - 1);
            }
            keys[i] = k;
            weights[i] = v;
        }
        let logit = (threshold / (1.0 - threshold)).ln();
        let drop_logit = drop.filter(|d| *d > 0.0 && *d < 1.0).map(|d| (d / (1.0 - d)).ln());
        Scorer { keys, weights, threshold, logit, drop_logit }
    }

    #[inline(always)]
    fn weight(&self, k: u64) -> f32 {
        let mask = self.keys.len() - 1;
        let mut i = k as usize & mask;
        loop {
            match self.keys[i] {
                0 => return 0.0,
                x if x == k => return self.weights[i],
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// Candidates with at least this probability are kept.
    pub fn threshold(&self) -> f32 {
        self.threshold
    }

    /// Whether the model holds any weight (an empty model keeps nothing).
    fn is_empty(&self) -> bool {
        self.keys.iter().all(|&k| k == 0)
    }
}

/// The shipped model.
pub fn default_scorer() -> &'static Scorer {
    static S: OnceLock<Scorer> = OnceLock::new();
    S.get_or_init(|| Scorer::parse(include_str!("../../../resources/en/quotes/scorer.tsv")))
}

/// The feature templates, by number.
const T_STEM: usize = 0;
const T_NEXTW: usize = 1;
const T_PREVW: usize = 2;
const T_CQ: usize = 3;
const T_NP: usize = 4;
const T_BIAS: usize = 5;
const T_GEN: usize = 6;
const T_RATE: usize = 7;
const T_PRE: usize = 8;
const T_W: usize = 9;
const T_LEX: usize = 10;
const T_SUF: usize = 11;
const T_HEAD: usize = 12;
const T_HEADC: usize = 13;
const T_NPLEN: usize = 14;
const T_GAP: usize = 15;
const T_AUX: usize = 16;
const T_NEXT: usize = 17;
const T_INCONTENT: usize = 18;
const T_SENT: usize = 19;
const T_QUOTED: usize = 20;
const T_PLACE: usize = 21;
const T_CW: usize = 22;
const T_SW: usize = 23;
const T_RES: usize = 24;
const T_FIRST: usize = 25;
const T_CUELEN: usize = 26;
const T_PLAUS: usize = 27;
const T_POSS: usize = 28;
const T_OBJ: usize = 29;
const T_OBJW: usize = 30;
const T_COMP: usize = 31;
const T_BEFORE: usize = 32;
const T_NEXTW2: usize = 33;
const TEMPLATES: [&str; 34] = [
    "stem",
    "nextw",
    "prevw",
    "cq",
    "np",
    "bias",
    "gen",
    "rate",
    "pre",
    "w",
    "lex",
    "suf",
    "head",
    "headc",
    "nplen",
    "gap",
    "aux",
    "next",
    "incontent",
    "sent",
    "quoted",
    "place",
    "cw",
    "sw",
    "res",
    "first",
    "cuelen",
    "plaus",
    "poss",
    "obj",
    "objw",
    "comp",
    "before",
    "nextw2",
];

/// A feature value with its hash.
#[derive(Clone, Copy)]
struct V<'a> {
    s: &'a str,
    h: u64,
}

impl<'a> V<'a> {
    fn new(s: &'a str) -> Self {
        let mut h = Fnv::default();
        h.write(s.as_bytes());
        V { s, h: h.finish() }
    }
}

/// The hash of a feature: its templates' numbers and its values' hashes, mixed.
#[inline(always)]
fn key(parts: &[(usize, V)]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h: u64 = 0x243F_6A88_85A3_08D3;
    for (t, v) in parts {
        h = (h ^ (*t as u64 + 1)).wrapping_mul(K).rotate_left(27);
        h = (h ^ v.h).wrapping_mul(K).rotate_left(31);
    }
    (h ^ h >> 29).max(1)
}

/// The hash of a feature from its name ("w=said|np=PER"); `None` for an unknown template.
fn key_of_name(name: &str) -> Option<u64> {
    let mut parts = Vec::with_capacity(2);
    for seg in name.split('|') {
        let (t, v) = seg.split_once('=')?;
        parts.push((TEMPLATES.iter().position(|x| *x == t)?, V::new(v)));
    }
    Some(key(&parts))
}

/// The features of one candidate: the sum of their weights under a model, and their names
/// when training.
struct Feats<'m> {
    model: Option<&'m Scorer>,
    z: f32,
    names: Option<Vec<String>>,
}

impl<'m> Feats<'m> {
    fn new(mode: &Mode<'m, '_>) -> Self {
        match mode {
            Mode::Apply(s) => Feats { model: Some(*s), z: 0.0, names: None },
            Mode::Collect(_) => Feats { model: None, z: 0.0, names: Some(Vec::with_capacity(64)) },
        }
    }

    /// Whether the model keeps the candidate.
    fn kept(&self) -> bool {
        self.model.is_some_and(|m| self.z >= m.logit)
    }

    /// Whether the model drops one of the rules' attributions.
    fn dropped(&self) -> bool {
        self.model.is_some_and(|m| m.drop_logit.is_some_and(|d| self.z < d))
    }

    /// A feature of (template, value) pairs, named "t1=v1|t2=v2".
    #[inline(always)]
    fn add(&mut self, parts: &[(usize, V)]) {
        if let Some(m) = self.model {
            self.z += m.weight(key(parts));
        }
        if let Some(n) = &mut self.names {
            // A value with the separators in it could not be read back: no feature.
            if parts.iter().all(|(_, v)| !v.s.contains(['|', '='])) {
                let v: Vec<String> =
                    parts.iter().map(|(t, v)| format!("{}={}", TEMPLATES[*t], v.s)).collect();
                n.push(v.join("|"));
            }
        }
    }
}

/// One candidate attribution, for training: spans are byte offsets into the document's text.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub source: Span,
    pub cue: Span,
    pub content: Span,
    pub features: Vec<String>,
}

/// What the candidate pass does with what it finds.
pub(crate) enum Mode<'s, 'c> {
    /// Keep the candidates the model scores at its threshold or above.
    Apply(&'s Scorer),
    /// Keep nothing; hand every candidate with its features to training.
    Collect(&'c mut Vec<Candidate>),
}

/// The role a token already plays in the rules' attributions.
const NONE: u8 = 0;
const CONTENT: u8 = 1;
const CUE: u8 = 2;
const SOURCE: u8 = 3;

/// A learned cue rate as a bucket name.
fn rate_bucket(r: Option<f32>) -> &'static str {
    match r {
        None => "none",
        Some(r) if r < 0.15 => "0.1",
        Some(r) if r < 0.2 => "0.15",
        Some(r) if r < 0.3 => "0.2",
        Some(r) if r < 0.45 => "0.3",
        Some(r) if r < 0.6 => "0.45",
        Some(r) if r < 0.8 => "0.6",
        Some(_) => "0.8",
    }
}

fn len_bucket(n: usize) -> &'static str {
    match n {
        0 => "0",
        1 => "1",
        2 => "2",
        3 => "3",
        4..=5 => "4",
        6..=8 => "6",
        9..=14 => "9",
        _ => "15",
    }
}

/// A candidate's content reaches at most this many tokens past its cue.
const MAX_CONTENT: usize = 80;

/// At most this many candidates kept in one sentence.
const MAX_KEPT: usize = 2;

/// A proposed candidate (see [`extend`]).
struct Prop {
    c: usize,
    np: (usize, usize),
    generator: &'static str,
    plaus: bool,
    cue_end: Option<usize>,
}

struct Found {
    /// The candidate's sum of weights (its log-odds).
    p: f32,
    np: (usize, usize),
    cue: (usize, usize),
    attr: Attr,
    content: (usize, usize),
}

/// Adds the candidates the model keeps to `out` (or hands them all to training).
pub(crate) fn extend(ctx: &mut Ctx, out: &mut Vec<Quote>, mut mode: Mode) {
    if let Mode::Apply(s) = &mode {
        if s.is_empty() {
            return;
        }
    }
    judge_rules(ctx, out, &mut mode);
    let lex = lexicon();
    let n = ctx.toks.len();
    let mut role = vec![NONE; n];
    let mark = |role: &mut Vec<u8>, s: Span, r: u8| {
        let (a, b) = (ctx.tok_at(s.start), ctx.tok_at(s.end));
        for x in &mut role[a..b.min(n)] {
            *x = (*x).max(r);
        }
    };
    for q in out.iter() {
        mark(&mut role, Span::new(q.start, q.end), CONTENT);
        if let Some(c) = &q.cue {
            mark(&mut role, Span::new(c.start, c.end), CUE);
        }
        for s in q.speaker_span.iter().chain(q.relayed_by_span.iter()) {
            mark(&mut role, *s, SOURCE);
        }
    }
    attach_speakers(ctx, out, &mut mode, &mut role);
    let mut proposed = vec![false; n];
    let first_para_end = ctx.paras.first().map_or(0, |p| p.end);
    let mut kept: Vec<Found> = Vec::new();
    for si in 0..ctx.sents.len() {
        let sent = ctx.sents[si];
        let lo = ctx.tok_at(sent.start);
        let hi = ctx.tok_at(sent.end).min(n);
        let mut last = hi;
        while last > lo && !ctx.toks[last - 1].word {
            last -= 1;
        }
        if last < lo + 3 {
            continue;
        }
        let sent_roles = role[lo..hi].iter().fold(0u8, |m, &r| m | (1 << r));
        let sent_words = nwords(ctx, lo, last);
        let para = ctx.para_of(sent.start);
        let para_first = ctx.paras[para].start >= sent.start;
        let headline = sent.start < first_para_end && para == 0;
        let mut found: Vec<Found> = Vec::new();
        // Proposals: (cue token, speaker phrase, generator, whether the rules would take the
        // phrase as a speaker, the end of a cue the rules do not read: "to suspect").
        let mut props: Vec<Prop> = Vec::new();
        // A. A word that may be a cue, and the subject before it.
        for (c, seen) in proposed.iter_mut().enumerate().take(last).skip(lo) {
            if !cue_word(ctx, Some(&role), c, false)
                || unspoken_form(ctx, c)
                || ctx.participle_aside(c, c + 1, lo, last)
            {
                continue;
            }
            let (np0, plaus) = match ctx.subject_np(c, lo) {
                Some(np) => (np, true),
                None => match ctx.np_left(c, lo) {
                    Some(np) => (np, false),
                    None => continue,
                },
            };
            if (np0.0..np0.1).any(|k| ctx.np_word(k)) {
                props.push(Prop { c, np: np0, generator: "A", plaus, cue_end: None });
                *seen = true;
            }
        }
        // T. "leads many experts to suspect": the phrase before "to" and the verb after it.
        for k in lo + 2..last.saturating_sub(1) {
            if ctx.toks[k].lower != "to" || ctx.inq[k] || !cue_word(ctx, Some(&role), k + 1, true) {
                continue;
            }
            let Some(np) = ctx.np_left(k, lo).filter(|np| np.0 > lo && np.1 == k) else {
                continue;
            };
            let g = np.0 - 1;
            let governed = ctx.toks[g].word
                && !ctx.inq[g]
                && ctx.flags[g] & NEVER_CUE == 0
                && ctx.text[ctx.toks[g].start..].starts_with(char::is_lowercase);
            if governed && !proposed[k + 1] && (np.0..np.1).any(|x| ctx.np_word(x)) {
                let plaus = ctx.np_plausible(np);
                props.push(Prop { c: k, np, generator: "T", plaus, cue_end: Some(k + 2) });
            }
        }
        // P. A passive's agent: "endorsed by dozens of papers", "was investigated by a panel".
        for k in lo + 1..last.saturating_sub(1) {
            if ctx.toks[k].lower != "by" || ctx.inq[k] {
                continue;
            }
            let mut p = k;
            while p > lo + 1 && k - p < 2 && ctx.adverb(p - 1) {
                p -= 1;
            }
            let p = p - 1;
            if !cue_word(ctx, Some(&role), p, true) || !ctx.participle(p, p + 1) {
                continue;
            }
            let Some(np) = ctx.np_right(k + 1, last).filter(|r| r.1 - r.0 <= 8) else { continue };
            if (np.0..np.1).any(|x| ctx.np_word(x)) {
                let plaus = ctx.np_plausible(np);
                props.push(Prop { c: p, np, generator: "P", plaus, cue_end: Some(k + 1) });
            }
        }
        // C. A headline or transcript line opening with its speaker: "Kasich: ...", "TAPPER:".
        if ctx.paras[para].start >= sent.start {
            let colon = (lo + 1..last.min(lo + 6)).find(|&k| ctx.toks[k].lower == ":");
            let capital = |k: usize| ctx.text[ctx.toks[k].start..].starts_with(char::is_uppercase);
            if let Some(colon) = colon.filter(|&k| {
                (lo..k).all(|x| ctx.toks[x].word && !ctx.inq[x] && role[x] < CUE && capital(x))
                    && role[k] < CUE
                    && nwords(ctx, k, last) >= 2
            }) {
                props.push(Prop {
                    c: colon,
                    np: (lo, colon),
                    generator: "C",
                    plaus: ctx.np_plausible((lo, colon)),
                    cue_end: Some(colon + 1),
                });
            }
        }
        // B. A clause's subject and the verb after it (past auxiliaries and adverbs).
        let mut k = lo;
        while k < last {
            let start = k == lo || ctx.flags[k - 1] & CLAUSE_START != 0;
            // "..., who campaigned on ...": a relative pronoun is its clause's subject.
            let rel = k > lo && ctx.flags[k] & REL_SUBJECT != 0;
            if (start || rel) && !ctx.inq[k] {
                let np = if rel {
                    Some((k, k + 1))
                } else if k == lo {
                    ctx.clause_subject(lo, last).or_else(|| ctx.np_right(k, last))
                } else {
                    ctx.np_right(k, last)
                };
                if let Some(mut np) = np.filter(|r| r.1 - r.0 <= 8) {
                    // The phrase ends at a word that may be a cue ("Graham slams"), else after a
                    // personal pronoun ("when he devoted").
                    if let Some(j) =
                        (np.0 + 1..np.1).find(|&j| cue_word(ctx, Some(&role), j, false))
                    {
                        np.1 = j;
                    } else if lex.personal.contains(ctx.toks[np.0].lower.deref()) {
                        np.1 = np.0 + 1;
                    }
                    let mut v = np.1;
                    while v < last && v - np.1 < 4 && ctx.adverb(v) && !ctx.inq[v] {
                        v += 1;
                    }
                    if v < last && v > np.1 && !cue_word(ctx, Some(&role), v, true) {
                        // "have more trouble": the auxiliary is the verb.
                        v -= 1;
                    }
                    if v < last
                        && (rel || (np.0..np.1).any(|x| ctx.np_word(x)))
                        && !proposed[v]
                        && (cue_word(ctx, Some(&role), v, true) || v < np.1 + 4 && ctx.adverb(v))
                    {
                        let plaus = ctx.np_plausible(np);
                        let generator = if rel { "W" } else { "B" };
                        props.push(Prop { c: v, np, generator, plaus, cue_end: None });
                        proposed[v] = true;
                    }
                }
            }
            k += 1;
        }
        for p in &props {
            proposed[p.c] = false;
        }
        for Prop { c, np: np0, generator, plaus, cue_end } in props {
            // The verb: the cue word, or the one after "to".
            let wc = if generator == "T" { c + 1 } else { c };
            if unspoken_form(ctx, wc) {
                continue;
            }
            let w = ctx.toks[wc].lower.deref();
            let rate = lex.cue_rate.get(w).copied();
            let verb = lex.verbs.get(w).copied();
            let attr = match cue_end {
                Some(e) => {
                    let np = ctx.span_of(np0);
                    Attr {
                        cue: Some(Span::new(ctx.toks[c].start, ctx.toks[e - 1].end)),
                        np: Some(np),
                        speaker: ctx.resolve(np),
                        relayed: None,
                    }
                }
                None => {
                    let mut a = ctx.attr(c, c + 1, Some(np0));
                    // A phrase the rules would not take as a speaker, when no passive hides it.
                    if a.np.is_none() && !plaus && !ctx.passive(np0.1, c, c + 1) {
                        a.np = Some(ctx.span_of(np0));
                    }
                    a
                }
            };
            let (Some(src), Some(cue)) = (attr.np, attr.cue) else { continue };
            let np = (ctx.tok_at(src.start), ctx.tok_at(src.end));
            let cu = (ctx.tok_at(cue.start), ctx.tok_at(cue.end));
            if np.1 <= np.0 || role[np.0..np.1].iter().any(|&r| r >= CUE) {
                continue;
            }
            if cu.1 <= cu.0 || role[cu.0..cu.1].iter().any(|&r| r >= CUE) {
                continue;
            }
            let cu = verb_group(ctx, Some(&role), cu, last);
            let cue = Span::new(ctx.toks[cu.0].start, ctx.toks[cu.1 - 1].end);
            if ctx.speech_only && !crate::is_speech_cue(&ctx.text[cue.start..cue.end]) {
                continue;
            }
            let mut attr = attr;
            attr.cue = Some(cue);
            // The content: after the cue (and a source after it, "endorsed by X"; past "that", a
            // comma or a colon) to the clause's end; for a source after the cue with nothing
            // after it, the words before the cue.
            let mut k = cu.1.max(c + 1);
            if np.0 >= cu.1 {
                k = k.max(np.1);
            }
            while k < last && matches!(ctx.toks[k].lower.deref(), "that" | "," | ":") {
                k += 1;
            }
            let mut e = k;
            while e < last && e - k < MAX_CONTENT && ctx.toks[e].lower != ";" && role[e] < CUE {
                e += 1;
            }
            if np.0 >= cu.1 && nwords(ctx, k, e) < 2 {
                k = lo.max(cu.0.saturating_sub(MAX_CONTENT));
                e = cu.0;
                while e > k && ctx.adverb(e - 1) {
                    e -= 1;
                }
                if (k..e).any(|x| role[x] >= CUE) {
                    continue;
                }
            }
            let content_words = nwords(ctx, k, e);
            if content_words == 0 {
                continue;
            }
            let passive_agent = np.0 > cu.0;
            let mut f = Feats::new(&mode);
            features(
                ctx,
                &mut f,
                &Shape {
                    c: wc,
                    np,
                    cu,
                    lo,
                    last,
                    rate,
                    verb,
                    plaus,
                    in_content: role[c] == CONTENT,
                    sent_roles,
                    sent_words,
                    content_words,
                    para_first,
                    headline,
                    passive_agent,
                    resolved: attr.speaker.is_some(),
                    generator,
                },
            );
            match &mut mode {
                Mode::Collect(v) => v.push(Candidate {
                    source: src,
                    cue,
                    content: Span::new(ctx.toks[k].start, ctx.toks[e - 1].end),
                    features: f.names.take().unwrap_or_default(),
                }),
                Mode::Apply(_) => {
                    if f.kept() {
                        found.push(Found { p: f.z, np, cue: cu, attr, content: (k, e) });
                    }
                }
            }
        }
        if found.is_empty() {
            continue;
        }
        // Best first; one cue and one speaker phrase each.
        found.sort_by(|a, b| b.p.total_cmp(&a.p).then(a.cue.0.cmp(&b.cue.0)));
        let mut chosen: Vec<Found> = Vec::new();
        for f in found {
            let clash = chosen.iter().any(|g| {
                let ov = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
                ov(f.np, g.np) || ov(f.cue, g.cue) || ov(f.np, g.cue) || ov(f.cue, g.np)
            });
            if !clash && chosen.len() < MAX_KEPT {
                chosen.push(f);
            }
        }
        chosen.sort_by_key(|f| f.cue.0);
        // A content ends where the next kept attribution's speaker phrase begins.
        for i in 0..chosen.len() {
            if let Some(next) = chosen.get(i + 1).map(|g| g.np.0.min(g.cue.0)) {
                let f = &mut chosen[i];
                if next > f.content.0 && next < f.content.1 {
                    f.content.1 = next;
                }
            }
        }
        kept.extend(chosen);
    }
    for f in kept {
        let (a, b) = f.content;
        let s = ctx.toks[a].start;
        let end = content_tail(ctx, s, ctx.toks[b - 1].end);
        if end <= s {
            continue;
        }
        let q = finish_indirect(ctx, Span::new(s, end), f.attr);
        out.push(q);
    }
}

/// Up to this many quotes, whether a cue lies in another quote's content is a scan of them.
const SCAN_QUOTES: usize = 48;

/// Quotes over each token, and each quote's tokens (see [`content_cover`]).
type Cover = (Vec<u32>, Vec<(usize, usize)>);

/// For each token, how many quotes' contents cover it, and each quote's content as the range
/// of tokens it covers. Asking every quote of every other, once per quote, was quadratic in
/// the article.
fn content_cover(ctx: &Ctx, out: &[Quote]) -> Cover {
    let n = ctx.toks.len();
    let mut delta = vec![0i64; n + 1];
    let ranges: Vec<(usize, usize)> = out
        .iter()
        .map(|o| {
            let a = ctx.toks.partition_point(|t| t.start < o.start);
            let b = ctx.toks.partition_point(|t| t.end <= o.end);
            if a < b {
                delta[a] += 1;
                delta[b] -= 1;
            }
            (a, b)
        })
        .collect();
    let mut run = 0i64;
    let covered = delta[..n]
        .iter()
        .map(|d| {
            run += d;
            run as u32
        })
        .collect();
    (covered, ranges)
}

/// The rules' reported speech, read as candidates too (generator `R`, the same features): when
/// training, each is an example; when applying a model with a drop level, one it scores below
/// that level is removed (never a quotation, nor an attribution "according to" someone).
fn judge_rules(ctx: &Ctx, out: &mut Vec<Quote>, mode: &mut Mode) {
    if let Mode::Apply(m) = mode {
        if m.drop_logit.is_none() {
            return;
        }
    }
    let lex = lexicon();
    let first_para_end = ctx.paras.first().map_or(0, |p| p.end);
    let mut dropped = vec![false; out.len()];
    let mut cover: Option<Cover> = None;
    for (qi, q) in out.iter().enumerate() {
        if q.kind != "indirect" || q.relayed_by_span.is_some() {
            continue;
        }
        let (Some(src), Some(cue)) = (q.speaker_span, q.cue.as_ref()) else { continue };
        if is_according(ctx.text, Span::new(cue.start, cue.end)) {
            continue;
        }
        let np = (ctx.tok_at(src.start), ctx.tok_at(src.end));
        let cu = (ctx.tok_at(cue.start), ctx.tok_at(cue.end));
        if np.1 <= np.0 || cu.1 <= cu.0 || cu.1 > ctx.toks.len() || np.1 > ctx.toks.len() {
            continue;
        }
        // The cue's verb: its first word that may be a cue, else its first content word.
        let c = (cu.0..cu.1)
            .find(|&k| ctx.flags[k] & MAY_CUE != 0)
            .or_else(|| (cu.0..cu.1).find(|&k| ctx.toks[k].word && ctx.flags[k] & NEVER_CUE == 0))
            .unwrap_or(cu.0);
        let si = ctx.sent_of(src.start.min(cue.start));
        let sent = ctx.sents[si];
        let lo = ctx.tok_at(sent.start).min(np.0).min(cu.0);
        let mut last = ctx.tok_at(sent.end).min(ctx.toks.len()).max(np.1).max(cu.1);
        while last > lo + 1 && !ctx.toks[last - 1].word {
            last -= 1;
        }
        // The cue lies in the content of another quote: a scan of the quotes while they are
        // few, a count of the quotes over each token (built once) when they are many.
        let in_content = if out.len() <= SCAN_QUOTES {
            let tok = &ctx.toks[c];
            out.iter()
                .enumerate()
                .any(|(oi, o)| oi != qi && o.start <= tok.start && tok.end <= o.end)
        } else {
            let (covered, ranges) = cover.get_or_insert_with(|| content_cover(ctx, out));
            let (a, b) = ranges[qi];
            covered[c] > u32::from(a <= c && c < b)
        };
        let (qa, qb) = (ctx.tok_at(q.start), ctx.tok_at(q.end));
        let pi = ctx.para_of(sent.start);
        let w = ctx.toks[c].lower.deref();
        let mut f = Feats::new(mode);
        features(
            ctx,
            &mut f,
            &Shape {
                c,
                np,
                cu,
                lo,
                last,
                rate: lex.cue_rate.get(w).copied(),
                verb: lex.verbs.get(w).copied(),
                plaus: ctx.np_plausible(np),
                in_content,
                sent_roles: 1 << CUE,
                sent_words: nwords(ctx, lo, last),
                content_words: nwords(ctx, qa, qb),
                para_first: ctx.paras[pi].start >= sent.start,
                headline: sent.start < first_para_end && pi == 0,
                passive_agent: np.0 > cu.0,
                resolved: q.speaker.is_some(),
                generator: "R",
            },
        );
        match mode {
            Mode::Collect(v) => v.push(Candidate {
                source: src,
                cue: Span::new(cue.start, cue.end),
                content: Span::new(q.start, q.end),
                features: f.names.take().unwrap_or_default(),
            }),
            Mode::Apply(_) => dropped[qi] = f.dropped(),
        }
    }
    if dropped.iter().any(|&d| d) {
        let mut i = 0;
        out.retain(|_| {
            i += 1;
            !dropped[i - 1]
        });
    }
}

/// A quotation the rules left without a speaker, followed by a clause of a speaker phrase and a
/// verb (",” the letter reads.", ",” she yells while moving ..."): that clause is a candidate
/// attribution of the quotation (features of generator `Q`).
fn attach_speakers(ctx: &Ctx, out: &mut [Quote], mode: &mut Mode, role: &mut [u8]) {
    let lex = lexicon();
    let n = ctx.toks.len();
    for q in out.iter_mut() {
        if q.speaker_span.is_some() || q.kind == "indirect" {
            continue;
        }
        let mut i = ctx.tok_at(q.end);
        let mut marks = 0;
        while i < n && !ctx.toks[i].word && marks < 3 {
            if !matches!(ctx.toks[i].lower.deref(), "," | "”" | "\"" | "»" | "'" | "’" | "?" | "!")
            {
                break;
            }
            marks += 1;
            i += 1;
        }
        if marks == 0 || i >= n || ctx.inq[i] || !ctx.toks[i].word {
            continue;
        }
        let para = ctx.paras[ctx.para_of(ctx.toks[i].start)];
        let mut hi = i;
        while hi < n
            && hi - i < 24
            && ctx.toks[hi].start < para.end
            && !ctx.inq[hi]
            && !matches!(ctx.toks[hi].lower.deref(), "." | "!" | "?" | ";" | "“" | "\"")
        {
            hi += 1;
        }
        let np = if lex.pronouns.contains(ctx.toks[i].lower.deref())
            || matches!(ctx.toks[i].lower.deref(), "he" | "she" | "they" | "we" | "i")
        {
            Some((i, i + 1))
        } else {
            ctx.np_right(i, hi).filter(|&r| ctx.np_plausible(r) && r.1 - r.0 <= 8)
        };
        let Some(mut np) = np else { continue };
        if let Some(j) = (np.0 + 1..np.1).find(|&j| cue_word(ctx, None, j, false)) {
            np.1 = j;
        }
        let mut v = np.1;
        while v < hi && v - np.1 < 4 && ctx.adverb(v) {
            v += 1;
        }
        if v >= hi || !cue_word(ctx, Some(role), v, true) {
            continue;
        }
        if role[np.0..np.1].iter().any(|&r| r >= CUE) {
            continue;
        }
        let attr = ctx.attr(v, v + 1, Some(np));
        let (Some(src), Some(cue)) = (attr.np, attr.cue) else { continue };
        let cu = (ctx.tok_at(cue.start), ctx.tok_at(cue.end));
        if cu.1 <= cu.0 {
            continue;
        }
        let cu = verb_group(ctx, Some(role), cu, hi);
        let cue = Span::new(ctx.toks[cu.0].start, ctx.toks[cu.1 - 1].end);
        let sent = ctx.sents[ctx.sent_of(ctx.toks[i].start)];
        let lo = ctx.tok_at(sent.start).min(i);
        let (qa, qb) = (ctx.tok_at(q.start), ctx.tok_at(q.end));
        let w = ctx.toks[v].lower.deref();
        let mut f = Feats::new(mode);
        let first_para_end = ctx.paras.first().map_or(0, |p| p.end);
        let pi = ctx.para_of(sent.start);
        features(
            ctx,
            &mut f,
            &Shape {
                c: v,
                np: (ctx.tok_at(src.start), ctx.tok_at(src.end)),
                cu,
                lo,
                last: hi,
                rate: lex.cue_rate.get(w).copied(),
                verb: lex.verbs.get(w).copied(),
                plaus: true,
                in_content: false,
                sent_roles: 1 << CONTENT,
                sent_words: nwords(ctx, lo, hi),
                content_words: nwords(ctx, qa, qb),
                para_first: ctx.paras[pi].start >= sent.start,
                headline: sent.start < first_para_end && pi == 0,
                passive_agent: false,
                resolved: attr.speaker.is_some(),
                generator: "Q",
            },
        );
        match mode {
            Mode::Collect(vv) => vv.push(Candidate {
                source: src,
                cue,
                content: Span::new(q.start, q.end),
                features: f.names.take().unwrap_or_default(),
            }),
            Mode::Apply(_) => {
                if f.kept() {
                    let (a, b) = (ctx.tok_at(src.start), ctx.tok_at(src.end));
                    role[a..b.min(n)].fill(SOURCE);
                    let (a, b) = (ctx.tok_at(cue.start), ctx.tok_at(cue.end));
                    role[a..b.min(n)].fill(CUE);
                    q.speaker_span = Some(src);
                    q.speaker = attr.speaker.clone();
                    q.cue = Some(Cue {
                        start: cue.start,
                        end: cue.end,
                        text: ctx.text[cue.start..cue.end].into(),
                    });
                }
            }
        }
    }
}

/// A candidate's cue as PolNeAR marks it: after an auxiliary, the auxiliaries, forms of "be"
/// and adverbs that follow and the verb they lead to ("have been demanding", "would also
/// shed"), and a particle ("pointed out", "rolled out").
fn verb_group(ctx: &Ctx, role: Option<&[u8]>, cu: (usize, usize), hi: usize) -> (usize, usize) {
    let lex = lexicon();
    let (a, mut b) = cu;
    let ok =
        |k: usize| k < hi && ctx.toks[k].word && !ctx.inq[k] && role.is_none_or(|r| r[k] < CUE);
    let be = |k: usize| lex.be.contains(ctx.toks[k].lower.deref());
    if ctx.adverb(b - 1) || be(b - 1) {
        let mut k = b;
        while ok(k) && k - b < 3 && (ctx.adverb(k) || be(k)) {
            k += 1;
        }
        if ok(k)
            && ctx.flags[k] & NEVER_CUE == 0
            && ctx.text[ctx.toks[k].start..].starts_with(char::is_lowercase)
        {
            b = k + 1;
        }
    }
    if ok(b) && matches!(ctx.toks[b].lower.deref(), "out" | "up") {
        b += 1;
    }
    (a, b)
}

struct Shape {
    c: usize,
    /// Whether the rules would take the speaker phrase as one.
    plaus: bool,
    np: (usize, usize),
    cu: (usize, usize),
    lo: usize,
    last: usize,
    rate: Option<f32>,
    verb: Option<bool>,
    in_content: bool,
    sent_roles: u8,
    sent_words: usize,
    content_words: usize,
    para_first: bool,
    headline: bool,
    passive_agent: bool,
    resolved: bool,
    generator: &'static str,
}

/// Whether token `c` may be a cue: a cue verb or a learned cue word (with `any_verb`, any
/// lower-case word that is no function word), outside quotation marks and the rules' cues.
#[inline]
fn cue_word(ctx: &Ctx, role: Option<&[u8]>, c: usize, any_verb: bool) -> bool {
    let t = &ctx.toks[c];
    if !t.word || ctx.inq[c] || role.is_some_and(|r| r[c] >= CUE) {
        return false;
    }
    let flags = ctx.flags[c];
    (if any_verb { flags & NEVER_CUE == 0 } else { flags & (MAY_CUE | CUE_FORM) != 0 })
        && ctx.text[t.start..].starts_with(|ch: char| ch.is_lowercase())
        && !ctx.adverb(c)
}

/// Whether token `c` is another form of a cue word that is no word of speech, when only
/// reported speech is kept (the build): no cue there, so no candidate is read for it (its cue,
/// the word with the adverbs before it, would never be one of speech).
#[inline]
fn unspoken_form(ctx: &Ctx, c: usize) -> bool {
    ctx.speech_only && ctx.flags[c] & (CUE_FORM | SPEECH_FORM) == CUE_FORM
}

const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it", "you", "who", "which", "that"];

fn features(ctx: &Ctx, f: &mut Feats, s: &Shape) {
    let lex = lexicon();
    let toks = &ctx.toks;
    let w = toks[s.c].lower.deref();
    let (a, b) = s.np;
    let cap = |i: usize| ctx.text[toks[i].start..].starts_with(char::is_uppercase);
    // The cue word.
    let rate = rate_bucket(s.rate);
    let lexc = match s.verb {
        Some(_) if lex.stance.contains(w) => "stance",
        Some(true) => "bare",
        Some(false) => "speech",
        None if lex.learned.contains(w) => "learned",
        None => "weak",
    };
    let suf = if w.ends_with("ed") {
        "ed"
    } else if w.ends_with("ing") {
        "ing"
    } else if w.ends_with('s') {
        "s"
    } else {
        "x"
    };
    // The speaker phrase.
    let first = toks[a].lower.deref();
    let head = toks[b - 1].lower.deref();
    let ents = &ctx.doc.entities;
    let (ps, pe) = (toks[a].start, toks[b - 1].end);
    let i0 = ents.partition_point(|e| e.end <= ps);
    let label = ents[i0..]
        .iter()
        .take_while(|e| e.start < pe)
        .find(|e| e.start >= ps && e.end <= pe)
        .map(|e| e.label.as_str());
    let shape = if b == a + 1 && PRONOUNS.contains(&first) {
        first
    } else if let Some(l) = label {
        l
    } else if DETERMINERS.contains(&first) {
        if cap(b - 1) {
            "detcap"
        } else {
            "det"
        }
    } else if cap(a) {
        "cap"
    } else {
        "low"
    };
    let headc = if lex.person_nouns.contains(head) {
        "person"
    } else if lex.group_nouns.contains(head) {
        "group"
    } else if lex.quantifiers.contains(head) {
        "quant"
    } else if lex.findings.contains(head) {
        "finding"
    } else if head.ends_with('s') {
        "plural"
    } else {
        "other"
    };
    let nplen = len_bucket(b - a);
    // What stands before the phrase.
    let pre = if a <= s.lo
        || (a - s.lo <= 16
            && (s.lo..a).all(|k| !toks[k].word || lex.openers.contains(toks[k].lower.deref())))
    {
        "<s>"
    } else {
        let p = toks[a - 1].lower.deref();
        if !toks[a - 1].word
            || matches!(
                p,
                "and" | "but" | "that" | "as" | "when" | "while" | "after" | "because" | "if"
            )
        {
            p
        } else if ctx.inq[a - 1] {
            "<q>"
        } else if cap(a - 1) {
            "Cap"
        } else {
            "word"
        }
    };
    // Between the phrase and the cue; after the cue.
    let gap = if s.passive_agent { "agent" } else { len_bucket(s.c.saturating_sub(b)) };
    let aux = if s.c > 0 && s.c > b {
        let p = toks[s.c - 1].lower.deref();
        if lex.adverbs.contains(p) || matches!(p, "to" | "not" | "has" | "have" | "had" | "will") {
            p
        } else {
            "other"
        }
    } else {
        "none"
    };
    let next = match toks.get(s.cu.1).filter(|_| s.cu.1 < s.last) {
        None => "<end>",
        Some(t) if !t.word => t.lower.deref(),
        Some(t)
            if matches!(
                t.lower.deref(),
                "that"
                    | "to"
                    | "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "it"
                    | "him"
                    | "for"
                    | "on"
                    | "about"
                    | "in"
                    | "with"
                    | "of"
                    | "by"
                    | "he"
                    | "she"
                    | "they"
            ) =>
        {
            t.lower.deref()
        }
        Some(_) if ctx.inq[s.cu.1] => "<q>",
        Some(t) if ctx.text[t.start..].starts_with(char::is_uppercase) => "Cap",
        Some(_) => "word",
    };
    let in_content = if s.in_content { "in" } else { "out" };
    let sent = match (s.sent_roles & (1 << CUE) != 0, s.sent_roles & (1 << CONTENT) != 0) {
        (true, _) => "cue",
        (false, true) => "content",
        _ => "none",
    };
    // Words inside quotation marks between two tokens, from the running counts.
    let quoted_words = |a: usize, b: usize| {
        let b = b.max(a);
        (ctx.words_before[b] - ctx.words_before[a]) != (ctx.free_words[b] - ctx.free_words[a])
    };
    let quoted = if quoted_words(s.lo, s.last) { "q" } else { "noq" };
    let place = if s.headline {
        "headline"
    } else if s.para_first {
        "para_first"
    } else {
        "later"
    };
    let cw = len_bucket(s.content_words);
    let sw = len_bucket(s.sent_words);
    let res = if s.resolved { "res" } else { "unres" };

    // A crude stem shares weight between a verb's forms (T_DENOUNCE, "denounced", "denouncing").
    let stem = crude_stem(w);
    let nextw = match toks.get(s.cu.1).filter(|_| s.cu.1 < s.last) {
        Some(t) if t.word && !ctx.inq[s.cu.1] => t.lower.deref(),
        _ => "<none>",
    };
    let prevw = if a > s.lo && toks[a - 1].word { toks[a - 1].lower.deref() } else { "<none>" };
    let cq = if quoted_words(s.cu.1, s.last) { "q" } else { "noq" };
    // A possessive speaker phrase ("Trump's decision", "their support for").
    let poss = if head.ends_with("'s")
        || head.ends_with("’s")
        || matches!(head, "his" | "her" | "its" | "their" | "our" | "my" | "your")
    {
        "poss"
    } else {
        "no"
    };
    let generator = s.generator;
    let [w, rate, lexc, suf, first, head, shape, headc, nplen, pre, gap, aux, next, in_content, sent, quoted, place, cw, sw, res, stem, nextw, prevw, cq, generator] =
        [
            w, rate, lexc, suf, first, head, shape, headc, nplen, pre, gap, aux, next, in_content,
            sent, quoted, place, cw, sw, res, stem, nextw, prevw, cq, generator,
        ]
        .map(V::new);
    let plaus = V::new(if s.plaus { "yes" } else { "no" });
    f.add(&[(T_PLAUS, plaus)]);
    f.add(&[(T_PLAUS, plaus), (T_GEN, generator)]);
    f.add(&[(T_PLAUS, plaus), (T_NP, shape)]);
    f.add(&[(T_STEM, stem)]);
    f.add(&[(T_NEXTW, nextw)]);
    f.add(&[(T_PREVW, prevw)]);
    f.add(&[(T_CQ, cq)]);
    f.add(&[(T_STEM, stem), (T_NP, shape)]);
    f.add(&[(T_BIAS, V::new("1"))]);
    f.add(&[(T_GEN, generator)]);
    f.add(&[(T_GEN, generator), (T_RATE, rate)]);
    f.add(&[(T_GEN, generator), (T_NP, shape)]);
    f.add(&[(T_GEN, generator), (T_PRE, pre)]);
    f.add(&[(T_W, w)]);
    f.add(&[(T_RATE, rate)]);
    f.add(&[(T_LEX, lexc)]);
    f.add(&[(T_SUF, suf)]);
    f.add(&[(T_NP, shape)]);
    f.add(&[(T_HEAD, head)]);
    f.add(&[(T_HEADC, headc)]);
    f.add(&[(T_NPLEN, nplen)]);
    f.add(&[(T_PRE, pre)]);
    f.add(&[(T_GAP, gap)]);
    f.add(&[(T_AUX, aux)]);
    f.add(&[(T_NEXT, next)]);
    f.add(&[(T_INCONTENT, in_content)]);
    f.add(&[(T_SENT, sent)]);
    f.add(&[(T_QUOTED, quoted)]);
    f.add(&[(T_PLACE, place)]);
    f.add(&[(T_CW, cw)]);
    f.add(&[(T_SW, sw)]);
    f.add(&[(T_RES, res)]);
    f.add(&[(T_FIRST, first)]);
    f.add(&[(T_CUELEN, V::new(len_bucket(s.cu.1 - s.cu.0)))]);
    // Pairs.
    f.add(&[(T_W, w), (T_NP, shape)]);
    f.add(&[(T_W, w), (T_NEXT, next)]);
    f.add(&[(T_RATE, rate), (T_NP, shape)]);
    f.add(&[(T_RATE, rate), (T_PRE, pre)]);
    f.add(&[(T_RATE, rate), (T_NEXT, next)]);
    f.add(&[(T_RATE, rate), (T_LEX, lexc)]);
    f.add(&[(T_RATE, rate), (T_INCONTENT, in_content)]);
    f.add(&[(T_RATE, rate), (T_SENT, sent)]);
    f.add(&[(T_NP, shape), (T_PRE, pre)]);
    f.add(&[(T_NP, shape), (T_HEADC, headc)]);
    f.add(&[(T_NP, shape), (T_NPLEN, nplen)]);
    f.add(&[(T_NP, shape), (T_INCONTENT, in_content)]);
    f.add(&[(T_PRE, pre), (T_INCONTENT, in_content)]);
    f.add(&[(T_LEX, lexc), (T_NEXT, next)]);
    f.add(&[(T_LEX, lexc), (T_NP, shape)]);
    f.add(&[(T_SUF, suf), (T_AUX, aux)]);
    f.add(&[(T_SUF, suf), (T_NEXT, next)]);
    f.add(&[(T_GAP, gap), (T_NP, shape)]);
    f.add(&[(T_PLACE, place), (T_NP, shape)]);
    f.add(&[(T_RES, res), (T_NP, shape)]);
    f.add(&[(T_HEADC, headc), (T_RATE, rate)]);
    let poss = V::new(poss);
    f.add(&[(T_POSS, poss)]);
    f.add(&[(T_POSS, poss), (T_LEX, lexc)]);
    f.add(&[(T_POSS, poss), (T_GEN, generator)]);
    f.add(&[(T_POSS, poss), (T_W, w)]);
    f.add(&[(T_GEN, generator), (T_LEX, lexc)]);
    f.add(&[(T_GEN, generator), (T_NEXT, next)]);
    f.add(&[(T_STEM, stem), (T_GEN, generator)]);
    // The words right after the cue: a noun or adjective of speech or stance there ("stepped
    // up his attacks on", "has been critical of") makes a generic verb a cue.
    let mut obj: Option<(f32, usize)> = None;
    let end = s.last.min(s.cu.1 + OBJ_WINDOW).min(toks.len());
    let window = s.cu.1.min(end)..end;
    for (t, k) in toks[window.clone()].iter().zip(window.clone()) {
        // Only a word that may be a cue has a learned rate (`MAY_CUE` is 0 inside quotes).
        if ctx.flags[k] & MAY_CUE == 0 {
            continue;
        }
        if let Some(&r) = lex.cue_rate.get(t.lower.deref()) {
            if obj.is_none_or(|(best, _)| r > best) {
                obj = Some((r, k));
            }
        }
    }
    // What introduces the words after the cue, a few words on ("told reporters on Friday that").
    let comp = toks[window.clone()]
        .iter()
        .zip(window.clone())
        .find_map(|(t, k)| match t.lower.deref() {
            "that" | ":" | "whether" | "if" | "why" | "how" => Some(t.lower.deref()),
            _ if ctx.inq[k] => Some("<q>"),
            _ => None,
        })
        .unwrap_or("none");
    let comp = V::new(comp);
    f.add(&[(T_COMP, comp)]);
    f.add(&[(T_COMP, comp), (T_GEN, generator)]);
    f.add(&[(T_COMP, comp), (T_LEX, lexc)]);
    // The most cue-like word in the few before the speaker phrase ("In an interview, [X]").
    let start = a.saturating_sub(OBJ_WINDOW).max(s.lo).min(a);
    let before = toks[start..a]
        .iter()
        .zip(start..a)
        .filter(|(_, k)| ctx.flags[*k] & MAY_CUE != 0)
        .filter_map(|(t, _)| lex.cue_rate.get(t.lower.deref()).copied())
        .fold(None, |m: Option<f32>, r| Some(m.map_or(r, |m| m.max(r))));
    let before = V::new(rate_bucket(before));
    f.add(&[(T_BEFORE, before)]);
    f.add(&[(T_BEFORE, before), (T_GEN, generator)]);
    // The word after the next ("told [reporters]", "said in [a] statement").
    let nextw2 = match toks.get(s.cu.1 + 1).filter(|_| s.cu.1 + 1 < s.last) {
        Some(t) if t.word && !ctx.inq[s.cu.1 + 1] => t.lower.deref(),
        _ => "<none>",
    };
    let nextw2 = V::new(nextw2);
    f.add(&[(T_NEXTW2, nextw2)]);
    f.add(&[(T_NEXTW2, nextw2), (T_NEXTW, nextw)]);
    let objr = V::new(rate_bucket(obj.map(|o| o.0)));
    f.add(&[(T_OBJ, objr)]);
    f.add(&[(T_OBJ, objr), (T_GEN, generator)]);
    f.add(&[(T_OBJ, objr), (T_LEX, lexc)]);
    if let Some((_, k)) = obj {
        f.add(&[(T_OBJW, V::new(toks[k].lower.deref()))]);
    }
}

/// How many tokens after a candidate's cue (and before its speaker phrase) [`features`] reads.
const OBJ_WINDOW: usize = 5;
