//! The value engine: [`evaluate`] a journey into its [`Valuation`], the figures of every step
//! first (`figures.rs`, whose docs state the formulas), then what they add up to over the
//! journey, then the findings read from those figures.
//!
//! Sums run in journey order (steps, then touchpoints, then effects), so the same journey
//! always gives bit-for-bit the same figures.

use crate::figures::{by_step, ElementCount, Figures, SideFigures, StepValuation, Visibility};
use crate::findings::{find, Finding};
use crate::model::{Journey, StakeholderId, StepId, TouchpointId};
use crate::quadrants::EffortQuadrant;

/// Everything the engine computes about one journey.
#[derive(Debug, Clone, PartialEq)]
pub struct Valuation {
    /// The stakeholders, in journey order; every per-stakeholder list follows this order.
    pub stakeholders: Vec<StakeholderId>,
    /// One entry per step, in journey order.
    pub steps: Vec<StepValuation>,
    /// Journey totals per stakeholder.
    pub by_stakeholder: Vec<Figures>,
    /// Journey totals per side.
    pub by_side: SideFigures,
    /// Journey totals.
    pub total: Figures,
    /// Running V per stakeholder: `cumulative[s][k]` is V of stakeholder `s` up to step `k`.
    pub cumulative: Vec<Vec<f64>>,
    /// What deserves the user's attention, in step order.
    pub findings: Vec<Finding>,
    /// Activities per visibility zone over the whole journey.
    pub visibility: Visibility,
    /// How many touchpoints clients would cite as outcome or as process elements.
    pub elements: ElementCount,
    /// The lowest mean emotion of any stakeholder in any step, normalised to −1…+1.
    pub lowest_emotion: Option<LowPoint>,
    /// Each touchpoint's place on the importance/effort grid, in journey order.
    pub importance_effort: Vec<(TouchpointId, EffortQuadrant)>,
}

/// Where the experience is worst.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LowPoint {
    /// The step.
    pub step: StepId,
    /// Whose experience.
    pub stakeholder: StakeholderId,
    /// The mean emotion there, normalised to −1…+1.
    pub emotion: f64,
}

/// Compute the valuation of a journey. Pure and deterministic: the same journey always gives
/// the same valuation. Effects and emotions naming a stakeholder the journey lacks are left
/// out (a loaded journey never has them: see [`Journey::problems`]).
pub fn evaluate(journey: &Journey) -> Valuation {
    let n = journey.stakeholders.len();
    let (steps, elements) = by_step(journey);
    let mut by_stakeholder = vec![Figures::default(); n];
    let mut cumulative = vec![Vec::with_capacity(steps.len()); n];
    let mut by_side = SideFigures::default();
    let mut total = Figures::default();
    let mut overall_visibility = Visibility::default();
    for step in &steps {
        for (s, figures) in step.by_stakeholder.iter().enumerate() {
            by_stakeholder[s] += *figures;
            cumulative[s].push(by_stakeholder[s].value);
        }
        by_side += step.by_side;
        total += step.total;
        overall_visibility += step.visibility;
    }

    let lowest_emotion = lowest_point(journey, &steps);
    let importance_effort = journey
        .touchpoints
        .iter()
        .map(|t| (t.id, EffortQuadrant::of(t.importance, t.effort)))
        .collect();
    let findings = find(journey, &steps, &overall_visibility);
    Valuation {
        stakeholders: journey.stakeholders.iter().map(|s| s.id).collect(),
        steps,
        by_stakeholder,
        by_side,
        total,
        cumulative,
        findings,
        visibility: overall_visibility,
        elements,
        lowest_emotion,
        importance_effort,
    }
}

/// The first lowest mean emotion in journey order.
fn lowest_point(journey: &Journey, steps: &[StepValuation]) -> Option<LowPoint> {
    let mut lowest: Option<LowPoint> = None;
    for step in steps {
        for (stakeholder, emotion) in journey.stakeholders.iter().zip(&step.emotion) {
            let Some(emotion) = *emotion else { continue };
            if lowest.is_none_or(|low| emotion < low.emotion) {
                lowest = Some(LowPoint {
                    step: step.step,
                    stakeholder: stakeholder.id,
                    emotion,
                });
            }
        }
    }
    lowest
}
