//! What people look at: the dossier as a self-contained report (`dossier report`, HTML or
//! Markdown) and as a local web app with full-text search and a JSON API (`dossier serve`).
//!
//! Both only read the store. Everything shown that came from an article is untrusted and is
//! escaped for its context ([`escape`]); the web app's pages forbid inline and remote scripts
//! by their Content-Security-Policy, and the report allows no script at all.

pub mod escape;
pub mod events;
pub mod html;
pub mod json;
mod openapi;
pub mod report;
pub mod server;

pub use report::{write_report, ReportFormat, ReportOptions};
pub use server::{serve, ServeOptions};

/// What can go wrong showing the dossier.
#[derive(Debug, thiserror::Error)]
pub enum ViewError {
    /// No such document, entity or event: a 404.
    #[error("{0}")]
    NotFound(String),
    /// A malformed request parameter: a 400 with this message.
    #[error("{0}")]
    BadRequest(String),
    #[error(transparent)]
    Store(#[from] dossier_store::StoreError),
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// Something that should not happen (a worker thread panicked).
    #[error("internal error: {0}")]
    Internal(String),
}

pub type Result<T> = std::result::Result<T, ViewError>;

/// A quote as a reader should see it (unescaped): words in marks between quotation marks, and
/// reported speech, which is not the speaker's own words, after its cue ("voiced: deep concern
/// over ...") and never in marks.
/// ("told reporters that he had made no progress": words that open with "that" follow their
/// cue as written.)
pub fn quote_words(kind: &str, text: &str, cue: Option<&str>) -> String {
    match (kind, cue) {
        // (Not after a verb whose hearer the cue left out: "told: that ...", not "told that".)
        ("indirect", Some(cue))
            if text.starts_with("that ")
                && !cue
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|v| hearer_cues().contains(&v)) =>
        {
            format!("{} {text}", cue.trim().trim_end_matches(':'))
        }
        ("indirect", Some(cue)) => format!("{}: {text}", cue.trim().trim_end_matches(':')),
        ("indirect", None) => text.to_string(),
        _ => format!("\u{201c}{text}\u{201d}"),
    }
}

/// The verbs of `hearer_cues.txt`: their hearer follows them, outside a cue of one word.
fn hearer_cues() -> &'static [&'static str] {
    static WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        include_str!("../../../resources/en/view/hearer_cues.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// `n` and the noun, singular for one: "1 mention", "3 articles" (`noun` is the singular,
/// made plural with "s").
pub fn counted(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod quote_words_tests {
    #[test]
    fn one_is_singular() {
        assert_eq!(super::counted(1, "mention"), "1 mention");
        assert_eq!(super::counted(0, "article"), "0 articles");
        assert_eq!(super::counted(14, "mention"), "14 mentions");
    }

    #[test]
    fn words_opening_with_that_follow_their_cue() {
        assert_eq!(
            super::quote_words("indirect", "that he had made no progress", Some("told reporters")),
            "told reporters that he had made no progress"
        );
        assert_eq!(
            super::quote_words("indirect", "that China had agreed", Some("told")),
            "told: that China had agreed"
        );
    }

    #[test]
    fn reported_speech_is_not_in_marks() {
        assert_eq!(
            super::quote_words("direct", "We are ready", Some("said")),
            "\u{201c}We are ready\u{201d}"
        );
        assert_eq!(
            super::quote_words("indirect", "deep concern", Some("voiced")),
            "voiced: deep concern"
        );
        assert_eq!(super::quote_words("indirect", "x", Some("admitted:")), "admitted: x");
        assert_eq!(super::quote_words("indirect", "x", None), "x");
    }
}

/// The role names of an entity's stored `data` as a reader should see them: sorted, each once
/// whatever its capitals, and a bare title left out where the same title of a country is there
/// ("Prime Minister" beside "Prime Minister of Armenia", "Envoy" beside "EU envoy" say nothing
/// more).
pub fn role_names(data: &serde_json::Value) -> Vec<String> {
    let mut names: Vec<String> = data
        .get("roles")
        .and_then(serde_json::Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|r| r.get("name").and_then(serde_json::Value::as_str).map(str::to_string))
        .collect();
    names.sort_by_cached_key(|n| (n.to_lowercase(), n.clone()));
    names.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    let lower: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
    // "Prime Minister" beside "Prime Minister of Armenia"; "Envoy" beside "EU envoy" (an
    // acronym before it: "Vice President" is another office than "President").
    let fuller = |k: usize, o: usize| {
        let (n, w) = (&lower[k], &lower[o]);
        let of =
            w.len() > n.len() + 4 && w.starts_with(n.as_str()) && w[n.len()..].starts_with(" of ");
        let acronym = w.len() > n.len() + 1
            && w.ends_with(n.as_str())
            && names[o]
                .get(..w.len() - n.len())
                .and_then(|p| p.strip_suffix(' '))
                .is_some_and(|p| !p.contains(' ') && !p.chars().any(char::is_lowercase));
        of || acronym
    };
    let keep: Vec<bool> =
        (0..names.len()).map(|k| !(0..names.len()).any(|o| fuller(k, o))).collect();
    let mut keep = keep.into_iter();
    names.retain(|_| keep.next().unwrap_or(true));
    names
}

#[cfg(test)]
mod role_names_tests {
    #[test]
    fn a_role_shows_once_and_a_bare_title_gives_way_to_its_country() {
        let data = serde_json::json!({"roles": [
            {"name": "Prime Minister"}, {"name": "Prime minister of Armenia"},
            {"name": "Prime Minister of Armenia"}, {"name": "Kremlin aide"},
            {"name": "President"}, {"name": "Presidential envoy"}, {"name": "Envoy"},
            {"name": "EU envoy"}, {"name": "Vice President"}
        ]});
        assert_eq!(
            super::role_names(&data),
            [
                "EU envoy",
                "Kremlin aide",
                "President",
                "Presidential envoy",
                "Prime Minister of Armenia",
                "Vice President"
            ]
        );
        assert!(super::role_names(&serde_json::json!({})).is_empty());
    }
}

/// The entity a name looked up stands for: the most mentioned of those that go by that name,
/// else the most mentioned of those spelled alike ("Zelensky" for "Zelenskiy", "Kiev" for
/// "Kyiv": see [`dossier_merge::entity_ids_spelled`]), as the command line looks names up.
pub fn entity_id_spelled(store: &dossier_store::Store, name: &str) -> Result<Option<String>> {
    if let Some(id) = store.entity_id_by_name(name)? {
        return Ok(Some(id));
    }
    let mut best: Option<(usize, String)> = None;
    for id in dossier_merge::entity_ids_spelled(store, name)? {
        let mentions = store.entity(&id)?.map_or(0, |e| e.mentions);
        if best.as_ref().is_none_or(|(m, _)| mentions > *m) {
            best = Some((mentions, id));
        }
    }
    Ok(best.map(|(_, id)| id))
}

/// A speaker looked up as the command line looks one up: as written when a quote has that
/// speaker, else by the name of the entity spelled alike (see [`entity_id_spelled`]).
pub fn speaker_spelled(
    store: &dossier_store::Store,
    speaker: Option<String>,
) -> Result<Option<String>> {
    let Some(name) = speaker else { return Ok(None) };
    let q = dossier_store::QuoteQuery { speaker: Some(name.clone()), kind: None, limit: Some(1) };
    if !store.quote_page(&q, 0)?.is_empty() {
        return Ok(Some(name));
    }
    let canonical = match entity_id_spelled(store, &name)? {
        Some(id) => store.entity(&id)?.map(|e| e.row.name),
        None => None,
    };
    Ok(Some(canonical.unwrap_or(name)))
}

/// A date parameter as the views accept it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checked so a
/// typo is a clear 400 rather than an empty page.
pub fn check_date(name: &str, v: &str) -> Result<String> {
    let b = v.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let ok = match b.len() {
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && digits(5..7) && (1..=12).contains(&month(v)),
        10 => {
            digits(0..4)
                && b[4] == b'-'
                && digits(5..7)
                && b[7] == b'-'
                && digits(8..10)
                && (1..=12).contains(&month(v))
                && (1..=31).contains(&v[8..10].parse::<u32>().unwrap_or(0))
        }
        _ => false,
    };
    if ok {
        Ok(v.to_string())
    } else {
        Err(ViewError::BadRequest(format!(
            "{name}: '{v}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"
        )))
    }
}

fn month(v: &str) -> u32 {
    v.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked() {
        assert!(check_date("from", "2025").is_ok());
        assert!(check_date("from", "2025-06").is_ok());
        assert!(check_date("from", "2025-06-14").is_ok());
        for bad in
            ["25", "2025-13", "2025-6-1", "2025-06-32", "yesterday", "2025-06-1x", "２０２５"]
        {
            assert!(check_date("from", bad).is_err(), "{bad}");
        }
    }
}
