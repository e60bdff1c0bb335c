//! Labels come from the user: a stakeholder named `<script>` must show as text in every
//! chart, escaped exactly once (plotters escapes what it draws; the text alternative is
//! escaped by the crate; nothing is escaped twice).

mod common;

use common::all_charts;
use roxmltree::Document;
use sightline_engine::{evaluate, Emotion, StakeholderId};
use sightline_english::sample_journey;

const SCRIPT: &str = "<script>alert(1)</script>";
const QUOTED: &str = "A & B \"quoted\" 'too'";
/// A unit of value that looks like markup, as short as the engine allows.
const UNIT: &str = "<b>&";

#[test]
fn markup_in_names_reads_back_as_the_literal_text() {
    let mut journey = sample_journey();
    journey.name = format!("{QUOTED} {SCRIPT}");
    journey.settings.value_unit = UNIT.to_owned();
    journey.stakeholders[0].name = SCRIPT.to_owned();
    journey.stakeholders[4].name = QUOTED.to_owned();
    journey.steps[1].custom_name = Some(QUOTED.to_owned());
    // A touchpoint in the neglected quadrant, so its name is drawn on the effort chart.
    let support = journey
        .touchpoints
        .iter_mut()
        .find(|t| t.name == "Business support line")
        .expect("the sample has a support line");
    support.name = SCRIPT.to_owned();
    support.emotions.push(Emotion {
        stakeholder: StakeholderId(1),
        value: 1.0,
    });
    let valuation = evaluate(&journey);

    for (n, chart) in all_charts(&journey, &valuation).iter().enumerate() {
        assert!(
            !chart.svg.contains("<script") && !chart.svg.contains("<b>"),
            "chart {n} holds raw markup"
        );
        assert!(
            !chart.svg.contains("&amp;amp;") && !chart.svg.contains("&amp;lt;"),
            "chart {n} escapes twice"
        );
        let doc = Document::parse(&chart.svg).unwrap_or_else(|e| panic!("chart {n} parses: {e}"));
        let texts: Vec<String> = doc
            .descendants()
            .filter(|node| node.has_tag_name("text"))
            .map(|node| node.text().unwrap_or_default().trim().to_owned())
            .collect();
        // Long labels may be shortened with an ellipsis; the markup must survive as text.
        let shown = |label: &str| {
            let start: String = label.chars().take(8).collect();
            texts.iter().any(|t| t.contains(&start))
        };
        // The map, the effort chart and the blueprint draw names the others do not.
        let expected: &[&str] = match n {
            0 => &[SCRIPT, QUOTED, UNIT],
            2 => &[SCRIPT, QUOTED],
            1 | 5 => &[QUOTED, UNIT],
            3 | 4 => &[SCRIPT],
            _ => &[SCRIPT, QUOTED],
        };
        for label in expected {
            assert!(shown(label), "chart {n} shows {label}: {texts:?}");
        }
        let label = doc
            .root_element()
            .attribute("aria-label")
            .unwrap_or_default();
        assert_eq!(
            label, chart.summary,
            "the accessible name reads back unescaped"
        );
        if matches!(n, 0 | 1 | 5) {
            assert!(
                label.contains(&format!("Unit of value: {UNIT};")),
                "chart {n} names its unit: {label}"
            );
        }
    }
}
