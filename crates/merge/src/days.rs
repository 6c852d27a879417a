//! Calendar arithmetic on ISO dates of any precision, as day numbers (days since 1970-01-01).

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn parts(iso: &str) -> Option<(i64, Option<i64>, Option<i64>)> {
    let mut it = iso.split('-');
    let y: i64 = it.next()?.parse().ok()?;
    let m: Option<i64> = it.next().map(|s| s.parse()).transpose().ok()?;
    let d: Option<i64> = it.next().map(|s| s.parse()).transpose().ok()?;
    if it.next().is_some() || m.is_some_and(|m| !(1..=12).contains(&m)) {
        return None;
    }
    if d.is_some_and(|d| !(1..=31).contains(&d)) {
        return None;
    }
    Some((y, m, d))
}

/// The day number of a day-precision date (`2025-06-14`); `None` for coarser dates.
pub fn day_number(iso: &str) -> Option<i64> {
    match parts(iso)? {
        (y, Some(m), Some(d)) => Some(days_from_civil(y, m, d)),
        _ => None,
    }
}

/// Civil date (year, month, day) of a day number; the inverse of `days_from_civil`.
fn civil_from_days(n: i64) -> (i64, i64, i64) {
    let z = n + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Where month keys start: a date stated only to the month is filed under one key for its
/// month (not under each of its days), numbered far above any day number so the two never meet.
pub const MONTH_KEYS: i64 = 10_000_000;

fn month_key_of(y: i64, m: i64) -> i64 {
    MONTH_KEYS + y * 12 + (m - 1)
}

/// The key of the month day `n` falls in.
pub fn month_key(n: i64) -> i64 {
    let (y, m, _) = civil_from_days(n);
    month_key_of(y, m)
}

/// The first and last day a date of any precision covers (`2025-06` -> June 1 to June 30).
pub fn window(iso: &str) -> Option<(i64, i64)> {
    // An interval of days ("2025-04-28/2025-05-04": a week that spans two months).
    if let Some((a, b)) = iso.split_once('/') {
        let (lo, _) = window(a)?;
        let (_, hi) = window(b)?;
        return (lo <= hi).then_some((lo, hi));
    }
    match parts(iso)? {
        (y, Some(m), Some(d)) => {
            let n = days_from_civil(y, m, d);
            Some((n, n))
        }
        (y, Some(m), None) => {
            let next =
                if m == 12 { days_from_civil(y + 1, 1, 1) } else { days_from_civil(y, m + 1, 1) };
            Some((days_from_civil(y, m, 1), next - 1))
        }
        (y, None, _) => Some((days_from_civil(y, 1, 1), days_from_civil(y + 1, 1, 1) - 1)),
    }
}

/// Whether two dates of any precision, or intervals, share a day: for calendar dates, whether
/// one extends the other ("2025-06" and "2025-06-14"); unreadable dates share none.
pub fn overlap(a: &str, b: &str) -> bool {
    match (window(a), window(b)) {
        (Some((a0, a1)), Some((b0, b1))) => a0 <= b1 && b0 <= a1,
        _ => false,
    }
}

/// Whether date `outer` holds every day of date `inner`.
pub fn holds(outer: &str, inner: &str) -> bool {
    match (window(outer), window(inner)) {
        (Some((a0, a1)), Some((b0, b1))) => a0 <= b0 && b1 <= a1,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2025-03-01").unwrap() - day_number("2025-02-28").unwrap(), 1);
        assert_eq!(day_number("2024-03-01").unwrap() - day_number("2024-02-28").unwrap(), 2);
        assert_eq!(window("2024-02").map(|(a, b)| b - a + 1), Some(29));
        assert_eq!(window("2025-04-28/2025-05-04").map(|(a, b)| b - a + 1), Some(7));
        assert_eq!(window("2025-05-04/2025-04-28"), None);
        assert!(overlap("2025-04-28/2025-05-04", "2025-04-30"));
        assert!(overlap("2025-04-28/2025-05-04", "2025-05"));
        assert!(!overlap("2025-04-28/2025-05-04", "2025-05-05"));
        assert!(overlap("2025", "2025-06-14") && !overlap("2025-06", "2025-07-01"));
        for iso in ["1970-01-01", "2024-02-29", "2024-03-01", "1999-12-31", "1600-03-01"] {
            let n = day_number(iso).unwrap();
            let (y, m, d) = civil_from_days(n);
            assert_eq!(format!("{y:04}-{m:02}-{d:02}"), iso);
        }
        // Every day of a month has that month's key, and consecutive months have consecutive keys.
        let (lo, hi) = window("2024-12").unwrap();
        assert!((lo..=hi).all(|n| month_key(n) == month_key(lo)));
        assert_eq!(month_key(hi + 1), month_key(lo) + 1);
        assert!(month_key(day_number("1970-01-01").unwrap()) > day_number("9999-12-31").unwrap());
        assert_eq!(window("2025").map(|(a, b)| b - a + 1), Some(365));
        assert_eq!(day_number("2025-06"), None);
        assert_eq!(window("junk"), None);
    }
}
