//! Numbers for people and for `data-*` attributes.

/// A plain decimal for `data-*` hooks: `.` separator, no units, at most two decimals, no
/// trailing zeros (contract).
pub fn data_num(x: f64) -> String {
    let s = format!("{:.2}", (x * 100.0).round() / 100.0);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.into() }
}

/// An amount for reading: whole numbers from 100, one decimal below (no trailing `.0`).
pub fn amount(x: f64) -> String {
    if x >= 100.0 { format!("{x:.0}") } else { ((x * 10.0).round() / 10.0).to_string() }
}

/// Milligrams for reading, e.g. `162 mg`, `80.8 mg`.
pub fn mg(x: f64) -> String {
    format!("{} mg", amount(x))
}

/// A percentage with one decimal, e.g. `60.3 %`.
pub fn pct(x: f64) -> String {
    format!("{x:.1} %")
}

/// One decimal place for the contract's `data-value` percentages (e.g. `60.3`).
pub fn pct_value(x: f64) -> String {
    format!("{x:.1}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(data_num(161.6331), "161.63");
        assert_eq!(data_num(200.0), "200");
        assert_eq!(data_num(12.5), "12.5");
        assert_eq!(mg(323.26), "323 mg");
        assert_eq!(mg(80.81), "80.8 mg");
        assert_eq!(mg(100.0), "100 mg");
        assert_eq!(mg(50.0), "50 mg");
        assert_eq!(pct(60.3136), "60.3 %");
        assert_eq!(pct_value(11.955), "12.0");
    }
}
