//! The browser's preferred language (`navigator.language`), e.g. `en-GB`.

/// `None` outside a browser or when the browser gives none.
pub fn preferred() -> Option<String> {
    web_sys::window()?
        .navigator()
        .language()
        .filter(|l| !l.is_empty())
}
