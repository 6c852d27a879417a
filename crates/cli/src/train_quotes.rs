//! `dossier train quotes`: learns attribution cue words from the PolNeAR training split.
//!
//! Every word of every training article (the first `.ann` file per article, in name order, as
//! the eval reads gold) is counted, and so is every word that lies inside an annotated `Cue`
//! span. A word is kept when it was a cue at least `--min-count` times and at least
//! `--min-precision` of its occurrences were cues. Reproducible: files are read in name order,
//! the words are written sorted with fixed-precision figures, so two runs give the same bytes.
//!
//! ```text
//! dossier train quotes --polnear-train ../shared/data/polnear/train \
//!     -o resources/en/quotes/learned_cues.tsv
//! ```

use anyhow::{Context, Result};
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// The PolNeAR training split (with `text/` and `attributions/`).
    #[arg(long)]
    pub polnear_train: PathBuf,
    /// Where to write the cue list (embedded by the quotes stage).
    #[arg(short, long, default_value = "resources/en/quotes/learned_cues.tsv")]
    pub output: PathBuf,
    /// Keep a word only if it was part of a cue at least this many times.
    #[arg(long, default_value_t = 4)]
    pub min_count: usize,
    /// Keep a word only if at least this share of its occurrences were in a cue.
    #[arg(long, default_value_t = 0.1)]
    pub min_precision: f64,
}

fn names_in(dir: &std::path::Path, ext: &str) -> Result<Vec<String>> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str().map(String::from))
        .filter(|n| n.ends_with(ext))
        .collect();
    v.sort();
    Ok(v)
}

/// Character ranges of the `Cue` spans of a brat file (each fragment of a discontinuous span).
fn cue_ranges(ann: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for line in ann.lines() {
        if !line.starts_with('T') {
            continue;
        }
        let mut parts = line.splitn(3, '\t');
        let (Some(_), Some(def)) = (parts.next(), parts.next()) else { continue };
        let Some(offsets) = def.strip_prefix("Cue ") else { continue };
        for frag in offsets.split(';') {
            let n: Vec<usize> = frag.split_whitespace().filter_map(|x| x.parse().ok()).collect();
            if let [a, b] = n[..] {
                out.push((a, b));
            }
        }
    }
    out
}

/// Lower-cased words (letters and digits with inner apostrophes and hyphens) with their
/// character ranges.
fn words(chars: &[char]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_alphanumeric() {
            let mut j = i + 1;
            while j < chars.len()
                && (chars[j].is_alphanumeric()
                    || (matches!(chars[j], '\'' | '’' | '-')
                        && chars.get(j + 1).is_some_and(|c| c.is_alphanumeric())))
            {
                j += 1;
            }
            let w: String = chars[i..j].iter().collect::<String>().to_lowercase();
            out.push((i, j, w));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

pub fn run(args: Args) -> Result<()> {
    let text_dir = args.polnear_train.join("text");
    let ann_dir = args.polnear_train.join("attributions");
    let texts = names_in(&text_dir, ".txt")?;
    let anns = names_in(&ann_dir, ".ann")?;
    // word -> (times in a cue, times in all)
    let mut counts: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut articles = 0;
    for name in &texts {
        let base = name.trim_end_matches(".txt");
        let prefix = format!("{base}_");
        let Some(ann) = anns.iter().find(|a| a.starts_with(&prefix)) else { continue };
        let text = std::fs::read_to_string(text_dir.join(name))
            .with_context(|| format!("reading {name}"))?;
        let ann =
            std::fs::read_to_string(ann_dir.join(ann)).with_context(|| format!("reading {ann}"))?;
        let cues = cue_ranges(&ann);
        let chars: Vec<char> = text.chars().collect();
        for (a, b, w) in words(&chars) {
            let e = counts.entry(w).or_default();
            e.1 += 1;
            if cues.iter().any(|&(s, t)| s <= a && b <= t) {
                e.0 += 1;
            }
        }
        articles += 1;
    }
    anyhow::ensure!(articles > 0, "no annotated articles in {}", args.polnear_train.display());
    let mut out = format!(
        "# Cue words learned from PolNeAR train ({articles} articles) by `dossier train quotes`\n\
         # (min count {}, min precision {:.2}). word<TAB>times in a cue<TAB>times seen<TAB>precision\n",
        args.min_count, args.min_precision
    );
    let mut kept = 0;
    for (w, (c, n)) in &counts {
        let p = *c as f64 / *n as f64;
        if *c >= args.min_count && p >= args.min_precision {
            out.push_str(&format!("{w}\t{c}\t{n}\t{p:.3}\n"));
            kept += 1;
        }
    }
    std::fs::write(&args.output, &out)
        .with_context(|| format!("writing {}", args.output.display()))?;
    eprintln!("{articles} articles, {kept} cue words -> {}", args.output.display());
    Ok(())
}
