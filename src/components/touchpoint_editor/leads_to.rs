//! Where a touchpoint leads: another journey of the library (a handover to the support
//! journey, say), picked by name and opened from here.

use leptos::prelude::*;
use sightline_engine::{Edit, Touchpoint, TouchpointId};
use wasm_bindgen::JsCast;

use crate::components::journey_names::{library_memo, linked_name};
use crate::store::{JourneyStore, Notices};
use crate::strings::strings;
use crate::workspace::Workspace;

/// The id of the picker, for its label.
const PICKER_ID: &str = "touchpoint-linked-journey";

/// A picker over the library's other journeys (none: no link) and a button that opens the
/// linked one, saving the open journey first. A link to a journey this library does not hold
/// is named as such and cannot be followed.
#[component]
pub fn LeadsTo(
    /// The touchpoint edited.
    id: TouchpointId,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let workspace = expect_context::<Workspace>();
    let notices = expect_context::<Notices>();
    let s = strings();
    let entries = library_memo();
    let linked = Memo::new(move |_| {
        store
            .item::<Touchpoint, _>(id, |t| t.leads_to.clone())
            .flatten()
    });
    // The journey linked to, by name; `Err` holds the id of one this library does not hold.
    let target = Memo::new(move |_| {
        let link = linked.get()?;
        Some(
            entries
                .with(|entries| linked_name(entries, &link))
                .ok_or(link),
        )
    });
    // Every other journey, and this one only if it is what the link names.
    let choices = Memo::new(move |_| {
        let open = workspace.open_id();
        let link = linked.get();
        entries.with(|entries| {
            entries
                .iter()
                .filter(|e| open.as_deref() != Some(e.id.as_str()) || link.as_ref() == Some(&e.id))
                .map(|e| (e.id.clone(), e.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let choose = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        let journey = (!value.is_empty()).then_some(value);
        if journey != linked.get_untracked() {
            if let Err(error) = store.try_apply(Edit::SetLeadsTo { id, journey }) {
                notices.push((s.edit_refused)(&error));
            }
        }
    };
    let open = move |_| {
        if let Some(Ok(_)) = target.get_untracked() {
            if let Some(link) = linked.get_untracked() {
                workspace.open(&link);
                focus_journey_name_later();
            }
        }
    };
    let found = move || target.with(|t| matches!(t, Some(Ok(_))));
    view! {
        <div class="editor__field journey-link">
            <label for=PICKER_ID>{s.leads_to_journey}</label>
            <div class="journey-link__row">
                <select id=PICKER_ID on:change=choose data-testid="touchpoint-linked-journey">
                    <option value="" prop:selected=move || linked.with(Option::is_none)>
                        {s.no_linked_journey}
                    </option>
                    {move || {
                        target
                            .get()
                            .and_then(Result::err)
                            .map(|missing| {
                                view! {
                                    <option value=missing prop:selected=true>
                                        {s.journey_not_in_library}
                                    </option>
                                }
                            })
                    }}
                    {move || {
                        choices
                            .get()
                            .into_iter()
                            .map(|(journey, name)| {
                                let chosen = journey.clone();
                                view! {
                                    <option
                                        value=journey
                                        prop:selected=move || {
                                            linked.with(|l| l.as_ref() == Some(&chosen))
                                        }
                                    >
                                        {name}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
                <button
                    class="button"
                    disabled=move || !found()
                    aria-label=move || match target.get() {
                        Some(Ok(name)) => Some((s.open_linked_journey)(&name)),
                        _ => None,
                    }
                    on:click=open
                    data-testid="open-linked-journey"
                >
                    {s.open_linked}
                </button>
            </div>
            <Show when=move || target.with(|t| matches!(t, Some(Err(_))))>
                <p class="editor__note journey-link__missing" role="status" data-testid="journey-link-missing">
                    {s.journey_not_in_library}
                </p>
            </Show>
        </div>
    }
}

/// Once the linked journey is shown, put the focus on its name, which says where the user
/// has arrived; the button that opened it is gone with the editor.
fn focus_journey_name_later() {
    request_animation_frame(|| {
        let name = document()
            .query_selector("input.app-header__journey")
            .ok()
            .flatten()
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(name) = name {
            let _ = name.focus();
        }
    });
}
