//! The clutter vocabulary, loaded once from `resources/en/clean/` (embedded at build time).

use std::sync::LazyLock;

pub(crate) struct Resources {
    link_headings: Vec<String>,
    cross_link_prefixes: Vec<String>,
    /// (prefix, needs colon)
    byline_prefixes: Vec<String>,
    notices: Vec<(Option<String>, String)>,
    language_names: Vec<(String, String)>,
}

static RESOURCES: LazyLock<Resources> = LazyLock::new(|| Resources {
    link_headings: list(include_str!("../../../resources/en/clean/link_list_headings.txt")),
    cross_link_prefixes: list(include_str!("../../../resources/en/clean/cross_link_prefixes.txt")),
    byline_prefixes: list(include_str!("../../../resources/en/clean/byline_prefixes.txt")),
    notices: table(include_str!("../../../resources/en/clean/translation_notices.tsv"))
        .into_iter()
        .map(|(lang, phrase)| ((lang != "-").then_some(lang), phrase))
        .collect(),
    language_names: table(include_str!("../../../resources/en/clean/language_names.tsv")),
});

pub(crate) fn get() -> &'static Resources {
    &RESOURCES
}

fn data_lines(s: &str) -> impl Iterator<Item = &str> {
    s.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn list(s: &str) -> Vec<String> {
    data_lines(s).map(str::to_lowercase).collect()
}

fn table(s: &str) -> Vec<(String, String)> {
    data_lines(s)
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, b)| (a.trim().to_lowercase(), b.trim().to_lowercase()))
        .collect()
}

/// Is `s` a person's name: one to five words, each capitalised (initials and particles allowed)?
fn is_name(s: &str) -> bool {
    let words: Vec<&str> =
        s.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    if words.is_empty() || words.len() > 6 {
        return false;
    }
    let particles = ["and", "de", "van", "von", "der", "al", "bin", "la", "le", "di", "da", "&"];
    let mut capitalised = 0;
    for w in &words {
        let first = w.chars().next().unwrap();
        if first.is_uppercase() {
            capitalised += 1;
            if !w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’')) {
                return false;
            }
        } else if !particles.contains(&w.to_lowercase().as_str()) {
            return false;
        }
    }
    capitalised >= 1 && words[0].chars().next().unwrap().is_uppercase()
}

impl Resources {
    pub(crate) fn is_link_heading(&self, line: &str) -> bool {
        if line.len() > 60 {
            return false;
        }
        let l = line.trim_end_matches([':', ' ', '.', '…']).to_lowercase();
        self.link_headings.contains(&l)
    }

    pub(crate) fn is_cross_link(&self, line: &str) -> bool {
        if line.len() > 300 {
            return false;
        }
        // Only the first few words can hold the prefix; lower-case just those.
        let head = match line.char_indices().nth(24) {
            Some((i, _)) => &line[..i],
            None => line,
        };
        let l = head.to_lowercase();
        self.cross_link_prefixes
            .iter()
            .any(|p| l.starts_with(p.as_str()) && line.trim_end().len() > p.len() + 1)
    }

    /// The author's name if `line` is a byline.
    pub(crate) fn byline<'a>(&self, line: &'a str) -> Option<&'a str> {
        if line.len() > 120 {
            return None;
        }
        for p in &self.byline_prefixes {
            // Compare the line's own first bytes with the prefix, so the rest is sliced where the
            // prefix ends in `line` (lower-casing can change lengths: "\u{212A}" is "k").
            let Some(head) = line.get(..p.len()) else { continue };
            if head.to_lowercase() != *p {
                continue;
            }
            let rest = &line[p.len()..];
            // "By" alone needs a following space; "Author:" needs its colon (part of the prefix).
            if !p.ends_with(':') && !rest.starts_with(' ') {
                continue;
            }
            let name = rest.trim().trim_end_matches(['.', ' ']);
            if is_name(name) {
                return Some(name);
            }
        }
        None
    }

    /// The source language if `line` is a machine-translation notice (`"und"` if it is one but
    /// names no language).
    pub(crate) fn translation_notice(&self, line: &str) -> Option<String> {
        if line.chars().count() > 200 {
            return None;
        }
        let lower = line.to_lowercase();
        let (lang, _) = self.notices.iter().find(|(_, phrase)| lower.contains(phrase.as_str()))?;
        if let Some(lang) = lang {
            return Some(lang.clone());
        }
        let after = lower.split_once("from ").map(|(_, a)| a).unwrap_or("");
        let named = after.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        Some(
            self.language_names
                .iter()
                .find(|(name, _)| name == named)
                .map(|(_, code)| code.clone())
                .unwrap_or_else(|| "und".to_string()),
        )
    }
}
