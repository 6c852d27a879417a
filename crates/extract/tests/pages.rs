//! Pages of our own making: each kind of clutter the extractor must drop, each metadata source
//! it must read, broken markup, a huge page, and pages that are not articles.

use dossier_extract::{extract, DateOrigin, ExtractError};

const P1: &str = "The river council met on Tuesday evening to discuss the new bridge, which has been delayed twice since the spring.";
const P2: &str = "Engineers told the council that the steel would arrive in March, and that work could resume within a week of delivery.";
const P3: &str = "Residents who attended said they were relieved, although several asked why the delays had not been announced sooner.";

fn page(head: &str, before: &str, after: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">{head}</head><body>{before}\
         <article><h1>Bridge work to resume</h1><p>{P1}</p><h2>What happens next</h2><p>{P2}</p>\
         <blockquote><p>{P3}</p></blockquote></article>{after}</body></html>"
    )
}

fn body(html: &str) -> String {
    extract(html, None).expect("article found").text()
}

fn assert_clean(html: &str, clutter: &str) {
    let text = body(html);
    assert!(
        text.contains(P1) && text.contains(P2) && text.contains(P3),
        "article text lost: {text}"
    );
    assert!(!text.contains(clutter), "clutter {clutter:?} kept: {text}");
}

#[test]
fn structure_is_kept_one_block_per_line() {
    let text = body(&page("", "", ""));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines, vec![P1, "What happens next", P2, P3]);
}

#[test]
fn drops_navigation_and_menus() {
    let nav = "<nav><ul><li><a href=/>Home</a></li><li><a href=/world>World news</a></li></ul></nav>\
               <div class=\"main-menu\"><a href=/a>Sports section</a> <a href=/b>Weather section</a></div>";
    assert_clean(&page("", nav, ""), "World news");
    assert_clean(&page("", nav, ""), "Weather section");
}

#[test]
fn drops_footers() {
    let footer = "<footer><p>Copyright 2025 The Riverside Gazette. All rights reserved. Contact our newsroom any time.</p></footer>";
    assert_clean(&page("", "", footer), "Riverside Gazette");
}

#[test]
fn drops_comments() {
    let comments = "<section id=\"comments\"><h3>12 comments</h3><div class=\"comment\"><p>I have lived by this river \
                    for forty years and never seen a bridge take this long, it is a disgrace to the whole town.</p></div></section>";
    assert_clean(&page("", "", comments), "forty years");
}

#[test]
fn drops_share_bars() {
    let share = "<div class=\"share-bar\"><a href=#>Share on Facebook</a><a href=#>Share on Twitter</a><span>Copy link</span></div>";
    assert_clean(&page("", share, ""), "Facebook");
    assert_clean(&page("", share, ""), "Copy link");
}

#[test]
fn drops_cookie_notices() {
    let cookie = "<div id=\"cookie-banner\"><p>We use cookies to improve your experience on our website. By continuing \
                  to browse you agree to our use of cookies.</p><button>Accept</button></div>";
    assert_clean(&page("", cookie, ""), "cookies");
}

#[test]
fn drops_related_articles() {
    let related = "<div class=\"related-articles\"><h3>Related</h3><ul><li><a href=/x>Ferry prices rise again as operators \
                   blame fuel costs</a></li><li><a href=/y>New cycle lanes open</a></li></ul></div>";
    assert_clean(&page("", "", related), "Ferry prices");
    // The same list inside the article, with no telling class, goes because it is all links.
    let inside = format!(
        "<html><body><article><p>{P1}</p><ul><li><a href=/x>Ferry prices rise again</a></li><li><a href=/y>Cycle lanes \
         open</a></li></ul><p>{P2}</p><p>{P3}</p></article></body></html>"
    );
    assert_clean(&inside, "Ferry prices");
}

#[test]
fn drops_ads() {
    let ads = "<div class=\"ad-slot\"><p>Advertisement</p><a href=http://ads.example>Buy cheap flights to anywhere today</a></div>";
    let html = page("", "", "").replace("<h2>", &format!("{ads}<h2>"));
    assert_clean(&html, "cheap flights");
    assert_clean(&html, "Advertisement");
}

#[test]
fn metadata_from_json_ld_wins() {
    let head = r#"<title>Bridge work to resume | Riverside Gazette</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
        {"@type":"NewsArticle","headline":"Bridge work to resume","datePublished":"2025-03-04T09:30:00+00:00",
         "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chen"}],
         "publisher":{"@type":"Organization","name":"Riverside Gazette"}}]}</script>
        <meta property="article:published_time" content="2025-01-01T00:00:00Z">
        <link rel="canonical" href="https://gazette.example/2025/03/04/bridge">"#;
    let x = extract(&page(head, "", ""), None).unwrap();
    assert_eq!(x.meta.title.as_deref(), Some("Bridge work to resume"));
    assert_eq!(x.meta.authors, vec!["Ann Lee", "Bo Chen"]);
    assert_eq!(x.meta.published.as_deref(), Some("2025-03-04"));
    assert_eq!(x.meta.published_from, Some(DateOrigin::JsonLd));
    assert_eq!(x.meta.site_name.as_deref(), Some("Riverside Gazette"));
    assert_eq!(x.meta.canonical_url.as_deref(), Some("https://gazette.example/2025/03/04/bridge"));
    assert_eq!(x.meta.language.as_deref(), Some("en-gb"));
}

#[test]
fn metadata_from_open_graph_and_meta_tags() {
    let head = r#"<meta property="og:title" content="Bridge work to resume">
        <meta property="og:site_name" content="Riverside Gazette">
        <meta name="author" content="Ann Lee">
        <meta property="article:published_time" content="2025-03-05T10:00:00Z">
        <meta property="og:url" content="https://gazette.example/bridge">"#;
    let x = extract(&page(head, "", ""), None).unwrap();
    assert_eq!(x.meta.title.as_deref(), Some("Bridge work to resume"));
    assert_eq!(x.meta.authors, vec!["Ann Lee"]);
    assert_eq!(x.meta.published.as_deref(), Some("2025-03-05"));
    assert_eq!(x.meta.published_from, Some(DateOrigin::MetaTag));
    assert_eq!(x.meta.site_name.as_deref(), Some("Riverside Gazette"));
    assert_eq!(x.meta.canonical_url.as_deref(), Some("https://gazette.example/bridge"));
}

#[test]
fn date_from_time_element() {
    let html = page("", "<p class=meta>By <a rel=author href=/ann>Ann Lee</a> <time datetime=\"2025-03-06T08:00\">6 March</time></p>", "");
    let x = extract(&html, None).unwrap();
    assert_eq!(x.meta.published.as_deref(), Some("2025-03-06"));
    assert_eq!(x.meta.published_from, Some(DateOrigin::TimeElement));
    assert_eq!(x.meta.authors, vec!["Ann Lee"]);
}

#[test]
fn date_from_url() {
    let head =
        r#"<link rel="canonical" href="https://gazette.example/news/2025/03/07/bridge-work">"#;
    let x = extract(&page(head, "", ""), None).unwrap();
    assert_eq!(x.meta.published.as_deref(), Some("2025-03-07"));
    assert_eq!(x.meta.published_from, Some(DateOrigin::Url));
    assert_eq!(x.meta.site_name.as_deref(), Some("gazette.example"));
}

#[test]
fn date_from_visible_line() {
    let x = extract(
        &page("<title>Bridge</title>", "<div class=info>Published March 8, 2025</div>", ""),
        None,
    )
    .unwrap();
    assert_eq!(x.meta.published.as_deref(), Some("2025-03-08"));
    assert_eq!(x.meta.published_from, Some(DateOrigin::VisibleText));
    // No OpenGraph or JSON-LD title: the page headline is preferred to the <title> tag.
    assert_eq!(x.meta.title.as_deref(), Some("Bridge work to resume"));
}

#[test]
fn survives_broken_markup() {
    let html = format!("<html><body><div><p>{P1}<p>{P2}</span></b><div><p>{P3}</i></div></div></div></td><<p>&nbsp;&amp;");
    let text = body(&html);
    assert!(text.contains(P1) && text.contains(P2) && text.contains(P3), "{text}");
}

#[test]
fn survives_huge_pages() {
    let mut html = String::from("<html><body><div class=menu>");
    for i in 0..20_000 {
        html.push_str(&format!("<a href=/{i}>link {i}</a>"));
    }
    html.push_str("</div>");
    for _ in 0..5_000 {
        html.push_str("<div><div><span>");
    }
    html.push_str(&format!("<article><p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>"));
    let start = std::time::Instant::now();
    let text = body(&html);
    assert!(text.contains(P1) && text.contains(P3));
    assert!(!text.contains("link 7"));
    assert!(start.elapsed().as_secs() < 10);
}

#[test]
fn pages_that_are_not_articles_are_reported() {
    let menu = "<html><body><nav><a href=/a>Home</a><a href=/b>News</a></nav><ul><li><a href=/1>Story one headline</a></li>\
                <li><a href=/2>Story two headline</a></li></ul><footer>Contact</footer></body></html>";
    assert_eq!(extract(menu, None), Err(ExtractError::NoArticleContent));
    assert_eq!(extract("", None), Err(ExtractError::NoArticleContent));
    assert_eq!(
        extract("<html><body><script>render()</script></body></html>", None),
        Err(ExtractError::NoArticleContent)
    );
}

#[test]
fn fills_only_missing_metadata() {
    let head = r#"<meta property="og:title" content="Page title"><meta name="author" content="Ann Lee">
                  <meta property="article:published_time" content="2025-03-05">"#;
    let x = extract(&page(head, "", ""), None).unwrap();
    let mut meta =
        dossier_document::Metadata { title: Some("Given title".into()), ..Default::default() };
    dossier_extract::fill_metadata(&mut meta, &x.meta);
    assert_eq!(meta.title.as_deref(), Some("Given title"));
    assert_eq!(meta.author.as_deref(), Some("Ann Lee"));
    assert_eq!(meta.published.as_deref(), Some("2025-03-05"));
    assert_eq!(meta.published_source, dossier_document::DateSource::Metadata);
    assert_eq!(meta.language.as_deref(), Some("en"));
}

#[test]
fn survives_absurd_nesting() {
    // 200,000 unclosed elements inside the article, then more text: no stack overflow, no
    // quadratic blow-up.
    let mut html = format!("<html><body><article><p>{P1}</p><p>{P2}</p><div>");
    for _ in 0..200_000 {
        html.push_str("<span><div>");
    }
    html.push_str(&format!("{P3}</article></body></html>"));
    let start = std::time::Instant::now();
    let text = std::thread::spawn(move || body(&html)).join().expect("no crash");
    assert!(text.contains(P1) && text.contains(P3));
    assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
}

#[test]
fn deep_nesting_with_many_list_items_stays_fast() {
    let mut html = format!("<html><body><article><p>{P1}</p><p>{P2}</p><p>{P3}</p>");
    for _ in 0..50_000 {
        html.push_str("<span>");
    }
    for i in 0..20_000 {
        html.push_str(&format!("<li>item {i}"));
    }
    html.push_str("</article></body></html>");
    let start = std::time::Instant::now();
    let text = std::thread::spawn(move || body(&html)).join().expect("no crash");
    assert!(text.contains(P1));
    assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
}
