//! Chart 6: the value balance, consumer side against provider side value per step.

use plotters::prelude::*;
use sightline_engine::{Journey, Side, Valuation};

use crate::frame::{category_labels, draw, message, span, steps_value_chart, LegendEntry, Swatch};
use crate::palette;
use crate::{step_names, summary, unit_figure, value_unit, Chart, ChartKind, ChartText};

/// Two bars per step, the consumer side's value V and the provider side's, from zero; a side
/// whose value is zero in a step draws no bar there.
pub fn value_balance(journey: &Journey, valuation: &Valuation, text: &ChartText) -> Chart {
    let title = (text.title)(ChartKind::ValueBalance);
    if valuation.steps.is_empty() {
        return message(text, title, text.no_steps);
    }
    if journey.stakeholders.is_empty() {
        return message(text, title, text.no_stakeholders);
    }
    let clean = |v: f64| if v.is_finite() { v } else { 0.0 };
    let pairs: Vec<(f64, f64)> = valuation
        .steps
        .iter()
        .map(|s| {
            (
                clean(s.by_side.consumer.value),
                clean(s.by_side.provider.value),
            )
        })
        .collect();
    if pairs.iter().all(|&(c, p)| c == 0.0 && p == 0.0) {
        return message(text, title, text.no_values);
    }
    let names = step_names(text, journey);
    let sides = [Side::Consumer, Side::Provider];
    let legend: Vec<LegendEntry> = sides
        .iter()
        .map(|side| LegendEntry {
            swatch: Swatch::Fill(palette::side(*side).into()),
            label: (text.side)(*side).to_owned(),
        })
        .collect();
    let number = text.number;
    let unit = value_unit(journey);
    let [consumer, provider] = sides.map(|side| (text.side)(side));
    let mut figures: Vec<String> = unit_figure(text, &unit).into_iter().collect();
    figures.extend([
        (text.figure)(consumer, &number(valuation.by_side.consumer.value)),
        (text.figure)(provider, &number(valuation.by_side.provider.value)),
    ]);
    figures.extend(names.iter().zip(&pairs).take(12).map(|(name, (c, p))| {
        let both = format!(
            "{}, {}",
            (text.figure)(consumer, &number(*c)),
            (text.figure)(provider, &number(*p))
        );
        (text.figure)(name, &both)
    }));

    draw(text, title, &legend, summary(title, figures), |area| {
        let range = span(pairs.iter().flat_map(|&(c, p)| [c, p]));
        let n = pairs.len();
        let mut chart = steps_value_chart(area, text, &unit, n, range.clone())?;
        let bars = pairs.iter().enumerate().flat_map(|(k, &(c, p))| {
            let x = k as f64;
            [
                (palette::side(Side::Consumer), x - 0.35, c),
                (palette::side(Side::Provider), x, p),
            ]
            .into_iter()
            .filter(|(_, _, v)| *v != 0.0)
            .map(|(colour, left, v)| {
                Rectangle::new([(left, 0.0), (left + 0.35, v)], colour.filled())
            })
        });
        chart.draw_series(bars)?;
        category_labels(chart.plotting_area(), &names, range.start)
    })
}
