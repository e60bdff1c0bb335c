//! Architecture invariant: persistence decides, the app stores. The crate knows no browser
//! and reads no clock, so every rule about what is written where runs natively.

#[test]
fn persistence_depends_on_the_journey_crates_and_json_only() {
    let manifest: toml::Table =
        toml::from_str(include_str!("../Cargo.toml")).expect("manifest parses");
    let dependencies: Vec<&String> = manifest
        .get("dependencies")
        .and_then(|d| d.as_table())
        .map(|d| d.keys().collect())
        .unwrap_or_default();
    assert_eq!(
        dependencies,
        [
            "serde",
            "serde_json",
            "sightline-document",
            "sightline-engine"
        ]
    );
    assert!(
        manifest.get("target").is_none(),
        "no target-specific dependencies"
    );
}

#[test]
fn no_source_file_reads_the_clock() {
    let sources = [
        include_str!("../src/lib.rs"),
        include_str!("../src/storage.rs"),
        include_str!("../src/memory.rs"),
        include_str!("../src/index.rs"),
        include_str!("../src/journeys.rs"),
        include_str!("../src/autosave.rs"),
        include_str!("../src/versions.rs"),
        include_str!("../src/lineage.rs"),
        include_str!("../src/versions/record.rs"),
        include_str!("../src/versions/due.rs"),
        include_str!("../src/versions/room.rs"),
    ];
    for source in sources {
        for clock in ["SystemTime", "Instant", "std::time"] {
            assert!(!source.contains(clock), "{clock} in a source file");
        }
    }
}
