//! Reading CoNLL-2003 files and scoring with the conlleval rules.
//!
//! The files have four columns (`token POS chunk NER`) and IOB1 tags. Documents are separated by
//! `-DOCSTART-` lines; in the copy under `shared/data` the first marker sits at the end of the
//! file, so a marker simply closes the current document wherever it appears.

use crate::model::{Chunk, TYPES};
use std::collections::HashSet;

#[derive(Debug, thiserror::Error)]
pub enum ConllError {
    #[error("line {line}: expected at least 2 columns (token ... tag)")]
    Columns { line: usize },
    #[error("line {line}: unknown tag {tag:?}")]
    Tag { line: usize, tag: String },
}

#[derive(Debug, Clone, Default)]
pub struct ConllSentence {
    pub words: Vec<String>,
    pub gold: Vec<Chunk>,
    /// The gold tags as written in the file, for `--output`.
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct ConllDoc {
    pub sents: Vec<ConllSentence>,
}

fn type_index(t: &str) -> Option<usize> {
    TYPES.iter().position(|&x| x == t)
}

/// Chunks from IOB tags, IOB1 or IOB2 alike (conlleval's rules): a chunk starts at `B-X`, or at
/// `I-X` after `O` or a different type, and ends before `O`, `B-` or a change of type.
pub fn iob_chunks(tags: &[String]) -> Result<Vec<Chunk>, String> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, usize)> = None;
    for (i, t) in tags.iter().enumerate() {
        let (prefix, ty) = if t == "O" {
            ("O", None)
        } else {
            let (p, ty) = t.split_once('-').ok_or_else(|| t.clone())?;
            (p, Some(type_index(ty).ok_or_else(|| t.clone())?))
        };
        match ty {
            None => {
                if let Some((s, ct)) = cur.take() {
                    out.push(Chunk { start: s, end: i, ty: ct });
                }
            }
            Some(ty) => {
                let starts = prefix == "B" || !matches!(cur, Some((_, ct)) if ct == ty);
                if starts {
                    if let Some((s, ct)) = cur.take() {
                        out.push(Chunk { start: s, end: i, ty: ct });
                    }
                    cur = Some((i, ty));
                }
            }
        }
    }
    if let Some((s, t)) = cur {
        out.push(Chunk { start: s, end: tags.len(), ty: t });
    }
    Ok(out)
}

/// Parses a CoNLL file into documents of sentences.
pub fn parse(text: &str) -> Result<Vec<ConllDoc>, ConllError> {
    let mut docs = Vec::new();
    let mut doc = ConllDoc::default();
    let mut sent = ConllSentence::default();
    let mut start_line = 0;
    let finish =
        |sent: &mut ConllSentence, doc: &mut ConllDoc, line: usize| -> Result<(), ConllError> {
            if !sent.words.is_empty() {
                sent.gold = iob_chunks(&sent.tags).map_err(|tag| ConllError::Tag { line, tag })?;
                doc.sents.push(std::mem::take(sent));
            }
            Ok(())
        };
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() {
            finish(&mut sent, &mut doc, start_line)?;
            continue;
        }
        if sent.words.is_empty() {
            start_line = n + 1;
        }
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols[0] == "-DOCSTART-" {
            finish(&mut sent, &mut doc, start_line)?;
            if !doc.sents.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
            continue;
        }
        if cols.len() < 2 {
            return Err(ConllError::Columns { line: n + 1 });
        }
        sent.words.push(cols[0].to_string());
        sent.tags.push(cols[cols.len() - 1].to_string());
    }
    finish(&mut sent, &mut doc, start_line)?;
    if !doc.sents.is_empty() {
        docs.push(doc);
    }
    Ok(docs)
}

/// Precision, recall and F1 counts.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub correct: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            0.0
        } else {
            self.correct as f64 / self.predicted as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            self.correct as f64 / self.gold as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Entity-level exact-match scores, overall and per type.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub all: Counts,
    pub per_type: [Counts; 4],
}

impl Scores {
    /// Adds one sentence's gold and predicted chunks.
    pub fn add(&mut self, gold: &[Chunk], pred: &[Chunk]) {
        let g: HashSet<&Chunk> = gold.iter().collect();
        for c in gold {
            self.all.gold += 1;
            self.per_type[c.ty].gold += 1;
        }
        for c in pred {
            self.all.predicted += 1;
            self.per_type[c.ty].predicted += 1;
            if g.contains(c) {
                self.all.correct += 1;
                self.per_type[c.ty].correct += 1;
            }
        }
    }
}

/// IOB2 tags for chunks (what `--output` writes as the predicted column).
pub fn iob2_tags(n: usize, chunks: &[Chunk]) -> Vec<String> {
    let mut t = vec!["O".to_string(); n];
    for c in chunks {
        for (k, x) in t.iter_mut().enumerate().take(c.end).skip(c.start) {
            *x = format!("{}-{}", if k == c.start { "B" } else { "I" }, TYPES[c.ty]);
        }
    }
    t
}

/// The result of tagging a CoNLL file.
pub struct Evaluation {
    pub scores: Scores,
    pub tokens: usize,
    /// Wall-clock seconds spent preparing features and decoding (model already loaded).
    pub seconds: f64,
    /// CPU seconds of the tagging thread over the same work: the throughput figure that does
    /// not depend on what else the machine is running.
    pub cpu_seconds: f64,
    /// Predicted chunks per sentence, in file order.
    pub predicted: Vec<Vec<Chunk>>,
}

/// Tags every document with `model` and scores it against the gold chunks.
pub fn evaluate(model: &crate::Model, docs: &[ConllDoc]) -> Evaluation {
    let mut scratch = crate::Scratch::default();
    let c0 = thread_cpu_seconds();
    let t0 = std::time::Instant::now();
    let mut predicted = Vec::new();
    let mut tokens = 0;
    for d in docs {
        let sents: Vec<crate::features::Sentence> =
            d.sents.iter().map(|s| crate::features::Sentence::new(&s.words)).collect();
        tokens += d.sents.iter().map(|s| s.words.len()).sum::<usize>();
        for l in model.tag_doc(&sents, &mut scratch) {
            predicted.push(crate::model::chunks(&l));
        }
    }
    let seconds = t0.elapsed().as_secs_f64();
    let cpu_seconds = thread_cpu_seconds() - c0;
    let mut scores = Scores::default();
    for (s, p) in docs.iter().flat_map(|d| &d.sents).zip(&predicted) {
        scores.add(&s.gold, p);
    }
    Evaluation { scores, tokens, seconds, cpu_seconds, predicted }
}

/// CPU time consumed by the calling thread, in seconds.
pub fn thread_cpu_seconds() -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes into the timespec we pass and has no other effect.
    let r = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if r != 0 {
        return 0.0;
    }
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn iob1_rules() {
        let c = iob_chunks(&tags("I-PER I-PER B-PER O I-LOC I-ORG")).unwrap();
        assert_eq!(
            c,
            vec![
                Chunk { start: 0, end: 2, ty: 0 },
                Chunk { start: 2, end: 3, ty: 0 },
                Chunk { start: 4, end: 5, ty: 1 },
                Chunk { start: 5, end: 6, ty: 2 }
            ]
        );
    }

    #[test]
    fn parses_trailing_docstart() {
        let text = "A x y I-PER\nb x y O\n\nC x y I-LOC\n\n-DOCSTART- -X- -X- O\n\nD x y O\n\n-DOCSTART- -X- -X- O";
        let d = parse(text).unwrap();
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].sents.len(), 2);
        assert_eq!(d[0].sents[0].gold.len(), 1);
    }

    #[test]
    fn scores() {
        let mut s = Scores::default();
        let g = [Chunk { start: 0, end: 2, ty: 0 }, Chunk { start: 3, end: 4, ty: 1 }];
        let p = [Chunk { start: 0, end: 2, ty: 0 }, Chunk { start: 3, end: 5, ty: 1 }];
        s.add(&g, &p);
        assert_eq!(s.all, Counts { correct: 1, predicted: 2, gold: 2 });
        assert!((s.all.f1() - 0.5).abs() < 1e-9);
    }
}
