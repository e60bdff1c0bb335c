//! Moving a touchpoint to another cell with Alt+arrow keys (drag and drop is `drag.rs`).
//!
//! Both end in one `Edit::MoveTouchpoint` through the store, so a move is undoable like any
//! edit. The keyboard's target cell is computed from the journey (steps in order, lanes in
//! `Lane::ALL` order) rather than read from the DOM as `grid_focus` does: a move changes the
//! journey anyway, and the journey's order is the blueprint's order.

use sightline_engine::{Journey, Lane, StepId, TouchpointId};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The cell an Alt+arrow key sends a touchpoint in (`step`, `lane`) to: the previous or next
/// step in the same lane, or the lane above or below in the same step. `None` at the
/// blueprint's edge, for any other key, or for a step the journey does not have.
pub fn cell_beside(
    journey: &Journey,
    step: StepId,
    lane: Lane,
    key: &str,
) -> Option<(StepId, Lane)> {
    let column = journey.steps.iter().position(|s| s.id == step)?;
    let row = lane.index();
    let (column, row) = match key {
        "ArrowLeft" => (column.checked_sub(1)?, row),
        "ArrowRight" => (column + 1, row),
        "ArrowUp" => (column, row.checked_sub(1)?),
        "ArrowDown" => (column, row + 1),
        _ => return None,
    };
    Some((journey.steps.get(column)?.id, *Lane::ALL.get(row)?))
}

/// Focus a touchpoint's card once the blueprint has redrawn it in its new cell, (`step`,
/// `lane`): the card is a new element there, keyed by id. The blueprint redraws in the
/// microtasks that follow the key press, so the card is focused before the next key
/// (Alt+arrow pressed again, or held down) arrives; should it not be there yet, a frame later.
pub fn focus_card_later(id: TouchpointId, step: StepId, lane: Lane) {
    leptos::prelude::queue_microtask(move || {
        if !focus_card(id, step, lane) {
            leptos::prelude::request_animation_frame(move || {
                focus_card(id, step, lane);
            });
        }
    });
}

/// Focus the card of touchpoint `id` in cell (`step`, `lane`); whether it was there.
fn focus_card(id: TouchpointId, step: StepId, lane: Lane) -> bool {
    let selector = format!(
        "td.cell[data-step=\"{}\"][data-lane=\"{}\"] button.touchpoint[data-touchpoint=\"{}\"]",
        step.0,
        lane.key(),
        id.0
    );
    let card = leptos::prelude::document()
        .query_selector(&selector)
        .ok()
        .flatten()
        .and_then(|card| card.dyn_into::<HtmlElement>().ok());
    card.is_some_and(|card| card.focus().is_ok())
}
