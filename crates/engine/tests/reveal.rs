//! How many step columns the map builds in its first render.

use sightline_engine::reveal::{first_columns, BUILT_AT_ONCE};

/// A step column at 100 %: `.step { width: 9rem }` at 16 px.
const COLUMN: f64 = 144.0;

#[test]
fn the_first_render_builds_what_fits_the_window_and_one_more() {
    // 1,280 px hold 8.9 columns: nine shown (the last cut), one more.
    assert_eq!(first_columns(1_280.0, COLUMN, 1.0), 10.max(BUILT_AT_ONCE));
    // A window that holds exactly twenty columns shows no cut column: twenty and one more.
    assert_eq!(first_columns(20.0 * COLUMN, COLUMN, 1.0), 21);
    assert_eq!(first_columns(20.0 * COLUMN + 1.0, COLUMN, 1.0), 22);
}

#[test]
fn zooming_out_shows_and_so_builds_more_columns() {
    let width = 1_920.0;
    let at = |scale| first_columns(width, COLUMN, scale);
    // At 12.5 % a column is 18 px: 106.7 of them fit, so 107 shown and one more.
    assert_eq!(at(0.125), 108);
    assert_eq!(at(0.5), 28);
    assert!(at(0.25) > at(0.5));
    assert!(at(1.5) <= at(1.0));
}

#[test]
fn a_short_journey_is_built_whole_whatever_the_window() {
    for width in [0.0, 320.0, 800.0] {
        assert_eq!(first_columns(width, COLUMN, 1.5), BUILT_AT_ONCE);
    }
    // The sample's seven steps, and the ITIL journey's, fit in the first render.
    const { assert!(BUILT_AT_ONCE >= 7) };
}

#[test]
fn a_measurement_that_makes_no_sense_builds_everything() {
    for (width, column, scale) in [
        (1_280.0, 0.0, 1.0),
        (1_280.0, COLUMN, 0.0),
        (1_280.0, -COLUMN, 1.0),
        (-1.0, COLUMN, 1.0),
        (f64::NAN, COLUMN, 1.0),
        (f64::INFINITY, COLUMN, 1.0),
        (1_280.0, f64::NAN, 1.0),
    ] {
        assert_eq!(
            first_columns(width, column, scale),
            usize::MAX,
            "{width} {column} {scale}"
        );
    }
}
