//! Stage 1: resolution inside one article.
//!
//! Rules, in order:
//! 1. **Names.** Person mentions are parsed into given names, initials and a surname (leading
//!    titles such as "President" dropped). Full names (a given name and a surname) form groups:
//!    a full name joins an earlier group with the same surname key (transliteration + phonetic)
//!    and a compatible given name (same variant group, same phonetic key, or a matching initial),
//!    so "Mark Vogel"/"Mark Fogel" and "Vladimir Zelensky"/"Volodymyr Zelensky" meet while
//!    "Alexander Vinnik"/"Vera Vinnik" do not. A short form ("Putin", "V.V. Putin") joins the
//!    group with its surname; with several (mother and son), the most mentioned full name, then
//!    the first introduced. The group's canonical name is its first full name.
//! 2. **Other names.** Organisations and places group by name key (country names and
//!    organisation aliases from the data files map to one key; "U.S." = "US"); an acronym joins a
//!    multi-word name of the article whose initials it spells ("CIA", "SPIEF"). A group's label is
//!    the majority of its mentions' labels (NER noise on one string in one article); persons never
//!    group with non-persons.
//! 3. **Descriptions.** "the/his/her + (ordinal) + (modifier) + (nationality or country or
//!    metonym) + (modifier) + role (+ of (the) country)" ("the Russian leader", "his U.S.
//!    counterpart", "the new South Korean president", "the 47th president of the United States",
//!    "the official representative of the Kremlin", "the Republican") become role mentions when
//!    they have a country (stated or implied by the role) and overlap no existing role or person
//!    mention. Each is resolved by, in order: an apposition
//!    (", Donald Trump" right after it, or "Dmitry Peskov, " right before it); a person of the
//!    article whose roles here give the same country and a compatible role (nearest before, else
//!    nearest after); the KB's holder of that office on the publication date (only up to the KB's
//!    horizon); a person the KB places in that country with no conflicting role; finally the most
//!    recent person before it, within the last 600 bytes (about two sentences), that nothing
//!    contradicts (no other known country, no incompatible role), except for the classes marked
//!    `named` ("his Indian counterpart" stays open rather than take whoever was named last). A resolved description adds its
//!    country and role to the person, so later descriptions find them. Pronouns stay unresolved.
//!    Descriptions still open go to the corpus resolver (see [`crate::corpus`]).

use crate::fast::FxHashMap as HashMap;
use std::sync::Arc;

use dossier_document::{Document, EntityMention, RoleMention, Span};

use crate::fast::{memo, Memo};
use crate::kb::{date_num, Kb};
use crate::lang::{lang, parse_role, phrase_key};
use crate::text::{acronym, fold, initials, is_initials, name_key, word_key, words};

/// The lower-case words of a person mention before its name ("President Obama" -> ["president"],
/// "Mr. Obama" -> ["mr"]).
fn title_words(text: &str, display: &str) -> Vec<String> {
    let (t, d) = (text.to_lowercase(), display.to_lowercase());
    match t.rfind(&d) {
        Some(at) if !d.is_empty() => {
            t[..at].split_whitespace().map(|w| w.trim_end_matches('.').to_string()).collect()
        }
        _ => Vec::new(),
    }
}

/// A person name split into its parts (folded).
#[derive(Debug, Clone, Default)]
pub(crate) struct PersonName {
    /// Given names (not initials).
    pub firsts: Vec<String>,
    /// Initial letters ("v.v." -> ['v','v']).
    pub initials: Vec<char>,
    pub surname: String,
    /// The name as written without leading titles.
    pub display: String,
    /// The family name is the first word ("Lee Jae-myung"), not the last.
    pub surname_first: bool,
    /// Cached keys (surname, first given name): compared for every blocking candidate.
    skey: String,
    fkey: Option<String>,
}

impl PersonName {
    /// Whether the name has a given name and a surname.
    pub fn full(&self) -> bool {
        !self.firsts.is_empty() && !self.surname.is_empty()
    }
    /// Surname blocking key.
    pub fn surname_key(&self) -> String {
        self.skey.clone()
    }
    /// The cached surname key, borrowed.
    pub fn skey(&self) -> &str {
        &self.skey
    }
    /// The first given name's key, if any.
    pub fn fkey(&self) -> Option<&str> {
        self.fkey.as_deref()
    }
    /// Whether the two given-name sets can be the same person's.
    pub fn firsts_compatible(&self, o: &PersonName) -> bool {
        match (self.firsts.first(), o.firsts.first()) {
            (Some(_), Some(_)) => self.fkey == o.fkey,
            (Some(a), None) => o.initials.first().is_none_or(|c| a.starts_with(*c)),
            (None, Some(b)) => self.initials.first().is_none_or(|c| b.starts_with(*c)),
            (None, None) => match (self.initials.first(), o.initials.first()) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            },
        }
    }
}

/// A lower-case word that joins a family name ("von der Leyen", "bin Salman", "da Silva").
pub(crate) fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "bin"
            | "al"
            | "de"
            | "van"
            | "von"
            | "der"
            | "den"
            | "ibn"
            | "el"
            | "la"
            | "da"
            | "di"
            | "du"
            | "dos"
            | "del"
    )
}

/// Parses a person mention ("President Vladimir Putin", "V.V. Putin", "Putin").
///
/// Memoised per thread (the same names come again and again): the result is shared.
pub(crate) fn parse_person(text: &str) -> Arc<PersonName> {
    thread_local!(static MEMO: Memo<Arc<PersonName>> = Default::default());
    memo(&MEMO, text, |t| Arc::new(parse_person_uncached(t)))
}

pub(crate) fn parse_person_uncached(text: &str) -> PersonName {
    let l = lang();
    let raw: Vec<&str> = text.split_whitespace().collect();
    let ws = words(text);
    // Everything up to the last title or role word is a title phrase ("Russian President",
    // "CIA Director", "press secretary of the Russian president,"), unless nothing would remain.
    let mut skip = 0;
    let titled = |k: &str| l.is_title(k) || l.role_words.contains_key(k);
    for (i, w) in ws.iter().enumerate().take(ws.len().saturating_sub(1)) {
        let k = w.trim_end_matches('.');
        // ("NATO Secretary-General Mark Rutte", "Vice-President X": a title written with a
        // hyphen, each part a title or a word that ranks one.)
        let compound = k.contains('-')
            && k.split('-').all(|p| titled(p) || matches!(p, "vice" | "deputy" | "under"));
        if titled(k) || compound {
            skip = i + 1;
        }
    }
    // (A nationality before the name is no part of it; a country's own name is: "Israel Katz",
    // "Jordan Bardella" are given names.)
    let nationality = |w: &str| {
        let w = w.trim_end_matches('.');
        l.country_words.contains_key(w) && !l.country_names.contains_key(w)
    };
    while skip + 1 < ws.len() && (l.is_title(&ws[skip]) || nationality(&ws[skip])) {
        skip += 1;
    }

    let n_words = ws.len();
    let mut ws: Vec<String> = ws.into_iter().skip(skip).collect();
    // ("Leo XIV", "Charles III": a regnal number names no family.)
    let roman = |w: &str| !w.is_empty() && w.len() <= 5 && w.chars().all(|c| "ivxl".contains(c));
    let regnal = ws.len() == 2 && roman(ws[1].trim_end_matches('.'));
    while ws.len() > 1
        && ws
            .last()
            .map(|s| s.trim_end_matches('.'))
            .is_some_and(|w| matches!(w, "jr" | "sr") || roman(w))
    {
        ws.pop();
    }
    let display = if raw.len() == n_words && skip < raw.len() {
        raw[skip..].join(" ")
    } else {
        text.trim().to_string()
    };
    let display = display
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.')
        .trim_end_matches("'s")
        .trim_end_matches("\u{2019}s")
        .to_string();
    let mut p = PersonName { display, ..Default::default() };
    // "Lee Jae-myung": the family name first, the given name after it; else last.
    p.surname_first = l.family_name_first(&ws);
    let (surname, givens) = if p.surname_first {
        (ws[0].as_str(), &ws[1..])
    } else {
        match ws.split_last() {
            Some((last, givens)) => (last.trim_end_matches('.'), givens),
            None => ("", &ws[..0]),
        }
    };
    p.surname = surname.to_string();
    // ("Kim Jong Un" = "Kim Jong-un", "Yoon Suk Yeol" = "Yoon Suk-yeol": the syllables of a
    // given name written after the family name are one name, however they are joined.)
    let joined;
    let givens = if p.surname_first && givens.len() > 1 {
        joined = [givens.join("-")];
        &joined[..]
    } else {
        givens
    };
    for w in givens {
        if is_initials(w) || (w.chars().count() == 1) {
            p.initials.extend(w.chars().filter(|c| c.is_alphabetic()));
        } else if !is_name_particle(w) {
            p.firsts.push(w.clone());
        }
    }
    // "Ahmed al-Sharaa" is "Sharaa" too: an Arabic article joined to the family name by a
    // hyphen is no part of its key.
    // ("Albusaidi" = "al-Busaidi": so is one written joined to it.)
    let bare = after_arabic_article(&p.surname)
        .or_else(|| joined_arabic_article(&p.surname))
        .unwrap_or(&p.surname);
    // (A regnal name is the name the person goes by, given and family alike: "Leo XIV" is
    // named in full, and a lone "Leo" later is he.)
    if regnal && p.firsts.is_empty() && !p.surname.is_empty() {
        p.firsts.push(p.surname.clone());
    }
    p.skey = word_key(bare, false);
    p.fkey = p.firsts.first().map(|f| word_key(f, true));
    p
}

/// Group key of a non-person name: a country, a known organisation, or the name key.
pub(crate) fn thing_key(text: &str) -> String {
    thread_local!(static MEMO: Memo<String> = Default::default());
    memo(&MEMO, text, thing_key_uncached)
}

fn thing_key_uncached(text: &str) -> String {
    let l = lang();
    let k = phrase_key(text);
    let k = k.strip_prefix("the ").unwrap_or(&k).to_string();
    if let Some(ci) = l.country_names.get(&k) {
        return format!("c:{}", l.countries[*ci].code);
    }
    if let Some(o) = l.orgs.get(&k) {
        return format!("o:{}", phrase_key(o));
    }
    // "Gaza Strip" = "Gaza", "Kharkiv Oblast" = "Kharkiv", unless the rest is a country.
    // ("Gaza City", "Quebec City": a capitalised "City" is part of a city's name, inside the
    // place the rest names; "Kyiv city" is Kyiv.)
    if let Some((rest, last)) = k.rsplit_once(' ') {
        let named_city = last == "city" && text.trim_end().ends_with("City");
        if l.generic_places.iter().any(|g| g == last)
            && !l.country_names.contains_key(rest)
            && !named_city
        {
            return format!("n:{}", name_key(rest));
        }
    }
    format!("n:{}", name_key(text))
}

fn is_per(label: &str) -> bool {
    label == "PER"
}

#[derive(Debug, Default)]
struct Group {
    canon: String,
    per: bool,
    name: Arc<PersonName>,
    key: String,
    /// Indices into doc.entities.
    members: Vec<usize>,
    /// (country, class) stated in this article (roles layer and resolved descriptions).
    said: Vec<(Option<String>, Option<String>)>,
    kb_country: Option<String>,
    kb_titles: Vec<String>,
}

impl Group {
    fn countries(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.said.iter().filter_map(|s| s.0.as_deref()).collect();
        if let Some(k) = &self.kb_country {
            v.push(k);
        }
        v
    }
    fn classes(&self) -> Vec<&str> {
        self.said.iter().filter_map(|s| s.1.as_deref()).collect()
    }
    fn country_conflict(&self, k: &str) -> bool {
        let c = self.countries();
        !c.is_empty() && !c.contains(&k)
    }
    fn class_conflict(&self, class: &str) -> bool {
        let l = lang();
        let c = self.classes();
        !c.is_empty() && !c.iter().any(|h| l.class_compatible(class, h))
    }
}

/// A word token of the text: byte span and its matching form (folded, dots and "'s" removed).
#[derive(Debug)]
struct Tok {
    start: usize,
    end: usize,
    norm: String,
}

/// ASCII bytes that are word characters for [`tokenize`].
static WORD_BYTE: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'.' || c == b'-' || c == b'\'';
        b += 1;
    }
    t
};

fn tokenize(text: &str) -> Vec<Tok> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let is_word =
        |c: char| c.is_alphanumeric() || c == '.' || c == '-' || c == '\'' || c == '\u{2019}';
    let push = |s: usize, e: usize, out: &mut Vec<Tok>| {
        let mut w = &text[s..e];
        let mut s2 = s;
        while let Some(c) = w.chars().next().filter(|c| !c.is_alphanumeric()) {
            s2 += c.len_utf8();
            w = &w[c.len_utf8()..];
        }
        let mut e2 = s2 + w.len();
        if !is_initials(w) {
            while let Some(c) = text[s2..e2].chars().next_back().filter(|c| !c.is_alphanumeric()) {
                e2 -= c.len_utf8();
            }
        }
        if e2 <= s2 {
            return;
        }
        out.push(Tok { start: s2, end: e2, norm: String::new() });
    };
    let norm = |t: &Tok| {
        let mut norm = fold(&text[t.start..t.end]);
        norm.retain(|c| c != '.');
        for suf in ["'s", "'"] {
            if norm.ends_with(suf) {
                norm.truncate(norm.len() - suf.len());
            }
        }
        norm
    };
    // Runs of word characters, with ASCII bytes (nearly all of them) tested by table.
    let bytes = text.as_bytes();
    let n = bytes.len();
    let class = |i: usize| -> (bool, usize) {
        let b = bytes[i];
        if b.is_ascii() {
            (WORD_BYTE[b as usize], 1)
        } else {
            let c = text[i..].chars().next().unwrap_or_default();
            (is_word(c), c.len_utf8())
        }
    };
    let mut i = 0;
    while i < n {
        while i < n {
            let (w, len) = class(i);
            if w {
                break;
            }
            i += len;
        }
        if i >= n {
            break;
        }
        let s = i;
        while i < n {
            let (w, len) = class(i);
            if !w {
                break;
            }
            i += len;
        }
        push(s, i, &mut out);
    }
    // Matching forms are only needed in the few words after a determiner (the rest of the
    // text never takes part in a description): computing them lazily keeps stage 1 cheap.
    let l = lang();
    let heads = role_heads_by_byte();
    // Whether a token opens with a role word (case-insensitive), computed once per token.
    let mut head: Vec<Option<bool>> = vec![None; out.len()];
    let mut has_head = |k: usize, out: &[Tok]| -> bool {
        *head[k].get_or_insert_with(|| {
            let t = &text.as_bytes()[out[k].start..out[k].end];
            t.first().is_some_and(|b| {
                heads[b.to_ascii_lowercase() as usize]
                    .iter()
                    .any(|h| t.len() >= h.len() && t[..h.len()].eq_ignore_ascii_case(h.as_bytes()))
            })
        })
    };
    let mut filled = 0;
    for i in 0..out.len() {
        let w = &text[out[i].start..out[i].end];
        if w.len() <= 5
            && l.determiners.iter().any(|d| d.eq_ignore_ascii_case(w))
            // Cheap look-ahead: a role word must follow for a description to start here.
            && (i + 1..(i + 11).min(out.len())).any(|k| has_head(k, &out))
        {
            for k in i.max(filled)..(i + 14).min(out.len()) {
                out[k].norm = norm(&out[k]);
            }
            filled = filled.max((i + 14).min(out.len()));
        } else if (w.ends_with("'s") || w.ends_with("\u{2019}s"))
            && (i + 1..(i + 4).min(out.len())).any(|k| has_head(k, &out))
        {
            // ("Poland's president-elect": the country's words before it too.)
            for k in i.saturating_sub(3)..(i + 8).min(out.len()) {
                if out[k].norm.is_empty() {
                    out[k].norm = norm(&out[k]);
                }
            }
        }
    }
    out
}

/// The role heads of the language data by their first byte, lower-cased (a role head that
/// starts with a non-ASCII letter is found under each of its first byte's cases it can match).
fn role_heads_by_byte() -> &'static [Vec<String>] {
    static H: std::sync::OnceLock<Vec<Vec<String>>> = std::sync::OnceLock::new();
    H.get_or_init(|| {
        let mut v = vec![Vec::new(); 256];
        for h in &lang().role_heads {
            match h.as_bytes().first() {
                Some(b) => v[b.to_ascii_lowercase() as usize].push(h.clone()),
                // An empty head matches every token.
                None => v.iter_mut().for_each(|x| x.push(String::new())),
            }
        }
        v
    })
}

/// A description found in the text.
#[derive(Debug)]
struct Desc {
    start: usize,
    end: usize,
    class: String,
    country: String,
}

fn find_descriptions(text: &str) -> Vec<Desc> {
    let l = lang();
    let toks = tokenize(text);
    let mut out = Vec::new();
    let mut i = 0;
    // The most words from `j` on (at most `max`) whose forms joined by a space `map` knows:
    // the joined forms of fewer words are prefixes of the joined forms of all of them.
    let longest = |j: usize, max: usize, map: &dyn Fn(&str) -> bool| -> usize {
        let m = max.min(toks.len().saturating_sub(j));
        let mut joined = String::new();
        let mut ends = Vec::with_capacity(m);
        for (k, t) in toks[j..j + m].iter().enumerate() {
            if k > 0 {
                joined.push(' ');
            }
            joined.push_str(&t.norm);
            ends.push(joined.len());
        }
        for n in (1..=m).rev() {
            if map(&joined[..ends[n - 1]]) {
                return n;
            }
        }
        0
    };
    while i < toks.len() {
        if !l.determiners.iter().any(|d| *d == toks[i].norm) {
            // "called Poland's president-elect": a country in the possessive before a role.
            if let Some(d) = possessive_description(text, &toks, i, &longest) {
                i = toks.partition_point(|t| t.start < d.end);
                out.push(d);
                continue;
            }
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let the = toks[i].norm == "the";
        if j < toks.len() {
            let n = &toks[j].norm;
            let digits = n.trim_end_matches(|c: char| c.is_alphabetic());
            if !digits.is_empty()
                && digits.chars().all(|c| c.is_ascii_digit())
                && matches!(&n[digits.len()..], "st" | "nd" | "rd" | "th")
            {
                j += 1;
            }
        }
        // Modifiers may stand before the country too: "the new South Korean president".
        while j < toks.len() && l.modifiers.iter().any(|m| *m == toks[j].norm) {
            j += 1;
        }
        let mut country: Option<String> = None;
        let mut seat = false;
        let n = longest(j, 4, &|k| l.country_words.contains_key(k));
        if n > 0 {
            let k: Vec<&str> = toks[j..j + n].iter().map(|t| t.norm.as_str()).collect();
            let found = l.country_words.get(&k.join(" "));
            country = found.map(|c| l.countries[c.0].code.clone());
            seat = found.is_some_and(|c| c.1);
            j += n;
        }
        // ("the Kremlin chief": after a seat of government, a word of `seat_only` is the role,
        // not a modifier of one.)
        while j < toks.len()
            && l.modifiers.iter().any(|m| *m == toks[j].norm)
            && !(seat && l.seat_only.contains(&toks[j].norm))
        {
            j += 1;
        }
        let n = longest(j, l.role_max_words, &|k| l.role_words.contains_key(k));
        if n == 0 {
            i += 1;
            continue;
        }
        let k: Vec<&str> = toks[j..j + n].iter().map(|t| t.norm.as_str()).collect();
        let wording = k.join(" ");
        // ("the Russian chief", "Kremlin chief of staff": no leader.)
        let of_after = toks.get(j + n).is_some_and(|t| t.norm == "of");
        if l.seat_only.contains(&wording) && (!seat || of_after) {
            i += 1;
            continue;
        }
        let class = l.role_words[&wording].clone();
        j += n;
        if j < toks.len() && toks[j].norm == "of" {
            let mut k2 = j + 1;
            if k2 < toks.len() && toks[k2].norm == "the" {
                k2 += 1;
            }
            let n = longest(k2, 4, &|k| l.country_words.contains_key(k));
            if n > 0 {
                if country.is_none() {
                    let k: Vec<&str> = toks[k2..k2 + n].iter().map(|t| t.norm.as_str()).collect();
                    country =
                        l.country_words.get(&k.join(" ")).map(|c| l.countries[c.0].code.clone());
                }
                j = k2 + n;
            }
        }
        let country = country.or_else(|| l.implies.get(&class).cloned());
        // "The president also held talks": a bare office (see `Lang::bare`), its country
        // empty; "the president of the company" and "the former president" are not.
        let bare = country.is_none()
            && the
            && j == i + 1 + n
            && l.bare.contains(&class)
            && toks.get(j).is_none_or(|t| t.norm != "of");
        if let Some(country) = country.or_else(|| bare.then(String::new)) {
            out.push(Desc { start: toks[i].start, end: toks[j - 1].end, class, country });
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// The most tokens from a start (at most a maximum) whose joined forms a test knows (see
/// `find_descriptions`).
type Longest<'f> = dyn Fn(usize, usize, &dyn Fn(&str) -> bool) -> usize + 'f;

/// A description made of a country in the possessive and a role ("Poland's president-elect",
/// "South Korea's new president"), the possessive ending token `k`: the country may take up to
/// four tokens ending there.
fn possessive_description(text: &str, toks: &[Tok], k: usize, longest: &Longest) -> Option<Desc> {
    let word = &text[toks[k].start..toks[k].end];
    if !(word.ends_with("'s") || word.ends_with("\u{2019}s")) {
        return None;
    }
    let l = lang();
    let first = (k.saturating_sub(3)..=k).find(|&s| {
        let key: Vec<&str> = toks[s..=k].iter().map(|t| t.norm.as_str()).collect();
        l.country_words.contains_key(&key.join(" "))
    })?;
    let key: Vec<&str> = toks[first..=k].iter().map(|t| t.norm.as_str()).collect();
    let found = l.country_words.get(&key.join(" "))?;
    let (country, seat) = (l.countries[found.0].code.clone(), found.1);
    let mut j = k + 1;
    while j < toks.len()
        && l.modifiers.iter().any(|m| *m == toks[j].norm)
        && !(seat && l.seat_only.contains(&toks[j].norm))
    {
        j += 1;
    }
    let n = longest(j, l.role_max_words, &|x| l.role_words.contains_key(x));
    if n == 0 {
        return None;
    }
    let role: Vec<&str> = toks[j..j + n].iter().map(|t| t.norm.as_str()).collect();
    let wording = role.join(" ");
    if l.seat_only.contains(&wording) && (!seat || toks.get(j + n).is_some_and(|t| t.norm == "of"))
    {
        return None;
    }
    let class = l.role_words[&wording].clone();
    Some(Desc { start: toks[first].start, end: toks[j + n - 1].end, class, country })
}

/// The gender told by the first subject pronoun ("he", "his") in the words after a name, up to
/// the end of its sentence and at most ten words on.
fn pronoun_gender_after(after: &str) -> Option<char> {
    let l = lang();
    let sentence = after.split(['.', '!', '?', '\n']).next().unwrap_or("");
    let mut buf = [0u8; 8];
    sentence.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(10).find_map(|w| {
        // Pronouns are short ASCII words: lower-cased on the stack, no allocation per word.
        let lower = buf.get_mut(..w.len()).filter(|_| w.is_ascii())?;
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        l.gender_of_pronoun(std::str::from_utf8(lower).ok()?)
    })
}

/// The name after an Arabic article joined to it by a hyphen ("Assad" in "al-Assad", "sharaa"
/// in a folded "al-sharaa"), when it has one.
fn after_arabic_article(w: &str) -> Option<&str> {
    let (article, rest) = w.split_once('-')?;
    (matches!(article, "al" | "el" | "ad" | "as" | "ash" | "at" | "az" | "an" | "ar")
        && rest.chars().count() >= 3)
        .then_some(rest)
}

/// The name after an Arabic article written joined to it ("busaidi" in "albusaidi",
/// "baradei" in "elbaradei"): a long word (eight letters at least) whose "al" or "el" is
/// followed by a consonant ("Alexander", "Elizabeth" are no such names, nor short ones as
/// "Alvarez").
fn joined_arabic_article(w: &str) -> Option<&str> {
    let rest = w.strip_prefix("al").or_else(|| w.strip_prefix("el"))?;
    let first = rest.chars().next()?;
    (w.chars().count() >= 8
        && first.is_alphabetic()
        && !matches!(first, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'l'))
    .then_some(rest)
}

/// Whether `w` opens with an Arabic article joined by a hyphen to a capitalised name
/// ("al-Assad", "el-Sisi").
fn arabic_article_name(w: &str) -> bool {
    after_arabic_article(w).is_some_and(|rest| rest.starts_with(char::is_uppercase))
}

/// "Bashar al-Assad" tagged as two names ("Bashar", "al-Assad"): a name right before a family
/// name that opens with an Arabic article ("al-", "el-") is one person's name with it.
fn join_split_family_names(doc: &mut Document) {
    let text = &doc.text;
    let split = doc.entities.windows(2).any(|w| {
        text.get(w[0].end..w[1].start) == Some(" ")
            && arabic_article_name(w[1].text.trim())
            && !w[0].text.contains(char::is_whitespace)
    });
    if !split || !doc.entities.windows(2).all(|w| w[0].start <= w[1].start) {
        return;
    }
    let mut out: Vec<EntityMention> = Vec::with_capacity(doc.entities.len());
    for m in std::mem::take(&mut doc.entities) {
        if let Some(prev) = out.last_mut() {
            let joins = text.get(prev.end..m.start) == Some(" ")
                && arabic_article_name(m.text.trim())
                && !prev.text.contains(char::is_whitespace)
                && prev.text.starts_with(char::is_uppercase)
                && prev.label != "LOC";
            if joins {
                prev.end = m.end;
                prev.text = text[prev.start..prev.end].to_string();
                prev.entity.clone_from(&prev.text);
                prev.label = "PER".to_string();
                continue;
            }
        }
        out.push(m);
    }
    doc.entities = out;
}

/// "NEW DELHI/ISLAMABAD, May 7 (Wire) -": a dateline of two cities, taken as one name, is two
/// places.
fn split_slashed_datelines(doc: &mut Document) {
    let capitals = |w: &str| {
        w.chars().any(char::is_alphabetic)
            && w.chars().all(|c| c.is_uppercase() || c == ' ' || c == '-' || c == '.')
    };
    let mut parts: Vec<EntityMention> = Vec::new();
    if !doc.entities.iter().any(|m| m.text.contains('/')) {
        return;
    }
    doc.entities.retain(|m| {
        if !m.text.contains('/') {
            return true;
        }
        let pieces: Vec<&str> = m.text.split('/').collect();
        if pieces.len() < 2 || !pieces.iter().all(|p| capitals(p) && !p.trim().is_empty()) {
            return true;
        }
        let mut at = m.start;
        for p in pieces {
            let lead = p.len() - p.trim_start().len();
            let word = p.trim();
            parts.push(EntityMention {
                start: at + lead,
                end: at + lead + word.len(),
                text: word.to_string(),
                entity: word.to_string(),
                label: "LOC".to_string(),
            });
            at += p.len() + 1;
        }
        false
    });
    if !parts.is_empty() {
        doc.entities.extend(parts);
        doc.entities.sort_by_key(|m| (m.start, m.end));
    }
}

/// "Azerbaijani President Ilham Aliyev" where the tagger left "Azerbaijani" out: a nationality
/// word (`countries.txt`) right before a title is a nationality (MISC) and belongs to the title,
/// which then says whose president he is.
fn nationality_before_titles(doc: &mut Document) {
    let l = lang();
    let mut added = Vec::new();
    let mut prev_end = 0;
    for r in &mut doc.roles {
        let before_end = std::mem::replace(&mut prev_end, r.end);
        let before = doc.text.get(..r.start).unwrap_or_default();
        let Some(head) = before.strip_suffix(' ') else { continue };
        let start = head
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic() || *c == '-')
            .last()
            .map_or(head.len(), |(i, _)| i);
        let word = &head[start..];
        if start < before_end
            || !word.starts_with(char::is_uppercase)
            || l.country_of_demonym(word).is_none()
        {
            continue;
        }
        let k = doc.entities.partition_point(|m| m.end <= start);
        if doc.entities.get(k).is_some_and(|m| m.start < head.len()) {
            continue;
        }
        added.push(EntityMention {
            start,
            end: head.len(),
            text: word.to_string(),
            entity: word.to_string(),
            label: "MISC".to_string(),
        });
        r.text = format!("{word} {}", r.text);
        r.start = start;
    }
    if !added.is_empty() {
        doc.entities.extend(added);
        doc.entities.sort_by_key(|m| (m.start, m.end));
    }
}

/// A one-word "person" that is a country's name or a capital standing for its government
/// ("Without Washington this would have taken years", "Türkiye said") is a place, unless the
/// article names a person with that surname ("Denzel Washington"): the tagger took the
/// metonymy for a name. So is a one-word person or organisation whose name the article puts
/// before a place noun somewhere ("the Lindholm region", "Lindholm's governor";
/// `place_nouns.txt`), at every mention ("deliveries to Lindholm"). And a "thing" whose name
/// of several words ends in a corporate suffix ("Iran Air") is an organisation, and so is a
/// body every country has ("Defense Ministry").
fn correct_labels(doc: &mut Document) {
    split_slashed_datelines(doc);
    join_split_family_names(doc);
    let l = lang();
    let is_place = |text: &str| {
        crate::lang::with_phrase_key(text, |key| {
            l.country_names.contains_key(key)
                || l.country_words.get(key).is_some_and(|&(_, metonym)| metonym)
        })
    };
    let one_word = |m: &EntityMention| !m.text.trim().contains(char::is_whitespace);
    let per_or_org = |m: &EntityMention| is_per(&m.label) || m.label == "ORG";
    // "Russia's overnight attack on Kyiv", "a Kyiv apartment block" with "Kyiv" taken for an
    // organisation or a thing: a city that stands for its state is a place (as the corpus
    // stage labels it), where the article tags it as no person.
    let cities: Vec<usize> = (0..doc.entities.len())
        .filter(|&i| {
            let m = &doc.entities[i];
            matches!(m.label.as_str(), "ORG" | "MISC") && l.is_state_city(m.text.trim())
        })
        .collect();
    for i in cities {
        let key = fold(doc.entities[i].text.trim());
        let person = doc.entities.iter().any(|m| is_per(&m.label) && fold(m.text.trim()) == key);
        if !person {
            doc.entities[i].label = "LOC".into();
        }
    }
    // "while Trump was meeting Zelenskiy in Washington" with "Zelenskiy" taken for a place: a
    // one-word "place" the article also tags as a person, or that is the family name of a
    // person it names, and that is no country or capital, is that person.
    let taken: Vec<usize> = {
        // (Or the family name of a full name: "Sisi" after "Abdel Fattah al-Sisi".)
        let people: crate::fast::FxHashSet<&str> = doc
            .entities
            .iter()
            .filter(|m| is_per(&m.label))
            .filter_map(|m| {
                let last = m.text.trim().rsplit(char::is_whitespace).next()?;
                let last = last.trim_end_matches("'s").trim_end_matches("\u{2019}s");
                Some(last.rsplit_once('-').filter(|(p, _)| p.len() <= 3).map_or(last, |(_, f)| f))
            })
            .collect();
        (0..doc.entities.len())
            .filter(|&i| {
                let m = &doc.entities[i];
                m.label == "LOC"
                    && one_word(m)
                    && people.contains(m.text.trim())
                    && !is_place(&m.text)
            })
            .collect()
    };
    for i in taken {
        doc.entities[i].label = "PER".to_string();
    }
    // "a refinery in India partly owned by Rosneft": a one-word "place" that owns is an
    // organisation, unless it is a country.
    for m in doc.entities.iter_mut().filter(|m| m.label == "LOC" && one_word(m)) {
        // (The few words before it only: read from the article's start for every place, the
        // look would grow with the square of the article's length.)
        let from = (m.start.saturating_sub(32)..=m.start)
            .find(|&i| doc.text.is_char_boundary(i))
            .unwrap_or(m.start);
        let before = doc.text.get(from..m.start).unwrap_or("").trim_end().to_lowercase();
        let owner = l.owner_phrases.iter().any(|p| {
            before.strip_suffix(p.as_str()).is_some_and(|b| b.is_empty() || b.ends_with(' '))
        });
        if owner && !is_place(&m.text) {
            m.label = "ORG".to_string();
        }
    }
    // "MOSCOW — The Kremlin on Wednesday praised ...": after a dateline the recogniser may
    // take the article into a seat of government it tags as a place; the seat alone is the
    // body that acts, as at a sentence's start ("The Kremlin said": "Kremlin").
    for m in doc.entities.iter_mut() {
        let Some(rest) = m.text.strip_prefix("The ") else { continue };
        let seat = crate::lang::with_phrase_key(rest, |key| {
            l.country_words.get(key).is_some_and(|&(_, metonym)| metonym)
                && !l.country_names.contains_key(key)
        });
        if seat && !is_place(&m.text) && m.label == "LOC" && l.country_named(rest).is_none() {
            m.start += 4;
            m.text = rest.to_string();
            m.label = "ORG".to_string();
        }
    }
    // "the Abraham Accords" taken for a person: a name ending in an accord's noun is one.
    for m in doc.entities.iter_mut() {
        if is_per(&m.label) && l.is_accord_name(&m.text) {
            m.label = "MISC".to_string();
        }
    }
    // "Pope Leo" taken for an organisation after "Pope Leo XIV": a person's title, then the
    // words that open a person the article names, is that person.
    let titled_words = |m: &EntityMention| {
        if is_per(&m.label) || !m.text.starts_with(|c: char| c.is_ascii_uppercase()) {
            return false;
        }
        let Some((title, rest)) = m.text.split_once(' ') else { return false };
        let title = title.trim_end_matches('.');
        rest.split_whitespace().count() <= 2
            && l.titles.iter().any(|t| t.eq_ignore_ascii_case(title))
    };
    let titled: Vec<usize> =
        (0..doc.entities.len()).filter(|&i| titled_words(&doc.entities[i])).collect();
    if !titled.is_empty() {
        let names: crate::fast::FxHashSet<&str> = doc
            .entities
            .iter()
            .filter(|m| is_per(&m.label))
            .flat_map(|m| m.text.split_whitespace())
            .filter(|w| w.starts_with(char::is_uppercase) && !l.is_title(&w.to_lowercase()))
            .collect();
        let named: Vec<usize> = titled
            .into_iter()
            .filter(|&i| doc.entities[i].text.split_whitespace().skip(1).all(|w| names.contains(w)))
            .collect();
        for i in named {
            doc.entities[i].label = "PER".to_string();
        }
    }
    // "TEL AVIV — Hamas released ...": a name in capitals that opens one of the first
    // paragraphs before a dash is the dateline's place, whatever the tagger took it for.
    for p in doc.paragraphs.iter().take(3) {
        let at = p.start
            + (doc.text[p.start..p.end].len() - doc.text[p.start..p.end].trim_start().len());
        let Some(m) = doc.entities.iter_mut().find(|m| m.start == at) else { continue };
        let capitals =
            m.text.chars().any(char::is_alphabetic) && !m.text.chars().any(char::is_lowercase);
        let after = doc.text[m.end..p.end].trim_start();
        let dashed = ["—", "–", "-", "("].iter().any(|d| after.starts_with(d));
        // (Not an agency's credit line, "AFP — ...": a known organisation stays one.)
        let known_body = crate::lang::with_phrase_key(&m.text, |k| l.orgs.contains_key(k));
        if capitals && dashed && m.label != "LOC" && !known_body {
            m.label = "LOC".to_string();
        }
    }
    // "He later flew to Sharm el-Sheikh": a "person" right after a phrase of going somewhere
    // is a place ("Sheikh" read as a title).
    for m in doc.entities.iter_mut().filter(|m| is_per(&m.label)) {
        let from = m.start.saturating_sub(24);
        let from = (from..m.start).find(|&k| doc.text.is_char_boundary(k)).unwrap_or(m.start);
        // ("... and in Khan Younis in southern Gaza": between "in" and "in", a place.)
        let between_ins = doc.text.get(from..m.start).is_some_and(|b| b.ends_with(" in "))
            && doc.text.get(m.end..).is_some_and(|a| a.starts_with(" in "));
        if between_ins || doc.text.get(from..m.start).is_some_and(|before| l.after_journey(before))
        {
            m.label = "LOC".to_string();
        }
    }
    // "Buses arrived in Ramallah and Khan Younis later": a "person" joined by "and" (or a
    // comma) to a place that follows a locative word is a place too, when it does nothing a
    // person does right after, is named nowhere else in the article and is no known person.
    for i in 1..doc.entities.len() {
        let (p, m) = (&doc.entities[i - 1], &doc.entities[i]);
        if !is_per(&m.label) || p.label != "LOC" || p.end > m.start {
            continue;
        }
        let gap = &doc.text[p.end..m.start];
        // (After a comma only inside a list that goes on: "In Oslo, Teodor Hale said" opens
        // a clause with its subject.)
        let after = &doc.text[m.end..];
        let listed = after.starts_with(", ") || after.starts_with(" and ");
        if !(matches!(gap, " and " | ", and ") || gap == ", " && listed) {
            continue;
        }
        let from = p.start.saturating_sub(24);
        let from = (from..p.start).find(|&k| doc.text.is_char_boundary(k)).unwrap_or(p.start);
        if !doc.text.get(from..p.start).is_some_and(|before| l.after_locative(before)) {
            continue;
        }
        let next = doc.text[m.end..].split_whitespace().next().unwrap_or("");
        let next = next.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        // (Nor one whose first word is a given name the language data knows: "Ivan Petrov".)
        let first = m.text.split_whitespace().next().unwrap_or("");
        let acts = l.person_verbs.contains(&next)
            || l.gender_of_given(&crate::text::fold(first)).is_some();
        let again = doc.entities.iter().filter(|x| x.text == m.text).count() > 1;
        if acts || again || crate::kb().person(&m.text).is_some() {
            continue;
        }
        doc.entities[i].label = "LOC".to_string();
    }
    // "Defence Secretary John Healey": a word of the title the tagger took for an organisation
    // ("Defence") is part of the title, not an organisation of its own. Countries, their
    // metonyms ("Kremlin aide") and organisations the language data knows ("EU foreign
    // policy chief") stay.
    // Roles do not overlap: the one starting last at or before a mention is the only one that
    // may hold it (a binary search, not a pass over the roles per mention).
    let mut roles: Vec<(usize, usize)> = doc.roles.iter().map(|r| (r.start, r.end)).collect();
    roles.sort_unstable();
    if !roles.is_empty() {
        doc.entities.retain(|m| {
            let k = roles.partition_point(|&(s, _)| s <= m.start);
            let inside = k > 0 && m.end < roles[k - 1].1;
            !(inside
                && m.label == "ORG"
                && one_word(m)
                && !is_place(&m.text)
                && !crate::lang::with_phrase_key(&m.text, |k| {
                    l.orgs.contains_key(k) || l.country_words.contains_key(k)
                }))
        });
    }
    // "a truce through Ramadan and Passover": a holiday is no one and nowhere.
    if !l.not_names.is_empty() {
        doc.entities.retain(|m| {
            m.label == "MISC" || !crate::lang::with_phrase_key(&m.text, |k| l.not_names.contains(k))
        });
    }
    // "Four Lithuanian citizens crossed ...": a count and a nationality are no one's name; the
    // nationality word stays, as such.
    for m in doc.entities.iter_mut().filter(|m| per_or_org(m)) {
        let Some((first, rest)) = m.text.split_once(' ') else { continue };
        let counted = first.chars().all(|c| c.is_ascii_digit() || c == ',')
            || crate::lang::with_phrase_key(first, |k| l.number_words.contains(k));
        let rest = rest.trim_start().to_string();
        let demonym = |w: &str| l.country_of_demonym(w).is_some();
        let nationality = demonym(&rest) || rest.strip_suffix('s').is_some_and(demonym);
        if counted && !rest.contains(' ') && nationality {
            m.start = m.end - rest.len();
            m.entity.clone_from(&rest);
            m.text = rest;
            m.label = "MISC".to_string();
        }
    }
    // "Fifty-two prisoners freed by Belarus arrived ...": a number in words, opening a sentence,
    // is no name.
    doc.entities.retain(|m| {
        let t = m.text.trim();
        !(t.contains(char::is_alphabetic)
            && t.split('-')
                .all(|w| crate::lang::with_phrase_key(w, |k| l.number_words.contains(k))))
    });
    // "Azerbaijani President Ilham Aliyev" with "Azerbaijani" taken for a person or a body: a
    // nationality word alone is what it is, a nationality.
    // ("Kim Jong Un, the North Korean leader" with "North Korean" taken for a place: so too
    // a nationality of two words, whatever it was taken for, unless it is also a place's name.)
    for m in doc.entities.iter_mut().filter(|m| {
        m.label != "MISC" && (per_or_org(m) && one_word(m) || m.text.trim().contains(' '))
    }) {
        let word = m.text.trim();
        if l.country_of_demonym(word).is_some()
            && (one_word(m)
                || !crate::lang::with_phrase_key(word, |k| l.country_names.contains_key(k)))
        {
            m.label = "MISC".to_string();
        }
    }
    nationality_before_titles(doc);
    // "the Emir of Qatar", "met the Emir" taken for an organisation: an office, alone or of a
    // country, is a description of its holder (found with the roles), no body of its own.
    doc.entities.retain(|m| {
        if m.label != "ORG" {
            return true;
        }
        let text = m.text.trim();
        let text = text.strip_prefix("the ").or_else(|| text.strip_prefix("The ")).unwrap_or(text);
        let (office, of) = match text.split_once(" of ") {
            Some((o, c)) => (o, Some(c)),
            None => (text, None),
        };
        let office = l.role_words.contains_key(&office.to_lowercase());
        let of_country =
            of.is_none_or(|c| crate::lang::with_phrase_key(c, |k| l.country_names.contains_key(k)));
        !(office && of_country)
    });
    // "North Korean leader Kim Jong Un", the name taken for an organisation: a name read family
    // name first ("Kim Jong Un", "Wang Yi") that no organisation of the data bears is a person.
    for m in doc.entities.iter_mut().filter(|m| m.label == "ORG" && m.text.contains(' ')) {
        let words: Vec<String> = m.text.split_whitespace().map(str::to_lowercase).collect();
        let known = crate::lang::with_phrase_key(&m.text, |k| l.orgs.contains_key(k));
        let capitalised = m.text.split_whitespace().all(|w| w.starts_with(char::is_uppercase));
        if capitalised && !known && words.len() <= 3 && l.family_name_first(&words) {
            m.label = "PER".to_string();
        }
    }
    // "Chancellor Friedrich Merz told ...", the whole taken for an organisation: a title, then
    // a given name the data knows and a surname, is a person.
    for m in
        doc.entities.iter_mut().filter(|m| m.label == "ORG" && m.text.matches(' ').count() >= 2)
    {
        let words: Vec<&str> = m.text.split_whitespace().collect();
        // ("St. Louis Merchants Exchange": an abbreviation is no title here.)
        let titled = words.len() >= 3
            && !words[0].ends_with('.')
            && l.is_title(&words[0].to_lowercase())
            && l.gender_of_given(&words[1].to_lowercase()).is_some()
            && words[1..].iter().all(|w| w.starts_with(char::is_uppercase));
        if titled {
            m.label = "PER".to_string();
        }
    }
    // "Putin told Pope Leo ...": a title and a given name the data knows, nothing else, is a
    // person too. (Not a saint's: "Saint Lucia" is a place.)
    for m in
        doc.entities.iter_mut().filter(|m| m.label == "ORG" && m.text.matches(' ').count() == 1)
    {
        let Some((title, name)) = m.text.split_once(' ') else { continue };
        let title = title.to_lowercase();
        let titled = !title.ends_with('.')
            && !matches!(title.as_str(), "saint" | "st")
            && l.is_title(&title)
            && name.starts_with(char::is_uppercase)
            && l.gender_of_given(&name.to_lowercase()).is_some();
        if titled {
            m.label = "PER".to_string();
        }
    }
    // "He said the talks with Vice Premier He Lifeng ...": a pronoun opening a sentence, taken
    // for the surname of someone the article names, is the pronoun (a surname alone rarely
    // opens a sentence where it reads as one).
    doc.entities.retain(|m| {
        let word = m.text.trim();
        let pronoun =
            is_per(&m.label) && one_word(m) && l.gender_of_pronoun(&word.to_lowercase()).is_some();
        if !pronoun {
            return true;
        }
        let before = doc.text.get(..m.start).unwrap_or_default();
        let before = before.trim_end_matches([' ', '"', '\u{201c}', '\u{2018}', '\'']);
        !(before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':']))
    });
    // "the Nur Khan air base": a "person" right before a facility's noun names the facility.
    for m in doc.entities.iter_mut().filter(|m| is_per(&m.label)) {
        if l.facility_noun_after(doc.text.get(m.end..).unwrap_or_default()) {
            m.label = "LOC".to_string();
        }
    }
    // Names the article itself puts before a place noun ("the Lindholm region", "Lindholm's
    // governor"): every one-word mention of them is the place.
    let placed: crate::fast::FxHashSet<String> = doc
        .entities
        .iter()
        .filter(|m| {
            per_or_org(m)
                && one_word(m)
                && l.place_noun_after(doc.text.get(m.end..).unwrap_or_default())
        })
        .map(|m| m.text.trim().to_lowercase())
        .collect();
    let suspects: Vec<usize> = (0..doc.entities.len())
        .filter(|&i| {
            let m = &doc.entities[i];
            one_word(m)
                && ((is_per(&m.label) && is_place(&m.text))
                    || (per_or_org(m)
                        && !placed.is_empty()
                        && placed.contains(&m.text.trim().to_lowercase())))
        })
        .collect();
    // "Iran Air" taken for a nationality or a thing: a name of several words that ends in a
    // corporate suffix (`generic_org:` in variants.txt) is an organisation.
    for m in doc.entities.iter_mut().filter(|m| m.label == "MISC" && !one_word(m)) {
        let last = m.text.trim().rsplit(' ').next().unwrap_or_default().trim_end_matches('.');
        if l.generic_orgs.iter().any(|w| w.eq_ignore_ascii_case(last)) {
            m.label = "ORG".into();
        }
    }
    // "The Russian Defense Ministry said" taken for a person: a body every country has
    // (`national_bodies.txt`) is an organisation, whatever the tagger said.
    for m in doc.entities.iter_mut().filter(|m| is_per(&m.label) || m.label == "MISC") {
        if crate::corpus::national_body(&m.text).is_some() {
            m.label = "ORG".into();
        }
    }
    // "Zelensky said on Thursday he hoped ...": a surname the tagger took for an organisation,
    // told by its verb and the "he" or "she" that follows in the clause, or by its shape
    // ("Umerov said": `surname_shapes.txt`). Organisations are "it"; one the language data
    // knows, a name in capitals ("NATO") and the article's own outlet stay.
    let outlet = doc.meta.outlet.as_deref().map(str::trim).unwrap_or_default();
    for m in doc.entities.iter_mut().filter(|m| m.label == "ORG" && one_word(m)) {
        let name = m.text.trim();
        let after = doc.text.get(m.end..).unwrap_or_default();
        let verb_next = after
            .strip_prefix(' ')
            .and_then(|a| a.split(|c: char| !c.is_alphabetic()).next())
            .is_some_and(|w| w.len() > 2 && w.chars().all(|c| c.is_lowercase()));
        if verb_next
            && !is_place(name)
            && !name.eq_ignore_ascii_case(outlet)
            && name.chars().skip(1).any(char::is_lowercase)
            && !crate::lang::with_phrase_key(name, |k| l.orgs.contains_key(k))
            && (pronoun_gender_after(after).is_some() || surname_shaped(name))
        {
            m.label = "PER".into();
        }
    }
    // "Indian leader Modi chaired ...": a one-word "organisation" right after an office written
    // in lower case ("leader", "foreign minister") is the holder's surname. Offices are held by
    // people; a body after one is joined to it by a word ("the leader of Hamas"). Names the
    // language data knows as no person, and names in capitals ("NATO"), stay.
    let text = doc.text.as_str();
    for m in doc.entities.iter_mut().filter(|m| m.label == "ORG" && one_word(m)) {
        let name = m.text.trim();
        let Some(before) = text.get(..m.start).and_then(|b| b.strip_suffix(' ')) else { continue };
        let office = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
        if !office.is_empty()
            && office.chars().all(char::is_lowercase)
            && l.role_words.contains_key(office)
            && name.chars().skip(1).any(char::is_lowercase)
            && !known_as_no_person(name)
        {
            m.label = "PER".into();
        }
    }
    if suspects.is_empty() {
        return;
    }
    // The surnames of the people the article names in full, once (not per suspect).
    let surnames: crate::fast::FxHashSet<String> = doc
        .entities
        .iter()
        .filter(|m| is_per(&m.label) && m.text.contains(char::is_whitespace))
        .map(|m| parse_person(&m.text).surname.clone())
        .collect();
    for i in suspects {
        if !surnames.contains(&crate::text::fold(doc.entities[i].text.trim())) {
            doc.entities[i].label = "LOC".into();
        }
    }
}

/// "Trump spoke by phone with Bukele" where the headline, or "Donald Trump" further on, is
/// tagged a person: the tagger reads a surname that is also an English word ("Trump",
/// "Starmer", "Rice") or an unfamiliar one as a person in one sentence and not in the next. A
/// surname the article gives a person elsewhere is that person wherever it stands alone, written
/// the same, outside other names: the untagged words become person mentions and a one-word
/// organisation or thing of that spelling becomes a person. A word that opens a sentence and that
/// the article also writes in lower case ("Young people ...") is left alone, as are places and
/// organisations the language data knows.
pub fn propagate_persons(doc: &mut Document) {
    let l = lang();
    let text = doc.text.as_str();
    let known = |w: &str| {
        crate::lang::with_phrase_key(w, |k| {
            l.country_names.contains_key(k)
                || l.country_words.contains_key(k)
                || l.orgs.contains_key(k)
                || l.not_names.contains(k)
                || l.number_words.contains(k)
        }) || l.gender_of_pronoun(&w.to_lowercase()).is_some()
    };
    let mut names: Vec<&str> = Vec::new();
    for m in doc.entities.iter().filter(|m| is_per(&m.label)) {
        let last = m.text.trim().rsplit(' ').next().unwrap_or_default();
        let mut chars = last.chars();
        let fit = chars.next().is_some_and(char::is_uppercase)
            && last.chars().count() >= 3
            && last.chars().all(char::is_alphabetic)
            && chars.any(char::is_lowercase);
        if fit && !names.contains(&last) && !known(last) {
            names.push(last);
        }
    }
    if names.is_empty() {
        return;
    }
    let names: Vec<String> = names.into_iter().map(str::to_string).collect();
    for m in doc.entities.iter_mut() {
        if (m.label == "ORG" || m.label == "MISC") && names.iter().any(|n| n == m.text.trim()) {
            m.label = "PER".into();
        }
    }
    let mut spans: Vec<(usize, usize)> = doc.entities.iter().map(|m| (m.start, m.end)).collect();
    spans.sort_unstable();
    let covered = |s: usize, e: usize| {
        let k = spans.partition_point(|&(a, _)| a < e);
        spans[..k].iter().rev().take(4).any(|&(_, b)| b > s)
    };
    let is_letter = |c: char| c.is_alphabetic();
    let opens_sentence = |s: usize| {
        let before = text[..s].trim_end_matches([' ', '"', '\u{201c}', '\u{2018}', '\'']);
        before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':', '-', '\u{2014}'])
    };
    // Part of a longer name: a capitalised word right after ("Trump Tower"), or right before
    // ("the Acme Trump", "Mark Trump"), unless it opens the sentence and is no given name the
    // data knows ("But Trump said").
    let in_longer_name = |s: usize, e: usize| {
        let next = text[e..].strip_prefix(' ').and_then(|r| r.chars().next());
        let before = text[..s].strip_suffix(' ').unwrap_or_default();
        let head = before.trim_end_matches(is_letter);
        let prev = &before[head.len()..];
        next.is_some_and(char::is_uppercase)
            || (prev.chars().next().is_some_and(char::is_uppercase)
                && (!opens_sentence(head.len())
                    || l.gender_of_given(&prev.to_lowercase()).is_some()))
    };
    let mut found: Vec<EntityMention> = Vec::new();
    let mut lower_seen: Vec<Option<bool>> = vec![None; names.len()];
    // A byte scan for the names' first bytes: the text's other bytes cost one table lookup.
    let bytes = text.as_bytes();
    let mut opens = [false; 256];
    for n in &names {
        opens[n.as_bytes()[0] as usize] = true;
    }
    let letter_at = |k: usize| text.get(k..).and_then(|r| r.chars().next()).is_some_and(is_letter);
    let letter_before = |k: usize| text[..k].chars().next_back().is_some_and(is_letter);
    let mut i = 0;
    while i < bytes.len() {
        if !opens[bytes[i] as usize] || !text.is_char_boundary(i) || letter_before(i) {
            i += 1;
            continue;
        }
        let at = &bytes[i..];
        let Some(ni) =
            names.iter().position(|n| at.starts_with(n.as_bytes()) && !letter_at(i + n.len()))
        else {
            i += 1;
            continue;
        };
        let (s, e) = (i, i + names[ni].len());
        i = e;
        let word = &text[s..e];
        if covered(s, e) || in_longer_name(s, e) {
            continue;
        }
        if opens_sentence(s) {
            // "Young people ...": a word the article also writes in lower case is a word.
            let lower = *lower_seen[ni].get_or_insert_with(|| {
                let w = word.to_lowercase();
                text.match_indices(w.as_str()).any(|(k, _)| {
                    let before = text[..k].chars().next_back();
                    let after = text[k + w.len()..].chars().next();
                    !before.is_some_and(is_letter) && !after.is_some_and(is_letter)
                })
            });
            if lower {
                continue;
            }
        }
        found.push(person_mention(s, e, word));
    }
    add_mentions(doc, found);
}

/// "Zelensky spoke by phone with German Chancellor Friedrich Merz": a capitalised word opening
/// a sentence, untagged, and followed by a verb a person does (`person_verbs.txt`) or by a
/// comma and an aside only a person opens ("Trump, speaking aboard ...": `person_asides.txt`),
/// is a person when the article never writes it in lower case and the language data knows it
/// as no place, organisation or word for a group (`not_persons.txt`). The tagger reads the first word of a
/// sentence without the help of its capital, and a surname it has not seen is then nothing.
pub fn cued_persons(doc: &mut Document) {
    let l = lang();
    let text = doc.text.as_str();
    let mut found: Vec<EntityMention> = Vec::new();
    // Sentences and tokens are both in text order: one cursor walks the tokens.
    let tokens = &doc.tokens;
    let mut k = 0;
    for s in &doc.sentences {
        while k < tokens.len() && tokens[k].start < s.start {
            k += 1;
        }
        // Past an opening quotation mark.
        while k < tokens.len()
            && tokens[k].end <= s.end
            && !text[tokens[k].start..].starts_with(char::is_alphabetic)
        {
            k += 1;
        }
        if k + 1 >= tokens.len() || tokens[k + 1].end > s.end {
            continue;
        }
        let k_word = k;
        let (w, mut v) = (doc.tokens[k], doc.tokens[k + 1]);
        // (Past a word such as "also": "Zelensky also held a call".)
        if l.person_verb_adverbs.contains(&text[v.start..v.end])
            && tokens.get(k + 2).is_some_and(|t| t.end <= s.end)
        {
            v = tokens[k + 2];
        }
        let (word, verb) = (&text[w.start..w.end], &text[v.start..v.end]);
        let mut chars = word.chars();
        // A plural ("Envoys met", "Officials said") names a group: a surname ending in "s"
        // ("Kallas said") is left to the tagger and to the article's other mentions of it.
        // (Mentions are sorted by start: the last one starting before the word's end.)
        let k = doc.entities.partition_point(|m| m.start < w.end);
        let tagged = k > 0 && doc.entities[k - 1].end > w.start;
        // "Timmermans said on Wednesday ...": the word alone taken for a miscellaneous name
        // (a nationality, an event) is the person too, "s" or not, unless it is a nationality
        // ("Americans said").
        let misc = tagged
            && doc.entities[k - 1].label == "MISC"
            && doc.entities[k - 1].start == w.start
            && doc.entities[k - 1].end == w.end
            && !crate::lang::with_phrase_key(word.trim_end_matches('s'), |k| {
                l.country_words.contains_key(k) || l.country_names.contains_key(k)
            });
        let fit = chars.next().is_some_and(char::is_uppercase)
            && word.chars().count() >= 3
            && word.chars().all(char::is_alphabetic)
            && chars.any(char::is_lowercase)
            && (!word.ends_with('s') || misc);
        // Or by a comma and an aside a person opens: "Trump, speaking aboard ..., said".
        let aside = || {
            verb == ","
                && tokens.get(k_word + 2).is_some_and(|a| {
                    a.end <= s.end && l.person_asides.contains(&text[a.start..a.end].to_lowercase())
                })
        };
        if !fit || !(l.person_verbs.contains(verb) || aside()) || tagged && !misc {
            continue;
        }
        // "Rescue said ...": a word the article also writes in lower case is a word.
        if known_as_no_person(word) || written_in_lower_case(text, word) {
            continue;
        }
        if misc {
            doc.entities[k - 1].label = "PER".to_string();
            continue;
        }
        found.push(person_mention(w.start, w.end, word));
    }
    add_mentions(doc, found);
}

/// Whether `word` (one word, capitalised) ends as only family names do (`surname_shapes.txt`:
/// "Zelensky", "Umerov"), with three letters at least before the ending, and is no place or
/// body the language data knows.
fn surname_shaped(word: &str) -> bool {
    let l = lang();
    let w = word.to_lowercase();
    l.surname_shapes.iter().any(|e| w.len() >= e.len() + 3 && w.ends_with(e.as_str()))
        && !known_as_no_person(word)
        && !l.is_place_word(word)
}

/// Whether the language data knows `word` as something other than a person's name: a country,
/// a nationality, an organisation, a place, a number, a title, a word for a group or a body.
fn known_as_no_person(word: &str) -> bool {
    let l = lang();
    crate::lang::with_phrase_key(word, |k| {
        l.country_names.contains_key(k)
            || l.country_words.contains_key(k)
            || l.orgs.contains_key(k)
            || l.not_names.contains(k)
            || l.not_persons.contains(k)
            || l.number_words.contains(k)
            || l.place_spellings.contains_key(k)
            || l.national_body_words.contains(k)
    }) || l.is_title(&word.to_lowercase())
}

/// Whether `text` has `word` in lower case as a word of its own somewhere.
fn written_in_lower_case(text: &str, word: &str) -> bool {
    let lower = word.to_lowercase();
    text.match_indices(lower.as_str()).any(|(k, _)| {
        !text[..k].chars().next_back().is_some_and(char::is_alphabetic)
            && !text[k + lower.len()..].chars().next().is_some_and(char::is_alphabetic)
    })
}

/// A person mention of `word` at bytes `start..end`, named by the word itself.
fn person_mention(start: usize, end: usize, word: &str) -> EntityMention {
    EntityMention {
        start,
        end,
        text: word.to_string(),
        label: "PER".into(),
        entity: word.to_string(),
    }
}

/// Adds `found` to the entities layer, kept in text order.
fn add_mentions(doc: &mut Document, found: Vec<EntityMention>) {
    if found.is_empty() {
        return;
    }
    doc.entities.extend(found);
    doc.entities.sort_by_key(|m| (m.start, m.end));
}

/// Stage 1, per document (pure, runs in parallel in the pipeline): resolves within the article.
///
/// Sets every `doc.entities[i].entity` to the in-article canonical name (the first full name the
/// article introduces for that person; the fullest form of an organisation or place), rewrites
/// the roles layer's `entity` to those names, and adds description mentions ("the Russian
/// leader", "his U.S. counterpart", "the Republican") to `doc.roles` (kept sorted by start,
/// non-overlapping with existing roles), with `entity` set to the person they stand for when
/// found (else None). See the module docs for the rules. Pronouns stay unresolved.
pub fn resolve_document(doc: &mut Document, kb: &Kb) {
    let l = lang();
    let date = doc.meta.published.as_deref().and_then(date_num);
    correct_labels(doc);
    known_people_are_no_places(doc, kb);
    known_people_beside_people(doc, kb);
    known_places_untagged(doc, kb);
    cued_persons(doc);
    propagate_persons(doc);
    known_organisations(doc);
    hyphenated_pairs(doc);
    let mut order: Vec<usize> = (0..doc.entities.len()).collect();
    order.sort_by_key(|&i| (doc.entities[i].start, doc.entities[i].end));
    let mut groups: Vec<Group> = Vec::new();
    let mut of_mention: Vec<Option<usize>> = vec![None; doc.entities.len()];

    // 1. Full person names first, in text order.
    for &i in &order {
        let m = &doc.entities[i];
        if !is_per(&m.label) {
            continue;
        }
        let p = parse_person(&m.text);
        if !p.full() {
            continue;
        }
        let sk = p.surname_key();
        let g = groups
            .iter()
            .position(|g| g.per && g.name.skey() == sk && g.name.firsts_compatible(&p));
        let gi = g.unwrap_or_else(|| {
            groups.push(Group {
                canon: p.display.clone(),
                per: true,
                name: p.clone(),
                ..Default::default()
            });
            groups.len() - 1
        });
        groups[gi].members.push(i);
        of_mention[i] = Some(gi);
    }
    // Title words each person group was given in this article ("president"), kept up to date as
    // short forms join, so choosing among groups costs no pass over their members.
    let mut gtitles: Vec<Vec<String>> = groups
        .iter()
        .map(|g| {
            let mut v: Vec<String> = Vec::new();
            for &j in g.members.iter().filter(|_| g.per) {
                let t = &doc.entities[j].text;
                for w in title_words(t, &parse_person(t).display) {
                    if !v.contains(&w) {
                        v.push(w);
                    }
                }
            }
            v
        })
        .collect();
    // Short person forms.
    // Where the next person mention after each one in text order starts (one backward pass).
    let mut next_per = vec![doc.text.len(); order.len()];
    for k in (0..order.len().saturating_sub(1)).rev() {
        let x = &doc.entities[order[k + 1]];
        next_per[k] = if is_per(&x.label) { x.start } else { next_per[k + 1] };
    }
    for (k, &i) in order.iter().enumerate() {
        let m = &doc.entities[i];
        if !is_per(&m.label) || of_mention[i].is_some() {
            continue;
        }
        let p = parse_person(&m.text);
        let sk = p.surname_key();
        let titles = title_words(&m.text, &p.display);
        // "Mr Obama" is not Michelle Obama: an honorific's gender against the given name's.
        let l = lang();
        // An honorific tells, else a pronoun pointing back to this person before anyone else
        // is named ("President Obama said he ...": not Michelle Obama).
        let gender = titles.iter().find_map(|w| l.gender_of_title(w)).or_else(|| {
            pronoun_gender_after(doc.text.get(m.end..next_per[k].max(m.end)).unwrap_or(""))
        });
        let cands: Vec<usize> = (0..groups.len())
            .filter(|&g| {
                groups[g].per
                    && !sk.is_empty()
                    && groups[g].name.skey() == sk
                    && groups[g].name.firsts_compatible(&p)
                    && !gender.is_some_and(|x| {
                        groups[g]
                            .name
                            .firsts
                            .first()
                            .and_then(|f| l.gender_of_given(f))
                            .is_some_and(|y| y != x)
                    })
            })
            .collect();
        // "Malaysian Prime Minister Anwar Ibrahim said ... Anwar told reporters": a lone word
        // that is no one's surname in the article but the given name of exactly one person
        // named in full is that person (as Thai, Malay and Indonesian names are used, and as
        // features name people by their first names).
        let cands = if cands.is_empty() && !p.full() && p.initials.is_empty() && !sk.is_empty() {
            let given = word_key(&p.surname, true);
            let by_given: Vec<usize> = (0..groups.len())
                .filter(|&g| {
                    groups[g].per && groups[g].name.full() && groups[g].name.fkey() == Some(&given)
                })
                .collect();
            let surname_of_any = groups.iter().any(|g| g.per && g.name.skey() == sk);
            // ("Luiz Inacio Lula da Silva ... talks with Lula": a later given name of one
            // person's full name, where no one's first or family name is that word.)
            let by_later: Vec<usize> = (0..groups.len())
                .filter(|&g| {
                    let n = &groups[g].name;
                    groups[g].per
                        && n.firsts.len() >= 2
                        && n.firsts[1..].iter().any(|f| f.len() >= 3 && word_key(f, true) == given)
                })
                .collect();
            if by_given.len() == 1 && !surname_of_any {
                by_given
            } else if by_given.is_empty() && by_later.len() == 1 && !surname_of_any {
                by_later
            } else {
                cands
            }
        } else {
            cands
        };
        // "President Obama" where both Barack and Michelle Obama are named: the one the
        // article already gave that title ("President Barack Obama") before the most mentioned.
        let titled = |g: usize| titles.iter().any(|w| gtitles[g].contains(w));
        let gi = cands
            .iter()
            .copied()
            .max_by_key(|&g| (titled(g), groups[g].members.len(), usize::MAX - g))
            .unwrap_or_else(|| {
                groups.push(Group {
                    canon: p.display.clone(),
                    per: true,
                    name: p.clone(),
                    ..Default::default()
                });
                groups.len() - 1
            });
        groups[gi].members.push(i);
        of_mention[i] = Some(gi);
        gtitles.resize(groups.len(), Vec::new());
        for w in titles {
            if !gtitles[gi].contains(&w) {
                gtitles[gi].push(w);
            }
        }
    }
    // 2. Other names: by key, then acronyms onto multi-word names.
    let mut by_key: HashMap<String, usize> = HashMap::default();
    let mut keys_cache: HashMap<&str, String> = HashMap::default();
    for &i in &order {
        let m = &doc.entities[i];
        if is_per(&m.label) {
            continue;
        }
        let key = keys_cache.entry(m.text.as_str()).or_insert_with(|| thing_key(&m.text)).clone();
        let gi = *by_key.entry(key.clone()).or_insert_with(|| {
            groups.push(Group {
                canon: clean_thing(&m.text),
                per: false,
                key,
                ..Default::default()
            });
            groups.len() - 1
        });
        groups[gi].members.push(i);
        of_mention[i] = Some(gi);
    }
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::default();
    for (gi, g) in groups.iter().enumerate() {
        if !g.per {
            if let Some(ini) = initials(&g.canon) {
                by_initials.entry(ini).or_default().push(gi);
            }
        }
    }
    for gi in 0..groups.len() {
        if groups[gi].per || groups[gi].members.is_empty() {
            continue;
        }
        let Some(acr) = acronym(&groups[gi].canon) else { continue };
        if let Some(t) = by_initials.get(&acr).filter(|v| v.len() == 1).map(|v| v[0]) {
            if t != gi {
                let ms = std::mem::take(&mut groups[gi].members);
                for &m in &ms {
                    of_mention[m] = Some(t);
                }
                groups[t].members.extend(ms);
            }
        }
    }
    // "Nordvik" after "Nordvik Energy": an organisation's name without its corporate suffix
    // (`generic_org:` in variants.txt) is the same organisation, when every mention of the
    // shorter form was tagged an organisation too (a town of that name stays a place).
    // Only organisations whose name ends in such a suffix look for a shorter form, so the
    // map of names is built only when one does.
    let suffixed: Vec<(usize, String)> = (0..groups.len())
        .filter_map(|gi| {
            let g = &groups[gi];
            let last = g.canon.rsplit(' ').next()?.trim_end_matches('.');
            if g.per
                || g.members.is_empty()
                || !g.canon.contains(' ')
                || !l.generic_orgs.iter().any(|w| w.eq_ignore_ascii_case(last))
                || !g.members.iter().all(|&m| doc.entities[m].label == "ORG")
            {
                return None;
            }
            let k = phrase_key(&g.canon);
            Some((gi, k.rsplit_once(' ')?.0.to_string()))
        })
        .collect();
    let mut by_canon: HashMap<String, usize> = HashMap::default();
    if !suffixed.is_empty() {
        for (gi, g) in groups.iter().enumerate() {
            if !g.per && !g.members.is_empty() {
                by_canon.entry(phrase_key(&g.canon)).or_insert(gi);
            }
        }
    }
    for (gi, short) in suffixed {
        let Some(&t) = by_canon.get(&short) else { continue };
        let short_orgs = groups[t].members.iter().all(|&m| doc.entities[m].label == "ORG");
        if t != gi && !groups[t].per && short_orgs {
            let ms = std::mem::take(&mut groups[t].members);
            for &m in &ms {
                of_mention[m] = Some(gi);
            }
            groups[gi].members.extend(ms);
        }
    }
    // "the Commission" after "the European Commission": a one-word organisation that is the
    // last word of one (and only one) longer organisation the article names is that
    // organisation, when every mention of both was tagged an organisation.
    let orgs_only = |g: &Group| {
        !g.per && !g.members.is_empty() && g.members.iter().all(|&m| doc.entities[m].label == "ORG")
    };
    let heads: Vec<usize> = (0..groups.len())
        .filter(|&gi| {
            let g = &groups[gi];
            orgs_only(g)
                && !g.canon.contains(' ')
                && g.canon.chars().skip(1).any(char::is_lowercase)
        })
        .collect();
    for gi in heads {
        let word = groups[gi].canon.to_lowercase();
        let mut longer = (0..groups.len()).filter(|&t| {
            let g = &groups[t];
            t != gi
                && orgs_only(g)
                && g.canon.rsplit_once(' ').is_some_and(|(_, last)| last.to_lowercase() == word)
        });
        if let (Some(t), None) = (longer.next(), longer.next()) {
            let ms = std::mem::take(&mut groups[gi].members);
            for &m in &ms {
                of_mention[m] = Some(t);
            }
            groups[t].members.extend(ms);
        }
    }
    // Canonical names of non-person groups: the country's name when written, else the longest form.
    for g in groups.iter_mut().filter(|g| !g.per && !g.members.is_empty()) {
        let forms: Vec<&str> =
            g.members.iter().map(|&m| clean_thing_str(&doc.entities[m].text)).collect();
        let country_name =
            g.key.strip_prefix("c:").and_then(|c| l.country(c)).map(|c| c.name.clone()).filter(
                |n| {
                    let nk = phrase_key(n);
                    forms.iter().any(|f| phrase_key(f) == nk)
                },
            );
        // "The Kyiv Independent" keeps its article; "The White House" at a sentence start
        // gives way to "White House" written elsewhere.
        let plain: Vec<&str> = forms.iter().copied().filter(|f| !f.starts_with("The ")).collect();
        let pool: Vec<&str> = if plain.is_empty() { forms.clone() } else { plain };
        // Of forms as long, one in ordinary case: "Helsinki" over a dateline's "HELSINKI".
        g.canon = country_name.unwrap_or_else(|| {
            pool.iter()
                .max_by_key(|f| {
                    (f.split_whitespace().count(), f.len(), f.chars().any(char::is_lowercase))
                })
                .map(|f| f.to_string())
                .unwrap_or_default()
        });
    }
    // KB countries of persons.
    for g in groups.iter_mut().filter(|g| g.per) {
        let e = kb.person(&g.canon).or_else(|| {
            if g.name.full() {
                None
            } else {
                kb.person(&g.name.surname)
            }
        });
        g.kb_country = e.and_then(|e| e.country()).map(str::to_string);
        g.kb_titles = e.map(|e| e.titles.clone()).unwrap_or_default();
    }
    // Roles layer: link to canonical names and learn what the article says about each person.
    // Folded names -> group, built once (the roles layer names persons by a mention's text).
    let mut by_name: HashMap<String, usize> = HashMap::default();
    // The same text folds to the same key, whose first group wins: fold each text once.
    let mut seen: std::collections::HashSet<&str, crate::fast::FxBuild> = Default::default();
    for (i, m) in doc.entities.iter().enumerate() {
        if let Some(g) = of_mention[i] {
            if seen.insert(m.text.as_str()) {
                by_name.entry(fold(&m.text)).or_insert(g);
            }
        }
    }
    for (gi, g) in groups.iter().enumerate() {
        if !g.members.is_empty() {
            by_name.insert(fold(&g.canon), gi);
        }
    }
    for r in 0..doc.roles.len() {
        let Some(gi) = doc.roles[r].entity.as_deref().and_then(|n| by_name.get(&fold(n)).copied())
        else {
            continue;
        };
        let (class, country, _) = parse_role(&doc.roles[r].text);
        // (An office no longer held, "former U.S. President", is no office to stand for.)
        let past = doc.roles[r].text.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            l.past.contains(&w)
        });
        if !past {
            groups[gi].said.push((country, class));
        }
        doc.roles[r].entity = Some(groups[gi].canon.clone());
    }
    // Mentions' positions per group, for discourse.
    let pos: Vec<Vec<(usize, usize)>> = groups
        .iter()
        .map(|g| {
            let mut v: Vec<(usize, usize)> =
                g.members.iter().map(|&m| (doc.entities[m].start, doc.entities[m].end)).collect();
            v.sort();
            v
        })
        .collect();
    // 3. Descriptions. Every look-up below is a binary search or a hash probe over spans sorted
    // once, so an article of 100,000 descriptions costs 100,000 look-ups, not their square.
    let mut added: Vec<RoleMention> = Vec::new();
    let per: Vec<usize> =
        (0..groups.len()).filter(|&g| groups[g].per && !groups[g].members.is_empty()).collect();
    let mut person_at_start: HashMap<usize, usize> = HashMap::default();
    let mut person_at_end: HashMap<usize, usize> = HashMap::default();
    for &g in &per {
        for &(s, e) in &pos[g] {
            person_at_start.entry(s).or_insert(g);
            person_at_end.entry(e).or_insert(g);
        }
    }
    // Every person mention by end, for "the most recent person before here".
    let mut person_ends: Vec<(usize, usize)> =
        per.iter().flat_map(|&g| pos[g].iter().map(move |&(_, e)| (e, g))).collect();
    person_ends.sort_unstable();
    // Mentions of a group are sorted and never overlap, so their ends are sorted too.
    let last_end_before = |g: usize, at: usize| -> Option<usize> {
        let i = pos[g].partition_point(|p| p.1 <= at);
        (i > 0).then(|| pos[g][i - 1].1)
    };
    let first_start_after = |g: usize, at: usize| -> Option<usize> {
        let i = pos[g].partition_point(|p| p.0 < at);
        pos[g].get(i).map(|p| p.0)
    };
    // Whether the mention of group `g` ending at `e` is one of a list of people ("Emmanuel
    // Macron, Friedrich Merz and Keir Starmer"): no one of a list is what a description after
    // it speaks of for want of anyone else.
    let listed = |e: usize, g: usize| -> bool {
        const JOINS: [&str; 3] = [", and ", " and ", ", "];
        let next = JOINS
            .iter()
            .find_map(|j| doc.text.get(e..).filter(|a| a.starts_with(j)).map(|_| e + j.len()));
        if next.is_some_and(|n| person_at_start.contains_key(&n)) {
            return true;
        }
        let i = pos[g].partition_point(|p| p.1 < e);
        let Some(&(start, _)) = pos[g].get(i) else { return false };
        JOINS.iter().any(|j| {
            doc.text.get(..start).is_some_and(|b| b.ends_with(j))
                && person_at_end.contains_key(&(start - j.len()))
        })
    };
    let roles_sorted = doc.roles.windows(2).all(|w| w[0].start <= w[1].start);
    let entities_sorted = doc.entities.windows(2).all(|w| w[0].start <= w[1].start);
    for d in find_descriptions(&doc.text) {
        // Spans are sorted by start and do not overlap: only those just before `d.end` can
        // overlap `d` (unsorted input, never produced by the stages, is checked in full).
        let overlaps_role = if roles_sorted {
            let i = doc.roles.partition_point(|r| r.start < d.end);
            doc.roles[..i].iter().rev().take_while(|r| r.end > d.start).next().is_some()
        } else {
            doc.roles.iter().any(|r| r.start < d.end && d.start < r.end)
        };
        let overlaps_person = if entities_sorted {
            let i = doc.entities.partition_point(|m| m.start < d.end);
            doc.entities[..i].iter().rev().take_while(|m| m.end > d.start).any(|m| is_per(&m.label))
        } else {
            doc.entities.iter().any(|m| is_per(&m.label) && m.start < d.end && d.start < m.end)
        };
        if overlaps_role || overlaps_person {
            continue;
        }
        let text = &doc.text;
        // (a) apposition.
        let after = text[d.end..].trim_start_matches([',', ' ']);
        let after_at = text.len() - after.len();
        let before = text[..d.start].trim_end_matches(' ');
        let before = before.strip_suffix(',').unwrap_or("");
        let before_at = before.len();
        let by_start = person_at_start.get(&after_at).copied().filter(|_| after_at - d.end <= 2);
        let by_end = person_at_end.get(&before_at).copied().filter(|_| !before.is_empty());
        let mut who: Option<usize> = match (by_start, by_end) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let near = |cands: &[usize]| -> Option<usize> {
            let prev = cands
                .iter()
                .filter_map(|&g| last_end_before(g, d.start).map(|e| (e, g)))
                .max()
                .map(|x| x.1);
            prev.or_else(|| {
                cands
                    .iter()
                    .filter_map(|&g| first_start_after(g, d.end).map(|s| (s, g)))
                    .min()
                    .map(|x| x.1)
            })
        };
        // "Sharif called his Indian counterpart": the counterpart holds the office of the one
        // whose counterpart he is, named before the description in its clause ("Putin recalled
        // ... and agreed with his American counterpart"; not past a comma or a word that opens
        // another clause: "Misri said the Pakistani army chief had called his Indian
        // counterpart" names no one whose counterpart it is). With no such person the
        // description stays open unless apposed.
        if d.country.is_empty() {
            // A bare office: the one person named before it whom the article gives a
            // compatible office, or the KB does where the article gives none; else no one.
            let holds = |g: usize| {
                let gr = &groups[g];
                let said = gr.said.iter().filter_map(|(_, c)| c.as_deref());
                let mut said = said.peekable();
                if said.peek().is_some() {
                    said.any(|c| l.class_compatible(&d.class, c))
                } else {
                    gr.kb_titles.iter().any(|t| l.class_compatible(&d.class, t))
                }
            };
            let named: Vec<usize> =
                per.iter().copied().filter(|&g| last_end_before(g, d.start).is_some()).collect();
            let only = |mut it: Box<dyn Iterator<Item = usize> + '_>| match (it.next(), it.next()) {
                (Some(g), None) => Some(g),
                _ => None,
            };
            // ("President Donald Trump met Syrian leader Ahmed al-Sharaa ... The president
            // shook hands": the one given this very office, before one given a compatible
            // one.)
            let exact =
                |g: usize| groups[g].said.iter().any(|(_, c)| c.as_deref() == Some(&d.class));
            let one = only(Box::new(named.iter().copied().filter(|&g| exact(g))))
                .or_else(|| only(Box::new(named.iter().copied().filter(|&g| holds(g)))));
            if let Some(g) = who.or(one) {
                groups[g].said.push((None, Some(d.class.clone())));
                added.push(RoleMention {
                    start: d.start,
                    end: d.end,
                    text: text[d.start..d.end].to_string(),
                    entity: Some(groups[g].canon.clone()),
                });
            }
            continue;
        }
        let mut held_class: Option<String> = None;
        let counterpart = l.named_only.contains(&d.class);
        if who.is_none() && counterpart {
            let i = person_ends.partition_point(|&(e, _)| e <= d.start);
            // The last person named before it, or a description of one found before it
            // ("Ushakov said the Russian leader had invited his American counterpart").
            let named = i.checked_sub(1).map(|k| person_ends[k]);
            let described = added.last().filter(|r| r.end <= d.start).and_then(|r| {
                let canon = r.entity.as_deref()?;
                let g = groups.iter().position(|gr| gr.per && gr.canon == canon)?;
                Some((r.end, g))
            });
            let last = match (named, described) {
                (Some(n), Some(r)) => Some(if r.0 > n.0 { r } else { n }),
                (n, r) => n.or(r),
            };
            let possessor = last.filter(|&(e, _)| {
                let gap = &text[e..d.start];
                gap.split_whitespace().count() <= 20
                    && !gap.contains([',', '.', ';', '"', '\u{201C}'])
                    && !gap.split_whitespace().any(|w| {
                        matches!(w, "said" | "says" | "told" | "that" | "who" | "when" | "after")
                    })
            });
            match possessor {
                None => {
                    added.push(RoleMention {
                        start: d.start,
                        end: d.end,
                        text: text[d.start..d.end].to_string(),
                        entity: None,
                    });
                    continue;
                }
                Some((_, g)) => {
                    let held = groups[g].said.iter().filter_map(|(_, c)| c.as_deref());
                    if let Some(c) = held
                        .chain(groups[g].kb_titles.iter().map(String::as_str))
                        .find(|c| *c != "counterpart")
                    {
                        held_class = Some(c.to_string());
                    }
                }
            }
        }
        let class: &str = held_class.as_deref().unwrap_or(&d.class);
        // (b) the article's own evidence.
        if who.is_none() {
            let c: Vec<usize> = per
                .iter()
                .copied()
                .filter(|&g| {
                    let gr = &groups[g];
                    gr.said.iter().any(|(_, cl)| {
                        cl.as_deref().is_some_and(|cl| l.class_compatible(class, cl))
                    }) && gr.countries().contains(&d.country.as_str())
                        && !gr
                            .said
                            .iter()
                            .any(|(k, _)| k.as_deref().is_some_and(|k| k != d.country))
                })
                .collect();
            who = near(&c);
        }
        // (c) the KB's dated office holder.
        let mut kb_name: Option<String> = None;
        if who.is_none() {
            if let Some(e) = date.and_then(|dt| kb.holder(class, &d.country, dt)) {
                who = per
                    .iter()
                    .copied()
                    .find(|&g| kb.person(&groups[g].canon).is_some_and(|x| x.name == e.name));
                if who.is_none() {
                    kb_name = Some(e.name.clone());
                }
            }
        }
        // People the KB places in the description's country with no conflicting role (and, if
        // `titled`, with an office of the description's class).
        let kb_fits = |g: usize, titled: bool| {
            let gr = &groups[g];
            let office = gr.kb_titles.iter().any(|t| l.class_compatible(class, t));
            gr.kb_country.as_deref() == Some(d.country.as_str())
                && !gr.country_conflict(&d.country)
                && !gr.class_conflict(class)
                && (office || !titled && gr.kb_titles.is_empty())
        };
        // (d) KB country, no conflicting role.
        if who.is_none() && kb_name.is_none() {
            // Only people already mentioned: a description looks back.
            who = per
                .iter()
                .copied()
                .filter(|&g| kb_fits(g, false))
                .filter_map(|g| last_end_before(g, d.start).map(|e| (e, g)))
                .max()
                .map(|x| x.1);
        }
        // (d2) a person named after it whom the KB places in that country with a compatible
        // office: "Trump stepped out to phone the Kremlin leader ... a meeting between Putin
        // and Zelensky" (before anyone named earlier whom nothing contradicts, as in (e)).
        if who.is_none() && kb_name.is_none() {
            who = per
                .iter()
                .copied()
                .filter(|&g| kb_fits(g, true))
                .filter_map(|g| first_start_after(g, d.end).map(|s| (s, g)))
                .min()
                .map(|x| x.1);
        }
        // (e) discourse: most recent person nothing contradicts, within 600 bytes: walk back
        // over the person mentions that end there, latest first.
        if who.is_none() && kb_name.is_none() && !l.named_only.contains(&d.class) {
            let i = person_ends.partition_point(|&(e, _)| e <= d.start);
            let mut clause_mates: Vec<usize> = Vec::new();
            // A verb of saying tells that the person before it spoke of the description only
            // when no other person comes between them: in "Zelensky will meet President
            // Donald Trump on Monday, Zelensky said after a long call with the U.S. president"
            // Zelensky spoke, not Trump.
            let speaker_bound = |e: usize| {
                let k = person_ends.partition_point(|&(e2, _)| e2 <= e);
                person_ends.get(k).map_or(d.start, |&(e2, _)| e2.min(d.start))
            };
            who = person_ends[..i]
                .iter()
                .rev()
                .take_while(|&&(e, _)| d.start - e <= 600)
                .find(|&&(e, g)| {
                    // (One named in the description's own clause is not it, wherever else
                    // the article names them.)
                    if same_clause(&text[e..d.start]) {
                        clause_mates.push(g);
                    }
                    !clause_mates.contains(&g)
                        && !groups[g].country_conflict(&d.country)
                        && !groups[g].class_conflict(&d.class)
                        && !speaks_of(&text[e..speaker_bound(e)])
                        && !listed(e, g)
                })
                .copied()
                // "Pashinyan and Aliyev met Trump at the White House ... The Armenian prime
                // minister told reporters": when the sentence that names the one found also
                // names another person nothing contradicts, the most recent is no better a
                // guess than the others, and the description stays open (another article may
                // name its holder).
                .filter(|&(e, g)| {
                    let (from, to) = sentence_around(&doc.sentences, e);
                    let to = to.min(d.start);
                    let k = person_ends.partition_point(|&(e2, _)| e2 <= from);
                    !person_ends[k..i].iter().take_while(|&&(e2, _)| e2 <= to).any(|&(_, g2)| {
                        g2 != g
                            && !clause_mates.contains(&g2)
                            && !groups[g2].country_conflict(&d.country)
                            && !groups[g2].class_conflict(&d.class)
                    })
                })
                .map(|(_, g)| g);
        }
        let entity = match who {
            Some(g) => {
                groups[g].said.push((Some(d.country.clone()), Some(class.to_string())));
                Some(groups[g].canon.clone())
            }
            None => kb_name,
        };
        added.push(RoleMention {
            start: d.start,
            end: d.end,
            text: doc.text[d.start..d.end].to_string(),
            entity,
        });
    }
    if !added.is_empty() {
        doc.roles.extend(added);
        doc.roles.sort_by_key(|r| (r.start, r.end));
    }
    for (i, m) in doc.entities.iter_mut().enumerate() {
        if let Some(g) = of_mention[i] {
            m.entity.clone_from(&groups[g].canon);
        }
    }
    // "MBS" after "Mohammed bin Salman": capitals that are the initials of every word of a
    // person's full name of three words or more, named in the article, are that person.
    let initials: Vec<(String, &str)> = groups
        .iter()
        .filter(|g| g.per && g.canon.split_whitespace().count() >= 3)
        .filter_map(|g| {
            let i: String = g
                .canon
                .split_whitespace()
                .map(|w| w.chars().next().map(|c| c.to_uppercase().collect::<String>()))
                .collect::<Option<String>>()?;
            Some((i, g.canon.as_str()))
        })
        .collect();
    if !initials.is_empty() {
        for m in doc.entities.iter_mut().filter(|m| m.label != "LOC") {
            let t = m.text.trim();
            if !(3..=5).contains(&t.len()) || !t.bytes().all(|b| b.is_ascii_uppercase()) {
                continue;
            }
            let mut who = initials.iter().filter(|(i, _)| i == t);
            if let (Some((_, canon)), None) = (who.next(), who.next()) {
                m.entity = canon.to_string();
                m.label = "PER".to_string();
            }
        }
    }
    // "Indian strikes", "the Pakistani military": a nationality word speaks of its country, and
    // is counted as a mention of it (it keeps its label: the word is no place's name). A
    // nationality word taken for a place ("talks between Latvian and U.S. officials") is one
    // too.
    for m in doc.entities.iter_mut().filter(|m| m.label == "MISC" || m.label == "LOC") {
        if let Some(country) = l.country_of_demonym(m.text.trim()) {
            m.entity = country.to_string();
            m.label = "MISC".to_string();
        }
    }
}

/// "a meeting between Putin and Zelensky" with "Putin" taken for a place: a one-word "place"
/// that is no country, capital or seat of government, and that the knowledge base knows as one
/// person and as nothing else, is that person.
fn known_people_are_no_places(doc: &mut Document, kb: &Kb) {
    let l = lang();
    for m in doc.entities.iter_mut().filter(|m| m.label == "LOC") {
        let word = m.text.trim();
        if word.contains(char::is_whitespace) || !word.starts_with(char::is_uppercase) {
            continue;
        }
        // (Not "PUTIN" in a dateline's capitals, nor a place the language data knows.)
        if !word.chars().any(char::is_lowercase)
            || crate::lang::with_phrase_key(word, |k| {
                l.country_names.contains_key(k) || l.country_words.contains_key(k)
            })
        {
            continue;
        }
        // (The entry's family name, not one of its other names: the knowledge base's
        // country entries list cities among theirs.)
        if kb_family_name(kb, word) {
            m.label = "PER".to_string();
        }
    }
}

/// The family name of the one person the knowledge base names `word` by, and by nothing else.
fn kb_family_name(kb: &Kb, word: &str) -> bool {
    match kb.lookup(word).as_slice() {
        [one] => {
            one.person
                && one
                    .name
                    .split_whitespace()
                    .skip(1)
                    .last()
                    .is_some_and(|s| s.eq_ignore_ascii_case(word))
        }
        _ => false,
    }
}

/// The spans of a document's mentions, sorted by start, for a binary search: an article of many
/// names must not compare each with every other.
struct Tagged {
    spans: Vec<(usize, usize)>,
    longest: usize,
}

impl Tagged {
    fn of(doc: &Document) -> Tagged {
        let mut spans: Vec<(usize, usize)> =
            doc.entities.iter().map(|m| (m.start, m.end)).collect();
        spans.sort_unstable();
        let longest = spans.iter().map(|&(s, e)| e - s).max().unwrap_or(0);
        Tagged { spans, longest }
    }

    /// Whether no mention overlaps bytes `s..e`.
    fn untagged(&self, s: usize, e: usize) -> bool {
        let lo = self.spans.partition_point(|&(ms, _)| ms + self.longest < s);
        !self.spans[lo..].iter().take_while(|&&(ms, _)| ms < e).any(|&(_, me)| s < me)
    }
}

/// "The Xi-Trump meeting lasted 90 minutes": two capitalised names joined by a hyphen before a
/// noun of a sitting or a call (`pair_nouns.txt`) are two people, whatever the tagger took the
/// pair for (or if it took it for nothing). Not when either part is a place, an organisation or
/// another word the language data knows ("the Israel-Hamas talks"), or the article writes it
/// in lower case.
fn hyphenated_pairs(doc: &mut Document) {
    let l = lang();
    let text = doc.text.as_str();
    let name = |w: &str| {
        w.chars().count() >= 2
            && w.starts_with(|c: char| c.is_uppercase())
            && w.chars().skip(1).all(char::is_lowercase)
            && !known_as_no_person(w)
            && !l.is_place_word(w)
    };
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for t in &doc.tokens {
        let w = &text[t.start..t.end];
        let Some((a, b)) = w.split_once('-') else { continue };
        let noun = text[t.end..]
            .strip_prefix(' ')
            .and_then(|r| r.split(|c: char| !c.is_alphabetic()).next())
            .is_some_and(|n| l.pair_nouns.contains(n));
        if noun
            && name(a)
            && name(b)
            && !written_in_lower_case(text, a)
            && !written_in_lower_case(text, b)
        {
            pairs.push((t.start, t.start + a.len(), t.end));
        }
    }
    if pairs.is_empty() {
        return;
    }
    let within = |m: &EntityMention| pairs.iter().any(|&(s, _, e)| s <= m.start && m.end <= e);
    doc.entities.retain(|m| !within(m));
    // The later stages read the two names as words of their own: the pair's token becomes
    // three ("Xi", "-", "Trump"), in place, in order.
    let mut tokens = Vec::with_capacity(doc.tokens.len() + 2 * pairs.len());
    let mut next = pairs.iter().peekable();
    for &t in &doc.tokens {
        match next.peek() {
            Some(&&(s, h, e)) if t.start == s && t.end == e => {
                tokens.extend([Span::new(s, h), Span::new(h, h + 1), Span::new(h + 1, e)]);
                next.next();
            }
            _ => tokens.push(t),
        }
    }
    doc.tokens = tokens;
    let found = pairs
        .iter()
        .flat_map(|&(s, h, e)| {
            [person_mention(s, h, &text[s..h]), person_mention(h + 1, e, &text[h + 1..e])]
        })
        .collect();
    add_mentions(doc, found);
}

/// "Hezbollah stayed quiet", "Yemen's Houthis said": a one-word name the language data knows as
/// an organisation (`org_aliases.txt`) is that organisation, left untagged or taken for a person
/// or a miscellaneous name, unless the article writes the word in lower case too or names a
/// person with it as a surname. Armed groups' names are rarer in the tagger's training news than
/// their deeds are in today's.
fn known_organisations(doc: &mut Document) {
    let l = lang();
    let known = |w: &str| {
        w.len() >= 4
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && crate::lang::with_phrase_key(w, |k| l.orgs.contains_key(k))
    };
    let surnames: Vec<String> = doc
        .entities
        .iter()
        .filter(|m| is_per(&m.label) && m.text.contains(char::is_whitespace))
        .map(|m| parse_person(&m.text).surname.clone())
        .collect();
    let person = |w: &str| surnames.contains(&crate::text::fold(w));
    let text = doc.text.as_str();
    for m in doc.entities.iter_mut().filter(|m| is_per(&m.label) || m.label == "MISC") {
        let w = m.text.trim();
        if known(w) && !person(w) && !written_in_lower_case(text, w) {
            m.label = "ORG".into();
        }
    }
    let tagged = Tagged::of(doc);
    let mut found = Vec::new();
    for (k, t) in doc.tokens.iter().enumerate() {
        let w = &text[t.start..t.end];
        // (One word alone: not a part of a longer name the tagger left out.)
        let capital = |j: usize| {
            doc.tokens.get(j).is_some_and(|x| text[x.start..].starts_with(char::is_uppercase))
        };
        if !known(w) || capital(k + 1) || !tagged.untagged(t.start, t.end) {
            continue;
        }
        let opens = doc.sentences.binary_search_by_key(&t.start, |s| s.start).is_ok();
        if (k > 0 && !opens && capital(k - 1)) || person(w) || written_in_lower_case(text, w) {
            continue;
        }
        found.push(EntityMention {
            start: t.start,
            end: t.end,
            text: w.to_string(),
            label: "ORG".into(),
            entity: w.to_string(),
        });
    }
    add_mentions(doc, found);
}

/// "Putin and Trump spoke for nearly three hours", with "Putin" left untagged at the start of
/// the sentence: a capitalised word joined by "and" to a person, that the knowledge base knows
/// as one person's family name, is that person. So is one the knowledge base does not know
/// (a name newer than its dictionaries) in "between X and Y" with a person on the other side
/// ("a phone call between Trump and Putin"), unless the language data knows the word as
/// something else or the article writes it in lower case.
fn known_people_beside_people(doc: &mut Document, kb: &Kb) {
    let text = &doc.text;
    let tagged = Tagged::of(doc);
    let untagged = |s: usize, e: usize| tagged.untagged(s, e);
    let is_name = |w: &str| {
        w.len() >= 3
            && w.starts_with(|c: char| c.is_uppercase())
            && w.chars().any(char::is_lowercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    let new_name = |w: &str| !known_as_no_person(w) && !written_in_lower_case(text, w);
    // A word the tagger took for a miscellaneous name alone ("between Putin and Trump", with
    // "Trump" tagged MISC) is the person too, when it is a new name in "between".
    let misc_at = |s: usize, e: usize| {
        doc.entities.iter().position(|m| m.start == s && m.end == e && m.label == "MISC")
    };
    // ("Araghchi and Witkoff spoke briefly", "before Witkoff and Araghchi spoke face to
    // face": a pair that a verb of persons follows is two people.)
    let l = lang();
    let verb_after = |e: usize| {
        text.get(e..).and_then(|r| r.strip_prefix(' ')).is_some_and(|r| {
            let n = r.find(|c: char| !c.is_alphabetic()).unwrap_or(r.len());
            l.person_verbs.contains(&r[..n])
        })
    };
    let mut found = Vec::new();
    let mut relabel = Vec::new();
    let mut take = |s: usize, e: usize, w: &str, between: bool| {
        if !is_name(w) {
            return;
        }
        let new = between && new_name(w);
        if untagged(s, e) && (kb_family_name(kb, w) || new) {
            found.push(person_mention(s, e, w));
        } else if let Some(i) = misc_at(s, e).filter(|_| new) {
            relabel.push(i);
        }
    };
    for m in doc.entities.iter().filter(|m| is_per(&m.label)) {
        // The word before "X and": "Putin and Trump".
        if let Some(before) = text.get(..m.start).and_then(|b| b.strip_suffix(" and ")) {
            let s = before
                .rfind(|c: char| !(c.is_alphabetic() || c == '-'))
                .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
            let paired = before[..s].ends_with("between ") || verb_after(m.end);
            take(s, before.len(), &before[s..], paired);
        }
        // The word after "and": "Trump and Putin".
        if let Some(after) = text.get(m.end..).and_then(|a| a.strip_prefix(" and ")) {
            let s = m.end + " and ".len();
            let n = after.find(|c: char| !(c.is_alphabetic() || c == '-')).unwrap_or(after.len());
            let paired = text[..m.start].ends_with("between ") || verb_after(s + n);
            take(s, s + n, &after[..n], paired);
        }
    }
    for i in relabel {
        doc.entities[i].label = "PER".to_string();
    }
    found.sort_by_key(|m| m.start);
    found.dedup_by_key(|m| m.start);
    add_mentions(doc, found);
}

/// "Russia launched a missile attack on Kyiv, officials said", with "Kyiv" left untagged: one
/// capitalised word after a lower-case one, with no capitalised word after it, that the language
/// data knows as a capital or a place of its spelling groups (a state only after a locative word
/// such as "in"), is that place. (Not a word the knowledge base knows as one person's family
/// name.)
fn known_places_untagged(doc: &mut Document, kb: &Kb) {
    let l = lang();
    let text = doc.text.as_str();
    let bytes = text.as_bytes();
    let letter = |b: u8| b.is_ascii_alphabetic() || b == b'-';
    let mut tagged: Option<Tagged> = None;
    let mut found = Vec::new();
    // Only capital letters right after a space are looked at (spaces found with memchr): the
    // word before must end in a letter and begin in lower case ("on Kyiv"; not "said. Kyiv").
    for space in memchr::memchr_iter(b' ', bytes) {
        let i = space + 1;
        if space == 0 || i >= bytes.len() || !bytes[i].is_ascii_uppercase() || !letter(bytes[i - 2])
        {
            continue;
        }
        let mut p = i - 2;
        while p > 0 && letter(bytes[p - 1]) {
            p -= 1;
        }
        if !bytes[p].is_ascii_lowercase() || (p > 0 && bytes[p - 1] >= 0x80) {
            continue;
        }
        let mut e = i + 1;
        while e < bytes.len() && bytes[e].is_ascii_lowercase() {
            e += 1;
        }
        // One word of three letters at least, in plain letters, with no capitalised word after.
        let ends = e == bytes.len() || !(letter(bytes[e]) || bytes[e] >= 0x80);
        let next_capital =
            bytes.get(e) == Some(&b' ') && bytes.get(e + 1).is_some_and(u8::is_ascii_uppercase);
        if e - i < 3 || !ends || next_capital {
            continue;
        }
        let w = &text[i..e];
        if !l.is_place_word(w) || !tagged.get_or_insert_with(|| Tagged::of(doc)).untagged(i, e) {
            continue;
        }
        // (A state's name only after a word that puts a place after it: "in Jordan", not
        // "coach Jordan"; a capital or a city of a spelling group after any.)
        let city = || l.is_state_city(w) || l.places.contains_key(&w.to_ascii_lowercase());
        let state = || l.country_acting(w).is_some() && l.after_locative(&text[..i]);
        if (city() || state()) && !kb_family_name(kb, w) {
            found.push(EntityMention {
                start: i,
                end: e,
                text: w.to_string(),
                label: "LOC".into(),
                entity: w.to_string(),
            });
        }
    }
    add_mentions(doc, found);
}

/// Whether `gap`, the text between a person's mention and a description after it, leaves both
/// in one clause: "Trump stepped out to phone the Kremlin leader" calls someone else (a
/// description in the clause of a name is not that name; an apposition is found before).
/// The span of the sentence holding a mention that ends at byte `end` (the whole text when the
/// sentences are not known): from just before its start, so that a mention at the very start
/// counts as inside it.
fn sentence_around(sentences: &[Span], end: usize) -> (usize, usize) {
    let i = sentences.partition_point(|s| s.end < end);
    match sentences.get(i) {
        Some(s) if s.start < end => (s.start.saturating_sub(1), s.end),
        _ => (0, usize::MAX),
    }
}

fn same_clause(gap: &str) -> bool {
    !gap.contains(['.', ',', ';', ':', '"', '\u{201C}', '\u{201D}', '(', '\u{2014}'])
}

/// Whether `gap`, the text between a person's mention and a description after it, holds a verb
/// of saying within one sentence: "Trump said, when asked whether the Ukrainian leader would be
/// welcome" speaks of someone else.
fn speaks_of(gap: &str) -> bool {
    let l = lang();
    !gap.contains(['.', '!', '?'])
        && gap
            .split(|c: char| !c.is_alphabetic())
            .any(|w| l.speech_verbs.contains(w.to_lowercase().as_str()))
}

/// A non-person name without a leading "the" or trailing punctuation.
fn clean_thing(s: &str) -> String {
    clean_thing_str(s).to_string()
}

fn clean_thing_str(s: &str) -> &str {
    let t = s.trim();
    let t = t.strip_prefix("the ").unwrap_or(t);
    t.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != ')')
}

/// Whether a role mention is a description (it opens with a determiner: "the Russian leader").
pub fn is_description(text: &str) -> bool {
    thread_local!(static MEMO: Memo<bool> = Default::default());
    memo(&MEMO, text, is_description_uncached)
}

fn is_description_uncached(text: &str) -> bool {
    let l = lang();
    text.split_whitespace().next().is_some_and(|w| {
        let w = fold(w);
        l.determiners.contains(&w)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(text: &str, s: &str, label: &str, nth: usize) -> EntityMention {
        let start = text.match_indices(s).nth(nth).unwrap().0;
        EntityMention {
            start,
            end: start + s.len(),
            text: s.into(),
            label: label.into(),
            entity: s.into(),
        }
    }

    fn role_of(text: &str, s: &str, who: &str) -> RoleMention {
        let start = text.find(s).unwrap();
        RoleMention { start, end: start + s.len(), text: s.into(), entity: Some(who.into()) }
    }

    #[test]
    fn a_city_named_city_is_not_the_place_the_rest_names() {
        assert_eq!(thing_key("Gaza Strip"), thing_key("Gaza"));
        assert_eq!(thing_key("Kyiv city"), thing_key("Kyiv"));
        assert_ne!(thing_key("Gaza City"), thing_key("Gaza"));
        assert_ne!(thing_key("Kuwait City"), thing_key("Kuwait"));
    }

    #[test]
    fn short_arabic_given_names_written_with_another_vowel_are_one_name() {
        let (a, b) = (parse_person("Majed al-Ansari"), parse_person("Majid al-Ansari"));
        assert_eq!(a.skey(), b.skey());
        assert!(a.firsts_compatible(&b));
        let (a, b) = (parse_person("Hamed Sarvi"), parse_person("Hamid Sarvi"));
        assert!(a.firsts_compatible(&b));
        // Other names stay apart.
        let (a, b) = (parse_person("Jamal Sarvi"), parse_person("Jamil Sarvi"));
        assert!(!a.firsts_compatible(&b));
    }

    #[test]
    fn a_word_opening_a_sentence_before_spoke_or_said_is_a_person() {
        let meta = dossier_document::Metadata::default();
        let text = "Talks\n\nZelensky spoke by phone with German Chancellor Friedrich Merz on \
                    Thursday. Officials said the call went well. Moscow said nothing. Another \
                    said more. Rescue said so, and rescue teams worked on. Envoys met later.\n";
        let article = dossier_ingest::article_from_text("t", text.into(), meta);
        let doc = dossier_pipeline::analyse(article, &Default::default()).unwrap();
        let per = |w: &str| doc.entities.iter().any(|m| m.text == w && m.label == "PER");
        assert!(per("Zelensky"), "{:?}", doc.entities);
        for w in ["Officials", "Moscow", "Another", "Rescue", "Envoys"] {
            assert!(!per(w), "{w}: {:?}", doc.entities);
        }
    }

    #[test]
    fn a_city_that_stands_for_its_state_is_a_place_whatever_the_tagger_took_it_for() {
        let meta = dossier_document::Metadata::default();
        let text = "Attack\n\nRussia's overnight attack on Kyiv killed 23 people, officials \
                    said.\n";
        let article = dossier_ingest::article_from_text("t", text.into(), meta);
        let doc = dossier_pipeline::analyse(article, &Default::default()).unwrap();
        let kyiv = doc.entities.iter().find(|m| m.text == "Kyiv").expect("Kyiv");
        assert_eq!(kyiv.label, "LOC", "{:?}", doc.entities);
    }

    #[test]
    fn the_holder_of_an_office_is_not_its_former_holder() {
        let meta = dossier_document::Metadata::default();
        let text = "Rome\n\nU.S. President Donald Trump met Pope Leo in Rome on Monday. Former \
                    U.S. President Joe Biden also attended the mass. The U.S. president later \
                    told reporters that the talks were useful.\n";
        let article = dossier_ingest::article_from_text("t", text.into(), meta);
        let doc = dossier_pipeline::analyse(article, &Default::default()).unwrap();
        let role = |w: &str| doc.roles.iter().find(|r| r.text == w).and_then(|r| r.entity.clone());
        assert_eq!(role("Former U.S. President").as_deref(), Some("Joe Biden"), "{:?}", doc.roles);
        assert_eq!(role("The U.S. president").as_deref(), Some("Donald Trump"), "{:?}", doc.roles);
    }

    #[test]
    fn a_word_opening_a_sentence_before_thanked_or_welcomed_is_a_person() {
        let meta = dossier_document::Metadata::default();
        let text = "Swap\n\nThe two countries swapped 307 prisoners each on Saturday. Peskov \
                    thanked everyone involved. Grenell welcomed the men home. Negotiators \
                    thanked the hosts.\n";
        let article = dossier_ingest::article_from_text("t", text.into(), meta);
        let doc = dossier_pipeline::analyse(article, &Default::default()).unwrap();
        let per = |w: &str| doc.entities.iter().any(|m| m.text == w && m.label == "PER");
        assert!(per("Peskov") && per("Grenell"), "{:?}", doc.entities);
        assert!(!per("Negotiators"), "{:?}", doc.entities);
    }

    #[test]
    fn an_armed_group_the_data_knows_is_an_organisation_tagged_or_not() {
        let meta = dossier_document::Metadata::default();
        let text = "Red Sea\n\nYemen's Houthis said on Sunday they had fired a missile at Israel. \
                    Hezbollah stayed quiet. The Taliban Review was read by Hamas Lund, and Lund \
                    said so.\n";
        let article = dossier_ingest::article_from_text("t", text.into(), meta);
        let doc = dossier_pipeline::analyse(article, &Default::default()).unwrap();
        let labels: Vec<(&str, &str)> =
            doc.entities.iter().map(|m| (m.text.as_str(), m.label.as_str())).collect();
        assert!(labels.contains(&("Houthis", "ORG")), "{labels:?}");
        assert!(labels.contains(&("Hezbollah", "ORG")), "{labels:?}");
        // Not a word of a longer name, nor a person's name.
        assert!(!labels.contains(&("Taliban", "ORG")), "{labels:?}");
        assert!(labels.contains(&("Hamas Lund", "PER")), "{labels:?}");
    }

    #[test]
    fn two_names_joined_by_a_hyphen_before_a_meeting_are_two_people() {
        let meta = dossier_document::Metadata::default();
        let text = "Deal\n\nThe Xi-Trump meeting lasted 90 minutes. The Israel-Hamas talks went \
                    on. The Rolls-Royce plant closed.\n";
        let article = dossier_ingest::article_from_text("t", text.into(), meta);
        let doc = dossier_pipeline::analyse(article, &Default::default()).unwrap();
        let per = |w: &str| doc.entities.iter().any(|m| m.text == w && m.label == "PER");
        assert!(per("Xi") && per("Trump"), "{:?}", doc.entities);
        assert!(doc.tokens.iter().any(|t| t.text(&doc.text) == "Xi"), "split into tokens");
        // A place or body of the data, or a pair before another noun, stays as it was.
        for w in ["Israel", "Hamas", "Rolls", "Royce"] {
            assert!(!per(w), "{w}: {:?}", doc.entities);
        }
    }

    #[test]
    fn a_number_in_words_is_no_name() {
        let text = "Fifty-two prisoners arrived. Twenty came later. Fifty Cent sang.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![
            mention(text, "Fifty-two", "MISC", 0),
            mention(text, "Twenty", "ORG", 0),
            mention(text, "Fifty Cent", "PER", 0),
        ];
        correct_labels(&mut doc);
        let names: Vec<&str> = doc.entities.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(names, ["Fifty Cent"]);
    }

    #[test]
    fn a_word_opening_a_sentence_before_chaired_is_a_person() {
        let meta = dossier_document::Metadata::default();
        let text = "Truce\n\nThe truce held on Sunday. Modi chaired a meeting with his defence \
                    chief in New Delhi on Sunday, his office said.\n";
        let article = dossier_ingest::article_from_text("t", text.into(), meta);
        let doc = dossier_pipeline::analyse(article, &Default::default()).unwrap();
        let per = |w: &str| doc.entities.iter().any(|m| m.text == w && m.label == "PER");
        assert!(per("Modi"), "{:?}", doc.entities);
    }

    #[test]
    fn a_surname_taken_for_a_miscellaneous_name_before_said_is_a_person() {
        let meta = dossier_document::Metadata::default();
        let text = "Talks\n\nThe leaders of the VVD and the Labour-Green alliance held a \
                    four-hour meeting in The Hague on Tuesday.\n\nTimmermans said on Wednesday \
                    the meeting had been useful. Americans said little.\n";
        let article = dossier_ingest::article_from_text("t", text.into(), meta);
        let mut doc = dossier_pipeline::analyse(article, &Default::default()).unwrap();
        // As the tagger may read it: a miscellaneous name.
        for m in doc.entities.iter_mut().filter(|m| m.text == "Timmermans" || m.text == "Americans")
        {
            m.label = "MISC".into();
        }
        cued_persons(&mut doc);
        let label = |w: &str| doc.entities.iter().find(|m| m.text == w).map(|m| m.label.clone());
        assert_eq!(label("Timmermans").as_deref(), Some("PER"), "{:?}", doc.entities);
        assert_ne!(label("Americans").as_deref(), Some("PER"), "{:?}", doc.entities);
    }

    #[test]
    fn a_chief_is_a_leader_after_a_seat_of_government_only() {
        let found = |t: &str| {
            find_descriptions(t).into_iter().map(|d| (d.class, d.country)).collect::<Vec<_>>()
        };
        let leader = vec![("leader".to_string(), "RUS".to_string())];
        assert_eq!(found("The Kremlin chief said no."), leader);
        assert_eq!(found("The Kremlin boss said no."), leader);
        assert_eq!(found("The Kremlin's chief said no."), leader);
        assert!(found("The Russian boss said no.").is_empty());
        assert!(found("The Ukrainian army chief said no.").is_empty());
        assert!(found("Kremlin chief of staff Anton Vaino said no.").is_empty());
    }

    #[test]
    fn a_sentence_opening_word_before_also_and_a_persons_verb_is_a_person() {
        let meta = dossier_document::Metadata::default();
        let text = "Talks\n\nThe talks went on. Dravnik also held a call with Ana Berg on \
                    Tuesday. Ostrova later hosted Berg in Lima. Turkey also held talks.\n";
        let article = dossier_ingest::article_from_text("t", text.into(), meta);
        let mut doc = dossier_pipeline::analyse(article, &Default::default()).unwrap();
        // As the tagger may leave them: untagged.
        doc.entities.retain(|m| !matches!(m.text.as_str(), "Dravnik" | "Ostrova" | "Turkey"));
        cued_persons(&mut doc);
        let label = |w: &str| doc.entities.iter().find(|m| m.text == w).map(|m| m.label.clone());
        assert_eq!(label("Dravnik").as_deref(), Some("PER"), "{:?}", doc.entities);
        assert_eq!(label("Ostrova").as_deref(), Some("PER"), "{:?}", doc.entities);
        assert_ne!(label("Turkey").as_deref(), Some("PER"), "{:?}", doc.entities);
    }

    #[test]
    fn a_sentence_opening_word_before_a_comma_and_a_persons_aside_is_a_person() {
        let meta = dossier_document::Metadata::default();
        let text =
            "Talks\n\nThe talks went on. Dravnik, speaking aboard the plane on Monday, said \
                    they would go on. Moscow, speaking through its envoy, said no. Orlen, which \
                    owns the plant, said nothing.\n";
        let article = dossier_ingest::article_from_text("t", text.into(), meta);
        let mut doc = dossier_pipeline::analyse(article, &Default::default()).unwrap();
        // As the tagger may leave them: untagged.
        doc.entities.retain(|m| !matches!(m.text.as_str(), "Dravnik" | "Orlen"));
        cued_persons(&mut doc);
        let label = |w: &str| doc.entities.iter().find(|m| m.text == w).map(|m| m.label.clone());
        assert_eq!(label("Dravnik").as_deref(), Some("PER"), "{:?}", doc.entities);
        assert_ne!(label("Moscow").as_deref(), Some("PER"), "{:?}", doc.entities);
        assert_eq!(label("Orlen"), None, "{:?}", doc.entities);
    }

    #[test]
    fn blocking_keys() {
        assert_eq!(thing_key("U.S."), thing_key("United States"));
        assert_eq!(thing_key("US"), thing_key("the United States"));
        assert_eq!(thing_key("Gaza Strip"), thing_key("Gaza"));
        assert_ne!(thing_key("Mexico City"), thing_key("Mexico"));
        assert_eq!(thing_key("NATO"), thing_key("North Atlantic Alliance"));
        assert_eq!(thing_key("Kiev"), thing_key("Kyiv"));
        assert_ne!(thing_key("The Kyiv Independent"), thing_key("Kyiv"));
        let a = parse_person("Russian President Vladimir Putin");
        assert_eq!(
            (a.firsts.clone(), a.surname.clone()),
            (vec!["vladimir".to_string()], "putin".into())
        );
        assert_eq!(a.surname_key(), parse_person("Путин").surname_key());
        // An Arabic article joined to the family name, by a hyphen or not.
        let key = |n: &str| parse_person(n).surname_key();
        assert_eq!(key("Badr Albusaidi"), key("Badr al-Busaidi"));
        assert_eq!(key("Mohamed ElBaradei"), key("Mohamed el-Baradei"));
        assert_ne!(key("Alexander"), key("Xander"));
        assert_ne!(key("Alvarez"), key("Varez"));
        let v = parse_person("V.V. Putin");
        assert_eq!(v.initials, vec!['v', 'v']);
        assert!(v.firsts_compatible(&a));
        assert!(!parse_person("Vera Vinnik").firsts_compatible(&parse_person("Alexander Vinnik")));
        assert!(
            parse_person("Volodymyr Zelensky").firsts_compatible(&parse_person("Vladimir Putin"))
        );
        assert_ne!(parse_person("Volodymyr Zelensky").surname_key(), a.surname_key());
        assert_eq!(
            parse_person("Steve Whitkoff").surname_key(),
            parse_person("Steve Witkoff").surname_key()
        );
    }

    #[test]
    fn east_asian_names_put_the_family_name_first() {
        let surname = |n: &str| parse_person(n).surname.clone();
        for (name, family) in [
            ("South Korean President Lee Jae-myung", "lee"),
            ("Xi Jinping", "xi"),
            ("Kim Jong Un", "kim"),
            ("Yoon Suk Yeol", "yoon"),
            ("Nguyen Xuan Phuc", "nguyen"),
            // English order: a family name that is also a given name, with one word after it,
            // longer words after it, no listed family name, or a particle.
            ("Kim Kardashian", "kardashian"),
            ("Lee Anderson", "anderson"),
            ("Lee Harvey Oswald", "oswald"),
            ("Shigeru Ishiba", "ishiba"),
            ("Marine Le Pen", "pen"),
        ] {
            assert_eq!(surname(name), family, "{name}");
        }
        let lee = parse_person("Lee Jae-myung");
        assert!(lee.surname_first);
        assert_eq!(lee.firsts, vec!["jae-myung".to_string()]);
        assert_eq!(lee.surname_key(), parse_person("Lee").surname_key());
    }

    #[test]
    fn a_short_form_of_a_family_name_first_is_that_person() {
        let text = "President Lee Jae-myung spoke to reporters. Lee said the talks went well. \
                    Kim Kardashian was not there. Kardashian stayed home.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![
            mention(text, "President Lee Jae-myung", "PER", 0),
            mention(text, "Lee", "PER", 1),
            mention(text, "Kim Kardashian", "PER", 0),
            mention(text, "Kardashian", "PER", 0),
        ];
        doc.entities.sort_by_key(|m| m.start);
        resolve_document(&mut doc, crate::kb());
        let entity = |t: &str, n: usize| {
            doc.entities.iter().filter(|m| m.text == t).nth(n).map(|m| m.entity.clone())
        };
        assert_eq!(entity("Lee", 0), entity("President Lee Jae-myung", 0));
        assert_eq!(entity("Kardashian", 0), entity("Kim Kardashian", 0));
        assert_ne!(entity("Lee", 0), entity("Kim Kardashian", 0));
    }

    #[test]
    fn an_office_taken_for_an_organisation_is_its_holder() {
        let text = "Marsh spoke with the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, on \
                    Tuesday. Brandt met the Emir on Wednesday.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![
            mention(text, "Marsh", "PER", 0),
            mention(text, "Emir of Qatar", "ORG", 0),
            mention(text, "Qatar", "LOC", 0),
            mention(text, "Sheikh Tamim bin Hamad Al Thani", "PER", 0),
            mention(text, "Brandt", "PER", 0),
            mention(text, "Emir", "ORG", 1),
        ];
        doc.entities.sort_by_key(|m| m.start);
        resolve_document(&mut doc, crate::kb());
        assert!(doc.entities.iter().all(|m| m.label != "ORG"), "{:?}", doc.entities);
        let held: Vec<(&str, Option<&str>)> =
            doc.roles.iter().map(|r| (r.text.as_str(), r.entity.as_deref())).collect();
        let tamim = Some("Tamim bin Hamad Al Thani");
        assert!(held.contains(&("the Emir of Qatar", tamim)), "{held:?}");
        assert!(held.contains(&("the Emir", tamim)), "{held:?}");
    }

    #[test]
    fn the_syllables_of_a_given_name_after_the_family_name_are_one_name() {
        let (a, b) = (parse_person("Ri Song Chol"), parse_person("Ri Song-chol"));
        assert!(a.surname_first && b.surname_first);
        assert_eq!((a.skey(), a.fkey()), (b.skey(), b.fkey()));
        assert_ne!(a.fkey(), parse_person("Ri Yong Chol").fkey());
    }

    #[test]
    fn a_name_family_name_first_taken_for_an_organisation_is_a_person() {
        let text = "Leader Pak Song Chol met the envoy. Pak said the talks went well.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities =
            vec![mention(text, "Pak Song Chol", "ORG", 0), mention(text, "Pak", "PER", 0)];
        resolve_document(&mut doc, crate::kb());
        assert!(doc.entities.iter().all(|m| m.label == "PER"), "{:?}", doc.entities);
        assert_eq!(doc.entities[0].entity, doc.entities[1].entity, "{:?}", doc.entities);
    }

    #[test]
    fn a_given_name_alone_is_the_one_person_of_the_article_who_bears_it() {
        let text = "Prime Minister Anwar Ibrahim hosted the talks. Anwar told reporters it was a \
                    first step. Maria Costa and Maria Lund watched. Maria left early.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![
            mention(text, "Prime Minister Anwar Ibrahim", "PER", 0),
            mention(text, "Anwar", "PER", 0),
            mention(text, "Maria Costa", "PER", 0),
            mention(text, "Maria Lund", "PER", 0),
            mention(text, "Maria", "PER", 2),
        ];
        doc.entities.sort_by_key(|m| m.start);
        resolve_document(&mut doc, crate::kb());
        let entity = |t: &str| doc.entities.iter().find(|m| m.text == t).map(|m| m.entity.clone());
        assert_eq!(entity("Anwar"), entity("Prime Minister Anwar Ibrahim"));
        // Two people of that given name: no telling which.
        let maria = doc.entities.iter().rfind(|m| m.text == "Maria").map(|m| m.entity.clone());
        assert_ne!(maria, entity("Maria Costa"));
        assert_ne!(maria, entity("Maria Lund"));
    }

    #[test]
    fn a_later_given_name_alone_is_the_one_person_who_bears_it() {
        let text = "President Tiago Anselmo Bento da Rocha arrived. Putin held talks with Bento \
                    on Friday.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![
            mention(text, "President Tiago Anselmo Bento da Rocha", "PER", 0),
            mention(text, "Putin", "PER", 0),
            mention(text, "Bento", "PER", 1),
        ];
        doc.entities.sort_by_key(|m| m.start);
        resolve_document(&mut doc, crate::kb());
        let entity = |t: &str| doc.entities.iter().find(|m| m.text == t).map(|m| m.entity.clone());
        assert_eq!(entity("Bento"), entity("President Tiago Anselmo Bento da Rocha"));
    }

    #[test]
    fn a_pronoun_after_a_surname_tells_whose_it_is() {
        let text = "Elena Marsh opened the school. Governor Marsh said he would sign the bill. \
                    Marsh said she was proud. Marsh thanked Ivo Berg for his help.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![
            mention(text, "Elena Marsh", "PER", 0),
            mention(text, "Governor Marsh", "PER", 0),
            mention(text, "Marsh", "PER", 2),
            mention(text, "Marsh", "PER", 3),
            mention(text, "Ivo Berg", "PER", 0),
        ];
        resolve_document(&mut doc, crate::kb());
        let names: Vec<&str> = doc.entities.iter().map(|m| m.entity.as_str()).collect();
        // "he" is not Elena Marsh; "she" is; "his" after someone else is named tells nothing.
        assert_ne!(names[1], "Elena Marsh", "{names:?}");
        assert_eq!(names[2], "Elena Marsh", "{names:?}");
        assert_eq!(names[3], "Elena Marsh", "{names:?}");
    }

    #[test]
    fn an_organisation_without_its_corporate_suffix_is_the_same() {
        let text = "Varde Shipping Group cut routes. Varde said fuel cost more. \
                    Lund Energy opened an office in Lund.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![
            mention(text, "Varde Shipping Group", "ORG", 0),
            mention(text, "Varde", "ORG", 1),
            mention(text, "Lund Energy", "ORG", 0),
            mention(text, "Lund", "LOC", 1),
        ];
        resolve_document(&mut doc, crate::kb());
        let names: Vec<&str> = doc.entities.iter().map(|m| m.entity.as_str()).collect();
        // "Varde Shipping" is not a suffix away from "Varde": only "Group" is generic.
        assert_eq!(names[1], "Varde", "{names:?}");
        // The town of Lund stays a place.
        assert_eq!(names[3], "Lund", "{names:?}");
        let text = "Varde Group cut routes. Varde said fuel cost more.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities =
            vec![mention(text, "Varde Group", "ORG", 0), mention(text, "Varde", "ORG", 1)];
        resolve_document(&mut doc, crate::kb());
        assert_eq!(doc.entities[1].entity, "Varde Group");
    }

    #[test]
    fn a_person_after_a_journey_or_between_two_ins_is_a_place() {
        let text = "He flew to Port Selim on Monday. Buses arrived in Varde and in Khan Orrin in \
                    the south. Trust in Anna Brisk fell.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![
            mention(text, "Port Selim", "PER", 0),
            mention(text, "Varde", "LOC", 0),
            mention(text, "Khan Orrin", "PER", 0),
            mention(text, "Anna Brisk", "PER", 0),
        ];
        correct_labels(&mut doc);
        let labels: Vec<&str> = doc.entities.iter().map(|m| m.label.as_str()).collect();
        assert_eq!(labels, ["LOC", "LOC", "LOC", "PER"]);
    }

    #[test]
    fn an_organisation_named_by_its_last_word_alone_is_the_longer_one() {
        let text = "The Northern Fisheries Commission met. The Commission said quotas would fall.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![
            mention(text, "Northern Fisheries Commission", "ORG", 0),
            mention(text, "Commission", "ORG", 1),
        ];
        resolve_document(&mut doc, crate::kb());
        assert_eq!(doc.entities[1].entity, "Northern Fisheries Commission");
        // Two longer ones that end so: no telling which.
        let text = "The Fisheries Commission and the Trade Commission met. The Commission said no.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![
            mention(text, "Fisheries Commission", "ORG", 0),
            mention(text, "Trade Commission", "ORG", 0),
            mention(text, "Commission", "ORG", 2),
        ];
        resolve_document(&mut doc, crate::kb());
        assert_eq!(doc.entities[2].entity, "Commission");
    }

    #[test]
    fn a_surname_taken_for_an_organisation_is_a_person_when_he_or_she_follows() {
        let text = "Marek said on Thursday he hoped to meet Lund. Varde said it would wait. \
                    NATO said he was wrong.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![
            mention(text, "Marek", "ORG", 0),
            mention(text, "Varde", "ORG", 0),
            mention(text, "NATO", "ORG", 0),
        ];
        correct_labels(&mut doc);
        let labels: Vec<&str> = doc.entities.iter().map(|m| m.label.as_str()).collect();
        assert_eq!(labels, ["PER", "ORG", "ORG"]);
    }

    #[test]
    fn a_surname_taken_for_an_organisation_is_a_person_by_its_shape() {
        let text = "Zelensky said the soldiers were young. Umerov told reporters so. Gazprom said \
                    it would pay. Kiev said no. Ov said yes.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = ["Zelensky", "Umerov", "Gazprom", "Kiev", "Ov"]
            .iter()
            .map(|n| mention(text, n, "ORG", 0))
            .collect();
        correct_labels(&mut doc);
        let labels: Vec<&str> = doc.entities.iter().map(|m| m.label.as_str()).collect();
        assert_eq!(labels[..3], ["PER", "PER", "ORG"]);
        assert_ne!(labels[3], "PER");
        assert_eq!(labels[4], "ORG");
    }

    #[test]
    fn a_surname_taken_for_an_organisation_is_a_person_after_an_office() {
        let text = "Vellish leader Marek chaired talks. The foreign minister Varde came. \
                    The leader of Hamas spoke, and army chief NATO and the Speaker Lund.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![
            mention(text, "Marek", "ORG", 0),
            mention(text, "Varde", "ORG", 0),
            mention(text, "Hamas", "ORG", 0),
            mention(text, "NATO", "ORG", 0),
            mention(text, "Lund", "ORG", 0),
        ];
        correct_labels(&mut doc);
        let labels: Vec<&str> = doc.entities.iter().map(|m| m.label.as_str()).collect();
        // Not a body joined by "of", a name in capitals, or after a capitalised word.
        assert_eq!(labels, ["PER", "PER", "ORG", "ORG", "ORG"]);
    }

    #[test]
    fn a_capital_tagged_as_a_person_is_a_place() {
        let text = "Without Washington this would have taken years, Nowak said. \
                    Lena Washington, a nurse, and Ankara agreed.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![
            mention(text, "Washington", "PER", 0),
            mention(text, "Nowak", "PER", 0),
            mention(text, "Lena Washington", "PER", 0),
            mention(text, "Ankara", "PER", 0),
        ];
        correct_labels(&mut doc);
        let labels: Vec<&str> = doc.entities.iter().map(|m| m.label.as_str()).collect();
        // Someone in the article has the surname Washington: that one stays a person.
        assert_eq!(labels, ["PER", "PER", "PER", "LOC"]);
        doc.entities.remove(2);
        correct_labels(&mut doc);
        assert_eq!(doc.entities[0].label, "LOC");
        assert_eq!(doc.entities[1].label, "PER");
    }

    #[test]
    fn a_country_s_name_before_a_surname_is_a_given_name_a_nationality_is_not() {
        let display = |t: &str| parse_person_uncached(t).display;
        assert_eq!(display("Vellish Defence Minister Israel Katz"), "Israel Katz");
        assert_eq!(display("Israel Katz"), "Israel Katz");
        assert_eq!(display("Israeli Ilmar Saks"), "Ilmar Saks");
        assert_eq!(display("Russian President Ilmar Saks"), "Ilmar Saks");
    }

    #[test]
    fn a_title_written_with_a_hyphen_is_no_part_of_the_name() {
        assert_eq!(
            parse_person_uncached("NATO Secretary-General Mark Rutte").display,
            "Mark Rutte"
        );
        assert_eq!(parse_person_uncached("Vice-President Ilmar Saks").display, "Ilmar Saks");
        // A regnal number is no surname: "Pope Leo XIV" is the Leo of "Pope Leo".
        assert_eq!(parse_person_uncached("Pope Leo XIV").surname, "leo");
        assert_eq!(parse_person_uncached("Pope Leo").surname, "leo");
        let p = parse_person_uncached("Jean-Luc Varga");
        assert_eq!((p.display.as_str(), p.surname.as_str()), ("Jean-Luc Varga", "varga"));
    }

    #[test]
    fn a_title_word_is_no_organisation_and_a_national_body_no_person() {
        let text = "Defence Secretary Ann Hale and Kremlin aide Ivan Orlov met. The Norland \
                    Defense Ministry said so.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        let role = |s: &str| {
            let start = text.find(s).unwrap();
            dossier_document::RoleMention {
                start,
                end: start + s.len(),
                text: s.into(),
                entity: None,
            }
        };
        doc.roles = vec![role("Defence Secretary"), role("Kremlin aide")];
        doc.entities = vec![
            mention(text, "Defence", "ORG", 0),
            mention(text, "Ann Hale", "PER", 0),
            mention(text, "Kremlin", "ORG", 0),
            mention(text, "Ivan Orlov", "PER", 0),
            mention(text, "Defense Ministry", "PER", 0),
        ];
        correct_labels(&mut doc);
        let got: Vec<(&str, &str)> =
            doc.entities.iter().map(|m| (m.text.as_str(), m.label.as_str())).collect();
        assert_eq!(
            got,
            [
                ("Ann Hale", "PER"),
                ("Kremlin", "ORG"),
                ("Ivan Orlov", "PER"),
                ("Defense Ministry", "ORG")
            ]
        );
    }

    #[test]
    fn a_name_before_a_place_noun_is_a_place_everywhere_in_the_article() {
        let text = "Gas to the Tarnholt region stopped. Tarnholt\u{2019}s governor, Ida Berg, \
                    was angry. Deliveries to Tarnholt resume soon, Berg said. Berg's office \
                    and Mayor Karl Ostby of Vennmark agreed; Ostby spoke for the Vennmark mayor.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![
            mention(text, "Tarnholt", "PER", 0),
            mention(text, "Tarnholt", "ORG", 1),
            mention(text, "Ida Berg", "PER", 0),
            mention(text, "Tarnholt", "PER", 2),
            mention(text, "Berg", "PER", 1),
            mention(text, "Berg", "PER", 2),
            mention(text, "Karl Ostby", "PER", 0),
            mention(text, "Ostby", "PER", 1),
        ];
        correct_labels(&mut doc);
        let labels: Vec<&str> = doc.entities.iter().map(|m| m.label.as_str()).collect();
        // "Berg's office" is no place noun; "Ostby spoke" is a person's surname.
        assert_eq!(labels, ["LOC", "LOC", "PER", "LOC", "PER", "PER", "PER", "PER"]);
        // A name of several words ending in a corporate suffix is an organisation.
        let text = "Flights by Iran Air and Nordland Energy Week stopped.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![
            mention(text, "Iran Air", "MISC", 0),
            mention(text, "Nordland Energy Week", "MISC", 0),
        ];
        correct_labels(&mut doc);
        assert_eq!(doc.entities[0].label, "ORG");
        assert_eq!(doc.entities[1].label, "MISC");
        // A person named before a place noun stays a person when someone has that surname.
        let text = "Anna Lund spoke. Lund region officials agreed.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![mention(text, "Anna Lund", "PER", 0), mention(text, "Lund", "PER", 1)];
        correct_labels(&mut doc);
        assert_eq!(doc.entities[1].label, "PER");
    }

    /// `text` published on `date` with person (or other) mentions `(words, label, nth)`,
    /// resolved against the knowledge base.
    fn resolved(text: &str, date: Option<&str>, names: &[(&str, &str, usize)]) -> Document {
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.meta.published = date.map(str::to_string);
        doc.entities = names.iter().map(|&(n, label, nth)| mention(text, n, label, nth)).collect();
        doc.entities.sort_by_key(|m| m.start);
        resolve_document(&mut doc, crate::kb());
        doc
    }

    #[test]
    fn a_family_name_the_knowledge_base_knows_beside_a_person_is_a_person() {
        let text = "Putin and Ardan Volkov spoke on Friday, and Volkov and Obama met.";
        let doc = resolved(text, None, &[("Ardan Volkov", "PER", 0), ("Volkov", "PER", 1)]);
        let labels: Vec<(&str, &str)> =
            doc.entities.iter().map(|m| (m.text.as_str(), m.label.as_str())).collect();
        assert!(labels.contains(&("Putin", "PER")), "{labels:?}");
        assert!(labels.contains(&("Obama", "PER")), "{labels:?}");
        // Not a word the knowledge base does not know as a family name.
        let doc = resolved("Monday and Ardan Volkov arrived.", None, &[("Ardan Volkov", "PER", 0)]);
        assert_eq!(doc.entities.len(), 1, "{:?}", doc.entities);
    }

    #[test]
    fn a_new_name_in_between_beside_a_person_is_a_person() {
        let labels = |doc: &Document| -> Vec<(String, String)> {
            doc.entities.iter().map(|m| (m.text.clone(), m.label.clone())).collect()
        };
        let has = |doc: &Document, w: &str, l: &str| labels(doc).contains(&(w.into(), l.into()));
        // Untagged before "and", and taken for a miscellaneous name after it.
        let text = "It followed a call between Tarkan and Ardan Volkov.";
        let doc = resolved(text, None, &[("Ardan Volkov", "PER", 0)]);
        assert!(has(&doc, "Tarkan", "PER"), "{:?}", labels(&doc));
        let text = "It followed a call between Ardan Volkov and Tarkan last week.";
        let doc = resolved(text, None, &[("Ardan Volkov", "PER", 0), ("Tarkan", "MISC", 0)]);
        assert!(has(&doc, "Tarkan", "PER"), "{:?}", labels(&doc));
        // Nor before a verb of persons: "Tarkan and Volkov spoke", "before Volkov and Tarkan
        // met".
        let doc = resolved("Tarkan and Ardan Volkov spoke.", None, &[("Ardan Volkov", "PER", 0)]);
        assert!(has(&doc, "Tarkan", "PER"), "{:?}", labels(&doc));
        let text = "It ended before Ardan Volkov and Tarkan met again.";
        let doc = resolved(text, None, &[("Ardan Volkov", "PER", 0), ("Tarkan", "MISC", 0)]);
        assert!(has(&doc, "Tarkan", "PER"), "{:?}", labels(&doc));
        // Not without "between" or such a verb; not a word the article writes in lower case,
        // nor one the language data knows as something else.
        for text in [
            "Tarkan and Ardan Volkov were both there.",
            "Tarkan and Ardan Volkov spoke of tarkan rules.",
            "Monday and Ardan Volkov spoke.",
            "It followed talks between Tarkan and Ardan Volkov about tarkan rules.",
            "It followed talks between Monday and Ardan Volkov.",
        ] {
            let doc = resolved(text, None, &[("Ardan Volkov", "PER", 0)]);
            assert_eq!(doc.entities.len(), 1, "{text}: {:?}", labels(&doc));
        }
    }

    #[test]
    fn an_accords_name_is_no_person() {
        let text = "Israel signed the Abraham Accords. Ivan Petrov and Lise Treaty spoke.";
        let doc = resolved(
            text,
            None,
            &[("Abraham Accords", "PER", 0), ("Ivan Petrov", "PER", 0), ("Treaty", "PER", 0)],
        );
        let labels: Vec<(&str, &str)> =
            doc.entities.iter().map(|m| (m.text.as_str(), m.label.as_str())).collect();
        assert!(labels.contains(&("Abraham Accords", "MISC")), "{labels:?}");
        assert!(labels.contains(&("Ivan Petrov", "PER")), "{labels:?}");
        // One word alone is no accord's name.
        assert!(labels.contains(&("Treaty", "PER")), "{labels:?}");
    }

    #[test]
    fn a_title_before_words_of_a_person_named_is_that_person() {
        let text = "Pope Leo XIV spoke on Friday. Later, Pope Leo met Ivan Petrov at Pope Hall.";
        let doc = resolved(
            text,
            None,
            &[
                ("Leo XIV", "PER", 0),
                ("Pope Leo", "ORG", 0),
                ("Ivan Petrov", "PER", 0),
                ("Pope Hall", "ORG", 0),
            ],
        );
        let labels: Vec<(&str, &str)> =
            doc.entities.iter().map(|m| (m.text.as_str(), m.label.as_str())).collect();
        assert!(labels.contains(&("Pope Leo", "PER")), "{labels:?}");
        assert!(labels.contains(&("Pope Hall", "ORG")), "{labels:?}");
    }

    #[test]
    fn a_known_place_left_untagged_after_a_lower_case_word_is_a_place() {
        let text = "Norway launched a missile attack on Stockholm, officials said. Oslo Airport \
                    closed, and coach Jordan left. Stockholm replied. They flew to Jordan later.";
        let doc = resolved(text, None, &[("Norway", "LOC", 0)]);
        let places: Vec<(&str, usize)> = doc
            .entities
            .iter()
            .filter(|m| m.label == "LOC")
            .map(|m| (m.text.as_str(), m.start))
            .collect();
        // Not "Oslo Airport" (a name of more words), nor a sentence's first word.
        assert_eq!(
            places,
            [("Norway", 0), ("Stockholm", 36), ("Jordan", 139)],
            "{:?}",
            doc.entities
        );
    }

    #[test]
    fn a_description_is_no_one_of_its_own_clause_nor_of_a_list() {
        let people = [
            ("Ivan Petrov", "PER", 0),
            ("Olaf Berg", "PER", 0),
            ("Tomas Holm", "PER", 0),
            ("Petrov", "PER", 1),
        ];
        let text = "Ivan Petrov met Olaf Berg and Tomas Holm. Petrov stepped out to phone the \
                    Kremlin leader. He then arranged a meeting between Putin and Berg.";
        let mut names = people.to_vec();
        names.extend([("Putin", "LOC", 0), ("Berg", "PER", 1)]);
        let doc = resolved(text, Some("2025-08-19"), &names);
        let putin = doc.entities.iter().find(|m| m.text == "Putin").unwrap();
        assert_eq!(putin.label, "PER", "the knowledge base knows Putin as a person only");
        let role = |d: &Document, s: &str| {
            d.roles.iter().find(|r| r.text == s).and_then(|r| r.entity.clone())
        };
        assert_eq!(role(&doc, "the Kremlin leader").as_deref(), Some("Putin"));
        // With no one named after it whom the knowledge base knows, it stays open.
        let text = "Ivan Petrov met Olaf Berg and Tomas Holm. Petrov stepped out to phone the \
                    Kremlin leader.";
        let doc = resolved(text, Some("2025-08-19"), &people);
        assert_eq!(role(&doc, "the Kremlin leader"), None);
    }

    #[test]
    fn in_article_names_and_descriptions() {
        let text = "Russian President Vladimir Putin and his U.S. counterpart, Donald Trump, spoke. \
                    Putin said V.V. Putin agreed. The Russian leader thanked Trump. \
                    Alexander Vinnik and his mother Vera Vinnik met; Alexander Vinnik smiled. Vinnik left.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.meta.published = Some("2025-02-12".into());
        doc.entities = vec![
            mention(text, "Vladimir Putin", "PER", 0),
            mention(text, "Donald Trump", "PER", 0),
            mention(text, "Putin", "PER", 1),
            mention(text, "V.V. Putin", "PER", 0),
            mention(text, "Trump", "PER", 1),
            mention(text, "Alexander Vinnik", "PER", 0),
            mention(text, "Vera Vinnik", "PER", 0),
            mention(text, "Alexander Vinnik", "PER", 1),
            mention(text, "Vinnik", "PER", 3),
        ];
        doc.entities.sort_by_key(|m| m.start);
        let start = text.find("Russian President").unwrap();
        doc.roles.push(RoleMention {
            start,
            end: start + "Russian President".len(),
            text: "Russian President".into(),
            entity: Some("Vladimir Putin".into()),
        });
        resolve_document(&mut doc, crate::kb());
        let ent = |s: &str, nth: usize| {
            let st = text.match_indices(s).nth(nth).unwrap().0;
            doc.entities.iter().find(|m| m.start == st).unwrap().entity.clone()
        };
        assert_eq!(ent("Putin", 1), "Vladimir Putin");
        assert_eq!(ent("V.V. Putin", 0), "Vladimir Putin");
        assert_eq!(ent("Trump", 1), "Donald Trump");
        assert_eq!(ent("Vinnik", 3), "Alexander Vinnik");
        assert_eq!(ent("Vera Vinnik", 0), "Vera Vinnik");
        let role = |s: &str| doc.roles.iter().find(|r| r.text == s).and_then(|r| r.entity.clone());
        assert_eq!(role("his U.S. counterpart").as_deref(), Some("Donald Trump"));
        assert_eq!(role("The Russian leader").as_deref(), Some("Vladimir Putin"));
        for w in doc.roles.windows(2) {
            assert!(w[0].end <= w[1].start);
        }
    }

    #[test]
    fn a_pronoun_opening_a_sentence_is_no_surname() {
        let text = "Tam Sen met Vice Premier He Lifeng. He said the talks went well. \
                    Vice Premier He smiled.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![
            mention(text, "Tam Sen", "PER", 0),
            mention(text, "He Lifeng", "PER", 0),
            mention(text, "He", "PER", 1),
            mention(text, "He", "PER", 2),
        ];
        doc.entities.sort_by_key(|m| m.start);
        resolve_document(&mut doc, crate::kb());
        let starts: Vec<usize> = doc.entities.iter().map(|m| m.start).collect();
        let opening = text.match_indices("He").nth(1).unwrap().0;
        let titled = text.match_indices("He").nth(2).unwrap().0;
        assert!(!starts.contains(&opening), "{:?}", doc.entities);
        assert!(starts.contains(&titled), "{:?}", doc.entities);
    }

    #[test]
    fn a_holiday_is_no_one_and_a_place_taken_for_a_person_is_still_the_place() {
        // The holidays go before the places are checked: "Peru" after them is still relabelled.
        let text = "Tam Sen proposed a truce through Ramadan and Passover. Peru said no.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![
            mention(text, "Tam Sen", "PER", 0),
            mention(text, "Ramadan", "PER", 0),
            mention(text, "Passover", "ORG", 0),
            mention(text, "Peru", "PER", 0),
        ];
        resolve_document(&mut doc, crate::kb());
        let kept: Vec<(&str, &str)> =
            doc.entities.iter().map(|m| (m.text.as_str(), m.label.as_str())).collect();
        assert_eq!(kept, [("Tam Sen", "PER"), ("Peru", "LOC")], "{:?}", doc.entities);
    }

    #[test]
    fn a_feast_day_is_no_one() {
        let text = "Missiles hit Sumy as residents gathered for Palm Sunday. Good Friday passed.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![
            mention(text, "Sumy", "LOC", 0),
            mention(text, "Palm Sunday", "PER", 0),
            mention(text, "Good Friday", "ORG", 0),
        ];
        resolve_document(&mut doc, crate::kb());
        let kept: Vec<&str> = doc.entities.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(kept, ["Sumy"], "{:?}", doc.entities);
    }

    #[test]
    fn a_surname_tagged_once_is_the_person_wherever_it_stands_alone() {
        let text = "Donald Trump spoke to Bukele. Trump said the call went well. The Trump \
                    Tower stood. Mark Trump left. But Trump stayed. People cheered Trump's words. \
                    Bukele wrote on X.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![
            mention(text, "Donald Trump", "PER", 0),
            mention(text, "Bukele", "PER", 0),
            mention(text, "Bukele", "ORG", 1),
        ];
        propagate_persons(&mut doc);
        let per: Vec<(&str, usize)> = doc
            .entities
            .iter()
            .filter(|m| m.label == "PER")
            .map(|m| (&text[m.start..m.end], m.start))
            .collect();
        let trumps: Vec<usize> = text.match_indices("Trump").map(|(i, _)| i).collect();
        // "Trump said" and "Trump's words" are Donald Trump; "Trump Tower" and "Mark Trump" are
        // other names; "Bukele wrote" was an organisation.
        assert!(per.contains(&("Trump", trumps[1])), "{per:?}");
        assert!(per.contains(&("Trump", trumps[4])), "{per:?}");
        assert!(per.contains(&("Trump", trumps[5])), "{per:?}");
        assert!(!per.iter().any(|&(_, s)| s == trumps[2] || s == trumps[3]), "{per:?}");
        assert_eq!(per.iter().filter(|p| p.0 == "Bukele").count(), 2, "{per:?}");
        assert!(doc.entities.windows(2).all(|w| w[0].start <= w[1].start));
    }

    #[test]
    fn a_sentence_opening_word_the_article_also_writes_small_is_no_name() {
        let text = "Ana Young spoke. Young people cheered, and the young stayed. Young said no.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![mention(text, "Ana Young", "PER", 0)];
        propagate_persons(&mut doc);
        assert_eq!(doc.entities.len(), 1, "{:?}", doc.entities);
    }

    #[test]
    fn a_nationality_word_before_a_title_is_a_nationality_and_part_of_the_title() {
        let text = "Azerbaijani President Tam Sen met French officials, Iranian said. Ukrainian \
                    Minister Ana Young left.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![
            mention(text, "Tam Sen", "PER", 0),
            mention(text, "French", "PER", 0),
            mention(text, "Iranian", "ORG", 0),
            mention(text, "Ana Young", "PER", 0),
        ];
        let role = |s: &str| {
            let start = text.find(s).unwrap();
            RoleMention { start, end: start + s.len(), text: s.into(), entity: None }
        };
        doc.roles = vec![role("President"), role("Minister")];
        correct_labels(&mut doc);
        let labels: Vec<(&str, &str)> =
            doc.entities.iter().map(|m| (m.text.as_str(), m.label.as_str())).collect();
        assert_eq!(
            labels,
            [
                ("Azerbaijani", "MISC"),
                ("Tam Sen", "PER"),
                ("French", "MISC"),
                ("Iranian", "MISC"),
                ("Ukrainian", "MISC"),
                ("Ana Young", "PER")
            ]
        );
        let roles: Vec<&str> = doc.roles.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(roles, ["Azerbaijani President", "Ukrainian Minister"]);
        assert!(doc.roles.iter().all(|r| text[r.start..r.end] == r.text));
    }

    #[test]
    fn a_count_and_a_nationality_are_the_nationality() {
        let text = "Four Lithuanian citizens and 12 Americans came home. Seven Dwarfs Ltd paid.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![
            mention(text, "Four Lithuanian", "PER", 0),
            mention(text, "12 Americans", "ORG", 0),
            mention(text, "Seven Dwarfs Ltd", "ORG", 0),
        ];
        resolve_document(&mut doc, crate::kb());
        let kept: Vec<(&str, &str, &str)> = doc
            .entities
            .iter()
            .map(|m| (m.text.as_str(), m.label.as_str(), &text[m.start..m.end]))
            .collect();
        assert_eq!(
            kept,
            [
                ("Lithuanian", "MISC", "Lithuanian"),
                ("Americans", "MISC", "Americans"),
                ("Seven Dwarfs Ltd", "ORG", "Seven Dwarfs Ltd")
            ],
            "{:?}",
            doc.entities
        );
    }

    #[test]
    fn a_counterpart_is_never_just_the_last_person_named() {
        // Nobody the article places in India: the counterpart stays open, and the president
        // named just before (of no known country here) is not taken for him.
        let text = "Prime Minister Arlo Venn thanked President Brask. \
                    The army chief later called his Indian counterpart.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.meta.published = Some("2025-05-11".into());
        doc.entities =
            vec![mention(text, "Arlo Venn", "PER", 0), mention(text, "President Brask", "PER", 0)];
        resolve_document(&mut doc, crate::kb());
        let role = doc.roles.iter().find(|r| r.text == "his Indian counterpart");
        assert!(role.is_some_and(|r| r.entity.is_none()), "{:?}", doc.roles);
    }

    #[test]
    fn a_description_in_someones_words_is_not_that_speaker() {
        let text = "Arlo Venn invited Mira Sand back to Oslo. Venn said when asked whether the \
                    Norwegian leader would be welcome: \"Sure.\"";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.meta.published = Some("2025-03-12".into());
        doc.entities = vec![
            mention(text, "Arlo Venn", "PER", 0),
            mention(text, "Mira Sand", "PER", 0),
            mention(text, "Venn", "PER", 1),
        ];
        resolve_document(&mut doc, crate::kb());
        let role = doc.roles.iter().find(|r| r.text == "the Norwegian leader");
        assert_eq!(role.and_then(|r| r.entity.as_deref()), Some("Mira Sand"), "{:?}", doc.roles);
    }

    #[test]
    fn a_description_after_a_sentence_of_several_people_stays_open() {
        let text = "Arlo Venn and Mira Sand met Teodor Hale in Oslo on Friday. The talks were \
                    long. The Norwegian prime minister told reporters it went well.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.meta.published = Some("2025-03-12".into());
        doc.entities = vec![
            mention(text, "Arlo Venn", "PER", 0),
            mention(text, "Mira Sand", "PER", 0),
            mention(text, "Teodor Hale", "PER", 0),
        ];
        let ends: Vec<usize> = text.match_indices(". ").map(|(i, _)| i + 1).collect();
        doc.sentences = vec![
            Span::new(0, ends[0]),
            Span::new(ends[0] + 1, ends[1]),
            Span::new(ends[1] + 1, text.len()),
        ];
        let mut alone = doc.clone();
        resolve_document(&mut doc, crate::kb());
        let role = doc.roles.iter().find(|r| r.text == "The Norwegian prime minister");
        assert_eq!(role.map(|r| r.entity.as_deref()), Some(None), "{:?}", doc.roles);
        // One person in that sentence is the one meant.
        alone.entities.truncate(1);
        resolve_document(&mut alone, crate::kb());
        let role = alone.roles.iter().find(|r| r.text == "The Norwegian prime minister");
        assert_eq!(role.and_then(|r| r.entity.as_deref()), Some("Arlo Venn"), "{:?}", alone.roles);
    }

    #[test]
    fn a_nationality_of_two_words_taken_for_a_place_is_its_country() {
        let text = "Kim Jong Un, the North Korean leader, arrived in Beijing.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![
            mention(text, "Kim Jong Un", "PER", 0),
            mention(text, "North Korean", "LOC", 0),
            mention(text, "Beijing", "LOC", 0),
        ];
        resolve_document(&mut doc, crate::kb());
        let m = doc.entities.iter().find(|m| m.text == "North Korean").expect("kept");
        assert_eq!((m.label.as_str(), m.entity.as_str()), ("MISC", "North Korea"), "{m:?}");
    }

    #[test]
    fn arabic_family_names_and_initials_stand_for_the_full_name() {
        let text = "Omar bin Rashid met Samir al-Haddad in Oslo. Haddad said OBR hosted him. \
                    Karim al-Nouri was not there.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![
            mention(text, "Omar bin Rashid", "PER", 0),
            mention(text, "Samir al-Haddad", "PER", 0),
            mention(text, "Oslo", "LOC", 0),
            mention(text, "Haddad", "PER", 1),
            mention(text, "OBR", "ORG", 0),
            mention(text, "Karim", "MISC", 0),
            mention(text, "al-Nouri", "MISC", 0),
        ];
        resolve_document(&mut doc, crate::kb());
        let of = |t: &str| {
            let m = doc.entities.iter().find(|m| m.text == t).expect(t);
            (m.label.as_str(), m.entity.as_str())
        };
        assert_eq!(of("Haddad"), ("PER", "Samir al-Haddad"), "{:?}", doc.entities);
        assert_eq!(of("OBR"), ("PER", "Omar bin Rashid"), "{:?}", doc.entities);
        assert_eq!(of("Karim al-Nouri"), ("PER", "Karim al-Nouri"), "{:?}", doc.entities);
    }

    #[test]
    fn a_facility_named_after_a_person_and_a_dateline_of_two_cities_are_places() {
        let text = "LIMA/QUITO, May 7 (Wire) - Jets hit the Arlo Venn air base. Arlo Venn spoke.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.meta.published = Some("2025-05-07".into());
        doc.entities = vec![
            mention(text, "LIMA/QUITO", "MISC", 0),
            mention(text, "Arlo Venn", "PER", 0),
            mention(text, "Arlo Venn", "PER", 1),
        ];
        resolve_document(&mut doc, crate::kb());
        let got: Vec<(&str, &str)> =
            doc.entities.iter().map(|m| (m.text.as_str(), m.label.as_str())).collect();
        assert_eq!(
            got,
            [("LIMA", "LOC"), ("QUITO", "LOC"), ("Arlo Venn", "LOC"), ("Arlo Venn", "PER")]
        );
    }

    #[test]
    fn a_person_listed_with_a_place_after_in_is_a_place() {
        let text = "Buses arrived in Tarnow and Vel Orisk later. Talks were held in Oslo and \
                    Arlo Venn said no. Aides met in Lund and Ivan Holt spoke. In Bergen, Tor \
                    Alder repeated his view.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.meta.published = Some("2025-10-13".into());
        doc.entities = vec![
            mention(text, "Tarnow", "LOC", 0),
            mention(text, "Vel Orisk", "PER", 0),
            mention(text, "Oslo", "LOC", 0),
            mention(text, "Arlo Venn", "PER", 0),
            mention(text, "Lund", "LOC", 0),
            mention(text, "Ivan Holt", "PER", 0),
            mention(text, "Bergen", "LOC", 0),
            mention(text, "Tor Alder", "PER", 0),
        ];
        resolve_document(&mut doc, crate::kb());
        let label = |t: &str| {
            doc.entities.iter().find(|m| m.text == t).map(|m| m.label.clone()).unwrap_or_default()
        };
        assert_eq!(label("Vel Orisk"), "LOC", "{:?}", doc.entities);
        // One who speaks right after, or whose given name is known, stays a person.
        assert_eq!(label("Arlo Venn"), "PER", "{:?}", doc.entities);
        assert_eq!(label("Ivan Holt"), "PER", "{:?}", doc.entities);
        // A place that opens the sentence before a comma is no list.
        assert_eq!(label("Tor Alder"), "PER", "{:?}", doc.entities);
    }

    #[test]
    fn a_place_that_owns_is_an_organisation_unless_a_country() {
        let text =
            "Sanctions hit a refinery partly owned by Norneft. A port owned by China closed.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.meta.published = Some("2025-07-18".into());
        doc.entities = vec![mention(text, "Norneft", "LOC", 0), mention(text, "China", "LOC", 0)];
        resolve_document(&mut doc, crate::kb());
        let got: Vec<(&str, &str)> =
            doc.entities.iter().map(|m| (m.text.as_str(), m.label.as_str())).collect();
        assert_eq!(got, [("Norneft", "ORG"), ("China", "LOC")]);
    }

    #[test]
    fn a_person_taken_for_a_place_once_is_the_person() {
        let text =
            "Trump was meeting Varnek in Oslo. Varnek said it went well. Troops left Jordan.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.meta.published = Some("2025-08-19".into());
        doc.entities = vec![
            mention(text, "Trump", "PER", 0),
            mention(text, "Varnek", "LOC", 0),
            mention(text, "Oslo", "LOC", 0),
            mention(text, "Varnek", "PER", 1),
            mention(text, "Jordan", "LOC", 0),
        ];
        resolve_document(&mut doc, crate::kb());
        let labels: Vec<&str> = doc.entities.iter().map(|m| m.label.as_str()).collect();
        assert_eq!(labels, ["PER", "PER", "LOC", "PER", "LOC"], "{:?}", doc.entities);
        let text = "Abdel Fattah al-Sisi hosted it. Trump signed it with Sisi in Cairo.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.meta.published = Some("2025-10-13".into());
        doc.entities = vec![
            mention(text, "Abdel Fattah al-Sisi", "PER", 0),
            mention(text, "Trump", "PER", 0),
            mention(text, "Sisi", "LOC", 1),
            mention(text, "Cairo", "LOC", 0),
        ];
        resolve_document(&mut doc, crate::kb());
        let labels: Vec<&str> = doc.entities.iter().map(|m| m.label.as_str()).collect();
        assert_eq!(labels, ["PER", "PER", "PER", "LOC"], "{:?}", doc.entities);
    }

    #[test]
    fn a_counterpart_holds_the_office_of_whose_counterpart_he_is() {
        let text = "Chilean Prime Minister Arlo Venn and Peruvian Foreign Minister Ida Brask \
                    spoke. Peruvian Prime Minister Tomas Ruiz was away. Venn later called his \
                    Peruvian counterpart. Officials said the Chilean army chief had called his \
                    Peruvian counterpart.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.meta.published = Some("2025-05-11".into());
        doc.entities = vec![
            mention(text, "Arlo Venn", "PER", 0),
            mention(text, "Ida Brask", "PER", 0),
            mention(text, "Tomas Ruiz", "PER", 0),
            mention(text, "Venn", "PER", 1),
        ];
        doc.roles = vec![
            role_of(text, "Chilean Prime Minister", "Arlo Venn"),
            role_of(text, "Peruvian Foreign Minister", "Ida Brask"),
            role_of(text, "Peruvian Prime Minister", "Tomas Ruiz"),
        ];
        resolve_document(&mut doc, crate::kb());
        let counterparts: Vec<Option<String>> = doc
            .roles
            .iter()
            .filter(|r| r.text == "his Peruvian counterpart")
            .map(|r| r.entity.clone())
            .collect();
        assert_eq!(counterparts, [Some("Tomas Ruiz".to_string()), None], "{:?}", doc.roles);
    }

    /// `text` resolved, published on `published`, with `people` (name, nth occurrence) as
    /// person mentions and `titled` (title, whose) as roles; then the entity of each description
    /// asked for.
    fn descriptions_in(
        text: &str,
        published: &str,
        people: &[(&str, usize)],
        titled: &[(&str, &str)],
        asked: &[&str],
    ) -> Vec<Option<String>> {
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.meta.published = Some(published.into());
        doc.entities = people.iter().map(|&(n, k)| mention(text, n, "PER", k)).collect();
        doc.roles = titled.iter().map(|&(t, who)| role_of(text, t, who)).collect();
        resolve_document(&mut doc, crate::kb());
        let role = |s: &str| doc.roles.iter().find(|r| r.text == s).and_then(|r| r.entity.clone());
        asked.iter().map(|s| role(s)).collect()
    }

    #[test]
    fn an_acting_office_holder_is_described_as_one() {
        let text = "Chilean Prime Minister Arlo Venn met Peru's acting Prime Minister Tomas Ruiz \
                    on Friday. The Peruvian acting premier told reporters the talks went well.";
        let found = descriptions_in(
            text,
            "2025-05-11",
            &[("Arlo Venn", 0), ("Tomas Ruiz", 0)],
            &[
                ("Chilean Prime Minister", "Arlo Venn"),
                ("Peru's acting Prime Minister", "Tomas Ruiz"),
            ],
            &["The Peruvian acting premier"],
        );
        assert_eq!(found, [Some("Tomas Ruiz".to_string())]);
    }

    #[test]
    fn a_counterpart_of_someone_described_just_before_holds_that_office() {
        let text = "Chilean Prime Minister Arlo Venn and Peruvian Prime Minister Tomas Ruiz met \
                    on Friday. Ida Brask said the Chilean prime minister had invited his Peruvian \
                    counterpart to Santiago.";
        let found = descriptions_in(
            text,
            "2025-05-11",
            &[("Arlo Venn", 0), ("Tomas Ruiz", 0), ("Ida Brask", 0)],
            &[("Chilean Prime Minister", "Arlo Venn"), ("Peruvian Prime Minister", "Tomas Ruiz")],
            &["the Chilean prime minister", "his Peruvian counterpart"],
        );
        assert_eq!(found, [Some("Arlo Venn".to_string()), Some("Tomas Ruiz".to_string())]);
    }

    #[test]
    fn one_who_speaks_after_another_person_does_not_keep_that_person_from_a_description() {
        // Venn, named before Brask's "said", may be "the Chilean prime minister"; Brask, who
        // speaks, and is Peruvian, may not.
        let text = "Peruvian Prime Minister Ida Brask will meet Prime Minister Arlo Venn in Lima \
                    on Monday, Brask said on Saturday after a long phone call with the Chilean \
                    prime minister.";
        let found = descriptions_in(
            text,
            "2025-08-17",
            &[("Ida Brask", 0), ("Arlo Venn", 0), ("Brask", 1)],
            &[("Peruvian Prime Minister", "Ida Brask"), ("Prime Minister", "Arlo Venn")],
            &["the Chilean prime minister"],
        );
        assert_eq!(found, [Some("Arlo Venn".to_string())]);
        // The one who speaks right before it still does not stand for it.
        let text = "Prime Minister Arlo Venn said the Chilean prime minister would travel.";
        let found = descriptions_in(
            text,
            "2025-08-17",
            &[("Arlo Venn", 0)],
            &[("Prime Minister", "Arlo Venn")],
            &["the Chilean prime minister"],
        );
        assert_eq!(found, [None]);
    }

    #[test]
    fn a_modifier_may_stand_before_the_country_of_a_description() {
        let text = "The new South Korean president, Aren Vask, met the Japanese prime minister. \
                    The South Korean leader said the talks went well.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.meta.published = Some("2025-06-12".into());
        doc.entities = vec![mention(text, "Aren Vask", "PER", 0)];
        resolve_document(&mut doc, crate::kb());
        let role = |s: &str| doc.roles.iter().find(|r| r.text == s).and_then(|r| r.entity.clone());
        assert_eq!(role("The new South Korean president").as_deref(), Some("Aren Vask"));
        assert_eq!(role("The South Korean leader").as_deref(), Some("Aren Vask"));
        // A South Korean president is no Japanese prime minister.
        assert_ne!(role("the Japanese prime minister").as_deref(), Some("Aren Vask"));
    }

    #[test]
    fn a_country_in_the_possessive_before_a_role_is_a_description() {
        let text = "Norway's president-elect Aren Vask received calls. Ole Dahl called Norway's \
                    president-elect on Tuesday. Sweden\u{2019}s new prime minister spoke too.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.meta.published = Some("2025-06-04".into());
        doc.entities =
            vec![mention(text, "Aren Vask", "PER", 0), mention(text, "Ole Dahl", "PER", 0)];
        let start = text.find("Norway's president-elect").unwrap();
        doc.roles = vec![RoleMention {
            start,
            end: start + "Norway's president-elect".len(),
            text: "Norway's president-elect".into(),
            entity: Some("Aren Vask".into()),
        }];
        resolve_document(&mut doc, crate::kb());
        let second =
            doc.roles.iter().find(|r| r.start > start + 10 && r.text.starts_with("Norway"));
        assert_eq!(second.and_then(|r| r.entity.as_deref()), Some("Aren Vask"), "{:?}", doc.roles);
        assert!(
            doc.roles.iter().any(|r| r.text == "Sweden\u{2019}s new prime minister"),
            "{:?}",
            doc.roles
        );
    }

    #[test]
    fn a_bare_office_is_the_one_holder_named_before() {
        let run = |text: &str, people: &[&str], titles: &[(&str, &str)]| {
            let mut doc = Document { text: text.into(), ..Default::default() };
            doc.meta.published = Some("2025-06-16".into());
            doc.entities = people.iter().map(|p| mention(text, p, "PER", 0)).collect();
            doc.entities.sort_by_key(|m| m.start);
            doc.roles = titles.iter().map(|(t, who)| role_of(text, t, who)).collect();
            resolve_document(&mut doc, crate::kb());
            doc.roles.iter().find(|r| r.text == "The president").and_then(|r| r.entity.clone())
        };
        let text =
            "Norland's President Aren Vask and Prime Minister Ole Dahl signed an order. The \
                    president also held talks with Ines Roth.";
        let who = run(
            text,
            &["Aren Vask", "Ole Dahl", "Ines Roth"],
            &[("President", "Aren Vask"), ("Prime Minister", "Ole Dahl")],
        );
        assert_eq!(who.as_deref(), Some("Aren Vask"));
        // Two presidents named before: no one.
        let text = "President Aren Vask and President Ole Dahl met. The president also held talks \
                    with Ines Roth.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = ["Aren Vask", "Ole Dahl", "Ines Roth"]
            .iter()
            .map(|p| mention(text, p, "PER", 0))
            .collect();
        let second = text.rfind("President").unwrap();
        doc.roles = vec![
            role_of(text, "President", "Aren Vask"),
            RoleMention {
                start: second,
                end: second + 9,
                text: "President".into(),
                entity: Some("Ole Dahl".into()),
            },
        ];
        resolve_document(&mut doc, crate::kb());
        let bare = doc.roles.iter().find(|r| r.text == "The president");
        assert!(bare.is_none_or(|r| r.entity.is_none()), "{:?}", doc.roles);
        // No office told: no one ("the president of the company" is never a bare office).
        let text = "Aren Vask and Ole Dahl signed an order. The president also held talks.";
        assert_eq!(run(text, &["Aren Vask", "Ole Dahl"], &[]), None);
        let text = "President Aren Vask spoke. The president of the company left.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![mention(text, "Aren Vask", "PER", 0)];
        doc.roles = vec![role_of(text, "President", "Aren Vask")];
        resolve_document(&mut doc, crate::kb());
        assert!(doc.roles.iter().all(|r| !r.text.starts_with("The president")), "{:?}", doc.roles);
    }

    #[test]
    fn a_titled_surname_goes_to_the_one_given_that_title() {
        let text = "Maren Holt spoke at the school. Governor Erik Holt, her husband, listened. \
                    Maren Holt thanked the staff. Maren Holt left early. Governor Holt stayed.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![
            mention(text, "Maren Holt", "PER", 0),
            mention(text, "Governor Erik Holt", "PER", 0),
            mention(text, "Maren Holt", "PER", 1),
            mention(text, "Maren Holt", "PER", 2),
            mention(text, "Governor Holt", "PER", 0),
        ];
        doc.entities.sort_by_key(|m| m.start);
        resolve_document(&mut doc, crate::kb());
        let last = doc.entities.iter().find(|m| m.text == "Governor Holt").unwrap();
        assert_eq!(last.entity, "Erik Holt");
        // An honorific of the other gender never joins a given name: "Mr Holt" is not Anna.
        let text = "Anna Holt spoke at the school. Anna Holt thanked the staff. Mr Holt stayed.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities = vec![
            mention(text, "Anna Holt", "PER", 0),
            mention(text, "Anna Holt", "PER", 1),
            mention(text, "Mr Holt", "PER", 0),
        ];
        resolve_document(&mut doc, crate::kb());
        let mr = doc.entities.iter().find(|m| m.text == "Mr Holt").unwrap();
        assert_ne!(mr.entity, "Anna Holt");
    }

    #[test]
    fn a_person_flown_to_is_a_place() {
        let text = "Anna Brisk spoke at home. She later flew to Port el-Sheikh for talks.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.entities =
            vec![mention(text, "Anna Brisk", "PER", 0), mention(text, "Port el-Sheikh", "PER", 0)];
        resolve_document(&mut doc, crate::kb());
        let port = doc.entities.iter().find(|m| m.text == "Port el-Sheikh").unwrap();
        assert_eq!(port.label, "LOC");
        let anna = doc.entities.iter().find(|m| m.text == "Anna Brisk").unwrap();
        assert_eq!(anna.label, "PER");
    }

    #[test]
    fn a_datelines_name_in_capitals_is_a_place() {
        let text = "PORT ORRIN — The harbour reopened. Port Orrin's mayor spoke.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.paragraphs = vec![dossier_document::Span::new(0, text.len())];
        doc.entities =
            vec![mention(text, "PORT ORRIN", "ORG", 0), mention(text, "Port Orrin", "LOC", 0)];
        resolve_document(&mut doc, crate::kb());
        assert!(doc.entities.iter().all(|m| m.label == "LOC"), "{:?}", doc.entities);
    }
}
