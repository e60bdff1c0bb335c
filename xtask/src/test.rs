//! `cargo xtask test`: every check and test CI runs, in order, with one summary line.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use crate::process::{command, run};
use crate::setup;

/// One named check; it passes when its command exits with 0.
struct Step {
    name: &'static str,
    command: Command,
    /// Later steps test what this one builds, so a failure here skips them.
    needed_by_later_steps: bool,
}

/// Set up the machine, then run every step; fails if any step fails.
pub fn run_all(root: &Path) -> Result<(), String> {
    setup::for_testing(root)?;
    let wasm = "wasm32-unknown-unknown";
    let steps = [
        step(
            "rustfmt",
            command("cargo", root).args(["fmt", "--all", "--", "--check"]),
        ),
        step(
            "clippy (native crates)",
            command("cargo", root)
                .args(["clippy", "--workspace", "--exclude", "sightline"])
                .args(["--all-targets", "--locked", "--", "-D", "warnings"]),
        ),
        step(
            "clippy (app, wasm)",
            command("cargo", root)
                .args([
                    "clippy",
                    "-p",
                    "sightline",
                    "--target",
                    wasm,
                    "--all-targets",
                    "--locked",
                ])
                .args(["--", "-D", "warnings"]),
        ),
        step(
            "native tests",
            command("cargo", root).args([
                "test",
                "--workspace",
                "--exclude",
                "sightline",
                "--locked",
            ]),
        ),
        step(
            "browser tests (wasm-bindgen-test, Chromium)",
            command("cargo", root).args(["test", "-p", "sightline", "--target", wasm, "--locked"]),
        ),
        Step {
            needed_by_later_steps: true,
            ..step(
                "release build (split into chunks)",
                command("cargo", root).args(["xtask", "build"]),
            )
        },
        step(
            "end-to-end tests (Playwright, Chromium)",
            command("npx", &root.join("tests/e2e")).args(["playwright", "test"]),
        ),
    ];

    let mut passed = 0;
    let mut failed = Vec::new();
    let mut skipping = false;
    for mut step in steps {
        if skipping {
            println!("\n==> {}: skipped, an earlier build failed", step.name);
            failed.push(step.name);
            continue;
        }
        println!("\n==> {}", step.name);
        let started = Instant::now();
        let result = run(&mut step.command);
        println!("<== {} in {:.0?}", step.name, started.elapsed());
        match result {
            Ok(()) => passed += 1,
            Err(message) => {
                eprintln!("xtask: {message}");
                failed.push(step.name);
                skipping = step.needed_by_later_steps;
            }
        }
    }
    if !failed.is_empty() {
        println!("\nfailed: {}", failed.join(", "));
    }
    println!("steps: {passed} passed, {} failed", failed.len());
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} of {} steps failed",
            failed.len(),
            passed + failed.len()
        ))
    }
}

fn step(name: &'static str, command: &mut Command) -> Step {
    let command = std::mem::replace(command, Command::new(""));
    Step {
        name,
        command,
        needed_by_later_steps: false,
    }
}
