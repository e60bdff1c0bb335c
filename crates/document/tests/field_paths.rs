//! A refused document names the field that does not fit, as `serde_path_to_error` (the
//! reference here) would while reading: any journey, any of its values replaced by one of the
//! wrong kind or any member taken out, written compact or indented.

// The shared strategies: this file draws the arbitrary journey only.
#[allow(dead_code)]
mod journeys;

use proptest::prelude::*;
use proptest::sample::Index;
use serde::Deserialize;
use serde_json::{json, Map, Value};
use sightline_document::{decode, encode, LoadError};
use sightline_engine::Journey;

#[derive(Deserialize)]
#[allow(dead_code)]
struct Envelope {
    journey: Journey,
}

/// The path the reference names for `text`, or `None` if it reads the journey.
fn reference_path(text: &str) -> Option<String> {
    let mut reader = serde_json::Deserializer::from_str(text);
    match serde_path_to_error::deserialize::<_, Envelope>(&mut reader) {
        Ok(_) => None,
        Err(error) => Some(match error.path().to_string().as_str() {
            "." => "journey".to_owned(),
            path => path.to_owned(),
        }),
    }
}

/// Every place in the journey's JSON: each value, and each member that can be taken out.
#[derive(Debug, Clone)]
enum Step {
    Key(String),
    At(usize),
}

fn places(value: &Value, here: &mut Vec<Step>, all: &mut Vec<Vec<Step>>) {
    all.push(here.clone());
    match value {
        Value::Object(members) => {
            for (key, member) in members {
                here.push(Step::Key(key.clone()));
                places(member, here, all);
                here.pop();
            }
        }
        Value::Array(elements) => {
            for (index, element) in elements.iter().enumerate() {
                here.push(Step::At(index));
                places(element, here, all);
                here.pop();
            }
        }
        _ => {}
    }
}

fn place_mut<'a>(value: &'a mut Value, place: &[Step]) -> &'a mut Value {
    place.iter().fold(value, |value, step| match step {
        Step::Key(key) => &mut value[key.as_str()],
        Step::At(index) => &mut value[*index],
    })
}

/// What a hand edit, a bug or an attacker puts where a value was.
fn wrong_value() -> impl Strategy<Value = Option<Value>> {
    prop_oneof![
        Just(None),
        Just(Some(json!("attic"))),
        Just(Some(json!(""))),
        Just(Some(json!(-1))),
        Just(Some(json!(1.5))),
        Just(Some(json!(18_446_744_073_709_551_615_u64))),
        Just(Some(json!(true))),
        Just(Some(Value::Null)),
        Just(Some(json!({}))),
        Just(Some(json!([]))),
        Just(Some(json!([1, "two"]))),
        Just(Some(json!({"aspect": "luck", "amount": "x"}))),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn a_refused_field_is_named_as_the_reference_names_it(
        journey in journeys::journey(),
        which in any::<Index>(),
        replacement in wrong_value(),
        pretty in any::<bool>(),
    ) {
        let mut document: Value = serde_json::from_str(&encode(&journey)).expect("JSON");
        let mut all = Vec::new();
        places(&document["journey"], &mut vec![Step::Key("journey".into())], &mut all);
        let place = which.get(&all).clone();
        match (replacement, place.split_last()) {
            (Some(wrong), _) => *place_mut(&mut document, &place) = wrong,
            (None, Some((Step::Key(key), parent))) => {
                let members: &mut Map<String, Value> =
                    place_mut(&mut document, parent).as_object_mut().expect("an object");
                members.remove(key);
            }
            (None, Some((Step::At(index), parent))) => {
                place_mut(&mut document, parent).as_array_mut().expect("an array").remove(*index);
            }
            (None, None) => unreachable!("the journey's place has a key"),
        }
        let text = if pretty {
            serde_json::to_string_pretty(&document)
        } else {
            serde_json::to_string(&document)
        }
        .expect("JSON");
        match (decode(&text), reference_path(&text)) {
            (Err(LoadError::BadField { path }), Some(reference)) => prop_assert_eq!(path, reference),
            (Err(LoadError::BadField { path }), None) => {
                prop_assert!(false, "refused at {path}, which the reference reads")
            }
            (other, Some(reference)) => {
                prop_assert!(false, "{other:?}, where the reference refuses {reference}")
            }
            (_, None) => {}
        }
    }
}

#[test]
fn a_field_in_a_pretty_document_is_found_across_its_lines() {
    let text = serde_json::to_string_pretty(&json!({
        "format": "sightline-journey",
        "version": 4,
        "journey": {"name": "n", "steps": [{"id": "one"}]},
    }))
    .expect("JSON");
    assert_eq!(
        decode(&text),
        Err(LoadError::BadField {
            path: reference_path(&text).expect("refused"),
        })
    );
    assert_eq!(
        reference_path(&text).as_deref(),
        Some("journey.steps[0].id")
    );
}
