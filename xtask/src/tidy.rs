//! Tidy checks that keep the code and its map in step, run with the native tests: every
//! source file is named in ARCHITECTURE.md, no `view!` holds literal user text (it belongs in
//! the strings module), and keys are read in one place only (the shortcuts module).
//!
//! The scanners work on text, not on a syntax tree: they are deliberately simple, and their
//! own tests below show what they catch and what they let through.

use std::path::{Path, PathBuf};

/// Attributes and props whose value a user reads or hears.
const USER_TEXT_ATTRIBUTES: [&str; 7] = [
    "aria-label",
    "title",
    "placeholder",
    "alt",
    "aria-description",
    "aria-roledescription",
    "label",
];

/// Every `.rs` file under `dir`, recursively, in a stable order.
pub fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name();
            if path.is_dir() {
                // Dependencies and build output are not ours to map.
                if !matches!(name.to_str(), Some("target" | "node_modules" | "dist")) {
                    pending.push(path);
                }
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// How ARCHITECTURE.md may name a file: `keyed.rs` by its name, a `mod.rs` or `lib.rs` by
/// its folder (`touchpoint_editor/`) or its path.
pub fn named_in_map(map: &str, relative: &Path) -> bool {
    let path = relative.to_string_lossy().replace('\\', "/");
    let file = relative
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    if map.contains(&format!("`{path}`")) || map.contains(&path) {
        return true;
    }
    let folder_named = || {
        relative
            .parent()
            .and_then(Path::file_name)
            .is_some_and(|folder| map.contains(&format!("{}/", folder.to_string_lossy())))
    };
    match file.as_str() {
        "mod.rs" => folder_named(),
        _ => mentions_word(map, &file),
    }
}

/// Whether `text` holds `word` not as the tail of a longer name (`views.rs` is not named by
/// `item_views.rs`).
fn mentions_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

/// The literal user texts in the `view!` blocks of `source`: each with its line.
pub fn literal_texts(source: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = source[from..].find("view! {") {
        let start = from + at + "view! {".len();
        let end = block_end(source, start);
        scan_view(source, start, end, &mut found);
        from = end.max(start);
    }
    found
}

/// The index just past the brace that closes the block opened before `start`.
fn block_end(source: &str, start: usize) -> usize {
    let bytes = source.as_bytes();
    let mut depth = 1;
    let mut i = start;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => i = string_end(bytes, i),
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

/// The index of the quote that closes the string literal opened at `open`.
fn string_end(bytes: &[u8], open: usize) -> usize {
    let mut i = open + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'"' => return i,
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

fn scan_view(source: &str, start: usize, end: usize, found: &mut Vec<(usize, String)>) {
    let bytes = source.as_bytes();
    let mut i = start;
    while i < end {
        if bytes[i] != b'"' {
            i += 1;
            continue;
        }
        let close = string_end(bytes, i);
        let literal = &source[i + 1..close.min(end)];
        let before = source[start..i].trim_end();
        if has_words(literal) && is_user_text(before) {
            let line = source[..i].matches('\n').count() + 1;
            found.push((line, literal.to_owned()));
        }
        i = close + 1;
    }
}

/// Whether a literal's text has letters, not counting escapes (`"\u{2807}"` is a symbol).
fn has_words(literal: &str) -> bool {
    let mut rest = literal;
    let mut letters = false;
    while let Some(c) = rest.chars().next() {
        if c == '\\' {
            let escape_end = match rest[1..].strip_prefix("u{") {
                Some(after) => after.find('}').map_or(rest.len(), |close| close + 4),
                None => 2.min(rest.len()),
            };
            rest = &rest[escape_end..];
        } else {
            letters |= c.is_alphabetic();
            rest = &rest[c.len_utf8()..];
        }
    }
    letters
}

/// Whether a literal after `before` is shown to the user: a text child (after a tag or an
/// expression) or the value of an attribute users read.
fn is_user_text(before: &str) -> bool {
    if before.ends_with('>') || before.ends_with('}') {
        return true;
    }
    let Some(name) = before.strip_suffix('=') else {
        return false;
    };
    let name = name
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or_default();
    USER_TEXT_ATTRIBUTES.contains(&name)
}

/// Where `source` reads which key was pressed: each line that calls `event.key()` or names a key
/// by its `KeyboardEvent.key` value.
pub fn key_reads(source: &str) -> Vec<usize> {
    const KEYS: [&str; 9] = [
        "\"ArrowLeft\"",
        "\"ArrowRight\"",
        "\"ArrowUp\"",
        "\"ArrowDown\"",
        "\"Escape\"",
        "\"Enter\"",
        "\"Delete\"",
        "\"Backspace\"",
        "\"Home\"",
    ];
    source
        .lines()
        .enumerate()
        .filter(|(_, line)| {
            let code = line.split("//").next().unwrap_or_default();
            code.contains("event.key()") || KEYS.iter().any(|key| code.contains(key))
        })
        .map(|(index, _)| index + 1)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> PathBuf {
        crate::workspace_root()
    }

    /// The folders whose Rust files the map must name.
    const MAPPED: [&str; 6] = [
        "src",
        "crates",
        "xtask/src",
        "tests",
        "crates/engine/benches",
        "crates/charts/benches",
    ];

    #[test]
    fn every_source_file_is_named_in_the_architecture_map() {
        let root = root();
        let map = std::fs::read_to_string(root.join("ARCHITECTURE.md")).expect("the map exists");
        let mut missing = Vec::new();
        for folder in MAPPED {
            for file in rust_files(&root.join(folder)) {
                let relative = file.strip_prefix(&root).unwrap_or(&file).to_path_buf();
                if !named_in_map(&map, &relative) && !missing.contains(&relative) {
                    missing.push(relative);
                }
            }
        }
        assert!(
            missing.is_empty(),
            "ARCHITECTURE.md does not name these files (add a line for each):\n{}",
            missing
                .iter()
                .map(|p| format!("  {}", p.display()))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    #[test]
    fn no_view_holds_literal_user_text() {
        let root = root();
        let mut offences = Vec::new();
        for file in rust_files(&root.join("src")) {
            if file.ends_with("strings.rs") {
                continue;
            }
            let source = std::fs::read_to_string(&file).expect("readable source");
            for (line, text) in literal_texts(&source) {
                offences.push(format!("  {}:{line}: {text:?}", file.display()));
            }
        }
        assert!(
            offences.is_empty(),
            "user text belongs in src/strings.rs, not in a view:\n{}",
            offences.join("\n")
        );
    }

    #[test]
    fn keys_are_read_only_in_the_shortcuts_module() {
        let root = root();
        let mut offences = Vec::new();
        for file in rust_files(&root.join("src")) {
            // The strings name keys as words for the help list; they read none.
            if file.ends_with("shortcuts.rs") || file.ends_with("strings.rs") {
                continue;
            }
            let source = std::fs::read_to_string(&file).expect("readable source");
            for line in key_reads(&source) {
                offences.push(format!("  {}:{line}", file.display()));
            }
        }
        assert!(
            offences.is_empty(),
            "keys are declared once, in src/shortcuts.rs; these lines read keys elsewhere:\n{}",
            offences.join("\n")
        );
    }

    #[test]
    fn the_text_scanner_finds_text_children_and_read_attributes() {
        let source = r#"
fn a() -> impl IntoView {
    view! {
        <p class="note" data-testid="x">"Saved at noon"</p>
        <button aria-label="Close" on:click=close>"×"</button>
        <Field label="Name" testid="name" value=move || format!("{} items", n) />
        {move || view! { <span>{s.ok}</span> " and more" }}
    }
}
"#;
        let texts: Vec<String> = literal_texts(source).into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts, ["Saved at noon", "Close", "Name", " and more"]);
        assert!(literal_texts(r#"view! { <span>"\u{2807}"</span> }"#).is_empty());
    }

    #[test]
    fn the_map_check_tells_a_file_from_a_longer_name() {
        let map = "- `store/views.rs`: views; `item_views.rs`: a test; `blueprint/` the grid";
        assert!(named_in_map(map, Path::new("src/store/views.rs")));
        assert!(named_in_map(map, Path::new("tests/item_views.rs")));
        assert!(named_in_map(
            map,
            Path::new("src/components/blueprint/mod.rs")
        ));
        assert!(!named_in_map(map, Path::new("src/other/mod.rs")));
        assert!(!named_in_map("`item_views.rs`", Path::new("src/views.rs")));
    }

    #[test]
    fn the_key_scanner_ignores_comments() {
        let source = "// \"Escape\" closes it\nif event.key() == \"Escape\" {}\nlet x = 1;";
        assert_eq!(key_reads(source), [2]);
    }
}
