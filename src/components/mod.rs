//! The user interface, one component per file.

mod app;
pub mod blueprint;
mod charts;
mod fields;
mod findings_list;
mod notice_bar;
mod settings_panel;
mod stakeholders_panel;
mod touchpoint_editor;
mod value_panel;

pub use app::App;
pub use blueprint::Blueprint;
pub use charts::ChartsPanel;
pub use findings_list::FindingsList;
pub use notice_bar::NoticeBar;
pub use settings_panel::SettingsPanel;
pub use stakeholders_panel::StakeholdersPanel;
pub use touchpoint_editor::TouchpointEditor;
pub use value_panel::ValuePanel;
