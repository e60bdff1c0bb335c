//! Architecture invariant: the engine knows nothing of the browser, clocks or I/O.
//!
//! The engine's manifest may name serde and nothing else as a dependency, for every target, so
//! that the model and value engine stay testable natively and portable to any front end.

#[test]
fn engine_depends_on_serde_only() {
    let manifest: toml::Table =
        toml::from_str(include_str!("../Cargo.toml")).expect("engine manifest parses");
    let dependencies: Vec<&String> = manifest
        .get("dependencies")
        .and_then(|d| d.as_table())
        .map(|d| d.keys().collect())
        .unwrap_or_default();
    assert_eq!(
        dependencies,
        ["serde"],
        "the engine may depend on serde only"
    );
    assert!(
        manifest.get("target").is_none(),
        "no target-specific dependencies in the engine"
    );
    assert!(
        manifest.get("build-dependencies").is_none(),
        "no build script dependencies"
    );
}
