//! Where every touchpoint sits on the blueprint, worked out once per change of the journey.
//!
//! Without it, each of the grid's cells filtered every touchpoint and each card searched the
//! journey for its own touchpoint on every keystroke (500 cells × 1,000 touchpoints, and
//! 1,000 cards × 1,000, on a large journey). The memo makes one pass; as it compares equal
//! after an edit that moves nothing (typing a name), no cell re-runs at all.

use std::collections::HashMap;

use leptos::prelude::*;
use sightline_engine::{Journey, Lane, StepId, Touchpoint, TouchpointId};

use crate::store::JourneyStore;

/// The touchpoints of each cell, in journey order, and each touchpoint's position in the
/// journey's list.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    cells: HashMap<(StepId, Lane), Vec<TouchpointId>>,
    positions: HashMap<TouchpointId, usize>,
}

impl Layout {
    /// The layout of `journey`.
    fn of(journey: &Journey) -> Self {
        let mut layout = Layout::default();
        for (position, touchpoint) in journey.touchpoints.iter().enumerate() {
            layout
                .cells
                .entry((touchpoint.step, touchpoint.lane))
                .or_default()
                .push(touchpoint.id);
            layout.positions.insert(touchpoint.id, position);
        }
        layout
    }

    /// The touchpoints of one cell, in journey order.
    pub fn cell(&self, step: StepId, lane: Lane) -> Vec<TouchpointId> {
        self.cells.get(&(step, lane)).cloned().unwrap_or_default()
    }

    /// The touchpoint with this id in `journey`, the journey this layout was made from.
    pub fn touchpoint<'j>(&self, journey: &'j Journey, id: TouchpointId) -> Option<&'j Touchpoint> {
        let position = *self.positions.get(&id)?;
        journey.touchpoints.get(position).filter(|t| t.id == id)
    }
}

/// The layout of the journey being edited, recomputed when the journey changes; readers
/// re-run only when it differs.
pub fn layout_memo(store: JourneyStore) -> Memo<Layout> {
    Memo::new(move |_| store.with(Layout::of))
}
