//! The service blueprint: steps as columns, lanes as rows, the lines between them.

mod card_marks;
mod cell;
mod drag;
mod experience_lane;
mod grid_focus;
mod insight_count;
mod lane_row;
mod line_row;
mod loops_row;
mod map_picture;
mod moving;
mod reveal;
mod step_drag;
mod step_header;
mod step_kpis;
mod step_menu;
mod touchpoint_card;
mod zoom;

use leptos::prelude::*;
use sightline_engine::{Kpi, Lane, Loop, StepId};

use crate::store::{JourneyStore, Selection};
use crate::strings::strings;
use experience_lane::ExperienceLane;
use lane_row::LaneRow;
use line_row::LineRow;
use loops_row::LoopsRow;
pub use map_picture::MapPicture;
use reveal::Gap;
pub use reveal::Reveal;
use step_header::StepHeader;
pub use zoom::{Zoom, ZoomControls};

/// What the step headers show besides the step itself: the journey's step order, loops and
/// KPIs, each one view for the whole blueprint (the store's, set only when it changes). A
/// header reads its part of these, so an edit wakes the headers only when the order, a loop or
/// a KPI changed, never on typing.
#[derive(Clone, Copy)]
pub struct StepNotes {
    /// The steps, in journey order.
    pub order: Signal<Vec<StepId>>,
    /// Every loop of the journey.
    pub loops: Signal<Vec<Loop>>,
    /// Every KPI of the journey.
    pub kpis: Signal<Vec<Kpi>>,
}

impl StepNotes {
    /// The table column of `step` as assistive technology counts it (`aria-colindex`, from 1:
    /// the lanes' names are the first), so that a long map's columns keep their numbers when
    /// those before them are left out; tracked on the step order alone.
    pub fn column_of(self, step: StepId) -> Memo<Option<String>> {
        let order = self.order;
        Memo::new(move |_| {
            order
                .with(|order| order.iter().position(|id| *id == step))
                .map(|at| (at + 2).to_string())
        })
    }
}

/// The id of a step's name field, so that other panels can move the focus to it.
pub fn step_name_id(step: StepId) -> String {
    format!("step-name-{}", step.0)
}

/// The blueprint grid of the journey being edited. A table, so that screen readers announce
/// each cell with its step and lane.
#[component]
pub fn Blueprint() -> impl IntoView {
    let views = expect_context::<JourneyStore>().views();
    let step_ids = views.order();
    provide_context(StepNotes {
        order: step_ids,
        loops: views.loops(),
        kpis: views.kpis(),
    });
    // A change of selection redraws the two cards concerned, not every card.
    let selection = expect_context::<Selection>();
    let selected = Selector::new(move || selection.0.get());
    // The zoom's controls are the journey screen's, outside the controls a shared journey
    // disables; mounted alone, in component tests, the map keeps its own.
    let zoom = use_context::<Zoom>().unwrap_or_default();
    // A long journey builds the columns on screen (`reveal.rs`): every row draws the
    // columns of `columns`, the step headers still read the whole order (`StepNotes`).
    let reveal = use_context::<Reveal>().unwrap_or_default();
    reveal.start(step_ids, untrack(|| zoom.scale()));
    let columns = reveal.columns(step_ids);
    let rows = Lane::ALL.into_iter().map(|lane| {
        view! {
            <LaneRow lane columns selected=selected.clone() />
            {lane.line_below().map(|line| view! { <LineRow line columns /> })}
        }
    });
    let rows = rows.collect_view();
    // Scrolled, zoomed, resized or focused, the map builds what comes into view.
    let follow = reveal.follow_the_view(columns, Signal::derive(move || zoom.scale()));
    // The scrolling area is focusable by the app alone (tabindex -1): it takes the focus when
    // a scroll leaves out the column that held it (`reveal.rs`).
    view! {
        <div class="map">
        <div
            class="blueprint"
            tabindex="-1"
            on:wheel=move |event| zoom.on_wheel(&event)
            on:scroll=move |_| follow.next_frame()
            on:focusin=move |_| follow.now()
        >
            <table
                class="blueprint__table"
                style=move || format!("zoom: {}", zoom.scale())
                aria-label=strings().blueprint
                aria-colcount=move || step_ids.with(Vec::len) + 1
                on:keydown=|event| {
                    if grid_focus::on_arrow_key(&event) {
                        event.prevent_default();
                    }
                }
                data-testid="blueprint"
            >
                <thead>
                    <tr>
                        <th scope="col" class="blueprint__corner" aria-colindex="1">{strings().lanes_header}</th>
                        <Gap columns=columns.before />
                        <For
                            each=move || columns.steps.get()
                            key=|id| *id
                            children=|id| view! { <StepHeader step=id /> }
                        />
                        <Gap columns=columns.after />
                    </tr>
                    <LoopsRow columns />
                </thead>
                <tbody>
                    <ExperienceLane columns />
                    {rows}
                </tbody>
            </table>
        </div>
        </div>
    }
}
