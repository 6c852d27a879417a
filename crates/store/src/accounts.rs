//! The packed accounts of one document (`event_accounts.data`): every account the merge stage
//! wrote for the document's events, with why each joined its event, in one value.
//!
//! Schema 9 kept each account in its own `event_sources` row, its JSON with the common keys
//! packed into single bytes: about 190 bytes an account, plus 19 for the reason, which made the
//! sources the largest table of the store (26% of it on the generated corpus of `dossier eval
//! entities-speed`, and the store 3.25 times its input). An account is a few hundred bytes of
//! JSON that says again what the document's other accounts say (its people, their entity ids,
//! its quotes, the publication date), so deflating them together takes them to about 80 bytes
//! each, reason included, for one compressor run a document instead of one a row: deflating
//! each account alone costs more to set up than it saves (about 3 of its 5 microseconds go to
//! clearing the compressor), even against a preset dictionary.
//!
//! # Layout
//!
//! ```text
//! value    = "DE1" packing payload
//! packing  = 0x00 (payload as below) | 0x01 (payload raw-deflated)
//! payload  = n (seq:u reason:bytes data:bytes)*n      by seq, each seq once
//! bytes    = len:u utf8-bytes
//! ```
//!
//! Numbers are LEB128 varints, as in the layers row (`pack`). A value that does not parse, from
//! first byte to last, is an error, never a panic.

use crate::pack::{self, Corrupt};

/// First bytes of a packed accounts value.
pub(crate) const MAGIC: &[u8] = b"DE1";

/// One account of a document: its position among the document's events, why it joined its
/// event (empty for an event's first) and the account's JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    pub seq: usize,
    pub reason: String,
    pub data: String,
}

/// Packs `entries` (sorted by `seq`, each once) as one value.
pub(crate) fn encode(entries: &[Entry]) -> Result<Vec<u8>, flate2::CompressError> {
    let mut payload =
        Vec::with_capacity(entries.iter().map(|e| e.reason.len() + e.data.len() + 6).sum());
    pack::put_u(&mut payload, entries.len() as u64);
    for e in entries {
        pack::put_u(&mut payload, e.seq as u64);
        pack::put_u(&mut payload, e.reason.len() as u64);
        payload.extend_from_slice(e.reason.as_bytes());
        pack::put_u(&mut payload, e.data.len() as u64);
        payload.extend_from_slice(e.data.as_bytes());
    }
    pack::seal(MAGIC, &payload)
}

/// The entries of packed value `data`, by `seq`.
pub(crate) fn decode(data: &[u8]) -> Result<Vec<Entry>, Corrupt> {
    let payload = pack::unseal(MAGIC, data)?;
    let index = index(&payload)?;
    let text = |r: &std::ops::Range<usize>| -> String {
        // Checked to be UTF-8 by `index`.
        String::from_utf8_lossy(&payload[r.clone()]).into_owned()
    };
    Ok(index
        .iter()
        .map(|(seq, why, data)| Entry { seq: *seq, reason: text(why), data: text(data) })
        .collect())
}

/// Each entry of `payload` as its seq and the byte ranges of its reason and data, by seq; the
/// texts are checked to be UTF-8.
type Index = Vec<(usize, std::ops::Range<usize>, std::ops::Range<usize>)>;

fn index(payload: &[u8]) -> Result<Index, Corrupt> {
    let mut d = pack::Decoder::raw(payload);
    // Three bytes at least an entry: its seq and two lengths.
    let n = d.count(3)?;
    let mut out: Index = Vec::with_capacity(n);
    for _ in 0..n {
        let seq = usize::try_from(d.u()?).map_err(|_| Corrupt("a position overflows"))?;
        if out.last().is_some_and(|e| e.0 >= seq) {
            return Err(Corrupt("accounts out of order"));
        }
        let why = d.text_range()?;
        let data = d.text_range()?;
        out.push((seq, why, data));
    }
    if !d.at_end() {
        return Err(Corrupt("bytes after the last account"));
    }
    Ok(out)
}

/// One document's packed accounts, unpacked: the payload and where each account is in it.
#[derive(Default)]
pub(crate) struct Unpacked {
    payload: Vec<u8>,
    index: Index,
}

impl Unpacked {
    /// Document `doc`'s packed value `data`, unpacked (`doc` names it in errors).
    pub(crate) fn new(doc: &str, data: &[u8]) -> crate::Result<Unpacked> {
        let bad = |c: Corrupt| crate::StoreError::Accounts(format!("document '{doc}': {}", c.0));
        let payload = pack::unseal(MAGIC, data).map_err(bad)?;
        let index = index(&payload).map_err(bad)?;
        Ok(Unpacked { payload: payload.into_owned(), index })
    }

    /// The reason and data of the account at position `seq` of document `doc`.
    pub(crate) fn get(&self, doc: &str, seq: usize) -> crate::Result<(&str, &str)> {
        let bad = |why: &str| crate::StoreError::Accounts(format!("document '{doc}': {why}"));
        let at = self
            .index
            .binary_search_by_key(&seq, |e| e.0)
            .map_err(|_| bad(&format!("no account {seq}")))?;
        let (_, why, data) = &self.index[at];
        let text = |r: &std::ops::Range<usize>| {
            std::str::from_utf8(&self.payload[r.clone()]).map_err(|_| bad("not UTF-8"))
        };
        Ok((text(why)?, text(data)?))
    }
}

/// Documents' accounts unpacked, by document name: reading an event's accounts unpacks every
/// document that told it, and a document's accounts are in several events (read back one after
/// another when merging or listing). Bounded: emptied when it holds [`Cache::MAX`] documents.
/// Kept for one transaction of merging (written accounts are forgotten) or one listing.
#[derive(Default)]
pub(crate) struct Cache {
    docs: dossier_document::hash::FastMap<String, Unpacked>,
}

impl Cache {
    const MAX: usize = 4096;

    pub(crate) fn get(&self, doc: &str) -> Option<&Unpacked> {
        self.docs.get(doc)
    }

    pub(crate) fn put(&mut self, doc: String, unpacked: Unpacked) {
        if self.docs.len() >= Self::MAX {
            self.docs.clear();
        }
        self.docs.insert(doc, unpacked);
    }

    /// Forgets `doc` (its accounts were written or dropped).
    pub(crate) fn forget(&mut self, doc: &str) {
        self.docs.remove(doc);
    }

    pub(crate) fn clear(&mut self) {
        self.docs.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(seq: usize, reason: &str, data: &str) -> Entry {
        Entry { seq, reason: reason.into(), data: data.into() }
    }

    #[test]
    fn accounts_pack_together_and_read_back() {
        let call = r#"{"type":"phone_call","cameo":"041","trigger":"spoke by phone","date":"2025-06-14","date_source":"text","participants":[{"name":"Vladimir Putin","entity":"per-vladimir-putin","label":"PER"},{"name":"Donald Trump","entity":"per-donald-trump","label":"PER"}],"sentence_start":0,"sentence_end":120}"#;
        let said = r#"{"type":"statement","cameo":"010","trigger":"told reporters","participants":[{"name":"Yuri Ushakov","entity":"per-yuri-ushakov","label":"PER"}],"sentence_start":121,"sentence_end":240,"quotes":[{"speaker":"Yuri Ushakov","kind":"indirect","start":121,"end":200}]}"#;
        let entries = vec![
            entry(0, "", call),
            entry(2, "same type; shared participants Vladimir Putin", said),
            entry(7, "", "{\"note\":\"Путин \\u0001\"}"),
        ];
        let packed = encode(&entries).unwrap();
        assert!(packed.starts_with(MAGIC));
        let raw: usize = entries.iter().map(|e| e.reason.len() + e.data.len()).sum();
        assert!(packed.len() * 3 < raw * 2, "{} bytes for {raw}", packed.len());
        assert_eq!(decode(&packed).unwrap(), entries);
        // A document without accounts, and a tiny one, kept plain.
        assert_eq!(decode(&encode(&[]).unwrap()).unwrap(), []);
        let tiny = [entry(3, "", "{}")];
        assert_eq!(decode(&encode(&tiny).unwrap()).unwrap(), tiny);

        let u = Unpacked::new("a", &packed).unwrap();
        assert_eq!(u.get("a", 2).unwrap(), (entries[1].reason.as_str(), said));
        assert_eq!(u.get("a", 0).unwrap().1, call);
        assert!(u.get("a", 1).is_err());
        let mut cache = Cache::default();
        cache.put("a".into(), u);
        assert_eq!(cache.get("a").unwrap().get("a", 7).unwrap().1, entries[2].data);
        cache.forget("a");
        assert!(cache.get("a").is_none());
    }

    #[test]
    fn a_damaged_value_is_an_error_not_a_panic() {
        let entries = vec![entry(0, "why", "{\"type\":\"meeting\"}"), entry(1, "", "{}")];
        let packed = encode(&entries).unwrap();
        assert!(decode(b"DZ9 not ours").is_err());
        assert!(decode(b"DE1").is_err());
        for cut in 0..packed.len() {
            assert!(decode(&packed[..cut]).is_err(), "cut at {cut}");
        }
        let mut longer = packed.clone();
        longer.push(0);
        assert!(decode(&longer).is_err());
        // Out of order, and a count past the end.
        let mut plain = MAGIC.to_vec();
        plain.extend_from_slice(&[0, 2, 1, 0, 0, 1, 0, 0]);
        assert_eq!(decode(&plain), Err(Corrupt("accounts out of order")));
        let mut many = MAGIC.to_vec();
        many.extend_from_slice(&[0, 0xff, 0x7f]);
        assert!(decode(&many).is_err());
        assert!(Unpacked::new("d", b"junk").is_err());
    }
}
