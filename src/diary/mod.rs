//! The trial diary outside the engine: the contract's diary file (docs/contract.md §4.2) read
//! and written as JSON, older versions brought up to date, and the copy kept on this device
//! changed one entry at a time without losing anything. Pure: the browser side only hands text
//! in and out (`crate::platform`), so all of it is tested natively.

pub mod document;
pub mod file;
pub mod json;
pub mod migrate;
pub mod stored;

pub use file::{FileError, Skipped, TrialSettings};
pub use stored::{Change, Loaded, StoredDiary};
