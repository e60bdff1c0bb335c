//! Which journey of the library was started from which, so that a to-be and its as-is are
//! compared by id.
//!
//! A journey derived from another (a to-be started from its as-is, a duplicate) keeps its
//! origin's ids; `sightline.derived.<id>` holds the id of the journey it came from. This is
//! kept beside the documents, not in them, on purpose: it names library ids, which mean
//! something only in this library; a document exported and imported elsewhere has no such
//! origin there. Losing the record loses nothing the user made: the two journeys are then
//! compared by name and place.

use sightline_engine::{Edit, Journey, Matching};

use crate::journeys::{Stored, StoredJourneys};
use crate::storage::{Storage, StorageError};
use crate::versions::Compared;

/// Prefix of the keys that say where a journey came from; the journey's id follows.
pub const DERIVED_PREFIX: &str = "sightline.derived.";

/// The key that says where a journey came from.
pub fn derived_key(id: &str) -> String {
    format!("{DERIVED_PREFIX}{id}")
}

/// How far back an origin is followed: far more than anyone derives, and a guard against a
/// loop written by hand.
const MAX_GENERATIONS: usize = 64;

impl<S: Storage + ?Sized> StoredJourneys<'_, S> {
    /// Store a copy of `journey`, the journey stored under `origin`, as a journey of its own
    /// named `name` (a to-be started from its as-is), and record where it came from.
    pub fn derive(
        &self,
        origin: &str,
        journey: &Journey,
        name: &str,
    ) -> Result<Stored, StorageError> {
        let mut copy = journey.clone();
        // A refused name (too long) keeps the original's, as the editor would.
        let _ = copy.apply(Edit::RenameJourney {
            name: name.to_owned(),
        });
        let (stored, written) = self.create(copy);
        written?;
        // Only a convenience: without it the two compare by name and place.
        let _ = self.storage.write(&derived_key(&stored.id), origin);
        Ok(stored)
    }

    /// The journey this one was started from, if the library knows.
    pub fn derived_from(&self, id: &str) -> Option<String> {
        self.storage.read(&derived_key(id))
    }

    /// How the engine's `compare` is to pair two journeys the user picked: by id when both
    /// are of one family (one journey at two moments, a journey and one derived from it, two
    /// derived from one), by name and place otherwise.
    pub fn matching_between(&self, a: Compared<'_>, b: Compared<'_>) -> Matching {
        if self.first_origin(a.journey()) == self.first_origin(b.journey()) {
            Matching::ById
        } else {
            Matching::ByNameAndPlace
        }
    }

    /// The journey the family of `id` started from: `id` itself when it came from none.
    fn first_origin(&self, id: &str) -> String {
        let mut current = id.to_owned();
        for _ in 0..MAX_GENERATIONS {
            match self.derived_from(&current) {
                Some(origin) if origin != current => current = origin,
                _ => break,
            }
        }
        current
    }

    /// Forget where a deleted journey came from, and let the journeys derived from it come
    /// from its own origin, so that the rest of its family stays one.
    pub(crate) fn forget_origin(&self, id: &str) {
        let origin = self.derived_from(id);
        for child in self.storage.keys_after(DERIVED_PREFIX) {
            if self.derived_from(&child).as_deref() == Some(id) {
                match &origin {
                    Some(origin) => {
                        let _ = self.storage.write(&derived_key(&child), origin);
                    }
                    None => self.storage.remove(&derived_key(&child)),
                }
            }
        }
        self.storage.remove(&derived_key(id));
    }
}
