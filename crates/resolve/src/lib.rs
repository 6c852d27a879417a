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
//! and place-name variant groups, generic place words and corporate suffixes), `countries.txt`
//! (names, nationality adjectives, metonyms), `roles.txt` (role classes and their compatibility),
//! `titles.txt` (words dropped before names), `org_aliases.txt` (organisations known by several
//! names), `national_bodies.txt` (bodies every country has, "Defence Ministry" = "Ministry of
//! Defence", one organisation per country named), `genders.txt` (honorifics, given names and subject pronouns that keep "Mr Obama" and
//! "President Obama said he" from Michelle Obama), `locatives.txt` (words that put a place
//! after them: "flew to", "deliveries to"), `journeys.txt` (phrases of going somewhere: a
//! "person" after one is a place), `place_nouns.txt` (nouns that make the name
//! before them a place: "the Lindholm region", "Lindholm's governor") and `surname_first.txt`
//! (Korean, Chinese and Vietnamese family names written first: "Lee" alone is Lee Jae-myung,
//! while "Kim Kardashian" keeps the English order). Embedded with `include_str!`.
//!
//! # Knowledge base
//! Derived from the PETRARCH2/Phoenix actor dictionaries and embedded from
//! `crates/resolve/data/kb.txt` (see [`mod@kb`] for what it holds). Rebuild it, byte for byte, with:
//!
//! ```text
//! dossier train kb --phoenix ../shared/data/petrarch2-dictionaries -o crates/resolve/data/kb.txt
//! ```
//!
//! The file is about 1.5 MB (27,147 entries, horizon 2015-02-17); `train kb` reads the three
//! `*.actors.txt` files in name order and writes the same bytes on every run.
//!
//! The KB supplies aliases, the country of known people, and dated office holders ("the Russian
//! president" in 2009 is Medvedev). Its roles are trusted only up to its horizon (the last date
//! it mentions, 2015): after that, the articles' own evidence decides ("U.S. President Donald
//! Trump"), and articles always win over the KB where they speak.
//!
//! # Use
//!
//! ```no_run
//! use dossier_resolve::{kb, local_entities, resolve_document, Curation, Resolver};
//! # fn analysed() -> Vec<dossier_document::Document> { Vec::new() }
//! # fn stored() -> Vec<dossier_resolve::Entity> { Vec::new() }
//! let curation = Curation::parse("apart = \"Alexander Vinnik\" | \"Vera Vinnik\"", "dossier.curation")
//!     .expect("valid curation file");
//! let mut resolver = Resolver::new(stored(), curation, kb());
//! for mut doc in analysed() {
//!     resolve_document(&mut doc, kb()); // stage 1: per document, in parallel
//!     for local in local_entities(&doc) {
//!         let _entity_id = resolver.add(&local); // stage 2: in document order
//!     }
//! }
//! for entity in resolver.changed() {
//!     println!("{} {} {:?}", entity.id, entity.name, entity.aliases);
//! }
//! ```
//!
//! # Curation file
//! See [`curation`]: `together = "A" | "B"`, `apart = "A" | "B"`, `rename = "A" -> "B"`, one per
//! line, `#` comments; errors name the file and line.

pub mod corpus;
pub mod curation;
pub mod doc;
#[doc(hidden)]
pub mod fast;
pub mod kb;
pub mod lang;
pub mod text;

use std::sync::OnceLock;

pub use corpus::{
    body_named_before, city_body_name, dateline_body_name, headed_body_name, local_entities,
    national_body_name, normalise_role, Described, Entity, Evidence, LocalEntity, Resolver, Role,
};
pub use curation::{Curation, CurationError};
pub use doc::{propagate_persons, resolve_document};
pub use kb::{Kb, KbEntry, KbError, KbRole};

/// The embedded knowledge base file (see the crate docs for the command that rebuilds it).
pub const KB_BYTES: &[u8] = include_bytes!("../data/kb.txt");

/// The embedded knowledge base, parsed on first use.
pub fn kb() -> &'static Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    KB.get_or_init(|| Kb::from_bytes(KB_BYTES).expect("the embedded knowledge base is valid"))
}
