//! Chart 5: customer importance against provider effort, with misdirected effort and
//! neglected touchpoints in their own quadrants.

use plotters::prelude::*;
use sightline_engine::{EffortQuadrant, Journey, Valuation};

use crate::frame::{draw, message};
use crate::grid::{name_point, quadrant_chart, spread, Quadrant};
use crate::palette::{BLUE, BLUISH_GREEN, ORANGE, QUIET, VERMILLION};
use crate::{list, summary, Chart, ChartKind, ChartText};

/// Scores from 4 up are high (see [`EffortQuadrant::of`]): the split runs between 3 and 4.
const SPLIT: f64 = 3.5;
/// Names are drawn beside the misaligned touchpoints when there are at most this many.
const NAMED_UP_TO: usize = 12;

/// Every touchpoint placed by customer importance (across) and provider effort (up). Points
/// in the two misaligned quadrants (misdirected effort, neglected) are vermillion and named;
/// the others are blue.
pub fn importance_effort(journey: &Journey, valuation: &Valuation, text: &ChartText) -> Chart {
    let title = (text.title)(ChartKind::ImportanceEffort);
    if journey.touchpoints.is_empty() {
        return message(text, title, text.no_touchpoints);
    }
    // The engine's verdict, in the same journey order as the touchpoints.
    let quadrant_of: Vec<EffortQuadrant> = valuation
        .importance_effort
        .iter()
        .map(|(_, q)| *q)
        .collect();
    let misaligned = |q: EffortQuadrant| {
        matches!(
            q,
            EffortQuadrant::MisdirectedEffort | EffortQuadrant::Neglected
        )
    };
    let figures = EffortQuadrant::ALL.into_iter().filter_map(|quadrant| {
        let names: Vec<String> = journey
            .touchpoints
            .iter()
            .zip(&quadrant_of)
            .filter(|(_, q)| **q == quadrant)
            .map(|(t, _)| t.name.clone())
            .collect();
        (!names.is_empty())
            .then(|| (text.figure)((text.effort_quadrant)(quadrant), &list(&names, text, 8)))
    });
    let summary = summary(title, figures);
    let named = quadrant_of.iter().filter(|q| misaligned(**q)).count() <= NAMED_UP_TO;

    draw(text, title, &[], summary, |area| {
        let (low, high) = (0.5, 5.5);
        let quadrant = |q: EffortQuadrant, tint: RGBColor, opacity: f64| Quadrant {
            label: (text.effort_quadrant)(q),
            tint: tint.mix(opacity),
        };
        // Effort is up, importance across: misdirected effort sits top left, neglected
        // bottom right.
        let chart = quadrant_chart(
            area,
            text,
            (low, high),
            SPLIT,
            [
                quadrant(EffortQuadrant::MisdirectedEffort, VERMILLION, 0.12),
                quadrant(EffortQuadrant::WellInvested, BLUISH_GREEN, 0.10),
                quadrant(EffortQuadrant::KeptLean, QUIET, 0.06),
                quadrant(EffortQuadrant::Neglected, ORANGE, 0.16),
            ],
            (text.importance_axis, text.effort_axis),
        )?;
        let places = spread(
            journey
                .touchpoints
                .iter()
                .map(|t| (t.importance.clamp(1, 5), t.effort.clamp(1, 5))),
            0.42,
        );
        let radius = if journey.touchpoints.len() <= 200 {
            5
        } else {
            2
        };
        for ((touchpoint, quadrant), at) in journey.touchpoints.iter().zip(&quadrant_of).zip(places)
        {
            let colour = if misaligned(*quadrant) {
                VERMILLION
            } else {
                BLUE
            };
            chart
                .plotting_area()
                .draw(&Circle::new(at, radius, colour.filled()))?;
            if named && misaligned(*quadrant) {
                name_point(chart.plotting_area(), at, &touchpoint.name, (low, high))?;
            }
        }
        Ok(())
    })
}
