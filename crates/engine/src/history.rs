//! Undo and redo: the steps the user can take back, each one edit or a run of typing.
//!
//! The app holds one [`History`] beside the journey and sends every edit through
//! [`History::apply`]. Each step keeps only what its edits replaced or removed (see
//! `undo.rs`), so a journey of 10,000 touchpoints costs no more per step than a small one.
//! The engine has no clock: the caller passes the time of each edit, which is all that
//! merging keystrokes needs.
//!
//! ## Usage
//!
//! ```
//! use sightline_engine::{Edit, Group, History, TouchpointId};
//! use sightline_english::sample_journey;
//!
//! let mut journey = sample_journey();
//! let before = journey.clone();
//! let mut history = History::new();
//! let id = TouchpointId(1);
//! // Three keystrokes in the touchpoint's name field, 200 ms apart: one undo step.
//! for (name, now_ms) in [("A", 0.0), ("Au", 200.0), ("Aud", 400.0)] {
//!     let edit = Edit::RenameTouchpoint { id, name: name.into() };
//!     history
//!         .apply(&mut journey, edit, Some(Group::TouchpointName(id)), now_ms)
//!         .expect("the touchpoint exists");
//! }
//! assert!(history.undo(&mut journey));
//! assert_eq!(journey, before);
//! assert!(!history.can_undo());
//! ```

use std::collections::VecDeque;

use crate::edit::Edit;
use crate::error::EditError;
use crate::ids::{InsightId, KpiId, LoopId, PersonaId};
use crate::item::ListEdit;
use crate::model::{Journey, StakeholderId, StepId, TouchpointId};
use crate::undo::Change;

/// The field a run of edits types into, so that the run becomes one undo step.
///
/// The app passes one with edits from text and number fields; edits of the same group that
/// follow each other within [`History::PAUSE_MS`] merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Group {
    /// The journey's name.
    JourneyName,
    /// A step's own name.
    StepName(StepId),
    /// A touchpoint's name.
    TouchpointName(TouchpointId),
    /// A touchpoint's importance and effort.
    Scores(TouchpointId),
    /// How one stakeholder feels at one touchpoint.
    Emotion(TouchpointId, StakeholderId),
    /// The amounts of one value effect of a touchpoint (position from 0).
    Effect(TouchpointId, usize),
    /// One of a stakeholder's details: name, standing or weights.
    Stakeholder(StakeholderId),
    /// One of the journey's value settings.
    Settings,
    /// One of a persona's details.
    Persona(PersonaId),
    /// One of a KPI's details or figures.
    Kpi(KpiId),
    /// One of a pain point's or opportunity's details or scores.
    Insight(InsightId),
    /// A loop's label.
    Loop(LoopId),
}

impl Group {
    /// The field an edit types into, for the edits that come from typing or stepping a
    /// value (names, scores, amounts, details, settings); `None` for edits that are one
    /// deliberate act each (adding, deleting, moving, choosing from a list).
    pub fn of(edit: &Edit) -> Option<Group> {
        Some(match edit {
            Edit::RenameJourney { .. } => Group::JourneyName,
            Edit::RenameStep { id, .. } => Group::StepName(*id),
            Edit::RenameTouchpoint { id, .. } => Group::TouchpointName(*id),
            Edit::SetScores { id, .. } => Group::Scores(*id),
            Edit::SetEmotion {
                id,
                stakeholder,
                value: Some(_),
            } => Group::Emotion(*id, *stakeholder),
            Edit::SetEffect { id, index, .. } => Group::Effect(*id, *index),
            Edit::SetStakeholder(stakeholder) => Group::Stakeholder(stakeholder.id),
            Edit::SetSettings(_) => Group::Settings,
            Edit::Persona(ListEdit::Set(persona)) => Group::Persona(persona.id),
            Edit::Kpi(ListEdit::Set(kpi)) => Group::Kpi(kpi.id),
            Edit::Insight(ListEdit::Set(insight)) => Group::Insight(insight.id),
            Edit::Loop(ListEdit::Set(a_loop)) => Group::Loop(a_loop.id),
            _ => return None,
        })
    }
}

/// One step the user can undo or redo.
#[derive(Debug, Clone)]
struct Entry {
    /// The (last) edit of the step, which names it to the user.
    edit: Edit,
    /// What reverts the step.
    change: Change,
}

/// The undo and redo stacks of one journey.
#[derive(Debug, Clone)]
pub struct History {
    undo: VecDeque<Entry>,
    redo: VecDeque<Entry>,
    depth: usize,
    pause_ms: f64,
    /// The group and time of the last recorded edit while its step can still grow.
    open: Option<(Group, f64)>,
}

impl Default for History {
    fn default() -> Self {
        History::new()
    }
}

impl History {
    /// How many steps are kept by default; older ones are dropped.
    pub const DEPTH: usize = 500;

    /// How long a pause (ms) ends a run of edits of one group by default.
    pub const PAUSE_MS: f64 = 1_000.0;

    /// An empty history keeping [`History::DEPTH`] steps and merging within
    /// [`History::PAUSE_MS`].
    pub fn new() -> Self {
        History::with_limits(History::DEPTH, History::PAUSE_MS)
    }

    /// An empty history keeping at most `depth` steps (0 keeps none) and merging edits of
    /// one group that come at most `pause_ms` after the previous one.
    pub fn with_limits(depth: usize, pause_ms: f64) -> Self {
        History {
            undo: VecDeque::new(),
            redo: VecDeque::new(),
            depth,
            pause_ms,
            open: None,
        }
    }

    /// Apply an edit to the journey and record how to undo it; `now_ms` is the caller's
    /// clock. A refused edit changes neither the journey nor the history. A recorded edit
    /// ends what could be redone.
    pub fn apply(
        &mut self,
        journey: &mut Journey,
        edit: Edit,
        group: Option<Group>,
        now_ms: f64,
    ) -> Result<(), EditError> {
        let change = journey.apply_undoable(edit.clone())?;
        self.redo.clear();
        let merges = match (group, self.open) {
            (Some(group), Some((open, then))) => {
                // A clock that goes back, or NaN, ends the run rather than merging forever.
                group == open && (0.0..=self.pause_ms).contains(&(now_ms - then))
            }
            _ => false,
        };
        match self.undo.back_mut() {
            Some(last) if merges => {
                let older = std::mem::replace(&mut last.change, Change::Many(Vec::new()));
                last.change = older.then(change);
                last.edit = edit;
            }
            _ => {
                self.undo.push_back(Entry { edit, change });
                while self.undo.len() > self.depth {
                    self.undo.pop_front();
                }
            }
        }
        self.open = group.map(|group| (group, now_ms));
        Ok(())
    }

    /// Take back the last step; `false` if there is none. Pass the journey the steps were
    /// recorded on.
    pub fn undo(&mut self, journey: &mut Journey) -> bool {
        self.open = None;
        revert_last(&mut self.undo, &mut self.redo, journey)
    }

    /// Do again the last step taken back; `false` if there is none.
    pub fn redo(&mut self, journey: &mut Journey) -> bool {
        self.open = None;
        revert_last(&mut self.redo, &mut self.undo, journey)
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The edit that [`History::undo`] would take back (the last of a merged run), for the
    /// app to name it.
    pub fn undo_label(&self) -> Option<&Edit> {
        self.undo.back().map(|entry| &entry.edit)
    }

    /// The edit that [`History::redo`] would do again.
    pub fn redo_label(&self) -> Option<&Edit> {
        self.redo.back().map(|entry| &entry.edit)
    }

    /// How many steps can be undone.
    pub fn undo_steps(&self) -> usize {
        self.undo.len()
    }

    /// How many steps can be redone.
    pub fn redo_steps(&self) -> usize {
        self.redo.len()
    }

    /// Forget every step, as when another journey is opened.
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
        self.open = None;
    }
}

/// Revert the newest step of `from` and keep what reverts it in turn on `to`: undo and redo
/// are the same move between the two stacks.
fn revert_last(
    from: &mut VecDeque<Entry>,
    to: &mut VecDeque<Entry>,
    journey: &mut Journey,
) -> bool {
    let Some(entry) = from.pop_back() else {
        return false;
    };
    let change = journey.revert(entry.change);
    to.push_back(Entry {
        edit: entry.edit,
        change,
    });
    true
}

#[cfg(test)]
mod tests {
    use super::{Group, History};
    use crate::undo::{Change, Field};
    use crate::{synthetic_journey, Edit, Size, StakeholderId, TouchpointId};

    /// Counts the single changes a step holds: its memory, up to the size of each value.
    fn parts(change: &Change) -> usize {
        match change {
            Change::Many(changes) => changes.iter().map(parts).sum(),
            _ => 1,
        }
    }

    #[test]
    fn a_step_holds_what_changed_not_the_journey() {
        let mut journey = synthetic_journey(Size::BENCHMARK);
        let mut history = History::new();
        let id = TouchpointId(10_000);
        for n in 1..=100 {
            let name = "x".repeat(n);
            let edit = Edit::RenameTouchpoint { id, name };
            let group = Some(Group::TouchpointName(id));
            history.apply(&mut journey, edit, group, 0.0).unwrap();
        }
        // A hundred keystrokes keep one old name, the one before the first.
        let typing = &history.undo[0].change;
        assert_eq!(
            typing,
            &Change::Touchpoint(9_999, Field::Name("Touchpoint 10000".into()))
        );

        let someone = StakeholderId(1);
        let naming = journey
            .touchpoints
            .iter()
            .map(|t| {
                let effects = t.effects.iter().any(|e| e.stakeholder == someone);
                let emotions = t.emotions.iter().any(|e| e.stakeholder == someone);
                usize::from(effects) + usize::from(emotions)
            })
            .sum::<usize>();
        let edit = Edit::RemoveStakeholder { id: someone };
        history.apply(&mut journey, edit, None, 0.0).unwrap();
        // The stakeholder, and one change per list of a touchpoint that named them.
        assert_eq!(parts(&history.undo[1].change), 1 + naming);
        // 743 of the 20,000 effect and emotion lists name them.
        assert_eq!(naming, 743);
    }
}
