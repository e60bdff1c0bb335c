//! Importing a `.sightline.json` file as a new library journey.

use leptos::prelude::*;
use leptos::task::spawn_local;
use sightline_document::decode;
use wasm_bindgen::JsCast;

use crate::files::{read_text, ReadError};
use crate::store::Notices;
use crate::strings::strings;
use crate::workspace::Workspace;

/// A file picker: the chosen file becomes a new journey if it is valid in every part, and
/// otherwise nothing changes and the user is told what is wrong, naming the field.
#[component]
pub fn ImportFile() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let notices = expect_context::<Notices>();
    let s = strings();
    let import = move |event: leptos::ev::Event| {
        let Some(input) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // Picking the same file again after fixing it must fire `change` again.
        input.set_value("");
        spawn_local(async move {
            let file_name = file.name();
            let outcome = match read_text(&file).await {
                Err(ReadError::TooLarge) => Err(s.file_too_large.to_owned()),
                Err(ReadError::Unreadable) => Err(s.file_unreadable.to_owned()),
                Ok(text) => decode(&text).map_err(|error| (s.load_error)(&error)),
            };
            match outcome {
                Ok(journey) => {
                    if workspace.create(journey, true) {
                        let name = workspace.open_name();
                        notices.inform((s.imported)(&name));
                    }
                }
                Err(reason) => notices.push((s.import_failed)(&file_name, &reason)),
            }
        });
    };
    view! {
        <label class="button library__import">
            {s.import_journey}
            <input
                type="file"
                class="visually-hidden"
                accept=".json,application/json"
                on:change=import
                data-testid="import-journey"
            />
        </label>
    }
}
