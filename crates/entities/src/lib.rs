//! Named entities (PER, LOC, ORG, MISC) and the titles and roles that describe people.
//!
//! The tagger is a compact statistical model trained here on CoNLL-2003 (see [`train`]): an
//! averaged structured perceptron over hashed word, shape, affix, document-case and gazetteer
//! features, decoded with Viterbi over BILOU labels. The model shipped in
//! `models/ner-en.bin` is embedded in the binary and loaded once per process.
//!
//! [`annotate`] is the pipeline stage: it fills [`Document::entities`] and
//! [`Document::roles`] from the segmenter's sentences and tokens.
//!
//! The shipped model is rebuilt, byte for byte, by (from the repository root):
//!
//! ```text
//! dossier train ner --train ../shared/data/conll2003/eng.train --train ../shared/data/conll2003/eng.testa \
//!     --dev ../shared/data/conll2003/eng.testa --last-epoch \
//!     --gazetteer ../shared/data/petrarch2-dictionaries/Phoenix.Countries.actors.txt \
//!     --unlabeled ../shared/data/polnear --unlabeled ../shared/data/wikiref-news-clusters \
//!     --unlabeled ../shared/data/tempeval3/TBAQ-cleaned -o models/ner-en.bin
//! ```
//!
//! and scored by `dossier eval ner --conll ../shared/data/conll2003/eng.testb`.

pub mod clusters;
pub mod conll;
pub mod features;
pub mod model;
pub mod phoenix;
pub mod roles;
pub mod tokenize;
pub mod train;

use dossier_document::{Document, EntityMention, Span};
use features::Sentence;
pub use model::{Chunk, Model, ModelError, Scratch, TYPES};
use std::sync::OnceLock;

/// The model trained by `dossier train ner` and committed to the repository.
static EMBEDDED: &[u8] = include_bytes!("../../../models/ner-en.bin");

/// The shipped model, parsed on first use.
pub fn default_model() -> Result<&'static Model, &'static ModelError> {
    static M: OnceLock<Result<Model, ModelError>> = OnceLock::new();
    M.get_or_init(|| Model::from_bytes(EMBEDDED)).as_ref()
}

/// One tagged mention in token terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte span in the text.
    pub span: Span,
    pub label: &'static str,
}

/// Tags one document given its sentences as lists of token spans over `text`.
pub fn tag_spans(
    model: &Model,
    text: &str,
    sentences: &[Vec<Span>],
    scratch: &mut Scratch,
) -> Vec<Mention> {
    tag_each(model, text, &mut |f| sentences.iter().for_each(|s| f(s)), scratch)
}

/// Calls the function it is given with every sentence's tokens, in order.
type EachSentence<'a> = dyn FnMut(&mut dyn FnMut(&[Span])) + 'a;

/// [`tag_spans`] for sentences that `each` produces, in order, as often as tagging asks (see
/// [`model::Sentences`]): only one sentence is prepared for the tagger at a time.
fn tag_each(
    model: &Model,
    text: &str,
    each: &mut EachSentence<'_>,
    scratch: &mut Scratch,
) -> Vec<Mention> {
    /// Sentences built from token spans: the first ones (see [`model::KEEP`]) once, the
    /// rest one at a time on every sweep.
    struct Built<'a, 'b> {
        text: &'a str,
        each: &'b mut EachSentence<'b>,
        kept: Vec<Sentence>,
        /// Tokens in `kept`; `None` once a sentence has been left out (on the first sweep).
        kept_tokens: Option<usize>,
    }
    impl model::Sentences for Built<'_, '_> {
        fn sweep(&mut self, f: &mut dyn FnMut(&Sentence)) {
            let (text, kept) = (self.text, &mut self.kept);
            let kept_tokens = &mut self.kept_tokens;
            let filled = kept_tokens.is_none() || !kept.is_empty();
            let mut k = 0;
            (self.each)(&mut |toks| {
                if k < kept.len() {
                    f(&kept[k]);
                    k += 1;
                    return;
                }
                let s = Sentence::from_words(toks.iter().map(|t| t.text(text)));
                if !filled {
                    if let Some(n) = kept_tokens.as_mut() {
                        if model::keeps(*n, toks.len()) {
                            *n += toks.len();
                            kept.push(s);
                            f(&kept[k]);
                            k += 1;
                            return;
                        }
                        *kept_tokens = None;
                    }
                }
                f(&s);
            });
        }
    }
    let mut src = Built { text, each, kept: Vec::new(), kept_tokens: Some(0) };
    // Every token's label, sentence after sentence (a byte a token), then read back against the
    // spans.
    let mut labels: Vec<u8> = Vec::new();
    model.tag_each(&mut src, scratch, &mut |l| labels.extend_from_slice(l));
    let mut out = Vec::new();
    let mut at = 0;
    (src.each)(&mut |toks| {
        let l = &labels[at..at + toks.len()];
        at += toks.len();
        for c in model::chunks(l) {
            out.push(Mention {
                span: Span::new(toks[c.start].start, toks[c.end - 1].end),
                label: TYPES[c.ty],
            });
        }
    });
    out
}

/// Normalised form of a mention's text: whitespace collapsed, typographic apostrophes made plain,
/// and a possessive ending dropped.
pub fn normalise_name(s: &str) -> String {
    let mut t = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !t.is_empty() {
            t.push(' ');
        }
        if w.is_ascii() {
            t.push_str(w);
        } else {
            t.extend(
                w.chars().map(|c| if matches!(c, '\u{2019}' | '\u{2018}') { '\'' } else { c }),
            );
        }
    }
    for suf in ["'s", "'S", "'"] {
        if let Some(x) = t.strip_suffix(suf) {
            if !x.is_empty() {
                t.truncate(x.len());
                break;
            }
        }
    }
    t
}

/// "according to Chinese state broadcaster CCTV", "news agency Xinhua": a name the tagger left
/// untagged right after a noun for a kind of organisation is that organisation. Only a word in
/// capitals ("CCTV", "TASS") or one capitalised word standing alone ("Xinhua"), so that
/// "company President Ana Brisk" takes nothing. One pass over the text's words.
fn name_after_org_noun(text: &str, sorted_nouns: &[&str], mentions: &mut Vec<Mention>) {
    let org_nouns = sorted_nouns;
    let mut found: Vec<Mention> = Vec::new();
    // Words are what a space separates. Only a word that opens with a capital can follow such a
    // noun, so the text is read for a space before a capital, and only there is the word before
    // it looked up (most words are not there: reading every word was 1% of a build).
    let b = text.as_bytes();
    for start in 1..b.len() {
        if !(b[start].is_ascii_uppercase() && b[start - 1] == b' ') {
            continue;
        }
        let noun_start = text[..start - 1].rfind(' ').map_or(0, |k| k + 1);
        let noun = &text[noun_start..start - 1];
        if !noun.starts_with(|c: char| c.is_ascii_lowercase())
            || org_nouns.binary_search(&noun).is_err()
        {
            continue;
        }
        let end = text[start..].find(' ').map_or(text.len(), |k| start + k);
        let raw = &text[start..end];
        let word = raw.trim_end_matches([',', '.', ';', ':', ')', '"']);
        if word.is_empty() || !word.chars().all(|c| c.is_ascii_alphabetic()) {
            continue;
        }
        let capitals =
            (2..=6).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase());
        let alone = word.len() < raw.len()
            || text.get(end + 1..).is_none_or(|n| !n.starts_with(|c: char| c.is_uppercase()));
        let capitalised = word[1..].chars().all(|c| c.is_ascii_lowercase()) && alone;
        if (capitalised && calendar_word(word)) || !(capitals || capitalised) {
            continue;
        }
        let span = Span::new(start, start + word.len());
        let tagged = mentions.iter().any(|m| m.span.start < span.end && span.start < m.span.end);
        if !tagged {
            found.push(Mention { span, label: "ORG" });
        }
    }
    if !found.is_empty() {
        mentions.extend(found);
        mentions.sort_by_key(|m| m.span.start);
    }
}

/// Whether `word` names a day of the week or a month ("the bank Monday": no bank's name).
fn calendar_word(word: &str) -> bool {
    static CALENDAR: OnceLock<Vec<String>> = OnceLock::new();
    let names = CALENDAR.get_or_init(|| {
        let lists = [
            include_str!("../../../resources/en/time/weekdays.txt"),
            include_str!("../../../resources/en/time/months.txt"),
        ];
        let mut v: Vec<String> = lists
            .iter()
            .flat_map(|l| word_list(l))
            .filter_map(|l| l.split('\t').next().map(str::to_string))
            .collect();
        v.sort_unstable();
        v
    });
    names.binary_search(&word.to_ascii_lowercase()).is_ok()
}

fn word_list(text: &'static str) -> Vec<&'static str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

/// Lower-case words that join the parts of one person's name ("bin", "van").
fn particles() -> &'static [&'static str] {
    static PARTICLES: OnceLock<Vec<&'static str>> = OnceLock::new();
    PARTICLES.get_or_init(|| {
        word_list(include_str!("../../../resources/en/entities/name_particles.txt"))
    })
}

/// Conventions of a dossier on top of the newswire model's (which `dossier eval ner` scores
/// unchanged): a seat of government named as such is the institution (ORG), and two person
/// mentions joined by a name particle ("Mohammed bin Zayed") are one name.
/// "International Committee of the Red Cross" tagged as two organisations: an organisation whose
/// last word is a noun of `body_nouns.txt`, "of" or "of the", then a name, is one organisation
/// (the second mention is left covered, and goes with the others a name covers).
fn join_body_of_name(text: &str, mentions: &mut [Mention]) {
    static BODY_NOUNS: OnceLock<Vec<&'static str>> = OnceLock::new();
    let nouns = BODY_NOUNS
        .get_or_init(|| word_list(include_str!("../../../resources/en/entities/body_nouns.txt")));
    for i in 0..mentions.len().saturating_sub(1) {
        let (m, next) = (&mentions[i], &mentions[i + 1]);
        if m.label != "ORG" || m.span.end > next.span.start {
            continue;
        }
        let gap = text.get(m.span.end..next.span.start).unwrap_or("");
        let last = m.span.text(text).rsplit(' ').next().unwrap_or("").to_lowercase();
        if matches!(gap, " of " | " of the ") && nouns.contains(&last.as_str()) {
            let end = next.span.end;
            mentions[i].span.end = end;
        }
    }
}

fn adjust(text: &str, mentions: &mut Vec<Mention>) {
    static SEATS: OnceLock<Vec<&'static str>> = OnceLock::new();
    let seats = SEATS.get_or_init(|| {
        word_list(include_str!("../../../resources/en/entities/government_seats.txt"))
    });
    let particles = particles();
    for m in mentions.iter_mut().filter(|m| m.label == "LOC") {
        let name = normalise_name(m.span.text(text));
        if seats.iter().any(|s| *s == name) {
            m.label = "ORG";
        }
    }
    // "said on Telegram": a platform is no place.
    static PLATFORMS: OnceLock<Vec<&'static str>> = OnceLock::new();
    let platforms = PLATFORMS
        .get_or_init(|| word_list(include_str!("../../../resources/en/entities/platforms.txt")));
    for m in mentions.iter_mut().filter(|m| m.label == "LOC") {
        if platforms.contains(&m.span.text(text)) {
            m.label = "ORG";
        }
    }
    static CRAFT: OnceLock<Vec<&'static str>> = OnceLock::new();
    let craft =
        CRAFT.get_or_init(|| word_list(include_str!("../../../resources/en/entities/craft.txt")));
    // (Also where the tagger stopped short: "Air Force" of "Air Force One".)
    for m in mentions.iter_mut() {
        let from = text.get(m.span.start..).unwrap_or("");
        let whole = craft.iter().find(|c| {
            c.starts_with(m.span.text(text))
                && from.starts_with(**c)
                && !from[c.len()..].starts_with(char::is_alphanumeric)
        });
        if let Some(c) = whole {
            m.span.end = m.span.start + c.len();
            m.label = "MISC";
        }
    }
    join_body_of_name(text, mentions);
    // (A mention the name now covers, "One" tagged on its own, goes.)
    let mut reach = 0;
    mentions.retain(|m| {
        let inside = m.span.start < reach;
        reach = reach.max(m.span.end);
        !inside
    });
    // "the national airline Belavia": a name right after a noun for a kind of organisation.
    static ORG_NOUNS: OnceLock<Vec<&'static str>> = OnceLock::new();
    // (Sorted, for a binary search per word of the text.)
    let org_nouns = ORG_NOUNS.get_or_init(|| {
        let mut v = word_list(include_str!("../../../resources/en/entities/org_nouns.txt"));
        v.sort_unstable();
        v
    });
    for m in mentions.iter_mut().filter(|m| matches!(m.label, "LOC" | "MISC")) {
        let before = text.get(..m.span.start).unwrap_or("");
        let Some(head) = before.strip_suffix(' ') else { continue };
        let word = head.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        if !word.is_empty() && word.starts_with(char::is_lowercase) && org_nouns.contains(&word) {
            m.label = "ORG";
        }
    }
    name_after_org_noun(text, org_nouns, mentions);
    // The tagger now and then takes a sentence's final period into a name ("Truth Social.");
    // the period is the sentence's, unless the last word is an abbreviation or initial
    // ("Acme Co.", "John F.").
    for m in mentions.iter_mut() {
        let t = m.span.text(text);
        if let Some(core) = t.strip_suffix('.') {
            let last = core.rsplit(char::is_whitespace).next().unwrap_or(core);
            if !last.is_empty() && !tokenize::keeps_period_given(last, last.contains('.')) {
                m.span.end -= 1;
            }
        }
    }
    // "Abdel Fattah al-Sisi" where the tagger stopped before "al-Sisi": a particle joined by a
    // hyphen to a capitalised word right after a person's name is the name's last part; so
    // after a place's ("Sharm el-Sheikh", "Deir al-Balah").
    for m in mentions.iter_mut().filter(|m| matches!(m.label, "PER" | "LOC")) {
        let Some(next) = text.get(m.span.end..).and_then(|t| t.strip_prefix(' ')) else {
            continue;
        };
        let word = next
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | ')' | '"'))
            .next()
            .unwrap_or("");
        let word = word.strip_suffix("'s").unwrap_or(word);
        let joined = word.split_once('-').is_some_and(|(p, rest)| {
            particles.contains(&p) && rest.starts_with(|c: char| c.is_uppercase())
        });
        if joined {
            m.span.end += 1 + word.len();
        }
    }
    join_saints_places(text, mentions);
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions.drain(..) {
        // (A mention of its own for the word a name was just extended over is gone with it.)
        if out.last().is_some_and(|p: &Mention| m.span.end <= p.span.end) {
            continue;
        }
        if let Some(prev) = out.last_mut() {
            let gap = &text[prev.span.end.min(m.span.start)..m.span.start];
            let mut words = gap.split_whitespace();
            let one_word = match (words.next(), words.next()) {
                (Some(w), None) => Some(w),
                _ => None,
            };
            if prev.label == "PER"
                && m.label == "PER"
                && one_word.is_some_and(|w| particles.contains(&w) && gap.len() <= w.len() + 2)
            {
                prev.span.end = m.span.end;
                continue;
            }
        }
        out.push(m);
    }
    *mentions = out;
}

/// "St. Peter's Basilica", "Saint Mark's Square": a saint's name in the possessive before
/// capitalised words names one place, which the tagger cuts into a person and a place (or a
/// body and a person). The whole becomes one mention, replacing those inside it.
fn join_saints_places(text: &str, mentions: &mut Vec<Mention>) {
    static SAINTS: OnceLock<Vec<&'static str>> = OnceLock::new();
    let saints =
        SAINTS.get_or_init(|| word_list(include_str!("../../../resources/en/entities/saints.txt")));
    let word_len = |s: &str| s.find(|c: char| !c.is_alphabetic()).unwrap_or(s.len());
    let mut found: Vec<Mention> = Vec::new();
    for saint in saints {
        for (i, _) in text.match_indices(saint) {
            let at_word = text[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let Some(rest) = text[i + saint.len()..].strip_prefix(' ') else { continue };
            let name = word_len(rest);
            if !at_word || name == 0 || !rest.starts_with(char::is_uppercase) {
                continue;
            }
            let after = &rest[name..];
            let Some(place) = after.strip_prefix("'s ").or_else(|| after.strip_prefix("’s "))
            else {
                continue;
            };
            let mut end = text.len() - place.len();
            let mut words = 0;
            while text[end..].starts_with(char::is_uppercase) {
                end += word_len(&text[end..]);
                words += 1;
                let next = &text[end..];
                if next.starts_with(' ') && next[1..].starts_with(char::is_uppercase) {
                    end += 1;
                } else {
                    break;
                }
            }
            if words == 0 || found.iter().any(|f| f.span.start <= i && i < f.span.end) {
                continue;
            }
            let label = if text[..end].ends_with(" Day") { "MISC" } else { "LOC" };
            found.push(Mention { span: Span::new(i, end), label });
        }
    }
    if found.is_empty() {
        return;
    }
    mentions
        .retain(|m| !found.iter().any(|f| f.span.start < m.span.end && m.span.start < f.span.end));
    mentions.extend(found);
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
}

/// "Indian National Security Adviser Ajit Doval" tagged as one organisation: the person named
/// after the title is the mention (the roles layer then finds the title before it), and a
/// nationality word before the title is a mention of its own (MISC; any other word, a body's
/// name: "Kremlin Chief of Staff Anton Vaino").
fn split_titled_names(entities: &mut Vec<EntityMention>) {
    if !entities.iter().any(|e| e.text.contains(' ')) {
        return;
    }
    let mut out = Vec::with_capacity(entities.len() + 1);
    for mut e in entities.drain(..) {
        // ("Presidents Zelensky and Trump": the plural title is theirs, the name his.)
        if let Some((s, _)) = roles::plural_title_then_name(&e.text) {
            e.start += s;
            e.text = e.text[s..].to_string();
            e.entity = normalise_name(&e.text);
            e.label = "PER".into();
        }
        // ("Emir Sheikh Tamim bin Hamad Al Thani" tagged a person whole: the name after the
        // titles is.)
        if e.label == "PER" {
            if let Some(s) = roles::person_title_then_name(&e.text, &|w| particles().contains(&w)) {
                e.start += s;
                e.text = e.text[s..].to_string();
                e.entity = normalise_name(&e.text);
            }
        }
        let split = (e.label != "PER").then(|| roles::title_then_name(&e.text)).flatten();
        let Some((before, (ns, ne))) = split else {
            out.push(e);
            continue;
        };
        let part = |s: usize, end: usize, label: &str| {
            let text = e.text[s..end].to_string();
            EntityMention {
                start: e.start + s,
                end: e.start + end,
                entity: normalise_name(&text),
                text,
                label: label.into(),
            }
        };
        if let Some((s, end)) = before {
            let w = &e.text[s..end];
            let nationality = ["an", "ese", "ish", "i", "ch"].iter().any(|x| w.ends_with(x));
            out.push(part(s, end, if nationality { "MISC" } else { "ORG" }));
        }
        out.push(part(ns, ne, "PER"));
    }
    *entities = out;
}

/// The pipeline stage: fills `doc.entities` and `doc.roles`.
///
/// Works from `doc.sentences` and `doc.tokens` when the segmenter has filled them, re-splitting
/// tokens the way the training data was tokenised (possessive `'s` apart, quotes apart); with no
/// segmentation it tokenises the text itself.
pub fn annotate(doc: &mut Document) {
    let Ok(model) = default_model() else {
        return;
    };
    // The tagger's tokens, kept compactly; for a text too long for 32-bit offsets, split again
    // on every sweep instead.
    let store = tokenize::TokenStore::new(doc);
    let d: &Document = doc;
    let mut each = |f: &mut dyn FnMut(&[Span])| match &store {
        Some(st) => st.each(f),
        None => tokenize::each_sentence(d, f),
    };
    thread_local! {
        /// The tagger's working buffers, kept from one article to the next on each thread:
        /// made afresh for every article, they grew from nothing by doubling and copied what
        /// they held each time (about 1% of a build's instructions).
        static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
    }
    let mut mentions = SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => {
            let found = tag_each(model, &d.text, &mut each, &mut scratch);
            scratch.trim();
            found
        }
        Err(_) => tag_each(model, &d.text, &mut each, &mut Scratch::default()),
    });
    adjust(&d.text, &mut mentions);
    // The article's own outlet, named in its byline or dateline ("(Vistula Daily) -"), is an
    // organisation whatever the tagger made of its words.
    let outlet = d.meta.outlet.as_deref().map(str::trim).filter(|o| !o.is_empty());
    let entities: Vec<EntityMention> = mentions
        .iter()
        .map(|m| {
            let text = m.span.text(&d.text).to_string();
            let own = outlet.is_some_and(|o| o.eq_ignore_ascii_case(&text));
            EntityMention {
                start: m.span.start,
                end: m.span.end,
                entity: normalise_name(&text),
                text,
                label: if own { "ORG".into() } else { m.label.into() },
            }
        })
        .collect();
    drop(mentions);
    // "BRUSSELS (Reuters) -": the agency a wire dateline credits is where the article came
    // from (its `outlet`), not a name in the news; counted, it would top every wire corpus.
    let mut entities = entities;
    for p in d.paragraphs.iter().take(2) {
        let Some(para) = d.text.get(p.start..p.end) else { continue };
        if let Some(agency) = dossier_clean::dateline_outlet(para) {
            let start = p.start + (agency.as_ptr() as usize - para.as_ptr() as usize);
            let credit = Span::new(start, start + agency.len());
            entities.retain(|e| !(credit.start <= e.start && e.end <= credit.end));
        }
    }
    // "National Security Adviser Mike Waltz": a name the tagger made of title words alone, right
    // before a person, is that person's title (the roles below find it), no organisation.
    let titles: Vec<bool> = entities
        .iter()
        .enumerate()
        .map(|(i, e)| {
            e.label != "PER"
                && entities.get(i + 1).is_some_and(|p| {
                    p.label == "PER" && d.text.get(e.end..p.start).is_some_and(|g| g == " ")
                })
                && roles::is_title(&e.text)
        })
        .collect();
    let mut is_title = titles.into_iter();
    entities.retain(|_| !is_title.next().unwrap_or(false));
    // "Director of National Intelligence Tulsi Gabbard": the title's words after "of" are not
    // the name's.
    for e in entities.iter_mut().filter(|e| e.label != "PER") {
        let before = d.text.get(..e.start).unwrap_or("");
        if let Some(s) = roles::title_of_then_name(before, &e.text) {
            e.start += s;
            e.text = e.text[s..].to_string();
            e.entity = normalise_name(&e.text);
            e.label = "PER".into();
        }
    }
    split_titled_names(&mut entities);
    let mut finder = roles::Finder::new(&d.text, &entities);
    each(&mut |toks| finder.sentence(toks));
    let roles = finder.out;
    doc.entities = entities;
    doc.roles = roles;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_leaders_plane_is_a_miscellaneous_name() {
        let t = "He spoke aboard Air Force One on Monday; the Air Force said nothing.";
        let at = |w: &str| t.find(w).unwrap();
        let mut m = vec![
            Mention { span: Span::new(at("Air Force One"), at(" One")), label: "ORG" },
            Mention { span: Span::new(at("One"), at("One") + 3), label: "MISC" },
            Mention { span: Span::new(at("Air Force said"), at(" said")), label: "ORG" },
        ];
        adjust(t, &mut m);
        let got: Vec<(&str, &str)> = m.iter().map(|m| (m.span.text(t), m.label)).collect();
        assert_eq!(got, [("Air Force One", "MISC"), ("Air Force", "ORG")]);
    }

    #[test]
    fn a_body_of_a_name_taken_apart_is_one_organisation() {
        let t = "The International Committee of the Red Cross met the Varnia Council at Oslo.";
        let span = |w: &str| {
            let s = t.find(w).unwrap();
            Span::new(s, s + w.len())
        };
        let mut m = vec![
            Mention { span: span("International Committee"), label: "ORG" },
            Mention { span: span("Red Cross"), label: "ORG" },
            Mention { span: span("Varnia Council"), label: "ORG" },
            Mention { span: span("Oslo"), label: "LOC" },
        ];
        adjust(t, &mut m);
        let names: Vec<&str> = m.iter().map(|m| m.span.text(t)).collect();
        assert_eq!(names, ["International Committee of the Red Cross", "Varnia Council", "Oslo"]);
    }

    #[test]
    fn a_platform_is_no_place() {
        let t = "Lind said on Telegram that she had left Telegram Bay.";
        let mut m = vec![
            Mention { span: Span::new(13, 21), label: "LOC" },
            Mention { span: Span::new(40, 52), label: "LOC" },
        ];
        adjust(t, &mut m);
        assert_eq!(m[0].label, "ORG");
        assert_eq!(m[1].label, "LOC");
    }

    #[test]
    fn a_name_after_a_kind_of_organisation_is_that_organisation() {
        let t = "the national airline Norvia flew to Vardo, and the Airline Norvia";
        let mut m = vec![
            Mention { span: Span::new(21, 27), label: "LOC" },
            Mention { span: Span::new(36, 41), label: "LOC" },
            Mention { span: Span::new(59, 65), label: "LOC" },
        ];
        adjust(t, &mut m);
        assert_eq!(m[0].label, "ORG");
        assert_eq!(m[1].label, "LOC", "a place after a preposition stays");
        assert_eq!(m[2].label, "LOC", "a capitalised word is part of a name, no noun before");
    }

    #[test]
    fn an_untagged_name_after_a_kind_of_organisation_is_that_organisation() {
        let t = "according to state broadcaster NTV, news agency Velta said; company President \
                 Ana Brisk and the bank Monday";
        let mut m = vec![Mention { span: Span::new(79, 82), label: "PER" }];
        adjust(t, &mut m);
        let orgs: Vec<&str> =
            m.iter().filter(|m| m.label == "ORG").map(|m| &t[m.span.start..m.span.end]).collect();
        // Not a title before a name, a capitalised word followed by another, or a day.
        assert_eq!(orgs, ["NTV", "Velta"]);
    }

    #[test]
    fn particles_join_person_names_and_seats_are_orgs() {
        let t = "Ali bin Hamad and the White House";
        let mut m = vec![
            Mention { span: Span::new(0, 3), label: "PER" },
            Mention { span: Span::new(8, 13), label: "PER" },
            Mention { span: Span::new(22, 33), label: "LOC" },
        ];
        adjust(t, &mut m);
        assert_eq!(m[0], Mention { span: Span::new(0, 13), label: "PER" });
        assert_eq!(m[1].label, "ORG");
        assert_eq!(m.len(), 2);
    }

    #[test]
    fn a_saints_place_in_the_possessive_is_one_place() {
        let t = "They met in St. Peter's Basilica and on Saint Mark's Square on St. Patrick's Day.";
        // As the tagger cut them: a body, a person and a place.
        let mut m = vec![
            Mention { span: Span::new(12, 15), label: "ORG" },
            Mention { span: Span::new(16, 21), label: "PER" },
            Mention { span: Span::new(24, 32), label: "LOC" },
            Mention { span: Span::new(40, 44), label: "PER" },
        ];
        adjust(t, &mut m);
        let got: Vec<(&str, &str)> = m.iter().map(|m| (m.span.text(t), m.label)).collect();
        assert_eq!(
            got,
            [
                ("St. Peter's Basilica", "LOC"),
                ("Saint Mark's Square", "LOC"),
                ("St. Patrick's Day", "MISC")
            ]
        );
    }

    #[test]
    fn a_plural_title_before_two_names_is_theirs() {
        let text = "Officials said the brief meeting between Presidents Zelensky and Trump in \
                    Rome went well, and Prime Ministers Starmer and Carney agreed.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        annotate(&mut doc);
        let names: Vec<&str> = doc.entities.iter().map(|e| e.text.as_str()).collect();
        assert!(!names.iter().any(|n| n.contains("Presidents") || n.contains("Ministers")));
        for name in ["Zelensky", "Trump", "Starmer", "Carney"] {
            let e = doc.entities.iter().find(|e| e.text == name);
            assert_eq!(e.map(|e| e.label.as_str()), Some("PER"), "{name}: {:?}", doc.entities);
        }
    }

    #[test]
    fn a_hyphenated_particle_ends_a_name() {
        let t = "President Abdel Fattah al-Sisi hosted it; Sisi spoke.";
        let mut m = vec![
            Mention { span: Span::new(10, 22), label: "PER" },
            Mention { span: Span::new(23, 30), label: "MISC" },
        ];
        adjust(t, &mut m);
        assert_eq!(m[0].span.text(t), "Abdel Fattah al-Sisi");
        // The word it took in is no mention of its own.
        assert_eq!(m.len(), 1, "{m:?}");
    }

    #[test]
    fn a_hyphenated_particle_ends_a_place_name_too() {
        let t = "They met in Sharm el-Sheikh on Monday.";
        let mut m = vec![
            Mention { span: Span::new(12, 17), label: "LOC" },
            Mention { span: Span::new(18, 27), label: "MISC" },
        ];
        adjust(t, &mut m);
        assert_eq!(m[0].span.text(t), "Sharm el-Sheikh");
        assert_eq!(m.len(), 1, "{m:?}");
    }

    #[test]
    fn a_sentences_period_is_no_part_of_a_name() {
        let t = "He wrote on Truth Social. He works at Acme Co.";
        let mut m = vec![
            Mention { span: Span::new(12, 25), label: "ORG" },
            Mention { span: Span::new(38, 46), label: "ORG" },
        ];
        adjust(t, &mut m);
        assert_eq!(m[0].span.text(t), "Truth Social");
        assert_eq!(m[1].span.text(t), "Acme Co.");
    }

    #[test]
    fn the_articles_own_outlet_is_an_organisation() {
        let text = "The minister met the envoy on Tuesday, he told Vistula Daily.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        doc.meta.outlet = Some("Vistula Daily".into());
        annotate(&mut doc);
        let outlet = doc.entities.iter().find(|e| e.text == "Vistula Daily");
        assert_eq!(outlet.map(|e| e.label.as_str()), Some("ORG"), "{:?}", doc.entities);
    }

    #[test]
    fn the_agency_a_dateline_credits_is_no_entity() {
        let text = "WARSAW, March 12 (Vistula Daily) - The minister met Reuters reporters on \
                    Tuesday.\n\nHe said the talks in Warsaw went well.";
        let mut doc = Document { raw: text.into(), ..Default::default() };
        dossier_clean::clean(&mut doc);
        dossier_segment::segment(&mut doc);
        annotate(&mut doc);
        let names: Vec<&str> = doc.entities.iter().map(|e| e.text.as_str()).collect();
        assert!(!names.contains(&"Vistula Daily"), "{names:?}");
        assert!(names.contains(&"WARSAW") && names.contains(&"Reuters"), "{names:?}");
    }

    #[test]
    fn titles_tagged_inside_a_persons_name_are_left_to_the_roles() {
        let person = |start: usize, text: &str| EntityMention {
            start,
            end: start + text.len(),
            text: text.into(),
            entity: normalise_name(text),
            label: "PER".into(),
        };
        let mut found = vec![
            person(8, "Emir Sheikh Tamim bin Hamad Al Thani"),
            person(50, "Pope Leo"),
            person(60, "President Ardan Volkov"),
        ];
        split_titled_names(&mut found);
        let names: Vec<(&str, usize)> = found.iter().map(|e| (e.text.as_str(), e.start)).collect();
        // One name after the title stays whole: the title is how the person is named.
        assert_eq!(
            names,
            [("Tamim bin Hamad Al Thani", 20), ("Pope Leo", 50), ("Ardan Volkov", 70)]
        );
    }

    #[test]
    fn title_words_tagged_as_a_name_before_a_person_are_the_persons_title() {
        let text = "National Security Adviser Mike Waltz confirmed the step at a briefing.";
        let mut doc = Document { text: text.into(), ..Default::default() };
        annotate(&mut doc);
        assert!(doc.entities.iter().all(|e| e.label == "PER"), "{:?}", doc.entities);
        let role = doc.roles.iter().find(|r| r.text == "National Security Adviser");
        assert_eq!(role.and_then(|r| r.entity.as_deref()), Some("Mike Waltz"), "{:?}", doc.roles);
    }

    /// The thread's scratch is kept between articles: an article tagged after a long one, and
    /// after itself, gets the same mentions as on a fresh thread.
    #[test]
    fn a_kept_scratch_changes_no_mention() {
        let text = "Vladimir Putin spoke with Donald Trump on Tuesday, the Kremlin said. \
                    Yuri Ushakov told reporters in Moscow that the call lasted an hour.";
        let tag = |t: &str| {
            let mut doc = Document { text: t.into(), ..Default::default() };
            annotate(&mut doc);
            doc.entities.iter().map(|e| (e.start, e.end, e.label.clone())).collect::<Vec<_>>()
        };
        let fresh = std::thread::scope(|s| s.spawn(|| tag(text)).join().unwrap());
        assert!(!fresh.is_empty());
        let long = format!("{} ", "Angela Merkel met Emmanuel Macron in Berlin.".repeat(3000));
        std::thread::scope(|s| {
            s.spawn(|| {
                tag(&long);
                assert_eq!(tag(text), fresh);
                assert_eq!(tag(text), fresh);
            });
        });
    }

    #[test]
    fn trim_lets_go_of_what_a_long_article_grew() {
        let mut sc = Scratch::default();
        sc.trim();
        let long = format!("{} ", "Angela Merkel met Emmanuel Macron in Berlin.".repeat(3000));
        let doc = Document { text: long, ..Default::default() };
        let model = default_model().unwrap();
        let store = tokenize::TokenStore::new(&doc).unwrap();
        let mut each = |f: &mut dyn FnMut(&[Span])| store.each(f);
        tag_each(model, &doc.text, &mut each, &mut sc);
        assert!(sc.held_bytes() > Scratch::KEPT_BYTES);
        sc.trim();
        assert!(sc.held_bytes() <= 7 * Scratch::KEPT_BYTES);
    }

    #[test]
    fn name_normalisation_matches_the_first_version() {
        fn reference(s: &str) -> String {
            let mut t: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
            t = t.replace(['\u{2019}', '\u{2018}'], "'");
            for suf in ["'s", "'S", "'"] {
                if let Some(x) = t.strip_suffix(suf) {
                    if !x.is_empty() {
                        t = x.to_string();
                        break;
                    }
                }
            }
            t
        }
        let parts = ["a", "B", " ", "\n", "\u{2019}", "\u{2018}", "'", "s", "S", "\u{a0}", "Ж"];
        let mut x = 0x853c_49e6_748f_ea9bu64;
        for _ in 0..50_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let w: String = (0..(x % 8))
                .map(|k| parts[((x >> (4 * k + 3)) % parts.len() as u64) as usize])
                .collect();
            assert_eq!(normalise_name(&w), reference(&w), "{w:?}");
        }
    }

    #[test]
    fn name_normalisation() {
        assert_eq!(normalise_name("Putin\u{2019}s"), "Putin");
        assert_eq!(normalise_name("Vladimir  Putin"), "Vladimir Putin");
        assert_eq!(normalise_name("Nations'"), "Nations");
    }
}
