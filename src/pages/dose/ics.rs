//! The day's schedule as an iCalendar file of daily repeating events (RFC 5545), built locally.

use crate::widgets::format::mg;
use mg_engine::meds::MedId;
use mg_engine::schedule::{ItemKind, Schedule};

/// A calendar date, for the first occurrence of each event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    fn days_in_month(self) -> u32 {
        let leap = (self.year % 4 == 0 && self.year % 100 != 0) || self.year % 400 == 0;
        match self.month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    /// The date `days` later.
    pub fn plus_days(self, days: u32) -> Date {
        (0..days).fold(self, |d, _| {
            match (d.day < d.days_in_month(), d.month < 12) {
                (true, _) => Date {
                    day: d.day + 1,
                    ..d
                },
                (false, true) => Date {
                    month: d.month + 1,
                    day: 1,
                    ..d
                },
                (false, false) => Date {
                    year: d.year + 1,
                    month: 1,
                    day: 1,
                },
            }
        })
    }

    fn ical(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }
}

/// The plan's lower first week: `(mg, units)` a day, taken at the evening magnesium time.
pub type FirstWeek = (f64, Option<u32>);

/// Days of the lower first week.
const FIRST_WEEK_DAYS: u32 = 7;

fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

fn magnesium_title(amount: f64, units: Option<u32>) -> String {
    format!(
        "Magnesium {}{}",
        mg(amount),
        units
            .map(|n| format!(" ({n} unit{})", if n == 1 { "" } else { "s" }))
            .unwrap_or_default()
    )
}

fn summary(kind: ItemKind) -> (String, String) {
    match kind {
        ItemKind::Magnesium { mg: amount, units } => (
            magnesium_title(amount, units),
            "Elemental magnesium as planned in the Magnesium & Restless Legs calculator.".into(),
        ),
        ItemKind::Iron => ("Iron".into(), MedId::Iron.med().advice()),
        ItemKind::Med(id) => (id.med().name.to_owned(), id.med().advice()),
    }
}

/// The `.ics` text: one daily event per schedule item, floating local times, CRLF line ends.
/// With a lower `first_week`, that dose comes first (7 days, at the evening magnesium time) and
/// the full magnesium doses start the day after; medicines start today.
pub fn calendar(schedule: &Schedule, start: Date, first_week: Option<FirstWeek>) -> String {
    let stamp = start.ical();
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//mg-rls//Magnesium and Restless Legs calculator//EN".into(),
        "CALSCALE:GREGORIAN".into(),
    ];
    let mut event =
        |n: usize, day: Date, time: String, rule: &str, title: String, description: String| {
            let date = day.ical();
            lines.extend([
                "BEGIN:VEVENT".to_string(),
                format!("UID:mg-rls-{stamp}-{n}-{time}@localhost"),
                format!("DTSTAMP:{stamp}T000000Z"),
                format!("DTSTART:{date}T{time}00"),
                "DURATION:PT5M".into(),
                rule.into(),
                format!("SUMMARY:{}", escape(&title)),
                format!("DESCRIPTION:{}", escape(&description)),
                "END:VEVENT".into(),
            ]);
        };
    let full_dose_from = if first_week.is_some() {
        start.plus_days(FIRST_WEEK_DAYS)
    } else {
        start
    };
    for (n, item) in schedule.items.iter().enumerate() {
        let (title, description) = summary(item.kind);
        let day = if matches!(item.kind, ItemKind::Magnesium { .. }) {
            full_dose_from
        } else {
            start
        };
        event(
            n,
            day,
            item.time.format().replace(':', ""),
            "RRULE:FREQ=DAILY",
            title,
            description,
        );
    }
    let evening = schedule
        .items
        .iter()
        .rev()
        .find(|i| matches!(i.kind, ItemKind::Magnesium { .. }));
    if let (Some((amount, units)), Some(item)) = (first_week, evening) {
        event(
            schedule.items.len(),
            start,
            item.time.format().replace(':', ""),
            &format!("RRULE:FREQ=DAILY;COUNT={FIRST_WEEK_DAYS}"),
            format!("{}, first week", magnesium_title(amount, units)),
            "The lower first-week dose of your plan; the full dose starts the day after.".into(),
        );
    }
    lines.push("END:VCALENDAR".into());
    lines.join("\r\n") + "\r\n"
}

/// A `data:` URL for a download link, so no script or network is needed.
pub fn data_url(ics: &str) -> String {
    let mut out = String::from("data:text/calendar;charset=utf-8,");
    for b in ics.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use mg_engine::{evaluate, validate, RawInput};

    #[test]
    fn daily_events_for_each_item() {
        let raw = RawInput {
            age: Some("40"),
            sex: Some("female"),
            meds: Some("levothyroxine"),
            target: Some("300"),
            ..Default::default()
        };
        let e = evaluate(&validate(&raw).0);
        let ics = calendar(
            &e.schedule,
            Date {
                year: 2026,
                month: 11,
                day: 26,
            },
            None,
        );
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3);
        assert!(ics.contains("DTSTART:20261126T070000\r\n"), "{ics}");
        assert!(ics.contains("SUMMARY:Magnesium 150 mg\r\n"));
        assert!(ics.contains("DTSTART:20261126T210000\r\nDURATION:PT5M\r\nRRULE:FREQ=DAILY"));
        assert!(ics.contains("SUMMARY:Levothyroxine (thyroid hormone)"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(data_url("A B\r\n").ends_with("A%20B%0D%0A"));
    }

    #[test]
    fn a_lower_first_week_comes_first() {
        let raw = RawInput {
            age: Some("40"),
            meds: Some("levothyroxine"),
            target: Some("300"),
            ..Default::default()
        };
        let e = evaluate(&validate(&raw).0);
        let ics = calendar(
            &e.schedule,
            Date {
                year: 2026,
                month: 12,
                day: 28,
            },
            Some((100.0, None)),
        );
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 4);
        // The medicine from today; full magnesium from day 8 (across the new year); week 1 first.
        assert!(ics.contains("DTSTART:20261228T070000\r\n"), "{ics}");
        assert!(ics.contains("DTSTART:20270104T110000\r\nDURATION:PT5M\r\nRRULE:FREQ=DAILY\r\nSUMMARY:Magnesium 150 mg\r\n"), "{ics}");
        assert!(ics.contains("DTSTART:20270104T210000\r\nDURATION:PT5M\r\nRRULE:FREQ=DAILY\r\nSUMMARY:Magnesium 150 mg\r\n"), "{ics}");
        assert!(ics.contains("DTSTART:20261228T210000\r\nDURATION:PT5M\r\nRRULE:FREQ=DAILY;COUNT=7\r\nSUMMARY:Magnesium 100 mg\\, first week\r\n"), "{ics}");
    }

    #[test]
    fn dates_roll_over_months_and_leap_years() {
        let d = |year, month, day| Date { year, month, day };
        assert_eq!(d(2028, 2, 25).plus_days(7), d(2028, 3, 3));
        assert_eq!(d(2027, 2, 25).plus_days(7), d(2027, 3, 4));
        assert_eq!(d(2100, 2, 28).plus_days(1), d(2100, 3, 1));
        assert_eq!(d(2026, 4, 30).plus_days(1), d(2026, 5, 1));
        assert_eq!(d(2026, 1, 31).plus_days(0), d(2026, 1, 31));
    }
}
