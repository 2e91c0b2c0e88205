//! What one unit of a product is (`unit_kind`: tablet, capsule, sachet, scoop, ml) and amounts of
//! units, counted in halves: sachets, scoops and liquids may be divided, tablets and capsules are
//! taken whole (docs/medical-reference.md §8, "Product kinds").

use crate::decimal::trimmed;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum UnitKind {
    #[default]
    Tablet,
    Capsule,
    Sachet,
    Scoop,
    Ml,
}

impl UnitKind {
    pub const ALL: [UnitKind; 5] = [
        UnitKind::Tablet,
        UnitKind::Capsule,
        UnitKind::Sachet,
        UnitKind::Scoop,
        UnitKind::Ml,
    ];
    /// The contract's id (`unit_kind`).
    pub const fn id(self) -> &'static str {
        match self {
            UnitKind::Tablet => "tablet",
            UnitKind::Capsule => "capsule",
            UnitKind::Sachet => "sachet",
            UnitKind::Scoop => "scoop",
            UnitKind::Ml => "ml",
        }
    }
    pub fn parse(s: &str) -> Option<UnitKind> {
        UnitKind::ALL.into_iter().find(|k| k.id() == s)
    }
    /// For a select: "Tablet", "Liquid (per ml)".
    pub const fn label(self) -> &'static str {
        match self {
            UnitKind::Tablet => "Tablet",
            UnitKind::Capsule => "Capsule",
            UnitKind::Sachet => "Sachet (powder)",
            UnitKind::Scoop => "Scoop (powder)",
            UnitKind::Ml => "Liquid, per ml",
        }
    }
    /// The word for one: "tablet", "ml".
    pub const fn one(self) -> &'static str {
        self.id()
    }
    /// The word for several: "tablets", "ml".
    pub const fn many(self) -> &'static str {
        match self {
            UnitKind::Tablet => "tablets",
            UnitKind::Capsule => "capsules",
            UnitKind::Sachet => "sachets",
            UnitKind::Scoop => "scoops",
            UnitKind::Ml => "ml",
        }
    }
    /// Whether half a unit may be taken: powders and liquids can be divided, tablets and
    /// capsules are planned whole.
    pub const fn divisible(self) -> bool {
        matches!(self, UnitKind::Sachet | UnitKind::Scoop | UnitKind::Ml)
    }
    /// "one tablet", "one ml".
    pub fn one_text(self) -> String {
        format!("one {}", self.one())
    }
}

/// An amount of units of one kind, counted in halves: it names itself ("½ sachet") wherever it
/// goes (plan, timeline, calendar).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Units {
    halves: u32,
    kind: UnitKind,
}

impl Units {
    /// `n` whole tablets (`of` changes the kind).
    pub const fn whole(n: u32) -> Units {
        Units {
            halves: n.saturating_mul(2),
            kind: UnitKind::Tablet,
        }
    }
    /// `halves` half tablets (`of` changes the kind).
    pub const fn from_halves(halves: u32) -> Units {
        Units {
            halves,
            kind: UnitKind::Tablet,
        }
    }
    /// The same amount of `kind`.
    pub const fn of(self, kind: UnitKind) -> Units {
        Units { kind, ..self }
    }
    pub const fn kind(self) -> UnitKind {
        self.kind
    }
    pub const fn halves(self) -> u32 {
        self.halves
    }
    /// 0.5, 1, 1.5, …
    pub fn count(self) -> f64 {
        f64::from(self.halves) / 2.0
    }
    pub const fn is_whole(self) -> bool {
        self.halves.is_multiple_of(2)
    }
    /// The whole units, when there is no half.
    pub const fn whole_count(self) -> Option<u32> {
        if self.is_whole() {
            Some(self.halves / 2)
        } else {
            None
        }
    }
    /// The count for a `data-count` attribute: "2", "0.5", "1.5".
    pub fn data(self) -> String {
        trimmed(self.count(), 1)
    }
    /// Half of these units, rounded down to a half (the morning portion of a split dose).
    pub const fn half_down(self, step_halves: u32) -> Units {
        let steps = self.halves / step_halves;
        Units {
            halves: steps / 2 * step_halves,
            kind: self.kind,
        }
    }
    /// "2 tablets", "1 capsule", "½ sachet", "1½ scoops", "2.5 ml".
    pub fn text(self) -> String {
        let kind = self.kind;
        if kind == UnitKind::Ml {
            return format!("{} ml", self.data());
        }
        let whole = self.halves / 2;
        let half = if self.is_whole() { "" } else { "½" };
        let word = if self.halves <= 2 {
            kind.one()
        } else {
            kind.many()
        };
        match whole {
            0 => format!("{half} {word}"),
            n => format!("{n}{half} {word}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_only_powders_and_liquids_divide() {
        for k in UnitKind::ALL {
            assert_eq!(UnitKind::parse(k.id()), Some(k));
        }
        assert_eq!(UnitKind::parse("unit"), None);
        assert_eq!(UnitKind::default(), UnitKind::Tablet);
        let divisible: Vec<_> = UnitKind::ALL
            .into_iter()
            .filter(|k| k.divisible())
            .collect();
        assert_eq!(divisible, [UnitKind::Sachet, UnitKind::Scoop, UnitKind::Ml]);
    }

    #[test]
    fn amounts_name_the_kind_never_unit() {
        assert_eq!(Units::whole(2).text(), "2 tablets");
        assert_eq!(Units::whole(1).of(UnitKind::Capsule).text(), "1 capsule");
        assert_eq!(
            Units::from_halves(1).of(UnitKind::Sachet).text(),
            "½ sachet"
        );
        assert_eq!(
            Units::from_halves(3).of(UnitKind::Scoop).text(),
            "1½ scoops"
        );
        assert_eq!(Units::whole(5).of(UnitKind::Ml).text(), "5 ml");
        assert_eq!(Units::from_halves(5).of(UnitKind::Ml).text(), "2.5 ml");
        assert_eq!(Units::from_halves(1).data(), "0.5");
        assert_eq!(Units::from_halves(3).data(), "1.5");
        assert_eq!(Units::whole(2).data(), "2");
        assert_eq!(Units::whole(3).whole_count(), Some(3));
        assert_eq!(Units::from_halves(3).whole_count(), None);
    }
}
