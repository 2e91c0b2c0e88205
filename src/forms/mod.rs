//! The Forms screen (`view=forms`): every form in one sortable, filterable table; the seed's
//! citrate-vs-glycinate ratings beside other sources; a converter; two products compared.

mod columns;
mod compare;
mod converter;
mod filters;
mod seed_card;
mod table;

use crate::controls::{OnParam, SelectField, TextField};
use crate::format::{amount, fixed, pct};
use crate::views::ViewProps;
use converter::Converter;
use mg_engine::forms::FORMS;
use mg_engine::{validate, FieldError, RawInput};
use yew::prelude::*;

/// `(id, "Magnesium citrate — 16.2 %")` for every form, for pickers.
fn form_options() -> Vec<(AttrValue, AttrValue)> {
    FORMS
        .iter()
        .map(|f| {
            (
                f.id_str.into(),
                format!("{} — {}", f.name, pct(f.elemental_pct())).into(),
            )
        })
        .collect()
}

/// Money in whatever currency the person typed prices in: two decimals, three below 0.10.
fn money(x: f64) -> String {
    if x < 0.1 {
        fixed(x, 3)
    } else {
        fixed(x, 2)
    }
}

/// One text box: (name, label, unit, value, error, hint).
type Text = (
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<String>,
    Option<FieldError>,
    Option<&'static str>,
);

/// A row of text boxes (one code path for every box of this screen).
fn text_fields(fields: Vec<Text>, on_param: &OnParam) -> Html {
    let boxes = fields.into_iter().map(|(name, label, unit, value, error, hint)| html! {
        <TextField {name} label={label} unit={unit.map(AttrValue::from)} {value} {error} hint={hint.map(AttrValue::from)}
            optional={unit.is_none()} on_param={on_param.clone()} />
    });
    html! { <div class="pair">{ for boxes }</div> }
}

/// A drop-down list.
fn select(
    name: &'static str,
    label: &'static str,
    options: Vec<(AttrValue, AttrValue)>,
    value: &str,
    hint: Option<String>,
    error: Option<FieldError>,
    on_param: &OnParam,
) -> Html {
    html! { <SelectField {name} label={label} {options} value={AttrValue::from(value.to_owned())} hint={hint.map(AttrValue::from)} {error} on_param={on_param.clone()} /> }
}

/// One result: `[data-testid][data-value]` with a label and its text.
struct Figure {
    testid: &'static str,
    label: String,
    value: String,
    text: String,
}

impl Figure {
    fn view(self) -> Html {
        html! { <div data-testid={self.testid} data-value={self.value}><dt>{ self.label }</dt><dd><strong>{ self.text }</strong></dd></div> }
    }
}

/// The whole screen. The person's form (`form`, default glycinate) is marked in the table and
/// starts the converter; the comparison edits the same URL parameters as the Dose screen.
pub fn screen(props: &ViewProps) -> Html {
    let query = &props.query;
    let (input, _) = validate(&RawInput {
        form: query.get("form"),
        target: query.get("target"),
        ..RawInput::default()
    });
    let on_param: OnParam = {
        let query = query.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |(name, value): (&'static str, String)| {
            on_change.emit(query.with(name, &value))
        })
    };
    html! {
        <section class="view view-forms" aria-labelledby="view-title">
            <h2 id="view-title">{ "Magnesium forms compared" }</h2>
            <p class="lead">
                { "Supplements differ in how much of the compound is magnesium itself (“elemental” magnesium). \
                   Absorption and comfort ratings rest on small studies and on the seed article’s opinions; \
                   no form is proven to work better for restless legs." }
            </p>
            { table::forms_table(query, input.form, &on_param) }
            { seed_card::seed_card() }
            <div class="forms-tools">
                <Converter form={input.form} target_mg={input.target_mg.unwrap_or(mg_engine::plan::DEFAULT_TARGET_MG)} />
                { compare::compare(query, &on_param) }
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_formats() {
        assert_eq!(money(0.2), "0.20");
        assert_eq!(money(0.0619), "0.062");
        assert_eq!(money(12.5), "12.50");
    }
}
