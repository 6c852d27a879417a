//! The learned candidate scorer: attributions the rules leave out.
//!
//! After the rules have run, every word outside quotation marks that may be a cue (a cue verb,
//! or a word learned as part of cues in PolNeAR train) and that the rules did not already use
//! is a **candidate** when a speaker phrase stands before it (its subject, read by the same
//! code the rules use). Each candidate is described by a few dozen cheap features (the word, its
//! learned cue rate, the shape and head of the speaker phrase, the words around it, what the
//! rules found in the sentence, where the sentence stands), and a logistic model trained on
//! PolNeAR train (`resources/en/quotes/scorer.tsv`, rebuilt byte for byte by
//! `dossier train quote-scorer`) gives its probability of naming a source. Candidates above the
//! model's threshold become reported speech, best first, one cue and one speaker phrase each.
//!
//! A feature is a string ("w=unveiled", "np=PER|pre=<s>"); the model holds a weight per string,
//! looked up through a 64-bit FNV-1a hash of its bytes, which inference computes from the
//! string's parts without building it.

use super::*;

/// A logistic model over hashed features.
pub struct Scorer {
    weights: FastMap<u64, f32>,
    threshold: f32,
}

impl Scorer {
    /// Reads a model file: `threshold<TAB>P`, then `feature<TAB>weight` lines; `#` comments.
    pub fn parse(data: &str) -> Scorer {
        let mut weights = FastMap::default();
        let mut threshold = 1.0;
        for l in data.lines() {
            if l.starts_with('#') || l.trim().is_empty() {
                continue;
            }
            let Some((k, v)) = l.rsplit_once('\t') else { continue };
            let Ok(v) = v.trim().parse::<f32>() else { continue };
            if k == "threshold" {
                threshold = v;
            } else {
                weights.insert(fnv(&[k]), v);
            }
        }
        Scorer { weights, threshold }
    }

    /// Candidates with at least this probability are kept.
    pub fn threshold(&self) -> f32 {
        self.threshold
    }

    fn probability(&self, keys: &[u64]) -> f32 {
        let z: f32 = keys.iter().filter_map(|k| self.weights.get(k)).sum();
        1.0 / (1.0 + (-z).exp())
    }

    /// Whether the model holds any weight (an empty model keeps nothing).
    fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }
}

/// The shipped model.
pub fn default_scorer() -> &'static Scorer {
    static S: OnceLock<Scorer> = OnceLock::new();
    S.get_or_init(|| Scorer::parse(include_str!("../../../resources/en/quotes/scorer.tsv")))
}

/// 64-bit FNV-1a over the bytes of the parts, as if they were one string.
fn fnv(parts: &[&str]) -> u64 {
    parts.iter().fold(0xcbf2_9ce4_8422_2325, |h, p| fnv_more(h, p))
}

/// The features of one candidate: their hashes, and their names when training.
struct Feats {
    keys: Vec<u64>,
    names: Option<Vec<String>>,
}

impl Feats {
    fn add(&mut self, parts: &[&str]) {
        self.keys.push(fnv(parts));
        if let Some(n) = &mut self.names {
            n.push(parts.concat());
        }
    }
}

fn fnv_more(mut h: u64, p: &str) -> u64 {
    for b in p.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
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

/// At most this many candidates kept in one sentence.
const MAX_KEPT: usize = 2;

struct Found {
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
    let lex = lexicon();
    let n = ctx.toks.len();
    let collect = matches!(mode, Mode::Collect(_));
    attach_speakers(ctx, out, &mut mode);
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
        // Proposals: (cue token, speaker phrase, generator).
        let mut props: Vec<(usize, (usize, usize), &'static str)> = Vec::new();
        // A. A word that may be a cue, and the subject before it.
        for c in lo..last {
            if !cue_word(ctx, Some(&role), c, false) {
                continue;
            }
            let Some(np0) = ctx.subject_np(c, lo) else { continue };
            if (np0.0..np0.1).any(|k| ctx.np_word(k)) {
                props.push((c, np0, "A"));
            }
        }
        // B. A clause's subject and the verb after it (past auxiliaries and adverbs).
        let mut k = lo;
        while k < last {
            let start = k == lo
                || (!ctx.inq[k - 1]
                    && matches!(
                        ctx.toks[k - 1].lower.deref(),
                        "," | ";" | "and" | "but" | "that" | "while" | "because" | "as" | "when"
                            | "although" | "though" | "after" | "since" | "if" | "—" | "–"
                    ));
            if start && !ctx.inq[k] {
                let np = if k == lo {
                    ctx.clause_subject(lo, last)
                } else {
                    ctx.np_right(k, last).filter(|&r| ctx.np_plausible(r))
                };
                if let Some(mut np) = np.filter(|r| r.1 - r.0 <= 8) {
                    // The phrase ends at a word that may be a cue ("Graham slams").
                    if let Some(j) = (np.0 + 1..np.1).find(|&j| cue_word(ctx, Some(&role), j, false)) {
                        np.1 = j;
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
                        && (np.0..np.1).any(|x| ctx.np_word(x))
                        && !props.iter().any(|p| p.0 == v)
                        && (cue_word(ctx, Some(&role), v, true) || v < np.1 + 4 && ctx.adverb(v))
                    {
                        props.push((v, np, "B"));
                    }
                }
            }
            k += 1;
        }
        for (c, np0, generator) in props {
            let w = ctx.toks[c].lower.deref();
            let rate = lex.cue_rate.get(w).copied();
            let verb = lex.verbs.get(w).copied();
            let attr = ctx.attr(c, c + 1, Some(np0));
            let (Some(src), Some(cue)) = (attr.np, attr.cue) else { continue };
            let np = (ctx.tok_at(src.start), ctx.tok_at(src.end));
            let cu = (ctx.tok_at(cue.start), ctx.tok_at(cue.end));
            if np.1 <= np.0 || role[np.0..np.1].iter().any(|&r| r >= CUE) {
                continue;
            }
            if role[cu.0..cu.1].iter().any(|&r| r >= CUE) {
                continue;
            }
            // The content: after the cue (past "that", a comma or a colon) to the clause's end.
            let mut k = cu.1.max(c + 1);
            while k < last && matches!(ctx.toks[k].lower.deref(), "that" | "," | ":") {
                k += 1;
            }
            let mut e = k;
            while e < last && ctx.toks[e].lower != ";" && role[e] < CUE {
                e += 1;
            }
            let content_words = nwords(ctx, k, e);
            if content_words == 0 {
                continue;
            }
            let passive_agent = np.0 > cu.0;
            let mut f = Feats {
                    keys: Vec::with_capacity(48),
                names: collect.then(|| Vec::with_capacity(48)),
            };
            features(
                ctx,
                &mut f,
                &Shape {
                    c,
                    np,
                    cu,
                    lo,
                    last,
                    rate,
                    verb,
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
                Mode::Apply(s) => {
                    let p = s.probability(&f.keys);
                    if p >= s.threshold() {
                        found.push(Found { p, np, cue: cu, attr, content: (k, e) });
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

/// A quotation the rules left without a speaker, followed by a clause of a speaker phrase and a
/// verb (",” the letter reads.", ",” she yells while moving ..."): that clause is a candidate
/// attribution of the quotation (features of generator `Q`).
fn attach_speakers(ctx: &Ctx, out: &mut [Quote], mode: &mut Mode) {
    let lex = lexicon();
    let n = ctx.toks.len();
    let taken = |out: &[Quote], k: usize| {
        let (a, b) = (ctx.toks[k].start, ctx.toks[k].end);
        out.iter().any(|q| {
            q.cue.as_ref().is_some_and(|c| c.start < b && a < c.end)
                || q.speaker_span.is_some_and(|s| s.start < b && a < s.end)
        })
    };
    for qi in 0..out.len() {
        let q = &out[qi];
        if q.speaker_span.is_some() || q.kind == "indirect" {
            continue;
        }
        let mut i = ctx.tok_at(q.end);
        let mut marks = 0;
        while i < n && !ctx.toks[i].word && marks < 3 {
            if !matches!(ctx.toks[i].lower.deref(), "," | "”" | "\"" | "»" | "'" | "’" | "?" | "!") {
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
        if v >= hi || !cue_word(ctx, None, v, true) || taken(out, v) {
            continue;
        }
        if (np.0..np.1).any(|k| taken(out, k)) {
            continue;
        }
        let attr = ctx.attr(v, v + 1, Some(np));
        let (Some(src), Some(cue)) = (attr.np, attr.cue) else { continue };
        let sent = ctx.sents[ctx.sent_of(ctx.toks[i].start)];
        let lo = ctx.tok_at(sent.start).min(i);
        let (qa, qb) = (ctx.tok_at(q.start), ctx.tok_at(q.end));
        let w = ctx.toks[v].lower.deref();
        let mut f = Feats {
            keys: Vec::with_capacity(48),
            names: matches!(mode, Mode::Collect(_)).then(|| Vec::with_capacity(48)),
        };
        let first_para_end = ctx.paras.first().map_or(0, |p| p.end);
        let pi = ctx.para_of(sent.start);
        features(
            ctx,
            &mut f,
            &Shape {
                c: v,
                np: (ctx.tok_at(src.start), ctx.tok_at(src.end)),
                cu: (ctx.tok_at(cue.start), ctx.tok_at(cue.end)),
                lo,
                last: hi,
                rate: lex.cue_rate.get(w).copied(),
                verb: lex.verbs.get(w).copied(),
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
            Mode::Apply(s) => {
                if s.probability(&f.keys) >= s.threshold() {
                    let q = &mut out[qi];
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

struct Shape {
    c: usize,
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
fn cue_word(ctx: &Ctx, role: Option<&[u8]>, c: usize, any_verb: bool) -> bool {
    let lex = lexicon();
    let t = &ctx.toks[c];
    if !t.word || ctx.inq[c] || role.is_some_and(|r| r[c] >= CUE) {
        return false;
    }
    let w = t.lower.deref();
    (any_verb || lex.cue_rate.contains_key(w) || lex.verbs.contains_key(w))
        && ctx.text[t.start..].starts_with(|ch: char| ch.is_lowercase())
        && !lex.be.contains(w)
        && !lex.stop.contains(w)
        && !lex.not_cues.contains(w)
        && !lex.preps.contains(w)
        && !lex.pronouns.contains(w)
        && !DETERMINERS.contains(&w)
        && !lex.quantifiers.contains(w)
        && !ctx.adverb(c)
        && !matches!(w, "of" | "and" | "or" | "to" | "in" | "on" | "at" | "for" | "with" | "by")
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
        || (s.lo..a).all(|k| !toks[k].word || lex.openers.contains(toks[k].lower.deref()))
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
        if lex.adverbs.contains(p) || matches!(p, "to" | "not" | "has" | "have" | "had" | "will")
        {
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
                "that" | "to" | "the" | "a" | "an" | "his" | "her" | "their" | "it" | "him" | "for"
                    | "on" | "about" | "in" | "with" | "of" | "by" | "he" | "she" | "they"
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
    let quoted = if (s.lo..s.last).any(|k| ctx.inq[k]) { "q" } else { "noq" };
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

    // A crude stem shares weight between a verb's forms ("denounce", "denounced", "denouncing").
    let stem = ["ing", "ed", "es", "s", "e"]
        .iter()
        .find_map(|x| w.strip_suffix(x).filter(|r| r.len() >= 3))
        .unwrap_or(w);
    let nextw = match toks.get(s.cu.1).filter(|_| s.cu.1 < s.last) {
        Some(t) if t.word && !ctx.inq[s.cu.1] => t.lower.deref(),
        _ => "<none>",
    };
    let prevw = if a > s.lo && toks[a - 1].word { toks[a - 1].lower.deref() } else { "<none>" };
    let cq = if (s.cu.1..s.last).any(|k| ctx.inq[k]) { "q" } else { "noq" };
    f.add(&["stem=", stem]);
    f.add(&["nextw=", nextw]);
    f.add(&["prevw=", prevw]);
    f.add(&["cq=", cq]);
    f.add(&["stem=", stem, "|np=", shape]);
    f.add(&["bias"]);
    f.add(&["gen=", s.generator]);
    f.add(&["gen=", s.generator, "|rate=", rate]);
    f.add(&["gen=", s.generator, "|np=", shape]);
    f.add(&["gen=", s.generator, "|pre=", pre]);
    f.add(&["w=", w]);
    f.add(&["rate=", rate]);
    f.add(&["lex=", lexc]);
    f.add(&["suf=", suf]);
    f.add(&["np=", shape]);
    f.add(&["head=", head]);
    f.add(&["headc=", headc]);
    f.add(&["nplen=", nplen]);
    f.add(&["pre=", pre]);
    f.add(&["gap=", gap]);
    f.add(&["aux=", aux]);
    f.add(&["next=", next]);
    f.add(&["incontent=", in_content]);
    f.add(&["sent=", sent]);
    f.add(&["quoted=", quoted]);
    f.add(&["place=", place]);
    f.add(&["cw=", cw]);
    f.add(&["sw=", sw]);
    f.add(&["res=", res]);
    f.add(&["first=", first]);
    f.add(&["cuelen=", len_bucket(s.cu.1 - s.cu.0)]);
    // Pairs.
    f.add(&["w=", w, "|np=", shape]);
    f.add(&["w=", w, "|next=", next]);
    f.add(&["rate=", rate, "|np=", shape]);
    f.add(&["rate=", rate, "|pre=", pre]);
    f.add(&["rate=", rate, "|next=", next]);
    f.add(&["rate=", rate, "|lex=", lexc]);
    f.add(&["rate=", rate, "|incontent=", in_content]);
    f.add(&["rate=", rate, "|sent=", sent]);
    f.add(&["np=", shape, "|pre=", pre]);
    f.add(&["np=", shape, "|headc=", headc]);
    f.add(&["np=", shape, "|nplen=", nplen]);
    f.add(&["np=", shape, "|incontent=", in_content]);
    f.add(&["pre=", pre, "|incontent=", in_content]);
    f.add(&["lex=", lexc, "|next=", next]);
    f.add(&["lex=", lexc, "|np=", shape]);
    f.add(&["suf=", suf, "|aux=", aux]);
    f.add(&["suf=", suf, "|next=", next]);
    f.add(&["gap=", gap, "|np=", shape]);
    f.add(&["place=", place, "|np=", shape]);
    f.add(&["res=", res, "|np=", shape]);
    f.add(&["headc=", headc, "|rate=", rate]);
}
