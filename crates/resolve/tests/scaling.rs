//! Resolver::add scales linearly: twice the local entities (over the same 2,000 generated
//! people) take at most 3 times as long (quadratic work takes 4). Release builds only.

use dossier_document::clock::thread_cpu_time;

use dossier_resolve::{kb, Curation, LocalEntity, Resolver};

const FIRST: &[&str] =
    &["Anton", "Berit", "Cyril", "Dagny", "Emil", "Freya", "Gustav", "Hedda", "Ivar", "Jorunn"];
const SYL: &[&str] =
    &["ka", "lo", "mir", "sten", "vad", "ru", "bel", "tor", "ny", "gas", "pel", "dun"];

/// Times `f` in CPU seconds of this thread: other work on a shared machine then takes cores
/// away without counting against the code under test.
fn timed(f: impl FnOnce()) -> f64 {
    let start = thread_cpu_time();
    f();
    (thread_cpu_time() - start).as_secs_f64()
}

/// A deterministic person: first name + a three-syllable surname (2,000 distinct people).
fn person(i: usize) -> (String, String) {
    let first = FIRST[i % FIRST.len()];
    let j = i / FIRST.len();
    let sur = format!("{}{}{}", SYL[j % 12], SYL[(j / 12) % 12], SYL[(j / 144 + 3) % 12]);
    let mut c = sur.chars();
    let sur: String = c.next().unwrap().to_uppercase().chain(c).collect();
    (format!("{first} {sur}"), sur)
}

fn locals(n: usize) -> Vec<LocalEntity> {
    let mut seed: u64 = 42;
    (0..n)
        .map(|k| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let p = (seed >> 33) as usize % 2000;
            let (full, sur) = person(p);
            let bare = (seed >> 20) & 3 == 0;
            let name = if bare { sur.clone() } else { full.clone() };
            LocalEntity {
                doc: format!("d{}", k / 8),
                name: name.clone(),
                label: "PER".into(),
                surface: vec![name, sur],
                roles: Vec::new(),
                mentions: vec![(0, 5), (10, 15)],
                published: Some("2025-01-01".into()),
                description: false,
                described: Vec::new(),
            }
        })
        .collect()
}

/// One full resolution of `ls`, in seconds.
fn run(ls: &[LocalEntity]) -> f64 {
    timed(|| {
        let mut r = Resolver::new(Vec::new(), Curation::empty(), kb());
        for l in ls {
            r.add(l);
        }
        assert!(r.entities().len() <= 2100);
    })
}

#[test]
fn add_scales_linearly() {
    if cfg!(debug_assertions) {
        eprintln!("SKIPPED scaling: run with --release");
        return;
    }
    kb();
    // Interleaved runs, best of five each: the machine is shared, noise only adds time.
    let (small, large) = (locals(20_000), locals(40_000));
    let (mut a, mut b) = (f64::MAX, f64::MAX);
    for _ in 0..5 {
        a = a.min(run(&small));
        b = b.min(run(&large));
    }
    eprintln!("scaling: 20k locals {:.3}s, 40k locals {:.3}s, ratio {:.2}", a, b, b / a);
    // Quadratic work doubles four times; 3 leaves room for a busy machine.
    assert!(b / a <= 3.0, "ratio {:.2}", b / a);
}

/// An article of `n` sentences, each a description followed by a named person
/// ("The Kremlin aide Yuri Petrov spoke."), with the person mentions tagged.
fn described(n: usize) -> dossier_document::Document {
    let sentence = "The Kremlin aide Yuri Petrov spoke. ";
    let name_at = sentence.find("Yuri").unwrap();
    let mut doc = dossier_document::Document { text: sentence.repeat(n), ..Default::default() };
    for i in 0..n {
        let start = i * sentence.len() + name_at;
        doc.entities.push(dossier_document::EntityMention {
            start,
            end: start + "Yuri Petrov".len(),
            text: "Yuri Petrov".into(),
            label: "PER".into(),
            entity: "Yuri Petrov".into(),
        });
    }
    doc
}

#[test]
fn descriptions_resolve_in_linear_time() {
    if cfg!(debug_assertions) {
        eprintln!("SKIPPED descriptions_resolve_in_linear_time: timing needs a release build");
        return;
    }
    let time = |n: usize| {
        let mut doc = described(n);
        timed(|| dossier_resolve::resolve_document(&mut doc, kb()))
    };
    // Interleaved runs, best of seven each: a load that comes and goes (other builds on a
    // shared machine) then slows both sizes alike instead of one of them.
    let (mut a, mut b) = (f64::MAX, f64::MAX);
    for _ in 0..7 {
        a = a.min(time(20_000));
        b = b.min(time(40_000));
    }
    // Quadratic work doubles four times; 3 leaves room for a busy machine.
    assert!(
        b / a < 3.0,
        "doubling the descriptions took {:.2}x as long ({a:.3}s -> {b:.3}s)",
        b / a
    );
}
