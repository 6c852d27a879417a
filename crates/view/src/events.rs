//! Events as the views see them: the objects of `dossier events --format json` (DESIGN.md), as
//! JSON values, so pages and the report are written against the documented keys.
//!
//! The corpus events stage is not in this build yet: every listing is empty and the pages say
//! "no events yet". When it lands, [`events`] asks it and the pages fill in.

use dossier_store::Store;
use serde_json::Value;

use crate::Result;

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
pub const AVAILABLE: bool = false;

/// Events of the store, oldest first.
pub fn events(_store: &Store, _f: &EventFilter) -> Result<Vec<Value>> {
    Ok(Vec::new())
}

/// Whether any source of the event comes from `outlet`.
pub fn has_outlet(ev: &Value, outlet: &str) -> bool {
    ev.get("sources")
        .and_then(Value::as_array)
        .is_some_and(|s| s.iter().any(|x| x.get("outlet").and_then(Value::as_str) == Some(outlet)))
}
