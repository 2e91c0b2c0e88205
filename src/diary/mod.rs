//! The trial diary outside the engine: the contract's diary file (docs/contract.md §4.2) read
//! and written as JSON with serde, older versions brought up to date, the Dose entries it
//! carries, and the copy kept on this device changed one date at a time without losing
//! anything. Pure: the browser side only hands bytes and text in and out (`crate::platform`),
//! so all of it is tested natively. It lives only in the on-demand full build (the Trial and
//! Report screens), so serde_json costs the first load nothing.

pub mod document;
pub mod file;
pub mod inputs;
pub mod migrate;
pub mod stored;

pub use file::{FileError, Skipped, TrialSettings};
pub use stored::{Change, Loaded, StoredDiary};
