//! How to take an edit back: every applied edit yields a [`Change`] that undoes it exactly.
//!
//! A change holds only what the edit replaced or removed (an old name, a removed touchpoint
//! and its position, the traces of a removed stakeholder), never a copy of the journey, so
//! an undo step costs memory in proportion to the edit. Reverting a change returns the
//! change that reverts it in turn, which is how redo gets its steps back.
//!
//! Positions are list indices, not ids: history reverts changes strictly in reverse order,
//! so the journey is exactly as the change left it and every index still points where it
//! did. Reverting is total all the same (an index past the end is skipped or clamped), so a
//! journey swapped behind the history's back cannot make it panic.

use crate::insight::Insight;
use crate::kpi::Kpi;
use crate::loops::Loop;
use crate::model::{
    Channel, ElementKind, Emotion, Journey, Lane, Stage, Stakeholder, StakeholderId, Step, StepId,
    StepStanding,
};
use crate::model::{Touchpoint, TouchpointId};
use crate::persona::Persona;
use crate::value::{Settings, ValueEffect};

/// What puts a journey back as it was before one edit (or a run of merged edits).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Change {
    /// Several changes, reverted last first.
    Many(Vec<Change>),
    /// The journey's name, as it was (not trimmed again).
    JourneyName(String),
    /// A step's own name, by the step's position.
    StepName(usize, Option<String>),
    /// One field of a touchpoint, by the touchpoint's position.
    Touchpoint(usize, Field),
    /// Touchpoints put back or taken out.
    Touchpoints(Rows<Touchpoint>),
    /// A touchpoint moved in the list: take the one at `from`, give it this step and lane
    /// back and insert it at `to`.
    Moved {
        /// Where the touchpoint is now.
        from: usize,
        /// Where it goes back to.
        to: usize,
        /// The step it goes back to.
        step: StepId,
        /// The lane it goes back to.
        lane: Lane,
    },
    /// One touchpoint's value effects.
    Effects(usize, Rows<ValueEffect>),
    /// One touchpoint's emotions.
    Emotions(usize, Rows<Emotion>),
    /// One touchpoint's participants.
    Participants(usize, Rows<StakeholderId>),
    /// Stakeholders put back, taken out or replaced.
    Stakeholders(Rows<Stakeholder>),
    /// The value settings, as they were.
    Settings(Box<Settings>),
    /// Steps put back or taken out.
    Steps(Rows<Step>),
    /// A step moved in the order: take the one at `from` and insert it at `to`.
    StepMoved {
        /// Where the step is now.
        from: usize,
        /// Where it goes back to.
        to: usize,
    },
    /// A step's ITIL stage, by the step's position.
    StepStage(usize, Stage),
    /// One stakeholder's standings by step, by the stakeholder's position.
    Standings(usize, Rows<StepStanding>),
    /// Personas put back, taken out or replaced.
    Personas(Rows<Persona>),
    /// KPIs put back, taken out or replaced.
    Kpis(Rows<Kpi>),
    /// Pain points and opportunities put back, taken out or replaced.
    Insights(Rows<Insight>),
    /// Loops put back, taken out or replaced.
    Loops(Rows<Loop>),
    /// The whole journey, as it was before another one took its place.
    Whole(Box<Journey>),
}

/// A single-valued field of a touchpoint, holding the value to put back.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Field {
    /// Its name.
    Name(String),
    /// Its channel.
    Channel(Channel),
    /// Its lane.
    Lane(Lane),
    /// Outcome or process element.
    Element(ElementKind),
    /// Importance and effort.
    Scores(u8, u8),
    /// Who starts it.
    Initiator(Option<StakeholderId>),
    /// Whether it is a fail point and a moment of truth.
    Flags(bool, bool),
    /// The library journey it links to.
    LinkedJourney(Option<String>),
}

/// A change to the items of one list, by position.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Rows<T> {
    /// Put these items back at these positions (ascending, each its final position).
    Insert(Vec<(usize, T)>),
    /// Take out the items at these positions (ascending).
    Remove(Vec<usize>),
    /// Put this item back at this position, in place of what is there.
    Replace(usize, T),
}

impl<T> Rows<T> {
    /// Whether reverting this would change nothing.
    pub(crate) fn is_empty(&self) -> bool {
        match self {
            Rows::Insert(items) => items.is_empty(),
            Rows::Remove(positions) => positions.is_empty(),
            Rows::Replace(..) => false,
        }
    }

    /// Apply to `list`, returning what reverts it.
    fn revert(self, list: &mut Vec<T>) -> Rows<T> {
        match self {
            Rows::Insert(items) => Rows::Remove(
                items
                    .into_iter()
                    .map(|(position, item)| {
                        let position = position.min(list.len());
                        list.insert(position, item);
                        position
                    })
                    .collect(),
            ),
            Rows::Remove(positions) => {
                let mut items = Vec::with_capacity(positions.len());
                for position in positions.into_iter().rev() {
                    if position < list.len() {
                        items.push((position, list.remove(position)));
                    }
                }
                items.reverse();
                Rows::Insert(items)
            }
            Rows::Replace(position, mut item) => {
                if let Some(slot) = list.get_mut(position) {
                    std::mem::swap(slot, &mut item);
                }
                Rows::Replace(position, item)
            }
        }
    }
}

/// Take out every item of `list` that `matches`, keeping where each one was.
pub(crate) fn remove_where<T>(list: &mut Vec<T>, mut matches: impl FnMut(&T) -> bool) -> Rows<T> {
    // Most lists name nothing to remove (a stakeholder's traces are in few touchpoints), and
    // a plain scan is cheaper than setting up the extraction.
    let Some(first) = list.iter().position(&mut matches) else {
        return Rows::Insert(Vec::new());
    };
    let mut position = first;
    let mut positions = Vec::new();
    let removed: Vec<T> = list
        .extract_if(first.., |item| {
            let hit = matches(item);
            if hit {
                positions.push(position);
            }
            position += 1;
            hit
        })
        .collect();
    Rows::Insert(positions.into_iter().zip(removed).collect())
}

impl Change {
    /// Follow `self` (the older change) with `next`, as one step. When both put back the
    /// same single-valued slot, the older one alone restores the state before both, so a
    /// long run of typing keeps one old value instead of one per keystroke.
    pub(crate) fn then(self, next: Change) -> Change {
        if self.same_slot(&next) {
            return self;
        }
        match self {
            Change::Many(mut changes) => {
                if !changes.last().is_some_and(|last| last.same_slot(&next)) {
                    changes.push(next);
                }
                Change::Many(changes)
            }
            single => Change::Many(vec![single, next]),
        }
    }

    /// Whether both changes put back the same single-valued slot of the journey.
    fn same_slot(&self, other: &Change) -> bool {
        use std::mem::discriminant;
        match (self, other) {
            (Change::JourneyName(_), Change::JourneyName(_))
            | (Change::Settings(_), Change::Settings(_)) => true,
            (Change::StepName(a, _), Change::StepName(b, _)) => a == b,
            (Change::Touchpoint(a, x), Change::Touchpoint(b, y)) => {
                a == b && discriminant(x) == discriminant(y)
            }
            (Change::Effects(a, Rows::Replace(x, _)), Change::Effects(b, Rows::Replace(y, _))) => {
                (a, x) == (b, y)
            }
            (a, b) => a
                .replaced_item()
                .is_some_and(|slot| b.replaced_item() == Some(slot)),
        }
    }

    /// The list and position of the item a replacing change puts back, for the lists whose
    /// items are edited field by field (stakeholders and the annotation lists).
    fn replaced_item(&self) -> Option<(std::mem::Discriminant<Change>, usize)> {
        let position = match self {
            Change::Stakeholders(Rows::Replace(at, _))
            | Change::Personas(Rows::Replace(at, _))
            | Change::Kpis(Rows::Replace(at, _))
            | Change::Insights(Rows::Replace(at, _))
            | Change::Loops(Rows::Replace(at, _)) => *at,
            _ => return None,
        };
        Some((std::mem::discriminant(self), position))
    }

    /// Whether reverting this would change nothing.
    pub(crate) fn is_empty(&self) -> bool {
        match self {
            Change::Many(changes) => changes.iter().all(Change::is_empty),
            Change::Touchpoints(rows) => rows.is_empty(),
            Change::Stakeholders(rows) => rows.is_empty(),
            Change::Effects(_, rows) => rows.is_empty(),
            Change::Emotions(_, rows) => rows.is_empty(),
            Change::Participants(_, rows) => rows.is_empty(),
            Change::Steps(rows) => rows.is_empty(),
            Change::Standings(_, rows) => rows.is_empty(),
            Change::Personas(rows) => rows.is_empty(),
            Change::Kpis(rows) => rows.is_empty(),
            Change::Insights(rows) => rows.is_empty(),
            Change::Loops(rows) => rows.is_empty(),
            _ => false,
        }
    }
}

impl Journey {
    /// Put back what `change` holds, returning the change that reverts this in turn.
    pub(crate) fn revert(&mut self, change: Change) -> Change {
        match change {
            Change::Many(changes) => Change::Many(
                changes
                    .into_iter()
                    .rev()
                    .map(|change| self.revert(change))
                    .collect(),
            ),
            Change::JourneyName(name) => {
                Change::JourneyName(std::mem::replace(&mut self.name, name))
            }
            Change::StepName(position, mut name) => {
                if let Some(step) = self.steps.get_mut(position) {
                    std::mem::swap(&mut step.custom_name, &mut name);
                }
                Change::StepName(position, name)
            }
            Change::Touchpoint(position, field) => match self.touchpoints.get_mut(position) {
                Some(touchpoint) => Change::Touchpoint(position, field.swap(touchpoint)),
                None => Change::Touchpoint(position, field),
            },
            Change::Touchpoints(rows) => Change::Touchpoints(rows.revert(&mut self.touchpoints)),
            Change::Moved {
                from,
                to,
                step,
                lane,
            } => {
                if from >= self.touchpoints.len() {
                    return Change::Moved {
                        from,
                        to,
                        step,
                        lane,
                    };
                }
                let mut touchpoint = self.touchpoints.remove(from);
                let to = to.min(self.touchpoints.len());
                let back = Change::Moved {
                    from: to,
                    to: from,
                    step: std::mem::replace(&mut touchpoint.step, step),
                    lane: std::mem::replace(&mut touchpoint.lane, lane),
                };
                self.touchpoints.insert(to, touchpoint);
                back
            }
            Change::Effects(position, rows) => Change::Effects(
                position,
                self.revert_list(position, rows, |t| &mut t.effects),
            ),
            Change::Emotions(position, rows) => Change::Emotions(
                position,
                self.revert_list(position, rows, |t| &mut t.emotions),
            ),
            Change::Participants(position, rows) => Change::Participants(
                position,
                self.revert_list(position, rows, |t| &mut t.participants),
            ),
            Change::Stakeholders(rows) => Change::Stakeholders(rows.revert(&mut self.stakeholders)),
            Change::Settings(mut settings) => {
                std::mem::swap(&mut self.settings, &mut settings);
                Change::Settings(settings)
            }
            Change::Steps(rows) => Change::Steps(rows.revert(&mut self.steps)),
            Change::StepMoved { from, to } => {
                if from >= self.steps.len() {
                    return Change::StepMoved { from, to };
                }
                let step = self.steps.remove(from);
                let to = to.min(self.steps.len());
                self.steps.insert(to, step);
                Change::StepMoved { from: to, to: from }
            }
            Change::StepStage(position, stage) => match self.steps.get_mut(position) {
                Some(step) => {
                    Change::StepStage(position, std::mem::replace(&mut step.stage, stage))
                }
                None => Change::StepStage(position, stage),
            },
            Change::Standings(position, rows) => match self.stakeholders.get_mut(position) {
                Some(stakeholder) => {
                    Change::Standings(position, rows.revert(&mut stakeholder.standing_by_step))
                }
                None => Change::Standings(position, rows),
            },
            Change::Personas(rows) => Change::Personas(rows.revert(&mut self.personas)),
            Change::Kpis(rows) => Change::Kpis(rows.revert(&mut self.kpis)),
            Change::Insights(rows) => Change::Insights(rows.revert(&mut self.insights)),
            Change::Loops(rows) => Change::Loops(rows.revert(&mut self.loops)),
            Change::Whole(mut journey) => {
                std::mem::swap(self, &mut journey);
                Change::Whole(journey)
            }
        }
    }

    fn revert_list<T>(
        &mut self,
        position: usize,
        rows: Rows<T>,
        list: impl FnOnce(&mut Touchpoint) -> &mut Vec<T>,
    ) -> Rows<T> {
        match self.touchpoints.get_mut(position) {
            Some(touchpoint) => rows.revert(list(touchpoint)),
            None => rows,
        }
    }

    /// Remove a stakeholder, its personas and every trace of it in the touchpoints, returning all of it
    /// with its positions. Only touchpoints that named it add to the change.
    pub(crate) fn remove_stakeholder(&mut self, id: StakeholderId) -> Change {
        let mut changes = vec![Change::Stakeholders(remove_where(
            &mut self.stakeholders,
            |s| s.id == id,
        ))];
        let personas = Change::Personas(remove_where(&mut self.personas, |p| p.stakeholder == id));
        if !personas.is_empty() {
            changes.push(personas);
        }
        for (position, touchpoint) in self.touchpoints.iter_mut().enumerate() {
            let traces = [
                Change::Effects(
                    position,
                    remove_where(&mut touchpoint.effects, |e| e.stakeholder == id),
                ),
                Change::Emotions(
                    position,
                    remove_where(&mut touchpoint.emotions, |e| e.stakeholder == id),
                ),
                Change::Participants(
                    position,
                    remove_where(&mut touchpoint.participants, |s| *s == id),
                ),
            ];
            changes.extend(traces.into_iter().filter(|trace| !trace.is_empty()));
            if touchpoint.initiator == Some(id) {
                touchpoint.initiator = None;
                changes.push(Change::Touchpoint(position, Field::Initiator(Some(id))));
            }
        }
        Change::Many(changes)
    }

    /// The position of the touchpoint with this id, the first if ids repeat.
    pub(crate) fn touchpoint_position(&self, id: TouchpointId) -> Option<usize> {
        self.touchpoints.iter().position(|t| t.id == id)
    }
}

impl Field {
    /// Put this value into the touchpoint, returning the value it replaces.
    pub(crate) fn swap(self, touchpoint: &mut Touchpoint) -> Field {
        use std::mem::replace;
        match self {
            Field::Name(name) => Field::Name(replace(&mut touchpoint.name, name)),
            Field::Channel(channel) => Field::Channel(replace(&mut touchpoint.channel, channel)),
            Field::Lane(lane) => Field::Lane(replace(&mut touchpoint.lane, lane)),
            Field::Element(element) => Field::Element(replace(&mut touchpoint.element, element)),
            Field::Scores(importance, effort) => Field::Scores(
                replace(&mut touchpoint.importance, importance),
                replace(&mut touchpoint.effort, effort),
            ),
            Field::Initiator(initiator) => {
                Field::Initiator(replace(&mut touchpoint.initiator, initiator))
            }
            Field::Flags(fail_point, moment_of_truth) => Field::Flags(
                replace(&mut touchpoint.fail_point, fail_point),
                replace(&mut touchpoint.moment_of_truth, moment_of_truth),
            ),
            Field::LinkedJourney(journey) => {
                Field::LinkedJourney(replace(&mut touchpoint.leads_to, journey))
            }
        }
    }
}
