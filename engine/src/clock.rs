//! Times of day as `HH:MM` (24-hour), and the waking day they fall in.

/// Minutes since midnight, 0..1440.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Clock(u16);

pub const MINUTES_PER_DAY: u16 = 24 * 60;

impl Clock {
    pub const fn from_minutes(m: u16) -> Option<Clock> {
        if m < MINUTES_PER_DAY {
            Some(Clock(m))
        } else {
            None
        }
    }
    /// Wraps any signed minute count onto the 24-hour clock.
    pub fn wrapping(m: i32) -> Clock {
        Clock(m.rem_euclid(i32::from(MINUTES_PER_DAY)) as u16)
    }
    pub const fn hm(h: u16, m: u16) -> Clock {
        Clock((h * 60 + m) % MINUTES_PER_DAY)
    }
    pub const fn minutes(self) -> u16 {
        self.0
    }
    /// Strict `HH:MM`, 00:00–23:59 (the contract's format).
    pub fn parse(s: &str) -> Option<Clock> {
        let b = s.as_bytes();
        if b.len() != 5 || b[2] != b':' || ![0, 1, 3, 4].iter().all(|&i| b[i].is_ascii_digit()) {
            return None;
        }
        let h = u16::from(b[0] - b'0') * 10 + u16::from(b[1] - b'0');
        let m = u16::from(b[3] - b'0') * 10 + u16::from(b[4] - b'0');
        (h < 24 && m < 60).then(|| Clock(h * 60 + m))
    }
    /// `HH:MM` as five ASCII bytes (no formatting machinery: findings write many times).
    fn bytes(self) -> [u8; 5] {
        let (h, m) = ((self.0 / 60) as u8, (self.0 % 60) as u8);
        [
            b'0' + h / 10,
            b'0' + h % 10,
            b':',
            b'0' + m / 10,
            b'0' + m % 10,
        ]
    }
    pub fn format(self) -> String {
        // One string of the five bytes (the schedule's sentences write several times).
        let mut out = String::with_capacity(5);
        self.push_to(&mut out);
        out
    }
    /// Appends `format()` to `out`: the schedule's sentences write their times straight in.
    pub fn push_to(self, out: &mut String) {
        out.push_str(std::str::from_utf8(&self.bytes()).unwrap_or("00:00"));
    }
}

impl std::fmt::Display for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let b = self.bytes();
        f.write_str(std::str::from_utf8(&b).unwrap_or("00:00"))
    }
}

/// The waking day from `wake` to `bedtime`; bedtime may fall after midnight.
/// Positions inside it are minutes after waking ("offsets").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Day {
    pub wake: Clock,
    pub dinner: Clock,
    pub bedtime: Clock,
}

impl Day {
    pub const DEFAULT: Day = Day {
        wake: Clock::hm(7, 0),
        dinner: Clock::hm(19, 0),
        bedtime: Clock::hm(22, 30),
    };

    /// Minutes from waking to bedtime (1..1440; equal times are rejected by input validation).
    pub fn length(&self) -> u16 {
        self.offset_of(self.bedtime)
    }
    /// Minutes after waking at which `t` next occurs.
    pub fn offset_of(&self, t: Clock) -> u16 {
        (t.0 + MINUTES_PER_DAY - self.wake.0) % MINUTES_PER_DAY
    }
    pub fn at(&self, offset: u16) -> Clock {
        Clock::wrapping(i32::from(self.wake.0) + i32::from(offset))
    }
    /// Dinner's offset, when it falls between waking and bedtime.
    pub fn dinner_offset(&self) -> Option<u16> {
        let d = self.offset_of(self.dinner);
        (d <= self.length()).then_some(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_strict_24h_times() {
        assert_eq!(Clock::parse("07:00"), Some(Clock::hm(7, 0)));
        assert_eq!(Clock::parse("23:59").map(Clock::minutes), Some(1439));
        for bad in [
            "24:00",
            "7:00",
            "07:60",
            "0700",
            "07-00",
            "",
            "ab:cd",
            "07:00 ",
            "٠٧:٠٠",
        ] {
            assert_eq!(Clock::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn formats_round_trip() {
        for m in 0..MINUTES_PER_DAY {
            let c = Clock::from_minutes(m).unwrap();
            assert_eq!(Clock::parse(&c.format()), Some(c));
        }
    }

    #[test]
    fn day_handles_bedtime_after_midnight() {
        let d = Day {
            wake: Clock::hm(14, 0),
            dinner: Clock::hm(22, 0),
            bedtime: Clock::hm(2, 0),
        };
        assert_eq!(d.length(), 12 * 60);
        assert_eq!(d.dinner_offset(), Some(8 * 60));
        assert_eq!(d.at(11 * 60), Clock::hm(1, 0));
    }
}
