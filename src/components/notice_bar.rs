//! Messages the user must read: failures to load or save, each dismissable.

use leptos::prelude::*;

use crate::store::{Notices, Tone};
use crate::strings::strings;

/// The notices region at the top of the page; announced to screen readers as it changes.
#[component]
pub fn NoticeBar() -> impl IntoView {
    let notices = expect_context::<Notices>();
    view! {
        <section class="notices" aria-label=strings().notices aria-live="polite">
            <For
                each=move || notices.list()
                key=|notice| notice.id
                children=move |notice| {
                    let id = notice.id;
                    let info = notice.tone == Tone::Info;
                    view! {
                        <div
                            class="notice"
                            class:notice--info=info
                            role=if info { "status" } else { "alert" }
                            data-testid="notice"
                        >
                            <p class="notice__text">{notice.text}</p>
                            <button class="notice__dismiss" on:click=move |_| notices.dismiss(id)>
                                {strings().dismiss}
                            </button>
                        </div>
                    }
                }
            />
        </section>
    }
}
