//! The embedded knowledge base is exactly what `dossier train kb` derives from the Phoenix
//! dictionaries (reproducible, up to date), and it answers the dated questions it is for.

use std::path::PathBuf;

use dossier_resolve::{kb, Kb, KB_BYTES};

#[test]
fn embedded_kb_is_the_rebuild() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/petrarch2-dictionaries");
    if !dir.is_dir() {
        eprintln!("SKIPPED kb rebuild check: {} is missing", dir.display());
        return;
    }
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".actors.txt"))
        .collect();
    paths.sort();
    let files: Vec<(String, String)> = paths
        .iter()
        .map(|p| {
            let b = std::fs::read(p).unwrap();
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                String::from_utf8_lossy(&b).into_owned(),
            )
        })
        .collect();
    let a = Kb::build_from_phoenix(&files).to_bytes();
    let b = Kb::build_from_phoenix(&files).to_bytes();
    assert_eq!(a, b, "two builds differ");
    assert!(a == KB_BYTES, "crates/resolve/data/kb.txt is stale: rerun `dossier train kb`");
    assert!(KB_BYTES.len() < 2_000_000);
}

#[test]
fn embedded_kb_answers() {
    let k = kb();
    assert!(k.len() > 20_000);
    assert_eq!(k.person("Putin").unwrap().name, "Vladimir Putin");
    assert_eq!(k.person("Путин").unwrap().name, "Vladimir Putin");
    assert_eq!(k.person("Medvedev").unwrap().country(), Some("RUS"));
    assert_eq!(k.holder("president", "RUS", 20090615).unwrap().name, "Dmitry Medvedev");
    assert_eq!(k.holder("president", "RUS", 20040615).unwrap().name, "Vladimir Putin");
    assert_eq!(k.holder("president", "USA", 20100615).unwrap().name, "Barack Obama");
    // Beyond the dictionaries' horizon the articles must speak.
    assert!(k.holder("president", "USA", 20250615).is_none());
    assert!(k.holder("president", "RUS", 20250615).is_none());
}
