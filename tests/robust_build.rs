//! End-to-end robustness tests of `dossier build` and the store (issue 8): the identity rule,
//! concurrent builds, databases that must be refused, and clear messages.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};

use common::*;

fn count(db: &Path) -> usize {
    dossier_store::Store::open(db).unwrap().count().unwrap()
}

fn ids(db: &Path) -> Vec<String> {
    dossier_store::Store::open(db).unwrap().ids().unwrap()
}

fn build(args: &[&str]) -> (bool, String, String) {
    let mut all = vec!["build", "--quiet"];
    all.extend_from_slice(args);
    let out = dossier(&all);
    (out.status.success(), stdout(&out).trim().to_string(), stderr(&out))
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn same_name_in_two_folders_keeps_both() {
    let dir = tempfile::tempdir().unwrap();
    for (sub, text) in [("a", "The lighthouse keeper retired."), ("b", "The orchard flooded.")] {
        fs::create_dir(dir.path().join(sub)).unwrap();
        fs::write(dir.path().join(sub).join("x.txt"), text).unwrap();
    }
    let db = dir.path().join("x.db");
    let (ok, out, err) = build(&[s(&dir.path().join("a/x.txt")), "--db", s(&db)]);
    assert!(ok, "{err}");
    assert_eq!(out, "1 articles: 1 new, 0 unchanged, 0 failed");
    let (ok, out, err) = build(&[s(&dir.path().join("b/x.txt")), "--db", s(&db)]);
    assert!(ok, "{err}");
    assert_eq!(out, "1 articles: 1 new, 0 unchanged, 0 failed");
    let names = ids(&db);
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names.contains(&"x".to_string()), "{names:?}");
    assert!(names.iter().any(|n| n.ends_with("b/x")), "{names:?}");
}

#[test]
fn a_folder_given_twice_or_overlapping_is_stored_once() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir_all(input.join("sub")).unwrap();
    fs::write(input.join("one.txt"), "The bakery opened at dawn.").unwrap();
    fs::write(input.join("sub/two.txt"), "The bridge was repainted.").unwrap();
    // The same content under another name is the same article.
    fs::write(input.join("sub/copy.txt"), "The bakery opened at dawn.").unwrap();
    let db = dir.path().join("x.db");
    let (ok, out, err) = build(&[s(&input), s(&input), s(&input.join("sub")), "--db", s(&db)]);
    assert!(ok, "{err}");
    assert_eq!(out, "3 articles: 2 new, 1 unchanged, 0 failed");
    assert_eq!(count(&db), 2);
    let (_, out, _) = build(&[s(&input.join("sub")), s(&input), "--db", s(&db)]);
    assert_eq!(out, "3 articles: 0 new, 3 unchanged, 0 failed");
    assert_eq!(count(&db), 2);
}

#[test]
fn jsonl_without_ids_follows_content_when_lines_move_or_go() {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("feed.jsonl");
    let line = |t: &str| format!("{{\"text\":\"{t}\"}}\n");
    let a = line("The ferry sailed at noon.");
    let b = line("The school reopened.");
    let c = line("The mayor planted a tree.");
    fs::write(&feed, format!("{a}{b}")).unwrap();
    let db = dir.path().join("x.db");
    let (ok, out, err) = build(&[s(&feed), "--db", s(&db)]);
    assert!(ok, "{err}");
    assert_eq!(out, "2 articles: 2 new, 0 unchanged, 0 failed");
    // A line inserted on top re-analyses only that line.
    fs::write(&feed, format!("{c}{a}{b}")).unwrap();
    let (_, out, _) = build(&[s(&feed), "--db", s(&db)]);
    assert_eq!(out, "3 articles: 1 new, 2 unchanged, 0 failed");
    assert_eq!(count(&db), 3);
    // A shrunk file leaves no stale copies.
    fs::write(&feed, c.clone()).unwrap();
    let (_, out, _) = build(&[s(&feed), "--db", s(&db)]);
    assert_eq!(
        out,
        "1 articles: 0 new, 1 unchanged, 0 failed (2 no longer in their file and dropped)"
    );
    assert_eq!(count(&db), 1);
    // ... but a file with a bad line drops nothing: the bad line may be one that was stored.
    fs::write(&feed, "{broken\n").unwrap();
    let (_, out, _) = build(&[s(&feed), "--db", s(&db)]);
    assert_eq!(out, "1 articles: 0 new, 0 unchanged, 1 failed");
    assert_eq!(count(&db), 1);
}

#[test]
fn jsonl_with_ids_replaces_changed_records() {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("feed.jsonl");
    fs::write(&feed, "{\"id\":\"r1\",\"text\":\"The dam held.\"}\n").unwrap();
    let db = dir.path().join("x.db");
    build(&[s(&feed), "--db", s(&db)]);
    fs::write(&feed, "{\"id\":\"r1\",\"text\":\"The dam held overnight.\"}\n").unwrap();
    let (_, out, _) = build(&[s(&feed), "--db", s(&db)]);
    assert_eq!(out, "1 articles: 1 new, 0 unchanged, 0 failed (1 replaced an older version)");
    assert_eq!(ids(&db), vec!["r1".to_string()]);
    let doc = dossier_store::Store::open(&db).unwrap().get("r1").unwrap().unwrap();
    assert!(doc.text.contains("overnight"));
}

#[test]
fn two_concurrent_builds_both_finish_and_store_each_article_once() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    for i in 0..300 {
        fs::write(
            input.join(format!("a{i:03}.txt")),
            format!("Council meeting number {i} approved the harbour budget on Monday.\n\nThe vote was close."),
        )
        .unwrap();
    }
    let db = dir.path().join("x.db");
    let spawn = || {
        Command::new(env!("CARGO_BIN_EXE_dossier"))
            .args(["build", "--quiet", s(&input), "--db", s(&db)])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (first, second) = (spawn(), spawn());
    for child in [first, second] {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(stdout(&out).starts_with("300 articles: "), "{}", stdout(&out));
        assert!(stdout(&out).ends_with(", 0 failed\n"), "{}", stdout(&out));
    }
    assert_eq!(count(&db), 300);
    let conn = rusqlite::Connection::open(&db).unwrap();
    let distinct: i64 = conn
        .query_row("SELECT COUNT(DISTINCT content_hash) FROM documents", [], |r| r.get(0))
        .unwrap();
    assert_eq!(distinct, 300);
}

#[test]
fn memory_databases_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "The tram was late.").unwrap();
    let (ok, _, err) = build(&[s(dir.path()), "--db", ":memory:"]);
    assert!(!ok);
    assert!(err.contains("':memory:' is not a file"), "{err}");
}

#[test]
fn foreign_and_non_sqlite_files_are_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "The tram was late.").unwrap();
    let foreign = dir.path().join("accounts.db");
    {
        let c = rusqlite::Connection::open(&foreign).unwrap();
        c.execute_batch("CREATE TABLE ledger (amount INTEGER); INSERT INTO ledger VALUES (5);")
            .unwrap();
    }
    let before = fs::read(&foreign).unwrap();
    let (ok, _, err) = build(&[s(&dir.path().join("a.txt")), "--db", s(&foreign)]);
    assert!(!ok);
    assert!(err.contains("accounts.db") && err.contains("table 'ledger'"), "{err}");
    assert!(err.contains("refusing to change it"), "{err}");
    assert_eq!(fs::read(&foreign).unwrap(), before);
    assert!(!dir.path().join("accounts.db-wal").exists());

    let notes = dir.path().join("notes.db");
    fs::write(&notes, "these are my notes and not a database, please keep them intact").unwrap();
    let (ok, _, err) = build(&[s(&dir.path().join("a.txt")), "--db", s(&notes)]);
    assert!(!ok);
    assert!(err.contains("notes.db") && err.contains("not an SQLite database"), "{err}");
    assert_eq!(err.matches("notes.db").count(), 1, "said once: {err}");
}

#[test]
fn a_newer_store_is_refused_in_one_sentence() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "The tram was late.").unwrap();
    let db = dir.path().join("x.db");
    build(&[s(&dir.path().join("a.txt")), "--db", s(&db)]);
    rusqlite::Connection::open(&db).unwrap().pragma_update(None, "user_version", 99).unwrap();
    let (ok, _, err) = build(&[s(&dir.path().join("a.txt")), "--db", s(&db)]);
    assert!(!ok);
    assert!(err.contains("schema version 99 is newer"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn a_database_that_cannot_be_opened_is_named() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "The tram was late.").unwrap();
    // (A missing folder is made; a file where a folder should be cannot be.)
    fs::write(dir.path().join("no"), "a file").unwrap();
    let db = dir.path().join("no/such/dir/x.db");
    let (ok, _, err) = build(&[s(&dir.path().join("a.txt")), "--db", s(&db)]);
    assert!(!ok);
    assert!(err.contains("no/such/dir"), "{err}");
}

#[test]
fn impossible_dates_are_refused_or_reported_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    fs::write(&a, "The tram was late on Monday.").unwrap();
    for bad in ["2025-02-31", "2024-02-30", "0000", "2025-13-45"] {
        let out = dossier(&["annotate", s(&a), "--published", bad]);
        assert!(!out.status.success(), "{bad}");
        assert_ne!(out.status.code(), Some(101));
        assert!(stderr(&out).contains(bad), "{}", stderr(&out));
    }
    let feed = dir.path().join("feed.jsonl");
    fs::write(
        &feed,
        "{\"id\":\"ok\",\"text\":\"The tram was late on Monday.\",\"published\":\"2025-06-14\"}\n\
         {\"id\":\"bad\",\"text\":\"The bus was early on Monday.\",\"published\":\"not a date\"}\n",
    )
    .unwrap();
    let db = dir.path().join("x.db");
    let (ok, out, err) = build(&[s(&feed), "--db", s(&db)]);
    assert!(ok, "{err}");
    assert_eq!(out, "2 articles: 2 new, 0 unchanged, 0 failed");
    assert!(err.contains("feed.jsonl:2: the publication date is not usable"), "{err}");
    let store = dossier_store::Store::open(&db).unwrap();
    let bad = store.get("bad").unwrap().unwrap();
    assert_eq!(bad.meta.published, None);
    let good = store.get("ok").unwrap().unwrap();
    assert_eq!(good.meta.published.as_deref(), Some("2025-06-14"));
}

/// Runs `dossier build` as a child and returns (success, stdout, peak resident bytes).
// The child is reaped with wait4 (which reports its resource use), not Child::wait.
#[allow(clippy::zombie_processes)]
fn build_measured(args: &[&str]) -> (bool, String, u64) {
    let child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .arg("build")
        .arg("--quiet")
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id() as libc::pid_t;
    let mut out = String::new();
    std::io::Read::read_to_string(&mut child.stdout.unwrap(), &mut out).unwrap();
    let mut status = 0;
    // SAFETY: rusage is plain data, filled by the kernel for our own child reaped here.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(r, pid);
    let ok = libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0;
    (ok, out.trim().to_string(), usage.ru_maxrss as u64 * 1024)
}

#[test]
fn memory_stays_under_a_gigabyte_on_huge_and_many_articles() {
    const GB: u64 = 1 << 30;
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    // A 200 MB article is refused by the size limit without being read (a sparse file: the
    // limit must be checked before reading).
    let huge = fs::File::create(input.join("huge.txt")).unwrap();
    huge.set_len(200 << 20).unwrap();
    // A million short sentences, under the limit.
    let mut million = String::with_capacity(7 << 20);
    for i in 0..1_000_000 {
        million.push_str(if i % 10 == 9 { "Go on.\n\n" } else { "Go on. " });
    }
    fs::write(input.join("million.txt"), million).unwrap();
    // Many 1 MB articles.
    for i in 0..12 {
        let mut a = String::with_capacity(1 << 20);
        while a.len() < 1 << 20 {
            a.push_str(&format!(
                "Report {i}: the harbour council met on Monday in Lisbon and approved plan {}. ",
                a.len()
            ));
            if a.len() % 7 == 3 {
                a.push_str("\n\n");
            }
        }
        fs::write(input.join(format!("mb{i:02}.txt")), a).unwrap();
    }
    let db = dir.path().join("x.db");
    let (ok, out, peak) = build_measured(&[s(&input), "--db", s(&db)]);
    assert!(ok, "{out}");
    assert_eq!(out, "14 articles: 13 new, 0 unchanged, 1 failed");
    assert!(peak < GB, "peak memory {} MB", peak >> 20);
}
