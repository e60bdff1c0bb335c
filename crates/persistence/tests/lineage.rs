//! Where a journey came from: a to-be started from its as-is, and its versions, compare by
//! id with it; journeys made apart by name and place; deleting one of a family keeps the
//! rest of it one.

use sightline_engine::{compare, ChangeKind, Edit, Journey, Matching};
use sightline_english::sample_journey;
use sightline_persistence::{derived_key, Compared, MemoryStorage, Storage, StoredJourneys};

const NOW: f64 = 1_715_500_000_000.0;

fn at(storage: &MemoryStorage) -> StoredJourneys<'_, MemoryStorage> {
    StoredJourneys::new(storage, NOW, 0.5)
}

fn stored(storage: &MemoryStorage, journey: Journey) -> String {
    let (stored, written) = at(storage).create(journey);
    written.expect("room");
    stored.id
}

#[test]
fn a_to_be_started_from_its_as_is_compares_by_id_with_it_and_its_versions() {
    let storage = MemoryStorage::new();
    let library = at(&storage);
    let as_is = stored(&storage, sample_journey());
    let to_be = library
        .derive(&as_is, &sample_journey(), "Mobile telephony, to-be")
        .expect("room");
    assert_eq!(to_be.journey.name, "Mobile telephony, to-be");
    assert_eq!(
        library.derived_from(&to_be.id).as_deref(),
        Some(as_is.as_str())
    );
    let sibling = library
        .derive(&as_is, &sample_journey(), "Another to-be")
        .expect("room");
    let apart = stored(&storage, sample_journey());

    let journey = Compared::Journey;
    let version = |journey| Compared::Version {
        journey,
        version: "v1",
    };
    for (a, b) in [
        (journey(&as_is), journey(&to_be.id)),
        (journey(&to_be.id), version(&as_is)),
        (journey(&to_be.id), journey(&sibling.id)),
        (journey(&as_is), version(&as_is)),
    ] {
        assert_eq!(
            library.matching_between(a, b),
            Matching::ById,
            "{a:?} {b:?}"
        );
    }
    assert_eq!(
        library.matching_between(journey(&as_is), journey(&apart)),
        Matching::ByNameAndPlace
    );

    // The matching it gives lets a rename in the to-be read as a rename.
    let mut redesigned = to_be.journey.clone();
    let touchpoint = redesigned.touchpoints[0].id;
    redesigned
        .apply(Edit::RenameTouchpoint {
            id: touchpoint,
            name: "Collect the bills".to_owned(),
        })
        .expect("there");
    let matching = library.matching_between(journey(&as_is), journey(&to_be.id));
    let kinds: Vec<ChangeKind> = compare(&sample_journey(), &redesigned, matching)
        .changes
        .iter()
        .map(|c| c.kind)
        .collect();
    assert_eq!(kinds, [ChangeKind::TouchpointRenamed]);
}

#[test]
fn deleting_a_journey_of_a_family_keeps_the_others_one_family() {
    let storage = MemoryStorage::new();
    let library = at(&storage);
    let first = stored(&storage, sample_journey());
    let second = library
        .derive(&first, &sample_journey(), "Second")
        .expect("room");
    let third = library
        .derive(&second.id, &sample_journey(), "Third")
        .expect("room");
    library.delete(&second.id);
    assert_eq!(storage.read(&derived_key(&second.id)), None);
    assert_eq!(
        library.derived_from(&third.id).as_deref(),
        Some(first.as_str())
    );
    assert_eq!(
        library.matching_between(Compared::Journey(&first), Compared::Journey(&third.id)),
        Matching::ById
    );
    library.delete(&first);
    assert_eq!(library.derived_from(&third.id), None);
}

#[test]
fn an_origin_written_in_a_loop_ends() {
    let storage =
        MemoryStorage::with(&[("sightline.derived.a", "b"), ("sightline.derived.b", "a")]);
    let library = at(&storage);
    let matching = library.matching_between(Compared::Journey("a"), Compared::Journey("c"));
    assert_eq!(matching, Matching::ByNameAndPlace);
}

#[test]
fn a_derived_journey_without_room_is_not_stored_and_says_so() {
    let storage = MemoryStorage::new();
    let first = stored(&storage, sample_journey());
    storage.fill();
    assert!(at(&storage)
        .derive(&first, &sample_journey(), "To-be")
        .is_err());
    assert_eq!(at(&storage).list().len(), 1);
}
