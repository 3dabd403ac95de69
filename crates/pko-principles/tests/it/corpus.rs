//! The bad-input corpus in `tests/data/bad`: each JSON file with the error
//! it must give and where.

use pko_principles::{Deployment, Error, FactProblem, assess};

fn text(name: &str) -> String {
    String::from_utf8_lossy(
        &std::fs::read(format!(
            "{}/tests/data/bad/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap(),
    )
    .into_owned()
}

/// (line, message) of the JSON error.
fn json_error(name: &str) -> (usize, String) {
    let err = serde_json::from_str::<Deployment>(&text(name)).unwrap_err();
    (err.line(), err.to_string())
}

#[test]
fn every_file_gives_its_error_and_location() {
    let cases = [
        ("empty.json", 1, "EOF while parsing"),
        (
            "unknown-field.json",
            3,
            "unknown field `withdrawal_reserve`",
        ),
        ("unknown-task.json", 3, "unknown variant `patrolling`"),
        ("deeply-nested.json", 1, "invalid type: sequence"),
        ("negative-size.json", 1, "invalid value: integer `-5`"),
        ("huge-size.json", 1, "invalid value: integer `99999999999`"),
        ("bad-date.json", 1, "input is out of range"),
        (
            "unknown-kind.json",
            1,
            "unknown variant `peace_enforcement`",
        ),
        ("truncated.json", 1, "EOF while parsing"),
        ("bom.json", 1, "expected value"),
        // The contingent kind of earlier versions of the format: an error
        // that names the values to use instead, never a guess.
        (
            "contingent-individuals.json",
            4,
            "`individuals` no longer says who goes: use `sdf_individuals` (staff officers, military observers), `police` or `civilians`",
        ),
        (
            "contingent-soldiers.json",
            1,
            "unknown variant `soldiers`, expected one of `sdf_unit`, `sdf_individuals`, `police`, `civilians`",
        ),
    ];
    for (name, line, message) in cases {
        let (l, m) = json_error(name);
        assert_eq!(l, line, "{name}: {m}");
        assert!(m.contains(message), "{name}: {m}");
    }
}

#[test]
fn deep_nesting_is_refused_without_a_stack_overflow() {
    let deep = format!(
        "{{\"parties\": {}{}}}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let err = serde_json::from_str::<Deployment>(&deep).unwrap_err();
    assert!(
        err.to_string().contains("recursion limit exceeded")
            || err.to_string().contains("invalid type"),
        "{err}"
    );
}

#[test]
fn inconsistent_facts_parse_but_do_not_assess() {
    let d: Deployment = serde_json::from_str(&text("inconsistent-consent.json")).unwrap();
    let err = assess(&d, pko_core::date(2015, 1, 1)).unwrap_err();
    assert!(
        matches!(
            err,
            Error::InconsistentFacts { ref path, problem: FactProblem::EndBeforeStart { .. } } if path == "host_consent.to_japan.given.withdrawn_on"
        ),
        "{err}"
    );
}
