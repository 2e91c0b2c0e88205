//! Small building blocks every screen uses: labelled controls, field messages, source links,
//! number formats, and the keyboard model of a combobox.

pub mod combobox;
pub mod controls;
pub mod field_error;
pub mod format;
pub mod source_links;
pub mod stored_diary;
