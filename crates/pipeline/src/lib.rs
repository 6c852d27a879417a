//! The per-document pipeline: one [`Article`] in, one analysed [`Document`] out.
//!
//! Each stage is a function over the document that reads some layers and adds its own; this
//! file is the only place that knows their order. The function is pure (no I/O, no shared state
//! but read-only resources), so callers run it in parallel over documents with rayon.

use dossier_document::{DateSource, Document, Metadata};
use dossier_ingest::{Article, Body};

/// Options that change how an article is analysed.
#[derive(Debug, Clone, Default)]
pub struct Options {}

/// Why an article could not be analysed.
#[derive(Debug, thiserror::Error)]
pub enum AnalyseError {
    #[error("article is empty after cleaning")]
    Empty,
    #[error(transparent)]
    Html(#[from] dossier_extract::ExtractError),
}

/// An analysed document and what the caller should tell the user about it.
#[derive(Debug)]
pub struct Analysed {
    pub doc: Document,
    /// Problems that did not stop the analysis (a publication date that is no date, ...), each
    /// a sentence to print after the article's origin.
    pub warnings: Vec<String>,
}

/// Analyses one article through every per-document stage.
pub fn analyse(article: Article, opts: &Options) -> Result<Document, AnalyseError> {
    analyse_with_warnings(article, opts).map(|a| a.doc)
}

/// Analyses one article and returns the warnings too.
pub fn analyse_with_warnings(article: Article, _opts: &Options) -> Result<Analysed, AnalyseError> {
    // What reading had to guess comes first.
    let mut warnings = article.warnings;
    let mut meta = article.meta;
    let raw = match article.body {
        Body::Text(t) => t,
        // For HTML, `doc.raw` is the extracted article text (one block per line), not the page:
        // the page furniture the extractor drops has no place in the raw-offset map.
        Body::Html(html) => {
            let page = dossier_extract::extract(&html, meta.url.as_deref())?;
            dossier_extract::fill_metadata(&mut meta, &page.meta);
            page.text()
        }
    };
    check_published(&mut meta, &mut warnings);
    let mut doc = Document { id: article.id, meta, raw, ..Default::default() };
    dossier_clean::clean(&mut doc);
    if doc.text.trim().is_empty() {
        return Err(AnalyseError::Empty);
    }
    dossier_segment::segment(&mut doc);
    dossier_entities::annotate(&mut doc);
    dossier_resolve::resolve_document(&mut doc, dossier_resolve::kb());
    dossier_time::annotate(&mut doc);
    // Quotes for a reader: no actions or stances (PolNeAR's evaluation keeps them).
    dossier_quotes::annotate_reported_speech(&mut doc);
    dossier_events::annotate(&mut doc);
    Ok(Analysed { doc, warnings })
}

/// A publication date given as metadata must be a calendar date: one that is not is reported
/// and dropped, so the date is inferred from the text instead of every relative date being left
/// unresolved. A valid one is stored in its normal form (`YYYY[-MM[-DD]]`).
fn check_published(meta: &mut Metadata, warnings: &mut Vec<String>) {
    let Some(given) = meta.published.take() else { return };
    if given.trim().is_empty() {
        meta.published_source = DateSource::None;
        return;
    }
    match dossier_time::validate_published(&given) {
        Ok(date) => meta.published = Some(date),
        Err(e) => {
            warnings.push(format!(
                "the publication date is not usable: {e}; it is inferred from the text instead"
            ));
            meta.published_source = DateSource::None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_date(date: &str) -> Article {
        let meta = Metadata {
            published: Some(date.into()),
            published_source: DateSource::Metadata,
            ..Default::default()
        };
        dossier_ingest::article_from_text("a", "The harbour reopened on Monday.".into(), meta)
    }

    #[test]
    fn impossible_publication_dates_are_reported_and_dropped() {
        for bad in ["2025-02-31", "2024-02-30", "0000", "not a date", "2025-13-45"] {
            let a = analyse_with_warnings(with_date(bad), &Options::default()).unwrap();
            assert_eq!(a.warnings.len(), 1, "{bad}");
            assert!(a.warnings[0].contains(bad), "{bad}: {:?}", a.warnings);
            assert_ne!(a.doc.meta.published_source, DateSource::Metadata, "{bad}");
        }
        let a =
            analyse_with_warnings(with_date("2025-06-14T09:00:00Z"), &Options::default()).unwrap();
        assert!(a.warnings.is_empty());
        assert_eq!(a.doc.meta.published.as_deref(), Some("2025-06-14"));
        assert_eq!(a.doc.meta.published_source, DateSource::Metadata);
        // "on Monday" is anchored to the given date.
        assert!(
            a.doc.timexes.iter().any(|t| t.value.as_deref() == Some("2025-06-09")),
            "{:?}",
            a.doc.timexes
        );
    }
}
