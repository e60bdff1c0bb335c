//! Invariants of the journey model, the sample journey and the edit commands.

mod edits;

use edits::any_edit;
use proptest::prelude::*;
use sightline_engine::{
    evaluate, EditError, EffectKind, EmotionScale, Journey, Lane, Line, Place, Problem, Role,
    Settings, Side, Stage, Stakeholder, StakeholderId, StepId, Touchpoint, TouchpointId,
    ValueEffect,
};
use sightline_engine::{Edit, FieldName};
use sightline_english::sample_journey;

#[test]
fn sample_journey_is_sound_and_has_touchpoints_in_every_step() {
    let journey = sample_journey();
    assert_eq!(journey.problems(), Vec::<Problem>::new());
    let stages: Vec<Stage> = journey.steps.iter().map(|s| s.stage).collect();
    assert_eq!(stages, Stage::ALL);
    for step in &journey.steps {
        let touchpoints: usize = Lane::ALL
            .into_iter()
            .map(|lane| journey.touchpoints_in(step.id, lane).count())
            .sum();
        assert!(touchpoints > 0, "step {:?} has no touchpoint", step.stage);
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
    assert_eq!((onboard.touchpoints, onboard.visibility.in_zone), (5, 2));
    let agree = &valuation.steps[Stage::Agree.index()];
    assert_eq!((agree.touchpoints, agree.visibility.in_zone), (5, 2));
    let total: usize = valuation.steps.iter().map(|s| s.touchpoints).sum();
    assert_eq!(total, 29);
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
fn renaming_the_journey_trims_the_name_and_keeps_everything_else() {
    let mut journey = sample_journey();
    let before = journey.clone();
    journey
        .apply(Edit::RenameJourney {
            name: "  Telephony renewal 2027 ".into(),
        })
        .unwrap();
    assert_eq!(journey.name, "Telephony renewal 2027");
    assert_eq!(journey.steps, before.steps);
    assert_eq!(journey.touchpoints, before.touchpoints);
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
        let id = journey.next_id::<Touchpoint>();
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

#[test]
fn an_effect_out_of_range_is_refused_with_its_field() {
    let mut journey = sample_journey();
    let before = journey.clone();
    let effect = ValueEffect {
        stakeholder: StakeholderId(1),
        kind: EffectKind::Risk {
            probability: 1.5,
            impact: 3.0,
        },
    };
    let result = journey.apply(Edit::AddEffect {
        id: TouchpointId(1),
        effect,
    });
    assert!(matches!(
        result,
        Err(EditError::Invalid(ref problems)) if matches!(
            problems.as_slice(),
            [Problem::OutOfRange { at: Place::Effect(TouchpointId(1), 1), field: FieldName::Probability, .. }]
        )
    ));
    assert_eq!(journey, before);
}

#[test]
fn removing_a_stakeholder_removes_everything_that_names_it() {
    let mut journey = sample_journey();
    let it_manager = StakeholderId(1);
    journey
        .apply(Edit::RemoveStakeholder { id: it_manager })
        .unwrap();
    assert!(journey.stakeholders.iter().all(|s| s.id != it_manager));
    for touchpoint in &journey.touchpoints {
        assert!(touchpoint
            .effects
            .iter()
            .all(|e| e.stakeholder != it_manager));
        assert!(touchpoint
            .emotions
            .iter()
            .all(|e| e.stakeholder != it_manager));
        assert!(!touchpoint.participants.contains(&it_manager));
        assert_ne!(touchpoint.initiator, Some(it_manager));
    }
    assert_eq!(journey.problems(), Vec::<Problem>::new());
}

#[test]
fn a_narrower_emotion_scale_that_strands_emotions_is_refused() {
    let mut journey = sample_journey();
    let narrow = Settings {
        emotion_scale: EmotionScale {
            min: -1.0,
            max: 1.0,
        },
        ..journey.settings.clone()
    };
    assert!(matches!(
        journey.apply(Edit::SetSettings(narrow)),
        Err(EditError::Invalid(_))
    ));
    let inverted = Settings {
        emotion_scale: EmotionScale {
            min: 3.0,
            max: -3.0,
        },
        ..journey.settings.clone()
    };
    assert!(matches!(
        journey.apply(Edit::SetSettings(inverted)),
        Err(EditError::Invalid(_))
    ));
    let wider = Settings {
        emotion_scale: EmotionScale {
            min: -5.0,
            max: 5.0,
        },
        ..journey.settings.clone()
    };
    journey.apply(Edit::SetSettings(wider)).unwrap();
    assert_eq!(journey.settings.emotion_scale.max, 5.0);
}

#[test]
fn the_sample_counts_value_in_thousands_of_euros() {
    assert_eq!(sample_journey().settings.value_unit, "k€");
}

#[test]
fn a_unit_of_value_is_a_short_label_or_the_edit_is_refused() {
    let mut journey = sample_journey();
    let with_unit = |unit: &str| Settings {
        value_unit: unit.to_owned(),
        ..journey.settings.clone()
    };
    let (hours, long, broken) = (
        with_unit("h"),
        with_unit("thousands of euros"),
        with_unit("k€\nper year"),
    );
    // Sixteen characters, counted as characters (not bytes) and after trimming.
    let sixteen = with_unit("  €€€€€€€€€€€€€€€€  ");
    assert_eq!(
        journey.apply(Edit::SetSettings(long)),
        Err(EditError::Invalid(vec![Problem::ValueUnitTooLong {
            chars: 18
        }]))
    );
    assert_eq!(
        journey.apply(Edit::SetSettings(broken)),
        Err(EditError::Invalid(vec![Problem::ValueUnitControlCharacter]))
    );
    assert_eq!(
        journey.settings.value_unit, "k€",
        "a refused unit changes nothing"
    );
    journey.apply(Edit::SetSettings(sixteen)).unwrap();
    journey.apply(Edit::SetSettings(hours)).unwrap();
    assert_eq!(journey.settings.value_unit, "h");
    assert_eq!(journey.problems(), Vec::<Problem>::new());
}

#[test]
fn a_loaded_journey_with_a_bad_unit_names_the_problem() {
    let mut journey = sample_journey();
    journey.settings.value_unit = "\tpoints".to_owned();
    assert_eq!(journey.problems(), [Problem::ValueUnitControlCharacter]);
    journey.settings.value_unit = "x".repeat(17);
    assert_eq!(
        journey.problems(),
        [Problem::ValueUnitTooLong { chars: 17 }]
    );
}

#[test]
fn a_new_stakeholder_takes_a_free_id_and_must_be_in_range() {
    let mut journey = sample_journey();
    let id = journey.next_id::<Stakeholder>();
    assert_eq!(id, StakeholderId(8));
    let mut regulator = Stakeholder::new(id, "Telecom regulator", Role::Regulator, Side::Other);
    regulator.influence = 11;
    assert!(matches!(
        journey.apply(Edit::AddStakeholder(regulator.clone())),
        Err(EditError::Invalid(_))
    ));
    regulator.influence = 7;
    journey.apply(Edit::AddStakeholder(regulator)).unwrap();
    assert_eq!(journey.stakeholders.len(), 8);
}
