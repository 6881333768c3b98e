//! ISO dates as the dataset writes them (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), and Unix times as dates.

/// Why `s` is not an ISO date, or `None` when it is one.
pub fn iso_date_problem(s: &str) -> Option<String> {
    // At most four pieces are looked at: a fourth means too many. No allocation: every listing
    // of a catalog has a date or two.
    let mut pieces = ["", "", "", ""];
    let mut count = 0;
    for (slot, piece) in pieces.iter_mut().zip(s.splitn(4, '-')) {
        *slot = piece;
        count += 1;
    }
    let parts = &pieces[..count];
    let shape_ok = !parts.is_empty()
        && parts.len() <= 3
        && parts[0].len() == 4
        && parts[1..].iter().all(|p| p.len() == 2)
        && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()));
    if !shape_ok {
        return Some("is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)".into());
    }
    let year: u32 = parts[0].parse().ok()?;
    if let Some(month) = parts.get(1) {
        let month: u32 = month.parse().ok()?;
        if !(1..=12).contains(&month) {
            return Some(format!("is not a valid date: there is no month {month}"));
        }
        if let Some(day) = parts.get(2) {
            let day: u32 = day.parse().ok()?;
            let last = days_in_month(year, month);
            if day == 0 || day > last {
                return Some(format!(
                    "is not a valid date: month {month} of {year} has {last} days"
                ));
            }
        }
    }
    None
}

fn is_leap(year: u32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Latest Unix time accepted: the last second of year 9999.
pub const MAX_UNIX_SECONDS: i64 = 253_402_300_799;

/// The UTC calendar date (`YYYY-MM-DD`) of a Unix time in seconds, for `0..=MAX_UNIX_SECONDS`.
pub fn date_from_unix(seconds: i64) -> Option<String> {
    if !(0..=MAX_UNIX_SECONDS).contains(&seconds) {
        return None;
    }
    // Days since 1970-01-01 to a civil date, counting in 400-year eras that start on 1 March so
    // the leap day falls at the end of each year.
    let days = seconds / 86_400 + 719_468;
    let era = days / 146_097;
    let day_of_era = days % 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_three_iso_shapes() {
        for ok in ["2024", "2024-02", "2024-02-29", "2000-02-29", "1999-12-31"] {
            assert_eq!(iso_date_problem(ok), None, "{ok}");
        }
    }

    #[test]
    fn rejects_bad_shapes_months_and_days() {
        assert!(iso_date_problem("24-01-01").unwrap().contains("YYYY-MM-DD"));
        assert!(iso_date_problem("2024/01/01").is_some());
        assert!(iso_date_problem("2024-1-01").is_some());
        assert!(iso_date_problem("").is_some());
        assert!(iso_date_problem("2024-01-01T00:00").is_some());
        assert_eq!(
            iso_date_problem("2024-13").unwrap(),
            "is not a valid date: there is no month 13"
        );
        assert_eq!(
            iso_date_problem("2023-02-29").unwrap(),
            "is not a valid date: month 2 of 2023 has 28 days"
        );
        assert!(iso_date_problem("1900-02-29").is_some());
        assert!(iso_date_problem("2024-04-00").is_some());
    }

    #[test]
    fn converts_unix_times_to_utc_dates() {
        assert_eq!(date_from_unix(0).unwrap(), "1970-01-01");
        assert_eq!(date_from_unix(951_782_400).unwrap(), "2000-02-29");
        assert_eq!(date_from_unix(1_778_613_011).unwrap(), "2026-05-12");
        assert_eq!(date_from_unix(MAX_UNIX_SECONDS).unwrap(), "9999-12-31");
        assert_eq!(date_from_unix(-1), None);
        assert_eq!(date_from_unix(MAX_UNIX_SECONDS + 1), None);
    }
}
