//! The stakeholder map with its step picker: how influence and interest change along the
//! journey.

use leptos::prelude::*;
use sightline_charts::{stakeholder_map, ChartKind};
use sightline_engine::StepId;

use super::chart_figure::ChartFigure;
use crate::components::fields::StepPicker;
use crate::store::JourneyStore;
use crate::strings::strings;

/// The stakeholder map, journey-wide or as the stakeholders stand in a chosen step.
#[component]
pub fn StakeholderMapFigure() -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let s = strings();
    let text = s.chart_text();
    let step = RwSignal::new(None::<StepId>);
    let draw = Callback::new(move |()| {
        let step = step.get();
        store.with_settled(|journey, _| stakeholder_map(journey, step, &text))
    });
    view! {
        <ChartFigure kind=ChartKind::StakeholderMap draw>
            <StepPicker
                label=s.map_step
                value=step
                on_choose=Callback::new(move |chosen| step.set(chosen))
                testid="map-step"
            />
        </ChartFigure>
    }
}
