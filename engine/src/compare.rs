//! Comparing products: cost per 100 mg of magnesium, cost per day, whole units for a daily target,
//! and a plain-language verdict for two products (A and B).

use crate::decimal::{mg, trimmed};
use crate::excerpt::quoted;
use crate::forms::FormId;
use crate::input::parse_number;
use crate::plan::{unit_over_target, whole_units};
use crate::product::Product;

/// Largest bottle price accepted (any currency): more is almost certainly a typo.
pub const MAX_PRICE: f64 = 100_000.0;
/// Largest number of units per bottle accepted.
pub const MAX_COUNT: u32 = 10_000;
/// Cost differences below this many percent are called "about the same".
const SAME_COST_PCT: f64 = 3.0;

/// A bottle: what it costs and how many tablets, capsules or scoops it holds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Price {
    pub price: f64,
    pub count: u32,
}

impl Price {
    pub fn per_unit(self) -> f64 {
        self.price / f64::from(self.count)
    }
    /// What 100 mg of elemental magnesium costs.
    pub fn per_100mg(self, elemental_per_unit: f64) -> f64 {
        self.per_unit() / elemental_per_unit * 100.0
    }
    pub fn per_day(self, units_per_day: u32) -> f64 {
        self.per_unit() * f64::from(units_per_day)
    }
}

fn given(s: Option<&str>) -> Option<&str> {
    s.map(str::trim).filter(|s| !s.is_empty())
}

/// What is wrong with a typed price and count, each for its own box.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PriceErrors {
    pub price: Option<String>,
    pub count: Option<String>,
}

/// Reads a bottle's price and count (URL text). Both are needed for a `Price`; each invalid value
/// yields a message for its own box, and a missing one is not an error.
pub fn parse_price(price: Option<&str>, count: Option<&str>) -> (Option<Price>, PriceErrors) {
    let mut errors = PriceErrors::default();
    let price = given(price).and_then(|s| {
        let v = parse_number(s, 0.0, true, MAX_PRICE);
        if v.is_none() {
            errors.price = Some(format!("{} is not a valid price: enter a number above 0 up to {}, without a currency sign.", quoted(s), trimmed(MAX_PRICE, 2)));
        }
        v
    });
    let count = given(count).and_then(|s| {
        let v = s
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=MAX_COUNT).contains(n));
        if v.is_none() {
            errors.count = Some(format!(
                "{} is not a valid count: enter a whole number of units from 1 to {MAX_COUNT}.",
                quoted(s)
            ));
        }
        v
    });
    (
        price
            .zip(count)
            .map(|(price, count)| Price { price, count }),
        errors,
    )
}

/// What one product delivers toward a daily target, in whole units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outcome {
    pub form: FormId,
    pub elemental_per_unit: f64,
    pub units_per_day: u32,
    pub daily_mg: f64,
    pub cost_per_day: Option<f64>,
    pub cost_per_100mg: Option<f64>,
    /// One unit alone is more than the daily target (with that target typed, the Dose screen makes
    /// no plan; without one it suggests its own amount, docs/medical-reference.md §8).
    pub unit_over_target: bool,
}

impl Outcome {
    pub fn new(product: Product, price: Option<Price>, target_mg: f64) -> Outcome {
        let per_unit = product.elemental_per_unit();
        let units = whole_units(target_mg, per_unit);
        Outcome {
            form: product.form,
            elemental_per_unit: per_unit,
            units_per_day: units,
            daily_mg: f64::from(units) * per_unit,
            cost_per_day: price.map(|p| p.per_day(units)),
            cost_per_100mg: price.map(|p| p.per_100mg(per_unit)),
            unit_over_target: unit_over_target(per_unit, target_mg),
        }
    }

    /// Stomach comfort rank (higher = gentler); `None` where there is no good data.
    pub fn stomach_rank(&self) -> Option<u8> {
        Some(self.form.form().stomach.rank).filter(|r| *r > 0)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    A,
    B,
}

impl Side {
    pub fn letter(self) -> &'static str {
        match self {
            Side::A => "A",
            Side::B => "B",
        }
    }
}

/// The comparison of A and B in plain words, with the facts it rests on.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    /// Both deliver the same daily magnesium (within 1 %).
    pub same_dose: bool,
    /// The cheaper product and by how many percent (whole), when both prices are known and differ
    /// noticeably: per day when the doses match, per 100 mg of magnesium otherwise.
    pub cheaper: Option<(Side, u32)>,
    /// The product whose form is rated gentler on the stomach, when both forms have a rating.
    pub gentler: Option<Side>,
    pub text: String,
}

pub fn verdict(a: &Outcome, b: &Outcome) -> Verdict {
    let same_dose = (a.daily_mg - b.daily_mg).abs() <= 0.01 * a.daily_mg.max(b.daily_mg);
    // Same dose: cost per day is what matters; different doses: compare the magnesium's price.
    let (ca, cb) = if same_dose {
        (a.cost_per_day, b.cost_per_day)
    } else {
        (a.cost_per_100mg, b.cost_per_100mg)
    };
    let cost = ca.zip(cb).map(|(ca, cb)| {
        (
            if ca <= cb { Side::A } else { Side::B },
            (1.0 - ca.min(cb) / ca.max(cb)) * 100.0,
        )
    });
    // Capped at 99: a saving that rounds to 100 % would read as "free".
    let cheaper = cost
        .filter(|c| c.1 >= SAME_COST_PCT)
        .map(|(side, pct)| (side, (pct.round() as u32).min(99)));
    let gentler = match (a.stomach_rank(), b.stomach_rank()) {
        (Some(ra), Some(rb)) if ra != rb => Some(if ra > rb { Side::A } else { Side::B }),
        _ => None,
    };

    let mut text = if same_dose {
        format!("A and B give the same dose ({} a day)", mg(a.daily_mg))
    } else {
        format!(
            "A gives {} a day and B {} (whole units only)",
            mg(a.daily_mg),
            mg(b.daily_mg)
        )
    };
    text += &match cheaper {
        Some((side, pct)) => format!(
            ". {} costs {pct} % less {}",
            side.letter(),
            if same_dose {
                "per day"
            } else {
                "per 100 mg of magnesium"
            }
        ),
        None if cost.is_some() => ". They cost about the same".into(),
        None => String::new(),
    };
    if a.form != b.form {
        let name = |s: Side| {
            if s == Side::A {
                a.form.id()
            } else {
                b.form.id()
            }
        };
        text += &match (gentler, cheaper) {
            (Some(g), Some((c, _))) if g == c => {
                format!(", and {} is also gentler on the stomach", name(g))
            }
            (Some(g), Some(_)) => format!(
                ", but {} is more likely to upset the stomach",
                name(if g == Side::A { Side::B } else { Side::A })
            ),
            (Some(g), None) => format!("; {} is gentler on the stomach", name(g)),
            (None, _) => {
                let unknown: Vec<_> = [a, b]
                    .iter()
                    .filter(|o| o.stomach_rank().is_none())
                    .map(|o| o.form.id())
                    .collect();
                if unknown.is_empty() {
                    String::new()
                } else {
                    format!(
                        ". There is no good data on how {} sits in the stomach",
                        unknown.join(" or ")
                    )
                }
            }
        };
    }
    text += if cost.is_some() {
        "."
    } else {
        ". Enter the price and count of both bottles to compare cost."
    };
    for (side, o) in [(Side::A, a), (Side::B, b)]
        .into_iter()
        .filter(|(_, o)| o.unit_over_target)
    {
        text += &format!(" One unit of {} ({}) is already more than the daily amount, so no whole number of units stays at or below it.", side.letter(), mg(o.elemental_per_unit));
    }
    Verdict {
        same_dose,
        cheaper,
        gentler,
        text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::product::Basis;

    fn product(form: FormId, unit_mg: f64, basis: Basis) -> Product {
        Product {
            form,
            unit_mg,
            basis,
        }
    }
    fn price(price: f64, count: u32) -> Option<Price> {
        Some(Price { price, count })
    }

    #[test]
    fn cost_per_100mg_unit_and_day() {
        // 12.00 for 120 tablets of 100 mg: 0.10 a tablet, 0.10 per 100 mg, 0.20 for 2 a day.
        let p = Price {
            price: 12.0,
            count: 120,
        };
        assert!((p.per_unit() - 0.1).abs() < 1e-12);
        assert!((p.per_100mg(100.0) - 0.1).abs() < 1e-12);
        assert!((p.per_100mg(50.0) - 0.2).abs() < 1e-12);
        assert!((p.per_day(2) - 0.2).abs() < 1e-12);
        // Compound label: 1000 mg citrate = 161.6 mg elemental; 20 for 100 tablets → 0.124 per 100 mg.
        let o = Outcome::new(
            product(FormId::Citrate, 1000.0, Basis::Compound),
            price(20.0, 100),
            200.0,
        );
        assert!((o.elemental_per_unit - 161.63).abs() < 0.01);
        assert_eq!(o.units_per_day, 1);
        assert!((o.cost_per_100mg.unwrap() - 0.2 / 1.6163).abs() < 1e-4);
        assert!((o.cost_per_day.unwrap() - 0.2).abs() < 1e-12);
    }

    #[test]
    fn units_for_a_target_follow_the_plan_rounding() {
        let units = |target, unit_mg| {
            Outcome::new(
                product(FormId::Glycinate, unit_mg, Basis::Elemental),
                None,
                target,
            )
            .units_per_day
        };
        assert_eq!(units(200.0, 100.0), 2);
        assert_eq!(units(200.0, 120.0), 1);
        assert_eq!(units(300.0, 120.0), 2);
        assert_eq!(units(50.0, 400.0), 1);
        let o = Outcome::new(product(FormId::Oxide, 250.0, Basis::Compound), None, 200.0);
        assert!((o.elemental_per_unit - 150.78).abs() < 0.01);
        assert_eq!((o.units_per_day, o.cost_per_day), (1, None));
    }

    #[test]
    fn parse_price_accepts_valid_and_names_each_bad_field() {
        let none = PriceErrors::default();
        assert_eq!(
            parse_price(Some("12.5"), Some("60")),
            (price(12.5, 60), none.clone())
        );
        assert_eq!(parse_price(Some(" 9 "), None), (None, none.clone()));
        assert_eq!(parse_price(None, None), (None, none));
        for (p, c, fields) in [
            ("0", "60", [true, false]),
            ("-3", "60", [true, false]),
            ("abc", "60", [true, false]),
            ("1e9", "60", [true, false]),
            ("999999", "60", [true, false]),
            ("NaN", "x", [true, true]),
            ("5", "0", [false, true]),
            ("5", "2.5", [false, true]),
            ("5", "-1", [false, true]),
            ("5", "20000", [false, true]),
        ] {
            let (got, errors) = parse_price(Some(p), Some(c));
            assert_eq!(got, None, "{p} {c}");
            assert_eq!(
                [errors.price.is_some(), errors.count.is_some()],
                fields,
                "{p} {c}"
            );
        }
        assert!(parse_price(Some("abc"), None)
            .1
            .price
            .unwrap()
            .contains("“abc”"));
    }

    #[test]
    fn verdict_same_dose_cheaper_but_harsher() {
        // A: glycinate 100 mg elemental, 2 a day, 30 for 120 → 0.50/day.
        // B: oxide 200 mg elemental, 1 a day, 18 for 60 → 0.30/day: 40 % less.
        let a = Outcome::new(
            product(FormId::Glycinate, 100.0, Basis::Elemental),
            price(30.0, 120),
            200.0,
        );
        let b = Outcome::new(
            product(FormId::Oxide, 200.0, Basis::Elemental),
            price(18.0, 60),
            200.0,
        );
        let v = verdict(&a, &b);
        assert_eq!(
            (v.same_dose, v.cheaper, v.gentler),
            (true, Some((Side::B, 40)), Some(Side::A))
        );
        assert_eq!(v.text, "A and B give the same dose (200 mg a day). B costs 40 % less per day, but oxide is more likely to upset the stomach.");
        // Swapped: A is the cheaper, harsher one.
        let v = verdict(&b, &a);
        assert_eq!(v.cheaper, Some((Side::A, 40)));
        assert!(
            v.text.contains(". A costs 40 % less per day, but oxide"),
            "{}",
            v.text
        );
    }

    #[test]
    fn verdict_cheaper_and_gentler() {
        let a = Outcome::new(
            product(FormId::Oxide, 200.0, Basis::Elemental),
            price(30.0, 60),
            200.0,
        );
        let b = Outcome::new(
            product(FormId::Citrate, 200.0, Basis::Elemental),
            price(15.0, 60),
            200.0,
        );
        let v = verdict(&a, &b);
        assert_eq!(v.cheaper, Some((Side::B, 50)));
        assert_eq!(v.text, "A and B give the same dose (200 mg a day). B costs 50 % less per day, and citrate is also gentler on the stomach.");
    }

    #[test]
    fn verdict_different_doses_compares_per_100mg() {
        // A delivers 161.6 mg (1 unit), B 200 mg (2 × 100 mg).
        let a = Outcome::new(
            product(FormId::Citrate, 1000.0, Basis::Compound),
            price(10.0, 100),
            200.0,
        );
        let b = Outcome::new(
            product(FormId::Citrate, 100.0, Basis::Elemental),
            price(10.0, 100),
            200.0,
        );
        let v = verdict(&a, &b);
        assert!(!v.same_dose);
        // Per 100 mg: A 0.1/1.6163 = 0.0619, B 0.1 → A is 38 % cheaper.
        assert_eq!(v.cheaper, Some((Side::A, 38)));
        assert_eq!(v.gentler, None);
        assert_eq!(v.text, "A gives 162 mg a day and B 200 mg (whole units only). A costs 38 % less per 100 mg of magnesium.");
    }

    #[test]
    fn verdict_says_when_one_unit_is_above_the_daily_amount() {
        let a = Outcome::new(
            product(FormId::Glycinate, 100.0, Basis::Elemental),
            None,
            200.0,
        );
        let b = Outcome::new(product(FormId::Oxide, 400.0, Basis::Elemental), None, 200.0);
        assert!(!a.unit_over_target && b.unit_over_target);
        assert!(verdict(&a, &b).text.ends_with(" One unit of B (400 mg) is already more than the daily amount, so no whole number of units stays at or below it."));
    }

    #[test]
    fn verdict_without_prices_or_with_equal_cost() {
        let a = Outcome::new(
            product(FormId::Glycinate, 100.0, Basis::Elemental),
            None,
            200.0,
        );
        let b = Outcome::new(
            product(FormId::Malate, 200.0, Basis::Elemental),
            price(5.0, 50),
            200.0,
        );
        let v = verdict(&a, &b);
        assert_eq!((v.cheaper, v.gentler), (None, None));
        assert_eq!(v.text, "A and B give the same dose (200 mg a day). There is no good data on how malate sits in the stomach. Enter the price and count of both bottles to compare cost.");

        let a = Outcome::new(
            product(FormId::Citrate, 100.0, Basis::Elemental),
            price(10.0, 100),
            200.0,
        );
        let b = Outcome::new(
            product(FormId::Glycinate, 200.0, Basis::Elemental),
            price(10.1, 50),
            200.0,
        );
        let v = verdict(&a, &b);
        assert_eq!((v.cheaper, v.gentler), (None, Some(Side::B)));
        assert_eq!(v.text, "A and B give the same dose (200 mg a day). They cost about the same; glycinate is gentler on the stomach.");
    }

    #[test]
    fn verdict_same_form_says_nothing_about_the_stomach() {
        let a = Outcome::new(product(FormId::Oxide, 250.0, Basis::Elemental), None, 250.0);
        let b = Outcome::new(product(FormId::Oxide, 250.0, Basis::Elemental), None, 250.0);
        assert_eq!(verdict(&a, &b).text, "A and B give the same dose (250 mg a day). Enter the price and count of both bottles to compare cost.");
    }
}
