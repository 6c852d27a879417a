//! `dossier eval quotes`: attribution (source, cue, content) on a PolNeAR split.
//!
//! Each article's `.txt` goes through the same stages a real article does (ingest, clean,
//! segment, entities, time, within-article resolution, quotes); every quote found becomes one
//! predicted attribution whose source is the speaker phrase, whose cue is the cue words and
//! whose content is the quoted words (with their quotation marks, as PolNeAR marks them; reported
//! speech ending in a quoted phrase takes its closing mark too). A
//! quote relayed "according to" someone is a second attribution with the same content, the
//! relaying phrase as source and "according to" as cue. Gold is the **first** `.ann` file per article (by name), since a few articles were annotated
//! twice. Spans are scored per type, exact (same character offsets) and overlap (any shared
//! character), micro-averaged over the split; PolNeAR has no official scorer, this follows the
//! PARC3 / Citron convention.
//!
//! `--output DIR` writes the predictions as brat `.ann` files (T lines for Source, Cue and
//! Content, E lines for Attribution) with the scores in `DIR/scores.json`.

use anyhow::{Context, Result};
use dossier_document::{Document, Metadata, Quote};
use serde_json::json;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// A PolNeAR split folder (with `text/` and `attributions/`), e.g. ../shared/data/polnear/test.
    #[arg(long)]
    pub polnear: PathBuf,
    /// Write the predictions as brat .ann files, and scores.json, into this folder.
    #[arg(long)]
    pub output: Option<PathBuf>,
    /// Print one JSON object instead of a report.
    #[arg(long)]
    pub json: bool,
}

const TYPES: [&str; 3] = ["Source", "Cue", "Content"];

/// Gold or predicted spans of one article, per type, in character offsets.
#[derive(Default)]
pub(crate) struct Spans {
    pub by_type: [Vec<(usize, usize)>; 3],
}

#[derive(Default, Clone, Copy)]
pub(crate) struct Count {
    predicted: usize,
    gold: usize,
    /// Predicted spans that match a gold span.
    correct_p: usize,
    /// Gold spans that a predicted span matches.
    correct_g: usize,
}

impl Count {
    /// Adds another count to this one.
    pub(crate) fn add(&mut self, o: &Count) {
        self.predicted += o.predicted;
        self.gold += o.gold;
        self.correct_p += o.correct_p;
        self.correct_g += o.correct_g;
    }
    pub(crate) fn p(&self) -> f64 {
        if self.predicted == 0 {
            0.0
        } else {
            self.correct_p as f64 / self.predicted as f64
        }
    }
    pub(crate) fn r(&self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            self.correct_g as f64 / self.gold as f64
        }
    }
    pub(crate) fn f(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn json(&self) -> serde_json::Value {
        json!({"precision": self.p(), "recall": self.r(), "f1": self.f(),
               "predicted": self.predicted, "gold": self.gold})
    }
}

/// Reads the Source, Cue and Content spans of a brat file (a discontinuous span counts from its
/// first start to its last end).
fn read_gold(ann: &str) -> Spans {
    let mut s = Spans::default();
    for line in ann.lines() {
        if !line.starts_with('T') {
            continue;
        }
        let mut parts = line.splitn(3, '\t');
        let (Some(_), Some(def)) = (parts.next(), parts.next()) else { continue };
        let mut words = def.splitn(2, ' ');
        let (Some(kind), Some(offsets)) = (words.next(), words.next()) else { continue };
        let Some(ti) = TYPES.iter().position(|t| *t == kind) else { continue };
        let nums: Vec<usize> = offsets.split([' ', ';']).filter_map(|n| n.parse().ok()).collect();
        if let (Some(&a), Some(&b)) = (nums.first(), nums.last()) {
            if a < b {
                s.by_type[ti].push((a, b));
            }
        }
    }
    s
}

fn score(pred: &[(usize, usize)], gold: &[(usize, usize)], exact: &mut Count, overlap: &mut Count) {
    let p: HashSet<_> = pred.iter().copied().collect();
    let g: HashSet<_> = gold.iter().copied().collect();
    exact.predicted += p.len();
    exact.gold += g.len();
    exact.correct_p += p.intersection(&g).count();
    exact.correct_g += p.intersection(&g).count();
    overlap.predicted += p.len();
    overlap.gold += g.len();
    overlap.correct_p += p.iter().filter(|a| g.iter().any(|b| a.0 < b.1 && b.0 < a.1)).count();
    overlap.correct_g += g.iter().filter(|b| p.iter().any(|a| a.0 < b.1 && b.0 < a.1)).count();
}

/// Quotation marks PolNeAR keeps in a content span.
fn is_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '„')
}

/// The content span as PolNeAR marks it: a quote with its quotation marks (and the comma or
/// full stop inside the closing mark).
fn content_span(doc: &Document, q: &Quote) -> (usize, usize) {
    let t = &doc.text;
    let (mut s, mut e) = (q.start, q.end);
    if q.kind != "indirect" {
        if t[..s].ends_with("''") {
            s -= 2;
            let rest = &t[e..];
            let punct = usize::from(rest.starts_with([',', '.', '!', '?']));
            if rest[punct..].starts_with("''") {
                e += punct + 2;
            }
        } else if let Some(c) = t[..s].chars().next_back().filter(|c| is_mark(*c)) {
            s -= c.len_utf8();
            let rest = &t[e..];
            let punct = rest.chars().next().filter(|c| matches!(c, ',' | '.' | '!' | '?'));
            let after = punct.map_or(rest, |p| &rest[p.len_utf8()..]);
            if let Some(m) = after.chars().next().filter(|c| is_mark(*c)) {
                e += punct.map_or(0, char::len_utf8) + m.len_utf8();
            }
        }
    } else {
        // Reported speech ending with a quoted phrase ("said she was ''made of the same
        // stuff.''"): the phrase's closing mark, and the stop inside it, belong to the content.
        let inner = &t[s..e];
        let rest = &t[e..];
        let punct = usize::from(rest.starts_with(['.', '!', '?']));
        let after = &rest[punct..];
        let closes = [("''", "''"), ("”", "“"), ("’", "‘")]
            .into_iter()
            .find(|(close, open)| after.starts_with(close) && unclosed(inner, open, close))
            .map(|(close, _)| close.len());
        if let Some(n) = closes {
            e += punct + n;
        }
    }
    (s, e)
}

/// Whether `inner` opens a quotation with `open` that it does not close with `close` (a
/// closing mark before a letter is an apostrophe: "Clinton’s"; a mark that opens and closes
/// alike, `''`, is open after an odd count).
fn unclosed(inner: &str, open: &str, close: &str) -> bool {
    if open == close {
        return inner.matches(open).count() % 2 == 1;
    }
    let closing = inner
        .match_indices(close)
        .filter(|(i, m)| !inner[i + m.len()..].starts_with(char::is_alphanumeric))
        .count();
    inner.matches(open).count() > closing
}

/// Cleaned-text byte span -> raw-text character span.
pub(crate) struct OffsetMap {
    /// Character index of each raw byte offset (at char boundaries).
    chars_before: Vec<usize>,
}

impl OffsetMap {
    pub(crate) fn new(raw: &str) -> Self {
        let mut v = vec![0; raw.len() + 1];
        let mut n = 0;
        for (i, c) in raw.char_indices() {
            for k in 0..c.len_utf8() {
                v[i + k] = n;
            }
            n += 1;
        }
        v[raw.len()] = n;
        OffsetMap { chars_before: v }
    }
    pub(crate) fn map(&self, doc: &Document, s: usize, e: usize) -> (usize, usize) {
        let rs = doc.to_raw(s);
        let re = if e > s { doc.to_raw(e - 1) + 1 } else { rs };
        let last = self.chars_before.len() - 1;
        (
            self.chars_before[rs.min(last)],
            self.chars_before[re.min(last)].max(self.chars_before[rs.min(last)]),
        )
    }
}

struct Predicted {
    spans: Spans,
    /// (source, cue, content) per attribution, for the .ann file.
    relations: Vec<[Option<(usize, usize)>; 3]>,
}

fn predict(doc: &Document) -> Predicted {
    let map = OffsetMap::new(&doc.raw);
    let mut spans = Spans::default();
    let mut relations = Vec::new();
    let indirect: Vec<&Quote> = doc.quotes.iter().filter(|q| q.kind == "indirect").collect();
    for q in &doc.quotes {
        // A quoted phrase inside reported speech is one attribution, not two.
        if q.kind == "partial" && indirect.iter().any(|i| i.start <= q.start && q.end <= i.end) {
            continue;
        }
        let (cs, ce) = content_span(doc, q);
        let content = Some(map.map(doc, cs, ce));
        let cue = q.cue.as_ref().map(|c| map.map(doc, c.start, c.end));
        let source = q.speaker_span.map(|s| map.map(doc, s.start, s.end));
        for (ti, s) in [source, cue, content].iter().enumerate() {
            if let Some(s) = s {
                spans.by_type[ti].push(*s);
            }
        }
        relations.push([source, cue, content]);
        // "..., according to Y": Y passed the words on, an attribution of its own (PolNeAR
        // marks it with "according to" as its cue).
        if let Some(r) = q.relayed_by_span {
            let relay = Some(map.map(doc, r.start, r.end));
            let before = doc.text[..r.start].trim_end();
            let at = before.len().saturating_sub("according to".len());
            let cue = (before.is_char_boundary(at)
                && before[at..].eq_ignore_ascii_case("according to"))
            .then(|| map.map(doc, at, before.len()));
            for (ti, s) in [relay, cue].iter().enumerate() {
                if let Some(s) = s {
                    spans.by_type[ti].push(*s);
                }
            }
            relations.push([relay, cue, content]);
        }
    }
    Predicted { spans, relations }
}

fn write_ann(path: &Path, raw: &str, rel: &[[Option<(usize, usize)>; 3]]) -> Result<()> {
    let chars: Vec<char> = raw.chars().collect();
    let mut out = String::new();
    let mut t = 0;
    for (ei, r) in rel.iter().enumerate() {
        let mut ids = [0usize; 3];
        for (ti, s) in r.iter().enumerate() {
            if let Some((a, b)) = s {
                t += 1;
                ids[ti] = t;
                let text: String =
                    chars[*a..*b].iter().map(|c| if *c == '\n' { ' ' } else { *c }).collect();
                out.push_str(&format!("T{t}\t{} {a} {b}\t{text}\n", TYPES[ti]));
            }
        }
        let mut e = format!("E{}\t", ei + 1);
        let Some(cue) = r[1].or(r[2]) else { continue };
        let _ = cue;
        e.push_str(if r[0].is_some() { "Attribution:" } else { "Attribution-no-source:" });
        e.push_str(&format!("T{}", if ids[1] > 0 { ids[1] } else { ids[2] }));
        if ids[2] > 0 {
            e.push_str(&format!(" Content:T{}", ids[2]));
        }
        if ids[1] > 0 {
            e.push_str(&format!(" Cue:T{}", ids[1]));
        }
        if ids[0] > 0 {
            e.push_str(&format!(" Source:T{}", ids[0]));
        }
        out.push_str(&e);
        out.push('\n');
    }
    std::fs::write(path, out).with_context(|| format!("writing {}", path.display()))
}

/// One analysed article of a PolNeAR split with its gold spans.
pub(crate) struct GoldDoc {
    pub name: String,
    pub doc: Document,
    pub gold: Spans,
}

/// The articles of a split (each with a first `.ann` file, in name order), through the same
/// stages the eval runs.
pub(crate) fn read_split(dir: &Path) -> Result<Vec<GoldDoc>> {
    let (names, anns) = split_files(dir)?;
    let mut out = Vec::new();
    for name in &names {
        let base = name.trim_end_matches(".txt");
        let prefix = format!("{base}_");
        let Some(ann) = anns.iter().find(|a| a.starts_with(&prefix)) else { continue };
        let text = std::fs::read_to_string(dir.join("text").join(name))
            .with_context(|| format!("reading {name}"))?;
        let gold = read_gold(
            &std::fs::read_to_string(dir.join("attributions").join(ann))
                .with_context(|| format!("reading {ann}"))?,
        );
        let article = dossier_ingest::article_from_text(base, text, Metadata::default());
        let Ok(mut doc) = dossier_pipeline::analyse(article, &Default::default()) else {
            continue;
        };
        dossier_resolve::resolve_document(&mut doc, dossier_resolve::kb());
        dossier_quotes::annotate(&mut doc);
        out.push(GoldDoc { name: base.to_string(), doc, gold });
    }
    Ok(out)
}

/// Exact and overlap counts per type over analysed articles, with the quotes `model` finds.
pub(crate) fn score_docs<'a>(
    docs: impl IntoIterator<Item = &'a GoldDoc>,
    model: &dossier_quotes::Scorer,
) -> ([Count; 3], [Count; 3]) {
    let mut exact = [Count::default(); 3];
    let mut overlap = [Count::default(); 3];
    for g in docs {
        let mut doc = g.doc.clone();
        doc.quotes = dossier_quotes::find_quotes_with(&doc, model);
        let pred = predict(&doc);
        for ti in 0..3 {
            score(&pred.spans.by_type[ti], &g.gold.by_type[ti], &mut exact[ti], &mut overlap[ti]);
        }
    }
    (exact, overlap)
}

/// The `.txt` and `.ann` file names of a split, sorted.
fn split_files(dir: &Path) -> Result<(Vec<String>, Vec<String>)> {
    let text_dir = dir.join("text");
    let ann_dir = dir.join("attributions");
    let mut names: Vec<String> = std::fs::read_dir(&text_dir)
        .with_context(|| format!("reading {}", text_dir.display()))?
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str().map(String::from))
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    let mut anns: Vec<String> = std::fs::read_dir(&ann_dir)
        .with_context(|| format!("reading {}", ann_dir.display()))?
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str().map(String::from))
        .filter(|n| n.ends_with(".ann"))
        .collect();
    anns.sort();
    Ok((names, anns))
}

pub fn run(args: Args) -> Result<()> {
    let text_dir = args.polnear.join("text");
    let ann_dir = args.polnear.join("attributions");
    let (names, anns) = split_files(&args.polnear)?;
    if let Some(o) = &args.output {
        std::fs::create_dir_all(o).with_context(|| format!("creating {}", o.display()))?;
    }
    let mut exact = [Count::default(); 3];
    let mut overlap = [Count::default(); 3];
    let (mut docs, mut quotes, mut raw_mismatch) = (0usize, 0usize, 0usize);
    let mut seconds = 0.0;
    let mut stage_seconds = 0.0;
    let mut words = 0usize;
    // Source figures (exact, overlap) of the quotes `dossier build` keeps, and how many.
    let (mut speech_exact, mut speech_overlap) = (Count::default(), Count::default());
    let mut kept = 0usize;
    for name in &names {
        let base = name.trim_end_matches(".txt");
        let prefix = format!("{base}_");
        let Some(ann) = anns.iter().find(|a| a.starts_with(&prefix)) else { continue };
        let text = std::fs::read_to_string(text_dir.join(name))
            .with_context(|| format!("reading {name}"))?;
        let gold = read_gold(
            &std::fs::read_to_string(ann_dir.join(ann))
                .with_context(|| format!("reading {ann}"))?,
        );
        words += text.split_whitespace().count();
        let t0 = Instant::now();
        let article = dossier_ingest::article_from_text(base, text.clone(), Metadata::default());
        let Ok(mut doc) = dossier_pipeline::analyse(article, &Default::default()) else {
            continue;
        };
        dossier_resolve::resolve_document(&mut doc, dossier_resolve::kb());
        let t1 = Instant::now();
        dossier_quotes::annotate(&mut doc);
        let t2 = Instant::now();
        seconds += (t2 - t0).as_secs_f64();
        stage_seconds += (t2 - t1).as_secs_f64();
        if doc.raw != text {
            raw_mismatch += 1;
        }
        docs += 1;
        quotes += doc.quotes.len();
        let pred = predict(&doc);
        for ti in 0..3 {
            score(&pred.spans.by_type[ti], &gold.by_type[ti], &mut exact[ti], &mut overlap[ti]);
        }
        // What `dossier build` keeps: reported speech only (no actions or stances).
        let mut spoken = doc.clone();
        dossier_quotes::annotate_reported_speech(&mut spoken);
        kept += spoken.quotes.len();
        let pred_spoken = predict(&spoken);
        score(
            &pred_spoken.spans.by_type[0],
            &gold.by_type[0],
            &mut speech_exact,
            &mut speech_overlap,
        );
        if let Some(o) = &args.output {
            write_ann(&o.join(format!("{base}.ann")), &doc.raw, &pred.relations)?;
        }
    }
    let aps = docs as f64 / seconds.max(1e-9);
    let stage_aps = docs as f64 / stage_seconds.max(1e-9);
    let lower = |i: usize| TYPES[i].to_lowercase();
    let mut v = json!({
        "dir": args.polnear.display().to_string(),
        "gold": "first .ann file per article",
        "docs": docs,
        "words": words,
        "quotes": quotes,
        "raw_text_changed_by_ingest": raw_mismatch,
        "articles_per_second": aps,
        "stage_articles_per_second": stage_aps,
    });
    for i in 0..3 {
        v[lower(i)] = json!({"exact": exact[i].json(), "overlap": overlap[i].json()});
        v[format!("{}_exact_f1", lower(i))] = json!(exact[i].f());
        v[format!("{}_overlap_f1", lower(i))] = json!(overlap[i].f());
    }
    // PolNeAR counts actions and stances as attributions; the build keeps reported speech only.
    v["reported_speech_only"] = json!({
        "quotes": kept,
        "source": {"exact": speech_exact.json(), "overlap": speech_overlap.json()},
    });
    v["precision"] = json!(overlap[0].p());
    v["recall"] = json!(overlap[0].r());
    v["f1"] = json!(overlap[0].f());
    if let Some(o) = &args.output {
        let p = o.join("scores.json");
        std::fs::write(&p, serde_json::to_string_pretty(&v)?)
            .with_context(|| format!("writing {}", p.display()))?;
    }
    if args.json {
        crate::eval::print_json(&v);
    } else {
        println!(
            "{}: {docs} articles, {quotes} quotes found (gold: first .ann per article)",
            args.polnear.display()
        );
        println!("            exact P / R / F1          overlap P / R / F1");
        for i in 0..3 {
            let (e, o) = (&exact[i], &overlap[i]);
            println!(
                "  {:<8}  {:.3} / {:.3} / {:.3}     {:.3} / {:.3} / {:.3}",
                TYPES[i],
                e.p(),
                e.r(),
                e.f(),
                o.p(),
                o.r(),
                o.f()
            );
        }
        println!(
            "  source, reported speech only ({kept} quotes, as `dossier build` keeps them): \
             overlap {:.3} / {:.3} / {:.3}",
            speech_overlap.p(),
            speech_overlap.r(),
            speech_overlap.f()
        );
        println!(
            "  {aps:.1} articles/s through the whole pipeline; quotes stage alone {stage_aps:.0}/s"
        );
        if let Some(o) = &args.output {
            println!("  brat predictions and scores.json written to {}", o.display());
        }
    }
    Ok(())
}
