//! The open journey's versions: keep one under a name, the list, and the question asked
//! when only deleting a named version makes room.

use leptos::prelude::*;

use super::start_to_be::StartToBe;
use super::version_row::VersionRow;
use crate::language::date_time;
use crate::storage::journeys;
use crate::strings::strings;
use crate::versions::{version_name, VersionActions};
use crate::workspace::Workspace;

/// Save version, the versions newest first, those that cannot be read, and Start the to-be.
#[component]
pub fn VersionsPanel() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let actions = expect_context::<VersionActions>();
    let s = strings();
    let name = RwSignal::new(String::new());
    let list = Memo::new(move |_| {
        workspace.library_version.track();
        actions
            .open_id()
            .map(|id| journeys().versions(&id))
            .unwrap_or_default()
    });
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if actions.save(&name.get_untracked()) {
            name.set(String::new());
        }
    };
    let question = move || {
        actions.question.get().map(|question| {
            let oldest = &question.oldest;
            let text = (s.versions.no_room_named)(&version_name(oldest), &date_time(oldest.saved));
            view! {
                <div class="versions__question" role="alert" data-testid="version-room">
                    <p>{text}</p>
                    <button
                        type="button"
                        class="button button--danger"
                        on:click=move |_| actions.make_room_and_retry()
                        data-testid="version-make-room"
                    >
                        {s.versions.delete_and_retry}
                    </button>
                    <button type="button" class="button" on:click=move |_| actions.question.set(None)>
                        {s.cancel}
                    </button>
                </div>
            }
        })
    };
    let stored = move || actions.open_id().is_some() && !workspace.shared.get();
    view! {
        <section class="panel versions" aria-labelledby="versions-title" data-testid="versions">
            <h2 id="versions-title" class="panel__title">
                {s.versions.heading}
            </h2>
            <Show
                when=stored
                fallback=move || view! { <p class="versions__hint">{s.versions.shared}</p> }
            >
                <p class="versions__hint">{s.versions.hint}</p>
                <form class="versions__save" on:submit=save>
                    <label class="versions__field">
                        <span>{s.versions.name_label}</span>
                        <input
                            type="text"
                            placeholder=s.versions.name_placeholder
                            bind:value=name
                            data-testid="version-name"
                        />
                    </label>
                    <button type="submit" class="button button--primary" data-testid="save-version">
                        {s.versions.save}
                    </button>
                </form>
                {question}
                <Show
                    when=move || list.with(|list| !list.versions.is_empty())
                    fallback=move || view! { <p class="versions__none">{s.versions.none}</p> }
                >
                    <ul class="versions__list" data-testid="version-list">
                        <For
                            each=move || list.get().versions
                            key=|version| (version.id.clone(), version.name.clone(), version.saved.to_bits())
                            children=|version| view! { <VersionRow version /> }
                        />
                    </ul>
                </Show>
                <ul class="versions__list">
                    <For
                        each=move || list.get().unreadable
                        key=|unreadable| unreadable.id.clone()
                        children=move |unreadable| {
                            let id = unreadable.id.clone();
                            view! {
                                <li class="version-row version-row--unreadable" data-testid="version-unreadable">
                                    <span>{(s.versions.unreadable)(&s.version_error(&unreadable.error))}</span>
                                    <button
                                        type="button"
                                        class="button button--small"
                                        on:click=move |_| actions.download_text(&id)
                                    >
                                        {s.versions.download_text}
                                    </button>
                                </li>
                            }
                        }
                    />
                </ul>
                <StartToBe />
            </Show>
        </section>
    }
}
