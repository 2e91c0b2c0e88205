//! How many questions are answered, as a labelled `<progress>`.

use yew::prelude::*;

/// A tiny fragment, so a plain function.
pub fn progress(answered: usize, total: usize) -> Html {
    let text = format!("{answered} of {total} answered");
    html! {
        <div class="quiz-progress" data-testid="quiz-progress" data-answered={answered.to_string()}>
            <label for="quiz-progress-bar">{ text.clone() }</label>
            <progress id="quiz-progress-bar" max={total.to_string()} value={answered.to_string()}>{ text }</progress>
        </div>
    }
}
