//! The `meds` URL parameter written back: the inverse of its reading in `input.rs`
//! (`validate`), kept next to the engine's parser so the two cannot drift apart.

use crate::input::{validate, MedDose, RawInput};

/// The `meds` parameter for a list of doses: `id` or `id@HH:MM`, comma-separated, in order.
pub fn encode(doses: &[MedDose]) -> String {
    let mut out = String::new();
    for (i, d) in doses.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(d.med.id());
        if let Some(t) = d.time {
            out.push('@');
            out.push_str(&t.format());
        }
    }
    out
}

/// The valid doses of a `meds` parameter, as `validate` reads them (invalid parts dropped).
pub fn decode(param: &str) -> Vec<MedDose> {
    validate(&RawInput {
        meds: Some(param),
        ..RawInput::default()
    })
    .0
    .meds
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::Clock;
    use crate::meds::MedId;

    #[test]
    fn encodes_ids_and_times() {
        let doses = [
            MedDose {
                med: MedId::Quinolone,
                time: Clock::parse("08:00"),
            },
            MedDose {
                med: MedId::Iron,
                time: None,
            },
        ];
        assert_eq!(encode(&doses), "quinolone@08:00,iron");
        assert_eq!(encode(&[]), "");
    }

    #[test]
    fn round_trips_through_the_parser() {
        for param in [
            "",
            "iron",
            "quinolone@08:00,quinolone@20:00,iron",
            "levothyroxine@06:30,ppi,zinc@12:00",
        ] {
            let doses = decode(param);
            assert_eq!(encode(&doses), param, "{param}");
            assert_eq!(decode(&encode(&doses)), doses);
        }
        // Whatever was typed, writing the valid doses back gives the canonical form.
        assert_eq!(encode(&decode(" iron , bogus, zinc@9:5x ")), "iron,zinc");
    }
}
