//! Plain decimal text to numbers and back, without the standard library's float parsing and
//! formatting. Why: `str::parse::<f64>` and `{:.1}` bring the Eisel-Lemire, Grisu and Dragon
//! algorithms and their tables into the app: measured, this file saves ≈ 20.7 KB gzip of the
//! first load against std float formatting and parsing (about a tenth of the size budget), while
//! the calculator only reads and shows short decimals such as `12.5` or `60.3`.
//!
//! Rounding is half away from zero (`0.125` to two decimals is `0.13`), as taught at school.

/// Powers of ten that `f64` holds exactly.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

fn pow10(e: u32) -> f64 {
    match POW10.get(e as usize) {
        Some(p) => *p,
        // Only for absurdly long input; saturates to infinity quickly.
        None => (22..e).fold(POW10[22], |p, _| p * 10.0),
    }
}

/// A plain decimal: an optional sign, then digits with at most one `.` and at least one digit
/// (`12`, `-0.5`, `.5`, `5.`). No exponent, spaces, `inf` or `NaN`.
///
/// Exact (the nearest `f64`, as `str::parse` gives) for up to 15 significant digits and 22
/// decimals; longer input is within a unit in the last place.
pub fn parse(s: &str) -> Option<f64> {
    let (negative, digits) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    // value = mantissa × 10^exponent; digits past the 18th only move the exponent.
    let (mut mantissa, mut exponent) = (0u64, 0i64);
    let (mut any_digit, mut after_point) = (false, false);
    for b in digits.bytes() {
        match b {
            b'0'..=b'9' => {
                any_digit = true;
                if mantissa < 100_000_000_000_000_000 {
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    exponent -= i64::from(after_point);
                } else {
                    exponent += i64::from(!after_point);
                }
            }
            b'.' if !after_point => after_point = true,
            _ => return None,
        }
    }
    if !any_digit {
        return None;
    }
    let m = mantissa as f64;
    let scale = pow10(exponent.unsigned_abs().min(400) as u32);
    let v = if exponent >= 0 { m * scale } else { m / scale };
    Some(if negative { -v } else { v })
}

/// A number as a person types it: a plain decimal (see `parse`) whose separator may be a point or
/// a decimal comma (`0,85` = `0.85`, contract). Only one separator; no thousands separators
/// (`1,234.5` and `1,2,3` are refused), so a comma is never mistaken for grouping.
pub fn parse_input(s: &str) -> Option<f64> {
    match s.bytes().filter(|b| *b == b',').count() {
        0 => parse(s),
        1 if !s.contains('.') => parse(&s.replacen(',', ".", 1)),
        _ => None,
    }
}

/// The same number as the app writes it back: a decimal comma becomes a point (`0,85` → `0.85`);
/// anything else is kept as typed. `None` when the text is not a number `parse_input` reads.
pub fn with_point(s: &str) -> Option<String> {
    parse_input(s).map(|_| s.replacen(',', ".", 1))
}

/// `x` with exactly `decimals` decimals, like `format!("{x:.N}")` but rounding half away from
/// zero, and without a minus sign on a value that rounds to zero.
pub fn fixed(x: f64, decimals: u8) -> String {
    let mut out = String::new();
    push_fixed(&mut out, x, decimals, false);
    out
}

/// Appends `fixed(x, decimals)` to `out`, or `trimmed(x, decimals)` with `trim`: the findings
/// write many numbers into their sentences on every evaluation (benches/evaluate.rs), so the
/// digits go straight into the sentence, with no string of their own.
fn push_fixed(out: &mut String, x: f64, decimals: u8, trim: bool) {
    if x.is_nan() {
        out.push_str("NaN");
        return;
    }
    let negative = x < 0.0;
    let v = x.abs() * pow10(u32::from(decimals));
    if v.is_infinite() {
        if negative {
            out.push('-');
        }
        out.push('∞');
        return;
    }
    // Rounded half away from zero without a call to `f64::round`: below 10^19 the whole part
    // fits a u64 exactly, and `v - whole` is the exact fraction (its two terms are within a
    // factor of two of each other, or the whole part is 0).
    let n = if v < 1e19 {
        let whole = v as u64;
        whole + u64::from(v - whole as f64 >= 0.5)
    } else {
        u64::MAX
    };
    if n >= 10_000_000_000_000_000_000 {
        // Beyond u64: whole units only (no medical quantity here comes near this).
        if negative {
            out.push('-');
        }
        out.push_str(&whole_digits(x.abs()));
        return;
    }
    if negative && n != 0 {
        out.push('-');
    }
    // The digits written from the last one backwards into one buffer.
    let d = usize::from(decimals);
    // At most 20 digits, the point and the decimals: on the stack for the usual few decimals.
    let mut small = [0u8; 40];
    let mut large = Vec::new();
    let buf: &mut [u8] = if d + 21 <= small.len() {
        &mut small
    } else {
        large.resize(d + 21, 0);
        &mut large
    };
    let at = write_digits(buf, n, d);
    let mut end = buf.len();
    if trim && d > 0 {
        // No trailing zeros, and no point left alone ("12.50" → "12.5", "200.00" → "200").
        while buf[end - 1] == b'0' {
            end -= 1;
        }
        if buf[end - 1] == b'.' {
            end -= 1;
        }
    }
    // Only ASCII digits and the point were written, so this never fails.
    if let Ok(text) = std::str::from_utf8(&buf[at..end]) {
        out.push_str(text);
    }
}

/// Writes `n` as a decimal with `d` decimals (`n` = the value × 10^d) at the end of `buf`, and
/// returns where it starts.
fn write_digits(buf: &mut [u8], mut n: u64, d: usize) -> usize {
    let mut at = buf.len();
    let mut written = 0;
    while n > 0 || written <= d {
        if d > 0 && written == d {
            at -= 1;
            buf[at] = b'.';
        }
        let (rest, digit) = div10(n);
        at -= 1;
        buf[at] = b'0' + digit;
        n = rest;
        written += 1;
    }
    at
}

/// `n / 10` and `n % 10`. Below 2^32 (every number the findings write) by a multiplication and a
/// shift: `n × ⌈2^35 / 10⌉ >> 35` is exact for every u32, and a 64-bit division instruction,
/// which opt-level z keeps, costs tens of cycles per digit.
fn div10(n: u64) -> (u64, u8) {
    let q = match u32::try_from(n) {
        Ok(small) => (u64::from(small) * 0xCCCC_CCCD) >> 35,
        Err(_) => n / 10,
    };
    (q, (n - q * 10) as u8)
}

/// The digits of a huge whole number, by repeated division (exact as far as `f64` goes).
fn whole_digits(mut x: f64) -> String {
    let mut reversed = Vec::new();
    x = x.trunc();
    while x >= 1.0 {
        let digit = x % 10.0;
        reversed.push(b'0' + digit as u8);
        x = (x - digit) / 10.0;
    }
    reversed.iter().rev().map(|b| char::from(*b)).collect()
}

/// `x` with at most `max_decimals` decimals and no trailing zeros (`12.5`, `200`, `161.63`).
pub fn trimmed(x: f64, max_decimals: u8) -> String {
    let mut out = String::new();
    push_trimmed(&mut out, x, max_decimals);
    out
}

/// Appends `trimmed(x, max_decimals)` to `out`.
pub fn push_trimmed(out: &mut String, x: f64, max_decimals: u8) {
    push_fixed(out, x, max_decimals, true);
}

/// A number someone typed, shown back to them: as typed (up to 6 decimals), without trailing
/// zeros (`45`, `0.82`).
pub fn typed(x: f64) -> String {
    trimmed(x, 6)
}

/// Appends `typed(x)` to `out`.
pub fn push_typed(out: &mut String, x: f64) {
    push_trimmed(out, x, 6);
}

/// An amount for reading: whole numbers from 100, one decimal below (`323`, `80.8`, `50`).
pub fn amount(x: f64) -> String {
    let mut out = String::new();
    push_amount(&mut out, x);
    out
}

/// Appends `amount(x)` to `out`.
pub fn push_amount(out: &mut String, x: f64) {
    if x >= 100.0 {
        push_fixed(out, x, 0, false);
    } else {
        push_trimmed(out, x, 1);
    }
}

/// `x` for reading beside a `limit` it is compared with: as `amount` writes it, with as many more
/// decimals (up to the 6 a typed number keeps) as it takes not to round onto or across the limit. 350.4 beside 350 reads
/// `350.4`, never `350` next to "above the 350 mg limit".
pub fn amount_beside(x: f64, limit: f64) -> String {
    let side = |v: f64| v.partial_cmp(&limit);
    let plain = amount(x);
    if parse(&plain).and_then(side) == side(x) {
        return plain;
    }
    (1..=6)
        .map(|d| trimmed(x, d))
        .find(|s| parse(s).and_then(side) == side(x))
        .unwrap_or_else(|| typed(x))
}

/// Milligrams for reading: `323 mg`, `80.8 mg`.
pub fn mg(x: f64) -> String {
    format!("{} mg", amount(x))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_plain_decimals() {
        for (s, v) in [
            ("12", 12.0),
            ("-0.5", -0.5),
            (".5", 0.5),
            ("5.", 5.0),
            ("+1.25", 1.25),
            ("0.1", 0.1),
            ("007", 7.0),
        ] {
            assert_eq!(parse(s), Some(v), "{s}");
        }
        assert_eq!(
            parse("123456789012345678901234"),
            Some(1.2345678901234568e23)
        );
    }

    #[test]
    fn rejects_what_is_not_a_plain_decimal() {
        for s in [
            "", "-", "+", ".", "1.2.3", "1e5", "inf", "NaN", " 1", "1 ", "--1", "1-", "½", "1,5",
        ] {
            assert_eq!(parse(s), None, "{s:?}");
        }
    }

    #[test]
    fn a_decimal_comma_reads_as_a_point() {
        for (comma, point) in [
            ("0,85", "0.85"),
            ("1,5", "1.5"),
            ("-2,25", "-2.25"),
            (",5", ".5"),
            ("5,", "5."),
        ] {
            assert_eq!(parse_input(comma), parse(point), "{comma}");
            assert!(parse_input(comma).is_some(), "{comma}");
            assert_eq!(with_point(comma).as_deref(), Some(point));
        }
        assert_eq!(parse_input("12.5"), Some(12.5));
        assert_eq!(with_point("12.5").as_deref(), Some("12.5"));
        for bad in [
            "1,234.5", "1.234,5", "1,2,3", ",", "1,5mg", "1, 5", "inf", "1e3,0",
        ] {
            assert_eq!(parse_input(bad), None, "{bad:?}");
            assert_eq!(with_point(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn div10_matches_division() {
        let edges = [
            0,
            9,
            10,
            99,
            100,
            4_294_967_289,
            u64::from(u32::MAX),
            1 << 32,
            u64::MAX,
        ];
        for n in edges
            .into_iter()
            .chain((0..200_000).map(|i| i * 21_475 + 7))
        {
            assert_eq!(div10(n), (n / 10, (n % 10) as u8), "{n}");
        }
    }

    #[test]
    fn formats_fixed_decimals() {
        assert_eq!(fixed(60.3136, 1), "60.3");
        assert_eq!(fixed(11.955, 1), "12.0");
        assert_eq!(fixed(0.125, 2), "0.13");
        assert_eq!(fixed(0.05, 3), "0.050");
        assert_eq!(fixed(-0.01, 1), "0.0");
        assert_eq!(fixed(-2.5, 0), "-3");
        assert_eq!(fixed(2000.0, 0), "2000");
        assert_eq!(fixed(1e20, 1), "100000000000000000000");
        assert_eq!(fixed(f64::INFINITY, 1), "∞");
        assert_eq!(fixed(f64::NAN, 1), "NaN");
    }

    #[test]
    fn trims_and_reads_amounts() {
        assert_eq!(trimmed(161.6331, 2), "161.63");
        assert_eq!(trimmed(200.0, 2), "200");
        assert_eq!(trimmed(12.5, 2), "12.5");
        assert_eq!(trimmed(-0.001, 2), "0");
        assert_eq!(mg(323.26), "323 mg");
        assert_eq!(mg(80.81), "80.8 mg");
        assert_eq!(mg(99.96), "100 mg");
        assert_eq!(mg(50.0), "50 mg");
        assert_eq!(typed(45.0), "45");
        assert_eq!(typed(0.82), "0.82");
        assert_eq!(typed(29.999), "29.999");
        assert_eq!(amount(161.63), "162");
        assert_eq!(amount(999.8), "1000");
        assert_eq!(amount(61.63), "61.6");
    }

    #[test]
    fn amounts_beside_a_limit_never_round_across_it() {
        assert_eq!(amount_beside(350.4, 350.0), "350.4");
        assert_eq!(amount_beside(350.04, 350.0), "350.04");
        assert_eq!(amount_beside(349.6, 350.0), "349.6");
        assert_eq!(amount_beside(350.0, 350.0), "350");
        assert_eq!(amount_beside(400.0, 350.0), "400");
        assert_eq!(amount_beside(99.96, 100.0), "99.96");
        assert_eq!(amount_beside(300.2, 300.0), "300.2");
        assert_eq!(amount_beside(350.0001, 350.0), "350.0001");
    }
}
