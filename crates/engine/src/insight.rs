//! Pain points and opportunities, found on a step or a touchpoint and scored so that they can
//! be ranked: what they are worth to the customer and to the business against the effort.

use serde::{Deserialize, Serialize};

pub use crate::ids::InsightId;
use crate::ids::{StepId, TouchpointId};

/// A pain point or an opportunity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Insight {
    /// Stable identity.
    pub id: InsightId,
    /// Pain point or opportunity.
    pub kind: InsightKind,
    /// Where in the journey it was found.
    pub on: Anchor,
    /// What it is, in the user's words.
    pub text: String,
    /// What addressing it is worth to the customer, 1 to 5.
    pub customer_value: u8,
    /// What addressing it is worth to the business, 1 to 5.
    pub business_value: u8,
    /// What addressing it costs the provider in effort, 1 to 5.
    pub effort: u8,
}

/// The two kinds of insight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InsightKind {
    /// Something that hurts the experience or loses value.
    PainPoint,
    /// A chance to create more value.
    Opportunity,
}

impl InsightKind {
    /// Both kinds, pain point first.
    pub const ALL: [InsightKind; 2] = [InsightKind::PainPoint, InsightKind::Opportunity];

    /// Position in [`InsightKind::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// The step or touchpoint an insight belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Anchor {
    /// A whole step.
    Step(StepId),
    /// One touchpoint.
    Touchpoint(TouchpointId),
}

impl Insight {
    /// A new insight with middle scores.
    pub fn new(id: InsightId, kind: InsightKind, on: Anchor, text: impl Into<String>) -> Self {
        Insight {
            id,
            kind,
            on,
            text: text.into(),
            customer_value: 3,
            business_value: 3,
            effort: 3,
        }
    }

    /// What addressing it is worth: the mean of customer and business value, 1 to 5.
    pub fn value(&self) -> f64 {
        (f64::from(self.customer_value) + f64::from(self.business_value)) / 2.0
    }
}
