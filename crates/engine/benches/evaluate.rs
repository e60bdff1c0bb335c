//! How long the value engine takes: the sample journey, and the benchmark size of 1,000 steps,
//! 10,000 touchpoints, 50 stakeholders and 30,000 effects. Run with `cargo xtask bench`.

use criterion::{criterion_group, criterion_main, Criterion};
use sightline_engine::{evaluate, synthetic_journey, Size};
use sightline_english::sample_journey;
use std::hint::black_box;

fn evaluate_journeys(c: &mut Criterion) {
    let sample = sample_journey();
    c.bench_function("evaluate sample journey", |b| {
        b.iter(|| evaluate(black_box(&sample)))
    });
    let large = synthetic_journey(Size::BENCHMARK);
    c.bench_function(
        "evaluate 1000 steps, 10000 touchpoints, 30000 effects",
        |b| b.iter(|| evaluate(black_box(&large))),
    );
}

criterion_group!(benches, evaluate_journeys);
criterion_main!(benches);
