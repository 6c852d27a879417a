//! Language knowledge as data: the files under `resources/en/resolve/`, embedded at build time
//! and parsed once. A linguist extends them without reading Rust.

use crate::fast::FxHashMap as HashMap;
use std::sync::OnceLock;

use crate::fast::{memo, memo_with, Memo};

const CYRILLIC: &str = include_str!("../../../resources/en/resolve/cyrillic.txt");
const VARIANTS: &str = include_str!("../../../resources/en/resolve/variants.txt");
const COUNTRIES: &str = include_str!("../../../resources/en/resolve/countries.txt");
const ROLES: &str = include_str!("../../../resources/en/resolve/roles.txt");
const TITLES: &str = include_str!("../../../resources/en/resolve/titles.txt");
const ORGS: &str = include_str!("../../../resources/en/resolve/org_aliases.txt");
const NATIONAL_BODIES: &str = include_str!("../../../resources/en/resolve/national_bodies.txt");
const BODY_HEADS: &str = include_str!("../../../resources/en/resolve/body_heads.txt");
const BODY_SEATS: &str = include_str!("../../../resources/en/resolve/body_seats.txt");
const LOCAL_BODIES: &str = include_str!("../../../resources/en/resolve/local_bodies.txt");
const LOCATIVES: &str = include_str!("../../../resources/en/resolve/locatives.txt");
const JOURNEYS: &str = include_str!("../../../resources/en/resolve/journeys.txt");
const GENDERS: &str = include_str!("../../../resources/en/resolve/genders.txt");
const PLACE_NOUNS: &str = include_str!("../../../resources/en/resolve/place_nouns.txt");
const ACCORD_NOUNS: &str = include_str!("../../../resources/en/resolve/accord_nouns.txt");
const FACILITY_NOUNS: &str = include_str!("../../../resources/en/resolve/facility_nouns.txt");
const FACILITY_HEADS: &str = include_str!("../../../resources/en/resolve/facility_heads.txt");
const OWNER_PHRASES: &str = include_str!("../../../resources/en/resolve/owner_phrases.txt");
const SURNAME_FIRST: &str = include_str!("../../../resources/en/resolve/surname_first.txt");
const NOT_NAMES: &str = include_str!("../../../resources/en/resolve/not_names.txt");
const SEATS: &str = include_str!("../../../resources/en/resolve/seats.txt");
const NOT_PERSONS: &str = include_str!("../../../resources/en/resolve/not_persons.txt");
const PERSON_VERBS: &str = include_str!("../../../resources/en/resolve/person_verbs.txt");
const PERSON_ASIDES: &str = include_str!("../../../resources/en/resolve/person_asides.txt");
const PERSON_VERB_ADVERBS: &str =
    include_str!("../../../resources/en/resolve/person_verb_adverbs.txt");
const SPEECH_VERBS: &str = include_str!("../../../resources/en/resolve/speech_verbs.txt");
const SURNAME_SHAPES: &str = include_str!("../../../resources/en/resolve/surname_shapes.txt");
const PAIR_NOUNS: &str = include_str!("../../../resources/en/resolve/pair_nouns.txt");
const NUMBER_WORDS: &str = include_str!("../../../resources/en/resolve/number_words.txt");

/// One country of `countries.txt`.
#[derive(Debug, Clone)]
pub struct Country {
    pub code: String,
    /// Display name (the first name listed).
    pub name: String,
}

/// Parsed language data.
#[derive(Debug, Default)]
pub struct Lang {
    /// Folded first name -> its group's first form.
    pub first_names: HashMap<String, String>,
    /// Folded place name -> its group's first form.
    pub places: HashMap<String, String>,
    /// Surname endings that transliterate one ending of another language ("-enka" of Belarusian
    /// for "-enko", "-ouski" for "-ovsky"): (ending, its group's first form), longest first.
    pub surname_endings: Vec<(String, String)>,
    /// Beginnings of a long surname and the form its group keys with ("Tsikhanouski" =
    /// "Tikhanovsky": Belarusian "ts" where Russian has "t"), longest first.
    pub surname_starts: Vec<(String, String)>,
    pub countries: Vec<Country>,
    /// Folded country name (words joined by one space, dots removed) -> country index.
    pub country_names: HashMap<String, usize>,
    /// Folded adjective or metonym -> (country index, is metonym).
    pub country_words: HashMap<String, (usize, bool)>,
    /// Folded role wording (words joined by a space) -> class.
    pub role_words: HashMap<String, String>,
    /// Role wordings that name their class only after a seat of government standing for its
    /// state ("the Kremlin chief"; "the army chief" is no leader: `seat_only` in `roles.txt`).
    pub seat_only: crate::fast::FxHashSet<String>,
    /// Longest role wording in words.
    pub role_max_words: usize,
    /// Every word of every role wording except function words: a cheap look-ahead filter.
    pub role_heads: Vec<String>,
    /// Class -> classes a description of it may stand for.
    pub compatible: HashMap<String, Vec<String>>,
    /// Class -> country code it implies.
    pub implies: HashMap<String, String>,
    pub modifiers: Vec<String>,
    /// Modifiers that change what the role is and stay in its normalised name (`qualifier` in
    /// roles.txt): "Former President of the United States", "Acting Prime Minister of Thailand".
    pub qualifiers: Vec<String>,
    /// Qualifiers of an office no longer held (`past` in roles.txt): "former U.S. President Joe
    /// Biden" is no one "the U.S. president" can stand for.
    pub past: Vec<String>,
    pub determiners: Vec<String>,
    /// Classes whose descriptions only stand for someone the article, its roles or the KB place in
    /// the description's country (`named` in roles.txt): "his Indian counterpart" is never just
    /// the last person named.
    pub named_only: Vec<String>,
    /// Classes whose wording after a bare "the" ("the president", no country) stands for the
    /// one holder of such an office the article has named before (`bare` in roles.txt).
    pub bare: Vec<String>,
    pub titles: Vec<String>,
    /// Given names and honorifics -> gender (`'m'` or `'f'`), from `genders.txt`.
    pub given_gender: HashMap<String, char>,
    pub title_gender: HashMap<String, char>,
    /// Pronouns that refer back to the subject and tell its gender ("he", "his"; not "her",
    /// which is also an object).
    pub pronoun_gender: HashMap<String, char>,
    /// Generic place words that may follow a place name ("Gaza Strip", "Kharkiv Oblast").
    pub generic_places: Vec<String>,
    /// Corporate suffixes an organisation's short name leaves out ("Nordvik Energy" = "Nordvik").
    pub generic_orgs: Vec<String>,
    /// Phrase keys of words that name no one and nowhere (holidays: `not_names.txt`).
    pub not_names: crate::fast::FxHashSet<String>,
    /// Phrase keys of seats of government that are no city (`seats.txt`).
    pub seats: crate::fast::FxHashSet<String>,
    /// Phrase keys of words for groups and quantifiers that open a sentence before a verb of
    /// saying and name no one (`not_persons.txt`).
    pub not_persons: crate::fast::FxHashSet<String>,
    /// Verbs that make an untagged capitalised word opening a sentence a person
    /// (`person_verbs.txt`).
    pub person_verbs: crate::fast::FxHashSet<String>,
    /// Words that may stand between such a word and its verb ("also", "later":
    /// `person_verb_adverbs.txt`).
    pub person_verb_adverbs: crate::fast::FxHashSet<String>,
    /// Words opening an aside after a sentence's first word and a comma that make that word a
    /// person (`person_asides.txt`).
    pub person_asides: crate::fast::FxHashSet<String>,
    /// Nouns after "X-Y" that make X and Y two people (`pair_nouns.txt`).
    pub pair_nouns: crate::fast::FxHashSet<String>,
    /// Endings only family names have (`surname_shapes.txt`), longest first.
    pub surname_shapes: Vec<String>,
    /// Verbs of saying and asking (`speech_verbs.txt`): a description in someone's words is
    /// not that speaker.
    pub speech_verbs: crate::fast::FxHashSet<String>,
    /// Phrase keys of words that count people (`number_words.txt`).
    pub number_words: crate::fast::FxHashSet<String>,
    /// Folded organisation name -> canonical name.
    pub orgs: HashMap<String, String>,
    /// Canonical organisation name -> all its names.
    pub org_names: HashMap<String, Vec<String>>,
    /// A body every country has, by the [`phrase_key`] of each way of writing it -> the name
    /// shown ("defence ministry" -> "Ministry of Defence"); see `national_bodies.txt`.
    pub national_bodies: HashMap<String, String>,
    /// Every word of those wordings but "of" and "the" (folded): a name with none of them is
    /// no national body, found without building its key.
    pub national_body_words: crate::fast::FxHashSet<String>,
    /// A national body's shown name -> the titles of its head, lower case ("Presidential
    /// Administration" -> ["president"]); see `body_heads.txt`.
    pub body_heads: HashMap<String, Vec<String>>,
    /// A city's lower-case name -> the international body it stands for when people speak
    /// from it ("brussels" -> "European Union"); see `body_seats.txt`.
    pub body_seats: HashMap<String, String>,
    /// Bodies of a city, lower case ("military administration"); see `local_bodies.txt`.
    pub local_bodies: Vec<String>,
    /// Phrases a place follows ("in", "flew to", "visited"), lower case.
    pub locatives: Vec<String>,
    /// Phrases of going somewhere ("flew to", "arrived in"), lower case: what follows is a
    /// place, whatever the recogniser said.
    pub journeys: Vec<String>,
    /// Countries and capitals in their ordinary spelling, by [`phrase_key`] ("oslo" -> "Oslo"):
    /// for a place an article writes only in a dateline's capitals.
    pub place_spellings: HashMap<String, String>,
    /// Nouns that make the one-word name before them a place ("the Lindholm region",
    /// "Lindholm's governor"), lower case.
    pub place_nouns: Vec<String>,
    /// Nouns that end an accord's name (`accord_nouns.txt`): "the Abraham Accords".
    pub accord_nouns: Vec<String>,
    /// Nouns of facilities named after people (`facility_nouns.txt`): "Nur Khan air base".
    pub facility_nouns: Vec<String>,
    /// Words that open a site's name (`facility_heads.txt`): "Joint Base Elmendorf-Richardson".
    pub facility_heads: Vec<String>,
    /// Words before a name that make it an owner (`owner_phrases.txt`): "owned by Rosneft".
    pub owner_phrases: Vec<String>,
    /// Family names written before the given name ("lee" of "Lee Jae-myung"), lower case, from
    /// `surname_first.txt`.
    pub surname_first: crate::fast::FxHashSet<String>,
    /// Those of them that are also English given names ("kim", "lee"): a single word after
    /// them is read the English way.
    pub surname_also_given: crate::fast::FxHashSet<String>,
    /// Every one-word name of a state, capital or place of a spelling group, lower case: a
    /// first sieve for [`Lang::is_place_word`].
    place_words: std::sync::OnceLock<crate::fast::FxHashSet<String>>,
}

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Folded words of a phrase joined by one space, dots removed ("U.S." -> "us").
pub fn phrase_key(s: &str) -> String {
    with_phrase_key(s, String::clone)
}

thread_local!(static PHRASE_KEYS: Memo<String> = Default::default());

/// `f(&phrase_key(s))` without copying the key (memoised per thread). `f` must not call
/// [`phrase_key`].
pub(crate) fn with_phrase_key<R>(s: &str, f: impl FnOnce(&String) -> R) -> R {
    memo_with(&PHRASE_KEYS, s, phrase_key_uncached, f)
}

/// [`phrase_key`] without the memo table: for building tables of many keys once (the KB).
pub(crate) fn phrase_key_uncached(s: &str) -> String {
    let f = crate::text::fold(s);
    let mut out = String::with_capacity(f.len());
    for (i, w) in f.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.extend(w.chars().filter(|c| *c != '.'));
    }
    out
}

fn split_list(s: &str) -> Vec<String> {
    s.split(',').map(str::trim).filter(|x| !x.is_empty()).map(str::to_string).collect()
}

impl Lang {
    fn load() -> Lang {
        let mut l = Lang::default();
        for line in lines(GENDERS) {
            let Some((kind, words)) = line.split_once(':') else { continue };
            let (map, g) = match kind.trim() {
                "male" => (&mut l.given_gender, 'm'),
                "female" => (&mut l.given_gender, 'f'),
                "male_title" => (&mut l.title_gender, 'm'),
                "female_title" => (&mut l.title_gender, 'f'),
                "male_pronoun" => (&mut l.pronoun_gender, 'm'),
                "female_pronoun" => (&mut l.pronoun_gender, 'f'),
                _ => continue,
            };
            for w in words.split_whitespace() {
                map.insert(w.to_string(), g);
            }
        }
        l.not_names = lines(NOT_NAMES).map(phrase_key_uncached).collect();
        l.seats = lines(SEATS).map(phrase_key_uncached).collect();
        l.not_persons = lines(NOT_PERSONS).map(phrase_key_uncached).collect();
        l.person_verbs = lines(PERSON_VERBS).map(str::to_string).collect();
        l.person_asides = lines(PERSON_ASIDES).map(str::to_string).collect();
        l.person_verb_adverbs = lines(PERSON_VERB_ADVERBS).map(str::to_string).collect();
        l.speech_verbs = lines(SPEECH_VERBS).map(str::to_string).collect();
        l.surname_shapes = lines(SURNAME_SHAPES).map(str::to_string).collect();
        l.pair_nouns = lines(PAIR_NOUNS).map(str::to_string).collect();
        l.surname_shapes.sort_by_key(|e| std::cmp::Reverse(e.len()));
        l.number_words = lines(NUMBER_WORDS).map(phrase_key_uncached).collect();
        for line in lines(SURNAME_FIRST) {
            let Some((kind, words)) = line.split_once(':') else { continue };
            let set = match kind.trim() {
                "also_given" => &mut l.surname_also_given,
                _ => &mut l.surname_first,
            };
            set.extend(words.split_whitespace().map(str::to_string));
        }
        for line in lines(VARIANTS) {
            if let Some(r) = line.strip_prefix("generic:") {
                l.generic_places.extend(r.split_whitespace().map(str::to_string));
                continue;
            }
            if let Some(r) = line.strip_prefix("generic_org:") {
                l.generic_orgs.extend(r.split_whitespace().map(str::to_string));
                continue;
            }
            let affix = match line.split_once(':') {
                Some(("surname_ending", r)) => Some((&mut l.surname_endings, r)),
                Some(("surname_start", r)) => Some((&mut l.surname_starts, r)),
                _ => None,
            };
            if let Some((list, r)) = affix {
                let forms: Vec<&str> = r.split_whitespace().collect();
                if let Some(first) = forms.first() {
                    for f in &forms {
                        list.push((f.to_string(), first.to_string()));
                    }
                }
                continue;
            }
            let (map, rest) = if let Some(r) = line.strip_prefix("first:") {
                (&mut l.first_names, r)
            } else if let Some(r) = line.strip_prefix("place:") {
                (&mut l.places, r)
            } else {
                continue;
            };
            let forms: Vec<&str> = rest
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|x| !x.is_empty())
                .collect();
            if let Some(first) = forms.first() {
                for f in &forms {
                    map.insert(f.to_string(), first.to_string());
                }
            }
        }
        l.surname_endings.sort_by_key(|(e, _)| std::cmp::Reverse(e.len()));
        l.surname_starts.sort_by_key(|(e, _)| std::cmp::Reverse(e.len()));
        for line in lines(COUNTRIES) {
            let parts: Vec<&str> = line.split('|').map(str::trim).collect();
            if parts.len() < 2 {
                continue;
            }
            let names = split_list(parts[1]);
            let idx = l.countries.len();
            l.countries.push(Country {
                code: parts[0].to_string(),
                name: names.first().cloned().unwrap_or_default(),
            });
            for n in &names {
                l.country_names.insert(phrase_key(n), idx);
                l.country_words.entry(phrase_key(n)).or_insert((idx, false));
            }
            let metonyms = parts.get(3).map(|m| split_list(m)).unwrap_or_default();
            for n in names.iter().chain(&metonyms) {
                if n.chars().any(char::is_lowercase) {
                    l.place_spellings.entry(phrase_key(n)).or_insert_with(|| n.clone());
                }
            }
            if let Some(adj) = parts.get(2) {
                for a in split_list(adj) {
                    l.country_words.insert(phrase_key(&a), (idx, false));
                }
            }
            if let Some(m) = parts.get(3) {
                for a in split_list(m) {
                    l.country_words.entry(phrase_key(&a)).or_insert((idx, true));
                }
            }
        }
        for line in lines(ROLES) {
            let Some((head, rest)) = line.split_once('|') else {
                continue;
            };
            let head = head.trim();
            let list = split_list(rest);
            if let Some(c) = head.strip_prefix("compatible ") {
                l.compatible.insert(c.trim().to_string(), list);
            } else if let Some(c) = head.strip_prefix("implies ") {
                if let Some(code) = list.first() {
                    l.implies.insert(c.trim().to_string(), code.clone());
                }
            } else if head == "modifier" {
                l.modifiers = list;
            } else if head == "qualifier" {
                l.qualifiers = list;
            } else if head == "past" {
                l.past = list;
            } else if head == "determiner" {
                l.determiners = list;
            } else if head == "named" {
                l.named_only = list;
            } else if head == "bare" {
                l.bare = list;
            } else {
                // ("seat_only leader | chief": wordings of the class after a seat alone.)
                let (head, seat) = match head.strip_prefix("seat_only ") {
                    Some(c) => (c.trim(), true),
                    None => (head, false),
                };
                for w in list {
                    if seat {
                        l.seat_only.insert(phrase_key(&w));
                    }
                    let k = phrase_key(&w);
                    l.role_max_words = l.role_max_words.max(k.split(' ').count());
                    for w in k.split(' ') {
                        if !matches!(w, "of" | "the" | "for")
                            && !l.role_heads.iter().any(|h| h == w)
                        {
                            l.role_heads.push(w.to_string());
                        }
                    }
                    l.role_words.insert(k, head.to_string());
                }
            }
        }
        for line in lines(TITLES) {
            l.titles.extend(line.split_whitespace().map(str::to_string));
        }
        for line in lines(LOCATIVES) {
            l.locatives.push(line.to_lowercase());
        }
        for line in lines(JOURNEYS) {
            l.journeys.push(line.to_lowercase());
        }
        for line in lines(PLACE_NOUNS) {
            l.place_nouns.push(line.to_lowercase());
        }
        for line in lines(ACCORD_NOUNS) {
            l.accord_nouns.push(line.to_lowercase());
        }
        for line in lines(FACILITY_HEADS) {
            l.facility_heads.push(line.to_lowercase());
        }
        for line in lines(FACILITY_NOUNS) {
            l.facility_nouns.push(line.to_lowercase());
        }
        for line in lines(OWNER_PHRASES) {
            l.owner_phrases.push(line.to_lowercase());
        }
        for line in lines(ORGS) {
            let names: Vec<String> = line.split('|').map(|s| s.trim().to_string()).collect();
            let canon = names[0].clone();
            for n in &names {
                l.orgs.insert(phrase_key(n), canon.clone());
            }
            l.org_names.insert(canon, names);
        }
        for line in lines(NATIONAL_BODIES) {
            let names: Vec<&str> = line.split('|').map(str::trim).collect();
            for n in &names {
                let key = phrase_key(n);
                for w in key.split(' ').filter(|w| !matches!(*w, "of" | "the")) {
                    l.national_body_words.insert(w.to_string());
                }
                l.national_bodies.insert(key, names[0].to_string());
            }
        }
        for line in lines(BODY_SEATS) {
            let mut names = line.split('|').map(str::trim);
            let Some(body) = names.next() else { continue };
            for seat in names {
                l.body_seats.insert(seat.to_lowercase(), body.to_string());
            }
        }
        l.local_bodies = lines(LOCAL_BODIES).map(str::to_lowercase).collect();
        for line in lines(BODY_HEADS) {
            let mut names = line.split('|').map(str::trim);
            let Some(body) = names.next() else { continue };
            l.body_heads.insert(body.to_string(), names.map(str::to_lowercase).collect());
        }
        l
    }

    /// Country of a code.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.code == code)
    }

    /// True when a description of class `desc` may stand for someone known as `held`.
    pub fn class_compatible(&self, desc: &str, held: &str) -> bool {
        desc == held
            || self.compatible.get(desc).is_some_and(|v| v.iter().any(|c| c == held))
            || self.compatible.get(held).is_some_and(|v| v.iter().any(|c| c == desc))
    }

    /// Whether the text before a mention ends with a word that puts a place after it ("flew
    /// to ", "in ").
    pub fn after_locative(&self, before: &str) -> bool {
        ends_with_phrase(&self.locatives, before)
    }

    /// Whether `name` is one of the bodies every country has, written any of its ways
    /// ("Treasury", "Defence Ministry"; `national_bodies.txt`).
    pub fn is_national_body(&self, name: &str) -> bool {
        with_phrase_key(name, |k| self.national_bodies.contains_key(k))
    }

    /// Whether the text before a mention ends with a phrase of going somewhere ("flew to ").
    pub fn after_journey(&self, before: &str) -> bool {
        ends_with_phrase(&self.journeys, before)
    }

    /// The spelling a place's variant group (`place:` in `variants.txt`) gives first, when
    /// `name` is another of its forms: "Kiev" -> "Kyiv", "Odessa" -> "Odesa".
    pub fn preferred_place(&self, name: &str) -> Option<String> {
        let lower = name.trim().to_lowercase();
        let first = self.places.get(&lower)?;
        (*first != lower).then(|| crate::text::title_case(first))
    }

    /// The ordinary spelling of a place written in capitals ("OSLO" -> "Oslo"), when the
    /// language data knows it.
    pub fn place_spelling(&self, name: &str) -> Option<&str> {
        if name.chars().any(char::is_lowercase) || !name.chars().any(char::is_uppercase) {
            return None;
        }
        self.place_spellings.get(&phrase_key(name)).map(String::as_str)
    }

    /// The country a nationality word stands for ("Iranian" -> "Iran"), by its name in
    /// `countries.txt`; capitals and other metonyms ("Tehran") are not nationality words.
    pub fn country_of_demonym(&self, word: &str) -> Option<&str> {
        with_phrase_key(word, |k| match self.country_words.get(k) {
            Some(&(i, false)) if !self.country_names.contains_key(k) => {
                Some(self.countries[i].name.as_str())
            }
            _ => None,
        })
    }

    /// The country a capital or seat of government stands for when it acts ("Moscow said it had
    /// struck ...": Russia), by the metonyms of `countries.txt`.
    pub fn country_of_metonym(&self, word: &str) -> Option<&str> {
        with_phrase_key(word, |k| match self.country_words.get(k) {
            Some(&(i, true)) => Some(self.countries[i].name.as_str()),
            _ => None,
        })
    }

    /// The name `countries.txt` gives first for a country written any of its ways ("U.S.",
    /// "USA", "America": United States); `None` for anything that is no country's name.
    pub fn country_named(&self, name: &str) -> Option<&str> {
        with_phrase_key(name, |k| {
            self.country_names.get(k).map(|&i| self.countries[i].name.as_str())
        })
    }

    /// Whether the one word `w` may name a state, a capital or a place of a spelling group
    /// (compared lower case, ASCII only): a cheap test before the exact ones.
    pub fn is_place_word(&self, w: &str) -> bool {
        let set = self.place_words.get_or_init(|| {
            let one = |k: &String| !k.contains(' ');
            self.country_names
                .keys()
                .chain(self.country_words.keys())
                .chain(self.places.keys())
                .filter(|k| one(k))
                .cloned()
                .collect()
        });
        let mut buf = [0u8; 32];
        let Some(low) = buf.get_mut(..w.len()) else { return false };
        for (d, s) in low.iter_mut().zip(w.bytes()) {
            *d = s.to_ascii_lowercase();
        }
        std::str::from_utf8(low).is_ok_and(|k| set.contains(k))
    }

    /// Whether `name` is a city that stands for its state ("Kyiv", "Moscow"; not "Kremlin"):
    /// a place, whatever a tagger took it for.
    pub fn is_state_city(&self, name: &str) -> bool {
        with_phrase_key(name, |k| {
            self.country_words.get(k).is_some_and(|&(_, metonym)| metonym)
                && !self.country_names.contains_key(k)
                && !self.seats.contains(k)
        })
    }

    /// The country a state's name or one of its metonyms stands for when it speaks or acts
    /// ("Russia", "the Russian Federation", "Moscow": Russia), by `countries.txt`.
    pub fn country_acting(&self, name: &str) -> Option<&str> {
        // ("The Kremlin", tagged with its article after a dateline: the Kremlin.)
        let find = |k: &str| match self.country_names.get(k) {
            Some(&i) => Some(self.countries[i].name.as_str()),
            None => match self.country_words.get(k) {
                Some(&(i, true)) => Some(self.countries[i].name.as_str()),
                _ => None,
            },
        };
        with_phrase_key(name, |k| find(k).or_else(|| k.strip_prefix("the ").and_then(find)))
    }

    /// Whether `name` is an accord's, by its last word ("the Abraham Accords").
    pub fn is_accord_name(&self, name: &str) -> bool {
        let mut words = name.split_whitespace();
        let last = words.next_back().unwrap_or_default();
        words.next().is_some() && self.accord_nouns.iter().any(|n| n.eq_ignore_ascii_case(last))
    }

    /// Whether the text after a name starts with a noun that makes the name a place (" region",
    /// "'s governor"), possessive or not.
    pub fn place_noun_after(&self, after: &str) -> bool {
        let after =
            after.strip_prefix("'s").or_else(|| after.strip_prefix("\u{2019}s")).unwrap_or(after);
        let Some(rest) = after.strip_prefix(' ') else { return false };
        let word: &str = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        !word.is_empty() && self.place_nouns.iter().any(|n| n.eq_ignore_ascii_case(word))
    }

    /// The international body a city stands for when people speak from it ("officials in
    /// Brussels": the European Union), if it is one of `body_seats.txt`.
    pub fn body_seated_in(&self, place: &str) -> Option<&str> {
        self.body_seats.get(&place.trim().to_lowercase()).map(String::as_str)
    }

    /// Whether the text after a name starts with the noun of a facility (" air base",
    /// " airport"), which makes the name the facility's.
    pub fn facility_noun_after(&self, after: &str) -> bool {
        let Some(rest) = after.strip_prefix(' ') else { return false };
        self.facility_nouns.iter().any(|n| {
            rest.get(..n.len()).is_some_and(|head| head.eq_ignore_ascii_case(n))
                && !rest[n.len()..].starts_with(char::is_alphanumeric)
        })
    }

    /// Whether a word is a title that is not part of a name ("president", "mr").
    /// The gender an honorific or a given name tells (`'m'`, `'f'`), if any.
    pub fn gender_of_title(&self, w: &str) -> Option<char> {
        self.title_gender.get(w.trim_end_matches('.')).copied()
    }

    /// See [`Lang::gender_of_title`]; `w` lower case.
    pub fn gender_of_pronoun(&self, w: &str) -> Option<char> {
        self.pronoun_gender.get(w).copied()
    }

    /// See [`Lang::gender_of_title`].
    pub fn gender_of_given(&self, w: &str) -> Option<char> {
        self.given_gender.get(w).copied()
    }

    /// Whether a person's name of `words` (folded, titles removed) puts the family name first
    /// ("lee jae-myung", "xi jinping", "yoon suk yeol"; see `surname_first.txt`).
    pub fn family_name_first(&self, words: &[String]) -> bool {
        let Some((first, rest)) = words.split_first() else { return false };
        if rest.is_empty() || !self.surname_first.contains(first.as_str()) {
            return false;
        }
        let syllables = |w: &String| w.chars().all(char::is_alphabetic) && w.chars().count() <= 5;
        rest.iter().any(|w| w.contains('-'))
            || ((2..=3).contains(&rest.len()) && rest.iter().all(syllables))
            || (rest.len() == 1
                && !self.surname_also_given.contains(first.as_str())
                && rest[0].chars().all(char::is_alphabetic))
    }

    pub fn is_title(&self, w: &str) -> bool {
        let w = w.trim_end_matches('.');
        self.titles.iter().any(|t| t == w)
    }
}

/// The Cyrillic transliteration table (its own cell: [`crate::text::fold`] needs it while
/// the rest of the data is being parsed).
pub fn cyrillic() -> &'static HashMap<char, String> {
    static C: OnceLock<HashMap<char, String>> = OnceLock::new();
    C.get_or_init(|| {
        let mut m = HashMap::default();
        for line in lines(CYRILLIC) {
            let mut it = line.split_whitespace();
            if let Some(c) = it.next().and_then(|c| c.chars().next()) {
                m.insert(c, it.next().unwrap_or("").to_string());
            }
        }
        m
    })
}

/// The embedded language data, parsed on first use.
pub fn lang() -> &'static Lang {
    static L: OnceLock<Lang> = OnceLock::new();
    L.get_or_init(Lang::load)
}

/// Role class and country read from a role wording ("Russian President" -> president, RUS;
/// "press secretary of the Russian president" -> spokesperson, RUS; "Kremlin aide" -> aide,
/// RUS by metonym). The first (leftmost, then longest) role wording gives the class; any
/// country word gives the country. Returns (class, country code, country came from a metonym).
pub fn parse_role(text: &str) -> (Option<String>, Option<String>, bool) {
    type Parsed = (Option<String>, Option<String>, bool);
    thread_local!(static MEMO: Memo<Parsed> = Default::default());
    memo(&MEMO, text, parse_role_uncached)
}

fn parse_role_uncached(text: &str) -> (Option<String>, Option<String>, bool) {
    let l = lang();
    let ws: Vec<String> = phrase_key(text)
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_string())
        .map(|w| w.strip_suffix("'s").map(str::to_string).unwrap_or(w))
        .collect();
    let mut class = None;
    let mut seat_only = false;
    let mut seat_of = false;
    let mut country: Option<(String, bool)> = None;
    let mut i = 0;
    while i < ws.len() {
        let mut step = 1;
        if class.is_none() {
            for n in (1..=l.role_max_words.min(ws.len() - i)).rev() {
                let wording = ws[i..i + n].join(" ");
                if let Some(c) = l.role_words.get(&wording) {
                    // ("Kremlin chief of staff": another office.)
                    seat_only =
                        l.seat_only.contains(&wording) && ws.get(i + n).is_none_or(|w| w != "of");
                    seat_of |= l.seat_only.contains(&wording) && !seat_only;
                    class = Some(c.clone());
                    step = n;
                    break;
                }
            }
        }
        if step == 1 && country.is_none() {
            for n in (1..=4.min(ws.len() - i)).rev() {
                if let Some((ci, metonym)) = l.country_words.get(&ws[i..i + n].join(" ")) {
                    country = Some((l.countries[*ci].code.clone(), *metonym));
                    step = n;
                    break;
                }
            }
        }
        i += step;
    }
    if country.is_none() {
        if let Some(code) = class.as_ref().and_then(|c| l.implies.get(c)) {
            country = Some((code.clone(), false));
        }
    }
    let metonym = country.as_ref().is_some_and(|c| c.1);
    // ("the Kremlin chief" is the leader; "the army chief", "the Russian chief" name no
    // office, only the country.)
    if seat_of || seat_only && !metonym {
        class = None;
    }
    (class, country.map(|c| c.0), metonym)
}

/// Whether `before`, without its trailing spaces, ends with one of `phrases` (lower case) as
/// whole words.
fn ends_with_phrase(phrases: &[String], before: &str) -> bool {
    let before = before.trim_end();
    phrases.iter().any(|l| {
        let Some(at) = before.len().checked_sub(l.len()) else { return false };
        before.get(at..).is_some_and(|end| end.eq_ignore_ascii_case(l))
            && !before[..at].ends_with(|c: char| c.is_alphanumeric())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_parse() {
        assert_eq!(
            parse_role("Russian President"),
            (Some("president".into()), Some("RUS".into()), false)
        );
        assert_eq!(
            parse_role("press secretary of the Russian president").0,
            Some("spokesperson".into())
        );
        assert_eq!(parse_role("Kremlin aide"), (Some("aide".into()), Some("RUS".into()), true));
        assert_eq!(parse_role("US Vice President").0, Some("vice president".into()));
        assert_eq!(parse_role("Chinese Vice Premier").0, Some("vice premier".into()));
        assert_eq!(parse_role("U.S. President").1, Some("USA".into()));
        assert_eq!(parse_role("the Republican").1, Some("USA".into()));
        // "chief" names a leader after a seat of government only.
        assert_eq!(parse_role("Kremlin chief"), (Some("leader".into()), Some("RUS".into()), true));
        assert_eq!(parse_role("Russian chief"), (None, Some("RUS".into()), false));
        assert_eq!(parse_role("army chief").0, None);
        assert_eq!(parse_role("Kremlin chief of staff").0, None);
    }

    #[test]
    fn a_states_names_are_one_place() {
        // ("VATICAN CITY —" opening a dispatch is the Vatican of the others.)
        let l = lang();
        for name in ["Vatican", "Holy See", "Vatican City"] {
            assert_eq!(l.country_named(name), l.country_named("Vatican"), "{name}");
        }
        assert!(l.country_named("Vatican City").is_some());
    }
}
