//! The navigation between the journey screen's views: a side rail on wide screens, a bar on
//! narrow ones (the stylesheet decides), the current view marked for assistive technology.

use leptos::ev;
use leptos::leptos_dom::helpers::window_event_listener;
use leptos::prelude::*;

use crate::shortcuts::{is_typing, Shortcut};
use crate::strings::{strings, WorkspaceView};
use crate::view_choice::ViewChoice;

/// One button per view; the number keys 1 to 7, outside a field, do the same.
#[component]
pub fn ViewNav() -> impl IntoView {
    let choice = expect_context::<ViewChoice>();
    let s = strings();
    let keys = window_event_listener(ev::keydown, move |event| {
        let Some(Shortcut::ShowView(view)) = Shortcut::of(&event) else {
            return;
        };
        if is_typing(&event) {
            return;
        }
        event.prevent_default();
        choice.show(view);
    });
    on_cleanup(move || keys.remove());
    let entries = WorkspaceView::ALL
        .into_iter()
        .map(|view| {
            let current = move || choice.get() == view;
            view! {
                <li>
                    <button
                        type="button"
                        class="view-nav__entry"
                        class:view-nav__entry--current=current
                        aria-current=move || current().then_some("page")
                        aria-keyshortcuts=view.number().to_string()
                        on:click=move |_| choice.show(view)
                        data-testid=format!("view-{}", view.key())
                    >
                        {s.workspace.name(view)}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="view-nav" aria-label=s.workspace.views>
            <ul class="view-nav__list">{entries}</ul>
        </nav>
    }
}
