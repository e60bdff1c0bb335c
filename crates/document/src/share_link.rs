//! Share links: the whole journey in the part of a URL after `#`, which browsers never send
//! to the host, so sharing needs no server and reveals nothing to one.
//!
//! A link fragment is `j3.` followed by base64url text: `j` for journey, then the link
//! format's version and a dot. The text spells the payload (see `payload.rs`), compressed
//! with raw deflate, followed by the CRC-32 of the compressed bytes (four bytes, little
//! endian). The seal makes a truncated or mistyped link fail as damaged instead of opening
//! as a shorter or different journey; the version prefix lets a link made today keep
//! opening after the format changes, and lets an older Sightline say that a link is newer
//! than itself.
//!
//! Decoding never panics, refuses text longer than [`MAX_LINK_CHARS`] before looking at it,
//! stops inflating at [`MAX_INFLATED_BYTES`], and checks the journey with
//! [`Journey::problems`] like [`crate::decode`] does.

mod annotations;
mod columns;
mod number;
mod payload;

use base64::engine::general_purpose::URL_SAFE_NO_PAD as BASE64URL;
use base64::Engine;
use miniz_oxide::inflate::{self, TINFLStatus};
use sightline_engine::{Journey, Problem};

/// The link format this build writes. Links of every earlier version keep opening.
///
/// - 1: the columnar payload of `payload.rs`, raw deflate, CRC-32, base64url.
/// - 2: the same, with the unit of value after the settings; a version 1 link opens as a
///   journey without a unit.
/// - 3: touchpoint flags (fail point, moment of truth) and links to other journeys, and the
///   personas, KPIs, pain points and opportunities, and loops; a version 2 link opens as a
///   journey without any of them.
pub const LINK_VERSION: u32 = 3;

/// The longest fragment [`decode_link`] will read, in characters (counted as UTF-8 bytes,
/// which a real link's characters all are): about 750 KiB of compressed journey, far beyond
/// what people share. Longer text is refused unread.
/// [`encode_link`] can write longer links for huge journeys: the app should offer a file
/// instead when a link is longer than this.
pub const MAX_LINK_CHARS: usize = 1 << 20;

/// The most bytes [`decode_link`] will inflate a link's payload to. A payload of this size
/// holds a journey of tens of thousands of touchpoints; a "decompression bomb" stops here,
/// having allocated no more than this.
pub const MAX_INFLATED_BYTES: usize = 4 << 20;

/// What starts every link fragment, before the version digits.
const MARK: char = 'j';

/// Why a link fragment did not open as a journey.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkError {
    /// The link is truncated, mistyped or not a Sightline link at all.
    Damaged,
    /// The link, or what it inflates to, is larger than this build reads.
    TooLarge,
    /// The link was made by a newer Sightline, with this link format version.
    NewerVersion(u32),
    /// The link is intact, but the journey in it breaks an invariant.
    Unsound(Vec<Problem>),
}

/// The part of a share link after `#`: `j3.` and the compressed journey in base64url.
pub fn encode_link(journey: &Journey) -> String {
    let payload = payload::write(journey);
    // Level 10 is miniz's slowest and tightest; a link is written once per copy.
    let mut sealed = miniz_oxide::deflate::compress_to_vec(&payload, 10);
    let seal = crate::CRC32.checksum(&sealed);
    sealed.extend_from_slice(&seal.to_le_bytes());
    format!("{MARK}{LINK_VERSION}.{}", BASE64URL.encode(&sealed))
}

/// Whether a fragment (with or without its `#`) claims to carry a journey, so the app knows
/// to try [`decode_link`]; it does not check the rest.
pub fn is_link_fragment(fragment: &str) -> bool {
    split_version(fragment.strip_prefix('#').unwrap_or(fragment)).is_some()
}

/// Open a share link's fragment, with or without its leading `#`.
pub fn decode_link(fragment: &str) -> Result<Journey, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLarge);
    }
    let (version, text) = split_version(fragment).ok_or(LinkError::Damaged)?;
    match version {
        1..=LINK_VERSION => {}
        newer if newer > LINK_VERSION => return Err(LinkError::NewerVersion(newer)),
        _ => return Err(LinkError::Damaged),
    }
    // Strict: no padding, no stray bits, so one byte sequence has exactly one spelling.
    let sealed = BASE64URL.decode(text).map_err(|_| LinkError::Damaged)?;
    let split = sealed.len().checked_sub(4).ok_or(LinkError::Damaged)?;
    let (compressed, seal) = sealed.split_at(split);
    if seal != crate::CRC32.checksum(compressed).to_le_bytes() {
        return Err(LinkError::Damaged);
    }
    let payload =
        inflate::decompress_to_vec_with_limit(compressed, MAX_INFLATED_BYTES).map_err(|error| {
            match error.status {
                TINFLStatus::HasMoreOutput => LinkError::TooLarge,
                _ => LinkError::Damaged,
            }
        })?;
    let journey = payload::read(&payload, version).map_err(|_| LinkError::Damaged)?;
    let problems = journey.problems();
    if problems.is_empty() {
        Ok(journey)
    } else {
        Err(LinkError::Unsound(problems))
    }
}

/// The version and the base64url text of a fragment shaped `j<digits>.<text>`.
fn split_version(fragment: &str) -> Option<(u32, &str)> {
    let (head, text) = fragment.strip_prefix(MARK)?.split_once('.')?;
    // Digits only: `parse` would also take a sign.
    if head.is_empty() || !head.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((head.parse().ok()?, text))
}
