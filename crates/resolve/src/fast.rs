//! Speed helpers: a small fast hasher for the crate's maps (keys are short names, never chosen
//! by an attacker in a way that matters here) and per-thread memo tables for the pure functions
//! that the same names go through again and again (in one article and across the corpus).

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::thread::LocalKey;

/// The FxHash function (as in rustc): one multiply per word.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.hash = (self.hash.rotate_left(5) ^ w).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, mut bytes: &[u8]) {
        while bytes.len() >= 8 {
            self.add(u64::from_le_bytes(bytes[..8].try_into().unwrap()));
            bytes = &bytes[8..];
        }
        if bytes.len() >= 4 {
            self.add(u32::from_le_bytes(bytes[..4].try_into().unwrap()) as u64);
            bytes = &bytes[4..];
        }
        for &b in bytes {
            self.add(b as u64);
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        // Mixes high bits into low ones (the table indexes by the low bits): keys that differ
        // only in their last bytes ("a1", "a2") then do not crowd one corner of the table.
        let mut h = self.hash;
        h ^= h >> 31;
        h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
        h ^= h >> 29;
        h
    }
}

pub type FxBuild = BuildHasherDefault<FxHasher>;
pub type FxHashMap<K, V> = HashMap<K, V, FxBuild>;
pub type FxHashSet<K> = HashSet<K, FxBuild>;

/// A per-thread memo table from a string to a value.
pub type Memo<V> = RefCell<FxHashMap<Box<str>, V>>;

/// Entries a memo table holds before it starts afresh (bounds memory on huge corpora).
const MEMO_MAX: usize = 1 << 14;

/// `f(key)` through the thread's memo table `table`.
#[inline]
pub fn memo<V: Clone>(
    table: &'static LocalKey<Memo<V>>,
    key: &str,
    f: impl FnOnce(&str) -> V,
) -> V {
    if let Some(v) = table.with(|t| t.borrow().get(key).cloned()) {
        return v;
    }
    let v = f(key);
    table.with(|t| {
        let mut t = t.borrow_mut();
        if t.len() >= MEMO_MAX {
            t.clear();
        }
        t.insert(key.into(), v.clone());
    });
    v
}

/// `g(&f(key))` through the thread's memo table `table`, without cloning a value found there.
/// `g` must not use `table` itself.
#[inline]
pub fn memo_with<V, R>(
    table: &'static LocalKey<Memo<V>>,
    key: &str,
    f: impl FnOnce(&str) -> V,
    g: impl FnOnce(&V) -> R,
) -> R {
    table.with(|t| {
        if let Some(v) = t.borrow().get(key) {
            return g(v);
        }
        let v = f(key);
        let r = g(&v);
        let mut t = t.borrow_mut();
        if t.len() >= MEMO_MAX {
            t.clear();
        }
        t.insert(key.into(), v);
        r
    })
}
