//! The About view (`view=about`): the screen itself lives in `crate::about`.

pub use crate::about::AboutScreen as AboutView;
