//! Keeping the journey in the browser's local storage, and never losing what is there.
//!
//! On start the saved document is read; if it cannot be read, its text is copied under a
//! recovery key before anything else is written, and the user is told. Saving writes the
//! whole document under one key, so a failed write leaves the previous save intact.

use gloo_storage::{LocalStorage, Storage};
use sightline_document::{decode, encode};
use sightline_engine::{sample_journey, Journey};
use wasm_bindgen::JsCast;

use crate::strings::strings;

/// Where the journey being edited is saved.
pub const JOURNEY_KEY: &str = "sightline.journey";

/// Prefix of the keys under which unreadable saves are set aside.
pub const RECOVERY_PREFIX: &str = "sightline.recovered.";

/// What the app starts with.
pub struct Opened {
    /// The journey to edit.
    pub journey: Journey,
    /// What the user must be told about how it was opened, if anything.
    pub notice: Option<String>,
    /// False when saving would destroy data that could not be set aside.
    pub may_save: bool,
}

/// Why a save did not happen.
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
fn storage_available() -> bool {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .is_some()
}

/// Open the saved journey, or the sample on a first visit or when the save is unreadable.
pub fn open() -> Opened {
    let fresh = |notice: Option<String>, may_save| Opened {
        journey: sample_journey(),
        notice,
        may_save,
    };
    if !storage_available() {
        return fresh(Some(strings().storage_unavailable.to_owned()), false);
    }
    let Ok(Some(text)) = LocalStorage::raw().get_item(JOURNEY_KEY) else {
        return fresh(None, true);
    };
    match decode(&text) {
        Ok(journey) => Opened {
            journey,
            notice: None,
            may_save: true,
        },
        Err(error) => {
            let reason = (strings().load_error)(&error);
            let kept_under = format!("{RECOVERY_PREFIX}{}", js_sys::Date::now() as u64);
            match LocalStorage::raw().set_item(&kept_under, &text) {
                Ok(()) => fresh(
                    Some((strings().saved_journey_unreadable)(&reason, &kept_under)),
                    true,
                ),
                Err(_) => fresh(
                    Some((strings().saved_journey_unreadable_not_kept)(&reason)),
                    false,
                ),
            }
        }
    }
}

/// Save the journey over the previous save.
pub fn save(journey: &Journey) -> Result<(), SaveError> {
    if !storage_available() {
        return Err(SaveError::Unavailable);
    }
    LocalStorage::raw()
        .set_item(JOURNEY_KEY, &encode(journey))
        .map_err(|error| {
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
