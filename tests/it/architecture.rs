//! The invariants of ARCHITECTURE.md that the code's text can show.

use std::fs;
use std::path::{Path, PathBuf};

const LIBRARIES: [&str; 5] = [
    "pko-core",
    "pko-principles",
    "pko-contributions",
    "pko-institute",
    "pko-partners",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every line of a library crate's sources, with its file, comments and
/// tests left out.
fn code_lines(krate: &str) -> Vec<(PathBuf, String)> {
    code_lines_in(&root().join("crates").join(krate).join("src"))
}

/// Every line of the sources below `dir`, as [`code_lines`] gives them.
fn code_lines_in(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let mut files = Vec::new();
    rust_files(dir, &mut files);
    files.sort();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        // Unit tests sit at the end, after `#[cfg(test)]`.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for line in code.lines() {
            let t = line.trim_start();
            if !t.starts_with("//") {
                out.push((file.clone(), line.to_owned()));
            }
        }
    }
    out
}

/// The `.rs` files below `dir`, in every module directory.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The `[dependencies]` table of a manifest's text.
fn dependencies(manifest: &str) -> String {
    manifest
        .split("[dependencies]")
        .nth(1)
        .unwrap()
        .split("\n[")
        .next()
        .unwrap()
        .to_owned()
}

fn manifest(krate: &str) -> String {
    fs::read_to_string(root().join("crates").join(krate).join("Cargo.toml")).unwrap()
}

#[test]
fn pko_core_knows_no_other_crate() {
    let m = manifest("pko-core");
    for other in LIBRARIES.iter().filter(|k| **k != "pko-core") {
        assert!(!m.contains(other), "pko-core depends on {other}");
    }
}

#[test]
fn the_only_sibling_dependency_is_institute_on_contributions() {
    for krate in LIBRARIES {
        let deps = dependencies(&manifest(krate));
        for other in LIBRARIES
            .iter()
            .filter(|k| **k != krate && **k != "pko-core")
        {
            let allowed = krate == "pko-institute" && *other == "pko-contributions";
            assert_eq!(
                deps.contains(&format!("{other}.workspace")),
                allowed,
                "{krate} → {other}"
            );
        }
    }
}

#[test]
fn no_library_opens_a_file_or_reads_the_clock() {
    for krate in LIBRARIES {
        for (file, line) in code_lines(krate) {
            for banned in [
                "std::fs",
                "File::open",
                "SystemTime",
                "Instant::now",
                "Utc::now",
                "Local::now",
                "std::net",
            ] {
                assert!(!line.contains(banned), "{}: {line}", file.display());
            }
        }
    }
}

#[test]
fn no_float_holds_money_or_a_rate() {
    for krate in LIBRARIES {
        for (file, line) in code_lines(krate) {
            // A deserializer adapter names every type serde has, floats
            // among them, to forward them.
            if file.ends_with("schema_key.rs") && line.contains("forward_to_deserialize_any") {
                continue;
            }
            if file.ends_with("schema_key.rs") && line.trim_start().starts_with("bool ") {
                continue;
            }
            for float in ["f32", "f64"] {
                let words = line.split(|c: char| !c.is_alphanumeric() && c != '_');
                assert!(
                    !words.clone().any(|w| w == float),
                    "{}: {line}",
                    file.display()
                );
            }
        }
    }
}

/// Where a library computes a date from input or from another date, and so
/// calls `NaiveDate::from_ymd_opt` itself (with why).
const DATES_COMPUTED: [(&str, &str); 4] = [
    (
        "pko-core/src/lib.rs",
        "pko_core::date, the one const constructor",
    ),
    ("pko-core/src/period.rs", "parsing a date of the input"),
    (
        "pko-contributions/src/personnel/loaders.rs",
        "parsing the IPI file's dates at speed",
    ),
    (
        "pko-institute/src/rotation.rs",
        "anniversaries, and whether a year has 29 February",
    ),
];

#[test]
fn constants_are_literals_and_nothing_falls_back_to_a_made_up_value() {
    let mut computing = std::collections::BTreeSet::new();
    for krate in LIBRARIES.iter().chain(&["pko"]) {
        let lines = if *krate == "pko" {
            code_lines_in(&root().join("src"))
        } else {
            code_lines(krate)
        };
        for (file, line) in lines {
            let shown = format!("{}: {line}", file.display());
            // A day of a table or a source is written with pko_core::date,
            // which fails the build on a day that does not exist.
            if let Some((_, args)) = line.split_once("from_ymd_opt(") {
                let allowed = DATES_COMPUTED
                    .iter()
                    .find(|(f, _)| file.ends_with(f))
                    .map(|(f, _)| *f);
                assert!(
                    allowed.is_some(),
                    "a date not through pko_core::date: {shown}"
                );
                computing.extend(allowed);
                assert!(
                    !args.trim_start().starts_with(|c: char| c.is_ascii_digit()),
                    "a literal date: {shown}"
                );
            }
            for banned in [
                "NaiveDate::MIN",
                "unwrap_or(CountryCode::",
                "unwrap_or(Percent::",
                "unwrap_or(Usd::",
            ] {
                assert!(!line.contains(banned), "a made-up value: {shown}");
            }
        }
    }
    // The list names no file that no longer needs it.
    assert_eq!(computing.len(), DATES_COMPUTED.len(), "{computing:?}");
}

#[test]
fn library_code_has_no_stub_or_stray_print() {
    for krate in LIBRARIES {
        for (file, line) in code_lines(krate) {
            for banned in [
                "todo!",
                "unimplemented!",
                "dbg!",
                "println!",
                "eprintln!",
                ".unwrap()",
                ".expect(",
            ] {
                assert!(!line.contains(banned), "{}: {line}", file.display());
            }
        }
    }
}

#[test]
fn one_error_type_per_crate() {
    for krate in LIBRARIES {
        let errors = code_lines(krate)
            .into_iter()
            .filter(|(_, l)| l.contains("pub enum Error") || l.contains("pub struct Error"))
            .count();
        assert_eq!(errors, 1, "{krate}");
    }
}

#[test]
fn no_string_errors_and_no_error_type_beside_the_crates_own() {
    for krate in LIBRARIES {
        let lines = code_lines(krate);
        for (file, l) in &lines {
            assert!(
                !l.contains("type Err = String") && !l.contains(", String>"),
                "{}: a String error: {l}",
                file.display()
            );
        }
        // Every type deriving thiserror's `Error` is the crate's `Error` or
        // a part it wraps (`LoadError`, a `…Problem`).
        let mut after_derive = false;
        for (file, l) in &lines {
            if l.contains("thiserror::Error") {
                after_derive = true;
                continue;
            }
            if after_derive
                && let Some(name) = l
                    .trim_start()
                    .strip_prefix("pub enum ")
                    .or_else(|| l.trim_start().strip_prefix("pub struct "))
            {
                let name = name
                    .split(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                assert!(
                    name == "Error" || name == "LoadError" || name.ends_with("Problem"),
                    "{}: `{name}` is a second error type",
                    file.display()
                );
                after_derive = false;
            }
        }
    }
}

#[test]
fn shipped_data_has_its_provenance_beside_it() {
    for dir in [
        "crates/pko-contributions/data",
        "examples/data",
        "crates/pko-principles/tests/data",
    ] {
        let readme = root().join(dir).join("README.md");
        assert!(Path::new(&readme).exists(), "{dir} has no README");
    }
}

#[test]
fn every_parse_and_conversion_fails_with_the_crates_error() {
    for krate in LIBRARIES {
        for (file, l) in code_lines(krate) {
            let t = l.trim_start();
            if let Some(ty) = t
                .strip_prefix("type Err = ")
                .or_else(|| t.strip_prefix("type Error = "))
            {
                // A serde adapter's error is the wrapped deserializer's.
                if ["A::Error;", "D::Error;"].contains(&ty) && file.ends_with("schema_key.rs") {
                    continue;
                }
                // `crate::Error` in a macro that names it from anywhere.
                assert!(
                    ["Error;", "crate::Error;"].contains(&ty),
                    "{}: {l}",
                    file.display()
                );
            }
        }
    }
}

#[test]
fn errors_of_a_sibling_crate_are_wrapped_with_context() {
    for krate in LIBRARIES {
        let error_rs = code_lines(krate)
            .into_iter()
            .filter(|(f, _)| f.ends_with("error.rs"))
            .map(|(_, l)| l)
            .collect::<Vec<_>>()
            .join("\n");
        for sibling in ["pko_core::", "pko_contributions::", "pko_principles::"] {
            assert!(
                !error_rs.contains(&format!("#[from] {sibling}")),
                "{krate} converts {sibling}Error without saying what it was doing"
            );
        }
        if error_rs.contains("source: pko_core::Error") {
            assert!(error_rs.contains("context: &'static str"), "{krate}");
        }
    }
}

#[test]
fn each_package_has_one_integration_test_binary() {
    let mut packages = vec![root()];
    packages.extend(
        [
            "pko-core",
            "pko-contributions",
            "pko-principles",
            "pko-institute",
            "pko-cli",
            "pko-charts",
            "pko-synthetic",
        ]
        .map(|k| root().join("crates").join(k)),
    );
    for package in packages {
        let tests = package.join("tests");
        let loose: Vec<PathBuf> = fs::read_dir(&tests)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "rs"))
            .collect();
        assert!(
            loose.is_empty(),
            "{}: test binaries beside `it`: {loose:?}",
            tests.display()
        );
        assert!(
            tests.join("it").join("main.rs").exists(),
            "{}",
            tests.display()
        );
        assert!(
            !fs::read_to_string(package.join("Cargo.toml"))
                .unwrap()
                .contains("[[test]]"),
            "{}: a second test target",
            package.display()
        );
    }
}

#[test]
fn every_dependency_version_is_the_workspaces() {
    let mut manifests = vec![(
        "pko".to_owned(),
        fs::read_to_string(root().join("Cargo.toml")).unwrap(),
    )];
    for entry in fs::read_dir(root().join("crates")).unwrap() {
        let dir = entry.unwrap().path();
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        manifests.push((name, fs::read_to_string(dir.join("Cargo.toml")).unwrap()));
    }
    // The Python package's native module, a member outside crates/.
    manifests.push((
        "pko-py".to_owned(),
        fs::read_to_string(root().join("python").join("Cargo.toml")).unwrap(),
    ));
    for (krate, text) in manifests {
        for table in ["[dependencies]", "[dev-dependencies]"] {
            let Some(body) = text.split(table).nth(1) else {
                continue;
            };
            let body = body.split("\n[").next().unwrap();
            for line in body.lines().map(str::trim) {
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let (dep, spec) = line.split_once('=').unwrap();
                let dep = dep.trim().trim_end_matches(".workspace");
                // A crate's tests may depend on the crate itself, with
                // features: that is no version of its own.
                let own = spec.contains("path = \".\"") && (dep == krate || dep == "pko");
                assert!(
                    line.contains("workspace = true") || own,
                    "{krate} {table}: {line}: put the version in [workspace.dependencies]"
                );
            }
        }
    }
}

#[test]
fn the_libraries_have_no_server_or_python_dependency() {
    let facade = dependencies(&fs::read_to_string(root().join("Cargo.toml")).unwrap());
    let mut manifests: Vec<(String, String)> = LIBRARIES
        .iter()
        .map(|k| ((*k).to_owned(), dependencies(&manifest(k))))
        .collect();
    manifests.push(("pko".to_owned(), facade));
    // The charts are drawn without the server: the page and the CLI share them.
    manifests.push((
        "pko-charts".to_owned(),
        dependencies(&manifest("pko-charts")),
    ));
    for (krate, deps) in manifests {
        for server in [
            "axum",
            "tokio",
            "tower",
            "hyper",
            "utoipa",
            "tracing",
            "pko-server",
            "minijinja",
            // Nor of Python: the binding (python/) depends on them.
            "pyo3",
            "pko-py",
        ] {
            assert!(
                !deps.lines().any(|l| l.trim_start().starts_with(server)),
                "{krate} depends on {server}"
            );
        }
    }
}

/// The names the root (`lib.rs`) re-exports from its modules
/// (`pub use module::{A, B};`), with the module of each.
fn root_exports(
    lib: &Path,
    modules: &std::collections::BTreeSet<String>,
) -> std::collections::BTreeMap<String, String> {
    let text = fs::read_to_string(lib).unwrap();
    let mut out = std::collections::BTreeMap::new();
    for statement in text.split(';') {
        let Some((_, path)) = statement.split_once("pub use ") else {
            continue;
        };
        let path = path.trim();
        let Some((module, items)) = path.split_once("::") else {
            continue;
        };
        if !modules.contains(module) {
            continue;
        }
        let items = items.trim_start_matches('{').trim_end_matches('}');
        for item in items.split(',') {
            let name = item.rsplit("::").next().unwrap_or_default().trim();
            let name = name.rsplit(" as ").next().unwrap_or_default().trim();
            if !name.is_empty() {
                out.insert(name.to_owned(), module.to_owned());
            }
        }
    }
    out
}

/// The top modules of a library crate and the top modules each refers to
/// through `crate::` (in `use` declarations and paths, comments and unit
/// tests left out), with every `crate::NAME` that is not a module (a root
/// re-export, which could hide a cycle).
fn module_graph(
    krate: &str,
) -> (
    std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
    Vec<String>,
) {
    use std::collections::{BTreeMap, BTreeSet};
    let src = root().join("crates").join(krate).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let module_of = |f: &Path| {
        let rel = f.strip_prefix(&src).unwrap();
        let first = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        first.trim_end_matches(".rs").to_owned()
    };
    let modules: BTreeSet<String> = files
        .iter()
        .map(|f| module_of(f))
        .filter(|m| m != "lib")
        .collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = modules
        .iter()
        .map(|m| (m.clone(), BTreeSet::new()))
        .collect();
    let exported = root_exports(&src.join("lib.rs"), &modules);
    let mut not_modules = Vec::new();
    for file in files.iter().filter(|f| module_of(f) != "lib") {
        let from = module_of(file);
        let text = fs::read_to_string(file).unwrap();
        let code: String = text
            .split("#[cfg(test)]")
            .next()
            .unwrap_or_default()
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let mut rest = code.as_str();
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            let names: Vec<String> = if let Some(group) = rest.strip_prefix('{') {
                // `crate::{a::b, c}`: the first segment of each path.
                let mut depth = 0;
                let end = group
                    .char_indices()
                    .find(|(_, c)| match c {
                        '{' => {
                            depth += 1;
                            false
                        }
                        '}' if depth == 0 => true,
                        '}' => {
                            depth -= 1;
                            false
                        }
                        _ => false,
                    })
                    .map_or(group.len(), |(i, _)| i);
                let mut out = Vec::new();
                let mut depth = 0;
                let mut start = true;
                for (i, c) in group[..end].char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        ',' if depth == 0 => start = true,
                        c if start && (c.is_alphabetic() || c == '_') => {
                            let word: String = group[i..]
                                .chars()
                                .take_while(|c| c.is_alphanumeric() || *c == '_')
                                .collect();
                            out.push(word);
                            start = false;
                        }
                        _ => {}
                    }
                }
                out
            } else {
                vec![
                    rest.chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect(),
                ]
            };
            for name in names {
                if modules.contains(&name) {
                    if name != from {
                        graph.get_mut(&from).unwrap().insert(name);
                    }
                } else {
                    // Through a re-export of the root: the edge is to the
                    // module that defines the name.
                    if let Some(module) = exported.get(&name)
                        && *module != from
                    {
                        graph.get_mut(&from).unwrap().insert(module.clone());
                    }
                    not_modules.push(format!("{}: crate::{name}", file.display()));
                }
            }
        }
    }
    (graph, not_modules)
}

/// A cycle of the graph, if it has one.
fn a_cycle(
    graph: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut std::collections::BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in &graph[node] {
            if let Some(c) = visit(next, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = std::collections::BTreeSet::new();
    for node in graph.keys() {
        if let Some(c) = visit(node, graph, &mut Vec::new(), &mut done) {
            return Some(c);
        }
    }
    None
}

#[test]
fn the_principles_modules_form_a_dag_whose_leaves_hold_data() {
    let (graph, not_modules) = module_graph("pko-principles");
    // Inside the crate, names come through their modules, never through
    // the root's re-exports.
    assert!(
        not_modules.is_empty(),
        "import through the module, not the root:\n{}",
        not_modules.join("\n")
    );
    assert_eq!(a_cycle(&graph), None, "{graph:#?}");
    // The citations and the facts know no other module.
    for leaf in ["cite", "facts"] {
        assert!(graph[leaf].is_empty(), "{leaf} uses {:?}", graph[leaf]);
    }
    // What the engine is built from does not know the engine.
    for low in [
        "assumption",
        "fact_path",
        "error",
        "findings",
        "regime",
        "statute",
        "act",
    ] {
        for high in [
            "assess", "options", "history", "in_kind", "periods", "compare", "impact",
        ] {
            assert!(!graph[low].contains(high), "{low} uses {high}");
        }
    }
    // The one options value is above every entry point it serves.
    for served in [
        "assess", "periods", "compare", "monitor", "history", "in_kind", "impact",
    ] {
        assert!(
            graph["options"].contains(served),
            "options does not serve {served}"
        );
        assert!(!graph[served].contains("options"), "{served} uses options");
    }
}

#[test]
fn the_module_graph_reader_sees_edges_groups_and_cycles() {
    use std::collections::{BTreeMap, BTreeSet};
    let g = |edges: &[(&str, &str)]| {
        let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (a, b) in edges {
            g.entry((*a).to_owned())
                .or_default()
                .insert((*b).to_owned());
            g.entry((*b).to_owned()).or_default();
        }
        g
    };
    assert_eq!(a_cycle(&g(&[("a", "b"), ("b", "c")])), None);
    assert_eq!(
        a_cycle(&g(&[("a", "b"), ("b", "c"), ("c", "a")])),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    // The reader finds the real edges of the crate: the engine uses the
    // statute, the statute the citations.
    let (graph, _) = module_graph("pko-principles");
    assert!(graph["assess"].contains("statute"));
    assert!(graph["statute"].contains("cite"));
    assert!(
        graph["parse"].contains("fact_path"),
        "a grouped `use crate::{{…}}` is read"
    );
}

/// The edges a crate's top modules may have, `module: [what it may use]`;
/// every module of the crate is listed, so a new module needs a line.
fn allowed_edges(krate: &str, allowed: &[(&str, &[&str])]) {
    let (graph, _) = module_graph(krate);
    let listed: std::collections::BTreeSet<&str> = allowed.iter().map(|(m, _)| *m).collect();
    let modules: std::collections::BTreeSet<&str> = graph.keys().map(String::as_str).collect();
    assert_eq!(modules, listed, "{krate}: the modules and the table differ");
    for (module, uses) in &graph {
        let may: &[&str] = allowed
            .iter()
            .find(|(m, _)| m == module)
            .map_or(&[], |(_, may)| *may);
        for used in uses {
            assert!(
                may.contains(&used.as_str()),
                "{krate}: {module} uses {used}, which ARCHITECTURE.md's module map does not allow; the graph: {graph:?}"
            );
        }
    }
    // Apart from the error type, which names the values it reports, the
    // modules form a DAG.
    let without_error: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> =
        graph
            .into_iter()
            .filter(|(m, _)| m != "error")
            .map(|(m, uses)| (m, uses.into_iter().filter(|u| u != "error").collect()))
            .collect();
    assert_eq!(a_cycle(&without_error), None, "{krate}");
}

#[test]
fn the_core_modules_use_only_what_they_are_allowed() {
    allowed_edges(
        "pko-core",
        &[
            ("apportion", &["error", "number"]),
            ("country", &["error"]),
            ("error", &["number"]),
            ("judgement", &[]),
            ("mission", &["error"]),
            ("number", &["error"]),
            ("period", &["error"]),
            ("schema_key", &[]),
            ("source", &[]),
        ],
    );
}

#[test]
fn the_partners_modules_use_only_what_they_are_allowed() {
    // Each state's rules (and the UN's) read the facts and write the
    // outcome, citing the sources; none knows another's.
    allowed_edges(
        "pko-partners",
        &[
            ("china", &["facts", "outcome", "sources"]),
            ("facts", &[]),
            ("korea", &["facts", "outcome", "sources"]),
            ("outcome", &[]),
            ("sources", &[]),
            ("un", &["facts", "outcome", "sources"]),
        ],
    );
}

#[test]
fn the_contributions_modules_use_only_what_they_are_allowed() {
    allowed_edges(
        "pko-contributions",
        &[
            ("audit", &["error", "regular_budget", "speech"]),
            ("error", &[]),
            ("peacekeeping", &["error", "scale"]),
            ("personnel", &["error", "rank"]),
            ("rank", &[]),
            ("regular_budget", &["error", "scale"]),
            ("scale", &["error", "rank"]),
            ("speech", &["error", "scale"]),
            ("wps", &[]),
        ],
    );
}

#[test]
fn the_institute_modules_use_only_what_they_are_allowed() {
    allowed_edges(
        "pko-institute",
        &[
            ("charter", &["error"]),
            ("cost", &["charter", "error"]),
            ("council", &["charter", "error", "problem", "terms"]),
            ("error", &[]),
            ("governance", &["charter", "problem", "programme", "terms"]),
            ("payments", &["charter", "council", "problem"]),
            ("problem", &["charter", "terms"]),
            ("programme", &["charter", "error", "problem", "terms"]),
            ("rotation", &["charter", "error", "problem"]),
            ("terms", &["charter", "error"]),
        ],
    );
}

#[test]
fn every_country_literal_in_the_workspace_is_an_iso_3166_code() {
    // `CountryCode::lit` checks in a `const`; elsewhere it would panic only
    // when run: this reads every literal, run or not.
    let mut files = Vec::new();
    for dir in [
        "crates",
        "src",
        "tests",
        "examples",
        "benches",
        "fuzz/fuzz_targets",
        "python/src",
    ] {
        let dir = root().join(dir);
        if dir.exists() {
            rust_files(&dir, &mut files);
        }
    }
    let mut seen = 0;
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for (i, m) in text.match_indices("CountryCode::lit(\"") {
            let rest = &text[i + m.len()..];
            let code: String = rest.chars().take_while(|c| *c != '"').collect();
            // The tests of lit itself, and its compile_fail example, write
            // codes that must fail.
            if file.ends_with("pko-core/src/country.rs") && (code.len() != 3 || code == "XYZ") {
                continue;
            }
            let parsed = pko::core::CountryCode::new(&code);
            assert!(
                parsed.is_ok() && code.bytes().all(|b| b.is_ascii_uppercase()),
                "{}: CountryCode::lit(\"{code}\")",
                file.display()
            );
            seen += 1;
        }
    }
    assert!(seen > 200, "{seen} literals read");
}
