//! Building only the part of a long blueprint that is on screen: which step columns the map
//! builds, in its first render and as it is scrolled. Pure arithmetic on widths the app
//! measures, so that the choice is tested here rather than in a browser.
//!
//! Building a column costs the same wherever it is, and the window shows only a few: a
//! 100-step journey opened from a link spent about a second building 1,000 cards and laying
//! out a table mostly out of sight before anything of the map was painted, and once built,
//! every keystroke's layout, paint and hit test went through those 1,000 cards too.

use std::ops::Range;

/// A journey of this many steps or fewer is built whole in the first render, whatever the
/// window: short journeys (the sample and the ITIL journey have seven steps) then render
/// exactly as they always did, in one piece.
pub const BUILT_AT_ONCE: usize = 8;

/// Columns built past each edge of the view: an arrow key to the next column, or a short
/// scroll, finds it built; and scrolling rebuilds only once it has gone past them.
pub const MARGIN: usize = 3;

/// The widths the columns built are decided on, in CSS pixels at 100 %.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapWidths {
    /// How wide the map's visible part is: the window less what stands beside the map.
    pub view: f64,
    /// How wide the lanes' names are, left of the first step: zoomed with the columns.
    pub lead: f64,
    /// How wide one step column is.
    pub column: f64,
}

/// How many step columns the first render builds: as many as fit across the map's view
/// beside the lanes' names when each is `column` wide at the zoom `scale`, one more for the
/// column cut at the right edge (a column partly shown counts as shown), at least
/// [`BUILT_AT_ONCE`]. A measurement that makes no sense (a zero or negative width or scale,
/// not a number) builds every column: drawing too much is slow, drawing too little hides the
/// map.
pub fn first_columns(widths: MapWidths, scale: f64) -> usize {
    let MapWidths { view, lead, column } = widths;
    let measured = column > 0.0 && scale > 0.0 && view >= 0.0 && lead >= 0.0;
    // The lanes' names may take the whole view at a large zoom: then no column shows whole,
    // and the first one shows cut, if at all.
    let across = ((view - lead * scale) / (column * scale)).max(0.0);
    if !(measured && across.is_finite()) {
        return usize::MAX;
    }
    // `across` is finite and not negative here; the cast saturates for absurd widths.
    (across.ceil() as usize)
        .saturating_add(1)
        .max(BUILT_AT_ONCE)
}

/// The step columns of `total` that the map's view shows when it is scrolled `scroll` pixels
/// from its left edge: those under the view beside the lanes' names, which stay at the left
/// (a column partly shown counts as shown). `None` for a measurement that makes no sense.
pub fn columns_in_view(
    widths: MapWidths,
    scale: f64,
    scroll: f64,
    total: usize,
) -> Option<Range<usize>> {
    let MapWidths { view, lead, column } = widths;
    let measured = column > 0.0 && scale > 0.0 && view >= 0.0 && lead >= 0.0 && scroll >= 0.0;
    let column = column * scale;
    // Column k spans lead + k·column to lead + (k + 1)·column of the table; the view shows
    // the table from scroll + lead (behind the names) to scroll + view.
    let first = (scroll / column).floor();
    let end = ((scroll + view - lead * scale) / column).ceil();
    if !(measured && first.is_finite() && end.is_finite()) {
        return None;
    }
    if total == 0 {
        return Some(0..0);
    }
    // Finite and not negative here; the casts saturate for absurd widths.
    let first = (first as usize).min(total - 1);
    let end = (end.max(0.0) as usize).clamp(first + 1, total);
    Some(first..end)
}

/// The step columns to build when the map is scrolled to `scroll`, `built` being those built
/// now: the same while they cover the view, so that scrolling within them rebuilds nothing;
/// otherwise the view's columns and [`MARGIN`] more on each side. A journey of
/// [`BUILT_AT_ONCE`] steps or fewer, and a measurement that makes no sense, build every
/// column, as for [`first_columns`].
pub fn columns_to_build(
    widths: MapWidths,
    scale: f64,
    scroll: f64,
    total: usize,
    built: Range<usize>,
) -> Range<usize> {
    let Some(shown) = columns_in_view(widths, scale, scroll, total) else {
        return 0..total;
    };
    if total <= BUILT_AT_ONCE {
        return 0..total;
    }
    let built = built.start.min(total)..built.end.min(total);
    if built.start <= shown.start && shown.end <= built.end && !built.is_empty() {
        return built;
    }
    shown.start.saturating_sub(MARGIN)..shown.end.saturating_add(MARGIN).min(total)
}

/// The step columns to build so that column `index` is among them, wherever the view is
/// scrolled to show it: `built` if it is there already; otherwise a view's worth of columns
/// on each side of it (as many as [`first_columns`] counts), within the journey's `total`.
pub fn columns_around(
    index: usize,
    widths: MapWidths,
    scale: f64,
    total: usize,
    built: Range<usize>,
) -> Range<usize> {
    if built.contains(&index) && built.end <= total {
        return built;
    }
    if total <= BUILT_AT_ONCE {
        return 0..total;
    }
    let reach = first_columns(widths, scale);
    index.saturating_sub(reach)..index.saturating_add(reach).saturating_add(1).min(total)
}
