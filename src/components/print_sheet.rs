//! Printing the journey, which is also how it becomes a PDF ("Save as PDF" in the print
//! dialog): the map on the first pages, scaled to the page's width, then the value table and
//! the findings. The print stylesheet hides the controls and prints light whatever the theme;
//! this module adds the value pages while printing and scales the map.

use leptos::leptos_dom::helpers::window_event_listener_untyped;
use leptos::prelude::*;
use leptos::task::{spawn_local, tick};
use wasm_bindgen::JsCast;

use super::blueprint::Reveal;
use super::deferred::{deferred, loaded_or_notice, show_when_loaded};
use super::{FindingsList, ValuePanel};
use crate::store::Notices;
use crate::strings::strings;

/// Whether the page is being printed, so that the value pages are drawn; a `Copy` handle
/// provided by context.
#[derive(Clone, Copy)]
pub struct Printing(pub RwSignal<bool>);

/// The widest the map is printed, in CSS pixels: a landscape A4 page within its margins.
const PAGE_WIDTH: f64 = 1040.0;

/// The scale that fits the map's table to the page's width (never larger than it is).
fn fit_map_to_page() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let width = document
        .query_selector(".blueprint__table")
        .ok()
        .flatten()
        .map(|table| f64::from(table.scroll_width()))
        .unwrap_or(PAGE_WIDTH);
    let scale = (PAGE_WIDTH / width.max(1.0)).min(1.0);
    let root = document
        .document_element()
        .and_then(|root| root.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(root) = root {
        // Its own property only: anything else set on the page's root stays.
        let _ = root
            .style()
            .set_property("--print-zoom", &format!("{scale:.3}"));
    }
}

/// The button that prints the journey.
#[component]
pub fn PrintButton() -> impl IntoView {
    let printing = expect_context::<Printing>();
    let notices = expect_context::<Notices>();
    let reveal = use_context::<Reveal>().unwrap_or_default();
    let print = move |_| {
        spawn_local(async move {
            // The print dialog takes the page as it is: the value pages' code first, so that
            // they are drawn at once. Without it the map is printed all the same.
            let _ = loaded_or_notice(value_pages(), notices).await;
            // The whole map, and its width measured once it is drawn.
            reveal.all();
            printing.0.set(true);
            tick().await;
            fit_map_to_page();
            // Once the value pages are drawn.
            request_animation_frame(|| {
                request_animation_frame(|| {
                    if let Some(window) = web_sys::window() {
                        let _ = window.print();
                    }
                })
            });
        });
    };
    view! {
        <button class="button" on:click=print data-testid="print">
            {strings().present.print}
        </button>
    }
}

/// The pages after the map, drawn only while printing.
#[component]
pub fn PrintSheet() -> impl IntoView {
    let printing = expect_context::<Printing>();
    let reveal = use_context::<Reveal>().unwrap_or_default();
    // The browser's own Print command too: the whole map, the value pages and the scale, as
    // far as the browser waits for them (it lays the page out for print after this task's
    // microtasks, where the map's columns are built and measured).
    let before = window_event_listener_untyped("beforeprint", move |_| {
        reveal.all();
        printing.0.set(true);
        spawn_local(async {
            tick().await;
            fit_map_to_page();
        });
    });
    let after = window_event_listener_untyped("afterprint", move |_| printing.0.set(false));
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    // The browser's Print command waits for no chunk: have the value pages' code here once the
    // page is idle, so that Ctrl+P prints them rather than the sentence shown while fetching.
    // If it cannot be fetched, the print button says so when it is used.
    request_idle_callback(|| {
        spawn_local(async {
            let _ = value_pages().await;
        })
    });
    move || {
        printing.0.get().then(|| {
            view! {
                <section class="print-sheet" data-testid="print-sheet">
                    <h2 class="print-sheet__title">{strings().present.value_pages}</h2>
                    {show_when_loaded(async { value_pages().await.map(|draw| draw()) })}
                </section>
            }
        })
    }
}

// A drawing function rather than the view, so that the print button can fetch the chunk
// without drawing anything.
deferred! {
    fn value_pages() -> fn() -> AnyView {
        || view! { <ValuePanel /> <FindingsList /> }.into_any()
    }
}
