//! One journey in the library, with its actions; renaming and deleting happen in the row.

use leptos::html;
use leptos::prelude::*;
use sightline_persistence::Entry;

use crate::shortcuts::Shortcut;
use crate::strings::{strings, LibraryAction};
use crate::workspace::Workspace;

/// What the row is doing: showing the journey, asking for a new name, or asking to confirm
/// a deletion.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Showing,
    Renaming,
    ConfirmingDelete,
}

/// A library row: the journey's name and time of change, and open, rename, duplicate, delete.
#[component]
pub fn JourneyRow(
    /// The journey listed.
    entry: Entry,
) -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let s = strings();
    let mode = RwSignal::new(Mode::Showing);
    let name = if entry.name.trim().is_empty() {
        s.untitled_journey.to_owned()
    } else {
        entry.name.clone()
    };
    let when = changed_at(entry.updated);
    let is_open = workspace.open_id().as_deref() == Some(entry.id.as_str());
    let id = StoredValue::new(entry.id.clone());
    let name = StoredValue::new(name);
    let label = move |action: LibraryAction| name.with_value(|n| (s.library_action)(action, n));
    let name_input = NodeRef::<html::Input>::new();
    let keep_button = NodeRef::<html::Button>::new();
    // Put the focus where the user's next key belongs once the row changes mode.
    Effect::new(move |_| match mode.get() {
        Mode::Renaming => {
            if let Some(input) = name_input.get() {
                let _ = input.focus();
                input.select();
            }
        }
        Mode::ConfirmingDelete => {
            if let Some(button) = keep_button.get() {
                let _ = button.focus();
            }
        }
        Mode::Showing => {}
    });
    let commit_rename = move || {
        if let Some(input) = name_input.get_untracked() {
            id.with_value(|id| workspace.rename(id, &input.value()));
        }
        mode.set(Mode::Showing);
    };
    let on_rename_key = move |event: leptos::ev::KeyboardEvent| match Shortcut::of(&event) {
        Some(Shortcut::Confirm) => commit_rename(),
        Some(Shortcut::Close) => mode.set(Mode::Showing),
        _ => {}
    };
    view! {
        <li class="library-row" class:library-row--open=is_open data-testid="library-row">
            <div class="library-row__what">
                <span class="library-row__name" data-testid="library-row-name">
                    {name.get_value()}
                </span>
                <span class="library-row__when">{when}</span>
            </div>
            {move || match mode.get() {
                Mode::Showing => {
                    view! {
                        <div class="library-row__actions">
                            <button
                                class="button button--primary"
                                aria-label=label(LibraryAction::Open)
                                on:click=move |_| id.with_value(|id| workspace.open(id))
                                data-testid="library-open"
                            >
                                {(s.library_action_label)(LibraryAction::Open)}
                            </button>
                            <button
                                class="button"
                                aria-label=label(LibraryAction::Rename)
                                on:click=move |_| mode.set(Mode::Renaming)
                                data-testid="library-rename"
                            >
                                {(s.library_action_label)(LibraryAction::Rename)}
                            </button>
                            <button
                                class="button"
                                aria-label=label(LibraryAction::Duplicate)
                                on:click=move |_| id.with_value(|id| workspace.duplicate(id))
                                data-testid="library-duplicate"
                            >
                                {(s.library_action_label)(LibraryAction::Duplicate)}
                            </button>
                            <button
                                class="button button--danger"
                                aria-label=label(LibraryAction::Delete)
                                on:click=move |_| mode.set(Mode::ConfirmingDelete)
                                data-testid="library-delete"
                            >
                                {(s.library_action_label)(LibraryAction::Delete)}
                            </button>
                        </div>
                    }
                        .into_any()
                }
                Mode::Renaming => {
                    view! {
                        <div class="library-row__actions">
                            <input
                                node_ref=name_input
                                aria-label=name.with_value(|n| (s.new_name_of)(n))
                                value=name.get_value()
                                on:keydown=on_rename_key
                                data-testid="library-new-name"
                            />
                            <button
                                class="button button--primary"
                                on:click=move |_| commit_rename()
                                data-testid="library-save-name"
                            >
                                {s.save_name}
                            </button>
                            <button class="button" on:click=move |_| mode.set(Mode::Showing)>
                                {s.cancel}
                            </button>
                        </div>
                    }
                        .into_any()
                }
                Mode::ConfirmingDelete => {
                    view! {
                        <div class="library-row__actions" role="group">
                            <span class="library-row__confirm">
                                {name.with_value(|n| (s.confirm_delete)(n))}
                            </span>
                            <button
                                class="button button--danger"
                                on:click=move |_| id.with_value(|id| workspace.delete(id))
                                data-testid="library-confirm-delete"
                            >
                                {s.delete_for_good}
                            </button>
                            <button
                                class="button"
                                node_ref=keep_button
                                on:click=move |_| mode.set(Mode::Showing)
                            >
                                {s.cancel}
                            </button>
                        </div>
                    }
                        .into_any()
                }
            }}
        </li>
    }
}

/// When a journey last changed, in the browser's language and time zone.
fn changed_at(updated: f64) -> String {
    if updated <= 0.0 {
        return strings().never_changed.to_owned();
    }
    (strings().last_changed)(&crate::language::date_time(updated))
}
