//! Helpers shared by the end-to-end tests: where things are, and running the binary.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// `../shared` beside the repository, if it is there.
pub fn shared() -> Option<PathBuf> {
    let p = root().join("../shared");
    p.is_dir().then(|| p.canonicalize().unwrap())
}

/// Returns `../shared/REL` or prints why the calling test is skipped.
pub fn shared_path(rel: &str, test: &str) -> Option<PathBuf> {
    match shared().map(|s| s.join(rel)).filter(|p| p.exists()) {
        Some(p) => Some(p),
        None => {
            eprintln!("SKIPPED {test}: ../shared/{rel} is not available");
            None
        }
    }
}

/// Runs `dossier ARGS` from the repository root.
pub fn dossier(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("dossier runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
