//! The user interface, one component per file.

mod app;
pub mod blueprint;
mod charts;
mod fields;
mod findings_list;
mod journey_links;
mod journey_toolbar;
mod library;
mod mark_badge;
mod notice_bar;
mod persona_strip;
mod personas_panel;
mod settings_panel;
mod share_link;
mod shared_banner;
mod shortcuts_help;
mod stakeholders_panel;
mod touchpoint_editor;
mod update_banner;
mod value_panel;

pub use app::App;
pub use blueprint::Blueprint;
pub use charts::ChartsPanel;
pub use findings_list::FindingsList;
pub use journey_toolbar::JourneyToolbar;
pub use library::LibraryView;
pub use notice_bar::NoticeBar;
pub use persona_strip::PersonaStrip;
pub use personas_panel::PersonasPanel;
pub use settings_panel::SettingsPanel;
pub use shared_banner::SharedBanner;
pub use shortcuts_help::ShortcutsHelp;
pub use stakeholders_panel::StakeholdersPanel;
pub use touchpoint_editor::TouchpointEditor;
pub use update_banner::UpdateBanner;
pub use value_panel::ValuePanel;
