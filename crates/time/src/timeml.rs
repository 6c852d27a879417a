//! TimeML files and the TempEval-3 Task A measures (temporal expressions).
//!
//! Scoring follows the official TE3 scorer as described in the data's SOURCE.md: a system and a
//! gold TIMEX3 match *relaxed* when their extents overlap and *strictly* when the extents are
//! identical; precision, recall and F1 are micro-averaged over documents; value (type) F1 is the
//! share of relaxed matches with an equal value (type), times relaxed F1. The DCT is not scored.

use dossier_document::clock;

use crate::{Anchor, Timex3};

/// A gold TIMEX3 of a TimeML document (offsets into [`TimemlDoc::text`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldTimex {
    pub start: usize,
    pub end: usize,
    pub ty: String,
    pub value: String,
    pub modifier: Option<String>,
}

/// One TimeML document: the text between `<TEXT>` and `</TEXT>` with tags removed and entities
/// decoded, its DCT, and its gold TIMEX3s.
#[derive(Debug, Clone)]
pub struct TimemlDoc {
    pub id: String,
    pub dct: Option<String>,
    pub text: String,
    pub gold: Vec<GoldTimex>,
    /// Everything before the text (header, DOCID, DCT, title), kept for writing output.
    pub head: String,
}

#[derive(Debug, thiserror::Error)]
pub enum TimemlError {
    #[error("no <TEXT> element")]
    NoText,
    #[error("unbalanced TIMEX3 tags")]
    Unbalanced,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let pat = format!("{name}=\"");
    let mut from = 0;
    while let Some(p) = tag[from..].find(&pat) {
        let p = from + p;
        // whole attribute name only
        if p == 0 || tag.as_bytes()[p - 1].is_ascii_whitespace() {
            let v = &tag[p + pat.len()..];
            return v.find('"').map(|e| decode(&v[..e]));
        }
        from = p + pat.len();
    }
    None
}

fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Parses a TimeML file.
pub fn parse(id: &str, src: &str) -> Result<TimemlDoc, TimemlError> {
    let ts = src.find("<TEXT>").ok_or(TimemlError::NoText)?;
    let te = src.rfind("</TEXT>").ok_or(TimemlError::NoText)?;
    let head = src[..ts].to_string();
    let dct = head.find("<DCT>").and_then(|p| {
        let rest = &head[p..];
        let t = rest.find("<TIMEX3")?;
        let e = rest[t..].find('>')?;
        attr(&rest[t..t + e], "value")
    });
    let body = &src[ts + "<TEXT>".len()..te];
    let mut text = String::with_capacity(body.len());
    let mut gold = Vec::new();
    let mut open: Option<(usize, String, String, Option<String>)> = None;
    let mut i = 0;
    while i < body.len() {
        let rest = &body[i..];
        if rest.starts_with('<') {
            let e = rest.find('>').ok_or(TimemlError::Unbalanced)?;
            let tag = &rest[1..e];
            if tag.starts_with("TIMEX3") {
                open = Some((
                    text.len(),
                    attr(tag, "type").unwrap_or_default(),
                    attr(tag, "value").unwrap_or_default(),
                    attr(tag, "mod"),
                ));
            } else if tag.starts_with("/TIMEX3") {
                let (s, ty, value, modifier) = open.take().ok_or(TimemlError::Unbalanced)?;
                gold.push(GoldTimex { start: s, end: text.len(), ty, value, modifier });
            }
            i += e + 1;
        } else {
            let n = rest.find('<').unwrap_or(rest.len());
            text.push_str(&decode(&rest[..n]));
            i += n;
        }
    }
    Ok(TimemlDoc { id: id.to_string(), dct, text, gold, head })
}

/// Writes a TimeML file: the original head (with its DCT), then the text with `timexes` tagged.
pub fn write(doc: &TimemlDoc, timexes: &[Timex3]) -> String {
    let mut out = String::with_capacity(doc.text.len() * 2);
    out.push_str(&doc.head);
    out.push_str("<TEXT>");
    let mut at = 0;
    for (k, x) in timexes.iter().enumerate() {
        out.push_str(&escape(&doc.text[at..x.start]));
        out.push_str(&format!(
            "<TIMEX3 tid=\"t{}\" type=\"{}\" value=\"{}\"",
            k + 1,
            x.ty.as_str(),
            escape(&x.value)
        ));
        if let Some(m) = &x.modifier {
            out.push_str(&format!(" mod=\"{m}\""));
        }
        out.push('>');
        out.push_str(&escape(&doc.text[x.start..x.end]));
        out.push_str("</TIMEX3>");
        at = x.end;
    }
    out.push_str(&escape(&doc.text[at..]));
    out.push_str("</TEXT>\n\n</TimeML>\n");
    out
}

/// Counts over a set of documents (micro-averaging adds them up).
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub gold: usize,
    pub system: usize,
    pub strict: usize,
    pub relaxed: usize,
    pub value: usize,
    pub ty: usize,
}

impl Counts {
    pub fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.system += o.system;
        self.strict += o.strict;
        self.relaxed += o.relaxed;
        self.value += o.value;
        self.ty += o.ty;
    }
}

/// One matched pair, for error listings: (gold index, system index).
pub type Pair = (usize, usize);

/// Matches system to gold one-to-one (each gold with the first free system timex overlapping it).
pub fn score(gold: &[GoldTimex], sys: &[Timex3]) -> (Counts, Vec<Pair>) {
    let mut used = vec![false; sys.len()];
    let mut c = Counts { gold: gold.len(), system: sys.len(), ..Default::default() };
    let mut pairs = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        let hit =
            sys.iter().enumerate().find(|(si, s)| !used[*si] && s.start < g.end && g.start < s.end);
        if let Some((si, s)) = hit {
            used[si] = true;
            pairs.push((gi, si));
            c.relaxed += 1;
            if s.start == g.start && s.end == g.end {
                c.strict += 1;
            }
            if s.value == g.value {
                c.value += 1;
            }
            if s.ty.as_str() == g.ty {
                c.ty += 1;
            }
        }
    }
    (c, pairs)
}

/// The TE3 figures from summed counts.
#[derive(Debug, Clone, Copy)]
pub struct Measures {
    pub strict_precision: f64,
    pub strict_recall: f64,
    pub strict_f1: f64,
    pub relaxed_precision: f64,
    pub relaxed_recall: f64,
    pub relaxed_f1: f64,
    pub value_accuracy: f64,
    pub value_f1: f64,
    pub type_accuracy: f64,
    pub type_f1: f64,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl Measures {
    pub fn from(c: &Counts) -> Measures {
        let sp = ratio(c.strict, c.system);
        let sr = ratio(c.strict, c.gold);
        let rp = ratio(c.relaxed, c.system);
        let rr = ratio(c.relaxed, c.gold);
        let rf = f1(rp, rr);
        let va = ratio(c.value, c.relaxed);
        let ta = ratio(c.ty, c.relaxed);
        Measures {
            strict_precision: sp,
            strict_recall: sr,
            strict_f1: f1(sp, sr),
            relaxed_precision: rp,
            relaxed_recall: rr,
            relaxed_f1: rf,
            value_accuracy: va,
            value_f1: va * rf,
            type_accuracy: ta,
            type_f1: ta * rf,
        }
    }
}

/// Tags a TimeML document's text with its DCT as the reference time.
pub fn tag(doc: &TimemlDoc) -> Vec<Timex3> {
    crate::Tagger::english().tag(&doc.text, doc.dct.as_deref().and_then(Anchor::parse))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_scores() {
        let src = "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-03-22\">x</TIMEX3></DCT>\n<TEXT>It fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2013-03-21\">Thursday</TIMEX3> &amp; rose <EVENT eid=\"e1\">later</EVENT>.</TEXT></TimeML>";
        let d = parse("x", src).unwrap();
        assert_eq!(d.dct.as_deref(), Some("2013-03-22"));
        assert_eq!(d.text, "It fell Thursday & rose later.");
        assert_eq!(&d.text[d.gold[0].start..d.gold[0].end], "Thursday");
        let sys = tag(&d);
        let (c, _) = score(&d.gold, &sys);
        assert_eq!((c.relaxed, c.strict, c.value), (1, 1, 1));
        let out = write(&d, &sys);
        assert!(out.contains(
            "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2013-03-21\">Thursday</TIMEX3> &amp; rose"
        ));
    }
}

/// The result of scoring a directory of TimeML files.
#[derive(Debug, Clone)]
pub struct Report {
    pub docs: usize,
    pub counts: Counts,
    pub measures: Measures,
    /// Bytes of text tagged, and the seconds spent tagging them (reading and scoring excluded;
    /// the fastest of several rounds).
    pub bytes: usize,
    pub seconds: f64,
    /// Per document: (id, gold, system, matched pairs) for error listings.
    pub details: Vec<(TimemlDoc, Vec<Timex3>, Vec<Pair>)>,
}

impl Report {
    /// Megabytes (10^6 bytes) of text per second on one core.
    pub fn throughput_mb_s(&self) -> f64 {
        if self.seconds > 0.0 {
            self.bytes as f64 / 1e6 / self.seconds
        } else {
            0.0
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("{path}: {source}")]
    Timeml { path: String, source: TimemlError },
    #[error("no .tml files under {0}")]
    Empty(String),
}

/// Every `.tml` file under `dir`, sorted.
pub fn files(dir: &std::path::Path) -> Result<Vec<std::path::PathBuf>, EvalError> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let rd = std::fs::read_dir(&d)
            .map_err(|e| EvalError::Io { path: d.display().to_string(), source: e })?;
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "tml") {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Tags every TimeML file under `dir` (its own text and DCT) and scores it against its gold;
/// with `output`, writes one tagged TimeML file per document there.
pub fn evaluate(
    dir: &std::path::Path,
    output: Option<&std::path::Path>,
) -> Result<Report, EvalError> {
    let paths = files(dir)?;
    if paths.is_empty() {
        return Err(EvalError::Empty(dir.display().to_string()));
    }
    let mut docs = Vec::new();
    for p in &paths {
        let src = std::fs::read_to_string(p)
            .map_err(|e| EvalError::Io { path: p.display().to_string(), source: e })?;
        let id = p.file_name().and_then(|s| s.to_str()).unwrap_or("doc").to_string();
        docs.push(
            parse(&id, &src)
                .map_err(|e| EvalError::Timeml { path: p.display().to_string(), source: e })?,
        );
    }
    // Warm up (builds the tagger) so the timing measures tagging only.
    let _ = crate::Tagger::english();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    // Tag several rounds when the set is small, so the timing is not dominated by clock noise.
    let rounds = (20_000_000 / bytes.max(1)).clamp(1, 50);
    let mut tagged = Vec::new();
    // Per-core throughput: CPU time of this thread (other processes on a busy machine then do
    // not count against us). The rounds run on the machine's cores in turn and the fastest
    // counts: a shared host's hiccups, or a core another machine keeps busy, only ever slow a
    // round down.
    let mut seconds = f64::INFINITY;
    let cores = clock::allowed_cores();
    for r in 0..rounds.max(2 * cores.len().min(4)) {
        let one_round = || {
            let c0 = clock::thread_cpu_time();
            let v: Vec<Vec<Timex3>> = docs.iter().map(tag).collect();
            ((clock::thread_cpu_time() - c0).as_secs_f64(), v)
        };
        let (took, v) = match clock::core_for_round(&cores, r) {
            Some(core) => clock::on_core(core, one_round),
            None => one_round(),
        };
        seconds = seconds.min(took);
        if r == 0 {
            tagged = v;
        }
    }
    if let Some(out) = output {
        std::fs::create_dir_all(out)
            .map_err(|e| EvalError::Io { path: out.display().to_string(), source: e })?;
        for (d, sys) in docs.iter().zip(&tagged) {
            let p = out.join(&d.id);
            std::fs::write(&p, write(d, sys))
                .map_err(|e| EvalError::Io { path: p.display().to_string(), source: e })?;
        }
    }
    let mut counts = Counts::default();
    let mut details = Vec::new();
    for (d, sys) in docs.into_iter().zip(tagged) {
        let (c, pairs) = score(&d.gold, &sys);
        counts.add(&c);
        details.push((d, sys, pairs));
    }
    Ok(Report {
        docs: details.len(),
        counts,
        measures: Measures::from(&counts),
        bytes,
        seconds,
        details,
    })
}
