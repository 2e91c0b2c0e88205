//! Who the calculation is for: age, sex and life stage, as the reference tables use them.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sex {
    Female,
    Male,
}

impl Sex {
    pub const ALL: [Sex; 2] = [Sex::Female, Sex::Male];
    pub const fn id(self) -> &'static str {
        match self {
            Sex::Female => "female",
            Sex::Male => "male",
        }
    }
    pub fn parse(s: &str) -> Option<Sex> {
        Sex::ALL.into_iter().find(|x| x.id() == s)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum LifeStage {
    #[default]
    None,
    Pregnant,
    Lactating,
}

impl LifeStage {
    pub const ALL: [LifeStage; 3] = [LifeStage::None, LifeStage::Pregnant, LifeStage::Lactating];
    pub const fn id(self) -> &'static str {
        match self {
            LifeStage::None => "none",
            LifeStage::Pregnant => "pregnant",
            LifeStage::Lactating => "lactating",
        }
    }
    pub fn parse(s: &str) -> Option<LifeStage> {
        LifeStage::ALL.into_iter().find(|x| x.id() == s)
    }
}

/// Ages for which the tables have pregnancy and lactation rows.
pub const CHILDBEARING_AGES: std::ops::RangeInclusive<u8> = 14..=50;

/// Adults get an RLS dose; younger people do not (product policy, facts.md §8).
pub const ADULT_AGE: u8 = 18;

/// Oldest age accepted (contract: 0–120).
pub const MAX_AGE: u8 = 120;

/// A person as entered. `age` 0 means "under one year" (contract).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Person {
    pub age: Option<u8>,
    pub sex: Option<Sex>,
    /// Already validated: only `Pregnant`/`Lactating` for females aged 14–50.
    pub stage: LifeStage,
}

/// Whose safety rules apply. With no age given, every safety rule assumes an adult and says so
/// (docs/medical-reference.md §6): an unknown age must never switch a rule off or to a child's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgeRules {
    Adult,
    AssumedAdult,
    UnderAdultAge,
}

impl AgeRules {
    pub fn adult(self) -> bool {
        self != AgeRules::UnderAdultAge
    }
    /// Said after the rule when the adult one was assumed.
    pub fn assumption(self) -> &'static str {
        if self == AgeRules::AssumedAdult {
            " Your age was not given, so the adult rule is used."
        } else {
            ""
        }
    }
}

impl Person {
    pub fn age_rules(&self) -> AgeRules {
        match self.age {
            None => AgeRules::AssumedAdult,
            Some(a) if a >= ADULT_AGE => AgeRules::Adult,
            Some(_) => AgeRules::UnderAdultAge,
        }
    }
    pub fn is_adult(&self) -> bool {
        self.age.is_some_and(|a| a >= ADULT_AGE)
    }
    pub fn is_infant(&self) -> bool {
        self.age == Some(0)
    }
}
