//! Small building blocks every screen uses: labelled controls, field messages, source links and
//! number formats.

pub mod controls;
pub mod field_error;
pub mod format;
pub mod source_links;
