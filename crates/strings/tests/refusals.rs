//! Every refusal says what happened, in every language: no two refusals share their words, so
//! a translation cannot fall back to one message for several (as "This item no longer exists."
//! once stood for eleven).

#[path = "support/texts.rs"]
#[allow(dead_code)]
mod texts;

use std::collections::HashSet;

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
