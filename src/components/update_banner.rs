//! The notice that a new version of Sightline is ready, with the button that switches to it.

use leptos::prelude::*;

use crate::offline;
use crate::strings::strings;

/// Starts offline use (see [`offline`]); the returned signal turns true once a new version has
/// been installed beside the running one. Called once by the app, outside what a change of
/// language draws again, so the worker is registered once and a waiting version stays known.
pub fn start_offline() -> RwSignal<bool> {
    let ready = RwSignal::new(false);
    // Once the page is idle, the map drawn: the worker's first install fetches every chunk
    // of the build for offline use, which should neither delay the map nor be taken for
    // what the map needed.
    request_idle_callback(move || {
        offline::start(move || {
            // The app never unmounts, but a late callback must not touch a disposed signal.
            let _ = ready.try_set(true);
        });
    });
    ready
}

/// Once a new version is ready, says so and offers to reload into it. Until then it shows
/// nothing; the page keeps working either way.
#[component]
pub fn UpdateBanner(
    /// Whether a new version waits, from [`start_offline`].
    ready: RwSignal<bool>,
) -> impl IntoView {
    view! {
        // The status region is always in the page, so that screen readers announce what
        // appears in it, politely, without moving focus.
        <div class="update-banner" role="status">
            <Show when=move || ready.get()>
                <div class="update-banner__notice" data-testid="update-notice">
                    <p class="update-banner__text">{strings().new_version_ready}</p>
                    <button
                        class="button"
                        data-testid="update-reload"
                        on:click=move |_| offline::switch_to_new_version()
                    >
                        {strings().reload_new_version}
                    </button>
                    <button class="button" on:click=move |_| ready.set(false)>
                        {strings().dismiss}
                    </button>
                </div>
            </Show>
        </div>
    }
}
