//! What the chart tests and benchmarks share: English texts (the crate holds none).
#![allow(dead_code)]

use sightline_charts::{ChartKind, ChartText};

/// English chart texts, as the app gives them.
pub fn english() -> ChartText {
    ChartText {
        title: |kind| match kind {
            ChartKind::ValueAlongJourney => "Value along the journey",
            ChartKind::OutcomesCostsRisks => "Outcomes, costs and risks per step",
            ChartKind::StakeholderMap => "Stakeholder map",
            ChartKind::ExperienceCurve => "Experience curve",
            ChartKind::ImportanceEffort => "Importance against effort",
            ChartKind::ValueBalance => "Value balance",
            ChartKind::Blueprint => "Journey blueprint",
        },
        stage: |stage| match stage {
            Stage::Explore => "Explore",
            Stage::Engage => "Engage",
            Stage::Offer => "Offer",
            Stage::Agree => "Agree",
            Stage::Onboard => "Onboard",
            Stage::CoCreate => "Co-create",
            Stage::Realize => "Realize",
        },
        side: |side| match side {
            Side::Consumer => "Consumer",
            Side::Provider => "Provider",
            Side::Other => "Other",
        },
        lane: |lane| match lane {
            Lane::ConsumerHidden => "Consumer's hidden activities",
            Lane::ConsumerActions => "Consumer actions",
            Lane::ProviderFrontstage => "Provider frontstage",
            Lane::ProviderBackstage => "Provider backstage",
            Lane::SupportProcesses => "Support processes",
        },
        line: |line| match line {
            Line::ConsumerVisibility => "Consumer's line of visibility",
            Line::Interaction => "Line of interaction",
            Line::ProviderVisibility => "Provider's line of visibility",
            Line::InternalInteraction => "Line of internal interaction",
        },
        zone_of_visibility: "Zone of visibility",
        map_quadrant: |quadrant| match quadrant {
            MapQuadrant::ManageClosely => "Manage closely",
            MapQuadrant::KeepSatisfied => "Keep satisfied",
            MapQuadrant::KeepInformed => "Keep informed",
            MapQuadrant::Monitor => "Monitor",
        },
        effort_quadrant: |quadrant| match quadrant {
            EffortQuadrant::MisdirectedEffort => "Misdirected effort",
            EffortQuadrant::Neglected => "Neglected",
            EffortQuadrant::WellInvested => "Well invested",
            EffortQuadrant::KeptLean => "Kept lean",
        },
        steps_axis: "Steps",
        cumulative_value_axis: |unit| {
            if unit.is_empty() {
                "Cumulative value (V)".to_owned()
            } else {
                format!("Cumulative value (V, {unit})")
            }
        },
        value_axis: |unit| {
            if unit.is_empty() {
                "Value".to_owned()
            } else {
                format!("Value ({unit})")
            }
        },
        unit_of_value: "Unit of value",
        influence_axis: "Influence (0–10)",
        interest_axis: "Interest (0–10)",
        emotion_axis: |min, max| format!("Emotion ({min} to {max})"),
        touchpoints_axis: "Touchpoints in journey order",
        importance_axis: "Customer importance (1–5)",
        effort_axis: "Provider effort (1–5)",
        outcome: "Outcomes (realised)",
        unrealised: "Unrealised potential",
        cost: "Costs",
        risk: "Risk exposure",
        net_value: "Net value (V)",
        removes_value: "Step removes value",
        lowest_point: "Lowest point",
        no_steps: "The journey has no steps.",
        no_stakeholders: "No stakeholders yet.",
        no_touchpoints: "No touchpoints yet.",
        no_emotions: "No emotions recorded yet.",
        no_values: "No outcomes, costs or risks recorded yet.",
        more: |hidden| format!("and {hidden} more"),
        number: |value| {
            let text = format!("{:.2}", (value * 100.0).round() / 100.0);
            let text = text.trim_end_matches('0').trim_end_matches('.');
            if text == "-0" {
                "0".to_owned()
            } else {
                text.to_owned()
            }
        },
        figure: |label, value| format!("{label}: {value}"),
    }
}

use sightline_charts::{
    blueprint, experience_curve, importance_effort, outcomes_costs_risks, stakeholder_map,
    value_along_journey, value_balance, Chart,
};
use sightline_engine::{EffortQuadrant, Journey, Lane, Line, MapQuadrant, Side, Stage, Valuation};

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
