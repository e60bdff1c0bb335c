//! Architecture invariant: the engine reads bottom-up. Its top-level modules import one
//! another (`use crate::<module>`, or a `crate::<module>::` path anywhere) without a cycle,
//! so that each can be understood from the ones below it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Module → the modules it names.
type Graph = BTreeMap<String, BTreeSet<String>>;

/// Every `.rs` file below `dir`.
fn sources(dir: &Path, found: &mut Vec<PathBuf>) {
    let entries = fs::read_dir(dir).expect("the engine's source folder reads");
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The top-level module a file belongs to (`templates/saas.rs` to `templates`); `None` for
/// the crate root, which only declares and re-exports.
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let relative = file.strip_prefix(src).expect("a file below src");
    let first = relative.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (name != "lib").then(|| name.to_owned())
}

/// The leading identifier of `text`.
fn identifier(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    &text[..end]
}

/// The modules named after `crate::` in `code` (comments left out), among `modules`:
/// `crate::a::X` names `a`; `crate::{a::X, b}` names `a` and `b`.
fn named(code: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for line in code.lines() {
        let line = line.split("//").next().unwrap_or_default();
        for (at, _) in line.match_indices("crate::") {
            let rest = &line[at + "crate::".len()..];
            if let Some(group) = rest.strip_prefix('{') {
                let group = group.split('}').next().unwrap_or_default();
                names.extend(
                    group
                        .split(',')
                        .map(|item| identifier(item.trim()).to_owned()),
                );
            } else {
                names.insert(identifier(rest).to_owned());
            }
        }
    }
    names.retain(|name| modules.contains(name));
    names
}

/// The import graph of the modules of `files` (module, code).
fn graph(files: &[(String, String)]) -> Graph {
    let modules: BTreeSet<String> = files.iter().map(|(m, _)| m.clone()).collect();
    let mut graph = Graph::new();
    for (module, code) in files {
        let edges = graph.entry(module.clone()).or_default();
        edges.extend(named(code, &modules).into_iter().filter(|m| m != module));
    }
    graph
}

/// A cycle of the graph, as the modules along it with the first repeated at the end.
fn cycle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(
        module: &str,
        graph: &Graph,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|m| m == module) {
            let mut found = path[at..].to_vec();
            found.push(module.to_owned());
            return Some(found);
        }
        if done.contains(module) {
            return None;
        }
        path.push(module.to_owned());
        for next in graph.get(module).into_iter().flatten() {
            if let Some(found) = visit(next, graph, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(module.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|module| visit(module, graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_engines_modules_import_one_another_without_a_cycle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let files: Vec<(String, String)> = files
        .iter()
        .filter_map(|file| {
            let code = fs::read_to_string(file).expect("a source file reads");
            Some((module_of(&src, file)?, code))
        })
        .collect();
    let graph = graph(&files);
    assert!(
        graph.contains_key("edit") && graph["edit"].contains("error"),
        "the graph is read from the sources: {graph:?}"
    );
    if let Some(found) = cycle(&graph) {
        panic!("import cycle: {}", found.join(" → "));
    }
}

#[test]
fn a_cycle_through_grouped_imports_and_paths_is_found_and_named() {
    let file = |module: &str, code: &str| (module.to_owned(), code.to_owned());
    let files = [
        file("edit", "use crate::{lists::ListEdit, ids};\n"),
        file("lists", "fn f() -> crate::validate::Problem { todo!() }\n"),
        file(
            "validate",
            "use crate::lists::Item;\n// use crate::edit::Edit;\n",
        ),
        file("ids", "use crate::Journey;\n"),
    ];
    let graph = graph(&files);
    assert_eq!(
        graph["edit"],
        BTreeSet::from(["ids".to_owned(), "lists".to_owned()])
    );
    assert!(graph["ids"].is_empty(), "crate-root paths name no module");
    assert_eq!(
        cycle(&graph),
        Some(vec![
            "lists".to_owned(),
            "validate".to_owned(),
            "lists".to_owned()
        ])
    );
}
