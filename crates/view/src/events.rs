//! Events as the views see them: the objects of `dossier events --format json` (DESIGN.md), as
//! JSON values, so pages and the report are written against the documented keys.
//!
//! They come from the corpus events stage (`dossier-merge`); a store it has not run on has no
//! events, and the pages say "no events yet".

use dossier_store::Store;
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

/// Whether this build has the events stage.
pub const AVAILABLE: bool = true;

/// Events of the store by date (undated last), as JSON values with the documented keys.
pub fn events(store: &Store, f: &EventFilter) -> Result<Vec<Value>> {
    let q = dossier_merge::EventQuery {
        id: f.id.clone(),
        entity: f.entity.clone(),
        kind: f.kind.clone(),
        from: f.from.clone(),
        to: f.to.clone(),
        // The outlet filter is applied here, after the stage's own filters.
        limit: if f.outlet.is_some() { None } else { f.limit },
    };
    let found = dossier_merge::events(store, &q)?;
    let mut out: Vec<Value> = found
        .iter()
        .map(|e| serde_json::to_value(e).map_err(|e| ViewError::Internal(e.to_string())))
        .collect::<Result<_>>()?;
    if let Some(o) = &f.outlet {
        out.retain(|e| has_outlet(e, o));
    }
    if let Some(l) = f.limit {
        out.truncate(l);
    }
    Ok(out)
}

/// Whether any source of the event comes from `outlet`.
pub fn has_outlet(ev: &Value, outlet: &str) -> bool {
    ev.get("sources")
        .and_then(Value::as_array)
        .is_some_and(|s| s.iter().any(|x| x.get("outlet").and_then(Value::as_str) == Some(outlet)))
}
