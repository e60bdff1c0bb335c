//! What a list row does in place of its actions while it asks something: a new name, or
//! whether to delete for good. Shared by the library's rows and the versions' rows.

use leptos::html;
use leptos::prelude::*;

use crate::components::focus::select_when_drawn;
use crate::shortcuts::Shortcut;
use crate::strings::strings;

/// What a row is doing: showing its item, asking for a new name, or asking to confirm a
/// deletion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowMode {
    /// Its name and actions.
    Showing,
    /// A field for the new name.
    Renaming,
    /// The question before a deletion.
    ConfirmingDelete,
}

/// The new-name field with its save and cancel buttons; focused and selected when drawn,
/// Enter saves and Escape cancels. Either way the row shows its item again.
#[component]
fn RenameInRow(
    /// The row's mode, set back to showing.
    mode: RwSignal<RowMode>,
    /// The name now, in the field at first.
    name: String,
    /// The field's accessible name.
    label: String,
    /// Called with the field's text when saved.
    on_rename: Callback<String>,
    /// Prefix of the tests' hooks: `{prefix}-new-name`, `{prefix}-save-name`.
    testid: &'static str,
) -> impl IntoView {
    let s = strings();
    let input = NodeRef::<html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = input.get() {
            select_when_drawn(input);
        }
    });
    let commit = move || {
        if let Some(input) = input.get_untracked() {
            on_rename.run(input.value());
        }
        mode.set(RowMode::Showing);
    };
    let on_key = move |event: leptos::ev::KeyboardEvent| match Shortcut::of(&event) {
        Some(Shortcut::Confirm) => commit(),
        Some(Shortcut::Close) => mode.set(RowMode::Showing),
        _ => {}
    };
    view! {
        <input
            node_ref=input
            aria-label=label
            value=name
            on:keydown=on_key
            data-testid=format!("{testid}-new-name")
        />
        <button
            type="button"
            class="button button--primary"
            on:click=move |_| commit()
            data-testid=format!("{testid}-save-name")
        >
            {s.save_name}
        </button>
        <button type="button" class="button" on:click=move |_| mode.set(RowMode::Showing)>
            {s.cancel}
        </button>
    }
}

/// The question before a deletion for good, with the safe answer focused.
#[component]
fn ConfirmInRow(
    /// The row's mode, set back to showing on cancel.
    mode: RwSignal<RowMode>,
    /// The question.
    question: String,
    /// Called when the user confirms.
    on_delete: Callback<()>,
    /// Prefix of the tests' hook: `{prefix}-confirm-delete`.
    testid: &'static str,
    /// The class of the question's text.
    class: &'static str,
) -> impl IntoView {
    let s = strings();
    let keep = NodeRef::<html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = keep.get() {
            let _ = button.focus();
        }
    });
    view! {
        <span class=class>{question}</span>
        <button
            type="button"
            class="button button--danger"
            on:click=move |_| on_delete.run(())
            data-testid=format!("{testid}-confirm-delete")
        >
            {s.delete_for_good}
        </button>
        <button
            type="button"
            class="button"
            node_ref=keep
            on:click=move |_| mode.set(RowMode::Showing)
        >
            {s.cancel}
        </button>
    }
}

/// What a row shows while it is not showing its item: the new-name field or the delete
/// question, by its mode.
#[component]
pub fn RowQuestion(
    /// The row's mode.
    mode: RwSignal<RowMode>,
    /// The item's name now.
    name: String,
    /// The new-name field's accessible name.
    rename_label: String,
    /// The question before a deletion.
    question: String,
    /// Called with the new name.
    on_rename: Callback<String>,
    /// Called when the deletion is confirmed.
    on_delete: Callback<()>,
    /// Prefix of the tests' hooks.
    testid: &'static str,
    /// The class of the question's text.
    confirm_class: &'static str,
) -> impl IntoView {
    move || match mode.get() {
        RowMode::Showing => ().into_any(),
        RowMode::Renaming => view! {
            <RenameInRow mode name=name.clone() label=rename_label.clone() on_rename testid />
        }
        .into_any(),
        RowMode::ConfirmingDelete => view! {
            <ConfirmInRow mode question=question.clone() on_delete testid class=confirm_class />
        }
        .into_any(),
    }
}
