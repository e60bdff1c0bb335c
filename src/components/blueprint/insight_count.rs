//! How many pain points and opportunities a touchpoint has, on its card.

use leptos::prelude::*;
use sightline_engine::{Anchor, InsightKind, TouchpointId};

use crate::store::JourneyStore;
use crate::strings::strings;

/// Two small marks with counts, and the same in words for screen readers (inside the card's
/// button, so they become part of its name). Nothing when the touchpoint has neither.
#[component]
pub fn InsightCount(
    /// The touchpoint.
    id: TouchpointId,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    // One memo per card: the card redraws only when its own counts change.
    let counts = Memo::new(move |_| {
        store.with(|journey| {
            let on = Anchor::Touchpoint(id);
            journey.insights.iter().filter(|i| i.on == on).fold(
                (0, 0),
                |(pains, opportunities), i| match i.kind {
                    InsightKind::PainPoint => (pains + 1, opportunities),
                    InsightKind::Opportunity => (pains, opportunities + 1),
                },
            )
        })
    });
    move || {
        let (pains, opportunities) = counts.get();
        let s = strings();
        let mark = move |count: usize, kind: InsightKind, class: &'static str| {
            (count > 0).then(|| {
                view! {
                    <span class=format!("insight-mark insight-mark--{class}") aria-hidden="true">
                        {format!("{} {count}", s.card_insight_marks[kind.index()])}
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
