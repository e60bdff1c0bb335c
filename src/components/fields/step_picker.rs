//! A drop-down over the journey's steps, with the whole journey as its empty choice.

use leptos::prelude::*;
use sightline_engine::StepId;

use super::ChoiceField;
use crate::store::JourneyStore;
use crate::strings::strings;

/// Picks one step of the open journey, or none for the whole journey; the steps follow the
/// journey as it is edited.
#[component]
pub fn StepPicker(
    /// The visible label.
    label: &'static str,
    /// The chosen step; `None` is the whole journey.
    #[prop(into)]
    value: Signal<Option<StepId>>,
    /// Called with the user's choice.
    on_choose: Callback<Option<StepId>>,
    /// Test hook.
    testid: &'static str,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let steps = Signal::derive(move || store.step_names());
    view! {
        <ChoiceField
            label=label.to_owned()
            options=steps
            value
            on_choose
            empty=strings().whole_journey
            class="panel__control"
            testid
        />
    }
}
