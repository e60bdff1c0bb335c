//! Versions of a journey: kept, listed with their dates, opened, restored, renamed, deleted
//! and exported; unreadable ones reported beside the others; and when room runs short, the
//! oldest automatic versions give way and named ones are only offered to the user.

use sightline_document::{decode, encode};
use sightline_engine::{synthetic_journey, Edit, Journey, Size};
use sightline_english::sample_journey;
use sightline_persistence::{
    version_key, MemoryStorage, RestoreFailure, Storage, StoredJourneys, VersionError,
    VersionFailure, VersionInfo, VersionKind, VersionRefused, VERSION_BUDGET_CHARS, VERSION_PREFIX,
};

const DAY: f64 = 86_400_000.0;
const NOW: f64 = 1_715_500_000_000.0;

fn at(storage: &MemoryStorage, now: f64) -> StoredJourneys<'_, MemoryStorage> {
    StoredJourneys::new(storage, now, 0.25)
}

fn renamed(journey: &Journey, name: &str) -> Journey {
    let mut changed = journey.clone();
    changed
        .apply(Edit::RenameJourney {
            name: name.to_owned(),
        })
        .expect("a short name");
    changed
}

/// A library with the sample stored, and its id.
fn library(storage: &MemoryStorage) -> String {
    let (stored, written) = at(storage, NOW).create(sample_journey());
    written.expect("room");
    stored.id
}

/// A version kept at `now`, which must have room.
fn kept(
    storage: &MemoryStorage,
    now: f64,
    id: &str,
    journey: &Journey,
    kind: VersionKind,
    name: Option<&str>,
) -> VersionInfo {
    at(storage, now)
        .save_version(id, journey, kind, name)
        .expect("room")
        .version
}

/// A version of the sample kept now, which must have room.
fn sample_version(
    storage: &MemoryStorage,
    id: &str,
    kind: VersionKind,
    name: Option<&str>,
) -> VersionInfo {
    kept(storage, NOW, id, &sample_journey(), kind, name)
}

fn names(infos: &[VersionInfo]) -> Vec<Option<&str>> {
    infos.iter().map(|v| v.name.as_deref()).collect()
}

#[test]
fn a_named_version_is_listed_with_its_date_and_opens_as_it_was() {
    let storage = MemoryStorage::new();
    let id = library(&storage);
    let saved = at(&storage, NOW)
        .save_version(
            &id,
            &sample_journey(),
            VersionKind::Named,
            Some("  As-is, workshop 12 May "),
        )
        .expect("room");
    assert!(saved.written && saved.removed.is_empty());
    at(&storage, NOW + DAY)
        .save_version(
            &id,
            &renamed(&sample_journey(), "Later"),
            VersionKind::Daily,
            None,
        )
        .expect("room");
    let list = at(&storage, NOW + 2.0 * DAY).versions(&id);
    assert_eq!(
        names(&list.versions),
        [None, Some("As-is, workshop 12 May")]
    );
    assert_eq!(list.newest_saved(), Some(NOW + DAY));
    assert_eq!(list.versions[1], saved.version);
    assert_eq!(list.versions[1].saved, NOW);
    assert!(list.unreadable.is_empty());
    let opened = at(&storage, NOW).open_version(&id, &saved.version.id);
    assert_eq!(opened, Ok(sample_journey()));
    // Versions are no journeys of the library.
    assert_eq!(at(&storage, NOW).list().len(), 1);
}

#[test]
fn an_automatic_version_of_what_the_newest_keeps_is_not_written_twice() {
    let storage = MemoryStorage::new();
    let id = library(&storage);
    let first = at(&storage, NOW)
        .save_version(&id, &sample_journey(), VersionKind::BeforeImport, None)
        .expect("room");
    let again = at(&storage, NOW + 1.0)
        .save_version(&id, &sample_journey(), VersionKind::BeforeImport, None)
        .expect("room");
    assert!(!again.written);
    assert_eq!(again.version, first.version);
    let named = at(&storage, NOW + 2.0)
        .save_version(&id, &sample_journey(), VersionKind::Named, Some("Kept"))
        .expect("room");
    assert!(named.written, "a version the user asks for is always kept");
    assert_eq!(at(&storage, NOW).versions(&id).versions.len(), 2);
}

#[test]
fn rename_delete_and_export_act_on_one_version() {
    let storage = MemoryStorage::new();
    let id = library(&storage);
    let daily = sample_version(&storage, &id, VersionKind::Daily, None);
    assert!(daily.may_give_way());
    let stored = at(&storage, NOW);
    stored
        .rename_version(&id, &daily.id, "Before the pilot")
        .expect("renamed");
    let listed = &stored.versions(&id).versions[0];
    assert_eq!(listed.name.as_deref(), Some("Before the pilot"));
    assert_eq!(listed.kind, VersionKind::Daily);
    assert!(!listed.may_give_way(), "a named version never gives way");

    let exported = stored.export_version(&id, &daily.id).expect("readable");
    assert!(exported.contains("\n  \"journey\""), "indented as a file");
    assert_eq!(decode(&exported), Ok(sample_journey()));

    stored.delete_version(&id, &daily.id);
    assert!(stored.versions(&id).versions.is_empty());
    assert_eq!(
        stored.open_version(&id, &daily.id),
        Err(VersionFailure::Gone)
    );
    assert_eq!(
        stored.rename_version(&id, &daily.id, "x"),
        Err(VersionFailure::Gone)
    );
}

#[test]
fn restoring_keeps_the_current_state_as_a_version_first() {
    let storage = MemoryStorage::new();
    let id = library(&storage);
    let stored = at(&storage, NOW);
    let as_is = stored
        .save_version(&id, &sample_journey(), VersionKind::Named, Some("As-is"))
        .expect("room")
        .version;
    let current = renamed(&sample_journey(), "To-be");
    let restored = at(&storage, NOW + DAY)
        .restore_version(&id, &as_is.id, &current)
        .expect("restored");
    assert_eq!(restored.journey, sample_journey());
    assert_eq!(restored.kept.version.kind, VersionKind::BeforeRestore);
    assert_eq!(
        stored.open_version(&id, &restored.kept.version.id),
        Ok(current)
    );
    assert_eq!(stored.versions(&id).versions.len(), 2);

    // With no room to keep the current state, nothing is restored.
    let full = MemoryStorage::new();
    let id = library(&full);
    let version = sample_version(&full, &id, VersionKind::Named, Some("As-is"));
    full.fill();
    let refused =
        at(&full, NOW).restore_version(&id, &version.id, &renamed(&sample_journey(), "To-be"));
    assert!(matches!(
        refused,
        Err(RestoreFailure::Refused(VersionRefused::NoRoom { .. }))
    ));
    assert!(matches!(
        at(&full, NOW).restore_version(&id, "gone", &sample_journey()),
        Err(RestoreFailure::Version(VersionFailure::Gone))
    ));
}

#[test]
fn an_unreadable_version_is_reported_and_hides_no_other() {
    let storage = MemoryStorage::new();
    let id = library(&storage);
    let good = sample_version(&storage, &id, VersionKind::Named, Some("Good"));
    storage
        .write(&version_key(&id, "cut"), "{\"format\":\"sightline-vers")
        .expect("room");
    let broken_document = format!(
        "{{\"format\":\"sightline-version\",\"version\":1,\"saved\":{NOW},\"kind\":\"named\",\"document\":\"{{}}\"}}"
    );
    storage
        .write(&version_key(&id, "hollow"), &broken_document)
        .expect("room");
    storage
        .write(
            &version_key(&id, "newer"),
            "{\"format\":\"sightline-version\",\"version\":9}",
        )
        .expect("room");

    let stored = at(&storage, NOW);
    let list = stored.versions(&id);
    let ids: Vec<&str> = list.versions.iter().map(|v| v.id.as_str()).collect();
    assert_eq!(
        ids,
        ["hollow", good.id.as_str()],
        "listing reads records, not journeys"
    );
    let unreadable: Vec<(&str, &VersionError)> = list
        .unreadable
        .iter()
        .map(|u| (u.id.as_str(), &u.error))
        .collect();
    assert_eq!(
        unreadable,
        [
            ("cut", &VersionError::NotAVersion),
            ("newer", &VersionError::NewerRecord(9))
        ]
    );
    // The record of "hollow" reads, so it is listed; its journey does not, which opening says.
    assert!(matches!(
        stored.open_version(&id, "hollow"),
        Err(VersionFailure::Unreadable(VersionError::Document(_)))
    ));
    assert_eq!(
        stored.version_text(&id, "cut").as_deref(),
        Some("{\"format\":\"sightline-vers")
    );
    // An unreadable version never gives way on its own: making room leaves it.
    storage.fill();
    let refused = stored.save_version(&id, &sample_journey(), VersionKind::Daily, None);
    assert!(matches!(refused, Err(VersionRefused::NoRoom { .. })));
    assert!(stored.version_text(&id, "cut").is_some());
}

#[test]
fn a_full_quota_removes_the_oldest_automatic_versions_first_and_never_a_named_one() {
    let storage = MemoryStorage::new();
    let id = library(&storage);
    let keep = |now: f64, kind, name: Option<&str>, journey: &Journey| {
        at(&storage, now)
            .save_version(&id, journey, kind, name)
            .expect("room")
            .version
    };
    let sample = sample_journey();
    let named = keep(NOW, VersionKind::Named, Some("As-is"), &sample);
    let oldest = keep(
        NOW + DAY,
        VersionKind::Daily,
        None,
        &renamed(&sample, "Day 2, before the workshop with the operator"),
    );
    let newer = keep(
        NOW + 2.0 * DAY,
        VersionKind::BeforeImport,
        None,
        &renamed(&sample, "Day 3"),
    );
    let journey_text = storage.read(&sightline_persistence::journey_key(&id));
    storage.fill();

    // One version's room is there once the oldest automatic one goes.
    let saved = at(&storage, NOW + 3.0 * DAY)
        .save_version(
            &id,
            &renamed(&sample, "Day 4"),
            VersionKind::Named,
            Some("To-be"),
        )
        .expect("the oldest automatic version gives way");
    assert_eq!(saved.removed, [oldest]);
    let listed = at(&storage, NOW).versions(&id).versions;
    assert_eq!(names(&listed), [Some("To-be"), None, Some("As-is")]);
    assert_eq!(listed[1], newer);

    // Then the other automatic one, and then only the user can make room.
    let refused = at(&storage, NOW + 4.0 * DAY)
        .save_version(
            &id,
            &renamed(&sample, "A much longer name for day five"),
            VersionKind::Named,
            Some("Again"),
        )
        .expect_err("no room left without asking");
    let VersionRefused::NoRoom {
        named: offered,
        removed,
    } = refused
    else {
        panic!("no room, not unavailable");
    };
    assert_eq!(removed, [newer]);
    assert_eq!(names(&offered), [Some("As-is"), Some("To-be")]);
    assert_eq!(offered[0], named);
    // Nothing named was lost, and the journey itself is as it was.
    let listed = at(&storage, NOW).versions(&id).versions;
    assert_eq!(names(&listed), [Some("To-be"), Some("As-is")]);
    assert_eq!(
        storage.read(&sightline_persistence::journey_key(&id)),
        journey_text
    );

    // Deleting the named version offered makes room.
    at(&storage, NOW).delete_version(&id, &named.id);
    at(&storage, NOW + 4.0 * DAY)
        .save_version(
            &id,
            &renamed(&sample, "Day 5"),
            VersionKind::Named,
            Some("Again"),
        )
        .expect("room once the user deleted one");
}

#[test]
fn versions_stay_within_their_budget_by_letting_automatic_ones_go() {
    let storage = MemoryStorage::new();
    let big = synthetic_journey(Size {
        steps: 70,
        touchpoints: 1_200,
        stakeholders: 20,
        effects: 3_000,
    });
    let (stored, _) = at(&storage, NOW).create(big.clone());
    let one = version_key(&stored.id, "x").len() + encode(&big).len() + 200;
    assert!(one * 3 < VERSION_BUDGET_CHARS, "a version takes {one}");
    let fit = VERSION_BUDGET_CHARS / one;
    let mut removed = Vec::new();
    for n in 0..fit + 3 {
        let journey = renamed(&big, &format!("Day {n}"));
        let saved = at(&storage, NOW + n as f64 * DAY)
            .save_version(&stored.id, &journey, VersionKind::Daily, None)
            .expect("automatic versions make room for each other");
        removed.extend(saved.removed);
    }
    let used: usize = storage
        .items()
        .iter()
        .filter(|(key, _)| key.starts_with(VERSION_PREFIX))
        .map(|(key, text)| key.chars().count() + text.chars().count())
        .sum();
    assert!(used <= VERSION_BUDGET_CHARS, "{used}");
    assert!(removed.len() >= 3);
    assert!(
        removed.windows(2).all(|w| w[0].saved < w[1].saved),
        "oldest first"
    );
    // A named version that does not fit beside named ones is refused, naming them.
    for n in 0..fit {
        let _ = at(&storage, NOW + (100 + n) as f64 * DAY).save_version(
            &stored.id,
            &renamed(&big, &format!("Named {n}")),
            VersionKind::Named,
            Some("Named"),
        );
    }
    let refused = at(&storage, NOW + 200.0 * DAY).save_version(
        &stored.id,
        &renamed(&big, "One more"),
        VersionKind::Named,
        Some("One more"),
    );
    assert!(
        matches!(refused, Err(VersionRefused::NoRoom { ref named, ref removed }) if !named.is_empty() && removed.is_empty()),
        "{refused:?}"
    );
}

#[test]
fn the_sample_s_version_takes_a_small_part_of_the_budget() {
    let storage = MemoryStorage::new();
    let id = library(&storage);
    let version = sample_version(&storage, &id, VersionKind::Named, Some("As-is"));
    assert!(
        version.chars * 100 < VERSION_BUDGET_CHARS,
        "{}",
        version.chars
    );
}

#[test]
fn a_deleted_journey_takes_its_versions_along_and_leaves_the_others() {
    let storage = MemoryStorage::new();
    let first = library(&storage);
    let (second, _) = at(&storage, NOW + 1.0).create(renamed(&sample_journey(), "Second"));
    for id in [&first, &second.id] {
        at(&storage, NOW)
            .save_version(id, &sample_journey(), VersionKind::Named, Some("As-is"))
            .expect("room");
    }
    at(&storage, NOW).delete(&first);
    assert!(at(&storage, NOW).versions(&first).versions.is_empty());
    assert_eq!(at(&storage, NOW).versions(&second.id).versions.len(), 1);
}

#[test]
fn storage_that_is_gone_keeps_no_version_and_says_so() {
    let storage = MemoryStorage::new();
    let id = library(&storage);
    storage.set_unavailable(true);
    assert_eq!(
        at(&storage, NOW).save_version(&id, &sample_journey(), VersionKind::Named, Some("x")),
        Err(VersionRefused::Unavailable)
    );
    assert!(at(&storage, NOW).versions(&id).versions.is_empty());
}

/// What a run of version actions does, for the property below.
#[derive(Debug, Clone)]
enum Action {
    /// Keep a version of the journey renamed `n`, named or of an automatic kind.
    Keep(u8, Option<VersionKind>),
    /// Leave only this many characters of room.
    Squeeze(usize),
    /// Lift the quota.
    Unsqueeze,
    /// Name the n-th listed version.
    Name(usize),
    /// Delete the n-th listed version, as the user would.
    Delete(usize),
}

fn any_action() -> impl proptest::strategy::Strategy<Value = Action> {
    use proptest::prelude::*;
    let automatic = proptest::sample::select(vec![
        VersionKind::BeforeImport,
        VersionKind::Daily,
        VersionKind::BeforeRestore,
    ]);
    prop_oneof![
        (any::<u8>(), proptest::option::of(automatic)).prop_map(|(n, k)| Action::Keep(n, k)),
        (0usize..40_000).prop_map(Action::Squeeze),
        Just(Action::Unsqueeze),
        (0usize..8).prop_map(Action::Name),
        (0usize..8).prop_map(Action::Delete),
    ]
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

    /// Whatever the room, a named version goes only when the user deletes it, every listed
    /// version opens as the journey it was kept from, and the journey itself is untouched.
    #[test]
    fn named_versions_go_only_when_deleted_and_the_journey_never_changes(
        actions in proptest::collection::vec(any_action(), 1..24),
    ) {
        let storage = MemoryStorage::new();
        let id = library(&storage);
        let journey_text = storage.read(&sightline_persistence::journey_key(&id));
        // Version id → the journey it keeps, and whether it is named.
        let mut expected: std::collections::BTreeMap<String, (Journey, bool)> = Default::default();
        for (step, action) in actions.into_iter().enumerate() {
            let stored = at(&storage, NOW + step as f64 * 1000.0);
            let listed = stored.versions(&id).versions;
            match action {
                Action::Keep(n, kind) => {
                    let journey = renamed(&sample_journey(), &format!("Take {n}"));
                    let (kind, name) = match kind {
                        Some(kind) => (kind, None),
                        None => (VersionKind::Named, Some("Named")),
                    };
                    match stored.save_version(&id, &journey, kind, name) {
                        Ok(saved) => {
                            for gone in &saved.removed {
                                let (_, named) = expected.remove(&gone.id).expect("was kept");
                                proptest::prop_assert!(!named, "a named version gave way");
                            }
                            expected.insert(saved.version.id.clone(), (journey, name.is_some()));
                        }
                        Err(VersionRefused::NoRoom { removed, .. }) => {
                            for gone in &removed {
                                let (_, named) = expected.remove(&gone.id).expect("was kept");
                                proptest::prop_assert!(!named, "a named version gave way");
                            }
                        }
                        Err(VersionRefused::Unavailable) => proptest::prop_assert!(false, "storage works"),
                    }
                }
                Action::Squeeze(room) => {
                    let used: usize = storage
                        .items()
                        .iter()
                        .map(|(k, t)| k.chars().count() + t.chars().count())
                        .sum();
                    storage.set_quota(Some(used + room));
                }
                Action::Unsqueeze => storage.set_quota(None),
                Action::Name(n) => {
                    if let Some(version) = listed.get(n) {
                        if stored.rename_version(&id, &version.id, "Named later").is_ok() {
                            if let Some(entry) = expected.get_mut(&version.id) {
                                entry.1 = true;
                            }
                        }
                    }
                }
                Action::Delete(n) => {
                    if let Some(version) = listed.get(n) {
                        stored.delete_version(&id, &version.id);
                        expected.remove(&version.id);
                    }
                }
            }
            let listed = at(&storage, NOW).versions(&id);
            proptest::prop_assert!(listed.unreadable.is_empty());
            let mut ids: Vec<&String> = listed.versions.iter().map(|v| &v.id).collect();
            ids.sort();
            let kept: Vec<&String> = expected.keys().collect();
            proptest::prop_assert_eq!(ids, kept);
            for (version, (journey, _)) in &expected {
                proptest::prop_assert_eq!(
                    at(&storage, NOW).open_version(&id, version),
                    Ok(journey.clone())
                );
            }
            proptest::prop_assert_eq!(
                storage.read(&sightline_persistence::journey_key(&id)),
                journey_text.clone()
            );
        }
    }
}
