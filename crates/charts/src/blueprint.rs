//! The blueprint as an SVG file: steps as columns, lanes as rows, the four lines labelled,
//! the zone of visibility shaded, touchpoints in their cells.
//!
//! Written as plain SVG rather than with plotters: it is a grid of boxes and words, not a
//! plot, and its size follows the journey (one column per step).

use std::fmt::Write;

use plotters::style::RGBColor;
use sightline_engine::{experience_lines, Journey, Lane, Line, Valuation};

use crate::frame::{escape, shorten};
use crate::palette::{self, hex, BLUE, CARD, INK, QUIET, SKY_BLUE, VERMILLION};
use crate::value_along::side_markers;
use crate::{step_names, Chart, ChartKind, ChartText, Marker};

const PAD: usize = 12;
const TITLE: usize = 40;
const HEADER: usize = 40;
const LANE_COLUMN: usize = 210;
const COLUMN: usize = 190;
const CARD_HEIGHT: usize = 22;
const CARD_GAP: usize = 6;
/// The row of step values, under the step names, in a picture of the map.
const VALUES: usize = 20;
/// The experience band, between the headers and the lanes, in a picture of the map.
const EXPERIENCE: usize = 96;

/// The background a picture of the map is drawn on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Background {
    /// Dark ink on white, for print and most slides.
    Light,
    /// Light ink on a dark card, for dark slides.
    Dark,
}

/// The colours of a background: card, ink, quiet.
fn colours(background: Background) -> (RGBColor, RGBColor, RGBColor) {
    match background {
        Background::Light => (CARD, INK, QUIET),
        Background::Dark => (
            RGBColor(0x1f, 0x22, 0x27),
            RGBColor(0xe8, 0xea, 0xed),
            RGBColor(0xa3, 0xa9, 0xb3),
        ),
    }
}

/// What a picture of the map adds to the blueprint.
struct Extras<'a> {
    /// The step values under the step names.
    valuation: Option<&'a Valuation>,
    /// The experience band.
    experience: bool,
    background: Background,
}

/// The blueprint grid of `journey`: one column per step (named), one row per lane (named),
/// the consumer's and the provider's lines of visibility, the line of interaction and the
/// line of internal interaction drawn and labelled between the rows, the zone of visibility
/// shaded, and each touchpoint's name in its cell.
pub fn blueprint(journey: &Journey, text: &ChartText) -> Chart {
    draw_map(
        journey,
        text,
        &Extras {
            valuation: None,
            experience: false,
            background: Background::Light,
        },
    )
}

/// The map as a picture to show or print: the blueprint with each step's value under its
/// name and the experience band (one line per stakeholder who feels something, the charts'
/// colours and markers) above the lanes, on a light or dark card.
pub fn map_picture(
    journey: &Journey,
    valuation: &Valuation,
    text: &ChartText,
    background: Background,
) -> Chart {
    draw_map(
        journey,
        text,
        &Extras {
            valuation: Some(valuation),
            experience: true,
            background,
        },
    )
}

fn draw_map(journey: &Journey, text: &ChartText, extras: &Extras) -> Chart {
    let (card, ink, quiet) = colours(extras.background);
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
    let values = if extras.valuation.is_some() {
        VALUES
    } else {
        0
    };
    let experience_top = TITLE + HEADER + values;
    let experience = if extras.experience { EXPERIENCE } else { 0 };
    let grid_top = experience_top + experience;
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
        hex(card)
    );
    let _ = writeln!(
        svg,
        "<text x=\"{PAD}\" y=\"26\" font-size=\"17\" font-weight=\"bold\" fill=\"{}\">{}</text>",
        hex(ink),
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
        hex(ink),
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
            hex(ink),
            escape(&shorten(name, 24))
        );
        let _ = writeln!(
            svg,
            "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"{}\" stroke-opacity=\"0.4\"/>",
            TITLE + 8,
            height - PAD,
            hex(quiet)
        );
    }
    if let Some(valuation) = extras.valuation {
        step_values(&mut svg, valuation, text, ink);
    }
    if extras.experience {
        experience_band(&mut svg, journey, text, experience_top, width, (ink, quiet));
    }
    // Lanes: names on the left, touchpoint cards in the cells.
    for lane in Lane::ALL {
        let top = lane_top[lane.index()];
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"{}\">{}</text>",
            PAD + 4,
            top + 20,
            hex(ink),
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
                    hex(card),
                    hex(quiet),
                    x + 6,
                    y + 15,
                    hex(ink),
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
            Line::Interaction => (ink, "", 2),
            Line::ProviderVisibility => (VERMILLION, "8 4", 2),
            Line::InternalInteraction => (quiet, "2 3", 1),
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

/// Each step's value under its name: V and the figure, in words as well as colour.
fn step_values(svg: &mut String, valuation: &Valuation, text: &ChartText, ink: RGBColor) {
    for (k, step) in valuation.steps.iter().enumerate() {
        let x = PAD + LANE_COLUMN + k * COLUMN + COLUMN / 2;
        let value = step.total.value;
        let colour = if value < 0.0 { VERMILLION } else { ink };
        let _ = writeln!(
            svg,
            "<text x=\"{x}\" y=\"{}\" font-size=\"12\" fill=\"{}\" text-anchor=\"middle\" \
             data-step-value=\"{k}\">V {}</text>",
            TITLE + HEADER + 12,
            hex(colour),
            escape(&(text.number)(value))
        );
    }
}

/// The experience band: the emotion scale's ends, one line per stakeholder who feels
/// something, with the charts' colour of its side and its marker at each point.
fn experience_band(
    svg: &mut String,
    journey: &Journey,
    text: &ChartText,
    top: usize,
    width: usize,
    (ink, quiet): (RGBColor, RGBColor),
) {
    let scale = journey.settings.emotion_scale;
    let span = scale.max - scale.min;
    let inner = EXPERIENCE as f64 - 24.0;
    let y = |emotion: f64| {
        let share = if span > 0.0 {
            ((scale.max - emotion) / span).clamp(0.0, 1.0)
        } else {
            0.5
        };
        top as f64 + 12.0 + share * inner
    };
    let _ = writeln!(
        svg,
        "<line x1=\"{PAD}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-opacity=\"0.4\"/>",
        top + EXPERIENCE - 2,
        width - PAD,
        top + EXPERIENCE - 2,
        hex(quiet)
    );
    let _ = writeln!(
        svg,
        "<text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"{}\">{}</text>",
        PAD + 4,
        top + 20,
        hex(ink),
        escape(text.emotion_lane)
    );
    for (emotion, dy) in [(scale.max, 4.0), (scale.min, 4.0)] {
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"{:.1}\" font-size=\"10\" fill=\"{}\" text-anchor=\"end\">{}</text>",
            PAD + LANE_COLUMN - 6,
            y(emotion) + dy,
            hex(quiet),
            escape(&(text.number)(emotion))
        );
    }
    let markers = side_markers(journey);
    let x = |across: f64| (PAD + LANE_COLUMN) as f64 + across * COLUMN as f64;
    for line in experience_lines(journey) {
        let side = journey.stakeholders[line.order].side;
        let colour = hex(palette::side(side));
        let points: Vec<String> = line
            .points
            .iter()
            .map(|p| format!("{:.1},{:.1}", x(p.across), y(p.emotion)))
            .collect();
        let _ = writeln!(
            svg,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" \
             data-stakeholder=\"{}\"/>",
            points.join(" "),
            line.stakeholder.0
        );
        let marker = markers.get(line.order).copied().unwrap_or(Marker::Circle);
        for point in &line.points {
            let (cx, cy) = (x(point.across), y(point.emotion));
            let shape = match marker {
                Marker::Circle => format!("<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"4.5\""),
                Marker::Square => format!(
                    "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"8\" height=\"8\"",
                    cx - 4.0,
                    cy - 4.0
                ),
                Marker::Triangle => format!(
                    "<polygon points=\"{cx:.1},{:.1} {:.1},{:.1} {:.1},{:.1}\"",
                    cy - 5.0,
                    cx + 5.0,
                    cy + 4.0,
                    cx - 5.0,
                    cy + 4.0
                ),
                Marker::Diamond => format!(
                    "<polygon points=\"{cx:.1},{:.1} {:.1},{cy:.1} {cx:.1},{:.1} {:.1},{cy:.1}\"",
                    cy - 5.0,
                    cx + 5.0,
                    cy + 5.0,
                    cx - 5.0
                ),
            };
            let _ = writeln!(svg, "{shape} fill=\"{colour}\"/>");
        }
    }
}
