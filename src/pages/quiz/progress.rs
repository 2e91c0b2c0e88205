//! How many questions are answered, as a labelled `<progress>`.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub answered: usize,
    pub total: usize,
}

#[component]
pub fn Progress(p: &ProgressProps) -> Html {
    let text = format!("{} of {} answered", p.answered, p.total);
    html! {
        <div class="quiz-progress" data-testid="quiz-progress" data-answered={p.answered.to_string()}>
            <label for="quiz-progress-bar">{ text.clone() }</label>
            <progress id="quiz-progress-bar" max={p.total.to_string()} value={p.answered.to_string()}>{ text }</progress>
        </div>
    }
}
