//! `cargo xtask precache [dir]`: tell the built service worker which files make up the build.
//!
//! Trunk copies `static/sw.js` into the build unchanged; this step, run by Trunk after every
//! build (a post-build hook in `Trunk.toml`, which passes the staging folder in
//! `TRUNK_STAGING_DIR`), rewrites its `const PRECACHE = …` line with every file of the build
//! and an identity computed from their contents. So `sw.js` changes exactly when the build
//! does, which is how browsers notice a new deployment: they compare the worker byte for byte.
//! Listing the files here, rather than having the worker parse `index.html` at install, also
//! catches files the page does not name (icons, the manifest, wasm-bindgen snippets).

use std::fs;
use std::path::{Path, PathBuf};

/// The service worker's file name, at the root of the build.
const WORKER: &str = "sw.js";
/// The start of the one line of the worker that this step rewrites.
const MARKER: &str = "const PRECACHE = ";

/// Stamp the worker in `dir`, or in Trunk's staging folder when no folder is given.
pub fn run(dir: Option<PathBuf>) -> Result<(), String> {
    let dir = dir
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from))
        .ok_or("precache: give the build folder, or run as Trunk's hook (TRUNK_STAGING_DIR)")?;
    let build = stamp(&dir)?;
    println!(
        "xtask: {} lists {} files of build {}",
        dir.join(WORKER).display(),
        build.files.len(),
        build.id
    );
    Ok(())
}

/// What the worker is told about one build.
#[derive(Debug, PartialEq)]
struct Build {
    /// Changes whenever any file's name or content changes.
    id: String,
    /// URLs relative to the worker: the page as `./`, then every other file, sorted.
    files: Vec<String>,
}

/// Read the build in `dir` and rewrite its worker's precache line.
fn stamp(dir: &Path) -> Result<Build, String> {
    let build = read_build(dir)?;
    let worker = dir.join(WORKER);
    let source = fs::read_to_string(&worker)
        .map_err(|error| format!("precache: cannot read {}: {error}", worker.display()))?;
    let stamped = rewrite(&source, &build).ok_or_else(|| {
        format!(
            "precache: {} has no line starting `{MARKER}`",
            worker.display()
        )
    })?;
    fs::write(&worker, stamped)
        .map_err(|error| format!("precache: cannot write {}: {error}", worker.display()))?;
    Ok(build)
}

/// Every file under `dir` except the worker itself and hidden files, with its identity.
fn read_build(dir: &Path) -> Result<Build, String> {
    let mut paths = Vec::new();
    collect(dir, "", &mut paths)?;
    paths.retain(|path| path != WORKER);
    paths.sort();
    let mut hash = Fnv1a::new();
    for path in &paths {
        let bytes = fs::read(dir.join(path))
            .map_err(|error| format!("precache: cannot read {path}: {error}"))?;
        hash.write(path.as_bytes());
        hash.write(&(bytes.len() as u64).to_le_bytes());
        hash.write(&bytes);
    }
    let files = paths
        .iter()
        .map(|path| match path.as_str() {
            "index.html" => "./".to_owned(),
            other => format!("./{}", url_path(other)),
        })
        .collect::<Vec<_>>();
    // The page first: it is what a visit asks for.
    let (mut page, rest): (Vec<String>, Vec<String>) =
        files.into_iter().partition(|file| file == "./");
    page.extend(rest);
    Ok(Build {
        id: format!("{:016x}", hash.finish()),
        files: page,
    })
}

/// Add the files under `dir/prefix` to `paths`, as `/`-separated paths relative to `dir`.
fn collect(dir: &Path, prefix: &str, paths: &mut Vec<String>) -> Result<(), String> {
    let folder = dir.join(prefix);
    let entries = fs::read_dir(&folder)
        .map_err(|error| format!("precache: cannot list {}: {error}", folder.display()))?;
    for entry in entries {
        let entry = entry.map_err(|error| format!("precache: {error}"))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = if prefix.is_empty() {
            name
        } else {
            format!("{prefix}/{name}")
        };
        let kind = entry
            .file_type()
            .map_err(|error| format!("precache: {path}: {error}"))?;
        if kind.is_dir() {
            collect(dir, &path, paths)?;
        } else {
            paths.push(path);
        }
    }
    Ok(())
}

/// `source` with its precache line replaced, or `None` if it has no such line.
fn rewrite(source: &str, build: &Build) -> Option<String> {
    let files = build
        .files
        .iter()
        .map(|file| format!("'{file}'"))
        .collect::<Vec<_>>()
        .join(", ");
    let line = format!("{MARKER}{{ build: '{}', files: [{files}] }};", build.id);
    let mut found = false;
    let lines = source
        .lines()
        .map(|old| {
            if old.starts_with(MARKER) {
                found = true;
                line.as_str()
            } else {
                old
            }
        })
        .collect::<Vec<_>>();
    found.then(|| lines.join("\n") + "\n")
}

/// A path as it goes in a URL (and, so, safely in a quoted JavaScript string): bytes other
/// than letters, digits, `-._~` and `/` are percent-encoded.
fn url_path(path: &str) -> String {
    path.bytes()
        .map(|byte| match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                char::from(byte).to_string()
            }
            other => format!("%{other:02X}"),
        })
        .collect()
}

/// The 64-bit FNV-1a hash: a few lines, stable across Rust versions and machines, and enough
/// to tell one build from another (this is no defence against tampering, nor needs to be).
pub(crate) struct Fnv1a(u64);

impl Fnv1a {
    pub(crate) fn new() -> Self {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }

    pub(crate) fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 ^= u64::from(*byte);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    pub(crate) fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    const WORKER_SOURCE: &str = "// a worker\nconst PRECACHE = { build: 'unbuilt', files: [] };\nconst CACHE = PRECACHE.build;\n";

    /// A fresh folder holding a small build: a page, a hashed script, an icon in a subfolder
    /// and the worker.
    fn build_folder(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("sightline-precache-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("snippets/x")).unwrap();
        fs::write(dir.join("index.html"), "<script src=app-1a2b.js></script>").unwrap();
        fs::write(dir.join("app-1a2b.js"), "start()").unwrap();
        fs::write(dir.join("snippets/x/inline 0.js"), "1").unwrap();
        fs::write(dir.join(".hidden"), "not part of the build").unwrap();
        fs::write(dir.join(WORKER), WORKER_SOURCE).unwrap();
        dir
    }

    fn precache_line(dir: &Path) -> String {
        let worker = fs::read_to_string(dir.join(WORKER)).unwrap();
        worker
            .lines()
            .find(|line| line.starts_with(MARKER))
            .unwrap()
            .to_owned()
    }

    #[test]
    fn the_worker_lists_the_page_first_then_every_other_file_but_itself() {
        let dir = build_folder("lists");
        let build = stamp(&dir).unwrap();
        assert_eq!(
            build.files,
            ["./", "./app-1a2b.js", "./snippets/x/inline%200.js"]
        );
        assert_eq!(
            precache_line(&dir),
            format!(
                "const PRECACHE = {{ build: '{}', files: ['./', './app-1a2b.js', './snippets/x/inline%200.js'] }};",
                build.id
            )
        );
        let worker = fs::read_to_string(dir.join(WORKER)).unwrap();
        assert!(worker.starts_with("// a worker\n"));
        assert!(worker.ends_with("const CACHE = PRECACHE.build;\n"));
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn the_build_identity_changes_with_any_file_and_only_then() {
        let dir = build_folder("identity");
        let first = stamp(&dir).unwrap();
        // Stamping again (the worker itself changed) keeps the identity: the worker is not
        // part of what it lists.
        assert_eq!(stamp(&dir).unwrap(), first);
        fs::write(dir.join("snippets/x/inline 0.js"), "2").unwrap();
        let second = stamp(&dir).unwrap();
        assert_ne!(second.id, first.id);
        assert_eq!(second.files, first.files);
        assert!(precache_line(&dir).contains(&second.id));
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_worker_without_the_precache_line_is_an_error_and_left_alone() {
        let dir = build_folder("marker");
        fs::write(dir.join(WORKER), "// no line to fill\n").unwrap();
        let error = stamp(&dir).unwrap_err();
        assert!(
            error.contains("has no line starting `const PRECACHE = `"),
            "{error}"
        );
        assert_eq!(
            fs::read_to_string(dir.join(WORKER)).unwrap(),
            "// no line to fill\n"
        );
        fs::remove_dir_all(dir).unwrap();
    }
}
