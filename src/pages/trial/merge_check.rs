//! "Merge" checks the import preview against the diary as stored at the moment of merging (pure;
//! tested natively): a day saved since the preview — in this form or another tab — is never
//! overwritten without asking. What the preview showed and storage still holds is written; what
//! changed meanwhile waits for the person's choice (the form's "Save mine / Keep the saved one").

use mg_engine::trial::{Diary, Entry, MergePreview};

/// A date the file would change that storage changed since the preview.
#[derive(Clone, Debug, PartialEq)]
pub struct MergeConflict {
    /// The file's entry.
    pub file: Entry,
    /// What storage holds for that date now.
    pub saved: Entry,
}

/// The file's entries to write now, and those that wait for an answer.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MergeCheck {
    pub write: Vec<Entry>,
    pub conflicts: Vec<MergeConflict>,
}

/// Checks `preview` (made against an earlier reading) against `now` (the diary just re-read).
/// A date storage holds exactly as the file does is left alone; a date deleted since the preview
/// takes the file's entry (nothing saved is lost).
pub fn check(preview: &MergePreview, now: &Diary) -> MergeCheck {
    let mut out = MergeCheck::default();
    let expected = preview
        .added
        .iter()
        .map(|e| (e, None))
        .chain(preview.changed.iter().map(|c| (&c.new, Some(&c.old))));
    for (file, old) in expected {
        match now.get(file.date()) {
            Some(saved) if saved == file => {}
            Some(saved) if Some(saved) != old => out.conflicts.push(MergeConflict {
                file: file.clone(),
                saved: saved.clone(),
            }),
            _ => out.write.push(file.clone()),
        }
    }
    out.write.sort_by_key(Entry::date);
    out.conflicts.sort_by_key(|c| c.file.date());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(date: &str, symptoms: f64) -> Entry {
        Entry::from_raw(date, Some(symptoms), Some(5.0), Some(0.0), false, "").unwrap()
    }

    #[test]
    fn a_day_saved_after_the_preview_is_a_conflict() {
        let before = Diary::from_entries([e("2026-12-01", 3.0)]).0;
        let file = Diary::from_entries([e("2026-12-01", 5.0), e("2026-12-03", 6.0)]).0;
        let preview = before.merge(&file);
        // Nothing changed meanwhile: the preview's entries are written.
        let same = check(&preview, &before);
        assert_eq!(same.write, [e("2026-12-01", 5.0), e("2026-12-03", 6.0)]);
        assert!(same.conflicts.is_empty());
        // 2026-12-03 was saved in the form after the preview: it waits.
        let now = Diary::from_entries([e("2026-12-01", 3.0), e("2026-12-03", 2.0)]).0;
        let c = check(&preview, &now);
        assert_eq!(c.write, [e("2026-12-01", 5.0)]);
        assert_eq!(
            c.conflicts,
            [MergeConflict {
                file: e("2026-12-03", 6.0),
                saved: e("2026-12-03", 2.0)
            }]
        );
        // 2026-12-01 was edited elsewhere meanwhile: it waits too.
        let now = Diary::from_entries([e("2026-12-01", 9.0)]).0;
        let c = check(&preview, &now);
        assert_eq!(c.write, [e("2026-12-03", 6.0)]);
        assert_eq!(c.conflicts[0].saved, e("2026-12-01", 9.0));
    }

    #[test]
    fn deleted_or_identical_days_are_no_conflict() {
        let before = Diary::from_entries([e("2026-12-01", 3.0)]).0;
        let file = Diary::from_entries([e("2026-12-01", 5.0), e("2026-12-02", 4.0)]).0;
        let preview = before.merge(&file);
        let c = check(&preview, &Diary::new());
        assert_eq!(c.write, [e("2026-12-01", 5.0), e("2026-12-02", 4.0)]);
        let now = Diary::from_entries([e("2026-12-01", 3.0), e("2026-12-02", 4.0)]).0;
        let c = check(&preview, &now);
        assert_eq!((c.write, c.conflicts), (vec![e("2026-12-01", 5.0)], vec![]));
    }
}
