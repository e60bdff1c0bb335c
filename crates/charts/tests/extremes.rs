//! Empty and extreme journeys: every chart still parses, and says why when there is nothing
//! to plot, instead of panicking or showing an empty box.

mod common;

use common::{all_charts, english};
use proptest::prelude::*;
use roxmltree::Document;
use sightline_engine::{
    evaluate, synthetic_journey, EffectKind, Journey, Line, Role, Side, Size, Stage, Stakeholder,
    StakeholderId,
};
use sightline_english::sample_journey;

/// Every text drawn in a chart, trimmed.
fn texts(svg: &str) -> Vec<String> {
    let doc = Document::parse(svg).unwrap_or_else(|e| panic!("the SVG parses: {e}"));
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or_default().trim().to_owned())
        .collect()
}

fn all_texts(journey: &Journey) -> Vec<Vec<String>> {
    all_charts(journey, &evaluate(journey))
        .iter()
        .map(|c| texts(&c.svg))
        .collect()
}

#[test]
fn a_journey_without_stakeholders_says_so_where_it_matters() {
    let journey = Journey::with_itil_steps("Empty");
    let drawn = all_texts(&journey);
    let text = english();
    // Value along, stakeholder map, experience and balance need stakeholders.
    for chart in [0, 2, 3, 5] {
        assert!(
            drawn[chart].contains(&text.no_stakeholders.to_owned()),
            "chart {chart}"
        );
    }
    assert!(drawn[1].contains(&text.no_values.to_owned()));
    assert!(drawn[4].contains(&text.no_touchpoints.to_owned()));
    // The blueprint still shows its grid: every step and every line.
    let stages = Stage::ALL.map(text.stage).into_iter();
    for name in stages.chain(Line::ALL.map(text.line)) {
        assert!(drawn[6].contains(&name.to_string()), "{name}");
    }
}

#[test]
fn a_journey_with_no_steps_at_all_shows_a_message_not_a_panic() {
    let mut journey = Journey::with_itil_steps("No steps");
    journey.steps.clear();
    journey.stakeholders.push(Stakeholder::new(
        StakeholderId(1),
        "Someone",
        Role::User,
        Side::Consumer,
    ));
    let drawn = all_texts(&journey);
    assert!(drawn[0].contains(&english().no_steps.to_owned()));
    assert!(drawn[1].contains(&english().no_steps.to_owned()));
}

#[test]
fn all_zero_values_keep_flat_lines_and_explain_the_empty_bars() {
    let mut journey = sample_journey();
    for touchpoint in &mut journey.touchpoints {
        for effect in &mut touchpoint.effects {
            effect.kind = effect.kind.aspect().zero();
        }
    }
    let valuation = evaluate(&journey);
    assert_eq!(valuation.total.value, 0.0);
    let charts = all_charts(&journey, &valuation);
    let lines = texts(&charts[0].svg);
    assert!(
        lines.contains(&"IT manager".to_owned()),
        "the lines are still drawn"
    );
    assert!(texts(&charts[1].svg).contains(&english().no_values.to_owned()));
    assert!(texts(&charts[5].svg).contains(&english().no_values.to_owned()));
}

#[test]
fn a_single_step_journey_draws_its_one_step() {
    let mut journey = sample_journey();
    journey.steps.truncate(1);
    let first = journey.steps[0].id;
    journey.touchpoints.retain(|t| t.step == first);
    let drawn = all_texts(&journey);
    assert!(drawn[0].contains(&"Explore".to_owned()));
    assert!(drawn[1].contains(&"Explore".to_owned()));
}

#[test]
fn huge_values_stay_on_the_chart() {
    let mut journey = sample_journey();
    for touchpoint in &mut journey.touchpoints {
        for effect in &mut touchpoint.effects {
            if let EffectKind::Outcome {
                potential,
                realised,
            } = &mut effect.kind
            {
                *potential *= 1e12;
                *realised *= 1e12;
            }
        }
    }
    let drawn = all_texts(&journey);
    // Ticks switch to scientific notation rather than run off the axis.
    assert!(drawn[0].iter().any(|t| t.contains("e1")), "{:?}", drawn[0]);
}

#[test]
fn a_thousand_steps_render_with_every_stakeholder() {
    let journey = synthetic_journey(Size::BENCHMARK);
    let valuation = evaluate(&journey);
    let charts = all_charts(&journey, &valuation);
    for chart in &charts {
        Document::parse(&chart.svg).unwrap_or_else(|e| panic!("parses: {e}"));
    }
    let lines = Document::parse(&charts[0].svg)
        .map(|doc| {
            doc.descendants()
                .filter(|n| n.attribute("stroke-width") == Some("2") && n.has_tag_name("polyline"))
                .count()
        })
        .unwrap_or_default();
    assert_eq!(lines, 50);
    // The legend cannot list 50 stakeholders: it says how many it left out.
    assert!(texts(&charts[0].svg)
        .iter()
        .any(|t| t.starts_with("and ") && t.ends_with(" more")));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    #[test]
    fn any_synthetic_journey_renders_every_chart(
        steps in 0usize..30,
        touchpoints in 0usize..60,
        stakeholders in 0usize..9,
        effects in 0usize..90,
    ) {
        let journey = synthetic_journey(Size { steps, touchpoints, stakeholders, effects });
        for chart in all_charts(&journey, &evaluate(&journey)) {
            let texts = texts(&chart.svg);
            prop_assert!(texts.len() >= 2, "a title and at least a message");
            prop_assert!(!chart.summary.is_empty());
        }
    }
}
