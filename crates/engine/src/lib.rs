//! Sightline's domain model and value engine.
//!
//! Plain data and pure functions: a [`Journey`] is edited only through [`Edit`] commands,
//! which a [`History`] can take back and do again, and read through [`evaluate`]. Nothing
//! here knows about the browser, a clock or storage, so every rule is tested natively and
//! fast.

mod beside;
mod build;
mod compare;
mod edit;
mod error;
mod experience;
mod figures;
mod findings;
mod history;
mod id_index;
mod ids;
mod insight;
mod item;
mod kpi;
mod lists;
mod loops;
mod model;
mod persona;
mod priorities;
mod problem;
mod quadrants;
pub mod reveal;
mod sample;
mod steps;
mod synthetic;
mod templates;
mod undo;
mod validate;
mod valuation;
mod value;

pub use beside::{Direction, Neighbours};
pub use compare::{
    compare, Annotation, Change, ChangeKind, Comparison, Delta, FindingChange, FindingChanges,
    Matching, Paired, Shift, SideDelta, Spot, StakeholderDelta, StepDelta, Units,
};
pub use edit::Edit;
pub use error::EditError;
pub use experience::{experience_lines, felt_touchpoints, ExperienceLine, ExperiencePoint, Trend};
pub use figures::{ElementCount, Figures, SideFigures, StepValuation, Visibility};
pub use findings::{Finding, FindingKind};
pub use history::{Group, History};
pub use ids::{Id, InsightId, KpiId, LoopId, PersonaId};
pub use insight::{Anchor, Insight, InsightKind};
pub use item::{Item, ListEdit};
pub use kpi::{Better, Kpi, KpiStatus, Measure};
pub use loops::Loop;
pub use model::{
    Channel, ElementKind, Emotion, Journey, Lane, Line, Role, Side, Stage, Stakeholder,
    StakeholderId, Step, StepId, StepStanding, Touchpoint, TouchpointId,
};
pub use persona::Persona;
pub use priorities::{prioritise, Priority};
pub use problem::{FieldName, Place, Problem};
pub use quadrants::{EffortQuadrant, MapQuadrant, PriorityQuadrant};
pub use sample::{sample_journey_in, PersonaText, SampleText};
pub use synthetic::{synthetic_journey, Size};
pub use templates::{blank_journey, journey_from, IncidentText, JourneyTexts, SaasText, Template};
pub use validate::MAX_LABEL_CHARS;
pub use valuation::{evaluate, LowPoint, Valuation};
pub use value::{
    Aspect, EffectKind, EmotionScale, Rates, Relationship, Settings, Thresholds, ValueEffect,
    Weights, MAX_VALUE_UNIT_CHARS,
};
