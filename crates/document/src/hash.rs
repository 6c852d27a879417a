//! A small, fast hash for the word lists every stage keeps (FNV-1a).
//!
//! The keys are short words shipped with the program and looked up once or more per token,
//! where SipHash's protection against adversarial keys buys nothing and costs more than the rest
//! of the look-up.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a over the bytes written.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for b in bytes {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A hash map keyed by short words.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
/// A hash set of short words.
pub type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;
