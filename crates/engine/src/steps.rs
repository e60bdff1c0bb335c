//! Edits of the journey's steps: adding a custom step between two others, reordering,
//! re-anchoring to another ITIL stage, and removing a step with everything that names it.

use std::collections::HashSet;

use crate::error::EditError;
use crate::insight::Anchor;
use crate::model::{Journey, Stage, Step, StepId};
use crate::undo::{remove_where, Change, Rows};

impl Journey {
    /// Insert a new step before `before` or at the end.
    pub(crate) fn add_step(
        &mut self,
        id: StepId,
        stage: Stage,
        name: &str,
        before: Option<StepId>,
    ) -> Result<Change, EditError> {
        if self.step(id).is_some() {
            return Err(EditError::DuplicateStep(id));
        }
        let at = self.insertion_point(before)?;
        let name = name.trim();
        let step = Step {
            id,
            stage,
            custom_name: (!name.is_empty()).then(|| name.to_owned()),
        };
        self.steps.insert(at, step);
        Ok(Change::Steps(Rows::Remove(vec![at])))
    }

    /// Move a step before `before` or to the end; its touchpoints name it by id, so they
    /// follow it.
    pub(crate) fn move_step(
        &mut self,
        id: StepId,
        before: Option<StepId>,
    ) -> Result<Change, EditError> {
        let from = self.step_position(id).ok_or(EditError::NoSuchStep(id))?;
        if before == Some(id) {
            return Err(EditError::BeforeItself(id));
        }
        let at = self.insertion_point(before)?;
        // `at` counts the step itself while it is still in place.
        let to = if at > from { at - 1 } else { at };
        let step = self.steps.remove(from);
        self.steps.insert(to, step);
        Ok(Change::StepMoved { from: to, to: from })
    }

    /// Anchor a step to another stage.
    pub(crate) fn set_stage(&mut self, id: StepId, stage: Stage) -> Result<Change, EditError> {
        let position = self.step_position(id).ok_or(EditError::NoSuchStep(id))?;
        let old = std::mem::replace(&mut self.steps[position].stage, stage);
        Ok(Change::StepStage(position, old))
    }

    /// Remove a step and everything that names it, keeping all of it, with positions, for
    /// undo. Only the lists that named it add to the change.
    pub(crate) fn remove_step(&mut self, id: StepId) -> Result<Change, EditError> {
        let position = self.step_position(id).ok_or(EditError::NoSuchStep(id))?;
        if self.steps.len() == 1 {
            return Err(EditError::LastStep);
        }
        let mut gone = HashSet::new();
        let touchpoints = remove_where(&mut self.touchpoints, |t| {
            let hit = t.step == id;
            if hit {
                gone.insert(t.id);
            }
            hit
        });
        let insights = remove_where(&mut self.insights, |insight| match insight.on {
            Anchor::Step(step) => step == id,
            Anchor::Touchpoint(touchpoint) => gone.contains(&touchpoint),
        });
        let mut changes = vec![
            Change::Touchpoints(touchpoints),
            Change::Insights(insights),
            Change::Kpis(remove_where(&mut self.kpis, |kpi| kpi.step == id)),
            Change::Loops(remove_where(&mut self.loops, |l| {
                l.from == id || l.to == id
            })),
        ];
        for (at, stakeholder) in self.stakeholders.iter_mut().enumerate() {
            let standings = remove_where(&mut stakeholder.standing_by_step, |s| s.step == id);
            changes.push(Change::Standings(at, standings));
        }
        changes.retain(|change| !change.is_empty());
        let step = self.steps.remove(position);
        changes.push(Change::Steps(Rows::Insert(vec![(position, step)])));
        Ok(Change::Many(changes))
    }

    /// The position a step goes to when put before `before` (the end for `None`).
    fn insertion_point(&self, before: Option<StepId>) -> Result<usize, EditError> {
        match before {
            Some(other) => self
                .step_position(other)
                .ok_or(EditError::NoSuchStep(other)),
            None => Ok(self.steps.len()),
        }
    }
}
