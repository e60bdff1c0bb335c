//! Numbers in the link's payload: unsigned varints, and floats as short decimals.
//!
//! The numbers people type are short decimals (`0.2`, `10`, `1.5`), but an `f64` spends
//! eight opaque bytes on each. A float is written as the shortest decimal that reads back to
//! the very same bits, `digits × 10^exponent`, packed in one varint with the sign and the
//! exponent: `0.2` and `10` take one byte. Anything else (NaN, infinities, far exponents,
//! 17-digit values such as `0.1 + 0.2`) is written as its raw bits behind an escape, so every
//! `f64` round-trips.

/// Exponents written inline, `-10..=4`, as `code − 11` with codes `1..=15`; code 0 escapes.
const FIRST_EXPONENT: i32 = -10;
const LAST_EXPONENT: i32 = 4;
const EXPONENT_BITS: u32 = 4;

/// Append `value` as a LEB128 varint: seven bits a byte, low bits first.
pub(crate) fn put_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// Map a signed number to an unsigned one with small magnitudes staying small.
pub(crate) fn zigzag(value: i64) -> u64 {
    ((value << 1) ^ (value >> 63)) as u64
}

/// The inverse of [`zigzag`].
pub(crate) fn unzigzag(value: u64) -> i64 {
    ((value >> 1) as i64) ^ -((value & 1) as i64)
}

/// The shortest decimal that reads back as `value`: (negative, digits, exponent).
fn shortest_decimal(value: f64) -> Option<(bool, u64, i32)> {
    if !value.is_finite() {
        return None;
    }
    // Prints the shortest round-tripping decimal, such as `-1.25e-3`, `0.1` or `1e12`;
    // serde_json already ships this printer, where `{:e}` would add core's own.
    let mut buffer = zmij::Buffer::new();
    let text = buffer.format_finite(value);
    let (mantissa, exponent) = text.split_once(['e', 'E']).unwrap_or((text, "0"));
    let (negative, mantissa) = match mantissa.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, mantissa),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut digits = format!("{whole}{fraction}").parse::<u64>().ok()?;
    let exponent = exponent.strip_prefix('+').unwrap_or(exponent);
    let mut exponent = exponent.parse::<i32>().ok()? - i32::try_from(fraction.len()).ok()?;
    // `1.0` and `1e1` are one number each: keep the spelling without trailing zeros.
    while digits != 0 && digits % 10 == 0 {
        digits /= 10;
        exponent += 1;
    }
    if digits == 0 {
        exponent = 0;
    }
    Some((negative, digits, exponent))
}

/// Powers of ten that are exact in an `f64`, for the exponents written inline.
const POWERS_OF_TEN: [f64; 11] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];

/// Largest digits an `f64` holds exactly.
const EXACT_DIGITS: u64 = 1 << 53;

/// The float `digits × 10^exponent`, negated if asked. With exact digits and an exact power
/// of ten, one multiplication or division is correctly rounded, so this is the float the
/// decimal names (Clinger's fast path) without a general decimal parser in the bundle.
fn from_decimal(negative: bool, digits: u64, exponent: i32) -> Option<f64> {
    if digits > EXACT_DIGITS {
        return None;
    }
    let power = *POWERS_OF_TEN.get(usize::try_from(exponent.unsigned_abs()).ok()?)?;
    // Exact: `digits` has at most 53 significant bits.
    let digits = digits as f64;
    let magnitude = if exponent < 0 {
        digits / power
    } else {
        digits * power
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// Append a float, as a short decimal when that reads back to the same bits.
pub(crate) fn put_float(out: &mut Vec<u8>, value: f64) {
    let inline = shortest_decimal(value).and_then(|(negative, digits, exponent)| {
        let code = exponent - FIRST_EXPONENT + 1;
        let fits = (FIRST_EXPONENT..=LAST_EXPONENT).contains(&exponent);
        let same = from_decimal(negative, digits, exponent)
            .is_some_and(|back| back.to_bits() == value.to_bits());
        (fits && same).then(|| ((digits << 1 | u64::from(negative)) << EXPONENT_BITS) | code as u64)
    });
    match inline {
        Some(packed) => put_varint(out, packed),
        None => {
            out.push(0);
            out.extend_from_slice(&value.to_bits().to_le_bytes());
        }
    }
}

/// Reads the numbers of a payload, refusing anything [`put_varint`] and [`put_float`] would
/// not have written in full.
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
}

/// The payload ended early or holds a number no writer produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Malformed;

impl<'a> Reader<'a> {
    /// A reader at the start of `bytes`.
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes }
    }

    /// How many bytes are left; every item takes at least one, which bounds any count.
    pub(crate) fn remaining(&self) -> usize {
        self.bytes.len()
    }

    /// The next `n` bytes.
    pub(crate) fn take(&mut self, n: usize) -> Result<&'a [u8], Malformed> {
        if n > self.bytes.len() {
            return Err(Malformed);
        }
        let (taken, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Ok(taken)
    }

    /// The next byte.
    pub(crate) fn byte(&mut self) -> Result<u8, Malformed> {
        let (&first, rest) = self.bytes.split_first().ok_or(Malformed)?;
        self.bytes = rest;
        Ok(first)
    }

    /// The next varint; at most ten bytes and no bits beyond 64.
    pub(crate) fn varint(&mut self) -> Result<u64, Malformed> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            let bits = u64::from(byte & 0x7f);
            if shift == 63 && bits > 1 {
                return Err(Malformed);
            }
            value |= bits << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(Malformed)
    }

    /// The next float.
    pub(crate) fn float(&mut self) -> Result<f64, Malformed> {
        let packed = self.varint()?;
        let code = (packed & ((1 << EXPONENT_BITS) - 1)) as i32;
        if code == 0 {
            if packed != 0 {
                return Err(Malformed);
            }
            let raw: [u8; 8] = self.take(8)?.try_into().map_err(|_| Malformed)?;
            return Ok(f64::from_bits(u64::from_le_bytes(raw)));
        }
        let negative = (packed >> EXPONENT_BITS) & 1 == 1;
        let digits = packed >> (EXPONENT_BITS + 1);
        from_decimal(negative, digits, code - 1 + FIRST_EXPONENT).ok_or(Malformed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(value: f64) -> Vec<u8> {
        let mut out = Vec::new();
        put_float(&mut out, value);
        out
    }

    #[test]
    fn shortest_decimals_are_digits_and_exponent() {
        for (value, decimal) in [
            (0.1, (false, 1, -1)),
            (1e-9, (false, 1, -9)),
            (1e12, (false, 1, 12)),
            (-0.0, (true, 0, 0)),
            (0.0, (false, 0, 0)),
            (120.0, (false, 12, 1)),
            (-2.5, (true, 25, -1)),
            (1.5e300, (false, 15, 299)),
        ] {
            assert_eq!(shortest_decimal(value), Some(decimal), "{value}");
        }
        assert_eq!(shortest_decimal(f64::NAN), None);
    }

    #[test]
    fn typed_numbers_take_one_or_two_bytes() {
        for (value, len) in [(0.0, 1), (0.2, 1), (10.0, 1), (1.0, 1), (8.0, 2), (0.25, 2)] {
            assert_eq!(written(value).len(), len, "{value}");
        }
    }

    #[test]
    fn every_kind_of_float_reads_back_to_the_same_bits() {
        for value in [
            0.0,
            -0.0,
            0.1,
            1e-9,
            1e12,
            -2.5,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            48.999_999_999_999_99,
        ] {
            let bytes = written(value);
            let back = Reader::new(&bytes).float().expect("reads back");
            assert_eq!(back.to_bits(), value.to_bits(), "{value}");
        }
    }

    #[test]
    fn varints_refuse_overflow_and_running_out() {
        let mut out = Vec::new();
        put_varint(&mut out, u64::MAX);
        assert_eq!(Reader::new(&out).varint(), Ok(u64::MAX));
        assert_eq!(Reader::new(&out[..9]).varint(), Err(Malformed));
        assert_eq!(Reader::new(&[0xff; 10]).varint(), Err(Malformed));
        assert_eq!(Reader::new(&[0xff; 11]).varint(), Err(Malformed));
        assert_eq!(zigzag(-1), 1);
        assert_eq!(unzigzag(zigzag(i64::MIN)), i64::MIN);
    }
}
