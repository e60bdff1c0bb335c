//! How long an undoable edit and its undo take on the benchmark journey (1,000 steps, 10,000
//! touchpoints, 50 stakeholders, 30,000 effects), beside what a copy of the whole journey
//! per step would cost. Run with `cargo xtask bench`.

use criterion::{criterion_group, criterion_main, Criterion};
use sightline_engine::{
    synthetic_journey, Edit, Group, History, Journey, Size, StakeholderId, TouchpointId,
};
use std::hint::black_box;

/// Applies `edit` through a history and undoes it, leaving the journey as it was.
fn apply_and_undo(history: &mut History, journey: &mut Journey, edit: &Edit, group: Option<Group>) {
    let applied = history.apply(journey, edit.clone(), group, 0.0);
    black_box(applied).ok();
    black_box(history.undo(journey));
}

fn undo_history(c: &mut Criterion) {
    let mut journey = synthetic_journey(Size::BENCHMARK);
    let mut history = History::new();
    // The last touchpoint, so that finding it walks the whole list.
    let id = TouchpointId(10_000);
    let rename = Edit::RenameTouchpoint {
        id,
        name: "Renamed touchpoint".into(),
    };
    c.bench_function(
        "apply and undo: rename touchpoint (10000 touchpoints)",
        |b| {
            b.iter(|| {
                apply_and_undo(
                    &mut history,
                    &mut journey,
                    &rename,
                    Some(Group::TouchpointName(id)),
                )
            })
        },
    );
    let remove = Edit::RemoveStakeholder {
        id: StakeholderId(1),
    };
    c.bench_function(
        "apply and undo: remove stakeholder (10000 touchpoints)",
        |b| b.iter(|| apply_and_undo(&mut history, &mut journey, &remove, None)),
    );
    c.bench_function("clone the journey (10000 touchpoints), for scale", |b| {
        b.iter(|| black_box(&journey).clone())
    });
}

criterion_group!(benches, undo_history);
criterion_main!(benches);
