//! Sightline in the browser: the Leptos front end over the pure engine.
//!
//! The app is thin on purpose: components read the journey from [`store::JourneyStore`] and
//! turn user actions into engine edits; [`storage`] keeps the library of journeys in local storage.
//! It is built for wasm only (see `Cargo.toml`).
#![cfg(target_arch = "wasm32")]

pub mod components;
pub mod files;
pub mod language;
pub mod offline;
pub mod picture;
pub mod share;
pub mod shortcuts;
pub mod storage;
pub mod store;
pub mod strings;
pub mod versions;
pub mod view_choice;
pub mod workspace;

/// Mount the app on the page body, in place of the header `index.html` shows while the wasm
/// downloads and compiles (the product's name, the same in every language, painted as soon
/// as the page and its style sheet arrive rather than an empty window); it is removed in the
/// same task as the app mounts, so no frame shows both. The texts of a visitor who reads
/// French, Russian or Chinese are a chunk of their own, fetched first. A panic is reported to
/// the console before the wasm aborts, so that a bug shows where it happened.
pub fn start() {
    console_error_panic_hook::set_once();
    let mount = || {
        if let Some(shell) = leptos::prelude::document().get_element_by_id("app-shell") {
            shell.remove();
        }
        leptos::mount::mount_to_body(components::App);
    };
    if language::table(leptos::prelude::untrack(language::current)).is_some() {
        mount();
        return;
    }
    // Not Leptos's spawner: it starts with the first mount.
    wasm_bindgen_futures::spawn_local(async move {
        language::prepare().await;
        mount();
    });
}
