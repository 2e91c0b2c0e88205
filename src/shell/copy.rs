//! Copying a text with one button, and what the last attempt gave.

use crate::platform::clipboard::copy_text;
use yew::prelude::*;

/// What the last copy attempt gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyState {
    Idle,
    Copied,
    /// The clipboard could not be used: show the text selected, to copy by hand.
    Manual,
}

/// The state of copying `text`, a click handler that copies it, and a way to reset the state.
#[hook]
pub fn use_copy(text: String) -> (UseStateHandle<CopyState>, Callback<MouseEvent>) {
    let state = use_state(|| CopyState::Idle);
    let on_copy = {
        let state = state.clone();
        Callback::from(move |_| {
            let (text, state) = (text.clone(), state.clone());
            yew::platform::spawn_local(async move {
                state.set(if copy_text(&text).await {
                    CopyState::Copied
                } else {
                    CopyState::Manual
                });
            });
        })
    };
    (state, on_copy)
}
