//! Installing what the build and the tests need, at pinned versions, only where missing.

use std::path::Path;

use crate::process::{command, put_first_on_path, run, version_of};

/// The Trunk release that builds with this machine's Rust (0.22 needs a newer rustc).
const TRUNK_VERSION: &str = "0.21.14";
/// Binaryen 123, from the npm package pinned in `xtask/build-tools/package.json`: Binaryen's own
/// build installs in seconds where the `wasm-opt` crate compiles C++ for a quarter of an hour.
/// Debian's binaryen 108 breaks the app (`WebAssembly.Table.set(): Argument 1 is invalid`)
/// and 116 stops on the splitter's main module (an assertion on its data segments), so never
/// fall back to another; Trunk.toml pins the same version.
const WASM_OPT_VERSION: &str = "wasm-opt version 123 ";
/// The splitter behind Leptos's split points (cargo-leptos uses the same crate as a library).
const WASM_SPLIT_CRATE: &str = "wasm_split_cli_support";
const WASM_SPLIT_VERSION: &str = "0.2.4";
/// esbuild, pinned in the same package, minifies the release build's JavaScript and CSS.
const ESBUILD_VERSION: &str = "0.28.2";
/// The npm package of the release build's tools: wasm-opt and esbuild.
const BUILD_TOOLS_PACKAGE: &str = "xtask/build-tools";
/// Where Debian's Chromium and its driver live; the tests point at these paths.
const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// What `cargo xtask serve` needs: the wasm target, Trunk, wasm-bindgen, and the crates
/// fetched for Trunk's offline builds (development builds: no wasm-opt, no splitting).
pub fn for_serving(root: &Path) -> Result<(), String> {
    wasm_target(root)?;
    let wasm_bindgen = wasm_bindgen(root)?;
    check_trunk_pins_wasm_bindgen(root, &wasm_bindgen)?;
    cargo_tool(
        "trunk",
        "trunk",
        TRUNK_VERSION,
        &format!("trunk {TRUNK_VERSION}"),
        &["--locked"],
        root,
    )?;
    // Trunk builds offline, so every crate must already be in the local registry.
    run(command("cargo", root).args(["fetch", "--locked"]))
}

/// What the release build (`cargo xtask build`) needs: the wasm target, wasm-bindgen, the
/// splitter, wasm-opt and esbuild. Not Trunk, which would take a quarter of an hour to compile.
pub fn for_release(root: &Path) -> Result<(), String> {
    wasm_target(root)?;
    wasm_bindgen(root)?;
    wasm_split(root)?;
    build_tools(root)
}

/// Everything the release build needs plus Chromium, its driver and the end-to-end suite's
/// packages.
pub fn for_testing(root: &Path) -> Result<(), String> {
    for_release(root)?;
    chromium(root)?;
    e2e_packages(root)
}

/// The wasm-bindgen CLI of the version in Cargo.lock (it must match the library exactly);
/// its version.
fn wasm_bindgen(root: &Path) -> Result<String, String> {
    let version = wasm_bindgen_version(root)?;
    // The CLI's own lock file names a crate version the registry may lack, so no `--locked`.
    cargo_tool(
        "wasm-bindgen",
        "wasm-bindgen-cli",
        &version,
        &format!("wasm-bindgen {version}"),
        &[],
        root,
    )?;
    Ok(version)
}

/// `wasm-split-cli`, which has no `--version`: cargo's list of installed tools tells.
fn wasm_split(root: &Path) -> Result<(), String> {
    let installed = std::process::Command::new("cargo")
        .args(["install", "--list"])
        .output()
        .is_ok_and(|output| {
            String::from_utf8_lossy(&output.stdout)
                .lines()
                .any(|line| line == format!("{WASM_SPLIT_CRATE} v{WASM_SPLIT_VERSION}:"))
        });
    if installed {
        return Ok(());
    }
    cargo_install(
        WASM_SPLIT_CRATE,
        WASM_SPLIT_VERSION,
        &["--features", "build-binary", "--locked"],
        root,
    )
}

fn wasm_target(root: &Path) -> Result<(), String> {
    let installed = std::process::Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map(|output| String::from_utf8_lossy(&output.stdout).contains("wasm32-unknown-unknown"))
        .unwrap_or(false);
    if installed {
        return Ok(());
    }
    run(command("rustup", root).args(["target", "add", "wasm32-unknown-unknown"]))
}

/// Install a cargo tool unless `program --version` already contains `expected`.
fn cargo_tool(
    program: &str,
    krate: &str,
    version: &str,
    expected: &str,
    extra: &[&str],
    root: &Path,
) -> Result<(), String> {
    if version_of(program).is_some_and(|found| found.contains(expected)) {
        return Ok(());
    }
    cargo_install(krate, version, extra, root)
}

/// `cargo install` of one crate at one version, with `extra` options (`--locked`, features).
fn cargo_install(krate: &str, version: &str, extra: &[&str], root: &Path) -> Result<(), String> {
    println!("xtask: installing {krate} {version} (a few minutes, once per machine)");
    let mut install = command("cargo", root);
    install.args(["install", krate, "--version", version, "--force"]);
    install.args(extra);
    run(&mut install)
}

/// The `wasm-bindgen` version in Cargo.lock: the CLI must match the library exactly.
fn wasm_bindgen_version(root: &Path) -> Result<String, String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock"))
        .map_err(|error| format!("cannot read Cargo.lock: {error}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            let version = lines.next().and_then(|l| l.strip_prefix("version = \""));
            if let Some(version) = version.and_then(|v| v.strip_suffix('"')) {
                return Ok(version.to_owned());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen package".to_owned())
}

fn check_trunk_pins_wasm_bindgen(root: &Path, version: &str) -> Result<(), String> {
    let trunk = std::fs::read_to_string(root.join("Trunk.toml"))
        .map_err(|error| format!("cannot read Trunk.toml: {error}"))?;
    let pinned = format!("wasm_bindgen = \"{version}\"");
    if trunk.lines().any(|line| line.trim() == pinned) {
        Ok(())
    } else {
        Err(format!(
            "Trunk.toml must pin `{pinned}` to match Cargo.lock"
        ))
    }
}

fn chromium(root: &Path) -> Result<(), String> {
    if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
        return Ok(());
    }
    println!("xtask: installing Debian's chromium and chromium-driver");
    apt_install(&["chromium", "chromium-driver"], root)
}

/// What the benchmarks need beyond the tests: a font with Chinese glyphs. Without one,
/// Chromium searches every font for each Chinese character before it draws a box, and the
/// opening in Chinese measured that search (50 to 60 ms), not what a reader in Chinese sees.
pub fn for_benching(root: &Path) -> Result<(), String> {
    for_testing(root)?;
    // Chromium's packages bring fontconfig's library, not always its `fc-list`: without it,
    // install that too, so that the next run can tell the font is there.
    let chinese = command("fc-list", root).arg(":lang=zh").output();
    if chinese.is_ok_and(|listed| !listed.stdout.is_empty()) {
        return Ok(());
    }
    println!("xtask: installing Debian's fonts-noto-cjk for the opening in Chinese");
    apt_install(&["fontconfig", "fonts-noto-cjk"], root)
}

/// Debian packages, through sudo unless this is root.
fn apt_install(packages: &[&str], root: &Path) -> Result<(), String> {
    let as_root = |args: &[&str]| {
        let mut apt = if is_root() {
            command(args[0], root)
        } else {
            let mut sudo = command("sudo", root);
            sudo.arg(args[0]);
            sudo
        };
        apt.args(&args[1..])
            .env("DEBIAN_FRONTEND", "noninteractive");
        run(&mut apt)
    };
    as_root(&["apt-get", "update", "-q"])?;
    let mut install = vec!["apt-get", "install", "-y", "-q"];
    install.extend_from_slice(packages);
    as_root(&install)
}

fn e2e_packages(root: &Path) -> Result<(), String> {
    npm_packages(&root.join("tests/e2e"))
}

/// Binaryen's `wasm-opt` and esbuild from npm, put first on PATH (where Trunk looks for
/// wasm-opt too), each checked against its pin.
fn build_tools(root: &Path) -> Result<(), String> {
    let package = root.join(BUILD_TOOLS_PACKAGE);
    npm_packages(&package)?;
    put_first_on_path(&package.join("node_modules/.bin"));
    for (program, pinned) in [("wasm-opt", WASM_OPT_VERSION), ("esbuild", ESBUILD_VERSION)] {
        match version_of(program) {
            Some(found) if found.starts_with(pinned) => {}
            found => {
                return Err(format!(
                    "{program} on PATH is {found:?}, not the pinned {pinned} from {BUILD_TOOLS_PACKAGE}"
                ))
            }
        }
    }
    Ok(())
}

/// `npm ci` in `dir` unless its node_modules was installed from the same lock file.
fn npm_packages(dir: &Path) -> Result<(), String> {
    let lock = std::fs::read_to_string(dir.join("package-lock.json"))
        .map_err(|error| format!("cannot read {}/package-lock.json: {error}", dir.display()))?;
    // A copy of the lock file that `npm ci` last installed: equal means node_modules is current.
    let stamp = dir.join("node_modules/.installed-package-lock.json");
    if std::fs::read_to_string(&stamp).is_ok_and(|installed| installed == lock) {
        return Ok(());
    }
    run(command("npm", dir)
        .args(["ci", "--no-audit", "--no-fund"])
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))?;
    std::fs::write(&stamp, lock)
        .map_err(|error| format!("cannot write {}: {error}", stamp.display()))
}

fn is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|output| String::from_utf8_lossy(&output.stdout).trim() == "0")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Trunk would build with another wasm-bindgen than the app links if the two pins drifted.
    #[test]
    fn trunk_pins_the_wasm_bindgen_of_cargo_lock() {
        let root = crate::workspace_root();
        let version = wasm_bindgen_version(&root).expect("Cargo.lock names wasm-bindgen");
        assert!(
            version.starts_with("0.2."),
            "unexpected wasm-bindgen {version}"
        );
        check_trunk_pins_wasm_bindgen(&root, &version).expect("Trunk.toml agrees with Cargo.lock");
        assert!(check_trunk_pins_wasm_bindgen(&root, "0.0.1").is_err());
    }
}
