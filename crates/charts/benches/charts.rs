//! How long the charts take to draw: every chart of the sample journey (the target is one
//! animation frame, 16 ms, for all of them) and of a 1,000-step journey. Run with
//! `cargo xtask bench`.

#[path = "../tests/common/mod.rs"]
mod common;

use criterion::{criterion_group, criterion_main, Criterion};
use sightline_charts::{
    blueprint, experience_curve, importance_effort, outcomes_costs_risks, stakeholder_map,
    value_along_journey, value_balance,
};
use sightline_engine::{evaluate, synthetic_journey, Journey, Size};
use sightline_english::sample_journey;
use std::hint::black_box;

fn chart_journey(c: &mut Criterion, label: &str, journey: &Journey) {
    let valuation = evaluate(journey);
    let text = common::english();
    let mut group = c.benchmark_group(label);
    group.bench_function("value along the journey", |b| {
        b.iter(|| value_along_journey(black_box(journey), black_box(&valuation), &text))
    });
    group.bench_function("outcomes, costs and risks", |b| {
        b.iter(|| outcomes_costs_risks(black_box(journey), black_box(&valuation), &text))
    });
    group.bench_function("stakeholder map", |b| {
        b.iter(|| stakeholder_map(black_box(journey), None, &text))
    });
    group.bench_function("experience curve", |b| {
        b.iter(|| experience_curve(black_box(journey), &text))
    });
    group.bench_function("importance against effort", |b| {
        b.iter(|| importance_effort(black_box(journey), black_box(&valuation), &text))
    });
    group.bench_function("value balance", |b| {
        b.iter(|| value_balance(black_box(journey), black_box(&valuation), &text))
    });
    group.bench_function("blueprint", |b| {
        b.iter(|| blueprint(black_box(journey), &text))
    });
    group.bench_function("all seven", |b| {
        b.iter(|| common::all_charts(black_box(journey), black_box(&valuation)))
    });
    group.finish();
}

fn charts(c: &mut Criterion) {
    chart_journey(c, "charts of the sample journey", &sample_journey());
    chart_journey(
        c,
        "charts of 1000 steps, 10000 touchpoints, 50 stakeholders",
        &synthetic_journey(Size::BENCHMARK),
    );
}

criterion_group!(benches, charts);
criterion_main!(benches);
