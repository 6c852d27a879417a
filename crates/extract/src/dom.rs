//! A small arena DOM built by our own HTML tokenizer.
//!
//! Why not html5ever's full tree builder: on 170 KB news pages it alone costs about 2.5 ms per
//! page, which caps the whole extractor below ten times Python trafilatura's speed. Why not
//! lol_html, which we used before: it gives up on some valid pages (an unclosed `<select>` before
//! a `<title>` is a "parsing ambiguity" after which it can only panic), and its end-tag handlers
//! cost time quadratic in the nesting depth. The tokenizer below reads tags, attributes,
//! comments and raw-text elements in one linear pass; we add the few HTML5 tree-construction
//! rules that matter for finding paragraphs (implied `</p>`, `</li>`, `</td>`, ...) ourselves.
//! Unclosed elements are closed by their ancestor's end tag, stray end tags are ignored, so any
//! string gives a tree.

use std::collections::HashMap;

/// Index of a node in [`Dom::nodes`].
pub type NodeId = u32;

/// Tags the extractor treats specially. Everything else is `Other` (an inline or generic element).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    Root,
    Text,
    P,
    Div,
    H(u8),
    Blockquote,
    Pre,
    Li,
    Ul,
    Ol,
    Dl,
    Dt,
    Dd,
    Table,
    Tr,
    Td,
    A,
    Br,
    Article,
    Main,
    Section,
    Header,
    Footer,
    Nav,
    Aside,
    Form,
    Figure,
    Figcaption,
    Button,
    Select,
    Option,
    Label,
    Input,
    Textarea,
    /// script, style, noscript, template, svg, iframe, object, canvas, ...: never visible text.
    Invisible,
    Title,
    Time,
    Img,
    Span,
    Strong,
    Em,
    Address,
    Body,
    Head,
    Hr,
    Other,
}

impl Tag {
    fn from_name(n: &str) -> Tag {
        match n {
            "p" => Tag::P,
            "div" => Tag::Div,
            "h1" => Tag::H(1),
            "h2" => Tag::H(2),
            "h3" => Tag::H(3),
            "h4" => Tag::H(4),
            "h5" => Tag::H(5),
            "h6" => Tag::H(6),
            "blockquote" => Tag::Blockquote,
            "pre" => Tag::Pre,
            "li" => Tag::Li,
            "ul" | "menu" => Tag::Ul,
            "ol" => Tag::Ol,
            "dl" => Tag::Dl,
            "dt" => Tag::Dt,
            "dd" => Tag::Dd,
            "table" => Tag::Table,
            "tr" => Tag::Tr,
            "td" | "th" => Tag::Td,
            "a" => Tag::A,
            "br" => Tag::Br,
            "article" => Tag::Article,
            "main" => Tag::Main,
            "section" => Tag::Section,
            "header" => Tag::Header,
            "footer" => Tag::Footer,
            "nav" => Tag::Nav,
            "aside" => Tag::Aside,
            "form" => Tag::Form,
            "figure" => Tag::Figure,
            "figcaption" => Tag::Figcaption,
            "button" => Tag::Button,
            "select" | "datalist" => Tag::Select,
            "option" | "optgroup" => Tag::Option,
            "label" => Tag::Label,
            "input" => Tag::Input,
            "textarea" => Tag::Textarea,
            "script" | "style" | "noscript" | "template" | "svg" | "math" | "iframe" | "object"
            | "embed" | "canvas" | "video" | "audio" | "map" | "dialog" | "noembed"
            | "noframes" | "head" => {
                if n == "head" {
                    Tag::Head
                } else {
                    Tag::Invisible
                }
            }
            "title" => Tag::Title,
            "time" => Tag::Time,
            "img" | "picture" => Tag::Img,
            "span" | "font" => Tag::Span,
            "strong" | "b" => Tag::Strong,
            "em" | "i" => Tag::Em,
            "address" => Tag::Address,
            "body" => Tag::Body,
            "hr" => Tag::Hr,
            _ => Tag::Other,
        }
    }

    /// Elements that start a new line of text (HTML's block-level elements, roughly).
    pub fn is_block(self) -> bool {
        !matches!(
            self,
            Tag::Text
                | Tag::A
                | Tag::Span
                | Tag::Strong
                | Tag::Em
                | Tag::Time
                | Tag::Img
                | Tag::Label
                | Tag::Input
                | Tag::Other
                | Tag::Br
        )
    }

    /// Start tags that close an open `<p>` (HTML5 "close a p element").
    fn closes_p(self) -> bool {
        matches!(
            self,
            Tag::P
                | Tag::Div
                | Tag::H(_)
                | Tag::Blockquote
                | Tag::Pre
                | Tag::Ul
                | Tag::Ol
                | Tag::Dl
                | Tag::Table
                | Tag::Article
                | Tag::Main
                | Tag::Section
                | Tag::Header
                | Tag::Footer
                | Tag::Nav
                | Tag::Aside
                | Tag::Form
                | Tag::Figure
                | Tag::Address
                | Tag::Hr
        )
    }
}

/// One node: an element or a run of text.
#[derive(Debug, Clone)]
pub struct Node {
    pub tag: Tag,
    pub parent: NodeId,
    pub children: Vec<NodeId>,
    /// Decoded text for text nodes; empty for elements.
    pub text: String,
    /// Lower-cased `id` and `class` attribute values, space separated.
    pub id_class: String,
    /// The same as written, when that differs (camelCase names are read word by word); empty
    /// otherwise.
    pub names: String,
    /// Other attributes the extractor reads (role, itemprop, hidden, ...), lower-cased name first.
    pub attrs: Vec<(String, String)>,
}

impl Node {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// Everything read from one page in a single streaming pass.
#[derive(Debug, Default)]
pub struct Dom {
    pub nodes: Vec<Node>,
    /// `<meta name|property|itemprop=... content=...>` pairs, name lower-cased.
    pub metas: Vec<(String, String)>,
    /// `<link rel=... href=...>` pairs, rel lower-cased.
    pub links: Vec<(String, String)>,
    /// Contents of `<script type="application/ld+json">` blocks.
    pub json_ld: Vec<String>,
    /// `<html lang>`.
    pub lang: Option<String>,
    /// The `<title>` text.
    pub title: Option<String>,
    /// Whether the page has any markup at all (a tag, comment or declaration); without any it is
    /// plain text.
    pub markup: bool,
}

/// Attributes kept on elements besides id and class: they signal roles and microdata.
const KEPT_ATTRS: &[&str] =
    &["role", "itemprop", "hidden", "aria-hidden", "style", "datetime", "rel", "href", "itemtype"];

/// How far down the open-element stack an implied end tag is looked for.
const IMPLIED_END_REACH: usize = 64;

/// Elements that never have content (the HTML standard's void elements).
const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input",
    "keygen", "link", "meta", "param", "source", "track", "wbr",
];

/// Elements whose content is not markup: it runs to the matching end tag. `title` and `textarea`
/// decode character references in it; `plaintext` runs to the end of the page.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "title",
    "textarea",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
];

/// No open element has this name.
const NONE_OPEN: u32 = u32::MAX;

struct Builder {
    dom: Dom,
    /// Open elements, innermost last: node, interned tag name, and the stack position of the
    /// next open element further out with the same name ([`NONE_OPEN`] if none).
    stack: Vec<(NodeId, u32, u32)>,
    /// Tag names seen so far, interned so that end tags find their element without a stack scan.
    names: HashMap<String, u32>,
    /// Per interned name, the stack position of its innermost open element ([`NONE_OPEN`] if
    /// none). With the chain in `stack` this is a list per name without an allocation per name:
    /// a page of many distinct tag names stays light on memory, so its time stays linear.
    innermost: Vec<u32>,
    /// Whether a `<head>` may still be open (saves a stack scan per element).
    head_open: bool,
}

impl Builder {
    fn new() -> Self {
        let root = Node {
            tag: Tag::Root,
            parent: 0,
            children: Vec::new(),
            text: String::new(),
            id_class: String::new(),
            names: String::new(),
            attrs: Vec::new(),
        };
        Builder {
            dom: Dom { nodes: vec![root], ..Default::default() },
            // Name 0 is the root's, which no tag can have.
            stack: vec![(0, 0, NONE_OPEN)],
            names: HashMap::new(),
            innermost: vec![NONE_OPEN],
            head_open: false,
        }
    }

    fn top(&self) -> NodeId {
        self.stack.last().map_or(0, |e| e.0)
    }

    fn tag_of(&self, id: NodeId) -> Tag {
        self.dom.nodes[id as usize].tag
    }

    fn intern(&mut self, name: &str) -> u32 {
        if let Some(&k) = self.names.get(name) {
            return k;
        }
        let k = self.innermost.len() as u32;
        self.innermost.push(NONE_OPEN);
        self.names.insert(name.to_string(), k);
        k
    }

    /// Pops open elements until `len` remain (the root always stays). Each element is pushed and
    /// popped once, so all the popping of a page costs time linear in its element count.
    fn truncate(&mut self, len: usize) {
        let len = len.max(1);
        while self.stack.len() > len {
            if let Some((_, k, outer)) = self.stack.pop() {
                self.innermost[k as usize] = outer;
            }
        }
    }

    /// Whether an `<svg>` or `<math>` element is open: inside them (foreign content) `<title>`,
    /// `<style>` and the like are ordinary elements, not raw text.
    fn in_foreign(&self) -> bool {
        ["svg", "math"]
            .iter()
            .any(|n| self.names.get(*n).is_some_and(|&k| self.innermost[k as usize] != NONE_OPEN))
    }

    /// An end tag: closes the innermost open element of that name and everything inside it.
    /// End tags with no open element of their name are ignored, as browsers mostly do.
    fn end_tag(&mut self, name: &str) {
        let Some(&k) = self.names.get(name) else { return };
        let pos = self.innermost[k as usize];
        if pos != NONE_OPEN {
            self.truncate(pos as usize);
        }
    }

    /// Closes the innermost open element with one of `tags`, if found before a `stop` element.
    /// Looks at most [`IMPLIED_END_REACH`] elements down, so deep broken nesting stays linear.
    fn close_open(&mut self, tags: &[Tag], stop: &[Tag]) {
        let floor = self.stack.len().saturating_sub(IMPLIED_END_REACH).max(1);
        for i in (floor..self.stack.len()).rev() {
            let t = self.tag_of(self.stack[i].0);
            if tags.contains(&t) {
                self.truncate(i);
                return;
            }
            if stop.contains(&t) {
                return;
            }
        }
    }

    fn open(
        &mut self,
        name: &str,
        tag: Tag,
        id_class: String,
        attrs: Vec<(String, String)>,
        void: bool,
    ) -> NodeId {
        // Body content implies </head> (pages that forget it would otherwise have no body).
        if self.head_open && !matches!(tag, Tag::Title | Tag::Invisible | Tag::Other | Tag::Head) {
            if let Some(pos) =
                self.stack.iter().position(|&(n, ..)| self.dom.nodes[n as usize].tag == Tag::Head)
            {
                self.truncate(pos);
            }
            self.head_open = false;
        }
        if tag == Tag::Head {
            self.head_open = true;
        }
        // The implied end tags that matter for paragraph structure.
        if tag.closes_p() {
            self.close_open(
                &[Tag::P],
                &[
                    Tag::Td,
                    Tag::Li,
                    Tag::Blockquote,
                    Tag::Div,
                    Tag::Article,
                    Tag::Section,
                    Tag::Body,
                    Tag::Table,
                ],
            );
        }
        match tag {
            Tag::Li => self.close_open(&[Tag::Li], &[Tag::Ul, Tag::Ol, Tag::Table]),
            Tag::Dt | Tag::Dd => self.close_open(&[Tag::Dt, Tag::Dd], &[Tag::Dl, Tag::Table]),
            Tag::Td => self.close_open(&[Tag::Td], &[Tag::Tr, Tag::Table]),
            Tag::Tr => self.close_open(&[Tag::Tr], &[Tag::Table]),
            Tag::Option => self.close_open(&[Tag::Option], &[Tag::Select]),
            Tag::H(_) => self.close_open(
                &[Tag::H(1), Tag::H(2), Tag::H(3), Tag::H(4), Tag::H(5), Tag::H(6)],
                &[Tag::Div, Tag::Body],
            ),
            _ => {}
        }
        let parent = self.top();
        let id = self.dom.nodes.len() as NodeId;
        self.dom.nodes.push(Node {
            tag,
            parent,
            children: Vec::new(),
            text: String::new(),
            id_class,
            names: String::new(),
            attrs,
        });
        self.dom.nodes[parent as usize].children.push(id);
        if !void {
            let k = self.intern(name);
            let outer = std::mem::replace(&mut self.innermost[k as usize], self.stack.len() as u32);
            self.stack.push((id, k, outer));
        }
        id
    }

    /// Text, already decoded.
    fn text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let parent = self.top();
        if self.tag_of(parent) == Tag::Invisible {
            return;
        }
        if let Some(&last) = self.dom.nodes[parent as usize].children.last() {
            if self.dom.nodes[last as usize].tag == Tag::Text {
                self.dom.nodes[last as usize].text.push_str(text);
                return;
            }
        }
        let id = self.dom.nodes.len() as NodeId;
        self.dom.nodes.push(Node {
            tag: Tag::Text,
            parent,
            children: Vec::new(),
            text: text.to_string(),
            id_class: String::new(),
            names: String::new(),
            attrs: Vec::new(),
        });
        self.dom.nodes[parent as usize].children.push(id);
    }

    /// A start tag the tokenizer read.
    fn start_tag(&mut self, name: &str, attrs: &[(&str, &str)], self_closing: bool) {
        let get = |key: &str| -> Option<String> {
            attrs
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(key))
                .map(|(_, v)| crate::entities::decode_attr(v).into_owned())
        };
        match name {
            "meta" => {
                let key = get("property").or_else(|| get("name")).or_else(|| get("itemprop"));
                if let (Some(k), Some(c)) = (key, get("content")) {
                    self.dom.metas.push((k.to_ascii_lowercase(), c));
                }
                return;
            }
            "link" => {
                if let (Some(r), Some(h)) = (get("rel"), get("href")) {
                    self.dom.links.push((r.to_ascii_lowercase(), h));
                }
                return;
            }
            "html" => {
                if let Some(l) = get("lang").or_else(|| get("xml:lang")) {
                    self.dom.lang = Some(l);
                }
                return;
            }
            _ => {}
        }
        let tag = Tag::from_name(name);
        let mut names = String::new();
        if let Some(v) = get("id") {
            names.push_str(&v);
        }
        if let Some(v) = get("class") {
            if !names.is_empty() {
                names.push(' ');
            }
            names.push_str(&v);
        }
        let id_class = names.to_lowercase();
        let mut kept = Vec::new();
        for (n, v) in attrs {
            let n = n.to_ascii_lowercase();
            if KEPT_ATTRS.contains(&n.as_str()) && !kept.iter().any(|(k, _)| *k == n) {
                kept.push((n, crate::entities::decode_attr(v).into_owned()));
            }
        }
        // `<div/>` is read as empty, as before; `<script/>` and `<title/>` still open raw text,
        // except in SVG and MathML, where `/>` closes any element.
        let foreign = self.in_foreign();
        let void = VOID.contains(&name)
            || self_closing
                && (foreign || !matches!(tag, Tag::Invisible) && !RAW_TEXT.contains(&name));
        let id = self.open(name, tag, id_class, kept, void);
        if names.chars().any(char::is_uppercase) {
            self.dom.nodes[id as usize].names = names;
        }
    }

    /// The content of a raw-text element, which has just been opened and is closed here.
    fn raw_text(&mut self, name: &str, content: &str, is_ld: bool) {
        let id = self.top();
        match name {
            "title" => {
                if self.dom.title.is_none() {
                    self.dom.title = Some(crate::entities::decode_text(content).into_owned());
                }
            }
            "textarea" => self.text(&crate::entities::decode_text(content)),
            "script" if is_ld => self.dom.json_ld.push(content.to_string()),
            _ => self.text(content),
        }
        if let Some(pos) = self.stack.iter().rposition(|e| e.0 == id) {
            self.truncate(pos);
        }
    }
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// Where the raw text starting at `from` ends: the start of the first `</name` followed by a
/// space, `/` or `>`, or the end of the page.
fn raw_text_end(html: &str, from: usize, name: &str) -> usize {
    let b = html.as_bytes();
    let mut p = from;
    while let Some(off) = html[p..].find("</") {
        let at = p + off;
        let n = at + 2;
        let end = n + name.len();
        if end <= b.len()
            && b[n..end].eq_ignore_ascii_case(name.as_bytes())
            && (end == b.len() || is_space(b[end]) || b[end] == b'/' || b[end] == b'>')
        {
            return at;
        }
        p = n;
    }
    b.len()
}

/// Position just after the comment whose text starts at `from`: after the first `-->` (or the
/// `--!>` browsers also accept), or the end of the page. One pass over the comment.
fn comment_end(html: &str, from: usize) -> usize {
    let b = html.as_bytes();
    let mut p = from;
    while let Some(off) = html[p..].find("--") {
        let at = p + off + 2;
        match b.get(at) {
            Some(b'>') => return at + 1,
            Some(b'!') if b.get(at + 1) == Some(&b'>') => return at + 2,
            // "--->" : the dashes run on; look again from the next one.
            _ => p = at - 1,
        }
    }
    html.len()
}

/// Position just after the next `>` from `from` (or the end of the page).
fn after_gt(html: &str, from: usize) -> usize {
    html[from..].find('>').map_or(html.len(), |o| from + o + 1)
}

/// A tag read by the tokenizer.
struct TagToken<'h> {
    name: String,
    attrs: Vec<(&'h str, &'h str)>,
    self_closing: bool,
    /// Position just after the tag's `>`.
    end: usize,
}

/// Reads a start or end tag whose name starts at `p`. `None` when the page ends inside the tag
/// (browsers drop such a tag).
fn read_tag(html: &str, mut p: usize) -> Option<TagToken<'_>> {
    let b = html.as_bytes();
    let start = p;
    while p < b.len() && !is_space(b[p]) && b[p] != b'/' && b[p] != b'>' {
        p += 1;
    }
    let name = html[start..p].to_ascii_lowercase();
    let mut attrs = Vec::new();
    let mut self_closing = false;
    loop {
        while p < b.len() && (is_space(b[p]) || b[p] == b'/') {
            self_closing = b[p] == b'/' && b.get(p + 1) == Some(&b'>');
            p += 1;
        }
        if p >= b.len() {
            return None;
        }
        if b[p] == b'>' {
            return Some(TagToken { name, attrs, self_closing, end: p + 1 });
        }
        self_closing = false;
        let ns = p;
        p += 1; // the first character of a name may be '='
        while p < b.len() && !is_space(b[p]) && !matches!(b[p], b'/' | b'>' | b'=') {
            p += 1;
        }
        let an = &html[ns..p];
        let mut q = p;
        while q < b.len() && is_space(b[q]) {
            q += 1;
        }
        let mut value = "";
        if q < b.len() && b[q] == b'=' {
            q += 1;
            while q < b.len() && is_space(b[q]) {
                q += 1;
            }
            if q >= b.len() {
                return None;
            }
            if b[q] == b'"' || b[q] == b'\'' {
                let quote = b[q] as char;
                let close = html[q + 1..].find(quote)? + q + 1;
                value = &html[q + 1..close];
                p = close + 1;
            } else {
                let vs = q;
                while q < b.len() && !is_space(b[q]) && b[q] != b'>' {
                    q += 1;
                }
                value = &html[vs..q];
                p = q;
            }
        }
        attrs.push((an, value));
    }
}

/// Parses a page. Never fails: every string is some HTML, as it is for browsers.
///
/// The tokenizer follows the HTML standard's states closely enough for text extraction: tags
/// with quoted and unquoted attributes, comments, doctypes and other `<!...>` declarations,
/// raw-text elements (scripts, styles, titles, ...) and stray `<`, which is text. Each byte is
/// looked at a bounded number of times, so parsing is linear in the page's length.
pub fn parse(html: &str) -> Dom {
    let mut b = Builder::new();
    let bytes = html.as_bytes();
    let mut text_from = 0;
    let mut p = 0;
    let flush = |b: &mut Builder, from: usize, to: usize| {
        if from < to {
            b.text(&crate::entities::decode_text(&html[from..to]));
        }
    };
    while let Some(off) = html[p..].find('<') {
        let lt = p + off;
        let next = bytes.get(lt + 1).copied();
        match next {
            Some(c) if c.is_ascii_alphabetic() => {
                let Some(t) = read_tag(html, lt + 1) else {
                    flush(&mut b, text_from, lt);
                    b.dom.markup = true;
                    return finish(b);
                };
                flush(&mut b, text_from, lt);
                b.dom.markup = true;
                b.start_tag(&t.name, &t.attrs, t.self_closing);
                p = t.end;
                let opened = b.dom.nodes.len() as NodeId - 1;
                let is_open = b.top() == opened;
                if is_open && RAW_TEXT.contains(&t.name.as_str()) && !b.in_foreign() {
                    let end = if t.name == "plaintext" {
                        html.len()
                    } else {
                        raw_text_end(html, p, &t.name)
                    };
                    let is_ld = t.name == "script"
                        && t.attrs.iter().any(|(n, v)| {
                            n.eq_ignore_ascii_case("type")
                                && v.to_ascii_lowercase().contains("ld+json")
                        });
                    b.raw_text(&t.name, &html[p..end], is_ld);
                    // Skip the end tag itself.
                    p = if end < html.len() { after_gt(html, end) } else { end };
                }
                text_from = p;
            }
            Some(b'/') => {
                flush(&mut b, text_from, lt);
                b.dom.markup = true;
                match bytes.get(lt + 2) {
                    Some(c) if c.is_ascii_alphabetic() => {
                        let Some(t) = read_tag(html, lt + 2) else { return finish(b) };
                        b.end_tag(&t.name);
                        p = t.end;
                    }
                    // "</>" is dropped; "</" + anything else starts a bogus comment.
                    Some(_) => p = after_gt(html, lt + 2),
                    None => p = html.len(),
                }
                text_from = p;
            }
            Some(b'!') => {
                flush(&mut b, text_from, lt);
                b.dom.markup = true;
                p = if html[lt..].starts_with("<!--") {
                    let body = lt + 4;
                    if html[body..].starts_with('>') {
                        body + 1
                    } else if html[body..].starts_with("->") {
                        body + 2
                    } else {
                        comment_end(html, body)
                    }
                } else {
                    after_gt(html, lt + 2)
                };
                text_from = p;
            }
            Some(b'?') => {
                flush(&mut b, text_from, lt);
                b.dom.markup = true;
                p = after_gt(html, lt + 2);
                text_from = p;
            }
            // A '<' that starts no tag is text.
            _ => p = lt + 1,
        }
    }
    flush(&mut b, text_from, html.len());
    finish(b)
}

fn finish(b: Builder) -> Dom {
    b.dom
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(d: &Dom, tag: Tag) -> Vec<String> {
        d.nodes
            .iter()
            .filter(|n| n.tag == tag)
            .map(|n| n.children.iter().map(|&c| d.nodes[c as usize].text.clone()).collect())
            .collect()
    }

    #[test]
    fn implied_paragraph_ends() {
        let d = parse("<body><p>one<p>two &amp; more<div>x</div><ul><li>a<li>b</ul>");
        assert_eq!(texts(&d, Tag::P), vec!["one", "two & more"]);
        assert_eq!(texts(&d, Tag::Li), vec!["a", "b"]);
    }

    #[test]
    fn scripts_are_invisible_but_json_ld_is_kept() {
        let d = parse(
            r#"<head><title>T &amp; U</title><script type="application/ld+json">{"a":1}</script><script>var x="<p>no</p>";</script></head><body><p>yes</p>"#,
        );
        assert_eq!(d.title.as_deref(), Some("T & U"));
        assert_eq!(d.json_ld, vec![r#"{"a":1}"#]);
        assert_eq!(texts(&d, Tag::P), vec!["yes"]);
    }

    #[test]
    fn tokenizer_reads_attributes_comments_and_raw_text() {
        let d = parse(
            "<!DOCTYPE html><html lang='de'><!-- <p>hidden</p> --><body>\
             <div id=a class=\"Main  x\" data-x='1>2'><p title=\"a > b\">one</p></div>\
             <!--> <p>two</p><!-- a --!><p>three</p><textarea><p>no</p></textarea>\
             <xmp><b>raw</b></xmp><?php echo 1 ?><p>four &lt;5 &amp 6</p>",
        );
        assert_eq!(d.lang.as_deref(), Some("de"));
        assert_eq!(texts(&d, Tag::P), vec!["one", "two", "three", "four <5 & 6"]);
        let div = d.nodes.iter().find(|n| n.tag == Tag::Div).unwrap();
        assert_eq!(div.id_class, "a main  x");
        assert_eq!(div.names, "a Main  x");
        assert!(d.nodes.iter().any(|n| n.tag == Tag::Text && n.text == "<b>raw</b>"));
    }

    #[test]
    fn end_tags_close_their_element_and_stray_ones_are_ignored() {
        let d = parse("<div><span><p>a</span>b</div>c</p></em><p>d");
        // </span> closes the <p> inside it; "b" is in the div, "c" after it.
        let div = d.nodes.iter().position(|n| n.tag == Tag::Div).unwrap() as NodeId;
        let b = d.nodes.iter().find(|n| n.tag == Tag::Text && n.text == "b").unwrap();
        assert_eq!(b.parent, div);
        let c = d.nodes.iter().find(|n| n.tag == Tag::Text && n.text == "c").unwrap();
        assert_eq!(c.parent, 0);
        assert_eq!(texts(&d, Tag::P), vec!["a", "d"]);
    }

    #[test]
    fn raw_text_rules_do_not_apply_in_svg() {
        let d = parse("<svg><title>Logo</title><style/></svg><p>text</p><title>T</title>");
        assert_eq!(texts(&d, Tag::P), vec!["text"]);
        assert_eq!(d.title.as_deref(), Some("T"));
    }

    #[test]
    fn unclosed_select_before_title_parses() {
        let d = parse("<select><option>x<title>Page</title><p>after</p>");
        assert_eq!(d.title.as_deref(), Some("Page"));
        assert_eq!(texts(&d, Tag::P), vec!["after"]);
    }

    #[test]
    fn broken_markup_still_parses() {
        let d = parse("<div><p>a</span></div></div><p>b<<>>");
        assert_eq!(texts(&d, Tag::P).len(), 2);
    }
}
