//! Unit tests of the events stage over short articles of our own writing.

use super::*;

#[test]
fn durations_become_minute_ranges() {
    assert_eq!(minutes("PT50M"), Some(50));
    assert_eq!(minutes("PT1H30M"), Some(90));
    assert_eq!(minutes("P1D"), Some(1440));
    assert_eq!(minutes("P3Y"), None);
    assert_eq!(minutes("PXH"), None);
    assert_eq!(minutes("P2W"), Some(2 * 7 * 1440));
    assert_eq!(range(60, Some("LESS_THAN")), [45, 60]);
    assert_eq!(range(90, Some("LESS_THAN")), [67, 90]);
    assert_eq!(range(60, Some("MORE_THAN")), [60, 90]);
    assert_eq!(range(50, None), [50, 50]);
}

#[test]
fn dates_of_any_precision_are_compatible_when_one_extends_the_other() {
    assert!(compatible("2024-08", "2024-08-01"));
    assert!(compatible("2024", "2024-08-01"));
    assert!(!compatible("2024-08-02", "2024-08-01"));
    assert!(calendar("2025-06-14") && calendar("2025") && calendar("2025-06"));
    assert!(!calendar("PRESENT_REF") && !calendar("2025-W24") && !calendar("XXXX-06-14"));
}

#[test]
fn a_week_dates_an_event_by_its_month_or_its_days() {
    assert_eq!(event_date("2025-W11").as_deref(), Some("2025-03"));
    // A week across two months, or two years, is the interval of its days.
    assert_eq!(event_date("2025-W14").as_deref(), Some("2025-03-31/2025-04-06"));
    assert_eq!(event_date("2025-W01").as_deref(), Some("2024-12-30/2025-01-05"));
    // A weekend: Saturday 10 and Sunday 11 May; Saturday 31 May and Sunday 1 June.
    assert_eq!(event_date("2025-W19-WE").as_deref(), Some("2025-05-10/2025-05-11"));
    assert_eq!(event_date("2025-W22-WE").as_deref(), Some("2025-05-31/2025-06-01"));
    // An interval shares a day with the days and months it overlaps, no others.
    assert!(compatible("2025-03-31/2025-04-06", "2025-04-02"));
    assert!(compatible("2025-03-31/2025-04-06", "2025-03"));
    assert!(!compatible("2025-03-31/2025-04-06", "2025-04-07"));
    assert!(compatible("2025-06", "2025-06-14") && !compatible("2025-06", "2025-07"));
    assert_eq!(event_date("2025-06-14").as_deref(), Some("2025-06-14"));
    assert_eq!(event_date("PRESENT_REF"), None);
}

#[test]
fn a_release_last_week_is_dated_by_that_week() {
    let ev = events_of(
        "Officials said the delegation would raise the case of Ilmar Saks, who was freed by the \
         authorities last week.",
        "2025-03-20",
    );
    let release = ev.iter().find(|e| e.kind == "prisoner_release").expect("a release");
    assert_eq!(release.date.as_deref(), Some("2025-03"));
    assert_eq!(release.date_source.as_deref(), Some("text"));
}

#[test]
fn a_date_after_a_since_clause_is_not_the_events() {
    let ev = events_of(
        "Anna Brisk and Teodor Hale spoke by phone. It was the first conversation between the \
         two leaders since Norland joined the alliance in April 2023.",
        "2025-03-14",
    );
    let calls: Vec<_> = ev.iter().filter(|e| e.kind == "phone_call").collect();
    assert!(!calls.is_empty());
    for c in calls {
        assert_ne!(c.date.as_deref(), Some("2023-04"), "{c:?}");
    }
}

#[test]
fn every_cameo_code_is_one_of_the_cameo_dictionary() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/petrarch2-dictionaries/CAMEO.2.0.txt");
    let Ok(cameo) = std::fs::read_to_string(&path) else {
        eprintln!("SKIPPED: {} is not available", path.display());
        return;
    };
    let mut codes: Vec<&str> = cameo_rows().iter().map(|r| r.1).collect();
    codes.extend(trigger_codes());
    assert!(codes.len() >= 12);
    for c in codes {
        assert!(
            cameo.contains(&format!("[{c}]")) || cameo.contains(&format!("[{c}:")),
            "CAMEO code {c} is not in {}",
            path.display()
        );
    }
}

/// `text` analysed as an article published on `published`.
fn doc_of(text: &str, published: &str) -> Document {
    let meta = dossier_document::Metadata {
        published: Some(published.into()),
        published_source: dossier_document::DateSource::Metadata,
        ..Default::default()
    };
    let article = dossier_ingest::article_from_text("t", text.into(), meta);
    dossier_pipeline::analyse(article, &Default::default()).unwrap()
}

fn events_of(text: &str, published: &str) -> Vec<EventMention> {
    doc_of(text, published).events
}

#[test]
fn a_strike_of_workers_is_no_military_strike() {
    let ev = events_of(
        "Ardan Volkov arrived in Oslo on Tuesday for talks on the rail strike with officials from \
         the United Nations. Dock workers went on strike on Monday. A hunger strike began.",
        "2025-03-18",
    );
    assert!(ev.iter().all(|e| e.kind != "military_strike"), "{ev:#?}");
    let ev = events_of("Russia launched a drone strike on Kharkiv on Monday.", "2025-03-18");
    assert!(ev.iter().any(|e| e.kind == "military_strike"), "{ev:#?}");
}

#[test]
fn a_date_in_the_reported_words_is_not_the_date_of_the_statement() {
    let ev = events_of(
        "Ardan Volkov told reporters that a second round could follow next month.",
        "2025-03-18",
    );
    let st = ev.iter().find(|e| e.kind == "statement").expect("a statement");
    assert_eq!(
        (st.date.as_deref(), st.date_source.as_deref()),
        (Some("2025-03-18"), Some("published")),
        "{st:#?}"
    );
}

#[test]
fn plans_wishes_and_topics_are_not_events() {
    let ev = events_of(
        "Lena Marsh and Ardan Volkov agreed to organise a personal meeting. Marsh expressed a \
         desire to meet with Volkov. The two presidents discussed the exchange of prisoners.",
        "2025-03-18",
    );
    assert!(ev.iter().all(|e| e.kind != "meeting" && e.kind != "prisoner_exchange"), "{ev:#?}");
}

#[test]
fn references_join_the_call_and_background_keeps_its_date() {
    let ev = events_of(
        "Ardan Volkov and Lena Marsh held a phone call on Tuesday. During the call, Volkov \
         raised fishing quotas. The conversation lasted nearly an hour. It was their first \
         call since May 2021.",
        "2025-03-19",
    );
    let calls: Vec<&EventMention> = ev.iter().filter(|e| e.kind == "phone_call").collect();
    assert_eq!(calls.len(), 2, "{ev:#?}");
    assert_eq!(calls[0].date.as_deref(), Some("2025-03-18"));
    assert_eq!(calls[0].duration_minutes, Some([45, 60]));
    assert!(calls[0].mentions.len() >= 3, "{:?}", calls[0].mentions);
    assert_eq!(calls[1].date.as_deref(), Some("2021-05"));
    assert!(calls[1].background);
}

#[test]
fn undated_news_takes_the_publication_date_and_background_none() {
    let ev = events_of(
        "Ardan Volkov spoke by phone with Lena Marsh. Volkov had a recent phone call with \
         Miriam Holt.",
        "2025-03-19",
    );
    let calls: Vec<&EventMention> = ev.iter().filter(|e| e.kind == "phone_call").collect();
    assert_eq!(calls.len(), 2, "{ev:#?}");
    assert_eq!(calls[0].date.as_deref(), Some("2025-03-19"));
    assert_eq!(calls[0].date_source.as_deref(), Some("published"));
    assert_eq!(calls[1].date, None);
}

#[test]
fn the_two_leaders_are_the_last_two_people_named() {
    let ev = events_of(
        "Lena Marsh will host Ardan Volkov in Varnby next month. The two leaders spoke by phone \
         on Sunday for 40 minutes.",
        "2025-05-13",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").expect("a call");
    assert_eq!(call.participants, ["Ardan Volkov", "Lena Marsh"]);
    assert_eq!(call.date.as_deref(), Some("2025-05-11"));
    assert_eq!(call.duration_minutes, Some([40, 40]));
    assert!(ev.iter().all(|e| e.kind != "meeting"), "a visit next month is a plan: {ev:#?}");
}

#[test]
fn his_call_is_the_call_of_the_person_named_before_in_the_sentence() {
    let ev = events_of(
        "Lena Marsh said on Saturday that her 50-minute phone call with Ardan Volkov was useful.",
        "2025-06-15",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").expect("a call");
    assert_eq!(call.participants, ["Lena Marsh", "Ardan Volkov"]);
    assert_eq!(call.duration_minutes, Some([50, 50]));
}

#[test]
fn a_release_of_other_people_counted_differently_is_another_release() {
    let ev = events_of(
        "Moscow released 12 prisoners on Friday. Later the release of three more people was \
         announced by the White House.",
        "2025-05-10",
    );
    let first = ev.iter().find(|e| e.kind == "prisoner_release").expect("a release");
    assert_eq!(first.count, Some(12));
    assert_eq!(first.mentions.len(), 1, "the release of three more joined it: {ev:#?}");
}

#[test]
fn a_reference_to_a_call_never_told_tells_the_call() {
    let ev = events_of(
        "Lena Marsh told her Norlandic counterpart Ardan Volkov on Thursday that Estoria was \
         ready to host a new round of talks on fishing quotas.\n\nDuring the phone call, which \
         lasted nearly an hour, Marsh said that trade mattered to both countries. The two \
         presidents also touched on shipping.",
        "2025-03-14",
    );
    let calls: Vec<&EventMention> = ev.iter().filter(|e| e.kind == "phone_call").collect();
    assert_eq!(calls.len(), 1, "{ev:#?}");
    // Marsh from the sentence, Volkov from the first paragraph, which tells the news.
    assert_eq!(calls[0].participants, ["Lena Marsh", "Ardan Volkov"]);
    assert_eq!(calls[0].duration_minutes, Some([45, 60]));
    assert_eq!(calls[0].date.as_deref(), Some("2025-03-14"));
    assert!(calls[0].topics.iter().any(|t| t == "shipping"), "{:?}", calls[0].topics);
    // "Ready to host a new round of talks" is a plan.
    assert!(ev.iter().all(|e| e.kind != "negotiation"), "{ev:#?}");
}

#[test]
fn a_reference_yet_to_come_or_to_another_event_tells_nothing_new() {
    // Yet to come.
    let ev = events_of(
        "Ardan Volkov said on Monday that after the meeting will come a joint statement with \
         Lena Marsh. Officials said the meeting will take place in Varnby.",
        "2025-03-18",
    );
    assert!(ev.iter().all(|e| e.kind != "meeting"), "{ev:#?}");
    // "The talks" after a call are that call: no negotiation of their own.
    let ev = events_of(
        "Ardan Volkov and Lena Marsh spoke by phone on Monday. After the talks, Marsh wrote \
         that the conversation had been useful.",
        "2025-03-18",
    );
    assert!(ev.iter().all(|e| e.kind != "negotiation"), "{ev:#?}");
    assert_eq!(ev.iter().filter(|e| e.kind == "phone_call").count(), 1, "{ev:#?}");
}

#[test]
fn a_date_of_the_invited_visit_is_not_the_date_of_the_invitation() {
    let ev = events_of(
        "Lena Marsh invited Ardan Volkov to visit Varnby in April, her office said. On Tuesday \
         Marsh also invited Miriam Holt for talks next month.",
        "2025-03-14",
    );
    let inv: Vec<&EventMention> = ev.iter().filter(|e| e.kind == "invitation").collect();
    assert_eq!(inv.len(), 2, "{ev:#?}");
    assert_eq!(
        (inv[0].date.as_deref(), inv[0].date_source.as_deref()),
        (Some("2025-03-14"), Some("published")),
        "{:#?}",
        inv[0]
    );
    assert_eq!(inv[0].participants, ["Lena Marsh", "Ardan Volkov"]);
    // A date before the invited action is the invitation's own.
    assert_eq!(inv[1].date.as_deref(), Some("2025-03-11"), "{:#?}", inv[1]);
}

#[test]
fn a_planned_visit_is_no_negotiation_and_negotiating_takes_two() {
    let ev = events_of(
        "Ardan Volkov will travel to Varnby on April 10 for talks with Lena Marsh, his office \
         announced on Tuesday. Miriam Holt negotiated for weeks.",
        "2025-03-20",
    );
    assert!(ev.iter().all(|e| e.kind != "negotiation" && e.kind != "meeting"), "{ev:#?}");
    // Held talks with one side named, and talks between two sides, are negotiations.
    let ev = events_of(
        "Talks between Norland and Estoria resumed in Varnby on Monday. Ardan Volkov joined \
         negotiations with Lena Marsh on Tuesday.",
        "2025-03-20",
    );
    let neg: Vec<&EventMention> = ev.iter().filter(|e| e.kind == "negotiation").collect();
    assert!(!neg.is_empty(), "{ev:#?}");
    assert!(neg.iter().any(|e| e.participants == ["Norland", "Estoria"]), "{neg:#?}");
}

#[test]
fn names_in_a_since_clause_take_no_part_in_the_event() {
    let ev = events_of(
        "Estorian President Lena Marsh held a telephone conversation with Norlandic President \
         Ardan Volkov on Thursday, her office said.\n\nIt was the first conversation between the \
         two presidents since Norland joined the Arctic Council in April 2023.\n\nAfter Estoria \
         left the Kestian Union, Marsh phoned Miriam Holt.",
        "2025-03-14",
    );
    let calls: Vec<&EventMention> = ev.iter().filter(|e| e.kind == "phone_call").collect();
    assert_eq!(calls.len(), 2, "{ev:#?}");
    assert_eq!(calls[0].participants, ["Lena Marsh", "Ardan Volkov"]);
    assert_eq!(calls[0].date.as_deref(), Some("2025-03-13"));
    assert_eq!(calls[1].participants, ["Lena Marsh", "Miriam Holt"]);
}

#[test]
fn exchanged_prisoners_is_an_exchange_between_the_states_named() {
    let ev = events_of(
        "Finland and Russia exchanged four prisoners on Monday at the Vaalimaa crossing, \
         officials said. Finland and Russia also exchanged views on the border.",
        "2025-06-10",
    );
    let ex: Vec<_> = ev.iter().filter(|e| e.kind == "prisoner_exchange").collect();
    assert_eq!(ex.len(), 1, "{ev:#?}");
    assert_eq!(ex[0].participants, ["Finland", "Russia"], "{ex:#?}");
    assert_eq!(ex[0].count, Some(4));
    assert_eq!(ex[0].date.as_deref(), Some("2025-06-09"));
}

#[test]
fn the_titled_sayer_opening_a_dateline_sentence_held_the_call_after_the_comma() {
    for text in [
        "WASHINGTON (Reuters) - U.S. President Donald Trump said on Monday that Russia and \
         Ukraine would start talks, after a two-hour phone call with Russian President Vladimir \
         Putin.",
        "President Donald Trump said on Monday that Russia and Ukraine would start talks, after \
         a two-hour phone call with Russian President Vladimir Putin.",
    ] {
        let ev = events_of(text, "2025-05-20");
        let call = ev.iter().find(|e| e.kind == "phone_call").expect("the call");
        assert_eq!(call.participants, ["Donald Trump", "Vladimir Putin"], "{text}");
        assert_eq!(call.date.as_deref(), Some("2025-05-19"), "{text}");
    }
}

#[test]
fn a_call_told_in_a_clause_of_before_is_the_days_news_not_background() {
    let ev = events_of(
        "Finnish President Alexander Stubb held a call with U.S. President Donald Trump on \
         Monday before Trump spoke with Russian President Vladimir Putin.",
        "2025-05-20",
    );
    let calls: Vec<_> = ev.iter().filter(|e| e.kind == "phone_call").collect();
    assert_eq!(calls.len(), 2, "{ev:#?}");
    assert_eq!(calls[1].participants, ["Donald Trump", "Vladimir Putin"], "{calls:#?}");
    assert!(!calls[1].background, "{calls:#?}");
    assert_eq!(calls[1].date.as_deref(), Some("2025-05-19"), "{calls:#?}");
    // Undated, it is the article's news like the call before it.
    let ev = events_of(
        "Finnish President Alexander Stubb held a call with U.S. President Donald Trump before \
         the U.S. leader spoke with Russian President Vladimir Putin, his office said.",
        "2025-05-19",
    );
    let calls: Vec<_> = ev.iter().filter(|e| e.kind == "phone_call").collect();
    assert_eq!(calls.len(), 2, "{ev:#?}");
    assert!(!calls[1].background, "{calls:#?}");
    assert_eq!(calls[1].date_source.as_deref(), Some("published"), "{calls:#?}");
}

#[test]
fn a_call_after_speaking_with_someone_is_on_the_day_of_that_talk() {
    let ev = events_of(
        "President Donald Trump spoke by phone with Russian President Vladimir Putin on Monday. \
         He said he had informed Finnish President Alexander Stubb during a call after speaking \
         with Putin.",
        "2025-05-20",
    );
    let calls: Vec<_> = ev.iter().filter(|e| e.kind == "phone_call").collect();
    assert_eq!(calls.len(), 2, "{ev:#?}");
    assert!(calls[1].participants.iter().any(|p| p == "Alexander Stubb"), "{calls:#?}");
    assert_eq!(calls[1].date.as_deref(), Some("2025-05-19"), "{calls:#?}");
    assert_eq!(calls[1].date_source.as_deref(), Some("text"), "{calls:#?}");
}

#[test]
fn a_states_overnight_attack_on_a_place_is_a_strike_without_weapon_words() {
    let ev = events_of(
        "The death toll from Russia's overnight attack on Kyiv rose to 23 on Wednesday, \
         officials said.",
        "2025-06-18",
    );
    let strike = ev.iter().find(|e| e.kind == "military_strike").expect("the attack");
    assert_eq!(strike.agents, ["Russia"], "{strike:#?}");
    assert!(strike.participants.iter().any(|p| p == "Kyiv"), "{strike:#?}");
}

#[test]
fn a_release_told_hours_after_another_sides_release_is_one_exchange() {
    let ev = events_of(
        "Finland released 212 prisoners on Monday, hours after Russia handed over 40 \
         prisoners of war.",
        "2025-06-10",
    );
    let ex: Vec<_> = ev.iter().filter(|e| e.kind == "prisoner_exchange").collect();
    assert_eq!(ex.len(), 1, "{ev:#?}");
    assert!(ev.iter().all(|e| e.kind != "prisoner_release"), "{ev:#?}");
    assert_eq!(ex[0].date.as_deref(), Some("2025-06-09"));
    // Days apart, they are two releases.
    let ev = events_of(
        "Finland released 212 prisoners on Monday, two days after Russia handed over 40 \
         prisoners of war.",
        "2025-06-10",
    );
    assert!(ev.iter().all(|e| e.kind != "prisoner_exchange"), "{ev:#?}");
}

#[test]
fn a_release_told_after_another_sides_undated_release_is_one_exchange() {
    // "Israel released 183 prisoners on Saturday after Hamas freed three hostages": the
    // other side's release, told with no day of its own right after the first's, is its price.
    let ev = events_of(
        "Finland released 212 prisoners on Saturday after Russia handed over 40 prisoners of war.",
        "2025-06-07",
    );
    let ex: Vec<_> = ev.iter().filter(|e| e.kind == "prisoner_exchange").collect();
    assert_eq!(ex.len(), 1, "{ev:#?}");
    assert!(ev.iter().all(|e| e.kind != "prisoner_release"), "{ev:#?}");
    assert_eq!(ex[0].participants, ["Finland", "Russia"], "{ev:#?}");
    assert_eq!(ex[0].date.as_deref(), Some("2025-06-07"));
    // A release told days before, or on a day of its own, is a release of its own.
    for text in [
        "Finland released 212 prisoners on Saturday, two days after Russia handed over 40 \
         prisoners of war.",
        "Finland released 212 prisoners on Saturday after Russia handed over 40 prisoners of \
         war on Thursday.",
    ] {
        let ev = events_of(text, "2025-06-07");
        assert!(ev.iter().all(|e| e.kind != "prisoner_exchange"), "{text}: {ev:#?}");
    }
}

#[test]
fn who_announces_an_exchange_is_its_briefer_not_a_party() {
    let ev = events_of(
        "Russia handed over reporter Jonas Petraitis to Lithuania on Monday as part of an \
         exchange of seven prisoners, the Russian FSB said in a statement.",
        "2025-06-09",
    );
    let ex = ev.iter().find(|e| e.kind == "prisoner_exchange").expect("an exchange");
    assert!(!ex.participants.iter().any(|p| p == "FSB"), "{ex:#?}");
    assert!(ex.participants.iter().any(|p| p == "Russia"), "{ex:#?}");
    assert!(ex.participants.iter().any(|p| p == "Lithuania"), "{ex:#?}");
    // The attribution of the exchange is no statement of its own.
    assert!(!ev.iter().any(|e| e.kind == "statement"), "{ev:#?}");
}

#[test]
fn the_subject_of_an_active_release_verb_releases_and_a_passive_one_is_released() {
    let ev = events_of(
        "President Vladimir Putin pardoned the Lithuanian citizens on Friday. Jonas Petraitis \
         was freed on Monday. Marta Kova was detained on Nov. 14 but released two days later.",
        "2025-06-10",
    );
    let rel: Vec<_> = ev.iter().filter(|e| e.kind == "prisoner_release").collect();
    let by_putin = rel.iter().find(|e| e.participants.contains(&"Vladimir Putin".to_string()));
    assert_eq!(by_putin.expect("Putin's pardon").agents, ["Vladimir Putin"], "{rel:#?}");
    for name in ["Jonas Petraitis", "Marta Kova"] {
        let e = rel.iter().find(|e| e.participants.iter().any(|p| p == name));
        assert!(e.is_some_and(|e| e.agents.is_empty()), "{name}: {rel:#?}");
    }
}

#[test]
fn a_count_since_a_date_is_background_and_a_signed_pardon_no_agreement() {
    let ev = events_of(
        "President Vladimir Putin had signed pardons for the prisoners on Friday. Putin has \
         released more than 150 people since last August.",
        "2025-06-10",
    );
    assert!(!ev.iter().any(|e| e.kind == "agreement"), "{ev:#?}");
    let rel = ev.iter().find(|e| e.kind == "prisoner_release").expect("a release");
    assert!(rel.background && rel.date.is_none(), "{rel:#?}");
    let ev = events_of(
        "President Vladimir Putin and President Xi Jinping signed a trade agreement on Friday.",
        "2025-06-10",
    );
    assert!(ev.iter().any(|e| e.kind == "agreement"), "{ev:#?}");
}

#[test]
fn a_release_in_a_relative_clause_takes_its_events_date_and_no_other_duration() {
    let ev = events_of(
        "Lithuanian Foreign Minister Kestutis Budrys met Russia's ambassador in Vilnius on \
         Tuesday to discuss reopening the rail link, the ministry said.\n\nThe 40-minute meeting \
         was the first official contact since last week's prisoner exchange, in which the \
         reporter Jonas Petraitis was freed.",
        "2025-06-18",
    );
    let rel = ev.iter().find(|e| e.kind == "prisoner_release").expect("a release");
    assert_eq!(rel.date.as_deref(), Some("2025-06"), "{rel:#?}");
    assert_eq!(rel.date_source.as_deref(), Some("text"));
    assert_eq!(rel.duration_minutes, None, "{rel:#?}");
    let meeting = ev.iter().find(|e| e.kind == "meeting").expect("a meeting");
    assert_eq!(meeting.duration_minutes, Some([40, 40]));
    assert!(!meeting.topics.iter().any(|t| t.contains("said")), "{meeting:#?}");
}

#[test]
fn agreeing_to_impose_sanctions_imposes_them() {
    let ev = events_of(
        "European Union foreign ministers agreed on Monday to impose sanctions on five Syrian \
         companies, the bloc's foreign policy chief Kaja Kallas said.",
        "2025-06-16",
    );
    let s = ev.iter().find(|e| e.kind == "sanctions").expect("sanctions");
    assert_eq!(s.agents, ["European Union"], "{s:#?}");
    assert_eq!(s.date.as_deref(), Some("2025-06-16"));
    let ev =
        events_of("The European Union could agree to impose sanctions on Syria.", "2025-06-16");
    assert!(!ev.iter().any(|e| e.kind == "sanctions"), "{ev:#?}");
}

#[test]
fn sanctions_on_firms_of_a_nationality_are_on_its_country() {
    let ev = events_of(
        "The European Union on Monday imposed sanctions on seven Ruritanian and Syrian \
         companies over drone deliveries.",
        "2025-06-16",
    );
    let s = ev.iter().find(|e| e.kind == "sanctions").expect("sanctions");
    assert!(s.participants.iter().any(|p| p == "Syria"), "{s:#?}");
    assert!(!s.agents.iter().any(|p| p == "Syria"), "{s:#?}");
    // A release of a named person of that nationality is his, not the country's.
    let ev = events_of(
        "Russia on Friday released Finnish citizen Aarne Koskela, the ministry said.",
        "2025-06-16",
    );
    let r = ev.iter().find(|e| e.kind == "prisoner_release").expect("release");
    assert!(!r.participants.iter().any(|p| p == "Finland"), "{r:#?}");
    // Nor is it when a name follows the word in the phrase.
    let ev = events_of(
        "The United States imposed sanctions on Syrian minister Faisal Hamdan on Monday.",
        "2025-06-16",
    );
    let s = ev.iter().find(|e| e.kind == "sanctions").expect("sanctions");
    assert!(!s.participants.iter().any(|p| p == "Syria"), "{s:#?}");
    // A nationality word is no party to a meeting or a call.
    let ev = events_of("Syrian and Lebanese officials met in Beirut on Monday.", "2025-06-16");
    assert!(ev.iter().all(|e| !e.participants.iter().any(|p| p == "Syria")), "{ev:#?}");
}

#[test]
fn their_call_is_the_call_of_the_people_named_before_it() {
    let ev = events_of(
        "Prime Minister Aris Velen and President Dora Kest agreed on Monday to restart regular \
         visits, in their first telephone conversation since Kest took office last week.",
        "2025-06-10",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").expect("a call");
    assert_eq!(call.participants.len(), 2, "{call:?}");
    assert_eq!(call.date.as_deref(), Some("2025-06-09"));
}

#[test]
fn a_call_months_before_the_news_is_another_call() {
    let ev = events_of(
        "Two days after their first phone call, Aris Velen and Dora Kest are preparing to meet. \
         Velen and Marek Toll also held a phone call in October.",
        "2025-06-12",
    );
    let calls: Vec<_> = ev.iter().filter(|e| e.kind == "phone_call").collect();
    assert_eq!(calls.len(), 2, "{calls:#?}");
    let october = calls.iter().find(|c| c.date.as_deref() == Some("2024-10")).expect("October");
    assert!(october.participants.iter().any(|p| p.contains("Toll")), "{october:?}");
    assert!(calls.iter().any(|c| c.participants.iter().any(|p| p.contains("Kest"))));
}

#[test]
fn a_date_in_a_relative_clause_before_the_trigger_is_not_the_events() {
    let ev = events_of(
        "Former President Marek Toll, who was removed from office in April, had met Aris Velen \
         in Lima in November.",
        "2025-06-12",
    );
    let meeting = ev.iter().find(|e| e.kind == "meeting").expect("a meeting");
    assert_eq!(meeting.date.as_deref(), Some("2024-11"), "{meeting:?}");
}

#[test]
fn an_evening_dates_an_event_to_its_day() {
    let ev = events_of(
        "President Dora Kest spoke by phone with Aris Velen on Monday evening, her office said. \
         The two spoke for roughly half an hour.",
        "2025-06-10",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").expect("a call");
    assert_eq!(call.date.as_deref(), Some("2025-06-09"));
    assert_eq!(call.date_source.as_deref(), Some("text"));
}

#[test]
fn spoke_for_a_length_of_time_is_a_call_where_the_paragraph_speaks_of_one() {
    let ev = events_of(
        "Aris Velen and Dora Kest spoke for roughly half an hour on Monday. The call was \
         cordial, officials said.",
        "2025-06-10",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").expect("a call");
    assert_eq!(call.duration_minutes, Some([27, 33]));
    let ev =
        events_of("Aris Velen spoke for the government at the summit on Monday.", "2025-06-10");
    assert!(ev.iter().all(|e| e.kind != "phone_call"), "{ev:#?}");
}

#[test]
fn forces_of_a_nationality_strike_as_their_country() {
    let ev = events_of(
        "Russian forces launched a drone strike on the port of Odesa overnight on Sunday, \
         officials said.",
        "2025-08-04",
    );
    let strike = ev.iter().find(|e| e.kind == "military_strike").expect("a strike");
    assert!(strike.participants.iter().any(|p| p == "Russia"), "{strike:?}");
    assert!(strike.participants.iter().any(|p| p == "Odesa"), "{strike:?}");
    assert_eq!(strike.date.as_deref(), Some("2025-08-03"));
    let ev = events_of("Arden Vale struck a deal with Norvia on Monday.", "2025-08-04");
    assert!(ev.iter().all(|e| e.kind != "military_strike"), "{ev:#?}");
}

#[test]
fn a_proposal_for_an_exchange_is_no_exchange() {
    let ev = events_of(
        "President Arden Vale said that Norvia had handed over a proposal for a prisoner \
         exchange.",
        "2025-08-04",
    );
    assert!(ev.iter().all(|e| e.kind != "prisoner_exchange"), "{ev:#?}");
}

#[test]
fn a_date_for_a_meeting_and_a_package_in_preparation_are_plans() {
    let ev = events_of(
        "Teodor Hale told reporters it was too early to speak of a date for a meeting between \
         Lena Marsh and Ardan Volkov. The Union is preparing a 9th package of sanctions against \
         Norland, its envoy said on Monday.",
        "2025-03-18",
    );
    assert!(ev.iter().all(|e| e.kind != "meeting" && e.kind != "sanctions"), "{ev:#?}");
    // Adopted, the package is the event.
    let ev =
        events_of("The Union adopted a 9th package of sanctions against Norland.", "2025-03-18");
    assert!(ev.iter().any(|e| e.kind == "sanctions"), "{ev:#?}");
}

#[test]
fn a_round_set_for_a_day_is_a_plan() {
    let ev = events_of(
        "Envoys from Norland and Varnia met in Varnby on Saturday for talks, with a second round \
         set for April 19. A third round, scheduled for May 3, will be in Oslo.",
        "2025-04-13",
    );
    assert!(ev.iter().all(|e| e.date.as_deref() == Some("2025-04-12")), "{ev:#?}");
    assert!(!ev.is_empty(), "{ev:#?}");
}

#[test]
fn presidents_who_had_spoken_by_telephone_held_a_call() {
    let ev = events_of(
        "Lena Marsh met Ardan Volkov's envoy in Varnby. The two presidents had spoken by \
         telephone on March 4.",
        "2025-03-18",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").expect("a call");
    assert_eq!(call.date.as_deref(), Some("2025-03-04"));
    assert!(call.participants.iter().any(|p| p == "Lena Marsh"), "{call:#?}");
}

#[test]
fn the_meeting_that_refers_to_the_talks_is_the_talks() {
    let ev = events_of(
        "Norland and Varnia agreed on Tuesday to reopen their consulates, foreign minister Ardan \
         Volkov said after almost five hours of talks with Lena Marsh in Varnby. Volkov told a \
         news conference that the meeting had been useful.",
        "2025-03-18",
    );
    let sittings: Vec<_> =
        ev.iter().filter(|e| matches!(e.kind.as_str(), "meeting" | "negotiation")).collect();
    assert_eq!(sittings.len(), 1, "{sittings:#?}");
    assert_eq!(sittings[0].mentions.len(), 2, "{sittings:#?}");
}

#[test]
fn who_hosted_the_delegations_joins_the_talks() {
    let ev = events_of(
        "Lena Marsh and Ardan Volkov held talks in Varnby on Tuesday. Foreign Minister Ilse \
         Brandt hosted the delegations.",
        "2025-03-18",
    );
    let sittings: Vec<_> =
        ev.iter().filter(|e| matches!(e.kind.as_str(), "meeting" | "negotiation")).collect();
    let talks = sittings.iter().find(|e| e.participants.iter().any(|p| p == "Lena Marsh"));
    let talks = talks.expect("the talks");
    assert!(talks.participants.iter().any(|p| p == "Ilse Brandt"), "{sittings:#?}");
    // No sitting of the host alone.
    assert_eq!(sittings.len(), 1, "{sittings:#?}");
}

/// The figures of the first military strike in `ev`, as (measure, number, words).
fn strike_figures(ev: &[EventMention], text: &str) -> Vec<(String, u32, String)> {
    let strike = ev.iter().find(|e| e.kind == "military_strike").expect("a strike");
    strike
        .figures
        .iter()
        .map(|f| (f.what.clone(), f.value, f.span.text(text).to_string()))
        .collect()
}

#[test]
fn a_strike_counts_its_dead_injured_and_drones_in_its_sentence_and_the_next_two() {
    let text =
        "Ukrainian drones struck a fuel depot in the Bryansk region overnight, the governor \
                said on Friday.\n\nHe said that two workers were injured and one guard was killed. \
                The air force said 96 Shahed drones had been launched, of which 71 were shot \
                down, and that three missiles were intercepted.";
    let doc = doc_of(text, "2025-05-09");
    let figures = strike_figures(&doc.events, &doc.text);
    let want = [
        ("people injured", 2, "two workers were injured"),
        ("people killed", 1, "one guard was killed"),
        ("drones launched", 96, "96 Shahed drones had been launched"),
        ("drones shot down", 71, "71 were shot down"),
        ("missiles shot down", 3, "three missiles were intercepted"),
    ];
    for (what, n, words) in want {
        assert!(
            figures.iter().any(|f| f.0 == what && f.1 == n && f.2 == words),
            "{what} {n} \"{words}\" not in {figures:?}"
        );
    }
    assert_eq!(figures.len(), want.len(), "{figures:?}");
}

#[test]
fn a_verb_before_the_number_gives_the_figure_and_dates_or_vague_numbers_none() {
    let text = "A Russian missile strike on Kharkiv on March 3 killed at least four people and \
                injured 17, officials said. Russia launched a total of 40 drones.";
    let ev = events_of(text, "2025-03-04");
    let strike = ev.iter().find(|e| e.kind == "military_strike").expect("a strike");
    let got: Vec<(&str, u32)> = strike.figures.iter().map(|f| (f.what.as_str(), f.value)).collect();
    assert_eq!(got, [("people killed", 4), ("people injured", 17), ("drones launched", 40)]);
    assert_eq!(strike.count, None, "a strike's numbers are figures");
    // No strike near: the numbers belong to nothing. A vague number is no figure.
    let ev = events_of(
        "Russia shelled the border town of Vovchansk on Monday. The council met on Tuesday. The \
         mayor thanked the volunteers. Three years ago, 12 people were injured in a flood. \
         Dozens were injured in the shelling.",
        "2025-03-04",
    );
    let strike = ev.iter().find(|e| e.kind == "military_strike").expect("a strike");
    assert!(strike.figures.is_empty(), "{:?}", strike.figures);
}

#[test]
fn a_launched_attack_of_a_state_is_a_strike_and_one_number_for_two_weapons_no_figure() {
    // No word of weapons in the paragraph: the state launching the attack on a place tells it.
    let text = "Chile launched one of its largest combined attacks on Lima overnight, killing at \
                least 14 people, officials said.\n\nThe bombardment involved nearly 500 drones \
                and missiles, the air force said.";
    let doc = doc_of(text, "2025-06-17");
    let figures = strike_figures(&doc.events, &doc.text);
    assert_eq!(figures, [("people killed".to_string(), 14, "killing at least 14 people".into())]);
    // Not a company's attack on prices.
    let ev = events_of("The company launched an attack on Lima's fares.", "2025-06-17");
    assert!(ev.iter().all(|e| e.kind != "military_strike"), "{ev:#?}");
}

#[test]
fn a_strike_claimed_on_the_day_after_is_the_strike_told_before() {
    let ev = events_of(
        "A Russian missile strike on the port of Odesa killed four people late on Saturday, the \
         governor said on Sunday.\n\nRussia's Defence Ministry said on Sunday it had struck \
         military infrastructure in Odesa.",
        "2025-03-09",
    );
    let strikes: Vec<_> = ev.iter().filter(|e| e.kind == "military_strike").collect();
    assert_eq!(strikes.len(), 1, "{strikes:#?}");
    assert_eq!(strikes[0].date.as_deref(), Some("2025-03-08"));
    assert!(strikes[0].participants.iter().any(|p| p == "Russia"), "{:?}", strikes[0]);
    // Said two weeks after an older strike: another strike.
    let ev = events_of(
        "A Russian missile strike on the port of Odesa killed four people on February 20.\n\n\
         Russia's Defence Ministry said on Sunday it had struck military infrastructure in \
         Odesa.",
        "2025-03-09",
    );
    assert_eq!(ev.iter().filter(|e| e.kind == "military_strike").count(), 2, "{ev:#?}");
}

#[test]
fn a_weapons_name_is_no_party_its_nationality_strikes_and_the_port_of_a_city_is_the_city() {
    let ev = events_of(
        "A Russian Iskander missile struck a grain ship in the port of Odesa on Saturday.",
        "2025-03-09",
    );
    let strike = ev.iter().find(|e| e.kind == "military_strike").expect("a strike");
    assert_eq!(strike.participants.first().map(String::as_str), Some("Russia"), "{strike:?}");
    assert!(!strike.participants.iter().any(|p| p == "Iskander"), "{strike:?}");
    // "in the port of Odesa": the place is Odesa.
    assert_eq!(strike.place.as_deref(), Some("Odesa"), "{strike:?}");
}

#[test]
fn an_exchange_deal_is_no_exchange_and_hosting_talks_is_an_offer_to_mediate() {
    let ev = events_of(
        "Turkey handed over five commanders who had been held under a prisoner exchange deal, \
         officials said.",
        "2025-03-08",
    );
    assert!(ev.iter().all(|e| e.kind != "prisoner_exchange"), "{ev:#?}");
    let ev = events_of(
        "Recep Tayyip Erdogan said on Saturday that Turkey was ready to host peace talks between \
         Ukraine and Russia.",
        "2025-03-08",
    );
    assert!(ev.iter().any(|e| e.kind == "offer_mediation"), "{ev:#?}");
    let ev = events_of("Turkey is ready to host the Olympic Games in 2036.", "2025-03-08");
    assert!(ev.iter().all(|e| e.kind != "offer_mediation"), "{ev:#?}");
}

#[test]
fn what_follows_a_later_trigger_is_about_that_one() {
    let ev = events_of(
        "The strike on Odesa by Russia came hours after Volodymyr Zelensky and Recep Tayyip \
         Erdogan spoke by phone about the security of shipping in the Black Sea.",
        "2025-03-09",
    );
    let strike = ev.iter().find(|e| e.kind == "military_strike").expect("a strike");
    assert!(strike.topics.is_empty(), "{strike:?}");
    // "by Russia" after the noun: Russia struck.
    assert_eq!(strike.agents, ["Russia"], "{strike:?}");
    let call = ev.iter().find(|e| e.kind == "phone_call").expect("a call");
    assert!(call.topics.iter().any(|t| t.contains("shipping")), "{call:?}");
}

#[test]
fn a_meeting_in_a_before_clause_takes_that_clauses_date_and_the_two_leaders() {
    let ev = events_of(
        "French President Emmanuel Macron hosted a dinner for British Prime Minister Keir \
         Starmer at the Elysee Palace on Thursday, before the two leaders met Ukrainian President \
         Volodymyr Zelensky on Friday.",
        "2025-04-04",
    );
    let meetings: Vec<_> = ev.iter().filter(|e| e.kind == "meeting").collect();
    assert_eq!(meetings.len(), 2, "{meetings:#?}");
    let dinner = meetings.iter().find(|e| e.date.as_deref() == Some("2025-04-03")).unwrap();
    assert_eq!(dinner.participants, ["Emmanuel Macron", "Keir Starmer"], "{dinner:?}");
    let talks = meetings.iter().find(|e| e.date.as_deref() == Some("2025-04-04")).unwrap();
    for who in ["Emmanuel Macron", "Keir Starmer", "Volodymyr Zelensky"] {
        assert!(talks.participants.iter().any(|p| p == who), "{who}: {talks:?}");
    }
}

#[test]
fn a_paused_supply_is_an_aid_suspension_dated_when_it_was_told_and_for_whom() {
    // Published on Thursday 2025-07-03; "Tuesday" is 2025-07-01.
    let ev = events_of(
        "The United States has paused deliveries of shells and radar parts to Ukraine, the White \
         House said on Tuesday, citing concerns over its own stocks.",
        "2025-07-03",
    );
    let e = ev.iter().find(|e| e.kind == "aid_suspension").expect("an aid suspension");
    assert_eq!(e.date.as_deref(), Some("2025-07-01"), "{e:#?}");
    assert_eq!(e.agents, ["United States"], "{e:#?}");
    assert!(e.participants.iter().any(|p| p == "Ukraine"), "{e:#?}");
    // Told in a clause of time after another happening: not the day's news.
    let ev = events_of(
        "Zelensky said he spoke with Trump by phone on Friday, days after Washington halted some \
         arms deliveries.",
        "2025-07-04",
    );
    let e = ev.iter().find(|e| e.kind == "aid_suspension").expect("an aid suspension");
    assert!(e.date.is_none() && e.background, "{e:#?}");
    // "hours after": the day of the event told before it.
    let ev = events_of(
        "A Russian missile struck Odesa on Saturday. The strike came hours after Zelensky and \
         Erdogan spoke by phone.",
        "2025-03-09",
    );
    let e = ev.iter().find(|e| e.kind == "phone_call").expect("a call");
    assert_eq!(e.date.as_deref(), Some("2025-03-08"), "{e:#?}");
    // "halted the offensive" halts no supply.
    let ev = events_of("The army halted the offensive on Monday.", "2025-07-04");
    assert!(ev.iter().all(|e| e.kind != "aid_suspension"), "{ev:#?}");
}

#[test]
fn sanctions_have_no_place_count_what_they_list_and_their_target_does_not_brief() {
    let ev = events_of(
        "The European Union on Friday approved its 12th round of sanctions on Belarus over its \
         role in the war in Ukraine, adding 40 tankers to its list.\n\n\
         Minsk said the new sanctions were illegal.\n\n\
         The new sanctions also target 14 individuals and 41 entities.",
        "2025-07-18",
    );
    let e = ev.iter().find(|e| e.kind == "sanctions").expect("sanctions");
    assert_eq!(e.agents, ["European Union"], "{e:#?}");
    assert!(e.participants.iter().any(|p| p == "Belarus"), "{e:#?}");
    assert_eq!(e.place, None, "{e:#?}");
    assert!(e.briefed_by.is_empty(), "{e:#?}");
    let f: Vec<(&str, u32)> = e.figures.iter().map(|f| (f.what.as_str(), f.value)).collect();
    assert_eq!(
        f,
        [("vessels listed", 40), ("individuals listed", 14), ("entities listed", 41)],
        "{e:#?}"
    );
}

#[test]
fn who_acts_after_talks_or_a_call_held_them() {
    let ev = events_of(
        "The deal was blocked by Slovakia, whose prime minister Robert Fico lifted his veto on \
         Thursday after talks with Ursula von der Leyen.",
        "2025-07-18",
    );
    let e = ev.iter().find(|e| e.kind == "negotiation").expect("talks");
    assert_eq!(e.participants, ["Robert Fico", "Ursula von der Leyen"], "{e:#?}");
    let ev = events_of(
        "Slovak Prime Minister Robert Fico had held up the deal since June. He dropped his \
         objection on Thursday after a phone call with Ursula von der Leyen.",
        "2025-07-18",
    );
    let e = ev.iter().find(|e| e.kind == "phone_call").expect("a call");
    assert_eq!(e.participants, ["Robert Fico", "Ursula von der Leyen"], "{e:#?}");
    // A name between the verb and "after" is not the subject's.
    let ev = events_of(
        "Robert Fico thanked Anna Berg on Thursday after talks with Ursula von der Leyen.",
        "2025-07-18",
    );
    let e = ev.iter().find(|e| e.kind == "negotiation").expect("talks");
    assert_eq!(e.participants, ["Ursula von der Leyen"], "{e:#?}");
}

#[test]
fn delegations_of_two_states_meet_and_the_talks_before_a_meeting_are_those_told() {
    let ev = events_of(
        "Russian and Ukrainian delegations met in Istanbul on Friday for their first direct \
         peace talks in three years.\n\n\
         Before the talks, Zelensky met Turkish President Recep Tayyip Erdogan in Ankara on \
         Thursday.",
        "2025-05-16",
    );
    let sitting: Vec<_> =
        ev.iter().filter(|e| matches!(e.kind.as_str(), "meeting" | "negotiation")).collect();
    assert_eq!(sitting.len(), 2, "{ev:#?}");
    assert_eq!(sitting[0].participants, ["Russia", "Ukraine"], "{ev:#?}");
    assert_eq!(sitting[0].date.as_deref(), Some("2025-05-16"), "{ev:#?}");
    assert_eq!(sitting[0].mentions.len(), 3, "'the talks' refers to it: {ev:#?}");
    assert!(sitting[1].participants.iter().any(|p| p == "Recep Tayyip Erdogan"), "{ev:#?}");
    assert_eq!(sitting[1].date.as_deref(), Some("2025-05-15"), "{ev:#?}");
    // Places alone still neither meet nor call.
    let ev = events_of("Washington called Moscow on Friday. Russia and Ukraine met.", "2025-05-16");
    assert!(ev.iter().all(|e| !matches!(e.kind.as_str(), "meeting" | "phone_call")), "{ev:#?}");
}

#[test]
fn a_date_after_another_happening_is_its_and_a_possible_meeting_is_none() {
    // Friday 2025-05-23; "last week" dates the talks that agreed the exchange.
    let ev = events_of(
        "Russia and Ukraine on Friday carried out the first stage of a large prisoner exchange \
         agreed at talks in Istanbul last week, each freeing 390 people.",
        "2025-05-23",
    );
    let e = ev.iter().find(|e| e.kind == "prisoner_exchange").expect("an exchange");
    assert_eq!(e.date.as_deref(), Some("2025-05-23"), "{e:#?}");
    assert_eq!(e.place, None, "{e:#?}");
    let ev = events_of(
        "The Kremlin said on Saturday that a meeting between Putin and Zelensky was possible only \
         after agreements were reached. A call with Trump could follow.",
        "2025-05-17",
    );
    assert!(ev.iter().all(|e| !matches!(e.kind.as_str(), "meeting" | "phone_call")), "{ev:#?}");
    // A verb of the noun's own that tells of it as done keeps it.
    let ev = events_of(
        "A meeting between Putin and Zelensky was held in Istanbul on Friday. Their delegations \
         held 90 minutes of talks in Ankara on May 16.",
        "2025-05-17",
    );
    assert!(ev.iter().any(|e| e.kind == "meeting"), "{ev:#?}");
    assert!(ev.iter().any(|e| e.date.as_deref() == Some("2025-05-16")), "{ev:#?}");
}

#[test]
fn where_a_statement_was_made_is_not_what_it_was_about() {
    let ev = events_of(
        "Donald Trump told reporters aboard Air Force One that he was disappointed.",
        "2025-07-04",
    );
    let e = ev.iter().find(|e| e.kind == "statement").expect("a statement");
    assert!(e.topics.iter().all(|t| t != "Air Force One"), "{e:#?}");
}

#[test]
fn what_was_done_during_a_call_is_between_the_clause_people_on_its_date() {
    // Friday 2025-06-06: "on Thursday" is 2025-06-05.
    let ev = events_of(
        "Norland President Anna Brisk invited Teodor Hale to visit Norland during a phone call \
         on Thursday. Hale said on social media that the call lasted about an hour and had been \
         \"a very good phone call\".",
        "2025-06-06",
    );
    let calls: Vec<_> = ev.iter().filter(|e| e.kind == "phone_call").collect();
    assert_eq!(calls.len(), 1, "{ev:#?}");
    let names: Vec<&str> = calls[0].participants.iter().map(String::as_str).collect();
    assert!(names.contains(&"Anna Brisk") && names.contains(&"Teodor Hale"), "{names:?}");
    assert_eq!(calls[0].date.as_deref(), Some("2025-06-05"));
    let inv = ev.iter().find(|e| e.kind == "invitation").expect("an invitation");
    assert_eq!(inv.date.as_deref(), Some("2025-06-05"), "{inv:#?}");
    assert_eq!(inv.date_source.as_deref(), Some("text"));
    // One person named with a title is not two: no talks of his own.
    let ev = events_of(
        "German Chancellor Olaf Scholz said on Thursday that Europe had to be at the table in any \
         peace negotiations.",
        "2025-02-21",
    );
    assert!(ev.iter().all(|e| e.kind != "negotiation"), "{ev:#?}");
}

#[test]
fn a_sentence_set_on_another_day_adds_nothing_to_the_event() {
    let ev = events_of(
        "Anna Brisk and Teodor Hale spoke by phone on Thursday about trade. The two leaders had \
         not spoken since January 17, when they discussed fentanyl.",
        "2025-06-06",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").expect("a call");
    assert!(call.topics.iter().any(|t| t == "trade"), "{call:#?}");
    assert!(call.topics.iter().all(|t| !t.contains("fentanyl")), "{call:#?}");
}

#[test]
fn states_call_through_the_people_who_stand_for_them() {
    // Saturday 2025-05-10; real states, as the rule knows them from countries.txt.
    let ev = events_of(
        "Chile and Peru agreed on Saturday to stop all firing.\n\nChile's foreign secretary \
         Ardan Volkov said the army chiefs of the two countries had spoken by phone on Saturday.",
        "2025-05-10",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").expect("a call");
    let mut names = call.participants.clone();
    names.sort();
    assert_eq!(names, ["Chile", "Peru"], "{call:#?}");
    assert!(call.briefed_by.iter().any(|b| b == "Ardan Volkov"), "{call:#?}");
    assert_eq!(call.date.as_deref(), Some("2025-05-10"));
    let ev = events_of(
        "Officials said the truce was agreed after Peru's army chief called his Chilean \
         counterpart on Saturday afternoon.",
        "2025-05-11",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").expect("a call");
    let mut names = call.participants.clone();
    names.sort();
    assert_eq!(names, ["Chile", "Peru"], "{call:#?}");
}

#[test]
fn a_strike_told_in_a_when_clause_and_its_cause() {
    // Saturday 2025-05-10: "on Wednesday" is 2025-05-07.
    let ev = events_of(
        "The fighting began on Wednesday, when Chile struck nine sites in Peru. Chile said \
         the strikes were a response to the killing of 26 people in April.",
        "2025-05-10",
    );
    let strike = ev.iter().find(|e| e.kind == "military_strike").expect("a strike");
    assert_eq!(strike.date.as_deref(), Some("2025-05-07"), "{strike:#?}");
    assert!(strike.figures.is_empty(), "{strike:#?}");
    // "launched its strikes": the state that acts owns them.
    let ev = events_of(
        "Chile launched its strikes early on May 7. Peru said the strikes had killed 31 \
         civilians.",
        "2025-05-11",
    );
    let strike = ev.iter().find(|e| e.kind == "military_strike").expect("a strike");
    assert_eq!(strike.participants, ["Chile"], "{strike:#?}");
    assert_eq!(strike.figures.first().map(|f| f.value), Some(31), "{strike:#?}");
}

#[test]
fn two_sides_agreeing_is_an_agreement_and_a_participle_is_not() {
    let ev = events_of("Chile and Peru agreed on Saturday to stop all firing.", "2025-05-10");
    let a = ev.iter().find(|e| e.kind == "agreement").expect("an agreement");
    assert_eq!(a.participants, ["Chile", "Peru"], "{a:#?}");
    assert_eq!(a.date.as_deref(), Some("2025-05-10"));
    // One side's word, and an outcome "agreed without it", are none.
    let ev = events_of(
        "Lena Marsh agreed to a pause on Tuesday. Ardan Volkov said Varnia would not accept any \
         outcome agreed without it.",
        "2025-05-10",
    );
    assert!(ev.iter().all(|e| e.kind != "agreement"), "{ev:#?}");
}

#[test]
fn a_guard_handed_back_for_a_soldier_is_an_exchange_and_an_arrest_date_is_not_its() {
    let ev = events_of(
        "Peru on Wednesday handed back a Chilean border guard who had been in its custody since \
         April. In return, Chile released a Peruvian soldier it had arrested earlier this month.",
        "2025-05-14",
    );
    // The two handovers, the second told "in return" for the first, are one exchange.
    let swap = ev.iter().find(|e| e.kind == "prisoner_exchange").expect("an exchange");
    let mut sides = swap.participants.clone();
    sides.sort();
    assert_eq!(sides, ["Chile", "Peru"], "{swap:#?}");
    assert_eq!(swap.date.as_deref(), Some("2025-05-14"), "{swap:#?}");
    assert!(!ev.iter().any(|e| e.kind == "prisoner_release"), "{ev:#?}");
}

#[test]
fn states_that_hold_talks_negotiate() {
    let ev = events_of(
        "Envoys from Chile and Peru held talks in Lima on Saturday, their first negotiations on \
         the border since 2019.",
        "2025-04-12",
    );
    let talks = ev.iter().find(|e| e.kind == "negotiation").expect("a negotiation");
    assert_eq!(talks.participants, ["Chile", "Peru"], "{ev:#?}");
    assert_eq!(talks.cameo, "046");
    assert_eq!(talks.date.as_deref(), Some("2025-04-12"));
    // People who hold talks meet.
    let ev = events_of("Lena Marsh and Ardan Volkov held talks in Lima on Saturday.", "2025-04-12");
    assert!(ev.iter().any(|e| e.kind == "meeting"), "{ev:#?}");
    assert!(ev.iter().all(|e| e.kind != "negotiation"), "{ev:#?}");
}

#[test]
fn a_second_clause_after_and_has_its_own_actor_and_count() {
    let ev = events_of(
        "Chile released three Peruvian soldiers in Arica on Saturday, and Peru freed 12 Chilean \
         prisoners on Sunday.",
        "2025-02-16",
    );
    let releases: Vec<_> = ev.iter().filter(|e| e.kind == "prisoner_release").collect();
    assert_eq!(releases.len(), 2, "{ev:#?}");
    assert_eq!(releases[0].agents, ["Chile"], "{ev:#?}");
    assert_eq!(releases[0].count, Some(3));
    assert_eq!(releases[1].agents, ["Peru"], "{ev:#?}");
    assert_eq!(releases[1].count, Some(12));
}

#[test]
fn halting_the_entry_of_aid_suspends_it_and_sanctions_relief_is_no_sanctions() {
    let ev = events_of(
        "Chile halted the entry of all goods and supplies into the border zone on Sunday.",
        "2025-03-02",
    );
    let halt = ev.iter().find(|e| e.kind == "aid_suspension").expect("an aid suspension");
    assert_eq!(halt.agents, ["Chile"], "{ev:#?}");
    assert_eq!(halt.date.as_deref(), Some("2025-03-02"));
    let ev = events_of(
        "Chile and Peru signed a deal in 2015 that offered sanctions relief in exchange for \
         limits on fishing.",
        "2025-03-02",
    );
    assert!(ev.iter().all(|e| e.kind != "sanctions"), "{ev:#?}");
    // Sanctions lifted are undone, not imposed; new ones in the next clause are imposed.
    let ev = events_of(
        "In return, Peru lifted sanctions on the Chilean airline Andes Air on Sunday, and \
         imposed sanctions on two fishing companies.",
        "2025-03-02",
    );
    let sanctions: Vec<_> = ev.iter().filter(|e| e.kind == "sanctions").collect();
    assert_eq!(sanctions.len(), 1, "{ev:#?}");
    assert!(sanctions[0].trigger.start > 60, "{ev:#?}");
}

#[test]
fn a_count_of_one_place_alone_is_no_figure_of_the_strike() {
    let killed = |text: &str| {
        let ev = events_of(text, "2025-06-14");
        let s = ev.iter().find(|e| e.kind == "military_strike").expect("a strike").clone();
        s.figures.iter().map(|f| f.value).collect::<Vec<_>>()
    };
    assert!(killed(
        "Chile struck more than 100 targets in Peru overnight. Peru said 60 people were \
             killed in Lima alone."
    )
    .is_empty());
    assert_eq!(
        killed(
            "Chile struck more than 100 targets in Peru overnight. Peru said 60 people were \
             killed."
        ),
        [60]
    );
    // A day's count is that day's.
    assert_eq!(killed("Sweden fired 300 drones at Norway on Saturday alone."), [300]);
}

#[test]
fn who_acts_after_a_call_is_its_party_past_a_long_dateline() {
    for opening in ["", "LIMA, Aug 16 (Harbor Wire) - ", "LIMA, Peru, Aug 16 (Harbor Wire) - "] {
        let text = format!(
            "{opening}Chilean President Ana Berg said she would travel to Lima on Monday to meet \
             Marsh, after a long phone conversation with Peruvian President Lena Marsh on \
             Saturday."
        );
        let ev = events_of(&text, "2025-08-16");
        let call = ev.iter().find(|e| e.kind == "phone_call").expect("the call");
        assert_eq!(call.participants, ["Ana Berg", "Lena Marsh"], "{text}: {call:#?}");
        // The call's own day, not the day of the plan told before it.
        assert_eq!(call.date.as_deref(), Some("2025-08-16"), "{text}: {call:#?}");
    }
    let ev = events_of(
        "Chilean President Ana Berg said she would travel to Lima on Monday, after a long phone \
         conversation with Peruvian President Lena Marsh.",
        "2025-08-16",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").expect("the call");
    assert_ne!(call.date.as_deref(), Some("2025-08-18"), "{call:#?}");
}

#[test]
fn a_participle_after_a_comma_is_done_by_the_subject_alone() {
    let ev = events_of(
        "Peruvian President Lena Marsh met Chilean President Ana Berg in Lima on Friday.\n\n\
         \"Next time in Santiago,\" Berg told Marsh at the end of a news conference on Friday, \
         inviting her to the Chilean capital.",
        "2025-08-16",
    );
    let inv = ev.iter().find(|e| e.kind == "invitation").expect("the invitation");
    assert_eq!(inv.agents, ["Ana Berg"], "{inv:#?}");
    assert!(inv.participants.iter().any(|p| p == "Lena Marsh"), "{inv:#?}");
    // Two subjects both invite.
    let ev = events_of(
        "Lena Marsh and Ana Berg closed the forum in Lima on Friday, inviting Ilmar Saks to the \
         next one.",
        "2025-08-16",
    );
    let inv = ev.iter().find(|e| e.kind == "invitation").expect("the invitation");
    assert_eq!(inv.agents, ["Lena Marsh", "Ana Berg"], "{inv:#?}");
}

#[test]
fn officials_of_a_state_and_a_nationality_agree_for_both() {
    for text in [
        "Chilean and Peruvian officials agreed the plan in Lima on Tuesday.",
        "U.S. and Peruvian officials agreed the plan in Lima on Tuesday.",
    ] {
        let ev = events_of(text, "2025-03-13");
        let deal = ev.iter().find(|e| e.kind == "agreement").expect("the agreement");
        assert_eq!(deal.participants.len(), 2, "{text}: {deal:#?}");
        assert_eq!(deal.date.as_deref(), Some("2025-03-11"), "{text}: {deal:#?}");
    }
}

#[test]
fn a_news_conference_with_someone_is_a_meeting_with_them() {
    let ev = events_of(
        "Peruvian President Lena Marsh spoke at a news conference with Chilean President Ana \
         Berg in Lima on Thursday.",
        "2025-03-13",
    );
    let m = ev.iter().find(|e| e.kind == "meeting").expect("the meeting");
    assert_eq!(m.participants, ["Lena Marsh", "Ana Berg"], "{m:#?}");
    assert_eq!(m.date.as_deref(), Some("2025-03-13"));
    let ev = events_of(
        "Lena Marsh and Ana Berg held a joint news conference in Lima on Thursday.",
        "2025-03-13",
    );
    assert!(ev.iter().any(|e| e.kind == "meeting"), "{ev:#?}");
    // Speaking to the press alone meets no one.
    let ev =
        events_of("Lena Marsh told a news conference in Lima on Thursday that ...", "2025-03-13");
    assert!(ev.iter().all(|e| e.kind != "meeting"), "{ev:#?}");
}

#[test]
fn calling_a_states_act_something_is_no_call() {
    let ev = events_of(
        "Lena Marsh called the EU sanctions \"an unfriendly act\" on Thursday.",
        "2025-10-23",
    );
    assert!(ev.iter().all(|e| e.kind != "phone_call"), "{ev:#?}");
    let ev = events_of(
        "Peruvian President Lena Marsh met Chilean President Ana Berg on Monday.\n\nMarsh \
         called the Chilean president on Thursday.",
        "2025-10-23",
    );
    assert!(ev.iter().any(|e| e.kind == "phone_call"), "{ev:#?}");
}

#[test]
fn a_day_in_a_clause_of_which_after_the_trigger_is_not_its_day() {
    let ev = events_of(
        "The European Union on Thursday approved a package of sanctions against Russia, which \
         bans imports of Russian gas from 2027.",
        "2025-10-23",
    );
    let s = ev.iter().find(|e| e.kind == "sanctions").expect("the sanctions");
    assert_eq!(s.date.as_deref(), Some("2025-10-23"), "{s:#?}");
}

#[test]
fn what_a_suspension_stops_is_its_topic() {
    let told = |text: &str| {
        let ev = events_of(text, "2025-03-05");
        let s = ev.iter().find(|e| e.kind == "aid_suspension").expect("a suspension").clone();
        s.topics
    };
    assert_eq!(
        told("The United States has paused intelligence sharing with Ukraine, Ilmar Saks said."),
        ["intelligence sharing"]
    );
    assert_eq!(told("Chile halted military aid to Peru on Monday."), ["military aid"]);
    assert_eq!(told("Chile suspended weapons deliveries to Peru on Monday."), ["military aid"]);
    assert!(told("Chile halted aid to Peru on Monday.").is_empty());
}

#[test]
fn a_perfect_after_a_since_clause_counts_over_a_time() {
    let ev = events_of(
        "Peru has freed 19 Chilean soldiers since the truce took effect on January 19, while \
         Chile has released more than 1,100 Peruvian prisoners.",
        "2025-02-16",
    );
    for r in ev.iter().filter(|e| e.kind == "prisoner_release") {
        assert!(r.background, "{r:#?}");
        assert_ne!(r.date.as_deref(), Some("2025-01-19"), "{r:#?}");
    }
}

#[test]
fn two_releases_one_given_for_the_other_are_one_exchange() {
    let ev = events_of(
        "Chile released three Peruvian soldiers in Arica on Saturday, and Peru freed 12 Chilean \
         prisoners in return.",
        "2025-02-15",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].kind, "prisoner_exchange");
    assert_eq!(ev[0].participants, ["Chile", "Peru"], "{ev:#?}");
    assert_eq!(ev[0].date.as_deref(), Some("2025-02-15"));
    // Without words that make one the price of the other, two releases stay two.
    let ev = events_of(
        "Chile released three Peruvian soldiers on Saturday, and Peru freed 12 Chilean \
         prisoners on Sunday.",
        "2025-02-16",
    );
    assert_eq!(ev.iter().filter(|e| e.kind == "prisoner_release").count(), 2, "{ev:#?}");
}

#[test]
fn the_subject_of_a_passive_negotiated_is_no_party() {
    let ev = events_of(
        "Chile's foreign ministry spokesman Ramon Silva said the mediators would keep working \
         to make sure that the second phase of the truce was negotiated.",
        "2025-02-16",
    );
    assert!(ev.iter().all(|e| e.kind != "negotiation"), "{ev:#?}");
    let ev = events_of("Chile and Peru negotiated a new border treaty on Monday.", "2025-02-18");
    assert!(ev.iter().any(|e| e.kind == "negotiation"), "{ev:#?}");
}

#[test]
fn the_first_word_of_talks_takes_the_people_of_its_light_verb() {
    // Nothing told before to refer to: "the talks" are those of the people who took part.
    let ev = events_of(
        "Lena Marsh and Ardan Volkov spent about two and a half hours in the talks on Saturday.",
        "2025-04-13",
    );
    let talks = ev.iter().find(|e| e.kind == "negotiation").expect("talks");
    assert_eq!(talks.participants, ["Lena Marsh", "Ardan Volkov"], "{ev:#?}");
    assert_eq!(talks.duration_minutes, Some([135, 165]));
    // An earlier sitting that names no one is no reason to drop them.
    let ev = events_of(
        "Envoys met in Lima on Saturday. Lena Marsh and Ardan Volkov took part in the talks, \
         which lasted two hours.",
        "2025-04-13",
    );
    assert!(
        ev.iter().any(|e| e.participants.iter().any(|p| p == "Lena Marsh")
            && e.participants.iter().any(|p| p == "Ardan Volkov")),
        "{ev:#?}"
    );
}

#[test]
fn one_person_who_led_the_talks_does_not_make_them_his() {
    let ev = events_of(
        "Tomas Reyes has led the talks on the corridor at the level of ministers for most of the \
         winter.",
        "2025-03-19",
    );
    assert!(ev.iter().all(|e| e.kind != "negotiation"), "{ev:#?}");
}

#[test]
fn a_day_after_moves_the_main_clauses_day_and_is_no_duration() {
    let ev = events_of(
        "Nine fishermen landed in Tromso on Saturday, a day after Ardan Volkov freed them in a \
         prisoner swap. Lena Marsh met Volkov on Monday, two days before Volkov held talks with Miriam Holt in Oslo.",
        "2025-03-24",
    );
    let of = |kind: &str| ev.iter().find(|e| e.kind == kind).unwrap_or_else(|| panic!("{ev:#?}"));
    for kind in ["prisoner_release", "prisoner_exchange"] {
        let e = of(kind);
        assert_eq!(e.date.as_deref(), Some("2025-03-21"), "{e:#?}");
        assert_eq!(e.date_source.as_deref(), Some("text"));
        assert_eq!(e.duration_minutes, None, "{e:#?}");
    }
    let meetings: Vec<_> = ev.iter().filter(|e| e.kind == "meeting").collect();
    let dates: Vec<_> = meetings.iter().map(|e| e.date.as_deref()).collect();
    assert_eq!(dates, [Some("2025-03-24"), Some("2025-03-26")], "{meetings:#?}");
    assert!(meetings.iter().all(|e| e.duration_minutes.is_none()), "{meetings:#?}");
}

#[test]
fn a_release_told_with_its_exchange_is_the_exchange() {
    let ev = events_of(
        "Belarus freed four Lithuanian citizens on Friday in a prisoner swap with Lithuania, \
         the ministry said.",
        "2025-03-22",
    );
    assert!(ev.iter().all(|e| e.kind != "prisoner_release"), "{ev:#?}");
    let x = ev.iter().find(|e| e.kind == "prisoner_exchange").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(x.participants, ["Lithuania", "Belarus"], "{x:#?}");
    assert_eq!(x.date.as_deref(), Some("2025-03-21"), "{x:#?}");
    // A release of its own stays one.
    let ev = events_of("Belarus freed four Lithuanian citizens on Friday.", "2025-03-22");
    assert!(ev.iter().any(|e| e.kind == "prisoner_release"), "{ev:#?}");
}

#[test]
fn those_freed_named_after_the_release_are_that_release() {
    let ev = events_of(
        "Belarusian President Alexander Lukashenko pardoned and released 14 prisoners on \
         Saturday.\n\nAmong those freed was opposition figure Siarhei Tsikhanouski, who had \
         been jailed since 2020.",
        "2025-06-21",
    );
    let r: Vec<_> = ev.iter().filter(|e| e.kind == "prisoner_release").collect();
    assert_eq!(r.len(), 1, "{ev:#?}");
    assert!(r[0].participants.iter().any(|p| p == "Siarhei Tsikhanouski"), "{r:#?}");
    assert_eq!(r[0].date.as_deref(), Some("2025-06-21"), "{r:#?}");
    // A release that names its own freed people is another group.
    let ev = events_of(
        "Belarus released Ihar Losik on Saturday.\n\nAmong those freed was Maria Kalesnikava.",
        "2025-06-21",
    );
    let r = ev.iter().filter(|e| e.kind == "prisoner_release").count();
    assert_eq!(r, 2, "{ev:#?}");
}

#[test]
fn the_possessor_of_a_persons_title_is_no_party() {
    let ev = events_of(
        "Belarusian President Alexander Lukashenko received U.S. President Donald Trump's \
         special envoy Keith Kellogg in Minsk on Saturday.",
        "2025-06-21",
    );
    let m = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(m.participants, ["Alexander Lukashenko", "Keith Kellogg"], "{m:#?}");
}

#[test]
fn a_ceremony_hosted_by_someone_is_no_meeting_of_its_own() {
    let ev = events_of(
        "Nikol Pashinyan and Ilham Aliyev signed a joint declaration at the White House on \
         Friday, in a ceremony hosted by U.S. President Donald Trump.",
        "2025-08-08",
    );
    assert!(ev.iter().all(|e| e.kind != "meeting"), "{ev:#?}");
    assert!(ev.iter().any(|e| e.kind == "agreement"), "{ev:#?}");
    let ev = events_of("Trump hosted Aliyev and Pashinyan on Friday.", "2025-08-08");
    assert!(ev.iter().any(|e| e.kind == "meeting"), "{ev:#?}");
}

#[test]
fn leaders_who_initialled_a_deal_agreed() {
    let ev = events_of(
        "The leaders of Azerbaijan and Armenia met at the White House on Friday and initialled a \
         peace agreement.",
        "2025-08-09",
    );
    let a = ev.iter().find(|e| e.kind == "agreement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(a.date.as_deref(), Some("2025-08-08"), "{a:#?}");
    assert!(a.participants.contains(&"Armenia".to_string()), "{a:#?}");
}

#[test]
fn a_meeting_takes_no_count_of_the_prisoners_in_its_sentence() {
    let ev = events_of(
        "Belarusian President Alexander Lukashenko met U.S. envoy Keith Kellogg in Minsk on \
         Saturday and pardoned 14 prisoners.",
        "2025-06-21",
    );
    let m = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(m.count, None, "{m:#?}");
    let r = ev.iter().find(|e| e.kind == "prisoner_release").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(r.count, Some(14), "{r:#?}");
}

#[test]
fn talks_after_a_journey_are_held_with_who_follows_and_who_hosted_them() {
    let ev = events_of(
        "Prime Minister Ardan Volkov returned to Yerevan on Thursday after talks in Istanbul \
         with Azerbaijani President Anna Marsh, which were hosted by Turkish President Teodor \
         Hale.",
        "2026-03-12",
    );
    let talks: Vec<_> = ev.iter().filter(|e| same_happening(&e.kind, "meeting")).collect();
    assert_eq!(talks.len(), 1, "{ev:#?}");
    let mut parts = talks[0].participants.clone();
    parts.sort();
    assert_eq!(parts, ["Anna Marsh", "Ardan Volkov", "Teodor Hale"], "{ev:#?}");
    // Thursday is when he came back: the talks were held then or in the days just before.
    assert_eq!(talks[0].date.as_deref(), Some("2026-03-12"), "{ev:#?}");
    assert!(talks[0].said_date, "{ev:#?}");
    // Said on the day: "said on Tuesday after talks" dates the talks.
    let ev = events_of(
        "Ardan Volkov said on Tuesday after talks with Anna Marsh that progress was made.",
        "2026-03-12",
    );
    let talks = ev.iter().find(|e| e.kind == "negotiation").expect("talks");
    assert_eq!(talks.date.as_deref(), Some("2026-03-10"), "{ev:#?}");
}

#[test]
fn who_says_how_many_were_freed_did_not_free_them() {
    let ev = events_of(
        "Azerbaijan released four Armenian detainees on Sunday, the commission said. The \
         ombudsman Anna Marsh confirmed the release, but said five men had been freed.",
        "2026-03-15",
    );
    let releases: Vec<_> = ev.iter().filter(|e| e.kind == "prisoner_release").collect();
    assert!(!releases.is_empty(), "{ev:#?}");
    for r in releases {
        assert!(!r.participants.iter().any(|p| p == "Anna Marsh"), "{r:#?}");
    }
}

#[test]
fn an_agreement_almost_reached_is_none() {
    let ev = events_of(
        "At that time, the Norlandic and Varnian delegations almost came to an agreement, but \
         Varnby withdrew from the talks.",
        "2026-03-15",
    );
    assert!(ev.iter().all(|e| e.kind != "agreement"), "{ev:#?}");
}

#[test]
fn weapons_launched_fired_or_hitting_are_strikes_and_other_launches_are_not() {
    let ev = events_of(
        "On Monday night, Russian forces launched 96 drones and four missiles at Ukraine, the air \
         force said. Russian drones and missiles hit the port of Odesa, killing three people.",
        "2025-10-21",
    );
    let strikes: Vec<_> = ev.iter().filter(|e| e.kind == "military_strike").collect();
    assert!(!strikes.is_empty(), "{ev:#?}");
    assert!(strikes.iter().all(|e| e.participants.iter().any(|p| p == "Russia")), "{ev:#?}");
    let ev = events_of(
        "Norland launched a website for exporters on Monday. The ruling hit exports hard. The \
         board fired its chairman.",
        "2025-10-21",
    );
    assert!(ev.iter().all(|e| e.kind != "military_strike"), "{ev:#?}");
}

#[test]
fn jets_sent_to_bomb_and_bombs_dropped_are_strikes_and_dropped_charges_are_not() {
    let ev = events_of(
        "Norland sent fighter jets to bomb Vestrian army posts on Thursday, the army said. \
         Norland's aircraft dropped two bombs on a road near the border on Friday morning.",
        "2025-07-26",
    );
    let strikes: Vec<_> = ev.iter().filter(|e| e.kind == "military_strike").collect();
    assert_eq!(strikes.len(), 2, "{ev:#?}");
    assert_eq!(strikes[0].date.as_deref(), Some("2025-07-24"), "{ev:#?}");
    assert_eq!(strikes[1].date.as_deref(), Some("2025-07-25"), "{ev:#?}");
    assert!(strikes.iter().all(|e| e.participants.iter().any(|p| p == "Norland")), "{ev:#?}");
    let ev = events_of(
        "Prosecutors dropped all charges against the mayor on Monday. The party dropped its \
         plan to tax drones.",
        "2025-07-26",
    );
    assert!(ev.iter().all(|e| e.kind != "military_strike"), "{ev:#?}");
}

#[test]
fn two_states_that_reached_a_ceasefire_agreed() {
    let ev = events_of(
        "Norway and Sweden reached a ceasefire on Saturday after three days of fighting.",
        "2025-05-11",
    );
    let a = ev.iter().find(|e| e.kind == "agreement").expect("an agreement");
    assert_eq!(a.date.as_deref(), Some("2025-05-10"), "{a:#?}");
    assert_eq!(a.participants, ["Norway", "Sweden"], "{a:#?}");
    // One side alone reaches no ceasefire.
    let ev = events_of("The ceasefire was reached on Saturday, Norway said.", "2025-05-11");
    assert!(ev.iter().all(|e| e.kind != "agreement"), "{ev:#?}");
}

#[test]
fn a_place_naming_a_pact_is_no_party_and_a_sitting_at_whose_edge_one_met_gives_its_day() {
    let ev = events_of(
        "Teodor Hale signed the Sharm el-Sheikh declaration with Ardan Volkov and Anna Marsh on \
         Monday.",
        "2025-10-14",
    );
    let a = ev.iter().find(|e| e.kind == "agreement").expect("an agreement");
    assert_eq!(a.participants, ["Teodor Hale", "Ardan Volkov", "Anna Marsh"], "{a:#?}");
    let ev = events_of(
        "Teodor Hale also met Ardan Volkov briefly on the sidelines of the summit on Monday, \
         officials said.",
        "2025-10-14",
    );
    let m = ev.iter().find(|e| e.kind == "meeting").expect("a meeting");
    assert_eq!(m.date.as_deref(), Some("2025-10-13"), "{m:#?}");
    assert_eq!(m.date_source.as_deref(), Some("text"), "{m:#?}");
}

#[test]
fn his_after_a_call_with_someone_is_the_callers() {
    let ev = events_of(
        "Teodor Hale spoke by phone with Ardan Volkov for an hour on Saturday after his summit \
         with Anna Marsh, Volkov said.",
        "2025-08-16",
    );
    let m = ev.iter().find(|e| e.kind == "meeting").expect("the summit");
    assert_eq!(m.participants, ["Teodor Hale", "Anna Marsh"], "{m:#?}");
}

#[test]
fn the_talks_broken_off_to_phone_someone_are_not_that_persons() {
    let ev = events_of(
        "Ardan Volkov met Teodor Hale in Oslo on Monday, three days after Hale's summit with \
         Anna Marsh in Bergen.\n\nHale broke off the talks to phone Marsh, officials said.",
        "2025-08-18",
    );
    let met = ev.iter().find(|e| e.participants.contains(&"Ardan Volkov".to_string()));
    let met = met.expect("the meeting in Oslo");
    assert_eq!(met.mentions.len(), 2, "{ev:#?}");
    let summit = ev.iter().find(|e| e.participants.contains(&"Anna Marsh".to_string()));
    assert!(summit.is_some_and(|s| s.mentions.len() == 1), "{ev:#?}");
}

#[test]
fn sanctions_agreed_are_sanctions_imposed() {
    let ev = events_of(
        "European Union foreign ministers on Monday agreed new sanctions on Iran over its supply \
         of drones to Russia.",
        "2025-10-21",
    );
    let s = ev.iter().find(|e| e.kind == "sanctions").expect("sanctions");
    assert_eq!(s.date.as_deref(), Some("2025-10-20"), "{s:#?}");
    assert!(s.participants.iter().any(|p| p == "Iran"), "{s:#?}");
}

#[test]
fn a_noun_referring_back_takes_no_date_of_another_happening() {
    let ev = events_of(
        "The European Union imposed sanctions on Iran on Monday. Ukrainian President Ardan Volkov \
         held a phone call with Anna Marsh on Tuesday and thanked her for the new sanctions \
         against Iran.",
        "2025-10-22",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").expect("a call");
    assert_eq!(call.date.as_deref(), Some("2025-10-21"), "{ev:#?}");
    for s in ev.iter().filter(|e| e.kind == "sanctions") {
        assert_ne!(s.date.as_deref(), Some("2025-10-21"), "{ev:#?}");
    }
}

#[test]
fn a_sitting_hosted_in_a_relative_clause_gains_its_host() {
    let ev = events_of(
        "Ardan Volkov said his meeting with Anna Marsh in Bergen on Monday lasted three hours. \
         \"We made progress,\" Volkov told journalists after the meeting, which the Nordic \
         Council hosted at its headquarters.",
        "2025-11-17",
    );
    let sittings: Vec<_> = ev.iter().filter(|e| same_happening(&e.kind, "meeting")).collect();
    assert_eq!(sittings.len(), 1, "{ev:#?}");
    assert!(sittings[0].participants.iter().any(|p| p == "Nordic Council"), "{ev:#?}");
}

#[test]
fn talks_the_sayer_tells_of_are_his_and_dated_by_the_words_said() {
    let ev = events_of(
        "President Ardan Volkov said on Tuesday that nearly four hours of talks with Anna Marsh \
         in Bergen the day before had been difficult.",
        "2025-11-18",
    );
    let talks = ev.iter().find(|e| same_happening(&e.kind, "meeting")).expect("talks");
    assert_eq!(talks.date.as_deref(), Some("2025-11-17"), "{ev:#?}");
    let mut parts = talks.participants.clone();
    parts.sort();
    assert_eq!(parts, ["Anna Marsh", "Ardan Volkov"], "{ev:#?}");
}

#[test]
fn releasing_an_unnamed_officer_is_a_release_and_a_report_is_not() {
    let ev = events_of(
        "Norland on Wednesday released a police officer from Estoria who had been held for \
         five months.",
        "2025-11-19",
    );
    assert!(ev.iter().any(|e| e.kind == "prisoner_release"), "{ev:#?}");
    let ev = events_of("Norland on Wednesday released a report on police officers.", "2025-11-19");
    assert!(ev.iter().all(|e| e.kind != "prisoner_release"), "{ev:#?}");
}

#[test]
fn a_day_after_counts_from_the_event_the_clause_refers_to() {
    let ev = events_of(
        "Ardan Volkov met Anna Marsh in Bergen on Thursday. The meeting came a day after Volkov \
         hosted Lena Holm for talks in Bergen.",
        "2025-10-31",
    );
    let holm = ev
        .iter()
        .find(|e| e.participants.iter().any(|p| p == "Lena Holm"))
        .unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(holm.date.as_deref(), Some("2025-10-29"), "{ev:#?}");
}

#[test]
fn a_visit_told_after_before_is_yet_to_come_and_a_test_launch_is_no_strike() {
    let ev = events_of(
        "Anna Marsh and Ardan Volkov spoke by telephone for about 25 minutes on Saturday, days \
         before the Norvian leader's visit to Bergen.",
        "2025-10-25",
    );
    let sittings: Vec<_> = ev.iter().filter(|e| e.kind == "meeting").collect();
    assert!(sittings.is_empty(), "{ev:#?}");
    assert!(ev.iter().any(|e| e.kind == "phone_call"), "{ev:#?}");
    let ev = events_of(
        "Russia fired several short-range ballistic missiles into the sea on Wednesday.",
        "2025-10-22",
    );
    assert!(ev.iter().all(|e| e.kind != "military_strike"), "{ev:#?}");
    let ev =
        events_of("Russia fired several missiles at the port of Odesa on Wednesday.", "2025-10-22");
    assert!(ev.iter().any(|e| e.kind == "military_strike"), "{ev:#?}");
}

#[test]
fn prisoners_returned_in_an_exchange_are_that_exchange() {
    // "in an exchange" joins the clause's subject to the noun as "in a swap" does.
    let ev = events_of(
        "Lithuania and Belarus each returned 95 prisoners of war on Sunday in an exchange \
         mediated by Qatar, the Lithuanian ministry said.",
        "2025-08-25",
    );
    let x = ev.iter().find(|e| e.kind == "prisoner_exchange").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(x.participants[..2], ["Lithuania", "Belarus"], "{x:#?}");
    assert_eq!(x.date.as_deref(), Some("2025-08-24"), "{x:#?}");
    assert_eq!(x.count, Some(95), "{x:#?}");
}

#[test]
fn the_two_leaders_are_those_of_the_latest_call_not_the_last_two_names() {
    let ev = events_of(
        "Anna Marsh told Ardan Volkov in a phone call on Sunday that Norvia was ready to host a \
         meeting between him and Ivo Dralec, her office said on Monday.\n\nThe two leaders \
         spoke for nearly an hour, according to the statement, which said Marsh had also \
         welcomed Sunday's prisoner exchange between Estoria and Velonia.",
        "2025-08-25",
    );
    let calls: Vec<_> = ev.iter().filter(|e| e.kind == "phone_call").collect();
    assert_eq!(calls.len(), 1, "{ev:#?}");
    assert_eq!(calls[0].participants, ["Anna Marsh", "Ardan Volkov"], "{ev:#?}");
    assert_eq!(calls[0].duration_minutes, Some([45, 60]), "{ev:#?}");
    // The hour is the call's, told before the exchange's words: not the exchange's.
    let x = ev.iter().find(|e| e.kind == "prisoner_exchange").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(x.duration_minutes, None, "{x:#?}");
}

#[test]
fn a_participle_describing_people_or_a_total_tells_of_no_release() {
    let ev = events_of(
        "Ardan Volkov said on Sunday that the freed men included soldiers who had defended the \
         port in 2022.\n\nThe foreign ministry said the total number of prisoners released \
         through its efforts had reached 4,641.",
        "2025-08-24",
    );
    assert!(ev.iter().all(|e| e.kind != "prisoner_release"), "{ev:#?}");
    // The act itself, and a participle with its doer, still are.
    let ev = events_of("Belarus freed 40 prisoners on Sunday.", "2025-08-24");
    assert!(ev.iter().any(|e| e.kind == "prisoner_release"), "{ev:#?}");
    let ev = events_of(
        "Belarus freed 40 prisoners on Sunday.\n\nAmong those freed was Ivo Dralec.",
        "2025-08-24",
    );
    let r: Vec<_> = ev.iter().filter(|e| e.kind == "prisoner_release").collect();
    assert_eq!(r.len(), 1, "{ev:#?}");
}

#[test]
fn soldiers_returned_are_a_release_and_their_home_region_no_side() {
    let ev = events_of(
        "Title\n\nOne hundred and forty-six Russian servicemen have been returned from territory controlled by \
         Kyiv, the ministry said on Sunday. Eight residents of the Kursk region who had been \
         held in Ukraine were also returned home.",
        "2025-08-24",
    );
    // (The residents are a group of their own: two releases.)
    let r: Vec<_> = ev.iter().filter(|e| e.kind == "prisoner_release").collect();
    assert!(!r.is_empty(), "{ev:#?}");
    assert!(r.iter().all(|r| !r.participants.iter().any(|p| p == "Kursk")), "{r:#?}");
    // Those freed are of the state their nationality word names, counted in words.
    assert!(r[0].participants.iter().any(|p| p == "Russia"), "{r:#?}");
    assert_eq!(r[0].count, Some(146), "{r:#?}");
    assert_eq!(r[0].date.as_deref(), Some("2025-08-24"), "{r:#?}");
    // Brought home from captivity, counted with "of its".
    let ev = events_of(
        "Ukraine has brought 150 of its defenders home from Russian captivity, the president \
         said on Sunday.",
        "2025-08-24",
    );
    let r = ev.iter().find(|e| e.kind == "prisoner_release").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(r.count, Some(150), "{r:#?}");
    // Soldiers who return to their base are freed by no one.
    let ev = events_of("The soldiers returned to their base on Sunday.", "2025-08-24");
    assert!(ev.iter().all(|e| e.kind != "prisoner_release"), "{ev:#?}");
}

#[test]
fn who_repeats_an_offer_after_with_makes_it() {
    let ev = events_of(
        "Ukraine's Volodymyr Zelenskiy met Ardan Volkov in Varnby on Saturday, with Ardan Volkov \
         repeating his offer to mediate between Kyiv and Moscow.",
        "2025-03-08",
    );
    let offer =
        ev.iter().find(|e| e.kind == "offer_mediation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(offer.participants, ["Ardan Volkov"], "{offer:#?}");
}

#[test]
fn ready_to_host_a_meeting_offers_mediation() {
    let ev = events_of(
        "Anna Marsh said on Sunday that Norvia was ready to host a meeting between the two \
         presidents.",
        "2025-08-25",
    );
    let offer =
        ev.iter().find(|e| e.kind == "offer_mediation").unwrap_or_else(|| panic!("{ev:#?}"));
    // The state that would host, or who said so.
    assert!(offer.participants.iter().any(|p| p == "Norvia" || p == "Anna Marsh"), "{offer:#?}");
    // A state offers too.
    let ev = events_of("Qatar offered to mediate between the two sides on Sunday.", "2025-08-25");
    let offer =
        ev.iter().find(|e| e.kind == "offer_mediation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(offer.participants, ["Qatar"], "{offer:#?}");
    // Hosting guests is no offer.
    let ev = events_of("Anna Marsh said Norvia was ready to host the tourists.", "2025-08-25");
    assert!(ev.iter().all(|e| e.kind != "offer_mediation"), "{ev:#?}");
}

#[test]
fn told_in_a_call_is_a_call_and_armed_forces_are_their_state() {
    let ev = events_of(
        "Chancellor Friedrich Merz told President Anna Marsh in a call on Thursday that Germany \
         would pay for two more air defence systems.\n\nThe two leaders spoke for about 30 \
         minutes.",
        "2025-08-01",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(call.participants, ["Friedrich Merz", "Anna Marsh"], "{call:#?}");
    assert_eq!(call.duration_minutes, Some([27, 33]), "{call:#?}");
    // "a call for calm" is an appeal.
    let ev = events_of("The pope renewed his plea in a call for calm on Sunday.", "2025-08-01");
    assert!(ev.iter().all(|e| e.kind != "phone_call"), "{ev:#?}");
    let ev = events_of(
        "The Russian armed forces carried out a massive strike on Kharkiv on Thursday.",
        "2025-07-31",
    );
    let strike =
        ev.iter().find(|e| e.kind == "military_strike").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(strike.agents, ["Russia"], "{strike:#?}");
    // A day of mourning declared is no statement that lasted a day.
    let ev = events_of("Ukraine declared Friday a day of mourning.", "2025-08-01");
    assert!(ev.iter().all(|e| e.duration_minutes.is_none()), "{ev:#?}");
}

#[test]
fn sanctions_agreed_in_a_package_are_the_subjects() {
    for text in [
        "The EU adopted sanctions on Russia on Thursday.",
        "The EU agreed a new package of sanctions on Russia on Thursday.",
        "The European Union on Thursday agreed its 19th round of sanctions on Russia.",
        "The EU blacklisted 117 vessels on Thursday.",
    ] {
        let ev = events_of(text, "2025-10-24");
        let s =
            ev.iter().find(|e| e.kind == "sanctions").unwrap_or_else(|| panic!("{text}: {ev:#?}"));
        assert_eq!(s.agents.len(), 1, "{text}: {s:#?}");
        assert!(s.agents[0].contains("E"), "{text}: {s:#?}");
        assert_eq!(s.date.as_deref(), Some("2025-10-23"), "{text}: {s:#?}");
    }
    // Still a plan where a modal verb says so.
    let ev = events_of("The EU could agree a new package of sanctions next week.", "2025-10-24");
    assert!(ev.iter().all(|e| e.kind != "sanctions"), "{ev:#?}");
}

#[test]
fn meeting_someone_after_a_subordinator_is_the_subjects_meeting() {
    let ev = events_of(
        "Special envoy Tomas Varga brought six prisoners home after meeting President Elin Roos.",
        "2025-07-19",
    );
    let m = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(m.participants, ["Tomas Varga", "Elin Roos"], "{m:#?}");
}

#[test]
fn posts_and_televised_addresses_are_statements() {
    // The quoted "never" is the speaker's word, no denial of the address.
    let ev = events_of(
        "President Elin Roos thanked \"the mothers who never stopped fighting\" in a televised \
         address on Friday night. Tomas Varga wrote on X that the talks had ended.",
        "2025-07-19",
    );
    let said: Vec<_> = ev.iter().filter(|e| e.kind == "statement").collect();
    assert_eq!(said.len(), 2, "{ev:#?}");
    assert_eq!(said[0].participants, ["Elin Roos"], "{ev:#?}");
    assert_eq!(said[0].date.as_deref(), Some("2025-07-18"), "{ev:#?}");
    assert_eq!(said[1].participants, ["Tomas Varga"], "{ev:#?}");
}

#[test]
fn detainees_delivered_to_a_states_authorities_are_a_release_to_that_state() {
    let ev = events_of(
        "President Elin Roos said on Friday that Finland had delivered all 25 Estonian detainees \
         to the Estonian authorities, a day after she held a 30-minute phone call with Tomas \
         Varga.",
        "2025-07-19",
    );
    let r = ev.iter().find(|e| e.kind == "prisoner_release").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(r.participants, ["Finland", "Estonia"], "{r:#?}");
    assert_eq!(r.agents, ["Finland"], "{r:#?}");
    assert_eq!(r.count, Some(25), "{r:#?}");
    assert_eq!(r.date.as_deref(), Some("2025-07-18"), "{r:#?}");
    // The release takes no duration, so the call keeps its own.
    let call = ev.iter().find(|e| e.kind == "phone_call").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(call.duration_minutes, Some([30, 30]), "{call:#?}");
    assert_eq!(call.date.as_deref(), Some("2025-07-17"), "{call:#?}");
}

#[test]
fn who_says_it_in_an_aside_is_no_party() {
    let ev = events_of(
        "In exchange, Roos said, Estonia freed 10 Finnish prisoners on Friday.",
        "2025-07-19",
    );
    let r = ev.iter().find(|e| e.kind == "prisoner_release").unwrap_or_else(|| panic!("{ev:#?}"));
    assert!(!r.participants.iter().any(|p| p.contains("Roos")), "{r:#?}");
}

#[test]
fn talks_between_a_states_officials_and_a_nationalitys_are_between_the_states() {
    let ev = events_of(
        "NORVIK, July 29 (Wire) - U.S. and Chinese officials ended two days of talks in Norvik \
         on Tuesday. Treasury Secretary Scott Bessent said the talks with Vice Premier He \
         Lifeng had been constructive.",
        "2025-07-29",
    );
    let talks: Vec<_> = ev.iter().filter(|e| e.kind == "negotiation").collect();
    assert_eq!(talks.len(), 1, "{ev:#?}");
    assert_eq!(talks[0].date.as_deref(), Some("2025-07-29"), "{ev:#?}");
    assert!(talks[0].participants.iter().any(|p| p == "China"), "{ev:#?}");
    assert!(talks[0].participants.iter().any(|p| p == "He Lifeng"), "{ev:#?}");
    assert_eq!(talks[0].mentions.len(), 2, "{ev:#?}");
}

#[test]
fn days_from_one_date_to_another_date_the_event_by_both() {
    let text = "BEIJING (Xinhua) -- Vice Premier He Lifeng held talks with Treasury Secretary \
                Scott Bessent in Norvik from July 28 to 29.";
    let ev = events_of(text, "2025-07-30");
    let m = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(m.date.as_deref(), Some("2025-07-28/2025-07-29"), "{m:#?}");
    // Its date points at both days.
    let d = m.date_span.expect("a date span");
    assert_eq!(&text[d.start..d.end], "July 28 to 29");
    // A date of its own closes the days too, "between" and "and" as well; a day before the
    // first is no end.
    for (text, date) in [
        (
            "Ines Roth and Ole Dahl held talks in Norvik from July 30 to August 2.",
            "2025-07-30/2025-08-02",
        ),
        (
            "Ines Roth and Ole Dahl held talks in Norvik between June 15 and 17.",
            "2025-06-15/2025-06-17",
        ),
        ("Ines Roth and Ole Dahl held talks in Norvik from July 28 to 3.", "2025-07"),
    ] {
        let ev = events_of(text, "2025-08-30");
        let m = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
        assert_eq!(m.date.as_deref(), Some(date), "{m:#?}");
    }
    // The dateline's place and agency take no part.
    assert_eq!(m.participants, ["He Lifeng", "Scott Bessent"], "{m:#?}");
}

#[test]
fn briefing_someone_by_phone_is_a_call_with_the_subject() {
    let ev = events_of(
        "Treasury Secretary Scott Bessent was in Washington on Wednesday. He said he had \
         briefed President Donald Trump by phone on Tuesday evening.",
        "2025-07-30",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(call.participants, ["Scott Bessent", "Donald Trump"], "{call:#?}");
    assert_eq!(call.date.as_deref(), Some("2025-07-29"), "{call:#?}");
    // An interview by phone is no call between people the dossier follows.
    let ev = events_of("Scott Bessent told Reuters by phone that talks went well.", "2025-07-30");
    assert!(ev.iter().all(|e| e.kind != "phone_call"), "{ev:#?}");
}

#[test]
fn a_toll_that_rose_counts_the_dead_and_a_states_attack_is_a_strike() {
    for text in [
        "The number of people killed in Thursday's Russian strike on Kharkiv has risen to 31.",
        "The death toll from Thursday's Russian strike on Kharkiv rose to 31.",
    ] {
        let ev = events_of(text, "2025-08-01");
        let s = ev
            .iter()
            .find(|e| e.kind == "military_strike")
            .unwrap_or_else(|| panic!("{text}: {ev:#?}"));
        let killed: Vec<_> = s.figures.iter().filter(|f| f.what == "people killed").collect();
        assert_eq!(killed.len(), 1, "{text}: {s:#?}");
        assert_eq!(killed[0].value, 31, "{text}: {s:#?}");
    }
    // "up to 31" is a bound, no toll; a toll needs its verb.
    let ev =
        events_of("Russian drones struck Kyiv on Thursday, damaging up to 31 homes.", "2025-08-01");
    let s = ev.iter().find(|e| e.kind == "military_strike").unwrap_or_else(|| panic!("{ev:#?}"));
    assert!(s.figures.iter().all(|f| f.what != "people killed"), "{s:#?}");
    let ev = events_of(
        "Chancellor Friedrich Merz described the Russian attack on Kyiv, which killed 28 people, \
         as a crime.",
        "2025-08-01",
    );
    let s = ev.iter().find(|e| e.kind == "military_strike").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(s.agents, ["Russia"], "{s:#?}");
}

#[test]
fn sanctions_on_a_states_companies_named_after_a_comma_are_on_them() {
    let ev = events_of(
        "The United States imposed sanctions on Russia's two biggest oil companies, Rosneft and \
         Lukoil, on Wednesday.",
        "2025-10-23",
    );
    let s = ev.iter().find(|e| e.kind == "sanctions").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(s.participants, ["United States", "Russia", "Rosneft", "Lukoil"], "{s:#?}");
    assert_eq!(s.agents, ["United States"], "{s:#?}");
}

#[test]
fn a_separate_meeting_is_another_on_the_same_occasion() {
    let ev = events_of(
        "President Ilham Aliyev met President Donald Trump and Prime Minister Nikol Pashinyan at \
         the White House on August 8. Aliyev and Trump held a separate bilateral meeting that \
         lasted about an hour, the press service said.",
        "2025-08-09",
    );
    let meetings: Vec<_> = ev.iter().filter(|e| e.kind == "meeting").collect();
    assert_eq!(meetings.len(), 2, "{ev:#?}");
    assert_eq!(meetings[0].duration_minutes, None, "{ev:#?}");
    assert_eq!(meetings[1].participants, ["Ilham Aliyev", "Donald Trump"], "{ev:#?}");
    assert_eq!(meetings[1].date.as_deref(), Some("2025-08-08"), "{ev:#?}");
    assert!(meetings[1].duration_minutes.is_some(), "{ev:#?}");
}

#[test]
fn a_nationality_word_before_strikes_names_who_struck() {
    // Sunday 2025-05-11. Peru's army reports the toll; Chile struck.
    let ev = events_of(
        "Peru's military said 40 civilians had been killed in Chilean strikes on Wednesday.",
        "2025-05-11",
    );
    let strike = ev.iter().find(|e| e.kind == "military_strike").expect("a strike");
    assert_eq!(strike.agents, ["Chile"], "{strike:#?}");
}

#[test]
fn strikes_by_two_sides_in_one_sentence_are_two_events() {
    let ev = events_of(
        "Earlier on Saturday, Chile said it had struck eight military sites after Peru fired \
         drones and missiles at Chilean bases.",
        "2025-05-10",
    );
    let strikes: Vec<_> = ev.iter().filter(|e| e.kind == "military_strike").collect();
    assert_eq!(strikes.len(), 2, "{strikes:#?}");
    assert!(strikes.iter().all(|s| s.agents.len() == 1), "{strikes:#?}");
}

#[test]
fn a_date_may_stand_between_a_call_and_whom_it_was_with() {
    // "with" said again before each person: a call with each.
    let ev = events_of(
        "Lena Marsh spoke by phone on Wednesday with Chile's national security adviser, Ardan \
         Volkov, and with Peru's foreign minister, Teodor Hale, her office said.",
        "2025-05-08",
    );
    let calls: Vec<_> = ev.iter().filter(|e| e.kind == "phone_call").collect();
    assert_eq!(calls.len(), 2, "{ev:#?}");
    for (c, other) in calls.iter().zip(["Ardan Volkov", "Teodor Hale"]) {
        assert_eq!(c.participants, ["Lena Marsh", other], "{c:#?}");
        assert_eq!(c.date.as_deref(), Some("2025-05-07"));
    }
    // One "with": one call with both.
    let ev = events_of(
        "Lena Marsh spoke by phone on Wednesday with Ardan Volkov and Teodor Hale.",
        "2025-05-08",
    );
    let calls: Vec<_> = ev.iter().filter(|e| e.kind == "phone_call").collect();
    assert_eq!(calls.len(), 1, "{ev:#?}");
    assert_eq!(calls[0].participants.len(), 3, "{calls:#?}");
}

#[test]
fn an_officer_named_by_nationality_calls_his_counterpart_for_his_state() {
    let ev = events_of(
        "Foreign Secretary Ardan Volkov said the Peruvian director general of military \
         operations had called his Chilean counterpart at 15:35 on Saturday.",
        "2025-05-10",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").expect("a call");
    let mut names = call.participants.clone();
    names.sort();
    assert_eq!(names, ["Chile", "Peru"], "{call:#?}");
}

#[test]
fn a_release_in_exchange_told_in_the_next_sentence_makes_an_exchange() {
    let ev = events_of(
        "President Teodor Hale said on Friday that Chile had delivered all 52 Peruvian \
         detainees to the Peruvian authorities. In exchange, Hale said, Peru had freed ten \
         Chilean citizens.",
        "2025-07-18",
    );
    assert!(ev.iter().any(|e| e.kind == "prisoner_exchange"), "{ev:#?}");
    assert!(!ev.iter().any(|e| e.kind == "prisoner_release"), "{ev:#?}");
}

#[test]
fn statements_in_a_post_at_a_news_conference_and_in_an_opening_phrase() {
    let ev = events_of(
        "Foreign Minister Ardan Volkov confirmed the truce in a post on X. \"We want peace,\" \
         he wrote.\n\nIn a televised address on Saturday night, Teodor Hale thanked Norland.\n\n\
         Lena Marsh told a news conference in Lima that the talks would go on.",
        "2025-05-11",
    );
    for who in ["Ardan Volkov", "Teodor Hale", "Lena Marsh"] {
        assert!(
            ev.iter().any(|e| e.kind == "statement" && e.participants == [who]),
            "{who}: {ev:#?}"
        );
    }
}

#[test]
fn a_call_to_him_told_by_him_is_his() {
    let ev = events_of(
        "Foreign Minister Ardan Volkov told Radio Lima that Lena Marsh had called him on Friday.",
        "2025-05-10",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").expect("a call");
    let mut names = call.participants.clone();
    names.sort();
    assert_eq!(names, ["Ardan Volkov", "Lena Marsh"], "{call:#?}");
}

#[test]
fn a_meeting_told_in_a_while_clause_is_on_the_day_of_the_call() {
    // Tuesday 2025-08-19: "on Monday" is 2025-08-18.
    let ev = events_of(
        "Lena Marsh and Ardan Volkov spoke by telephone for about 30 minutes on Monday while \
         Marsh was meeting Teodor Hale in Lima, Volkov's office said on Tuesday.",
        "2025-08-19",
    );
    let meeting = ev.iter().find(|e| e.kind == "meeting").expect("a meeting");
    assert_eq!(meeting.date.as_deref(), Some("2025-08-18"), "{meeting:#?}");
    let mut names = meeting.participants.clone();
    names.sort();
    assert_eq!(names, ["Lena Marsh", "Teodor Hale"], "{meeting:#?}");
}

#[test]
fn a_break_to_phone_someone_is_a_call_and_talk_of_meetings_to_come_is_none() {
    let ev = events_of(
        "Lena Marsh hosted Teodor Hale in Lima on Monday, breaking off the talks to phone Ardan \
         Volkov. Her office said the call lasted 40 minutes.\n\nMarsh said she had begun \
         arranging a meeting between Volkov and Hale, to be followed by a trilateral meeting. \
         No date or place had been set for a meeting between Volkov and Hale, and the issue \
         of a summit with Ilse Varga had not been raised.",
        "2025-08-18",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").expect("a call");
    let mut names = call.participants.clone();
    names.sort();
    assert_eq!(names, ["Ardan Volkov", "Lena Marsh"], "{call:#?}");
    let meetings: Vec<_> = ev.iter().filter(|e| e.kind == "meeting").collect();
    assert_eq!(meetings.len(), 1, "{meetings:#?}");
    let mut names = meetings[0].participants.clone();
    names.sort();
    assert_eq!(names, ["Lena Marsh", "Teodor Hale"], "{meetings:#?}");
}

#[test]
fn counts_in_grouped_digits_and_what_is_no_release() {
    assert_eq!(parse_count("1,966"), Some(1966));
    assert_eq!(parse_count("252"), Some(252));
    assert_eq!(parse_count("1,96"), None);
    assert_eq!(parse_count("5,000,000"), Some(5_000_000));
    let ev = events_of(
        "Chile released 1,966 prisoners on Monday. Peru handed over the remains of four \
         soldiers to the Red Cross on Monday.",
        "2025-10-14",
    );
    let releases: Vec<_> = ev.iter().filter(|e| e.kind == "prisoner_release").collect();
    assert_eq!(releases.len(), 1, "{releases:#?}");
    assert_eq!(releases[0].count, Some(1966), "{releases:#?}");
}

#[test]
fn a_happening_after_another_is_not_its_subjects() {
    let ev = events_of(
        "Lena Marsh and the leaders of Chile and Peru signed a declaration in Lima on Monday, \
         hours after the exchange of hostages and prisoners.",
        "2025-10-13",
    );
    assert!(
        !ev.iter()
            .any(|e| e.kind == "prisoner_exchange"
                && e.participants.contains(&"Lena Marsh".to_string())),
        "{ev:#?}"
    );
}

#[test]
fn a_where_clause_tells_its_own_parties_and_the_time_of_the_clause_before() {
    let ev = events_of(
        "President Teodor Hale met Lena Marsh and Ardan Volkov in Lima on August 8, where the \
         sides initialled a peace agreement between Chile and Peru.",
        "2025-08-09",
    );
    let deal = ev.iter().find(|e| e.kind == "agreement").expect("an agreement");
    let mut names = deal.participants.clone();
    names.sort();
    assert_eq!(names, ["Chile", "Peru"], "{deal:#?}");
    assert_eq!(deal.date.as_deref(), Some("2025-08-08"), "{deal:#?}");
}

#[test]
fn talks_with_officials_of_a_state_are_with_that_state() {
    // The subject that opens the sentence held the talks told after its comma.
    let ev = events_of(
        "Norway said on Tuesday it was ready to accept a proposal for a ceasefire with Sweden, \
         after more than eight hours of talks with Finnish officials in the Danish city of \
         Aarhus.",
        "2025-03-12",
    );
    let n = ev.iter().find(|e| e.kind == "negotiation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(n.participants, ["Norway", "Finland"], "{n:#?}");
    assert_eq!(n.place.as_deref(), Some("Aarhus"), "{n:#?}");
    assert_eq!(n.date.as_deref(), Some("2025-03-11"), "{n:#?}");
    // Nationality words before a word for officials, as the subject of "held talks".
    let ev =
        events_of("Finnish and Norwegian officials held talks in Aarhus on Tuesday.", "2025-03-12");
    let n = ev.iter().find(|e| e.kind == "negotiation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(n.participants, ["Finland", "Norway"], "{n:#?}");
}

#[test]
fn what_was_agreed_in_a_phone_call_dates_the_call_too() {
    let ev = events_of(
        "Ardan Volkov and Teodor Hale agreed in a phone call on Tuesday that their armies would \
         halt attacks on power plants for 30 days, the ministry said.",
        "2025-03-19",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(call.date.as_deref(), Some("2025-03-18"), "{call:#?}");
    let deal = ev.iter().find(|e| e.kind == "agreement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(deal.date.as_deref(), Some("2025-03-18"), "{deal:#?}");
    // A modal verb still makes the call a plan.
    let ev = events_of(
        "Ardan Volkov and Teodor Hale will discuss it in a phone call on Tuesday.",
        "2025-03-19",
    );
    assert!(ev.iter().all(|e| e.kind != "phone_call"), "{ev:#?}");
}

#[test]
fn a_meeting_days_before_the_day_said_is_background_held_where_its_name_says() {
    let ev = events_of(
        "The government of Norway has paused all aid to Sweden, an official said on Monday \
         evening, days after a heated Oval Office meeting between Ardan Volkov and Teodor Hale \
         ended without a deal.",
        "2025-03-04",
    );
    let pause = ev.iter().find(|e| e.kind == "aid_suspension").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(pause.date.as_deref(), Some("2025-03-03"), "{pause:#?}");
    let m = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert!(m.background && m.date.is_none(), "{m:#?}");
    assert_eq!(m.participants, ["Ardan Volkov", "Teodor Hale"], "{m:#?}");
    assert_eq!(m.place.as_deref(), Some("Oval Office"), "{m:#?}");
}

#[test]
fn the_people_of_a_clause_in_which_a_meeting_is_told_sat_at_it() {
    let ev = events_of(
        "The decision followed a meeting on Friday in which Ardan Volkov accused Teodor Hale of \
         bad faith.",
        "2025-03-04",
    );
    let m = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(m.participants, ["Ardan Volkov", "Teodor Hale"], "{m:#?}");
    assert_eq!(m.date.as_deref(), Some("2025-02-28"), "{m:#?}");
}

#[test]
fn a_reference_back_takes_no_recipient_and_a_raised_topic_tells_nothing() {
    let ev = events_of(
        "Norway has paused all military aid to Sweden, an official said on Monday. The pause \
         covers weapons already on their way to Denmark. Sweden also raised the release of \
         prisoners.",
        "2025-03-04",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].participants, ["Norway", "Sweden"], "{ev:#?}");
}

#[test]
fn a_verb_after_and_has_the_subject_of_its_clause() {
    let ev = events_of(
        "Ardan Volkov spoke with Teodor Hale on Monday and invited Mira Sand to Oslo.",
        "2025-03-12",
    );
    let inv = ev.iter().find(|e| e.kind == "invitation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(inv.participants, ["Ardan Volkov", "Mira Sand"], "{inv:#?}");
}

#[test]
fn a_date_inside_a_phrase_and_an_offer_to_host_talks() {
    let ev = events_of(
        "Ardan Volkov offered on Friday to host a new round of talks between Chile and Peru in \
         Lima.",
        "2025-10-24",
    );
    let offer =
        ev.iter().find(|e| e.kind == "offer_mediation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(offer.participants, ["Ardan Volkov"], "{offer:#?}");
    assert!(ev.iter().all(|e| e.kind != "negotiation"), "{ev:#?}");
    let ev =
        events_of("The Kremlin said on Thursday in a statement that it was ready.", "2025-10-24");
    assert!(ev.iter().any(|e| e.kind == "statement"), "{ev:#?}");
}

#[test]
fn a_states_name_inside_the_nouns_phrase_acts() {
    let ev = events_of(
        "Ardan Volkov said on Thursday that the new US sanctions on Chilean mines were unfair.",
        "2025-10-24",
    );
    let s = ev.iter().find(|e| e.kind == "sanctions").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(s.agents, ["United States"], "{s:#?}");
    // A meeting put off took no place.
    let ev = events_of(
        "Ardan Volkov said a meeting with Teodor Hale had not been cancelled but postponed.",
        "2025-10-24",
    );
    assert!(ev.iter().all(|e| e.kind != "meeting"), "{ev:#?}");
}

#[test]
fn soldiers_swapped_and_the_last_group_freed_by_a_state() {
    let ev = events_of(
        "Chile and Peru swapped 307 servicemen each on Saturday, the ministry said.",
        "2025-05-25",
    );
    let x = ev.iter().find(|e| e.kind == "prisoner_exchange").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(x.count, Some(307), "{x:#?}");
    let ev = events_of(
        "The last 303 Peruvian prisoners were released by Chile on Sunday, Teodor Hale said.",
        "2025-05-25",
    );
    let r = ev.iter().find(|e| e.kind == "prisoner_release").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(r.agents, ["Chile"], "{r:#?}");
    assert!(!r.background && r.date.as_deref() == Some("2025-05-25"), "{r:#?}");
}

#[test]
fn a_person_pardoning_and_a_state_releasing_are_one_release_but_three_more_are_not_one() {
    let ev = events_of(
        "On February 11, Chile released Ardan Volkov, a former teacher. He was pardoned by \
         Teodor Hale. The ministry also reported on the release of three more prisoners.",
        "2025-02-12",
    );
    let releases: Vec<_> = ev.iter().filter(|e| e.kind == "prisoner_release").collect();
    let volkov = releases
        .iter()
        .find(|e| e.participants.iter().any(|p| p == "Ardan Volkov"))
        .unwrap_or_else(|| panic!("{ev:#?}"));
    assert!(volkov.participants.iter().any(|p| p == "Teodor Hale"), "{volkov:#?}");
    assert_eq!(volkov.count, None, "{volkov:#?}");
}

#[test]
fn prisoners_freed_by_each_side_are_an_exchange_between_the_last_two_states() {
    let ev = events_of(
        "Chile and Peru exchanged prisoners again on Sunday.\n\nOn Saturday, 300 soldiers were \
         freed by each side, officials said.",
        "2025-05-25",
    );
    let x = ev
        .iter()
        .find(|e| e.kind == "prisoner_exchange" && e.count == Some(300))
        .unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(x.participants, ["Chile", "Peru"], "{x:#?}");
    assert_eq!(x.date.as_deref(), Some("2025-05-24"), "{x:#?}");
}

#[test]
fn what_an_act_answers_went_before_it_and_the_counts_are_the_acts() {
    let ev = events_of(
        "Chile launched missiles at an air base in Peru on Monday evening in retaliation for the \
         Peruvian strikes on its ports, the ministry said.\n\nAir defences intercepted 19 \
         missiles, the ministry said.",
        "2025-06-23",
    );
    let answer = ev
        .iter()
        .find(|e| e.kind == "military_strike" && e.agents == ["Chile"])
        .unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(answer.date.as_deref(), Some("2025-06-23"), "{answer:#?}");
    assert!(answer.figures.iter().any(|f| f.value == 19), "{answer:#?}");
    let cause = ev
        .iter()
        .find(|e| e.kind == "military_strike" && e.agents == ["Peru"])
        .unwrap_or_else(|| panic!("{ev:#?}"));
    assert!(cause.background && cause.date.is_none(), "{cause:#?}");
}

#[test]
fn a_seat_of_government_is_where_a_meeting_was_held() {
    let ev = events_of("Ardan Volkov met Teodor Hale in the Kremlin on Monday.", "2025-06-23");
    let m = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(m.place.as_deref(), Some("Kremlin"), "{m:#?}");
}

#[test]
fn telling_an_organisation_is_a_statement_and_telling_a_person_is_not() {
    let ev = events_of(
        "Ardan Volkov told Fox Business on Thursday that more sanctions could follow.",
        "2025-10-24",
    );
    let s = ev.iter().find(|e| e.kind == "statement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(s.participants, ["Ardan Volkov"], "{s:#?}");
    assert_eq!(s.date.as_deref(), Some("2025-10-23"), "{s:#?}");
    let ev = events_of("Ardan Volkov told Teodor Hale that he wanted peace.", "2025-10-24");
    assert!(ev.iter().all(|e| e.kind != "statement"), "{ev:#?}");
}

#[test]
fn a_states_act_named_in_someones_words_is_an_earlier_act() {
    let ev = events_of(
        "Ardan Volkov said on Thursday that the new US sanctions on Chilean mines were unfair.",
        "2025-10-24",
    );
    let s = ev.iter().find(|e| e.kind == "sanctions").unwrap_or_else(|| panic!("{ev:#?}"));
    assert!(s.background && s.date.is_none(), "{s:#?}");
}

#[test]
fn an_exchange_told_as_two_releases_counts_the_side_told_first() {
    let ev = events_of(
        "Belarus released four Lithuanian detainees on Saturday at the border. In return, \
         Lithuania freed two Belarusian soldiers, officials said.",
        "2025-07-12",
    );
    let ex = ev.iter().find(|e| e.kind == "prisoner_exchange").expect("an exchange");
    assert_eq!(ex.count, Some(4), "{ex:#?}");
}

#[test]
fn had_before_an_event_noun_is_the_verb_not_an_earlier_time() {
    let ev = events_of(
        "Anna Brisk called Teodor Hale on Monday, officials said. On Sunday, Brisk had a \
         telephone conversation with Miriam Holt. The call lasted about an hour. Brisk had had \
         a call with Holt in March.",
        "2025-07-15",
    );
    let calls: Vec<_> = ev.iter().filter(|e| e.kind == "phone_call").collect();
    let sunday = calls.iter().find(|c| c.date.as_deref() == Some("2025-07-13")).expect("Sunday");
    assert!(!sunday.background, "{sunday:#?}");
    assert_eq!(sunday.duration_minutes, Some([54, 66]), "{sunday:#?}");
    let monday = calls.iter().find(|c| c.date.as_deref() == Some("2025-07-14")).expect("Monday");
    assert_eq!(monday.duration_minutes, None, "{monday:#?}");
    let march = calls.iter().find(|c| c.date.as_deref() == Some("2025-03")).expect("March");
    assert!(march.background, "{march:#?}");
}

#[test]
fn talks_after_which_two_sides_agreed_were_held_by_those_sides_that_day() {
    let ev = events_of(
        "The leaders of Armenia and Azerbaijan agreed on Thursday to a prisoner release after \
         talks in the Emirati capital that lasted more than six hours, officials said. The two \
         leaders last met in Prague in October 2024, an adviser to Aliyev said.",
        "2025-07-11",
    );
    let talks = ev.iter().find(|e| e.kind == "negotiation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(talks.participants, ["Armenia", "Azerbaijan"], "{talks:#?}");
    assert_eq!(talks.date.as_deref(), Some("2025-07-10"));
    assert_eq!(talks.duration_minutes, Some([360, 540]));
    // Their leaders are who met before.
    let prague = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(prague.participants, ["Armenia", "Azerbaijan"], "{prague:#?}");
    assert!(prague.background);
    // Talks that went on for months, or that refer back, are no sitting of that day.
    for text in [
        "Armenia and Azerbaijan reached a deal on Thursday after months of talks.",
        "Armenia and Azerbaijan reached a deal on Thursday after the talks.",
    ] {
        let ev = events_of(text, "2025-07-11");
        assert!(ev.iter().any(|e| e.kind == "agreement"), "{ev:#?}");
        assert!(ev.iter().all(|e| e.kind != "negotiation"), "{ev:#?}");
    }
}

#[test]
fn words_told_a_briefing_are_a_statement_of_that_day() {
    let ev = events_of(
        "Ministry spokeswoman Maria Zakharova welcomed the exchange. \"We welcome any step \
         toward peace,\" Zakharova told a regular briefing on Monday.",
        "2025-07-15",
    );
    let s = ev.iter().find(|e| e.kind == "statement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(s.participants, ["Maria Zakharova"]);
    assert_eq!(s.date.as_deref(), Some("2025-07-14"));
}

#[test]
fn a_call_someone_said_they_had_held_separately_is_one_call_with_each() {
    let ev = events_of(
        "President Donald Trump said on Saturday he had spoken separately by phone with Cambodian \
         Prime Minister Hun Manet and Thai Prime Minister Anutin Charnvirakul.",
        "2025-07-27",
    );
    let calls: Vec<_> = ev.iter().filter(|e| e.kind == "phone_call").collect();
    assert_eq!(calls.len(), 2, "{ev:#?}");
    for (c, other) in calls.iter().zip(["Hun Manet", "Anutin Charnvirakul"]) {
        assert_eq!(c.participants, ["Donald Trump", other], "{c:#?}");
        // Reported words' past perfect is their simple past: the news of that Saturday.
        assert!(!c.background, "{c:#?}");
        assert_eq!(c.date.as_deref(), Some("2025-07-26"));
    }
    // Reported words with a day of their own tell of an earlier time.
    let ev = events_of("Trump said on Saturday that he had met Putin in 2019.", "2025-07-27");
    let m = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert!(m.background && m.date.as_deref() == Some("2019"), "{m:#?}");
}

#[test]
fn who_says_something_a_day_after_a_call_with_someone_held_it() {
    let ev = events_of(
        "Thailand is ready to hold talks, Prime Minister Anutin Charnvirakul said on Sunday, a day \
         after a phone call with U.S. President Donald Trump. Leaders met for about two hours in \
         Putrajaya on Monday, officials said.",
        "2025-07-27",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(call.participants, ["Anutin Charnvirakul", "Donald Trump"], "{call:#?}");
    assert_eq!(call.date.as_deref(), Some("2025-07-26"));
}

#[test]
fn a_place_after_a_duration_is_where_they_met() {
    let ev = events_of(
        "Anna Brisk and Teodor Hale met for about two hours in Bergen on Monday, officials said.",
        "2025-07-29",
    );
    let m = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(m.place.as_deref(), Some("Bergen"), "{m:#?}");
    assert_eq!(m.duration_minutes, Some([108, 132]));
}

#[test]
fn figures_joined_by_and_share_the_verb_after_them_and_a_part_counts_as_its_whole() {
    let text = "Russian drones struck Odesa overnight, the governor said.\n\nThe air force said \
                Russia launched 344 drones and 35 missiles, of which 288 drones and 20 missiles \
                were shot down.";
    let doc = doc_of(text, "2025-07-19");
    let figures = strike_figures(&doc.events, &doc.text);
    for (what, n) in [("drones shot down", 288), ("missiles shot down", 20)] {
        assert!(figures.iter().any(|f| f.0 == what && f.1 == n), "{what} {n}: {figures:?}");
    }
    let text = "Russian drones struck Odesa overnight, the governor said. The air force said it \
                had shot down 288 of the 344 drones.";
    let doc = doc_of(text, "2025-07-19");
    let figures = strike_figures(&doc.events, &doc.text);
    assert!(figures.iter().any(|f| f.0 == "drones shot down" && f.1 == 288), "{figures:?}");
}

#[test]
fn a_call_what_was_discussed_in_is_a_call_not_a_topic() {
    let ev = events_of(
        "Chancellor Anna Brisk and Prime Minister Teodor Hale discussed border controls in a \
         telephone call on Wednesday, a spokesman said. They also discussed the exchange of \
         prisoners.",
        "2025-09-04",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(call.participants, ["Anna Brisk", "Teodor Hale"]);
    assert_eq!(call.date.as_deref(), Some("2025-09-03"));
    // What they discussed is still no event of its own.
    assert!(ev.iter().all(|e| e.kind != "prisoner_exchange"), "{ev:#?}");
}

#[test]
fn what_is_told_before_after_the_call_took_place_on_the_day_of_the_call_its_people_name() {
    let ev = events_of(
        "Anna Brisk said she had a productive conversation with Teodor Hale on Friday.\n\nThe \
         call came a day after Hale spoke with Miriam Holt for almost an hour.\n\nHolt invited \
         Hale to visit Oslo, her aide Lena Marsh told reporters after the call.",
        "2025-07-05",
    );
    let calls: Vec<_> = ev.iter().filter(|e| e.kind == "phone_call").collect();
    let friday = calls.iter().find(|c| c.date.as_deref() == Some("2025-07-04")).expect("Friday");
    // The duration after the later trigger is that call's.
    assert_eq!(friday.duration_minutes, None, "{friday:#?}");
    let thursday =
        calls.iter().find(|c| c.date.as_deref() == Some("2025-07-03")).expect("Thursday");
    assert_eq!(thursday.duration_minutes, Some([45, 60]), "{thursday:#?}");
    // "after the call" is the call between the people the sentence names: Holt's, Thursday.
    let inv = ev.iter().find(|e| e.kind == "invitation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(inv.date.as_deref(), Some("2025-07-03"), "{inv:#?}");
    assert_eq!(inv.date_source.as_deref(), Some("text"));
}

#[test]
fn a_name_before_the_noun_of_what_is_sent_is_its_kind_not_a_party() {
    let ev = events_of(
        "The Pentagon halted shipments of Patriot interceptors to Ukraine on Tuesday, officials \
         said.",
        "2025-07-03",
    );
    let s = ev.iter().find(|e| e.kind == "aid_suspension").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(s.participants, ["Pentagon", "Ukraine"], "{s:#?}");
}

#[test]
fn officials_the_text_does_not_name_stand_for_their_states_in_a_call() {
    let ev = events_of(
        "Norway's Director General of Military Operations placed the call to the Swedish army \
         chief at 3:35 pm on Saturday, officials said.",
        "2025-05-11",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").unwrap_or_else(|| panic!("{ev:#?}"));
    // No "Military Operations" among them: it is the title's.
    assert_eq!(call.participants, ["Norway", "Sweden"], "{call:#?}");
    assert_eq!(call.date.as_deref(), Some("2025-05-10"), "{call:#?}");
    // One official each for a meeting; many officials name no meeting of their states.
    let ev = events_of("Finland's army chief met the Estonian army chief on Monday.", "2025-05-13");
    let m = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(m.participants, ["Finland", "Estonia"], "{m:#?}");
    let ev = events_of("Finnish and Estonian officials met in Tallinn on Monday.", "2025-05-13");
    assert!(ev.iter().all(|e| e.kind != "meeting"), "{ev:#?}");
}

#[test]
fn words_posted_on_x_before_another_sentence_are_a_statement() {
    let ev = events_of(
        "\"We thank the mediators for their work,\" Teodor Hale wrote on X. He also thanked \
         Anna Brisk.",
        "2025-05-11",
    );
    let st = ev.iter().find(|e| e.kind == "statement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(st.participants, ["Teodor Hale"], "{st:#?}");
}

#[test]
fn what_is_counted_after_a_stretch_of_time_and_after_is_another_happenings() {
    let ev = events_of(
        "Russia struck depots in Ukraine on May 7, two weeks after gunmen killed 26 people in a \
         border town.",
        "2025-05-13",
    );
    let s = ev.iter().find(|e| e.kind == "military_strike").unwrap_or_else(|| panic!("{ev:#?}"));
    assert!(s.figures.is_empty(), "{s:#?}");
    let ev = events_of(
        "Two weeks after gunmen killed 26 people in a border town, Russia struck depots in \
         Ukraine, killing 31 people.",
        "2025-05-13",
    );
    let s = ev.iter().find(|e| e.kind == "military_strike").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(s.figures.iter().map(|f| f.value).collect::<Vec<_>>(), [31], "{s:#?}");
}

#[test]
fn words_told_right_after_the_speakers_dated_words_were_told_that_day() {
    let ev = events_of(
        "In Oslo, Teodor Hale repeated on Monday that the truce would hold. \"We stopped a war. \
         I think it could have been a long one,\" Hale told reporters at the palace.",
        "2025-05-14",
    );
    let st = ev.iter().find(|e| e.kind == "statement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(
        (st.date.as_deref(), st.date_source.as_deref()),
        (Some("2025-05-12"), Some("text")),
        "{st:#?}"
    );
    // Across a paragraph's end too: the next paragraph goes on with the same words.
    let ev = events_of(
        "Oslo has adapted to the restrictions, Teodor Hale said on Monday.\n\n\"We consider \
         such restrictions illegal,\" Hale told reporters.",
        "2025-05-14",
    );
    let st = ev.iter().find(|e| e.kind == "statement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(st.date.as_deref(), Some("2025-05-12"), "{st:#?}");
    // A day inside the quoted words is theirs: "earlier this evening" makes no background.
    let ev = events_of(
        "\"This is a breach of the deal reached earlier this evening,\" Teodor Hale told a \
         briefing.",
        "2025-05-11",
    );
    let st = ev.iter().find(|e| e.kind == "statement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(st.date.as_deref(), Some("2025-05-11"), "{st:#?}");
}

#[test]
fn a_spokesmans_words_right_after_his_bodys_dated_words_were_told_that_day() {
    let text = "The Kremlin said on Saturday that it would not accept a deadline for a truce. \
                Kremlin spokesman Teodor Hale told reporters that Moscow remained open to talks.";
    let ev = events_of(text, "2025-06-16");
    let st = ev.iter().find(|e| e.kind == "statement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(
        (st.date.as_deref(), st.date_source.as_deref()),
        (Some("2025-06-14"), Some("text")),
        "{st:#?}"
    );
    // A spokesman of another body tells his own news, on the day it was published.
    let text = "The Kremlin said on Saturday that it would not accept a deadline for a truce. \
                Pentagon spokesman Teodor Hale told reporters that Washington remained open to \
                talks.";
    let ev = events_of(text, "2025-06-16");
    let st = ev.iter().find(|e| e.kind == "statement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(st.date_source.as_deref(), Some("published"), "{st:#?}");
}

#[test]
fn a_date_in_a_since_phrase_set_off_before_the_trigger_is_not_its() {
    let ev = events_of(
        "The European Union on Tuesday adopted new sanctions against Valdoria. The EU package, \
         its fifth since the border war in February 2022, blacklists 189 ships.",
        "2025-05-21",
    );
    let listed = ev
        .iter()
        .find(|e| e.kind == "sanctions" && e.figures.iter().any(|f| f.value == 189))
        .unwrap_or_else(|| panic!("{ev:#?}"));
    assert_ne!(listed.date.as_deref(), Some("2022-02"), "{listed:#?}");
    // A date set off before the trigger outside a "since" phrase is still its own.
    let ev = events_of(
        "The EU package, adopted in Brussels on Tuesday, blacklists 189 ships.",
        "2025-05-21",
    );
    let listed = ev.iter().find(|e| e.kind == "sanctions").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(listed.date.as_deref(), Some("2025-05-20"), "{listed:#?}");
}

#[test]
fn what_came_a_day_after_a_call_dates_the_call_a_day_before_it() {
    let ev = events_of(
        "The European Union adopted new sanctions against Valdoria on Tuesday. The measures came \
         a day after Teodor Hale held a two-hour phone call with Ilmar Saks.",
        "2025-05-21",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(
        (call.date.as_deref(), call.date_source.as_deref()),
        (Some("2025-05-19"), Some("text")),
        "{call:#?}"
    );
    // With no dated happening told before, the call keeps no day of the text.
    let ev = events_of(
        "The measures came a day after Teodor Hale held a two-hour phone call with Ilmar Saks.",
        "2025-05-21",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_ne!(call.date_source.as_deref(), Some("text"), "{call:#?}");
}

#[test]
fn a_list_goes_on_past_a_role_before_its_holders_name() {
    let ev = events_of(
        "Ardan Volkov held a call with Merz, French President Lena Marsh and British Prime \
         Minister Teodor Hale on Tuesday.",
        "2025-05-21",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(call.participants, ["Ardan Volkov", "Merz", "Lena Marsh", "Teodor Hale"]);
}

#[test]
fn states_that_announce_sanctions_together_both_impose_them() {
    let ev = events_of(
        "Norway and the European Union announced new sanctions against Valdoria on Tuesday.",
        "2025-05-21",
    );
    let s = ev.iter().find(|e| e.kind == "sanctions").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(s.agents, ["Norway", "European Union"], "{s:#?}");
    // A name right before the noun, past no verb, is still whose sanctions they are.
    let ev = events_of("Valdoria condemned the new EU sanctions on Tuesday.", "2025-05-21");
    let s = ev.iter().find(|e| e.kind == "sanctions").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(s.agents, ["EU"], "{s:#?}");
}

#[test]
fn a_sitting_after_following_in_a_clause_of_days_before_takes_no_day_said() {
    let ev = events_of(
        "The United States has paused intelligence sharing with Valdoria, Teodor Hale said on \
         Wednesday, days after President Ardan Volkov halted military aid to Valdoria following a \
         heated meeting with Lena Marsh.",
        "2025-03-05",
    );
    let m = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_ne!(m.date.as_deref(), Some("2025-03-05"), "{m:#?}");
    assert_ne!(m.date_source.as_deref(), Some("published"), "{m:#?}");
}

#[test]
fn two_sides_that_announce_a_truce_together_agreed_on_it() {
    let ev = events_of("Armenia and Azerbaijan announced a 30-day truce on Monday.", "2025-05-14");
    let a = ev.iter().find(|e| e.kind == "agreement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(a.participants, ["Armenia", "Azerbaijan"], "{a:#?}");
    assert_eq!(a.date.as_deref(), Some("2025-05-12"), "{a:#?}");
    assert!(ev.iter().all(|e| e.kind != "statement"), "{ev:#?}");
    // One side announcing a pause agreed on nothing, and the pause is its own.
    let ev = events_of("Washington announced a pause on arms deliveries to Kyiv.", "2025-05-14");
    assert!(ev.iter().all(|e| e.kind != "agreement"), "{ev:#?}");
    let pause = ev.iter().find(|e| e.kind == "aid_suspension").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(pause.agents, ["United States"], "{pause:#?}");
}

#[test]
fn people_named_before_and_n_others_count_too() {
    let ev = events_of(
        "Norway released the writer Ilmar Saks, Teodor Hale and 12 other prisoners on Saturday.",
        "2025-06-21",
    );
    let r = ev.iter().find(|e| e.kind == "prisoner_release").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(r.count, Some(14), "{r:#?}");
}

#[test]
fn among_those_released_points_back_to_the_release_however_far() {
    let ev = events_of(
        "President Teodor Hale pardoned 16 people, his press service said on Sunday.\n\nThe two \
         sides discussed sanctions.\n\nHale's aides spoke of an act of humanism.\n\nAmong those \
         released was Ilmar Saks, a blogger.",
        "2025-06-22",
    );
    let releases: Vec<_> = ev.iter().filter(|e| e.kind == "prisoner_release").collect();
    assert_eq!(releases.len(), 1, "{releases:#?}");
    assert!(releases[0].participants.contains(&"Ilmar Saks".to_string()), "{releases:#?}");
}

#[test]
fn the_members_of_one_body_agree_among_themselves() {
    let ev = events_of(
        "NATO leaders agreed on Wednesday to raise defence spending to 5% of economic output.",
        "2025-06-25",
    );
    let a = ev.iter().find(|e| e.kind == "agreement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(a.participants, ["NATO"], "{a:#?}");
    // The body alone is one party: no agreement.
    let ev = events_of("NATO agreed on Wednesday to raise defence spending.", "2025-06-25");
    assert!(ev.iter().all(|e| e.kind != "agreement"), "{ev:#?}");
}

#[test]
fn a_sitting_the_two_would_go_to_is_a_plan() {
    let ev = events_of(
        "Anna Brisk said the two would meet in person at the Baltic summit in Varnby in six \
         weeks.\n\nTeodor Hale, who negotiated the framework with Ilmar Saks, said the details \
         would follow.",
        "2025-09-19",
    );
    assert!(ev.iter().all(|e| e.kind != "meeting"), "{ev:#?}");
}

#[test]
fn a_call_in_quotation_marks_is_still_a_call() {
    let ev = events_of(
        "Anna Brisk said she had a \"very good call\" with Teodor Hale on Friday.",
        "2025-09-19",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(call.participants, ["Anna Brisk", "Teodor Hale"], "{call:#?}");
}

#[test]
fn a_verb_after_and_shares_the_subject_of_the_verb_before() {
    let ev = events_of(
        "Anna Brisk and Teodor Hale met on Thursday in Varnby and agreed to a one-year truce.",
        "2025-10-30",
    );
    let a = ev.iter().find(|e| e.kind == "agreement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(a.participants, ["Anna Brisk", "Teodor Hale"], "{a:#?}");
    assert_eq!(a.date.as_deref(), Some("2025-10-30"), "{a:#?}");
}

#[test]
fn two_releases_told_at_one_time_by_two_sides_are_one_exchange() {
    let ev = events_of(
        "The Northern Front released the last 20 hostages it held on Monday, while Norland \
         freed 1,968 prisoners under the first phase of a ceasefire.",
        "2025-10-13",
    );
    let kinds: Vec<&str> = ev.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, ["prisoner_exchange"], "{ev:#?}");
}

#[test]
fn an_earlier_time_in_an_aside_about_the_subject_is_not_the_telling() {
    let ev = events_of(
        "President Anna Brisk, who landed in Varnby hours earlier, told reporters that \"the \
         long nightmare is over.\"",
        "2025-10-13",
    );
    let s = ev.iter().find(|e| e.kind == "statement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(s.date.as_deref(), Some("2025-10-13"), "{s:#?}");
}

#[test]
fn a_clause_of_place_has_its_own_subject() {
    let ev = events_of(
        "President Anna Brisk spoke in parliament. She later flew to Port Orrin in Norland, \
         where she and Norland's President Teodor Hale co-chaired a summit on the region.",
        "2025-10-13",
    );
    let m = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(m.participants, ["Anna Brisk", "Teodor Hale"], "{m:#?}");
}

#[test]
fn a_reaction_to_an_act_does_not_date_it() {
    let ev = events_of(
        "President Anna Brisk on Thursday welcomed the Norland sanctions on Orrin Oil, calling \
         them a strong signal.",
        "2025-10-23",
    );
    let s = ev.iter().find(|e| e.kind == "sanctions").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(s.date, None, "{s:#?}");
    assert!(s.background, "{s:#?}");
}

#[test]
fn sanctions_after_another_nouns_to_are_no_act_of_the_subject() {
    let ev = events_of(
        "Spokesman Teodor Hale said Varnby had \"developed a certain immunity\" to Western \
         sanctions.",
        "2025-10-23",
    );
    assert!(ev.iter().all(|e| e.kind != "sanctions"), "{ev:#?}");
    // After a verb the noun is the verb's.
    let ev = events_of("The European Union agreed to new sanctions on Norland.", "2025-10-23");
    let s = ev.iter().find(|e| e.kind == "sanctions").unwrap_or_else(|| panic!("{ev:#?}"));
    assert!(s.agents.contains(&"European Union".to_string()), "{s:#?}");
}

#[test]
fn an_opening_phrase_of_setting_is_the_pronouns_words() {
    let ev = events_of(
        "President Anna Brisk ordered the strikes. In an address to the nation from the palace, \
         she called the operation a success.\n\nMinister Teodor Hale told reporters on Sunday \
         that the jets had returned.",
        "2025-06-22",
    );
    let hale = ev
        .iter()
        .find(|e| e.kind == "statement" && e.participants == ["Teodor Hale"])
        .unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(hale.mentions.len(), 1, "{hale:#?}");
    let brisk = ev.iter().find(|e| e.kind == "statement" && e.participants == ["Anna Brisk"]);
    assert!(brisk.is_some(), "{ev:#?}");
}

#[test]
fn hours_later_is_the_day_of_the_news_just_told() {
    let ev = events_of(
        "Norland fired 14 missiles at the base on Monday.\n\nHours later, President Anna Brisk \
         announced that the war was over.",
        "2025-06-24",
    );
    let s = ev.iter().find(|e| e.kind == "statement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(s.date.as_deref(), Some("2025-06-23"), "{s:#?}");
}

#[test]
fn a_dozen_multiplies_the_number_before_it() {
    let ev = events_of(
        "Russia struck three military sites in Ukraine on Saturday. A submarine fired more than two dozen \
         missiles at the port.",
        "2025-06-22",
    );
    let s = ev.iter().find(|e| e.kind == "military_strike").unwrap_or_else(|| panic!("{ev:#?}"));
    assert!(s.figures.iter().any(|f| f.value == 24), "{s:#?}");
}

#[test]
fn a_states_strike_in_another_state_is_on_that_state() {
    let ev = events_of("Russia struck three military sites in Ukraine on Saturday.", "2025-06-22");
    let s = ev.iter().find(|e| e.kind == "military_strike").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(s.participants, ["Russia", "Ukraine"], "{s:#?}");
    assert_eq!(s.agents, ["Russia"], "{s:#?}");
}

#[test]
fn forces_that_attacked_struck() {
    let ev = events_of(
        "Russian warplanes attacked the Lida and Orsha depots early on Sunday.",
        "2025-06-22",
    );
    let s = ev.iter().find(|e| e.kind == "military_strike").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(s.agents, ["Russia"], "{s:#?}");
    // Words attack people too: no forces, no strike.
    let ev = events_of("Anna Brisk attacked the press on Sunday.", "2025-06-22");
    assert!(ev.iter().all(|e| e.kind != "military_strike"), "{ev:#?}");
}

#[test]
fn a_since_clause_that_is_a_date_alone_ends_at_and() {
    let ev = events_of(
        "Russian and Ukrainian delegations met in Istanbul on Friday for their first direct \
         talks since 2022 and agreed to exchange 1,000 prisoners of war each.",
        "2025-05-16",
    );
    let agreements: Vec<_> = ev.iter().filter(|e| e.kind == "agreement").collect();
    assert_eq!(agreements.len(), 1, "{ev:#?}");
    assert_eq!(agreements[0].date.as_deref(), Some("2025-05-16"), "{ev:#?}");
    assert_eq!(agreements[0].participants, ["Russia", "Ukraine"], "{ev:#?}");
}

#[test]
fn officers_of_two_states_on_the_hotline_hold_a_call_between_them() {
    // The states through the title of the officers who speak for them.
    let ev = events_of(
        "The directors general of military operations of Norland and Estmark spoke on the \
         hotline on Monday evening, the army said.",
        "2025-05-13",
    );
    let c = ev.iter().find(|e| e.kind == "phone_call").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(c.participants, ["Norland", "Estmark"], "{c:#?}");
    assert_eq!(c.date.as_deref(), Some("2025-05-12"));
    // "The two officers": the two people named before.
    let ev = events_of(
        "Norland's army chief, General Ardan Volkov, will speak again with his Estmark \
         counterpart, General Teodor Hale, on Monday. The two officers first agreed the truce in \
         a phone call on Saturday afternoon that lasted about 15 minutes.",
        "2025-05-11",
    );
    let c = ev
        .iter()
        .find(|e| e.kind == "phone_call" && e.date.as_deref() == Some("2025-05-10"))
        .unwrap_or_else(|| panic!("{ev:#?}"));
    let mut people = c.participants.clone();
    people.sort();
    assert_eq!(people, ["Ardan Volkov", "Teodor Hale"], "{c:#?}");
}

#[test]
fn a_visit_to_a_capital_is_held_there_with_its_state() {
    let ev = events_of("Ardan Volkov visited Moscow on Thursday.", "2025-05-09");
    let m = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(m.participants, ["Ardan Volkov", "Russia"], "{m:#?}");
    assert_eq!(m.place.as_deref(), Some("Moscow"));
    assert_eq!(m.date.as_deref(), Some("2025-05-08"));
}

#[test]
fn a_call_by_video_conference_is_between_the_clause_people() {
    let ev = events_of(
        "Anna Brisk spoke with Teodor Hale by video conference on Thursday to work out a joint \
         statement on the framework, her spokesperson said on Friday.",
        "2025-08-01",
    );
    let c = ev.iter().find(|e| e.kind == "phone_call").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(c.participants, ["Anna Brisk", "Teodor Hale"], "{c:#?}");
    assert_eq!(c.date.as_deref(), Some("2025-07-31"));
    // The statement is what the call was to work out, not one made.
    assert!(!ev.iter().any(|e| e.kind == "statement"), "{ev:#?}");
}

#[test]
fn sitting_down_for_talks_holds_them_and_where_is_no_party() {
    let ev = events_of(
        "Anna Brisk and Teodor Hale sat down on Sunday at a golf resort on the Varnian coast for \
         talks aimed at averting a trade war.",
        "2025-07-28",
    );
    let t = ev.iter().find(|e| e.kind == "negotiation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(t.participants, ["Anna Brisk", "Teodor Hale"], "{t:#?}");
    assert_eq!(t.date.as_deref(), Some("2025-07-27"));
}

#[test]
fn whose_relative_someone_is_takes_no_part() {
    let ev = events_of(
        "Envoy Ardan Volkov and Ilmar Saks, Hale's son-in-law, joined the talks on Wednesday.",
        "2025-10-09",
    );
    let t = ev.iter().find(|e| e.kind == "negotiation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(t.participants, ["Ardan Volkov", "Ilmar Saks"], "{t:#?}");
}

#[test]
fn a_meeting_on_the_sidelines_of_a_summit_is_another_one() {
    let ev = events_of(
        "Leaders signed a declaration on Monday at a summit that lasted about three hours.\n\n\
         Anna Brisk met Teodor Hale on the sidelines of the summit, her office said.",
        "2025-10-14",
    );
    let m = ev
        .iter()
        .find(|e| e.kind == "meeting" && !e.participants.is_empty())
        .unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(m.participants, ["Anna Brisk", "Teodor Hale"], "{m:#?}");
    // The summit's three hours are not theirs.
    assert_eq!(m.duration_minutes, None, "{m:#?}");
    assert_eq!(m.date.as_deref(), Some("2025-10-13"));
}

#[test]
fn an_act_weeks_before_another_of_its_sentence_is_not_that_one() {
    let ev = events_of(
        "The declaration signed in Varnby on July 19 commits both sides to a ceasefire.\n\n\
         The signing came three weeks after Norland and Estmark signed their own accord in \
         Oslo.",
        "2025-07-20",
    );
    let own = ev
        .iter()
        .find(|e| e.kind == "agreement" && e.participants.iter().any(|p| p == "Norland"))
        .unwrap_or_else(|| panic!("{ev:#?}"));
    // Three weeks before July 19 is June 28, give or take three days.
    assert_eq!(own.date.as_deref(), Some("2025-06-25/2025-07-01"), "{own:#?}");
    assert!(own.background, "{own:#?}");
    // Two weeks before July 24: around July 10, in July.
    let ev = events_of(
        "The talks opened on July 24, two weeks after Norland and Estmark signed an accord.",
        "2025-07-25",
    );
    let own = ev.iter().find(|e| e.kind == "agreement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(own.date.as_deref(), Some("2025-07"), "{own:#?}");
}

#[test]
fn the_two_ministers_are_the_last_two_people_with_that_title() {
    let ev = events_of(
        "Norland's Foreign Minister Anna Brisk and Estmark's Foreign Minister Teodor Hale signed \
         the accord in the presence of Envoy Ardan Volkov. The two ministers later met President \
         Ilmar Saks.",
        "2025-06-27",
    );
    let m = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    let mut people = m.participants.clone();
    people.sort();
    assert_eq!(people, ["Anna Brisk", "Ilmar Saks", "Teodor Hale"], "{m:#?}");
}

#[test]
fn talks_that_led_to_an_agreement_were_between_those_who_agreed() {
    let ev = events_of(
        "Chile and Peru signed the first phase of a ceasefire agreement on Thursday after three \
         days of indirect negotiations in Varnby, mediators said.",
        "2025-10-09",
    );
    let t = ev.iter().find(|e| e.kind == "negotiation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(t.participants, ["Chile", "Peru"], "{t:#?}");
    // "after hosting talks between ...": whom the talks were between is told.
    let ev = events_of(
        "Chile and Peru agreed on Monday to a truce, Anna Brisk said after hosting talks \
         between Teodor Hale and Ilmar Saks.",
        "2025-10-09",
    );
    let t = ev.iter().find(|e| e.kind == "negotiation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert!(t.participants.iter().any(|p| p == "Teodor Hale"), "{t:#?}");
}

#[test]
fn the_largest_exchange_since_the_war_began_is_a_new_one_of_the_news_day() {
    let ev = events_of(
        "Chile and Peru completed the largest prisoner exchange since the start of the war on \
         Sunday, each freeing 303 soldiers on the third and final day, officials said.",
        "2025-05-25",
    );
    let x = ev.iter().find(|e| e.kind == "prisoner_exchange").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(x.participants, ["Chile", "Peru"], "{x:#?}");
    assert_eq!(
        (x.date.as_deref(), x.date_source.as_deref()),
        (Some("2025-05-25"), Some("text")),
        "{x:#?}"
    );
    // "390 people from each side were freed": an exchange between the last two states named.
    let ev = events_of(
        "Chile and Peru exchanged 307 soldiers each on Saturday. On Friday, 390 people from each \
         side were freed.",
        "2025-05-24",
    );
    let friday = ev
        .iter()
        .find(|e| e.kind == "prisoner_exchange" && e.date.as_deref() == Some("2025-05-23"))
        .unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(friday.participants, ["Chile", "Peru"], "{friday:#?}");
}

#[test]
fn one_sides_return_counted_as_the_exchange_counts_each_is_that_exchange() {
    let ev = events_of(
        "Chile and Peru completed a prisoner exchange on Sunday, each freeing 303 soldiers, \
         officials said.\n\nPeru's defence ministry said 303 Peruvian servicemen had been \
         returned from Chilean-held territory.",
        "2025-05-25",
    );
    assert!(!ev.iter().any(|e| e.kind == "prisoner_release"), "{ev:#?}");
    let x = ev.iter().find(|e| e.kind == "prisoner_exchange").unwrap_or_else(|| panic!("{ev:#?}"));
    assert!(x.mentions.len() >= 2, "{x:#?}");
}

#[test]
fn one_sides_return_told_after_the_exchange_without_a_day_is_that_exchange() {
    let ev = events_of(
        "Chile and Peru each handed over 390 prisoners on Friday in the first stage of an \
         exchange agreed last week, officials said.\n\nThe Peruvian defence ministry said 270 \
         soldiers and 120 civilians had been returned to Peru.",
        "2025-05-23",
    );
    assert!(!ev.iter().any(|e| e.kind == "prisoner_release"), "{ev:#?}");
    let x = ev.iter().find(|e| e.kind == "prisoner_exchange").unwrap_or_else(|| panic!("{ev:#?}"));
    assert!(x.mentions.len() >= 2, "{x:#?}");
    // A return the report tells as earlier ("had been returned in March") stays apart.
    let ev = events_of(
        "Chile and Peru each handed over 390 prisoners on Friday, officials said.\n\nThe \
         Peruvian defence ministry said 40 soldiers had been returned to Peru in March.",
        "2025-05-23",
    );
    assert!(ev.iter().any(|e| e.kind == "prisoner_release"), "{ev:#?}");
    // Nor is a release told months after the exchange the article recalls.
    let ev = events_of(
        "On August 1, the largest prisoner exchange between Chile and Peru took place.\n\n\
         Peru also released two of its citizens from prison.",
        "2025-02-14",
    );
    assert!(ev.iter().any(|e| e.kind == "prisoner_release"), "{ev:#?}");
}

#[test]
fn a_bodys_sanctions_named_with_its_possessive_are_not_dated_by_the_words_about_them() {
    for text in [
        "Kremlin spokesman Dmitry Peskov said on Saturday that the European Union's new \
         sanctions were illegal.",
        "Robert Fico on Sunday defended blocking the EU's sanctions package for two weeks.",
    ] {
        let ev = events_of(text, "2025-07-20");
        assert!(ev.iter().all(|e| e.kind != "sanctions" || e.date.is_none()), "{text}: {ev:#?}");
    }
}

#[test]
fn two_who_spoke_for_hours_somewhere_met() {
    let ev = events_of(
        "Ardan Volkov and Lena Marsh spoke for nearly three hours in Bergen on Friday.",
        "2025-03-15",
    );
    let m = ev.iter().find(|e| e.kind == "meeting").expect("a meeting");
    assert_eq!(m.participants, ["Ardan Volkov", "Lena Marsh"], "{m:?}");
    assert_eq!((m.date.as_deref(), m.place.as_deref()), (Some("2025-03-14"), Some("Bergen")));
    assert!(m.duration_minutes.is_some(), "{m:?}");
    // A title is someone: "Volkov and the U.S. president spoke for three hours".
    let ev = events_of(
        "Ardan Volkov and the U.S. president spoke for three hours in Bergen on Friday.",
        "2025-03-15",
    );
    assert!(ev.iter().any(|e| e.kind == "meeting"), "{ev:#?}");
    // One speaker alone gave a speech.
    let ev = events_of("Ardan Volkov spoke for 90 minutes at the rally on Friday.", "2025-03-15");
    assert!(ev.iter().all(|e| e.kind != "meeting"), "{ev:#?}");
}

#[test]
fn the_two_leaders_are_the_two_last_named_as_leaders_or_together() {
    let ev = events_of(
        "Norwegian Prime Minister Ardan Volkov and Swedish Prime Minister Lena Marsh will sign \
         the accord on Friday, Volkov's adviser, Tomas Holm, said. The two leaders last met in \
         Oslo on March 3.",
        "2025-03-12",
    );
    let m = ev.iter().find(|e| e.kind == "meeting").expect("a meeting");
    assert_eq!(m.participants, ["Ardan Volkov", "Lena Marsh"], "{m:?}");
    let ev = events_of(
        "Ardan Volkov and Lena Marsh shook hands in Bergen on Friday. \"This is a good day,\" \
         Tomas Holm said. The two leaders also initialed the text of a fisheries treaty.",
        "2025-03-15",
    );
    let a = ev.iter().find(|e| e.kind == "agreement").expect("an agreement");
    assert_eq!(a.participants, ["Ardan Volkov", "Lena Marsh"], "{a:?}");
}

#[test]
fn words_to_a_nations_broadcaster_or_in_an_interview_are_a_statement() {
    for text in [
        "Ardan Volkov told Norwegian television that the talks had failed.",
        "Ardan Volkov said in an interview with the Fjord Times that the talks had failed.",
        "Ardan Volkov told state television on Sunday that the talks had failed.",
    ] {
        let ev = events_of(text, "2025-03-15");
        let s = ev.iter().find(|e| e.kind == "statement").unwrap_or_else(|| panic!("{text}"));
        assert_eq!(s.participants, ["Ardan Volkov"], "{text}");
    }
    // Not words told of television.
    let ev = events_of("Ardan Volkov told Norwegian farmers about the talks.", "2025-03-15");
    assert!(ev.iter().all(|e| e.kind != "statement"), "{ev:#?}");
}

#[test]
fn separate_meetings_with_each_leader_are_one_with_each() {
    let ev = events_of(
        "Ardan Volkov and Lena Marsh shook hands in Bergen on Friday. Earlier on Friday, Jens \
         Dahl held separate bilateral meetings with each leader.",
        "2025-03-15",
    );
    let mut met: Vec<Vec<String>> =
        ev.iter().filter(|e| e.kind == "meeting").map(|e| e.participants.clone()).collect();
    met.sort();
    assert_eq!(met, [["Jens Dahl", "Ardan Volkov"], ["Jens Dahl", "Lena Marsh"]], "{ev:#?}");
}

#[test]
fn talks_due_on_a_day_and_called_off_took_no_place() {
    let ev = events_of(
        "A new round of talks between Norway and Sweden, due to be held in Bergen on Sunday, has \
         been cancelled, the Finnish foreign minister said on Saturday.",
        "2025-03-15",
    );
    assert!(ev.iter().all(|e| e.kind != "negotiation" && e.kind != "meeting"), "{ev:#?}");
    let ev = events_of(
        "The talks between Norway and Sweden in Bergen on Sunday, the sixth round, were postponed.",
        "2025-03-15",
    );
    assert!(ev.iter().all(|e| e.kind != "negotiation" && e.kind != "meeting"), "{ev:#?}");
    // Words set off by commas that say nothing of it happening or not.
    let ev = events_of(
        "The talks between Norway and Sweden, held in Bergen on Sunday, were described as frank.",
        "2025-03-17",
    );
    assert!(ev.iter().any(|e| e.kind == "negotiation" || e.kind == "meeting"), "{ev:#?}");
}

#[test]
fn missiles_that_killed_are_a_strike_and_its_strikes_are_its_subjects() {
    let ev = events_of(
        "Norway struck Sweden again overnight, hitting a depot, while Swedish missiles killed at \
         least 10 people in Bergen, rescue services said on Sunday.",
        "2025-03-16",
    );
    let strikes: Vec<&EventMention> = ev.iter().filter(|e| e.kind == "military_strike").collect();
    assert_eq!(strikes.len(), 2, "{ev:#?}");
    let swedish = strikes.iter().find(|e| e.agents == ["Sweden"]).expect("Sweden's strike");
    assert_eq!(swedish.figures.first().map(|f| f.value), Some(10), "{swedish:?}");
    assert!(strikes.iter().any(|e| e.agents == ["Norway"] && e.figures.is_empty()), "{ev:#?}");
    // "its" stands for the subject of its own clause.
    let ev = events_of(
        "At least 224 people have been killed in Sweden since Norway began its strikes on Friday.",
        "2025-03-16",
    );
    let s = ev.iter().find(|e| e.kind == "military_strike").expect("a strike");
    assert_eq!(s.agents, ["Norway"], "{s:?}");
    // No forces, no strike.
    let ev = events_of("Gunmen killed three people in Bergen on Friday.", "2025-03-16");
    assert!(ev.iter().all(|e| e.kind != "military_strike"), "{ev:#?}");
}

#[test]
fn missiles_fired_at_a_state_strike_it() {
    let ev = events_of(
        "Sweden fired scores of ballistic missiles at Norway late on Friday.",
        "2025-03-15",
    );
    let s = ev.iter().find(|e| e.kind == "military_strike").expect("a strike");
    assert_eq!(
        (s.agents.as_slice(), s.participants.as_slice()),
        (&["Sweden".to_string()][..], &["Sweden".to_string(), "Norway".to_string()][..]),
        "{s:?}"
    );
}

#[test]
fn talks_told_as_the_manner_of_a_meeting_are_that_meeting() {
    let ev = events_of(
        "Norwegian and Swedish delegations met face to face in Geneva on Friday, in talks that \
         lasted less than two hours and ended without a deal.\n\nEarlier in the day, Ardan \
         Volkov met Finnish President Teodor Hale in Helsinki before flying to Riga for a \
         European summit.",
        "2025-05-16",
    );
    let sittings: Vec<&EventMention> =
        ev.iter().filter(|e| matches!(e.kind.as_str(), "meeting" | "negotiation")).collect();
    let geneva = sittings.iter().find(|e| e.place.as_deref() == Some("Geneva")).expect("Geneva");
    assert_eq!(geneva.duration_minutes.map(|d| d[1]), Some(120), "{geneva:?}");
    assert_eq!(geneva.mentions.len(), 2, "{geneva:?}");
    // "Earlier in the day" tells the day's news, and the named president is no state of the
    // summit's.
    let helsinki = sittings.iter().find(|e| e.place.as_deref() == Some("Helsinki")).expect("met");
    assert!(!helsinki.background && helsinki.date.as_deref() == Some("2025-05-16"), "{ev:#?}");
    assert!(helsinki.duration_minutes.is_none(), "{helsinki:?}");
    assert!(ev.iter().all(|e| !e.participants.iter().any(|p| p == "Finland")), "{ev:#?}");
}

#[test]
fn its_talks_are_the_talks_of_the_state_before_it() {
    let ev = events_of(
        "The head of the delegation said on Friday that Oslo was satisfied with the outcome of its \
         talks with Sweden in Geneva, which lasted one hour and forty minutes.",
        "2025-05-16",
    );
    let talks = ev.iter().find(|e| e.kind == "negotiation").expect("talks");
    assert_eq!(talks.participants, ["Norway", "Sweden"], "{talks:?}");
    assert_eq!(talks.duration_minutes, Some([100, 100]), "{talks:?}");
}

#[test]
fn delegations_that_spent_a_length_of_time_together_met() {
    let ev = events_of(
        "The Norwegian and Swedish delegations spent about 90 minutes together in Geneva on \
         Friday.",
        "2025-05-17",
    );
    let m = ev.iter().find(|e| e.kind == "meeting").expect("a meeting");
    assert_eq!(m.participants, ["Norway", "Sweden"], "{m:?}");
    assert_eq!(m.date.as_deref(), Some("2025-05-16"), "{m:?}");
    let ev = events_of("Ardan Volkov spent two hours at the museum on Friday.", "2025-05-17");
    assert!(ev.iter().all(|e| e.kind != "meeting"), "{ev:#?}");
}

#[test]
fn an_attack_that_is_the_object_of_launched_is_one_strike_on_its_target() {
    let ev = events_of(
        "Hours before the exchange, Norway launched one of its largest drone and missile attacks \
         of the war on Stockholm, killing at least 12 people, officials said.",
        "2025-05-25",
    );
    let strikes: Vec<&EventMention> = ev.iter().filter(|e| e.kind == "military_strike").collect();
    assert_eq!(strikes.len(), 1, "{ev:#?}");
    assert_eq!(strikes[0].participants, ["Norway", "Stockholm"], "{ev:#?}");
    // "one of its largest" counts no drones.
    let figures: Vec<(&str, u32)> =
        strikes[0].figures.iter().map(|f| (f.what.as_str(), f.value)).collect();
    assert_eq!(figures, [("people killed", 12)], "{ev:#?}");
}

#[test]
fn a_release_of_a_nationalitys_people_is_that_states() {
    let ev =
        events_of("The exchange began on Friday, when 390 Norwegians returned home.", "2025-05-25");
    let r = ev.iter().find(|e| e.kind == "prisoner_release").expect("a release");
    assert_eq!(r.participants, ["Norway"], "{r:?}");
    assert_eq!(r.count, Some(390), "{r:?}");
    assert_eq!(r.date.as_deref(), Some("2025-05-23"), "{r:?}");
}

#[test]
fn people_freed_told_after_a_greeting_were_not_freed_by_the_greeter() {
    let ev = events_of(
        "President Ardan Volkov greeted eight Norwegians freed in the exchange with a hug late on \
         Thursday.",
        "2024-08-02",
    );
    // (Freed in the exchange: the exchange, one of whose sides they are.)
    let r = ev.iter().find(|e| e.kind == "prisoner_exchange").expect("the exchange");
    assert!(r.agents.is_empty(), "{r:?}");
    assert_eq!(r.participants, ["Norway"], "{r:?}");
    // Who a passive's "by" names acts, a capital for its state.
    let ev = events_of("Five prisoners were released by Oslo on Friday.", "2024-08-02");
    let r = ev.iter().find(|e| e.kind == "prisoner_release").expect("a release");
    assert_eq!(r.agents, ["Norway"], "{r:?}");
}

#[test]
fn months_of_talks_between_two_sides_are_background_between_them() {
    let ev = events_of(
        "The exchange, which involved 26 people in all and was mediated by Finland, took place in \
         Helsinki after months of secret talks between U.S. and Norwegian intelligence services.",
        "2024-08-02",
    );
    let talks = ev.iter().find(|e| e.kind == "negotiation").expect("talks");
    assert!(talks.background && talks.date.is_none(), "{talks:?}");
    assert_eq!(talks.participants, ["U.S.", "Norway"], "{talks:?}");
    assert_eq!(talks.place, None, "{talks:?}");
    // Hours of talks are the day's.
    let ev = events_of(
        "Ardan Volkov said on Friday after three hours of talks with Teodor Hale that the sides \
         had agreed.",
        "2024-08-02",
    );
    let talks = ev.iter().find(|e| e.kind == "negotiation").expect("talks");
    assert!(!talks.background, "{talks:?}");
}

#[test]
fn talks_between_two_nationalities_officials_are_between_their_states() {
    let ev = events_of(
        "Norway said on Tuesday it was ready to accept the proposal, after more than eight hours \
         of talks between Swedish and Norwegian officials in Gothenburg.",
        "2025-03-11",
    );
    let talks = ev.iter().find(|e| e.kind == "negotiation").expect("talks");
    assert_eq!(talks.participants, ["Sweden", "Norway"], "{talks:?}");
    assert_eq!(talks.date.as_deref(), Some("2025-03-11"), "{talks:?}");
}

#[test]
fn an_official_named_by_office_alone_stands_for_the_state() {
    let ev = events_of(
        "Ardan Volkov spoke by phone with the Finnish president on Monday.",
        "2025-05-12",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").expect("a call");
    assert_eq!(call.participants, ["Ardan Volkov", "Finland"], "{call:?}");
    let ev = events_of(
        "Ardan Volkov spoke by phone with the Swedish foreign minister, Teodor Hale, on Monday.",
        "2025-05-12",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").expect("a call");
    assert_eq!(call.participants, ["Ardan Volkov", "Teodor Hale"], "{call:?}");
}

#[test]
fn a_call_midway_through_talks_told_before_is_on_their_day() {
    let ev = events_of(
        "Swedish and Norwegian officials held talks in Geneva on Saturday.\n\nMidway through the \
         talks, Ardan Volkov phoned Teodor Hale.",
        "2025-05-12",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").expect("a call");
    assert_eq!(call.date.as_deref(), Some("2025-05-10"), "{call:?}");
}

#[test]
fn a_package_that_blacklists_and_a_round_agreed_by_governments_are_sanctions() {
    let ev = events_of(
        "The EU package, approved on Friday, blacklists more than 100 additional tankers.",
        "2025-07-19",
    );
    let s = ev.iter().find(|e| e.kind == "sanctions").expect("sanctions");
    assert_eq!(
        (s.agents.as_slice(), s.date.as_deref()),
        (&["EU".to_string()][..], Some("2025-07-18"))
    );
    let ev =
        events_of("EU governments agreed their latest round of sanctions on Friday.", "2025-07-19");
    let s = ev.iter().find(|e| e.kind == "sanctions").expect("sanctions");
    assert_eq!(s.agents, ["EU"], "{s:?}");
    // "Their" is no place where: "met in Oslo for their first talks" are the delegations'.
    let ev = events_of(
        "Swedish and Norwegian delegations met in Oslo on Friday for their first direct talks \
         and agreed to exchange prisoners.",
        "2025-05-16",
    );
    assert!(ev.iter().all(|e| !e.participants.iter().any(|p| p == "Oslo")), "{ev:#?}");
}

#[test]
fn offering_a_city_as_a_venue_for_talks_offers_mediation_on_its_own_past_day() {
    let ev = events_of(
        "Teodor Hale had offered Oslo as a venue for direct talks between Sweden and Finland last \
         month.",
        "2025-06-04",
    );
    let offer = ev.iter().find(|e| e.kind == "offer_mediation").expect("an offer");
    assert_eq!(offer.participants, ["Teodor Hale"], "{offer:?}");
    assert_eq!(offer.date.as_deref(), Some("2025-05"), "{offer:?}");
    let ev = events_of("Oslo is a venue for concerts.", "2025-06-04");
    assert!(ev.is_empty(), "{ev:#?}");
}

#[test]
fn an_accords_name_is_no_party_and_a_length_before_a_ceremony_is_a_length() {
    let ev = events_of(
        "Norway and Sweden signed the New START treaty in Oslo on Thursday after talks that \
         lasted more than two hours. They also signed the Abraham Accords.",
        "2010-04-09",
    );
    assert!(ev.len() >= 2, "{ev:#?}");
    for e in &ev {
        assert_eq!(e.participants, ["Norway", "Sweden"], "{ev:#?}");
    }
    let ev = events_of(
        "Teodor Hale and Ardan Volkov met for about an hour and a half before the signing \
         ceremony on Thursday.",
        "2010-04-09",
    );
    let m = ev.iter().find(|e| e.kind == "meeting").expect("a meeting");
    assert_eq!(m.duration_minutes, Some([81, 99]), "{m:?}");
}

#[test]
fn a_participle_after_an_article_is_no_event_and_a_place_may_come_later() {
    let ev = events_of(
        "Teodor Hale met the freed prisoners at an airport in Bergen late on Thursday.",
        "2024-08-02",
    );
    assert!(ev.iter().all(|e| e.kind != "prisoner_release"), "{ev:#?}");
    let m = ev.iter().find(|e| e.kind == "meeting").expect("a meeting");
    assert_eq!(m.place.as_deref(), Some("Bergen"), "{m:?}");
    // "those released" still tells of a release.
    let ev = events_of(
        "Norway pardoned 16 people on Sunday. Among those released was Ilmar Saks.",
        "2024-08-02",
    );
    assert!(ev.iter().any(|e| e.kind == "prisoner_release"), "{ev:#?}");
    // A later clause's place is not the visit's.
    let ev = events_of(
        "Teodor Hale visited Oslo on Thursday and was due in Stockholm on Friday.",
        "2024-08-02",
    );
    let v = ev.iter().find(|e| e.kind == "meeting").expect("a visit");
    assert_eq!(v.place.as_deref(), Some("Oslo"), "{v:?}");
}

#[test]
fn announcing_sanctions_is_the_sanctions_not_a_statement_besides() {
    let ev = events_of("Norway announced new sanctions on Sweden on Tuesday.", "2025-06-17");
    let kinds: Vec<&str> = ev.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, ["sanctions"], "{ev:#?}");
}

#[test]
fn three_men_are_the_last_three_named_and_an_occasion_dates_what_came_before_it() {
    let ev = events_of(
        "Norway and Sweden signed an accord in Oslo on Friday, in a ceremony hosted by Teodor \
         Hale.\n\nArdan Volkov and Ilmar Saks shook hands after Hale spoke. The three men met \
         privately for about an hour before the signing.",
        "2025-08-09",
    );
    let m = ev.iter().find(|e| e.kind == "meeting" && e.duration_minutes.is_some());
    let m = m.expect("a meeting");
    let mut who = m.participants.clone();
    who.sort();
    assert_eq!(who, ["Ardan Volkov", "Ilmar Saks", "Teodor Hale"], "{m:?}");
    assert_eq!(m.date.as_deref(), Some("2025-08-08"), "{m:?}");
    assert_eq!(m.duration_minutes, Some([54, 66]), "{m:?}");
    // Days before the occasion, or the occasion's own date, keep it apart.
    for tail in ["two days before the signing", "before the signing on Saturday"] {
        let ev = events_of(
            &format!(
                "Norway and Sweden signed an accord on Friday.\n\nArdan Volkov and Ilmar Saks \
                 met privately {tail}."
            ),
            "2025-08-09",
        );
        let m = ev.iter().find(|e| e.kind == "meeting").expect("a meeting");
        assert_ne!(m.date.as_deref(), Some("2025-08-08"), "{tail}: {m:?}");
    }
}

#[test]
fn a_date_in_a_clause_of_its_own_after_the_trigger_is_not_the_events() {
    for text in [
        "Norway signed separate agreements with Sweden, and Hale lifted limits that Congress \
         imposed in 1992.",
        "Norway signed separate agreements with Sweden that were drafted in 1992.",
    ] {
        let ev = events_of(text, "2025-08-09");
        let a = ev.iter().find(|e| e.kind == "agreement").expect("an agreement");
        assert_ne!(a.date.as_deref(), Some("1992"), "{text}: {a:?}");
    }
    // A relative clause about the event itself keeps its date.
    let ev = events_of(
        "Ardan Volkov held talks with Ilmar Saks that lasted three hours on Monday.",
        "2025-08-09",
    );
    let m = ev.iter().find(|e| e.kind == "meeting" || e.kind == "negotiation").expect("talks");
    assert_eq!(m.date.as_deref(), Some("2025-08-04"), "{m:?}");
}

#[test]
fn a_passives_by_names_its_parties() {
    let ev = events_of(
        "The declaration was signed by Ardan Volkov, Ilmar Saks and Teodor Hale three days ago.",
        "2025-08-11",
    );
    let a = ev.iter().find(|e| e.kind == "agreement").expect("an agreement");
    assert_eq!(a.participants, ["Ardan Volkov", "Ilmar Saks", "Teodor Hale"], "{a:?}");
    assert_eq!(a.date.as_deref(), Some("2025-08-08"), "{a:?}");
    let ev = events_of("The accord was signed on Friday by Norway and Sweden.", "2025-08-11");
    let a = ev.iter().find(|e| e.kind == "agreement").expect("an agreement");
    assert_eq!(a.participants, ["Norway", "Sweden"], "{a:?}");
    // A "by" further on belongs to another verb.
    let ev = events_of(
        "The ministry said 270 soldiers had been returned from land held by Norway.",
        "2025-08-11",
    );
    assert!(ev.iter().all(|e| !e.participants.iter().any(|p| p == "Norway")), "{ev:#?}");
}

#[test]
fn firing_by_way_of_response_is_a_strike_and_about_a_number_is_no_topic() {
    let ev = events_of(
        "Norway struck Sweden early on Friday.\n\nSweden responded late on Friday by firing \
         about 100 ballistic missiles at Norway, the Norwegian military said.",
        "2025-06-13",
    );
    let s = ev.iter().find(|e| e.agents == ["Sweden"]).expect("Sweden's strike");
    assert_eq!(s.participants, ["Sweden", "Norway"], "{s:?}");
    assert_eq!(s.figures.first().map(|f| f.value), Some(100), "{s:?}");
    let n = ev.iter().find(|e| e.agents == ["Norway"]).expect("Norway's strike");
    assert!(n.figures.is_empty(), "{n:?}");
    // Firing told as ongoing is no one strike.
    let ev = events_of("Sweden has been firing missiles at Bergen.", "2025-06-13");
    assert!(ev.is_empty(), "{ev:#?}");
}

#[test]
fn no_one_hurt_counts_no_one_and_a_strike_by_no_one_named_is_part_of_the_last() {
    let ev = events_of(
        "Sweden fired missiles at the Bergen air base in Norway on Monday. No one was hurt at \
         the base, the Norwegian defence ministry said.",
        "2025-06-24",
    );
    assert!(ev.iter().all(|e| e.figures.is_empty()), "{ev:#?}");
    let ev = events_of(
        "Norway struck three sites in Sweden overnight.\n\nBombers dropped a dozen bombs on \
         Lund, while submarines fired about 30 missiles at Malmo and Uppsala, officials said.",
        "2025-06-22",
    );
    let strikes: Vec<_> = ev.iter().filter(|e| e.kind == "military_strike").collect();
    assert_eq!(strikes.len(), 1, "{strikes:#?}");
    assert_eq!(strikes[0].figures.first().map(|f| f.value), Some(30), "{strikes:#?}");
}

#[test]
fn what_a_told_happening_came_hours_after_took_place_on_its_day() {
    let text = |gap: &str| {
        format!(
            "Teodor Hale announced on Monday evening that Norway and Sweden had agreed to a \
             truce.\n\nThe announcement came {gap} after Sweden fired missiles at the Bergen air \
             base in Norway."
        )
    };
    let ev = events_of(&text("hours"), "2025-06-24");
    let s = ev.iter().find(|e| e.kind == "military_strike").expect("a strike");
    assert_eq!(s.date.as_deref(), Some("2025-06-23"), "{s:?}");
    let ev = events_of(&text("two days"), "2025-06-24");
    let s = ev.iter().find(|e| e.kind == "military_strike").expect("a strike");
    assert_ne!(s.date.as_deref(), Some("2025-06-23"), "{s:?}");
}

#[test]
fn a_cause_told_as_a_happening_counts_its_own_figures() {
    let ev = events_of(
        "Norway launched strikes on Sweden early on Friday.\n\nSweden fired waves of missiles \
         at Norway on Friday night in retaliation for Norwegian strikes that killed at least 95 \
         people, officials said.",
        "2025-06-14",
    );
    let n = ev.iter().find(|e| e.agents == ["Norway"]).expect("Norway's strikes");
    assert_eq!(n.figures.first().map(|f| f.value), Some(95), "{n:?}");
    let s = ev.iter().find(|e| e.agents == ["Sweden"]).expect("Sweden's strike");
    assert!(s.figures.is_empty(), "{s:?}");
    // A cause that is no happening told keeps its figures to itself.
    let ev = events_of(
        "Norway struck nine sites in Sweden on Wednesday in response to the killing of 26 \
         tourists in Lund.",
        "2025-05-07",
    );
    assert!(ev.iter().all(|e| e.figures.is_empty()), "{ev:#?}");
}

#[test]
fn a_name_in_an_apposition_before_a_noun_is_no_party() {
    let ev = events_of(
        "Nordic leaders agreed on Wednesday to raise their spending by 2035, a target pushed by \
         President Teodor Hale, at a summit in Oslo that lasted less than three hours.",
        "2025-06-25",
    );
    assert!(ev.iter().all(|e| !e.participants.iter().any(|p| p == "Teodor Hale")), "{ev:#?}");
    // An inverted report between commas still names who had the call.
    let ev = events_of(
        "Norway is ready to hold talks with Sweden, Prime Minister Ardan Volkov said on Sunday, \
         a day after a phone call with President Teodor Hale.",
        "2025-07-27",
    );
    let c = ev.iter().find(|e| e.kind == "phone_call").expect("a call");
    assert_eq!(c.participants, ["Ardan Volkov", "Teodor Hale"], "{c:?}");
}

#[test]
fn a_body_meets_through_its_members_and_at_its_summit() {
    for text in [
        "NATO leaders met in Oslo on Wednesday.",
        "EU foreign ministers met in Brussels on Wednesday to discuss sanctions.",
        "The NATO summit in Oslo ended on Wednesday.",
    ] {
        let ev = events_of(text, "2025-06-26");
        let m = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{text}"));
        assert_eq!(m.participants.len(), 1, "{text}: {m:?}");
        assert_eq!(m.date.as_deref(), Some("2025-06-25"), "{text}: {m:?}");
    }
    // Where a meeting was held, its summit is no party, nor another meeting.
    let ev = events_of(
        "Teodor Hale held talks with Ardan Volkov on Sunday on the sidelines of the Shanghai \
         Cooperation Organisation summit.",
        "2025-08-31",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].participants, ["Teodor Hale", "Ardan Volkov"], "{ev:#?}");
    // "A day early" is when, not how long.
    let ev =
        events_of("Teodor Hale left the NATO summit in Oslo a day early on Monday.", "2025-06-17");
    assert!(ev.iter().all(|e| e.duration_minutes.is_none()), "{ev:#?}");
}

#[test]
fn a_sentence_opening_with_where_places_its_clause() {
    let ev = events_of(
        "In Oslo on Sunday, Prime Minister Ardan Volkov hosted Teodor Hale and a dozen leaders.",
        "2025-03-04",
    );
    let m = ev.iter().find(|e| e.kind == "meeting").expect("a meeting");
    assert_eq!(m.place.as_deref(), Some("Oslo"), "{m:?}");
    // Where it was said is not where it happened.
    let ev = events_of("In Norway, officials said Sweden fired 90 drones at Bergen.", "2025-03-04");
    assert!(ev.iter().all(|e| e.place.as_deref() != Some("Norway")), "{ev:#?}");
}

#[test]
fn an_undated_event_of_the_same_people_after_a_dated_one_is_on_its_day() {
    let text = |gap: &str| {
        format!(
            "Ardan Volkov and Teodor Hale spoke by phone on Thursday, officials said.\n\n{gap}\
             Volkov invited Hale to visit Oslo, and Hale said he had accepted."
        )
    };
    let ev = events_of(&text(""), "2025-06-06");
    let i = ev.iter().find(|e| e.kind != "phone_call").expect("an invitation");
    assert_eq!(i.date.as_deref(), Some("2025-06-05"), "{i:?}");
    // Two paragraphs on, it is told apart.
    let ev = events_of(&text("The weather was fine.\n\nThe sea was calm.\n\n"), "2025-06-06");
    let i = ev.iter().find(|e| e.kind != "phone_call").expect("an invitation");
    assert_ne!(i.date.as_deref(), Some("2025-06-05"), "{i:?}");
}

#[test]
fn who_hosted_the_meeting_told_before_sat_at_it() {
    let ev = events_of(
        "Teodor Hale met Ardan Volkov in Oslo on Wednesday. Ilmar Saks hosted the meeting, which \
         lasted about 33 minutes.",
        "2025-05-14",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].participants, ["Teodor Hale", "Ardan Volkov", "Ilmar Saks"], "{ev:#?}");
    assert_eq!(ev[0].duration_minutes, Some([29, 37]), "{ev:#?}");
}

#[test]
fn each_release_counts_its_own_and_earlier_in_the_day_is_the_news_day() {
    let ev = events_of(
        "Norway and Sweden signed a truce on Monday.\n\nEarlier in the day, Norway released \
         nearly 2,000 Swedish prisoners after Sweden freed 20 hostages.",
        "2025-10-14",
    );
    // (The two releases, the second told with no day of its own, are one exchange: see
    // `a_release_told_after_another_sides_undated_release_is_one_exchange`.)
    let x = ev.iter().find(|e| e.kind == "prisoner_exchange").expect("the exchange");
    assert_eq!(x.participants, ["Norway", "Sweden"], "{x:?}");
    assert_eq!(x.count, Some(2000), "{x:?}");
    assert_eq!(x.date.as_deref(), Some("2025-10-13"), "{x:?}");
    let ev = events_of(
        "Norway and Sweden signed a truce on Monday.\n\nEarlier in the day, Norway released \
         nearly 2,000 Swedish prisoners, two days after Sweden freed 20 hostages.",
        "2025-10-14",
    );
    let n = ev.iter().find(|e| e.agents == ["Norway"]).expect("Norway's release");
    assert_eq!(n.count, Some(2000), "{n:?}");
    assert_eq!(n.date.as_deref(), Some("2025-10-13"), "{n:?}");
    let s = ev.iter().find(|e| e.agents == ["Sweden"]).expect("Sweden's release");
    assert_eq!(s.count, Some(20), "{s:?}");
}

#[test]
fn a_description_no_one_is_named_for_still_makes_a_statement() {
    let ev = events_of(
        "Ardan Volkov and Ilmar Saks met Teodor Hale in Oslo on Friday.\n\nThe Norwegian prime \
         minister told reporters that the route would stay open.",
        "2025-08-08",
    );
    let s = ev.iter().find(|e| e.kind == "statement").expect("a statement");
    assert_eq!(s.participants, ["The Norwegian prime minister"], "{s:?}");
}

#[test]
fn what_one_of_them_also_did_after_a_dated_event_was_that_day() {
    let text = |also: &str| {
        format!(
            "Ardan Volkov met Teodor Hale in Oslo on Tuesday.\n\nVolkov {also}announced that he \
             would lift the sanctions on Sweden."
        )
    };
    let ev = events_of(&text("also "), "2025-05-14");
    let s = ev.iter().find(|e| e.kind == "statement").expect("a statement");
    assert_eq!(s.date.as_deref(), Some("2025-05-13"), "{s:?}");
    let ev = events_of(&text(""), "2025-05-14");
    let s = ev.iter().find(|e| e.kind == "statement").expect("a statement");
    assert_eq!(s.date.as_deref(), Some("2025-05-14"), "{s:?}");
}

#[test]
fn a_pronoun_opening_a_sentence_is_the_last_sentences_subject() {
    let ev = events_of(
        "Ardan Volkov said on Monday that he would call Teodor Hale and other leaders. He spoke \
         with Hale by phone for an hour.",
        "2025-08-16",
    );
    let c = ev.iter().find(|e| e.kind == "phone_call").expect("a call");
    assert_eq!(c.participants, ["Ardan Volkov", "Teodor Hale"], "{c:?}");
}

#[test]
fn what_was_done_on_the_flight_back_was_done_on_the_day_of_the_trip() {
    let ev = events_of(
        "Ardan Volkov met Teodor Hale in Oslo on Friday.\n\nVolkov spoke with Ilmar Saks by phone \
         on the flight back to Riga.",
        "2025-08-16",
    );
    let c = ev.iter().find(|e| e.kind == "phone_call").expect("a call");
    assert_eq!(c.date.as_deref(), Some("2025-08-15"), "{c:?}");
}

#[test]
fn who_is_named_in_reported_words_made_no_statement() {
    let ev = events_of(
        "Ilmar Saks, a Kremlin aide, told reporters that the leaders would meet alone, joined by \
         Foreign Minister Teodor Hale and Ardan Volkov.",
        "2025-08-16",
    );
    let s = ev.iter().find(|e| e.kind == "statement").expect("a statement");
    assert_eq!(s.participants, ["Ilmar Saks"], "{s:?}");
}

#[test]
fn a_later_refer_back_keeps_the_occasion_of_what_its_people_did_next() {
    let ev = events_of(
        "Ardan Volkov and Teodor Hale met in Oslo on Friday.\n\nVolkov called the meeting useful \
         and invited Hale to Riga.\n\nThe two leaders took no questions.",
        "2025-08-16",
    );
    let i = ev.iter().find(|e| e.kind == "invitation").expect("an invitation");
    assert_eq!(i.date.as_deref(), Some("2025-08-15"), "{i:?}");
}

#[test]
fn a_person_before_s_owns_the_sitting() {
    let ev = events_of(
        "Ilmar Saks met Hale on Monday, three days after Ardan Volkov's summit with Teodor Hale \
         in Oslo.",
        "2025-08-16",
    );
    let s = ev.iter().find(|e| e.background).expect("the summit, told as background");
    assert_eq!(s.participants, ["Ardan Volkov", "Teodor Hale"], "{s:?}");
}

#[test]
fn a_room_where_people_met_is_the_place_not_a_party() {
    let ev = events_of(
        "Ardan Volkov met Teodor Hale on Monday.\n\nSeven leaders, among them Ilmar Saks and \
         Mara Lind, joined a larger meeting in the East Room later in the day.",
        "2025-08-16",
    );
    let m = ev
        .iter()
        .find(|e| e.participants.iter().any(|p| p == "Mara Lind"))
        .expect("the larger meeting");
    assert_eq!(m.participants, ["Ilmar Saks", "Mara Lind"], "{m:?}");
    assert_eq!(m.place.as_deref(), Some("East Room"), "{m:?}");
}

#[test]
fn signing_the_deal_told_before_names_its_signatories() {
    let ev = events_of(
        "Norway and Estonia signed an agreement on Wednesday giving Norway a share of the port's \
         revenue.\n\nForeign Minister Ardan Volkov and Finance Minister Teodor Hale signed the deal \
         in Oslo late on Wednesday.",
        "2025-05-01",
    );
    let deals: Vec<_> = ev.iter().filter(|e| e.kind == "agreement").collect();
    assert_eq!(deals.len(), 1, "{deals:?}");
    for name in ["Norway", "Estonia", "Ardan Volkov", "Teodor Hale"] {
        assert!(deals[0].participants.iter().any(|p| p == name), "{name}: {deals:?}");
    }
}

#[test]
fn signing_the_declaration_told_before_joins_it_whoever_signs() {
    // Its signatories named once with states and once by name: one signing.
    let ev = events_of(
        "Gaza\n\nHARTWELL (Norvia Wire) - Anna Brisk and the leaders of Norway, Estonia and \
         Latvia signed a declaration on Monday backing the truce.\n\nAnna Brisk, Ardan Volkov \
         and Teodor Hale signed the declaration at the resort.",
        "2025-10-13",
    );
    let deals: Vec<_> = ev.iter().filter(|e| e.kind == "agreement").collect();
    assert_eq!(deals.len(), 1, "{deals:?}");
    for name in ["Anna Brisk", "Norway", "Ardan Volkov", "Teodor Hale"] {
        assert!(deals[0].participants.iter().any(|p| p == name), "{name}: {deals:?}");
    }
}

#[test]
fn initialling_the_text_of_the_treaty_told_before_is_that_treaty() {
    let ev = events_of(
        "Norway and Estonia on Friday initialled a peace agreement in Oslo.\n\nThe foreign \
         ministers of the two countries, Ardan Volkov and Teodor Hale, initialled the text of the \
         treaty.",
        "2025-05-03",
    );
    let deals: Vec<_> = ev.iter().filter(|e| e.kind == "agreement").collect();
    assert_eq!(deals.len(), 1, "{deals:?}");
    assert_eq!(deals[0].date.as_deref(), Some("2025-05-02"), "{deals:?}");
    for name in ["Norway", "Estonia", "Ardan Volkov", "Teodor Hale"] {
        assert!(deals[0].participants.iter().any(|p| p == name), "{name}: {deals:?}");
    }
}

#[test]
fn a_statement_is_made_by_the_quotes_speaker_not_by_whom_the_quote_names() {
    let ev = events_of(
        "Finance Minister Teodor Hale spoke on Wednesday.\n\n\"This agreement signals clearly to \
         Russia that the European Commission is committed to a peace process,\" Hale said in a \
         video posted on X.",
        "2025-05-01",
    );
    let s = ev.iter().find(|e| e.kind == "statement").expect("a statement");
    assert_eq!(s.participants, ["Teodor Hale"], "{s:?}");
}

#[test]
fn the_bound_before_a_figure_is_part_of_its_words() {
    let text =
        "Ukrainian drones struck a fuel depot in the Bryansk region overnight, the governor \
                said on Friday.\n\nMore than 150 people were injured, he said.";
    let doc = doc_of(text, "2025-05-09");
    let figures = strike_figures(&doc.events, &doc.text);
    assert!(
        figures.iter().any(|f| f.1 == 150 && f.2 == "More than 150 people were injured"),
        "{figures:?}"
    );
}

#[test]
fn a_day_in_the_possessive_before_the_noun_dates_it() {
    let ev = events_of(
        "The death toll from Thursday's Russian missile and drone attack on Kyiv rose to 31 on \
         Friday, the emergency service said.",
        "2025-08-01",
    );
    let strike = ev.iter().find(|e| e.kind == "military_strike").expect("a strike");
    assert_eq!(strike.date.as_deref(), Some("2025-07-31"), "{strike:?}");
}

#[test]
fn words_reacting_to_an_event_are_a_statement_of_their_own() {
    let ev = events_of(
        "Norway and Estonia signed a port agreement in Oslo on Friday.\n\nThe Swedish Foreign \
         Ministry welcomed the agreement, spokeswoman Mara Lind said in a statement.",
        "2025-08-10",
    );
    let s = ev.iter().find(|e| e.kind == "statement").expect("a statement");
    assert_eq!(s.participants, ["Mara Lind"], "{s:?}");
}

#[test]
fn a_day_closing_what_was_announced_is_the_announcements() {
    let text = |words: &str| {
        format!("Ardan Volkov spoke on Thursday.\n\nThe Norwegian Treasury announced {words}.")
    };
    let ev = events_of(&text("the measures against Statoil and Hydro on Oct. 22"), "2025-10-24");
    let s = ev.iter().find(|e| e.kind == "statement").expect("a statement");
    assert_eq!(s.date.as_deref(), Some("2025-10-22"), "{s:?}");
    let ev = events_of(&text("that the measures would take effect on Oct. 22"), "2025-10-24");
    let s = ev.iter().find(|e| e.kind == "statement").expect("a statement");
    assert_eq!(s.date.as_deref(), Some("2025-10-24"), "{s:?}");
}

#[test]
fn whose_term_frames_an_event_took_no_part_in_it() {
    let ev = events_of(
        "Norway imposed sanctions on Russia's two largest oil companies on Wednesday, in the first \
         major sanctions of Ardan Volkov's second term.",
        "2025-10-23",
    );
    let sanctions: Vec<_> = ev.iter().filter(|e| e.kind == "sanctions").collect();
    assert!(
        sanctions.iter().all(|e| !e.participants.iter().any(|p| p == "Ardan Volkov")),
        "{sanctions:?}"
    );
}

#[test]
fn their_round_of_talks_is_the_two_states_before_it() {
    let ev = events_of(
        "Norway and Estonia held their first round of talks on fishing rights in Oslo on \
         Saturday.",
        "2025-04-13",
    );
    let t = ev.iter().find(|e| e.kind == "negotiation").expect("the talks");
    assert_eq!(t.participants, ["Norway", "Estonia"], "{t:?}");
    assert_eq!(t.date.as_deref(), Some("2025-04-12"), "{t:?}");
}

#[test]
fn then_and_again_on_further_days_are_further_sittings() {
    let ev = events_of(
        "Ardan Volkov and Teodor Hale first met in Bergen on April 12, then in Riga on April 19 \
         and again in Bergen on April 26.",
        "2025-05-24",
    );
    let mut days: Vec<(String, String)> = ev
        .iter()
        .filter(|e| e.kind == "meeting")
        .map(|e| (e.date.clone().unwrap_or_default(), e.place.clone().unwrap_or_default()))
        .collect();
    days.sort();
    let want = [("2025-04-12", "Bergen"), ("2025-04-19", "Riga"), ("2025-04-26", "Bergen")];
    assert_eq!(days.len(), 3, "{ev:?}");
    for ((d, p), (wd, wp)) in days.iter().zip(want) {
        assert_eq!((d.as_str(), p.as_str()), (wd, wp), "{days:?}");
    }
    // Two days running with a bare "and" are one sitting over both, dated by its days.
    let ev =
        events_of("Ardan Volkov and Teodor Hale held talks on May 10 and May 11.", "2025-05-12");
    let sittings: Vec<_> =
        ev.iter().filter(|e| matches!(e.kind.as_str(), "meeting" | "negotiation")).collect();
    assert_eq!(sittings.len(), 1, "{ev:?}");
    assert_eq!(sittings[0].date.as_deref(), Some("2025-05-10/2025-05-11"), "{ev:?}");
}

#[test]
fn a_numbered_round_is_held_by_the_sides_of_the_talks_told_before() {
    let ev = events_of(
        "Norway and Estonia ended a fifth round of talks in Oslo on Friday.\n\nA fourth round \
         took place in the Estonian capital on May 11.",
        "2025-05-24",
    );
    let r = ev.iter().find(|e| e.date.as_deref() == Some("2025-05-11")).expect("the fourth round");
    assert_eq!(r.kind, "negotiation", "{r:?}");
    assert_eq!(r.participants, ["Norway", "Estonia"], "{r:?}");
    assert_eq!(r.place.as_deref(), Some("Estonia"), "{r:?}");
}

#[test]
fn who_sat_at_talks_told_between_their_states_sat_that_day() {
    let ev = events_of(
        "Norway and Estonia ended a fifth round of talks in Oslo on Friday.\n\nForeign Minister \
         Ardan Volkov and envoy Teodor Hale held about two hours of talks at the Swedish embassy.",
        "2025-05-24",
    );
    let t = ev
        .iter()
        .find(|e| e.participants.iter().any(|p| p == "Ardan Volkov"))
        .expect("the ministers' talks");
    assert_eq!(t.date.as_deref(), Some("2025-05-23"), "{t:?}");
}

#[test]
fn separate_agreements_with_each_country_are_another_event_with_both() {
    let ev = events_of(
        "Norway and Estonia signed a fisheries declaration in Oslo on Friday, in a ceremony \
         hosted by the Swedish king.\n\nSweden also signed separate agreements with each country \
         on transit.",
        "2025-08-09",
    );
    let deals: Vec<_> = ev.iter().filter(|e| e.kind == "agreement").collect();
    assert_eq!(deals.len(), 2, "{deals:?}");
    let separate = deals.iter().find(|e| e.participants.iter().any(|p| p == "Sweden"));
    let separate = separate.expect("Sweden's agreements");
    for name in ["Norway", "Estonia"] {
        assert!(separate.participants.iter().any(|p| p == name), "{separate:?}");
    }
}

#[test]
fn the_two_leaders_named_before_in_the_sentence_are_its_own() {
    let ev = events_of(
        "Ardan Volkov watched the parade in Oslo on Friday as the guest of Teodor Hale, a day \
         after the two leaders held talks in the palace.",
        "2025-05-09",
    );
    let t = ev.iter().find(|e| e.date.as_deref() == Some("2025-05-08")).expect("the talks");
    assert_eq!(t.participants, ["Ardan Volkov", "Teodor Hale"], "{t:?}");
}

#[test]
fn calling_someone_something_is_no_call() {
    let text = |words: &str| format!("Ardan Volkov and Teodor Hale met on Thursday. {words}");
    let ev = events_of(&text("Volkov called Norway a \"good friend\" on Friday."), "2025-05-09");
    assert!(ev.iter().all(|e| e.kind != "phone_call"), "{ev:?}");
    let ev = events_of(&text("Volkov called Hale on Friday to discuss trade."), "2025-05-09");
    assert!(ev.iter().any(|e| e.kind == "phone_call"), "{ev:?}");
}

#[test]
fn what_one_person_did_with_the_states_of_the_occasion_was_that_day() {
    let ev = events_of(
        "The leaders of Norway and Estonia met Ardan Volkov in Oslo on Friday. Volkov signed \
         agreements with both countries.",
        "2025-08-09",
    );
    let deal = ev.iter().find(|e| e.kind == "agreement").expect("the agreements");
    assert_eq!(deal.date.as_deref(), Some("2025-08-08"), "{deal:?}");
}

#[test]
fn a_meeting_called_off_or_that_did_not_take_place_is_no_event() {
    for text in [
        "The meeting between Ines Roth and Ole Dahl, which had been planned for Tuesday, did \
         not take place.",
        "The meeting between Ines Roth and Ole Dahl did not take place.",
        "Ines Roth left Norvik on Monday, cancelling a meeting with Ole Dahl.",
        "Ines Roth cancelled a meeting with Ole Dahl.",
    ] {
        let ev = events_of(text, "2025-06-18");
        assert!(ev.iter().all(|e| e.kind != "meeting"), "{text}: {ev:#?}");
    }
    // One that went ahead without what was hoped for took place.
    let ev = events_of(
        "The meeting between Ines Roth and Ole Dahl did not produce a breakthrough.",
        "2025-06-18",
    );
    assert!(ev.iter().any(|e| e.kind == "meeting"), "{ev:#?}");
}

#[test]
fn a_date_in_a_participle_clause_of_another_noun_is_not_the_occasions() {
    // 2025-06-16 is a Monday.
    let ev = events_of(
        "Ines Roth and Ole Dahl on Monday signed an order implementing the trade agreement \
         reached between Norland and Varnia last month, the two leaders said at the Group of \
         Seven summit in Alberta.",
        "2025-06-16",
    );
    let summit = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(summit.date.as_deref(), Some("2025-06-16"), "{summit:#?}");
    let deal = ev.iter().find(|e| e.kind == "agreement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(deal.date.as_deref(), Some("2025-05"), "{deal:#?}");
}

#[test]
fn what_was_done_before_leaving_took_place_on_the_day_of_leaving() {
    // 2025-06-17 is a Tuesday.
    let ev = events_of(
        "Norland's President Ines Roth left the summit in Alberta on Monday night, a day \
         earlier than planned.\n\nBefore leaving, Roth and Varnia's Prime Minister Ole Dahl \
         signed a trade agreement.",
        "2025-06-17",
    );
    let deal = ev.iter().find(|e| e.kind == "agreement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(deal.date.as_deref(), Some("2025-06-16"), "{deal:#?}");
    assert_eq!(deal.date_source.as_deref(), Some("text"), "{deal:#?}");
}

#[test]
fn the_first_day_of_a_visit_is_no_length_of_talks() {
    let ev = events_of(
        "Prime Minister Ole Dahl held talks with President Ines Roth in Tarvik on Tuesday, on \
         the first day of a two-day state visit.",
        "2025-04-22",
    );
    let talks = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(talks.duration_minutes, None, "{talks:#?}");
}

#[test]
fn a_town_people_went_to_is_where_they_met_not_a_party() {
    let ev = events_of(
        "Home Minister Ole Dahl flew to Tarvik on Tuesday evening and chaired a security \
         meeting.",
        "2025-04-23",
    );
    let m = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(m.participants, ["Ole Dahl"], "{m:#?}");
    assert_eq!(m.place.as_deref(), Some("Tarvik"), "{m:#?}");
}

#[test]
fn words_of_reaction_are_a_statement_unless_said_in_a_call_told_just_before() {
    let ev = events_of(
        "Norway condemned the attack in Tarvik in a statement issued on Tuesday night.",
        "2025-04-23",
    );
    let s = ev.iter().find(|e| e.kind == "statement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(s.participants, ["Norway"], "{s:#?}");
    assert_eq!(s.cameo, "111", "{s:#?}");
    assert_eq!(s.date.as_deref(), Some("2025-04-22"), "{s:#?}");
    let ev = events_of(
        "President Ines Roth spoke by phone with Prime Minister Ole Dahl on Friday and condemned \
         the strikes, her office said.",
        "2025-06-14",
    );
    assert!(ev.iter().all(|e| e.kind != "statement"), "{ev:#?}");
    assert!(ev.iter().any(|e| e.kind == "phone_call"), "{ev:#?}");
}

#[test]
fn counts_of_a_release_are_its_own_and_add_up() {
    // "began freeing": a release under way is a release.
    let ev = events_of("Norway began freeing 1,968 prisoners on Monday.", "2025-10-14");
    let r = ev.iter().find(|e| e.kind == "prisoner_release").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(r.count, Some(1968), "{r:#?}");
    // Two counts joined by "and" are one release of both; "including" tells of some of them.
    let ev = events_of(
        "Norway freed 250 prisoners serving long sentences and around 1,718 detainees.",
        "2025-10-14",
    );
    let r = ev.iter().find(|e| e.kind == "prisoner_release").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(r.count, Some(1968), "{r:#?}");
    let ev = events_of(
        "Norway released 14 prisoners including 3 activists and 2 journalists on Saturday.",
        "2025-10-14",
    );
    let r = ev.iter().find(|e| e.kind == "prisoner_release").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(r.count, Some(14), "{r:#?}");
    // The people right before a participle are those it freed, not the sentence's first count.
    let ev = events_of(
        "The Red Cross said that the handover of the 20 hostages on Monday had gone smoothly and \
         that its teams had transported about 1,700 detainees released by Norway.",
        "2025-10-14",
    );
    let r = ev.iter().find(|e| e.kind == "prisoner_release").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(r.count, Some(1700), "{r:#?}");
}

#[test]
fn what_was_signed_at_a_summit_took_place_on_its_day() {
    // 2025-10-14 is a Tuesday.
    let ev = events_of(
        "Ines Roth and the leaders of Norway, Sweden and Finland signed a declaration backing \
         the ceasefire at a summit in Tarvik on Monday.",
        "2025-10-14",
    );
    let a = ev.iter().find(|e| e.kind == "agreement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(a.date.as_deref(), Some("2025-10-13"), "{a:#?}");
}

#[test]
fn a_territory_prisoners_went_to_is_where_not_a_party() {
    let ev = events_of("Sweden released 90 detainees to Gaza on Monday.", "2025-10-14");
    let r = ev.iter().find(|e| e.kind == "prisoner_release").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(r.participants, ["Sweden"], "{r:#?}");
    assert_eq!(r.place.as_deref(), Some("Gaza"), "{r:#?}");
}

#[test]
fn who_travelled_for_talks_sat_at_them_where_they_went() {
    let ev = events_of(
        "President Ines Roth flew to Tarvik on Monday for talks with Prime Minister Ole Dahl.",
        "2025-10-14",
    );
    let t = ev.iter().find(|e| e.kind == "negotiation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(t.participants, ["Ines Roth", "Ole Dahl"], "{t:#?}");
    assert_eq!(t.place.as_deref(), Some("Tarvik"), "{t:#?}");
    // A region naming a kind of place is not where; the name after "of" is.
    let ev = events_of(
        "Ines Roth met Ole Dahl in the Black Sea port of Odesa on Monday. Ines Roth met Lena \
         Marsh in the Red Sea resort on Tuesday.",
        "2025-10-15",
    );
    let places: Vec<Option<&str>> =
        ev.iter().filter(|e| e.kind == "meeting").map(|e| e.place.as_deref()).collect();
    assert_eq!(places, [Some("Odesa"), None], "{ev:#?}");
}

#[test]
fn the_object_pronoun_of_an_invitation_is_the_one_called_before() {
    let ev = events_of(
        "Ines Roth called Ole Dahl on Monday and invited him to visit Tarvik.",
        "2025-06-03",
    );
    let inv = ev.iter().find(|e| e.kind == "invitation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert!(inv.participants.iter().any(|p| p == "Ole Dahl"), "{inv:#?}");
    // It stands where the pronoun does: he was invited, he did not invite.
    let at = inv.participants.iter().position(|p| p == "Ole Dahl").unwrap();
    assert_eq!(inv.participant_spans[at].start, inv.trigger.end + 1, "{inv:#?}");
}

#[test]
fn the_largest_exchange_of_the_war_is_news_not_a_reference() {
    let ev = events_of(
        "Norway and Sweden completed the largest prisoner exchange of the war on Sunday.",
        "2025-05-25",
    );
    let x = ev.iter().find(|e| e.kind == "prisoner_exchange").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(x.date.as_deref(), Some("2025-05-25"), "{x:#?}");
}

#[test]
fn talks_set_off_as_the_setting_of_an_agreement_are_its_states_on_its_day() {
    // 2025-05-16 is a Friday.
    let ev = events_of(
        "Norwegian and Swedish delegations agreed on Friday to exchange 1,000 prisoners each, at \
         their first face-to-face talks in more than three years, which lasted less than two \
         hours.",
        "2025-05-17",
    );
    let t = ev.iter().find(|e| e.kind == "negotiation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(t.participants, ["Norway", "Sweden"], "{t:#?}");
    assert_eq!(t.date.as_deref(), Some("2025-05-16"), "{t:#?}");
    assert_eq!(t.date_source.as_deref(), Some("text"), "{t:#?}");
}

#[test]
fn a_stay_of_some_days_from_the_arrival_is_dated_by_all_its_days() {
    // 2025-05-09 is a Friday.
    let ev = events_of(
        "Ines Roth arrived in Tarvik on Wednesday for a four-day state visit.",
        "2025-05-09",
    );
    let v = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(v.participants, ["Ines Roth"], "{v:#?}");
    assert_eq!(v.place.as_deref(), Some("Tarvik"), "{v:#?}");
    assert_eq!(v.date.as_deref(), Some("2025-05-07/2025-05-10"), "{v:#?}");
}

#[test]
fn two_states_named_together_are_the_two_countries_past_their_host() {
    let ev = events_of(
        "Norway and Finland agreed on Monday to an immediate ceasefire, Danish Prime Minister \
         Mette Holm said after hosting the leaders of the two countries for talks at her \
         residence.",
        "2025-07-28",
    );
    let t = ev.iter().find(|e| e.kind == "negotiation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(t.participants, ["Norway", "Finland"], "{t:#?}");
}

#[test]
fn agreeing_to_a_truce_on_a_day_is_dated_by_that_day() {
    // 2025-07-30 is a Wednesday.
    let ev = events_of("Norway and Finland agreed to a truce on Monday.", "2025-07-30");
    let a = ev.iter().find(|e| e.kind == "agreement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(a.date.as_deref(), Some("2025-07-28"), "{a:#?}");
    // What was agreed to be done is still a plan, dated by nothing in the sentence.
    let ev = events_of("Norway and Finland agreed to meet on Monday.", "2025-07-30");
    assert!(!ev.iter().any(|e| e.kind == "meeting"), "{ev:#?}");
}

#[test]
fn talks_an_agreement_was_reached_at_are_its_parties_with_their_chair() {
    let ev = events_of(
        "The leaders of Norway and Finland agreed to the truce on Monday at talks in Denmark \
         chaired by Mette Holm.",
        "2025-07-29",
    );
    let t = ev.iter().find(|e| e.kind == "negotiation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(t.participants, ["Norway", "Finland", "Mette Holm"], "{t:#?}");
    assert_eq!(t.date.as_deref(), Some("2025-07-28"), "{t:#?}");
}

#[test]
fn people_standing_for_the_states_of_talks_told_before_tell_those_talks() {
    let ev = events_of(
        "Norway and Finland held talks in Bergen on Monday.\n\nNorwegian Prime Minister Jonas \
         Lund and Finnish President Aino Virta met for about two hours.",
        "2025-07-29",
    );
    let sittings: Vec<_> =
        ev.iter().filter(|e| matches!(e.kind.as_str(), "meeting" | "negotiation")).collect();
    assert_eq!(sittings.len(), 1, "{ev:#?}");
    let t = sittings[0];
    for who in ["Norway", "Finland", "Jonas Lund", "Aino Virta"] {
        assert!(t.participants.iter().any(|p| p == who), "{who}: {t:#?}");
    }
    assert!(t.duration_minutes.is_some(), "{t:#?}");
    assert_eq!(t.date.as_deref(), Some("2025-07-28"), "{t:#?}");
}

#[test]
fn one_caller_phoning_two_people_made_a_call_with_each() {
    let calls = |text: &str| {
        let ev = events_of(text, "2025-07-27");
        let mut v: Vec<Vec<String>> =
            ev.iter().filter(|e| e.kind == "phone_call").map(|e| e.participants.clone()).collect();
        v.sort();
        v
    };
    assert_eq!(
        calls("Ines Roth phoned Jonas Lund and Aino Virta on Saturday."),
        [["Ines Roth", "Aino Virta"], ["Ines Roth", "Jonas Lund"]]
    );
    assert_eq!(
        calls(
            "Norwegian Prime Minister Jonas Lund and Finnish President Aino Virta met on \
             Friday.\n\nInes Roth said on Saturday that she had spoken by phone with both leaders."
        ),
        [["Ines Roth", "Aino Virta"], ["Ines Roth", "Jonas Lund"]]
    );
    // A call said to be joint is one.
    assert_eq!(
        calls("Ines Roth held a three-way call with Jonas Lund and Aino Virta on Saturday.").len(),
        1
    );
}

#[test]
fn officials_of_two_nationalities_who_met_for_talks_and_agreed_are_their_states() {
    let ev = events_of(
        "Senior Norwegian and Swedish officials met in the Danish capital on Tuesday for their \
         first substantial talks in years, and agreed to begin work on a truce.",
        "2025-02-18",
    );
    let m = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(m.participants, ["Norway", "Sweden"], "{m:#?}");
    let a = ev.iter().find(|e| e.kind == "agreement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(a.participants, ["Norway", "Sweden"], "{a:#?}");
    // Without the talks, many officials who met still name no meeting of their states.
    let ev = events_of("Norwegian and Swedish officials met in Tallinn on Monday.", "2025-05-13");
    assert!(ev.iter().all(|e| e.kind != "meeting"), "{ev:#?}");
}

#[test]
fn the_people_of_the_latest_sitting_are_the_top_diplomats_and_those_who_led_delegations() {
    let ev = events_of(
        "Norway and Sweden agreed on Tuesday to restore their embassies, Foreign Minister Lena \
         Marsh said after talks with her Swedish counterpart Ardan Volkov.\n\nThe top diplomats \
         met in Bergen for four and a half hours.",
        "2025-02-18",
    );
    let t: Vec<_> =
        ev.iter().filter(|e| matches!(e.kind.as_str(), "negotiation" | "meeting")).collect();
    assert_eq!(t.len(), 1, "{ev:#?}");
    assert_eq!(t[0].duration_minutes, Some([270, 270]), "{t:#?}");
    let ev = events_of(
        "Norwegian and Swedish officials met in Bergen on Tuesday for their first talks in \
         years.\n\nForeign Minister Lena Marsh and Swedish Foreign Minister Ardan Volkov led the \
         delegations at the palace.",
        "2025-02-18",
    );
    let m = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    for who in ["Lena Marsh", "Ardan Volkov"] {
        assert!(m.participants.iter().any(|p| p == who), "{who}: {m:#?}");
    }
}

#[test]
fn the_two_delegations_are_the_last_two_states_named() {
    let ev = events_of(
        "Oslo on Wednesday praised the talks between Norwegian and U.S. officials in \
         Denmark.\n\nThe two delegations met for more than four hours in Bergen on Tuesday.",
        "2025-02-19",
    );
    // (The talks praised in the first sentence are an event of their own, between the states
    // of the officials: the delegations' meeting is the last.)
    let m = ev
        .iter()
        .rev()
        .find(|e| matches!(e.kind.as_str(), "meeting" | "negotiation"))
        .unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(m.participants, ["Norway", "United States"], "{m:#?}");
    assert_eq!(m.date.as_deref(), Some("2025-02-18"), "{m:#?}");
}

#[test]
fn a_seat_of_government_after_a_dateline_acts_without_its_article() {
    let ev = events_of(
        "MOSCOW — The Kremlin on Wednesday praised the talks between Russian and American \
         officials in Riyadh.",
        "2025-02-19",
    );
    let st = ev.iter().find(|e| e.kind == "statement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(st.participants, ["Kremlin"], "{st:#?}");
}

#[test]
fn a_release_in_exchange_for_someone_is_an_exchange_with_them() {
    let ev = events_of(
        "Norway on Thursday released Ines Roth, a dual citizen serving a 12-year sentence, in \
         exchange for Jonas Lund, a Swedish national arrested in Denmark.",
        "2025-04-10",
    );
    let x = ev.iter().find(|e| e.kind == "prisoner_exchange").unwrap_or_else(|| panic!("{ev:#?}"));
    for who in ["Norway", "Ines Roth", "Jonas Lund"] {
        assert!(x.participants.iter().any(|p| p == who), "{who}: {x:#?}");
    }
    assert!(ev.iter().all(|e| e.kind != "prisoner_release"), "{ev:#?}");
}

#[test]
fn one_traded_hours_before_a_day_was_traded_that_day() {
    // 2025-04-10 is a Thursday.
    let ev = events_of(
        "Ines Roth arrived back in Norway late on Thursday, hours after she was traded for a \
         Swedish citizen in Bergen.",
        "2025-04-11",
    );
    let x = ev.iter().find(|e| e.kind == "prisoner_exchange").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(x.date.as_deref(), Some("2025-04-10"), "{x:#?}");
}

#[test]
fn the_exchange_brokered_with_the_help_of_a_state_is_the_exchange_told_before() {
    let ev = events_of(
        "Norway and Sweden exchanged prisoners on Thursday in Bergen, officials said.\n\nThe \
         exchange was brokered with the help of Denmark, according to the officials.",
        "2025-04-10",
    );
    let x: Vec<_> = ev.iter().filter(|e| e.kind == "prisoner_exchange").collect();
    assert_eq!(x.len(), 1, "{ev:#?}");
    assert_eq!(x[0].participants, ["Norway", "Sweden"], "{x:#?}");
}

#[test]
fn two_releases_joined_by_a_comma_and_another_subject_are_each_their_own() {
    let ev = events_of(
        "In February, Norway freed teacher Ines Roth, and Sweden released hacker Jonas Lund.",
        "2025-04-10",
    );
    let mut r: Vec<(Vec<String>, Vec<String>)> = ev
        .iter()
        .filter(|e| e.kind == "prisoner_release")
        .map(|e| (e.participants.clone(), e.agents.clone()))
        .collect();
    r.sort();
    assert_eq!(
        r,
        [
            (vec!["Norway".to_string(), "Ines Roth".to_string()], vec!["Norway".to_string()]),
            (vec!["Sweden".to_string(), "Jonas Lund".to_string()], vec!["Sweden".to_string()]),
        ],
        "{ev:#?}"
    );
}

#[test]
fn the_people_of_a_later_nouns_list_are_not_an_earlier_nouns() {
    // "The meeting" names no one: the two people are the call's.
    let ev = events_of(
        "The meeting followed a phone call between Ardan Volkov and Lise Marsh last week.",
        "2025-10-14",
    );
    let kinds: Vec<(&str, Vec<String>)> =
        ev.iter().map(|e| (e.kind.as_str(), e.participants.clone())).collect();
    assert!(kinds.iter().all(|(k, _)| *k != "meeting"), "{kinds:?}");
    assert!(kinds.iter().any(|(k, p)| *k == "phone_call" && p.len() == 2), "{kinds:?}");
    // A noun's own list stays its own.
    let ev = events_of(
        "The talks between Ardan Volkov and Lise Marsh followed a call with Ivo Brandt.",
        "2025-10-14",
    );
    let talks = ev.iter().find(|e| e.kind == "negotiation").expect("talks");
    assert_eq!(talks.participants.len(), 2, "{:?}", talks.participants);
}

#[test]
fn meeting_two_people_separately_is_a_meeting_with_each() {
    let ev = events_of(
        "Before the ceremony, Lise Marsh met Ardan Volkov and Ivo Brandt separately in Geneva.",
        "2025-08-09",
    );
    let mut met: Vec<Vec<String>> =
        ev.iter().filter(|e| e.kind == "meeting").map(|e| e.participants.clone()).collect();
    met.sort();
    assert_eq!(met, [["Lise Marsh", "Ardan Volkov"], ["Lise Marsh", "Ivo Brandt"]], "{ev:?}");
    // Together, one meeting.
    let ev = events_of("Lise Marsh met Ardan Volkov and Ivo Brandt in Geneva.", "2025-08-09");
    assert_eq!(ev.iter().filter(|e| e.kind == "meeting").count(), 1, "{ev:?}");
}

#[test]
fn a_declaration_signed_by_two_leaders_is_their_agreement() {
    for text in [
        "The declaration signed in Geneva on Friday by Ardan Volkov and Ivo Brandt ends a feud.",
        "The declaration, signed in Geneva on Friday by Ardan Volkov and Ivo Brandt, ends it.",
        "The declaration was signed in Geneva on Friday by Ardan Volkov and Ivo Brandt.",
    ] {
        let ev = events_of(text, "2025-08-10");
        let deal = ev.iter().find(|e| e.kind == "agreement");
        let parts = deal.map(|e| e.participants.clone()).unwrap_or_default();
        assert_eq!(parts, ["Ardan Volkov", "Ivo Brandt"], "{text}: {ev:?}");
        assert_eq!(deal.and_then(|e| e.date.clone()).as_deref(), Some("2025-08-08"), "{text}");
    }
}

#[test]
fn an_event_before_the_ceremony_is_on_the_day_of_what_was_told_before() {
    let text =
        "Ardan Volkov and Ivo Brandt signed a joint declaration in Geneva on Friday. Before \
                the ceremony, Lise Marsh met Ardan Volkov in a side room.";
    let ev = events_of(text, "2025-08-09");
    let met = ev.iter().find(|e| e.kind == "meeting").expect("meeting");
    assert_eq!(met.date.as_deref(), Some("2025-08-08"), "{ev:?}");
    // Not a word of no occasion: "Before the vote, ..." keeps its own (publication) date.
    let text =
        "Ardan Volkov and Ivo Brandt signed a joint declaration in Geneva on Friday. Before \
                the vote, Lise Marsh met Ardan Volkov in a side room.";
    let ev = events_of(text, "2025-08-09");
    let met = ev.iter().find(|e| e.kind == "meeting").expect("meeting");
    assert_ne!(met.date.as_deref(), Some("2025-08-08"), "{ev:?}");
}

#[test]
fn hosting_the_two_leaders_hosts_the_two_named_together_before() {
    let text = "Ardan Volkov and Ivo Brandt signed a joint declaration in Geneva on Friday. \
                Lise Marsh hosted the two leaders and signed the document as a witness.";
    let ev = events_of(text, "2025-08-09");
    let hosted = ev.iter().find(|e| e.kind == "meeting").expect("meeting");
    let mut people = hosted.participants.clone();
    people.sort();
    assert_eq!(people, ["Ardan Volkov", "Ivo Brandt", "Lise Marsh"], "{ev:?}");
}

#[test]
fn interrupting_a_meeting_to_telephone_someone_is_a_call() {
    let text = "President Lise Marsh hosted Ardan Volkov in Geneva on Monday and then \
                interrupted the meeting to telephone Ivo Brandt.";
    let ev = events_of(text, "2025-08-19");
    let call = ev.iter().find(|e| e.kind == "phone_call").expect("call");
    assert_eq!(call.participants, ["Lise Marsh", "Ivo Brandt"], "{ev:?}");
    assert_eq!(call.date.as_deref(), Some("2025-08-18"));
}

#[test]
fn a_capital_flown_back_to_takes_no_part_in_a_call() {
    let text = "Lise Marsh met Ardan Volkov on Friday. On the flight back to Washington, Lise \
                Marsh spoke by phone with Ivo Brandt.";
    let ev = events_of(text, "2025-08-16");
    let call = ev.iter().find(|e| e.kind == "phone_call").expect("call");
    assert_eq!(call.participants, ["Lise Marsh", "Ivo Brandt"], "{ev:?}");
    // A capital that acts still stands for its state.
    let ev = events_of("Moscow said on Friday it had struck a depot.", "2025-08-16");
    let strike = ev.iter().find(|e| e.kind == "military_strike").expect("strike");
    assert_eq!(strike.participants, ["Russia"], "{ev:?}");
}

#[test]
fn the_place_of_a_meeting_is_found_past_its_length_and_a_venue() {
    let text = "Lise Marsh and Ardan Volkov met for about three hours at a military base in \
                Anchorage on Friday but reached no deal.";
    let ev = events_of(text, "2025-08-16");
    let met = ev.iter().find(|e| e.kind == "meeting").expect("meeting");
    assert_eq!(met.place.as_deref(), Some("Anchorage"), "{ev:?}");
}

#[test]
fn backing_talks_is_no_talks() {
    let text = "Lise Marsh hosted Ardan Volkov in Geneva on Monday. Ivo Brandt said the two \
                presidents supported continuing direct talks between the Russian and Ukrainian \
                delegations.";
    let ev = events_of(text, "2025-08-19");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].participants, ["Lise Marsh", "Ardan Volkov"], "{ev:?}");
}

#[test]
fn who_speaks_of_what_comes_after_the_talks_did_not_brief_on_them() {
    let text = "Lise Marsh and Ardan Volkov held talks in Geneva on Friday. Ivo Brandt said he \
                would speak with Marsh after the talks.";
    let ev = events_of(text, "2025-08-16");
    let met = ev.iter().find(|e| e.kind == "meeting").expect("meeting");
    assert!(met.briefed_by.is_empty(), "{ev:?}");
    // Who tells of the talks themselves did.
    let text = "Lise Marsh and Ardan Volkov held talks in Geneva on Friday. The talks were \
                useful, Ivo Brandt said.";
    let ev = events_of(text, "2025-08-16");
    let met = ev.iter().find(|e| e.kind == "meeting").expect("meeting");
    assert_eq!(met.briefed_by, ["Ivo Brandt"], "{ev:?}");
}

#[test]
fn what_was_not_discussed_is_no_topic() {
    let text = "Lise Marsh and Ardan Volkov held talks in Geneva on Friday. According to Ivo \
                Brandt, the two leaders did not discuss a date for another summit. The two \
                leaders discussed grain exports.";
    let ev = events_of(text, "2025-08-16");
    let met = ev.iter().find(|e| e.kind == "meeting").expect("meeting");
    assert_eq!(met.topics, ["grain exports"], "{ev:?}");
}

#[test]
fn talks_over_a_matter_are_about_it_and_talks_over_a_weekend_are_not() {
    // (An apposition after a comma tells of the talks, not of what they were about.)
    let text = "Norway and Sweden held indirect talks in Oslo on Saturday over grain exports, \
                their first such talks in a decade.";
    let ev = events_of(text, "2025-08-17");
    let talks = ev.iter().find(|e| e.kind == "negotiation").expect("talks");
    assert_eq!(talks.topics, ["grain exports"], "{ev:?}");
    for text in [
        "Norway and Sweden held talks in Oslo over the weekend.",
        "Norway and Sweden held talks in Oslo on Saturday over two days.",
        "Norway and Sweden held talks on Saturday, over objections from Ivo Brandt.",
        "Norway and Sweden held talks on Saturday. The talks came after weeks of tension over \
         the quotas.",
    ] {
        let ev = events_of(text, "2025-08-17");
        assert!(ev.iter().all(|e| e.topics.is_empty()), "{ev:?}");
    }
}

#[test]
fn a_place_the_dateline_names_with_its_region_is_written_with_it() {
    let text = "ANCHORAGE, Alaska — Lise Marsh and Ardan Volkov met in Anchorage on Friday.";
    let ev = events_of(text, "2025-08-16");
    let met = ev.iter().find(|e| e.kind == "meeting").expect("meeting");
    assert_eq!(met.place.as_deref(), Some("Anchorage, Alaska"), "{ev:?}");
    // A place the dateline does not name stays as written.
    let text = "ANCHORAGE, Alaska — Lise Marsh and Ardan Volkov met in Geneva on Friday.";
    let ev = events_of(text, "2025-08-16");
    let met = ev.iter().find(|e| e.kind == "meeting").expect("meeting");
    assert_eq!(met.place.as_deref(), Some("Geneva"), "{ev:?}");
}

#[test]
fn one_who_says_another_called_him_had_the_call() {
    let text = "President Lise Marsh said Chancellor Ardan Volkov called him on Saturday morning \
                to talk about the border.";
    let ev = events_of(text, "2025-06-14");
    let call = ev.iter().find(|e| e.kind == "phone_call").expect("call");
    let mut people = call.participants.clone();
    people.sort();
    assert_eq!(people, ["Ardan Volkov", "Lise Marsh"], "{ev:?}");
    assert_eq!(call.date.as_deref(), Some("2025-06-14"));
}

#[test]
fn words_reported_of_another_are_that_ones_statement() {
    let ev =
        events_of("Ivo Brandt said Lise Marsh condemned the strikes on the port.", "2025-06-14");
    let said = ev.iter().find(|e| e.kind == "statement").expect("statement");
    assert_eq!(said.participants, ["Lise Marsh"], "{ev:?}");
    assert_eq!(said.briefed_by, ["Ivo Brandt"], "{ev:?}");
}

#[test]
fn a_toll_in_a_country_counts_the_latest_strike_done_to_it() {
    let text = "Norway and Sweden exchanged strikes on Sunday. Norwegian jets struck a depot in \
                Stockholm on Sunday. Swedish missiles hit the port city of Bergen. Officials said \
                on Sunday that at least 40 people had been killed in Sweden since Friday.";
    let ev = events_of(text, "2025-06-15");
    let on_sweden = ev
        .iter()
        .find(|e| e.kind == "military_strike" && e.place.as_deref() == Some("Stockholm"))
        .unwrap_or_else(|| panic!("{ev:#?}"));
    assert!(on_sweden.figures.iter().any(|f| f.value == 40), "{ev:#?}");
}

#[test]
fn offering_help_in_mediating_is_an_offer_of_mediation() {
    let text = "Lise Marsh offered Norway's help in mediating between Chile and Peru on Friday.";
    let ev = events_of(text, "2025-06-14");
    let offer = ev.iter().find(|e| e.kind == "offer_mediation").expect("offer");
    assert_eq!(offer.participants, ["Lise Marsh"], "{ev:?}");
    assert_eq!(offer.date.as_deref(), Some("2025-06-13"));
    // Help of another kind is none.
    let ev = events_of("Lise Marsh offered help in rebuilding the port on Friday.", "2025-06-14");
    assert!(!ev.iter().any(|e| e.kind == "offer_mediation"), "{ev:?}");
}

#[test]
fn one_national_before_and_counts_with_the_number_after() {
    let ev = events_of("In February, Chile freed an American and two Peruvians.", "2025-06-23");
    let freed = ev.iter().find(|e| e.kind == "prisoner_release").expect("release");
    assert_eq!(freed.count, Some(3), "{ev:?}");
}

#[test]
fn the_parties_of_states_talks_agree_as_those_states() {
    let text = "The delegations of Chile and Peru held talks in Quito on Monday. The parties \
                agreed to exchange all wounded prisoners, Ivo Brandt said.";
    let ev = events_of(text, "2025-06-02");
    let deal = ev.iter().find(|e| e.kind == "agreement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(deal.participants, ["Chile", "Peru"], "{ev:#?}");
    assert_eq!(deal.date.as_deref(), Some("2025-06-02"));
}

#[test]
fn a_round_of_the_talks_on_another_day_is_another_sitting() {
    let text = "The delegations of Chile and Peru held a second round of talks in Quito on \
                Monday. The first round of the talks took place in Quito on May 16.";
    let ev = events_of(text, "2025-06-02");
    let mut days: Vec<Option<String>> =
        ev.iter().filter(|e| e.kind == "negotiation").map(|e| e.date.clone()).collect();
    days.sort();
    assert_eq!(days, [Some("2025-05-16".to_string()), Some("2025-06-02".to_string())], "{ev:#?}");
    assert!(ev.iter().all(|e| e.participants == ["Chile", "Peru"]), "{ev:#?}");
}

#[test]
fn the_day_after_an_apposition_closing_the_clause_is_the_clauses() {
    let text = "Oil prices rose on Thursday after Chile blacklisted Andes Oil, a producer, on \
                Wednesday.";
    let ev = events_of(text, "2025-10-23");
    let s = ev.iter().find(|e| e.kind == "sanctions").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(s.date.as_deref(), Some("2025-10-22"), "{s:#?}");
}

#[test]
fn a_meeting_a_stay_included_is_a_meeting_of_its_own_length() {
    let text = "Ardan Volkov and Ivo Brandt spent nearly two hours at the White House on Friday, \
                including a meeting with Lise Marsh that ran for 90 minutes.";
    let ev = events_of(text, "2025-08-09");
    let met = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(met.participants, ["Ardan Volkov", "Ivo Brandt", "Lise Marsh"], "{met:#?}");
    assert_eq!(met.duration_minutes, Some([90, 90]), "{met:#?}");
    assert_eq!(met.place.as_deref(), Some("White House"), "{met:#?}");
    // What talks included is still what was talked about.
    let text = "Ardan Volkov and Ivo Brandt discussed trade, including a meeting of ministers.";
    let ev = events_of(text, "2025-08-09");
    assert!(!ev.iter().any(|e| e.participants.is_empty()), "{ev:#?}");
}

#[test]
fn a_building_met_at_is_where() {
    let ev = events_of("Ardan Volkov met Ivo Brandt at the White House on Friday.", "2025-08-09");
    let met = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(met.place.as_deref(), Some("White House"), "{met:#?}");
    assert_eq!(met.participants, ["Ardan Volkov", "Ivo Brandt"], "{met:#?}");
}

#[test]
fn a_state_that_attacked_a_city_with_drones_struck_it() {
    let text = "Chile attacked Lima overnight with 500 drones and 11 missiles, the air force said.";
    let ev = events_of(text, "2025-07-04");
    let s = ev.iter().find(|e| e.kind == "military_strike").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(s.agents, ["Chile"], "{s:#?}");
    // Words of attack with no weapon in the paragraph are none.
    let ev = events_of("Lise Marsh attacked the press on Friday.", "2025-07-04");
    assert!(!ev.iter().any(|e| e.kind == "military_strike"), "{ev:#?}");
}

#[test]
fn the_largest_attack_set_after_the_clause_that_told_it_is_that_attack() {
    let text = "Chile attacked Lima overnight with 500 drones, the air force said on Friday, the \
                largest aerial attack of the war so far. At least two people were killed in the \
                capital, officials said.";
    let ev = events_of(text, "2025-07-04");
    let strikes: Vec<&EventMention> = ev.iter().filter(|e| e.kind == "military_strike").collect();
    assert_eq!(strikes.len(), 1, "{ev:#?}");
    assert!(
        strikes[0].figures.iter().any(|f| f.what == "people killed" && f.value == 2),
        "{ev:#?}"
    );
}

#[test]
fn talks_in_reported_words_with_their_own_subject_are_not_the_speakers() {
    let text = "Ardan Volkov and Ivo Brandt held talks at an air base near Varnby.\n\nVolkov said \
                the two teams had reached a consensus at talks in Lima last weekend.";
    let ev = events_of(text, "2025-10-30");
    let met = ev.iter().find(|e| e.participants.len() == 2).unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(met.participants, ["Ardan Volkov", "Ivo Brandt"], "{met:#?}");
    assert_eq!(met.place.as_deref(), Some("Varnby"), "{met:#?}");
    assert_eq!(met.date_source.as_deref(), Some("published"), "{met:#?}");
    assert_eq!(met.mentions.len(), 1, "{met:#?}");
    // Talks the speaker says he held are his.
    let text = "Ardan Volkov said he held talks with Ivo Brandt in Lima on Monday.";
    let ev = events_of(text, "2025-10-30");
    assert!(ev.iter().any(|e| e.participants == ["Ardan Volkov", "Ivo Brandt"]), "{ev:#?}");
}

#[test]
fn a_city_after_two_words_of_nationality_is_where() {
    let text = "Ardan Volkov and Ivo Brandt met in the South Korean city of Busan on Thursday.";
    let ev = events_of(text, "2025-10-30");
    let met = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(met.place.as_deref(), Some("Busan"), "{met:#?}");
}

#[test]
fn two_sides_freeing_counted_groups_at_one_time_exchange_them() {
    let text = "Chile released the last 20 living Peruvian soldiers held in Arica on Monday, and \
                Peru freed 1,968 Chilean prisoners under the truce.";
    let ev = events_of(text, "2025-10-13");
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].kind, "prisoner_exchange", "{ev:#?}");
    assert_eq!(ev[0].participants, ["Chile", "Peru"], "{ev:#?}");
    assert_eq!(ev[0].count, Some(20), "{ev:#?}");
    assert_eq!(ev[0].date.as_deref(), Some("2025-10-13"), "{ev:#?}");
    // Each clause with a day of its own: two releases, each on its day.
    let text = "Chile released three Peruvian soldiers on Saturday, and Peru freed 12 Chilean \
                prisoners on Sunday.";
    let ev = events_of(text, "2025-10-13");
    let days: Vec<Option<&str>> = ev.iter().map(|e| e.date.as_deref()).collect();
    assert_eq!(days, [Some("2025-10-11"), Some("2025-10-12")], "{ev:#?}");
}

#[test]
fn an_exchange_that_saw_each_side_free_people_is_one_exchange() {
    let text = "The exchange on Monday, the largest since the war began, saw Chile hand over 20 \
                soldiers and Peru free 1,968 prisoners, officials said.";
    let ev = events_of(text, "2025-10-13");
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].kind, "prisoner_exchange", "{ev:#?}");
    assert_eq!(ev[0].participants, ["Chile", "Peru"], "{ev:#?}");
    // A demand to free people frees no one.
    let ev = events_of("Lise Marsh demanded that Chile free 20 soldiers on Monday.", "2025-10-13");
    assert!(ev.is_empty(), "{ev:#?}");
}

#[test]
fn negotiators_of_a_state_and_a_body_are_their_sides() {
    let ev = events_of(
        "Talks between Peruvian and Shining Path negotiators took place in Lima on Thursday.",
        "2025-10-14",
    );
    let talks = ev.iter().find(|e| e.kind == "negotiation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(talks.participants, ["Peru", "Shining Path"], "{ev:#?}");
    let ev = events_of(
        "Peruvian and Shining Path negotiators held talks in Lima on Thursday.",
        "2025-10-14",
    );
    assert!(ev.iter().any(|e| e.participants == ["Peru", "Shining Path"]), "{ev:#?}");
}

#[test]
fn talks_after_which_a_deal_was_reached_are_dated_by_it() {
    let ev = events_of(
        "A deal was reached on Thursday after talks in Lima between Chilean and Peruvian \
         negotiators.",
        "2025-10-14",
    );
    let talks = ev.iter().find(|e| e.kind == "negotiation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(talks.date.as_deref(), Some("2025-10-09"), "{ev:#?}");
    assert_eq!(talks.participants, ["Chile", "Peru"], "{ev:#?}");
}

#[test]
fn a_sitting_in_a_clause_of_where_is_held_at_the_place_it_hangs_on() {
    let text = "Lise Marsh landed in Lima on Monday. She later flew to Varnby in Chile, where she \
                and Chilean President Ivo Brandt co-chaired a summit on the truce.";
    let ev = events_of(text, "2025-10-13");
    let met = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(met.place.as_deref(), Some("Varnby"), "{met:#?}");
}

#[test]
fn the_body_words_are_told_to_is_no_topic() {
    let ev = events_of("Lise Marsh told the Senate that the war was over.", "2025-10-13");
    let st = ev.iter().find(|e| e.kind == "statement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert!(st.topics.is_empty(), "{st:#?}");
}

#[test]
fn people_who_later_spoke_held_another_sitting() {
    let text = "Ivo Brandt hosted Ardan Volkov and Lise Marsh at the parade on Wednesday. Volkov \
                and Marsh later spoke for 120 minutes at a guesthouse.";
    let ev = events_of(text, "2025-09-03");
    let met: Vec<&EventMention> = ev.iter().filter(|e| e.kind == "meeting").collect();
    assert_eq!(met.len(), 2, "{ev:#?}");
    assert_eq!(met[1].participants, ["Ardan Volkov", "Lise Marsh"], "{ev:#?}");
    assert_eq!(met[1].duration_minutes, Some([120, 120]), "{ev:#?}");
    assert_eq!(met[1].date.as_deref(), Some("2025-09-03"), "{ev:#?}");
    assert_eq!(met[0].duration_minutes, None, "{ev:#?}");
}

#[test]
fn a_visit_told_as_a_noun_to_a_capital_is_held_there() {
    let text = "Ardan Volkov and Ivo Brandt met in Lima on Wednesday. It was their first meeting \
                since Volkov's visit to Moscow in June 2024.";
    let ev = events_of(text, "2025-09-03");
    let visit = ev.iter().find(|e| e.date.as_deref() == Some("2024-06"));
    let visit = visit.unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(visit.place.as_deref(), Some("Moscow"), "{visit:#?}");
}

#[test]
fn where_the_invited_is_to_go_is_no_party_to_the_invitation() {
    let text = "Ivo Brandt met Ardan Volkov on Monday. Volkov thanked Brandt and invited him to \
                visit Chile.";
    let ev = events_of(text, "2025-09-03");
    let inv = ev.iter().find(|e| e.kind == "invitation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(inv.participants, ["Ardan Volkov", "Ivo Brandt"], "{inv:#?}");
}

#[test]
fn talks_that_were_the_occasion_of_an_act_are_its_subjects() {
    let text = "Ardan Volkov acknowledged on Thursday that Varnian missiles had downed the jet in \
                December, in talks with Ivo Brandt in Lima.";
    let ev = events_of(text, "2025-10-09");
    let talks = ev.iter().find(|e| same_happening(&e.kind, "meeting"));
    let talks = talks.unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(talks.participants, ["Ardan Volkov", "Ivo Brandt"], "{talks:#?}");
    assert_eq!(talks.date.as_deref(), Some("2025-10-09"), "{talks:#?}");
    let ev =
        events_of("Ardan Volkov apologised on Thursday in talks with Ivo Brandt.", "2025-10-09");
    assert!(ev.iter().any(|e| e.participants == ["Ardan Volkov", "Ivo Brandt"]), "{ev:#?}");
}

#[test]
fn a_states_strike_named_by_its_possessive_is_its_act_felt_about_or_not() {
    for text in [
        "Chile's strike in Lima on Tuesday killed six people.",
        "Lise Marsh said she was \"very unhappy\" about Chile's strike in Lima, which killed six \
         people.",
    ] {
        let ev = events_of(text, "2025-09-10");
        let s = ev.iter().find(|e| e.kind == "military_strike");
        let s = s.unwrap_or_else(|| panic!("{text}: {ev:#?}"));
        assert_eq!(s.agents, ["Chile"], "{s:#?}");
        assert!(s.figures.iter().any(|f| f.value == 6), "{s:#?}");
    }
}

#[test]
fn who_is_condemned_for_its_strike_did_it_on_its_own_day() {
    let text = "Peru's allies condemned Chile on Wednesday for its strike on Lima a day earlier, \
                in which seven people were killed.";
    let ev = events_of(text, "2025-09-10");
    let s = ev.iter().find(|e| e.kind == "military_strike").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(s.agents, ["Chile"], "{s:#?}");
    assert_eq!(s.date.as_deref(), Some("2025-09-09"), "{s:#?}");
}

#[test]
fn forces_that_were_killed_struck_no_one() {
    let text = "Chile carried out an air strike on Lima on Tuesday. Peru's interior ministry said \
                a member of its security forces was also killed.";
    let ev = events_of(text, "2025-09-10");
    let s: Vec<&EventMention> = ev.iter().filter(|e| e.kind == "military_strike").collect();
    assert_eq!(s.len(), 1, "{ev:#?}");
    assert!(!s[0].participants.iter().any(|p| p.contains("ministry")), "{ev:#?}");
}

#[test]
fn a_verb_after_and_an_adverb_of_later_shares_the_subject() {
    let text = "Lise Marsh spoke with Ardan Volkov by phone, and later spoke with Ivo Brandt.";
    let ev = events_of(text, "2025-09-10");
    assert!(ev.iter().any(|e| e.participants == ["Lise Marsh", "Ivo Brandt"]), "{ev:#?}");
}

#[test]
fn a_capital_named_after_its_nationality_word_is_where() {
    let ev = events_of("Ardan Volkov met Ivo Brandt in the Peruvian capital Lima.", "2025-09-10");
    let met = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(met.place.as_deref(), Some("Lima"), "{met:#?}");
}

#[test]
fn a_date_far_down_a_run_on_clause_is_not_the_events() {
    // A transcript or a list scraped as one sentence: the date 90 words on tells of something
    // else (and weighing every date of such a clause from every trigger was cubic).
    let filler = "the delegations walked along the river and looked at the old bridges ".repeat(8);
    let text = format!("Ardan Volkov met Ivo Brandt in Lima while {filler}on Monday.");
    let ev = events_of(&text, "2025-09-10");
    let met = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_ne!(met.date.as_deref(), Some("2025-09-08"), "{met:#?}");
    // Near its trigger the same date is the meeting's.
    let ev = events_of("Ardan Volkov met Ivo Brandt in Lima on Monday.", "2025-09-10");
    let met = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(met.date.as_deref(), Some("2025-09-08"), "{met:#?}");
}

#[test]
fn a_heated_exchange_with_someone_is_no_prisoner_exchange() {
    let text = "Ardan Volkov cut aid to Peru days after a heated exchange with Ivo Brandt in Lima.";
    let ev = events_of(text, "2025-03-04");
    assert!(!ev.iter().any(|e| e.kind == "prisoner_exchange"), "{ev:#?}");
}

#[test]
fn who_orders_a_pause_in_aid_or_a_release_does_it() {
    let text = "Ardan Volkov has ordered a pause in all Chilean military assistance to Peru, an \
                official said on Monday.";
    let ev = events_of(text, "2025-03-04");
    let s = ev.iter().find(|e| e.kind == "aid_suspension").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(s.agents, ["Ardan Volkov"], "{s:#?}");
    let text = "Ardan Volkov ordered the release of 14 prisoners on Saturday.";
    let ev = events_of(text, "2025-03-10");
    let r = ev.iter().find(|e| e.kind == "prisoner_release").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(r.agents, ["Ardan Volkov"], "{r:#?}");
    assert_eq!(r.date.as_deref(), Some("2025-03-08"), "{r:#?}");
}

#[test]
fn the_state_that_acts_after_talks_held_them() {
    let text = "Peru accepted a ceasefire after talks with Chile in Lima on Tuesday.";
    let ev = events_of(text, "2025-03-12");
    let t = ev.iter().find(|e| e.kind == "negotiation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(sorted_participants(t), ["Chile", "Peru"], "{t:#?}");
    // "between the two countries' delegations": the last two states named.
    let text = "Peru said it was ready to accept a truce proposed by Chile after more than eight \
                hours of talks between the two countries' delegations in Lima on Tuesday.";
    let ev = events_of(text, "2025-03-12");
    let t = ev.iter().find(|e| e.kind == "negotiation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(sorted_participants(t), ["Chile", "Peru"], "{t:#?}");
    assert_eq!(t.date.as_deref(), Some("2025-03-11"), "{t:#?}");
}

#[test]
fn what_a_sitting_saw_at_which_took_place_at_it() {
    let text = "Chile and Peru held talks in Lima on Tuesday. Chile will resume deliveries, the \
                two governments said after nine hours of talks in the city at which Peru \
                agreed to a proposal from Chile for a truce.";
    let ev = events_of(text, "2025-03-12");
    let a = ev.iter().find(|e| e.kind == "agreement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(a.date.as_deref(), Some("2025-03-11"), "{a:#?}");
    assert!(!a.background, "{a:#?}");
    assert!(!a.participants.iter().any(|p| p == "Lima"), "{a:#?}");
}

#[test]
fn a_clause_of_when_after_a_date_is_on_that_date() {
    let text = "The aid had been frozen since March 3, when Ardan Volkov ordered a halt to all \
                deliveries following his angry meeting with Ivo Brandt.";
    let ev = events_of(text, "2025-03-11");
    let s = ev.iter().find(|e| e.kind == "aid_suspension").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(s.date.as_deref(), Some("2025-03-03"), "{s:#?}");
    // The meeting "following" which it was done came before: no day's news.
    let m = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(m.date, None, "{m:#?}");
    assert!(m.background, "{m:#?}");
}

#[test]
fn speaking_to_reporters_after_a_meeting_tells_the_meeting() {
    let text = "Ardan Volkov spoke to reporters after a meeting with Ivo Brandt.";
    let ev = events_of(text, "2025-03-11");
    let m = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(sorted_participants(m), ["Ardan Volkov", "Ivo Brandt"], "{m:#?}");
}

/// An event's participants in order of name, for assertions that do not depend on the order
/// the text gave them.
fn sorted_participants(e: &EventMention) -> Vec<&str> {
    let mut v: Vec<&str> = e.participants.iter().map(String::as_str).collect();
    v.sort_unstable();
    v
}

#[test]
fn hours_before_a_deal_told_is_the_deals_day() {
    let text =
        "Chile and Peru agreed on Saturday to a full ceasefire. Hours before the deal, Peru \
                launched strikes on several Chilean air bases, and Chile struck back at Peruvian \
                military sites.";
    let ev = events_of(text, "2025-05-11");
    let strikes: Vec<&EventMention> = ev.iter().filter(|e| e.kind == "military_strike").collect();
    assert_eq!(strikes.len(), 2, "{ev:#?}");
    for s in strikes {
        assert_eq!(s.date.as_deref(), Some("2025-05-10"), "{s:#?}");
        assert_eq!(s.date_source.as_deref(), Some("text"), "{s:#?}");
    }
}

#[test]
fn a_states_ministry_striking_joins_that_states_strike_not_an_attack_naming_no_one() {
    let text =
        "Chile launched missile strikes on nine sites in Peru early on Wednesday, two weeks \
                after an attack on tourists in the north killed 26 people. The Chilean Defence \
                Ministry said its forces had hit camps used to plan attacks.";
    let ev = events_of(text, "2025-05-07");
    let chile = ev
        .iter()
        .find(|e| e.kind == "military_strike" && e.agents == ["Chile"])
        .unwrap_or_else(|| panic!("{ev:#?}"));
    let hit = text.find("hit camps").expect("hit");
    assert!(chile.mentions.iter().any(|m| m.start == hit), "{ev:#?}");
    assert!(!ev.iter().any(|e| e.participants.iter().any(|p| p.contains("Ministry"))), "{ev:#?}");
}

#[test]
fn all_but_one_intercepted_is_the_whole_less_one() {
    let text =
        "Peru fired missiles at a base near Lima on Monday. Chile said 19 missiles had been \
                launched and all but one were intercepted.";
    let ev = events_of(text, "2025-06-24");
    let s = ev.iter().find(|e| e.kind == "military_strike").unwrap_or_else(|| panic!("{ev:#?}"));
    let figures: Vec<(&str, u32)> = s.figures.iter().map(|f| (f.what.as_str(), f.value)).collect();
    assert_eq!(figures, [("missiles launched", 19), ("missiles shot down", 18)], "{s:#?}");
}

#[test]
fn a_nationalitys_bombers_strike_for_their_state() {
    let ev = events_of("Chilean bombers struck the Tacna nuclear site on Saturday.", "2025-06-23");
    let s = ev.iter().find(|e| e.kind == "military_strike").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(s.agents, ["Chile"], "{s:#?}");
}

#[test]
fn overnight_is_the_night_before_publication() {
    let ev = events_of("Chile struck three sites in Peru overnight, officials said.", "2025-06-22");
    let s = ev.iter().find(|e| e.kind == "military_strike").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(s.date.as_deref(), Some("2025-06-21"), "{s:#?}");
    assert_eq!(s.date_source.as_deref(), Some("text"), "{s:#?}");
}

#[test]
fn who_acts_after_a_call_held_it_past_a_long_name_and_a_states_possessive() {
    let text = "Chile's Emir Sheikh Tamim bin Hamad Al Thani helped secure Peru's agreement after \
                a call with Ivo Brandt, a diplomat said.";
    let ev = events_of(text, "2025-06-24");
    let call = ev.iter().find(|e| e.kind == "phone_call").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(sorted_participants(call), ["Ivo Brandt", "Tamim bin Hamad Al Thani"], "{call:#?}");
}

#[test]
fn the_five_leaders_are_the_five_titled_people_named_before() {
    let text = "Chilean President Ardan Volkov, Peruvian President Ivo Brandt, Bolivian President \
                Lise Marsh and Ecuadorian President Tomas Reyes met Colombian President Mara \
                Quint in Bogota. During the meeting the five leaders spoke by phone with \
                Brazilian President Olek Duran.";
    let ev = events_of(text, "2025-05-10");
    let call = ev.iter().find(|e| e.kind == "phone_call").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(call.participants.len(), 6, "{call:#?}");
}

#[test]
fn received_the_two_ministers_is_a_meeting_but_not_a_letter_from_them() {
    let text = "The foreign ministers of Norway and Denmark signed a fisheries accord on Friday. \
                President Lena Dorrance later received the two ministers in the Oval Office for \
                about 40 minutes.";
    let ev = events_of(text, "2025-06-27");
    let meeting = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert!(meeting.participants.iter().any(|p| p == "Lena Dorrance"), "{meeting:#?}");
    assert_eq!(meeting.duration_minutes, Some([36, 44]));
    let ev = events_of(
        "President Lena Dorrance received a letter from the two ministers on Friday.",
        "2025-06-27",
    );
    assert!(!ev.iter().any(|e| e.kind == "meeting"), "{ev:#?}");
}

#[test]
fn the_statement_said_takes_no_maker_from_the_words_it_reports() {
    let text = "The ministers are due to sign the text on June 27 in the presence of Secretary \
                of State Marcus Ellery, the statement said.";
    let ev = events_of(text, "2025-06-19");
    assert!(
        !ev.iter()
            .any(|e| e.kind == "statement" && e.participants.iter().any(|p| p.contains("Ellery"))),
        "{ev:#?}"
    );
}

#[test]
fn a_call_in_a_reduced_relative_is_told_though_a_modal_stands_before_it() {
    let text = "Commerce Secretary Dale Wexford said the framework would implement the consensus \
                reached by Harlan Voss and Mei Tanaka during their phone call last Thursday.";
    let ev = events_of(text, "2025-06-11");
    let call = ev.iter().find(|e| e.kind == "phone_call").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(sorted_participants(call), ["Harlan Voss", "Mei Tanaka"]);
    assert_eq!(call.date.as_deref(), Some("2025-06-05"));
}

#[test]
fn the_two_sides_after_a_call_of_two_leaders_are_their_states() {
    let text = "Chinese President Wen Hualin held a telephone conversation with U.S. President \
                Harlan Voss on Thursday evening.\n\nThe Chinese leader noted that the two sides \
                had held talks in Geneva last month that made an important step forward.";
    let ev = events_of(text, "2025-06-06");
    let talks = ev
        .iter()
        .find(|e| e.place.as_deref() == Some("Geneva"))
        .unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(talks.kind, "negotiation");
    assert_eq!(sorted_participants(talks), ["China", "United States"]);
}

#[test]
fn whose_envoy_held_the_talks_is_no_party_and_their_hours_are_not_the_meetings() {
    let text = "President Harlan Voss and President Ivan Petrenko met in Rome on Saturday.\n\nThe \
                meeting came a day after Voss's envoy Dale Wexford held three hours of talks with \
                Russian President Oleg Sorokin in Moscow.";
    let ev = events_of(text, "2025-04-26");
    let rome = ev.iter().find(|e| e.place.as_deref() == Some("Rome")).expect("the meeting");
    assert_eq!(rome.duration_minutes, None, "{rome:#?}");
    let moscow = ev.iter().find(|e| e.place.as_deref() == Some("Moscow")).expect("the talks");
    assert_eq!(sorted_participants(moscow), ["Dale Wexford", "Oleg Sorokin"]);
}

#[test]
fn the_two_leaders_are_those_who_met_not_a_sitting_told_without_names() {
    let text = "President Harlan Voss and President Ivan Petrenko met inside St. Peter's Basilica \
                on Saturday, their first encounter since a heated Oval Office meeting in \
                February.\n\nThe two leaders spoke for about 15 minutes, seated on two chairs.";
    let ev = events_of(text, "2025-04-26");
    let met = ev.iter().find(|e| e.kind == "meeting" && e.date.as_deref() == Some("2025-04-26"));
    let met = met.unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(met.duration_minutes, Some([13, 17]), "{met:#?}");
    assert_eq!(met.place.as_deref(), Some("St. Peter's Basilica"));
    assert_eq!(sorted_participants(met), ["Harlan Voss", "Ivan Petrenko"]);
}

#[test]
fn photographs_released_by_an_office_are_no_release() {
    let text = "Six prisoners were freed by Belarus on Friday. Photographs released by \
                President Ivan Petrenko's office showed the two men in the basilica.";
    let ev = events_of(text, "2025-04-27");
    assert!(
        !ev.iter().any(|e| e.kind == "prisoner_release"
            && e.participants.iter().any(|p| p.contains("Petrenko"))),
        "{ev:#?}"
    );
}

#[test]
fn a_meeting_hoped_to_bring_something_about_was_held_and_not_on_the_day_of_saying() {
    let text = "President Harlan Voss and President Ivan Petrenko met in Rome on Saturday.\n\n\
                Ukrainian officials said on Monday they hoped the brief meeting between Voss and \
                Petrenko would lead to more pressure on Russia.";
    let ev = events_of(text, "2025-04-28");
    let meetings: Vec<&EventMention> = ev.iter().filter(|e| e.kind == "meeting").collect();
    assert_eq!(meetings.len(), 1, "{ev:#?}");
    assert_eq!(meetings[0].date.as_deref(), Some("2025-04-26"));
    assert_eq!(meetings[0].mentions.len(), 2, "{:#?}", meetings[0]);
}

#[test]
fn him_after_a_reported_act_is_whoever_says_so_and_he_after_the_report_too() {
    let text = "President Harlan Voss and President Wen Hualin spoke by phone on Thursday.\n\n\
                Voss said Wen had invited him to visit China.";
    let ev = events_of(text, "2025-06-05");
    let inv = ev.iter().find(|e| e.kind == "invitation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(sorted_participants(inv), ["Harlan Voss", "Wen Hualin"]);
    assert_eq!(inv.agents, ["Wen Hualin"]);
    let text = "President Harlan Voss said on Saturday that President Oleg Sorokin might not want \
                to stop the war, hours after he met President Ivan Petrenko at the Vatican.";
    let ev = events_of(text, "2025-04-27");
    let met = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(sorted_participants(met), ["Harlan Voss", "Ivan Petrenko"]);
}

#[test]
fn a_named_prisoner_before_13_others_makes_14_past_an_apposition_or_along_with() {
    let text = "Belarus on Saturday freed Ales Karpovich, the jailed husband of exiled opposition \
                leader Vera Karpovich, and 13 other prisoners.";
    let ev = events_of(text, "2025-06-21");
    let rel = ev.iter().find(|e| e.kind == "prisoner_release").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(rel.count, Some(14), "{rel:#?}");
    let text = "Ales Karpovich, the Belarusian blogger jailed for five years, was released on \
                Saturday along with 13 other political prisoners.";
    let ev = events_of(text, "2025-06-22");
    let rel = ev.iter().find(|e| e.kind == "prisoner_release").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(rel.count, Some(14), "{rel:#?}");
}

#[test]
fn names_past_a_later_noun_of_another_kind_are_that_ones() {
    let text = "Ales Karpovich was released on Saturday along with 13 other political \
                prisoners.\n\nThe release followed a meeting in Minsk between Lukashenko and \
                Keith Kellogg, Trump's special envoy for Ukraine.";
    let ev = events_of(text, "2025-06-22");
    assert!(
        !ev.iter().any(|e| e.kind == "prisoner_release"
            && e.participants.iter().any(|p| p.contains("Kellogg"))),
        "{ev:#?}"
    );
    let meeting = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(sorted_participants(meeting), ["Keith Kellogg", "Lukashenko"]);
}

#[test]
fn the_other_released_prisoners_were_not_freed_by_the_subject() {
    let text = "Belarus on Saturday freed Ales Karpovich and 13 other prisoners.\n\nKarpovich \
                arrived in Lithuania together with the other released prisoners, his wife said.";
    let ev = events_of(text, "2025-06-21");
    let rel = ev.iter().find(|e| e.kind == "prisoner_release").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(rel.agents, ["Belarus"], "{rel:#?}");
}

#[test]
fn among_those_freed_was_x_is_the_release_told_before() {
    let text = "Belarus freed 14 prisoners on Saturday.\n\nAmong those freed on Saturday was Ales \
                Karpovich, who had been held in solitary confinement.\n\nAlexander Lukashenko \
                pardoned 16 prisoners last week as well, the rights group Viasna said.";
    let ev = events_of(text, "2025-06-23");
    let rel: Vec<&EventMention> = ev.iter().filter(|e| e.kind == "prisoner_release").collect();
    assert_eq!(rel.len(), 2, "{ev:#?}");
    assert_eq!(sorted_participants(rel[0]), ["Ales Karpovich", "Belarus"]);
    assert_eq!(rel[1].date.as_deref(), Some("2025-06"), "{:#?}", rel[1]);
}

#[test]
fn later_after_another_kind_of_happening_tells_the_call_told_before() {
    let text = "President Ardan Volkov met Prime Minister Lena Marsh in Varnby on Monday, then \
                broke off a larger meeting with ministers to telephone President Ivo Brandt.\n\n\
                The talks between Volkov and Marsh lasted about an hour.\n\nVolkov later spoke \
                with Brandt for about 40 minutes, an aide said.";
    let ev = events_of(text, "2025-08-19");
    let calls: Vec<&EventMention> = ev.iter().filter(|e| e.kind == "phone_call").collect();
    assert_eq!(calls.len(), 1, "{ev:#?}");
    assert_eq!(calls[0].duration_minutes, Some([36, 44]), "{:#?}", calls[0]);
    // After the call itself, "later" tells of another one.
    let text = "President Ardan Volkov spoke by phone with President Ivo Brandt on Monday. Volkov \
                later spoke with Brandt again for about 40 minutes.";
    let ev = events_of(text, "2025-08-19");
    assert_eq!(ev.iter().filter(|e| e.kind == "phone_call").count(), 2, "{ev:#?}");
}

#[test]
fn to_call_a_government_seat_after_a_break_is_a_call() {
    let text = "President Ardan Volkov interrupted the meeting with the ministers on Monday \
                afternoon to call the Kremlin.";
    let ev = events_of(text, "2025-08-19");
    let call = ev.iter().find(|e| e.kind == "phone_call").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(sorted_participants(call), ["Ardan Volkov", "Kremlin"]);
    // A call still to be made is none.
    let ev = events_of("President Ardan Volkov plans to call the Kremlin on Monday.", "2025-08-19");
    assert!(ev.iter().all(|e| e.kind != "phone_call"), "{ev:#?}");
}

#[test]
fn agreeing_to_meet_someone_is_no_agreement_with_them() {
    let text = "President Ardan Volkov has agreed to meet President Ivo Brandt within the next \
                two weeks, Lena Marsh said.";
    let ev = events_of(text, "2025-08-19");
    assert!(ev.iter().all(|e| e.kind != "agreement"), "{ev:#?}");
    let ev = events_of(
        "Norway and Sweden agreed on Friday to exchange 100 prisoners each.",
        "2025-08-19",
    );
    assert!(ev.iter().any(|e| e.kind == "agreement"), "{ev:#?}");
}

#[test]
fn a_day_of_talks_gives_the_talks_no_length() {
    let text = "President Ardan Volkov spoke to reporters after a day of talks in Varnby with \
                Prime Minister Lena Marsh on Monday.";
    let ev = events_of(text, "2025-08-19");
    let talks = ev
        .iter()
        .find(|e| matches!(e.kind.as_str(), "negotiation" | "meeting"))
        .unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(talks.duration_minutes, None, "{talks:#?}");
}

#[test]
fn talks_at_the_end_of_the_idea_of_are_thought_of() {
    let text = "President Ardan Volkov and President Ivo Brandt discussed in a 40-minute \
                telephone conversation on Monday the idea of raising the level of the Norwegian \
                and Swedish representatives in direct talks.";
    let ev = events_of(text, "2025-08-19");
    assert!(ev.iter().all(|e| e.kind != "negotiation"), "{ev:#?}");
    assert_eq!(ev.iter().filter(|e| e.kind == "phone_call").count(), 1, "{ev:#?}");
}

#[test]
fn a_room_told_after_in_is_no_party_of_the_talks_joined() {
    let text = "President Ardan Volkov met Prime Minister Lena Marsh at the White House on \
                Monday.\n\nGerman Chancellor Friedrich Merz and French President Emmanuel Macron \
                joined the talks in the East Room.";
    let ev = events_of(text, "2025-08-19");
    let m = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert!(m.participants.iter().all(|p| p != "East Room"), "{m:#?}");
    assert!(m.participants.iter().any(|p| p == "Friedrich Merz"), "{m:#?}");
}

#[test]
fn states_named_before_a_strike_are_whose_it_is_and_its_day_is_not_the_next_verbs() {
    let text = "President Ardan Volkov and President Ivo Brandt spoke by telephone on Tuesday.\n\n\
                The two leaders also discussed Iran's nuclear programme after U.S. and Israeli \
                strikes on Iranian sites last month, and agreed to coordinate their approaches.";
    let ev = events_of(text, "2025-07-01");
    let strike =
        ev.iter().find(|e| e.kind == "military_strike").unwrap_or_else(|| panic!("{ev:#?}"));
    assert!(strike.participants.iter().all(|p| !p.contains("Volkov")), "{strike:#?}");
    assert_eq!(strike.agents.len(), 2, "{strike:#?}");
    let deal = ev.iter().find(|e| e.kind == "agreement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(deal.date.as_deref(), Some("2025-07-01"), "{deal:#?}");
}

#[test]
fn who_says_a_counted_group_was_freed_freed_no_one() {
    let text = "Varnia freed ten Norwegian nationals on Friday.\n\nEnvoy Ardan Volkov said on \
                Saturday that 11 Norwegians had been freed.";
    let ev = events_of(text, "2025-07-19");
    let rel: Vec<&EventMention> = ev.iter().filter(|e| e.kind == "prisoner_release").collect();
    assert!(!rel.is_empty(), "{ev:#?}");
    assert!(rel.iter().all(|e| e.participants.iter().all(|p| p != "Ardan Volkov")), "{rel:#?}");
}

#[test]
fn a_release_told_before_the_news_in_an_exchange_is_that_exchange() {
    let text = "Two planes carrying 252 migrants landed in Varnby late on Friday, after the \
                government of Ardan Volkov freed ten U.S. nationals in a prisoner exchange \
                brokered by Sweden.";
    let ev = events_of(text, "2025-07-19");
    assert!(ev.iter().all(|e| e.kind != "prisoner_release"), "{ev:#?}");
    let x = ev.iter().find(|e| e.kind == "prisoner_exchange").unwrap_or_else(|| panic!("{ev:#?}"));
    assert!(x.participants.iter().any(|p| p == "Ardan Volkov"), "{x:#?}");
}

#[test]
fn a_title_and_a_given_name_are_a_person_and_a_day_of_whom_is_theirs() {
    let text = "Vladimir Putin told Pope Leo in their first phone conversation on Wednesday that \
                the war would go on, the Kremlin said.";
    let ev = events_of(text, "2025-06-05");
    let call = ev.iter().find(|e| e.kind == "phone_call").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(call.participants.len(), 2, "{call:#?}");
    let text = "Pope Leo XIV and President Ardan Volkov spoke by phone on Wednesday.\n\nThe \
                Kremlin said the conversation was the first between Volkov and the pope, who was \
                elected on May 8.";
    let ev = events_of(text, "2025-06-05");
    let calls: Vec<&EventMention> = ev.iter().filter(|e| e.kind == "phone_call").collect();
    assert_eq!(calls.len(), 1, "{ev:#?}");
    assert_eq!(calls[0].date.as_deref(), Some("2025-06-04"), "{:#?}", calls[0]);
}

#[test]
fn forces_of_two_states_named_together_both_strike() {
    let ev = events_of(
        "Russian and Belarusian forces launched joint strikes on Kyiv on Monday.",
        "2025-07-01",
    );
    let s = ev.iter().find(|e| e.kind == "military_strike").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(s.agents, ["Russia", "Belarus"], "{s:#?}");
}

#[test]
fn everyone_involved_names_no_party_of_the_latest_event() {
    let ev = events_of(
        "Norway and Sweden swapped 307 prisoners each on Saturday. Volkov thanked everyone \
         involved and said Oslo's office was checking every name.",
        "2025-05-25",
    );
    let x = ev.iter().find(|e| e.kind == "prisoner_exchange").expect("the exchange");
    assert_eq!(x.participants, ["Norway", "Sweden"], "{x:?}");
    // "It involved ..." still brings its parties.
    let ev = events_of(
        "Norway and Sweden swapped 307 prisoners each on Saturday. It involved Finland too.",
        "2025-05-25",
    );
    let x = ev.iter().find(|e| e.kind == "prisoner_exchange").expect("the exchange");
    assert_eq!(x.participants, ["Norway", "Sweden", "Finland"], "{x:?}");
    // Who reports it at the sentence's end is not involved.
    let ev = events_of(
        "Norway and Sweden completed a prisoner exchange on Saturday. The swap involved 614 \
         people held in four countries, Danish intelligence agency PET said in a statement.",
        "2025-05-25",
    );
    let x: Vec<_> = ev.iter().filter(|e| e.kind == "prisoner_exchange").collect();
    assert_eq!(x.len(), 1, "{x:?}");
    assert_eq!(x[0].participants, ["Norway", "Sweden"], "{x:?}");
}

#[test]
fn those_freed_in_a_swap_tell_the_swap_and_not_its_count() {
    // "freed in Saturday's exchange": the swap itself, so "The exchange ... saw 614 people
    // change hands" refers to it and gives its count (eight is one side's).
    let ev = events_of(
        "Volkov met the eight Swedes freed in Saturday's exchange at the airport late on \
         Saturday.\n\nThe exchange, mediated by Finland, saw 614 people change hands, the \
         ministry said.",
        "2025-05-25",
    );
    let x: Vec<_> = ev.iter().filter(|e| e.kind.starts_with("prisoner_")).collect();
    assert_eq!(x.len(), 1, "{x:#?}");
    assert_eq!(x[0].kind, "prisoner_exchange", "{x:#?}");
    assert_eq!(x[0].count, Some(614), "{x:#?}");
    assert_eq!(x[0].date.as_deref(), Some("2025-05-24"), "{x:#?}");
}

#[test]
fn a_release_told_with_the_day_of_the_articles_exchange_is_one_side_of_it() {
    let text = "Norway and Sweden completed a prisoner exchange on Sunday, each returning 300 \
                captives. The Norwegian ministry said 120 Norwegian servicemen had been returned \
                on Sunday.";
    let ev = events_of(text, "2025-05-26");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].kind, "prisoner_exchange", "{ev:?}");
    assert_eq!(ev[0].mentions.len(), 2, "{ev:?}");
    // Another day's release, or a third state's, is another happening.
    for (from, to) in
        [("on Sunday.", "on Saturday."), ("Norwegian servicemen", "Finnish servicemen")]
    {
        let t = text.replace(from, to);
        let ev = events_of(&t, "2025-05-26");
        assert!(ev.iter().any(|e| e.kind == "prisoner_release"), "{to}: {ev:?}");
    }
}

#[test]
fn a_description_in_the_possessive_owns_the_noun_after_it() {
    let ev = events_of(
        "Norwegian Prime Minister Ardan Volkov met Swedish President Lena Marsh in Gothenburg on \
         Sunday, the Norwegian leader's first visit to Sweden in years.",
        "2025-08-31",
    );
    let meetings: Vec<_> = ev.iter().filter(|e| e.kind == "meeting").collect();
    assert_eq!(meetings.len(), 1, "{ev:#?}");
    assert_eq!(meetings[0].participants, ["Ardan Volkov", "Lena Marsh"], "{ev:#?}");
}

#[test]
fn the_meeting_opening_a_sentence_is_that_of_the_people_the_lead_names() {
    let text =
        "Lena Marsh left the palace on Friday after a heated exchange with Ardan Volkov and \
                Teodor Hale in his study.\n\nThe meeting, which was broadcast live, lasted about \
                50 minutes.";
    let ev = events_of(text, "2025-03-01");
    let m = ev.iter().find(|e| e.kind == "meeting").expect("the meeting");
    assert_eq!(m.participants, ["Lena Marsh", "Ardan Volkov", "Teodor Hale"], "{m:?}");
    assert_eq!(m.date.as_deref(), Some("2025-02-28"), "{m:?}");
    // One person named before is no sitting; nor is a meeting told after one already told.
    let ev = events_of(&text.replace("with Ardan Volkov and Teodor Hale ", ""), "2025-03-01");
    assert!(ev.iter().all(|e| e.kind != "meeting"), "{ev:?}");
}

#[test]
fn a_passive_verb_whose_subject_told_the_happening_is_that_happening() {
    let ev = events_of(
        "Norway and Sweden on Wednesday signed a long-delayed deal on fishing rights. The \
         agreement was signed in Oslo by Ardan Volkov and Lena Marsh.",
        "2025-05-01",
    );
    let deals: Vec<_> = ev.iter().filter(|e| e.kind == "agreement").collect();
    assert_eq!(deals.len(), 1, "{ev:#?}");
    assert_eq!(
        deals[0].participants,
        ["Norway", "Sweden", "Ardan Volkov", "Lena Marsh"],
        "{ev:#?}"
    );
    assert_eq!(deals[0].date.as_deref(), Some("2025-04-30"), "{ev:#?}");
}

#[test]
fn whose_funeral_it_was_took_no_part() {
    let ev = events_of(
        "Ardan Volkov spoke with Lena Marsh at the funeral of Pope Teodor in Oslo on Saturday, \
         their first meeting since the winter.",
        "2025-04-28",
    );
    let m = ev.iter().find(|e| e.kind == "meeting").expect("the meeting");
    assert_eq!(m.participants, ["Ardan Volkov", "Lena Marsh"], "{m:?}");
}

#[test]
fn a_date_before_but_and_the_nouns_clause_is_the_clause_befores() {
    let ev = events_of(
        "The deal had been due to be signed in February, but a meeting between Ardan Volkov \
         and Lena Marsh in Oslo on February 28 ended in a public row.",
        "2025-05-01",
    );
    let m = ev.iter().find(|e| e.kind == "meeting").expect("the meeting");
    assert_eq!(m.date.as_deref(), Some("2025-02-28"), "{m:?}");
}

#[test]
fn the_day_a_which_clause_after_the_noun_states_is_the_nouns() {
    let ev = events_of(
        "European leaders on Monday condemned Norway's missile attack on Uppsala, which killed \
         34 people a day earlier.",
        "2025-04-14",
    );
    let s = ev.iter().find(|e| e.kind == "military_strike").expect("the strike");
    assert_eq!(s.date.as_deref(), Some("2025-04-13"), "{s:?}");
    // Not a clause of saying: "which Oslo announced on Monday".
    let ev = events_of(
        "Sweden protested on Tuesday against Norway's missile attack on Uppsala, which the \
         ministry announced on Monday.",
        "2025-04-15",
    );
    let s = ev.iter().find(|e| e.kind == "military_strike").expect("the strike");
    assert_ne!(s.date.as_deref(), Some("2025-04-14"), "{s:?}");
}

#[test]
fn who_called_the_strike_barbaric_did_not_tell_of_it() {
    let ev = events_of(
        "The death toll from Sunday's Norwegian missile strike on Uppsala rose to 35, the \
         emergency service said on Monday.\n\nSwedish Prime Minister Lena Marsh called the \
         strike \"barbaric\".",
        "2025-04-14",
    );
    let s = ev.iter().find(|e| e.kind == "military_strike").expect("the strike");
    assert!(s.briefed_by.is_empty(), "{s:?}");
}

#[test]
fn what_the_other_side_freed_in_return_is_part_of_the_exchange_told_before() {
    let ev = events_of(
        "Sweden released Lena Marsh on Thursday as part of a 12-person prisoner exchange with \
         Norway, officials said.\n\nThe exchange took place at Uppsala airport, where seven \
         planes carrying prisoners landed.\n\nIn return, Norway freed \
         Ardan Volkov, a Swede serving a life sentence for the 2019 killing of a dissident in \
         an Oslo park.",
        "2025-08-01",
    );
    // One exchange: twelve people (not the seven planes), at Uppsala, Norway a side; no
    // release of 2019.
    assert_eq!(ev.len(), 1, "{ev:#?}");
    let x = &ev[0];
    assert_eq!(x.kind, "prisoner_exchange", "{x:?}");
    assert_eq!(x.count, Some(12), "{x:?}");
    assert_eq!(x.place.as_deref(), Some("Uppsala"), "{x:?}");
    assert!(x.participants.iter().any(|p| p == "Norway"), "{x:?}");
    assert_eq!(x.date.as_deref(), Some("2025-07-31"), "{x:?}");
}

#[test]
fn one_handed_over_in_return_for_another_is_the_articles_exchange() {
    let ev = events_of(
        "Norway and Sweden exchanged prisoners on Thursday in Oslo, the ministry said.\n\nThe \
         ministry said Ardan Volkov had been handed over to the Swedish side in return for Lena \
         Marsh.",
        "2025-08-01",
    );
    let x: Vec<_> = ev.iter().filter(|e| e.kind.starts_with("prisoner")).collect();
    assert_eq!(x.len(), 1, "{ev:#?}");
    assert_eq!(x[0].date.as_deref(), Some("2025-07-31"), "{x:?}");
    // The handover is told of it.
    let at = ev[0].mentions.iter().map(|m| m.start).max();
    assert!(at.is_some_and(|s| s > 80), "{x:?}");
}

#[test]
fn a_sitting_told_with_its_length_after_after_is_of_the_sentences_people() {
    let ev = events_of(
        "Ardan Volkov left the palace on Friday without a promise from Lena Marsh to send \
         more ships, after a meeting that lasted about two and a half hours.",
        "2025-10-18",
    );
    let m = ev.iter().find(|e| e.kind == "meeting").expect("the meeting");
    assert_eq!(m.participants, ["Ardan Volkov", "Lena Marsh"], "{m:?}");
    assert_eq!(m.date.as_deref(), Some("2025-10-17"), "{m:?}");
}

#[test]
fn their_call_mid_sentence_is_the_subjects_not_one_named_in_a_relative_clause_after_it() {
    let ev = events_of(
        "Plans for a summit between Ardan Volkov and Lena Marsh have been put on hold, an \
         official said on Tuesday, after Foreign Minister Piet Hals and Foreign Minister Ola \
         Rand spoke by phone on Monday.\n\nThe two presidents had agreed to meet in Oslo during \
         their call last Thursday, which Prime Minister Tomas Berg welcomed as \"great news\".",
        "2025-10-22",
    );
    let c = ev
        .iter()
        .find(|e| e.kind == "phone_call" && e.date.as_deref() == Some("2025-10-16"))
        .expect("the call of the two presidents");
    assert_eq!(c.participants, ["Ardan Volkov", "Lena Marsh"], "{ev:#?}");
}

#[test]
fn a_handover_of_a_counted_group_reaches_past_the_words_that_describe_it() {
    let ev = events_of(
        "Sweden handed over the last 20 living Norwegian hostages held in Uppsala to the Red \
         Cross on Monday, and Norway began releasing nearly 2,000 Swedish prisoners under a \
         ceasefire deal.",
        "2025-10-13",
    );
    let x: Vec<_> = ev.iter().filter(|e| e.kind.starts_with("prisoner")).collect();
    assert_eq!(x.len(), 1, "{ev:#?}");
    assert_eq!(x[0].kind, "prisoner_exchange", "{x:?}");
    assert_eq!(x[0].participants, ["Sweden", "Norway"], "{x:?}");
}

#[test]
fn a_name_in_quoted_words_after_the_trigger_is_no_party() {
    let ev = events_of(
        "Norway freed 30 prisoners on Monday under the agreement.\n\nAt the summit in Oslo, Lena \
         Marsh called the agreement \"the historic dawn of a new Middle East\".",
        "2025-10-14",
    );
    assert!(!ev.iter().any(|e| e.participants.iter().any(|p| p == "Middle East")), "{ev:#?}");
}

#[test]
fn a_summit_where_a_past_meeting_was_held_stays_with_it() {
    let ev = events_of(
        "Prime Minister Lena Marsh returned to Oslo late on Tuesday after a meeting with \
         President Ardan Volkov that lasted about 90 minutes.\n\nThe two leaders last met on \
         June 16 at the G7 summit in Bergen.",
        "2025-10-08",
    );
    let june: Vec<_> = ev.iter().filter(|e| e.date.as_deref() == Some("2025-06-16")).collect();
    assert_eq!(june.len(), 1, "{ev:#?}");
    assert!(june[0].background, "{june:?}");
    // The day's meeting keeps none of the summit's day.
    assert!(
        ev.iter().any(|e| e.kind == "meeting"
            && e.duration_minutes.is_some()
            && !e.background
            && e.date.as_deref() != Some("2025-06-16")),
        "{ev:#?}"
    );
}

#[test]
fn ending_talks_is_no_talks() {
    let ev = events_of(
        "Ardan Volkov said late on Thursday that he was terminating all trade negotiations \
         with Norway over a television advertisement.",
        "2025-10-24",
    );
    assert!(!ev.iter().any(|e| e.kind == "negotiation"), "{ev:#?}");
}

#[test]
fn sanctions_on_a_capital_are_on_its_state() {
    let ev = events_of(
        "Prime Minister Lena Marsh said on Thursday she had dropped her objection to the \
         European Union's new sanctions on Moscow.",
        "2025-10-23",
    );
    let s = ev.iter().find(|e| e.kind == "sanctions").expect("the sanctions");
    assert!(s.participants.iter().any(|p| p == "Russia"), "{s:?}");
    assert!(!s.participants.iter().any(|p| p == "Moscow"), "{s:?}");
}

#[test]
fn a_description_no_one_is_named_for_opening_its_sentence_is_a_party_in_its_own_words() {
    let ev = events_of(
        "Ardan Volkov met Teodor Hale on Wednesday in Rome.\n\nThe Swedish leader also met \
         Prime Minister Lena Marsh in Rome on Wednesday.",
        "2025-07-10",
    );
    let m = ev
        .iter()
        .find(|e| e.kind == "meeting" && e.participants.iter().any(|p| p == "Lena Marsh"))
        .expect("the second meeting");
    assert_eq!(m.participants, ["The Swedish leader", "Lena Marsh"], "{m:?}");
}

#[test]
fn talks_after_before_are_held_when_told_how_long_they_ran() {
    let ev = events_of(
        "Ana Brisk and Tomas Holm shook hands outside the terminal on Thursday before sitting \
         down for talks that ran for almost two hours.",
        "2025-03-07",
    );
    let talks = ev.iter().find(|e| e.kind == "negotiation" || e.kind == "meeting");
    let talks = talks.unwrap_or_else(|| panic!("no talks: {ev:#?}"));
    assert_eq!(talks.date.as_deref(), Some("2025-03-06"), "{talks:#?}");
    // Talks yet to come after "before" stay out.
    let ev = events_of(
        "Ana Brisk spoke with Tomas Holm on Thursday, days before talks in Lima that are \
         expected to last two hours.",
        "2025-03-07",
    );
    assert!(ev.iter().all(|e| e.kind != "negotiation"), "{ev:#?}");
}

#[test]
fn talks_right_after_after_are_those_of_the_people_before_it() {
    let ev = events_of(
        "Ana Brisk and Tomas Holm shook hands on Monday after talks hosted by Ida Lind, \
         agreeing to halt the clashes.",
        "2025-07-29",
    );
    let talks = ev.iter().find(|e| e.kind == "negotiation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(talks.participants, ["Ana Brisk", "Tomas Holm", "Ida Lind"], "{talks:#?}");
    assert_eq!(talks.date.as_deref(), Some("2025-07-28"));
    // Another event told before "after" keeps them apart: "spoke by phone after talks in X".
    let ev = events_of(
        "Ana Brisk and Tomas Holm spoke by phone on Monday after talks in Lima.",
        "2025-07-29",
    );
    assert!(ev.iter().all(|e| e.kind != "negotiation"), "{ev:#?}");
}

#[test]
fn who_said_after_hosting_talks_hosted_them() {
    let ev = events_of(
        "Chile and Peru agreed on Monday to a ceasefire, Bolivian President Ida Lind said \
         after hosting talks between the two sides.\n\nChilean President Ana Brisk and \
         Peruvian President Tomas Holm met for about two hours in La Paz.",
        "2025-07-29",
    );
    let talks = ev.iter().find(|e| e.kind == "negotiation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(talks.participants, ["Ana Brisk", "Tomas Holm", "Ida Lind"], "{talks:#?}");
}

#[test]
fn the_two_sides_are_those_of_the_latest_event_of_two_states() {
    // A third state named since (the envoy's) is not one of the sides, and people counted
    // are what two sides exchange.
    let ev = events_of(
        "Ukraine and Russia exchanged 146 prisoners of war each on Sunday in a swap mediated by \
         Qatar.\n\nU.S. envoy Harlan Voss attended a ceremony in Kyiv.\n\nThe swap was the first \
         since late July, when the two sides exchanged 1,200 people.",
        "2025-08-24",
    );
    let july = ev
        .iter()
        .find(|e| e.kind == "prisoner_exchange" && e.date.as_deref() == Some("2025-07"))
        .unwrap_or_else(|| panic!("{ev:#?}"));
    let mut sides = july.participants.clone();
    sides.sort();
    assert_eq!(sides, ["Russia", "Ukraine"], "{july:#?}");
    assert_eq!(july.count, Some(1200), "{july:#?}");
    // Views are not people.
    let ev = events_of("Russia and Ukraine exchanged views on Friday.", "2025-08-24");
    assert!(ev.iter().all(|e| e.kind != "prisoner_exchange"), "{ev:#?}");
}

#[test]
fn an_invitation_told_by_a_gerund_leaves_the_talks_their_day() {
    // "inviting" is an invitation, and the summit it asks for is no sitting of its own: the talks
    // keep the day of the news, and the December of the visit is no one's date.
    let ev = events_of(
        "Norvian Prime Minister Ines Roth and Estorian President Omar Vale met in Tianjin.\n\nThe \
         talks covered energy and trade, and ended with Roth inviting Vale to visit Norvia in \
         December for their annual summit.",
        "2025-09-01",
    );
    let invitation =
        ev.iter().find(|e| e.kind == "invitation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(invitation.date.as_deref(), Some("2025-09-01"), "{invitation:#?}");
    let meetings: Vec<_> = ev.iter().filter(|e| e.kind == "meeting").collect();
    assert_eq!(meetings.len(), 1, "{ev:#?}");
    assert_eq!(meetings[0].date.as_deref(), Some("2025-09-01"), "{ev:#?}");
}

#[test]
fn a_place_past_since_is_the_earlier_meetings() {
    let ev = events_of(
        "Norvian Prime Minister Ines Roth and Estorian President Omar Vale held talks on Sunday, \
         their first meeting since they met in the Russian city of Kazan last October.",
        "2025-09-01",
    );
    let talks = ev.iter().find(|e| e.date.as_deref() == Some("2025-08-31"));
    let talks = talks.unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(talks.place, None, "{talks:#?}");
}

#[test]
fn names_listed_after_while_all_take_part() {
    // "while Roth, Vale and Marsh signed": the commas part a list, not a clause of "while".
    let ev = events_of(
        "Norvian President Ines Roth and Estorian Prime Minister Omar Vale met on Friday.\n\nThe \
         foreign ministers met on Friday, while Roth, Vale and Anna Marsh signed a joint \
         declaration.",
        "2025-08-09",
    );
    let signed = ev.iter().find(|e| e.kind == "agreement").unwrap_or_else(|| panic!("{ev:#?}"));
    for name in ["Ines Roth", "Omar Vale", "Anna Marsh"] {
        assert!(signed.participants.iter().any(|p| p == name), "{name}: {signed:#?}");
    }
}

#[test]
fn the_two_leaders_right_before_the_verb_are_both_named_before() {
    // "the two leaders" is the subject of "met", and counts the two named before it in the
    // sentence (with a comma before "as", or none).
    for text in [
        "Ines Roth and Omar Vale agreed on Sunday to be partners, as the two leaders met in \
         Tianjin.",
        "Ines Roth and Omar Vale agreed on Sunday to be partners as the two leaders met in \
         Tianjin.",
    ] {
        let ev = events_of(text, "2025-08-31");
        let met = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
        assert_eq!(met.participants, ["Ines Roth", "Omar Vale"], "{met:#?}");
    }
}

#[test]
fn a_meeting_on_the_sidelines_is_where_the_summit_was() {
    // Past words of where in a country, and past the summit's noun.
    for text in [
        "Ines Roth and Omar Vale met on the sidelines of a regional summit in the northern \
         Chinese city of Tianjin.",
        "Ines Roth and Omar Vale met in the northern Chinese city of Tianjin.",
    ] {
        let ev = events_of(text, "2025-08-31");
        let met = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
        assert_eq!(met.place.as_deref(), Some("Tianjin"), "{met:#?}");
    }
}

#[test]
fn a_meeting_told_after_a_handshake_before_it_is_the_meeting_of_the_two() {
    // "shook hands with X before a meeting that lasted 37 minutes": the meeting of the two told
    // before, with its length; a meeting paragraphs later with its own people and day is
    // another.
    let ev = events_of(
        "Ines Roth met Omar Vale in Tianjin on Wednesday.\n\nRoth shook hands with Vale before a \
         meeting that lasted 37 minutes.\n\nOn Thursday, Anna Marsh met Teodor Hale in Antalya.",
        "2025-05-15",
    );
    let meetings: Vec<_> = ev.iter().filter(|e| e.kind == "meeting").collect();
    assert_eq!(meetings.len(), 2, "{ev:#?}");
    let first = meetings.iter().find(|e| e.participants.contains(&"Ines Roth".to_string()));
    let first = first.unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(first.duration_minutes, Some([37, 37]), "{first:#?}");
    let second = meetings.iter().find(|e| e.participants.contains(&"Anna Marsh".to_string()));
    let second = second.unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(second.duration_minutes, None, "{second:#?}");
    assert_eq!(second.date.as_deref(), Some("2025-05-15"), "{second:#?}");
}

#[test]
fn who_attended_a_meeting_or_joined_it_by_phone_took_part() {
    let ev = events_of(
        "Ines Roth met Omar Vale in Riyadh on Wednesday.\n\nThe meeting, which lasted about 33 \
         minutes, was also attended by Crown Prince Anna Marsh, while President Teodor Hale \
         joined by phone, officials said.",
        "2025-05-14",
    );
    let met = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    for name in ["Ines Roth", "Omar Vale", "Anna Marsh", "Teodor Hale"] {
        assert!(met.participants.iter().any(|p| p == name), "{name}: {met:#?}");
    }
}

#[test]
fn a_state_after_at_the_is_where_a_meeting_was() {
    let ev = events_of(
        "Norvian President Ines Roth met Pope Omar Vale at the Vatican on Sunday.",
        "2025-05-18",
    );
    let met = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(met.place.as_deref(), Some("Vatican"), "{met:#?}");
}

#[test]
fn also_met_with_someone_else_is_another_meeting() {
    let ev = events_of(
        "Pope Omar Vale received Norvian Vice President Ines Roth and Foreign Minister Anna Marsh \
         at the Vatican on Monday.\n\nRoth and Marsh also met Cardinal Teodor Hale.",
        "2025-05-19",
    );
    let meetings: Vec<_> = ev.iter().filter(|e| e.kind == "meeting").collect();
    assert_eq!(meetings.len(), 2, "{ev:#?}");
    let papal = meetings.iter().find(|e| e.participants.iter().any(|p| p == "Omar Vale"));
    let papal = papal.unwrap_or_else(|| panic!("{ev:#?}"));
    assert!(papal.participants.iter().all(|p| p != "Teodor Hale"), "{papal:#?}");
}

#[test]
fn a_states_attack_on_a_place_is_a_strike_without_weapon_words() {
    // No drone or missile named: the state that attacks a place is enough ("Russia's attack on
    // Kyiv", "Russia attacked Kyiv"), while a state attacking a proposal strikes nothing.
    for text in [
        "The death toll from Russia's attack on Kyiv on Tuesday rose to 28, officials said.",
        "Russia attacked Kyiv on Tuesday, killing 28 people, officials said.",
    ] {
        let ev = events_of(text, "2025-06-18");
        let s = ev
            .iter()
            .find(|e| e.kind == "military_strike")
            .unwrap_or_else(|| panic!("{text}: {ev:#?}"));
        assert_eq!(s.agents, ["Russia"], "{text}: {s:#?}");
        assert_eq!(s.date.as_deref(), Some("2025-06-17"), "{text}: {s:#?}");
        let killed = s.figures.iter().find(|f| f.what == "people killed");
        assert_eq!(killed.map(|f| f.value), Some(28), "{text}: {s:#?}");
    }
    let ev = events_of("Russia attacked the proposal on Tuesday, officials said.", "2025-06-18");
    assert!(ev.iter().all(|e| e.kind != "military_strike"), "{ev:#?}");
}

#[test]
fn the_kremlin_telling_of_its_forces_strike_tells_the_strike_told_before() {
    // "The Kremlin said its forces had struck targets in Kyiv", after Russia's attack on Kyiv
    // was told: the same strike (the Kremlin acts for Russia, Kyiv is in Ukraine), not an
    // undated one of its own, and it names no one new.
    let ev = events_of(
        "The death toll from Russia's attack on Kyiv on Tuesday rose to 28, officials said.\n\n\
         Rescuers pulled the last bodies from the ruins on Wednesday.\n\n\
         The Kremlin said its forces had struck military targets in Kyiv with precision weapons.",
        "2025-06-18",
    );
    let strikes: Vec<_> = ev.iter().filter(|e| e.kind == "military_strike").collect();
    assert_eq!(strikes.len(), 1, "{ev:#?}");
    assert_eq!(strikes[0].mentions.len(), 2, "{ev:#?}");
    assert_eq!(strikes[0].participants, ["Russia", "Kyiv"], "{ev:#?}");
    assert_eq!(strikes[0].agents, ["Russia"], "{ev:#?}");
}

#[test]
fn an_overnight_strike_told_by_the_day_it_was_said_is_the_night_before() {
    // 2025-07-04 is a Friday: the night told began on Thursday, the day of the call "hours"
    // before it.
    let ev = events_of(
        "Chile struck Lima overnight, killing two people, the city's administration said on \
         Friday, hours after Ardan Volkov spoke with Mira Ostrova by telephone.",
        "2025-07-04",
    );
    let strike = ev.iter().find(|e| e.kind == "military_strike").expect("a strike");
    assert_eq!(strike.date.as_deref(), Some("2025-07-03"), "{strike:?}");
    let call = ev.iter().find(|e| e.kind == "phone_call").expect("a call");
    assert_eq!(call.date.as_deref(), Some("2025-07-03"), "{call:?}");
    // Told as the day it was said, it happened then or just before.
    let ev = events_of(
        "Chile freed the journalist Ilmar Saks, the foreign ministry said on Friday.",
        "2025-07-05",
    );
    let release = ev.iter().find(|e| e.kind == "prisoner_release").expect("a release");
    assert_eq!(release.date.as_deref(), Some("2025-07-04"), "{release:?}");
    assert!(release.said_date, "{release:?}");
}

#[test]
fn a_verb_after_later_is_on_the_day_of_what_was_told_just_before() {
    let ev = events_of(
        "Ardan Volkov met his security team on Friday.\n\nVolkov later spoke by phone with Mira \
         Ostrova about air defence.",
        "2025-07-06",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").expect("a call");
    assert_eq!(call.date.as_deref(), Some("2025-07-04"), "{call:?}");
    assert_eq!(call.date_source.as_deref(), Some("text"), "{call:?}");
}

#[test]
fn a_pronoun_after_reported_words_behind_a_dateline_is_the_sayer() {
    let ev = events_of(
        "OSLO (Harbour Times) - Ardan Volkov said he was disappointed after a call with Mira \
         Ostrova on Thursday, a day before he spoke with Teodor Hale by phone.",
        "2025-07-05",
    );
    let second = ev
        .iter()
        .find(|e| e.kind == "phone_call" && e.participants.iter().any(|p| p == "Teodor Hale"))
        .expect("the second call");
    assert!(second.participants.iter().any(|p| p == "Ardan Volkov"), "{second:?}");
    assert!(!second.participants.iter().any(|p| p == "Mira Ostrova"), "{second:?}");
}

#[test]
fn the_noun_held_on_the_sidelines_of_a_summit_is_the_meeting_told_before() {
    let ev = events_of(
        "Ardan Volkov praised a great meeting with Mira Ostrova in South Korea.\n\nThe meeting, \
         held on the sidelines of the Pacific summit, lasted nearly two hours.",
        "2025-10-31",
    );
    let meetings: Vec<_> = ev.iter().filter(|e| e.kind == "meeting").collect();
    assert_eq!(meetings.len(), 1, "{meetings:#?}");
    assert_eq!(meetings[0].duration_minutes, Some([90, 120]), "{meetings:#?}");
    // A meeting on the sidelines, told with its verb, is still another one than the summit.
    let ev = events_of(
        "Leaders held a summit in Oslo on Monday. Ardan Volkov met Mira Ostrova on the sidelines \
         of the summit.",
        "2025-10-31",
    );
    let with_ostrova = ev
        .iter()
        .filter(|e| e.kind == "meeting" && e.participants.iter().any(|p| p == "Mira Ostrova"));
    assert_eq!(with_ostrova.count(), 1, "{ev:#?}");
}

#[test]
fn the_talks_held_in_another_state_are_not_the_meeting_told_before() {
    let ev = events_of(
        "Ardan Volkov praised a great meeting with Mira Ostrova in South Korea.\n\nTeodor Hale, \
         who led the talks in Kuala Lumpur on Sunday and Monday, said a deal was close.",
        "2025-10-31",
    );
    let meeting = ev
        .iter()
        .find(|e| e.kind == "meeting" && e.participants.iter().any(|p| p == "Mira Ostrova"))
        .expect("the meeting");
    assert_eq!(meeting.date.as_deref(), Some("2025-10-31"), "{meeting:#?}");
    assert_eq!(meeting.date_source.as_deref(), Some("published"), "{meeting:#?}");
}

#[test]
fn a_second_call_is_another_call_held_by_the_same_people() {
    let ev = events_of(
        "Mira Ostrova held a call with Ardan Volkov on Friday morning, and a second call, joined \
         by European leaders, afterwards, her office said.",
        "2025-07-05",
    );
    let calls: Vec<_> = ev.iter().filter(|e| e.kind == "phone_call").collect();
    assert_eq!(calls.len(), 2, "{calls:#?}");
    for c in &calls {
        assert_eq!(c.date.as_deref(), Some("2025-07-04"), "{c:#?}");
        assert!(c.participants.iter().any(|p| p == "Mira Ostrova"), "{c:#?}");
    }
    // "their second call this year" is the call told.
    let ev = events_of(
        "Mira Ostrova and Ardan Volkov spoke by phone on Thursday, their second call this year.",
        "2025-07-05",
    );
    assert_eq!(ev.iter().filter(|e| e.kind == "phone_call").count(), 1, "{ev:#?}");
}

#[test]
fn who_speaks_in_a_clause_of_time_after_the_noun_tells_nothing_of_it() {
    let ev = events_of(
        "Ardan Volkov and Mira Ostrova spoke by phone on Thursday, Volkov's aide said.\n\nThe \
         call came a day after Norway said it would pause some deliveries of weapons to Sweden, \
         including air defence interceptors.",
        "2025-07-04",
    );
    let call = ev.iter().find(|e| e.kind == "phone_call").expect("a call");
    assert!(!call.briefed_by.iter().any(|b| b == "Norway"), "{call:#?}");
    assert!(call.topics.is_empty(), "{call:#?}");
}

#[test]
fn a_state_bringing_its_people_home_in_an_exchange_is_a_side_of_it() {
    let ev = events_of(
        "Chile brought home 146 soldiers and eight civilians in a prisoner exchange with Peru on \
         Sunday, the president said.",
        "2025-08-25",
    );
    assert!(ev.iter().all(|e| e.kind != "prisoner_release"), "{ev:#?}");
    let x = ev.iter().find(|e| e.kind == "prisoner_exchange").expect("the exchange");
    assert_eq!(x.participants.len(), 2, "{x:#?}");
    assert!(x.participants.iter().any(|p| p == "Chile"), "{x:#?}");
}

#[test]
fn a_release_told_with_also_after_an_exchange_of_its_side_is_part_of_it() {
    let ev = events_of(
        "Chile and Peru exchanged 146 prisoners of war each on Sunday, both sides said.\n\n\
         Chile also brought home eight civilians, including journalist Ilmar Saks, the president \
         said.",
        "2025-08-24",
    );
    let kinds: Vec<&str> = ev.iter().map(|e| e.kind.as_str()).collect();
    assert!(!kinds.contains(&"prisoner_release"), "{ev:#?}");
    assert_eq!(kinds.iter().filter(|k| **k == "prisoner_exchange").count(), 1, "{ev:#?}");
}

#[test]
fn the_captives_of_a_nationality_give_an_exchange_its_other_side() {
    let ev = events_of(
        "Russia returned 146 servicemen from Ukrainian captivity on Sunday in exchange for the \
         same number of Ukrainian prisoners of war, the ministry said.",
        "2025-08-24",
    );
    let x = ev.iter().find(|e| e.kind == "prisoner_exchange").expect("the exchange");
    assert!(x.participants.iter().any(|p| p == "Ukraine"), "{x:#?}");
    assert!(x.participants.iter().any(|p| p == "Russia"), "{x:#?}");
}

#[test]
fn the_captives_of_a_nationality_give_a_release_by_one_state_its_other_side() {
    let ev = events_of(
        "Azerbaijan released four Armenian soldiers on Thursday as a goodwill gesture, the \
         ministry said.",
        "2025-07-11",
    );
    let r = ev.iter().find(|e| e.kind == "prisoner_release").expect("the release");
    assert!(r.participants.iter().any(|p| p == "Armenia"), "{r:#?}");
    assert!(r.participants.iter().any(|p| p == "Azerbaijan"), "{r:#?}");
}

#[test]
fn a_release_handed_over_to_a_capital_has_its_state_for_a_side() {
    let ev = events_of(
        "Baku on Thursday handed over four servicemen to Yerevan, an aide said. Belarus released \
         14 prisoners on Saturday and handed them to Lithuania, officials said.",
        "2025-07-11",
    );
    let r: Vec<&EventMention> = ev.iter().filter(|e| e.kind == "prisoner_release").collect();
    assert_eq!(r.len(), 2, "{ev:#?}");
    assert_eq!(r[0].participants, ["Azerbaijan", "Armenia"], "{:#?}", r[0]);
    assert_eq!(r[0].place, None, "{:#?}", r[0]);
    assert_eq!(r[1].participants, ["Belarus", "Lithuania"], "{:#?}", r[1]);
}

#[test]
fn a_place_before_port_of_is_where_the_struck_port_lies() {
    let ev = events_of(
        "Russia attacked the Black Sea port of Odesa with drones overnight, killing two people, \
         the governor said on Sunday.",
        "2025-08-03",
    );
    let s = ev.iter().find(|e| e.kind == "military_strike").expect("the strike");
    assert_eq!(s.participants, ["Russia"], "{s:#?}");
}

#[test]
fn he_after_a_sentence_opened_by_a_clause_of_time_is_its_subject() {
    let ev = events_of(
        "Before meeting Ardan Volkov, Mira Ostrova held talks with Teodor Hale at Blair House. \
         She also met Ilmar Saks.",
        "2025-02-14",
    );
    let with_saks = ev
        .iter()
        .find(|e| e.kind == "meeting" && e.participants.iter().any(|p| p == "Ilmar Saks"))
        .expect("the meeting with Saks");
    assert!(with_saks.participants.iter().any(|p| p == "Mira Ostrova"), "{with_saks:#?}");
    assert!(!with_saks.participants.iter().any(|p| p == "Ardan Volkov"), "{with_saks:#?}");
}

#[test]
fn a_verb_past_a_clause_of_time_opening_its_sentence_is_on_that_days_happening() {
    let ev = events_of(
        "Mira Ostrova met Ardan Volkov at the palace on Thursday.\n\nBefore meeting Volkov, \
         Ostrova held talks with Teodor Hale at Blair House.",
        "2025-02-14",
    );
    let with_hale = ev
        .iter()
        .find(|e| e.kind == "meeting" && e.participants.iter().any(|p| p == "Teodor Hale"))
        .expect("the talks with Hale");
    assert_eq!(with_hale.date.as_deref(), Some("2025-02-13"), "{with_hale:#?}");
    assert_eq!(with_hale.date_source.as_deref(), Some("text"), "{with_hale:#?}");
}

#[test]
fn a_state_in_what_was_talked_about_is_not_where() {
    let text = "Crown Prince Talan Rusk met Foreign Minister Elda Varn on Tuesday. The talks \
                focused on the war in Ukraine and on trade, according to a statement.";
    let ev = events_of(text, "2025-02-19");
    let met = ev.iter().find(|e| e.kind == "meeting").expect("a meeting");
    assert_eq!(met.place, None, "{met:?}");
    // A city after a word of the topic is still where.
    let ev = events_of(
        "Talan Rusk and Elda Varn held talks about trade in Geneva on Tuesday.",
        "2025-02-19",
    );
    let met = ev.iter().find(|e| e.kind == "meeting").expect("a meeting");
    assert_eq!(met.place.as_deref(), Some("Geneva"), "{met:?}");
}

#[test]
fn a_sitting_told_with_also_is_of_the_occasion_before() {
    let text = "Crown Prince Talan Rusk met Foreign Minister Elda Varn in Riyadh on Tuesday, the \
                agency reported. He also met the adviser Joris Penn, the agency said.";
    let ev = events_of(text, "2025-02-19");
    let penn = ev
        .iter()
        .find(|e| e.kind == "meeting" && e.participants.iter().any(|p| p.contains("Penn")))
        .expect("the second meeting");
    assert_eq!(penn.date.as_deref(), Some("2025-02-18"), "{penn:?}");
    assert_eq!(penn.date_source.as_deref(), Some("text"), "{penn:?}");
    assert_eq!(penn.place.as_deref(), Some("Riyadh"), "{penn:?}");
}

#[test]
fn talks_of_days_before_their_outcome_are_dated_as_said() {
    let text = "Canada and Mexico agreed on Monday to cut most of their tariffs, after two days \
                of talks in Geneva.";
    let ev = events_of(text, "2025-05-12");
    let talks = ev.iter().find(|e| e.kind == "negotiation").expect("the talks");
    assert_eq!(talks.date.as_deref(), Some("2025-05-12"), "{talks:?}");
    assert!(talks.said_date, "{talks:?}");
    // Talks of some hours took place that day.
    let text = "Canada and Mexico agreed on Monday to cut most of their tariffs, after six hours \
                of talks in Geneva.";
    let ev = events_of(text, "2025-05-12");
    let talks = ev.iter().find(|e| e.kind == "negotiation").expect("the talks");
    assert!(!talks.said_date, "{talks:?}");
}

#[test]
fn a_day_closing_what_was_praised_before_a_comma_is_the_praises() {
    let text = "President Arden Vale praised the outcome on Sunday, writing on social media that \
                a total reset had been negotiated.";
    let ev = events_of(text, "2025-05-12");
    let said = ev.iter().find(|e| e.kind == "statement").expect("a statement");
    assert_eq!(said.date.as_deref(), Some("2025-05-11"), "{said:?}");
    assert_eq!(said.date_source.as_deref(), Some("text"), "{said:?}");
}

#[test]
fn talks_after_which_someone_came_home_on_a_day_took_place_by_then() {
    let text = "Prime Minister Arden Vale returned to Norvik on Friday after talks with President \
                Elda Marsh in Oslo that lasted six hours.";
    let ev = events_of(text, "2025-07-12");
    let talks = ev.iter().find(|e| e.kind == "negotiation").expect("the talks");
    assert_eq!(talks.date.as_deref(), Some("2025-07-11"), "{talks:?}");
    assert_eq!(talks.date_source.as_deref(), Some("text"), "{talks:?}");
    assert!(talks.said_date, "{talks:?}");
}

#[test]
fn the_militant_group_is_the_organisation_named_most_before_it() {
    let ev = events_of(
        "Swap\n\nThe Norvia Liberation Front handed 20 hostages to the Red Cross on Monday.\n\nNorway \
         complained on Tuesday, a day after the militant group freed 20 captives in exchange for \
         300 prisoners.",
        "2025-10-14",
    );
    let swap = ev.iter().find(|e| e.kind == "prisoner_exchange").expect("the exchange");
    assert!(swap.participants.iter().any(|p| p == "Norvia Liberation Front"), "{swap:?}");
    assert!(!swap.participants.iter().any(|p| p == "Red Cross"), "{swap:?}");
    assert_eq!(swap.date.as_deref(), Some("2025-10-13"), "{swap:?}");
    // "The group" alone may be any group of people; a group far back is no one.
    let ev = events_of(
        "Swap\n\nThe Norvia Liberation Front met on Monday.\n\nOne.\n\nTwo.\n\nThree.\n\nNorway complained on \
         Tuesday, a day after the militant group freed 20 captives in exchange for 300 prisoners.",
        "2025-10-14",
    );
    assert!(
        ev.iter().all(|e| !e.participants.iter().any(|p| p == "Norvia Liberation Front")
            || e.kind != "prisoner_exchange"),
        "{ev:?}"
    );
}

#[test]
fn the_previous_talks_on_a_day_of_their_own_are_the_sides_earlier_talks() {
    for told in [
        "The previous talks on May 16 lasted less than two hours.",
        "The first round of talks, held in the same city on May 16, produced a swap.",
    ] {
        let ev = events_of(
            &format!(
                "Talks\n\nEstonian and Latvian delegations met in Oslo on Monday for a second \
                 round of talks. {told}"
            ),
            "2025-06-02",
        );
        let earlier = ev.iter().find(|e| e.date.as_deref() == Some("2025-05-16"));
        let earlier = earlier.unwrap_or_else(|| panic!("{told}: {ev:#?}"));
        assert_eq!(earlier.participants.len(), 2, "{earlier:?}");
        assert!(ev.iter().any(|e| e.date.as_deref() == Some("2025-06-02")), "{ev:?}");
    }
}

#[test]
fn agreeing_after_a_comma_is_done_by_those_the_sentence_opens_with() {
    let ev = events_of(
        "Talks\n\nPresident Anna Brisk and Prime Minister Teodor Hale met in Oslo on Monday, \
         agreeing on a plan to end the dispute.",
        "2025-06-02",
    );
    let deal = ev.iter().find(|e| e.kind == "agreement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(deal.participants, ["Anna Brisk", "Teodor Hale"], "{deal:?}");
    assert_eq!(deal.date.as_deref(), Some("2025-06-02"), "{deal:?}");
}

#[test]
fn both_of_a_pair_joined_by_a_hyphen_before_a_meeting_sat_at_it() {
    let ev = events_of(
        "Deal\n\nStocks rose on Friday.\n\nThe Putin-Trump meeting in Busan on Thursday lasted \
         about 90 minutes.",
        "2025-10-31",
    );
    let m = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(m.participants, ["Putin", "Trump"], "{m:?}");
}

#[test]
fn a_visit_by_someone_is_theirs_not_of_those_named_before_it() {
    let ev = events_of(
        "Release\n\nIn June, Norway released 14 prisoners, including opposition figure Ilmar \
         Saks, during a visit by U.S. envoy Teodor Hale.",
        "2025-09-11",
    );
    let visit = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(visit.participants, ["Teodor Hale"], "{visit:?}");
}

#[test]
fn agreeing_after_a_comma_is_done_by_the_states_of_two_delegations_opening_it() {
    let ev = events_of(
        "Talks\n\nOSLO, June 2 (Norvia Wire) - Estonian and Latvian delegations met in Oslo on \
         Monday, agreeing to exchange all wounded soldiers.",
        "2025-06-02",
    );
    let deal = ev.iter().find(|e| e.kind == "agreement").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(deal.participants, ["Estonia", "Latvia"], "{deal:?}");
}

#[test]
fn where_a_verb_was_done_stands_before_whom_it_was_done_with() {
    for text in [
        "Talks\n\nAnna Brisk met in Oslo with Teodor Hale on Monday.",
        "Talks\n\nAnna Brisk held talks in the Norwegian capital with Teodor Hale on Monday.",
    ] {
        let ev = events_of(text, "2025-06-02");
        let m = ev.first().unwrap_or_else(|| panic!("{text}: {ev:#?}"));
        assert_eq!(m.participants, ["Anna Brisk", "Teodor Hale"], "{text}: {m:?}");
    }
}

#[test]
fn talks_between_two_teams_are_between_their_states() {
    let ev = events_of(
        "Talks\n\nThe offer came after nine hours of talks in the Norwegian city between a \
         Latvian team led by Anna Brisk, the head of the president's office, and an Estonian \
         team led by foreign minister Teodor Hale.",
        "2025-06-02",
    );
    let t = ev.iter().find(|e| e.kind == "negotiation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(t.participants, ["Latvia", "Estonia"], "{t:?}");
    let ev = events_of(
        "Talks\n\nThe offer came after nine hours of talks in Oslo between Latvian and U.S. \
         officials.",
        "2025-06-02",
    );
    let t = ev.iter().find(|e| e.kind == "negotiation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(t.participants, ["Latvia", "U.S."], "{t:?}");
}

#[test]
fn a_days_meeting_the_article_told_no_other_way_is_between_its_ledes_people() {
    let ev = events_of(
        "Aid paused\n\nLatvia paused aid to Estonia on Monday, days after Anna Brisk and Teodor \
         Hale clashed in front of reporters.\n\nFriday's meeting at the presidential palace \
         ended abruptly.",
        "2025-03-04",
    );
    let m = ev.iter().find(|e| e.kind == "meeting").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(m.participants, ["Anna Brisk", "Teodor Hale"], "{m:?}");
    assert_eq!(m.date.as_deref(), Some("2025-02-28"), "{m:?}");
}

#[test]
fn a_suspension_of_a_states_aid_to_another_is_between_both() {
    let ev = events_of(
        "Aid\n\nThe suspension of Latvia's military aid to Estonia began on March 3.",
        "2025-03-12",
    );
    let s = ev.iter().find(|e| e.kind == "aid_suspension").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(s.participants, ["Latvia", "Estonia"], "{s:?}");
    assert_eq!(s.date.as_deref(), Some("2025-03-03"), "{s:?}");
    let ev =
        events_of("Aid\n\nThe suspension of U.S. aid to Estonia began in March.", "2025-03-12");
    let s = ev.iter().find(|e| e.kind == "aid_suspension").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(s.participants, ["U.S.", "Estonia"], "{s:?}");
}

#[test]
fn a_past_verb_after_and_is_an_act_done_not_what_was_hoped() {
    let ev = events_of(
        "Talks\n\nAnna Brisk said on Tuesday she hoped to speak with Teodor Hale this week and \
         invited Lena Marsh back to Riga.",
        "2025-03-12",
    );
    let inv = ev.iter().find(|e| e.kind == "invitation").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(inv.participants, ["Anna Brisk", "Lena Marsh"], "{inv:?}");
    assert!(ev.iter().all(|e| e.kind != "phone_call"), "{ev:#?}");
}
