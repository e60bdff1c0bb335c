//! One side of the comparison: a drop-down of the library's journeys and their versions.

use leptos::prelude::*;

use crate::store::JourneyStore;
use crate::versions::{side_groups, Side};
use crate::workspace::Workspace;

/// A `<select>` with one group per journey (the open one first): the journey now, then its
/// versions by name and date.
#[component]
pub fn SidePicker(
    /// The picker's label.
    label: &'static str,
    /// The side picked.
    value: RwSignal<Side>,
    /// The end-to-end tests' hook.
    testid: &'static str,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let workspace = expect_context::<Workspace>();
    let groups = Memo::new(move |_| side_groups(store, workspace));
    let choose = move |event| {
        if let Some(side) = Side::from_key(&event_target_value(&event)) {
            value.set(side);
        }
    };
    let options = move || {
        groups
            .get()
            .into_iter()
            .map(|group| {
                let sides = group
                    .sides
                    .into_iter()
                    .map(|(key, text)| {
                        let picked = {
                            let key = key.clone();
                            move || value.with(|side| side.key() == key)
                        };
                        view! {
                            <option value=key prop:selected=picked>
                                {text}
                            </option>
                        }
                    })
                    .collect_view();
                view! { <optgroup label=group.label>{sides}</optgroup> }
            })
            .collect_view()
    };
    view! {
        <label class="compare__picker">
            <span class="compare__picker-label">{label}</span>
            <select on:change=choose data-testid=testid>
                {options}
            </select>
        </label>
    }
}
