//! The store's per-item views in a real browser: a panel row re-runs only when its own item
//! changes, however many items the journey holds.
#![cfg(target_arch = "wasm32")]
// A test that cannot reach the DOM should fail loudly; unwrap is the assertion.
#![allow(clippy::unwrap_used)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use leptos::prelude::*;
use sightline::store::JourneyStore;
use sightline_engine::{Journey, Kpi, KpiId, Measure};
use sightline_english::sample_journey;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod common;
use common::next_tick;

wasm_bindgen_test_configure!(run_in_browser);

/// Run `rows` inside a mounted view, as a panel's rows run: mounting starts Leptos's executor,
/// which runs their effects.
fn mounted(
    rows: impl FnOnce() + 'static,
) -> leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState> {
    let document = web_sys::window().unwrap().document().unwrap();
    let container: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    leptos::mount::mount_to(container, move || {
        rows();
        view! { <p></p> }.into_any()
    })
}

/// The sample with `count` more KPIs, spread over its steps.
fn with_kpis(count: u32) -> Journey {
    let mut journey = sample_journey();
    let first = journey.next_id::<Kpi>().0;
    let steps: Vec<_> = journey.steps.iter().map(|s| s.id).collect();
    for n in 0..count {
        let step = steps[n as usize % steps.len()];
        journey
            .kpis
            .push(Kpi::new(KpiId(first + n), step, Measure::Csat));
    }
    journey
}

/// The regression this pins: each KPI row ran a memo over the whole journey, so typing in
/// one of 500 KPIs re-ran 500 memos per keystroke.
#[wasm_bindgen_test]
async fn editing_one_kpi_among_500_reruns_one_row() {
    let journey = with_kpis(500);
    let ids: Vec<KpiId> = journey.kpis.iter().map(|k| k.id).collect();
    assert!(ids.len() >= 500);
    let store = JourneyStore::new(journey);
    let runs = Arc::new(AtomicUsize::new(0));
    let (rows, counter) = (ids.clone(), runs.clone());
    let owner = mounted(move || {
        for id in &rows {
            let (id, runs) = (*id, counter.clone());
            // What a row does: read its own KPI by id.
            Effect::new(move |_| {
                store.item::<Kpi, _>(id, |k| k.actual);
                runs.fetch_add(1, Ordering::Relaxed);
            });
        }
    });
    next_tick().await;
    assert_eq!(
        runs.load(Ordering::Relaxed),
        ids.len(),
        "every row ran once"
    );

    let edited = ids[250];
    store
        .set_item::<Kpi>(edited, |k| k.actual = Some(4.5))
        .unwrap();
    next_tick().await;
    assert_eq!(
        runs.load(Ordering::Relaxed),
        ids.len() + 1,
        "editing one KPI re-ran only its row"
    );
    assert_eq!(store.item::<Kpi, _>(edited, |k| k.actual), Some(Some(4.5)));

    // Undo is an edit of the journey like any other: the row follows it, alone again.
    store.undo();
    next_tick().await;
    assert_eq!(runs.load(Ordering::Relaxed), ids.len() + 2);
    assert_eq!(store.item::<Kpi, _>(edited, |k| k.actual), Some(None));
    drop(owner);
}

/// A row whose item is removed hears of it once (and reads `None`); the others do not.
#[wasm_bindgen_test]
async fn removing_an_item_tells_its_row_alone() {
    let journey = with_kpis(20);
    let ids: Vec<KpiId> = journey.kpis.iter().map(|k| k.id).collect();
    let store = JourneyStore::new(journey);
    let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
    let (rows, log) = (ids.clone(), seen.clone());
    let owner = mounted(move || {
        for id in &rows {
            let (id, seen) = (*id, log.clone());
            Effect::new(move |_| {
                let present = store.item::<Kpi, _>(id, |_| ()).is_some();
                seen.lock().unwrap().push((id, present));
            });
        }
    });
    next_tick().await;
    seen.lock().unwrap().clear();
    let gone = ids[3];
    store.apply(sightline_engine::Edit::Kpi(
        sightline_engine::ListEdit::Remove(gone),
    ));
    next_tick().await;
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen, vec![(gone, false)]);
    drop(owner);
}
