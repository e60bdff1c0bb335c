//! Share links: the whole journey travels in the URL fragment, which browsers never send to
//! the host, so a statically hosted Sightline can share journeys without a server.

use sightline_document::{decode_link, is_link_fragment, LinkError, MAX_LINK_CHARS};
use sightline_engine::Journey;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `navigator.clipboard.writeText`, which web-sys only offers behind an unstable flag.
    /// It throws where there is no clipboard (an insecure page), hence `catch`.
    #[wasm_bindgen(js_namespace = ["navigator", "clipboard"], js_name = writeText, catch)]
    fn write_text(text: &str) -> Result<js_sys::Promise, JsValue>;
}

/// The fragment of the page's address, without `#`.
fn fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    Some(hash.strip_prefix('#').unwrap_or(&hash).to_owned())
}

/// The journey of the link in the page's address, or why it cannot be opened; `None` when
/// the fragment does not claim to be a link. The decoder is in the main module: as a chunk of
/// its own, fetched after that, it made a link's map 35 to 57 ms later to save a first visit
/// 20 KB (BENCHMARKS.md).
pub fn journey_in_location() -> Option<Result<Journey, LinkError>> {
    fragment()
        .filter(|fragment| is_link_fragment(fragment))
        .map(|fragment| decode_link(&fragment))
}

/// The address that opens a journey: this page's address with `fragment`, the journey as
/// `encode_link` writes it (which the caller fetches with its chunk); `None` when the journey
/// is too large to travel in a link.
pub fn link_to(fragment: String) -> Option<String> {
    let location = web_sys::window()?.location();
    if fragment.len() > MAX_LINK_CHARS {
        return None;
    }
    let (origin, path, search) = (
        location.origin().ok()?,
        location.pathname().ok()?,
        location.search().ok()?,
    );
    Some(format!("{origin}{path}{search}#{fragment}"))
}

/// Put `text` on the clipboard; false when the browser refuses (no permission, no focus, an
/// insecure page), in which case the caller shows the text to copy by hand.
pub async fn copy_to_clipboard(text: &str) -> bool {
    match write_text(text) {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}

/// Drop the journey from the address bar once it is saved, so that a reload opens the
/// library copy instead of the link again. History is replaced, not pushed: Back does not
/// return to the read-only view.
pub fn forget_link_in_location() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
        return;
    };
    if let Ok(history) = window.history() {
        let url = format!("{path}{search}");
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}
