//! Start the to-be: a linked copy of the open journey, to redesign and compare by id.

use leptos::prelude::*;

use super::CompareChoice;
use crate::strings::strings;
use crate::versions::Side;
use crate::workspace::Workspace;

/// The to-be's name and the button that starts it; the to-be opens, compared with its as-is.
#[component]
pub fn StartToBe() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let choice = expect_context::<CompareChoice>();
    let s = strings();
    let name = RwSignal::new((s.versions.to_be_name)(&workspace.open_name()));
    let start = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let origin = workspace.open_id();
        workspace.start_to_be(&name.get_untracked());
        let opened = workspace.open_id();
        if let Some(origin) = origin.filter(|origin| opened.as_ref() != Some(origin)) {
            choice.against_now(Side::Stored(origin));
            name.set((s.versions.to_be_name)(&workspace.open_name()));
        }
    };
    view! {
        <div class="versions__to-be" role="group" aria-labelledby="to-be-title">
            <h3 id="to-be-title" class="versions__subtitle">
                {s.versions.start_to_be}
            </h3>
            <p class="versions__hint">{s.versions.to_be_hint}</p>
            <form class="versions__save" on:submit=start>
                <label class="versions__field">
                    <span>{s.versions.to_be_name_label}</span>
                    <input type="text" bind:value=name data-testid="to-be-name" />
                </label>
                <button type="submit" class="button" data-testid="start-to-be">
                    {s.versions.start_to_be}
                </button>
            </form>
        </div>
    }
}
