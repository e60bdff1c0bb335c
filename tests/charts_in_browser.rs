//! The charts measured where users see them: compiled to wasm, in headless Chromium.
//!
//! It checks that the browser draws the same SVG as native code would (the sample's value
//! chart has one line per stakeholder), then logs how long each chart takes on the sample and
//! on a 1,000-step journey. It sets no time limit: `cargo xtask bench` runs it in a release
//! build and the figures go to BENCHMARKS.md.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use sightline::strings::strings;
use sightline_charts::{
    blueprint, experience_curve, importance_effort, outcomes_costs_risks, stakeholder_map,
    value_along_journey, value_balance, Chart, ChartText,
};
use sightline_engine::{evaluate, synthetic_journey, Journey, Size, Valuation};
use sightline_english::sample_journey;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Every chart of a journey, as the charts panel draws them (the map journey-wide).
fn all_charts(journey: &Journey, valuation: &Valuation, text: &ChartText) -> Vec<Chart> {
    vec![
        value_along_journey(journey, valuation, text),
        outcomes_costs_risks(journey, valuation, text),
        stakeholder_map(journey, None, text),
        experience_curve(journey, text),
        importance_effort(journey, valuation, text),
        value_balance(journey, valuation, text),
        blueprint(journey, text),
    ]
}

/// Milliseconds to draw every chart of `journey`: the median of `rounds` timed runs after one
/// warm-up run. The valuation is computed once, as the app's memo does.
fn median_millis(journey: &Journey, rounds: usize) -> f64 {
    let performance = web_sys::window().unwrap().performance().unwrap();
    let valuation = evaluate(journey);
    let text = strings().chart_text();
    std::hint::black_box(all_charts(journey, &valuation, &text));
    let mut times: Vec<f64> = (0..rounds)
        .map(|_| {
            let start = performance.now();
            std::hint::black_box(all_charts(std::hint::black_box(journey), &valuation, &text));
            performance.now() - start
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[rounds / 2]
}

#[wasm_bindgen_test]
fn charts_in_the_browser_match_native_and_log_their_time() {
    let sample = sample_journey();
    let valuation = evaluate(&sample);
    let text = strings().chart_text();
    let chart = value_along_journey(&sample, &valuation, &text);
    // One series line (stroke-width 2) per stakeholder, as natively.
    assert_eq!(chart.svg.matches("stroke-width=\"2\" points=").count(), 7);
    assert!(chart.svg.contains("role=\"img\""));

    let large = synthetic_journey(Size::BENCHMARK);
    let sample_ms = median_millis(&sample, 101);
    let large_ms = median_millis(&large, 11);
    console_log!(
        "bench: all seven charts of the sample journey: {sample_ms:.3} ms (median of 101)"
    );
    console_log!(
        "bench: all seven charts of 1000 steps, 10000 touchpoints, 50 stakeholders: \
         {large_ms:.1} ms (median of 11)"
    );
}
