//! Undo and redo: every step taken back restores the journey exactly, to the float bit and
//! the order of every list, and typing in a field is one step per pause.

mod edits;

use edits::any_edit;
use proptest::prelude::*;
use sightline_engine::{
    synthetic_journey, Edit, EditError, Emotion, Group, History, Journey, Problem, Size,
    StakeholderId, TouchpointId,
};
use sightline_english::sample_journey;

/// Equal as values and in every float's bits (`Debug` spells `-0.0` and every digit).
fn assert_identical(actual: &Journey, expected: &Journey) {
    assert_eq!(actual, expected);
    assert_eq!(format!("{actual:?}"), format!("{expected:?}"));
}

/// Small sound journeys with untrimmed names, custom step names, initiators and participants.
fn any_journey() -> impl Strategy<Value = Journey> {
    (
        (1usize..9, 0usize..25, 0usize..6, 0usize..40),
        "[ a-z]{0,8}",
        proptest::collection::vec(proptest::option::of("[ a-z]{0,5}"), 9),
        proptest::collection::vec((0u32..6, proptest::collection::vec(0u32..6, 0..4)), 25),
    )
        .prop_map(
            |((steps, touchpoints, stakeholders, effects), name, step_names, people)| {
                let effects = if stakeholders == 0 { 0 } else { effects };
                let mut journey = synthetic_journey(Size {
                    steps,
                    touchpoints,
                    stakeholders,
                    effects,
                });
                journey.name = name;
                for (step, name) in journey.steps.iter_mut().zip(step_names) {
                    step.custom_name = name;
                }
                let count = stakeholders as u32;
                if count > 0 {
                    let someone = |n: u32| StakeholderId(n % count + 1);
                    for (touchpoint, (initiator, participants)) in
                        journey.touchpoints.iter_mut().zip(people)
                    {
                        touchpoint.initiator = Some(someone(initiator));
                        touchpoint.participants = participants.into_iter().map(someone).collect();
                    }
                }
                journey
            },
        )
}

/// A starting journey: the sample or a generated one.
fn any_start() -> impl Strategy<Value = Journey> {
    prop_oneof![Just(sample_journey()), any_journey()]
}

/// Edits with a group now and then and a time that sometimes pauses, so steps merge.
fn any_timed_edits() -> impl Strategy<Value = Vec<(Edit, Option<Group>, f64)>> {
    let group = proptest::option::of(proptest::sample::select(vec![
        Group::JourneyName,
        Group::TouchpointName(TouchpointId(1)),
        Group::Settings,
    ]));
    proptest::collection::vec((any_edit(), group, 0.0..1_500.0f64), 0..50).prop_map(|edits| {
        let mut now = 0.0;
        edits
            .into_iter()
            .map(|(edit, group, wait)| {
                now += wait;
                (edit, group, now)
            })
            .collect()
    })
}

/// Applies every edit through the history, checking that a refused one changes nothing.
fn record(history: &mut History, journey: &mut Journey, edits: Vec<(Edit, Option<Group>, f64)>) {
    for (edit, group, now) in edits {
        let before = journey.clone();
        let steps = history.undo_steps();
        if history.apply(journey, edit, group, now).is_err() {
            assert_identical(journey, &before);
            assert_eq!(history.undo_steps(), steps);
        }
        assert_eq!(journey.problems(), Vec::<Problem>::new());
    }
}

proptest! {
    /// Undoing every recorded step gives back the journey as it was; redoing them all gives
    /// back the journey as the edits left it.
    #[test]
    fn undo_all_restores_the_start_and_redo_all_the_end(
        start in any_start(),
        edits in any_timed_edits(),
    ) {
        let mut journey = start.clone();
        let mut history = History::new();
        record(&mut history, &mut journey, edits);
        let end = journey.clone();
        let steps = history.undo_steps();
        for _ in 0..steps {
            prop_assert!(history.undo(&mut journey));
            prop_assert_eq!(journey.problems(), Vec::<Problem>::new());
        }
        prop_assert!(!history.undo(&mut journey));
        assert_identical(&journey, &start);
        prop_assert_eq!(history.redo_steps(), steps);
        for _ in 0..steps {
            prop_assert!(history.redo(&mut journey));
        }
        prop_assert!(!history.can_redo());
        assert_identical(&journey, &end);
    }

    /// After undoing some steps, a new edit ends the old branch: nothing is left to redo, and
    /// undoing everything still reaches the start.
    #[test]
    fn a_new_edit_after_undo_drops_the_old_branch(
        start in any_start(),
        edits in any_timed_edits(),
        undone in 0usize..10,
    ) {
        let mut journey = start.clone();
        let mut history = History::new();
        record(&mut history, &mut journey, edits);
        for _ in 0..undone {
            history.undo(&mut journey);
        }
        let edit = Edit::RenameJourney { name: "New branch".into() };
        history.apply(&mut journey, edit, None, 1e9).unwrap();
        prop_assert!(!history.can_redo());
        prop_assert!(!history.redo(&mut journey));
        prop_assert_eq!(journey.name.as_str(), "New branch");
        while history.undo(&mut journey) {}
        assert_identical(&journey, &start);
    }
}

fn rename(id: TouchpointId, name: &str) -> Edit {
    Edit::RenameTouchpoint {
        id,
        name: name.into(),
    }
}

/// Renames the sample's third touchpoint through the history.
fn rename_third(history: &mut History, journey: &mut Journey, name: &str, group: Option<Group>) {
    // All at the same moment: only the groups decide what merges.
    history
        .apply(journey, rename(TouchpointId(3), name), group, 0.0)
        .expect("the sample has a third touchpoint");
}

/// The sample, and the sample after "Audit" was typed one letter at a time into its third
/// touchpoint's name, `gap_ms` apart, with the history of the typing.
fn typed(gap_ms: f64) -> (Journey, Journey, History) {
    let start = sample_journey();
    let mut journey = start.clone();
    let mut history = History::new();
    let id = TouchpointId(3);
    for (n, now) in (1..=5).zip((0..).map(|k| f64::from(k) * gap_ms)) {
        let group = Some(Group::TouchpointName(id));
        history
            .apply(&mut journey, rename(id, &"Audit"[..n]), group, now)
            .expect("the touchpoint exists");
    }
    (start, journey, history)
}

#[test]
fn typing_within_the_pause_is_one_undo_step() {
    let (start, mut journey, mut history) = typed(300.0);
    assert_eq!(history.undo_steps(), 1);
    assert_eq!(
        history.undo_label(),
        Some(&rename(TouchpointId(3), "Audit"))
    );
    assert!(history.undo(&mut journey));
    assert_identical(&journey, &start);
    assert!(history.redo(&mut journey));
    assert_eq!(journey.touchpoints[2].name, "Audit");
}

#[test]
fn typing_with_pauses_undoes_letter_by_letter() {
    let (start, mut journey, mut history) = typed(1_001.0);
    assert_eq!(history.undo_steps(), 5);
    for expected in ["Audi", "Aud", "Au", "A"] {
        assert!(history.undo(&mut journey));
        assert_eq!(journey.touchpoints[2].name, expected);
    }
    assert!(history.undo(&mut journey));
    assert_identical(&journey, &start);
}

#[test]
fn edits_without_a_group_or_of_another_group_never_merge() {
    let mut journey = sample_journey();
    let mut history = History::new();
    let third = Some(Group::TouchpointName(TouchpointId(3)));
    let fourth = Some(Group::TouchpointName(TouchpointId(4)));
    for (name, group) in [("A", None), ("B", None), ("C", third), ("D", fourth)] {
        rename_third(&mut history, &mut journey, name, group);
    }
    assert_eq!(history.undo_steps(), 4);
}

#[test]
fn undo_ends_a_run_of_typing() {
    let mut journey = sample_journey();
    let mut history = History::new();
    let group = Some(Group::TouchpointName(TouchpointId(3)));
    rename_third(&mut history, &mut journey, "A", None);
    rename_third(&mut history, &mut journey, "AB", group);
    history.undo(&mut journey);
    rename_third(&mut history, &mut journey, "AC", group);
    assert_eq!(history.undo_steps(), 2);
    history.undo(&mut journey);
    assert_eq!(journey.touchpoints[2].name, "A");
}

#[test]
fn a_refused_edit_keeps_what_can_be_redone() {
    let mut journey = sample_journey();
    let mut history = History::new();
    rename_third(&mut history, &mut journey, "A", None);
    history.undo(&mut journey);
    let before = journey.clone();
    let missing = TouchpointId(999);
    let delete = Edit::DeleteTouchpoint { id: missing };
    assert_eq!(
        history.apply(&mut journey, delete, None, 0.0),
        Err(EditError::NoSuchTouchpoint(missing))
    );
    assert_identical(&journey, &before);
    assert_eq!(history.redo_label(), Some(&rename(TouchpointId(3), "A")));
    assert!(history.redo(&mut journey));
}

#[test]
fn the_oldest_steps_are_dropped_beyond_the_depth() {
    let mut journey = sample_journey();
    let mut history = History::with_limits(3, History::PAUSE_MS);
    for n in 0..5 {
        let edit = Edit::RenameJourney {
            name: format!("Name {n}"),
        };
        history.apply(&mut journey, edit, None, 0.0).unwrap();
    }
    assert_eq!(history.undo_steps(), 3);
    while history.undo(&mut journey) {}
    assert_eq!(journey.name, "Name 1");
}

#[test]
fn clear_forgets_every_step() {
    let mut journey = sample_journey();
    let mut history = History::new();
    rename_third(&mut history, &mut journey, "A", None);
    rename_third(&mut history, &mut journey, "B", None);
    history.undo(&mut journey);
    history.clear();
    assert!(!history.can_undo() && !history.can_redo());
    assert_eq!((history.undo_label(), history.redo_label()), (None, None));
}

/// The IT manager of the sample, made to appear in every list of several touchpoints, at
/// the start, in the middle and at the end, and twice among some participants.
fn journey_naming_the_it_manager_everywhere() -> Journey {
    let it_manager = StakeholderId(1);
    let mut journey = sample_journey();
    for touchpoint in journey.touchpoints.iter_mut().step_by(3) {
        touchpoint.initiator = Some(it_manager);
        touchpoint.participants = vec![it_manager, StakeholderId(5), it_manager, StakeholderId(6)];
        touchpoint.emotions = vec![
            Emotion {
                stakeholder: StakeholderId(4),
                value: -0.0,
            },
            Emotion {
                stakeholder: it_manager,
                value: 0.1 + 0.2,
            },
            Emotion {
                stakeholder: StakeholderId(2),
                value: 1.0,
            },
        ];
        let mut mine = touchpoint.effects.clone();
        for effect in &mut mine {
            effect.stakeholder = it_manager;
        }
        touchpoint.effects.extend(mine);
        let len = touchpoint.effects.len();
        touchpoint.effects.rotate_left(len.min(1));
    }
    assert_eq!(journey.problems(), Vec::<Problem>::new());
    journey
}

#[test]
fn removing_a_stakeholder_named_everywhere_undoes_to_the_identical_journey() {
    let mut journey = journey_naming_the_it_manager_everywhere();
    let start = journey.clone();
    let mut history = History::new();
    let edit = Edit::RemoveStakeholder {
        id: StakeholderId(1),
    };
    history.apply(&mut journey, edit, None, 0.0).unwrap();
    let removed = journey.clone();
    assert!(journey
        .touchpoints
        .iter()
        .all(|t| t.initiator != Some(StakeholderId(1))
            && !t.participants.contains(&StakeholderId(1))));
    assert!(history.undo(&mut journey));
    assert_identical(&journey, &start);
    assert!(history.redo(&mut journey));
    assert_identical(&journey, &removed);
    assert!(history.undo(&mut journey));
    assert_identical(&journey, &start);
}

#[test]
fn deleting_touchpoints_and_effects_puts_them_back_in_place() {
    let mut journey = sample_journey();
    let start = journey.clone();
    let mut history = History::new();
    let edits = [
        Edit::RemoveEffect {
            id: TouchpointId(6),
            index: 1,
        },
        Edit::DeleteTouchpoint {
            id: TouchpointId(1),
        },
        Edit::DeleteTouchpoint {
            id: TouchpointId(17),
        },
        Edit::SetEmotion {
            id: TouchpointId(12),
            stakeholder: StakeholderId(1),
            value: None,
        },
        Edit::SetParticipation {
            id: TouchpointId(12),
            stakeholder: StakeholderId(1),
            takes_part: true,
        },
    ];
    for edit in edits {
        history.apply(&mut journey, edit, None, 0.0).unwrap();
    }
    assert_eq!(journey.touchpoints.len(), start.touchpoints.len() - 2);
    while history.undo(&mut journey) {}
    assert_identical(&journey, &start);
}

#[test]
fn an_untrimmed_name_from_a_document_comes_back_untrimmed() {
    let mut journey = sample_journey();
    journey.name = "  Telephony ".into();
    journey.steps[0].custom_name = Some(String::new());
    let start = journey.clone();
    let mut history = History::new();
    let edits = [
        Edit::RenameJourney { name: "x".into() },
        Edit::RenameStep {
            id: journey.steps[0].id,
            name: " Scan ".into(),
        },
    ];
    for edit in edits {
        history.apply(&mut journey, edit, None, 0.0).unwrap();
    }
    while history.undo(&mut journey) {}
    assert_identical(&journey, &start);
}

/// The app groups edits by what they type into: a run of keystrokes in one name is one undo
/// step, while adding, deleting or moving is never merged with anything.
#[test]
fn typing_edits_have_a_group_and_deliberate_acts_have_none() {
    let id = TouchpointId(3);
    assert_eq!(
        Group::of(&rename(id, "Au")),
        Some(Group::TouchpointName(id))
    );
    assert_eq!(
        Group::of(&Edit::RenameJourney { name: "J".into() }),
        Some(Group::JourneyName)
    );
    assert_eq!(Group::of(&Edit::DeleteTouchpoint { id }), None);
    assert_eq!(
        Group::of(&Edit::MoveTouchpoint {
            id,
            step: sightline_engine::StepId(1),
            lane: sightline_engine::Lane::ProviderBackstage,
            before: None,
        }),
        None
    );
    assert_eq!(
        Group::of(&Edit::SetLane {
            id,
            lane: sightline_engine::Lane::ProviderBackstage
        }),
        None
    );
    // Clearing an emotion is one act, not typing.
    let stakeholder = StakeholderId(1);
    let clear = Edit::SetEmotion {
        id,
        stakeholder,
        value: None,
    };
    assert_eq!(Group::of(&clear), None);
    let feel = Edit::SetEmotion {
        id,
        stakeholder,
        value: Some(1.0),
    };
    assert_eq!(Group::of(&feel), Some(Group::Emotion(id, stakeholder)));
}

/// A version restored is one step: Undo gives back the journey it replaced, exactly, and
/// Redo the version again; an unsound journey is refused and nothing changes.
#[test]
fn replacing_the_whole_journey_is_one_step_undone_exactly() {
    let mut journey = sample_journey();
    let before = journey.clone();
    let mut history = History::new();
    let version = synthetic_journey(Size {
        steps: 5,
        touchpoints: 40,
        stakeholders: 3,
        effects: 60,
    });
    let edit = Edit::ReplaceJourney(Box::new(version.clone()));
    assert_eq!(Group::of(&edit), None);
    assert!(!edit.leaves_figures());
    history
        .apply(&mut journey, edit, None, 0.0)
        .expect("a sound journey");
    assert_identical(&journey, &version);
    assert_eq!(history.undo_steps(), 1);
    assert!(history.undo(&mut journey));
    assert_identical(&journey, &before);
    assert!(history.redo(&mut journey));
    assert_identical(&journey, &version);

    let mut unsound = version;
    unsound.steps.clear();
    let refused = history.apply(
        &mut journey,
        Edit::ReplaceJourney(Box::new(unsound)),
        None,
        1.0,
    );
    assert!(
        matches!(refused, Err(EditError::Invalid(problems)) if problems.contains(&Problem::NoSteps))
    );
    assert_eq!(history.undo_steps(), 1);
}
