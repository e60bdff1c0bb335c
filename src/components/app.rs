//! The whole page: opens the saved journey, provides the shared state, saves every change.

use leptos::prelude::*;

use super::{
    Blueprint, ChartsPanel, FindingsList, NoticeBar, SettingsPanel, StakeholdersPanel,
    TouchpointEditor, ValuePanel,
};
use crate::persistence;
use crate::store::{FocusedStep, JourneyStore, Notices, Selection};
use crate::strings::strings;

/// The Sightline app.
#[component]
pub fn App() -> impl IntoView {
    let opened = persistence::open();
    let store = JourneyStore::new(opened.journey);
    let notices = Notices::new();
    if let Some(text) = opened.notice {
        notices.push(text);
    }
    provide_context(store);
    provide_context(notices);
    provide_context(Selection(RwSignal::new(None)));
    provide_context(FocusedStep(RwSignal::new(None)));

    // The only effect that writes: it syncs the journey outward to storage.
    if opened.may_save {
        Effect::new(move |_| {
            if let Err(error) = store.with(persistence::save) {
                notices.push(error.message().to_owned());
            }
        });
    }

    view! {
        <header class="app-header">
            <span class="app-header__product">{strings().app_name}</span>
            <h1 class="app-header__journey" data-testid="journey-name">
                {move || store.with(|journey| journey.name.clone())}
            </h1>
        </header>
        <NoticeBar />
        <main class="workspace">
            <div class="workspace__design">
                <Blueprint />
                <TouchpointEditor />
            </div>
            <div class="workspace__value">
                <FindingsList />
                <ValuePanel />
                <ChartsPanel />
                <StakeholdersPanel />
                <SettingsPanel />
            </div>
        </main>
    }
}
