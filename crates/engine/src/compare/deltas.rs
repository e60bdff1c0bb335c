//! ΔV and ΔL: what the to-be does to each stakeholder's value, step by step, per side and in
//! total, read from the two journeys' valuations (never summed again here, so a delta is
//! always the difference of two figures the app shows).

use crate::figures::{Figures, SideFigures};
use crate::model::{Side, Stage, StakeholderId, StepId};
use crate::valuation::Valuation;

use super::counterparts::Counterparts;
use super::order::{rows, Row};

/// One item's id in each journey: `None` on the side that does not have it (an added item
/// has no as-is id, a removed one no to-be id). Either id leads to the item in its journey.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Paired<I> {
    /// Its id in the as-is.
    pub as_is: Option<I>,
    /// Its id in the to-be.
    pub to_be: Option<I>,
}

/// Which way a figure went, for the better or the worse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shift {
    /// The to-be is better: more value, or less leakage.
    Gain,
    /// The to-be is worse: less value, or more leakage.
    Loss,
    /// No change.
    Even,
}

impl Shift {
    fn of(better: f64) -> Shift {
        if better > 0.0 {
            Shift::Gain
        } else if better < 0.0 {
            Shift::Loss
        } else {
            Shift::Even
        }
    }
}

/// The figures of one cell, row or total in both journeys; zero on a side that lacks the
/// step or stakeholder.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Delta {
    /// The as-is figures.
    pub as_is: Figures,
    /// The to-be figures.
    pub to_be: Figures,
}

impl Delta {
    /// ΔV = V(to-be) − V(as-is).
    pub fn value(&self) -> f64 {
        self.to_be.value - self.as_is.value
    }

    /// ΔL = L(to-be) − L(as-is).
    pub fn leakage(&self) -> f64 {
        self.to_be.leakage - self.as_is.leakage
    }

    /// Whether value was gained or lost.
    pub fn value_shift(&self) -> Shift {
        Shift::of(self.value())
    }

    /// Whether leakage shrank (a gain) or grew (a loss).
    pub fn leakage_shift(&self) -> Shift {
        Shift::of(-self.leakage())
    }
}

/// Figures per side in both journeys, each side as each journey assigns its stakeholders.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct SideDelta {
    /// The as-is figures per side.
    pub as_is: SideFigures,
    /// The to-be figures per side.
    pub to_be: SideFigures,
}

impl SideDelta {
    /// The delta of one side.
    pub fn side(&self, side: Side) -> Delta {
        Delta {
            as_is: *self.as_is.side(side),
            to_be: *self.to_be.side(side),
        }
    }
}

/// The deltas of one step, paired across the two journeys.
#[derive(Debug, Clone, PartialEq)]
pub struct StepDelta {
    /// The step in each journey.
    pub step: Paired<StepId>,
    /// Its ITIL stage: the to-be's, or the as-is's for a removed step (`data-stage`).
    pub stage: Stage,
    /// Per stakeholder, in [`Comparison::stakeholders`](super::Comparison::stakeholders) order.
    pub by_stakeholder: Vec<Delta>,
    /// Per side.
    pub by_side: SideDelta,
    /// The whole step: ΔV(k) is `total.value()`.
    pub total: Delta,
}

/// The deltas of one stakeholder over the whole journey.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StakeholderDelta {
    /// The stakeholder in each journey.
    pub stakeholder: Paired<StakeholderId>,
    /// Its side: the to-be's, or the as-is's for a removed stakeholder.
    pub side: Side,
    /// Its journey totals.
    pub total: Delta,
}

impl<I> Paired<I> {
    /// The ids of one row's items, read by position from each journey's list.
    fn of(row: Row, as_is: impl Fn(usize) -> I, to_be: impl Fn(usize) -> I) -> Self {
        Paired {
            as_is: row.0.map(as_is),
            to_be: row.1.map(to_be),
        }
    }
}

/// What the to-be says of a row's item, or the as-is when only it has the item.
fn either<T>(row: Row, as_is: impl Fn(usize) -> T, to_be: impl Fn(usize) -> T) -> Option<T> {
    row.1.map(to_be).or_else(|| row.0.map(as_is))
}

/// The rows of the comparison's table: stakeholders, then steps with one cell per
/// stakeholder row.
pub(crate) fn deltas(
    counterparts: &Counterparts,
    as_is: &Valuation,
    to_be: &Valuation,
) -> (Vec<StakeholderDelta>, Vec<StepDelta>) {
    let (left, right) = (counterparts.as_is, counterparts.to_be);
    let stakeholder_rows = rows(
        &counterparts.stakeholders.pairing,
        left.stakeholders.len(),
        right.stakeholders.len(),
    );
    let stakeholders = stakeholder_rows
        .iter()
        .map(|&row| StakeholderDelta {
            stakeholder: Paired::of(
                row,
                |i| left.stakeholders[i].id,
                |j| right.stakeholders[j].id,
            ),
            side: either(
                row,
                |i| left.stakeholders[i].side,
                |j| right.stakeholders[j].side,
            )
            .unwrap_or(Side::Other),
            total: delta(
                row,
                |i| as_is.by_stakeholder[i],
                |j| to_be.by_stakeholder[j],
            ),
        })
        .collect();
    let step_rows = rows(
        &counterparts.steps.pairing,
        left.steps.len(),
        right.steps.len(),
    );
    let steps = step_rows
        .iter()
        .map(|&row| StepDelta {
            step: Paired::of(row, |k| left.steps[k].id, |l| right.steps[l].id),
            stage: either(row, |k| left.steps[k].stage, |l| right.steps[l].stage)
                .unwrap_or(Stage::Explore),
            by_stakeholder: stakeholder_rows
                .iter()
                .map(|&(i, j)| Delta {
                    as_is: cell(as_is, row.0, i),
                    to_be: cell(to_be, row.1, j),
                })
                .collect(),
            by_side: SideDelta {
                as_is: row
                    .0
                    .map_or_else(SideFigures::default, |k| as_is.steps[k].by_side),
                to_be: row
                    .1
                    .map_or_else(SideFigures::default, |l| to_be.steps[l].by_side),
            },
            total: delta(row, |k| as_is.steps[k].total, |l| to_be.steps[l].total),
        })
        .collect();
    (stakeholders, steps)
}

/// The figures of a row in both journeys, zero on the side it is missing from.
fn delta(row: Row, as_is: impl Fn(usize) -> Figures, to_be: impl Fn(usize) -> Figures) -> Delta {
    Delta {
        as_is: row.0.map(as_is).unwrap_or_default(),
        to_be: row.1.map(to_be).unwrap_or_default(),
    }
}

/// Step `k`'s figures for stakeholder `s`, zero where either is missing.
fn cell(valuation: &Valuation, k: Option<usize>, s: Option<usize>) -> Figures {
    match (k, s) {
        (Some(k), Some(s)) => valuation.steps[k].by_stakeholder[s],
        _ => Figures::default(),
    }
}
