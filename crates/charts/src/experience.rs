//! Chart 4: the experience curve, emotion along the touchpoints in journey order.

use std::collections::HashMap;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use sightline_engine::{felt_touchpoints, Journey, StakeholderId};

use crate::frame::{
    anchored, category_labels, draw, draw_marker, mesh, message, shorten, LegendEntry, Marker,
    Swatch, SERIES_WIDTH,
};
use crate::palette::{self, INK, QUIET};
use crate::value_along::side_markers;
use crate::{summary, Chart, ChartKind, ChartText};

/// Above this many touchpoints, points carry no markers.
const MARKERS_UP_TO: usize = 60;

/// One line per stakeholder that has emotions, through the touchpoints (in journey order)
/// where they feel something, on the journey's own emotion scale; the lowest point is
/// ringed and named.
pub fn experience_curve(journey: &Journey, text: &ChartText) -> Chart {
    let title = (text.title)(ChartKind::ExperienceCurve);
    if journey.stakeholders.is_empty() {
        return message(text, title, text.no_stakeholders);
    }
    let felt = felt_touchpoints(journey);
    let index: HashMap<StakeholderId, usize> = journey
        .stakeholders
        .iter()
        .enumerate()
        .map(|(s, st)| (st.id, s))
        .collect();
    // Points per stakeholder: (x, emotion).
    let mut points: Vec<Vec<(f64, f64)>> = vec![Vec::new(); journey.stakeholders.len()];
    for (x, touchpoint) in felt.iter().enumerate() {
        for emotion in &touchpoint.emotions {
            if let (Some(&s), true) = (index.get(&emotion.stakeholder), emotion.value.is_finite()) {
                points[s].push((x as f64, emotion.value));
            }
        }
    }
    if points.iter().all(Vec::is_empty) {
        return message(text, title, text.no_emotions);
    }
    // The first lowest point in journey order: (stakeholder, x, emotion).
    let mut lowest: Option<(usize, f64, f64)> = None;
    for (s, line) in points.iter().enumerate() {
        for &(x, value) in line {
            let lower = match lowest {
                None => true,
                Some((_, low_x, low)) => value < low || (value == low && x < low_x),
            };
            if lower {
                lowest = Some((s, x, value));
            }
        }
    }
    let markers = side_markers(journey);
    let number = text.number;
    let mut legend: Vec<LegendEntry> = Vec::new();
    let mut figures: Vec<String> = Vec::new();
    for ((stakeholder, marker), line) in journey.stakeholders.iter().zip(&markers).zip(&points) {
        if line.is_empty() {
            continue;
        }
        legend.push(LegendEntry {
            swatch: Swatch::Marker(palette::side(stakeholder.side), *marker),
            label: stakeholder.name.clone(),
        });
        if figures.len() < 12 {
            let values: Vec<String> = line.iter().take(12).map(|(_, v)| number(*v)).collect();
            figures.push((text.figure)(&stakeholder.name, &values.join(", ")));
        }
    }
    if let Some((s, x, value)) = lowest {
        legend.push(LegendEntry {
            swatch: Swatch::Marker(INK, Marker::Circle),
            label: text.lowest_point.to_owned(),
        });
        let place = format!(
            "{}, {}, {}",
            journey.stakeholders[s].name,
            felt[x as usize].name,
            number(value)
        );
        figures.push((text.figure)(text.lowest_point, &place));
    }
    let scale = journey.settings.emotion_scale;
    let (min, max) = if scale.max > scale.min && scale.min.is_finite() && scale.max.is_finite() {
        (scale.min, scale.max)
    } else {
        (-1.0, 1.0)
    };
    let axis = (text.emotion_axis)(&number(scale.min), &number(scale.max));
    let names: Vec<String> = felt.iter().map(|t| t.name.clone()).collect();

    draw(text, title, &legend, summary(title, figures), |area| {
        let air = (max - min) * 0.08;
        let (bottom, top) = (
            min.min(lowest.map_or(min, |l| l.2)) - air,
            max.max(points.iter().flatten().map(|p| p.1).fold(max, f64::max)) + air,
        );
        let n = felt.len();
        let mut chart = ChartBuilder::on(area)
            .margin(12)
            .x_label_area_size(52)
            .y_label_area_size(52)
            .build_cartesian_2d(-0.5..(n as f64 - 0.5), bottom..top)?;
        mesh(&mut chart, text, text.touchpoints_axis, &axis, false)?;
        let middle = (min + max) / 2.0;
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(-0.5, middle), (n as f64 - 0.5, middle)],
            QUIET.stroke_width(1),
        )))?;
        for ((stakeholder, marker), line) in journey.stakeholders.iter().zip(&markers).zip(&points)
        {
            if line.is_empty() {
                continue;
            }
            let colour = palette::side(stakeholder.side);
            if n <= MARKERS_UP_TO {
                for point in line {
                    draw_marker(chart.plotting_area(), *point, *marker, colour, 4)?;
                }
            }
            chart.draw_series(std::iter::once(PathElement::new(
                line.clone(),
                colour.stroke_width(SERIES_WIDTH),
            )))?;
        }
        if let Some((_, x, value)) = lowest {
            chart
                .plotting_area()
                .draw(&Circle::new((x, value), 9, INK.stroke_width(1)))?;
            chart.plotting_area().draw(
                &(EmptyElement::at((x, value))
                    + Text::new(
                        shorten(text.lowest_point, 24),
                        (0, 12),
                        anchored(11, &INK, HPos::Center, VPos::Top),
                    )),
            )?;
        }
        category_labels(chart.plotting_area(), &names, bottom)
    })
}
