//! Today's date on this device, for the calendar file's first day.

/// `(year, month 1–12, day 1–31)` in local time.
pub fn today() -> (i32, u32, u32) {
    let d = js_sys::Date::new_0();
    (d.get_full_year() as i32, d.get_month() + 1, d.get_date())
}
