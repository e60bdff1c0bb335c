//! Importing a pasted mermaid `journey` diagram as a new library journey.

use leptos::prelude::*;
use sightline_document::read_mermaid;

use super::import_file::{add, read_foreign};
use crate::store::Notices;
use crate::strings::strings;
use crate::workspace::Workspace;

/// A box to paste a diagram into and a button that imports it; a diagram that does not
/// read is refused with its line and column, and the text stays in the box to be fixed.
#[component]
pub fn ImportDiagram() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let notices = expect_context::<Notices>();
    let s = strings();
    let text = RwSignal::new(String::new());
    let import = move |_| {
        let pasted = text.get_untracked();
        match read_foreign(read_mermaid, &pasted, s.pasted_diagram) {
            Ok((journey, left_out)) => {
                text.set(String::new());
                add(workspace, notices, journey, &left_out);
            }
            Err(reason) => notices.push((s.import_failed)(s.pasted_diagram, &reason)),
        }
    };
    view! {
        <details class="library__paste">
            <summary>{s.paste_diagram}</summary>
            <textarea
                class="library__diagram"
                aria-label=s.paste_diagram
                rows="8"
                spellcheck="false"
                bind:value=text
                data-testid="diagram-text"
            ></textarea>
            <button
                class="button"
                disabled=move || text.with(|t| t.trim().is_empty())
                on:click=import
                data-testid="import-diagram"
            >
                {s.import_diagram}
            </button>
        </details>
    }
}
