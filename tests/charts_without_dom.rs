//! Charts are pure even in wasm, where plotters would measure text through the DOM if asked
//! (its captions and series legends do; `sightline-charts` never uses them). A dedicated
//! worker has no `window` or `document`: plotters' DOM measurement would panic here, so
//! drawing every chart in one proves none touches the DOM.
#![cfg(target_arch = "wasm32")]

use sightline::strings::strings;
use sightline_charts::{
    blueprint, experience_curve, importance_effort, outcomes_costs_risks, stakeholder_map,
    value_along_journey, value_balance,
};
use sightline_engine::{evaluate, synthetic_journey, Size};
use sightline_english::sample_journey;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_dedicated_worker);

#[wasm_bindgen_test]
fn every_chart_draws_without_a_document() {
    let text = strings().chart_text();
    let small = Size {
        steps: 12,
        touchpoints: 40,
        stakeholders: 5,
        effects: 80,
    };
    for journey in [sample_journey(), synthetic_journey(small)] {
        let valuation = evaluate(&journey);
        let charts = [
            value_along_journey(&journey, &valuation, &text),
            outcomes_costs_risks(&journey, &valuation, &text),
            stakeholder_map(&journey, journey.steps.first().map(|s| s.id), &text),
            experience_curve(&journey, &text),
            importance_effort(&journey, &valuation, &text),
            value_balance(&journey, &valuation, &text),
            blueprint(&journey, &text),
        ];
        for chart in charts {
            assert!(chart.svg.starts_with("<svg"), "{}", chart.summary);
            assert!(chart.svg.contains("<text"), "{}", chart.summary);
        }
    }
}
