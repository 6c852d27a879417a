//! The knowledge base derived from the PETRARCH2/Phoenix actor dictionaries: names, aliases,
//! role classes and dated role codes.
//!
//! Phoenix gives, per actor, an entry line (`VLADIMIR_PUTIN_`), alias lines (`+PUTIN_`,
//! `+PRESIDENT_PUTIN_`) and dated codes (`[RUSGOV 991231-080507]`, `[RUSGOV >080508]`). The codes
//! say country and sector, not the office, so the office classes come from the titles in the
//! aliases ("PRESIDENT_PUTIN" -> president) and the comments ("# Foreign Minister"), read with the
//! same role data as the articles (`resources/en/resolve/roles.txt`). Entries without codes that
//! directly precede an entry with codes are its synonyms (the TABARI block convention).
//!
//! The derived file (`crates/resolve/data/kb.txt`) is a line format, one entry per line, in the
//! dictionaries' order; the same input gives the same bytes. Rebuild it with
//! `dossier train kb --phoenix ../shared/data/petrarch2-dictionaries -o crates/resolve/data/kb.txt`.

use crate::fast::FxHashMap as HashMap;

use crate::lang::{lang, parse_role, phrase_key, phrase_key_uncached, with_phrase_key};
use crate::text::title_case;

/// One dated role code: `RUSGOV` from 1999-12-31 to 2008-05-07 (`yyyymmdd`, None = open).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KbRole {
    pub code: String,
    pub from: Option<u32>,
    pub to: Option<u32>,
}

impl KbRole {
    /// Country part of the code (its first three letters).
    pub fn country(&self) -> &str {
        self.code.get(..3).unwrap_or(&self.code)
    }
    /// Whether the role was held on `date` (`yyyymmdd`); undated roles never answer dated questions.
    pub fn active(&self, date: u32) -> bool {
        (self.from.is_some() || self.to.is_some())
            && self.from.is_none_or(|f| f <= date)
            && self.to.is_none_or(|t| date <= t)
    }
}

/// One actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KbEntry {
    /// Display name ("Vladimir Putin").
    pub name: String,
    /// Whether the entry is a person (it has dated roles); organisations are not.
    pub person: bool,
    /// Aliases that are names (no title words), for display and lookups.
    pub aliases: Vec<String>,
    /// Office classes found in its titled aliases and comments ("president", "prime minister").
    pub titles: Vec<String>,
    pub roles: Vec<KbRole>,
}

impl KbEntry {
    /// The country the actor belongs to: the country of its latest dated role, else of any role.
    pub fn country(&self) -> Option<&str> {
        self.roles
            .iter()
            .filter(|r| r.from.is_some() || r.to.is_some())
            .max_by_key(|r| r.from.unwrap_or(0))
            .or_else(|| self.roles.first())
            .map(|r| r.country())
    }
}

/// A person name's spelling key: given-name key and surname key for a full name, the surname key
/// for a surname alone; none for initials with a surname or an empty name.
fn spelling_key(p: &crate::doc::PersonName) -> Option<String> {
    if p.surname.is_empty() || (p.firsts.is_empty() && !p.initials.is_empty()) {
        return None;
    }
    Some(match p.fkey() {
        Some(f) if p.full() => format!("{f} {}", p.skey()),
        _ => p.skey().to_string(),
    })
}

/// The knowledge base; see the module docs.
#[derive(Debug, Default)]
pub struct Kb {
    entries: Vec<KbEntry>,
    /// Latest date any role mentions: beyond it open-ended roles are not trusted.
    horizon: u32,
    by_alias: HashMap<String, Vec<u32>>,
    /// Person entries by the spelling keys of their names (given-name group and surname key, or
    /// the surname key of a one-word alias), built on the first name no alias matches.
    by_spelling: std::sync::OnceLock<HashMap<String, Vec<u32>>>,
}

/// Error reading a KB file.
#[derive(Debug, thiserror::Error)]
#[error("knowledge base line {line}: {message}")]
pub struct KbError {
    pub line: usize,
    pub message: String,
}

fn parse_date(s: &str) -> Option<u32> {
    let s = s.trim();
    if !s.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    match s.len() {
        6 => {
            let yy: u32 = s[..2].parse().ok()?;
            let year = if yy <= 30 { 2000 + yy } else { 1900 + yy };
            Some(year * 10000 + s[2..].parse::<u32>().ok()?)
        }
        8 => s.parse().ok(),
        _ => None,
    }
}

/// A publication date (`2009`, `2009-03`, `2009-03-01`) as `yyyymmdd` (middle of the year or month).
pub fn date_num(published: &str) -> Option<u32> {
    let p: Vec<&str> = published.trim().split('-').collect();
    let y: u32 = p.first()?.parse().ok()?;
    let m: u32 = p.get(1).and_then(|m| m.parse().ok()).unwrap_or(7);
    let d: u32 = p.get(2).and_then(|d| d.parse().ok()).unwrap_or(if p.len() > 1 { 15 } else { 1 });
    Some(y * 10000 + m * 100 + d)
}

fn parse_codes(s: &str, out: &mut Vec<KbRole>) {
    let mut rest = s;
    while let Some(a) = rest.find('[') {
        let Some(b) = rest[a..].find(']') else { break };
        let inner = rest[a + 1..a + b].trim();
        rest = &rest[a + b + 1..];
        let (code, dates) = match inner.split_once(char::is_whitespace) {
            Some((c, d)) => (c, d.trim()),
            None => (inner, ""),
        };
        if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        let (from, to) = if let Some(d) = dates.strip_prefix('>') {
            (parse_date(d), None)
        } else if let Some(d) = dates.strip_prefix('<') {
            (None, parse_date(d))
        } else if let Some((f, t)) = dates.split_once('-') {
            (parse_date(f), parse_date(t))
        } else {
            (None, None)
        };
        out.push(KbRole { code: code.to_string(), from, to });
    }
}

/// An entry being read: name, aliases, comments, role codes.
type OpenEntry = (String, Vec<String>, Vec<String>, Vec<KbRole>);

fn clean_name(raw: &str) -> String {
    title_case(raw.replace('_', " ").trim())
}

impl Kb {
    /// Derives the KB from Phoenix actor files (`(file name, text)`), in the order given.
    pub fn build_from_phoenix(files: &[(String, String)]) -> Kb {
        let l = lang();
        let mut entries = Vec::new();
        for (_, text) in files {
            // (name, aliases, comments, roles) of the open entry; synonyms waiting for codes.
            let mut pending: Vec<String> = Vec::new();
            let mut cur: Option<OpenEntry> = None;
            let flush = |cur: &mut Option<OpenEntry>,
                         pending: &mut Vec<String>,
                         entries: &mut Vec<KbEntry>| {
                if let Some((name, aliases, comments, roles)) = cur.take() {
                    if roles.is_empty() {
                        pending.push(name);
                        pending.extend(aliases);
                        return;
                    }
                    let mut all = std::mem::take(pending);
                    let name = if all.is_empty() { name } else { all.remove(0) };
                    let mut names = all;
                    names.extend(aliases);
                    if let Some(e) = make_entry(name, names, comments, roles) {
                        entries.push(e);
                    }
                }
            };
            for line in text.lines() {
                let (body, comment) = match line.find('#') {
                    Some(i) => (&line[..i], line[i + 1..].trim()),
                    None => (line, ""),
                };
                let t = body.trim();
                if t.is_empty() && comment.is_empty() && line.trim().is_empty() {
                    // A blank line ends a synonym block.
                    flush(&mut cur, &mut pending, &mut entries);
                    pending.clear();
                    continue;
                }
                if t.is_empty() {
                    if let (Some(c), false) = (cur.as_mut(), comment.is_empty()) {
                        if line.starts_with(char::is_whitespace) {
                            c.2.push(comment.to_string());
                        }
                    }
                    continue;
                }
                if let Some(a) = t.strip_prefix('+') {
                    if let Some(c) = cur.as_mut() {
                        let a = a.split('[').next().unwrap_or("");
                        c.1.push(clean_name(a));
                        parse_codes(t, &mut c.3);
                    }
                } else if t.starts_with('[') {
                    if let Some(c) = cur.as_mut() {
                        parse_codes(t, &mut c.3);
                        if !comment.is_empty() {
                            c.2.push(comment.to_string());
                        }
                    }
                } else {
                    flush(&mut cur, &mut pending, &mut entries);
                    let name = t.split(['[', '\t']).next().unwrap_or("").trim();
                    let mut roles = Vec::new();
                    parse_codes(t, &mut roles);
                    cur = Some((clean_name(name), Vec::new(), Vec::new(), roles));
                }
            }
            flush(&mut cur, &mut pending, &mut entries);
        }
        let _ = l;
        let mut kb = Kb { entries, ..Default::default() };
        kb.finish();
        kb
    }

    fn finish(&mut self) {
        self.horizon = self
            .entries
            .iter()
            .flat_map(|e| e.roles.iter())
            .flat_map(|r| [r.from, r.to])
            .flatten()
            .filter(|d| *d < 21000000)
            .max()
            .unwrap_or(0);
        self.by_alias.clear();
        self.by_spelling = Default::default();
        for (i, e) in self.entries.iter().enumerate() {
            for n in std::iter::once(&e.name).chain(e.aliases.iter()) {
                let v = self.by_alias.entry(phrase_key_uncached(n)).or_default();
                if !v.contains(&(i as u32)) {
                    v.push(i as u32);
                }
            }
        }
    }

    /// The compact line format (see the module docs); deterministic.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut s = format!("dossier-kb 1\nhorizon {}\n", self.horizon);
        for e in &self.entries {
            let roles: Vec<String> = e
                .roles
                .iter()
                .map(|r| {
                    format!(
                        "{}:{}-{}",
                        r.code,
                        r.from.map(|d| d.to_string()).unwrap_or_default(),
                        r.to.map(|d| d.to_string()).unwrap_or_default()
                    )
                })
                .collect();
            s.push_str(&format!(
                "{}\t{}\t{}\t{}\t{}\n",
                if e.person { 'P' } else { 'O' },
                e.name,
                e.aliases.join("|"),
                e.titles.join("|"),
                roles.join(";")
            ));
        }
        s.into_bytes()
    }

    /// Reads the format written by [`Kb::to_bytes`].
    pub fn from_bytes(b: &[u8]) -> Result<Kb, KbError> {
        let err = |line: usize, m: &str| KbError { line, message: m.to_string() };
        let text = std::str::from_utf8(b).map_err(|_| err(0, "not UTF-8"))?;
        let mut lines = text.lines();
        if lines.next() != Some("dossier-kb 1") {
            return Err(err(1, "not a dossier-kb 1 file"));
        }
        let horizon = lines
            .next()
            .and_then(|l| l.strip_prefix("horizon "))
            .and_then(|h| h.parse().ok())
            .ok_or_else(|| err(2, "missing horizon"))?;
        let mut entries = Vec::new();
        for (i, line) in lines.enumerate() {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 5 {
                return Err(err(i + 3, "expected 5 tab-separated fields"));
            }
            let list = |s: &str| -> Vec<String> {
                s.split('|').filter(|x| !x.is_empty()).map(str::to_string).collect()
            };
            let mut roles = Vec::new();
            for r in f[4].split(';').filter(|x| !x.is_empty()) {
                let (code, dates) = r.split_once(':').ok_or_else(|| err(i + 3, "bad role"))?;
                let (from, to) = dates.split_once('-').ok_or_else(|| err(i + 3, "bad dates"))?;
                roles.push(KbRole {
                    code: code.to_string(),
                    from: from.parse().ok(),
                    to: to.parse().ok(),
                });
            }
            entries.push(KbEntry {
                person: f[0] == "P",
                name: f[1].to_string(),
                aliases: list(f[2]),
                titles: list(f[3]),
                roles,
            });
        }
        let mut kb = Kb { entries, horizon, ..Default::default() };
        kb.finish();
        Ok(kb)
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    /// Whether the KB is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
    /// Latest date (`yyyymmdd`) the dictionaries know of.
    pub fn horizon(&self) -> u32 {
        self.horizon
    }
    /// Entries one of whose names is `name` (case, dots and diacritics ignored).
    pub fn lookup(&self, name: &str) -> Vec<&KbEntry> {
        with_phrase_key(name, |k| {
            self.by_alias
                .get(k)
                .map(|v| v.iter().map(|i| &self.entries[*i as usize]).collect())
                .unwrap_or_default()
        })
    }
    /// The one person entry named `name`, when exactly one matches: by one of its names as
    /// written, else, when no name is written so, by spelling ("Alexander Lukashenko" is the
    /// entry "Alyaksandr Lukashenka": the same given-name group and surname key).
    pub fn person(&self, name: &str) -> Option<&KbEntry> {
        let v = match with_phrase_key(name, |k| self.by_alias.get(k)) {
            Some(v) => v,
            None => {
                let key = spelling_key(&crate::doc::parse_person(name))?;
                self.by_spelling.get_or_init(|| self.spelling_index()).get(&key)?
            }
        };
        let mut persons = v.iter().map(|i| &self.entries[*i as usize]).filter(|e| e.person);
        let one = persons.next()?;
        persons.next().is_none().then_some(one)
    }

    fn spelling_index(&self) -> HashMap<String, Vec<u32>> {
        let mut index: HashMap<String, Vec<u32>> = HashMap::default();
        for (i, e) in self.entries.iter().enumerate().filter(|(_, e)| e.person) {
            for n in std::iter::once(&e.name).chain(e.aliases.iter()) {
                let Some(key) = spelling_key(&crate::doc::parse_person_uncached(n)) else {
                    continue;
                };
                let v = index.entry(key).or_default();
                if !v.contains(&(i as u32)) {
                    v.push(i as u32);
                }
            }
        }
        index
    }

    /// Who held office `class` of `country` (three-letter code) on `date` (`yyyymmdd`).
    ///
    /// Candidates have the title and a government role of the country active that day. Phoenix
    /// codes do not say which office a dated role is, so ties are broken by succession: a
    /// candidate whose role began when another holder of the title left (within a week) took over
    /// that office (Medvedev in May 2008 after Putin's presidency ended), then by the latest start.
    /// Dates after the KB's horizon get no answer: the dictionaries are out of date there, and the
    /// articles must speak.
    pub fn holder(&self, class: &str, country: &str, date: u32) -> Option<&KbEntry> {
        if date > self.horizon {
            return None;
        }
        let l = lang();
        let holders: Vec<&KbEntry> = self
            .entries
            .iter()
            .filter(|e| e.person && e.titles.iter().any(|t| l.class_compatible(class, t)))
            .filter(|e| e.roles.iter().any(|r| r.country() == country))
            .collect();
        let mut best: Option<(u32, u32, &KbEntry)> = None;
        for e in &holders {
            for r in e.roles.iter().filter(|r| {
                r.country() == country && r.code.get(3..6) == Some("GOV") && r.active(date)
            }) {
                let start = r.from.unwrap_or(0);
                let succeeded = holders.iter().any(|o| {
                    !std::ptr::eq(*o, *e)
                        && o.roles.iter().any(|or| {
                            or.country() == country && or.to.is_some_and(|t| day_gap(t, start) <= 7)
                        })
                });
                let key = (succeeded as u32, start);
                if best.as_ref().is_none_or(|b| key > (b.0, b.1)) {
                    best = Some((key.0, key.1, e));
                }
            }
        }
        best.map(|b| b.2)
    }
}

/// Rough day distance between two `yyyymmdd` dates.
fn day_gap(a: u32, b: u32) -> u32 {
    let days = |d: u32| (d / 10000) * 372 + ((d / 100) % 100) * 31 + d % 100;
    days(a).abs_diff(days(b))
}

fn make_entry(
    name: String,
    names: Vec<String>,
    comments: Vec<String>,
    roles: Vec<KbRole>,
) -> Option<KbEntry> {
    let l = lang();
    // (A state dated by its codes, "UKRAINE_ [USRUKR <910824] [UKR >911221]", is no person.)
    let person = roles.iter().any(|r| r.from.is_some() || r.to.is_some())
        && !l.country_names.contains_key(&phrase_key(&name));
    let mut titles: Vec<String> = Vec::new();
    let mut aliases: Vec<String> = Vec::new();
    // Aliases that name a group around the person ("The Obama Administration") are not names.
    let plain = |n: &str| {
        !n.starts_with("The ")
            && !n.split_whitespace().any(|w| {
                matches!(
                    phrase_key(w).as_str(),
                    "administration" | "government" | "cabinet" | "regime" | "family" | "camp"
                )
            })
            && !n.split_whitespace().any(|w| {
                let k = phrase_key(w);
                l.is_title(&k) || l.role_words.contains_key(&k) || l.country_words.contains_key(&k)
            })
    };
    for n in names.iter().chain(std::iter::once(&name)) {
        if let (Some(c), _, _) = parse_role(n) {
            if !titles.contains(&c) {
                titles.push(c);
            }
        }
        if n != &name && !n.is_empty() && plain(n) && !aliases.contains(n) {
            aliases.push(n.clone());
        }
    }
    for c in &comments {
        if let (Some(c), _, _) = parse_role(c) {
            if !titles.contains(&c) {
                titles.push(c);
            }
        }
    }
    if !person {
        // Countries and their long alias lists (cities, regions) are not organisations to link.
        if aliases.len() > 30
            || std::iter::once(&name)
                .chain(aliases.iter())
                .any(|n| l.country_names.contains_key(&phrase_key(n)))
        {
            return None;
        }
        if roles.is_empty() {
            return None;
        }
    }
    Some(KbEntry { name, person, aliases, titles, roles })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "VLADIMIR_PUTIN_  # CountryInfo.txt\n+PUTIN_\n+PRESIDENT_PUTIN_\n+PRIME_MINISTER_PUTIN_\n\t[RUSELI 700101-990809]\n\t[RUSGOV 991231-080507]\n\t[RUSGOV >080508]\nDMITRY_MEDVEDEV_  # CountryInfo.txt\n+MEDVEDEV\n+PRESIDENT_MEDVEDEV_\n\t[RUSGOV 051201-070228]\n\t[RUSGOV >080507]\nJOHN_DOE_\n\t[USAGOV 100101-120101]\n";

    fn sample() -> Kb {
        Kb::build_from_phoenix(&[("t.txt".into(), SAMPLE.into())])
    }

    #[test]
    fn a_state_dated_by_its_codes_is_no_person() {
        let kb = Kb::build_from_phoenix(&[(
            "c.txt".into(),
            "NORWAY_\n+BERGEN_\n\t[SWENOR 700101-050607]\n\t[NOR >050607]\n".into(),
        )]);
        assert!(kb.person("Bergen").is_none());
        assert!(kb.person("Norway").is_none());
    }

    #[test]
    fn parses_entries() {
        let kb = sample();
        assert_eq!(kb.len(), 3);
        let p = kb.person("Putin").unwrap();
        assert_eq!(p.name, "Vladimir Putin");
        assert_eq!(p.country(), Some("RUS"));
        assert!(p.titles.contains(&"president".to_string()));
        assert!(p.aliases.contains(&"Putin".to_string()));
        assert!(!p.aliases.iter().any(|a| a.contains("President")));
        assert_eq!(kb.horizon(), 20120101);
    }

    #[test]
    fn dated_holder() {
        let kb = sample();
        assert_eq!(kb.holder("president", "RUS", 20090601).unwrap().name, "Dmitry Medvedev");
        assert_eq!(kb.holder("president", "RUS", 20050601).unwrap().name, "Vladimir Putin");
        assert!(kb.holder("president", "RUS", 20250601).is_none());
    }

    #[test]
    fn round_trip() {
        let kb = sample();
        let b = kb.to_bytes();
        let kb2 = Kb::from_bytes(&b).unwrap();
        assert_eq!(kb2.to_bytes(), b);
        assert_eq!(kb2.person("Medvedev").unwrap().name, "Dmitry Medvedev");
        assert!(Kb::from_bytes(b"junk").is_err());
    }

    #[test]
    fn a_person_spelled_another_way_is_found_by_spelling() {
        let text = "ALYAKSANDR_LUKASHENKA_\n+LUKASHENKA_\n\t[BLRGOV 940720-]\n\
                    VIKTOR_LUKASHENKO_\n\t[UKRGOV 100101-120101]\n";
        let kb = Kb::build_from_phoenix(&[("t.txt".into(), text.into())]);
        let name = |n: &str| kb.person(n).map(|e| e.name.clone());
        assert_eq!(name("Lukashenka").as_deref(), Some("Alyaksandr Lukashenka"));
        // Only one entry has the surname alone among its names; given names tell the two apart.
        assert_eq!(name("Lukashenko").as_deref(), Some("Alyaksandr Lukashenka"));
        assert_eq!(name("Viktor Lukashenka").as_deref(), Some("Viktor Lukashenko"));
        assert_eq!(name("Alexander Lukashenko").as_deref(), Some("Alyaksandr Lukashenka"));
        assert_eq!(name("Vera Lukashenko"), None);
    }
}
