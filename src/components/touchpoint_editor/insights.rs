//! The pain points and opportunities found on a touchpoint.

use leptos::prelude::*;
use sightline_engine::{Anchor, InsightKind, TouchpointId};

use crate::components::insight_fields::{add_insight, InsightFields};
use crate::store::JourneyStore;
use crate::strings::strings;

/// The touchpoint's pain points and opportunities, each editable, with buttons to add one.
#[component]
pub fn TouchpointInsights(
    /// The touchpoint edited.
    id: TouchpointId,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let s = strings();
    let on = Anchor::Touchpoint(id);
    // Redrawn only when one is added or removed, not while one is described.
    let ids = Memo::new(move |_| {
        store.with(|journey| {
            journey
                .insights
                .iter()
                .filter(|i| i.on == on)
                .map(|i| i.id)
                .collect::<Vec<_>>()
        })
    });
    let add = move |kind: InsightKind| {
        view! {
            <button
                class="button"
                on:click=move |_| add_insight(store, kind, on)
                data-testid=format!("add-{}", crate::components::insight_fields::kind_key(kind))
            >
                {(s.add_insight)(kind)}
            </button>
        }
    };
    view! {
        <fieldset class="editor__group" data-testid="touchpoint-insights" data-insights>
            <legend>{s.insights}</legend>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="editor__note">{s.no_insights_here}</p>
            </Show>
            <For each=move || ids.get() key=|id| *id children=|id| view! { <InsightFields id /> } />
            <div class="insights__add">
                {add(InsightKind::PainPoint)} {add(InsightKind::Opportunity)}
            </div>
        </fieldset>
    }
}
