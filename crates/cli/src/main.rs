//! `dossier`: the command line over the engine's crates. This crate only parses arguments,
//! reports progress and errors, and prints; the work is done in the stage crates.

mod annotate;
mod build;
mod entities;
mod eval;
mod eval_entities_speed;
mod eval_events;
mod eval_extract;
mod eval_ner;
mod eval_seeds;
mod eval_speed;
mod eval_time;
mod events;
mod output;
mod quotes;
mod report;
mod resolve_stage;
mod serve;
mod train;
mod train_ner;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Dossier turns a pile of news articles into a dossier: clean text, the people, organisations
/// and places in it (one entity however it is spelled), dates pinned to the calendar, and quotes
/// with their speakers, every fact pointing back to the characters it came from.
#[derive(Parser)]
#[command(
    name = "dossier",
    version,
    after_help = "\
Examples:
  dossier build examples/                 analyse a folder of articles into ./dossier.db
  dossier annotate article.txt            print every layer of one article (JSON)
  dossier annotate article.txt --format text
  dossier entities --name Putin           one entity, its aliases, roles and documents
  dossier quotes --speaker Peskov         what one person said, with outlet and date
  cat articles.jsonl | dossier build -    read JSONL from standard input
  dossier eval seeds --json               check the sample articles against their gold file"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse articles and store them (idempotent: unchanged articles are skipped).
    Build(build::Args),
    /// Analyse one article and print every layer; stores nothing.
    Annotate(annotate::Args),
    /// List the people, organisations and places of the stored articles, one entity each.
    Entities(entities::Args),
    /// List who said what in the stored articles: quotes with their speakers.
    Quotes(quotes::Args),
    /// List the events of the stored articles, merged across outlets, with each source's account.
    Events(events::EventsArgs),
    /// List the events by date, one line each, filtered by entity, type and dates.
    Timeline(events::TimelineArgs),
    /// Write the dossier as one self-contained HTML file, or as Markdown.
    Report(report::Args),
    /// Serve the dossier as a local web app with search and a JSON API (read-only).
    Serve(serve::Args),
    /// Measure quality or speed on a benchmark.
    Eval {
        #[command(subcommand)]
        kind: eval::EvalKind,
    },
    /// Train a shipped model reproducibly.
    Train {
        #[command(subcommand)]
        kind: train::TrainKind,
    },
}

/// mimalloc rather than the system allocator: the stages allocate many small, short-lived
/// strings and vectors per article, and glibc's malloc and free were a tenth of a build's
/// instructions.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's number for its `purge_delay` option (`mi_option_purge_delay` in mimalloc.h, which
/// the Rust bindings do not name), and that option's documented default in milliseconds.
const MI_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
const MI_PURGE_DELAY_DEFAULT: std::ffi::c_long = 1000;

/// Asks mimalloc to keep the memory a build frees instead of handing it back to the system a
/// second later. A build frees a batch of analysed articles (tens of megabytes) every second and
/// allocates the next one straight away: handed back, every page of it came back as a page
/// fault that the kernel fills with zeros, some 4% of a build's time. Kept, the process holds its
/// peak (a few batches, bounded whatever the corpus) until it ends, which is how long a build
/// lives.
///
/// The option is changed only while it has its default value: a `MIMALLOC_PURGE_DELAY` set by
/// the user wins, and a mimalloc that numbers its options otherwise is left alone. Huge pages go
/// off too ([`no_huge_pages`]).
pub(crate) fn keep_freed_memory() {
    // SAFETY: reading and setting a mimalloc option are plain calls, safe at any time.
    unsafe {
        if libmimalloc_sys::mi_option_get(MI_PURGE_DELAY) == MI_PURGE_DELAY_DEFAULT {
            libmimalloc_sys::mi_option_set(MI_PURGE_DELAY, -1);
        }
    }
    no_huge_pages();
}

/// Turns transparent huge pages off for the rest of this process's memory, unless
/// `MIMALLOC_ALLOW_THP` says otherwise; memory already backed by huge pages keeps them.
///
/// mimalloc asks for huge pages on all its memory, and the kernel then zeroes two megabytes at
/// the first touch of each: a build touches fresh memory all along (each batch's articles, the
/// writer's buffers), and on this virtual machine that zeroing was 6% of a build's time. The
/// entity tagger's weight table does want huge pages (its reads are random, and with 4 KiB pages
/// nearly each one misses the TLB), so callers load the tagger first: a 10,000-article build
/// runs 3-4% faster with huge pages off, and faster still with the tagger's kept.
fn no_huge_pages() {
    if std::env::var_os("MIMALLOC_ALLOW_THP").is_some() {
        return;
    }
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE only sets a flag of this process; it takes no pointers.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // `dossier entities | head` closes the pipe early: end quietly, as other command-line tools
    // do, instead of panicking on the next write (Rust ignores SIGPIPE by default). Not for
    // `serve`, where a client closing its connection must not end the server.
    #[cfg(unix)]
    if !matches!(cli.command, Command::Serve(_)) {
        // SAFETY: setting a signal's disposition to its default before any thread starts.
        unsafe {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        }
    }
    let result = match cli.command {
        Command::Build(args) => build::run(args),
        Command::Annotate(args) => annotate::run(args).map(|()| ExitCode::SUCCESS),
        Command::Entities(args) => entities::run(args).map(|()| ExitCode::SUCCESS),
        Command::Quotes(args) => quotes::run(args).map(|()| ExitCode::SUCCESS),
        Command::Events(args) => events::run_events(args).map(|()| ExitCode::SUCCESS),
        Command::Timeline(args) => events::run_timeline(args).map(|()| ExitCode::SUCCESS),
        Command::Report(args) => report::run(args).map(|()| ExitCode::SUCCESS),
        Command::Serve(args) => serve::run(args).map(|()| ExitCode::SUCCESS),
        Command::Eval { kind } => eval::run(kind).map(|()| ExitCode::SUCCESS),
        Command::Train { kind } => train::run(kind).map(|()| ExitCode::SUCCESS),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {}", error_text(&e));
            ExitCode::FAILURE
        }
    }
}

/// An error and its causes on one line, as `{:#}` writes them, less the causes that only repeat
/// what was said: SQLite's "unable to open database file: PATH" has as its cause "Error code
/// 14: unable to open database file".
fn error_text(e: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in e.chain() {
        let said = cause.to_string();
        let gist =
            said.strip_prefix("Error code ").and_then(|r| r.split_once(": ")).map(|(_, g)| g);
        if text.contains(gist.unwrap_or(&said)) {
            continue;
        }
        if !text.is_empty() {
            text.push_str(": ");
        }
        text.push_str(&said);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_says_each_cause_once() {
        let e = anyhow::Error::new(std::io::Error::other("Error code 14: unable to open file"))
            .context("unable to open file: /x/y.db")
            .context("cannot open database /x/y.db");
        assert_eq!(error_text(&e), "cannot open database /x/y.db: unable to open file: /x/y.db");
        let e = anyhow::anyhow!("disk full").context("cannot write to the database x.db");
        assert_eq!(error_text(&e), "cannot write to the database x.db: disk full");
    }

    #[test]
    fn keeping_freed_memory_sets_mimallocs_purge_delay() {
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_some() {
            eprintln!("skipped: MIMALLOC_PURGE_DELAY is set in the environment");
            return;
        }
        // SAFETY: reading a mimalloc option.
        let get = || unsafe { libmimalloc_sys::mi_option_get(MI_PURGE_DELAY) };
        // The option numbered 15 has purge_delay's default (or is already set by this call).
        assert!(matches!(get(), MI_PURGE_DELAY_DEFAULT | -1), "option 15 is {}", get());
        keep_freed_memory();
        assert_eq!(get(), -1);
    }
}
