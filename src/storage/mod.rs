//! The browser's local storage, the only database Sightline has.
//!
//! [`library`] keeps many journeys, each in its own document, with an index beside them;
//! [`autosave`] writes the open journey as the user pauses. This module is the thin layer
//! over `localStorage` that both use: it tells a full quota from storage that is unavailable,
//! and never throws where the browser would.

pub mod autosave;
pub mod library;

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;

use crate::strings::strings;

/// Why a write did not happen. The previous value under the key is intact either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveError {
    /// The storage quota is used up.
    QuotaExceeded,
    /// The browser refuses storage (disabled site data, sandboxed frame) or failed otherwise.
    Unavailable,
}

impl SaveError {
    /// What to tell the user.
    pub fn message(self) -> &'static str {
        match self {
            SaveError::QuotaExceeded => strings().storage_full,
            SaveError::Unavailable => strings().storage_unavailable,
        }
    }
}

/// gloo-storage throws when the browser has no local storage at all; ask first so that a
/// locked-down browser gets a message instead of a crash.
pub fn available() -> bool {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .is_some()
}

/// The text under `key`, if storage works and holds one.
pub fn read(key: &str) -> Option<String> {
    if !available() {
        return None;
    }
    LocalStorage::raw().get_item(key).ok().flatten()
}

/// Store `text` under `key`, replacing what was there only if the write succeeds.
pub fn write(key: &str, text: &str) -> Result<(), SaveError> {
    if !available() {
        return Err(SaveError::Unavailable);
    }
    LocalStorage::raw().set_item(key, text).map_err(|error| {
        let quota = error
            .dyn_ref::<web_sys::DomException>()
            .is_some_and(|exception| exception.name() == "QuotaExceededError");
        if quota {
            SaveError::QuotaExceeded
        } else {
            SaveError::Unavailable
        }
    })
}

/// Remove `key`; removing what is not there is not an error.
pub fn remove(key: &str) {
    if available() {
        let _ = LocalStorage::raw().remove_item(key);
    }
}

/// Every key that starts with `prefix`, without the prefix.
pub fn keys_after(prefix: &str) -> Vec<String> {
    if !available() {
        return Vec::new();
    }
    let storage = LocalStorage::raw();
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter_map(|key| key.strip_prefix(prefix).map(str::to_owned))
        .collect()
}

/// Milliseconds since the Unix epoch, from the browser's clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}
