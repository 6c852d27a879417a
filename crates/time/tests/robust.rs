//! Robustness of the time tagger (issue 8): random text never panics and never yields an
//! impossible date, offsets stay on character boundaries, and the work grows linearly with the
//! text, also on pathological input.

use std::time::Duration;

use dossier_document::clock::thread_cpu_time;

use dossier_document::Document;
use dossier_time::{infer_published, validate_published, Anchor, Precision, Tagger};
use jiff::civil::Date;
use proptest::prelude::*;

const WORDS: &[&str] = &[
    "day",
    "days",
    "week",
    "weeks",
    "weekend",
    "weekends",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    "quarter",
    "quarters",
    "hour",
    "hours",
    "fortnight",
    "ago",
    "later",
    "before",
    "after",
    "from now",
    "earlier",
    "hence",
    "back",
    "last",
    "next",
    "this",
    "the",
    "a",
    "an",
    "of",
    "on",
    "in",
    "by",
    "until",
    "since",
    "the day before",
    "the following day",
    "that year",
    "the other day",
    "today",
    "tomorrow",
    "yesterday",
    "tonight",
    "morning",
    "evening",
    "noon",
    "midnight",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Feb.",
    "Sept.",
    "Monday",
    "Friday",
    "Saturday",
    "Sunday",
    "Christmas",
    "Easter",
    "Thanksgiving",
    "spring",
    "winter",
    "first",
    "second",
    "third",
    "fourth",
    "21st",
    "29th",
    "31st",
    "half",
    "Q1",
    "Q4",
    "fiscal",
    "every",
    "daily",
    "twice",
    "times",
    "a.m.",
    "p.m.",
    "pm",
    "GMT",
    "early",
    "late",
    "the end of",
    "nearly",
    "more than",
    "about",
    "twenty",
    "five",
    "hundred",
    "thousand",
    "several",
    "said",
    "will",
    "happened",
    "met",
    "-",
    "/",
    ",",
    ".",
    "'",
    "'s",
    "’",
    "—",
    ":",
    "\n",
    "1990s",
    "'90s",
    "10:30",
    "24:00",
    "99:99",
    "7:15:99",
    "1/2",
    "1,000",
];

/// A token of random text: a time word, a number (small, year-like, day-like or huge), or
/// random unicode.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => proptest::sample::select(WORDS).prop_map(str::to_string),
        2 => (0u64..40).prop_map(|n| n.to_string()),
        2 => (0u64..3000).prop_map(|n| n.to_string()),
        1 => any::<u64>().prop_map(|n| n.to_string()),
        1 => "[0-9]{10,60}",
        1 => "[1-9][0-9]{0,2}(,[0-9]{3}){1,4}",
        1 => "[0-9]{1,4}(-|/)[0-9]{1,2}(-|/)[0-9]{1,2}",
        1 => any::<String>().prop_map(|s| s.chars().take(6).collect()),
    ]
}

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(token(), 0..40).prop_map(|v| v.join(" "))
}

/// Anchors across the whole calendar, with its edges and leap days over-represented.
fn anchor() -> impl Strategy<Value = Option<Anchor>> {
    let day = |y: i16, m: i8, d: i8| Anchor {
        date: Date::new(y, m, d).unwrap(),
        precision: Precision::Day,
    };
    prop_oneof![
        1 => Just(None),
        1 => proptest::sample::select(vec![
            day(1, 1, 1),
            day(1, 12, 31),
            day(9999, 12, 31),
            day(9999, 1, 1),
            day(2024, 2, 29),
            day(2000, 2, 29),
            day(1600, 2, 29),
            day(2025, 6, 14),
        ])
        .prop_map(Some),
        3 => (1i16..=9999, 1i8..=12, 1i8..=31, 0u8..3).prop_filter_map("a day", |(y, m, d, p)| {
            let date = Date::new(y, m, d).ok()?;
            let precision = [Precision::Day, Precision::Month, Precision::Year][p as usize];
            Some(Some(Anchor { date, precision }))
        }),
    ]
}

/// Every `YYYY-MM-DD` a value starts with is a day of the calendar.
fn full_dates_exist(v: &str) -> bool {
    let b = v.as_bytes();
    let is_day = b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
        && (b.len() == 10 || b[10] == b'T');
    if !is_day {
        return true;
    }
    let n = |r: std::ops::Range<usize>| v[r].parse::<i16>().unwrap();
    n(0..4) >= 1 && Date::new(n(0..4), n(5..7) as i8, n(8..10) as i8).is_ok()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, max_shrink_iters: 200, ..ProptestConfig::default() })]

    #[test]
    fn random_text_is_tagged_safely(text in text(), dct in anchor()) {
        for x in Tagger::english().tag(&text, dct) {
            prop_assert!(x.start < x.end && x.end <= text.len(), "{x:?}");
            prop_assert!(text.is_char_boundary(x.start) && text.is_char_boundary(x.end), "{x:?}");
            prop_assert!(full_dates_exist(&x.value), "{:?} -> {}", &text[x.start..x.end], x.value);
            // A year is written with four digits, never a sign or more digits.
            prop_assert!(!x.value.starts_with('-') && !x.value.starts_with('+'), "{}", x.value);
            if x.value.len() >= 5 && x.value.as_bytes()[..4].iter().all(u8::is_ascii_digit) {
                prop_assert!(!x.value.as_bytes()[4].is_ascii_digit(), "{}", x.value);
            }
        }
        if let Some(p) = infer_published(&text) {
            prop_assert!(validate_published(&p).as_deref() == Ok(p.as_str()), "{p}");
        }
    }

    #[test]
    fn relative_counts_from_any_anchor(
        n in prop_oneof![0u64..5000, any::<u64>()].prop_map(|n| n.to_string()),
        digits in "[0-9]{0,30}",
        unit in proptest::sample::select(&["days", "weeks", "weekends", "months", "years", "decades", "centuries", "quarters", "fortnights", "hours"][..]),
        dir in proptest::sample::select(&["ago", "later", "before", "after", "from now", "earlier"][..]),
        dct in anchor(),
    ) {
        let text = format!("It happened {n}{digits} {unit} {dir}.");
        for x in Tagger::english().tag(&text, dct) {
            prop_assert!(full_dates_exist(&x.value), "{text} -> {}", x.value);
        }
    }

    #[test]
    fn published_dates_never_panic_and_round_trip(s in prop_oneof![
        any::<String>(),
        "[0-9]{1,5}(-|/)?[0-9]{0,3}(-|/)?[0-9]{0,3}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:?[0-9]{2})?)?",
        "(Mon|Sat|Friday)?,? ?[0-9]{1,2} (Jan|February|Sept\\.|May) [0-9]{4}",
    ]) {
        if let Ok(v) = validate_published(&s) {
            // What is stored is accepted again as itself, and is a real date.
            let again = validate_published(&v);
            prop_assert_eq!(again.as_deref(), Ok(v.as_str()));
            prop_assert!(matches!(v.len(), 4 | 7 | 10), "{v}");
            prop_assert!(full_dates_exist(&v), "{v}");
            prop_assert!(Anchor::parse(&v).is_some(), "{v}");
        }
        // The pipeline stage never panics on it either.
        let mut doc = Document { text: "He spoke on February 29 and 8000000 days ago.".into(), ..Default::default() };
        doc.meta.published = Some(s.clone());
        dossier_time::annotate(&mut doc);
        if let Some(p) = &doc.meta.published {
            prop_assert!(validate_published(p).is_ok(), "{p}");
        }
    }
}

/// The best of three runs of the tagger (with document-date inference, as the pipeline runs).
fn best_time(text: &str) -> Duration {
    (0..3)
        .map(|_| {
            let t = thread_cpu_time();
            let mut doc = Document { text: text.to_string(), ..Default::default() };
            dossier_time::annotate(&mut doc);
            std::hint::black_box(&doc.timexes);
            thread_cpu_time() - t
        })
        .min()
        .unwrap()
}

/// Doubles the input until a run takes at least ~20 ms, then checks that doubling once more
/// takes at most ~2.5 times as long (quadratic work takes four times as long). A miss is measured
/// again at twice the size before the test fails: a busy machine, or the step where the text's
/// tokens stop fitting a cache, makes one doubling slow, quadratic work makes every one slow.
fn assert_linear(name: &str, unit: &str) {
    let mut reps = 1;
    let make = |reps: usize| unit.repeat(reps);
    while best_time(&make(reps)).as_millis() < 20 && unit.len() * reps < 4 << 20 {
        reps *= 2;
    }
    let mut misses = Vec::new();
    for _ in 0..3 {
        let small = best_time(&make(reps));
        let big = best_time(&make(reps * 2));
        let ratio = big.as_secs_f64() / small.as_secs_f64().max(1e-9);
        if ratio <= 2.5 {
            return;
        }
        misses.push((unit.len() * reps, ratio, small, big));
        reps *= 2;
    }
    panic!("{name}: (bytes, ratio, time, time doubled): {misses:?}");
}

#[test]
fn linear_in_the_length_of_pathological_text() {
    assert_linear("digits", "1234567890");
    assert_linear("years", "2001 ");
    assert_linear("one word", "day ");
    assert_linear("hundreds", "a hundred hundred ");
    assert_linear("dashes", "-");
    assert_linear("slashes", "/");
    assert_linear("short sentences", "It was 2020. ");
    assert_linear("numbers", "12 345 6789 2024 7 ");
    assert_linear("relative counts", "3 days ago 8000000 weeks later ");
    assert_linear(
        "weekdays and dates after the same words",
        "took place on Wednesday. took place on February 12. In 2024 ",
    );
    assert_linear("no sentence end", "he said the talks began on Nov. 3 and ");
}
