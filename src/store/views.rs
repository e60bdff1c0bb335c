//! The blueprint's views of the journey, one signal per touchpoint, cell and step, and one for
//! each journey-wide part that many cards or headers read (the step order, loops, KPIs,
//! insight counts), brought up to date by the store after every change: typing a touchpoint's
//! name redraws its card alone and marks no other reader.

use std::collections::HashMap;

use leptos::prelude::*;
use sightline_engine::{
    Anchor, Channel, InsightKind, Journey, Kpi, Lane, Loop, Step, StepId, Touchpoint, TouchpointId,
};

use super::keyed::{Keyed, Synced};

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
    /// How many touchpoints each lane's fullest cell holds.
    depths: Keyed<Lane, usize>,
    steps: Keyed<StepId, Step>,
    /// The steps, in journey order.
    order: Synced<Vec<StepId>>,
    loops: Synced<Vec<Loop>>,
    kpis: Synced<Vec<Kpi>>,
    /// Pain points and opportunities per touchpoint and per step; anchors without any have no
    /// key.
    insight_counts: Keyed<Anchor, (usize, usize)>,
    /// Every touchpoint's cell, in journey order, as the cells were last synced: when it
    /// still holds (most edits), the cells need no sync at all.
    placed: StoredValue<Vec<(TouchpointId, StepId, Lane)>>,
    /// Notified when a touchpoint was added, removed or moved: the cells' heights may change.
    replaced: Trigger,
}

impl Views {
    /// Views of nothing yet; [`sync`](Self::sync) fills them.
    pub fn new() -> Self {
        Views {
            cards: Keyed::new(),
            cells: Keyed::new(),
            depths: Keyed::new(),
            steps: Keyed::new(),
            order: Synced::new(Vec::new()),
            loops: Synced::new(Vec::new()),
            kpis: Synced::new(Vec::new()),
            insight_counts: Keyed::new(),
            placed: StoredValue::new(Vec::new()),
            replaced: Trigger::new(),
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
            self.replaced.notify();
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
        self.order.sync_from(
            &journey.steps,
            |order, steps| order.iter().copied().eq(steps.iter().map(|s| s.id)),
            |steps| steps.iter().map(|s| s.id).collect(),
        );
        self.loops
            .sync_from(&journey.loops, |held, loops| held == loops, Clone::clone);
        self.kpis
            .sync_from(&journey.kpis, |held, kpis| held == kpis, Clone::clone);
        let mut counts: HashMap<Anchor, (usize, usize)> = HashMap::new();
        for insight in &journey.insights {
            let (pains, opportunities) = counts.entry(insight.on).or_default();
            match insight.kind {
                InsightKind::PainPoint => *pains += 1,
                InsightKind::Opportunity => *opportunities += 1,
            }
        }
        self.insight_counts.sync(counts);
    }

    fn sync_cells(&self, journey: &Journey) {
        let mut cells: HashMap<(StepId, Lane), Vec<TouchpointId>> = HashMap::new();
        for touchpoint in &journey.touchpoints {
            cells
                .entry((touchpoint.step, touchpoint.lane))
                .or_default()
                .push(touchpoint.id);
        }
        // By the lanes' order rather than in a map of their own: a few bytes of code.
        let mut depths = [0; Lane::ALL.len()];
        for ((_, lane), touchpoints) in &cells {
            if let Some(at) = Lane::ALL.iter().position(|l| l == lane) {
                depths[at] = depths[at].max(touchpoints.len());
            }
        }
        self.cells.sync(cells);
        self.depths.sync(Lane::ALL.into_iter().zip(depths));
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

    /// Track whether a touchpoint was added, removed or moved since.
    pub fn track_placement(&self) {
        self.replaced.track();
    }

    /// How many touchpoints the fullest cell of `lane` holds, tracked for that lane alone.
    pub fn lane_depth(&self, lane: Lane) -> usize {
        self.depths.with(&lane, |depth| *depth).unwrap_or_default()
    }

    /// The steps' ids in journey order, tracked.
    pub fn order(&self) -> Signal<Vec<StepId>> {
        self.order.signal()
    }

    /// Every loop of the journey, tracked.
    pub fn loops(&self) -> Signal<Vec<Loop>> {
        self.loops.signal()
    }

    /// Every KPI of the journey, tracked.
    pub fn kpis(&self) -> Signal<Vec<Kpi>> {
        self.kpis.signal()
    }

    /// How many pain points and opportunities a touchpoint or a step has, tracked for that
    /// anchor alone.
    pub fn insight_counts(&self, on: Anchor) -> (usize, usize) {
        self.insight_counts
            .with(&on, |counts| *counts)
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
