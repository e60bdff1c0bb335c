//! The prioritised list: every pain point and opportunity ranked by value against effort,
//! under the four quadrants, each a way to its place on the blueprint.

use leptos::prelude::*;
use sightline_engine::{prioritise, Anchor, InsightId, InsightKind, PriorityQuadrant};

use crate::components::insight_fields::{description, kind_key, place, quadrant_key};
use crate::store::JourneyStore;
use crate::strings::strings;
use crate::view_choice::ViewChoice;

/// One line of the list, everything it shows read from the journey at once.
#[derive(Clone, PartialEq)]
struct Ranked {
    id: InsightId,
    kind: InsightKind,
    text: String,
    place: String,
    on: Anchor,
    value: f64,
    effort: u8,
    quadrant: PriorityQuadrant,
}

/// The four quadrants in the order to take them on, each with its insights, first to do
/// first, numbered through the whole list.
#[component]
pub fn PrioritiesPanel() -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let s = strings();
    let ranked = Memo::new(move |_| {
        store.with(|journey| {
            prioritise(journey)
                .into_iter()
                .filter_map(|priority| {
                    let insight = journey.insights.iter().find(|i| i.id == priority.insight)?;
                    Some(Ranked {
                        id: insight.id,
                        kind: insight.kind,
                        text: description(insight),
                        place: place(journey, insight.on),
                        on: insight.on,
                        value: priority.value,
                        effort: priority.effort,
                        quadrant: priority.quadrant,
                    })
                })
                .collect::<Vec<_>>()
        })
    });
    let count = move || ranked.with(Vec::len);
    let quadrants = move || {
        let ranked = ranked.get();
        let mut first_rank = 1;
        PriorityQuadrant::ALL
            .into_iter()
            .map(|quadrant| {
                let items: Vec<Ranked> = ranked
                    .iter()
                    .filter(|r| r.quadrant == quadrant)
                    .cloned()
                    .collect();
                let start = first_rank;
                first_rank += items.len();
                view! { <Quadrant quadrant items start /> }
            })
            .collect_view()
    };
    view! {
        <section
            class="panel priorities"
            aria-labelledby="priorities-title"
            data-testid="priorities"
        >
            <h2 id="priorities-title" class="panel__title">
                {s.priorities}
                " "
                <span class="panel__count">{count}</span>
            </h2>
            <Show
                when=move || { count() > 0 }
                fallback=move || view! { <p class="panel__empty">{s.no_insights}</p> }
            >
                <div class="priorities__quadrants">{quadrants}</div>
            </Show>
        </section>
    }
}

/// One quadrant: its name, what it means, and its insights.
#[component]
fn Quadrant(
    /// The quadrant.
    quadrant: PriorityQuadrant,
    /// Its insights, first to do first.
    items: Vec<Ranked>,
    /// The rank of its first insight in the whole list.
    start: usize,
) -> impl IntoView {
    let s = strings();
    let key = quadrant_key(quadrant);
    let title_id = format!("priorities-{key}");
    let labelled_by = title_id.clone();
    let count = items.len();
    view! {
        <section
            class=format!("priorities__quadrant priorities__quadrant--{key}")
            aria-labelledby=labelled_by
            data-testid="priority-quadrant"
            data-quadrant=key
        >
            <h3 id=title_id class="priorities__title">
                {(s.priority_quadrant)(quadrant)}
                " "
                <span class="panel__count">{count}</span>
            </h3>
            <p class="priorities__hint">{(s.priority_hint)(quadrant)}</p>
            {if items.is_empty() {
                view! { <p class="priorities__empty">{s.quadrant_empty}</p> }.into_any()
            } else {
                view! {
                    <ol class="priorities__list" start=start.to_string()>
                        {items.into_iter().map(|item| view! { <PriorityItem item /> }).collect_view()}
                    </ol>
                }
                    .into_any()
            }}
        </section>
    }
}

/// One insight of the list; activating it shows its touchpoint in the editor, or its step.
#[component]
fn PriorityItem(
    /// What to show.
    item: Ranked,
) -> impl IntoView {
    let view_choice = expect_context::<ViewChoice>();
    let s = strings();
    let on = item.on;
    let go = move |_| match on {
        Anchor::Touchpoint(id) => view_choice.show_touchpoint(id),
        Anchor::Step(step) => view_choice.show_step(step),
    };
    let kind = kind_key(item.kind);
    view! {
        <li class="priorities__item">
            <button
                class=format!("priority priority--{kind}")
                title=s.show_on_blueprint
                on:click=go
                data-testid="priority"
                data-insight=item.id.0.to_string()
                data-kind=kind
            >
                <span class="priority__kind">{(s.insight_kind)(item.kind)}</span>
                <span class="priority__text" data-testid="priority-text">
                    {item.text}
                </span>
                <span class="priority__place">{item.place}</span>
                <span class="priority__scores" data-testid="priority-scores">
                    {(s.value_and_effort)(&s.number(item.value), item.effort)}
                </span>
            </button>
        </li>
    }
}
