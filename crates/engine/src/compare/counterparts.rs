//! Which step, stakeholder, touchpoint, KPI and insight of the as-is is which of the to-be.
//!
//! Ids are small numbers handed out as max + 1 in every journey, so two journeys made apart
//! share ids by chance (every blank journey has steps 1 to 7 and a touchpoint 1): equal ids
//! say "the same item" only when the to-be was copied from the as-is, which only the caller
//! knows (a version is its journey's past, a to-be started from its as-is keeps its ids: the
//! persistence crate's `matching_between` says which). Hence [`Matching`]. Even then an id can come back for another item (deleting the last touchpoint
//! frees its id for the next one), so a pair by id must also share its name or its place:
//! a touchpoint renamed or moved is still itself, one renamed *and* moved at once reads as
//! removed and added, which is the honest reading of a reused id.

use std::marker::PhantomData;

use crate::id_index::IdIndex;
use crate::ids::Id;
use crate::insight::{Anchor, Insight};
use crate::item::Item;
use crate::kpi::Kpi;
use crate::model::{Journey, Stakeholder, Step, Touchpoint};

use super::pairing::Pairing;

/// How the items of the two journeys are told to be the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Matching {
    /// The to-be was derived from the as-is (a version, a duplicate): an item keeps its id,
    /// so it is found by id through renames and moves.
    ById,
    /// The two journeys were made apart: an item is found by its name and its place (its
    /// step, by that step's name and stage, and its lane); a renamed item reads as removed
    /// and added, since nothing else says it is the same.
    ByNameAndPlace,
}

/// The pairs of one list, and the ids on both sides to look them up by.
pub(crate) struct Across<T: Item> {
    pub(crate) pairing: Pairing,
    as_is: (IdIndex, Vec<T::Id>),
    to_be: (IdIndex, Vec<T::Id>),
    item: PhantomData<T>,
}

impl<T: Item> Across<T> {
    fn new(pairing: Pairing, as_is: &Journey, to_be: &Journey) -> Self {
        let ids = |journey: &Journey| {
            let ids: Vec<T::Id> = T::items(journey).iter().map(Item::id).collect();
            (IdIndex::new(ids.iter().map(|id| id.raw())), ids)
        };
        Across {
            pairing,
            as_is: ids(as_is),
            to_be: ids(to_be),
            item: PhantomData,
        }
    }

    /// The id in the to-be of the as-is item with this id.
    pub(crate) fn to_be_of(&self, id: T::Id) -> Option<T::Id> {
        let i = self.as_is.0.get(id.raw())?;
        Some(self.to_be.1[self.pairing.to_be_of(i)?])
    }

    /// The id in the as-is of the to-be item with this id.
    pub(crate) fn as_is_of(&self, id: T::Id) -> Option<T::Id> {
        let j = self.to_be.0.get(id.raw())?;
        Some(self.as_is.1[self.pairing.as_is_of(j)?])
    }
}

/// Every list of the as-is paired with the to-be's.
pub(crate) struct Counterparts<'a> {
    pub(crate) as_is: &'a Journey,
    pub(crate) to_be: &'a Journey,
    pub(crate) steps: Across<Step>,
    pub(crate) stakeholders: Across<Stakeholder>,
    pub(crate) touchpoints: Across<Touchpoint>,
    pub(crate) kpis: Pairing,
    pub(crate) insights: Pairing,
}

impl<'a> Counterparts<'a> {
    /// Pair the lists, steps and stakeholders first, since a touchpoint's, a KPI's and an
    /// insight's place is read through them.
    pub(crate) fn new(as_is: &'a Journey, to_be: &'a Journey, matching: Matching) -> Self {
        let steps = Across::new(pair_steps(as_is, to_be, matching), as_is, to_be);
        let stakeholders = Across::new(pair_stakeholders(as_is, to_be, matching), as_is, to_be);
        let touchpoints = Across::new(
            pair_touchpoints(as_is, to_be, &steps, matching),
            as_is,
            to_be,
        );
        let kpis = pair_kpis(as_is, to_be, &steps, matching);
        let insights = pair_insights(as_is, to_be, &steps, &touchpoints, matching);
        Counterparts {
            as_is,
            to_be,
            steps,
            stakeholders,
            touchpoints,
            kpis,
            insights,
        }
    }

    /// A to-be insight's anchor in as-is ids, if its step or touchpoint has a counterpart.
    pub(crate) fn as_is_anchor(&self, anchor: Anchor) -> Option<Anchor> {
        as_is_anchor(&self.steps, &self.touchpoints, anchor)
    }
}

/// A name as people tell names apart: case and spacing aside.
fn folded(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn by_id<T: Item>(
    as_is: &Journey,
    to_be: &Journey,
    same_name_or_place: impl Fn(&T, &T) -> bool,
) -> Pairing {
    let (left, right) = (T::items(as_is), T::items(to_be));
    let mut pairing = Pairing::new(left.len(), right.len());
    pairing.pass(
        |i| Some(left[i].id()),
        |j| Some(right[j].id()),
        |i, j| same_name_or_place(&left[i], &right[j]),
    );
    pairing
}

fn step_name(step: &Step) -> Option<String> {
    step.custom_name.as_deref().map(folded)
}

fn pair_steps(as_is: &Journey, to_be: &Journey, matching: Matching) -> Pairing {
    if matching == Matching::ById {
        return by_id::<Step>(as_is, to_be, |a, b| {
            a.stage == b.stage || step_name(a) == step_name(b)
        });
    }
    let lists = (as_is.steps.as_slice(), to_be.steps.as_slice());
    let mut pairing = Pairing::new(lists.0.len(), lists.1.len());
    let named = |s: &Step| Some((s.stage, step_name(s)));
    pairing.pass_over(lists, named, named);
    pairing.pass_over(lists, step_name, step_name);
    // What is left of one stage is that stage's step renamed, in order.
    let stage = |s: &Step| Some(s.stage);
    pairing.pass_over(lists, stage, stage);
    pairing
}

fn pair_stakeholders(as_is: &Journey, to_be: &Journey, matching: Matching) -> Pairing {
    if matching == Matching::ById {
        return by_id::<Stakeholder>(as_is, to_be, |a, b| {
            (a.role, a.side) == (b.role, b.side) || folded(&a.name) == folded(&b.name)
        });
    }
    let lists = (as_is.stakeholders.as_slice(), to_be.stakeholders.as_slice());
    let mut pairing = Pairing::new(lists.0.len(), lists.1.len());
    let name = |s: &Stakeholder| Some(folded(&s.name));
    pairing.pass_over(lists, name, name);
    pairing
}

fn pair_touchpoints(
    as_is: &Journey,
    to_be: &Journey,
    steps: &Across<Step>,
    matching: Matching,
) -> Pairing {
    // A to-be touchpoint's step in as-is ids: `None` for a step the as-is lacks, which
    // never equals an as-is touchpoint's step.
    let step_of = |t: &Touchpoint| steps.as_is_of(t.step);
    if matching == Matching::ById {
        return by_id::<Touchpoint>(as_is, to_be, |a, b| {
            folded(&a.name) == folded(&b.name) || (Some(a.step) == step_of(b) && a.lane == b.lane)
        });
    }
    let lists = (as_is.touchpoints.as_slice(), to_be.touchpoints.as_slice());
    let mut pairing = Pairing::new(lists.0.len(), lists.1.len());
    let name = |t: &Touchpoint| folded(&t.name);
    pairing.pass_over(
        lists,
        |t| Some((name(t), Some(t.step), t.lane)),
        |t| Some((name(t), step_of(t), t.lane)),
    );
    pairing.pass_over(
        lists,
        |t| Some((name(t), Some(t.step))),
        |t| Some((name(t), step_of(t))),
    );
    pairing.pass_over(lists, |t| Some(name(t)), |t| Some(name(t)));
    pairing
}

fn pair_kpis(
    as_is: &Journey,
    to_be: &Journey,
    steps: &Across<Step>,
    matching: Matching,
) -> Pairing {
    let step_of = |k: &Kpi| steps.as_is_of(k.step);
    if matching == Matching::ById {
        return by_id::<Kpi>(as_is, to_be, |a, b| {
            a.measure == b.measure || Some(a.step) == step_of(b)
        });
    }
    let lists = (as_is.kpis.as_slice(), to_be.kpis.as_slice());
    let mut pairing = Pairing::new(lists.0.len(), lists.1.len());
    let label = |k: &Kpi| k.label.as_deref().map(folded);
    pairing.pass_over(
        lists,
        |k| Some((Some(k.step), k.measure, label(k))),
        |k| Some((step_of(k), k.measure, label(k))),
    );
    pairing.pass_over(
        lists,
        |k| Some((Some(k.step), k.measure)),
        |k| Some((step_of(k), k.measure)),
    );
    pairing
}

fn as_is_anchor(
    steps: &Across<Step>,
    touchpoints: &Across<Touchpoint>,
    anchor: Anchor,
) -> Option<Anchor> {
    match anchor {
        Anchor::Step(step) => steps.as_is_of(step).map(Anchor::Step),
        Anchor::Touchpoint(touchpoint) => touchpoints.as_is_of(touchpoint).map(Anchor::Touchpoint),
    }
}

fn pair_insights(
    as_is: &Journey,
    to_be: &Journey,
    steps: &Across<Step>,
    touchpoints: &Across<Touchpoint>,
    matching: Matching,
) -> Pairing {
    let anchor_of = |insight: &Insight| as_is_anchor(steps, touchpoints, insight.on);
    if matching == Matching::ById {
        return by_id::<Insight>(as_is, to_be, |a, b| {
            folded(&a.text) == folded(&b.text) || Some(a.on) == anchor_of(b)
        });
    }
    let lists = (as_is.insights.as_slice(), to_be.insights.as_slice());
    let mut pairing = Pairing::new(lists.0.len(), lists.1.len());
    let text = |insight: &Insight| (insight.kind, folded(&insight.text));
    pairing.pass_over(
        lists,
        |i| Some((text(i), Some(i.on))),
        |i| Some((text(i), anchor_of(i))),
    );
    pairing.pass_over(lists, |i| Some(text(i)), |i| Some(text(i)));
    pairing
}
