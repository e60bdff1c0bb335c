//! Saving the open journey as the user pauses, and never overwriting another tab's work.
//!
//! Edits schedule a save a moment later, so typing is never held up by encoding; leaving the
//! page saves at once. Before writing, autosave checks that storage still holds the text this
//! tab last read or wrote. Two tabs on one journey therefore notice each other:
//! - when the other tab saves and this one has nothing unsaved, this tab takes the other
//!   tab's version (the `storage` event brings it) and says so;
//! - when both changed it, neither is lost: this tab's version is stored as a new journey,
//!   named so, and stays open; the other tab's version stays where it was.

use leptos::prelude::*;
use sightline_document::{decode, encode};
use sightline_engine::Edit;

use super::library::{self, journey_key, SaveProblem};
use crate::store::{JourneyStore, Notices};
use crate::strings::strings;

/// How long typing must pause before the journey is saved.
const PAUSE: std::time::Duration = std::time::Duration::from_millis(400);

/// Where the open journey is saved, and the text storage held when this tab last looked.
#[derive(Clone, Debug)]
struct Target {
    id: String,
    base: Option<String>,
}

/// The autosave of the open journey; a `Copy` handle provided by context.
#[derive(Clone, Copy)]
pub struct Autosave {
    target: StoredValue<Option<Target>>,
    pending: StoredValue<Option<TimeoutHandle>>,
    store: JourneyStore,
    notices: Notices,
}

impl Autosave {
    /// Autosave for `store`, saving nothing until [`attach`](Self::attach) names where.
    pub fn new(store: JourneyStore, notices: Notices) -> Self {
        let autosave = Autosave {
            target: StoredValue::new(None),
            pending: StoredValue::new(None),
            store,
            notices,
        };
        // The one effect that writes: every change of the journey schedules a save.
        Effect::new(move |_| {
            store.with(|_| ());
            autosave.schedule();
        });
        autosave
    }

    /// Save the store's journey under `id` from now on; `base` is the text stored for it.
    pub fn attach(&self, id: String, base: Option<String>) {
        self.cancel();
        library::remember_open(&id);
        self.target.set_value(Some(Target { id, base }));
    }

    /// Save nothing (a shared link is open, or storage must not be written).
    pub fn detach(&self) {
        self.cancel();
        self.target.set_value(None);
    }

    /// The library id of the open journey, if it is saved.
    pub fn open_id(&self) -> Option<String> {
        self.target.with_value(|t| t.as_ref().map(|t| t.id.clone()))
    }

    fn cancel(&self) {
        if let Some(handle) = self.pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }

    /// Save after the next pause in editing.
    fn schedule(&self) {
        if self.target.with_value(Option::is_none) {
            return;
        }
        self.cancel();
        let this = *self;
        let handle = set_timeout_with_handle(move || this.flush(), PAUSE).ok();
        self.pending.set_value(handle);
    }

    /// Save now if the journey changed since it was last saved.
    pub fn flush(&self) {
        self.cancel();
        let Some(Target { id, base }) = self.target.get_value() else {
            return;
        };
        let text = self.store.with_untracked(encode);
        if base.as_deref() == Some(text.as_str()) {
            return;
        }
        let saved = self
            .store
            .with_untracked(|journey| library::save(&id, journey, &text, base.as_deref()));
        match saved {
            Ok(()) => self.set_base(Some(text)),
            Err(SaveProblem::Storage(error)) => self.notices.push(error.message().to_owned()),
            Err(SaveProblem::ChangedElsewhere) => self.keep_both(),
        }
    }

    fn set_base(&self, text: Option<String>) {
        self.target.update_value(|target| {
            if let Some(target) = target {
                target.base = text;
            }
        });
    }

    /// Both tabs changed the journey: store this tab's version as a journey of its own.
    fn keep_both(&self) {
        let theirs = self.store.with_untracked(|journey| journey.name.clone());
        let ours = library::unused_name(&theirs, strings().this_tab_version_name);
        let _ = self
            .store
            .try_apply(Edit::RenameJourney { name: ours.clone() });
        let copy = self.store.with_untracked(Clone::clone);
        let (stored, written) = library::create(copy);
        self.attach(stored.id, stored.text);
        match written {
            Ok(()) => self
                .notices
                .push((strings().kept_both_versions)(&ours, &theirs)),
            Err(error) => self.notices.push(error.message().to_owned()),
        }
    }

    /// Another tab wrote `key` (the `storage` event): take its version of the open journey
    /// when this tab has nothing unsaved, or keep both when it has.
    pub fn changed_elsewhere(&self, key: &str, new_text: Option<String>) {
        let Some(id) = self.open_id() else {
            return;
        };
        if key != journey_key(&id) {
            return;
        }
        if self.pending.with_value(Option::is_some) {
            self.flush();
            return;
        }
        match new_text.as_deref().map(decode) {
            None => {
                self.set_base(None);
                self.notices.push(strings().deleted_in_other_tab.to_owned());
            }
            Some(Ok(journey)) => {
                self.set_base(new_text);
                self.store.replace(journey);
                self.notices
                    .push(strings().updated_from_other_tab.to_owned());
            }
            Some(Err(error)) => {
                // A newer Sightline in the other tab, say: never write over what it saved.
                self.detach();
                let reason = (strings().load_error)(&error);
                self.notices.push((strings().other_tab_unreadable)(&reason));
            }
        }
    }
}
