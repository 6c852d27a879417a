//! The entity and role stage takes time linear in its input, whatever the input: doubling a
//! pathological document (long runs of one character, one huge sentence, very many short
//! sentences, one word repeated, very long tokens, random unicode) may at most about double the
//! time to annotate it. Every stage that once rescanned a sentence or a list per token showed up
//! here as a fourfold jump.
//!
//! One test function runs the cases one after another, so that no two timings share the CPU.
//! Each size is timed best of three; a size whose best run is under 40 ms is doubled until it is
//! not, so the check means the same on fast and slow machines. A ratio over the limit is measured
//! again (keeping the best times) before it counts as a failure: a loaded machine slows single
//! runs, it does not make doubling cost four times as much every time. A ratio still over the
//! limit is then measured one doubling further: past `model::KEEP` tokens a sentence is rebuilt
//! on every sweep instead of kept, a one-off step in the cost per token that a doubling across
//! it shows once, while super-linear work shows at every doubling.

use dossier_document::{Document, EntityMention, Span};
use dossier_entities::{roles, tokenize};
use std::time::Duration;

/// Largest accepted time(2n) / time(n). Quadratic work gives 4; a linear stage measures 2 to
/// 2.5 on a busy machine (cache effects grow with the input), so 3 tells them apart without
/// failing on noise.
const MAX_RATIO: f64 = 3.0;
/// Shortest best run that a ratio is computed from.
const MIN_RUN: Duration = Duration::from_millis(40);

/// What one timed run does.
enum Job {
    /// `annotate` on text with no segmentation (the stage splits sentences itself).
    Text(String),
    /// `annotate` on a segmented document (sentences and tokens given, as the pipeline does).
    Segmented(Box<Document>),
    /// The role finder alone, over given sentences and mentions.
    Roles(String, Vec<Vec<Span>>, Vec<EntityMention>),
}

/// CPU time of the calling thread: unlike the wall clock, it does not count the time other
/// processes had the CPU, which is most of the noise on a busy machine.
#[cfg(target_os = "linux")]
fn now() -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid timespec to write to; the clock id is a constant Linux defines.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime");
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

#[cfg(not(target_os = "linux"))]
fn now() -> Duration {
    use std::sync::OnceLock;
    use std::time::Instant;
    static T0: OnceLock<Instant> = OnceLock::new();
    T0.get_or_init(Instant::now).elapsed()
}

impl Job {
    fn run(&self) -> Duration {
        match self {
            Job::Text(t) => {
                let mut doc = Document { text: t.clone(), ..Default::default() };
                let t0 = now();
                dossier_entities::annotate(&mut doc);
                now() - t0
            }
            Job::Segmented(d) => {
                let mut doc = Document::clone(d);
                let t0 = now();
                dossier_entities::annotate(&mut doc);
                now() - t0
            }
            Job::Roles(text, sents, ents) => {
                let t0 = now();
                let r = roles::find(text, sents, ents);
                let d = now() - t0;
                assert!(!r.is_empty());
                d
            }
        }
    }
}

fn best_of_3(job: &Job) -> Duration {
    (0..3).map(|_| job.run()).min().unwrap()
}

/// A deterministic stream of pseudo-random numbers (xorshift), so the tests need no seed.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn repeat(unit: &str, n: usize) -> Job {
    Job::Text(unit.repeat(n))
}

/// Random characters from ASCII, Latin-1 and general punctuation, CJK, and emoji, with spaces.
fn random_unicode(n: usize) -> Job {
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    let ranges = [(0x20u32, 0x7e), (0xa0, 0x2fff), (0x4e00, 0x9fff), (0x1f300, 0x1f6ff)];
    let text: String = (0..n)
        .map(|_| {
            let (a, b) = ranges[r.below(ranges.len())];
            char::from_u32(a + r.below((b - a) as usize) as u32).unwrap_or(' ')
        })
        .collect();
    Job::Text(text)
}

/// Capitalised names, title words and particles in random order, with commas and no stops.
fn capitalised_soup(n: usize) -> Job {
    let words = [
        "Ivan",
        "Petrov",
        "Moscow",
        "Bank",
        "President",
        "Kremlin",
        "aide",
        "of",
        "the",
        "United",
        "States",
        "bin",
        "Al",
        "White",
        "House",
        "head",
        "Minister",
        ",",
        "Foreign",
    ];
    let mut r = Rng(42);
    let text: Vec<&str> = (0..n).map(|_| words[r.below(words.len())]).collect();
    Job::Text(text.join(" "))
}

/// One sentence (as a segmenter would give it) of `n` repetitions of a clause, tokens split at
/// whitespace.
fn one_segmented_sentence(n: usize) -> Job {
    let text =
        "Kremlin aide Ivan Petrov, the head of the Ruritanian Bank, met CIA Director Jane Roe "
            .repeat(n);
    let mut tokens = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                tokens.push(Span::new(s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    let sentences = vec![Span::new(0, text.len())];
    Job::Segmented(Box::new(Document { text, sentences, tokens, ..Default::default() }))
}

/// `n` short sentences, each with a title phrase and a person, for the role finder alone.
fn role_sentences(n: usize) -> Job {
    let mut text = String::new();
    let mut sents = Vec::new();
    let mut ents = Vec::new();
    for i in 0..n {
        let start = text.len();
        text.push_str(&format!("Kremlin aide Ivan Petrov{} spoke . ", i % 10));
        let toks = tokenize::tokenize(&text, Span::new(start, text.len()));
        let (a, b) = (toks[2].start, toks[3].end);
        ents.push(EntityMention {
            start: toks[0].start,
            end: toks[0].end,
            text: "Kremlin".into(),
            label: "ORG".into(),
            entity: "Kremlin".into(),
        });
        ents.push(EntityMention {
            start: a,
            end: b,
            text: text[a..b].to_string(),
            label: "PER".into(),
            entity: text[a..b].to_string(),
        });
        sents.push(toks);
    }
    Job::Roles(text, sents, ents)
}

struct Case {
    name: &'static str,
    make: fn(usize) -> Job,
    /// Starting size (grown until a run takes at least `MIN_RUN`).
    n: usize,
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "short sentences with a title",
            n: 8_000,
            make: |n| {
                Job::Text(
                    (0..n).map(|i| format!("President Ivan Petrov{} spoke. ", i % 7)).collect(),
                )
            },
        },
        Case { name: "very many two-word sentences", n: 32_000, make: |n| repeat("No. ", n) },
        Case { name: "run of hyphens", n: 80_000, make: |n| repeat("-", n) },
        Case { name: "run of double quotes", n: 40_000, make: |n| repeat("\"", n) },
        Case { name: "run of apostrophes", n: 40_000, make: |n| repeat("'", n) },
        Case { name: "run of em dashes", n: 40_000, make: |n| repeat("\u{2014}", n) },
        Case { name: "run of periods", n: 3_200_000, make: |n| repeat(".", n) },
        Case { name: "gazetteer word repeated", n: 32_000, make: |n| repeat("Berlin ", n) },
        Case { name: "function word repeated", n: 32_000, make: |n| repeat("the ", n) },
        Case { name: "possessive repeated", n: 16_000, make: |n| repeat("Putin's ", n) },
        Case {
            name: "seat of government repeated",
            n: 16_000,
            make: |n| repeat("White House ", n),
        },
        Case {
            name: "name particles repeated",
            n: 8_000,
            make: |n| repeat("Ali bin Hamad bin ", n),
        },
        Case {
            name: "title words repeated",
            n: 4_000,
            make: |n| repeat("the head of the Kremlin aide President ", n),
        },
        Case {
            name: "huge sentence, no stops",
            n: 2_000,
            make: |n| repeat("Kremlin aide Ivan Petrov, the head of the Ruritanian Bank, ", n),
        },
        Case { name: "huge segmented sentence", n: 2_000, make: one_segmented_sentence },
        Case { name: "one very long lower-case token", n: 3_200_000, make: |n| repeat("a", n) },
        Case { name: "one very long capitalised token", n: 3_200_000, make: |n| repeat("A", n) },
        Case {
            name: "long token of periods and commas",
            n: 20_000,
            make: |n| Job::Text(format!("x{}", ".,".repeat(n))),
        },
        Case {
            name: "long token of initials",
            n: 640_000,
            make: |n| Job::Text(format!("{}.", "A.".repeat(n))),
        },
        Case { name: "capitalised-word soup", n: 32_000, make: capitalised_soup },
        Case { name: "random unicode", n: 320_000, make: random_unicode },
        Case { name: "role finder alone, many sentences", n: 40_000, make: role_sentences },
    ]
}

#[test]
fn annotation_time_is_linear() {
    dossier_entities::default_model().expect("model");
    // Warm up (first-use tables, allocator).
    Job::Text("Kremlin aide Ivan Petrov met CIA Director Jane Roe in Berlin.".into()).run();
    let mut failures = Vec::new();
    for case in cases() {
        // Unoptimised builds are many times slower: smaller inputs reach the same run times.
        let mut n = if cfg!(debug_assertions) { (case.n / 16).max(1) } else { case.n };
        let mut small = best_of_3(&(case.make)(n));
        while small < MIN_RUN && n < case.n * 64 {
            n *= 2;
            small = best_of_3(&(case.make)(n));
        }
        let (job1, job2) = ((case.make)(n), (case.make)(2 * n));
        let mut large = best_of_3(&job2);
        let mut ratio = large.as_secs_f64() / small.as_secs_f64();
        for _ in 0..2 {
            if ratio <= MAX_RATIO {
                break;
            }
            small = small.min(best_of_3(&job1));
            large = large.min(best_of_3(&job2));
            ratio = large.as_secs_f64() / small.as_secs_f64();
        }
        eprintln!("{:40} n={n:>8}: {:>9.1?} -> {:>9.1?} (x{ratio:.2})", case.name, small, large);
        if ratio > MAX_RATIO {
            let (n2, small2) = (2 * n, large);
            let large2 = best_of_3(&(case.make)(2 * n2));
            let ratio2 = large2.as_secs_f64() / small2.as_secs_f64();
            eprintln!("{:>40} n={n2:>8}: {small2:>9.1?} -> {large2:>9.1?} (x{ratio2:.2})", "");
            ratio = ratio.min(ratio2);
        }
        if ratio > MAX_RATIO {
            failures.push(format!("{}: x{ratio:.2} from n={n} to {}", case.name, 2 * n));
        }
    }
    assert!(failures.is_empty(), "super-linear: {failures:#?}");
}
