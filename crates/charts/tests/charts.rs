//! The six charts and the blueprint export of the sample journey, read back as XML: each
//! parses, names itself for screen readers, and draws one mark per figure it shows.

mod common;

use common::{all_charts, english};
use plotters::style::RGBColor;
use roxmltree::{Document, Node};
use sightline_charts::palette::{self, hex};
use sightline_charts::{
    experience_curve, importance_effort, outcomes_costs_risks, stakeholder_map,
    value_along_journey, value_balance, Background, ChartKind, SERIES_WIDTH,
};
use sightline_engine::{evaluate, EffortQuadrant, Lane, Line, MapQuadrant, Side, Stage, StepId};
use sightline_english::sample_journey;

fn parse(svg: &str) -> Document<'_> {
    Document::parse(svg).unwrap_or_else(|error| panic!("the SVG parses: {error}\n{svg}"))
}

/// Every text element's content, trimmed.
fn texts(doc: &Document) -> Vec<String> {
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or_default().trim().to_owned())
        .collect()
}

fn elements<'a>(doc: &'a Document, tag: &str) -> Vec<Node<'a, 'a>> {
    doc.descendants().filter(|n| n.has_tag_name(tag)).collect()
}

/// Series lines: polylines as wide as a series (axes and ticks are thinner).
fn series<'a>(doc: &'a Document) -> Vec<Node<'a, 'a>> {
    let width = SERIES_WIDTH.to_string();
    elements(doc, "polyline")
        .into_iter()
        .filter(|n| n.attribute("stroke-width") == Some(width.as_str()))
        .collect()
}

fn filled(doc: &Document, tag: &str, colour: RGBColor) -> usize {
    let colour = hex(colour);
    elements(doc, tag)
        .iter()
        .filter(|n| n.attribute("fill") == Some(colour.as_str()))
        .count()
}

fn point_count(polyline: &Node) -> usize {
    polyline
        .attribute("points")
        .unwrap_or_default()
        .split_whitespace()
        .count()
}

#[test]
fn every_chart_parses_and_carries_its_text_alternative() {
    let journey = sample_journey();
    let valuation = evaluate(&journey);
    let text = english();
    for (chart, title) in all_charts(&journey, &valuation)
        .iter()
        .zip(ChartKind::ALL.map(text.title))
    {
        let doc = parse(&chart.svg);
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "svg");
        assert_eq!(root.attribute("role"), Some("img"));
        assert_eq!(root.attribute("aria-label"), Some(chart.summary.as_str()));
        assert!(chart.summary.starts_with(title), "{}", chart.summary);
        let first = root
            .children()
            .find(|n| n.is_element())
            .map(|n| n.tag_name().name());
        assert_eq!(
            first,
            Some("title"),
            "the title comes first, for screen readers"
        );
        assert!(
            texts(&doc).iter().any(|t| t.contains(title)),
            "{title} is drawn"
        );
    }
}

#[test]
fn value_along_the_journey_draws_one_line_per_stakeholder_in_its_side_colour() {
    let journey = sample_journey();
    let valuation = evaluate(&journey);
    let chart = value_along_journey(&journey, &valuation, &english());
    let doc = parse(&chart.svg);
    let lines = series(&doc);
    assert_eq!(lines.len(), journey.stakeholders.len());
    for (line, stakeholder) in lines.iter().zip(&journey.stakeholders) {
        assert_eq!(
            line.attribute("stroke"),
            Some(hex(palette::side(stakeholder.side)).as_str())
        );
        assert_eq!(point_count(line), journey.steps.len());
    }
    let legend = texts(&doc);
    for stakeholder in &journey.stakeholders {
        assert!(
            legend.contains(&stakeholder.name),
            "{} in the legend",
            stakeholder.name
        );
    }
    // The sample's steps that remove value: a band each, and one in the legend.
    let removing = valuation
        .steps
        .iter()
        .filter(|s| s.total.value < 0.0)
        .count();
    assert!(removing > 0, "the sample has steps that remove value");
    let bands = elements(&doc, "rect")
        .into_iter()
        .filter(|n| n.attribute("fill") == Some(hex(palette::VERMILLION).as_str()))
        .filter(|n| n.attribute("opacity") == Some("0.12"))
        .count();
    assert_eq!(bands, removing + 1);
    assert!(legend.contains(&"Step removes value".to_owned()));
    assert!(
        chart.summary.contains("Step removes value: "),
        "{}",
        chart.summary
    );
}

/// The value charts of a journey: value along the journey, outcomes, value balance.
fn value_charts(journey: &sightline_engine::Journey) -> [sightline_charts::Chart; 3] {
    let valuation = evaluate(journey);
    let text = english();
    [
        value_along_journey(journey, &valuation, &text),
        outcomes_costs_risks(journey, &valuation, &text),
        value_balance(journey, &valuation, &text),
    ]
}

#[test]
fn the_value_axes_and_text_alternatives_name_the_unit_of_value() {
    let journey = sample_journey();
    let [along, bars, balance] = value_charts(&journey);
    assert!(texts(&parse(&along.svg)).contains(&"Cumulative value (V, k€)".to_owned()));
    for chart in [&bars, &balance] {
        assert!(texts(&parse(&chart.svg)).contains(&"Value (k€)".to_owned()));
    }
    for chart in [&along, &bars, &balance] {
        assert!(
            chart.summary.contains(". Unit of value: k€; "),
            "{}",
            chart.summary
        );
    }
}

#[test]
fn without_a_unit_the_value_axes_say_only_what_they_measure() {
    let mut journey = sample_journey();
    journey.settings.value_unit.clear();
    let [along, bars, balance] = value_charts(&journey);
    let along_texts = texts(&parse(&along.svg));
    assert!(along_texts.contains(&"Cumulative value (V)".to_owned()));
    for chart in [&bars, &balance] {
        let texts = texts(&parse(&chart.svg));
        assert!(texts.contains(&"Value".to_owned()), "{texts:?}");
        assert!(!texts.iter().any(|t| t.starts_with("Value (")), "{texts:?}");
    }
    for chart in [&along, &bars, &balance] {
        assert!(
            !chart.summary.contains("Unit of value"),
            "{}",
            chart.summary
        );
    }
}

#[test]
fn outcomes_costs_and_risks_draw_a_bar_per_non_zero_amount_and_a_point_per_step() {
    let journey = sample_journey();
    let valuation = evaluate(&journey);
    let doc_chart = outcomes_costs_risks(&journey, &valuation, &english());
    let doc = parse(&doc_chart.svg);
    let count = |pick: fn(&sightline_engine::Figures) -> f64| {
        valuation
            .steps
            .iter()
            .filter(|s| pick(&s.total) > 0.0)
            .count()
    };
    let outcomes = count(|f| f.outcome);
    let unrealised = count(|f| f.potential - f.outcome);
    let costs = count(|f| f.cost);
    let risks = count(|f| f.risk);
    assert!(outcomes > 0 && unrealised > 0 && costs > 0 && risks > 0);
    // One more of each for its legend swatch.
    assert_eq!(filled(&doc, "rect", palette::OUTCOME), outcomes + 1);
    assert_eq!(filled(&doc, "rect", palette::UNREALISED), unrealised + 1);
    assert_eq!(filled(&doc, "rect", palette::COST), costs + 1);
    assert_eq!(filled(&doc, "rect", palette::RISK), risks + 1);
    assert_eq!(
        filled(&doc, "circle", palette::INK),
        journey.steps.len() + 1
    );
    assert!(
        doc_chart.summary.contains("Net value (V): 44"),
        "{}",
        doc_chart.summary
    );
}

#[test]
fn the_stakeholder_map_labels_its_quadrants_and_follows_the_chosen_step() {
    let journey = sample_journey();
    let text = english();
    let chart = stakeholder_map(&journey, None, &text);
    let doc = parse(&chart.svg);
    let drawn = texts(&doc);
    for quadrant in MapQuadrant::ALL.map(text.map_quadrant) {
        assert!(
            drawn.contains(&quadrant.to_owned()),
            "{quadrant} is labelled"
        );
    }
    assert!(
        chart.summary.contains("Keep satisfied: CFO"),
        "{}",
        chart.summary
    );
    // The CFO becomes a close stakeholder while agreeing (influence 10, interest 9).
    let agree = StepId(Stage::Agree.index() as u32 + 1);
    let in_agree = stakeholder_map(&journey, Some(agree), &text);
    assert!(in_agree.summary.starts_with("Stakeholder map: Agree"));
    assert!(
        !in_agree.summary.contains("Keep satisfied"),
        "{}",
        in_agree.summary
    );
    assert_ne!(chart.svg, in_agree.svg);
}

#[test]
fn the_experience_curve_draws_a_line_per_feeling_stakeholder_and_marks_the_lowest_point() {
    let journey = sample_journey();
    let chart = experience_curve(&journey, &english());
    let doc = parse(&chart.svg);
    let feeling: Vec<_> = journey
        .stakeholders
        .iter()
        .filter(|s| {
            journey
                .touchpoints
                .iter()
                .any(|t| t.emotions.iter().any(|e| e.stakeholder == s.id))
        })
        .collect();
    let lines = series(&doc);
    assert_eq!(lines.len(), feeling.len());
    let points: usize = lines.iter().map(point_count).sum();
    let emotions: usize = journey.touchpoints.iter().map(|t| t.emotions.len()).sum();
    assert_eq!(points, emotions);
    assert!(texts(&doc).contains(&"Lowest point".to_owned()));
    assert!(
        chart
            .summary
            .contains("Lowest point: Employees, Business support line, -2"),
        "{}",
        chart.summary
    );
    assert!(
        texts(&doc).contains(&"Emotion (-2 to 2)".to_owned()),
        "the journey's own scale"
    );
}

#[test]
fn importance_against_effort_places_every_touchpoint_and_names_the_misaligned_ones() {
    let journey = sample_journey();
    let valuation = evaluate(&journey);
    let text = english();
    let chart = importance_effort(&journey, &valuation, &text);
    let doc = parse(&chart.svg);
    assert_eq!(elements(&doc, "circle").len(), journey.touchpoints.len());
    let drawn = texts(&doc);
    for quadrant in EffortQuadrant::ALL.map(text.effort_quadrant) {
        assert!(
            drawn.contains(&quadrant.to_owned()),
            "{quadrant} is labelled"
        );
    }
    assert!(drawn.contains(&"Onboarding workshop".to_owned()));
    assert!(drawn.contains(&"Business support line".to_owned()));
    assert!(chart
        .summary
        .contains("Misdirected effort: Onboarding workshop"));
    assert!(chart.summary.contains("Neglected: Business support line"));
}

#[test]
fn the_value_balance_draws_each_sides_value_per_step() {
    let journey = sample_journey();
    let valuation = evaluate(&journey);
    let chart = value_balance(&journey, &valuation, &english());
    let doc = parse(&chart.svg);
    let non_zero = |side: Side| {
        valuation
            .steps
            .iter()
            .filter(|s| s.by_side.side(side).value != 0.0)
            .count()
    };
    assert_eq!(
        filled(&doc, "rect", palette::side(Side::Consumer)),
        non_zero(Side::Consumer) + 1
    );
    assert_eq!(
        filled(&doc, "rect", palette::side(Side::Provider)),
        non_zero(Side::Provider) + 1
    );
    assert!(
        chart.summary.contains("Agree: Consumer: -26, Provider: 40"),
        "{}",
        chart.summary
    );
}

#[test]
fn the_blueprint_export_draws_the_grid_its_four_lines_and_every_touchpoint() {
    let journey = sample_journey();
    let text = english();
    let chart = sightline_charts::blueprint(&journey, &text);
    let doc = parse(&chart.svg);
    let drawn = texts(&doc);
    let lines = Line::ALL.map(text.line).into_iter();
    let lanes_and_stages = Lane::ALL
        .map(text.lane)
        .into_iter()
        .chain(Stage::ALL.map(text.stage));
    for label in lines.chain(lanes_and_stages) {
        assert!(drawn.contains(&label.to_string()), "{label} is drawn");
    }
    assert!(drawn.contains(&text.zone_of_visibility.to_owned()));
    let lines: Vec<&str> = elements(&doc, "line")
        .iter()
        .filter_map(|n| n.attribute("data-line"))
        .collect();
    assert_eq!(
        lines,
        [
            "consumer-visibility",
            "interaction",
            "provider-visibility",
            "internal-interaction"
        ]
    );
    // One card (a group of a box and a name) per touchpoint.
    assert_eq!(elements(&doc, "g").len(), journey.touchpoints.len());
    assert!(drawn.contains(&"Tailored proposal".to_owned()));
    let in_actions = journey
        .touchpoints
        .iter()
        .filter(|t| t.lane == sightline_engine::Lane::ConsumerActions)
        .count();
    let figure = format!("Consumer actions: {in_actions};");
    assert!(chart.summary.contains(&figure), "{}", chart.summary);
}

#[test]
fn the_map_picture_adds_step_values_and_one_experience_line_per_feeling_stakeholder() {
    let journey = sample_journey();
    let valuation = evaluate(&journey);
    let text = english();
    let light = sightline_charts::map_picture(&journey, &valuation, &text, Background::Light);
    let doc = parse(&light.svg);
    let values: Vec<String> = elements(&doc, "text")
        .iter()
        .filter(|n| n.attribute("data-step-value").is_some())
        .map(|n| n.text().unwrap_or_default().to_owned())
        .collect();
    let expected: Vec<String> = valuation
        .steps
        .iter()
        .map(|s| format!("V {}", (text.number)(s.total.value)))
        .collect();
    assert_eq!(values, expected);
    let lines = elements(&doc, "polyline");
    assert_eq!(
        lines.len(),
        sightline_engine::experience_lines(&journey).len()
    );
    assert!(lines.len() > 1);
    assert!(texts(&doc).contains(&text.emotion_lane.to_owned()));
    // Everything the blueprint export draws is there too.
    assert_eq!(elements(&doc, "g").len(), journey.touchpoints.len());

    let dark = sightline_charts::map_picture(&journey, &valuation, &text, Background::Dark);
    let background = |svg: &str| {
        let doc = parse(svg);
        elements(&doc, "rect")
            .first()
            .and_then(|r| r.attribute("fill"))
            .map(str::to_owned)
    };
    assert_eq!(background(&light.svg).as_deref(), Some("#FFFFFF"));
    assert_ne!(background(&dark.svg), background(&light.svg));
}
