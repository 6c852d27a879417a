//! Ingestion: turns paths (files, directories, `-` for standard input) into [`Article`]s.
//!
//! Reading is streaming: a JSONL file is read line by line, a directory walked lazily, so a batch
//! of any size is processed in constant memory. Every problem with one input is an
//! [`IngestError`] that names the file (and line) and is returned in place of that one article,
//! so the caller can report it, count it and go on with the rest of the batch.
//!
//! Memory is bounded whatever the input: no article (whole file, or JSONL line) larger than
//! [`ReadOptions::max_article_bytes`] is ever held in memory; larger ones are refused without
//! being read ([`IngestErrorKind::TooLarge`], [`IngestErrorKind::LineTooLong`]).
//!
//! Text is UTF-8 (a byte-order mark is dropped) or UTF-16 with a byte-order mark; an article
//! must contain at least one letter.

mod jsonl;
mod text;

use std::fmt;
use std::io::{self, BufReader};
use std::path::{Path, PathBuf};

use dossier_document::Metadata;
use sha2::{Digest, Sha256};

pub use jsonl::JsonlReader;
pub use text::{display_path, escape_control};

use text::{decode_text, has_letters, io_message, looks_like_utf16, read_bounded, too_large};

/// The largest article read by default: 10 MB (a whole file, or one JSONL line).
pub const DEFAULT_MAX_ARTICLE_BYTES: u64 = 10 * 1024 * 1024;

/// How to read inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadOptions {
    /// Files and JSONL lines larger than this many bytes are refused, unread.
    pub max_article_bytes: u64,
}

impl ReadOptions {
    /// Options with a limit given in megabytes (MiB), as on the command line.
    pub fn with_max_article_mb(mb: u64) -> Self {
        ReadOptions { max_article_bytes: mb.saturating_mul(1024 * 1024) }
    }
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions { max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES }
    }
}

/// Where an article came from: a file, and for JSONL the 1-based line number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The file, or `-` for standard input.
    pub path: PathBuf,
    pub line: Option<usize>,
}

/// Shows the path with control characters escaped (a newline in a file name prints as `\n`).
impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = display_path(&self.path);
        match self.line {
            Some(l) => write!(f, "{path}:{l}"),
            None => write!(f, "{path}"),
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
    /// What reading had to guess ("read as Windows-1252"): the article is usable, but the user
    /// should know.
    pub warnings: Vec<String>,
    /// Bytes of input it was read from (its JSONL line, newline included, or its file): what
    /// is left of a file to read, in the file's own measure.
    pub size: u64,
}

/// What went wrong with one input.
///
/// Each message is complete in itself: no variant has an error [`source`](std::error::Error)
/// whose text would repeat what the message already says.
#[derive(Debug, thiserror::Error)]
pub enum IngestErrorKind {
    #[error("cannot read: {}", io_message(.0))]
    Io(io::Error),
    #[error("not valid UTF-8 (first bad byte at offset {offset})")]
    InvalidUtf8 { offset: usize },
    #[error(
        "not valid UTF-16 (the file starts with a {} byte-order mark)",
        if *.big_endian { "big-endian" } else { "little-endian" }
    )]
    InvalidUtf16 { big_endian: bool },
    #[error("not valid UTF-8: looks like UTF-16 without a byte-order mark (save it as UTF-8)")]
    Utf16WithoutBom,
    #[error("JSONL must be UTF-8, but this file is UTF-16")]
    Utf16Jsonl,
    #[error("empty article")]
    Empty,
    #[error("no text: the article has no letters")]
    NoText,
    /// A whole-file article over the limit; `size` is known when the file system reports it.
    #[error("{}", too_large(.size, .limit))]
    TooLarge { size: Option<u64>, limit: u64 },
    /// A JSONL line over the limit; reading goes on with the next line.
    #[error("line is longer than the {} article limit (--max-article-mb); skipped", text::human_size(*.limit))]
    LineTooLong { limit: u64 },
    /// `column` is within the line; the line is in the error's [`Origin`].
    #[error("malformed JSON at column {column}: {message}")]
    MalformedJson { column: usize, message: String },
    #[error("a JSONL line must be a JSON object, not {found}")]
    NotAnObject { found: &'static str },
    /// A metadata or body field that is not a string (or null).
    #[error("field \"{field}\" must be a string, not {found}")]
    BadField { field: &'static str, found: &'static str },
    #[error("JSON record has neither a \"text\" nor an \"html\" field")]
    NoBody,
    #[error("sidecar metadata {} is malformed: {message}", display_path(.sidecar))]
    BadSidecar { sidecar: PathBuf, message: String },
    /// A directory walk came back to `ancestor` through a symbolic link.
    #[error("symlink loop: leads back to {}", display_path(.ancestor))]
    SymlinkLoop { ancestor: PathBuf },
    #[error("no such file or directory")]
    NotFound,
}

impl From<io::Error> for IngestErrorKind {
    fn from(e: io::Error) -> Self {
        IngestErrorKind::Io(e)
    }
}

/// An input that could not be read, with where it came from.
///
/// Its message is the whole story ("FILE:LINE: what went wrong"); it has no
/// [`source`](std::error::Error::source), so printing the chain repeats nothing.
#[derive(Debug, thiserror::Error)]
#[error("{origin}: {kind}")]
pub struct IngestError {
    pub origin: Origin,
    pub kind: IngestErrorKind,
}

/// The kinds of file Dossier reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    Text,
    Jsonl,
    Html,
}

/// Extensions of whole-file articles, which may have a sidecar `NAME.json`.
const ARTICLE_EXTENSIONS: [&str; 6] = ["txt", "text", "md", "html", "htm", "xhtml"];

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

/// Is `path` the sidecar metadata of an article beside it (`NAME.json` next to `NAME.txt`,
/// `NAME.html`, ...)? Such a file is read with its article, never as an article of its own.
pub fn is_sidecar(path: &Path) -> bool {
    let is_json = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"));
    is_json && ARTICLE_EXTENSIONS.iter().any(|ext| path.with_extension(ext).is_file())
}

/// One thing to read: a file of a known kind, or standard input (JSONL).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    File { path: PathBuf, kind: InputKind, size: u64 },
    Stdin,
}

/// Why the metadata of a path named on the command line cannot be had: [`NotFound`] when
/// nothing is there, else the I/O error (a symbolic link to itself, a forbidden directory, ...).
///
/// [`NotFound`]: IngestErrorKind::NotFound
fn unreadable(path: &Path, e: io::Error) -> IngestErrorKind {
    if e.kind() == io::ErrorKind::NotFound && path.symlink_metadata().is_err() {
        IngestErrorKind::NotFound
    } else {
        IngestErrorKind::Io(e)
    }
}

fn walk_error(err: walkdir::Error, root: &Path) -> IngestError {
    let path = err.path().unwrap_or(root).to_path_buf();
    let kind = match err.loop_ancestor() {
        Some(ancestor) => IngestErrorKind::SymlinkLoop { ancestor: ancestor.to_path_buf() },
        None => match err.into_io_error() {
            Some(io) => IngestErrorKind::Io(io),
            None => IngestErrorKind::Io(io::Error::other("the directory cannot be walked")),
        },
    };
    IngestError { origin: Origin { path, line: None }, kind }
}

/// Expands the paths given on the command line into inputs.
///
/// Directories are walked recursively in sorted order (so runs are reproducible) and only files
/// of a supported kind are taken. A file named explicitly is read even without a known
/// extension (as plain text), except the sidecar `NAME.json` of an article beside it, which is
/// skipped silently (it is read with its article; `dossier build dir/*` names both). Paths that
/// do not exist, unreadable directories and symbolic-link loops come back as errors.
pub fn discover(paths: &[PathBuf]) -> (Vec<Input>, Vec<IngestError>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        let meta = match p.metadata() {
            Ok(meta) => meta,
            Err(e) => {
                let origin = Origin { path: p.clone(), line: None };
                errors.push(IngestError { origin, kind: unreadable(p, e) });
                continue;
            }
        };
        if meta.is_dir() {
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
                    Err(err) => errors.push(walk_error(err, p)),
                }
            }
        } else if !is_sidecar(p) {
            let kind = InputKind::from_path(p).unwrap_or(InputKind::Text);
            inputs.push(Input::File { path: p.clone(), kind, size: meta.len() });
        }
    }
    (inputs, errors)
}

pub(crate) fn hash_of(kind: &str, body: &str, meta: &Metadata) -> String {
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

pub(crate) fn file_stem(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "stdin".into())
}

/// Reads the sidecar `NAME.json` beside `NAME.txt`, if there is one.
fn read_sidecar(path: &Path, opts: &ReadOptions) -> Result<Metadata, IngestErrorKind> {
    let sidecar = path.with_extension("json");
    if !sidecar.is_file() {
        return Ok(Metadata::default());
    }
    let parsed = match read_bounded(&sidecar, opts.max_article_bytes) {
        Ok(bytes) => jsonl::parse_sidecar(&bytes),
        Err(kind) => Err(kind.to_string()),
    };
    parsed.map_err(|message| IngestErrorKind::BadSidecar { sidecar, message })
}

/// Reads a whole-file article (plain text or HTML) with its sidecar metadata.
fn read_file_article(
    path: &Path,
    kind: InputKind,
    opts: &ReadOptions,
) -> Result<Article, IngestError> {
    let origin = Origin { path: path.to_path_buf(), line: None };
    let fail = |kind: IngestErrorKind, line: Option<usize>| IngestError {
        origin: Origin { path: path.to_path_buf(), line },
        kind,
    };
    let bytes = read_bounded(path, opts.max_article_bytes).map_err(|k| fail(k, None))?;
    let bytes_read = bytes.len() as u64;
    let mut warnings = Vec::new();
    let text = if kind == InputKind::Html {
        // Saved web pages declare their own encoding (a byte-order mark wins).
        if text::utf16_bom(&bytes).is_none() && looks_like_utf16(&bytes) {
            return Err(fail(IngestErrorKind::Utf16WithoutBom, None));
        }
        decode_html(&bytes)
    } else {
        let (text, legacy) = decode_text(bytes).map_err(|(k, line)| fail(k, line))?;
        if let Some((offset, line)) = legacy {
            warnings.push(format!(
                "not valid UTF-8 (first bad byte at offset {offset}, line {line}): read as \
                 Windows-1252"
            ));
        }
        text
    };
    if text.trim().is_empty() {
        return Err(fail(IngestErrorKind::Empty, None));
    }
    if !has_letters(&text) {
        return Err(fail(IngestErrorKind::NoText, None));
    }
    let meta = read_sidecar(path, opts).map_err(|k| fail(k, None))?;
    let (kind_name, body) = match kind {
        InputKind::Html => ("html", Body::Html(text)),
        _ => ("text", Body::Text(text)),
    };
    let content_hash = match &body {
        Body::Text(t) | Body::Html(t) => hash_of(kind_name, t, &meta),
    };
    let size = bytes_read;
    Ok(Article { id: file_stem(path), origin, body, meta, content_hash, warnings, size })
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

/// Reads every article of one input with the default [`ReadOptions`]. Whole files yield one
/// item; JSONL yields one per line.
pub fn read(input: &Input) -> Box<dyn Iterator<Item = Result<Article, IngestError>> + Send> {
    read_with(input, &ReadOptions::default())
}

/// Reads every article of one input. Whole files yield one item; JSONL yields one per line.
/// No article larger than `opts.max_article_bytes` is read into memory.
pub fn read_with(
    input: &Input,
    opts: &ReadOptions,
) -> Box<dyn Iterator<Item = Result<Article, IngestError>> + Send> {
    let limit = opts.max_article_bytes;
    match input {
        Input::Stdin => {
            let stdin = BufReader::with_capacity(1 << 16, io::stdin());
            Box::new(JsonlReader::with_limit(stdin, PathBuf::from("-"), limit))
        }
        Input::File { path, kind: InputKind::Jsonl, .. } => match std::fs::File::open(path) {
            Ok(f) => {
                let reader = BufReader::with_capacity(1 << 16, f);
                Box::new(JsonlReader::with_limit(reader, path.clone(), limit))
            }
            Err(e) => {
                let origin = Origin { path: path.clone(), line: None };
                Box::new(std::iter::once(Err(IngestError { origin, kind: e.into() })))
            }
        },
        Input::File { path, kind, .. } => {
            Box::new(std::iter::once(read_file_article(path, *kind, opts)))
        }
    }
}

/// Reads a JSONL document from any reader (used for tests and for embedding).
pub fn read_jsonl<R: io::Read + Send + 'static>(
    reader: R,
    name: &str,
) -> impl Iterator<Item = Result<Article, IngestError>> + Send {
    read_jsonl_with(reader, name, &ReadOptions::default())
}

/// Reads a JSONL document from any reader, refusing lines over `opts.max_article_bytes`.
pub fn read_jsonl_with<R: io::Read + Send + 'static>(
    reader: R,
    name: &str,
    opts: &ReadOptions,
) -> impl Iterator<Item = Result<Article, IngestError>> + Send {
    JsonlReader::with_limit(BufReader::new(reader), PathBuf::from(name), opts.max_article_bytes)
}

/// Builds an article from text held in memory (used by `annotate` on one file and by tests).
pub fn article_from_text(id: &str, text: String, meta: Metadata) -> Article {
    let content_hash = hash_of("text", &text, &meta);
    Article {
        size: text.len() as u64,
        id: id.to_string(),
        origin: Origin { path: PathBuf::from(id), line: None },
        body: Body::Text(text),
        meta,
        content_hash,
        warnings: Vec::new(),
    }
}

/// Reads one file given on the command line (plain text, HTML, or the first record of a JSONL
/// file) with its sidecar metadata, with the default [`ReadOptions`].
pub fn read_one(path: &Path) -> Result<Article, IngestError> {
    read_one_with(path, &ReadOptions::default())
}

/// Reads one file given on the command line (plain text, HTML, or the first record of a JSONL
/// file) with its sidecar metadata.
pub fn read_one_with(path: &Path, opts: &ReadOptions) -> Result<Article, IngestError> {
    let kind = InputKind::from_path(path).unwrap_or(InputKind::Text);
    let origin = Origin { path: path.to_path_buf(), line: None };
    if let Err(e) = path.metadata() {
        return Err(IngestError { origin, kind: unreadable(path, e) });
    }
    let input = Input::File { path: path.to_path_buf(), kind, size: 0 };
    read_with(&input, opts)
        .next()
        .unwrap_or(Err(IngestError { origin, kind: IngestErrorKind::Empty }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_document::DateSource;
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
        fs::write(dir.path().join("bad.txt"), b"ok line\nbad \xff\x01 byte").unwrap();
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

    #[test]
    fn size_limit_is_checked_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.txt");
        let f = fs::File::create(&big).unwrap();
        f.set_len(200 << 20).unwrap(); // sparse: nothing is written
        let e = read_one(&big).unwrap_err();
        assert!(matches!(e.kind, IngestErrorKind::TooLarge { size: Some(_), .. }));
        assert!(
            e.to_string()
                .ends_with("big.txt: article is 200.0 MB, over the 10 MB limit (--max-article-mb)"),
            "{e}"
        );
        f.set_len(2 << 20).unwrap();
        let e = read_one_with(&big, &ReadOptions::with_max_article_mb(3)).unwrap_err();
        assert!(matches!(e.kind, IngestErrorKind::NoText), "{e}");
        fs::write(dir.path().join("small.txt"), "Some words here.").unwrap();
        let opts = ReadOptions { max_article_bytes: 10 };
        let e = read_one_with(&dir.path().join("small.txt"), &opts).unwrap_err();
        assert!(e.to_string().contains("article is 16 bytes, over the 10 bytes limit"), "{e}");
        // A device reports no size: the read itself stops at the limit.
        if Path::new("/dev/zero").exists() {
            let e = read_one_with(Path::new("/dev/zero"), &opts).unwrap_err();
            assert!(matches!(e.kind, IngestErrorKind::TooLarge { size: None, limit: 10 }), "{e}");
            assert!(read_one(Path::new("/dev/zero")).is_err());
        }
    }

    #[test]
    fn bom_utf16_and_no_letters() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("bom.txt"), "\u{FEFF}Title\n\nBody.").unwrap();
        let a = read_one(&dir.path().join("bom.txt")).unwrap();
        assert_eq!(a.body, Body::Text("Title\n\nBody.".into()));
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("Grüße\n\nText.".encode_utf16().flat_map(u16::to_le_bytes));
        fs::write(dir.path().join("u16.txt"), &utf16).unwrap();
        let a = read_one(&dir.path().join("u16.txt")).unwrap();
        assert_eq!(a.body, Body::Text("Grüße\n\nText.".into()));
        fs::write(dir.path().join("u16nobom.txt"), &utf16[2..]).unwrap();
        let e = read_one(&dir.path().join("u16nobom.txt")).unwrap_err();
        assert!(e.to_string().contains("looks like UTF-16 without a byte-order mark"), "{e}");
        for (name, bytes) in [
            ("nul.txt", &b"\0\0\0\0\0\0"[..]),
            ("ctl.txt", b"\x01\x02\x7f"),
            ("p.txt", b"12 -- 34 !?"),
        ] {
            fs::write(dir.path().join(name), bytes).unwrap();
            let e = read_one(&dir.path().join(name)).unwrap_err();
            assert!(matches!(e.kind, IngestErrorKind::NoText), "{name}: {e}");
            assert!(e
                .to_string()
                .ends_with(&format!("{name}: no text: the article has no letters")));
        }
    }

    #[test]
    fn sidecars_are_checked() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.txt"), "Body.").unwrap();
        fs::write(dir.path().join("a.json"), "\u{FEFF}{\"published\":\"2025-01-02\"}").unwrap();
        let a = read_one(&dir.path().join("a.txt")).unwrap();
        assert_eq!(a.meta.published.as_deref(), Some("2025-01-02"));
        fs::write(dir.path().join("a.json"), r#"{"published":20250102}"#).unwrap();
        let e = read_one(&dir.path().join("a.txt")).unwrap_err().to_string();
        assert!(
            e.ends_with("a.json is malformed: field \"published\" must be a string, not a number"),
            "{e}"
        );
        fs::write(dir.path().join("a.json"), "[]").unwrap();
        let e = read_one(&dir.path().join("a.txt")).unwrap_err().to_string();
        assert!(e.ends_with("it must be a JSON object, not an array"), "{e}");
    }

    #[test]
    fn explicit_sidecar_is_not_an_article() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.txt"), "A.").unwrap();
        fs::write(dir.path().join("a.json"), "{}").unwrap();
        fs::write(dir.path().join("lone.json"), "{}").unwrap();
        let paths: Vec<_> =
            ["a.txt", "a.json", "lone.json"].iter().map(|n| dir.path().join(n)).collect();
        let (inputs, errors) = discover(&paths);
        assert!(errors.is_empty());
        assert_eq!(inputs.len(), 2);
        assert!(matches!(&inputs[1], Input::File { path, .. } if path.ends_with("lone.json")));
    }

    #[cfg(unix)]
    #[test]
    fn messages_say_each_thing_once() {
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).unwrap();
        std::os::unix::fs::symlink("self", dir.path().join("self")).unwrap();
        fs::write(dir.path().join("bad\nname.txt"), "").unwrap();
        let (inputs, errors) = discover(&[dir.path().to_path_buf(), dir.path().join("self")]);
        let msgs: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(msgs.len(), 3, "{msgs:?}");
        assert!(msgs.iter().any(|m| m.contains("loop: symlink loop: leads back to")), "{msgs:?}");
        assert!(msgs.iter().all(|m| !m.contains("walk error")), "{msgs:?}");
        assert!(msgs.iter().filter(|m| m.contains("self: cannot read:")).count() == 2, "{msgs:?}");
        assert_eq!(inputs.len(), 1);
        let e = read(&inputs[0]).next().unwrap().unwrap_err();
        assert!(e.to_string().ends_with("bad\\nname.txt: empty article"), "{e}");
        // Nothing repeats: no error has a source whose text is repeated in the message.
        let e = read_one(dir.path()).unwrap_err();
        assert!(std::error::Error::source(&e).is_none());
        assert_eq!(e.to_string().matches("cannot read").count(), 1, "{e}");
    }
}
