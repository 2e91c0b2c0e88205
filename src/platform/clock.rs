//! The time of day on this device, for the plan summary's next dose.

/// Minutes since local midnight, 0–1439.
pub fn minutes_now() -> u16 {
    let d = js_sys::Date::new_0();
    (d.get_hours() * 60 + d.get_minutes()).min(24 * 60 - 1) as u16
}
