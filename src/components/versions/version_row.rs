//! One version of the open journey, with its actions; renaming and deleting happen in the row.

use leptos::prelude::*;
use sightline_persistence::VersionInfo;

use super::CompareChoice;
use crate::components::focus::focus_later;
use crate::components::row_modes::{RowMode, RowQuestion};
use crate::language::date_time;
use crate::strings::{strings, VersionAction};
use crate::versions::{version_name, Side, VersionActions};

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
    let mode = RwSignal::new(RowMode::Showing);
    let kind = (s.versions.kind)(version.kind);
    let when = (s.versions.saved_on)(&date_time(version.saved));
    let named = version.name.is_some();
    let name = StoredValue::new(version_name(&version));
    let data_kind = format!("{:?}", version.kind);
    let (journey, id) = (
        StoredValue::new(version.journey),
        StoredValue::new(version.id),
    );
    let act = move |action: VersionAction| match action {
        VersionAction::Compare => {
            choice.against_now(Side::Version {
                journey: journey.get_value(),
                version: id.get_value(),
            });
            focus_later("compare-title".to_owned(), false);
        }
        VersionAction::Restore => name.with_value(|n| id.with_value(|id| actions.restore(id, n))),
        VersionAction::Rename => mode.set(RowMode::Renaming),
        VersionAction::Export => name.with_value(|n| id.with_value(|id| actions.export(id, n))),
        VersionAction::Delete if named => mode.set(RowMode::ConfirmingDelete),
        VersionAction::Delete => id.with_value(|id| actions.delete(id)),
    };
    let buttons = move || {
        VersionAction::ALL
            .into_iter()
            .map(|action| {
                let class = match action {
                    VersionAction::Compare => "button button--primary",
                    VersionAction::Delete => "button button--danger",
                    _ => "button",
                };
                view! {
                    <button
                        type="button"
                        class=class
                        aria-label=name.with_value(|n| (s.versions.action_label)(action, n))
                        on:click=move |_| act(action)
                        data-testid=format!("version-{}", format!("{action:?}").to_lowercase())
                    >
                        {(s.versions.action)(action)}
                    </button>
                }
            })
            .collect_view()
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
            <div class="version-row__actions" role="group">
                {move || match mode.get() {
                    RowMode::Showing => buttons().into_any(),
                    _ => {
                        view! {
                            <RowQuestion
                                mode
                                name=name.get_value()
                                rename_label=name.with_value(|n| (s.new_name_of)(n))
                                question=name.with_value(|n| (s.versions.confirm_delete)(n))
                                on_rename=Callback::new(move |new_name: String| {
                                    id.with_value(|id| actions.rename(id, &new_name))
                                })
                                on_delete=Callback::new(move |()| id.with_value(|id| actions.delete(id)))
                                testid="version"
                                confirm_class="version-row__confirm"
                            />
                        }
                            .into_any()
                    }
                }}
            </div>
        </li>
    }
}
