//! Today's date on this device (local time), for the diary and the calendar file.

use mg_engine::trial::Date;

/// Today, as the engine's date; 2000-01-01 if the clock says something impossible.
pub fn today() -> Date {
    let d = js_sys::Date::new_0();
    let year = u16::try_from(d.get_full_year() as i64).unwrap_or_default();
    let month = u8::try_from(d.get_month() + 1).unwrap_or(1);
    let day = u8::try_from(d.get_date()).unwrap_or(1);
    Date::new(year, month, day).unwrap_or_else(|_| Date::new(2000, 1, 1).expect("a valid date"))
}
