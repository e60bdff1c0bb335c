//! The stored document: round trips, every shipped version, and every way a text can be wrong.

use sightline_document::{decode, encode, LoadError, FORMAT, VERSION};
use sightline_engine::{sample_journey, Problem, StepId, TouchpointId};

#[test]
fn sample_journey_round_trips_through_the_document_format() {
    let journey = sample_journey();
    let text = encode(&journey);
    assert!(text.starts_with(&format!(r#"{{"format":"{FORMAT}","version":{VERSION},"#)));
    assert_eq!(decode(&text), Ok(journey));
}

/// Each format version that ever shipped keeps a fixture, and each must still load.
#[test]
fn version_1_fixture_still_loads() {
    let journey = decode(include_str!("fixtures/v1.json")).expect("v1 fixture loads");
    assert_eq!(journey.name, "Mobile telephony for Acme Corp");
    assert_eq!(journey.steps.len(), 7);
    assert_eq!(journey.touchpoints.len(), 26);
    assert_eq!(journey.stakeholders.len(), 7);
}

#[test]
fn garbage_is_reported_as_not_json_with_its_position() {
    assert_eq!(
        decode("{not json"),
        Err(LoadError::NotJson { line: 1, column: 2 })
    );
    let truncated = &encode(&sample_journey())[..200];
    assert!(matches!(decode(truncated), Err(LoadError::NotJson { .. })));
}

#[test]
fn other_json_is_not_a_journey() {
    for text in [
        "[]",
        "42",
        r#"{"format":"excalidraw","version":1}"#,
        r#"{"journey":{}}"#,
    ] {
        assert_eq!(decode(text), Err(LoadError::NotAJourney), "{text}");
    }
}

#[test]
fn a_document_from_a_newer_sightline_is_refused_not_half_read() {
    let text = encode(&sample_journey()).replacen(r#""version":1"#, r#""version":7"#, 1);
    assert_eq!(decode(&text), Err(LoadError::NewerVersion(7)));
}

#[test]
fn a_bad_field_is_named_by_its_path() {
    let text = encode(&sample_journey()).replacen(
        r#""lane":"provider-backstage""#,
        r#""lane":"attic""#,
        1,
    );
    assert_eq!(
        decode(&text),
        Err(LoadError::BadField {
            path: "journey.touchpoints[3].lane".into()
        })
    );
    let text =
        encode(&sample_journey()).replacen(r#""name":"Mobile telephony for Acme Corp","#, "", 1);
    assert_eq!(
        decode(&text),
        Err(LoadError::BadField {
            path: "journey".into()
        })
    );
}

#[test]
fn a_journey_that_breaks_an_invariant_is_unsound() {
    let mut journey = sample_journey();
    journey.touchpoints[0].step = StepId(77);
    assert_eq!(
        decode(&encode(&journey)),
        Err(LoadError::Unsound(vec![Problem::TouchpointInMissingStep {
            touchpoint: TouchpointId(1),
            step: StepId(77)
        }]))
    );
}
