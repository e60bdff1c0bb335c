//! The invariants every journey keeps, checked when a document arrives from outside.

use std::collections::HashSet;

use crate::model::{Journey, StakeholderId, StepId, TouchpointId};

/// Something in a journey that breaks an invariant. Each names the offending item so that the
/// user can be told exactly what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The journey has no steps at all.
    NoSteps,
    /// Two steps share an id.
    DuplicateStep(StepId),
    /// Two touchpoints share an id.
    DuplicateTouchpoint(TouchpointId),
    /// Two stakeholders share an id.
    DuplicateStakeholder(StakeholderId),
    /// A touchpoint sits in a step that does not exist.
    TouchpointInMissingStep {
        /// The touchpoint.
        touchpoint: TouchpointId,
        /// The step it names.
        step: StepId,
    },
}

impl Journey {
    /// Every broken invariant, in document order; empty when the journey is sound.
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        if self.steps.is_empty() {
            problems.push(Problem::NoSteps);
        }
        let mut steps = HashSet::new();
        for step in &self.steps {
            if !steps.insert(step.id) {
                problems.push(Problem::DuplicateStep(step.id));
            }
        }
        let mut stakeholders = HashSet::new();
        for stakeholder in &self.stakeholders {
            if !stakeholders.insert(stakeholder.id) {
                problems.push(Problem::DuplicateStakeholder(stakeholder.id));
            }
        }
        let mut touchpoints = HashSet::new();
        for touchpoint in &self.touchpoints {
            if !touchpoints.insert(touchpoint.id) {
                problems.push(Problem::DuplicateTouchpoint(touchpoint.id));
            }
            if !steps.contains(&touchpoint.step) {
                problems.push(Problem::TouchpointInMissingStep {
                    touchpoint: touchpoint.id,
                    step: touchpoint.step,
                });
            }
        }
        problems
    }
}
