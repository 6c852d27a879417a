//! Titles and roles ("Kremlin aide", "press secretary of the Russian president", "CIA Director")
//! and the person each describes.
//!
//! A title phrase is found from its head noun outwards: modifiers and non-person names before it
//! ("Russian Foreign", "Kremlin", "U.S."), more head nouns, then an optional complement joined by
//! a linker ("of the Russian Foreign Intelligence Service", "for the Middle East"). It is linked
//! to a person mention when it stands right before the name, before it with a comma between
//! ("the head of ..., Sergey Naryshkin"), or after it in apposition ("Peskov, the press
//! secretary of ..."). The vocabulary is data in `resources/en/roles/`, so a linguist can extend
//! it without reading this file.

use crate::normalise_name;
use dossier_document::{EntityMention, RoleMention, Span};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    Head,
    Modifier,
    /// Part of a non-person entity mention (Kremlin, CIA, U.S., Russian).
    Name,
    /// Part of a person mention.
    Person,
    Linker,
    Det,
    Comma,
    Possessive,
    Other,
}

fn load(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
}

/// Hasher for the vocabulary's words: FNV-1a and a finaliser. The table is fixed data, so no
/// text can make its lookups slow, and a word is hashed in a few instructions a byte.
#[derive(Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        crate::features::hash_bytes(&self.0.to_le_bytes())
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0 ^ 0xcbf2_9ce4_8422_2325;
        for &b in bytes {
            h = (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// The class of every lower-cased word that has one besides [`Class::Other`]: a head noun
/// before a modifier before a linker (the vocabulary files may share words), before the
/// determiners, dashes and possessives written here.
fn vocab() -> &'static HashMap<String, Class, BuildHasherDefault<WordHasher>> {
    static V: OnceLock<HashMap<String, Class, BuildHasherDefault<WordHasher>>> = OnceLock::new();
    V.get_or_init(|| {
        let mut v = HashMap::default();
        // Lowest precedence first: later entries replace earlier ones.
        for w in ["'s", "'"] {
            v.insert(w.to_string(), Class::Possessive);
        }
        // Dashes set off an apposition as commas do ("Peskov -- the Kremlin spokesman").
        for w in [",", "--", "-", "\u{2013}"] {
            v.insert(w.to_string(), Class::Comma);
        }
        for w in ["the", "a", "an", "his", "her", "its", "their"] {
            v.insert(w.to_string(), Class::Det);
        }
        for (file, class) in [
            (include_str!("../../../resources/en/roles/linkers.txt"), Class::Linker),
            (include_str!("../../../resources/en/roles/modifiers.txt"), Class::Modifier),
            (include_str!("../../../resources/en/roles/heads.txt"), Class::Head),
        ] {
            for w in load(file) {
                v.insert(w, class);
            }
        }
        v
    })
}

/// A title phrase: token range `[start, end)`.
#[derive(Debug, Clone, Copy)]
struct Phrase {
    start: usize,
    end: usize,
    /// Has an "of ..." complement.
    complement: bool,
    /// Where the complement starts (`end` when there is none).
    comp: usize,
}

/// For each token, the first of `ents` (in their order) that covers it.
///
/// One sweep over tokens by end and mentions by start, so a sentence with many tokens and many
/// mentions costs their sum, not their product. Mentions that have ended before a token's end
/// cannot cover it or any later one; of those starting at or before the token, only the few not
/// yet ended are looked at (one, when mentions do not overlap).
fn covering<'e>(toks: &[Span], ents: &[&'e EntityMention]) -> Vec<Option<&'e EntityMention>> {
    let mut by_start: Vec<usize> = (0..ents.len()).collect();
    by_start.sort_by_key(|&k| ents[k].start);
    let mut by_end: Vec<usize> = (0..toks.len()).collect();
    by_end.sort_by_key(|&k| toks[k].end);
    let mut out = vec![None; toks.len()];
    let mut lo = 0;
    for &ti in &by_end {
        let t = toks[ti];
        while lo < by_start.len() && ents[by_start[lo]].end < t.end {
            lo += 1;
        }
        let mut best: Option<usize> = None;
        for &k in by_start[lo..].iter().take_while(|&&k| ents[k].start <= t.start) {
            if t.end <= ents[k].end {
                best = Some(best.map_or(k, |b| b.min(k)));
            }
        }
        out[ti] = best.map(|k| ents[k]);
    }
    out
}

fn classify(text: &str, toks: &[Span], ents: &[&EntityMention]) -> Vec<Class> {
    let v = vocab();
    let cover = covering(toks, ents);
    let class = |w: &str| v.get(w).copied().unwrap_or(Class::Other);
    toks.iter()
        .zip(cover)
        .map(|(t, e)| {
            if let Some(e) = e {
                return if e.label == "PER" { Class::Person } else { Class::Name };
            }
            let w = t.text(text);
            // An ASCII word needs no typographic normalisation and lower-cases byte by byte.
            let mut buf = [0u8; 32];
            if w.is_ascii() && w.len() <= buf.len() {
                let lower = &mut buf[..w.len()];
                lower.copy_from_slice(w.as_bytes());
                lower.make_ascii_lowercase();
                return class(std::str::from_utf8(lower).unwrap_or_default());
            }
            class(&crate::features::normalise(w).to_lowercase())
        })
        .collect()
}

/// Whether every word of `text` is a word of titles (a modifier or a head noun) and one at least
/// is a head noun: "National Security Adviser", "Deputy Prime Minister".
pub fn is_title(text: &str) -> bool {
    let v = vocab();
    let mut head = false;
    let all = text.split_whitespace().all(|w| match v.get(w.to_lowercase().as_str()) {
        Some(Class::Head) => {
            head = true;
            true
        }
        Some(Class::Modifier) => true,
        _ => false,
    });
    all && head
}

/// "Director of National Intelligence Tulsi Gabbard", with "National Intelligence Tulsi Gabbard"
/// taken for one name: where `before` (the text before the name) ends with a capitalised head
/// noun of titles and "of", and `text` is capitalised title modifiers then a name of one to
/// three capitalised words that are no title words ("Secretary of State Rubio": a surname
/// alone after a secretary's title, as news names a cabinet member), the byte offset in `text`
/// of that name.
pub fn title_of_then_name(before: &str, text: &str) -> Option<usize> {
    let v = vocab();
    let class = |w: &str| v.get(w.to_lowercase().as_str()).copied();
    let head = before.strip_suffix(" of ")?.rsplit(' ').next()?;
    if !head.starts_with(|c: char| c.is_uppercase()) || class(head) != Some(Class::Head) {
        return None;
    }
    let words: Vec<&str> = text.split(' ').collect();
    let capital = |w: &&str| w.starts_with(|c: char| c.is_uppercase());
    let modifiers = words.iter().take_while(|w| capital(w) && class(w) == Some(Class::Modifier));
    let n = modifiers.count();
    let name = &words[n..];
    let plain = |w: &&str| capital(w) && class(w).is_none() && !w.contains('.');
    if n == 0 || !(1..=3).contains(&name.len()) || !name.iter().all(plain) {
        return None;
    }
    if let [one] = name {
        // (A cabinet secretary's only: "Director General of Military Operations" is a title.)
        if !head.eq_ignore_ascii_case("secretary") {
            return None;
        }
        static BODIES: OnceLock<Vec<String>> = OnceLock::new();
        let bodies = BODIES.get_or_init(|| {
            let mut v: Vec<String> =
                load(include_str!("../../../resources/en/roles/bodies.txt")).collect();
            v.sort_unstable();
            v
        });
        if bodies.binary_search(&one.to_lowercase()).is_ok() {
            return None;
        }
    }
    Some(words[..n].iter().map(|w| w.len() + 1).sum())
}

/// Start and end byte offsets in a text.
pub type ByteRange = (usize, usize);

/// "Indian National Security Adviser Ajit Doval" taken whole for one name: where `text` is a
/// title (see [`is_title`]), after at most one capitalised word of another kind (a nationality
/// or a body: "Indian", "Kremlin"), then a name of two or three capitalised words that are no
/// title words, the byte offsets in `text` of that word before the title (if any) and of the
/// name. Only capitalised words: a title's own name ("National Security Council") has no head
/// noun before its last word.
pub fn title_then_name(text: &str) -> Option<(Option<ByteRange>, ByteRange)> {
    let v = vocab();
    let words: Vec<(usize, &str)> = text
        .split(' ')
        .scan(0usize, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    if words.len() < 3 || words.iter().any(|(_, w)| !w.starts_with(|c: char| c.is_uppercase())) {
        return None;
    }
    let class = |w: &str| v.get(w.to_lowercase().as_str()).copied();
    let titled = |w: &str| matches!(class(w), Some(Class::Head | Class::Modifier));
    // The title's last head noun: every word after it is the name's.
    let last_head = words.iter().rposition(|(_, w)| class(w) == Some(Class::Head))?;
    let name = &words[last_head + 1..];
    if !(2..=3).contains(&name.len()) || name.iter().any(|(_, w)| titled(w) || w.contains('.')) {
        return None;
    }
    let first_titled = titled(words[0].1);
    let title_from = usize::from(!first_titled);
    if title_from > last_head || !words[title_from..=last_head].iter().all(|(_, w)| titled(w)) {
        return None;
    }
    let before = (!first_titled).then(|| (words[0].0, words[0].0 + words[0].1.len()));
    let (s, _) = name[0];
    Some((before, (s, text.len())))
}

/// "Emir Sheikh Tamim bin Hamad Al Thani" tagged as one person, titles and all: where `text`
/// opens with capitalised title words ending in a head noun, then a name of two words at least
/// that are no title words (name particles, "bin", "Al", count for none: `particle`), the
/// byte offset in `text` where the name starts. A title before one word alone stays ("Pope
/// Leo", "King Charles": the title is how the person is named).
pub fn person_title_then_name(text: &str, particle: &dyn Fn(&str) -> bool) -> Option<usize> {
    let v = vocab();
    let class = |w: &str| v.get(w.to_lowercase().as_str()).copied();
    let titled = |w: &str| matches!(class(w), Some(Class::Head | Class::Modifier));
    let words: Vec<&str> = text.split(' ').collect();
    let first_name = words.iter().position(|w| !titled(w))?;
    if first_name == 0
        || class(words[first_name - 1]) != Some(Class::Head)
        || !words[..first_name].iter().all(|w| w.starts_with(|c: char| c.is_uppercase()))
    {
        return None;
    }
    let name = &words[first_name..];
    let plain: Vec<&str> = name.iter().copied().filter(|w| !particle(&w.to_lowercase())).collect();
    let fits = plain.len() >= 2
        && plain.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()) && !titled(w));
    fits.then(|| words[..first_name].iter().map(|w| w.len() + 1).sum())
}

/// "Presidents Zelensky" (of "Presidents Zelensky and Trump") taken for one name: title words
/// whose last is a head noun in the plural, then one to three capitalised words that are no
/// title words. The byte offsets in `text` of the name.
pub fn plural_title_then_name(text: &str) -> Option<ByteRange> {
    let v = vocab();
    let class = |w: &str| v.get(w.to_lowercase().as_str()).copied();
    let titled = |w: &str| matches!(class(w), Some(Class::Head | Class::Modifier));
    let words: Vec<&str> = text.split(' ').collect();
    let plural = words.iter().position(|w| {
        w.strip_suffix('s').is_some_and(|one| class(one) == Some(Class::Head)) && !titled(w)
    })?;
    let name = &words[plural + 1..];
    let fits = (1..=3).contains(&name.len())
        && words[..plural].iter().all(|w| titled(w))
        && name.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()) && !titled(w));
    let start = words[..=plural].iter().map(|w| w.len() + 1).sum();
    fits.then_some((start, text.len()))
}

/// The role of `per` that the words of `span` give.
fn role_of(text: &str, span: Span, per: &EntityMention) -> RoleMention {
    RoleMention {
        start: span.start,
        end: span.end,
        text: span.text(text).to_string(),
        entity: Some(normalise_name(&per.text)),
    }
}

fn is_capitalised(text: &str, t: Span) -> bool {
    t.text(text).chars().next().is_some_and(char::is_uppercase)
}

/// Title phrases of one sentence.
fn phrases(text: &str, toks: &[Span], cls: &[Class]) -> Vec<Phrase> {
    let n = toks.len();
    let core = |c: Class| matches!(c, Class::Head | Class::Modifier | Class::Name);
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if !core(cls[i]) {
            i += 1;
            continue;
        }
        // A maximal run of modifiers, heads and names (with "'s" after a name).
        let start = i;
        let mut j = i;
        while j < n
            && (core(cls[j])
                || (cls[j] == Class::Possessive && j > start && cls[j - 1] == Class::Name))
        {
            j += 1;
        }
        // The core ends at its last head noun.
        let Some(last_head) = (start..j).rev().find(|&k| cls[k] == Class::Head) else {
            i = j;
            continue;
        };
        let mut end = last_head + 1;
        let mut complement = false;
        let mut comp = end;
        // "of [the] Russian Foreign Intelligence Service", "for the Middle East".
        if end < n && cls[end] == Class::Linker {
            let mut k = end + 1;
            if k < n && cls[k] == Class::Det {
                k += 1;
            }
            let c0 = k;
            while k < n
                && k - c0 < 6
                && (matches!(cls[k], Class::Head | Class::Modifier | Class::Name)
                    || (cls[k] == Class::Other && is_capitalised(text, toks[k])))
            {
                k += 1;
            }
            if k > c0 {
                end = k;
                complement = true;
                comp = c0;
            }
        }
        out.push(Phrase { start, end, complement, comp });
        i = end.max(j);
    }
    out
}

/// Finds title and role mentions in the tagged sentences and links them to person mentions.
///
/// Sentences and mentions are as [`crate::annotate`] makes them (in text order, mentions inside
/// sentences); any other order gives the same result, only slower. The work is linear in the
/// number of sentences, tokens and mentions: each sentence finds its mentions by binary search
/// rather than by filtering them all.
pub fn find(text: &str, sentences: &[Vec<Span>], entities: &[EntityMention]) -> Vec<RoleMention> {
    let mut f = Finder::new(text, entities);
    for toks in sentences {
        f.sentence(toks);
    }
    f.out
}

/// [`find`] one sentence at a time, for sentences that are not all held at once.
pub struct Finder<'a> {
    text: &'a str,
    entities: &'a [EntityMention],
    /// Mention indices by start offset.
    by_start: Vec<usize>,
    picked: Vec<usize>,
    /// The roles found so far.
    pub out: Vec<RoleMention>,
}

impl<'a> Finder<'a> {
    pub fn new(text: &'a str, entities: &'a [EntityMention]) -> Finder<'a> {
        // Mention indices by start offset (already so, from `annotate`: the sort is then a pass).
        let mut by_start: Vec<usize> = (0..entities.len()).collect();
        by_start.sort_by_key(|&k| entities[k].start);
        Finder { text, entities, by_start, picked: Vec::new(), out: Vec::new() }
    }

    /// Finds the roles of the next sentence.
    pub fn sentence(&mut self, toks: &[Span]) {
        let (text, entities, by_start) = (self.text, self.entities, &self.by_start);
        let (picked, out) = (&mut self.picked, &mut self.out);
        let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
            return;
        };
        // The mentions inside the sentence, in their original order.
        let lo = by_start.partition_point(|&k| entities[k].start < first.start);
        picked.clear();
        picked.extend(
            by_start[lo..]
                .iter()
                .take_while(|&&k| entities[k].start <= last.end)
                .filter(|&&k| entities[k].end <= last.end),
        );
        picked.sort_unstable();
        let ents: Vec<&EntityMention> = picked.iter().map(|&k| &entities[k]).collect();
        if !ents.iter().any(|e| e.label == "PER") {
            return;
        }
        let cls = classify(text, toks, &ents);
        // The first person mention starting (ending) at each offset.
        let mut starting: dossier_document::hash::FastMap<usize, &EntityMention> =
            Default::default();
        let mut ending: dossier_document::hash::FastMap<usize, &EntityMention> = Default::default();
        for e in ents.iter().filter(|e| e.label == "PER") {
            starting.entry(e.start).or_insert(e);
            ending.entry(e.end).or_insert(e);
        }
        let person_at =
            |k: usize| -> Option<&EntityMention> { starting.get(&toks[k].start).copied() };
        let person_ending =
            |k: usize| -> Option<&EntityMention> { ending.get(&toks[k].end).copied() };
        for p in phrases(text, toks, &cls) {
            let mut person = None;
            // Right before the name: "Kremlin aide Yuri Ushakov".
            if p.end < toks.len() && cls[p.end] == Class::Person {
                person = person_at(p.end);
            }
            // "Vladimir Medinsky, an aide to President Vladimir Putin": a complement that is a
            // title of its own before a name is that person's; the whole phrase, name and all,
            // is the title of whom it stands in apposition to.
            // (Only a capitalised title before the name: in "the press secretary of the Russian
            // president Dmitry Peskov" the name is the whole phrase's.)
            let titled_complement = p.complement
                && cls[p.end - 1] == Class::Head
                && is_capitalised(text, toks[p.end - 1]);
            if let Some(named) = person.filter(|_| titled_complement) {
                let span = Span::new(toks[p.comp].start, toks[p.end - 1].end);
                out.push(role_of(text, span, named));
                let after = toks.iter().position(|t| t.start >= named.end).unwrap_or(toks.len());
                let closes = after == toks.len()
                    || matches!(toks[after].text(text), "," | "." | ";" | ")" | "--" | "\u{2014}");
                let mut k = p.start.saturating_sub(1);
                if k >= 1 && cls[k] == Class::Det {
                    k -= 1;
                }
                let apposed = (k >= 1 && cls[k] == Class::Comma && cls[k - 1] == Class::Person)
                    .then(|| person_ending(k - 1))
                    .flatten()
                    .filter(|_| closes);
                // (The title before the linker: "aide", of "aide to President ...".)
                let linker = (p.start..p.comp).find(|&k| cls[k] == Class::Linker);
                if let Some((per, l)) = apposed.zip(linker.filter(|&l| l > p.start)) {
                    let span = Span::new(toks[p.start].start, toks[l - 1].end);
                    out.push(role_of(text, span, per));
                }
                continue;
            }
            // Before the name with a comma: "the head of the Service, Sergey Naryshkin".
            // "India's national security adviser, Ajit Doval": a state's possessive makes the
            // title as definite as a complement does, whatever word is before it.
            let possessed = (p.start..p.end).any(|k| cls[k] == Class::Possessive);
            // ("Saudi Arabia's minister of state for foreign affairs, Adel al-Jubeir": a state's
            // title may go on in lower-case words up to the comma before the name.)
            let mut p = p;
            if person.is_none() && possessed && p.end < toks.len() && cls[p.end] != Class::Comma {
                let lower = |k: usize| {
                    matches!(cls[k], Class::Linker | Class::Head | Class::Modifier | Class::Other)
                        && toks[k].text(text).starts_with(|c: char| c.is_ascii_lowercase())
                };
                let stop = (p.end..(p.end + 6).min(toks.len())).find(|&k| !lower(k));
                if let Some(c) = stop.filter(|&c| c > p.end && cls[c] == Class::Comma) {
                    p.end = c;
                    p.complement = true;
                }
            }
            if person.is_none()
                && (p.complement || possessed)
                && p.end + 1 < toks.len()
                && cls[p.end] == Class::Comma
            {
                let before_ok = possessed
                    || p.start == 0
                    || matches!(cls[p.start - 1], Class::Det | Class::Comma);
                // ("India's director general of military operations, Lieutenant General Rajiv
                // Ghai": past the rank before the name.)
                let mut k = p.end + 1;
                while k + 1 < toks.len() && matches!(cls[k], Class::Head | Class::Modifier) {
                    k += 1;
                }
                if before_ok && cls[k] == Class::Person {
                    person = person_at(k);
                }
            }
            // "his Pakistani counterpart, Major General Kashif Abdullah, on Monday": a title
            // after "his" or "their" is as definite, when the name closes an apposition (not
            // "after meeting his counterpart, Putin said").
            if person.is_none()
                && !p.complement
                && p.start >= 1
                && p.end + 1 < toks.len()
                && cls[p.end] == Class::Comma
                && matches!(toks[p.start - 1].text(text), "his" | "her" | "their" | "its")
            {
                let mut k = p.end + 1;
                while k + 1 < toks.len() && matches!(cls[k], Class::Head | Class::Modifier) {
                    k += 1;
                }
                let named = person_at(k).filter(|per| {
                    let after = toks.iter().position(|t| t.start >= per.end);
                    after.is_none_or(|a| {
                        matches!(toks[a].text(text), "," | "." | ";" | ")" | "--" | "\u{2014}")
                    })
                });
                if cls[k] == Class::Person {
                    person = named;
                }
            }
            // After the name in apposition: "Dmitry Peskov, the press secretary of ...,".
            if person.is_none() && p.start >= 2 {
                let mut k = p.start - 1;
                let det = cls[k] == Class::Det;
                if det && k >= 1 {
                    k -= 1;
                }
                // ("to release Krasikov, a White House official said": with an article, a
                // title before "said" is who said it.)
                let saying = matches!(toks[p.end.min(toks.len() - 1)].text(text), "said" | "says");
                let closes = p.end == toks.len()
                    || matches!(cls[p.end], Class::Comma)
                    || (saying && !det)
                    || matches!(
                        toks[p.end].text(text),
                        "." | ";" | ")" | "who" | "and" | "--" | "\u{2014}"
                    );
                if cls[k] == Class::Comma && k >= 1 && cls[k - 1] == Class::Person && closes {
                    person = person_ending(k - 1);
                }
            }
            if let Some(per) = person {
                let span = Span::new(toks[p.start].start, toks[p.end - 1].end);
                out.push(role_of(text, span, per));
            }
        }
    }
}

#[cfg(test)]
mod tests {

    use super::*;
    use crate::tokenize::tokenize;

    #[test]
    fn title_words_after_of_before_a_name_are_the_titles() {
        let t = title_of_then_name;
        assert_eq!(t("told by Director of ", "National Intelligence Tulsi Gabbard"), Some(22));
        // Not without a capitalised head noun and "of" before, nor a body's own name.
        assert_eq!(t("the director of ", "National Intelligence Tulsi Gabbard"), None);
        assert_eq!(t("Bank of ", "National Intelligence Tulsi Gabbard"), None);
        assert_eq!(t("Director of ", "National Intelligence Council"), None);
        assert_eq!(t("Director of ", "Tulsi Gabbard"), None);
        // A surname alone, not the last noun of a body's name.
        assert_eq!(t("led by Secretary of ", "State Rubio"), Some(6));
        assert_eq!(t("Secretary of ", "State Office"), None);
        assert_eq!(t("Director General of ", "Military Operations"), None);
    }

    #[test]
    fn a_title_taken_whole_with_the_name_after_it_splits() {
        let t = "Indian National Security Adviser Ajit Doval";
        let (before, name) = title_then_name(t).expect("a title, then a name");
        assert_eq!(before.map(|(s, e)| &t[s..e]), Some("Indian"));
        assert_eq!(&t[name.0..name.1], "Ajit Doval");
        let t = "Deputy Prime Minister Anna Brisk";
        let (before, name) = title_then_name(t).expect("a title, then a name");
        assert_eq!((before, &t[name.0..name.1]), (None, "Anna Brisk"));
        // No name after the title, or a name of the title's own: nothing to split.
        for t in ["National Security Council", "Indian National Security Adviser", "Ajit Doval"] {
            assert_eq!(title_then_name(t), None, "{t}");
        }
    }

    #[test]
    fn a_name_of_title_words_alone_is_a_title() {
        assert!(is_title("National Security Adviser"));
        assert!(is_title("Deputy Prime Minister"));
        assert!(is_title("Crown Prince"));
        assert!(!is_title("Foreign Ministry"));
        assert!(!is_title("CIA Director"));
        assert!(!is_title("Special"));
    }

    fn ent(text: &str, name: &str, label: &str) -> EntityMention {
        let s = text.find(name).unwrap();
        EntityMention {
            start: s,
            end: s + name.len(),
            text: name.into(),
            label: label.into(),
            entity: name.into(),
        }
    }

    fn roles(text: &str, ents: &[EntityMention]) -> Vec<(String, String)> {
        let toks = tokenize(text, Span::new(0, text.len()));
        find(text, &[toks], ents)
            .into_iter()
            .map(|r| (r.text, r.entity.unwrap_or_default()))
            .collect()
    }

    #[test]
    fn before_the_name() {
        let t = "Kremlin aide Ivan Petrov met CIA Director Jane Roe.";
        let e = [
            ent(t, "Kremlin", "ORG"),
            ent(t, "Ivan Petrov", "PER"),
            ent(t, "CIA", "ORG"),
            ent(t, "Jane Roe", "PER"),
        ];
        assert_eq!(
            roles(t, &e),
            [
                ("Kremlin aide".into(), "Ivan Petrov".into()),
                ("CIA Director".into(), "Jane Roe".into())
            ]
        );
    }

    #[test]
    fn a_capitalised_title_in_a_complement_is_the_next_names() {
        let t = "The team was led by Ivan Petrov, an aide to President Anna Brisk.";
        let e = [ent(t, "Ivan Petrov", "PER"), ent(t, "Anna Brisk", "PER")];
        assert_eq!(
            roles(t, &e),
            [("President".into(), "Anna Brisk".into()), ("aide".into(), "Ivan Petrov".into())]
        );
        // A lower-case one is no title before the name: the whole phrase is the name's.
        let t = "He quoted the press secretary of the Norwegian president Ivan Petrov.";
        let e = [ent(t, "Norwegian", "MISC"), ent(t, "Ivan Petrov", "PER")];
        assert_eq!(
            roles(t, &e),
            [("press secretary of the Norwegian president".into(), "Ivan Petrov".into())]
        );
    }

    #[test]
    fn a_title_with_an_article_before_said_is_the_speakers_not_an_apposition() {
        let t =
            "He thanked Anna Brisk for agreeing to release Ivan Petrov, a White House official \
                 said.";
        let e = [
            ent(t, "Anna Brisk", "PER"),
            ent(t, "Ivan Petrov", "PER"),
            ent(t, "White House", "ORG"),
        ];
        assert!(roles(t, &e).is_empty(), "{:?}", roles(t, &e));
        let t = "Ivan Petrov, Kremlin spokesman said on Monday.";
        let e = [ent(t, "Ivan Petrov", "PER"), ent(t, "Kremlin", "ORG")];
        assert_eq!(roles(t, &e), [("Kremlin spokesman".into(), "Ivan Petrov".into())]);
    }

    #[test]
    fn a_states_title_before_the_name_with_a_comma() {
        let t = "Rubio spoke with India's national security adviser, Ajit Doval, on Wednesday.";
        let e = [ent(t, "Rubio", "PER"), ent(t, "India", "LOC"), ent(t, "Ajit Doval", "PER")];
        assert_eq!(
            roles(t, &e),
            [("India's national security adviser".into(), "Ajit Doval".into())]
        );
    }

    #[test]
    fn a_states_title_before_a_ranked_name_with_a_comma() {
        let t = "Pakistan's army chief, General Asim Munir, met the envoy.";
        let e = [ent(t, "Pakistan", "LOC"), ent(t, "Asim Munir", "PER")];
        assert_eq!(
            roles(t, &e),
            [
                ("Pakistan's army chief".into(), "Asim Munir".into()),
                ("General".into(), "Asim Munir".into())
            ]
        );
    }

    #[test]
    fn a_states_title_may_go_on_in_lower_case_words_up_to_the_comma() {
        let t = "Ruritania's minister of state for foreign affairs, Ivan Petrov, visited Oslo.";
        let e = [ent(t, "Ruritania", "LOC"), ent(t, "Ivan Petrov", "PER"), ent(t, "Oslo", "LOC")];
        assert_eq!(
            roles(t, &e),
            [("Ruritania's minister of state for foreign affairs".into(), "Ivan Petrov".into())]
        );
        let t = "Ruritania's director general of military operations, Lieutenant General Ivan \
                 Petrov, called.";
        let e = [ent(t, "Ruritania", "LOC"), ent(t, "Ivan Petrov", "PER")];
        let found = roles(t, &e);
        assert_eq!(found[0].0, "Ruritania's director general of military operations", "{found:?}");
        assert_eq!(found[1].0, "Lieutenant General", "{found:?}");
    }

    #[test]
    fn a_counterpart_after_his_is_the_name_in_apposition() {
        let t = "Ivan Petrov will speak with his Ruritanian counterpart, Major General Pavel \
                 Orlov, on Monday.";
        let e = [
            ent(t, "Ivan Petrov", "PER"),
            ent(t, "Ruritanian", "MISC"),
            ent(t, "Pavel Orlov", "PER"),
        ];
        let found = roles(t, &e);
        assert_eq!(found[0], ("Ruritanian counterpart".into(), "Pavel Orlov".into()), "{found:?}");
        // Not the subject of the next clause.
        let t = "After meeting his Ruritanian counterpart, Ivan Petrov said the talks went well.";
        let e = [ent(t, "Ruritanian", "MISC"), ent(t, "Ivan Petrov", "PER")];
        assert_eq!(roles(t, &e), []);
    }

    #[test]
    fn apposition_after_and_before() {
        let t = "Ivan Petrov, the press secretary of the Ruritanian president, said so.";
        let e = [ent(t, "Ivan Petrov", "PER"), ent(t, "Ruritanian", "MISC")];
        assert_eq!(
            roles(t, &e),
            [("press secretary of the Ruritanian president".into(), "Ivan Petrov".into())]
        );
        let t = "He spoke to the head of the Ruritanian Foreign Intelligence Service, Pavel Orlov.";
        let e = [
            ent(t, "Ruritanian Foreign Intelligence Service", "ORG"),
            ent(t, "Pavel Orlov", "PER"),
        ];
        assert_eq!(
            roles(t, &e),
            [("head of the Ruritanian Foreign Intelligence Service".into(), "Pavel Orlov".into())]
        );
        let t = "John Doe, special envoy for the Middle East, arrived.";
        let e = [ent(t, "John Doe", "PER"), ent(t, "Middle East", "LOC")];
        assert_eq!(roles(t, &e), [("special envoy for the Middle East".into(), "John Doe".into())]);
    }

    #[test]
    fn multi_word_titles_keep_their_words() {
        let t = "The bloc's foreign policy chief Anna Lind met High Representative Omar Said.";
        let e = [ent(t, "Anna Lind", "PER"), ent(t, "Omar Said", "PER")];
        assert_eq!(
            roles(t, &e),
            [
                ("foreign policy chief".into(), "Anna Lind".into()),
                ("High Representative".into(), "Omar Said".into()),
            ]
        );
    }

    #[test]
    fn possessive_names_normalised() {
        let t = "U.S. President John Doe's plan";
        let e = [ent(t, "U.S.", "LOC"), ent(t, "John Doe's", "PER")];
        assert_eq!(roles(t, &e), [("U.S. President".into(), "John Doe".into())]);
    }
}
