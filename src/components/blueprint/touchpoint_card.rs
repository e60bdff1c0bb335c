//! A touchpoint as it sits in its blueprint cell.

use leptos::prelude::*;
use sightline_engine::TouchpointId;

use crate::store::{JourneyStore, Selection};
use crate::strings::strings;

/// A touchpoint's name and channel; pressing it opens the touchpoint in the editor.
#[component]
pub fn TouchpointCard(
    /// The touchpoint shown.
    id: TouchpointId,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let selection = expect_context::<Selection>();
    let name = move || store.with(|j| j.touchpoint(id).map(|t| t.name.clone()).unwrap_or_default());
    let channel = move || store.with(|j| j.touchpoint(id).map(|t| strings().channel(t.channel)));
    let selected = move || selection.0.get() == Some(id);
    view! {
        <button
            class="touchpoint"
            class:touchpoint--selected=selected
            aria-pressed=move || selected().to_string()
            on:click=move |_| selection.0.set(Some(id))
            data-testid="touchpoint"
        >
            <span class="touchpoint__name">{name}</span>
            <span class="touchpoint__channel">{channel}</span>
        </button>
    }
}
