//! Views more than one screen shows, in one place so that no screen imports another: the day's
//! timeline and the precautions (Dose, Report), the calendar file and its link (Dose, Trial), the plan's steps and the
//! quiz result in words (Dose/Quiz and Report), the trial's chart and verdict (Trial, Report).

pub mod calendar_link;
pub mod findings_list;
pub mod ics;
pub mod plan_words;
pub mod quiz_words;
pub mod timeline;
pub mod trial_chart;
pub mod verdict_card;
