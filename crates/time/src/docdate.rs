//! The publication date a reader can work out from an article's own text.
//!
//! The text rarely states its date, but news writing leaves traces: years it names (the article
//! is no older than the latest past one it mentions), and weekdays given for dates
//! ("on Friday, January 24"; or the lead's "on February 12" and "on Wednesday" for the same
//! event). A date without a year fixes the year only together with a weekday, and only among
//! the years from the latest one the text names onward. The answer has the precision the
//! evidence supports and no finer: a year alone gives `2025`; a weekday-agreeing event date, or a
//! date named in full in the latest year named, gives its month (the article appeared on or after the event, usually within days, but the day of
//! publication itself is not stated). Without any year in the text there is no answer: a year
//! is never invented.

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
    let toks = Tokens::new(text);
    // Years named as past or present points (not "until 2030", not in a future clause).
    let mut max_year: Option<i32> = None;
    let mut lower: Option<Date> = None;
    // The latest date named in full (year, month and day).
    let mut latest_full: Option<Date> = None;
    for f in &found {
        if f.timex.ty == TimexType::Duration || f.timex.ty == TimexType::Set {
            continue;
        }
        let Some(y) = f.frame.year else { continue };
        if f.tense == Tense::Future || introduces_future(tagger, &toks, f.first_tok) {
            continue;
        }
        max_year = Some(max_year.map_or(y, |m| m.max(y)));
        if let Ok(d) = Date::new(y as i16, f.frame.month.unwrap_or(1), f.frame.day.unwrap_or(1)) {
            lower = Some(lower.map_or(d, |l| l.max(d)));
            if f.frame.month.is_some() && f.frame.day.is_some() {
                latest_full = Some(latest_full.map_or(d, |l| l.max(d)));
            }
        }
    }
    let max_year = max_year?;
    // Weekday and yearless date that describe the same day: given together, or else the first
    // of each in the text (a news lead names its event's day both ways).
    let mut pairs: Vec<(i8, i8, i8)> = Vec::new();
    for f in &found {
        let fr = &f.frame;
        if let (Some(w), Some(m), Some(d), None) = (fr.weekday, fr.month, fr.day, fr.year) {
            pairs.push((w, m, d));
        }
    }
    let first_wd = found.iter().find_map(|f| {
        let fr = &f.frame;
        (fr.month.is_none() && fr.rel.is_none() && fr.year.is_none()).then_some(fr.weekday).flatten()
    });
    let first_md = found.iter().find_map(|f| {
        let fr = &f.frame;
        match (fr.weekday, fr.month, fr.day, fr.year) {
            (None, Some(m), Some(d), None) => Some((m, d)),
            _ => None,
        }
    });
    if let (Some(w), Some((m, d))) = (first_wd, first_md) {
        pairs.push((w, m, d));
    }
    for (w, m, d) in pairs {
        for y in max_year..=max_year + WEEKDAY_WINDOW {
            let Ok(date) = Date::new(y as i16, m, d) else { continue };
            if date.weekday().to_monday_one_offset() == w && lower.is_none_or(|l| date >= l) {
                return Some(format!("{:04}-{:02}", y, m));
            }
        }
    }
    // A day named in full in the latest year named: the article reports it, so it appeared
    // then or after; the month is as far as that goes.
    if let Some(d) = latest_full.filter(|d| d.year() as i32 == max_year) {
        return Some(format!("{:04}-{:02}", d.year(), d.month()));
    }
    Some(format!("{max_year:04}"))
}

/// True when the word before token `i` points forward ("until 2030", "by 2030").
fn introduces_future(tagger: &Tagger, t: &Tokens, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let prev = t.s(i - 1);
    tagger.forward(t, i - 1)
        || tagger.lex.by_first.get(prev).is_some_and(|v| {
            v.iter().any(|&k| tagger.lex.entries[k].class == Class::Tense && tagger.lex.entries[k].value == "future")
        })
}
