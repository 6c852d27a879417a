//! Publication dates given as metadata: which are dates, and the form to store.
//!
//! A date comes from a sidecar file, a JSONL record, a command-line flag or a page's markup, in
//! the forms such places use: `2025`, `2025-06`, `2025-06-14` (also `2025/06/14`, `2025-6-14`,
//! `20250614`), an ISO 8601 / RFC 3339 date and time (`2025-06-14T10:30:00Z`,
//! `2025-06-14 10:30:00+02:00`), or the date written out as in a feed or a byline
//! (`Sat, 14 Jun 2025 10:30:00 +0000`, `June 14, 2025`, `14 June 2025`, `June 2025`; month and
//! weekday names are the time resources' own). What is stored is the date to the precision
//! given: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a date and time is the day in the time zone it was
//! written in: the day the article's own "today" means).
//!
//! A value that is no date ("not a date") or a day the calendar does not have (`2025-02-31`,
//! `2025-13-45`, year 0) is an error saying why, so the caller can report it and fall back to
//! the date inferred from the text.

use jiff::civil::Date;

use crate::lexicon::Class;
use crate::resolve::YEARS;
use crate::token::{Kind, Tokens};
use crate::Tagger;

/// Why a publication date given as metadata was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvalidDate {
    /// It reads as a date, but the calendar has no such day, month or year.
    #[error("{input} is not a calendar date ({why})")]
    NotCalendar { input: String, why: String },
    /// It does not read as a date.
    #[error("{0:?} is not a date")]
    NotADate(String),
}

/// Checks a publication date given as metadata and returns the form to store (`YYYY`,
/// `YYYY-MM` or `YYYY-MM-DD`; see the module documentation for what is accepted).
///
/// ```
/// use dossier_time::validate_published;
/// assert_eq!(validate_published("2025-06-14T10:30:00Z").unwrap(), "2025-06-14");
/// assert_eq!(validate_published("June 2025").unwrap(), "2025-06");
/// assert_eq!(
///     validate_published("2025-02-31").unwrap_err().to_string(),
///     "2025-02-31 is not a calendar date (February 2025 has 28 days)"
/// );
/// assert_eq!(validate_published("not a date").unwrap_err().to_string(), "\"not a date\" is not a date");
/// ```
pub fn validate_published(s: &str) -> Result<String, InvalidDate> {
    let input = s.trim();
    let not_a_date = || InvalidDate::NotADate(input.to_string());
    // Metadata dates are short; a long value is something else (and is not scanned).
    if input.is_empty() || input.len() > 100 {
        return Err(not_a_date());
    }
    let parts = if input.as_bytes()[0].is_ascii_digit() {
        numeric(input).or_else(|| written(input))
    } else {
        written(input)
    }
    .ok_or_else(not_a_date)?;
    parts.check().map_err(|why| InvalidDate::NotCalendar { input: input.to_string(), why })
}

/// A date as read, before it is checked against the calendar.
#[derive(Debug, Default)]
struct Parts {
    year: u32,
    month: Option<u32>,
    day: Option<u32>,
    /// ISO weekday (1 = Monday) written with the date.
    weekday: Option<i8>,
    /// Hour, minute, second of a time written with the date.
    time: Option<(u32, u32, u32)>,
    /// Offset from UTC in minutes.
    offset: Option<i32>,
}

const MONTHS: [&str; 12] = [
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
];
const WEEKDAYS: [&str; 7] =
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

impl Parts {
    /// The normalised date, or why the calendar has no such date.
    fn check(&self) -> Result<String, String> {
        let y = self.year;
        if !YEARS.contains(&(y as i64)) {
            return Err(format!("there is no year {y}"));
        }
        let Some(m) = self.month else { return Ok(format!("{y:04}")) };
        if !(1..=12).contains(&m) {
            return Err(format!("there is no month {m}"));
        }
        let month_name = MONTHS[m as usize - 1];
        if let Some((h, mi, sec)) = self.time {
            if h > 24 || mi > 59 || sec > 60 || (h == 24 && (mi, sec) != (0, 0)) {
                return Err(format!("{h:02}:{mi:02}:{sec:02} is not a time of day"));
            }
        }
        if let Some(o) = self.offset {
            if o.abs() >= 24 * 60 {
                return Err("a time zone is less than 24 hours from UTC".into());
            }
        }
        let Some(d) = self.day else { return Ok(format!("{y:04}-{m:02}")) };
        let first = Date::new(y as i16, m as i8, 1).map_err(|e| e.to_string())?;
        let days = first.days_in_month() as u32;
        if !(1..=days).contains(&d) {
            return Err(format!("{month_name} {y} has {days} days"));
        }
        let date = Date::new(y as i16, m as i8, d as i8).map_err(|e| e.to_string())?;
        if let Some(w) = self.weekday {
            let actual = date.weekday().to_monday_one_offset();
            if actual != w {
                return Err(format!(
                    "{month_name} {d}, {y} is a {}, not a {}",
                    WEEKDAYS[actual as usize - 1],
                    WEEKDAYS[w as usize - 1]
                ));
            }
        }
        Ok(format!("{y:04}-{m:02}-{d:02}"))
    }
}

/// Reads up to `max` ASCII digits at the start of `s`: (value, digits read).
fn digits(s: &[u8], max: usize) -> (u32, usize) {
    let mut v = 0u32;
    let mut n = 0;
    while n < s.len() && n < max && s[n].is_ascii_digit() {
        v = v * 10 + (s[n] - b'0') as u32;
        n += 1;
    }
    (v, n)
}

/// The numeric forms: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (separator `-` or `/`, one or two digits
/// for month and day), `YYYYMMDD`, and a date with a time (`T` or a space between) and a zone.
/// `None` when the text is not of these shapes.
fn numeric(s: &str) -> Option<Parts> {
    let b = s.as_bytes();
    let mut p = Parts::default();
    let (y, n) = digits(b, 9);
    let mut i = n;
    if n == 8 {
        // YYYYMMDD
        p.year = y / 10000;
        p.month = Some(y / 100 % 100);
        p.day = Some(y % 100);
    } else if n == 4 {
        p.year = y;
        if i < b.len() && (b[i] == b'-' || b[i] == b'/') {
            let sep = b[i];
            let (m, k) = digits(&b[i + 1..], 2);
            if k == 0 {
                return None;
            }
            p.month = Some(m);
            i += 1 + k;
            if i < b.len() && b[i] == sep {
                let (d, k) = digits(&b[i + 1..], 2);
                if k == 0 {
                    return None;
                }
                p.day = Some(d);
                i += 1 + k;
            }
        }
    } else {
        return None;
    }
    if i == b.len() {
        return Some(p);
    }
    // A time needs a day, then `T` or a space.
    p.day?;
    if !matches!(b[i], b'T' | b't' | b' ') {
        return None;
    }
    i += 1;
    let (h, k) = digits(&b[i..], 2);
    if k != 2 || b.get(i + 2) != Some(&b':') {
        return None;
    }
    i += 3;
    let (mi, k) = digits(&b[i..], 2);
    if k != 2 {
        return None;
    }
    i += 2;
    let mut sec = 0;
    if b.get(i) == Some(&b':') {
        let (sv, k) = digits(&b[i + 1..], 2);
        if k != 2 {
            return None;
        }
        sec = sv;
        i += 3;
        if matches!(b.get(i), Some(b'.') | Some(b',')) {
            let (_, k) = digits(&b[i + 1..], 9);
            if k == 0 {
                return None;
            }
            i += 1 + k;
        }
    }
    p.time = Some((h, mi, sec));
    // The zone: Z, +HH:MM, +HHMM, +HH, or UTC / GMT (optionally after a space).
    let rest = s[i..].trim_start();
    let rb = rest.as_bytes();
    if rest.is_empty()
        || rest.eq_ignore_ascii_case("z")
        || rest.eq_ignore_ascii_case("utc")
        || rest.eq_ignore_ascii_case("gmt")
    {
        return Some(p);
    }
    if rb[0] != b'+' && rb[0] != b'-' {
        return None;
    }
    let (oh, k) = digits(&rb[1..], 2);
    if k != 2 {
        return None;
    }
    let mut j = 3;
    let mut om = 0;
    if j < rb.len() {
        if rb[j] == b':' {
            j += 1;
        }
        let (v, k) = digits(&rb[j..], 2);
        if k != 2 {
            return None;
        }
        om = v;
        j += 2;
    }
    if j != rb.len() {
        return None;
    }
    let off = (oh * 60 + om) as i32;
    p.offset = Some(if rb[0] == b'-' { -off } else { off });
    Some(p)
}

/// A date written with a month name, in any order the tokens allow: `June 14, 2025`,
/// `14 June 2025`, `Saturday, June 14th, 2025`, `Sat, 14 Jun 2025 10:30:00 +0000`, `June 2025`.
/// Every word must be a month or weekday name or belong to a time of day; a year is needed.
fn written(s: &str) -> Option<Parts> {
    let tagger = Tagger::english();
    let lex = &tagger.lex;
    let t = Tokens::new(s);
    let mut p = Parts::default();
    let (mut year, mut month, mut day) = (None, None, None);
    let mut clock = false;
    let mut i = 0;
    while i < t.len() {
        let w = t.s(i);
        let tok = t.toks[i];
        match tok.kind {
            Kind::Punct => {
                if !matches!(w, "," | "." | "-" | "/" | "+" | "(" | ")" | ":") {
                    return None;
                }
                i += 1;
            }
            Kind::Num if w.contains(':') => {
                // 10:30, 10:30:15
                let mut f = w.split(':');
                let h: u32 = f.next()?.parse().ok()?;
                let mi: u32 = f.next()?.parse().ok()?;
                let sec: u32 = match f.next() {
                    Some(x) => x.split('.').next()?.parse().ok()?,
                    None => 0,
                };
                if f.next().is_some() || p.time.is_some() {
                    return None;
                }
                p.time = Some((h, mi, sec));
                clock = true;
                i += 1;
            }
            Kind::Num => {
                let after_sign = i > 0 && matches!(t.s(i - 1), "+" | "-");
                if clock && after_sign && w.len() == 4 && p.offset.is_none() {
                    // a zone offset after the time: +0000
                    let v: i32 = w.parse().ok()?;
                    let off = v / 100 * 60 + v % 100;
                    p.offset = Some(if t.s(i - 1) == "-" { -off } else { off });
                } else if w.len() == 4 && year.is_none() {
                    year = Some(w.parse::<u32>().ok()?);
                } else if w.len() <= 2 && day.is_none() {
                    day = Some(w.parse::<u32>().ok()?);
                } else {
                    return None;
                }
                i += 1;
            }
            Kind::Word => {
                // 14th
                let num = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
                if !num.is_empty() {
                    if num.len() > 2
                        || !num.bytes().all(|b| b.is_ascii_digit())
                        || !matches!(&w[num.len()..], "st" | "nd" | "rd" | "th")
                        || day.is_some()
                    {
                        return None;
                    }
                    day = Some(num.parse::<u32>().ok()?);
                    i += 1;
                    continue;
                }
                let mut found = Vec::new();
                lex.lookup(&t, i, Class::Month, &mut found);
                if let Some(&(e, len)) = found.first() {
                    if month.is_some() {
                        return None;
                    }
                    month = Some(lex.entries[e].value.parse::<u32>().ok()?);
                    i += len;
                    continue;
                }
                // A weekday, or the first three letters or more of one ("Sat", "Thu").
                if let Some(wd) = weekday_of(lex, w) {
                    if p.weekday.is_some() {
                        return None;
                    }
                    p.weekday = Some(wd);
                    i += 1;
                    continue;
                }
                let zone = crate::pattern::TZ.contains(&w) || w == "z";
                if !(matches!(
                    w,
                    "am" | "pm" | "a.m." | "p.m." | "a.m" | "p.m" | "of" | "the" | "t"
                ) || zone)
                {
                    return None;
                }
                if matches!(w, "pm" | "p.m." | "p.m") {
                    if let Some((h, _, _)) = p.time.as_mut() {
                        if *h < 12 {
                            *h += 12;
                        }
                    }
                }
                i += 1;
            }
        }
    }
    p.year = year?;
    p.month = Some(month?);
    p.day = day;
    if p.weekday.is_some() && p.day.is_none() {
        return None;
    }
    Some(p)
}

/// The ISO weekday a word names: a weekday of the word list, or the first three letters or more
/// of one ("Sat", "Thu", as feeds write them).
fn weekday_of(lex: &crate::lexicon::Lexicon, w: &str) -> Option<i8> {
    if w.len() < 3 {
        return None;
    }
    lex.entries
        .iter()
        .filter(|e| e.class == Class::Weekday && e.words.len() == 1)
        .find(|e| e.words[0].starts_with(w))
        .and_then(|e| e.value.parse().ok())
}
