//! The journey's items read one at a time: every persona, KPI, pain point or opportunity,
//! way back, stakeholder and touchpoint in a signal of its own, so that a panel row re-runs only when
//! its own item changes, and one way for the rows to replace their item.
//!
//! A row that ran a memo over the whole journey re-ran on every edit: with 500 KPIs, typing in
//! one re-ran 500 memos. Here the store compares each list once per change ([`Keyed`]) and a
//! row subscribes to its item's key alone.

use std::hash::Hash;

use sightline_engine::{
    Edit, Insight, InsightId, Journey, Kpi, KpiId, ListEdit, Loop, LoopId, Persona, PersonaId,
    Stakeholder, StakeholderId, Touchpoint, TouchpointId,
};

use super::keyed::Keyed;

/// An item of the journey that the store keeps a per-id view of.
pub trait Viewed: Clone + PartialEq + Send + Sync + 'static {
    /// What tells items of this list apart.
    type Id: Copy + Eq + Hash + Send + Sync + 'static;
    /// The item's id.
    fn id_of(&self) -> Self::Id;
    /// The journey's list of such items.
    fn all(journey: &Journey) -> &[Self];
    /// The store's view of this list.
    fn view_in(items: &Items) -> Keyed<Self::Id, Self>;
}

/// An item that is edited by replacing it whole, through one named edit.
pub trait Replaced: Viewed {
    /// The edit that replaces the item with the same id by `self`.
    fn replacing(self) -> Edit;
}

/// One view per list; a `Copy` handle.
#[derive(Clone, Copy)]
pub struct Items {
    personas: Keyed<PersonaId, Persona>,
    kpis: Keyed<KpiId, Kpi>,
    insights: Keyed<InsightId, Insight>,
    loops: Keyed<LoopId, Loop>,
    stakeholders: Keyed<StakeholderId, Stakeholder>,
    touchpoints: Keyed<TouchpointId, Touchpoint>,
}

impl Items {
    /// Views of nothing yet; [`sync`](Self::sync) fills them.
    pub fn new() -> Self {
        Items {
            personas: Keyed::new(),
            kpis: Keyed::new(),
            insights: Keyed::new(),
            loops: Keyed::new(),
            stakeholders: Keyed::new(),
            touchpoints: Keyed::new(),
        }
    }

    /// Bring every list's view up to date with `journey`, notifying only the items that
    /// changed, came or went.
    pub fn sync(&self, journey: &Journey) {
        sync_list::<Persona>(self, journey);
        sync_list::<Kpi>(self, journey);
        sync_list::<Insight>(self, journey);
        sync_list::<Loop>(self, journey);
        sync_list::<Stakeholder>(self, journey);
        sync_list::<Touchpoint>(self, journey);
    }
}

impl Default for Items {
    fn default() -> Self {
        Self::new()
    }
}

fn sync_list<T: Viewed>(items: &Items, journey: &Journey) {
    T::view_in(items).sync_from(
        T::all(journey).iter().map(|item| (item.id_of(), item)),
        |held, item| held == *item,
        |item| item.clone(),
    );
}

/// `Viewed` for a list whose items have an `id` field, and `Replaced` by the edit given.
macro_rules! viewed {
    ($item:ty, $id:ty, $list:ident) => {
        impl Viewed for $item {
            type Id = $id;
            fn id_of(&self) -> $id {
                self.id
            }
            fn all(journey: &Journey) -> &[Self] {
                &journey.$list
            }
            fn view_in(items: &Items) -> Keyed<$id, Self> {
                items.$list
            }
        }
    };
    ($item:ty, $id:ty, $list:ident, $replacing:expr) => {
        viewed!($item, $id, $list);
        impl Replaced for $item {
            fn replacing(self) -> Edit {
                $replacing(self)
            }
        }
    };
}

viewed!(Persona, PersonaId, personas, |p| Edit::Persona(
    ListEdit::Set(p)
));
viewed!(Kpi, KpiId, kpis, |k| Edit::Kpi(ListEdit::Set(k)));
viewed!(Insight, InsightId, insights, |i| Edit::Insight(
    ListEdit::Set(i)
));
viewed!(Loop, LoopId, loops, |l| Edit::Loop(ListEdit::Set(l)));
viewed!(
    Stakeholder,
    StakeholderId,
    stakeholders,
    Edit::SetStakeholder
);
// A touchpoint changes through several named edits (rename, move, effects...), never whole.
viewed!(Touchpoint, TouchpointId, touchpoints);
