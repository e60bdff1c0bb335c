//! The browser's local storage, the only database Sightline has.
//!
//! What is kept where, and autosave's rules, are `sightline_persistence`'s; this module is
//! the thin layer under them: [`LocalStorage`] implements its `Storage` over `localStorage`,
//! telling a full quota from storage that is unavailable and never throwing where the
//! browser would, and [`journeys`] gives them the browser's clock. [`autosave`] schedules
//! the saves of the open journey.

pub mod autosave;

use gloo_storage::Storage as _;
use sightline_persistence::{Storage, StorageError, StoredJourneys};
use wasm_bindgen::JsCast;

/// The browser's `localStorage`.
#[derive(Clone, Copy, Debug)]
pub struct LocalStorage;

impl Storage for LocalStorage {
    /// gloo-storage throws when the browser has no local storage at all; ask first so that a
    /// locked-down browser gets a message instead of a crash.
    fn available(&self) -> bool {
        web_sys::window()
            .and_then(|window| window.local_storage().ok().flatten())
            .is_some()
    }

    fn read(&self, key: &str) -> Option<String> {
        if !self.available() {
            return None;
        }
        gloo_storage::LocalStorage::raw()
            .get_item(key)
            .ok()
            .flatten()
    }

    fn write(&self, key: &str, text: &str) -> Result<(), StorageError> {
        if !self.available() {
            return Err(StorageError::Unavailable);
        }
        gloo_storage::LocalStorage::raw()
            .set_item(key, text)
            .map_err(|error| {
                let quota = error
                    .dyn_ref::<web_sys::DomException>()
                    .is_some_and(|exception| exception.name() == "QuotaExceededError");
                if quota {
                    StorageError::QuotaExceeded
                } else {
                    StorageError::Unavailable
                }
            })
    }

    fn remove(&self, key: &str) {
        if self.available() {
            let _ = gloo_storage::LocalStorage::raw().remove_item(key);
        }
    }

    fn keys_after(&self, prefix: &str) -> Vec<String> {
        if !self.available() {
            return Vec::new();
        }
        let storage = gloo_storage::LocalStorage::raw();
        let count = storage.length().unwrap_or(0);
        (0..count)
            .filter_map(|index| storage.key(index).ok().flatten())
            .filter_map(|key| key.strip_prefix(prefix).map(str::to_owned))
            .collect()
    }
}

/// The journeys in this browser's storage, for an action taken now.
pub fn journeys() -> StoredJourneys<'static, LocalStorage> {
    StoredJourneys::new(&LocalStorage, js_sys::Date::now(), js_sys::Math::random())
}
