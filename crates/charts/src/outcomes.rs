//! Chart 2: outcomes, costs and risks per step; outcomes up with the unrealised potential
//! stacked on them, costs and risk exposure down, net value as a point.

use plotters::prelude::*;
use sightline_engine::{Figures, Journey, Valuation};

use crate::frame::{
    category_labels, draw, message, span, steps_value_chart, LegendEntry, Marker, Swatch,
};
use crate::palette::{COST, INK, OUTCOME, RISK, UNREALISED};
use crate::{step_names, summary, unit_figure, value_unit, Chart, ChartKind, ChartText};

/// Share of a step's width a bar takes.
const BAR: f64 = 0.6;

/// The four stacked amounts of one step: realised outcome O, unrealised potential P − O,
/// cost C and risk exposure R, each as drawn (never negative, never NaN).
pub fn bar_amounts(figures: &Figures) -> [f64; 4] {
    let clean = |v: f64| if v.is_finite() { v.max(0.0) } else { 0.0 };
    let outcome = clean(figures.outcome);
    [
        outcome,
        clean(figures.potential - outcome),
        clean(figures.cost),
        clean(figures.risk),
    ]
}

/// Per step: a bar of realised outcomes up with the unrealised potential (leakage) on top,
/// a bar of costs down with risk exposure below it, and net value V as a point. A zero
/// amount draws no bar.
pub fn outcomes_costs_risks(journey: &Journey, valuation: &Valuation, text: &ChartText) -> Chart {
    let title = (text.title)(ChartKind::OutcomesCostsRisks);
    if valuation.steps.is_empty() {
        return message(text, title, text.no_steps);
    }
    let amounts: Vec<[f64; 4]> = valuation
        .steps
        .iter()
        .map(|s| bar_amounts(&s.total))
        .collect();
    if amounts.iter().flatten().all(|a| *a == 0.0) {
        return message(text, title, text.no_values);
    }
    let names = step_names(text, journey);
    let values: Vec<f64> = valuation
        .steps
        .iter()
        .map(|s| {
            if s.total.value.is_finite() {
                s.total.value
            } else {
                0.0
            }
        })
        .collect();
    let fill = |colour: RGBColor, label: &str| LegendEntry {
        swatch: Swatch::Fill(colour.into()),
        label: label.to_owned(),
    };
    let legend = [
        fill(OUTCOME, text.outcome),
        fill(UNREALISED, text.unrealised),
        fill(COST, text.cost),
        fill(RISK, text.risk),
        LegendEntry {
            swatch: Swatch::Marker(INK, Marker::Circle),
            label: text.net_value.to_owned(),
        },
    ];
    let total = &valuation.total;
    let number = text.number;
    let unit = value_unit(journey);
    let mut figures: Vec<String> = unit_figure(text, &unit).into_iter().collect();
    figures.extend([
        (text.figure)(text.outcome, &number(total.outcome)),
        (text.figure)(text.unrealised, &number(total.potential - total.outcome)),
        (text.figure)(text.cost, &number(total.cost)),
        (text.figure)(text.risk, &number(total.risk)),
        (text.figure)(text.net_value, &number(total.value)),
    ]);
    figures.extend(
        names
            .iter()
            .zip(&values)
            .take(12)
            .map(|(name, value)| (text.figure)(name, &number(*value))),
    );

    draw(text, title, &legend, summary(title, figures), |area| {
        let range = span(
            amounts
                .iter()
                .flat_map(|[o, u, c, r]| [o + u, -(c + r)])
                .chain(values.iter().copied()),
        );
        let n = amounts.len();
        let mut chart = steps_value_chart(area, text, &unit, n, range.clone())?;
        let half = BAR / 2.0;
        // (colour, from, to) per bar, bottom of each stack first.
        let bars = amounts.iter().enumerate().flat_map(|(k, &[o, u, c, r])| {
            let x = k as f64;
            [
                (OUTCOME, 0.0, o),
                (UNREALISED, o, o + u),
                (COST, 0.0, -c),
                (RISK, -c, -c - r),
            ]
            .into_iter()
            .filter(|(_, from, to)| from != to)
            .map(move |(colour, from, to)| {
                Rectangle::new([(x - half, from), (x + half, to)], colour.filled())
            })
        });
        chart.draw_series(bars)?;
        let radius = if n <= 60 { 4 } else { 2 };
        chart.draw_series(
            values
                .iter()
                .enumerate()
                .map(|(k, v)| Circle::new((k as f64, *v), radius, INK.filled())),
        )?;
        category_labels(chart.plotting_area(), &names, range.start)
    })
}
