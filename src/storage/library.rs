//! Many journeys in local storage, and never losing one.
//!
//! Each journey is a document under `sightline.journey.<id>`; `sightline.library` indexes
//! them (see `sightline_document::Library`). Text that cannot be read is copied under
//! `sightline.recovered.<time>` before anything replaces or removes it, and stays there until
//! the user downloads or discards it. The single save of the first releases
//! (`sightline.journey`) is moved into the library on the first start of this one.

use sightline_document::{decode, encode, new_id, Entry, Library, LoadError};
use sightline_engine::{sample_journey, Edit, Journey};

use super::{keys_after, now_ms, read, remove, write, SaveError};
use crate::strings::strings;

/// Where the library index is kept.
pub const INDEX_KEY: &str = "sightline.library";
/// Prefix of the keys of stored journeys; the journey's id follows.
pub const JOURNEY_PREFIX: &str = "sightline.journey.";
/// Where the first releases kept their one journey.
pub const LEGACY_KEY: &str = "sightline.journey";
/// The journey opened last, so that a reload comes back to it.
pub const LAST_OPEN_KEY: &str = "sightline.last-open";
/// Prefix of the keys under which unreadable texts are set aside.
pub const RECOVERY_PREFIX: &str = "sightline.recovered.";

/// The storage key of a journey.
pub fn journey_key(id: &str) -> String {
    format!("{JOURNEY_PREFIX}{id}")
}

/// A journey as it is stored: its id, the journey, and the exact text it was read from or
/// written as, which autosave compares with storage to notice changes made elsewhere.
#[derive(Clone, Debug, PartialEq)]
pub struct Stored {
    /// Its id in the library.
    pub id: String,
    /// The journey.
    pub journey: Journey,
    /// The stored text; `None` if it could not be written yet.
    pub text: Option<String>,
}

/// What the app starts with.
pub struct Opened {
    /// The journey to edit and where it lives; no id when storage cannot be used.
    pub journey: Journey,
    /// Its library id, if it is (or will be) stored.
    pub id: Option<String>,
    /// The text stored for it, for autosave's comparison.
    pub text: Option<String>,
    /// What the user must be told about how it was opened.
    pub notices: Vec<String>,
    /// False when saving could destroy data that could not be set aside.
    pub may_save: bool,
}

/// Open the journey the user had open, or the most recent one, or the sample on a first visit.
pub fn open() -> Opened {
    if !super::available() {
        return Opened {
            journey: sample_journey(),
            id: None,
            text: None,
            notices: vec![strings().storage_unavailable.to_owned()],
            may_save: false,
        };
    }
    let mut notices = Vec::new();
    if let Err(stop) = move_legacy_save(&mut notices) {
        return Opened {
            journey: sample_journey(),
            id: None,
            text: None,
            notices: vec![stop],
            may_save: false,
        };
    }
    let last = read(LAST_OPEN_KEY);
    let mut candidates: Vec<String> = list().into_iter().map(|entry| entry.id).collect();
    if let Some(last) = last.filter(|id| candidates.contains(id)) {
        candidates.retain(|id| *id != last);
        candidates.insert(0, last);
    }
    for id in candidates {
        match load(&id) {
            Ok(stored) => return opened(stored, notices),
            Err(notice) => notices.push(notice),
        }
    }
    let first = create(sample_journey());
    if let Err(error) = &first.1 {
        notices.push(error.message().to_owned());
    }
    opened(first.0, notices)
}

fn opened(stored: Stored, notices: Vec<String>) -> Opened {
    remember_open(&stored.id);
    Opened {
        journey: stored.journey,
        id: Some(stored.id),
        text: stored.text,
        notices,
        may_save: true,
    }
}

/// Remember which journey is open, so that a reload comes back to it.
pub fn remember_open(id: &str) {
    let _ = write(LAST_OPEN_KEY, id);
}

/// Move the first releases' single save into the library. Unreadable text is set aside
/// first; if even that fails, nothing may be written, and the error says so.
fn move_legacy_save(notices: &mut Vec<String>) -> Result<(), String> {
    let Some(text) = read(LEGACY_KEY) else {
        return Ok(());
    };
    match decode(&text) {
        Ok(journey) => {
            if create(journey).1.is_ok() {
                remove(LEGACY_KEY);
            }
        }
        Err(error) => {
            let reason = (strings().load_error)(&error);
            match set_aside(&text) {
                Ok(kept_under) => {
                    remove(LEGACY_KEY);
                    notices.push((strings().saved_journey_unreadable)(&reason, &kept_under));
                }
                Err(_) => return Err((strings().saved_journey_unreadable_not_kept)(&reason)),
            }
        }
    }
    Ok(())
}

/// Copy an unreadable text under a fresh recovery key, returning the key.
fn set_aside(text: &str) -> Result<String, SaveError> {
    let mut key = format!("{RECOVERY_PREFIX}{}", now_ms() as u64);
    while read(&key).is_some() {
        key.push('0');
    }
    write(&key, text).map(|()| key)
}

/// The library's journeys, most recently changed first. The index is checked against the
/// stored documents and repaired, so a lost or stale index loses no journey.
pub fn list() -> Vec<Entry> {
    let stored_ids = keys_after(JOURNEY_PREFIX);
    let stored_ids: Vec<String> = stored_ids
        .into_iter()
        .filter(|id| sightline_document::is_valid_id(id))
        .collect();
    let original = read(INDEX_KEY);
    let mut library = original
        .as_deref()
        .and_then(Library::decode)
        .unwrap_or_default();
    let unlisted: Vec<String> = library
        .reconcile(&stored_ids)
        .into_iter()
        .map(str::to_owned)
        .collect();
    for id in unlisted {
        let name = read(&journey_key(&id))
            .and_then(|text| decode(&text).ok())
            .map_or_else(|| id.clone(), |journey| journey.name);
        library.put(Entry {
            id,
            name,
            updated: 0.0,
        });
    }
    let repaired = library.encode();
    if original.as_deref() != Some(repaired.as_str()) {
        let _ = write(INDEX_KEY, &repaired);
    }
    library.by_last_change()
}

/// Update the index with a fresh read, so that entries another tab wrote are kept.
fn update_index(change: impl FnOnce(&mut Library)) {
    let mut library = read(INDEX_KEY)
        .as_deref()
        .and_then(Library::decode)
        .unwrap_or_default();
    change(&mut library);
    // A failed index write loses nothing: `list` rebuilds entries from the documents.
    let _ = write(INDEX_KEY, &library.encode());
}

fn index_entry(id: &str, journey: &Journey) -> Entry {
    Entry {
        id: id.to_owned(),
        name: journey.name.clone(),
        updated: now_ms(),
    }
}

/// Read a journey. If its text cannot be read, it is set aside and removed from the library,
/// and the error is what to tell the user.
pub fn load(id: &str) -> Result<Stored, String> {
    let key = journey_key(id);
    let text = read(&key).ok_or_else(|| strings().journey_gone.to_owned())?;
    match decode(&text) {
        Ok(journey) => Ok(Stored {
            id: id.to_owned(),
            journey,
            text: Some(text),
        }),
        Err(error) => Err(set_aside_unreadable(id, &text, &error)),
    }
}

fn set_aside_unreadable(id: &str, text: &str, error: &LoadError) -> String {
    let reason = (strings().load_error)(error);
    match set_aside(text) {
        Ok(kept_under) => {
            remove(&journey_key(id));
            update_index(|library| {
                library.remove(id);
            });
            (strings().saved_journey_unreadable)(&reason, &kept_under)
        }
        // Left where it is: it is not listed as openable again only because loading fails.
        Err(_) => (strings().saved_journey_unreadable_not_kept)(&reason),
    }
}

/// Put a new journey in the library. The journey is returned even if it could not be
/// written, so that the user keeps working on it (autosave retries).
pub fn create(journey: Journey) -> (Stored, Result<(), SaveError>) {
    let id = new_id(now_ms(), js_sys::Math::random());
    let text = encode(&journey);
    let written = write(&journey_key(&id), &text);
    if written.is_ok() {
        update_index(|library| library.put(index_entry(&id, &journey)));
    }
    let stored = Stored {
        id,
        journey,
        text: written.is_ok().then_some(text),
    };
    (stored, written)
}

/// Why autosave did not write.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveProblem {
    /// Storage refused the write; the previous save is intact.
    Storage(SaveError),
    /// Storage no longer holds the text this tab last read or wrote: another tab changed or
    /// deleted the journey. Nothing was written.
    ChangedElsewhere,
}

/// Write a journey's `text` over its stored version, but only if storage still holds `base`,
/// the text this tab last read or wrote.
pub fn save(
    id: &str,
    journey: &Journey,
    text: &str,
    base: Option<&str>,
) -> Result<(), SaveProblem> {
    let key = journey_key(id);
    if read(&key).as_deref() != base {
        return Err(SaveProblem::ChangedElsewhere);
    }
    write(&key, text).map_err(SaveProblem::Storage)?;
    update_index(|library| library.put(index_entry(id, journey)));
    Ok(())
}

/// Rename a stored journey that is not open in this tab.
pub fn rename(id: &str, name: &str) -> Result<(), String> {
    let mut stored = load(id)?;
    let _ = stored.journey.apply(Edit::RenameJourney {
        name: name.to_owned(),
    });
    let text = encode(&stored.journey);
    save(id, &stored.journey, &text, stored.text.as_deref()).map_err(|problem| match problem {
        SaveProblem::Storage(error) => error.message().to_owned(),
        SaveProblem::ChangedElsewhere => strings().changed_elsewhere_retry.to_owned(),
    })
}

/// Store a copy of a journey under a name no other journey has.
pub fn duplicate(journey: &Journey) -> Result<Stored, SaveError> {
    let mut copy = journey.clone();
    copy.name = unused_name(&journey.name, strings().copy_name);
    let (stored, written) = create(copy);
    written.map(|()| stored)
}

/// `name`, or the first of `candidate(2)`, `candidate(3)`, ... no stored journey is named.
pub fn unused_name(name: &str, candidate: fn(&str, u32) -> String) -> String {
    let mut library = Library::new();
    for entry in list() {
        library.put(entry);
    }
    library.unused_name(name, |n| candidate(name, n))
}

/// Remove a journey from the library for good.
pub fn delete(id: &str) {
    remove(&journey_key(id));
    update_index(|library| {
        library.remove(id);
    });
}

/// Texts set aside because they could not be read: their keys and contents, oldest first.
pub fn recovered() -> Vec<(String, String)> {
    let mut keys = keys_after(RECOVERY_PREFIX);
    keys.sort();
    keys.into_iter()
        .filter_map(|suffix| {
            let key = format!("{RECOVERY_PREFIX}{suffix}");
            read(&key).map(|text| (key, text))
        })
        .collect()
}
