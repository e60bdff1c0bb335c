//! What a touchpoint does to a stakeholder's value, and how a journey weighs it.
//!
//! Value in ITIL 4 is outcomes balanced against costs and risks, and it is subjective: each
//! stakeholder weighs the three aspects with its own [`Weights`], and the journey's
//! [`Settings`] bring money, time and resources to one scale.

use serde::{Deserialize, Serialize};

use crate::ids::StakeholderId;

/// One effect of a touchpoint on one stakeholder's value.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ValueEffect {
    /// Whose value changes.
    pub stakeholder: StakeholderId,
    /// How it changes.
    #[serde(flatten)]
    pub kind: EffectKind,
}

/// The three aspects of value. Every amount is non-negative; the sign comes from the aspect.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "aspect", rename_all = "kebab-case")]
pub enum EffectKind {
    /// A result the stakeholder gets, on the journey's value scale.
    Outcome {
        /// What the touchpoint could deliver.
        potential: f64,
        /// What it does deliver; never more than `potential`.
        realised: f64,
    },
    /// What the stakeholder invests.
    Cost {
        /// Money, in the journey's currency.
        money: f64,
        /// Time, in the journey's time unit.
        time: f64,
        /// Other resources (people, equipment), in the journey's resource unit.
        resources: f64,
    },
    /// An uncertainty the stakeholder is exposed to.
    Risk {
        /// Chance that it happens, from 0 to 1.
        probability: f64,
        /// What it costs if it happens, on the value scale.
        impact: f64,
    },
}

impl EffectKind {
    /// Which aspect of value this effect touches.
    pub fn aspect(&self) -> Aspect {
        match self {
            EffectKind::Outcome { .. } => Aspect::Outcome,
            EffectKind::Cost { .. } => Aspect::Cost,
            EffectKind::Risk { .. } => Aspect::Risk,
        }
    }
}

/// The three aspects of value, without amounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Aspect {
    /// Outcomes.
    Outcome,
    /// Costs.
    Cost,
    /// Risks.
    Risk,
}

impl Aspect {
    /// All aspects.
    pub const ALL: [Aspect; 3] = [Aspect::Outcome, Aspect::Cost, Aspect::Risk];

    /// Position in [`Aspect::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// An effect of this aspect with every amount zero, which changes no figure.
    pub fn zero(self) -> EffectKind {
        match self {
            Aspect::Outcome => EffectKind::Outcome {
                potential: 0.0,
                realised: 0.0,
            },
            Aspect::Cost => EffectKind::Cost {
                money: 0.0,
                time: 0.0,
                resources: 0.0,
            },
            Aspect::Risk => EffectKind::Risk {
                probability: 0.0,
                impact: 0.0,
            },
        }
    }
}

/// How much a stakeholder cares about each aspect of value. 1 each unless said otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Weights {
    /// Weight of outcomes, `w_O`.
    pub outcomes: f64,
    /// Weight of costs, `w_C`.
    pub costs: f64,
    /// Weight of risks, `w_R`.
    pub risks: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            outcomes: 1.0,
            costs: 1.0,
            risks: 1.0,
        }
    }
}

/// How deep the service relationship goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Relationship {
    /// Standard products, little tailoring.
    #[default]
    Basic,
    /// Some tailoring and shared work.
    Cooperative,
    /// Shared goals, deep mutual visibility, long term.
    Partnership,
}

impl Relationship {
    /// All relationship types, shallow to deep.
    pub const ALL: [Relationship; 3] = [
        Relationship::Basic,
        Relationship::Cooperative,
        Relationship::Partnership,
    ];

    /// Position in [`Relationship::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Rates that bring money, time and resources to the journey's one value scale.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Rates {
    /// Value of one unit of money.
    pub money: f64,
    /// Value of one unit of time.
    pub time: f64,
    /// Value of one unit of resources.
    pub resources: f64,
}

impl Default for Rates {
    fn default() -> Self {
        Rates {
            money: 1.0,
            time: 1.0,
            resources: 1.0,
        }
    }
}

/// The range of the emotion scale, so teams can use the scale they are used to.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct EmotionScale {
    /// The worst feeling.
    pub min: f64,
    /// The best feeling; above `min`.
    pub max: f64,
}

impl Default for EmotionScale {
    fn default() -> Self {
        EmotionScale {
            min: -2.0,
            max: 2.0,
        }
    }
}

impl EmotionScale {
    /// How far below the best feeling an emotion lies, from 0 (the best) to 1 (the worst):
    /// where a curve drawn with the best at the top places it. The middle on a scale of no
    /// width.
    pub fn depth(self, emotion: f64) -> f64 {
        let span = self.max - self.min;
        if span > 0.0 {
            ((self.max - emotion) / span).clamp(0.0, 1.0)
        } else {
            0.5
        }
    }

    /// Map an emotion on this scale to −1…+1 (the midpoint becomes 0).
    pub fn normalise(self, emotion: f64) -> f64 {
        let half = (self.max - self.min) / 2.0;
        if half > 0.0 {
            ((emotion - self.min) / half - 1.0).clamp(-1.0, 1.0)
        } else {
            0.0
        }
    }
}

/// Where findings start.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Thresholds {
    /// Unrealised potential is reported when `(P − O) / P` exceeds this share.
    pub unrealised_share: f64,
    /// Benefit is one-sided when one side gets more than this share of the positive value.
    pub one_sided_share: f64,
    /// In a partnership, the zone of visibility is narrow when it holds less than this share
    /// of all activities.
    pub narrow_zone_share: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            unrealised_share: 0.3,
            one_sided_share: 0.8,
            narrow_zone_share: 0.4,
        }
    }
}

/// The most characters a unit of value may have, once trimmed: it is a short label on axes
/// and headers (`k€`, `h`, `points`), not a sentence.
pub const MAX_VALUE_UNIT_CHARS: usize = 16;

/// Journey-wide settings of the value engine.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Settings {
    /// The type of service relationship.
    #[serde(default)]
    pub relationship: Relationship,
    /// Conversion of costs to the value scale.
    #[serde(default)]
    pub rates: Rates,
    /// The emotion scale used on touchpoints.
    #[serde(default)]
    pub emotion_scale: EmotionScale,
    /// Thresholds of the findings.
    #[serde(default)]
    pub thresholds: Thresholds,
    /// What one point of the value scale stands for (`k€`, `h`, `points`), shown beside
    /// figures; empty when the journey does not say. At most [`MAX_VALUE_UNIT_CHARS`]
    /// characters once trimmed, and no control characters.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub value_unit: String,
}
