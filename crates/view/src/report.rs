//! `dossier report`: the dossier as one file, HTML (self-contained: styles inlined, no script,
//! no external asset, a Content-Security-Policy that forbids loading anything) or Markdown.
//!
//! Large stores stay readable: the report shows the most recent articles and the most mentioned
//! people and organisations up to fixed limits, and says so at the top, with the totals.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::time::Instant;

use dossier_document::Document;
use dossier_store::{
    DocumentQuery, DocumentRow, EntityQuery, EntitySummary, QuoteQuery, QuoteRow, Store,
};
use serde_json::Value;

use crate::escape::{anchor, html, md};
use crate::events::{self, EventFilter};
use crate::html::{self as h, Links};
use crate::{check_date, Result, ViewError};

/// Articles whose full text the report includes (the most recent of the selection, plus those
/// its events cite).
pub const MAX_ARTICLES: usize = 200;
/// Articles listed on the timeline when there are no events.
pub const MAX_TIMELINE: usize = 500;
/// People and organisations shown.
pub const MAX_ENTITIES: usize = 30;
/// Quotes shown per person or organisation.
pub const MAX_QUOTES: usize = 8;
/// Events shown.
pub const MAX_EVENTS: usize = 300;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    Html,
    Markdown,
}

/// What the report covers.
#[derive(Debug, Clone, Default)]
pub struct ReportOptions {
    /// Only articles mentioning this entity (any name it goes by), and events it takes part in.
    pub entity: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    /// Shown in the header: where the data came from.
    pub source: String,
}

/// Everything the report shows, gathered once and written as HTML or Markdown.
struct Content {
    opts: ReportOptions,
    total_docs: usize,
    docs: Vec<DocumentRow>,
    selected_docs: usize,
    events: Vec<Value>,
    entities: Vec<EntitySummary>,
    total_entities: usize,
    quotes: HashMap<String, Vec<QuoteRow>>,
    outlets: Vec<(String, usize)>,
    /// Full documents included in the file, by id, in the order shown.
    full: Vec<Document>,
    index: HashMap<String, usize>,
}

impl Content {
    fn sentence_of(&self, doc: &str, at: usize) -> Option<usize> {
        self.index.get(doc).and_then(|&i| h::sentence_at(&self.full[i], at))
    }

    fn included(&self, doc: &str) -> bool {
        self.index.contains_key(doc)
    }
}

fn gather(store: &Store, opts: &ReportOptions) -> Result<Content> {
    let from = opts.from.as_deref().map(|d| check_date("--from", d)).transpose()?;
    let to = opts.to.as_deref().map(|d| check_date("--to", d)).transpose()?;
    let entity_id = match &opts.entity {
        Some(name) => Some(crate::entity_id_spelled(store, name)?.ok_or_else(|| {
            ViewError::NotFound(format!("no entity is known by the name \"{name}\""))
        })?),
        None => None,
    };
    let total_docs = store.count()?;
    let page = store.documents(&DocumentQuery {
        from: from.clone(),
        to: to.clone(),
        entity: entity_id.clone(),
        limit: Some(MAX_TIMELINE),
        ..Default::default()
    })?;
    let events = events::events(
        store,
        &EventFilter {
            entity: opts.entity.clone(),
            from: from.clone(),
            to: to.clone(),
            limit: Some(MAX_EVENTS),
            ..Default::default()
        },
    )?;
    // The most mentioned people and organisations (with an entity chosen: those of its
    // documents, from a wider pool).
    let pool = if entity_id.is_some() { MAX_ENTITIES * 10 } else { MAX_ENTITIES };
    let mut ranked: Vec<EntitySummary> = Vec::new();
    for label in ["PER", "ORG"] {
        ranked.extend(store.entities(&EntityQuery {
            label: Some(label.to_string()),
            limit: Some(pool),
            ..Default::default()
        })?);
    }
    ranked.sort_by(|a, b| b.mentions.cmp(&a.mentions).then(a.row.name.cmp(&b.row.name)));
    let selected: HashSet<&str> = page.items.iter().map(|d| d.id.as_str()).collect();
    let entities: Vec<EntitySummary> = ranked
        .into_iter()
        .filter(|e| entity_id.is_none() || e.docs.iter().any(|d| selected.contains(d.as_str())))
        .take(MAX_ENTITIES)
        .collect();
    let total_entities = store.entity_count()?;
    let mut quotes: HashMap<String, Vec<QuoteRow>> = HashMap::new();
    for e in &entities {
        let qs = store.quote_page(
            &QuoteQuery {
                speaker: Some(e.row.name.clone()),
                limit: Some(MAX_QUOTES * 4),
                ..Default::default()
            },
            0,
        )?;
        let within = |q: &QuoteRow| {
            let p = q.published.as_deref();
            from.as_deref().is_none_or(|f| p.is_some_and(|p| p >= f))
                && to
                    .as_deref()
                    .is_none_or(|t| p.is_some_and(|p| p.get(..t.len()).is_some_and(|x| x <= t)))
        };
        let list: Vec<QuoteRow> = qs.into_iter().filter(within).take(MAX_QUOTES).collect();
        if !list.is_empty() {
            quotes.insert(e.row.name.clone(), list);
        }
    }
    // The articles included in full: those events cite, those quoted, then the most recent.
    let mut wanted: Vec<String> = Vec::new();
    let mut seen = HashSet::new();
    let mut want = |id: &str, wanted: &mut Vec<String>| {
        if wanted.len() < MAX_ARTICLES && seen.insert(id.to_string()) {
            wanted.push(id.to_string());
        }
    };
    for ev in &events {
        for s in ev.get("sources").and_then(Value::as_array).into_iter().flatten() {
            if let Some(d) = s.get("doc").and_then(Value::as_str) {
                want(d, &mut wanted);
            }
        }
    }
    for d in &page.items {
        want(&d.id, &mut wanted);
    }
    for qs in quotes.values() {
        for q in qs {
            want(&q.doc, &mut wanted);
        }
    }
    let mut full = Vec::with_capacity(wanted.len());
    for id in &wanted {
        if let Some(d) = store.get(id)? {
            full.push(d);
        }
    }
    // Shown oldest first, as a dossier reads.
    full.sort_by(|a, b| a.meta.published.cmp(&b.meta.published).then(a.id.cmp(&b.id)));
    let index = full.iter().enumerate().map(|(i, d)| (d.id.clone(), i)).collect();
    // Named as the store names it ("Pashinian" asked for is Nikol Pashinyan).
    let entity = match &entity_id {
        Some(id) => store.entity(id)?.map(|e| e.row.name).or_else(|| opts.entity.clone()),
        None => None,
    };
    Ok(Content {
        opts: ReportOptions { from, to, entity, ..opts.clone() },
        total_docs,
        selected_docs: page.total,
        docs: page.items,
        events,
        entities,
        total_entities,
        quotes,
        outlets: store.outlets()?,
        full,
        index,
    })
}

/// Writes the report of `store` in `format`; returns the text and how long gathering took.
pub fn write_report(store: &Store, opts: &ReportOptions, format: ReportFormat) -> Result<String> {
    let started = Instant::now();
    let c = gather(store, opts)?;
    let _ = started;
    Ok(match format {
        ReportFormat::Html => to_html(&c),
        ReportFormat::Markdown => to_markdown(&c),
    })
}

fn scope_line(c: &Content) -> String {
    let mut parts = Vec::new();
    if let Some(e) = &c.opts.entity {
        parts.push(format!("articles mentioning {e}"));
    }
    if let Some(f) = &c.opts.from {
        parts.push(format!("from {f}"));
    }
    if let Some(t) = &c.opts.to {
        parts.push(format!("to {t}"));
    }
    if parts.is_empty() {
        "the whole store".into()
    } else {
        parts.join(", ")
    }
}

fn limits_line(c: &Content) -> String {
    format!(
        "{} stored; {} selected. This file shows the timeline of {}, the {} most mentioned \
         people and organisations (of {}) with up to {} quotes each, and the full text of {} \
         (limits: {} events, {} timeline articles, {} full articles).",
        crate::counted(c.total_docs, "article"),
        c.selected_docs,
        match c.events.is_empty() {
            true => crate::counted(c.docs.len(), "article"),
            false => crate::counted(c.events.len(), "event"),
        },
        c.entities.len(),
        match c.total_entities {
            1 => "1 entity".to_string(),
            n => format!("{n} entities"),
        },
        MAX_QUOTES,
        crate::counted(c.full.len(), "article"),
        MAX_EVENTS,
        MAX_TIMELINE,
        MAX_ARTICLES
    )
}

/// Dates the text states (timexes of type DATE with a calendar value), by value.
fn stated_dates(c: &Content) -> BTreeMap<String, Vec<(usize, usize, String)>> {
    let mut by: BTreeMap<String, Vec<(usize, usize, String)>> = BTreeMap::new();
    for (i, d) in c.full.iter().enumerate() {
        for t in &d.timexes {
            let Some(v) = &t.value else { continue };
            if t.kind != "DATE" || !calendar(v) {
                continue;
            }
            by.entry(v.clone()).or_default().push((i, t.start, t.text.clone()));
        }
    }
    by
}

fn to_html(c: &Content) -> String {
    let links = Links::Report;
    let mut o = String::with_capacity(1 << 20);
    o.push_str("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
    // Nothing may load or run: no scripts, no fetches, no images but inline data.
    o.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n");
    o.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    o.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n<title>Dossier report</title>\n<style>\n");
    o.push_str(h::CSS);
    o.push_str(
        "</style></head><body>\n<header class=\"top\"><span class=\"brand\">Dossier report</span>",
    );
    o.push_str("<nav class=\"toc\"><a href=\"#timeline\">Timeline</a><a href=\"#events\">Events</a><a href=\"#people\">People &amp; organisations</a><a href=\"#sources\">Articles &amp; outlets</a><a href=\"#articles\">Texts</a></nav></header>\n<main>\n");
    let _ = writeln!(
        o,
        "<h1>Dossier: {}</h1><p class=\"note\">{} Source: <code>{}</code>.</p>",
        html(&scope_line(c)),
        html(&limits_line(c)),
        html(&c.opts.source)
    );
    // Timeline.
    o.push_str("<section id=\"timeline\"><h2>Timeline</h2>\n");
    if c.events.is_empty() {
        o.push_str("<p class=\"muted\">No events yet: the events stage has not run on this store. The timeline shows the articles by publication date, with the dates each one states.</p>");
        let mut months: BTreeMap<String, usize> = BTreeMap::new();
        for d in &c.docs {
            let m = d.published.as_deref().and_then(|p| p.get(..7)).unwrap_or("undated");
            *months.entry(m.to_string()).or_default() += 1;
        }
        o.push_str(&h::histogram(&months.into_iter().collect::<Vec<_>>()));
        o.push_str("<div class=\"timeline\">");
        let mut by_day: BTreeMap<String, Vec<&DocumentRow>> = BTreeMap::new();
        for d in &c.docs {
            let day = d.published.as_deref().and_then(|p| p.get(..10)).unwrap_or("undated");
            by_day.entry(day.to_string()).or_default().push(d);
        }
        for (day, docs) in &by_day {
            let _ = write!(o, "<div class=\"day\"><h3>{}</h3>", html(day));
            for d in docs {
                let _ = write!(
                    o,
                    "<div class=\"card\"><b>{}</b> <span class=\"kind\">{}</span>",
                    article_link(c, &d.id, d.title.as_deref()),
                    html(d.outlet.as_deref().unwrap_or("unknown outlet"))
                );
                if let Some(&i) = c.index.get(&d.id) {
                    let doc = &c.full[i];
                    let dated: Vec<String> = doc
                        .timexes
                        .iter()
                        .filter(|t| t.kind == "DATE" && t.value.as_deref().is_some_and(calendar))
                        .take(8)
                        .map(|t| {
                            format!(
                                "<a href=\"{}\">{}</a> <small>{}</small>",
                                html(&links.article(&doc.id, None, h::sentence_at(doc, t.start))),
                                html(&t.text),
                                html(t.value.as_deref().unwrap_or(""))
                            )
                        })
                        .collect();
                    if !dated.is_empty() {
                        let _ = write!(o, "<br><small>dates stated:</small> {}", dated.join(" · "));
                    }
                }
                o.push_str("</div>");
            }
            o.push_str("</div>");
        }
        o.push_str("</div>");
    } else {
        let mut months: BTreeMap<String, usize> = BTreeMap::new();
        for ev in &c.events {
            let m = ev
                .get("date")
                .and_then(Value::as_str)
                .and_then(|p| p.get(..7))
                .unwrap_or("undated");
            *months.entry(m.to_string()).or_default() += 1;
        }
        o.push_str(&h::histogram(&months.into_iter().collect::<Vec<_>>()));
        o.push_str("<div class=\"timeline\">");
        for ev in &c.events {
            o.push_str(&h::event_card(ev, links));
        }
        o.push_str("</div>");
    }
    o.push_str("</section>\n");
    // Events in full.
    o.push_str("<section id=\"events\"><h2>Events and their sources</h2>\n");
    if c.events.is_empty() {
        o.push_str("<p class=\"muted\">No events yet.</p>");
    }
    let sentence_of = |doc: &str, at: usize| c.sentence_of(doc, at);
    for ev in &c.events {
        let id = ev.get("id").and_then(Value::as_str).unwrap_or("");
        let _ = write!(
            o,
            "<div class=\"card\" id=\"{}\"><h3>{} <small>{}</small></h3>",
            html(&format!("ev-{}-full", anchor(id))),
            html(&h::title_of_event(ev)),
            html(&h::date_shown(ev))
        );
        o.push_str(&h::event_sources(ev, links, &sentence_of));
        o.push_str("</div>");
    }
    o.push_str("</section>\n");
    // Dates stated in the included articles.
    let dates = stated_dates(c);
    if !dates.is_empty() {
        o.push_str("<section id=\"dates\"><h2>Dates the articles state</h2><table><thead><tr><th>date</th><th>as written, with its sentence</th></tr></thead><tbody>");
        for (v, uses) in dates.iter().rev().take(200) {
            let cells: Vec<String> = uses
                .iter()
                .take(6)
                .map(|(i, at, text)| {
                    let d = &c.full[*i];
                    format!(
                        "<a href=\"{}\">{}</a> <small>({})</small>",
                        html(&links.article(&d.id, None, h::sentence_at(d, *at))),
                        html(text),
                        html(d.meta.outlet.as_deref().unwrap_or(&d.id))
                    )
                })
                .collect();
            let _ = write!(o, "<tr><td>{}</td><td>{}</td></tr>", html(v), cells.join(" · "));
        }
        o.push_str("</tbody></table></section>\n");
    }
    // People and organisations.
    o.push_str("<section id=\"people\"><h2>Key people and organisations</h2>\n");
    if c.entities.is_empty() {
        o.push_str("<p class=\"muted\">No people or organisations found.</p>");
    }
    for e in &c.entities {
        let data: Value = serde_json::from_str(&e.row.data).unwrap_or(Value::Null);
        let _ = write!(
            o,
            "<div class=\"card\" id=\"{}\"><h3>{} <span class=\"type\">{}</span> <small>{} in {}</small></h3>",
            html(&format!("e-{}", anchor(&e.row.id))),
            html(&e.row.name),
            html(&e.row.label),
            crate::counted(e.mentions, "mention"),
            crate::counted(e.docs.len(), "article")
        );
        let aliases: Vec<String> =
            e.row.aliases.iter().filter(|a| **a != e.row.name).take(12).map(|a| html(a)).collect();
        if !aliases.is_empty() {
            let _ = write!(o, "<p><small>also called</small> {}</p>", aliases.join("; "));
        }
        let roles = crate::role_names(&data);
        if !roles.is_empty() {
            let _ = write!(
                o,
                "<p><small>roles</small> {}</p>",
                roles.iter().map(|r| html(r)).collect::<Vec<_>>().join("; ")
            );
        }
        if let Some(qs) = c.quotes.get(&e.row.name) {
            for q in qs {
                let _ = write!(
                    o,
                    "<p class=\"quote\">{} <small>{} — {}</small></p>",
                    html(&crate::quote_words(
                        &q.kind,
                        &q.text,
                        q.cue.as_ref().map(|c| c.2.as_str())
                    )),
                    html(
                        &[q.outlet.as_deref(), q.published.as_deref()]
                            .into_iter()
                            .flatten()
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    source_link(c, &q.doc, q.start)
                );
            }
        }
        o.push_str("</div>");
    }
    o.push_str("</section>\n");
    // Articles and outlets.
    o.push_str("<section id=\"sources\"><h2>Articles and outlets</h2>");
    if !c.outlets.is_empty() {
        o.push_str("<table><thead><tr><th>outlet</th><th>articles</th></tr></thead><tbody>");
        for (name, n) in c.outlets.iter().take(100) {
            let _ = write!(o, "<tr><td>{}</td><td>{n}</td></tr>", html(name));
        }
        o.push_str("</tbody></table>");
    }
    o.push_str("<table><thead><tr><th>published</th><th>article</th><th>outlet</th><th>author</th></tr></thead><tbody>");
    for d in &c.full {
        let _ = write!(
            o,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            html(d.meta.published.as_deref().unwrap_or("")),
            article_link(c, &d.id, d.meta.title.as_deref()),
            html(d.meta.outlet.as_deref().unwrap_or("")),
            html(d.meta.author.as_deref().unwrap_or(""))
        );
    }
    o.push_str("</tbody></table></section>\n");
    // Full texts.
    let _ = write!(
        o,
        "<section id=\"articles\"><h2>The articles ({} included)</h2>{}",
        c.full.len(),
        h::LEGEND
    );
    for d in &c.full {
        let _ = writeln!(
            o,
            "<section class=\"article\" id=\"{}\"><h3>{}</h3>{}<div class=\"text\">{}</div></section>",
            html(&anchor(&d.id)),
            html(d.meta.title.as_deref().unwrap_or(&d.id)),
            h::metadata(d),
            h::article_text(d, links, &[], None)
        );
    }
    o.push_str("</section>\n</main></body></html>\n");
    o
}

/// A timex value that is a calendar date (`2025-06-14`, `2025-06`, `2025`), not a weekday of
/// an unknown week or a vague reference (`XXXX-WXX-3`, `PAST_REF`).
fn calendar(v: &str) -> bool {
    v.len() >= 4 && v.as_bytes()[..4].iter().all(u8::is_ascii_digit)
}

fn article_link(c: &Content, id: &str, title: Option<&str>) -> String {
    let t = html(title.unwrap_or(id));
    if c.included(id) {
        format!("<a href=\"{}\">{t}</a>", html(&Links::Report.article(id, None, None)))
    } else {
        format!("{t} <small>(text not included)</small>")
    }
}

fn source_link(c: &Content, doc: &str, at: usize) -> String {
    match c.sentence_of(doc, at) {
        Some(k) => format!(
            "<a href=\"{}\">{} sentence {}</a>",
            html(&Links::Report.article(doc, None, Some(k))),
            html(doc),
            k + 1
        ),
        None => format!("{} <small>(text not included)</small>", html(doc)),
    }
}

fn md_source(c: &Content, doc: &str, at: usize) -> String {
    match c.sentence_of(doc, at) {
        Some(k) => format!("[{}, sentence {}](#{}-s{k})", md(doc), k + 1, anchor(doc)),
        None => format!("{} (text not included)", md(doc)),
    }
}

fn to_markdown(c: &Content) -> String {
    let mut o = String::with_capacity(1 << 20);
    let _ = writeln!(o, "# Dossier: {}\n", md(&scope_line(c)));
    let _ = writeln!(o, "{} Source: {}.\n", md(&limits_line(c)), md(&c.opts.source));
    let _ = writeln!(o, "## Timeline\n");
    if c.events.is_empty() {
        let _ = writeln!(
            o,
            "No events yet: the articles by publication date, with the dates each one states.\n"
        );
        let mut by_day: BTreeMap<String, Vec<&DocumentRow>> = BTreeMap::new();
        for d in &c.docs {
            let day = d.published.as_deref().and_then(|p| p.get(..10)).unwrap_or("undated");
            by_day.entry(day.to_string()).or_default().push(d);
        }
        for (day, docs) in &by_day {
            let _ = writeln!(o, "### {}\n", md(day));
            for d in docs {
                let title = md(d.title.as_deref().unwrap_or(&d.id));
                let shown = if c.included(&d.id) {
                    format!("[{title}](#{})", anchor(&d.id))
                } else {
                    title
                };
                let _ = write!(
                    o,
                    "- {shown} ({})",
                    md(d.outlet.as_deref().unwrap_or("unknown outlet"))
                );
                if let Some(&i) = c.index.get(&d.id) {
                    let doc = &c.full[i];
                    let dated: Vec<String> = doc
                        .timexes
                        .iter()
                        .filter(|t| t.kind == "DATE" && t.value.as_deref().is_some_and(calendar))
                        .take(8)
                        .map(|t| {
                            format!("{} = {}", md(&t.text), md(t.value.as_deref().unwrap_or("")))
                        })
                        .collect();
                    if !dated.is_empty() {
                        let _ = write!(o, "; dates stated: {}", dated.join(", "));
                    }
                }
                o.push('\n');
            }
            o.push('\n');
        }
    } else {
        for ev in &c.events {
            // The title names the type already; the line adds what an analyst weighs it by:
            // how many sources tell it and what they disagree on.
            let n = ev.get("sources").and_then(Value::as_array).map_or(0, Vec::len);
            let disputed: Vec<&str> = ev
                .get("discrepancies")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|d| d.get("field").and_then(Value::as_str))
                .collect();
            let _ = writeln!(
                o,
                "- **{}** {}{} ({n} source{}){}",
                md(&h::date_shown(ev)),
                md(&h::title_of_event(ev)),
                h::duration(ev).map(|d| format!(", {}", md(&d))).unwrap_or_default(),
                if n == 1 { "" } else { "s" },
                if disputed.is_empty() {
                    String::new()
                } else {
                    format!(" — sources disagree on {}", md(&disputed.join(", ")))
                }
            );
        }
        if c.events
            .iter()
            .any(|ev| ev.get("date_source").and_then(Value::as_str) == Some("published"))
        {
            let _ = writeln!(
                o,
                "\nDates marked (published) are the publication date of an article telling its own \
                 news without a date."
            );
        }
        o.push('\n');
    }
    let _ = writeln!(o, "## Events and their sources\n");
    if c.events.is_empty() {
        let _ = writeln!(o, "No events yet.\n");
    }
    for ev in &c.events {
        let _ = writeln!(o, "### {} {}\n", md(&h::date_shown(ev)), md(&h::title_of_event(ev)));
        let _ = writeln!(o, "| source | published | account | date as told | duration as told |\n|---|---|---|---|---|");
        for s in ev.get("sources").and_then(Value::as_array).into_iter().flatten() {
            let get = |k: &str| s.get(k).and_then(Value::as_str).unwrap_or("");
            let doc = get("doc");
            let at = s.get("start").and_then(Value::as_u64).unwrap_or(0) as usize;
            let text = match s.get("sentence") {
                Some(Value::String(t)) => t.as_str(),
                _ => get("text"),
            };
            let _ = writeln!(
                o,
                "| {} {} | {} | {} | {} | {} |",
                md(get("outlet")),
                md_source(c, doc, at),
                md(get("published")),
                md(text),
                md(get("date_text")),
                md(get("duration_text"))
            );
        }
        let discs = ev.get("discrepancies").and_then(Value::as_array).cloned().unwrap_or_default();
        if !discs.is_empty() {
            let _ = writeln!(o, "\n**Where the sources disagree:**\n");
            for d in &discs {
                let vals: Vec<String> = d
                    .get("values")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .map(|v| {
                        format!(
                            "{}: {}",
                            md(v.get("doc").and_then(Value::as_str).unwrap_or("")),
                            md(&h::value_text(v.get("value").unwrap_or(&Value::Null)))
                        )
                    })
                    .collect();
                let _ = writeln!(
                    o,
                    "- **{}**: {}",
                    md(d.get("field").and_then(Value::as_str).unwrap_or("")),
                    vals.join("; ")
                );
            }
        }
        o.push('\n');
    }
    let _ = writeln!(o, "## Key people and organisations\n");
    for e in &c.entities {
        let data: Value = serde_json::from_str(&e.row.data).unwrap_or(Value::Null);
        let _ = writeln!(o, "### {} ({})\n", md(&e.row.name), md(&e.row.label));
        let _ = writeln!(
            o,
            "{} in {}.",
            crate::counted(e.mentions, "mention"),
            crate::counted(e.docs.len(), "article")
        );
        let aliases: Vec<String> =
            e.row.aliases.iter().filter(|a| **a != e.row.name).take(12).map(|a| md(a)).collect();
        if !aliases.is_empty() {
            let _ = writeln!(o, "Also called: {}.", aliases.join("; "));
        }
        let roles = crate::role_names(&data);
        if !roles.is_empty() {
            let _ = writeln!(
                o,
                "Roles: {}.",
                roles.iter().map(|r| md(r)).collect::<Vec<_>>().join("; ")
            );
        }
        o.push('\n');
        if let Some(qs) = c.quotes.get(&e.row.name) {
            for q in qs {
                // "outlet, date; " where the store knows them.
                let mut said_where = [q.outlet.as_deref(), q.published.as_deref()]
                    .into_iter()
                    .flatten()
                    .map(md)
                    .collect::<Vec<_>>()
                    .join(", ");
                if !said_where.is_empty() {
                    said_where.push_str("; ");
                }
                let _ = writeln!(
                    o,
                    "- {} ({said_where}{})",
                    md(&crate::quote_words(&q.kind, &q.text, q.cue.as_ref().map(|c| c.2.as_str()))),
                    md_source(c, &q.doc, q.start)
                );
            }
            o.push('\n');
        }
    }
    let _ = writeln!(o, "## Articles and outlets\n");
    if !c.outlets.is_empty() {
        let _ = writeln!(o, "| outlet | articles |\n|---|---:|");
        for (name, n) in c.outlets.iter().take(100) {
            let _ = writeln!(o, "| {} | {n} |", md(name));
        }
        o.push('\n');
    }
    let _ = writeln!(o, "## The articles ({} included)\n", c.full.len());
    for d in &c.full {
        let _ = writeln!(
            o,
            "<a id=\"{}\"></a>\n### {}\n\n{}\n",
            anchor(&d.id),
            md(d.meta.title.as_deref().unwrap_or(&d.id)),
            md(&[
                d.meta.outlet.as_deref(),
                d.meta.published.as_deref(),
                d.meta.author.as_deref(),
                Some(d.id.as_str())
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", "))
        );
        for (k, s) in d.sentences.iter().enumerate() {
            let Some(t) = d.text.get(s.start..s.end) else { continue };
            let _ = writeln!(o, "<a id=\"{}-s{k}\"></a>{}. {}\n", anchor(&d.id), k + 1, md(t));
        }
    }
    o
}
