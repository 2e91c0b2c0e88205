//! The forms table's filters (`filter` parameter: comma-separated filter ids, all must hold) and
//! the checkboxes that switch them. Which forms pass is the engine's rule
//! (`mg_engine::form_filters`); this file names them and edits the parameter.

use crate::platform::events::checked;
use crate::state::{Action, AppHandle, Param};
use crate::widgets::field_error::field_error;
use crate::widgets::format::trimmed;
use mg_engine::excerpt::quoted_list;
use mg_engine::form_filters::{FormFilter, DENSE_MIN_PCT};
use mg_engine::FieldError;
use std::rc::Rc;
use yew::prelude::*;

/// The checkbox label of a filter.
fn label(filter: FormFilter) -> String {
    match filter {
        FormFilter::Gentle => "Gentle on the stomach".into(),
        FormFilter::Absorbed => "Well absorbed".into(),
        FormFilter::Dense => format!(
            "Most magnesium per tablet ({} % or more)",
            trimmed(DENSE_MIN_PCT, 1)
        ),
    }
}

/// The active filters and a message naming unknown ids, which are ignored.
pub fn parse(raw: Option<&str>) -> (Vec<FormFilter>, Option<FieldError>) {
    let mut on = Vec::new();
    let mut unknown = Vec::new();
    for id in raw
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        match FormFilter::parse(id) {
            Some(f) if !on.contains(&f) => on.push(f),
            Some(_) => {}
            None => unknown.push(id),
        }
    }
    let error = (!unknown.is_empty()).then(|| {
        let ids: Vec<_> = FormFilter::ALL.iter().map(|f| f.id()).collect();
        FieldError::new(
            mg_engine::Field::Filter,
            format!(
                "Unknown filter(s) ignored: {}. Use {}.",
                quoted_list(unknown.iter().copied()),
                ids.join(", ")
            ),
        )
    });
    (on, error)
}

/// The `filter` value with `filter` switched on or off (kept in the table's filter order).
pub fn toggled(on: &[FormFilter], filter: FormFilter, checked: bool) -> String {
    FormFilter::ALL
        .into_iter()
        .filter(|f| {
            if *f == filter {
                checked
            } else {
                on.contains(f)
            }
        })
        .map(FormFilter::id)
        .collect::<Vec<_>>()
        .join(",")
}

/// The filter checkboxes (`on`: the active filters); each switches one id in the `filter`
/// parameter. A plain function, not a component: it takes the whole app state, which changes with
/// every edit, so a component boundary would never skip a render (README, "What each measured
/// choice saves").
pub fn filter_fields(app: &AppHandle, on: &[FormFilter], error: Option<FieldError>) -> Html {
    let boxes = FormFilter::ALL.into_iter().map(|filter| {
        let dispatcher = app.dispatcher();
        let onchange = Callback::from(move |e: Event| {
            let on = checked(&e);
            dispatcher.dispatch(Action::Update(
                Param::Filter,
                Rc::new(move |current: &str| toggled(&parse(Some(current)).0, filter, on)),
            ));
        });
        html! {
            <label class="check">
                <input type="checkbox" name="filter" value={filter.id()} checked={on.contains(&filter)} {onchange} />
                { label(filter) }
            </label>
        }
    });
    html! {
        <fieldset class="field choices filters">
            <legend>{ "Show only forms that are…" }</legend>
            <div class="choice-row">{ for boxes }</div>
            if let Some(error) = &error { { field_error(error, None) } }
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use FormFilter::{Dense, Gentle};

    #[test]
    fn parse_and_toggle() {
        assert_eq!(parse(None), (vec![], None));
        assert_eq!(
            parse(Some("dense, gentle,dense")),
            (vec![Dense, Gentle], None)
        );
        let (on, e) = parse(Some("gentle,cheap"));
        assert_eq!(on, [Gentle]);
        assert_eq!(e.unwrap().field.name(), "filter");
        assert_eq!(toggled(&[Dense], Gentle, true), "gentle,dense");
        assert_eq!(toggled(&[Gentle, Dense], Gentle, false), "dense");
        assert_eq!(toggled(&[Gentle], Gentle, false), "");
    }

    #[test]
    fn labels_state_the_engine_threshold() {
        assert_eq!(label(Dense), "Most magnesium per tablet (15 % or more)");
    }
}
