//! What can be wrong with a journey, and where: the vocabulary that checking a journey,
//! refusing an edit and telling the user share, with nothing else to depend on.

use crate::ids::{InsightId, KpiId, LoopId, PersonaId, StakeholderId, StepId, TouchpointId};

/// Something in a journey that breaks an invariant. Each names the offending item and field
/// so that the user can be told exactly what is wrong.
#[derive(Debug, Clone, PartialEq)]
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
    /// A touchpoint's effect, emotion, participant or initiator names a missing stakeholder.
    MissingStakeholder {
        /// The touchpoint.
        touchpoint: TouchpointId,
        /// The field that names it (`effects`, `emotions`, `participants`, `initiator`).
        field: &'static str,
        /// The stakeholder named.
        stakeholder: StakeholderId,
    },
    /// A number lies outside the range its field allows (or is not a number at all).
    OutOfRange {
        /// Where the number is.
        at: Place,
        /// The field, as named in the document (`probability`, `influence`, ...).
        field: &'static str,
        /// The number found.
        value: f64,
        /// The smallest allowed value.
        min: f64,
        /// The largest allowed value (infinite when there is no upper bound).
        max: f64,
    },
    /// An outcome effect claims more realised than potential outcome.
    RealisedAbovePotential {
        /// The touchpoint.
        touchpoint: TouchpointId,
        /// Position of the effect in the touchpoint's list, from 0.
        effect: usize,
    },
    /// The emotion scale's minimum is not below its maximum.
    EmotionScaleInverted,
    /// The unit of value is longer than [`MAX_VALUE_UNIT_CHARS`](crate::MAX_VALUE_UNIT_CHARS) characters once trimmed.
    ValueUnitTooLong {
        /// How many characters it has, trimmed.
        chars: usize,
    },
    /// The unit of value holds a line break, a tab or another control character.
    ValueUnitControlCharacter,
    /// Two items of one list (personas, KPIs, pain points and opportunities, loops) share
    /// an id.
    DuplicateItem(Place),
    /// An item names a step, touchpoint or stakeholder the journey does not have.
    MissingReference {
        /// The item.
        at: Place,
        /// The field that names it (`stakeholder`, `step`, `on`, `from`, `to`).
        field: &'static str,
    },
    /// A short label (a KPI's unit) is longer than [`MAX_LABEL_CHARS`](crate::MAX_LABEL_CHARS) characters or
    /// does not fit on one line.
    BadLabel {
        /// The item.
        at: Place,
        /// The field.
        field: &'static str,
    },
    /// A touchpoint's link to another journey is not a library id.
    BadJourneyLink(TouchpointId),
}

/// Where in a journey a field lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A field of the journey's settings.
    Settings,
    /// A field of a stakeholder.
    Stakeholder(StakeholderId),
    /// A field of a touchpoint itself.
    Touchpoint(TouchpointId),
    /// A field of one effect of a touchpoint (position from 0).
    Effect(TouchpointId, usize),
    /// The emotion a touchpoint records for a stakeholder.
    Emotion(TouchpointId, StakeholderId),
    /// A field of a step.
    Step(StepId),
    /// A field of a persona.
    Persona(PersonaId),
    /// A field of a key performance indicator.
    Kpi(KpiId),
    /// A field of a pain point or opportunity.
    Insight(InsightId),
    /// A field of a loop.
    Loop(LoopId),
}
