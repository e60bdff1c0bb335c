//! Versions of the open journey and the two sides of a comparison: what the versions view asks
//! of storage, with the store's journey and the browser's clock.
//!
//! What is kept, what gives way to make room and how two journeys are paired is decided by
//! `sightline_persistence` and the engine's `compare`; this module runs those decisions and
//! turns their refusals into a question or a notice. A named version is never removed
//! without the user answering [`RoomQuestion`].

use leptos::prelude::*;
use sightline_engine::{compare, Comparison, Journey, Matching};
use sightline_persistence::{
    daily_version_due, Compared, RestoreFailure, SavedVersion, VersionInfo, VersionKind,
    VersionRefused,
};

use crate::files::{download, file_stem};
use crate::language::date_time;
use crate::storage::journeys;
use crate::store::{JourneyStore, Notices};
use crate::strings::strings;
use crate::workspace::Workspace;

/// One side of a comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Side {
    /// The journey in the editor, as it is now (stored or from a link).
    Open,
    /// Another journey of the library, as last saved.
    Stored(String),
    /// A version of a journey of the library.
    Version {
        /// The journey's id.
        journey: String,
        /// The version's id.
        version: String,
    },
}

impl Side {
    /// The value of its option in a picker. Library ids are lowercase letters, digits and
    /// dashes, so a colon separates them.
    pub fn key(&self) -> String {
        match self {
            Side::Open => "open".to_owned(),
            Side::Stored(id) => format!("j:{id}"),
            Side::Version { journey, version } => format!("v:{journey}:{version}"),
        }
    }

    /// The side a [`key`](Side::key) names.
    pub fn from_key(key: &str) -> Option<Side> {
        if key == "open" {
            return Some(Side::Open);
        }
        if let Some(id) = key.strip_prefix("j:") {
            return Some(Side::Stored(id.to_owned()));
        }
        let (journey, version) = key.strip_prefix("v:")?.split_once(':')?;
        Some(Side::Version {
            journey: journey.to_owned(),
            version: version.to_owned(),
        })
    }

    /// The side as persistence names it, given the open journey's library id.
    fn compared<'a>(&'a self, open: Option<&'a str>) -> Option<Compared<'a>> {
        match self {
            Side::Open => open.map(Compared::Journey),
            Side::Stored(id) => Some(Compared::Journey(id)),
            Side::Version { journey, version } => Some(Compared::Version { journey, version }),
        }
    }

    /// Whether its ids are the open journey's: the journey itself, or one of its versions.
    fn has_open_ids(&self, open: Option<&str>) -> bool {
        match self {
            Side::Open => true,
            Side::Version { journey, .. } => open == Some(journey.as_str()),
            Side::Stored(_) => false,
        }
    }
}

/// Which side of a comparison leads to the open journey's items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lead {
    /// The as-is.
    AsIs,
    /// The to-be.
    ToBe,
}

/// A comparison as the view shows it: the engine's, and the two journeys it names items of.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    /// What the engine found.
    pub comparison: Comparison,
    /// The as-is journey.
    pub as_is: Journey,
    /// The to-be journey.
    pub to_be: Journey,
    /// The side whose steps and touchpoints can be shown in the open journey, if either.
    pub lead: Option<Lead>,
}

/// Compare two sides; tracks the open journey when a side is it, and the library otherwise.
/// `Err` says, in words, why a side could not be opened.
pub fn comparison(
    store: JourneyStore,
    workspace: Workspace,
    as_is: &Side,
    to_be: &Side,
) -> Result<Shown, String> {
    workspace.library_version.track();
    let open = workspace.open_id().filter(|_| !workspace.shared.get());
    let open = open.as_deref();
    let (as_is_journey, to_be_journey) = (load(store, as_is)?, load(store, to_be)?);
    let matching = match (as_is.compared(open), to_be.compared(open)) {
        (Some(a), Some(b)) => journeys().matching_between(a, b),
        _ if as_is == to_be => Matching::ById,
        _ => Matching::ByNameAndPlace,
    };
    let lead = if *to_be == Side::Open {
        Some(Lead::ToBe)
    } else if *as_is == Side::Open {
        Some(Lead::AsIs)
    } else if to_be.has_open_ids(open) {
        Some(Lead::ToBe)
    } else {
        as_is.has_open_ids(open).then_some(Lead::AsIs)
    };
    Ok(Shown {
        comparison: compare(&as_is_journey, &to_be_journey, matching),
        as_is: as_is_journey,
        to_be: to_be_journey,
        lead,
    })
}

fn load(store: JourneyStore, side: &Side) -> Result<Journey, String> {
    let s = strings();
    match side {
        Side::Open => Ok(store.with(Clone::clone)),
        Side::Stored(id) => journeys()
            .load(id)
            .map(|stored| stored.journey)
            .map_err(|failure| (s.compare.cannot_open)(&s.load_failure(&failure))),
        Side::Version { journey, version } => journeys()
            .open_version(journey, version)
            .map_err(|failure| (s.compare.cannot_open)(&s.version_failure(&failure))),
    }
}

/// The name a version shows: the user's, or what automatic versions are called.
pub fn version_name(version: &VersionInfo) -> String {
    version
        .name
        .clone()
        .unwrap_or_else(|| strings().versions.automatic.to_owned())
}

/// Local time minus UTC, in minutes, as `daily_version_due` takes it.
pub fn utc_offset_minutes() -> f64 {
    -js_sys::Date::new_0().get_timezone_offset()
}

/// Keep the open journey as it was before the first change of a day (`before`, its stored
/// text) as a daily version, when one is due at `now`. Automatic: a version that finds no
/// room is simply not kept, since the journey itself was saved.
pub fn keep_daily(id: &str, before: &str, now: f64) {
    let journeys = journeys();
    let due = daily_version_due(
        journeys.versions(id).newest_saved(),
        now,
        utc_offset_minutes(),
    );
    if !due {
        return;
    }
    if let Ok(journey) = sightline_document::decode(before) {
        let _ = journeys.save_version(id, &journey, VersionKind::Daily, None);
    }
}

/// What to do again once a named version has made room.
#[derive(Clone, Debug, PartialEq)]
pub enum Retry {
    /// Keep a version under this name.
    Save(String),
    /// Restore this version (id), named so.
    Restore {
        /// The version's id.
        version: String,
        /// Its name, for the notice.
        name: String,
    },
}

/// Storage has no room unless a named version goes: the oldest, to ask the user about.
#[derive(Clone, Debug, PartialEq)]
pub struct RoomQuestion {
    /// The action refused.
    pub retry: Retry,
    /// The oldest named version, of any journey.
    pub oldest: VersionInfo,
}

/// The versions view's actions on the open journey's versions; a `Copy` handle in the view's
/// context.
#[derive(Clone, Copy)]
pub struct VersionActions {
    workspace: Workspace,
    store: JourneyStore,
    notices: Notices,
    /// The question put to the user when only deleting a named version makes room.
    pub question: RwSignal<Option<RoomQuestion>>,
}

impl VersionActions {
    /// The actions over the app's shared state.
    pub fn new(workspace: Workspace, store: JourneyStore, notices: Notices) -> Self {
        VersionActions {
            workspace,
            store,
            notices,
            question: RwSignal::new(None),
        }
    }

    /// The open journey's library id, unless it is shown from a link.
    pub fn open_id(&self) -> Option<String> {
        self.workspace
            .open_id()
            .filter(|_| !self.workspace.shared.get_untracked())
    }

    /// Keep the journey as it is now under `name`; true when kept.
    pub fn save(&self, name: &str) -> bool {
        let Some(id) = self.open_id() else {
            return false;
        };
        let saved = self.store.with_untracked(|journey| {
            journeys().save_version(&id, journey, VersionKind::Named, Some(name))
        });
        self.question.set(None);
        let kept = match saved {
            Ok(saved) => {
                let s = strings();
                self.notices
                    .inform((s.versions.saved)(&version_name(&saved.version)));
                self.made_room(&saved);
                true
            }
            Err(refusal) => {
                self.refused(refusal, Retry::Save(name.to_owned()), false);
                false
            }
        };
        self.workspace.library_changed();
        kept
    }

    /// Put a version back in place of the journey, as one step that Undo takes back; the
    /// journey as it is is kept as a version first.
    pub fn restore(&self, version: &str, name: &str) {
        let Some(id) = self.open_id() else {
            return;
        };
        let restored = self
            .store
            .with_untracked(|current| journeys().restore_version(&id, version, current));
        self.question.set(None);
        let s = strings();
        match restored {
            Ok(restored) => match self.store.restore(restored.journey) {
                Ok(()) => {
                    self.notices.inform((s.versions.restored)(name));
                    self.made_room(&restored.kept);
                }
                Err(error) => self.notices.push((s.edit_refused)(&error)),
            },
            Err(RestoreFailure::Version(failure)) => {
                self.notices.push(s.version_failure(&failure));
            }
            Err(RestoreFailure::Refused(refusal)) => {
                let retry = Retry::Restore {
                    version: version.to_owned(),
                    name: name.to_owned(),
                };
                self.refused(refusal, retry, true);
            }
        }
        self.workspace.library_changed();
    }

    /// The user agreed: delete the oldest named version, then try again.
    pub fn make_room_and_retry(&self) {
        let Some(RoomQuestion { retry, oldest }) = self.question.get_untracked() else {
            return;
        };
        journeys().delete_version(&oldest.journey, &oldest.id);
        match retry {
            Retry::Save(name) => {
                self.save(&name);
            }
            Retry::Restore { version, name } => self.restore(&version, &name),
        }
    }

    /// Give a version another name.
    pub fn rename(&self, version: &str, name: &str) {
        if let Some(id) = self.open_id() {
            if let Err(failure) = journeys().rename_version(&id, version, name) {
                self.notices.push(strings().version_failure(&failure));
            }
        }
        self.workspace.library_changed();
    }

    /// Remove a version for good.
    pub fn delete(&self, version: &str) {
        if let Some(id) = self.open_id() {
            journeys().delete_version(&id, version);
        }
        self.workspace.library_changed();
    }

    /// Download a version as a `.sightline.json` file named after the journey and the version.
    pub fn export(&self, version: &str, name: &str) {
        let Some(id) = self.open_id() else {
            return;
        };
        let s = strings();
        match journeys().export_version(&id, version) {
            Ok(text) => {
                let stem = file_stem(&format!("{} {name}", self.workspace.open_name()));
                let file = format!("{stem}.sightline.json");
                if !download(&file, "application/json", &text) {
                    self.notices.push(s.download_failed.to_owned());
                }
            }
            Err(failure) => self.notices.push(s.version_failure(&failure)),
        }
    }

    /// Download the stored text of a version that cannot be read.
    pub fn download_text(&self, version: &str) {
        let Some(id) = self.open_id() else {
            return;
        };
        if let Some(text) = journeys().version_text(&id, version) {
            let file = format!("{}.txt", file_stem(&format!("{id} {version}")));
            if !download(&file, "text/plain", &text) {
                self.notices.push(strings().download_failed.to_owned());
            }
        }
    }

    fn made_room(&self, saved: &SavedVersion) {
        if !saved.removed.is_empty() {
            self.notices
                .inform((strings().versions.made_room)(saved.removed.len()));
        }
    }

    /// No room, or no storage: ask about the oldest named version, or say why.
    fn refused(&self, refusal: VersionRefused, retry: Retry, restoring: bool) {
        let s = strings();
        match refusal {
            VersionRefused::NoRoom { named, .. } => match named.into_iter().next() {
                Some(oldest) => self.question.set(Some(RoomQuestion { retry, oldest })),
                None if restoring => self.notices.push(s.versions.restore_refused.to_owned()),
                None => self.notices.push(s.versions.no_room.to_owned()),
            },
            VersionRefused::Unavailable => self.notices.push(s.storage_unavailable.to_owned()),
        }
    }
}

/// The journeys a comparison can pick, each with its versions, the open journey first.
#[derive(Clone, Debug, PartialEq)]
pub struct SideGroup {
    /// The journey's name.
    pub label: String,
    /// Each side's [`key`](Side::key) and what the picker says of it: the journey now, then
    /// its versions newest first.
    pub sides: Vec<(String, String)>,
}

/// Every side a comparison can pick; tracks the library and the open journey's name.
pub fn side_groups(store: JourneyStore, workspace: Workspace) -> Vec<SideGroup> {
    workspace.library_version.track();
    let s = strings();
    let journeys = journeys();
    let open = workspace.open_id().filter(|_| !workspace.shared.get());
    let versions = |id: &str| {
        journeys.versions(id).versions.into_iter().map(|version| {
            let side = Side::Version {
                journey: version.journey.clone(),
                version: version.id.clone(),
            };
            let label = (s.compare.version)(&version_name(&version), &date_time(version.saved));
            (side.key(), label)
        })
    };
    let name = store.with(|journey| journey.name.clone());
    let mut groups = vec![SideGroup {
        sides: std::iter::once((Side::Open.key(), (s.compare.now)(&name)))
            .chain(open.as_deref().into_iter().flat_map(versions))
            .collect(),
        label: name,
    }];
    for entry in journeys.list() {
        if open.as_deref() == Some(entry.id.as_str()) {
            continue;
        }
        let sides = std::iter::once((
            Side::Stored(entry.id.clone()).key(),
            (s.compare.now)(&entry.name),
        ))
        .chain(versions(&entry.id))
        .collect();
        groups.push(SideGroup {
            label: entry.name,
            sides,
        });
    }
    groups
}
