//! A small, fast hash for the word lists every stage keeps.
//!
//! The keys are short words shipped with the program and looked up once or more per token,
//! where SipHash's protection against adversarial keys buys nothing and costs more than the rest
//! of the look-up. The hash takes a word eight bytes at a time (a word of up to seven bytes in
//! one or two loads), so a look-up costs a few multiplications whatever the word's length,
//! where a byte-at-a-time hash (FNV-1a) waits on one multiplication per byte.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// Multiplier of the mixing steps (an odd constant with well-spread bits).
const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// The word hasher of [`FastMap`] and [`FastSet`] (named for the FNV-1a it replaced).
#[derive(Default)]
pub struct Fnv(u64);

impl Fnv {
    #[inline]
    fn step(&mut self, v: u64) {
        self.0 = (self.0 ^ v).wrapping_mul(K).rotate_left(31);
    }
}

/// The bytes of `b` (at most 8) as one number, the length in the top byte so that words that
/// differ only by trailing zero bytes differ.
#[inline]
fn small(b: &[u8]) -> u64 {
    let n = b.len();
    let v = if n >= 4 {
        // Two overlapping four-byte loads cover 4 to 8 bytes.
        let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as u64;
        let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]) as u64;
        lo | hi << 32
    } else if n > 0 {
        b[0] as u64 | (b[n / 2] as u64) << 8 | (b[n - 1] as u64) << 16
    } else {
        0
    };
    v ^ (n as u64) << 56
}

impl Hasher for Fnv {
    #[inline]
    fn finish(&self) -> u64 {
        let h = self.0;
        let h = (h ^ h >> 32).wrapping_mul(K);
        h ^ h >> 29
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        if bytes.len() <= 8 {
            self.step(small(bytes));
            return;
        }
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.step(u64::from_le_bytes(c.try_into().expect("eight bytes")));
        }
        // The last (partial) chunk, and the length.
        let r = chunks.remainder();
        self.step(small(r) ^ (bytes.len() as u64).rotate_left(32));
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.step(0x100 | b as u64);
    }
}

/// A hash map keyed by short words.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
/// A hash set of short words.
pub type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    fn h(s: &str) -> u64 {
        BuildHasherDefault::<Fnv>::default().hash_one(s)
    }

    #[test]
    fn words_of_any_length_hash_apart() {
        let words = [
            "",
            "a",
            "b",
            "ab",
            "ba",
            "abc",
            "abcd",
            "abcde",
            "abcdefg",
            "abcdefgh",
            "abcdefghi",
            "a\0",
            "said",
            "says",
            "saying",
            "international",
            "internationally",
        ];
        let hs: HashSet<u64> = words.iter().map(|w| h(w)).collect();
        assert_eq!(hs.len(), words.len());
        let mut m: FastMap<&str, usize> = FastMap::default();
        for (i, w) in words.iter().enumerate() {
            m.insert(w, i);
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(m.get(w), Some(&i));
        }
        assert_eq!(m.get("abcdefgi"), None);
    }
}
