//! The blueprint as an SVG file: steps as columns, lanes as rows, the four lines labelled,
//! the zone of visibility shaded, touchpoints in their cells.
//!
//! Written as plain SVG rather than with plotters: it is a grid of boxes and words, not a
//! plot, and its size follows the journey (one column per step).

use std::fmt::Write;

use sightline_engine::{Journey, Lane, Line};

use crate::frame::{escape, shorten};
use crate::palette::{hex, BLUE, CARD, INK, QUIET, SKY_BLUE, VERMILLION};
use crate::{step_names, Chart, ChartKind, ChartText};

const PAD: usize = 12;
const TITLE: usize = 40;
const HEADER: usize = 40;
const LANE_COLUMN: usize = 210;
const COLUMN: usize = 190;
const CARD_HEIGHT: usize = 22;
const CARD_GAP: usize = 6;

/// The blueprint grid of `journey`: one column per step (named), one row per lane (named),
/// the consumer's and the provider's lines of visibility, the line of interaction and the
/// line of internal interaction drawn and labelled between the rows, the zone of visibility
/// shaded, and each touchpoint's name in its cell.
pub fn blueprint(journey: &Journey, text: &ChartText) -> Chart {
    let title = (text.title)(ChartKind::Blueprint);
    let names = step_names(text, journey);
    let steps = journey.steps.len();
    // Touchpoint names per cell, lane-major.
    let mut cells: Vec<Vec<String>> = vec![Vec::new(); Lane::ALL.len() * steps];
    let position: std::collections::HashMap<_, usize> = journey
        .steps
        .iter()
        .enumerate()
        .map(|(k, s)| (s.id, k))
        .collect();
    for touchpoint in &journey.touchpoints {
        if let Some(&k) = position.get(&touchpoint.step) {
            cells[touchpoint.lane.index() * steps + k].push(touchpoint.name.clone());
        }
    }
    let lane_heights: Vec<usize> = Lane::ALL
        .iter()
        .map(|lane| {
            let most = (0..steps)
                .map(|k| cells[lane.index() * steps + k].len())
                .max()
                .unwrap_or(0)
                .max(1);
            2 * CARD_GAP + most * (CARD_HEIGHT + CARD_GAP) + 14
        })
        .collect();
    let width = 2 * PAD + LANE_COLUMN + steps.max(1) * COLUMN;
    let grid_top = TITLE + HEADER;
    let height = grid_top + lane_heights.iter().sum::<usize>() + PAD;
    let lane_top: Vec<usize> = lane_heights
        .iter()
        .scan(grid_top, |top, h| {
            let this = *top;
            *top += h;
            Some(this)
        })
        .collect();

    let counts: Vec<String> = Lane::ALL
        .iter()
        .map(|lane| {
            let n = (0..steps)
                .map(|k| cells[lane.index() * steps + k].len())
                .sum::<usize>();
            (text.figure)((text.lane)(*lane), &n.to_string())
        })
        .collect();
    let summary = format!(
        "{}. {}.",
        (text.figure)(title, &journey.name),
        counts.join("; ")
    );

    let mut svg = String::with_capacity(4096 + journey.touchpoints.len() * 200);
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{}\" \
         font-family=\"sans-serif\">\n<title>{}</title>\n",
        escape(&summary),
        escape(title)
    );
    let _ = writeln!(
        svg,
        "<rect width=\"{width}\" height=\"{height}\" fill=\"{}\"/>",
        hex(CARD)
    );
    let _ = writeln!(
        svg,
        "<text x=\"{PAD}\" y=\"26\" font-size=\"17\" font-weight=\"bold\" fill=\"{}\">{}</text>",
        hex(INK),
        escape(&shorten(&(text.figure)(title, &journey.name), 120))
    );
    // The zone of visibility: from the consumer's line of visibility to the provider's.
    let zone_top = lane_top[Lane::ConsumerActions.index()];
    let zone_bottom =
        lane_top[Lane::ProviderFrontstage.index()] + lane_heights[Lane::ProviderFrontstage.index()];
    let _ = writeln!(
        svg,
        "<rect x=\"{PAD}\" y=\"{zone_top}\" width=\"{}\" height=\"{}\" fill=\"{}\" \
         fill-opacity=\"0.16\"/>",
        width - 2 * PAD,
        zone_bottom - zone_top,
        hex(SKY_BLUE)
    );
    let _ = writeln!(
        svg,
        "<text x=\"{}\" y=\"{}\" font-size=\"11\" font-style=\"italic\" fill=\"{}\" \
         text-anchor=\"end\">{}</text>",
        width - PAD - 6,
        zone_top + 14,
        hex(INK),
        escape(text.zone_of_visibility)
    );
    // Step names and column rules.
    for (k, name) in names.iter().enumerate() {
        let x = PAD + LANE_COLUMN + k * COLUMN;
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"{}\" font-size=\"13\" font-weight=\"bold\" fill=\"{}\" \
             text-anchor=\"middle\">{}</text>",
            x + COLUMN / 2,
            TITLE + 26,
            hex(INK),
            escape(&shorten(name, 24))
        );
        let _ = writeln!(
            svg,
            "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"{}\" stroke-opacity=\"0.4\"/>",
            TITLE + 8,
            height - PAD,
            hex(QUIET)
        );
    }
    // Lanes: names on the left, touchpoint cards in the cells.
    for lane in Lane::ALL {
        let top = lane_top[lane.index()];
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"{}\">{}</text>",
            PAD + 4,
            top + 20,
            hex(INK),
            escape((text.lane)(lane))
        );
        for k in 0..steps {
            let x = PAD + LANE_COLUMN + k * COLUMN + 8;
            for (j, name) in cells[lane.index() * steps + k].iter().enumerate() {
                let y = top + CARD_GAP + 14 + j * (CARD_HEIGHT + CARD_GAP);
                let _ = writeln!(
                    svg,
                    "<g><rect x=\"{x}\" y=\"{y}\" width=\"{}\" height=\"{CARD_HEIGHT}\" rx=\"4\" \
                     fill=\"{}\" stroke=\"{}\"/><text x=\"{}\" y=\"{}\" font-size=\"11\" \
                     fill=\"{}\">{}</text></g>",
                    COLUMN - 16,
                    hex(CARD),
                    hex(QUIET),
                    x + 6,
                    y + 15,
                    hex(INK),
                    escape(&shorten(name, 28))
                );
            }
        }
    }
    // The four lines, each below its lane, labelled on the left.
    for line in Line::ALL {
        let above = line.above().index();
        let y = lane_top[above] + lane_heights[above];
        let (colour, dash, stroke) = match line {
            Line::ConsumerVisibility => (BLUE, "8 4", 2),
            Line::Interaction => (INK, "", 2),
            Line::ProviderVisibility => (VERMILLION, "8 4", 2),
            Line::InternalInteraction => (QUIET, "2 3", 1),
        };
        let _ = writeln!(
            svg,
            "<line x1=\"{PAD}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"{}\" stroke-width=\"{stroke}\" \
             stroke-dasharray=\"{dash}\" data-line=\"{}\"/>",
            width - PAD,
            hex(colour),
            line.key()
        );
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"{}\" font-size=\"10\" font-style=\"italic\" fill=\"{}\">{}</text>",
            PAD + 4,
            y - 4,
            hex(colour),
            escape((text.line)(line))
        );
    }
    svg.push_str("</svg>\n");
    Chart { svg, summary }
}
