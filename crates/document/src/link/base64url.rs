//! Base64url without padding (RFC 4648 §5): the one alphabet that survives a URL fragment,
//! a chat message and a copy-paste unchanged.
//!
//! Decoding is strict: any other character, an impossible length or stray bits in the last
//! character are refused, so one byte sequence has exactly one spelling and a damaged link
//! cannot pass for a different one.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Spell bytes in base64url, four characters for every three bytes, without `=` padding.
pub(crate) fn encode(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let group = chunk.iter().enumerate().fold(0u32, |group, (i, &byte)| {
            group | u32::from(byte) << (16 - 8 * i)
        });
        // A chunk of n bytes needs n + 1 characters; the rest would only be padding.
        for i in 0..=chunk.len() {
            let sextet = (group >> (18 - 6 * i)) & 0x3f;
            text.push(char::from(ALPHABET[sextet as usize]));
        }
    }
    text
}

/// The value of one base64url character.
fn sextet(character: u8) -> Option<u32> {
    let value = match character {
        b'A'..=b'Z' => character - b'A',
        b'a'..=b'z' => character - b'a' + 26,
        b'0'..=b'9' => character - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(value.into())
}

/// Read base64url text back into bytes; `None` for anything [`encode`] would not have written.
pub(crate) fn decode(text: &str) -> Option<Vec<u8>> {
    let mut bytes = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.as_bytes().chunks(4) {
        // One character carries only six bits: never a whole byte.
        let byte_count = chunk.len().checked_sub(1).filter(|&n| n > 0)?;
        let mut group = 0u32;
        for (i, &character) in chunk.iter().enumerate() {
            group |= sextet(character)? << (18 - 6 * i);
        }
        let unused_bits = 24 - 8 * byte_count;
        if group & ((1 << unused_bits) - 1) != 0 {
            return None;
        }
        bytes.extend((0..byte_count).map(|i| (group >> (16 - 8 * i)) as u8));
    }
    Some(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_spellings_from_the_rfc() {
        for (bytes, text) in [
            (&b""[..], ""),
            (b"f", "Zg"),
            (b"fo", "Zm8"),
            (b"foo", "Zm9v"),
            (b"foob", "Zm9vYg"),
            (b"fooba", "Zm9vYmE"),
            (b"foobar", "Zm9vYmFy"),
            (&[0xfb, 0xff, 0xbf], "-_-_"),
        ] {
            assert_eq!(encode(bytes), text);
            assert_eq!(decode(text).as_deref(), Some(bytes));
        }
    }

    #[test]
    fn other_spellings_are_refused() {
        // Padding, the standard alphabet's + and /, a lone last character, stray low bits.
        for text in ["Zg==", "+/+/", "Zm9vY", "Zh", "Zm8 ", "Zm-é"] {
            assert_eq!(decode(text), None, "{text}");
        }
    }
}
