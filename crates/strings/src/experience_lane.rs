//! The words of the map's experience lane.

use sightline_engine::Trend;

/// The experience lane: its name, its controls, and its text alternative.
#[derive(Clone, Copy, Debug)]
pub struct ExperienceText {
    /// Heading of the lane's legend, whose boxes show or hide each stakeholder's line.
    pub lines: &'static str,
    /// A line's name in the legend: the stakeholder, and their personas' names when they
    /// have any (`personas` is empty otherwise).
    pub who: fn(stakeholder: &str, personas: &str) -> String,
    /// A point's name when hovered or focused: who feels how at which touchpoint.
    pub point: fn(who: &str, touchpoint: &str, emotion: &str) -> String,
    /// The text alternative's first sentence: the lowest point of all.
    pub lowest: fn(who: &str, touchpoint: &str, emotion: &str) -> String,
    /// The text alternative's sentence for one line: where it starts and ends.
    pub trend: fn(who: &str, trend: Trend, first: &str, last: &str) -> String,
}
