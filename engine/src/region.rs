//! Which authority's reference values apply (`region` parameter): the US (NIH ODS / IOM 1997,
//! the default), the EU (EFSA 2015, SCF 2001) or the UK (COMA 1991, EVM 2003).
//! Only the requirement and the supplemental limit change with the region (docs/medical-reference.md
//! §2b); the RLS range, the start-low week, spacing and every threshold stay the same.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Region {
    #[default]
    Us,
    Eu,
    Uk,
}

impl Region {
    /// Contract order.
    pub const ALL: [Region; 3] = [Region::Us, Region::Eu, Region::Uk];

    /// The URL value.
    pub const fn id(self) -> &'static str {
        match self {
            Region::Us => "us",
            Region::Eu => "eu",
            Region::Uk => "uk",
        }
    }

    pub fn parse(s: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.id() == s)
    }

    /// Plain name for a picker: "United States".
    pub const fn name(self) -> &'static str {
        match self {
            Region::Us => "United States",
            Region::Eu => "European Union",
            Region::Uk => "United Kingdom",
        }
    }

    /// Short name for a table heading: "US".
    pub const fn short(self) -> &'static str {
        match self {
            Region::Us => "US",
            Region::Eu => "EU",
            Region::Uk => "UK",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_contract_values_only() {
        for r in Region::ALL {
            assert_eq!(Region::parse(r.id()), Some(r));
        }
        assert_eq!(Region::default(), Region::Us);
        for bad in ["", "US", "de", "gb", "us ", "eu,uk"] {
            assert_eq!(Region::parse(bad), None, "{bad:?}");
        }
    }
}
