//! The forms table's columns, and sorting by one of them (`sort` parameter: a column id, `-` in
//! front for descending). Pure: no rendering here.

use mg_engine::excerpt::quoted;
use mg_engine::forms::{Form, Rating};
use mg_engine::region::Region;
use mg_engine::FieldError;
use std::cmp::Ordering;

/// What a column shows, which also decides how it sorts.
#[derive(Clone, Copy)]
pub enum Kind {
    /// The form's name (row header); sorts alphabetically by id (aspartate … threonate).
    Name,
    /// Elemental magnesium, % by mass; sorts by value.
    Pct,
    /// A qualitative rating; sorts by its rank, "no data" (rank 0) always last.
    Rating(fn(&Form) -> Rating),
    /// Free text; sorts alphabetically.
    /// Text that may name the region's limit (the typical dose).
    Text(fn(&Form, Region) -> String),
    /// The sources of the row; sorts by how many there are.
    Sources,
}

pub struct Column {
    /// The `data-col` name and the `sort` value.
    pub id: &'static str,
    pub label: &'static str,
    pub kind: Kind,
}

pub const COLUMNS: [Column; 10] = [
    Column {
        id: "form",
        label: "Form",
        kind: Kind::Name,
    },
    Column {
        id: "elemental-pct",
        label: "Magnesium by weight",
        kind: Kind::Pct,
    },
    Column {
        id: "absorption",
        label: "Absorption",
        kind: Kind::Rating(|f| f.absorption),
    },
    Column {
        id: "stomach",
        label: "Stomach comfort",
        kind: Kind::Rating(|f| f.stomach),
    },
    Column {
        id: "nervous",
        label: "Nervous-system effect",
        kind: Kind::Rating(|f| f.nervous),
    },
    Column {
        id: "use",
        label: "Typical use",
        kind: Kind::Text(|f, _| f.typical_use.to_owned()),
    },
    Column {
        id: "cost",
        label: "Cost-effectiveness",
        kind: Kind::Rating(|f| f.cost),
    },
    Column {
        id: "dose",
        label: "Typical dose",
        kind: Kind::Text(|f, region| f.dose_text(region)),
    },
    Column {
        id: "notes",
        label: "Notes",
        kind: Kind::Text(|f, region| f.notes_text(region)),
    },
    Column {
        id: "source",
        label: "Sources",
        kind: Kind::Sources,
    },
];

/// A sort order: which column (index into `COLUMNS`) and which way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SortBy {
    pub col: usize,
    pub desc: bool,
}

impl SortBy {
    /// Reads the `sort` parameter; an unknown column gives a message and no sort.
    pub fn parse(raw: Option<&str>) -> (Option<SortBy>, Option<FieldError>) {
        let Some(s) = raw.map(str::trim).filter(|s| !s.is_empty()) else {
            return (None, None);
        };
        let (desc, id) = s.strip_prefix('-').map_or((false, s), |id| (true, id));
        match COLUMNS.iter().position(|c| c.id == id) {
            Some(col) => (Some(SortBy { col, desc }), None),
            None => {
                let ids: Vec<_> = COLUMNS.iter().map(|c| c.id).collect();
                let msg = format!("{} is not a column of the table: use {} (a “-” in front sorts descending). Showing the usual order.", quoted(s), ids.join(", "));
                (None, Some(FieldError::new(mg_engine::Field::Sort, msg)))
            }
        }
    }

    /// The `sort` parameter value.
    pub fn param(self) -> String {
        format!(
            "{}{}",
            if self.desc { "-" } else { "" },
            COLUMNS[self.col].id
        )
    }

    /// What activating column `col`'s header does: the same column flips direction; a new one
    /// starts with the most useful end first (most magnesium, best rating; names A to Z).
    pub fn next(current: Option<SortBy>, col: usize) -> SortBy {
        match current {
            Some(s) if s.col == col => SortBy { col, desc: !s.desc },
            _ => SortBy {
                col,
                desc: !matches!(COLUMNS[col].kind, Kind::Name | Kind::Text(_)),
            },
        }
    }

    /// The `aria-sort` value of this order for its column.
    pub fn aria(self) -> &'static str {
        if self.desc {
            "descending"
        } else {
            "ascending"
        }
    }

    fn cmp(self, a: &Form, b: &Form, region: Region) -> Ordering {
        let dir = |o: Ordering| if self.desc { o.reverse() } else { o };
        match COLUMNS[self.col].kind {
            Kind::Name => dir(a.id_str.cmp(b.id_str)),
            Kind::Pct => dir(a.elemental_pct().total_cmp(&b.elemental_pct())),
            Kind::Rating(rating) => match (rating(a).rank, rating(b).rank) {
                (0, 0) => Ordering::Equal,
                (0, _) => Ordering::Greater,
                (_, 0) => Ordering::Less,
                (x, y) => dir(x.cmp(&y)),
            },
            Kind::Text(text) => dir(text(a, region).cmp(&text(b, region))),
            Kind::Sources => dir(a.sources.len().cmp(&b.sources.len())),
        }
    }

    /// Sorts `rows` in place, stable (ties keep the table's usual order); text as `region`
    /// shows it.
    pub fn apply(self, rows: &mut [&'static Form], region: Region) {
        mg_engine::small_sort::sort_by(rows, |a, b| self.cmp(a, b, region));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mg_engine::forms::FORMS;

    fn sorted(param: &str) -> Vec<&'static str> {
        let mut rows: Vec<&'static Form> = FORMS.iter().collect();
        SortBy::parse(Some(param))
            .0
            .expect(param)
            .apply(&mut rows, Region::Us);
        rows.iter().map(|f| f.id_str).collect()
    }

    #[test]
    fn text_and_source_columns_sort_too() {
        let by_use = sorted("use");
        assert_eq!(by_use.first(), Some(&"hydroxide")); // "Antacid and laxative"
        let by_sources = sorted("-source");
        assert_eq!(by_sources.first(), Some(&"citrate")); // five sources, the most
    }

    #[test]
    fn sorts_by_elemental_percentage_both_ways() {
        let desc = sorted("-elemental-pct");
        assert_eq!(&desc[..4], ["oxide", "hydroxide", "carbonate", "citrate"]);
        assert_eq!(desc.last(), Some(&"gluconate"));
        let mut asc = sorted("elemental-pct");
        asc.reverse();
        assert_eq!(asc, desc);
    }

    #[test]
    fn no_data_ratings_sort_last_in_both_directions() {
        let desc = sorted("-absorption");
        assert_eq!(&desc[..2], ["glycinate", "citrate"]);
        let asc = sorted("absorption");
        assert_eq!(&asc[..3], ["oxide", "sulfate", "hydroxide"]);
        for order in [&desc, &asc] {
            let first_no_data = order
                .iter()
                .position(|id| {
                    mg_engine::forms::FormId::parse(id)
                        .unwrap()
                        .form()
                        .absorption
                        .rank
                        == 0
                })
                .unwrap();
            assert!(order[first_no_data..]
                .iter()
                .all(|id| mg_engine::forms::FormId::parse(id)
                    .unwrap()
                    .form()
                    .absorption
                    .rank
                    == 0));
        }
        // Ties keep the usual (contract) order: chloride, lactate, aspartate are all rank 3.
        assert_eq!(&desc[2..5], ["chloride", "lactate", "aspartate"]);
    }

    #[test]
    fn names_sort_alphabetically() {
        let asc = sorted("form");
        assert_eq!(asc.first(), Some(&"aspartate"));
        assert_eq!(asc.last(), Some(&"threonate"));
    }

    #[test]
    fn parse_param_and_next() {
        assert_eq!(SortBy::parse(None), (None, None));
        assert_eq!(SortBy::parse(Some("")), (None, None));
        let (s, e) = SortBy::parse(Some("-stomach"));
        assert_eq!((s.unwrap().param(), e), ("-stomach".to_owned(), None));
        assert_eq!(SortBy::parse(Some("notes")).0.unwrap().param(), "notes");
        for bad in ["bogus", "--stomach", "-"] {
            let (s, e) = SortBy::parse(Some(bad));
            assert_eq!(s, None);
            assert_eq!(e.unwrap().field.name(), "sort");
        }
        let pct = COLUMNS
            .iter()
            .position(|c| c.id == "elemental-pct")
            .unwrap();
        let first = SortBy::next(None, pct);
        assert_eq!(first.param(), "-elemental-pct");
        assert_eq!(SortBy::next(Some(first), pct).param(), "elemental-pct");
        assert_eq!(SortBy::next(Some(first), 0).param(), "form");
    }
}
