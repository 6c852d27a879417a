//! JSONL: a bounded line reader, and records (and sidecars) parsed into articles and metadata.

use std::io::{self, BufRead};
use std::path::{Path, PathBuf};

use dossier_document::{DateSource, Metadata};
use serde_json::{Map, Value};

use crate::text::{has_letters, strip_utf8_bom, utf16_bom};
use crate::{file_stem, hash_of, Article, Body, IngestError, IngestErrorKind, Origin};

/// What a JSON value is, for messages: "a number", "an object".
pub(crate) fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Takes the string field `field` out of `map`: absent and `null` are `None`; any other
/// non-string value is an error.
fn take_string(
    map: &mut Map<String, Value>,
    field: &'static str,
) -> Result<Option<String>, IngestErrorKind> {
    match map.remove(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(IngestErrorKind::BadField { field, found: json_kind(&other) }),
    }
}

fn non_blank(s: Option<String>) -> Option<String> {
    s.filter(|s| !s.trim().is_empty())
}

/// The metadata keys accepted in a sidecar `NAME.json` and in JSONL records. Values are kept as
/// given (dates are interpreted later); a value that is not a string is an error.
pub(crate) fn metadata_from(map: &mut Map<String, Value>) -> Result<Metadata, IngestErrorKind> {
    let title = non_blank(take_string(map, "title")?);
    let author = non_blank(take_string(map, "author")?);
    let outlet = take_string(map, "outlet")?;
    let url = take_string(map, "url")?;
    let published = non_blank(take_string(map, "published")?);
    let language = take_string(map, "language")?;
    Ok(Metadata {
        published_source: if published.is_some() { DateSource::Metadata } else { DateSource::None },
        title,
        author,
        outlet,
        url,
        published,
        language,
        machine_translated_from: None,
    })
}

/// Parses the bytes of a sidecar file (a JSON object of metadata).
pub(crate) fn parse_sidecar(bytes: &[u8]) -> Result<Metadata, String> {
    let bytes = strip_utf8_bom(bytes);
    let value: Value = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
    let Value::Object(mut map) = value else {
        return Err(format!("it must be a JSON object, not {}", json_kind(&value)));
    };
    metadata_from(&mut map).map_err(|k| k.to_string())
}

/// Parses one JSONL line (of `size` bytes in the file) into an article.
pub(crate) fn parse_record(
    line: &str,
    path: &Path,
    lineno: usize,
    size: u64,
) -> Result<Article, IngestError> {
    let origin = Origin { path: path.to_path_buf(), line: Some(lineno) };
    let fail = |kind| Err(IngestError { origin: origin.clone(), kind });
    let value: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => {
            // serde_json ends its message with "at line L column C"; within one JSONL line only
            // the column means anything, and the line number is already in `origin`.
            let text = e.to_string();
            let message = match text.rfind(" at line ") {
                Some(i) => text[..i].to_string(),
                None => text,
            };
            return fail(IngestErrorKind::MalformedJson { column: e.column(), message });
        }
    };
    let Value::Object(mut map) = value else {
        return fail(IngestErrorKind::NotAnObject { found: json_kind(&value) });
    };
    let meta = match metadata_from(&mut map) {
        Ok(m) => m,
        Err(kind) => return fail(kind),
    };
    let id = match map.remove("id") {
        Some(Value::String(s)) if !s.is_empty() => s,
        Some(Value::Number(n)) => n.to_string(),
        _ => format!("{}:{}", file_stem(path), lineno),
    };
    let (text, html) = match (take_string(&mut map, "text"), take_string(&mut map, "html")) {
        (Ok(t), Ok(h)) => (t, h),
        (Err(kind), _) | (_, Err(kind)) => return fail(kind),
    };
    let (kind_name, body) = match (text, html) {
        (Some(t), _) if !t.trim().is_empty() => ("text", Body::Text(t)),
        (_, Some(h)) if !h.trim().is_empty() => ("html", Body::Html(h)),
        (Some(_), _) | (_, Some(_)) => return fail(IngestErrorKind::Empty),
        (None, None) => return fail(IngestErrorKind::NoBody),
    };
    let content_hash = match &body {
        Body::Text(t) | Body::Html(t) => {
            if !has_letters(t) {
                return fail(IngestErrorKind::NoText);
            }
            hash_of(kind_name, t, &meta)
        }
    };
    Ok(Article { id, origin, body, meta, content_hash, warnings: Vec::new(), size })
}

/// Streams the records of a JSONL source, one result per non-blank line.
///
/// Memory is bounded by the line limit: a line longer than it is reported (with its line number)
/// as soon as the limit is passed, and the rest of it is then read and thrown away in buffer-sized
/// chunks up to the next newline. Reading then goes on with the next line, so an endless line
/// (`/dev/zero`) yields one error and is then discarded in constant memory until the input ends.
pub struct JsonlReader<R> {
    reader: R,
    path: PathBuf,
    lineno: usize,
    buf: Vec<u8>,
    failed: bool,
    limit: u64,
    /// The current line was too long and its rest must be discarded before the next one.
    skipping: bool,
}

/// The outcome of reading one line.
enum Line {
    Eof,
    /// The line is in `buf`.
    Read,
    TooLong,
}

impl<R: BufRead> JsonlReader<R> {
    /// A reader with the default article size limit.
    pub fn new(reader: R, path: PathBuf) -> Self {
        Self::with_limit(reader, path, crate::DEFAULT_MAX_ARTICLE_BYTES)
    }

    /// A reader that refuses lines longer than `limit` bytes.
    pub fn with_limit(reader: R, path: PathBuf, limit: u64) -> Self {
        JsonlReader {
            reader,
            path,
            lineno: 0,
            buf: Vec::new(),
            failed: false,
            limit,
            skipping: false,
        }
    }

    fn error(&self, kind: IngestErrorKind) -> IngestError {
        IngestError { origin: Origin { path: self.path.clone(), line: Some(self.lineno) }, kind }
    }

    /// Consumes input up to and including the next newline (or to the end).
    fn discard_line(&mut self) -> io::Result<()> {
        loop {
            let chunk = match self.reader.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                return Ok(());
            }
            match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => {
                    self.reader.consume(i + 1);
                    return Ok(());
                }
                None => {
                    let n = chunk.len();
                    self.reader.consume(n);
                }
            }
        }
    }

    /// Reads the next line into `buf` (newline included), unless it is longer than the limit.
    fn read_line(&mut self) -> io::Result<Line> {
        self.buf.clear();
        let mut any = false;
        loop {
            let chunk = match self.reader.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                return Ok(if any { Line::Read } else { Line::Eof });
            }
            any = true;
            let (take, done) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            let content = self.buf.len() + take - usize::from(done);
            if content as u64 > self.limit {
                self.reader.consume(take);
                self.skipping = !done;
                self.buf.clear();
                return Ok(Line::TooLong);
            }
            self.buf.extend_from_slice(&chunk[..take]);
            self.reader.consume(take);
            if done {
                return Ok(Line::Read);
            }
        }
    }
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Result<Article, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.failed {
                return None;
            }
            if self.skipping {
                self.skipping = false;
                if let Err(e) = self.discard_line() {
                    self.failed = true;
                    return Some(Err(self.error(e.into())));
                }
            }
            self.lineno += 1;
            match self.read_line() {
                Ok(Line::Eof) => return None,
                Ok(Line::Read) => {}
                Ok(Line::TooLong) => {
                    return Some(
                        Err(self.error(IngestErrorKind::LineTooLong { limit: self.limit })),
                    )
                }
                Err(e) => {
                    self.failed = true;
                    return Some(Err(self.error(e.into())));
                }
            }
            if self.lineno == 1
                && (utf16_bom(&self.buf).is_some()
                    || self.buf.starts_with(b"{\0")
                    || self.buf.starts_with(b"\0{"))
            {
                // Lines of UTF-16 cannot be split on a newline byte; one error says it all.
                self.failed = true;
                return Some(Err(self.error(IngestErrorKind::Utf16Jsonl)));
            }
            let line = match std::str::from_utf8(&self.buf) {
                // A byte-order mark may open the file, or each of several files run together.
                Ok(l) => l.trim().trim_start_matches('\u{FEFF}').trim_start(),
                Err(e) => {
                    let kind = IngestErrorKind::InvalidUtf8 { offset: e.valid_up_to() };
                    return Some(Err(self.error(kind)));
                }
            };
            if line.is_empty() {
                continue;
            }
            let item = parse_record(line, &self.path, self.lineno, self.buf.len() as u64);
            if self.buf.capacity() > 1 << 20 {
                // Do not keep a large line's buffer for the small lines that usually follow.
                self.buf = Vec::new();
            }
            return Some(item);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{BufReader, Cursor, Read};

    fn lines(data: Vec<u8>, limit: u64, cap: usize) -> Vec<Result<Article, IngestError>> {
        let r = BufReader::with_capacity(cap, Cursor::new(data));
        JsonlReader::with_limit(r, PathBuf::from("in.jsonl"), limit).collect()
    }

    #[test]
    fn an_article_knows_how_many_bytes_it_was_read_from() {
        let one = br#"{"text":"One."}"#;
        let two = br#"{"id":"b","text":"Two \u00e9."}"#;
        let data = [&one[..], b"\n", &two[..]].concat();
        let sizes: Vec<u64> =
            lines(data, 1 << 20, 4).into_iter().map(|a| a.unwrap().size).collect();
        assert_eq!(sizes, [one.len() as u64 + 1, two.len() as u64]);
    }

    #[test]
    fn over_long_lines_are_skipped() {
        let good = br#"{"text":"Good one."}"#;
        for cap in [1, 3, 16, 1 << 16] {
            let mut data = good.to_vec();
            data.push(b'\n');
            data.extend_from_slice(&[b'x'; 500]);
            data.push(b'\n');
            data.extend_from_slice(good);
            data.extend_from_slice(b"\n\xEF\xBB\xBF");
            data.extend_from_slice(good);
            let items = lines(data, 100, cap);
            assert_eq!(items.len(), 4, "cap {cap}");
            assert!(items[0].is_ok());
            let e = items[1].as_ref().unwrap_err();
            assert_eq!(e.origin.line, Some(2));
            assert!(matches!(e.kind, IngestErrorKind::LineTooLong { limit: 100 }), "{e}");
            assert_eq!(items[2].as_ref().unwrap().id, "in:3");
            assert_eq!(items[3].as_ref().unwrap().id, "in:4");
        }
        // A line of exactly the limit (newline not counted) is fine.
        let mut data = br#"{"text":"abc"}"#.to_vec();
        let limit = data.len() as u64;
        data.extend_from_slice(b"\r\n");
        assert!(lines(data, limit + 1, 4)[0].is_ok());
    }

    #[test]
    fn endless_line_is_one_error() {
        let zeros = std::io::repeat(0).take(5 << 20);
        let r = BufReader::with_capacity(1 << 16, zeros);
        let items: Vec<_> = JsonlReader::with_limit(r, PathBuf::from("-"), 1 << 20).collect();
        assert_eq!(items.len(), 1);
        assert!(items[0].as_ref().unwrap_err().to_string().starts_with("-:1: line is longer"));
    }

    #[test]
    fn bom_and_utf16() {
        let data = b"\xEF\xBB\xBF{\"text\":\"Hello.\"}\n".to_vec();
        assert!(lines(data, 1000, 64)[0].is_ok());
        let utf16: Vec<u8> = "{\"text\":\"Hello.\"}\n{\"text\":\"Hi.\"}\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let items = lines(utf16, 1000, 64);
        assert_eq!(items.len(), 1);
        assert!(matches!(items[0].as_ref().unwrap_err().kind, IngestErrorKind::Utf16Jsonl));
    }

    #[test]
    fn field_types_are_checked() {
        let data = br#"{"text":"A b.","published":2024}
{"text":"A b.","published":{"y":1}}
{"text":"A b.","published":null}
[1,2]
{"text":5}
{"text":"12 34 !!"}
"#;
        let items = lines(data.to_vec(), 1000, 64);
        let msg = |i: usize| items[i].as_ref().unwrap_err().to_string();
        assert_eq!(msg(0), "in.jsonl:1: field \"published\" must be a string, not a number");
        assert_eq!(msg(1), "in.jsonl:2: field \"published\" must be a string, not an object");
        assert_eq!(items[2].as_ref().unwrap().meta.published, None);
        assert_eq!(msg(3), "in.jsonl:4: a JSONL line must be a JSON object, not an array");
        assert_eq!(msg(4), "in.jsonl:5: field \"text\" must be a string, not a number");
        assert_eq!(msg(5), "in.jsonl:6: no text: the article has no letters");
    }
}
