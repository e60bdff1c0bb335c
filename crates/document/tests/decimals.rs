//! `read_decimal` reads a number exactly as Rust's own `f64::from_str` (the reference here)
//! does, finite numbers only: figures typed in a field, scores in imported files.

use proptest::prelude::*;
use sightline_document::read_decimal;

/// What the reference reads from `text`, as bits, when it is a finite number.
fn reference(text: &str) -> Option<u64> {
    text.parse::<f64>()
        .ok()
        .filter(|value| value.is_finite())
        .map(f64::to_bits)
}

fn same_as_reference(text: &str) -> Result<(), TestCaseError> {
    prop_assert_eq!(
        read_decimal(text).map(f64::to_bits),
        reference(text),
        "{:?}",
        text
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    /// Numbers as people and spreadsheets write them: signs, leading zeros, a point with
    /// digits on one side only, long mantissas (past what an f64 holds), any exponent.
    #[test]
    fn a_written_number_reads_as_rust_reads_it(
        text in r"[+-]?[0-9]{0,30}(\.[0-9]{0,30})?([eE][+-]?[0-9]{1,4})?"
    ) {
        same_as_reference(&text)?;
    }

    /// Any f64 printed in Rust's three ways reads back to its bits.
    #[test]
    fn a_printed_float_reads_back(bits in any::<u64>()) {
        let value = f64::from_bits(bits);
        for text in [format!("{value}"), format!("{value:e}"), format!("{value:?}")] {
            same_as_reference(&text)?;
        }
    }

    /// Near misses of the grammar, and text of any kind: never a number the reference would
    /// not read, never a different one.
    #[test]
    fn anything_else_reads_as_the_reference_or_not_at_all(
        near in r"[0-9.eE+\- ]{0,12}",
        any_text in r"\PC{0,12}",
    ) {
        same_as_reference(&near)?;
        same_as_reference(&any_text)?;
    }
}

#[test]
fn the_edges_of_the_range() {
    for text in [
        "1.7976931348623157e308",
        "2.2250738585072014e-308",
        "4.9e-324",
        "2.4703282292062327e-324",
        "2.4703282292062328e-324",
        "1e-400",
        "-1e-400",
        "0.1000000000000000055511151231257827021181583404541015625",
        "9007199254740993",
    ] {
        assert_eq!(
            read_decimal(text).map(f64::to_bits),
            reference(text),
            "{text}"
        );
    }
    assert_eq!(
        read_decimal("1.7976931348623159e308"),
        None,
        "past the largest f64"
    );
}
