//! Saving the open journey as the user pauses, and never overwriting another tab's work.
//!
//! Edits schedule a save a moment later, so typing is never held up by encoding; leaving the
//! page saves at once. What a save writes, and what a write from another tab means for this
//! one, is decided by `sightline_persistence` (its `autosave` module states the rules); this
//! handle schedules, applies the outcome to the store and tells the user.

use leptos::prelude::*;
use sightline_engine::Edit;
use sightline_persistence::{changed_elsewhere, daily_version_due, Elsewhere, Flushed};

use super::journeys;
use crate::store::{JourneyStore, Notices};
use crate::strings::strings;
use crate::versions::{keep_daily, utc_offset_minutes};

/// How long typing must pause before the journey is saved.
const PAUSE: std::time::Duration = std::time::Duration::from_millis(400);

/// Where the open journey is saved, and the text storage held when this tab last looked.
#[derive(Clone, Debug)]
struct Target {
    id: String,
    base: Option<String>,
    /// Storage refused the last save: the open journey holds a change it does not.
    refused: bool,
}

/// The autosave of the open journey; a `Copy` handle provided by context.
#[derive(Clone, Copy)]
pub struct Autosave {
    target: StoredValue<Option<Target>>,
    pending: StoredValue<Option<TimeoutHandle>>,
    /// The journey and time a daily version was last found kept or taken, so that a save
    /// reads the versions only on the first change of a day.
    daily: StoredValue<Option<(String, f64)>>,
    store: JourneyStore,
    notices: Notices,
}

impl Autosave {
    /// Autosave for `store`, saving nothing until [`attach`](Self::attach) names where.
    pub fn new(store: JourneyStore, notices: Notices) -> Self {
        let autosave = Autosave {
            target: StoredValue::new(None),
            pending: StoredValue::new(None),
            daily: StoredValue::new(None),
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
        journeys().remember_open(&id);
        self.target.set_value(Some(Target {
            id,
            base,
            refused: false,
        }));
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
        let Some(Target { id, base, .. }) = self.target.get_value() else {
            return;
        };
        let flushed = self
            .store
            .with_untracked(|journey| journeys().flush(&id, base.as_deref(), journey));
        match flushed {
            Flushed::UpToDate => self.set_refused(false),
            Flushed::Written(text) => {
                self.set_base(Some(text));
                if let Some(before) = base {
                    self.keep_daily(&id, &before);
                }
            }
            Flushed::Refused(error) => {
                self.set_refused(true);
                self.notices.push(strings().storage_error(error).to_owned());
            }
            Flushed::ChangedElsewhere => self.keep_both(),
        }
    }

    /// Once per day of editing, the journey as it was before the day's first change is kept
    /// as an automatic version; written after the journey, so that it never takes the room
    /// the journey's own save needs.
    fn keep_daily(&self, id: &str, before: &str) {
        let now = js_sys::Date::now();
        let checked = self.daily.with_value(|daily| match daily {
            Some((checked, at)) => {
                checked == id && !daily_version_due(Some(*at), now, utc_offset_minutes())
            }
            None => false,
        });
        if !checked {
            keep_daily(id, before, now);
            self.daily.set_value(Some((id.to_owned(), now)));
        }
    }

    fn set_base(&self, text: Option<String>) {
        self.target.update_value(|target| {
            if let Some(target) = target {
                target.base = text;
                target.refused = false;
            }
        });
    }

    fn set_refused(&self, refused: bool) {
        self.target.update_value(|target| {
            if let Some(target) = target {
                target.refused = refused;
            }
        });
    }

    /// Both tabs changed the journey: store this tab's version as a journey of its own.
    fn keep_both(&self) {
        let kept = self.store.with_untracked(|journey| {
            journeys().keep_both(journey, strings().this_tab_version_name)
        });
        // The same rename as the stored copy's, through the editor, so that it can be undone.
        let _ = self.store.try_apply(Edit::RenameJourney {
            name: kept.ours.clone(),
        });
        self.attach(kept.stored.id, kept.stored.text);
        match kept.written {
            Ok(()) => self
                .notices
                .push((strings().kept_both_versions)(&kept.ours, &kept.theirs)),
            Err(error) => {
                self.set_refused(true);
                self.notices.push(strings().storage_error(error).to_owned());
            }
        }
    }

    /// Another tab wrote `key` (the `storage` event): take its version of the open journey
    /// when this tab has nothing unsaved, or keep both when it has.
    pub fn changed_elsewhere(&self, key: &str, new_text: Option<String>) {
        let Some((id, refused)) = self
            .target
            .with_value(|t| t.as_ref().map(|t| (t.id.clone(), t.refused)))
        else {
            return;
        };
        let unsaved = refused || self.pending.with_value(Option::is_some);
        match changed_elsewhere(&id, key, new_text.as_deref(), unsaved) {
            Elsewhere::NotOurs => {}
            Elsewhere::FlushOurs => self.flush(),
            Elsewhere::Deleted => {
                self.set_base(None);
                self.notices.push(strings().deleted_in_other_tab.to_owned());
            }
            Elsewhere::TakeTheirs(journey) => {
                self.set_base(new_text);
                self.store.replace(*journey);
                self.notices
                    .push(strings().updated_from_other_tab.to_owned());
            }
            Elsewhere::Unreadable(error) => {
                // A newer Sightline in the other tab, say: never write over what it saved.
                self.detach();
                let reason = (strings().load_error)(&error);
                self.notices.push((strings().other_tab_unreadable)(&reason));
            }
        }
    }
}
