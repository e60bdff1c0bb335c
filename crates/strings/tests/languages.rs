//! Which language a browser gets, how each language is named and how it writes numbers.

use sightline_strings::{number, Language};

#[test]
fn the_browser_language_decides_on_a_first_visit() {
    let cases = [
        (&["fr-CA"][..], Language::Fr),
        (&["fr-FR", "en"][..], Language::Fr),
        (&["ru-RU"][..], Language::Ru),
        (&["zh-TW"][..], Language::Zh),
        (&["zh-Hans-CN"][..], Language::Zh),
        (&["zh_CN"][..], Language::Zh),
        (&["en-US", "fr"][..], Language::En),
        (&["de-DE", "ru"][..], Language::Ru),
        (&["de-DE", "pt"][..], Language::En),
        (&["FR"][..], Language::Fr),
        (&[""][..], Language::En),
        (&[][..], Language::En),
    ];
    for (tags, expected) in cases {
        assert_eq!(
            Language::from_preferences(tags.iter().copied()),
            expected,
            "{tags:?}"
        );
    }
}

#[test]
fn codes_read_back_and_nothing_else_reads() {
    for language in Language::ALL {
        assert_eq!(Language::from_code(language.code()), Some(language));
    }
    assert_eq!(Language::from_code("fr-FR"), None);
    assert_eq!(Language::from_code("de"), None);
    assert_eq!(Language::from_code(""), None);
}

#[test]
fn each_language_is_named_in_itself() {
    let names: Vec<_> = Language::ALL.iter().map(|l| l.native_name()).collect();
    assert_eq!(names, ["English", "Français", "Русский", "中文"]);
}

#[test]
fn french_and_russian_write_a_decimal_comma() {
    for (language, half) in [
        (Language::En, "0.5"),
        (Language::Fr, "0,5"),
        (Language::Ru, "0,5"),
        (Language::Zh, "0.5"),
    ] {
        let s = language.strings();
        assert_eq!(s.number(0.5), half, "{language:?}");
        assert_eq!(s.number(3.0), "3", "{language:?}");
    }
}

#[test]
fn a_number_written_in_any_language_reads_back() {
    for language in Language::ALL {
        let s = language.strings();
        for eighths in -200..=200 {
            let value = f64::from(eighths) / 8.0;
            let written = s.number(value);
            let read = number::parse(&written).flatten().unwrap_or(f64::NAN);
            // Written to two decimals: an eighth rounds by at most half a hundredth.
            assert!(
                (read - value).abs() <= 0.005 + 1e-9,
                "{language:?}: {written}"
            );
        }
    }
}
