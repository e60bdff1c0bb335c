//! A touchpoint as it sits in its blueprint cell.

use leptos::prelude::*;
use sightline_engine::{Edit, TouchpointId};
use wasm_bindgen::JsCast;

use super::grid_focus;
use super::layout::Layout;
use crate::store::{JourneyStore, Selection};
use crate::strings::strings;

/// A touchpoint's name and channel; pressing it opens the touchpoint in the editor.
#[component]
pub fn TouchpointCard(
    /// The touchpoint shown.
    id: TouchpointId,
    /// Finds the touchpoint in the journey without a search.
    layout: Memo<Layout>,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let selection = expect_context::<Selection>();
    // One memo per card: an edit re-runs it, but only the card whose name or channel changed
    // is redrawn.
    let shown = Memo::new(move |_| {
        store.with(|journey| {
            layout.with(|layout| {
                layout
                    .touchpoint(journey, id)
                    .map(|t| (t.name.clone(), t.channel))
            })
        })
    });
    let name = move || {
        shown.with(|shown| {
            shown
                .as_ref()
                .map(|(name, _)| name.clone())
                .unwrap_or_default()
        })
    };
    let channel = move || {
        shown.with(|shown| {
            shown
                .as_ref()
                .map(|(_, channel)| strings().channel(*channel))
        })
    };
    let selected = move || selection.0.get() == Some(id);
    // Delete (or Backspace, which Mac keyboards label delete) removes the touchpoint; Undo
    // brings it back. The focus stays in the cell, on what now takes the card's place.
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        if !matches!(event.key().as_str(), "Delete" | "Backspace") {
            return;
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
            class:touchpoint--selected=selected
            aria-pressed=move || selected().to_string()
            on:click=move |_| selection.0.set(Some(id))
            on:keydown=on_key
            aria-keyshortcuts="Delete"
            data-testid="touchpoint"
        >
            <span class="touchpoint__name">{name}</span>
            <span class="touchpoint__channel">{channel}</span>
        </button>
    }
}
