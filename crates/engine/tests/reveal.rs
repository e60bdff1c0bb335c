//! Which step columns the map builds: in its first render, and as it is scrolled.

use proptest::prelude::*;
use sightline_engine::reveal::{
    columns_around, columns_in_view, columns_to_build, first_columns, MapWidths, BUILT_AT_ONCE,
    MARGIN,
};

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

/// The bench's window, measured: 1,070 px of map, the names 165 px, a column 135 px.
fn measured() -> MapWidths {
    MapWidths {
        view: 1_070.0,
        lead: 165.0,
        column: 135.0,
    }
}

#[test]
fn the_view_shows_the_columns_under_it_beside_the_names() {
    // Unscrolled: 905 px beside the names hold 6.7 columns, so seven are shown.
    assert_eq!(columns_in_view(measured(), 1.0, 0.0, 100), Some(0..7));
    // Scrolled by 200 px: column 1 is cut on the left (it spans 135 to 270 behind the names).
    assert_eq!(columns_in_view(measured(), 1.0, 200.0, 100), Some(1..9));
    // At the end of a 20-step map (the table is 165 + 2,700 px wide): the last columns.
    let end = 165.0 + 20.0 * 135.0 - 1_070.0;
    assert_eq!(columns_in_view(measured(), 1.0, end, 20), Some(13..20));
    // Zoomed to 50 %, the same view shows twice as many.
    assert_eq!(columns_in_view(measured(), 0.5, 0.0, 100), Some(0..15));
    // Fewer steps than the view holds: all of them.
    assert_eq!(columns_in_view(measured(), 1.0, 0.0, 3), Some(0..3));
    assert_eq!(columns_in_view(measured(), 1.0, 0.0, 0), Some(0..0));
    assert_eq!(columns_in_view(measured(), 1.0, f64::NAN, 100), None);
}

#[test]
fn scrolling_within_the_columns_built_rebuilds_nothing() {
    let built = 0..10;
    assert_eq!(
        columns_to_build(measured(), 1.0, 0.0, 100, built.clone()),
        built
    );
    // 400 px on, the view shows columns 2 to 9: still within.
    assert_eq!(
        columns_to_build(measured(), 1.0, 400.0, 100, built.clone()),
        built
    );
    // 500 px on, it shows column 10: the view's 3 to 11 and three more each side.
    assert_eq!(columns_to_build(measured(), 1.0, 500.0, 100, built), 0..14);
    // A jump far along builds around the view only.
    assert_eq!(
        columns_to_build(measured(), 1.0, 135.0 * 50.0, 100, 0..10),
        47..60
    );
    // Nothing built yet, or a measurement that makes no sense.
    assert_eq!(columns_to_build(measured(), 1.0, 0.0, 100, 0..0), 0..10);
    assert_eq!(columns_to_build(measured(), 0.0, 0.0, 100, 0..10), 0..100);
    // A short journey is built whole, at any zoom.
    assert_eq!(
        columns_to_build(measured(), 3.0, 0.0, BUILT_AT_ONCE, 0..2),
        0..BUILT_AT_ONCE
    );
    assert_eq!(
        columns_around(7, measured(), 3.0, BUILT_AT_ONCE, 0..2),
        0..BUILT_AT_ONCE
    );
}

#[test]
fn a_column_asked_for_is_built_with_a_view_either_side() {
    // Already built: nothing changes.
    assert_eq!(columns_around(5, measured(), 1.0, 100, 0..10), 0..10);
    // Far off: first_columns' eight on each side of it.
    assert_eq!(first_columns(measured(), 1.0), 8);
    assert_eq!(columns_around(60, measured(), 1.0, 100, 0..10), 52..69);
    assert_eq!(columns_around(98, measured(), 1.0, 100, 0..10), 90..100);
    assert_eq!(columns_around(2, measured(), 1.0, 100, 40..50), 0..11);
}

proptest! {
    /// Whatever the scroll and zoom, the columns built cover the view, stay within the
    /// journey, and are at most the view's and a margin on each side when rebuilt.
    #[test]
    fn what_is_built_covers_the_view(
        view in 0.0..4_000.0f64,
        lead in 0.0..400.0f64,
        column in 20.0..400.0f64,
        scale in 0.1..3.0f64,
        scroll in 0.0..50_000.0f64,
        total in 0usize..300,
        from in 0usize..300,
        len in 0usize..60,
    ) {
        let widths = MapWidths { view, lead, column };
        let built = from..from + len;
        let shown = columns_in_view(widths, scale, scroll, total).unwrap();
        prop_assert!(shown.end <= total);
        let build = columns_to_build(widths, scale, scroll, total, built.clone());
        prop_assert!(build.start <= shown.start && shown.end <= build.end);
        prop_assert!(build.end <= total);
        // Columns built past the journey's end (steps removed since) do not count.
        let kept = built.start.min(total)..built.end.min(total);
        if build != kept && total > BUILT_AT_ONCE {
            prop_assert!(build.len() <= shown.len() + 2 * MARGIN);
        }
        let index = from.min(total.saturating_sub(1));
        if total > 0 {
            prop_assert!(columns_around(index, widths, scale, total, built).contains(&index));
        }
    }
}
