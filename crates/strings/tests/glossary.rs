//! Each language's glossary names the seven steps and the roles exactly as its table does, so
//! that a reviewer reading the glossary reads what the app shows.

use sightline_engine::{Role, Stage};
use sightline_strings::Language;

fn glossary(language: Language) -> String {
    let path = format!(
        "{}/glossary/{}.md",
        env!("CARGO_MANIFEST_DIR"),
        language.code()
    );
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

#[test]
fn every_glossary_names_the_steps_and_roles_of_its_table() {
    for language in Language::ALL {
        let text = glossary(language);
        let s = language.strings();
        // "Other" is a catch-all, not a domain term.
        let roles = Role::ALL.into_iter().filter(|r| *r != Role::Other);
        let roles = roles.map(|r| s.role(r));
        let stages = Stage::ALL.map(|stage| s.stage(stage));
        for term in stages.into_iter().chain(roles) {
            // A cell holding the term, alone or before its explanation in brackets.
            let named = [" |", " (", "(", "\u{ff08}"]
                .iter()
                .any(|after| text.contains(&format!("| {term}{after}")));
            assert!(named, "{}.md does not name {term}", language.code());
        }
    }
}
