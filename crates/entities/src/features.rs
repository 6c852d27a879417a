//! Feature extraction for the tagger.
//!
//! Features are never materialised as strings: every token's word, lower-cased form, shape and
//! affixes are hashed once, and each feature template combines those hashes with a template id
//! into one 64-bit key. That keeps extraction allocation-light, which is what lets the tagger run
//! at hundreds of thousands of tokens per second. The key is then folded into the weight table
//! by [`crate::model`].

use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};

/// Hasher for keys that are already well-mixed 64-bit hashes: passes them through. The default
/// SipHash would hash every gazetteer probe a second time, for nothing.
#[derive(Default, Clone, Copy)]
pub struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8 | b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A map keyed by feature hashes.
pub type HashKeyed<V> = HashMap<u64, V, BuildHasherDefault<PassThrough>>;

/// Builds [`Seeded`] hashers with one random seed per process.
#[derive(Clone, Copy)]
pub struct SeededState(u64);

impl Default for SeededState {
    fn default() -> Self {
        static SEED: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
        SeededState(
            *SEED.get_or_init(|| {
                std::collections::hash_map::RandomState::new().hash_one(0x5eed_u64)
            }),
        )
    }
}

impl BuildHasher for SeededState {
    type Hasher = Seeded;
    fn build_hasher(&self) -> Seeded {
        Seeded { seed: self.0, h: 0 }
    }
}

/// Hasher for maps keyed by the hashes of a document's own words: the key is mixed with a
/// random seed, so that no text can choose words whose hashes pile up in one part of the table
/// (with [`PassThrough`], words sharing the low bits of their hash would make building the map
/// quadratic). Lookups only: nothing iterates these maps, so the seed changes no result.
pub struct Seeded {
    seed: u64,
    h: u64,
}

impl Hasher for Seeded {
    fn finish(&self) -> u64 {
        self.h
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.h = fmix((self.h << 8 | b as u64) ^ self.seed);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.h = fmix(n ^ self.seed);
    }
}

/// A map keyed by hashes of a document's words (see [`Seeded`]).
pub type DocKeyed<V> = HashMap<u64, V, SeededState>;

/// Hash of a byte string (FNV-1a followed by a finaliser). Stable across platforms and runs,
/// because the model file stores weights under these keys.
#[inline]
pub fn hash_bytes(b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    fmix(h)
}

#[inline]
const fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

/// Combines two hashes (order matters).
#[inline]
pub const fn mix(a: u64, b: u64) -> u64 {
    fmix(a.rotate_left(27) ^ b.wrapping_mul(0x9E37_79B9_7F4A_7C15))
}

/// Maps typographic variants to the plain ASCII forms the newswire training data uses, so that
/// "Putin’s", “quoted” and en/em dashes look like what the model saw in training.
pub fn normalise(tok: &str) -> std::borrow::Cow<'_, str> {
    if tok.is_ascii() {
        return std::borrow::Cow::Borrowed(tok);
    }
    let mut out = String::with_capacity(tok.len());
    for c in tok.chars() {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => {
                out.push('\'')
            }
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
            | '\u{2033}' => out.push('"'),
            '\u{2013}' | '\u{2012}' | '\u{2010}' | '\u{2011}' => out.push('-'),
            '\u{2014}' | '\u{2015}' => out.push_str("--"),
            '\u{00A0}' => out.push(' '),
            _ => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Character class used in word shapes.
#[inline]
fn shape_char(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_ascii_digit() {
        'd'
    } else if c.is_alphabetic() {
        // Letters without case (and any script's titlecase forms): still a letter.
        'a'
    } else {
        c
    }
}

/// What is known about one token before looking at its neighbours.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TokInfo {
    /// The lower-cased word has more than one character.
    pub long: bool,
    /// The word starts with an ASCII digit.
    pub digit_first: bool,
    /// The word has an ASCII digit.
    pub has_digit: bool,
    pub h_word: u64,
    pub h_lower: u64,
    /// Shape with runs collapsed ("Xx", "X.X.", "dd-dd" -> "d-d").
    pub h_shape: u64,
    /// Shape of at most the first 4 and last 4 chars uncollapsed, collapsed in between.
    pub h_shape_long: u64,
    pub h_pre: [u64; 4],
    pub h_suf: [u64; 4],
    /// Hashes of the first and last part of a hyphenated word, 0 otherwise.
    pub h_hyph: [u64; 2],
    /// Five-letter suffix (or the whole word when shorter).
    pub h_suf5: u64,
    pub init_cap: bool,
    pub all_cap: bool,
    pub has_alpha: bool,
    /// No capital, no digit and no letter without case: a lower-case word or punctuation, which
    /// is outside any name when its neighbours are such too (see [`Sentence::plainly_outside`]).
    pub plain: bool,
}

/// FNV-1a offset basis ([`hash_bytes`] before any byte).
const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

#[inline]
fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3)
}

/// Longest ASCII word [`TokInfo::new`] lower-cases on the stack.
const SHORT: usize = 64;

/// Words whose [`TokInfo`] a thread keeps at most: news repeats its words ("the", "said",
/// "President"), and looking one up costs a fifth of working it out.
const REMEMBERED: usize = 1 << 16;

impl TokInfo {
    /// [`TokInfo::new`], remembered per thread (up to [`REMEMBERED`] words, then forgotten all
    /// at once: the same values, computed again).
    pub fn remembered(raw: &str) -> TokInfo {
        type Memo = dossier_document::hash::FastMap<Box<str>, TokInfo>;
        thread_local!(static MEMO: std::cell::RefCell<Memo> = Default::default());
        MEMO.with(|m| {
            let Ok(mut m) = m.try_borrow_mut() else { return TokInfo::new(raw) };
            if let Some(t) = m.get(raw) {
                return t.clone();
            }
            let t = TokInfo::new(raw);
            if m.len() >= REMEMBERED {
                m.clear();
            }
            m.insert(raw.into(), t.clone());
            t
        })
    }

    pub fn new(raw: &str) -> TokInfo {
        if raw.is_ascii() && raw.len() <= SHORT {
            TokInfo::new_ascii(raw.as_bytes())
        } else {
            TokInfo::new_general(raw)
        }
    }

    /// [`TokInfo::new`] for a short ASCII word: the same values from one pass over its bytes,
    /// with no copies on the heap (an ASCII word needs no typographic normalisation, and its
    /// characters are its bytes).
    fn new_ascii(w: &[u8]) -> TokInfo {
        let n = w.len();
        let mut lower = [0u8; SHORT];
        let lower = &mut lower[..n];
        let mut hs = FNV_START;
        let mut hl = FNV_START;
        let mut hw = FNV_START;
        let mut hlow = FNV_START;
        let mut h_pre = [0u64; 4];
        let mut last = 0u8;
        let (mut n_up, mut n_low, mut has_digit) = (0, 0, false);
        for (i, &c) in w.iter().enumerate() {
            let s = if c.is_ascii_uppercase() {
                n_up += 1;
                b'X'
            } else if c.is_ascii_lowercase() {
                n_low += 1;
                b'x'
            } else if c.is_ascii_digit() {
                has_digit = true;
                b'd'
            } else {
                c
            };
            if s != last {
                hs = fnv_step(hs, s);
            }
            if i < 4 || i + 4 >= n || s != last {
                hl = fnv_step(hl, s);
            }
            last = s;
            let lc = c.to_ascii_lowercase();
            lower[i] = lc;
            hw = fnv_step(hw, c);
            hlow = fnv_step(hlow, lc);
            if i < 4 {
                h_pre[i] = fmix(hlow);
            }
        }
        let lower: &[u8] = lower;
        let mut h_suf = [0u64; 4];
        for (k, p) in h_suf.iter_mut().enumerate().take(n) {
            *p = hash_bytes(&lower[n - 1 - k..]);
        }
        let h_suf5 = if n >= 5 { hash_bytes(&lower[n - 5..]) } else { 0 };
        let mut h_hyph = [0u64; 2];
        if n > 2 && lower[1..n - 1].contains(&b'-') {
            let first = lower.split(|&b| b == b'-').next().unwrap_or(&[]);
            let lastp = lower.rsplit(|&b| b == b'-').next().unwrap_or(&[]);
            h_hyph = [hash_bytes(first), hash_bytes(lastp)];
        }
        TokInfo {
            h_word: fmix(hw),
            h_lower: fmix(hlow),
            h_shape: fmix(hs),
            h_shape_long: fmix(hl),
            h_pre,
            h_suf,
            h_hyph,
            h_suf5,
            init_cap: w.first().is_some_and(u8::is_ascii_uppercase),
            all_cap: n_up > 0 && n_low == 0,
            has_alpha: n_up + n_low > 0,
            long: n > 1,
            digit_first: w.first().is_some_and(u8::is_ascii_digit),
            has_digit,
            plain: n_up == 0 && !has_digit,
        }
    }

    /// [`TokInfo::new`] for any word.
    fn new_general(raw: &str) -> TokInfo {
        let w = normalise(raw);
        let w: &str = &w;
        let lower = if w.is_ascii() { w.to_ascii_lowercase() } else { w.to_lowercase() };
        // Shapes are hashed as they are built (no strings): FNV-1a over the shape characters.
        let mut hs: u64 = 0xcbf2_9ce4_8422_2325;
        let mut hl: u64 = 0xcbf2_9ce4_8422_2325;
        let step = |h: &mut u64, c: char| {
            *h ^= c as u64;
            *h = h.wrapping_mul(0x0000_0100_0000_01b3);
        };
        let n = w.chars().count();
        let mut last = '\0';
        let mut n_up = 0;
        let mut n_low = 0;
        let mut first_upper = false;
        for (i, c) in w.chars().enumerate() {
            let s = shape_char(c);
            if i == 0 {
                first_upper = c.is_uppercase();
            }
            if c.is_uppercase() {
                n_up += 1;
            } else if c.is_lowercase() {
                n_low += 1;
            }
            if s != last {
                step(&mut hs, s);
            }
            if i < 4 || i + 4 >= n || s != last {
                step(&mut hl, s);
            }
            last = s;
        }
        let mut h_pre = [0u64; 4];
        let mut h_suf = [0u64; 4];
        let mut ends = lower.char_indices().map(|(i, c)| i + c.len_utf8());
        for p in h_pre.iter_mut() {
            match ends.next() {
                Some(e) => *p = hash_bytes(&lower.as_bytes()[..e]),
                None => break,
            }
        }
        let mut starts = lower.char_indices().rev().map(|(i, _)| i);
        for p in h_suf.iter_mut() {
            match starts.next() {
                Some(st) => *p = hash_bytes(&lower.as_bytes()[st..]),
                None => break,
            }
        }
        let h_suf5 = match lower.char_indices().rev().nth(4) {
            Some((st, _)) => hash_bytes(&lower.as_bytes()[st..]),
            None => 0,
        };
        let mut h_hyph = [0u64; 2];
        if lower.char_indices().any(|(i, c)| c == '-' && i > 0 && i + 1 < lower.len()) {
            let first = lower.split('-').next().unwrap_or("");
            let lastp = lower.rsplit('-').next().unwrap_or("");
            h_hyph = [hash_bytes(first.as_bytes()), hash_bytes(lastp.as_bytes())];
        }
        TokInfo {
            h_word: hash_bytes(w.as_bytes()),
            h_lower: hash_bytes(lower.as_bytes()),
            h_shape: fmix(hs),
            h_shape_long: fmix(hl),
            h_pre,
            h_suf,
            h_hyph,
            h_suf5,
            init_cap: first_upper,
            all_cap: n_up > 0 && n_low == 0,
            has_alpha: n_up + n_low > 0,
            long: lower.chars().nth(1).is_some(),
            digit_first: lower.bytes().next().is_some_and(|b| b.is_ascii_digit()),
            has_digit: lower.bytes().any(|c| c.is_ascii_digit()),
            plain: w.chars().all(|c| c.is_lowercase() || !c.is_alphanumeric()),
        }
    }
}

/// A sentence prepared for tagging: per-token information plus sentence-level flags.
pub struct Sentence {
    pub toks: Vec<TokInfo>,
    /// Most cased letters are capitals (a headline or an ALL-CAPS heading): the case of a word
    /// says nothing there.
    pub all_caps: bool,
    /// Mostly numbers (a results table or a list of figures): names there are teams, places
    /// and people in columns, with no sentence around them.
    pub table: bool,
    /// Index of the first token with a letter (the sentence's first word, after any opening
    /// quotes or brackets), or the number of tokens when there is none.
    first_word: usize,
}

impl Sentence {
    pub fn new<S: AsRef<str>>(words: &[S]) -> Sentence {
        Sentence::from_words(words.iter().map(|w| w.as_ref()))
    }

    /// [`Sentence::new`] from the words in order, with no list of them needed.
    pub fn from_words<'w>(words: impl ExactSizeIterator<Item = &'w str>) -> Sentence {
        let toks: Vec<TokInfo> = words.map(TokInfo::remembered).collect();
        let alpha = toks.iter().filter(|t| t.has_alpha && t.long);
        let (n_alpha, caps) = alpha.fold((0, 0), |(n, c), t| (n + 1, c + t.all_cap as usize));
        let all_caps = n_alpha >= 2 && caps * 10 >= n_alpha * 7;
        let digits = toks.iter().filter(|t| t.digit_first).count();
        let table = toks.len() >= 3 && digits * 3 >= toks.len();
        let first_word = toks.iter().position(|t| t.has_alpha).unwrap_or(toks.len());
        Sentence { toks, all_caps, table, first_word }
    }

    /// Whether the case of token `i` is informative (not sentence-initial, not in a headline).
    /// The first word is the first after any opening quotes or brackets; it is found once, in
    /// [`Sentence::new`], so asking about every token of a sentence stays linear.
    fn case_informative(&self, i: usize) -> bool {
        !self.all_caps && i != self.first_word
    }

    /// Whether token `i` is plainly outside any name: it and the tokens either side of it are
    /// lower-case words or punctuation ([`TokInfo::plain`]). Names are written with capitals or
    /// figures, and a lower-case word inside one ("Bank of England", "Ministry of the Interior")
    /// stands next to a capitalised word; so the tagger labels such a token O without scoring
    /// it, which spares it about half the tokens of a news article. Not the first or last token
    /// (a sentence cut short may have cut a name: "Schalk van der" / "Merwe"), and not in a
    /// table, where case and figures say less.
    #[inline]
    pub fn plainly_outside(&self, i: usize) -> bool {
        let plain = |k: usize| self.toks[k].plain;
        !self.table && i > 0 && i + 1 < self.toks.len() && plain(i - 1) && plain(i) && plain(i + 1)
    }
}

/// How a word is written where its case is informative, over a whole document: this lets the
/// tagger tell "SANCTIONS" in a headline (seen as "sanctions" elsewhere) from "KREMLIN".
#[derive(Default)]
pub struct DocContext {
    case: DocKeyed<u8>,
}

impl DocContext {
    pub fn new(sents: &[Sentence]) -> DocContext {
        let mut doc = DocContext::default();
        for s in sents {
            doc.add(s);
        }
        doc
    }

    /// Adds one sentence of the document (in any order: the result is the same).
    pub fn add(&mut self, s: &Sentence) {
        for (i, t) in s.toks.iter().enumerate() {
            if !t.has_alpha || !s.case_informative(i) {
                continue;
            }
            let bit = if t.init_cap { 1 } else { 2 };
            *self.case.entry(t.h_lower).or_default() |= bit;
        }
    }
    fn class(&self, h_lower: u64) -> u64 {
        self.case.get(&h_lower).copied().unwrap_or(0) as u64
    }
}

/// Entity strings (lower-cased token sequences) and the labels they had in training; stored as
/// hashes only.
pub type Gazetteer = HashKeyed<u8>;

/// Longest gazetteer entry, in tokens.
pub const GAZ_MAX: usize = 6;

/// Gazetteer bit marking a key as a proper prefix of a longer entry, so matching can stop as
/// soon as no entry continues (one or two probes per token instead of [`GAZ_MAX`]).
pub const GAZ_PREFIX: u8 = 0x80;

/// Adds an entry (the `h_lower` hashes of its words) with label `bits`, and marks its prefixes.
pub fn gaz_insert(g: &mut Gazetteer, words: &[u64], bits: u8) {
    if words.is_empty() || words.len() > GAZ_MAX {
        return;
    }
    let mut h = 0x5bd1_e995u64;
    for (k, &w) in words.iter().enumerate() {
        h = mix(h, w);
        let e = g.entry(h).or_default();
        if k + 1 == words.len() {
            *e |= bits;
        } else {
            *e |= GAZ_PREFIX;
        }
    }
}

// Template ids.
const T_BIAS: u64 = 1;
const T_WORD: u64 = 2;
const T_LOW: u64 = 3;
const T_BIGRAM: u64 = 4;
const T_PRE: u64 = 5;
const T_SUF: u64 = 6;
const T_SHAPE: u64 = 7;
const T_SHAPE2: u64 = 8;
const T_SHAPE3: u64 = 9;
const T_SHAPE_LW: u64 = 10;
const T_INIT: u64 = 11;
const T_DOCCASE: u64 = 12;
const T_GAZ: u64 = 13;
const T_HYPH: u64 = 14;
const T_LONGSHAPE: u64 = 15;
const T_CAPS_LOW: u64 = 16;
const T_SHAPE_CTX: u64 = 17;
const T_GAZ_CTX: u64 = 18;
const T_TABLE: u64 = 19;
const T_SUF5: u64 = 20;
const T_CLUSTER: u64 = 21;

const BOS: u64 = 0x1111;
const EOS: u64 = 0x2222;

/// `mix(mix(template, k), ...)` keys begin with a constant part; these are computed at compile
/// time rather than per token. `K_LOW[d + 2]` is the word at offset `d`, `K_SHAPE[d + 1]` the
/// shape at offset `d`.
const K_LOW: [u64; 5] = [
    mix(T_LOW, -2i64 as u64),
    mix(T_LOW, -1i64 as u64),
    mix(T_LOW, 0),
    mix(T_LOW, 1),
    mix(T_LOW, 2),
];
const K_SHAPE: [u64; 3] = [mix(T_SHAPE, -1i64 as u64), mix(T_SHAPE, 0), mix(T_SHAPE, 1)];
const K_BIGRAM: [u64; 2] = [mix(T_BIGRAM, 0), mix(T_BIGRAM, 1)];
const K_SHAPE2: [u64; 2] = [mix(T_SHAPE2, 0), mix(T_SHAPE2, 1)];
const K_SHAPE_LW: [u64; 2] = [mix(T_SHAPE_LW, 0), mix(T_SHAPE_LW, 1)];
const K_PRE: [u64; 4] = [mix(T_PRE, 0), mix(T_PRE, 1), mix(T_PRE, 2), mix(T_PRE, 3)];
const K_SUF: [u64; 4] = [mix(T_SUF, 0), mix(T_SUF, 1), mix(T_SUF, 2), mix(T_SUF, 3)];

/// `mix(t, mix(a, b))` for every `a < A` and `b < B` (with `t = None`, `mix(a, b)`), computed at
/// compile time: the parts of keys made only of small numbers (flags, word classes, labels)
/// are read from these tables instead of being hashed again for every token.
const fn mixes<const A: usize, const B: usize>(t: Option<u64>) -> [[u64; B]; A] {
    let mut out = [[0u64; B]; A];
    let mut a = 0;
    while a < A {
        let mut b = 0;
        while b < B {
            let m = mix(a as u64, b as u64);
            out[a][b] = match t {
                Some(t) => mix(t, m),
                None => m,
            };
            b += 1;
        }
        a += 1;
    }
    out
}

/// `mix(t, v)` for every `v < N`, computed at compile time (see [`mixes`]).
const fn keyed<const N: usize>(t: u64) -> [u64; N] {
    let mut out = [0u64; N];
    let mut v = 0;
    while v < N {
        out[v] = mix(t, v as u64);
        v += 1;
    }
    out
}

/// Word classes run to 300 (300: outside the sentence, 299: a word with none).
const NCLASS: usize = 301;
/// `mix(informative, all caps)`.
const M_INIT: [[u64; 2]; 2] = mixes(None);
/// `mix(document case class, informative)`.
const M_DOCCASE: [[u64; 2]; 4] = mixes(None);
/// `mix(previous word capitalised, next word capitalised)`, 2 meaning no such word.
const M_NB: [[u64; 3]; 3] = mixes(None);
/// Gazetteer keys by label and position, and with the word's capitalisation.
const K_GAZ: [[u64; 4]; 7] = {
    let mut out = [[0u64; 4]; 7];
    let mut l = 0;
    while l < 7 {
        out[l] = keyed(mix(T_GAZ, l as u64));
        l += 1;
    }
    out
};
const K_GAZ_CAP: [[[u64; 2]; 4]; 7] = {
    let mut out = [[[0u64; 2]; 4]; 7];
    let mut l = 0;
    while l < 7 {
        let mut p = 0;
        while p < 4 {
            out[l][p] = keyed(K_GAZ[l][p]);
            p += 1;
        }
        l += 1;
    }
    out
};
/// Word-class keys: the fine class here, the coarse class here with the capitalisation, and
/// the coarse class before and after.
const K_CLUSTER0: [u64; NCLASS] = keyed(mix(T_CLUSTER, 0));
const K_CLUSTER1: [[u64; 2]; NCLASS] = mixes(Some(mix(T_CLUSTER, 1)));
const K_CLUSTER2: [u64; NCLASS] = keyed(mix(T_CLUSTER, 2));
const K_CLUSTER3: [u64; NCLASS] = keyed(mix(T_CLUSTER, 3));

/// Writes the feature keys of every token of `s` into `out` (flattened; `offs[i]..offs[i+1]`
/// are token `i`'s keys).
pub fn extract(
    s: &Sentence,
    doc: &DocContext,
    gaz: &Gazetteer,
    clusters: &crate::clusters::Clusters,
    out: &mut Vec<u64>,
    offs: &mut Vec<usize>,
) {
    let prep = Prepared::new(s, gaz, clusters);
    extract_range(s, doc, &prep, 0..s.toks.len(), false, out, offs);
}

/// What [`extract`] needs to know about a whole sentence before it writes any token's keys: its
/// gazetteer matches and its tokens' word classes.
pub struct Prepared {
    /// Gazetteer labels over each token (bits 0 to 6).
    gz: Vec<u8>,
    /// Gazetteer matches: (first token, last token, label index), by first token.
    matches: Vec<(usize, usize, u64)>,
    /// (fine, coarse) word class of each token; empty without word classes.
    classes: Vec<(u16, u16)>,
}

impl Prepared {
    pub fn new(s: &Sentence, gaz: &Gazetteer, clusters: &crate::clusters::Clusters) -> Prepared {
        let n = s.toks.len();
        let mut gz: Vec<u8> = vec![0; n];
        // Room for a sentence's usual gazetteer matches, so that the list is rarely grown.
        let mut matches: Vec<(usize, usize, u64)> = Vec::with_capacity(4.max(n / 4));
        if !gaz.is_empty() {
            for i in 0..n {
                if !s.toks[i].has_alpha && !s.toks[i].has_digit {
                    continue;
                }
                let mut h = 0x5bd1_e995u64;
                for j in i..(i + GAZ_MAX).min(n) {
                    h = mix(h, s.toks[j].h_lower);
                    let Some(&m) = gaz.get(&h) else { break };
                    for l in 0..7u64 {
                        if m & (1 << l) != 0 {
                            matches.push((i, j, l));
                            for g in &mut gz[i..=j] {
                                *g |= 1 << l;
                            }
                        }
                    }
                    if m & GAZ_PREFIX == 0 {
                        break;
                    }
                }
            }
        }
        // Word classes, looked up once per token.
        let classes: Vec<(u16, u16)> = if clusters.is_empty() {
            Vec::new()
        } else {
            s.toks
                .iter()
                .map(|t| {
                    clusters.get(&t.h_lower).map_or((299, 299), |&(f, c)| (f as u16, c as u16))
                })
                .collect()
        };
        Prepared { gz, matches, classes }
    }
}

/// [`extract`] for the tokens in `range` only (`offs[k]..offs[k + 1]` are the keys of token
/// `range.start + k`), given the sentence's [`Prepared`]: a long sentence can then be scored a
/// block of tokens at a time, without holding every token's keys at once. With `skip_plain`, a
/// token [`Sentence::plainly_outside`] a name gets no keys at all, which the tagger reads as O
/// (training sees every token's keys).
pub fn extract_range(
    s: &Sentence,
    doc: &DocContext,
    prep: &Prepared,
    range: std::ops::Range<usize>,
    skip_plain: bool,
    out: &mut Vec<u64>,
    offs: &mut Vec<usize>,
) {
    out.clear();
    offs.clear();
    let n = s.toks.len();
    let (gz, matches, classes) = (&prep.gz, &prep.matches, &prep.classes);
    let low = |k: isize| -> u64 {
        if k < 0 {
            BOS
        } else if k as usize >= n {
            EOS
        } else {
            s.toks[k as usize].h_lower
        }
    };
    let shp = |k: isize| -> u64 {
        if k < 0 {
            BOS
        } else if k as usize >= n {
            EOS
        } else {
            s.toks[k as usize].h_shape
        }
    };
    let caps = s.all_caps as u64;
    let mut gz_lo = matches.partition_point(|m| m.0 + GAZ_MAX <= range.start);
    // The words and shapes around token `i` slide along with it, and the hash of each adjacent
    // pair is computed once: the pair (i, i + 1) is token i's right bigram and token i + 1's
    // left one (and likewise for shapes), so each token mixes one new pair instead of two.
    let r0 = range.start as isize;
    let [mut l_m2, mut l_m1, mut l_0, mut l_p1, mut l_p2] =
        [low(r0 - 2), low(r0 - 1), low(r0), low(r0 + 1), low(r0 + 2)];
    let [mut s_m1, mut s_0, mut s_p1] = [shp(r0 - 1), shp(r0), shp(r0 + 1)];
    let mut pair_l = mix(l_m1, l_0);
    let mut pair_s = mix(s_m1, s_0);
    for i in range.start..range.end.min(n) {
        offs.push(out.len());
        let t = &s.toks[i];
        let ii = i as isize;
        let next_l = mix(l_0, l_p1);
        let next_s = mix(s_0, s_p1);
        if skip_plain && s.plainly_outside(i) {
            // No keys: the tagger labels the token O (see `Kernels::first`).
            (l_m2, l_m1, l_0, l_p1, l_p2) = (l_m1, l_0, l_p1, l_p2, low(ii + 3));
            (s_m1, s_0, s_p1) = (s_0, s_p1, shp(ii + 2));
            (pair_l, pair_s) = (next_l, next_s);
            continue;
        }
        out.extend_from_slice(&[
            T_BIAS,
            mix(T_WORD, t.h_word),
            mix(K_LOW[2], l_0),
            mix(K_LOW[1], l_m1),
            mix(K_LOW[3], l_p1),
            mix(K_SHAPE[1], s_0),
            mix(K_LOW[0], l_m2),
            mix(K_LOW[4], l_p2),
            mix(K_BIGRAM[0], pair_l),
            mix(K_BIGRAM[1], next_l),
        ]);
        for k in 0..4 {
            if t.h_pre[k] != 0 {
                out.push(mix(K_PRE[k], t.h_pre[k]));
                out.push(mix(K_SUF[k], t.h_suf[k]));
            }
        }
        out.extend_from_slice(&[
            mix(K_SHAPE[0], s_m1),
            mix(K_SHAPE[2], s_p1),
            mix(T_LONGSHAPE, t.h_shape_long),
            mix(K_SHAPE2[0], pair_s),
            mix(K_SHAPE2[1], next_s),
            mix(T_SHAPE3, mix(pair_s, s_p1)),
            mix(K_SHAPE_LW[0], mix(t.h_shape, l_m1)),
            mix(K_SHAPE_LW[1], mix(t.h_shape, l_p1)),
        ]);
        (l_m2, l_m1, l_0, l_p1, l_p2) = (l_m1, l_0, l_p1, l_p2, low(ii + 3));
        (s_m1, s_0, s_p1) = (s_0, s_p1, shp(ii + 2));
        (pair_l, pair_s) = (next_l, next_s);
        let informative = s.case_informative(i);
        out.push(mix(T_INIT, mix(M_INIT[informative as usize][caps as usize], t.h_shape)));
        if t.has_alpha {
            let dc = doc.class(t.h_lower);
            out.push(mix(T_DOCCASE, mix(M_DOCCASE[dc as usize][informative as usize], t.h_shape)));
            if !informative {
                out.push(mix(mix(T_DOCCASE, 7), mix(dc, t.h_lower)));
            }
        }
        if s.table {
            let at = i.min(3) as u64;
            out.push(mix(T_TABLE, mix(at, t.h_shape)));
            out.push(mix(mix(T_TABLE, 1), t.h_lower));
        }
        out.push(mix(T_SUF5, t.h_suf5));
        if caps == 1 {
            out.push(mix(T_CAPS_LOW, t.h_lower));
        }
        if t.h_hyph[0] != 0 {
            out.push(mix(mix(T_HYPH, 0), t.h_hyph[0]));
            out.push(mix(mix(T_HYPH, 1), t.h_hyph[1]));
        }
        // Is the next/previous word capitalised, given our own shape.
        let nb = |k: isize| -> usize {
            if k < 0 || k as usize >= n {
                2
            } else {
                s.toks[k as usize].init_cap as usize
            }
        };
        out.push(mix(T_SHAPE_CTX, mix(M_NB[nb(ii - 1)][nb(ii + 1)], t.h_shape)));
        // Matches are in order of their first token and at most GAZ_MAX tokens long: those over
        // token `i` start at most GAZ_MAX - 1 tokens before it, so the window is skipped to
        // rather than the list scanned from the beginning for every token.
        while gz_lo < matches.len() && matches[gz_lo].0 + GAZ_MAX <= i {
            gz_lo += 1;
        }
        for &(a, b, l) in &matches[gz_lo..] {
            if a > i {
                break;
            }
            if b < i {
                continue;
            }
            let pos = if a == b {
                0
            } else if i == a {
                1
            } else if i == b {
                3
            } else {
                2
            };
            out.push(K_GAZ[l as usize][pos]);
            out.push(K_GAZ_CAP[l as usize][pos][t.init_cap as usize]);
        }
        if !classes.is_empty() {
            let cl = |k: isize| -> (usize, usize) {
                if k < 0 || k as usize >= n {
                    (300, 300)
                } else {
                    let (f, c) = classes[k as usize];
                    (f as usize, c as usize)
                }
            };
            let (f0, c0) = cl(ii);
            out.push(K_CLUSTER0[f0]);
            out.push(K_CLUSTER1[c0][t.init_cap as usize]);
            out.push(K_CLUSTER2[cl(ii - 1).1]);
            out.push(K_CLUSTER3[cl(ii + 1).1]);
        }
        let gp = if i > 0 { gz[i - 1] as u64 } else { 0 };
        let gn = if i + 1 < n { gz[i + 1] as u64 } else { 0 };
        if gp | gn != 0 {
            out.push(mix(T_GAZ_CTX, mix(gp, gn)));
        }
    }
    offs.push(out.len());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_typography() {
        assert_eq!(normalise("Putin\u{2019}s"), "Putin's");
        assert_eq!(normalise("\u{201C}"), "\"");
        assert_eq!(normalise("\u{2014}"), "--");
        assert_eq!(normalise("Путин"), "Путин");
    }

    #[test]
    fn lower_case_runs_are_plainly_outside_names_but_not_their_edges() {
        let words = "the talks , held in the Bank of England , ended on time after 2 hours";
        let s = Sentence::new(&words.split(' ').collect::<Vec<_>>());
        let out: Vec<&str> = (0..s.toks.len())
            .filter(|&i| s.plainly_outside(i))
            .map(|i| words.split(' ').nth(i).unwrap())
            .collect();
        // Not "the" (first, and beside a capital), "of", "," after "England", "after" (beside
        // a figure) nor "hours" (last).
        assert_eq!(out, ["talks", ",", "held", "in", "ended", "on", "time"]);
        // Nor a word with a capital or a figure inside, nor a letter without case.
        for w in ["iPhone", "x2", "東京"] {
            assert!(!TokInfo::new(w).plain, "{w}");
        }
        assert!(TokInfo::new("über-").plain);
        let table = Sentence::new(&["1", "won", "by", "a", "2", "3"]);
        assert!((0..6).all(|i| !table.plainly_outside(i)));
    }

    #[test]
    fn a_remembered_word_is_the_word_worked_out_again() {
        for w in ["Putin", "said", "Путин", "U.S.", "40-year-old", "", "said"] {
            assert_eq!(TokInfo::remembered(w), TokInfo::new(w), "{w}");
            assert_eq!(TokInfo::remembered(w), TokInfo::new(w), "{w}, asked again");
        }
        // Past the limit the memory starts afresh and still answers the same.
        for k in 0..REMEMBERED + 10 {
            let w = format!("w{k}");
            assert_eq!(TokInfo::remembered(&w), TokInfo::new(&w));
        }
        assert_eq!(TokInfo::remembered("Putin"), TokInfo::new("Putin"));
    }

    #[test]
    fn shapes_and_affixes_handle_any_script() {
        let t = TokInfo::new("Путин");
        assert!(t.init_cap && !t.all_cap && t.has_alpha);
        let u = TokInfo::new("ЦРУ");
        assert!(u.all_cap);
        let v = TokInfo::new("V.V.");
        assert!(v.all_cap);
        let h = TokInfo::new("Saint-Petersburg");
        assert_ne!(h.h_hyph[0], 0);
    }

    #[test]
    fn document_maps_do_not_pile_up_on_shared_low_bits() {
        // Keys alike in their low 40 bits all land in one part of a pass-through table, where
        // each insertion probes past all the others; mixed with the seed they spread out.
        let t = std::time::Instant::now();
        let mut m: DocKeyed<u8> = DocKeyed::default();
        for k in 0..200_000u64 {
            *m.entry(k << 40).or_default() |= 1;
        }
        assert_eq!(m.len(), 200_000);
        assert!(t.elapsed() < std::time::Duration::from_secs(2), "{:?}", t.elapsed());
    }

    #[test]
    fn ascii_words_read_as_any_word() {
        let alphabet = b"aZx-.'9 QqE0-_&\x00\x7f";
        let mut x = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..100_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let n = (x % 12) as usize;
            let w: String = (0..n)
                .map(|k| alphabet[((x >> (5 * k)) % alphabet.len() as u64) as usize] as char)
                .collect();
            assert_eq!(TokInfo::new_ascii(w.as_bytes()), TokInfo::new_general(&w), "{w:?}");
        }
        for w in ["", "a", "Putin", "U.S.", "Russian-born", "-x-", "--", "a-", "12-year-old"] {
            assert_eq!(TokInfo::new_ascii(w.as_bytes()), TokInfo::new_general(w), "{w:?}");
        }
        let long = "x".repeat(SHORT + 1);
        assert_eq!(TokInfo::new(&long), TokInfo::new_general(&long));
    }

    #[test]
    fn headline_detection() {
        assert!(Sentence::new(&["PUTIN", "MEETS", "TRUMP", "IN", "ALASKA"]).all_caps);
        assert!(!Sentence::new(&["Putin", "met", "Trump", "in", "Alaska"]).all_caps);
    }
}

/// What the first-pass tagger said about each word form across a whole document: the
/// "non-local" evidence that a name tagged PER in one sentence is likely PER in the next
/// (Ratinov & Roth 2009, two-stage prediction aggregation), and the entity strings it found,
/// used like a gazetteer built from the document itself.
#[derive(Default)]
pub struct DocLabels {
    // Counts are u32: a word repeated more than 65535 times in one document must not overflow.
    counts: DocKeyed<[u32; 5]>,
    /// Entity strings by the key of their words: how often each type, and whether the words
    /// also begin a longer entity string (so that matching can stop where none continues).
    chunks: DocKeyed<([u32; 4], bool)>,
}

/// Class of a first-pass label: its type, or 4 for O.
#[inline]
fn class_of(l: u8) -> usize {
    if l == 0 {
        4
    } else {
        ((l - 1) / 4) as usize
    }
}

fn span_key(s: &Sentence, a: usize, b: usize) -> u64 {
    let mut h = 0x6a09_e667u64;
    for t in &s.toks[a..b] {
        h = mix(h, t.h_lower);
    }
    h
}

impl DocLabels {
    pub fn new(sents: &[Sentence], labels: &[Vec<u8>]) -> DocLabels {
        let mut agg = DocLabels::default();
        for (s, ls) in sents.iter().zip(labels) {
            agg.add(s, ls);
        }
        agg
    }

    /// Adds what the first pass said about one sentence (in any order: the result is the same).
    /// Only these per-word tables outlive the sentence, so the second pass needs no per-token
    /// memory of the first beyond its labels.
    pub fn add(&mut self, s: &Sentence, ls: &[u8]) {
        for (t, &l) in s.toks.iter().zip(ls) {
            if t.has_alpha {
                self.counts.entry(t.h_lower).or_default()[class_of(l)] += 1;
            }
        }
        for c in crate::model::chunks(ls) {
            if c.end - c.start <= GAZ_MAX {
                for k in c.start + 1..c.end {
                    self.chunks.entry(span_key(s, c.start, k)).or_default().1 = true;
                }
                self.chunks.entry(span_key(s, c.start, c.end)).or_default().0[c.ty] += 1;
            }
        }
    }
}

const T_NL_MAJ: u64 = 40;
const T_NL_HAS: u64 = 41;
const T_S1: u64 = 42;
const T_S1_CTX: u64 = 43;
const T_NL_MAJ_S1: u64 = 44;
const T_DOCGAZ: u64 = 45;
/// The constant parts of the label-context keys (see [`K_LOW`]).
const K_S1_CTX: [u64; 2] = [mix(T_S1_CTX, 1), mix(T_S1_CTX, 2)];
/// Keys of small numbers only, computed at compile time (see [`mixes`]): a first-pass label;
/// a document match by type and position; the majority class of a word with whether it was
/// unanimous, with this token's class, and with the word's capitalisation; a class seen.
const K_S1: [u64; crate::model::NL] = keyed(T_S1);
const K_DOCGAZ: [[u64; 4]; 4] = {
    let mut out = [[0u64; 4]; 4];
    let mut ty = 0;
    while ty < 4 {
        out[ty] = keyed(mix(T_DOCGAZ, ty as u64));
        ty += 1;
    }
    out
};
const K_MAJ: [[u64; 2]; 5] = mixes(Some(T_NL_MAJ));
const K_MAJ_S1: [[u64; 5]; 5] = mixes(Some(T_NL_MAJ_S1));
const K_MAJ_CAP: [[u64; 2]; 5] = mixes(Some(mix(T_NL_MAJ, 9)));
const K_HAS: [u64; 4] = keyed(T_NL_HAS);

/// Second-pass features of every token of `s` (flattened like [`extract`]'s): the first pass's
/// labels here and around, what it said about the same word elsewhere in the document, and
/// whether this token sequence was tagged as an entity elsewhere in the document.
pub fn nonlocal(
    s: &Sentence,
    labels: &[u8],
    agg: &DocLabels,
    out: &mut Vec<u64>,
    offs: &mut Vec<usize>,
) {
    let prep = NonlocalPrep::new(s, labels, agg);
    nonlocal_range(s, labels, agg, &prep, 0..labels.len(), false, out, offs);
}

/// What [`nonlocal`] needs to know about a whole sentence before it writes any token's keys: the
/// spans tagged as entities elsewhere in the document.
pub struct NonlocalPrep {
    /// (first token, last token, type), by first token.
    doc_matches: Vec<(usize, usize, u64)>,
}

impl NonlocalPrep {
    pub fn new(s: &Sentence, labels: &[u8], agg: &DocLabels) -> NonlocalPrep {
        let n = labels.len();
        // This sentence's own chunks, by first token (chunks do not overlap, so at most one
        // starts at a token).
        let own = crate::model::chunks(labels);
        let mut next_own = 0;
        let mut doc_matches: Vec<(usize, usize, u64)> = Vec::new();
        for i in 0..n {
            while next_own < own.len() && own[next_own].start < i {
                next_own += 1;
            }
            let own_here = own.get(next_own).filter(|o| o.start == i).map(|o| (o.end, o.ty));
            if !s.toks[i].has_alpha {
                continue;
            }
            let mut h = 0x6a09_e667u64;
            for j in i..(i + GAZ_MAX).min(n) {
                h = mix(h, s.toks[j].h_lower);
                // Words that are no entity string and begin none: no longer span is one.
                let Some(&(mut c, longer)) = agg.chunks.get(&h) else { break };
                if let Some((end, ty)) = own_here {
                    if end == j + 1 {
                        c[ty] = c[ty].saturating_sub(1);
                    }
                }
                for (ty, &v) in c.iter().enumerate() {
                    if v > 0 {
                        doc_matches.push((i, j, ty as u64));
                    }
                }
                if !longer {
                    break;
                }
            }
        }
        NonlocalPrep { doc_matches }
    }
}

/// [`nonlocal`] for the tokens in `range` only (`offs[k]..offs[k + 1]` are the keys of token
/// `range.start + k`), given the sentence's [`NonlocalPrep`].
#[allow(clippy::too_many_arguments)]
pub fn nonlocal_range(
    s: &Sentence,
    labels: &[u8],
    agg: &DocLabels,
    prep: &NonlocalPrep,
    range: std::ops::Range<usize>,
    skip_plain: bool,
    out: &mut Vec<u64>,
    offs: &mut Vec<usize>,
) {
    out.clear();
    offs.clear();
    let n = labels.len();
    let doc_matches = &prep.doc_matches;
    let mut dm_lo = doc_matches.partition_point(|m| m.0 + GAZ_MAX <= range.start);
    // First-pass label at offset `k`, 99 outside the sentence.
    let lab = |k: isize| -> u64 {
        if k < 0 || k as usize >= n {
            99
        } else {
            labels[k as usize] as u64
        }
    };
    // `pair(k)` hashes the labels of tokens k - 1 and k. Token i's context features read the
    // pairs at i - 1, i and i + 2, so each pair is hashed once as it slides past rather than
    // three times.
    let pair = |k: isize| mix(lab(k - 1), lab(k));
    let r0 = range.start as isize;
    let [mut p_m1, mut p_0, mut p_p1, mut p_p2] =
        [pair(r0 - 1), pair(r0), pair(r0 + 1), pair(r0 + 2)];
    for i in range.start..range.end.min(n) {
        offs.push(out.len());
        if skip_plain && s.plainly_outside(i) {
            (p_m1, p_0, p_p1, p_p2) = (p_0, p_p1, p_p2, pair(i as isize + 3));
            continue;
        }
        let ln = lab(i as isize + 1);
        out.extend_from_slice(&[
            K_S1[labels[i] as usize],
            mix(T_S1_CTX, mix(p_0, ln)),
            mix(K_S1_CTX[0], p_m1),
            mix(K_S1_CTX[1], p_p2),
        ]);
        (p_m1, p_0, p_p1, p_p2) = (p_0, p_p1, p_p2, pair(i as isize + 3));
        // As in `extract`: only the matches starting at most GAZ_MAX - 1 tokens back can cover
        // token `i`.
        while dm_lo < doc_matches.len() && doc_matches[dm_lo].0 + GAZ_MAX <= i {
            dm_lo += 1;
        }
        for &(a, b, ty) in &doc_matches[dm_lo..] {
            if a > i {
                break;
            }
            if b < i {
                continue;
            }
            let pos = if a == b {
                0
            } else if i == a {
                1
            } else if i == b {
                3
            } else {
                2
            };
            out.push(K_DOCGAZ[ty as usize][pos]);
        }
        let t = &s.toks[i];
        if !t.has_alpha {
            continue;
        }
        if let Some(c) = agg.counts.get(&t.h_lower) {
            let mut c = *c;
            let own = &mut c[class_of(labels[i])];
            *own = own.saturating_sub(1);
            let total: u32 = c.iter().sum();
            if total == 0 {
                out.push(mix(T_NL_MAJ, 5));
                continue;
            }
            let (maj, &mc) =
                c.iter().enumerate().max_by_key(|&(k, &v)| (v, std::cmp::Reverse(k))).unwrap();
            let unanimous = (mc == total) as u64;
            out.push(K_MAJ[maj][unanimous as usize]);
            out.push(K_MAJ_S1[maj][class_of(labels[i])]);
            out.push(K_MAJ_CAP[maj][t.init_cap as usize]);
            for (k, &v) in c.iter().enumerate().take(4) {
                if v > 0 {
                    out.push(K_HAS[k]);
                }
            }
        }
    }
    offs.push(out.len());
}
