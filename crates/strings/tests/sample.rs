//! The sample journey in every language: the same figures as the English one, and every text
//! of it written in that language.

use sightline_engine::{evaluate, sample_journey, sample_journey_in, Journey};
use sightline_strings::Language;

/// Every text of a journey the sample's words give, in a fixed order.
fn texts(journey: &Journey) -> Vec<&str> {
    let mut texts = vec![journey.name.as_str()];
    texts.extend(journey.stakeholders.iter().map(|s| s.name.as_str()));
    texts.extend(journey.touchpoints.iter().map(|t| t.name.as_str()));
    for p in &journey.personas {
        texts.extend([&p.name, &p.job, &p.goals, &p.description].map(String::as_str));
    }
    texts.extend(journey.kpis.iter().map(|k| k.unit.as_str()));
    texts.extend(journey.insights.iter().map(|i| i.text.as_str()));
    texts.extend(journey.loops.iter().map(|l| l.label.as_str()));
    texts
}

/// English texts another language may keep: the personas' first names, the empty
/// description, and units that are symbols.
const SAME_AS_ENGLISH: [&str; 7] = ["Karim", "Léa", "Martine", "", "/5", "/7", "k€"];

#[test]
fn every_language_has_the_english_sample_s_figures_in_its_own_words() {
    let english = sample_journey();
    assert_eq!(
        sample_journey_in(Language::En.strings().sample),
        english,
        "the English table words the sample as the engine does"
    );
    let english_texts = texts(&english);
    for language in Language::ALL {
        let journey = sample_journey_in(language.strings().sample);
        assert_eq!(evaluate(&journey), evaluate(&english), "{language:?}");
        assert_eq!(journey.steps, english.steps, "{language:?}");
        let words = texts(&journey);
        assert_eq!(words.len(), english_texts.len(), "{language:?}");
        if language == Language::En {
            continue;
        }
        for (word, english_word) in words.iter().zip(&english_texts) {
            if SAME_AS_ENGLISH.contains(english_word) {
                continue;
            }
            assert!(!word.trim().is_empty(), "{language:?}: {english_word}");
            assert_ne!(word, english_word, "{language:?} leaves it in English");
        }
    }
}
