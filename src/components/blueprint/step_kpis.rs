//! A step's KPIs at a glance in its column header: how many are met, and which are missed.

use leptos::prelude::*;
use sightline_engine::{Kpi, KpiStatus, StepId};

use super::StepNotes;
use crate::components::kpis_panel::kpi_name;
use crate::strings::strings;

/// "2 of 3 KPIs met", and the missed ones by name with their figures, marked as a problem.
/// Nothing when the step has no KPI.
#[component]
pub fn StepKpis(
    /// The step.
    step: StepId,
) -> impl IntoView {
    let notes = expect_context::<StepNotes>();
    // One memo per header over the blueprint's KPIs, so the header redraws only when this
    // step's KPIs change.
    let summary = Memo::new(move |_| {
        notes.kpis.with(|kpis| {
            let mut total = 0;
            let mut met = 0;
            let mut missed = Vec::new();
            for kpi in kpis.iter().filter(|k| k.step == step) {
                total += 1;
                match kpi.status() {
                    KpiStatus::Met => met += 1,
                    KpiStatus::Missed => missed.push(missed_text(kpi)),
                    KpiStatus::Unknown => {}
                }
            }
            (total > 0).then_some((met, total, missed))
        })
    });
    move || {
        summary.get().map(|(met, total, missed)| {
            let s = strings();
            let missed_count = missed.len();
            let any_missed = missed_count > 0;
            let missed = (missed_count > 0).then(|| (s.kpis_missed)(&missed.join("; ")));
            view! {
                <span
                    class="step-kpis"
                    class:step-kpis--missed=any_missed
                    data-testid="step-kpis"
                    data-missed=missed_count.to_string()
                >
                    <span class="step-kpis__met">{(s.kpis_met)(met, total)}</span>
                    {missed
                        .map(|text| {
                            view! {
                                <span class="step-kpis__missed" data-testid="step-kpis-missed">
                                    {text}
                                </span>
                            }
                        })}
                </span>
            }
        })
    }
}

/// A missed KPI in words: its name, its actual figure and its target, with the unit.
fn missed_text(kpi: &Kpi) -> String {
    let s = strings();
    let figure = |value: Option<f64>| {
        (s.with_unit)(&value.map(s.chart.number).unwrap_or_default(), &kpi.unit)
    };
    (s.kpi_missed)(&kpi_name(kpi), &figure(kpi.actual), &figure(kpi.target))
}
