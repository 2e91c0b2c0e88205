//! Reading and editing single URL parameters by name, and handing the medical ones to the engine.

use crate::url_state::Query;
use mg_engine::RawInput;

impl Query {
    fn param_mut(&mut self, name: &str) -> Option<&mut Option<String>> {
        Some(match name {
            "view" => &mut self.view,
            "age" => &mut self.age,
            "sex" => &mut self.sex,
            "stage" => &mut self.stage,
            "form" => &mut self.form,
            "unit_mg" => &mut self.unit_mg,
            "basis" => &mut self.basis,
            "target" => &mut self.target,
            "egfr" => &mut self.egfr,
            "ckd" => &mut self.ckd,
            "serum" => &mut self.serum,
            "serum_unit" => &mut self.serum_unit,
            "ferritin" => &mut self.ferritin,
            "tsat" => &mut self.tsat,
            "wake" => &mut self.wake,
            "dinner" => &mut self.dinner,
            "bedtime" => &mut self.bedtime,
            "other_mg" => &mut self.other_mg,
            "meds" => &mut self.meds,
            "gi" => &mut self.gi,
            "quiz" => &mut self.quiz,
            "embed" => &mut self.embed,
            "theme" => &mut self.theme,
            _ => return None,
        })
    }

    /// The raw value of one parameter.
    pub fn get(&self, name: &str) -> Option<&str> {
        let v = match name {
            "view" => &self.view,
            "age" => &self.age,
            "sex" => &self.sex,
            "stage" => &self.stage,
            "form" => &self.form,
            "unit_mg" => &self.unit_mg,
            "basis" => &self.basis,
            "target" => &self.target,
            "egfr" => &self.egfr,
            "ckd" => &self.ckd,
            "serum" => &self.serum,
            "serum_unit" => &self.serum_unit,
            "ferritin" => &self.ferritin,
            "tsat" => &self.tsat,
            "wake" => &self.wake,
            "dinner" => &self.dinner,
            "bedtime" => &self.bedtime,
            "other_mg" => &self.other_mg,
            "meds" => &self.meds,
            "gi" => &self.gi,
            "quiz" => &self.quiz,
            "embed" => &self.embed,
            "theme" => &self.theme,
            _ => return None,
        };
        v.as_deref()
    }

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
