//! The blueprint component in a real browser (headless Chromium via wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]
// A test that cannot reach the DOM should fail loudly; unwrap is the assertion.
#![allow(clippy::unwrap_used)]

use leptos::prelude::*;
use sightline::components::Blueprint;
use sightline::store::{FocusedStep, JourneyStore, Notices, Selection};
use sightline_engine::{evaluate, Edit, Journey, Lane, StepId};
use sightline_english::sample_journey;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod common;
use common::next_tick;

wasm_bindgen_test_configure!(run_in_browser);

/// Mount the blueprint of `journey` in a fresh container and return the container.
fn mount_blueprint(journey: Journey) -> (web_sys::HtmlElement, JourneyStore) {
    let document = web_sys::window().unwrap().document().unwrap();
    let container: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    let store = JourneyStore::new(journey);
    let handle = leptos::mount::mount_to(container.clone(), move || {
        provide_context(store);
        provide_context(Selection(RwSignal::new(None)));
        provide_context(FocusedStep(RwSignal::new(None)));
        provide_context(Notices::new());
        view! { <Blueprint /> }
    });
    handle.forget();
    (container, store)
}

fn count(container: &web_sys::HtmlElement, selector: &str) -> u32 {
    container.query_selector_all(selector).unwrap().length()
}

fn text_of(container: &web_sys::HtmlElement, selector: &str) -> String {
    container
        .query_selector(selector)
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
fn renders_seven_step_columns_and_the_three_lines() {
    let (container, _) = mount_blueprint(sample_journey());
    assert_eq!(count(&container, "[data-testid=step-column]"), 7);
    for line in ["consumer-visibility", "interaction", "provider-visibility"] {
        let selector = format!("[data-testid=line-{line}]");
        assert_eq!(count(&container, &selector), 1, "{line} is drawn once");
    }
    assert_eq!(
        text_of(&container, "[data-testid=line-consumer-visibility]"),
        "Consumer's line of visibility"
    );
    assert_eq!(
        text_of(&container, "[data-testid=line-interaction]"),
        "Line of interaction"
    );
    assert_eq!(
        text_of(&container, "[data-testid=line-provider-visibility]"),
        "Provider's line of visibility"
    );
    // The zone of visibility: the two lanes between the lines of visibility and the line of
    // interaction, shaded, and nothing else.
    assert_eq!(count(&container, "tr.lane--zone"), 2);
    assert_eq!(count(&container, "tr.line--zone"), 1);
    assert_eq!(count(&container, "td.cell--zone"), 14);
}

#[wasm_bindgen_test]
async fn adding_a_touchpoint_shows_it_in_its_cell_and_updates_the_step_figures() {
    let (container, store) = mount_blueprint(sample_journey());
    let cell = "[data-stage=onboard][data-lane=provider-frontstage]";
    assert_eq!(
        count(&container, &format!("{cell} [data-testid=touchpoint]")),
        1
    );
    let add: web_sys::HtmlElement = container
        .query_selector(&format!("{cell} [data-testid=add-touchpoint]"))
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(
        add.get_attribute("aria-label").as_deref(),
        Some("Add a touchpoint to Onboard, Provider frontstage")
    );
    add.click();
    next_tick().await;
    assert_eq!(
        count(&container, &format!("{cell} [data-testid=touchpoint]")),
        2
    );
    assert_eq!(
        store.with_untracked(|journey| journey.touchpoints.len()),
        30
    );
    let onboard = "[data-testid=step-column][data-stage=onboard] .step__summary";
    assert_eq!(text_of(&container, onboard), "6 touchpoints, 3 in the zone");
}

fn input_value(container: &web_sys::HtmlElement, selector: &str) -> String {
    container
        .query_selector(selector)
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlInputElement>()
        .value()
}

#[wasm_bindgen_test]
async fn renames_moves_and_undo_show_on_the_cards_cells_and_step_headers() {
    let (container, store) = mount_blueprint(sample_journey());
    let (touchpoint, last_step) = store.with_untracked(|journey| {
        (
            journey.touchpoints[0].clone(),
            journey.steps.last().unwrap().id,
        )
    });
    let name = format!(
        "[data-touchpoint=\"{}\"] .touchpoint__name",
        touchpoint.id.0
    );
    store.apply(Edit::RenameTouchpoint {
        id: touchpoint.id,
        name: "Call the operator".into(),
    });
    next_tick().await;
    assert_eq!(text_of(&container, &name), "Call the operator");
    store.undo();
    next_tick().await;
    assert_eq!(text_of(&container, &name), touchpoint.name);

    // A move takes the card out of its cell and into the other.
    let in_cell = |step: StepId, lane: Lane| {
        format!(
            "[data-step=\"{}\"][data-lane=\"{}\"] [data-touchpoint=\"{}\"]",
            step.0,
            lane.key(),
            touchpoint.id.0
        )
    };
    let target = Lane::SupportProcesses;
    store.apply(Edit::MoveTouchpoint {
        id: touchpoint.id,
        step: last_step,
        lane: target,
        before: None,
    });
    next_tick().await;
    assert_eq!(count(&container, &in_cell(last_step, target)), 1);
    assert_eq!(
        count(&container, &in_cell(touchpoint.step, touchpoint.lane)),
        0
    );
    store.undo();
    next_tick().await;
    assert_eq!(count(&container, &in_cell(last_step, target)), 0);
    assert_eq!(
        count(&container, &in_cell(touchpoint.step, touchpoint.lane)),
        1
    );

    // A step's new name shows in its header and in its cells' add buttons.
    store.apply(Edit::RenameStep {
        id: last_step,
        name: "Renew".into(),
    });
    next_tick().await;
    let header = format!("#step-name-{}", last_step.0);
    assert_eq!(input_value(&container, &header), "Renew");
    let add = format!(
        "[data-step=\"{}\"][data-lane=\"support-processes\"] [data-testid=add-touchpoint]",
        last_step.0
    );
    let add = container.query_selector(&add).unwrap().unwrap();
    assert_eq!(
        add.get_attribute("aria-label").as_deref(),
        Some("Add a touchpoint to Renew, Support processes")
    );
}

#[wasm_bindgen_test]
async fn a_change_of_value_and_its_undo_show_in_the_step_header() {
    let (container, store) = mount_blueprint(sample_journey());
    // A touchpoint whose first effect moves its step's V.
    let step_value = |journey: &Journey, step: StepId| {
        let valuation = evaluate(journey);
        valuation
            .steps
            .iter()
            .find(|s| s.step == step)
            .unwrap()
            .total
            .value
    };
    let (id, stage) = store.with_untracked(|journey| {
        let touchpoint = journey
            .touchpoints
            .iter()
            .find(|t| {
                let mut without = journey.clone();
                let removed = without.apply(Edit::RemoveEffect { id: t.id, index: 0 });
                removed.is_ok() && step_value(&without, t.step) != step_value(journey, t.step)
            })
            .unwrap();
        let stage = journey.step(touchpoint.step).unwrap().stage;
        (touchpoint.id, stage)
    });
    let value = format!(
        "[data-testid=step-column][data-stage={}] [data-testid=step-value]",
        stage.key()
    );
    let before = text_of(&container, &value);
    store.apply(Edit::RemoveEffect { id, index: 0 });
    next_tick().await;
    assert_ne!(text_of(&container, &value), before);
    store.undo();
    next_tick().await;
    assert_eq!(text_of(&container, &value), before);
}
