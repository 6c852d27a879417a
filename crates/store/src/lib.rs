//! The store: analysed documents in one SQLite file.
//!
//! # Identity
//!
//! An article *is* its content: the SHA-256 content hash of its body and the metadata given with
//! it. The same content is stored once however many files, lines, folders or runs bring it.
//! Each stored document also has a *name* (`documents.id`, the JSONL `id` or the file name
//! without extension), unique in the store: when a second document would take a name already
//! held, it is named by its path instead (`b/x` beside `x`), and failing that by its path and
//! the start of its hash.
//!
//! Where an article came from is a *source* (table `sources`): a file for a `.txt` or `.html`
//! article, a file and record id for a JSONL record with an `id`, a file and content hash for a
//! JSONL record without one (so inserting or moving lines changes nothing). A source that
//! brings new content points its name at the new version; the old version is dropped once no
//! source refers to it ([`Stored::Replaced`]). A JSONL file read whole and without errors
//! prunes its sources that it no longer holds ([`Store::prune_file`]), so a shrunk file leaves
//! no stale copies.
//!
//! # Durability and concurrency
//!
//! Every write is one transaction, committed whole or not at all, so a build killed at any point
//! leaves a database that opens, holds every batch committed before the kill, and a rerun
//! completes the rest. Writers take the write lock when their transaction starts (`BEGIN
//! IMMEDIATE`) and wait up to [`BUSY_TIMEOUT`] for it, and decide inside it whether the content
//! is already stored, so two builds running on one database both finish and store each article
//! once. Readers never block writers (WAL).

mod accounts;
mod chunked;
mod corpus;
mod events;
mod key_mirror;
mod pack;
mod read;
mod text;

use std::path::{Path, PathBuf};
use std::time::Duration;

pub use corpus::{
    CorpusTx, EntityQuery, EntityRow, EntitySummary, MentionRow, NewMention, QuoteQuery, QuoteRow,
};
pub use events::{EventRow, EventRowQuery, SourceRow};
pub use read::{
    fts_query, DocumentQuery, DocumentRow, EventPage, EventPageQuery, Facets, Page, SearchHit,
    SearchQuery, SearchResults, MATCH_END, MATCH_START, RANKED_MATCHES,
};

use dossier_document::{DateSource, Document, Metadata, Removed};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};

/// Version of the schema this code writes; a newer file is refused rather than misread, an older
/// one is upgraded in place.
pub const SCHEMA_VERSION: i64 = 10;

/// Prepared statements kept per connection.
const STATEMENT_CACHE: usize = 256;

/// SQLite `application_id` of a dossier store ("DOSS"): how a file is known to be ours.
pub const APPLICATION_ID: i32 = 0x444F_5353;

/// How long a writer waits for another writer to finish its transaction.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite's own error, shown as it is (its source is its own detail, not a second cause).
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    /// A document's packed event accounts in no format this build reads, or corrupt.
    #[error("stored event accounts cannot be read: {0}")]
    Accounts(String),
    #[error("stored layer is not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// A packed layers row in no format this build reads, or corrupt.
    #[error("stored layers cannot be read: {0}")]
    Layers(String),
    #[error(
        "database schema version {found} is newer than this dossier ({supported}); upgrade dossier"
    )]
    NewerSchema { found: i64, supported: i64 },
    #[error("'{0}' is not a file: a dossier store must be a file (an in-memory database would keep nothing)")]
    NotAFile(String),
    #[error(
        "not an SQLite database (the file exists and holds something else); refusing to touch it"
    )]
    NotSqlite,
    #[error(
        "an SQLite database that dossier did not create (it has {tables}); refusing to change it"
    )]
    Foreign { tables: String },
    #[error(
        "a mention names entity '{0}', which is not stored: write entities before their mentions"
    )]
    UnknownEntity(String),
    #[error("rows name document '{0}', which is not stored: store a document before its rows")]
    UnknownDocument(String),
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// What storing one document did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    /// New content.
    New,
    /// New content from a source that held other content before; the old version, referred to
    /// by no other source, was dropped.
    Replaced,
    /// The content was already stored (by another source, or by a build running at the same
    /// time); only the source was recorded.
    Unchanged,
}

/// Where an article came from, as the store records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceKey {
    /// Unique key of the source: the file for a file article; file and record id, or file and
    /// content hash, for a JSONL record.
    pub key: String,
    /// The file the source belongs to (what [`Store::prune_file`] takes); `-` for standard input.
    pub file: String,
}

/// One analysed document ready to store.
pub struct NewDocument {
    pub doc: Document,
    /// The origin as the user gave it (`feeds/a.jsonl:3`), shown in messages and kept.
    pub origin: String,
    /// The origin's path without extension (`feeds/a`, `feeds/a:3`): the name to fall back on
    /// when `doc.id` is taken.
    pub alt_name: String,
    pub hash: String,
    pub source: SourceKey,
    /// The layers as stored ([`encode_layers`]), made where the document was analysed so the
    /// single writer only writes.
    pub layers: Vec<u8>,
    /// Whether `doc.raw` can be rebuilt from the text and the removed pieces kept in `layers`
    /// (then the raw column stays empty).
    pub raw_rebuilt: bool,
    /// The cleaned text and the raw input as their columns keep them (compressed, see
    /// [`text`]), made where the document was analysed like the layers.
    text_stored: rusqlite::types::Value,
    raw_stored: rusqlite::types::Value,
}

impl NewDocument {
    /// Encodes the layers of `doc` (compressing them is the costly part: call this on the
    /// thread that analysed it).
    pub fn new(
        doc: Document,
        origin: String,
        alt_name: String,
        hash: String,
        source: SourceKey,
    ) -> Result<NewDocument> {
        let (layers, raw_rebuilt) = encode_layers(&doc)?;
        let text_stored = text::squeeze(&doc.text);
        let raw_stored = if raw_rebuilt {
            rusqlite::types::Value::Text(String::new())
        } else {
            text::squeeze(&doc.raw)
        };
        Ok(NewDocument {
            doc,
            origin,
            alt_name,
            hash,
            source,
            layers,
            raw_rebuilt,
            text_stored,
            raw_stored,
        })
    }
}

/// Marks a row of the `layers` table holding every layer, compressed.
const PACKED: &str = "*";
/// First bytes of a packed layers row in format 1, deflated JSON (written by older builds,
/// still read). Format 2 ([`pack`]) is what is written now.
const PACKED_MAGIC: &[u8] = b"DL1";

/// The layers of `doc` as one packed row (format 2, laid out in `pack.rs`), and whether the raw
/// input rebuilds exactly from the cleaned text and the removed pieces (then the row holds the
/// pieces and the `raw` column stays empty: the raw input is nearly the cleaned text, so
/// keeping both would double the store for nothing).
pub fn encode_layers(doc: &Document) -> Result<(Vec<u8>, bool)> {
    pack::encode(doc).map_err(|e| StoreError::Layers(format!("cannot compress: {e}")))
}

/// The layers of `doc` as format 1 wrote them: one deflated JSON object (names as in
/// [`LAYERS`], plus the texts of the removed spans); kept to test that such rows still read.
#[cfg(test)]
fn encode_layers_json(doc: &Document) -> Result<(Vec<u8>, bool)> {
    let removed_text: Vec<&str> =
        doc.removed.iter().map(|r| doc.raw.get(r.start..r.end).unwrap_or("")).collect();
    let rebuilt = rebuild_raw(&doc.text, &doc.removed, &removed_text).as_deref() == Some(&doc.raw);
    // The JSON object is written into one buffer, then compressed in one call (the
    // compressor is slow when fed the serializer's many small writes).
    let mut json = Vec::with_capacity(doc.text.len() * 4 + 64);
    json.push(b'{');
    for layer in LAYERS {
        json.push(b'"');
        json.extend_from_slice(layer.as_bytes());
        json.extend_from_slice(b"\":");
        write_layer(&mut json, doc, layer)?;
        json.push(b',');
    }
    json.extend_from_slice(b"\"removed_text\":");
    serde_json::to_writer(&mut json, &removed_text)?;
    json.push(b'}');
    let mut out = PACKED_MAGIC.to_vec();
    out.reserve(json.len() / 4 + 64);
    deflate_into(&json, &mut out)
        .map_err(|e| StoreError::Json(serde_json::Error::io(std::io::Error::other(e))))?;
    Ok((out, rebuilt))
}

/// Deflates `data` (raw, level 1) onto the end of `out`, with the calling thread's compressor:
/// making a new one allocates and clears a few hundred kilobytes of tables, which costs more
/// than compressing a typical article's layers. The layers, binary and already compact, gain a
/// tenth from level 2 for twice the time. (Article text goes through libdeflate instead, see
/// `text::squeeze`; for the layers zlib-rs is the quicker of the two: 9 against 12
/// microseconds an article.)
pub(crate) fn deflate_into(
    data: &[u8],
    out: &mut Vec<u8>,
) -> std::result::Result<(), flate2::CompressError> {
    use flate2::{Compress, Compression, FlushCompress, Status};
    thread_local! {
        static DEFLATE: std::cell::RefCell<Option<Compress>> = const { std::cell::RefCell::new(None) };
    }
    DEFLATE.with(|cell| {
        let level = Compression::fast();
        let mut fresh = None;
        let mut kept = cell.try_borrow_mut().ok();
        let z = match kept.as_deref_mut() {
            Some(slot) => slot.get_or_insert_with(|| Compress::new(level, false)),
            None => fresh.insert(Compress::new(level, false)),
        };
        z.reset();
        let mut read = 0;
        loop {
            if out.len() == out.capacity() {
                out.reserve(out.capacity().max(64));
            }
            let before = z.total_in();
            let status = z.compress_vec(&data[read..], out, FlushCompress::Finish)?;
            read += (z.total_in() - before) as usize;
            if status == Status::StreamEnd {
                return Ok(());
            }
        }
    })
}

/// Writes layer `name` of `doc` as JSON.
#[cfg(test)]
fn write_layer<W: std::io::Write>(w: W, doc: &Document, name: &str) -> serde_json::Result<()> {
    match name {
        "removed" => serde_json::to_writer(w, &doc.removed),
        "headings" => serde_json::to_writer(w, &doc.headings),
        "paragraphs" => serde_json::to_writer(w, &doc.paragraphs),
        "sentences" => serde_json::to_writer(w, &doc.sentences),
        "entities" => serde_json::to_writer(w, &doc.entities),
        "roles" => serde_json::to_writer(w, &doc.roles),
        "timexes" => serde_json::to_writer(w, &doc.timexes),
        "quotes" => serde_json::to_writer(w, &doc.quotes),
        "events" => serde_json::to_writer(w, &doc.events),
        _ => serde_json::to_writer(w, &[0u8; 0]),
    }
}

/// The span texts of `doc` (mentions, roles, times, quotes and cues) in a fixed order.
#[cfg(test)]
fn span_texts(doc: &mut Document) -> impl Iterator<Item = (&mut String, usize, usize)> {
    let entities = doc.entities.iter_mut().map(|m| (&mut m.text, m.start, m.end));
    let roles = doc.roles.iter_mut().map(|m| (&mut m.text, m.start, m.end));
    let timexes = doc.timexes.iter_mut().map(|m| (&mut m.text, m.start, m.end));
    let quotes = doc.quotes.iter_mut().flat_map(|q| {
        let cue = q.cue.as_mut().map(|c| (&mut c.text, c.start, c.end));
        std::iter::once((&mut q.text, q.start, q.end)).chain(cue)
    });
    entities.chain(roles).chain(timexes).chain(quotes)
}

/// [`encode_layers_json`] with the span texts that are exactly the article's words at their
/// offsets left out (written empty; [`fill_texts`] puts them back on reading), as format 1
/// rows were written. The texts are moved out of `doc` for the encoding and back after it.
#[cfg(test)]
fn encode_compact_json(doc: &mut Document) -> Result<(Vec<u8>, bool)> {
    let text = std::mem::take(&mut doc.text);
    let taken: Vec<Option<String>> = span_texts(doc)
        .map(|(t, start, end)| {
            (text.get(start..end) == Some(t.as_str())).then(|| std::mem::take(t))
        })
        .collect();
    doc.text = text;
    let encoded = encode_layers_json(doc);
    for ((t, _, _), back) in span_texts(doc).zip(taken) {
        if let Some(back) = back {
            *t = back;
        }
    }
    encoded
}

/// Puts back the texts format 1 rows left out ([`encode_compact_json`]): an empty `text` is
/// the article's words at the span's offsets.
fn fill_texts(doc: &mut Document) {
    let text = doc.text.as_str();
    let fill = |t: &mut String, start: usize, end: usize| {
        if t.is_empty() {
            if let Some(words) = text.get(start..end) {
                t.push_str(words);
            }
        }
    };
    for m in &mut doc.entities {
        fill(&mut m.text, m.start, m.end);
    }
    for m in &mut doc.roles {
        fill(&mut m.text, m.start, m.end);
    }
    for m in &mut doc.timexes {
        fill(&mut m.text, m.start, m.end);
    }
    for q in &mut doc.quotes {
        fill(&mut q.text, q.start, q.end);
        if let Some(c) = q.cue.as_mut() {
            fill(&mut c.text, c.start, c.end);
        }
    }
}

/// The raw input from the cleaned text and the removed spans (sorted, raw offsets) with their
/// texts: cleaning only cuts spans out, so putting them back gives the input again.
fn rebuild_raw(text: &str, removed: &[Removed], pieces: &[&str]) -> Option<String> {
    let mut raw = String::with_capacity(text.len() + pieces.iter().map(|p| p.len()).sum::<usize>());
    let mut at: usize = 0; // offset into `text`
    for (r, piece) in removed.iter().zip(pieces) {
        let take = r.start.checked_sub(raw.len())?;
        raw.push_str(text.get(at..at.checked_add(take)?)?);
        at += take;
        raw.push_str(piece);
    }
    raw.push_str(text.get(at..)?);
    Some(raw)
}

/// A corpus stage (entity resolution, event merging): runs inside each batch's write transaction
/// over the documents the batch stored, by their final names.
pub trait CorpusStage {
    fn apply(&mut self, tx: &CorpusTx, stored: &[(&str, &Document)]) -> Result<()>;
}

/// An open store.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The event keys this connection wrote, for merging's searches (see [`key_mirror`]).
    mirror: key_mirror::KeyMirror,
}

/// The layers format 1 stored per document, by name.
#[cfg(test)]
const LAYERS: &[&str] = &[
    "removed",
    "headings",
    "paragraphs",
    "sentences",
    "entities",
    "roles",
    "timexes",
    "quotes",
    "events",
];

const SCHEMA: &str = "
    CREATE TABLE IF NOT EXISTS documents (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        title TEXT, author TEXT, outlet TEXT, url TEXT,
        published TEXT, published_source TEXT NOT NULL DEFAULT 'none',
        language TEXT, machine_translated_from TEXT,
        -- The raw input (empty when the layers rebuild it) and the cleaned text, each kept as
        -- SQLite's archive format keeps files: zlib-compressed unless that is no shorter, with
        -- the length in bytes beside it. sqlar_uncompress(text, text_size) gives the text.
        raw NOT NULL,
        text NOT NULL,
        stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
        raw_size INTEGER,
        text_size INTEGER
    );
    CREATE INDEX IF NOT EXISTS documents_hash ON documents(content_hash);
    CREATE TABLE IF NOT EXISTS layers (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (doc_id, name)
    );
    CREATE TABLE IF NOT EXISTS sources (
        key TEXT PRIMARY KEY,
        file TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        seen_at INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX IF NOT EXISTS sources_file ON sources(file);
    CREATE INDEX IF NOT EXISTS sources_hash ON sources(content_hash);
";

/// Plans each statement once, whatever values are bound to it.
///
/// Without this, SQLite marks a join on `x = ?` to be planned again whenever a new value is
/// bound (in case a value 0 or 1 would call for another plan), and rusqlite's statement cache
/// clears the bindings of every statement it takes back, so each cached join was parsed and
/// planned anew at every use: `dossier events` over 250,000 events spent a fifth of its time in
/// the SQL parser. The store's plans never hinge on a bound value (it keeps no statistics).
pub(crate) fn keep_plans(conn: &Connection) -> Result<()> {
    conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
    Ok(())
}

impl Store {
    /// Opens (creating if needed) the store at `path`.
    ///
    /// Refuses `:memory:` and URI names (a build into them would keep nothing), files that are
    /// not SQLite, and SQLite files that another program made: nothing is written to a file
    /// before it is known to be a dossier store or empty.
    pub fn open(path: &Path) -> Result<Store> {
        let name = path.to_string_lossy();
        if name.is_empty() || name == ":memory:" || name.starts_with("file:") || path.is_dir() {
            return Err(StoreError::NotAFile(name.into_owned()));
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        check_ours(&conn)?;
        Self::init(conn, path.to_path_buf())
    }

    /// An in-memory store, for tests.
    pub fn in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        Self::init(conn, PathBuf::from(":memory:"))
    }

    /// The file this store lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn init(mut conn: Connection, path: PathBuf) -> Result<Store> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        text::register(&conn)?;
        keep_plans(&conn)?;
        // The writer runs some forty distinct statements per batch (documents, layers, quotes,
        // mentions, entities, events): rusqlite's default cache of 16 would prepare them anew.
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        // 8 KB pages (for a new file; SQLite's default is 4 KB): the corpus tables' indexes are
        // a level shallower and their rows (mentions, quotes) fit with less slack.
        conn.pragma_update(None, "page_size", 8192)?;
        // WAL for files (`memory` for in-memory stores). Turning a new file to WAL needs it to
        // itself for a moment, and SQLite answers "locked" at once rather than waiting: a second
        // build opening the same new file meanwhile tries again after a pause.
        let started = std::time::Instant::now();
        loop {
            match conn
                .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0))
            {
                Ok(_) => break,
                Err(rusqlite::Error::SqliteFailure(e, _))
                    if e.code == rusqlite::ErrorCode::DatabaseBusy
                        && started.elapsed() < BUSY_TIMEOUT =>
                {
                    std::thread::sleep(Duration::from_millis(10));
                }
                Err(e) => return Err(e.into()),
            }
        }
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // 64 MB of page cache (SQLite's default is 2 MB): the corpus tables' indexes are read
        // and written all over for every batch, and pages the cache lacks cost a system call.
        conn.pragma_update(None, "cache_size", -65536)?;
        // Copy the write-ahead log into the database every 16,384 pages (128 MB) rather than
        // every 1,000: a build rewrites the same index pages batch after batch, and each
        // checkpoint writes a page once however many batches changed it.
        conn.pragma_update(None, "wal_autocheckpoint", 16384)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::NewerSchema { found: version, supported: SCHEMA_VERSION });
        }
        if version < SCHEMA_VERSION {
            // Creating or upgrading writes: take the write lock first, then look again, since
            // another build may have done it meanwhile.
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let version: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
            if version < SCHEMA_VERSION {
                events::register_upgrade_functions(&tx)?;
                let moved = set_aside_old_tables(&tx, version)?;
                tx.execute_batch(SCHEMA)?;
                tx.execute_batch(corpus::SCHEMA)?;
                tx.execute_batch(events::SCHEMA)?;
                if version == 1 {
                    // Schema 1 had no sources: each stored document keeps a source of its own
                    // that no file prunes.
                    tx.execute(
                        "INSERT OR IGNORE INTO sources (key, file, content_hash)
                         SELECT 'v1:' || id, 'v1:' || source, content_hash FROM documents",
                        [],
                    )?;
                }
                if version < 9 {
                    // Schema 9 numbers the documents (see `document_keys`), in the order they
                    // were stored, before the rows that name them by number are copied.
                    tx.execute_batch(
                        "INSERT OR IGNORE INTO document_keys (id)
                         SELECT id FROM documents ORDER BY rowid;",
                    )?;
                }
                for (_, copy) in &moved {
                    tx.execute_batch(copy)?;
                }
                if moved.iter().any(|(table, _)| *table == "event_sources") {
                    events::pack_old_accounts(&tx)?;
                }
                if version < 8 {
                    // Schema 8 numbers mention labels and kinds (corpus::LABEL, corpus::KIND).
                    tx.execute_batch(
                        "UPDATE mention_rows SET
                           label = CASE label WHEN 'PER' THEN 0 WHEN 'ORG' THEN 1 WHEN 'LOC' THEN 2
                                              WHEN 'MISC' THEN 3 ELSE label END,
                           kind = CASE kind WHEN 'name' THEN 0 WHEN 'description' THEN 1
                                            ELSE kind END;
                         UPDATE quote_rows SET kind = CASE kind WHEN 'indirect' THEN 0
                           WHEN 'direct' THEN 1 WHEN 'partial' THEN 2 ELSE kind END;",
                    )?;
                }
                // The referring tables first (an alias row refers to its entity).
                for (table, _) in moved.iter().rev() {
                    tx.execute_batch(&format!("DROP TABLE {table}_old;"))?;
                }
                tx.pragma_update(None, "application_id", APPLICATION_ID)?;
                tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
            }
            tx.commit()?;
        }
        Ok(Store { conn, path, mirror: Default::default() })
    }

    /// Whether this content is stored.
    pub fn has_content(&self, hash: &str) -> Result<bool> {
        let mut stmt =
            self.conn.prepare_cached("SELECT 1 FROM documents WHERE content_hash = ?1 LIMIT 1")?;
        Ok(stmt.query_row([hash], |_| Ok(())).optional()?.is_some())
    }

    /// The content hash stored under the name `id`, if the name is stored.
    pub fn hash_of(&self, id: &str) -> Result<Option<String>> {
        let mut stmt =
            self.conn.prepare_cached("SELECT content_hash FROM documents WHERE id = ?1")?;
        Ok(stmt.query_row([id], |r| r.get(0)).optional()?)
    }

    /// Number of stored documents.
    pub fn count(&self) -> Result<usize> {
        Ok(self.conn.query_row("SELECT COUNT(*) FROM documents", [], |r| r.get::<_, i64>(0))?
            as usize)
    }

    /// Stores a batch in one transaction: every document and every sighting of already-stored
    /// content (`seen`: source and hash), all of them or none. `seen_at` marks the sources as
    /// seen by this run (see [`Store::prune_file`]).
    pub fn put_batch(
        &mut self,
        docs: &[NewDocument],
        seen: &[(SourceKey, String)],
        seen_at: i64,
    ) -> Result<Vec<Stored>> {
        self.put_batch_with(docs, seen, seen_at, None)
    }

    /// [`Store::put_batch`], then `stage` over the documents it stored, in the same transaction:
    /// a corpus stage sees the corpus tables as no other build can change them until it commits.
    pub fn put_batch_with(
        &mut self,
        docs: &[NewDocument],
        seen: &[(SourceKey, String)],
        seen_at: i64,
        stage: Option<&mut dyn CorpusStage>,
    ) -> Result<Vec<Stored>> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut out = Vec::with_capacity(docs.len());
        let mut stored = Vec::new();
        for d in docs {
            let (outcome, name) = put(&tx, d, seen_at)?;
            if let Some(name) = name {
                stored.push((name, &d.doc));
            }
            out.push(outcome);
        }
        for (source, hash) in seen {
            let before = held_by(&tx, source)?;
            touch(&tx, source, hash, seen_at)?;
            // A source now holding content stored elsewhere lets go of its old version.
            drop_orphan(&tx, before.as_deref().filter(|b| b != hash))?;
        }
        if let Some(stage) = stage {
            let docs: Vec<(&str, &Document)> =
                stored.iter().map(|(n, d)| (n.as_str(), *d)).collect();
            self.mirror.begin(&tx)?;
            let corpus = CorpusTx::new(&tx, &mut self.mirror);
            stage.apply(&corpus, &docs)?;
            corpus.flush_accounts()?;
        }
        tx.commit()?;
        self.mirror.committed(&self.conn)?;
        Ok(out)
    }

    /// Runs `stage` alone in a write transaction (to resolve documents stored earlier).
    pub fn with_corpus<T>(&mut self, f: impl FnOnce(&CorpusTx) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        self.mirror.begin(&tx)?;
        let corpus = CorpusTx::new(&tx, &mut self.mirror);
        let out = f(&corpus)?;
        corpus.flush_accounts()?;
        drop(corpus);
        tx.commit()?;
        self.mirror.committed(&self.conn)?;
        Ok(out)
    }

    /// Forgets the sources of `file` not seen since `since` (a file read whole and without
    /// errors no longer holds them), then drops documents no source refers to. Returns how many
    /// documents were dropped.
    pub fn prune_file(&mut self, file: &str, since: i64) -> Result<usize> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let gone = tx.execute(
            "DELETE FROM sources WHERE file = ?1 AND seen_at < ?2",
            params![file, since],
        )?;
        let dropped = if gone > 0 {
            tx.execute(
                "DELETE FROM documents WHERE NOT EXISTS
                   (SELECT 1 FROM sources s WHERE s.content_hash = documents.content_hash)",
                [],
            )?
        } else {
            0
        };
        tx.commit()?;
        Ok(dropped)
    }

    /// Reads a stored document back with all its layers.
    pub fn get(&self, id: &str) -> Result<Option<Document>> {
        get_document(&self.conn, id)
    }

    /// Ids of all stored documents, sorted.
    pub fn ids(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare("SELECT id FROM documents ORDER BY id")?;
        let ids = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(ids)
    }
}

/// Tables an upgrade rebuilds, with the statement that fills the new table from the old one
/// (renamed `{table}_old`). Schema 6 made the many-rows-a-document tables clustered on their
/// primary key (`WITHOUT ROWID`: one b-tree to write per row instead of two) and dropped their
/// foreign keys (triggers delete their rows); schema 7 numbers the entities (`entities.key`)
/// and keeps mentions as `mention_rows` naming their entity by that number, their words left
/// out where they are the article's (the `mentions` view puts both back); schema 8 numbers the
/// events (`events.key`), which sources and blocking keys name them by; schema 9 numbers the
/// documents (`document_keys`), which mention and quote rows name them by.
const REBUILT: [(&str, &str); 8] = [
    (
        "entities",
        "INSERT OR IGNORE INTO entities (id, name, label, kb, data)
         SELECT id, name, label, kb, data FROM entities_old ORDER BY id",
    ),
    (
        "entity_aliases",
        "INSERT OR IGNORE INTO entity_aliases (entity_id, alias)
         SELECT entity_id, alias FROM entity_aliases_old",
    ),
    (
        "mentions",
        "INSERT OR IGNORE INTO mention_rows (doc, start, end, text, label, kind, entity)
         SELECT k.key, m.start, m.end,
                NULLIF(m.text, (SELECT CAST(substr(CAST(sqlar_uncompress(d.text, d.text_size) AS BLOB), m.start + 1,
                                                   m.end - m.start) AS TEXT)
                                FROM documents d WHERE d.id = m.doc_id)),
                m.label, m.kind, e.key
         FROM mentions_old m JOIN entities e ON e.id = m.entity_id
              JOIN document_keys k ON k.id = m.doc_id",
    ),
    (
        "mention_rows",
        "INSERT OR IGNORE INTO mention_rows (doc, start, end, text, label, kind, entity)
         SELECT k.key, m.start, m.end, m.text, m.label, m.kind, m.entity
         FROM mention_rows_old m JOIN document_keys k ON k.id = m.doc_id",
    ),
    (
        "quotes",
        "INSERT OR IGNORE INTO quote_rows (doc, start, end, text, kind, speaker, speaker_start,
             speaker_end, relayed_by, relayed_start, relayed_end, cue_start, cue_end, cue_text)
         SELECT k.key, q.start, q.end, q.text, q.kind, q.speaker, q.speaker_start,
                q.speaker_end, q.relayed_by, q.relayed_start, q.relayed_end, q.cue_start,
                q.cue_end, q.cue_text
         FROM quotes_old q JOIN document_keys k ON k.id = q.doc_id",
    ),
    (
        "events",
        "INSERT OR IGNORE INTO events (id, type, cameo, date, summary)
         SELECT id, type, cameo, date, summary FROM events_old ORDER BY id",
    ),
    (
        "event_sources",
        "INSERT OR IGNORE INTO event_sources (event, doc_id, seq, start, end)
         SELECT e.key, s.doc_id, s.seq, s.start, s.end
         FROM event_sources_old s JOIN events e ON e.id = s.event_id",
    ),
    (
        "event_keys",
        "INSERT OR IGNORE INTO event_keys (entity, type, day, event)
         SELECT dossier_key_number((SELECT n.key FROM entities n WHERE n.id = k.entity), k.entity),
                dossier_event_type(k.type), k.day, e.key
         FROM event_keys_old k JOIN events e ON e.id = k.event_id",
    ),
];

/// How sources of schemas 8 and 9 are copied: their events are numbered already.
const EVENT_SOURCES_FROM_9: &str =
    "INSERT OR IGNORE INTO event_sources (event, doc_id, seq, start, end)
     SELECT event, doc_id, seq, start, end FROM event_sources_old";

/// Whether an upgrade from `version` rebuilds `table`: schema 6 rebuilt the quotes, schema 7
/// the entities and mentions, schema 8 the event tables (dropped instead before schema 6),
/// schema 9 the mention and quote rows, schema 10 the sources (their accounts packed a
/// document at a time, see `events::pack_old_accounts`).
fn rebuilt_from(table: &str, version: i64) -> bool {
    match table {
        "quotes" | "mention_rows" => version < 9,
        "event_sources" => (6..10).contains(&version),
        "events" | "event_keys" => (6..8).contains(&version),
        _ => version < 7,
    }
}

/// Upgrading an older store: renames the tables [`REBUILT`] rebuilds out of the way (their
/// indexes and the triggers that name them dropped, so the new schema can take the names) and
/// returns the statements that copy their rows over, for after the new schema is made; the
/// caller drops the `_old` tables after. Before schema 6 the event tables are dropped instead,
/// and every document marked unmerged: they are derived data, and the build that upgrades the
/// store merges the events again (with the same ids).
fn set_aside_old_tables(
    tx: &rusqlite::Transaction,
    version: i64,
) -> Result<Vec<(&'static str, &'static str)>> {
    // Triggers name tables that are about to move, and the mentions view reads the text as
    // older schemas kept it; the new schema makes them again.
    tx.execute_batch("DROP TRIGGER IF EXISTS documents_gone; DROP TRIGGER IF EXISTS events_gone;")?;
    if tx
        .prepare("SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = 'mentions'")?
        .exists([])?
    {
        tx.execute_batch("DROP VIEW mentions;")?;
    }
    // Schema 8 keeps texts compressed, with their sizes in two new columns; the texts already
    // stored stay as they are (no size: the rule reads them as plain text).
    let has_sizes = tx
        .prepare("SELECT 1 FROM pragma_table_info('documents') WHERE name = 'text_size'")?
        .exists([])?;
    let has_documents =
        tx.prepare("SELECT 1 FROM sqlite_master WHERE name = 'documents'")?.exists([])?;
    // Schema 8 indexes only the quotes that have a speaker.
    tx.execute_batch("DROP INDEX IF EXISTS quotes_speaker;")?;
    if has_documents && !has_sizes {
        tx.execute_batch(
            "ALTER TABLE documents ADD COLUMN raw_size INTEGER;
             ALTER TABLE documents ADD COLUMN text_size INTEGER;",
        )?;
    }
    let mut moved = Vec::new();
    for (table, copy) in REBUILT {
        let exists: Option<i64> = tx
            .query_row(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1",
                [table],
                |r| r.get(0),
            )
            .optional()?;
        if exists.is_none() || !rebuilt_from(table, version) {
            continue;
        }
        let indexes: Vec<String> = tx
            .prepare(
                "SELECT name FROM sqlite_master
                 WHERE type = 'index' AND tbl_name = ?1 AND sql IS NOT NULL",
            )?
            .query_map([table], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for index in indexes {
            tx.execute_batch(&format!("DROP INDEX \"{index}\";"))?;
        }
        tx.execute_batch(&format!("ALTER TABLE {table} RENAME TO {table}_old;"))?;
        let copy =
            if table == "event_sources" && version >= 8 { EVENT_SOURCES_FROM_9 } else { copy };
        moved.push((table, copy));
    }
    if version < 6 {
        tx.execute_batch(
            "DROP TABLE IF EXISTS event_keys; DROP TABLE IF EXISTS event_sources;
             DROP TABLE IF EXISTS events; DROP TABLE IF EXISTS merged;",
        )?;
    }
    Ok(moved)
}

/// A store error where rusqlite wants one of its own (inside a row closure).
fn to_sql(e: StoreError) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Blob, Box::new(e))
}

/// Reads a stored document back with all its layers.
pub(crate) fn get_document(conn: &Connection, id: &str) -> Result<Option<Document>> {
    let row = conn
        .query_row(
            "SELECT id, title, author, outlet, url, published, published_source, language,
                    machine_translated_from, raw, raw_size, text, text_size
             FROM documents WHERE id = ?1",
            [id],
            |r| {
                let source: String = r.get(6)?;
                Ok(Document {
                    id: r.get(0)?,
                    meta: Metadata {
                        title: r.get(1)?,
                        author: r.get(2)?,
                        outlet: r.get(3)?,
                        url: r.get(4)?,
                        published: r.get(5)?,
                        published_source: match source.as_str() {
                            "metadata" => DateSource::Metadata,
                            "inferred" => DateSource::Inferred,
                            _ => DateSource::None,
                        },
                        language: r.get(7)?,
                        machine_translated_from: r.get(8)?,
                    },
                    raw: text::unsqueeze(r.get_ref(9)?, r.get(10)?).map_err(to_sql)?,
                    text: text::unsqueeze(r.get_ref(11)?, r.get(12)?).map_err(to_sql)?,
                    ..Default::default()
                })
            },
        )
        .optional()?;
    let Some(mut doc) = row else { return Ok(None) };
    let mut stmt = conn.prepare_cached("SELECT name, data FROM layers WHERE doc_id = ?1")?;
    let rows = stmt.query_map([id], |r| {
        let data = match r.get_ref(1)? {
            rusqlite::types::ValueRef::Blob(b) => b.to_vec(),
            v => v.as_str().map(|s| s.as_bytes().to_vec()).unwrap_or_default(),
        };
        Ok((r.get::<_, String>(0)?, data))
    })?;
    for row in rows {
        let (name, data) = row?;
        if name == PACKED {
            unpack_layers(&mut doc, &data)?;
            continue;
        }
        let data = String::from_utf8_lossy(&data);
        match name.as_str() {
            "removed" => doc.removed = serde_json::from_str(&data)?,
            "headings" => doc.headings = serde_json::from_str(&data)?,
            "paragraphs" => doc.paragraphs = serde_json::from_str(&data)?,
            "sentences" => doc.sentences = serde_json::from_str(&data)?,
            "entities" => doc.entities = serde_json::from_str(&data)?,
            "roles" => doc.roles = serde_json::from_str(&data)?,
            "timexes" => doc.timexes = serde_json::from_str(&data)?,
            "quotes" => doc.quotes = serde_json::from_str(&data)?,
            "events" => doc.events = serde_json::from_str(&data)?,
            _ => {}
        }
    }
    overlay_canonical_names(conn, &mut doc)?;
    Ok(Some(doc))
}

/// Fills `doc`'s layers from a packed row (format 2, or format 1 as older builds wrote it);
/// rebuilds `raw` when the row says it can.
fn unpack_layers(doc: &mut Document, data: &[u8]) -> Result<()> {
    use std::io::Read as _;
    if data.starts_with(pack::MAGIC) {
        return pack::decode(doc, data).map_err(|e| StoreError::Layers(e.to_string()));
    }
    let z = data.strip_prefix(PACKED_MAGIC).ok_or_else(|| {
        StoreError::Layers("unknown format (a newer dossier may have written it)".into())
    })?;
    let mut json = Vec::with_capacity(z.len() * 6);
    flate2::read::DeflateDecoder::new(z)
        .read_to_end(&mut json)
        .map_err(|e| StoreError::Json(serde_json::Error::io(e)))?;
    let mut v: serde_json::Map<String, serde_json::Value> = serde_json::from_slice(&json)?;
    let mut take = |k: &str| v.remove(k).unwrap_or(serde_json::Value::Array(Vec::new()));
    doc.removed = serde_json::from_value(take("removed"))?;
    doc.headings = serde_json::from_value(take("headings"))?;
    doc.paragraphs = serde_json::from_value(take("paragraphs"))?;
    doc.sentences = serde_json::from_value(take("sentences"))?;
    doc.entities = serde_json::from_value(take("entities"))?;
    doc.roles = serde_json::from_value(take("roles"))?;
    doc.timexes = serde_json::from_value(take("timexes"))?;
    doc.quotes = serde_json::from_value(take("quotes"))?;
    doc.events = serde_json::from_value(take("events"))?;
    fill_texts(doc);
    let pieces: Vec<String> = serde_json::from_value(take("removed_text"))?;
    if doc.raw.is_empty() {
        let refs: Vec<&str> = pieces.iter().map(String::as_str).collect();
        if let Some(raw) = rebuild_raw(&doc.text, &doc.removed, &refs) {
            doc.raw = raw;
        }
    }
    Ok(())
}

/// After resolution, a mention's `entity` is the corpus-wide canonical name (which can change
/// as later articles arrive), read from the mention rows rather than frozen into the layer.
fn overlay_canonical_names(conn: &Connection, doc: &mut Document) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "SELECT m.start, m.end, e.name FROM mention_rows m JOIN entities e ON e.key = m.entity
         WHERE m.doc = (SELECT key FROM document_keys WHERE id = ?1)",
    )?;
    let names: std::collections::HashMap<(usize, usize), String> = stmt
        .query_map([&doc.id], |r| {
            Ok(((r.get::<_, i64>(0)? as usize, r.get::<_, i64>(1)? as usize), r.get(2)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    if names.is_empty() {
        return Ok(());
    }
    for m in &mut doc.entities {
        if let Some(n) = names.get(&(m.start, m.end)) {
            m.entity = n.clone();
        }
    }
    for r in &mut doc.roles {
        if let Some(n) = names.get(&(r.start, r.end)) {
            r.entity = Some(n.clone());
        }
    }
    Ok(())
}

/// Records that `source` holds `hash` (already stored), marking it seen at `seen_at`.
fn touch(tx: &rusqlite::Transaction, source: &SourceKey, hash: &str, seen_at: i64) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO sources (key, file, content_hash, seen_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(key) DO UPDATE SET content_hash = excluded.content_hash,
                                        seen_at = MAX(seen_at, excluded.seen_at)",
    )?
    .execute(params![source.key, source.file, hash, seen_at])?;
    Ok(())
}

/// The content hash `source` held, if it was known.
fn held_by(tx: &rusqlite::Transaction, source: &SourceKey) -> Result<Option<String>> {
    Ok(tx
        .prepare_cached("SELECT content_hash FROM sources WHERE key = ?1")?
        .query_row([&source.key], |r| r.get(0))
        .optional()?)
}

fn name_taken(tx: &rusqlite::Transaction, name: &str) -> Result<bool> {
    Ok(tx
        .prepare_cached("SELECT 1 FROM documents WHERE id = ?1")?
        .query_row([name], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Stores one document; returns what happened and, when the document was written, its name.
fn put(
    tx: &rusqlite::Transaction,
    d: &NewDocument,
    seen_at: i64,
) -> Result<(Stored, Option<String>)> {
    let content_stored = tx
        .prepare_cached("SELECT 1 FROM documents WHERE content_hash = ?1 LIMIT 1")?
        .query_row([&d.hash], |_| Ok(()))
        .optional()?
        .is_some();
    // What this source held before, and the name that version had.
    let previous: Option<(String, Option<String>)> = tx
        .prepare_cached(
            "SELECT s.content_hash, (SELECT id FROM documents WHERE content_hash = s.content_hash LIMIT 1)
             FROM sources s WHERE s.key = ?1",
        )?
        .query_row([&d.source.key], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .filter(|(h, _)| *h != d.hash);
    touch(tx, &d.source, &d.hash, seen_at)?;
    if content_stored {
        // Another build stored it meanwhile, or another source brought the same content.
        drop_orphan(tx, previous.as_ref().map(|p| p.0.as_str()))?;
        return Ok((Stored::Unchanged, None));
    }
    // The old version goes if no other source refers to it; its name passes to the new one.
    let replaced = match &previous {
        Some((old_hash, _)) => drop_orphan(tx, Some(old_hash))?,
        None => false,
    };
    let inherited = previous.and_then(|p| p.1).filter(|_| replaced);
    let mut name = inherited.unwrap_or_else(|| d.doc.id.clone());
    if name_taken(tx, &name)? {
        name = d.alt_name.clone();
        if name_taken(tx, &name)? {
            name = format!("{}~{}", d.alt_name, &d.hash[..d.hash.len().min(12)]);
        }
    }
    insert(tx, d, &name)?;
    Ok((if replaced { Stored::Replaced } else { Stored::New }, Some(name)))
}

/// Drops the document with content `hash` if no source refers to it any more.
fn drop_orphan(tx: &rusqlite::Transaction, hash: Option<&str>) -> Result<bool> {
    let Some(hash) = hash else { return Ok(false) };
    let n = tx.execute(
        "DELETE FROM documents WHERE content_hash = ?1
           AND NOT EXISTS (SELECT 1 FROM sources WHERE content_hash = ?1)",
        [hash],
    )?;
    Ok(n > 0)
}

fn insert(tx: &rusqlite::Transaction, d: &NewDocument, name: &str) -> Result<()> {
    let (doc, source, hash) = (&d.doc, &d.origin, &d.hash);
    let m = &doc.meta;
    let source_name = match m.published_source {
        DateSource::Metadata => "metadata",
        DateSource::Inferred => "inferred",
        DateSource::None => "none",
    };
    tx.prepare_cached(
        "INSERT INTO documents (id, source, content_hash, title, author, outlet, url, published,
                                published_source, language, machine_translated_from, raw, text,
                                raw_size, text_size)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
    )?
    .execute(params![
        name,
        source,
        hash,
        m.title,
        m.author,
        m.outlet,
        m.url,
        m.published,
        source_name,
        m.language,
        m.machine_translated_from,
        d.raw_stored,
        d.text_stored,
        if d.raw_rebuilt { 0 } else { doc.raw.len() as i64 },
        doc.text.len() as i64
    ])?;
    let mut stmt =
        tx.prepare_cached("INSERT INTO layers (doc_id, name, data) VALUES (?1, ?2, ?3)")?;
    stmt.execute(params![name, PACKED, d.layers])?;
    tx.prepare_cached("INSERT INTO document_keys (id) VALUES (?1)")?.execute([name])?;
    corpus::put_quotes(tx, tx.last_insert_rowid(), &doc.text, &doc.quotes)?;
    Ok(())
}

/// Refuses a file that is not SQLite, or an SQLite file with tables that are not a store's.
fn check_ours(conn: &Connection) -> Result<()> {
    let tables: Vec<String> = match conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
    {
        Ok(t) => t,
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ErrorCode::NotADatabase =>
        {
            return Err(StoreError::NotSqlite)
        }
        Err(e) => return Err(e.into()),
    };
    if tables.is_empty() {
        return Ok(());
    }
    let app: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    // Schema 1 stores predate the application id: known by their tables and version.
    let v1 = app == 0
        && version == 1
        && tables.iter().any(|t| t == "documents")
        && tables.iter().any(|t| t == "layers");
    if app == APPLICATION_ID || v1 {
        return Ok(());
    }
    let mut list: Vec<String> = tables.iter().take(5).map(|t| format!("table '{t}'")).collect();
    if tables.len() > 5 {
        list.push(format!("{} more", tables.len() - 5));
    }
    Err(StoreError::Foreign { tables: list.join(", ") })
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_document::Span;

    fn doc(id: &str, text: &str) -> Document {
        Document {
            id: id.into(),
            raw: text.into(),
            text: text.into(),
            sentences: vec![Span::new(0, text.len())],
            ..Default::default()
        }
    }

    fn new(id: &str, text: &str, hash: &str, key: &str, file: &str) -> NewDocument {
        NewDocument::new(
            doc(id, text),
            file.to_string(),
            format!("{file}/{id}"),
            hash.into(),
            SourceKey { key: key.into(), file: file.into() },
        )
        .unwrap()
    }

    /// A cached join is planned once: taking it from the cache again with a new value bound
    /// must not send it back through the parser (see [`keep_plans`]).
    #[test]
    fn cached_joins_are_not_planned_again_for_each_value() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plans.db");
        let sql = "SELECT s.doc_id FROM events e CROSS JOIN event_sources s ON s.event = e.key
                   CROSS JOIN documents d ON d.id = s.doc_id WHERE e.id = ?1";
        let check = |store: &Store| {
            for id in ["ev-a", "ev-b", "ev-c"] {
                let mut stmt = store.conn.prepare_cached(sql).unwrap();
                assert_eq!(stmt.query_map([id], |_| Ok(())).unwrap().count(), 0);
            }
            let stmt = store.conn.prepare_cached(sql).unwrap();
            assert_eq!(stmt.get_status(rusqlite::StatementStatus::RePrepare), 0);
        };
        check(&Store::open(&path).unwrap());
        check(&Store::open_read_only(&path).unwrap());
    }

    #[test]
    fn span_texts_are_stored_once_and_read_back() {
        use dossier_document::{Cue, EntityMention, Quote, Timex};
        let text = "Marc Vogel said on Tuesday: \"We are ready.\"";
        let mut d = doc("q", text);
        d.entities.push(EntityMention {
            start: 0,
            end: 10,
            text: "Marc Vogel".into(),
            label: "PER".into(),
            entity: "Marc Vogel".into(),
        });
        d.timexes.push(Timex {
            start: 19,
            end: 26,
            text: "Tuesday".into(),
            kind: "DATE".into(),
            value: None,
            modifier: None,
        });
        d.quotes.push(Quote {
            start: 29,
            end: 41,
            text: "We are ready".into(),
            speaker: Some("Marc Vogel".into()),
            kind: "direct".into(),
            cue: Some(Cue { start: 11, end: 15, text: "said".into() }),
            speaker_span: None,
            relayed_by: None,
            relayed_by_span: None,
        });
        // A text that is not the words at its offsets is kept as it is.
        d.roles.push(dossier_document::RoleMention {
            start: 0,
            end: 4,
            text: "Mr Marc".into(),
            entity: None,
        });
        let before = d.clone();
        let (packed, _) = encode_compact_json(&mut d).unwrap();
        assert_eq!(d, before, "the document keeps its texts");
        let mut json = Vec::new();
        std::io::Read::read_to_end(
            &mut flate2::read::DeflateDecoder::new(&packed[PACKED_MAGIC.len()..]),
            &mut json,
        )
        .unwrap();
        let json = String::from_utf8(json).unwrap();
        assert!(!json.contains("Vogel\",\"label") && !json.contains("Tuesday"), "{json}");
        let mut back = doc("q", text);
        unpack_layers(&mut back, &packed).unwrap();
        assert_eq!(back.entities, before.entities);
        assert_eq!(back.timexes, before.timexes);
        assert_eq!(back.quotes, before.quotes);
        assert_eq!(back.roles, before.roles);
        assert!(json.contains("Mr Marc"));
        // Format 2 (written now) leaves the same words out.
        let (packed, _) = encode_layers(&d).unwrap();
        assert!(packed.starts_with(pack::MAGIC));
        let bytes = String::from_utf8_lossy(&pack::payload(&packed).unwrap()).into_owned();
        assert!(!bytes.contains("Tuesday") && bytes.contains("Mr Marc"), "{bytes}");
        let mut back = doc("q", text);
        unpack_layers(&mut back, &packed).unwrap();
        assert_eq!(back, before);
    }

    #[test]
    fn rows_older_builds_wrote_read_as_before() {
        use dossier_document::{EntityMention, RemovalReason};
        let raw = "TITLE\n\nMarc Vogel spoke.";
        let text = "Marc Vogel spoke.";
        let mut d = doc("a", text);
        d.raw = raw.into();
        d.removed = vec![Removed { start: 0, end: 7, reason: RemovalReason::Title }];
        d.entities.push(EntityMention {
            start: 0,
            end: 10,
            text: "Marc Vogel".into(),
            label: "PER".into(),
            entity: "Marc Vogel".into(),
        });
        let mut s = Store::in_memory().unwrap();
        let n = NewDocument::new(
            d.clone(),
            "a".into(),
            "a".into(),
            "h".into(),
            SourceKey { key: "a".into(), file: "a".into() },
        )
        .unwrap();
        assert!(n.layers.starts_with(pack::MAGIC));
        s.put_batch(&[n], &[], 1).unwrap();
        let now = s.get("a").unwrap().unwrap();
        assert_eq!(now, d);
        // Format 1: deflated JSON.
        let (old, _) = encode_compact_json(&mut d.clone()).unwrap();
        s.conn.execute("UPDATE layers SET data = ?1 WHERE doc_id = 'a'", [&old]).unwrap();
        assert_eq!(s.get("a").unwrap().unwrap(), now);
        // Before that: one JSON row a layer (with the raw input in its column).
        s.conn
            .execute_batch(&format!(
                "DELETE FROM layers; UPDATE documents SET raw = '{raw}';
                 INSERT INTO layers VALUES ('a', 'removed', '{}'), ('a', 'sentences', '{}'),
                   ('a', 'entities', '{}');",
                serde_json::to_string(&d.removed).unwrap(),
                serde_json::to_string(&d.sentences).unwrap(),
                serde_json::to_string(&d.entities).unwrap(),
            ))
            .unwrap();
        assert_eq!(s.get("a").unwrap().unwrap(), now);
        // A format this build does not know is an error, not a panic or an empty document.
        s.conn
            .execute_batch("DELETE FROM layers; INSERT INTO layers VALUES ('a', '*', x'444C3901');")
            .unwrap();
        assert!(matches!(s.get("a"), Err(StoreError::Layers(_))));
        s.conn
            .execute_batch(
                "DELETE FROM layers; INSERT INTO layers VALUES ('a', '*', x'444C32000501');",
            )
            .unwrap();
        assert!(matches!(s.get("a"), Err(StoreError::Layers(_))));
    }

    #[test]
    fn raw_input_is_rebuilt_from_text_and_removed_pieces() {
        let raw = "TITLE\n\nBody one.\nJUNK\nBody two.";
        let removed = vec![
            Removed { start: 0, end: 7, reason: dossier_document::RemovalReason::Title },
            Removed { start: 17, end: 22, reason: dossier_document::RemovalReason::CrossLink },
        ];
        let text = "Body one.\nBody two.";
        assert_eq!(rebuild_raw(text, &removed, &["TITLE\n\n", "JUNK\n"]).as_deref(), Some(raw));
        let d = Document {
            id: "x".into(),
            raw: raw.into(),
            text: text.into(),
            removed,
            ..Default::default()
        };
        let mut s = Store::in_memory().unwrap();
        let n = NewDocument::new(
            d.clone(),
            "x".into(),
            "x".into(),
            "h".into(),
            SourceKey { key: "x".into(), file: "x".into() },
        )
        .unwrap();
        assert!(n.raw_rebuilt);
        s.put_batch(&[n], &[], 1).unwrap();
        let back = s.get("x").unwrap().unwrap();
        assert_eq!(back.raw, raw);
        assert_eq!(back.removed, d.removed);
    }

    #[test]
    fn put_get_replace() {
        let mut s = Store::in_memory().unwrap();
        let r = s.put_batch(&[new("a", "One.", "h1", "a.txt", "a.txt")], &[], 1).unwrap();
        assert_eq!(r, vec![Stored::New]);
        assert_eq!(s.hash_of("a").unwrap().as_deref(), Some("h1"));
        let r = s.put_batch(&[new("a", "Two.", "h2", "a.txt", "a.txt")], &[], 2).unwrap();
        assert_eq!(r, vec![Stored::Replaced]);
        assert_eq!(s.count().unwrap(), 1);
        let back = s.get("a").unwrap().unwrap();
        assert_eq!(back.text, "Two.");
        assert_eq!(back.sentences, vec![Span::new(0, 4)]);
    }

    #[test]
    fn same_content_is_stored_once_and_names_stay_unique() {
        let mut s = Store::in_memory().unwrap();
        let r = s
            .put_batch(
                &[
                    new("x", "One.", "h1", "a/x.txt", "a/x.txt"),
                    new("x", "One.", "h1", "c/x.txt", "c/x.txt"),
                    new("x", "Other.", "h2", "b/x.txt", "b/x.txt"),
                ],
                &[],
                1,
            )
            .unwrap();
        assert_eq!(r, vec![Stored::New, Stored::Unchanged, Stored::New]);
        assert_eq!(s.ids().unwrap(), vec!["b/x.txt/x".to_string(), "x".to_string()]);
        // One of the two sources of h1 changes: h1 stays, for the other.
        let r = s.put_batch(&[new("x", "Three.", "h3", "a/x.txt", "a/x.txt")], &[], 2).unwrap();
        assert_eq!(r, vec![Stored::New]);
        assert!(s.has_content("h1").unwrap());
        assert_eq!(s.count().unwrap(), 3);
    }

    #[test]
    fn pruning_a_file_drops_what_it_no_longer_holds() {
        let mut s = Store::in_memory().unwrap();
        s.put_batch(
            &[new("f:1", "One.", "h1", "f#h1", "f"), new("f:2", "Two.", "h2", "f#h2", "f")],
            &[],
            10,
        )
        .unwrap();
        // The next run sees only h2 (already stored) in f.
        s.put_batch(&[], &[(SourceKey { key: "f#h2".into(), file: "f".into() }, "h2".into())], 20)
            .unwrap();
        assert_eq!(s.prune_file("f", 20).unwrap(), 1);
        assert_eq!(s.ids().unwrap(), vec!["f:2".to_string()]);
    }

    #[test]
    fn a_source_that_now_holds_stored_content_lets_its_old_version_go() {
        let mut s = Store::in_memory().unwrap();
        s.put_batch(
            &[new("a", "One.", "h1", "a.txt", "a.txt"), new("b", "Two.", "h2", "b.txt", "b.txt")],
            &[],
            1,
        )
        .unwrap();
        // a.txt is now a copy of b.txt.
        let a = SourceKey { key: "a.txt".into(), file: "a.txt".into() };
        s.put_batch(&[], &[(a, "h2".into())], 2).unwrap();
        assert!(!s.has_content("h1").unwrap());
        assert_eq!(s.count().unwrap(), 1);
    }

    struct Tagger;
    impl CorpusStage for Tagger {
        fn apply(&mut self, tx: &CorpusTx, stored: &[(&str, &Document)]) -> Result<()> {
            let row = EntityRow {
                id: "e1".into(),
                name: "Ada Quill".into(),
                label: "PER".into(),
                kb: None,
                data: "{}".into(),
                aliases: vec!["Quill".into()],
            };
            tx.put_entities(&[row])?;
            let names: Vec<(&str, &str)> =
                stored.iter().map(|(n, d)| (*n, d.text.as_str())).collect();
            let rows: Vec<NewMention> = names
                .iter()
                .map(|(d, _)| NewMention {
                    doc: d,
                    start: 0,
                    end: 4,
                    text: "Quill",
                    label: "PER",
                    kind: "name",
                    entity_id: "e1",
                })
                .collect();
            tx.put_mentions(&names, &rows)
        }
    }

    #[test]
    fn corpus_stage_runs_in_the_batch_and_counts_follow_documents() {
        let mut s = Store::in_memory().unwrap();
        s.put_batch_with(
            &[new("a", "One.", "h1", "a.txt", "a.txt"), new("b", "Two.", "h2", "b.txt", "b.txt")],
            &[],
            1,
            Some(&mut Tagger),
        )
        .unwrap();
        let q = EntityQuery { name: Some("quill".into()), ..Default::default() };
        let found = s.entities(&q).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].mentions, 2);
        assert_eq!(found[0].docs, vec!["a".to_string(), "b".to_string()]);
        assert_eq!(
            s.entities(&EntityQuery { name: Some("qui".into()), ..Default::default() })
                .unwrap()
                .len(),
            1
        );
        assert!(s
            .entities(&EntityQuery { label: Some("ORG".into()), ..Default::default() })
            .unwrap()
            .is_empty());
        // Replacing a document takes its mentions with it.
        s.put_batch(&[new("a", "Three.", "h3", "a.txt", "a.txt")], &[], 2).unwrap();
        assert_eq!(s.entities(&q).unwrap()[0].mentions, 1);
        let unresolved = s.with_corpus(|tx| tx.unresolved_documents()).unwrap();
        assert_eq!(unresolved, vec!["a".to_string()]);
    }

    #[test]
    fn memory_and_foreign_databases_are_refused() {
        assert!(matches!(Store::open(Path::new(":memory:")), Err(StoreError::NotAFile(_))));
        let dir = tempfile::tempdir().unwrap();
        let other = dir.path().join("other.db");
        {
            let c = Connection::open(&other).unwrap();
            c.execute_batch("CREATE TABLE invoices (n INTEGER);").unwrap();
        }
        let before = std::fs::read(&other).unwrap();
        let err = Store::open(&other).err().unwrap();
        assert!(err.to_string().contains("table 'invoices'"), "{err}");
        assert_eq!(std::fs::read(&other).unwrap(), before, "a foreign file is left as it was");
        let text = dir.path().join("notes.db");
        std::fs::write(
            &text,
            "just some notes, not a database at all, long enough to have a header",
        )
        .unwrap();
        assert!(matches!(Store::open(&text), Err(StoreError::NotSqlite)));
    }

    /// A database file written by `sql` (an older dossier's schema and rows), in a folder
    /// that lives as long as the returned guard.
    /// The event tables as schemas 8 and 9 made them: an account in each source row.
    const EVENTS_9: &str = "
    -- `key` is the event's number inside this file (see the module's documentation).
    CREATE TABLE IF NOT EXISTS events (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        cameo TEXT NOT NULL,
        date TEXT,
        summary TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX IF NOT EXISTS events_date ON events(date);
    CREATE TABLE IF NOT EXISTS event_sources (
        event INTEGER NOT NULL,
        doc_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        reason TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (doc_id, seq)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS event_sources_event ON event_sources(event);
    -- entity: see key_number; type: a number for the common ones (EVENT_TYPES); event: events.key.
    -- Entity first, so the events of an entity are found through the key itself.
    CREATE TABLE IF NOT EXISTS event_keys (
        entity INTEGER NOT NULL,
        type NOT NULL,
        day INTEGER NOT NULL,
        event INTEGER NOT NULL,
        PRIMARY KEY (entity, type, day, event)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS event_keys_event ON event_keys(event);
    CREATE TABLE IF NOT EXISTS merged (
        doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE
    );
    -- The many-rows-a-document tables have no foreign keys (checking one costs a lookup for
    -- every row written): these triggers do what `ON DELETE CASCADE` would.
    CREATE TRIGGER IF NOT EXISTS documents_gone AFTER DELETE ON documents BEGIN
        DELETE FROM mention_rows WHERE doc = (SELECT key FROM document_keys WHERE id = old.id);
        DELETE FROM quote_rows WHERE doc = (SELECT key FROM document_keys WHERE id = old.id);
        DELETE FROM document_keys WHERE id = old.id;
        DELETE FROM event_sources WHERE doc_id = old.id;
    END;
    CREATE TRIGGER IF NOT EXISTS events_gone AFTER DELETE ON events BEGIN
        DELETE FROM event_keys WHERE event = old.key;
        DELETE FROM event_sources WHERE event = old.key;
    END;
";

    fn written_by(sql: &str) -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        Connection::open(&path).unwrap().execute_batch(sql).unwrap();
        (dir, path)
    }

    /// The documents and layers tables as schemas 1 to 7 wrote them.
    const OLD_DOCUMENTS: &str = "CREATE TABLE documents (id TEXT PRIMARY KEY,
               source TEXT NOT NULL, content_hash TEXT NOT NULL, title TEXT, author TEXT,
               outlet TEXT, url TEXT, published TEXT, published_source TEXT NOT NULL DEFAULT 'none',
               language TEXT, machine_translated_from TEXT, raw TEXT NOT NULL, text TEXT NOT NULL,
               stored_at TEXT NOT NULL DEFAULT '');
             CREATE TABLE layers (doc_id TEXT NOT NULL, name TEXT NOT NULL, data TEXT NOT NULL,
               PRIMARY KEY (doc_id, name));";

    #[test]
    fn schema_1_stores_are_upgraded() {
        let (_dir, path) = written_by(
            &[
                OLD_DOCUMENTS,
                "INSERT INTO documents (id, source, content_hash, raw, text)
                   VALUES ('a', 'a.txt', 'h1', 'One.', 'One.');
                 PRAGMA user_version = 1;",
            ]
            .concat(),
        );
        let mut s = Store::open(&path).unwrap();
        assert_eq!(s.ids().unwrap(), vec!["a".to_string()]);
        assert!(s.has_content("h1").unwrap());
        // Nothing prunes the upgraded document's own source.
        assert_eq!(s.prune_file("a.txt", i64::MAX).unwrap(), 0);
        assert_eq!(s.count().unwrap(), 1);
    }

    /// The entity tables as schemas 4 to 6 wrote them.
    const ENTITIES_6: &str = "CREATE TABLE entities (id TEXT PRIMARY KEY, name TEXT NOT NULL,
               label TEXT NOT NULL, kb TEXT, data TEXT NOT NULL);
             CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
             CREATE TABLE entity_aliases (
               entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
               alias TEXT NOT NULL COLLATE NOCASE, PRIMARY KEY (entity_id, alias));
             CREATE INDEX entity_aliases_alias ON entity_aliases(alias COLLATE NOCASE);";

    /// The rest of schema 6's corpus and event tables, which schema 7 keeps as they are.
    const OTHERS_6: &str = "CREATE TABLE resolved (doc_id TEXT PRIMARY KEY);
             CREATE TABLE corpus_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
             CREATE TABLE IF NOT EXISTS events (id TEXT PRIMARY KEY, type TEXT NOT NULL,
               cameo TEXT NOT NULL, date TEXT, summary TEXT NOT NULL DEFAULT '');
             CREATE TABLE IF NOT EXISTS event_sources (event_id TEXT NOT NULL,
               doc_id TEXT NOT NULL, seq INTEGER NOT NULL, start INTEGER NOT NULL,
               end INTEGER NOT NULL, reason TEXT NOT NULL, data TEXT NOT NULL,
               PRIMARY KEY (doc_id, seq)) WITHOUT ROWID;
             CREATE INDEX IF NOT EXISTS event_sources_event ON event_sources(event_id);
             CREATE TABLE IF NOT EXISTS event_keys (type TEXT NOT NULL, entity TEXT NOT NULL,
               day INTEGER NOT NULL, event_id TEXT NOT NULL,
               PRIMARY KEY (type, entity, day, event_id)) WITHOUT ROWID;
             CREATE TABLE IF NOT EXISTS merged (doc_id TEXT PRIMARY KEY);
             CREATE TRIGGER documents_gone AFTER DELETE ON documents BEGIN
               DELETE FROM mentions WHERE doc_id = old.id;
               DELETE FROM quotes WHERE doc_id = old.id;
               DELETE FROM event_sources WHERE doc_id = old.id;
             END;";

    #[test]
    fn schema_6_entities_get_numbered_and_mentions_keep_their_rows() {
        let old = "CREATE TABLE mentions (doc_id TEXT NOT NULL, start INTEGER NOT NULL,
                   end INTEGER NOT NULL, text TEXT NOT NULL, label TEXT NOT NULL,
                   kind TEXT NOT NULL, entity_id TEXT NOT NULL, PRIMARY KEY (doc_id, start, end))
                   WITHOUT ROWID;
                 CREATE INDEX mentions_entity ON mentions(entity_id);
                 CREATE TABLE quotes (doc_id TEXT NOT NULL, start INTEGER NOT NULL,
                   end INTEGER NOT NULL, text TEXT, kind TEXT NOT NULL, speaker TEXT,
                   speaker_start INTEGER, speaker_end INTEGER, relayed_by TEXT,
                   relayed_start INTEGER, relayed_end INTEGER, cue_start INTEGER,
                   cue_end INTEGER, cue_text TEXT, PRIMARY KEY (doc_id, start, end, kind))
                   WITHOUT ROWID;";
        let rows = "INSERT INTO documents (id, source, content_hash, raw, text)
                   VALUES ('a', 'a.txt', 'h1', '', 'Vogel called Marsh.');
                 INSERT INTO sources (key, file, content_hash) VALUES ('a.txt', 'a.txt', 'h1');
                 INSERT INTO entities VALUES ('per-vogel', 'Vogel', 'PER', NULL, '{}');
                 INSERT INTO entities VALUES ('per-anna-marsh', 'Anna Marsh', 'PER', NULL, '{}');
                 INSERT INTO entity_aliases VALUES ('per-vogel', 'Fogel');
                 INSERT INTO mentions VALUES ('a', 0, 5, 'Vogel', 'PER', 'name', 'per-vogel');
                 INSERT INTO mentions VALUES ('a', 13, 18, 'Marsh', 'PER', 'name', 'per-anna-marsh');
                 INSERT INTO mentions VALUES ('a', 6, 12, 'Fogel', 'PER', 'name', 'per-vogel');
                 INSERT INTO events (id, type, cameo) VALUES ('ev-1', 'phone_call', '041');
                 INSERT INTO event_sources VALUES ('ev-1', 'a', 0, 6, 12, '', '{}');
                 PRAGMA user_version = 6; PRAGMA application_id = 1146049363;";
        let (_dir, path) = written_by(&[old, ENTITIES_6, SCHEMA, OTHERS_6, rows].concat());
        let mut s = Store::open(&path).unwrap();
        let q = EntityQuery { name: Some("Fogel".into()), ..Default::default() };
        let found = s.entities(&q).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].row.id.as_str(), found[0].mentions), ("per-vogel", 2));
        assert_eq!(found[0].row.aliases, vec!["Fogel".to_string()]);
        let texts: Vec<String> =
            s.mentions_of("per-vogel").unwrap().into_iter().map(|m| m.text).collect();
        assert_eq!(texts, vec!["Vogel".to_string(), "Fogel".to_string()]);
        let count =
            |s: &Store, sql: &str| -> i64 { s.conn.query_row(sql, [], |r| r.get(0)).unwrap() };
        // Only the mention whose words are not the article's keeps them.
        assert_eq!(count(&s, "SELECT COUNT(*) FROM mention_rows WHERE text IS NOT NULL"), 1);
        // Events are kept from schema 6 on.
        assert_eq!(count(&s, "SELECT COUNT(*) FROM event_sources"), 1);
        assert_eq!(count(&s, "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%_old'"), 0);
        // The new trigger is in place: dropping the document takes its mentions.
        assert_eq!(s.prune_file("a.txt", i64::MAX).unwrap(), 1);
        assert_eq!(count(&s, "SELECT COUNT(*) FROM mention_rows"), 0);
        assert_eq!(count(&s, "SELECT COUNT(*) FROM event_sources"), 0);
    }

    /// Schema 7 as it was written (after [`OLD_DOCUMENTS`]), for the upgrade to schema 8.
    const SCHEMA_7: &str = "CREATE TABLE sources (key TEXT PRIMARY KEY, file TEXT NOT NULL,
               content_hash TEXT NOT NULL, seen_at INTEGER NOT NULL DEFAULT 0);
             CREATE TABLE entities (key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
               name TEXT NOT NULL, label TEXT NOT NULL, kb TEXT, data TEXT NOT NULL);
             CREATE TABLE entity_aliases (entity_id TEXT NOT NULL, alias TEXT NOT NULL
               COLLATE NOCASE, PRIMARY KEY (entity_id, alias));
             CREATE TABLE mention_rows (doc_id TEXT NOT NULL, start INTEGER NOT NULL,
               end INTEGER NOT NULL, text TEXT, label TEXT NOT NULL, kind TEXT NOT NULL,
               entity INTEGER NOT NULL, PRIMARY KEY (doc_id, start, end)) WITHOUT ROWID;
             CREATE INDEX mention_rows_entity ON mention_rows(entity);
             CREATE VIEW mentions AS SELECT m.doc_id AS doc_id, m.start AS start, m.end AS end,
               COALESCE(m.text, (SELECT CAST(substr(CAST(d.text AS BLOB), m.start + 1,
                 m.end - m.start) AS TEXT) FROM documents d WHERE d.id = m.doc_id)) AS text,
               m.label AS label, m.kind AS kind, e.id AS entity_id
               FROM mention_rows m JOIN entities e ON e.key = m.entity;
             CREATE TABLE quotes (doc_id TEXT NOT NULL, start INTEGER NOT NULL,
               end INTEGER NOT NULL, text TEXT, kind TEXT NOT NULL, speaker TEXT,
               speaker_start INTEGER, speaker_end INTEGER, relayed_by TEXT,
               relayed_start INTEGER, relayed_end INTEGER, cue_start INTEGER,
               cue_end INTEGER, cue_text TEXT, PRIMARY KEY (doc_id, start, end, kind))
               WITHOUT ROWID;
             CREATE INDEX quotes_speaker ON quotes(speaker);
             CREATE TABLE resolved (doc_id TEXT PRIMARY KEY);
             CREATE TABLE corpus_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
             CREATE TABLE events (id TEXT PRIMARY KEY, type TEXT NOT NULL,
               cameo TEXT NOT NULL, date TEXT, summary TEXT NOT NULL DEFAULT '');
             CREATE TABLE event_sources (event_id TEXT NOT NULL,
               doc_id TEXT NOT NULL, seq INTEGER NOT NULL, start INTEGER NOT NULL,
               end INTEGER NOT NULL, reason TEXT NOT NULL, data TEXT NOT NULL,
               PRIMARY KEY (doc_id, seq)) WITHOUT ROWID;
             CREATE INDEX event_sources_event ON event_sources(event_id);
             CREATE TABLE event_keys (type TEXT NOT NULL, entity TEXT NOT NULL,
               day INTEGER NOT NULL, event_id TEXT NOT NULL,
               PRIMARY KEY (type, entity, day, event_id)) WITHOUT ROWID;
             CREATE INDEX event_keys_event ON event_keys(event_id);
             CREATE INDEX view_event_keys_entity ON event_keys(entity, event_id);
             CREATE TABLE merged (doc_id TEXT PRIMARY KEY);
             CREATE TRIGGER documents_gone AFTER DELETE ON documents BEGIN
               DELETE FROM mention_rows WHERE doc_id = old.id;
               DELETE FROM quotes WHERE doc_id = old.id;
               DELETE FROM event_sources WHERE doc_id = old.id;
             END;
             CREATE TRIGGER events_gone AFTER DELETE ON events BEGIN
               DELETE FROM event_keys WHERE event_id = old.id;
               DELETE FROM event_sources WHERE event_id = old.id;
             END;";

    #[test]
    fn schema_7_texts_stay_readable_and_events_get_numbered() {
        let rows = "INSERT INTO documents (id, source, content_hash, raw, text)
                   VALUES ('a', 'a.txt', 'h1', '', 'Vogel called Marsh by phone.');
                 INSERT INTO sources (key, file, content_hash) VALUES ('a.txt', 'a.txt', 'h1');
                 INSERT INTO entities VALUES (1, 'per-vogel', 'Vogel', 'PER', NULL, '{}');
                 INSERT INTO entities VALUES (2, 'per-anna-marsh', 'Anna Marsh', 'PER', NULL, '{}');
                 INSERT INTO mention_rows VALUES ('a', 0, 5, NULL, 'PER', 'name', 1);
                 INSERT INTO mention_rows VALUES ('a', 13, 18, NULL, 'PER', 'name', 2);
                 INSERT INTO quotes (doc_id, start, end, text, kind, speaker, speaker_start,
                   speaker_end) VALUES ('a', 6, 12, NULL, 'partial', 'Vogel', 0, 5);
                 INSERT INTO events VALUES ('ev-1', 'phone_call', '041', '2025-06-14', 'A call');
                 INSERT INTO event_sources VALUES ('ev-1', 'a', 0, 6, 12, 'first', '{}');
                 INSERT INTO event_keys VALUES ('phone_call', 'per-vogel', 20253, 'ev-1');
                 INSERT INTO event_keys
                   VALUES ('phone_call', 'per-anna-marsh|per-vogel', 20253, 'ev-1');
                 PRAGMA user_version = 7; PRAGMA application_id = 1146049363;";
        let (_dir, path) = written_by(&[OLD_DOCUMENTS, SCHEMA_7, rows].concat());
        let mut s = Store::open(&path).unwrap();
        // The text stored plain reads back, whole and cut into mentions and quotes.
        assert_eq!(s.get("a").unwrap().unwrap().text, "Vogel called Marsh by phone.");
        let m = &s.mentions_of("per-vogel").unwrap()[0];
        assert_eq!((m.text.as_str(), m.label.as_str(), m.kind.as_str()), ("Vogel", "PER", "name"));
        let q = &s.quotes(&QuoteQuery::default()).unwrap()[0];
        assert_eq!((q.text.as_str(), q.kind.as_str()), ("called", "partial"));
        let partial = QuoteQuery { kind: Some("partial".into()), ..Default::default() };
        assert_eq!(s.quotes(&partial).unwrap().len(), 1);
        // The event, its source and its keys, now by number.
        let by_entity =
            EventRowQuery { entity_ids: Some(vec!["per-anna-marsh".into()]), ..Default::default() };
        let found = s.event_rows(&by_entity).unwrap();
        assert_eq!(found.len(), 0, "only the pair and Vogel were keys");
        let by_vogel =
            EventRowQuery { entity_ids: Some(vec!["per-vogel".into()]), ..Default::default() };
        let found = s.event_rows(&by_vogel).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].0.id.as_str(), found[0].1[0].reason.as_str()), ("ev-1", "first"));
        let pair = s
            .with_corpus(|tx| {
                tx.event_candidates(
                    "phone_call",
                    false,
                    &["per-anna-marsh|per-vogel".into()],
                    &[20250..=20260],
                )
            })
            .unwrap();
        assert_eq!(pair, vec!["ev-1".to_string()]);
        let count =
            |s: &Store, sql: &str| -> i64 { s.conn.query_row(sql, [], |r| r.get(0)).unwrap() };
        assert_eq!(count(&s, "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%_old'"), 0);
        // A new document goes in compressed beside the old plain one.
        let long = "Marsh said the call went well. ".repeat(8);
        s.put_batch(&[new("b", &long, "h2", "b.txt", "b.txt")], &[], 2).unwrap();
        assert_eq!(count(&s, "SELECT COUNT(*) FROM documents WHERE typeof(text) = 'blob'"), 1);
        assert_eq!(s.get("b").unwrap().unwrap().text, long);
        // The new triggers: an event takes its keys and sources with it.
        s.conn.execute("DELETE FROM events WHERE id = 'ev-1'", []).unwrap();
        assert_eq!(count(&s, "SELECT COUNT(*) FROM event_keys"), 0);
        assert_eq!(count(&s, "SELECT COUNT(*) FROM event_sources"), 0);
    }

    /// The corpus tables as schema 8 wrote them: mention and quote rows named their document.
    const CORPUS_8: &str =
        "CREATE TABLE entities (key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
               name TEXT NOT NULL, label TEXT NOT NULL, kb TEXT, data TEXT NOT NULL);
             CREATE TABLE entity_aliases (entity_id TEXT NOT NULL, alias TEXT NOT NULL
               COLLATE NOCASE, PRIMARY KEY (entity_id, alias));
             CREATE TABLE mention_rows (doc_id TEXT NOT NULL, start INTEGER NOT NULL,
               end INTEGER NOT NULL, text TEXT, label NOT NULL, kind NOT NULL,
               entity INTEGER NOT NULL, PRIMARY KEY (doc_id, start, end)) WITHOUT ROWID;
             CREATE INDEX mention_rows_entity ON mention_rows(entity);
             CREATE VIEW mentions AS SELECT m.doc_id AS doc_id, m.start AS start, m.end AS end,
               m.text AS text, m.label AS label, m.kind AS kind, e.id AS entity_id
               FROM mention_rows m JOIN entities e ON e.key = m.entity;
             CREATE TABLE quotes (doc_id TEXT NOT NULL, start INTEGER NOT NULL,
               end INTEGER NOT NULL, text TEXT, kind NOT NULL, speaker TEXT,
               speaker_start INTEGER, speaker_end INTEGER, relayed_by TEXT,
               relayed_start INTEGER, relayed_end INTEGER, cue_start INTEGER,
               cue_end INTEGER, cue_text TEXT, PRIMARY KEY (doc_id, start, end, kind))
               WITHOUT ROWID;
             CREATE INDEX quotes_speaker ON quotes(speaker) WHERE speaker IS NOT NULL;
             CREATE INDEX view_quotes_speaker_span ON quotes(doc_id, speaker_start, speaker_end);
             CREATE TABLE resolved (doc_id TEXT PRIMARY KEY);
             CREATE TABLE corpus_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
             CREATE TRIGGER documents_gone AFTER DELETE ON documents BEGIN
               DELETE FROM mention_rows WHERE doc_id = old.id;
               DELETE FROM quotes WHERE doc_id = old.id;
             END;";

    #[test]
    fn schema_8_rows_get_their_documents_numbered_in_stored_order() {
        let rows = "INSERT INTO documents (id, source, content_hash, raw, text)
                   VALUES ('b', 'b.txt', 'h2', '', 'Marsh met Vogel.');
                 INSERT INTO documents (id, source, content_hash, raw, text)
                   VALUES ('a', 'a.txt', 'h1', '', 'Vogel called Marsh by phone.');
                 INSERT INTO entities VALUES (1, 'per-vogel', 'Vogel', 'PER', NULL, '{}');
                 INSERT INTO entities VALUES (2, 'per-marsh', 'Marsh', 'PER', NULL, '{}');
                 INSERT INTO mention_rows VALUES ('a', 0, 5, NULL, 0, 0, 1);
                 INSERT INTO mention_rows VALUES ('a', 13, 18, NULL, 0, 0, 2);
                 INSERT INTO mention_rows VALUES ('b', 0, 5, NULL, 0, 0, 2);
                 INSERT INTO quotes (doc_id, start, end, text, kind, speaker, speaker_start,
                   speaker_end) VALUES ('a', 6, 12, NULL, 2, 'Vogel', 0, 5);
                 PRAGMA user_version = 8; PRAGMA application_id = 1146049363;";
        // The event tables are as schema 8 made them, less the trigger CORPUS_8 has.
        let gone = EVENTS_9.find("CREATE TRIGGER IF NOT EXISTS documents_gone").unwrap();
        let end = gone + EVENTS_9[gone..].find("END;").unwrap() + 4;
        let events_8 = [&EVENTS_9[..gone], &EVENTS_9[end..]].concat();
        let (_dir, path) = written_by(&[SCHEMA, CORPUS_8, &events_8, rows].concat());
        let mut s = Store::open(&path).unwrap();
        let count =
            |s: &Store, sql: &str| -> i64 { s.conn.query_row(sql, [], |r| r.get(0)).unwrap() };
        // Numbered as they were stored ('b' first), and every row kept under its number.
        let keys: Vec<(i64, String)> = s
            .conn
            .prepare("SELECT key, id FROM document_keys ORDER BY key")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(keys, vec![(1, "b".to_string()), (2, "a".to_string())]);
        assert_eq!(count(&s, "SELECT COUNT(*) FROM mention_rows WHERE doc = 2"), 2);
        assert_eq!(count(&s, "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%_old'"), 0);
        // Read back by name, through the views.
        let m = &s.mentions_of("per-vogel").unwrap()[0];
        assert_eq!((m.doc.as_str(), m.text.as_str()), ("a", "Vogel"));
        let q = &s.quotes(&QuoteQuery::default()).unwrap()[0];
        assert_eq!((q.doc.as_str(), q.text.as_str(), q.kind.as_str()), ("a", "called", "partial"));
        assert_eq!(q.speaker.as_deref(), Some("Vogel"));
        let by_speaker = QuoteQuery { speaker: Some("Vogel".into()), ..Default::default() };
        assert_eq!(s.quotes(&by_speaker).unwrap().len(), 1);
        // A new document takes the next number; a deleted one takes its rows and number along.
        s.put_batch(&[new("c", "Marsh said so.", "h3", "c.txt", "c.txt")], &[], 2).unwrap();
        assert_eq!(count(&s, "SELECT key FROM document_keys WHERE id = 'c'"), 3);
        s.conn.execute("DELETE FROM documents WHERE id = 'a'", []).unwrap();
        assert_eq!(count(&s, "SELECT COUNT(*) FROM mention_rows"), 1);
        assert_eq!(count(&s, "SELECT COUNT(*) FROM quote_rows"), 0);
        assert_eq!(count(&s, "SELECT COUNT(*) FROM document_keys"), 2);
    }

    #[test]
    fn schema_9_accounts_get_packed_a_document_at_a_time() {
        let rows = "INSERT INTO documents (id, source, content_hash, raw, text)
                   VALUES ('a', 'a.txt', 'h1', '', 'Vogel called Marsh by phone.');
                 INSERT INTO document_keys (id) VALUES ('a');
                 INSERT INTO events (key, id, type, cameo) VALUES (7, 'ev-1', 'phone_call', '041');
                 INSERT INTO events (key, id, type, cameo) VALUES (8, 'ev-2', 'statement', '010');
                 PRAGMA user_version = 9; PRAGMA application_id = 1146049363;";
        let (_dir, path) = written_by(&[SCHEMA, corpus::SCHEMA, EVENTS_9, rows].concat());
        let call = r#"{"type":"phone_call","cameo":"041","trigger":"called","participants":[{"name":"Vogel","entity":"per-vogel","label":"PER"}],"sentence_start":0,"sentence_end":28}"#;
        let why =
            "same type; shared participants Vogel; stated dates agree (2025-06-14 ~ 2025-06-14)";
        {
            // One account as schema 9 packed it, one as older builds wrote it (plain text).
            let conn = Connection::open(&path).unwrap();
            let mut put = conn
                .prepare("INSERT INTO event_sources VALUES (?1, 'a', ?2, ?3, ?4, ?5, ?6)")
                .unwrap();
            put.execute(params![7, 0, 6, 12, events::pack_reason(why), events::pack_account(call)])
                .unwrap();
            put.execute(params![8, 1, 0, 5, "", r#"{"type":"statement"}"#]).unwrap();
        }
        let mut s = Store::open(&path).unwrap();
        let count =
            |s: &Store, sql: &str| -> i64 { s.conn.query_row(sql, [], |r| r.get(0)).unwrap() };
        assert_eq!(count(&s, "SELECT COUNT(*) FROM event_sources"), 2);
        assert_eq!(count(&s, "SELECT COUNT(*) FROM event_accounts"), 1);
        assert_eq!(count(&s, "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%_old'"), 0);
        let (first, second) = s
            .with_corpus(|tx| Ok((tx.event_sources("ev-1")?, tx.event_source_data("ev-2")?)))
            .unwrap();
        assert_eq!((first.len(), first[0].seq, first[0].start), (1, 0, 6));
        assert_eq!((first[0].reason.as_str(), first[0].data.as_str()), (why, call));
        assert_eq!(second, [("a".to_string(), r#"{"type":"statement"}"#.to_string())]);
    }

    #[test]
    fn schema_5_tables_get_clustered_and_keep_their_rows() {
        // The three tables as schema 5 wrote them (with rowids), then the rest as today.
        let old = "CREATE TABLE mentions (doc_id TEXT NOT NULL, start INTEGER NOT NULL,
                   end INTEGER NOT NULL, text TEXT NOT NULL, label TEXT NOT NULL,
                   kind TEXT NOT NULL, entity_id TEXT NOT NULL, PRIMARY KEY (doc_id, start, end));
                 CREATE INDEX mentions_entity ON mentions(entity_id);
                 CREATE TABLE quotes (doc_id TEXT NOT NULL, start INTEGER NOT NULL,
                   end INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, speaker TEXT,
                   speaker_start INTEGER, speaker_end INTEGER, relayed_by TEXT,
                   relayed_start INTEGER, relayed_end INTEGER, cue_start INTEGER,
                   cue_end INTEGER, cue_text TEXT, PRIMARY KEY (doc_id, start, end, kind));
                 CREATE INDEX quotes_speaker ON quotes(speaker);
                 CREATE TABLE event_sources (event_id TEXT NOT NULL, doc_id TEXT NOT NULL,
                   seq INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
                   reason TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (doc_id, seq));
                 CREATE INDEX event_sources_event ON event_sources(event_id);";
        let rows = "INSERT INTO documents (id, source, content_hash, raw, text)
                   VALUES ('a', 'a.txt', 'h1', '', 'Vogel called Marsh.');
                 INSERT INTO entities VALUES ('per-vogel', 'Vogel', 'PER', NULL, '{}');
                 INSERT INTO mentions VALUES ('a', 0, 5, 'Vogel', 'PER', 'name', 'per-vogel');
                 INSERT INTO quotes (doc_id, start, end, text, kind, speaker)
                   VALUES ('a', 0, 5, 'Vogel', 'direct', 'Vogel');
                 INSERT INTO events (id, type, cameo) VALUES ('ev-1', 'phone_call', '041');
                 INSERT INTO event_sources VALUES ('ev-1', 'a', 0, 6, 12, '', '{}');
                 PRAGMA user_version = 5; PRAGMA application_id = 1146049363;";
        let (_dir, path) = written_by(&[old, ENTITIES_6, SCHEMA, OTHERS_6, rows].concat());
        let s = Store::open(&path).unwrap();
        let conn = &s.conn;
        let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
        for table in ["mention_rows", "quote_rows"] {
            let sql: String = conn
                .query_row("SELECT sql FROM sqlite_master WHERE name = ?1", [table], |r| r.get(0))
                .unwrap();
            assert!(sql.contains("WITHOUT ROWID") && !sql.contains("REFERENCES"), "{sql}");
            assert_eq!(count(&format!("SELECT COUNT(*) FROM {table}")), 1, "{table} kept its row");
        }
        // The mention reads back through the view, its words from the article.
        let m: (String, String) = conn
            .query_row("SELECT text, entity_id FROM mentions", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap();
        assert_eq!(m, ("Vogel".to_string(), "per-vogel".to_string()));
        assert_eq!(count("SELECT COUNT(*) FROM mention_rows WHERE text IS NULL"), 1);
        // Events are derived: dropped, and the document left for the next build to merge.
        assert_eq!(count("SELECT COUNT(*) FROM event_sources"), 0);
        assert_eq!(count("SELECT COUNT(*) FROM events"), 0);
        assert_eq!(count("SELECT COUNT(*) FROM merged"), 0);
        assert_eq!(
            count(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN
                   ('mention_rows_entity', 'quote_rows_speaker', 'event_sources_event')"
            ),
            3
        );
        assert_eq!(count("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%_old'"), 0);
    }

    #[test]
    fn deleting_a_document_or_an_event_takes_its_rows_with_it() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("t.db")).unwrap();
        s.put_batch(&[new("a", "Vogel called Marsh.", "h1", "a.txt", "a.txt")], &[], 1).unwrap();
        let conn = &s.conn;
        conn.execute_batch(
            "INSERT INTO entities (id, name, label, data) VALUES ('per-vogel', 'Vogel', 'PER', '');
             INSERT INTO mention_rows SELECT d.key, 0, 5, NULL, 0, 0, e.key
               FROM entities e, document_keys d;
             INSERT INTO quote_rows (doc, start, end, text, kind)
               SELECT key, 0, 5, 'x', 1 FROM document_keys;
             INSERT INTO events (key, id, type, cameo) VALUES (7, 'ev-1', 'phone_call', '041');
             INSERT INTO event_sources VALUES (7, 'a', 0, 6, 12);
             INSERT INTO event_accounts VALUES ('a', x'00');
             INSERT INTO event_keys VALUES (1, 0, 1, 7);",
        )
        .unwrap();
        let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
        assert_eq!(count("SELECT COUNT(*) FROM mentions"), 1);
        assert_eq!(count("SELECT COUNT(*) FROM quotes WHERE doc_id = 'a'"), 1);
        conn.execute("DELETE FROM documents WHERE id = 'a'", []).unwrap();
        for table in
            ["mention_rows", "quote_rows", "document_keys", "event_sources", "event_accounts"]
        {
            assert_eq!(count(&format!("SELECT COUNT(*) FROM {table}")), 0, "{table}");
        }
        assert_eq!(count("SELECT COUNT(*) FROM event_keys"), 1);
        conn.execute("DELETE FROM events WHERE id = 'ev-1'", []).unwrap();
        assert_eq!(count("SELECT COUNT(*) FROM event_keys"), 0);
    }

    #[test]
    fn reopen_file_keeps_data() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.db");
        {
            let mut s = Store::open(&path).unwrap();
            s.put_batch(&[new("a", "One.", "h1", "a.txt", "a.txt")], &[], 1).unwrap();
        }
        let s = Store::open(&path).unwrap();
        assert_eq!(s.ids().unwrap(), vec!["a".to_string()]);
    }
}
