//! A copy in memory of the `event_keys` table, for the candidate searches of event merging.
//!
//! Merging an account asks the table for the events of each of its people (and pairs, and
//! states) around its days: a dozen small queries an account, which were the largest part of
//! merging a fresh corpus. While the table holds only what this connection wrote into it since
//! it was empty, the same rows sit here too and the searches read them from memory, in the same
//! order and with the same limit, so they find the very same events.
//!
//! The copy is given up for good (the searches go back to SQL) as soon as it might differ from
//! the table: another connection committed to the file, a transaction that wrote to it did not
//! commit, events (and with them their keys) were deleted, or it grew past [`MAX_KEYS`] rows
//! (memory stays bounded however large the corpus).

use std::collections::BTreeSet;

use rusqlite::types::Value;

/// Rows kept at most (some 64 bytes each): a corpus of about a hundred thousand articles.
pub(crate) const MAX_KEYS: usize = 1 << 20;

/// One row: (entity, type, day, event), ordered as the table's primary key; the type is a
/// number (see [`KeyMirror::type_number`]), so that rows compare as four numbers.
type Row = (i64, i64, i64, i64);

#[derive(Default)]
enum State {
    /// Not looked at yet: the first transaction finds out whether the table is empty.
    #[default]
    Unknown,
    /// Given up: searches use SQL.
    Off,
    On {
        rows: BTreeSet<Row>,
        /// `PRAGMA data_version` when the copy was last known to be whole: it changes when
        /// another connection commits.
        version: i64,
        /// A transaction that may write keys is under way (set until it commits).
        open: bool,
    },
}

/// See the module documentation. One per connection, living as long as it.
#[derive(Default)]
pub(crate) struct KeyMirror {
    state: State,
    /// The numbers given to the types written as words.
    words: dossier_document::hash::FastMap<Box<str>, i64>,
}

impl KeyMirror {
    /// A write transaction on `conn` starts: decides whether the copy can be used in it.
    pub(crate) fn begin(&mut self, conn: &rusqlite::Connection) -> rusqlite::Result<()> {
        let version: i64 = conn.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        self.state = match std::mem::take(&mut self.state) {
            State::Unknown => {
                let empty: bool =
                    conn.query_row("SELECT NOT EXISTS (SELECT 1 FROM event_keys)", [], |r| {
                        r.get(0)
                    })?;
                match empty {
                    true => State::On { rows: BTreeSet::new(), version, open: true },
                    false => State::Off,
                }
            }
            State::On { rows, version: v, open: false } if v == version => {
                State::On { rows, version, open: true }
            }
            _ => State::Off,
        };
        Ok(())
    }

    /// The transaction begun last committed: what it wrote is in the file as it is here.
    pub(crate) fn committed(&mut self, conn: &rusqlite::Connection) -> rusqlite::Result<()> {
        if let State::On { version, open, .. } = &mut self.state {
            *version = conn.query_row("PRAGMA data_version", [], |r| r.get(0))?;
            *open = false;
        }
        Ok(())
    }

    /// Events were deleted, and their keys with them: the copy no longer holds.
    pub(crate) fn give_up(&mut self) {
        self.state = State::Off;
    }

    /// Every key was deleted: the copy starts again, empty (within a transaction begun).
    pub(crate) fn cleared(&mut self) {
        if let State::On { rows, .. } = &mut self.state {
            rows.clear();
        }
    }

    /// Whether searches can read the copy.
    pub(crate) fn usable(&self) -> bool {
        matches!(self.state, State::On { .. })
    }

    /// The number standing for a `type` value here: a type written as a number, doubled; one
    /// written as a word, an odd number given at its first sight (`None` for a word not seen
    /// yet unless `add`, and for any other value, which the table is never given).
    fn type_number(&mut self, v: &Value, add: bool) -> Option<i64> {
        match v {
            Value::Integer(i) => Some(i.checked_mul(2)?),
            Value::Text(t) => match self.words.get(t.as_str()) {
                Some(&n) => Some(n),
                None if add => {
                    let n = 2 * self.words.len() as i64 + 1;
                    self.words.insert(t.as_str().into(), n);
                    Some(n)
                }
                None => None,
            },
            _ => None,
        }
    }

    /// A row written to the table (`INSERT OR IGNORE`).
    pub(crate) fn insert(&mut self, entity: i64, kind: &Value, day: i64, event: i64) {
        if !self.usable() {
            return;
        }
        let Some(kind) = self.type_number(kind, true) else {
            self.state = State::Off;
            return;
        };
        let State::On { rows, .. } = &mut self.state else { return };
        rows.insert((entity, kind, day, event));
        if rows.len() > MAX_KEYS {
            self.state = State::Off;
        }
    }

    /// The events of the first `limit` rows of `entity` and `kind` with a day in `lo..=hi`, in
    /// key order: what `SELECT event FROM event_keys WHERE entity = ? AND type = ? AND day
    /// BETWEEN ? AND ? LIMIT ?` reads through the primary key. `None` when not [`usable`].
    ///
    /// [`usable`]: KeyMirror::usable
    pub(crate) fn search(
        &mut self,
        entity: i64,
        kind: &Value,
        (lo, hi): (i64, i64),
        limit: usize,
        out: &mut Vec<i64>,
    ) -> Option<()> {
        if !self.usable() {
            return None;
        }
        let Some(kind) = self.type_number(kind, false) else {
            // (A type no key has: no rows.)
            return Some(());
        };
        let State::On { rows, .. } = &self.state else { return None };
        if lo > hi {
            return Some(());
        }
        let from = (entity, kind, lo, i64::MIN);
        let to = (entity, kind, hi, i64::MAX);
        out.extend(rows.range(from..=to).take(limit).map(|r| r.3));
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conn() -> rusqlite::Connection {
        let c = rusqlite::Connection::open_in_memory().unwrap();
        c.execute_batch(
            "CREATE TABLE event_keys (entity INTEGER NOT NULL, type NOT NULL, day INTEGER NOT \
             NULL, event INTEGER NOT NULL, PRIMARY KEY (entity, type, day, event)) WITHOUT ROWID",
        )
        .unwrap();
        c
    }

    #[test]
    fn finds_what_the_table_finds_in_its_order_and_limit() {
        let c = conn();
        let mut m = KeyMirror::default();
        m.begin(&c).unwrap();
        assert!(m.usable());
        let kinds = [Value::Integer(2), Value::Integer(-3), Value::Text("talks/published".into())];
        let mut n = 0;
        for entity in [-7, 4, 5] {
            for (t, kind) in kinds.iter().enumerate() {
                for day in (20_000..20_040).rev() {
                    n += 1;
                    let event = (n * 7919 + t as i64) % 1000;
                    c.execute(
                        "INSERT OR IGNORE INTO event_keys VALUES (?1, ?2, ?3, ?4)",
                        rusqlite::params![entity, kind, day, event],
                    )
                    .unwrap();
                    m.insert(entity, kind, day, event);
                }
            }
        }
        let sql = "SELECT event FROM event_keys WHERE entity = ?2 AND type = ?1 AND day BETWEEN \
                   ?3 AND ?4 LIMIT 48";
        for entity in [-7, 4, 5, 6] {
            for kind in &kinds {
                for (lo, hi) in [(20_000, 20_039), (20_010, 20_012), (19_000, 20_000), (5, 4)] {
                    let mut stmt = c.prepare(sql).unwrap();
                    let want: Vec<i64> = stmt
                        .query_map(rusqlite::params![kind, entity, lo, hi], |r| r.get(0))
                        .unwrap()
                        .map(Result::unwrap)
                        .collect();
                    let mut got = Vec::new();
                    m.search(entity, kind, (lo, hi), 48, &mut got).unwrap();
                    assert_eq!(got, want, "{entity} {kind:?} {lo}..={hi}");
                }
            }
        }
    }

    #[test]
    fn is_given_up_when_it_may_differ_from_the_table() {
        // A table that had rows before.
        let c = conn();
        c.execute("INSERT INTO event_keys VALUES (1, 0, 2, 3)", []).unwrap();
        let mut m = KeyMirror::default();
        m.begin(&c).unwrap();
        assert!(!m.usable());
        // A transaction that did not commit.
        let c = conn();
        let mut m = KeyMirror::default();
        m.begin(&c).unwrap();
        m.committed(&c).unwrap();
        m.begin(&c).unwrap();
        assert!(m.usable());
        m.begin(&c).unwrap();
        assert!(!m.usable());
        // Another connection's commit.
        let dir = std::env::temp_dir().join(format!("dossier-mirror-{}", std::process::id()));
        let path = dir.with_extension("db");
        let a = rusqlite::Connection::open(&path).unwrap();
        a.execute_batch("DROP TABLE IF EXISTS event_keys; CREATE TABLE event_keys (x)").unwrap();
        let b = rusqlite::Connection::open(&path).unwrap();
        let mut m = KeyMirror::default();
        m.begin(&a).unwrap();
        m.committed(&a).unwrap();
        b.execute("INSERT INTO event_keys VALUES (1)", []).unwrap();
        m.begin(&a).unwrap();
        assert!(!m.usable());
        drop((a, b));
        let _ = std::fs::remove_file(&path);
        // Deleted events; then no search is answered.
        let c = conn();
        let mut m = KeyMirror::default();
        m.begin(&c).unwrap();
        m.give_up();
        assert!(m.search(1, &Value::Integer(0), (0, 9), 48, &mut Vec::new()).is_none());
    }
}
