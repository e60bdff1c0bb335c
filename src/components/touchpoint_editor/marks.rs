//! Whether a touchpoint is a fail point or a moment of truth: two checkboxes, each with the
//! symbol its card shows and a line on what it means.

use leptos::prelude::*;
use sightline_engine::{Edit, Journey, TouchpointId};

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
    let flags = move || store.with(|journey| flags_of(journey, id));
    let now = move || store.with_untracked(|journey| flags_of(journey, id));
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
            <div class="marks__option">
                <label class="marks__toggle">
                    <input
                        type="checkbox"
                        prop:checked=move || flags().0
                        on:change=move |event| set(event_target_checked(&event), now().1)
                        aria-describedby="fail-point-hint"
                        data-testid="touchpoint-fail-point"
                    />
                    <MarkBadge mark=Mark::FailPoint />
                    {s.fail_point}
                </label>
                <span id="fail-point-hint" class="editor__note">
                    {s.fail_point_hint}
                </span>
            </div>
            <div class="marks__option">
                <label class="marks__toggle">
                    <input
                        type="checkbox"
                        prop:checked=move || flags().1
                        on:change=move |event| set(now().0, event_target_checked(&event))
                        aria-describedby="moment-of-truth-hint"
                        data-testid="touchpoint-moment-of-truth"
                    />
                    <MarkBadge mark=Mark::MomentOfTruth />
                    {s.moment_of_truth}
                </label>
                <span id="moment-of-truth-hint" class="editor__note">
                    {s.moment_of_truth_hint}
                </span>
            </div>
        </fieldset>
    }
}

/// Whether the touchpoint is a fail point and a moment of truth.
fn flags_of(journey: &Journey, id: TouchpointId) -> (bool, bool) {
    journey
        .touchpoint(id)
        .map_or((false, false), |t| (t.fail_point, t.moment_of_truth))
}
