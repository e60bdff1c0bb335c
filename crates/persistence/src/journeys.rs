//! Many journeys in storage, and never losing one.
//!
//! Each journey is a document under `sightline.journey.<id>`; `sightline.library` indexes
//! them (see [`LibraryIndex`]). Text that cannot be read is copied under
//! `sightline.recovered.<time>` before anything replaces or removes it, and stays there until
//! the user downloads or discards it. The single save of the first releases
//! (`sightline.journey`) is moved into the library on the first start of this one.

use sightline_document::{decode, encode, LoadError};
use sightline_engine::{sample_journey_in, Edit, Journey, SampleText};

use crate::index::{is_valid_id, new_id, Entry, LibraryIndex};
use crate::storage::{Storage, StorageError};

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

/// A stored text that could not be read as a journey.
#[derive(Clone, Debug, PartialEq)]
pub struct Unreadable {
    /// What is wrong with it.
    pub error: LoadError,
    /// The recovery key it was copied to; `None` when even that failed, so it was left where
    /// it was.
    pub kept_under: Option<String>,
}

/// Why a stored journey could not be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadFailure {
    /// Storage holds no journey under that id (deleted in another tab, say).
    Gone,
    /// Its text could not be read.
    Unreadable(Unreadable),
}

/// What the user must be told about how the app started.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenNotice {
    /// Storage refused to be used or written.
    Storage(StorageError),
    /// A stored journey could not be opened.
    Load(LoadFailure),
}

/// What the app starts with.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    /// The journey to edit.
    pub journey: Journey,
    /// Its library id, if it is (or will be) stored; `None` when storage cannot be used.
    pub id: Option<String>,
    /// The text stored for it, for autosave's comparison.
    pub text: Option<String>,
    /// What the user must be told about how it was opened.
    pub notices: Vec<OpenNotice>,
    /// False when saving could destroy data that could not be set aside.
    pub may_save: bool,
}

impl Opened {
    /// The sample, kept out of storage.
    fn unsaved(notice: OpenNotice, sample: &SampleText) -> Self {
        Opened {
            journey: sample_journey_in(sample),
            id: None,
            text: None,
            notices: vec![notice],
            may_save: false,
        }
    }
}

/// Why a journey's text was not written over its stored version.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveProblem {
    /// Storage refused the write; the previous save is intact.
    Storage(StorageError),
    /// Storage no longer holds the text this tab last read or wrote: another tab changed or
    /// deleted the journey. Nothing was written.
    ChangedElsewhere,
}

/// Why a journey that is not open could not be renamed.
#[derive(Debug, Clone, PartialEq)]
pub enum RenameFailure {
    /// It could not be read.
    Load(LoadFailure),
    /// Its renamed version could not be written.
    Save(SaveProblem),
}

/// The journeys kept in one storage, at one moment. Actions take the time and a random
/// number from the caller, since this crate reads no clock: `now_ms` stamps the index and
/// names recovery keys, `random` tells apart ids made in the same millisecond.
pub struct StoredJourneys<'a, S: Storage + ?Sized> {
    pub(crate) storage: &'a S,
    pub(crate) now_ms: f64,
    pub(crate) random: f64,
}

impl<'a, S: Storage + ?Sized> StoredJourneys<'a, S> {
    /// The journeys in `storage`, for actions taken at `now_ms` (milliseconds since the Unix
    /// epoch); `random` is in `0..1`.
    pub fn new(storage: &'a S, now_ms: f64, random: f64) -> Self {
        StoredJourneys {
            storage,
            now_ms,
            random,
        }
    }

    /// Open the journey the user had open, or the most recent one, or the sample on a first
    /// visit (or without storage), worded by `sample` in the visitor's language. Unreadable
    /// documents met on the way are set aside and named in the notices.
    pub fn open(&self, sample: &SampleText) -> Opened {
        if !self.storage.available() {
            return Opened::unsaved(OpenNotice::Storage(StorageError::Unavailable), sample);
        }
        let mut notices = Vec::new();
        if let Err(unreadable) = self.move_legacy_save(&mut notices) {
            return Opened::unsaved(
                OpenNotice::Load(LoadFailure::Unreadable(unreadable)),
                sample,
            );
        }
        let last = self.storage.read(LAST_OPEN_KEY);
        let mut candidates: Vec<String> = self.list().into_iter().map(|entry| entry.id).collect();
        if let Some(last) = last.filter(|id| candidates.contains(id)) {
            candidates.retain(|id| *id != last);
            candidates.insert(0, last);
        }
        for id in candidates {
            match self.load(&id) {
                Ok(stored) => return self.opened(stored, notices),
                Err(failure) => notices.push(OpenNotice::Load(failure)),
            }
        }
        let (first, written) = self.create(sample_journey_in(sample));
        if let Err(error) = written {
            notices.push(OpenNotice::Storage(error));
        }
        self.opened(first, notices)
    }

    fn opened(&self, stored: Stored, notices: Vec<OpenNotice>) -> Opened {
        self.remember_open(&stored.id);
        Opened {
            journey: stored.journey,
            id: Some(stored.id),
            text: stored.text,
            notices,
            may_save: true,
        }
    }

    /// Remember which journey is open, so that a reload comes back to it.
    pub fn remember_open(&self, id: &str) {
        // Only a convenience: failing to remember it loses nothing.
        let _ = self.storage.write(LAST_OPEN_KEY, id);
    }

    /// Move the first releases' single save into the library. Unreadable text is set aside
    /// first; if even that fails, nothing may be written, and the error says so.
    fn move_legacy_save(&self, notices: &mut Vec<OpenNotice>) -> Result<(), Unreadable> {
        let Some(text) = self.storage.read(LEGACY_KEY) else {
            return Ok(());
        };
        match decode(&text) {
            Ok(journey) => {
                if self.create(journey).1.is_ok() {
                    self.storage.remove(LEGACY_KEY);
                }
            }
            Err(error) => match self.set_aside(&text) {
                Ok(kept_under) => {
                    self.storage.remove(LEGACY_KEY);
                    notices.push(OpenNotice::Load(LoadFailure::Unreadable(Unreadable {
                        error,
                        kept_under: Some(kept_under),
                    })));
                }
                Err(_) => {
                    return Err(Unreadable {
                        error,
                        kept_under: None,
                    })
                }
            },
        }
        Ok(())
    }

    /// Copy an unreadable text under a fresh recovery key, returning the key.
    fn set_aside(&self, text: &str) -> Result<String, StorageError> {
        let mut key = format!("{RECOVERY_PREFIX}{}", self.now_ms.max(0.0) as u64);
        while self.storage.read(&key).is_some() {
            key.push('0');
        }
        self.storage.write(&key, text).map(|()| key)
    }

    /// The library's journeys, most recently changed first. The index is checked against the
    /// stored documents and repaired, so a lost or stale index loses no journey.
    pub fn list(&self) -> Vec<Entry> {
        let stored_ids: Vec<String> = self
            .storage
            .keys_after(JOURNEY_PREFIX)
            .into_iter()
            .filter(|id| is_valid_id(id))
            .collect();
        let original = self.storage.read(INDEX_KEY);
        let mut index = original
            .as_deref()
            .and_then(LibraryIndex::decode)
            .unwrap_or_default();
        let unlisted: Vec<String> = index
            .reconcile(&stored_ids)
            .into_iter()
            .map(str::to_owned)
            .collect();
        for id in unlisted {
            let name = self
                .storage
                .read(&journey_key(&id))
                .and_then(|text| decode(&text).ok())
                .map_or_else(|| id.clone(), |journey| journey.name);
            index.put(Entry {
                id,
                name,
                updated: 0.0,
            });
        }
        let repaired = index.encode();
        if original.as_deref() != Some(repaired.as_str()) {
            // A failed repair loses nothing: the next listing rebuilds it again.
            let _ = self.storage.write(INDEX_KEY, &repaired);
        }
        index.by_last_change()
    }

    /// Update the index with a fresh read, so that entries another tab wrote are kept.
    fn update_index(&self, change: impl FnOnce(&mut LibraryIndex)) {
        let mut index = self
            .storage
            .read(INDEX_KEY)
            .as_deref()
            .and_then(LibraryIndex::decode)
            .unwrap_or_default();
        change(&mut index);
        // A failed index write loses nothing: `list` rebuilds entries from the documents.
        let _ = self.storage.write(INDEX_KEY, &index.encode());
    }

    fn index_entry(&self, id: &str, journey: &Journey) -> Entry {
        Entry {
            id: id.to_owned(),
            name: journey.name.clone(),
            updated: self.now_ms,
        }
    }

    /// Read a journey. If its text cannot be read, it is set aside and removed from the
    /// library before anything else is written.
    pub fn load(&self, id: &str) -> Result<Stored, LoadFailure> {
        let key = journey_key(id);
        let text = self.storage.read(&key).ok_or(LoadFailure::Gone)?;
        match decode(&text) {
            Ok(journey) => Ok(Stored {
                id: id.to_owned(),
                journey,
                text: Some(text),
            }),
            Err(error) => Err(LoadFailure::Unreadable(
                self.set_aside_unreadable(id, &text, error),
            )),
        }
    }

    fn set_aside_unreadable(&self, id: &str, text: &str, error: LoadError) -> Unreadable {
        match self.set_aside(text) {
            Ok(kept_under) => {
                self.storage.remove(&journey_key(id));
                self.update_index(|index| {
                    index.remove(id);
                });
                Unreadable {
                    error,
                    kept_under: Some(kept_under),
                }
            }
            // Left where it is: it is not listed as openable again only because loading fails.
            Err(_) => Unreadable {
                error,
                kept_under: None,
            },
        }
    }

    /// An id no stored journey has: two tabs that draw the same time and number still differ.
    fn fresh_id(&self) -> String {
        let drawn = new_id(self.now_ms, self.random);
        let mut id = drawn.clone();
        let mut n = 1_u32;
        while self.storage.read(&journey_key(&id)).is_some() {
            n = n.saturating_add(1);
            id = format!("{drawn}-{n}");
        }
        id
    }

    /// Put a new journey in the library. The journey is returned even if it could not be
    /// written, so that the user keeps working on it (autosave retries).
    pub fn create(&self, journey: Journey) -> (Stored, Result<(), StorageError>) {
        let id = self.fresh_id();
        let text = encode(&journey);
        let written = self.storage.write(&journey_key(&id), &text);
        if written.is_ok() {
            self.update_index(|index| index.put(self.index_entry(&id, &journey)));
        }
        let stored = Stored {
            id,
            journey,
            text: written.is_ok().then_some(text),
        };
        (stored, written)
    }

    /// Write a journey's `text` over its stored version, but only if storage still holds
    /// `base`, the text this tab last read or wrote.
    pub fn save(
        &self,
        id: &str,
        journey: &Journey,
        text: &str,
        base: Option<&str>,
    ) -> Result<(), SaveProblem> {
        let key = journey_key(id);
        if self.storage.read(&key).as_deref() != base {
            return Err(SaveProblem::ChangedElsewhere);
        }
        self.storage
            .write(&key, text)
            .map_err(SaveProblem::Storage)?;
        self.update_index(|index| index.put(self.index_entry(id, journey)));
        Ok(())
    }

    /// Rename a stored journey that is not open in this tab.
    pub fn rename(&self, id: &str, name: &str) -> Result<(), RenameFailure> {
        let mut stored = self.load(id).map_err(RenameFailure::Load)?;
        // A refused name (too long, say) leaves the journey as it was, as the editor does.
        let _ = stored.journey.apply(Edit::RenameJourney {
            name: name.to_owned(),
        });
        let text = encode(&stored.journey);
        self.save(id, &stored.journey, &text, stored.text.as_deref())
            .map_err(RenameFailure::Save)
    }

    /// Store a copy of a journey under a name no other journey has: the first of
    /// `copy_name(name, 2)`, `copy_name(name, 3)`, ...
    pub fn duplicate(
        &self,
        journey: &Journey,
        copy_name: fn(&str, u32) -> String,
    ) -> Result<Stored, StorageError> {
        let mut copy = journey.clone();
        copy.name = self.unused_name(&journey.name, copy_name);
        let (stored, written) = self.create(copy);
        written.map(|()| stored)
    }

    /// `name`, or the first of `candidate(name, 2)`, `candidate(name, 3)`, ... no stored
    /// journey is named.
    pub fn unused_name(&self, name: &str, candidate: fn(&str, u32) -> String) -> String {
        let mut index = LibraryIndex::new();
        for entry in self.list() {
            index.put(entry);
        }
        index.unused_name(name, |n| candidate(name, n))
    }

    /// Remove a journey from the library for good, with its versions.
    pub fn delete(&self, id: &str) {
        self.storage.remove(&journey_key(id));
        self.delete_versions(id);
        self.forget_origin(id);
        self.update_index(|index| {
            index.remove(id);
        });
    }

    /// Texts set aside because they could not be read: their keys and contents, oldest first.
    pub fn recovered(&self) -> Vec<(String, String)> {
        let mut keys = self.storage.keys_after(RECOVERY_PREFIX);
        keys.sort();
        keys.into_iter()
            .filter_map(|suffix| {
                let key = format!("{RECOVERY_PREFIX}{suffix}");
                self.storage.read(&key).map(|text| (key, text))
            })
            .collect()
    }

    /// Discard a set-aside text for good; a key that is not a recovery key is left alone.
    pub fn discard_recovered(&self, key: &str) {
        if key.starts_with(RECOVERY_PREFIX) {
            self.storage.remove(key);
        }
    }
}
