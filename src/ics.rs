//! The day's schedule as an iCalendar file of daily repeating events (RFC 5545), built locally.

use crate::format::mg;
use mg_engine::schedule::{ItemKind, Schedule};

/// A calendar date, for the first occurrence of each event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n")
}

fn summary(kind: ItemKind) -> (String, String) {
    match kind {
        ItemKind::Magnesium { mg: amount, units } => (
            format!("Magnesium {}{}", mg(amount), units.map(|n| format!(" ({n} unit{})", if n == 1 { "" } else { "s" })).unwrap_or_default()),
            "Elemental magnesium as planned in the Magnesium & Restless Legs calculator.".into(),
        ),
        ItemKind::Iron => ("Iron".into(), "Take with vitamin C; keep at least 2 hours away from magnesium.".into()),
        ItemKind::Med(id) => (id.med().name.to_owned(), id.med().advice.to_owned()),
    }
}

/// The `.ics` text: one daily event per schedule item, floating local times, CRLF line ends.
pub fn calendar(schedule: &Schedule, start: Date) -> String {
    let date = format!("{:04}{:02}{:02}", start.year, start.month, start.day);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//mg-rls//Magnesium and Restless Legs calculator//EN".into(),
        "CALSCALE:GREGORIAN".into(),
    ];
    for (n, item) in schedule.items.iter().enumerate() {
        let t = item.time.format().replace(':', "");
        let (title, description) = summary(item.kind);
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:mg-rls-{date}-{n}-{t}@localhost"),
            format!("DTSTAMP:{date}T000000Z"),
            format!("DTSTART:{date}T{t}00"),
            "DURATION:PT5M".into(),
            "RRULE:FREQ=DAILY".into(),
            format!("SUMMARY:{}", escape(&title)),
            format!("DESCRIPTION:{}", escape(&description)),
            "END:VEVENT".into(),
        ]);
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
        let raw = RawInput { age: Some("40"), sex: Some("female"), meds: Some("levothyroxine"), target: Some("300"), ..Default::default() };
        let e = evaluate(&validate(&raw).0);
        let ics = calendar(&e.schedule, Date { year: 2026, month: 11, day: 26 });
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3);
        assert!(ics.contains("DTSTART:20261126T070000\r\n"), "{ics}");
        assert!(ics.contains("SUMMARY:Magnesium 150 mg\r\n"));
        assert!(ics.contains("DTSTART:20261126T210000\r\nDURATION:PT5M\r\nRRULE:FREQ=DAILY"));
        assert!(ics.contains("SUMMARY:Levothyroxine (thyroid hormone)"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(data_url("A B\r\n").ends_with("A%20B%0D%0A"));
    }
}
