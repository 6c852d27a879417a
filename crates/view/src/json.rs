//! The JSON objects of the API: the same objects and keys as the command line's
//! `--format json` (DESIGN.md), so a program can switch between the two.

use dossier_store::{DocumentRow, EntitySummary, QuoteRow, SearchHit, SearchResults};
use serde_json::{json, Value};

/// An entity as `dossier entities --format json` prints it; `detailed` adds the merge evidence
/// and knowledge-base link (as `--name` does).
pub fn entity(e: &EntitySummary, detailed: bool) -> Value {
    let data: Value = serde_json::from_str(&e.row.data).unwrap_or(Value::Null);
    let mut aliases: Vec<&String> = e.row.aliases.iter().filter(|a| **a != e.row.name).collect();
    aliases.sort_by_key(|a| a.to_lowercase());
    let mut v = json!({
        "id": e.row.id,
        "name": e.row.name,
        "type": e.row.label,
        "aliases": aliases,
        "roles": data.get("roles").cloned().unwrap_or_else(|| json!([])),
        "mentions": e.mentions,
        "docs": e.docs,
    });
    if detailed {
        v["evidence"] = data.get("evidence").cloned().unwrap_or_else(|| json!([]));
        v["kb"] = e.row.kb.clone().map_or(Value::Null, Value::String);
    }
    v
}

/// A quote as `dossier quotes --format json` prints it.
pub fn quote(q: &QuoteRow) -> Value {
    json!({
        "doc": q.doc,
        "text": q.text,
        "speaker": q.speaker,
        "relayed_by": q.relayed_by,
        "kind": q.kind,
        "start": q.start,
        "end": q.end,
        "cue": q.cue.as_ref().map(|(s, e, t)| json!({"start": s, "end": e, "text": t})),
        "outlet": q.outlet,
        "published": q.published,
    })
}

/// A document's metadata: the metadata keys of `dossier annotate --format json`.
pub fn document_row(d: &DocumentRow) -> Value {
    json!({
        "id": d.id,
        "title": d.title,
        "author": d.author,
        "outlet": d.outlet,
        "url": d.url,
        "published": d.published,
        "published_source": d.published_source,
        "language": d.language,
        "machine_translated_from": d.machine_translated_from,
    })
}

/// One search hit: the snippet as plain text, and `highlights`, the byte ranges of the matched
/// terms in it, so no markup is mixed into untrusted text.
pub fn search_hit(h: &SearchHit) -> Value {
    let (snippet, highlights) = split_snippet(&h.snippet);
    json!({
        "kind": h.kind,
        "doc": h.doc,
        "title": h.title,
        "start": h.start,
        "end": h.end,
        "outlet": h.outlet,
        "published": h.published,
        "speaker": h.speaker,
        "snippet": snippet,
        "highlights": highlights.iter().map(|(s, e)| json!({"start": s, "end": e})).collect::<Vec<_>>(),
        "rank": h.rank,
    })
}

/// Search results with facets.
pub fn search(r: &SearchResults, offset: usize, limit: usize) -> Value {
    let pairs = |v: &[(String, usize)]| -> Vec<Value> {
        v.iter().map(|(k, n)| json!({"value": k, "count": n})).collect()
    };
    json!({
        "total": r.total,
        "ranked": r.ranked,
        "offset": offset,
        "limit": limit,
        "hits": r.hits.iter().map(search_hit).collect::<Vec<_>>(),
        "facets": {
            "type": pairs(&r.facets.kind),
            "outlet": pairs(&r.facets.outlet),
            "month": pairs(&r.facets.month),
            "entity": r.facets.entity.iter().map(|(id, name, label, n)|
                json!({"id": id, "name": name, "type": label, "count": n})).collect::<Vec<_>>(),
        },
    })
}

/// Splits an FTS snippet into its plain text and the byte ranges of its matched terms.
pub fn split_snippet(s: &str) -> (String, Vec<(usize, usize)>) {
    let mut text = String::with_capacity(s.len());
    let mut ranges = Vec::new();
    let mut open = None;
    for c in s.chars() {
        if c == dossier_store::MATCH_START {
            open = Some(text.len());
        } else if c == dossier_store::MATCH_END {
            if let Some(o) = open.take() {
                ranges.push((o, text.len()));
            }
        } else {
            text.push(c);
        }
    }
    (text, ranges)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_split_into_text_and_ranges() {
        let s = format!("a {}cat{} b", dossier_store::MATCH_START, dossier_store::MATCH_END);
        assert_eq!(split_snippet(&s), ("a cat b".to_string(), vec![(2, 5)]));
    }
}
