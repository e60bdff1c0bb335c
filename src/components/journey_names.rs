//! Where a touchpoint's link to another journey leads, looked up in this browser's library.
//!
//! A link holds a library id, which means nothing to the user and may name a journey this
//! library does not hold (deleted since, or a file made in another browser): then the user is
//! told so in words, never shown the id.

use leptos::prelude::*;
use sightline_persistence::Entry;

use crate::storage::journeys;
use crate::workspace::Workspace;

/// The library's journeys, read again whenever the library changes (here or in another tab).
/// Without a workspace (a component mounted alone) the library is read once.
pub fn library_memo() -> Memo<Vec<Entry>> {
    let workspace = use_context::<Workspace>();
    Memo::new(move |_| {
        if let Some(workspace) = workspace {
            workspace.library_version.track();
        }
        journeys().list()
    })
}

/// The name of the journey a link leads to, or `None` if this library does not hold it.
pub fn linked_name(entries: &[Entry], link: &str) -> Option<String> {
    entries
        .iter()
        .find(|entry| entry.id == link)
        .map(|entry| entry.name.clone())
}
