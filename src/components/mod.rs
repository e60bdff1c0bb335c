//! The user interface, one component per file.

mod app;
pub mod blueprint;
mod notice_bar;
mod touchpoint_editor;

pub use app::App;
pub use blueprint::Blueprint;
pub use notice_bar::NoticeBar;
pub use touchpoint_editor::TouchpointEditor;
