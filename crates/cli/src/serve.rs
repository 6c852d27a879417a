//! `dossier serve`: the local web app and JSON API over a store, read-only.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use dossier_store::Store;
use dossier_view::ServeOptions;

#[derive(clap::Args)]
#[command(after_help = "\
Examples:
  dossier serve                             http://127.0.0.1:8080 over ./dossier.db
  dossier serve --db news.db --addr 127.0.0.1:9000
  curl -s localhost:8080/api/openapi.json   the API's description")]
pub struct Args {
    /// The database file.
    #[arg(long, default_value = "dossier.db", value_name = "FILE")]
    pub db: PathBuf,
    /// The address to listen on. Loopback by default: the app has no login, so exposing it to
    /// a network is a choice to make knowingly.
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDR")]
    pub addr: SocketAddr,
    /// Seconds between updates of the search index with what builds stored meanwhile.
    #[arg(long, default_value_t = 10, value_name = "SECONDS")]
    pub reindex_every: u64,
}

pub fn run(args: Args) -> Result<()> {
    let shown = dossier_ingest::display_path(&args.db);
    if !args.db.exists() {
        bail!("{shown}: no such database; build one first with `dossier build PATH --db {shown}`");
    }
    if !args.addr.ip().is_loopback() {
        eprintln!(
            "warning: listening on {}, which other machines can reach; the app has no login",
            args.addr
        );
    }
    // Upgrade an older store and bring the search index up to date before serving.
    let started = Instant::now();
    let mut store =
        Store::open(&args.db).with_context(|| format!("cannot open database {shown}"))?;
    let indexed = store.sync_search().with_context(|| format!("cannot index {shown}"))?;
    if indexed > 0 {
        eprintln!(
            "indexed {indexed} articles for search in {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }
    drop(store);
    let opts = ServeOptions {
        db: args.db.clone(),
        addr: args.addr,
        reindex_every: Duration::from_secs(args.reindex_every.max(1)),
    };
    dossier_view::serve(opts, |addr| {
        // The first line on standard output: scripts and tests read the address from it.
        println!("listening on http://{addr}");
        use std::io::Write as _;
        let _ = std::io::stdout().flush();
    })
    .context("the server stopped")?;
    Ok(())
}
