//! The marks on a touchpoint's card: fail point, moment of truth, and a link to another
//! journey. Each says what it is in words to screen readers and in a tooltip, not only by
//! its symbol and colour.

use leptos::prelude::*;
use sightline_engine::TouchpointId;

use crate::components::journey_names::{library_memo, linked_name};
use crate::components::mark_badge::{Mark, MarkBadge};
use crate::store::JourneyStore;
use crate::strings::strings;

/// What a card is marked with.
#[derive(Clone, Debug, Default, PartialEq)]
struct Marked {
    fail_point: bool,
    moment_of_truth: bool,
    leads_to: Option<String>,
}

/// The marks of one touchpoint, nothing when it has none.
#[component]
pub fn CardMarks(
    /// The touchpoint whose marks are shown.
    id: TouchpointId,
) -> impl IntoView {
    let views = expect_context::<JourneyStore>().views();
    let s = strings();
    // From the card's own view, and compared, so that typing the card's name does not
    // redraw its marks.
    let marked = Memo::new(move |_| {
        views
            .card(id, |card| Marked {
                fail_point: card.fail_point,
                moment_of_truth: card.moment_of_truth,
                leads_to: card.leads_to.clone(),
            })
            .unwrap_or_default()
    });
    let flag = move |mark: Mark, set: fn(&Marked) -> bool, text: &'static str, testid| {
        move || {
            marked.with(set).then(|| {
                view! {
                    <span class="touchpoint__mark" title=text data-testid=testid>
                        <MarkBadge mark />
                        <span class="visually-hidden">{text}</span>
                    </span>
                }
            })
        }
    };
    let link = move || {
        marked
            .with(|m| m.leads_to.clone())
            .map(|link| view! { <LinkMark link /> })
    };
    view! {
        <Show when=move || marked.with(|m| *m != Marked::default())>
            <span class="touchpoint__marks">
                {flag(Mark::FailPoint, |m| m.fail_point, s.fail_point, "mark-fail-point")}
                {flag(
                    Mark::MomentOfTruth,
                    |m| m.moment_of_truth,
                    s.moment_of_truth,
                    "mark-moment-of-truth",
                )} {link}
            </span>
        </Show>
    }
}

/// The mark of a link to another journey, naming it, or saying that this library does not
/// hold it.
#[component]
fn LinkMark(
    /// The library id the touchpoint links to.
    link: String,
) -> impl IntoView {
    let s = strings();
    let entries = library_memo();
    let found = Memo::new(move |_| entries.with(|entries| linked_name(entries, &link)));
    let text = move || match found.get() {
        Some(name) => (s.leads_to)(&name),
        None => s.journey_not_in_library.to_owned(),
    };
    view! {
        <span
            class="touchpoint__mark"
            class:touchpoint__mark--missing=move || found.with(Option::is_none)
            title=text
            data-testid="mark-link"
        >
            <MarkBadge mark=Mark::Link />
            <span class="visually-hidden">{text}</span>
        </span>
    }
}
