//! Named entities (PER, LOC, ORG, MISC) and the titles and roles that describe people.
//!
//! The tagger is a compact statistical model trained here on CoNLL-2003 (see [`train`]): an
//! averaged structured perceptron over hashed word, shape, affix, document-case and gazetteer
//! features, decoded with Viterbi over BILOU labels. The model shipped in
//! `models/ner-en.bin` is embedded in the binary and loaded once per process.
//!
//! [`annotate`] is the pipeline stage: it fills [`Document::entities`] and
//! [`Document::roles`] from the segmenter's sentences and tokens.

pub mod conll;
pub mod features;
pub mod model;
pub mod roles;
pub mod tokenize;
pub mod train;

use dossier_document::{Document, EntityMention, Span};
use features::Sentence;
pub use model::{Chunk, Model, ModelError, Scratch, TYPES};
use std::sync::OnceLock;

/// The model trained by `dossier train ner` and committed to the repository.
static EMBEDDED: &[u8] = include_bytes!("../../../models/ner-en.bin");

/// The shipped model, parsed on first use.
pub fn default_model() -> Result<&'static Model, &'static ModelError> {
    static M: OnceLock<Result<Model, ModelError>> = OnceLock::new();
    M.get_or_init(|| Model::from_bytes(EMBEDDED)).as_ref()
}

/// One tagged mention in token terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte span in the text.
    pub span: Span,
    pub label: &'static str,
}

/// Tags one document given its sentences as lists of token spans over `text`.
pub fn tag_spans(model: &Model, text: &str, sentences: &[Vec<Span>], scratch: &mut Scratch) -> Vec<Mention> {
    let sents: Vec<Sentence> =
        sentences.iter().map(|s| Sentence::new(&s.iter().map(|t| t.text(text)).collect::<Vec<_>>())).collect();
    let labels = model.tag_doc(&sents, scratch);
    let mut out = Vec::new();
    for (toks, l) in sentences.iter().zip(&labels) {
        for c in model::chunks(l) {
            out.push(Mention { span: Span::new(toks[c.start].start, toks[c.end - 1].end), label: TYPES[c.ty] });
        }
    }
    out
}

/// Normalised form of a mention's text: whitespace collapsed, typographic apostrophes made plain,
/// and a possessive ending dropped.
pub fn normalise_name(s: &str) -> String {
    let mut t: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    t = t.replace(['\u{2019}', '\u{2018}'], "'");
    for suf in ["'s", "'S", "'"] {
        if let Some(x) = t.strip_suffix(suf) {
            if !x.is_empty() {
                t = x.to_string();
                break;
            }
        }
    }
    t
}

/// The pipeline stage: fills `doc.entities` and `doc.roles`.
///
/// Works from `doc.sentences` and `doc.tokens` when the segmenter has filled them, re-splitting
/// tokens the way the training data was tokenised (possessive `'s` apart, quotes apart); with no
/// segmentation it tokenises the text itself.
pub fn annotate(doc: &mut Document) {
    let Ok(model) = default_model() else {
        return;
    };
    let sentences = tokenize::sentences_for(doc);
    let mut scratch = Scratch::default();
    let mentions = tag_spans(model, &doc.text, &sentences, &mut scratch);
    doc.entities = mentions
        .iter()
        .map(|m| {
            let text = m.span.text(&doc.text).to_string();
            EntityMention { start: m.span.start, end: m.span.end, entity: normalise_name(&text), text, label: m.label.into() }
        })
        .collect();
    doc.roles = roles::find(&doc.text, &sentences, &doc.entities);
}
