//! `dossier train ner`: trains the NER model reproducibly (fixed seed, one thread: the same data
//! gives the same bytes) and writes it where the build embeds it from.

use anyhow::{Context, Result};
use dossier_entities::{conll, train, TYPES};
use indicatif::{ProgressBar, ProgressStyle};

#[derive(clap::Args)]
pub struct Args {
    /// Training data in CoNLL format; repeat to train on several files.
    #[arg(long, required = true)]
    pub train: Vec<std::path::PathBuf>,
    /// Development data: dev F1 is printed after each epoch and the best epoch is kept.
    #[arg(long)]
    pub dev: Option<std::path::PathBuf>,
    /// Where to write the model.
    #[arg(short, long, default_value = "models/ner-en.bin")]
    pub output: std::path::PathBuf,
    #[arg(long, default_value_t = train::TrainOptions::default().epochs)]
    pub epochs: usize,
    #[arg(long, default_value_t = train::TrainOptions::default().seed)]
    pub seed: u64,
    /// Train the first pass only (faster tagging, about a point lower F1).
    #[arg(long)]
    pub single_pass: bool,
    /// Keep the last epoch instead of the one with the best dev F1 (for when the dev file is
    /// also part of the training data; dev F1 is still printed).
    #[arg(long)]
    pub last_epoch: bool,
    /// External name list in the PETRARCH2/Phoenix actor format (countries, places, leaders),
    /// e.g. `../shared/data/petrarch2-dictionaries/Phoenix.Countries.actors.txt`; repeatable.
    #[arg(long)]
    pub gazetteer: Vec<std::path::PathBuf>,
    /// Unlabeled text (files or folders of `.txt`/`.tml`) to learn word classes from, together
    /// with the training files' own words; repeatable. Without it the model has no word classes.
    #[arg(long)]
    pub unlabeled: Vec<std::path::PathBuf>,
}

fn read(p: &std::path::Path) -> Result<Vec<conll::ConllDoc>> {
    let t = std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
    conll::parse(&t).with_context(|| format!("parsing {}", p.display()))
}

pub fn run(args: Args) -> Result<()> {
    let mut docs = Vec::new();
    for p in &args.train {
        docs.extend(read(p)?);
    }
    let dev = args.dev.as_deref().map(read).transpose()?;
    let mut external = dossier_entities::features::Gazetteer::default();
    for g in &args.gazetteer {
        let t = std::fs::read_to_string(g).with_context(|| format!("reading {}", g.display()))?;
        dossier_entities::phoenix::read_into(&t, &mut external);
    }
    let mut clusters = dossier_entities::clusters::Clusters::default();
    if !args.unlabeled.is_empty() {
        let t = std::time::Instant::now();
        let mut sents = dossier_entities::clusters::read_unlabeled(&args.unlabeled)
            .context("reading --unlabeled")?;
        for d in &docs {
            for s in &d.sents {
                sents.push(s.words.clone());
            }
        }
        let ntok: usize = sents.iter().map(Vec::len).sum();
        clusters = dossier_entities::clusters::learn(
            sents.iter().map(|s| s.iter().map(String::as_str).collect()),
            &Default::default(),
        );
        eprintln!(
            "word classes: {} words from {ntok} tokens of text in {:.1?}",
            clusters.len(),
            t.elapsed()
        );
    }
    let opts = train::TrainOptions {
        epochs: args.epochs,
        seed: args.seed,
        two_stage: !args.single_pass,
        select_on_dev: !args.last_epoch,
        external,
        clusters,
        ..Default::default()
    };
    let t0 = std::time::Instant::now();
    let pb = ProgressBar::new(0);
    pb.set_style(
        ProgressStyle::with_template("{msg:>18} [{bar:40}] {pos}/{len} sentences ({elapsed})")
            .expect("valid template")
            .progress_chars("=> "),
    );
    let model = train::train(&docs, dev.as_deref(), &opts, &mut |p| match p {
        train::Progress::Stage { name, total } => {
            pb.set_message(name);
            pb.set_length(total as u64);
            pb.set_position(0);
        }
        train::Progress::Step(n) => pb.inc(n as u64),
        train::Progress::Epoch { name, epoch, mistakes, dev } => {
            let line = match dev {
                Some(d) => {
                    let per: Vec<String> =
                        (0..4).map(|i| format!("{} {:.4}", TYPES[i], d.per_type[i].f1())).collect();
                    format!(
                        "{name} epoch {epoch:>2}: {mistakes} sentences wrong; dev P {:.4} R {:.4} F1 {:.4} ({})",
                        d.all.precision(),
                        d.all.recall(),
                        d.all.f1(),
                        per.join(", ")
                    )
                }
                None => format!("{name} epoch {epoch:>2}: {mistakes} sentences wrong"),
            };
            // A hidden bar (output not a terminal) drops println: write the line directly.
            if pb.is_hidden() {
                eprintln!("{line}");
            } else {
                pb.println(line);
            }
        }
    });
    pb.finish_and_clear();
    let bytes = model.to_bytes();
    if let Some(dir) = args.output.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&args.output, &bytes)
        .with_context(|| format!("writing {}", args.output.display()))?;
    eprintln!(
        "wrote {} ({} bytes, {} pass(es)) in {:.0?}",
        args.output.display(),
        bytes.len(),
        model.passes(),
        t0.elapsed()
    );
    Ok(())
}
