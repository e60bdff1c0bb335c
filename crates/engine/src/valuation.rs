//! What the engine tells about a journey.
//!
//! This first version counts; the value model (outcomes, costs, risks, leakage) will extend
//! [`Valuation`] without changing how the app asks for it.

use crate::model::{Journey, StepId};

/// Everything the engine computes about one journey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Valuation {
    /// One summary per step, in journey order.
    pub steps: Vec<StepSummary>,
}

/// Figures for one step of the journey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepSummary {
    /// The step summarised.
    pub step: StepId,
    /// Touchpoints in the step, in any lane.
    pub touchpoints: usize,
    /// Touchpoints in the zone of visibility, where the parties actually meet.
    pub in_zone_of_visibility: usize,
}

/// Compute the valuation of a journey. Pure and deterministic: the same journey always gives
/// the same valuation.
pub fn evaluate(journey: &Journey) -> Valuation {
    let steps = journey
        .steps
        .iter()
        .map(|step| {
            let in_step = || journey.touchpoints.iter().filter(|t| t.step == step.id);
            StepSummary {
                step: step.id,
                touchpoints: in_step().count(),
                in_zone_of_visibility: in_step().filter(|t| t.lane.in_zone_of_visibility()).count(),
            }
        })
        .collect();
    Valuation { steps }
}
