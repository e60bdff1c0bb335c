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

/// The charts of the value view: value along the journey, outcomes against costs and risks,
/// and the balance between the parties.
pub const VALUE_CHARTS: &[ChartKind] = &[
    ChartKind::ValueAlongJourney,
    ChartKind::OutcomesCostsRisks,
    ChartKind::ValueBalance,
];

/// The chart of the stakeholders view.
pub const STAKEHOLDER_CHARTS: &[ChartKind] = &[ChartKind::StakeholderMap];

/// Every chart, for the charts view; the blueprint draws no figure there (it is the panel's
/// own download).
pub const ALL_CHARTS: &[ChartKind] = &ChartKind::ALL;

/// The charts of `kinds`, recomputed from the journey and its valuation as they change, and
/// a button that saves the blueprint as an SVG file.
#[component]
pub fn ChartsPanel(
    /// Which charts, in the order shown.
    kinds: &'static [ChartKind],
    /// Whether the panel offers the blueprint's SVG too (the charts view does).
    #[prop(optional)]
    blueprint_download: bool,
) -> impl IntoView {
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
    let figure = move |kind: ChartKind| match kind {
        ChartKind::StakeholderMap => view! { <StakeholderMapFigure /> }.into_any(),
        ChartKind::ExperienceCurve => view! {
            <ChartFigure
                kind
                draw=Callback::new(move |()| {
                    store.with_settled(|journey, _| experience_curve(journey, &text))
                })
            />
        }
        .into_any(),
        ChartKind::ValueAlongJourney => {
            view! { <ChartFigure kind draw=from_valuation(value_along_journey) /> }.into_any()
        }
        ChartKind::OutcomesCostsRisks => {
            view! { <ChartFigure kind draw=from_valuation(outcomes_costs_risks) /> }.into_any()
        }
        ChartKind::ImportanceEffort => {
            view! { <ChartFigure kind draw=from_valuation(importance_effort) /> }.into_any()
        }
        ChartKind::ValueBalance => {
            view! { <ChartFigure kind draw=from_valuation(value_balance) /> }.into_any()
        }
        ChartKind::Blueprint => ().into_any(),
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
                <Show when=move || blueprint_download>
                    <button
                        class="button"
                        on:click=download_blueprint
                        data-testid="download-blueprint"
                    >
                        {s.download_blueprint}
                    </button>
                </Show>
            </div>
            <div class="charts__grid">{kinds.iter().map(|kind| figure(*kind)).collect_view()}</div>
        </section>
    }
}
