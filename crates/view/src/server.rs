//! `dossier serve`: the local web app and its JSON API (axum).
//!
//! Read-only: requests are answered from a small pool of read-only SQLite connections, each
//! used by one request at a time on a blocking thread, so a `build` writing the same database
//! never waits for the app and the app sees each build's committed batches (WAL readers). The
//! search index is the one thing kept up to date by a separate writing connection, in the
//! background (see [`dossier_store::Store::sync_search`]).
//!
//! Every response carries a Content-Security-Policy allowing scripts, styles and fetches only
//! from this server (the one script is served from the binary under `/static/`), and no
//! framing. Unknown ids are 404 pages, malformed parameters 400 with a message; a handler that
//! panics is a 500 for that request only.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue, Request, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use dossier_store::{
    DocumentQuery, EntityQuery, EntitySummary, Page, QuoteQuery, SearchQuery, Store, MATCH_END,
    MATCH_START,
};
use serde_json::{json, Value};

use crate::escape::{html, push_html, url_component, url_path};
use crate::events::{self, EventFilter};
use crate::html::{self as h, Links};
use crate::{check_date, json as j, Result, ViewError};

/// The Content-Security-Policy of every response.
pub const CSP: &str =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
     connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const APP_JS: &str = include_str!("../static/app.js");

/// Results per page on listings.
const PAGE: usize = 50;
/// Events per timeline page (each is assembled from its sources).
const EVENT_PAGE: usize = 30;
/// The most a `limit` parameter may ask for.
const MAX_LIMIT: usize = 1000;

/// How `dossier serve` runs.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub db: PathBuf,
    pub addr: SocketAddr,
    /// How often the search index takes in what builds stored meanwhile.
    pub reindex_every: Duration,
}

/// Entity listings by query key, with the cache generation each was made in.
type EntityCache = HashMap<String, (u64, Arc<Vec<EntitySummary>>)>;

/// Event counts by month per filter key, with the cache generation each was made in.
type MonthCache = HashMap<String, (u64, Vec<(String, usize)>)>;

/// The read-only connections, reused across requests, and the results worth keeping between
/// requests until the store changes.
struct Pool {
    path: PathBuf,
    /// Idle connections with the `data_version` each saw last.
    idle: Mutex<Vec<(Store, i64)>>,
    /// Bumped whenever a connection sees that another connection (a build) committed.
    generation: AtomicU64,
    /// Entity listings by query, with the generation they were made in: ranking entities
    /// counts every mention of the store, too slow to do per request on a large store.
    entities: Mutex<EntityCache>,
    /// Event counts by month per filter, likewise: counting every event per request is slow.
    months: Mutex<MonthCache>,
    /// Events as the merge stage assembled them, by id, likewise.
    assembled: Mutex<HashMap<String, (u64, Value)>>,
}

impl events::Assembled for Pool {
    fn get(&self, id: &str) -> Option<Value> {
        let generation = self.generation.load(Ordering::SeqCst);
        let c = self.assembled.lock().ok()?;
        c.get(id).filter(|(g, _)| *g == generation).map(|(_, v)| v.clone())
    }

    fn put(&self, id: &str, event: &Value) {
        let generation = self.generation.load(Ordering::SeqCst);
        if let Ok(mut c) = self.assembled.lock() {
            if c.len() > 50_000 {
                c.clear();
            }
            c.insert(id.to_string(), (generation, event.clone()));
        }
    }
}

impl Pool {
    fn with<T>(&self, f: impl FnOnce(&Store) -> Result<T>) -> Result<T> {
        let idle = self.idle.lock().ok().and_then(|mut v| v.pop());
        let (store, seen) = match idle {
            Some(s) => s,
            None => {
                // A new connection cannot tell what changed before it opened.
                let s = Store::open_read_only(&self.path)?;
                let v = s.data_version()?;
                self.generation.fetch_add(1, Ordering::SeqCst);
                (s, v)
            }
        };
        let now = store.data_version()?;
        if now != seen {
            self.generation.fetch_add(1, Ordering::SeqCst);
        }
        let out = f(&store);
        if let Ok(mut v) = self.idle.lock() {
            if v.len() < 8 {
                v.push((store, now));
            }
        }
        out
    }

    /// [`Store::event_months`], from the cache while the store has not changed.
    fn event_months(
        &self,
        store: &Store,
        q: &dossier_store::EventPageQuery,
    ) -> Result<Vec<(String, usize)>> {
        let key = format!("{:?}|{:?}|{:?}|{:?}|{:?}", q.kind, q.entity_ids, q.outlet, q.from, q.to);
        let generation = self.generation.load(Ordering::SeqCst);
        if let Some((g, v)) = self.months.lock().ok().and_then(|c| c.get(&key).cloned()) {
            if g == generation {
                return Ok(v);
            }
        }
        let v = store.event_months(q)?;
        if let Ok(mut c) = self.months.lock() {
            if c.len() > 1024 {
                c.clear();
            }
            c.insert(key, (generation, v.clone()));
        }
        Ok(v)
    }

    /// [`Store::entities`], from the cache while the store has not changed.
    fn entities(&self, store: &Store, q: &EntityQuery) -> Result<Arc<Vec<EntitySummary>>> {
        let key = format!("{:?}|{:?}|{:?}", q.label, q.name, q.limit);
        let generation = self.generation.load(Ordering::SeqCst);
        if let Some((g, v)) = self.entities.lock().ok().and_then(|c| c.get(&key).cloned()) {
            if g == generation {
                return Ok(v);
            }
        }
        let v = Arc::new(store.entities(q)?);
        if let Ok(mut c) = self.entities.lock() {
            if c.len() > 256 {
                c.clear();
            }
            c.insert(key, (generation, v.clone()));
        }
        Ok(v)
    }
}

type AppState = Arc<Pool>;

/// Runs `f` with a read-only store on a blocking thread; a panic inside becomes a 500.
async fn blocking<T: Send + 'static>(
    state: &AppState,
    f: impl FnOnce(&Store) -> Result<T> + Send + 'static,
) -> Result<T> {
    let state = state.clone();
    match tokio::task::spawn_blocking(move || state.with(f)).await {
        Ok(r) => r,
        Err(e) => Err(ViewError::Internal(format!("the request's worker failed: {e}"))),
    }
}

/// Builds the app's router over a store file (which must exist and be a dossier store).
pub fn router(db: PathBuf) -> Router {
    let state: AppState = Arc::new(Pool {
        path: db,
        idle: Mutex::new(Vec::new()),
        generation: AtomicU64::new(0),
        entities: Mutex::new(HashMap::new()),
        months: Mutex::new(HashMap::new()),
        assembled: Mutex::new(HashMap::new()),
    });
    Router::new()
        .route("/", get(timeline_page))
        .route("/timeline", get(timeline_page))
        .route("/events/{id}", get(event_page))
        .route("/entities", get(entities_page))
        .route("/entities/{id}", get(entity_page))
        .route("/articles", get(articles_page))
        .route("/articles/{*id}", get(article_page))
        .route("/quotes", get(quotes_page))
        .route("/search", get(search_page))
        .route("/static/style.css", get(|| async { asset("text/css; charset=utf-8", h::CSS) }))
        .route("/static/app.js", get(|| async { asset("text/javascript; charset=utf-8", APP_JS) }))
        .route("/api/openapi.json", get(|| async { json_ok(crate::openapi::document()) }))
        .route("/api/documents", get(api_documents))
        .route("/api/documents/{*id}", get(api_document))
        .route("/api/entities", get(api_entities))
        .route("/api/entities/{id}", get(api_entity))
        .route("/api/quotes", get(api_quotes))
        .route("/api/events", get(api_events))
        .route("/api/events/{id}", get(api_event))
        .route("/api/search", get(api_search))
        .fallback(not_found)
        .layer(middleware::from_fn(security_headers))
        .with_state(state)
}

/// Serves until interrupted (Ctrl-C). `ready` is called with the bound address once the socket
/// listens (so a caller asking for port 0 learns the port).
pub fn serve(opts: ServeOptions, ready: impl FnOnce(SocketAddr)) -> Result<()> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .max_blocking_threads(8)
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(opts.addr).await?;
        ready(listener.local_addr()?);
        // Keep the search index up to date with builds running meanwhile.
        let db = opts.db.clone();
        let every = opts.reindex_every;
        std::thread::spawn(move || loop {
            std::thread::sleep(every);
            if let Ok(mut s) = Store::open(&db) {
                if let Err(e) = s.sync_search() {
                    eprintln!("search index: {e}");
                }
            }
        });
        axum::serve(listener, router(opts.db))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await?;
        Ok(())
    })
}

async fn security_headers(req: Request<axum::body::Body>, next: Next) -> Response {
    let mut res = next.run(req).await;
    let hd = res.headers_mut();
    hd.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    hd.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    hd.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    hd.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    res
}

fn asset(kind: &'static str, body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, kind), (header::CACHE_CONTROL, "max-age=300")], body).into_response()
}

fn json_ok(v: Value) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        serde_json::to_string_pretty(&v).unwrap_or_else(|_| "null".into()),
    )
        .into_response()
}

/// An error as a page (HTML) or as `{"error": message}` (API).
struct Failure {
    err: ViewError,
    api: bool,
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        let status = match &self.err {
            ViewError::NotFound(_) => StatusCode::NOT_FOUND,
            ViewError::BadRequest(_) => StatusCode::BAD_REQUEST,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        let msg = self.err.to_string();
        if self.api {
            let mut r = json_ok(json!({"error": msg, "status": status.as_u16()}));
            *r.status_mut() = status;
            r
        } else {
            let body = format!(
                "<h1>{} {}</h1><p class=\"err\">{}</p><p><a href=\"/\">Back to the timeline</a></p>",
                status.as_u16(),
                status.canonical_reason().unwrap_or(""),
                html(&msg)
            );
            let mut r = page("Error", &body, "");
            *r.status_mut() = status;
            r
        }
    }
}

type Html = std::result::Result<Response, Failure>;

fn fail_page(err: ViewError) -> Failure {
    Failure { err, api: false }
}

fn fail_api(err: ViewError) -> Failure {
    Failure { err, api: true }
}

async fn not_found(req: Request<axum::body::Body>) -> Response {
    let api = req.uri().path().starts_with("/api/");
    Failure { err: ViewError::NotFound(format!("no page at {}", req.uri().path())), api }
        .into_response()
}

/// A whole page: the top bar with navigation and search, then `body`.
fn page(title: &str, body: &str, query: &str) -> Response {
    let mut o = String::with_capacity(body.len() + 2048);
    o.push_str("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    let _ = write!(o, "<title>{} · Dossier</title>", html(title));
    o.push_str("<link rel=\"stylesheet\" href=\"/static/style.css\"><script src=\"/static/app.js\" defer></script></head><body>");
    o.push_str("<header class=\"top\"><a class=\"brand\" href=\"/\">Dossier</a><a href=\"/\">Timeline</a><a href=\"/entities\">Entities</a><a href=\"/quotes\">Quotes</a><a href=\"/articles\">Articles</a><a href=\"/api/openapi.json\">API</a>");
    o.push_str("<form action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" placeholder=\"Search articles and quotes (/)\" value=\"");
    push_html(&mut o, query);
    o.push_str(
        "\" aria-label=\"search\"><button type=\"submit\">Search</button></form></header><main>",
    );
    o.push_str(body);
    o.push_str("</main></body></html>");
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], o).into_response()
}

/// Query parameters, checked: each getter turns a malformed value into a 400 naming it.
struct Params(HashMap<String, String>);

impl Params {
    fn from(
        q: std::result::Result<
            Query<Vec<(String, String)>>,
            axum::extract::rejection::QueryRejection,
        >,
    ) -> Result<Params> {
        let Query(pairs) =
            q.map_err(|e| ViewError::BadRequest(format!("malformed query string: {e}")))?;
        let mut map = HashMap::new();
        for (k, v) in pairs {
            if v.len() > 2000 {
                return Err(ViewError::BadRequest(format!("{k}: value too long")));
            }
            let v = v.trim().to_string();
            if !v.is_empty() {
                map.insert(k, v);
            }
        }
        Ok(Params(map))
    }

    fn text(&self, k: &str) -> Option<String> {
        self.0.get(k).cloned()
    }

    fn date(&self, k: &str) -> Result<Option<String>> {
        self.0.get(k).map(|v| check_date(k, v)).transpose()
    }

    fn number(&self, k: &str, default: usize, max: usize) -> Result<usize> {
        match self.0.get(k) {
            None => Ok(default),
            Some(v) => match v.parse::<usize>() {
                Ok(n) if n <= max => Ok(n),
                Ok(_) => Err(ViewError::BadRequest(format!("{k}: at most {max}"))),
                Err(_) => Err(ViewError::BadRequest(format!("{k}: '{v}' is not a whole number"))),
            },
        }
    }

    fn one_of(&self, k: &str, allowed: &[&str]) -> Result<Option<String>> {
        match self.0.get(k) {
            None => Ok(None),
            Some(v) if allowed.contains(&v.as_str()) => Ok(Some(v.clone())),
            Some(v) => Err(ViewError::BadRequest(format!(
                "{k}: '{v}' is not one of {}",
                allowed.join(", ")
            ))),
        }
    }

    /// `hl=START-END`: the part of an article to highlight.
    fn span(&self, k: &str) -> Result<Option<(usize, usize)>> {
        let Some(v) = self.0.get(k) else { return Ok(None) };
        let bad = || ViewError::BadRequest(format!("{k}: '{v}' is not START-END offsets"));
        let (a, b) = v.split_once('-').ok_or_else(bad)?;
        let a: usize = a.parse().map_err(|_| bad())?;
        let b: usize = b.parse().map_err(|_| bad())?;
        if a > b {
            return Err(bad());
        }
        Ok(Some((a, b)))
    }

    /// A link to the same page with `k` set to `v` (or removed) and paging reset.
    fn with(&self, base: &str, k: &str, v: Option<&str>) -> String {
        let mut keys: Vec<(&String, &String)> = self
            .0
            .iter()
            .filter(|(key, _)| key.as_str() != k && key.as_str() != "offset")
            .collect();
        keys.sort();
        let mut parts: Vec<String> = keys
            .iter()
            .map(|(a, b)| format!("{}={}", url_component(a), url_component(b)))
            .collect();
        if let Some(v) = v {
            parts.push(format!("{}={}", url_component(k), url_component(v)));
        }
        if parts.is_empty() {
            base.to_string()
        } else {
            format!("{base}?{}", parts.join("&"))
        }
    }
}

type RawQuery =
    std::result::Result<Query<Vec<(String, String)>>, axum::extract::rejection::QueryRejection>;

/// An entity parameter: an entity id, or a name or alias. Unknown is a 404 (nothing can match).
fn resolve_entity(store: &Store, v: &str) -> Result<(String, String)> {
    if let Some(e) = store.entity(v)? {
        return Ok((e.row.id, e.row.name));
    }
    match crate::entity_id_spelled(store, v)? {
        Some(id) => {
            let name = store.entity(&id)?.map(|e| e.row.name).unwrap_or_else(|| v.to_string());
            Ok((id, name))
        }
        None => Err(ViewError::NotFound(format!("no entity is known as \"{v}\""))),
    }
}

// ---------------------------------------------------------------------------------------------
// Timeline

struct TimelineArgs {
    entity: Option<String>,
    kind: Option<String>,
    outlet: Option<String>,
    from: Option<String>,
    to: Option<String>,
    offset: usize,
}

fn timeline_args(p: &Params) -> Result<TimelineArgs> {
    let (from, to) = (p.date("from")?, p.date("to")?);
    let kind = p.text("type");
    if let Some(k) = &kind {
        if !k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
            return Err(ViewError::BadRequest(format!("type: '{k}' is not an event type")));
        }
    }
    Ok(TimelineArgs {
        entity: p.text("entity"),
        kind,
        outlet: p.text("outlet"),
        from,
        to,
        offset: p.number("offset", 0, 10_000_000)?,
    })
}

/// The filters of a timeline as the events module takes them.
fn event_filter(a: &TimelineArgs, entity_name: Option<&str>) -> EventFilter {
    EventFilter {
        entity: entity_name.map(str::to_string),
        kind: a.kind.clone(),
        outlet: a.outlet.clone(),
        from: a.from.clone(),
        to: a.to.clone(),
        ..Default::default()
    }
}

async fn timeline_page(State(st): State<AppState>, q: RawQuery) -> Html {
    let p = Params::from(q).map_err(fail_page)?;
    let a = timeline_args(&p).map_err(fail_page)?;
    let pool = st.clone();
    let body = blocking(&st, move |store| {
        let entity = a.entity.as_deref().map(|e| resolve_entity(store, e)).transpose()?;
        let outlets = store.outlets()?;
        let filter = event_filter(&a, entity.as_ref().map(|e| e.1.as_str()));
        let months = |s: &Store, q: &dossier_store::EventPageQuery| pool.event_months(s, q);
        let pg = events::page_cached(store, &filter, a.offset, EVENT_PAGE, &months, &*pool)?;
        let any_events = pg.total > 0
            || events::page_with(store, &EventFilter::default(), 0, 0, &months)?.total > 0;
        let mut o = String::from("<h1>Timeline</h1>");
        // Filters.
        o.push_str("<form class=\"filters\" method=\"get\" action=\"/\">");
        let _ = write!(
            o,
            "<label>entity<input name=\"entity\" value=\"{}\" placeholder=\"name or alias\"></label>",
            html(entity.as_ref().map(|e| e.1.as_str()).or(a.entity.as_deref()).unwrap_or(""))
        );
        let _ = write!(o, "<label>event type<input name=\"type\" value=\"{}\" placeholder=\"e.g. phone_call\"></label>", html(a.kind.as_deref().unwrap_or("")));
        o.push_str("<label>outlet<select name=\"outlet\"><option value=\"\">all outlets</option>");
        for (name, n) in outlets.iter().take(300) {
            let sel = if a.outlet.as_deref() == Some(name) { " selected" } else { "" };
            let _ = write!(o, "<option value=\"{}\"{sel}>{} ({n})</option>", html(name), html(name));
        }
        o.push_str("</select></label>");
        let _ = write!(o, "<label>from<input name=\"from\" value=\"{}\" placeholder=\"YYYY-MM-DD\" size=\"10\"></label>", html(a.from.as_deref().unwrap_or("")));
        let _ = write!(o, "<label>to<input name=\"to\" value=\"{}\" placeholder=\"YYYY-MM-DD\" size=\"10\"></label>", html(a.to.as_deref().unwrap_or("")));
        o.push_str("<button type=\"submit\">Filter</button> <a href=\"/\">clear</a></form>");
        if any_events {
            let total = pg.total;
            let _ = write!(o, "<p class=\"muted\" id=\"count\">{total} event{}</p>", if total == 1 { "" } else { "s" });
            o.push_str(&h::histogram(&pg.months));
            o.push_str("<div class=\"timeline\">");
            for ev in &pg.events {
                o.push_str(&h::event_card(ev, Links::Server));
            }
            o.push_str("</div>");
            o.push_str(&pager_by(&p, "/", a.offset, total, EVENT_PAGE));
            return Ok(o);
        }
        // No events yet: the articles by publication date.
        o.push_str("<p class=\"note\">No events yet: the events stage has not run on this store. Until it has, the timeline shows the articles by publication date.</p>");
        if a.kind.is_some() {
            o.push_str("<p class=\"muted\">The event type filter applies to events only.</p>");
        }
        let docs = store.documents(&DocumentQuery {
            outlet: a.outlet.clone(),
            from: a.from.clone(),
            to: a.to.clone(),
            entity: entity.as_ref().map(|e| e.0.clone()),
            offset: a.offset,
            limit: Some(PAGE),
            ..Default::default()
        })?;
        let _ = write!(o, "<p class=\"muted\" id=\"count\">{} article{}</p>", docs.total, if docs.total == 1 { "" } else { "s" });
        o.push_str(&day_groups(&docs));
        o.push_str(&pager(&p, "/", a.offset, docs.total));
        Ok(o)
    })
    .await
    .map_err(fail_page)?;
    Ok(page("Timeline", &body, ""))
}

/// Articles grouped by publication day, newest first, as a timeline.
fn day_groups(docs: &Page<dossier_store::DocumentRow>) -> String {
    let mut o = String::from("<div class=\"timeline\">");
    let mut day: Option<String> = None;
    for d in &docs.items {
        let this =
            d.published.as_deref().and_then(|p| p.get(..10)).unwrap_or("undated").to_string();
        if day.as_ref() != Some(&this) {
            if day.is_some() {
                o.push_str("</div>");
            }
            let _ = write!(o, "<div class=\"day\"><h3>{}</h3>", html(&this));
            day = Some(this);
        }
        let _ = write!(
            o,
            "<div class=\"card doc\"><a href=\"{}\"><b>{}</b></a> <span class=\"kind\">{}</span>{}</div>",
            html(&Links::Server.article(&d.id, None, None)),
            html(d.title.as_deref().unwrap_or(&d.id)),
            html(d.outlet.as_deref().unwrap_or("unknown outlet")),
            d.author.as_deref().map(|a| format!(" <small>by {}</small>", html(a))).unwrap_or_default()
        );
    }
    if day.is_some() {
        o.push_str("</div>");
    }
    o.push_str("</div>");
    o
}

fn pager(p: &Params, base: &str, offset: usize, total: usize) -> String {
    pager_by(p, base, offset, total, PAGE)
}

fn pager_by(p: &Params, base: &str, offset: usize, total: usize, per: usize) -> String {
    let mut o = String::from("<nav class=\"pager\">");
    if offset > 0 {
        let prev = offset.saturating_sub(per).to_string();
        let link = p.with(base, "offset", None);
        let sep = if link.contains('?') { '&' } else { '?' };
        let _ = write!(o, "<a href=\"{}\">← newer</a>", html(&format!("{link}{sep}offset={prev}")));
    }
    if offset + per < total {
        let link = p.with(base, "offset", None);
        let sep = if link.contains('?') { '&' } else { '?' };
        let _ = write!(
            o,
            "<a href=\"{}\">older →</a>",
            html(&format!("{link}{sep}offset={}", offset + per))
        );
    }
    if total > 0 {
        let _ = write!(
            o,
            "<span class=\"muted\">{}–{} of {total}</span>",
            (offset + 1).min(total),
            (offset + per).min(total)
        );
    }
    o.push_str("</nav>");
    o
}

// ---------------------------------------------------------------------------------------------
// Event

async fn event_page(
    State(st): State<AppState>,
    id: std::result::Result<Path<String>, axum::extract::rejection::PathRejection>,
) -> Html {
    let Path(id) = id.map_err(|e| fail_page(ViewError::BadRequest(e.to_string())))?;
    let body = blocking(&st, move |store| {
        let ev = one_event(store, &id)?;
        let mut o = String::new();
        let _ = write!(o, "<h1>{}</h1>", html(&h::title_of_event(&ev)));
        o.push_str(&h::event_card(&ev, Links::Server));
        o.push_str("<h2>The sources side by side</h2>");
        let docs: std::cell::RefCell<HashMap<String, Option<dossier_document::Document>>> =
            Default::default();
        let sentence_of = |doc: &str, at: usize| {
            let mut d = docs.borrow_mut();
            let entry = d.entry(doc.to_string()).or_insert_with(|| store.get(doc).ok().flatten());
            entry.as_ref().and_then(|x| h::sentence_at(x, at))
        };
        o.push_str(&h::event_sources(&ev, Links::Server, &sentence_of));
        let participants: Vec<String> = ev
            .get("participants")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        if !participants.is_empty() {
            o.push_str("<h2>Participants and what they said</h2><ul class=\"plain\">");
            for name in &participants {
                let link = match store.entity_id_by_name(name)? {
                    Some(eid) => format!(
                        "<a href=\"{}\">{}</a>",
                        html(&Links::Server.entity(&eid)),
                        html(name)
                    ),
                    None => html(name),
                };
                let _ = write!(o, "<li>{link}</li>");
            }
            o.push_str("</ul>");
            let src_docs: Vec<String> = ev
                .get("sources")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|s| s.get("doc").and_then(Value::as_str).map(str::to_string))
                .collect();
            let lower: Vec<String> = participants.iter().map(|p| p.to_lowercase()).collect();
            let mut seen_docs = std::collections::HashSet::new();
            let mut shown = 0;
            for doc in src_docs.iter().filter(|d| seen_docs.insert(d.as_str())) {
                for q in store.quotes_in(doc)? {
                    let by_participant =
                        q.speaker.as_ref().is_some_and(|s| lower.contains(&s.to_lowercase()));
                    if by_participant && shown < 30 {
                        o.push_str(&quote_html(&q));
                        shown += 1;
                    }
                }
            }
        }
        Ok(o)
    })
    .await
    .map_err(fail_page)?;
    Ok(page("Event", &body, ""))
}

fn one_event(store: &Store, id: &str) -> Result<Value> {
    events::events(store, &EventFilter { id: Some(id.to_string()), ..Default::default() })?
        .into_iter()
        .find(|e| e.get("id").and_then(Value::as_str) == Some(id))
        .ok_or_else(|| ViewError::NotFound(format!("no event '{id}'")))
}

fn quote_html(q: &dossier_store::QuoteRow) -> String {
    let src = [q.outlet.as_deref(), q.published.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        "<div class=\"quote card\"><span class=\"who\">{}</span> <span class=\"kind\">{}</span>{} <blockquote>{}</blockquote><small>{} · <a href=\"{}\">{}</a></small></div>",
        html(q.speaker.as_deref().unwrap_or("speaker not found")),
        html(&q.kind),
        q.relayed_by.as_deref().map(|r| format!(" <small>relayed by {}</small>", html(r))).unwrap_or_default(),
        html(&crate::quote_words(&q.kind, &q.text, q.cue.as_ref().map(|c| c.2.as_str()))),
        html(&src),
        html(&Links::Server.article(&q.doc, Some((q.start, q.end)), None)),
        html(&q.doc)
    )
}

// ---------------------------------------------------------------------------------------------
// Entities

async fn entities_page(State(st): State<AppState>, q: RawQuery) -> Html {
    let p = Params::from(q).map_err(fail_page)?;
    let label = p.one_of("type", &["PER", "ORG", "LOC", "MISC"]).map_err(fail_page)?;
    let name = p.text("name");
    let offset = p.number("offset", 0, 10_000_000).map_err(fail_page)?;
    let pool = st.clone();
    let body = blocking(&st, move |store| {
        let all = pool.entities(store, &EntityQuery { label: label.clone(), name: name.clone(), limit: Some(offset + PAGE) })?;
        let mut o = String::from("<h1>Entities</h1><form class=\"filters\" method=\"get\" action=\"/entities\">");
        let _ = write!(o, "<label>name<input name=\"name\" value=\"{}\"></label>", html(name.as_deref().unwrap_or("")));
        o.push_str("<label>type<select name=\"type\"><option value=\"\">all</option>");
        for l in ["PER", "ORG", "LOC", "MISC"] {
            let _ = write!(o, "<option{}>{l}</option>", if label.as_deref() == Some(l) { " selected" } else { "" });
        }
        o.push_str("</select></label><button type=\"submit\">Filter</button></form>");
        o.push_str("<table><thead><tr><th>entity</th><th>type</th><th>mentions</th><th>articles</th><th>also called</th></tr></thead><tbody>");
        for e in all.iter().skip(offset) {
            let aliases: Vec<String> = e.row.aliases.iter().filter(|a| **a != e.row.name).take(6).map(|a| html(a)).collect();
            let _ = write!(
                o,
                "<tr><td><a href=\"{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                html(&Links::Server.entity(&e.row.id)),
                html(&e.row.name),
                html(&e.row.label),
                e.mentions,
                e.docs.len(),
                aliases.join("; ")
            );
        }
        o.push_str("</tbody></table>");
        if all.len() == offset + PAGE {
            let link = p.with("/entities", "offset", None);
            let sep = if link.contains('?') { '&' } else { '?' };
            let _ = write!(o, "<nav class=\"pager\"><a href=\"{}\">more →</a></nav>", html(&format!("{link}{sep}offset={}", offset + PAGE)));
        }
        Ok(o)
    })
    .await
    .map_err(fail_page)?;
    Ok(page("Entities", &body, ""))
}

async fn entity_page(
    State(st): State<AppState>,
    id: std::result::Result<Path<String>, axum::extract::rejection::PathRejection>,
) -> Html {
    let Path(id) = id.map_err(|e| fail_page(ViewError::BadRequest(e.to_string())))?;
    let pool = st.clone();
    let body = blocking(&st, move |store| {
        let e =
            store.entity(&id)?.ok_or_else(|| ViewError::NotFound(format!("no entity '{id}'")))?;
        let data: Value = serde_json::from_str(&e.row.data).unwrap_or(Value::Null);
        let mut o = String::new();
        let _ = write!(
            o,
            "<h1>{} <span class=\"type\">{}</span></h1>",
            html(&e.row.name),
            html(&e.row.label)
        );
        let _ = write!(
            o,
            "<p class=\"muted\">{} in {}{}</p>",
            crate::counted(e.mentions, "mention"),
            crate::counted(e.docs.len(), "article"),
            e.row
                .kb
                .as_deref()
                .map(|k| format!(" · knowledge base: {}", html(k)))
                .unwrap_or_default()
        );
        o.push_str("<div class=\"two\"><div>");
        let aliases: Vec<String> =
            e.row.aliases.iter().filter(|a| **a != e.row.name).map(|a| html(a)).collect();
        o.push_str("<h2>Also called</h2>");
        if aliases.is_empty() {
            o.push_str("<p class=\"muted\">No other names.</p>")
        } else {
            let _ = write!(o, "<p>{}</p>", aliases.join("; "));
        }
        o.push_str("<h2>Roles</h2>");
        let roles = data.get("roles").and_then(Value::as_array).cloned().unwrap_or_default();
        if roles.is_empty() {
            o.push_str("<p class=\"muted\">No roles found.</p>");
        }
        o.push_str("<ul class=\"plain\">");
        for r in roles.iter().take(100) {
            let g = |k: &str| r.get(k).and_then(Value::as_str).unwrap_or("");
            let _ = write!(
                o,
                "<li><b>{}</b> — “{}” <small><a href=\"{}\">{}</a></small></li>",
                html(g("name")),
                html(g("wording")),
                html(&Links::Server.article(g("doc"), None, None)),
                html(g("doc"))
            );
        }
        o.push_str("</ul><h2>Quotes</h2>");
        let qs = store.quote_page(
            &QuoteQuery {
                speaker: Some(e.row.name.clone()),
                limit: Some(50),
                ..Default::default()
            },
            0,
        )?;
        if qs.is_empty() {
            o.push_str("<p class=\"muted\">No quotes.</p>");
        }
        for q in &qs {
            o.push_str(&quote_html(q));
        }
        o.push_str("<h2>Events</h2>");
        let filter = EventFilter { entity: Some(e.row.name.clone()), ..Default::default() };
        let months = |s: &Store, q: &dossier_store::EventPageQuery| pool.event_months(s, q);
        let pg = events::page_cached(store, &filter, 0, 20, &months, &*pool)?;
        let evs = pg.events;
        if evs.is_empty() {
            o.push_str("<p class=\"muted\">No events yet.</p>");
        } else {
            let _ = write!(
                o,
                "<p class=\"muted\">{} events, the first {} by date; <a href=\"/?entity={}\">all on the timeline</a></p>",
                pg.total,
                evs.len(),
                url_component(&e.row.id)
            );
        }
        for ev in &evs {
            o.push_str(&h::event_card(ev, Links::Server));
        }
        o.push_str("</div><div>");
        o.push_str("<h2>Why these names are one</h2><ul class=\"plain\">");
        let ev = data.get("evidence").and_then(Value::as_array).cloned().unwrap_or_default();
        if ev.is_empty() {
            o.push_str("<li class=\"muted\">One name only.</li>");
        }
        for x in ev.iter().take(100) {
            let g = |k: &str| x.get(k).and_then(Value::as_str).unwrap_or("");
            let _ = write!(
                o,
                "<li>“{}”: {} <small>{}</small></li>",
                html(g("alias")),
                html(g("reason")),
                html(g("doc"))
            );
        }
        o.push_str("</ul><h2>Articles</h2>");
        let docs = store.documents(&DocumentQuery {
            entity: Some(e.row.id.clone()),
            limit: Some(PAGE),
            ..Default::default()
        })?;
        let _ = write!(
            o,
            "<p class=\"muted\">{} articles{}</p><ul class=\"plain\">",
            docs.total,
            if docs.total > PAGE { format!(", newest {PAGE} shown") } else { String::new() }
        );
        for d in &docs.items {
            let _ = write!(
                o,
                "<li><a href=\"{}\">{}</a> <small>{} {}</small></li>",
                html(&Links::Server.article(&d.id, None, None)),
                html(d.title.as_deref().unwrap_or(&d.id)),
                html(d.outlet.as_deref().unwrap_or("")),
                html(d.published.as_deref().unwrap_or(""))
            );
        }
        let _ = write!(
            o,
            "</ul><p><a href=\"/?entity={}\">timeline of {}</a></p></div></div>",
            url_component(&e.row.id),
            html(&e.row.name)
        );
        Ok((e.row.name.clone(), o))
    })
    .await
    .map_err(fail_page)?;
    Ok(page(&body.0, &body.1, ""))
}

// ---------------------------------------------------------------------------------------------
// Articles

async fn articles_page(State(st): State<AppState>, q: RawQuery) -> Html {
    let p = Params::from(q).map_err(fail_page)?;
    let a = timeline_args(&p).map_err(fail_page)?;
    let body = blocking(&st, move |store| {
        let entity = a.entity.as_deref().map(|e| resolve_entity(store, e)).transpose()?;
        let docs = store.documents(&DocumentQuery {
            outlet: a.outlet.clone(),
            from: a.from.clone(),
            to: a.to.clone(),
            entity: entity.map(|e| e.0),
            offset: a.offset,
            limit: Some(PAGE),
            ..Default::default()
        })?;
        let mut o = format!("<h1>Articles</h1><p class=\"muted\" id=\"count\">{} articles</p>", docs.total);
        o.push_str("<table><thead><tr><th>published</th><th>title</th><th>outlet</th><th>author</th></tr></thead><tbody>");
        for d in &docs.items {
            let _ = write!(o, "<tr><td>{}</td><td><a href=\"{}\">{}</a></td><td>{}</td><td>{}</td></tr>", html(d.published.as_deref().unwrap_or("")), html(&Links::Server.article(&d.id, None, None)), html(d.title.as_deref().unwrap_or(&d.id)), html(d.outlet.as_deref().unwrap_or("")), html(d.author.as_deref().unwrap_or("")));
        }
        o.push_str("</tbody></table>");
        o.push_str(&pager(&p, "/articles", a.offset, docs.total));
        Ok(o)
    })
    .await
    .map_err(fail_page)?;
    Ok(page("Articles", &body, ""))
}

async fn article_page(
    State(st): State<AppState>,
    id: std::result::Result<Path<String>, axum::extract::rejection::PathRejection>,
    q: RawQuery,
) -> Html {
    let Path(id) = id.map_err(|e| fail_page(ViewError::BadRequest(e.to_string())))?;
    let p = Params::from(q).map_err(fail_page)?;
    let hl = p.span("hl").map_err(fail_page)?;
    let body = blocking(&st, move |store| {
        let doc =
            store.get(&id)?.ok_or_else(|| ViewError::NotFound(format!("no article '{id}'")))?;
        let ids = store.mention_entities(&id)?;
        let mut o = String::new();
        let _ = write!(o, "<h1>{}</h1>", html(doc.meta.title.as_deref().unwrap_or(&doc.id)));
        let _ = write!(
            o,
            "<p class=\"muted\">{} · {} · <a href=\"/api/documents/{}\">JSON</a></p>",
            html(doc.meta.outlet.as_deref().unwrap_or("unknown outlet")),
            html(doc.meta.published.as_deref().unwrap_or("undated")),
            url_path(&doc.id)
        );
        o.push_str("<div class=\"two\"><div>");
        o.push_str(h::LEGEND);
        let _ = write!(
            o,
            "<div class=\"text\">{}</div>",
            h::article_text(&doc, Links::Server, &ids, hl)
        );
        o.push_str("<h2>Quotes</h2>");
        if doc.quotes.is_empty() {
            o.push_str("<p class=\"muted\">No quotes.</p>");
        }
        o.push_str("<ul class=\"plain\">");
        for q in &doc.quotes {
            let k = h::sentence_at(&doc, q.start).unwrap_or(0);
            let _ = write!(
                o,
                "<li><a href=\"#s{k}\">{}</a> — <b>{}</b> <span class=\"kind\">{}</span></li>",
                html(&crate::quote_words(
                    &q.kind,
                    &q.text,
                    q.cue.as_ref().map(|c| c.text.as_str())
                )),
                html(q.speaker.as_deref().unwrap_or("speaker not found")),
                html(&q.kind)
            );
        }
        o.push_str("</ul><h2>What cleaning removed</h2>");
        o.push_str(&h::removed_table(&doc));
        o.push_str("</div><div><h2>Metadata</h2>");
        o.push_str(&h::metadata(&doc));
        o.push_str("<h2>Dates stated</h2><ul class=\"plain\">");
        for t in doc.timexes.iter().take(200) {
            let k = h::sentence_at(&doc, t.start).unwrap_or(0);
            let _ = write!(
                o,
                "<li><a href=\"#s{k}\">{}</a> <small>{} {}</small></li>",
                html(&t.text),
                html(&t.kind),
                html(t.value.as_deref().unwrap_or(""))
            );
        }
        o.push_str("</ul></div></div>");
        Ok((doc.meta.title.clone().unwrap_or(doc.id.clone()), o))
    })
    .await
    .map_err(fail_page)?;
    Ok(page(&body.0, &body.1, ""))
}

// ---------------------------------------------------------------------------------------------
// Quotes

async fn quotes_page(State(st): State<AppState>, q: RawQuery) -> Html {
    let p = Params::from(q).map_err(fail_page)?;
    let kind = p.one_of("kind", &["direct", "partial", "indirect"]).map_err(fail_page)?;
    let speaker = p.text("speaker");
    let offset = p.number("offset", 0, 10_000_000).map_err(fail_page)?;
    let body = blocking(&st, move |store| {
        let found = crate::speaker_spelled(store, speaker.clone())?;
        let qs = store.quote_page(
            &QuoteQuery { speaker: found, kind: kind.clone(), limit: Some(PAGE + 1) },
            offset,
        )?;
        let mut o = String::from(
            "<h1>Quotes</h1><form class=\"filters\" method=\"get\" action=\"/quotes\">",
        );
        let _ = write!(
            o,
            "<label>speaker<input name=\"speaker\" value=\"{}\"></label>",
            html(speaker.as_deref().unwrap_or(""))
        );
        o.push_str("<label>kind<select name=\"kind\"><option value=\"\">all</option>");
        for k in ["direct", "partial", "indirect"] {
            let _ = write!(
                o,
                "<option{}>{k}</option>",
                if kind.as_deref() == Some(k) { " selected" } else { "" }
            );
        }
        o.push_str("</select></label><button type=\"submit\">Filter</button></form>");
        if qs.is_empty() {
            o.push_str("<p class=\"muted\">No quotes found.</p>");
        }
        for q in qs.iter().take(PAGE) {
            o.push_str(&quote_html(q));
        }
        if qs.len() > PAGE {
            let link = p.with("/quotes", "offset", None);
            let sep = if link.contains('?') { '&' } else { '?' };
            let _ = write!(
                o,
                "<nav class=\"pager\"><a href=\"{}\">more →</a></nav>",
                html(&format!("{link}{sep}offset={}", offset + PAGE))
            );
        }
        Ok(o)
    })
    .await
    .map_err(fail_page)?;
    Ok(page("Quotes", &body, ""))
}

// ---------------------------------------------------------------------------------------------
// Search

fn search_query(p: &Params, store: &Store) -> Result<SearchQuery> {
    let entity = p.text("entity").map(|e| resolve_entity(store, &e)).transpose()?;
    Ok(SearchQuery {
        text: p.text("q").unwrap_or_default(),
        kind: p.one_of("type", &["article", "quote"])?,
        outlet: p.text("outlet"),
        from: p.date("from")?,
        to: p.date("to")?,
        entity: entity.map(|e| e.0),
        offset: p.number("offset", 0, 100_000)?,
        limit: p.number("limit", 20, 200)?,
    })
}

/// A snippet from the index as HTML: escaped, then the match markers made into `<mark>`.
fn snippet_html(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 32);
    let mut buf = String::new();
    for c in s.chars() {
        if c == MATCH_START || c == MATCH_END {
            push_html(&mut o, &buf);
            buf.clear();
            o.push_str(if c == MATCH_START { "<mark class=\"m\">" } else { "</mark>" });
        } else {
            buf.push(c);
        }
    }
    push_html(&mut o, &buf);
    o
}

async fn search_page(State(st): State<AppState>, q: RawQuery) -> Html {
    let p = Params::from(q).map_err(fail_page)?;
    let typed = p.text("q").unwrap_or_default();
    let body = blocking(&st, move |store| {
        let sq = search_query(&p, store)?;
        let r = store.search(&sq)?;
        let mut o = String::from("<h1>Search</h1>");
        if !store.has_search_index()? {
            o.push_str("<p class=\"note\">The search index is being built; try again in a moment.</p>");
        }
        if sq.text.trim().is_empty() {
            o.push_str("<p class=\"muted\">Type words to find in the articles and quotes. \"Quoted words\" find a phrase; word* finds words starting so.</p>");
            return Ok(o);
        }
        if r.ranked {
            let _ = write!(o, "<p class=\"muted\" id=\"count\">{} result{} for <b>{}</b>, best first</p>", r.total, if r.total == 1 { "" } else { "s" }, html(&sq.text));
        } else {
            let _ = write!(o, "<p class=\"muted\" id=\"count\">More than {} results for <b>{}</b>: too many to rank, shown newest stored first, facets over the first {}. Add words or filters to rank by relevance.</p>", dossier_store::RANKED_MATCHES, html(&sq.text), dossier_store::RANKED_MATCHES);
        }
        o.push_str("<div class=\"two\"><div>");
        for hit in &r.hits {
            let link = match (hit.start, hit.end) {
                (Some(s), Some(e)) => Links::Server.article(&hit.doc, Some((s, e)), None),
                _ => Links::Server.article(&hit.doc, None, None),
            };
            let _ = write!(
                o,
                "<div class=\"hit {}\"><span class=\"kind\">{}</span> <a href=\"{}\"><b>{}</b></a> <small>{} {}{}</small><p>{}</p></div>",
                html(&hit.kind),
                html(&hit.kind),
                html(&link),
                html(hit.title.as_deref().unwrap_or(&hit.doc)),
                html(hit.outlet.as_deref().unwrap_or("")),
                html(hit.published.as_deref().unwrap_or("")),
                hit.speaker.as_deref().map(|s| format!(" · said by {}", html(s))).unwrap_or_default(),
                snippet_html(&hit.snippet)
            );
        }
        let shown_to = sq.offset + r.hits.len();
        if shown_to < r.total {
            let link = p.with("/search", "offset", None);
            let sep = if link.contains('?') { '&' } else { '?' };
            let _ = write!(o, "<nav class=\"pager\"><a href=\"{}\">more →</a></nav>", html(&format!("{link}{sep}offset={shown_to}")));
        }
        o.push_str("</div><aside class=\"facets\">");
        let facet = |o: &mut String, title: &str, key: &str, vals: Vec<(String, String, usize)>| {
            if vals.is_empty() { return; }
            let _ = write!(o, "<section><h3>{}</h3><ul>", html(title));
            if p.0.contains_key(key) {
                let _ = write!(o, "<li><a href=\"{}\">× any {}</a></li>", html(&p.with("/search", key, None)), html(key));
            }
            for (v, label, n) in vals {
                let _ = write!(o, "<li><a href=\"{}\">{}</a> <span class=\"n\">{n}</span></li>", html(&p.with("/search", key, Some(&v))), html(&label));
            }
            o.push_str("</ul></section>");
        };
        let f = &r.facets;
        facet(&mut o, "Type", "type", f.kind.iter().map(|(k, n)| (k.clone(), k.clone(), *n)).collect());
        facet(&mut o, "Outlet", "outlet", f.outlet.iter().take(15).map(|(k, n)| (k.clone(), k.clone(), *n)).collect());
        facet(&mut o, "Entity", "entity", f.entity.iter().map(|(id, name, label, n)| (id.clone(), format!("{name} ({label})"), *n)).collect());
        // A month sets both ends of the date range.
        if !f.month.is_empty() {
            o.push_str("<section><h3>Month</h3><ul>");
            if p.0.contains_key("from") || p.0.contains_key("to") {
                let mut any = Params(p.0.clone());
                any.0.remove("to");
                let _ = write!(o, "<li><a href=\"{}\">× any date</a></li>", html(&any.with("/search", "from", None)));
            }
            for (m, n) in f.month.iter().take(24) {
                let mut one = Params(p.0.clone());
                one.0.insert("to".into(), m.clone());
                let _ = write!(o, "<li><a href=\"{}\">{}</a> <span class=\"n\">{n}</span></li>", html(&one.with("/search", "from", Some(m))), html(m));
            }
            o.push_str("</ul></section>");
        }
        o.push_str("</aside></div>");
        Ok(o)
    })
    .await
    .map_err(fail_page)?;
    Ok(page("Search", &body, &typed))
}

// ---------------------------------------------------------------------------------------------
// JSON API

type Api = std::result::Result<Response, Failure>;

async fn api_documents(State(st): State<AppState>, q: RawQuery) -> Api {
    let p = Params::from(q).map_err(fail_api)?;
    let a = timeline_args(&p).map_err(fail_api)?;
    let limit = p.number("limit", PAGE, MAX_LIMIT).map_err(fail_api)?;
    let v = blocking(&st, move |store| {
        let entity = a.entity.as_deref().map(|e| resolve_entity(store, e)).transpose()?;
        let docs = store.documents(&DocumentQuery { outlet: a.outlet, from: a.from, to: a.to, entity: entity.map(|e| e.0), offset: a.offset, limit: Some(limit), ..Default::default() })?;
        Ok(json!({"total": docs.total, "offset": a.offset, "limit": limit, "documents": docs.items.iter().map(j::document_row).collect::<Vec<_>>()}))
    })
    .await
    .map_err(fail_api)?;
    Ok(json_ok(v))
}

async fn api_document(
    State(st): State<AppState>,
    id: std::result::Result<Path<String>, axum::extract::rejection::PathRejection>,
) -> Api {
    let Path(id) = id.map_err(|e| fail_api(ViewError::BadRequest(e.to_string())))?;
    let v = blocking(&st, move |store| {
        let doc =
            store.get(&id)?.ok_or_else(|| ViewError::NotFound(format!("no document '{id}'")))?;
        Ok(doc.to_json())
    })
    .await
    .map_err(fail_api)?;
    Ok(json_ok(v))
}

async fn api_entities(State(st): State<AppState>, q: RawQuery) -> Api {
    let p = Params::from(q).map_err(fail_api)?;
    let label = p
        .one_of("type", &["PER", "ORG", "LOC", "MISC", "per", "org", "loc", "misc"])
        .map_err(fail_api)?
        .map(|l| l.to_uppercase());
    let name = p.text("name");
    let limit = p.number("limit", MAX_LIMIT, 100_000).map_err(fail_api)?;
    let pool = st.clone();
    let v = blocking(&st, move |store| {
        let detailed = name.is_some();
        let list = pool.entities(store, &EntityQuery { label, name, limit: Some(limit) })?;
        Ok(Value::Array(list.iter().map(|e| j::entity(e, detailed)).collect()))
    })
    .await
    .map_err(fail_api)?;
    Ok(json_ok(v))
}

async fn api_entity(
    State(st): State<AppState>,
    id: std::result::Result<Path<String>, axum::extract::rejection::PathRejection>,
) -> Api {
    let Path(id) = id.map_err(|e| fail_api(ViewError::BadRequest(e.to_string())))?;
    let v = blocking(&st, move |store| {
        let e =
            store.entity(&id)?.ok_or_else(|| ViewError::NotFound(format!("no entity '{id}'")))?;
        Ok(j::entity(&e, true))
    })
    .await
    .map_err(fail_api)?;
    Ok(json_ok(v))
}

async fn api_quotes(State(st): State<AppState>, q: RawQuery) -> Api {
    let p = Params::from(q).map_err(fail_api)?;
    let kind = p.one_of("kind", &["direct", "partial", "indirect"]).map_err(fail_api)?;
    let speaker = p.text("speaker");
    let limit = p.number("limit", MAX_LIMIT, 1_000_000).map_err(fail_api)?;
    let offset = p.number("offset", 0, 10_000_000).map_err(fail_api)?;
    let v = blocking(&st, move |store| {
        let speaker = crate::speaker_spelled(store, speaker)?;
        let list = store.quote_page(&QuoteQuery { speaker, kind, limit: Some(limit) }, offset)?;
        Ok(Value::Array(list.iter().map(j::quote).collect()))
    })
    .await
    .map_err(fail_api)?;
    Ok(json_ok(v))
}

async fn api_events(State(st): State<AppState>, q: RawQuery) -> Api {
    let p = Params::from(q).map_err(fail_api)?;
    let a = timeline_args(&p).map_err(fail_api)?;
    let limit = p.number("limit", MAX_LIMIT, 1_000_000).map_err(fail_api)?;
    let pool = st.clone();
    let v = blocking(&st, move |store| {
        let entity = a.entity.as_deref().map(|e| resolve_entity(store, e)).transpose()?;
        let filter = event_filter(&a, entity.as_ref().map(|e| e.1.as_str()));
        let months = |s: &Store, q: &dossier_store::EventPageQuery| pool.event_months(s, q);
        Ok(Value::Array(
            events::page_cached(store, &filter, a.offset, limit, &months, &*pool)?.events,
        ))
    })
    .await
    .map_err(fail_api)?;
    Ok(json_ok(v))
}

async fn api_event(
    State(st): State<AppState>,
    id: std::result::Result<Path<String>, axum::extract::rejection::PathRejection>,
) -> Api {
    let Path(id) = id.map_err(|e| fail_api(ViewError::BadRequest(e.to_string())))?;
    let v = blocking(&st, move |store| one_event(store, &id)).await.map_err(fail_api)?;
    Ok(json_ok(v))
}

async fn api_search(State(st): State<AppState>, q: RawQuery) -> Api {
    let p = Params::from(q).map_err(fail_api)?;
    let v = blocking(&st, move |store| {
        let sq = search_query(&p, store)?;
        let r = store.search(&sq)?;
        Ok(j::search(&r, sq.offset, sq.limit))
    })
    .await
    .map_err(fail_api)?;
    Ok(json_ok(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_are_escaped_before_highlighting() {
        let s = format!("<img src=x onerror=alert(1)> {MATCH_START}call{MATCH_END}");
        assert_eq!(
            snippet_html(&s),
            "&lt;img src=x onerror=alert(1)&gt; <mark class=\"m\">call</mark>"
        );
    }
}
