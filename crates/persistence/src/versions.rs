//! Versions of a journey (issue 16): kept under a name, or automatically before an import
//! over it, once per day of editing and before a restore; listed with their dates, opened
//! read-only, restored, renamed, deleted and exported.
//!
//! Each version is one text under `sightline.version.<journey id>.<version id>`: a record
//! (`versions/record.rs`) around the journey's document as the document format writes it.
//! No index: a listing reads the records of one journey, so there is nothing to go stale,
//! and a record that cannot be read is listed as such beside the others. Versions share a
//! stated budget ([`VERSION_BUDGET_CHARS`]); when a new one does not fit, in the budget or
//! in the browser's quota, the oldest automatic versions that were never named give way,
//! and named ones never do: the caller gets [`VersionRefused::NoRoom`] with the named
//! versions to ask the user about. Times come from the caller, as everywhere in this crate.

mod due;
mod record;
mod room;

pub use due::daily_version_due;
pub use record::{VersionError, VersionKind, VERSION_FORMAT, VERSION_RECORD_VERSION};
pub use room::VERSION_BUDGET_CHARS;

use sightline_document::{encode, encode_pretty};
use sightline_engine::Journey;

use crate::index::{is_valid_id, new_id};
use crate::journeys::StoredJourneys;
use crate::storage::{Storage, StorageError};
use record::Record;
use room::{by_age_evictable, making_room};

/// Prefix of the keys of versions; the journey's id, a dot and the version's id follow.
pub const VERSION_PREFIX: &str = "sightline.version.";

/// The storage key of a version of a journey.
pub fn version_key(journey: &str, version: &str) -> String {
    format!("{VERSION_PREFIX}{journey}.{version}")
}

/// A version as listed: what the record says, without its journey.
#[derive(Debug, Clone, PartialEq)]
pub struct VersionInfo {
    /// The id of the journey it is a version of.
    pub journey: String,
    /// Its own id among that journey's versions.
    pub id: String,
    /// The user's name for it; `None` for an automatic version never named.
    pub name: Option<String>,
    /// When it was kept, in milliseconds since the Unix epoch.
    pub saved: f64,
    /// Why it was kept.
    pub kind: VersionKind,
    /// What it takes in storage, in characters of key and text.
    pub chars: usize,
}

impl VersionInfo {
    /// Whether it may be removed to make room without asking: automatic and never named.
    pub fn may_give_way(&self) -> bool {
        self.kind.is_automatic() && self.name.is_none()
    }
}

/// A stored version that could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct UnreadableVersion {
    /// The id of the journey it is a version of.
    pub journey: String,
    /// Its id; [`StoredJourneys::version_text`] gives its text, to download.
    pub id: String,
    /// What is wrong with it.
    pub error: VersionError,
}

/// A journey's versions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VersionList {
    /// The readable ones, newest first.
    pub versions: Vec<VersionInfo>,
    /// The ones that could not be read, listed so that they are not lost from sight.
    pub unreadable: Vec<UnreadableVersion>,
}

impl VersionList {
    /// When the newest version was kept, for [`daily_version_due`].
    pub fn newest_saved(&self) -> Option<f64> {
        self.versions.first().map(|version| version.saved)
    }
}

/// Why a version could not be opened, renamed or exported.
#[derive(Debug, Clone, PartialEq)]
pub enum VersionFailure {
    /// Storage holds no such version (deleted in another tab, say).
    Gone,
    /// Its text could not be read.
    Unreadable(VersionError),
    /// Storage refused the write (renaming only); the version is as it was.
    Storage(StorageError),
}

/// A version kept.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedVersion {
    /// The version that now keeps the journey.
    pub version: VersionInfo,
    /// False when nothing was written: the journey's newest version already kept exactly
    /// this journey, and the version was automatic.
    pub written: bool,
    /// Automatic versions removed to make room, oldest first.
    pub removed: Vec<VersionInfo>,
}

/// Why a version was not kept. The journey and every other version are as they were, but
/// for automatic versions that gave way on the attempt.
#[derive(Debug, Clone, PartialEq)]
pub enum VersionRefused {
    /// There is no room, even with every automatic version gone (`removed`, already gone on
    /// this attempt). Only deleting named versions (`named`, oldest first, of every journey;
    /// empty when there are none) can make room: the user is to be asked.
    NoRoom {
        /// The named versions, oldest first.
        named: Vec<VersionInfo>,
        /// The automatic versions removed on the attempt, oldest first.
        removed: Vec<VersionInfo>,
    },
    /// Storage cannot be used at all.
    Unavailable,
}

/// Why a version was not restored. Nothing changed.
#[derive(Debug, Clone, PartialEq)]
pub enum RestoreFailure {
    /// The version could not be read.
    Version(VersionFailure),
    /// The journey as it is could not be kept as a version first, so it was not replaced.
    Refused(VersionRefused),
}

/// A version restored: the journey to put in the editor (one undoable replace; autosave then
/// writes it over the stored journey as any change), and the version that now keeps the
/// journey as it was.
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    /// The version's journey.
    pub journey: Journey,
    /// The journey as it was before, kept as a version.
    pub kept: SavedVersion,
}

/// One side of a comparison the user picks: a library journey or one of its versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compared<'a> {
    /// A journey of the library, by id.
    Journey(&'a str),
    /// A version of a journey, by the journey's id and its own.
    Version {
        /// The journey's id.
        journey: &'a str,
        /// The version's id.
        version: &'a str,
    },
}

impl Compared<'_> {
    /// The library journey it is, or is a version of.
    pub fn journey(&self) -> &str {
        match self {
            Compared::Journey(id) | Compared::Version { journey: id, .. } => id,
        }
    }
}

/// What every journey's versions take, read in one pass.
struct AllVersions {
    readable: Vec<VersionInfo>,
    used: usize,
}

impl<S: Storage + ?Sized> StoredJourneys<'_, S> {
    /// A journey's versions, newest first, and those that could not be read.
    pub fn versions(&self, journey: &str) -> VersionList {
        let mut list = VersionList::default();
        for id in self.storage.keys_after(&version_key(journey, "")) {
            match self.read_record(journey, &id) {
                Ok((record, chars)) => list.versions.push(info(journey, &id, &record, chars)),
                Err(VersionFailure::Unreadable(error)) => list.unreadable.push(UnreadableVersion {
                    journey: journey.to_owned(),
                    id,
                    error,
                }),
                Err(_) => {}
            }
        }
        list.versions
            .sort_by(|a, b| b.saved.total_cmp(&a.saved).then_with(|| b.id.cmp(&a.id)));
        list.unreadable.sort_by(|a, b| a.id.cmp(&b.id));
        list
    }

    /// Keep `journey`, stored under `journey_id`, as a version of it, dated now. A named
    /// version takes `name` (trimmed; an empty one is no name). An automatic version that
    /// would keep exactly what the newest version keeps is not written again.
    pub fn save_version(
        &self,
        journey_id: &str,
        journey: &Journey,
        kind: VersionKind,
        name: Option<&str>,
    ) -> Result<SavedVersion, VersionRefused> {
        if !self.storage.available() {
            return Err(VersionRefused::Unavailable);
        }
        let name = name
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .map(str::to_owned);
        let document = encode(journey);
        if kind.is_automatic() {
            if let Some(newest) = self.newest_keeping(journey_id, &document) {
                return Ok(SavedVersion {
                    version: newest,
                    written: false,
                    removed: Vec::new(),
                });
            }
        }
        let id = self.fresh_version_id(journey_id);
        let key = version_key(journey_id, &id);
        let record = Record::new(name, self.now_ms, kind, document);
        let text = record.encode();
        let needed = key.chars().count() + text.chars().count();
        let all = self.all_versions();
        let refusal = |removed: Vec<VersionInfo>| VersionRefused::NoRoom {
            named: named_oldest_first(&all.readable),
            removed,
        };
        let Some(mut removed) = making_room(&all.readable, all.used, needed, VERSION_BUDGET_CHARS)
        else {
            return Err(refusal(Vec::new()));
        };
        for version in &removed {
            self.storage
                .remove(&version_key(&version.journey, &version.id));
        }
        // The budget may leave room the browser's quota does not: the next oldest give way.
        let mut next = by_age_evictable(&all.readable)
            .into_iter()
            .filter(|v| !removed.contains(v))
            .cloned()
            .collect::<Vec<_>>()
            .into_iter();
        loop {
            match self.storage.write(&key, &text) {
                Ok(()) => break,
                Err(StorageError::Unavailable) => return Err(VersionRefused::Unavailable),
                Err(StorageError::QuotaExceeded) => match next.next() {
                    Some(version) => {
                        self.storage
                            .remove(&version_key(&version.journey, &version.id));
                        removed.push(version);
                    }
                    None => return Err(refusal(removed)),
                },
            }
        }
        Ok(SavedVersion {
            version: info(journey_id, &id, &record, needed),
            written: true,
            removed,
        })
    }

    /// A version's journey, to show read-only or to compare.
    pub fn open_version(&self, journey: &str, version: &str) -> Result<Journey, VersionFailure> {
        let (record, _) = self.read_record(journey, version)?;
        record.journey().map_err(VersionFailure::Unreadable)
    }

    /// Restore a version of the journey `current` stored under `journey`: `current` is kept
    /// as a version first ([`VersionKind::BeforeRestore`]), so nothing is lost; then the
    /// version's journey is handed back for the editor to take.
    pub fn restore_version(
        &self,
        journey: &str,
        version: &str,
        current: &Journey,
    ) -> Result<Restored, RestoreFailure> {
        let restored = self
            .open_version(journey, version)
            .map_err(RestoreFailure::Version)?;
        let kept = self
            .save_version(journey, current, VersionKind::BeforeRestore, None)
            .map_err(RestoreFailure::Refused)?;
        Ok(Restored {
            journey: restored,
            kept,
        })
    }

    /// Give a version a name (trimmed; an empty one takes the name away). A named automatic
    /// version no longer gives way to make room.
    pub fn rename_version(
        &self,
        journey: &str,
        version: &str,
        name: &str,
    ) -> Result<(), VersionFailure> {
        let (mut record, _) = self.read_record(journey, version)?;
        let name = name.trim();
        record.name = (!name.is_empty()).then(|| name.to_owned());
        self.storage
            .write(&version_key(journey, version), &record.encode())
            .map_err(VersionFailure::Storage)
    }

    /// Remove a version for good.
    pub fn delete_version(&self, journey: &str, version: &str) {
        self.storage.remove(&version_key(journey, version));
    }

    /// A version as a `.sightline.json` file: the document format, indented.
    pub fn export_version(&self, journey: &str, version: &str) -> Result<String, VersionFailure> {
        self.open_version(journey, version)
            .map(|journey| encode_pretty(&journey))
    }

    /// A version's stored text as it is, to download one that cannot be read.
    pub fn version_text(&self, journey: &str, version: &str) -> Option<String> {
        self.storage.read(&version_key(journey, version))
    }

    /// Remove every version of a journey, when the journey itself goes.
    pub(crate) fn delete_versions(&self, journey: &str) {
        for id in self.storage.keys_after(&version_key(journey, "")) {
            self.storage.remove(&version_key(journey, &id));
        }
    }

    fn read_record(&self, journey: &str, version: &str) -> Result<(Record, usize), VersionFailure> {
        let key = version_key(journey, version);
        let text = self.storage.read(&key).ok_or(VersionFailure::Gone)?;
        let chars = key.chars().count() + text.chars().count();
        Record::decode(&text)
            .map(|record| (record, chars))
            .map_err(VersionFailure::Unreadable)
    }

    /// The newest version of a journey if it keeps exactly this document.
    fn newest_keeping(&self, journey: &str, document: &str) -> Option<VersionInfo> {
        let newest = self.versions(journey).versions.into_iter().next()?;
        let (record, _) = self.read_record(journey, &newest.id).ok()?;
        (record.document == document).then_some(newest)
    }

    fn fresh_version_id(&self, journey: &str) -> String {
        let drawn = new_id(self.now_ms, self.random);
        let mut id = drawn.clone();
        let mut n = 1_u32;
        while self.storage.read(&version_key(journey, &id)).is_some() {
            n = n.saturating_add(1);
            id = format!("{drawn}-{n}");
        }
        id
    }

    /// Every version of every journey, and what all versions take, unreadable ones too
    /// (they take room but never give way on their own).
    fn all_versions(&self) -> AllVersions {
        let mut all = AllVersions {
            readable: Vec::new(),
            used: 0,
        };
        for suffix in self.storage.keys_after(VERSION_PREFIX) {
            let key = format!("{VERSION_PREFIX}{suffix}");
            let Some(text) = self.storage.read(&key) else {
                continue;
            };
            let chars = key.chars().count() + text.chars().count();
            all.used += chars;
            let Some((journey, id)) = suffix.split_once('.') else {
                continue;
            };
            if let (true, true, Ok(record)) =
                (is_valid_id(journey), is_valid_id(id), Record::decode(&text))
            {
                all.readable.push(info(journey, id, &record, chars));
            }
        }
        all
    }
}

fn info(journey: &str, id: &str, record: &Record, chars: usize) -> VersionInfo {
    VersionInfo {
        journey: journey.to_owned(),
        id: id.to_owned(),
        name: record.name.clone(),
        saved: record.saved,
        kind: record.kind,
        chars,
    }
}

fn named_oldest_first(versions: &[VersionInfo]) -> Vec<VersionInfo> {
    let mut named: Vec<VersionInfo> = versions
        .iter()
        .filter(|v| !v.may_give_way())
        .cloned()
        .collect();
    named.sort_by(|a, b| a.saved.total_cmp(&b.saved));
    named
}
