//! Titles and roles (placeholder until the role layer is written).
use dossier_document::{EntityMention, RoleMention, Span};

pub fn find(_text: &str, _sentences: &[Vec<Span>], _entities: &[EntityMention]) -> Vec<RoleMention> {
    Vec::new()
}
