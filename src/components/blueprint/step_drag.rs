//! Reordering steps by drag and drop: a step header's grip dropped onto another header takes
//! that step's place. The keyboard does the same with the step's Move buttons.

use sightline_engine::{Journey, StepId};
use web_sys::DragEvent;

/// The DataTransfer type that carries a dragged step's id, distinct from a touchpoint's so
/// that neither can be dropped where the other goes.
const DRAG_TYPE: &str = "application/x-sightline-step";

/// Put the dragged step's id into the drag.
pub fn start(event: &DragEvent, step: StepId) {
    if let Some(data) = event.data_transfer() {
        let _ = data.set_data(DRAG_TYPE, &step.0.to_string());
        data.set_effect_allowed("move");
    }
}

/// Whether the drag carries a step.
pub fn carries_step(event: &DragEvent) -> bool {
    event.data_transfer().is_some_and(|data| {
        data.types()
            .iter()
            .any(|t| t.as_string().as_deref() == Some(DRAG_TYPE))
    })
}

/// The step a drop carries, if any.
pub fn dropped(event: &DragEvent) -> Option<StepId> {
    let text = event.data_transfer()?.get_data(DRAG_TYPE).ok()?;
    text.parse().ok().map(StepId)
}

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
