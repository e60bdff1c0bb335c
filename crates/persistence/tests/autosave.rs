//! Autosave over every case two tabs and a browser can bring: the same tab saving, another
//! tab saving, both changing, deleting or writing what this tab cannot read, storage gone
//! and a full quota.

use sightline_document::{encode, LoadError};
use sightline_engine::Journey;
use sightline_english::{sample_journey, SAMPLE};
use sightline_persistence::{
    changed_elsewhere, decide, journey_key, Elsewhere, Flushed, MemoryStorage, SaveAction, Storage,
    StorageError, StoredJourneys,
};

const NOW: f64 = 1_700_000_000_000.0;

fn at(storage: &MemoryStorage) -> StoredJourneys<'_, MemoryStorage> {
    StoredJourneys::new(storage, NOW, 0.5)
}

fn this_tab(name: &str, n: u32) -> String {
    format!("{name} (this tab {n})")
}

fn renamed(journey: &Journey, name: &str) -> Journey {
    let mut journey = journey.clone();
    journey.name = name.to_owned();
    journey
}

/// The text a flush wrote.
fn saved(flushed: Flushed) -> String {
    match flushed {
        Flushed::Written(text) => text,
        other => panic!("not written: {other:?}"),
    }
}

/// A stored sample, as a freshly opened tab sees it: its id and base text.
fn opened(storage: &MemoryStorage) -> (String, String, Journey) {
    let opened = at(storage).open(&SAMPLE);
    let id = opened.id.expect("stored");
    let text = opened.text.expect("written");
    (id, text, opened.journey)
}

#[test]
fn the_decision_writes_only_over_the_base_and_only_when_something_changed() {
    use SaveAction::*;
    assert_eq!(decide(Some("a"), Some("a"), "a"), UpToDate);
    assert_eq!(decide(Some("a"), Some("a"), "b"), Write);
    assert_eq!(
        decide(None, None, "b"),
        Write,
        "deleted elsewhere, stored again"
    );
    assert_eq!(
        decide(Some("a"), Some("x"), "b"),
        KeepBoth,
        "saved elsewhere"
    );
    assert_eq!(decide(Some("a"), None, "b"), KeepBoth, "deleted elsewhere");
    assert_eq!(decide(None, Some("x"), "b"), KeepBoth, "created elsewhere");
    // What this tab already holds is not written again, whatever another tab did.
    assert_eq!(decide(Some("a"), Some("x"), "a"), UpToDate);
}

#[test]
fn the_same_tab_saves_its_changes_once() {
    let storage = MemoryStorage::new();
    let (id, base, journey) = opened(&storage);
    let journeys = at(&storage);
    assert_eq!(
        journeys.flush(&id, Some(&base), &journey),
        Flushed::UpToDate
    );

    let edited = renamed(&journey, "Edited");
    let text = saved(journeys.flush(&id, Some(&base), &edited));
    assert_eq!(text, encode(&edited));
    assert_eq!(storage.read(&journey_key(&id)), Some(text.clone()));
    assert_eq!(journeys.flush(&id, Some(&text), &edited), Flushed::UpToDate);
    assert_eq!(journeys.list()[0].name, "Edited");
}

#[test]
fn a_tab_with_nothing_unsaved_takes_the_version_another_tab_saved() {
    let storage = MemoryStorage::new();
    let (id, base, journey) = opened(&storage);
    let theirs = renamed(&journey, "Saved in the other tab");
    let their_text = saved(at(&storage).flush(&id, Some(&base), &theirs));
    assert_eq!(
        changed_elsewhere(&id, &journey_key(&id), Some(&their_text), false),
        Elsewhere::TakeTheirs(Box::new(theirs.clone()))
    );
    // With their text as its base, this tab has nothing to save, and its next edit saves.
    assert_eq!(
        at(&storage).flush(&id, Some(&their_text), &theirs),
        Flushed::UpToDate
    );
    let next = renamed(&theirs, "Edited here next");
    assert!(matches!(
        at(&storage).flush(&id, Some(&their_text), &next),
        Flushed::Written(_)
    ));
}

#[test]
fn other_keys_are_not_autosaves_business() {
    assert_eq!(
        changed_elsewhere("a", "sightline.library", Some("{}"), false),
        Elsewhere::NotOurs
    );
    assert_eq!(
        changed_elsewhere("a", &journey_key("b"), None, true),
        Elsewhere::NotOurs
    );
}

#[test]
fn a_tab_with_an_unsaved_change_saves_it_when_another_tab_saves() {
    assert_eq!(
        changed_elsewhere("a", &journey_key("a"), Some("{}"), true),
        Elsewhere::FlushOurs
    );
}

#[test]
fn when_both_tabs_change_the_journey_both_versions_are_kept() {
    let storage = MemoryStorage::new();
    let (id, base, journey) = opened(&storage);
    let theirs = renamed(&journey, "Plan");
    let their_text = saved(at(&storage).flush(&id, Some(&base), &theirs));
    // This tab changed the journey from the same base, before it heard of theirs.
    let mut ours = renamed(&journey, "Plan");
    ours.steps.truncate(2);
    let journeys = at(&storage);
    assert_eq!(
        journeys.flush(&id, Some(&base), &ours),
        Flushed::ChangedElsewhere
    );
    assert_eq!(storage.read(&journey_key(&id)), Some(their_text.clone()));

    let kept = journeys.keep_both(&ours, this_tab);
    assert_eq!(kept.theirs, "Plan");
    assert_eq!(kept.ours, "Plan (this tab 2)");
    assert_eq!(kept.written, Ok(()));
    assert_ne!(kept.stored.id, id);
    assert_eq!(kept.stored.journey, renamed(&ours, "Plan (this tab 2)"));
    assert_eq!(
        storage.read(&journey_key(&kept.stored.id)),
        Some(encode(&kept.stored.journey))
    );
    assert_eq!(storage.read(&journey_key(&id)), Some(their_text));
    let mut names: Vec<String> = journeys.list().into_iter().map(|e| e.name).collect();
    names.sort();
    assert_eq!(names, ["Plan", "Plan (this tab 2)"]);
    // From now on this tab saves under the new id.
    assert_eq!(
        journeys.flush(
            &kept.stored.id,
            kept.stored.text.as_deref(),
            &kept.stored.journey
        ),
        Flushed::UpToDate
    );
}

#[test]
fn a_journey_deleted_in_another_tab_stays_open_and_is_stored_again_on_the_next_change() {
    let storage = MemoryStorage::new();
    let (id, base, journey) = opened(&storage);
    at(&storage).delete(&id);
    assert_eq!(
        changed_elsewhere(&id, &journey_key(&id), None, false),
        Elsewhere::Deleted
    );
    // The tab forgets its base, so the next change is written where the journey was.
    let edited = renamed(&journey, "Kept after all");
    assert!(matches!(
        at(&storage).flush(&id, None, &edited),
        Flushed::Written(_)
    ));
    assert_eq!(at(&storage).list()[0].name, "Kept after all");
    // Had it not heard of the deletion, its change is kept as a journey of its own.
    at(&storage).delete(&id);
    assert_eq!(
        at(&storage).flush(&id, Some(&base), &edited),
        Flushed::ChangedElsewhere
    );
}

#[test]
fn a_version_another_tab_wrote_that_this_one_cannot_read_stops_saving() {
    let newer = r#"{"format":"sightline-journey","version":99,"journey":{}}"#;
    assert_eq!(
        changed_elsewhere("a", &journey_key("a"), Some(newer), false),
        Elsewhere::Unreadable(LoadError::NewerVersion(99))
    );
    assert!(matches!(
        changed_elsewhere("a", &journey_key("a"), Some("{\"truncated"), false),
        Elsewhere::Unreadable(LoadError::NotJson { .. })
    ));
}

#[test]
fn a_full_quota_refuses_the_save_and_the_previous_save_stays_intact() {
    let storage = MemoryStorage::new();
    let (id, base, journey) = opened(&storage);
    let before = renamed(&journey, "Saved before the disk filled");
    let saved_text = saved(at(&storage).flush(&id, Some(&base), &before));
    storage.fill();
    let mut grown = before.clone();
    grown.name.push_str(", and written when the disk is full");
    assert_eq!(
        at(&storage).flush(&id, Some(&saved_text), &grown),
        Flushed::Refused(StorageError::QuotaExceeded)
    );
    assert_eq!(storage.read(&journey_key(&id)), Some(saved_text.clone()));
    assert_eq!(at(&storage).list()[0].name, "Saved before the disk filled");
    // Once there is room, the same base lets the next save through.
    storage.set_quota(None);
    assert!(matches!(
        at(&storage).flush(&id, Some(&saved_text), &grown),
        Flushed::Written(_)
    ));
}

/// Storage that is gone reads as empty; autosave once took that for a deletion in another
/// tab and kept "both" versions, renaming the open journey for nothing.
#[test]
fn storage_gone_refuses_the_save_and_nothing_is_renamed_or_forked() {
    let storage = MemoryStorage::new();
    let (id, base, journey) = opened(&storage);
    storage.set_unavailable(true);
    let edited = renamed(&journey, "Edited offline");
    assert_eq!(
        at(&storage).flush(&id, Some(&base), &edited),
        Flushed::Refused(StorageError::Unavailable)
    );
    assert_eq!(
        at(&storage).flush(&id, Some(&base), &journey),
        Flushed::UpToDate
    );
    storage.set_unavailable(false);
    assert_eq!(storage.read(&journey_key(&id)), Some(base));
    assert_eq!(at(&storage).list().len(), 1);
}

#[test]
fn a_journey_opened_where_storage_was_full_is_stored_once_there_is_room() {
    let storage = MemoryStorage::new();
    storage.fill();
    let opened = at(&storage).open(&SAMPLE);
    let id = opened.id.expect("an id to retry under");
    assert_eq!(
        at(&storage).flush(&id, None, &opened.journey),
        Flushed::Refused(StorageError::QuotaExceeded)
    );
    storage.set_quota(None);
    assert_eq!(
        at(&storage).flush(&id, None, &opened.journey),
        Flushed::Written(encode(&sample_journey()))
    );
}
