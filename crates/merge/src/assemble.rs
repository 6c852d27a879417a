//! Events as views show them: assembled from their stored sources, with names as the corpus
//! knows them now, consensus values, and the discrepancies between sources.

use std::collections::HashMap;

use dossier_store::{EventRowQuery, SourceRow, Store, StoreError};
use serde::Serialize;

use crate::Account;

/// What `dossier events` and `dossier timeline` ask for.
#[derive(Debug, Clone, Default)]
pub struct EventQuery {
    pub id: Option<String>,
    /// Only events with this participant (any of the entity's names).
    pub entity: Option<String>,
    /// Only this type.
    pub kind: Option<String>,
    /// Only events dated from / to these ISO dates (any precision, inclusive).
    pub from: Option<String>,
    pub to: Option<String>,
    pub limit: Option<usize>,
    /// Events to skip first (for pages).
    pub offset: usize,
}

/// One value a source gives for a field where sources disagree.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Value {
    pub doc: String,
    pub value: serde_json::Value,
    /// The words the source used, when there are some.
    pub text: Option<String>,
}

/// A field on which the sources of an event disagree.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Discrepancy {
    /// `date`, `duration_minutes`, `participants`, `place` or `number`.
    pub field: String,
    pub values: Vec<Value>,
}

/// A measure of an event as its sources give it: `min` and `max` differ where they disagree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FigureRange {
    pub what: String,
    pub min: u32,
    pub max: u32,
}

/// One outlet's account of an event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Source {
    pub doc: String,
    pub outlet: Option<String>,
    pub published: Option<String>,
    /// The sentence that tells of it, and its offsets in the cleaned text.
    pub sentence: String,
    pub sentence_start: usize,
    pub sentence_end: usize,
    /// The trigger's offsets.
    pub start: usize,
    pub end: usize,
    pub trigger: String,
    pub date: Option<String>,
    pub date_source: Option<String>,
    pub date_text: Option<String>,
    pub duration_minutes: Option<[u32; 2]>,
    pub duration_text: Option<String>,
    pub participants: Vec<String>,
    pub place: Option<String>,
    /// What this source counts of it besides its people.
    pub figures: Vec<crate::FigureText>,
    /// Why this source was joined to the event (null for the first).
    pub reason: Option<String>,
    /// The quotes of this source that describe the event.
    pub quotes: Vec<crate::QuoteRef>,
}

/// A merged event (JSON keys as in DESIGN.md, plus `summary`, `outlets`, `place` and
/// `discrepancy`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub cameo: String,
    pub date: Option<String>,
    pub date_source: Option<String>,
    pub participants: Vec<String>,
    pub duration_minutes: Option<[u32; 2]>,
    pub topics: Vec<String>,
    pub briefed_by: Vec<String>,
    pub place: Option<String>,
    /// How many people it concerned, as the first source counting them says.
    pub count: Option<u32>,
    /// What the sources count of it besides its people, each measure with the lowest and
    /// highest number given ("people injured" 2 to 3).
    pub figures: Vec<FigureRange>,
    /// The participants who did it to the others ("released by", "imposed by").
    pub agents: Vec<String>,
    pub summary: String,
    pub outlets: Vec<String>,
    /// Whether the sources disagree on anything.
    pub discrepancy: bool,
    pub sources: Vec<Source>,
    pub discrepancies: Vec<Discrepancy>,
}

/// The stored events that match `q`, assembled, by date (undated last).
pub fn events(store: &Store, q: &EventQuery) -> Result<Vec<Event>, StoreError> {
    let entity_ids = match &q.entity {
        Some(name) => Some(entity_ids_spelled(store, name)?),
        None => None,
    };
    let rows = store.event_rows(&EventRowQuery {
        id: q.id.clone(),
        kind: q.kind.clone(),
        entity_ids,
        from: q.from.clone(),
        to: q.to.clone(),
        limit: q.limit,
        offset: q.offset,
    })?;
    let mut names: HashMap<String, Option<String>> = HashMap::new();
    let mut out = Vec::new();
    for (row, sources) in rows {
        let mut accounts = Vec::with_capacity(sources.len());
        for s in &sources {
            let mut a: Account = serde_json::from_str(&s.data).map_err(StoreError::Json)?;
            if a.sentence.is_empty() {
                a.sentence =
                    store.doc_slice(&s.doc, a.sentence_start, a.sentence_end)?.unwrap_or_default();
            }
            for q in &mut a.quotes {
                if q.text.is_empty() {
                    q.text = store.quote_text(&s.doc, q.start, q.end)?.unwrap_or_default();
                }
            }
            for n in a.participants.iter().chain(&a.briefed_by) {
                if let Some(id) = &n.entity {
                    if !names.contains_key(id) {
                        let found = store.entity_names(std::slice::from_ref(id))?;
                        names.insert(id.clone(), found.into_iter().next().flatten().map(|x| x.0));
                    }
                }
            }
            accounts.push(a);
        }
        let name_of = |n: &crate::Named| -> String {
            n.entity
                .as_ref()
                .and_then(|id| names.get(id).cloned().flatten())
                .unwrap_or_else(|| n.name.clone())
        };
        out.push(assemble(row.id, row.kind, row.cameo, &sources, &accounts, &name_of));
    }
    Ok(out)
}

/// The entities a name looked up is a name of: as written (any alias), else written another
/// way ("Zelensky" for "Zelenskiy", "Kiev" for "Kyiv"; see
/// [`dossier_resolve::text::spelled_alike`]).
pub fn entity_ids_spelled(store: &Store, name: &str) -> Result<Vec<String>, StoreError> {
    let ids = store.entity_ids_named(name)?;
    if !ids.is_empty() {
        return Ok(ids);
    }
    let mut ids: Vec<String> = store
        .entity_aliases()?
        .into_iter()
        .filter(|(_, alias)| dossier_resolve::text::spelled_alike(name, alias))
        .map(|(id, _)| id)
        .collect();
    ids.sort();
    ids.dedup();
    Ok(ids)
}

/// People a summary names at most.
const MAX_PEOPLE: usize = 6;
fn assemble(
    id: String,
    kind: String,
    cameo: String,
    rows: &[SourceRow],
    accounts: &[Account],
    name_of: &dyn Fn(&crate::Named) -> String,
) -> Event {
    let mut text_dates: Vec<(String, u32)> = Vec::new();
    // (Less the days it was only said to have happened by, which give way to the others.)
    let mut firm_dates: Vec<(String, u32)> = Vec::new();
    let mut published: Option<String> = None;
    for a in accounts {
        match (&a.date, a.date_source.as_deref()) {
            (Some(d), Some("text")) => {
                crate::bump(&mut text_dates, d);
                if !a.said_date {
                    crate::bump(&mut firm_dates, d);
                }
            }
            (Some(d), _) if published.as_ref().is_none_or(|p| d < p) => published = Some(d.clone()),
            _ => {}
        }
    }
    let stated = crate::stated_date(&firm_dates, &text_dates);
    let (date, date_source) = match stated.map(str::to_string) {
        Some(d) => (Some(d), Some("text".to_string())),
        None => match published {
            Some(p) => (Some(p), Some("published".to_string())),
            None => (None, None),
        },
    };
    // Participants by how many sources name them.
    let mut counts: Vec<(String, u32, bool)> = Vec::new();
    let per_source: Vec<Vec<(String, bool)>> = accounts
        .iter()
        .map(|a| {
            let mut v: Vec<(String, bool)> = Vec::new();
            for n in &a.participants {
                let name = name_of(n);
                if !v.iter().any(|(x, _)| *x == name) {
                    v.push((name, n.is_person()));
                }
            }
            v
        })
        .collect();
    for v in &per_source {
        for (n, per) in v {
            match counts.iter_mut().find(|(x, _, _)| x == n) {
                Some(c) => c.1 += 1,
                None => counts.push((n.clone(), 1, *per)),
            }
        }
    }
    counts.sort_by(|a, b| b.2.cmp(&a.2).then(b.1.cmp(&a.1)));
    let participants: Vec<String> = counts.iter().map(|c| c.0.clone()).collect();
    let mut agents: Vec<String> = Vec::new();
    for a in accounts {
        for n in a.participants.iter().filter(|n| n.agent) {
            let name = name_of(n);
            if !agents.contains(&name) {
                agents.push(name);
            }
        }
    }
    let mut briefed_by: Vec<String> = Vec::new();
    let mut topics: Vec<String> = Vec::new();
    let mut place: Option<String> = None;
    // "Putin called the sanctions an unfriendly act": the leader of the state an act was done
    // to answers for it; he does not brief on it.
    let done_to = |side: &str| {
        accounts.iter().flat_map(|a| &a.participants).any(|p| !p.agent && p.name == side)
    };
    for a in accounts {
        for b in &a.briefed_by {
            let n = name_of(b);
            if b.side.as_deref().is_some_and(done_to) {
                continue;
            }
            if !briefed_by.contains(&n) && !participants.contains(&n) {
                briefed_by.push(n);
            }
        }
        for t in &a.topics {
            if topics.len() < 16 && !topics.iter().any(|x| x.eq_ignore_ascii_case(t)) {
                topics.push(t.clone());
            }
        }
        if place.is_none() {
            place.clone_from(&a.place);
        }
    }
    // The finer of two places one holds the other: "Muscat" over "Oman".
    if let Some(finer) = accounts
        .iter()
        .filter_map(|a| a.place.as_deref())
        .find(|p| accounts.iter().filter_map(|a| a.place.as_deref()).any(|q| holds(q, p)))
    {
        place = Some(finer.to_string());
    }
    let durations: Vec<[u32; 2]> = accounts.iter().filter_map(|a| a.duration_minutes).collect();
    // The range every source's duration allows: `Some(None)` when there is none.
    let common: Option<Option<[u32; 2]>> = durations.first().map(|first| {
        durations.iter().skip(1).try_fold(*first, |acc, d| {
            let (lo, hi) = (acc[0].max(d[0]), acc[1].min(d[1]));
            (lo <= hi).then_some([lo, hi])
        })
    });
    let duration_minutes = match common {
        Some(Some(r)) => Some(r),
        // Sources disagree: the first source's figure, the rest in `discrepancies`.
        _ => durations.first().copied(),
    };
    let mut discrepancies = Vec::new();
    // Dates: stated dates that cannot name the same day as the consensus (a day it was said
    // to have happened by, in the days after it, can).
    // ("overnight", dated by the day the night began, and "Tuesday's attack" the morning
    // after tell one night: no disagreement.)
    let night_of = |x: &str, y: &str| {
        let (Some(m), Some(n)) = (crate::days::day_number(x), crate::days::day_number(y)) else {
            return false;
        };
        let first = if m < n { x } else { y };
        (m - n).abs() == 1
            && accounts.iter().any(|b| {
                b.date.as_deref() == Some(first)
                    && b.date_text.as_deref().is_some_and(|t| {
                        let t = t.to_ascii_lowercase();
                        t == "overnight" || t.ends_with(" night")
                    })
            })
    };
    if let (Some(d), Some("text")) = (&date, date_source.as_deref()) {
        let off = accounts.iter().any(|a| {
            a.date_source.as_deref() == Some("text")
                && a.date.as_ref().is_some_and(|x| {
                    !(crate::days::overlap(x, d)
                        || a.said_date && crate::within(d, x)
                        || night_of(x, d))
                })
        });
        if off {
            discrepancies.push(Discrepancy {
                field: "date".into(),
                values: rows
                    .iter()
                    .zip(accounts)
                    .filter(|(_, a)| a.date_source.as_deref() == Some("text"))
                    .map(|(r, a)| Value {
                        doc: r.doc.clone(),
                        value: serde_json::json!(a.date),
                        text: a.date_text.clone(),
                    })
                    .collect(),
            });
        }
    }
    if durations.len() >= 2 && matches!(common, Some(None)) {
        discrepancies.push(Discrepancy {
            field: "duration_minutes".into(),
            values: rows
                .iter()
                .zip(accounts)
                .filter(|(_, a)| a.duration_minutes.is_some())
                .map(|(r, a)| Value {
                    doc: r.doc.clone(),
                    value: serde_json::json!(a.duration_minutes),
                    text: a.duration_text.clone(),
                })
                .collect(),
        });
    }
    // Participants: a person some sources name as taking part and another source, naming two or
    // more people, leaves out.
    let full: Vec<usize> = (0..accounts.len())
        .filter(|&i| per_source[i].iter().filter(|p| p.1).count() >= 2)
        .collect();
    let disputed = full.len() >= 2
        && counts.iter().any(|(n, _, per)| {
            *per && full.iter().any(|&i| per_source[i].iter().any(|(x, _)| x == n))
                && full.iter().any(|&i| !per_source[i].iter().any(|(x, _)| x == n))
        });
    if disputed {
        discrepancies.push(Discrepancy {
            field: "participants".into(),
            values: full
                .iter()
                .map(|&i| Value {
                    doc: rows[i].doc.clone(),
                    value: serde_json::json!(per_source[i]
                        .iter()
                        .filter(|p| p.1)
                        .map(|p| p.0.clone())
                        .collect::<Vec<_>>()),
                    text: Some(accounts[i].sentence.clone()),
                })
                .collect(),
        });
    }
    // Numbers: sources counting the people concerned differently ("12" against "ten"; "more
    // than 150" and "152" agree).
    // In an exchange each side counts its own people: "released 10 Americans in exchange for
    // 252 Venezuelans" and "delivered 252 Venezuelans" agree, a count that another account's
    // sentence gives too is no disagreement.
    let explained = |i: usize, c: u32| {
        kind == "prisoner_exchange"
            && accounts
                .iter()
                .enumerate()
                .any(|(j, b)| j != i && b.count != Some(c) && mentions_number(&b.sentence, c))
    };
    // (A release told as part of the exchange by the nationality of those freed, "eight
    // Russians freed in the exchange", counts one side's people only; "Azerbaijan released four
    // Armenian detainees" counts what the exchange's accounts count.)
    let nationals = |t: &str| {
        let last = t.rsplit(' ').next().unwrap_or_default();
        last.strip_suffix('s')
            .is_some_and(|one| dossier_resolve::lang::lang().country_of_demonym(one).is_some())
    };
    let one_side = |a: &Account| {
        kind == "prisoner_exchange"
            && a.kind == "prisoner_release"
            && a.count_text.as_deref().is_some_and(nationals)
    };
    let compared: Vec<bool> = accounts
        .iter()
        .enumerate()
        .map(|(i, a)| a.count.is_some_and(|c| !explained(i, c)) && !one_side(a))
        .collect();
    let counted = || accounts.iter().zip(&compared).filter(|x| *x.1).map(|x| x.0);
    // (An exchange counted by side and in all, "146 prisoners of war each" or "146 Russian
    // servicemen were returned" against "an exchange of 292 captives", is one count: a number
    // another account doubles stands for both sides.)
    let doubled: Vec<u32> = counted().filter_map(|a| a.count).collect();
    let whole = |c: u32| {
        if kind == "prisoner_exchange" && doubled.contains(&c.saturating_mul(2)) {
            (c.saturating_mul(2), 2)
        } else {
            (c, 1)
        }
    };
    let counts_given: Vec<u32> = counted().filter_map(|a| a.count).map(|c| whole(c).0).collect();
    // (Counts stated for different days of an event over several, "307 on Saturday" and "303
    // more on Sunday" of a three-day swap, are its stages, not two counts of one thing.)
    let mut days: Vec<&str> = counted()
        .filter(|a| a.date_source.as_deref() == Some("text"))
        .filter_map(|a| a.date.as_deref().filter(|d| d.len() == 10))
        .collect();
    days.sort_unstable();
    days.dedup();
    let stages = days.len() >= 2;
    let count_bounds = counted().filter_map(|a| {
        let (c, times) = whole(a.count?);
        let (lo, hi) = bounds(c / times, a.count_text.as_deref().unwrap_or_default());
        Some((lo.saturating_mul(times.into()), hi.saturating_mul(times.into())))
    });
    if counts_given.iter().any(|c| *c != counts_given[0]) && disjoint(count_bounds) && !stages {
        discrepancies.push(Discrepancy {
            field: "number".into(),
            values: rows
                .iter()
                .zip(accounts)
                .zip(&compared)
                .filter(|x| *x.1)
                .map(|x| x.0)
                .map(|(r, a)| Value {
                    doc: r.doc.clone(),
                    value: serde_json::json!(a.count),
                    text: a.count_text.clone(),
                })
                .collect(),
        });
    }
    // Figures: each measure the sources count differently ("two workers were injured" against
    // "injured three workers").
    let mut figures: Vec<FigureRange> = Vec::new();
    for f in accounts.iter().flat_map(|a| &a.figures) {
        match figures.iter_mut().find(|x| x.what == f.what) {
            Some(x) => (x.min, x.max) = (x.min.min(f.value), x.max.max(f.value)),
            None => figures.push(FigureRange { what: f.what.clone(), min: f.value, max: f.value }),
        }
    }
    let told_apart = |what: &str| {
        disjoint(
            accounts
                .iter()
                .flat_map(|a| &a.figures)
                .filter(|f| f.what == what)
                .map(|f| bounds(f.value, &f.text)),
        )
    };
    for range in figures.iter().filter(|r| r.min != r.max && told_apart(&r.what)) {
        discrepancies.push(Discrepancy {
            field: range.what.clone(),
            values: rows
                .iter()
                .zip(accounts)
                .filter_map(|(r, a)| {
                    let f = a.figures.iter().find(|f| f.what == range.what)?;
                    Some(Value {
                        doc: r.doc.clone(),
                        value: serde_json::json!(f.value),
                        text: Some(f.text.clone()),
                    })
                })
                .collect(),
        });
    }
    let places: Vec<&str> = accounts.iter().filter_map(|a| a.place.as_deref()).collect();
    if places.iter().any(|p| places.iter().any(|q| !one_place_told_twice(p, q, &places))) {
        discrepancies.push(Discrepancy {
            field: "place".into(),
            values: rows
                .iter()
                .zip(accounts)
                .filter(|(_, a)| a.place.is_some())
                .map(|(r, a)| Value {
                    doc: r.doc.clone(),
                    value: serde_json::json!(a.place),
                    text: None,
                })
                .collect(),
        });
    }
    let mut outlets: Vec<String> = Vec::new();
    for r in rows {
        let o = r.outlet.clone().unwrap_or_else(|| r.doc.clone());
        if !outlets.contains(&o) {
            outlets.push(o);
        }
    }
    // People first (already sorted so); organisations and places when no person is named.
    // (Up to six: "Macron, Merz, Starmer and Tusk met Zelensky ... the five leaders spoke by
    // phone with Trump" leaves out no one who sat or called.)
    let people: Vec<&str> =
        counts.iter().filter(|c| c.2).take(MAX_PEOPLE).map(|c| c.0.as_str()).collect();
    let others: Vec<&str> = counts
        .iter()
        .filter(|c| !c.2)
        .take(if people.is_empty() { 4 } else { 3 })
        .map(|c| c.0.as_str())
        .collect();
    let agent_names: Vec<&str> = agents.iter().map(String::as_str).collect();
    // "Prisoner exchange between Russia and Ukraine on 2025-05-23 (390 prisoners; 1 source)":
    // how many were freed, as a range where the sources differ.
    // (Not for an exchange whose outlets count different sides: "10 Americans for 252".)
    let sides_counted =
        accounts.iter().zip(&compared).any(|(a, c)| a.count.is_some() && !c && !one_side(a));
    let mut shown = figures.clone();
    if kind.starts_with("prisoner_") && !sides_counted {
        if let (Some(&min), Some(&max)) = (counts_given.iter().min(), counts_given.iter().max()) {
            shown.insert(0, FigureRange { what: "prisoners".into(), min, max });
        }
    }
    let line = |names: &[&str], persons: bool| {
        let line = summary_line(
            &kind,
            names,
            &agent_names,
            persons,
            place.as_deref(),
            date.as_deref(),
            duration_minutes,
            &shown,
            accounts.len() as u32,
        );
        name_suspended(line, &kind, &topics)
    };
    // Outlets that tell it through different names of the same states (a capital, a leader,
    // the state): named by the states, the people after.
    // (A meeting where two people or more sat is named by them: "Meeting of Aliyev and
    // Pashinyan", their states after.)
    let states = crate::states_named(&kind, accounts, counts.len())
        .filter(|_| kind != "meeting" || people.len() < 2);
    let (mut summary, people, others) = match &states {
        Some(states) => {
            let states: Vec<&str> = states.iter().map(String::as_str).collect();
            let people: Vec<&str> =
                counts.iter().filter(|c| c.2).take(3).map(|c| c.0.as_str()).collect();
            (line(&states, false), Vec::new(), people)
        }
        // "Prisoner exchange between Germany and Russia — also named: Vadim Krasikov": the
        // sides of an exchange are the states; the people named were exchanged (or welcomed
        // them home). (A capital beside its state is the state.)
        None if kind == "prisoner_exchange" && others.len() >= 2 => {
            let all: Vec<&str> = counts.iter().filter(|c| !c.2).map(|c| c.0.as_str()).collect();
            let sides: Vec<&str> =
                all.iter().copied().filter(|o| !all.iter().any(|x| holds(x, o))).take(4).collect();
            (line(&sides, false), sides, people)
        }
        None if people.is_empty() => (line(&others, false), people, others),
        // "Trump and the leaders of Egypt, Qatar and Turkey signed a declaration": one person
        // of several parties is one of the parties, not the only one.
        None if people.len() == 1 && !others.is_empty() && crate::between_parties(&kind) => {
            let mut names = people.clone();
            names.extend(others.iter().take(3));
            (line(&names, true), people, Vec::new())
        }
        // "Talks between Russia and Ukraine, hosted by Hakan Fidan": one person beside two
        // states or more sat with them; the states are the sides, named first.
        None if people.len() == 1
            && others.len() >= 2
            && matches!(kind.as_str(), "meeting" | "negotiation") =>
        {
            let mut names: Vec<&str> = others.iter().take(3).copied().collect();
            names.extend(people.iter().copied());
            (line(&names, true), people, Vec::new())
        }
        // "Adel al-Jubeir visited New Delhi", "Rubio spoke with the European Commission": one
        // person and the one state or body they met or called are the two parties.
        None if people.len() == 1
            && others.len() == 1
            && !agent_names.contains(&others[0])
            && matches!(kind.as_str(), "meeting" | "negotiation" | "phone_call") =>
        {
            (line(&[people[0], others[0]], true), people, Vec::new())
        }
        None => (line(&people, true), people, others),
    };
    // (Whoever the summary names as doing it is not named again: "by Donald Trump and United
    // States", not "— also named: Donald Trump".)
    let others: Vec<&str> = others.into_iter().filter(|o| !agent_names.contains(o)).collect();
    if (!people.is_empty() || states.is_some()) && !others.is_empty() {
        summary.push_str(&format!(" — also named: {}", others.join(", ")));
    }
    let sources = rows
        .iter()
        .zip(accounts)
        .zip(&per_source)
        .map(|((r, a), ps)| Source {
            doc: r.doc.clone(),
            outlet: r.outlet.clone(),
            published: r.published.clone(),
            sentence: a.sentence.clone(),
            sentence_start: a.sentence_start,
            sentence_end: a.sentence_end,
            start: r.start,
            end: r.end,
            trigger: a.trigger.clone(),
            date: a.date.clone(),
            date_source: a.date_source.clone(),
            date_text: a.date_text.clone(),
            duration_minutes: a.duration_minutes,
            duration_text: a.duration_text.clone(),
            participants: ps.iter().map(|p| p.0.clone()).collect(),
            place: a.place.clone(),
            figures: a.figures.clone(),
            reason: (!r.reason.is_empty()).then(|| r.reason.clone()),
            quotes: a.quotes.clone(),
        })
        .collect();
    Event {
        id,
        kind,
        cameo,
        date,
        date_source,
        participants,
        duration_minutes,
        topics,
        briefed_by,
        place,
        count: counts_given.first().copied(),
        figures,
        agents,
        summary,
        outlets,
        discrepancy: !discrepancies.is_empty(),
        sources,
        discrepancies,
    }
}

/// Whether places `x` and `y` are one, or one holds the other, by the language data or by a
/// place written with its region in any of `all` (the places of one event's accounts): with
/// "Anchorage, Alaska" among them, "Anchorage" and "Alaska" do not disagree.
pub(crate) fn nested_places(x: &str, y: &str, all: &[&str]) -> bool {
    fn head(p: &str) -> &str {
        p.split_once(", ").map_or(p, |s| s.0)
    }
    let inside = |a: &str, b: &str| {
        all.iter()
            .filter_map(|p| p.split_once(", "))
            .any(|(city, region)| city == head(a) && (region == b || holds(b, region)))
    };
    x == y || head(x) == head(y) || holds(x, y) || holds(y, x) || inside(x, y) || inside(y, x)
}

/// Whether places `x` and `y` tell one event's place at two precisions: nested (see
/// [`nested_places`]), or a venue and a place it may lie in ("Mariinsky Palace" and "Kyiv").
/// For showing disagreement only: a venue is no evidence that two accounts tell one event.
fn one_place_told_twice(x: &str, y: &str, all: &[&str]) -> bool {
    nested_places(x, y, all) || is_venue(x) != is_venue(y)
}

/// Whether place `name` is a building or grounds (`venues.txt`, by its last word).
fn is_venue(name: &str) -> bool {
    static NAMES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let names = listed(&NAMES, include_str!("../../../resources/en/merge/venues.txt"));
    names.contains(&head_word(name))
}

/// The lines of a word list kept as data (blank lines and `#` comments left out), read once.
fn listed(
    cell: &'static std::sync::OnceLock<Vec<&'static str>>,
    text: &'static str,
) -> &'static [&'static str] {
    cell.get_or_init(|| {
        text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
    })
}

/// The last word of a place's name before any ", region".
fn head_word(name: &str) -> &str {
    let name = name.split_once(", ").map_or(name, |s| s.0);
    name.rsplit(' ').next().unwrap_or(name)
}

/// Whether place `outer` is the country of place `inner` ("Oman" holds "Muscat"), or a city of
/// the country whose seat of government `inner` is ("Moscow" holds "the Kremlin"), or the
/// region `inner` is written with ("Alaska" holds "Anchorage, Alaska").
pub(crate) fn holds(outer: &str, inner: &str) -> bool {
    if room_of(inner).is_some_and(|b| b == outer || holds(outer, b)) {
        return true;
    }
    if let Some((city, region)) = inner.split_once(", ") {
        return outer == region || holds(outer, region) || holds(outer, city);
    }
    let outer = outer.split_once(", ").map_or(outer, |s| s.0);
    let l = dossier_resolve::lang::lang();
    let seat = |x: &str| l.seats.contains(&dossier_resolve::lang::phrase_key(x));
    outer != inner
        && (l.country_acting(inner) == Some(outer)
            || seat(inner)
                && !seat(outer)
                && l.country_named(outer).is_none()
                && l.country_acting(outer).is_some()
                && l.country_acting(outer) == l.country_acting(inner))
}

/// The building room `name` is in (`rooms.txt`): "White House" for "Oval Office".
fn room_of(name: &str) -> Option<&'static str> {
    static ROOMS: std::sync::OnceLock<Vec<(&'static str, &'static str)>> =
        std::sync::OnceLock::new();
    let rooms = ROOMS.get_or_init(|| {
        include_str!("../../../resources/en/merge/rooms.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once(" | "))
            .map(|(r, b)| (r.trim(), b.trim()))
            .collect()
    });
    rooms.iter().find(|(r, _)| r.eq_ignore_ascii_case(name)).map(|(_, b)| *b)
}

/// Whether place `name` takes "the" in a sentence ("in the Oval Office", "in the Kremlin"):
/// listed whole or by its last word in `definite_places.txt`.
fn takes_the(name: &str) -> bool {
    static NAMES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let names = listed(&NAMES, include_str!("../../../resources/en/merge/definite_places.txt"));
    let last = name.rsplit(' ').next().unwrap_or(name);
    names.iter().any(|n| *n == name || *n == last)
}

/// The words that make a number a bound (`bounds.tsv`), lower case, with the bound each makes.
fn bound_words() -> &'static [(String, &'static str)] {
    static WORDS: std::sync::OnceLock<Vec<(String, &'static str)>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        include_str!("../../../resources/en/events/bounds.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let (w, b) = l.split_once('\t')?;
                let b = match b.trim() {
                    "min" => "min",
                    "max" => "max",
                    _ => "approx",
                };
                Some((w.trim().to_lowercase(), b))
            })
            .collect()
    })
}

/// The values a number told in `text` may stand for: "more than 300 drones" is 300 or more,
/// "nearly 40" 40 or less, "about 40" 36 to 44, a bare "309" itself.
fn bounds(value: u32, text: &str) -> (u64, u64) {
    let v = u64::from(value);
    let lower = text.to_lowercase();
    let words: Vec<&str> =
        lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let has = |phrase: &str| {
        let p: Vec<&str> = phrase.split_whitespace().collect();
        words.windows(p.len()).any(|w| w == p.as_slice())
    };
    match bound_words().iter().find(|(w, _)| has(w)).map(|(_, b)| *b) {
        Some("min") => (v, u64::MAX),
        Some("max") => (0, v),
        Some(_) => (v * 9 / 10, (v * 11).div_ceil(10)),
        None => (v, v),
    }
}

/// Whether no one value fits all the ranges (the sources disagree).
/// Whether `sentence` gives the number `n` in digits ("252", "1,100").
fn mentions_number(sentence: &str, n: u32) -> bool {
    sentence.split(|c: char| !(c.is_ascii_digit() || c == ',')).any(|w| {
        let w = w.trim_matches(',');
        !w.is_empty() && w.replace(',', "").parse::<u32>() == Ok(n)
    })
}

fn disjoint(ranges: impl Iterator<Item = (u64, u64)>) -> bool {
    let (lo, hi) = ranges.fold((0, u64::MAX), |(lo, hi), (a, b)| (lo.max(a), hi.min(b)));
    lo > hi
}

/// "Suspension of intelligence sharing by United States": a suspension's summary names what
/// it stopped when its accounts tell one thing (its topic, see the events stage's
/// `objects.tsv`).
pub(crate) fn name_suspended(line: String, kind: &str, topics: &[String]) -> String {
    match (kind, topics) {
        ("aid_suspension", [one]) => {
            line.replacen("Suspension of aid", &format!("Suspension of {one}"), 1)
        }
        _ => line,
    }
}

/// "Phone call between Vladimir Putin and Donald Trump on 2025-06-14 (50 min; 3 sources)".
///
/// `persons` says whether `names` are people: a release names who was freed, or, when only
/// countries or organisations are named and none is told to have freed them, the states
/// involved ("Release of prisoners involving Belarus"). `agents`, among
/// `names` or not, did it to the others: "Release of prisoners by Alexander Lukashenko",
/// "Sanctions by European Union on Iran". A meeting or negotiations name their place when the
/// sources give one ("Meeting of ... in Brussels").
#[allow(clippy::too_many_arguments)]
pub(crate) fn summary_line(
    kind: &str,
    names: &[&str],
    agents: &[&str],
    persons: bool,
    place: Option<&str>,
    date: Option<&str>,
    duration: Option<[u32; 2]>,
    figures: &[FigureRange],
    sources: u32,
) -> String {
    let list = |names: &[&str]| match names {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    };
    let who = list(names);
    // "by Russia and Ministry of Defence (Russia)" says the country twice: a national body
    // (named "Body (Country)" by the resolver) of a country that acts too is left out.
    // (So is a seat of government: "by United States and Pentagon".)
    let of_acting_country = |a: &&str| {
        a.strip_suffix(')')
            .and_then(|x| x.rsplit_once(" ("))
            .is_some_and(|(_, country)| agents.contains(&country))
            || dossier_resolve::lang::lang()
                .country_of_metonym(a)
                .is_some_and(|country| agents.contains(&country))
    };
    let acting: Vec<&str> = agents.iter().copied().filter(|a| !of_acting_country(a)).collect();
    let by = list(&acting);
    let mut rest: Vec<&str> = names.iter().copied().filter(|n| !agents.contains(n)).collect();
    // "Military strike by Russia on Kyiv": a country struck is said once, by the place in it
    // that was struck (not "on Kyiv and Ukraine").
    if kind == "military_strike" {
        let l = dossier_resolve::lang::lang();
        let covered: Vec<&str> = rest
            .iter()
            .filter(|n| l.country_named(n).is_none())
            .filter_map(|n| l.country_acting(n))
            .collect();
        rest.retain(|n| l.country_named(n).is_none_or(|c| !covered.contains(&c)));
    }
    let what = match kind {
        "prisoner_release" if !agents.is_empty() && rest.is_empty() => {
            format!("Release of prisoners by {by}")
        }
        // "Serbia released a Kosovo police officer": the state named beside the agent is where
        // those freed come from, not who was freed.
        "prisoner_release" if !agents.is_empty() && !persons => {
            format!("Release of prisoners from {} by {by}", list(&rest))
        }
        "prisoner_release" if !agents.is_empty() => format!("Release of {} by {by}", list(&rest)),
        "sanctions" if !agents.is_empty() && rest.is_empty() => format!("Sanctions by {by}"),
        "sanctions" if !agents.is_empty() => format!("Sanctions by {by} on {}", list(&rest)),
        "aid_suspension" if !agents.is_empty() && rest.is_empty() => {
            format!("Suspension of aid by {by}")
        }
        "aid_suspension" if !agents.is_empty() => {
            format!("Suspension of aid by {by} to {}", list(&rest))
        }
        "invitation" if !agents.is_empty() && !rest.is_empty() => {
            format!("Invitation by {by} to {}", list(&rest))
        }
        // One known party: the other is unnamed ("a phone call with von der Leyen").
        "phone_call" if names.len() == 1 => format!("Phone call with {who}"),
        "negotiation" if names.len() == 1 => format!("Negotiations with {who}"),
        // (A body's own gathering is its meeting: "Meeting of Group of Seven".)
        "meeting" if names.len() == 1 && persons => format!("Meeting with {who}"),
        "prisoner_exchange" | "agreement" if names.len() == 1 => {
            format!(
                "{} involving {who}",
                if kind == "agreement" { "Agreement" } else { "Prisoner exchange" }
            )
        }
        "phone_call" => format!("Phone call between {who}"),
        "meeting" => format!("Meeting of {who}"),
        "statement" => format!("Statement by {who}"),
        "offer_mediation" => format!("Offer of mediation by {who}"),
        "negotiation" => format!("Negotiations between {who}"),
        "prisoner_release" if persons || names.is_empty() => format!("Release of {who}"),
        // No one named as doing it ("residents of the Kursk region held in Ukraine were
        // returned home"): the places are where those freed were from or held.
        "prisoner_release" => format!("Release of prisoners involving {who}"),
        "prisoner_exchange" => format!("Prisoner exchange between {who}"),
        "military_strike" if !agents.is_empty() && rest.is_empty() => {
            format!("Military strike by {by}")
        }
        "military_strike" if !agents.is_empty() => {
            format!("Military strike by {by} on {}", list(&rest))
        }
        "military_strike" => format!("Military strike involving {who}"),
        "sanctions" => format!("Sanctions involving {who}"),
        "aid_suspension" => format!("Aid suspension involving {who}"),
        "invitation" => format!("Invitation involving {who}"),
        "agreement" => format!("Agreement between {who}"),
        other => format!("{other}: {who}"),
    };
    let mut s = what;
    if let Some(p) = place.filter(|_| matches!(kind, "meeting" | "negotiation")) {
        let the = if takes_the(p) { "the " } else { "" };
        s.push_str(&format!(" in {the}{p}"));
    }
    match date {
        // ("last week", a week across two months: between its first and last day.)
        Some(d) => match d.split_once('/') {
            Some((from, to)) => s.push_str(&format!(" between {from} and {to}")),
            // ("in 2019", "in 2025-10": a year or a month is a stretch, not a day.)
            None if d.len() < 10 => s.push_str(&format!(" in {d}")),
            None => s.push_str(&format!(" on {d}")),
        },
        None => s.push_str(" (undated)"),
    }
    let mut extra = Vec::new();
    if let Some([lo, hi]) = duration {
        extra.push(dossier_document::duration_text([lo, hi]));
    }
    for f in figures {
        extra.push(match f.min == f.max {
            true => format!("{} {}", f.min, f.what),
            false => format!("{}–{} {}", f.min, f.max, f.what),
        });
    }
    extra.push(format!("{sources} source{}", if sources == 1 { "" } else { "s" }));
    s.push_str(&format!(" ({})", extra.join("; ")));
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Named;

    #[test]
    fn a_capital_is_held_by_its_country() {
        assert!(holds("Russia", "Moscow") && holds("Moscow", "Kremlin"));
        assert!(!holds("Kremlin", "Moscow") && !holds("Oslo", "Kremlin"));
        assert!(holds("Estonia", "Tallinn"));
        assert!(!holds("Tallinn", "Estonia"));
        assert!(!holds("Estonia", "Oslo"));
        assert!(!holds("Estonia", "Estonia"));
    }

    #[test]
    fn rooms_and_seats_take_the_article_named_places_do_not() {
        let line = |place| {
            summary_line(
                "meeting",
                &["Ana Reyes", "Tomas Berg"],
                &[],
                true,
                Some(place),
                None,
                None,
                &[],
                1,
            )
        };
        assert!(line("Oval Office").contains(" in the Oval Office "), "{}", line("Oval Office"));
        assert!(line("Kremlin").contains(" in the Kremlin "));
        assert!(line("White House").contains(" in the White House "));
        assert!(line("Blair House").contains(" in Blair House "));
        assert!(line("Geneva").contains(" in Geneva "));
    }

    #[test]
    fn a_release_names_who_was_freed_or_who_freed_them() {
        let people =
            summary_line("prisoner_release", &["Marc Vogel"], &[], true, None, None, None, &[], 1);
        assert!(people.starts_with("Release of Marc Vogel (undated)"), "{people}");
        let country = summary_line(
            "prisoner_release",
            &["Belarus"],
            &[],
            false,
            None,
            Some("2025-02"),
            None,
            &[],
            2,
        );
        assert_eq!(country, "Release of prisoners involving Belarus in 2025-02 (2 sources)");
        let by = summary_line(
            "prisoner_release",
            &["Ivo Dralec"],
            &["Ivo Dralec"],
            true,
            None,
            None,
            None,
            &[],
            1,
        );
        assert!(by.starts_with("Release of prisoners by Ivo Dralec (undated)"), "{by}");
        let both = summary_line(
            "prisoner_release",
            &["Mia Lund"],
            &["Norland"],
            true,
            None,
            None,
            None,
            &[],
            1,
        );
        assert!(both.starts_with("Release of Mia Lund by Norland"), "{both}");
        // Two states, one acting on the other.
        let by_one = |kind: &str| {
            summary_line(
                kind,
                &["Norland", "Estoria"],
                &["Norland"],
                false,
                None,
                None,
                None,
                &[],
                1,
            )
        };
        let states = by_one("prisoner_release");
        assert!(states.starts_with("Release of prisoners from Estoria by Norland"), "{states}");
        let s = by_one("sanctions");
        assert!(s.starts_with("Sanctions by Norland on Estoria"), "{s}");
    }

    #[test]
    fn a_meeting_names_its_place_and_a_call_does_not() {
        let m = summary_line(
            "meeting",
            &["Ana Berg", "Ole Dahl"],
            &[],
            true,
            Some("Tromsø"),
            Some("2025-03-12"),
            None,
            &[],
            1,
        );
        assert_eq!(m, "Meeting of Ana Berg and Ole Dahl in Tromsø on 2025-03-12 (1 source)");
        let c =
            summary_line("phone_call", &["Ana Berg"], &[], true, Some("Oslo"), None, None, &[], 1);
        assert_eq!(c, "Phone call with Ana Berg (undated) (1 source)");
        // One person's meeting names the other side as unnamed, as a call does.
        let one =
            summary_line("meeting", &["Ana Berg"], &[], true, Some("Oslo"), None, None, &[], 1);
        assert_eq!(one, "Meeting with Ana Berg in Oslo (undated) (1 source)");
        let body =
            summary_line("meeting", &["Group of Nine"], &[], false, None, None, None, &[], 1);
        assert_eq!(body, "Meeting of Group of Nine (undated) (1 source)");
        let a = summary_line(
            "aid_suspension",
            &["Norland", "Estoria"],
            &["Norland"],
            false,
            None,
            Some("2025-07-01"),
            None,
            &[],
            2,
        );
        assert_eq!(a, "Suspension of aid by Norland to Estoria on 2025-07-01 (2 sources)");
        let told = |topics: &[&str]| {
            let topics: Vec<String> = topics.iter().map(|t| t.to_string()).collect();
            name_suspended(a.clone(), "aid_suspension", &topics)
        };
        assert_eq!(
            told(&["intelligence sharing"]),
            "Suspension of intelligence sharing by Norland to Estoria on 2025-07-01 (2 sources)"
        );
        assert_eq!(told(&[]), a);
        let s = summary_line(
            "military_strike",
            &["Norland", "Ministry of Defence (Norland)", "Varde"],
            &["Norland", "Ministry of Defence (Norland)"],
            false,
            None,
            None,
            None,
            &[],
            1,
        );
        assert!(s.starts_with("Military strike by Norland on Varde (undated)"), "{s}");
        let i = summary_line(
            "invitation",
            &["Ana Berg", "Ole Dahl"],
            &["Ana Berg"],
            true,
            None,
            None,
            None,
            &[],
            1,
        );
        assert!(i.starts_with("Invitation by Ana Berg to Ole Dahl (undated)"), "{i}");
    }

    fn account(
        doc: &str,
        duration: Option<[u32; 2]>,
        count: Option<u32>,
        people: &[&str],
    ) -> (SourceRow, Account) {
        let row = SourceRow {
            event_id: "ev".into(),
            doc: doc.into(),
            seq: 0,
            start: 0,
            end: 4,
            reason: String::new(),
            data: String::new(),
            outlet: Some(format!("{doc} outlet")),
            published: Some("2025-03-19".into()),
        };
        let a = Account {
            kind: "phone_call".into(),
            cameo: "041".into(),
            trigger: "call".into(),
            date: Some("2025-03-18".into()),
            date_source: Some("text".into()),
            date_text: Some("Tuesday".into()),
            participants: people
                .iter()
                .map(|p| Named {
                    name: p.to_string(),
                    entity: None,
                    label: "PER".into(),
                    agent: false,
                    side: None,
                })
                .collect(),
            duration_minutes: duration,
            duration_text: duration.map(|d| format!("{} minutes", d[0])),
            topics: Vec::new(),
            briefed_by: Vec::new(),
            place: None,
            sentence_start: 0,
            sentence_end: 10,
            sentence: "A call.".into(),
            published: Some("2025-03-19".into()),
            background: false,
            quotes: Vec::new(),
            count,
            count_text: count.map(|c| format!("{c} prisoners")),
            figures: Vec::new(),
            said_date: false,
        };
        (row, a)
    }

    fn event(parts: Vec<(SourceRow, Account)>) -> Event {
        let (rows, accounts): (Vec<_>, Vec<_>) = parts.into_iter().unzip();
        assemble("ev".into(), "phone_call".into(), "041".into(), &rows, &accounts, &|n| {
            n.name.clone()
        })
    }

    fn fields(e: &Event) -> Vec<&str> {
        e.discrepancies.iter().map(|d| d.field.as_str()).collect()
    }

    #[test]
    fn overlapping_durations_agree_and_disjoint_ones_are_listed() {
        let agree = event(vec![
            account("a", Some([90, 90]), None, &["X", "Y"]),
            account("b", Some([67, 90]), None, &["X", "Y"]),
        ]);
        assert!(agree.discrepancies.is_empty(), "{agree:#?}");
        assert_eq!(agree.duration_minutes, Some([90, 90]));
        let differ = event(vec![
            account("a", Some([50, 50]), None, &["X", "Y"]),
            account("b", Some([60, 90]), None, &["X", "Y"]),
        ]);
        assert_eq!(fields(&differ), ["duration_minutes"]);
        assert_eq!(differ.discrepancies[0].values.len(), 2);
        assert!(differ.discrepancy);
    }

    #[test]
    fn a_night_and_the_morning_after_are_one_date_and_two_days_are_not() {
        let dated = |doc: &str, date: &str, text: &str| {
            let (row, mut a) = account(doc, None, None, &["X", "Y"]);
            a.date = Some(date.into());
            a.date_text = Some(text.into());
            (row, a)
        };
        let night =
            event(vec![dated("a", "2025-06-16", "overnight"), dated("b", "2025-06-17", "Tuesday")]);
        assert!(night.discrepancies.is_empty(), "{night:#?}");
        let late = event(vec![
            dated("a", "2025-06-16", "Monday night"),
            dated("b", "2025-06-17", "Tuesday"),
        ]);
        assert!(late.discrepancies.is_empty(), "{late:#?}");
        let days =
            event(vec![dated("a", "2025-06-16", "Monday"), dated("b", "2025-06-17", "Tuesday")]);
        assert_eq!(fields(&days), ["date"]);
        // (Not the night after the day told: the night began on the day before the other.)
        let after =
            event(vec![dated("a", "2025-06-18", "overnight"), dated("b", "2025-06-17", "Tuesday")]);
        assert_eq!(fields(&after), ["date"]);
    }

    #[test]
    fn counts_and_participants_that_differ_are_listed() {
        let e = event(vec![
            account("a", None, Some(12), &["X", "Y"]),
            account("b", None, Some(10), &["X", "Y", "Z"]),
        ]);
        assert_eq!(fields(&e), ["participants", "number"]);
        assert_eq!(e.participants, ["X", "Y", "Z"]);
        assert_eq!(e.outlets, ["a outlet", "b outlet"]);
        assert!(
            e.summary.starts_with("Phone call between X, Y and Z on 2025-03-18"),
            "{}",
            e.summary
        );
    }

    #[test]
    fn the_leader_of_the_side_an_act_was_done_to_briefs_on_nothing() {
        let (row, mut a) = account("a", None, None, &[]);
        a.kind = "sanctions".into();
        let named = |name: &str, label: &str, agent: bool, side: Option<&str>| Named {
            name: name.into(),
            entity: None,
            label: label.into(),
            agent,
            side: side.map(str::to_string),
        };
        a.participants =
            vec![named("Norland", "LOC", true, None), named("Ostia", "LOC", false, None)];
        a.briefed_by = vec![
            named("Ilse Varga", "PER", false, Some("Ostia")),
            named("Tomas Holm", "PER", false, Some("Norland")),
        ];
        let e = assemble("ev".into(), "sanctions".into(), "163".into(), &[row], &[a], &|n| {
            n.name.clone()
        });
        assert_eq!(e.briefed_by, ["Tomas Holm"]);
    }

    /// A participant named `name`, tagged `label`, standing for `side`.
    fn party(name: &str, label: &str, side: Option<&str>) -> Named {
        Named {
            name: name.to_string(),
            entity: None,
            label: label.to_string(),
            agent: false,
            side: side.map(str::to_string),
        }
    }

    #[test]
    fn a_meeting_told_by_its_leaders_and_by_their_states_is_named_by_the_leaders() {
        let told = |doc: &str, parts: &[(&str, &str, &str)]| {
            let (row, mut a) = account(doc, None, None, &[]);
            a.kind = "meeting".into();
            a.participants = parts.iter().map(|(n, l, side)| party(n, l, Some(side))).collect();
            (row, a)
        };
        let (rows, accounts): (Vec<_>, Vec<_>) = vec![
            told(
                "a",
                &[("Ilham Aliyev", "PER", "Azerbaijan"), ("Nikol Pashinyan", "PER", "Armenia")],
            ),
            told("b", &[("Armenia", "LOC", "Armenia"), ("Azerbaijan", "LOC", "Azerbaijan")]),
        ]
        .into_iter()
        .unzip();
        let e = assemble("ev".into(), "meeting".into(), "043".into(), &rows, &accounts, &|n| {
            n.name.clone()
        });
        assert!(
            e.summary.starts_with("Meeting of Ilham Aliyev and Nikol Pashinyan")
                && e.summary.contains("also named: Armenia, Azerbaijan"),
            "{}",
            e.summary
        );
        // Talks named so are named by the states.
        let mut talks = accounts.clone();
        for a in &mut talks {
            a.kind = "negotiation".into();
        }
        let t = assemble("ev".into(), "negotiation".into(), "046".into(), &rows, &talks, &|n| {
            n.name.clone()
        });
        assert!(
            t.summary.starts_with("Negotiations between Armenia and Azerbaijan"),
            "{}",
            t.summary
        );
    }

    #[test]
    fn a_host_beside_two_states_is_named_after_them() {
        let (row, mut a) = account("a", None, None, &[]);
        a.kind = "meeting".into();
        a.participants = vec![
            party("Russia", "LOC", Some("Russia")),
            party("Ukraine", "LOC", Some("Ukraine")),
            party("Hakan Fidan", "PER", None),
        ];
        let e = assemble("ev".into(), "meeting".into(), "043".into(), &[row], &[a], &|n| {
            n.name.clone()
        });
        assert!(
            e.summary.starts_with("Meeting of Russia, Ukraine and Hakan Fidan"),
            "{}",
            e.summary
        );
        assert!(!e.summary.contains("also named"), "{}", e.summary);
    }

    #[test]
    fn a_country_struck_is_named_once_by_the_city_struck_in_it() {
        let line = |names: &[&str]| {
            summary_line("military_strike", names, &["Russia"], false, None, None, None, &[], 2)
        };
        assert!(
            line(&["Russia", "Kyiv", "Ukraine"])
                .starts_with("Military strike by Russia on Kyiv (undated)"),
            "{}",
            line(&["Russia", "Kyiv", "Ukraine"])
        );
        assert!(line(&["Russia", "Ukraine"]).starts_with("Military strike by Russia on Ukraine"));
        assert!(line(&["Russia", "Kyiv", "Moldova"]).contains("on Kyiv and Moldova"));
    }

    #[test]
    fn a_year_or_a_month_is_told_with_in_and_a_day_with_on() {
        let line = |date| summary_line("meeting", &["A", "B"], &[], true, None, date, None, &[], 1);
        assert!(
            line(Some("2019")).starts_with("Meeting of A and B in 2019"),
            "{}",
            line(Some("2019"))
        );
        assert!(line(Some("2025-10")).contains(" in 2025-10"), "{}", line(Some("2025-10")));
        assert!(
            line(Some("2025-10-30")).contains(" on 2025-10-30"),
            "{}",
            line(Some("2025-10-30"))
        );
    }

    #[test]
    fn one_person_and_the_state_they_visited_are_the_parties() {
        let (row, mut a) = account("a", None, None, &[]);
        a.kind = "meeting".into();
        a.place = Some("Oslo".into());
        a.participants =
            vec![party("Ivan Petrov", "PER", None), party("Norway", "LOC", Some("Norway"))];
        let e = assemble("ev".into(), "meeting".into(), "043".into(), &[row], &[a], &|n| {
            n.name.clone()
        });
        assert!(
            e.summary.starts_with("Meeting of Ivan Petrov and Norway in Oslo"),
            "{}",
            e.summary
        );
        assert!(!e.summary.contains("also named"), "{}", e.summary);
    }

    #[test]
    fn a_call_of_six_names_all_six() {
        let people =
            ["Ana Berg", "Ole Dahl", "Ivo Brandt", "Lise Marsh", "Tomas Reyes", "Olek Duran"];
        let (row, a) = account("a", None, None, &people);
        let e = assemble("ev".into(), "phone_call".into(), "041".into(), &[row], &[a], &|n| {
            n.name.clone()
        });
        for p in people {
            assert!(e.summary.contains(p), "{p}: {}", e.summary);
        }
    }

    #[test]
    fn a_place_written_with_its_region_joins_the_city_and_the_region() {
        let all = ["Anchorage, Alaska", "Alaska", "Anchorage"];
        assert!(holds("Alaska", "Anchorage, Alaska"));
        assert!(holds("White House", "Oval Office"));
        assert!(!holds("Oval Office", "White House"));
        assert!(!holds("Kremlin", "Oval Office"));
        assert!(nested_places("Anchorage", "Alaska", &all));
        assert!(nested_places("Anchorage, Alaska", "Anchorage", &all));
        // Without an account that writes the region, the two are told apart.
        assert!(!nested_places("Anchorage", "Alaska", &["Alaska", "Anchorage"]));
        assert!(!nested_places("Anchorage, Alaska", "Geneva", &all));
        // A venue and a city: two precisions, no disagreement; two venues or two cities differ.
        assert!(one_place_told_twice("Mariinsky Palace", "Kyiv", &[]));
        assert!(!one_place_told_twice("Mariinsky Palace", "Lancaster House", &[]));
        assert!(!one_place_told_twice("Kyiv", "Geneva", &[]));
    }

    #[test]
    fn an_exchange_counts_each_side_on_its_own() {
        let told = |doc: &str, count: u32, sentence: &str| {
            let (row, mut a) = account(doc, None, Some(count), &["X", "Y"]);
            a.kind = "prisoner_exchange".into();
            a.sentence = sentence.into();
            (row, a)
        };
        let exchange = |parts: Vec<(SourceRow, Account)>| {
            let (rows, accounts): (Vec<_>, Vec<_>) = parts.into_iter().unzip();
            assemble(
                "ev".into(),
                "prisoner_exchange".into(),
                "0841".into(),
                &rows,
                &accounts,
                &|n| n.name.clone(),
            )
        };
        // One outlet counts the Americans (and gives the other side's 252), one the 252.
        let halves = exchange(vec![
            told("a", 10, "X released 10 Americans in exchange for 252 Venezuelans."),
            told("b", 252, "Y delivered all 252 Venezuelans."),
        ]);
        assert!(halves.discrepancies.is_empty(), "{halves:#?}");
        // One outlet counts each side, another both: one count, the whole shown.
        let each = exchange(vec![
            told("a", 146, "X and Y exchanged 146 prisoners of war each on Sunday."),
            told("b", 292, "Z mediated a new exchange of 292 captives between X and Y."),
        ]);
        assert!(each.discrepancies.is_empty(), "{each:#?}");
        assert!(each.summary.contains("(292 prisoners; 2 sources)"), "{}", each.summary);
        // Counting the same side differently still disagrees.
        let differ = exchange(vec![
            told("a", 10, "X released 10 Americans in exchange for 252 Venezuelans."),
            told("b", 11, "X released 11 Americans in exchange for 252 Venezuelans."),
        ]);
        assert_eq!(fields(&differ), ["number"]);
        // The title gives the number freed, as a range where the outlets differ, and none
        // where each counts another side.
        assert!(differ.summary.contains("(10–11 prisoners; 2 sources)"), "{}", differ.summary);
        assert!(!halves.summary.contains("prisoners"), "{}", halves.summary);
        // A release folded into the exchange that counts a nationality's people freed counts
        // one side; one that counts those a state freed counts what the exchange's accounts do.
        let released = |doc: &str, count: u32, words: &str| {
            let (row, mut a) = told(doc, count, "A sentence.");
            a.kind = "prisoner_release".into();
            a.count_text = Some(words.into());
            (row, a)
        };
        let sides = exchange(vec![
            told("a", 16, "X freed 16 people."),
            released("b", 8, "eight Norwegians"),
        ]);
        assert!(sides.discrepancies.is_empty(), "{sides:#?}");
        assert!(sides.summary.contains("(16 prisoners; 2 sources)"), "{}", sides.summary);
        let same_side = exchange(vec![
            told("a", 5, "X freed five prisoners."),
            released("b", 4, "four Norwegian detainees"),
        ]);
        assert_eq!(fields(&same_side), ["number"]);
        // Counts stated for different days of a swap over several are its stages.
        let on = |doc: &str, count: u32, day: &str| {
            let (row, mut a) = told(doc, count, "A sentence.");
            a.date = Some(day.into());
            (row, a)
        };
        let stages = exchange(vec![
            on("a", 1000, "2025-05-23/2025-05-25"),
            on("b", 307, "2025-05-24"),
            on("c", 303, "2025-05-25"),
        ]);
        assert!(stages.discrepancies.is_empty(), "{stages:#?}");
        let one_day = exchange(vec![on("a", 307, "2025-05-24"), on("b", 303, "2025-05-24")]);
        assert_eq!(fields(&one_day), ["number"]);
        assert!(mentions_number("freed 1,100 prisoners", 1100));
        assert!(!mentions_number("freed 1,100 prisoners", 100));
    }

    #[test]
    fn a_bound_agrees_with_the_counts_it_allows() {
        let b = |v, t| bounds(v, t);
        assert_eq!(b(300, "fired more than 300 drones"), (300, u64::MAX));
        assert_eq!(b(40, "nearly 40 people"), (0, 40));
        assert_eq!(b(40, "about 40 people"), (36, 44));
        assert_eq!(b(309, "launched 309 drones"), (309, 309));
        // "More than 300" and "309" agree; "300" and "309" do not; "at least 23" and "31" do.
        assert!(!disjoint([b(300, "more than 300"), b(309, "309")].into_iter()));
        assert!(disjoint([b(300, "300"), b(309, "309")].into_iter()));
        assert!(!disjoint([b(23, "killing at least 23 people"), b(31, "31")].into_iter()));
        // "over" as a word only: "turned over 12" would read as a bound, "Moreover, 12" not.
        assert_eq!(b(12, "Moreover 12 people"), (12, 12));
    }

    #[test]
    fn figures_counted_differently_are_listed_by_measure() {
        let fig = |what: &str, value: u32, text: &str| crate::FigureText {
            what: what.into(),
            value,
            text: text.into(),
        };
        let (ra, mut a) = account("a", None, None, &["X"]);
        a.figures = vec![
            fig("people injured", 2, "two workers were injured"),
            fig("drones launched", 112, "112 drones"),
        ];
        let (rb, mut b) = account("b", None, None, &["X"]);
        b.figures = vec![
            fig("people injured", 3, "injured three workers"),
            fig("drones launched", 112, "launched 112 drones"),
        ];
        let e = event(vec![(ra, a), (rb, b)]);
        assert_eq!(fields(&e), ["people injured"]);
        let d = &e.discrepancies[0];
        let texts: Vec<_> = d.values.iter().map(|v| v.text.as_deref().unwrap_or("")).collect();
        assert_eq!(texts, ["two workers were injured", "injured three workers"]);
        let ranges: Vec<_> = e.figures.iter().map(|f| (f.what.as_str(), f.min, f.max)).collect();
        assert_eq!(ranges, [("people injured", 2, 3), ("drones launched", 112, 112)]);
        assert_eq!(e.sources[1].figures[0].value, 3);
        // A strike names who struck and what, and its figures.
        let line = summary_line(
            "military_strike",
            &["Russia", "Ukraine"],
            &["Russia"],
            false,
            None,
            Some("2025-02-20"),
            None,
            &e.figures,
            2,
        );
        assert_eq!(
            line,
            "Military strike by Russia on Ukraine on 2025-02-20 (2–3 people injured; 112 drones \
             launched; 2 sources)"
        );
    }
}
