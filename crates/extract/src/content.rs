//! Finding the article body in a parsed page.
//!
//! The method is readability's (score paragraphs, credit their ancestors, take the best-scoring
//! container and its good siblings) with trafilatura's habits on top: page furniture is cut
//! first by tag, ARIA role and id/class words, known article-body containers are preferred, and
//! inside the chosen container link-heavy blocks and furniture lines are dropped. Each rule exists
//! because one of the two public benchmarks showed a class of pages where it was needed.

// Index loops over several parallel arrays read more plainly than zipped iterators here.
#![allow(clippy::needless_range_loop)]

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::dom::{Dom, Tag};

/// One block of article text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    Heading,
    Quote,
    ListItem,
    Preformatted,
    TableRow,
}

struct Words {
    pos_ac: aho_corasick::AhoCorasick,
    content_ac: aho_corasick::AhoCorasick,
    /// Furniture words of id/class names, and the subset that is furniture wherever it is.
    negative: Vocab,
    strong: Vocab,
    lines: Vec<&'static str>,
    prefixes: Vec<&'static str>,
    suffixes: Vec<&'static str>,
}

fn list(s: &'static str) -> Vec<&'static str> {
    s.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    let ac =
        |words: &[&str]| aho_corasick::AhoCorasick::new(words).expect("word lists build a matcher");
    W.get_or_init(|| Words {
        pos_ac: ac(&list(include_str!("../../../resources/en/extract/positive_class.txt"))),
        content_ac: ac(CONTENT_WORDS),
        negative: Vocab::new(
            list(include_str!("../../../resources/en/extract/negative_class.txt"))
                .into_iter()
                .chain(list(include_str!(
                    "../../../resources/en/extract/negative_class_tokens.txt"
                ))),
        ),
        strong: Vocab::new(STRONG_NEGATIVE.iter().copied()),
        lines: [
            list(include_str!("../../../resources/en/extract/boilerplate_lines.txt")),
            list(include_str!("../../../resources/de/extract/boilerplate_lines.txt")),
            list(include_str!("../../../resources/fr/extract/boilerplate_lines.txt")),
            list(include_str!("../../../resources/es/extract/boilerplate_lines.txt")),
            list(include_str!("../../../resources/pl/extract/boilerplate_lines.txt")),
            list(include_str!("../../../resources/ru/extract/boilerplate_lines.txt")),
        ]
        .concat(),
        prefixes: [
            list(include_str!("../../../resources/en/extract/boilerplate_prefixes.txt")),
            list(include_str!("../../../resources/de/extract/boilerplate_prefixes.txt")),
            list(include_str!("../../../resources/fr/extract/boilerplate_prefixes.txt")),
            list(include_str!("../../../resources/es/extract/boilerplate_prefixes.txt")),
            list(include_str!("../../../resources/pl/extract/boilerplate_prefixes.txt")),
            list(include_str!("../../../resources/ru/extract/boilerplate_prefixes.txt")),
        ]
        .concat(),
        suffixes: list(include_str!("../../../resources/en/extract/boilerplate_suffixes.txt")),
    })
}

/// The words of one id or class name, lower-cased: split at every character that is not a
/// letter or digit, between letters and digits, and where a camelCase word starts
/// (`region-body-and-footer`, `ad300x250`, `mainFooter`).
fn name_words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev: Option<char> = None;
    for c in name.chars() {
        if !c.is_alphanumeric() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev = None;
            continue;
        }
        if let Some(p) = prev {
            let boundary =
                p.is_ascii_digit() != c.is_ascii_digit() || (c.is_uppercase() && p.is_lowercase());
            if boundary && !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        }
        cur.extend(c.to_lowercase());
        prev = Some(c);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Word endings that keep a furniture word what it is: "comments", "advertising", "sponsored".
const INFLECTIONS: &[&str] = &["s", "es", "ed", "ing", "er", "ers"];
/// Generic words that class names glue to a furniture word without a separator: "navbar",
/// "topnav", "adslot". Short furniture words ("ad", "nav", "tag") only count in such compounds
/// or alone, as they begin and end many other words ("admin", "navy", "thread", "tagline").
const GENERIC_PARTS: &[&str] = &[
    "bar",
    "box",
    "list",
    "area",
    "wrap",
    "wrapper",
    "container",
    "block",
    "section",
    "links",
    "link",
    "menu",
    "nav",
    "widget",
    "module",
    "panel",
    "items",
    "item",
    "buttons",
    "button",
    "icons",
    "icon",
    "tools",
    "top",
    "bottom",
    "main",
    "site",
    "page",
    "global",
    "primary",
    "secondary",
    "sub",
    "mobile",
    "header",
    "footer",
    "post",
    "posts",
    "sticky",
    "fixed",
    "inner",
    "outer",
    "holder",
    "zone",
    "slot",
    "slots",
    "unit",
    "units",
    "frame",
    "form",
    "count",
    "title",
    "text",
    "label",
    "bot",
];

/// The longest furniture word, in bytes, that compound names are searched for.
const MAX_TERM: usize = 24;

/// A list of furniture words matched as words of a name, not as substrings: "share" is in
/// "share-bar", "sharebar" and "socialshare" but not in "evolve-shared-mutable-history".
struct Vocab {
    single: HashSet<String>,
    /// Entries of several words ("more-stories"), matched as consecutive words. Their
    /// concatenation ("morestories") is also a single word.
    multi: Vec<Vec<String>>,
}

impl Vocab {
    fn new<'s>(entries: impl Iterator<Item = &'s str>) -> Vocab {
        let mut single = HashSet::new();
        let mut multi = Vec::new();
        for e in entries {
            let w = name_words(&e.to_lowercase());
            match w.len() {
                0 => {}
                1 => {
                    single.insert(w[0].clone());
                }
                _ => {
                    single.insert(w.concat());
                    multi.push(w);
                }
            }
        }
        Vocab { single, multi }
    }

    /// The word itself, or with an inflection taken off, is a furniture word.
    fn exact(&self, w: &str) -> bool {
        self.single.contains(w)
            || INFLECTIONS
                .iter()
                .any(|i| w.strip_suffix(i).is_some_and(|s| s.len() > 2 && self.single.contains(s)))
    }

    fn known(&self, part: &str) -> bool {
        GENERIC_PARTS.contains(&part) || self.exact(part)
    }

    /// Whether one word of a name is furniture: a furniture word, or a compound that starts or
    /// ends with one ("commentlist", "recentcomments", "superbanner"). What a furniture word of
    /// four letters or more is glued to must be a word of three letters or more or an
    /// inflection ("shared" is not "share"); shorter furniture words need a known word.
    fn word(&self, w: &str, long_only: bool) -> bool {
        if self.exact(w) && !(long_only && w.len() <= 3) {
            return true;
        }
        let ok = |t: &str, glued: &str| {
            let short = t.len() <= 3;
            !(short && long_only)
                && self.single.contains(t)
                && (self.known(glued) || !short && glued.len() >= 3)
        };
        // Split points of the word (and of its stems without an inflection): a furniture word
        // before the split, or after it.
        let stems = std::iter::once(w).chain(INFLECTIONS.iter().filter_map(|i| w.strip_suffix(i)));
        // Furniture words are short: only split points near the ends are tried, which keeps a
        // hostile megabyte-long class name linear.
        for (k, _) in w.char_indices().skip(1).take_while(|&(k, _)| k <= MAX_TERM) {
            if ok(&w[..k], &w[k..]) {
                return true;
            }
        }
        for stem in stems {
            let from = stem.len().saturating_sub(MAX_TERM);
            for (k, _) in stem.char_indices().skip(1).filter(|&(k, _)| k >= from) {
                if ok(&stem[k..], &stem[..k]) {
                    return true;
                }
            }
        }
        false
    }

    /// Whether any word of `words` is furniture; with `long_only`, only furniture words of four
    /// letters or more count.
    fn matches(&self, words: &[String], long_only: bool) -> bool {
        (0..words.len()).any(|i| {
            self.word(&words[i], long_only)
                || self.multi.iter().any(|m| {
                    m.len() <= words.len() - i && m.iter().zip(&words[i..]).all(|(a, b)| a == b)
                })
        })
    }
}

fn is_positive(id_class: &str) -> bool {
    !id_class.is_empty() && words().pos_ac.is_match(id_class)
}

/// Whether an element's id/class words mark it as page furniture. A class name that also names
/// the content ("content-with-sidebar", "post_body meta_field") is not enough: page builders put
/// such words on the wrappers that hold the article. `names` are the id and class as written.
fn is_negative(names: &str) -> Negative {
    if names.is_empty() {
        return Negative::No;
    }
    let w = words();
    let mut neg = Negative::No;
    for name in names.split_whitespace() {
        // BEM modifiers ("section--ads") are about the block the part before "--" names: there
        // only long furniture words count ("widget--footer").
        let (base, modifier) = name.split_once("--").unwrap_or((name, ""));
        let ws = name_words(base);
        let wm = name_words(modifier);
        let strong = w.strong.matches(&ws, false) || w.strong.matches(&wm, true);
        if !strong && w.content_ac.is_match(&name.to_lowercase()) {
            return Negative::No;
        }
        // "has-ads", "with-sidebar", "no-comments": a property of the wrapper, not furniture.
        let about = ws.iter().chain(&wm).any(|f| matches!(f.as_str(), "has" | "with" | "no"));
        if neg != Negative::Strong
            && !about
            && (strong || w.negative.matches(&ws, false) || w.negative.matches(&wm, true))
        {
            neg = if strong { Negative::Strong } else { Negative::Soft };
        }
    }
    neg
}

/// How sure an id/class match is. Strong words (comments, share bars, related links) are
/// furniture wherever they are; soft ones (banner, sidebar, navigation) are also found on the
/// wrappers of whole pages, so they only count for elements that do not hold most of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Negative {
    No,
    Soft,
    Strong,
}

/// Words in a class name that say "this holds the article".
const CONTENT_WORDS: &[&str] = &["content", "body", "article", "main", "story", "entry", "text"];
/// Furniture words that win even next to a content word ("comment-body", "related-articles").
const STRONG_NEGATIVE: &[&str] = &[
    "comment",
    "related",
    "recommend",
    "share",
    "social",
    "cookie",
    "consent",
    "newsletter",
    "promo",
    "footer",
    "disqus",
    "outbrain",
    "taboola",
    "breadcrumb",
];

/// The running text of element `i` read as lines split by `<br>` (and by block children): the
/// lines of at least 25 characters that are mostly not links. Linear in the element's children.
fn br_lines_text(dom: &Dom, stats: &[Stats], i: usize) -> u32 {
    let node = &dom.nodes[i];
    if !node.children.iter().any(|&c| dom.nodes[c as usize].tag == Tag::Br) {
        return 0;
    }
    let mut total = 0;
    let (mut len, mut link) = (0u32, 0u32);
    let mut end_line = |len: &mut u32, link: &mut u32| {
        if *len >= 25 && 2 * *link <= *len {
            total += *len;
        }
        (*len, *link) = (0, 0);
    };
    for &c in &node.children {
        let c = c as usize;
        let t = dom.nodes[c].tag;
        if t == Tag::Br || t.is_block() {
            end_line(&mut len, &mut link);
        } else {
            len += stats[c].len;
            link += stats[c].link_len;
        }
    }
    end_line(&mut len, &mut link);
    total
}

/// Whether an element is a paragraph of running text: a text block of some length, not a link.
fn is_paragraph(tag: Tag, st: &Stats) -> bool {
    if !tag.is_block() || st.inline_len < 25 || st.teaser {
        return false;
    }
    let para = matches!(tag, Tag::P | Tag::Pre | Tag::Td | Tag::Blockquote | Tag::Dd | Tag::Li)
        || (st.inline_len as f32) > 0.5 * st.len as f32;
    para && (st.link_len as f32) <= 0.5 * st.len as f32
}

/// Per-node figures computed bottom-up.
#[derive(Clone, Copy, Default)]
struct Stats {
    /// Visible non-whitespace characters.
    len: u32,
    /// Of which inside links.
    link_len: u32,
    /// Characters in text directly inside this element (not in a nested block).
    inline_len: u32,
    commas: u32,
    /// Contains a node with an article-body class or microdata.
    has_positive: bool,
    /// Contains block elements.
    has_block: bool,
    /// Characters in paragraph-like blocks (running text, not link lists) in this subtree.
    para_len: u32,
    /// A list item that starts with a link and goes on with a summary: a teaser for another
    /// article ("Breaking news", "More stories"), however little of it is link text.
    teaser: bool,
    /// Length of the link that holds the first visible text, if the text starts with one.
    first_link: u32,
    /// Running text in the lines of a link-heavy element whose lines are split by `<br>` (an old
    /// table-layout cell holding a story followed by a list of headline links): the lines that
    /// are not links.
    own_br_para: u32,
    /// The same, summed over the subtree.
    br_para: u32,
}

#[doc(hidden)]
pub struct Analysis<'a> {
    dom: &'a Dom,
    stats: Vec<Stats>,
    junk: Vec<bool>,
}

fn visible_len(s: &str) -> (u32, u32) {
    let mut n = 0;
    let mut commas = 0;
    for c in s.chars() {
        if !c.is_whitespace() {
            n += 1;
            if c == ',' || c == '，' || c == '、' {
                commas += 1;
            }
        }
    }
    (n, commas)
}

impl<'a> Analysis<'a> {
    pub fn new(dom: &'a Dom) -> Self {
        let n = dom.nodes.len();
        let mut stats = vec![Stats::default(); n];
        // Divs next to a sibling div of the same class: the repeated cards of a teaser list.
        let mut repeated_div = vec![false; n];
        for node in &dom.nodes {
            let mut prev: Option<usize> = None;
            for &c in &node.children {
                let c = c as usize;
                let cn = &dom.nodes[c];
                if cn.tag == Tag::Text {
                    continue;
                }
                if let Some(p) = prev {
                    if cn.tag == Tag::Div
                        && dom.nodes[p].tag == Tag::Div
                        && !cn.id_class.is_empty()
                        && cn.id_class == dom.nodes[p].id_class
                    {
                        repeated_div[c] = true;
                        repeated_div[p] = true;
                    }
                }
                prev = Some(c);
            }
        }
        // Children have larger ids than their parents, so one reverse sweep is a post-order walk.
        for i in (1..n).rev() {
            let node = &dom.nodes[i];
            if node.tag == Tag::Text {
                let (l, c) = visible_len(&node.text);
                stats[i].len = l;
                stats[i].inline_len = l;
                stats[i].commas = c;
            } else {
                if node.tag == Tag::A {
                    stats[i].link_len = stats[i].len;
                }
                if node.tag == Tag::Invisible || node.tag == Tag::Head {
                    stats[i] = Stats::default();
                    continue;
                }
                if is_positive(&node.id_class)
                    || node.attr("itemprop").is_some_and(|v| v.eq_ignore_ascii_case("articlebody"))
                {
                    stats[i].has_positive = true;
                }
            }
            // Where the first visible text of an element is a link: the teaser shape.
            let first = node.children.iter().map(|&c| c as usize).find(|&c| stats[c].len > 0);
            let first_link = first.map_or(0, |c| {
                if dom.nodes[c].tag == Tag::A {
                    stats[c].len
                } else if dom.nodes[c].tag != Tag::Text {
                    stats[c].first_link
                } else {
                    0
                }
            });
            stats[i].first_link = first_link;
            let repeated = node.tag == Tag::Li || repeated_div[i];
            stats[i].teaser = repeated
                && first_link >= 15
                && first_link + 20 < stats[i].len
                && stats[i].len < 600;
            if node.tag != Tag::Text && is_paragraph(node.tag, &stats[i]) {
                stats[i].para_len += stats[i].inline_len;
            }
            if node.tag.is_block() && 2 * stats[i].link_len > stats[i].len {
                let own = br_lines_text(dom, &stats, i);
                stats[i].own_br_para = own;
                stats[i].br_para += own;
                stats[i].para_len += own;
            }
            let s = stats[i];
            let p = node.parent as usize;
            let ps = &mut stats[p];
            ps.len += s.len;
            ps.link_len += s.link_len;
            ps.commas += s.commas;
            ps.has_positive |= s.has_positive;
            ps.para_len += s.para_len;
            ps.br_para += s.br_para;
            if node.tag.is_block() {
                ps.has_block = true;
            } else {
                ps.inline_len += s.len;
                ps.has_block |= s.has_block;
            }
        }
        let page_para = stats[0].para_len.max(1);
        let mut junk = vec![false; n];
        // Pages repeat their class names: each is read once.
        let mut neg_memo: HashMap<&str, Negative> = HashMap::new();
        for i in 1..n {
            let node = &dom.nodes[i];
            let p = node.parent as usize;
            if junk[p] {
                junk[i] = true;
                continue;
            }
            junk[i] = match node.tag {
                Tag::Nav
                | Tag::Aside
                | Tag::Footer
                | Tag::Button
                | Tag::Select
                | Tag::Option
                | Tag::Input
                | Tag::Textarea
                | Tag::Invisible
                | Tag::Head
                | Tag::Title
                | Tag::Label
                | Tag::Figcaption => true,
                Tag::Text => false,
                _ => {
                    let hidden = node.attr("hidden").is_some()
                        || node.attr("aria-hidden").is_some_and(|v| v == "true")
                        || node.attr("style").is_some_and(|s| {
                            let s = s.to_ascii_lowercase().replace(' ', "");
                            s.contains("display:none") || s.contains("visibility:hidden")
                        });
                    // Microdata copies of the metadata (headline, author, dates) are not body text.
                    let meta_prop = node.attr("itemprop").is_some_and(|p| {
                        matches!(
                            p.to_ascii_lowercase().as_str(),
                            "headline"
                                | "author"
                                | "creator"
                                | "publisher"
                                | "datepublished"
                                | "datemodified"
                                | "datecreated"
                                | "keywords"
                                | "mainentityofpage"
                                | "image"
                                | "logo"
                                | "width"
                                | "height"
                                | "inlanguage"
                                | "isaccessibleforfree"
                        )
                    });
                    let role = node.attr("role").map(|r| r.to_ascii_lowercase());
                    let bad_role = role.as_deref().is_some_and(|r| {
                        matches!(
                            r,
                            "navigation"
                                | "banner"
                                | "contentinfo"
                                | "complementary"
                                | "menu"
                                | "menubar"
                                | "search"
                                | "dialog"
                                | "alertdialog"
                                | "toolbar"
                                | "tablist"
                        )
                    });
                    let st = &stats[i];
                    // <article> and <main> say what they are; their class words are about styling.
                    let neg = if matches!(node.tag, Tag::Article | Tag::Main) {
                        Negative::No
                    } else {
                        let names =
                            if node.names.is_empty() { &node.id_class } else { &node.names };
                        *neg_memo.entry(names.as_str()).or_insert_with(|| is_negative(names))
                    };
                    // No element holding most of the page's running text goes for its name alone
                    // ("region-body-and-footer" may well hold the article).
                    let holds_most = st.para_len as f32 >= 0.5 * page_para as f32;
                    let soft = (hidden || neg == Negative::Soft) && !holds_most;
                    let strong = neg == Negative::Strong && !holds_most;
                    (soft || bad_role || meta_prop || strong)
                        && !st.has_positive
                        && !(node.tag == Tag::Body
                            || node.tag == Tag::Main
                            || node.tag == Tag::Article && neg == Negative::No)
                }
            };
        }
        Analysis { dom, stats, junk }
    }

    fn link_density(&self, i: usize) -> f32 {
        let s = &self.stats[i];
        if s.len == 0 {
            0.0
        } else {
            s.link_len as f32 / s.len as f32
        }
    }

    /// Readability's candidate scores, over the non-junk part of the page.
    fn scores(&self) -> (Vec<f32>, Vec<u32>) {
        let dom = self.dom;
        let n = dom.nodes.len();
        let mut score = vec![0f32; n];
        let mut good = vec![0u32; n];
        let mut touched = vec![false; n];
        for i in 1..n {
            let node = &dom.nodes[i];
            if self.junk[i] || node.tag == Tag::Text || !node.tag.is_block() {
                continue;
            }
            let st = &self.stats[i];
            let para = matches!(
                node.tag,
                Tag::P | Tag::Pre | Tag::Td | Tag::Blockquote | Tag::Dd | Tag::Li
            ) || (st.inline_len as f32) > 0.5 * st.len as f32;
            if !para || st.inline_len < 25 || st.teaser {
                continue;
            }
            // A link-heavy element counts for the running text in its lines between <br>s.
            let ld = self.link_density(i);
            let inline = if ld <= 0.5 { st.inline_len } else { st.own_br_para };
            if inline < 25 {
                continue;
            }
            good[i] += inline;
            let mut s = 1.0 + st.commas.min(20) as f32 + (inline as f32 / 100.0).min(3.0);
            if matches!(node.tag, Tag::Li | Tag::Td | Tag::Dd) {
                s *= 0.5;
            }
            // A container with its own text next to block children (text split by <br> with a
            // heading above) is both paragraph and parent, as readability's div-to-p rewrite makes it.
            let own = !matches!(node.tag, Tag::P | Tag::Pre | Tag::Li | Tag::Dd) && st.has_block;
            // Text straight in <body> (or in no element at all) has no container but its own.
            let top = node.tag == Tag::Body || node.parent == 0;
            let mut anc = if own || top { i } else { node.parent as usize };
            let mut level = 0;
            while anc != 0 && level < 5 {
                if !touched[anc] {
                    touched[anc] = true;
                    score[anc] += self.initial_score(anc);
                }
                let div = match level {
                    0 => 1.0,
                    1 => 2.0,
                    l => l as f32 * 3.0,
                };
                score[anc] += s / div;
                anc = dom.nodes[anc].parent as usize;
                level += 1;
            }
        }
        for i in 0..n {
            if touched[i] {
                score[i] *= 1.0 - self.link_density(i);
            }
        }
        // Paragraph text of each subtree, summed bottom-up (children have larger ids).
        for i in (1..n).rev() {
            let p = dom.nodes[i].parent as usize;
            good[p] += good[i];
        }
        (score, good)
    }

    fn initial_score(&self, i: usize) -> f32 {
        let node = &self.dom.nodes[i];
        let mut s = match node.tag {
            Tag::Div | Tag::Article | Tag::Main => 5.0,
            Tag::Pre | Tag::Td | Tag::Blockquote => 3.0,
            Tag::Address
            | Tag::Ol
            | Tag::Ul
            | Tag::Dl
            | Tag::Dd
            | Tag::Dt
            | Tag::Li
            | Tag::Form => -3.0,
            Tag::H(_) => -5.0,
            _ => 0.0,
        };
        if is_positive(&node.id_class)
            || node.attr("itemprop").is_some_and(|v| v.eq_ignore_ascii_case("articlebody"))
        {
            s += 25.0;
        }
        s
    }

    /// The containers holding the article: the best candidate and, where the page splits the
    /// article over several sibling containers, its good siblings.
    fn containers(&self) -> Vec<usize> {
        let (score, good) = self.scores();
        let mut best = 0usize;
        for i in 1..score.len() {
            if score[i] > score[best] {
                best = i;
            }
        }
        if score[best] <= 0.0 {
            // No block of running text: what text there is sits in <body> or in inline elements
            // alone (a page of bare text, or absurdly nested <i>s). The body is the article if it
            // is long enough to be one (the caller decides).
            let dom = self.dom;
            let body = dom.nodes.iter().position(|n| n.tag == Tag::Body).unwrap_or(0);
            if body != 0 && self.junk[body] {
                return Vec::new();
            }
            return vec![body];
        }
        // Articles cut into chunks (ads, images, paywall wrappers between them) put the best
        // candidate one or two levels below the container of the whole text: climb while the
        // parent holds clearly more paragraph text and is not a link-heavy page region.
        let dom = self.dom;
        let mut anc = best;
        for _ in 0..4 {
            anc = dom.nodes[anc].parent as usize;
            if anc == 0 || matches!(dom.nodes[anc].tag, Tag::Body | Tag::Root) || self.junk[anc] {
                break;
            }
            // Only for clearly more text: climbing for a little more picks up headlines,
            // bylines and captions (measured on both benchmarks).
            if good[anc] as f32 >= 1.3 * good[best] as f32 && self.link_density(anc) < 0.3 {
                best = anc;
            }
        }
        let top = score[best];
        // Siblings are looked for beside the outermost wrapper that adds no running text to the
        // candidate: CMSs put each chunk of an article in its own stack of wrappers.
        let mut level = best;
        loop {
            let p = dom.nodes[level].parent as usize;
            if p == 0
                || matches!(dom.nodes[p].tag, Tag::Body | Tag::Root)
                || self.stats[p].para_len != self.stats[best].para_len
            {
                break;
            }
            level = p;
        }
        let parent = dom.nodes[level].parent as usize;
        let mut out = Vec::new();
        let threshold = (top * 0.2).max(10.0);
        for &c in &dom.nodes[parent].children {
            let c = c as usize;
            if c == level {
                out.push(best);
                continue;
            }
            if self.junk[c] || dom.nodes[c].tag == Tag::Text {
                continue;
            }
            let mut add = score[c] >= threshold;
            let st = &self.stats[c];
            let ld = self.link_density(c);
            if !add && dom.nodes[c].tag == Tag::P {
                add = (st.len > 80 && ld < 0.25)
                    || (st.len > 0
                        && ld == 0.0
                        && st.len <= 80
                        && text_of(dom, c).trim_end().ends_with('.'));
            }
            // A sibling before the body that is all running text (a lead paragraph in its own
            // wrapper). After the body such blocks are more often author notes and teasers.
            if !add && c < level && dom.nodes[c].tag != Tag::Header {
                add = st.para_len > 80 && st.para_len as f32 >= 0.8 * st.len as f32 && ld < 0.2;
            }
            if add {
                out.push(c);
            }
        }
        out
    }

    /// Article blocks in document order.
    pub fn blocks(&self) -> Vec<Block> {
        let mut out = Vec::new();
        for c in self.containers() {
            let mut w = Writer {
                a: self,
                blocks: &mut out,
                cur: String::new(),
                cur_kind: BlockKind::Paragraph,
                cur_node: c,
                cur_len: 0,
                cur_link: 0,
                cur_br: false,
                in_link: 0,
                in_br_lines: 0,
            };
            w.walk(c, BlockKind::Paragraph, 0);
            w.flush();
        }
        // Short lead-ins left at the very end introduce something that was dropped.
        for _ in 0..2 {
            if out.last().is_some_and(is_lead_in) {
                out.pop();
            }
        }
        let w = words();
        out.retain(|b| {
            let t = b.text.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            if t.is_empty() {
                return false;
            }
            if w.lines.contains(&t.as_str()) {
                return false;
            }
            let lower = b.text.trim().to_lowercase();
            if lower.len() < 200
                && (w.prefixes.iter().any(|p| lower.starts_with(p))
                    || w.suffixes.iter().any(|p| lower.ends_with(p)))
            {
                return false;
            }
            if is_counter(&lower) || is_reading_time(&lower) || is_credit_caption(&lower) {
                return false;
            }
            // Bylines and datelines left inside the article container.
            let nwords = lower.split_whitespace().count();
            let byline = (lower.starts_with("by ") || lower.starts_with("von "))
                && (nwords <= 6 || (nwords <= 12 && !lower.ends_with('.')));
            let dateline = nwords <= 8 && crate::meta::text_date(&b.text).is_some();
            !(byline || dateline)
        });
        out
    }
}

/// A gallery counter: "1 of 6", "Image 2 of 5", "3/12".
fn is_counter(lower: &str) -> bool {
    let t = lower.trim();
    let t =
        ["image ", "photo ", "bild ", "foto "].iter().find_map(|p| t.strip_prefix(p)).unwrap_or(t);
    let mut parts =
        t.split(['/', ' ']).filter(|p| !p.is_empty() && *p != "of" && *p != "von" && *p != "de");
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else { return false };
    a.chars().all(|c| c.is_ascii_digit()) && b.chars().all(|c| c.is_ascii_digit())
}

/// "4 min read", "Reading time: 3 minutes".
fn is_reading_time(lower: &str) -> bool {
    lower.len() < 40
        && lower.contains("min")
        && lower.contains("read")
        && lower.chars().any(|c| c.is_ascii_digit())
}

/// A photo caption ending in a credit: "... | © Agency/Photographer", "... (Foto: Name)".
fn is_credit_caption(lower: &str) -> bool {
    lower.len() < 200
        && ["| ©", " © ", "(foto:", "(photo:", "photo: ", "(bild:", "(quelle:"]
            .iter()
            .any(|m| lower.contains(m))
}

/// A heading or a short line that introduces what follows ("More on this:", "Related").
fn is_lead_in(b: &Block) -> bool {
    let t = b.text.trim();
    if t.chars().count() > 60 || b.kind == BlockKind::ListItem {
        return false;
    }
    let words = t.split_whitespace().count();
    b.kind == BlockKind::Heading
        || t.ends_with(':')
        || (words <= 4 && !t.ends_with(['.', '!', '?', '"', '”', '»', '“', '。', '！', '？', ')']))
}

fn text_of(dom: &Dom, i: usize) -> String {
    let mut s = String::new();
    let mut stack = vec![i];
    while let Some(n) = stack.pop() {
        let node = &dom.nodes[n];
        if node.tag == Tag::Text {
            s.push_str(&node.text);
        }
        for &c in node.children.iter().rev() {
            stack.push(c as usize);
        }
    }
    s
}

/// How deep the block writer recurses before reading the rest of a subtree as plain text.
const MAX_DEPTH: u32 = 256;

struct Writer<'w, 'a> {
    a: &'w Analysis<'a>,
    blocks: &'w mut Vec<Block>,
    cur: String,
    cur_kind: BlockKind,
    cur_node: usize,
    /// Visible characters of the current block, and of them inside links.
    cur_len: u32,
    cur_link: u32,
    /// Whether the current block starts or ends at a `<br>`.
    cur_br: bool,
    /// How many open `<a>` and link-heavy `<br>`-split elements the walk is in.
    in_link: u32,
    in_br_lines: u32,
}

impl Writer<'_, '_> {
    fn flush(&mut self) {
        let text = collapse(&self.cur);
        self.cur.clear();
        let (len, link, br) = (self.cur_len, self.cur_link, self.cur_br);
        (self.cur_len, self.cur_link, self.cur_br) = (0, 0, false);
        if text.is_empty() {
            return;
        }
        // In a cell of story lines and headline links, the link lines go (and their heading).
        if br && self.in_br_lines > 0 && 2 * link > len {
            if self.blocks.last().is_some_and(is_lead_in) {
                self.blocks.pop();
            }
            return;
        }
        self.blocks.push(Block { kind: self.cur_kind, text });
    }

    fn start(&mut self, kind: BlockKind, node: usize) {
        self.flush();
        self.cur_kind = kind;
        self.cur_node = node;
    }

    fn walk(&mut self, i: usize, kind: BlockKind, depth: u32) {
        let dom = self.a.dom;
        let node = &dom.nodes[i];
        if node.tag == Tag::Text {
            self.cur.push_str(&node.text);
            let len = self.a.stats[i].len;
            self.cur_len += len;
            if self.in_link > 0 {
                self.cur_link += len;
            }
            return;
        }
        if self.a.junk[i] {
            return;
        }
        // Absurdly deep nesting (broken or hostile markup) is read as one run of text rather
        // than recursed into, so no page can exhaust a thread's stack.
        if depth > MAX_DEPTH {
            self.cur.push(' ');
            self.cur.push_str(&text_of(dom, i));
            return;
        }
        let st = &self.a.stats[i];
        let block = node.tag.is_block();
        if block {
            // Link lists and link-only paragraphs inside the article are "related" furniture.
            let ld = self.a.link_density(i);
            if st.len > 0
                && ((ld > 0.5 && !st.has_positive && st.br_para == 0)
                    || (ld > 0.3
                        && matches!(node.tag, Tag::Li | Tag::Ul | Tag::Ol)
                        && st.len < 400))
            {
                // The heading that introduced the link list ("Read more", "Related") goes too.
                self.flush();
                if self.blocks.last().is_some_and(is_lead_in) {
                    self.blocks.pop();
                }
                return;
            }
            if matches!(node.tag, Tag::H(1)) || st.teaser {
                return;
            }
        }
        let kind = match node.tag {
            Tag::H(_) => BlockKind::Heading,
            Tag::Blockquote => BlockKind::Quote,
            Tag::Li | Tag::Dd | Tag::Dt => BlockKind::ListItem,
            Tag::Pre => BlockKind::Preformatted,
            Tag::Tr => BlockKind::TableRow,
            _ => kind,
        };
        match node.tag {
            Tag::Br => {
                self.cur_br = true;
                self.start(kind, i);
                self.cur_br = true;
                return;
            }
            Tag::Td => {
                self.cur.push(' ');
            }
            _ if block => self.start(kind, i),
            _ => {}
        }
        let link = node.tag == Tag::A;
        let br_lines = st.own_br_para > 0;
        self.in_link += u32::from(link);
        self.in_br_lines += u32::from(br_lines);
        for &c in &node.children {
            self.walk(c as usize, kind, depth + 1);
        }
        self.in_link -= u32::from(link);
        if block && node.tag != Tag::Td {
            self.start(kind, i);
        }
        if br_lines {
            // The cell's last line is judged while the cell is still open.
            self.flush();
            self.in_br_lines -= 1;
        }
    }
}

/// Collapses whitespace runs to one space and trims.
pub(crate) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Development aid: the junk elements holding much text, with their id/class.
#[doc(hidden)]
pub fn debug_junk(html: &str) -> Vec<String> {
    let dom = crate::dom::parse(html);
    let a = Analysis::new(&dom);
    let mut out = Vec::new();
    for i in 1..dom.nodes.len() {
        let p = dom.nodes[i].parent as usize;
        if a.junk[i] && !a.junk[p] && a.stats[i].len > 300 {
            out.push(format!(
                "{:?} len={} ld={:.2} '{}' {:?}",
                dom.nodes[i].tag,
                a.stats[i].len,
                a.link_density(i),
                dom.nodes[i].id_class,
                dom.nodes[i].attrs
            ));
        }
    }
    let (s, _) = a.scores();
    let mut idx: Vec<usize> = (0..s.len()).collect();
    idx.sort_by(|&x, &y| s[y].partial_cmp(&s[x]).unwrap());
    for &i in idx.iter().take(5) {
        out.push(format!(
            "cand {:.1} {:?} len={} '{}'",
            s[i], dom.nodes[i].tag, a.stats[i].len, dom.nodes[i].id_class
        ));
    }
    out
}

#[doc(hidden)]
pub fn debug_path(html: &str, needle: &str) -> Vec<String> {
    let dom = crate::dom::parse(html);
    let a = Analysis::new(&dom);
    let mut out = Vec::new();
    if let Some(i) = dom.nodes.iter().position(|n| n.tag == Tag::Text && n.text.contains(needle)) {
        let mut i = i;
        while i != 0 {
            let n = &dom.nodes[i];
            out.push(format!(
                "{i} {:?} junk={} len={} inl={} '{}'",
                n.tag, a.junk[i], a.stats[i].len, a.stats[i].inline_len, n.id_class
            ));
            i = n.parent as usize;
        }
    }
    out
}

#[doc(hidden)]
pub fn debug_reason(html: &str, needle: &str) -> String {
    let dom = crate::dom::parse(html);
    let a = Analysis::new(&dom);
    let Some(i) =
        dom.nodes.iter().position(|n| n.tag == Tag::Text && collapse(&n.text).contains(needle))
    else {
        return "notfound".into();
    };
    let cont = a.containers();
    let mut p = i;
    let mut inside = false;
    let mut junk_at = None;
    while p != 0 {
        if cont.contains(&p) {
            inside = true;
        }
        if a.junk[p] && !a.junk[dom.nodes[p].parent as usize] {
            junk_at = Some(p);
        }
        p = dom.nodes[p].parent as usize;
    }
    if let Some(j) = junk_at {
        let n = &dom.nodes[j];
        return format!(
            "junk {:?} '{}' {:?}",
            n.tag,
            n.id_class,
            n.attrs
                .iter()
                .filter(|(k, _)| k == "role" || k == "style" || k == "hidden")
                .collect::<Vec<_>>()
        );
    }
    if !inside {
        return "outside".into();
    }
    "filtered".into()
}
