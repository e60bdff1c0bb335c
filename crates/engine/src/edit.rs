//! Named edits: the only way the app changes a journey.
//!
//! Every user action becomes one [`Edit`], applied by [`Journey::apply`]. Keeping mutations in
//! one enum gives undo/redo an exact history and lets the rules be tested without a browser.
//! An edit that would break an invariant (a probability above 1, an effect for a stakeholder
//! who is gone) is refused and the journey stays as it was.

use std::collections::HashSet;
use std::mem::replace;

use crate::error::EditError;
use crate::ids::{InsightId, KpiId, LoopId, PersonaId, StakeholderId, StepId, TouchpointId};
use crate::insight::{Anchor, Insight};
use crate::item::ListEdit;
use crate::kpi::Kpi;
use crate::loops::Loop;
use crate::model::{Channel, ElementKind, Emotion, Journey, Lane, Stage, Stakeholder, Touchpoint};
use crate::persona::Persona;
use crate::problem::Problem;
use crate::undo::{remove_where, Change, Field, Rows};
use crate::validate::{
    effect_problems, emotion_problem, is_library_id, score_problems, settings_problems,
    stakeholder_problems,
};
use crate::value::{Settings, ValueEffect};

/// One change to a journey, as the user asked for it.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Give the journey a new name; surrounding spaces are dropped.
    RenameJourney {
        /// The new name; may be empty, which the app shows as an untitled journey.
        name: String,
    },
    /// Put a new touchpoint at the end of a blueprint cell.
    AddTouchpoint {
        /// The id to give it; take it from [`Journey::next_id`].
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
    /// Move a touchpoint to a cell (any step, any lane, across the lines of visibility), before
    /// another touchpoint of that cell or at its end. A touchpoint's position in
    /// [`Journey::touchpoints`] is its position within its cell, so this reorders the list.
    MoveTouchpoint {
        /// The touchpoint to move.
        id: TouchpointId,
        /// The step (column) of the cell it moves to.
        step: StepId,
        /// The lane (row) of the cell it moves to.
        lane: Lane,
        /// The touchpoint of that cell it goes before, or `None` for the end of the cell.
        before: Option<TouchpointId>,
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
    /// Say whether a touchpoint is an outcome or a process element.
    SetElement {
        /// The touchpoint.
        id: TouchpointId,
        /// Its kind of element.
        element: ElementKind,
    },
    /// Score a touchpoint's customer importance and provider effort (1 to 5 each).
    SetScores {
        /// The touchpoint.
        id: TouchpointId,
        /// Customer importance.
        importance: u8,
        /// Provider effort.
        effort: u8,
    },
    /// Say who starts a touchpoint.
    SetInitiator {
        /// The touchpoint.
        id: TouchpointId,
        /// Who starts it, or `None` if unknown.
        initiator: Option<StakeholderId>,
    },
    /// Add a stakeholder to, or remove one from, a touchpoint's participants.
    SetParticipation {
        /// The touchpoint.
        id: TouchpointId,
        /// The stakeholder.
        stakeholder: StakeholderId,
        /// Whether they take part.
        takes_part: bool,
    },
    /// Record how a stakeholder feels at a touchpoint, or clear it.
    SetEmotion {
        /// The touchpoint.
        id: TouchpointId,
        /// Who feels it.
        stakeholder: StakeholderId,
        /// On the journey's emotion scale; `None` clears it.
        value: Option<f64>,
    },
    /// Add a value effect at the end of a touchpoint's list.
    AddEffect {
        /// The touchpoint.
        id: TouchpointId,
        /// The effect.
        effect: ValueEffect,
    },
    /// Replace one value effect of a touchpoint.
    SetEffect {
        /// The touchpoint.
        id: TouchpointId,
        /// Position of the effect, from 0.
        index: usize,
        /// The new effect.
        effect: ValueEffect,
    },
    /// Remove one value effect of a touchpoint.
    RemoveEffect {
        /// The touchpoint.
        id: TouchpointId,
        /// Position of the effect, from 0.
        index: usize,
    },
    /// Add a stakeholder; take its id from [`Journey::next_id`].
    AddStakeholder(Stakeholder),
    /// Replace a stakeholder (found by its id) with new details.
    SetStakeholder(Stakeholder),
    /// Remove a stakeholder and everything that names it: its effects, emotions and places as
    /// participant or initiator.
    RemoveStakeholder {
        /// The stakeholder to remove.
        id: StakeholderId,
    },
    /// Replace the journey's value settings.
    SetSettings(Settings),
    /// Add a step (a custom step between two ITIL steps, or another ITIL step) before another
    /// step or at the end.
    AddStep {
        /// The id to give it; take it from [`Journey::next_id`].
        id: StepId,
        /// The ITIL stage whose purpose it serves.
        stage: Stage,
        /// Its own name; empty shows the stage's name.
        name: String,
        /// The step it goes before, or `None` for the end of the journey.
        before: Option<StepId>,
    },
    /// Move a step before another step, or to the end; its touchpoints go with it.
    MoveStep {
        /// The step to move.
        id: StepId,
        /// The step it goes before, or `None` for the end of the journey.
        before: Option<StepId>,
    },
    /// Anchor a step to another ITIL stage.
    SetStage {
        /// The step.
        id: StepId,
        /// Its new stage.
        stage: Stage,
    },
    /// Remove a step with everything in it: its touchpoints and what is noted on them, its
    /// KPIs, its loops, and stakeholders' standings in it. The last step cannot go.
    RemoveStep {
        /// The step to remove.
        id: StepId,
    },
    /// Flag a touchpoint as a fail point and as a moment of truth, or not.
    SetFlags {
        /// The touchpoint.
        id: TouchpointId,
        /// Whether the service is likely to fail here.
        fail_point: bool,
        /// Whether the customer forms a lasting judgement here.
        moment_of_truth: bool,
    },
    /// Link a touchpoint to another journey of the library, or remove its link.
    SetLeadsTo {
        /// The touchpoint.
        id: TouchpointId,
        /// The library id of the journey it leads to.
        journey: Option<String>,
    },
    /// Add, replace or remove a persona.
    Persona(ListEdit<Persona, PersonaId>),
    /// Add, replace or remove a KPI.
    Kpi(ListEdit<Kpi, KpiId>),
    /// Add, replace or remove a pain point or opportunity.
    Insight(ListEdit<Insight, InsightId>),
    /// Add, replace or remove a loop.
    Loop(ListEdit<Loop, LoopId>),
    /// Put another journey in place of this one as one step (a version restored): refused
    /// unless that journey is sound. Its undo holds the journey it replaced, which is all
    /// that changed.
    ReplaceJourney(Box<Journey>),
}

impl Edit {
    /// Whether the edit cannot move any figure of [`evaluate`](crate::evaluate), so that a
    /// caller holding a valuation may keep it. Only what `evaluate` never reads is listed
    /// (names, channels, flags, links and the annotation lists); every other edit, including
    /// one added later, counts as moving figures.
    pub fn leaves_figures(&self) -> bool {
        matches!(
            self,
            Edit::RenameJourney { .. }
                | Edit::RenameTouchpoint { .. }
                | Edit::RenameStep { .. }
                | Edit::SetChannel { .. }
                | Edit::SetFlags { .. }
                | Edit::SetLeadsTo { .. }
                | Edit::Persona(_)
                | Edit::Kpi(_)
                | Edit::Insight(_)
                | Edit::Loop(_)
        )
    }
}

impl Journey {
    /// Apply one edit, or leave the journey untouched and say why not.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        self.apply_undoable(edit).map(drop)
    }

    /// Apply one edit and return the change that undoes it exactly; the one implementation
    /// of every edit, so that what is undone is always what was done.
    pub(crate) fn apply_undoable(&mut self, edit: Edit) -> Result<Change, EditError> {
        let known: HashSet<StakeholderId> = self.stakeholders.iter().map(|s| s.id).collect();
        let require = |stakeholder: StakeholderId| {
            known
                .contains(&stakeholder)
                .then_some(())
                .ok_or(EditError::NoSuchStakeholder(stakeholder))
        };
        let change = match edit {
            Edit::RenameJourney { name } => {
                Change::JourneyName(replace(&mut self.name, name.trim().to_owned()))
            }
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
                self.touchpoints.push(Touchpoint::new(id, step, lane, name));
                Change::Touchpoints(Rows::Remove(vec![self.touchpoints.len() - 1]))
            }
            Edit::RenameTouchpoint { id, name } => self.set_field(id, Field::Name(name))?,
            Edit::SetChannel { id, channel } => self.set_field(id, Field::Channel(channel))?,
            Edit::SetLane { id, lane } => self.set_field(id, Field::Lane(lane))?,
            Edit::MoveTouchpoint {
                id,
                step,
                lane,
                before,
            } => self.move_touchpoint(id, step, lane, before)?,
            Edit::DeleteTouchpoint { id } => {
                let removed = remove_where(&mut self.touchpoints, |t| t.id == id);
                if removed.is_empty() {
                    return Err(EditError::NoSuchTouchpoint(id));
                }
                let noted = remove_where(&mut self.insights, |i| i.on == Anchor::Touchpoint(id));
                Change::Many(vec![Change::Touchpoints(removed), Change::Insights(noted)])
            }
            Edit::RenameStep { id, name } => {
                let position = self.steps.iter().position(|s| s.id == id);
                let position = position.ok_or(EditError::NoSuchStep(id))?;
                let trimmed = name.trim();
                let name = (!trimmed.is_empty()).then(|| trimmed.to_owned());
                let step = &mut self.steps[position];
                Change::StepName(position, replace(&mut step.custom_name, name))
            }
            Edit::SetElement { id, element } => self.set_field(id, Field::Element(element))?,
            Edit::SetScores {
                id,
                importance,
                effort,
            } => {
                let problems = score_problems(id, importance, effort).collect();
                self.touchpoint_mut(id)?;
                refuse_if(problems)?;
                self.set_field(id, Field::Scores(importance, effort))?
            }
            Edit::SetInitiator { id, initiator } => {
                if let Some(stakeholder) = initiator {
                    require(stakeholder)?;
                }
                self.set_field(id, Field::Initiator(initiator))?
            }
            Edit::SetParticipation {
                id,
                stakeholder,
                takes_part,
            } => {
                require(stakeholder)?;
                let (position, touchpoint) = self.touchpoint_mut(id)?;
                let participants = &mut touchpoint.participants;
                let left = Change::Participants(
                    position,
                    remove_where(participants, |s| *s == stakeholder),
                );
                if takes_part {
                    participants.push(stakeholder);
                    let joined = Rows::Remove(vec![participants.len() - 1]);
                    left.then(Change::Participants(position, joined))
                } else {
                    left
                }
            }
            Edit::SetEmotion {
                id,
                stakeholder,
                value,
            } => {
                require(stakeholder)?;
                let scale = self.settings.emotion_scale;
                let problem = value
                    .and_then(|value| emotion_problem(id, &Emotion { stakeholder, value }, scale));
                refuse_if(problem.into_iter().collect())?;
                let (position, touchpoint) = self.touchpoint_mut(id)?;
                let emotions = &mut touchpoint.emotions;
                let rows = match (
                    emotions.iter().position(|e| e.stakeholder == stakeholder),
                    value,
                ) {
                    (Some(index), Some(value)) => {
                        let old = replace(&mut emotions[index], Emotion { stakeholder, value });
                        Rows::Replace(index, old)
                    }
                    (None, Some(value)) => {
                        emotions.push(Emotion { stakeholder, value });
                        Rows::Remove(vec![emotions.len() - 1])
                    }
                    (_, None) => remove_where(emotions, |e| e.stakeholder == stakeholder),
                };
                Change::Emotions(position, rows)
            }
            Edit::AddEffect { id, effect } => {
                require(effect.stakeholder)?;
                let (position, touchpoint) = self.touchpoint_mut(id)?;
                check_effect(id, touchpoint.effects.len(), &effect)?;
                touchpoint.effects.push(effect);
                let added = Rows::Remove(vec![touchpoint.effects.len() - 1]);
                Change::Effects(position, added)
            }
            Edit::SetEffect { id, index, effect } => {
                require(effect.stakeholder)?;
                let (position, touchpoint) = self.touchpoint_mut(id)?;
                let slot = touchpoint
                    .effects
                    .get_mut(index)
                    .ok_or(EditError::NoSuchEffect(id, index))?;
                check_effect(id, index, &effect)?;
                Change::Effects(position, Rows::Replace(index, replace(slot, effect)))
            }
            Edit::RemoveEffect { id, index } => {
                let (position, touchpoint) = self.touchpoint_mut(id)?;
                let effects = &mut touchpoint.effects;
                if index >= effects.len() {
                    return Err(EditError::NoSuchEffect(id, index));
                }
                let removed = Rows::Insert(vec![(index, effects.remove(index))]);
                Change::Effects(position, removed)
            }
            Edit::AddStakeholder(stakeholder) => {
                if known.contains(&stakeholder.id) {
                    return Err(EditError::DuplicateStakeholder(stakeholder.id));
                }
                check_stakeholder(&stakeholder)?;
                self.stakeholders.push(stakeholder);
                Change::Stakeholders(Rows::Remove(vec![self.stakeholders.len() - 1]))
            }
            Edit::SetStakeholder(stakeholder) => {
                let position = self
                    .stakeholders
                    .iter()
                    .position(|s| s.id == stakeholder.id);
                let position = position.ok_or(EditError::NoSuchStakeholder(stakeholder.id))?;
                check_stakeholder(&stakeholder)?;
                let old = replace(&mut self.stakeholders[position], stakeholder);
                Change::Stakeholders(Rows::Replace(position, old))
            }
            Edit::RemoveStakeholder { id } => {
                require(id)?;
                self.remove_stakeholder(id)
            }
            Edit::SetSettings(settings) => {
                let mut problems = Vec::new();
                settings_problems(&settings, &mut problems);
                refuse_if(problems)?;
                // A narrower emotion scale must not strand recorded emotions outside it.
                let scale = settings.emotion_scale;
                let stranded = self.touchpoints.iter().flat_map(|t| {
                    t.emotions
                        .iter()
                        .filter_map(move |e| emotion_problem(t.id, e, scale))
                });
                refuse_if(stranded.collect())?;
                Change::Settings(Box::new(replace(&mut self.settings, settings)))
            }
            Edit::AddStep {
                id,
                stage,
                name,
                before,
            } => self.add_step(id, stage, &name, before)?,
            Edit::MoveStep { id, before } => self.move_step(id, before)?,
            Edit::SetStage { id, stage } => self.set_stage(id, stage)?,
            Edit::RemoveStep { id } => self.remove_step(id)?,
            Edit::SetFlags {
                id,
                fail_point,
                moment_of_truth,
            } => self.set_field(id, Field::Flags(fail_point, moment_of_truth))?,
            Edit::SetLeadsTo { id, journey } => {
                self.touchpoint_mut(id)?;
                if journey.as_deref().is_some_and(|link| !is_library_id(link)) {
                    return Err(EditError::Invalid(vec![Problem::BadJourneyLink(id)]));
                }
                self.set_field(id, Field::LinkedJourney(journey))?
            }
            Edit::Persona(edit) => self.apply_list(edit)?,
            Edit::Kpi(edit) => self.apply_list(edit)?,
            Edit::Insight(edit) => self.apply_list(edit)?,
            Edit::Loop(edit) => self.apply_list(edit)?,
            Edit::ReplaceJourney(journey) => {
                refuse_if(journey.problems())?;
                Change::Whole(Box::new(replace(self, *journey)))
            }
        };
        Ok(change)
    }

    fn touchpoint_mut(&mut self, id: TouchpointId) -> Result<(usize, &mut Touchpoint), EditError> {
        let position = self
            .touchpoint_position(id)
            .ok_or(EditError::NoSuchTouchpoint(id))?;
        Ok((position, &mut self.touchpoints[position]))
    }

    /// Take a touchpoint out of the list and put it back in cell (`step`, `lane`), before
    /// `before` or after the cell's last touchpoint. Into an empty cell it keeps its place in
    /// the list, so only its step and lane change. Everything is checked before anything moves.
    fn move_touchpoint(
        &mut self,
        id: TouchpointId,
        step: StepId,
        lane: Lane,
        before: Option<TouchpointId>,
    ) -> Result<Change, EditError> {
        self.step(step).ok_or(EditError::NoSuchStep(step))?;
        let from = self
            .touchpoint_position(id)
            .ok_or(EditError::NoSuchTouchpoint(id))?;
        let in_cell = |t: &Touchpoint| t.id != id && t.step == step && t.lane == lane;
        // Positions in the list as it is; one past `from` shifts down once it is taken out.
        let at = match before {
            Some(other) => {
                let position = self.touchpoints.iter().position(|t| t.id == other);
                position
                    .filter(|&p| in_cell(&self.touchpoints[p]))
                    .ok_or(EditError::NotInCell(other))?
            }
            None => self
                .touchpoints
                .iter()
                .rposition(in_cell)
                .map_or(from, |last| last + 1),
        };
        let to = if at > from { at - 1 } else { at };
        let mut touchpoint = self.touchpoints.remove(from);
        let old_step = replace(&mut touchpoint.step, step);
        let old_lane = replace(&mut touchpoint.lane, lane);
        self.touchpoints.insert(to, touchpoint);
        Ok(Change::Moved {
            from: to,
            to: from,
            step: old_step,
            lane: old_lane,
        })
    }

    /// Put a value into one field of a touchpoint; the change holds the value it replaced.
    fn set_field(&mut self, id: TouchpointId, field: Field) -> Result<Change, EditError> {
        let (position, touchpoint) = self.touchpoint_mut(id)?;
        Ok(Change::Touchpoint(position, field.swap(touchpoint)))
    }
}

fn refuse_if(problems: Vec<Problem>) -> Result<(), EditError> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(EditError::Invalid(problems))
    }
}

fn check_effect(id: TouchpointId, index: usize, effect: &ValueEffect) -> Result<(), EditError> {
    let mut problems = Vec::new();
    effect_problems(id, index, effect, &mut problems);
    refuse_if(problems)
}

fn check_stakeholder(stakeholder: &Stakeholder) -> Result<(), EditError> {
    let mut problems = Vec::new();
    stakeholder_problems(stakeholder, &mut problems);
    refuse_if(problems)
}
