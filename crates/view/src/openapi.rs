//! The OpenAPI 3.1 description of the JSON API, served at `/api/openapi.json`.

use serde_json::{json, Value};

fn param(name: &str, desc: &str, schema: Value) -> Value {
    json!({"name": name, "in": "query", "required": false, "description": desc, "schema": schema})
}

fn path_id(desc: &str) -> Value {
    json!({"name": "id", "in": "path", "required": true, "description": desc, "schema": {"type": "string"}})
}

fn ok(desc: &str, schema: Value) -> Value {
    json!({
        "200": {"description": desc, "content": {"application/json": {"schema": schema}}},
        "400": {"description": "a malformed parameter", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
        "404": {"description": "no such object", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    })
}

/// The document.
pub fn document() -> Value {
    let date = json!({"type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"});
    let from = param("from", "on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)", date.clone());
    let to = param("to", "on or before this date (a month or year takes all of it)", date);
    let entity = param("entity", "an entity id, name or alias", json!({"type": "string"}));
    let outlet = param("outlet", "the outlet, exactly", json!({"type": "string"}));
    let offset = param("offset", "results to skip", json!({"type": "integer", "minimum": 0}));
    let limit = param("limit", "at most this many", json!({"type": "integer", "minimum": 0}));
    let nullable = |t: &str| json!({"type": [t, "null"]});
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Dossier",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Read-only API over a dossier store: the same objects and keys as `dossier ... --format json` (DESIGN.md)."
        },
        "paths": {
            "/api/documents": {"get": {
                "summary": "Stored articles' metadata, newest first",
                "parameters": [entity, outlet, from, to, offset, limit],
                "responses": ok("a page of documents", json!({"type": "object", "properties": {
                    "total": {"type": "integer"}, "offset": {"type": "integer"}, "limit": {"type": "integer"},
                    "documents": {"type": "array", "items": {"$ref": "#/components/schemas/DocumentMeta"}}}}))
            }},
            "/api/documents/{id}": {"get": {
                "summary": "One article with every layer (as `dossier annotate --format json`)",
                "parameters": [path_id("the document's name; may contain /")],
                "responses": ok("the document", json!({"$ref": "#/components/schemas/Document"}))
            }},
            "/api/entities": {"get": {
                "summary": "Entities, most mentioned first (as `dossier entities --format json`)",
                "parameters": [
                    param("type", "PER, ORG, LOC or MISC", json!({"type": "string", "enum": ["PER", "ORG", "LOC", "MISC"]})),
                    param("name", "a name or alias (then each entity carries its evidence)", json!({"type": "string"})),
                    limit
                ],
                "responses": ok("entities", json!({"type": "array", "items": {"$ref": "#/components/schemas/Entity"}}))
            }},
            "/api/entities/{id}": {"get": {
                "summary": "One entity with its merge evidence",
                "parameters": [path_id("the entity id")],
                "responses": ok("the entity", json!({"$ref": "#/components/schemas/Entity"}))
            }},
            "/api/quotes": {"get": {
                "summary": "Quotes (as `dossier quotes --format json`)",
                "parameters": [
                    param("speaker", "any name of the speaker", json!({"type": "string"})),
                    param("kind", "direct, partial or indirect", json!({"type": "string", "enum": ["direct", "partial", "indirect"]})),
                    limit
                ],
                "responses": ok("quotes", json!({"type": "array", "items": {"$ref": "#/components/schemas/Quote"}}))
            }},
            "/api/events": {"get": {
                "summary": "Events merged across articles, oldest first (as `dossier events --format json`)",
                "parameters": [
                    param("entity", "a participant (id, name or alias)", json!({"type": "string"})),
                    param("type", "the event type", json!({"type": "string"})),
                    param("outlet", "only events with a source from this outlet", json!({"type": "string"})),
                    param("from", "on or after this date", json!({"type": "string"})),
                    param("to", "on or before this date", json!({"type": "string"})),
                    param("offset", "results to skip", json!({"type": "integer", "minimum": 0})),
                    param("limit", "at most this many", json!({"type": "integer", "minimum": 0}))
                ],
                "responses": ok("events", json!({"type": "array", "items": {"$ref": "#/components/schemas/Event"}}))
            }},
            "/api/events/{id}": {"get": {
                "summary": "One event",
                "parameters": [path_id("the event id")],
                "responses": ok("the event", json!({"$ref": "#/components/schemas/Event"}))
            }},
            "/api/search": {"get": {
                "summary": "Full-text search over articles and quotes, best first, with facets",
                "parameters": [
                    param("q", "words (all must match); \"a phrase\"; prefix*", json!({"type": "string"})),
                    param("type", "article or quote", json!({"type": "string", "enum": ["article", "quote"]})),
                    param("entity", "only documents mentioning this entity", json!({"type": "string"})),
                    param("outlet", "the outlet, exactly", json!({"type": "string"})),
                    param("from", "on or after this date", json!({"type": "string"})),
                    param("to", "on or before this date", json!({"type": "string"})),
                    param("offset", "results to skip", json!({"type": "integer", "minimum": 0, "maximum": 100000})),
                    param("limit", "at most this many (200 at most)", json!({"type": "integer", "minimum": 0, "maximum": 200}))
                ],
                "responses": ok("results", json!({"$ref": "#/components/schemas/SearchResults"}))
            }}
        },
        "components": {"schemas": {
            "Error": {"type": "object", "properties": {"error": {"type": "string"}, "status": {"type": "integer"}}, "required": ["error"]},
            "DocumentMeta": {"type": "object", "properties": {
                "id": {"type": "string"}, "title": nullable("string"), "author": nullable("string"),
                "outlet": nullable("string"), "url": nullable("string"), "published": nullable("string"),
                "published_source": {"type": "string"}, "language": nullable("string"),
                "machine_translated_from": nullable("string")}},
            "Document": {"type": "object", "description": "every layer; offsets in `removed` are into the raw input, all others into `text`",
                "required": ["id", "text", "removed", "sentences", "entities", "timexes", "quotes", "events"]},
            "Entity": {"type": "object", "required": ["id", "name", "type", "aliases", "roles", "mentions", "docs"], "properties": {
                "id": {"type": "string"}, "name": {"type": "string"}, "type": {"type": "string"},
                "aliases": {"type": "array", "items": {"type": "string"}}, "roles": {"type": "array"},
                "mentions": {"type": "integer"}, "docs": {"type": "array", "items": {"type": "string"}},
                "evidence": {"type": "array"}, "kb": nullable("string")}},
            "Quote": {"type": "object", "required": ["doc", "text", "speaker", "relayed_by", "kind", "start", "end", "cue"], "properties": {
                "doc": {"type": "string"}, "text": {"type": "string"}, "speaker": nullable("string"),
                "relayed_by": nullable("string"), "kind": {"type": "string"}, "start": {"type": "integer"},
                "end": {"type": "integer"}, "cue": {"type": ["object", "null"]},
                "outlet": nullable("string"), "published": nullable("string")}},
            "Event": {"type": "object", "required": ["id", "type", "date", "participants", "sources", "discrepancies"], "properties": {
                "id": {"type": "string"}, "type": {"type": "string"}, "cameo": {"type": ["string", "null"]},
                "date": nullable("string"), "date_source": nullable("string"),
                "participants": {"type": "array", "items": {"type": "string"}},
                "duration_minutes": {"type": ["array", "null"]}, "topics": {"type": "array"},
                "briefed_by": {"type": "array"}, "sources": {"type": "array"}, "discrepancies": {"type": "array"}}},
            "SearchResults": {"type": "object", "properties": {
                "total": {"type": "integer"}, "offset": {"type": "integer"}, "limit": {"type": "integer"},
                "hits": {"type": "array", "items": {"type": "object", "properties": {
                    "kind": {"type": "string"}, "doc": {"type": "string"}, "title": nullable("string"),
                    "start": nullable("integer"), "end": nullable("integer"), "outlet": nullable("string"),
                    "published": nullable("string"), "speaker": nullable("string"),
                    "snippet": {"type": "string"}, "highlights": {"type": "array"}, "rank": {"type": "number"}}}},
                "facets": {"type": "object"}}}
        }}
    })
}
