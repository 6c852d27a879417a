use super::*;

fn dct(s: &str) -> Option<Anchor> {
    Anchor::parse(s)
}

/// (text, type, value, modifier) of every expression found.
fn tag(text: &str, d: &str) -> Vec<(String, String, String, Option<String>)> {
    Tagger::english()
        .tag(text, dct(d))
        .into_iter()
        .map(|x| (text[x.start..x.end].to_string(), x.ty.as_str().to_string(), x.value, x.modifier))
        .collect()
}

fn one(text: &str, d: &str) -> (String, String, String, Option<String>) {
    let v = tag(text, d);
    assert_eq!(v.len(), 1, "{text}: {v:?}");
    v.into_iter().next().unwrap()
}

#[test]
fn durations() {
    let (t, ty, v, _) = one("They held a 50-minute phone call.", "2025-06-15");
    assert_eq!((t.as_str(), ty.as_str(), v.as_str()), ("50-minute", "DURATION", "PT50M"));
    let (t, _, v, m) = one("They spoke by phone for nearly an hour.", "2025-07-04");
    assert_eq!((t.as_str(), v.as_str()), ("nearly an hour", "PT1H"));
    assert!(matches!(m.as_deref(), Some("LESS_THAN") | Some("APPROX")));
    let (t, _, v, m) = one("The call lasted almost an hour and a half.", "2025-02-12");
    assert_eq!((t.as_str(), v.as_str()), ("almost an hour and a half", "PT1H30M"));
    assert!(matches!(m.as_deref(), Some("LESS_THAN") | Some("APPROX")));
    // A quarter after "and" is a quarter of the unit, not a quarter of the year.
    let (t, _, v, _) = one("The call lasted two hours and a quarter.", "2025-07-01");
    assert_eq!((t.as_str(), v.as_str()), ("two hours and a quarter", "PT2H15M"));
    assert_eq!(one("They spoke for two and a quarter hours.", "2025-07-01").2, "PT2H15M");
    assert_eq!(one("They spoke for a quarter of an hour.", "2025-07-01").2, "PT15M");
    assert_eq!(one("He was sentenced to 14 years.", "2025-02-12").2, "P14Y");
    assert_eq!(one("to end nearly three years of war", "2025-01-25").2, "P3Y");
    assert_eq!(one("It took several months.", "2025-01-25").2, "PXM");
    assert_eq!(one("a twenty-five-year career", "2025-01-25").2, "P25Y");
    // Half an hour is thirty minutes, not the hour after "half".
    let (t, _, v, m) = one("The call lasted a little over half an hour.", "2025-03-15");
    assert_eq!(
        (t.as_str(), v.as_str(), m.as_deref()),
        ("a little over half an hour", "PT30M", Some("MORE_THAN"))
    );
    // A quarter of an hour is fifteen minutes, not a quarter of a year and then an hour.
    let (t, _, v, _) = one("They talked for roughly a quarter of an hour.", "2025-04-27");
    assert_eq!((t.as_str(), v.as_str()), ("roughly a quarter of an hour", "PT15M"));
    assert_eq!(one("They met for three quarters of an hour.", "2025-04-27").2, "PT45M");
}

#[test]
fn anchoring_with_tense() {
    // 2025-06-15 is a Sunday.
    assert_eq!(one("They spoke on Saturday.", "2025-06-15").2, "2025-06-14");
    assert_eq!(one("They will speak on Saturday.", "2025-06-15").2, "2025-06-21");
    // 2025-02-12 is a Wednesday: a past "on Wednesday" is that day.
    assert_eq!(one("The call took place on Wednesday.", "2025-02-12").2, "2025-02-12");
    assert_eq!(one("He said on February 9 that it went well.", "2025-02-12").2, "2025-02-09");
    assert_eq!(one("It will be a present on February 14.", "2025-02-12").2, "2025-02-14");
    assert_eq!(one("The exchange took place last August.", "2025-02-12").2, "2024-08");
    assert_eq!(one("It happened last year.", "2025-02-12").2, "2024");
    assert_eq!(one("Prices rose in December.", "2025-02-12").2, "2024-12");
    // The visit an invitation asks for lies ahead, past a verb in the past ("to visit" is a
    // cue longer than "to").
    let ended = "The talks ended with Ines Roth inviting Omar Vale to visit Norvia in December.";
    assert_eq!(one(ended, "2025-09-01").2, "2025-12");
    // Further on, past another happening, the date is that one's, told in the past.
    let during = "Ines Roth invited Omar Vale to visit Norvia during a phone call on Thursday.";
    assert_eq!(one(during, "2025-06-06").2, "2025-06-05");
    assert_eq!(one("Revenue will grow in March.", "2025-02-12").2, "2025-03");
    // A plan told in the past tense gives no tense: the nearest day of that name.
    let plan = "The accord was first due to be signed on February 28, when talks broke down.";
    assert_eq!(one(plan, "2025-05-01").2, "2025-02-28");
    assert_eq!(one("The accord is due to be signed on February 28.", "2025-05-01").2, "2026-02-28");
    assert_eq!(one("They said the launch was planned for early March.", "2025-02-10").2, "2025-03");
    // 2025-06-18 is a Wednesday: the past perfect too ("had been planned").
    let had = "The meeting, which had been planned for Tuesday, did not take place.";
    assert_eq!(one(had, "2025-06-18").2, "2025-06-17");
    assert_eq!(one("The meeting has been planned for Tuesday.", "2025-06-18").2, "2025-06-24");
    assert_eq!(one("He spoke on Friday, January 24.", "2025-01-25").2, "2025-01-24");
    // A trailing attribution tells when the news was told, not the clause's tense.
    let v =
        tag("Ines Roth will meet the mayor, Ole Dahl, on Monday, her office said.", "2025-01-10");
    assert_eq!(v[0].2, "2025-01-13", "{v:?}");
    let v = tag("Roth met the mayor, Ole Dahl, on Monday, her office said.", "2025-01-10");
    assert_eq!(v[0].2, "2025-01-06", "{v:?}");
    // 2025-05-12 is a Monday. The verb inside the commas tells the tense, not "will" past them.
    let v = tag(
        "Under the deal, announced after talks over the weekend, prices will fall.",
        "2025-05-12",
    );
    assert_eq!(v[0].2, "2025-W19-WE", "{v:?}");
    let v = tag("Under the deal, to be signed over the weekend, prices will fall.", "2025-05-12");
    assert_eq!(v[0].2, "2025-W20-WE", "{v:?}");
    // On a Sunday the weekend gone is this one.
    assert_eq!(one("They met over the weekend.", "2025-05-11").2, "2025-W19-WE");
    // 2025-08-09 is a Saturday. "Upcoming" after the date describes a noun: the clause is past.
    let v = tag(
        "He said he had spoken with Ines Roth on Thursday to tell her about the upcoming talks.",
        "2025-08-09",
    );
    assert_eq!(v[0].2, "2025-08-07", "{v:?}");
    assert_eq!(one("The upcoming talks on Thursday will be short.", "2025-08-09").2, "2025-08-14");
}

#[test]
fn days_earlier_count_from_the_last_day_told() {
    let v =
        tag("Supplies stopped on Wednesday, January 8. The cut began a day earlier.", "2025-01-10");
    assert_eq!(v.last().unwrap().2, "2025-01-07", "{v:?}");
    // With no day told before, from the article's date; "ago" always from it.
    assert_eq!(one("The cut began two days earlier.", "2025-01-10").2, "2025-01-08");
    let v = tag("Supplies stopped on January 8. Talks began three days ago.", "2025-01-10");
    assert_eq!(v.last().unwrap().2, "2025-01-07", "{v:?}");
}

#[test]
fn a_second_of_time_and_a_second_one() {
    assert!(tag("The utility missed a second payment.", "2025-01-10").is_empty());
    assert!(tag("The region will hold a second vote.", "2025-01-10").is_empty());
    assert_eq!(one("He paused for a second before answering.", "2025-01-10").2, "PT1S");
    assert_eq!(one("It lasted a second.", "2025-01-10").2, "PT1S");
}

#[test]
fn points_and_modifiers() {
    let (_, _, v, m) = one("At the end of 2024, he set conditions.", "2025-01-25");
    assert_eq!((v.as_str(), m.as_deref()), ("2024", Some("END")));
    assert_eq!(one("Debt reached a record in Q1 2025.", "2025-07-04").2, "2025-Q1");
    assert_eq!(one("Results for the third quarter were weak.", "2025-10-20").2, "2025-Q3");
    assert_eq!(one("It was agreed on February 12, 2022.", "2025-02-12").2, "2022-02-12");
    assert_eq!(one("the first since July 2020", "2025-02-12").2, "2020-07");
    let (_, _, v, m) = one("Sales slowed in early December.", "2013-03-22");
    assert_eq!((v.as_str(), m.as_deref()), ("2012-12", Some("START")));
    assert_eq!(one("They met three years ago.", "2013-03-22").2, "2010");
    assert_eq!(one("Inflation eased this week.", "2013-03-22").2, "2013-W12");
    assert_eq!(one("He visits every week.", "2013-03-22").1, "SET");
    assert_eq!(one("in the 1990s", "2013-03-22").2, "199");
    let (_, ty, v, _) = one("We met on Saturday evening.", "2025-06-15");
    assert_eq!((ty.as_str(), v.as_str()), ("TIME", "2025-06-14TEV"));
}

#[test]
fn relative_to_the_last_date_in_the_text() {
    let v = tag(
        "On Friday, January 24, he spoke. The day before, his minister met them.",
        "2025-01-25",
    );
    assert_eq!(v[1].0, "The day before");
    assert_eq!(v[1].2, "2025-01-23");
    let v = tag("The talks took place on March 10. The other day, he said more.", "2025-03-20");
    assert_eq!(v[1].2, "2025-03");
}

#[test]
fn without_a_reference_time_unknown_parts_stay_unknown() {
    assert_eq!(one("They spoke on Saturday.", "").2, "XXXX-WXX-6");
    assert_eq!(one("Trump told reporters on July 3.", "").2, "XXXX-07-03");
}

#[test]
fn lowercase_may_is_not_a_month() {
    assert!(tag("He may visit the city.", "2025-01-01").is_empty());
    assert_eq!(one("He will visit in May.", "2025-01-01").2, "2025-05");
}

#[test]
fn document_date_inference() {
    // Weekday agreeing with a date, after the latest year named.
    let t = "On Friday, January 24, the minister spoke. At the end of 2024 he had set conditions.";
    assert_eq!(infer_published(t).as_deref(), Some("2025-01"));
    // The lead's date and weekday describe the same day.
    let t = "The call, which took place on February 12, was long. It took place on Wednesday, \
             the first since they met on February 12, 2022.";
    assert_eq!(infer_published(t).as_deref(), Some("2025-02"));
    // A date named in full, or a year, is only a lower bound.
    assert_eq!(
        infer_published("The accord was signed on March 3, 2024 in Geneva.").as_deref(),
        None
    );
    assert_eq!(infer_published("Prices have risen since 2010.").as_deref(), None);
    // The edition of an event reported from: that year, no finer.
    assert_eq!(
        infer_published("Speaking at the Economic Forum 2025, he said so.").as_deref(),
        Some("2025")
    );
    // A future year is no evidence of the date.
    assert_eq!(
        infer_published("Rates stay until 2026. The call was on Saturday.").as_deref(),
        None
    );
    // No year: nothing is invented.
    assert_eq!(infer_published("They spoke on Saturday, and again on July 3.").as_deref(), None);
}

#[test]
fn metadata_wins_over_inference() {
    let mut doc =
        Document { text: "At the Forum 2023 he spoke on Saturday.".into(), ..Default::default() };
    doc.meta.published = Some("2025-06-15".into());
    annotate(&mut doc);
    assert_eq!(doc.meta.published_source, DateSource::Metadata);
    assert_eq!(doc.meta.published.as_deref(), Some("2025-06-15"));
    assert!(doc.timexes.iter().any(|t| t.value.as_deref() == Some("2025-06-14")));
    let mut doc =
        Document { text: "At the Forum 2023 he spoke on Saturday.".into(), ..Default::default() };
    annotate(&mut doc);
    assert_eq!(doc.meta.published_source, DateSource::Inferred);
    assert_eq!(doc.meta.published.as_deref(), Some("2023"));
}

#[test]
fn longest_expression_wins() {
    assert_eq!(
        one("But in the past three months, stocks fell.", "1998-01-08").0,
        "the past three months"
    );
    assert_eq!(one("At the end of 2024 he spoke.", "2025-01-25").0, "the end of 2024");
    assert_eq!(one("In the last twenty four hours it fell.", "1998-01-08").2, "PT24H");
    assert_eq!(one("It was ruled from there for 2 1/2 years.", "1998-01-08").2, "P2Y6M");
}

#[test]
fn ages_are_not_durations() {
    assert!(tag("A 9-year-old boy was found.", "2000-01-01").is_empty());
}

#[test]
fn deadlines_look_ahead() {
    assert_eq!(one("He must be returned to his father by Jan. 14.", "2000-01-05").2, "2000-01-14");
}

#[test]
fn holidays() {
    assert_eq!(one("He was found on Thanksgiving Day.", "2000-01-07").2, "1999-11-25");
    assert_eq!(one("They will meet at Easter.", "2013-03-22").2, "2013-03-31");
    assert_eq!(one("It closed last Christmas.", "2013-03-22").2, "2012-12-25");
}

#[test]
fn a_bare_day_shortly_ahead_is_this_years() {
    // Past tense, but a yearless day a few weeks ahead is a deadline, not last year's day.
    assert_eq!(one("He gave no reason for the Jan. 14 deadline.", "2000-01-05").2, "2000-01-14");
    // Far ahead: last year's.
    assert_eq!(one("He said the talks began on Nov. 3.", "2000-01-05").2, "1999-11-03");
}

#[test]
fn that_year_follows_the_text() {
    let v = tag("Imports fell in 1988. Watch imports that year reached $2 billion.", "1989-11-02");
    assert_eq!(v[1].0, "that year");
    assert_eq!(v[1].2, "1988");
}

#[test]
fn a_deadline_told_in_the_past_is_this_years() {
    assert_eq!(one("It purchased 481,000 shares through Sept. 29.", "1989-10-30").2, "1989-09-29");
    assert_eq!(one("It extended the program to run through June.", "2013-03-18").2, "2013-06");
}

/// Every value of `text` anchored to `d`.
fn values(text: &str, d: &str) -> Vec<String> {
    tag(text, d).into_iter().map(|x| x.2).collect()
}

#[test]
fn huge_counts_are_unknown_not_a_panic_or_the_anchor() {
    // Far beyond the calendar: jiff's span limit (a panic before) and just under it (the anchor
    // date came back unchanged before).
    for n in ["8000000", "3000000", "99999999999999999999999", &"9".repeat(400)] {
        for (unit, unknown) in [
            ("days", "XXXX-XX-XX"),
            ("weeks", "XXXX-WXX"),
            ("weekends", "XXXX-WXX"),
            ("months", "XXXX-XX"),
            ("years", "XXXX"),
            ("decades", "XXXX"),
            ("centuries", "XXXX"),
            ("quarters", "XXXX-QX"),
        ] {
            for dir in ["ago", "later", "before", "after", "from now"] {
                let text = format!("It happened {n} {unit} {dir}.");
                let v = values(&text, "2025-06-14");
                // "before"/"after" make no point of their own ("3 days before the vote" is a
                // duration); the others do, and it is unknown.
                if matches!(dir, "before" | "after") {
                    assert!(v.iter().all(|x| x.starts_with('P')), "{text}: {v:?}");
                } else {
                    assert_eq!(v, [unknown], "{text}");
                }
            }
        }
    }
    // Within the calendar the arithmetic still works.
    assert_eq!(one("It happened 1000 days ago.", "2025-06-14").2, "2022-09-18");
    assert_eq!(one("It happened 2000 years ago.", "2025-06-14").2, "0025");
    // A duration of a huge count is a duration of an unknown count (its digits are not kept
    // exactly by a float).
    assert_eq!(one("It lasted 99999999999999999999999 years.", "2025-06-14").2, "PXY");
    assert_eq!(one("It lasted 8000000 days.", "2025-06-14").2, "P8000000D");
}

#[test]
fn the_edges_of_the_calendar_are_unknown() {
    assert_eq!(one("It will happen next year.", "9999-12-31").2, "XXXX");
    assert_eq!(one("It happened last year.", "0001-06-01").2, "XXXX");
    assert_eq!(one("It will happen tomorrow.", "9999-12-31").2, "XXXX-XX-XX");
    assert_eq!(one("It happened yesterday.", "0001-01-01").2, "XXXX-XX-XX");
    assert_eq!(one("It happened 3 days ago.", "0001-01-02").2, "XXXX-XX-XX");
    assert_eq!(one("It will happen next month.", "9999-12-31").2, "XXXX-XX");
    assert_eq!(one("It will happen next week.", "9999-12-31").2, "XXXX-WXX");
    // Year 0 and years BC are no anchor.
    assert_eq!(Anchor::parse("0000-06-01"), None);
    assert_eq!(one("It happened yesterday.", "0000-06-01").2, "XXXX-XX-XX");
}

#[test]
fn impossible_days_are_not_dates() {
    // February 29 exists only in leap years; a past-tense one is the last that was.
    assert_eq!(one("They met on February 29.", "2025-06-14").2, "2024-02-29");
    let v = values("The deadline is February 29.", "2025-01-10");
    assert!(!v.contains(&"2025-02-29".to_string()), "{v:?}");
    assert_eq!(one("They met on February 29, 2025.", "2025-06-14").2, "2025-02");
    assert_eq!(one("They met on February 29, 2024.", "2025-06-14").2, "2024-02-29");
    assert_eq!(one("They met on 30 February.", "2025-06-14").2, "2025-02");
    assert_eq!(one("They met on April 31.", "2025-06-14").2, "2025-04");
    assert_eq!(one("They met on April 31.", "").2, "XXXX-04");
    assert_eq!(one("They met on the 31st of June, 2020.", "2025-06-14").2, "2020-06");
}

#[test]
fn published_dates_accepted_and_normalised() {
    for (given, stored) in [
        ("2025", "2025"),
        ("2025-06", "2025-06"),
        ("2025-06-14", "2025-06-14"),
        (" 2025-06-14 ", "2025-06-14"),
        ("2025-6-4", "2025-06-04"),
        ("2025/06/14", "2025-06-14"),
        ("20250614", "2025-06-14"),
        ("2024-02-29", "2024-02-29"),
        ("2025-06-14T10:30:00Z", "2025-06-14"),
        ("2025-06-14T23:30:00-05:00", "2025-06-14"),
        ("2025-06-14T10:30:00.123+0200", "2025-06-14"),
        ("2025-06-14 10:30", "2025-06-14"),
        ("2025-06-14T10:30:00 UTC", "2025-06-14"),
        ("1998-02-06T22:19:00", "1998-02-06"),
        ("June 14, 2025", "2025-06-14"),
        ("14 June 2025", "2025-06-14"),
        ("Jun. 14th, 2025", "2025-06-14"),
        ("Saturday, June 14, 2025", "2025-06-14"),
        ("Sat, 14 Jun 2025 10:30:00 +0000", "2025-06-14"),
        ("June 14, 2025 10:30 pm EST", "2025-06-14"),
        ("June 2025", "2025-06"),
        ("0001-01-01", "0001-01-01"),
        ("9999-12-31", "9999-12-31"),
    ] {
        assert_eq!(validate_published(given).as_deref(), Ok(stored), "{given}");
    }
}

#[test]
fn published_dates_rejected_with_a_reason() {
    let why = |s: &str| validate_published(s).unwrap_err().to_string();
    assert_eq!(why("2025-02-31"), "2025-02-31 is not a calendar date (February 2025 has 28 days)");
    assert_eq!(why("not a date"), "\"not a date\" is not a date");
    assert!(why("2024-02-30").contains("February 2024 has 29 days"));
    assert!(why("2025-13-45").contains("there is no month 13"));
    assert!(why("0000").contains("there is no year 0"));
    assert!(why("0000-01-01").contains("is not a calendar date"));
    assert!(why("2025-06-14T25:00:00Z").contains("not a time of day"));
    assert!(why("2025-06-14T10:00:00+25:00").contains("time zone"));
    assert!(why("Friday, June 14, 2025").contains("is a Saturday"));
    assert!(why("February 30, 2025").contains("is not a calendar date"));
    for bad in [
        "",
        "   ",
        "n/a",
        "yesterday",
        "25-06-14",
        "-2025-01-01",
        "+2025",
        "2025-",
        "2025-06-14T",
        "2025-06-14 garbage",
        "12345",
        "99999999999999999999999",
        "June",
        "2025年6月14日",
    ] {
        assert!(matches!(validate_published(bad), Err(InvalidDate::NotADate(_))), "{bad:?}");
    }
}

#[test]
fn an_invalid_published_date_is_treated_as_absent() {
    for bad in ["2025-02-31", "not a date", "0000-00-00", "2025-13-45"] {
        let mut doc = Document {
            text: "At the Forum 2023 he spoke on Saturday.".into(),
            ..Default::default()
        };
        doc.meta.published = Some(bad.into());
        doc.meta.published_source = DateSource::Metadata;
        annotate(&mut doc);
        assert_eq!(doc.meta.published.as_deref(), Some("2023"), "{bad}");
        assert_eq!(doc.meta.published_source, DateSource::Inferred);
        let mut doc = Document { text: "He spoke on Saturday.".into(), ..Default::default() };
        doc.meta.published = Some(bad.into());
        annotate(&mut doc);
        assert_eq!(doc.meta.published, None);
        assert_eq!(doc.meta.published_source, DateSource::None);
        assert_eq!(doc.timexes[0].value.as_deref(), Some("XXXX-WXX-6"));
    }
    // A valid one in another form is stored normalised.
    let mut doc = Document { text: "He spoke on Saturday.".into(), ..Default::default() };
    doc.meta.published = Some("2025-06-15T09:00:00+02:00".into());
    annotate(&mut doc);
    assert_eq!(doc.meta.published.as_deref(), Some("2025-06-15"));
    assert_eq!(doc.meta.published_source, DateSource::Metadata);
    assert_eq!(doc.timexes[0].value.as_deref(), Some("2025-06-14"));
}

#[test]
fn the_quick_element_check_matches_its_reference() {
    let tagger = Tagger::english();
    let text = "In Q3 of '90s and the 1990s, at 7:15 p.m. GMT on Monday, March 3, 2025, \
                twenty-five days ago, q1 Q4 qx ’ ' 50-minute call, 1,000 people, the day before \
                Easter, last week, next month, every Tuesday, a.m. EST 12 Jan. 14th of may";
    let t = Tokens::new(text);
    let m = Matcher::new(&tagger.lex, &tagger.rules, &t);
    let mut checked = 0;
    for r in &tagger.rules {
        for e in &r.elems {
            for j in 0..t.len() + 2 {
                let want = pattern::quick_reference(e, &t, &m.masks, &m.ids, j);
                assert_eq!(pattern::quick(e, &m.quick_masks, &m.ids, j), want, "{e:?} at {j}");
                checked += want as usize;
            }
        }
    }
    assert!(checked > 100, "{checked}");
}

#[test]
fn a_byline_or_dateline_line_dates_the_article() {
    for (text, date) in [
        ("By Maria Lindqvist | Helsinki Times | 14 March 2025\n\nHELSINKI — Talks began on Thursday.", "2025-03-14"),
        ("Anadolu Wire, March 13, 2025\n\nThe minister spoke on Thursday.", "2025-03-13"),
        ("Nordic Ledger — 15 March 2025\n\nThey spoke by phone on Thursday.", "2025-03-15"),
        ("Published on March 20, 2025, 10:32 am GMT\n\nThe visit follows a call.", "2025-03-20"),
    ] {
        assert_eq!(infer_published(text).as_deref(), Some(date), "{text}");
    }
    // A sentence that names a date is no byline; nor is a date far below the top.
    assert_eq!(infer_published("On 14 March 2025 the talks began in Geneva\n").as_deref(), None);
    let late = format!("{}\nReuters, 14 March 2025\n", "A line of the story.\n".repeat(6));
    assert_eq!(infer_published(&late).as_deref(), None);
}

#[test]
fn a_clock_time_on_a_named_day_is_on_that_day() {
    let v =
        tag("The general called at 3:35 pm on Saturday. The truce began at 5 pm.", "2025-05-11");
    let values: Vec<&str> = v.iter().map(|x| x.2.as_str()).collect();
    assert_eq!(values, ["2025-05-10T15:35", "2025-05-10", "2025-05-10T17:00"]);
    // Without "on", a later day is another sentence's.
    let v = tag("He called at 3:35 pm. Saturday was calm.", "2025-05-11");
    assert_eq!(v[0].2, "2025-05-11T15:35");
}

#[test]
fn a_set_word_in_a_name_is_no_set() {
    // An outlet in a dateline, a newspaper in a sentence: names, not "every day".
    assert!(tag("WASHINGTON (Meridian Daily) - Trump spoke.", "2025-07-05").is_empty());
    assert!(tag("She told the Daily Mail that she would stay.", "2025-07-05").is_empty());
    assert!(tag("The Weekly Standard closed.", "2025-07-05").is_empty());
    // Still a SET where it is one.
    assert_eq!(tag("Daily flights resume.", "2025-07-05")[0].1, "SET");
    assert_eq!(one("The paper is published weekly.", "2025-07-05").2, "P1W");
}

#[test]
fn would_tells_of_days_ahead_but_not_of_a_days_happening() {
    // Published on a Sunday: "would be released on Monday" is the Monday ahead.
    let v = one("A joint statement would be released on Monday, he said.", "2025-05-11");
    assert_eq!(v.2, "2025-05-12");
    // "Wednesday's ruling" is the ruling of the nearest Wednesday, whatever "would" says.
    let v = one("They said they would look for ways around Wednesday's ruling.", "2025-05-15");
    assert_eq!(v.2, "2025-05-14");
    let v = one("Officials will study Wednesday's ruling.", "2025-05-15");
    assert_eq!(v.2, "2025-05-14");
}

#[test]
fn would_looks_ahead_of_the_day_of_the_saying() {
    // Told on a Wednesday: Tuesday is the day after the Monday of the saying.
    let v = tag("Volkov said on Monday that he would travel to Paris on Tuesday.", "2025-05-14");
    assert_eq!(v[1].2, "2025-05-13", "{v:?}");
    let v = tag("Volkov said on Monday that he would travel to Paris on Friday.", "2025-05-14");
    assert_eq!(v[1].2, "2025-05-16", "{v:?}");
    // With no day of saying, ahead of the telling.
    assert_eq!(
        one("Volkov said he would travel to Paris on Friday.", "2025-05-14").2,
        "2025-05-16"
    );
}
