//! A touchpoint as it sits in its blueprint cell.

use leptos::prelude::*;
use sightline_engine::{Anchor, Direction, Edit, TouchpointId};
use wasm_bindgen::JsCast;

use super::card_marks::CardMarks;
use super::drag::Carried;
use super::reveal::Reveal;
use super::{grid_focus, moving};
use crate::shortcuts::Shortcut;
use crate::store::{JourneyStore, Selection};
use crate::strings::strings;

/// A touchpoint's name and channel; pressing it opens the touchpoint in the editor.
#[component]
pub fn TouchpointCard(
    /// The touchpoint shown.
    id: TouchpointId,
    /// Whether a touchpoint is the selected one: notifies only the cards that gain or lose it.
    selected: Selector<Option<TouchpointId>>,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let selection = expect_context::<Selection>();
    // A move by the keyboard into a column not built has it built (`reveal.rs`).
    let reveal = use_context::<Reveal>().unwrap_or_default();
    // The card's own view: an edit redraws this card only if it changed its name or channel.
    let views = store.views();
    let name = move || views.card(id, |card| card.name.clone()).unwrap_or_default();
    let channel = move || views.card(id, |card| strings().channel(card.channel));
    let is_selected = move || selected.selected(&Some(id));
    let pressed = is_selected.clone();
    // Alt+arrow moves the touchpoint to the cell beside. Delete (or Backspace, which Mac
    // keyboards label delete) removes it; Undo brings it back. The focus stays in the cell,
    // on what now takes the card's place.
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        match Shortcut::of(&event) {
            Some(Shortcut::MoveTouchpoint(direction)) => {
                move_by_key(store, reveal, id, direction, &event);
                return;
            }
            Some(Shortcut::Delete) => {}
            _ => return,
        }
        event.prevent_default();
        let cell = event
            .current_target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlElement>().ok())
            .and_then(|card| {
                let cell = card.closest("td.cell").ok().flatten()?;
                let position = grid_focus::buttons_in(&cell)
                    .iter()
                    .position(|b| *b == card)?;
                Some((cell, position))
            });
        if selection.0.get_untracked() == Some(id) {
            selection.0.set(None);
        }
        store.apply(Edit::DeleteTouchpoint { id });
        if let Some((cell, position)) = cell {
            request_animation_frame(move || {
                let buttons = grid_focus::buttons_in(&cell);
                if let Some(next) = buttons.get(position).or(buttons.last()) {
                    let _ = next.focus();
                }
            });
        }
    };
    view! {
        <button
            class="touchpoint"
            class:touchpoint--selected=is_selected
            aria-pressed=move || pressed().to_string()
            on:click=move |_| selection.0.set(Some(id))
            on:keydown=on_key
            aria-keyshortcuts=Shortcut::ON_CARD
            title=strings().move_hint
            draggable="true"
            on:dragstart=move |event| Carried::Touchpoint.start(&event, id.0)
            on:drop=move |event| drop_before(store, id, &event)
            data-testid="touchpoint"
            data-touchpoint=id.0.to_string()
        >
            <span class="touchpoint__name">{name}</span>
            <span class="touchpoint__channel">{channel}</span>
            <CardMarks id />
            <super::insight_count::InsightCount on=Anchor::Touchpoint(id) />
        </button>
    }
}

/// Alt+arrow: move the touchpoint to the end of the neighbouring cell and keep the focus on
/// it there. At the blueprint's edge the key does nothing, and the browser's own Alt+arrow
/// (history navigation) is kept from it all the same, as the key was meant for the card.
fn move_by_key(
    store: JourneyStore,
    reveal: Reveal,
    id: TouchpointId,
    direction: Direction,
    event: &leptos::ev::KeyboardEvent,
) {
    let target = store.with_untracked(|journey| {
        let touchpoint = journey.touchpoint(id)?;
        journey.cell_beside(touchpoint.step, touchpoint.lane, direction)
    });
    event.prevent_default();
    // The grid's own arrow handling ignores modified keys, but keep the table out of it.
    event.stop_propagation();
    if let Some((step, lane)) = target {
        let edit = Edit::MoveTouchpoint {
            id,
            step,
            lane,
            before: None,
        };
        if store.try_apply(edit).is_ok() {
            reveal.include(step);
            moving::focus_card_later(id, step, lane);
        }
    }
}

/// A touchpoint dropped on this card goes just before it, in this card's cell.
fn drop_before(store: JourneyStore, id: TouchpointId, event: &web_sys::DragEvent) {
    let Some(dragged) = Carried::Touchpoint.dropped(event).map(TouchpointId) else {
        return;
    };
    // Handled here: the cell, which sees the drop next, only clears its highlight.
    event.prevent_default();
    if dragged == id {
        return;
    }
    let cell = store.with_untracked(|journey| journey.touchpoint(id).map(|t| (t.step, t.lane)));
    if let Some((step, lane)) = cell {
        store.apply(Edit::MoveTouchpoint {
            id: dragged,
            step,
            lane,
            before: Some(id),
        });
    }
}
