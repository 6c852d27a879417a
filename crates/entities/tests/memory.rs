//! The stage's memory does not grow with a document's length beyond a few bytes a token: issue 8
//! wants `dossier build` under 1 GB for any article under the 10 MB limit, and a million short
//! sentences once cost the stage about 340 bytes a token (1 GB on its own).
//!
//! The peak resident size (`VmHWM` in `/proc/self/status`) is read before and after annotating a
//! document of about two million tokens, built as the pipeline builds it. This file holds one
//! test, so its binary runs nothing else at the same time; where `/proc` is missing it checks
//! nothing.

use dossier_document::Document;

/// Peak resident set size of this process, in bytes.
fn peak() -> Option<usize> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// Largest accepted growth of the peak while annotating, in bytes a token (entity mentions and
/// roles, the stage's output, included).
const MAX_PER_TOKEN: usize = 80;

#[test]
fn peak_memory_per_token_is_bounded() {
    if peak().is_none() {
        eprintln!("no /proc/self/status: memory not checked");
        return;
    }
    // The model is loaded once per process, whatever the document: not part of the growth.
    dossier_entities::default_model().expect("model");
    // Very many short sentences (the worst case for per-sentence overheads) among ordinary ones
    // with names and titles.
    let mut raw = String::new();
    let mut i = 0usize;
    while raw.len() < 8_000_000 {
        if i.is_multiple_of(8) {
            raw.push_str(&format!(
                "Kremlin aide Ivan Petrov{} met CIA Director Jane Roe in Berlin on Tuesday.\n",
                i % 5000
            ));
        } else {
            raw.push_str("Go on. ");
        }
        i += 1;
    }
    let mut doc = Document { raw, ..Default::default() };
    dossier_clean::clean(&mut doc);
    dossier_segment::segment(&mut doc);
    let tokens = doc.tokens.len();
    assert!(tokens > 1_500_000, "{tokens} tokens");
    let before = peak().unwrap();
    dossier_entities::annotate(&mut doc);
    let after = peak().unwrap();
    let per_token = (after - before) / tokens;
    eprintln!(
        "{tokens} tokens, {} entity mentions, {} roles: peak {} MB -> {} MB, {per_token} bytes a token",
        doc.entities.len(),
        doc.roles.len(),
        before >> 20,
        after >> 20
    );
    assert!(!doc.entities.is_empty() && !doc.roles.is_empty());
    assert!(per_token <= MAX_PER_TOKEN, "{per_token} bytes a token (at most {MAX_PER_TOKEN})");
}
