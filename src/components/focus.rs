//! Moving the keyboard focus to an element the view is about to draw or redraw: a new item's
//! first field, a moved step's button, what takes a removed item's place.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focus the element with this id after the next frame, once the view has caught up with an
/// edit; with `select`, an input's text is selected too, so that typing replaces it. Focusing
/// scrolls the element into view if it is not. A view drawn from a wasm chunk of its own may
/// take a few frames longer the first time it is shown (the chunk is fetched), so the element
/// is looked for again each frame, for about two seconds.
pub fn focus_later(id: String, select: bool) {
    focus_within(id, select, FRAMES_TO_WAIT);
}

/// About two seconds at 60 frames a second: a chunk that takes longer failed to load, and
/// says so in place of its view.
const FRAMES_TO_WAIT: u32 = 120;

fn focus_within(id: String, select: bool, frames_left: u32) {
    request_animation_frame(move || {
        let element = document()
            .get_element_by_id(&id)
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        let Some(element) = element else {
            if frames_left > 0 {
                focus_within(id, select, frames_left - 1);
            }
            return;
        };
        let _ = element.focus();
        if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
            if select {
                input.select();
            }
        }
    });
}
