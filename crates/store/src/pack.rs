//! Format 2 of the packed layers row (`layers.name = '*'`): every layer of one document in a
//! compact binary form.
//!
//! Format 1 was deflated JSON: about 3.6 KB an article (more than the article's compressed
//! text), and writing it cost about 0.75 million instructions an article, most of them in the
//! JSON serializer. Nearly all of a layer is small numbers (offsets that follow one another)
//! and a few short strings said again and again (labels, canonical names, event types), which
//! a binary form with a string table stores in a byte or two each: 1.4 KB an article of the
//! generated corpus (`dossier eval entities-speed`). Deflating that (the thread's compressor at
//! its fast level, as format 1 did) still takes it to 1.0 KB, so the payload is deflated when
//! the result is smaller, as it is for all but tiny articles. Most of what deflating costs is
//! clearing the compressor's hash table (about 180,000 instructions an article, half of the
//! encoding); zlib's level 2 would save another tenth of the bytes at three times the time.
//!
//! # Layout
//!
//! ```text
//! row      = "DL2" packing payload
//! packing  = 0x00 (payload as below) | 0x01 (payload raw-deflated)
//! payload  = strings flags removed headings paragraphs sentences entities roles timexes
//!            quotes events                       (nothing may follow)
//! strings  = n (len utf8-bytes)*n                the document's string table
//! flags    = u                                   bit 0: the removed pieces follow `removed`
//! ```
//!
//! Numbers are LEB128 varints: `u` unsigned, `i` signed (zigzag). `str` is an index into the
//! string table; `opt` is 0 for `None` and index + 1 for `Some`; `txt`, a span's text, is 0
//! when the text is the cleaned text's slice at the span's offsets (as it nearly always is: it
//! is taken from there on reading) and index + 1 otherwise. A span is written as `i` (its start
//! minus a base) and `u` (its length, end minus start, wrapping): in a list the base is the
//! previous span's end (the list's base for the first), so sorted spans cost a byte or two; a
//! single span's base is the start of the span it belongs to. `spans(b)` is a count and a list
//! of spans from base `b`.
//!
//! ```text
//! removed    = n (span reason-byte)*n [len bytes]*n     raw offsets from 0; the pieces of the
//!                                                       raw input when flags bit 0 is set
//! headings, paragraphs, sentences = spans(0)
//! entities   = n (span txt label:str entity)*n          entity: 0 when it is the mention's
//!                                                       text, else index + 1
//! roles      = n (span txt entity:opt)*n
//! timexes    = n (span txt type:str value:opt modifier:opt)*n
//! quotes     = n (span txt has:u [speaker:str] kind:str [cue:span(quote) txt]
//!                 [speaker_span:span(quote)] [relayed_by:str] [relayed_by_span:span(quote)])*n
//!              has bits 0-4: speaker, cue, speaker_span, relayed_by, relayed_by_span
//! events     = n (has:u type:str trigger:span cameo:str [date:str] participants:n str*n
//!                 participant_spans:spans(t) [duration:u u] topics:n str*n [date_source:str]
//!                 [date_span:span(t)] [duration_span:span(t)] briefed_by:n str*n
//!                 briefed_by_spans:spans(t) [place:str] sentence:span(t) mentions:spans(t)
//!                 quotes:spans(t) [count:u] [count_span:span(t)] [agents:n str*n]
//!                 [figures:n (what:str value:u span(t))*n])*n
//!              t = the trigger's start; the triggers are chained as a list's spans are;
//!              has bits 0-11: date, duration, date_source, date_span, duration_span, place,
//!              background, count, count_span, agents, figures, said_date (a flag)
//! ```
//!
//! Removal reasons are bytes (title 0, link_list 1, cross_link 2, byline 3,
//! translation_notice 4, whitespace 5, boilerplate 6). The raw input's removed pieces are kept
//! only when the raw input rebuilds exactly from them and the cleaned text (then the
//! `documents.raw` column is left empty); otherwise that column holds the raw input and the
//! pieces would say nothing new. Tokens are not stored (as in format 1).
//!
//! Decoding restores the document exactly as it was encoded (format 1 could not tell an empty
//! span text from one left out). A row that does not parse, from first byte to last, is
//! [`Corrupt`]: never a panic, and never a document read half.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use dossier_document::{
    Cue, Document, EntityMention, EventMention, Figure, Quote, RemovalReason, Removed, RoleMention,
    Span, Timex,
};

/// First bytes of a format 2 row.
pub(crate) const MAGIC: &[u8] = b"DL2";
/// The packing byte: the payload follows as it is.
const PLAIN: u8 = 0;
/// The packing byte: the payload follows raw-deflated.
const DEFLATED: u8 = 1;
/// Payloads shorter than this are not worth trying to deflate.
const DEFLATE_FROM: usize = 64;
/// A deflated payload is refused when it inflates beyond this (a corrupt or hostile row).
const MAX_PAYLOAD: u64 = 1 << 30;

/// Flags bit: the removed pieces of the raw input follow the removed spans.
const HAS_PIECES: u64 = 1;

/// Why a packed row could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Corrupt(pub &'static str);

impl std::fmt::Display for Corrupt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

/// Encodes the layers of `doc` as a format 2 row; also says whether the raw input rebuilds
/// from the cleaned text and the removed pieces (so the `raw` column can stay empty).
pub(crate) fn encode(doc: &Document) -> Result<(Vec<u8>, bool), flate2::CompressError> {
    let rebuilt = raw_rebuilds(&doc.raw, &doc.text, &doc.removed);
    let mut e = Encoder::new(&doc.text, doc.text.len() / 2 + 64);
    e.layers(doc, rebuilt);
    let mut payload = Vec::with_capacity(e.out.len() + e.table_bytes + 8);
    put_u(&mut payload, e.table.len() as u64);
    for s in &e.table {
        put_u(&mut payload, s.len() as u64);
        payload.extend_from_slice(s.as_bytes());
    }
    payload.extend_from_slice(&e.out);
    Ok((seal(MAGIC, &payload)?, rebuilt))
}

/// `magic`, the packing byte and `payload`, deflated when that makes it shorter (and it is
/// long enough to try): the frame of a layers row and of a document's packed accounts.
pub(crate) fn seal(magic: &[u8], payload: &[u8]) -> Result<Vec<u8>, flate2::CompressError> {
    let mut row = Vec::with_capacity(magic.len() + 1 + payload.len());
    row.extend_from_slice(magic);
    if payload.len() >= DEFLATE_FROM {
        row.push(DEFLATED);
        crate::deflate_into(payload, &mut row)?;
        if row.len() < magic.len() + 1 + payload.len() {
            return Ok(row);
        }
        row.truncate(magic.len());
    }
    row.push(PLAIN);
    row.extend_from_slice(payload);
    Ok(row)
}

/// Fills the stored layers of `doc` (whose `text`, and `raw` when it was kept, come from the
/// documents row) from format 2 row `data`; rebuilds `raw` when it is empty and the row
/// holds the removed pieces. On error `doc` is left as it was.
pub(crate) fn decode(doc: &mut Document, data: &[u8]) -> Result<(), Corrupt> {
    let payload = payload(data)?;
    let mut d = Decoder::new(&payload, &doc.text)?;
    let layers = d.layers()?;
    if d.pos != d.buf.len() {
        return Err(Corrupt("bytes after the last layer"));
    }
    let raw = match &layers.pieces {
        Some(pieces) if doc.raw.is_empty() => {
            crate::rebuild_raw(&doc.text, &layers.removed, pieces)
        }
        _ => None,
    };
    let Layers {
        removed,
        pieces: _,
        headings,
        paragraphs,
        sentences,
        entities,
        roles,
        timexes,
        quotes,
        events,
    } = layers;
    doc.removed = removed;
    doc.headings = headings;
    doc.paragraphs = paragraphs;
    doc.sentences = sentences;
    doc.entities = entities;
    doc.roles = roles;
    doc.timexes = timexes;
    doc.quotes = quotes;
    doc.events = events;
    if let Some(raw) = raw {
        doc.raw = raw;
    }
    Ok(())
}

/// The payload of format 2 row `data`, inflated if it was deflated.
pub(crate) fn payload(data: &[u8]) -> Result<std::borrow::Cow<'_, [u8]>, Corrupt> {
    unseal(MAGIC, data)
}

/// The payload [`seal`] framed with `magic`, inflated if it was deflated.
pub(crate) fn unseal<'a>(
    magic: &[u8],
    data: &'a [u8],
) -> Result<std::borrow::Cow<'a, [u8]>, Corrupt> {
    let rest = data.strip_prefix(magic).ok_or(Corrupt("not in a format this build reads"))?;
    let (&packing, rest) = rest.split_first().ok_or(Corrupt("truncated"))?;
    match packing {
        PLAIN => Ok(rest.into()),
        DEFLATED => inflate(rest).map(Into::into),
        _ => Err(Corrupt("unknown packing")),
    }
}

/// Raw-deflated `data` inflated, by a decompressor the thread keeps: reading an event's
/// accounts inflates a document's packed value for each, and a fresh decompressor (with the
/// buffers of a reader around it) cost more than the inflating.
fn inflate(data: &[u8]) -> Result<Vec<u8>, Corrupt> {
    use flate2::{Decompress, FlushDecompress, Status};
    thread_local! {
        static INFLATE: std::cell::RefCell<Option<Decompress>> =
            const { std::cell::RefCell::new(None) };
    }
    INFLATE.with(|cell| {
        let mut fresh = None;
        let mut kept = cell.try_borrow_mut().ok();
        let z = match kept.as_deref_mut() {
            Some(slot) => slot.get_or_insert_with(|| Decompress::new(false)),
            None => fresh.insert(Decompress::new(false)),
        };
        z.reset(false);
        let mut out = Vec::with_capacity(data.len() * 4 + 64);
        loop {
            let read = z.total_in() as usize;
            let status = z
                .decompress_vec(&data[read..], &mut out, FlushDecompress::Finish)
                .map_err(|_| Corrupt("the deflated payload does not inflate"))?;
            if out.len() as u64 > MAX_PAYLOAD {
                return Err(Corrupt("the deflated payload inflates too far"));
            }
            match status {
                Status::StreamEnd => return Ok(out),
                // Room ran out: more, and go on.
                _ if out.len() == out.capacity() => out.reserve(out.capacity()),
                // Input ran out before the stream's end.
                _ => return Err(Corrupt("the deflated payload does not inflate")),
            }
        }
    })
}

/// Whether putting the removed pieces of `raw` back into `text` gives `raw` again: what
/// comparing [`crate::rebuild_raw`]'s result with `raw` tells, without building the string.
fn raw_rebuilds(raw: &str, text: &str, removed: &[Removed]) -> bool {
    let mut len = 0; // bytes of `raw` rebuilt so far
    let mut at: usize = 0; // bytes of `text` used so far
    for r in removed {
        let Some(take) = r.start.checked_sub(len) else { return false };
        let Some(chunk) = at.checked_add(take).and_then(|end| text.get(at..end)) else {
            return false;
        };
        if raw.as_bytes().get(len..r.start) != Some(chunk.as_bytes()) {
            return false;
        }
        at += take;
        // The piece is `raw[r.start..r.end]` (so it matches), or empty when that is no slice.
        len = r.start + raw.get(r.start..r.end).map_or(0, str::len);
    }
    text.get(at..).is_some_and(|rest| raw.as_bytes().get(len..) == Some(rest.as_bytes()))
}

/// The layers of one row, read.
struct Layers<'a> {
    removed: Vec<Removed>,
    pieces: Option<Vec<&'a str>>,
    headings: Vec<Span>,
    paragraphs: Vec<Span>,
    sentences: Vec<Span>,
    entities: Vec<EntityMention>,
    roles: Vec<RoleMention>,
    timexes: Vec<Timex>,
    quotes: Vec<Quote>,
    events: Vec<EventMention>,
}

pub(crate) fn put_u(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push(v as u8 | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

const fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

const fn unzigzag(v: u64) -> i64 {
    (v >> 1) as i64 ^ -((v & 1) as i64)
}

fn reason_byte(r: RemovalReason) -> u8 {
    match r {
        RemovalReason::Title => 0,
        RemovalReason::LinkList => 1,
        RemovalReason::CrossLink => 2,
        RemovalReason::Byline => 3,
        RemovalReason::TranslationNotice => 4,
        RemovalReason::Whitespace => 5,
        RemovalReason::Boilerplate => 6,
    }
}

fn reason_of(b: u8) -> Option<RemovalReason> {
    Some(match b {
        0 => RemovalReason::Title,
        1 => RemovalReason::LinkList,
        2 => RemovalReason::CrossLink,
        3 => RemovalReason::Byline,
        4 => RemovalReason::TranslationNotice,
        5 => RemovalReason::Whitespace,
        6 => RemovalReason::Boilerplate,
        _ => return None,
    })
}

/// A quick hash for the string table's index (its keys are a document's own short strings,
/// not chosen by an adversary who could make them collide to any effect beyond slowness).
#[derive(Default)]
struct Quick(u64);

impl Quick {
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for Quick {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or_default()));
        }
        let mut last = [0u8; 8];
        let rest = chunks.remainder();
        last[..rest.len()].copy_from_slice(rest);
        self.add(u64::from_le_bytes(last) ^ ((rest.len() as u64) << 59));
    }
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

struct Encoder<'a> {
    text: &'a str,
    out: Vec<u8>,
    index: HashMap<&'a str, u32, BuildHasherDefault<Quick>>,
    table: Vec<&'a str>,
    table_bytes: usize,
}

impl<'a> Encoder<'a> {
    fn new(text: &'a str, capacity: usize) -> Self {
        Encoder {
            text,
            out: Vec::with_capacity(capacity),
            index: HashMap::with_capacity_and_hasher(64, Default::default()),
            table: Vec::with_capacity(64),
            table_bytes: 0,
        }
    }

    fn u(&mut self, v: u64) {
        put_u(&mut self.out, v);
    }

    fn n(&mut self, n: usize) {
        self.u(n as u64);
    }

    fn intern(&mut self, s: &'a str) -> u64 {
        let next = self.table.len() as u32;
        let i = *self.index.entry(s).or_insert(next);
        if i == next {
            self.table.push(s);
            self.table_bytes += s.len() + 2;
        }
        u64::from(i)
    }

    fn str(&mut self, s: &'a str) {
        let i = self.intern(s);
        self.u(i);
    }

    fn opt(&mut self, s: Option<&'a str>) {
        match s {
            None => self.u(0),
            Some(s) => {
                let i = self.intern(s);
                self.u(i + 1)
            }
        }
    }

    fn strs(&mut self, v: &'a [String]) {
        self.n(v.len());
        for s in v {
            self.str(s);
        }
    }

    /// A span's text: 0 when it is the cleaned text at `start..end`.
    fn txt(&mut self, t: &'a str, start: usize, end: usize) {
        if self.text.get(start..end) == Some(t) {
            self.u(0);
        } else {
            let i = self.intern(t);
            self.u(i + 1);
        }
    }

    /// A span from `base`.
    fn at(&mut self, base: usize, start: usize, end: usize) {
        self.u(zigzag(start.wrapping_sub(base) as isize as i64));
        self.u(end.wrapping_sub(start) as u64);
    }

    fn spans(&mut self, base: usize, spans: &[Span]) {
        self.n(spans.len());
        let mut prev = base;
        for s in spans {
            self.at(prev, s.start, s.end);
            prev = s.end;
        }
    }

    fn layers(&mut self, doc: &'a Document, pieces: bool) {
        self.u(if pieces { HAS_PIECES } else { 0 });
        self.n(doc.removed.len());
        let mut prev = 0;
        for r in &doc.removed {
            self.at(prev, r.start, r.end);
            prev = r.end;
            self.out.push(reason_byte(r.reason));
        }
        if pieces {
            for r in &doc.removed {
                let piece = doc.raw.get(r.start..r.end).unwrap_or("");
                self.n(piece.len());
                self.out.extend_from_slice(piece.as_bytes());
            }
        }
        self.spans(0, &doc.headings);
        self.spans(0, &doc.paragraphs);
        self.spans(0, &doc.sentences);

        self.n(doc.entities.len());
        let mut prev = 0;
        for m in &doc.entities {
            self.at(prev, m.start, m.end);
            prev = m.end;
            self.txt(&m.text, m.start, m.end);
            self.str(&m.label);
            if m.entity == m.text {
                self.u(0);
            } else {
                let i = self.intern(&m.entity);
                self.u(i + 1);
            }
        }

        self.n(doc.roles.len());
        let mut prev = 0;
        for m in &doc.roles {
            self.at(prev, m.start, m.end);
            prev = m.end;
            self.txt(&m.text, m.start, m.end);
            self.opt(m.entity.as_deref());
        }

        self.n(doc.timexes.len());
        let mut prev = 0;
        for t in &doc.timexes {
            self.at(prev, t.start, t.end);
            prev = t.end;
            self.txt(&t.text, t.start, t.end);
            self.str(&t.kind);
            self.opt(t.value.as_deref());
            self.opt(t.modifier.as_deref());
        }

        self.n(doc.quotes.len());
        let mut prev = 0;
        for q in &doc.quotes {
            self.at(prev, q.start, q.end);
            prev = q.end;
            self.txt(&q.text, q.start, q.end);
            let has = u64::from(q.speaker.is_some())
                | u64::from(q.cue.is_some()) << 1
                | u64::from(q.speaker_span.is_some()) << 2
                | u64::from(q.relayed_by.is_some()) << 3
                | u64::from(q.relayed_by_span.is_some()) << 4;
            self.u(has);
            if let Some(s) = &q.speaker {
                self.str(s);
            }
            self.str(&q.kind);
            if let Some(c) = &q.cue {
                self.at(q.start, c.start, c.end);
                self.txt(&c.text, c.start, c.end);
            }
            if let Some(s) = q.speaker_span {
                self.at(q.start, s.start, s.end);
            }
            if let Some(s) = &q.relayed_by {
                self.str(s);
            }
            if let Some(s) = q.relayed_by_span {
                self.at(q.start, s.start, s.end);
            }
        }

        self.n(doc.events.len());
        let mut prev = 0;
        for e in &doc.events {
            let has = u64::from(e.date.is_some())
                | u64::from(e.duration_minutes.is_some()) << 1
                | u64::from(e.date_source.is_some()) << 2
                | u64::from(e.date_span.is_some()) << 3
                | u64::from(e.duration_span.is_some()) << 4
                | u64::from(e.place.is_some()) << 5
                | u64::from(e.background) << 6
                | u64::from(e.count.is_some()) << 7
                | u64::from(e.count_span.is_some()) << 8
                | u64::from(!e.agents.is_empty()) << 9
                | u64::from(!e.figures.is_empty()) << 10
                | u64::from(e.said_date) << 11;
            self.u(has);
            self.str(&e.kind);
            self.at(prev, e.trigger.start, e.trigger.end);
            prev = e.trigger.end;
            let t = e.trigger.start;
            self.str(&e.cameo);
            if let Some(s) = &e.date {
                self.str(s);
            }
            self.strs(&e.participants);
            self.spans(t, &e.participant_spans);
            if let Some([a, b]) = e.duration_minutes {
                self.u(a.into());
                self.u(b.into());
            }
            self.strs(&e.topics);
            if let Some(s) = &e.date_source {
                self.str(s);
            }
            if let Some(s) = e.date_span {
                self.at(t, s.start, s.end);
            }
            if let Some(s) = e.duration_span {
                self.at(t, s.start, s.end);
            }
            self.strs(&e.briefed_by);
            self.spans(t, &e.briefed_by_spans);
            if let Some(s) = &e.place {
                self.str(s);
            }
            self.at(t, e.sentence.start, e.sentence.end);
            self.spans(t, &e.mentions);
            self.spans(t, &e.quotes);
            if let Some(c) = e.count {
                self.u(c.into());
            }
            if let Some(s) = e.count_span {
                self.at(t, s.start, s.end);
            }
            if !e.agents.is_empty() {
                self.strs(&e.agents);
            }
            if !e.figures.is_empty() {
                self.n(e.figures.len());
                for f in &e.figures {
                    self.str(&f.what);
                    self.u(f.value.into());
                    self.at(t, f.span.start, f.span.end);
                }
            }
        }
    }
}

pub(crate) struct Decoder<'a> {
    buf: &'a [u8],
    pos: usize,
    text: &'a str,
    table: Vec<&'a str>,
}

type R<T> = Result<T, Corrupt>;

impl<'a> Decoder<'a> {
    /// Reads the string table at the start of `buf`.
    fn new(buf: &'a [u8], text: &'a str) -> R<Self> {
        let mut d = Decoder { buf, pos: 0, text, table: Vec::new() };
        let n = d.count(1)?;
        d.table.reserve(n);
        for _ in 0..n {
            let s = d.bytes()?;
            d.table.push(std::str::from_utf8(s).map_err(|_| Corrupt("a string is not UTF-8"))?);
        }
        Ok(d)
    }

    /// A decoder of numbers and byte strings alone (no string table, no text).
    pub(crate) fn raw(buf: &'a [u8]) -> Self {
        Decoder { buf, pos: 0, text: "", table: Vec::new() }
    }

    pub(crate) fn at_end(&self) -> bool {
        self.pos == self.buf.len()
    }

    /// Where the next byte string is in the buffer; it must be UTF-8.
    pub(crate) fn text_range(&mut self) -> R<std::ops::Range<usize>> {
        let s = self.bytes()?;
        std::str::from_utf8(s).map_err(|_| Corrupt("a string is not UTF-8"))?;
        Ok(self.pos - s.len()..self.pos)
    }

    pub(crate) fn u(&mut self) -> R<u64> {
        let mut v = 0u64;
        let mut shift = 0;
        loop {
            let &b = self.buf.get(self.pos).ok_or(Corrupt("truncated"))?;
            self.pos += 1;
            if shift == 63 && b > 1 {
                return Err(Corrupt("a number overflows"));
            }
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
            shift += 7;
        }
    }

    /// A count of items at least `min_bytes` long each, so a corrupt count cannot ask for more
    /// memory than the row could fill.
    pub(crate) fn count(&mut self, min_bytes: usize) -> R<usize> {
        let n = self.u()?;
        let left = (self.buf.len() - self.pos) as u64;
        if n > left / min_bytes as u64 {
            return Err(Corrupt("a count runs past the end"));
        }
        Ok(n as usize)
    }

    fn bytes(&mut self) -> R<&'a [u8]> {
        let n = self.count(1)?;
        let s = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    fn byte(&mut self) -> R<u8> {
        let &b = self.buf.get(self.pos).ok_or(Corrupt("truncated"))?;
        self.pos += 1;
        Ok(b)
    }

    fn u32(&mut self) -> R<u32> {
        u32::try_from(self.u()?).map_err(|_| Corrupt("a number overflows"))
    }

    fn entry(&self, i: u64) -> R<&'a str> {
        usize::try_from(i)
            .ok()
            .and_then(|i| self.table.get(i))
            .copied()
            .ok_or(Corrupt("a string index is out of the table"))
    }

    fn str(&mut self) -> R<String> {
        let i = self.u()?;
        Ok(self.entry(i)?.to_owned())
    }

    fn opt(&mut self) -> R<Option<String>> {
        match self.u()? {
            0 => Ok(None),
            i => Ok(Some(self.entry(i - 1)?.to_owned())),
        }
    }

    fn strs(&mut self) -> R<Vec<String>> {
        let n = self.count(1)?;
        (0..n).map(|_| self.str()).collect()
    }

    fn txt(&mut self, start: usize, end: usize) -> R<String> {
        match self.u()? {
            0 => self
                .text
                .get(start..end)
                .map(str::to_owned)
                .ok_or(Corrupt("a span is not in the text")),
            i => Ok(self.entry(i - 1)?.to_owned()),
        }
    }

    fn at(&mut self, base: usize) -> R<Span> {
        let start = base.wrapping_add(unzigzag(self.u()?) as isize as usize);
        let end = start.wrapping_add(self.u()? as usize);
        Ok(Span { start, end })
    }

    fn spans(&mut self, base: usize) -> R<Vec<Span>> {
        let n = self.count(2)?;
        let mut v = Vec::with_capacity(n);
        let mut prev = base;
        for _ in 0..n {
            let s = self.at(prev)?;
            prev = s.end;
            v.push(s);
        }
        Ok(v)
    }

    fn layers(&mut self) -> R<Layers<'a>> {
        let flags = self.u()?;
        if flags & !HAS_PIECES != 0 {
            return Err(Corrupt("unknown flags"));
        }
        let n = self.count(3)?;
        let mut removed = Vec::with_capacity(n);
        let mut prev = 0;
        for _ in 0..n {
            let s = self.at(prev)?;
            prev = s.end;
            let reason = reason_of(self.byte()?).ok_or(Corrupt("unknown removal reason"))?;
            removed.push(Removed { start: s.start, end: s.end, reason });
        }
        let pieces = if flags & HAS_PIECES != 0 {
            let mut pieces = Vec::with_capacity(n);
            for _ in 0..n {
                let s = self.bytes()?;
                pieces.push(std::str::from_utf8(s).map_err(|_| Corrupt("a piece is not UTF-8"))?);
            }
            Some(pieces)
        } else {
            None
        };
        let headings = self.spans(0)?;
        let paragraphs = self.spans(0)?;
        let sentences = self.spans(0)?;

        let n = self.count(5)?;
        let mut entities = Vec::with_capacity(n);
        let mut prev = 0;
        for _ in 0..n {
            let s = self.at(prev)?;
            prev = s.end;
            let text = self.txt(s.start, s.end)?;
            let label = self.str()?;
            let entity = match self.u()? {
                0 => text.clone(),
                i => self.entry(i - 1)?.to_owned(),
            };
            entities.push(EntityMention { start: s.start, end: s.end, text, label, entity });
        }

        let n = self.count(4)?;
        let mut roles = Vec::with_capacity(n);
        let mut prev = 0;
        for _ in 0..n {
            let s = self.at(prev)?;
            prev = s.end;
            let text = self.txt(s.start, s.end)?;
            let entity = self.opt()?;
            roles.push(RoleMention { start: s.start, end: s.end, text, entity });
        }

        let n = self.count(6)?;
        let mut timexes = Vec::with_capacity(n);
        let mut prev = 0;
        for _ in 0..n {
            let s = self.at(prev)?;
            prev = s.end;
            let text = self.txt(s.start, s.end)?;
            let kind = self.str()?;
            let value = self.opt()?;
            let modifier = self.opt()?;
            timexes.push(Timex { start: s.start, end: s.end, text, kind, value, modifier });
        }

        let n = self.count(5)?;
        let mut quotes = Vec::with_capacity(n);
        let mut prev = 0;
        for _ in 0..n {
            let s = self.at(prev)?;
            prev = s.end;
            let text = self.txt(s.start, s.end)?;
            let has = self.u()?;
            if has >> 5 != 0 {
                return Err(Corrupt("unknown quote fields"));
            }
            let speaker = if has & 1 != 0 { Some(self.str()?) } else { None };
            let kind = self.str()?;
            let cue = if has & 2 != 0 {
                let c = self.at(s.start)?;
                Some(Cue { start: c.start, end: c.end, text: self.txt(c.start, c.end)? })
            } else {
                None
            };
            let speaker_span = if has & 4 != 0 { Some(self.at(s.start)?) } else { None };
            let relayed_by = if has & 8 != 0 { Some(self.str()?) } else { None };
            let relayed_by_span = if has & 16 != 0 { Some(self.at(s.start)?) } else { None };
            quotes.push(Quote {
                start: s.start,
                end: s.end,
                text,
                speaker,
                kind,
                cue,
                speaker_span,
                relayed_by,
                relayed_by_span,
            });
        }

        let n = self.count(14)?;
        let mut events = Vec::with_capacity(n);
        let mut prev = 0;
        for _ in 0..n {
            let has = self.u()?;
            if has >> 12 != 0 {
                return Err(Corrupt("unknown event fields"));
            }
            let kind = self.str()?;
            let trigger = self.at(prev)?;
            prev = trigger.end;
            let t = trigger.start;
            let cameo = self.str()?;
            let date = if has & 1 != 0 { Some(self.str()?) } else { None };
            let participants = self.strs()?;
            let participant_spans = self.spans(t)?;
            let duration_minutes =
                if has & 2 != 0 { Some([self.u32()?, self.u32()?]) } else { None };
            let topics = self.strs()?;
            let date_source = if has & 4 != 0 { Some(self.str()?) } else { None };
            let date_span = if has & 8 != 0 { Some(self.at(t)?) } else { None };
            let duration_span = if has & 16 != 0 { Some(self.at(t)?) } else { None };
            let briefed_by = self.strs()?;
            let briefed_by_spans = self.spans(t)?;
            let place = if has & 32 != 0 { Some(self.str()?) } else { None };
            let sentence = self.at(t)?;
            let mentions = self.spans(t)?;
            let quotes = self.spans(t)?;
            let count = if has & 128 != 0 { Some(self.u32()?) } else { None };
            let count_span = if has & 256 != 0 { Some(self.at(t)?) } else { None };
            let agents = if has & 512 != 0 { self.strs()? } else { Vec::new() };
            let mut figures = Vec::new();
            if has & 1024 != 0 {
                let n = self.count(3)?;
                figures.reserve(n);
                for _ in 0..n {
                    let what = self.str()?;
                    let value = self.u32()?;
                    let span = self.at(t)?;
                    figures.push(Figure { what, value, span });
                }
            }
            events.push(EventMention {
                kind,
                trigger,
                date,
                participants,
                duration_minutes,
                topics,
                cameo,
                date_source,
                date_span,
                participant_spans,
                duration_span,
                briefed_by,
                briefed_by_spans,
                place,
                sentence,
                mentions,
                background: has & 64 != 0,
                quotes,
                count,
                count_span,
                agents,
                figures,
                said_date: has & 2048 != 0,
            });
        }
        Ok(Layers {
            removed,
            pieces,
            headings,
            paragraphs,
            sentences,
            entities,
            roles,
            timexes,
            quotes,
            events,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize) -> Span {
        Span::new(start, end)
    }

    /// A document using every field of every layer, with the cases the format treats apart:
    /// texts that are and are not the words at their offsets, empty texts, names equal to and
    /// different from the mention, spans out of order, reversed or out of the text, non-ASCII.
    fn varied() -> Document {
        let raw =
            "Título\n\nMarc Vogel said on Tuesday: \u{201c}We are ready.\u{201d}\nREAD ALSO\n\
                   Ms Ångström, the Finance Minister, met him for 50 minutes in Oslo.";
        let cross = raw.find("READ ALSO").unwrap();
        let removed = vec![
            Removed { start: 0, end: raw.find("Marc").unwrap(), reason: RemovalReason::Title },
            Removed { start: cross, end: cross + 10, reason: RemovalReason::CrossLink },
        ];
        let mut text = String::new();
        let mut at = 0;
        for r in &removed {
            text.push_str(&raw[at..r.start]);
            at = r.end;
        }
        text.push_str(&raw[at..]);
        let find = |s: &str| {
            let i = text.find(s).unwrap();
            (i, i + s.len())
        };
        let (vs, ve) = find("Marc Vogel");
        let (ts, te) = find("Tuesday");
        let (qs, qe) = find("We are ready.");
        let (cs, ce) = find("said");
        let (as_, ae) = find("Ms Ångström");
        let (rs, re) = find("the Finance Minister");
        let (ms, me) = find("met");
        let (ds, de) = find("50 minutes");
        let (os, oe) = find("Oslo");
        let mut events = vec![
            EventMention {
                kind: "meeting".into(),
                trigger: span(ms, me),
                date: Some("2025-06-14".into()),
                participants: vec!["Marc Vogel".into(), "Ms Ångström".into()],
                duration_minutes: Some([50, 50]),
                topics: vec!["budget".into(), String::new()],
                cameo: "0841".into(),
                date_source: Some("text".into()),
                date_span: Some(span(ts, te)),
                participant_spans: vec![span(as_, ae), span(vs, ve)],
                duration_span: Some(span(ds, de)),
                briefed_by: vec!["Marc Vogel".into()],
                briefed_by_spans: vec![span(vs, ve)],
                place: Some("Oslo".into()),
                sentence: span(as_, text.len()),
                mentions: vec![span(ms, me), span(ds, de)],
                background: true,
                quotes: vec![span(qs, qe)],
                count: Some(u32::MAX),
                count_span: Some(span(ds, ds + 2)),
                agents: vec!["Marc Vogel".into()],
                figures: vec![
                    Figure { what: "people injured".into(), value: 2, span: span(ds, de) },
                    Figure { what: "drones shot down".into(), value: u32::MAX, span: span(ts, te) },
                ],
                said_date: true,
            },
            EventMention {
                kind: "statement".into(),
                trigger: span(cs, ce),
                date: None,
                participants: Vec::new(),
                duration_minutes: None,
                topics: Vec::new(),
                cameo: String::new(),
                date_source: None,
                date_span: None,
                participant_spans: Vec::new(),
                duration_span: None,
                briefed_by: Vec::new(),
                briefed_by_spans: Vec::new(),
                place: None,
                sentence: Span::default(),
                mentions: Vec::new(),
                background: false,
                quotes: Vec::new(),
                count: None,
                count_span: None,
                agents: Vec::new(),
                figures: Vec::new(),
                said_date: false,
            },
        ];
        events[1].mentions = vec![span(usize::MAX, 0), span(3, 1)];
        let entity = |(start, end): (usize, usize), label: &str, name: &str| EntityMention {
            start,
            end,
            text: text[start..end].to_string(),
            label: label.into(),
            entity: name.into(),
        };
        let mut entities = vec![
            entity((vs, ve), "PER", "Marc Vogel"),
            entity((as_, ae), "PER", "Anna Ångström"),
            entity((os, oe), "LOC", "Oslo"),
            entity((vs + 5, ve), "PER", "Marc Vogel"),
        ];
        // Not the words at its offsets; empty although they are not; out of the text.
        entities.push(EntityMention {
            start: 2,
            end: 4,
            text: "Mr Vogel".into(),
            label: "MISC".into(),
            entity: String::new(),
        });
        entities.push(EntityMention {
            start: 5,
            end: 9,
            text: String::new(),
            label: "PER".into(),
            entity: "Vogel".into(),
        });
        entities.push(EntityMention {
            start: 1 << 40,
            end: (1 << 40) + 3,
            text: "far".into(),
            label: "ORG".into(),
            entity: "far".into(),
        });
        Document {
            id: "varied".into(),
            raw: raw.into(),
            text: text.clone(),
            removed,
            headings: vec![span(0, 0)],
            paragraphs: vec![span(0, qe + 4), span(qe + 5, text.len())],
            sentences: vec![span(0, qe + 4), span(qe + 5, text.len()), span(7, 3)],
            tokens: Vec::new(),
            entities,
            roles: vec![
                RoleMention {
                    start: rs,
                    end: re,
                    text: text[rs..re].into(),
                    entity: Some("Anna Ångström".into()),
                },
                RoleMention { start: rs + 4, end: re, text: "Minister".into(), entity: None },
            ],
            timexes: vec![
                Timex {
                    start: ts,
                    end: te,
                    text: "Tuesday".into(),
                    kind: "DATE".into(),
                    value: Some("2025-06-14".into()),
                    modifier: None,
                },
                Timex {
                    start: ds,
                    end: de,
                    text: "50 minutes".into(),
                    kind: "DURATION".into(),
                    value: Some("PT50M".into()),
                    modifier: Some("APPROX".into()),
                },
            ],
            quotes: vec![
                Quote {
                    start: qs,
                    end: qe,
                    text: text[qs..qe].into(),
                    speaker: Some("Marc Vogel".into()),
                    kind: "direct".into(),
                    cue: Some(Cue { start: cs, end: ce, text: "said".into() }),
                    speaker_span: Some(span(vs, ve)),
                    relayed_by: Some("Anna Ångström".into()),
                    relayed_by_span: Some(span(as_, ae)),
                },
                Quote {
                    start: qs,
                    end: qe,
                    text: "We are ready".into(),
                    speaker: None,
                    kind: "partial".into(),
                    cue: Some(Cue { start: 0, end: 0, text: "told".into() }),
                    speaker_span: None,
                    relayed_by: None,
                    relayed_by_span: None,
                },
            ],
            events,
            ..Default::default()
        }
    }

    /// What reading `row` back gives, starting from the documents row as the store keeps it.
    fn read_back(doc: &Document, row: &[u8], rebuilt: bool) -> Result<Document, Corrupt> {
        let mut back = Document {
            id: doc.id.clone(),
            meta: doc.meta.clone(),
            raw: if rebuilt { String::new() } else { doc.raw.clone() },
            text: doc.text.clone(),
            ..Default::default()
        };
        decode(&mut back, row)?;
        Ok(back)
    }

    #[test]
    fn a_varied_document_reads_back_exactly() {
        let doc = varied();
        let (row, rebuilt) = encode(&doc).unwrap();
        assert!(rebuilt);
        assert_eq!(read_back(&doc, &row, rebuilt).unwrap(), doc);
        // Words at their offsets are not stored again.
        let payload = payload(&row).unwrap();
        let bytes = String::from_utf8_lossy(&payload);
        assert!(!bytes.contains("Tuesday") && !bytes.contains("We are ready."), "{bytes}");
        assert!(bytes.contains("Mr Vogel") && bytes.contains("READ ALSO"), "{bytes}");
    }

    #[test]
    fn a_raw_input_that_does_not_rebuild_is_left_to_the_documents_row() {
        let mut doc = varied();
        doc.raw.push_str(" (edited)");
        let (row, rebuilt) = encode(&doc).unwrap();
        assert!(!rebuilt);
        assert!(!String::from_utf8_lossy(&payload(&row).unwrap()).contains("READ ALSO"));
        assert_eq!(read_back(&doc, &row, rebuilt).unwrap(), doc);
    }

    #[test]
    fn an_empty_document_reads_back() {
        let doc = Document { id: "e".into(), ..Default::default() };
        let (row, rebuilt) = encode(&doc).unwrap();
        assert!(rebuilt);
        assert_eq!(read_back(&doc, &row, rebuilt).unwrap(), doc);
        assert!(row.len() < 20, "{}", row.len());
    }

    #[test]
    fn the_rebuild_check_agrees_with_rebuilding() {
        let rm = |start, end| Removed { start, end, reason: RemovalReason::Whitespace };
        let cases: &[(&str, &str, Vec<Removed>)] = &[
            ("ab\n\ncd", "abcd", vec![rm(2, 4)]),
            ("ab\n\ncd", "abXd", vec![rm(2, 4)]),
            ("ab\n\ncd", "abcd", vec![rm(2, 4), rm(1, 2)]),
            ("ab\n\ncd", "abc", vec![rm(2, 4)]),
            ("ab\n\ncd", "abcde", vec![rm(2, 4)]),
            ("ab", "ab", vec![rm(5, 9)]),
            ("ab", "ab", vec![rm(2, 9)]),
            ("éa", "a", vec![rm(0, 1)]),
            ("éa", "a", vec![rm(0, 2)]),
            ("", "", vec![]),
            ("x", "x", vec![rm(usize::MAX - 1, usize::MAX)]),
        ];
        for (raw, text, removed) in cases {
            let pieces: Vec<&str> =
                removed.iter().map(|r| raw.get(r.start..r.end).unwrap_or("")).collect();
            let expected = crate::rebuild_raw(text, removed, &pieces).as_deref() == Some(*raw);
            assert_eq!(raw_rebuilds(raw, text, removed), expected, "{raw:?} {text:?} {removed:?}");
        }
    }

    #[test]
    fn plain_and_deflated_payloads_read_back() {
        let doc = varied();
        let (row, rebuilt) = encode(&doc).unwrap();
        assert_eq!(row[MAGIC.len()], DEFLATED, "deflating made it smaller");
        let mut plain = MAGIC.to_vec();
        plain.push(PLAIN);
        plain.extend_from_slice(&payload(&row).unwrap());
        assert!(plain.len() > row.len());
        assert_eq!(read_back(&doc, &plain, rebuilt).unwrap(), doc);
        // A short payload is not deflated.
        let small = Document { sentences: vec![span(0, 4)], ..Default::default() };
        let (row, rebuilt) = encode(&small).unwrap();
        assert_eq!(row[MAGIC.len()], PLAIN);
        assert_eq!(read_back(&small, &row, rebuilt).unwrap(), small);
    }

    #[test]
    fn corrupt_rows_are_errors_not_panics() {
        let doc = varied();
        let (deflated, rebuilt) = encode(&doc).unwrap();
        for cut in 0..deflated.len() {
            assert!(read_back(&doc, &deflated[..cut], rebuilt).is_err(), "cut at {cut}");
        }
        for at in MAGIC.len() + 1..deflated.len() {
            let mut bad = deflated.clone();
            bad[at] ^= 0x55;
            let _ = read_back(&doc, &bad, rebuilt);
        }
        // The same on the plain payload, where every byte is a field.
        let mut row = MAGIC.to_vec();
        row.push(PLAIN);
        row.extend_from_slice(&payload(&deflated).unwrap());
        for cut in 0..row.len() {
            assert!(read_back(&doc, &row[..cut], rebuilt).is_err(), "cut at {cut}");
        }
        let mut longer = row.clone();
        longer.push(0);
        assert_eq!(read_back(&doc, &longer, rebuilt), Err(Corrupt("bytes after the last layer")));
        let mut other = row.clone();
        other[MAGIC.len()] = 7;
        assert_eq!(read_back(&doc, &other, rebuilt), Err(Corrupt("unknown packing")));
        // Every byte changed to every value: an error or some document, never a panic.
        for at in MAGIC.len() + 1..row.len() {
            for b in [0u8, 1, 0x7f, 0x80, 0xff, row[at] ^ 1] {
                let mut bad = row.clone();
                bad[at] = b;
                let _ = read_back(&doc, &bad, rebuilt);
            }
        }
        // A count as large as it can be asks for nothing.
        let mut huge = MAGIC.to_vec();
        huge.push(PLAIN);
        huge.extend_from_slice(&[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
        assert!(read_back(&doc, &huge, rebuilt).is_err());
        let mut over = MAGIC.to_vec();
        over.push(PLAIN);
        over.extend_from_slice(&[0xff; 11]);
        assert_eq!(read_back(&doc, &over, rebuilt), Err(Corrupt("a number overflows")));
    }

    #[test]
    fn a_failed_read_leaves_the_document_as_it_was() {
        let doc = varied();
        let (row, _) = encode(&doc).unwrap();
        let row = [&row[..MAGIC.len()], &[PLAIN], &payload(&row).unwrap()[..]].concat();
        let mut back = Document { text: doc.text.clone(), ..Default::default() };
        let before = back.clone();
        assert!(decode(&mut back, &row[..row.len() - 1]).is_err());
        assert_eq!(back, before);
    }
}
