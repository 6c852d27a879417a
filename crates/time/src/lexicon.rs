//! The word lists of one language (`resources/<lang>/time/*.txt`), indexed by first token.

use std::collections::HashMap;

use crate::token::tokenize;
use crate::TimeError;

/// The word classes the patterns refer to; each is one file of the language folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Class {
    Month,
    Weekday,
    Num,
    Ordinal,
    Unit,
    Mod,
    PointMod,
    Rel,
    Dir,
    Deictic,
    Ref,
    Pod,
    Season,
    Set,
    Anchor,
    Tense,
    Prep,
    Holiday,
}

impl Class {
    pub fn from_name(s: &str) -> Option<Class> {
        Some(match s {
            "month" => Class::Month,
            "weekday" => Class::Weekday,
            "num" => Class::Num,
            "ordinal" => Class::Ordinal,
            "unit" => Class::Unit,
            "mod" => Class::Mod,
            "pointmod" => Class::PointMod,
            "rel" => Class::Rel,
            "dir" => Class::Dir,
            "deictic" => Class::Deictic,
            "ref" => Class::Ref,
            "pod" => Class::Pod,
            "season" => Class::Season,
            "set" => Class::Set,
            "anchor" => Class::Anchor,
            "holiday" => Class::Holiday,
            _ => return None,
        })
    }
}

/// One line of a word list: the words (as tokens), the value column and any further columns.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub words: Vec<String>,
    pub class: Class,
    pub value: String,
    pub extra: Vec<String>,
}

/// The raw files of one language.
pub struct Resources {
    pub months: &'static str,
    pub weekdays: &'static str,
    pub numerals: &'static str,
    pub ordinals: &'static str,
    pub units: &'static str,
    pub modifiers: &'static str,
    pub pointmods: &'static str,
    pub relative: &'static str,
    pub directions: &'static str,
    pub deictic: &'static str,
    pub refs: &'static str,
    pub partsofday: &'static str,
    pub seasons: &'static str,
    pub sets: &'static str,
    pub anchors: &'static str,
    pub tense: &'static str,
    /// Verbs of saying (see `Tagger`'s use of them for the tense of a clause).
    pub reporting: &'static str,
    pub prepositions: &'static str,
    pub holidays: &'static str,
    pub patterns: &'static str,
}

/// English, embedded in the binary.
pub const ENGLISH: Resources = Resources {
    months: include_str!("../../../resources/en/time/months.txt"),
    weekdays: include_str!("../../../resources/en/time/weekdays.txt"),
    numerals: include_str!("../../../resources/en/time/numerals.txt"),
    ordinals: include_str!("../../../resources/en/time/ordinals.txt"),
    units: include_str!("../../../resources/en/time/units.txt"),
    modifiers: include_str!("../../../resources/en/time/modifiers.txt"),
    pointmods: include_str!("../../../resources/en/time/pointmods.txt"),
    relative: include_str!("../../../resources/en/time/relative.txt"),
    directions: include_str!("../../../resources/en/time/directions.txt"),
    deictic: include_str!("../../../resources/en/time/deictic.txt"),
    refs: include_str!("../../../resources/en/time/refs.txt"),
    partsofday: include_str!("../../../resources/en/time/partsofday.txt"),
    seasons: include_str!("../../../resources/en/time/seasons.txt"),
    sets: include_str!("../../../resources/en/time/sets.txt"),
    anchors: include_str!("../../../resources/en/time/anchors.txt"),
    tense: include_str!("../../../resources/en/time/tense.txt"),
    reporting: include_str!("../../../resources/en/time/reporting.txt"),
    prepositions: include_str!("../../../resources/en/time/prepositions.txt"),
    holidays: include_str!("../../../resources/en/time/holidays.txt"),
    patterns: include_str!("../../../resources/en/time/patterns.txt"),
};

/// Splits a data line into fields: a TAB or a run of two or more spaces separates them.
pub(crate) fn fields(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for part in line.split('\t') {
        let mut rest = part;
        while let Some(p) = rest.find("  ") {
            let (a, b) = rest.split_at(p);
            if !a.trim().is_empty() {
                out.push(a.trim());
            }
            rest = b.trim_start();
        }
        if !rest.trim().is_empty() {
            out.push(rest.trim());
        }
    }
    out
}

/// The data lines of a file: comments and blank lines dropped, with 1-based line numbers.
pub(crate) fn data_lines(src: &str) -> impl Iterator<Item = (usize, &str)> {
    src.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.split('#').next().unwrap_or("")))
        .filter(|(_, l)| !l.trim().is_empty())
}

/// A fast non-cryptographic hasher (FNV-1a) for the short lowercase words looked up per token.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf29ce484222325 } else { self.0 };
        for b in bytes {
            h ^= *b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        self.0 = h;
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

/// What a word can be: the entries it starts, their classes, its id as a pattern literal.
#[derive(Debug, Default, Clone)]
pub(crate) struct WordInfo {
    pub entries: Vec<usize>,
    pub mask: u32,
    pub lit: u16,
}

#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    pub entries: Vec<Entry>,
    /// First token of an entry -> indices into `entries`.
    pub by_first: FastMap<String, Vec<usize>>,
    /// First token of an entry -> bit set of the classes (`1 << class as u32`) it can start.
    pub masks: FastMap<String, u32>,
    /// Everything the scan needs about a word in one hash lookup (built once the patterns'
    /// literals are known, see [`Lexicon::index_words`]).
    pub info: FastMap<String, WordInfo>,
    /// (length up to 31, first byte) pairs of the first words: a word not in this table needs
    /// no hashing (most words of a text are not in any list).
    pub shapes: Vec<bool>,
}

fn shape_key(w: &str) -> Option<usize> {
    let b = w.as_bytes();
    (b.len() < 32 && !b.is_empty()).then(|| b.len() * 256 + b[0] as usize)
}

impl Lexicon {
    pub fn load(r: &Resources) -> Result<Lexicon, TimeError> {
        let mut lex = Lexicon::default();
        let files: [(&str, &str, Class); 18] = [
            ("months.txt", r.months, Class::Month),
            ("weekdays.txt", r.weekdays, Class::Weekday),
            ("numerals.txt", r.numerals, Class::Num),
            ("ordinals.txt", r.ordinals, Class::Ordinal),
            ("units.txt", r.units, Class::Unit),
            ("modifiers.txt", r.modifiers, Class::Mod),
            ("pointmods.txt", r.pointmods, Class::PointMod),
            ("relative.txt", r.relative, Class::Rel),
            ("directions.txt", r.directions, Class::Dir),
            ("deictic.txt", r.deictic, Class::Deictic),
            ("refs.txt", r.refs, Class::Ref),
            ("partsofday.txt", r.partsofday, Class::Pod),
            ("seasons.txt", r.seasons, Class::Season),
            ("sets.txt", r.sets, Class::Set),
            ("anchors.txt", r.anchors, Class::Anchor),
            ("tense.txt", r.tense, Class::Tense),
            ("prepositions.txt", r.prepositions, Class::Prep),
            ("holidays.txt", r.holidays, Class::Holiday),
        ];
        for (name, src, class) in files {
            for (ln, line) in data_lines(src) {
                let f = fields(line);
                if f.len() < 2 {
                    return Err(TimeError::Resource {
                        file: name.into(),
                        line: ln,
                        msg: "expected a word and a value".into(),
                    });
                }
                let words: Vec<String> = tokenize(f[0])
                    .iter()
                    .map(|t| f[0][t.start as usize..t.end as usize].to_ascii_lowercase())
                    .collect();
                if words.is_empty() {
                    continue;
                }
                let idx = lex.entries.len();
                lex.by_first.entry(words[0].clone()).or_default().push(idx);
                *lex.masks.entry(words[0].clone()).or_default() |= 1 << class as u32;
                if lex.shapes.is_empty() {
                    lex.shapes = vec![false; 32 * 256];
                }
                match shape_key(&words[0]) {
                    Some(k) => lex.shapes[k] = true,
                    None => {
                        return Err(TimeError::Resource {
                            file: name.into(),
                            line: ln,
                            msg: "word longer than 31 bytes".into(),
                        })
                    }
                }
                lex.entries.push(Entry {
                    words,
                    class,
                    value: f[1].to_string(),
                    extra: f[2..].iter().map(|s| s.to_string()).collect(),
                });
            }
        }
        Ok(lex)
    }

    /// Builds [`Lexicon::info`] from the entries and the patterns' literal ids.
    pub fn index_words(&mut self, lits: &FastMap<String, u16>) {
        let mut info: FastMap<String, WordInfo> = FastMap::default();
        for (w, v) in &self.by_first {
            let i = info.entry(w.clone()).or_default();
            i.entries = v.clone();
            i.mask = self.masks.get(w).copied().unwrap_or(0);
        }
        for (w, &id) in lits {
            info.entry(w.clone()).or_default().lit = id;
        }
        self.info = info;
    }

    /// The [`WordInfo`] of a word, if it is in any list or pattern (cheap reject first).
    pub fn word(&self, w: &str) -> Option<&WordInfo> {
        match shape_key(w) {
            Some(k) if self.shapes[k] => self.info.get(w),
            _ => None,
        }
    }

    /// Which of `cands` (entries starting with token `i`'s word) match whole at `i`.
    pub fn complete(
        &self,
        toks: &crate::token::Tokens,
        i: usize,
        cands: &[usize],
        out: &mut Vec<(usize, usize)>,
    ) {
        'e: for &ei in cands {
            let e = &self.entries[ei];
            if i + e.words.len() > toks.len() {
                continue;
            }
            for (k, w) in e.words.iter().enumerate().skip(1) {
                if toks.toks[i + k].nl_before || toks.s(i + k) != w {
                    continue 'e;
                }
            }
            out.push((ei, e.words.len()));
        }
    }

    /// Entries of `class` whose words start at token `i`; returns (entry index, tokens used).
    pub fn lookup(
        &self,
        toks: &crate::token::Tokens,
        i: usize,
        class: Class,
        out: &mut Vec<(usize, usize)>,
    ) {
        let Some(cands) = self.by_first.get(toks.s(i)) else { return };
        'e: for &ei in cands {
            let e = &self.entries[ei];
            if e.class != class {
                continue;
            }
            if i + e.words.len() > toks.len() {
                continue;
            }
            for (k, w) in e.words.iter().enumerate().skip(1) {
                if toks.toks[i + k].nl_before || toks.s(i + k) != w {
                    continue 'e;
                }
            }
            out.push((ei, e.words.len()));
        }
    }

    /// Registers a word (a pattern literal) in the quick-reject table.
    pub fn add_shape(&mut self, w: &str) {
        if let Some(k) = shape_key(w) {
            self.shapes[k] = true;
        }
    }
}
