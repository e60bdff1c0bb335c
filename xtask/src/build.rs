//! `cargo xtask build`: the release build in `dist/`, its wasm split into chunks.
//!
//! A first visit should download what paints the map and no more, so the wasm is split at
//! the app's split points (`src/components/deferred.rs`, the `split` feature): each becomes a
//! chunk that the page fetches the first time it is used. Trunk cannot do this (it runs
//! wasm-bindgen straight on cargo's output, and the splitter must run between the two), so
//! this step does what `trunk build --release` did, with the split in the middle:
//!
//! 1. cargo builds the app for wasm with relocations kept (`--emit-relocs`), which the
//!    splitter needs to know what each function uses;
//! 2. `wasm-split-cli` writes the main module, the chunks and the JavaScript that loads them;
//! 3. wasm-bindgen turns the main module into `sightline.js` and `sightline_bg.wasm`, keeping
//!    the exports the chunks link to (`--keep-lld-exports`);
//! 4. wasm-opt shrinks the main module and every chunk (with `SIGHTLINE_WASM_NAMES=1` it
//!    keeps the functions' names, for a CPU profile that names them:
//!    `tests/e2e/bench/profile.mjs`);
//! 5. esbuild minifies the JavaScript and the style sheet (not with `SIGHTLINE_WASM_NAMES=1`,
//!    whose profiles should read as the sources do);
//! 6. everything the page loads, the style sheet included, goes into one folder named after
//!    the build's content (`app-<hash>/`), so that the files keep the names they import each
//!    other by and the service worker can take any file under such a folder as it is;
//!    `index.html` names it, and the worker is told every file of the build (`precache`).
//!
//! `cargo xtask serve` keeps Trunk for development: one unsplit module, rebuilt on save.

use std::fs;
use std::path::{Path, PathBuf};

use crate::precache;
use crate::process::{cargo_home, command, run};

/// What the release build's rustc is given, before [`release_rustflags`] adds the registries'
/// remaps. Cargo takes these instead of, not beside, `.cargo/config.toml`'s flags, so this
/// repeats them (`config_flags_are_kept` checks).
const RUSTFLAGS: &str = "--cfg=erase_components -Clink-args=--emit-relocs";
const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// The wasm-bindgen output's name: `sightline.js` and `sightline_bg.wasm`.
const OUT_NAME: &str = "sightline";
/// Set to `1`, the build keeps wasm function names (a profiling build, a little larger).
const KEEP_NAMES: &str = "SIGHTLINE_WASM_NAMES";
/// The chunk loader `wasm-split-cli` writes beside the main module.
const SPLIT_LOADER: &str = "__wasm_split.js";
/// The files the page loads live in `app-<hash>/`; the service worker knows them by this.
const APP_FOLDER_PREFIX: &str = "app-";

/// Build the app for release into `root/dist`.
pub fn release(root: &Path) -> Result<(), String> {
    run(command("cargo", root)
        .args(["build", "--release", "--locked", "-p", "sightline"])
        .args([
            "--bin",
            "sightline",
            "--features",
            "split",
            "--target",
            WASM_TARGET,
        ])
        .env(
            "CARGO_ENCODED_RUSTFLAGS",
            release_rustflags(cargo_home().as_deref()),
        ))?;
    let target = root.join("target");
    let linked = target
        .join(WASM_TARGET)
        .join("release")
        .join(format!("{OUT_NAME}.wasm"));
    let staging = fresh_folder(&target.join("split"))?;
    run(command("wasm-split-cli", root)
        .arg(&linked)
        .arg(&staging)
        .args(["--target", "web", "--out-name", OUT_NAME]))?;
    let main = staging.join(format!("{OUT_NAME}.wasm"));
    run(command("wasm-bindgen", root)
        .args(["--target", "web", "--keep-lld-exports", "--no-typescript"])
        .args(["--out-name", OUT_NAME, "--out-dir"])
        .arg(&staging)
        .arg(&main))?;
    remove_file(&main)?;
    let names = std::env::var_os(KEEP_NAMES).is_some_and(|value| value == "1");
    for module in wasm_files(&staging)? {
        // Functions sorted by name sit beside their look-alikes (the same generic for other
        // types), which gzip's window then finds: 8.6 KB less. The producers and
        // target-features sections are for tools, not browsers: about 180 bytes a file that
        // files compressed apart cannot share, 14 KB over the hundred files of 2026-12-07.
        run(command("wasm-opt", root)
            .args(["-Oz", "--reorder-functions-by-name"])
            .args(["--strip-producers", "--strip-target-features"])
            .args(names.then_some("--debuginfo"))
            .arg(&module)
            .arg("-o")
            .arg(&module))?;
    }
    fs::copy(root.join("style/main.css"), staging.join("main.css"))
        .map_err(|error| format!("build: cannot copy style/main.css: {error}"))?;
    if !names {
        let script = format!("{OUT_NAME}.js");
        for file in [script.as_str(), SPLIT_LOADER, "main.css"] {
            minify(root, &staging.join(file))?;
        }
    }
    let dist = fresh_folder(&root.join("dist"))?;
    let folder = format!("{APP_FOLDER_PREFIX}{}", content_hash(&staging)?);
    copy_folder(&staging, &dist.join(&folder))?;
    for file in ["icon.svg", "manifest.webmanifest", "sw.js"] {
        fs::copy(root.join("static").join(file), dist.join(file))
            .map_err(|error| format!("build: cannot copy static/{file}: {error}"))?;
    }
    let page = fs::read_to_string(root.join("index.html"))
        .map_err(|error| format!("build: cannot read index.html: {error}"))?;
    fs::write(dist.join("index.html"), page_for(&page, &folder)?)
        .map_err(|error| format!("build: cannot write dist/index.html: {error}"))?;
    // The worker stays as written: `cargo xtask precache` finds its file list by its line.
    precache::run(Some(dist))
}

/// Minify a JavaScript or CSS file in place (esbuild, which tells the two by the extension;
/// without bundling, a module stays a module and a script a script).
fn minify(root: &Path, file: &Path) -> Result<(), String> {
    run(command("esbuild", root)
        .arg(file)
        .args(["--minify", "--log-level=warning", "--allow-overwrite"])
        .arg(format!("--outfile={}", file.display())))
}

/// `index.html` for the build whose files are in `folder`: Trunk's directives give way to the
/// tags that load the style sheet and start the app. The main module's script and wasm, and
/// the chunk loader it imports, are asked for at once rather than one after the other.
fn page_for(source: &str, folder: &str) -> Result<String, String> {
    // The wasm's preload makes the same request as wasm-bindgen's `fetch` (CORS mode,
    // same-origin credentials: `crossorigin`), so that it is answered by it.
    let tags = format!(
        r#"    <link rel="stylesheet" href="./{folder}/main.css" />
    <link rel="modulepreload" href="./{folder}/{OUT_NAME}.js" />
    <link rel="modulepreload" href="./{folder}/{SPLIT_LOADER}" />
    <link rel="preload" href="./{folder}/{OUT_NAME}_bg.wasm" as="fetch" type="application/wasm" crossorigin />
    <script type="module">
      import init from './{folder}/{OUT_NAME}.js';
      init({{ module_or_path: './{folder}/{OUT_NAME}_bg.wasm' }});
    </script>
"#
    );
    let mut page = String::with_capacity(source.len() + tags.len());
    let mut placed = false;
    for line in source.lines() {
        if line.contains("data-trunk") {
            continue;
        }
        if line.trim() == "</head>" {
            page.push_str(&tags);
            placed = true;
        }
        page.push_str(line);
        page.push('\n');
    }
    if placed {
        Ok(page)
    } else {
        Err("build: index.html has no `</head>` line to put the app's scripts before".into())
    }
}

/// 16 hex digits that change with any file of `dir` (names and contents).
fn content_hash(dir: &Path) -> Result<String, String> {
    let mut names = fs::read_dir(dir)
        .map_err(|error| format!("build: cannot list {}: {error}", dir.display()))?
        .map(|entry| entry.map(|entry| entry.path()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|error| format!("build: {error}"))?;
    names.sort();
    let mut hash = precache::Fnv1a::new();
    for path in names {
        if path.is_dir() {
            hash.write(content_hash(&path)?.as_bytes());
            continue;
        }
        let bytes = fs::read(&path)
            .map_err(|error| format!("build: cannot read {}: {error}", path.display()))?;
        hash.write(path.file_name().unwrap_or_default().as_encoded_bytes());
        hash.write(&(bytes.len() as u64).to_le_bytes());
        hash.write(&bytes);
    }
    Ok(format!("{:016x}", hash.finish()))
}

fn wasm_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).map_err(|error| format!("build: {error}"))? {
        let path = entry.map_err(|error| format!("build: {error}"))?.path();
        if path
            .extension()
            .is_some_and(|extension| extension == "wasm")
        {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// [`RUSTFLAGS`], and each crate registry's folder remapped to `crates`: panic messages name
/// a dependency's file by its path, so without it the wasm (and the build folder's hash)
/// would differ between two machines whose Cargo homes differ, and carry the long folder
/// names in every chunk. Separated as `CARGO_ENCODED_RUSTFLAGS` wants, so that a space in
/// the path is kept.
fn release_rustflags(cargo_home: Option<&Path>) -> String {
    let mut flags: Vec<String> = RUSTFLAGS.split(' ').map(str::to_owned).collect();
    let registries = cargo_home
        .and_then(|home| fs::read_dir(home.join("registry").join("src")).ok())
        .into_iter()
        .flatten()
        .flatten();
    let mut folders: Vec<PathBuf> = registries.map(|entry| entry.path()).collect();
    folders.sort();
    for folder in folders {
        flags.push(format!("--remap-path-prefix={}=crates", folder.display()));
    }
    flags.join("\u{1f}")
}

/// `dir`, emptied if it was there.
fn fresh_folder(dir: &Path) -> Result<PathBuf, String> {
    if dir.exists() {
        fs::remove_dir_all(dir)
            .map_err(|error| format!("build: cannot empty {}: {error}", dir.display()))?;
    }
    fs::create_dir_all(dir)
        .map_err(|error| format!("build: cannot create {}: {error}", dir.display()))?;
    Ok(dir.to_path_buf())
}

fn copy_folder(from: &Path, to: &Path) -> Result<(), String> {
    fs::create_dir_all(to)
        .map_err(|error| format!("build: cannot create {}: {error}", to.display()))?;
    for entry in fs::read_dir(from).map_err(|error| format!("build: {error}"))? {
        let path = entry.map_err(|error| format!("build: {error}"))?.path();
        let copy = to.join(path.file_name().unwrap_or_default());
        if path.is_dir() {
            copy_folder(&path, &copy)?;
        } else {
            fs::copy(&path, &copy)
                .map_err(|error| format!("build: cannot copy {}: {error}", path.display()))?;
        }
    }
    Ok(())
}

fn remove_file(path: &Path) -> Result<(), String> {
    fs::remove_file(path)
        .map_err(|error| format!("build: cannot remove {}: {error}", path.display()))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    /// The release build must compile as every other wasm build does, plus what splitting
    /// needs: a flag added to `.cargo/config.toml` and not here would silently be dropped.
    #[test]
    fn config_flags_are_kept() {
        let config =
            fs::read_to_string(crate::workspace_root().join(".cargo/config.toml")).unwrap();
        let line = config
            .lines()
            .find(|line| line.starts_with("rustflags"))
            .expect("the wasm target has rustflags");
        let flags: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
        assert!(!flags.is_empty());
        for flag in flags {
            assert!(
                RUSTFLAGS.split(' ').any(|kept| kept == flag),
                "{flag} is missing from the release build's RUSTFLAGS"
            );
        }
    }

    /// A dependency's path in a panic message must not depend on where Cargo lives.
    #[test]
    fn registries_are_remapped_whatever_the_cargo_home() {
        let home = std::env::temp_dir().join(format!("xtask-cargo home-{}", std::process::id()));
        let registry = home
            .join("registry")
            .join("src")
            .join("index.crates.io-0123");
        fs::create_dir_all(&registry).unwrap();
        let flags = release_rustflags(Some(&home));
        fs::remove_dir_all(&home).unwrap();
        let flags: Vec<&str> = flags.split('\u{1f}').collect();
        assert_eq!(
            flags[..2],
            ["--cfg=erase_components", "-Clink-args=--emit-relocs"]
        );
        assert_eq!(
            flags[2],
            format!("--remap-path-prefix={}=crates", registry.display()),
            "one flag, space and all"
        );
        assert_eq!(flags.len(), 3);
    }

    #[test]
    fn the_page_loads_the_build_folder_instead_of_trunk_directives() {
        let source = "<html>\n  <head>\n    <title>S</title>\n    <link data-trunk rel=\"css\" href=\"style/main.css\" />\n    <link data-trunk rel=\"rust\" data-bin=\"sightline\" />\n  </head>\n  <body></body>\n</html>\n";
        let page = page_for(source, "app-0123456789abcdef").unwrap();
        assert!(!page.contains("data-trunk"), "{page}");
        assert!(page.contains("<title>S</title>"));
        assert!(
            page.contains(r#"<link rel="stylesheet" href="./app-0123456789abcdef/main.css" />"#)
        );
        assert!(page.contains("import init from './app-0123456789abcdef/sightline.js';"));
        assert!(page.contains("module_or_path: './app-0123456789abcdef/sightline_bg.wasm'"));
        let script = page.find("<script").unwrap();
        assert!(script < page.find("</head>").unwrap());
        assert!(page_for("<html></html>", "app-x").is_err());
    }

    #[test]
    fn the_build_folder_name_follows_the_content() {
        let dir = std::env::temp_dir().join(format!("sightline-build-hash-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("a.wasm"), "1").unwrap();
        let first = content_hash(&dir).unwrap();
        assert_eq!(first.len(), 16);
        assert_eq!(content_hash(&dir).unwrap(), first);
        fs::write(dir.join("a.wasm"), "2").unwrap();
        assert_ne!(content_hash(&dir).unwrap(), first);
        fs::remove_dir_all(dir).unwrap();
    }
}
