//! ΔV and ΔL of a comparison: per step with the totals per side and in total, and per
//! stakeholder; gains and losses in words and in colour.

use leptos::prelude::*;
use sightline_engine::{Delta, Journey, Shift, Side, Stage, StakeholderId, Units};

use crate::strings::strings;
use crate::versions::Shown;

/// The unit the deltas are shown in: the to-be's (the comparison warns when they differ).
fn unit(shown: &Shown) -> String {
    match &shown.comparison.unit {
        Units::Same(unit) | Units::Differ { to_be: unit, .. } => unit.clone(),
    }
}

/// A figure in the unit of value.
fn figure(value: f64, unit: &str) -> String {
    let s = strings();
    (s.with_unit)(&s.number(value), unit)
}

fn shift_class(shift: Shift) -> &'static str {
    match shift {
        Shift::Gain => "compare__delta compare__delta--gain",
        Shift::Loss => "compare__delta compare__delta--loss",
        Shift::Even => "compare__delta",
    }
}

/// A row's name, marked when only one side has it.
fn paired_name(name: String, as_is: bool, to_be: bool) -> String {
    let s = strings();
    match (as_is, to_be) {
        (false, true) => (s.compare.only_to_be)(&name),
        (true, false) => (s.compare.only_as_is)(&name),
        _ => name,
    }
}

/// One row: its name, V in each, ΔV and ΔL. Step rows carry their stage for the tests.
#[component]
fn DeltaRow(
    /// Whose figures.
    name: String,
    /// The figures in both journeys.
    delta: Delta,
    /// The unit of value.
    unit: String,
    /// The row's hook: `delta-step`, `delta-side`, `delta-total` or `delta-stakeholder`.
    testid: &'static str,
    /// A step's ITIL stage.
    #[prop(optional)]
    stage: Option<Stage>,
) -> impl IntoView {
    let s = strings();
    let stage = stage.map(Stage::key);
    let cell = |testid: &'static str| stage.map(|_| testid);
    let (value, leakage) = (delta.value(), delta.leakage());
    view! {
        <tr data-testid=testid data-stage=stage>
            <th scope="row">{name}</th>
            <td>{figure(delta.as_is.value, &unit)}</td>
            <td>{figure(delta.to_be.value, &unit)}</td>
            <td class=shift_class(delta.value_shift()) data-testid=cell("delta-v") data-stage=stage>
                {(s.compare.value_shift)(delta.value_shift(), &figure(value.abs(), &unit))}
            </td>
            <td class=shift_class(delta.leakage_shift()) data-testid=cell("delta-l") data-stage=stage>
                {(s.compare.leakage_shift)(delta.leakage_shift(), &figure(leakage.abs(), &unit))}
            </td>
        </tr>
    }
}

fn step_name(journey: &Journey, id: Option<sightline_engine::StepId>) -> Option<String> {
    id.and_then(|id| journey.step(id))
        .map(|step| strings().step_name(step))
}

fn stakeholder_name(journey: &Journey, id: Option<StakeholderId>) -> Option<String> {
    let id = id?;
    journey
        .stakeholders
        .iter()
        .find(|stakeholder| stakeholder.id == id)
        .map(|stakeholder| stakeholder.name.clone())
}

/// The head of a table of deltas, its first column named `first`.
fn head(first: &'static str) -> impl IntoView {
    let columns = strings().compare.columns;
    view! {
        <thead>
            <tr>
                <th scope="col">{first}</th>
                {columns[1..].iter().map(|column| view! { <th scope="col">{*column}</th> }).collect_view()}
            </tr>
        </thead>
    }
}

/// ΔV and ΔL per step, in the comparison's step order, then per side and in total.
#[component]
pub fn DeltaTable(
    /// The comparison and its two journeys.
    shown: Shown,
) -> impl IntoView {
    let s = strings();
    let unit = unit(&shown);
    let steps = shown
        .comparison
        .steps
        .iter()
        .map(|step| {
            let name = step_name(&shown.to_be, step.step.to_be)
                .or_else(|| step_name(&shown.as_is, step.step.as_is))
                .unwrap_or_default();
            let name = paired_name(name, step.step.as_is.is_some(), step.step.to_be.is_some());
            view! {
                <DeltaRow name delta=step.total unit=unit.clone() testid="delta-step" stage=step.stage />
            }
        })
        .collect_view();
    let sides = Side::ALL
        .into_iter()
        .map(|side| {
            let name = (s.side_total)(side).to_owned();
            let delta = shown.comparison.by_side.side(side);
            view! { <DeltaRow name delta unit=unit.clone() testid="delta-side" /> }
        })
        .collect_view();
    let total = shown.comparison.total;
    view! {
        <div class="panel__scroll">
            <table class="figures compare__table" data-testid="compare-steps">
                <caption class="compare__caption">{s.compare.caption}</caption>
                {head(s.compare.columns[0])}
                <tbody>{steps}</tbody>
                <tfoot>
                    {sides}
                    <DeltaRow name=s.total.to_owned() delta=total unit=unit.clone() testid="delta-total" />
                </tfoot>
            </table>
        </div>
    }
}

/// ΔV and ΔL per stakeholder over the whole journey.
#[component]
pub fn StakeholderDeltas(
    /// The comparison and its two journeys.
    shown: Shown,
) -> impl IntoView {
    let s = strings();
    let unit = unit(&shown);
    let rows = shown
        .comparison
        .stakeholders
        .iter()
        .map(|row| {
            let who = row.stakeholder;
            let name = stakeholder_name(&shown.to_be, who.to_be)
                .or_else(|| stakeholder_name(&shown.as_is, who.as_is))
                .unwrap_or_default();
            let name = paired_name(name, who.as_is.is_some(), who.to_be.is_some());
            view! { <DeltaRow name delta=row.total unit=unit.clone() testid="delta-stakeholder" /> }
        })
        .collect_view();
    view! {
        <div class="panel__scroll">
            <table class="figures compare__table" data-testid="compare-stakeholders">
                <caption class="compare__caption">{s.compare.by_stakeholder}</caption>
                {head(s.compare.stakeholder)}
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
