//! The stakeholder map with its step picker: how influence and interest change along the
//! journey.

use leptos::prelude::*;
use sightline_charts::{stakeholder_map, ChartKind};
use sightline_engine::StepId;

use super::chart_figure::ChartFigure;
use crate::store::JourneyStore;
use crate::strings::strings;

/// The stakeholder map, journey-wide or as the stakeholders stand in a chosen step.
#[component]
pub fn StakeholderMapFigure() -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let s = strings();
    let text = s.chart_text();
    let step = RwSignal::new(None::<StepId>);
    let steps = move || {
        store.with(|journey| {
            journey
                .steps
                .iter()
                .map(|step| (step.id, s.step_name(step)))
                .collect::<Vec<_>>()
        })
    };
    let choose = move |event| {
        step.set(event_target_value(&event).parse::<u32>().ok().map(StepId));
    };
    let draw = Callback::new(move |()| {
        let step = step.get();
        store.with(|journey| stakeholder_map(journey, step, &text))
    });
    view! {
        <ChartFigure kind=ChartKind::StakeholderMap draw>
            <label class="panel__control">
                <span>{s.map_step}</span>
                <select on:change=choose data-testid="map-step">
                    <option value="" prop:selected=move || step.get().is_none()>
                        {s.whole_journey}
                    </option>
                    {move || {
                        steps()
                            .into_iter()
                            .map(|(id, name)| {
                                view! {
                                    <option
                                        value=id.0.to_string()
                                        prop:selected=move || step.get() == Some(id)
                                    >
                                        {name}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </label>
        </ChartFigure>
    }
}
