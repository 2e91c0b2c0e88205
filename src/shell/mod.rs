//! What surrounds every screen: the header (navigation, share toolbar, theme), the footer with
//! the embed snippet, the compact embed's one-line bar, and the panic panel's content.

pub mod copy;
pub mod embed_bar;
pub mod embed_snippet;
pub mod footer;
pub mod header;
pub mod nav;
pub mod panic_panel;
pub mod theme_toggle;
pub mod toolbar;

pub const PRODUCT_NAME: &str = "Magnesium & Restless Legs calculator";
