//! The charts panel: the six charts of the journey and the blueprint download.

use leptos::prelude::*;
use sightline_charts::{
    blueprint, experience_curve, file_name, importance_effort, outcomes_costs_risks,
    value_along_journey, value_balance, Chart, ChartKind, ChartText,
};
use sightline_engine::{Journey, Valuation};

use super::chart_figure::ChartFigure;
use super::stakeholder_map_figure::StakeholderMapFigure;
use super::SVG;
use crate::files::download;
use crate::store::{JourneyStore, Notices};
use crate::strings::strings;

/// Every chart, recomputed from the journey and its valuation as they change, and a button
/// that saves the blueprint as an SVG file.
#[component]
pub fn ChartsPanel() -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let notices = expect_context::<Notices>();
    let s = strings();
    let text = s.chart_text();
    // A chart drawn from the journey and its valuation, redrawn once the browser is idle after
    // they change: the blueprint and the field being typed in are painted first.
    let from_valuation = move |chart: fn(&Journey, &Valuation, &ChartText) -> Chart| {
        Callback::new(move |()| {
            store.with_settled(|journey, valuation| chart(journey, valuation, &text))
        })
    };
    let download_blueprint = move |_| {
        let (name, svg) = store.with_untracked(|journey| {
            (
                file_name(&journey.name, ChartKind::Blueprint),
                blueprint(journey, &text).svg,
            )
        });
        if !download(&name, SVG, &svg) {
            notices.push(s.download_failed.to_owned());
        }
    };
    view! {
        <section class="panel charts" aria-labelledby="charts-title" data-testid="charts">
            <div class="panel__head">
                <h2 id="charts-title" class="panel__title">
                    {s.charts}
                </h2>
                <button
                    class="button"
                    on:click=download_blueprint
                    data-testid="download-blueprint"
                >
                    {s.download_blueprint}
                </button>
            </div>
            <div class="charts__grid">
                <ChartFigure
                    kind=ChartKind::ValueAlongJourney
                    draw=from_valuation(value_along_journey)
                />
                <ChartFigure
                    kind=ChartKind::OutcomesCostsRisks
                    draw=from_valuation(outcomes_costs_risks)
                />
                <StakeholderMapFigure />
                <ChartFigure
                    kind=ChartKind::ExperienceCurve
                    draw=Callback::new(move |()| {
                        store.with_settled(|journey, _| experience_curve(journey, &text))
                    })
                />
                <ChartFigure
                    kind=ChartKind::ImportanceEffort
                    draw=from_valuation(importance_effort)
                />
                <ChartFigure kind=ChartKind::ValueBalance draw=from_valuation(value_balance) />
            </div>
        </section>
    }
}
