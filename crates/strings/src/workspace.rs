//! The journey screen's views and the words of its navigation.

/// One screen of work on the open journey; the map is the home.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum WorkspaceView {
    /// The blueprint with its lanes, lines of visibility and experience lane.
    #[default]
    Map,
    /// The value table, the findings and the value charts.
    Value,
    /// KPIs, pain points and opportunities, priorities.
    Measures,
    /// Stakeholders, the stakeholder map and personas.
    Stakeholders,
    /// Every chart.
    Charts,
    /// The journey's value settings.
    Settings,
    /// Versions of the journey, the comparison of an as-is with a to-be, starting a to-be.
    Compare,
}

impl WorkspaceView {
    /// Every view, in the navigation's order (and the order of their number keys).
    pub const ALL: [WorkspaceView; 7] = [
        WorkspaceView::Map,
        WorkspaceView::Value,
        WorkspaceView::Measures,
        WorkspaceView::Stakeholders,
        WorkspaceView::Charts,
        WorkspaceView::Settings,
        WorkspaceView::Compare,
    ];

    /// A stable, language-neutral name: the stored choice and the tests' hooks.
    pub fn key(self) -> &'static str {
        match self {
            WorkspaceView::Map => "map",
            WorkspaceView::Value => "value",
            WorkspaceView::Measures => "measures",
            WorkspaceView::Stakeholders => "stakeholders",
            WorkspaceView::Charts => "charts",
            WorkspaceView::Settings => "settings",
            WorkspaceView::Compare => "compare",
        }
    }

    /// The view a [`key`](WorkspaceView::key) names.
    pub fn from_key(key: &str) -> Option<WorkspaceView> {
        WorkspaceView::ALL
            .into_iter()
            .find(|view| view.key() == key)
    }

    /// The view's number key, 1 to 7, its place in the navigation.
    pub fn number(self) -> u32 {
        self as u32 + 1
    }

    /// The view whose number key is `digit`.
    pub fn numbered(digit: u32) -> Option<WorkspaceView> {
        WorkspaceView::ALL
            .into_iter()
            .find(|view| view.number() == digit)
    }
}

/// The navigation between the views.
#[derive(Clone, Copy, Debug)]
pub struct WorkspaceText {
    /// Accessible name of the navigation.
    pub views: &'static str,
    /// On a narrow screen, the button that shows the toolbar's folded actions.
    pub menu: &'static str,
    /// Accessible name of the map's zoom controls.
    pub zoom: &'static str,
    /// The button that shows more of the map, smaller.
    pub zoom_out: &'static str,
    /// The button that shows the map larger.
    pub zoom_in: &'static str,
    /// The button that shows the zoom level and puts it back to 100 %, given the level.
    pub zoom_reset: fn(percent: &str) -> String,
    /// Where a part of the app shows while it is fetched, the first time it is opened.
    pub loading: &'static str,
    /// In place of a part of the app that could not be fetched (offline before it was kept).
    pub missing: &'static str,
    /// Each view's name, as the navigation shows it.
    pub map: &'static str,
    /// See [`WorkspaceView::Value`].
    pub value: &'static str,
    /// See [`WorkspaceView::Measures`].
    pub measures: &'static str,
    /// See [`WorkspaceView::Stakeholders`].
    pub stakeholders: &'static str,
    /// See [`WorkspaceView::Charts`].
    pub charts: &'static str,
    /// See [`WorkspaceView::Settings`].
    pub settings: &'static str,
    /// See [`WorkspaceView::Compare`].
    pub compare: &'static str,
}

impl WorkspaceText {
    /// The name of a view.
    pub fn name(&self, view: WorkspaceView) -> &'static str {
        match view {
            WorkspaceView::Map => self.map,
            WorkspaceView::Value => self.value,
            WorkspaceView::Measures => self.measures,
            WorkspaceView::Stakeholders => self.stakeholders,
            WorkspaceView::Charts => self.charts,
            WorkspaceView::Settings => self.settings,
            WorkspaceView::Compare => self.compare,
        }
    }
}
