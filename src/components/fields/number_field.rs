//! A labelled number input that commits on change and shows why a value was refused.

use std::sync::atomic::{AtomicU32, Ordering};

use leptos::prelude::*;

use super::Refusal;
use crate::strings::{number, strings};

/// Gives each field an id, for its label and error message to point at.
static NEXT_ID: AtomicU32 = AtomicU32::new(1);

/// A number input; a text input underneath, so that a decimal comma works too (a point or a comma in any language). It commits when the user leaves the field or presses Enter; a refused value
/// stays in the field, marked invalid, with the reason beside it, so nothing typed is lost.
#[component]
pub fn NumberField(
    /// Accessible name, also shown as the label unless `hide_label` is set.
    #[prop(into)]
    label: Signal<String>,
    /// The current value; `None` shows an empty field.
    #[prop(into)]
    value: Signal<Option<f64>>,
    /// Stores a new value (`None` when the field was emptied), or says why it cannot.
    on_commit: Callback<Option<f64>, Result<(), Refusal>>,
    /// Keep the label for screen readers only (in table cells whose column says it all).
    #[prop(optional)]
    hide_label: bool,
    /// Test hook.
    #[prop(optional)]
    testid: &'static str,
) -> impl IntoView {
    let id = format!("number-field-{}", NEXT_ID.fetch_add(1, Ordering::Relaxed));
    let error_id = format!("{id}-error");
    let error = RwSignal::new(None::<Refusal>);
    let commit = move |event| {
        let outcome = match number::parse(&event_target_value(&event)) {
            Some(number) => on_commit.run(number),
            None => Err(Refusal::NotANumber),
        };
        error.set(outcome.err());
    };
    let shown = move || value.get().map(strings().chart.number).unwrap_or_default();
    view! {
        // The error sits outside the label, so the field's accessible name stays its label and
        // the error is read as its description.
        <div class="number-field" class:number-field--compact=hide_label>
            <label for=id.clone() class="number-field__label" class:visually-hidden=hide_label>
                {label}
            </label>
            <input
                id=id
                type="text"
                inputmode="decimal"
                class="number-field__input"
                prop:value=shown
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=error_id.clone()
                on:change=commit
                data-testid=testid
            />
            <span id=error_id class="number-field__error" role="status">
                {move || error.with(|error| error.as_ref().map(Refusal::message))}
            </span>
        </div>
    }
}
