//! The stored document: round trips, every shipped version, and every way a text can be wrong.

use sightline_document::{decode, encode, LoadError, FORMAT, VERSION};
use sightline_engine::{
    sample_journey, synthetic_journey, Place, Problem, Settings, Size, StakeholderId, StepId,
    TouchpointId, Weights,
};

#[test]
fn sample_journey_round_trips_through_the_document_format() {
    let journey = sample_journey();
    let text = encode(&journey);
    assert!(text.starts_with(&format!(r#"{{"format":"{FORMAT}","version":{VERSION},"#)));
    assert_eq!(decode(&text), Ok(journey));
}

/// A journey stored and read back must be equal to itself, floats to the last bit: the
/// default JSON parser was off by one ulp on some, so a reload changed figures.
#[test]
fn every_fixture_round_trips_exactly_through_the_document_format() {
    let synthetic = synthetic_journey(Size {
        steps: 70,
        touchpoints: 500,
        stakeholders: 20,
        effects: 1_000,
    });
    for (label, text) in [
        ("v1.json", include_str!("fixtures/v1.json").to_owned()),
        ("v2.json", include_str!("fixtures/v2.json").to_owned()),
        ("v3.json", include_str!("fixtures/v3.json").to_owned()),
        ("synthetic", encode(&synthetic)),
    ] {
        let journey = decode(&text).expect("fixture loads");
        assert_eq!(decode(&encode(&journey)), Ok(journey), "{label}");
    }
    assert_eq!(decode(&encode(&synthetic)), Ok(synthetic));
}

/// Each format version that ever shipped keeps a fixture, and each must still load.
#[test]
fn version_1_fixture_loads_with_neutral_value_fields() {
    let journey = decode(include_str!("fixtures/v1.json")).expect("v1 fixture loads");
    assert_eq!(journey.name, "Mobile telephony for Acme Corp");
    assert_eq!(journey.steps.len(), 7);
    assert_eq!(journey.touchpoints.len(), 26);
    assert_eq!(journey.stakeholders.len(), 7);
    assert_eq!(journey.settings, Settings::default());
    let stakeholder = &journey.stakeholders[0];
    assert_eq!((stakeholder.influence, stakeholder.interest), (5, 5));
    assert_eq!(stakeholder.weights, Weights::default());
    let touchpoint = &journey.touchpoints[0];
    assert_eq!((touchpoint.importance, touchpoint.effort), (3, 3));
    assert!(journey
        .touchpoints
        .iter()
        .all(|t| t.effects.is_empty() && t.emotions.is_empty()));
}

#[test]
fn version_2_fixture_loads_with_its_value_model() {
    let journey = decode(include_str!("fixtures/v2.json")).expect("v2 fixture loads");
    assert_eq!(journey.touchpoints.len(), 29);
    let effects: usize = journey.touchpoints.iter().map(|t| t.effects.len()).sum();
    assert_eq!(effects, 38);
    assert_eq!(journey.stakeholders[2].weights.costs, 2.0);
    assert_eq!(
        journey.settings.value_unit, "",
        "version 2 had no unit of value"
    );
}

#[test]
fn version_3_fixture_loads_with_its_unit_of_value() {
    let journey = decode(include_str!("fixtures/v3.json")).expect("v3 fixture loads");
    assert_eq!(journey.settings.value_unit, "k€");
    assert_eq!(journey, sample_journey());
}

/// An empty unit is left out, so a journey without one writes what version 2 wrote.
#[test]
fn a_journey_without_a_unit_writes_no_unit_field() {
    let mut journey = sample_journey();
    assert!(encode(&journey).contains(r#""value_unit":"k€""#));
    journey.settings.value_unit.clear();
    assert!(!encode(&journey).contains("value_unit"));
}

#[test]
fn a_unit_of_value_that_breaks_the_rules_is_refused_on_load() {
    let long = sample_with(
        r#""value_unit":"k€""#,
        r#""value_unit":"thousands of euros""#,
    );
    assert_eq!(
        problems_of(&long),
        [Problem::ValueUnitTooLong { chars: 18 }]
    );
    let broken = sample_with(r#""value_unit":"k€""#, r#""value_unit":"k€\n""#);
    assert_eq!(problems_of(&broken), [Problem::ValueUnitControlCharacter]);
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
    let text =
        encode(&sample_journey()).replacen(&format!(r#""version":{VERSION}"#), r#""version":7"#, 1);
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
            path: "journey.touchpoints[2].lane".into()
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

/// Replace the first occurrence of `from` in the sample's document, which must exist.
fn sample_with(from: &str, to: &str) -> String {
    let text = encode(&sample_journey());
    assert!(text.contains(from), "the sample has {from}");
    text.replacen(from, to, 1)
}

fn problems_of(text: &str) -> Vec<Problem> {
    match decode(text) {
        Err(LoadError::Unsound(problems)) => problems,
        other => panic!("expected an unsound journey, got {other:?}"),
    }
}

#[test]
fn a_negative_impact_is_refused_with_its_field() {
    let problems = problems_of(&sample_with(
        r#""probability":0.2,"impact":10.0"#,
        r#""probability":0.2,"impact":-10.0"#,
    ));
    assert_eq!(
        problems,
        [Problem::OutOfRange {
            at: Place::Effect(TouchpointId(10), 0),
            field: "impact",
            value: -10.0,
            min: 0.0,
            max: f64::INFINITY
        }]
    );
}

#[test]
fn a_probability_above_one_is_refused_with_its_field() {
    let problems = problems_of(&sample_with(r#""probability":0.2"#, r#""probability":1.4"#));
    assert!(matches!(
        problems.as_slice(),
        [Problem::OutOfRange {
            at: Place::Effect(TouchpointId(10), 0),
            field: "probability",
            ..
        }]
    ));
}

#[test]
fn realised_above_potential_is_refused() {
    let problems = problems_of(&sample_with(
        r#""potential":10.0,"realised":8.0"#,
        r#""potential":10.0,"realised":18.0"#,
    ));
    assert_eq!(
        problems,
        [Problem::RealisedAbovePotential {
            touchpoint: TouchpointId(6),
            effect: 0
        }]
    );
}

#[test]
fn an_effect_for_a_missing_stakeholder_is_refused() {
    let mut journey = sample_journey();
    journey.touchpoints[0].effects[0].stakeholder = StakeholderId(99);
    assert_eq!(
        problems_of(&encode(&journey)),
        [Problem::MissingStakeholder {
            touchpoint: TouchpointId(1),
            field: "effects",
            stakeholder: StakeholderId(99)
        }]
    );
}

#[test]
fn a_wrong_aspect_is_a_bad_field_with_its_path() {
    let text = sample_with(r#""aspect":"risk""#, r#""aspect":"luck""#);
    assert_eq!(
        decode(&text),
        Err(LoadError::BadField {
            path: "journey.touchpoints[9].effects[0]".into()
        })
    );
}
