//! The value figures of a journey, step by step: what each step does to each stakeholder's
//! value, summed in one pass over the touchpoints.
//!
//! # Formulas
//!
//! For step *k* and stakeholder *s*, summing the effects of the step's touchpoints on *s*:
//!
//! - **O** = Σ realised outcome, **P** = Σ potential outcome,
//! - **C** = Σ (money·rate_money + time·rate_time + resources·rate_resources),
//! - **R** = Σ probability·impact,
//! - **V(k,s) = w_O(s)·O − w_C(s)·C − w_R(s)·R**, and **leakage L(k,s) = w_O(s)·(P − O)**.
//!
//! The weights `w_O`, `w_C`, `w_R` are the stakeholder's [`Weights`](crate::Weights); the
//! rates are the journey's [`Rates`](crate::Rates). Step value V(k) = Σ_s V(k,s); per-side,
//! per-stakeholder, journey totals and cumulative curves are sums of the same cells.
//!
//! Sums run in journey order (steps, then touchpoints, then effects), so the same journey
//! always gives bit-for-bit the same figures.

use std::ops::{Add, AddAssign};

use crate::id_index::IdIndex;
use crate::model::{ElementKind, Journey, Lane, Side, StepId};
use crate::quadrants::MapQuadrant;
use crate::value::{EffectKind, Weights};

/// Figures of one step.
#[derive(Debug, Clone, PartialEq)]
pub struct StepValuation {
    /// The step.
    pub step: StepId,
    /// Touchpoints in the step, in any lane.
    pub touchpoints: usize,
    /// Whether any touchpoint of the step has an outcome effect, that is, tracks value.
    pub tracks_outcome: bool,
    /// The step's activities per visibility zone.
    pub visibility: Visibility,
    /// The table row: figures per stakeholder, in [`Valuation::stakeholders`] order.
    pub by_stakeholder: Vec<Figures>,
    /// Figures per side.
    pub by_side: SideFigures,
    /// Figures of the whole step; `total.value` is V(k).
    pub total: Figures,
    /// Each stakeholder's quadrant on the influence/interest map in this step.
    pub map: Vec<MapQuadrant>,
    /// Each stakeholder's mean emotion in this step, normalised to −1…+1; `None` if they
    /// expressed none here.
    pub emotion: Vec<Option<f64>>,
}

/// The value figures of one cell, row or total. All are on the journey's value scale.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Figures {
    /// O: realised outcomes.
    pub outcome: f64,
    /// P: potential outcomes.
    pub potential: f64,
    /// C: costs, converted by the journey's rates.
    pub cost: f64,
    /// R: risk exposure, probability times impact.
    pub risk: f64,
    /// V: weighted outcomes minus weighted costs and risks.
    pub value: f64,
    /// L: weighted potential not realised.
    pub leakage: f64,
}

impl Add for Figures {
    type Output = Figures;
    fn add(self, other: Figures) -> Figures {
        Figures {
            outcome: self.outcome + other.outcome,
            potential: self.potential + other.potential,
            cost: self.cost + other.cost,
            risk: self.risk + other.risk,
            value: self.value + other.value,
            leakage: self.leakage + other.leakage,
        }
    }
}

impl AddAssign for Figures {
    fn add_assign(&mut self, other: Figures) {
        *self = *self + other;
    }
}

/// Figures per side of the service relationship.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct SideFigures {
    /// The consumer's organisation.
    pub consumer: Figures,
    /// The provider's organisation.
    pub provider: Figures,
    /// Everyone else: regulators, society, charities.
    pub other: Figures,
}

impl SideFigures {
    /// The figures of one side.
    pub fn side(&self, side: Side) -> &Figures {
        match side {
            Side::Consumer => &self.consumer,
            Side::Provider => &self.provider,
            Side::Other => &self.other,
        }
    }

    fn side_mut(&mut self, side: Side) -> &mut Figures {
        match side {
            Side::Consumer => &mut self.consumer,
            Side::Provider => &mut self.provider,
            Side::Other => &mut self.other,
        }
    }
}

impl AddAssign for SideFigures {
    fn add_assign(&mut self, other: SideFigures) {
        self.consumer += other.consumer;
        self.provider += other.provider;
        self.other += other.other;
    }
}

/// Activities counted by who can see them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Visibility {
    /// Above the consumer's line of visibility: the provider cannot see them.
    pub hidden_by_consumer: usize,
    /// In the zone of visibility, where the experience is formed.
    pub in_zone: usize,
    /// Below the provider's line of visibility: the consumer cannot see them.
    pub hidden_by_provider: usize,
}

impl AddAssign for Visibility {
    fn add_assign(&mut self, other: Visibility) {
        self.hidden_by_consumer += other.hidden_by_consumer;
        self.in_zone += other.in_zone;
        self.hidden_by_provider += other.hidden_by_provider;
    }
}

impl Visibility {
    /// All activities counted.
    pub fn total(&self) -> usize {
        self.hidden_by_consumer + self.in_zone + self.hidden_by_provider
    }

    fn count(&mut self, lane: Lane) {
        match lane {
            Lane::ConsumerHidden => self.hidden_by_consumer += 1,
            Lane::ConsumerActions | Lane::ProviderFrontstage => self.in_zone += 1,
            Lane::ProviderBackstage | Lane::SupportProcesses => self.hidden_by_provider += 1,
        }
    }
}

/// Touchpoints by the kind of element clients would cite.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ElementCount {
    /// The main benefit itself.
    pub outcome: usize,
    /// How the service is delivered.
    pub process: usize,
}

/// The figures of every step, in journey order, and the journey's element count: the one
/// pass over touchpoints that everything else is summed from. Effects and emotions naming a
/// stakeholder the journey lacks are left out.
pub(crate) fn by_step(journey: &Journey) -> (Vec<StepValuation>, ElementCount) {
    let stakeholder_index = IdIndex::new(journey.stakeholders.iter().map(|s| s.id.0));
    let step_index = IdIndex::new(journey.steps.iter().map(|s| s.id.0));
    let n = journey.stakeholders.len();
    let rates = journey.settings.rates;
    let scale = journey.settings.emotion_scale;

    // Unweighted sums per step and stakeholder, and emotion sums, in one pass.
    // Flat step-major tables: cell (k, s) is at k·n + s.
    let mut raw = vec![Figures::default(); journey.steps.len() * n];
    let mut emotion_sums = vec![(0.0, 0usize); journey.steps.len() * n];
    let mut touchpoints = vec![0; journey.steps.len()];
    let mut tracks_outcome = vec![false; journey.steps.len()];
    let mut visibility = vec![Visibility::default(); journey.steps.len()];
    let mut elements = ElementCount::default();
    for touchpoint in &journey.touchpoints {
        let Some(k) = step_index.get(touchpoint.step.0) else {
            continue;
        };
        touchpoints[k] += 1;
        visibility[k].count(touchpoint.lane);
        match touchpoint.element {
            ElementKind::Outcome => elements.outcome += 1,
            ElementKind::Process => elements.process += 1,
        }
        for effect in &touchpoint.effects {
            let Some(s) = stakeholder_index.get(effect.stakeholder.0) else {
                continue;
            };
            let cell = &mut raw[k * n + s];
            match effect.kind {
                EffectKind::Outcome {
                    potential,
                    realised,
                } => {
                    cell.outcome += realised;
                    tracks_outcome[k] = true;
                    cell.potential += potential;
                }
                EffectKind::Cost {
                    money,
                    time,
                    resources,
                } => {
                    cell.cost +=
                        money * rates.money + time * rates.time + resources * rates.resources;
                }
                EffectKind::Risk {
                    probability,
                    impact,
                } => cell.risk += probability * impact,
            }
        }
        for emotion in &touchpoint.emotions {
            let Some(s) = stakeholder_index.get(emotion.stakeholder.0) else {
                continue;
            };
            let (sum, count) = &mut emotion_sums[k * n + s];
            *sum += emotion.value;
            *count += 1;
        }
    }

    let steps: Vec<StepValuation> = journey
        .steps
        .iter()
        .enumerate()
        .map(|(k, step)| {
            let by_stakeholder: Vec<Figures> = journey
                .stakeholders
                .iter()
                .zip(&raw[k * n..(k + 1) * n])
                .map(|(stakeholder, cell)| weigh(*cell, stakeholder.weights))
                .collect();
            let mut by_side = SideFigures::default();
            let mut total = Figures::default();
            for (stakeholder, figures) in journey.stakeholders.iter().zip(&by_stakeholder) {
                *by_side.side_mut(stakeholder.side) += *figures;
                total += *figures;
            }
            let map = journey
                .stakeholders
                .iter()
                .map(|stakeholder| MapQuadrant::of(stakeholder.standing_in(step.id)))
                .collect();
            let emotion = emotion_sums[k * n..(k + 1) * n]
                .iter()
                .map(|&(sum, count)| (count > 0).then(|| scale.normalise(sum / count as f64)))
                .collect();
            StepValuation {
                step: step.id,
                touchpoints: touchpoints[k],
                tracks_outcome: tracks_outcome[k],
                visibility: visibility[k],
                by_stakeholder,
                by_side,
                total,
                map,
                emotion,
            }
        })
        .collect();
    (steps, elements)
}

/// Apply a stakeholder's weights to its unweighted sums: V and L.
fn weigh(raw: Figures, weights: Weights) -> Figures {
    Figures {
        value: weights.outcomes * raw.outcome - weights.costs * raw.cost - weights.risks * raw.risk,
        leakage: weights.outcomes * (raw.potential - raw.outcome),
        ..raw
    }
}
