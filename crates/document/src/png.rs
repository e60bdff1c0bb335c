//! A journey carried inside a PNG picture of it, as Excalidraw carries its scene: the
//! document (as [`encode`](crate::encode) writes it) in an `iTXt` chunk with the keyword
//! [`PNG_KEYWORD`], zlib-compressed, so that importing the picture brings the journey back.
//!
//! Reading walks the chunks with every length checked against the bytes left, checks the
//! chunk's CRC, inflates no more than [`MAX_INFLATED_BYTES`](crate::MAX_INFLATED_BYTES) and
//! ends with [`decode`](crate::decode), so a damaged or hostile file is refused with a reason.

use miniz_oxide::inflate::decompress_to_vec_zlib_with_limit;
use sightline_engine::Journey;

use crate::{decode, encode, LoadError, MAX_INFLATED_BYTES};

/// The keyword of the text chunk that holds the journey.
pub const PNG_KEYWORD: &str = "sightline-journey";

/// The eight bytes every PNG file starts with.
pub const PNG_SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1a, b'\n'];

/// Why a PNG file gives no journey.
#[derive(Debug, Clone, PartialEq)]
pub enum PngError {
    /// The file is not a PNG picture.
    NotPng,
    /// The picture is cut short or a chunk is damaged.
    Damaged,
    /// A PNG picture without a journey in it (not made by Sightline, or its text removed).
    NoJourney,
    /// The journey inside inflates to more than this build reads.
    TooLarge,
    /// The journey inside does not read as a journey.
    Document(LoadError),
}

/// One chunk of a PNG: its type, its data, and where it ends in the file.
struct Chunk<'a> {
    kind: [u8; 4],
    data: &'a [u8],
    crc: u32,
    end: usize,
}

/// The chunk that starts at `at`, if the bytes hold all of it.
fn chunk_at(png: &[u8], at: usize) -> Option<Chunk<'_>> {
    let header = png.get(at..at.checked_add(8)?)?;
    let length = u32::from_be_bytes([header[0], header[1], header[2], header[3]]) as usize;
    let kind = [header[4], header[5], header[6], header[7]];
    let data_start = at + 8;
    let data_end = data_start.checked_add(length)?;
    let data = png.get(data_start..data_end)?;
    let crc = png.get(data_end..data_end.checked_add(4)?)?;
    Some(Chunk {
        kind,
        data,
        crc: u32::from_be_bytes([crc[0], crc[1], crc[2], crc[3]]),
        end: data_end + 4,
    })
}

fn crc_of(kind: &[u8; 4], data: &[u8]) -> u32 {
    let mut digest = crate::CRC32.digest();
    digest.update(kind);
    digest.update(data);
    digest.finalize()
}

/// Every chunk of the file in order, or why they cannot be read.
fn chunks(png: &[u8]) -> Result<Vec<Chunk<'_>>, PngError> {
    if !png.starts_with(&PNG_SIGNATURE) {
        return Err(PngError::NotPng);
    }
    let mut found = Vec::new();
    let mut at = PNG_SIGNATURE.len();
    loop {
        let chunk = chunk_at(png, at).ok_or(PngError::Damaged)?;
        at = chunk.end;
        let last = &chunk.kind == b"IEND";
        found.push(chunk);
        if last {
            return Ok(found);
        }
    }
}

/// The `iTXt` data that holds `text` under the keyword, compressed.
fn journey_text_chunk(text: &str) -> Vec<u8> {
    let mut data = Vec::with_capacity(text.len() / 4 + 32);
    data.extend_from_slice(PNG_KEYWORD.as_bytes());
    // Keyword end, compressed, zlib, no language tag, no translated keyword.
    data.extend_from_slice(&[0, 1, 0, 0, 0]);
    data.extend_from_slice(&miniz_oxide::deflate::compress_to_vec_zlib(
        text.as_bytes(),
        9,
    ));
    data
}

/// The journey text of an `iTXt` chunk, if the chunk is Sightline's.
fn journey_text(data: &[u8]) -> Option<Result<String, PngError>> {
    let rest = data
        .strip_prefix(PNG_KEYWORD.as_bytes())?
        .strip_prefix(&[0])?;
    let (&compressed, rest) = rest.split_first()?;
    let (&_method, rest) = rest.split_first()?;
    // Skip the language tag and the translated keyword, each ended by a zero byte.
    let language_end = rest.iter().position(|b| *b == 0)?;
    let rest = &rest[language_end + 1..];
    let translated_end = rest.iter().position(|b| *b == 0)?;
    let text = &rest[translated_end + 1..];
    let bytes = if compressed == 1 {
        match decompress_to_vec_zlib_with_limit(text, MAX_INFLATED_BYTES) {
            Ok(bytes) => bytes,
            Err(error) if error.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput => {
                return Some(Err(PngError::TooLarge))
            }
            Err(_) => return Some(Err(PngError::Damaged)),
        }
    } else {
        text.to_vec()
    };
    Some(String::from_utf8(bytes).map_err(|_| PngError::Damaged))
}

/// `png` with `journey` inside, in place of any journey it held: every other chunk is kept
/// as it was, the journey's just before the end.
pub fn embed_in_png(png: &[u8], journey: &Journey) -> Result<Vec<u8>, PngError> {
    let chunks = chunks(png)?;
    let data = journey_text_chunk(&encode(journey));
    let mut out = Vec::with_capacity(png.len() + data.len() + 12);
    out.extend_from_slice(&PNG_SIGNATURE);
    let mut start = PNG_SIGNATURE.len();
    for chunk in &chunks {
        let whole = &png[start..chunk.end];
        start = chunk.end;
        if &chunk.kind == b"iTXt" && journey_text(chunk.data).is_some() {
            continue;
        }
        if &chunk.kind == b"IEND" {
            let length = u32::try_from(data.len()).map_err(|_| PngError::TooLarge)?;
            out.extend_from_slice(&length.to_be_bytes());
            out.extend_from_slice(b"iTXt");
            out.extend_from_slice(&data);
            out.extend_from_slice(&crc_of(b"iTXt", &data).to_be_bytes());
        }
        out.extend_from_slice(whole);
    }
    Ok(out)
}

/// The journey a PNG picture carries, or why it carries none.
pub fn journey_in_png(png: &[u8]) -> Result<Journey, PngError> {
    for chunk in chunks(png)? {
        if &chunk.kind != b"iTXt" {
            continue;
        }
        let Some(text) = journey_text(chunk.data) else {
            continue;
        };
        if crc_of(&chunk.kind, chunk.data) != chunk.crc {
            return Err(PngError::Damaged);
        }
        return decode(&text?).map_err(PngError::Document);
    }
    Err(PngError::NoJourney)
}
