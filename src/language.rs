//! Which language the interface speaks: the stored choice, else the browser's, kept in one
//! signal that [`crate::strings::strings`] reads and the language picker writes.
//!
//! The signal is global rather than in context because texts are also read where there is no
//! component (storage notices, the library's names for copies); it is an `ArcRwSignal`, which
//! needs no reactive owner.

use std::cell::OnceCell;

use leptos::prelude::*;
use sightline_strings::Language;

/// Where the choice is kept across visits (the library's keys are `sightline.…` too).
pub const STORAGE_KEY: &str = "sightline.language";

thread_local! {
    static LANGUAGE: OnceCell<ArcRwSignal<Language>> = const { OnceCell::new() };
}

fn signal() -> ArcRwSignal<Language> {
    LANGUAGE.with(|cell| cell.get_or_init(|| ArcRwSignal::new(initial())).clone())
}

/// The language in use; tracked inside a reactive scope.
pub fn current() -> Language {
    signal().get()
}

/// Switch the interface to `language`, keep the choice for the next visits and say it to the
/// page (`<html lang>`, for screen readers, fonts and hyphenation).
pub fn choose(language: Language) {
    if let Some(storage) = local_storage() {
        // Not kept is not lost: the page still switches, the next visit asks the browser again.
        let _ = storage.set_item(STORAGE_KEY, language.code());
    }
    set_document_language(language);
    signal().set(language);
}

/// Says the language in use to the page; called once at start, then by [`choose`].
pub fn set_document_language(language: Language) {
    if let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    {
        let _ = root.set_attribute("lang", language.code());
    }
}

/// A date and time (milliseconds since the epoch) in the language of the interface and the
/// browser's time zone; the browser writes dates in the interface's language, not its own.
pub fn date_time(ms: f64) -> String {
    js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms))
        .to_locale_string(current().code(), &wasm_bindgen::JsValue::UNDEFINED)
        .into()
}

/// The stored choice, else the first of the browser's languages that Sightline speaks.
fn initial() -> Language {
    let stored = local_storage()
        .and_then(|storage| storage.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|code| Language::from_code(&code));
    stored.unwrap_or_else(|| {
        let navigator = web_sys::window().map(|window| window.navigator());
        let tags: Vec<String> = navigator
            .as_ref()
            .map(|navigator| {
                navigator
                    .languages()
                    .iter()
                    .filter_map(|tag| tag.as_string())
                    .collect()
            })
            .unwrap_or_default();
        let first = navigator.and_then(|navigator| navigator.language());
        Language::from_preferences(tags.iter().map(String::as_str).chain(first.as_deref()))
    })
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|window| window.local_storage().ok().flatten())
}
