//! How many pain points and opportunities a touchpoint has, on its card, and a step, in its
//! header.

use leptos::prelude::*;
use sightline_engine::{Anchor, InsightKind};

use crate::store::JourneyStore;
use crate::strings::strings;

/// Two small marks with counts, and the same in words for screen readers (inside the card's
/// button, so they become part of its name). Nothing when the touchpoint has neither.
#[component]
pub fn InsightCount(
    /// The touchpoint or step.
    on: Anchor,
) -> impl IntoView {
    let views = expect_context::<JourneyStore>().views();
    // The card or header redraws only when its own counts change.
    move || {
        let (pains, opportunities) = views.insight_counts(on);
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
