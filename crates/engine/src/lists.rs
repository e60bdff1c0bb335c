//! The journey's lists of annotations (personas, KPIs, pain points and opportunities,
//! loops): every one is added, replaced and removed the same way, by id, so one
//! implementation serves them all and undo treats them alike.

use crate::edit::EditError;
use crate::ids::{fresh_id, InsightId, KpiId, LoopId, PersonaId};
use crate::insight::Insight;
use crate::kpi::Kpi;
use crate::loops::Loop;
use crate::model::Journey;
use crate::persona::Persona;
use crate::undo::{remove_where, Change, Rows};
use crate::validate::{Checked, Known, Place};

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

/// An item of one of the journey's annotation lists.
pub trait Item: Sized {
    /// The type of its id.
    type Id: Copy + Eq + std::hash::Hash;
    /// Its id.
    fn id(&self) -> Self::Id;
    /// The id made of a number.
    fn id_from(raw: u32) -> Self::Id;
    /// The number in an id.
    fn raw(id: Self::Id) -> u32;
    /// The journey's list of such items.
    fn items(journey: &Journey) -> &[Self];
    /// Where an item with this id lives, to name it in problems and errors.
    fn place(id: Self::Id) -> Place;
}

/// What the edits need beyond [`Item`]: writing the list and recording its undo.
pub(crate) trait Listed: Item + Checked {
    fn items_mut(journey: &mut Journey) -> &mut Vec<Self>;
    fn change(rows: Rows<Self>) -> Change;
}

impl Journey {
    /// An id no item of that list uses.
    pub fn next_id<T: Item>(&self) -> T::Id {
        T::id_from(fresh_id(
            T::items(self).iter().map(|item| T::raw(item.id())),
        ))
    }

    /// Apply an edit of one annotation list: items are checked against what they name
    /// before anything changes.
    pub(crate) fn apply_list<T: Listed>(
        &mut self,
        edit: ListEdit<T, T::Id>,
    ) -> Result<Change, EditError> {
        let position = |journey: &Journey, id: T::Id| {
            T::items(journey).iter().position(|item| item.id() == id)
        };
        let check = |journey: &Journey, item: &T| {
            let mut problems = Vec::new();
            item.check(&Known::of(journey), &mut problems);
            if problems.is_empty() {
                Ok(())
            } else {
                Err(EditError::Invalid(problems))
            }
        };
        let rows = match edit {
            ListEdit::Add(item) => {
                if position(self, item.id()).is_some() {
                    return Err(EditError::DuplicateItem(T::place(item.id())));
                }
                check(self, &item)?;
                let items = T::items_mut(self);
                items.push(item);
                Rows::Remove(vec![items.len() - 1])
            }
            ListEdit::Set(item) => {
                let at = position(self, item.id())
                    .ok_or_else(|| EditError::NoSuchItem(T::place(item.id())))?;
                check(self, &item)?;
                Rows::Replace(at, std::mem::replace(&mut T::items_mut(self)[at], item))
            }
            ListEdit::Remove(id) => {
                let removed = remove_where(T::items_mut(self), |item| item.id() == id);
                if removed.is_empty() {
                    return Err(EditError::NoSuchItem(T::place(id)));
                }
                removed
            }
        };
        Ok(T::change(rows))
    }
}

/// Implements [`Item`] and [`Listed`] for one annotation type.
macro_rules! listed {
    ($item:ty, $id:ident, $field:ident, $change:ident, $place:ident) => {
        impl Item for $item {
            type Id = $id;
            fn id(&self) -> $id {
                self.id
            }
            fn id_from(raw: u32) -> $id {
                $id(raw)
            }
            fn raw(id: $id) -> u32 {
                id.0
            }
            fn items(journey: &Journey) -> &[Self] {
                &journey.$field
            }
            fn place(id: $id) -> Place {
                Place::$place(id)
            }
        }

        impl Listed for $item {
            fn items_mut(journey: &mut Journey) -> &mut Vec<Self> {
                &mut journey.$field
            }
            fn change(rows: Rows<Self>) -> Change {
                Change::$change(rows)
            }
        }
    };
}

listed!(Persona, PersonaId, personas, Personas, Persona);
listed!(Kpi, KpiId, kpis, Kpis, Kpi);
listed!(Insight, InsightId, insights, Insights, Insight);
listed!(Loop, LoopId, loops, Loops, Loop);
