//! Every refusal says what happened. Eleven of the engine's thirteen refusals used to read
//! "This item no longer exists.", whether a step was gone, an id was taken or a step was
//! moved before itself; each now has words of its own.
#![cfg(target_arch = "wasm32")]

use std::collections::HashSet;

use sightline::strings::{Language, Strings};
use sightline_engine::{
    EditError, KpiId, LoopId, Place, Problem, StakeholderId, StepId, TouchpointId,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The English table: the figures below are its words (every language is held distinct
/// natively, in `crates/strings/tests/refusals.rs`).
fn strings() -> &'static Strings {
    Language::En.strings()
}

#[wasm_bindgen_test]
fn each_refusal_has_a_message_of_its_own() {
    let touchpoint = TouchpointId(3);
    let refusals = [
        EditError::NoSuchStep(StepId(2)),
        EditError::NoSuchTouchpoint(touchpoint),
        EditError::DuplicateTouchpoint(touchpoint),
        EditError::NoSuchStakeholder(StakeholderId(1)),
        EditError::DuplicateStakeholder(StakeholderId(1)),
        EditError::NoSuchEffect(touchpoint, 1),
        EditError::NotInCell(touchpoint),
        EditError::NoSuchItem(Place::Kpi(KpiId(4))),
        EditError::DuplicateItem(Place::Kpi(KpiId(4))),
        EditError::DuplicateStep(StepId(2)),
        EditError::BeforeItself(StepId(2)),
        EditError::LastStep,
        EditError::Invalid(vec![Problem::BadJourneyLink(touchpoint)]),
    ];
    let messages: Vec<String> = refusals
        .iter()
        .map(|refusal| (strings().edit_refused)(refusal))
        .collect();
    let distinct: HashSet<&String> = messages.iter().collect();
    assert_eq!(distinct.len(), refusals.len(), "{messages:#?}");
    assert!(messages.iter().all(|m| !m.is_empty()));
    assert_eq!(
        messages[5],
        "Effect 2 of this touchpoint has been removed, so nothing changed."
    );
    assert_eq!(
        messages[7],
        "This KPI has been removed, so nothing changed."
    );
    let other_list = (strings().edit_refused)(&EditError::NoSuchItem(Place::Loop(LoopId(1))));
    assert_ne!(
        other_list, messages[7],
        "each list names its own kind of item"
    );
}
