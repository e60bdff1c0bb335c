//! Building a long blueprint a screenful first: how many step columns the map builds in its
//! first render, before the others follow in the next frame. Pure arithmetic on widths the
//! app measures, so that the choice is tested here rather than in a browser.
//!
//! Building a column costs the same wherever it is, and the window shows only a few: a
//! 100-step journey opened from a link spent about a second building 1,000 cards and laying
//! out a table mostly out of sight before anything of the map was painted.

/// A journey of this many steps or fewer is built whole in the first render, whatever the
/// window: a dozen columns cost less than one screenful at the smallest zoom, and short
/// journeys (the sample has seven steps) then render exactly as they always did.
pub const BUILT_AT_ONCE: usize = 12;

/// How many step columns the first render builds: as many as fit across `view_width` when
/// each is `column_width` wide at the zoom `scale`, one more for the column cut at the right
/// edge (a column partly shown counts as shown), at least [`BUILT_AT_ONCE`]. Widths in CSS
/// pixels. A measurement that makes no sense (a zero or negative width or scale, not a
/// number) builds every column: drawing too much is slow, drawing too little hides the map.
pub fn first_columns(view_width: f64, column_width: f64, scale: f64) -> usize {
    let across = view_width / (column_width * scale);
    let measured = column_width > 0.0 && scale > 0.0 && view_width >= 0.0;
    if !(measured && across.is_finite()) {
        return usize::MAX;
    }
    // `across` is finite and not negative here; the cast saturates for absurd widths.
    (across.ceil() as usize)
        .saturating_add(1)
        .max(BUILT_AT_ONCE)
}
