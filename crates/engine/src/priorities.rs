//! The prioritised view of pain points and opportunities: value against effort.

use crate::ids::InsightId;
use crate::model::Journey;
use crate::quadrants::PriorityQuadrant;

/// One pain point or opportunity in the prioritised list.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Priority {
    /// The insight.
    pub insight: InsightId,
    /// Its value, the mean of customer and business value (1 to 5).
    pub value: f64,
    /// The effort of addressing it (1 to 5).
    pub effort: u8,
    /// Where value against effort puts it.
    pub quadrant: PriorityQuadrant,
}

/// Every pain point and opportunity of the journey, the one to take on first at the top: by
/// quadrant (quick wins, major projects, fill-ins, money pits), then by value per unit of
/// effort, then by value; ties keep the journey's order, so the list is stable.
pub fn prioritise(journey: &Journey) -> Vec<Priority> {
    let mut list: Vec<Priority> = journey
        .insights
        .iter()
        .map(|insight| {
            let value = insight.value();
            Priority {
                insight: insight.id,
                value,
                effort: insight.effort,
                quadrant: PriorityQuadrant::of(value, insight.effort),
            }
        })
        .collect();
    // Effort is at least 1 in a sound journey; `max(1)` keeps a hand-made one from dividing by 0.
    let per_effort = |p: &Priority| p.value / f64::from(p.effort.max(1));
    list.sort_by(|a, b| {
        a.quadrant
            .index()
            .cmp(&b.quadrant.index())
            .then(per_effort(b).total_cmp(&per_effort(a)))
            .then(b.value.total_cmp(&a.value))
    });
    list
}
