//! User corrections without code: the curation file.
//!
//! One rule per line; `#` starts a comment; blank lines are ignored; names are in double quotes
//! and compared case-insensitively (typographic quotes and diacritics folded):
//!
//! ```text
//! # Force names into one entity (two or more names, separated by |):
//! together = "Fogel" | "Marc Vogel"
//! # Never put these names in one entity (two or more names, pairwise):
//! apart    = "Alexander Vinnik" | "Vera Vinnik"
//! # Show an entity under another name (the old name stays an alias):
//! rename   = "Vladimir Putin" -> "Vladimir V. Putin"
//! ```
//!
//! A name in a rule matches an entity when it is the entity's name or one of its aliases.
//! `apart` wins over every automatic rule; `together` wins over everything except `apart`.
//! Errors name the file and line (`dossier.curation:3: expected a quoted name`).

use crate::text::fold;

/// The parsed curation rules.
#[derive(Debug, Clone, Default)]
pub struct Curation {
    /// Groups of folded names to merge.
    pub together: Vec<Vec<String>>,
    /// Groups of folded names never to merge.
    pub apart: Vec<Vec<String>>,
    /// (folded old name, new display name).
    pub rename: Vec<(String, String)>,
}

/// A curation file error with its place.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct CurationError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

fn quoted(s: &str) -> Option<String> {
    let s = s.trim();
    let s = s.strip_prefix('"')?.strip_suffix('"')?;
    if s.is_empty() || s.contains('"') {
        return None;
    }
    Some(s.trim().to_string())
}

impl Curation {
    /// No rules.
    pub fn empty() -> Curation {
        Curation::default()
    }

    /// Parses a curation file; `file` only names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<Curation, CurationError> {
        let mut c = Curation::default();
        for (n, raw) in text.lines().enumerate() {
            let err = |m: &str| CurationError {
                file: file.to_string(),
                line: n + 1,
                message: m.to_string(),
            };
            let line = match raw.find('#') {
                // A # inside quotes is part of a name.
                Some(i) if raw[..i].matches('"').count() % 2 == 0 => &raw[..i],
                _ => raw,
            }
            .trim();
            if line.is_empty() {
                continue;
            }
            let (key, value) = line
                .split_once('=')
                .ok_or_else(|| err("expected `together =`, `apart =` or `rename =`"))?;
            match key.trim() {
                "together" | "apart" => {
                    let names = value
                        .split('|')
                        .map(|p| {
                            quoted(p)
                                .ok_or_else(|| err("expected a quoted name, e.g. \"Marc Fogel\""))
                        })
                        .collect::<Result<Vec<_>, _>>()?;
                    if names.len() < 2 {
                        return Err(err("a rule needs two or more names separated by |"));
                    }
                    let names: Vec<String> = names.iter().map(|s| fold(s)).collect();
                    if key.trim() == "together" {
                        c.together.push(names);
                    } else {
                        c.apart.push(names);
                    }
                }
                "rename" => {
                    let (a, b) =
                        value.split_once("->").ok_or_else(|| err("expected \"OLD\" -> \"NEW\""))?;
                    let a = quoted(a).ok_or_else(|| err("expected a quoted old name"))?;
                    let b = quoted(b).ok_or_else(|| err("expected a quoted new name"))?;
                    c.rename.push((fold(&a), b));
                }
                other => {
                    return Err(err(&format!("unknown rule `{other}` (together, apart, rename)")))
                }
            }
        }
        Ok(c)
    }

    /// Whether two sets of folded names must stay apart.
    pub fn must_separate(&self, a: &[String], b: &[String]) -> bool {
        self.apart.iter().any(|g| {
            g.iter().enumerate().any(|(i, x)| {
                a.contains(x)
                    && g.iter().enumerate().any(|(j, y)| i != j && b.contains(y) && !a.contains(y))
            })
        })
    }

    /// Index of the `together` group one of these folded names belongs to.
    pub fn together_group(&self, names: &[String]) -> Option<usize> {
        self.together.iter().position(|g| g.iter().any(|x| names.contains(x)))
    }

    /// The new name for an entity named `name`, if a rename rule applies.
    pub fn renamed(&self, name: &str) -> Option<&str> {
        if self.rename.is_empty() {
            return None;
        }
        let f = fold(name);
        self.rename.iter().find(|(a, _)| *a == f).map(|(_, b)| b.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rules() {
        let c = Curation::parse(
            "# comment\ntogether = \"Fogel\" | \"Marc Vogel\"\n\napart = \"Alexander Vinnik\" | \"Vera Vinnik\" # mother\nrename = \"Vladimir Putin\" -> \"Vladimir V. Putin\"\n",
            "d.cur",
        )
        .unwrap();
        assert_eq!(c.together, vec![vec!["fogel".to_string(), "marc vogel".to_string()]]);
        assert!(c.must_separate(&["alexander vinnik".into()], &["vera vinnik".into()]));
        assert!(!c.must_separate(&["alexander vinnik".into()], &["vinnik".into()]));
        assert_eq!(c.renamed("VLADIMIR PUTIN"), Some("Vladimir V. Putin"));
        assert_eq!(c.together_group(&["marc vogel".into()]), Some(0));
    }

    #[test]
    fn errors_name_file_and_line() {
        let e =
            Curation::parse("together = \"A\" | \"B\"\napart = A | \"B\"\n", "my.cur").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.to_string().starts_with("my.cur:2: "), "{e}");
        let e = Curation::parse("\n\nmerge = \"A\" | \"B\"", "x").unwrap_err();
        assert_eq!(e.to_string(), "x:3: unknown rule `merge` (together, apart, rename)");
        assert_eq!(Curation::parse("together = \"A\"", "x").unwrap_err().line, 1);
        assert_eq!(Curation::parse("rename = \"A\" \"B\"", "x").unwrap_err().line, 1);
        assert!(Curation::parse("", "x").unwrap().together.is_empty());
    }
}
