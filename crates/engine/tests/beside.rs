//! What lies beside: the cell an Alt+arrow key moves a touchpoint to, and the edits that move
//! a step one place left or right, at both ends of the journey and for a step it lacks.

use sightline_engine::{Direction, Edit, History, Journey, Lane, Neighbours, StepId};

/// The ITIL journey: a step per stage, in order.
fn journey() -> Journey {
    Journey::with_itil_steps("J")
}

fn order(journey: &Journey) -> Vec<StepId> {
    journey.steps.iter().map(|s| s.id).collect()
}

#[test]
fn the_cell_beside_stops_at_the_blueprints_edges() {
    let journey = journey();
    let steps = order(&journey);
    let (first, last) = (steps[0], steps[steps.len() - 1]);
    let top = Lane::ALL[0];
    let bottom = Lane::ALL[Lane::ALL.len() - 1];
    let beside = |step, lane, direction| journey.cell_beside(step, lane, direction);

    assert_eq!(beside(first, top, Direction::Left), None);
    assert_eq!(beside(first, top, Direction::Up), None);
    assert_eq!(beside(first, top, Direction::Right), Some((steps[1], top)));
    assert_eq!(
        beside(first, top, Direction::Down),
        Some((first, Lane::ALL[1]))
    );
    assert_eq!(beside(last, bottom, Direction::Right), None);
    assert_eq!(beside(last, bottom, Direction::Down), None);
    assert_eq!(
        beside(last, bottom, Direction::Left),
        Some((steps[steps.len() - 2], bottom))
    );
    assert_eq!(
        beside(last, bottom, Direction::Up),
        Some((last, Lane::ALL[Lane::ALL.len() - 2]))
    );
    for direction in [
        Direction::Left,
        Direction::Right,
        Direction::Up,
        Direction::Down,
    ] {
        assert_eq!(beside(StepId(99), Lane::ConsumerActions, direction), None);
    }
}

#[test]
fn the_first_step_has_nothing_before_and_the_last_nothing_after() {
    let steps = order(&journey());
    let first = Neighbours::of(&steps, steps[0]).expect("a step of the journey");
    assert_eq!((first.before, first.after), (None, Some(steps[1])));
    assert_eq!(first.move_left(), None);
    let n = steps.len();
    let last = Neighbours::of(&steps, steps[n - 1]).expect("a step of the journey");
    assert_eq!((last.before, last.after), (Some(steps[n - 2]), None));
    assert_eq!(last.move_right(), None);
    assert_eq!(Neighbours::of(&steps, StepId(99)), None);
    assert_eq!(Neighbours::of(&[], steps[0]), None);
}

#[test]
fn a_step_moves_one_place_either_way_and_undo_puts_it_back() {
    let start = journey();
    let steps = order(&start);
    let moved = |step: StepId, edit: fn(&Neighbours) -> Option<Edit>| {
        let mut journey = start.clone();
        let mut history = History::new();
        let edit = edit(&Neighbours::of(&order(&journey), step).expect("a step"));
        history
            .apply(&mut journey, edit.expect("a step to pass"), None, 0.0)
            .expect("a move within the journey");
        let after = order(&journey);
        history.undo(&mut journey);
        assert_eq!(journey, start);
        after
    };
    // The order with the steps at positions `a` and `b` swapped.
    let swapped = |a: usize, b: usize| {
        let mut order = steps.clone();
        order.swap(a, b);
        order
    };
    let n = steps.len();
    assert_eq!(moved(steps[0], Neighbours::move_right), swapped(0, 1));
    // Next to last: "the step after next" is the end of the journey.
    assert_eq!(
        moved(steps[n - 2], Neighbours::move_right),
        swapped(n - 2, n - 1)
    );
    assert_eq!(
        moved(steps[n - 1], Neighbours::move_left),
        swapped(n - 2, n - 1)
    );
    assert_eq!(moved(steps[1], Neighbours::move_left), swapped(0, 1));
    assert_eq!(moved(steps[3], Neighbours::move_right), swapped(3, 4));
}
