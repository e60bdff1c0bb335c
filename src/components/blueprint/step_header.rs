//! The head of one step column: its editable name and its figures.

use leptos::prelude::*;
use sightline_engine::{Edit, StepId};

use super::step_name_id;
use crate::store::{FocusedStep, JourneyStore};
use crate::strings::strings;

/// A step's column header. The name commits on change (Enter or leaving the field), so that
/// trimming never fights the user's typing.
#[component]
pub fn StepHeader(
    /// The step shown.
    step: StepId,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let focused = expect_context::<FocusedStep>();
    let stage = store.with_untracked(|journey| journey.step(step).map(|s| s.stage));
    let stage_name = stage
        .map(|stage| strings().stage(stage))
        .unwrap_or_default();
    let views = store.views();
    let name = move || {
        views
            .step(step, |s| strings().step_name(s))
            .unwrap_or_default()
    };
    // One memo per header: the summary and the value read it, and neither re-renders unless
    // this step's figures change.
    let figures = Memo::new(move |_| {
        store.valuation().with(|valuation| {
            let step = valuation.steps.iter().find(|s| s.step == step)?;
            Some((step.touchpoints, step.visibility.in_zone, step.total.value))
        })
    });
    let summary = move || {
        figures
            .get()
            .map(|(touchpoints, in_zone, _)| (strings().step_summary)(touchpoints, in_zone))
    };
    let value = move || figures.get().map(|(_, _, value)| value).unwrap_or_default();
    let value_text = move || (strings().step_value)(&(strings().number)(value()));
    let rename = move |event| {
        store.apply(Edit::RenameStep {
            id: step,
            name: event_target_value(&event),
        })
    };
    view! {
        <th
            scope="col"
            class="step"
            class:step--focused=move || focused.0.get() == Some(step)
            data-testid="step-column"
            data-stage=stage.map(|s| s.key())
        >
            <input
                id=step_name_id(step)
                class="step__name"
                aria-label=(strings().step_name_of)(stage_name)
                prop:value=name
                on:change=rename
            />
            <span class="step__summary">{summary}</span>
            <span
                class="step__value"
                class:step__value--negative=move || value() < 0.0
                data-testid="step-value"
            >
                {value_text}
            </span>
        </th>
    }
}
