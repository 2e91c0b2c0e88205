//! The day's schedule as an iCalendar file of daily repeating events (RFC 5545), built locally:
//! an alarm on each dose, "review your trial" at weeks 6 and 8, and a blood test every few
//! months when a finding asks for monitoring (what they say and when: `mg_engine::reminders`).
//! Lines are folded at 75 octets (RFC 5545 §3.1).

use crate::widgets::format::mg;
use mg_engine::clock::Clock;
use mg_engine::meds::MedId;
use mg_engine::reminders::{review_reminders, BloodTestReminder};
use mg_engine::schedule::{ItemKind, Schedule};
pub use mg_engine::trial::Date;
use mg_engine::units::Units;

/// A date as iCalendar writes it: `YYYYMMDD`.
fn ical(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// `days` after `d`; `d` itself beyond year 9999, where nobody plans a supplement.
fn plus_days(d: Date, days: u32) -> Date {
    d.add_days(i64::from(days)).unwrap_or(d)
}

/// The plan's lower first week: `(mg, units)` a day, taken at the evening magnesium time.
pub type FirstWeek = (f64, Option<Units>);

/// Days of the lower first week.
const FIRST_WEEK_DAYS: u32 = 7;
/// Longest line in octets, without the CRLF (RFC 5545 §3.1).
const MAX_LINE_OCTETS: usize = 75;

/// The reminders beyond the daily doses.
#[derive(Clone, Debug, PartialEq)]
pub struct Reminders {
    /// When on the day the reminders come (the person's wake time).
    pub at: Clock,
    pub blood_test: Option<BloodTestReminder>,
}

/// One content line folded into lines of at most 75 octets: each continuation starts with a
/// space, and no UTF-8 character is cut.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 64 * 3);
    let mut room = MAX_LINE_OCTETS;
    for c in line.chars() {
        if c.len_utf8() > room {
            out.push_str("\r\n ");
            room = MAX_LINE_OCTETS - 1;
        }
        out.push(c);
        room -= c.len_utf8();
    }
    out
}

/// An alarm when the event starts.
fn alarm(title: &str) -> [String; 5] {
    [
        "BEGIN:VALARM".into(),
        "ACTION:DISPLAY".into(),
        format!("DESCRIPTION:{}", escape(title)),
        "TRIGGER:-PT0M".into(),
        "END:VALARM".into(),
    ]
}

fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

fn magnesium_title(amount: f64, units: Option<Units>) -> String {
    format!(
        "Magnesium {}{}",
        mg(amount),
        units
            .map(|n| format!(" ({})", n.text()))
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

/// How an event repeats: its RRULE line, none for a one-off event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Repeat {
    Once,
    Daily,
    DailyFor(u32),
    EveryMonths(u32),
}

impl Repeat {
    fn rule(self) -> Option<String> {
        match self {
            Repeat::Once => None,
            Repeat::Daily => Some("RRULE:FREQ=DAILY".into()),
            Repeat::DailyFor(days) => Some(format!("RRULE:FREQ=DAILY;COUNT={days}")),
            Repeat::EveryMonths(n) => Some(format!("RRULE:FREQ=MONTHLY;INTERVAL={n}")),
        }
    }
}

/// The `.ics` text: one daily event per schedule item, each with an alarm, floating local times,
/// CRLF line ends. With a lower `first_week`, that dose comes first (7 days, at the evening
/// magnesium time) and the full magnesium doses start the day after; medicines start today.
/// With magnesium in the plan, the trial reviews and any blood-test reminder follow.
pub fn calendar(
    schedule: &Schedule,
    start: Date,
    first_week: Option<FirstWeek>,
    reminders: &Reminders,
) -> String {
    let stamp = ical(start);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//mg-rls//Magnesium and Restless Legs calculator//EN".into(),
        "CALSCALE:GREGORIAN".into(),
    ];
    let mut event =
        |n: usize, day: Date, time: String, repeat: Repeat, title: String, description: String| {
            let date = ical(day);
            lines.extend([
                "BEGIN:VEVENT".to_string(),
                format!("UID:mg-rls-{stamp}-{n}-{time}@localhost"),
                format!("DTSTAMP:{stamp}T000000Z"),
                format!("DTSTART:{date}T{time}00"),
                "DURATION:PT5M".into(),
            ]);
            lines.extend(repeat.rule());
            lines.extend([
                format!("SUMMARY:{}", escape(&title)),
                format!("DESCRIPTION:{}", escape(&description)),
            ]);
            lines.extend(alarm(&title));
            lines.push("END:VEVENT".into());
        };
    let full_dose_from = if first_week.is_some() {
        plus_days(start, FIRST_WEEK_DAYS)
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
            Repeat::Daily,
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
            Repeat::DailyFor(FIRST_WEEK_DAYS),
            format!("{}, first week", magnesium_title(amount, units)),
            "The lower first-week dose of your plan; the full dose starts the day after.".into(),
        );
    }
    if evening.is_some() {
        let at = reminders.at.format().replace(':', "");
        let n = schedule.items.len() + 1;
        for (i, r) in review_reminders().into_iter().enumerate() {
            event(
                n + i,
                plus_days(start, r.days_after_start),
                at.clone(),
                Repeat::Once,
                r.title,
                r.description,
            );
        }
        if let Some(b) = &reminders.blood_test {
            event(
                n + 2,
                start.add_months(b.every_months).unwrap_or(start),
                at,
                Repeat::EveryMonths(b.every_months),
                b.title.clone(),
                b.description.clone(),
            );
        }
    }
    lines.push("END:VCALENDAR".into());
    let folded: Vec<String> = lines.iter().map(|l| fold(l)).collect();
    folded.join("\r\n") + "\r\n"
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
    use mg_engine::reminders::blood_test_reminder;
    use mg_engine::{evaluate, validate, Evaluation, RawInput};

    /// At 7:00, no blood test.
    fn at_seven(_: &Evaluation) -> Reminders {
        Reminders {
            at: Clock::hm(7, 0),
            blood_test: None,
        }
    }

    /// The calendar from `start` for an adult of 40 who wants 300 mg a day and `more` entries,
    /// with `first_week`, and the reminders that `reminders` makes of their evaluation.
    fn ics_for(
        more: RawInput<'static>,
        start: (u16, u8, u8),
        first_week: Option<FirstWeek>,
        reminders: impl Fn(&Evaluation) -> Reminders,
    ) -> String {
        let raw = RawInput {
            age: Some("40"),
            target: Some("300"),
            ..more
        };
        let e = evaluate(&validate(&raw).0);
        let start = Date::new(start.0, start.1, start.2).unwrap();
        calendar(&e.schedule, start, first_week, &reminders(&e))
    }

    #[test]
    fn daily_events_for_each_item() {
        let raw = RawInput {
            sex: Some("female"),
            meds: Some("levothyroxine"),
            ..Default::default()
        };
        let ics = ics_for(raw, (2026, 11, 26), None, at_seven);
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        // Two doses, the medicine, and the reviews at weeks 6 and 8; an alarm on each.
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 5);
        assert_eq!(ics.matches("BEGIN:VALARM").count(), 5);
        assert!(
            ics.contains(
                "DTSTART:20270107T070000\r\nDURATION:PT5M\r\nSUMMARY:Review your trial (week 6)"
            ),
            "{ics}"
        );
        assert!(
            ics.contains(
                "DTSTART:20270121T070000\r\nDURATION:PT5M\r\nSUMMARY:Review your trial (week 8)"
            ),
            "{ics}"
        );
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
            meds: Some("levothyroxine"),
            ..Default::default()
        };
        let ics = ics_for(raw, (2026, 12, 28), Some((100.0, None)), at_seven);
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 6);
        // The medicine from today; full magnesium from day 8 (across the new year); week 1 first.
        assert!(ics.contains("DTSTART:20261228T070000\r\n"), "{ics}");
        assert!(ics.contains("DTSTART:20270104T110000\r\nDURATION:PT5M\r\nRRULE:FREQ=DAILY\r\nSUMMARY:Magnesium 150 mg\r\n"), "{ics}");
        assert!(ics.contains("DTSTART:20270104T210000\r\nDURATION:PT5M\r\nRRULE:FREQ=DAILY\r\nSUMMARY:Magnesium 150 mg\r\n"), "{ics}");
        assert!(ics.contains("DTSTART:20261228T210000\r\nDURATION:PT5M\r\nRRULE:FREQ=DAILY;COUNT=7\r\nSUMMARY:Magnesium 100 mg\\, first week\r\n"), "{ics}");
    }

    #[test]
    fn a_blood_test_every_3_months_when_a_finding_asks_for_it() {
        let raw = RawInput {
            egfr: Some("45"),
            ..Default::default()
        };
        let ics = ics_for(raw, (2026, 11, 30), None, |e| Reminders {
            at: Clock::hm(6, 30),
            blood_test: blood_test_reminder(&e.findings),
        });
        assert!(ics.contains("DTSTART:20270228T063000\r\nDURATION:PT5M\r\nRRULE:FREQ=MONTHLY;INTERVAL=3\r\nSUMMARY:Blood test"), "{ics}");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_cutting_a_character() {
        let line = format!("DESCRIPTION:{}", "é—a".repeat(40));
        let folded = fold(&line);
        for part in folded.split("\r\n") {
            assert!(part.len() <= 75, "{} octets", part.len());
        }
        assert_eq!(folded.replace("\r\n ", ""), line);
        assert_eq!(fold("SHORT"), "SHORT");
        let exactly = "x".repeat(75);
        assert_eq!(fold(&exactly), exactly);
        assert_eq!(fold(&"x".repeat(76)), format!("{}\r\n x", "x".repeat(75)));
    }

    #[test]
    fn days_later_roll_over_months_and_leap_years() {
        let d = |year, month, day| Date::new(year, month, day).unwrap();
        assert_eq!(plus_days(d(2028, 2, 25), 7), d(2028, 3, 3));
        assert_eq!(plus_days(d(2027, 2, 25), 7), d(2027, 3, 4));
        assert_eq!(plus_days(d(2100, 2, 28), 1), d(2100, 3, 1));
        assert_eq!(plus_days(d(2026, 1, 31), 0), d(2026, 1, 31));
        assert_eq!(ical(d(2026, 4, 5)), "20260405");
    }
}
