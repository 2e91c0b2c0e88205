//! Pure medical logic of the magnesium-for-RLS calculator: reference tables with their sources,
//! rules that return typed findings, the dose plan and the day's schedule. No browser APIs, no UI.

pub mod clock;
pub mod compare;
pub mod condition;
pub mod decimal;
pub mod dose_times;
pub mod evaluate;
pub mod excerpt;
mod field_error;
pub mod finding;
pub mod form_filters;
pub mod forms;
pub mod guidance;
pub mod input;
pub mod iron;
pub mod kidney;
pub mod label;
pub mod label_hint;
pub mod labs;
pub mod med_names;
pub mod meds;
pub mod meds_param;
pub mod person;
pub mod plan;
pub mod plan_text;
pub mod product;
pub mod quiz;
pub mod region;
pub mod regional_requirement;
pub mod regional_tables;
pub mod reminders;
pub mod requirement;
pub mod schedule;
pub mod serum;
pub mod severity;
pub mod small_sort;
pub mod source;
pub mod stage_words;
pub mod trial;
pub mod units;

pub use evaluate::{evaluate, Evaluation};
pub use field_error::FieldError;
pub use finding::{Finding, RuleId, Severity};
pub use input::{validate, Input, RawInput};
pub use plan::NoPlan;
