//! Escaping for every output context. Article text is untrusted: it may hold markup, scripts,
//! `javascript:` links or Markdown link syntax, and must reach the reader as the characters it
//! is, never as markup.

/// Escapes text for HTML element content and for attribute values in double or single quotes.
pub fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    push_html(&mut out, s);
    out
}

/// [`html`] appended to `out`, without an intermediate string.
pub fn push_html(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Controls other than whitespace have no business in a page.
            c if c.is_control() && c != '\n' && c != '\t' && c != '\r' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

/// Escapes text for Markdown: every character Markdown (CommonMark and GitHub's tables) could
/// read as markup is backslash-escaped, and line breaks become spaces, so a value can neither
/// open a link, image, HTML tag or code span nor start a heading, list or table cell.
///
/// Only what could be markup is escaped, because the Markdown views are read raw in a terminal
/// as often as rendered: with `[` and `]` escaped no parenthesis can take part in a link, so
/// "Ministry of Defence (Russia)" stays as written; an underscore inside a word
/// ("003_f7f19ac3") can open no emphasis; `&` matters only where it could start an entity
/// ("&amp;"), `#` and list markers only at the start.
pub fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let chars: Vec<char> = s.chars().collect();
    let word = |i: Option<usize>| i.and_then(|i| chars.get(i)).is_some_and(|c| c.is_alphanumeric());
    let space = |i: Option<usize>| i.and_then(|i| chars.get(i)).is_none_or(|c| c.is_whitespace());
    // "2025. " or "1) " at the start would open an ordered list.
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    for (i, &c) in chars.iter().enumerate() {
        let escape = match c {
            '\\' | '`' | '[' | ']' | '<' | '>' | '|' => true,
            // Emphasis and strikethrough open and close only next to a non-space: "a ~ b" and
            // "2 * 3" are text.
            '*' | '~' => !(space(i.checked_sub(1)) && space(Some(i + 1))),
            '_' => !(word(i.checked_sub(1)) && word(Some(i + 1))),
            '&' => {
                // "&amp;", "&#60;": a name or number and a semicolon.
                let rest = chars[i + 1..].iter().skip_while(|c| **c == '#');
                let name = rest.clone().take_while(|c| c.is_alphanumeric()).count();
                name > 0 && rest.clone().nth(name) == Some(&';')
            }
            '#' | '+' | '-' | '=' => i == 0,
            '.' | ')' => digits > 0 && i == digits,
            '\n' | '\r' => {
                out.push(' ');
                continue;
            }
            c if c.is_control() => {
                out.push('\u{FFFD}');
                continue;
            }
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A link target taken from an article (its canonical URL) if it is safe to link to: only
/// `http` and `https` URLs are, so `javascript:`, `data:` and the like are shown as text only.
pub fn safe_url(url: &str) -> Option<&str> {
    let u = url.trim();
    let lower = u.to_ascii_lowercase();
    ((lower.starts_with("http://") || lower.starts_with("https://"))
        && !u.chars().any(|c| c.is_control() || c.is_whitespace() || c == '"' || c == '<'))
    .then_some(u)
}

/// Percent-encodes a value for a URL path segment or query value (ids may hold `/`, spaces or
/// anything else).
pub fn url_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Percent-encodes a document id for a path, keeping its `/` separators readable.
pub fn url_path(s: &str) -> String {
    s.split('/').map(url_component).collect::<Vec<_>>().join("/")
}

/// A string usable as an HTML `id` (and a URL fragment) for an arbitrary document id: letters
/// and digits kept, anything else hex-encoded, so two ids never collide.
pub fn anchor(s: &str) -> String {
    let mut out = String::from("d-");
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() {
            out.push(b as char);
        } else {
            out.push_str(&format!("_{b:02x}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_markup_and_quotes() {
        assert_eq!(
            html("<script>alert(1)</script>\"><img src=x onerror=alert(1)>'"),
            "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&#39;"
        );
        assert_eq!(html("a & b\u{0}"), "a &amp; b\u{FFFD}");
    }

    #[test]
    fn markdown_cannot_open_links_or_html() {
        let s = md("[x](javascript:alert(1)) <b> ![i](y)");
        assert!(!s.contains("[x]("), "{s}");
        assert!(s.starts_with("\\[x\\](javascript:alert(1))"), "{s}");
        assert!(s.contains("\\<b\\>"));
        assert!(s.contains("!\\[i\\](y)"), "{s}");
        assert_eq!(md("a\nb|c"), "a b\\|c");
        assert_eq!(md("`x` *y* _z_ ~w~"), "\\`x\\` \\*y\\* \\_z\\_ \\~w\\~");
    }

    #[test]
    fn markdown_keeps_what_cannot_be_markup() {
        assert_eq!(md("Ministry of Defence (Russia)"), "Ministry of Defence (Russia)");
        assert_eq!(
            md("003_f7f19ac3 AT&T Johnson & Johnson!"),
            "003_f7f19ac3 AT&T Johnson & Johnson!"
        );
        assert_eq!(md("&amp; &#60;"), "\\&amp; \\&#60;");
        assert_eq!(md("# a #1"), "\\# a #1");
        assert_eq!(md("- a - b"), "\\- a - b");
        assert_eq!(md("2025. The year"), "2025\\. The year");
        assert_eq!(md("1) one 2) two"), "1\\) one 2) two");
        assert_eq!(md("v1.2 (draft)"), "v1.2 (draft)");
        assert_eq!(md("2025-02-18 ~ 2025-02-18, 2 * 3"), "2025-02-18 ~ 2025-02-18, 2 * 3");
        assert_eq!(md("~~gone~~ *x"), "\\~\\~gone\\~\\~ \\*x");
    }

    #[test]
    fn only_web_urls_are_links() {
        assert_eq!(safe_url("https://example.org/a"), Some("https://example.org/a"));
        assert_eq!(safe_url("javascript:alert(1)"), None);
        assert_eq!(safe_url(" JaVaScRiPt:alert(1)"), None);
        assert_eq!(safe_url("data:text/html,<b>"), None);
        assert_eq!(safe_url("https://x.org/\"><script>"), None);
    }

    #[test]
    fn ids_become_safe_paths_and_anchors() {
        assert_eq!(url_path("b/x y"), "b/x%20y");
        assert_eq!(url_component("a&b=c"), "a%26b%3Dc");
        assert_eq!(anchor("b/x"), "d-b_2fx");
        assert_ne!(anchor("a_2f"), anchor("a/"));
    }
}
