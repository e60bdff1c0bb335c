//! Large journeys made up from a size, for benchmarks and for tests that need volume.
//!
//! Deterministic (a fixed linear congruential sequence, no randomness source), so that every
//! run measures the same journey, natively and in the browser.

use crate::model::{
    Emotion, Journey, Lane, Role, Side, Stage, Stakeholder, StakeholderId, Step, StepId,
    Touchpoint, TouchpointId,
};
use crate::value::{EffectKind, Settings, ValueEffect};

/// How big a made-up journey is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    /// Steps, cycling through the seven ITIL stages.
    pub steps: usize,
    /// Touchpoints, spread evenly over the steps and lanes.
    pub touchpoints: usize,
    /// Stakeholders, alternating consumer and provider sides.
    pub stakeholders: usize,
    /// Value effects, spread evenly over the touchpoints.
    pub effects: usize,
}

impl Size {
    /// The size the value engine is benchmarked at: 1,000 steps, 10,000 touchpoints,
    /// 50 stakeholders and 30,000 effects.
    pub const BENCHMARK: Size = Size {
        steps: 1_000,
        touchpoints: 10_000,
        stakeholders: 50,
        effects: 30_000,
    };

    /// A large journey of the kind people draw by hand, the one the browser benchmarks open:
    /// 100 steps, 1,000 touchpoints (two per cell of 100 steps × 5 lanes), 20 stakeholders
    /// and 3,000 value effects.
    pub const DRAWN_BY_HAND: Size = Size {
        steps: 100,
        touchpoints: 1_000,
        stakeholders: 20,
        effects: 3_000,
    };
}

/// A journey of the given size with varied outcomes, costs, risks and emotions.
pub fn synthetic_journey(size: Size) -> Journey {
    let mut next = lcg(0x5157_4C49_4E45);
    let mut journey = Journey::with_itil_steps("Synthetic journey");
    journey.settings = Settings::default();
    journey.steps = (0..size.steps)
        .map(|k| Step {
            id: StepId(k as u32 + 1),
            stage: Stage::ALL[k % 7],
            custom_name: None,
        })
        .collect();
    journey.stakeholders = (0..size.stakeholders)
        .map(|s| {
            let side = [Side::Consumer, Side::Provider, Side::Other][s % 3];
            let mut stakeholder = Stakeholder::new(
                StakeholderId(s as u32 + 1),
                format!("Stakeholder {}", s + 1),
                Role::Other,
                side,
            );
            stakeholder.influence = (next() % 11) as u8;
            stakeholder.interest = (next() % 11) as u8;
            stakeholder
        })
        .collect();
    let stakeholder = |n: u64| StakeholderId((n % size.stakeholders.max(1) as u64) as u32 + 1);
    let mut effects_left = size.effects;
    journey.touchpoints = (0..size.touchpoints)
        .map(|t| {
            let step = StepId((t * size.steps.max(1) / size.touchpoints.max(1)) as u32 + 1);
            let mut touchpoint = Touchpoint::new(
                TouchpointId(t as u32 + 1),
                step,
                Lane::ALL[t % 5],
                format!("Touchpoint {}", t + 1),
            );
            let share = effects_left / (size.touchpoints - t);
            effects_left -= share;
            touchpoint.effects = (0..share)
                .map(|_| {
                    let amount = (next() % 1_000) as f64 / 10.0;
                    let kind = match next() % 3 {
                        0 => EffectKind::Outcome {
                            potential: amount,
                            realised: amount * 0.7,
                        },
                        1 => EffectKind::Cost {
                            money: amount,
                            time: amount / 10.0,
                            resources: 1.0,
                        },
                        _ => EffectKind::Risk {
                            probability: 0.25,
                            impact: amount,
                        },
                    };
                    ValueEffect {
                        stakeholder: stakeholder(next()),
                        kind,
                    }
                })
                .collect();
            if size.stakeholders > 0 {
                let value = (next() % 5) as f64 - 2.0;
                touchpoint.emotions = vec![Emotion {
                    stakeholder: stakeholder(next()),
                    value,
                }];
            }
            touchpoint.importance = (next() % 5) as u8 + 1;
            touchpoint.effort = (next() % 5) as u8 + 1;
            touchpoint
        })
        .collect();
    journey
}

/// Knuth's MMIX linear congruential generator; its high bits are good enough to vary data.
fn lcg(seed: u64) -> impl FnMut() -> u64 {
    let mut state = seed;
    move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        state >> 33
    }
}
