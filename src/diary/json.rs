//! A small JSON reader and writer for the diary file. Hand-written rather than serde_json: the
//! diary needs only values, not typed (de)serialisation, and serde_json added 7.7 KB gzip to the
//! first load (measured) where this adds a fraction of that. Numbers are read and written with
//! `mg_engine::decimal`, which keeps the standard library's float code out of the app too.
//!
//! Objects keep their keys in order, so a rewritten text reads like the one stored. Input is
//! any JSON text (RFC 8259); depth is limited so a hostile file cannot exhaust the stack.

use mg_engine::decimal;

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Nesting deeper than this is refused (a diary is three levels deep).
const MAX_DEPTH: usize = 64;

impl Json {
    /// The value of `key` in an object (the first, if repeated).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// A whole number ≥ 0 (a version, a count).
    pub fn as_u64(&self) -> Option<u64> {
        self.as_f64()
            .filter(|n| n.fract() == 0.0 && (0.0..9.0e15).contains(n))
            .map(|n| n as u64)
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }
}

/// Sets `key` in an object's fields: replaced in place, or added at the end.
pub fn set(fields: &mut Vec<(String, Json)>, key: &str, value: Json) {
    match fields.iter_mut().find(|(k, _)| k == key) {
        Some(slot) => slot.1 = value,
        None => fields.push((key.to_owned(), value)),
    }
}

/// Removes `key` from an object's fields and returns its value.
pub fn take(fields: &mut Vec<(String, Json)>, key: &str) -> Option<Json> {
    let i = fields.iter().position(|(k, _)| k == key)?;
    Some(fields.remove(i).1)
}

/// Reads a whole JSON text; `None` if it is not exactly one valid JSON value.
pub fn parse(text: &str) -> Option<Json> {
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
    };
    let v = p.value(0)?;
    p.space();
    (p.i == p.s.len()).then_some(v)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        self.space();
        let found = self.peek() == Some(b);
        self.i += usize::from(found);
        found
    }

    fn word(&mut self, w: &[u8], v: Json) -> Option<Json> {
        self.s[self.i..].starts_with(w).then(|| {
            self.i += w.len();
            v
        })
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.space();
        match self.peek()? {
            b'n' => self.word(b"null", Json::Null),
            b't' => self.word(b"true", Json::Bool(true)),
            b'f' => self.word(b"false", Json::Bool(false)),
            b'"' => self.string().map(Json::String),
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return None;
                        }
                    }
                }
                Some(Json::Array(items))
            }
            b'{' => {
                self.i += 1;
                let mut fields = Vec::new();
                if !self.eat(b'}') {
                    loop {
                        self.space();
                        let key = self.string()?;
                        if !self.eat(b':') {
                            return None;
                        }
                        fields.push((key, self.value(depth + 1)?));
                        if self.eat(b'}') {
                            break;
                        }
                        if !self.eat(b',') {
                            return None;
                        }
                    }
                }
                Some(Json::Object(fields))
            }
            _ => self.number().map(Json::Number),
        }
    }

    /// `-? int frac? exp?` as RFC 8259 has it.
    fn number(&mut self) -> Option<f64> {
        let start = self.i;
        let digits = |p: &mut Self| {
            let from = p.i;
            while p.peek().is_some_and(|b| b.is_ascii_digit()) {
                p.i += 1;
            }
            p.i > from
        };
        self.i += usize::from(self.peek() == Some(b'-'));
        let int_start = self.i;
        if !digits(self) || (self.s[int_start] == b'0' && self.i - int_start > 1) {
            return None;
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if !digits(self) {
                return None;
            }
        }
        let mantissa_end = self.i;
        let mut exponent = 0i32;
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            let negative = self.peek() == Some(b'-');
            self.i += usize::from(matches!(self.peek(), Some(b'-' | b'+')));
            let from = self.i;
            if !digits(self) {
                return None;
            }
            let e = self.s[from..self.i].iter().fold(0i32, |e, d| {
                e.saturating_mul(10).saturating_add(i32::from(d - b'0'))
            });
            exponent = if negative { -e } else { e };
        }
        let text = std::str::from_utf8(&self.s[start..mantissa_end]).ok()?;
        let x = decimal::parse(text)?;
        // Scaling by whole powers of ten is exact enough for a diary (amounts, ratings).
        let scaled = (0..exponent.unsigned_abs().min(400)).fold(x, |v, _| {
            if exponent > 0 {
                v * 10.0
            } else {
                v / 10.0
            }
        });
        scaled.is_finite().then_some(scaled)
    }

    fn hex4(&mut self) -> Option<u32> {
        let h = std::str::from_utf8(self.s.get(self.i..self.i + 4)?).ok()?;
        self.i += 4;
        u32::from_str_radix(h, 16).ok()
    }

    fn string(&mut self) -> Option<String> {
        if self.peek() != Some(b'"') {
            return None;
        }
        self.i += 1;
        let mut out = Vec::new();
        loop {
            match self.peek()? {
                b'"' => {
                    self.i += 1;
                    return String::from_utf8(out).ok();
                }
                b'\\' => {
                    self.i += 1;
                    let e = self.peek()?;
                    self.i += 1;
                    let c = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                // A surrogate pair: `\uD83D\uDC8A`.
                                if self.s.get(self.i..self.i + 2) != Some(b"\\u") {
                                    return None;
                                }
                                self.i += 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return None;
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            char::from_u32(code)?
                        }
                        _ => return None,
                    };
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                b if b < 0x20 => return None,
                b => {
                    out.push(b);
                    self.i += 1;
                }
            }
        }
    }
}

/// Compact JSON text.
pub fn to_text(value: &Json) -> String {
    let mut out = String::new();
    write(&mut out, value);
    out
}

fn write(out: &mut String, value: &Json) {
    match value {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        // Up to 6 decimals keeps every amount a person types; whole numbers print as integers.
        Json::Number(n) => out.push_str(&decimal::trimmed(*n, 6)),
        Json::String(s) => string(out, s),
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(out, item);
            }
            out.push(']');
        }
        Json::Object(fields) => {
            out.push('{');
            for (i, (key, item)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                string(out, key);
                out.push(':');
                write(out, item);
            }
            out.push('}');
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(fields: &[(&str, Json)]) -> Json {
        Json::Object(
            fields
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        )
    }

    #[test]
    fn reads_every_kind_of_value() {
        let v = parse(r#" { "a" : [1, -2, 2.5, 0.1, 1e3, 25E-1, null, true, false], "s": "q\" b\\ n\n u\u00e9 \ud83d\udc8a /\/", "o": {} } "#).unwrap();
        assert_eq!(
            v,
            obj(&[
                (
                    "a",
                    Json::Array(vec![
                        Json::Number(1.0),
                        Json::Number(-2.0),
                        Json::Number(2.5),
                        Json::Number(0.1),
                        Json::Number(1000.0),
                        Json::Number(2.5),
                        Json::Null,
                        Json::Bool(true),
                        Json::Bool(false),
                    ])
                ),
                ("s", Json::String("q\" b\\ n\n ué 💊 //".into())),
                ("o", Json::Object(vec![])),
            ])
        );
    }

    #[test]
    fn refuses_what_is_not_json() {
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "01",
            "1.",
            ".5",
            "-",
            "+1",
            "1e",
            "nul",
            "tru",
            "'a'",
            "\"a",
            "\"\\x\"",
            "\"\\ud83d\"",
            "\"tab\there\"",
            "{a:1}",
            "[1 2]",
            "1 2",
            "NaN",
            "Infinity",
            "{\"a\" 1}",
            "1e999",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
        assert_eq!(
            parse(&"[".repeat(100_000)),
            None,
            "deep nesting is refused, not a crash"
        );
    }

    #[test]
    fn writes_what_it_reads() {
        let text = r#"{"format":"mg-rls-diary","version":1,"entries":[{"date":"2026-12-01","symptoms":6,"magnesium_mg":66.67,"gi":false,"note":"a\nb \"c\" \u0001 é"}],"x":null}"#;
        let v = parse(text).unwrap();
        assert_eq!(to_text(&v), text);
        assert_eq!(parse(&to_text(&v)), Some(v));
    }

    #[test]
    fn object_helpers() {
        let mut fields = vec![("a".to_string(), Json::Null)];
        set(&mut fields, "b", Json::Bool(true));
        set(&mut fields, "a", Json::Number(1.0));
        assert_eq!(
            Json::Object(fields.clone()).get("a"),
            Some(&Json::Number(1.0))
        );
        assert_eq!(take(&mut fields, "a"), Some(Json::Number(1.0)));
        assert_eq!(fields.len(), 1);
        assert_eq!(Json::Number(3.0).as_u64(), Some(3));
        assert_eq!(Json::Number(3.5).as_u64(), None);
    }
}
