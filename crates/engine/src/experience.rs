//! The experience along the journey, as the map's experience lane draws it: one line per
//! stakeholder who feels something, through the touchpoints where they do, each point placed
//! under its touchpoint's step.

use std::collections::HashMap;

use crate::model::{Journey, StakeholderId, StepId, Touchpoint, TouchpointId};

/// The touchpoints that record an emotion, in journey order: by step, then as listed.
/// Touchpoints of a step the journey lacks are left out.
pub fn felt_touchpoints(journey: &Journey) -> Vec<&Touchpoint> {
    let position: HashMap<StepId, usize> = journey
        .steps
        .iter()
        .enumerate()
        .map(|(k, s)| (s.id, k))
        .collect();
    let mut felt: Vec<(usize, &Touchpoint)> = journey
        .touchpoints
        .iter()
        .filter(|t| !t.emotions.is_empty())
        .filter_map(|t| position.get(&t.step).map(|k| (*k, t)))
        .collect();
    // Stable: within a step, touchpoints keep their list order.
    felt.sort_by_key(|(k, _)| *k);
    felt.into_iter().map(|(_, t)| t).collect()
}

/// One point of a line: how a stakeholder feels at a touchpoint, and where it is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct ExperiencePoint {
    /// The touchpoint felt.
    pub touchpoint: TouchpointId,
    /// Its step.
    pub step: StepId,
    /// Across the journey's columns, from 0 (the first step's left edge) to the number of
    /// steps (the last one's right edge): the felt touchpoints of a step share its column
    /// evenly, in their order.
    pub across: f64,
    /// The emotion, on the journey's scale.
    pub emotion: f64,
}

/// Which way a stakeholder's experience goes from the first point to the last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trend {
    /// It ends better than it starts.
    Rising,
    /// It ends worse than it starts.
    Falling,
    /// It ends as it starts (or has one point).
    Level,
}

/// One stakeholder's line.
#[derive(Debug, Clone, PartialEq)]
pub struct ExperienceLine {
    /// Whose experience.
    pub stakeholder: StakeholderId,
    /// Its position in the journey's stakeholders: the line's colour and marker follow it,
    /// as in the charts.
    pub order: usize,
    /// The points, in journey order.
    pub points: Vec<ExperiencePoint>,
    /// Where the line is lowest: the first of its lowest points.
    pub lowest: usize,
    /// From the first point to the last.
    pub trend: Trend,
}

/// The lines of the experience lane, in the journey's stakeholder order; stakeholders who
/// feel nothing have none. Emotions that are not finite are left out.
pub fn experience_lines(journey: &Journey) -> Vec<ExperienceLine> {
    let felt = felt_touchpoints(journey);
    let column: HashMap<StepId, usize> = journey
        .steps
        .iter()
        .enumerate()
        .map(|(k, s)| (s.id, k))
        .collect();
    let mut in_step: HashMap<StepId, usize> = HashMap::new();
    for touchpoint in &felt {
        *in_step.entry(touchpoint.step).or_default() += 1;
    }
    let mut seen: HashMap<StepId, usize> = HashMap::new();
    let mut points: Vec<Vec<ExperiencePoint>> = vec![Vec::new(); journey.stakeholders.len()];
    let order: HashMap<StakeholderId, usize> = journey
        .stakeholders
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id, i))
        .collect();
    for touchpoint in felt {
        let k = column.get(&touchpoint.step).copied().unwrap_or_default();
        let count = in_step.get(&touchpoint.step).copied().unwrap_or(1).max(1);
        let nth = seen.entry(touchpoint.step).or_default();
        let across = k as f64 + (*nth as f64 + 0.5) / count as f64;
        *nth += 1;
        for emotion in &touchpoint.emotions {
            let Some(&i) = order.get(&emotion.stakeholder) else {
                continue;
            };
            if emotion.value.is_finite() {
                points[i].push(ExperiencePoint {
                    touchpoint: touchpoint.id,
                    step: touchpoint.step,
                    across,
                    emotion: emotion.value,
                });
            }
        }
    }
    points
        .into_iter()
        .enumerate()
        .filter(|(_, points)| !points.is_empty())
        .map(|(i, points)| ExperienceLine {
            stakeholder: journey.stakeholders[i].id,
            order: i,
            lowest: lowest(&points),
            trend: trend(&points),
            points,
        })
        .collect()
}

/// The first lowest point's position; `points` is not empty.
fn lowest(points: &[ExperiencePoint]) -> usize {
    let mut at = 0;
    for (i, point) in points.iter().enumerate() {
        if point.emotion < points[at].emotion {
            at = i;
        }
    }
    at
}

fn trend(points: &[ExperiencePoint]) -> Trend {
    match (points.first(), points.last()) {
        (Some(first), Some(last)) if last.emotion > first.emotion => Trend::Rising,
        (Some(first), Some(last)) if last.emotion < first.emotion => Trend::Falling,
        _ => Trend::Level,
    }
}
