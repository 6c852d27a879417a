//! Property tests: reading never panics whatever the bytes, every error names its file (and its
//! line for JSONL), and over-long JSONL lines are reported exactly where they are.

use std::io::{BufReader, Cursor};
use std::path::{Path, PathBuf};

use dossier_ingest::{
    display_path, read_one, read_one_with, read_with, Body, IngestError, IngestErrorKind, Input,
    InputKind, JsonlReader, ReadOptions,
};
use proptest::prelude::*;
use serde_json::Value;

/// Bytes with more newlines, braces, quotes, NULs and byte-order-mark pieces than chance gives.
fn bytes(max: usize) -> impl Strategy<Value = Vec<u8>> {
    let byte = prop_oneof![
        4 => any::<u8>(),
        2 => Just(b'\n'),
        1 => Just(b'\r'),
        1 => Just(b'{'),
        1 => Just(b'"'),
        1 => Just(0u8),
        1 => Just(0xEF),
        1 => Just(0xFE),
        1 => Just(0xFF),
        3 => b'a'..=b'z',
    ];
    prop::collection::vec(byte, 0..max)
}

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        "\\PC{0,20}".prop_map(Value::String),
    ];
    let key = prop_oneof![
        Just("text".to_string()),
        Just("html".to_string()),
        Just("id".to_string()),
        Just("title".to_string()),
        Just("author".to_string()),
        Just("published".to_string()),
        Just("language".to_string()),
        "[a-z]{1,6}",
    ];
    leaf.prop_recursive(4, 40, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key.clone(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn assert_names(e: &IngestError, path: &Path) {
    assert_eq!(e.origin.path, path);
    assert!(e.to_string().starts_with(&display_path(path)), "{e}");
}

/// Reads `path` as a JSONL input: (line, error kind if any) per item, checking that every item
/// names the file and a line, in increasing order.
fn read_jsonl_file(path: &Path, opts: &ReadOptions) -> Vec<(usize, Option<IngestErrorKind>)> {
    let input = Input::File { path: path.to_path_buf(), kind: InputKind::Jsonl, size: 0 };
    let mut last = 0;
    let mut out = Vec::new();
    for item in read_with(&input, opts) {
        let (line, kind) = match item {
            Ok(a) => (a.origin.line, None),
            Err(e) => {
                assert_names(&e, path);
                (e.origin.line, Some(e.kind))
            }
        };
        let line = line.expect("a JSONL item has a line");
        assert!(line > last, "line {line} after {last}");
        last = line;
        out.push((line, kind));
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn text_files(data in bytes(600), limit in prop_oneof![Just(u64::MAX), 0u64..700]) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, &data).unwrap();
        match read_one_with(&path, &ReadOptions { max_article_bytes: limit }) {
            Ok(a) => {
                prop_assert!(data.len() as u64 <= limit);
                let Body::Text(t) = &a.body else { panic!("a .txt file is text") };
                prop_assert!(t.chars().any(char::is_alphabetic));
                prop_assert!(!t.starts_with('\u{FEFF}'), "BOM kept");
                prop_assert_eq!(a.origin.path, path);
            }
            Err(e) => assert_names(&e, &path),
        }
    }

    #[test]
    fn html_files(data in bytes(600)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.html");
        std::fs::write(&path, &data).unwrap();
        if let Err(e) = read_one(&path) {
            assert_names(&e, &path);
        }
    }

    #[test]
    fn sidecars(data in bytes(300), value in json()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        let sidecar = dir.path().join("a.json");
        std::fs::write(&path, "Some text.").unwrap();
        for content in [data, value.to_string().into_bytes()] {
            std::fs::write(&sidecar, &content).unwrap();
            if let Err(e) = read_one(&path) {
                assert_names(&e, &path);
                let IngestErrorKind::BadSidecar { sidecar: s, .. } = &e.kind else {
                    panic!("{e}")
                };
                prop_assert_eq!(s, &sidecar);
            }
        }
    }

    #[test]
    fn jsonl_files(data in bytes(2000), limit in prop_oneof![Just(u64::MAX), 0u64..200]) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.jsonl");
        std::fs::write(&path, &data).unwrap();
        let items = read_jsonl_file(&path, &ReadOptions { max_article_bytes: limit });
        let mut lines: Vec<&[u8]> = data.split(|&b| b == b'\n').collect();
        if data.ends_with(b"\n") || data.is_empty() {
            lines.pop();
        }
        prop_assert!(items.iter().all(|(line, _)| *line <= lines.len()));
        // Over-long lines are reported exactly where they are, unless the first line says the
        // file is UTF-16, which ends the reading.
        let utf16 = matches!(items.first(), Some((1, Some(IngestErrorKind::Utf16Jsonl))));
        let expected: Vec<usize> = lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.len() as u64 > limit)
            .map(|(i, _)| i + 1)
            .collect();
        let reported: Vec<usize> = items
            .iter()
            .filter(|(_, k)| matches!(k, Some(IngestErrorKind::LineTooLong { .. })))
            .map(|(line, _)| *line)
            .collect();
        if !utf16 {
            prop_assert_eq!(reported, expected);
        }
    }

    #[test]
    fn jsonl_records(value in json(), cap in 1usize..40, limit in 0u64..400) {
        let line = value.to_string();
        let data = format!("{line}\n\n{line}\r\n");
        let r = BufReader::with_capacity(cap, Cursor::new(data.into_bytes()));
        let items: Vec<_> = JsonlReader::with_limit(r, PathBuf::from("in.jsonl"), limit).collect();
        prop_assert_eq!(items.len(), 2);
        for (item, lineno) in items.iter().zip([1, 3]) {
            match item {
                Ok(a) => {
                    prop_assert_eq!(a.origin.line, Some(lineno));
                    prop_assert!(line.len() as u64 <= limit);
                }
                Err(e) => {
                    prop_assert_eq!(e.origin.line, Some(lineno));
                    let prefix = format!("in.jsonl:{lineno}: ");
                    prop_assert!(e.to_string().starts_with(&prefix), "{}", e);
                }
            }
        }
    }
}
