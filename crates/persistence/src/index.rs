//! The library index: which journeys this browser holds and when each last changed.
//!
//! Each journey is stored as its own document; the index is a small text beside them so
//! that listing journeys never decodes them all. The documents are the truth: an index that
//! is unreadable or out of date (a write that failed, another tab) is rebuilt from them, so
//! the index can be lost without losing a journey.

use serde::{Deserialize, Serialize};

/// Marks a JSON text as a Sightline library index.
pub const INDEX_FORMAT: &str = "sightline-library";

/// The version of the index this build writes.
pub const INDEX_VERSION: u32 = 1;

/// One journey in the library.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Stable identity of the stored journey; see [`is_valid_id`].
    pub id: String,
    /// The journey's name, copied here so that the list needs no decoding.
    pub name: String,
    /// When it last changed, in milliseconds since the Unix epoch.
    pub updated: f64,
}

/// The index of every journey in the library.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LibraryIndex {
    format: String,
    version: u32,
    entries: Vec<Entry>,
}

impl Default for LibraryIndex {
    fn default() -> Self {
        LibraryIndex::new()
    }
}

impl LibraryIndex {
    /// An empty library.
    pub fn new() -> Self {
        LibraryIndex {
            format: INDEX_FORMAT.to_owned(),
            version: INDEX_VERSION,
            entries: Vec::new(),
        }
    }

    /// Read an index; `None` when the text is not one this build can trust, in which case the
    /// caller rebuilds it from the stored documents.
    pub fn decode(text: &str) -> Option<LibraryIndex> {
        let index: LibraryIndex = serde_json::from_str(text).ok()?;
        let sound = index.format == INDEX_FORMAT
            && index.version == INDEX_VERSION
            && index.entries.iter().all(|entry| is_valid_id(&entry.id));
        sound.then_some(index)
    }

    /// Write the index.
    pub fn encode(&self) -> String {
        // Plain data with string keys always serialises.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.id == id)
    }

    /// The entries, most recently changed first; equal times keep a stable order by name.
    pub fn by_last_change(&self) -> Vec<Entry> {
        let mut entries = self.entries.clone();
        entries.sort_by(|a, b| {
            b.updated
                .total_cmp(&a.updated)
                .then_with(|| a.name.cmp(&b.name))
                .then_with(|| a.id.cmp(&b.id))
        });
        entries
    }

    /// Add an entry, or replace the one with the same id.
    pub fn put(&mut self, entry: Entry) {
        match self.entries.iter_mut().find(|e| e.id == entry.id) {
            Some(slot) => *slot = entry,
            None => self.entries.push(entry),
        }
    }

    /// Remove the entry with this id, returning it.
    pub fn remove(&mut self, id: &str) -> Option<Entry> {
        let position = self.entries.iter().position(|e| e.id == id)?;
        Some(self.entries.remove(position))
    }

    /// Make the index agree with the documents actually stored: drop entries whose document
    /// is gone and return the ids of documents the index does not list yet, for the caller
    /// to read and [`put`](Self::put).
    pub fn reconcile<'a>(&mut self, stored: &'a [String]) -> Vec<&'a str> {
        self.entries.retain(|entry| stored.contains(&entry.id));
        stored
            .iter()
            .map(String::as_str)
            .filter(|id| self.get(id).is_none())
            .collect()
    }

    /// How many journeys the library holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the library holds no journey.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The first of `base`, `candidate(2)`, `candidate(3)`, ... that no entry is named, for
    /// copies and new journeys that should not be confused with an existing one.
    pub fn unused_name(&self, base: &str, candidate: impl Fn(u32) -> String) -> String {
        let taken = |name: &str| self.entries.iter().any(|e| e.name == name);
        if !taken(base) {
            return base.to_owned();
        }
        (2..)
            .map(candidate)
            .find(|name| !taken(name))
            .unwrap_or_else(|| base.to_owned())
    }
}

/// Whether `id` may name a stored journey: 1 to 64 lowercase letters, digits or dashes, so
/// that it is safe inside a storage key and a file name.
pub fn is_valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A fresh journey id from the time and a random number (both supplied by the caller, since
/// this crate has no clock); two tabs creating a journey in the same millisecond still differ.
pub fn new_id(now_ms: f64, random: f64) -> String {
    let time = now_ms.max(0.0) as u64;
    let salt = (random.clamp(0.0, 1.0) * f64::from(u32::MAX)) as u32;
    format!("{time:x}-{salt:08x}")
}
