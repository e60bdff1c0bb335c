//! How many pain points and opportunities a touchpoint has, on its card, and a step, in its
//! header.

use std::collections::HashMap;

use leptos::prelude::*;
use sightline_engine::{Anchor, InsightKind};

use crate::store::JourneyStore;
use crate::strings::strings;

/// Pain points and opportunities per touchpoint and per step, counted once per edit for the
/// whole blueprint: a card's or header's own memo reads only this, so typing elsewhere re-runs
/// one memo instead of one per card. Provided by the blueprint.
#[derive(Clone, Copy)]
pub struct InsightCounts(Memo<HashMap<Anchor, (usize, usize)>>);

impl InsightCounts {
    /// Count the open journey's insights by touchpoint, as it changes.
    pub fn new(store: JourneyStore) -> Self {
        InsightCounts(Memo::new(move |_| {
            store.with(|journey| {
                let mut counts: HashMap<Anchor, (usize, usize)> = HashMap::new();
                for insight in &journey.insights {
                    let (pains, opportunities) = counts.entry(insight.on).or_default();
                    match insight.kind {
                        InsightKind::PainPoint => *pains += 1,
                        InsightKind::Opportunity => *opportunities += 1,
                    }
                }
                counts
            })
        }))
    }
}

/// Two small marks with counts, and the same in words for screen readers (inside the card's
/// button, so they become part of its name). Nothing when the touchpoint has neither.
#[component]
pub fn InsightCount(
    /// The touchpoint or step.
    on: Anchor,
) -> impl IntoView {
    let all = expect_context::<InsightCounts>();
    // The card or header redraws only when its own counts change.
    let counts = Memo::new(move |_| {
        all.0
            .with(|counts| counts.get(&on).copied().unwrap_or_default())
    });
    move || {
        let (pains, opportunities) = counts.get();
        let s = strings();
        let mark = move |count: usize, kind: InsightKind, class: &'static str| {
            (count > 0).then(|| {
                view! {
                    <span class=format!("insight-mark insight-mark--{class}") aria-hidden="true">
                        {format!("{} {count}", (s.card_insight_mark)(kind))}
                    </span>
                }
            })
        };
        (pains + opportunities > 0).then(|| {
            view! {
                <span class="touchpoint__insights" data-testid="card-insights">
                    <span class="visually-hidden">{(s.card_insights)(pains, opportunities)}</span>
                    {mark(pains, InsightKind::PainPoint, "pain-point")}
                    {mark(opportunities, InsightKind::Opportunity, "opportunity")}
                </span>
            }
        })
    }
}
