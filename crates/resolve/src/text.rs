//! Text normalisation and the keys names are compared and blocked by.
//!
//! Everything here works on folded text: lower case, typographic quotes as plain ones, Latin
//! diacritics removed and Cyrillic transliterated with the table in
//! `resources/en/resolve/cyrillic.txt`, so "Путин", "PUTIN" and "Putin" meet.

use crate::fast::{memo, Memo};
use crate::lang::{cyrillic, lang};

/// Lower-cases, plains quotes, strips Latin diacritics and transliterates Cyrillic.
pub fn fold(s: &str) -> String {
    // Most text is ASCII: nothing to transliterate or strip there.
    if s.is_ascii() {
        let mut out = s.to_ascii_lowercase();
        if out.contains('`') {
            out = out.replace('`', "'");
        }
        return out;
    }
    let cyr = cyrillic();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let lc = c.to_lowercase().next().unwrap_or(c);
        if let Some(t) = cyr.get(&lc) {
            out.push_str(t);
            continue;
        }
        match lc {
            '\u{2019}' | '\u{2018}' | '\u{02bc}' | '`' => out.push('\''),
            '\u{201c}' | '\u{201d}' | '\u{ab}' | '\u{bb}' => out.push('"'),
            '\u{2010}'..='\u{2015}' => out.push('-'),
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => out.push('a'),
            'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => out.push('c'),
            'ď' | 'đ' | 'ð' => out.push('d'),
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' | 'ė' | 'ĕ' => out.push('e'),
            // ("Erdoğan" is "Erdogan".)
            'ğ' | 'ĝ' | 'ġ' | 'ģ' => out.push('g'),
            'ĥ' | 'ħ' => out.push('h'),
            'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' | 'į' | 'ĩ' | 'ĭ' => out.push('i'),
            'ĵ' => out.push('j'),
            'ķ' => out.push('k'),
            'ł' | 'ļ' | 'ľ' | 'ĺ' => out.push('l'),
            'ñ' | 'ń' | 'ň' | 'ņ' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' | 'ō' | 'ŏ' => out.push('o'),
            'ř' | 'ŕ' | 'ŗ' => out.push('r'),
            'ś' | 'š' | 'ş' | 'ș' | 'ŝ' => out.push('s'),
            'ť' | 'ţ' | 'ț' => out.push('t'),
            'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'ű' | 'ū' | 'ų' | 'ũ' | 'ŭ' => out.push('u'),
            'ŵ' => out.push('w'),
            'ý' | 'ÿ' | 'ŷ' => out.push('y'),
            'ź' | 'ż' | 'ž' => out.push('z'),
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'þ' => out.push_str("th"),
            _ => out.push(lc),
        }
    }
    out
}

/// True when the text holds a Cyrillic letter (its match is then evidence of transliteration).
pub fn has_cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0400}'..='\u{04ff}').contains(&c))
}

/// Folded words of a name: punctuation at the edges removed, a possessive "'s" dropped, the
/// dots of initials kept ("v.v."). Empty words are skipped.
pub fn words(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| c.is_whitespace() || c == ',' || c == '"' || c == '(' || c == ')')
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
            let w = w.strip_suffix("'s").unwrap_or(w);
            let w = w.trim_end_matches('\'');
            // A final dot stays only on initials ("v." "u.s.").
            if w.ends_with('.') && !is_initials(w) {
                w.trim_end_matches('.').to_string()
            } else {
                w.to_string()
            }
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// "v." "v.v." "j.d." "u.s.": one-letter parts each closed by a dot.
pub fn is_initials(w: &str) -> bool {
    let Some(body) = w.strip_suffix('.') else { return false };
    // Every part before the final dot is one alphabetic letter.
    body.split('.').all(|p| {
        let mut cs = p.chars();
        matches!((cs.next(), cs.next()), (Some(c), None) if c.is_alphabetic())
    })
}

/// A coarse phonetic key for a folded word, built to make transliteration and machine
/// translation variants meet: w/v/f ("Vogel"/"Fogel", "Witkoff"), c/k/ck/q ("Marc"/"Mark"),
/// y/j/i ("Zelenskyy"/"Zelenskiy"/"Zelensky"), ph/f, kh/h, gh/q ("Araghchi"/"Araqchi"), x/ks,
/// doubled letters; a silent h after w ("Whitkoff"). Vowels stay (they separate "Vinnik" from
/// "Vance").
pub fn phonetic(word: &str) -> String {
    let cs: Vec<char> = word.chars().filter(|c| c.is_alphanumeric()).collect();
    let mut out = String::with_capacity(cs.len() + 2);
    let push = |m: char, out: &mut String| {
        if !out.ends_with(m) {
            out.push(m);
        }
    };
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        let next = cs.get(i + 1).copied();
        // Digraphs first: "tch" sounds as "ch" (written "kh" here, as c -> k), "dzh" as "j".
        if c == 't' && next == Some('c') && cs.get(i + 2) == Some(&'h') {
            push('k', &mut out);
            push('h', &mut out);
            i += 3;
            continue;
        }
        if c == 'd' && next == Some('z') && cs.get(i + 2) == Some(&'h') {
            push('i', &mut out);
            i += 3;
            continue;
        }
        let (m, step) = match (c, next) {
            ('w', Some('h')) => ('f', 2),
            ('p', Some('h')) => ('f', 2),
            ('k', Some('h')) => ('h', 2),
            // ("Araghchi" = "Araqchi": Persian and Arabic "gh" is often written "q"; not after
            // "i" or "u", where English "gh" is silent: "Leigh", "Vaughan".)
            ('g', Some('h')) if i == 0 || !matches!(cs[i - 1], 'i' | 'u') => ('k', 2),
            ('c', Some('k')) => ('k', 2),
            ('x', _) => {
                push('k', &mut out);
                ('s', 1)
            }
            ('w' | 'v', _) => ('f', 1),
            ('c' | 'q', _) => ('k', 1),
            ('y' | 'j', _) => ('i', 1),
            ('z', _) => ('s', 1),
            (c, _) => (c, 1),
        };
        push(m, &mut out);
        i += step;
    }
    out
}

/// One word's key after variant groups: a first name maps to its group's first form, a place
/// name likewise (with `place`), then the phonetic key.
pub fn word_key(word: &str, as_first_name: bool) -> String {
    let l = lang();
    let w = word.trim_end_matches('.');
    if as_first_name {
        let k = phonetic(l.first_names.get(w).map_or(w, String::as_str));
        return given_skeleton(k);
    }
    if let Some(g) = l.places.get(w) {
        return phonetic(g);
    }
    // "Lukashenka" = "Lukashenko", "Tsikhanouski" = "Tikhanovsky": a long word's
    // transliterated ending and beginning take their groups' forms.
    if w.len() >= 7 {
        let start = l.surname_starts.iter().find(|(s, _)| w.starts_with(s.as_str()));
        let end = l.surname_endings.iter().find(|(e, _)| w.ends_with(e.as_str()));
        if start.is_some() || end.is_some() {
            let (head, from) = start.map_or(("", 0), |(s, to)| (to.as_str(), s.len()));
            let (tail, to) = end.map_or(("", w.len()), |(e, to)| (to.as_str(), w.len() - e.len()));
            return phonetic(&format!("{head}{}{tail}", &w[from..to.max(from)]));
        }
    }
    phonetic(w)
}

/// A long given name's key without the vowels inside it: transliterations of one name differ
/// mostly there ("Esmaeil" / "Esmail", "Mohammad" / "Mohammed" / "Muhammad"). The first and
/// last letters stay, since a final vowel often tells two names apart ("Daniel" / "Daniela",
/// "Alexander" / "Alexandra"); names under six letters stay whole ("Maria" / "Mario").
fn given_skeleton(key: String) -> String {
    let cs: Vec<char> = key.chars().collect();
    if cs.len() < 6 {
        return key;
    }
    let mut out = String::with_capacity(key.len());
    out.push(cs[0]);
    for &c in &cs[1..cs.len() - 1] {
        if !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u') && !out.ends_with(c) {
            out.push(c);
        }
    }
    out.push(cs[cs.len() - 1]);
    out
}

/// Whether a name someone looks up (`query`) is `name` spelled another way, by the keys the
/// resolver merges spellings with: the same words ("Kiev" and "Kyiv", "Zelensky Volodymyr" and
/// "Volodymyr Zelenskiy" stay apart: order counts), or one word that is the name's last
/// ("Zelensky" for "Volodymyr Zelenskiy"). For a lookup that found nothing as written.
pub fn spelled_alike(query: &str, name: &str) -> bool {
    let keys = |s: &str| -> Vec<String> { words(s).iter().map(|w| word_key(w, false)).collect() };
    let (q, n) = (keys(query), keys(name));
    match (q.as_slice(), n.last()) {
        ([], _) | (_, None) => false,
        ([one], Some(last)) if n.len() > 1 => one == last,
        _ => q == n,
    }
}

/// Key of a whole (non-person) name: folded words, place variants and phonetic keys joined;
/// a leading "the" dropped ("the Kremlin" = "Kremlin"), dots removed ("U.S." = "US").
pub fn name_key(name: &str) -> String {
    let ws = words(name);
    let ws: Vec<&String> = ws
        .iter()
        .enumerate()
        .filter(|(i, w)| !(*i == 0 && w.as_str() == "the"))
        .map(|(_, w)| w)
        .collect();
    ws.iter().map(|w| word_key(&w.replace('.', ""), false)).collect::<Vec<_>>().join(" ")
}

/// Upper-case letters of an acronym ("U.S." -> "US", "NATO" -> "NATO"); None when the name is
/// not one (lower-case letters, several words, or longer than 8 letters).
pub fn acronym(name: &str) -> Option<String> {
    thread_local!(static MEMO: Memo<Option<String>> = Default::default());
    memo(&MEMO, name, acronym_uncached)
}

fn acronym_uncached(name: &str) -> Option<String> {
    let t = name.trim();
    if t.contains(' ') {
        return None;
    }
    let letters: String = t.chars().filter(|c| *c != '.').collect();
    if letters.len() >= 2
        && letters.chars().count() <= 8
        && letters.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
    {
        Some(letters)
    } else {
        None
    }
}

/// Initials of the capitalised words of a multi-word name ("Central Intelligence Agency" ->
/// "CIA", "St Petersburg International Economic Forum" -> "SPIEF"); function words skipped.
pub fn initials(name: &str) -> Option<String> {
    thread_local!(static MEMO: Memo<Option<String>> = Default::default());
    memo(&MEMO, name, initials_uncached)
}

fn initials_uncached(name: &str) -> Option<String> {
    let ws: Vec<&str> = name.split_whitespace().collect();
    if ws.len() < 2 {
        return None;
    }
    let mut out = String::new();
    for w in ws {
        let lw = w.to_lowercase();
        if matches!(lw.as_str(), "of" | "the" | "and" | "for" | "on" | "in" | "de" | "&") {
            continue;
        }
        let c = w.chars().next()?;
        if !c.is_uppercase() {
            return None;
        }
        out.extend(c.to_uppercase());
    }
    (out.len() >= 2).then_some(out)
}

/// Title-cases a folded or upper-case word sequence for display ("VLADIMIR_PUTIN_" -> "Vladimir Putin").
pub fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let mut out = String::new();
            let mut up = true;
            for c in w.chars() {
                if up {
                    out.extend(c.to_uppercase());
                } else {
                    out.extend(c.to_lowercase());
                }
                up = c == '.' || c == '-' || c == '\'';
            }
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cyrillic_transliterates() {
        assert_eq!(fold("Путин"), "putin");
        assert_eq!(fold("Ушаков"), "ushakov");
        assert_eq!(phonetic(&fold("Ушаков")), phonetic("ushakov"));
        assert!(has_cyrillic("Песков"));
        assert!(!has_cyrillic("Peskov"));
    }

    #[test]
    fn latin_letters_with_marks_fold_to_their_base() {
        assert_eq!(fold("Erdoğan"), "erdogan");
        assert_eq!(fold("Kārlis Šadurskis"), "karlis sadurskis");
        assert_eq!(fold("Øystein Ståle Ørsted"), "oystein stale orsted");
        assert_eq!(fold("Ţuţu Ėglė Łukasz"), "tutu egle lukasz");
    }

    #[test]
    fn variants_share_keys() {
        assert_eq!(phonetic("fogel"), phonetic("vogel"));
        assert_eq!(phonetic("witkoff"), phonetic("whitkoff"));
        assert_eq!(phonetic("zelensky"), phonetic("zelenskyy"));
        assert_eq!(phonetic("zelensky"), phonetic("zelenskiy"));
        assert_eq!(phonetic("mark"), phonetic("marc"));
        assert_eq!(phonetic("araghchi"), phonetic("araqchi"));
        assert_eq!(phonetic("ghalibaf"), phonetic("qalibaf"));
        assert_ne!(phonetic("leigh"), phonetic("lek"));
        assert_ne!(phonetic("vinnik"), phonetic("vance"));
        assert_eq!(word_key("kiev", false), word_key("kyiv", false));
        assert_eq!(word_key("fordo", false), word_key("fordow", false));
        assert_eq!(word_key("vladimir", true), word_key("volodymyr", true));
        assert_eq!(word_key("esmaeil", true), word_key("esmail", true));
        assert_eq!(word_key("mohammad", true), word_key("muhammad", true));
        assert_eq!(word_key("mohammed", true), word_key("mohammad", true));
        for (a, b) in [("daniel", "daniela"), ("alexander", "alexandra"), ("maria", "mario")] {
            assert_ne!(word_key(a, true), word_key(b, true), "{a} / {b}");
        }
        assert_ne!(word_key("kristina", true), word_key("kristian", true));
        assert_ne!(word_key("vladimir", false), word_key("volodymyr", false));
        // Belarusian and Russian transliterations of one surname.
        assert_eq!(word_key("tsikhanouski", false), word_key("tikhanovsky", false));
        assert_eq!(word_key("tsikhanouskaya", false), word_key("tikhanovskaya", false));
        assert_eq!(word_key("lukashenka", false), word_key("lukashenko", false));
        assert_ne!(word_key("tsikhanouski", false), word_key("tikhanouskaya", false));
    }

    #[test]
    fn words_and_initials() {
        assert_eq!(words("V.V. Putin's"), vec!["v.v.", "putin"]);
        assert!(is_initials("j.d."));
        assert!(!is_initials("putin."));
        assert_eq!(acronym("U.S."), Some("US".into()));
        assert_eq!(acronym("Putin"), None);
        assert_eq!(initials("Central Intelligence Agency"), Some("CIA".into()));
        assert_eq!(initials("St Petersburg International Economic Forum"), Some("SPIEF".into()));
        assert_eq!(name_key("the Kremlin"), name_key("Kremlin"));
        assert_eq!(title_case("VLADIMIR V. PUTIN"), "Vladimir V. Putin");
    }

    #[test]
    fn names_looked_up_in_another_spelling() {
        assert!(spelled_alike("Zelensky", "Volodymyr Zelenskiy"));
        assert!(spelled_alike("Kiev", "Kyiv"));
        assert!(spelled_alike("Whitkoff", "Steve Witkoff"));
        assert!(!spelled_alike("Vladimir", "Vladimir Putin"));
        assert!(!spelled_alike("Vera Vinnik", "Alexander Vinnik"));
        assert!(!spelled_alike("", "Kyiv"));
    }
}
