//! "Is it working?": the person's own magnesium trial. A diary of morning ratings, its verdict
//! under the rule of docs/contract.md §4.3, the chart's data, CSV export and the trial's phases.
//! Pure: the app stores, parses JSON and draws; everything it shows is computed here.

pub mod chart;
pub mod csv;
pub mod date;
pub mod diary;
pub mod entry;
pub mod explain;
pub mod merge;
pub mod phase;
pub mod safety;
pub mod verdict;

pub use chart::{chart, Chart, ChartDay, Span};
pub use csv::to_csv;
pub use date::{Date, DateError};
pub use diary::Diary;
pub use entry::{Entry, EntryError, EntryField};
pub use explain::{Explanation, StomachNote};
pub use merge::{EntryChange, MergeCheck, MergeConflict, MergePreview};
pub use phase::{Phase, TrialPlan};
pub use safety::{blocks_trial, AmountProblem, TrialRules};
pub use verdict::{verdict, Outcome, Verdict, VerdictDecimals};
