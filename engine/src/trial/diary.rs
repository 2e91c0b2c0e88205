//! The diary: at most one entry per date, kept in date order (docs/contract.md §4.2: "one
//! entry per date").

use super::date::Date;
use super::entry::Entry;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Diary {
    /// Sorted by date, dates unique.
    entries: Vec<Entry>,
}

impl Diary {
    pub fn new() -> Diary {
        Diary::default()
    }

    /// A diary from entries in any order. When a date comes more than once, the later one in
    /// the input wins (it is the newer edit); the returned dates say where that happened so the
    /// app can report it. Entries already in date order, one a date (as the app stores and
    /// exports them), are kept as they come, in one pass; others go through a map by date:
    /// n log n, however the input is ordered.
    pub fn from_entries(entries: impl IntoIterator<Item = Entry>) -> (Diary, Vec<Date>) {
        let entries: Vec<Entry> = entries.into_iter().collect();
        if entries.windows(2).all(|w| w[0].date() < w[1].date()) {
            return (Diary { entries }, Vec::new());
        }
        let mut by_date = BTreeMap::new();
        let mut repeated = BTreeSet::new();
        for entry in entries {
            let date = entry.date();
            if by_date.insert(date, entry).is_some() {
                repeated.insert(date);
            }
        }
        (
            Diary::from_map(by_date),
            repeated.into_iter().collect::<Vec<_>>(),
        )
    }

    /// A diary from entries already keyed by their date.
    pub fn from_map(by_date: BTreeMap<Date, Entry>) -> Diary {
        Diary {
            entries: by_date.into_values().collect(),
        }
    }

    /// The entries keyed by date (for merging without a scan per day).
    pub fn by_date(&self) -> BTreeMap<Date, &Entry> {
        self.entries.iter().map(|e| (e.date(), e)).collect()
    }

    /// Adds the entry, or replaces the one of the same date and returns it.
    pub fn insert(&mut self, entry: Entry) -> Option<Entry> {
        match self.position(entry.date()) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i], entry)),
            Err(i) => {
                self.entries.insert(i, entry);
                None
            }
        }
    }

    /// Removes the entry of that date and returns it.
    pub fn remove(&mut self, date: Date) -> Option<Entry> {
        self.position(date).ok().map(|i| self.entries.remove(i))
    }

    pub fn get(&self, date: Date) -> Option<&Entry> {
        self.position(date).ok().map(|i| &self.entries[i])
    }

    /// All entries, oldest first.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Days with an entry (docs/contract.md §4.1: `trial-days` `data-count`).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn first_date(&self) -> Option<Date> {
        self.entries.first().map(Entry::date)
    }

    pub fn last_date(&self) -> Option<Date> {
        self.entries.last().map(Entry::date)
    }

    fn position(&self, date: Date) -> Result<usize, usize> {
        self.entries.binary_search_by_key(&date, Entry::date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(date: &str, symptoms: f64) -> Entry {
        Entry::from_raw(date, Some(symptoms), None, Some(0.0), false, "").unwrap()
    }

    fn dates(d: &Diary) -> Vec<String> {
        d.entries().iter().map(|e| e.date().to_string()).collect()
    }

    #[test]
    fn keeps_one_entry_per_date_in_order() {
        let mut d = Diary::new();
        assert!(d.is_empty());
        assert_eq!(d.insert(entry("2026-12-03", 3.0)), None);
        assert_eq!(d.insert(entry("2026-12-01", 1.0)), None);
        assert_eq!(d.insert(entry("2026-12-02", 2.0)), None);
        assert_eq!(dates(&d), ["2026-12-01", "2026-12-02", "2026-12-03"]);
        let old = d.insert(entry("2026-12-02", 7.0)).unwrap();
        assert_eq!(old.symptoms(), Some(2));
        assert_eq!(d.len(), 3);
        let date = Date::parse("2026-12-02").unwrap();
        assert_eq!(d.get(date).unwrap().symptoms(), Some(7));
        assert_eq!(d.remove(date).unwrap().symptoms(), Some(7));
        assert_eq!(d.remove(date), None);
        assert_eq!(d.get(date), None);
        assert_eq!(dates(&d), ["2026-12-01", "2026-12-03"]);
        assert_eq!(d.first_date().unwrap().to_string(), "2026-12-01");
        assert_eq!(d.last_date().unwrap().to_string(), "2026-12-03");
    }

    #[test]
    fn from_entries_sorts_and_reports_repeated_dates() {
        let (d, repeated) = Diary::from_entries([
            entry("2026-12-02", 2.0),
            entry("2026-12-01", 1.0),
            entry("2026-12-02", 5.0),
            entry("2026-12-02", 6.0),
        ]);
        assert_eq!(dates(&d), ["2026-12-01", "2026-12-02"]);
        assert_eq!(d.entries()[1].symptoms(), Some(6));
        assert_eq!(repeated, [Date::parse("2026-12-02").unwrap()]);
    }

    #[test]
    fn entries_in_order_are_the_same_diary_as_in_any_order() {
        let days: Vec<Entry> = (1..=9)
            .map(|d| entry(&format!("2026-12-0{d}"), f64::from(d)))
            .collect();
        let (in_order, repeated) = Diary::from_entries(days.clone());
        assert!(repeated.is_empty());
        let (reversed, _) = Diary::from_entries(days.iter().rev().cloned());
        assert_eq!(in_order, reversed);
        assert_eq!(in_order.entries(), &days[..]);
        // In order but a date twice (adjacent): the later one, reported.
        let (d, repeated) =
            Diary::from_entries([entry("2026-12-01", 1.0), entry("2026-12-01", 4.0)]);
        assert_eq!((d.len(), d.entries()[0].symptoms()), (1, Some(4)));
        assert_eq!(repeated, [Date::parse("2026-12-01").unwrap()]);
    }
}
