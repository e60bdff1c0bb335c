//! The row under the step headers that shows where the journey goes back: under each step,
//! its ways back to earlier steps. Drawn only when the journey has any.

use leptos::prelude::*;
use sightline_engine::StepId;

use super::reveal::{Gap, MapColumns};
use super::StepNotes;
use crate::store::JourneyStore;
use crate::strings::strings;

/// The ways back, one cell per step.
#[component]
pub fn LoopsRow(
    /// The step columns the map builds.
    columns: MapColumns,
) -> impl IntoView {
    let notes = expect_context::<StepNotes>();
    let any = Memo::new(move |_| notes.loops.with(|loops| !loops.is_empty()));
    view! {
        <Show when=move || any.get()>
            <tr class="loops" data-testid="loops-row">
                <th scope="row" class="loops__header" aria-colindex="1">{strings().loops_header}</th>
                <Gap columns=columns.before />
                <For
                    each=move || columns.steps.get()
                    key=|id| *id
                    children=|step| view! { <LoopsCell step /> }
                />
                <Gap columns=columns.after />
            </tr>
        </Show>
    }
}

/// The ways back from one step, each as a short chip with its full sentence for screen
/// readers.
#[component]
fn LoopsCell(step: StepId) -> impl IntoView {
    let notes = expect_context::<StepNotes>();
    let views = expect_context::<JourneyStore>().views();
    let column = notes.column_of(step);
    let s = strings();
    // Wakes when a loop changes, or when a step it names is renamed.
    let chips = Memo::new(move |_| {
        notes.loops.with(|loops| {
            let name = |id: StepId| views.step(id, |st| s.step_name(st)).unwrap_or_default();
            loops
                .iter()
                .filter(|l| l.from == step)
                .map(|l| {
                    let to = name(l.to);
                    let description = (s.loop_description)(&name(step), &to, &l.label);
                    ((s.loop_chip)(&to, &l.label), description)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <td class="loops__cell" aria-colindex=column>
            {move || {
                chips
                    .get()
                    .into_iter()
                    .map(|(chip, description)| {
                        view! {
                            <span
                                class="loops__chip"
                                role="note"
                                aria-label=description.clone()
                                title=description
                                data-testid="loop-chip"
                            >
                                {chip}
                            </span>
                        }
                    })
                    .collect_view()
            }}
        </td>
    }
}
