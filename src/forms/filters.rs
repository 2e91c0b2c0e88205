//! Filters for the forms table (`filter` parameter: comma-separated filter ids, all must hold),
//! and the checkboxes that switch them.

use crate::controls::OnParam;
use crate::field_error_view::field_error;
use mg_engine::forms::Form;
use mg_engine::FieldError;
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub struct Filter {
    pub id: &'static str,
    pub label: &'static str,
    pub keep: fn(&Form) -> bool,
}

pub const FILTERS: [Filter; 3] = [
    Filter {
        id: "gentle",
        label: "Gentle on the stomach",
        keep: |f| f.stomach.rank >= 2 && !f.diarrhoea_linked,
    },
    Filter {
        id: "absorbed",
        label: "Well absorbed",
        keep: |f| f.absorption.rank >= 3,
    },
    Filter {
        id: "dense",
        label: "Most magnesium per tablet (15 % or more)",
        keep: |f| f.elemental_pct() >= 15.0,
    },
];

/// The active filters (indexes into `FILTERS`) and a message naming unknown ids, which are ignored.
pub fn parse(raw: Option<&str>) -> (Vec<usize>, Option<FieldError>) {
    let mut on = Vec::new();
    let mut unknown = Vec::new();
    for id in raw
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        match FILTERS.iter().position(|f| f.id == id) {
            Some(i) if !on.contains(&i) => on.push(i),
            Some(_) => {}
            None => unknown.push(id),
        }
    }
    let error = (!unknown.is_empty()).then(|| {
        let ids: Vec<_> = FILTERS.iter().map(|f| f.id).collect();
        FieldError::new(
            "filter",
            format!(
                "Unknown filter(s) ignored: {}. Use {}.",
                unknown.join(", "),
                ids.join(", ")
            ),
        )
    });
    (on, error)
}

/// The `filter` value with filter `i` switched on or off (kept in the table's filter order).
pub fn toggled(on: &[usize], i: usize, checked: bool) -> String {
    (0..FILTERS.len())
        .filter(|j| if *j == i { checked } else { on.contains(j) })
        .map(|j| FILTERS[j].id)
        .collect::<Vec<_>>()
        .join(",")
}

/// The filter checkboxes; each switches one id in the `filter` parameter.
pub fn filter_fields(on: &[usize], error: Option<FieldError>, on_param: &OnParam) -> Html {
    let boxes = FILTERS.iter().enumerate().map(|(i, f)| {
        let (on, on_param) = (on.to_vec(), on_param.clone());
        let checked = on.contains(&i);
        let onchange = Callback::from(move |e: Event| {
            let checked = e.target_unchecked_into::<HtmlInputElement>().checked();
            on_param.emit(("filter", toggled(&on, i, checked)));
        });
        html! {
            <label class="check">
                <input type="checkbox" name="filter" value={f.id} {checked} {onchange} />
                { f.label }
            </label>
        }
    });
    html! {
        <fieldset class="field choices filters">
            <legend>{ "Show only forms that are…" }</legend>
            <div class="choice-row">{ for boxes }</div>
            if let Some(error) = error { { field_error(&error, None) } }
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mg_engine::forms::FORMS;

    fn kept(i: usize) -> Vec<&'static str> {
        FORMS
            .iter()
            .filter(|f| (FILTERS[i].keep)(f))
            .map(|f| f.id_str)
            .collect()
    }

    #[test]
    fn filters_keep_the_documented_forms() {
        assert_eq!(kept(0), ["citrate", "glycinate"]);
        assert_eq!(
            kept(1),
            ["citrate", "glycinate", "chloride", "lactate", "aspartate"]
        );
        assert_eq!(
            kept(2),
            ["oxide", "citrate", "malate", "carbonate", "hydroxide"]
        );
    }

    #[test]
    fn parse_and_toggle() {
        assert_eq!(parse(None), (vec![], None));
        assert_eq!(parse(Some("dense, gentle,dense")), (vec![2, 0], None));
        let (on, e) = parse(Some("gentle,cheap"));
        assert_eq!(on, [0]);
        assert_eq!(e.unwrap().field, "filter");
        assert_eq!(toggled(&[2], 0, true), "gentle,dense");
        assert_eq!(toggled(&[0, 2], 0, false), "dense");
        assert_eq!(toggled(&[0], 0, false), "");
    }
}
