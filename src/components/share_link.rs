//! "Copy link": the open journey as a link that carries it whole.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use sightline_document::encode_link;
use sightline_engine::Journey;

use super::deferred::{deferred, loaded_or_notice};
use super::focus::select_when_drawn;

use crate::share::{copy_to_clipboard, link_to};
use crate::shortcuts::Shortcut;
use crate::store::{JourneyStore, Notices};
use crate::strings::strings;

/// A button that puts a link to the open journey on the clipboard, and shows the link in a
/// field, selected, so that it can also be copied by hand where the clipboard is refused.
#[component]
pub fn ShareLink() -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let notices = expect_context::<Notices>();
    let s = strings();
    let link = RwSignal::new(None::<String>);
    let field = NodeRef::<html::Input>::new();
    Effect::new(move |_| {
        if let (Some(_), Some(input)) = (link.get(), field.get()) {
            select_when_drawn(input);
        }
    });
    let copy = move |_| {
        spawn_local(async move {
            let Some(encode) = loaded_or_notice(link_encoder(), notices).await else {
                return;
            };
            let Some(url) = store.with_untracked(|journey| link_to(encode(journey))) else {
                link.set(None);
                notices.push(s.link_too_large.to_owned());
                return;
            };
            link.set(Some(url.clone()));
            if copy_to_clipboard(&url).await {
                notices.inform(s.link_copied.to_owned());
            }
        });
    };
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        if Shortcut::of(&event) == Some(Shortcut::Close) {
            link.set(None);
        }
    };
    view! {
        <button class="button" on:click=copy data-testid="copy-link">
            {s.copy_link}
        </button>
        {move || {
            link.get()
                .map(|url| {
                    view! {
                        <div class="share-link" on:keydown=on_key>
                            <label class="share-link__field">
                                <span>{s.link_to_copy}</span>
                                <input
                                    node_ref=field
                                    readonly
                                    prop:value=url
                                    data-testid="share-link"
                                />
                            </label>
                            <button class="button" on:click=move |_| link.set(None)>
                                {s.close}
                            </button>
                        </div>
                    }
                })
        }}
    }
}

// The encoder is a first visit's download only if it copies a link; opening one needs
// only the decoder.
deferred! {
    fn link_encoder() -> fn(&Journey) -> String {
        encode_link
    }
}
