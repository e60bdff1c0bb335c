//! Developer commands for Sightline, run as `cargo xtask <command>`.
//!
//! Both commands first install what a fresh machine lacks, at pinned versions, so that the
//! README's two commands are all a new developer or CI needs.

mod build;
mod precache;
mod process;
mod setup;
mod test;
#[cfg(test)]
mod tidy;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  serve   install what is missing, build, and serve the app on http://127.0.0.1:8080
  test    install what is missing, then run every check and test (as CI does)
  build   install what is missing, then build the release into dist/ (the wasm split into
          chunks that load when first used)
  bench   measure share-link lengths, the value engine, undo history, stored documents
          and the charts natively (criterion), the engine and charts in Chromium (release
          wasm), then in the release build (Playwright): first paint and time to the map
          of the sample and of a 1,000-touchpoint link, what a first visit downloads, and
          keystroke-to-repaint on a 1,000-touchpoint journey, and PNG export
  precache [dir]
          list the build's files in its service worker (Trunk runs this after each build)";

fn main() -> ExitCode {
    let command = std::env::args().nth(1);
    let root = workspace_root();
    process::put_cargo_bin_on_path();
    let result = match command.as_deref() {
        Some("serve") => serve(&root),
        Some("test") => test::run_all(&root),
        Some("build") => setup::for_release(&root).and_then(|()| build::release(&root)),
        Some("bench") => bench(&root),
        Some("precache") => precache::run(std::env::args_os().nth(2).map(PathBuf::from)),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(format!("unknown or missing command\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The repository root: xtask lives one level below it.
fn workspace_root() -> PathBuf {
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .parent()
        .map(PathBuf::from)
        .unwrap_or(manifest_dir)
}

fn serve(root: &std::path::Path) -> Result<(), String> {
    setup::for_serving(root)?;
    println!("xtask: serving Sightline on http://127.0.0.1:8080 (Ctrl+C to stop)");
    process::run(process::command("trunk", root).arg("serve"))
}

/// Benchmarks for BENCHMARKS.md: share-link lengths, criterion natively (the value engine,
/// undo history, then the charts), then the same journeys in Chromium from a release wasm
/// build, whose figures the browser tests log as lines starting with `bench:`, then opening
/// and editing the release build (`repaint`).
fn bench(root: &std::path::Path) -> Result<(), String> {
    setup::for_benching(root)?;
    // Share-link lengths against deflated JSON: figures, not timings, so no release build.
    process::run(process::command("cargo", root).args([
        "test",
        "-p",
        "sightline-document",
        "--test",
        "link_size",
        "--locked",
        "--",
        "--nocapture",
    ]))?;
    for (package, bench) in [
        ("sightline-engine", "evaluate"),
        ("sightline-engine", "history"),
        ("sightline-document", "document"),
        ("sightline-charts", "charts"),
    ] {
        process::run(
            process::command("cargo", root)
                .args(["bench", "-p", package, "--bench", bench, "--locked"]),
        )?;
    }
    process::run(process::command("cargo", root).args([
        "test",
        "--release",
        "-p",
        "sightline",
        "--target",
        "wasm32-unknown-unknown",
        "--test",
        "evaluate_in_browser",
        "--test",
        "charts_in_browser",
        "--locked",
        "--",
        "--nocapture",
    ]))?;
    repaint(root)
}

/// The release build in Chromium, by the Playwright benchmarks of `tests/e2e/bench/` (their
/// own configuration, so `cargo xtask test` never runs them): opening it cold (first paint,
/// time to the map, what a first visit downloads: `first-paint.bench.js`) and editing a large
/// journey, from a keystroke to the repaint of the blueprint (`repaint.bench.js`). The large
/// journeys arrive as share links written by the document crate's `bench_link` example.
fn repaint(root: &std::path::Path) -> Result<(), String> {
    build::release(root)?;
    let link = root.join("target").join("bench-link.txt");
    let kpis_link = root.join("target").join("bench-kpis-link.txt");
    process::run(
        process::command("cargo", root)
            .args([
                "run",
                "-p",
                "sightline-document",
                "--example",
                "bench_link",
                "--locked",
                "--",
            ])
            .arg(&link)
            .arg(&kpis_link),
    )?;
    process::run(
        process::command("npx", &root.join("tests/e2e"))
            .args([
                "playwright",
                "test",
                "--config",
                "playwright.bench.config.js",
            ])
            .env("SIGHTLINE_BENCH_LINK", &link)
            .env("SIGHTLINE_BENCH_KPIS_LINK", &kpis_link),
    )
}
