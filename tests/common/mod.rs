//! What the browser tests share: waiting for Leptos to run what an edit scheduled.

/// Leptos updates the DOM and runs effects asynchronously: give it a turn of the event loop.
pub async fn next_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .expect("a timeout");
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .expect("the timeout resolves");
}
