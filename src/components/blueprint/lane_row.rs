//! One lane of the blueprint across all steps.

use leptos::prelude::*;
use sightline_engine::{Lane, TouchpointId};

use super::cell::Cell;
use super::reveal::{Gap, MapColumns};
use crate::store::JourneyStore;
use crate::strings::strings;

/// A blueprint row: the lane's name, then one cell per step. Lanes in the zone of visibility
/// are shaded.
#[component]
pub fn LaneRow(
    /// The lane shown.
    lane: Lane,
    /// The step columns the map builds.
    columns: MapColumns,
    /// Whether a touchpoint is the selected one, for its card.
    selected: Selector<Option<TouchpointId>>,
) -> impl IntoView {
    let in_zone = lane.in_zone_of_visibility();
    // While columns are left out, the lane is at least as tall as its fullest cell would make
    // it, so that scrolling sideways does not change the heights of the lanes below.
    let views = expect_context::<JourneyStore>().views();
    let depth = move || {
        columns
            .windowed()
            .then(|| format!("--depth: {}", views.lane_depth(lane)))
    };
    view! {
        <tr class="lane" class:lane--zone=in_zone data-lane=lane.key() style=depth>
            <th scope="row" class="lane__name" aria-colindex="1">
                {strings().lane(lane)}
                {in_zone.then(|| view! { <span class="lane__zone">{strings().chart.zone_of_visibility}</span> })}
            </th>
            <Gap columns=columns.before />
            <For each=move || columns.steps.get() key=|id| *id children=move |step| view! { <Cell step lane selected=selected.clone() /> } />
            <Gap columns=columns.after />
        </tr>
    }
}
