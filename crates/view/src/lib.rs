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
pub fn quote_words(kind: &str, text: &str, cue: Option<&str>) -> String {
    match (kind, cue) {
        ("indirect", Some(cue)) => format!("{}: {text}", cue.trim().trim_end_matches(':')),
        ("indirect", None) => text.to_string(),
        _ => format!("\u{201c}{text}\u{201d}"),
    }
}

#[cfg(test)]
mod quote_words_tests {
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
