//! Moving a touchpoint to another cell, or within its cell: where it lands in the list,
//! what is refused, and that undo puts it back exactly.

use sightline_engine::{Edit, EditError, History, Journey, Lane, StepId, TouchpointId};
use sightline_english::sample_journey;

/// The ids in a cell, in order.
fn cell(journey: &Journey, step: StepId, lane: Lane) -> Vec<TouchpointId> {
    journey.touchpoints_in(step, lane).map(|t| t.id).collect()
}

/// A small journey: two steps, touchpoints 1, 2, 3 in step 1's consumer actions, 4 in step
/// 2's backstage, 5 in step 1's consumer actions again (after 4 in the list).
fn journey() -> Journey {
    let mut journey = sample_journey();
    journey.touchpoints.clear();
    let first = journey.steps[0].id;
    let second = journey.steps[1].id;
    let places = [
        (first, Lane::ConsumerActions),
        (first, Lane::ConsumerActions),
        (first, Lane::ConsumerActions),
        (second, Lane::ProviderBackstage),
        (first, Lane::ConsumerActions),
    ];
    for (n, (step, lane)) in places.into_iter().enumerate() {
        let id = TouchpointId(n as u32 + 1);
        let name = format!("t{}", id.0);
        journey
            .apply(Edit::AddTouchpoint {
                id,
                step,
                lane,
                name,
            })
            .expect("both steps exist and the ids are new");
    }
    journey
}

fn ids(journey: &Journey) -> Vec<u32> {
    journey.touchpoints.iter().map(|t| t.id.0).collect()
}

#[test]
fn a_touchpoint_moves_across_the_lines_of_visibility_to_the_end_of_another_cell() {
    let mut journey = journey();
    let (first, second) = (journey.steps[0].id, journey.steps[1].id);
    journey
        .apply(Edit::MoveTouchpoint {
            id: TouchpointId(2),
            step: second,
            lane: Lane::ProviderBackstage,
            before: None,
        })
        .unwrap();
    let moved = journey.touchpoint(TouchpointId(2)).unwrap();
    assert_eq!((moved.step, moved.lane), (second, Lane::ProviderBackstage));
    assert!(!moved.lane.in_zone_of_visibility());
    assert_eq!(
        cell(&journey, second, Lane::ProviderBackstage),
        [TouchpointId(4), TouchpointId(2)]
    );
    assert_eq!(
        cell(&journey, first, Lane::ConsumerActions),
        [TouchpointId(1), TouchpointId(3), TouchpointId(5)]
    );
    assert_eq!(ids(&journey), [1, 3, 4, 2, 5]);
}

#[test]
fn a_touchpoint_moved_into_an_empty_cell_keeps_its_place_in_the_list() {
    let mut journey = journey();
    let second = journey.steps[1].id;
    journey
        .apply(Edit::MoveTouchpoint {
            id: TouchpointId(1),
            step: second,
            lane: Lane::SupportProcesses,
            before: None,
        })
        .unwrap();
    assert_eq!(ids(&journey), [1, 2, 3, 4, 5]);
    assert_eq!(
        cell(&journey, second, Lane::SupportProcesses),
        [TouchpointId(1)]
    );
}

#[test]
fn moving_within_a_cell_reorders_it() {
    let mut journey = journey();
    let first = journey.steps[0].id;
    let mut move_to = |id: u32, before: Option<u32>| {
        journey
            .apply(Edit::MoveTouchpoint {
                id: TouchpointId(id),
                step: first,
                lane: Lane::ConsumerActions,
                before: before.map(TouchpointId),
            })
            .unwrap();
    };
    // Up: the last before the first.
    move_to(5, Some(1));
    // Down: the first (now 5) before 3, past 1 and 2.
    move_to(5, Some(3));
    // To the end of its own cell.
    move_to(1, None);
    assert_eq!(
        cell(&journey, first, Lane::ConsumerActions),
        [2, 5, 3, 1].map(TouchpointId)
    );
}

#[test]
fn a_refused_move_leaves_the_journey_unchanged() {
    let journey = journey();
    let (first, second) = (journey.steps[0].id, journey.steps[1].id);
    let refusals = [
        (
            Edit::MoveTouchpoint {
                id: TouchpointId(99),
                step: first,
                lane: Lane::ConsumerHidden,
                before: None,
            },
            EditError::NoSuchTouchpoint(TouchpointId(99)),
        ),
        (
            Edit::MoveTouchpoint {
                id: TouchpointId(1),
                step: StepId(99),
                lane: Lane::ConsumerHidden,
                before: None,
            },
            EditError::NoSuchStep(StepId(99)),
        ),
        // 4 is in step 2's backstage, not in step 2's frontstage.
        (
            Edit::MoveTouchpoint {
                id: TouchpointId(1),
                step: second,
                lane: Lane::ProviderFrontstage,
                before: Some(TouchpointId(4)),
            },
            EditError::NotInCell(TouchpointId(4)),
        ),
        // Before itself.
        (
            Edit::MoveTouchpoint {
                id: TouchpointId(1),
                step: first,
                lane: Lane::ConsumerActions,
                before: Some(TouchpointId(1)),
            },
            EditError::NotInCell(TouchpointId(1)),
        ),
        // Before a touchpoint that does not exist.
        (
            Edit::MoveTouchpoint {
                id: TouchpointId(1),
                step: first,
                lane: Lane::ConsumerActions,
                before: Some(TouchpointId(77)),
            },
            EditError::NotInCell(TouchpointId(77)),
        ),
    ];
    for (edit, error) in refusals {
        let mut edited = journey.clone();
        assert_eq!(edited.apply(edit), Err(error));
        assert_eq!(edited, journey);
    }
}

#[test]
fn undo_restores_the_exact_order_and_redo_the_move() {
    let start = journey();
    let (first, second) = (start.steps[0].id, start.steps[1].id);
    let mut journey = start.clone();
    let mut history = History::new();
    let moves = [
        (5, second, Lane::ProviderBackstage, Some(4)),
        (1, first, Lane::ConsumerActions, None),
        (3, second, Lane::SupportProcesses, None),
        (2, second, Lane::ProviderBackstage, Some(5)),
    ];
    let mut after = Vec::new();
    for (n, (id, step, lane, before)) in moves.into_iter().enumerate() {
        let edit = Edit::MoveTouchpoint {
            id: TouchpointId(id),
            step,
            lane,
            before: before.map(TouchpointId),
        };
        history
            .apply(&mut journey, edit, None, n as f64 * 10_000.0)
            .unwrap();
        after.push(journey.clone());
    }
    assert_eq!(ids(&journey), [3, 1, 2, 5, 4]);
    for expected in after.iter().rev().skip(1) {
        assert!(history.undo(&mut journey));
        assert_eq!(&journey, expected);
    }
    assert!(history.undo(&mut journey));
    assert_eq!(journey, start);
    for expected in &after {
        assert!(history.redo(&mut journey));
        assert_eq!(&journey, expected);
    }
}
