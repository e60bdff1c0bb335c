//! Sightline's domain model and value engine.
//!
//! Plain data and pure functions: a [`Journey`] is edited only through [`Edit`] commands and
//! read through [`evaluate`]. Nothing here knows about the browser, a clock or storage, so
//! every rule is tested natively and fast.

mod edit;
mod model;
mod sample;
mod validate;
mod valuation;

pub use edit::{Edit, EditError};
pub use model::{
    Channel, Journey, Lane, Line, Role, Side, Stage, Stakeholder, StakeholderId, Step, StepId,
    Touchpoint, TouchpointId,
};
pub use sample::sample_journey;
pub use validate::Problem;
pub use valuation::{evaluate, StepSummary, Valuation};
