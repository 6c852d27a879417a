//! Ingestion: turns paths (files, directories, `-` for standard input) into [`Article`]s.
//!
//! Reading is streaming: a JSONL file is read line by line, a directory walked lazily, so a batch
//! of any size is processed in constant memory. Every problem with one input is an
//! [`IngestError`] that names the file (and line) and is returned in place of that one article,
//! so the caller can report it, count it and go on with the rest of the batch.

use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use dossier_document::{DateSource, Metadata};
use serde::Deserialize;
use sha2::{Digest, Sha256};

/// Where an article came from: a file, and for JSONL the 1-based line number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The file, or `-` for standard input.
    pub path: PathBuf,
    pub line: Option<usize>,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}", self.path.display(), l),
            None => write!(f, "{}", self.path.display()),
        }
    }
}

/// The article body as given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Text(String),
    Html(String),
}

/// One article as read, before any analysis.
#[derive(Debug, Clone)]
pub struct Article {
    /// Stable identifier: the JSONL `id`, else the file name without extension (plus `:LINE` for
    /// JSONL records without an id).
    pub id: String,
    pub origin: Origin,
    pub body: Body,
    pub meta: Metadata,
    /// SHA-256 (hex) of the body and the metadata given with it: two reads of the same input give
    /// the same hash, and any change to text or metadata changes it.
    pub content_hash: String,
}

/// What went wrong with one input.
#[derive(Debug, thiserror::Error)]
pub enum IngestErrorKind {
    #[error("cannot read: {0}")]
    Io(#[from] io::Error),
    #[error("not valid UTF-8 (first bad byte at offset {offset})")]
    InvalidUtf8 { offset: usize },
    #[error("empty article")]
    Empty,
    /// `column` is within the line; the line is in the error's [`Origin`].
    #[error("malformed JSON at column {column}: {message}")]
    MalformedJson { column: usize, message: String },
    #[error("JSON record has neither a \"text\" nor an \"html\" field")]
    NoBody,
    #[error("sidecar metadata {sidecar} is malformed: {error}")]
    BadSidecar { sidecar: PathBuf, error: serde_json::Error },
    #[error("no such file or directory")]
    NotFound,
}

/// An input that could not be read, with where it came from.
#[derive(Debug, thiserror::Error)]
#[error("{origin}: {kind}")]
pub struct IngestError {
    pub origin: Origin,
    #[source]
    pub kind: IngestErrorKind,
}

/// The kinds of file Dossier reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    Text,
    Jsonl,
    Html,
}

impl InputKind {
    /// The kind a file name says it holds; `None` for files a directory walk skips (sidecar
    /// `.json`, images, ...).
    pub fn from_path(path: &Path) -> Option<InputKind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" | "md" => Some(InputKind::Text),
            "jsonl" | "ndjson" => Some(InputKind::Jsonl),
            "html" | "htm" | "xhtml" => Some(InputKind::Html),
            _ => None,
        }
    }
}

/// One thing to read: a file of a known kind, or standard input (JSONL).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    File { path: PathBuf, kind: InputKind, size: u64 },
    Stdin,
}

/// Expands the paths given on the command line into inputs.
///
/// Directories are walked recursively in sorted order (so runs are reproducible) and only files
/// of a supported kind are taken. A file named explicitly is read even without a known
/// extension (as plain text). Paths that do not exist come back as errors.
pub fn discover(paths: &[PathBuf]) -> (Vec<Input>, Vec<IngestError>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        if p.is_dir() {
            let walk = walkdir::WalkDir::new(p).sort_by_file_name().follow_links(true);
            for entry in walk {
                match entry {
                    Ok(e) if e.file_type().is_file() => {
                        if let Some(kind) = InputKind::from_path(e.path()) {
                            let size = e.metadata().map(|m| m.len()).unwrap_or(0);
                            inputs.push(Input::File { path: e.into_path(), kind, size });
                        }
                    }
                    Ok(_) => {}
                    Err(err) => {
                        let path = err.path().map(Path::to_path_buf).unwrap_or_else(|| p.clone());
                        let io =
                            err.into_io_error().unwrap_or_else(|| io::Error::other("walk error"));
                        errors.push(IngestError {
                            origin: Origin { path, line: None },
                            kind: io.into(),
                        });
                    }
                }
            }
        } else if p.exists() {
            let kind = InputKind::from_path(p).unwrap_or(InputKind::Text);
            let size = p.metadata().map(|m| m.len()).unwrap_or(0);
            inputs.push(Input::File { path: p.clone(), kind, size });
        } else {
            errors.push(IngestError {
                origin: Origin { path: p.clone(), line: None },
                kind: IngestErrorKind::NotFound,
            });
        }
    }
    (inputs, errors)
}

/// Metadata keys accepted in a sidecar `NAME.json` and in JSONL records.
#[derive(Debug, Default, Deserialize)]
struct MetaFields {
    title: Option<String>,
    author: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
    published: Option<String>,
    language: Option<String>,
}

impl MetaFields {
    fn into_metadata(self) -> Metadata {
        let published = self.published.filter(|s| !s.trim().is_empty());
        Metadata {
            published_source: if published.is_some() {
                DateSource::Metadata
            } else {
                DateSource::None
            },
            title: self.title.filter(|s| !s.trim().is_empty()),
            author: self.author.filter(|s| !s.trim().is_empty()),
            outlet: self.outlet,
            url: self.url,
            published,
            language: self.language,
            machine_translated_from: None,
        }
    }
}

#[derive(Debug, Deserialize)]
struct JsonRecord {
    id: Option<serde_json::Value>,
    text: Option<String>,
    html: Option<String>,
    #[serde(flatten)]
    meta: MetaFields,
}

fn hash_of(kind: &str, body: &str, meta: &Metadata) -> String {
    let mut h = Sha256::new();
    h.update(kind.as_bytes());
    h.update([0]);
    h.update(body.as_bytes());
    h.update([0]);
    // Metadata given with the article is part of its identity: a corrected date must re-analyse.
    for field in
        [&meta.title, &meta.author, &meta.outlet, &meta.url, &meta.published, &meta.language]
    {
        h.update(field.as_deref().unwrap_or("\u{1}").as_bytes());
        h.update([0]);
    }
    let digest = h.finalize();
    let mut out = String::with_capacity(64);
    for b in digest {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

fn decode(bytes: Vec<u8>) -> Result<String, IngestErrorKind> {
    String::from_utf8(bytes)
        .map_err(|e| IngestErrorKind::InvalidUtf8 { offset: e.utf8_error().valid_up_to() })
}

/// 1-based line number of a byte offset.
fn line_of(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset.min(bytes.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

fn file_stem(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "stdin".into())
}

/// Reads the sidecar `NAME.json` beside `NAME.txt`, if there is one.
fn read_sidecar(path: &Path) -> Result<Metadata, IngestErrorKind> {
    let sidecar = path.with_extension("json");
    if !sidecar.is_file() {
        return Ok(Metadata::default());
    }
    let bytes = std::fs::read(&sidecar)?;
    serde_json::from_slice::<MetaFields>(&bytes)
        .map(MetaFields::into_metadata)
        .map_err(|error| IngestErrorKind::BadSidecar { sidecar, error })
}

/// Reads a whole-file article (plain text or HTML) with its sidecar metadata.
fn read_file_article(path: &Path, kind: InputKind) -> Result<Article, IngestError> {
    let origin = Origin { path: path.to_path_buf(), line: None };
    let fail = |kind: IngestErrorKind, line: Option<usize>| IngestError {
        origin: Origin { path: path.to_path_buf(), line },
        kind,
    };
    let bytes = std::fs::read(path).map_err(|e| fail(e.into(), None))?;
    let text = match std::str::from_utf8(&bytes) {
        Ok(_) => decode(bytes).expect("checked"),
        // Saved web pages declare their own encoding; plain text must be UTF-8.
        Err(_) if kind == InputKind::Html => decode_html(&bytes),
        Err(e) => {
            let line = line_of(&bytes, e.valid_up_to());
            return Err(fail(IngestErrorKind::InvalidUtf8 { offset: e.valid_up_to() }, Some(line)));
        }
    };
    if text.trim().is_empty() {
        return Err(fail(IngestErrorKind::Empty, None));
    }
    let meta = read_sidecar(path).map_err(|k| fail(k, None))?;
    let (kind_name, body) = match kind {
        InputKind::Html => ("html", Body::Html(text)),
        _ => ("text", Body::Text(text)),
    };
    let content_hash = match &body {
        Body::Text(t) | Body::Html(t) => hash_of(kind_name, t, &meta),
    };
    Ok(Article { id: file_stem(path), origin, body, meta, content_hash })
}

/// Decodes a page's bytes: UTF-8 unless a BOM or `<meta charset>` in the first 4 KB says
/// otherwise, with invalid sequences replaced rather than failing the page.
pub fn decode_html(bytes: &[u8]) -> String {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return enc.decode_without_bom_handling(&bytes[bom..]).0.into_owned();
    }
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut enc = encoding_rs::UTF_8;
    if let Some(i) = head.find("charset=") {
        let rest = head[i + 8..].trim_start_matches(['"', '\'', ' ']);
        let label: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
            .collect();
        if let Some(e) = encoding_rs::Encoding::for_label(label.as_bytes()) {
            enc = e;
        }
    }
    // Pages often declare a legacy charset but are really UTF-8: trust valid UTF-8 first.
    if let Ok(s) = std::str::from_utf8(bytes) {
        if enc == encoding_rs::UTF_8 || !bytes.iter().all(|b| b.is_ascii()) {
            return s.to_string();
        }
    }
    enc.decode_without_bom_handling(bytes).0.into_owned()
}

/// Parses one JSONL line into an article.
fn parse_record(line: &str, path: &Path, lineno: usize) -> Result<Article, IngestError> {
    let origin = Origin { path: path.to_path_buf(), line: Some(lineno) };
    let rec: JsonRecord = match serde_json::from_str(line) {
        Ok(r) => r,
        Err(e) => {
            // serde_json ends its message with "at line L column C"; within one JSONL line only
            // the column means anything, and the line number is already in `origin`.
            let text = e.to_string();
            let message = match text.rfind(" at line ") {
                Some(i) => text[..i].to_string(),
                None => text,
            };
            let kind = IngestErrorKind::MalformedJson { column: e.column(), message };
            return Err(IngestError { origin, kind });
        }
    };
    let meta = rec.meta.into_metadata();
    let id = match rec.id {
        Some(serde_json::Value::String(s)) if !s.is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => format!("{}:{}", file_stem(path), lineno),
    };
    let (kind_name, body) = match (rec.text, rec.html) {
        (Some(t), _) if !t.trim().is_empty() => ("text", Body::Text(t)),
        (_, Some(h)) if !h.trim().is_empty() => ("html", Body::Html(h)),
        (Some(_), _) | (_, Some(_)) => {
            return Err(IngestError { origin, kind: IngestErrorKind::Empty })
        }
        (None, None) => return Err(IngestError { origin, kind: IngestErrorKind::NoBody }),
    };
    let content_hash = match &body {
        Body::Text(t) | Body::Html(t) => hash_of(kind_name, t, &meta),
    };
    Ok(Article { id, origin, body, meta, content_hash })
}

/// Streams the records of a JSONL source, one result per non-blank line.
pub struct JsonlReader<R> {
    reader: R,
    path: PathBuf,
    lineno: usize,
    buf: Vec<u8>,
    failed: bool,
}

impl<R: BufRead> JsonlReader<R> {
    pub fn new(reader: R, path: PathBuf) -> Self {
        JsonlReader { reader, path, lineno: 0, buf: Vec::new(), failed: false }
    }
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Result<Article, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.failed {
                return None;
            }
            self.buf.clear();
            self.lineno += 1;
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    self.failed = true;
                    let origin = Origin { path: self.path.clone(), line: Some(self.lineno) };
                    return Some(Err(IngestError { origin, kind: e.into() }));
                }
            }
            let line = match std::str::from_utf8(&self.buf) {
                Ok(l) => l.trim(),
                Err(e) => {
                    let origin = Origin { path: self.path.clone(), line: Some(self.lineno) };
                    let kind = IngestErrorKind::InvalidUtf8 { offset: e.valid_up_to() };
                    return Some(Err(IngestError { origin, kind }));
                }
            };
            if line.is_empty() {
                continue;
            }
            return Some(parse_record(line, &self.path, self.lineno));
        }
    }
}

/// Reads every article of one input. Whole files yield one item; JSONL yields one per line.
pub fn read(input: &Input) -> Box<dyn Iterator<Item = Result<Article, IngestError>> + Send> {
    match input {
        Input::Stdin => {
            let stdin = BufReader::new(io::stdin());
            Box::new(JsonlReader::new(stdin, PathBuf::from("-")))
        }
        Input::File { path, kind: InputKind::Jsonl, .. } => match File::open(path) {
            Ok(f) => Box::new(JsonlReader::new(BufReader::with_capacity(1 << 16, f), path.clone())),
            Err(e) => {
                let origin = Origin { path: path.clone(), line: None };
                Box::new(std::iter::once(Err(IngestError { origin, kind: e.into() })))
            }
        },
        Input::File { path, kind, .. } => Box::new(std::iter::once(read_file_article(path, *kind))),
    }
}

/// Reads a JSONL document from any reader (used for tests and for embedding).
pub fn read_jsonl<R: Read + Send + 'static>(
    reader: R,
    name: &str,
) -> impl Iterator<Item = Result<Article, IngestError>> + Send {
    JsonlReader::new(BufReader::new(reader), PathBuf::from(name))
}

/// Builds an article from text held in memory (used by `annotate` on one file and by tests).
pub fn article_from_text(id: &str, text: String, meta: Metadata) -> Article {
    let content_hash = hash_of("text", &text, &meta);
    Article {
        id: id.to_string(),
        origin: Origin { path: PathBuf::from(id), line: None },
        body: Body::Text(text),
        meta,
        content_hash,
    }
}

/// Reads one file given on the command line (plain text, HTML, or the first record of a JSONL
/// file) with its sidecar metadata.
pub fn read_one(path: &Path) -> Result<Article, IngestError> {
    let kind = InputKind::from_path(path).unwrap_or(InputKind::Text);
    if !path.exists() {
        let origin = Origin { path: path.to_path_buf(), line: None };
        return Err(IngestError { origin, kind: IngestErrorKind::NotFound });
    }
    let input = Input::File { path: path.to_path_buf(), kind, size: 0 };
    read(&input).next().unwrap_or_else(|| {
        let origin = Origin { path: path.to_path_buf(), line: None };
        Err(IngestError { origin, kind: IngestErrorKind::Empty })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn text_file_with_sidecar() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.txt"), "Title\n\nBody text.").unwrap();
        fs::write(dir.path().join("a.json"), r#"{"published":"2025-06-15","outlet":"X"}"#).unwrap();
        let a = read_one(&dir.path().join("a.txt")).unwrap();
        assert_eq!(a.id, "a");
        assert_eq!(a.meta.published.as_deref(), Some("2025-06-15"));
        assert_eq!(a.meta.published_source, DateSource::Metadata);
        assert_eq!(a.body, Body::Text("Title\n\nBody text.".into()));
    }

    #[test]
    fn bad_inputs_are_named() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("bad.txt"), b"ok line\nbad \xff byte").unwrap();
        fs::write(dir.path().join("empty.txt"), "  \n").unwrap();
        let e = read_one(&dir.path().join("bad.txt")).unwrap_err();
        assert!(matches!(e.kind, IngestErrorKind::InvalidUtf8 { .. }));
        assert_eq!(e.origin.line, Some(2));
        assert!(e.to_string().contains("bad.txt:2"));
        let e = read_one(&dir.path().join("empty.txt")).unwrap_err();
        assert!(matches!(e.kind, IngestErrorKind::Empty));
        let e = read_one(&dir.path().join("missing.txt")).unwrap_err();
        assert!(matches!(e.kind, IngestErrorKind::NotFound));
    }

    #[test]
    fn html_pages_in_legacy_encodings_are_decoded() {
        let dir = tempfile::tempdir().unwrap();
        let mut page = b"<html><head><meta charset=\"windows-1251\"></head><body><p>".to_vec();
        page.extend_from_slice(&[0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // "Привет" in windows-1251
        page.extend_from_slice(b"</p></body></html>");
        std::fs::write(dir.path().join("p.html"), &page).unwrap();
        let a = read_one(&dir.path().join("p.html")).unwrap();
        match a.body {
            Body::Html(h) => assert!(h.contains("Привет"), "{h}"),
            Body::Text(_) => panic!("an .html file is HTML"),
        }
    }

    #[test]
    fn jsonl_streams_and_reports_lines() {
        let data = "{\"id\":\"x\",\"text\":\"One.\"}\n\n{broken\n{\"text\":\"Two.\",\"published\":\"2024\"}\n{\"title\":\"t\"}\n";
        let items: Vec<_> =
            read_jsonl(std::io::Cursor::new(data.to_string()), "in.jsonl").collect();
        assert_eq!(items.len(), 4);
        assert_eq!(items[0].as_ref().unwrap().id, "x");
        let e = items[1].as_ref().unwrap_err();
        assert_eq!(e.origin.line, Some(3));
        assert!(matches!(e.kind, IngestErrorKind::MalformedJson { .. }));
        assert!(e.to_string().starts_with("in.jsonl:3: malformed JSON at column 2:"), "{e}");
        let two = items[2].as_ref().unwrap();
        assert_eq!(two.id, "in:4");
        assert_eq!(two.meta.published.as_deref(), Some("2024"));
        assert!(matches!(items[3].as_ref().unwrap_err().kind, IngestErrorKind::NoBody));
    }

    #[test]
    fn discover_walks_sorted_and_skips_sidecars() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("sub")).unwrap();
        fs::write(dir.path().join("b.txt"), "B").unwrap();
        fs::write(dir.path().join("b.json"), "{}").unwrap();
        fs::write(dir.path().join("sub/a.jsonl"), "").unwrap();
        fs::write(dir.path().join("c.png"), "").unwrap();
        let (inputs, errors) = discover(&[dir.path().to_path_buf(), dir.path().join("nope")]);
        assert_eq!(errors.len(), 1);
        let names: Vec<_> = inputs
            .iter()
            .map(|i| match i {
                Input::File { path, .. } => {
                    path.file_name().unwrap().to_string_lossy().into_owned()
                }
                Input::Stdin => "-".into(),
            })
            .collect();
        assert_eq!(names, vec!["b.txt", "a.jsonl"]);
    }

    #[test]
    fn hash_changes_with_text_and_metadata() {
        let a = article_from_text("a", "x".into(), Metadata::default());
        let b = article_from_text("a", "y".into(), Metadata::default());
        let c = article_from_text(
            "a",
            "x".into(),
            Metadata { published: Some("2025".into()), ..Default::default() },
        );
        assert_ne!(a.content_hash, b.content_hash);
        assert_ne!(a.content_hash, c.content_hash);
        assert_eq!(
            a.content_hash,
            article_from_text("a", "x".into(), Metadata::default()).content_hash
        );
    }
}
