//! Article text kept compressed, the way SQLite's own archive format (`sqlar`) keeps files.
//!
//! The cleaned text is most of what a store holds, and news prose deflates to a third of its
//! size or less. A `documents` row keeps it in `text` with its length in bytes in `text_size`
//! (and the raw input, when it differs, in `raw` and `raw_size`), under the `sqlar` rule: when
//! the value's length equals the size it is the text itself; otherwise it is the text
//! compressed with zlib. The rule is SQLite's, so the `sqlite3` shell reads a store without
//! dossier:
//!
//! ```sql
//! SELECT CAST(sqlar_uncompress(text, text_size) AS TEXT) FROM documents;
//! ```
//!
//! Every connection the store opens registers a `sqlar_uncompress` of its own with the same
//! meaning, so the views that cut words out of the text (`mentions`, quotes) work alike in
//! dossier and in the shell. Rows written before schema 8 hold plain text with no size, which
//! the rule also reads as they are.

use std::sync::Mutex;

use rusqlite::functions::FunctionFlags;
use rusqlite::types::{Value, ValueRef};
use rusqlite::Connection;

/// `text` as stored: zlib-compressed when that is shorter, else the text itself.
///
/// libdeflate compresses a whole buffer at once: for an article of a few kilobytes it is about
/// 1.7 times as fast as a streaming zlib at the same size (level 1 here deflates news prose to a
/// quarter, as streaming zlib's level 2 does), since it has no stream state to reset for each
/// article.
pub(crate) fn squeeze(text: &str) -> Value {
    if text.len() < 64 {
        return Value::Text(text.to_string());
    }
    thread_local! {
        // Level 1 (`CompressionLvl::fastest` is level 0, which stores without compressing).
        static COMPRESSOR: Option<std::cell::RefCell<libdeflater::Compressor>> =
            libdeflater::CompressionLvl::new(1)
                .ok()
                .map(|level| std::cell::RefCell::new(libdeflater::Compressor::new(level)));
    }
    let packed = COMPRESSOR.with(|c| {
        let mut c = c.as_ref()?.try_borrow_mut().ok()?;
        let mut out = vec![0; c.zlib_compress_bound(text.len())];
        let n = c.zlib_compress(text.as_bytes(), &mut out).ok()?;
        out.truncate(n);
        Some(out)
    });
    match packed {
        Some(out) if out.len() < text.len() => Value::Blob(out),
        _ => Value::Text(text.to_string()),
    }
}

/// Reads back what [`squeeze`] stored (or an older build's plain text), given the size column.
pub(crate) fn unsqueeze(v: ValueRef<'_>, size: Option<i64>) -> crate::Result<String> {
    let bytes = match v {
        ValueRef::Null => return Ok(String::new()),
        ValueRef::Text(b) | ValueRef::Blob(b) => b,
        _ => return Err(crate::StoreError::Layers("article text is not text".into())),
    };
    let bytes = inflate(bytes, size).map_err(crate::StoreError::Layers)?;
    String::from_utf8(bytes.into_owned())
        .map_err(|_| crate::StoreError::Layers("article text is not UTF-8".into()))
}

/// The `sqlar` rule: `data` as it is when `size` is missing, not positive or its length, else
/// `data` inflated (which must give exactly `size` bytes).
fn inflate(data: &[u8], size: Option<i64>) -> Result<std::borrow::Cow<'_, [u8]>, String> {
    let want = match size {
        Some(s) if s > 0 && s as usize != data.len() => s as usize,
        _ => return Ok(std::borrow::Cow::Borrowed(data)),
    };
    let mut z = flate2::Decompress::new(true);
    let mut out = Vec::with_capacity(want);
    let status = z
        .decompress_vec(data, &mut out, flate2::FlushDecompress::Finish)
        .map_err(|e| format!("compressed article text is damaged: {e}"))?;
    if status != flate2::Status::StreamEnd || out.len() != want {
        return Err(format!(
            "compressed article text is damaged: {} bytes instead of {want}",
            out.len()
        ));
    }
    Ok(std::borrow::Cow::Owned(out))
}

/// Registers `sqlar_uncompress(data, size)` on `conn`. It remembers the last value it inflated:
/// a query reading many mentions or quotes of one article in a row inflates the article once.
pub(crate) fn register(conn: &Connection) -> rusqlite::Result<()> {
    let last: Mutex<(Vec<u8>, i64, Vec<u8>)> = Mutex::new((Vec::new(), 0, Vec::new()));
    conn.create_scalar_function(
        "sqlar_uncompress",
        2,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        move |ctx| {
            let size: Option<i64> = ctx.get(1)?;
            let data = match ctx.get_raw(0) {
                ValueRef::Blob(b) => b,
                ValueRef::Text(t) => return Ok(Value::Text(String::from_utf8_lossy(t).into())),
                ValueRef::Integer(i) => return Ok(Value::Integer(i)),
                ValueRef::Real(f) => return Ok(Value::Real(f)),
                ValueRef::Null => return Ok(Value::Null),
            };
            if size.is_none_or(|s| s <= 0 || s as usize == data.len()) {
                return Ok(Value::Blob(data.to_vec()));
            }
            let mut last = last.lock().unwrap_or_else(|e| e.into_inner());
            if last.0 != data || Some(last.1) != size {
                let out = inflate(data, size)
                    .map_err(|e| rusqlite::Error::UserFunctionError(e.into()))?
                    .into_owned();
                *last = (data.to_vec(), size.unwrap_or(0), out);
            }
            Ok(Value::Blob(last.2.clone()))
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "The two leaders spoke by phone on Saturday, the Kremlin said. The \
        call lasted fifty minutes, and the two leaders agreed to speak again soon, the Kremlin \
        said. Путин и Трамп говорили по телефону.";

    #[test]
    fn texts_go_in_squeezed_and_come_back_whole() {
        let stored = squeeze(ARTICLE);
        let Value::Blob(b) = &stored else { panic!("not compressed: {stored:?}") };
        assert!(b.len() < ARTICLE.len());
        let back = unsqueeze(ValueRef::Blob(b), Some(ARTICLE.len() as i64)).unwrap();
        assert_eq!(back, ARTICLE);
        // Short texts stay as they are; old rows without a size read as they are.
        assert_eq!(squeeze("Short."), Value::Text("Short.".into()));
        assert_eq!(unsqueeze(ValueRef::Text(b"Plain."), None).unwrap(), "Plain.");
        assert_eq!(unsqueeze(ValueRef::Text(b"Plain."), Some(6)).unwrap(), "Plain.");
    }

    #[test]
    fn damaged_text_is_an_error_not_a_panic() {
        let Value::Blob(mut b) = squeeze(ARTICLE) else { panic!() };
        assert!(unsqueeze(ValueRef::Blob(&b), Some(ARTICLE.len() as i64 + 1)).is_err());
        let n = b.len();
        b[n / 2] ^= 0xff;
        b.truncate(n - 3);
        assert!(unsqueeze(ValueRef::Blob(&b), Some(ARTICLE.len() as i64)).is_err());
    }

    #[test]
    fn sql_reads_words_out_of_the_squeezed_text() {
        let conn = Connection::open_in_memory().unwrap();
        register(&conn).unwrap();
        conn.execute_batch("CREATE TABLE documents (id, text, text_size INTEGER)").unwrap();
        conn.execute(
            "INSERT INTO documents VALUES ('new', ?1, ?2)",
            rusqlite::params![squeeze(ARTICLE), ARTICLE.len() as i64],
        )
        .unwrap();
        conn.execute("INSERT INTO documents VALUES ('old', 'Old plain row.', NULL)", []).unwrap();
        // As the views cut words out (offsets in layers are bytes: substr of a blob counts bytes).
        let sql = "SELECT CAST(substr(CAST(sqlar_uncompress(d.text, d.text_size) AS BLOB), \
                   ?2 + 1, ?3) AS TEXT) FROM documents d WHERE d.id = ?1";
        let word = |id: &str, start: usize, len: usize| -> String {
            conn.query_row(sql, rusqlite::params![id, start as i64, len as i64], |r| r.get(0))
                .unwrap()
        };
        let start = ARTICLE.find("Путин").unwrap();
        assert_eq!(word("new", start, "Путин".len()), "Путин");
        assert_eq!(word("old", 4, 5), "plain");
    }
}
