//! From what a pattern captured to a TIMEX3 value.
//!
//! Captures are first collected into a [`Frame`] (month, day, number, unit, "last", "ago"...),
//! so the same arithmetic serves every pattern that yields those pieces. Relative expressions are
//! anchored to the reference time (the document creation time) and, for "the day before" and
//! its kin, to the last date the text itself set. Where the anchor is missing or too coarse the
//! unknown digits are written as `X`, never guessed.

use jiff::civil::Date;

use crate::lexicon::{Class, Lexicon};
use crate::pattern::{Cap, TimexType};

/// How much of a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A reference time: a date known to some precision (the unknown parts of `date` are 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchor {
    pub date: Date,
    pub precision: Precision,
}

impl Anchor {
    /// Parses a date in any form [`crate::validate_published`] accepts (`2025`, `2025-06`,
    /// `2025-06-14`, `2025-06-14T10:30:00Z`...); `None` for anything else, such as a day the
    /// calendar does not have.
    pub fn parse(s: &str) -> Option<Anchor> {
        let v = crate::validate_published(s).ok()?;
        let y: i16 = v.get(0..4)?.parse().ok()?;
        let m: Option<i8> = v.get(5..7).and_then(|x| x.parse().ok());
        let d: Option<i8> = v.get(8..10).and_then(|x| x.parse().ok());
        let (date, precision) = match (m, d) {
            (Some(m), Some(d)) => (Date::new(y, m, d).ok()?, Precision::Day),
            (Some(m), None) => (Date::new(y, m, 1).ok()?, Precision::Month),
            _ => (Date::new(y, 1, 1).ok()?, Precision::Year),
        };
        in_range(date).map(|date| Anchor { date, precision })
    }

    pub fn format(&self) -> String {
        let d = self.date;
        match self.precision {
            Precision::Year => format!("{:04}", d.year()),
            Precision::Month => format!("{:04}-{:02}", d.year(), d.month()),
            Precision::Day => fmt_day(d),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    Unknown,
    /// A deadline told in the past tense ("bought shares through Sept. 29"): in the current
    /// period, up to the reference time.
    PastDeadline,
}

#[derive(Debug, Default, Clone)]
pub(crate) struct Frame {
    pub year: Option<i32>,
    pub month: Option<i8>,
    pub day: Option<i8>,
    pub weekday: Option<i8>,
    pub num: Option<Option<f64>>,
    pub num2: Option<Option<f64>>,
    pub unit: Option<(String, bool)>,
    pub unit2: Option<String>,
    pub ordinal: Option<i32>,
    pub modifier: Option<String>,
    pub pointmod: Option<String>,
    pub rel: Option<i32>,
    pub dir: Option<i32>,
    /// The direction word counts from the last date told, not from now ("a day earlier").
    pub anaphoric: bool,
    pub deictic: Option<(i32, Option<String>)>,
    pub refv: Option<String>,
    pub pod: Option<String>,
    pub season: Option<String>,
    pub set_q: bool,
    pub set_value: Option<String>,
    pub anchor: Option<(i32, String)>,
    pub holiday: Option<String>,
    pub decade: Option<i32>,
    pub clock: Option<(u8, u8, Option<u8>)>,
    pub pm: Option<bool>,
    pub qcode: Option<u8>,
    pub lits: Vec<String>,
}

impl Frame {
    pub fn build(
        lex: &Lexicon,
        toks: &crate::token::Tokens,
        caps: &[(Cap, usize, usize)],
    ) -> Frame {
        let mut f = Frame::default();
        for (c, _, _) in caps {
            match c {
                Cap::Entry(ei) => {
                    let e = &lex.entries[*ei];
                    let v = e.value.as_str();
                    match e.class {
                        Class::Month => f.month = v.parse().ok(),
                        Class::Weekday => f.weekday = v.parse().ok(),
                        Class::Ordinal => f.ordinal = v.parse().ok(),
                        Class::Unit => {
                            if f.unit.is_some() {
                                f.unit2 = Some(v.to_string());
                            } else {
                                f.unit = Some((v.to_string(), e.extra.iter().any(|x| x == "pl")));
                            }
                        }
                        Class::Mod => f.modifier = Some(v.to_string()),
                        Class::PointMod => f.pointmod = Some(v.to_string()),
                        Class::Rel => f.rel = v.parse().ok(),
                        Class::Dir => {
                            f.dir = v.parse().ok();
                            f.anaphoric = e.extra.iter().any(|x| x == "anaphoric");
                        }
                        Class::Deictic => {
                            f.deictic = Some((v.parse().unwrap_or(0), e.extra.first().cloned()))
                        }
                        Class::Ref => f.refv = Some(v.to_string()),
                        Class::Pod => f.pod = Some(v.to_string()),
                        Class::Season => f.season = Some(v.to_string()),
                        Class::Set => {
                            if v == "q" {
                                f.set_q = true
                            } else {
                                f.set_value = Some(v.to_string())
                            }
                        }
                        Class::Anchor => {
                            f.anchor = Some((
                                v.parse().unwrap_or(0),
                                e.extra.first().cloned().unwrap_or_else(|| "D".into()),
                            ))
                        }
                        Class::Holiday => f.holiday = Some(v.to_string()),
                        Class::Num | Class::Tense | Class::Prep => {}
                    }
                }
                Cap::Num(n) => {
                    if f.num.is_some() {
                        f.num2 = Some(*n)
                    } else {
                        f.num = Some(*n)
                    }
                }
                Cap::Year(y) => f.year = Some(*y),
                Cap::Day(d) => f.day = Some(*d as i8),
                Cap::Decade(d) => f.decade = Some(*d),
                Cap::Clock(h, m, s) => f.clock = Some((*h, *m, *s)),
                Cap::Ampm(pm) => f.pm = Some(*pm),
                Cap::QCode(q) => f.qcode = Some(*q),
                Cap::Tz => {}
                Cap::Lit(i) => f.lits.push(toks.s(*i).to_string()),
            }
        }
        f
    }

    fn has(&self, w: &str) -> bool {
        self.lits.iter().any(|l| l == w)
    }
}

/// Everything outside the expression that its value depends on.
pub(crate) struct Ctx {
    pub dct: Option<Anchor>,
    pub tense: Tense,
    /// The last date (to the day) the text set before this expression.
    pub last: Option<Date>,
    /// The year and the month (day unknown: 1) of the last date of any precision the text set,
    /// for "that year", "the following month".
    pub last_year: Option<i32>,
    pub last_month: Option<Date>,
}

/// The years a TIMEX3 value names with four digits. A date outside them (year 0, years BC, past
/// 9999) is written as unknown rather than as a wrong or malformed value.
pub(crate) const YEARS: std::ops::RangeInclusive<i64> = 1..=9999;

/// The date if its year can be written in a value.
pub(crate) fn in_range(d: Date) -> Option<Date> {
    YEARS.contains(&(d.year() as i64)).then_some(d)
}

/// A four-digit year, or `None` outside [`YEARS`].
fn fmt_year(y: i64) -> Option<String> {
    YEARS.contains(&y).then(|| format!("{y:04}"))
}

/// `YYYY-MM-DD` of a date (callers keep dates within [`YEARS`], see [`shift_days`]).
pub(crate) fn fmt_day(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn fmt_week(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

/// `d` moved by `k` days, or `None` when the result is not a date within [`YEARS`] (a huge
/// count of days must not wrap, saturate, panic or fall back to `d`).
fn shift_days(d: Date, k: i64) -> Option<Date> {
    let span = jiff::Span::new().try_days(k).ok()?;
    in_range(d.checked_add(span).ok()?)
}

/// `d` moved by `k` weeks (see [`shift_days`]).
fn shift_weeks(d: Date, k: i64) -> Option<Date> {
    shift_days(d, k.checked_mul(7)?)
}

/// A count of periods the text gave as a number ("8000000 days"), rounded; `None` when it is not
/// finite or so large that no date it leads to can be written.
fn count(n: f64) -> Option<i64> {
    (n.is_finite() && n.abs() <= 1e12).then(|| n.round() as i64)
}

/// Numbers above this are not written as digits in a value (an `f64` no longer holds every
/// integer exactly, so the digits would not be the text's).
const MAX_EXACT: f64 = 9_007_199_254_740_992.0;

fn fmt_num(n: f64) -> String {
    if !n.is_finite() || n.abs() >= MAX_EXACT {
        "X".into()
    } else if n.fract() == 0.0 {
        format!("{}", n as i64)
    } else {
        format!("{}", n)
    }
}

/// Year and month `k` months after month `m` of year `y`, within [`YEARS`].
fn add_months(y: i64, m: i64, k: i64) -> Option<(i64, i64)> {
    let t = y.checked_mul(12)?.checked_add(m - 1)?.checked_add(k)?;
    let (yy, mm) = (t.div_euclid(12), t.rem_euclid(12) + 1);
    YEARS.contains(&yy).then_some((yy, mm))
}

/// The value of an expression whose date is not known, by the unit it is counted in.
fn unknown(unit: &str) -> String {
    match unit {
        "Y" | "DE" | "CE" => "XXXX".into(),
        "M" => "XXXX-XX".into(),
        "Q" => "XXXX-QX".into(),
        "W" | "WE" | "FN" => "XXXX-WXX".into(),
        _ => "XXXX-XX-XX".into(),
    }
}

/// The most days month `m` ever has (29 for February), or 0 for no month.
fn max_days(m: i8) -> i8 {
    match m {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    }
}

/// A duration value, with halves turned into the next smaller unit (1.5 hours -> PT1H30M).
pub(crate) fn duration(n: Option<f64>, unit: &str) -> String {
    // A count too large to write exactly is as good as unknown.
    let Some(n) = n.filter(|x| x.is_finite() && x.abs() < MAX_EXACT) else {
        return match unit {
            "H" => "PTXH".into(),
            "MIN" => "PTXM".into(),
            "S" => "PTXS".into(),
            "FN" => "PXW".into(),
            u => format!("PX{u}"),
        };
    };
    let (whole, frac) = (n.trunc(), n.fract());
    let half = |big: &str, small: &str, per: f64, time: bool| -> String {
        let p = if time { "PT" } else { "P" };
        if frac == 0.0 {
            format!("{p}{}{big}", fmt_num(whole))
        } else if whole == 0.0 {
            format!("{p}{}{small}", fmt_num(frac * per))
        } else {
            format!("{p}{}{big}{}{small}", fmt_num(whole), fmt_num(frac * per))
        }
    };
    match unit {
        "Y" => half("Y", "M", 12.0, false),
        "M" => format!("P{}M", fmt_num(n)),
        "W" => {
            if frac == 0.0 {
                format!("P{}W", fmt_num(whole))
            } else {
                format!("P{}D", fmt_num(n * 7.0))
            }
        }
        "FN" => format!("P{}W", fmt_num(n * 2.0)),
        "D" => {
            if frac == 0.0 {
                format!("P{}D", fmt_num(whole))
            } else {
                format!("PT{}H", fmt_num(n * 24.0))
            }
        }
        "H" => half("H", "M", 60.0, true),
        "MIN" => half("M", "S", 60.0, true),
        "S" => format!("PT{}S", fmt_num(n)),
        "DE" => format!("P{}Y", fmt_num(n * 10.0)),
        "CE" => format!("P{}Y", fmt_num(n * 100.0)),
        "Q" => format!("P{}Q", fmt_num(n)),
        "WE" => format!("P{}WE", fmt_num(n)),
        u => format!("P{}{u}", fmt_num(n)),
    }
}

/// The date of a holiday in a year, from its rule in `holidays.txt`.
fn holiday_date(rule: &str, y: i32) -> Option<Date> {
    holiday_in(rule, y).and_then(in_range)
}

fn holiday_in(rule: &str, y: i32) -> Option<Date> {
    let y16 = i16::try_from(y).ok()?;
    if let Some(rest) = rule.strip_prefix("easter") {
        let off: i64 = if rest.is_empty() { 0 } else { rest.parse().ok()? };
        // Anonymous Gregorian computus.
        let a = y % 19;
        let b = y / 100;
        let c = y % 100;
        let d = b / 4;
        let e = b % 4;
        let f = (b + 8) / 25;
        let g = (b - f + 1) / 3;
        let h = (19 * a + b - d - g + 15) % 30;
        let i = c / 4;
        let k = c % 4;
        let l = (32 + 2 * e + 2 * i - h - k) % 7;
        let m = (a + 11 * h + 22 * l) / 451;
        let month = (h + l - 7 * m + 114) / 31;
        let day = (h + l - 7 * m + 114) % 31 + 1;
        let x = Date::new(y16, month as i8, day as i8).ok()?;
        return shift_days(x, off);
    }
    if let Some((md, w)) = rule.split_once('+') {
        let (m, d) = md.split_once('-')?;
        let x = Date::new(y16, m.parse().ok()?, d.parse().ok()?).ok()?;
        let w: i8 = w.parse().ok()?;
        let ahead = (w - x.weekday().to_monday_one_offset()).rem_euclid(7) as i64;
        return shift_days(x, ahead);
    }
    let parts: Vec<&str> = rule.splitn(3, '-').collect();
    match parts.as_slice() {
        [m, d] => Date::new(y16, m.parse().ok()?, d.parse().ok()?).ok(),
        [m, w, n] => {
            let m: i8 = m.parse().ok()?;
            let w: i8 = w.parse().ok()?;
            let n: i64 = n.parse().ok()?;
            if n > 0 {
                let first = Date::new(y16, m, 1).ok()?;
                let ahead = (w - first.weekday().to_monday_one_offset()).rem_euclid(7) as i64;
                shift_days(first, ahead.checked_add(n.checked_sub(1)?.checked_mul(7)?)?)
            } else {
                let last = Date::new(y16, m, 1).ok()?.last_of_month();
                let back = (last.weekday().to_monday_one_offset() - w).rem_euclid(7) as i64;
                shift_days(last, -back)
            }
        }
        _ => None,
    }
}

fn season_months(s: &str) -> (i8, i8) {
    match s {
        "SP" => (3, 5),
        "SU" => (6, 8),
        "FA" => (9, 11),
        _ => (12, 2),
    }
}

/// How far ahead of the reference time a yearless day in a past-tense clause may lie and still
/// be read as this year's.
const NEAR_AHEAD_DAYS: i32 = 45;

/// The year of a month (and day) that the text gives without one.
fn pick_year(dct: Anchor, m: i8, d: Option<i8>, rel: Option<i32>, tense: Tense) -> i32 {
    let y = dct.date.year() as i32;
    let here = (dct.date.month(), if dct.precision == Precision::Day { dct.date.day() } else { 0 });
    let there = (m, d.unwrap_or(0));
    let month_only = d.is_none() || dct.precision != Precision::Day;
    match rel {
        Some(r) if r < 0 => return if m < here.0 { y } else { y - 1 },
        Some(r) if r > 0 => return if m > here.0 { y } else { y + 1 },
        Some(_) => return y,
        None => {}
    }
    if dct.precision == Precision::Year || tense == Tense::PastDeadline {
        return y;
    }
    match tense {
        Tense::Future => {
            if (month_only && m >= here.0) || (!month_only && there >= here) {
                y
            } else {
                y + 1
            }
        }
        Tense::Unknown => {
            // No tense to go by: the nearest such date to the reference time.
            let day = |yy: i32| {
                let dd = if month_only { 15 } else { d.unwrap_or(15) };
                Date::new(yy as i16, m, dd.min(28)).ok()
            };
            let dist =
                |yy: i32| day(yy).map(|x| (x - dct.date).get_days().abs()).unwrap_or(i32::MAX);
            let mut best = y;
            for c in [y - 1, y + 1] {
                if dist(c) < dist(best) {
                    best = c;
                }
            }
            best
        }
        Tense::Past if !month_only => {
            // A day without a year in a past-tense clause is the last such day, except that news
            // names a day of about a year ago with its year: a bare day a few weeks ahead is
            // this year's (a deadline or plan told in the past tense).
            let this = Date::new(y as i16, m, d.unwrap_or(1)).ok();
            match this {
                Some(x) if x <= dct.date => y,
                Some(x) if (x - dct.date).get_days() <= NEAR_AHEAD_DAYS => y,
                _ => y - 1,
            }
        }
        Tense::Past | Tense::PastDeadline => {
            if (month_only && m <= here.0) || (!month_only && there <= here) {
                y
            } else {
                y - 1
            }
        }
    }
}

/// The date of a weekday near the anchor, chosen by "last"/"next" or by tense.
fn pick_weekday(dct: Date, wd: i8, rel: Option<i32>, tense: Tense) -> Option<Date> {
    let cur = dct.weekday().to_monday_one_offset();
    let back = (cur - wd).rem_euclid(7) as i64; // days back to the previous-or-same weekday
    let fwd = (wd - cur).rem_euclid(7) as i64;
    let before = |strict: bool| shift_days(dct, -(if strict && back == 0 { 7 } else { back }));
    let after = |strict: bool| shift_days(dct, if strict && fwd == 0 { 7 } else { fwd });
    match rel {
        Some(r) if r < 0 => before(true),
        Some(r) if r > 0 => after(true),
        _ => match tense {
            Tense::Future => after(false),
            _ => before(false),
        },
    }
}

fn pod_suffix(f: &Frame) -> Option<String> {
    if let Some((h, m, s)) = f.clock {
        let mut h = h;
        if let Some(pm) = f.pm {
            if pm && h < 12 {
                h += 12;
            }
            if !pm && h == 12 {
                h = 0;
            }
        }
        return Some(match s {
            Some(s) => format!("T{h:02}:{m:02}:{s:02}"),
            None => format!("T{h:02}:{m:02}"),
        });
    }
    // "5 pm": an hour of the clock (not "300 pm").
    if let (Some(pm), Some(Some(n))) =
        (f.pm, f.num.filter(|n| n.is_some_and(|n| n.fract() == 0.0 && (0.0..24.0).contains(&n))))
    {
        let mut h = n as u8;
        if pm && h < 12 {
            h += 12;
        }
        if !pm && h == 12 {
            h = 0;
        }
        return Some(format!("T{h:02}:00"));
    }
    if f.has("noon") {
        return Some("T12:00".into());
    }
    if f.has("midnight") {
        return Some("T24:00".into());
    }
    let p = f.pod.clone().or_else(|| f.deictic.as_ref().and_then(|d| d.1.clone()))?;
    Some(if p.starts_with('T') { p } else { format!("T{p}") })
}

/// The resolved value and modifier of one expression, and the date (to the day) it sets, if any.
pub(crate) struct Resolved {
    pub ty: TimexType,
    pub value: String,
    pub modifier: Option<String>,
    pub sets: Option<Date>,
}

pub(crate) fn resolve(ty: TimexType, f: &Frame, feats: &[(String, String)], ctx: &Ctx) -> Resolved {
    let mut ty = ty;
    // Features a pattern sets itself (`=> unit=W rel=-1`) fill what its words did not.
    let owned;
    let f = if feats.is_empty() {
        f
    } else {
        let mut g = f.clone();
        for (k, v) in feats {
            match k.as_str() {
                "unit" => g.unit = g.unit.take().or(Some((v.clone(), false))),
                "rel" => g.rel = g.rel.or(v.parse().ok()),
                "dir" => g.dir = g.dir.or(v.parse().ok()),
                "mod" => g.modifier = g.modifier.take().or(Some(v.clone())),
                "ref" => g.refv = g.refv.take().or(Some(v.clone())),
                "set" => g.set_value = g.set_value.take().or(Some(v.clone())),
                "pod" => g.pod = g.pod.take().or(Some(v.clone())),
                _ => {}
            }
        }
        owned = g;
        &owned
    };
    let modifier = f.pointmod.clone().or_else(|| f.modifier.clone());
    let mut sets = None;
    // "an hour later": TimeML reads a clock-sized span before or after as a duration.
    if ty == TimexType::Date
        && f.dir.is_some()
        && f.unit.as_ref().is_some_and(|u| matches!(u.0.as_str(), "H" | "MIN" | "S"))
    {
        ty = TimexType::Duration;
    }
    let value = match ty {
        TimexType::Duration => duration_value(f),
        TimexType::Set => set_value(f),
        TimexType::Date | TimexType::Time => {
            let (v, s) = point_value(f, ctx);
            sets = s;
            if ty == TimexType::Date
                && v.contains('T')
                && !v.starts_with('P')
                && !v.ends_with("_REF")
            {
                ty = TimexType::Time;
            }
            v
        }
    };
    Resolved { ty, value, modifier, sets }
}

fn duration_value(f: &Frame) -> String {
    let Some((unit, pl)) = &f.unit else { return "PXX".into() };
    let mut n = match f.num2.or(f.num) {
        Some(n) => n,
        None if *pl => None,
        None => Some(1.0),
    };
    if f.has("half") || f.has("/") {
        n = n.map(|x| x + 0.5);
    }
    // "two hours and a quarter", "two and a quarter hours" (not "a quarter of an hour", whose
    // numeral is the quarter already).
    if f.has("and") && f.has("quarter") && f.unit2.is_none() {
        n = n.map(|x| x + 0.25);
    }
    if let (Some(u2), Some(Some(n1)), Some(Some(n2))) = (&f.unit2, f.num, f.num2) {
        // "two hours and 30 minutes"
        let a = duration(Some(n1), unit);
        let b = duration(Some(n2), u2);
        if a.starts_with("PT") && b.starts_with("PT") {
            return format!("{a}{}", &b[2..]);
        }
        if !a.contains('T') && b.starts_with("PT") {
            return format!("{a}{}", &b[1..]);
        }
        return a;
    }
    if f.unit2.is_some() && f.num.is_none() {
        // "weeks or months": the larger
        return duration(None, f.unit2.as_deref().unwrap_or(unit));
    }
    duration(n, unit)
}

fn set_value(f: &Frame) -> String {
    if let Some(v) = &f.set_value {
        return v.clone();
    }
    if let Some(wd) = f.weekday {
        let p = pod_suffix(f).unwrap_or_default();
        return format!("XXXX-WXX-{wd}{p}");
    }
    if let Some(m) = f.month {
        return format!("XXXX-{m:02}");
    }
    if let Some(s) = &f.season {
        return format!("XXXX-{s}");
    }
    if f.unit.is_none() {
        if let Some(p) = pod_suffix(f) {
            return format!("XXXX-XX-XX{p}");
        }
    }
    let unit = f.unit.as_ref().map(|u| u.0.as_str()).unwrap_or("D");
    let n = match f.num {
        Some(Some(n)) if !f.has("times") && !f.has("once") && !f.has("twice") => n,
        _ => 1.0,
    };
    duration(Some(n), unit)
}

/// A point in time: (value, the day it sets when known to the day).
///
/// All calendar arithmetic is checked: a result outside the years a value can name (a huge count
/// of days, "next year" in 9999) is unknown (`X`), never a wrapped, clamped or unchanged date,
/// and a full date is only written when it exists ("February 29, 2025" is `2025-02`).
fn point_value(f: &Frame, ctx: &Ctx) -> (String, Option<Date>) {
    // A reference time or a date the text set outside the years a value can name is no anchor.
    let dct = ctx.dct.filter(|d| in_range(d.date).is_some());
    let last = ctx.last.and_then(in_range);
    let last_month = ctx.last_month.and_then(in_range);
    let last_year = ctx.last_year.filter(|y| YEARS.contains(&(*y as i64)));
    let day_dct = dct.filter(|d| d.precision == Precision::Day).map(|d| d.date);
    let dct_year = dct.map(|d| d.date.year() as i64);
    if let Some(r) = &f.refv {
        return (r.clone(), None);
    }
    let pod = pod_suffix(f);
    let with_pod = |v: String| match &pod {
        Some(p) => format!("{v}{p}"),
        None => v,
    };
    // A day, or the unknown day when the arithmetic left the calendar.
    let day = |d: Option<Date>| match d {
        Some(d) => (with_pod(fmt_day(d)), Some(d)),
        None => (unknown("D"), None),
    };
    // "the day before", "that week": relative to the last date the text set.
    if let Some((off, unit)) = &f.anchor {
        let base = last
            .or(day_dct)
            .or(last_month)
            .or(last_year.and_then(|y| Date::new(y as i16, 1, 1).ok()));
        let Some(b) = base else {
            return (unknown(unit), None);
        };
        let off = *off as i64;
        return match unit.as_str() {
            "W" => (shift_weeks(b, off).map_or_else(|| unknown("W"), fmt_week), None),
            "M" => {
                let b = last_month.unwrap_or(b);
                match add_months(b.year() as i64, b.month() as i64, off) {
                    Some((y, m)) => (format!("{y:04}-{m:02}"), None),
                    None => (unknown("M"), None),
                }
            }
            "Y" => {
                let y = last_year.map_or(b.year() as i64, |y| y as i64);
                (y.checked_add(off).and_then(fmt_year).unwrap_or_else(|| unknown("Y")), None)
            }
            "OTHER" => {
                // "the other day": some day in the week before the anchor; say only what that
                // range has in common.
                match (shift_days(b, -7), shift_days(b, -1)) {
                    (Some(a), Some(z)) if a.year() != z.year() => ("PAST_REF".into(), None),
                    (Some(a), Some(z)) if a.month() != z.month() => {
                        (format!("{:04}", z.year()), None)
                    }
                    (Some(_), Some(z)) => (format!("{:04}-{:02}", z.year(), z.month()), None),
                    _ => ("PAST_REF".into(), None),
                }
            }
            _ => day(shift_days(b, off)),
        };
    }
    if let Some((off, _)) = &f.deictic {
        return match day_dct {
            Some(d) => day(shift_days(d, *off as i64)),
            None => (with_pod(unknown("D")), None),
        };
    }
    if let Some(h) = &f.holiday {
        let on = |y: i32| holiday_date(h, y);
        let y = match (f.year, dct) {
            (Some(y), _) => Some(y),
            (None, Some(d)) => {
                let y0 = d.date.year() as i32;
                let cands: Vec<Date> = [y0 - 1, y0, y0 + 1].iter().filter_map(|&y| on(y)).collect();
                let r = d.date;
                let pick = match f.rel.map(|x| x.signum()).unwrap_or(0) {
                    -1 => cands.iter().filter(|x| **x < r).max(),
                    1 => cands.iter().filter(|x| **x > r).min(),
                    _ => match ctx.tense {
                        Tense::Past | Tense::PastDeadline => {
                            cands.iter().filter(|x| **x <= r).max()
                        }
                        Tense::Future => cands.iter().filter(|x| **x >= r).min(),
                        Tense::Unknown => cands.iter().min_by_key(|x| (**x - r).get_days().abs()),
                    },
                };
                pick.map(|x| x.year() as i32)
            }
            _ => None,
        };
        return match y.and_then(on) {
            Some(x) => (with_pod(fmt_day(x)), Some(x)),
            None => (unknown("D"), None),
        };
    }
    // Centuries and decades.
    if f.has("century") {
        if let Some(o) = f.ordinal.or(f.day.map(|d| d as i32)) {
            if (1..=100).contains(&o) {
                return (format!("{:02}", o - 1), None);
            }
            return ("XX".into(), None);
        }
    }
    if let Some(d) = f.decade {
        if (0..1000).contains(&d) {
            return (format!("{d:03}"), None);
        }
        return ("XXX".into(), None);
    }
    // The year of a quarter, half or season: given, or the reference year moved by "last"/"next".
    let rel_year = |rel: i64| -> Option<String> {
        match f.year {
            Some(y) => fmt_year(y as i64),
            None => dct_year?.checked_add(rel).and_then(fmt_year),
        }
    };
    // Quarters and halves.
    if let Some(q) = f.qcode.or_else(|| {
        if f.has("quarter") {
            f.ordinal.and_then(|o| u8::try_from(o).ok())
        } else {
            None
        }
    }) {
        let y = rel_year(f.rel.unwrap_or(0) as i64).unwrap_or_else(|| "XXXX".into());
        if q == 255 || q == 0 || q > 4 {
            return (format!("{y}-QX"), None);
        }
        return (format!("{y}-Q{q}"), None);
    }
    if f.has("half") {
        if let Some(o) = f.ordinal {
            let y = rel_year(f.rel.unwrap_or(0) as i64).unwrap_or_else(|| "XXXX".into());
            if !(1..=2).contains(&o) {
                return (format!("{y}-HX"), None);
            }
            return (format!("{y}-H{o}"), None);
        }
    }
    if let Some(s) = &f.season {
        let rel = dct.map_or(0, |d| {
            let cur = d.date.month();
            let (a, b) = season_months(s);
            match f.rel {
                Some(r) if r < 0 => {
                    if s == "WI" {
                        if cur >= 3 {
                            0
                        } else {
                            -1
                        }
                    } else if b < cur {
                        0
                    } else {
                        -1
                    }
                }
                Some(r) if r > 0 => {
                    if a > cur {
                        0
                    } else {
                        1
                    }
                }
                _ => 0,
            }
        });
        let y = rel_year(rel).unwrap_or_else(|| "XXXX".into());
        return (format!("{y}-{s}"), None);
    }
    // Calendar dates, complete or not.
    if let Some(m) = f.month {
        if !(1..=12).contains(&m) {
            return (unknown("M"), None);
        }
        // A day this month never has ("April 31", "30 February") is not a day: say the month.
        let fday = f.day.filter(|&d| (1..=max_days(m)).contains(&d));
        let y: Option<i64> = match f.year {
            Some(y) => Some(y as i64),
            None if f.has("year") && f.rel.is_some() => {
                dct_year.and_then(|y| y.checked_add(f.rel.unwrap_or(0) as i64))
            }
            None if f.deictic.is_some() => {
                let off = f.deictic.as_ref().map_or(0, |d| d.0 as i64);
                dct_year.and_then(|y| y.checked_add(off))
            }
            None => {
                // A weekday given with the date picks the year it falls on, near the reference
                // time.
                let mut found = None;
                if let (Some(wd), Some(day), Some(d)) = (f.weekday, fday, dct) {
                    let y0 = d.date.year() as i32;
                    for y in [y0, y0 - 1, y0 + 1] {
                        if let Some(x) = i16::try_from(y)
                            .ok()
                            .and_then(|y| Date::new(y, m, day).ok())
                            .and_then(in_range)
                        {
                            if x.weekday().to_monday_one_offset() == wd {
                                found = Some(y as i64);
                                break;
                            }
                        }
                    }
                }
                found.or_else(|| dct.map(|d| pick_year(d, m, fday, f.rel, ctx.tense) as i64))
            }
        };
        // A year that cannot be written is unknown.
        let y = match y {
            Some(y) if YEARS.contains(&y) => Some(y),
            Some(_) => return (if fday.is_some() { unknown("D") } else { unknown("M") }, None),
            None => None,
        };
        // The date, if that day exists in that year (February 29 only in leap years).
        let date = |y: i64, d: i8| Date::new(y as i16, m, d).ok().and_then(in_range);
        if f.has("week") && f.has("of") {
            // "the week of March 6"
            if let (Some(y), Some(d)) = (y, fday) {
                if let Some(x) = date(y, d) {
                    return (fmt_week(x), None);
                }
            }
        }
        return match (y, fday) {
            (Some(y), Some(d)) => match date(y, d) {
                Some(x) => (with_pod(fmt_day(x)), Some(x)),
                None => (format!("{y:04}-{m:02}"), None),
            },
            (None, Some(d)) => (with_pod(format!("XXXX-{m:02}-{d:02}")), None),
            (Some(y), None) => (format!("{y:04}-{m:02}"), None),
            (None, None) => (format!("XXXX-{m:02}"), None),
        };
    }
    if let Some(y) = f.year {
        return (fmt_year(y as i64).unwrap_or_else(|| unknown("Y")), None);
    }
    if let Some(wd) = f.weekday {
        return match day_dct {
            Some(d) => {
                let Some(x) = pick_weekday(d, wd, f.rel, ctx.tense) else {
                    return (unknown("D"), None);
                };
                // "the day before last Tuesday"
                if f.unit.as_ref().is_some_and(|u| u.0 == "D") && f.dir == Some(-1) {
                    return match shift_days(x, -1) {
                        Some(x) => (fmt_day(x), Some(x)),
                        None => (unknown("D"), None),
                    };
                }
                (with_pod(fmt_day(x)), Some(x))
            }
            None => (with_pod(format!("XXXX-WXX-{wd}")), None),
        };
    }
    // A clock time alone: on the reference day.
    if f.clock.is_some() || f.pm.is_some() || f.has("noon") || f.has("midnight") {
        let base = last.or(day_dct);
        let p = pod.clone().unwrap_or_default();
        return match base {
            Some(d) => (format!("{}{p}", fmt_day(d)), None),
            None => (format!("XXXX-XX-XX{p}"), None),
        };
    }
    if f.pod.is_some() && f.unit.is_none() {
        // "this morning", "the next morning"
        let off = f.rel.unwrap_or(0) as i64;
        return match day_dct {
            Some(d) => day(shift_days(d, off)),
            None => (with_pod(unknown("D")), None),
        };
    }
    // "three years ago", "a week later", "last year", "this week".
    if let Some((unit, _)) = &f.unit {
        let k = if let Some(dir) = f.dir {
            match f.num {
                // "8000000 days ago": a count no date can be that far from is unknown.
                Some(Some(n)) => match count(n * dir as f64) {
                    Some(k) => k,
                    None => return (unknown(unit), None),
                },
                Some(None) => {
                    return (if dir < 0 { "PAST_REF".into() } else { "FUTURE_REF".into() }, None);
                }
                // "months ago": how many is not said
                None if f.unit.as_ref().is_some_and(|u| u.1) => {
                    return (if dir < 0 { "PAST_REF".into() } else { "FUTURE_REF".into() }, None);
                }
                None => dir as i64,
            }
        } else if let Some(r) = f.rel {
            r as i64
        } else if unit == "WE" {
            // The weekend ahead or the one just gone: on a Saturday or Sunday, this one.
            let in_weekend = dct.is_some_and(|d| d.date.weekday().to_monday_one_offset() >= 6);
            match (ctx.tense == Tense::Future, in_weekend) {
                (true, true) => 1,
                (false, false) => -1,
                _ => 0,
            }
        } else {
            0
        };
        let Some(d) = dct else {
            return (unknown(unit), None);
        };
        let y = d.date.year() as i64;
        // `y + step * k`, or `None` when that overflows or is no writable year.
        let years = |step: i64| k.checked_mul(step).and_then(|x| y.checked_add(x));
        let or_unknown = |v: Option<String>, u: &str| v.unwrap_or_else(|| unknown(u));
        return match unit.as_str() {
            "Y" => (or_unknown(years(1).and_then(fmt_year), "Y"), None),
            "DE" if f.dir.is_some() => (or_unknown(years(10).and_then(fmt_year), "Y"), None),
            "CE" if f.dir.is_some() => (or_unknown(years(100).and_then(fmt_year), "Y"), None),
            "DE" => (
                years(10)
                    .filter(|y| YEARS.contains(y))
                    .map_or_else(|| "XXX".into(), |y| format!("{:03}", y / 10)),
                None,
            ),
            "CE" => (
                years(100)
                    .filter(|y| YEARS.contains(y))
                    .map_or_else(|| "XX".into(), |y| format!("{:02}", y / 100)),
                None,
            ),
            "M" => {
                if d.precision == Precision::Year {
                    return (unknown("M"), None);
                }
                match add_months(y, d.date.month() as i64, k) {
                    Some((yy, mm)) => (format!("{yy:04}-{mm:02}"), None),
                    None => (unknown("M"), None),
                }
            }
            "Q" => {
                if d.precision == Precision::Year {
                    return (format!("{y:04}-QX"), None);
                }
                let q = k.checked_add((d.date.month() as i64 - 1) / 3);
                match q.and_then(|q| Some((y.checked_add(q.div_euclid(4))?, q.rem_euclid(4) + 1))) {
                    Some((yy, q)) if YEARS.contains(&yy) => (format!("{yy:04}-Q{q}"), None),
                    _ => (unknown("Q"), None),
                }
            }
            "W" | "WE" | "FN" => match day_dct {
                Some(dd) => match shift_weeks(dd, k) {
                    Some(x) => {
                        let w = fmt_week(x);
                        (if unit == "WE" { format!("{w}-WE") } else { w }, None)
                    }
                    None => (unknown(unit), None),
                },
                None => (unknown("W"), None),
            },
            // "Deliveries stopped on January 8 ... the cut began a day earlier": days counted
            // with "earlier"/"later" run from the last day the text told, when it told one.
            "D" => match if f.anaphoric && f.dir.is_some() { last.or(day_dct) } else { day_dct } {
                Some(dd) => day(shift_days(dd, k)),
                None => (unknown("D"), None),
            },
            _ => match day_dct {
                Some(dd) => (fmt_day(dd), None),
                None => (unknown("D"), None),
            },
        };
    }
    (unknown("D"), None)
}
