//! The comparison of an as-is with a to-be: the two pickers, then what the redesign did.

use leptos::prelude::*;
use sightline_engine::{Matching, Units};

use super::change_list::{ChangeList, FindingChangesList};
use super::delta_table::{DeltaTable, StakeholderDeltas};
use super::side_picker::SidePicker;
use super::CompareChoice;
use crate::store::JourneyStore;
use crate::strings::strings;
use crate::versions::{comparison, Shown};
use crate::workspace::Workspace;

/// Pick the as-is and the to-be; then ΔV and ΔL per step, side, stakeholder and in total,
/// the changes, and the findings that appeared or were resolved.
#[component]
pub fn ComparePanel() -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let workspace = expect_context::<Workspace>();
    let choice = expect_context::<CompareChoice>();
    let s = strings();
    let shown =
        Memo::new(move |_| comparison(store, workspace, &choice.as_is.get(), &choice.to_be.get()));
    let result = move || match shown.get() {
        Ok(shown) => view! { <ComparisonResult shown /> }.into_any(),
        Err(reason) => view! {
            <p class="compare__problem" role="alert" data-testid="compare-problem">
                {reason}
            </p>
        }
        .into_any(),
    };
    view! {
        <section class="panel compare" aria-labelledby="compare-title" data-testid="compare">
            <h2 id="compare-title" class="panel__title" tabindex="-1">
                {s.compare.heading}
            </h2>
            <p class="versions__hint">{s.compare.hint}</p>
            <div class="compare__pickers">
                <SidePicker label=s.compare.as_is value=choice.as_is testid="compare-left" />
                <SidePicker label=s.compare.to_be value=choice.to_be testid="compare-right" />
            </div>
            {result}
        </section>
    }
}

/// What the comparison of two sides found.
#[component]
fn ComparisonResult(
    /// The comparison and its two journeys.
    shown: Shown,
) -> impl IntoView {
    let s = strings();
    let comparison = &shown.comparison;
    let matching = match comparison.matching {
        Matching::ById => s.compare.by_id,
        Matching::ByNameAndPlace => s.compare.by_name,
    };
    let units = match &comparison.unit {
        Units::Same(_) => None,
        Units::Differ { as_is, to_be } => {
            let unit = |unit: &str| {
                if unit.is_empty() {
                    s.compare.no_unit.to_owned()
                } else {
                    unit.to_owned()
                }
            };
            Some((s.compare.units_differ)(&unit(as_is), &unit(to_be)))
        }
    };
    let unchanged = comparison.is_unchanged();
    view! {
        <p class="compare__matching" data-testid="compare-matching">
            {matching}
        </p>
        {units
            .map(|text| {
                view! {
                    <p class="compare__warning" role="note" data-testid="compare-units">
                        {text}
                    </p>
                }
            })}
        {unchanged
            .then(|| {
                view! {
                    <p class="compare__unchanged" data-testid="compare-unchanged">
                        {s.compare.unchanged}
                    </p>
                }
            })}
        <DeltaTable shown=shown.clone() />
        <StakeholderDeltas shown=shown.clone() />
        <ChangeList shown=shown.clone() />
        <FindingChangesList shown />
    }
}
