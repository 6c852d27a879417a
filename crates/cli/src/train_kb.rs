//! `dossier train kb`: rebuilds the entity-resolution knowledge base from the PETRARCH2/Phoenix
//! actor dictionaries. Reproducible: the files are read in name order and the output is a
//! deterministic line format, so two runs give the same bytes.
//!
//! ```text
//! dossier train kb --phoenix ../shared/data/petrarch2-dictionaries -o crates/resolve/data/kb.txt
//! ```

use anyhow::{Context, Result};

#[derive(clap::Args)]
pub struct Args {
    /// Folder of the Phoenix dictionaries; every `*.actors.txt` in it is read, in name order.
    #[arg(long)]
    pub phoenix: std::path::PathBuf,
    /// Where to write the knowledge base (embedded from `crates/resolve/data/kb.txt`).
    #[arg(short, long, default_value = "crates/resolve/data/kb.txt")]
    pub output: std::path::PathBuf,
}

pub fn run(args: Args) -> Result<()> {
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(&args.phoenix)
        .with_context(|| format!("reading {}", args.phoenix.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.ends_with(".actors.txt"))
        })
        .collect();
    paths.sort();
    anyhow::ensure!(!paths.is_empty(), "no *.actors.txt files in {}", args.phoenix.display());
    let mut files = Vec::new();
    for p in &paths {
        let bytes = std::fs::read(p).with_context(|| format!("reading {}", p.display()))?;
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        files.push((name, String::from_utf8_lossy(&bytes).into_owned()));
    }
    let kb = dossier_resolve::Kb::build_from_phoenix(&files);
    let bytes = kb.to_bytes();
    std::fs::write(&args.output, &bytes)
        .with_context(|| format!("writing {}", args.output.display()))?;
    eprintln!(
        "knowledge base: {} entries from {} files, horizon {}, {} bytes -> {}",
        kb.len(),
        files.len(),
        kb.horizon(),
        bytes.len(),
        args.output.display()
    );
    Ok(())
}
