//! Invariants of the journey model, the sample journey and the edit commands.

use proptest::prelude::*;
use sightline_engine::{
    evaluate, sample_journey, Channel, Edit, EditError, Journey, Lane, Line, Problem, Stage,
    StepId, TouchpointId,
};

#[test]
fn sample_journey_is_sound_and_covers_every_step() {
    let journey = sample_journey();
    assert_eq!(journey.problems(), Vec::<Problem>::new());
    let stages: Vec<Stage> = journey.steps.iter().map(|s| s.stage).collect();
    assert_eq!(stages, Stage::ALL);
    for step in &journey.steps {
        let in_zone = Lane::ALL
            .into_iter()
            .filter(|lane| lane.in_zone_of_visibility())
            .map(|lane| journey.touchpoints_in(step.id, lane).count())
            .sum::<usize>();
        assert!(
            in_zone > 0,
            "step {:?} has no touchpoint in the zone of visibility",
            step.stage
        );
    }
    assert!(
        journey.stakeholders.len() >= 4,
        "sponsor, customers, users and provider"
    );
}

#[test]
fn lines_separate_the_lanes_in_blueprint_order() {
    assert_eq!(
        Lane::ConsumerHidden.line_below(),
        Some(Line::ConsumerVisibility)
    );
    assert_eq!(Lane::ConsumerActions.line_below(), Some(Line::Interaction));
    assert_eq!(
        Lane::ProviderFrontstage.line_below(),
        Some(Line::ProviderVisibility)
    );
    assert_eq!(
        Lane::ProviderBackstage.line_below(),
        Some(Line::InternalInteraction)
    );
    assert_eq!(Lane::SupportProcesses.line_below(), None);
    let zone: Vec<Lane> = Lane::ALL
        .into_iter()
        .filter(|l| l.in_zone_of_visibility())
        .collect();
    assert_eq!(zone, [Lane::ConsumerActions, Lane::ProviderFrontstage]);
}

#[test]
fn evaluate_counts_touchpoints_per_step_and_in_the_zone() {
    let valuation = evaluate(&sample_journey());
    let onboard = &valuation.steps[Stage::Onboard.index()];
    assert_eq!((onboard.touchpoints, onboard.in_zone_of_visibility), (5, 2));
    let agree = &valuation.steps[Stage::Agree.index()];
    assert_eq!((agree.touchpoints, agree.in_zone_of_visibility), (4, 2));
    let total: usize = valuation.steps.iter().map(|s| s.touchpoints).sum();
    assert_eq!(total, 26);
}

#[test]
fn problems_name_duplicate_ids_and_touchpoints_in_missing_steps() {
    let mut journey = sample_journey();
    journey.touchpoints[1].id = journey.touchpoints[0].id;
    journey.touchpoints[2].step = StepId(99);
    let problems = journey.problems();
    assert!(problems.contains(&Problem::DuplicateTouchpoint(TouchpointId(1))));
    assert!(problems.contains(&Problem::TouchpointInMissingStep {
        touchpoint: TouchpointId(3),
        step: StepId(99)
    }));
    assert_eq!(
        Journey {
            steps: vec![],
            ..journey
        }
        .problems()[0],
        Problem::NoSteps
    );
}

#[test]
fn renaming_a_step_to_blank_restores_the_stage_name() {
    let mut journey = sample_journey();
    let id = journey.steps[0].id;
    journey
        .apply(Edit::RenameStep {
            id,
            name: "  Scan the market ".into(),
        })
        .unwrap();
    assert_eq!(
        journey.steps[0].custom_name.as_deref(),
        Some("Scan the market")
    );
    journey
        .apply(Edit::RenameStep {
            id,
            name: "   ".into(),
        })
        .unwrap();
    assert_eq!(journey.steps[0].custom_name, None);
}

#[test]
fn edits_naming_missing_items_fail_and_change_nothing() {
    let mut journey = sample_journey();
    let before = journey.clone();
    let missing = TouchpointId(999);
    assert_eq!(
        journey.apply(Edit::DeleteTouchpoint { id: missing }),
        Err(EditError::NoSuchTouchpoint(missing))
    );
    assert_eq!(
        journey.apply(Edit::AddTouchpoint {
            id: TouchpointId(1),
            step: StepId(1),
            lane: Lane::ConsumerActions,
            name: "x".into()
        }),
        Err(EditError::DuplicateTouchpoint(TouchpointId(1)))
    );
    assert_eq!(
        journey.apply(Edit::RenameStep {
            id: StepId(42),
            name: "x".into()
        }),
        Err(EditError::NoSuchStep(StepId(42)))
    );
    assert_eq!(journey, before);
}

fn any_lane() -> impl Strategy<Value = Lane> {
    proptest::sample::select(Lane::ALL.to_vec())
}

fn any_channel() -> impl Strategy<Value = Channel> {
    proptest::sample::select(Channel::ALL.to_vec())
}

/// An edit that may or may not name something that exists, so both paths are exercised.
fn any_edit() -> impl Strategy<Value = Edit> {
    let touchpoint = (1u32..40).prop_map(TouchpointId);
    let step = (1u32..10).prop_map(StepId);
    prop_oneof![
        (touchpoint.clone(), step.clone(), any_lane(), ".{0,12}").prop_map(
            |(id, step, lane, name)| Edit::AddTouchpoint {
                id,
                step,
                lane,
                name
            }
        ),
        (touchpoint.clone(), ".{0,12}").prop_map(|(id, name)| Edit::RenameTouchpoint { id, name }),
        (touchpoint.clone(), any_channel())
            .prop_map(|(id, channel)| Edit::SetChannel { id, channel }),
        (touchpoint.clone(), any_lane()).prop_map(|(id, lane)| Edit::SetLane { id, lane }),
        touchpoint.prop_map(|id| Edit::DeleteTouchpoint { id }),
        (step, ".{0,12}").prop_map(|(id, name)| Edit::RenameStep { id, name }),
    ]
}

proptest! {
    /// Whatever the user does, the journey stays sound, and a refused edit changes nothing.
    #[test]
    fn any_sequence_of_edits_keeps_the_journey_sound(edits in proptest::collection::vec(any_edit(), 0..60)) {
        let mut journey = sample_journey();
        for edit in edits {
            let before = journey.clone();
            if journey.apply(edit).is_err() {
                prop_assert_eq!(&journey, &before);
            }
            prop_assert_eq!(journey.problems(), Vec::<Problem>::new());
        }
        let valuation = evaluate(&journey);
        let counted: usize = valuation.steps.iter().map(|s| s.touchpoints).sum();
        prop_assert_eq!(counted, journey.touchpoints.len());
    }

    /// A new touchpoint always gets an id no other touchpoint has.
    #[test]
    fn next_touchpoint_id_is_free(deletions in proptest::collection::vec(1u32..30, 0..10)) {
        let mut journey = sample_journey();
        for id in deletions {
            let _ = journey.apply(Edit::DeleteTouchpoint { id: TouchpointId(id) });
        }
        let id = journey.next_touchpoint_id();
        prop_assert!(journey.touchpoint(id).is_none());
    }
}

/// The keys the UI and end-to-end tests rely on are the names the document format writes.
#[test]
fn keys_match_the_document_names() {
    let quoted = |key: &str| format!("\"{key}\"");
    for stage in Stage::ALL {
        assert_eq!(serialized_name(&stage), quoted(stage.key()));
    }
    for lane in Lane::ALL {
        assert_eq!(serialized_name(&lane), quoted(lane.key()));
    }
    for line in Line::ALL {
        assert_eq!(serialized_name(&line), quoted(line.key()));
    }
}

/// The name serde writes for a unit variant; `toml` (already a dev-dependency) stands in for
/// the document's JSON, since both take the name from the same `Serialize` impl.
fn serialized_name<T: serde::Serialize>(value: &T) -> String {
    format!(
        "\"{}\"",
        toml::Value::try_from(value)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .expect("a unit variant serialises as its name")
    )
}
