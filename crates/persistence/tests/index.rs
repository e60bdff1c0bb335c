//! The library index: ordering, copies' names, and rebuilding from the stored documents.

use sightline_persistence::{is_valid_id, new_id, Entry, LibraryIndex};

fn entry(id: &str, name: &str, updated: f64) -> Entry {
    Entry {
        id: id.into(),
        name: name.into(),
        updated,
    }
}

fn library(entries: &[Entry]) -> LibraryIndex {
    let mut library = LibraryIndex::new();
    for e in entries {
        library.put(e.clone());
    }
    library
}

#[test]
fn journeys_are_listed_most_recently_changed_first() {
    let library = library(&[
        entry("a", "Onboarding", 100.0),
        entry("b", "Renewal", 300.0),
        entry("c", "Billing", 200.0),
        entry("d", "Audit", 200.0),
    ]);
    let names: Vec<String> = library
        .by_last_change()
        .into_iter()
        .map(|e| e.name)
        .collect();
    assert_eq!(names, ["Renewal", "Audit", "Billing", "Onboarding"]);
}

#[test]
fn putting_an_existing_id_replaces_its_entry() {
    let mut library = library(&[entry("a", "Old name", 1.0)]);
    library.put(entry("a", "New name", 2.0));
    assert_eq!(library.len(), 1);
    assert_eq!(library.get("a"), Some(&entry("a", "New name", 2.0)));
    assert_eq!(library.remove("a").map(|e| e.name), Some("New name".into()));
    assert!(library.is_empty());
    assert_eq!(library.remove("a"), None);
}

#[test]
fn index_round_trips_and_untrusted_text_is_refused() {
    let library = library(&[entry("18c-00ff", "<img src=x onerror=alert(1)>", 5.0)]);
    assert_eq!(LibraryIndex::decode(&library.encode()), Some(library));
    for bad in [
        "",
        "null",
        "{\"format\":\"sightline-library\",\"version\":1,\"entries\":[",
        "{\"format\":\"other\",\"version\":1,\"entries\":[]}",
        "{\"format\":\"sightline-library\",\"version\":9,\"entries\":[]}",
        // An id that would escape its storage key is not trusted.
        "{\"format\":\"sightline-library\",\"version\":1,\"entries\":[{\"id\":\"../x\",\"name\":\"n\",\"updated\":1}]}",
    ] {
        assert_eq!(LibraryIndex::decode(bad), None, "{bad}");
    }
}

/// The app starts from `LibraryIndex::default()` when no index is stored yet; a derived default
/// once wrote an index without its format marker, which was then refused on every read, so
/// every journey lost its time of change.
#[test]
fn a_default_library_writes_an_index_it_reads_back() {
    let mut library = LibraryIndex::default();
    library.put(entry("a", "First", 42.0));
    assert_eq!(LibraryIndex::decode(&library.encode()), Some(library));
}

#[test]
fn reconcile_drops_entries_without_a_document_and_names_documents_without_an_entry() {
    let mut library = library(&[
        entry("a", "Kept", 1.0),
        entry("gone", "Deleted elsewhere", 2.0),
    ]);
    let stored = vec!["a".to_owned(), "new".to_owned()];
    assert_eq!(library.reconcile(&stored), ["new"]);
    assert_eq!(library.len(), 1);
    assert!(library.get("a").is_some());
    assert!(library.get("gone").is_none());
}

#[test]
fn unused_name_counts_up_past_every_taken_copy() {
    let library = library(&[
        entry("a", "Plan", 1.0),
        entry("b", "Plan (copy)", 1.0),
        entry("c", "Plan (copy 2)", 1.0),
    ]);
    let copy = |n: u32| {
        if n == 2 {
            "Plan (copy)".to_owned()
        } else {
            format!("Plan (copy {})", n - 1)
        }
    };
    assert_eq!(library.unused_name("Fresh", copy), "Fresh");
    assert_eq!(library.unused_name("Plan", copy), "Plan (copy 3)");
}

#[test]
fn new_ids_are_valid_and_differ_by_time_and_by_chance() {
    let a = new_id(1_700_000_000_000.0, 0.25);
    let b = new_id(1_700_000_000_000.0, 0.75);
    let c = new_id(1_700_000_000_001.0, 0.25);
    for id in [&a, &b, &c] {
        assert!(is_valid_id(id), "{id}");
    }
    assert_ne!(a, b);
    assert_ne!(a, c);
    // Out-of-range inputs (a clock before 1970, a bad random source) still give a valid id.
    assert!(is_valid_id(&new_id(-5.0, 7.0)));
    assert!(!is_valid_id(""));
    assert!(!is_valid_id("A"));
    assert!(!is_valid_id("a.b"));
    assert!(!is_valid_id(&"a".repeat(65)));
}
