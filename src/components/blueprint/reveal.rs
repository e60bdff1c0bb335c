//! Building only the part of a long map that is on screen (issue 14). The map builds the step
//! columns its view shows and a few more each side (the engine's `reveal`); the others are
//! empty gaps of their width, so that the table is as wide as the whole map and scrolls as
//! it would. Scrolling, zooming or resizing past the columns built builds those now in view
//! and lets go of the rest: a 100-step map holds a few hundred elements instead of 9,000, and
//! a keystroke's layout, paint and hit test go through those alone.
//!
//! Every row of the map draws the same columns, from one memo ([`MapColumns`]). Whatever
//! leads to a column may not be built asks for it first ([`Reveal::include`]): a step added
//! or moved from its options, a touchpoint moved by the keyboard, showing a step or a
//! touchpoint from another view. Printing builds every column ([`Reveal::all`]).
//!
//! A wheel or a scroll bar may take the focused card or step out of the columns built: the
//! map itself then takes the focus ([`keep_focus_in_map`]), so that the keyboard goes on in
//! the map. Left as it is: Tab walks the columns built only.

use std::ops::Range;

use leptos::prelude::*;
use sightline_engine::reveal::{columns_around, columns_to_build, first_columns, MapWidths};
use sightline_engine::StepId;
use wasm_bindgen::JsCast;

use crate::store::JourneyStore;

/// How wide a step column is drawn at 100 %, in CSS pixels: `--step-width: 9rem` in
/// `style/main.css` at the page's 15 px. Used before the map is in the page to measure.
const COLUMN_WIDTH: f64 = 135.0;

/// How wide the lanes' names are, left of the first step: `.blueprint__corner`'s 11rem.
const LANES_WIDTH: f64 = 165.0;

/// The views' rail beside the map (`.view-nav`'s 10.5rem), on windows wider than 70rem (a
/// media query's rem is the browser's 16 px: 1,120 px); narrower ones have it above the map.
/// The padding around is left out, so that the count errs towards a column more.
const RAIL_WIDTH: f64 = 157.5;
const RAIL_FROM: f64 = 1_120.0;

/// Every column, from the first: a short map, or printing.
const EVERY: Range<usize> = 0..usize::MAX;

/// Which of the journey's step columns the map builds; a `Copy` handle, provided by the app
/// so that the views that lead to a place on the map can have it built.
#[derive(Clone, Copy)]
pub struct Reveal {
    built: RwSignal<Range<usize>>,
    /// The journey's steps in order and the zoom, as the map last started or zoomed.
    steps: StoredValue<Option<Signal<Vec<StepId>>>>,
    scale: StoredValue<f64>,
    /// A step asked for in this task: a map drawn now (another view led to it) starts there.
    wanted: StoredValue<Option<StepId>>,
}

impl Default for Reveal {
    /// Everything built: a map that never started hides nothing.
    fn default() -> Self {
        Reveal {
            built: RwSignal::new(EVERY),
            steps: StoredValue::new(None),
            scale: StoredValue::new(1.0),
            wanted: StoredValue::new(None),
        }
    }
}

/// The columns a map's rows draw: the steps built, and the gaps left for the others.
#[derive(Clone, Copy)]
pub struct MapColumns {
    /// The steps whose columns are built, in journey order.
    pub steps: Signal<Vec<StepId>>,
    /// How many columns are left out before them, and after them.
    pub before: Signal<usize>,
    pub after: Signal<usize>,
    /// How many columns the table has: the lanes' names, the gaps, the steps built.
    pub span: Signal<usize>,
}

impl MapColumns {
    /// Whether any column is left out, tracked.
    pub fn windowed(self) -> bool {
        self.before.get() > 0 || self.after.get() > 0
    }
}

impl Reveal {
    /// Start building the map of `step_ids` at the zoom `scale`: the columns the window
    /// shows now, the map being unscrolled, or those around the step just asked for.
    pub fn start(self, step_ids: Signal<Vec<StepId>>, scale: f64) {
        self.steps.set_value(Some(step_ids));
        self.scale.set_value(scale);
        self.built.set(0..0);
        match self.wanted.get_value() {
            Some(step) => self.include(step),
            None => self.build(0..first_columns(estimated_widths(), scale)),
        }
    }

    /// Build every column now, if they are not yet.
    pub fn all(self) {
        self.build(EVERY);
    }

    /// The map was scrolled, zoomed to `scale` or resized: build what its view shows, if
    /// that is not built yet.
    pub fn follow(self, scale: f64) {
        self.scale.set_value(scale);
        let (Some(total), Some((widths, scroll))) = (self.total(), measured()) else {
            return;
        };
        let built = self.built.get_untracked();
        // After printing, every column is built: narrow down to the view again.
        let built = if built == EVERY { 0..0 } else { built };
        self.build(columns_to_build(widths, 1.0, scroll, total, built));
    }

    /// Have the column of `step` built, if it is not, so that it can be shown and focused;
    /// a map drawn in this task (the view changing to it) starts there.
    pub fn include(self, step: StepId) {
        if self.wanted.get_value().is_none() {
            request_animation_frame(move || {
                let _ = self.wanted.try_set_value(None);
            });
        }
        self.wanted.set_value(Some(step));
        let Some(steps) = self.steps.get_value() else {
            return;
        };
        let Some((index, total)) = steps
            .try_with_untracked(|ids| Some((ids.iter().position(|id| *id == step)?, ids.len())))
            .flatten()
        else {
            return;
        };
        let built = self.built.get_untracked();
        let range = match measured() {
            Some((widths, _)) => columns_around(index, widths, 1.0, total, built),
            None => columns_around(
                index,
                estimated_widths(),
                self.scale.get_value(),
                total,
                built,
            ),
        };
        self.build(range);
    }

    /// The columns the rows of the map of `step_ids` draw.
    pub fn columns(self, step_ids: Signal<Vec<StepId>>) -> MapColumns {
        let built = self.built;
        // What is built, within the journey as it is now: steps removed since leave as many
        // columns built at its end.
        let window = Memo::new(move |_| {
            let total = step_ids.with(Vec::len);
            let range = built.get();
            if range.end >= total {
                let width = range.len().min(total);
                range.start.min(total - width)..total
            } else {
                range
            }
        });
        let steps = Memo::new(move |_| {
            let range = window.get();
            step_ids.with(|ids| ids.get(range).map(<[StepId]>::to_vec).unwrap_or_default())
        });
        let before = Memo::new(move |_| window.with(|range| range.start));
        let after = Memo::new(move |_| {
            let end = window.with(|range| range.end);
            step_ids.with(Vec::len).saturating_sub(end)
        });
        let span = Memo::new(move |_| {
            1 + window.with(Range::len)
                + usize::from(before.get() > 0)
                + usize::from(after.get() > 0)
        });
        MapColumns {
            steps: steps.into(),
            before: before.into(),
            after: after.into(),
            span: span.into(),
        }
    }

    /// Keep the map's columns and rows in step with its view while the map is drawn: what
    /// comes into view as the zoom or the window changes is built; rows keep the heights
    /// they were drawn with as columns come and go, until a touchpoint is placed anew or
    /// the zoom changes ([`keep_row_heights`]). The map calls the handle it returns as it
    /// is scrolled or focused.
    pub fn follow_the_view(self, columns: MapColumns, scale: Signal<f64>) -> Follow {
        let follow = Follow {
            reveal: self,
            scale,
            pending: StoredValue::new(false),
        };
        // Zoomed, and once drawn: the first columns were counted on the style sheet's widths,
        // and a page with larger text shows fewer, one with a narrower map more. Once drawn,
        // in the second frame: what led to a step from another view scrolls to it in the first.
        Effect::new(move |first: Option<()>| {
            scale.track();
            if first.is_some() {
                follow.next_frame();
            } else {
                request_animation_frame(move || follow.next_frame());
            }
        });
        let resized = window_event_listener(leptos::ev::resize, move |_| follow.next_frame());
        on_cleanup(move || resized.remove());
        let views = expect_context::<JourneyStore>().views();
        let reset = StoredValue::new(true);
        Effect::new(move |_| {
            views.track_placement();
            scale.track();
            reset.set_value(true);
        });
        Effect::new(move |_| {
            columns.steps.track();
            views.track_placement();
            let windowed = columns.windowed();
            let scale = scale.get();
            request_animation_frame(move || {
                if let Some(reset_now) = reset.try_get_value() {
                    reset.set_value(false);
                    keep_row_heights(windowed, reset_now, scale);
                }
            });
        });
        follow
    }

    fn total(self) -> Option<usize> {
        self.steps.get_value()?.try_with_untracked(Vec::len)
    }

    /// Build `range`: every column if it holds them all.
    fn build(self, range: Range<usize>) {
        let total = self.total().unwrap_or(usize::MAX);
        let range = if range.start == 0 && range.end >= total {
            EVERY
        } else {
            range
        };
        if self
            .built
            .try_get_untracked()
            .is_some_and(|built| built != range)
        {
            keep_focus_in_map(&range);
            self.built.set(range);
        }
    }
}

/// Before the columns built become `range`, keep the focus in the map. An element focused in
/// a step column about to be left out (a card, a cell's button, a step's name, scrolled away
/// by a wheel or a scroll bar) would take the focus to the page as it goes, where the keys do
/// nothing: the map's scrolling area takes it first, without scrolling, so that the arrow
/// keys scroll the map and Tab enters the columns built. One in a column that stays can still
/// lose it as the rows take in the columns added before it (the browser drops the focus of
/// an element moved in the page): it is given back once the map is drawn.
fn keep_focus_in_map(range: &Range<usize>) {
    let Some(active) = document().active_element() else {
        return;
    };
    let Ok(Some(column)) = active.closest(".blueprint th.step, .blueprint td.cell") else {
        return;
    };
    let (Ok(active), Some(map)) = (
        active.dyn_into::<web_sys::HtmlElement>(),
        column
            .closest(".blueprint")
            .ok()
            .flatten()
            .and_then(|map| map.dyn_into::<web_sys::HtmlElement>().ok()),
    ) else {
        return;
    };
    // `aria-colindex` counts from 1, the lanes' names first (`StepNotes::column_of`).
    let index = column
        .get_attribute("aria-colindex")
        .and_then(|at| at.parse::<usize>().ok())
        .and_then(|at| at.checked_sub(2));
    if index.is_some_and(|index| !range.contains(&index)) {
        focus_without_scrolling(&map);
        return;
    }
    request_animation_frame(move || {
        let on_page = document()
            .active_element()
            .is_none_or(|now| document().body().is_some_and(|body| *body == now));
        if on_page && active.is_connected() {
            focus_without_scrolling(&active);
        }
    });
}

fn focus_without_scrolling(element: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
}

/// What the map calls as it is scrolled or focused; a `Copy` handle.
#[derive(Clone, Copy)]
pub struct Follow {
    reveal: Reveal,
    scale: Signal<f64>,
    pending: StoredValue<bool>,
}

impl Follow {
    /// Build what the view shows in the next frame, once however many scroll events come
    /// before it.
    pub fn next_frame(self) {
        // `try_`: a frame asked for by a map since gone (the view changed) finds it disposed.
        if self.pending.try_get_value() != Some(false) {
            return;
        }
        self.pending.set_value(true);
        request_animation_frame(move || {
            if self.pending.try_set_value(false).is_none() {
                self.now();
            }
        });
    }

    /// Build what the view shows now: focusing scrolls what takes the focus into view at
    /// once, so that the columns beside it are built before the next key asks for them.
    pub fn now(self) {
        if let Some(scale) = self.scale.try_get_untracked() {
            self.reveal.follow(scale);
        }
    }
}

/// The map's widths before it is in the page: the style sheet's, and the window's.
fn estimated_widths() -> MapWidths {
    let inner = window().inner_width().ok().and_then(|w| w.as_f64());
    let view = inner.map_or(f64::NAN, |width| {
        if width > RAIL_FROM {
            width - RAIL_WIDTH
        } else {
            width
        }
    });
    MapWidths {
        view,
        lead: LANES_WIDTH,
        column: COLUMN_WIDTH,
    }
}

/// The map's widths as drawn, zoom included, and how far it is scrolled; `None` when it is
/// not in the page or has no step column drawn.
fn measured() -> Option<(MapWidths, f64)> {
    let document = document();
    let map = document
        .query_selector(".blueprint")
        .ok()??
        .dyn_into::<web_sys::Element>()
        .ok()?;
    let width = |selector: &str| {
        let element = map.query_selector(selector).ok()??;
        Some(element.get_bounding_client_rect().width())
    };
    let widths = MapWidths {
        view: f64::from(map.client_width()),
        lead: width(".blueprint__corner")?,
        column: width("th.step")?,
    };
    Some((widths, f64::from(map.scroll_left())))
}

/// While columns are left out, keep each row of the map at least as tall as it was drawn
/// since the last `reset` (a touchpoint placed anew, a zoom): a taller column coming into
/// view makes its row grow, and leaving it does not make it shrink, so that scrolling
/// sideways and back does not move the lanes below up and down. Each row's height is kept
/// on its first cell, as `--seen` in the table's own (unzoomed) pixels.
fn keep_row_heights(windowed: bool, reset: bool, scale: f64) {
    let Ok(Some(table)) = document().query_selector(".blueprint__table") else {
        return;
    };
    let Ok(heads) = table.query_selector_all("tr > th:first-child") else {
        return;
    };
    let heads: Vec<web_sys::HtmlElement> = (0..heads.length())
        .filter_map(|i| heads.item(i)?.dyn_into().ok())
        .collect();
    if reset || !windowed {
        for head in &heads {
            let _ = head.style().remove_property("--seen");
        }
    }
    if !windowed {
        return;
    }
    // Read every height before writing any, so that the table is laid out once.
    let heights: Vec<f64> = heads
        .iter()
        .map(|head| {
            head.parent_element()
                .map_or(0.0, |row| row.get_bounding_client_rect().height() / scale)
        })
        .collect();
    // A row is drawn at least `--seen` tall, so what is read is the most it was drawn since.
    for (head, height) in heads.iter().zip(heights) {
        let _ = head
            .style()
            .set_property("--seen", &format!("{height:.2}px"));
    }
}

/// The columns left out before or after those built, as one empty cell of their width.
#[component]
pub fn Gap(
    /// How many columns it stands for.
    columns: Signal<usize>,
) -> impl IntoView {
    move || {
        let columns = columns.get();
        (columns > 0).then(|| {
            view! {
                <td
                    class="map-gap"
                    aria-hidden="true"
                    style=format!("width: calc({columns} * var(--step-width))")
                ></td>
            }
        })
    }
}
