//! HTML building blocks shared by the web app and the report: the annotated article, event
//! cards and the side-by-side source table, the timeline. Every value taken from the store goes
//! through [`escape::html`]; links are built from ids by [`Links`], never from article text.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use dossier_document::Document;
use serde_json::Value;

use crate::escape::{self, anchor, html, push_html, url_component, url_path};

/// The style sheet of every page and of the report (which inlines it).
pub const CSS: &str = include_str!("../static/style.css");

/// Where links point: to the web app's pages, or to anchors inside the one report file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Links {
    Server,
    Report,
}

impl Links {
    /// The article, scrolled to and highlighting the text between `hl` offsets when given.
    pub fn article(self, doc: &str, hl: Option<(usize, usize)>, sentence: Option<usize>) -> String {
        match self {
            Links::Server => match hl {
                Some((s, e)) => format!("/articles/{}?hl={s}-{e}#hl", url_path(doc)),
                None => format!("/articles/{}", url_path(doc)),
            },
            Links::Report => match sentence {
                Some(k) => format!("#{}-s{k}", anchor(doc)),
                None => format!("#{}", anchor(doc)),
            },
        }
    }

    pub fn entity(self, id: &str) -> String {
        match self {
            Links::Server => format!("/entities/{}", url_component(id)),
            Links::Report => format!("#e-{}", anchor(id)),
        }
    }

    pub fn event(self, id: &str) -> String {
        match self {
            Links::Server => format!("/events/{}", url_component(id)),
            Links::Report => format!("#ev-{}-full", anchor(id)),
        }
    }
}

/// The index of the sentence of `doc` holding offset `at`, if any.
pub fn sentence_at(doc: &Document, at: usize) -> Option<usize> {
    let k = doc.sentences.partition_point(|s| s.end <= at);
    doc.sentences.get(k).filter(|s| s.start <= at).map(|_| k)
}

/// A highlighted span inside a sentence: an entity, a time expression, a role or an event
/// trigger, drawn like displaCy's entity view (a coloured box with its label after the text).
struct Mark {
    start: usize,
    end: usize,
    class: &'static str,
    label: String,
    title: String,
    href: Option<String>,
}

/// The cleaned text of an article as HTML: paragraphs and headings, each sentence an element
/// with an id (`{anchor}-s{k}` in the report, `s{k}` in the app), entities, times, roles and
/// event triggers marked, quotes shaded, and the sentences overlapping `hl` highlighted (the
/// first carries `id="hl"` in the app).
pub fn article_text(
    doc: &Document,
    links: Links,
    entity_ids: &[(usize, usize, String)],
    hl: Option<(usize, usize)>,
) -> String {
    let text = doc.text.as_str();
    let ok = |s: usize, e: usize| {
        s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
    };
    let ids: BTreeMap<(usize, usize), &str> =
        entity_ids.iter().map(|(s, e, id)| ((*s, *e), id.as_str())).collect();
    let mut marks: Vec<Mark> = Vec::new();
    for m in &doc.entities {
        let href = ids.get(&(m.start, m.end)).map(|id| links.entity(id));
        marks.push(Mark {
            start: m.start,
            end: m.end,
            class: "ent",
            label: m.label.clone(),
            title: m.entity.clone(),
            href,
        });
    }
    for t in &doc.timexes {
        let value = t.value.clone().unwrap_or_default();
        marks.push(Mark {
            start: t.start,
            end: t.end,
            class: "tmx",
            label: if value.is_empty() { t.kind.clone() } else { value.clone() },
            title: format!("{} {}", t.kind, value),
            href: None,
        });
    }
    for r in &doc.roles {
        marks.push(Mark {
            start: r.start,
            end: r.end,
            class: "role",
            label: "ROLE".into(),
            title: r.entity.clone().unwrap_or_default(),
            href: None,
        });
    }
    for e in &doc.events {
        marks.push(Mark {
            start: e.trigger.start,
            end: e.trigger.end,
            class: "evt",
            label: e.kind.to_uppercase(),
            title: format!("event: {}", e.kind),
            href: None,
        });
    }
    marks.retain(|m| ok(m.start, m.end));
    marks.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    // Overlapping marks cannot nest in displaCy's style: the first (longest) wins.
    let mut kept: Vec<Mark> = Vec::with_capacity(marks.len());
    for m in marks {
        if kept.last().is_none_or(|k| k.end <= m.start) {
            kept.push(m);
        }
    }
    let quotes: Vec<(usize, usize)> =
        doc.quotes.iter().filter(|q| ok(q.start, q.end)).map(|q| (q.start, q.end)).collect();
    let mut paragraphs: Vec<(usize, usize)> =
        doc.paragraphs.iter().filter(|p| ok(p.start, p.end)).map(|p| (p.start, p.end)).collect();
    if paragraphs.is_empty() && !text.is_empty() {
        paragraphs.push((0, text.len()));
    }
    let headings: Vec<(usize, usize)> = doc.headings.iter().map(|h| (h.start, h.end)).collect();
    let prefix = match links {
        Links::Report => format!("{}-s", anchor(&doc.id)),
        Links::Server => "s".to_string(),
    };
    let mut out = String::with_capacity(text.len() * 2);
    let mut mi = 0;
    let mut hl_anchor_used = false;
    for &(ps, pe) in &paragraphs {
        let tag = if headings.contains(&(ps, pe)) { "h3" } else { "p" };
        let _ = write!(out, "<{tag}>");
        let mut pos = ps;
        let first = doc.sentences.partition_point(|s| s.end <= ps);
        for (k, s) in doc.sentences.iter().enumerate().skip(first) {
            if s.start >= pe {
                break;
            }
            if !ok(s.start, s.end) || s.start < pos {
                continue;
            }
            let (ss, se) = (s.start, s.end.min(pe));
            text_with_quotes(&mut out, text, pos, ss, &quotes);
            let lit = hl.is_some_and(|(a, b)| a < se && ss < b.max(a + 1));
            let id_attr = if lit && !hl_anchor_used && links == Links::Server {
                hl_anchor_used = true;
                " id=\"hl\"".to_string()
            } else {
                String::new()
            };
            let _ = write!(
                out,
                "<span class=\"sent{}\" id=\"{prefix}{k}\"{}>",
                if lit { " hl" } else { "" },
                id_attr
            );
            if let Some(idx) = (links == Links::Server).then_some(k) {
                let _ = write!(
                    out,
                    "<a class=\"sn\" href=\"#{prefix}{idx}\" aria-hidden=\"true\"></a>"
                );
            }
            let mut at = ss;
            while mi < kept.len() && kept[mi].end <= ss {
                mi += 1;
            }
            let mut j = mi;
            while j < kept.len() && kept[j].start < se {
                let m = &kept[j];
                if m.start >= at && m.end <= se {
                    text_with_quotes(&mut out, text, at, m.start, &quotes);
                    let open_tag = if m.href.is_some() { "a" } else { "mark" };
                    let _ =
                        write!(out, "<{open_tag} class=\"{} {}\"", m.class, label_class(&m.label));
                    if let Some(h) = &m.href {
                        out.push_str(" href=\"");
                        push_html(&mut out, h);
                        out.push('"');
                    }
                    if !m.title.trim().is_empty() {
                        out.push_str(" title=\"");
                        push_html(&mut out, m.title.trim());
                        out.push('"');
                    }
                    out.push('>');
                    text_with_quotes(&mut out, text, m.start, m.end, &quotes);
                    out.push_str("<span class=\"lbl\">");
                    push_html(&mut out, &m.label);
                    let _ = write!(out, "</span></{open_tag}>");
                    at = m.end;
                }
                j += 1;
            }
            text_with_quotes(&mut out, text, at, se, &quotes);
            out.push_str("</span>");
            pos = se;
        }
        text_with_quotes(&mut out, text, pos, pe, &quotes);
        let _ = writeln!(out, "</{tag}>");
    }
    out
}

/// The CSS class for a mark's label (entity types get their own colours).
fn label_class(label: &str) -> &'static str {
    match label {
        "PER" => "PER",
        "ORG" => "ORG",
        "LOC" => "LOC",
        "MISC" => "MISC",
        _ => "other",
    }
}

/// Text between offsets, with the parts inside quotations shaded.
fn text_with_quotes(out: &mut String, text: &str, s: usize, e: usize, quotes: &[(usize, usize)]) {
    if s >= e {
        return;
    }
    let mut cuts = vec![s, e];
    for &(qs, qe) in quotes {
        if qs > s && qs < e {
            cuts.push(qs);
        }
        if qe > s && qe < e {
            cuts.push(qe);
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let Some(piece) = text.get(a..b) else { continue };
        if quotes.iter().any(|&(qs, qe)| qs <= a && b <= qe) {
            out.push_str("<span class=\"q\">");
            push_html(out, piece);
            out.push_str("</span>");
        } else {
            push_html(out, piece);
        }
    }
}

/// The legend explaining the article marks.
pub const LEGEND: &str =
    "<p class=\"legend\"><mark class=\"ent PER\">person<span class=\"lbl\">PER</span></mark> \
<mark class=\"ent ORG\">organisation<span class=\"lbl\">ORG</span></mark> \
<mark class=\"ent LOC\">place<span class=\"lbl\">LOC</span></mark> \
<mark class=\"ent MISC\">other<span class=\"lbl\">MISC</span></mark> \
<mark class=\"tmx other\">time<span class=\"lbl\">value</span></mark> \
<mark class=\"role other\">role<span class=\"lbl\">ROLE</span></mark> \
<mark class=\"evt other\">event trigger<span class=\"lbl\">TYPE</span></mark> \
<span class=\"q\">quoted words</span></p>";

/// What cleaning removed from the raw input, as a table.
pub fn removed_table(doc: &Document) -> String {
    if doc.removed.is_empty() {
        return "<p class=\"muted\">Cleaning removed nothing.</p>".into();
    }
    let mut out = String::from(
        "<table class=\"removed\"><thead><tr><th>reason</th><th>raw offsets</th><th>text</th></tr></thead><tbody>",
    );
    for r in &doc.removed {
        let t = doc.raw.get(r.start..r.end).unwrap_or("");
        let shown: String = t.chars().take(400).collect();
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}–{}</td><td><pre>{}{}</pre></td></tr>",
            r.reason.as_str(),
            r.start,
            r.end,
            html(&shown),
            if shown.len() < t.len() { "…" } else { "" }
        );
    }
    out.push_str("</tbody></table>");
    out
}

/// The article's metadata as a definition list.
pub fn metadata(doc: &Document) -> String {
    let m = &doc.meta;
    let mut out = String::from("<dl class=\"meta\">");
    let mut row = |k: &str, v: &str| {
        let _ = write!(out, "<dt>{k}</dt><dd>{v}</dd>");
    };
    row("id", &html(&doc.id));
    for (k, v) in [
        ("title", &m.title),
        ("author", &m.author),
        ("outlet", &m.outlet),
        ("published", &m.published),
        ("language", &m.language),
        ("translated from", &m.machine_translated_from),
    ] {
        if let Some(v) = v {
            row(k, &html(v));
        }
    }
    let source = match m.published_source {
        dossier_document::DateSource::Metadata => "metadata",
        dossier_document::DateSource::Inferred => "inferred from the text",
        dossier_document::DateSource::None => "unknown",
    };
    row("date from", source);
    if let Some(u) = &m.url {
        match escape::safe_url(u) {
            Some(safe) => row(
                "url",
                &format!(
                    "<a href=\"{}\" rel=\"noopener noreferrer nofollow\">{}</a>",
                    html(safe),
                    html(u)
                ),
            ),
            None => {
                row("url", &format!("<code>{}</code> (not a web link; shown as text)", html(u)))
            }
        }
    }
    row(
        "layers",
        &format!(
            "{} sentences, {} entity mentions, {} times, {} quotes, {} event mentions",
            doc.sentences.len(),
            doc.entities.len(),
            doc.timexes.len(),
            doc.quotes.len(),
            doc.events.len()
        ),
    );
    out.push_str("</dl>");
    out
}

fn s<'a>(v: &'a Value, k: &str) -> &'a str {
    v.get(k).and_then(Value::as_str).unwrap_or("")
}

fn list(v: &Value, k: &str) -> Vec<String> {
    v.get(k)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|x| {
                    x.as_str()
                        .map(str::to_string)
                        .or_else(|| x.get("name").and_then(Value::as_str).map(str::to_string))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A duration `[min, max]` in minutes as words.
pub fn duration(v: &Value) -> Option<String> {
    let a = v.get("duration_minutes")?.as_array()?;
    let lo = a.first()?.as_u64()?;
    let hi = a.get(1).and_then(Value::as_u64).unwrap_or(lo);
    Some(dossier_document::duration_text([lo as u32, hi as u32]))
}

/// A value of a JSON field as short text (strings, numbers, lists, ranges).
pub fn value_text(v: &Value) -> String {
    match v {
        Value::Null => "—".into(),
        Value::String(s) => s.clone(),
        // A range [min, max] with min = max is one value.
        Value::Array(a) if a.len() == 2 && a[0] == a[1] => value_text(&a[0]),
        Value::Array(a) => a.iter().map(value_text).collect::<Vec<_>>().join("–"),
        other => other.to_string(),
    }
}

/// One event as a timeline card: date, type, participants, duration, topics, how many sources
/// and whether they disagree.
pub fn event_card(ev: &Value, links: Links) -> String {
    let id = s(ev, "id");
    let mut out = String::new();
    let disc = ev.get("discrepancies").and_then(Value::as_array).map_or(0, Vec::len);
    let sources = ev.get("sources").and_then(Value::as_array).map_or(0, Vec::len);
    let _ = write!(
        out,
        "<article class=\"event\" id=\"{}\"><div class=\"when\">{}<small>{}</small></div><div class=\"what\">",
        if links == Links::Report { html(&format!("ev-{}", anchor(id))) } else { String::new() },
        html(if s(ev, "date").is_empty() { "undated" } else { s(ev, "date") }),
        html(match s(ev, "date_source") {
            "published" => "publication date",
            "text" => "date in the text",
            _ => "",
        }),
    );
    let _ = write!(
        out,
        "<h3><a href=\"{}\">{}</a> <span class=\"type\">{}</span>{}</h3>",
        html(&links.event(id)),
        html(&title_of_event(ev)),
        html(s(ev, "type")),
        if s(ev, "cameo").is_empty() {
            String::new()
        } else {
            format!(" <span class=\"cameo\">CAMEO {}</span>", html(s(ev, "cameo")))
        }
    );
    let mut facts = Vec::new();
    if let Some(d) = duration(ev) {
        facts.push(format!("<b>duration</b> {}", html(&d)));
    }
    let topics = list(ev, "topics");
    if !topics.is_empty() {
        facts.push(format!("<b>topics</b> {}", html(&topics.join(", "))));
    }
    let briefers = list(ev, "briefed_by");
    if !briefers.is_empty() {
        facts.push(format!("<b>briefed by</b> {}", html(&briefers.join(", "))));
    }
    facts.push(format!("{sources} source{}", if sources == 1 { "" } else { "s" }));
    if disc > 0 {
        facts.push(format!(
            "<span class=\"disc-badge\">{disc} discrepanc{}</span>",
            if disc == 1 { "y" } else { "ies" }
        ));
    }
    let _ = write!(out, "<p class=\"facts\">{}</p>", facts.join(" · "));
    if !s(ev, "summary").is_empty() {
        let _ = write!(out, "<p class=\"summary\">{}</p>", html(s(ev, "summary")));
    }
    out.push_str("</div></article>\n");
    out
}

/// A heading for an event: its participants and type ("Putin – Trump: phone call").
/// An event's date as a reader should take it: "undated", the date, or the date marked
/// "(published)" when it is only the day the article came out.
pub fn date_shown(ev: &Value) -> String {
    match (s(ev, "date"), s(ev, "date_source")) {
        ("", _) => "undated".to_string(),
        (d, "published") => format!("{d} (published)"),
        // ("2025-04-28/2025-05-04", "last week" across two months: its days.)
        (d, _) => d.replacen('/', " to ", 1),
    }
}

pub fn title_of_event(ev: &Value) -> String {
    let p = list(ev, "participants");
    let kind = s(ev, "type").replace('_', " ");
    if p.is_empty() {
        kind
    } else {
        format!("{}: {kind}", p.join(" – "))
    }
}

/// The sources of one event side by side, one column each, with the fields they disagree on
/// highlighted, and a link from each to its sentence in the article.
pub fn event_sources(
    ev: &Value,
    links: Links,
    sentence_of: &dyn Fn(&str, usize) -> Option<usize>,
) -> String {
    let sources: Vec<&Value> =
        ev.get("sources").and_then(Value::as_array).map(|a| a.iter().collect()).unwrap_or_default();
    if sources.is_empty() {
        return "<p class=\"muted\">No sources.</p>".into();
    }
    // Which (field, doc) cells disagree with the majority value.
    let mut odd: Vec<(String, String)> = Vec::new();
    let mut disc_rows: Vec<(String, BTreeMap<String, String>)> = Vec::new();
    for d in ev.get("discrepancies").and_then(Value::as_array).into_iter().flatten() {
        let field = s(d, "field").to_string();
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        let mut by_doc: BTreeMap<String, String> = BTreeMap::new();
        for v in d.get("values").and_then(Value::as_array).into_iter().flatten() {
            let val = value_text(v.get("value").unwrap_or(&Value::Null));
            let txt = s(v, "text");
            *counts.entry(val.clone()).or_default() += 1;
            by_doc.insert(
                s(v, "doc").to_string(),
                if txt.is_empty() { val } else { format!("{val} (“{txt}”)") },
            );
        }
        let top = counts.values().copied().max().unwrap_or(0);
        let unanimous_top = counts.values().filter(|&&n| n == top).count() == 1;
        for v in d.get("values").and_then(Value::as_array).into_iter().flatten() {
            let val = value_text(v.get("value").unwrap_or(&Value::Null));
            if !unanimous_top || counts.get(&val).copied().unwrap_or(0) < top {
                odd.push((field.clone(), s(v, "doc").to_string()));
            }
        }
        disc_rows.push((field, by_doc));
    }
    let mut out =
        String::from("<div class=\"sides\"><table class=\"sources\"><thead><tr><th></th>");
    for src in &sources {
        let doc = s(src, "doc");
        let num = |k: &str| src.get(k).and_then(Value::as_u64).map(|v| v as usize);
        let start = num("start");
        // Highlight the whole sentence the source tells it in, else the trigger.
        let hl = num("sentence_start").zip(num("sentence_end")).or(start.zip(num("end")));
        let k = start.and_then(|st| sentence_of(doc, st));
        let _ = write!(
            out,
            "<th><a href=\"{}\">{}</a><br><small>{}</small></th>",
            html(&links.article(doc, hl, k)),
            html(if s(src, "outlet").is_empty() { doc } else { s(src, "outlet") }),
            html(s(src, "published"))
        );
    }
    out.push_str("</tr></thead><tbody>");
    let mut row = |label: &str, field: &str, cell: &dyn Fn(&Value) -> String| {
        let _ = write!(out, "<tr><th>{}</th>", html(label));
        for src in &sources {
            let doc = s(src, "doc");
            let bad = odd.iter().any(|(f, d)| f == field && d == doc);
            let _ =
                write!(out, "<td{}>{}</td>", if bad { " class=\"disc\"" } else { "" }, cell(src));
        }
        out.push_str("</tr>");
    };
    row("account", "", &|src| {
        let t = match src.get("sentence") {
            Some(Value::String(t)) => t.clone(),
            _ => s(src, "text").to_string(),
        };
        // The trigger inside the sentence, marked, when the offsets say where it is.
        let num = |k: &str| src.get(k).and_then(Value::as_u64).map(|v| v as usize);
        let inner = match (num("sentence_start"), num("start"), num("end")) {
            (Some(ss), Some(a), Some(b)) if a >= ss && b >= a => {
                match (t.get(..a - ss), t.get(a - ss..b - ss), t.get(b - ss..)) {
                    (Some(x), Some(y), Some(z)) => format!(
                        "{}<mark class=\"evt other\">{}</mark>{}",
                        html(x),
                        html(y),
                        html(z)
                    ),
                    _ => html(&t),
                }
            }
            _ => html(&t),
        };
        format!("<blockquote>{inner}</blockquote>")
    });
    let told = |value: &str, text: &str| -> Box<dyn Fn(&Value) -> String + '_> {
        let (value, text) = (value.to_string(), text.to_string());
        Box::new(move |src: &Value| {
            let v = src.get(&value).map(value_text).filter(|v| v != "—").unwrap_or_default();
            let t = s(src, &text);
            match (v.is_empty(), t.is_empty()) {
                (true, true) => "<span class=\"muted\">not told</span>".into(),
                (false, true) => html(&v),
                (true, false) => format!("“{}”", html(t)),
                (false, false) => format!("{} <small>“{}”</small>", html(&v), html(t)),
            }
        })
    };
    row("date", "date", &*told("date", "date_text"));
    // A length or a place no source tells is said once for a call or a sitting, whose readers
    // look for it, and left out for a statement or a strike, where it would only be noise.
    let any = |fields: &[&str]| {
        sources.iter().any(|src| {
            fields.iter().any(|f| match src.get(*f) {
                None | Some(Value::Null) => false,
                Some(Value::String(t)) => !t.is_empty(),
                Some(_) => true,
            })
        })
    };
    let timed = matches!(s(ev, "type"), "phone_call" | "meeting" | "negotiation");
    if timed || any(&["duration_minutes", "duration_text"]) {
        row("duration (minutes)", "duration_minutes", &*told("duration_minutes", "duration_text"));
    }
    row("participants", "participants", &|src| html(&list(src, "participants").join(", ")));
    if timed || any(&["place"]) {
        row("place", "place", &|src| html(s(src, "place")));
    }
    // One row per measure the sources count ("people injured"), each source's number and words.
    for f in ev.get("figures").and_then(Value::as_array).into_iter().flatten() {
        let what = s(f, "what").to_string();
        row(&what, &what, &|src| {
            let given = src
                .get("figures")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .find(|x| s(x, "what") == what);
            match given {
                Some(x) => format!(
                    "{} <small>“{}”</small>",
                    html(&value_text(x.get("value").unwrap_or(&Value::Null))),
                    html(s(x, "text"))
                ),
                None => "<span class=\"muted\">not told</span>".into(),
            }
        });
    }
    out.push_str("</tbody></table></div>");
    if !disc_rows.is_empty() {
        out.push_str("<h3>Where the sources disagree</h3><table class=\"disc-table\"><thead><tr><th>field</th><th>document</th><th>value</th></tr></thead><tbody>");
        for (field, by_doc) in &disc_rows {
            for (doc, val) in by_doc {
                let bad = odd.iter().any(|(f, d)| f == field && d == doc);
                let _ = write!(
                    out,
                    "<tr{}><td>{}</td><td><a href=\"{}\">{}</a></td><td>{}</td></tr>",
                    if bad { " class=\"disc\"" } else { "" },
                    html(field),
                    html(&links.article(doc, None, None)),
                    html(doc),
                    html(val)
                );
            }
        }
        out.push_str("</tbody></table>");
    }
    out
}

/// A bar chart of counts by period (pure CSS: no script), newest last.
pub fn histogram(buckets: &[(String, usize)]) -> String {
    if buckets.is_empty() {
        return String::new();
    }
    let max = buckets.iter().map(|b| b.1).max().unwrap_or(1).max(1);
    let mut out = String::from("<div class=\"histo\" role=\"img\" aria-label=\"counts by date\">");
    for (k, n) in buckets {
        // Heights in twentieths, as classes: the CSP forbids inline styles.
        let h = (n * 20).div_ceil(max).max(1);
        let _ = write!(
            out,
            "<div class=\"bar\" title=\"{}: {n}\"><span class=\"h{h}\"></span><small>{}</small></div>",
            html(k),
            html(k)
        );
    }
    out.push_str("</div>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_statement_shows_no_empty_length_or_place_and_a_call_says_it_was_not_told() {
        let source = json!({"doc": "a1", "outlet": "Wire", "date": "2025-07-03",
                            "participants": ["Ana Brisk"], "text": "Brisk told reporters."});
        let of = |kind: &str| json!({"type": kind, "sources": [source.clone()]});
        let none = |_: &str, _: usize| None;
        let statement = event_sources(&of("statement"), Links::Report, &none);
        assert!(!statement.contains("duration (minutes)") && !statement.contains(">place<"));
        let call = event_sources(&of("phone_call"), Links::Report, &none);
        assert!(call.contains("duration (minutes)") && call.contains(">place<"), "{call}");
        assert!(call.contains("not told"), "{call}");
    }
}
