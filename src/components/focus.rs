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

/// Put the caret in a field just drawn, its text selected so that typing replaces it, once
/// the view has finished drawing (in the microtasks after the effect that sees the field),
/// or a frame later if the field is not in the page by then. Selected at once, from that
/// effect, the field can still be without its value: seen when the touchpoint form's code
/// arrived after the click that opened it, the value then came after the selection and
/// undid it, and what the user typed went after the default name.
pub fn select_when_drawn(input: web_sys::HtmlInputElement) {
    queue_microtask(move || {
        if input.is_connected() {
            select(&input);
        } else {
            request_animation_frame(move || select(&input));
        }
    });
}

fn select(input: &web_sys::HtmlInputElement) {
    let _ = input.focus();
    input.select();
}
