//! Moving a touchpoint to another cell with Alt+arrow keys (drag and drop is `drag.rs`).
//!
//! Both end in one `Edit::MoveTouchpoint` through the store, so a move is undoable like any
//! edit. The keyboard's target cell is the engine's `Journey::cell_beside` (steps in order, lanes in
//! `Lane::ALL` order) rather than read from the DOM as `grid_focus` does: a move changes the
//! journey anyway, and the journey's order is the blueprint's order.

use sightline_engine::{Lane, StepId, TouchpointId};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

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
