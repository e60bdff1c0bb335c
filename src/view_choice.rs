//! Which view of the journey screen is shown: one signal in context, kept across visits.
//!
//! The choice lives in local storage, not in the URL: the fragment belongs to share links
//! (`#j…`), which always open on the map.

use leptos::prelude::*;
use sightline_engine::{StepId, TouchpointId};
use sightline_strings::WorkspaceView;
use wasm_bindgen::JsCast;

use crate::components::blueprint::Reveal;
use crate::store::{FocusedStep, JourneyStore, Selection};

/// Where the choice is kept (the library's keys are `sightline.…` too).
pub const STORAGE_KEY: &str = "sightline.view";

/// The view shown, and what leading to a place on the map sets; a `Copy` handle provided by
/// context.
#[derive(Clone, Copy)]
pub struct ViewChoice {
    view: RwSignal<WorkspaceView>,
    focused: FocusedStep,
    selection: Selection,
    /// A step or touchpoint shown on the map may be in a column not built; the journey
    /// says which step a touchpoint is in.
    reveal: Reveal,
    store: JourneyStore,
}

impl ViewChoice {
    /// The view stored by the last visit, else the map.
    pub fn stored(
        store: JourneyStore,
        focused: FocusedStep,
        selection: Selection,
        reveal: Reveal,
    ) -> Self {
        let stored = local_storage()
            .and_then(|storage| storage.get_item(STORAGE_KEY).ok().flatten())
            .and_then(|key| WorkspaceView::from_key(&key));
        ViewChoice {
            view: RwSignal::new(stored.unwrap_or_default()),
            focused,
            selection,
            reveal,
            store,
        }
    }

    /// The view shown; tracked.
    pub fn get(self) -> WorkspaceView {
        self.view.get()
    }

    /// Show `view` and keep the choice for the next visit.
    pub fn show(self, view: WorkspaceView) {
        if let Some(storage) = local_storage() {
            // Not kept is not lost: the view still changes, the next visit opens the map.
            let _ = storage.set_item(STORAGE_KEY, view.key());
        }
        self.view.set(view);
    }

    /// Show the map without keeping the choice: a shared journey opens on it, and the view
    /// the user left their own journeys in stays for the next visit.
    pub fn start_on_map(self) {
        self.view.set(WorkspaceView::Map);
    }

    /// Show a step on the map, from any view: the map is shown, the step is the focused one
    /// and its name takes the keyboard focus once the map is drawn (with its column: the
    /// step may be one the map had not built).
    pub fn show_step(self, step: StepId) {
        self.focused.0.set(Some(step));
        self.show(WorkspaceView::Map);
        self.reveal.include(step);
        let id = crate::components::blueprint::step_name_id(step);
        request_animation_frame(move || {
            if let Some(element) = element_by_id(&id) {
                element.scroll_into_view();
                let _ = element.focus();
            }
        });
    }

    /// Show a touchpoint on the map, from any view, open in the editor (its column built
    /// first, as for a step).
    pub fn show_touchpoint(self, touchpoint: TouchpointId) {
        self.selection.0.set(Some(touchpoint));
        self.show(WorkspaceView::Map);
        let step = self
            .store
            .with_untracked(|journey| journey.touchpoint(touchpoint).map(|t| t.step));
        if let Some(step) = step {
            self.reveal.include(step);
        }
        request_animation_frame(move || {
            let card = document()
                .query_selector(&format!(
                    "button.touchpoint[data-touchpoint=\"{}\"]",
                    touchpoint.0
                ))
                .ok()
                .flatten();
            if let Some(card) = card {
                card.scroll_into_view();
            }
        });
    }
}

fn element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    document()
        .get_element_by_id(id)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|window| window.local_storage().ok().flatten())
}
