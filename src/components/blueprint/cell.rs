//! One cell of the blueprint: the touchpoints of a step in a lane.

use leptos::prelude::*;
use sightline_engine::{Edit, Lane, StepId, Touchpoint, TouchpointId};

use super::drag::{Carried, DropZone};
use super::touchpoint_card::TouchpointCard;
use crate::store::{JourneyStore, Selection};
use crate::strings::strings;

/// A blueprint cell with its touchpoints and a button that adds one.
#[component]
pub fn Cell(
    /// The step (column).
    step: StepId,
    /// The lane (row).
    lane: Lane,
    /// Whether a touchpoint is the selected one, for its card.
    selected: Selector<Option<TouchpointId>>,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let selection = expect_context::<Selection>();
    let views = store.views();
    let column = expect_context::<super::StepNotes>().column_of(step);
    // Tracks this cell alone: an edit elsewhere, or one that moves nothing, leaves it be.
    let touchpoints = move || views.cell(step, lane);
    let add_label = move || {
        let step_name = views.step(step, |s| strings().step_name(s));
        (strings().add_touchpoint_to)(&step_name.unwrap_or_default(), strings().lane(lane))
    };
    let add = move |_| {
        let id = store.with_untracked(|journey| journey.next_id::<Touchpoint>());
        let name = strings().new_touchpoint.to_owned();
        store.apply(Edit::AddTouchpoint {
            id,
            step,
            lane,
            name,
        });
        selection.0.set(Some(id));
    };
    // Highlighted while a touchpoint is dragged over it; a drop puts the touchpoint at the end
    // of the cell, unless a card took it first (to put it before that card).
    let zone = DropZone::new(Carried::Touchpoint);
    let on_drop = move |event: leptos::ev::DragEvent| {
        if let Some(id) = zone.take(&event) {
            store.apply(Edit::MoveTouchpoint {
                id: TouchpointId(id),
                step,
                lane,
                before: None,
            });
        }
    };
    view! {
        <td
            class="cell"
            class:cell--zone=lane.in_zone_of_visibility()
            class:cell--drop-target=move || zone.active.get()
            on:dragover=move |event| zone.over(&event)
            on:dragleave=move |event| zone.leave(&event)
            on:drop=on_drop
            data-testid="cell"
            aria-colindex=column
            data-stage=move || views.step(step, |s| s.stage.key())
            data-step=step.0.to_string()
            data-lane=lane.key()
        >
            <ul class="cell__touchpoints">
                <For
                    each=touchpoints
                    key=|id| *id
                    children=move |id| {
                        let selected = selected.clone();
                        view! { <li><TouchpointCard id selected /></li> }
                    }
                />
            </ul>
            <button class="cell__add" aria-label=add_label on:click=add data-testid="add-touchpoint">
                {strings().add_symbol}
            </button>
        </td>
    }
}
