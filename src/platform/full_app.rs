//! The full build (`mg-rls-full.js` and its WebAssembly, beside index.html): fetched and compiled
//! once the first screen has rendered and the browser is idle (`preload_when_idle`; not in embed
//! mode, where no link opens another screen in the frame), and started when an on-demand screen
//! (Quiz, Forms, About, Trial, Report) is opened; then it takes over the page from the first-load
//! build (`take_over_if_loaded`, called by the first-load app after its own effects). A link
//! straight to an on-demand screen starts it without the first-load app (`crate::run`).
//! The service worker precaches it with every other file, so this works offline too.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

// The snippet is written to `snippets/<crate>/inline0.js` beside index.html, so the full build is
// two folders up from it, under whatever public URL the site has. A release build names its
// hashed file in <meta name="mg-rls-full"> (scripts/bundle.mjs); `name` is the debug build's.
#[wasm_bindgen(inline_js = "
let loading = null;
let started = null;
function fullBuildUrl(name) {
  const meta = document.querySelector('meta[name=mg-rls-full]');
  return new URL('../../' + (meta ? meta.content : name), import.meta.url).href;
}
async function compiled(url) {
  try {
    const response = fetch(url.replace(/\\.js$/, '_bg.wasm'));
    return await (WebAssembly.compileStreaming
      ? WebAssembly.compileStreaming(response)
      : response.then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b)));
  } catch (e) {
    return null;
  }
}
// Once fetched and compiled, a performance mark (the e2e tests wait for it).
const LOADED_MARK = 'mg-rls:full-build-loaded';
function load(name) {
  if (!loading) {
    // Started by assets/pwa.js for a link straight to an on-demand screen, else here.
    const url = fullBuildUrl(name);
    loading = window.mgRlsFullBuild
      || Promise.all([import(url), compiled(url)]).then(([module, wasm]) => ({ module, wasm }));
    window.mgRlsFullBuild = null;
    loading.then(() => { performance.mark(LOADED_MARK); }, () => { loading = null; });
  }
  return loading;
}
export function importFullBuild(name) {
  // Instantiated once, however many screens ask while it loads.
  if (!started) {
    started = load(name).then(({ module, wasm }) => {
      const init = module.default;
      return init(wasm ? { module_or_path: wasm } : undefined).then(() => module);
    });
    started.catch(() => { started = null; });
  }
  return started;
}
export function preloadWhenIdle(name) {
  const go = () => { load(name).catch(() => {}); };
  const idle = () => (window.requestIdleCallback ? requestIdleCallback(go, { timeout: 5000 }) : setTimeout(go, 1));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
export function announceStart() { window.dispatchEvent(new Event('mg-rls:full-app-started')); }
export function focusedElement() {
  const el = document.activeElement;
  if (el && el.id) return '#' + CSS.escape(el.id);
  if (el && el.dataset && el.dataset.view) return 'nav a[data-view=' + CSS.escape(el.dataset.view) + ']';
  return null;
}
export function focusSoon(selector) {
  requestAnimationFrame(() => { const el = document.querySelector(selector); if (el) el.focus(); });
}
")]
extern "C" {
    /// The full build's module (beside index.html), imported and initialised with its
    /// WebAssembly (compiled already when `preload_when_idle` got to it).
    #[wasm_bindgen(js_name = importFullBuild)]
    fn import_full_build(name: &str) -> js_sys::Promise;
    /// Once the page has loaded and the browser is idle (`requestIdleCallback`, else a task):
    /// imports the full build's module and compiles its WebAssembly, and nothing else (the app
    /// is not started). A failure is forgotten, so opening a screen tries again.
    #[wasm_bindgen(js_name = preloadWhenIdle)]
    fn preload_when_idle_js(name: &str);
    /// Tells assets/pwa.js that the page was rendered anew (it puts its update notice back).
    #[wasm_bindgen(js_name = announceStart)]
    fn announce_start();
    /// A selector for the focused element (by id, or a navigation link by its view), if any.
    #[wasm_bindgen(js_name = focusedElement)]
    fn focused_element() -> Option<String>;
    /// Focuses the element `selector` finds after the next frame (once the new app has rendered).
    #[wasm_bindgen(js_name = focusSoon)]
    fn focus_soon(selector: &str);
}

/// The full build's JavaScript as Trunk names it (by its binary: worker-type outputs are not
/// hashed); release builds rename it with a hash.
const MODULE: &str = "mg-rls-full.js";
/// What the full build exports to start its app (`src/bin/mg-rls-full.rs`).
const START: &str = "start_full_app";

thread_local! {
    /// Stops the running first-load app; set once it is mounted.
    static STOP_CURRENT: RefCell<Option<Box<dyn FnOnce()>>> = RefCell::new(None);
    /// The running first-load app's in-memory state (`crate::state::handover`), kept current
    /// after each render, for the full build; `None` when no first-load app runs.
    static CARRIED: RefCell<Option<String>> = const { RefCell::new(None) };
    /// In the full build: what the first-load app handed over, until the app's start takes it.
    static HANDED_OVER: RefCell<Option<String>> = const { RefCell::new(None) };
    /// The full build's start function, once its module is imported and instantiated.
    static LOADED: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    /// Tells the running first-load app that the full build has loaded (it re-renders and takes
    /// over in its effects).
    static ON_LOADED: RefCell<Option<Rc<dyn Fn()>>> = const { RefCell::new(None) };
}

/// Keeps the running app's in-memory state for a hand-over (called after each render).
pub fn keep_for_handover(carried: String) {
    CARRIED.with(|cell| *cell.borrow_mut() = Some(carried));
}

/// In the full build, before its app starts: what the first-load app handed over.
pub fn handed_over(carried: Option<String>) {
    HANDED_OVER.with(|cell| *cell.borrow_mut() = carried);
}

/// The state the first-load app handed over, once (`None` when this app was not handed over).
pub fn take_handed_over() -> Option<String> {
    HANDED_OVER.with(|cell| cell.borrow_mut().take())
}

/// Remembers how to stop the app now running, for the moment the full build takes over.
pub fn on_handover(stop: impl FnOnce() + 'static) {
    STOP_CURRENT.with(|cell| *cell.borrow_mut() = Some(Box::new(stop)));
}

/// After the first screen has rendered: fetch and compile the full build while the browser is
/// idle, so that opening Forms, About, Trial or Report later is immediate. Does not start it.
pub fn preload_when_idle() {
    preload_when_idle_js(MODULE);
}

/// `wake` is called when the full build has loaded (`load`), so the first-load app renders once
/// more and calls `take_over_if_loaded` from its effects.
pub fn when_loaded(wake: impl Fn() + 'static) {
    ON_LOADED.with(|cell| *cell.borrow_mut() = Some(Rc::new(wake)));
}

/// Imports the full build and instantiates its WebAssembly (compiled already when
/// `preload_when_idle` got to it), without starting it; then wakes the first-load app. An error
/// leaves the page as it is, and a later call tries again.
pub async fn load() -> Result<(), JsValue> {
    let module = JsFuture::from(import_full_build(MODULE)).await?;
    let start: js_sys::Function = js_sys::Reflect::get(&module, &START.into())?.dyn_into()?;
    LOADED.with(|cell| *cell.borrow_mut() = Some(start));
    if let Some(wake) = ON_LOADED.with(|cell| cell.borrow().clone()) {
        wake();
    }
    Ok(())
}

/// Once the full build has loaded: stops the first-load app, if one runs, and starts the full
/// one on the same URL. The first-load app calls this from its last effect, after the effects
/// that write the address bar and keep its in-memory state: a task of its own (a timer, a
/// promise) could run between a child's effects and the app's, since Yew yields to the browser
/// between them, and would hand over the address of the screen before.
pub fn take_over_if_loaded() {
    let Some(start) = LOADED.with(|cell| cell.borrow_mut().take()) else {
        return;
    };
    // A keyboard user who opened the screen from the navigation keeps their place in it.
    let focused = focused_element();
    // The address bar first: a write still waiting for its timer would be lost with this app.
    crate::platform::url::write_pending_now();
    let carried = CARRIED.with(|cell| cell.borrow_mut().take());
    if let Some(stop) = STOP_CURRENT.with(|cell| cell.borrow_mut().take()) {
        stop();
    }
    ON_LOADED.with(|cell| cell.borrow_mut().take());
    // An exception here comes from the full build's start, after this app stopped: its panic
    // hook shows the panel.
    let _ = start.call1(&JsValue::UNDEFINED, &JsValue::from(carried));
    announce_start();
    if let Some(selector) = focused {
        focus_soon(&selector);
    }
}
