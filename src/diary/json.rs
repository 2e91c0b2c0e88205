//! JSON text from a `serde_json::Value` without Rust's float formatting: numbers are written
//! with `mg_engine::decimal` (whole numbers as integers), which keeps the float printing code
//! (about 17 KB of WebAssembly, see `mg_engine::decimal`) out of the app.

use mg_engine::decimal;
use serde_json::{Map, Value};

/// Compact JSON text of `value`.
pub fn to_text(value: &Value) -> String {
    let mut out = String::new();
    write(&mut out, value);
    out
}

fn write(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&number(n)),
        Value::String(s) => string(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(out, item);
            }
            out.push(']');
        }
        Value::Object(map) => object(out, map),
    }
}

fn object(out: &mut String, map: &Map<String, Value>) {
    out.push('{');
    for (i, (key, item)) in map.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        string(out, key);
        out.push(':');
        write(out, item);
    }
    out.push('}');
}

fn number(n: &serde_json::Number) -> String {
    if let Some(i) = n.as_i64() {
        i.to_string()
    } else if let Some(u) = n.as_u64() {
        u.to_string()
    } else {
        // Finite by construction (serde_json has no NaN or infinity); up to 6 decimals keeps
        // every amount a person types.
        decimal::trimmed(n.as_f64().unwrap_or_default(), 6)
    }
}

fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A JSON number for an amount: an integer when whole (so `200`, not `200.0`).
pub fn amount(x: f64) -> Value {
    if x.fract() == 0.0 && (0.0..9.0e15).contains(&x) {
        Value::from(x as u64)
    } else {
        serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn round_trips_through_serde_json() {
        let v = json!({
            "a": [1, -2, 2.5, 0.1, 1e300, null, true, false],
            "s": "quote \" backslash \\ newline \n tab \t bell \u{7} é 💊",
            "o": {}
        });
        let text = to_text(&v);
        assert!(!text.contains('\n'));
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["s"], v["s"]);
        let (got, want) = (back["a"].as_array().unwrap(), v["a"].as_array().unwrap());
        assert_eq!(got[..4], want[..4]);
        assert_eq!(got[5..], want[5..]);
        let huge = got[4].as_f64().unwrap();
        assert!((huge / 1e300 - 1.0).abs() < 1e-12, "{huge}");
        assert_eq!(to_text(&json!([0.1, 2.5, 1])), "[0.1,2.5,1]");
    }

    #[test]
    fn whole_amounts_are_integers() {
        assert_eq!(to_text(&amount(200.0)), "200");
        assert_eq!(to_text(&amount(66.67)), "66.67");
        assert_eq!(to_text(&amount(0.0)), "0");
    }
}
