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
        /// The field that names it (effects, emotions, participants, initiator).
        field: FieldName,
        /// The stakeholder named.
        stakeholder: StakeholderId,
    },
    /// A number lies outside the range its field allows (or is not a number at all).
    OutOfRange {
        /// Where the number is.
        at: Place,
        /// The field (probability, influence, ...).
        field: FieldName,
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
        /// The field that names it (stakeholder, step, on, from, to).
        field: FieldName,
    },
    /// A short label (a KPI's unit) is longer than [`MAX_LABEL_CHARS`](crate::MAX_LABEL_CHARS) characters or
    /// does not fit on one line.
    BadLabel {
        /// The item.
        at: Place,
        /// The field.
        field: FieldName,
    },
    /// A touchpoint's link to another journey is not a library id.
    BadJourneyLink(TouchpointId),
}

/// A field a [`Problem`] names: an enum rather than the document's key, so that the app can
/// say it in the user's language ([`FieldName::key`] is the document's name for it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldName {
    /// The value of one unit of money.
    RatesMoney,
    /// The value of one unit of time.
    RatesTime,
    /// The value of one unit of resources.
    RatesResources,
    /// The lowest point of the emotion scale.
    EmotionScaleMin,
    /// The highest point of the emotion scale.
    EmotionScaleMax,
    /// The unrealised share that counts as leakage.
    UnrealisedShare,
    /// The share of value that counts as one-sided.
    OneSidedShare,
    /// The share in the zone below which a partnership is narrow.
    NarrowZoneShare,
    /// A stakeholder's influence.
    Influence,
    /// A stakeholder's interest.
    Interest,
    /// A stakeholder's influence in one step.
    StandingInfluence,
    /// A stakeholder's interest in one step.
    StandingInterest,
    /// The weight of a stakeholder's outcomes.
    OutcomeWeight,
    /// The weight of a stakeholder's costs.
    CostWeight,
    /// The weight of a stakeholder's risks.
    RiskWeight,
    /// A touchpoint's importance to the customer.
    Importance,
    /// The provider's effort on a touchpoint, or an insight's.
    Effort,
    /// A touchpoint's emotions.
    Emotions,
    /// A touchpoint's value effects.
    Effects,
    /// Who takes part in a touchpoint.
    Participants,
    /// Who initiates a touchpoint.
    Initiator,
    /// How a stakeholder feels at a touchpoint.
    EmotionValue,
    /// An outcome's potential.
    Potential,
    /// An outcome's realised part.
    Realised,
    /// A cost in money.
    Money,
    /// A cost in time.
    Time,
    /// A cost in resources.
    Resources,
    /// A risk's probability.
    Probability,
    /// A risk's impact.
    Impact,
    /// The stakeholder a persona stands for.
    Stakeholder,
    /// The step a KPI measures.
    Step,
    /// A KPI's target.
    Target,
    /// A KPI's actual figure.
    Actual,
    /// A KPI's unit.
    Unit,
    /// Where a pain point or opportunity was found.
    On,
    /// An insight's value to the customer.
    CustomerValue,
    /// An insight's value to the business.
    BusinessValue,
    /// The step a way back leaves from.
    From,
    /// The step a way back returns to.
    To,
}

impl FieldName {
    /// Every field, in the order the document has them.
    pub const ALL: [FieldName; 39] = [
        FieldName::RatesMoney,
        FieldName::RatesTime,
        FieldName::RatesResources,
        FieldName::EmotionScaleMin,
        FieldName::EmotionScaleMax,
        FieldName::UnrealisedShare,
        FieldName::OneSidedShare,
        FieldName::NarrowZoneShare,
        FieldName::Influence,
        FieldName::Interest,
        FieldName::StandingInfluence,
        FieldName::StandingInterest,
        FieldName::OutcomeWeight,
        FieldName::CostWeight,
        FieldName::RiskWeight,
        FieldName::Importance,
        FieldName::Effort,
        FieldName::Emotions,
        FieldName::Effects,
        FieldName::Participants,
        FieldName::Initiator,
        FieldName::EmotionValue,
        FieldName::Potential,
        FieldName::Realised,
        FieldName::Money,
        FieldName::Time,
        FieldName::Resources,
        FieldName::Probability,
        FieldName::Impact,
        FieldName::Stakeholder,
        FieldName::Step,
        FieldName::Target,
        FieldName::Actual,
        FieldName::Unit,
        FieldName::On,
        FieldName::CustomerValue,
        FieldName::BusinessValue,
        FieldName::From,
        FieldName::To,
    ];

    /// The field's name in the document (`thresholds.unrealised_share`, `probability`).
    pub fn key(self) -> &'static str {
        match self {
            FieldName::RatesMoney => "rates.money",
            FieldName::RatesTime => "rates.time",
            FieldName::RatesResources => "rates.resources",
            FieldName::EmotionScaleMin => "emotion_scale.min",
            FieldName::EmotionScaleMax => "emotion_scale.max",
            FieldName::UnrealisedShare => "thresholds.unrealised_share",
            FieldName::OneSidedShare => "thresholds.one_sided_share",
            FieldName::NarrowZoneShare => "thresholds.narrow_zone_share",
            FieldName::Influence => "influence",
            FieldName::Interest => "interest",
            FieldName::StandingInfluence => "standing_by_step.influence",
            FieldName::StandingInterest => "standing_by_step.interest",
            FieldName::OutcomeWeight => "weights.outcomes",
            FieldName::CostWeight => "weights.costs",
            FieldName::RiskWeight => "weights.risks",
            FieldName::Importance => "importance",
            FieldName::Effort => "effort",
            FieldName::Emotions => "emotions",
            FieldName::Effects => "effects",
            FieldName::Participants => "participants",
            FieldName::Initiator => "initiator",
            FieldName::EmotionValue => "value",
            FieldName::Potential => "potential",
            FieldName::Realised => "realised",
            FieldName::Money => "money",
            FieldName::Time => "time",
            FieldName::Resources => "resources",
            FieldName::Probability => "probability",
            FieldName::Impact => "impact",
            FieldName::Stakeholder => "stakeholder",
            FieldName::Step => "step",
            FieldName::Target => "target",
            FieldName::Actual => "actual",
            FieldName::Unit => "unit",
            FieldName::On => "on",
            FieldName::CustomerValue => "customer_value",
            FieldName::BusinessValue => "business_value",
            FieldName::From => "from",
            FieldName::To => "to",
        }
    }
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
