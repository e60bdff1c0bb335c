//! As-is against to-be: [`compare`] two journeys into a [`Comparison`], what the redesign
//! did to each stakeholder's value step by step (ΔV and ΔL), what changed item by item, and
//! which findings appeared or were resolved.
//!
//! The figures come from [`evaluate`] of each journey and are only subtracted here, so every
//! delta is the difference of two figures the app shows. Items are paired first
//! (`counterparts.rs`, by id or by name and place: see [`Matching`]); a step, stakeholder or
//! item only one journey has counts as zero on the other side.
//!
//! # Units
//!
//! The engine cannot convert one unit of value into another (k€ into hours), so deltas are
//! always the plain difference of the two journeys' numbers. [`Comparison::unit`] says
//! whether both journeys count in the same unit; when they do not, the deltas mix units and
//! the app says so beside them. Changes and findings do not depend on units.

mod changes;
mod counterparts;
mod deltas;
mod findings;
mod order;
mod pairing;

pub use changes::{Annotation, Change, ChangeKind, Spot};
pub use counterparts::Matching;
pub use deltas::{Delta, Paired, Shift, SideDelta, StakeholderDelta, StepDelta};
pub use findings::{FindingChange, FindingChanges};

use crate::model::Journey;
use crate::valuation::{evaluate, Valuation};

use counterparts::Counterparts;

/// Whether the two journeys count value in the same unit.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Units {
    /// Both use this unit (empty when neither says).
    Same(String),
    /// They differ (one may be empty): deltas are differences of numbers in two units.
    Differ {
        /// The as-is's unit.
        as_is: String,
        /// The to-be's unit.
        to_be: String,
    },
}

/// What the to-be does differently from the as-is.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// How items were paired.
    pub matching: Matching,
    /// The unit the deltas are in.
    pub unit: Units,
    /// Every stakeholder of either journey: the to-be's in its order, then the ones only the
    /// as-is has. Every per-stakeholder list follows this order.
    pub stakeholders: Vec<StakeholderDelta>,
    /// Every step of either journey: the to-be's in its order, a removed step right after the
    /// step it followed in the as-is.
    pub steps: Vec<StepDelta>,
    /// Journey totals per side.
    pub by_side: SideDelta,
    /// Journey totals: ΔV is `total.value()`.
    pub total: Delta,
    /// Every difference between the two journeys' items.
    pub changes: Vec<Change>,
    /// Findings that appeared and that were resolved.
    pub findings: FindingChanges,
    /// The as-is's own valuation, for the charts of both journeys.
    pub as_is: Valuation,
    /// The to-be's own valuation.
    pub to_be: Valuation,
}

impl Comparison {
    /// Whether nothing the comparison reports differs: no change, no finding appeared or
    /// resolved, and every delta zero.
    pub fn is_unchanged(&self) -> bool {
        let even = |d: &Delta| d.value() == 0.0 && d.leakage() == 0.0;
        self.changes.is_empty()
            && self.findings.appeared.is_empty()
            && self.findings.resolved.is_empty()
            && even(&self.total)
            && self.stakeholders.iter().all(|s| even(&s.total))
            && self
                .steps
                .iter()
                .all(|s| even(&s.total) && s.by_stakeholder.iter().all(even))
    }
}

/// Compare a to-be journey with its as-is, pairing their items as `matching` says (by id
/// when the to-be was derived from the as-is, by name and place when they were made apart).
/// Pure and deterministic.
pub fn compare(as_is: &Journey, to_be: &Journey, matching: Matching) -> Comparison {
    let counterparts = Counterparts::new(as_is, to_be, matching);
    let (as_is_valuation, to_be_valuation) = (evaluate(as_is), evaluate(to_be));
    let (stakeholders, steps) = deltas::deltas(&counterparts, &as_is_valuation, &to_be_valuation);
    let unit = units(&as_is.settings.value_unit, &to_be.settings.value_unit);
    Comparison {
        matching,
        unit,
        stakeholders,
        steps,
        by_side: SideDelta {
            as_is: as_is_valuation.by_side,
            to_be: to_be_valuation.by_side,
        },
        total: Delta {
            as_is: as_is_valuation.total,
            to_be: to_be_valuation.total,
        },
        changes: changes::changes(&counterparts),
        findings: findings::finding_changes(
            &counterparts,
            &as_is_valuation.findings,
            &to_be_valuation.findings,
        ),
        as_is: as_is_valuation,
        to_be: to_be_valuation,
    }
}

fn units(as_is: &str, to_be: &str) -> Units {
    if as_is.trim() == to_be.trim() {
        Units::Same(to_be.trim().to_owned())
    } else {
        Units::Differ {
            as_is: as_is.trim().to_owned(),
            to_be: to_be.trim().to_owned(),
        }
    }
}
