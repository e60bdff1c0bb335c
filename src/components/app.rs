//! The whole page: opens the library (or a shared link), provides the shared state, and
//! listens to the browser for changes made in other tabs and for the page being left.

use leptos::ev;
use leptos::leptos_dom::helpers::{window_event_listener, window_event_listener_untyped};
use leptos::prelude::*;

use super::{
    Blueprint, FindingsList, JourneyToolbar, LibraryView, NoticeBar, SettingsPanel, SharedBanner,
    StakeholdersPanel, TouchpointEditor, ValuePanel,
};
use crate::storage::autosave::Autosave;
use crate::storage::library::{self, INDEX_KEY, JOURNEY_PREFIX};
use crate::store::{FocusedStep, JourneyStore, Notices, Selection};
use crate::strings::strings;
use crate::workspace::{Screen, Workspace};

/// The Sightline app.
#[component]
pub fn App() -> impl IntoView {
    let opened = library::open();
    let store = JourneyStore::new(opened.journey);
    let notices = Notices::new();
    for text in opened.notices {
        notices.push(text);
    }
    let selection = Selection(RwSignal::new(None));
    let autosave = Autosave::new(store, notices);
    if let (true, Some(id)) = (opened.may_save, opened.id) {
        autosave.attach(id, opened.text);
    }
    let workspace = Workspace::new(store, autosave, notices, selection);
    provide_context(store);
    provide_context(notices);
    provide_context(selection);
    provide_context(workspace);
    provide_context(FocusedStep(RwSignal::new(None)));

    // Another tab wrote storage: the open journey may need the other version, lists a re-read.
    let storage = window_event_listener(ev::storage, move |event| {
        let Some(key) = event.key() else {
            workspace.library_changed();
            return;
        };
        autosave.changed_elsewhere(&key, event.new_value());
        if key == INDEX_KEY || key.starts_with(JOURNEY_PREFIX) {
            workspace.library_changed();
        }
    });
    // The page may be closed or frozen without another chance: save what is pending.
    let leaving = window_event_listener_untyped("pagehide", move |_| autosave.flush());
    let hidden = window_event_listener_untyped("visibilitychange", move |_| autosave.flush());
    on_cleanup(move || {
        storage.remove();
        leaving.remove();
        hidden.remove();
    });

    view! {
        <header class="app-header">
            <span class="app-header__product">{strings().app_name}</span>
            <JourneyToolbar />
        </header>
        <NoticeBar />
        <SharedBanner />
        {move || match workspace.screen.get() {
            Screen::Library => view! { <LibraryView /> }.into_any(),
            Screen::Journey => view! { <JourneyScreen /> }.into_any(),
        }}
    }
}

/// The open journey: blueprint and editor on one side, value on the other. A journey from a
/// link is shown read-only: every control inside is disabled until a copy is saved.
#[component]
fn JourneyScreen() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    view! {
        <main class="workspace">
            <fieldset class="workspace__fields" disabled=move || workspace.shared.get()>
                <div class="workspace__design">
                    <Blueprint />
                    <TouchpointEditor />
                </div>
                <div class="workspace__value">
                    <FindingsList />
                    <ValuePanel />
                    <StakeholdersPanel />
                    <SettingsPanel />
                </div>
            </fieldset>
        </main>
    }
}
