//! The app's shared state: the journey being edited, the selected touchpoint and notices.
//!
//! Each is a small `Copy` handle provided by context, so components take exactly the handle
//! they need. The journey changes only through [`JourneyStore::apply`], one named edit at a
//! time, which records it in the journey's undo history.
//!
//! Readers of the whole journey re-run on every edit, so the store also keeps finer views,
//! brought up to date in the same step as the journey: the blueprint's per-touchpoint, per-cell
//! and per-step signals ([`Views`]), and the valuation, which is recomputed only after an edit
//! that can change a figure.

mod items;
mod keyed;
mod views;

use leptos::prelude::*;
use sightline_engine::{
    evaluate, Edit, EditError, Group, History, Journey, StakeholderId, StepId, TouchpointId,
    Valuation,
};
use wasm_bindgen::closure::Closure;

use crate::strings::strings;
use wasm_bindgen::JsCast;

pub use items::{Replaced, Viewed};
pub use views::{CardText, Views};

use items::Items;
use keyed::Synced;

/// The journey being edited, its undo history and its valuation derived from it.
#[derive(Clone, Copy)]
pub struct JourneyStore {
    journey: RwSignal<Journey>,
    /// Lives as long as the journey stays open: switching screens keeps it, opening another
    /// journey (or reloading the page) starts a new one.
    history: RwSignal<History>,
    /// Notified by every change that may move a figure; the valuation tracks it, not the
    /// journey, so that typing a name does not re-run the value engine.
    figures: Trigger,
    valuation: Memo<Valuation>,
    /// Every stakeholder's id and name: pickers and lists re-run only when these change, and
    /// a keystroke elsewhere does not even mark them (the map's experience points read them).
    stakeholder_names: Synced<Vec<(StakeholderId, String)>>,
    /// Every step's id and the name it shows, likewise.
    step_names: Memo<Vec<(StepId, String)>>,
    views: Views,
    /// Every list's items one by one, for the panels' rows.
    items: Items,
    /// Counts changes once the browser is idle after them, for what may follow typing: see
    /// [`with_settled`].
    ///
    /// [`with_settled`]: Self::with_settled
    settled: RwSignal<u64>,
    /// Whether a settled change is already on its way.
    settling: StoredValue<bool>,
}

impl JourneyStore {
    /// Start editing `journey`.
    pub fn new(journey: Journey) -> Self {
        let views = Views::new();
        views.sync(&journey);
        let items = Items::new();
        items.sync(&journey);
        let stakeholder_names = Synced::new(Vec::new());
        sync_stakeholder_names(stakeholder_names, &journey);
        let journey = RwSignal::new(journey);
        let figures = Trigger::new();
        let valuation = Memo::new(move |_| {
            figures.track();
            journey.with_untracked(evaluate)
        });
        let step_names = Memo::new(move |_| {
            journey.with(|journey| {
                let s = strings();
                journey
                    .steps
                    .iter()
                    .map(|step| (step.id, s.step_name(step)))
                    .collect()
            })
        });
        JourneyStore {
            journey,
            step_names,
            history: RwSignal::new(History::new()),
            figures,
            valuation,
            stakeholder_names,
            views,
            items,
            settled: RwSignal::new(0),
            settling: StoredValue::new(false),
        }
    }

    /// The blueprint's per-item views of the journey.
    pub fn views(&self) -> Views {
        self.views
    }

    /// After any change of the journey: bring the views up to date and, unless the change
    /// cannot move a figure, have the valuation recomputed.
    fn changed(&self, figures: bool) {
        self.journey.with_untracked(|journey| {
            self.views.sync(journey);
            self.items.sync(journey);
            sync_stakeholder_names(self.stakeholder_names, journey);
        });
        if figures {
            self.figures.notify();
        }
        self.settle_later();
    }

    /// Read the journey and its valuation, re-running once the browser is idle after they
    /// change rather than at once: for heavy views that may follow typing a moment later (the
    /// charts), so that the field typed in and the blueprint are painted first. Changes made
    /// before then re-run the reader once.
    pub fn with_settled<T>(&self, read: impl FnOnce(&Journey, &Valuation) -> T) -> T {
        self.settled.track();
        self.valuation
            .with_untracked(|valuation| self.journey.with_untracked(|j| read(j, valuation)))
    }

    /// Notify the readers of [`with_settled`](Self::with_settled) when the browser is next
    /// idle after the frame that shows the edit. Asked for from that frame: asked for at once,
    /// the idle time before the frame would come first and delay it.
    fn settle_later(&self) {
        if self.settling.get_value() {
            return;
        }
        self.settling.set_value(true);
        let (settled, settling) = (self.settled, self.settling);
        // `try_`: the journey may have been closed in the meantime.
        let settle = move || {
            let _ = settling.try_set_value(false);
            let _ = settled.try_update(|n| *n += 1);
        };
        request_animation_frame(move || when_idle(settle));
    }

    /// Read one item by id, tracked: the caller re-runs when that item changes or goes, not
    /// when anything else does. `None` once it is gone. What a panel row reads; a row never
    /// reads the whole journey.
    pub fn item<T: Viewed, R>(&self, id: T::Id, read: impl FnOnce(&T) -> R) -> Option<R> {
        T::view_in(&self.items).with(&id, read)
    }

    /// Replace one item by id with `change` applied to it, as one named edit (typing in one
    /// of its fields is one undo step per pause). An item already gone (a double click)
    /// changes nothing and is not an error.
    pub fn set_item<T: Replaced>(
        &self,
        id: T::Id,
        change: impl FnOnce(&mut T),
    ) -> Result<(), EditError> {
        let item = self
            .journey
            .with_untracked(|journey| T::all(journey).iter().find(|i| i.id_of() == id).cloned());
        let Some(mut item) = item else {
            return Ok(());
        };
        change(&mut item);
        self.try_apply(item.replacing())
    }

    /// Read the journey, tracking it: the caller re-runs when the journey changes.
    pub fn with<T>(&self, read: impl FnOnce(&Journey) -> T) -> T {
        self.journey.with(read)
    }

    /// Read the journey without tracking it, for event handlers.
    pub fn with_untracked<T>(&self, read: impl FnOnce(&Journey) -> T) -> T {
        self.journey.with_untracked(read)
    }

    /// Every stakeholder's id and name, in journey order, tracked: what pickers list. The
    /// caller re-runs only when a stakeholder comes, goes or is renamed.
    pub fn stakeholder_names(&self) -> Vec<(StakeholderId, String)> {
        self.stakeholder_names.with(Clone::clone)
    }

    /// Every step's id and the name it shows, in journey order, tracked: what step pickers
    /// list. The caller re-runs only when a step comes, goes, moves or is renamed.
    pub fn step_names(&self) -> Vec<(StepId, String)> {
        self.step_names.get()
    }

    /// The engine's valuation of the current journey, recomputed once per change that can
    /// move a figure.
    pub fn valuation(&self) -> Memo<Valuation> {
        self.valuation
    }

    /// Put another journey in the editor (opened from the library, a link or another tab).
    /// Its history starts empty: the steps of the previous journey do not apply to it.
    pub fn replace(&self, journey: Journey) {
        self.history.set(History::new());
        self.journey.set(journey);
        self.changed(true);
    }

    /// Put another journey in the editor as one undoable step (a version restored): Undo
    /// brings back the journey as it was, and the rest of the history stays.
    pub fn restore(&self, journey: Journey) -> Result<(), EditError> {
        self.try_apply(Edit::ReplaceJourney(Box::new(journey)))
    }

    /// Apply an edit whose only possible refusal is that its target is already gone (after a
    /// double click, say); then nothing changes and there is nothing to tell.
    pub fn apply(&self, edit: Edit) {
        let _ = self.try_apply(edit);
    }

    /// Apply one edit and record it for undo; typing into one field is one undo step per
    /// pause. An edit the engine refuses (a value out of range, or something already gone)
    /// changes nothing, notifies no one, and says why.
    pub fn try_apply(&self, edit: Edit) -> Result<(), EditError> {
        let group = Group::of(&edit);
        let figures = !edit.leaves_figures();
        let now = js_sys::Date::now();
        let mut outcome = Ok(());
        self.journey.maybe_update(|journey| {
            self.history.maybe_update(|history| {
                outcome = history.apply(journey, edit, group, now);
                outcome.is_ok()
            });
            outcome.is_ok()
        });
        if outcome.is_ok() {
            self.changed(figures);
        }
        outcome
    }

    /// Take back the last step, if any.
    pub fn undo(&self) {
        self.step_history(History::undo);
    }

    /// Do again the last step taken back, if any.
    pub fn redo(&self) {
        self.step_history(History::redo);
    }

    fn step_history(&self, step: fn(&mut History, &mut Journey) -> bool) {
        let mut moved = false;
        self.journey.maybe_update(|journey| {
            self.history.maybe_update(|history| {
                moved = step(history, journey);
                moved
            });
            moved
        });
        // The step taken back may be any edit: re-evaluate whatever it was.
        if moved {
            self.changed(true);
        }
    }

    /// Whether there is a step to undo, tracked.
    pub fn can_undo(&self) -> bool {
        self.history.with(History::can_undo)
    }

    /// Whether there is a step to redo, tracked.
    pub fn can_redo(&self) -> bool {
        self.history.with(History::can_redo)
    }
}

fn sync_stakeholder_names(names: Synced<Vec<(StakeholderId, String)>>, journey: &Journey) {
    names.sync_from(
        &journey.stakeholders,
        |held, stakeholders| {
            held.iter()
                .map(|(id, name)| (*id, name.as_str()))
                .eq(stakeholders.iter().map(|s| (s.id, s.name.as_str())))
        },
        |stakeholders| {
            stakeholders
                .iter()
                .map(|s| (s.id, s.name.clone()))
                .collect()
        },
    );
}

/// Run `task` when the browser is idle, or after [`IDLE_AT_MOST`] if it never is (a browser
/// busy drawing may have no idle time for seconds); in the next task where browsers have no
/// idle callbacks.
fn when_idle(task: impl FnOnce() + 'static) {
    let task = Closure::once_into_js(task);
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(IDLE_AT_MOST);
    let window = window();
    let asked = window.request_idle_callback_with_options(task.unchecked_ref(), &options);
    if asked.is_err() {
        let _ = window.set_timeout_with_callback(task.unchecked_ref());
    }
}

/// The longest wait, in milliseconds, for idle time before the charts follow an edit.
const IDLE_AT_MOST: u32 = 100;

/// The touchpoint open in the editor, if any. Transient: not saved with the journey.
#[derive(Clone, Copy)]
pub struct Selection(pub RwSignal<Option<TouchpointId>>);

/// The step the user is looking at, if any: set by a finding's link, read by the value panel
/// and the blueprint's highlight. Transient.
#[derive(Clone, Copy)]
pub struct FocusedStep(pub RwSignal<Option<StepId>>);

/// Something the user must be told: a failure to load or save, or the outcome of an action.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// Distinguishes notices so that each can be dismissed on its own.
    pub id: u32,
    /// The message, in the user's language.
    pub text: String,
    /// Whether something went wrong or the user is only informed.
    pub tone: Tone,
}

/// How a notice is presented.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Something failed or needs the user's attention; announced at once.
    Problem,
    /// An action worked (a link copied, a file imported); announced politely.
    Info,
}

/// The notices shown at the top of the page, newest last.
#[derive(Clone, Copy)]
pub struct Notices(RwSignal<Vec<Notice>>);

impl Notices {
    /// No notices yet.
    pub fn new() -> Self {
        Notices(RwSignal::new(Vec::new()))
    }

    /// Tell the user that something went wrong. The same text is not stacked twice, so a
    /// failure that repeats on every keystroke shows once.
    pub fn push(&self, text: String) {
        self.add(text, Tone::Problem);
    }

    /// Tell the user how an action went.
    pub fn inform(&self, text: String) {
        self.add(text, Tone::Info);
    }

    fn add(&self, text: String, tone: Tone) {
        self.0.update(|notices| {
            if notices.iter().all(|notice| notice.text != text) {
                let id = notices.iter().map(|n| n.id).max().map_or(1, |max| max + 1);
                notices.push(Notice { id, text, tone });
            }
        });
    }

    /// Remove the notice with this id.
    pub fn dismiss(&self, id: u32) {
        self.0
            .update(|notices| notices.retain(|notice| notice.id != id));
    }

    /// The current notices, tracked.
    pub fn list(&self) -> Vec<Notice> {
        self.0.get()
    }
}

impl Default for Notices {
    fn default() -> Self {
        Self::new()
    }
}
