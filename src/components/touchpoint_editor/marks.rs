//! Whether a touchpoint is a fail point or a moment of truth: two checkboxes, each with the
//! symbol its card shows and a line on what it means.

use leptos::prelude::*;
use sightline_engine::{Edit, Touchpoint, TouchpointId};

use crate::components::mark_badge::{Mark, MarkBadge};
use crate::store::JourneyStore;
use crate::strings::strings;

/// The touchpoint's flags; each change is one undo step.
#[component]
pub fn Marks(
    /// The touchpoint edited.
    id: TouchpointId,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let s = strings();
    let flags = move || {
        store
            .item::<Touchpoint, _>(id, flags_of)
            .unwrap_or_default()
    };
    let now = move || untrack(flags);
    let set = move |fail_point: bool, moment_of_truth: bool| {
        store.apply(Edit::SetFlags {
            id,
            fail_point,
            moment_of_truth,
        });
    };
    view! {
        <fieldset class="editor__group marks">
            <legend>{s.marks}</legend>
            <MarkOption
                mark=Mark::FailPoint
                text=s.fail_point
                hint=s.fail_point_hint
                checked=Signal::derive(move || flags().0)
                on_toggle=Callback::new(move |on| set(on, now().1))
                testid="touchpoint-fail-point"
            />
            <MarkOption
                mark=Mark::MomentOfTruth
                text=s.moment_of_truth
                hint=s.moment_of_truth_hint
                checked=Signal::derive(move || flags().1)
                on_toggle=Callback::new(move |on| set(now().0, on))
                testid="touchpoint-moment-of-truth"
            />
        </fieldset>
    }
}

/// One flag: a checkbox with the symbol its card shows, and what it means beside it.
#[component]
fn MarkOption(
    /// The mark.
    mark: Mark,
    /// Its name.
    text: &'static str,
    /// What it means, as the checkbox's description.
    hint: &'static str,
    /// Whether the touchpoint has it.
    checked: Signal<bool>,
    /// Called with the new state.
    on_toggle: Callback<bool>,
    /// Test hook, also the root of the hint's id.
    testid: &'static str,
) -> impl IntoView {
    let hint_id = format!("{testid}-hint");
    view! {
        <div class="marks__option">
            <label class="marks__toggle">
                <input
                    type="checkbox"
                    prop:checked=checked
                    on:change=move |event| on_toggle.run(event_target_checked(&event))
                    aria-describedby=hint_id.clone()
                    data-testid=testid
                />
                <MarkBadge mark />
                {text}
            </label>
            <span id=hint_id class="editor__note">
                {hint}
            </span>
        </div>
    }
}

/// Whether the touchpoint is a fail point and a moment of truth.
fn flags_of(t: &Touchpoint) -> (bool, bool) {
    (t.fail_point, t.moment_of_truth)
}
