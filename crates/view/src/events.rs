//! Events as the views see them: the objects of `dossier events --format json` (DESIGN.md), as
//! JSON values, so pages and the report are written against the documented keys.
//!
//! They come from the corpus events stage (`dossier-merge`); a store it has not run on has no
//! events, and the pages say "no events yet".

use dossier_store::{EventPageQuery, Store};
use serde_json::Value;

use crate::{Result, ViewError};

/// Which events a view wants (the `timeline` filters).
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    pub id: Option<String>,
    /// An entity name (any alias) that must take part.
    pub entity: Option<String>,
    /// The event type (`phone_call`, `meeting`, ...).
    pub kind: Option<String>,
    /// Only events with a source from this outlet.
    pub outlet: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub limit: Option<usize>,
}

/// Events of the store by date (undated last), as JSON values with the documented keys: the
/// first `limit` (1,000 when not given) after the filters.
pub fn events(store: &Store, f: &EventFilter) -> Result<Vec<Value>> {
    if let Some(id) = &f.id {
        let q = dossier_merge::EventQuery { id: Some(id.clone()), ..Default::default() };
        return dossier_merge::events(store, &q)?.iter().map(to_json).collect();
    }
    Ok(page(store, f, 0, f.limit.unwrap_or(1000))?.events)
}

/// A page of events with the total and the count per month.
pub struct EventsPage {
    pub total: usize,
    pub months: Vec<(String, usize)>,
    pub events: Vec<Value>,
}

/// A page of the filtered events: the page's ids from the event tables, then the merge stage
/// assembles them (assembling every event of a large store per request would not do).
/// `months` counts the filtered events by month (the web app caches it).
pub fn page(store: &Store, f: &EventFilter, offset: usize, limit: usize) -> Result<EventsPage> {
    page_with(store, f, offset, limit, &|s: &Store, q: &EventPageQuery| Ok(s.event_months(q)?))
}

/// A month count of the filtered events.
pub type Months<'a> = dyn Fn(&Store, &EventPageQuery) -> Result<Vec<(String, usize)>> + 'a;

/// Assembled events kept between requests (the web app keeps them until the store changes).
pub trait Assembled {
    fn get(&self, id: &str) -> Option<Value>;
    fn put(&self, id: &str, event: &Value);
}

/// No cache (the report).
struct NoCache;

impl Assembled for NoCache {
    fn get(&self, _: &str) -> Option<Value> {
        None
    }
    fn put(&self, _: &str, _: &Value) {}
}

/// [`page`] with the month counts from `months`.
pub fn page_with(
    store: &Store,
    f: &EventFilter,
    offset: usize,
    limit: usize,
    months: &Months,
) -> Result<EventsPage> {
    page_cached(store, f, offset, limit, months, &NoCache)
}

/// [`page_with`], taking assembled events from `cache` and putting there every event the
/// merge stage assembles (a page's date range brings its neighbours too).
pub fn page_cached(
    store: &Store,
    f: &EventFilter,
    offset: usize,
    limit: usize,
    months: &Months,
    cache: &dyn Assembled,
) -> Result<EventsPage> {
    let entity_ids = match &f.entity {
        Some(name) => Some(dossier_merge::entity_ids_spelled(store, name)?),
        None => None,
    };
    let q = EventPageQuery {
        kind: f.kind.clone(),
        entity_ids,
        outlet: f.outlet.clone(),
        from: f.from.clone(),
        to: f.to.clone(),
        offset,
        limit,
    };
    let months = months(store, &q)?;
    let total: usize = months.iter().map(|m| m.1).sum();
    let undated: usize = months.iter().filter(|m| m.0 == "undated").map(|m| m.1).sum();
    let found =
        if limit == 0 { Default::default() } else { store.event_page(&q, total - undated)? };
    // Each event of the page by its id (a primary-key look-up in the merge stage's query),
    // from the cache when it was assembled before.
    let mut by_id: std::collections::HashMap<String, Value> =
        found.ids.iter().filter_map(|(id, _)| cache.get(id).map(|v| (id.clone(), v))).collect();
    let mut events = Vec::with_capacity(found.ids.len());
    for (id, _) in &found.ids {
        match by_id.remove(id) {
            Some(v) => events.push(v),
            None => {
                let q = dossier_merge::EventQuery { id: Some(id.clone()), ..Default::default() };
                for e in dossier_merge::events(store, &q)? {
                    let v = to_json(&e)?;
                    cache.put(&e.id, &v);
                    events.push(v);
                }
            }
        }
    }
    Ok(EventsPage { total, months, events })
}

fn to_json(e: &dossier_merge::Event) -> Result<Value> {
    serde_json::to_value(e).map_err(|e| ViewError::Internal(e.to_string()))
}

/// Whether any source of the event comes from `outlet`.
pub fn has_outlet(ev: &Value, outlet: &str) -> bool {
    ev.get("sources")
        .and_then(Value::as_array)
        .is_some_and(|s| s.iter().any(|x| x.get("outlet").and_then(Value::as_str) == Some(outlet)))
}
