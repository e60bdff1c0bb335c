//! One lane of the blueprint across all steps.

use leptos::prelude::*;
use sightline_engine::{Lane, StepId, TouchpointId};

use super::cell::Cell;
use crate::strings::strings;

/// A blueprint row: the lane's name, then one cell per step. Lanes in the zone of visibility
/// are shaded.
#[component]
pub fn LaneRow(
    /// The lane shown.
    lane: Lane,
    /// The journey's steps, in order.
    step_ids: Signal<Vec<StepId>>,
    /// Whether a touchpoint is the selected one, for its card.
    selected: Selector<Option<TouchpointId>>,
) -> impl IntoView {
    let in_zone = lane.in_zone_of_visibility();
    view! {
        <tr class="lane" class:lane--zone=in_zone data-lane=lane.key()>
            <th scope="row" class="lane__name">
                {strings().lane(lane)}
                {in_zone.then(|| view! { <span class="lane__zone">{strings().chart.zone_of_visibility}</span> })}
            </th>
            <For each=move || step_ids.get() key=|id| *id children=move |step| view! { <Cell step lane selected=selected.clone() /> } />
        </tr>
    }
}
