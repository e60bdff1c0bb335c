//! The head of one step column: its editable name and its figures.

use leptos::prelude::*;
use sightline_engine::{Edit, StepId};

use crate::store::JourneyStore;
use crate::strings::strings;

/// A step's column header. The name commits on change (Enter or leaving the field), so that
/// trimming never fights the user's typing.
#[component]
pub fn StepHeader(
    /// The step shown.
    step: StepId,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let stage = store.with_untracked(|journey| journey.step(step).map(|s| s.stage));
    let stage_name = stage
        .map(|stage| strings().stage(stage))
        .unwrap_or_default();
    let name = move || {
        store.with(|journey| {
            let custom = journey.step(step).and_then(|s| s.custom_name.clone());
            custom.unwrap_or_else(|| stage_name.to_owned())
        })
    };
    let summary = move || {
        store.valuation().with(|valuation| {
            let summary = valuation.steps.iter().find(|s| s.step == step)?;
            Some((strings().step_summary)(
                summary.touchpoints,
                summary.visibility.in_zone,
            ))
        })
    };
    let rename = move |event| {
        store.apply(Edit::RenameStep {
            id: step,
            name: event_target_value(&event),
        })
    };
    view! {
        <th scope="col" class="step" data-testid="step-column" data-stage=stage.map(|s| s.key())>
            <input
                class="step__name"
                aria-label=(strings().step_name_of)(stage_name)
                prop:value=name
                on:change=rename
            />
            <span class="step__summary">{summary}</span>
        </th>
    }
}
