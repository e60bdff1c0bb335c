//! Key performance indicators per step: what a step is measured by, with a target and the
//! actual figure, so that a missed target shows where the journey falls short.

use serde::{Deserialize, Serialize};

pub use crate::ids::KpiId;
use crate::ids::StepId;

/// One indicator of one step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Kpi {
    /// Stable identity of the indicator.
    pub id: KpiId,
    /// The step it measures.
    pub step: StepId,
    /// What it measures.
    pub measure: Measure,
    /// The user's own name for it; `None` shows the measure's name in the user's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The unit its figures are in ("days", "%", "€"), may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// The figure aimed for, if set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    /// The figure measured, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual: Option<f64>,
    /// Which way is better.
    pub better: Better,
}

/// The kinds of indicator a step can be measured by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Measure {
    /// Customer satisfaction score.
    Csat,
    /// Customer effort score (CES 2.0: agreement that the company made it easy).
    Ces,
    /// Net promoter score, from −100 to 100.
    Nps,
    /// How long the step takes.
    Duration,
    /// What serving the customer in this step costs the provider.
    CostToServe,
    /// Anything else, named by the user.
    Custom,
}

impl Measure {
    /// All measures, in the order a picker lists them.
    pub const ALL: [Measure; 6] = [
        Measure::Csat,
        Measure::Ces,
        Measure::Nps,
        Measure::Duration,
        Measure::CostToServe,
        Measure::Custom,
    ];

    /// Position in [`Measure::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Which way is usually better: more satisfaction and ease, less time and cost.
    pub fn usually_better(self) -> Better {
        match self {
            Measure::Csat | Measure::Ces | Measure::Nps | Measure::Custom => Better::Higher,
            Measure::Duration | Measure::CostToServe => Better::Lower,
        }
    }

    /// The range the measure's figures must lie in, when it has one by definition.
    pub fn range(self) -> (f64, f64) {
        match self {
            Measure::Nps => (-100.0, 100.0),
            Measure::Duration | Measure::CostToServe => (0.0, f64::INFINITY),
            Measure::Csat | Measure::Ces | Measure::Custom => (f64::MIN, f64::MAX),
        }
    }
}

/// Which way an indicator improves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Better {
    /// A higher figure is better.
    Higher,
    /// A lower figure is better.
    Lower,
}

impl Better {
    /// Both directions, higher first.
    pub const ALL: [Better; 2] = [Better::Higher, Better::Lower];

    /// Position in [`Better::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// How an indicator stands against its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KpiStatus {
    /// Target or actual is not set yet.
    Unknown,
    /// The actual figure reaches the target or beats it.
    Met,
    /// The actual figure falls short of the target.
    Missed,
}

impl Kpi {
    /// A new indicator of a step, with no figures and the measure's usual direction.
    pub fn new(id: KpiId, step: StepId, measure: Measure) -> Self {
        Kpi {
            id,
            step,
            measure,
            label: None,
            unit: String::new(),
            target: None,
            actual: None,
            better: measure.usually_better(),
        }
    }

    /// Measure the indicator by another measure. A direction the user chose (one that is not
    /// the old measure's usual one) stays; otherwise the new measure's usual one follows, so
    /// that switching from CSAT to duration does not leave "higher is better" behind.
    pub fn set_measure(&mut self, measure: Measure) {
        if self.better == self.measure.usually_better() {
            self.better = measure.usually_better();
        }
        self.measure = measure;
    }

    /// Whether the actual figure meets the target.
    pub fn status(&self) -> KpiStatus {
        let (Some(target), Some(actual)) = (self.target, self.actual) else {
            return KpiStatus::Unknown;
        };
        let met = match self.better {
            Better::Higher => actual >= target,
            Better::Lower => actual <= target,
        };
        if met {
            KpiStatus::Met
        } else {
            KpiStatus::Missed
        }
    }
}
