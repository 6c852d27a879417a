//! Word classes learned from unlabeled text: words that occur between the same neighbours end up
//! in the same class, so a name the labelled data never showed ("Norilsk") can borrow the
//! evidence of the names it keeps company with. This is the role Brown clusters play in
//! feature-based taggers (Ratinov & Roth 2009); here the classes come from k-means over
//! positive-PMI vectors of left and right neighbours, which is far cheaper to compute.
//!
//! Deterministic: words are ordered by frequency then spelling, centroids start from evenly
//! spaced words of that order, and no hash-map iteration order leaks into the result.

use crate::features::{normalise, HashKeyed, TokInfo};
use std::collections::HashMap;

/// Word hash (lower case) -> (fine class, coarse class).
pub type Clusters = HashKeyed<(u8, u8)>;

#[derive(Debug, Clone)]
pub struct ClusterOptions {
    /// Words seen fewer times get no class.
    pub min_count: usize,
    /// Most frequent words used as context dimensions.
    pub contexts: usize,
    pub fine: usize,
    pub coarse: usize,
    pub iterations: usize,
    pub max_words: usize,
}

impl Default for ClusterOptions {
    fn default() -> Self {
        ClusterOptions {
            min_count: 3,
            contexts: 400,
            fine: 256,
            coarse: 32,
            iterations: 12,
            max_words: 60_000,
        }
    }
}

type Sparse = Vec<(u32, f32)>;

fn dot(a: &Sparse, c: &[f32]) -> f32 {
    a.iter().map(|&(i, v)| v * c[i as usize]).sum()
}

/// k-means on unit vectors (cosine); returns each item's cluster.
fn kmeans(vecs: &[Sparse], dims: usize, k: usize, iterations: usize) -> Vec<usize> {
    let n = vecs.len();
    let k = k.min(n).max(1);
    let mut cent: Vec<Vec<f32>> = (0..k)
        .map(|j| {
            let mut c = vec![0f32; dims];
            for &(i, v) in &vecs[j * n / k] {
                c[i as usize] = v;
            }
            c
        })
        .collect();
    let mut assign = vec![0usize; n];
    for _ in 0..iterations {
        for (a, v) in assign.iter_mut().zip(vecs) {
            let mut best = (f32::MIN, 0);
            for (j, c) in cent.iter().enumerate() {
                let d = dot(v, c);
                if d > best.0 {
                    best = (d, j);
                }
            }
            *a = best.1;
        }
        for c in cent.iter_mut() {
            c.iter_mut().for_each(|x| *x = 0.0);
        }
        for (v, &a) in vecs.iter().zip(&assign) {
            for &(i, x) in v {
                cent[a][i as usize] += x;
            }
        }
        for c in cent.iter_mut() {
            let norm = c.iter().map(|x| x * x).sum::<f32>().sqrt();
            if norm > 0.0 {
                c.iter_mut().for_each(|x| *x /= norm);
            }
        }
    }
    assign
}

/// Learns word classes from sentences of tokens.
pub fn learn<'a>(sentences: impl Iterator<Item = Vec<&'a str>>, opts: &ClusterOptions) -> Clusters {
    let sents: Vec<Vec<String>> =
        sentences.map(|s| s.iter().map(|w| normalise(w).to_lowercase()).collect()).collect();
    let mut freq: HashMap<&str, usize> = HashMap::new();
    for s in &sents {
        for w in s {
            *freq.entry(w.as_str()).or_default() += 1;
        }
    }
    let mut words: Vec<(&str, usize)> =
        freq.iter().map(|(&w, &c)| (w, c)).filter(|&(_, c)| c >= opts.min_count).collect();
    words.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    words.truncate(opts.max_words);
    let index: HashMap<&str, usize> = words.iter().enumerate().map(|(i, &(w, _))| (w, i)).collect();
    let nctx = opts.contexts.min(words.len());
    let dims = 2 * nctx;
    // Co-occurrence counts with the left and right neighbour.
    let mut counts: Vec<HashMap<u32, f32>> = vec![HashMap::new(); words.len()];
    let mut dim_total = vec![0f32; dims];
    let mut total = 0f32;
    for s in &sents {
        for (i, w) in s.iter().enumerate() {
            let Some(&wi) = index.get(w.as_str()) else { continue };
            let mut add = |d: usize| {
                *counts[wi].entry(d as u32).or_default() += 1.0;
                dim_total[d] += 1.0;
                total += 1.0;
            };
            if i > 0 {
                if let Some(&c) = index.get(s[i - 1].as_str()).filter(|&&c| c < nctx) {
                    add(c);
                }
            }
            if let Some(&c) =
                s.get(i + 1).and_then(|n| index.get(n.as_str())).filter(|&&c| c < nctx)
            {
                add(nctx + c);
            }
        }
    }
    // Positive PMI, unit length.
    let vecs: Vec<Sparse> = counts
        .iter()
        .map(|m| {
            let row_total: f32 = m.values().sum();
            let mut v: Sparse = m
                .iter()
                .filter_map(|(&d, &c)| {
                    let pmi = (c * total / (row_total * dim_total[d as usize])).ln();
                    (pmi > 0.0).then_some((d, pmi))
                })
                .collect();
            v.sort_by_key(|&(d, _)| d);
            let norm = v.iter().map(|(_, x)| x * x).sum::<f32>().sqrt();
            if norm > 0.0 {
                v.iter_mut().for_each(|(_, x)| *x /= norm);
            }
            v
        })
        .collect();
    let fine = kmeans(&vecs, dims, opts.fine, opts.iterations);
    // Coarse classes: k-means over the fine classes' mean vectors.
    let nf = fine.iter().max().map_or(0, |m| m + 1);
    let mut means: Vec<HashMap<u32, f32>> = vec![HashMap::new(); nf];
    for (v, &f) in vecs.iter().zip(&fine) {
        for &(i, x) in v {
            *means[f].entry(i).or_default() += x;
        }
    }
    let means: Vec<Sparse> = means
        .into_iter()
        .map(|m| {
            let mut v: Sparse = m.into_iter().collect();
            v.sort_by_key(|&(d, _)| d);
            let norm = v.iter().map(|(_, x)| x * x).sum::<f32>().sqrt().max(1e-9);
            v.iter_mut().for_each(|(_, x)| *x /= norm);
            v
        })
        .collect();
    let coarse = kmeans(&means, dims, opts.coarse, opts.iterations);
    let mut out = Clusters::default();
    for (i, &(w, _)) in words.iter().enumerate() {
        out.insert(TokInfo::new(w).h_lower, (fine[i] as u8, coarse[fine[i]] as u8));
    }
    out
}

/// Reads unlabeled text for [`learn`]: every `.txt` file (and TimeML `.tml`, tags stripped)
/// under the given files and folders, in a fixed (sorted) order, split into tokenised sentences.
pub fn read_unlabeled(paths: &[std::path::PathBuf]) -> std::io::Result<Vec<Vec<String>>> {
    fn walk(p: &std::path::Path, out: &mut Vec<std::path::PathBuf>) -> std::io::Result<()> {
        if p.is_dir() {
            let mut entries: Vec<_> =
                std::fs::read_dir(p)?.filter_map(|e| e.ok()).map(|e| e.path()).collect();
            entries.sort();
            for e in entries {
                walk(&e, out)?;
            }
        } else if p.extension().is_some_and(|e| e == "txt" || e == "tml") {
            out.push(p.to_path_buf());
        }
        Ok(())
    }
    let mut files = Vec::new();
    for p in paths {
        walk(p, &mut files)?;
    }
    let mut out = Vec::new();
    for f in files {
        let Ok(mut text) = std::fs::read_to_string(&f) else { continue };
        if f.extension().is_some_and(|e| e == "tml") {
            let mut plain = String::with_capacity(text.len());
            let mut in_tag = false;
            for c in text.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    _ if !in_tag => plain.push(c),
                    _ => {}
                }
            }
            text = plain;
        }
        for s in crate::tokenize::rough_sentences(&text) {
            out.push(s.iter().map(|t| t.text(&text).to_string()).collect());
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_the_same_slots_share_a_class() {
        let mut text = Vec::new();
        for _ in 0..20 {
            for city in ["paris", "rome", "oslo"] {
                text.push(format!("she flew to {city} on monday"));
            }
            for verb in ["said", "added", "noted"] {
                text.push(format!("the minister {verb} that it was late"));
            }
        }
        let opts = ClusterOptions { fine: 4, coarse: 2, ..Default::default() };
        let c = learn(text.iter().map(|s| s.split(' ').collect()), &opts);
        let cls = |w: &str| c[&TokInfo::new(w).h_lower].0;
        assert_eq!(cls("paris"), cls("rome"));
        assert_eq!(cls("rome"), cls("oslo"));
        assert_eq!(cls("said"), cls("noted"));
        assert_ne!(cls("paris"), cls("said"));
        let again = learn(text.iter().map(|s| s.split(' ').collect()), &opts);
        assert_eq!(c, again);
    }
}
