//! Extraction time is linear in the page's length (issue 8): pathological pages at growing
//! sizes. In its own test binary so that no other test competes for the CPU while it measures.

use dossier_document::clock::thread_cpu_time;

use dossier_extract::extract;

fn run_secs(html: &str) -> f64 {
    let t = thread_cpu_time();
    let _ = extract(html, None);
    (thread_cpu_time() - t).as_secs_f64()
}

type Gen = fn(usize) -> String;

/// Pathological pages of size about `n` units.
fn pathological() -> Vec<(&'static str, Gen)> {
    vec![
        ("deep divs", |n| "<div>".repeat(n) + "some text here"),
        ("deep divs closed", |n| "<div>".repeat(n) + "some text" + &"</div>".repeat(n)),
        ("stray end tags in depth", |n| "<div>".repeat(n) + &"<p><div></div></p>".repeat(n / 4)),
        ("end tags without elements", |n| "<div>".repeat(n / 2) + &"</span>".repeat(n / 2)),
        ("run of <", |n| "<".repeat(n * 4)),
        ("run of </", |n| "</".repeat(n * 2)),
        ("unclosed paragraphs", |n| "<p>word ".repeat(n)),
        ("unclosed links", |n| "<a href=x>".repeat(n) + "text"),
        ("unclosed list items", |n| "<ul><li>".repeat(n / 2)),
        ("nested tables", |n| "<table><tr><td>".repeat(n / 3) + "cell"),
        ("nested authors", |n| "<span itemprop=author>".repeat(n / 3) + "Ann Lee"),
        ("nested bylines", |n| "<div class=byline><i>".repeat(n / 3) + "By Ann Lee"),
        ("select and title", |n| "<select><title>x</title>".repeat(n / 4)),
        ("svg titles", |n| "<svg><title>".repeat(n / 2)),
        ("open comments", |n| "<!-- a -".repeat(n / 2)),
        ("unclosed script", |n| "<script>".to_string() + &"</scrip".repeat(n / 2)),
        ("entity runs", |n| "&#".repeat(n) + &"&amp".repeat(n)),
        ("huge class", |n| format!("<div class=\"{}\">text</div>", "ab".repeat(n * 2))),
        ("many class words", |n| format!("<div class=\"{}\">text</div>", "share-bar ".repeat(n))),
        ("distinct tags", |n| (0..n / 2).map(|i| format!("<t{i}>")).collect()),
        ("br lines", |n| "<td>".to_string() + &"<a href=x>headline link</a><br>".repeat(n / 8)),
        ("unterminated attribute", |n| "<a title=\"".to_string() + &"x".repeat(n * 4)),
    ]
}

/// Each pathological page, at a size where one run takes at least 40 ms (smaller pages fit the
/// CPU caches and run faster per byte, which would read as superlinear), then at twice and four
/// times that size: linear work takes about 2x and 4x the time, quadratic 4x and 16x. The three
/// sizes are timed in turn, best of five rounds, so that a burst of load on a shared machine
/// hits them alike; the bounds leave room for what remains of it and for a page that outgrows
/// a CPU cache between sizes (2n was seen at 3.1x on one: the bound for 2n is 3.5, still under
/// quadratic's 4, and 4n's bound of 8 is half of quadratic's 16). A page still under 40 ms at a
/// million units is linear enough: quadratic work on it would take minutes.
///
/// Load on a shared machine can still land on one size only (a CI run once saw 8.1x at 4n for a
/// page that measures 4.0x to 4.3x when quiet), so a page out of bounds is measured again, up
/// to three times in all: quadratic work is out of bounds every time, noise is not.
#[test]
fn extraction_time_is_linear_in_page_length() {
    for (name, gen) in pathological() {
        let mut n = 40_000;
        let mut t1 = run_secs(&gen(n));
        while t1 < 0.040 && n < 1_000_000 {
            n *= 2;
            t1 = run_secs(&gen(n));
        }
        if t1 < 0.040 {
            continue;
        }
        let pages = [gen(n), gen(2 * n), gen(4 * n)];
        let mut failures = Vec::new();
        for _attempt in 0..3 {
            let mut best = [f64::INFINITY; 3];
            for _ in 0..5 {
                for (b, p) in best.iter_mut().zip(&pages) {
                    *b = b.min(run_secs(p));
                }
            }
            let [t1, t2, t4] = best;
            let line = format!(
                "{name}: n={n} {t1:.4}s, 2n {t2:.4}s ({:.2}x), 4n {t4:.4}s ({:.2}x)",
                t2 / t1,
                t4 / t1
            );
            eprintln!("{line}");
            if t2 <= 3.5 * t1 && t4 <= 8.0 * t1 {
                failures.clear();
                break;
            }
            failures.push(line);
        }
        assert!(failures.is_empty(), "superlinear in three measurements:\n{}", failures.join("\n"));
    }
}
