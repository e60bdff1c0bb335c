//! One pain point or opportunity, editable: kind, description and its three scores. Shown in
//! the touchpoint editor and in the insights panel.

use leptos::prelude::*;
use sightline_engine::{
    Anchor, Edit, Insight, InsightId, InsightKind, Journey, ListEdit, PriorityQuadrant, StepId,
    Touchpoint, TouchpointId,
};
use wasm_bindgen::JsCast;

use crate::components::fields::{named, whole, ChoiceField, NumberField};
use crate::components::focus::focus_later;
use crate::store::JourneyStore;
use crate::strings::{strings, InsightField};

/// A kind's key, for styling and tests.
pub(crate) fn kind_key(kind: InsightKind) -> &'static str {
    match kind {
        InsightKind::PainPoint => "pain-point",
        InsightKind::Opportunity => "opportunity",
    }
}

/// A quadrant's key, for styling and tests.
pub(crate) fn quadrant_key(quadrant: PriorityQuadrant) -> &'static str {
    match quadrant {
        PriorityQuadrant::QuickWin => "quick-win",
        PriorityQuadrant::MajorProject => "major-project",
        PriorityQuadrant::FillIn => "fill-in",
        PriorityQuadrant::MoneyPit => "money-pit",
    }
}

/// Where an insight was found, in words: its step, and its touchpoint if it has one.
pub(crate) fn place(journey: &Journey, on: Anchor) -> String {
    place_from(
        on,
        |id| journey.step(id).map(|step| strings().step_name(step)),
        |id| journey.touchpoint(id).map(|t| (t.step, t.name.clone())),
    )
}

/// [`place`] from the store's per-item views, tracking only the step and touchpoint named.
fn place_in_store(store: JourneyStore, on: Anchor) -> String {
    place_from(
        on,
        |id| store.views().step(id, |step| strings().step_name(step)),
        |id| store.item::<Touchpoint, _>(id, |t| (t.step, t.name.clone())),
    )
}

/// Where an insight was found, in words, from a step's name and a touchpoint's step and name.
fn place_from(
    on: Anchor,
    step_name: impl Fn(StepId) -> Option<String>,
    touchpoint: impl Fn(TouchpointId) -> Option<(StepId, String)>,
) -> String {
    let s = strings();
    let step_name = |id| step_name(id).unwrap_or_default();
    match on {
        Anchor::Step(step) => (s.on_step)(&step_name(step)),
        Anchor::Touchpoint(id) => match touchpoint(id) {
            Some((step, name)) => (s.on_touchpoint)(&step_name(step), &name),
            None => String::new(),
        },
    }
}

/// The description an insight shows: its text, or a word that it has none yet.
pub(crate) fn description(insight: &Insight) -> String {
    if insight.text.trim().is_empty() {
        strings().insight_undescribed.to_owned()
    } else {
        insight.text.clone()
    }
}

/// The id of an insight's description field, so that a new one is described at once.
fn text_id(id: InsightId) -> String {
    format!("insight-text-{}", id.0)
}

/// Add a pain point or an opportunity with middle scores and put the caret in its
/// description.
pub(crate) fn add_insight(store: JourneyStore, kind: InsightKind, on: Anchor) {
    let id = store.with_untracked(|journey| journey.next_id::<Insight>());
    let insight = Insight::new(id, kind, on, "");
    if store
        .try_apply(Edit::Insight(ListEdit::Add(insight)))
        .is_ok()
    {
        focus_later(text_id(id), false);
    }
}

/// The fields of one pain point or opportunity, grouped and named by its kind and text.
#[component]
pub fn InsightFields(
    /// The insight edited.
    id: InsightId,
    /// Say where in the journey it was found (in a list of many places).
    #[prop(optional)]
    show_place: bool,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let s = strings();
    let insight = move || store.item::<Insight, _>(id, Clone::clone);
    let update = move |change: &dyn Fn(&mut Insight)| store.set_item::<Insight>(id, |i| change(i));
    let kind = move || insight().map(|i| i.kind);
    let kind_name = move || kind().map(|k| (s.insight_kind)(k)).unwrap_or_default();
    let title = move || {
        insight()
            .map(|i| format!("{}: {}", kind_name(), description(&i)))
            .unwrap_or_default()
    };
    let here = move || insight().map(|i| place_in_store(store, i.on));
    let quadrant = move || {
        insight().map(|i| {
            let quadrant = PriorityQuadrant::of(i.value(), i.effort);
            (s.priority_is)((s.priority_quadrant)(quadrant))
        })
    };
    let score = move |read: fn(&Insight) -> u8,
                      write: fn(&mut Insight, u8),
                      field: InsightField,
                      testid: &'static str| {
        view! {
            <NumberField
                label=(s.insight_field)(field).to_owned()
                value=Signal::derive(move || insight().map(|i| read(&i).into()))
                on_commit=Callback::new(move |value| {
                    let score = whole(value)?;
                    Ok(update(&|i| write(i, score))?)
                })
                testid
            />
        }
    };
    // The focus would fall back to the page: give it to the first add button of the list
    // this insight was in, if there is one.
    let remove = move |event: leptos::ev::MouseEvent| {
        let next = event
            .current_target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|button| button.closest("[data-insights]").ok().flatten())
            .and_then(|list| list.query_selector(".insights__add button").ok().flatten())
            .and_then(|next| next.dyn_into::<web_sys::HtmlElement>().ok());
        store.apply(Edit::Insight(ListEdit::Remove(id)));
        if let Some(next) = next {
            request_animation_frame(move || {
                let _ = next.focus();
            });
        }
    };
    view! {
        <fieldset
            class=move || format!("insight insight--{}", kind().map(kind_key).unwrap_or_default())
            data-testid="insight"
            data-kind=move || kind().map(kind_key)
        >
            <legend class="visually-hidden">{title}</legend>
            {show_place
                .then(|| view! { <p class="insight__place" data-testid="insight-place">{here}</p> })}
            <div class="insight__head">
                <ChoiceField
                    label=(s.insight_field)(InsightField::Kind).to_owned()
                    options=named(&InsightKind::ALL, |k| (s.insight_kind)(k))
                    value=Signal::derive(kind)
                    on_choose=Callback::new(move |choice: Option<InsightKind>| {
                        if let Some(kind) = choice {
                            let _ = update(&|i| i.kind = kind);
                        }
                    })
                    testid="insight-kind"
                />
                <button
                    class="button button--small button--danger"
                    aria-label=move || {
                        insight()
                            .map(|i| (s.remove_insight)(&kind_name().to_lowercase(), &description(&i)))
                    }
                    on:click=remove
                    data-testid="remove-insight"
                >
                    "×"
                </button>
            </div>
            <label class="editor__field">
                <span>{(s.insight_field)(InsightField::Description)}</span>
                <textarea
                    id=text_id(id)
                    class="insight__text"
                    rows="2"
                    prop:value=move || insight().map(|i| i.text).unwrap_or_default()
                    on:input=move |event| {
                        let text = event_target_value(&event);
                        let _ = update(&|i| i.text = text.clone());
                    }
                    data-testid="insight-text"
                ></textarea>
            </label>
            <div class="insight__scores">
                {score(|i| i.customer_value, |i, v| i.customer_value = v, InsightField::CustomerValue, "insight-customer-value")}
                {score(|i| i.business_value, |i, v| i.business_value = v, InsightField::BusinessValue, "insight-business-value")}
                {score(|i| i.effort, |i, v| i.effort = v, InsightField::Effort, "insight-effort")}
            </div>
            <p class="editor__note" data-testid="insight-quadrant">{quadrant}</p>
        </fieldset>
    }
}
