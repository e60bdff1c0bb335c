//! Chart 3: the stakeholder map, influence against interest, in one step or journey-wide.

use plotters::prelude::*;
use sightline_engine::{Journey, MapQuadrant, StepId};

use crate::frame::{draw, draw_marker, message, LegendEntry, Swatch};
use crate::grid::{name_point, quadrant_chart, spread, Quadrant};
use crate::palette::{self, BLUISH_GREEN, ORANGE, QUIET, SKY_BLUE};
use crate::value_along::side_markers;
use crate::{list, step_name, summary, Chart, ChartKind, ChartText};

/// Scores from 6 up are high (see [`MapQuadrant::of`]): the split runs between 5 and 6.
const SPLIT: f64 = 5.5;

/// Every stakeholder placed by interest (across) and influence (up), as they stand in `step`
/// (their step override, else their journey-wide standing; `None`: journey-wide), on the four
/// named quadrants: manage closely, keep satisfied, keep informed, monitor.
pub fn stakeholder_map(journey: &Journey, step: Option<StepId>, text: &ChartText) -> Chart {
    let base = (text.title)(ChartKind::StakeholderMap);
    let in_step = step.and_then(|id| journey.step(id));
    let title = match in_step {
        Some(step) => (text.figure)(base, &step_name(text, step)),
        None => base.to_owned(),
    };
    if journey.stakeholders.is_empty() {
        return message(text, &title, text.no_stakeholders);
    }
    let standings: Vec<(u8, u8)> = journey
        .stakeholders
        .iter()
        .map(|s| match in_step {
            Some(step) => s.standing_in(step.id),
            None => (s.influence, s.interest),
        })
        .collect();
    let markers = side_markers(journey);
    let legend: Vec<LegendEntry> = journey
        .stakeholders
        .iter()
        .zip(&markers)
        .map(|(s, marker)| LegendEntry {
            swatch: Swatch::Marker(palette::side(s.side), *marker),
            label: s.name.clone(),
        })
        .collect();
    let figures = MapQuadrant::ALL.into_iter().filter_map(|quadrant| {
        let names: Vec<String> = journey
            .stakeholders
            .iter()
            .zip(&standings)
            .filter(|(_, standing)| MapQuadrant::of(**standing) == quadrant)
            .map(|(s, _)| s.name.clone())
            .collect();
        (!names.is_empty())
            .then(|| (text.figure)((text.map_quadrant)(quadrant), &list(&names, text, 12)))
    });
    let summary = summary(&title, figures);

    draw(text, &title, &legend, summary, |area| {
        let (low, high) = (-0.5, 10.5);
        let quadrant = |q: MapQuadrant, tint: RGBColor, opacity: f64| Quadrant {
            label: (text.map_quadrant)(q),
            tint: tint.mix(opacity),
        };
        // Influence is up, interest across: keep satisfied sits top left, manage closely
        // top right.
        let chart = quadrant_chart(
            area,
            text,
            (low, high),
            SPLIT,
            [
                quadrant(MapQuadrant::KeepSatisfied, SKY_BLUE, 0.14),
                quadrant(MapQuadrant::ManageClosely, ORANGE, 0.16),
                quadrant(MapQuadrant::Monitor, QUIET, 0.08),
                quadrant(MapQuadrant::KeepInformed, BLUISH_GREEN, 0.12),
            ],
            (text.interest_axis, text.influence_axis),
        )?;
        let places = spread(
            standings
                .iter()
                .map(|&(influence, interest)| (interest, influence)),
            0.45,
        );
        let label = journey.stakeholders.len() <= 24;
        for ((stakeholder, marker), at) in journey.stakeholders.iter().zip(&markers).zip(places) {
            draw_marker(
                chart.plotting_area(),
                at,
                *marker,
                palette::side(stakeholder.side),
                6,
            )?;
            if label {
                name_point(chart.plotting_area(), at, &stakeholder.name, (low, high))?;
            }
        }
        Ok(())
    })
}
