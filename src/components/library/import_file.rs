//! Importing a file as a new library journey: a `.sightline.json` document, a touchpoints
//! CSV, a mermaid `journey` diagram, CJML or a PNG picture exported by Sightline, told apart
//! by the file's extension.

use leptos::prelude::*;
use leptos::task::spawn_local;
use sightline_document::{
    decode, journey_in_png, read_cjml, read_mermaid, read_touchpoints_csv, ImportError, Imported,
};
use sightline_engine::Journey;
use wasm_bindgen::JsCast;

use crate::files::{read_bytes, read_text, ReadError};
use crate::store::Notices;
use crate::strings::strings;
use crate::workspace::Workspace;

/// A reader of one of the foreign formats.
type Reader = fn(&[u8]) -> Result<Imported, ImportError>;

/// The foreign-format reader a file name calls for; `None` for a journey document.
fn reader_for(file_name: &str) -> Option<Reader> {
    let name = file_name.to_lowercase();
    if name.ends_with(".csv") {
        Some(read_touchpoints_csv)
    } else if name.ends_with(".mmd") {
        Some(read_mermaid)
    } else if name.ends_with(".xml") {
        Some(read_cjml)
    } else {
        None
    }
}

/// Whether a file is a picture, which can carry a journey exported by Sightline.
fn is_picture(file_name: &str) -> bool {
    file_name.to_lowercase().ends_with(".png")
}

/// The journey inside a PNG picture of it, or why there is none.
async fn read_picture(file: &web_sys::File) -> Result<(Journey, Vec<String>), String> {
    let s = strings();
    match read_bytes(file).await {
        Err(ReadError::TooLarge) => Err(s.file_too_large.to_owned()),
        Err(ReadError::Unreadable) => Err(s.file_unreadable.to_owned()),
        Ok(bytes) => journey_in_png(&bytes)
            .map(|journey| (journey, Vec::new()))
            .map_err(|error| s.png_error(&error)),
    }
}

/// Read a text of a foreign format into a journey named after `label` when it has no
/// name of its own (a sheet has none), with what was left out, in words.
pub(super) fn read_foreign(
    read: Reader,
    text: &str,
    label: &str,
) -> Result<(Journey, Vec<String>), String> {
    let s = strings();
    let Imported {
        mut journey,
        ignored,
    } = read(text.as_bytes()).map_err(|error| (s.import_error)(&error))?;
    if journey.name.trim().is_empty() {
        journey.name = label.split('.').next().unwrap_or(label).to_owned();
    }
    let left_out = ignored.iter().map(s.ignored).collect();
    Ok((journey, left_out))
}

/// Add an imported journey to the library and open it, saying what was left out.
pub(super) fn add(workspace: Workspace, notices: Notices, journey: Journey, left_out: &[String]) {
    let s = strings();
    if workspace.create(journey, true) {
        let name = workspace.open_name();
        notices.inform(if left_out.is_empty() {
            (s.imported)(&name)
        } else {
            (s.imported_leaving_out)(&name, &left_out.join("; "))
        });
    }
}

/// A file picker: the chosen file becomes a new journey if it is valid in every part, and
/// otherwise nothing changes and the user is told what is wrong, naming the field, or the
/// line and column, or the element.
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
            let outcome = if is_picture(&file_name) {
                read_picture(&file).await
            } else {
                match read_text(&file).await {
                    Err(ReadError::TooLarge) => Err(s.file_too_large.to_owned()),
                    Err(ReadError::Unreadable) => Err(s.file_unreadable.to_owned()),
                    Ok(text) => match reader_for(&file_name) {
                        Some(read) => read_foreign(read, &text, &file_name),
                        None => decode(&text)
                            .map(|journey| (journey, Vec::new()))
                            .map_err(|error| (s.load_error)(&error)),
                    },
                }
            };
            match outcome {
                Ok((journey, left_out)) => add(workspace, notices, journey, &left_out),
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
                accept=".json,application/json,.csv,text/csv,.mmd,.xml,.png,image/png"
                on:change=import
                data-testid="import-journey"
            />
        </label>
    }
}
