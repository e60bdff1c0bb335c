//! The whole page: opens the library (or a shared link), provides the shared state, and
//! listens to the browser for changes made in other tabs and for the page being left.

use leptos::ev;
use leptos::leptos_dom::helpers::{window_event_listener, window_event_listener_untyped};
use leptos::prelude::*;
use sightline_persistence::{OpenNotice, INDEX_KEY, JOURNEY_PREFIX, VERSION_PREFIX};

use super::blueprint::{MapPicture, Reveal, Zoom, ZoomControls};
use super::{
    Blueprint, JourneyToolbar, LanguagePicker, NoticeBar, PersonaStrip, SharedBanner,
    TouchpointEditor, UpdateBanner, ViewNav,
};
use super::{Presentation, Presenting, PrintSheet, Printing};
use crate::language;
use crate::share;
use crate::shortcuts::Shortcut;
use crate::storage::autosave::Autosave;
use crate::storage::journeys;
use crate::store::{FocusedStep, JourneyStore, Notices, Selection};
use crate::strings::{strings, WorkspaceView};
use crate::view_choice::ViewChoice;
use crate::workspace::{Screen, Workspace};

/// The Sightline app.
#[component]
pub fn App() -> impl IntoView {
    let notices = Notices::new();
    if let Some(missing) = crate::language::missing_at_start() {
        notices.push((strings().language_missing)(missing.native_name()));
    }
    // A link opens its journey read-only and leaves the library alone; a damaged one says so
    // and the library opens as usual.
    let link = share::journey_in_location().and_then(|opened| match opened {
        Ok(journey) => Some(journey),
        Err(error) => {
            notices.push((strings().link_error)(&error));
            None
        }
    });
    let shared = link.is_some();
    let (journey, attach) = match link {
        Some(journey) => (journey, None),
        None => {
            let opened = journeys().open(strings().sample);
            for notice in &opened.notices {
                notices.push(match notice {
                    OpenNotice::Storage(error) => strings().storage_error(*error).to_owned(),
                    OpenNotice::Load(failure) => strings().load_failure(failure),
                });
            }
            let attach = opened
                .id
                .filter(|_| opened.may_save)
                .map(|id| (id, opened.text));
            (opened.journey, attach)
        }
    };
    let store = JourneyStore::new(journey);
    let selection = Selection(RwSignal::new(None));
    let autosave = Autosave::new(store, notices);
    if let Some((id, text)) = attach {
        autosave.attach(id, text);
    }
    let workspace = Workspace::new(store, autosave, notices, selection);
    workspace.shared.set(shared);
    provide_context(store);
    provide_context(notices);
    provide_context(selection);
    provide_context(workspace);
    let focused = FocusedStep(RwSignal::new(None));
    provide_context(focused);
    // Which columns of a long map are built (`blueprint/reveal.rs`): here, so that the views
    // that lead to a place on the map can have it built, and printing all of it.
    let reveal = Reveal::default();
    provide_context(reveal);
    let view_choice = ViewChoice::stored(store, focused, selection, reveal);
    if shared {
        view_choice.start_on_map();
    }
    provide_context(view_choice);
    provide_context(Presenting(RwSignal::new(None)));
    provide_context(Printing(RwSignal::new(false)));

    // Another tab wrote storage: the open journey may need the other version, lists a re-read.
    let storage = window_event_listener(ev::storage, move |write| {
        let Some(key) = write.key() else {
            workspace.library_changed();
            return;
        };
        autosave.changed_elsewhere(&key, write.new_value());
        if key == INDEX_KEY || key.starts_with(JOURNEY_PREFIX) || key.starts_with(VERSION_PREFIX) {
            workspace.library_changed();
        }
    });
    // A link pasted into the address bar of an open page changes only the fragment.
    let pasted =
        window_event_listener_untyped("hashchange", move |_| match share::journey_in_location() {
            Some(Ok(journey)) => {
                workspace.open_shared(journey);
                view_choice.start_on_map();
            }
            Some(Err(error)) => notices.push((strings().link_error)(&error)),
            None => {}
        });
    // Undo and redo from anywhere on the page, also while a field has the focus: the field's
    // own undo would only take back its text, not the journey's last step.
    let shortcuts = window_event_listener(ev::keydown, move |event| {
        if workspace.shared.get_untracked() {
            return;
        }
        let redo = match Shortcut::of(&event) {
            Some(Shortcut::Undo) => false,
            Some(Shortcut::Redo) => true,
            _ => return,
        };
        event.prevent_default();
        if redo {
            store.redo();
        } else {
            store.undo();
        }
    });
    // The page may be closed or frozen without another chance: save what is pending.
    let leaving = window_event_listener_untyped("pagehide", move |_| autosave.flush());
    let hidden = window_event_listener_untyped("visibilitychange", move |_| autosave.flush());
    on_cleanup(move || {
        storage.remove();
        pasted.remove();
        shortcuts.remove();
        leaving.remove();
        hidden.remove();
    });

    let new_version = super::update_banner::start_offline();
    language::set_document_language(language::current());
    // Components read their texts once, when they are drawn: a new language draws the page
    // again. The store, its undo history, the selection and the notices are above, in
    // context, so the journey, what is selected and what can be undone stay as they were.
    move || {
        let s = strings();
        view! {
            <header class="app-header">
                <span class="app-header__product">{s.app_name}</span>
                <JourneyToolbar />
                <LanguagePicker />
            </header>
            <NoticeBar />
            <UpdateBanner ready=new_version />
            <SharedBanner />
            {move || match workspace.screen.get() {
                Screen::Library => super::views::library(),
                Screen::Journey => view! {
                    <JourneyScreen />
                    <PrintSheet />
                    <Presentation />
                }
                .into_any(),
            }}
        }
    }
}

/// The open journey, one view at a time beside the navigation. The map stays drawn while
/// another view is shown, so that coming back to it is immediate and keeps its scroll; the
/// other views are drawn when shown. A journey from a link is shown read-only: every control
/// of the views is disabled until a copy is saved.
#[component]
fn JourneyScreen() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let choice = expect_context::<ViewChoice>();
    let current = Memo::new(move |_| choice.get());
    let other_view = move || super::views::other_view(current.get());
    // The map's picture and zoom work on a shared journey too: they change nothing in it, so
    // they stand outside the fieldset that disables its editing.
    let zoom = Zoom::default();
    provide_context(zoom);
    view! {
        <main class="workspace">
            <ViewNav />
            <div class="workspace__main">
            <div class="map__tools" hidden=move || current.get() != WorkspaceView::Map>
                <MapPicture />
                <ZoomControls zoom />
            </div>
            <fieldset class="workspace__fields" disabled=move || workspace.shared.get()>
                <div
                    class="workspace__view workspace__map"
                    hidden=move || current.get() != WorkspaceView::Map
                    data-testid="map-view"
                >
                    <PersonaStrip />
                    <div class="workspace__design">
                        <Blueprint />
                        <TouchpointEditor />
                    </div>
                </div>
                {other_view}
            </fieldset>
            </div>
        </main>
    }
}
