//! Robustness (issue 8): every string is a page the extractor reads without panicking, in time
//! linear in its length, and the pages that used to be lost or misread are read. All page text
//! here is our own.

use std::time::{Duration, Instant};

use dossier_extract::{extract, BlockKind, ExtractError, Extracted};
use proptest::prelude::*;

const STORY: [&str; 3] = [
    "The ferry company announced on Friday that the winter timetable will start two weeks later than usual this year.",
    "Passengers had complained that the early change left commuters stranded on the island after the last evening boat.",
    "A spokesperson said the company would review the timetable again in the spring, once it had counted the journeys.",
];

/// What the extractor may return for any input: an article whose text is well formed, or "no
/// article".
fn check_output(r: &Result<Extracted, ExtractError>) {
    match r {
        Ok(x) => {
            assert!(!x.blocks.is_empty() || x.text().is_empty());
            for b in &x.blocks {
                assert!(!b.text.is_empty(), "empty block");
                assert_eq!(b.text, b.text.trim(), "untrimmed block");
                assert!(!b.text.contains('\n'), "line break inside a block");
                assert!(!b.text.contains("  "), "uncollapsed whitespace");
            }
            let text = x.text();
            assert_eq!(text.lines().count(), x.blocks.len());
            let mut at = 0;
            for b in &x.blocks {
                let found = text[at..].find(&b.text).expect("block in text") + at;
                assert!(text.is_char_boundary(found));
                at = found + b.text.len();
            }
            for a in &x.meta.authors {
                assert!(!a.trim().is_empty() && a.chars().count() <= 60, "author {a:?}");
            }
            if let Some(t) = &x.meta.title {
                assert!(!t.is_empty());
            }
        }
        Err(e) => assert_eq!(*e, ExtractError::NoArticleContent),
    }
}

fn run(html: &str) -> (Result<Extracted, ExtractError>, Duration) {
    let t = Instant::now();
    let r = extract(html, None);
    (r, t.elapsed())
}

fn text_of(html: &str) -> String {
    extract(html, None).expect("article found").text()
}

fn story_paragraphs() -> String {
    STORY.iter().map(|p| format!("<p>{p}</p>")).collect()
}

// --- Bug 1: a tokenizer state some parsers cannot decide on ---

#[test]
fn unclosed_select_before_raw_text_elements_does_not_panic() {
    for tag in [
        "title",
        "style",
        "iframe",
        "noscript",
        "xmp",
        "noembed",
        "noframes",
        "plaintext",
        "script",
    ] {
        let bare = format!("<select><{tag}>");
        check_output(&extract(&bare, None));
        // With an article after it, the article is still read.
        let page = format!(
            "<html><body><form><select><option>One<option>Two</form><{tag}>x</{tag}>\
             <article>{}</article></body></html>",
            story_paragraphs()
        );
        let r = extract(&page, None);
        check_output(&r);
        if tag != "plaintext" {
            let text = r.expect("article after the select").text();
            assert!(text.contains(STORY[1]), "{tag}: {text}");
        }
    }
}

#[test]
fn raw_text_hides_markup_until_its_end_tag() {
    let page = format!(
        "<html><head><title>A &amp; B</title><style>p {{ color: red }} </p></style></head><body>\
         <script>var s = '<p>not text</p>';</script><article>{}</article></body></html>",
        story_paragraphs()
    );
    let x = extract(&page, None).unwrap();
    assert!(!x.text().contains("not text"));
    assert!(x.text().contains(STORY[0]));
}

#[test]
fn svg_titles_are_not_raw_text() {
    let page = format!(
        "<html><body><a href=/><svg><title>Logo</title><path d='M0 0'/></svg></a>\
         <article>{}</article></body></html>",
        story_paragraphs()
    );
    assert!(text_of(&page).contains(STORY[2]));
}

// --- Bug 2: linear time ---

#[test]
fn million_deep_nesting_is_read_quickly() {
    for (open, close) in [("<div>", "</div>"), ("<span>", "</span>"), ("<td>", "</td>")] {
        let n = 1_000_000;
        let mut page = open.repeat(n);
        page.push_str(&STORY.join(" "));
        page.push_str(&close.repeat(n));
        let (r, took) = run(&page);
        check_output(&r);
        assert!(took < Duration::from_secs(20), "{open} x {n}: {took:?}");
    }
}

// --- Bug 3: text with no paragraph elements ---

#[test]
fn text_straight_in_body_is_read() {
    let page =
        format!("<html><body>{}<br><br>{}<br><br>{}</body></html>", STORY[0], STORY[1], STORY[2]);
    let text = text_of(&page);
    assert_eq!(text.lines().collect::<Vec<_>>(), STORY);
}

#[test]
fn plain_text_files_are_read_as_paragraphs() {
    let page = format!("{}\n\n{}\nstill the second\n\n\n{}\n", STORY[0], STORY[1], STORY[2]);
    let x = extract(&page, None).unwrap();
    let lines: Vec<String> = x.text().lines().map(String::from).collect();
    assert_eq!(
        lines,
        vec![STORY[0].to_string(), format!("{} still the second", STORY[1]), STORY[2].to_string()]
    );
    assert!(x.blocks.iter().all(|b| b.kind == BlockKind::Paragraph));
}

// --- Bug 4: furniture words inside longer names ---

#[test]
fn furniture_words_match_whole_words_only() {
    for class in ["evolve-shared-mutable-history", "sharedContent", "unrelated-notes", "navy-blue"]
    {
        let page = format!(
            "<html><body><nav><a href=/>Home</a></nav><div class=\"{class}\"><h2>Notes</h2>{}</div>\
             </body></html>",
            story_paragraphs()
        );
        let text = text_of(&page);
        assert!(text.contains(STORY[0]) && text.contains(STORY[2]), "{class}: {text}");
    }
    // Real furniture names are still furniture, alone or glued to a generic word.
    for class in ["share-bar", "sharebar", "socialShare", "recentcomments", "topnav", "ad-slot"] {
        let page = format!(
            "<html><body><article>{}<div class=\"{class}\"><p>Furniture words in a box that \
             nobody wants to read, repeated for length.</p></div></article></body></html>",
            story_paragraphs()
        );
        assert!(!text_of(&page).contains("Furniture words"), "{class}");
    }
}

#[test]
fn an_element_holding_most_of_the_text_is_not_dropped_for_its_name() {
    let page = format!(
        "<html><body><div class=\"menu\"><a href=/a>Home</a> <a href=/b>News</a></div>\
         <div id=\"region-body-and-footer\"><h1>Ferry times</h1>{}</div></body></html>",
        story_paragraphs()
    );
    let text = text_of(&page);
    assert!(STORY.iter().all(|p| text.contains(p)), "{text}");
}

// --- Bug 5: table layouts ---

#[test]
fn story_in_table_cell_is_kept_and_headline_links_dropped() {
    let links: String = (0..50)
        .map(|i| {
            format!("<a href=\"/n/{i}\">Harbour board reviews mooring fees for berth {i}</a><br>")
        })
        .collect();
    let page = format!(
        "<html><body><table width=100%><tr><td><table><tr><td><img src=logo.gif></td></tr></table>\
         <table><tr><td><b>Ferry timetable delayed</b><br><br>{}<br><br>{}<br><br>{}<br><br>\
         <b>More headlines</b><br>{links}</td><td>Tides: high at noon</td></tr></table>\
         </td></tr></table></body></html>",
        STORY[0], STORY[1], STORY[2]
    );
    let text = text_of(&page);
    assert!(STORY.iter().all(|p| text.contains(p)), "{text}");
    assert!(!text.contains("mooring fees"), "{text}");
    assert!(!text.contains("More headlines"), "{text}");
}

// --- Bug 6: authors ---

fn authors(head: &str, byline: &str) -> Vec<String> {
    let page = format!(
        "<html><head>{head}</head><body><article><h1>Ferry times</h1>{byline}{}</article></body></html>",
        story_paragraphs()
    );
    extract(&page, None).unwrap().meta.authors
}

#[test]
fn authors_are_decoded_validated_and_found_in_bylines() {
    assert_eq!(authors("<meta name=author content=\"Mac &amp; i\">", ""), ["Mac & i"]);
    assert_eq!(authors("<meta name=author content=\"Mac &amp i\">", ""), ["Mac & i"]);
    assert_eq!(
        authors("<meta name=author content=\"Jos&eacute; Ib&aacute;&ntilde;ez\">", ""),
        ["José Ibáñez"]
    );
    assert!(authors("<meta name=author content=\"CC7567\">", "").is_empty());
    assert!(authors("<meta name=author content=\"https://example.org/staff/7\">", "").is_empty());
    // An id in the metadata, the name on the page.
    assert_eq!(
        authors(
            "<meta name=author content=\"CC7567\">",
            "<div class=\"story-byline\">By <a href=/p/ann>Ann Lee</a> and Bo Chan</div>"
        ),
        ["Ann Lee", "Bo Chan"]
    );
    assert_eq!(authors("", "<p class=meta><span>By Ann Lee</span></p>"), ["Ann Lee"]);
    let ld = r#"<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ren&eacute;e O&#39;Hara"},{"@type":"Person","name":"12345"}]}</script>"#;
    assert_eq!(authors(ld, ""), ["Renée O'Hara"]);
}

// --- Properties over hostile input ---

const TAGS: &[&str] = &[
    "select",
    "title",
    "style",
    "iframe",
    "noscript",
    "xmp",
    "noembed",
    "noframes",
    "plaintext",
    "script",
    "table",
    "tr",
    "td",
    "template",
    "svg",
    "math",
    "p",
    "div",
    "br",
    "a",
    "li",
    "ul",
    "body",
    "head",
    "html",
    "article",
    "option",
    "textarea",
    "span",
    "h1",
    "meta",
    "nav",
];

const PIECES: &[&str] = &[
    "<",
    ">",
    "</",
    "/>",
    "<!--",
    "-->",
    "--!>",
    "<!",
    "<?",
    "]]>",
    "<![CDATA[",
    "&",
    "&amp",
    "&amp;",
    "&#",
    "&#x",
    "&#150;",
    "&eacute",
    ";",
    "=",
    "\"",
    "'",
    " ",
    "\n",
    "\t",
    "\0",
    "word",
    "By Ann Lee",
    " class=\"share-bar\"",
    " id=comments",
    " itemprop=author",
    " hidden",
    " type=\"application/ld+json\"",
    "{\"author\":\"Ann\"}",
    "é",
    "日本",
    "\u{FEFF}",
    "\u{FFFD}",
];

fn tag_soup() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        (prop::sample::select(TAGS), any::<bool>(), any::<bool>()).prop_map(|(t, end, upper)| {
            let t = if upper { t.to_uppercase() } else { t.to_string() };
            if end {
                format!("</{t}>")
            } else {
                format!("<{t}>")
            }
        }),
        prop::sample::select(PIECES).prop_map(String::from),
        "[a-zA-Z .,]{0,40}",
    ];
    prop::collection::vec(token, 0..400).prop_map(|v| v.concat())
}

fn deep_markup() -> impl Strategy<Value = String> {
    (prop::sample::select(TAGS), 0usize..20_000, 0usize..20_000, any::<bool>()).prop_map(
        |(tag, open, close, text)| {
            let mut s = format!("<{tag}>").repeat(open);
            if text {
                s.push_str(&STORY.join("<br><br>"));
            }
            s.push_str(&format!("</{tag}>").repeat(close));
            s
        },
    )
}

fn long_runs() -> impl Strategy<Value = String> {
    (
        prop::sample::select(
            &['<', '>', '&', '/', '-', '!', '"', '\'', '=', ' ', 'a', '#', ';', 'é'][..],
        ),
        0usize..200_000,
    )
        .prop_map(|(c, n)| std::iter::repeat(c).take(n).collect())
}

fn huge_attributes() -> impl Strategy<Value = String> {
    (
        0usize..300_000,
        prop::sample::select(&["class", "id", "style", "content", "href"][..]),
        any::<bool>(),
    )
        .prop_map(|(n, attr, closed)| {
            let value = "share-Bar_x".repeat(n / 11 + 1);
            let end = if closed { "\">" } else { "" };
            format!(
                "<meta name=author {attr}=\"{value}{end}<div {attr}=\"{value}{end}{}",
                STORY.join(" ")
            )
        })
}

/// Generous: the slowest of these inputs takes a few milliseconds in a release build.
const TIME_LIMIT: Duration = Duration::from_secs(5);

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..4000)) {
        let html = String::from_utf8_lossy(&bytes);
        let (r, took) = run(&html);
        check_output(&r);
        prop_assert!(took < TIME_LIMIT);
    }

    #[test]
    fn tag_soup_never_panics(html in tag_soup()) {
        let (r, took) = run(&html);
        check_output(&r);
        prop_assert!(took < TIME_LIMIT);
    }

    #[test]
    fn deep_or_unbalanced_markup_never_panics(html in deep_markup()) {
        let (r, took) = run(&html);
        check_output(&r);
        prop_assert!(took < TIME_LIMIT);
    }

    #[test]
    fn long_runs_of_one_character_never_panic(html in long_runs()) {
        let (r, took) = run(&html);
        check_output(&r);
        prop_assert!(took < TIME_LIMIT);
    }

    #[test]
    fn huge_attribute_values_never_panic(html in huge_attributes()) {
        let (r, took) = run(&html);
        check_output(&r);
        prop_assert!(took < TIME_LIMIT);
    }

    #[test]
    fn articles_survive_surrounding_soup(before in tag_soup(), after in tag_soup()) {
        let page = format!("<html><body><article>{}</article>{after}</body></html>{before}", story_paragraphs());
        let (r, took) = run(&page);
        check_output(&r);
        prop_assert!(took < TIME_LIMIT);
    }
}
