//! The library screen: every journey stored in this browser, and what can be done with them.

mod import_diagram;
mod import_file;
mod journey_row;
mod recovered_list;

use leptos::prelude::*;
use sightline_engine::Template;

use crate::storage::journeys;
use crate::strings::strings;
use crate::workspace::{journey_from_template, Workspace};
use import_diagram::ImportDiagram;
use import_file::ImportFile;
use journey_row::JourneyRow;
use recovered_list::RecoveredList;

/// The list of stored journeys, most recently changed first, with the ways to add one.
#[component]
pub fn LibraryView() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let s = strings();
    let entries = Memo::new(move |_| {
        workspace.library_version.track();
        journeys().list()
    });
    view! {
        <section class="library" aria-labelledby="library-title" data-testid="library">
            <h2 id="library-title" class="library__title">
                {s.library}
            </h2>
            <div class="library__create" role="group" aria-label=s.start_from_template>
                {Template::ALL
                    .into_iter()
                    .map(|template| {
                        view! {
                            <button
                                class="button"
                                class:button--primary=template == Template::Blank
                                on:click=move |_| {
                                    workspace.create(journey_from_template(template), true);
                                }
                                data-testid="new-journey"
                                data-template=template.key()
                            >
                                {(s.template)(template)}
                            </button>
                        }
                    })
                    .collect_view()}
                <ImportFile />
            </div>
            <ImportDiagram />
            <ul class="library__list">
                <For
                    each=move || entries.get()
                    key=|entry| (entry.id.clone(), entry.name.clone(), entry.updated.to_bits())
                    children=|entry| view! { <JourneyRow entry /> }
                />
            </ul>
            <RecoveredList />
        </section>
    }
}
