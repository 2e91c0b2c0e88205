//! Magnesium for Restless Legs: the browser app (Yew). Medical logic lives in `mg_engine`.
//!
//! `state` (the URL query, settings and the reducer; pure) and `diary` (the trial diary file and
//! its on-device copy; pure) ← `platform` (every browser call) ←
//! `widgets` (controls, messages, source links, formats) ← `shell` (header, navigation,
//! toolbar, footer, embed) and `pages` (one folder per screen) ← `screens` (which screens each
//! build renders) ← `app` (puts them together).

pub mod app;
pub mod diary;
pub mod pages;
pub mod platform;
pub mod screens;
pub mod shell;
pub mod state;
pub mod views;
pub mod widgets;

pub use app::App;

/// The heap allocator: talc instead of Rust's default dlmalloc saves ≈ 2.2 KB gzip of the first
/// load (README, "What each measured choice saves"). `new_global` is sound because the app's
/// WebAssembly runs on one thread only. Declared in the library, so the browser tests
/// (tests/browser*.rs) run on the same allocator as the app.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

/// The first-load build's start (`src/main.rs`): mounts the first-load app on `<body>` (the Dose
/// screen; the others hand over to the full build). A link straight to an on-demand screen starts
/// the full build at once instead (its files are already on their way, `assets/pwa.js`): the
/// first-load app would only show "Opening …" until it took over. If the full build cannot be
/// loaded, the first-load app runs after all and says so on the screen.
pub fn run() {
    platform::panic::install();
    if !state::handover::opens_on_demand(&platform::url::read_search()) {
        mount_first_load();
        return;
    }
    wasm_bindgen_futures::spawn_local(async {
        if platform::full_app::load().await.is_ok() {
            platform::full_app::take_over_if_loaded();
        } else {
            mount_first_load();
        }
    });
}

fn mount_first_load() {
    let running = yew::Renderer::<App<screens::HandOver>>::new().render();
    platform::full_app::on_handover(move || running.destroy());
}

/// Mounts the full app on `<body>` (`src/bin/mg-rls-full.rs`): every screen, resuming the state
/// the first-load app `carried` when it handed the page over.
pub fn run_full(carried: Option<String>) {
    platform::panic::install();
    platform::full_app::handed_over(carried);
    yew::Renderer::<App<screens::AllScreens>>::new().render();
}
