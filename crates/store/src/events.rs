//! Tables of event merging: events, the sources (one per article's account) that make them up,
//! and the blocking keys that find an event's candidates without comparing all pairs.
//!
//! As with entities, the store knows SQL and nothing of how events are merged: an event is a row
//! with the columns views filter on (id, type, CAMEO code, date, a one-line summary); a source
//! is a row per article's account with its offsets; its full description as JSON (written and
//! read by the merge stage) and why it was joined are packed with the document's other accounts
//! in one `event_accounts` row (see the accounts module). Keys are rows of
//! (entity, type, day): the candidates of a new account are the events sharing its type, one of
//! its participants (or pairs of them) and a day of its date window, at most 48 a key, so the
//! cost of merging one article does not grow with the corpus. A document replaced or dropped
//! takes its sources with it
//! (a trigger on `documents`); an event left without sources is removed by the next merge.
//!
//! Inside the file an event is known by a number (`events.key`), which sources and keys use
//! rather than its public id (ev-341fc4068bee: sixteen bytes, in three tables and their
//! indexes); the merge stage and the views still speak of ids. A key's entity is likewise the
//! entity's number ([`key_number`]).

use rusqlite::{params, OptionalExtension};

use crate::corpus::{CorpusTx, QUOTE_TEXT};
use crate::{Result, Store, StoreError};

/// The candidates of one blocking key, 48 at most: a person in the news every day (a
/// president's statements) must not make each new account compare itself with all of them.
///
/// The id comes from a subquery, not a join: with the join SQLite marked the statement as
/// depending on its bound values and prepared it again at every run (four fifths of the cost of
/// merging, with the schema 8 tables).
const CANDIDATES_SQL: &str = "SELECT (SELECT e.id FROM events e WHERE e.key = k.event)
     FROM event_keys k
     WHERE k.entity = ?2 AND k.type = ?1 AND k.day BETWEEN ?3 AND ?4 LIMIT 48";
/// [`CANDIDATES_SQL`] giving event numbers: read from the key index alone.
const CANDIDATE_KEYS_SQL: &str = "SELECT k.event FROM event_keys k
     WHERE k.entity = ?2 AND k.type = ?1 AND k.day BETWEEN ?3 AND ?4 LIMIT 48";
/// The limit of [`CANDIDATE_KEYS_SQL`], for the same search in memory.
const CANDIDATE_LIMIT: usize = 48;

/// The SQL condition that event `e`'s date is on or after parameter `p` (a year, month or day),
/// compared at the precision asked for, as the merge stage compares dates. An interval of days
/// ("2025-04-28/2025-05-04") is on or after a date when its last day is.
pub(crate) fn date_from_sql(p: &str) -> String {
    format!(
        "e.date IS NOT NULL AND substr(substr(e.date, instr(e.date, '/') + 1), 1, length({p})) \
         >= {p}"
    )
}

/// The SQL condition that event `e`'s date is on or before parameter `p` (an interval when its
/// first day is).
pub(crate) fn date_to_sql(p: &str) -> String {
    format!("e.date IS NOT NULL AND substr(e.date, 1, length({p})) <= {p}")
}

/// Event types as `event_keys` numbers them (0 and 1 take no bytes); others are kept as words.
const EVENT_TYPES: [&str; 12] = [
    "phone_call",
    "statement",
    "meeting",
    "negotiation",
    "military_strike",
    "prisoner_release",
    "prisoner_exchange",
    "offer_mediation",
    "sanctions",
    "aid_suspension",
    "invitation",
    "agreement",
];

/// The number a blocking key's entity is filed under: the entity's own number (`entities.key`)
/// when `name` is an entity id, else (a pair of people, "per-a|per-b", or a name no entity
/// has) a negative number made from its bytes (FNV-1a, 47 bits: six bytes a row). Two keys
/// sharing a number only make an event a candidate that the merge stage then turns down.
fn key_number(entity_key: Option<i64>, name: &str) -> i64 {
    if let Some(k) = entity_key {
        return k;
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in name.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    -((h >> 17) as i64) - 1
}

/// The SQL functions an upgrade from schema 7 numbers event keys with:
/// `dossier_key_number(entity_key, name)` ([`key_number`]) and `dossier_event_type(type)`.
pub(crate) fn register_upgrade_functions(conn: &rusqlite::Connection) -> Result<()> {
    use rusqlite::functions::FunctionFlags;
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
    conn.create_scalar_function("dossier_key_number", 2, flags, |ctx| {
        Ok(key_number(ctx.get(0)?, &ctx.get::<String>(1)?))
    })?;
    conn.create_scalar_function("dossier_event_type", 1, flags, |ctx| {
        Ok(crate::corpus::coded(&EVENT_TYPES, &ctx.get::<String>(0)?))
    })?;
    Ok(())
}

pub(crate) const SCHEMA: &str = "
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
        PRIMARY KEY (doc_id, seq)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS event_sources_event ON event_sources(event);
    -- Each source's account (JSON) and why it joined its event, all of one document's packed
    -- into one value (see the accounts module): a source row is read with its document's.
    CREATE TABLE IF NOT EXISTS event_accounts (
        doc_id TEXT PRIMARY KEY,
        data BLOB NOT NULL
    ) WITHOUT ROWID;
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
        DELETE FROM event_accounts WHERE doc_id = old.id;
    END;
    CREATE TRIGGER IF NOT EXISTS events_gone AFTER DELETE ON events BEGIN
        DELETE FROM event_keys WHERE event = old.key;
        DELETE FROM event_sources WHERE event = old.key;
    END;
";

/// One event as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRow {
    pub id: String,
    /// `phone_call`, `meeting`, ...
    pub kind: String,
    pub cameo: String,
    /// The event's date as the merge stage last worked it out (ISO 8601 at its precision).
    pub date: Option<String>,
    pub summary: String,
}

/// One article's account of an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceRow {
    pub event_id: String,
    /// The document's name.
    pub doc: String,
    /// The position of the account among the document's events.
    pub seq: usize,
    /// The trigger's span in the document's cleaned text.
    pub start: usize,
    pub end: usize,
    /// Why this account was joined to the event (empty for the first).
    pub reason: String,
    /// The account as the merge stage describes it (JSON).
    pub data: String,
    /// The document's outlet and publication date, for listings.
    pub outlet: Option<String>,
    pub published: Option<String>,
}

/// How a blocking key files its account's type: by the type's number (or word) when the
/// account states its date, by a number (or word) of its own when only the publication dates it,
/// so that a search can leave out the accounts dated by publication alone.
fn key_type(kind: &str, stated: bool) -> rusqlite::types::Value {
    use rusqlite::types::Value;
    match (crate::corpus::coded(&EVENT_TYPES, kind), stated) {
        (v, true) => v,
        (Value::Integer(c), false) => Value::Integer(-(c + 1)),
        (_, false) => Value::Text(format!("{kind}/published")),
    }
}

impl CorpusTx<'_> {
    /// Events that share `kind`, one of `entities` and a key day in one of `days` (blocking
    /// keys): at most 48 for each entity, range and way of dating (see [`CANDIDATES_SQL`]; in
    /// key order, so the same ones every time). Among the events of accounts that state their
    /// date, and, with `published_too`, of accounts dated by their publication alone.
    pub fn event_candidates(
        &self,
        kind: &str,
        published_too: bool,
        entities: &[String],
        days: &[std::ops::RangeInclusive<i64>],
    ) -> Result<Vec<String>> {
        self.candidates(CANDIDATES_SQL, kind, published_too, entities, days)
    }

    /// What `sql` (a candidate query: type, entity, first and last day) gives for each entity,
    /// range and way of dating, sorted, each once.
    fn candidates<T: rusqlite::types::FromSql + Ord>(
        &self,
        sql: &str,
        kind: &str,
        published_too: bool,
        entities: &[String],
        days: &[std::ops::RangeInclusive<i64>],
    ) -> Result<Vec<T>> {
        // The limit is written into the statement: a bound LIMIT makes SQLite prepare the
        // statement again at every execution (it plans for the value bound).
        let mut stmt = self.tx.prepare_cached(sql)?;
        let kinds = [key_type(kind, true), key_type(kind, false)];
        let kinds = if published_too { &kinds[..] } else { &kinds[..1] };
        let mut out: Vec<T> = Vec::new();
        for e in entities {
            let entity = self.key_entity_number(e)?;
            for range in days {
                let (lo, hi) = (*range.start(), *range.end());
                for kind in kinds {
                    let found = stmt.query_map(params![kind, entity, lo, hi], |r| r.get(0))?;
                    for x in found {
                        out.push(x?);
                    }
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        Ok(out)
    }

    /// [`CorpusTx::event_candidates`] as event numbers (the same events, sorted by number):
    /// a caller that knows the ids of the numbers it has seen need not read them again.
    pub fn event_candidate_keys(
        &self,
        kind: &str,
        published_too: bool,
        entities: &[String],
        days: &[std::ops::RangeInclusive<i64>],
    ) -> Result<Vec<i64>> {
        if !self.mirror.borrow().usable() {
            return self.candidates(CANDIDATE_KEYS_SQL, kind, published_too, entities, days);
        }
        // The same searches in the connection's copy of the keys (see `key_mirror`).
        let mut mirror = self.mirror.borrow_mut();
        let kinds = [key_type(kind, true), key_type(kind, false)];
        let kinds = if published_too { &kinds[..] } else { &kinds[..1] };
        let mut out = Vec::new();
        for e in entities {
            let entity = self.key_entity_number(e)?;
            for range in days {
                for kind in kinds {
                    let bounds = (*range.start(), *range.end());
                    mirror.search(entity, kind, bounds, CANDIDATE_LIMIT, &mut out);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        Ok(out)
    }

    /// The id of the event numbered `key`.
    pub fn event_id(&self, key: i64) -> Result<Option<String>> {
        Ok(self
            .tx
            .prepare_cached("SELECT id FROM events WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?)
    }

    /// The stored accounts of event `id`.
    pub fn event_sources(&self, id: &str) -> Result<Vec<SourceRow>> {
        self.flush_accounts()?;
        sources_of(self.tx, id, &mut self.unpacked.borrow_mut())
    }

    /// The document and `data` of each stored account of event `id`, by document name and
    /// position: what merging needs to know an event (no document row read).
    pub fn event_source_data(&self, id: &str) -> Result<Vec<(String, String)>> {
        self.flush_accounts()?;
        let mut stmt = self.tx.prepare_cached(
            "SELECT doc_id, seq FROM event_sources
             WHERE event = (SELECT key FROM events WHERE id = ?1) ORDER BY doc_id, seq",
        )?;
        let sources = stmt
            .query_map([id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as usize)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut cache = self.unpacked.borrow_mut();
        let mut out = Vec::with_capacity(sources.len());
        for (doc, seq) in sources {
            let (_, data) = account_of(self.tx, &mut cache, &doc, seq)?;
            out.push((doc, data));
        }
        Ok(out)
    }

    /// Packs the accounts written since the last call into their document's `event_accounts`
    /// row (joining those it holds already). Writing an account only queues it, so that a
    /// document's accounts are packed together; reads of accounts call this first, and the store
    /// calls it before committing a transaction of corpus stages.
    pub fn flush_accounts(&self) -> Result<()> {
        let pending = std::mem::take(&mut *self.accounts.borrow_mut());
        let Some(doc) = pending.doc else { return Ok(()) };
        let mut entries = pending.entries;
        if entries.is_empty() {
            return Ok(());
        }
        let held: Option<Vec<u8>> = self
            .tx
            .prepare_cached("SELECT data FROM event_accounts WHERE doc_id = ?1")?
            .query_row([&doc], |r| r.get(0))
            .optional()?;
        if let Some(held) = held {
            let old = crate::accounts::decode(&held)
                .map_err(|c| StoreError::Accounts(format!("document '{doc}': {}", c.0)))?;
            entries.extend(old);
        }
        // The first written of a position wins, as the source rows' INSERT OR IGNORE has it.
        entries.sort_by_key(|e| e.seq);
        entries.dedup_by_key(|e| e.seq);
        let packed = crate::accounts::encode(&entries)
            .map_err(|e| StoreError::Accounts(format!("document '{doc}': {e}")))?;
        self.unpacked.borrow_mut().forget(&doc);
        self.tx
            .prepare_cached("INSERT OR REPLACE INTO event_accounts (doc_id, data) VALUES (?1, ?2)")?
            .execute(params![doc, packed])?;
        Ok(())
    }

    /// Writes the row of an event that merging just started, unless an event of that id is
    /// stored already; returns whether it wrote it. Accounts are added afterwards with
    /// [`CorpusTx::put_event_source`]. An event of one account, most of them, is then written
    /// once, not made bare and then filled in.
    pub fn put_new_event(&self, e: &EventRow) -> Result<bool> {
        if self.numbers.borrow().events.contains_key(&e.id) {
            return Ok(false);
        }
        let inserted = self
            .tx
            .prepare_cached(
                "INSERT OR IGNORE INTO events (id, type, cameo, date, summary)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![e.id, e.kind, e.cameo, e.date, e.summary])?;
        if inserted == 1 {
            let key = self.tx.last_insert_rowid();
            self.numbers.borrow_mut().events.insert(e.id.clone(), key);
        }
        Ok(inserted == 1)
    }

    /// Writes (or updates) an event row.
    pub fn put_event(&self, e: &EventRow) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO events (id, type, cameo, date, summary) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT(id) DO UPDATE SET type = excluded.type, cameo = excluded.cameo,
                     date = excluded.date, summary = excluded.summary",
            )?
            .execute(params![e.id, e.kind, e.cameo, e.date, e.summary])?;
        Ok(())
    }

    /// The number a blocking key's entity is filed under ([`key_number`]). Pairs of people
    /// ("per-a|per-b": ids have no `|`) are not looked up among the entities.
    fn key_entity_number(&self, name: &str) -> Result<i64> {
        let entity = if name.contains('|') { None } else { self.entity_number(name)? };
        Ok(key_number(entity, name))
    }

    /// The number of event `id`, making its row (type only) if it is new.
    fn event_number(&self, id: &str, kind: &str) -> Result<i64> {
        if let Some(&k) = self.numbers.borrow().events.get(id) {
            return Ok(k);
        }
        let key: i64 = match self
            .tx
            .prepare_cached("SELECT key FROM events WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?
        {
            Some(k) => k,
            // Not `RETURNING key`: a statement with RETURNING makes SQLite prepare every other
            // statement of the connection again at its next run (it changes the schema of
            // `temp`), which cost more than all of event merging.
            None => {
                self.tx
                    .prepare_cached("INSERT INTO events (id, type, cameo) VALUES (?1, ?2, '')")?
                    .execute(params![id, kind])?;
                self.tx.last_insert_rowid()
            }
        };
        self.numbers.borrow_mut().events.insert(id.to_string(), key);
        Ok(key)
    }

    /// Event numbers are forgotten when events go.
    fn forget_event_numbers(&self) {
        self.numbers.borrow_mut().events.clear();
    }

    /// Adds an account to an event of type `kind`, and its blocking keys (filed as an account
    /// that states its date or not: `stated`). The event's row is made if it is new (with no
    /// date or summary until [`CorpusTx::put_event`] writes them).
    pub fn put_event_source(
        &self,
        kind: &str,
        stated: bool,
        s: &SourceRow,
        keys: &[(String, i64)],
    ) -> Result<()> {
        let event = self.event_number(&s.event_id, kind)?;
        let inserted = self
            .tx
            .prepare_cached(
                "INSERT OR IGNORE INTO event_sources (event, doc_id, seq, start, end)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![event, s.doc, s.seq as i64, s.start as i64, s.end as i64])?;
        if inserted == 1 {
            if self.accounts.borrow().doc.as_deref().is_some_and(|d| d != s.doc) {
                self.flush_accounts()?;
            }
            let mut pending = self.accounts.borrow_mut();
            if pending.doc.is_none() {
                pending.doc = Some(s.doc.clone());
            }
            pending.entries.push(crate::accounts::Entry {
                seq: s.seq,
                reason: s.reason.clone(),
                data: s.data.clone(),
            });
        }
        let mut key = self.tx.prepare_cached(
            "INSERT OR IGNORE INTO event_keys (entity, type, day, event) VALUES (?1, ?2, ?3, ?4)",
        )?;
        let kind = key_type(kind, stated);
        let mut mirror = self.mirror.borrow_mut();
        for (entity, day) in keys {
            let number = self.key_entity_number(entity)?;
            key.execute(params![number, kind, day, event])?;
            mirror.insert(number, &kind, *day, event);
        }
        Ok(())
    }

    /// Drops the accounts of documents `docs` (before merging them again) and marks them merged;
    /// events left without accounts go. Returns how many events went (their numbers may be
    /// given to new events).
    pub fn begin_merge(&self, docs: &[&str]) -> Result<usize> {
        self.flush_accounts()?;
        let mut held =
            self.tx.prepare_cached("SELECT DISTINCT event FROM event_sources WHERE doc_id = ?1")?;
        let mut clear = self.tx.prepare_cached("DELETE FROM event_sources WHERE doc_id = ?1")?;
        let mut unpack = self.tx.prepare_cached("DELETE FROM event_accounts WHERE doc_id = ?1")?;
        let mut mark =
            self.tx.prepare_cached("INSERT OR IGNORE INTO merged (doc_id) VALUES (?1)")?;
        let mut touched: Vec<i64> = Vec::new();
        for d in docs {
            for id in held.query_map([d], |r| r.get::<_, i64>(0))? {
                touched.push(id?);
            }
            clear.execute([d])?;
            unpack.execute([d])?;
            self.unpacked.borrow_mut().forget(d);
            mark.execute([d])?;
        }
        // Only the events these documents fed can have lost their last account.
        let mut orphan = self.tx.prepare_cached(
            "DELETE FROM events WHERE key = ?1 AND NOT EXISTS
               (SELECT 1 FROM event_sources s WHERE s.event = ?1)",
        )?;
        let mut gone = 0;
        for key in touched {
            gone += orphan.execute([key])?;
        }
        if gone > 0 {
            // (Their keys went with them.)
            self.mirror.borrow_mut().give_up();
        }
        self.forget_event_numbers();
        Ok(gone)
    }

    /// Removes events none of whose accounts remain (their documents were dropped). Scans every
    /// event: for the end of a build that dropped documents, not for each batch.
    pub fn drop_orphan_events(&self) -> Result<()> {
        self.tx.execute(
            "DELETE FROM events WHERE NOT EXISTS
               (SELECT 1 FROM event_sources s WHERE s.event = events.key)",
            [],
        )?;
        self.mirror.borrow_mut().give_up();
        self.forget_event_numbers();
        Ok(())
    }

    /// Names of stored documents whose events were not merged yet, sorted.
    pub fn unmerged_documents(&self) -> Result<Vec<String>> {
        let mut stmt = self.tx.prepare(
            "SELECT id FROM documents d WHERE NOT EXISTS
               (SELECT 1 FROM merged m WHERE m.doc_id = d.id) ORDER BY id",
        )?;
        let ids = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(ids)
    }

    /// Forgets every event (before merging the corpus anew).
    pub fn clear_events(&self) -> Result<()> {
        self.tx.execute_batch(
            "DELETE FROM event_keys; DELETE FROM event_sources; DELETE FROM event_accounts;
             DELETE FROM events; DELETE FROM merged;",
        )?;
        self.mirror.borrow_mut().cleared();
        *self.accounts.borrow_mut() = Pending::default();
        self.unpacked.borrow_mut().clear();
        self.forget_event_numbers();
        Ok(())
    }

    /// The corpus entity of each mention of document `doc`: (start, end, entity id).
    pub fn doc_mentions(&self, doc: &str) -> Result<Vec<(usize, usize, String)>> {
        let mut stmt = self
            .tx
            .prepare_cached("SELECT start, end, entity_id FROM mentions WHERE doc_id = ?1")?;
        let rows = stmt
            .query_map([doc], |r| {
                Ok((r.get::<_, i64>(0)? as usize, r.get::<_, i64>(1)? as usize, r.get(2)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The entity a name is an alias of, preferring the given label.
    pub fn entity_by_alias(&self, name: &str, label: &str) -> Result<Option<String>> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
                 WHERE a.alias = ?1 ORDER BY (e.label = ?2) DESC, e.id LIMIT 1",
            )?
            .query_row([name, label], |r| r.get(0))
            .optional()?)
    }

    /// The knowledge-base name an entity was linked to, if any (see `dossier-resolve`).
    pub fn entity_kb(&self, id: &str) -> Result<Option<String>> {
        Ok(self
            .tx
            .prepare_cached("SELECT kb FROM entities WHERE id = ?1")?
            .query_row([id], |r| r.get::<_, Option<String>>(0))
            .optional()?
            .flatten())
    }

    /// The wordings of the titles the corpus gives entity `id` ("U.S. President"), from every
    /// article that names it.
    pub fn entity_role_wordings(&self, id: &str) -> Result<Vec<String>> {
        let data: Option<String> = self
            .tx
            .prepare_cached("SELECT data FROM entities WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?;
        let data: Option<serde_json::Value> = data.and_then(|d| serde_json::from_str(&d).ok());
        let roles = data.as_ref().and_then(|d| d.get("roles")).and_then(|r| r.as_array());
        Ok(roles
            .into_iter()
            .flatten()
            .filter_map(|r| r.get("wording").and_then(|w| w.as_str()).map(str::to_string))
            .collect())
    }

    /// Canonical names and labels of entities by id.
    pub fn entity_names(&self, ids: &[String]) -> Result<Vec<Option<(String, String)>>> {
        entity_names(self.tx, ids)
    }
}

fn entity_names(
    conn: &rusqlite::Connection,
    ids: &[String],
) -> Result<Vec<Option<(String, String)>>> {
    let mut stmt = conn.prepare_cached("SELECT name, label FROM entities WHERE id = ?1")?;
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        out.push(stmt.query_row([id], |r| Ok((r.get(0)?, r.get(1)?))).optional()?);
    }
    Ok(out)
}

fn sources_of(
    conn: &rusqlite::Connection,
    id: &str,
    cache: &mut crate::accounts::Cache,
) -> Result<Vec<SourceRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT e.id, s.doc_id, s.seq, s.start, s.end, d.outlet, d.published
         FROM events e CROSS JOIN event_sources s ON s.event = e.key
              CROSS JOIN documents d ON d.id = s.doc_id
         WHERE e.id = ?1 ORDER BY d.published, s.doc_id, s.start",
    )?;
    let mut rows = stmt.query([id])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let doc: String = r.get(1)?;
        let seq = r.get::<_, i64>(2)? as usize;
        let (reason, data) = account_of(conn, cache, &doc, seq)?;
        out.push(SourceRow {
            event_id: r.get(0)?,
            doc,
            seq,
            start: r.get::<_, i64>(3)? as usize,
            end: r.get::<_, i64>(4)? as usize,
            reason,
            data,
            outlet: r.get(5)?,
            published: r.get(6)?,
        });
    }
    Ok(out)
}

/// The reason and data of the account of `doc` at position `seq`, its document's accounts
/// unpacked once for `cache`.
fn account_of(
    conn: &rusqlite::Connection,
    cache: &mut crate::accounts::Cache,
    doc: &str,
    seq: usize,
) -> Result<(String, String)> {
    if cache.get(doc).is_none() {
        let data: Vec<u8> = conn
            .prepare_cached("SELECT data FROM event_accounts WHERE doc_id = ?1")?
            .query_row([doc], |r| r.get(0))
            .optional()?
            .ok_or_else(|| StoreError::Accounts(format!("document '{doc}' has none")))?;
        cache.put(doc.to_string(), crate::accounts::Unpacked::new(doc, &data)?);
    }
    let (reason, data) = cache.get(doc).expect("just put").get(doc, seq)?;
    Ok((reason.to_string(), data.to_string()))
}

/// Upgrading from schema 6 to 9, which kept an account in each source row (its JSON and reason
/// packed by [`Phrases`], or plain text before that): packs the accounts of the sources set
/// aside (`event_sources_old`) into `event_accounts`, a document at a time.
pub(crate) fn pack_old_accounts(tx: &rusqlite::Transaction) -> Result<()> {
    use crate::accounts::Entry;
    let mut stmt =
        tx.prepare("SELECT doc_id, seq, reason, data FROM event_sources_old ORDER BY doc_id, seq")?;
    let mut insert =
        tx.prepare("INSERT OR REPLACE INTO event_accounts (doc_id, data) VALUES (?1, ?2)")?;
    let mut put = |doc: &str, entries: &mut Vec<Entry>| -> Result<()> {
        let packed = crate::accounts::encode(entries)
            .map_err(|e| StoreError::Accounts(format!("document '{doc}': {e}")))?;
        insert.execute(params![doc, packed])?;
        entries.clear();
        Ok(())
    };
    let mut rows = stmt.query([])?;
    let mut doc: Option<String> = None;
    let mut entries = Vec::new();
    while let Some(r) = rows.next()? {
        let d: String = r.get(0)?;
        if doc.as_deref() != Some(d.as_str()) {
            if let Some(prev) = doc.replace(d) {
                put(&prev, &mut entries)?;
            }
        }
        entries.push(Entry {
            seq: r.get::<_, i64>(1)? as usize,
            reason: REASONS.unpack(r.get_ref(2)?, "event reason")?,
            data: unpack_account(r.get_ref(3)?)?,
        });
    }
    if let Some(prev) = doc {
        put(&prev, &mut entries)?;
    }
    Ok(())
}

/// The accounts [`CorpusTx::put_event_source`] queued for one document.
#[derive(Default)]
pub(crate) struct Pending {
    doc: Option<String>,
    entries: Vec<crate::accounts::Entry>,
}

/// Schema 9's packing of a source row's account (`event_sources.data`, its JSON) and reason
/// (`event_sources.reason`, "same type; shared participants ..."), read when a store of that
/// schema is upgraded (schema 10 packs a document's accounts together, see the accounts module).
///
/// A packed value starts with the format's magic; then byte `k` (1 to 31) stands for word
/// `k - 1` of its list and any other byte for itself. Neither JSON nor a reason holds a raw byte
/// below 0x20 (a text that does was kept as it is), so those bytes were free to mean something
/// else. A format is tied to its exact list.
struct Phrases {
    magic: &'static [u8],
    /// Longest first: packing took the first word that fits.
    words: &'static [&'static str],
}

impl Phrases {
    const fn new(magic: &'static [u8], words: &'static [&'static str]) -> Phrases {
        Phrases { magic, words }
    }

    /// `text` packed as schema 9 wrote it, or as it is when it holds a byte below 0x20 (to
    /// make stores of that schema in tests).
    #[cfg(test)]
    fn pack(&self, text: &str) -> rusqlite::types::Value {
        let b = text.as_bytes();
        if b.iter().any(|&c| c < 0x20) {
            return rusqlite::types::Value::Text(text.to_string());
        }
        let mut out = self.magic.to_vec();
        let mut i = 0;
        while i < b.len() {
            match self.words.iter().position(|w| b[i..].starts_with(w.as_bytes())) {
                Some(k) => {
                    out.push(k as u8 + 1);
                    i += self.words[k].len();
                }
                None => {
                    out.push(b[i]);
                    i += 1;
                }
            }
        }
        rusqlite::types::Value::Blob(out)
    }

    /// A value [`Phrases::pack`] wrote, or plain text as older builds wrote it.
    fn unpack(&self, v: rusqlite::types::ValueRef, what: &str) -> Result<String> {
        let corrupt = |why: &str| {
            StoreError::Json(serde_json::Error::io(std::io::Error::other(format!(
                "stored {what}: {why}"
            ))))
        };
        let bytes = match v {
            rusqlite::types::ValueRef::Text(t) => {
                return String::from_utf8(t.to_vec()).map_err(|_| corrupt("not UTF-8"))
            }
            rusqlite::types::ValueRef::Blob(b) => b,
            _ => return Err(corrupt("neither text nor packed")),
        };
        let packed = bytes.strip_prefix(self.magic).ok_or_else(|| corrupt("unknown format"))?;
        let mut out = Vec::with_capacity(packed.len() * 3);
        for &c in packed {
            match c {
                0 => return Err(corrupt("a zero byte")),
                1..=31 => match self.words.get(c as usize - 1) {
                    Some(w) => out.extend_from_slice(w.as_bytes()),
                    None => return Err(corrupt("an unknown word")),
                },
                _ => out.push(c),
            }
        }
        String::from_utf8(out).map_err(|_| corrupt("not UTF-8"))
    }
}

/// Accounts (`event_sources.data`), format 1: the keys and common values of an account's JSON.
/// Each word starts with `{`, `"` or `,` (JSON's own places for them).
static ACCOUNTS: Phrases = Phrases::new(b"DA1", &ACCOUNT_WORDS);

const ACCOUNT_WORDS: [&str; 31] = [
    r#"{"type":"phone_call","cameo":"041","trigger":""#,
    r#"{"type":"statement","cameo":"010","trigger":""#,
    r#"","date_source":"text","date_text":""#,
    r#"","kind":"indirect","start":"#,
    r#"","date_source":"published""#,
    r#"","kind":"partial","start":"#,
    r#","participants":[{"name":""#,
    r#"","kind":"direct","start":"#,
    r#","quotes":[{"speaker":""#,
    r#","duration_minutes":["#,
    r#","sentence_start":"#,
    r#","duration_text":""#,
    r#","background":true"#,
    r#"","label":"MISC"}"#,
    r#","sentence_end":"#,
    r#"","entity":"per-"#,
    r#"","entity":"org-"#,
    r#"","entity":"loc-"#,
    r#","published":"20"#,
    r#"","label":"PER"}"#,
    r#"","label":"ORG"}"#,
    r#"","label":"LOC"}"#,
    r#","briefed_by":["#,
    r#","count_text":""#,
    r#"","date":"20"#,
    r#"{"speaker":""#,
    r#","topics":[""#,
    r#"","cameo":""#,
    r#"{"type":""#,
    r#"{"name":""#,
    r#","end":"#,
];

/// Reasons (`event_sources.reason`), format 1: the merge stage's phrases.
static REASONS: Phrases = Phrases::new(b"DR1", &REASON_WORDS);

const REASON_WORDS: [&str; 12] = [
    "; undated accounts published 20",
    "same type; shared participants ",
    " days after the stated date 20",
    "same type and participants (",
    " days before publication 20",
    "; stated dates agree (20",
    "); stated date 20",
    ", with a shared ",
    "); published 20",
    " is within ",
    ", within ",
    " ~ 20",
];

/// A reason as schema 9 packed it (to make stores of that schema in tests).
#[cfg(test)]
pub(crate) fn pack_reason(why: &str) -> rusqlite::types::Value {
    REASONS.pack(why)
}

#[cfg(test)]
pub(crate) fn pack_account(json: &str) -> rusqlite::types::Value {
    ACCOUNTS.pack(json)
}

fn unpack_account(v: rusqlite::types::ValueRef) -> Result<String> {
    ACCOUNTS.unpack(v, "event account")
}

/// What `dossier events` and `dossier timeline` ask the store for.
#[derive(Debug, Clone, Default)]
pub struct EventRowQuery {
    pub id: Option<String>,
    pub kind: Option<String>,
    /// Only events one of whose accounts names this entity id.
    pub entity_ids: Option<Vec<String>>,
    /// Dates from and to (ISO prefixes compared as text: `2025-06` covers June).
    pub from: Option<String>,
    pub to: Option<String>,
    /// At most this many events, after skipping `offset`.
    pub limit: Option<usize>,
    pub offset: usize,
}

impl Store {
    /// Stored events with their accounts, by date (undated last), then id; at most `limit`.
    ///
    /// The query is built from the filters given, so an id is found through the primary key
    /// and an entity through its keys, and sources are read for the returned events only.
    pub fn event_rows(&self, q: &EventRowQuery) -> Result<Vec<(EventRow, Vec<SourceRow>)>> {
        use rusqlite::types::Value as V;
        let mut conds: Vec<String> = Vec::new();
        let mut args: Vec<V> = Vec::new();
        let arg = |v: V, args: &mut Vec<V>| {
            args.push(v);
            format!("?{}", args.len())
        };
        if let Some(id) = &q.id {
            let p = arg(V::Text(id.clone()), &mut args);
            conds.push(format!("e.id = {p}"));
        }
        if let Some(kind) = &q.kind {
            let p = arg(V::Text(kind.clone()), &mut args);
            conds.push(format!("e.type = {p}"));
        }
        if let Some(from) = &q.from {
            conds.push(date_from_sql(&arg(V::Text(from.clone()), &mut args)));
        }
        if let Some(to) = &q.to {
            conds.push(date_to_sql(&arg(V::Text(to.clone()), &mut args)));
        }
        if let Some(ids) = &q.entity_ids {
            if ids.is_empty() {
                return Ok(Vec::new());
            }
            let ps: Vec<String> = ids.iter().map(|i| arg(V::Text(i.clone()), &mut args)).collect();
            conds.push(format!(
                "e.key IN (SELECT k.event FROM entities n JOIN event_keys k ON k.entity = n.key
                           WHERE n.id IN ({}))",
                ps.join(", ")
            ));
        }
        // Events whose every account went (their documents were dropped) are not shown.
        conds.push("EXISTS (SELECT 1 FROM event_sources s WHERE s.event = e.key)".into());
        let limit = q.limit.map_or(-1, |l| l as i64);
        let sql = format!(
            "SELECT e.id, e.type, e.cameo, e.date, e.summary FROM events e WHERE {}
             ORDER BY e.date IS NULL, e.date, e.id LIMIT {limit} OFFSET {}",
            conds.join(" AND "),
            q.offset
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args), |r| {
                Ok(EventRow {
                    id: r.get(0)?,
                    kind: r.get(1)?,
                    cameo: r.get(2)?,
                    date: r.get(3)?,
                    summary: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        // A document tells several of the events listed: its accounts are unpacked once.
        let mut unpacked = crate::accounts::Cache::default();
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let sources = sources_of(&self.conn, &row.id, &mut unpacked)?;
            out.push((row, sources));
        }
        Ok(out)
    }

    /// Canonical names and labels of entities by id.
    pub fn entity_names(&self, ids: &[String]) -> Result<Vec<Option<(String, String)>>> {
        entity_names(&self.conn, ids)
    }

    /// Bytes `start..end` of a stored document's cleaned text (offsets are UTF-8 bytes, as in
    /// every layer), or `None` if the document or the range is not there.
    pub fn doc_slice(&self, doc: &str, start: usize, end: usize) -> Result<Option<String>> {
        if end < start {
            return Ok(None);
        }
        let bytes: Option<Vec<u8>> = self
            .conn
            .prepare_cached(
                "SELECT substr(CAST(sqlar_uncompress(text, text_size) AS BLOB), ?2 + 1, ?3)
                 FROM documents WHERE id = ?1",
            )?
            .query_row(params![doc, start as i64, (end - start) as i64], |r| r.get(0))
            .optional()?;
        Ok(bytes.and_then(|b| String::from_utf8(b).ok()))
    }

    /// The words of a stored quote.
    pub fn quote_text(&self, doc: &str, start: usize, end: usize) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT {QUOTE_TEXT} FROM quotes q JOIN documents d ON d.id = q.doc_id
                 WHERE q.doc_id = ?1 AND q.start = ?2 AND q.end = ?3 LIMIT 1"
            ))?
            .query_row(params![doc, start as i64, end as i64], |r| r.get(0))
            .optional()?)
    }

    /// Every name the entities go by, with the entity's id: for a lookup by another spelling,
    /// which only the caller's language data can tell (one pass over the alias table).
    pub fn entity_aliases(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare_cached("SELECT entity_id, alias FROM entity_aliases")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Ids of the entities a name is a name of (any alias, case-insensitive).
    pub fn entity_ids_named(&self, name: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT DISTINCT entity_id FROM entity_aliases WHERE alias = ?1
             UNION SELECT id FROM entities WHERE name = ?1 COLLATE NOCASE",
        )?;
        let ids = stmt.query_map([name], |r| r.get(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(ids)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::types::ValueRef;

    const CALL: &str = r#"{"type":"phone_call","cameo":"041","trigger":"spoke by phone","date":"2025-06-14","date_source":"text","date_text":"on Saturday","participants":[{"name":"Anna Marsh","entity":"per-anna-marsh","label":"PER"},{"name":"Vogel","entity":"per-karl-vogel","label":"PER"}],"sentence_start":12,"sentence_end":140,"published":"2025-06-15","quotes":[{"speaker":"Vogel","kind":"direct","start":150,"end":190}]}"#;

    /// The bytes of a packed value.
    fn blob(v: rusqlite::types::Value) -> Vec<u8> {
        match v {
            rusqlite::types::Value::Blob(b) => b,
            other => panic!("not packed: {other:?}"),
        }
    }

    #[test]
    fn words_are_longest_first_and_start_where_packing_looks() {
        for words in [&ACCOUNT_WORDS[..], &REASON_WORDS[..]] {
            for w in words.windows(2) {
                assert!(w[0].len() >= w[1].len(), "{:?} before {:?}", w[0], w[1]);
            }
            for w in words {
                assert!(w.len() >= 3 && w.bytes().all(|b| b >= 0x20), "{w}");
            }
        }
        for w in ACCOUNT_WORDS {
            assert!(matches!(w.as_bytes()[0], b'{' | b'"' | b','), "{w}");
        }
    }

    #[test]
    fn accounts_are_packed_by_document_and_read_back_as_written_last() {
        let mut s = crate::Store::in_memory().unwrap();
        s.conn
            .execute_batch(
                "INSERT INTO documents (id, source, content_hash, raw, text)
                 VALUES ('a', 'a.txt', 'h1', '', ''), ('b', 'b.txt', 'h2', '', '');",
            )
            .unwrap();
        let source = |id: &str, doc: &str, seq: usize, data: &str| SourceRow {
            event_id: id.into(),
            doc: doc.into(),
            seq,
            start: seq * 10,
            end: seq * 10 + 5,
            reason: format!("why {doc} {seq}"),
            data: data.into(),
            outlet: None,
            published: None,
        };
        let (first, again) = s
            .with_corpus(|tx| {
                tx.put_event_source("statement", true, &source("ev-1", "a", 0, "{\"n\":1}"), &[])?;
                tx.put_event_source("statement", true, &source("ev-2", "a", 1, "{\"n\":2}"), &[])?;
                tx.put_event_source("statement", true, &source("ev-1", "b", 0, "{\"n\":3}"), &[])?;
                // Written once: a position taken keeps its first account.
                tx.put_event_source("statement", true, &source("ev-1", "b", 0, "{\"n\":9}"), &[])?;
                let first = tx.event_source_data("ev-1")?;
                // Document a merged again: its accounts go, the new one is read, not the one
                // unpacked before.
                tx.begin_merge(&["a"])?;
                tx.put_event_source("statement", true, &source("ev-1", "a", 0, "{\"n\":4}"), &[])?;
                Ok((first, tx.event_source_data("ev-1")?))
            })
            .unwrap();
        let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
            v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
        };
        assert_eq!(first, pairs(&[("a", "{\"n\":1}"), ("b", "{\"n\":3}")]));
        assert_eq!(again, pairs(&[("a", "{\"n\":4}"), ("b", "{\"n\":3}")]));
        let count = |sql: &str| -> i64 { s.conn.query_row(sql, [], |r| r.get(0)).unwrap() };
        assert_eq!(count("SELECT COUNT(*) FROM event_accounts"), 2);
        assert_eq!(count("SELECT COUNT(*) FROM event_sources"), 2);
        // Read in a later transaction, with their reasons and offsets.
        let b = s.with_corpus(|tx| tx.event_sources("ev-1")).unwrap();
        let b = b.iter().find(|r| r.doc == "b").unwrap();
        assert_eq!(
            (b.seq, b.start, b.reason.as_str(), b.data.as_str()),
            (0, 0, "why b 0", "{\"n\":3}")
        );
    }

    #[test]
    fn accounts_dated_by_publication_alone_are_found_only_when_asked_for() {
        let mut s = crate::Store::in_memory().unwrap();
        let source = |id: &str, seq: usize| SourceRow {
            event_id: id.into(),
            doc: "a".into(),
            seq,
            start: 0,
            end: 1,
            reason: String::new(),
            data: "{}".into(),
            outlet: None,
            published: None,
        };
        let found = s
            .with_corpus(|tx| {
                let keys = [("per-vogel".to_string(), 20250)];
                tx.put_event_source("statement", true, &source("ev-stated", 0), &keys)?;
                tx.put_event_source("statement", false, &source("ev-published", 1), &keys)?;
                tx.put_event_source("sit_in", false, &source("ev-other", 2), &keys)?;
                let who = ["per-vogel".to_string()];
                // Numbers name the same events as ids.
                for (kind, published_too) in [("statement", false), ("statement", true)] {
                    let days = [20240..=20260];
                    let ids = tx.event_candidates(kind, published_too, &who, &days)?;
                    let keys = tx.event_candidate_keys(kind, published_too, &who, &days)?;
                    let mut named: Vec<String> = keys
                        .iter()
                        .map(|&k| tx.event_id(k).map(Option::unwrap))
                        .collect::<Result<_>>()?;
                    named.sort();
                    assert_eq!(named, ids);
                }
                Ok([
                    tx.event_candidates("statement", false, &who, &[20240..=20260])?,
                    tx.event_candidates("statement", true, &who, &[20240..=20260])?,
                    tx.event_candidates("sit_in", true, &who, &[20240..=20260])?,
                ])
            })
            .unwrap();
        assert_eq!(found[0], vec!["ev-stated".to_string()]);
        assert_eq!(found[1], vec!["ev-published".to_string(), "ev-stated".to_string()]);
        assert_eq!(found[2], vec!["ev-other".to_string()]);
    }

    #[test]
    fn entity_rows_rewritten_alone_keep_their_aliases() {
        let mut s = crate::Store::in_memory().unwrap();
        let row = |data: &str, aliases: &[&str]| crate::EntityRow {
            id: "per-anna-marsh".into(),
            name: "Anna Marsh".into(),
            label: "PER".into(),
            kb: None,
            data: data.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
        };
        let (aliases, data) = s
            .with_corpus(|tx| {
                tx.put_entities(&[row("{}", &["Marsh"])])?;
                tx.put_entity_rows(&[row("{\"mentions\":2}", &[])])?;
                let aliases: Vec<String> = tx
                    .tx
                    .prepare("SELECT alias FROM entity_aliases ORDER BY alias")?
                    .query_map([], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                Ok((aliases, tx.entities()?[0].data.clone()))
            })
            .unwrap();
        assert_eq!(aliases, ["Anna Marsh", "Marsh"]);
        assert_eq!(data, "{\"mentions\":2}");
    }

    #[test]
    fn a_new_event_is_written_once_and_never_over_a_stored_one() {
        let mut s = crate::Store::in_memory().unwrap();
        let row = |id: &str, summary: &str| EventRow {
            id: id.into(),
            kind: "phone_call".into(),
            cameo: "041".into(),
            date: Some("2025-06-14".into()),
            summary: summary.into(),
        };
        let (first, again, stored, summaries) = s
            .with_corpus(|tx| {
                let first = tx.put_new_event(&row("ev-new", "first"))?;
                let again = tx.put_new_event(&row("ev-new", "second"))?;
                tx.put_event(&row("ev-old", "kept"))?;
                let stored = tx.put_new_event(&row("ev-old", "not this"))?;
                let summaries: Vec<String> = tx
                    .tx
                    .prepare("SELECT summary FROM events ORDER BY id")?
                    .query_map([], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                Ok((first, again, stored, summaries))
            })
            .unwrap();
        assert!(first && !again && !stored);
        assert_eq!(summaries, ["first", "kept"]);
    }

    #[test]
    fn accounts_pack_small_and_read_back() {
        let packed = blob(pack_account(CALL));
        assert!(packed.len() * 2 < CALL.len(), "{} bytes for {}", packed.len(), CALL.len());
        assert_eq!(unpack_account(ValueRef::Blob(&packed)).unwrap(), CALL);
        // Words cut short, escapes, other scripts: all kept as they are.
        let odd = r#"{"type":"meeting","cameo":"04","note":"\u0001 \"quoted\" Путин","date":"2"}"#;
        assert_eq!(unpack_account(ValueRef::Blob(&blob(pack_account(odd)))).unwrap(), odd);
        // Rows older builds wrote as text read as they are.
        assert_eq!(unpack_account(ValueRef::Text(CALL.as_bytes())).unwrap(), CALL);
    }

    #[test]
    fn reasons_pack_small_and_read_back() {
        let why = "same type; shared participants Anna Marsh and Vogel; stated dates agree \
                   (2025-06-14 ~ 2025-06-14)";
        let packed = blob(REASONS.pack(why));
        assert!(packed.len() * 2 < why.len(), "{} bytes for {}", packed.len(), why.len());
        assert_eq!(REASONS.unpack(ValueRef::Blob(&packed), "reason").unwrap(), why);
        // A text with a control byte in it is kept as it is.
        let odd = "same type; shared participants A\u{1}B";
        assert_eq!(REASONS.pack(odd), rusqlite::types::Value::Text(odd.into()));
        assert_eq!(REASONS.unpack(ValueRef::Text(b""), "reason").unwrap(), "");
        // A byte past the list is damage, not a panic.
        assert!(REASONS.unpack(ValueRef::Blob(b"DR1\x1f"), "reason").is_err());
    }

    #[test]
    fn a_damaged_account_is_an_error_not_a_panic() {
        let packed = blob(pack_account(CALL));
        assert!(unpack_account(ValueRef::Blob(b"DZ9 not ours")).is_err());
        assert!(unpack_account(ValueRef::Integer(7)).is_err());
        let mut zero = packed.clone();
        zero[5] = 0;
        assert!(unpack_account(ValueRef::Blob(&zero)).is_err());
        let mut cut = packed.clone();
        cut.truncate(cut.len() - 1);
        cut.push(0xd0); // half a Cyrillic letter
        assert!(unpack_account(ValueRef::Blob(&cut)).is_err());
    }
}
