//! What the chart tests and benchmarks share: English texts (the crate holds none).
#![allow(dead_code)]

use sightline_charts::ChartText;

/// English chart texts, as the app gives them: its own English table's.
pub fn english() -> ChartText {
    sightline_strings::Language::En.strings().chart_text()
}

use sightline_charts::{
    blueprint, experience_curve, importance_effort, outcomes_costs_risks, stakeholder_map,
    value_along_journey, value_balance, Chart,
};
use sightline_engine::{Journey, Valuation};

/// Every chart of a journey, the stakeholder map journey-wide, in `ChartKind::ALL` order.
pub fn all_charts(journey: &Journey, valuation: &Valuation) -> Vec<Chart> {
    let text = english();
    vec![
        value_along_journey(journey, valuation, &text),
        outcomes_costs_risks(journey, valuation, &text),
        stakeholder_map(journey, None, &text),
        experience_curve(journey, &text),
        importance_effort(journey, valuation, &text),
        value_balance(journey, valuation, &text),
        blueprint(journey, &text),
    ]
}
