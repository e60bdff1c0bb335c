//! Autosave's decisions: when to write the open journey, and what to do when another tab
//! wrote it.
//!
//! Autosave writes only over the text this tab last read or wrote (its *base*). Two tabs on
//! one journey therefore notice each other:
//! - when the other tab saves and this one has nothing unsaved, this tab takes the other
//!   tab's version (the `storage` event brings it);
//! - when both changed it, neither is lost: this tab's version is stored as a new journey
//!   ([`StoredJourneys::keep_both`]) and stays open; the other tab's stays where it was;
//! - when the other tab deleted it, this tab keeps it open and stores it again on its next
//!   change; when the other tab wrote what this one cannot read (a newer Sightline), this tab
//!   stops saving rather than write over it.

use sightline_document::{decode, encode, LoadError};
use sightline_engine::{Edit, Journey};

use crate::journeys::{journey_key, Stored, StoredJourneys};
use crate::storage::{Storage, StorageError};

/// What autosave is to do with the open journey's latest text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveAction {
    /// Storage already holds it, as far as this tab knows: write nothing.
    UpToDate,
    /// Storage still holds the base: write over it.
    Write,
    /// Storage holds something other than the base (another tab saved or deleted it), and
    /// this tab changed it too: write nothing over it; keep this tab's version beside it.
    KeepBoth,
}

/// Decide what to do with `pending`, the open journey's text, given `base`, the text this
/// tab last read or wrote, and `stored`, what storage holds now (`None`: nothing).
pub fn decide(base: Option<&str>, stored: Option<&str>, pending: &str) -> SaveAction {
    if base == Some(pending) {
        SaveAction::UpToDate
    } else if stored != base {
        SaveAction::KeepBoth
    } else {
        SaveAction::Write
    }
}

/// What a save of the open journey did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Flushed {
    /// Nothing changed since the last save; nothing was written.
    UpToDate,
    /// This text was written; it is the new base.
    Written(String),
    /// Storage refused the write; the previous save is intact.
    Refused(StorageError),
    /// Another tab changed or deleted the journey, and this tab changed it too; nothing was
    /// written, and this tab's version should be kept as a journey of its own.
    ChangedElsewhere,
}

/// What this tab is to do when another tab wrote a storage key (the `storage` event).
#[derive(Debug, Clone, PartialEq)]
pub enum Elsewhere {
    /// The key is not the open journey's: nothing for autosave to do.
    NotOurs,
    /// This tab has an unsaved change: save it now, which keeps both versions if the other
    /// tab's differs.
    FlushOurs,
    /// Show the other tab's version, whose text becomes the base.
    TakeTheirs(Box<Journey>),
    /// The other tab deleted it: keep it open; the next change stores it again.
    Deleted,
    /// The other tab wrote what this one cannot read: stop saving, to keep that version.
    Unreadable(LoadError),
}

/// Decide what to do when another tab set `key` to `new_text` (`None`: removed it), while
/// `open_id` is open here. `unsaved` says whether this tab holds a change that storage does
/// not: a save still pending, or one that storage refused.
pub fn changed_elsewhere(
    open_id: &str,
    key: &str,
    new_text: Option<&str>,
    unsaved: bool,
) -> Elsewhere {
    if key != journey_key(open_id) {
        return Elsewhere::NotOurs;
    }
    if unsaved {
        return Elsewhere::FlushOurs;
    }
    match new_text.map(decode) {
        None => Elsewhere::Deleted,
        Some(Ok(journey)) => Elsewhere::TakeTheirs(Box::new(journey)),
        Some(Err(error)) => Elsewhere::Unreadable(error),
    }
}

/// Both tabs changed one journey: this tab's version, stored as a journey of its own.
#[derive(Debug, Clone, PartialEq)]
pub struct KeptBoth {
    /// The name this tab's version now has.
    pub ours: String,
    /// The name of the version the other tab saved, which stays where it was.
    pub theirs: String,
    /// This tab's version, renamed, under its new id: what this tab edits from now on.
    pub stored: Stored,
    /// Whether it could be written; if not, autosave retries under the new id.
    pub written: Result<(), StorageError>,
}

impl<S: Storage + ?Sized> StoredJourneys<'_, S> {
    /// Save `journey`, open under `id`, if it changed since `base` and storage still holds
    /// `base`; never write over anything else.
    pub fn flush(&self, id: &str, base: Option<&str>, journey: &Journey) -> Flushed {
        let text = encode(journey);
        // Storage that is gone reads as empty, which must not pass for a deletion elsewhere.
        if base != Some(text.as_str()) && !self.storage.available() {
            return Flushed::Refused(StorageError::Unavailable);
        }
        let stored = self.storage.read(&journey_key(id));
        match decide(base, stored.as_deref(), &text) {
            SaveAction::UpToDate => Flushed::UpToDate,
            SaveAction::KeepBoth => Flushed::ChangedElsewhere,
            SaveAction::Write => match self.save(id, journey, &text, base) {
                Ok(()) => Flushed::Written(text),
                Err(crate::SaveProblem::Storage(error)) => Flushed::Refused(error),
                Err(crate::SaveProblem::ChangedElsewhere) => Flushed::ChangedElsewhere,
            },
        }
    }

    /// Store this tab's version of a journey that another tab changed too, renamed to the
    /// first of `ours_name(name, 2)`, `ours_name(name, 3)`, ... no journey has. The caller
    /// applies the same rename to its open journey, so that it equals [`KeptBoth::stored`].
    pub fn keep_both(&self, journey: &Journey, ours_name: fn(&str, u32) -> String) -> KeptBoth {
        let theirs = journey.name.clone();
        let ours = self.unused_name(&theirs, ours_name);
        let mut copy = journey.clone();
        // A refused name (too long) keeps the old one; the caller's rename is refused alike.
        let _ = copy.apply(Edit::RenameJourney { name: ours.clone() });
        let (stored, written) = self.create(copy);
        KeptBoth {
            ours,
            theirs,
            stored,
            written,
        }
    }
}
