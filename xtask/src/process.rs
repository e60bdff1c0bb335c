//! Running other programs: echo what runs, fail with a message that names it.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Where Cargo keeps its tools and registries, as Cargo finds it.
pub fn cargo_home() -> Option<PathBuf> {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
}

/// `cargo install` puts tools in `$CARGO_HOME/bin`, which a fresh shell may not have on PATH.
pub fn put_cargo_bin_on_path() {
    if let Some(bin) = cargo_home().map(|home| home.join("bin")) {
        put_first_on_path(&bin);
    }
}

/// Make programs in `dir` win over same-named ones elsewhere on PATH, for this process and
/// every command it starts.
pub fn put_first_on_path(dir: &Path) {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut dirs: Vec<PathBuf> = std::env::split_paths(&path).filter(|d| d != dir).collect();
    dirs.insert(0, dir.to_path_buf());
    if let Ok(joined) = std::env::join_paths(dirs) {
        // xtask starts no threads, so nothing reads the environment concurrently.
        std::env::set_var("PATH", joined);
    }
}

/// A command for `program`, run in `dir`.
pub fn command(program: &str, dir: &Path) -> Command {
    let mut command = Command::new(program);
    command.current_dir(dir);
    command
}

/// Run a command to completion with its output shown; an error unless it exits with 0.
pub fn run(command: &mut Command) -> Result<(), String> {
    let shown = describe(command);
    println!("$ {shown}");
    let status = command
        .status()
        .map_err(|error| format!("could not start `{shown}`: {error}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}

/// The first line a program prints for `--version`, or `None` if it is not installed.
pub fn version_of(program: &str) -> Option<String> {
    let output = Command::new(program).arg("--version").output().ok()?;
    let text = String::from_utf8_lossy(&output.stdout);
    output
        .status
        .success()
        .then(|| text.lines().next().unwrap_or_default().trim().to_owned())
}

fn describe(command: &Command) -> String {
    let mut words = vec![command.get_program().to_string_lossy().into_owned()];
    words.extend(
        command
            .get_args()
            .map(|arg| arg.to_string_lossy().into_owned()),
    );
    words.join(" ")
}
