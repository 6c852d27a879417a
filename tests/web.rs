//! End to end: `dossier report` and a real `dossier serve` on loopback over a store built from
//! the test articles in `tests/web/articles` (one of them full of script and link injections),
//! checked over HTTP and in headless Chromium. Screenshots of the main pages go to
//! `<target>/test-artifacts/`. Without Chromium the browser part is skipped, saying so (CI
//! installs it: `.ci/run`).

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::{dossier, root, stderr};

/// The server, stopped when the test ends however it ends.
struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_server(db: &Path) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["serve", "--db"])
        .arg(db)
        .args(["--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("dossier serve starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let addr = line
        .trim()
        .strip_prefix("listening on http://")
        .unwrap_or_else(|| panic!("unexpected first line: {line:?}"))
        .to_string();
    Server { child, addr }
}

/// A plain HTTP/1.1 GET: (status, headers, body).
fn get(addr: &str, path: &str) -> (u16, String, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    (status, head.to_string(), body.to_string())
}

fn json(addr: &str, path: &str) -> serde_json::Value {
    let (status, _, body) = get(addr, path);
    assert_eq!(status, 200, "{path}: {body}");
    serde_json::from_str(&body).unwrap_or_else(|e| panic!("{path}: {e}: {body}"))
}

fn artifacts() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).parent().unwrap().join("test-artifacts");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn chromium() -> Option<PathBuf> {
    let found = ["chromium", "chromium-browser", "google-chrome"].iter().find_map(|name| {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths).map(|p| p.join(name)).find(|p| p.is_file())
        })
    });
    if found.is_none() {
        assert!(
            std::env::var_os("DOSSIER_REQUIRE_BROWSER").is_none(),
            "DOSSIER_REQUIRE_BROWSER is set (as .ci/run sets it) and no chromium is on PATH"
        );
        eprintln!(
            "SKIPPED browser checks: no chromium on PATH (install Debian's `chromium`; .ci/run does)"
        );
    }
    found
}

/// What headless Chromium made of a page: the DOM after scripts ran, and every console message
/// (CSP violations, script errors, blocked loads are all console messages).
struct Rendered {
    dom: String,
    console: Vec<String>,
}

fn chrome_args(profile: &Path) -> Vec<String> {
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--enable-logging=stderr",
        "--v=0",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain([format!("--user-data-dir={}", profile.display())])
    .collect()
}

fn render(chrome: &Path, url: &str) -> Rendered {
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(chrome)
        .args(chrome_args(profile.path()))
        .args(["--virtual-time-budget=3000", "--dump-dom", url])
        .output()
        .expect("chromium runs");
    let console = String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter(|l| l.contains(":CONSOLE"))
        .map(str::to_string)
        .collect();
    Rendered { dom: String::from_utf8_lossy(&out.stdout).into_owned(), console }
}

fn screenshot(chrome: &Path, url: &str, name: &str) {
    let profile = tempfile::tempdir().unwrap();
    let file = artifacts().join(name);
    let out = Command::new(chrome)
        .args(chrome_args(profile.path()))
        .args(["--window-size=1280,1400", "--virtual-time-budget=3000"])
        .arg(format!("--screenshot={}", file.display()))
        .arg(url)
        .output()
        .expect("chromium runs");
    assert!(
        file.is_file() && std::fs::metadata(&file).unwrap().len() > 1000,
        "no screenshot of {url}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Checks that none of the XSS article's payloads became markup.
fn assert_inert(what: &str, html: &str) {
    let lower = html.to_lowercase();
    for bad in ["<script>alert", "<img src=x", "<img src=\"x\"", "onerror=alert(1)>", "<b>farce"] {
        assert!(!lower.contains(bad), "{what}: '{bad}' reached the page as markup");
    }
    // `href="javascript:` may appear as text (the article says so), never inside a tag.
    for attr in ["href=\"javascript:", "src=\"javascript:", "href=javascript:"] {
        for (i, _) in lower.match_indices(attr) {
            let open = lower[..i].rfind('<');
            let close = lower[..i].rfind('>');
            assert!(open <= close, "{what}: a javascript: link in a tag");
        }
    }
}

fn build_store(dir: &Path) -> PathBuf {
    let db = dir.join("web.db");
    let articles = root().join("tests/web/articles");
    let out = dossier(&["build", articles.to_str().unwrap(), "--db", db.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    db
}

#[test]
fn report_is_self_contained_and_escapes_everything() {
    let dir = tempfile::tempdir().unwrap();
    let db = build_store(dir.path());
    let html_file = dir.path().join("r.html");
    let md_file = dir.path().join("r.md");
    for f in [&html_file, &md_file] {
        let out = dossier(&["report", "--db", db.to_str().unwrap(), "-o", f.to_str().unwrap()]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let html = std::fs::read_to_string(&html_file).unwrap();
    // Self-contained: nothing to fetch, nothing to run.
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"), "the report has a script");
    assert!(!lower.contains("<link"), "the report loads a style sheet");
    assert!(!lower.contains(" src=\""), "the report loads something");
    assert!(html.contains("default-src 'none'"));
    assert_inert("report.html", &html);
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the payload is shown as text");
    assert!(html.contains("[the audit](javascript:alert(4))"), "the Markdown injection is text");
    // The timeline lists the articles, and facts link to their sentences, which exist.
    assert!(html.contains("Putin and Trump speak by phone for an hour"));
    let link = html.find("href=\"#d-call_2dkremlin-s").expect("a link to a sentence");
    let target = &html[link + 7..html[link + 7..].find('"').unwrap() + link + 7];
    assert!(html.contains(&format!("id=\"{target}\"")), "anchor {target} exists");

    let md = std::fs::read_to_string(&md_file).unwrap();
    assert!(!md.contains("[the audit](javascript"), "Markdown link injection survived");
    assert!(!md.contains("![pic](javascript"), "Markdown image injection survived");
    // Every `<` is escaped, but for the report's own anchors (`<a id="d-..."></a>`).
    let mut rest = md.as_str();
    let mut plain = String::new();
    while let Some(i) = rest.find("<a id=\"d-") {
        plain.push_str(&rest[..i]);
        let end = rest[i..].find("></a>").expect("anchor closes") + i;
        let id = &rest[i + 7..end - 1];
        assert!(id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-'), "{id}");
        rest = &rest[end + 5..];
    }
    plain.push_str(rest);
    for (i, _) in plain.match_indices('<') {
        let escaped = i > 0 && plain.as_bytes()[i - 1] == b'\\';
        assert!(escaped, "raw HTML in the Markdown: {}", &plain[i..(i + 40).min(plain.len())]);
    }
    assert!(md.contains("\\[the audit\\](javascript:alert(4))"));
    assert!(md.contains("Putin and Trump speak by phone for an hour"));
    // One entity's report, asked for by another spelling, is named as the store names it.
    let one = dir.path().join("one.md");
    let out = dossier(&[
        "report",
        "--db",
        db.to_str().unwrap(),
        "--entity",
        "Yury Ushakov",
        "-o",
        one.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let one = std::fs::read_to_string(&one).unwrap();
    assert!(one.starts_with("# Dossier: articles mentioning Yuri Ushakov\n"), "{one}");

    let Some(chrome) = chromium() else { return };
    let url = format!("file://{}", html_file.display());
    let r = render(&chrome, &url);
    assert!(r.console.is_empty(), "console messages (errors, blocked loads): {:#?}", r.console);
    assert!(r.dom.contains("Putin and Trump speak by phone for an hour"));
    assert_inert("report.html in Chromium", &r.dom);
    screenshot(&chrome, &url, "report.png");
}

#[test]
fn web_app_serves_pages_api_and_search_safely() {
    let dir = tempfile::tempdir().unwrap();
    let db = build_store(dir.path());
    let server = start_server(&db);
    let a = server.addr.as_str();

    // Security headers on every response.
    let (status, head, _) = get(a, "/");
    assert_eq!(status, 200);
    let head_l = head.to_lowercase();
    assert!(head_l.contains("content-security-policy: default-src 'none'; script-src 'self'"));
    assert!(head_l.contains("x-content-type-options: nosniff"));

    // The API gives the command line's objects and keys.
    let api_entities = json(a, "/api/entities");
    let cli = dossier(&["entities", "--db", db.to_str().unwrap(), "--format", "json"]);
    let cli_entities: serde_json::Value = serde_json::from_slice(&cli.stdout).unwrap();
    assert_eq!(api_entities, cli_entities, "/api/entities differs from `dossier entities`");
    let api_quotes = json(a, "/api/quotes");
    let cli = dossier(&["quotes", "--db", db.to_str().unwrap(), "--format", "json"]);
    let cli_quotes: serde_json::Value = serde_json::from_slice(&cli.stdout).unwrap();
    assert_eq!(api_quotes, cli_quotes, "/api/quotes differs from `dossier quotes`");
    // (Other spellings too: the app looks names up as the command line does.)
    for speaker in ["Ushakov", "Yuri Ushakov", "Trump", "Halden", "Ushakow", "Yury Ushakov"] {
        let api = json(a, &format!("/api/quotes?speaker={}", speaker.replace(' ', "+")));
        let cli = dossier(&[
            "quotes",
            "--db",
            db.to_str().unwrap(),
            "--format",
            "json",
            "--speaker",
            speaker,
        ]);
        let cli: serde_json::Value = serde_json::from_slice(&cli.stdout).unwrap();
        assert_eq!(api, cli, "/api/quotes?speaker={speaker} differs from `dossier quotes`");
        assert!(!cli.as_array().unwrap().is_empty() || speaker == "Halden", "{speaker}: no quotes");
    }
    let spec = json(a, "/api/openapi.json");
    for p in ["/api/events", "/api/entities", "/api/quotes", "/api/documents", "/api/search"] {
        assert!(spec["paths"].get(p).is_some(), "{p} is not in the OpenAPI document");
    }
    let doc = json(a, "/api/documents/xss");
    assert_eq!(doc["id"], "xss");
    assert!(doc["text"].as_str().unwrap().contains("<script>alert(1)</script>"), "JSON keeps text");
    let found = json(a, "/api/search?q=frank+businesslike&type=quote");
    assert!(found["total"].as_u64().unwrap() >= 1, "{found}");
    assert_eq!(found["hits"][0]["kind"], "quote");

    // Malformed requests: 4xx with a message, and the server keeps serving.
    for (path, want) in [
        ("/?from=yesterday", 400),
        ("/?to=2025-13", 400),
        ("/api/entities?limit=many", 400),
        ("/api/quotes?kind=shouted", 400),
        ("/api/search?q=x&limit=-1", 400),
        ("/articles/xss?hl=9-1", 400),
        ("/articles/no-such-article", 404),
        ("/api/documents/no-such-article", 404),
        ("/entities/no-such-entity", 404),
        ("/api/entities/no-such-entity", 404),
        ("/events/no-such-event", 404),
        ("/no/such/page", 404),
        ("/api/search?q=%ZZ%ff%00", 200),
        ("/search?q=%22unclosed+NOT+(+*", 200),
        ("/articles/%ff%fe", 400),
        ("/?entity=%3Cscript%3E", 404),
        ("/?entity=Yury+Ushakov", 200),
        ("/?entity=Haldn", 404),
    ] {
        let (status, _, body) = get(a, path);
        assert_eq!(status, want, "{path}: {body}");
        let message = if want == 200 {
            ""
        } else if path.starts_with("/api/") {
            "\"error\""
        } else {
            "class=\"err\""
        };
        assert!(body.contains(message), "{path}: no message: {body}");
    }
    let (status, _, _) = get(a, "/");
    assert_eq!(status, 200, "the server stopped serving after malformed requests");

    // Pages as HTML text: the XSS article's payloads are text.
    for path in ["/articles/xss", "/", "/search?q=audit", "/quotes", "/api/documents/xss"] {
        let (_, _, body) = get(a, path);
        if !path.starts_with("/api") {
            assert_inert(path, &body);
        }
    }

    let Some(chrome) = chromium() else { return };
    let base = format!("http://{a}");
    // The timeline shows what the store holds, and a filter narrows it.
    let all = render(&chrome, &format!("{base}/"));
    assert!(all.console.is_empty(), "console: {:#?}", all.console);
    assert!(all.dom.contains("data-js=\"ready\""), "the app's script did not run under the CSP");
    let events = json(a, "/api/events");
    let events = events.as_array().unwrap();
    let has_events = !events.is_empty();
    let shown = |dom: &str| -> usize {
        let at = dom.find("id=\"count\">").expect("the timeline says how many it shows") + 11;
        dom[at..].split_whitespace().next().unwrap().parse().unwrap()
    };
    if has_events {
        // The events, and the call the two wire stories tell, with both outlets.
        assert!(all.dom.contains("class=\"event\""), "the timeline shows no events");
        assert_eq!(shown(&all.dom), events.len());
        let call = events
            .iter()
            .find(|e| e["type"] == "phone_call" && e["date"] == "2025-06-14")
            .expect("the 14 June call is one event");
        assert!(call["sources"].as_array().unwrap().len() >= 2, "{call}");
        assert!(
            all.dom.contains("Vladimir Putin – Donald Trump: phone call")
                || all.dom.contains("Donald Trump – Vladimir Putin: phone call"),
            "the call between Putin and Trump is on the timeline"
        );
        // Each filter narrows it.
        for filter in
            ["type=phone_call", "outlet=Harbour+Wire", "from=2026-01&to=2026-12", "entity=Halden"]
        {
            let narrowed = render(&chrome, &format!("{base}/?{filter}"));
            let n = shown(&narrowed.dom);
            assert!(n > 0 && n < events.len(), "{filter}: {n} of {} events", events.len());
        }
        let calls = render(&chrome, &format!("{base}/?type=phone_call"));
        assert!(!calls.dom.contains("<span class=\"type\">statement"), "a statement among calls");
    } else {
        assert!(all.dom.contains("Putin and Trump speak by phone for an hour"));
        assert!(all.dom.contains("Dockworkers return to work at Port Elms"));
        let narrowed = render(&chrome, &format!("{base}/?outlet=Harbour+Wire"));
        assert!(narrowed.dom.contains("Trump says call with Putin"));
        assert!(!narrowed.dom.contains("Dockworkers return to work"), "the filter did not narrow");
        let by_date = render(&chrome, &format!("{base}/?from=2026-01&to=2026-12"));
        assert!(by_date.dom.contains("Dockworkers return to work"));
        assert!(
            !by_date.dom.contains("Trump says call with Putin"),
            "the date filter did not narrow"
        );
    }
    screenshot(&chrome, &format!("{base}/"), "timeline.png");

    // An event page with its sources side by side.
    if has_events {
        // The event two outlets tell: its page puts their accounts side by side.
        let id = events
            .iter()
            .max_by_key(|e| e["sources"].as_array().map_or(0, Vec::len))
            .and_then(|e| e["id"].as_str())
            .unwrap()
            .to_string();
        let ev = render(&chrome, &format!("{base}/events/{id}"));
        assert!(ev.console.is_empty(), "console: {:#?}", ev.console);
        assert!(ev.dom.contains("class=\"sources\""), "no side-by-side sources");
        assert!(ev.dom.contains("Harbour Wire") && ev.dom.contains("Northern Herald"));
        screenshot(&chrome, &format!("{base}/events/{id}"), "event.png");
    } else {
        eprintln!("SKIPPED event page: the store has no events (the events stage has not run)");
    }

    // An entity page.
    let putin = api_entities
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"].as_str().is_some_and(|n| n.contains("Putin")))
        .expect("Putin is an entity");
    let url = format!("{base}/entities/{}", putin["id"].as_str().unwrap());
    let ent = render(&chrome, &url);
    assert!(ent.console.is_empty(), "console: {:#?}", ent.console);
    assert!(ent.dom.contains("Vladimir Putin"));
    screenshot(&chrome, &url, "entity.png");

    // A search finds a quote, highlighted.
    let url = format!("{base}/search?q=frank+businesslike");
    let s = render(&chrome, &url);
    assert!(s.dom.contains("class=\"hit quote\""), "the quote was not found");
    assert!(s.dom.contains("<mark class=\"m\">frank</mark>"), "no highlighted term");
    screenshot(&chrome, &url, "search.png");

    // The article page: highlighted layers, and the XSS article's payloads shown as text.
    let url = format!("{base}/articles/call-kremlin");
    let art = render(&chrome, &url);
    assert!(art.dom.contains("class=\"ent PER\""), "no entity highlighted");
    assert!(art.dom.contains("class=\"tmx"), "no time highlighted");
    assert!(art.dom.contains("class=\"q\""), "no quote highlighted");
    screenshot(&chrome, &url, "article.png");
    let url = format!("{base}/articles/xss");
    let x = render(&chrome, &url);
    assert!(x.console.is_empty(), "console on the XSS article: {:#?}", x.console);
    assert_inert("/articles/xss in Chromium", &x.dom);
    assert!(x.dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "payload not shown as text");
    assert!(x.dom.contains("[the audit](javascript:alert(4))"));
    assert!(x.dom.contains("javascript:alert('url')"), "the javascript: URL is shown as text");
    screenshot(&chrome, &url, "article-xss.png");
}
