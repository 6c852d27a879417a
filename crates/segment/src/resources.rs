//! Abbreviation and sentence-starter lists, loaded once from `resources/en/segment/`.

use std::sync::LazyLock;

/// Word lists hashed with FNV-1a ([`dossier_document::hash`]).
type WordSet = dossier_document::hash::FastSet<&'static str>;

pub(crate) struct Resources {
    abbreviations: WordSet,
    numeric: WordSet,
    starters: WordSet,
}

fn set(s: &'static str) -> WordSet {
    s.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

static RESOURCES: LazyLock<Resources> = LazyLock::new(|| Resources {
    abbreviations: set(include_str!("../../../resources/en/segment/abbreviations.txt")),
    numeric: set(include_str!("../../../resources/en/segment/numeric_abbreviations.txt")),
    starters: set(include_str!("../../../resources/en/segment/sentence_starters.txt")),
});

pub(crate) fn get() -> &'static Resources {
    &RESOURCES
}

impl Resources {
    pub(crate) fn is_abbreviation(&self, w: &str) -> bool {
        self.abbreviations.contains(w)
    }
    pub(crate) fn is_numeric_abbreviation(&self, w: &str) -> bool {
        self.numeric.contains(w)
    }
    pub(crate) fn is_sentence_starter(&self, w: &str) -> bool {
        self.starters.contains(w)
    }
}
