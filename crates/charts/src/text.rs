//! The words a chart shows, passed in by the caller: this crate holds no user-visible text.

use crate::ChartKind;
use sightline_engine::{EffortQuadrant, Lane, Line, MapQuadrant, Side, Stage};

/// Every label, title and message the charts draw, in the user's language. The app fills it
/// from its strings; texts that embed figures are functions so each language orders its words.
#[derive(Clone, Copy)]
pub struct ChartText {
    /// Title of a chart.
    pub title: fn(ChartKind) -> &'static str,
    /// Name of an ITIL stage, for steps without a name of their own.
    pub stage: fn(Stage) -> &'static str,
    /// Name of a side.
    pub side: fn(Side) -> &'static str,
    /// Name of a blueprint lane.
    pub lane: fn(Lane) -> &'static str,
    /// Name of a blueprint line.
    pub line: fn(Line) -> &'static str,
    /// Label of the shaded band between the two lines of visibility.
    pub zone_of_visibility: &'static str,
    /// Name of a stakeholder-map quadrant (manage closely, keep satisfied, keep informed, monitor).
    pub map_quadrant: fn(MapQuadrant) -> &'static str,
    /// Name of an importance/effort quadrant (misdirected effort, neglected, well invested, kept lean).
    pub effort_quadrant: fn(EffortQuadrant) -> &'static str,
    /// Title of the axis of steps.
    pub steps_axis: &'static str,
    /// Title of the cumulative value axis, given the journey's unit of value (empty when the
    /// journey has none).
    pub cumulative_value_axis: fn(unit: &str) -> String,
    /// Title of a value axis, given the journey's unit of value (empty when it has none).
    pub value_axis: fn(unit: &str) -> String,
    /// Label of the unit of value among a text alternative's key figures.
    pub unit_of_value: &'static str,
    /// Title of the influence axis.
    pub influence_axis: &'static str,
    /// Title of the interest axis.
    pub interest_axis: &'static str,
    /// Title of the emotion axis, given the journey's scale (already formatted).
    pub emotion_axis: fn(min: &str, max: &str) -> String,
    /// Title of the axis of touchpoints in journey order.
    pub touchpoints_axis: &'static str,
    /// Title of the customer importance axis.
    pub importance_axis: &'static str,
    /// Title of the provider effort axis.
    pub effort_axis: &'static str,
    /// Legend: realised outcomes.
    pub outcome: &'static str,
    /// Legend: potential not realised (leakage).
    pub unrealised: &'static str,
    /// Legend: costs.
    pub cost: &'static str,
    /// Legend: risk exposure.
    pub risk: &'static str,
    /// Legend: net value V.
    pub net_value: &'static str,
    /// Legend: a step whose value is negative.
    pub removes_value: &'static str,
    /// Legend: the lowest emotion.
    pub lowest_point: &'static str,
    /// The experience lane's name, on the map and its picture.
    pub emotion_lane: &'static str,
    /// Shown when the journey has no steps.
    pub no_steps: &'static str,
    /// Shown when the journey has no stakeholders.
    pub no_stakeholders: &'static str,
    /// Shown when the journey has no touchpoints.
    pub no_touchpoints: &'static str,
    /// Shown when no touchpoint records an emotion.
    pub no_emotions: &'static str,
    /// Shown when no touchpoint has an outcome, cost or risk.
    pub no_values: &'static str,
    /// Legend line standing for entries that did not fit.
    pub more: fn(hidden: usize) -> String,
    /// A number as the user reads it.
    pub number: fn(f64) -> String,
    /// One key figure of a text alternative: what, and its value.
    pub figure: fn(label: &str, value: &str) -> String,
}
