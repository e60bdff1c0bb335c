//! Which journey opens at start, the library's actions, and that unreadable storage is set
//! aside before anything is written.

use sightline_document::{decode, encode, LoadError};
use sightline_engine::Journey;
use sightline_english::{sample_journey, SAMPLE};
use sightline_persistence::{
    journey_key, LibraryIndex, LoadFailure, MemoryStorage, OpenNotice, RenameFailure, SaveProblem,
    Storage, StorageError, Stored, StoredJourneys, Unreadable, INDEX_KEY, LAST_OPEN_KEY,
    LEGACY_KEY, RECOVERY_PREFIX,
};

const NOW: f64 = 1_700_000_000_000.0;

fn at(storage: &MemoryStorage, now: f64) -> StoredJourneys<'_, MemoryStorage> {
    StoredJourneys::new(storage, now, 0.5)
}

fn named(name: &str) -> Journey {
    let mut journey = sample_journey();
    journey.name = name.to_owned();
    journey
}

fn copy_name(name: &str, n: u32) -> String {
    format!("{name} (copy {n})")
}

fn listed_names(storage: &MemoryStorage) -> Vec<String> {
    at(storage, NOW)
        .list()
        .into_iter()
        .map(|e| e.name)
        .collect()
}

fn recovery_keys(storage: &MemoryStorage) -> Vec<String> {
    storage
        .items()
        .into_iter()
        .map(|(key, _)| key)
        .filter(|key| key.starts_with(RECOVERY_PREFIX))
        .collect()
}

#[test]
fn a_first_visit_opens_the_sample_and_stores_it() {
    let storage = MemoryStorage::new();
    let opened = at(&storage, NOW).open(&SAMPLE);
    assert_eq!(opened.journey, sample_journey());
    assert!(opened.notices.is_empty());
    assert!(opened.may_save);
    let id = opened.id.expect("stored");
    assert_eq!(storage.read(&journey_key(&id)), opened.text);
    assert_eq!(storage.read(LAST_OPEN_KEY).as_deref(), Some(id.as_str()));
    assert_eq!(listed_names(&storage), [sample_journey().name]);
}

#[test]
fn a_reload_opens_the_journey_open_last_or_else_the_most_recent() {
    let storage = MemoryStorage::new();
    let (old, _) = at(&storage, NOW).create(named("Old"));
    let _ = at(&storage, NOW + 10.0).create(named("Recent"));
    assert_eq!(at(&storage, NOW).open(&SAMPLE).journey.name, "Recent");

    at(&storage, NOW).remember_open(&old.id);
    let opened = at(&storage, NOW).open(&SAMPLE);
    assert_eq!(opened.journey.name, "Old");
    assert_eq!(opened.id, Some(old.id));
    assert_eq!(listed_names(&storage), ["Recent", "Old"]);
}

#[test]
fn without_storage_the_sample_opens_and_nothing_is_saved() {
    let storage = MemoryStorage::new();
    storage.set_unavailable(true);
    let opened = at(&storage, NOW).open(&SAMPLE);
    assert_eq!(opened.journey, sample_journey());
    assert_eq!(opened.id, None);
    assert!(!opened.may_save);
    assert_eq!(
        opened.notices,
        [OpenNotice::Storage(StorageError::Unavailable)]
    );
    storage.set_unavailable(false);
    assert!(storage.items().is_empty());
}

#[test]
fn a_first_visit_with_a_full_quota_opens_the_sample_and_says_so() {
    let storage = MemoryStorage::new();
    storage.fill();
    let opened = at(&storage, NOW).open(&SAMPLE);
    assert_eq!(opened.journey, sample_journey());
    assert_eq!(opened.text, None);
    assert!(opened.may_save, "autosave retries once there is room");
    assert_eq!(
        opened.notices,
        [OpenNotice::Storage(StorageError::QuotaExceeded)]
    );
}

#[test]
fn the_first_releases_single_save_is_moved_into_the_library() {
    let storage = MemoryStorage::with(&[(LEGACY_KEY, &encode(&named("From release one")))]);
    let opened = at(&storage, NOW).open(&SAMPLE);
    assert_eq!(opened.journey.name, "From release one");
    assert!(opened.notices.is_empty());
    assert_eq!(storage.read(LEGACY_KEY), None);
    assert_eq!(listed_names(&storage), ["From release one"]);
}

#[test]
fn an_unreadable_single_save_is_set_aside_and_the_sample_opens() {
    let garbage = r#"{"format":"sightline-journey","version":1,"journey":{"name":"Half a jour"#;
    let storage = MemoryStorage::with(&[(LEGACY_KEY, garbage)]);
    let opened = at(&storage, NOW).open(&SAMPLE);
    assert_eq!(opened.journey, sample_journey());
    assert!(opened.may_save);
    let kept_under = format!("{RECOVERY_PREFIX}{}", NOW as u64);
    assert!(matches!(
        opened.notices.as_slice(),
        [OpenNotice::Load(LoadFailure::Unreadable(Unreadable {
            error: LoadError::NotJson { .. },
            kept_under: Some(key),
        }))] if *key == kept_under
    ));
    assert_eq!(storage.read(&kept_under).as_deref(), Some(garbage));
    assert_eq!(storage.read(LEGACY_KEY), None);
    assert_eq!(
        at(&storage, NOW).recovered(),
        [(kept_under, garbage.to_owned())]
    );
}

/// A full quota once left nowhere to copy an unreadable save to; writing anything then could
/// have replaced the only copy, so the app must open without saving at all.
#[test]
fn an_unreadable_single_save_that_cannot_be_set_aside_stops_all_saving() {
    let storage = MemoryStorage::with(&[(LEGACY_KEY, "not json")]);
    storage.fill();
    let before = storage.items();
    let opened = at(&storage, NOW).open(&SAMPLE);
    assert_eq!(opened.journey, sample_journey());
    assert_eq!(opened.id, None);
    assert!(!opened.may_save);
    assert!(matches!(
        opened.notices.as_slice(),
        [OpenNotice::Load(LoadFailure::Unreadable(Unreadable {
            kept_under: None,
            ..
        }))]
    ));
    assert_eq!(storage.items(), before);
}

/// A readable journey, and a more recent one whose text was then replaced by `damaged`.
fn good_and_damaged(damaged: &str) -> (MemoryStorage, Stored, Stored) {
    let storage = MemoryStorage::new();
    let (good, _) = at(&storage, NOW).create(named("Good"));
    let (bad, _) = at(&storage, NOW + 1.0).create(named("Damaged"));
    storage.write(&journey_key(&bad.id), damaged).expect("room");
    (storage, good, bad)
}

#[test]
fn an_unreadable_journey_is_set_aside_before_the_next_one_opens() {
    let damaged = r#"{"format":"sightline-journey","version":99,"journey":{}}"#.to_owned();
    let (storage, good, bad) = good_and_damaged(&damaged);

    let opened = at(&storage, NOW + 2.0).open(&SAMPLE);
    assert_eq!(opened.id, Some(good.id));
    let kept_under = format!("{RECOVERY_PREFIX}{}", (NOW + 2.0) as u64);
    assert_eq!(
        opened.notices,
        [OpenNotice::Load(LoadFailure::Unreadable(Unreadable {
            error: LoadError::NewerVersion(99),
            kept_under: Some(kept_under.clone()),
        }))]
    );
    assert_eq!(storage.read(&kept_under), Some(damaged));
    assert_eq!(storage.read(&journey_key(&bad.id)), None);
    assert_eq!(listed_names(&storage), ["Good"]);
}

#[test]
fn an_unreadable_journey_that_cannot_be_set_aside_is_left_where_it_is() {
    let (storage, good, bad) = good_and_damaged("{");
    storage.fill();

    let opened = at(&storage, NOW + 2.0).open(&SAMPLE);
    assert_eq!(opened.id, Some(good.id));
    assert!(matches!(
        opened.notices.as_slice(),
        [OpenNotice::Load(LoadFailure::Unreadable(Unreadable {
            kept_under: None,
            ..
        }))]
    ));
    assert_eq!(storage.read(&journey_key(&bad.id)).as_deref(), Some("{"));
    assert!(recovery_keys(&storage).is_empty());
}

#[test]
fn texts_set_aside_in_one_millisecond_each_get_their_own_key() {
    let storage = MemoryStorage::new();
    let (a, _) = at(&storage, NOW).create(named("A"));
    let (b, _) = at(&storage, NOW + 1.0).create(named("B"));
    storage.write(&journey_key(&a.id), "a").expect("room");
    storage.write(&journey_key(&b.id), "b").expect("room");
    let journeys = at(&storage, NOW);
    assert!(journeys.load(&a.id).is_err());
    assert!(journeys.load(&b.id).is_err());
    let texts: Vec<String> = journeys.recovered().into_iter().map(|(_, t)| t).collect();
    assert_eq!(texts, ["a", "b"]);
}

#[test]
fn a_corrupt_index_is_rebuilt_from_the_documents() {
    let storage = MemoryStorage::new();
    let (a, _) = at(&storage, NOW).create(named("Onboarding"));
    let (b, _) = at(&storage, NOW).create(named("Renewal"));
    storage.write(INDEX_KEY, "{\"format\":").expect("room");

    let mut names = listed_names(&storage);
    names.sort();
    assert_eq!(names, ["Onboarding", "Renewal"]);
    let index = storage
        .read(INDEX_KEY)
        .and_then(|text| LibraryIndex::decode(&text))
        .expect("rewritten");
    assert!(index.get(&a.id).is_some() && index.get(&b.id).is_some());
}

#[test]
fn a_stale_index_drops_deleted_journeys_and_lists_unindexed_ones() {
    let storage = MemoryStorage::new();
    let (a, _) = at(&storage, NOW).create(named("Listed"));
    let index_with_a = storage.read(INDEX_KEY).expect("index");
    let (b, _) = at(&storage, NOW).create(named("Written by another tab"));
    // The other tab's index write is lost, and the first journey's document is deleted.
    storage.write(INDEX_KEY, &index_with_a).expect("room");
    storage.remove(&journey_key(&a.id));
    // An unreadable document is listed under its id until it is opened and set aside.
    storage.write(&journey_key("odd-one"), "{").expect("room");
    // A key that could not be a journey id is not listed at all.
    storage.write(&journey_key("Not.An.Id"), "{").expect("room");

    let entries = at(&storage, NOW).list();
    let mut ids: Vec<(String, String)> = entries.into_iter().map(|e| (e.id, e.name)).collect();
    ids.sort();
    let mut expected = vec![
        (b.id, "Written by another tab".to_owned()),
        ("odd-one".to_owned(), "odd-one".to_owned()),
    ];
    expected.sort();
    assert_eq!(ids, expected);
}

#[test]
fn create_save_rename_duplicate_and_delete() {
    let storage = MemoryStorage::new();
    let journeys = at(&storage, NOW);
    let (stored, written) = journeys.create(named("Plan"));
    assert_eq!(written, Ok(()));
    let text = stored.text.clone().expect("written");
    assert_eq!(decode(&text), Ok(named("Plan")));

    let mut edited = stored.journey.clone();
    edited.name = "Plan B".to_owned();
    let edited_text = encode(&edited);
    // A base other than what is stored is refused: nothing is written.
    assert_eq!(
        journeys.save(&stored.id, &edited, &edited_text, Some("old")),
        Err(SaveProblem::ChangedElsewhere)
    );
    assert_eq!(storage.read(&journey_key(&stored.id)), Some(text.clone()));
    assert_eq!(
        journeys.save(&stored.id, &edited, &edited_text, Some(&text)),
        Ok(())
    );
    assert_eq!(listed_names(&storage), ["Plan B"]);

    assert_eq!(journeys.rename(&stored.id, "Plan C"), Ok(()));
    assert_eq!(
        journeys.load(&stored.id).map(|s| s.journey.name),
        Ok("Plan C".to_owned())
    );
    assert_eq!(
        journeys.rename("gone", "Anything"),
        Err(RenameFailure::Load(LoadFailure::Gone))
    );

    let copy = journeys
        .duplicate(
            &journeys.load(&stored.id).expect("stored").journey,
            copy_name,
        )
        .expect("room");
    assert_ne!(copy.id, stored.id);
    assert_eq!(copy.journey.name, "Plan C (copy 2)");
    let again = journeys.duplicate(&copy.journey, copy_name).expect("room");
    assert_eq!(again.journey.name, "Plan C (copy 2) (copy 2)");
    assert_eq!(journeys.unused_name("Plan C", copy_name), "Plan C (copy 3)");
    assert_eq!(journeys.unused_name("Fresh", copy_name), "Fresh");

    journeys.delete(&copy.id);
    assert_eq!(journeys.load(&copy.id), Err(LoadFailure::Gone));
    let mut names = listed_names(&storage);
    names.sort();
    assert_eq!(names, ["Plan C", "Plan C (copy 2) (copy 2)"]);
}

#[test]
fn two_journeys_created_in_one_millisecond_with_one_random_number_get_two_ids() {
    let storage = MemoryStorage::new();
    let journeys = at(&storage, NOW);
    let (a, _) = journeys.create(named("A"));
    let (b, _) = journeys.create(named("B"));
    assert_ne!(a.id, b.id);
    assert_eq!(journeys.load(&a.id).map(|s| s.journey.name), Ok("A".into()));
    assert_eq!(journeys.load(&b.id).map(|s| s.journey.name), Ok("B".into()));
}

#[test]
fn actions_on_a_full_storage_are_refused_and_change_nothing() {
    let storage = MemoryStorage::new();
    let journeys = at(&storage, NOW);
    let (stored, _) = journeys.create(named("Plan"));
    storage.fill();
    let before = storage.items();
    let (unstored, written) = journeys.create(named("Another"));
    assert_eq!(written, Err(StorageError::QuotaExceeded));
    assert_eq!(unstored.text, None);
    assert_eq!(
        journeys.duplicate(&stored.journey, copy_name),
        Err(StorageError::QuotaExceeded)
    );
    assert_eq!(
        journeys.rename(&stored.id, "A much longer name than before"),
        Err(RenameFailure::Save(SaveProblem::Storage(
            StorageError::QuotaExceeded
        )))
    );
    assert_eq!(storage.items(), before);
}

#[test]
fn only_recovery_keys_can_be_discarded() {
    let storage = MemoryStorage::new();
    let journeys = at(&storage, NOW);
    let (stored, _) = journeys.create(named("Kept"));
    storage.write(LEGACY_KEY, "{").expect("room");
    assert!(at(&storage, NOW).open(&SAMPLE).notices.len() == 1);
    let (key, _) = journeys.recovered().pop().expect("set aside");
    journeys.discard_recovered(&journey_key(&stored.id));
    journeys.discard_recovered(INDEX_KEY);
    assert!(journeys.load(&stored.id).is_ok());
    assert!(storage.read(INDEX_KEY).is_some());
    journeys.discard_recovered(&key);
    assert!(journeys.recovered().is_empty());
}
