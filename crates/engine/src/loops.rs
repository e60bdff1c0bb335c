//! Loops: journeys rarely follow the steps in order; a customer goes back to an earlier step
//! (a rejected offer sends them back to explore) and the journey records it.

use serde::{Deserialize, Serialize};

pub use crate::ids::LoopId;
use crate::ids::StepId;

/// A way back: after step `from`, the journey can return to step `to`.
///
/// `to` is usually before `from` (or the same step, repeated); reordering the steps may
/// change that, and the loop stays as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Loop {
    /// Stable identity of the loop.
    pub id: LoopId,
    /// The step the journey goes back from.
    pub from: StepId,
    /// The step it goes back to.
    pub to: StepId,
    /// Why or when it happens ("offer rejected"), may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
}
