//! The plan's steps in words, for the Dose screen's plan card and the Report.

use crate::widgets::format::mg;
use mg_engine::plan::Step;

/// "Weeks 2–6: 200 mg (2 tablets) a day".
pub fn step_text(s: &Step) -> String {
    let weeks = match s.to_week {
        Some(to) if to == s.from_week => format!("Week {to}"),
        Some(to) => format!("Weeks {}–{to}", s.from_week),
        None if s.from_week == 1 => "Every day".into(),
        None => format!("From week {}", s.from_week),
    };
    let units = s
        .units
        .map(|u| format!(" ({})", u.text()))
        .unwrap_or_default();
    format!("{weeks}: {}{units} a day", mg(s.mg))
}
