//! Named edits: the only way the app changes a journey.
//!
//! Every user action becomes one [`Edit`], applied by [`Journey::apply`]. Keeping mutations in
//! one enum gives undo/redo an exact history and lets the rules be tested without a browser.
//! An edit that would break an invariant (a probability above 1, an effect for a stakeholder
//! who is gone) is refused and the journey stays as it was.

use std::collections::HashSet;

use crate::model::{
    Channel, ElementKind, Emotion, Journey, Lane, Stakeholder, StakeholderId, StepId, Touchpoint,
    TouchpointId,
};
use crate::validate::{
    effect_problems, emotion_problem, score_problems, settings_problems, stakeholder_problems,
    Problem,
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
    /// Add a stakeholder; take its id from [`Journey::next_stakeholder_id`].
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
}

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
    /// The edit would put a value out of its range.
    Invalid(Vec<Problem>),
}

impl Journey {
    /// Apply one edit, or leave the journey untouched and say why not.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        let known: HashSet<StakeholderId> = self.stakeholders.iter().map(|s| s.id).collect();
        let require = |stakeholder: StakeholderId| {
            known
                .contains(&stakeholder)
                .then_some(())
                .ok_or(EditError::NoSuchStakeholder(stakeholder))
        };
        match edit {
            Edit::RenameJourney { name } => self.name = name.trim().to_owned(),
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
            Edit::SetElement { id, element } => self.touchpoint_mut(id)?.element = element,
            Edit::SetScores {
                id,
                importance,
                effort,
            } => {
                let problems = score_problems(id, importance, effort).collect();
                let touchpoint = self.touchpoint_mut(id)?;
                refuse_if(problems)?;
                touchpoint.importance = importance;
                touchpoint.effort = effort;
            }
            Edit::SetInitiator { id, initiator } => {
                if let Some(stakeholder) = initiator {
                    require(stakeholder)?;
                }
                self.touchpoint_mut(id)?.initiator = initiator;
            }
            Edit::SetParticipation {
                id,
                stakeholder,
                takes_part,
            } => {
                require(stakeholder)?;
                let participants = &mut self.touchpoint_mut(id)?.participants;
                participants.retain(|s| *s != stakeholder);
                if takes_part {
                    participants.push(stakeholder);
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
                let emotions = &mut self.touchpoint_mut(id)?.emotions;
                match (
                    emotions.iter_mut().find(|e| e.stakeholder == stakeholder),
                    value,
                ) {
                    (Some(emotion), Some(value)) => emotion.value = value,
                    (None, Some(value)) => emotions.push(Emotion { stakeholder, value }),
                    (_, None) => emotions.retain(|e| e.stakeholder != stakeholder),
                }
            }
            Edit::AddEffect { id, effect } => {
                require(effect.stakeholder)?;
                let touchpoint = self.touchpoint_mut(id)?;
                check_effect(id, touchpoint.effects.len(), &effect)?;
                touchpoint.effects.push(effect);
            }
            Edit::SetEffect { id, index, effect } => {
                require(effect.stakeholder)?;
                let touchpoint = self.touchpoint_mut(id)?;
                let slot = touchpoint
                    .effects
                    .get_mut(index)
                    .ok_or(EditError::NoSuchEffect(id, index))?;
                check_effect(id, index, &effect)?;
                *slot = effect;
            }
            Edit::RemoveEffect { id, index } => {
                let effects = &mut self.touchpoint_mut(id)?.effects;
                if index >= effects.len() {
                    return Err(EditError::NoSuchEffect(id, index));
                }
                effects.remove(index);
            }
            Edit::AddStakeholder(stakeholder) => {
                if known.contains(&stakeholder.id) {
                    return Err(EditError::DuplicateStakeholder(stakeholder.id));
                }
                check_stakeholder(&stakeholder)?;
                self.stakeholders.push(stakeholder);
            }
            Edit::SetStakeholder(stakeholder) => {
                let slot = self
                    .stakeholders
                    .iter_mut()
                    .find(|s| s.id == stakeholder.id);
                let slot = slot.ok_or(EditError::NoSuchStakeholder(stakeholder.id))?;
                check_stakeholder(&stakeholder)?;
                *slot = stakeholder;
            }
            Edit::RemoveStakeholder { id } => {
                require(id)?;
                self.stakeholders.retain(|s| s.id != id);
                for touchpoint in &mut self.touchpoints {
                    touchpoint.effects.retain(|e| e.stakeholder != id);
                    touchpoint.emotions.retain(|e| e.stakeholder != id);
                    touchpoint.participants.retain(|s| *s != id);
                    if touchpoint.initiator == Some(id) {
                        touchpoint.initiator = None;
                    }
                }
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
                self.settings = settings;
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

    /// An id no stakeholder of this journey uses.
    pub fn next_stakeholder_id(&self) -> StakeholderId {
        StakeholderId(
            self.stakeholders
                .iter()
                .map(|s| s.id.0)
                .max()
                .map_or(1, |max| max + 1),
        )
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
