//! Page metadata: title, authors, publication date, outlet, canonical URL, language.
//!
//! Each field is taken from the most trustworthy source that has it. For the date the order is
//! the one the issue fixes and publishers' habits justify: JSON-LD (written for search engines,
//! rarely wrong), OpenGraph and other `<meta>` tags, a `<time datetime>` in the page, a date in
//! the URL path, and last a date written in a short visible line near the top of the page.

use std::sync::OnceLock;

use regex::Regex;
use serde_json::Value;

use crate::dom::{Dom, Tag};

/// Where the publication date was found, most trusted first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrigin {
    JsonLd,
    MetaTag,
    TimeElement,
    Url,
    VisibleText,
}

/// Metadata read from a page. Every field is optional: pages differ in what they declare.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    pub title: Option<String>,
    pub authors: Vec<String>,
    /// ISO 8601 date (`YYYY-MM-DD`), or `YYYY-MM` when the day is not given.
    pub published: Option<String>,
    pub published_from: Option<DateOrigin>,
    pub site_name: Option<String>,
    pub canonical_url: Option<String>,
    /// Language tag as declared (`en`, `en-US`), lower-cased primary subtag first.
    pub language: Option<String>,
}

/// A value read from the page's markup (entities already decoded there), whitespace collapsed.
fn clean(s: &str) -> Option<String> {
    let s = crate::content::collapse(s);
    if s.is_empty() {
        None
    } else {
        Some(s)
    }
}

/// A JSON-LD string: publishers often HTML-escape these too ("Mac &amp; i").
fn clean_ld(s: &str) -> Option<String> {
    clean(&crate::entities::decode_text(s))
}

/// Words that appear in bylines next to names but are not names.
const NOT_NAME_WORDS: &[&str] = &[
    "staff",
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "editors",
    "contributor",
    "columnist",
    "updated",
    "published",
    "posted",
    "minutes",
    "minute",
    "hours",
    "ago",
    "read",
    "min",
    "photo",
    "photos",
    "video",
    "comments",
    "share",
    "follow",
    "email",
    "twitter",
    "admin",
    "administrator",
    "unknown",
    "anonymous",
    "null",
    "undefined",
    "none",
];

/// Whether `s` can be a person's name as a byline gives it: a few words of letters (with the
/// dots, hyphens and apostrophes of initials and double names), not an id (`CC7567`), a URL, an
/// e-mail address, a number or a sentence.
pub fn is_person_name(s: &str) -> bool {
    let s = s.trim();
    let chars = s.chars().count();
    if !(2..=60).contains(&chars) || s.contains("://") || s.contains('@') || s.starts_with("www.") {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 {
        return false;
    }
    let mut letters = 0;
    for w in &words {
        if *w == "&" {
            continue;
        }
        if NOT_NAME_WORDS.contains(&w.to_lowercase().trim_matches(|c: char| !c.is_alphabetic())) {
            return false;
        }
        for c in w.chars() {
            if c.is_alphabetic() {
                letters += 1;
            } else if !matches!(c, '.' | '-' | '\'' | '’' | ',') {
                return false;
            }
        }
    }
    letters >= 2
}

/// Splits an author field ("Ann Lee, Bo Chan and Cy Dunn", "By Ann Lee; Bo Chan") into names,
/// keeping only those that pass [`is_person_name`].
fn author_names(field: &str, out: &mut Vec<String>) {
    let Some(f) = clean(field) else { return };
    let f = strip_by(&f);
    for part in f.split([',', ';', '|']).flat_map(|p| p.split(" and ")) {
        if let Some(n) = clean(strip_by(part)) {
            if is_person_name(&n) && !out.contains(&n) {
                out.push(n);
            }
        }
    }
}

/// "By Ann Lee" -> "Ann Lee" (also "by", "BY", "Von", "Par", "Por", "Door").
fn strip_by(s: &str) -> &str {
    let t = s.trim();
    for p in ["By ", "by ", "BY ", "By: ", "Von ", "von ", "Par ", "par ", "Por ", "por ", "Door "]
    {
        if let Some(r) = t.strip_prefix(p) {
            return r.trim();
        }
    }
    t
}

fn meta<'a>(dom: &'a Dom, keys: &[&str]) -> Option<&'a str> {
    for k in keys {
        if let Some((_, v)) = dom.metas.iter().find(|(n, v)| n == k && !v.trim().is_empty()) {
            return Some(v.as_str());
        }
    }
    None
}

/// The article-like JSON-LD objects of the page (`@graph` flattened).
fn json_ld_objects(dom: &Dom) -> Vec<Value> {
    let mut out = Vec::new();
    for raw in &dom.json_ld {
        let raw = raw.trim().trim_start_matches("<!--").trim_end_matches("-->").trim();
        let raw = raw.trim_start_matches("//<![CDATA[").trim_end_matches("//]]>").trim();
        let Ok(v) = serde_json::from_str::<Value>(raw) else { continue };
        let mut stack = vec![v];
        while let Some(v) = stack.pop() {
            match v {
                Value::Array(a) => stack.extend(a),
                Value::Object(mut o) => {
                    if let Some(g) = o.remove("@graph") {
                        stack.push(g);
                    }
                    out.push(Value::Object(o));
                }
                _ => {}
            }
        }
    }
    // Article types first: a page often also describes its WebSite and Organization.
    out.sort_by_key(|o| {
        let t = type_of(o);
        if t.contains("article") || t.contains("posting") || t.contains("report") {
            0
        } else if t.contains("webpage") {
            1
        } else {
            2
        }
    });
    out
}

fn type_of(o: &Value) -> String {
    match o.get("@type") {
        Some(Value::String(s)) => s.to_ascii_lowercase(),
        Some(Value::Array(a)) => {
            a.iter().filter_map(|v| v.as_str()).collect::<Vec<_>>().join(" ").to_ascii_lowercase()
        }
        _ => String::new(),
    }
}

fn names(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => {
            if let Some(s) = clean_ld(s) {
                if !s.starts_with("http") {
                    out.push(s);
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| names(x, out)),
        Value::Object(o) => {
            if let Some(n) = o.get("name") {
                names(n, out);
            }
        }
        _ => {}
    }
}

fn date_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"(\d{4})-(\d{1,2})-(\d{1,2})").unwrap())
}

/// Normalizes a machine-readable date (`2019-11-19T06:56:00Z`, `2019-11-19`, `20191119`).
pub fn iso_date(s: &str) -> Option<String> {
    let s = s.trim();
    if let Some(c) = date_re().captures(s) {
        return ymd(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
    }
    if s.len() >= 8 && s.as_bytes()[..8].iter().all(u8::is_ascii_digit) {
        return ymd(s[0..4].parse().ok()?, s[4..6].parse().ok()?, s[6..8].parse().ok()?);
    }
    None
}

fn ymd(y: u32, m: u32, d: u32) -> Option<String> {
    if !(1990..=2100).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

fn month_number(name: &str) -> Option<u32> {
    static M: OnceLock<Vec<(&'static str, u32)>> = OnceLock::new();
    let m = M.get_or_init(|| {
        include_str!("../../../resources/en/extract/months.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (n, v) = l.split_once('\t')?;
                Some((n.trim(), v.trim().parse().ok()?))
            })
            .collect()
    });
    let name = name.to_lowercase();
    let name = name.trim_end_matches('.');
    m.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
}

/// A date in a URL path: `/2019/11/19/`, `/2019-11-19`, `/20191119/`, or `/2019/11/` (month).
pub fn url_date(url: &str) -> Option<String> {
    static R: OnceLock<Regex> = OnceLock::new();
    let r = R.get_or_init(|| {
        Regex::new(r"/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)|/((?:19|20)\d{2})/(0[1-9]|1[0-2])/").unwrap()
    });
    let c = r.captures(url)?;
    if let Some(y) = c.get(1) {
        ymd(y.as_str().parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)
    } else {
        Some(format!("{}-{}", &c[4], &c[5]))
    }
}

/// A date written out in a short line: "November 19, 2019", "19 Nov 2019", "2019-11-19",
/// "19.11.2019".
pub fn text_date(line: &str) -> Option<String> {
    static R: OnceLock<Regex> = OnceLock::new();
    let r = R.get_or_init(|| {
        Regex::new(r"(?i)\b([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\d{2})\b|\b(\d{1,2})(?:st|nd|rd|th)?\.? ([a-z]{3,9})\.?,? ((?:19|20)\d{2})\b|\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b|\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b").unwrap()
    });
    for c in r.captures_iter(line) {
        let d = if let Some(m) = c.get(1) {
            ymd(c[3].parse().ok()?, month_number(m.as_str())?, c[2].parse().ok()?)
        } else if let Some(d) = c.get(4) {
            month_number(&c[5]).and_then(|m| ymd(c[6].parse().ok()?, m, d.as_str().parse().ok()?))
        } else if let Some(y) = c.get(7) {
            ymd(y.as_str().parse().ok()?, c[8].parse().ok()?, c[9].parse().ok()?)
        } else {
            ymd(c[12].parse().ok()?, c[11].parse().ok()?, c[10].parse().ok()?)
        };
        if d.is_some() {
            return d;
        }
    }
    None
}

/// Reads the metadata of a parsed page. `url` is the address the page was fetched from, if known.
pub fn read(dom: &Dom, url: Option<&str>) -> PageMeta {
    let ld = json_ld_objects(dom);
    let ld_str = |key: &str| -> Option<String> {
        ld.iter().find_map(|o| match o.get(key) {
            Some(Value::String(s)) => clean_ld(s),
            Some(Value::Object(m)) => {
                m.get("@id").or_else(|| m.get("url")).and_then(|v| v.as_str()).and_then(clean_ld)
            }
            _ => None,
        })
    };
    let title = ld_str("headline")
        .or_else(|| {
            meta(dom, &["og:title", "twitter:title", "dc.title", "sailthru.title"]).and_then(clean)
        })
        .or_else(|| first_text(dom, Tag::H(1)))
        .or_else(|| dom.title.as_deref().and_then(clean));
    let mut m = PageMeta { title, ..PageMeta::default() };

    for o in &ld {
        if let Some(a) = o.get("author").or_else(|| o.get("creator")) {
            let mut found = Vec::new();
            names(a, &mut found);
            for n in found {
                author_names(&n, &mut m.authors);
            }
            if !m.authors.is_empty() {
                break;
            }
        }
    }
    if m.authors.is_empty() {
        if let Some(a) = meta(
            dom,
            &[
                "author",
                "article:author",
                "dc.creator",
                "byl",
                "parsely-author",
                "sailthru.author",
                "twitter:creator",
            ],
        ) {
            // Decoded where the page was read, so "Mac &amp; i" is split as "Mac & i".
            author_names(a, &mut m.authors);
        }
    }
    if m.authors.is_empty() {
        m.authors = microdata_authors(dom);
    }
    if m.authors.is_empty() {
        m.authors = visible_byline(dom);
    }
    m.authors.dedup();

    let date_ld =
        ld_str("datePublished").or_else(|| ld_str("dateCreated")).and_then(|d| iso_date(&d));
    let date_meta = || {
        meta(
            dom,
            &[
                "article:published_time",
                "og:article:published_time",
                "datepublished",
                "publish-date",
                "pubdate",
                "publishdate",
                "dc.date.issued",
                "dc.date",
                "dcterms.date",
                "date",
                "sailthru.date",
                "parsely-pub-date",
                "article.published",
                "published_time",
                "og:published_time",
            ],
        )
        .and_then(iso_date)
    };
    m.canonical_url = dom
        .links
        .iter()
        .find(|(r, h)| r.split_whitespace().any(|x| x == "canonical") && h.starts_with("http"))
        .map(|(_, h)| h.trim().to_string())
        .or_else(|| meta(dom, &["og:url"]).map(|s| s.trim().to_string()))
        .or_else(|| url.map(str::to_string));
    let (date, from) = if let Some(d) = date_ld {
        (Some(d), Some(DateOrigin::JsonLd))
    } else if let Some(d) = date_meta() {
        (Some(d), Some(DateOrigin::MetaTag))
    } else if let Some(d) = time_element(dom) {
        (Some(d), Some(DateOrigin::TimeElement))
    } else if let Some(d) = url.into_iter().chain(m.canonical_url.as_deref()).find_map(url_date) {
        (Some(d), Some(DateOrigin::Url))
    } else if let Some(d) = visible_date(dom) {
        (Some(d), Some(DateOrigin::VisibleText))
    } else {
        (None, None)
    };
    m.published = date;
    m.published_from = from;

    m.site_name = meta(dom, &["og:site_name", "application-name", "twitter:site", "publisher"])
        .and_then(clean)
        .map(|s| s.trim_start_matches('@').to_string())
        .or_else(|| {
            ld.iter().find_map(|o| {
                let mut v = Vec::new();
                names(o.get("publisher")?, &mut v);
                v.into_iter().next()
            })
        })
        .or_else(|| m.canonical_url.as_deref().and_then(host));

    m.language = dom
        .lang
        .as_deref()
        .or_else(|| meta(dom, &["og:locale", "content-language", "dc.language", "language"]))
        .or_else(|| ld.iter().find_map(|o| o.get("inLanguage")?.as_str()))
        .map(|l| l.trim().replace('_', "-").to_ascii_lowercase())
        .filter(|l| !l.is_empty());

    // A title like "Headline | Outlet" loses the outlet part.
    if let (Some(t), Some(site)) = (&m.title, &m.site_name) {
        for sep in [" | ", " - ", " – ", " — ", " :: "] {
            if let Some(stripped) = t.strip_suffix(&format!("{sep}{site}")) {
                m.title = Some(stripped.trim().to_string());
                break;
            }
        }
    }
    m
}

fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let h = rest.split(['/', '?', '#', ':']).next()?;
    let h = h.strip_prefix("www.").unwrap_or(h);
    (!h.is_empty()).then(|| h.to_string())
}

fn subtree_text(dom: &Dom, i: usize) -> String {
    let mut s = String::new();
    let mut stack = vec![i];
    while let Some(n) = stack.pop() {
        let node = &dom.nodes[n];
        if node.tag == Tag::Invisible {
            continue;
        }
        if node.tag == Tag::Text {
            s.push_str(&node.text);
            s.push(' ');
        }
        stack.extend(node.children.iter().rev().map(|&c| c as usize));
    }
    crate::content::collapse(&s)
}

fn first_text(dom: &Dom, tag: Tag) -> Option<String> {
    dom.nodes
        .iter()
        .position(|n| n.tag == tag)
        .map(|i| subtree_text(dom, i))
        .filter(|s| !s.is_empty())
}

fn is_author_node(n: &crate::dom::Node) -> bool {
    n.attr("itemprop").is_some_and(|v| v.eq_ignore_ascii_case("author"))
        || (n.tag == Tag::A && n.attr("rel").is_some_and(|v| v.eq_ignore_ascii_case("author")))
}

/// Authors marked with microdata (`itemprop=author`) or `rel=author` links. Only the outermost
/// of nested marked elements is read, so each part of the page is read once.
fn microdata_authors(dom: &Dom) -> Vec<String> {
    let mut out = Vec::new();
    let mut inside = vec![false; dom.nodes.len()];
    for (i, n) in dom.nodes.iter().enumerate().skip(1) {
        let p = n.parent as usize;
        inside[i] = inside[p] || is_author_node(&dom.nodes[p]) && p != 0;
        if !inside[i] && is_author_node(n) {
            let t = bounded_text(dom, i, 200);
            if t.chars().count() <= 120 {
                author_names(&t, &mut out);
            }
        }
    }
    out
}

/// The visible text of a subtree, read no further than about `max` bytes or `4 * max` nodes,
/// so that reading many bylines costs time linear in the page whatever their nesting.
fn bounded_text(dom: &Dom, i: usize, max: usize) -> String {
    let mut s = String::new();
    let mut stack = vec![i];
    let mut visited = 0;
    while let Some(n) = stack.pop() {
        visited += 1;
        if s.len() > max || visited > 4 * max {
            break;
        }
        let node = &dom.nodes[n];
        if node.tag == Tag::Invisible {
            continue;
        }
        if node.tag == Tag::Text {
            s.push_str(&node.text);
            s.push(' ');
        }
        stack.extend(node.children.iter().rev().map(|&c| c as usize));
    }
    crate::content::collapse(&s)
}

/// A byline written on the page: an element whose class or id says "byline" or "author" holding
/// a short "By Name" line or just names, or a short text "By Name" near the top of the page.
fn visible_byline(dom: &Dom) -> Vec<String> {
    let mut out = Vec::new();
    let mut hidden = vec![false; dom.nodes.len()];
    let mut seen = 0;
    for (i, n) in dom.nodes.iter().enumerate().skip(1) {
        let p = n.parent as usize;
        hidden[i] = hidden[p]
            || matches!(
                n.tag,
                Tag::Invisible | Tag::Head | Tag::Title | Tag::Select | Tag::Option | Tag::Nav
            );
        if hidden[i] {
            continue;
        }
        if n.tag == Tag::Text {
            let t = n.text.trim();
            if t.is_empty() {
                continue;
            }
            seen += 1;
            if seen > 400 {
                break;
            }
            // "By Ann Lee", or "By" with the name in the next element.
            let lower = t.to_lowercase();
            let rest = if lower == "by" || lower == "by:" {
                let sibs = &dom.nodes[p].children;
                let at = sibs.iter().position(|&c| c as usize == i);
                at.and_then(|k| sibs.get(k + 1)).map(|&c| bounded_text(dom, c as usize, 120))
            } else if (t.starts_with("By ") || t.starts_with("by ")) && t.len() <= 80 {
                Some(t[3..].to_string())
            } else {
                None
            };
            if let Some(rest) = rest {
                // Names in a byline are capitalised; "by the river" is a sentence.
                let caps = rest
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
                if caps {
                    author_names(&rest, &mut out);
                    if !out.is_empty() {
                        return out;
                    }
                }
            }
            continue;
        }
        let byline_class = n.id_class.split_whitespace().any(|c| {
            c.split(['-', '_']).any(|w| matches!(w, "byline" | "author" | "authors" | "writer"))
        });
        if byline_class && !inside_byline(dom, i) {
            let t = bounded_text(dom, i, 200);
            if t.chars().count() <= 100 && !t.is_empty() {
                let before = out.len();
                author_names(&t, &mut out);
                if out.len() > before {
                    return out;
                }
            }
        }
    }
    out
}

/// Whether an ancestor of `i` (up to a few levels) was already read as a byline element.
fn inside_byline(dom: &Dom, i: usize) -> bool {
    let mut p = dom.nodes[i].parent as usize;
    for _ in 0..3 {
        if p == 0 {
            return false;
        }
        if dom.nodes[p].id_class.contains("byline") || dom.nodes[p].id_class.contains("author") {
            return true;
        }
        p = dom.nodes[p].parent as usize;
    }
    false
}

fn time_element(dom: &Dom) -> Option<String> {
    // A <time> marked as the publication date wins over the first <time> on the page.
    let marked = dom.nodes.iter().find(|n| {
        n.attr("itemprop").is_some_and(|v| v.eq_ignore_ascii_case("datepublished"))
            && n.attr("datetime").is_some()
    });
    let first = || dom.nodes.iter().find(|n| n.tag == Tag::Time && n.attr("datetime").is_some());
    marked.or_else(first).and_then(|n| iso_date(n.attr("datetime")?))
}

/// The first short visible line (a dateline or byline) that holds a date, among the first lines
/// of the page body.
fn visible_date(dom: &Dom) -> Option<String> {
    // Visibility in one forward pass (parents come before children), not a walk up per node.
    let mut hidden = vec![false; dom.nodes.len()];
    let mut seen = 0;
    for (i, n) in dom.nodes.iter().enumerate().skip(1) {
        hidden[i] = hidden[n.parent as usize]
            || matches!(n.tag, Tag::Invisible | Tag::Head | Tag::Title | Tag::Select | Tag::Option);
        if n.tag != Tag::Text || hidden[i] {
            continue;
        }
        let t = n.text.trim();
        if t.is_empty() {
            continue;
        }
        seen += 1;
        if seen > 400 {
            break;
        }
        if t.len() <= 120 {
            if let Some(d) = text_date(t) {
                return Some(d);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_urls_and_text() {
        assert_eq!(
            url_date("https://x.com/news/2019/11/19/story-title").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(url_date("https://x.com/20191119/story").as_deref(), Some("2019-11-19"));
        assert_eq!(url_date("https://x.com/2019/11/story").as_deref(), Some("2019-11"));
        assert_eq!(url_date("https://x.com/story-12345"), None);
        assert_eq!(text_date("Published November 19, 2019 at 6:56").as_deref(), Some("2019-11-19"));
        assert_eq!(text_date("19 Nov. 2019").as_deref(), Some("2019-11-19"));
        assert_eq!(text_date("Updated 19.11.2019").as_deref(), Some("2019-11-19"));
        assert_eq!(text_date("Chapter 12 of 2019"), None);
        assert_eq!(iso_date("2019-11-19T06:56:00-05:00").as_deref(), Some("2019-11-19"));
    }

    #[test]
    fn authors_are_person_names() {
        for ok in ["Ann Lee", "J. R. Hartley", "Mary-Jane O'Neil", "Zoë Ørsted", "Mac & i"] {
            assert!(is_person_name(ok), "{ok}");
        }
        for bad in [
            "CC7567",
            "12345",
            "https://example.org/people/ann",
            "ann@example.org",
            "Staff Writer",
            "a",
            "The council met on Tuesday to talk about the new bridge over the river",
            "user_8812",
        ] {
            assert!(!is_person_name(bad), "{bad}");
        }
        let mut out = Vec::new();
        author_names("By Ann Lee, Bo Chan and Cy Dunn; CC7567", &mut out);
        assert_eq!(out, ["Ann Lee", "Bo Chan", "Cy Dunn"]);
    }
}
