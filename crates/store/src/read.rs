//! Read queries for the views people look at (`dossier report`, `dossier serve`): read-only
//! connections, document listings with their metadata, one entity by id, and full-text search.
//!
//! # Search index
//!
//! Full-text search uses SQLite FTS5 (built into the bundled SQLite): the index lives in the
//! same file as the data it indexes, so it is backed up, copied and opened with the store, and a
//! query is one SQL statement that can join the entity tables for facets. Two tables hold it,
//! created on demand by [`Store::sync_search`] (never by `build`, so builds pay nothing for it):
//!
//! - `search_text`, an FTS5 table with one row per article (title and cleaned text) and one row
//!   per quote, plus unindexed columns for what results show and filter on;
//! - `search_indexed`, which document (by content hash) is indexed under which rowids, so a
//!   document replaced or dropped by a later build is found and its rows deleted by rowid.
//!
//! The index is derived data: dropping both tables loses nothing.

use std::collections::BTreeMap;
use std::path::Path;

use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};

use crate::corpus::{quote_kind, CANONICAL, CUE_TEXT, ENTITY_DOCS, QUOTE_KIND, QUOTE_TEXT};
use crate::{
    check_ours, EntityRow, EntitySummary, QuoteQuery, QuoteRow, Result, Store, StoreError,
    APPLICATION_ID, BUSY_TIMEOUT, SCHEMA_VERSION,
};

/// Marks the start of a matched term in a search snippet: a private-use character that article
/// text never keeps (the index replaces it), so a view can escape the snippet and then turn the
/// markers into highlighting.
pub const MATCH_START: char = '\u{E000}';
/// Marks the end of a matched term in a search snippet.
pub const MATCH_END: char = '\u{E001}';

const SEARCH_SCHEMA: &str = "
    CREATE VIRTUAL TABLE IF NOT EXISTS search_text USING fts5(
        kind UNINDEXED, doc_id UNINDEXED, start UNINDEXED, end UNINDEXED,
        outlet UNINDEXED, published UNINDEXED, speaker UNINDEXED,
        tags, title, body,
        tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TABLE IF NOT EXISTS search_indexed (
        doc_id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        first_row INTEGER NOT NULL,
        last_row INTEGER NOT NULL
    );
";

/// Indexes the views need to list documents by date and outlet and to find a speaker's
/// quotes without scanning every table. Derived, created on demand like the search index.
///
/// Each covers its queries (SQLite answers from the index without reading the table rows,
/// which hold whole articles): documents by date, by outlet and date, and by id for their date;
/// the quotes a mention speaks. (An entity's mentions need none: `mention_rows_entity` holds
/// the entity's number with the row's whole key.)
const VIEW_INDEXES: &str = "
    CREATE INDEX IF NOT EXISTS view_documents_published ON documents(published, id);
    CREATE INDEX IF NOT EXISTS view_documents_outlet ON documents(outlet, published, id);
    CREATE INDEX IF NOT EXISTS view_documents_id ON documents(id, published, outlet);
    CREATE INDEX IF NOT EXISTS view_quotes_speaker_span ON quote_rows(doc, speaker_start, speaker_end);
";

/// Matches beyond this many are not ranked: a query matching more is answered in store order
/// (newest stored first) and its facets count the first this many matches. bm25 ranking costs
/// one look-up per match, and FTS5 cannot stop early.
pub const RANKED_MATCHES: usize = 1000;

/// The column of the search text holding the article or quote text (after the unindexed
/// columns, `tags` and `title`).
const COL_BODY: usize = 9;

/// How many documents one indexing transaction takes, so a running build waits at most for one
/// such batch.
const SYNC_BATCH: usize = 500;

/// One stored document's metadata, for listings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentRow {
    pub id: String,
    pub title: Option<String>,
    pub author: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    /// `metadata`, `inferred` or `none`.
    pub published_source: String,
    pub language: Option<String>,
    pub machine_translated_from: Option<String>,
}

/// Which documents a listing wants.
#[derive(Debug, Clone, Default)]
pub struct DocumentQuery {
    /// Only this outlet (exact).
    pub outlet: Option<String>,
    /// Only documents published on or after this date (`2025`, `2025-06`, `2025-06-14`).
    pub from: Option<String>,
    /// Only documents published on or before this date (same precisions; `2025-06` takes all
    /// of June).
    pub to: Option<String>,
    /// Only documents mentioning this entity (by id).
    pub entity: Option<String>,
    /// Documents with these ids (listing order is kept as the query's order).
    pub ids: Option<Vec<String>>,
    pub offset: usize,
    pub limit: Option<usize>,
}

/// A page of a listing and how many there are in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<T> {
    pub total: usize,
    pub items: Vec<T>,
}

/// What a search asks for.
#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    /// The words typed; see [`fts_query`] for how they are read.
    pub text: String,
    /// `article` or `quote`.
    pub kind: Option<String>,
    pub outlet: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    /// Only documents mentioning this entity (by id).
    pub entity: Option<String>,
    pub offset: usize,
    pub limit: usize,
}

/// Which events a timeline page wants: the filters of the merge stage's `EventQuery`
/// (the same semantics) plus the outlet, and a page.
#[derive(Debug, Clone, Default)]
pub struct EventPageQuery {
    pub kind: Option<String>,
    /// Entities that must take part (ids; any of them).
    pub entity_ids: Option<Vec<String>>,
    /// Only events with a source from this outlet.
    pub outlet: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub offset: usize,
    pub limit: usize,
}

/// A page of event ids, with how many match and how many per month (`undated` for those
/// without a date).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventPage {
    pub total: usize,
    pub months: Vec<(String, usize)>,
    /// The page's events: id and date.
    pub ids: Vec<(String, Option<String>)>,
}

/// One search result.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    /// `article` or `quote`.
    pub kind: String,
    pub doc: String,
    pub title: Option<String>,
    /// For a quote, its span in the document's text.
    pub start: Option<usize>,
    pub end: Option<usize>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub speaker: Option<String>,
    /// The best passage, matched terms between [`MATCH_START`] and [`MATCH_END`].
    pub snippet: String,
    /// FTS5 bm25 rank: lower is better.
    pub rank: f64,
}

/// Counts of all matching results by facet value.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facets {
    pub kind: Vec<(String, usize)>,
    pub outlet: Vec<(String, usize)>,
    /// By month (`2025-06`).
    pub month: Vec<(String, usize)>,
    /// Entities most mentioned in the matching documents: (id, name, type, documents).
    pub entity: Vec<(String, String, String, usize)>,
}

/// A search's results page, total and facets.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchResults {
    /// Matches, exactly when `ranked`; else at least this many ([`RANKED_MATCHES`] + 1).
    pub total: usize,
    /// Whether the hits are ranked by relevance (bm25), which they are when the query matches
    /// at most [`RANKED_MATCHES`]; otherwise they come newest stored first.
    pub ranked: bool,
    pub hits: Vec<SearchHit>,
    pub facets: Facets,
}

/// The upper bound for `to`: a date of any precision takes everything it covers
/// (`2025-06` <= `2025-06-30T...`).
fn to_bound(to: &str) -> String {
    format!("{to}\u{10FFFF}")
}

/// Reads what a person typed as an FTS5 query that cannot be malformed: every word becomes a
/// quoted term (all must match), a `"quoted phrase"` stays a phrase, and a word ending in `*`
/// is a prefix. FTS5 operators typed by a user are taken as words. Returns `None` when nothing
/// searchable is left.
pub fn fts_query(text: &str) -> Option<String> {
    let mut terms = Vec::new();
    let mut phrase = false;
    for (i, part) in text.split('"').enumerate() {
        // Parts at odd positions were inside quotation marks.
        phrase = i % 2 == 1;
        let words: Vec<(String, bool)> = part
            .split(|c: char| !c.is_alphanumeric() && c != '*')
            .filter_map(|w| {
                let prefix = w.ends_with('*');
                let w: String = w.chars().filter(|c| c.is_alphanumeric()).collect();
                (!w.is_empty()).then_some((w, prefix))
            })
            .collect();
        if words.is_empty() {
            continue;
        }
        if phrase {
            let inner: Vec<String> = words.iter().map(|(w, _)| w.clone()).collect();
            terms.push(format!("\"{}\"", inner.join(" ")));
        } else {
            for (w, prefix) in words {
                terms.push(if prefix { format!("\"{w}\"*") } else { format!("\"{w}\"") });
            }
        }
    }
    let _ = phrase;
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// Article text as indexed: the snippet markers are taken out so they cannot be forged.
fn clean_for_index(s: &str) -> String {
    s.replace([MATCH_START, MATCH_END], " ")
}

/// A value as one token of the `tags` column: lower-case hex, so any outlet name is one word.
fn tag(prefix: &str, v: &str) -> String {
    let mut t = String::from(prefix);
    for b in v.to_lowercase().bytes() {
        t.push_str(&format!("{b:02x}"));
    }
    t
}

/// The `tags` of one indexed row: its kind, outlet, year and month, so filters are FTS terms
/// intersected with the words rather than checks on every match.
fn tags(kind: &str, outlet: Option<&str>, published: Option<&str>) -> String {
    let mut t = vec![format!("k{kind}")];
    if let Some(o) = outlet {
        t.push(tag("o", o));
    }
    if let Some(p) = published {
        if let Some(y) = p.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit())) {
            t.push(format!("y{y}"));
            if let Some(m) = p.get(5..7).filter(|m| m.bytes().all(|b| b.is_ascii_digit())) {
                t.push(format!("m{y}{m}"));
            }
        }
    }
    t.join(" ")
}

/// FTS terms for a date range with both ends: the years and months it spans (a coarse filter;
/// the exact bounds are checked on the matches). `None` when open-ended or very long.
fn date_terms(from: &str, to: &str) -> Option<String> {
    let ym = |d: &str| -> Option<(u32, u32)> {
        let y = d.get(..4)?.parse().ok()?;
        let m = d.get(5..7).map_or(Some(0), |m| m.parse().ok())?;
        Some((y, m))
    };
    let (fy, fm) = ym(from)?;
    let (ty, tm) = ym(to)?;
    if ty < fy || ty - fy > 30 {
        return None;
    }
    let mut terms = Vec::new();
    for y in fy..=ty {
        let first = if y == fy && fm > 0 { fm } else { 1 };
        let last = if y == ty && tm > 0 { tm } else { 12 };
        if first == 1 && last == 12 {
            terms.push(format!("\"y{y}\""));
        } else {
            for m in first..=last {
                terms.push(format!("\"m{y}{m:02}\""));
            }
        }
    }
    Some(format!("tags : ({})", terms.join(" OR ")))
}

impl Store {
    /// Opens an existing store for reading only: the web app's connections, which never write
    /// and never block a build (WAL readers see the last committed state).
    pub fn open_read_only(path: &Path) -> Result<Store> {
        if !path.is_file() {
            return Err(StoreError::NotAFile(path.to_string_lossy().into_owned()));
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        crate::text::register(&conn)?;
        crate::keep_plans(&conn)?;
        check_ours(&conn)?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let app: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::NewerSchema { found: version, supported: SCHEMA_VERSION });
        }
        if version < SCHEMA_VERSION || app != APPLICATION_ID {
            return Err(StoreError::Foreign {
                tables: format!("schema version {version}; open it once with `dossier build`"),
            });
        }
        Ok(Store { conn, path: path.to_path_buf(), mirror: Default::default() })
    }

    /// Something that changes whenever the stored data changes (documents added, replaced or
    /// dropped, entities resolved again): what views key their caches on.
    pub fn stamp(&self) -> Result<String> {
        Ok(self.conn.query_row(
            "SELECT (SELECT COUNT(*) FROM documents) || ':' ||
                    IFNULL((SELECT MAX(rowid) FROM documents), 0) || ':' ||
                    (SELECT COUNT(*) FROM entities) || ':' ||
                    IFNULL((SELECT group_concat(key || '=' || length(value)) FROM corpus_state), '')",
            [],
            |r| r.get(0),
        )?)
    }

    /// SQLite's `data_version` of this connection: it changes when another connection commits,
    /// which is how a long-lived reader learns that its caches are stale.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self.conn.pragma_query_value(None, "data_version", |r| r.get(0))?)
    }

    /// How many entities are stored.
    pub fn entity_count(&self) -> Result<usize> {
        Ok(self.conn.query_row("SELECT COUNT(*) FROM entities", [], |r| r.get::<_, i64>(0))?
            as usize)
    }

    /// Stored documents' metadata, newest first (undated last), with the total before paging.
    pub fn documents(&self, q: &DocumentQuery) -> Result<Page<DocumentRow>> {
        // Only the conditions asked for, so SQLite can use the date and outlet indexes.
        let mut conds: Vec<String> = Vec::new();
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        let arg = |v: String, args: &mut Vec<rusqlite::types::Value>| {
            args.push(rusqlite::types::Value::Text(v));
            format!("?{}", args.len())
        };
        if let Some(o) = &q.outlet {
            conds.push(format!("d.outlet = {}", arg(o.clone(), &mut args)));
        }
        if let Some(f) = &q.from {
            conds.push(format!("d.published >= {}", arg(f.clone(), &mut args)));
        }
        if let Some(t) = &q.to {
            conds.push(format!("d.published <= {}", arg(to_bound(t), &mut args)));
        }
        if let Some(e) = &q.entity {
            // A rare entity: its documents, then their dates. A common one: documents by date,
            // each checked (the first page comes without gathering thousands of documents).
            let n: i64 = self
                .conn
                .prepare_cached(
                    "SELECT COUNT(DISTINCT m.doc) FROM mention_rows m
                     JOIN entities e ON e.key = m.entity WHERE e.id = ?1",
                )?
                .query_row([e], |r| r.get(0))?;
            let a = arg(e.clone(), &mut args);
            conds.push(if n > 1000 {
                format!(
                    "EXISTS (SELECT 1 FROM mention_rows m
                             WHERE m.doc = (SELECT key FROM document_keys WHERE id = d.id)
                               AND m.entity = (SELECT key FROM entities WHERE id = {a}))"
                )
            } else {
                format!("d.id IN ({})", ENTITY_DOCS.replace("?1", &a))
            });
        }
        if let Some(ids) = &q.ids {
            let json = serde_json::to_string(ids).unwrap_or_default();
            conds.push(format!("d.id IN (SELECT value FROM json_each({}))", arg(json, &mut args)));
        }
        let filter = if conds.is_empty() {
            "FROM documents d".to_string()
        } else {
            format!("FROM documents d WHERE {}", conds.join(" AND "))
        };
        let total: i64 = self
            .conn
            .prepare_cached(&format!("SELECT COUNT(*) {filter}"))?
            .query_row(rusqlite::params_from_iter(args.iter()), |r| r.get(0))?;
        // The page's ids from the indexes first, then only those rows (a document row holds
        // the whole article).
        let sql = format!(
            "SELECT d.id, d.title, d.author, d.outlet, d.url, d.published, d.published_source,
                    d.language, d.machine_translated_from
             FROM documents d JOIN (
                 SELECT d.id AS pid {filter}
                 ORDER BY d.published DESC, d.id DESC
                 LIMIT {} OFFSET {}) p ON p.pid = d.id
             ORDER BY d.published DESC, d.id DESC",
            q.limit.map_or(-1, |l| l as i64),
            q.offset
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let items = stmt
            .query_map(rusqlite::params_from_iter(args.iter()), |r| {
                Ok(DocumentRow {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    author: r.get(2)?,
                    outlet: r.get(3)?,
                    url: r.get(4)?,
                    published: r.get(5)?,
                    published_source: r.get(6)?,
                    language: r.get(7)?,
                    machine_translated_from: r.get(8)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Page { total: total as usize, items })
    }

    /// Outlets of the stored documents with how many documents each, most first.
    pub fn outlets(&self) -> Result<Vec<(String, usize)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT outlet, COUNT(*) AS n FROM documents WHERE outlet IS NOT NULL
             GROUP BY outlet ORDER BY n DESC, outlet",
        )?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as usize)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// One entity by id, with its live counts and documents; `None` when no such entity is
    /// stored.
    pub fn entity(&self, id: &str) -> Result<Option<EntitySummary>> {
        let row = self
            .conn
            .prepare_cached("SELECT id, name, label, kb, data FROM entities WHERE id = ?1")?
            .query_row([id], |r| {
                Ok(EntityRow {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    label: r.get(2)?,
                    kb: r.get(3)?,
                    data: r.get(4)?,
                    aliases: Vec::new(),
                })
            })
            .optional()?;
        let Some(mut row) = row else { return Ok(None) };
        row.aliases = self
            .conn
            .prepare_cached("SELECT alias FROM entity_aliases WHERE entity_id = ?1 ORDER BY alias")?
            .query_map([id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mentions: i64 = self
            .conn
            .prepare_cached(
                "SELECT COUNT(*) FROM mention_rows m JOIN entities e ON e.key = m.entity
                 WHERE e.id = ?1",
            )?
            .query_row([id], |r| r.get(0))?;
        let docs = self
            .conn
            .prepare_cached(ENTITY_DOCS)?
            .query_map([id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Some(EntitySummary { row, mentions: mentions as usize, docs }))
    }

    /// The id of the entity known by this name or alias (case-insensitive), the most mentioned
    /// one when several are.
    pub fn entity_id_by_name(&self, name: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT a.entity_id FROM entity_aliases a
                 WHERE a.alias = ?1
                 ORDER BY (SELECT COUNT(*) FROM mention_rows m
                           WHERE m.entity = (SELECT key FROM entities WHERE id = a.entity_id)) DESC,
                          a.entity_id
                 LIMIT 1",
            )?
            .query_row([name], |r| r.get(0))
            .optional()?)
    }

    /// The entity each resolved mention of a document refers to: (start, end, entity id).
    pub fn mention_entities(&self, doc: &str) -> Result<Vec<(usize, usize, String)>> {
        let rows = self
            .conn
            .prepare_cached(
                "SELECT start, end, entity_id FROM mentions WHERE doc_id = ?1 ORDER BY start",
            )?
            .query_map([doc], |r| {
                Ok((r.get::<_, i64>(0)? as usize, r.get::<_, i64>(1)? as usize, r.get(2)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Whether the search index exists (a read-only connection cannot create it).
    pub fn has_search_index(&self) -> Result<bool> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM sqlite_master WHERE name = 'search_indexed' AND type = 'table'",
                [],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// Creates what the views need beside the data: the indexes for listings by date, outlet
    /// and speaker, and the search tables (an index of an older layout is dropped and rebuilt
    /// by [`Store::sync_search`]).
    pub fn prepare_views(&mut self) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(VIEW_INDEXES)?;
        let old_layout = tx
            .query_row(
                "SELECT 1 FROM sqlite_master WHERE name = 'search_text' AND sql NOT LIKE '%tags%'",
                [],
                |_| Ok(()),
            )
            .optional()?
            .is_some();
        if old_layout {
            tx.execute_batch("DROP TABLE search_text; DROP TABLE IF EXISTS search_indexed;")?;
        }
        tx.execute_batch(SEARCH_SCHEMA)?;
        tx.commit()?;
        Ok(())
    }

    /// Brings the search index up to date with the stored documents: indexes new and replaced
    /// documents, drops rows of documents no longer stored. Creates the index tables the first
    /// time. Writes in batches of a few hundred documents, each its own transaction, so a build
    /// running meanwhile waits at most for one batch. Returns how many documents it indexed.
    pub fn sync_search(&mut self) -> Result<usize> {
        self.prepare_views()?;
        // Rows of documents dropped or replaced since they were indexed.
        let stale: Vec<(String, i64, i64)> = self
            .conn
            .prepare(
                "SELECT s.doc_id, s.first_row, s.last_row FROM search_indexed s
                 LEFT JOIN documents d ON d.id = s.doc_id
                 WHERE d.id IS NULL OR d.content_hash != s.content_hash",
            )?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for chunk in stale.chunks(SYNC_BATCH) {
            let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            for (doc, first, last) in chunk {
                tx.execute("DELETE FROM search_text WHERE rowid BETWEEN ?1 AND ?2", [first, last])?;
                tx.execute("DELETE FROM search_indexed WHERE doc_id = ?1", [doc])?;
            }
            tx.commit()?;
        }
        let todo: Vec<String> = self
            .conn
            .prepare(
                "SELECT d.id FROM documents d LEFT JOIN search_indexed s ON s.doc_id = d.id
                 WHERE s.doc_id IS NULL ORDER BY d.rowid",
            )?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut done = 0;
        for chunk in todo.chunks(SYNC_BATCH) {
            let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let mut next: i64 =
                tx.query_row("SELECT IFNULL(MAX(rowid), 0) + 1 FROM search_text", [], |r| {
                    r.get(0)
                })?;
            for id in chunk {
                // Read inside the transaction: the document may have gone since the list.
                let doc = tx
                    .prepare_cached(
                        "SELECT content_hash, title, text, text_size, outlet, published
                         FROM documents WHERE id = ?1",
                    )?
                    .query_row([id], |r| {
                        Ok((
                            r.get::<_, String>(0)?,
                            r.get::<_, Option<String>>(1)?,
                            crate::text::unsqueeze(r.get_ref(2)?, r.get(3)?)
                                .map_err(crate::to_sql)?,
                            r.get::<_, Option<String>>(4)?,
                            r.get::<_, Option<String>>(5)?,
                        ))
                    })
                    .optional()?;
                let Some((hash, title, text, outlet, published)) = doc else { continue };
                let first = next;
                let mut ins = tx.prepare_cached(
                    "INSERT INTO search_text (rowid, title, body, kind, doc_id, start, end,
                                              outlet, published, speaker, tags)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                )?;
                ins.execute(params![
                    next,
                    title.as_deref().map(clean_for_index),
                    clean_for_index(&text),
                    "article",
                    id,
                    None::<i64>,
                    None::<i64>,
                    outlet,
                    published,
                    None::<String>,
                    tags("article", outlet.as_deref(), published.as_deref())
                ])?;
                next += 1;
                let quotes: Vec<(i64, i64, String, Option<String>)> = tx
                    .prepare_cached(&format!(
                        "SELECT q.start, q.end, {QUOTE_TEXT}, q.speaker
                             FROM quotes q JOIN documents d ON d.id = q.doc_id
                             WHERE q.doc_id = ?1 ORDER BY q.start"
                    ))?
                    .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                    .collect::<rusqlite::Result<_>>()?;
                for (start, end, qtext, speaker) in quotes {
                    ins.execute(params![
                        next,
                        title.as_deref().map(clean_for_index),
                        clean_for_index(&qtext),
                        "quote",
                        id,
                        start,
                        end,
                        outlet,
                        published,
                        speaker,
                        tags("quote", outlet.as_deref(), published.as_deref())
                    ])?;
                    next += 1;
                }
                tx.prepare_cached(
                    "INSERT OR REPLACE INTO search_indexed (doc_id, content_hash, first_row,
                                                            last_row)
                     VALUES (?1, ?2, ?3, ?4)",
                )?
                .execute(params![id, hash, first, next - 1])?;
                done += 1;
            }
            tx.commit()?;
        }
        Ok(done)
    }

    /// Full-text search over articles and quotes with a highlighted snippet per hit and facet
    /// counts. Ranked best first (bm25, titles weighted x3) when the query matches at most
    /// [`RANKED_MATCHES`]; broader queries come newest stored first, their facets over the
    /// first [`RANKED_MATCHES`] matches (the page says so). An empty query (no searchable word)
    /// finds nothing.
    pub fn search(&self, q: &SearchQuery) -> Result<SearchResults> {
        let Some(words) = fts_query(&q.text) else { return Ok(SearchResults::default()) };
        if !self.has_search_index()? {
            return Ok(SearchResults::default());
        }
        // Words match titles and text, never the tags; kind, outlet and months are tag terms.
        let mut fts = format!("{{title body}} : ({words})");
        if let Some(k) = &q.kind {
            let k: String = k.chars().filter(char::is_ascii_alphanumeric).collect();
            fts.push_str(&format!(" AND tags : \"k{k}\""));
        }
        if let Some(o) = &q.outlet {
            fts.push_str(&format!(" AND tags : \"{}\"", tag("o", o)));
        }
        if let (Some(f), Some(t)) = (&q.from, &q.to) {
            if let Some(d) = date_terms(f, t) {
                fts.push_str(&format!(" AND {d}"));
            }
        }
        let to = q.to.as_deref().map(to_bound);
        let filter = "search_text MATCH ?1
               AND (?2 IS NULL OR published >= ?2)
               AND (?3 IS NULL OR published <= ?3)
               AND (?4 IS NULL OR doc_id IN (SELECT k.id FROM document_keys k
                     WHERE k.key IN (SELECT m.doc FROM mention_rows m
                                     JOIN entities e ON e.key = m.entity WHERE e.id = ?4)))";
        let args = params![fts, q.from, to, q.entity];
        // How many match, up to one past the ranking limit.
        let cap = RANKED_MATCHES + 1;
        let total: usize = self
            .conn
            .prepare_cached(&format!(
                "SELECT COUNT(*) FROM (SELECT 1 FROM search_text WHERE {filter} LIMIT {cap})"
            ))?
            .query_row(args, |r| r.get::<_, i64>(0))? as usize;
        let ranked = total <= RANKED_MATCHES;
        // Store order streams from the index; bm25 needs every match, so only when few.
        let (rank, order) = if ranked {
            ("bm25(search_text, 0, 0, 0, 0, 0, 0, 0, 0, 3.0, 1.0)", "r")
        } else {
            ("0.0", "rowid DESC")
        };
        // The page of hits (rowid and rank), then each hit's snippet: snippets are made for the
        // shown hits only.
        let page: Vec<(i64, f64)> = self
            .conn
            .prepare_cached(&format!(
                "SELECT rowid, {rank} AS r FROM search_text WHERE {filter}
                 ORDER BY {order} LIMIT ?5 OFFSET ?6"
            ))?
            .query_map(params![fts, q.from, to, q.entity, q.limit as i64, q.offset as i64], |r| {
                Ok((r.get(0)?, r.get::<_, f64>(1)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut hits = Vec::with_capacity(page.len());
        let mut one = self.conn.prepare_cached(&format!(
            "SELECT kind, doc_id, title, start, end, outlet, published, speaker,
                    snippet(search_text, {COL_BODY}, char(57344), char(57345), ' … ', 24)
             FROM search_text WHERE search_text MATCH ?1 AND rowid = ?2"
        ))?;
        for (rowid, rank) in page {
            let hit = one
                .query_row(params![fts, rowid], |r| {
                    Ok(SearchHit {
                        kind: r.get(0)?,
                        doc: r.get(1)?,
                        title: r.get(2)?,
                        start: r.get::<_, Option<i64>>(3)?.map(|v| v as usize),
                        end: r.get::<_, Option<i64>>(4)?.map(|v| v as usize),
                        outlet: r.get(5)?,
                        published: r.get(6)?,
                        speaker: r.get(7)?,
                        snippet: r.get(8)?,
                        rank: if ranked { rank } else { 0.0 },
                    })
                })
                .optional()?;
            hits.extend(hit);
        }
        // Facets over the (first) matches.
        let mut kind: BTreeMap<String, usize> = BTreeMap::new();
        let mut outlet: BTreeMap<String, usize> = BTreeMap::new();
        let mut month: BTreeMap<String, usize> = BTreeMap::new();
        let mut docs: Vec<String> = Vec::new();
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT kind, outlet, substr(published, 1, 7), doc_id FROM search_text
             WHERE {filter} ORDER BY rowid DESC LIMIT {RANKED_MATCHES}"
        ))?;
        let mut rows = stmt.query(args)?;
        while let Some(r) = rows.next()? {
            *kind.entry(r.get(0)?).or_default() += 1;
            if let Some(o) = r.get::<_, Option<String>>(1)? {
                *outlet.entry(o).or_default() += 1;
            }
            if let Some(m) = r.get::<_, Option<String>>(2)? {
                *month.entry(m).or_default() += 1;
            }
            let d: String = r.get(3)?;
            if docs.last() != Some(&d) {
                docs.push(d);
            }
        }
        docs.sort();
        docs.dedup();
        // Entities of the matching documents, over the first few hundred of them.
        docs.truncate(200);
        let mut entity = Vec::new();
        if !docs.is_empty() {
            let docs_json = serde_json::to_string(&docs).unwrap_or_default();
            let mut stmt = self.conn.prepare_cached(
                "SELECT e.id, e.name, e.label, COUNT(DISTINCT m.doc) AS n
                 FROM mention_rows m JOIN entities e ON e.key = m.entity
                 WHERE m.doc IN (SELECT k.key FROM json_each(?1) j
                                 JOIN document_keys k ON k.id = j.value)
                 GROUP BY e.id ORDER BY n DESC, e.name LIMIT 12",
            )?;
            entity = stmt
                .query_map([docs_json], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get::<_, i64>(3)? as usize))
                })?
                .collect::<rusqlite::Result<_>>()?;
        }
        let by_count = |m: BTreeMap<String, usize>| {
            let mut v: Vec<(String, usize)> = m.into_iter().collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            v
        };
        let mut month: Vec<(String, usize)> = month.into_iter().collect();
        month.reverse();
        Ok(SearchResults {
            total,
            ranked,
            hits,
            facets: Facets { kind: by_count(kind), outlet: by_count(outlet), month, entity },
        })
    }

    /// How many events pass the filters, by month of their date (`undated` last). Events whose
    /// sources are all gone are counted until the next merge removes them.
    pub fn event_months(&self, q: &EventPageQuery) -> Result<Vec<(String, usize)>> {
        let (filter, args) = event_filter(q, false);
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT IFNULL(substr(e.date, 1, 7), 'undated') AS m, COUNT(*) {filter}
             GROUP BY m ORDER BY m"
        ))?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args.iter()), |r| {
                Ok((r.get(0)?, r.get::<_, i64>(1)? as usize))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// A page of the events a timeline shows (id and date), by date then id as the merge stage
    /// orders them, undated ones last; `dated` is how many dated events pass the filters (from
    /// [`Store::event_months`]). Read from the date index without assembling any event.
    pub fn event_page(&self, q: &EventPageQuery, dated: usize) -> Result<EventPage> {
        let (filter, args) = event_filter(q, true);
        let row = |r: &rusqlite::Row| Ok((r.get(0)?, r.get(1)?));
        let mut ids: Vec<(String, Option<String>)> = Vec::new();
        if q.offset < dated {
            ids = self
                .conn
                .prepare_cached(&format!(
                    "SELECT e.id, e.date {filter} AND e.date IS NOT NULL ORDER BY e.date, e.id
                     LIMIT {} OFFSET {}",
                    q.limit, q.offset
                ))?
                .query_map(rusqlite::params_from_iter(args.iter()), row)?
                .collect::<rusqlite::Result<_>>()?;
        }
        if ids.len() < q.limit {
            let skip = q.offset.saturating_sub(dated);
            let more: Vec<(String, Option<String>)> = self
                .conn
                .prepare_cached(&format!(
                    "SELECT e.id, e.date {filter} AND e.date IS NULL ORDER BY e.id
                     LIMIT {} OFFSET {skip}",
                    q.limit - ids.len()
                ))?
                .query_map(rusqlite::params_from_iter(args.iter()), row)?
                .collect::<rusqlite::Result<_>>()?;
            ids.extend(more);
        }
        Ok(EventPage { total: 0, months: Vec::new(), ids })
    }

    /// The quotes of one document, speakers named as [`Store::quotes`] names them.
    pub fn quotes_in(&self, doc: &str) -> Result<Vec<QuoteRow>> {
        let mut stmt = self.conn.prepare_cached(&quote_sql("q.doc_id = ?1"))?;
        let rows = stmt.query_map([doc], quote_row)?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Quotes as [`Store::quotes`] gives them (same rows, order and speaker names), a page at a
    /// time and without reading every quote of the store: in publication order document by
    /// document, or, for one speaker, from the quotes whose speaker is that entity's mention or
    /// bears one of its names (names compared exactly as stored, where [`Store::quotes`]
    /// ignores case).
    pub fn quote_page(&self, q: &QuoteQuery, offset: usize) -> Result<Vec<QuoteRow>> {
        let limit = q.limit.unwrap_or(usize::MAX);
        let mut out = Vec::new();
        let mut skipped = 0;
        let mut keep = |row: QuoteRow, out: &mut Vec<QuoteRow>| {
            if skipped < offset {
                skipped += 1;
            } else {
                out.push(row);
            }
        };
        let kind = quote_kind(q.kind.as_deref());
        let Some(name) = &q.speaker else {
            let mut docs =
                self.conn.prepare_cached("SELECT id FROM documents ORDER BY published, id")?;
            let mut ids = docs.query([])?;
            let mut of_doc = self
                .conn
                .prepare_cached(&quote_sql("q.doc_id = ?1 AND (?2 IS NULL OR q.kind = ?2)"))?;
            while let Some(r) = ids.next()? {
                let id: String = r.get(0)?;
                let rows = of_doc.query_map(params![id, kind], quote_row)?;
                for row in rows {
                    keep(row?, &mut out);
                    if out.len() >= limit {
                        return Ok(out);
                    }
                }
            }
            return Ok(out);
        };
        // The names that count as this speaker, as Store::quotes reads them.
        let mut wanted: std::collections::HashSet<String> =
            std::iter::once(name.to_lowercase()).collect();
        for n in self
            .conn
            .prepare_cached(
                "SELECT e.name FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
                 WHERE a.alias = ?1",
            )?
            .query_map([name], |r| r.get::<_, String>(0))?
        {
            wanted.insert(n?.to_lowercase());
        }
        // Entities so named, and every name they go by.
        let mut ids: Vec<String> = Vec::new();
        let mut names: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
        for w in &wanted {
            names.insert(w.clone());
            let found: Vec<(String, String)> = self
                .conn
                .prepare_cached("SELECT id, label FROM entities WHERE name = ?1 COLLATE NOCASE")?
                .query_map([w], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            for (id, label) in found {
                let aliases: Vec<String> = self
                    .conn
                    .prepare_cached("SELECT alias FROM entity_aliases WHERE entity_id = ?1")?
                    .query_map([&id], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                // ("The ministry said" is read as "Defence Ministry", which `CANONICAL` gives
                // the body of the country the article names: "Defence Ministry (Russia)".)
                let bare: Vec<String> = aliases
                    .iter()
                    .filter(|_| label == "ORG")
                    .filter_map(|a| a.strip_suffix(')')?.rsplit_once(" (").map(|x| x.0.to_string()))
                    .collect();
                names.extend(aliases);
                names.extend(bare);
                // A mention of anything but a person or organisation names no speaker.
                if label == "PER" || label == "ORG" {
                    ids.push(id);
                }
            }
        }
        names.insert(name.clone());
        // Candidates: (published, doc, start, end, kind).
        type Key = (Option<String>, String, i64, i64, String);
        let mut cands: std::collections::BTreeSet<Key> = std::collections::BTreeSet::new();
        let key = |r: &rusqlite::Row| -> rusqlite::Result<Key> {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        };
        // The date from the covering index when `serve` made it (the article rows are big).
        let covering = self
            .conn
            .prepare_cached(
                "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'view_documents_id'",
            )?
            .query_row([], |_| Ok(()))
            .optional()?
            .is_some();
        let docs = if covering { "documents INDEXED BY view_documents_id" } else { "documents" };
        let mut by_mention = self.conn.prepare_cached(
            // Mentions, then their quotes, then the date (from an index, not the article row).
            &format!(
                "SELECT (SELECT published FROM {docs} WHERE id = q.doc_id), q.doc_id, q.start,
                    q.end, {QUOTE_KIND}
             FROM mention_rows m JOIN entities e ON e.key = m.entity
             CROSS JOIN quotes q ON q.doc = m.doc AND q.speaker_start = m.start
                                AND q.speaker_end = m.end
             WHERE e.id = ?1 AND (?2 IS NULL OR q.kind = ?2)"
            ),
        )?;
        // An organisation's mention that ends a longer speaker span ("Serbia's interior
        // ministry"), as `CANONICAL` reads it.
        let mut by_inner = self.conn.prepare_cached(&format!(
            "SELECT (SELECT published FROM {docs} WHERE id = q.doc_id), q.doc_id, q.start,
                    q.end, {QUOTE_KIND}
             FROM mention_rows m JOIN entities e ON e.key = m.entity
             CROSS JOIN quotes q ON q.doc = m.doc AND q.speaker_end = m.end
                                AND q.speaker_start < m.start
             WHERE e.id = ?1 AND e.label = 'ORG' AND (?2 IS NULL OR q.kind = ?2)"
        ))?;
        for id in &ids {
            for k in by_mention.query_map(params![id, kind], key)? {
                cands.insert(k?);
            }
            for k in by_inner.query_map(params![id, kind], key)? {
                cands.insert(k?);
            }
        }
        let mut by_name = self.conn.prepare_cached(&format!(
            "SELECT (SELECT published FROM {docs} WHERE id = q.doc_id), q.doc_id, q.start,
                    q.end, {QUOTE_KIND}
             FROM quotes q
             WHERE q.speaker = ?1 AND (?2 IS NULL OR q.kind = ?2)"
        ))?;
        for n in &names {
            for k in by_name.query_map(params![n, kind], key)? {
                cands.insert(k?);
            }
        }
        // In order, each candidate read as Store::quotes reads it, kept if its speaker is one of
        // the wanted names.
        let mut one = self.conn.prepare_cached(&quote_sql(&format!(
            "q.doc_id = ?1 AND q.start = ?2 AND q.end = ?3 AND {QUOTE_KIND} = ?4"
        )))?;
        for (_, doc, start, end, kind) in cands {
            let row = one.query_row(params![doc, start, end, kind], quote_row).optional()?;
            let Some(row) = row else { continue };
            if row.speaker.as_ref().is_some_and(|s| wanted.contains(&s.to_lowercase())) {
                keep(row, &mut out);
                if out.len() >= limit {
                    break;
                }
            }
        }
        Ok(out)
    }
}

/// The WHERE clause and arguments of an event listing (the merge stage's filter semantics).
///
/// `walk`: the query walks events in date order and stops at a page, so the outlet is checked
/// per event; otherwise (counting all) the outlet's events are gathered once.
fn event_filter(q: &EventPageQuery, walk: bool) -> (String, Vec<rusqlite::types::Value>) {
    let mut conds: Vec<String> = vec!["1".into()];
    let mut args: Vec<rusqlite::types::Value> = Vec::new();
    let arg = |v: String, args: &mut Vec<rusqlite::types::Value>| {
        args.push(rusqlite::types::Value::Text(v));
        format!("?{}", args.len())
    };
    if let Some(k) = &q.kind {
        conds.push(format!("e.type = {}", arg(k.clone(), &mut args)));
    }
    if let Some(f) = &q.from {
        conds.push(crate::events::date_from_sql(&arg(f.clone(), &mut args)));
    }
    if let Some(t) = &q.to {
        conds.push(crate::events::date_to_sql(&arg(t.clone(), &mut args)));
    }
    if let Some(ids) = &q.entity_ids {
        let json = serde_json::to_string(ids).unwrap_or_default();
        let a = arg(json, &mut args);
        conds.push(format!(
            "e.key IN (SELECT k.event FROM entities n JOIN event_keys k ON k.entity = n.key
                       WHERE n.id IN (SELECT value FROM json_each({a})))"
        ));
    }
    if let Some(o) = &q.outlet {
        let a = arg(o.clone(), &mut args);
        conds.push(if walk {
            // CROSS JOIN keeps the event's few sources as the outer loop: left free, SQLite
            // may walk every document of the outlet instead (the sources' event index also
            // holds their document ids, which makes that plan look cheap).
            format!(
                "EXISTS (SELECT 1 FROM event_sources s CROSS JOIN documents d ON d.id = s.doc_id
                         WHERE s.event = e.key AND d.outlet = {a})"
            )
        } else {
            format!(
                "e.key IN (SELECT s.event FROM documents d JOIN event_sources s ON s.doc_id = d.id
                          WHERE d.outlet = {a})"
            )
        });
    }
    (format!("FROM events e WHERE {}", conds.join(" AND ")), args)
}

fn quote_sql(cond: &str) -> String {
    let speaker = CANONICAL.replace("{p}", "speaker").replace("{n}", "speaker");
    let relayed = CANONICAL.replace("{p}", "relayed").replace("{n}", "relayed_by");
    format!(
        "SELECT q.doc_id, q.start, q.end, {QUOTE_TEXT}, {QUOTE_KIND}, {speaker} AS who, {relayed},
                q.cue_start, q.cue_end, {CUE_TEXT}, d.outlet, d.published
         FROM quotes q JOIN documents d ON d.id = q.doc_id
         WHERE {cond}
         ORDER BY q.start, q.end, {QUOTE_KIND}"
    )
}

fn quote_row(r: &rusqlite::Row) -> rusqlite::Result<QuoteRow> {
    let cue = match (r.get::<_, Option<i64>>(7)?, r.get::<_, Option<i64>>(8)?) {
        (Some(s), Some(e)) => {
            Some((s as usize, e as usize, r.get::<_, Option<String>>(9)?.unwrap_or_default()))
        }
        _ => None,
    };
    Ok(QuoteRow {
        doc: r.get(0)?,
        start: r.get::<_, i64>(1)? as usize,
        end: r.get::<_, i64>(2)? as usize,
        text: r.get(3)?,
        kind: r.get(4)?,
        speaker: r.get(5)?,
        relayed_by: r.get(6)?,
        cue,
        outlet: r.get(10)?,
        published: r.get(11)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_becomes_a_safe_fts_query() {
        assert_eq!(fts_query("Putin Trump").as_deref(), Some("\"Putin\" \"Trump\""));
        assert_eq!(
            fts_query("\"phone call\" Ushakov").as_deref(),
            Some("\"phone call\" \"Ushakov\"")
        );
        assert_eq!(fts_query("escal*").as_deref(), Some("\"escal\"*"));
        assert_eq!(fts_query("NOT AND OR ( ) : ^").as_deref(), Some("\"NOT\" \"AND\" \"OR\""));
        assert_eq!(fts_query("\"unclosed phrase").as_deref(), Some("\"unclosed phrase\""));
        assert_eq!(fts_query(" -- <> "), None);
    }

    /// The outlet filter of a timeline page reads each event's few sources, never every
    /// document of the outlet (a plan SQLite picks by itself when left free: 200 ms a page on
    /// 20,000 articles instead of a few).
    #[test]
    fn the_outlet_filter_starts_from_the_event() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("p.db")).unwrap();
        s.prepare_views().unwrap();
        let q = EventPageQuery { outlet: Some("Wire".into()), limit: 50, ..Default::default() };
        let (filter, args) = event_filter(&q, true);
        let sql = format!("EXPLAIN QUERY PLAN SELECT e.id {filter} ORDER BY e.date LIMIT 50");
        let plan: Vec<String> = s
            .conn
            .prepare(&sql)
            .unwrap()
            .query_map(rusqlite::params_from_iter(args.iter()), |r| r.get::<_, String>(3))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert!(!plan.iter().any(|p| p.contains("view_documents_outlet")), "{plan:?}");
    }
}
