//! Entity resolution as a corpus stage of `build`: runs inside each batch's write transaction
//! over the documents the batch stored, and keeps the store's entities and mentions in step.
//!
//! The resolver lives in memory for the whole build and is loaded from the store's entities
//! once; it is reloaded only when another build changed them meanwhile (the stored
//! `entities_version` moved), so two builds writing one database never overwrite each other's
//! entities. Each batch writes only the entities it changed ([`Resolver::drain_changed`]).

use dossier_document::Document;
use std::collections::HashMap;

use dossier_resolve::{Curation, Entity, Kb, LocalEntity, Resolver};
use dossier_store::{CorpusStage, CorpusTx, EntityRow, NewDocument, NewMention, StoreError};

/// Key under which the store keeps the version of its entities.
const VERSION: &str = "entities_version";
/// Key under which the store keeps a fingerprint of the curation rules last applied.
const CURATION: &str = "curation";

pub struct ResolveStage {
    kb: &'static Kb,
    curation: Curation,
    /// Fingerprint of the curation file's text: when it changes, the corpus is resolved anew.
    curation_key: String,
    resolver: Option<Resolver>,
    /// The stored `entities_version` the resolver matches.
    version: Option<i64>,
    /// Documents resolved by this stage (for the summary line).
    pub documents: usize,
    /// Time spent resolving.
    pub elapsed: std::time::Duration,
    /// Local entities found beforehand (on the analysis threads) for the documents of the next
    /// batch, by the address of their document: the batch's documents stay in place until it
    /// is written, and a document's name or id need not be unique within a batch.
    prepared: HashMap<usize, Vec<LocalEntity>>,
    /// The entity of each mention span of the documents of the last batch, by document name:
    /// what the merge stage needs next.
    pub linked: HashMap<String, HashMap<(usize, usize), String>>,
    /// The names (name and number of aliases) this stage last wrote for each entity, while
    /// its resolver is the one that wrote them: an entity whose names did not change (most of
    /// those a batch touches only gained mentions) gets its row rewritten, not its aliases.
    written: HashMap<String, (String, usize)>,
}

impl ResolveStage {
    pub fn new(curation: Curation, curation_text: &str) -> ResolveStage {
        ResolveStage {
            kb: dossier_resolve::kb(),
            curation,
            curation_key: fingerprint(curation_text),
            resolver: None,
            version: None,
            documents: 0,
            elapsed: std::time::Duration::ZERO,
            prepared: HashMap::new(),
            linked: HashMap::new(),
            written: HashMap::new(),
        }
    }

    /// Hands over the local entities of `docs` (in the same order), found beforehand; the next
    /// batch uses them instead of finding them again. Any left from an earlier batch go.
    pub fn prepare(&mut self, docs: &[NewDocument], locals: Vec<Vec<LocalEntity>>) {
        self.prepared.clear();
        for (d, l) in docs.iter().zip(locals) {
            self.prepared.insert(&d.doc as *const Document as usize, l);
        }
    }

    /// Forgets the resolver's state: the next batch reloads it from the store.
    pub fn reset(&mut self) {
        self.resolver = None;
        self.version = None;
        self.written.clear();
    }

    /// Brings the resolver in step with the store: loads it on first use or when another build
    /// changed the entities, and starts afresh when the curation rules changed (every stored
    /// document is then resolved again, by the caller, through [`ResolveStage::resolve_stored`]).
    fn sync(&mut self, tx: &CorpusTx) -> Result<bool, StoreError> {
        let stored: i64 = tx.state(VERSION)?.and_then(|v| v.parse().ok()).unwrap_or(0);
        let curation_changed = tx.state(CURATION)?.is_some_and(|c| c != self.curation_key);
        if curation_changed {
            tx.clear()?;
            tx.set_state(CURATION, &self.curation_key)?;
            self.resolver =
                Some(Resolver::new(Vec::new(), self.curation.clone(), self.kb).without_documents());
            self.written.clear();
            self.version = Some(stored);
            return Ok(true);
        }
        if tx.state(CURATION)?.is_none() {
            tx.set_state(CURATION, &self.curation_key)?;
        }
        if self.resolver.is_none() || self.version != Some(stored) {
            let mut existing = Vec::new();
            for row in tx.entities()? {
                // A row this dossier cannot read is an error, never silently dropped.
                existing.push(serde_json::from_str::<Entity>(&row.data).map_err(StoreError::Json)?);
            }
            self.resolver =
                Some(Resolver::new(existing, self.curation.clone(), self.kb).without_documents());
            self.written.clear();
            self.version = Some(stored);
        }
        Ok(false)
    }

    /// Resolves `docs` (name and document) and writes their mentions and the changed entities.
    fn resolve(&mut self, tx: &CorpusTx, docs: &[(&str, &Document)]) -> Result<(), StoreError> {
        let started = std::time::Instant::now();
        let out = self.resolve_timed(tx, docs);
        self.elapsed += started.elapsed();
        out
    }

    fn resolve_timed(
        &mut self,
        tx: &CorpusTx,
        docs: &[(&str, &Document)],
    ) -> Result<(), StoreError> {
        let resolver = self.resolver.as_mut().expect("synced");
        // Each document's local entities and the corpus entity each joined.
        let mut batch: Vec<Vec<LocalEntity>> = Vec::with_capacity(docs.len());
        for (name, doc) in docs {
            let key = *doc as *const Document as usize;
            let mut locals = match self.prepared.remove(&key) {
                Some(l) => l,
                None => dossier_resolve::local_entities(doc),
            };
            // The store's name for the document, which may differ from the article's own.
            for local in &mut locals {
                local.doc = name.to_string();
            }
            batch.push(locals);
        }
        let ids = resolver.add_batch(&mut batch);
        let resolved: Vec<(Vec<LocalEntity>, Vec<String>)> = batch.into_iter().zip(ids).collect();
        // Entities first: mention rows refer to them by their number in the file.
        let (mut renamed, mut same_names) = (Vec::new(), Vec::new());
        for e in resolver.drain_changed() {
            let names = (e.name.clone(), e.aliases.len());
            let same = self.written.get(&e.id) == Some(&names);
            let row = EntityRow {
                id: e.id.clone(),
                name: e.name.clone(),
                label: e.label.clone(),
                kb: e.kb.clone(),
                aliases: if same { Vec::new() } else { e.aliases.clone() },
                data: stored_json(e).map_err(StoreError::Json)?,
            };
            if same {
                same_names.push(row);
            } else {
                self.written.insert(e.id.clone(), names);
                renamed.push(row);
            }
        }
        tx.put_entities(&renamed)?;
        tx.put_entity_rows(&same_names)?;
        let mut rows = Vec::new();
        self.linked = HashMap::with_capacity(docs.len());
        for ((name, doc), (locals, ids)) in docs.iter().zip(&resolved) {
            let mut named: Vec<(usize, usize)> =
                doc.entities.iter().map(|m| (m.start, m.end)).collect();
            named.sort_unstable();
            let linked = self.linked.entry(name.to_string()).or_default();
            for (local, id) in locals.iter().zip(ids) {
                // A description with no one to refer to ("the president" before any person
                // is named) joins no entity: its words stay unlinked.
                if id.is_empty() {
                    continue;
                }
                for &(start, end) in &local.mentions {
                    let Some(text) = doc.text.get(start..end) else { continue };
                    let named = named.binary_search(&(start, end)).is_ok();
                    rows.push(NewMention {
                        doc: name,
                        start,
                        end,
                        text,
                        label: &local.label,
                        kind: if named { "name" } else { "description" },
                        entity_id: id,
                    });
                    // The first row of a span is the one stored.
                    linked.entry((start, end)).or_insert_with(|| id.clone());
                }
            }
        }
        let texts: Vec<(&str, &str)> = docs.iter().map(|(n, d)| (*n, d.text.as_str())).collect();
        tx.put_mentions(&texts, &rows)?;
        let next = self.version.unwrap_or(0) + 1;
        tx.set_state(VERSION, &next.to_string())?;
        self.version = Some(next);
        self.documents += docs.len();
        Ok(())
    }

    /// Resolves documents stored earlier that have no entities yet (stored by an older
    /// dossier, or every document after the curation rules changed), in name order, in chunks.
    pub fn resolve_stored(
        &mut self,
        store: &mut dossier_store::Store,
    ) -> Result<usize, StoreError> {
        let pending = store.with_corpus(|tx| {
            self.sync(tx)?;
            tx.unresolved_documents()
        })?;
        let mut done = 0;
        for chunk in pending.chunks(256) {
            store.with_corpus(|tx| {
                self.sync(tx)?;
                let mut docs = Vec::with_capacity(chunk.len());
                for name in chunk {
                    if let Some(doc) = tx.document(name)? {
                        docs.push((name.as_str(), doc));
                    }
                }
                let refs: Vec<(&str, &Document)> = docs.iter().map(|(n, d)| (*n, d)).collect();
                self.resolve(tx, &refs)
            })?;
            done += chunk.len();
        }
        Ok(done)
    }
}

impl CorpusStage for ResolveStage {
    fn apply(&mut self, tx: &CorpusTx, stored: &[(&str, &Document)]) -> Result<(), StoreError> {
        if self.sync(tx)? {
            // The curation rules changed: everything is resolved anew, this batch included
            // (the caller then resolves the rest with `resolve_stored`).
        }
        let mut sorted: Vec<(&str, &Document)> = stored.to_vec();
        sorted.sort_by(|a, b| a.0.cmp(b.0));
        self.resolve(tx, &sorted)
    }
}

/// The entity as the store keeps it: without its document list, which the mention rows hold
/// and which would make every write of a much-mentioned entity grow with the corpus. The list
/// is left out before serialising, not removed after: an entity in thousands of documents is
/// rewritten by every batch that mentions it.
fn stored_json(e: &Entity) -> serde_json::Result<String> {
    /// Every field of [`Entity`] but `docs`, borrowed.
    #[derive(serde::Serialize)]
    struct Stored<'a> {
        id: &'a str,
        name: &'a str,
        label: &'a str,
        aliases: &'a [String],
        roles: &'a [dossier_resolve::Role],
        mentions: usize,
        evidence: &'a [dossier_resolve::Evidence],
        kb: Option<&'a str>,
    }
    let v = Stored {
        id: &e.id,
        name: &e.name,
        label: &e.label,
        aliases: &e.aliases,
        roles: &e.roles,
        mentions: e.mentions,
        evidence: &e.evidence,
        kb: e.kb.as_deref(),
    };
    // Through a JSON value, whose keys are sorted, as stored entities always were.
    serde_json::to_string(&serde_json::to_value(v)?)
}

/// A short stable fingerprint of a text (FNV-1a, hex).
fn fingerprint(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The corpus stages of `build`, in order: entity resolution, then event merging (whose
/// participants are the entities resolution just wrote), in the batch's transaction.
pub struct CorpusStages {
    pub resolve: ResolveStage,
    pub merge: dossier_merge::MergeStage,
    /// CPU time of the calling thread spent in both stages: unlike their wall time, it does
    /// not grow when analysis threads take the cores, so it is what scaling is judged by.
    pub cpu: std::time::Duration,
}

pub use dossier_document::clock::thread_cpu_time;

impl CorpusStages {
    /// Time spent in both stages.
    pub fn elapsed(&self) -> std::time::Duration {
        self.resolve.elapsed + self.merge.elapsed
    }

    /// Forgets both stages' in-memory state: the next batch reloads it from the store.
    pub fn reset(&mut self) {
        self.resolve.reset();
        self.merge = dossier_merge::MergeStage::new();
    }
}

impl CorpusStage for CorpusStages {
    fn apply(&mut self, tx: &CorpusTx, stored: &[(&str, &Document)]) -> Result<(), StoreError> {
        let cpu = thread_cpu_time();
        let out = self.resolve.apply(tx, stored).and_then(|()| {
            self.merge.known = std::mem::take(&mut self.resolve.linked);
            let mut sorted: Vec<(&str, &Document)> = stored.to_vec();
            sorted.sort_by(|a, b| a.0.cmp(b.0));
            self.merge.merge(tx, &sorted)
        });
        self.cpu += thread_cpu_time().saturating_sub(cpu);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_resolve::{Evidence, Role};

    #[test]
    fn a_stored_entity_is_the_entity_without_its_documents() {
        let e = Entity {
            id: "per-anna-marsh".into(),
            name: "Anna Marsh".into(),
            label: "PER".into(),
            aliases: vec!["Marsh".into()],
            roles: vec![Role {
                name: "Minister".into(),
                wording: "minister".into(),
                doc: "a".into(),
            }],
            mentions: 7,
            docs: vec!["a".into(), "b".into()],
            evidence: vec![Evidence {
                alias: "Marsh".into(),
                reason: "surname of a full name in the same article".into(),
                doc: "a".into(),
            }],
            kb: None,
        };
        let mut whole = serde_json::to_value(&e).unwrap();
        whole.as_object_mut().unwrap().remove("docs");
        assert_eq!(stored_json(&e).unwrap(), serde_json::to_string(&whole).unwrap());
        let back: Entity = serde_json::from_str(&stored_json(&e).unwrap()).unwrap();
        assert_eq!(back, Entity { docs: Vec::new(), ..e });
    }
}
