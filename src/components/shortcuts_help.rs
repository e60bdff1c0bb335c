//! The list of keyboard shortcuts, opened with `?` or its button.

use leptos::ev;
use leptos::html;
use leptos::leptos_dom::helpers::window_event_listener;
use leptos::prelude::*;

use crate::shortcuts::{is_typing, HelpLine, Shortcut};
use crate::strings::strings;

/// A button that shows the keyboard shortcuts in a dialog; `?` anywhere but in a text field
/// does the same, and Escape closes it.
#[component]
pub fn ShortcutsHelp() -> impl IntoView {
    let s = strings();
    let open = RwSignal::new(false);
    let close_button = NodeRef::<html::Button>::new();
    Effect::new(move |_| {
        if let (true, Some(button)) = (open.get(), close_button.get()) {
            let _ = button.focus();
        }
    });
    let keys = window_event_listener(ev::keydown, move |event| {
        let typing = is_typing(&event);
        match Shortcut::of(&event) {
            Some(Shortcut::ToggleHelp) if !typing => {
                event.prevent_default();
                open.update(|open| *open = !*open);
            }
            Some(Shortcut::Close) if open.get_untracked() => open.set(false),
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
    let rows = HelpLine::ALL
        .into_iter()
        .map(|line| {
            let (keys, what) = (s.shortcut_line)(line);
            view! {
                <dt class="shortcuts__keys">{keys}</dt>
                <dd class="shortcuts__what">{what}</dd>
            }
        })
        .collect_view();
    view! {
        <button
            class="button"
            aria-keyshortcuts=Shortcut::HELP_KEY
            aria-expanded=move || open.get().to_string()
            on:click=move |_| open.update(|open| *open = !*open)
            data-testid="show-shortcuts"
        >
            {s.shortcuts_button}
        </button>
        <div
            class="shortcuts"
            role="dialog"
            aria-modal="true"
            aria-labelledby="shortcuts-title"
            hidden=move || !open.get()
            data-testid="shortcuts"
        >
            <h2 id="shortcuts-title" class="shortcuts__title">
                {s.shortcuts_title}
            </h2>
            <dl class="shortcuts__list">{rows}</dl>
            <button class="button" node_ref=close_button on:click=move |_| open.set(false)>
                {s.close}
            </button>
        </div>
    }
}
