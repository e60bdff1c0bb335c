//! The journey's lists of annotations (personas, KPIs, pain points and opportunities,
//! loops): every one is added, replaced and removed the same way, by id, so one
//! implementation serves them all and undo treats them alike.

use crate::error::EditError;
use crate::insight::Insight;
use crate::item::{Item, ListEdit};
use crate::kpi::Kpi;
use crate::loops::Loop;
use crate::model::Journey;
use crate::persona::Persona;
use crate::undo::{remove_where, Change, Rows};
use crate::validate::{Checked, Known};

/// What the edits need beyond [`Item`]: writing the list and recording its undo.
pub(crate) trait Listed: Item + Checked {
    fn items_mut(journey: &mut Journey) -> &mut Vec<Self>;
    fn change(rows: Rows<Self>) -> Change;
}

impl Journey {
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

/// Implements [`Listed`] for one annotation type.
macro_rules! listed {
    ($item:ty, $field:ident, $change:ident) => {
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

listed!(Persona, personas, Personas);
listed!(Kpi, kpis, Kpis);
listed!(Insight, insights, Insights);
listed!(Loop, loops, Loops);
