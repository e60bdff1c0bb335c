//! Findings that appeared and findings that were resolved: a finding of one journey with no
//! counterpart in the other, by its rule, its step, its stakeholder and its side (the
//! journey-wide narrow zone by its rule alone, since the step it names is only the
//! narrowest one).

use crate::findings::{Finding, FindingKind};
use crate::model::StepId;

use super::counterparts::Counterparts;
use super::deltas::Paired;
use super::pairing::Pairing;

/// A finding of one journey, and its step in both.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FindingChange {
    /// The finding, with ids of the journey it is in.
    pub finding: Finding,
    /// Its step in each journey, where the other has that step.
    pub step: Paired<StepId>,
}

/// What the to-be did to the findings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FindingChanges {
    /// Findings of the to-be the as-is did not have, in the to-be's order.
    pub appeared: Vec<FindingChange>,
    /// Findings of the as-is the to-be no longer has, in the as-is's order.
    pub resolved: Vec<FindingChange>,
}

pub(crate) fn finding_changes(
    c: &Counterparts,
    as_is: &[Finding],
    to_be: &[Finding],
) -> FindingChanges {
    let journey_wide = |f: &Finding| f.kind == FindingKind::NarrowZone;
    // Keys in as-is ids; a to-be step or stakeholder the as-is lacks keys as `None`, which no
    // as-is finding has.
    let as_is_key = |f: &Finding| {
        let step = (!journey_wide(f)).then_some(Some(f.step));
        (f.kind, step, f.stakeholder.map(Some), f.side)
    };
    let to_be_key = |f: &Finding| {
        let step = (!journey_wide(f)).then(|| c.steps.as_is_of(f.step));
        let stakeholder = f.stakeholder.map(|s| c.stakeholders.as_is_of(s));
        (f.kind, step, stakeholder, f.side)
    };
    let mut pairing = Pairing::new(as_is.len(), to_be.len());
    pairing.pass(
        |i| Some(as_is_key(&as_is[i])),
        |j| Some(to_be_key(&to_be[j])),
        |_, _| true,
    );
    let appeared = (0..to_be.len())
        .filter(|&j| pairing.as_is_of(j).is_none())
        .map(|j| FindingChange {
            finding: to_be[j],
            step: Paired {
                as_is: c.steps.as_is_of(to_be[j].step),
                to_be: Some(to_be[j].step),
            },
        })
        .collect();
    let resolved = (0..as_is.len())
        .filter(|&i| pairing.to_be_of(i).is_none())
        .map(|i| FindingChange {
            finding: as_is[i],
            step: Paired {
                as_is: Some(as_is[i].step),
                to_be: c.steps.to_be_of(as_is[i].step),
            },
        })
        .collect();
    FindingChanges { appeared, resolved }
}
