//! How long share links are, against the mermaid.live approach on the same journey: the
//! document's JSON, deflated at level 9 (zlib, as pako does) and spelled in base64url.
//!
//! `cargo test -p sightline-document --test link_size -- --nocapture` prints the figures
//! that BENCHMARKS.md quotes; the test holds each link to at most 0.6 of that length.

use sightline_document::{decode, encode, encode_link};
use sightline_engine::{synthetic_journey, Journey, Size};
use sightline_english::sample_journey;

/// A large journey as people make them: ten passes through the seven stages, 500
/// touchpoints, 20 stakeholders and 1,000 value effects.
const LARGE: Size = Size {
    steps: 70,
    touchpoints: 500,
    stakeholders: 20,
    effects: 1_000,
};

/// Length in characters of the journey's link made the mermaid.live way.
fn deflated_json_link_length(journey: &Journey) -> usize {
    let json = encode(journey);
    let deflated = miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), 9);
    // Base64url without padding: four characters for three bytes, rounded up.
    (deflated.len() * 4).div_ceil(3)
}

#[test]
fn share_links_are_at_most_six_tenths_of_deflated_json() {
    for (label, journey) in [
        (
            "sample (7 steps, 29 touchpoints, 38 effects)",
            sample_journey(),
        ),
        (
            "sample with annotations (v4.json: 2 personas, 7 KPIs, 4 insights, 2 loops)",
            decode(include_str!("fixtures/v4.json")).expect("v4 loads"),
        ),
        (
            "large (70 steps, 500 touchpoints, 20 stakeholders, 1,000 effects)",
            synthetic_journey(LARGE),
        ),
    ] {
        let ours = encode_link(&journey).len();
        let json = encode(&journey).len();
        let theirs = deflated_json_link_length(&journey);
        let ratio = ours as f64 / theirs as f64;
        println!(
            "link: {label}: JSON {json} B, JSON+deflate+base64url {theirs} chars, \
             Sightline link {ours} chars, ratio {ratio:.2}"
        );
        assert!(ratio <= 0.6, "{label}: {ours} / {theirs} = {ratio:.3}");
    }
}
