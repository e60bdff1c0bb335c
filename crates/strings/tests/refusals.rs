//! Every refusal says what happened, in every language: no two refusals share their words, so
//! a translation cannot fall back to one message for several (as "This item no longer exists."
//! once stood for eleven).

#[path = "support/texts.rs"]
#[allow(dead_code)]
mod texts;

use std::collections::HashSet;

use sightline_engine::{EditError, KpiId, LoopId, Place, TouchpointId};
use sightline_strings::Language;

#[test]
fn each_refusal_has_words_of_its_own_in_every_language() {
    let refusals = texts::edit_errors();
    for language in Language::ALL {
        let s = language.strings();
        let messages: Vec<String> = refusals.iter().map(|e| (s.edit_refused)(e)).collect();
        let distinct: HashSet<&String> = messages.iter().collect();
        assert_eq!(
            distinct.len(),
            refusals.len(),
            "{language:?}: {messages:#?}"
        );
    }
}

/// The English words, as the refusals were first written (a second click on a removed
/// effect or KPI, say).
#[test]
fn english_refusals_name_what_was_removed() {
    let refused = Language::En.strings().edit_refused;
    assert_eq!(
        refused(&EditError::NoSuchEffect(TouchpointId(3), 1)),
        "Effect 2 of this touchpoint has been removed, so nothing changed."
    );
    let kpi = refused(&EditError::NoSuchItem(Place::Kpi(KpiId(4))));
    assert_eq!(kpi, "This KPI has been removed, so nothing changed.");
    let way_back = refused(&EditError::NoSuchItem(Place::Loop(LoopId(1))));
    assert_ne!(kpi, way_back, "each list names its own kind of item");
}
