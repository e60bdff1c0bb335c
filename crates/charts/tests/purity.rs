//! Architecture invariant: charts are pure. The charts crate may depend on the engine and
//! plotters only (no Leptos, web-sys, wasm-bindgen, clock or I/O), and plotters only with
//! its SVG backend: its default features pull in bitmaps, system fonts and a clock.

#[test]
fn charts_depend_on_the_engine_and_plotters_svg_only() {
    let manifest: toml::Table =
        toml::from_str(include_str!("../Cargo.toml")).expect("charts manifest parses");
    let dependencies = manifest
        .get("dependencies")
        .and_then(|d| d.as_table())
        .cloned()
        .unwrap_or_default();
    let names: Vec<&String> = dependencies.keys().collect();
    assert_eq!(
        names,
        ["plotters", "sightline-engine"],
        "the engine and plotters only"
    );
    let plotters = dependencies["plotters"]
        .as_table()
        .expect("plotters has options");
    assert_eq!(
        plotters.get("default-features").and_then(|v| v.as_bool()),
        Some(false)
    );
    let features: Vec<&str> = plotters["features"]
        .as_array()
        .expect("features listed")
        .iter()
        .filter_map(|f| f.as_str())
        .collect();
    assert_eq!(features, ["svg_backend"]);
    assert!(
        manifest.get("target").is_none(),
        "no target-specific dependencies"
    );
    assert!(
        manifest.get("build-dependencies").is_none(),
        "no build script dependencies"
    );
}
