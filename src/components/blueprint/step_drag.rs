//! Reordering steps by drag and drop: a step header's grip dropped onto another header takes
//! that step's place. The keyboard does the same with the step's Move buttons.

use sightline_engine::{Journey, StepId};

/// The `before` of the `MoveStep` that puts `dragged` in `target`'s place: before the target
/// when it comes from the right, after it when it comes from the left. `None` when there is
/// nothing to move.
pub fn place_of(journey: &Journey, dragged: StepId, target: StepId) -> Option<Option<StepId>> {
    let from = journey.step_position(dragged)?;
    let to = journey.step_position(target)?;
    if from == to {
        return None;
    }
    Some(if from > to {
        Some(target)
    } else {
        journey.steps.get(to + 1).map(|step| step.id)
    })
}
