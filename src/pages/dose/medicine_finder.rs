//! The medicine finder: type the name on the box (generic or brand), and Enter ticks its group in
//! the checklist below. A WAI-ARIA combobox with a listbox popup: ArrowDown/ArrowUp move through
//! the suggestions, Enter adds the active one (or the best, unless the text could be two groups:
//! then the person chooses), Escape closes the list and then clears the box; a combination
//! product adds every group it holds; a polite live region says how many suggestions there are, when nothing
//! matches, and what was added. The focus stays in the box, ready for the next name; what was added
//! shows first in "Your medicines" right under it (`medicine_fields`), with its time and a remove
//! button, scrolled into view if need be. The names and the ranking are the engine's (`med_names`); the
//! finder decides nothing medical. Pure data: it works offline.

use super::med_edits::tick;
use crate::platform::events::{input_text, key_name};
use crate::state::AppHandle;
use crate::widgets::combobox::{Combobox, Key, Outcome};
use mg_engine::excerpt::quoted;
use mg_engine::input::MedDose;
use mg_engine::med_names::{ambiguous, search, MedMatch};
use mg_engine::meds::{Med, MedId};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// At most this many suggestions: enough for a short prefix, few enough to read out.
const MAX_SUGGESTIONS: usize = 8;
pub const INPUT_ID: &str = "med-search";
const LIST_ID: &str = "med-search-list";

/// The suggestions for `text`: names whose groups this app knows (one, or each of a
/// combination's), best first.
fn suggestions(text: &str) -> Vec<(MedMatch, Vec<&'static Med>)> {
    search(text, usize::MAX)
        .into_iter()
        .filter_map(|m| {
            let meds: Option<Vec<&'static Med>> = m
                .meds
                .iter()
                .map(|id| MedId::parse(id).map(MedId::med))
                .collect();
            meds.map(|meds| (m, meds))
        })
        .take(MAX_SUGGESTIONS)
        .collect()
}

/// The groups' names for a sentence: "Thiazide diuretic" or "A and B".
fn group_names(meds: &[&Med]) -> String {
    names_joined(meds, "and")
}

/// "A, B or C" with `last_word` before the last name (no `str::replace` afterwards: std's
/// substring search is not otherwise in the first load).
fn names_joined(meds: &[&Med], last_word: &str) -> String {
    let names: Vec<&str> = meds.iter().map(|m| m.name).collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!("{} {last_word} {last}", rest.join(", "))
        }
        _ => names.concat(),
    }
}

/// What the live region says when Enter is pressed on text that could be several groups.
fn ambiguous_message(text: &str) -> Option<String> {
    let ids = ambiguous(text);
    if ids.is_empty() {
        return None;
    }
    let meds: Vec<&Med> = ids
        .iter()
        .filter_map(|id| MedId::parse(id))
        .map(MedId::med)
        .collect();
    Some(format!(
        "“{}” could be {}: choose one with the arrow keys, then press Enter.",
        text.trim(),
        names_joined(&meds, "or")
    ))
}

fn option_id(i: usize) -> String {
    format!("med-search-opt-{i}")
}

/// What the live region says after the text changed.
fn count_message(text: &str, count: usize) -> String {
    match count {
        _ if text.trim().is_empty() => String::new(),
        0 => format!("No match for {}.", quoted(text)),
        1 => "1 suggestion. Press Enter to add it, or use the arrow keys to review it.".to_owned(),
        n => format!(
            "{n} suggestions. Use the up and down arrow keys to choose one, and Enter to add it."
        ),
    }
}

/// The finder's state between events, kept in a cell so that every event reads what the last
/// one left (not a copy from the last render), and what the live region says.
#[derive(Default)]
struct Finder {
    combo: Combobox,
    status: String,
    /// Added by the last choice and not yet shown: the row to bring into view once it renders.
    added: Option<MedId>,
}

/// The finder's state and a way to show its changes, held by the component that shows it.
#[derive(Clone)]
pub struct FinderState {
    finder: Rc<RefCell<Finder>>,
    redraw: UseForceUpdateHandle,
}

impl FinderState {
    /// What the live region says next (e.g. after a medicine was removed from the list).
    pub fn say(&self, text: String) {
        self.finder.borrow_mut().status = text;
        self.redraw.force_update();
    }

    /// The medicine the finder has just added, once: its row is to be brought into view.
    pub fn take_added(&self) -> Option<MedId> {
        self.finder.borrow_mut().added.take()
    }
}

#[hook]
pub fn use_finder_state() -> FinderState {
    FinderState {
        finder: use_mut_ref(Finder::default),
        redraw: use_force_update(),
    }
}

/// A plain function rather than a component: each component adds its own copy of Yew's
/// lifecycle code to the wasm; the state lives in the medicines group (`use_finder_state`).
/// `doses`: the doses in `meds`, to say when a group is already ticked.
pub fn medicine_finder(app: &AppHandle, doses: &[MedDose], state: &FinderState) -> Html {
    let FinderState { finder, redraw } = state.clone();

    // Adds the group of suggestion `i` of `text`, and says what happened.
    let choose = {
        let dispatcher = app.dispatcher();
        let doses = doses.to_vec();
        move |finder: &mut Finder, text: &str, i: usize| {
            let Some((name, meds)) = suggestions(text).into_iter().nth(i) else {
                return;
            };
            let new: Vec<&Med> = meds
                .iter()
                .copied()
                .filter(|m| !doses.iter().any(|d| d.med == m.id))
                .collect();
            finder.status = if new.is_empty() {
                let verb = if meds.len() == 1 { "is" } else { "are" };
                format!("{} {verb} already in your list.", group_names(&meds))
            } else {
                for m in &new {
                    dispatcher.dispatch(tick(m.id, true));
                }
                finder.added = new.last().map(|m| m.id);
                let shown = if new.len() == 1 {
                    "It is shown first under this box, with its time."
                } else {
                    "They are shown first under this box, with their times."
                };
                format!(
                    "Added {} (for {}) to your list. {shown}",
                    group_names(&new),
                    name.name
                )
            };
        }
    };

    let oninput = {
        let (finder, redraw) = (finder.clone(), redraw.clone());
        Callback::from(move |e: InputEvent| {
            let text = input_text(&e);
            let count = suggestions(&text).len();
            let mut f = finder.borrow_mut();
            f.status = count_message(&text, count);
            f.combo.typed(text, count);
            drop(f);
            redraw.force_update();
        })
    };
    let onkeydown = {
        let (finder, redraw, choose) = (finder.clone(), redraw.clone(), choose.clone());
        Callback::from(move |e: KeyboardEvent| {
            let Some(key) = Key::from_name(&key_name(&e)) else {
                return;
            };
            // The arrows would move the caret, Enter would submit the form, Escape may clear the
            // box in some browsers: the combobox handles them instead.
            e.prevent_default();
            let mut f = finder.borrow_mut();
            let text = f.combo.text.clone();
            let count = suggestions(&text).len();
            // Enter on text that could be two groups ("levo") adds neither: the list stays open.
            if key == Key::Enter && f.combo.shown_active().is_none() {
                if let Some(message) = ambiguous_message(&text) {
                    f.status = message;
                    f.combo.open = true;
                    drop(f);
                    redraw.force_update();
                    return;
                }
            }
            match f.combo.key(key, count) {
                Outcome::Choose(i) => choose(&mut f, &text, i),
                Outcome::Nothing => f.status = count_message(&text, 0),
                Outcome::Moved if key == Key::Escape && f.combo.text.is_empty() => f.status.clear(),
                Outcome::Moved => {}
            }
            drop(f);
            redraw.force_update();
        })
    };
    let onblur = {
        let (finder, redraw) = (finder.clone(), redraw.clone());
        Callback::from(move |_: FocusEvent| {
            finder.borrow_mut().combo.blurred();
            redraw.force_update();
        })
    };
    // A pointer on the list must not take the focus from the box (it would close the list).
    let keep_focus = Callback::from(|e: MouseEvent| e.prevent_default());

    let f = finder.borrow();
    let text = f.combo.text.clone();
    let found = suggestions(&text);
    let open = f.combo.open && !found.is_empty();
    let active = f.combo.shown_active().filter(|i| *i < found.len());
    let options = found.iter().enumerate().map(|(i, (name, meds))| {
        let onclick = {
            let (finder, redraw, choose, text) =
                (finder.clone(), redraw.clone(), choose.clone(), text.clone());
            Callback::from(move |_: MouseEvent| {
                let mut f = finder.borrow_mut();
                f.combo = Combobox::default();
                choose(&mut f, &text, i);
                drop(f);
                redraw.force_update();
            })
        };
        let ticked = meds.iter().all(|m| doses.iter().any(|d| d.med == m.id));
        html! {
            <li id={option_id(i)} role="option" class={classes!("finder-option", (active == Some(i)).then_some("active"))}
                aria-selected={if active == Some(i) { "true" } else { "false" }} {onclick}>
                <span class="finder-name">{ name.name }</span>
                <span class="finder-group">{ format!(" — {}", meds.iter().map(|m| m.name).collect::<Vec<_>>().join(" + ")) }</span>
                if ticked { <span class="finder-ticked">{ " (in your list)" }</span> }
            </li>
        }
    });
    html! {
        <div class="med-finder">
            <label for={INPUT_ID} id="med-search-label">{ "Find a medicine by its name" }</label>
            <p class="hint" id="med-search-hint">
                { "The generic or brand name on the box, e.g. ciprofloxacin or Cipro. Enter adds its group to your medicines, just below." }
            </p>
            <div class="finder-box">
                <input id={INPUT_ID} data-testid="med-search" type="text" role="combobox"
                    aria-autocomplete="list" aria-expanded={if open { "true" } else { "false" }}
                    aria-controls={LIST_ID} aria-activedescendant={active.map(option_id)}
                    aria-describedby="med-search-hint" autocomplete="off" spellcheck="false"
                    value={text.clone()} {oninput} {onkeydown} {onblur} />
                <ul id={LIST_ID} role="listbox" aria-labelledby="med-search-label" class="finder-list"
                    hidden={!open} onmousedown={keep_focus}>
                    { for options }
                </ul>
            </div>
            if !text.trim().is_empty() && found.is_empty() {
                <p class="finder-empty" data-testid="med-search-empty">
                    { format!("No match for {}. Try the generic name printed on the box or leaflet, or tick the group in the list below.", quoted(&text)) }
                </p>
            }
            <p class="visually-hidden" role="status" aria-live="polite" data-testid="med-search-status">{ f.status.clone() }</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_are_ranked_by_the_engine_and_lead_to_known_groups() {
        let cipro = suggestions("Cipro");
        assert_eq!(cipro[0].0.name, "Cipro", "the exact brand first");
        assert!(cipro
            .iter()
            .all(|(_, m)| m.len() == 1 && m[0].id == MedId::Quinolone));
        // A combination offers each of its groups.
        let dyazide = suggestions("Dyazide");
        let ids: Vec<MedId> = dyazide[0].1.iter().map(|m| m.id).collect();
        assert_eq!(ids, [MedId::PotassiumSparing, MedId::Thiazide]);
        assert_eq!(
            group_names(&dyazide[0].1),
            "Potassium-sparing diuretic and Thiazide diuretic (water tablet)"
        );
        // "levo": both groups among the first two, and Enter asks which.
        let levo: Vec<MedId> = suggestions("levo")[..2].iter().map(|s| s.1[0].id).collect();
        assert!(levo.contains(&MedId::Levothyroxine) && levo.contains(&MedId::Quinolone));
        assert_eq!(
            ambiguous_message("levo ").as_deref(),
            Some("“levo” could be Quinolone antibiotic or Levothyroxine (thyroid hormone): choose one with the arrow keys, then press Enter.")
        );
        assert_eq!(ambiguous_message("cipro"), None);
        assert!(suggestions("p").len() <= MAX_SUGGESTIONS);
        assert!(suggestions("xyz").is_empty());
        assert!(suggestions("  ").is_empty());
    }

    #[test]
    fn the_live_region_counts_or_says_nothing_matches() {
        assert_eq!(count_message("", 0), "");
        assert_eq!(count_message("xyz ", 0), "No match for “xyz”.");
        assert!(count_message("cip", 1).starts_with("1 suggestion."));
        assert!(count_message("p", 5).starts_with("5 suggestions."));
    }
}
