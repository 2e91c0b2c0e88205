//! Age, sex and (where the tables have it) pregnancy or breastfeeding.

use super::FieldsProps as Props;
use crate::controls::{ChoiceField, TextField};
use mg_engine::person::{LifeStage, Sex, CHILDBEARING_AGES};
use yew::prelude::*;

/// A plain function rather than a component: each component adds its own copy of Yew's
/// lifecycle code to the wasm, and this one has no state of its own.
pub fn person_fields(p: &Props) -> Html {
    let q = &p.query;
    let female = q.get("sex") == Some(Sex::Female.id()) || q.get("sex").is_none();
    let age_fits = q
        .get("age")
        .and_then(|a| a.trim().parse::<u8>().ok())
        .is_some_and(|a| CHILDBEARING_AGES.contains(&a));
    // Shown only where it applies, or when a shared link set it and it needs explaining.
    let show_stage = (female && age_fits)
        || p.errors.get("stage").is_some()
        || q.get("stage").is_some_and(|s| s != "none");
    let stage_options = LifeStage::ALL
        .iter()
        .map(|s| {
            let label = match s {
                LifeStage::None => "Neither",
                LifeStage::Pregnant => "Pregnant",
                LifeStage::Lactating => "Breastfeeding",
            };
            (AttrValue::from(s.id()), AttrValue::from(label))
        })
        .collect::<Vec<_>>();
    // A shared link may set pregnancy or breastfeeding without a sex: say which values apply.
    let sex_hint = (q.get("sex").is_none() && q.get("stage").is_some_and(|s| s != "none") && p.errors.get("stage").is_none())
        .then(|| AttrValue::from("Not chosen: the pregnancy or breastfeeding values in use are those for women. Choose Female to confirm."));
    html! {
        <fieldset class="group">
            <legend>{ "You" }</legend>
            <TextField name="age" label="Age" value={q.age.clone()} error={p.errors.get("age")}
                unit="years" inputmode="numeric" hint="Whole years; enter 0 for a baby under one year."
                on_param={p.on_param.clone()} />
            <ChoiceField name="sex" legend="Sex (as used by the reference tables)"
                options={Sex::ALL.iter().map(|s| (AttrValue::from(s.id()), AttrValue::from(if *s == Sex::Female { "Female" } else { "Male" }))).collect::<Vec<_>>()}
                value={q.sex.clone().map(AttrValue::from)} error={p.errors.get("sex")} hint={sex_hint} on_param={p.on_param.clone()} />
            if show_stage {
                <ChoiceField name="stage" legend="Pregnant or breastfeeding?" options={stage_options}
                    value={Some(AttrValue::from(q.get("stage").unwrap_or("none").to_owned()))}
                    error={p.errors.get("stage")} on_param={p.on_param.clone()} />
            }
        </fieldset>
    }
}
