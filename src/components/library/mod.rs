//! The library screen: every journey stored in this browser, and what can be done with them.

mod import_file;
mod journey_row;
mod recovered_list;

use leptos::prelude::*;
use sightline_engine::sample_journey;

use crate::storage::library;
use crate::strings::strings;
use crate::workspace::{blank_journey, Workspace};
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
        library::list()
    });
    view! {
        <section class="library" aria-labelledby="library-title" data-testid="library">
            <h2 id="library-title" class="library__title">
                {s.library}
            </h2>
            <div class="library__create">
                <button
                    class="button button--primary"
                    on:click=move |_| {
                        workspace.create(blank_journey(), true);
                    }
                    data-testid="new-blank-journey"
                >
                    {s.new_blank_journey}
                </button>
                <button
                    class="button"
                    on:click=move |_| {
                        workspace.create(sample_journey(), true);
                    }
                    data-testid="new-from-sample"
                >
                    {s.new_from_sample}
                </button>
                <ImportFile />
            </div>
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
