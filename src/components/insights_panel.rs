//! The pain points and opportunities of the journey by step, where one can be added to a step.

use leptos::prelude::*;
use sightline_engine::{Anchor, InsightKind, StepId};

use crate::components::fields::StepPicker;
use crate::components::insight_fields::{add_insight, kind_key, InsightFields};
use crate::store::JourneyStore;
use crate::strings::strings;

/// Every pain point and opportunity in journey order (or those of one chosen step), each
/// editable and saying where it was found; with a step chosen, buttons add one to it.
#[component]
pub fn InsightsPanel() -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let s = strings();
    let chosen = RwSignal::new(None::<StepId>);
    // Steps in journey order, and within a step the list's order; a touchpoint's insight
    // belongs to its touchpoint's step.
    let ids = Memo::new(move |_| {
        let only = chosen.get();
        store.with(|journey| {
            let step_of = |on: Anchor| match on {
                Anchor::Step(step) => Some(step),
                Anchor::Touchpoint(id) => journey.touchpoint(id).map(|t| t.step),
            };
            journey
                .steps
                .iter()
                .filter(|step| only.is_none_or(|only| only == step.id))
                .flat_map(|step| {
                    journey
                        .insights
                        .iter()
                        .filter(move |i| step_of(i.on) == Some(step.id))
                        .map(|i| i.id)
                })
                .collect::<Vec<_>>()
        })
    });
    let chosen_step = Memo::new(move |_| {
        chosen
            .get()
            .filter(|id| store.with(|journey| journey.step(*id).is_some()))
    });
    let add = move |kind: InsightKind| {
        view! {
            <button
                class="button"
                on:click=move |_| {
                    if let Some(step) = chosen_step.get_untracked() {
                        add_insight(store, kind, Anchor::Step(step));
                    }
                }
                data-testid=format!("add-step-{}", kind_key(kind))
            >
                {(s.add_insight)(kind)}
            </button>
        }
    };
    view! {
        <section
            class="panel insights-panel"
            aria-labelledby="insights-title"
            data-testid="insights-panel"
            data-insights
        >
            <div class="panel__head">
                <h2 id="insights-title" class="panel__title">
                    {s.insights}
                </h2>
                <StepPicker
                    label=s.insights_step
                    value=chosen
                    on_choose=Callback::new(move |step| chosen.set(step))
                    testid="insights-step"
                />
            </div>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="panel__empty">{s.no_insights}</p>
            </Show>
            <div class="insights__list">
                <For
                    each=move || ids.get()
                    key=|id| *id
                    children=|id| view! { <InsightFields id show_place=true /> }
                />
            </div>
            <Show
                when=move || chosen_step.get().is_some()
                fallback=move || view! { <p class="editor__note">{s.pick_step_to_add}</p> }
            >
                <div class="insights__add">
                    {add(InsightKind::PainPoint)} {add(InsightKind::Opportunity)}
                </div>
            </Show>
        </section>
    }
}
