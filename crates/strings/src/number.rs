//! Numbers as each language writes them, and read back from what the user types.

/// A number rounded to two decimals, without trailing zeros, with `separator` before the
/// decimals (a point in English and Chinese, a comma in French and Russian). No grouping of
/// thousands: a figure typed back into a field must read as the same number.
pub fn decimal(value: f64, separator: char) -> String {
    // The English rounding, shared with the command line; only the separator differs.
    let text = sightline_english::number(value);
    if separator == '.' {
        text
    } else {
        text.replace('.', &separator.to_string())
    }
}

/// A number typed by the user, in any of the app's languages: a decimal point or comma, spaces
/// (ordinary, no-break and narrow no-break, as French groups thousands) ignored. `None` when it
/// is not a number; an empty text is `Some(None)`.
pub fn parse(text: &str) -> Option<Option<f64>> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    if cleaned.is_empty() {
        return Some(None);
    }
    sightline_document::read_decimal(&cleaned).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_the_separator_of_the_language() {
        assert_eq!(decimal(0.5, '.'), "0.5");
        assert_eq!(decimal(0.5, ','), "0,5");
        assert_eq!(decimal(-0.001, ','), "0");
        assert_eq!(decimal(12.0, ','), "12");
        assert_eq!(decimal(1234.567, '.'), "1234.57");
    }

    #[test]
    fn reads_a_point_or_a_comma() {
        assert_eq!(parse("0,5"), Some(Some(0.5)));
        assert_eq!(parse(" 0.5 "), Some(Some(0.5)));
        assert_eq!(parse("1\u{202f}200,25"), Some(Some(1200.25)));
        assert_eq!(parse(""), Some(None));
        assert_eq!(parse("abc"), None);
        assert_eq!(parse("inf"), None);
        assert_eq!(
            parse("1e400"),
            None,
            "a figure too large for a number is not infinite"
        );
        assert_eq!(parse("1,2,3"), None);
    }

    #[test]
    fn what_is_written_reads_back() {
        for separator in ['.', ','] {
            for value in [0.0, 0.25, -3.5, 10.0, 99.99] {
                assert_eq!(parse(&decimal(value, separator)), Some(Some(value)));
            }
        }
    }
}
