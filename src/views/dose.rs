//! The Dose view (`view=dose`): the screen itself lives in `crate::dose`.

pub use crate::dose::DoseScreen as DoseView;
