//! One version of the open journey, with its actions; renaming and deleting happen in the row.

use leptos::html;
use leptos::prelude::*;
use sightline_persistence::VersionInfo;

use super::CompareChoice;
use crate::components::focus::focus_later;
use crate::language::date_time;
use crate::shortcuts::Shortcut;
use crate::strings::{strings, VersionAction};
use crate::versions::{version_name, Side, VersionActions};

/// What the row is doing: showing the version, asking for a new name, or asking to confirm
/// a deletion.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Showing,
    Renaming,
    ConfirmingDelete,
}

/// A version: its name, why and when it was kept, and compare, restore, rename, export and
/// delete (named versions only after a confirmation).
#[component]
pub fn VersionRow(
    /// The version listed.
    version: VersionInfo,
) -> impl IntoView {
    let actions = expect_context::<VersionActions>();
    let choice = expect_context::<CompareChoice>();
    let s = strings();
    let mode = RwSignal::new(Mode::Showing);
    let kind = (s.versions.kind)(version.kind);
    let when = (s.versions.saved_on)(&date_time(version.saved));
    let named = version.name.is_some();
    let name = StoredValue::new(version_name(&version));
    let data_kind = format!("{:?}", version.kind);
    let (journey, id) = (
        StoredValue::new(version.journey),
        StoredValue::new(version.id),
    );
    let label =
        move |action: VersionAction| name.with_value(|n| (s.versions.action_label)(action, n));
    let name_input = NodeRef::<html::Input>::new();
    let keep_button = NodeRef::<html::Button>::new();
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
            id.with_value(|id| actions.rename(id, &input.value()));
        }
        mode.set(Mode::Showing);
    };
    let on_rename_key = move |event: leptos::ev::KeyboardEvent| match Shortcut::of(&event) {
        Some(Shortcut::Confirm) => commit_rename(),
        Some(Shortcut::Close) => mode.set(Mode::Showing),
        _ => {}
    };
    let compare = move |_| {
        choice.against_now(Side::Version {
            journey: journey.get_value(),
            version: id.get_value(),
        });
        focus_later("compare-title".to_owned(), false);
    };
    let delete = move |_| {
        if named {
            mode.set(Mode::ConfirmingDelete);
        } else {
            id.with_value(|id| actions.delete(id));
        }
    };
    let button = move |action: VersionAction, primary: bool| {
        let on_click = move |_| match action {
            VersionAction::Restore => {
                name.with_value(|n| id.with_value(|id| actions.restore(id, n)));
            }
            VersionAction::Rename => mode.set(Mode::Renaming),
            VersionAction::Export => name.with_value(|n| id.with_value(|id| actions.export(id, n))),
            VersionAction::Compare | VersionAction::Delete => {}
        };
        view! {
            <button
                type="button"
                class="button"
                class:button--primary=primary
                aria-label=label(action)
                on:click=on_click
                data-testid=format!("version-{}", format!("{action:?}").to_lowercase())
            >
                {(s.versions.action)(action)}
            </button>
        }
    };
    view! {
        <li class="version-row" data-testid="version-row" data-kind=data_kind>
            <div class="version-row__what">
                <span class="version-row__name" data-testid="version-row-name">
                    {name.get_value()}
                </span>
                <span class="version-row__kind">{kind}</span>
                <span class="version-row__when">{when}</span>
            </div>
            {move || match mode.get() {
                Mode::Showing => {
                    view! {
                        <div class="version-row__actions">
                            <button
                                type="button"
                                class="button button--primary"
                                aria-label=label(VersionAction::Compare)
                                on:click=compare
                                data-testid="version-compare"
                            >
                                {(s.versions.action)(VersionAction::Compare)}
                            </button>
                            {button(VersionAction::Restore, false)}
                            {button(VersionAction::Rename, false)}
                            {button(VersionAction::Export, false)}
                            <button
                                type="button"
                                class="button button--danger"
                                aria-label=label(VersionAction::Delete)
                                on:click=delete
                                data-testid="version-delete"
                            >
                                {(s.versions.action)(VersionAction::Delete)}
                            </button>
                        </div>
                    }
                        .into_any()
                }
                Mode::Renaming => {
                    view! {
                        <div class="version-row__actions">
                            <input
                                node_ref=name_input
                                aria-label=name.with_value(|n| (s.new_name_of)(n))
                                value=name.get_value()
                                on:keydown=on_rename_key
                                data-testid="version-new-name"
                            />
                            <button
                                type="button"
                                class="button button--primary"
                                on:click=move |_| commit_rename()
                                data-testid="version-save-name"
                            >
                                {s.save_name}
                            </button>
                            <button type="button" class="button" on:click=move |_| mode.set(Mode::Showing)>
                                {s.cancel}
                            </button>
                        </div>
                    }
                        .into_any()
                }
                Mode::ConfirmingDelete => {
                    view! {
                        <div class="version-row__actions" role="group">
                            <span class="version-row__confirm">
                                {name.with_value(|n| (s.versions.confirm_delete)(n))}
                            </span>
                            <button
                                type="button"
                                class="button button--danger"
                                on:click=move |_| id.with_value(|id| actions.delete(id))
                                data-testid="version-confirm-delete"
                            >
                                {s.delete_for_good}
                            </button>
                            <button
                                type="button"
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
