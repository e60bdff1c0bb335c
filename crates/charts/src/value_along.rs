//! Chart 1: value along the journey, a cumulative line per stakeholder, steps that remove
//! value shaded.

use plotters::prelude::*;
use sightline_engine::{Journey, Valuation};

use crate::frame::{
    category_labels, draw, draw_marker, mesh, message, span, LegendEntry, Marker, Swatch,
    SERIES_WIDTH,
};
use crate::palette::{self, QUIET, VERMILLION};
use crate::{list, step_names, summary, unit_figure, value_unit, Chart, ChartKind, ChartText};

/// Opacity of the band behind a step that removes value.
pub const REMOVES_VALUE_OPACITY: f64 = 0.12;
/// Above this many steps, lines carry no markers (they would merge into a smear).
pub const MARKERS_UP_TO: usize = 40;

/// Cumulative value V per stakeholder after each step: one line per stakeholder in its side's
/// colour, a marker shape per stakeholder within a side, and a band behind every step whose
/// value V(k) is negative.
pub fn value_along_journey(journey: &Journey, valuation: &Valuation, text: &ChartText) -> Chart {
    let title = (text.title)(ChartKind::ValueAlongJourney);
    if valuation.steps.is_empty() {
        return message(text, title, text.no_steps);
    }
    if journey.stakeholders.is_empty() {
        return message(text, title, text.no_stakeholders);
    }
    let names = step_names(text, journey);
    let n = valuation.steps.len();
    let removing: Vec<usize> = (0..n)
        .filter(|&k| valuation.steps[k].total.value < 0.0)
        .collect();
    let markers = side_markers(journey);
    let number = text.number;
    let unit = value_unit(journey);

    let mut legend: Vec<LegendEntry> = journey
        .stakeholders
        .iter()
        .zip(&markers)
        .map(|(stakeholder, marker)| LegendEntry {
            swatch: Swatch::Marker(palette::side(stakeholder.side), *marker),
            label: stakeholder.name.clone(),
        })
        .collect();
    if !removing.is_empty() {
        legend.push(LegendEntry {
            swatch: Swatch::Fill(VERMILLION.mix(REMOVES_VALUE_OPACITY)),
            label: text.removes_value.to_owned(),
        });
    }
    let mut figures: Vec<String> = unit_figure(text, &unit).into_iter().collect();
    figures.extend(
        journey
            .stakeholders
            .iter()
            .zip(&valuation.cumulative)
            .take(12)
            .map(|(stakeholder, values)| {
                (text.figure)(
                    &stakeholder.name,
                    &number(values.last().copied().unwrap_or(0.0)),
                )
            }),
    );
    if journey.stakeholders.len() > 12 {
        figures.push((text.more)(journey.stakeholders.len() - 12));
    }
    if !removing.is_empty() {
        let removing_names: Vec<String> = removing.iter().map(|&k| names[k].clone()).collect();
        figures.push((text.figure)(
            text.removes_value,
            &list(&removing_names, text, 12),
        ));
    }

    draw(text, title, &legend, summary(title, figures), |area| {
        let range = span(valuation.cumulative.iter().flatten().copied());
        let right = n as f64 - 0.5;
        let mut chart = ChartBuilder::on(area)
            .margin(12)
            .x_label_area_size(52)
            .y_label_area_size(64)
            .build_cartesian_2d(-0.5..right, range.clone())?;
        chart.draw_series(removing.iter().map(|&k| {
            Rectangle::new(
                [(k as f64 - 0.5, range.start), (k as f64 + 0.5, range.end)],
                VERMILLION.mix(REMOVES_VALUE_OPACITY).filled(),
            )
        }))?;
        mesh(
            &mut chart,
            text,
            text.steps_axis,
            &(text.cumulative_value_axis)(&unit),
            false,
        )?;
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(-0.5, 0.0), (right, 0.0)],
            QUIET.stroke_width(1),
        )))?;
        for ((stakeholder, values), marker) in journey
            .stakeholders
            .iter()
            .zip(&valuation.cumulative)
            .zip(&markers)
        {
            let colour = palette::side(stakeholder.side);
            let points: Vec<(f64, f64)> = values
                .iter()
                .enumerate()
                .map(|(k, v)| (k as f64, if v.is_finite() { *v } else { 0.0 }))
                .collect();
            if n <= MARKERS_UP_TO {
                for point in &points {
                    draw_marker(chart.plotting_area(), *point, *marker, colour, 4)?;
                }
            }
            chart.draw_series(std::iter::once(PathElement::new(
                points,
                colour.stroke_width(SERIES_WIDTH),
            )))?;
        }
        category_labels(chart.plotting_area(), &names, range.start)
    })
}

/// Each stakeholder's marker: the n-th stakeholder of a side gets the n-th shape, so lines of
/// one colour stay apart.
pub fn side_markers(journey: &Journey) -> Vec<Marker> {
    let mut seen = [0usize; 3];
    journey
        .stakeholders
        .iter()
        .map(|stakeholder| {
            let count = &mut seen[stakeholder.side.index()];
            *count += 1;
            Marker::nth(*count - 1)
        })
        .collect()
}
