//! Colours: the Okabe–Ito palette, which people with any common colour-vision deficiency can
//! tell apart, on the chart's own white card so the figure reads the same on a light or dark
//! page and when pasted into a slide.

use plotters::style::RGBColor;
use sightline_engine::Side;

/// The card every chart is drawn on.
pub const CARD: RGBColor = RGBColor(255, 255, 255);
/// Text, axes and the net value points.
pub const INK: RGBColor = RGBColor(34, 34, 34);
/// Grid lines and quiet text.
pub const QUIET: RGBColor = RGBColor(110, 110, 110);
/// Okabe–Ito orange.
pub const ORANGE: RGBColor = RGBColor(0xE6, 0x9F, 0x00);
/// Okabe–Ito sky blue.
pub const SKY_BLUE: RGBColor = RGBColor(0x56, 0xB4, 0xE9);
/// Okabe–Ito bluish green.
pub const BLUISH_GREEN: RGBColor = RGBColor(0x00, 0x9E, 0x73);
/// Okabe–Ito blue.
pub const BLUE: RGBColor = RGBColor(0x00, 0x72, 0xB2);
/// Okabe–Ito vermillion.
pub const VERMILLION: RGBColor = RGBColor(0xD5, 0x5E, 0x00);
/// Okabe–Ito reddish purple.
pub const REDDISH_PURPLE: RGBColor = RGBColor(0xCC, 0x79, 0xA7);

/// Realised outcomes (bars up).
pub const OUTCOME: RGBColor = BLUISH_GREEN;
/// Potential not realised, stacked on the outcome.
pub const UNREALISED: RGBColor = SKY_BLUE;
/// Costs (bars down).
pub const COST: RGBColor = ORANGE;
/// Risk exposure, stacked below the costs.
pub const RISK: RGBColor = REDDISH_PURPLE;

/// The colour of a side: blue for the consumer, vermillion for the provider, bluish green for
/// everyone else.
pub fn side(side: Side) -> RGBColor {
    match side {
        Side::Consumer => BLUE,
        Side::Provider => VERMILLION,
        Side::Other => BLUISH_GREEN,
    }
}

/// How a colour is written in the SVG, to find marks in tests: `#RRGGBB`.
pub fn hex(colour: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", colour.0, colour.1, colour.2)
}
