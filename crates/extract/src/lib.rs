//! Main-content and metadata extraction from HTML news pages.
//!
//! Saved web pages are how users' collections really look; this crate turns one into the plain
//! text the rest of the pipeline reads (one paragraph per line, headings and block quotes as their
//! own lines) plus the page's metadata, so no second tool is needed to clean them.
//!
//! The extractor is our own, down to the HTML tokenizer (see [`dom`] for why not a full HTML5
//! tree builder or lol_html). The crates DESIGN.md lists were measured first on both public benchmarks, on this
//! machine (F1 on article-extraction-benchmark / trafilatura-eval, pages per second on the
//! first): rs-trafilatura 0.2 0.957 / 0.891, 53; trafilatura 0.6 0.957 / 0.909, 127;
//! dom_smoothie 0.19 0.951 / 0.889, 236. None reached the targets (0.970 / 0.925, ten times
//! Python trafilatura's speed), and none could be fixed from outside: their mistakes are in
//! container choice, which is what this crate does differently (readability's scoring with
//! trafilatura's furniture rules, see [`content`]).

pub mod bench;
pub mod content;
pub mod dom;
pub mod entities;
pub mod meta;

pub use content::{Block, BlockKind};
pub use meta::{DateOrigin, PageMeta};

/// Why a page gave no article.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ExtractError {
    /// The page has no block of running text: a home page, a menu, a search form, an empty shell
    /// that loads its content with JavaScript.
    #[error("no article content found")]
    NoArticleContent,
}

/// An article read from a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    pub blocks: Vec<Block>,
    pub meta: PageMeta,
}

impl Extracted {
    /// The article text: one block per line, the title not included (it is in [`PageMeta::title`]).
    pub fn text(&self) -> String {
        blocks_text(&self.blocks)
    }
}

/// Joins blocks into text, one per line.
pub fn blocks_text(blocks: &[Block]) -> String {
    let mut s = String::new();
    for b in blocks {
        if !s.is_empty() {
            s.push('\n');
        }
        s.push_str(&b.text);
    }
    s
}

/// The shortest article we accept: below this many visible characters, with no paragraph of at
/// least [`MIN_PARAGRAPH`] characters, what was found is page furniture, not an article.
const MIN_ARTICLE: usize = 100;
const MIN_PARAGRAPH: usize = 50;

/// Extracts the article and its metadata. `url` is where the page came from, if known (it is a
/// last-resort source of the date and outlet).
pub fn extract(html: &str, url: Option<&str>) -> Result<Extracted, ExtractError> {
    let dom = dom::parse(html);
    let meta = meta::read(&dom, url);
    // A file with no markup at all is plain text: its paragraphs are split by blank lines.
    let plain = !dom.markup;
    let mut blocks =
        if plain { plain_text_blocks(html) } else { content::Analysis::new(&dom).blocks() };
    // The headline is metadata; a copy of it at the top of the body would be read twice.
    if let (Some(first), Some(title)) = (blocks.first(), &meta.title) {
        if first.kind == BlockKind::Heading && first.text == *title {
            blocks.remove(0);
        }
    }
    let total: usize = blocks.iter().map(|b| b.text.chars().count()).sum();
    let has_para = blocks
        .iter()
        .any(|b| b.kind != BlockKind::Heading && b.text.chars().count() >= MIN_PARAGRAPH);
    if total < MIN_ARTICLE && !has_para {
        return Err(ExtractError::NoArticleContent);
    }
    Ok(Extracted { blocks, meta })
}

/// Paragraphs of plain text: runs of lines separated by blank lines, whitespace collapsed.
fn plain_text_blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for line in text.lines().chain(std::iter::once("")) {
        if line.trim().is_empty() {
            let t = content::collapse(&entities::decode_text(&cur));
            if !t.is_empty() {
                out.push(Block { kind: BlockKind::Paragraph, text: t });
            }
            cur.clear();
        } else {
            cur.push_str(line);
            cur.push('\n');
        }
    }
    out
}

/// Decoding a page's bytes (BOM, `<meta charset>`) happens where files are read.
pub use dossier_ingest::decode_html;

/// Fills the fields of `meta` that the caller did not give with what the page declares.
/// Metadata given explicitly (sidecar JSON, JSONL fields) wins; a date read from the page counts
/// as given with the article ([`DateSource::Metadata`]), whichever page source it came from.
///
/// [`DateSource::Metadata`]: dossier_document::DateSource::Metadata
pub fn fill_metadata(meta: &mut dossier_document::Metadata, page: &PageMeta) {
    fn set(field: &mut Option<String>, value: Option<&str>) {
        if field.as_deref().map_or(true, |f| f.trim().is_empty()) {
            if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
                *field = Some(v.to_string());
            }
        }
    }
    set(&mut meta.title, page.title.as_deref());
    let authors = page.authors.join(", ");
    set(&mut meta.author, Some(authors.as_str()));
    set(&mut meta.outlet, page.site_name.as_deref());
    set(&mut meta.url, page.canonical_url.as_deref());
    let lang = page.language.as_deref().map(|l| l.split('-').next().unwrap_or(l).to_string());
    set(&mut meta.language, lang.as_deref());
    if meta.published.as_deref().map_or(true, |p| p.trim().is_empty()) {
        if let Some(d) = &page.published {
            meta.published = Some(d.clone());
            meta.published_source = dossier_document::DateSource::Metadata;
        }
    }
}
