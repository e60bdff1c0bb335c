//! Decimal numbers in text that people type or files bring, read by serde_json's exact float
//! reader. Documents need that reader anyway; `str::parse::<f64>` would link core's own as
//! well, 15 KB of gzip in the wasm (most of it tables) for a second way to do the same thing.

/// `text` as a finite number, in the grammar of Rust's `f64::from_str` without its words
/// (`inf`, `NaN`): an optional sign, digits with an optional point and digits on at least one
/// side of it, then an optional exponent (`-1.5`, `+.5`, `3.`, `2E-3`). `None` for anything
/// else, and for a number too large for an `f64` (which Rust would read as infinite). Where
/// both read a number, it has the same bits.
pub fn read_decimal(text: &str) -> Option<f64> {
    let (negative, rest) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(at) => (&rest[..at], Some(&rest[at + 1..])),
        None => (rest, None),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !digits(whole) || !digits(fraction) {
        return None;
    }
    // JSON's grammar is narrower: one leading zero at most, digits on both sides of a point,
    // no plus sign before the number.
    let mut json = String::with_capacity(text.len() + 2);
    if negative {
        json.push('-');
    }
    match whole.trim_start_matches('0') {
        "" => json.push('0'),
        significant => json.push_str(significant),
    }
    if !fraction.is_empty() {
        json.push('.');
        json.push_str(fraction);
    }
    if let Some(exponent) = exponent {
        let unsigned = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
        if unsigned.is_empty() || !digits(unsigned) {
            return None;
        }
        json.push('e');
        json.push_str(exponent);
    }
    serde_json::from_str::<f64>(&json)
        .ok()
        .filter(|value| value.is_finite())
}

#[cfg(test)]
mod tests {
    use super::read_decimal;

    #[test]
    fn reads_what_people_write() {
        assert_eq!(read_decimal("0.5"), Some(0.5));
        assert_eq!(read_decimal(".5"), Some(0.5));
        assert_eq!(read_decimal("5."), Some(5.0));
        assert_eq!(read_decimal("+3"), Some(3.0));
        assert_eq!(read_decimal("-007.25"), Some(-7.25));
        assert_eq!(read_decimal("1.5E+3"), Some(1500.0));
        assert_eq!(read_decimal("2e-3"), Some(0.002));
        assert_eq!(
            read_decimal("-0").map(f64::to_bits),
            Some((-0.0f64).to_bits())
        );
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        for text in [
            "", "-", "+", ".", "-.", "e5", ".e5", "1e", "1e+", "1.2.3", "1,5", " 1", "1 ", "inf",
            "NaN", "--1", "+-1", "1e5.5", "0x10", "1e400", "-1e400",
        ] {
            assert_eq!(read_decimal(text), None, "{text:?}");
        }
    }
}
