//! The trial diary as this device holds it, for the Trial and Report screens: read from storage
//! in an effect (never while rendering), kept in the component's state, and read again when
//! another tab changes it (the `storage` event) or after this tab writes (`StoredDiaryHandle::
//! refresh`). Each read gets a new `generation`, so a screen can keep what it computes from the
//! diary (verdict, chart) until the diary changes instead of on every keystroke.

use crate::diary::stored::{self, Loaded};
use crate::platform::diary_storage;
use mg_engine::trial::Diary;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// One reading of storage.
#[derive(Clone, Debug, PartialEq)]
pub struct Stored {
    pub loaded: Loaded,
    /// Text that could not be read as a diary is kept aside on this device.
    pub set_aside: bool,
    /// This page may store anything at all.
    pub available: bool,
    /// Changes with every reading.
    pub generation: u32,
}

thread_local! {
    static GENERATION: Cell<u32> = const { Cell::new(0) };
}

impl Stored {
    /// Reads storage now (an event handler or an effect, never a render).
    pub fn read() -> Stored {
        let generation = GENERATION.with(|g| {
            g.set(g.get().wrapping_add(1));
            g.get()
        });
        Stored {
            loaded: stored::load(diary_storage::read().as_deref()),
            set_aside: diary_storage::read_set_aside().is_some(),
            available: diary_storage::available(),
            generation,
        }
    }

    /// The diary, when one is stored and readable.
    pub fn diary(&self) -> Option<&Diary> {
        match &self.loaded {
            Loaded::Diary(d) => Some(&d.diary),
            _ => None,
        }
    }
}

/// The reading kept by a screen; `None` until the first effect has read storage.
#[derive(Clone, PartialEq)]
pub struct StoredDiaryHandle(UseStateHandle<Option<Rc<Stored>>>);

impl StoredDiaryHandle {
    pub fn get(&self) -> Option<Rc<Stored>> {
        (*self.0).clone()
    }

    /// Reads storage again (after this tab wrote) and keeps the result; returns it.
    pub fn refresh(&self) -> Rc<Stored> {
        let now = Rc::new(Stored::read());
        self.0.set(Some(now.clone()));
        now
    }
}

/// The stored diary, read after the first render and whenever another tab changes it.
/// `enabled = false` (embed mode: storage there belongs to the blog) never reads.
#[hook]
pub fn use_stored_diary(enabled: bool) -> StoredDiaryHandle {
    let state = use_state(|| None::<Rc<Stored>>);
    {
        let state = state.clone();
        use_effect_with(enabled, move |enabled| {
            let listener = enabled.then(|| {
                state.set(Some(Rc::new(Stored::read())));
                diary_storage::on_change(move || state.set(Some(Rc::new(Stored::read()))))
            });
            move || drop(listener)
        });
    }
    StoredDiaryHandle(state)
}
