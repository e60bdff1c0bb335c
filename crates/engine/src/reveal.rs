//! Building a long blueprint a screenful first: how many step columns the map builds in its
//! first render, before the others follow in the next frame. Pure arithmetic on widths the
//! app measures, so that the choice is tested here rather than in a browser.
//!
//! Building a column costs the same wherever it is, and the window shows only a few: a
//! 100-step journey opened from a link spent about a second building 1,000 cards and laying
//! out a table mostly out of sight before anything of the map was painted.

/// A journey of this many steps or fewer is built whole in the first render, whatever the
/// window: short journeys (the sample and the ITIL journey have seven steps) then render
/// exactly as they always did, in one piece.
pub const BUILT_AT_ONCE: usize = 8;

/// The widths the first render is decided on, in CSS pixels at 100 %.
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
