//! `dossier build` end to end: idempotence, bad input, replacement, standard input, kill -9.

mod common;

use std::fs;
use std::io::Write;
use std::process::{Command, Stdio};

use common::*;

fn count(db: &std::path::Path) -> usize {
    dossier_store::Store::open(db).unwrap().count().unwrap()
}

#[test]
fn examples_build_twice_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.db");
    let db = db.to_str().unwrap();
    let first = dossier(&["build", "examples", "--db", db]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert_eq!(stdout(&first).trim(), "6 articles: 6 new, 0 unchanged, 0 failed");
    let second = dossier(&["build", "examples", "--db", db]);
    assert!(second.status.success());
    assert_eq!(stdout(&second).trim(), "6 articles: 0 new, 6 unchanged, 0 failed");
    // The HTML page went through extraction: its metadata came from the page.
    let store = dossier_store::Store::open(std::path::Path::new(db)).unwrap();
    let page = store.get("ferry-route").unwrap().unwrap();
    assert_eq!(page.meta.author.as_deref(), Some("Ines Duarte"));
    assert_eq!(page.meta.published.as_deref(), Some("2026-04-02"));
    assert!(!page.text.contains("cookies") && !page.text.contains("Related articles"));
}

#[test]
fn bad_inputs_are_named_skipped_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    fs::write(input.join("good.txt"), "The ferry sailed on time.\nPassengers cheered.\n").unwrap();
    // Latin-1 reads as Windows-1252, with a warning; bytes that are no text stay an error.
    fs::write(input.join("latin1.txt"), b"Caf\xe9 owners met.\n").unwrap();
    fs::write(input.join("binary.txt"), b"Caf\xe9\x00\x01 owners met.\n").unwrap();
    fs::write(input.join("empty.txt"), "").unwrap();
    fs::write(
        input.join("batch.jsonl"),
        "{\"id\":\"j1\",\"text\":\"The dam held.\"}\n{\"id\":\"j2\",\"text\":\"unterminated\n{\"id\":\"j3\",\"text\":\"The road reopened.\"}\n",
    )
    .unwrap();
    let db = dir.path().join("x.db");
    let out = dossier(&["build", input.to_str().unwrap(), "--db", db.to_str().unwrap()]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert_eq!(stdout(&out).trim(), "7 articles: 4 new, 0 unchanged, 3 failed");
    assert!(
        err.contains("latin1.txt: not valid UTF-8 (first bad byte at offset 3, line 1): read as"),
        "{err}"
    );
    assert!(err.contains("binary.txt:1: not valid UTF-8"), "{err}");
    assert!(err.contains("empty.txt: empty article"), "{err}");
    assert!(err.contains("batch.jsonl:2: malformed JSON"), "{err}");
    assert_eq!(count(&db), 4);
    let store = dossier_store::Store::open(&db).unwrap();
    assert!(store.get("latin1").unwrap().unwrap().text.contains("Caf\u{e9} owners"));
    drop(store);

    let strict =
        dossier(&["build", input.to_str().unwrap(), "--db", db.to_str().unwrap(), "--strict"]);
    assert!(!strict.status.success());
    assert_eq!(count(&db), 4, "a strict run must not lose stored articles");
}

#[test]
fn nothing_readable_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.db");
    let out = dossier(&[
        "build",
        dir.path().join("missing").to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("missing: no such file or directory"));
}

#[test]
fn the_database_folder_is_made_and_a_blocked_one_named_once() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    fs::write(input.join("a.txt"), "The ferry sailed on time.\nPassengers cheered.\n").unwrap();
    let db = dir.path().join("out/stores/x.db");
    let out = dossier(&["build", input.to_str().unwrap(), "--db", db.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(count(&db), 1);
    // A file where the folder should be: one clear error, SQLite's words said once.
    fs::write(dir.path().join("blocked"), "not a folder").unwrap();
    let db = dir.path().join("blocked/x.db");
    let out = dossier(&["build", input.to_str().unwrap(), "--db", db.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("cannot open database") && err.contains("blocked/x.db"), "{err}");
    assert_eq!(err.matches("unable to open database file").count(), 1, "{err}");
}

#[test]
fn changed_file_replaces_old_version() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("a.txt");
    let db = dir.path().join("x.db");
    let (f_s, db_s) = (f.to_str().unwrap(), db.to_str().unwrap());
    fs::write(&f, "The mill closed.\n").unwrap();
    dossier(&["build", f_s, "--db", db_s]);
    fs::write(&f, "The mill reopened.\n").unwrap();
    let out = dossier(&["build", f_s, "--db", db_s]);
    assert!(
        stdout(&out).starts_with("1 articles: 1 new, 0 unchanged, 0 failed"),
        "{}",
        stdout(&out)
    );
    let store = dossier_store::Store::open(&db).unwrap();
    assert_eq!(store.count().unwrap(), 1);
    assert_eq!(store.get("a").unwrap().unwrap().text, "The mill reopened.\n");
}

#[test]
fn jsonl_from_standard_input() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.db");
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["build", "-", "--db", db.to_str().unwrap()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            b"{\"id\":\"s1\",\"text\":\"Snow fell.\"}\n{\"id\":\"s2\",\"text\":\"Rain fell.\"}\n",
        )
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "2 articles: 2 new, 0 unchanged, 0 failed");
}

#[test]
fn killed_build_leaves_a_usable_database() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("big.jsonl");
    let mut f = fs::File::create(&input).unwrap();
    let n = 4000;
    for i in 0..n {
        writeln!(
            f,
            "{{\"id\":\"a{i}\",\"text\":\"Article {i} reports that the council met on Monday. Officials said the plan was approved.\\nA second paragraph follows here.\"}}"
        )
        .unwrap();
    }
    drop(f);
    let db = dir.path().join("x.db");
    let args = ["build", input.to_str().unwrap(), "--db", db.to_str().unwrap(), "--quiet"];
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(150));
    let _ = child.kill(); // SIGKILL
    let _ = child.wait();
    // The database opens whatever the moment of the kill, and a rerun completes.
    let partial = count(&db);
    assert!(partial <= n);
    let out = dossier(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(count(&db), n);
    let summary = stdout(&out);
    assert!(
        summary
            .contains(&format!("{n} articles: {} new, {partial} unchanged, 0 failed", n - partial)),
        "{summary}"
    );
}
