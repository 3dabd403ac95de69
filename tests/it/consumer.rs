//! The consumer crate in `tests/consumer/` depends on pko as README.md says
//! and runs README.md's quick start line for line (`.ci/run` builds and
//! runs it).

fn readme_block(readme: &str, after: &str, fence: &str) -> Vec<String> {
    let start = readme.find(after).unwrap();
    let rest = &readme[start..];
    let open = rest.find(fence).unwrap() + fence.len();
    let close = rest[open..].find("```").unwrap();
    rest[open..open + close]
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_consumer_runs_the_readmes_quick_start_with_the_readmes_dependency() {
    let readme = include_str!("../../README.md");
    let main = include_str!("../consumer/src/main.rs");
    let manifest = include_str!("../consumer/Cargo.toml");
    let code = readme_block(readme, "## Using pko from your own crate", "```rust\n");
    let (uses, lines): (Vec<String>, Vec<String>) =
        code.into_iter().partition(|l| l.starts_with("use "));
    assert!(lines.len() > 5 && !uses.is_empty());
    let body: Vec<&str> = main.lines().collect();
    for u in &uses {
        assert!(body.contains(&u.as_str()), "the README's `{u}`");
    }
    let at = body
        .iter()
        .position(|l| *l == lines[0])
        .expect("the quick start's first line");
    assert_eq!(
        body[at..at + lines.len()],
        lines[..],
        "tests/consumer/src/main.rs should hold the README's quick start"
    );
    // It builds and assesses a deployment in at most ten lines, `use`
    // lines included.
    let assessed = lines.iter().position(|l| l.contains("assess(")).unwrap() + 1;
    assert!(
        uses.len() + assessed <= 10,
        "{} lines",
        uses.len() + assessed
    );
    let toml = readme_block(readme, "## Using pko from your own crate", "```toml\n");
    let dependency = toml.iter().find(|l| l.starts_with("pko = ")).unwrap();
    let (readme_dep, _) = dependency.split_once('#').unwrap();
    assert_eq!(readme_dep.trim(), r#"pko = { path = "../pko" }"#);
    assert!(
        manifest.contains(r#"pko = { path = "../.." }"#),
        "the same kind of dependency"
    );
    for other in toml
        .iter()
        .filter(|l| !l.starts_with("pko = ") && !l.starts_with('['))
    {
        assert!(manifest.contains(other.as_str()), "{other}");
    }
}
