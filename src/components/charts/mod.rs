//! The charts panel: every figure of the value engine as a chart, each downloadable as SVG.
//!
//! The charts themselves are pure functions in `sightline-charts`; these components only
//! memoise them and show the SVG string they return.

mod chart_figure;
mod charts_panel;
mod stakeholder_map_figure;

pub use charts_panel::{ChartsPanel, ALL_CHARTS, STAKEHOLDER_CHARTS, VALUE_CHARTS};

/// The media type of every chart download.
const SVG: &str = "image/svg+xml";
