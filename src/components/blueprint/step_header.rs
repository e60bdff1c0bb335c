//! The head of one step column: its editable name and its figures.

use leptos::prelude::*;
use sightline_engine::{Anchor, Edit, StepId};

use super::drag::{Carried, DropZone};
use super::step_drag;
use super::step_menu::StepMenu;
use super::step_name_id;
use crate::store::{FocusedStep, JourneyStore};
use crate::strings::strings;
use crate::workspace::Workspace;

/// A step's column header. The name commits on change (Enter or leaving the field), so that
/// trimming never fights the user's typing.
#[component]
pub fn StepHeader(
    /// The step shown.
    step: StepId,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let focused = expect_context::<FocusedStep>();
    let column = expect_context::<super::StepNotes>().column_of(step);
    // A shared journey is read-only: its steps cannot be dragged. (Mounted alone, in
    // component tests, the blueprint has no workspace and nothing is shared.)
    let shared = use_context::<Workspace>().map(|workspace| workspace.shared);
    // Read through the step's own view: a step can be renamed or re-anchored to another
    // stage, and an edit elsewhere wakes nothing here.
    let views = store.views();
    let stage = Memo::new(move |_| views.step(step, |s| s.stage));
    let stage_name = move || {
        stage
            .get()
            .map(|stage| strings().stage(stage))
            .unwrap_or_default()
    };
    let name = Memo::new(move |_| {
        views
            .step(step, |s| strings().step_name(s))
            .unwrap_or_default()
    });
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
    let value_text = move || (strings().step_value)(&strings().number(value()));
    let rename = move |event| {
        store.apply(Edit::RenameStep {
            id: step,
            name: event_target_value(&event),
        })
    };
    // Highlighted while another step is dragged over it; a drop puts that step here.
    let zone = DropZone::new(Carried::Step);
    let on_drop = move |event: leptos::ev::DragEvent| {
        let Some(dragged) = zone.take(&event).map(StepId) else {
            return;
        };
        let before = store.with_untracked(|j| step_drag::place_of(j, dragged, step));
        if let Some(before) = before {
            store.apply(Edit::MoveStep {
                id: dragged,
                before,
            });
        }
    };
    view! {
        <th
            scope="col"
            class="step"
            class:step--focused=move || focused.0.get() == Some(step)
            class:step--drop-target=move || zone.active.get()
            on:dragover=move |event| zone.over(&event)
            on:dragleave=move |event| zone.leave(&event)
            on:drop=on_drop
            data-testid="step-column"
            aria-colindex=column
            data-stage=move || stage.get().map(|s| s.key())
        >
            // The grip is for the pointer only; from the keyboard, the step's options move it.
            <span
                class="step__grip"
                hidden=move || shared.is_some_and(|shared| shared.get())
                draggable="true"
                aria-hidden="true"
                title=strings().drag_step
                on:dragstart=move |event| Carried::Step.start(&event, step.0)
                data-testid="step-grip"
            >
                "\u{2807}"
            </span>
            <input
                id=step_name_id(step)
                class="step__name"
                aria-label=move || (strings().step_name_of)(stage_name())
                prop:value=name
                on:change=rename
            />
            <span class="step__summary">{summary}</span>
            <super::step_kpis::StepKpis step />
            <super::insight_count::InsightCount on=Anchor::Step(step) />
            <span
                class="step__value"
                class:step__value--negative=move || value() < 0.0
                data-testid="step-value"
            >
                {value_text}
            </span>
            <StepMenu step name />
        </th>
    }
}
