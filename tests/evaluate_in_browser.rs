//! The value engine measured where users run it: compiled to wasm, in headless Chromium.
//!
//! It checks that the browser computes the same figures as native code, then logs how long
//! `evaluate` takes on the sample and on the benchmark journey. It sets no time limit: the
//! figures are read by `cargo xtask bench` (a release build) and recorded in BENCHMARKS.md.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use sightline_engine::{evaluate, synthetic_journey, Journey, Size};
use sightline_english::sample_journey;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Milliseconds per `evaluate` of `journey`: the median of `rounds` timed runs after one
/// warm-up run.
fn median_millis(journey: &Journey, rounds: usize) -> f64 {
    let performance = web_sys::window().unwrap().performance().unwrap();
    std::hint::black_box(evaluate(journey));
    let mut times: Vec<f64> = (0..rounds)
        .map(|_| {
            let start = performance.now();
            std::hint::black_box(evaluate(std::hint::black_box(journey)));
            performance.now() - start
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[rounds / 2]
}

#[wasm_bindgen_test]
fn evaluate_in_the_browser_gives_the_native_figures_and_logs_its_time() {
    let sample = sample_journey();
    // The golden figure of the sample (see crates/engine/tests/valuation.rs).
    assert_eq!(evaluate(&sample).total.value, 44.0);
    let large = synthetic_journey(Size::BENCHMARK);
    let valuation = evaluate(&large);
    assert_eq!(valuation.steps.len(), 1_000);
    assert_eq!(valuation.stakeholders.len(), 50);

    let sample_ms = median_millis(&sample, 200);
    let large_ms = median_millis(&large, 21);
    console_log!("bench: evaluate sample journey: {sample_ms:.4} ms (median of 200)");
    console_log!(
        "bench: evaluate 1000 steps, 10000 touchpoints, 50 stakeholders, 30000 effects: \
         {large_ms:.2} ms (median of 21)"
    );
}
