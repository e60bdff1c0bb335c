//! The banner over a journey opened from a share link.

use leptos::prelude::*;

use crate::strings::strings;
use crate::workspace::Workspace;

/// Says that the journey came from a link and is not stored, and offers to store a copy.
#[component]
pub fn SharedBanner() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let s = strings();
    move || {
        workspace.shared.get().then(|| {
            view! {
                <section class="shared-banner" role="status" data-testid="shared-banner">
                    <p class="shared-banner__text">{s.shared_banner}</p>
                    <button
                        class="button button--primary"
                        on:click=move |_| workspace.save_shared_copy()
                        data-testid="save-copy"
                    >
                        {s.save_copy}
                    </button>
                    <button
                        class="button"
                        on:click=move |_| workspace.show_library()
                    >
                        {s.library}
                    </button>
                </section>
            }
        })
    }
}
