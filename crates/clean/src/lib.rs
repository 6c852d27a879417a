//! Cleaning: from the raw text of an article to its body.
//!
//! Real articles arrive with website clutter around and inside the story: lists of links under
//! "Read also", single-line cross-links, an author line, a machine-translation footer. Cleaning
//! recognises these by general rules over *lines*, with the words kept as data under
//! `resources/en/clean/`, and cuts them out. It never rewrites characters: the cleaned text is the
//! raw text minus the spans listed in [`Document::removed`], so every offset maps back.
//!
//! Cleaning also finds the document's structure: the title (a short first line followed by a
//! blank line), section headings inside the body, and paragraphs (one per remaining line).

mod resources;

use dossier_document::{Document, Metadata, RemovalReason, Removed, Span};
use resources::Resources;

/// One line of the raw text; `end` includes the line break.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
    kind: Kind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Blank,
    Body,
    Remove(RemovalReason),
}

/// Cleans `doc.raw` into `doc.text`, filling `removed`, `headings`, `paragraphs`, and the
/// metadata that clutter carried (title, author, machine-translation source) when not already
/// given.
pub fn clean(doc: &mut Document) {
    let res = resources::get();
    let raw = doc.raw.as_str();
    let mut lines = split_lines(raw);

    find_title(raw, &mut lines, &mut doc.meta);
    find_link_lists(raw, &mut lines, res);
    for line in lines.iter_mut().filter(|l| l.kind == Kind::Body) {
        let content = raw[line.start..line.end].trim();
        if let Some(author) = res.byline(content) {
            line.kind = Kind::Remove(RemovalReason::Byline);
            if doc.meta.author.is_none() {
                doc.meta.author = Some(author.to_string());
            }
        } else if res.is_cross_link(content) {
            line.kind = Kind::Remove(RemovalReason::CrossLink);
        }
    }
    find_translation_notice(raw, &mut lines, res, &mut doc.meta);
    trim_edges(&mut lines);

    // Build the text, the removed-span list, headings and paragraphs from the line kinds.
    let mut text = String::with_capacity(raw.len());
    let mut removed: Vec<Removed> = Vec::new();
    let body_lines = lines.iter().filter(|l| l.kind == Kind::Body).count();
    let mut paragraphs = Vec::with_capacity(body_lines);
    let mut headings = Vec::new();
    let mut seen = 0;
    for line in &lines {
        match line.kind {
            Kind::Remove(reason) => match removed.last_mut() {
                Some(last) if last.end == line.start && last.reason == reason => {
                    last.end = line.end
                }
                _ => removed.push(Removed { start: line.start, end: line.end, reason }),
            },
            Kind::Blank | Kind::Body => {
                let at = text.len();
                text.push_str(&raw[line.start..line.end]);
                if line.kind == Kind::Body {
                    let content = raw[line.start..line.end].trim_end();
                    let lead = content.len() - content.trim_start().len();
                    let span = Span::new(at + lead, at + content.len());
                    // A heading is followed by more body text.
                    seen += 1;
                    if seen < body_lines && looks_like_heading(content.trim_start()) {
                        headings.push(span);
                    } else {
                        paragraphs.push(span);
                    }
                }
            }
        }
    }
    if doc.meta.outlet.is_none() {
        doc.meta.outlet = paragraphs
            .iter()
            .take(DATELINE_PARAGRAPHS)
            .find_map(|p| dateline_outlet(&text[p.start..p.end]))
            .map(str::to_string);
    }
    doc.text = text;
    doc.removed = removed;
    doc.headings = headings;
    doc.paragraphs = paragraphs;
}

/// Paragraphs from the top that may open with a dateline.
const DATELINE_PARAGRAPHS: usize = 2;

/// The agency a wire story's dateline names: "BAKU, March 15 (AP) - ...", "KYIV, Ukraine (AP)
/// — ...", "BRUSSELS (Reuters) -", or "(Reuters) -" with no place at all. The place is written
/// in capitals, the agency is a few words in parentheses without digits ("UPDATE 2" is no
/// agency), and a dash follows. Only used when no outlet was given with the article.
pub fn dateline_outlet(paragraph: &str) -> Option<&str> {
    let head = paragraph.get(..paragraph.len().min(120))?;
    let open = head.find('(')?;
    let close = open + head[open..].find(')')?;
    let place = &head[..open];
    let first = place.split([',', ' ']).next()?;
    // ("(Reuters) - ...": a story with no place of its own opens with the agency.)
    let capitals = place.is_empty()
        || first.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && first.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
    // Between the place and the agency: at most a country or a date, no sentence.
    let short = place.len() <= 60
        && place.split_whitespace().count() <= 8
        && !place.contains(['!', '?', '"', '\u{201c}', ':', ';']);
    let agency = head[open + 1..close].trim();
    let words = agency.split_whitespace().count();
    let name = (1..=4).contains(&words)
        && agency.len() <= 40
        && agency.starts_with(char::is_alphabetic)
        && !agency.contains(|c: char| c.is_ascii_digit())
        && agency.split_whitespace().all(|w| w.starts_with(char::is_uppercase));
    let dash = head[close + 1..].trim_start().starts_with(['-', '\u{2013}', '\u{2014}']);
    (capitals && short && name && dash).then_some(agency)
}

/// The lines of `raw`. A run of blank lines is one [`Line`]: every rule treats a run like one
/// blank line, and a text of a million newlines then needs one entry, not a million.
fn split_lines(raw: &str) -> Vec<Line> {
    let bytes = raw.as_bytes();
    // Sized once: growing by doubling would hold old and new buffers together at the peak.
    let newlines = bytes.iter().filter(|&&b| b == b'\n').count();
    let mut lines: Vec<Line> = Vec::with_capacity(newlines + 1);
    let mut start = 0;
    while start < raw.len() {
        let end = memchr_newline(&bytes[start..]).map(|i| start + i + 1).unwrap_or(raw.len());
        let kind = if raw[start..end].trim().is_empty() { Kind::Blank } else { Kind::Body };
        match lines.last_mut() {
            Some(last) if kind == Kind::Blank && last.kind == Kind::Blank => last.end = end,
            _ => lines.push(Line { start, end, kind }),
        }
        start = end;
    }
    lines
}

fn memchr_newline(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'\n')
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// A title is a short first line (after any leading blank lines) followed by a blank line.
/// The leading blanks, the title and the blank lines after it are removed together.
fn find_title(raw: &str, lines: &mut [Line], meta: &mut Metadata) {
    let Some(first) = lines.iter().position(|l| l.kind == Kind::Body) else { return };
    let next_is_blank = lines.get(first + 1).is_some_and(|l| l.kind == Kind::Blank);
    let content = raw[lines[first].start..lines[first].end].trim();
    let short = content.len() <= 200 && word_count(content) <= 25;
    // A full stop ends a sentence, also inside closing quotation marks ("Mayor: Budget 'Under Control.'").
    let unquoted = content.trim_end_matches(['\'', '"', '’', '”', '»']);
    let ends_like_sentence = unquoted.ends_with('.') && !unquoted.ends_with("...");
    if !(next_is_blank && short && !ends_like_sentence) {
        return;
    }
    let mut end = first + 1;
    while end < lines.len() && lines[end].kind == Kind::Blank {
        end += 1;
    }
    for line in &mut lines[..end] {
        line.kind = Kind::Remove(RemovalReason::Title);
    }
    if meta.title.is_none() {
        meta.title = Some(content.to_string());
    }
}

fn is_list_item(content: &str) -> bool {
    ["- ", "• ", "* ", "– ", "— ", "· ", "> "].iter().any(|b| content.starts_with(b))
}

/// A line that reads like a headline: short, no sentence-final full stop, most words capitalised.
fn looks_like_headline(content: &str) -> bool {
    let words: Vec<&str> = content.split_whitespace().collect();
    if words.is_empty() || words.len() > 20 || content.ends_with('.') && !content.ends_with("...") {
        return false;
    }
    let capitalised = words
        .iter()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        })
        .count();
    capitalised * 2 > words.len()
}

/// A link-list heading ("Read also", "Latest news") and the list items right under it.
/// Items are bullet-led lines or, without bullets, headline-like lines; the list ends at the
/// first line that is neither, so body text after a list is kept.
fn find_link_lists(raw: &str, lines: &mut [Line], res: &Resources) {
    let mut i = 0;
    while i < lines.len() {
        let content = raw[lines[i].start..lines[i].end].trim();
        if lines[i].kind != Kind::Body || !res.is_link_heading(content) {
            i += 1;
            continue;
        }
        // Find the items; allow blank lines between them.
        let mut j = i + 1;
        let mut last_item = None;
        let mut bulleted = None;
        while j < lines.len() {
            let c = raw[lines[j].start..lines[j].end].trim();
            match lines[j].kind {
                Kind::Blank => {}
                Kind::Body => {
                    let bullet = is_list_item(c);
                    let item = match bulleted {
                        None => bullet || looks_like_headline(c),
                        Some(true) => bullet,
                        Some(false) => !bullet && looks_like_headline(c),
                    };
                    if !item {
                        break;
                    }
                    bulleted.get_or_insert(bullet);
                    last_item = Some(j);
                }
                Kind::Remove(_) => break,
            }
            j += 1;
        }
        if let Some(last) = last_item {
            for line in &mut lines[i..=last] {
                line.kind = Kind::Remove(RemovalReason::LinkList);
            }
            i = last + 1;
        } else {
            i += 1;
        }
    }
}

/// A machine-translation notice among the last few lines of the article.
fn find_translation_notice(raw: &str, lines: &mut [Line], res: &Resources, meta: &mut Metadata) {
    let candidates: Vec<usize> = lines
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, l)| l.kind != Kind::Blank)
        .map(|(i, _)| i)
        .take(3)
        .collect();
    for i in candidates {
        if lines[i].kind != Kind::Body {
            continue;
        }
        let content = raw[lines[i].start..lines[i].end].trim();
        if let Some(lang) = res.translation_notice(content) {
            lines[i].kind = Kind::Remove(RemovalReason::TranslationNotice);
            if meta.machine_translated_from.is_none() {
                meta.machine_translated_from = Some(lang);
            }
        }
    }
}

/// Blank lines before the first and after the last body line are whitespace, not content.
fn trim_edges(lines: &mut [Line]) {
    for line in lines.iter_mut() {
        match line.kind {
            Kind::Blank => line.kind = Kind::Remove(RemovalReason::Whitespace),
            Kind::Body => break,
            Kind::Remove(_) => {}
        }
    }
    for line in lines.iter_mut().rev() {
        match line.kind {
            Kind::Blank => line.kind = Kind::Remove(RemovalReason::Whitespace),
            Kind::Body => break,
            Kind::Remove(_) => {}
        }
    }
}

/// Is a kept body line (trimmed) a section heading?
///
/// A heading is a short line that does not end like a sentence (no full stop, comma, colon or
/// closing quote; a question is allowed), starts with a capital, is not a quotation, and is
/// followed by more body text (checked by the caller).
fn looks_like_heading(s: &str) -> bool {
    if s.len() > 140 {
        return false;
    }
    let words = word_count(s);
    if words == 0 || words > 16 {
        return false;
    }
    let first = s.chars().next().unwrap_or(' ');
    if !(first.is_uppercase() || first.is_numeric()) {
        return false;
    }
    let last = s.chars().next_back().unwrap_or('.');
    last.is_alphanumeric() || last == '?'
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cleaned(raw: &str) -> Document {
        let mut d = Document { raw: raw.to_string(), ..Default::default() };
        clean(&mut d);
        d
    }

    #[test]
    fn title_only_when_followed_by_blank_line() {
        let d =
            cleaned("Markets Rally on Rate Hopes\n\nStocks rose on Monday.\nTraders cheered.\n");
        assert_eq!(d.meta.title.as_deref(), Some("Markets Rally on Rate Hopes"));
        assert_eq!(d.text, "Stocks rose on Monday.\nTraders cheered.\n");
        let d = cleaned(
            "Stocks rose on Monday as traders cheered the news from the bank.\nMore text.\n",
        );
        assert_eq!(d.meta.title, None);
        // A line ending with a full stop is a sentence, inside quotation marks too.
        let d = cleaned("Mayor: The Budget Is ‘Under Control.’\n\nMore text.\n");
        assert_eq!(d.meta.title, None);
        assert!(d.text.starts_with("Mayor:"));
    }

    #[test]
    fn link_list_removed_but_text_between_lists_kept() {
        let raw = "The mayor spoke on Monday.\nRead also:\n- Flood Warning Lifted\n- New Bridge Opens\nThe council will meet again.\nLatest news\n- Ferry Fares Rise\n- Library Reopens\n";
        let d = cleaned(raw);
        assert_eq!(d.text, "The mayor spoke on Monday.\nThe council will meet again.\n");
        assert!(d.removed.iter().all(|r| r.reason == RemovalReason::LinkList));
        assert_eq!(d.removed.len(), 2);
        // Offsets of the removed spans point at the raw text.
        assert!(raw[d.removed[0].start..d.removed[0].end].starts_with("Read also:"));
    }

    #[test]
    fn a_wire_datelines_agency_is_the_outlet() {
        use super::dateline_outlet as o;
        assert_eq!(o("HARTWELL, March 15 (Norvia Wire) - The board met."), Some("Norvia Wire"));
        assert_eq!(o("PORT ELLEN, Norvia (AP) \u{2014} The board met."), Some("AP"));
        assert_eq!(o("HARTWELL, Oct. 20 (Reuters) - The board met."), Some("Reuters"));
        assert_eq!(o("WASHINGTON, D.C., May 2 (AFP) \u{2013} x"), Some("AFP"));
        assert_eq!(o("(Norvia Wire) - The board met."), Some("Norvia Wire"));
        assert_eq!(o(" (Norvia Wire) - The board met."), None);
        assert_eq!(o("HARTWELL (UPDATE 2) - x"), None);
        assert_eq!(o("The board (Norvia Wire) - x"), None);
        assert_eq!(o("HARTWELL, March 15 (Norvia Wire) The board met."), None);
        assert_eq!(o("MAYOR SAYS: \"no\" (Reuters) - x"), None);
        assert_eq!(o("HARTWELL, March 15 (the board said) - x"), None);
        // Given metadata wins; otherwise the dateline of the first paragraphs fills it.
        let d = cleaned("Board meets\n\nHARTWELL, March 15 (Norvia Wire) - The board met.\n");
        assert_eq!(d.meta.outlet.as_deref(), Some("Norvia Wire"));
        let mut doc = Document {
            raw: "HARTWELL (AP) - The board met.\n".into(),
            meta: Metadata { outlet: Some("Harbour Times".into()), ..Default::default() },
            ..Default::default()
        };
        clean(&mut doc);
        assert_eq!(doc.meta.outlet.as_deref(), Some("Harbour Times"));
    }

    #[test]
    fn link_list_without_bullets_stops_at_prose() {
        let d = cleaned("Body one.\nRelated\nHarbour Expansion Approved\nCity Budget Passes Vote\nThe vote was close, officials said.\n");
        assert_eq!(d.text, "Body one.\nThe vote was close, officials said.\n");
    }

    #[test]
    fn byline_and_cross_link() {
        let d = cleaned("The port reopened.\nAlso read: Storm Hits Coast, Says Agency\nOriginal Author: Maria Lenz\nBy John Q. Public\n");
        assert_eq!(d.text, "The port reopened.\n");
        assert_eq!(d.meta.author.as_deref(), Some("Maria Lenz"));
        let reasons: Vec<_> = d.removed.iter().map(|r| r.reason).collect();
        assert_eq!(reasons, vec![RemovalReason::CrossLink, RemovalReason::Byline]);
    }

    #[test]
    fn by_in_prose_is_not_a_byline() {
        let d = cleaned("By the end of the day, the talks had failed.\n");
        assert_eq!(d.meta.author, None);
        assert!(d.removed.is_empty());
    }

    #[test]
    fn translation_notice_in_any_language() {
        let d = cleaned("The minister spoke.\nПереведено с помощью «Тестовый Переводчик»\n");
        assert_eq!(d.meta.machine_translated_from.as_deref(), Some("ru"));
        assert_eq!(d.text, "The minister spoke.\n");
        let d = cleaned("The minister spoke.\nThis article was machine translated from German.\n");
        assert_eq!(d.meta.machine_translated_from.as_deref(), Some("de"));
    }

    #[test]
    fn headings_are_found() {
        let d = cleaned("First paragraph here.\nWhat Comes Next for the Port\nSecond paragraph.\nWho pays for the bridge?\nThird paragraph.\n");
        let hs: Vec<&str> = d.headings.iter().map(|h| h.text(&d.text)).collect();
        assert_eq!(hs, vec!["What Comes Next for the Port", "Who pays for the bridge?"]);
        assert_eq!(d.paragraphs.len(), 3);
    }

    #[test]
    fn offsets_round_trip() {
        let raw = "\nA Title\n\nBody with words.\nRead more: Other Story Here\nMore body.\n";
        let d = cleaned(raw);
        let at = d.text.find("More body").unwrap();
        assert_eq!(&raw[d.to_raw(at)..d.to_raw(at) + 9], "More body");
    }
}
