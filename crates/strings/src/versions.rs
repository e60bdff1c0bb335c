//! The words of versions of a journey, of the comparison of an as-is with a to-be, and of
//! starting a to-be.

use sightline_engine::{ChangeKind, Shift};
use sightline_persistence::VersionKind;

/// What can be done to one version, named on its buttons.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VersionAction {
    /// Compare it with the journey as it is now.
    Compare,
    /// Put it back in place of the journey.
    Restore,
    /// Give it another name.
    Rename,
    /// Download it as a `.sightline.json` file.
    Export,
    /// Remove it for good.
    Delete,
}

impl VersionAction {
    /// Every action, in the row's order.
    pub const ALL: [VersionAction; 5] = [
        VersionAction::Compare,
        VersionAction::Restore,
        VersionAction::Rename,
        VersionAction::Export,
        VersionAction::Delete,
    ];
}

/// Every kind of version, in a fixed order (for the tests over every text).
pub const VERSION_KINDS: [VersionKind; 4] = [
    VersionKind::Named,
    VersionKind::BeforeImport,
    VersionKind::Daily,
    VersionKind::BeforeRestore,
];

/// The versions of the open journey: keeping, listing, restoring, and starting a to-be.
#[derive(Clone, Copy, Debug)]
pub struct VersionsText {
    /// Heading of the versions panel.
    pub heading: &'static str,
    /// What a version is, and which ones Sightline keeps on its own.
    pub hint: &'static str,
    /// Label of the new version's name field.
    pub name_label: &'static str,
    /// Example in the empty name field.
    pub name_placeholder: &'static str,
    /// The button that keeps a version.
    pub save: &'static str,
    /// Told once a version is kept, given its name.
    pub saved: fn(name: &str) -> String,
    /// Told when automatic versions gave way to make room, given how many.
    pub made_room: fn(count: usize) -> String,
    /// Shown when the journey has no version.
    pub none: &'static str,
    /// The name shown for an automatic version that has none.
    pub automatic: &'static str,
    /// Why a version was kept: named, or automatically before what.
    pub kind: fn(VersionKind) -> &'static str,
    /// When a version was kept, given the formatted date and time.
    pub saved_on: fn(when: &str) -> String,
    /// A button of a version's row.
    pub action: fn(VersionAction) -> &'static str,
    /// The accessible name of a button of a version's row, given the version's name.
    pub action_label: fn(action: VersionAction, name: &str) -> String,
    /// Asks to confirm that a named version is deleted for good, given its name.
    pub confirm_delete: fn(name: &str) -> String,
    /// Told once a version is restored, given its name.
    pub restored: fn(name: &str) -> String,
    /// The version is no longer in storage.
    pub gone: &'static str,
    /// A version that cannot be read, given why.
    pub unreadable: fn(reason: &str) -> String,
    /// Why a stored version cannot be read: not a version record.
    pub not_a_version: &'static str,
    /// … written by a newer Sightline, given the record's version.
    pub newer_record: fn(version: u32) -> String,
    /// Downloads the text of a version that cannot be read.
    pub download_text: &'static str,
    /// No room for a version even without automatic ones, and no named version to remove.
    pub no_room: &'static str,
    /// No room for a version unless a named one goes: asks about the oldest, given its name
    /// and date.
    pub no_room_named: fn(name: &str, when: &str) -> String,
    /// The button that deletes that named version and tries again.
    pub delete_and_retry: &'static str,
    /// A restore refused because the journey as it is could not be kept first.
    pub restore_refused: &'static str,
    /// Why a journey opened from a link has no versions.
    pub shared: &'static str,
    /// Heading and button that start a to-be from the open journey.
    pub start_to_be: &'static str,
    /// What starting a to-be does.
    pub to_be_hint: &'static str,
    /// Label of the to-be's name field.
    pub to_be_name_label: &'static str,
    /// The name a to-be starts with, given the as-is's name.
    pub to_be_name: fn(as_is: &str) -> String,
    /// Told once the to-be is open, given its name and the as-is's.
    pub to_be_started: fn(to_be: &str, as_is: &str) -> String,
}

/// The comparison of two journeys or versions: as-is against to-be.
#[derive(Clone, Copy, Debug)]
pub struct CompareText {
    /// Heading of the comparison.
    pub heading: &'static str,
    /// What the comparison shows.
    pub hint: &'static str,
    /// Label of the as-is picker.
    pub as_is: &'static str,
    /// Label of the to-be picker.
    pub to_be: &'static str,
    /// A journey as it is now, in a picker, given its name.
    pub now: fn(journey: &str) -> String,
    /// A version in a picker, given its name and date.
    pub version: fn(name: &str, when: &str) -> String,
    /// Items paired by id: one was started from the other.
    pub by_id: &'static str,
    /// Items paired by name and place: the two were made apart.
    pub by_name: &'static str,
    /// The two count value in different units, given both ("" for none).
    pub units_differ: fn(as_is: &str, to_be: &str) -> String,
    /// Said for a journey without a unit of value in [`CompareText::units_differ`].
    pub no_unit: &'static str,
    /// Caption of the table of figures per step.
    pub caption: &'static str,
    /// Column heads: step, V as-is, V to-be, ΔV, ΔL.
    pub columns: [&'static str; 5],
    /// Column head of the table per stakeholder.
    pub stakeholder: &'static str,
    /// Caption of the table per stakeholder.
    pub by_stakeholder: &'static str,
    /// A step or stakeholder only the to-be has, given its name.
    pub only_to_be: fn(name: &str) -> String,
    /// A step or stakeholder only the as-is has, given its name.
    pub only_as_is: fn(name: &str) -> String,
    /// ΔV in words, given which way it went and its size with its unit.
    pub value_shift: fn(shift: Shift, size: &str) -> String,
    /// ΔL in words, likewise (less leakage is a gain).
    pub leakage_shift: fn(shift: Shift, size: &str) -> String,
    /// Heading of the list of changes.
    pub changes: &'static str,
    /// One change, given what it is about ([`CompareText::quoted`] or
    /// [`CompareText::renamed`]).
    pub change: fn(kind: ChangeKind, subject: &str) -> String,
    /// The name of what a change is about, quoted as the language quotes.
    pub quoted: fn(name: &str) -> String,
    /// What a rename is about, given the old name and the new one.
    pub renamed: fn(was: &str, now: &str) -> String,
    /// Said when the two are the same.
    pub unchanged: &'static str,
    /// Heading of the findings only the to-be has.
    pub appeared: &'static str,
    /// Heading of the findings only the as-is has.
    pub resolved: &'static str,
    /// Said under a findings heading with none.
    pub none: &'static str,
    /// A side that could not be opened, given why.
    pub cannot_open: fn(reason: &str) -> String,
}
