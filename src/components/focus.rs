//! Moving the keyboard focus to an element the view is about to draw or redraw: a new item's
//! first field, a moved step's button, what takes a removed item's place.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focus the element with this id after the next frame, once the view has caught up with an
/// edit; with `select`, an input's text is selected too, so that typing replaces it. Focusing
/// scrolls the element into view if it is not.
pub fn focus_later(id: String, select: bool) {
    request_animation_frame(move || {
        let element = document()
            .get_element_by_id(&id)
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
            if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
                if select {
                    input.select();
                }
            }
        }
    });
}
