//! A labelled line drawn across the blueprint between two lanes.

use leptos::prelude::*;
use sightline_engine::Line;

use super::reveal::MapColumns;

use crate::strings::strings;

/// A full-width row that draws and names one line of the blueprint. The line of interaction
/// runs inside the zone of visibility and is shaded with it.
#[component]
pub fn LineRow(
    /// The line drawn.
    line: Line,
    /// The map's columns, so the line spans every one.
    columns: MapColumns,
) -> impl IntoView {
    let in_zone = line.inside_zone_of_visibility();
    view! {
        <tr
            class=format!("line line--{}", line.key())
            class:line--zone=in_zone
            data-testid=format!("line-{}", line.key())
        >
            <td class="line__cell" aria-colindex="1" colspan=move || columns.span.get()>
                <span class="line__label">{strings().line(line)}</span>
            </td>
        </tr>
    }
}
