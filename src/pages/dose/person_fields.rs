//! Age, sex and (where the tables have it) pregnancy or breastfeeding.

use super::fields::Fields;
use super::region_field::region_field;
use crate::state::Param;
use crate::widgets::controls::{Binding, ChoiceField, Options, TextField};
use mg_engine::person::{LifeStage, Sex, CHILDBEARING_AGES};
use yew::prelude::*;

fn sex_options() -> Options {
    Sex::ALL
        .iter()
        .map(|s| {
            let label = if *s == Sex::Female { "Female" } else { "Male" };
            (AttrValue::from(s.id()), AttrValue::from(label))
        })
        .collect()
}

fn stage_options() -> Options {
    LifeStage::ALL
        .iter()
        .map(|s| {
            let label = match s {
                LifeStage::None => "Neither",
                LifeStage::Pregnant => "Pregnant",
                LifeStage::Lactating => "Breastfeeding",
            };
            (AttrValue::from(s.id()), AttrValue::from(label))
        })
        .collect()
}

pub fn person_fields(p: &Fields) -> Html {
    let q = &p.app.query;
    let bind = |param| Binding::param(&p.app, param);
    let sex = q.get(Param::Sex);
    let stage = q.get(Param::Stage);
    let female = sex == Some(Sex::Female.id()) || sex.is_none();
    let age_fits = q
        .get(Param::Age)
        .and_then(|a| a.trim().parse::<u8>().ok())
        .is_some_and(|a| CHILDBEARING_AGES.contains(&a));
    // Shown only where it applies, or when a shared link set it and it needs explaining.
    let show_stage = (female && age_fits)
        || p.errors.get(Param::Stage).is_some()
        || stage.is_some_and(|s| s != "none");
    // A shared link may set pregnancy or breastfeeding without a sex: say which values apply.
    let sex_hint = (sex.is_none()
        && stage.is_some_and(|s| s != "none")
        && p.errors.get(Param::Stage).is_none())
    .then(|| AttrValue::from("Not chosen: the pregnancy or breastfeeding values in use are those for women. Choose Female to confirm."));
    html! {
        <fieldset class="group">
            <legend>{ "You" }</legend>
            <TextField bind={bind(Param::Age)} label="Age" value={q.age.clone()} error={p.errors.message(Param::Age)}
                unit="years" inputmode="numeric" hint="Whole years; enter 0 for a baby under one year." />
            <ChoiceField bind={bind(Param::Sex)} legend="Sex (as used by the reference tables)" options={sex_options()}
                value={sex.map(|s| AttrValue::from(s.to_owned()))} error={p.errors.message(Param::Sex)} hint={sex_hint} />
            if show_stage {
                <ChoiceField bind={bind(Param::Stage)} legend="Pregnant or breastfeeding?" options={stage_options()}
                    value={Some(AttrValue::from(stage.unwrap_or("none").to_owned()))}
                    error={p.errors.message(Param::Stage)} />
            }
            { region_field(&p.app, &p.errors) }
        </fieldset>
    }
}
