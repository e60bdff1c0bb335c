//! Who takes part in a touchpoint, how it feels to them, and whether it matters to the
//! customer as much as the provider invests in it.

use leptos::prelude::*;
use sightline_engine::{
    Edit, EffortQuadrant, ElementKind, StakeholderId, Touchpoint, TouchpointId,
};

use crate::components::fields::{named, whole, ChoiceField, NumberField, Refusal};
use crate::store::JourneyStore;
use crate::strings::strings;

/// The experience fields of one touchpoint.
#[component]
pub fn Experience(
    /// The touchpoint edited.
    id: TouchpointId,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let s = strings();
    // Memos of what each field shows, so that an edit of anything else (a name being typed)
    // leaves the fields alone.
    let element = shown(store, id, |t| Some(t.element));
    let scores = shown(store, id, |t| Some((t.importance, t.effort)));
    let scores = move || scores.get().unwrap_or((3, 3));
    let set_scores = move |importance: u8, effort: u8| -> Result<(), Refusal> {
        Ok(store.try_apply(Edit::SetScores {
            id,
            importance,
            effort,
        })?)
    };
    let quadrant = move || {
        let (importance, effort) = scores();
        (s.effort_quadrant_is)(s.effort_quadrant(EffortQuadrant::of(importance, effort)))
    };
    let initiator = shown(store, id, |t| t.initiator);
    let stakeholders = move || store.stakeholder_names();
    view! {
        <ChoiceField
            label=s.element.to_owned()
            options=named(&ElementKind::ALL, |e| s.element(e))
            value=element
            on_choose=Callback::new(move |choice: Option<ElementKind>| {
                if let Some(element) = choice {
                    store.apply(Edit::SetElement { id, element });
                }
            })
            testid="touchpoint-element"
        />
        <div class="editor__pair">
            <NumberField
                label=s.importance.to_owned()
                value=Signal::derive(move || Some(scores().0.into()))
                on_commit=Callback::new(move |value| set_scores(whole(value)?, scores().1))
                testid="touchpoint-importance"
            />
            <NumberField
                label=s.effort.to_owned()
                value=Signal::derive(move || Some(scores().1.into()))
                on_commit=Callback::new(move |value| set_scores(scores().0, whole(value)?))
                testid="touchpoint-effort"
            />
        </div>
        <p class="editor__note" data-testid="touchpoint-quadrant">{quadrant}</p>
        <ChoiceField
            label=s.initiator.to_owned()
            options=Signal::derive(stakeholders)
            value=initiator
            on_choose=Callback::new(move |initiator| store.apply(Edit::SetInitiator { id, initiator }))
            empty=s.not_recorded
            testid="touchpoint-initiator"
        />
        <fieldset class="editor__group">
            <legend>{s.participants}</legend>
            {move || {
                stakeholders()
                    .into_iter()
                    .map(|(stakeholder, name)| view! { <Participant id stakeholder name /> })
                    .collect_view()
            }}
        </fieldset>
    }
}

/// What one field of touchpoint `id` shows, in a memo of its own over the touchpoint's view.
fn shown<T>(
    store: JourneyStore,
    id: TouchpointId,
    field: fn(&Touchpoint) -> Option<T>,
) -> Memo<Option<T>>
where
    T: PartialEq + Send + Sync + 'static,
{
    Memo::new(move |_| store.item::<Touchpoint, _>(id, field).flatten())
}

/// One stakeholder's participation in a touchpoint, and their emotion there if they take part.
#[component]
fn Participant(
    /// The touchpoint.
    id: TouchpointId,
    /// The stakeholder.
    stakeholder: StakeholderId,
    /// The stakeholder's name.
    name: String,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let s = strings();
    let takes_part = move || {
        store
            .item::<Touchpoint, _>(id, |t| t.participants.contains(&stakeholder))
            .unwrap_or(false)
    };
    let emotion = Signal::derive(move || {
        store
            .item::<Touchpoint, _>(id, |t| {
                t.emotions
                    .iter()
                    .find(|e| e.stakeholder == stakeholder)
                    .map(|e| e.value)
            })
            .flatten()
    });
    let toggle = move |event| {
        let takes_part = event_target_checked(&event);
        store.apply(Edit::SetParticipation {
            id,
            stakeholder,
            takes_part,
        });
    };
    let scale = store.with_untracked(|journey| journey.settings.emotion_scale);
    let emotion_label = (s.emotion_of)(&name, &s.number(scale.min), &s.number(scale.max));
    let set_emotion = Callback::new(move |value: Option<f64>| -> Result<(), Refusal> {
        Ok(store.try_apply(Edit::SetEmotion {
            id,
            stakeholder,
            value,
        })?)
    });
    view! {
        <div class="participant">
            <label class="participant__toggle">
                <input type="checkbox" prop:checked=takes_part on:change=toggle />
                {name.clone()}
            </label>
            <Show when=move || takes_part() || emotion.with(Option::is_some)>
                <NumberField
                    label=emotion_label.clone()
                    value=emotion
                    on_commit=set_emotion
                    testid="participant-emotion"
                />
            </Show>
        </div>
    }
}
