//! Building a long map a screenful first (issue 14). The first render builds the step columns
//! the window can show at the current zoom (the engine's `reveal::first_columns`); the others
//! are built in the next frame, after that first render is painted.
//!
//! Every row of the map draws the same columns, from one memo ([`Reveal::shown`]). Whatever
//! may need a column not yet built has them all built at once instead of waiting for that
//! frame: any key, press, wheel or scroll in the map (an arrow key to the next column, a step
//! moved past the last one built), showing a step or a touchpoint from another view, printing.
//!
//! The rest comes in one batch, not in several across frames: the table is laid out again,
//! all of it, after each batch, and doubling batches (12, 24, 48, 96 columns, then all) had a
//! 100-step map whole a second later than building it at once (BENCHMARKS.md, "Opening").

use leptos::prelude::*;
use sightline_engine::reveal::{first_columns, MapWidths};
use sightline_engine::StepId;

/// How wide a step column is drawn at 100 %, in CSS pixels: `.step { width: 9rem }` in
/// `style/main.css` at the usual 16 px. Columns may be drawn wider, never narrower (the
/// table is at least the map's width), so this counts at least the columns on screen.
const COLUMN_WIDTH: f64 = 144.0;

/// How wide the lanes' names are, left of the first step: `.blueprint__corner`'s 11rem.
const LANES_WIDTH: f64 = 176.0;

/// The views' rail beside the map (`.view-nav`'s 10.5rem), on windows wider than 70rem
/// (1,120 px); narrower ones have it above the map. The map is measured before it is in the
/// page, so these are the style sheet's widths; the padding around is left out, so that the
/// count errs towards a column more.
const RAIL_WIDTH: f64 = 168.0;
const RAIL_FROM: f64 = 1_120.0;

/// `built` once every column is: steps added afterwards are built as they come.
const ALL: usize = usize::MAX;

/// How many of the journey's first step columns the map has built; a `Copy` handle, provided
/// by the app so that the views that lead to a place on the map can have it built whole.
#[derive(Clone, Copy)]
pub struct Reveal(RwSignal<usize>);

impl Default for Reveal {
    /// Everything built: a map that never started a reveal hides nothing.
    fn default() -> Self {
        Reveal(RwSignal::new(ALL))
    }
}

impl Reveal {
    /// Start building the map of `step_ids` at the zoom `scale`: the columns the window
    /// shows now, all of them in the frame after the first is painted (unless the map is gone
    /// by then: `step_ids` is disposed with it).
    pub fn start(self, step_ids: Signal<Vec<StepId>>, scale: f64) {
        let inner = window().inner_width().ok().and_then(|w| w.as_f64());
        let view = inner.map_or(f64::NAN, |width| {
            if width > RAIL_FROM {
                width - RAIL_WIDTH
            } else {
                width
            }
        });
        let widths = MapWidths {
            view,
            lead: LANES_WIDTH,
            column: COLUMN_WIDTH,
        };
        let first = first_columns(widths, scale);
        if first >= step_ids.with_untracked(Vec::len) {
            self.0.set(ALL);
            return;
        }
        self.0.set(first);
        // This frame paints the first columns; the next one's callback builds the rest, so
        // that the frame painting them begins with it rather than a task waiting behind it.
        request_animation_frame(move || {
            request_animation_frame(move || {
                if step_ids.try_with_untracked(|_| ()).is_some() {
                    self.all();
                }
            })
        });
    }

    /// Build every column now, if they are not yet.
    pub fn all(self) {
        if self.0.try_get_untracked().is_some_and(|built| built != ALL) {
            self.0.set(ALL);
        }
    }

    /// The steps whose columns are built, in order: the first ones of `step_ids`. Edits
    /// before the rest is built change these as they change the order (a step added among
    /// them comes in, the last one built waits with the others).
    pub fn shown(self, step_ids: Signal<Vec<StepId>>) -> Signal<Vec<StepId>> {
        Memo::new(move |_| {
            let built = self.0.get();
            step_ids.with(|ids| ids.iter().take(built).copied().collect::<Vec<_>>())
        })
        .into()
    }
}
