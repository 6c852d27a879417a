//! The publication date a reader can work out from an article's own text.
//!
//! The text rarely states its date, but news writing leaves traces. Dates and years it names
//! are lower bounds (the article is no older than the latest past one), not the date itself:
//! "since 2010" says nothing about whether the article is from 2011 or 2013. Two traces do fix
//! a date:
//! - a weekday given for a yearless date: together ("on Friday, January 24"), or after the same
//!   words for the same event ("took place on February 12" ... "took place on Wednesday"). The
//!   year is the first one, from the latest year named onward, on which that date falls on that
//!   weekday; the answer is that month (the article appeared on or after the event, usually
//!   within days, but its own day is not stated);
//! - the edition of an event the article reports from ("at SPIEF 2025"), when no later year is
//!   named: that year.
//!
//! Otherwise there is no answer: a year is never invented, and a lower bound is not a date.
//! Checked on TimeBank/AQUAINT (256 documents): the rules answer rarely and, when they do, agree
//! with the document creation time (`cargo run --release -p dossier-time --example docdate`).

use std::collections::{HashMap, HashSet};

use jiff::civil::Date;

use crate::lexicon::Class;
use crate::pattern::TimexType;
use crate::resolve::Tense;
use crate::token::Tokens;
use crate::Tagger;

/// How many years after the latest year named a weekday-agreeing date may fall. A given day of
/// the year returns to the same weekday within 6 to 11 years, so a short window keeps the
/// answer unique in practice.
const WEEKDAY_WINDOW: i32 = 6;

/// Infers the publication date from the text (`2025`, `2025-01`, or `None`).
pub fn infer_published(text: &str) -> Option<String> {
    let tagger = Tagger::english();
    let found = tagger.scan(text, None);
    if let Some(date) = byline_date(text, &found) {
        return Some(date);
    }
    let toks = Tokens::new(text);
    // Years named as past or present points (not "until 2030", not in a future clause).
    let mut max_year: Option<i32> = None;
    let mut lower: Option<Date> = None;
    // The latest year named as the edition of an event ("SPIEF 2025", "Euro 2024").
    let mut edition: Option<i32> = None;
    for f in &found {
        if f.timex.ty == TimexType::Duration || f.timex.ty == TimexType::Set {
            continue;
        }
        let Some(y) = f.frame.year else { continue };
        if f.tense == Tense::Future || introduces_future(tagger, &toks, f.first_tok) {
            continue;
        }
        max_year = Some(max_year.map_or(y, |m| m.max(y)));
        if is_edition(tagger, &toks, f) {
            edition = Some(edition.map_or(y, |m| m.max(y)));
        }
        let (m, d) = (f.frame.month.unwrap_or(1), f.frame.day.unwrap_or(1));
        if let Some(d) = i16::try_from(y).ok().and_then(|y| Date::new(y, m, d).ok()) {
            lower = Some(lower.map_or(d, |l| l.max(d)));
        }
    }
    let max_year = max_year?;
    // Weekday and yearless date that describe the same day: given together ("Friday, January
    // 24"), or after the same words ("took place on February 12" ... "took place on Wednesday":
    // the same predicate, the same event).
    let mut pairs: Vec<(i8, i8, i8)> = Vec::new();
    for f in &found {
        let fr = &f.frame;
        if let (Some(w), Some(m), Some(d), None) = (fr.weekday, fr.month, fr.day, fr.year) {
            pairs.push((w, m, d));
        }
    }
    let before = |f: &crate::Found| -> Option<(&str, &str)> {
        let i = f.first_tok;
        (i >= 2 && !toks.toks[i].nl_before && !toks.toks[i - 1].nl_before)
            .then(|| (toks.s(i - 2), toks.s(i - 1)))
    };
    // Yearless dates by the two words before them, each (month, day) once, in text order: every
    // weekday is paired with the dates after the same words through this index, not by
    // comparing every weekday with every date (quadratic in a long text).
    let mut dates_after: HashMap<(&str, &str), Vec<(i8, i8)>> = HashMap::new();
    for md in &found {
        let fr = &md.frame;
        if let (None, Some(m), Some(d), None) = (fr.weekday, fr.month, fr.day, fr.year) {
            if let Some(key) = before(md) {
                let v = dates_after.entry(key).or_default();
                if !v.contains(&(m, d)) && v.len() < 400 {
                    v.push((m, d));
                }
            }
        }
    }
    // A weekday after the same words as one seen before gives the same pairs again.
    let mut seen: HashSet<((&str, &str), i8)> = HashSet::new();
    for w in found.iter().filter(|f| {
        let fr = &f.frame;
        fr.weekday.is_some() && fr.month.is_none() && fr.rel.is_none() && fr.year.is_none()
    }) {
        let Some(key) = before(w) else { continue };
        let wd = w.frame.weekday.unwrap_or(0);
        if !seen.insert((key, wd)) {
            continue;
        }
        for &(m, d) in dates_after.get(&key).into_iter().flatten() {
            pairs.push((wd, m, d));
        }
    }
    // Each distinct pair is tried once, in order.
    let mut tried = HashSet::new();
    for (w, m, d) in pairs {
        if !tried.insert((w, m, d)) {
            continue;
        }
        for y in max_year..=max_year.saturating_add(WEEKDAY_WINDOW) {
            let Some(date) = i16::try_from(y).ok().and_then(|y| Date::new(y, m, d).ok()) else {
                continue;
            };
            if date.weekday().to_monday_one_offset() == w && lower.is_none_or(|l| date >= l) {
                return Some(format!("{:04}-{:02}", y, m));
            }
        }
    }
    // A year alone is only a lower bound ("since 2010"), except the edition of an event the
    // article reports from ("at SPIEF 2025"), when no later year is named.
    edition.filter(|&e| e == max_year).map(|e| format!("{e:04}"))
}

/// Lines from the top of an article that may be its byline or dateline.
const BYLINE_LINES: usize = 4;
/// ... within this many bytes of its start.
const BYLINE_BYTES: usize = 600;
/// Words besides the date a byline line may hold.
const BYLINE_WORDS: usize = 14;

/// The date of a byline or dateline near the top of the article ("By Maria Lindqvist | Helsinki
/// Times | 14 March 2025", "Anadolu Wire, March 13, 2025", "Published 20.03.2025 10:32 GMT"),
/// as `YYYY-MM-DD`: a short line that holds a full date and besides it only names (capitalised
/// words), separators, a time of day and the words of `resources/en/time/byline.txt`. A sentence
/// that names a date ("On 14 March 2025 the talks began.") is no byline: it has lower-case words
/// of its own.
fn byline_date(text: &str, found: &[crate::Found]) -> Option<String> {
    static WORDS: std::sync::OnceLock<HashSet<&'static str>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        include_str!("../../../resources/en/time/byline.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    });
    let (mut start, mut lines) = (0, 0);
    for line in text.split_inclusive('\n') {
        let (ls, le) = (start, start + line.len());
        start = le;
        let body = line.trim();
        if body.is_empty() {
            continue;
        }
        lines += 1;
        if lines > BYLINE_LINES || ls >= BYLINE_BYTES {
            break;
        }
        if body.ends_with('.') {
            continue;
        }
        // Full dates inside this line; times of day and other expressions in it are removed too.
        let inside: Vec<&crate::Found> =
            found.iter().filter(|f| f.timex.start >= ls && f.timex.end <= le).collect();
        let Some(date) = inside.iter().find_map(|f| {
            let fr = &f.frame;
            let (y, m, d) = (fr.year?, fr.month?, fr.day?);
            let ok = matches!(f.timex.ty, TimexType::Date | TimexType::Time)
                && fr.rel.is_none()
                && i16::try_from(y).ok().and_then(|y| Date::new(y, m, d).ok()).is_some();
            ok.then(|| format!("{y:04}-{m:02}-{d:02}"))
        }) else {
            continue;
        };
        let mut rest = line.to_string();
        for f in &inside {
            rest.replace_range(
                f.timex.start - ls..f.timex.end - ls,
                &" ".repeat(f.timex.end - f.timex.start),
            );
        }
        let others: Vec<&str> = rest
            .split(|c: char| c.is_whitespace() || "|,;—–-·/()[]•:".contains(c))
            .filter(|w| !w.is_empty())
            .collect();
        let byline = others.len() <= BYLINE_WORDS
            && others.iter().all(|w| {
                w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                    || words.contains(w.to_lowercase().as_str())
                    || w.starts_with('@')
            });
        if byline {
            return Some(date);
        }
    }
    None
}

/// Is this a bare year written after the name of an event ("SPIEF 2025", "(SPIEF) 2025")? Not
/// after a preposition ("In 2025"), a month ("July 2025") or at the start of a sentence.
fn is_edition(tagger: &Tagger, t: &Tokens, f: &crate::Found) -> bool {
    let fr = &f.frame;
    if fr.month.is_some() || fr.day.is_some() || fr.pointmod.is_some() || fr.rel.is_some() {
        return false;
    }
    let i = f.first_tok;
    if i == 0 || t.toks[i].nl_before {
        return false;
    }
    let prev = t.s(i - 1);
    if prev == ")" {
        return true;
    }
    let p = &t.toks[i - 1];
    if !p.cap || p.nl_before || (i >= 2 && matches!(t.s(i - 2), "." | "!" | "?")) {
        return false;
    }
    !tagger
        .lex
        .by_first
        .get(prev)
        .is_some_and(|v| v.iter().any(|&k| tagger.lex.entries[k].class == Class::Prep))
}

/// True when the word before token `i` points forward ("until 2030", "by 2030").
fn introduces_future(tagger: &Tagger, t: &Tokens, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let prev = t.s(i - 1);
    tagger.forward(t, i - 1)
        || tagger.lex.by_first.get(prev).is_some_and(|v| {
            v.iter().any(|&k| {
                tagger.lex.entries[k].class == Class::Tense
                    && matches!(tagger.lex.entries[k].value.as_str(), "future" | "future_attr")
            })
        })
}
