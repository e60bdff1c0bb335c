//! The library screen and the journey screen's views besides the map, each a split point:
//! none of their code is in the part of the app a first visit downloads (see
//! [`super::deferred`]).

use leptos::prelude::*;
use sightline_strings::WorkspaceView;

use super::charts::{ALL_CHARTS, STAKEHOLDER_CHARTS, VALUE_CHARTS};
use super::deferred::{deferred, show_when_loaded};
use super::{
    ChartsPanel, FindingsList, InsightsPanel, KpisPanel, LibraryView, PersonasPanel,
    PrioritiesPanel, SettingsPanel, StakeholdersPanel, ValuePanel, VersionsView,
};

/// The library screen, drawn once its code (the templates and the importers with it) has
/// arrived: a first visit opens a journey, not the library.
pub fn library() -> AnyView {
    show_when_loaded(library_view()).into_any()
}

deferred! {
    fn library_view() -> AnyView {
        view! { <LibraryView /> }.into_any()
    }
}

/// The view `view` shows, drawn once its code has arrived; nothing for the map, which the
/// journey screen keeps drawn itself.
pub fn other_view(view: WorkspaceView) -> AnyView {
    match view {
        WorkspaceView::Map => ().into_any(),
        WorkspaceView::Value => show_when_loaded(value_view()).into_any(),
        WorkspaceView::Measures => show_when_loaded(measures_view()).into_any(),
        WorkspaceView::Stakeholders => show_when_loaded(stakeholders_view()).into_any(),
        WorkspaceView::Charts => show_when_loaded(charts_view()).into_any(),
        WorkspaceView::Settings => show_when_loaded(settings_view()).into_any(),
        WorkspaceView::Compare => show_when_loaded(versions_view()).into_any(),
    }
}

deferred! {
    fn value_view() -> AnyView {
        view! {
            <div class="workspace__view workspace__panels">
                <FindingsList />
                <ValuePanel />
                <ChartsPanel kinds=VALUE_CHARTS />
            </div>
        }
        .into_any()
    }
}

deferred! {
    fn measures_view() -> AnyView {
        view! {
            <div class="workspace__view workspace__panels workspace__panels--stacked">
                <KpisPanel />
                <InsightsPanel />
                <PrioritiesPanel />
            </div>
        }
        .into_any()
    }
}

deferred! {
    fn stakeholders_view() -> AnyView {
        view! {
            <div class="workspace__view workspace__panels workspace__panels--stacked">
                <StakeholdersPanel />
                <ChartsPanel kinds=STAKEHOLDER_CHARTS />
                <PersonasPanel />
            </div>
        }
        .into_any()
    }
}

deferred! {
    fn charts_view() -> AnyView {
        view! {
            <div class="workspace__view">
                <ChartsPanel kinds=ALL_CHARTS blueprint_download=true />
            </div>
        }
        .into_any()
    }
}

deferred! {
    fn settings_view() -> AnyView {
        view! {
            <div class="workspace__view">
                <SettingsPanel />
            </div>
        }
        .into_any()
    }
}

deferred! {
    fn versions_view() -> AnyView {
        view! { <VersionsView /> }.into_any()
    }
}
