//! What the trial chart draws, day by day: the ratings and dose as recorded (a missed day stays
//! empty, never guessed), a trailing mean of symptoms, and the phases before and on magnesium.
//! The app only maps these values to SVG and to the data table beside it.

use super::date::Date;
use super::diary::Diary;
use super::entry::Entry;

/// The symptom line is the mean of the rated days among this many calendar days, ending at the
/// day drawn: a week smooths night-to-night swings.
pub const MEAN_DAYS: u32 = 7;
/// The chart shows at most this many days, the latest ones: an 8-week trial with its baseline
/// fits easily, and a file with dates years apart cannot make the page draw millions of days.
pub const MAX_DAYS: u32 = 366;

/// One calendar day of the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartDay {
    pub date: Date,
    /// Whether the diary has an entry for this day.
    pub has_entry: bool,
    pub symptoms: Option<u8>,
    pub sleep: Option<u8>,
    /// Elemental mg taken (0 none, `None` not recorded or no entry).
    pub magnesium_mg: Option<f64>,
    pub gi: bool,
    /// Mean symptom rating of the rated days among the `MEAN_DAYS` days ending here; `None`
    /// when none of them is rated.
    pub symptoms_mean: Option<f64>,
}

/// Days `from` to `to`, both included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub from: Date,
    pub to: Date,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Chart {
    /// Every calendar day from the first to the last entry shown, in order.
    pub days: Vec<ChartDay>,
    /// Days before the first day with magnesium (shaded as the baseline).
    pub baseline: Option<Span>,
    /// From the first day with magnesium to the last day shown.
    pub magnesium: Option<Span>,
    /// The largest dose shown, for the dose marks' scale.
    pub max_magnesium_mg: Option<f64>,
    /// Earlier days were left out (more than `MAX_DAYS` days).
    pub clipped: bool,
}

pub fn chart(diary: &Diary) -> Chart {
    let (Some(first), Some(last)) = (diary.first_date(), diary.last_date()) else {
        return Chart::default();
    };
    let earliest_shown = last.add_days(1 - i64::from(MAX_DAYS)).unwrap_or(first);
    let (start, clipped) = if first < earliest_shown {
        (earliest_shown, true)
    } else {
        (first, false)
    };
    let days: Vec<ChartDay> = (0..=start.days_until(last))
        .filter_map(|i| start.add_days(i))
        .map(|date| chart_day(diary, date))
        .collect();

    // The phases follow the doses as recorded, rated or not: they show what was taken.
    let first_magnesium = diary
        .entries()
        .iter()
        .find(|e| e.took_magnesium())
        .map(Entry::date);
    let baseline_end = match first_magnesium {
        Some(f) => f.add_days(-1).filter(|&e| e >= start),
        None => Some(last),
    };
    let magnesium_start = first_magnesium.map(|f| f.max(start));
    let max_magnesium_mg = days
        .iter()
        .filter_map(|d| d.magnesium_mg)
        .fold(None, |m: Option<f64>, x| Some(m.map_or(x, |m| m.max(x))));
    Chart {
        days,
        baseline: baseline_end.map(|to| Span { from: start, to }),
        magnesium: magnesium_start.map(|from| Span { from, to: last }),
        max_magnesium_mg,
        clipped,
    }
}

fn chart_day(diary: &Diary, date: Date) -> ChartDay {
    let entry = diary.get(date);
    let (mut total, mut rated) = (0u32, 0u32);
    for back in 0..i64::from(MEAN_DAYS) {
        let rating = date
            .add_days(-back)
            .and_then(|d| diary.get(d))
            .and_then(Entry::symptoms);
        if let Some(r) = rating {
            total += u32::from(r);
            rated += 1;
        }
    }
    ChartDay {
        date,
        has_entry: entry.is_some(),
        symptoms: entry.and_then(Entry::symptoms),
        sleep: entry.and_then(Entry::sleep),
        magnesium_mg: entry.and_then(Entry::magnesium_mg),
        gi: entry.is_some_and(Entry::gi),
        symptoms_mean: (rated > 0).then(|| f64::from(total) / f64::from(rated)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn entry(date: &str, symptoms: Option<f64>, mg: Option<f64>) -> Entry {
        Entry::from_raw(date, symptoms, Some(6.0), mg, false, "").unwrap()
    }

    #[test]
    fn an_empty_diary_draws_nothing() {
        assert_eq!(chart(&Diary::new()), Chart::default());
    }

    #[test]
    fn every_calendar_day_with_missed_days_left_empty() {
        let (diary, _) = Diary::from_entries([
            entry("2026-12-01", Some(6.0), Some(0.0)),
            entry("2026-12-02", Some(4.0), Some(0.0)),
            entry("2026-12-04", None, Some(100.0)),
            entry("2026-12-05", Some(2.0), None),
        ]);
        let c = chart(&diary);
        let dates: Vec<_> = c.days.iter().map(|x| x.date.to_string()).collect();
        assert_eq!(
            dates,
            [
                "2026-12-01",
                "2026-12-02",
                "2026-12-03",
                "2026-12-04",
                "2026-12-05"
            ]
        );
        let missed = &c.days[2];
        assert!(!missed.has_entry);
        assert_eq!(
            (missed.symptoms, missed.sleep, missed.magnesium_mg),
            (None, None, None)
        );
        assert_eq!(c.days[3].magnesium_mg, Some(100.0));
        assert_eq!(c.days[3].symptoms, None);
        assert_eq!(c.days[4].magnesium_mg, None);
        let means: Vec<_> = c.days.iter().map(|x| x.symptoms_mean).collect();
        assert_eq!(
            means,
            [Some(6.0), Some(5.0), Some(5.0), Some(5.0), Some(4.0)]
        );
        assert_eq!(
            c.baseline,
            Some(Span {
                from: d("2026-12-01"),
                to: d("2026-12-03")
            })
        );
        assert_eq!(
            c.magnesium,
            Some(Span {
                from: d("2026-12-04"),
                to: d("2026-12-05")
            })
        );
        assert_eq!(c.max_magnesium_mg, Some(100.0));
        assert!(!c.clipped);
    }

    #[test]
    fn the_mean_covers_seven_calendar_days() {
        let (diary, _) = Diary::from_entries([
            entry("2026-12-01", Some(9.0), Some(0.0)),
            entry("2026-12-07", Some(3.0), Some(0.0)),
            entry("2026-12-08", Some(5.0), Some(0.0)),
            entry("2026-12-20", Some(1.0), Some(0.0)),
        ]);
        let c = chart(&diary);
        let mean_on = |s: &str| {
            c.days
                .iter()
                .find(|x| x.date == d(s))
                .unwrap()
                .symptoms_mean
        };
        assert_eq!(mean_on("2026-12-07"), Some(6.0)); // 1st..7th: 9 and 3
        assert_eq!(mean_on("2026-12-08"), Some(4.0)); // 2nd..8th: 3 and 5
        assert_eq!(mean_on("2026-12-14"), Some(5.0)); // 8th..14th: 5
        assert_eq!(mean_on("2026-12-15"), None); // 9th..15th: nothing rated
        assert_eq!(c.magnesium, None);
        assert_eq!(
            c.baseline,
            Some(Span {
                from: d("2026-12-01"),
                to: d("2026-12-20")
            })
        );
    }

    #[test]
    fn magnesium_from_the_first_day_leaves_no_baseline() {
        let (diary, _) = Diary::from_entries([
            entry("2026-12-01", Some(5.0), Some(200.0)),
            entry("2026-12-02", Some(5.0), Some(300.0)),
        ]);
        let c = chart(&diary);
        assert_eq!(c.baseline, None);
        assert_eq!(c.max_magnesium_mg, Some(300.0));
    }

    #[test]
    fn far_apart_dates_are_clipped_to_the_latest_days() {
        let (diary, _) = Diary::from_entries([
            entry("0000-01-01", Some(5.0), Some(0.0)),
            entry("2026-12-01", Some(5.0), Some(200.0)),
        ]);
        let c = chart(&diary);
        assert!(c.clipped);
        assert_eq!(c.days.len(), MAX_DAYS as usize);
        assert_eq!(c.days.last().unwrap().date, d("2026-12-01"));
        let first_shown = d("2026-12-01").add_days(1 - i64::from(MAX_DAYS)).unwrap();
        assert_eq!(c.days[0].date, first_shown);
        assert_eq!(
            c.baseline,
            Some(Span {
                from: first_shown,
                to: d("2026-11-30")
            })
        );
    }
}
