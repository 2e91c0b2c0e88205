//! The verdict in words: what it means, why one person's trial cannot settle the question, and
//! what to do next. Every figure comes from the rule's constants, never retyped.

use super::phase::SUGGESTED_BASELINE_DAYS;
use super::verdict::{
    Outcome, Verdict, FREQUENT_GI_DAYS, HELPS_MIN_CHANGE_POINTS, HELPS_MIN_PERCENT_OF_BASELINE,
    MIN_BASELINE_DAYS, MIN_DAYS_ON_MAGNESIUM, MIN_RECENT_MAGNESIUM_DAYS, NO_BENEFIT_BELOW_POINTS,
    RECENT_WINDOW_DAYS,
};
use crate::decimal;
use crate::finding::RuleId;
use crate::plan::REASSESS_WEEKS;

/// The sentences shown with the verdict.
#[derive(Clone, Debug, PartialEq)]
pub struct Explanation {
    /// A short answer first.
    pub headline: String,
    /// What the numbers mean.
    pub meaning: String,
    /// What a single-person trial cannot tell.
    pub caveat: String,
    /// What to do next.
    pub next: String,
    /// Present when stomach upset was frequent on magnesium days in the recent window.
    pub stomach: Option<StomachNote>,
}

/// A pointer to the existing stomach-upset guidance (the `gi-upset` finding).
#[derive(Clone, Debug, PartialEq)]
pub struct StomachNote {
    pub rule: RuleId,
    pub text: String,
}

fn rating(x: Option<f64>) -> String {
    x.map_or_else(|| "–".into(), |x| decimal::trimmed(x, 1))
}

/// `1 day`, `n days`.
pub fn days(n: usize) -> String {
    if n == 1 {
        "1 day".into()
    } else {
        format!("{n} days")
    }
}

/// A change in rating points, to one decimal (`2.9 points`, `1 point`).
fn change_points(x: Option<f64>) -> String {
    match x.map(|x| decimal::trimmed(x, 1)) {
        Some(s) if s == "1" => "1 point".into(),
        Some(s) => format!("{s} points"),
        None => "–".into(),
    }
}

fn points(n: u32) -> String {
    if n == 1 {
        "1 point".into()
    } else {
        format!("{n} points")
    }
}

pub const CAVEAT: &str = "This is a trial in one person with no comparison group: it cannot rule \
out a placebo effect or the natural ups and downs of restless legs, which can ease or worsen on \
their own.";

/// After `helps` (docs/medical-reference.md §8b): the plan goes on only with the clinician's
/// knowledge, and iron is checked if it has not been this year.
pub const HELPS_NEXT: &str = "Go on with this plan only if your clinician knows and agrees: show \
them this summary, and ask them before changing the dose. If your iron (ferritin and transferrin \
saturation) has not been checked this year, ask for that blood test too: low iron stores are a \
common, treatable cause of restless legs.";

/// After `unclear` or `no-benefit` (docs/medical-reference.md §8b): stop, and ask about iron and
/// other treatments.
pub const STOP_AND_ASK_NEXT: &str = "Stop taking magnesium for restless legs, and talk with a \
clinician about iron (a blood test of ferritin and transferrin saturation) and about other \
treatments.";

/// The Trial screen's opening line: what a trial of one person can show, and what it cannot
/// (docs/medical-reference.md §8b).
pub fn trial_lead() -> String {
    let (early, late) = REASSESS_WEEKS;
    format!(
        "A trial on yourself shows how you respond to magnesium: {SUGGESTED_BASELINE_DAYS} days \
         of ratings without it, then the plan, a few seconds each morning, and a plain summary \
         after {early} to {late} weeks. It cannot settle whether magnesium works for restless \
         legs: there is no blinding and no placebo, and symptoms rise and fall on their own. \
         Your entries stay on this device."
    )
}

impl Verdict {
    pub fn explain(&self) -> Explanation {
        let (headline, meaning, next) = match self.outcome {
            Outcome::NotEnoughData => self.not_enough_data(),
            Outcome::TooEarly => self.too_early(),
            Outcome::Helps => self.helps(),
            Outcome::Unclear => self.unclear(),
            Outcome::NoBenefit => self.no_benefit(),
        };
        Explanation {
            headline: headline.into(),
            meaning,
            caveat: CAVEAT.into(),
            next,
            stomach: self.stomach_note(),
        }
    }

    fn means_sentence(&self) -> String {
        format!(
            "from {} without magnesium to {} on magnesium in the last {RECENT_WINDOW_DAYS} days",
            rating(self.baseline),
            rating(self.recent)
        )
    }

    fn not_enough_data(&self) -> (&'static str, String, String) {
        let (b, r) = (self.baseline_days(), self.recent_magnesium_days());
        let started = self.first_magnesium_day.is_some();
        let short_baseline = b < MIN_BASELINE_DAYS;
        let short_recent = r < MIN_RECENT_MAGNESIUM_DAYS;
        let mut meaning = Vec::new();
        if short_baseline {
            meaning.push(format!(
                "A verdict compares your symptom ratings on magnesium with at least \
                 {MIN_BASELINE_DAYS} rated days without it before the first dose; this diary has {}.",
                days(b)
            ));
        }
        if short_recent {
            meaning.push(format!(
                "{} at least {MIN_RECENT_MAGNESIUM_DAYS} rated days on magnesium within the last \
                 {RECENT_WINDOW_DAYS} days of the diary; there {} {}.",
                if short_baseline {
                    "It also needs"
                } else {
                    "A verdict needs"
                },
                if r == 1 { "is" } else { "are" },
                days(r)
            ));
        }
        let next = if short_baseline && started {
            // Baseline days must come before the first dose: this diary can no longer get them.
            format!(
                "Days without magnesium after the first dose do not count as a baseline, so this \
                 diary cannot reach a verdict. The chart still shows how you are doing. To judge \
                 magnesium, a new trial would begin with {SUGGESTED_BASELINE_DAYS} days of ratings \
                 without it."
            )
        } else if short_baseline {
            let more = MIN_BASELINE_DAYS - b;
            format!(
                "Rate your symptoms each morning for {more} more {} without magnesium (we suggest \
                 {SUGGESTED_BASELINE_DAYS} in all), then start the plan's first week.",
                if more == 1 { "day" } else { "days" }
            )
        } else if started {
            format!(
                "Rate each morning while you take magnesium: at least \
                 {MIN_RECENT_MAGNESIUM_DAYS} of any {RECENT_WINDOW_DAYS} days."
            )
        } else {
            format!(
                "Start the plan's first week and rate each morning while you take magnesium: at \
                 least {MIN_RECENT_MAGNESIUM_DAYS} of any {RECENT_WINDOW_DAYS} days."
            )
        };
        (
            "Not enough ratings for a verdict yet",
            meaning.join(" "),
            next,
        )
    }

    fn too_early(&self) -> (&'static str, String, String) {
        let so_far = self.days_on_magnesium.unwrap_or_default();
        let mut meaning = format!(
            "Your latest entry is {} after your first magnesium day. Studies ran for several \
             weeks, so the verdict waits until {MIN_DAYS_ON_MAGNESIUM} days ({} weeks) after the \
             first magnesium day.",
            days(usize::try_from(so_far).unwrap_or_default()),
            MIN_DAYS_ON_MAGNESIUM / 7
        );
        if self.change.is_some() {
            meaning.push_str(&format!(
                " So far your average symptom rating went {}; early changes can still come and go.",
                self.means_sentence()
            ));
        }
        let when = self.judge_from.map_or_else(String::new, |d| {
            format!(" The verdict can be given from {d}.")
        });
        let next = format!("Keep the same dose and keep rating each morning.{when}");
        ("Too early to judge", meaning, next)
    }

    fn helps(&self) -> (&'static str, String, String) {
        let meaning = format!(
            "Your average symptom rating went {}: {} lower. That meets both marks we use for a \
             meaningful change: at least {} and at least {HELPS_MIN_PERCENT_OF_BASELINE} % of your \
             level without magnesium.",
            self.means_sentence(),
            change_points(self.change),
            points(HELPS_MIN_CHANGE_POINTS)
        );
        let next = HELPS_NEXT.to_string();
        ("Magnesium seems to help you", meaning, next)
    }

    fn unclear(&self) -> (&'static str, String, String) {
        let meaning = format!(
            "Your average symptom rating went {}: {} lower. That is at least {}, but not both \
             {} and {HELPS_MIN_PERCENT_OF_BASELINE} % of your level without magnesium, which we \
             take as a clear benefit.",
            self.means_sentence(),
            change_points(self.change),
            points(NO_BENEFIT_BELOW_POINTS),
            points(HELPS_MIN_CHANGE_POINTS)
        );
        let next = STOP_AND_ASK_NEXT.to_string();
        ("No clear answer", meaning, next)
    }

    fn no_benefit(&self) -> (&'static str, String, String) {
        let meaning = if self.change.is_some_and(|c| c < 0.0) {
            format!(
                "Your average symptom rating rose, {}.",
                self.means_sentence()
            )
        } else {
            format!(
                "Your average symptom rating went {}: a change of less than {}.",
                self.means_sentence(),
                points(NO_BENEFIT_BELOW_POINTS)
            )
        };
        let next = STOP_AND_ASK_NEXT.to_string();
        ("No useful benefit", meaning, next)
    }

    fn stomach_note(&self) -> Option<StomachNote> {
        self.frequent_gi().then(|| StomachNote {
            rule: RuleId::GiUpset,
            text: format!(
                "You noted stomach upset on {} you took magnesium in the last \
                 {RECENT_WINDOW_DAYS} days ({FREQUENT_GI_DAYS} or more counts as frequent here). \
                 See the stomach-upset advice: a lower or split dose, taking it with food, or a \
                 gentler form can help; stop if it goes on.",
                days(self.recent_gi_days)
            ),
        })
    }
}
