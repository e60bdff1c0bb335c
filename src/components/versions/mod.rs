//! The versions view: the open journey's versions, the comparison of an as-is with a to-be,
//! and starting a to-be.

mod change_list;
mod compare_panel;
mod delta_table;
mod side_picker;
mod start_to_be;
mod version_row;
mod versions_panel;

use leptos::prelude::*;

use crate::storage::journeys;
use crate::store::{JourneyStore, Notices};
use crate::versions::{Side, VersionActions};
use crate::workspace::Workspace;
use compare_panel::ComparePanel;
use versions_panel::VersionsPanel;

/// Which two sides the comparison shows; in the view's context, set by the pickers, by a
/// version's **Compare** and by starting a to-be.
#[derive(Clone, Copy)]
pub struct CompareChoice {
    /// The as-is.
    pub as_is: RwSignal<Side>,
    /// The to-be.
    pub to_be: RwSignal<Side>,
}

impl CompareChoice {
    /// The journey now as the to-be, against what it most likely came from: the journey it
    /// was started from, else its newest version, else itself.
    fn initial(open: Option<String>) -> Self {
        let journeys = journeys();
        let as_is = open.and_then(|id| {
            let origin = journeys
                .derived_from(&id)
                .filter(|origin| journeys.list().iter().any(|entry| entry.id == *origin));
            origin.map(Side::Stored).or_else(|| {
                journeys
                    .versions(&id)
                    .versions
                    .first()
                    .map(|newest| Side::Version {
                        journey: id.clone(),
                        version: newest.id.clone(),
                    })
            })
        });
        CompareChoice {
            as_is: RwSignal::new(as_is.unwrap_or(Side::Open)),
            to_be: RwSignal::new(Side::Open),
        }
    }

    /// Compare the journey now with `as_is`.
    pub fn against_now(&self, as_is: Side) {
        self.as_is.set(as_is);
        self.to_be.set(Side::Open);
    }
}

/// The view: versions and the to-be beside the comparison.
#[component]
pub fn VersionsView() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let store = expect_context::<JourneyStore>();
    let notices = expect_context::<Notices>();
    let actions = VersionActions::new(workspace, store, notices);
    provide_context(actions);
    provide_context(CompareChoice::initial(actions.open_id()));
    view! {
        <div class="workspace__view workspace__panels versions-view">
            <VersionsPanel />
            <ComparePanel />
        </div>
    }
}
