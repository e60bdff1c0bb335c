//! One journey in the library, with its actions; renaming and deleting happen in the row.

use leptos::prelude::*;
use sightline_persistence::Entry;

use crate::components::row_modes::{RowMode, RowQuestion};
use crate::strings::{strings, LibraryAction};
use crate::workspace::Workspace;

/// A library row: the journey's name and time of change, and open, rename, duplicate, delete.
#[component]
pub fn JourneyRow(
    /// The journey listed.
    entry: Entry,
) -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let s = strings();
    let mode = RwSignal::new(RowMode::Showing);
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
    view! {
        <li class="library-row" class:library-row--open=is_open data-testid="library-row">
            <div class="library-row__what">
                <span class="library-row__name" data-testid="library-row-name">
                    {name.get_value()}
                </span>
                <span class="library-row__when">{when}</span>
            </div>
            {move || match mode.get() {
                RowMode::Showing => {
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
                                on:click=move |_| mode.set(RowMode::Renaming)
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
                                on:click=move |_| mode.set(RowMode::ConfirmingDelete)
                                data-testid="library-delete"
                            >
                                {(s.library_action_label)(LibraryAction::Delete)}
                            </button>
                        </div>
                    }
                        .into_any()
                }
                _ => {
                    view! {
                        <div class="library-row__actions" role="group">
                            <RowQuestion
                                mode
                                name=name.get_value()
                                rename_label=name.with_value(|n| (s.new_name_of)(n))
                                question=name.with_value(|n| (s.confirm_delete)(n))
                                on_rename=Callback::new(move |new_name: String| {
                                    id.with_value(|id| workspace.rename(id, &new_name))
                                })
                                on_delete=Callback::new(move |()| id.with_value(|id| workspace.delete(id)))
                                testid="library"
                                confirm_class="library-row__confirm"
                            />
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
