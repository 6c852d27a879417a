//! The store: analysed documents in one SQLite file.
//!
//! Each article is a row in `documents` keyed by its id, with the content hash of its input, its
//! metadata columns, its raw and cleaned text, and its layers as JSON in `layers` (one row per
//! layer). SQLite in WAL mode with explicit transactions gives the guarantees a build needs: a
//! batch is committed whole or not at all, so a build killed at any point leaves a database that
//! opens, holds every batch committed before the kill, and a rerun completes the rest.

use std::path::Path;

use dossier_document::{DateSource, Document, Metadata};
use rusqlite::{params, Connection, OptionalExtension};

/// Version of the schema this code writes; a newer file is refused rather than misread.
pub const SCHEMA_VERSION: i64 = 1;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("stored layer is not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error(
        "database schema version {found} is newer than this dossier ({supported}); upgrade dossier"
    )]
    NewerSchema { found: i64, supported: i64 },
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// What storing one document did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    /// The id was not in the store.
    New,
    /// The id was there with other content; the old version was replaced.
    Replaced,
}

/// An open store.
pub struct Store {
    conn: Connection,
}

/// The layers stored per document, by name.
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

impl Store {
    /// Opens (creating if needed) the store at `path`.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = Connection::open(path)?;
        Self::init(conn)
    }

    /// An in-memory store, for tests.
    pub fn in_memory() -> Result<Store> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::NewerSchema { found: version, supported: SCHEMA_VERSION });
        }
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS documents (
                id TEXT PRIMARY KEY,
                source TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                title TEXT, author TEXT, outlet TEXT, url TEXT,
                published TEXT, published_source TEXT NOT NULL DEFAULT 'none',
                language TEXT, machine_translated_from TEXT,
                raw TEXT NOT NULL,
                text TEXT NOT NULL,
                stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
            );
            CREATE INDEX IF NOT EXISTS documents_hash ON documents(content_hash);
            CREATE TABLE IF NOT EXISTS layers (
                doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                data TEXT NOT NULL,
                PRIMARY KEY (doc_id, name)
            );",
        )?;
        conn.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        Ok(Store { conn })
    }

    /// The content hash stored for `id`, if the id is stored.
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

    /// Stores a batch of documents in one transaction: all of them or none.
    pub fn put_batch(&mut self, docs: &[(Document, String, String)]) -> Result<Vec<Stored>> {
        let tx = self.conn.transaction()?;
        let mut out = Vec::with_capacity(docs.len());
        for (doc, source, hash) in docs {
            out.push(put(&tx, doc, source, hash)?);
        }
        tx.commit()?;
        Ok(out)
    }

    /// Reads a stored document back with all its layers.
    pub fn get(&self, id: &str) -> Result<Option<Document>> {
        let row = self
            .conn
            .query_row(
                "SELECT id, title, author, outlet, url, published, published_source, language,
                        machine_translated_from, raw, text FROM documents WHERE id = ?1",
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
                        raw: r.get(9)?,
                        text: r.get(10)?,
                        ..Default::default()
                    })
                },
            )
            .optional()?;
        let Some(mut doc) = row else { return Ok(None) };
        let mut stmt =
            self.conn.prepare_cached("SELECT name, data FROM layers WHERE doc_id = ?1")?;
        let rows =
            stmt.query_map([id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (name, data) = row?;
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
        Ok(Some(doc))
    }

    /// Ids of all stored documents, sorted.
    pub fn ids(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare("SELECT id FROM documents ORDER BY id")?;
        let ids = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(ids)
    }
}

fn layer_json(doc: &Document, name: &str) -> serde_json::Result<String> {
    match name {
        "removed" => serde_json::to_string(&doc.removed),
        "headings" => serde_json::to_string(&doc.headings),
        "paragraphs" => serde_json::to_string(&doc.paragraphs),
        "sentences" => serde_json::to_string(&doc.sentences),
        "entities" => serde_json::to_string(&doc.entities),
        "roles" => serde_json::to_string(&doc.roles),
        "timexes" => serde_json::to_string(&doc.timexes),
        "quotes" => serde_json::to_string(&doc.quotes),
        "events" => serde_json::to_string(&doc.events),
        _ => Ok("[]".into()),
    }
}

fn put(tx: &rusqlite::Transaction, doc: &Document, source: &str, hash: &str) -> Result<Stored> {
    let existed: bool = tx
        .prepare_cached("SELECT 1 FROM documents WHERE id = ?1")?
        .query_row([&doc.id], |_| Ok(()))
        .optional()?
        .is_some();
    if existed {
        tx.execute("DELETE FROM documents WHERE id = ?1", [&doc.id])?;
    }
    let m = &doc.meta;
    let source_name = match m.published_source {
        DateSource::Metadata => "metadata",
        DateSource::Inferred => "inferred",
        DateSource::None => "none",
    };
    tx.prepare_cached(
        "INSERT INTO documents (id, source, content_hash, title, author, outlet, url, published,
                                published_source, language, machine_translated_from, raw, text)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        doc.id,
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
        doc.raw,
        doc.text
    ])?;
    let mut stmt =
        tx.prepare_cached("INSERT INTO layers (doc_id, name, data) VALUES (?1, ?2, ?3)")?;
    for name in LAYERS {
        stmt.execute(params![doc.id, name, layer_json(doc, name)?])?;
    }
    Ok(if existed { Stored::Replaced } else { Stored::New })
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

    #[test]
    fn put_get_replace() {
        let mut s = Store::in_memory().unwrap();
        let r = s.put_batch(&[(doc("a", "One."), "a.txt".into(), "h1".into())]).unwrap();
        assert_eq!(r, vec![Stored::New]);
        assert_eq!(s.hash_of("a").unwrap().as_deref(), Some("h1"));
        let r = s.put_batch(&[(doc("a", "Two."), "a.txt".into(), "h2".into())]).unwrap();
        assert_eq!(r, vec![Stored::Replaced]);
        assert_eq!(s.count().unwrap(), 1);
        let back = s.get("a").unwrap().unwrap();
        assert_eq!(back.text, "Two.");
        assert_eq!(back.sentences, vec![Span::new(0, 4)]);
    }

    #[test]
    fn reopen_file_keeps_data() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.db");
        {
            let mut s = Store::open(&path).unwrap();
            s.put_batch(&[(doc("a", "One."), "a.txt".into(), "h1".into())]).unwrap();
        }
        let s = Store::open(&path).unwrap();
        assert_eq!(s.ids().unwrap(), vec!["a".to_string()]);
    }
}
