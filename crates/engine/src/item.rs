//! The journey's lists of items found by id (steps, touchpoints, stakeholders and the
//! annotations), and the one way an annotation list is edited: the vocabulary that editing,
//! checking and allocating ids share.

use crate::ids::{
    fresh, Id, InsightId, KpiId, LoopId, PersonaId, StakeholderId, StepId, TouchpointId,
};
use crate::insight::Insight;
use crate::kpi::Kpi;
use crate::loops::Loop;
use crate::model::{Journey, Stakeholder, Step, Touchpoint};
use crate::persona::Persona;
use crate::problem::Place;

/// An edit of one of the journey's annotation lists.
#[derive(Debug, Clone, PartialEq)]
pub enum ListEdit<T, Id> {
    /// Put a new item at the end; take its id from [`Journey::next_id`].
    Add(T),
    /// Replace the item with the same id.
    Set(T),
    /// Remove the item with this id.
    Remove(Id),
}

/// An item of one of the journey's lists, found by its id.
pub trait Item: Sized {
    /// The type of its id.
    type Id: Id;
    /// Its id.
    fn id(&self) -> Self::Id;
    /// The journey's list of such items.
    fn items(journey: &Journey) -> &[Self];
    /// Where an item with this id lives, to name it in problems and errors.
    fn place(id: Self::Id) -> Place;
}

impl Journey {
    /// An id no item of that list uses: `journey.next_id::<Touchpoint>()` for a new
    /// touchpoint, and so on for every list. The one id allocator.
    pub fn next_id<T: Item>(&self) -> T::Id {
        fresh(T::items(self).iter().map(Item::id))
    }
}

/// Implements [`Item`] for one type held in a list of the journey.
macro_rules! item {
    ($item:ty, $id:ident, $field:ident, $place:ident) => {
        impl Item for $item {
            type Id = $id;
            fn id(&self) -> $id {
                self.id
            }
            fn items(journey: &Journey) -> &[Self] {
                &journey.$field
            }
            fn place(id: $id) -> Place {
                Place::$place(id)
            }
        }
    };
}

item!(Step, StepId, steps, Step);
item!(Touchpoint, TouchpointId, touchpoints, Touchpoint);
item!(Stakeholder, StakeholderId, stakeholders, Stakeholder);
item!(Persona, PersonaId, personas, Persona);
item!(Kpi, KpiId, kpis, Kpi);
item!(Insight, InsightId, insights, Insight);
item!(Loop, LoopId, loops, Loop);
