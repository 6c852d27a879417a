//! The per-document pipeline: one [`Article`] in, one analysed [`Document`] out.
//!
//! Each stage is a function over the document that reads some layers and adds its own; this
//! file is the only place that knows their order. The function is pure (no I/O, no shared state
//! but read-only resources), so callers run it in parallel over documents with rayon.

use dossier_document::Document;
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

/// Analyses one article through every per-document stage.
pub fn analyse(article: Article, _opts: &Options) -> Result<Document, AnalyseError> {
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
    let mut doc = Document { id: article.id, meta, raw, ..Default::default() };
    dossier_clean::clean(&mut doc);
    if doc.text.trim().is_empty() {
        return Err(AnalyseError::Empty);
    }
    dossier_segment::segment(&mut doc);
    dossier_entities::annotate(&mut doc);
    dossier_time::annotate(&mut doc);
    Ok(doc)
}
