//! Many rows in one `INSERT` statement.
//!
//! A build writes tens of mention and quote rows per article, and one statement a row paid for
//! SQLite's statement set-up (opening a cursor on the table and on each index, halting, resetting)
//! and rusqlite's parameter checks once per row. [`insert_chunked`] writes up to 32 rows per
//! statement (`INSERT ... VALUES (...), (...), ...`), binding each value in place, and the last
//! few rows one at a time; what ends up in the table is the same.

use rusqlite::{Statement, Transaction};

use crate::Result;

/// Rows per statement: as many of the largest as fit, then of the next size down, so that an
/// article's twenty-odd quotes take three statements rather than one and a dozen. SQLite allows
/// 32,766 parameters in one statement; 32 rows of 14 values is well under that.
const SIZES: [usize; 3] = [32, 8, 1];
/// The largest statement's rows.
#[cfg(test)]
const CHUNK: usize = SIZES[0];

/// An `INSERT` of rows of `width` values (`head` is `INSERT OR IGNORE INTO t (a, b, c)`), with
/// its statements for each of [`SIZES`] written out the first time they are needed.
pub(crate) struct Insert {
    head: &'static str,
    width: usize,
    sql: std::sync::OnceLock<[String; SIZES.len()]>,
}

impl Insert {
    pub(crate) const fn new(head: &'static str, width: usize) -> Self {
        Insert { head, width, sql: std::sync::OnceLock::new() }
    }

    fn sql(&self) -> &[String; SIZES.len()] {
        self.sql.get_or_init(|| SIZES.map(|n| values_sql(self.head, self.width, n)))
    }
}

/// Inserts `rows` with `insert`, as many statements of [`SIZES`] rows as fit, largest first.
/// `bind(stmt, first, row)` binds a row's values at parameter numbers `first + 1 ..= first +
/// width` (and may refuse the row with an error, which stops the insert there).
pub(crate) fn insert_chunked<T>(
    tx: &Transaction,
    insert: &Insert,
    rows: &[T],
    mut bind: impl FnMut(&mut Statement, usize, &T) -> Result<()>,
) -> Result<()> {
    let mut rest = rows;
    for (n, sql) in SIZES.into_iter().zip(insert.sql()) {
        let full = rest.len() / n * n;
        if full == 0 {
            continue;
        }
        let mut stmt = tx.prepare_cached(sql)?;
        for chunk in rest[..full].chunks_exact(n) {
            for (i, row) in chunk.iter().enumerate() {
                bind(&mut stmt, i * insert.width, row)?;
            }
            stmt.raw_execute()?;
        }
        rest = &rest[full..];
    }
    Ok(())
}

/// `head VALUES (?, ?), (?, ?)` for `n` rows of `width` values.
fn values_sql(head: &str, width: usize, n: usize) -> String {
    let row = format!("({})", vec!["?"; width].join(", "));
    format!("{head} VALUES {}", vec![row; n].join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_for_two_rows_of_three() {
        assert_eq!(
            values_sql("INSERT INTO t (a, b, c)", 3, 2),
            "INSERT INTO t (a, b, c) VALUES (?, ?, ?), (?, ?, ?)"
        );
    }

    #[test]
    fn every_row_lands_whatever_the_count() {
        for n in [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 5] {
            let mut conn = rusqlite::Connection::open_in_memory().unwrap();
            conn.execute_batch("CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT)").unwrap();
            let tx = conn.transaction().unwrap();
            let rows: Vec<(i64, String)> = (0..n as i64).map(|i| (i, format!("row {i}"))).collect();
            static INSERT: Insert = Insert::new("INSERT OR IGNORE INTO t (a, b)", 2);
            insert_chunked(&tx, &INSERT, &rows, |s, at, r| {
                s.raw_bind_parameter(at + 1, r.0)?;
                s.raw_bind_parameter(at + 2, r.1.as_str())?;
                Ok(())
            })
            .unwrap();
            let got: Vec<(i64, String)> = tx
                .prepare("SELECT a, b FROM t ORDER BY a")
                .unwrap()
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap();
            assert_eq!(got, rows, "{n} rows");
        }
    }

    #[test]
    fn a_refused_row_stops_the_insert_with_its_error() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (a INTEGER)").unwrap();
        let tx = conn.transaction().unwrap();
        let rows: Vec<i64> = (0..40).collect();
        static INSERT: Insert = Insert::new("INSERT INTO t (a)", 1);
        let err = insert_chunked(&tx, &INSERT, &rows, |s, at, r| {
            if *r == 35 {
                return Err(crate::StoreError::UnknownEntity("35".into()));
            }
            s.raw_bind_parameter(at + 1, *r)?;
            Ok(())
        })
        .unwrap_err();
        assert!(matches!(err, crate::StoreError::UnknownEntity(_)));
    }
}
