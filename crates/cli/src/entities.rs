//! `dossier entities`: the people, organisations and places of the stored corpus, one entity
//! each however it is spelled, most mentioned first.

use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::ValueEnum;
use dossier_store::{EntityQuery, EntitySummary, Store};
use serde_json::Value;

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    /// A list of `{"id","name","type","aliases","roles","mentions","docs"}` (DESIGN.md); with
    /// `--name`, each entity also carries `evidence` and its knowledge-base link.
    Json,
    /// Markdown for people: a table, or with `--name` the entity's full record.
    Md,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Label {
    Per,
    Org,
    Loc,
    Misc,
}

impl Label {
    fn as_str(self) -> &'static str {
        match self {
            Label::Per => "PER",
            Label::Org => "ORG",
            Label::Loc => "LOC",
            Label::Misc => "MISC",
        }
    }
}

#[derive(clap::Args)]
#[command(after_help = "\
Examples:
  dossier entities                         every entity, most mentioned first (Markdown)
  dossier entities --type per --limit 20   the twenty most mentioned people
  dossier entities --name Fogel            one entity: aliases, roles, documents and the
                                           evidence for each merge
  dossier entities --format json > e.json  for programs")]
pub struct Args {
    /// The database file.
    #[arg(long, default_value = "dossier.db", value_name = "FILE")]
    pub db: PathBuf,
    /// Only entities of this type.
    #[arg(long = "type", value_enum, ignore_case = true, value_name = "TYPE")]
    pub label: Option<Label>,
    /// Only the entity known by this name or alias (case-insensitive; a part of a name if no
    /// name matches whole; else another spelling of it, "Kiev" for Kyiv, "Zelensky" for
    /// Zelenskiy), shown with the evidence for each merge.
    #[arg(long, value_name = "TEXT")]
    pub name: Option<String>,
    /// At most this many entities.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Output format.
    #[arg(long, value_enum, default_value = "md")]
    pub format: Format,
}

pub fn run(args: Args) -> Result<()> {
    if !args.db.exists() {
        bail!(
            "{}: no such database; build one first with `dossier build PATH --db {}`",
            dossier_ingest::display_path(&args.db),
            dossier_ingest::display_path(&args.db)
        );
    }
    let store = Store::open(&args.db).with_context(|| {
        format!("cannot open database {}", dossier_ingest::display_path(&args.db))
    })?;
    let query = EntityQuery {
        label: args.label.map(|l| l.as_str().to_string()),
        name: args.name.clone(),
        limit: args.limit,
    };
    let read = || format!("cannot read database {}", dossier_ingest::display_path(&args.db));
    let mut found = store.entities(&query).with_context(read)?;
    // Nothing by the name as written: the entities known by another spelling of it ("Kiev",
    // "Zelensky"), as the resolver would have merged them.
    if let (true, Some(name)) = (found.is_empty(), &args.name) {
        let ids = dossier_merge::entity_ids_spelled(&store, name).with_context(read)?;
        if !ids.is_empty() {
            let all = EntityQuery { name: None, limit: None, ..query };
            found = store.entities(&all).with_context(read)?;
            found.retain(|e| ids.contains(&e.row.id));
            if let Some(n) = args.limit {
                found.truncate(n);
            }
        }
    }
    let detailed = args.name.is_some();
    match args.format {
        Format::Json => {
            crate::output::json_pretty(&crate::output::Lazy(|| {
                found.iter().map(|e| dossier_view::json::entity(e, detailed))
            }))?;
        }
        Format::Md => print!("{}", to_markdown(&found, detailed, args.name.as_deref())),
    }
    Ok(())
}

/// Markdown cells hold article text: escape what Markdown would read as markup (one rule for
/// every view).
pub use dossier_view::escape::md as md_escape;

fn to_markdown(found: &[EntitySummary], detailed: bool, name: Option<&str>) -> String {
    let mut out = String::new();
    if found.is_empty() {
        let _ = match name {
            Some(n) => writeln!(out, "No entity is known by the name \"{}\".", md_escape(n)),
            None => writeln!(out, "No entities are stored yet: run `dossier build` first."),
        };
        return out;
    }
    if !detailed {
        let _ = writeln!(out, "| entity | type | mentions | documents | roles | also called |");
        let _ = writeln!(out, "|---|---|---:|---:|---|---|");
        for e in found {
            let data: Value = serde_json::from_str(&e.row.data).unwrap_or(Value::Null);
            let aliases: Vec<String> = e
                .row
                .aliases
                .iter()
                .filter(|a| **a != e.row.name)
                .take(6)
                .map(|a| md_escape(a))
                .collect();
            let roles: Vec<String> =
                dossier_view::role_names(&data).iter().map(|r| md_escape(r)).collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                md_escape(&e.row.name),
                e.row.label,
                e.mentions,
                e.docs.len(),
                roles.join("; "),
                aliases.join("; ")
            );
        }
        return out;
    }
    for e in found {
        let data: Value = serde_json::from_str(&e.row.data).unwrap_or(Value::Null);
        let _ = writeln!(out, "## {} ({})\n", md_escape(&e.row.name), e.row.label);
        let _ = writeln!(out, "- id: `{}`", e.row.id.replace('`', ""));
        let _ = writeln!(out, "- mentions: {} in {} documents", e.mentions, e.docs.len());
        if let Some(kb) = &e.row.kb {
            let _ = writeln!(out, "- knowledge base: {}", md_escape(kb));
        }
        let aliases: Vec<String> =
            e.row.aliases.iter().filter(|a| **a != e.row.name).map(|a| md_escape(a)).collect();
        if !aliases.is_empty() {
            let _ = writeln!(out, "- also called: {}", aliases.join("; "));
        }
        if let Some(roles) = data.get("roles").and_then(Value::as_array) {
            if !roles.is_empty() {
                let _ = writeln!(out, "\n### Roles\n");
                for r in roles {
                    let get = |k: &str| r.get(k).and_then(Value::as_str).unwrap_or("");
                    let _ = writeln!(
                        out,
                        "- {} (\"{}\", {})",
                        md_escape(get("name")),
                        md_escape(get("wording")),
                        md_escape(get("doc"))
                    );
                }
            }
        }
        let _ = writeln!(out, "\n### Documents\n");
        for d in &e.docs {
            let _ = writeln!(out, "- {}", md_escape(d));
        }
        if let Some(ev) = data.get("evidence").and_then(Value::as_array) {
            if !ev.is_empty() {
                let _ = writeln!(out, "\n### Why these names are one entity\n");
                for x in ev {
                    let get = |k: &str| x.get(k).and_then(Value::as_str).unwrap_or("");
                    let _ = writeln!(
                        out,
                        "- \"{}\": {} ({})",
                        md_escape(get("alias")),
                        md_escape(get("reason")),
                        md_escape(get("doc"))
                    );
                }
            }
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escapes_article_text() {
        assert_eq!(md_escape("[x](javascript:alert(1))"), "\\[x\\](javascript:alert(1))");
        assert_eq!(md_escape("<script>"), "\\<script\\>");
        assert_eq!(md_escape("a|b\nc"), "a\\|b c");
    }
}
