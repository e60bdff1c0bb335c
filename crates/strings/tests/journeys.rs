//! The sample and the templates in every language: the same figures, ids and structure as
//! the English ones, sound, and every text written in that language.

use sightline_engine::{evaluate, journey_from, Journey, Problem, Template};
use sightline_english::sample_journey;
use sightline_strings::Language;

/// The templates with words of their own; the blank one has none.
const WORDED: [Template; 3] = [
    Template::B2bServicePurchase,
    Template::IncidentResolution,
    Template::SaasOnboarding,
];

/// Every text of a journey that a template's words give, in a fixed order.
fn texts(journey: &Journey) -> Vec<&str> {
    let mut texts = vec![journey.name.as_str()];
    texts.extend(
        journey
            .steps
            .iter()
            .filter_map(|s| s.custom_name.as_deref()),
    );
    texts.extend(journey.stakeholders.iter().map(|s| s.name.as_str()));
    texts.extend(journey.touchpoints.iter().map(|t| t.name.as_str()));
    for p in &journey.personas {
        texts.extend([&p.name, &p.job, &p.goals, &p.description].map(String::as_str));
    }
    for kpi in &journey.kpis {
        texts.extend(kpi.label.as_deref());
        texts.push(kpi.unit.as_str());
    }
    texts.extend(journey.insights.iter().map(|i| i.text.as_str()));
    texts.extend(journey.loops.iter().map(|l| l.label.as_str()));
    texts
}

/// The journey with every text of [`texts`] emptied: what must not depend on the language.
fn without_words(mut journey: Journey) -> Journey {
    journey.name.clear();
    for step in &mut journey.steps {
        step.custom_name = step.custom_name.as_ref().map(|_| String::new());
    }
    journey.stakeholders.iter_mut().for_each(|s| s.name.clear());
    journey.touchpoints.iter_mut().for_each(|t| t.name.clear());
    for p in &mut journey.personas {
        for text in [&mut p.name, &mut p.job, &mut p.goals, &mut p.description] {
            text.clear();
        }
    }
    for kpi in &mut journey.kpis {
        kpi.label = kpi.label.as_ref().map(|_| String::new());
        kpi.unit.clear();
    }
    journey.insights.iter_mut().for_each(|i| i.text.clear());
    journey.loops.iter_mut().for_each(|l| l.label.clear());
    journey
}

/// English texts another language may keep: the empty description, units that are symbols,
/// and names that are the same in Latin script.
const SAME_AS_ENGLISH: [&str; 10] = [
    "", "/5", "/7", "k€", "%", "min", "h", "Karim", "Léa", "Martine",
];
/// Names a language written in Latin script keeps as they are.
const NAMES: [&str; 3] = ["Sam", "Priya", "Activation"];

fn english(template: Template) -> Journey {
    journey_from(template, &Language::En.strings().journey_texts())
}

#[test]
fn the_english_table_words_the_sample_as_the_engine_does() {
    assert_eq!(english(Template::B2bServicePurchase), sample_journey());
}

#[test]
fn every_language_builds_english_s_journeys_in_its_own_words() {
    for template in WORDED {
        let english = english(template);
        let english_texts = texts(&english);
        for language in Language::ALL {
            let journey = journey_from(template, &language.strings().journey_texts());
            let context = format!("{language:?} {template:?}");
            assert_eq!(journey.problems(), Vec::<Problem>::new(), "{context}");
            assert_eq!(evaluate(&journey), evaluate(&english), "{context}");
            assert_eq!(
                without_words(journey.clone()),
                without_words(english.clone()),
                "{context}: only the words differ"
            );
            if language == Language::En {
                continue;
            }
            let words = texts(&journey);
            for (word, english_word) in words.iter().zip(&english_texts) {
                if SAME_AS_ENGLISH.contains(english_word) {
                    continue;
                }
                assert!(!word.trim().is_empty(), "{context}: {english_word}");
                // The bound of the tables' own test: cards and fields are laid out for English.
                let (length, limit) = (word.chars().count(), english_word.chars().count());
                assert!(
                    length <= limit * 5 / 3 + 16,
                    "{context}: {word} is too long"
                );
                let kept = language == Language::Fr && NAMES.contains(english_word);
                if !kept {
                    assert_ne!(word, english_word, "{context} leaves it in English");
                }
            }
        }
    }
}
