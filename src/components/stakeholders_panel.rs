//! The stakeholders of the journey: who they are, their standing, and how they weigh value.

use leptos::prelude::*;
use sightline_engine::{Edit, MapQuadrant, Role, Side, Stakeholder, StakeholderId};

use crate::components::column_heads::ColumnHeads;
use crate::components::fields::{named, required, whole, ChoiceField, NumberField};
use crate::store::JourneyStore;
use crate::strings::{strings, StakeholderField};

/// A table of stakeholders, one editable row each, and a button that adds one.
#[component]
pub fn StakeholdersPanel() -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let s = strings();
    let ids = Memo::new(move |_| {
        store.with(|journey| {
            journey
                .stakeholders
                .iter()
                .map(|s| s.id)
                .collect::<Vec<_>>()
        })
    });
    let add = move |_| {
        let id = store.with_untracked(|journey| journey.next_id::<Stakeholder>());
        let stakeholder = Stakeholder::new(id, s.new_stakeholder, Role::Other, Side::Consumer);
        store.apply(Edit::AddStakeholder(stakeholder));
    };
    view! {
        <section class="panel" aria-labelledby="stakeholders-title">
            <h2 id="stakeholders-title" class="panel__title">
                {s.stakeholders}
            </h2>
            <div class="panel__scroll">
                <table class="stakeholders" data-testid="stakeholders">
                    <ColumnHeads names=&s.stakeholder_columns />
                    <tbody>
                        <For
                            each=move || ids.get()
                            key=|id| *id
                            children=|id| view! { <StakeholderRow id /> }
                        />
                    </tbody>
                </table>
            </div>
            <button class="button" on:click=add data-testid="add-stakeholder">
                {s.add_stakeholder}
            </button>
        </section>
    }
}

/// One stakeholder's editable row.
#[component]
fn StakeholderRow(
    /// The stakeholder.
    id: StakeholderId,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let s = strings();
    let stakeholder = move || store.item::<Stakeholder, _>(id, Clone::clone);
    let name = move || {
        store
            .item::<Stakeholder, _>(id, |s| s.name.clone())
            .unwrap_or_default()
    };
    let update =
        move |change: &dyn Fn(&mut Stakeholder)| store.set_item::<Stakeholder>(id, |s| change(s));
    let label = move |field: StakeholderField| {
        Signal::derive(move || (s.stakeholder_field)(field, &name()))
    };
    let standing = move |read: fn(&Stakeholder) -> u8, write: fn(&mut Stakeholder, u8), field| {
        view! {
            <td>
                <NumberField
                    label=label(field)
                    value=Signal::derive(move || stakeholder().map(|s| read(&s).into()))
                    on_commit=Callback::new(move |value| {
                        let value = whole(value)?;
                        Ok(update(&|s| write(s, value))?)
                    })
                    hide_label=true
                />
            </td>
        }
    };
    let weight = move |read: fn(&Stakeholder) -> f64, write: fn(&mut Stakeholder, f64), field| {
        view! {
            <td>
                <NumberField
                    label=label(field)
                    value=Signal::derive(move || stakeholder().map(|s| read(&s)))
                    on_commit=Callback::new(move |value| {
                        let value = required(value)?;
                        Ok(update(&|s| write(s, value))?)
                    })
                    hide_label=true
                />
            </td>
        }
    };
    let quadrant = move || {
        stakeholder().map(|s| strings().map_quadrant(MapQuadrant::of((s.influence, s.interest))))
    };
    let remove = move |_| store.apply(Edit::RemoveStakeholder { id });
    view! {
        <tr data-testid="stakeholder">
            <td>
                <input
                    class="stakeholders__name"
                    aria-label=label(StakeholderField::Name)
                    prop:value=name
                    on:change=move |event| {
                        let name = event_target_value(&event);
                        let _ = update(&|s| s.name = name.clone());
                    }
                    data-testid="stakeholder-name"
                />
            </td>
            <td>
                <ChoiceField
                    label=label(StakeholderField::Role)
                    options=named(&Role::ALL, |r| s.role(r))
                    value=Signal::derive(move || stakeholder().map(|s| s.role))
                    on_choose=Callback::new(move |choice: Option<Role>| {
                        if let Some(role) = choice {
                            let _ = update(&|s| s.role = role);
                        }
                    })
                    hide_label=true
                />
            </td>
            <td>
                <ChoiceField
                    label=label(StakeholderField::Side)
                    options=named(&Side::ALL, |side| s.side(side))
                    value=Signal::derive(move || stakeholder().map(|s| s.side))
                    on_choose=Callback::new(move |choice: Option<Side>| {
                        if let Some(side) = choice {
                            let _ = update(&|s| s.side = side);
                        }
                    })
                    hide_label=true
                />
            </td>
            {standing(|s| s.influence, |s, v| s.influence = v, StakeholderField::Influence)}
            {standing(|s| s.interest, |s, v| s.interest = v, StakeholderField::Interest)}
            {weight(|s| s.weights.outcomes, |s, v| s.weights.outcomes = v, StakeholderField::OutcomeWeight)}
            {weight(|s| s.weights.costs, |s, v| s.weights.costs = v, StakeholderField::CostWeight)}
            {weight(|s| s.weights.risks, |s, v| s.weights.risks = v, StakeholderField::RiskWeight)}
            <td data-testid="stakeholder-quadrant">{quadrant}</td>
            <td>
                <button
                    class="button button--small button--danger"
                    aria-label=move || (s.remove_stakeholder)(&name())
                    on:click=remove
                >
                    "×"
                </button>
            </td>
        </tr>
    }
}
