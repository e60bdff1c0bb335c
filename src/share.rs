//! Share links: the whole journey travels in the URL fragment, which browsers never send to
//! the host, so a statically hosted Sightline can share journeys without a server.

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
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
