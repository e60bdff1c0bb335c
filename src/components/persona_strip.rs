//! The journey's personas at a glance, just above the blueprint, so that the journey is read
//! with the people in mind.

use leptos::prelude::*;
use sightline_engine::{PersonaId, Role};

use super::focus::focus_later;
use super::personas_panel::persona_name_id;
use crate::store::JourneyStore;
use crate::strings::{strings, WorkspaceView};
use crate::view_choice::ViewChoice;

/// What one persona's card shows.
#[derive(Clone, Debug, PartialEq)]
struct Card {
    id: PersonaId,
    name: String,
    job: String,
    goals: String,
    /// The stakeholder's name and role; `None` cannot happen in a sound journey.
    stakeholder: Option<(String, Role)>,
}

/// One compact card per persona: name, job, stakeholder and role, goals cut short.
/// Activating a card shows the stakeholders view with the focus in the persona's fields.
#[component]
pub fn PersonaStrip() -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let s = strings();
    // Compares equal after edits that touch no persona, so typing elsewhere redraws nothing.
    let cards = Memo::new(move |_| {
        store.with(|journey| {
            journey
                .personas
                .iter()
                .map(|persona| Card {
                    id: persona.id,
                    name: persona.name.clone(),
                    job: persona.job.clone(),
                    goals: persona.goals.clone(),
                    stakeholder: journey
                        .stakeholders
                        .iter()
                        .find(|s| s.id == persona.stakeholder)
                        .map(|s| (s.name.clone(), s.role)),
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section
            class="persona-strip"
            aria-label=s.personas_on_journey
            data-testid="persona-strip"
        >
            <Show
                when=move || cards.with(|cards| !cards.is_empty())
                fallback=move || {
                    view! {
                        <p class="persona-strip__empty" data-testid="persona-strip-empty">
                            {s.persona_strip_empty}
                        </p>
                    }
                }
            >
                <ul class="persona-strip__list">
                    {move || cards.get().into_iter().map(card_view).collect_view()}
                </ul>
            </Show>
        </section>
    }
}

/// One persona's card.
fn card_view(card: Card) -> impl IntoView {
    let s = strings();
    let name = if card.name.trim().is_empty() {
        s.unnamed_persona.to_owned()
    } else {
        card.name
    };
    let stakeholder = card
        .stakeholder
        .map(|(name, role)| (s.persona_stakeholder)(&name, s.role(role)));
    let optional = |class: &'static str, text: String| {
        (!text.trim().is_empty()).then(|| view! { <span class=class>{text}</span> })
    };
    let id = card.id;
    let choice = use_context::<ViewChoice>();
    let edit = move |_| {
        if let Some(choice) = choice {
            choice.show(WorkspaceView::Stakeholders);
        }
        focus_later(persona_name_id(id), false);
    };
    view! {
        <li class="persona-strip__item">
            <button
                class="persona-card"
                title=s.edit_persona_hint
                on:click=edit
                data-testid="persona-card"
                data-persona=id.0.to_string()
            >
                <span class="persona-card__name">{name}</span>
                {optional("persona-card__job", card.job)}
                {stakeholder
                    .map(|text| {
                        view! {
                            <span class="persona-card__stakeholder" data-testid="persona-card-stakeholder">
                                {text}
                            </span>
                        }
                    })}
                {optional("persona-card__goals", card.goals)}
            </button>
        </li>
    }
}
