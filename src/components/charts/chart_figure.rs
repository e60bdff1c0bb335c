//! One chart: a collapsible figure showing the SVG, with a button that downloads it.

use leptos::prelude::*;
use sightline_charts::{file_name, Chart, ChartKind};
use wasm_bindgen::JsCast;

use super::SVG;
use crate::files::download;
use crate::store::{JourneyStore, Notices};
use crate::strings::strings;

/// A chart under a disclosure: drawn only while open, so a closed chart costs nothing when
/// the journey changes (its memo is never read).
#[component]
pub fn ChartFigure(
    /// Which chart, for its title, file name and test id.
    kind: ChartKind,
    /// Draws the chart; called inside a memo, so it re-runs only when what it reads changes.
    draw: Callback<(), Chart>,
    /// Controls shown above the chart, such as a step picker.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let notices = expect_context::<Notices>();
    let s = strings();
    let title = (s.chart.title)(kind);
    let open = RwSignal::new(true);
    let chart = Memo::new(move |_| draw.run(()));
    let toggle = move |event: leptos::ev::Event| {
        if let Some(details) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        {
            open.set(details.open());
        }
    };
    let download = move |_| {
        let name = store.with_untracked(|journey| file_name(&journey.name, kind));
        let saved = chart.with_untracked(|chart| download(&name, SVG, &chart.svg));
        if !saved {
            notices.push(s.download_failed.to_owned());
        }
    };
    view! {
        <details
            class="chart"
            prop:open=move || open.get()
            on:toggle=toggle
            data-testid=format!("chart-{}", kind.key())
        >
            <summary class="chart__title">{title}</summary>
            <div class="chart__controls">
                {children.map(|children| children())}
                <button
                    class="button"
                    on:click=download
                    aria-label=(s.download_chart)(title)
                    data-testid="chart-download"
                >
                    {s.download_svg}
                </button>
            </div>
            <Show when=move || open.get()>
                // inner_html is safe here only because the SVG comes from sightline-charts,
                // which escapes every label the user typed (tested natively with <script>).
                <div
                    class="chart__svg"
                    data-testid="chart-svg"
                    inner_html=move || chart.with(|chart| chart.svg.clone())
                ></div>
            </Show>
        </details>
    }
}
