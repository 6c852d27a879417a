//! HTML character references, decoded as browsers do.
//!
//! Pages in the wild write `&amp` or `&copy` without the closing `;`, and numeric references to
//! the C1 range (`&#146;`) meaning Windows-1252 punctuation. Browsers accept both; so do we. The
//! named-entity table is the one the HTML standard publishes (kept by `html_escape`); the list of
//! names accepted without `;` is the standard's "legacy" list.

use std::borrow::Cow;

/// Entity names the HTML standard still recognises without a terminating `;`.
const LEGACY: &[&str] = &[
    "AElig", "AMP", "Aacute", "Acirc", "Agrave", "Aring", "Atilde", "Auml", "COPY", "Ccedil",
    "ETH", "Eacute", "Ecirc", "Egrave", "Euml", "GT", "Iacute", "Icirc", "Igrave", "Iuml", "LT",
    "Ntilde", "Oacute", "Ocirc", "Ograve", "Oslash", "Otilde", "Ouml", "QUOT", "REG", "THORN",
    "Uacute", "Ucirc", "Ugrave", "Uuml", "Yacute", "aacute", "acirc", "acute", "aelig", "agrave",
    "amp", "aring", "atilde", "auml", "brvbar", "ccedil", "cedil", "cent", "copy", "curren", "deg",
    "divide", "eacute", "ecirc", "egrave", "eth", "euml", "frac12", "frac14", "frac34", "gt",
    "iacute", "icirc", "iexcl", "igrave", "iquest", "iuml", "laquo", "lt", "macr", "micro",
    "middot", "nbsp", "not", "ntilde", "oacute", "ocirc", "ograve", "ordf", "ordm", "oslash",
    "otilde", "ouml", "para", "plusmn", "pound", "quot", "raquo", "reg", "sect", "shy", "sup1",
    "sup2", "sup3", "szlig", "thorn", "times", "uacute", "ucirc", "ugrave", "uml", "uuml",
    "yacute", "yen", "yuml",
];

/// The longest entity name in the standard's table has 31 characters.
const MAX_NAME: usize = 32;

/// What numeric references in 0x80..=0x9F stand for (the standard's Windows-1252 table).
const C1: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

fn named(name: &str) -> Option<&'static str> {
    let t = &html_escape::NAMED_ENTITIES;
    t.binary_search_by(|(n, _)| (*n).cmp(name.as_bytes())).ok().map(|i| t[i].1)
}

fn numeric(v: u32) -> char {
    match v {
        0 => '\u{FFFD}',
        0x80..=0x9F => C1[(v - 0x80) as usize],
        _ => char::from_u32(v).unwrap_or('\u{FFFD}'),
    }
}

/// Decodes character references in text content.
pub fn decode_text(s: &str) -> Cow<'_, str> {
    decode(s, false)
}

/// Decodes character references in an attribute value (where `&copy=` stays as written).
pub fn decode_attr(s: &str) -> Cow<'_, str> {
    decode(s, true)
}

fn decode(s: &str, attr: bool) -> Cow<'_, str> {
    let Some(first) = s.find('&') else { return Cow::Borrowed(s) };
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..first]);
    let mut i = first;
    while i < b.len() {
        if b[i] != b'&' {
            // Copy up to the next '&' in one go.
            let next = s[i..].find('&').map_or(b.len(), |o| i + o);
            out.push_str(&s[i..next]);
            i = next;
            continue;
        }
        let (text, used) = reference(&s[i + 1..], attr);
        match text {
            Some(r) => {
                out.push_str(&r);
                i += 1 + used;
            }
            None => {
                out.push('&');
                i += 1;
            }
        }
    }
    Cow::Owned(out)
}

/// The reference at the start of `s` (just after an `&`): its text and how many bytes it used.
fn reference(s: &str, attr: bool) -> (Option<String>, usize) {
    let b = s.as_bytes();
    if b.first() == Some(&b'#') {
        let hex = matches!(b.get(1), Some(b'x' | b'X'));
        let start = if hex { 2 } else { 1 };
        let mut j = start;
        let mut v: u32 = 0;
        while j < b.len() {
            let d = match (hex, b[j]) {
                (_, c @ b'0'..=b'9') => (c - b'0') as u32,
                (true, c @ b'a'..=b'f') => (c - b'a' + 10) as u32,
                (true, c @ b'A'..=b'F') => (c - b'A' + 10) as u32,
                _ => break,
            };
            v = v.saturating_mul(if hex { 16 } else { 10 }).saturating_add(d).min(0x11_0000);
            j += 1;
        }
        if j == start {
            return (None, 0);
        }
        if b.get(j) == Some(&b';') {
            j += 1;
        }
        return (Some(numeric(v).to_string()), j);
    }
    let mut n = 0;
    while n < b.len() && n < MAX_NAME && b[n].is_ascii_alphanumeric() {
        n += 1;
    }
    if n == 0 {
        return (None, 0);
    }
    if b.get(n) == Some(&b';') {
        if let Some(t) = named(&s[..n]) {
            return (Some(t.to_string()), n + 1);
        }
    }
    // Without ';': the longest legacy name the text starts with.
    for len in (2..=n.min(6)).rev() {
        let name = &s[..len];
        if LEGACY.contains(&name) {
            let next = b.get(len).copied();
            if attr && next.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'=') {
                return (None, 0);
            }
            return (named(name).map(str::to_string), len);
        }
    }
    (None, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_like_browsers() {
        assert_eq!(decode_text("Mac &amp; i"), "Mac & i");
        assert_eq!(decode_text("Mac &amp i"), "Mac & i");
        assert_eq!(decode_text("Mac &amp, i"), "Mac &, i");
        assert_eq!(decode_text("&copy2024 &eacute;t&eacute"), "©2024 été");
        assert_eq!(
            decode_text("it&#146;s &#x2014; &#0; &#99999999999;"),
            "it’s — \u{FFFD} \u{FFFD}"
        );
        assert_eq!(decode_text("&nosuch; & &; &#; &#x;"), "&nosuch; & &; &#; &#x;");
        assert_eq!(decode_attr("?a=1&copy=2&amp;b"), "?a=1&copy=2&b");
        assert_eq!(decode_text("&notit; &notin;"), "¬it; ∉");
    }
}
