//! The keyboard model of a combobox with a listbox popup (WAI-ARIA APG, "list autocomplete"
//! without automatic selection), as pure state: what each key does to the text, whether the list
//! is open and which option is active. No browser types, so it is tested natively.

/// The finder's state between key presses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Combobox {
    pub text: String,
    pub open: bool,
    /// The option shown as active (`aria-activedescendant`), if any.
    pub active: Option<usize>,
}

/// A key the combobox handles; any other key is left to the browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Down,
    Up,
    Enter,
    Escape,
}

impl Key {
    pub fn from_name(name: &str) -> Option<Key> {
        match name {
            "ArrowDown" | "Down" => Some(Key::Down),
            "ArrowUp" | "Up" => Some(Key::Up),
            "Enter" => Some(Key::Enter),
            "Escape" | "Esc" => Some(Key::Escape),
            _ => None,
        }
    }
}

/// What a key asks of the owner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Only the combobox changed.
    Moved,
    /// Choose this option (the active one, else the first).
    Choose(usize),
    /// Enter with nothing to choose.
    Nothing,
}

impl Combobox {
    /// The text changed: the list opens when there is something to show; nothing is active.
    pub fn typed(&mut self, text: String, options: usize) {
        self.text = text;
        self.open = options > 0;
        self.active = None;
    }

    /// One key press with `options` suggestions for the current text.
    pub fn key(&mut self, key: Key, options: usize) -> Outcome {
        match key {
            Key::Down | Key::Up if options == 0 => Outcome::Moved,
            Key::Down => {
                self.active = match (self.open, self.active) {
                    (true, Some(i)) => Some((i + 1) % options),
                    _ => Some(0),
                };
                self.open = true;
                Outcome::Moved
            }
            Key::Up => {
                self.active = match (self.open, self.active) {
                    (true, Some(i)) => Some((i + options - 1) % options),
                    _ => Some(options - 1),
                };
                self.open = true;
                Outcome::Moved
            }
            Key::Enter if options == 0 => Outcome::Nothing,
            Key::Enter => {
                let chosen = self.active.filter(|i| *i < options).unwrap_or(0);
                *self = Combobox::default();
                Outcome::Choose(chosen)
            }
            Key::Escape if self.open => {
                self.open = false;
                self.active = None;
                Outcome::Moved
            }
            Key::Escape => {
                *self = Combobox::default();
                Outcome::Moved
            }
        }
    }
}

impl Combobox {
    /// Focus left the box: the list closes, the text stays.
    pub fn blurred(&mut self) {
        self.open = false;
        self.active = None;
    }

    /// The active option while the list is open (for `aria-activedescendant`).
    pub fn shown_active(&self) -> Option<usize> {
        self.active.filter(|_| self.open)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(text: &str, options: usize) -> Combobox {
        let mut c = Combobox::default();
        c.typed(text.into(), options);
        c
    }

    #[test]
    fn typing_opens_the_list_only_when_something_matches() {
        let c = typed("cip", 3);
        assert_eq!((c.open, c.active), (true, None));
        assert!(!typed("xyz", 0).open);
    }

    #[test]
    fn arrows_move_through_the_options_and_wrap() {
        let mut c = typed("cip", 3);
        assert_eq!(c.key(Key::Down, 3), Outcome::Moved);
        assert_eq!(c.active, Some(0));
        c.key(Key::Down, 3);
        c.key(Key::Down, 3);
        assert_eq!(c.active, Some(2));
        c.key(Key::Down, 3);
        assert_eq!(c.active, Some(0), "wraps to the first");
        c.key(Key::Up, 3);
        assert_eq!(c.active, Some(2), "and back to the last");
        // Nothing to move through: nothing changes.
        let mut none = typed("xyz", 0);
        none.key(Key::Down, 0);
        assert_eq!((none.open, none.active), (false, None));
    }

    #[test]
    fn enter_chooses_the_active_option_or_the_best_and_resets() {
        let mut c = typed("cip", 3);
        c.key(Key::Down, 3);
        c.key(Key::Down, 3);
        assert_eq!(c.key(Key::Enter, 3), Outcome::Choose(1));
        assert_eq!(c, Combobox::default());
        let mut best = typed("cip", 3);
        assert_eq!(best.key(Key::Enter, 3), Outcome::Choose(0));
        let mut none = typed("xyz", 0);
        assert_eq!(none.key(Key::Enter, 0), Outcome::Nothing);
        assert_eq!(none.text, "xyz", "the text stays to be corrected");
    }

    #[test]
    fn escape_closes_then_clears_and_down_reopens() {
        let mut c = typed("doxy", 2);
        c.key(Key::Down, 2);
        c.key(Key::Escape, 2);
        assert_eq!((c.open, c.active, c.text.as_str()), (false, None, "doxy"));
        c.key(Key::Down, 2);
        assert_eq!((c.open, c.active), (true, Some(0)));
        c.key(Key::Escape, 2);
        c.key(Key::Escape, 2);
        assert_eq!(c, Combobox::default());
    }

    #[test]
    fn up_on_a_closed_list_opens_it_at_the_last_option() {
        let mut c = typed("p", 4);
        c.blurred();
        assert_eq!(c.shown_active(), None);
        c.key(Key::Up, 4);
        assert_eq!((c.open, c.shown_active()), (true, Some(3)));
        assert_eq!(Key::from_name("ArrowUp"), Some(Key::Up));
        assert_eq!(Key::from_name("a"), None);
    }
}
