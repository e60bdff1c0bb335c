//! Texts set aside because they could not be read, offered for download until discarded.

use leptos::prelude::*;

use crate::files::download;
use crate::storage::journeys;
use crate::strings::strings;
use crate::workspace::Workspace;

/// The set-aside texts, if any: each can be downloaded (to repair by hand or send to support)
/// or discarded for good.
#[component]
pub fn RecoveredList() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let s = strings();
    let items = Memo::new(move |_| {
        workspace.library_version.track();
        journeys().recovered()
    });
    move || {
        let items = items.get();
        (!items.is_empty()).then(|| {
            let rows = items
                .into_iter()
                .map(|(key, text)| {
                    let description = (s.recovered_item)(&key, text.chars().count());
                    let file_name = format!("{}.txt", key.replace('.', "-"));
                    let key = StoredValue::new(key);
                    let text = StoredValue::new(text);
                    view! {
                        <li class="recovered__item" data-testid="recovered-item">
                            <span>{description.clone()}</span>
                            <button
                                class="button"
                                aria-label=format!("{} {description}", s.download)
                                on:click=move |_| {
                                    text.with_value(|t| download(&file_name, "text/plain", t));
                                }
                                data-testid="recovered-download"
                            >
                                {s.download}
                            </button>
                            <button
                                class="button button--danger"
                                aria-label=format!("{} {description}", s.discard)
                                on:click=move |_| {
                                    key.with_value(|k| journeys().discard_recovered(k));
                                    workspace.library_changed();
                                }
                            >
                                {s.discard}
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="recovered" aria-labelledby="recovered-title">
                    <h3 id="recovered-title">{s.recovered_heading}</h3>
                    <ul class="recovered__list">{rows}</ul>
                </section>
            }
        })
    }
}
