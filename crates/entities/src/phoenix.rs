//! An external gazetteer read from the PETRARCH2/Phoenix actor dictionaries (MIT licence):
//! country names and places (LOC), nationality adjectives (MISC) and the names of political
//! leaders (PER). Only hashes of the names end up in the model.
//!
//! Format: an entry line `NAME_  [CODE]` or `NAME_  # comment`, alias lines `+ALIAS_`,
//! tab-indented role lines `[RUSGOV 991231-080507]`. Words are joined by underscores.
//! An entry whose own line carries a bare three-letter code (`RUSSIAN_FEDERATION_  [RUS]`) is a
//! country: its names and aliases are places (or adjectives, "AFGHAN"). An entry commented
//! `# CountryInfo.txt` is a person; its aliases made only of words of its name ("PUTIN") are kept,
//! those with titles ("PRESIDENT_PUTIN") are not.

use crate::features::{Gazetteer, TokInfo};

/// Gazetteer bits used for external entries (bits 0..4 are the training data's types).
pub const EXT_PER: u8 = 1 << 4;
pub const EXT_LOC: u8 = 1 << 5;
pub const EXT_MISC: u8 = 1 << 6;

#[derive(PartialEq)]
enum Kind {
    Country,
    Person,
    Other,
}

fn words(name: &str) -> Vec<String> {
    let name = name.split('#').next().unwrap_or("").trim();
    let name = name.split('[').next().unwrap_or("").trim();
    let name = name.trim_start_matches('+').trim_end_matches('_');
    name.split('_').filter(|w| !w.is_empty()).map(|w| w.to_string()).collect()
}

/// Nationality adjectives and demonyms ("AFGHAN", "RUSSIAN", "CHINESE", "IRAQI").
fn adjective(w: &str) -> bool {
    ["AN", "ANS", "ESE", "ISH", "I", "IC", "CH"].iter().any(|s| w.ends_with(s))
}

/// Reads one dictionary file into `out`.
pub fn read_into(text: &str, out: &mut Gazetteer) {
    let mut kind = Kind::Other;
    let mut main: Vec<String> = Vec::new();
    let add = |ws: &[String], bit: u8, out: &mut Gazetteer| {
        let hs: Vec<u64> = ws.iter().map(|w| TokInfo::new(w).h_lower).collect();
        crate::features::gaz_insert(out, &hs, bit);
    };
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() || line.starts_with(char::is_whitespace)
        {
            continue;
        }
        if let Some(alias) = line.strip_prefix('+') {
            let ws = words(alias);
            match kind {
                Kind::Country => {
                    if ws.len() == 1 && adjective(&ws[0]) && ws != main {
                        add(&ws, EXT_MISC, out);
                    } else {
                        add(&ws, EXT_LOC, out);
                    }
                }
                Kind::Person => {
                    if ws.iter().all(|w| main.contains(w)) {
                        add(&ws, EXT_PER, out);
                    }
                }
                Kind::Other => {}
            }
            continue;
        }
        main = words(line);
        let code = line.split('[').nth(1).and_then(|c| c.split(']').next()).unwrap_or("");
        kind = if code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()) {
            Kind::Country
        } else if line.contains("# CountryInfo") {
            Kind::Person
        } else {
            Kind::Other
        };
        match kind {
            Kind::Country => add(&main, EXT_LOC, out),
            Kind::Person => {
                add(&main, EXT_PER, out);
                // The surname alone, as news uses it after the first mention.
                if main.len() >= 2 {
                    add(&main[main.len() - 1..], EXT_PER, out);
                }
            }
            Kind::Other => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::mix;

    fn key(ws: &[String]) -> u64 {
        let mut h = 0x5bd1_e995u64;
        for w in ws {
            h = mix(h, TokInfo::new(w).h_lower);
        }
        h
    }

    #[test]
    fn reads_countries_and_people() {
        let text = "# comment\nRURITANIA_  [RUR]\n+RURITANIAN_\n+STRELSAU_\nRUDOLF_RASSENDYLL_  # CountryInfo.txt\n+RASSENDYLL_\n+KING_RASSENDYLL_\n\t[RURGOV 990101-000101]\n";
        let mut g = Gazetteer::default();
        read_into(text, &mut g);
        let k = |s: &str| key(&s.split(' ').map(String::from).collect::<Vec<_>>());
        assert_eq!(g.get(&k("Ruritania")), Some(&EXT_LOC));
        assert_eq!(g.get(&k("Strelsau")), Some(&EXT_LOC));
        assert_eq!(g.get(&k("Ruritanian")), Some(&EXT_MISC));
        assert_eq!(g.get(&k("Rudolf Rassendyll")), Some(&EXT_PER));
        assert_eq!(g.get(&k("Rudolf")), Some(&crate::features::GAZ_PREFIX));
        assert_eq!(g.get(&k("Rassendyll")), Some(&EXT_PER));
        assert_eq!(g.get(&k("King Rassendyll")), None);
    }
}
