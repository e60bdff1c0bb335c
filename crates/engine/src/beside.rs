//! What lies beside a place in the blueprint: the cell an arrow key leads to, and a step's
//! neighbours in the journey's order, which moving a step one place left or right needs.

use crate::edit::Edit;
use crate::model::{Journey, Lane, StepId};

/// A way across the blueprint: steps run left to right, lanes top to bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// The previous step.
    Left,
    /// The next step.
    Right,
    /// The lane above.
    Up,
    /// The lane below.
    Down,
}

impl Journey {
    /// The cell beside (`step`, `lane`) in a direction: the previous or next step in the same
    /// lane, or the lane above or below (in [`Lane::ALL`] order) in the same step. `None` at
    /// the blueprint's edge or for a step the journey does not have.
    pub fn cell_beside(
        &self,
        step: StepId,
        lane: Lane,
        direction: Direction,
    ) -> Option<(StepId, Lane)> {
        let column = self.step_position(step)?;
        let row = lane.index();
        let (column, row) = match direction {
            Direction::Left => (column.checked_sub(1)?, row),
            Direction::Right => (column + 1, row),
            Direction::Up => (column, row.checked_sub(1)?),
            Direction::Down => (column, row + 1),
        };
        Some((self.steps.get(column)?.id, *Lane::ALL.get(row)?))
    }
}

/// Where a step stands among the steps just before and after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Neighbours {
    /// The step itself.
    pub step: StepId,
    /// The step just before it, if it is not the first.
    pub before: Option<StepId>,
    /// The step just after it, if it is not the last.
    pub after: Option<StepId>,
    /// The step after that: a move one place right goes before it.
    after_next: Option<StepId>,
}

impl Neighbours {
    /// The neighbours of `step` in a journey's step order; `None` for a step not in it.
    pub fn of(order: &[StepId], step: StepId) -> Option<Self> {
        let at = order.iter().position(|id| *id == step)?;
        let id = |i: usize| order.get(i).copied();
        Some(Neighbours {
            step,
            before: at.checked_sub(1).and_then(id),
            after: id(at + 1),
            after_next: id(at + 2),
        })
    }

    /// The edit that moves the step one place left, before the step before it; `None` for
    /// the first step.
    pub fn move_left(&self) -> Option<Edit> {
        let before = self.before?;
        Some(Edit::MoveStep {
            id: self.step,
            before: Some(before),
        })
    }

    /// The edit that moves the step one place right, before the step after next (or to the
    /// end); `None` for the last step.
    pub fn move_right(&self) -> Option<Edit> {
        self.after?;
        Some(Edit::MoveStep {
            id: self.step,
            before: self.after_next,
        })
    }
}
