//! Findings: what the value engine tells a service manager to look at.
//!
//! Each rule comes from ITIL 4 *Drive Stakeholder Value*: every step must add more value than
//! it removes; leakage is potential not realised; there is no partnership where all benefits
//! go to one party; without interaction there is no service; value must be tracked where it
//! is realised; a partnership needs deep mutual visibility.

use crate::figures::{StepValuation, Visibility};
use crate::model::{Journey, Side, Stage, StakeholderId, StepId};
use crate::value::Relationship;

/// One thing worth the user's attention.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Finding {
    /// Which rule it breaks.
    pub kind: FindingKind,
    /// The step it is about; always a step of the journey.
    pub step: StepId,
    /// The stakeholder it is about, where it applies.
    pub stakeholder: Option<StakeholderId>,
    /// The side it favours, for one-sided benefit.
    pub side: Option<Side>,
    /// The figure behind it; see each [`FindingKind`] for its meaning.
    pub amount: f64,
}

/// The rules findings come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FindingKind {
    /// The step removes more value than it adds: V(k) < 0. Amount: V(k).
    RemovesValue,
    /// A stakeholder's unrealised potential in a step, (P − O) / P, is above the threshold.
    /// Amount: the leakage L(k,s).
    UnrealisedPotential,
    /// One side gains while the other loses, or takes more than the threshold share of the
    /// positive value. Amount: the favoured side's V minus the other side's V.
    OneSidedBenefit,
    /// No touchpoint of the step is in the zone of visibility. Amount: the step's activities
    /// outside the zone.
    NoInteraction,
    /// A Realize step tracks no outcome. Amount: the step's V(k).
    RealizeWithoutOutcome,
    /// The relationship is a partnership but the zone of visibility holds less than the
    /// threshold share of all activities. Step: the one with the smallest share in the zone.
    /// Amount: the journey's share of activities in the zone.
    NarrowZone,
}

impl FindingKind {
    /// All kinds, in the order findings of one step are listed.
    pub const ALL: [FindingKind; 6] = [
        FindingKind::RemovesValue,
        FindingKind::UnrealisedPotential,
        FindingKind::OneSidedBenefit,
        FindingKind::NoInteraction,
        FindingKind::RealizeWithoutOutcome,
        FindingKind::NarrowZone,
    ];

    /// Position in [`FindingKind::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// All findings of a journey, read from the figures of its steps (in journey order) and its
/// activities per visibility zone: step by step, in [`FindingKind`] order within a step; the
/// journey-wide narrow-zone finding comes last.
pub(crate) fn find(
    journey: &Journey,
    steps: &[StepValuation],
    visibility: &Visibility,
) -> Vec<Finding> {
    let thresholds = journey.settings.thresholds;
    let mut findings = Vec::new();
    let finding = |kind, step, amount| Finding {
        kind,
        step,
        stakeholder: None,
        side: None,
        amount,
    };
    for (step, figures) in journey.steps.iter().zip(steps) {
        if figures.total.value < 0.0 {
            findings.push(finding(
                FindingKind::RemovesValue,
                step.id,
                figures.total.value,
            ));
        }
        for (stakeholder, cell) in journey.stakeholders.iter().zip(&figures.by_stakeholder) {
            if cell.potential > 0.0
                && (cell.potential - cell.outcome) / cell.potential > thresholds.unrealised_share
            {
                findings.push(Finding {
                    stakeholder: Some(stakeholder.id),
                    ..finding(FindingKind::UnrealisedPotential, step.id, cell.leakage)
                });
            }
        }
        let consumer = figures.by_side.consumer.value;
        let provider = figures.by_side.provider.value;
        if let Some(side) = favoured_side(consumer, provider, thresholds.one_sided_share) {
            let imbalance = (consumer - provider).abs();
            findings.push(Finding {
                side: Some(side),
                ..finding(FindingKind::OneSidedBenefit, step.id, imbalance)
            });
        }
        if figures.visibility.in_zone == 0 {
            let outside = figures.visibility.total() as f64;
            findings.push(finding(FindingKind::NoInteraction, step.id, outside));
        }
        if step.stage == Stage::Realize && !figures.tracks_outcome {
            findings.push(finding(
                FindingKind::RealizeWithoutOutcome,
                step.id,
                figures.total.value,
            ));
        }
    }
    if let Some(narrow) = narrow_zone(journey, steps, visibility) {
        findings.push(narrow);
    }
    findings
}

/// The side that benefits one-sidedly from a step, given each side's V.
fn favoured_side(consumer: f64, provider: f64, share: f64) -> Option<Side> {
    let (favoured, gain, other) = if consumer >= provider {
        (Side::Consumer, consumer, provider)
    } else {
        (Side::Provider, provider, consumer)
    };
    if gain <= 0.0 {
        return None;
    }
    let gains_while_other_loses = other < 0.0;
    let takes_too_large_a_share = other > 0.0 && gain / (gain + other) > share;
    (gains_while_other_loses || takes_too_large_a_share).then_some(favoured)
}

fn narrow_zone(
    journey: &Journey,
    steps: &[StepValuation],
    visibility: &Visibility,
) -> Option<Finding> {
    let total = visibility.total();
    if journey.settings.relationship != Relationship::Partnership || total == 0 {
        return None;
    }
    let share = visibility.in_zone as f64 / total as f64;
    if share >= journey.settings.thresholds.narrow_zone_share {
        return None;
    }
    let step_share = |v: &Visibility| match v.total() {
        0 => f64::INFINITY,
        n => v.in_zone as f64 / n as f64,
    };
    let narrowest = steps
        .iter()
        .min_by(|a, b| step_share(&a.visibility).total_cmp(&step_share(&b.visibility)))?;
    Some(Finding {
        kind: FindingKind::NarrowZone,
        step: narrowest.step,
        stakeholder: None,
        side: None,
        amount: share,
    })
}
