//! Events end to end (issue 11): the sample articles against their gold, a corpus of our own
//! writing (tests/events_corpus/) where four outlets tell one call differently, and one
//! (tests/bylines_corpus/) dated only by its bylines, as articles pasted from the web are, and
//! trade talks and a call (tests/trade_corpus/) told by two outlets each, and a swap
//! (tests/exchange_corpus/) told by three, one of them as a release, and a summit
//! (tests/summit_corpus/) told by its host's days and by its guests, talks beside a parade
//! (tests/parade_corpus/), and a summit told by the days said after it (tests/said_day_corpus/).

mod common;

use std::fs;

use common::*;
use serde_json::Value;

/// Builds `tests/NAME` into a new store: the directory holding it (removed when dropped) and
/// the store's path.
fn build_corpus(name: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let input = root().join("tests").join(name);
    let db = dir.path().join("x.db").to_str().unwrap().to_string();
    build(input.to_str().unwrap(), &db);
    (dir, db)
}

/// Builds one article of `text` published on `published` into a new store: the directory
/// holding it (removed when dropped) and the store's path.
fn build_one(text: &str, published: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    fs::write(input.join("article.txt"), text).unwrap();
    fs::write(input.join("article.json"), format!(r#"{{"published":"{published}"}}"#)).unwrap();
    let db = dir.path().join("x.db").to_str().unwrap().to_string();
    build(input.to_str().unwrap(), &db);
    (dir, db)
}

/// An event's participants, sorted.
fn sorted_participants(e: &Value) -> Vec<String> {
    let mut v: Vec<String> = e["participants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .collect();
    v.sort();
    v
}

fn json(args: &[&str]) -> Value {
    let out = dossier(args);
    assert!(out.status.success(), "dossier {args:?}: {}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn seeds_events_match_the_gold() {
    let test = "seeds_events_match_the_gold";
    let (Some(seeds), Some(gold)) =
        (shared_path("seeds", test), shared_path("eval/seeds-gold.json", test))
    else {
        return;
    };
    let r = json(&[
        "eval",
        "events",
        "--json",
        "--seeds",
        seeds.to_str().unwrap(),
        "--gold",
        gold.to_str().unwrap(),
    ]);
    eprintln!("{r}");
    assert!(r["found"].as_u64().unwrap() >= 12, "{r}");
    assert!(r["spurious"].as_u64().unwrap() <= 3, "{r}");
    // The three Putin-Trump calls of 2025 are three distinct events.
    let matched = |gold_id: &str| {
        r["matches"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["gold"] == gold_id)
            .map(|m| m["event"].as_str().unwrap().to_string())
    };
    let calls: Vec<String> = ["call-2025-02-12", "call-2025-06-14", "call-2025-07-03"]
        .iter()
        .map(|g| matched(g).unwrap_or_else(|| panic!("{g} not found: {r}")))
        .collect();
    assert!(calls[0] != calls[1] && calls[1] != calls[2] && calls[0] != calls[2], "{calls:?}");
}

/// Copies the invented corpus, leaving out the files named in `except`.
fn corpus(dir: &std::path::Path, except: &[&str]) -> String {
    let input = dir.join("in");
    fs::create_dir_all(&input).unwrap();
    for e in fs::read_dir(root().join("tests/events_corpus")).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_str().unwrap().to_string();
        if !except.iter().any(|x| name.starts_with(x)) {
            fs::copy(&p, input.join(&name)).unwrap();
        }
    }
    input.to_str().unwrap().to_string()
}

fn build(input: &str, db: &str) {
    let out = dossier(&["build", "--quiet", input, "--db", db]);
    assert!(out.status.success(), "{}", stderr(&out));
}

fn by_date(events: &Value) -> Vec<(String, String, usize)> {
    events
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["type"].as_str().unwrap().to_string(),
                e["date"].as_str().unwrap_or("").to_string(),
                e["sources"].as_array().unwrap().len(),
            )
        })
        .collect()
}

#[test]
fn four_outlets_one_call_and_its_discrepancies() {
    let dir = tempfile::tempdir().unwrap();
    let input = corpus(dir.path(), &[]);
    let db = dir.path().join("x.db");
    let db = db.to_str().unwrap();
    build(&input, db);
    let events = json(&["events", "--db", db, "--format", "json"]);
    // Exactly: the older meeting (background, its own date), the call told by four outlets, the
    // same-day call with a third person, and the second call a month later.
    assert_eq!(
        by_date(&events),
        vec![
            ("meeting".into(), "2023-11".into(), 1),
            ("phone_call".into(), "2025-03-18".into(), 4),
            ("phone_call".into(), "2025-03-18".into(), 1),
            ("phone_call".into(), "2025-04-21".into(), 1),
        ],
        "{events:#}"
    );
    let call = events
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["sources"].as_array().unwrap().len() == 4)
        .unwrap();
    assert_eq!(call["date_source"], "text");
    assert_eq!(call["cameo"], "041");
    let people: Vec<&str> =
        call["participants"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    assert!(people.contains(&"Ardan Volkov") && people.contains(&"Lena Marsh"), "{people:?}");
    let fields: Vec<&str> = call["discrepancies"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["field"].as_str())
        .collect();
    assert!(fields.contains(&"duration_minutes"), "{call:#}");
    assert!(fields.contains(&"participants"), "{call:#}");
    assert!(!fields.contains(&"date"), "Tuesday, March 18 and yesterday agree: {call:#}");
    // Each source keeps its own words for date and duration.
    let words: Vec<&str> = call["sources"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["date_text"].as_str())
        .collect();
    for w in ["Tuesday", "March 18", "Yesterday"] {
        assert!(words.contains(&w), "{words:?}");
    }
    // The same-day call is with someone else.
    let holt = &events[2];
    assert!(
        holt["participants"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p.as_str().unwrap().contains("Holt")),
        "{holt:#}"
    );
    // The background meeting keeps its own date and is not dated by publication.
    assert_eq!(events[0]["date_source"], "text");

    // `--id` explains why each source was joined.
    let id = call["id"].as_str().unwrap();
    let md = stdout(&dossier(&["events", "--db", db, "--id", id]));
    assert!(md.contains("Why each source belongs to this event"), "{md}");
    assert!(md.contains("stated dates agree"), "{md}");
    assert!(md.contains("sources disagree on duration_minutes"), "{md}");

    // The timeline filters by entity, type and date.
    let t = json(&["timeline", "--db", db, "--format", "json", "--entity", "Marsh"]);
    assert_eq!(t.as_array().unwrap().len(), 3, "{t:#}");
    let t = json(&["timeline", "--db", db, "--format", "json", "--type", "meeting"]);
    assert_eq!(t.as_array().unwrap().len(), 1, "{t:#}");
    let t = json(&["timeline", "--db", db, "--format", "json", "--from", "2025-04"]);
    assert_eq!(t.as_array().unwrap().len(), 1, "{t:#}");
    let bad = dossier(&["timeline", "--db", db, "--from", "2025-02-30"]);
    assert!(!bad.status.success() && stderr(&bad).contains("2025-02-30"), "{}", stderr(&bad));
    let none = dossier(&["events", "--db", db, "--id", "ev-000000000000"]);
    assert!(!none.status.success() && stderr(&none).contains("no event"), "{}", stderr(&none));
}

#[test]
fn adding_an_outlet_extends_the_event_and_ids_are_stable() {
    let dir = tempfile::tempdir().unwrap();
    // Three outlets first, then the fourth: the new account joins the stored event.
    let input = corpus(dir.path(), &["d-wire"]);
    let db = dir.path().join("x.db");
    let db = db.to_str().unwrap();
    build(&input, db);
    let before = json(&["events", "--db", db, "--format", "json"]);
    let all = tempfile::tempdir().unwrap();
    let full = corpus(all.path(), &[]);
    build(&full, db);
    let after = json(&["events", "--db", db, "--format", "json"]);
    let ids = |v: &Value| -> Vec<String> {
        v.as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(ids(&before), ids(&after), "adding an article renumbered events");
    assert_eq!(by_date(&after)[1].2, 4, "{after:#}");
    // A fresh store from the same articles gives the same ids.
    let db2 = dir.path().join("y.db");
    let db2 = db2.to_str().unwrap();
    build(&full, db2);
    let fresh = json(&["events", "--db", db2, "--format", "json"]);
    let mut a = ids(&fresh);
    let mut b = ids(&after);
    a.sort();
    b.sort();
    assert_eq!(a, b);
}

#[test]
fn a_replaced_article_takes_its_events_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let input = corpus(dir.path(), &[]);
    let db = dir.path().join("x.db");
    let db = db.to_str().unwrap();
    build(&input, db);
    let before = json(&["events", "--db", db, "--format", "json"]);
    assert_eq!(before.as_array().unwrap().len(), 4);
    // The second call's article is corrected: it no longer tells of a call.
    let file = std::path::Path::new(&input).join("f-courier-second-call.txt");
    fs::write(
        &file,
        "Corridor deal nears\n\nThe final text of the grain corridor deal is ready.\n",
    )
    .unwrap();
    build(&input, db);
    let after = json(&["events", "--db", db, "--format", "json"]);
    let dates: Vec<&str> =
        after.as_array().unwrap().iter().filter_map(|e| e["date"].as_str()).collect();
    assert_eq!(dates, ["2023-11", "2025-03-18", "2025-03-18"], "{after:#}");
    assert_eq!(before[1]["id"], after[1]["id"]);
}

/// Four articles with no metadata: each is dated by its byline line ("By ... | Helsinki Times |
/// 14 March 2025", "Anadolu Wire, March 13, 2025"), so "on Thursday" is 13 March, two outlets'
/// call is one event whose durations agree in different words, and a release told "on Friday"
/// by one outlet and "last week" by another is one event. An article that first speaks of the
/// call as "the phone call" is one of its sources; a since-clause, an invited visit's month and
/// a planned trip's talks change nothing.
#[test]
fn bylines_date_the_articles_and_their_events() {
    let (_dir, db) = build_corpus("bylines_corpus");
    let db = db.as_str();
    let store = dossier_store::Store::open(std::path::Path::new(db)).unwrap();
    let published = |id: &str| store.get(id).unwrap().unwrap().meta.published;
    assert_eq!(published("helsinki-times-call").as_deref(), Some("2025-03-14"));
    assert_eq!(published("anadolu-call").as_deref(), Some("2025-03-13"));
    assert_eq!(published("helsinki-times-visit").as_deref(), Some("2025-03-20"));
    drop(store);
    let all = json(&["events", "--db", db, "--format", "json"]);
    let events = all.as_array().unwrap();
    let call = events
        .iter()
        .find(|e| e["type"] == "phone_call" && e["date"] == "2025-03-13")
        .unwrap_or_else(|| panic!("no call on 13 March: {:?}", by_date(&all)));
    let docs: Vec<&str> =
        call["sources"].as_array().unwrap().iter().filter_map(|s| s["doc"].as_str()).collect();
    assert!(
        docs.contains(&"helsinki-times-call") && docs.contains(&"nordic-ledger-call"),
        "{docs:?}"
    );
    // "During the phone call, ..." in an article that never told the call before tells it.
    assert!(docs.contains(&"anadolu-call"), "{docs:?}");
    // "... since Finland joined NATO in April 2023": NATO takes no part in the call.
    let who: Vec<&str> =
        call["participants"].as_array().unwrap().iter().filter_map(|p| p.as_str()).collect();
    assert_eq!(who.len(), 2, "{who:?}");
    assert!(!who.contains(&"NATO"), "{who:?}");
    // "invited Stubb to visit Ankara in April": April is the visit's, not the invitation's.
    let invitations: Vec<&Value> = events.iter().filter(|e| e["type"] == "invitation").collect();
    assert!(!invitations.is_empty());
    for i in &invitations {
        assert!(i["date"].as_str().is_some_and(|d| d.starts_with("2025-03")), "{i}");
    }
    // "will travel to Ankara on April 10 for talks with ...": a plan, not a negotiation held.
    assert!(!events.iter().any(|e| e["type"] == "negotiation" && e["date"] == "2025-04-10"));
    for e in events.iter().filter(|e| e["type"] == "negotiation") {
        assert!(e["participants"].as_array().unwrap().len() >= 2, "{e}");
    }
    // "About 40 minutes" (36-44) and "a little over half an hour" (30-45) agree; "nearly an
    // hour" (45-60) is another length, and the only thing the outlets disagree on.
    let ledger = call["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["doc"] == "nordic-ledger-call")
        .unwrap();
    assert_eq!(ledger["duration_minutes"], serde_json::json!([30, 45]), "{call}");
    assert_eq!(call["discrepancy"], true, "{call}");
    let fields: Vec<&Value> =
        call["discrepancies"].as_array().unwrap().iter().map(|d| &d["field"]).collect();
    assert_eq!(fields, ["duration_minutes"], "{call}");
    // "It was the first conversation ... since Finland joined NATO in April 2023": not its date.
    assert!(!events.iter().any(|e| e["type"] == "phone_call" && e["date"] == "2023-04"));
    let releases: Vec<&Value> = events.iter().filter(|e| e["type"] == "prisoner_release").collect();
    assert_eq!(releases.len(), 1, "{releases:?}");
    assert_eq!(releases[0]["date"], "2025-03-14");
    assert_eq!(releases[0]["sources"].as_array().unwrap().len(), 2);
}

/// An invented exchange of prisoners told by two outlets (five against seven prisoners), a
/// meeting after it, and sanctions told by two outlets (tests/exchange_corpus/).
#[test]
fn an_exchange_and_sanctions_told_by_two_outlets_each() {
    let (_dir, db) = build_corpus("exchange_corpus");
    let db = db.as_str();
    let all = json(&["events", "--db", db, "--format", "json"]);
    let events = all.as_array().unwrap();
    let of = |kind: &str| -> Vec<&Value> { events.iter().filter(|e| e["type"] == kind).collect() };
    // "exchanged four prisoners" and "as part of an exchange of seven prisoners": one exchange
    // between the two states, the announcing service its briefer, the counts a discrepancy.
    // A third outlet tells it as the return of the Lithuanians ("Four Lithuanian citizens have
    // been returned from Russia"): a release, which joins the exchange and leaves it one.
    let ex = of("prisoner_exchange");
    assert_eq!(ex.len(), 1, "{:?}", by_date(&all));
    assert_eq!(ex[0]["date"], "2025-06-09");
    let docs: Vec<&str> =
        ex[0]["sources"].as_array().unwrap().iter().filter_map(|s| s["doc"].as_str()).collect();
    assert_eq!(docs.len(), 3, "{}", ex[0]);
    assert!(docs.contains(&"baltic-wire-swap"), "{docs:?}");
    assert_eq!(ex[0]["participants"], serde_json::json!(["Russia", "Lithuania"]), "{}", ex[0]);
    assert!(ex[0]["discrepancies"].as_array().unwrap().iter().any(|d| d["field"] == "number"));
    // "has released more than 150 people since last August": by Putin, and no date.
    let rel = of("prisoner_release");
    let by_putin = rel.iter().find(|e| e["agents"] == serde_json::json!(["Vladimir Putin"]));
    let by_putin = by_putin.unwrap_or_else(|| panic!("{rel:?}"));
    assert!(by_putin["summary"].as_str().unwrap().starts_with("Release of prisoners by"));
    assert!(by_putin["date"].is_null(), "{by_putin}");
    // "in which the reporter ... was freed": last week's, not the meeting's 40 minutes.
    for r in &rel {
        assert!(r["duration_minutes"].is_null(), "{r}");
        assert_ne!(r["date"], "2025-06-18", "{r}");
    }
    // "signed pardons" is no agreement; the spokeswoman relaying the minister makes no statement.
    assert!(of("agreement").is_empty(), "{:?}", by_date(&all));
    assert!(!of("statement").iter().any(|s| s["participants"][0] == "Ruta Vaitkute"));
    // "agreed on Monday to impose sanctions", "on Monday slapped sanctions": one, by the EU.
    let sanctions = of("sanctions");
    assert_eq!(sanctions.len(), 1, "{sanctions:?}");
    assert_eq!(sanctions[0]["date"], "2025-06-16");
    assert_eq!(sanctions[0]["sources"].as_array().unwrap().len(), 2);
    assert_eq!(sanctions[0]["agents"], serde_json::json!(["European Union"]));
}

/// `dossier annotate` shows who acted in an event (`agents`) beside who took part (an article
/// written for this test).
#[test]
fn annotate_shows_who_acted() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("pardon.txt");
    fs::write(
        &input,
        "Pardon Signed\n\nPresident Oleg Varn pardoned the journalist Ivan Sorokin on Monday.\n",
    )
    .unwrap();
    let out = dossier(&["annotate", input.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let events = doc["events"].as_array().unwrap();
    let release = events
        .iter()
        .find(|e| e["type"] == "prisoner_release")
        .unwrap_or_else(|| panic!("no release: {events:?}"));
    assert_eq!(release["agents"], serde_json::json!(["Oleg Varn"]), "{release}");
}

/// One sitting told as "held talks" by one outlet and as "three hours of talks" by another, and
/// one strike claimed by "Moscow" in one and by "Russian drones" and "Russia's Defence Ministry"
/// in the other, who count its injured differently (tests/talks_corpus/, articles written for
/// this test).
#[test]
fn talks_and_a_strike_told_in_other_words_are_one_event_each() {
    let (_dir, db) = build_corpus("talks_corpus");
    let db = db.as_str();
    let all = json(&["events", "--db", db, "--format", "json"]);
    let events = all.as_array().unwrap();
    let of = |kinds: &[&str]| -> Vec<&Value> {
        events.iter().filter(|e| kinds.contains(&e["type"].as_str().unwrap())).collect()
    };
    // The talks: both outlets, who spoke "after ... talks with Marsh" took part; "the meeting
    // had been useful" is the talks, and the meeting it is "too early" to date is none.
    let talks = of(&["meeting", "negotiation"]);
    assert_eq!(talks.len(), 1, "{:?}", by_date(&all));
    assert_eq!(talks[0]["date"], "2025-03-11");
    assert_eq!(talks[0]["sources"].as_array().unwrap().len(), 2, "{}", talks[0]);
    for who in ["Ardan Volkov", "Lena Marsh"] {
        assert!(talks[0]["participants"].as_array().unwrap().iter().any(|p| p == who));
    }
    // The strike: a capital acting is its country.
    let strikes = of(&["military_strike"]);
    assert_eq!(strikes.len(), 1, "{:?}", by_date(&all));
    assert_eq!(strikes[0]["sources"].as_array().unwrap().len(), 2, "{}", strikes[0]);
    assert_eq!(strikes[0]["participants"][0], "Russia", "{}", strikes[0]);
    // "had injured three workers" in one, "two workers were injured" in the sentence after the
    // strike in the other: the outlets disagree on a number.
    let injured = strikes[0]["discrepancies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["field"] == "people injured")
        .unwrap_or_else(|| panic!("no injured discrepancy: {}", strikes[0]));
    let mut values: Vec<u64> = injured["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["value"].as_u64().unwrap())
        .collect();
    values.sort();
    assert_eq!(values, [2, 3], "{injured}");
    assert_eq!(strikes[0]["figures"][0]["min"], 2, "{}", strikes[0]);
    // "had spoken by telephone with Varnia's President Teodor Hale": a call with him.
    let calls = of(&["phone_call"]);
    assert_eq!(calls.len(), 1, "{:?}", by_date(&all));
    assert_eq!(calls[0]["participants"], serde_json::json!(["Lena Marsh", "Teodor Hale"]));
    // "is preparing a new package of sanctions" is a plan.
    assert!(of(&["sanctions"]).is_empty(), "{:?}", by_date(&all));
}

#[test]
fn weekend_talks_and_a_call_with_an_invitation_join_across_outlets() {
    // tests/trade_corpus: the Alder Post names one side of weekend talks and is merged first;
    // the Birch Ledger names both and their days. A call told by both, one through what was
    // done during it ("invited ... during a phone call on Thursday"), with "the call" and "a
    // very good phone call" after it referring back.
    let (_dir, db) = build_corpus("trade_corpus");
    let db = db.as_str();
    let all = json(&["events", "--db", db, "--format", "json"]);
    let events = all.as_array().unwrap();
    let of = |kinds: &[&str]| -> Vec<&Value> {
        events.iter().filter(|e| kinds.contains(&e["type"].as_str().unwrap())).collect()
    };
    let names = sorted_participants;
    let talks = of(&["meeting", "negotiation"]);
    assert_eq!(talks.len(), 1, "{:?}", by_date(&all));
    assert_eq!(talks[0]["sources"].as_array().unwrap().len(), 2, "{}", talks[0]);
    // ("held talks in Velburg on Saturday and Sunday": both days.)
    assert_eq!(talks[0]["date"], "2025-05-10/2025-05-11", "{}", talks[0]);
    assert_eq!(names(talks[0]), ["Ardan Volkov", "Lena Marsh"]);
    let calls = of(&["phone_call"]);
    assert_eq!(calls.len(), 1, "{:?}", by_date(&all));
    assert_eq!(calls[0]["sources"].as_array().unwrap().len(), 2, "{}", calls[0]);
    assert_eq!(calls[0]["date"], "2025-06-05");
    assert_eq!(names(calls[0]), ["Lena Marsh", "Teodor Hale"]);
    // "since January 17, when they discussed fishing rights" is another call's topic.
    let topics = calls[0]["topics"].to_string();
    assert!(!topics.contains("fishing"), "{topics}");
    // Agreeing durations ("about an hour and a half", "90 minutes") are no discrepancy.
    assert!(calls[0]["discrepancies"].as_array().unwrap().is_empty(), "{}", calls[0]);
    let invitations = of(&["invitation"]);
    assert_eq!(invitations.len(), 1, "{:?}", by_date(&all));
    assert_eq!(invitations[0]["date"], "2025-06-05", "{}", invitations[0]);
    assert_eq!(invitations[0]["sources"].as_array().unwrap().len(), 2);
}

#[test]
fn states_and_their_people_tell_one_event_and_other_ministers_another() {
    let (_dir, db) = build_corpus("states_corpus");
    let db = db.as_str();
    let all = json(&["events", "--db", db, "--format", "json"]);
    let events = all.as_array().unwrap();
    let has = |e: &Value, who: &str| e["participants"].as_array().unwrap().iter().any(|p| p == who);
    let of = |kinds: &[&str]| -> Vec<&Value> {
        events.iter().filter(|e| kinds.contains(&e["type"].as_str().unwrap())).collect()
    };
    // "Norway and Sweden held talks in Bergen" and the foreign ministers' talks in Bergen that
    // day are one event; the defence ministers' meeting in Oslo stays apart.
    let talks = of(&["meeting", "negotiation"]);
    assert_eq!(talks.len(), 2, "{:?}", by_date(&all));
    let bergen = talks.iter().find(|e| has(e, "Ardan Volkov")).expect("the Bergen talks");
    assert_eq!(bergen["sources"].as_array().unwrap().len(), 2, "{bergen}");
    assert!(has(bergen, "Norway") && has(bergen, "Sweden") && has(bergen, "Lena Marsh"));
    assert!(!has(bergen, "Tomas Holm"), "{bergen}");
    let reason = bergen["sources"][1]["reason"].as_str().unwrap_or_default();
    assert!(reason.contains("the states Norway, Sweden"), "{bergen}");
    let oslo = talks.iter().find(|e| has(e, "Tomas Holm")).expect("the Oslo meeting");
    assert_eq!(oslo["sources"].as_array().unwrap().len(), 1, "{oslo}");
    // "Minsk and Vilnius swapped prisoners on Friday, March 21" and "a day after Belarusian
    // President Alexander Lukashenko freed them in a prisoner swap with Lithuania" (told on
    // Saturday): one exchange between the two states, on the Friday.
    let swaps = of(&["prisoner_exchange"]);
    assert_eq!(swaps.len(), 1, "{:?}", by_date(&all));
    assert_eq!(swaps[0]["date"], "2025-03-21", "{}", swaps[0]);
    assert_eq!(swaps[0]["sources"].as_array().unwrap().len(), 2, "{}", swaps[0]);
    let summary = swaps[0]["summary"].as_str().unwrap();
    assert!(summary.starts_with("Prisoner exchange between Belarus and Lithuania"), "{summary}");
    // "Four Lithuanian citizens" is no one's name.
    assert!(events.iter().all(|e| !has(e, "Four Lithuanian")), "{:?}", by_date(&all));
}

/// One article telling a three-way meeting and "a separate bilateral meeting" the same day
/// keeps two events in the store: merging does not join what the article told apart (an
/// article written for this test).
#[test]
fn a_separate_meeting_stays_apart_in_the_store() {
    let (_dir, db) = build_one(
        "Leaders Meet in Varnby\n\nPresident Ilham Aliyev met President Donald Trump and Prime \
         Minister Nikol Pashinyan in Varnby on August 8. Aliyev and Trump held a separate \
         bilateral meeting that lasted about an hour, the press service said.\n",
        "2025-08-09",
    );
    let db = db.as_str();
    let all = json(&["events", "--db", db, "--format", "json"]);
    let meetings: Vec<&Value> =
        all.as_array().unwrap().iter().filter(|e| e["type"] == "meeting").collect();
    assert_eq!(meetings.len(), 2, "{meetings:#?}");
}

/// One article that counts 14 freed on Saturday and 16 pardoned the week before tells two
/// releases, and the store keeps the second apart, though their days can agree.
#[test]
fn two_releases_one_article_counts_apart_stay_apart_in_the_store() {
    let (_dir, db) = build_one(
        "Prisoners Freed\n\nMinister Tomas Varga on Monday welcomed the release of 14 prisoners \
         by Belarus.\n\nAmong those freed on Saturday was Ales Karpovich, who had been held in \
         solitary confinement.\n\nAlexander Lukashenko pardoned 16 prisoners last week as \
         well, the rights group Viasna said.\n",
        "2025-06-23",
    );
    let db = db.as_str();
    let all = json(&["events", "--db", db, "--format", "json"]);
    let releases: Vec<&Value> =
        all.as_array().unwrap().iter().filter(|e| e["type"] == "prisoner_release").collect();
    let pardoned: Vec<&&Value> =
        releases.iter().filter(|e| e["summary"].as_str().unwrap().contains("16")).collect();
    assert_eq!(pardoned.len(), 1, "{releases:#?}");
    assert_eq!(pardoned[0]["sources"].as_array().unwrap().len(), 1, "{releases:#?}");
    assert_eq!(pardoned[0]["date"], "2025-06");
}

/// A minister's reaction read first ("welcomed the release of 14 political prisoners by
/// Belarus", told undated) and the release told with its day by another outlet, read after it:
/// one release, two sources (tests/reaction_corpus/).
#[test]
fn a_reaction_read_before_the_news_joins_it() {
    let dir = tempfile::tempdir().unwrap();
    let input = root().join("tests/reaction_corpus");
    let db = dir.path().join("r.db");
    let db = db.to_str().unwrap();
    build(input.to_str().unwrap(), db);
    let all = json(&["events", "--db", db, "--format", "json"]);
    let releases: Vec<&Value> =
        all.as_array().unwrap().iter().filter(|e| e["type"] == "prisoner_release").collect();
    assert_eq!(releases.len(), 1, "{:?}", by_date(&all));
    assert_eq!(releases[0]["date"], "2025-06-21", "{}", releases[0]);
    assert_eq!(releases[0]["sources"].as_array().unwrap().len(), 2, "{}", releases[0]);
}

/// "Ardan Volkov and Lena Marsh signed a fisheries agreement" in one outlet and "Norway and
/// Sweden signed an agreement" in another are one agreement: the two are the states' ministers
/// by the titles a third article gives them (articles written for this test).
#[test]
fn people_stand_for_the_states_their_titles_elsewhere_give() {
    let (_dir, db) = build_corpus("titles_corpus");
    let db = db.as_str();
    let all = json(&["events", "--db", db, "--format", "json"]);
    let agreements: Vec<&Value> =
        all.as_array().unwrap().iter().filter(|e| e["type"] == "agreement").collect();
    assert_eq!(agreements.len(), 1, "{:?}", by_date(&all));
    assert_eq!(agreements[0]["sources"].as_array().unwrap().len(), 2, "{}", agreements[0]);
    assert_eq!(agreements[0]["date"], "2025-03-21", "{}", agreements[0]);
}

/// The Markdown report of a store built in `dir` from `article`.
fn report_md(dir: &tempfile::TempDir, article: &std::path::Path) -> String {
    let db = dir.path().join("r.db");
    let db = db.to_str().unwrap();
    build(article.to_str().unwrap(), db);
    let md = dir.path().join("r.md");
    let out = dossier(&["report", "--db", db, "-o", md.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    fs::read_to_string(md).unwrap()
}

#[test]
fn the_report_heads_an_undated_event_as_undated() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    fs::write(
        &article,
        "Ministry counts returns\n\nThe Norwegian Defence Ministry said 880 servicemen had been \
         returned to Norway over the three days.\n",
    )
    .unwrap();
    let md = report_md(&dir, &article);
    assert!(md.contains("### undated "), "{md}");
    assert!(!md.contains("###  "), "{md}");
}

#[test]
fn the_report_marks_a_date_that_is_only_the_day_of_publication() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.jsonl");
    fs::write(
        &article,
        "{\"id\":\"a\",\"published\":\"2025-08-09\",\"title\":\"Accords\",\"text\":\"Accords\\n\\n\
         Norway and Sweden signed an accord in Oslo on Friday.\\n\\nThe foreign ministers, Ardan \
         Volkov and Teodor Hale, initialed the text of a treaty.\\n\"}\n",
    )
    .unwrap();
    let md = report_md(&dir, &article);
    assert!(md.contains("- **2025-08-08** "), "{md}");
    assert!(md.contains("- **2025-08-09 (published)** "), "{md}");
    assert!(md.contains("Dates marked (published)"), "{md}");
}

/// Talks over a weekend told by their first day by one outlet and by their second by another:
/// one sitting, both days shown as what the sources say (articles written for this test).
#[test]
fn talks_of_two_days_told_by_either_day_are_one_event() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.jsonl");
    fs::write(
        &article,
        "{\"id\":\"a\",\"outlet\":\"One\",\"published\":\"2025-05-12\",\"title\":\"Talks end\",\
         \"text\":\"Talks end\\n\\nArdan Volkov and Teodor Hale held talks in Bergen on Saturday \
         and Sunday.\\n\"}\n\
         {\"id\":\"b\",\"outlet\":\"Two\",\"published\":\"2025-05-11\",\"title\":\"Talks go on\",\
         \"text\":\"Talks go on\\n\\nArdan Volkov and Teodor Hale resumed talks in Bergen on \
         Sunday after ten hours of negotiations the day before.\\n\"}\n",
    )
    .unwrap();
    let db = dir.path().join("r.db");
    let db = db.to_str().unwrap();
    build(article.to_str().unwrap(), db);
    let all = json(&["events", "--db", db, "--format", "json"]);
    let talks = all.as_array().unwrap();
    assert_eq!(talks.len(), 1, "{:?}", by_date(&all));
    assert_eq!(talks[0]["sources"].as_array().unwrap().len(), 2, "{}", talks[0]);
}

/// tests/summit_corpus: a summit told by its host's days ("ran from June 15 to 17") and by the
/// leaders who spoke there ("said at the Group of Nine summit"), a pact signed "before leaving",
/// a meeting that "did not take place" and "the president" of one article.
#[test]
fn a_summit_told_by_its_days_and_by_its_guests_is_one_event() {
    let (_dir, db) = build_corpus("summit_corpus");
    let db = db.as_str();
    let all = json(&["events", "--db", db, "--format", "json"]);
    let events = all.as_array().unwrap();
    let has = |e: &Value, who: &str| e["participants"].as_array().unwrap().iter().any(|p| p == who);
    let summit: Vec<&Value> =
        events.iter().filter(|e| e["type"] == "meeting" && e["place"] == "Tarvik").collect();
    assert_eq!(summit.len(), 1, "{:?}", by_date(&all));
    assert_eq!(summit[0]["date"], "2025-06-15/2025-06-17", "{}", summit[0]);
    assert_eq!(summit[0]["sources"].as_array().unwrap().len(), 2, "{}", summit[0]);
    // Signed on the Monday he left, told by both.
    let pact: Vec<&Value> = events.iter().filter(|e| e["type"] == "agreement").collect();
    assert_eq!(pact.len(), 1, "{:?}", by_date(&all));
    assert_eq!(pact[0]["date"], "2025-06-16", "{}", pact[0]);
    assert_eq!(pact[0]["sources"].as_array().unwrap().len(), 2, "{}", pact[0]);
    // "The president also held talks with Ines Roth": Volkov's.
    let talks = events.iter().find(|e| e["date"] == "2025-06-16" && has(e, "Ines Roth"));
    let talks = talks.unwrap_or_else(|| panic!("{:?}", by_date(&all)));
    assert!(has(talks, "Ardan Volkov"), "{talks}");
    // The meeting planned for Tuesday never took place.
    let tuesday = events.iter().filter(|e| has(e, "Ardan Volkov") && e["date"] == "2025-06-17");
    assert_eq!(tuesday.count(), 0, "{:?}", by_date(&all));
}

/// tests/said_day_corpus: a summit told on its day ("met in Tarvik on Friday"), by the day a
/// presidency said it had been held ("said on Saturday that the talks ... had been held") and by
/// the day of what came after it ("briefed Ostrova by phone on Saturday after his summit").
#[test]
fn a_summit_told_by_the_day_it_was_said_to_have_happened_keeps_its_own_day() {
    let (_dir, db) = build_corpus("said_day_corpus");
    let all = json(&["events", "--db", db.as_str(), "--format", "json"]);
    let events = all.as_array().unwrap();
    let summit: Vec<&Value> = events
        .iter()
        .filter(|e| matches!(e["type"].as_str(), Some("meeting" | "negotiation")))
        .collect();
    assert_eq!(summit.len(), 1, "{:?}", by_date(&all));
    assert_eq!(summit[0]["date"], "2025-09-12", "{}", summit[0]);
    assert_eq!(summit[0]["sources"].as_array().unwrap().len(), 3, "{}", summit[0]);
    // The days said after it are no other date for it.
    assert_eq!(summit[0]["discrepancies"], serde_json::json!([]), "{}", summit[0]);
    // The call after it keeps its day.
    let call = events.iter().find(|e| e["type"] == "phone_call").expect("the call");
    assert_eq!(call["date"], "2025-09-13", "{call}");
}

/// tests/parade_corpus: talks told by one outlet, and by another beside the parade its host
/// showed both leaders ("hosted X and Y at the parade ... X and Y later spoke for 120
/// minutes"); one leader's name spelled "Ri Song Chol" and "Ri Song-chol".
#[test]
fn talks_join_the_article_account_of_the_same_people_not_the_parade_beside_them() {
    let (_dir, db) = build_corpus("parade_corpus");
    let db = db.as_str();
    let all = json(&["events", "--db", db, "--format", "json"]);
    let events = all.as_array().unwrap();
    let people = sorted_participants;
    let meetings: Vec<&Value> = events.iter().filter(|e| e["type"] == "meeting").collect();
    let talks = meetings
        .iter()
        .find(|e| people(e) == ["Ardan Volkov", "Ri Song Chol"])
        .unwrap_or_else(|| panic!("{:?}", by_date(&all)));
    assert_eq!(talks["sources"].as_array().unwrap().len(), 2, "{talks}");
    let parade = meetings
        .iter()
        .find(|e| people(e).len() == 3)
        .unwrap_or_else(|| panic!("{:?}", by_date(&all)));
    assert_eq!(parade["sources"].as_array().unwrap().len(), 1, "{parade}");
    let ri = json(&["entities", "--db", db, "--name", "Ri Song-chol", "--format", "json"]);
    let ri = ri.as_array().map_or(&ri, |a| &a[0]);
    assert_eq!(ri["name"], "Ri Song Chol", "{ri}");
}
