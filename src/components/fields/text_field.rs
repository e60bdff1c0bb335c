//! A labelled one-line text input that commits on change and shows why a value was refused.

use std::sync::atomic::{AtomicU32, Ordering};

use leptos::prelude::*;

use super::Refusal;

/// Gives each field an id, for its label and error message to point at.
static NEXT_ID: AtomicU32 = AtomicU32::new(1);

/// A text input for a short label. It commits the trimmed text when the user leaves the field
/// or presses Enter; a refused value stays in the field, marked invalid, with the reason
/// beside it, so nothing typed is lost.
#[component]
pub fn TextField(
    /// Accessible name, shown as the label.
    #[prop(into)]
    label: Signal<String>,
    /// The current text.
    #[prop(into)]
    value: Signal<String>,
    /// Stores the new text, trimmed, or says why it cannot.
    on_commit: Callback<String, Result<(), Refusal>>,
    /// Test hook.
    #[prop(optional)]
    testid: &'static str,
) -> impl IntoView {
    let id = format!("text-field-{}", NEXT_ID.fetch_add(1, Ordering::Relaxed));
    let error_id = format!("{id}-error");
    let error = RwSignal::new(None::<Refusal>);
    let commit = move |event| {
        let text = event_target_value(&event).trim().to_owned();
        error.set(on_commit.run(text).err());
    };
    view! {
        // As in `NumberField`: the error is the input's description, not part of its name.
        <div class="text-field">
            <label for=id.clone() class="text-field__label">
                {label}
            </label>
            <input
                id=id
                type="text"
                class="text-field__input"
                prop:value=value
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=error_id.clone()
                on:change=commit
                data-testid=testid
            />
            <span id=error_id class="text-field__error" role="status">
                {move || error.with(|error| error.as_ref().map(Refusal::message))}
            </span>
        </div>
    }
}
