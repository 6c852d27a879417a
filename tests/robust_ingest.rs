//! End-to-end robustness tests of reading inputs (issue 8): byte-order marks, UTF-16, files with
//! no text, sidecars named on the command line, awkward file names, symbolic-link loops, and the
//! article size limit, with the real binary.

mod common;

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// `dossier build --quiet ARGS`: (success, stdout trimmed, stderr).
fn build(args: &[&str]) -> (bool, String, String) {
    let mut all = vec!["build", "--quiet"];
    all.extend_from_slice(args);
    let out = dossier(&all);
    (out.status.success(), stdout(&out).trim().to_string(), stderr(&out))
}

fn ids(db: &Path) -> Vec<String> {
    let mut ids = dossier_store::Store::open(db).unwrap().ids().unwrap();
    ids.sort();
    ids
}

fn utf16le_with_bom(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

#[test]
fn a_folder_of_awkward_files() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir_all(input.join("sub")).unwrap();
    fs::write(input.join("good.txt"), "Harbour Reopens\n\nThe port reopened on Monday.\n").unwrap();
    fs::write(input.join("bom.txt"), "\u{FEFF}Bridge Opens\n\nThe new bridge opened on Tuesday.\n")
        .unwrap();
    fs::write(
        input.join("bom.jsonl"),
        "\u{FEFF}{\"id\":\"j1\",\"text\":\"The mayor spoke on Monday.\"}\n\
         {\"id\":\"j2\",\"text\":\"The council met on Friday.\"}\n",
    )
    .unwrap();
    fs::write(
        input.join("utf16.txt"),
        utf16le_with_bom("Ferry Fares Rise\n\nFerry fares rose on Wednesday.\n"),
    )
    .unwrap();
    fs::write(input.join("nul.txt"), [0u8; 4096]).unwrap();
    fs::write(input.join("bad\nname.txt"), "").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&input, input.join("sub/loop")).unwrap();
    let db = dir.path().join("x.db");

    let (ok, out, err) = build(&[s(&input), "--db", s(&db)]);
    assert!(ok, "{err}");
    let failed = if cfg!(unix) { 3 } else { 2 };
    assert_eq!(out, format!("{} articles: 5 new, 0 unchanged, {failed} failed", 5 + failed));
    assert_eq!(ids(&db), vec!["bom", "good", "j1", "j2", "utf16"]);
    // Each failure is named once, with its reason.
    let errors: Vec<&str> = err.lines().filter(|l| l.starts_with("error: ")).collect();
    assert_eq!(errors.len(), failed, "{err}");
    assert!(err.contains("nul.txt: no text: the article has no letters"), "{err}");
    // The newline in the file name is shown escaped, so the message stays on one line.
    assert!(err.contains("bad\\nname.txt: empty article"), "{err}");
    if cfg!(unix) {
        let lp = input.join("sub/loop");
        let expected = format!("{}: symlink loop: leads back to {}", lp.display(), input.display());
        assert!(err.contains(&expected), "{err}");
    }
    assert!(!err.contains("walk error") && !err.contains("os error"), "{err}");

    // The byte-order mark is not part of the title, nor of the text.
    let out = dossier(&["annotate", s(&input.join("bom.txt")), "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(doc["title"], "Bridge Opens");
    assert!(!doc["text"].as_str().unwrap().contains('\u{FEFF}'));
    let out = dossier(&["annotate", s(&input.join("utf16.txt")), "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(doc["title"], "Ferry Fares Rise");

    // Nothing readable at all is an error exit, and says why.
    let (ok, out, err) = build(&[s(&input.join("nul.txt")), "--db", s(&db)]);
    assert!(!ok);
    assert_eq!(out, "1 articles: 0 new, 0 unchanged, 1 failed");
    assert!(err.contains("nul.txt: no text"), "{err}");
}

#[test]
fn utf16_without_byte_order_mark_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("u16.txt");
    fs::write(&path, &utf16le_with_bom("The port reopened on Monday.\n")[2..]).unwrap();
    let (ok, _, err) = build(&[s(&path), "--db", s(&dir.path().join("x.db"))]);
    assert!(!ok);
    assert!(err.contains("u16.txt: not valid UTF-8: looks like UTF-16 without a byte-order mark"));
}

#[test]
fn sidecar_named_on_the_command_line_is_not_an_article() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let sidecar = dir.path().join("a.json");
    fs::write(&a, "The lighthouse keeper retired on Friday.\n").unwrap();
    fs::write(&sidecar, "\u{FEFF}{\"published\": \"2025-06-15\", \"outlet\": \"Gazette\"}")
        .unwrap();
    let db = dir.path().join("x.db");
    // As a shell expands `dossier build dir/*`.
    let (ok, out, err) = build(&[s(&a), s(&sidecar), "--db", s(&db)]);
    assert!(ok, "{err}");
    assert_eq!(out, "1 articles: 1 new, 0 unchanged, 0 failed");
    assert_eq!(ids(&db), vec!["a"]);
    let doc = dossier_store::Store::open(&db).unwrap().get("a").unwrap().unwrap();
    assert_eq!(doc.meta.outlet.as_deref(), Some("Gazette"));

    // A date that is not a string is an error for that article, not a crash.
    fs::write(&sidecar, r#"{"published": 20250615}"#).unwrap();
    let (ok, _, err) = build(&[s(&a), s(&sidecar), "--db", s(&db)]);
    assert!(!ok);
    assert!(err.contains("must be a string, not a number"), "{err}");
}

#[test]
fn articles_over_the_size_limit_are_refused_and_the_rest_stored() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    let eleven_mb = "Lorem ipsum dolor sit amet. ".repeat((11 << 20) / 28);
    fs::write(input.join("big.txt"), &eleven_mb).unwrap();
    let mut jsonl = fs::File::create(input.join("lines.jsonl")).unwrap();
    writeln!(jsonl, r#"{{"id":"first","text":"The mayor spoke on Monday."}}"#).unwrap();
    writeln!(jsonl, r#"{{"id":"huge","text":"{eleven_mb}"}}"#).unwrap();
    writeln!(jsonl, r#"{{"id":"last","text":"The council met on Friday."}}"#).unwrap();
    drop(jsonl);
    let db = dir.path().join("x.db");
    let started = Instant::now();
    let (ok, out, err) = build(&[s(&input), "--db", s(&db)]);
    assert!(ok, "{err}");
    assert_eq!(out, "4 articles: 2 new, 0 unchanged, 2 failed");
    assert_eq!(ids(&db), vec!["first", "last"]);
    assert!(err.contains("big.txt: article is 11.0 MB, over the 10 MB limit"), "{err}");
    assert!(err.contains("lines.jsonl:2: line is longer than the 10 MB article limit"), "{err}");
    assert!(started.elapsed() < Duration::from_secs(60));
}

/// Runs `dossier build - --db DB` with `zeros` NUL bytes and then `tail` on standard input;
/// returns (success, stdout, stderr, peak memory in KB if it could be measured).
fn build_from_stdin(zeros: usize, tail: &str, db: &Path) -> (bool, String, String, Option<u64>) {
    let time = Path::new("/usr/bin/time");
    let rss_file = db.with_extension("rss");
    let mut cmd = if time.exists() {
        let mut c = Command::new(time);
        c.args(["-f", "%M", "-o", s(&rss_file), env!("CARGO_BIN_EXE_dossier")]);
        c
    } else {
        Command::new(env!("CARGO_BIN_EXE_dossier"))
    };
    let mut child = cmd
        .args(["build", "--quiet", "-", "--db", s(db)])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let tail = tail.to_string();
    let writer = std::thread::spawn(move || {
        let chunk = vec![0u8; 1 << 20];
        let mut left = zeros;
        while left > 0 {
            let n = left.min(chunk.len());
            if stdin.write_all(&chunk[..n]).is_err() {
                return;
            }
            left -= n;
        }
        let _ = stdin.write_all(tail.as_bytes());
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    let rss = fs::read_to_string(&rss_file).ok().and_then(|s| s.trim().parse().ok());
    (out.status.success(), stdout(&out).trim().to_string(), stderr(&out), rss)
}

#[test]
fn endless_zeros_on_standard_input_are_one_error_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    // `head -c 50000000 /dev/zero | dossier build -`: nothing could be read.
    let (ok, out, err, rss) = build_from_stdin(50_000_000, "", &dir.path().join("a.db"));
    assert!(!ok, "nothing could be read: {out}");
    assert_eq!(out, "1 articles: 0 new, 0 unchanged, 1 failed");
    assert!(err.contains("-:1: line is longer than the 10 MB article limit"), "{err}");
    if let Some(kb) = rss {
        assert!(kb < 150_000, "peak memory {kb} KB for 50 MB of zeros");
    }
    // The same, then a good record: reading goes on after the over-long line.
    let tail = "\n{\"id\":\"after\",\"text\":\"The ferry sailed at noon.\"}\n";
    let db = dir.path().join("b.db");
    let (ok, out, err, rss) = build_from_stdin(50_000_000, tail, &db);
    assert!(ok, "{err}");
    assert_eq!(out, "2 articles: 1 new, 0 unchanged, 1 failed");
    assert_eq!(ids(&db), vec!["after"]);
    if let Some(kb) = rss {
        assert!(kb < 150_000, "peak memory {kb} KB for 50 MB of zeros");
    }
    assert!(started.elapsed() < Duration::from_secs(60));
}
