//! Which journey is open, and the library actions that change it.
//!
//! A journey is open either from the library (edited and autosaved) or from a share link
//! (read-only until the user saves a copy). Every action that opens, creates or removes a
//! stored journey goes through [`Workspace`], which first saves what is open, so that
//! switching never drops the last edits.

use leptos::prelude::*;
use sightline_engine::{journey_from, Edit, Journey, Template};
use sightline_persistence::Stored;

use crate::storage::autosave::Autosave;
use crate::storage::journeys;
use crate::store::{JourneyStore, Notices, Selection};
use crate::strings::strings;

/// What the main area shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The open journey: blueprint, value and charts.
    Journey,
    /// The list of stored journeys.
    Library,
}

/// The open journey's place and the library actions; a `Copy` handle provided by context.
#[derive(Clone, Copy)]
pub struct Workspace {
    /// What the main area shows.
    pub screen: RwSignal<Screen>,
    /// True while the open journey came from a link and is not stored.
    pub shared: RwSignal<bool>,
    /// Changes whenever the library changes, here or in another tab, so lists read it again.
    pub library_version: RwSignal<u32>,
    store: JourneyStore,
    autosave: Autosave,
    notices: Notices,
    selection: Selection,
}

impl Workspace {
    /// The workspace over the app's shared state.
    pub fn new(
        store: JourneyStore,
        autosave: Autosave,
        notices: Notices,
        selection: Selection,
    ) -> Self {
        Workspace {
            screen: RwSignal::new(Screen::Journey),
            shared: RwSignal::new(false),
            library_version: RwSignal::new(0),
            store,
            autosave,
            notices,
            selection,
        }
    }

    /// The library changed: lists must read it again.
    pub fn library_changed(&self) {
        self.library_version.update(|v| *v = v.wrapping_add(1));
    }

    /// Show the library, with the open journey's last edits saved so that it lists them.
    pub fn show_library(&self) {
        self.autosave.flush();
        self.library_changed();
        self.screen.set(Screen::Library);
    }

    /// The library id of the open journey, if it is stored.
    pub fn open_id(&self) -> Option<String> {
        self.autosave.open_id()
    }

    /// The open journey's name, untracked, for messages about an action just taken.
    pub fn open_name(&self) -> String {
        self.store.with_untracked(|journey| journey.name.clone())
    }

    fn show(&self, journey: Journey) {
        self.selection.0.set(None);
        self.store.replace(journey);
        self.screen.set(Screen::Journey);
        self.library_changed();
    }

    /// Edit a stored journey.
    pub fn open_stored(&self, stored: Stored) {
        self.autosave.flush();
        self.shared.set(false);
        self.autosave.attach(stored.id, stored.text);
        self.show(stored.journey);
    }

    /// Show a journey from a link, read-only: nothing is stored until the user asks.
    pub fn open_shared(&self, journey: Journey) {
        self.autosave.flush();
        self.autosave.detach();
        self.shared.set(true);
        self.show(journey);
    }

    /// Open the stored journey with this id, or say why not. The journey already open is
    /// only shown again, so that its undo history stays.
    pub fn open(&self, id: &str) {
        if self.open_id().as_deref() == Some(id) && !self.shared.get_untracked() {
            self.screen.set(Screen::Journey);
            return;
        }
        self.autosave.flush();
        match journeys().load(id) {
            Ok(stored) => self.open_stored(stored),
            Err(failure) => {
                self.notices.push(strings().load_failure(&failure));
                self.library_changed();
            }
        }
    }

    /// Store a new journey and open it. `name` picks a name no other journey has.
    pub fn create(&self, mut journey: Journey, unique_name: bool) -> bool {
        self.autosave.flush();
        if unique_name {
            journey.name = journeys().unused_name(&journey.name, strings().copy_name);
        }
        let (stored, written) = journeys().create(journey);
        match written {
            Ok(()) => {
                self.open_stored(stored);
                true
            }
            Err(error) => {
                self.notices.push(strings().storage_error(error).to_owned());
                false
            }
        }
    }

    /// Store the journey shown from a link as a new library journey, and edit it.
    pub fn save_shared_copy(&self) {
        let journey = self.store.with_untracked(Clone::clone);
        if self.create(journey, true) {
            self.notices
                .inform((strings().saved_copy)(&self.open_name()));
            crate::share::forget_link_in_location();
        }
    }

    /// Rename a stored journey; the open one is renamed through the editor, so that its
    /// autosave and (later) its history see the change.
    pub fn rename(&self, id: &str, name: &str) {
        if self.open_id().as_deref() == Some(id) {
            self.store.apply(Edit::RenameJourney {
                name: name.to_owned(),
            });
            self.autosave.flush();
        } else if let Err(failure) = journeys().rename(id, name) {
            self.notices.push(strings().rename_failure(&failure));
        }
        self.library_changed();
    }

    /// Store a copy of a stored journey under a new name; the open journey stays open.
    pub fn duplicate(&self, id: &str) {
        self.autosave.flush();
        let journeys = journeys();
        let notice = match journeys.load(id) {
            Ok(stored) => journeys
                .duplicate(&stored.journey, strings().copy_name)
                .err()
                .map(|error| strings().storage_error(error).to_owned()),
            Err(failure) => Some(strings().load_failure(&failure)),
        };
        if let Some(notice) = notice {
            self.notices.push(notice);
        }
        self.library_changed();
    }

    /// Store a linked copy of the open journey under `name` (a to-be started from its as-is,
    /// so that comparing the two pairs items by id) and open it. The as-is stays in the library
    /// as it was.
    pub fn start_to_be(&self, name: &str) {
        let Some(origin) = self.open_id().filter(|_| !self.shared.get_untracked()) else {
            return;
        };
        self.autosave.flush();
        let as_is = self.open_name();
        let name = journeys().unused_name(name, strings().copy_name);
        let derived = self
            .store
            .with_untracked(|journey| journeys().derive(&origin, journey, &name));
        match derived {
            Ok(stored) => {
                self.open_stored(stored);
                self.notices.inform((strings().versions.to_be_started)(
                    &self.open_name(),
                    &as_is,
                ));
            }
            Err(error) => self.notices.push(strings().storage_error(error).to_owned()),
        }
        self.library_changed();
    }

    /// Delete a stored journey for good. If it is open, the most recent other journey opens,
    /// or a new blank one when none is left.
    pub fn delete(&self, id: &str) {
        let was_open = self.open_id().as_deref() == Some(id);
        if was_open {
            self.autosave.detach();
        }
        journeys().delete(id);
        if was_open {
            match journeys().list().first() {
                Some(next) => self.open(&next.id.clone()),
                None => {
                    self.create(untitled_blank_journey(), false);
                }
            }
            self.show_library();
        }
        self.library_changed();
    }
}

/// A new journey from a template, in the words of the language in use (a French user gets
/// French stakeholders, touchpoints, personas, KPIs and insights); one without a name (the
/// blank one) is named as untitled.
pub fn journey_from_template(template: Template) -> Journey {
    untitled_if_unnamed(journey_from(template, &strings().journey_texts()))
}

/// [`Template::Blank`]'s journey, made without the other templates: they belong to the
/// library screen's split point, and deleting the last journey must not fetch it.
fn untitled_blank_journey() -> Journey {
    untitled_if_unnamed(sightline_engine::blank_journey())
}

fn untitled_if_unnamed(mut journey: Journey) -> Journey {
    if journey.name.trim().is_empty() {
        journey.name = strings().untitled_journey.to_owned();
    }
    journey
}
