//! Development loop: train on one CoNLL file, report dev F1 per epoch, save the model.
//! `cargo run --release --example ner_dev -- TRAIN DEV OUT [EPOCHS] [BITS]`
//! with `NER_GAZ=file,file` (Phoenix actor lists) and `NER_UNLAB=path,path` (unlabeled text)
//! as `dossier train ner --gazetteer/--unlabeled` take them. The shipped model is made by
//! `dossier train ner` (see the crate docs); this is for quick experiments.
use dossier_entities::{conll, train};
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let tr = conll::parse(&std::fs::read_to_string(&a[1]).unwrap()).unwrap();
    let dv = conll::parse(&std::fs::read_to_string(&a[2]).unwrap()).unwrap();
    let mut opts = train::TrainOptions::default();
    if let Some(e) = a.get(4) {
        opts.epochs = e.parse().unwrap();
    }
    if let Some(b) = a.get(5) {
        opts.bits = b.parse().unwrap();
    }
    if let Ok(g) = std::env::var("NER_GAZ") {
        for f in g.split(',') {
            dossier_entities::phoenix::read_into(
                &std::fs::read_to_string(f).unwrap(),
                &mut opts.external,
            );
        }
        eprintln!("external gazetteer: {} entries", opts.external.len());
    }
    if let Ok(u) = std::env::var("NER_UNLAB") {
        let paths: Vec<std::path::PathBuf> = u.split(',').map(Into::into).collect();
        let mut sents = dossier_entities::clusters::read_unlabeled(&paths).unwrap();
        for d in &tr {
            for s in &d.sents {
                sents.push(s.words.clone());
            }
        }
        let n: usize = sents.iter().map(|s| s.len()).sum();
        let t = std::time::Instant::now();
        opts.clusters = dossier_entities::clusters::learn(
            sents.iter().map(|s| s.iter().map(String::as_str).collect()),
            &Default::default(),
        );
        eprintln!(
            "clusters: {} words from {} tokens in {:.1?}",
            opts.clusters.len(),
            n,
            t.elapsed()
        );
    }
    let t0 = std::time::Instant::now();
    let m = train::train(&tr, Some(&dv), &opts, &mut |p| {
        if let train::Progress::Epoch { name, epoch, mistakes, dev } = p {
            let Some(d) = dev else {
                eprintln!("{name} done [{:.0?}]", t0.elapsed());
                return;
            };
            let per: Vec<String> = (0..4)
                .map(|i| format!("{}={:.4}", dossier_entities::TYPES[i], d.per_type[i].f1()))
                .collect();
            eprintln!(
                "{name} epoch {epoch} mistakes {mistakes} dev P {:.4} R {:.4} F1 {:.4} {} [{:.0?}]",
                d.all.precision(),
                d.all.recall(),
                d.all.f1(),
                per.join(" "),
                t0.elapsed()
            );
        }
    });
    let b = m.to_bytes();
    eprintln!("model bytes {}", b.len());
    std::fs::write(&a[3], b).unwrap();
}
