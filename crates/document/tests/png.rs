//! A journey inside a PNG picture: it comes back equal, replaces an older one, and a picture
//! without one, a damaged picture or a file that is no picture is refused with the reason.

mod journeys;

use proptest::prelude::*;
use sightline_document::{embed_in_png, journey_in_png, PngError, PNG_SIGNATURE};
use sightline_engine::Size;
use sightline_english::sample_journey;

fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = (data.len() as u32).to_be_bytes().to_vec();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let mut crc = crc32fast::Hasher::new();
    crc.update(kind);
    crc.update(data);
    out.extend_from_slice(&crc.finalize().to_be_bytes());
    out
}

/// A one-pixel white picture, as a browser's canvas would write it.
fn picture() -> Vec<u8> {
    let mut png = PNG_SIGNATURE.to_vec();
    // 1×1, 8 bits, RGBA.
    png.extend(chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]));
    let pixels = miniz_oxide::deflate::compress_to_vec_zlib(&[0, 255, 255, 255, 255], 6);
    png.extend(chunk(b"IDAT", &pixels));
    png.extend(chunk(b"IEND", &[]));
    png
}

/// The types of a PNG's chunks, in order.
fn kinds(png: &[u8]) -> Vec<String> {
    let mut at = 8;
    let mut kinds = Vec::new();
    while at + 8 <= png.len() {
        let length = u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]) as usize;
        kinds.push(String::from_utf8_lossy(&png[at + 4..at + 8]).into_owned());
        at += 12 + length;
    }
    kinds
}

#[test]
fn the_sample_comes_back_from_its_picture() {
    let journey = sample_journey();
    let png = embed_in_png(&picture(), &journey).unwrap();
    assert!(png.starts_with(&PNG_SIGNATURE));
    assert_eq!(kinds(&png), ["IHDR", "IDAT", "iTXt", "IEND"]);
    assert_eq!(journey_in_png(&png).unwrap(), journey);
    // The picture itself is untouched: every chunk before the end, byte for byte.
    let original = picture();
    assert!(png.starts_with(&original[..original.len() - 12]));
    assert!(png.ends_with(&original[original.len() - 12..]));
}

#[test]
fn large_and_hostile_journeys_come_back_from_their_pictures() {
    let size = Size {
        steps: 70,
        touchpoints: 1_000,
        stakeholders: 12,
        effects: 1_500,
    };
    for (label, journey) in journeys::fixtures(size) {
        let png = embed_in_png(&picture(), &journey).unwrap();
        assert_eq!(journey_in_png(&png).unwrap(), journey, "{label}");
    }
}

#[test]
fn a_new_journey_replaces_the_one_a_picture_held() {
    let mut journey = sample_journey();
    let first = embed_in_png(&picture(), &journey).unwrap();
    journey.name = "Renewal".to_owned();
    let second = embed_in_png(&first, &journey).unwrap();
    assert_eq!(kinds(&second), ["IHDR", "IDAT", "iTXt", "IEND"]);
    assert_eq!(journey_in_png(&second).unwrap().name, "Renewal");
}

#[test]
fn a_picture_without_a_journey_says_so() {
    assert_eq!(journey_in_png(&picture()), Err(PngError::NoJourney));
    // Another program's text chunk is not a journey.
    let mut png = picture();
    let end = png.len() - 12;
    png.splice(end..end, chunk(b"tEXt", b"Software\0paint"));
    assert_eq!(journey_in_png(&png), Err(PngError::NoJourney));
}

#[test]
fn what_is_not_a_png_or_is_damaged_is_refused_with_the_reason() {
    assert_eq!(
        journey_in_png(b"{\"format\":\"sightline-journey\"}"),
        Err(PngError::NotPng)
    );
    assert_eq!(journey_in_png(&[]), Err(PngError::NotPng));
    let png = embed_in_png(&picture(), &sample_journey()).unwrap();
    assert_eq!(
        journey_in_png(&png[..png.len() / 2]),
        Err(PngError::Damaged)
    );
    // One byte of the journey's chunk changed: its CRC no longer matches.
    let mut flipped = png.clone();
    let at = flipped.len() - 40;
    flipped[at] ^= 0x40;
    assert_eq!(journey_in_png(&flipped), Err(PngError::Damaged));
    assert_eq!(
        embed_in_png(b"GIF89a", &sample_journey()),
        Err(PngError::NotPng)
    );
}

#[test]
fn a_journey_chunk_that_is_not_a_journey_names_the_document_error() {
    let mut png = picture();
    let end = png.len() - 12;
    let mut data = b"sightline-journey\0\0\0\0\0".to_vec();
    data.extend_from_slice(b"{\"format\":\"something-else\"}");
    png.splice(end..end, chunk(b"iTXt", &data));
    assert!(matches!(journey_in_png(&png), Err(PngError::Document(_))));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_journey_comes_back_from_its_picture(journey in journeys::journey()) {
        let png = embed_in_png(&picture(), &journey).unwrap();
        prop_assert_eq!(journey_in_png(&png).unwrap(), journey);
    }

    #[test]
    fn no_bytes_make_the_reader_panic(tail in proptest::collection::vec(any::<u8>(), 0..512)) {
        let mut bytes = PNG_SIGNATURE.to_vec();
        bytes.extend(tail);
        let _ = journey_in_png(&bytes);
        let _ = embed_in_png(&bytes, &sample_journey());
    }
}
