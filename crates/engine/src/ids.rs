//! The ids of a journey's items: small numbers, unique within one journey, stable across
//! renames and moves, so that references, undo steps and links survive every edit.

use serde::{Deserialize, Serialize};

/// Declares one id type: a `u32` that serialises as a bare number.
macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl Id for $name {
            fn from_raw(raw: u32) -> Self {
                $name(raw)
            }
            fn raw(self) -> u32 {
                self.0
            }
        }
    };
}

id_type!(
    /// Identifies a step within one journey; stable across renames and reorders.
    StepId
);
id_type!(
    /// Identifies a touchpoint within one journey.
    TouchpointId
);
id_type!(
    /// Identifies a stakeholder within one journey.
    StakeholderId
);
id_type!(
    /// Identifies a persona within one journey.
    PersonaId
);
id_type!(
    /// Identifies a key performance indicator within one journey.
    KpiId
);
id_type!(
    /// Identifies a pain point or opportunity within one journey.
    InsightId
);
id_type!(
    /// Identifies a loop (a way back to an earlier step) within one journey.
    LoopId
);

/// What every id is: a number, read and made back, so that one allocator serves them all.
pub trait Id: Copy + Eq + std::hash::Hash {
    /// The id made of a number.
    fn from_raw(raw: u32) -> Self;
    /// The number in the id.
    fn raw(self) -> u32;
}

/// An id above every one in use: ids are handed out as max + 1 and never reused while the
/// item holding them exists, which is all undo and links need.
pub(crate) fn fresh<I: Id>(ids: impl Iterator<Item = I>) -> I {
    I::from_raw(ids.map(I::raw).max().map_or(1, |max| max.saturating_add(1)))
}
