//! Reading and editing single URL parameters by name, and handing the medical ones to the engine.

use crate::url_state::Query;
use mg_engine::RawInput;

impl Query {
    /// A copy with one parameter set; an empty value removes it. Unknown names change nothing.
    pub fn with(&self, name: &str, value: &str) -> Query {
        let mut next = self.clone();
        if let Some(slot) = next.param_mut(name) {
            *slot = (!value.trim().is_empty()).then(|| value.to_owned());
        }
        next
    }

    /// The medical inputs, as text, for `mg_engine::validate`.
    pub fn raw_input(&self) -> RawInput<'_> {
        RawInput {
            age: self.age.as_deref(),
            sex: self.sex.as_deref(),
            stage: self.stage.as_deref(),
            form: self.form.as_deref(),
            unit_mg: self.unit_mg.as_deref(),
            basis: self.basis.as_deref(),
            target: self.target.as_deref(),
            egfr: self.egfr.as_deref(),
            ckd: self.ckd.as_deref(),
            serum: self.serum.as_deref(),
            serum_unit: self.serum_unit.as_deref(),
            ferritin: self.ferritin.as_deref(),
            tsat: self.tsat.as_deref(),
            wake: self.wake.as_deref(),
            dinner: self.dinner.as_deref(),
            bedtime: self.bedtime.as_deref(),
            other_mg: self.other_mg.as_deref(),
            meds: self.meds.as_deref(),
            gi: self.gi.as_deref(),
            region: self.region.as_deref(),
            unit_mmol: self.unit_mmol.as_deref(),
            serving: self.serving.as_deref(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn with_sets_and_clears_one_param() {
        let q = Query::parse("?age=40&sex=male");
        let q2 = q.with("age", "41");
        assert_eq!(q2.get("age"), Some("41"));
        assert_eq!(q2.get("sex"), Some("male"));
        assert_eq!(q2.with("age", "").get("age"), None);
        assert_eq!(q.with("bogus", "1"), q);
        assert_eq!(q.raw_input().sex, Some("male"));
    }
}
