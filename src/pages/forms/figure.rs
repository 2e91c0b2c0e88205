//! One computed result of the Forms screen, and how money is shown.

use crate::widgets::format::fixed;
use yew::prelude::*;

/// Money in whatever currency the person typed prices in: two decimals, three below 0.10.
pub fn money(x: f64) -> String {
    if x < 0.1 {
        fixed(x, 3)
    } else {
        fixed(x, 2)
    }
}

/// One result: `[data-testid][data-value]` with a label and its text.
pub struct Figure {
    pub testid: &'static str,
    pub label: String,
    pub value: String,
    pub text: String,
}

impl Figure {
    pub fn view(self) -> Html {
        html! { <div data-testid={self.testid} data-value={self.value}><dt>{ self.label }</dt><dd><strong>{ self.text }</strong></dd></div> }
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
