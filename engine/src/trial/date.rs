//! A calendar date (proleptic Gregorian, years 0000–9999) for the trial diary: ISO `YYYY-MM-DD`
//! text, validation with leap years, and day arithmetic. Pure integer arithmetic: the diary
//! needs whole days only, and no date crate is worth its size for that.

use std::fmt;

/// A valid calendar date. Ordering is chronological (year, then month, then day).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a text or three numbers are not a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not `YYYY-MM-DD` (four, two and two digits with dashes).
    Format,
    /// The month is not 1–12.
    Month { month: u8 },
    /// The month has no such day (`2026-02-29`, `2026-04-31`, day 0).
    Day { year: u16, month: u8, day: u8 },
}

impl DateError {
    pub fn message(&self) -> String {
        match *self {
            DateError::Format => "Write the date as year-month-day, e.g. 2026-12-01.".into(),
            DateError::Month { month } => format!("There is no month {month}: use 1 to 12."),
            DateError::Day { year, month, day } => format!(
                "{year:04}-{month:02} has no day {day}: it has {} days.",
                days_in_month(year, month)
            ),
        }
    }
}

/// Day of the week, Monday first (ISO 8601).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

const WEEKDAYS: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];

impl Weekday {
    /// Short English name for chart axes (`Mon`).
    pub fn short_name(self) -> &'static str {
        match self {
            Weekday::Monday => "Mon",
            Weekday::Tuesday => "Tue",
            Weekday::Wednesday => "Wed",
            Weekday::Thursday => "Thu",
            Weekday::Friday => "Fri",
            Weekday::Saturday => "Sat",
            Weekday::Sunday => "Sun",
        }
    }
}

pub const MAX_YEAR: u16 = 9999;

pub fn is_leap_year(year: u16) -> bool {
    year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400))
}

/// Days in `month` (1–12) of `year`; 0 for a month that does not exist.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date `year-month-day`, if it exists (year ≤ 9999, so it always prints as four digits).
    pub fn new(year: u16, month: u8, day: u8) -> Result<Date, DateError> {
        if year > MAX_YEAR {
            return Err(DateError::Format);
        }
        if !(1..=12).contains(&month) {
            return Err(DateError::Month { month });
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(DateError::Day { year, month, day });
        }
        Ok(Date { year, month, day })
    }

    /// Strict ISO `YYYY-MM-DD` (what the diary file stores): no spaces, no time, no other
    /// separators.
    pub fn parse(s: &str) -> Result<Date, DateError> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(DateError::Format);
        }
        let number = |range: std::ops::Range<usize>| -> Result<u16, DateError> {
            b[range].iter().try_fold(0u16, |n, &c| {
                if c.is_ascii_digit() {
                    Ok(n * 10 + u16::from(c - b'0'))
                } else {
                    Err(DateError::Format)
                }
            })
        };
        let year = number(0..4)?;
        // Two digits are at most 99: they fit in a u8.
        let month = number(5..7)? as u8;
        let day = number(8..10)? as u8;
        Date::new(year, month, day)
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`: the year is
    /// shifted to start in March so that the leap day is the last day of the shifted year.
    pub fn day_number(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let year_of_era = y - era * 400;
        let m = i64::from(self.month);
        let day_of_year =
            (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `n` days after 1970-01-01 (Hinnant's `civil_from_days`); `None` outside years
    /// 0000–9999.
    pub fn from_day_number(n: i64) -> Option<Date> {
        let z = n.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        if !(0..=i64::from(MAX_YEAR)).contains(&year) {
            return None;
        }
        Some(Date {
            year: year as u16,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The date `days` later (earlier when negative); `None` outside years 0000–9999.
    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_day_number(self.day_number().checked_add(days)?)
    }

    /// The same day `months` later, the day capped at 28 so every month has it (a reminder
    /// "every 3 months" must not skip the months without a 29th–31st); `None` beyond year 9999.
    pub fn add_months(self, months: u32) -> Option<Date> {
        let index = u32::from(self.month) - 1 + months;
        let year = u16::try_from(u32::from(self.year) + index / 12).ok()?;
        Date::new(year, (index % 12 + 1) as u8, self.day.min(28)).ok()
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.day_number() - self.day_number()
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3 from Monday).
        WEEKDAYS[(self.day_number() + 3).rem_euclid(7) as usize]
    }
}

/// ISO `YYYY-MM-DD`.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::str::FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Date, DateError> {
        Date::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn parses_and_formats_iso_dates() {
        assert_eq!(d("2026-12-01").to_string(), "2026-12-01");
        assert_eq!(d("0000-01-01").to_string(), "0000-01-01");
        assert_eq!(d("9999-12-31").to_string(), "9999-12-31");
        assert_eq!(
            (
                d("2026-03-09").year(),
                d("2026-03-09").month(),
                d("2026-03-09").day()
            ),
            (2026, 3, 9)
        );
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for s in [
            "",
            "2026-1-01",
            "2026/12/01",
            "2026-12-01T00:00",
            " 2026-12-01",
            "2026-12-0a",
            "+026-12-01",
            "2026-12-1 ",
            "２０２６-12-01",
        ] {
            assert_eq!(Date::parse(s), Err(DateError::Format), "{s:?}");
        }
        assert_eq!(
            Date::parse("2026-13-01"),
            Err(DateError::Month { month: 13 })
        );
        assert_eq!(
            Date::parse("2026-00-10"),
            Err(DateError::Month { month: 0 })
        );
        assert_eq!(
            Date::parse("2026-04-31"),
            Err(DateError::Day {
                year: 2026,
                month: 4,
                day: 31
            })
        );
        assert!(Date::parse("2026-04-00").is_err());
        assert_eq!(
            DateError::Day {
                year: 2026,
                month: 2,
                day: 29
            }
            .message(),
            "2026-02 has no day 29: it has 28 days."
        );
    }

    #[test]
    fn leap_years() {
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(Date::parse("2000-02-29").is_ok());
        assert!(Date::parse("1900-02-29").is_err());
        assert!(Date::parse("2026-02-29").is_err());
        assert!(Date::parse("2100-02-29").is_err());
    }

    #[test]
    fn day_arithmetic() {
        assert_eq!(d("1970-01-01").day_number(), 0);
        assert_eq!(d("2000-03-01").day_number(), 11_017);
        assert_eq!(d("1969-12-31").day_number(), -1);
        assert_eq!(d("2024-02-28").add_days(1), Some(d("2024-02-29")));
        assert_eq!(d("2026-02-28").add_days(1), Some(d("2026-03-01")));
        assert_eq!(d("2026-12-31").add_days(1), Some(d("2027-01-01")));
        assert_eq!(d("2026-01-01").add_days(-1), Some(d("2025-12-31")));
        assert_eq!(d("2026-01-01").days_until(d("2027-01-01")), 365);
        assert_eq!(d("2024-01-01").days_until(d("2025-01-01")), 366);
        assert_eq!(d("9999-12-31").add_days(1), None);
        assert_eq!(d("0000-01-01").add_days(-1), None);
        assert_eq!(d("2026-01-01").add_days(i64::MAX), None);
        assert_eq!(d("2026-01-01").add_days(i64::MIN), None);
    }

    #[test]
    fn weekdays() {
        assert_eq!(d("1970-01-01").weekday(), Weekday::Thursday);
        assert_eq!(d("2026-12-01").weekday(), Weekday::Tuesday);
        assert_eq!(d("1969-12-28").weekday(), Weekday::Sunday);
        assert_eq!(d("2024-02-29").weekday().short_name(), "Thu");
    }

    /// The next day by the calendar rules alone, independent of the day-number formulas.
    fn next_day(x: Date) -> Option<Date> {
        let (y, m, dd) = (x.year(), x.month(), x.day());
        if dd < days_in_month(y, m) {
            Date::new(y, m, dd + 1).ok()
        } else if m < 12 {
            Date::new(y, m + 1, 1).ok()
        } else {
            Date::new(y.checked_add(1)?, 1, 1).ok()
        }
    }

    fn any_date() -> impl Strategy<Value = Date> {
        (0u16..=MAX_YEAR, 1u8..=12, 1u8..=31)
            .prop_map(|(y, m, dd)| Date::new(y, m, dd.min(days_in_month(y, m))).unwrap())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn text_round_trips(x in any_date()) {
            prop_assert_eq!(Date::parse(&x.to_string()), Ok(x));
            prop_assert_eq!(Date::from_day_number(x.day_number()), Some(x));
        }

        #[test]
        fn adding_days_matches_counting_day_by_day(x in any_date(), n in 0i64..800) {
            let mut counted = Some(x);
            for _ in 0..n {
                counted = counted.and_then(next_day);
            }
            prop_assert_eq!(x.add_days(n), counted);
            if let Some(later) = counted {
                prop_assert_eq!(x.days_until(later), n);
                prop_assert_eq!(later.add_days(-n), Some(x));
                prop_assert_eq!(later.days_until(x), -n);
                prop_assert_eq!(x < later, n > 0);
            }
        }

        #[test]
        fn weekday_advances_by_one(x in any_date()) {
            if let Some(next) = x.add_days(1) {
                let i = WEEKDAYS.iter().position(|w| *w == x.weekday()).unwrap();
                prop_assert_eq!(next.weekday(), WEEKDAYS[(i + 1) % 7]);
            }
        }

        #[test]
        fn arbitrary_text_never_panics(s in "\\PC{0,12}") {
            let _ = Date::parse(&s);
        }
    }

    #[test]
    fn months_later_keep_a_day_every_month_has() {
        let d = |s: &str| Date::parse(s).unwrap();
        assert_eq!(d("2026-11-30").add_months(3), Some(d("2027-02-28")));
        assert_eq!(d("2026-01-15").add_months(12), Some(d("2027-01-15")));
        assert_eq!(d("2026-10-05").add_months(3), Some(d("2027-01-05")));
        assert_eq!(d("9999-12-01").add_months(1), None);
    }
}
