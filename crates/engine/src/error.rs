//! Why an edit is refused: shared by every module that applies one, and kept typed up to the
//! component that puts it into words.

use crate::ids::{StakeholderId, StepId, TouchpointId};
use crate::problem::{Place, Problem};

/// Why an edit could not be applied. The journey is unchanged when this is returned.
#[derive(Debug, Clone, PartialEq)]
pub enum EditError {
    /// The edit names a step the journey does not have.
    NoSuchStep(StepId),
    /// The edit names a touchpoint the journey does not have.
    NoSuchTouchpoint(TouchpointId),
    /// A new touchpoint would reuse an id that is taken.
    DuplicateTouchpoint(TouchpointId),
    /// The edit names a stakeholder the journey does not have.
    NoSuchStakeholder(StakeholderId),
    /// A new stakeholder would reuse an id that is taken.
    DuplicateStakeholder(StakeholderId),
    /// The edit names an effect the touchpoint does not have.
    NoSuchEffect(TouchpointId, usize),
    /// A move names, as the touchpoint to go before, one that is not in the target cell (or
    /// the moved touchpoint itself).
    NotInCell(TouchpointId),
    /// The edit names a persona, KPI, pain point, opportunity or loop the journey does not
    /// have.
    NoSuchItem(Place),
    /// A new persona, KPI, pain point, opportunity or loop would reuse an id that is taken.
    DuplicateItem(Place),
    /// A new step would reuse an id that is taken.
    DuplicateStep(StepId),
    /// A step would go before itself.
    BeforeItself(StepId),
    /// The journey's only step cannot be removed.
    LastStep,
    /// The edit would put a value out of its range.
    Invalid(Vec<Problem>),
}
