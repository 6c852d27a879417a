//! `dossier build PATH...`: analyse articles and store them.
//!
//! Articles are streamed in batches: each batch is read sequentially, articles whose content is
//! already stored are only recorded as seen, the rest are analysed in parallel (rayon), and the
//! batch is written in one transaction. A batch closes at [`BATCH`] articles or
//! [`BATCH_BYTES`] of text, and articles over [`BIG_ARTICLE`] are analysed one at a time, so
//! memory stays bounded whatever the input; no article over `--max-article-mb` is read at all.
//! A killed build loses at most the batch in flight.
//!
//! One article never stops the build: a read error, an analysis error or a panic inside a stage
//! is reported as `FILE[:LINE]: message`, counted as failed, and the rest of the batch is stored.

use std::any::Any;
use std::cell::RefCell;
use std::collections::HashSet;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{sync_channel, SyncSender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result};
use dossier_ingest::{Article, Body, IngestError, Input, ReadOptions};
use dossier_pipeline::{AnalyseError, Analysed};
use dossier_resolve::{Curation, LocalEntity};
use dossier_store::{NewDocument, SourceKey, Store, Stored};

use crate::resolve_stage::{thread_cpu_time, CorpusStages, ResolveStage};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

/// Articles per transaction: large enough to amortise commits (each writes every page the batch
/// changed, and the corpus indexes are changed all over) and the rewriting of every entity and
/// event a batch touches, small enough to bound memory. A 20,000-article build peaks at about
/// 560 MB with 2,048; 1,024 took 6% more time (mean of six paired builds: 16.1 s against
/// 15.2 s) and peaked near 480 MB, and 512 was 7% slower again for 80 MB less.
const BATCH: usize = 2048;
/// Bytes of article text per batch: analysed documents are held until their batch is written.
const BATCH_BYTES: usize = 16 << 20;
/// Most articles per batch near the end of the input. The writer stores each batch after it is
/// analysed, so the last batch is stored while the analysis threads have nothing left to do.
const TAIL_BATCH: usize = BATCH / 4;
/// Fewest articles per batch: a batch costs the writer a commit (some 20 ms) whatever its size.
const LAST_BATCH: usize = 32;
/// Analysed batches that may wait for the writer. With one, the analysis stopped whenever the
/// writer ran a batch behind (a slow commit, a checkpoint), leaving a core idle: 5% of the core
/// time of a 20,000-article build. With two, the analysis goes on through such stretches; the
/// same build took 14.0 s instead of 14.2 s (three paired builds each), idle core time fell by
/// a fifth, and peak memory did not grow (the second place is seldom filled).
const WAITING: usize = 2;
/// Articles at least this large are analysed alone, never two at once.
const BIG_ARTICLE: usize = 1 << 20;

#[derive(clap::Args)]
#[command(after_help = "\
Identity: an article is its content (text plus the metadata given with it). The same content is
stored once, however many files, folders or runs bring it; a file or JSONL record (by its \"id\")
whose content changed replaces its old version; a JSONL file read without errors drops the
articles it no longer holds. Two builds may run on one database at the same time.

Speed: articles are analysed on every core while one thread stores them; the analysing
threads run at a slightly lower priority (niceness +5) so that storing never waits for them.

Examples:
  dossier build articles/                    every .txt/.html/.jsonl under articles/
  dossier build feed.jsonl --db case.db      into another database
  cat feed.jsonl | dossier build -           JSONL from standard input")]
pub struct Args {
    /// Files or directories to read (.txt with optional sidecar .json, .jsonl, .html); `-` reads
    /// JSONL from standard input. Directories are read recursively.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// The database file (created if missing; must be a dossier store).
    #[arg(long, default_value = "dossier.db", value_name = "FILE")]
    pub db: PathBuf,
    /// Exit with an error status if any input could not be read or analysed.
    #[arg(long)]
    pub strict: bool,
    /// Print nothing but errors and the summary line.
    #[arg(long, short)]
    pub quiet: bool,
    /// Largest article accepted, in megabytes (a whole file, or one JSONL line); larger ones are
    /// reported and skipped without being read.
    #[arg(long, value_name = "MB", default_value_t = 10.0, value_parser = parse_mb)]
    pub max_article_mb: f64,
    /// Corrections to entity resolution, one rule a line: `together = "Fogel" | "Marc Vogel"`,
    /// `apart = "Alexander Vinnik" | "Vera Vinnik"`, `rename = "Old" -> "New"`. Default:
    /// `dossier.curation` in the current directory, when there is one. When the rules change,
    /// every stored article's entities are resolved again (no article is re-analysed).
    #[arg(long, value_name = "FILE")]
    pub curation: Option<PathBuf>,
    /// After the summary, print one line `timings: {...}` (JSON) to standard error: wall seconds
    /// of reading, analysis, entity resolution and writing, the CPU seconds of resolution, and
    /// where cores stood idle: the start, the analysis waiting for the writer (`queue_wait_s`),
    /// the writer waiting for a batch (`writer_idle_s`) and the end (`finish_s`).
    #[arg(long)]
    pub timings: bool,
}

/// Wall time spent in each phase of a build.
#[derive(Default, Debug)]
struct Timings {
    read: Duration,
    analyse: Duration,
    /// Entity resolution and event merging, including those of articles stored earlier.
    resolve: Duration,
    /// The event merging part of `resolve`.
    merge: Duration,
    /// Writing batches, resolution and merging excluded.
    write: Duration,
    /// CPU time of the writer thread in resolution and merging (and of the main thread for
    /// the articles stored earlier): unlike `resolve`, it does not move with the load.
    resolve_cpu: Duration,
    /// Before the first article was read: opening the store, loading the resolver.
    start: Duration,
    /// The analysis waiting for the writer to take a batch (the analysing cores idle).
    queue_wait: Duration,
    /// The end: waiting for the writer to store the last batches, then pruning.
    finish: Duration,
    /// The writer waiting for a batch to store (its core free for the analysis).
    writer_idle: Duration,
}

/// The curation rules to apply, and their text (whose change triggers a new resolution).
fn read_curation(given: Option<&Path>) -> Result<(Curation, String)> {
    let default = Path::new("dossier.curation");
    let path = match given {
        Some(p) => p,
        None if default.is_file() => default,
        None => return Ok((Curation::empty(), String::new())),
    };
    let shown = dossier_ingest::display_path(path);
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the curation file {shown}"))?;
    let rules = Curation::parse(&text, &shown)?;
    Ok((rules, text))
}

fn parse_mb(s: &str) -> std::result::Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v > 0.0 && v <= 1024.0 => Ok(v),
        _ => Err(format!("'{s}' is not a size in megabytes between 0 and 1024")),
    }
}

#[derive(Default, Debug)]
struct Counts {
    new: usize,
    replaced: usize,
    unchanged: usize,
    failed: usize,
    dropped: usize,
}

/// An article read and waiting for analysis.
struct Pending {
    article: Article,
    source: SourceKey,
}

/// One batch for the writer: analysed documents and sightings of stored content.
struct WriteJob {
    docs: Vec<NewDocument>,
    /// The local entities of each of `docs` (same order), found on the analysis threads so the
    /// single writer thread only links them to the corpus.
    locals: Vec<Vec<LocalEntity>>,
    seen: Vec<(SourceKey, String)>,
}

/// What the writer thread did, handed back when it finishes.
#[derive(Default)]
struct Written {
    new: usize,
    replaced: usize,
    unchanged: usize,
    idle: Duration,
    resolve: Duration,
    merge: Duration,
    write: Duration,
    resolve_cpu: Duration,
}

/// The database writer: a thread that owns the writing connection and the entity resolver and
/// stores batch after batch while the next batch is being read and analysed. At most
/// [`WAITING`] batches wait for it, so memory stays bounded by four batches (being analysed,
/// two waiting, being written).
struct Writer {
    jobs: Option<SyncSender<WriteJob>>,
    thread: Option<JoinHandle<Result<Written>>>,
}

impl Writer {
    fn spawn(mut store: Store, mut stages: CorpusStages, seen_at: i64, context: String) -> Writer {
        let (jobs, queue) = sync_channel::<WriteJob>(WAITING);
        let thread = std::thread::spawn(move || -> Result<Written> {
            let mut w = Written::default();
            let mut waiting = Instant::now();
            for job in queue {
                w.idle += waiting.elapsed();
                let t = Instant::now();
                let resolving_before = stages.elapsed();
                stages.resolve.prepare(&job.docs, job.locals);
                let attempt = panic::catch_unwind(AssertUnwindSafe(|| {
                    store.put_batch_with(&job.docs, &job.seen, seen_at, Some(&mut stages))
                }));
                let outcomes = match attempt {
                    Ok(stored) => stored,
                    Err(payload) => {
                        // A bug in resolution must not lose the batch: store it without
                        // entities (the next build resolves it) and start the resolver afresh.
                        let detail = LAST_PANIC
                            .with(|l| l.borrow_mut().take())
                            .unwrap_or_else(|| payload_text(payload.as_ref()));
                        eprintln!(
                            "warning: internal error in entity resolution or event merging \
                             ({detail}); {} articles stored without entities and events, please \
                             report it",
                            job.docs.len()
                        );
                        stages.reset();
                        store.put_batch(&job.docs, &job.seen, seen_at)
                    }
                }
                .with_context(|| format!("cannot write to the {context}"))?;
                let resolving = stages.elapsed() - resolving_before;
                w.merge = stages.merge.elapsed;
                w.resolve_cpu = stages.cpu;
                w.resolve += resolving;
                w.write += t.elapsed().saturating_sub(resolving);
                for outcome in outcomes {
                    match outcome {
                        Stored::New => w.new += 1,
                        Stored::Replaced => w.replaced += 1,
                        Stored::Unchanged => w.unchanged += 1,
                    }
                }
                waiting = Instant::now();
            }
            // The process ends with the build (`run` is the command's body): the resolver's and
            // merger's tables, hundreds of thousands of small allocations, are left to it rather
            // than freed one by one (50 ms of a 20,000-article build, after the last batch).
            std::mem::forget(stages);
            Ok(w)
        });
        Writer { jobs: Some(jobs), thread: Some(thread) }
    }

    /// Hands a batch over; waits while another batch is still waiting. A writer that stopped
    /// (a database error) reports its error here.
    fn send(&mut self, job: WriteJob) -> Result<()> {
        let sent = self.jobs.as_ref().is_some_and(|j| j.send(job).is_ok());
        if sent {
            return Ok(());
        }
        match self.finish() {
            Err(e) => Err(e),
            Ok(_) => Err(anyhow::anyhow!("the database writer stopped")),
        }
    }

    /// Waits until every batch is stored.
    fn finish(&mut self) -> Result<Written> {
        drop(self.jobs.take());
        match self.thread.take() {
            Some(t) => t.join().map_err(|_| anyhow::anyhow!("the database writer failed"))?,
            None => Ok(Written::default()),
        }
    }
}

struct Run {
    timings: Timings,
    /// A reading connection: is this content stored already?
    store: Store,
    writer: Writer,
    db: PathBuf,
    bar: ProgressBar,
    counts: Counts,
    pending: Vec<Pending>,
    pending_bytes: usize,
    /// Content hashes in `pending`: a second copy in the same batch is only a sighting.
    pending_hashes: HashSet<String>,
    /// Sources whose content is already stored, recorded with the next batch.
    seen: Vec<(SourceKey, String)>,
    /// Bytes of input not read yet, counted down by the bytes each article was read from (None
    /// when reading standard input): near the end, batches shrink (see [`batch_limit`]).
    left: Option<u64>,
    /// Articles read and the bytes they were read from so far, for the average size of one.
    read: (u64, u64),
}

/// How many articles the current batch may hold, given the bytes `left` to read and the
/// articles `read` so far (count, bytes): [`BATCH`] while two full batches of articles of the
/// average size are left, then as many as are left (so a batch takes half of what it sees left)
/// between [`LAST_BATCH`] and [`TAIL_BATCH`]. The last batches halve: the writer finishes each
/// while the next, half as large, is analysed, and what it stores alone after the analysis ends
/// is the small last one (was the last of a run of [`TAIL_BATCH`]-article batches, 0.2 s of a
/// 20,000-article build with one core idle).
fn batch_limit(left: Option<u64>, read: (u64, u64)) -> usize {
    let (n, bytes) = read;
    match left {
        Some(left) if n > 0 => {
            let articles_left = left / (bytes / n).max(1);
            if articles_left >= 2 * BATCH as u64 {
                BATCH
            } else {
                (articles_left as usize).clamp(LAST_BATCH, TAIL_BATCH)
            }
        }
        _ => BATCH,
    }
}

/// The source key of an article: which file (and which record in it) it came from.
fn source_key(a: &Article, canonical: &str) -> SourceKey {
    let file = canonical.to_string();
    let key = match a.origin.line {
        None => canonical.to_string(),
        Some(line) => {
            let stem = a.origin.path.file_stem().map(|s| s.to_string_lossy()).unwrap_or_default();
            if a.id == format!("{stem}:{line}") {
                // No id of its own: the record is known by its content alone.
                format!("{canonical}#sha256={}", a.content_hash)
            } else {
                format!("{canonical}#id={}", a.id)
            }
        }
    };
    SourceKey { key, file }
}

/// The name to fall back on when an article's own name is taken: its path without extension.
fn alt_name(a: &Article) -> String {
    let path = a.origin.path.with_extension("");
    let path = path.to_string_lossy();
    match a.origin.line {
        Some(l) => format!("{path}:{l}"),
        None => path.into_owned(),
    }
}

fn body_len(a: &Article) -> usize {
    match &a.body {
        Body::Text(t) | Body::Html(t) => t.len(),
    }
}

impl Run {
    fn fail(&mut self, msg: String) {
        self.counts.failed += 1;
        self.bar.suspend(|| eprintln!("error: {msg}"));
    }

    fn db_context(&self) -> String {
        format!("database {}", dossier_ingest::display_path(&self.db))
    }

    /// Takes one read result; returns whether it was an article (not an error).
    fn accept(&mut self, result: Result<Article, IngestError>, canonical: &str) -> Result<bool> {
        let article = match result {
            Ok(a) => a,
            Err(e) => {
                self.fail(e.to_string());
                return Ok(false);
            }
        };
        let source = source_key(&article, canonical);
        let hash = &article.content_hash;
        if self.pending_hashes.contains(hash)
            || self.store.has_content(hash).with_context(|| self.db_context())?
        {
            self.counts.unchanged += 1;
            self.consumed(article.size);
            self.seen.push((source, hash.clone()));
            return Ok(true);
        }
        self.pending_hashes.insert(hash.clone());
        let len = body_len(&article);
        self.pending_bytes += len;
        self.consumed(article.size);
        self.pending.push(Pending { article, source });
        if self.pending.len() >= self.batch_limit() || self.pending_bytes >= BATCH_BYTES {
            self.flush()?;
        }
        Ok(true)
    }

    /// Counts an article of `bytes` as read.
    fn consumed(&mut self, bytes: u64) {
        self.read = (self.read.0 + 1, self.read.1 + bytes);
        if let Some(left) = &mut self.left {
            *left = left.saturating_sub(bytes);
        }
    }

    fn batch_limit(&self) -> usize {
        batch_limit(self.left, self.read)
    }

    fn flush(&mut self) -> Result<()> {
        if self.pending.is_empty() && self.seen.is_empty() {
            return Ok(());
        }
        let batch = std::mem::take(&mut self.pending);
        self.pending_bytes = 0;
        self.pending_hashes.clear();
        let (big, small): (Vec<_>, Vec<_>) =
            batch.into_iter().partition(|p| body_len(&p.article) >= BIG_ARTICLE);
        let t = Instant::now();
        let mut results: Vec<_> = small.into_par_iter().map(analyse).collect();
        results.extend(big.into_iter().map(analyse));
        self.timings.analyse += t.elapsed();
        let mut good = Vec::with_capacity(results.len());
        let mut locals = Vec::with_capacity(results.len());
        for r in results {
            match r {
                Ok(((doc, local), warnings)) => {
                    for w in warnings {
                        self.bar.suspend(|| eprintln!("warning: {w}"));
                    }
                    good.push(doc);
                    locals.push(local);
                }
                Err(msg) => self.fail(msg),
            }
        }
        let seen = std::mem::take(&mut self.seen);
        let t = Instant::now();
        let sent = self.writer.send(WriteJob { docs: good, locals, seen });
        self.timings.queue_wait += t.elapsed();
        sent
    }
}

thread_local! {
    /// The message and place of the last panic on this thread, kept by the build's panic hook.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// While a build runs, a panic inside a stage is recorded for the article's error message
/// instead of being printed on its own.
fn quiet_panics() {
    panic::set_hook(Box::new(|info| {
        let msg = payload_text(info.payload());
        let at =
            info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("{msg}{at}")));
    }));
}

fn payload_text(p: &dyn Any) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}

/// An analysed article ready for the writer: the document to store and its local entities.
type Ready = (NewDocument, Vec<LocalEntity>);

/// Analyses one article, catching a panic at the article boundary.
/// Returns the document to store with its local entities and the warnings to print about it
/// (each prefixed with the article's origin), or the message saying why it failed.
fn analyse(p: Pending) -> std::result::Result<(Ready, Vec<String>), String> {
    analyse_with(p, |a| dossier_pipeline::analyse_with_warnings(a, &Default::default()))
}

fn analyse_with(
    p: Pending,
    stages: impl FnOnce(Article) -> std::result::Result<Analysed, AnalyseError>,
) -> std::result::Result<(Ready, Vec<String>), String> {
    let origin = p.article.origin.to_string();
    let alt_name = alt_name(&p.article);
    let hash = p.article.content_hash.clone();
    let article = p.article;
    let analysed = panic::catch_unwind(AssertUnwindSafe(|| {
        stages(article).map(|a| {
            let local = dossier_resolve::local_entities(&a.doc);
            (a, local)
        })
    }));
    match analysed {
        Ok(Ok((Analysed { mut doc, warnings }, local))) => {
            // The store keeps no tokens and the writer reads none: freed here, on the thread
            // that made them, they neither wait in the queue nor cost the writer a free.
            doc.tokens = Vec::new();
            let warnings = warnings.into_iter().map(|w| format!("{origin}: {w}")).collect();
            let shown = origin.clone();
            let new = NewDocument::new(doc, origin, alt_name, hash, p.source)
                .map_err(|e| format!("{shown}: cannot encode the analysis: {e}"))?;
            Ok(((new, local), warnings))
        }
        Ok(Err(e)) => Err(format!("{origin}: {e}")),
        Err(payload) => {
            let detail = LAST_PANIC
                .with(|l| l.borrow_mut().take())
                .unwrap_or_else(|| payload_text(payload.as_ref()));
            Err(format!(
                "{origin}: internal error while analysing this article ({detail}); skipped, \
                 please report it"
            ))
        }
    }
}

/// Makes the folder a new database goes in (`--db out/dossier.db` in a fresh checkout), as a
/// user who names a path expects; SQLite would only say it is "unable to open database file".
fn create_parent(db: &Path) -> Result<()> {
    match db.parent() {
        Some(dir) if !dir.as_os_str().is_empty() && !dir.exists() => std::fs::create_dir_all(dir)
            .with_context(|| {
                format!(
                    "cannot create the folder {} for the database",
                    dossier_ingest::display_path(dir)
                )
            }),
        _ => Ok(()),
    }
}

/// Each file once, however many of the given paths lead to it (`dir dir`, `dir dir/sub`).
fn unique_inputs(inputs: Vec<Input>) -> Vec<(Input, String)> {
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(inputs.len());
    for input in inputs {
        let key = match &input {
            Input::File { path, .. } => std::fs::canonicalize(path)
                .unwrap_or_else(|_| path.clone())
                .to_string_lossy()
                .into_owned(),
            Input::Stdin => "-".to_string(),
        };
        if key == "-" || seen.insert(key.clone()) {
            out.push((input, key));
        }
    }
    out
}

/// Niceness of the analysis threads (see [`analysis_yields_to_the_writer`]).
const ANALYSIS_NICENESS: i32 = 5;

/// The writer thread (storing, resolving, merging) is the build's one serial stage and the
/// analysis threads its parallel ones: when the three compete for two cores, the writer must
/// not be the one that waits, or every batch waits for it. Analysis threads therefore run at a
/// lower priority (a higher niceness, which needs no privilege); on an idle core they run as
/// fast as before. Also sets up the analysis pool, so it is called before the first batch.
fn analysis_yields_to_the_writer() {
    let _ = rayon::ThreadPoolBuilder::new()
        .start_handler(|_| {
            #[cfg(target_os = "linux")]
            // SAFETY: plain system calls on the calling thread's own id; a failure (a platform
            // without per-thread priorities) only leaves the priority as it was.
            unsafe {
                let tid = libc::gettid();
                let now = libc::getpriority(libc::PRIO_PROCESS, tid as libc::id_t);
                libc::setpriority(libc::PRIO_PROCESS, tid as libc::id_t, now + ANALYSIS_NICENESS);
            }
        })
        .build_global();
}

pub fn run(args: Args) -> Result<ExitCode> {
    analysis_yields_to_the_writer();
    // The tagger's weights are loaded before huge pages go off, so that they keep theirs (see
    // `keep_freed_memory`); a broken model is reported by the first article's analysis.
    let _ = dossier_entities::default_model();
    crate::keep_freed_memory();
    let started = Instant::now();
    let (curation, curation_text) = read_curation(args.curation.as_deref())?;
    let (inputs, missing) = dossier_ingest::discover(&args.paths);
    let inputs = unique_inputs(inputs);
    create_parent(&args.db)?;
    let mut store = Store::open(&args.db).with_context(|| {
        format!("cannot open database {}", dossier_ingest::display_path(&args.db))
    })?;
    // Articles stored before resolution existed, or all of them when the curation rules
    // changed, get their entities now.
    let t = Instant::now();
    let cpu = thread_cpu_time();
    let mut resolve = ResolveStage::new(curation, &curation_text);
    let earlier = resolve.resolve_stored(&mut store).with_context(|| {
        format!("cannot resolve entities in {}", dossier_ingest::display_path(&args.db))
    })?;
    if earlier > 0 && !args.quiet {
        eprintln!("resolved the entities of {earlier} stored articles");
    }
    let mut merge = dossier_merge::MergeStage::new();
    let merged = merge.merge_stored(&mut store).with_context(|| {
        format!("cannot merge events in {}", dossier_ingest::display_path(&args.db))
    })?;
    if merged > 0 && !args.quiet {
        eprintln!("merged the events of {merged} stored articles");
    }
    let opts = ReadOptions { max_article_bytes: (args.max_article_mb * 1024.0 * 1024.0) as u64 };
    let started_ms =
        SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0);
    let total_bytes: u64 =
        inputs.iter().map(|(i, _)| if let Input::File { size, .. } = i { *size } else { 0 }).sum();
    let bar = if args.quiet {
        ProgressBar::hidden()
    } else if inputs.iter().any(|(i, _)| matches!(i, Input::Stdin)) {
        ProgressBar::new_spinner()
    } else {
        ProgressBar::new(total_bytes)
    };
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} {msg}",
        )
        .expect("valid template"),
    );
    let reader = Store::open(&args.db).with_context(|| {
        format!("cannot open database {}", dossier_ingest::display_path(&args.db))
    })?;
    let context = format!("database {}", dossier_ingest::display_path(&args.db));
    let mut run = Run {
        timings: Timings {
            resolve: t.elapsed(),
            resolve_cpu: thread_cpu_time().saturating_sub(cpu),
            ..Timings::default()
        },
        store: reader,
        writer: Writer::spawn(
            store,
            CorpusStages { resolve, merge, cpu: Duration::ZERO },
            started_ms,
            context,
        ),
        db: args.db.clone(),
        bar,
        counts: Counts::default(),
        pending: Vec::new(),
        pending_bytes: 0,
        pending_hashes: HashSet::new(),
        seen: Vec::new(),
        left: (!inputs.iter().any(|(i, _)| matches!(i, Input::Stdin))).then_some(total_bytes),
        read: (0, 0),
    };
    for e in missing {
        run.fail(e.to_string());
    }
    quiet_panics();
    run.timings.start = started.elapsed();
    // JSONL files read whole without an error: afterwards they drop what they no longer hold.
    let mut complete_jsonl = Vec::new();
    for (input, canonical) in &inputs {
        if let Input::File { path, .. } = input {
            run.bar.set_message(dossier_ingest::display_path(Path::new(
                path.file_name().unwrap_or(path.as_os_str()),
            )));
        }
        let mut clean = true;
        let left_after = match (input, run.left) {
            (Input::File { size, .. }, Some(left)) => Some(left.saturating_sub(*size)),
            _ => None,
        };
        let mut reader = dossier_ingest::read_with(input, &opts);
        loop {
            let t = Instant::now();
            let Some(result) = reader.next() else { break };
            run.timings.read += t.elapsed();
            clean &= run.accept(result, canonical)?;
        }
        if left_after.is_some() {
            run.left = left_after;
        }
        if let Input::File { size, kind: dossier_ingest::InputKind::Jsonl, .. } = input {
            if clean {
                complete_jsonl.push(canonical.clone());
            }
            run.bar.inc(*size);
        } else if let Input::File { size, .. } = input {
            run.bar.inc(*size);
        }
    }
    run.flush()?;
    let ending = Instant::now();
    let written = run.writer.finish()?;
    run.timings.writer_idle = written.idle;
    run.counts.new += written.new;
    run.counts.replaced += written.replaced;
    run.counts.unchanged += written.unchanged;
    run.timings.resolve += written.resolve;
    run.timings.merge += written.merge;
    run.timings.write += written.write;
    run.timings.resolve_cpu += written.resolve_cpu;
    for file in complete_jsonl {
        let ctx = run.db_context();
        run.counts.dropped += run.store.prune_file(&file, started_ms).with_context(|| ctx)?;
    }
    if run.counts.dropped > 0 {
        // Events told only by the dropped articles go with them.
        let ctx = run.db_context();
        run.store.with_corpus(|tx| tx.drop_orphan_events()).with_context(|| ctx)?;
    }
    run.timings.finish = ending.elapsed();
    let _ = panic::take_hook();
    run.bar.finish_and_clear();

    let c = &run.counts;
    let total = c.new + c.replaced + c.unchanged + c.failed;
    let mut notes = Vec::new();
    if c.replaced > 0 {
        notes.push(format!("{} replaced an older version", c.replaced));
    }
    if c.dropped > 0 {
        notes.push(format!("{} no longer in their file and dropped", c.dropped));
    }
    let replaced =
        if notes.is_empty() { String::new() } else { format!(" ({})", notes.join("; ")) };
    println!(
        "{total} articles: {} new, {} unchanged, {} failed{replaced}",
        c.new + c.replaced,
        c.unchanged,
        c.failed
    );
    if !args.quiet {
        eprintln!(
            "stored in {} ({} documents) in {:.1}s",
            dossier_ingest::display_path(&args.db),
            run.store.count().with_context(|| run.db_context())?,
            started.elapsed().as_secs_f64()
        );
    }
    if args.timings {
        let t = &run.timings;
        let timings = serde_json::json!({
            "total_s": started.elapsed().as_secs_f64(),
            "read_s": t.read.as_secs_f64(),
            "analyse_s": t.analyse.as_secs_f64(),
            "resolve_s": t.resolve.as_secs_f64(),
            "merge_s": t.merge.as_secs_f64(),
            "write_s": t.write.as_secs_f64(),
            "resolve_cpu_s": t.resolve_cpu.as_secs_f64(),
            "start_s": t.start.as_secs_f64(),
            "queue_wait_s": t.queue_wait.as_secs_f64(),
            "finish_s": t.finish.as_secs_f64(),
            "writer_idle_s": t.writer_idle.as_secs_f64(),
            "articles": total,
        });
        eprintln!("timings: {timings}");
    }
    let read_nothing = total == c.failed;
    if read_nothing {
        eprintln!("error: no article could be read");
        return Ok(ExitCode::FAILURE);
    }
    if args.strict && c.failed > 0 {
        eprintln!("error: {} input(s) failed and --strict was given", c.failed);
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pending(text: &str) -> Pending {
        let article = dossier_ingest::article_from_text("p", text.into(), Default::default());
        let source = SourceKey { key: "k".into(), file: "f".into() };
        Pending { article, source }
    }

    #[test]
    fn batches_shrink_near_the_end_of_the_input() {
        let average = 3_000;
        let read = (10_000, 10_000 * average);
        assert_eq!(batch_limit(Some(10_000 * average), read), BATCH);
        assert_eq!(batch_limit(Some(BATCH as u64 * average), read), TAIL_BATCH);
        assert_eq!(batch_limit(Some(100 * average), read), 100);
        assert_eq!(batch_limit(Some(0), read), LAST_BATCH);
        // Standard input has no known end, and nothing is known before the first article.
        assert_eq!(batch_limit(None, read), BATCH);
        assert_eq!(batch_limit(Some(100), (0, 0)), BATCH);
    }

    #[test]
    fn a_panicking_stage_fails_only_its_article() {
        let err = analyse_with(pending("The ferry sailed."), |_| panic!("stage fell over"))
            .err()
            .unwrap();
        assert!(err.contains("internal error while analysing"), "{err}");
        assert!(err.contains("stage fell over"), "{err}");
        // The next article on the same thread is analysed as usual.
        let ok = analyse(pending("The ferry sailed on time."));
        assert!(ok.is_ok());
    }

    #[test]
    fn jsonl_records_without_an_id_are_known_by_content() {
        let mut a = dossier_ingest::article_from_text("feed:3", "x".into(), Default::default());
        a.origin = dossier_ingest::Origin { path: "in/feed.jsonl".into(), line: Some(3) };
        let k = source_key(&a, "/abs/in/feed.jsonl");
        assert_eq!(k.key, format!("/abs/in/feed.jsonl#sha256={}", a.content_hash));
        a.id = "story-9".into();
        assert_eq!(source_key(&a, "/abs/in/feed.jsonl").key, "/abs/in/feed.jsonl#id=story-9");
        assert_eq!(alt_name(&a), "in/feed:3");
    }
}
