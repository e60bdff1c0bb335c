//! The findings of the value engine, each with a way to go to its step.

use leptos::prelude::*;
use sightline_engine::{Finding, FindingKind};

use crate::store::JourneyStore;
use crate::strings::strings;
use crate::view_choice::ViewChoice;

/// Findings in journey order. Following one focuses its step in the blueprint and the value
/// panel, so the user sees the figures behind it.
#[component]
pub fn FindingsList() -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let s = strings();
    // A memo, read by the count and the list; the list is keyed by each finding's content, so
    // that a change of value redraws only the findings it changed, not the hundreds around.
    let findings = Memo::new(move |_| {
        store
            .valuation()
            .with(|valuation| valuation.findings.clone())
    });
    let count = move || findings.with(Vec::len);
    view! {
        <section class="panel findings" aria-labelledby="findings-title">
            <h2 id="findings-title" class="panel__title">
                {s.findings}
                " "
                <span class="panel__count">{count}</span>
            </h2>
            <Show
                when=move || { count() > 0 }
                fallback=move || view! { <p class="findings__none">{s.no_findings}</p> }
            >
                <ul class="findings__list" data-testid="findings">
                    <For
                        each=move || findings.get()
                        key=|finding| {
                            (
                                finding.kind,
                                finding.step,
                                finding.stakeholder,
                                finding.side,
                                finding.amount.to_bits(),
                            )
                        }
                        children=|finding| view! { <FindingItem finding /> }
                    />
                </ul>
            </Show>
        </section>
    }
}

/// One finding: its title, its explanation with names and figures, and a link to its step.
#[component]
fn FindingItem(
    /// The finding shown.
    finding: Finding,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let view_choice = expect_context::<ViewChoice>();
    let s = strings();
    // Names follow renames: from the step's own view and the stakeholders' names memo, so a
    // rename redraws the findings that name it and nothing else.
    let views = store.views();
    let step_name = Memo::new(move |_| {
        views
            .step(finding.step, |step| s.step_name(step))
            .unwrap_or_default()
    });
    let who = Memo::new(move |_| {
        let stakeholder = finding.stakeholder.and_then(|id| {
            store
                .stakeholder_names()
                .into_iter()
                .find(|(named, _)| *named == id)
                .map(|(_, name)| name)
        });
        who_of(&finding, stakeholder)
    });
    let explanation = move || explain(&finding, &step_name.get(), &who.get());
    let go = move |_| view_choice.show_step(finding.step);
    view! {
        <li class="finding" data-testid="finding" data-kind=format!("{:?}", finding.kind)>
            <strong class="finding__title">{(s.finding_title)(finding.kind)}</strong>
            <p class="finding__text">{explanation}</p>
            <button class="button button--small" on:click=go data-testid="finding-go">
                {move || (s.show_step)(&step_name.get())}
            </button>
        </li>
    }
}

/// Whom a finding is about: its stakeholder's name, else the side it favours, in words.
pub fn who_of(finding: &Finding, stakeholder: Option<String>) -> String {
    let side = finding.side.map(|side| strings().side(side).to_lowercase());
    stakeholder.or(side).unwrap_or_default()
}

/// A finding's explanation with its step's name, whom it is about and its figure.
pub fn explain(finding: &Finding, step: &str, who: &str) -> String {
    let s = strings();
    let amount = match finding.kind {
        FindingKind::NarrowZone => (s.percent)(finding.amount),
        _ => s.number(finding.amount),
    };
    (s.explain_finding)(finding.kind, step, who, &amount)
}
