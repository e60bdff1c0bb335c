//! The value effects of a touchpoint: for whom, which aspect, how much.

use leptos::prelude::*;
use sightline_engine::{
    Aspect, Edit, EffectKind, StakeholderId, Touchpoint, TouchpointId, ValueEffect,
};

use crate::components::fields::{named, required, ChoiceField, NumberField};
use crate::store::JourneyStore;
use crate::strings::{strings, Amount};

/// The list of a touchpoint's value effects, with a button to add one.
#[component]
pub fn Effects(
    /// The touchpoint edited.
    id: TouchpointId,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let s = strings();
    // Rows are rebuilt only when an effect is added or removed, not while amounts are typed.
    let count = Memo::new(move |_| {
        store
            .item::<Touchpoint, _>(id, |t| t.effects.len())
            .unwrap_or(0)
    });
    let first_stakeholder =
        Memo::new(move |_| store.with(|journey| journey.stakeholders.first().map(|s| s.id)));
    let add = move |_| {
        if let Some(stakeholder) = first_stakeholder.get_untracked() {
            let effect = ValueEffect {
                stakeholder,
                kind: Aspect::Outcome.zero(),
            };
            store.apply(Edit::AddEffect { id, effect });
        }
    };
    view! {
        <fieldset class="editor__group" data-testid="effects">
            <legend>{s.effects}</legend>
            {move || (0..count.get()).map(|index| view! { <EffectRow id index /> }).collect_view()}
            <button
                class="button"
                on:click=add
                disabled=move || first_stakeholder.get().is_none()
                data-testid="add-effect"
            >
                {s.add_effect}
            </button>
        </fieldset>
    }
}

/// One value effect: stakeholder, aspect and the aspect's amounts.
#[component]
fn EffectRow(
    /// The touchpoint.
    id: TouchpointId,
    /// Position of the effect in the touchpoint's list.
    index: usize,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let s = strings();
    let effect = Memo::new(move |_| {
        store
            .item::<Touchpoint, _>(id, |t| t.effects.get(index).copied())
            .flatten()
    });
    let replace = move |change: &dyn Fn(&mut ValueEffect)| {
        let Some(mut updated) = effect.get_untracked() else {
            return Ok(());
        };
        change(&mut updated);
        store.try_apply(Edit::SetEffect {
            id,
            index,
            effect: updated,
        })
    };
    // A memo, so that the amount fields are rebuilt only when the aspect changes, not when an
    // amount does.
    let aspect = Memo::new(move |_| effect.with(|e| e.map(|e| e.kind.aspect())));
    let amount =
        move |label: Amount, read: fn(&EffectKind) -> f64, write: fn(&mut EffectKind, f64)| {
            view! {
                <NumberField
                    label=(s.amount)(label).to_owned()
                    value=Signal::derive(move || effect.get().map(|e| read(&e.kind)))
                    on_commit=Callback::new(move |value| {
                        let value = required(value)?;
                        Ok(replace(&|e| write(&mut e.kind, value))?)
                    })
                    testid="effect-amount"
                />
            }
        };
    let amounts = move || match aspect.get() {
        Some(Aspect::Outcome) => view! {
            {amount(Amount::Potential, |k| field(k, 0), |k, v| set_field(k, 0, v))}
            {amount(Amount::Realised, |k| field(k, 1), |k, v| set_field(k, 1, v))}
        }
        .into_any(),
        Some(Aspect::Cost) => view! {
            {amount(Amount::Money, |k| field(k, 0), |k, v| set_field(k, 0, v))}
            {amount(Amount::Time, |k| field(k, 1), |k, v| set_field(k, 1, v))}
            {amount(Amount::Resources, |k| field(k, 2), |k, v| set_field(k, 2, v))}
        }
        .into_any(),
        Some(Aspect::Risk) => view! {
            {amount(Amount::Probability, |k| field(k, 0), |k, v| set_field(k, 0, v))}
            {amount(Amount::Impact, |k| field(k, 1), |k, v| set_field(k, 1, v))}
        }
        .into_any(),
        None => ().into_any(),
    };
    let remove = move |_| store.apply(Edit::RemoveEffect { id, index });
    view! {
        <div class="effect" data-testid="effect">
            <ChoiceField
                label=s.effect_for.to_owned()
                options=Signal::derive(move || store.stakeholder_names())
                value=Signal::derive(move || effect.get().map(|e| e.stakeholder))
                on_choose=Callback::new(move |choice: Option<StakeholderId>| {
                    if let Some(stakeholder) = choice {
                        let _ = replace(&|e| e.stakeholder = stakeholder);
                    }
                })
                testid="effect-stakeholder"
            />
            <ChoiceField
                label=s.aspect.to_owned()
                options=named(&Aspect::ALL, |a| s.aspect(a))
                value=aspect
                on_choose=Callback::new(move |choice: Option<Aspect>| {
                    if let Some(aspect) = choice {
                        let _ = replace(&|e| {
                            if e.kind.aspect() != aspect {
                                e.kind = aspect.zero();
                            }
                        });
                    }
                })
                testid="effect-aspect"
            />
            <div class="effect__amounts">{amounts}</div>
            <button
                class="button button--small"
                aria-label=(s.remove_effect)(index + 1)
                on:click=remove
            >
                "×"
            </button>
        </div>
    }
}

/// The `n`th amount of an effect, in the order the amount labels list them per aspect.
fn field(kind: &EffectKind, n: usize) -> f64 {
    match (*kind, n) {
        (EffectKind::Outcome { potential, .. }, 0) => potential,
        (EffectKind::Outcome { realised, .. }, _) => realised,
        (EffectKind::Cost { money, .. }, 0) => money,
        (EffectKind::Cost { time, .. }, 1) => time,
        (EffectKind::Cost { resources, .. }, _) => resources,
        (EffectKind::Risk { probability, .. }, 0) => probability,
        (EffectKind::Risk { impact, .. }, _) => impact,
    }
}

/// Set the `n`th amount of an effect.
fn set_field(kind: &mut EffectKind, n: usize, value: f64) {
    match (kind, n) {
        (EffectKind::Outcome { potential, .. }, 0) => *potential = value,
        (EffectKind::Outcome { realised, .. }, _) => *realised = value,
        (EffectKind::Cost { money, .. }, 0) => *money = value,
        (EffectKind::Cost { time, .. }, 1) => *time = value,
        (EffectKind::Cost { resources, .. }, _) => *resources = value,
        (EffectKind::Risk { probability, .. }, 0) => *probability = value,
        (EffectKind::Risk { impact, .. }, _) => *impact = value,
    }
}
