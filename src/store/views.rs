//! The blueprint's views of the journey, one signal per touchpoint, cell and step, brought up
//! to date by the store after every change: typing a touchpoint's name redraws its card alone.

use std::collections::HashMap;

use leptos::prelude::*;
use sightline_engine::{Channel, Journey, Lane, Step, StepId, Touchpoint, TouchpointId};

use super::keyed::Keyed;

/// What a touchpoint's card on the blueprint shows.
#[derive(Clone, Debug, PartialEq)]
pub struct CardText {
    /// The touchpoint's name.
    pub name: String,
    /// How the touchpoint happens.
    pub channel: Channel,
    /// Whether it is flagged as a fail point.
    pub fail_point: bool,
    /// Whether it is flagged as a moment of truth.
    pub moment_of_truth: bool,
    /// The library journey it leads to.
    pub leads_to: Option<String>,
}

impl CardText {
    fn of(t: &Touchpoint) -> Self {
        CardText {
            name: t.name.clone(),
            channel: t.channel,
            fail_point: t.fail_point,
            moment_of_truth: t.moment_of_truth,
            leads_to: t.leads_to.clone(),
        }
    }

    fn shows(&self, t: &Touchpoint) -> bool {
        self.name == t.name
            && self.channel == t.channel
            && self.fail_point == t.fail_point
            && self.moment_of_truth == t.moment_of_truth
            && self.leads_to == t.leads_to
    }
}

/// Per-item views of the journey for the blueprint; a `Copy` handle.
#[derive(Clone, Copy)]
pub struct Views {
    cards: Keyed<TouchpointId, CardText>,
    cells: Keyed<(StepId, Lane), Vec<TouchpointId>>,
    steps: Keyed<StepId, Step>,
    /// Every touchpoint's cell, in journey order, as the cells were last synced: when it
    /// still holds (most edits), the cells need no sync at all.
    placed: StoredValue<Vec<(TouchpointId, StepId, Lane)>>,
}

impl Views {
    /// Views of nothing yet; [`sync`](Self::sync) fills them.
    pub fn new() -> Self {
        Views {
            cards: Keyed::new(),
            cells: Keyed::new(),
            steps: Keyed::new(),
            placed: StoredValue::new(Vec::new()),
        }
    }

    /// Bring every view up to date with `journey`, notifying only what changed. One pass
    /// over the journey, a few hundred microseconds for a thousand touchpoints.
    pub fn sync(&self, journey: &Journey) {
        let placement = |t: &Touchpoint| (t.id, t.step, t.lane);
        let moved = self.placed.with_value(|placed| {
            !placed
                .iter()
                .copied()
                .eq(journey.touchpoints.iter().map(placement))
        });
        if moved {
            self.placed
                .set_value(journey.touchpoints.iter().map(placement).collect());
            self.sync_cells(journey);
        }
        self.cards.sync_from(
            journey.touchpoints.iter().map(|t| (t.id, t)),
            |card, t| card.shows(t),
            CardText::of,
        );
        self.steps.sync_from(
            journey.steps.iter().map(|step| (step.id, step)),
            |held, step| held == *step,
            |step| step.clone(),
        );
    }

    fn sync_cells(&self, journey: &Journey) {
        let mut cells: HashMap<(StepId, Lane), Vec<TouchpointId>> = HashMap::new();
        for touchpoint in &journey.touchpoints {
            cells
                .entry((touchpoint.step, touchpoint.lane))
                .or_default()
                .push(touchpoint.id);
        }
        self.cells.sync(cells);
    }

    /// What the card of touchpoint `id` shows, tracked; `None` once it is gone.
    pub fn card<T>(&self, id: TouchpointId, read: impl FnOnce(&CardText) -> T) -> Option<T> {
        self.cards.with(&id, read)
    }

    /// The touchpoints of one cell, in journey order, tracked.
    pub fn cell(&self, step: StepId, lane: Lane) -> Vec<TouchpointId> {
        self.cells
            .with(&(step, lane), Clone::clone)
            .unwrap_or_default()
    }

    /// Read one step, tracked; `None` once it is gone.
    pub fn step<T>(&self, id: StepId, read: impl FnOnce(&Step) -> T) -> Option<T> {
        self.steps.with(&id, read)
    }
}

impl Default for Views {
    fn default() -> Self {
        Self::new()
    }
}
