//! Zooming the map out to see a long journey at once, and back in to work on it: buttons,
//! and Ctrl or ⌘ with the mouse wheel over the map.

use leptos::prelude::*;

use crate::strings::strings;

/// The levels the map can be shown at, smallest first: at the smallest, seventy steps fit a
/// wide screen.
const LEVELS: [f64; 8] = [0.125, 0.25, 0.4, 0.6, 0.8, 1.0, 1.25, 1.5];
/// The level the map opens at.
const NORMAL: usize = 5;

/// The map's zoom level, as a position in [`LEVELS`]; a `Copy` handle.
#[derive(Clone, Copy)]
pub struct Zoom(RwSignal<usize>);

impl Default for Zoom {
    /// The map at its normal size.
    fn default() -> Self {
        Zoom(RwSignal::new(NORMAL))
    }
}

impl Zoom {
    /// The scale the map is drawn at; tracked.
    pub fn scale(self) -> f64 {
        LEVELS[self.0.get().min(LEVELS.len() - 1)]
    }

    /// One level smaller (`-1`) or larger (`1`), within the levels.
    pub fn step(self, by: isize) {
        self.0.update(|level| {
            *level = level.saturating_add_signed(by).min(LEVELS.len() - 1);
        });
    }

    /// A wheel turned over the map: with Ctrl or ⌘ it zooms (and the page does not).
    pub fn on_wheel(self, event: &web_sys::WheelEvent) {
        if event.ctrl_key() || event.meta_key() {
            event.prevent_default();
            self.step(if event.delta_y() > 0.0 { -1 } else { 1 });
        }
    }
}

/// The zoom buttons above the map: smaller, the level (which puts it back to 100 %), larger.
#[component]
pub fn ZoomControls(
    /// The map's zoom.
    zoom: Zoom,
) -> impl IntoView {
    let s = strings();
    let percent = move || format!("{:.0}", zoom.scale() * 100.0);
    view! {
        <div class="zoom" role="group" aria-label=s.workspace.zoom>
            <button
                type="button"
                class="button button--small"
                aria-label=s.workspace.zoom_out
                title=s.workspace.zoom_out
                disabled=move || zoom.0.get() == 0
                on:click=move |_| zoom.step(-1)
                data-testid="zoom-out"
            >
                "−"
            </button>
            <button
                type="button"
                class="button button--small"
                aria-label=move || (s.workspace.zoom_reset)(&percent())
                on:click=move |_| zoom.0.set(NORMAL)
                data-testid="zoom-level"
            >
                {move || format!("{} %", percent())}
            </button>
            <button
                type="button"
                class="button button--small"
                aria-label=s.workspace.zoom_in
                title=s.workspace.zoom_in
                disabled=move || zoom.0.get() == LEVELS.len() - 1
                on:click=move |_| zoom.step(1)
                data-testid="zoom-in"
            >
                "+"
            </button>
        </div>
    }
}
