//! The header's tools for the open journey: its name, the library, files and links.

use leptos::prelude::*;
use sightline_document::{encode_pretty, touchpoints_csv, write_cjml, write_mermaid, Exported};
use sightline_engine::{Edit, Journey};

use super::share_link::ShareLink;
use super::ShortcutsHelp;
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
    // Both exports name the file after the journey; only the format differs.
    let export = move |suffix: &'static str, mime: &'static str, write: fn(&Journey) -> String| {
        let (stem, text) =
            store.with_untracked(|journey| (file_stem(&journey.name), write(journey)));
        if !download(&format!("{stem}{suffix}"), mime, &text) {
            notices.push(s.download_failed.to_owned());
        }
    };
    // Mermaid and CJML cannot hold everything: the user is told what the file leaves out.
    let export_foreign = move |suffix: &'static str, write: fn(&Journey) -> Exported| {
        let (stem, Exported { text, lost }) =
            store.with_untracked(|journey| (file_stem(&journey.name), write(journey)));
        let file = format!("{stem}{suffix}");
        if !download(&file, "text/plain", &text) {
            notices.push(s.download_failed.to_owned());
        } else if !lost.is_empty() {
            let lost: Vec<String> = lost.iter().map(|&(what, n)| (s.lost)(what, n)).collect();
            notices.inform((s.exported_leaving_out)(&file, &lost.join(", ")));
        }
    };
    view! {
        <input
            class="app-header__journey"
            aria-label=s.journey_name
            placeholder=s.untitled_journey
            prop:value=name
            disabled=move || workspace.shared.get()
            on:change=rename
            data-testid="journey-name"
        />
        <nav class="toolbar" aria-label=s.journey_actions>
            <button
                class="button"
                aria-keyshortcuts="Control+Z Meta+Z"
                title=s.undo_hint
                disabled=move || !store.can_undo()
                on:click=move |_| store.undo()
                data-testid="undo"
            >
                {s.undo}
            </button>
            <button
                class="button"
                aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
                title=s.redo_hint
                disabled=move || !store.can_redo()
                on:click=move |_| store.redo()
                data-testid="redo"
            >
                {s.redo}
            </button>
            <button
                class="button"
                on:click=move |_| workspace.show_library()
                data-testid="open-library"
            >
                {s.library}
            </button>
            <ShareLink />
            <button
                class="button"
                on:click=move |_| export(".sightline.json", "application/json", encode_pretty)
                data-testid="export-journey"
            >
                {s.export_journey}
            </button>
            <button
                class="button"
                on:click=move |_| export(".touchpoints.csv", "text/csv", touchpoints_csv)
                data-testid="export-touchpoints"
            >
                {s.export_touchpoints}
            </button>
            <button
                class="button"
                on:click=move |_| export_foreign(".mmd", write_mermaid)
                data-testid="export-mermaid"
            >
                {s.export_mermaid}
            </button>
            <button
                class="button"
                on:click=move |_| export_foreign(".cjml.xml", write_cjml)
                data-testid="export-cjml"
            >
                {s.export_cjml}
            </button>
            <ShortcutsHelp />
        </nav>
    }
}
