//! Bounded reading of whole files and decoding of their bytes into text.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use crate::IngestErrorKind;

/// The UTF-8 byte-order mark.
pub(crate) const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Reads a whole file, but never more than `limit` bytes of it.
///
/// The size in the file's metadata is checked first, so an over-sized regular file is refused
/// without reading it; the read itself goes through [`Read::take`] too, because pipes, devices and
/// files that grow while read report no (or a wrong) size.
pub(crate) fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, IngestErrorKind> {
    let file = File::open(path)?;
    let meta = file.metadata()?;
    if meta.is_file() && meta.len() > limit {
        return Err(IngestErrorKind::TooLarge { size: Some(meta.len()), limit });
    }
    // Reserve what the metadata promises (plus one byte to see the end), within the limit.
    let expected = if meta.is_file() { meta.len() } else { 0 };
    let reserve = usize::try_from(expected.min(limit).saturating_add(1)).unwrap_or(0);
    let mut buf = Vec::with_capacity(reserve.min(64 << 20));
    file.take(limit.saturating_add(1)).read_to_end(&mut buf)?;
    if buf.len() as u64 > limit {
        return Err(IngestErrorKind::TooLarge { size: None, limit });
    }
    Ok(buf)
}

/// Removes a UTF-8 byte-order mark at the start of `bytes`.
pub(crate) fn strip_utf8_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes)
}

/// Does `bytes` look like UTF-16 text without a byte-order mark: in the first few KB, NUL bytes
/// in most odd (little-endian) or most even (big-endian) positions and almost none in the other?
/// A file of nothing but NULs is not UTF-16 (it has NULs at both positions).
pub(crate) fn looks_like_utf16(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(4096)];
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return false;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let many = |n: usize| n * 10 >= pairs * 4;
    let few = |n: usize| n * 10 <= pairs;
    (many(odd) && few(even)) || (many(even) && few(odd))
}

/// Where decoding failed: the kind, and the 1-based line when it is known.
pub(crate) type DecodeError = (IngestErrorKind, Option<usize>);

/// Where a text that is not UTF-8 first went wrong (byte offset, 1-based line), when it was read
/// as Windows-1252 instead.
pub(crate) type Legacy = Option<(usize, usize)>;

/// Decodes a plain-text file: UTF-8 (a byte-order mark is dropped), or UTF-16 with a
/// byte-order mark. UTF-16 without one is recognised and refused with a message saying so.
/// Text that is not UTF-8 but reads as Windows-1252 (the encoding of many saved Western
/// articles; Latin-1 is a subset of it) is read so, and where it went wrong is returned for a
/// warning; anything else (binary data, control characters) stays an error.
pub(crate) fn decode_text(bytes: Vec<u8>) -> Result<(String, Legacy), DecodeError> {
    let (mut s, legacy) = decode_with_bom(bytes)?;
    // A second mark (a file saved twice with one) is dropped too: it is never text.
    if s.starts_with('\u{FEFF}') {
        s.drain(..'\u{FEFF}'.len_utf8());
    }
    Ok((s, legacy))
}

/// Reads `bytes` as Windows-1252 when the result is text: no control characters but tabs,
/// line and page breaks, and none of the five bytes the encoding leaves undefined.
fn windows_1252(bytes: &[u8]) -> Option<String> {
    let (s, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
    let textual = s
        .chars()
        .all(|c| (!c.is_control() || matches!(c, '\t' | '\n' | '\r' | '\u{c}')) && c != '\u{FFFD}');
    textual.then(|| s.into_owned())
}

fn decode_with_bom(mut bytes: Vec<u8>) -> Result<(String, Legacy), DecodeError> {
    if bytes.starts_with(UTF8_BOM) {
        bytes.drain(..UTF8_BOM.len());
        return utf8(bytes, UTF8_BOM.len());
    }
    if let Some(big_endian) = utf16_bom(&bytes) {
        return decode_utf16(&bytes[2..], big_endian).map(|s| (s, None)).ok_or_else(|| {
            let kind = IngestErrorKind::InvalidUtf16 { big_endian };
            (kind, None)
        });
    }
    if looks_like_utf16(&bytes) {
        return Err((IngestErrorKind::Utf16WithoutBom, None));
    }
    utf8(bytes, 0)
}

/// `Some(true)` for a big-endian UTF-16 byte-order mark, `Some(false)` for a little-endian one.
pub(crate) fn utf16_bom(bytes: &[u8]) -> Option<bool> {
    match bytes {
        [0xFE, 0xFF, ..] => Some(true),
        [0xFF, 0xFE, ..] => Some(false),
        _ => None,
    }
}

fn decode_utf16(bytes: &[u8], big_endian: bool) -> Option<String> {
    let enc = if big_endian { encoding_rs::UTF_16BE } else { encoding_rs::UTF_16LE };
    enc.decode_without_bom_handling_and_without_replacement(bytes).map(|s| s.into_owned())
}

/// UTF-8 validation, else Windows-1252 where that reads as text; `skipped` bytes were removed
/// from the front (offsets count from the file).
fn utf8(bytes: Vec<u8>, skipped: usize) -> Result<(String, Legacy), DecodeError> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok((s, None)),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let line = bytes[..valid].iter().filter(|&&b| b == b'\n').count() + 1;
            let offset = valid + skipped;
            match windows_1252(bytes) {
                Some(s) => Ok((s, Some((offset, line)))),
                None => Err((IngestErrorKind::InvalidUtf8 { offset }, Some(line))),
            }
        }
    }
}

/// Does the text have anything to read: at least one letter?
pub(crate) fn has_letters(s: &str) -> bool {
    s.chars().any(char::is_alphabetic)
}

/// A size for messages: "200.0 MB", "10 MB", "512.0 KB", "100 bytes" (binary units).
pub(crate) fn human_size(bytes: u64) -> String {
    const MB: u64 = 1 << 20;
    const KB: u64 = 1 << 10;
    if bytes >= MB {
        if bytes / MB * MB == bytes {
            format!("{} MB", bytes / MB)
        } else {
            format!("{:.1} MB", bytes as f64 / MB as f64)
        }
    } else if bytes >= KB {
        if bytes / KB * KB == bytes {
            format!("{} KB", bytes / KB)
        } else {
            format!("{:.1} KB", bytes as f64 / KB as f64)
        }
    } else {
        format!("{bytes} bytes")
    }
}

/// The message for an article over the size limit.
pub(crate) fn too_large(size: &Option<u64>, limit: &u64) -> String {
    let limit = human_size(*limit);
    match size {
        Some(size) if *size >= 1 << 20 => {
            let mb = *size as f64 / (1 << 20) as f64;
            format!("article is {mb:.1} MB, over the {limit} limit (--max-article-mb)")
        }
        Some(size) => {
            format!("article is {}, over the {limit} limit (--max-article-mb)", human_size(*size))
        }
        None => format!("article is over the {limit} limit (--max-article-mb)"),
    }
}

/// Escapes control characters (and invisible line and direction controls) so a file name prints
/// on one line and as it is: a newline shows as `\n`, other controls as `\u{1b}`.
pub fn escape_control(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control()
                || matches!(c, '\u{200E}' | '\u{200F}' | '\u{2028}' | '\u{2029}')
                || ('\u{202A}'..='\u{202E}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c) =>
            {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

/// A path as messages show it: [`Path::display`] with control characters escaped.
pub fn display_path(path: &Path) -> String {
    escape_control(&path.display().to_string())
}

/// An I/O error as messages show it: without the "(os error N)" suffix the kind already says.
pub(crate) fn io_message(e: &io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error ") {
        Some(i) if s.ends_with(')') => s[..i].to_string(),
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_escapes() {
        assert_eq!(human_size(10 << 20), "10 MB");
        assert_eq!(human_size(200 << 20), "200 MB");
        assert_eq!(human_size((11 << 20) + 1), "11.0 MB");
        assert_eq!(human_size(100), "100 bytes");
        assert_eq!(escape_control("a\nb\tc\u{1b}d é"), "a\\nb\\tc\\u{1b}d é");
    }

    #[test]
    fn utf16_detection() {
        let le: Vec<u8> = "Hello world".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = "Hello world".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert!(looks_like_utf16(&le));
        assert!(looks_like_utf16(&be));
        assert!(!looks_like_utf16(&[0; 100]));
        assert!(!looks_like_utf16(b"Hello world"));
        let mut bom = vec![0xFF, 0xFE];
        bom.extend_from_slice(&le);
        assert_eq!(decode_text(bom).unwrap().0, "Hello world");
        let mut bom = vec![0xFE, 0xFF];
        bom.extend_from_slice(&be);
        assert_eq!(decode_text(bom).unwrap().0, "Hello world");
        assert!(matches!(decode_text(le), Err((IngestErrorKind::Utf16WithoutBom, None))));
        assert_eq!(decode_text(b"\xEF\xBB\xBFTitle".to_vec()).unwrap().0, "Title");
        // Windows-1252 where the bytes read as text there: "café" saved by an old editor.
        let (s, legacy) = decode_text(b"\xEF\xBB\xBFa\ncaf\xe9 \x93ok\x94".to_vec()).unwrap();
        assert_eq!(s, "a\ncaf\u{e9} \u{201c}ok\u{201d}");
        assert_eq!(legacy, Some((8, 2)));
        let (kind, line) = decode_text(b"\xEF\xBB\xBFa\nb\xff\x01".to_vec()).unwrap_err();
        assert!(matches!(kind, IngestErrorKind::InvalidUtf8 { offset: 6 }));
        assert_eq!(line, Some(2));
    }
}
