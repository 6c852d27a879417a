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
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
