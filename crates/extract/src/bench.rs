//! The two public extraction benchmarks, read from their directories and scored by their own
//! rules (each directory's SOURCE.md describes them; the rules are re-implemented here, no
//! scorer code is copied). Used by `dossier eval extract` and the bench script.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Which benchmark a directory holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// scrapinghub/article-extraction-benchmark: full gold bodies, scored on 4-token shingles.
    ArticleExtraction,
    /// trafilatura's evaldata: snippets that must / must not appear in the output.
    Trafilatura,
}

/// What a page's output is scored against.
#[derive(Debug, Clone)]
pub enum Gold {
    Body(String),
    Snippets { with: Vec<String>, without: Vec<String> },
}

#[derive(Debug, Clone)]
pub struct Page {
    /// The key the benchmark's own output format uses: page id, or the URL for trafilatura-eval.
    pub id: String,
    pub url: Option<String>,
    pub html: String,
    pub gold: Gold,
}

#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    #[error("{0}: neither ground-truth.json nor evaldata.json found")]
    Unknown(PathBuf),
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: {source}")]
    Json { path: PathBuf, source: serde_json::Error },
    #[error("{0}: unexpected format")]
    Format(PathBuf),
}

fn read(path: &Path) -> Result<Vec<u8>, BenchError> {
    let raw = std::fs::read(path).map_err(|source| BenchError::Io { path: path.into(), source })?;
    if path.extension().is_some_and(|e| e == "gz") {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&raw[..])
            .read_to_end(&mut out)
            .map_err(|source| BenchError::Io { path: path.into(), source })?;
        Ok(out)
    } else {
        Ok(raw)
    }
}

fn json(path: &Path) -> Result<serde_json::Value, BenchError> {
    serde_json::from_slice(&read(path)?)
        .map_err(|source| BenchError::Json { path: path.into(), source })
}

/// Reads a benchmark directory, pages sorted by id.
pub fn load(dir: &Path) -> Result<(Kind, Vec<Page>), BenchError> {
    let fmt = || BenchError::Format(dir.into());
    let mut pages = Vec::new();
    let kind = if dir.join("ground-truth.json").exists() {
        let gt = json(&dir.join("ground-truth.json"))?;
        for (id, v) in gt.as_object().ok_or_else(fmt)? {
            let body = v["articleBody"].as_str().ok_or_else(fmt)?.to_string();
            let html = crate::decode_html(&read(&dir.join(format!("html/{id}.html.gz")))?);
            pages.push(Page {
                id: id.clone(),
                url: v["url"].as_str().map(str::to_string),
                html,
                gold: Gold::Body(body),
            });
        }
        Kind::ArticleExtraction
    } else if dir.join("evaldata.json").exists() {
        let ev = json(&dir.join("evaldata.json"))?;
        for (url, v) in ev.as_object().ok_or_else(fmt)? {
            let file = v["file"].as_str().ok_or_else(fmt)?;
            let gz = dir.join(format!("html/{file}.gz"));
            let path = if gz.exists() { gz } else { dir.join(format!("html/{file}")) };
            let html = crate::decode_html(&read(&path)?);
            let list = |k: &str| -> Vec<String> {
                v[k].as_array()
                    .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
                    .unwrap_or_default()
            };
            pages.push(Page {
                id: url.clone(),
                url: Some(url.clone()),
                html,
                gold: Gold::Snippets { with: list("with"), without: list("without") },
            });
        }
        Kind::Trafilatura
    } else {
        return Err(BenchError::Unknown(dir.into()));
    };
    pages.sort_by(|a, b| a.id.cmp(&b.id));
    Ok((kind, pages))
}

/// Corpus-level figures.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scores {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub accuracy: f64,
}

/// Scores outputs (one per page, same order; an empty string for a page with no output).
pub fn score(kind: Kind, pages: &[Page], outputs: &[String]) -> Scores {
    match kind {
        Kind::ArticleExtraction => score_shingles(pages, outputs),
        Kind::Trafilatura => score_snippets(pages, outputs),
    }
}

fn word_tokens(s: &str) -> Vec<&str> {
    // Python's `\w+` (Unicode): letters, digits and the underscore. Rust's alphanumeric also
    // takes a few vowel signs Python does not; checked against a Python re-implementation of the
    // scorer, which gives the same figures to four decimals.
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        let w = c.is_alphanumeric() || c == '_';
        match (w, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push(&s[st..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push(&s[st..]);
    }
    out
}

fn shingles(s: &str) -> HashMap<Vec<&str>, usize> {
    let toks = word_tokens(s);
    let mut m = HashMap::new();
    if toks.is_empty() {
        return m;
    }
    if toks.len() < 4 {
        *m.entry(toks).or_default() += 1;
        return m;
    }
    for w in toks.windows(4) {
        *m.entry(w.to_vec()).or_default() += 1;
    }
    m
}

/// scrapinghub/article-extraction-benchmark: per-page shingle precision/recall, averaged over
/// pages, F1 of the averages.
fn score_shingles(pages: &[Page], outputs: &[String]) -> Scores {
    let (mut psum, mut pn, mut rsum, mut rn, mut exact) = (0.0, 0usize, 0.0, 0usize, 0usize);
    for (p, out) in pages.iter().zip(outputs) {
        let Gold::Body(gold) = &p.gold else { continue };
        if word_tokens(gold) == word_tokens(out) {
            exact += 1;
        }
        let g = shingles(gold);
        let o = shingles(out);
        let (mut tp, mut fp, mut fnn) = (0usize, 0usize, 0usize);
        for (s, &c) in &g {
            let d = o.get(s).copied().unwrap_or(0);
            tp += c.min(d);
            fnn += c.saturating_sub(d);
        }
        for (s, &c) in &o {
            fp += c.saturating_sub(g.get(s).copied().unwrap_or(0));
        }
        // Normalizing by the total makes every page weigh the same; ratios are unchanged.
        if fp == 0 && fnn == 0 {
            psum += 1.0;
            pn += 1;
            rsum += 1.0;
            rn += 1;
            continue;
        }
        if tp + fp > 0 {
            psum += tp as f64 / (tp + fp) as f64;
            pn += 1;
        }
        if tp + fnn > 0 {
            rsum += tp as f64 / (tp + fnn) as f64;
            rn += 1;
        }
    }
    let precision = if pn > 0 { psum / pn as f64 } else { 0.0 };
    let recall = if rn > 0 { rsum / rn as f64 } else { 0.0 };
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Scores { precision, recall, f1, accuracy: exact as f64 / pages.len().max(1) as f64 }
}

/// trafilatura's evaluation: micro-averaged counts of snippets found / wrongly found.
fn score_snippets(pages: &[Page], outputs: &[String]) -> Scores {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let (mut tp, mut fp, mut fnn, mut tn) = (0usize, 0usize, 0usize, 0usize);
    for (p, out) in pages.iter().zip(outputs) {
        let Gold::Snippets { with, without } = &p.gold else { continue };
        let out = norm(out);
        for s in with {
            if out.contains(&norm(s)) {
                tp += 1
            } else {
                fnn += 1
            }
        }
        for s in without {
            if out.contains(&norm(s)) {
                fp += 1
            } else {
                tn += 1
            }
        }
    }
    let div = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    Scores {
        precision: div(tp, tp + fp),
        recall: div(tp, tp + fnn),
        f1: div(2 * tp, 2 * tp + fp + fnn),
        accuracy: div(tp + tn, tp + tn + fp + fnn),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(gold: Gold) -> Page {
        Page { id: "x".into(), url: None, html: String::new(), gold }
    }

    #[test]
    fn shingle_scores() {
        let p = [page(Gold::Body("one two three four five".into()))];
        let s = score(Kind::ArticleExtraction, &p, &["one two three four five".into()]);
        assert_eq!((s.precision, s.recall, s.accuracy), (1.0, 1.0, 1.0));
        let s = score(Kind::ArticleExtraction, &p, &["one two three four".into()]);
        assert_eq!(s.precision, 1.0);
        assert_eq!(s.recall, 0.5);
        let s = score(Kind::ArticleExtraction, &p, &[String::new()]);
        assert_eq!(s.recall, 0.0);
    }

    #[test]
    fn snippet_scores() {
        let p = [page(Gold::Snippets {
            with: vec!["a  b".into(), "zz".into()],
            without: vec!["menu".into()],
        })];
        let s = score(Kind::Trafilatura, &p, &["x a\nb menu".into()]);
        assert_eq!((s.precision, s.recall), (0.5, 0.5));
    }
}
