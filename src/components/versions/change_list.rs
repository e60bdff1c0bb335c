//! What changed between the as-is and the to-be, in words, each change a way to its step or
//! touchpoint in the open journey; and the findings that appeared or were resolved.

use leptos::prelude::*;
use sightline_engine::{Annotation, Change, ChangeKind, FindingChange, Journey, Spot, StepId};

use crate::components::findings_list::{explain, who_of};
use crate::store::JourneyStore;
use crate::strings::strings;
use crate::versions::{Lead, Shown};
use crate::view_choice::ViewChoice;

/// The longest text of a pain point or opportunity quoted in a change.
const QUOTED_CHARS: usize = 80;

/// The name of what a change is about in one journey, at its spot there.
fn name_at(journey: &Journey, kind: ChangeKind, spot: &Spot) -> Option<String> {
    let s = strings();
    use ChangeKind::*;
    match kind {
        StepAdded | StepRemoved | StepRenamed | StepRestaged | StepReordered => {
            journey.step(spot.step).map(|step| s.step_name(step))
        }
        TouchpointAdded | TouchpointRemoved | TouchpointRenamed | TouchpointMoved
        | EffectsChanged | EmotionsChanged => spot
            .touchpoint
            .and_then(|id| journey.touchpoint(id))
            .map(|touchpoint| touchpoint.name.clone()),
        KpiAdded | KpiRemoved | KpiChanged => match spot.annotation {
            Some(Annotation::Kpi(id)) => journey.kpis.iter().find(|kpi| kpi.id == id).map(|kpi| {
                kpi.label
                    .clone()
                    .unwrap_or_else(|| (s.measure)(kpi.measure).to_owned())
            }),
            _ => None,
        },
        InsightAdded | InsightRemoved | InsightChanged => match spot.annotation {
            Some(Annotation::Insight(id)) => journey
                .insights
                .iter()
                .find(|insight| insight.id == id)
                .map(|insight| insight.text.chars().take(QUOTED_CHARS).collect()),
            _ => None,
        },
    }
}

/// What a change is about, in words: the item's name (a rename, both names).
fn subject(change: &Change, shown: &Shown) -> String {
    let s = strings();
    let in_as_is = change
        .as_is
        .as_ref()
        .and_then(|spot| name_at(&shown.as_is, change.kind, spot));
    let in_to_be = change
        .to_be
        .as_ref()
        .and_then(|spot| name_at(&shown.to_be, change.kind, spot));
    use ChangeKind::*;
    match change.kind {
        StepRenamed | TouchpointRenamed => {
            (s.compare.renamed)(&in_as_is.unwrap_or_default(), &in_to_be.unwrap_or_default())
        }
        StepRemoved | TouchpointRemoved | KpiRemoved | InsightRemoved => {
            (s.compare.quoted)(&in_as_is.or(in_to_be).unwrap_or_default())
        }
        _ => (s.compare.quoted)(&in_to_be.or(in_as_is).unwrap_or_default()),
    }
}

/// Where a spot of the side that has the open journey's ids leads in the open journey: its
/// touchpoint if it is there, else its step if it is there.
#[derive(Clone, Copy)]
enum Target {
    Touchpoint(sightline_engine::TouchpointId),
    Step(StepId),
}

fn target(store: JourneyStore, spot: Option<&Spot>) -> Option<Target> {
    let spot = spot?;
    store.with_untracked(|journey| {
        if let Some(id) = spot
            .touchpoint
            .filter(|id| journey.touchpoint(*id).is_some())
        {
            Some(Target::Touchpoint(id))
        } else {
            journey.step(spot.step).map(|_| Target::Step(spot.step))
        }
    })
}

/// The changes, steps first, each leading to its place in the open journey where it is.
#[component]
pub fn ChangeList(
    /// The comparison and its two journeys.
    shown: Shown,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let view_choice = expect_context::<ViewChoice>();
    let s = strings();
    let items = shown
        .comparison
        .changes
        .iter()
        .map(|change| {
            let text = (s.compare.change)(change.kind, &subject(change, &shown));
            let kind = format!("{:?}", change.kind);
            let spot = match shown.lead {
                Some(Lead::AsIs) => change.as_is.as_ref(),
                Some(Lead::ToBe) => change.to_be.as_ref(),
                None => None,
            };
            match target(store, spot) {
                Some(target) => {
                    let go = move |_| match target {
                        Target::Touchpoint(id) => view_choice.show_touchpoint(id),
                        Target::Step(id) => view_choice.show_step(id),
                    };
                    view! {
                        <li>
                            <button
                                type="button"
                                class="compare__change"
                                on:click=go
                                data-testid="change"
                                data-kind=kind
                            >
                                {text}
                            </button>
                        </li>
                    }
                    .into_any()
                }
                None => view! {
                    <li class="compare__change" data-testid="change" data-kind=kind>
                        {text}
                    </li>
                }
                .into_any(),
            }
        })
        .collect_view();
    let none = shown.comparison.changes.is_empty();
    view! {
        <section class="compare__section" aria-labelledby="compare-changes-title">
            <h3 id="compare-changes-title" class="versions__subtitle">
                {s.compare.changes}
            </h3>
            {none.then(|| view! { <p>{s.compare.none}</p> })}
            <ul class="compare__changes" data-testid="changes">
                {items}
            </ul>
        </section>
    }
}

/// One finding that appeared (named in the to-be) or was resolved (named in the as-is), with
/// a way to its step in the open journey where it is.
fn finding_item(
    change: &FindingChange,
    journey: &Journey,
    step: Option<Target>,
    testid: &'static str,
) -> impl IntoView {
    let s = strings();
    let finding = change.finding;
    let step_name = journey
        .step(finding.step)
        .map(|step| s.step_name(step))
        .unwrap_or_default();
    let stakeholder = finding.stakeholder.and_then(|id| {
        journey
            .stakeholders
            .iter()
            .find(|stakeholder| stakeholder.id == id)
            .map(|stakeholder| stakeholder.name.clone())
    });
    let text = explain(&finding, &step_name, &who_of(&finding, stakeholder));
    let view_choice = expect_context::<ViewChoice>();
    let go = step.map(|target| {
        let label = (s.show_step)(&step_name);
        let go = move |_| {
            if let Target::Step(id) = target {
                view_choice.show_step(id);
            }
        };
        view! {
            <button type="button" class="button button--small" on:click=go>
                {label}
            </button>
        }
    });
    view! {
        <li class="finding" data-testid=testid data-kind=format!("{:?}", finding.kind)>
            <strong class="finding__title">{(s.finding_title)(finding.kind)}</strong>
            <p class="finding__text">{text}</p>
            {go}
        </li>
    }
}

/// The findings only the to-be has, and those only the as-is had.
#[component]
pub fn FindingChangesList(
    /// The comparison and its two journeys.
    shown: Shown,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let s = strings();
    let findings = &shown.comparison.findings;
    let step_of = |change: &FindingChange| {
        let step = match shown.lead {
            Some(Lead::AsIs) => change.step.as_is,
            Some(Lead::ToBe) => change.step.to_be,
            None => None,
        }?;
        store
            .with_untracked(|journey| journey.step(step).is_some())
            .then_some(Target::Step(step))
    };
    let list = |changes: &[FindingChange], journey: &Journey, testid: &'static str| {
        if changes.is_empty() {
            return view! { <p>{s.compare.none}</p> }.into_any();
        }
        let items = changes
            .iter()
            .map(|change| finding_item(change, journey, step_of(change), testid))
            .collect_view();
        view! { <ul class="findings__list">{items}</ul> }.into_any()
    };
    let appeared = list(&findings.appeared, &shown.to_be, "finding-appeared");
    let resolved = list(&findings.resolved, &shown.as_is, "finding-resolved");
    view! {
        <section class="compare__section" aria-labelledby="compare-appeared-title">
            <h3 id="compare-appeared-title" class="versions__subtitle">
                {s.compare.appeared}
            </h3>
            {appeared}
        </section>
        <section class="compare__section" aria-labelledby="compare-resolved-title">
            <h3 id="compare-resolved-title" class="versions__subtitle">
                {s.compare.resolved}
            </h3>
            {resolved}
        </section>
    }
}
