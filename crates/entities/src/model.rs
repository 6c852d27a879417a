//! The tagger: a first-order linear-chain model over BILOU labels, decoded with Viterbi.
//!
//! Weights live in a dense hashed table (`2^bits` rows of one weight per label): a feature key's
//! top bits pick its row, so scoring a token is a handful of row additions with no hash-map
//! lookups. Collisions are rare at the table sizes used and the perceptron learns around them.
//! BILOU labels (rather than IOB) let single-token and multi-token names get their own weights,
//! which Ratinov & Roth (2009) found worth about a point of F1 on CoNLL-2003.

// Index loops over several parallel arrays read more plainly than zipped iterators here.
#![allow(clippy::needless_range_loop)]

use crate::features::{self, DocContext, Gazetteer, Sentence};

/// Entity types, in label order.
pub const TYPES: [&str; 4] = ["PER", "LOC", "ORG", "MISC"];
/// Number of labels: O plus B, I, L, U for each type.
pub const NL: usize = 1 + 4 * TYPES.len();

pub const O: u8 = 0;
const B: u8 = 0;
const I: u8 = 1;
const L: u8 = 2;
const U: u8 = 3;

pub fn label(ty: usize, pos: u8) -> u8 {
    1 + 4 * ty as u8 + pos
}
/// (type index, position) of a non-O label.
pub fn split(l: u8) -> Option<(usize, u8)> {
    if l == O {
        None
    } else {
        Some((((l - 1) / 4) as usize, (l - 1) % 4))
    }
}

/// Whether label `b` may follow label `a` (`a == None`: sentence start).
#[cfg(test)]
fn allowed_fn(a: Option<u8>, b: u8) -> bool {
    let open = |x: Option<u8>| x.and_then(split).filter(|&(_, p)| p == B || p == I);
    match (open(a), split(b)) {
        (Some((t, _)), Some((t2, p))) => t == t2 && (p == I || p == L),
        (Some(_), None) => false,
        (None, Some((_, p))) => p == B || p == U,
        (None, None) => true,
    }
}
fn allowed_end(a: u8) -> bool {
    !matches!(split(a), Some((_, p)) if p == B || p == I)
}

/// A chunk: token range `[start, end)` and type index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Chunk {
    pub start: usize,
    pub end: usize,
    pub ty: usize,
}

/// Reads chunks out of a BILOU label sequence (tolerant of invalid sequences).
pub fn chunks(labels: &[u8]) -> Vec<Chunk> {
    // Room for the names of an ordinary sentence at once: grown from nothing, the list was
    // reallocated twice in most sentences.
    let mut out = Vec::with_capacity(8);
    let mut cur: Option<(usize, usize)> = None;
    for (i, &l) in labels.iter().enumerate() {
        match split(l) {
            None => {
                if let Some((s, t)) = cur.take() {
                    out.push(Chunk { start: s, end: i, ty: t });
                }
            }
            Some((t, p)) => {
                let cont = matches!(cur, Some((_, ct)) if ct == t) && (p == I || p == L);
                if !cont {
                    if let Some((s, ct)) = cur.take() {
                        out.push(Chunk { start: s, end: i, ty: ct });
                    }
                    cur = Some((i, t));
                }
                if p == L || p == U {
                    let (s, ct) = cur.take().unwrap();
                    out.push(Chunk { start: s, end: i + 1, ty: ct });
                }
            }
        }
    }
    if let Some((s, t)) = cur {
        out.push(Chunk { start: s, end: labels.len(), ty: t });
    }
    out
}

/// BILOU labels for `n` tokens from chunks.
pub fn encode(n: usize, chunks: &[Chunk]) -> Vec<u8> {
    let mut l = vec![O; n];
    for c in chunks {
        if c.end - c.start == 1 {
            l[c.start] = label(c.ty, U);
        } else {
            l[c.start] = label(c.ty, B);
            for x in &mut l[c.start + 1..c.end - 1] {
                *x = label(c.ty, I);
            }
            l[c.end - 1] = label(c.ty, L);
        }
    }
    l
}

/// Errors reading a model file.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("not a dossier NER model (bad magic)")]
    BadMagic,
    #[error("model file is truncated or corrupt")]
    Truncated,
    #[error("model has {0} labels, this build expects {NL}")]
    Labels(usize),
}

/// One pass of the tagger as trained: emission and transition weights in `f32`.
pub(crate) struct Stage {
    /// `2^bits * NL` emission weights.
    pub(crate) w: Vec<f32>,
    /// `(NL + 1) * NL` transition weights; row `NL` is the sentence start.
    pub(crate) trans: Vec<f32>,
}

impl Stage {
    pub(crate) fn empty(bits: u32) -> Stage {
        Stage { w: vec![0.0; (1usize << bits) * NL], trans: vec![0.0; (NL + 1) * NL] }
    }
}

/// Weight columns stored per row and pass: every label but O (see [`Row`]).
const NC: usize = NL - 1;

/// The weights of one feature for both passes, quantised to 16 bits and relative to O.
///
/// Subtracting a row's O weight from all its labels shifts every label's score at that token by
/// the same amount, which changes no Viterbi decision; so the O column is dropped and one pass's
/// row is 16 × i16 = 32 bytes. The two passes' rows of a feature sit side by side in one aligned
/// 64-byte cache line, so the first pass's read brings the second pass's weights with it: memory
/// reads (every feature is a random row) are what bound tagging speed.
#[derive(Clone, Copy)]
#[repr(C, align(64))]
struct Row([[i16; NC]; 2]);

/// The weight rows, zeroed at first. On Linux they sit in memory asked to be backed by huge
/// pages: every feature reads a random row of a table of tens of megabytes, and with 4 KiB pages
/// nearly every read also misses the TLB; 2 MiB pages cover the table with a few entries.
struct RowTable {
    ptr: std::ptr::NonNull<Row>,
    len: usize,
    /// The mapping (start and length) the rows are in, or `None` for a heap allocation.
    map: Option<(*mut libc::c_void, usize)>,
}

// SAFETY: the table owns its rows like a `Vec<Row>` would; `Row` is plain data.
unsafe impl Send for RowTable {}
// SAFETY: as above; shared access is read-only.
unsafe impl Sync for RowTable {}

impl RowTable {
    /// The size of a huge page, to which the rows are aligned.
    const HUGE: usize = 2 << 20;

    fn zeroed(len: usize) -> RowTable {
        let bytes = len * std::mem::size_of::<Row>();
        #[cfg(target_os = "linux")]
        if bytes >= Self::HUGE {
            let map_len = bytes + Self::HUGE;
            // SAFETY: an anonymous private mapping with no address hint; the result is checked.
            let base = unsafe {
                libc::mmap(
                    std::ptr::null_mut(),
                    map_len,
                    libc::PROT_READ | libc::PROT_WRITE,
                    libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                    -1,
                    0,
                )
            };
            if base != libc::MAP_FAILED {
                let start = (base as usize).next_multiple_of(Self::HUGE);
                let p = start as *mut Row;
                // SAFETY: `start..start + bytes` lies inside the mapping. The advice is a hint;
                // its failure changes nothing but speed.
                unsafe { libc::madvise(p as *mut libc::c_void, bytes, libc::MADV_HUGEPAGE) };
                // Anonymous memory reads as zeros, which is an all-zero `Row`.
                return RowTable {
                    ptr: std::ptr::NonNull::new(p).expect("mapping is not null"),
                    len,
                    map: Some((base, map_len)),
                };
            }
        }
        let v = vec![Row([[0; NC]; 2]); len].into_boxed_slice();
        let len = v.len();
        let ptr = std::ptr::NonNull::new(Box::into_raw(v) as *mut Row).expect("box is not null");
        RowTable { ptr, len, map: None }
    }
}

impl std::ops::Deref for RowTable {
    type Target = [Row];
    fn deref(&self) -> &[Row] {
        // SAFETY: `ptr` points at `len` initialised rows owned by the table.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl std::ops::DerefMut for RowTable {
    fn deref_mut(&mut self) -> &mut [Row] {
        // SAFETY: as in `deref`, and `&mut self` is the only access.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }
}

impl Drop for RowTable {
    fn drop(&mut self) {
        match self.map {
            // SAFETY: the mapping was made in `zeroed` and nothing points into it any more.
            Some((base, len)) => unsafe {
                libc::munmap(base, len);
            },
            // SAFETY: the rows came from `Box::into_raw` of a boxed slice of `len` rows.
            None => unsafe {
                drop(Box::from_raw(std::ptr::slice_from_raw_parts_mut(
                    self.ptr.as_ptr(),
                    self.len,
                )));
            },
        }
    }
}

/// What is per pass besides the rows.
struct Pass {
    scale: f32,
    trans: Vec<f32>,
    /// `trans` laid out for decoding.
    tr: Trans,
}

/// Quantises a trained pass: rows relative to O, and the scale that maps i16 back to weights.
fn quantise(st: &Stage) -> (Vec<[i16; NC]>, f32) {
    let rows = st.w.len() / NL;
    let mut maxw = 0f32;
    for r in 0..rows {
        let row = &st.w[r * NL..(r + 1) * NL];
        for c in 0..NC {
            maxw = maxw.max((row[c + 1] - row[0]).abs());
        }
    }
    let scale = maxw.max(1e-9) / 32767.0;
    let q = (0..rows)
        .map(|r| {
            let row = &st.w[r * NL..(r + 1) * NL];
            let mut out = [0i16; NC];
            for c in 0..NC {
                out[c] = ((row[c + 1] - row[0]) / scale).round() as i16;
            }
            out
        })
        .collect();
    (q, scale)
}

#[inline]
fn prefetch(rows: &[Row], bits: u32, keys: &[u64]) {
    // Ask for every row before summing any: the reads then overlap instead of waiting on
    // each other.
    #[cfg(target_arch = "x86_64")]
    for &k in keys {
        let r = (k >> (64 - bits)) as usize;
        // SAFETY: prefetching is a hint with no effect on memory; `r` is in bounds.
        unsafe {
            use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
            _mm_prefetch::<_MM_HINT_T0>(rows.as_ptr().add(r) as *const i8);
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (rows, bits, keys);
}

/// The sum of weights given every label but O for a token labelled O unscored: far below any
/// sum of real weights (a few dozen keys of 16-bit weights), and far from overflowing when the
/// second pass adds its own keys' weights to it.
const OUTSIDE: i32 = -(1 << 28);

#[inline]
fn finish(scale: f32, acc: &[i32; NC]) -> [f32; NL] {
    let mut e = [0f32; NL];
    for l in 0..NC {
        e[l + 1] = acc[l] as f32 * scale;
    }
    e
}

/// The arithmetic of tagging, token after token: weight rows summed and Viterbi steps, compiled
/// twice: for any x86-64 (`AVX = false`), and for processors with AVX2 (`AVX = true`, run only
/// where [`simd::has_avx2`]), whose wider vectors do the same operations in the same order.
struct Kernels<'a> {
    rows: &'a [Row],
    bits: u32,
}

impl Kernels<'_> {
    /// The kernels over `rows`, which must be the `2^bits` rows of a model.
    fn new(rows: &[Row], bits: u32) -> Kernels<'_> {
        assert!((1..64).contains(&bits) && rows.len() == 1usize << bits, "2^bits weight rows");
        Kernels { rows, bits }
    }

    /// The row of a feature key: its top `bits` bits. This is the innermost read of tagging,
    /// so it goes without a bounds check (two instructions of the ~17 a key costs).
    #[inline(always)]
    fn row(&self, key: u64) -> &Row {
        let r = (key >> (64 - self.bits)) as usize;
        debug_assert!(r < self.rows.len());
        // SAFETY: `Kernels::new` checked that there are `2^bits` rows (and `1 <= bits < 64`),
        // and `r` is a `bits`-bit number, so it is less than `rows.len()`.
        unsafe { self.rows.get_unchecked(r) }
    }

    /// Adds the rows of `keys` to `a1` (first pass, with `P1`) and `a2` (second pass, with `P2`),
    /// two keys at a time: the loop's own instructions are then paid once per two rows. Integer
    /// sums, so the order of the additions changes nothing.
    #[inline(always)]
    fn sum<const P1: bool, const P2: bool>(
        &self,
        keys: &[u64],
        a1: &mut [i32; NC],
        a2: &mut [i32; NC],
    ) {
        let mut pairs = keys.chunks_exact(2);
        for p in &mut pairs {
            let (r, s) = (self.row(p[0]), self.row(p[1]));
            for l in 0..NC {
                if P1 {
                    a1[l] += r.0[0][l] as i32 + s.0[0][l] as i32;
                }
                if P2 {
                    a2[l] += r.0[1][l] as i32 + s.0[1][l] as i32;
                }
            }
        }
        for &key in pairs.remainder() {
            let r = self.row(key);
            for l in 0..NC {
                if P1 {
                    a1[l] += r.0[0][l] as i32;
                }
                if P2 {
                    a2[l] += r.0[1][l] as i32;
                }
            }
        }
    }

    /// First-pass scoring of a block of tokens whose keys are `keys[offs[i]..offs[i + 1]]`:
    /// with `p1`, every token's first-pass scores go into `dec`; with `local2`, its second-pass
    /// sums are appended there.
    #[inline(always)]
    fn first<const AVX: bool>(
        &self,
        keys: &[u64],
        offs: &[usize],
        p1: Option<&Pass>,
        mut local2: Option<&mut Vec<[i32; NC]>>,
        sums: &mut Vec<[i32; NC]>,
        dec: &mut Decoder,
    ) {
        // Every token's sums first, then the Viterbi steps: two tight loops.
        sums.clear();
        // The rows of the next token are asked for before this token's are summed, so that
        // the reads of one token overlap the arithmetic of the one before it.
        let ahead = |j: usize| {
            if j + 1 < offs.len() {
                prefetch(self.rows, self.bits, &keys[offs[j]..offs[j + 1]]);
            }
        };
        ahead(0);
        ahead(1);
        for i in 0..offs.len() - 1 {
            let ks = &keys[offs[i]..offs[i + 1]];
            ahead(i + 2);
            let mut a1 = [0i32; NC];
            let mut a2 = [0i32; NC];
            match (p1.is_some(), local2.is_some()) {
                // A token with no keys is plainly outside any name (see
                // `features::extract_range`): O in both passes.
                _ if ks.is_empty() => (a1, a2) = ([OUTSIDE; NC], [OUTSIDE; NC]),
                (true, true) => self.sum::<true, true>(ks, &mut a1, &mut a2),
                (true, false) => self.sum::<true, false>(ks, &mut a1, &mut a2),
                _ => self.sum::<false, true>(ks, &mut a1, &mut a2),
            }
            if let Some(l2) = local2.as_deref_mut() {
                l2.push(a2);
            }
            if p1.is_some() {
                sums.push(a1);
            }
        }
        if let Some(p1) = p1 {
            for a1 in sums.iter() {
                dec.push_scored::<AVX>(p1, a1);
            }
        }
    }

    /// Second-pass scoring of a block of tokens: each token's kept sums of local features
    /// (`local2[i]`) plus its non-local features (`extra[offs[i]..offs[i + 1]]`) go into `dec`.
    #[inline(always)]
    fn second<const AVX: bool>(
        &self,
        local2: &[[i32; NC]],
        extra: &[u64],
        offs: &[usize],
        p2: &Pass,
        sums: &mut Vec<[i32; NC]>,
        dec: &mut Decoder,
    ) {
        sums.clear();
        for (i, &acc) in local2.iter().enumerate() {
            let mut acc = acc;
            self.sum::<false, true>(&extra[offs[i]..offs[i + 1]], &mut [0; NC], &mut acc);
            sums.push(acc);
        }
        for acc in sums.iter() {
            dec.push_scored::<AVX>(p2, acc);
        }
    }
}

/// The [`Kernels`] and the Viterbi step compiled for AVX2.
#[cfg(target_arch = "x86_64")]
mod simd {
    use super::*;
    use std::arch::x86_64::*;

    /// Whether the processor has AVX2, and BMI2 with it (detected once, then a load). Every
    /// processor with AVX2 so far has BMI2 too; its shifts by a register (`shrx`) find each
    /// key's row without tying up `cl`.
    #[inline]
    pub(super) fn has_avx2() -> bool {
        std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("bmi2")
    }

    #[target_feature(enable = "avx2,bmi2")]
    pub(super) unsafe fn first(
        k: &Kernels,
        keys: &[u64],
        offs: &[usize],
        p1: Option<&Pass>,
        local2: Option<&mut Vec<[i32; NC]>>,
        sums: &mut Vec<[i32; NC]>,
        dec: &mut Decoder,
    ) {
        k.first::<true>(keys, offs, p1, local2, sums, dec)
    }

    #[target_feature(enable = "avx2,bmi2")]
    pub(super) unsafe fn second(
        k: &Kernels,
        local2: &[[i32; NC]],
        extra: &[u64],
        offs: &[usize],
        p2: &Pass,
        sums: &mut Vec<[i32; NC]>,
        dec: &mut Decoder,
    ) {
        k.second::<true>(local2, extra, offs, p2, sums, dec)
    }

    /// The inside and last labels' step of [`Decoder::push`] in one 8-lane vector, lane `2t + x`
    /// for type `t` and target I (`x = 0`) or L (`x = 1`): the same additions and strict
    /// comparisons, in the same order, as the scalar loop (B first, from minus infinity, then I),
    /// so the same scores and back-pointers.
    #[target_feature(enable = "avx2")]
    #[inline]
    pub(super) unsafe fn inner_scores(
        cur: &[f32; NL],
        e: &[f32; NL],
        tr: &Trans,
        nxt: &mut [f32; NL],
        bk: &mut [u8; NL],
    ) {
        /// The labels the lanes go to: I and L of each type.
        const TO: [usize; 8] = [2, 3, 6, 7, 10, 11, 14, 15];
        // Labels 1..9 and 9..17: [B0 I0 L0 U0 B1 I1 L1 U1], [B2 I2 L2 U2 B3 I3 L3 U3].
        // SAFETY (all loads and stores here): `cur` and `e` hold `NL` = 17 floats, so 1..9 and
        // 9..17 are in them; the weight rows and the lane buffers hold 8 floats each.
        let (ca, cb) =
            unsafe { (_mm256_loadu_ps(cur.as_ptr().add(1)), _mm256_loadu_ps(cur.as_ptr().add(9))) };
        let (ea, eb) =
            unsafe { (_mm256_loadu_ps(e.as_ptr().add(1)), _mm256_loadu_ps(e.as_ptr().add(9))) };
        // Halves of types 0 and 2 ([B I L U] each), and of types 1 and 3.
        let (c02, c13) =
            (_mm256_permute2f128_ps(ca, cb, 0x20), _mm256_permute2f128_ps(ca, cb, 0x31));
        let (e02, e13) =
            (_mm256_permute2f128_ps(ea, eb, 0x20), _mm256_permute2f128_ps(ea, eb, 0x31));
        // Lanes [t0 t0 t1 t1 | t2 t2 t3 t3]: B (element 0 of each half), I (element 1), and the
        // emissions of I and L (elements 1 and 2).
        let from_b = _mm256_shuffle_ps::<0b00_00_00_00>(c02, c13);
        let from_i = _mm256_shuffle_ps::<0b01_01_01_01>(c02, c13);
        let emit = _mm256_shuffle_ps::<0b10_01_10_01>(e02, e13);
        let (wb, wi) = unsafe {
            (_mm256_loadu_ps(tr.lanes[0].as_ptr()), _mm256_loadu_ps(tr.lanes[1].as_ptr()))
        };
        let neg = _mm256_set1_ps(f32::NEG_INFINITY);
        let b_idx = _mm256_castsi256_ps(_mm256_setr_epi32(1, 1, 5, 5, 9, 9, 13, 13));
        let i_idx = _mm256_castsi256_ps(_mm256_setr_epi32(2, 2, 6, 6, 10, 10, 14, 14));
        let vb = _mm256_add_ps(from_b, wb);
        let better = _mm256_cmp_ps::<_CMP_GT_OQ>(vb, neg);
        let best = _mm256_blendv_ps(neg, vb, better);
        let arg = _mm256_blendv_ps(_mm256_setzero_ps(), b_idx, better);
        let vi = _mm256_add_ps(from_i, wi);
        let better = _mm256_cmp_ps::<_CMP_GT_OQ>(vi, best);
        let best = _mm256_blendv_ps(best, vi, better);
        let arg = _mm256_blendv_ps(arg, i_idx, better);
        let out = _mm256_add_ps(best, emit);
        let mut o = [0f32; 8];
        let mut a = [0u32; 8];
        unsafe {
            _mm256_storeu_ps(o.as_mut_ptr(), out);
            _mm256_storeu_si256(a.as_mut_ptr() as *mut __m256i, _mm256_castps_si256(arg));
        }
        for j in 0..8 {
            nxt[TO[j]] = o[j];
            bk[TO[j]] = a[j] as u8;
        }
    }

    /// [`open_scores`](super::open_scores) in two 8-lane vectors: for every lane, each closing
    /// label in turn replaces the best so far when strictly better, as the scalar loop does
    /// (`_CMP_GT_OQ` is false on equality and on NaN, like `>`).
    #[target_feature(enable = "avx2")]
    #[inline]
    pub(super) unsafe fn open_scores(cur: &[f32; NL], tr: &Trans) -> ([f32; OL], [u32; OL]) {
        let mut best = [_mm256_set1_ps(f32::NEG_INFINITY); 2];
        let mut arg = [_mm256_setzero_ps(); 2];
        for (k, row) in tr.open.iter().enumerate() {
            let c = _mm256_set1_ps(cur[CLOSING[k]]);
            let p = _mm256_castsi256_ps(_mm256_set1_epi32(CLOSING[k] as i32));
            for h in 0..2 {
                // SAFETY: `row` holds 16 floats; lanes 8h..8h+8 are in it.
                let w = unsafe { _mm256_loadu_ps(row.as_ptr().add(8 * h)) };
                let v = _mm256_add_ps(c, w);
                let better = _mm256_cmp_ps::<_CMP_GT_OQ>(v, best[h]);
                best[h] = _mm256_blendv_ps(best[h], v, better);
                arg[h] = _mm256_blendv_ps(arg[h], p, better);
            }
        }
        let mut b = [0f32; OL];
        let mut a = [0u32; OL];
        for h in 0..2 {
            // SAFETY: `b` and `a` hold 16 lanes; lanes 8h..8h+8 are in them.
            unsafe {
                _mm256_storeu_ps(b.as_mut_ptr().add(8 * h), best[h]);
                _mm256_storeu_si256(
                    a.as_mut_ptr().add(8 * h) as *mut __m256i,
                    _mm256_castps_si256(arg[h]),
                );
            }
        }
        (b, a)
    }
}

/// A trained tagger: a first pass over local features and, optionally, a second pass that also
/// sees the first pass's labels for the same words across the document.
pub struct Model {
    bits: u32,
    passes: Vec<Pass>,
    rows: RowTable,
    pub(crate) gaz: Gazetteer,
    pub(crate) clusters: crate::clusters::Clusters,
}

const MAGIC: &[u8; 8] = b"DNERv04\0";

/// Tokens whose first-pass feature keys are written and scored at a time: a sentence of any
/// length then needs key memory for this many tokens only.
const BLOCK: usize = 1024;

/// The first this many tokens of a document (whole sentences) keep what tagging computes once
/// and reads more than once: the second pass's sums of local features from the first pass (64
/// bytes a token), and, in [`crate::annotate`], the prepared sentences (about 150 bytes a
/// token). Tokens after them have both recomputed, sentence by sentence, on every sweep, so
/// that a document's memory stops growing with its length while ordinary articles (and the
/// sizes `tests/linear_time.rs` tries) are tagged exactly as fast as with everything kept.
/// Keeping stops at the first sentence that would pass this count, so only the tokens after
/// it pay for recomputing.
pub const KEEP: usize = 1 << 19;

/// Whether a sentence of `n` tokens after `kept` kept ones is kept too (see [`KEEP`]).
pub fn keeps(kept: usize, n: usize) -> bool {
    kept + n <= KEEP
}

/// A document's sentences, produced in order as often as tagging asks: kept in memory (a
/// slice), or rebuilt from the text each time so that only one sentence is held at once.
pub trait Sentences {
    /// Calls `f` with every sentence of the document, in order.
    fn sweep(&mut self, f: &mut dyn FnMut(&Sentence));
}

/// Sentences already built.
pub struct SliceSentences<'a>(pub &'a [Sentence]);

impl Sentences for SliceSentences<'_> {
    fn sweep(&mut self, f: &mut dyn FnMut(&Sentence)) {
        for s in self.0 {
            f(s);
        }
    }
}

/// Reusable buffers for tagging, so a long run allocates little per sentence.
#[derive(Default)]
pub struct Scratch {
    /// First-pass feature keys of the block of tokens being tagged (one buffer, reused: the
    /// second pass needs only `local2`, so keeping every sentence's keys would cost memory for
    /// nothing).
    keys: Vec<u64>,
    offs: Vec<usize>,
    extra: Vec<u64>,
    extra_offs: Vec<usize>,
    /// The Viterbi decoder of the sentence being tagged (scores go in token by token).
    dec: Decoder,
    /// Second-pass sums of the local features, per token of the document.
    local2: Vec<[i32; NC]>,
    /// First-pass sums of the block of tokens being scored.
    sums: Vec<[i32; NC]>,
}

impl Scratch {
    /// Lets go of any buffer a long document grew past [`Scratch::KEPT_BYTES`], so that a
    /// scratch kept from one document to the next holds what an ordinary article needs.
    pub fn trim(&mut self) {
        fn cap<T>(v: &mut Vec<T>) {
            if v.capacity() * std::mem::size_of::<T>() > Scratch::KEPT_BYTES {
                *v = Vec::new();
            }
        }
        cap(&mut self.keys);
        cap(&mut self.offs);
        cap(&mut self.extra);
        cap(&mut self.extra_offs);
        cap(&mut self.dec.back);
        cap(&mut self.local2);
        cap(&mut self.sums);
    }

    /// Largest buffer [`Scratch::trim`] keeps: a few thousand tokens' worth.
    pub const KEPT_BYTES: usize = 1 << 20;

    /// Bytes the buffers hold room for.
    #[cfg(test)]
    pub(crate) fn held_bytes(&self) -> usize {
        fn b<T>(v: &Vec<T>) -> usize {
            v.capacity() * std::mem::size_of::<T>()
        }
        b(&self.keys)
            + b(&self.offs)
            + b(&self.extra)
            + b(&self.extra_offs)
            + b(&self.dec.back)
            + b(&self.local2)
            + b(&self.sums)
    }
}

impl Model {
    /// The shipped form of freshly trained passes (quantised exactly as the file stores them).
    pub(crate) fn from_trained(
        bits: u32,
        stages: &[Stage],
        gaz: Gazetteer,
        clusters: crate::clusters::Clusters,
    ) -> Model {
        let mut rows = RowTable::zeroed(1usize << bits);
        let mut passes = Vec::new();
        for (p, st) in stages.iter().enumerate().take(2) {
            let (q, scale) = quantise(st);
            for (row, q) in rows.iter_mut().zip(q) {
                row.0[p] = q;
            }
            passes.push(Pass { scale, trans: st.trans.clone(), tr: Trans::new(&st.trans) });
        }
        Model { bits, passes, rows, gaz, clusters }
    }

    /// Number of passes (1 or 2).
    pub fn passes(&self) -> usize {
        self.passes.len()
    }

    /// Labels for every sentence of one document.
    pub fn tag_doc(&self, sents: &[Sentence], sc: &mut Scratch) -> Vec<Vec<u8>> {
        let mut out = Vec::with_capacity(sents.len());
        self.tag_each(&mut SliceSentences(sents), sc, &mut |l| out.push(l.to_vec()));
        out
    }

    /// Tags a document whose sentences `src` produces on demand: `emit` gets every sentence's
    /// labels, in order.
    ///
    /// What lives for the whole document is small: the first pass's labels (a byte a token) and
    /// per-word tables ([`DocContext`], [`features::DocLabels`]). The sentences themselves are
    /// visited once for the document's case table, once per pass, and dropped in between; the
    /// second pass's sums of local features are kept from the first pass only for documents of
    /// the first sentences (see [`KEEP`]) and recomputed for later ones.
    pub fn tag_each(&self, src: &mut dyn Sentences, sc: &mut Scratch, emit: &mut dyn FnMut(&[u8])) {
        let mut doc = DocContext::default();
        src.sweep(&mut |s| doc.add(s));
        let two = self.passes.len() > 1;
        sc.local2.clear();
        let mut labels1: Vec<u8> = Vec::new();
        let mut agg = features::DocLabels::default();
        // Tokens of the first sentences, whose second-pass sums are kept (see `KEEP`).
        let mut kept = 0;
        let mut keeping = two;
        src.sweep(&mut |s| {
            let n = s.toks.len();
            keeping = keeping && keeps(kept, n);
            let keep = keeping;
            if keep {
                kept += n;
            }
            let prep = features::Prepared::new(s, &self.gaz, &self.clusters);
            sc.dec.start(s.toks.len());
            for b in (0..s.toks.len()).step_by(BLOCK) {
                let block = b..(b + BLOCK).min(s.toks.len());
                self.local(s, &doc, &prep, block, sc, true, keep);
            }
            let l = sc.dec.finish();
            if two {
                agg.add(s, &l);
                labels1.extend_from_slice(&l);
            } else {
                emit(&l);
            }
        });
        let Some(p2) = self.passes.get(1) else {
            return;
        };
        let mut t = 0;
        src.sweep(&mut |s| {
            let n = s.toks.len();
            let l1 = &labels1[t..t + n];
            let prep =
                (t + n > kept).then(|| features::Prepared::new(s, &self.gaz, &self.clusters));
            let nprep = features::NonlocalPrep::new(s, l1, &agg);
            sc.dec.start(n);
            for b in (0..n).step_by(BLOCK) {
                let block = b..(b + BLOCK).min(n);
                let base = match &prep {
                    None => t + b,
                    Some(prep) => {
                        // Every later sentence is past the kept ones too: the kept sums are
                        // read no more.
                        sc.local2.clear();
                        self.local(s, &doc, prep, block.clone(), sc, false, true);
                        0
                    }
                };
                features::nonlocal_range(
                    s,
                    l1,
                    &agg,
                    &nprep,
                    block.clone(),
                    true,
                    &mut sc.extra,
                    &mut sc.extra_offs,
                );
                prefetch(&self.rows, self.bits, &sc.extra);
                let k = Kernels::new(&self.rows, self.bits);
                let local2 = &sc.local2[base..base + block.len()];
                let (extra, offs, sums, dec) =
                    (&sc.extra, &sc.extra_offs, &mut sc.sums, &mut sc.dec);
                #[cfg(target_arch = "x86_64")]
                if simd::has_avx2() {
                    // SAFETY: the processor has AVX2.
                    unsafe { simd::second(&k, local2, extra, offs, p2, sums, dec) };
                    continue;
                }
                k.second::<false>(local2, extra, offs, p2, sums, dec);
            }
            t += n;
            emit(&sc.dec.finish());
        });
    }

    /// Sums of the local features' weights for the tokens of `s` in `range`: the first pass's
    /// scores fed to `sc.dec` (when `first`), the second pass's sums appended to `sc.local2`
    /// (when `second`).
    #[allow(clippy::too_many_arguments)]
    fn local(
        &self,
        s: &Sentence,
        doc: &DocContext,
        prep: &features::Prepared,
        range: std::ops::Range<usize>,
        sc: &mut Scratch,
        first: bool,
        second: bool,
    ) {
        features::extract_range(s, doc, prep, range, true, &mut sc.keys, &mut sc.offs);
        let p1 = first.then(|| &self.passes[0]);
        let local2 = second.then_some(&mut sc.local2);
        let k = Kernels::new(&self.rows, self.bits);
        #[cfg(target_arch = "x86_64")]
        if simd::has_avx2() {
            // SAFETY: the processor has AVX2.
            unsafe { simd::first(&k, &sc.keys, &sc.offs, p1, local2, &mut sc.sums, &mut sc.dec) };
            return;
        }
        k.first::<false>(&sc.keys, &sc.offs, p1, local2, &mut sc.sums, &mut sc.dec);
    }

    /// Serialises the model compactly: only non-zero weight cells, as (label, i16) pairs.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.bits.to_le_bytes());
        out.extend_from_slice(&(NL as u32).to_le_bytes());
        out.extend_from_slice(&(self.passes.len() as u32).to_le_bytes());
        for (p, pass) in self.passes.iter().enumerate() {
            for &t in &pass.trans {
                out.extend_from_slice(&t.to_le_bytes());
            }
            out.extend_from_slice(&pass.scale.to_le_bytes());
            let mut body = Vec::new();
            let mut count = 0u32;
            let mut prev = 0usize;
            for (r, row) in self.rows.iter().enumerate() {
                let row = &row.0[p];
                let nnz = row.iter().filter(|&&q| q != 0).count();
                if nnz == 0 {
                    continue;
                }
                count += 1;
                put_varint(&mut body, (r - prev) as u64);
                prev = r;
                body.push(nnz as u8);
                for (l, &v) in row.iter().enumerate().filter(|(_, &q)| q != 0) {
                    body.push(l as u8);
                    body.extend_from_slice(&v.to_le_bytes());
                }
            }
            out.extend_from_slice(&count.to_le_bytes());
            out.extend_from_slice(&body);
        }
        let mut g: Vec<(u64, u8)> = self.gaz.iter().map(|(&k, &v)| (k, v)).collect();
        g.sort_unstable();
        out.extend_from_slice(&(g.len() as u32).to_le_bytes());
        for (k, v) in g {
            out.extend_from_slice(&k.to_le_bytes());
            out.push(v);
        }
        // Word classes: an optional last section (models without one end here).
        if !self.clusters.is_empty() {
            let mut c: Vec<(u64, (u8, u8))> = self.clusters.iter().map(|(&k, &v)| (k, v)).collect();
            c.sort_unstable();
            out.extend_from_slice(&(c.len() as u32).to_le_bytes());
            for (k, (f, co)) in c {
                out.extend_from_slice(&k.to_le_bytes());
                out.push(f);
                out.push(co);
            }
        }
        out
    }

    pub fn from_bytes(b: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader { b, at: 0 };
        if r.take(8)? != MAGIC {
            return Err(ModelError::BadMagic);
        }
        let bits = r.u32()?;
        if !(8..=26).contains(&bits) {
            return Err(ModelError::Truncated);
        }
        let nl = r.u32()? as usize;
        if nl != NL {
            return Err(ModelError::Labels(nl));
        }
        let npasses = r.u32()? as usize;
        if !(1..=2).contains(&npasses) {
            return Err(ModelError::Truncated);
        }
        let mut rows = RowTable::zeroed(1usize << bits);
        let mut passes = Vec::new();
        for p in 0..npasses {
            let mut trans = vec![0f32; (NL + 1) * NL];
            for t in trans.iter_mut() {
                *t = r.f32()?;
            }
            let scale = r.f32()?;
            let count = r.u32()?;
            let mut row = 0usize;
            for _ in 0..count {
                row += r.varint()? as usize;
                if row >= 1 << bits {
                    return Err(ModelError::Truncated);
                }
                let nnz = r.take(1)?[0] as usize;
                for _ in 0..nnz {
                    let l = r.take(1)?[0] as usize;
                    let v = i16::from_le_bytes(r.take(2)?.try_into().unwrap());
                    if l >= NC {
                        return Err(ModelError::Truncated);
                    }
                    rows[row].0[p][l] = v;
                }
            }
            passes.push(Pass { scale, tr: Trans::new(&trans), trans });
        }
        let ng = r.u32()?;
        let mut gaz = Gazetteer::with_capacity_and_hasher(ng as usize, Default::default());
        for _ in 0..ng {
            let k = u64::from_le_bytes(r.take(8)?.try_into().unwrap());
            let v = r.take(1)?[0];
            gaz.insert(k, v);
        }
        let mut clusters = crate::clusters::Clusters::default();
        if r.at < b.len() {
            let nc = r.u32()?;
            for _ in 0..nc {
                let k = u64::from_le_bytes(r.take(8)?.try_into().unwrap());
                let v = r.take(2)?;
                clusters.insert(k, (v[0], v[1]));
            }
        }
        Ok(Model { bits, passes, rows, gaz, clusters })
    }
}

/// Best label sequence under emission `scores` and transitions `trans` (row `NL` = start),
/// restricted to well-formed BILOU sequences.
pub(crate) fn viterbi(scores: &[[f32; NL]], trans: &[f32], back: &mut Vec<[u8; NL]>) -> Vec<u8> {
    let tr = Trans::new(trans);
    let mut d = Decoder { cur: [0.0; NL], back: std::mem::take(back) };
    d.start(scores.len());
    for e in scores {
        d.push::<false>(e, &tr);
    }
    let out = d.finish();
    *back = d.back;
    out
}

/// The best score of every opening label over its predecessors (the closing labels, in label
/// order, the first of equals kept), and that predecessor.
#[inline(always)]
fn open_scores(cur: &[f32; NL], tr: &Trans) -> ([f32; OL], [u32; OL]) {
    let mut best = [f32::NEG_INFINITY; OL];
    let mut arg = [0u32; OL];
    for (k, row) in tr.open.iter().enumerate() {
        let c = cur[CLOSING[k]];
        let p = CLOSING[k] as u32;
        for j in 0..OL {
            let v = c + row[j];
            if v > best[j] {
                best[j] = v;
                arg[j] = p;
            }
        }
    }
    (best, arg)
}

/// Labels that may follow any closing label (O, every L, every U) and start a sentence: O, every
/// B and every U, in label order.
const OPENING: [usize; 9] = [0, 1, 4, 5, 8, 9, 12, 13, 16];
/// Labels after which any opening label may follow: O, every L and every U, in label order.
const CLOSING: [usize; 9] = [0, 3, 4, 7, 8, 11, 12, 15, 16];
/// Lanes of the opening labels' scores (9, padded to two 8-wide vectors).
const OL: usize = 16;

/// Transition weights laid out for [`Decoder::push`]: the BILOU constraints leave each opening
/// label (O, B, U) the nine closing labels (O, L, U) as predecessors, and each inside or last
/// label (I, L) the B and I of its own type; everything else is forbidden.
pub(crate) struct Trans {
    /// `open[k][j]`: from `CLOSING[k]` to `OPENING[j]` (lanes past 9 unused).
    open: [[f32; OL]; 9],
    /// `inner[t][m]`: from B (`m = 0`) or I (`m = 1`) of type `t` to I (`[0]`) and L (`[1]`).
    inner: [[[f32; 2]; 2]; TYPES.len()],
    /// `inner` by lane for [`simd::inner_scores`]: `lanes[m][2 * t + x] = inner[t][m][x]`.
    #[cfg_attr(not(target_arch = "x86_64"), allow(dead_code))]
    lanes: [[f32; 8]; 2],
    /// From the sentence start to every label.
    start: [f32; NL],
}

impl Trans {
    /// Lays out `trans` (`(NL + 1) * NL`, row `NL` the sentence start).
    pub(crate) fn new(trans: &[f32]) -> Trans {
        assert_eq!(trans.len(), (NL + 1) * NL, "transition table of (NL + 1) * NL");
        let mut open = [[f32::NEG_INFINITY; OL]; 9];
        for (k, &p) in CLOSING.iter().enumerate() {
            for (j, &l) in OPENING.iter().enumerate() {
                open[k][j] = trans[p * NL + l];
            }
        }
        let mut inner = [[[0f32; 2]; 2]; TYPES.len()];
        for (t, row) in inner.iter_mut().enumerate() {
            for (m, from) in [label(t, B), label(t, I)].into_iter().enumerate() {
                for (x, to) in [label(t, I), label(t, L)].into_iter().enumerate() {
                    row[m][x] = trans[from as usize * NL + to as usize];
                }
            }
        }
        let mut lanes = [[0f32; 8]; 2];
        for (t, row) in inner.iter().enumerate() {
            for (m, ws) in row.iter().enumerate() {
                lanes[m][2 * t..2 * t + 2].copy_from_slice(ws);
            }
        }
        let mut start = [0f32; NL];
        start.copy_from_slice(&trans[NL * NL..]);
        Trans { open, inner, lanes, start }
    }
}

/// [`viterbi`] fed one token's emission scores at a time, so that no sentence's scores are ever
/// held at once: only the back-pointers (a byte a label a token).
#[derive(Default)]
pub(crate) struct Decoder {
    cur: [f32; NL],
    /// Back-pointers of every token but the first, in order.
    back: Vec<[u8; NL]>,
}

impl Decoder {
    /// Starts a sentence of `n` tokens.
    fn start(&mut self, n: usize) {
        self.back.clear();
        self.back.reserve_exact(n);
        self.cur = [f32::NEG_INFINITY; NL];
    }

    /// Adds the next token's emission scores `e`, under transitions `tr` (the first push
    /// after [`Decoder::start`] is the sentence's first token, with no back-pointers).
    ///
    /// Each label takes the best of its allowed predecessors, the first in label order among
    /// equals, exactly as a scan of every allowed predecessor in label order would.
    #[inline(always)]
    fn push<const AVX: bool>(&mut self, e: &[f32; NL], tr: &Trans) {
        const NEG: f32 = f32::NEG_INFINITY;
        if self.back.is_empty() {
            for &l in &OPENING {
                self.cur[l] = e[l] + tr.start[l];
            }
            self.back.push([0; NL]);
            return;
        }
        let cur = &self.cur;
        let mut nxt = [NEG; NL];
        let mut bk = [0u8; NL];
        // Opening labels: the nine closing labels in label order, every lane at once.
        #[cfg(target_arch = "x86_64")]
        // SAFETY: `AVX` is true only in code run where the processor has AVX2.
        let (best, arg) =
            if AVX { unsafe { simd::open_scores(cur, tr) } } else { open_scores(cur, tr) };
        #[cfg(not(target_arch = "x86_64"))]
        let (best, arg) = open_scores(cur, tr);
        for (j, &l) in OPENING.iter().enumerate() {
            nxt[l] = best[j] + e[l];
            bk[l] = arg[j] as u8;
        }
        // Inside and last labels: B then I of their own type.
        #[cfg(target_arch = "x86_64")]
        if AVX {
            // SAFETY: `AVX` is true only in code run where the processor has AVX2.
            unsafe { simd::inner_scores(cur, e, tr, &mut nxt, &mut bk) };
            self.back.push(bk);
            self.cur = nxt;
            return;
        }
        for (t, w) in tr.inner.iter().enumerate() {
            let (b, i) = (label(t, B) as usize, label(t, I) as usize);
            for (x, to) in [i, label(t, L) as usize].into_iter().enumerate() {
                let mut best = NEG;
                let mut arg = 0u8;
                let v = cur[b] + w[0][x];
                if v > best {
                    best = v;
                    arg = b as u8;
                }
                let v = cur[i] + w[1][x];
                if v > best {
                    best = v;
                    arg = i as u8;
                }
                nxt[to] = best + e[to];
                bk[to] = arg;
            }
        }
        self.back.push(bk);
        self.cur = nxt;
    }

    /// [`Decoder::push`] of a token's sums of weights under pass `p`; a token labelled O
    /// unscored ([`OUTSIDE`]) takes the O label's step alone.
    #[inline(always)]
    fn push_scored<const AVX: bool>(&mut self, p: &Pass, acc: &[i32; NC]) {
        if acc[0] <= OUTSIDE / 2 {
            self.push_outside(&p.tr);
        } else {
            self.push::<AVX>(&finish(p.scale, acc), &p.tr);
        }
    }

    /// The step of a token that can only be O: O takes the best of the closing labels before
    /// it (the first in label order among equals, as in [`Decoder::push`]); no other label can
    /// be on a path through this token.
    #[inline(always)]
    fn push_outside(&mut self, tr: &Trans) {
        const NEG: f32 = f32::NEG_INFINITY;
        let mut nxt = [NEG; NL];
        let mut bk = [0u8; NL];
        if self.back.is_empty() {
            nxt[O as usize] = tr.start[O as usize];
        } else {
            let mut best = NEG;
            for (k, &p) in CLOSING.iter().enumerate() {
                // (OPENING[0] is O.)
                let v = self.cur[p] + tr.open[k][0];
                if v > best {
                    best = v;
                    bk[O as usize] = p as u8;
                }
            }
            nxt[O as usize] = best;
        }
        self.back.push(bk);
        self.cur = nxt;
    }

    /// The best labels of the tokens pushed since [`Decoder::start`].
    fn finish(&mut self) -> Vec<u8> {
        const NEG: f32 = f32::NEG_INFINITY;
        let n = self.back.len();
        if n == 0 {
            return Vec::new();
        }
        let mut best = NEG;
        let mut arg = 0u8;
        for l in 0..NL {
            if allowed_end(l as u8) && self.cur[l] > best {
                best = self.cur[l];
                arg = l as u8;
            }
        }
        let mut out = vec![0u8; n];
        out[n - 1] = arg;
        for i in (1..n).rev() {
            out[i - 1] = self.back[i][out[i] as usize];
        }
        out
    }
}

/// Allowed transitions, and for each label the labels that may precede it (at most 9 in BILOU:
/// O, every L and every U before O, B or U; B or I of the same type before I or L).
#[cfg(test)]
struct Tables {
    allowed: [[bool; NL]; NL + 1],
    preds: [[u8; NL]; NL],
    npreds: [usize; NL],
}

#[cfg(test)]
fn tables() -> Tables {
    let mut allowed = [[false; NL]; NL + 1];
    for (a, row) in allowed.iter_mut().enumerate() {
        for (b, cell) in row.iter_mut().enumerate() {
            let prev = if a == NL { None } else { Some(a as u8) };
            *cell = allowed_fn(prev, b as u8);
        }
    }
    let mut preds = [[0u8; NL]; NL];
    let mut npreds = [0usize; NL];
    for b in 0..NL {
        for a in 0..NL {
            if allowed[a][b] {
                preds[b][npreds[b]] = a as u8;
                npreds[b] += 1;
            }
        }
    }
    Tables { allowed, preds, npreds }
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}
impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let s = self.b.get(self.at..self.at + n).ok_or(ModelError::Truncated)?;
        self.at += n;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    fn varint(&mut self) -> Result<u64, ModelError> {
        let mut v = 0u64;
        let mut shift = 0;
        loop {
            let c = self.take(1)?[0];
            v |= ((c & 0x7f) as u64) << shift;
            if c & 0x80 == 0 {
                return Ok(v);
            }
            shift += 7;
            if shift > 63 {
                return Err(ModelError::Truncated);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bilou_round_trip() {
        let c = vec![
            Chunk { start: 0, end: 2, ty: 0 },
            Chunk { start: 2, end: 3, ty: 0 },
            Chunk { start: 4, end: 7, ty: 2 },
        ];
        let l = encode(8, &c);
        assert_eq!(chunks(&l), c);
    }

    #[test]
    fn viterbi_respects_constraints() {
        // Emissions prefer an ill-formed "I" at the start; decoding must still be well formed.
        let mut s = [[0f32; NL]; 2];
        s[0][label(0, I) as usize] = 5.0;
        s[1][label(0, L) as usize] = 5.0;
        let trans = vec![0f32; (NL + 1) * NL];
        let out = viterbi(&s, &trans, &mut Vec::new());
        assert!(
            allowed_fn(None, out[0]) && allowed_fn(Some(out[0]), out[1]) && allowed_end(out[1])
        );
    }

    /// Viterbi as first written: every allowed predecessor of every label, in label order.
    fn viterbi_reference(scores: &[[f32; NL]], trans: &[f32]) -> Vec<u8> {
        let tb = tables();
        let n = scores.len();
        if n == 0 {
            return Vec::new();
        }
        let mut cur = [f32::NEG_INFINITY; NL];
        for l in 0..NL {
            if tb.allowed[NL][l] {
                cur[l] = scores[0][l] + trans[NL * NL + l];
            }
        }
        let mut back = vec![[0u8; NL]];
        for e in &scores[1..] {
            let mut nxt = [f32::NEG_INFINITY; NL];
            let mut bk = [0u8; NL];
            for l in 0..NL {
                let mut best = f32::NEG_INFINITY;
                let mut arg = 0u8;
                for &p in &tb.preds[l][..tb.npreds[l]] {
                    let v = cur[p as usize] + trans[p as usize * NL + l];
                    if v > best {
                        best = v;
                        arg = p;
                    }
                }
                nxt[l] = best + e[l];
                bk[l] = arg;
            }
            back.push(bk);
            cur = nxt;
        }
        let mut best = f32::NEG_INFINITY;
        let mut arg = 0u8;
        for l in 0..NL {
            if allowed_end(l as u8) && cur[l] > best {
                best = cur[l];
                arg = l as u8;
            }
        }
        let mut out = vec![0u8; n];
        out[n - 1] = arg;
        for i in (1..n).rev() {
            out[i - 1] = back[i][out[i] as usize];
        }
        out
    }

    /// [`viterbi`] with the Viterbi steps compiled for AVX2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn viterbi_avx2(scores: &[[f32; NL]], trans: &[f32]) -> Vec<u8> {
        let tr = Trans::new(trans);
        let mut d = Decoder::default();
        d.start(scores.len());
        for e in scores {
            d.push::<true>(e, &tr);
        }
        d.finish()
    }

    #[test]
    fn decoder_matches_the_reference_scan() {
        // Small integer-valued weights make many ties, which must break the same way.
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut next = |m: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % m) as f32 - (m / 2) as f32
        };
        for round in 0..3000 {
            let m = [3, 7, 1000][round % 3];
            let trans: Vec<f32> = (0..(NL + 1) * NL).map(|_| next(m)).collect();
            let n = 1 + round % 9;
            let scores: Vec<[f32; NL]> =
                (0..n).map(|_| std::array::from_fn(|_| next(m) * 0.5)).collect();
            let want = viterbi_reference(&scores, &trans);
            assert_eq!(viterbi(&scores, &trans, &mut Vec::new()), want, "round {round}");
            #[cfg(target_arch = "x86_64")]
            if simd::has_avx2() {
                // SAFETY: the processor has AVX2.
                assert_eq!(unsafe { viterbi_avx2(&scores, &trans) }, want, "round {round}");
            }
        }
    }

    #[test]
    fn serialisation_round_trip() {
        let mut a = Stage::empty(10);
        let mut b2 = Stage::empty(10);
        a.w[5] = 1.5;
        b2.w[NL * 700 + 3] = -0.25;
        a.trans[3] = 0.5;
        let mut g = Gazetteer::default();
        g.insert(42, 3);
        let mut cl = crate::clusters::Clusters::default();
        cl.insert(7, (1, 2));
        let m = Model::from_trained(10, &[a, b2], g, cl);
        let b = m.to_bytes();
        let m2 = Model::from_bytes(&b).unwrap();
        assert_eq!(m2.to_bytes(), b);
        let (p0, p1) = (&m2.passes[0], &m2.passes[1]);
        assert!((m2.rows[0].0[0][4] as f32 * p0.scale - 1.5).abs() < 1e-3);
        assert!((m2.rows[700].0[1][2] as f32 * p1.scale + 0.25).abs() < 1e-3);
        assert_eq!(p0.trans[3], 0.5);
        assert_eq!(m2.gaz.get(&42), Some(&3));
        assert_eq!(m2.clusters.get(&7), Some(&(1, 2)));
        assert!(Model::from_bytes(&b[..b.len() - 3]).is_err());
        assert!(Model::from_bytes(b"garbage!garbage!").is_err());
    }
}
