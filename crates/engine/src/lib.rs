//! Sightline's domain model and value engine.
//!
//! Plain data and pure functions: a [`Journey`] is edited only through [`Edit`] commands,
//! which a [`History`] can take back and do again, and read through [`evaluate`]. Nothing
//! here knows about the browser, a clock or storage, so every rule is tested natively and
//! fast.

mod beside;
mod build;
mod edit;
mod findings;
mod history;
mod id_index;
mod ids;
mod insight;
mod kpi;
mod lists;
mod loops;
mod model;
mod persona;
mod priorities;
mod quadrants;
mod sample;
mod steps;
mod synthetic;
mod templates;
mod undo;
mod validate;
mod valuation;
mod value;

pub use beside::{Direction, Neighbours};
pub use edit::{Edit, EditError};
pub use findings::{Finding, FindingKind};
pub use history::{Group, History};
pub use ids::{InsightId, KpiId, LoopId, PersonaId};
pub use insight::{Anchor, Insight, InsightKind};
pub use kpi::{Better, Kpi, KpiStatus, Measure};
pub use lists::{Item, ListEdit};
pub use loops::Loop;
pub use model::{
    Channel, ElementKind, Emotion, Journey, Lane, Line, Role, Side, Stage, Stakeholder,
    StakeholderId, Step, StepId, StepStanding, Touchpoint, TouchpointId,
};
pub use persona::Persona;
pub use priorities::{prioritise, Priority};
pub use quadrants::{EffortQuadrant, MapQuadrant, PriorityQuadrant};
pub use sample::sample_journey;
pub use synthetic::{synthetic_journey, Size};
pub use templates::{journey_from, Template};
pub use validate::{Place, Problem, MAX_LABEL_CHARS};
pub use valuation::{
    evaluate, ElementCount, Figures, LowPoint, SideFigures, StepValuation, Valuation, Visibility,
};
pub use value::{
    Aspect, EffectKind, EmotionScale, Rates, Relationship, Settings, Thresholds, ValueEffect,
    Weights, MAX_VALUE_UNIT_CHARS,
};
