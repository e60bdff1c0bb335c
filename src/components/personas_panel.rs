//! The personas of the journey: the people designers picture behind its stakeholders, each
//! with a job, goals and a short description.

use leptos::prelude::*;
use sightline_engine::{Edit, ListEdit, Persona, PersonaId, StakeholderId};

use crate::components::fields::ChoiceField;
use crate::components::focus::focus_later;
use crate::store::JourneyStore;
use crate::strings::{strings, PersonaField};

/// The id of a persona's name field, so that the persona strip can move the focus to it.
pub fn persona_name_id(id: PersonaId) -> String {
    format!("persona-name-{}", id.0)
}

/// The id of the add button.
const ADD_ID: &str = "add-persona";

/// Every persona of the journey, each an editable card, and a way to add one for a chosen
/// stakeholder.
#[component]
pub fn PersonasPanel() -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let s = strings();
    let ids = Memo::new(move |_| {
        store.with(|journey| journey.personas.iter().map(|p| p.id).collect::<Vec<_>>())
    });
    // A memo, so that typing elsewhere does not redraw the picker's options.
    let stakeholders = Memo::new(move |_| store.stakeholder_names());
    let chosen = RwSignal::new(None::<StakeholderId>);
    // The stakeholder picked for the next persona; the first until one is picked, and again
    // the first if the picked one is removed.
    let target = Signal::derive(move || {
        stakeholders.with(|all| {
            chosen
                .get()
                .filter(|id| all.iter().any(|(s, _)| s == id))
                .or_else(|| all.first().map(|(id, _)| *id))
        })
    });
    let add = move |_| {
        let Some(stakeholder) = target.get_untracked() else {
            return;
        };
        let id = store.with_untracked(|journey| journey.next_id::<Persona>());
        let persona = Persona::new(id, stakeholder, s.new_persona);
        if store
            .try_apply(Edit::Persona(ListEdit::Add(persona)))
            .is_ok()
        {
            focus_later(persona_name_id(id), true);
        }
    };
    let has_stakeholders = move || stakeholders.with(|all| !all.is_empty());
    view! {
        <section class="panel personas" aria-labelledby="personas-title" data-testid="personas">
            <h2 id="personas-title" class="panel__title">
                {s.personas}
            </h2>
            <p class="panel__intro">{s.personas_intro}</p>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="personas__empty" data-testid="personas-empty">
                    {s.no_personas}
                </p>
            </Show>
            <ul class="personas__list">
                <For
                    each=move || ids.get()
                    key=|id| *id
                    children=move |id| view! { <PersonaEditor id ids /> }
                />
            </ul>
            <Show
                when=has_stakeholders
                fallback=move || {
                    view! { <p class="panel__intro">{s.personas_need_stakeholder}</p> }
                }
            >
                <div class="personas__add">
                    <ChoiceField
                        label=s.persona_for.to_owned()
                        options=stakeholders
                        value=target
                        on_choose=Callback::new(move |choice| chosen.set(choice))
                        class="panel__control"
                        testid="persona-new-stakeholder"
                    />
                    <button id=ADD_ID class="button" on:click=add data-testid="add-persona">
                        {s.add_persona}
                    </button>
                </div>
            </Show>
        </section>
    }
}

/// One persona's fields. Typing is one undo step per pause: every keystroke replaces the
/// persona, and the history merges replacements of one persona.
#[component]
fn PersonaEditor(
    /// The persona edited.
    id: PersonaId,
    /// Every persona, in order, to find where the focus goes when this one is removed.
    ids: Memo<Vec<PersonaId>>,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let s = strings();
    let persona = move |read: &dyn Fn(&Persona) -> String| store.item::<Persona, _>(id, read);
    let update = move |change: &dyn Fn(&mut Persona)| store.set_item::<Persona>(id, |p| change(p));
    let read = move |field: fn(&Persona) -> &String| {
        move || persona(&|p| field(p).clone()).unwrap_or_default()
    };
    let shown_name = move || {
        persona(&|p| p.name.clone())
            .filter(|name| !name.trim().is_empty())
            .unwrap_or_else(|| s.unnamed_persona.to_owned())
    };
    let remove = move |_| {
        let next = ids.with_untracked(|ids| {
            let position = ids.iter().position(|p| *p == id)?;
            ids.get(position + 1)
                .or_else(|| position.checked_sub(1).and_then(|before| ids.get(before)))
                .copied()
        });
        store.apply(Edit::Persona(ListEdit::Remove(id)));
        match next {
            Some(next) => focus_later(persona_name_id(next), false),
            None => focus_later(ADD_ID.to_owned(), false),
        }
    };
    let text_input = move |field: fn(&mut Persona) -> &mut String| {
        move |event: leptos::ev::Event| {
            let text = event_target_value(&event);
            let _ = update(&|p| *field(p) = text.clone());
        }
    };
    let label = |field: PersonaField| (s.persona_field)(field);
    // A memo, so that typing in this persona does not redraw the picker's options.
    let stakeholders = Memo::new(move |_| store.stakeholder_names());
    view! {
        <li class="persona" data-testid="persona" data-persona=id.0.to_string()>
            <fieldset class="persona__fields">
                <legend class="persona__legend">{shown_name}</legend>
                <ChoiceField
                    label=label(PersonaField::Stakeholder).to_owned()
                    options=stakeholders
                    value=Signal::derive(move || store.item::<Persona, _>(id, |p| p.stakeholder))
                    on_choose=Callback::new(move |choice: Option<StakeholderId>| {
                        if let Some(stakeholder) = choice {
                            let _ = update(&|p| p.stakeholder = stakeholder);
                        }
                    })
                    testid="persona-stakeholder"
                />
                <label class="editor__field">
                    <span>{label(PersonaField::Name)}</span>
                    <input
                        id=persona_name_id(id)
                        prop:value=read(|p| &p.name)
                        on:input=text_input(|p| &mut p.name)
                        data-testid="persona-name"
                    />
                </label>
                <label class="editor__field">
                    <span>{label(PersonaField::Job)}</span>
                    <input
                        prop:value=read(|p| &p.job)
                        on:input=text_input(|p| &mut p.job)
                        data-testid="persona-job"
                    />
                </label>
                <label class="editor__field">
                    <span>{label(PersonaField::Goals)}</span>
                    <textarea
                        rows="2"
                        prop:value=read(|p| &p.goals)
                        on:input=text_input(|p| &mut p.goals)
                        data-testid="persona-goals"
                    ></textarea>
                </label>
                <label class="editor__field">
                    <span>{label(PersonaField::Description)}</span>
                    <textarea
                        rows="3"
                        prop:value=read(|p| &p.description)
                        on:input=text_input(|p| &mut p.description)
                        data-testid="persona-description"
                    ></textarea>
                </label>
                <button
                    class="button button--small button--danger persona__remove"
                    aria-label=move || (s.remove_persona)(&shown_name())
                    on:click=remove
                    data-testid="remove-persona"
                >
                    {s.remove}
                </button>
            </fieldset>
        </li>
    }
}
