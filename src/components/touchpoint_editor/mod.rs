//! The panel where the selected touchpoint is edited: where it sits, who takes part, how it
//! feels and what it does to each stakeholder's value.

mod effects;
mod experience;
mod insights;
mod leads_to;
mod marks;

use leptos::html;
use leptos::prelude::*;
use sightline_engine::{Channel, Edit, Lane, Touchpoint, TouchpointId};

use crate::components::deferred::{deferred, loading_part, missing_part, ChunkMissing, OnDemand};
use crate::components::fields::{named, ChoiceField};
use crate::components::focus::select_when_drawn;
use crate::shortcuts::Shortcut;
use crate::store::{JourneyStore, Selection};
use crate::strings::strings;
use effects::Effects;
use experience::Experience;
use leads_to::LeadsTo;
use marks::Marks;

/// Shows the editor for the selected touchpoint, if it still exists.
#[component]
pub fn TouchpointEditor() -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let selection = expect_context::<Selection>();
    // A memo, so that typing (which changes the journey) does not rebuild the form and steal
    // the caret: the form is rebuilt only when another touchpoint is selected.
    let open = Memo::new(move |_| {
        selection
            .0
            .get()
            .filter(|id| store.item::<Touchpoint, _>(*id, |_| ()).is_some())
    });
    // The form's code is fetched when a touchpoint is first selected.
    let form = OnDemand::new(|| Box::pin(touchpoint_form()));
    // Most sessions select a touchpoint soon, some at once (a new touchpoint is named by
    // typing straight after the click): fetch the form once the map is drawn, so that the
    // first selection finds it there; a selection before then fetches it itself.
    form.prefetch_when_idle();
    move || {
        let id = open.get()?;
        Some(match form.get() {
            Some(Ok(draw)) => draw(id),
            Some(Err(ChunkMissing)) => missing_part(),
            None => loading_part(),
        })
    }
}

// A drawing function, since a split point takes no arguments.
deferred! {
    fn touchpoint_form() -> fn(TouchpointId) -> AnyView {
        |id| view! { <TouchpointForm id /> }.into_any()
    }
}

/// The fields of one touchpoint. Opening it puts the caret in the name, text selected, so a
/// new touchpoint is named by simply typing.
#[component]
fn TouchpointForm(
    /// The touchpoint edited.
    id: TouchpointId,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let selection = expect_context::<Selection>();
    let s = strings();
    let name_input = NodeRef::<html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = name_input.get() {
            select_when_drawn(input);
        }
    });
    // The name is read without copying the whole touchpoint; the channel and the lane are
    // memos, so that typing the name leaves their fields alone.
    let name = move || {
        store
            .item::<Touchpoint, _>(id, |t| t.name.clone())
            .unwrap_or_default()
    };
    let channel = Memo::new(move |_| store.item::<Touchpoint, _>(id, |t| t.channel));
    let lane = Memo::new(move |_| store.item::<Touchpoint, _>(id, |t| t.lane));
    let close = move || selection.0.set(None);
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        if Shortcut::of(&event) == Some(Shortcut::Close) {
            close();
        }
    };
    let delete = move |_| {
        store.apply(Edit::DeleteTouchpoint { id });
        close();
    };
    view! {
        <aside
            class="editor"
            aria-labelledby="editor-title"
            on:keydown=on_keydown
            data-testid="touchpoint-editor"
        >
            <h2 id="editor-title" class="editor__title">
                {s.touchpoint_editor}
            </h2>
            <label class="editor__field">
                <span>{s.name}</span>
                <input
                    node_ref=name_input
                    prop:value=name
                    on:input=move |event| {
                        store.apply(Edit::RenameTouchpoint { id, name: event_target_value(&event) })
                    }
                    data-testid="touchpoint-name"
                />
            </label>
            <ChoiceField
                label=s.channel.to_owned()
                options=named(&Channel::ALL, |c| s.channel(c))
                value=channel
                on_choose=Callback::new(move |choice: Option<Channel>| {
                    if let Some(channel) = choice {
                        store.apply(Edit::SetChannel { id, channel });
                    }
                })
                testid="touchpoint-channel"
            />
            <ChoiceField
                label=s.lane.to_owned()
                options=named(&Lane::ALL, |l| s.lane(l))
                value=lane
                on_choose=Callback::new(move |choice: Option<Lane>| {
                    if let Some(lane) = choice {
                        store.apply(Edit::SetLane { id, lane });
                    }
                })
                testid="touchpoint-lane"
            />
            <Marks id />
            <LeadsTo id />
            <Experience id />
            <Effects id />
            <insights::TouchpointInsights id />
            <div class="editor__actions">
                <button
                    class="button button--danger"
                    on:click=delete
                    data-testid="delete-touchpoint"
                >
                    {s.delete_touchpoint}
                </button>
                <button class="button" on:click=move |_| close()>
                    {s.done}
                </button>
            </div>
        </aside>
    }
}
