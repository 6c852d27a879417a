//! Entity resolution: one entity per real person, organisation and place, within and across
//! articles (issue 9).
//!
//! Two stages:
//! 1. [`resolve_document`], per article and pure: links short forms to the full name the article
//!    introduced, groups organisation and place names, and finds and resolves descriptions ("the
//!    Russian leader", "his U.S. counterpart") with role and country words (data), the
//!    publication date, the knowledge base's dated roles and the discourse. See [`doc`].
//! 2. [`Resolver`], over the corpus: [`local_entities`] of each article are added one by one and
//!    join or create canonical [`Entity`]s found through blocking keys, with evidence for every
//!    merge, stable ids, and the user's [`Curation`] rules. See [`corpus`].
//!
//! # Language data
//! `resources/en/resolve/`: `cyrillic.txt` (transliteration table), `variants.txt` (first-name
//! and place-name variant groups), `countries.txt` (names, nationality adjectives, metonyms),
//! `roles.txt` (role classes and their compatibility), `titles.txt` (words dropped before names),
//! `org_aliases.txt` (organisations known by several names). Embedded with `include_str!`.
//!
//! # Knowledge base
//! Derived from the PETRARCH2/Phoenix actor dictionaries and embedded from
//! `crates/resolve/data/kb.txt` (see [`kb`] for what it holds). Rebuild it, byte for byte, with:
//!
//! ```text
//! dossier train kb --phoenix ../shared/data/petrarch2-dictionaries -o crates/resolve/data/kb.txt
//! ```
//!
//! The KB supplies aliases, the country of known people, and dated office holders ("the Russian
//! president" in 2009 is Medvedev). Its roles are trusted only up to its horizon (the last date
//! it mentions, 2015): after that, the articles' own evidence decides ("U.S. President Donald
//! Trump"), and articles always win over the KB where they speak.
//!
//! # Curation file
//! See [`curation`]: `together = "A" | "B"`, `apart = "A" | "B"`, `rename = "A" -> "B"`, one per
//! line, `#` comments; errors name the file and line.

pub mod corpus;
pub mod curation;
pub mod doc;
pub mod kb;
pub mod lang;
pub mod text;

use std::sync::OnceLock;

pub use corpus::{local_entities, normalise_role, Entity, Evidence, LocalEntity, Resolver, Role};
pub use curation::{Curation, CurationError};
pub use doc::resolve_document;
pub use kb::{Kb, KbEntry, KbError, KbRole};

/// The embedded knowledge base file (see the crate docs for the command that rebuilds it).
pub const KB_BYTES: &[u8] = include_bytes!("../data/kb.txt");

/// The embedded knowledge base, parsed on first use.
pub fn kb() -> &'static Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    KB.get_or_init(|| Kb::from_bytes(KB_BYTES).expect("the embedded knowledge base is valid"))
}
