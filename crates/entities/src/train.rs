//! Training: an averaged structured perceptron (Collins 2002) with Viterbi decoding.
//!
//! Deterministic by construction: one thread, a fixed-seed shuffle, and hashing that does not
//! depend on the process, so the same data and options give the same model bytes.
//!
//! The gazetteer of entity strings is learned from the training data itself. Used naively it
//! would fire on every training entity and the model would learn to trust it blindly, so while
//! training, each document sees a gazetteer built from the *other* folds only (jackknifing); the
//! shipped model carries the gazetteer of all the training data.

use crate::conll::{ConllDoc, Scores};
use crate::features::{self, DocContext, Gazetteer, Sentence, TokInfo, GAZ_MAX};
use crate::model::{self, chunks, encode, Model, Stage, NL};

#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub epochs: usize,
    /// log2 of the number of weight rows.
    pub bits: u32,
    pub seed: u64,
    /// Folds for the jackknifed gazetteer and first-pass labels.
    pub folds: usize,
    /// Train a second pass over document-level (non-local) features.
    pub two_stage: bool,
    /// Epochs of each fold's first-pass model.
    pub fold_epochs: usize,
    /// Names from outside the training data (see [`crate::phoenix`]), merged into every
    /// gazetteer, jackknifed or not: they are equally available when tagging new text.
    pub external: Gazetteer,
    /// Keep the epoch with the best dev F1 (else the last; dev F1 is reported either way).
    pub select_on_dev: bool,
    /// Word classes learned from unlabeled text ([`crate::clusters`]); empty for none.
    pub clusters: crate::clusters::Clusters,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 12,
            bits: 19,
            seed: 20030531,
            folds: 5,
            two_stage: true,
            fold_epochs: 8,
            external: Gazetteer::default(),
            select_on_dev: true,
            clusters: Default::default(),
        }
    }
}

/// What training reports as it goes.
pub enum Progress {
    /// Feature extraction or an epoch started; `total` sentences to go through.
    Stage { name: String, total: usize },
    /// `n` more sentences done in the current stage.
    Step(usize),
    /// An epoch ended.
    Epoch { name: String, epoch: usize, mistakes: usize, dev: Option<Scores> },
}

/// Builds a gazetteer from the gold entities of `docs`.
pub fn gazetteer<'a>(docs: impl Iterator<Item = &'a ConllDoc>) -> Gazetteer {
    let mut g = Gazetteer::default();
    for d in docs {
        for s in &d.sents {
            for c in &s.gold {
                if c.end - c.start > GAZ_MAX {
                    continue;
                }
                let ws: Vec<u64> =
                    s.words[c.start..c.end].iter().map(|w| TokInfo::new(w).h_lower).collect();
                features::gaz_insert(&mut g, &ws, 1 << c.ty);
            }
        }
    }
    g
}

struct Prepared {
    rows: Vec<u32>,
    /// Per sentence: (first token index into `toff`, token count).
    sents: Vec<(usize, usize)>,
    /// Per sentence: the document it belongs to.
    sent_doc: Vec<usize>,
    toff: Vec<usize>,
    gold: Vec<Vec<u8>>,
}

/// Precomputes every token's weight rows. With `stage1` (first-pass labels per document and
/// sentence), the second pass's non-local features are added.
#[allow(clippy::too_many_arguments)]
fn prepare(
    docs: &[ConllDoc],
    clusters: &crate::clusters::Clusters,
    gaz_for: impl Fn(usize) -> usize,
    gazs: &[Gazetteer],
    bits: u32,
    stage1: Option<&[Vec<Vec<u8>>]>,
    progress: &mut dyn FnMut(Progress),
) -> Prepared {
    let mut p = Prepared {
        rows: Vec::new(),
        sents: Vec::new(),
        sent_doc: Vec::new(),
        toff: vec![0],
        gold: Vec::new(),
    };
    let mut keys = Vec::new();
    let mut offs = Vec::new();
    let mut extra = Vec::new();
    let mut eoffs = Vec::new();
    for (di, d) in docs.iter().enumerate() {
        let sents: Vec<Sentence> = d.sents.iter().map(|s| Sentence::new(&s.words)).collect();
        let ctx = DocContext::new(&sents);
        let gaz = &gazs[gaz_for(di)];
        let agg = stage1.map(|l| features::DocLabels::new(&sents, &l[di]));
        for (k, (s, cs)) in sents.iter().zip(&d.sents).enumerate() {
            features::extract(s, &ctx, gaz, clusters, &mut keys, &mut offs);
            if let (Some(l), Some(agg)) = (stage1, &agg) {
                features::nonlocal(s, &l[di][k], agg, &mut extra, &mut eoffs);
            }
            let first = p.toff.len() - 1;
            for i in 0..cs.words.len() {
                for &k in &keys[offs[i]..offs[i + 1]] {
                    p.rows.push((k >> (64 - bits)) as u32);
                }
                if stage1.is_some() {
                    for &k in &extra[eoffs[i]..eoffs[i + 1]] {
                        p.rows.push((k >> (64 - bits)) as u32);
                    }
                }
                p.toff.push(p.rows.len());
            }
            p.sents.push((first, cs.words.len()));
            p.sent_doc.push(di);
            p.gold.push(encode(cs.words.len(), &cs.gold));
        }
        progress(Progress::Step(d.sents.len()));
    }
    p
}

fn emissions(w: &[f32], p: &Prepared, si: usize, out: &mut Vec<[f32; NL]>) {
    let (first, n) = p.sents[si];
    out.clear();
    for t in first..first + n {
        let mut s = [0f32; NL];
        for &r in &p.rows[p.toff[t]..p.toff[t + 1]] {
            let r = r as usize * NL;
            for l in 0..NL {
                s[l] += w[r + l];
            }
        }
        out.push(s);
    }
}

fn predict(st: &Stage, p: &Prepared, si: usize) -> Vec<u8> {
    let mut em = Vec::new();
    emissions(&st.w, p, si, &mut em);
    model::viterbi(&em, &st.trans, &mut Vec::new())
}

fn score(st: &Stage, p: &Prepared) -> Scores {
    let mut sc = Scores::default();
    for si in 0..p.sents.len() {
        sc.add(&chunks(&p.gold[si]), &chunks(&predict(st, p, si)));
    }
    sc
}

/// First-pass labels of every sentence, grouped per document.
fn by_doc(
    p: &Prepared,
    ndocs: usize,
    mut label: impl FnMut(usize) -> Vec<u8>,
) -> Vec<Vec<Vec<u8>>> {
    let mut out = vec![Vec::new(); ndocs];
    for si in 0..p.sents.len() {
        out[p.sent_doc[si]].push(label(si));
    }
    out
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// Averaged structured perceptron over the sentences `sel` of `tp`; with `dev`, returns the
/// epoch with the best dev F1, else the last.
fn perceptron(
    tp: &Prepared,
    sel: &[usize],
    dev: Option<&Prepared>,
    epochs: usize,
    opts: &TrainOptions,
    name: &str,
    progress: &mut dyn FnMut(Progress),
) -> Stage {
    let size = (1usize << opts.bits) * NL;
    let mut w = vec![0f32; size];
    let mut u = vec![0f64; size];
    let mut tw = vec![0f32; (NL + 1) * NL];
    let mut tu = vec![0f64; (NL + 1) * NL];
    let mut c: f64 = 1.0;
    let mut order: Vec<usize> = sel.to_vec();
    let mut rng = Rng(opts.seed);
    let mut em = Vec::new();
    let mut back = Vec::new();
    let mut best: Option<(f64, Stage)> = None;
    let mut last = None;
    for epoch in 1..=epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        progress(Progress::Stage { name: format!("{name} epoch {epoch}"), total: order.len() });
        let mut mistakes = 0;
        for (k, &si) in order.iter().enumerate() {
            emissions(&w, tp, si, &mut em);
            let pred = model::viterbi(&em, &tw, &mut back);
            let gold = &tp.gold[si];
            if &pred != gold {
                mistakes += 1;
                let (first, n) = tp.sents[si];
                for i in 0..n {
                    let (g, p) = (gold[i] as usize, pred[i] as usize);
                    let gp = if i == 0 { NL } else { gold[i - 1] as usize };
                    let pp = if i == 0 { NL } else { pred[i - 1] as usize };
                    if g != p || gp != pp {
                        tw[gp * NL + g] += 1.0;
                        tu[gp * NL + g] += c;
                        tw[pp * NL + p] -= 1.0;
                        tu[pp * NL + p] -= c;
                    }
                    if g == p {
                        continue;
                    }
                    for &r in &tp.rows[tp.toff[first + i]..tp.toff[first + i + 1]] {
                        let r = r as usize * NL;
                        w[r + g] += 1.0;
                        u[r + g] += c;
                        w[r + p] -= 1.0;
                        u[r + p] -= c;
                    }
                }
            }
            c += 1.0;
            if k % 256 == 255 {
                progress(Progress::Step(256));
            }
        }
        if dev.is_none() && epoch < epochs {
            continue;
        }
        // The averaged weights: w - u / c.
        let mut st = Stage::empty(opts.bits);
        for i in 0..size {
            st.w[i] = (w[i] as f64 - u[i] / c) as f32;
        }
        for i in 0..tw.len() {
            st.trans[i] = (tw[i] as f64 - tu[i] / c) as f32;
        }
        let dev_scores = dev.map(|dp| score(&st, dp));
        let f = dev_scores.as_ref().map(|s| s.all.f1());
        progress(Progress::Epoch { name: name.to_string(), epoch, mistakes, dev: dev_scores });
        match f {
            Some(f) if opts.select_on_dev && best.as_ref().is_none_or(|(bf, _)| f > *bf) => {
                best = Some((f, st))
            }
            Some(_) if opts.select_on_dev => {}
            _ => last = Some(st),
        }
    }
    best.map(|(_, m)| m).or(last).unwrap_or_else(|| Stage::empty(opts.bits))
}

/// Trains a model; with `dev`, each pass keeps the epoch with the best dev F1.
pub fn train(
    train: &[ConllDoc],
    dev: Option<&[ConllDoc]>,
    opts: &TrainOptions,
    progress: &mut dyn FnMut(Progress),
) -> Model {
    let folds = opts.folds.max(2);
    let merge = |mut g: Gazetteer| {
        for (&k, &v) in &opts.external {
            *g.entry(k).or_default() |= v;
        }
        g
    };
    let mut gazs: Vec<Gazetteer> = (0..folds)
        .map(|k| {
            merge(gazetteer(
                train.iter().enumerate().filter(|(i, _)| i % folds != k).map(|(_, d)| d),
            ))
        })
        .collect();
    let full = merge(gazetteer(train.iter()));
    gazs.push(full.clone());
    let nsent: usize = train.iter().map(|d| d.sents.len()).sum();
    let ndev: usize = dev.map_or(0, |d| d.iter().map(|d| d.sents.len()).sum());
    progress(Progress::Stage { name: "features".into(), total: nsent + ndev });
    let tp = prepare(train, &opts.clusters, |i| i % folds, &gazs, opts.bits, None, progress);
    let dp = dev.map(|d| prepare(d, &opts.clusters, |_| folds, &gazs, opts.bits, None, progress));
    let all: Vec<usize> = (0..tp.sents.len()).collect();
    let st1 = perceptron(&tp, &all, dp.as_ref(), opts.epochs, opts, "pass 1", progress);
    if !opts.two_stage {
        return Model::from_trained(opts.bits, &[st1], full, opts.clusters.clone());
    }
    // First-pass labels for the training data, each fold tagged by a model that never saw it,
    // so the second pass learns how far to trust first-pass labels on unseen text.
    let mut jack: Vec<Option<Vec<u8>>> = vec![None; tp.sents.len()];
    for k in 0..folds {
        let sel: Vec<usize> =
            all.iter().copied().filter(|&si| tp.sent_doc[si] % folds != k).collect();
        let st = perceptron(
            &tp,
            &sel,
            None,
            opts.fold_epochs,
            opts,
            &format!("fold {}/{folds}", k + 1),
            progress,
        );
        for si in all.iter().copied().filter(|&si| tp.sent_doc[si] % folds == k) {
            jack[si] = Some(predict(&st, &tp, si));
        }
    }
    let l1 = by_doc(&tp, train.len(), |si| jack[si].take().unwrap_or_default());
    progress(Progress::Stage { name: "pass 2 features".into(), total: nsent + ndev });
    let tp2 = prepare(train, &opts.clusters, |i| i % folds, &gazs, opts.bits, Some(&l1), progress);
    drop(tp);
    let dp2 = match (dev, &dp) {
        (Some(d), Some(dp)) => {
            let l = by_doc(dp, d.len(), |si| predict(&st1, dp, si));
            Some(prepare(d, &opts.clusters, |_| folds, &gazs, opts.bits, Some(&l), progress))
        }
        _ => None,
    };
    let st2 = perceptron(&tp2, &all, dp2.as_ref(), opts.epochs, opts, "pass 2", progress);
    Model::from_trained(opts.bits, &[st1, st2], full, opts.clusters.clone())
}
