//! Every language has every text, written in that language, not much longer than English.

#[path = "support/texts.rs"]
mod texts;

use sightline_strings::Language;
use texts::texts;

/// Texts that are rightly the same in a language as in English: names, symbols, acronyms,
/// figures, and words French shares with English. Anything else equal to English is a text
/// left untranslated.
fn same_as_english(language: Language, name: &str) -> bool {
    let everywhere = [
        "app_name",
        "add_symbol",
        "link_symbol",
        "moment_of_truth_symbol",
        "step_value",
        "persona_stakeholder",
        "on_touchpoint",
        "loop_chip",
        "measure(Csat)",
        "measure(Ces)",
        "measure(Nps)",
        "recovered_item(0)",
        "card_insights(0,0)",
        "chart.number",
        "chart.figure",
        "shortcut_line(Undo)",
        "shortcut_line(Redo)",
        "shortcut_line(ToggleHelp)",
        "kpi_missed",
        "kpis",
        // Only the names it is given, and the punctuation around them.
        "experience.who",
        "experience.who alone",
        // A version's name and date, and the symbols of the change in value and leakage.
        "compare.version",
    ];
    let per_language: &[&str] = match language {
        Language::En => return true,
        // The keys of a keyboard keep their English names in Russian and Chinese, and Chinese
        // writes a figure and its unit as English does.
        Language::Zh => &[
            "shortcut_line(Activate)",
            "shortcut_line(Delete)",
            "shortcut_line(Close)",
            "shortcut_line(NextControl)",
            "with_unit",
            // Chinese quotes a name with the marks English uses.
            "compare.quoted",
        ],
        Language::Ru => &[
            "shortcut_line(Activate)",
            "shortcut_line(Delete)",
            "shortcut_line(Close)",
            "shortcut_line(NextControl)",
        ],
        Language::Fr => &[
            "workspace.menu",
            "workspace.name(Compare)",
            "workspace.zoom",
            "channel_name(Email)",
            "channel_name(Web)",
            "channel_name(Document)",
            "sides",
            "role_name(Sponsor)",
            "aspect",
            "total",
            "step_options",
            "personas",
            "persona_of",
            "persona_field(Description)",
            "insight_field(Description)",
            "amount(Impact)",
            "chart.influence_axis",
            "stakeholder_columns[3]",
            "stakeholder_field(Influence)",
            "map_step",
            "kpi_columns",
            "remove_kpi",
            "insight_field(Effort)",
            "card_insight_mark(Opportunity)",
            "field_name(Influence)",
            "field_name(Effort)",
            "field_name(Participants)",
            "field_name(Impact)",
            "lost(Personas",
        ],
    };
    everywhere.iter().chain(per_language).any(|allowed| {
        // A field alone, with any arguments, or (a call's first argument named) any others.
        name == *allowed
            || name.starts_with(&format!("{allowed}("))
            || name.starts_with(&format!("{allowed},"))
    })
}

#[test]
fn every_language_lists_the_same_texts() {
    let english = texts(Language::En.strings());
    for language in Language::ALL {
        let table = texts(language.strings());
        let names: Vec<_> = table.0.iter().map(|(name, _)| name).collect();
        let expected: Vec<_> = english.0.iter().map(|(name, _)| name).collect();
        assert_eq!(names, expected, "{language:?}");
        assert_eq!(language.strings().language, language);
    }
    assert!(
        english.0.len() > 500,
        "only {} texts listed",
        english.0.len()
    );
}

#[test]
fn every_text_is_written() {
    let english = texts(Language::En.strings());
    for language in Language::ALL {
        let table = texts(language.strings());
        for ((name, text), (_, reference)) in table.0.iter().zip(&english.0) {
            // A card with no pain points nor opportunities says nothing, in every language.
            let may_be_empty = reference.is_empty();
            assert!(
                may_be_empty || !text.trim().is_empty(),
                "{language:?}: {name} is empty"
            );
            assert_eq!(
                text.trim(),
                text,
                "{language:?}: {name} has spaces at an end"
            );
        }
    }
}

/// The texts of each translation, beside English, that `wrong` finds fault with, as
/// "name: text / English" lines.
fn faults(wrong: impl Fn(Language, &str, &str, &str) -> bool) -> Vec<String> {
    let english = texts(Language::En.strings());
    let mut found = Vec::new();
    for language in [Language::Fr, Language::Ru, Language::Zh] {
        let table = texts(language.strings());
        for ((name, text), (_, reference)) in table.0.iter().zip(&english.0) {
            if wrong(language, name, text, reference) {
                found.push(format!("{language:?} {name}: {text} / {reference}"));
            }
        }
    }
    found
}

#[test]
fn translations_are_not_english() {
    let untranslated = faults(|language, name, text, reference| {
        text == reference && !reference.is_empty() && !same_as_english(language, name)
    });
    assert!(untranslated.is_empty(), "English texts: {untranslated:#?}");
}

#[test]
fn translations_are_not_much_longer_than_english() {
    let too_long = faults(|_, _, text, reference| {
        let (length, english) = (text.chars().count(), reference.chars().count());
        // Controls are laid out for English: a short label may grow by a few words (a
        // role's full name), a longer text by two thirds, as French usually does.
        length > english * 5 / 3 + 16
    });
    assert!(too_long.is_empty(), "{too_long:#?}");
}

#[test]
fn french_and_russian_quote_with_guillemets_and_chinese_with_its_own_marks() {
    for language in [Language::Fr, Language::Ru, Language::Zh] {
        for (name, text) in texts(language.strings()).0 {
            if language != Language::Zh {
                assert!(!text.contains(['\u{201c}', '\u{201d}']), "{name}: {text}");
            }
            assert!(!text.contains('"'), "{language:?}: {name}: {text}");
        }
    }
    for (name, text) in texts(Language::Zh.strings()).0 {
        // Chinese punctuation is full width: no ", " or ": " right after a Chinese character.
        let chars: Vec<char> = text.chars().collect();
        for pair in chars.windows(2) {
            let chinese = ('\u{4e00}'..='\u{9fff}').contains(&pair[0]);
            assert!(
                !(chinese && matches!(pair[1], ',' | ':' | ';' | '(' | ')')),
                "{name}: {text}"
            );
        }
    }
}
