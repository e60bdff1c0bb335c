//! Named edits: the only way the app changes a journey.
//!
//! Every user action becomes one [`Edit`], applied by [`Journey::apply`]. Keeping mutations in
//! one enum gives undo/redo an exact history and lets the rules be tested without a browser.

use crate::model::{Channel, Journey, Lane, StepId, Touchpoint, TouchpointId};

/// One change to a journey, as the user asked for it.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Put a new touchpoint at the end of a blueprint cell.
    AddTouchpoint {
        /// The id to give it; take it from [`Journey::next_touchpoint_id`].
        id: TouchpointId,
        /// The step (column) of the cell.
        step: StepId,
        /// The lane (row) of the cell.
        lane: Lane,
        /// Its initial name.
        name: String,
    },
    /// Rename a touchpoint.
    RenameTouchpoint {
        /// The touchpoint to rename.
        id: TouchpointId,
        /// The new name.
        name: String,
    },
    /// Change the channel of a touchpoint.
    SetChannel {
        /// The touchpoint to change.
        id: TouchpointId,
        /// The new channel.
        channel: Channel,
    },
    /// Move a touchpoint to another lane of the same step.
    SetLane {
        /// The touchpoint to move.
        id: TouchpointId,
        /// The lane it moves to.
        lane: Lane,
    },
    /// Remove a touchpoint.
    DeleteTouchpoint {
        /// The touchpoint to remove.
        id: TouchpointId,
    },
    /// Give a step the user's own name; an empty name goes back to the stage's name.
    RenameStep {
        /// The step to rename.
        id: StepId,
        /// The new name.
        name: String,
    },
}

/// Why an edit could not be applied. The journey is unchanged when this is returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// The edit names a step the journey does not have.
    NoSuchStep(StepId),
    /// The edit names a touchpoint the journey does not have.
    NoSuchTouchpoint(TouchpointId),
    /// A new touchpoint would reuse an id that is taken.
    DuplicateTouchpoint(TouchpointId),
}

impl Journey {
    /// Apply one edit, or leave the journey untouched and say why not.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        match edit {
            Edit::AddTouchpoint {
                id,
                step,
                lane,
                name,
            } => {
                self.step(step).ok_or(EditError::NoSuchStep(step))?;
                if self.touchpoint(id).is_some() {
                    return Err(EditError::DuplicateTouchpoint(id));
                }
                self.touchpoints.push(Touchpoint {
                    id,
                    step,
                    lane,
                    name,
                    channel: Channel::Other,
                });
            }
            Edit::RenameTouchpoint { id, name } => self.touchpoint_mut(id)?.name = name,
            Edit::SetChannel { id, channel } => self.touchpoint_mut(id)?.channel = channel,
            Edit::SetLane { id, lane } => self.touchpoint_mut(id)?.lane = lane,
            Edit::DeleteTouchpoint { id } => {
                let before = self.touchpoints.len();
                self.touchpoints.retain(|t| t.id != id);
                if self.touchpoints.len() == before {
                    return Err(EditError::NoSuchTouchpoint(id));
                }
            }
            Edit::RenameStep { id, name } => {
                let step = self.steps.iter_mut().find(|s| s.id == id);
                let step = step.ok_or(EditError::NoSuchStep(id))?;
                let trimmed = name.trim();
                step.custom_name = (!trimmed.is_empty()).then(|| trimmed.to_owned());
            }
        }
        Ok(())
    }

    fn touchpoint_mut(&mut self, id: TouchpointId) -> Result<&mut Touchpoint, EditError> {
        self.touchpoints
            .iter_mut()
            .find(|t| t.id == id)
            .ok_or(EditError::NoSuchTouchpoint(id))
    }
}
