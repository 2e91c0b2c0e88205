//! Every call into the browser (`web_sys`, `js_sys`): the address bar and history, the
//! document, storage, the clipboard, the embed's height messages, the browser's language, events, the date, the panic
//! hook. Thin on purpose: each function does one browser thing and decides nothing, and each
//! tolerates a missing API (outside a browser, blocked storage, no clipboard).

pub mod clipboard;
pub mod clock;
pub mod diary_storage;
pub mod document;
pub mod download;
pub mod events;
pub mod file_input;
pub mod frame_height;
pub mod full_app;
pub mod height_variable;
pub mod language;
pub mod panic;
pub mod storage;
pub mod today;
pub mod url;
