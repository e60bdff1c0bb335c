//! What changed between the as-is and the to-be, item by item: each change named by a kind
//! the app words, and the place it leads to in either journey.

use crate::ids::{InsightId, KpiId};
use crate::insight::{Anchor, Insight};
use crate::kpi::Kpi;
use crate::model::{Journey, StakeholderId, StepId, Touchpoint, TouchpointId};
use crate::value::EffectKind;

use super::counterparts::Counterparts;
use super::order::{moved, rows};
use super::pairing::Pairing;

/// The kinds of change a comparison reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChangeKind {
    /// A step only the to-be has.
    StepAdded,
    /// A step only the as-is has.
    StepRemoved,
    /// A step with another name of its own (or the stage's name instead of one).
    StepRenamed,
    /// A step anchored to another ITIL stage.
    StepRestaged,
    /// A step in another place of the journey's order.
    StepReordered,
    /// A touchpoint only the to-be has.
    TouchpointAdded,
    /// A touchpoint only the as-is has.
    TouchpointRemoved,
    /// A touchpoint with another name.
    TouchpointRenamed,
    /// A touchpoint in another step or lane.
    TouchpointMoved,
    /// A touchpoint whose value effects differ.
    EffectsChanged,
    /// A touchpoint where someone feels otherwise, or where feelings were added or removed.
    EmotionsChanged,
    /// A KPI only the to-be has.
    KpiAdded,
    /// A KPI only the as-is has.
    KpiRemoved,
    /// A KPI whose measure, label, unit, target, actual, direction or step differ.
    KpiChanged,
    /// A pain point or opportunity only the to-be has.
    InsightAdded,
    /// A pain point or opportunity only the as-is has.
    InsightRemoved,
    /// A pain point or opportunity whose kind, text, scores or place differ.
    InsightChanged,
}

impl ChangeKind {
    /// Every kind, in the order a comparison lists its changes.
    pub const ALL: [ChangeKind; 17] = [
        ChangeKind::StepAdded,
        ChangeKind::StepRemoved,
        ChangeKind::StepRenamed,
        ChangeKind::StepRestaged,
        ChangeKind::StepReordered,
        ChangeKind::TouchpointAdded,
        ChangeKind::TouchpointRemoved,
        ChangeKind::TouchpointRenamed,
        ChangeKind::TouchpointMoved,
        ChangeKind::EffectsChanged,
        ChangeKind::EmotionsChanged,
        ChangeKind::KpiAdded,
        ChangeKind::KpiRemoved,
        ChangeKind::KpiChanged,
        ChangeKind::InsightAdded,
        ChangeKind::InsightRemoved,
        ChangeKind::InsightChanged,
    ];

    /// Position in [`ChangeKind::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// A KPI or an insight, for a change that is about one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Annotation {
    /// A key performance indicator.
    Kpi(KpiId),
    /// A pain point or opportunity.
    Insight(InsightId),
}

/// Where a change leads in one journey: a step, and the touchpoint or annotation in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Spot {
    /// The step.
    pub step: StepId,
    /// The touchpoint, for a change of or on one.
    pub touchpoint: Option<TouchpointId>,
    /// The KPI or insight, for a change of one.
    pub annotation: Option<Annotation>,
}

impl Spot {
    fn step(step: StepId) -> Spot {
        Spot {
            step,
            touchpoint: None,
            annotation: None,
        }
    }

    fn touchpoint(touchpoint: &Touchpoint) -> Spot {
        Spot {
            touchpoint: Some(touchpoint.id),
            ..Spot::step(touchpoint.step)
        }
    }

    fn kpi(kpi: &Kpi) -> Spot {
        Spot {
            annotation: Some(Annotation::Kpi(kpi.id)),
            ..Spot::step(kpi.step)
        }
    }

    /// `None` only for an insight on a touchpoint the journey lacks, which a sound journey
    /// never has.
    fn insight(journey: &Journey, insight: &Insight) -> Option<Spot> {
        let on = match insight.on {
            Anchor::Step(step) => Spot::step(step),
            Anchor::Touchpoint(id) => Spot::touchpoint(journey.touchpoint(id)?),
        };
        Some(Spot {
            annotation: Some(Annotation::Insight(insight.id)),
            ..on
        })
    }
}

/// One difference between the journeys. An item on both sides has a spot on both; an added
/// or removed one has, on the side that lacks it, the step it would be in when that step is
/// there, so that either journey can be shown at that place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Change {
    /// What changed.
    pub kind: ChangeKind,
    /// Where in the as-is.
    pub as_is: Option<Spot>,
    /// Where in the to-be.
    pub to_be: Option<Spot>,
}

/// Every change, steps first (in the comparison's step order), then touchpoints, KPIs and
/// insights (the to-be's in its order, then the removed ones in the as-is's).
pub(crate) fn changes(counterparts: &Counterparts) -> Vec<Change> {
    let mut found = Vec::new();
    step_changes(counterparts, &mut found);
    touchpoint_changes(counterparts, &mut found);
    kpi_changes(counterparts, &mut found);
    insight_changes(counterparts, &mut found);
    found
}

fn step_changes(c: &Counterparts, found: &mut Vec<Change>) {
    let (left, right) = (&c.as_is.steps, &c.to_be.steps);
    let pairing = &c.steps.pairing;
    let reordered = moved(pairing, right.len());
    for (i, j) in rows(pairing, left.len(), right.len()) {
        let as_is = i.map(|i| &left[i]);
        let to_be = j.map(|j| &right[j]);
        let change = |kind| Change {
            kind,
            as_is: as_is.map(|s| Spot::step(s.id)),
            to_be: to_be.map(|s| Spot::step(s.id)),
        };
        match (as_is, to_be, j) {
            (Some(a), Some(b), Some(j)) => {
                if a.custom_name != b.custom_name {
                    found.push(change(ChangeKind::StepRenamed));
                }
                if a.stage != b.stage {
                    found.push(change(ChangeKind::StepRestaged));
                }
                if reordered.contains(&j) {
                    found.push(change(ChangeKind::StepReordered));
                }
            }
            (Some(_), None, _) => found.push(change(ChangeKind::StepRemoved)),
            _ => found.push(change(ChangeKind::StepAdded)),
        }
    }
}

/// The changes of one list: what `changed` finds in each pair, then the added items and
/// the removed ones, each with the step it would be in on the other side.
fn list_changes<T>(
    c: &Counterparts,
    pairing: &Pairing,
    (as_is, to_be): (&[T], &[T]),
    spot: impl Fn(&Journey, &T) -> Option<Spot>,
    (added, removed): (ChangeKind, ChangeKind),
    changed: impl Fn(&T, &T) -> Vec<ChangeKind>,
    found: &mut Vec<Change>,
) {
    for (j, item) in to_be.iter().enumerate() {
        let to_be_spot = spot(c.to_be, item);
        match pairing.as_is_of(j) {
            Some(i) => {
                let as_is_spot = spot(c.as_is, &as_is[i]);
                found.extend(changed(&as_is[i], item).into_iter().map(|kind| Change {
                    kind,
                    as_is: as_is_spot,
                    to_be: to_be_spot,
                }));
            }
            None => found.push(Change {
                kind: added,
                as_is: to_be_spot
                    .and_then(|s| c.steps.as_is_of(s.step))
                    .map(Spot::step),
                to_be: to_be_spot,
            }),
        }
    }
    for (i, item) in as_is.iter().enumerate() {
        if pairing.to_be_of(i).is_none() {
            let as_is_spot = spot(c.as_is, item);
            found.push(Change {
                kind: removed,
                as_is: as_is_spot,
                to_be: as_is_spot
                    .and_then(|s| c.steps.to_be_of(s.step))
                    .map(Spot::step),
            });
        }
    }
}

fn touchpoint_changes(c: &Counterparts, found: &mut Vec<Change>) {
    let changed = |a: &Touchpoint, b: &Touchpoint| {
        let mut kinds = Vec::new();
        if a.name != b.name {
            kinds.push(ChangeKind::TouchpointRenamed);
        }
        if Some(a.step) != c.steps.as_is_of(b.step) || a.lane != b.lane {
            kinds.push(ChangeKind::TouchpointMoved);
        }
        let effects = |t: &Touchpoint, who: &dyn Fn(StakeholderId) -> Option<StakeholderId>| {
            t.effects
                .iter()
                .map(|e| (who(e.stakeholder), e.kind))
                .collect::<Vec<(Option<StakeholderId>, EffectKind)>>()
        };
        let emotions = |t: &Touchpoint, who: &dyn Fn(StakeholderId) -> Option<StakeholderId>| {
            t.emotions
                .iter()
                .map(|e| (who(e.stakeholder), e.value))
                .collect::<Vec<_>>()
        };
        let own = |s| Some(s);
        let theirs = |s| c.stakeholders.as_is_of(s);
        if effects(a, &own) != effects(b, &theirs) {
            kinds.push(ChangeKind::EffectsChanged);
        }
        if emotions(a, &own) != emotions(b, &theirs) {
            kinds.push(ChangeKind::EmotionsChanged);
        }
        kinds
    };
    let lists = (
        c.as_is.touchpoints.as_slice(),
        c.to_be.touchpoints.as_slice(),
    );
    let kinds = (ChangeKind::TouchpointAdded, ChangeKind::TouchpointRemoved);
    let spot = |_: &Journey, t: &Touchpoint| Some(Spot::touchpoint(t));
    list_changes(
        c,
        &c.touchpoints.pairing,
        lists,
        spot,
        kinds,
        changed,
        found,
    );
}

/// `kind` when an annotation differs in its place or in anything but its id and place.
fn changed_if(kind: ChangeKind, moved: bool, differs: bool) -> Vec<ChangeKind> {
    if moved || differs {
        vec![kind]
    } else {
        Vec::new()
    }
}

fn kpi_changes(c: &Counterparts, found: &mut Vec<Change>) {
    let changed = |a: &Kpi, b: &Kpi| {
        let moved = Some(a.step) != c.steps.as_is_of(b.step);
        let placed_alike = Kpi {
            id: a.id,
            step: a.step,
            ..b.clone()
        };
        changed_if(ChangeKind::KpiChanged, moved, *a != placed_alike)
    };
    let lists = (c.as_is.kpis.as_slice(), c.to_be.kpis.as_slice());
    let kinds = (ChangeKind::KpiAdded, ChangeKind::KpiRemoved);
    let spot = |_: &Journey, k: &Kpi| Some(Spot::kpi(k));
    list_changes(c, &c.kpis, lists, spot, kinds, changed, found);
}

fn insight_changes(c: &Counterparts, found: &mut Vec<Change>) {
    let changed = |a: &Insight, b: &Insight| {
        let moved = Some(a.on) != c.as_is_anchor(b.on);
        let placed_alike = Insight {
            id: a.id,
            on: a.on,
            ..b.clone()
        };
        changed_if(ChangeKind::InsightChanged, moved, *a != placed_alike)
    };
    let lists = (c.as_is.insights.as_slice(), c.to_be.insights.as_slice());
    let kinds = (ChangeKind::InsightAdded, ChangeKind::InsightRemoved);
    list_changes(c, &c.insights, lists, Spot::insight, kinds, changed, found);
}
