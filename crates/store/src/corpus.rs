//! Tables of the corpus stages: entities and the mentions that point to them.
//!
//! The store knows SQL and nothing of how entities are resolved: an entity is a row with the
//! columns views filter on (id, name, type, knowledge-base link) and its full description as
//! JSON (`data`, written and read by the resolution stage), plus one row per alias so a name
//! finds its entity with an index. A mention is a row per span of a document that refers to an
//! entity. Counts shown to users come from the mention rows, so a document replaced or dropped
//! takes its mentions with it (a trigger on `documents`) and no count goes stale.

use rusqlite::{params, OptionalExtension, Transaction};

use crate::chunked::{insert_chunked, Insert};
use crate::{Result, Store};

pub(crate) const SCHEMA: &str = "
    -- `key` is the entity's number inside this file: mention rows name their entity by it (a
    -- few bytes) rather than by the public `id` (per-vladimir-putin: twenty).
    CREATE TABLE IF NOT EXISTS entities (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        label TEXT NOT NULL,
        kb TEXT,
        data TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS entities_name ON entities(name COLLATE NOCASE);
    CREATE TABLE IF NOT EXISTS entity_aliases (
        entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        alias TEXT NOT NULL COLLATE NOCASE,
        PRIMARY KEY (entity_id, alias)
    );
    CREATE INDEX IF NOT EXISTS entity_aliases_alias ON entity_aliases(alias COLLATE NOCASE);
    -- A number for each stored document, which the many-rows-a-document tables name it by:
    -- a few bytes that grow as documents arrive, so their rows are appended to the end of
    -- their b-trees, where the document's name would land them all over. Not the documents'
    -- rowid, which VACUUM may renumber; the documents_gone trigger forgets a number with its
    -- document.
    CREATE TABLE IF NOT EXISTS document_keys (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE
    );
    CREATE TABLE IF NOT EXISTS mention_rows (
        doc INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        -- NULL when the mention is the article's words at start..end (nearly always).
        text TEXT,
        -- The commonest values as small numbers (see LABEL and KIND; 0 and 1 take no bytes
        -- at all), anything else as its word.
        label NOT NULL,
        kind NOT NULL,
        entity INTEGER NOT NULL,
        PRIMARY KEY (doc, start, end)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS mention_rows_entity ON mention_rows(entity);
    -- The mentions as people and views read them: document names, words and public entity ids
    -- filled in.
    CREATE VIEW IF NOT EXISTS mentions AS
        SELECT k.id AS doc_id, m.start AS start, m.end AS end,
               COALESCE(m.text, (SELECT CAST(substr(CAST(sqlar_uncompress(d.text, d.text_size)
                                                         AS BLOB), m.start + 1,
                                                    m.end - m.start) AS TEXT)
                                 FROM documents d WHERE d.id = k.id)) AS text,
               CASE m.label WHEN 0 THEN 'PER' WHEN 1 THEN 'ORG' WHEN 2 THEN 'LOC'
                            WHEN 3 THEN 'MISC' ELSE m.label END AS label,
               CASE m.kind WHEN 0 THEN 'name' WHEN 1 THEN 'description' ELSE m.kind END AS kind,
               e.id AS entity_id
        FROM mention_rows m JOIN entities e ON e.key = m.entity
             JOIN document_keys k ON k.key = m.doc;
    CREATE TABLE IF NOT EXISTS quote_rows (
        doc INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        -- NULL when the quote is the article's words at start..end (see QUOTE_TEXT).
        text TEXT,
        -- A number for the kinds dossier finds (QUOTE_KINDS; QUOTE_KIND says them back).
        kind NOT NULL,
        speaker TEXT,
        speaker_start INTEGER,
        speaker_end INTEGER,
        relayed_by TEXT,
        relayed_start INTEGER,
        relayed_end INTEGER,
        cue_start INTEGER,
        cue_end INTEGER,
        cue_text TEXT,
        PRIMARY KEY (doc, start, end, kind)
    ) WITHOUT ROWID;
    -- Only quotes with a speaker: nearly half have none.
    CREATE INDEX IF NOT EXISTS quote_rows_speaker ON quote_rows(speaker) WHERE speaker IS NOT NULL;
    -- The quotes with their document's name, as schema 8 kept them (`doc` is the number).
    CREATE VIEW IF NOT EXISTS quotes AS
        SELECT k.id AS doc_id, q.doc AS doc, q.start AS start, q.end AS end, q.text AS text,
               q.kind AS kind, q.speaker AS speaker, q.speaker_start AS speaker_start,
               q.speaker_end AS speaker_end, q.relayed_by AS relayed_by,
               q.relayed_start AS relayed_start, q.relayed_end AS relayed_end,
               q.cue_start AS cue_start, q.cue_end AS cue_end, q.cue_text AS cue_text
        FROM quote_rows q JOIN document_keys k ON k.key = q.doc;
    CREATE TABLE IF NOT EXISTS resolved (
        doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE
    );
    CREATE TABLE IF NOT EXISTS corpus_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
";

/// The names of the documents that mention entity `?1`, sorted: the documents are told apart
/// by number first, so each is looked up once rather than once for each mention.
pub(crate) const ENTITY_DOCS: &str = "SELECT k.id FROM document_keys k
     WHERE k.key IN (SELECT m.doc FROM mention_rows m JOIN entities e ON e.key = m.entity
                     WHERE e.id = ?1)
     ORDER BY k.id";

/// Mention labels as `mention_rows` numbers them (the `mentions` view's CASE says them back).
pub(crate) const LABEL: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];
/// Quote kinds as `quotes` numbers them.
pub(crate) const QUOTE_KINDS: [&str; 3] = ["indirect", "direct", "partial"];
/// Quote `q`'s kind in words, in SQL.
pub(crate) const QUOTE_KIND: &str =
    "CASE q.kind WHEN 0 THEN 'indirect' WHEN 1 THEN 'direct' WHEN 2 THEN 'partial' ELSE q.kind END";
/// A kind asked for, as `quotes.kind` holds it.
pub(crate) fn quote_kind(kind: Option<&str>) -> Option<rusqlite::types::Value> {
    kind.map(|k| coded(&QUOTE_KINDS, k))
}

/// Mention kinds as `mention_rows` numbers them.
pub(crate) const KIND: [&str; 2] = ["name", "description"];

/// `word` as its number in `words`, or as itself when it is not there.
pub(crate) fn coded(words: &[&str], word: &str) -> rusqlite::types::Value {
    match words.iter().position(|w| *w == word) {
        Some(i) => rusqlite::types::Value::Integer(i as i64),
        None => rusqlite::types::Value::Text(word.to_string()),
    }
}

/// One canonical entity as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityRow {
    pub id: String,
    pub name: String,
    /// `PER`, `ORG`, `LOC` or `MISC`.
    pub label: String,
    /// The knowledge-base entry it is linked to, if any.
    pub kb: Option<String>,
    /// The resolution stage's full description (JSON).
    pub data: String,
    /// Every name it goes by (for look-ups by name).
    pub aliases: Vec<String>,
}

/// One span of a stored document that refers to an entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionRow {
    /// The document's name (`documents.id`).
    pub doc: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub label: String,
    /// `name` (a named-entity mention) or `description` ("the Russian leader").
    pub kind: String,
    pub entity_id: String,
}

/// A mention row to write, borrowing its words from the document and the resolver: a batch
/// writes tens of thousands of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NewMention<'a> {
    /// The document's name (`documents.id`).
    pub doc: &'a str,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub label: &'a str,
    /// `name` (a named-entity mention) or `description` ("the Russian leader").
    pub kind: &'a str,
    pub entity_id: &'a str,
}

/// An entity with what the mention rows say about it now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntitySummary {
    pub row: EntityRow,
    /// Mentions in stored documents.
    pub mentions: usize,
    /// Names of the documents it is mentioned in, sorted.
    pub docs: Vec<String>,
}

/// The corpus tables inside a batch's write transaction: what a corpus stage reads and writes
/// while no other build can change them.
pub struct CorpusTx<'a> {
    pub(crate) tx: &'a Transaction<'a>,
    /// Numbers already looked up in this transaction (see [`Numbers`]).
    pub(crate) numbers: std::cell::RefCell<Numbers>,
    /// Accounts written for one document and not yet packed into its `event_accounts` row
    /// (see [`CorpusTx::flush_accounts`]).
    pub(crate) accounts: std::cell::RefCell<crate::events::Pending>,
    /// Documents' accounts read back in this transaction (see [`crate::accounts::Cache`]).
    pub(crate) unpacked: std::cell::RefCell<crate::accounts::Cache>,
    /// The connection's copy of the event keys (see [`crate::key_mirror`]).
    pub(crate) mirror: std::cell::RefCell<&'a mut crate::key_mirror::KeyMirror>,
}

/// The numbers inside the file of entities and events by their public ids, as far as this
/// transaction has looked them up: merging an account names the same people and events again
/// and again. An entity keeps its number while it exists (only [`CorpusTx::clear`] removes
/// entities); an event's number is forgotten whenever events are removed.
#[derive(Default)]
pub(crate) struct Numbers {
    pub(crate) entities: dossier_document::hash::FastMap<String, i64>,
    pub(crate) events: dossier_document::hash::FastMap<String, i64>,
}

impl<'a> CorpusTx<'a> {
    /// The corpus tables inside `tx`, whose connection's key copy is `mirror` (begun for `tx`).
    pub(crate) fn new(
        tx: &'a Transaction<'a>,
        mirror: &'a mut crate::key_mirror::KeyMirror,
    ) -> CorpusTx<'a> {
        CorpusTx {
            tx,
            numbers: Default::default(),
            accounts: Default::default(),
            unpacked: Default::default(),
            mirror: std::cell::RefCell::new(mirror),
        }
    }

    /// The number of entity `id`, if there is such an entity.
    pub(crate) fn entity_number(&self, id: &str) -> Result<Option<i64>> {
        if let Some(&k) = self.numbers.borrow().entities.get(id) {
            return Ok(Some(k));
        }
        let key: Option<i64> = self
            .tx
            .prepare_cached("SELECT key FROM entities WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?;
        if let Some(k) = key {
            self.numbers.borrow_mut().entities.insert(id.to_string(), k);
        }
        Ok(key)
    }
}

impl CorpusTx<'_> {
    /// A value the corpus stages keep between runs (`entities_version`, `curation`, ...).
    pub fn state(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .tx
            .prepare_cached("SELECT value FROM corpus_state WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?)
    }

    pub fn set_state(&self, key: &str, value: &str) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO corpus_state (key, value) VALUES (?1, ?2)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            )?
            .execute([key, value])?;
        Ok(())
    }

    /// Every stored entity.
    pub fn entities(&self) -> Result<Vec<EntityRow>> {
        load_entities(self.tx)
    }

    /// Writes entities (new or changed), replacing their alias rows.
    pub fn put_entities(&self, rows: &[EntityRow]) -> Result<()> {
        self.put_entity_rows(rows)?;
        let mut clear =
            self.tx.prepare_cached("DELETE FROM entity_aliases WHERE entity_id = ?1")?;
        let mut alias = self.tx.prepare_cached(
            "INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?1, ?2)",
        )?;
        for r in rows {
            clear.execute([&r.id])?;
            alias.execute([&r.id, &r.name])?;
            for a in &r.aliases {
                alias.execute([&r.id, a])?;
            }
        }
        Ok(())
    }

    /// Writes entity rows whose names (name and aliases) are stored already as they are: the
    /// rows only, not the aliases (`aliases` is not read).
    pub fn put_entity_rows(&self, rows: &[EntityRow]) -> Result<()> {
        let mut up = self.tx.prepare_cached(
            "INSERT INTO entities (id, name, label, kb, data) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(id) DO UPDATE SET name = excluded.name, label = excluded.label,
                                           kb = excluded.kb, data = excluded.data",
        )?;
        for r in rows {
            up.execute(params![r.id, r.name, r.label, r.kb, r.data])?;
        }
        Ok(())
    }

    /// Replaces the mentions of the documents `docs` (name and cleaned text) with `rows`, and
    /// marks those documents resolved. A row's words are stored only when they are not the
    /// text's at its offsets.
    pub fn put_mentions(&self, docs: &[(&str, &str)], rows: &[NewMention]) -> Result<()> {
        let mut clear = self.tx.prepare_cached("DELETE FROM mention_rows WHERE doc = ?1")?;
        let mut mark =
            self.tx.prepare_cached("INSERT OR IGNORE INTO resolved (doc_id) VALUES (?1)")?;
        // Each document's number and text, by name.
        let mut known = std::collections::HashMap::with_capacity(docs.len());
        for &(d, text) in docs {
            let key = self.document_key(d)?;
            clear.execute([key])?;
            mark.execute([d])?;
            known.insert(d, (key, Some(text)));
        }
        // The document of the last row: rows come grouped by document.
        let mut doc: Option<(&str, i64, Option<&str>)> = None;
        static INSERT: Insert = Insert::new(
            "INSERT OR IGNORE INTO mention_rows (doc, start, end, text, label, kind, entity)",
            7,
        );
        insert_chunked(self.tx, &INSERT, rows, |ins, at, m| {
            let Some(key) = self.entity_number(m.entity_id)? else {
                return Err(crate::StoreError::UnknownEntity(m.entity_id.to_string()));
            };
            if doc.as_ref().is_none_or(|(name, ..)| *name != m.doc) {
                let (number, text) = match known.get(m.doc) {
                    Some(&k) => k,
                    None => (self.document_key(m.doc)?, None),
                };
                doc = Some((m.doc, number, text));
            }
            let Some((_, number, text)) = doc else { unreachable!("set just above") };
            let words = text.and_then(|t| t.get(m.start..m.end));
            ins.raw_bind_parameter(at + 1, number)?;
            ins.raw_bind_parameter(at + 2, m.start as i64)?;
            ins.raw_bind_parameter(at + 3, m.end as i64)?;
            ins.raw_bind_parameter(at + 4, (words != Some(m.text)).then_some(m.text))?;
            ins.raw_bind_parameter(at + 5, coded(&LABEL, m.label))?;
            ins.raw_bind_parameter(at + 6, coded(&KIND, m.kind))?;
            ins.raw_bind_parameter(at + 7, key)?;
            Ok(())
        })
    }

    /// The number `document_keys` gives the stored document `name`.
    fn document_key(&self, name: &str) -> Result<i64> {
        self.tx
            .prepare_cached("SELECT key FROM document_keys WHERE id = ?1")?
            .query_row([name], |r| r.get(0))
            .optional()?
            .ok_or_else(|| crate::StoreError::UnknownDocument(name.to_string()))
    }

    /// Forgets every entity and mention (before resolving the corpus anew), and the events,
    /// whose participants are entities.
    pub fn clear(&self) -> Result<()> {
        self.tx.execute_batch(
            "DELETE FROM mention_rows; DELETE FROM resolved; DELETE FROM entity_aliases;
             DELETE FROM entities;",
        )?;
        *self.numbers.borrow_mut() = Numbers::default();
        self.clear_events()?;
        Ok(())
    }

    /// Names of stored documents that have no mention rows yet (stored before resolution ran,
    /// or by an older dossier), sorted.
    pub fn unresolved_documents(&self) -> Result<Vec<String>> {
        let mut stmt = self.tx.prepare(
            "SELECT id FROM documents d WHERE NOT EXISTS
               (SELECT 1 FROM resolved r WHERE r.doc_id = d.id) ORDER BY id",
        )?;
        let ids = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(ids)
    }

    /// Names of every stored document, sorted.
    pub fn all_documents(&self) -> Result<Vec<String>> {
        let mut stmt = self.tx.prepare("SELECT id FROM documents ORDER BY id")?;
        let ids = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(ids)
    }

    /// Reads a stored document inside the transaction.
    pub fn document(&self, id: &str) -> Result<Option<dossier_document::Document>> {
        crate::get_document(self.tx, id)
    }
}

fn load_entities(conn: &rusqlite::Connection) -> Result<Vec<EntityRow>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, name, label, kb, data FROM entities ORDER BY id")?;
    let rows = stmt
        .query_map([], |r| {
            Ok(EntityRow {
                id: r.get(0)?,
                name: r.get(1)?,
                label: r.get(2)?,
                kb: r.get(3)?,
                data: r.get(4)?,
                aliases: Vec::new(),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut alias = conn
        .prepare_cached("SELECT alias FROM entity_aliases WHERE entity_id = ?1 ORDER BY alias")?;
    let mut out = Vec::with_capacity(rows.len());
    for mut row in rows {
        row.aliases = alias.query_map([&row.id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        out.push(row);
    }
    Ok(out)
}

/// What `dossier entities` asks for.
#[derive(Debug, Clone, Default)]
pub struct EntityQuery {
    /// Only this type.
    pub label: Option<String>,
    /// Only entities with a name or alias equal to this (case-insensitive), or, failing that,
    /// containing it.
    pub name: Option<String>,
    /// At most this many, most mentioned first.
    pub limit: Option<usize>,
}

impl Store {
    /// Entities with at least one mention in a stored document, most mentioned first.
    pub fn entities(&self, q: &EntityQuery) -> Result<Vec<EntitySummary>> {
        let conn = &self.conn;
        let ids: Vec<String> = match &q.name {
            Some(name) => {
                let exact = ids_by_alias(conn, "alias = ?1", name)?;
                if exact.is_empty() {
                    ids_by_alias(
                        conn,
                        "alias LIKE '%' || ?1 || '%' ESCAPE '\\'",
                        &like_escape(name),
                    )?
                } else {
                    exact
                }
            }
            None => Vec::new(),
        };
        let mut stmt = conn.prepare_cached(
            "SELECT e.id, e.name, e.label, e.kb, e.data, COUNT(*) AS n
             FROM entities e JOIN mention_rows m ON m.entity = e.key
             WHERE (?1 IS NULL OR e.label = ?1)
             GROUP BY e.id ORDER BY n DESC, e.name, e.id",
        )?;
        let wanted: Option<std::collections::HashSet<&str>> =
            q.name.as_ref().map(|_| ids.iter().map(String::as_str).collect());
        let mut rows = stmt.query(params![q.label])?;
        let mut out = Vec::new();
        let mut docs = conn.prepare_cached(ENTITY_DOCS)?;
        let mut alias = conn.prepare_cached(
            "SELECT alias FROM entity_aliases WHERE entity_id = ?1 ORDER BY alias",
        )?;
        while let Some(r) = rows.next()? {
            let id: String = r.get(0)?;
            if wanted.as_ref().is_some_and(|w| !w.contains(id.as_str())) {
                continue;
            }
            if q.limit.is_some_and(|l| out.len() >= l) {
                break;
            }
            let row = EntityRow {
                name: r.get(1)?,
                label: r.get(2)?,
                kb: r.get(3)?,
                data: r.get(4)?,
                aliases: alias.query_map([&id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?,
                id,
            };
            let mentions = r.get::<_, i64>(5)? as usize;
            let docs = docs.query_map([&row.id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            out.push(EntitySummary { row, mentions, docs });
        }
        Ok(out)
    }

    /// The mentions of one entity, by document and offset.
    pub fn mentions_of(&self, entity_id: &str) -> Result<Vec<MentionRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT doc_id, start, end, text, label, kind, entity_id FROM mentions
             WHERE entity_id = ?1 ORDER BY doc_id, start",
        )?;
        let rows = stmt
            .query_map([entity_id], |r| {
                Ok(MentionRow {
                    doc: r.get(0)?,
                    start: r.get::<_, i64>(1)? as usize,
                    end: r.get::<_, i64>(2)? as usize,
                    text: r.get(3)?,
                    label: r.get(4)?,
                    kind: r.get(5)?,
                    entity_id: r.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}

fn like_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

fn ids_by_alias(conn: &rusqlite::Connection, cond: &str, name: &str) -> Result<Vec<String>> {
    let sql = format!("SELECT DISTINCT entity_id FROM entity_aliases WHERE {cond}");
    let mut stmt = conn.prepare(&sql)?;
    let ids = stmt.query_map([name], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(ids)
}

/// One stored quotation, with its speaker named as the corpus knows them now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteRow {
    /// The document's name.
    pub doc: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// `direct`, `partial` or `indirect`.
    pub kind: String,
    /// The canonical entity name of the speaker (through the speaker mention's entity, else the
    /// article's own name for them), or `None` when unknown.
    pub speaker: Option<String>,
    pub relayed_by: Option<String>,
    /// The cue's span and text ("said", "told reporters").
    pub cue: Option<(usize, usize, String)>,
    /// The document's outlet and publication date, for listings.
    pub outlet: Option<String>,
    pub published: Option<String>,
}

/// What `dossier quotes` asks for.
#[derive(Debug, Clone, Default)]
pub struct QuoteQuery {
    /// Only quotes whose speaker is this entity (any of its names, case-insensitive).
    pub speaker: Option<String>,
    /// Only this kind.
    pub kind: Option<String>,
    pub limit: Option<usize>,
}

/// The words of quote `q` of document `d` in SQL: the `text` column where it holds them, else
/// the document's words at the quote's byte offsets (SQLite's `substr` counts bytes in a blob).
pub(crate) const QUOTE_TEXT: &str =
    "COALESCE(q.text, CAST(substr(CAST(sqlar_uncompress(d.text, d.text_size) AS BLOB), q.start + 1, \
     q.end - q.start) AS TEXT))";

/// The cue's words ("told reporters") in SQL, like [`QUOTE_TEXT`]: `cue_text` holds them only
/// when they are not the article's words at the cue's offsets.
pub(crate) const CUE_TEXT: &str = "COALESCE(q.cue_text, \
     CAST(substr(CAST(sqlar_uncompress(d.text, d.text_size) AS BLOB), \
     q.cue_start + 1, q.cue_end - q.cue_start) AS TEXT))";

/// Writes the quotes of the stored document numbered `doc` whose cleaned text is `text`. A quote's words are
/// stored only when they are not the text's words at its offsets (they always are today): the
/// article's text is kept once.
pub(crate) fn put_quotes(
    tx: &Transaction,
    doc: i64,
    text: &str,
    quotes: &[dossier_document::Quote],
) -> Result<()> {
    static INSERT: Insert = Insert::new(
        "INSERT OR IGNORE INTO quote_rows (doc, start, end, text, kind, speaker, speaker_start,
             speaker_end, relayed_by, relayed_start, relayed_end, cue_start, cue_end, cue_text)",
        14,
    );
    insert_chunked(tx, &INSERT, quotes, |ins, at, q| {
        let n = |x: Option<usize>| x.map(|v| v as i64);
        ins.raw_bind_parameter(at + 1, doc)?;
        ins.raw_bind_parameter(at + 2, q.start as i64)?;
        ins.raw_bind_parameter(at + 3, q.end as i64)?;
        let own = text.get(q.start..q.end) != Some(q.text.as_str());
        ins.raw_bind_parameter(at + 4, own.then_some(q.text.as_str()))?;
        ins.raw_bind_parameter(at + 5, coded(&QUOTE_KINDS, &q.kind))?;
        ins.raw_bind_parameter(at + 6, &q.speaker)?;
        ins.raw_bind_parameter(at + 7, n(q.speaker_span.map(|s| s.start)))?;
        ins.raw_bind_parameter(at + 8, n(q.speaker_span.map(|s| s.end)))?;
        ins.raw_bind_parameter(at + 9, &q.relayed_by)?;
        ins.raw_bind_parameter(at + 10, n(q.relayed_by_span.map(|s| s.start)))?;
        ins.raw_bind_parameter(at + 11, n(q.relayed_by_span.map(|s| s.end)))?;
        ins.raw_bind_parameter(at + 12, n(q.cue.as_ref().map(|c| c.start)))?;
        ins.raw_bind_parameter(at + 13, n(q.cue.as_ref().map(|c| c.end)))?;
        let cue = q.cue.as_ref().filter(|c| text.get(c.start..c.end) != Some(c.text.as_str()));
        ins.raw_bind_parameter(at + 14, cue.map(|c| c.text.as_str()))?;
        Ok(())
    })
}

/// The corpus name for a name an article used: through the mention at `span` if it was
/// resolved, or the organisation whose mention ends the span ("Serbia's interior ministry":
/// the ministry of that country), else through the entity that has the name as an alias, else
/// through a country's body the same article names ("the ministry said" after "the Russian
/// Defence Ministry": "Defence Ministry (Russia)" is one of its aliases), else the name itself.
/// People and organisations speak, and states through their names or capitals ("Moscow said":
/// the quotes stage names the country): a name whose entity is a place speaks only as a place
/// the corpus knows by the speaker's name; anything else gives no speaker.
pub(crate) const CANONICAL: &str = "CASE WHEN EXISTS
    (SELECT 1 FROM mention_rows m JOIN entities e ON e.key = m.entity
      WHERE m.doc = q.doc AND m.start = q.{p}_start AND m.end = q.{p}_end
        AND e.label NOT IN ('PER', 'ORG', 'LOC'))
  THEN NULL WHEN EXISTS
    (SELECT 1 FROM mention_rows m JOIN entities e ON e.key = m.entity
      WHERE m.doc = q.doc AND m.start = q.{p}_start AND m.end = q.{p}_end
        AND e.label = 'LOC')
  THEN (SELECT e.name FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
      WHERE a.alias = q.{n} AND e.label = 'LOC' ORDER BY e.id LIMIT 1)
  ELSE COALESCE(
    (SELECT e.name FROM mention_rows m JOIN entities e ON e.key = m.entity
      WHERE m.doc = q.doc AND m.start = q.{p}_start AND m.end = q.{p}_end),
    (SELECT e.name FROM mention_rows m JOIN entities e ON e.key = m.entity
      WHERE q.{n} IS NOT NULL AND m.doc = q.doc AND m.start > q.{p}_start
        AND m.start < q.{p}_end AND m.end = q.{p}_end AND e.label = 'ORG'),
    (SELECT e.name FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
      WHERE a.alias = q.{n} AND e.label IN ('PER', 'ORG') ORDER BY e.id LIMIT 1),
    (SELECT e.name FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
      WHERE q.{n} IS NOT NULL AND a.alias > q.{n} || ' (' AND a.alias < q.{n} || ' )'
        AND e.label = 'ORG'
        AND EXISTS (SELECT 1 FROM mention_rows m WHERE m.entity = e.key AND m.doc = q.doc)
      ORDER BY e.id LIMIT 1),
    q.{n}) END";

impl Store {
    /// Stored quotations, by document name and position.
    ///
    /// With a speaker, only that entity's quotes are read (through its mentions and names, as
    /// [`Store::quote_page`] finds them), not every quote of the store: on 20,000 articles the
    /// listing of one speaker took 5 s when it read them all.
    pub fn quotes(&self, q: &QuoteQuery) -> Result<Vec<QuoteRow>> {
        if q.speaker.is_some() {
            return self.quote_page(q, 0);
        }
        let speaker = CANONICAL.replace("{p}", "speaker").replace("{n}", "speaker");
        let relayed = CANONICAL.replace("{p}", "relayed").replace("{n}", "relayed_by");
        let sql = format!(
            "SELECT q.doc_id, q.start, q.end, {QUOTE_TEXT}, {QUOTE_KIND}, {speaker} AS who, {relayed},
                    q.cue_start, q.cue_end, {CUE_TEXT}, d.outlet, d.published
             FROM quotes q JOIN documents d ON d.id = q.doc_id
             WHERE (?1 IS NULL OR q.kind = ?1)
             ORDER BY d.published, q.doc_id, q.start"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(params![quote_kind(q.kind.as_deref())])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let who: Option<String> = r.get(5)?;
            if q.limit.is_some_and(|l| out.len() >= l) {
                break;
            }
            let cue = match (r.get::<_, Option<i64>>(7)?, r.get::<_, Option<i64>>(8)?) {
                (Some(s), Some(e)) => Some((
                    s as usize,
                    e as usize,
                    r.get::<_, Option<String>>(9)?.unwrap_or_default(),
                )),
                _ => None,
            };
            out.push(QuoteRow {
                doc: r.get(0)?,
                start: r.get::<_, i64>(1)? as usize,
                end: r.get::<_, i64>(2)? as usize,
                text: r.get(3)?,
                kind: r.get(4)?,
                speaker: who,
                relayed_by: r.get(6)?,
                cue,
                outlet: r.get(10)?,
                published: r.get(11)?,
            });
        }
        Ok(out)
    }
}
