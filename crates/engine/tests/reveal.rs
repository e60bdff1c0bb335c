//! How many step columns the map builds in its first render.

use sightline_engine::reveal::{first_columns, MapWidths, BUILT_AT_ONCE};

/// A step column at 100 %: `.step { width: 9rem }` at 16 px.
const COLUMN: f64 = 144.0;
/// The lanes' names left of the first step: `.blueprint__corner { width: 11rem }`.
const LEAD: f64 = 176.0;

fn view(width: f64) -> MapWidths {
    MapWidths {
        view: width,
        lead: LEAD,
        column: COLUMN,
    }
}

#[test]
fn the_first_render_builds_what_fits_beside_the_lanes_and_one_more() {
    // 1,112 px of map less the lanes' 176 hold 6.5 columns: seven shown (the last cut), one
    // more.
    assert_eq!(first_columns(view(1_112.0), 1.0), 8.max(BUILT_AT_ONCE));
    // A view that holds exactly twenty columns shows no cut column: twenty and one more.
    assert_eq!(first_columns(view(LEAD + 20.0 * COLUMN), 1.0), 21);
    assert_eq!(first_columns(view(LEAD + 20.0 * COLUMN + 1.0), 1.0), 22);
}

#[test]
fn zooming_out_shows_and_so_builds_more_columns() {
    let at = |scale| first_columns(view(1_920.0), scale);
    // At 12.5 % a column is 18 px and the lanes' names 22: 105.4 columns fit, so 106 shown
    // and one more.
    assert_eq!(at(0.125), 107);
    // At 50 %: (1,920 − 88) / 72 = 25.4, so 26 shown and one more.
    assert_eq!(at(0.5), 27);
    assert!(at(0.25) > at(0.5));
    assert!(at(1.5) <= at(1.0));
}

#[test]
fn a_short_journey_is_built_whole_whatever_the_window() {
    for width in [0.0, 100.0, 320.0, 800.0] {
        assert_eq!(first_columns(view(width), 1.5), BUILT_AT_ONCE);
    }
    // The sample's seven steps, and the ITIL journey's, fit in the first render.
    const { assert!(BUILT_AT_ONCE >= 7) };
}

#[test]
fn a_measurement_that_makes_no_sense_builds_everything() {
    let widths = |view, lead, column| MapWidths { view, lead, column };
    for (widths, scale) in [
        (widths(1_280.0, LEAD, 0.0), 1.0),
        (widths(1_280.0, LEAD, COLUMN), 0.0),
        (widths(1_280.0, LEAD, -COLUMN), 1.0),
        (widths(-1.0, LEAD, COLUMN), 1.0),
        (widths(1_280.0, -1.0, COLUMN), 1.0),
        (widths(f64::NAN, LEAD, COLUMN), 1.0),
        (widths(f64::INFINITY, LEAD, COLUMN), 1.0),
        (widths(1_280.0, f64::NAN, COLUMN), 1.0),
        (widths(1_280.0, LEAD, f64::NAN), 1.0),
    ] {
        assert_eq!(
            first_columns(widths, scale),
            usize::MAX,
            "{widths:?} {scale}"
        );
    }
}
