//! The CLDR plural rules of each language over the counts 0–200, and the texts that follow
//! them.

use sightline_strings::{Language, Plural};

/// A text that takes a count, by name.
type Counted<'a> = (&'static str, Box<dyn Fn(usize) -> String + 'a>);

/// The categories of 0–200 in a language, from the CLDR's own sample lists.
fn cldr(language: Language, n: u64) -> Plural {
    match language {
        Language::En => {
            if n == 1 {
                Plural::One
            } else {
                Plural::Other
            }
        }
        Language::Fr => {
            if n <= 1 {
                Plural::One
            } else {
                Plural::Other
            }
        }
        Language::Zh => Plural::Other,
        // CLDR: one 1, 21, 31, 41, 51, 61, 71, 81, 101, …; few 2~4, 22~24, 32~34, …;
        // many 0, 5~19, 100, 1000, …: written out over 0–200 rather than as the rule.
        Language::Ru => {
            let one = [
                1, 21, 31, 41, 51, 61, 71, 81, 91, 101, 121, 131, 141, 151, 161,
            ];
            let one_more = [171, 181, 191];
            let few_units = [2, 3, 4];
            let teens = 112..=114;
            if one.contains(&n) || one_more.contains(&n) {
                Plural::One
            } else if few_units.contains(&(n % 10))
                && !(12..=14).contains(&n)
                && !teens.contains(&n)
            {
                Plural::Few
            } else {
                Plural::Many
            }
        }
    }
}

#[test]
fn every_count_from_0_to_200_takes_its_cldr_category() {
    for language in Language::ALL {
        for n in 0..=200 {
            assert_eq!(language.plural(n), cldr(language, n), "{language:?} {n}");
        }
    }
}

#[test]
fn french_whole_millions_take_the_many_form() {
    assert_eq!(Language::Fr.plural(1_000_000), Plural::Many);
    assert_eq!(Language::Fr.plural(2_000_000), Plural::Many);
    assert_eq!(Language::Fr.plural(1_000_001), Plural::Other);
}

/// Russian step summaries, named in the issue: 1 точка, 3 точки, 5 точек.
#[test]
fn russian_step_summaries_decline_touchpoints() {
    let summary = Language::Ru.strings().step_summary;
    assert_eq!(summary(1, 1), "1 точка контакта, в зоне: 1");
    assert_eq!(summary(3, 2), "3 точки контакта, в зоне: 2");
    assert_eq!(summary(5, 0), "5 точек контакта, в зоне: 0");
    assert_eq!(summary(11, 0), "11 точек контакта, в зоне: 0");
    assert_eq!(summary(22, 0), "22 точки контакта, в зоне: 0");
}

/// A text that counts says the same words for every count of one category (over 2–200, with
/// the count itself taken out), and a step summary different words for each category.
#[test]
fn counted_texts_follow_the_plural_category() {
    for language in Language::ALL {
        let s = language.strings();
        let forms: [Counted; 4] = [
            ("step_summary", Box::new(|n| (s.step_summary)(n, 0))),
            ("recovered_item", Box::new(|n| (s.recovered_item)("key", n))),
            ("card_insights", Box::new(|n| (s.card_insights)(n, 0))),
            ("step_removed", Box::new(|n| (s.step_removed)("Step", n))),
        ];
        for (name, text) in &forms {
            let mut words = std::collections::HashMap::new();
            // 0 is said in words by some texts, and 1 with its own article in some
            // languages ("its touchpoint"): the rule is checked from 2 on.
            for n in 2..=200_usize {
                let without_count = text(n).replace(&n.to_string(), "#");
                let category = language.plural(n as u64);
                let seen = words
                    .entry(category)
                    .or_insert_with(|| without_count.clone());
                assert_eq!(*seen, without_count, "{language:?} {name} {n}");
            }
            // Each category has its own words, except where a case merges two (Russian
            // instrumental: с 3 точками, с 5 точками).
            let distinct: std::collections::HashSet<_> = words.values().collect();
            if *name == "step_summary" {
                assert_eq!(
                    distinct.len(),
                    words.len(),
                    "{language:?} {name}: {words:?}"
                );
            }
        }
    }
}
