//! Numbers for people and for `data-*` attributes (the engine's `decimal`: no float formatting code
//! from the standard library in the app).

pub use mg_engine::decimal::{amount, fixed, mg, trimmed};

/// A plain decimal for `data-*` hooks: `.` separator, no units, at most two decimals, no
/// trailing zeros (contract).
pub fn data_num(x: f64) -> String {
    trimmed(x, 2)
}

/// A percentage with one decimal, e.g. `60.3 %`.
pub fn pct(x: f64) -> String {
    format!("{} %", fixed(x, 1))
}

/// One decimal place for the contract's `data-value` percentages (e.g. `60.3`).
pub fn pct_value(x: f64) -> String {
    fixed(x, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(data_num(161.6331), "161.63");
        assert_eq!(data_num(200.0), "200");
        assert_eq!(data_num(12.5), "12.5");
        assert_eq!(data_num(-0.001), "0");
        assert_eq!(pct(60.3136), "60.3 %");
        assert_eq!(pct_value(11.955), "12.0");
    }
}
