//! The header's tools for the open journey: its name, the library, files and links.

use leptos::prelude::*;
use sightline_document::encode_pretty;
use sightline_engine::Edit;

use crate::files::{download, file_stem};
use crate::store::{JourneyStore, Notices};
use crate::strings::strings;
use crate::workspace::Workspace;

/// The open journey's name (renamed in place) and the actions on the whole journey.
#[component]
pub fn JourneyToolbar() -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let workspace = expect_context::<Workspace>();
    let notices = expect_context::<Notices>();
    let s = strings();
    let name = move || store.with(|journey| journey.name.clone());
    let rename = move |event| {
        store.apply(Edit::RenameJourney {
            name: event_target_value(&event),
        });
    };
    let export_file = move |_| {
        let (stem, text) =
            store.with_untracked(|journey| (file_stem(&journey.name), encode_pretty(journey)));
        let file_name = format!("{stem}.sightline.json");
        if !download(&file_name, "application/json", &text) {
            notices.push(s.file_unreadable.to_owned());
        }
    };
    view! {
        <input
            class="app-header__journey"
            aria-label=s.journey_name
            placeholder=s.untitled_journey
            prop:value=name
            on:change=rename
            data-testid="journey-name"
        />
        <nav class="toolbar" aria-label=s.journey_actions>
            <button
                class="button"
                on:click=move |_| workspace.show_library()
                data-testid="open-library"
            >
                {s.library}
            </button>
            <button class="button" on:click=export_file data-testid="export-journey">
                {s.export_journey}
            </button>
        </nav>
    }
}
