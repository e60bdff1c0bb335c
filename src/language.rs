//! Which language the interface speaks: the stored choice, else the browser's, kept in one
//! signal that [`crate::strings::strings`] reads and the language picker writes.
//!
//! A visitor reads one language, so in the release build the French, Russian and Chinese
//! tables are split points of their own ([`fetch`]): a first visit in English downloads none
//! of them, one in French only French. The signal only ever names a language whose table has
//! arrived: [`prepare`] fetches the first before the page is drawn, [`choose`] the next before
//! it switches.
//!
//! The signal is global rather than in context because texts are also read where there is no
//! component (storage notices, the library's names for copies); it is an `ArcRwSignal`, which
//! needs no reactive owner.

use std::cell::{Cell, OnceCell};

use leptos::prelude::*;
use sightline_strings::{Language, Strings};

use crate::components::deferred::{deferred, ChunkMissing};

/// Where the choice is kept across visits (the library's keys are `sightline.…` too).
pub const STORAGE_KEY: &str = "sightline.language";

thread_local! {
    static LANGUAGE: OnceCell<ArcRwSignal<Language>> = const { OnceCell::new() };
    /// The tables fetched so far, in the order of [`Language::ALL`]; English is always here.
    static TABLES: Cell<[Option<&'static Strings>; 4]> =
        const { Cell::new([Some(&sightline_strings::en::EN), None, None, None]) };
    /// The language the visitor would have read had its table arrived, for the page to say so.
    static MISSING_AT_START: Cell<Option<Language>> = const { Cell::new(None) };
}

fn signal() -> ArcRwSignal<Language> {
    LANGUAGE.with(|cell| cell.get_or_init(|| ArcRwSignal::new(initial())).clone())
}

/// The language in use; tracked inside a reactive scope.
pub fn current() -> Language {
    signal().get()
}

/// The texts of `language`, if its table has arrived.
pub fn table(language: Language) -> Option<&'static Strings> {
    TABLES.with(Cell::get)[slot(language)]
}

/// The texts of `language`: at once if its table is here, else once its chunk has arrived.
pub async fn fetch(language: Language) -> Result<&'static Strings, ChunkMissing> {
    if let Some(table) = table(language) {
        return Ok(table);
    }
    let fetched = match language {
        Language::En => &sightline_strings::en::EN,
        Language::Fr => french_texts().await?,
        Language::Ru => russian_texts().await?,
        Language::Zh => chinese_texts().await?,
    };
    TABLES.with(|tables| {
        let mut all = tables.get();
        all[slot(language)] = Some(fetched);
        tables.set(all);
    });
    Ok(fetched)
}

fn slot(language: Language) -> usize {
    match language {
        Language::En => 0,
        Language::Fr => 1,
        Language::Ru => 2,
        Language::Zh => 3,
    }
}

deferred! {
    fn french_texts() -> &'static Strings { &sightline_strings::fr::FR }
}

deferred! {
    fn russian_texts() -> &'static Strings { &sightline_strings::ru::RU }
}

deferred! {
    fn chinese_texts() -> &'static Strings { &sightline_strings::zh::ZH }
}

/// Fetch the texts of the language the visitor reads before anything is drawn. Without them
/// (offline before the app was kept for offline use) the page goes on in English, and
/// [`missing_at_start`] names the language for the page to say so.
pub async fn prepare() {
    let wanted = untrack(current);
    if fetch(wanted).await.is_err() {
        MISSING_AT_START.with(|missing| missing.set(Some(wanted)));
        signal().set(Language::En);
    }
}

/// The language whose texts [`prepare`] could not fetch, once: the page tells the user.
pub fn missing_at_start() -> Option<Language> {
    MISSING_AT_START.with(Cell::take)
}

/// Switch the interface to `language` once its texts are here, keep the choice for the next
/// visits and say it to the page (`<html lang>`, for screen readers, fonts and hyphenation).
/// If its texts cannot be fetched nothing changes.
pub async fn choose(language: Language) -> Result<(), ChunkMissing> {
    fetch(language).await?;
    if let Some(storage) = local_storage() {
        // Not kept is not lost: the page still switches, the next visit asks the browser again.
        let _ = storage.set_item(STORAGE_KEY, language.code());
    }
    set_document_language(language);
    signal().set(language);
    Ok(())
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
