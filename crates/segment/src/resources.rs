//! Abbreviation and sentence-starter lists, loaded once from `resources/en/segment/`.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// FNV-1a: the keys are a few hundred short words looked up once per full stop, where SipHash's
/// protection against adversarial keys buys nothing and costs a third of the lookup time.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type WordSet = HashSet<&'static str, BuildHasherDefault<Fnv>>;

pub(crate) struct Resources {
    abbreviations: WordSet,
    numeric: WordSet,
    starters: WordSet,
}

fn set(s: &'static str) -> WordSet {
    s.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

static RESOURCES: LazyLock<Resources> = LazyLock::new(|| Resources {
    abbreviations: set(include_str!("../../../resources/en/segment/abbreviations.txt")),
    numeric: set(include_str!("../../../resources/en/segment/numeric_abbreviations.txt")),
    starters: set(include_str!("../../../resources/en/segment/sentence_starters.txt")),
});

pub(crate) fn get() -> &'static Resources {
    &RESOURCES
}

impl Resources {
    pub(crate) fn is_abbreviation(&self, w: &str) -> bool {
        self.abbreviations.contains(w)
    }
    pub(crate) fn is_numeric_abbreviation(&self, w: &str) -> bool {
        self.numeric.contains(w)
    }
    pub(crate) fn is_sentence_starter(&self, w: &str) -> bool {
        self.starters.contains(w)
    }
}
