//! The committed JSON Schemas, checked by a validator pko did not write
//! (jsonschema): every example input of the workspace conforms to the
//! schema it names, and what the CLI and server answer conforms to the
//! answer's schema.

use std::path::{Path, PathBuf};

use serde_json::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(schema)
        .unwrap()
}

fn errors(v: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    v.iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn every_example_input_conforms_to_the_schema_it_names() {
    let mut checked = 0;
    for entry in std::fs::read_dir(root().join("examples/data")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let example: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        // An object names its schema; a list of events cannot.
        let schema_path = if let Some(relative) = example.get("$schema").and_then(Value::as_str) {
            path.parent().unwrap().join(relative)
        } else {
            assert!(example.is_array(), "{}: no `$schema`", path.display());
            root().join("schemas/events.schema.json")
        };
        let schema: Value =
            serde_json::from_str(&std::fs::read_to_string(&schema_path).unwrap()).unwrap();
        let found = errors(&validator(&schema), &example);
        assert!(found.is_empty(), "{}: {found:?}", path.display());
        checked += 1;
    }
    assert!(checked >= 9, "{checked}");
}

#[test]
fn a_schema_refuses_what_the_parser_refuses() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("schemas/deployment.schema.json")).unwrap(),
    )
    .unwrap();
    let v = validator(&schema);
    for (bad, why) in [
        (
            serde_json::json!({ "contingent": { "kind": "individuals" } }),
            "a kind that is no longer one",
        ),
        (
            serde_json::json!({ "operation": { "host_state": "XXX" } }),
            "not an ISO 3166 code",
        ),
        (
            serde_json::json!({ "operation": { "mission": "unmiss" } }),
            "not an acronym",
        ),
        (
            serde_json::json!({ "ceasefires": [{ "parties": [], "agreed_on": "2015-02-30" }] }),
            "no such day",
        ),
        (serde_json::json!({ "extra": 1 }), "an unknown field"),
        (
            serde_json::json!({ "contingent": { "size": -1 } }),
            "a negative size",
        ),
    ] {
        assert!(!v.is_valid(&bad), "{why}: {bad}");
        let parsed: Result<pko::principles::Deployment, _> = serde_json::from_value(bad.clone());
        assert!(
            parsed.is_err(),
            "the parser takes what the schema refuses ({why}): {bad}"
        );
    }
}

#[test]
fn the_answers_conform_to_their_schemas() {
    let facts: pko::principles::Deployment = serde_json::from_str(
        &std::fs::read_to_string(root().join("examples/data/proposal-unmiss-kaketsuke-keigo.json"))
            .unwrap(),
    )
    .unwrap();
    let on = pko::core::date(2016, 11, 15);
    let answers: Vec<(&str, Value)> = vec![
        (
            "assessment",
            serde_json::to_value(pko::principles::assess(&facts, on).unwrap()).unwrap(),
        ),
        (
            "periods",
            serde_json::to_value(
                pko::principles::periods(&facts, pko::core::date(1992, 8, 10), on).unwrap(),
            )
            .unwrap(),
        ),
        (
            "comparison",
            serde_json::to_value(
                pko::principles::compare(&facts, pko::core::date(2015, 9, 30), on).unwrap(),
            )
            .unwrap(),
        ),
        (
            "history",
            serde_json::to_value(pko::principles::history::replay().unwrap()).unwrap(),
        ),
        (
            "impact",
            serde_json::to_value(
                pko::principles::impact_on_record(
                    &pko::principles::Reform::amendment(pko::principles::Regime::Amended2015)
                        .unwrap(),
                )
                .unwrap(),
            )
            .unwrap(),
        ),
        (
            "audit",
            serde_json::to_value(pko::contributions::audit::audit_embedded().unwrap()).unwrap(),
        ),
        ("timeline", {
            let events: Vec<pko::principles::Event> = serde_json::from_str(
                &std::fs::read_to_string(
                    root().join("examples/data/events-consent-withdrawn.json"),
                )
                .unwrap(),
            )
            .unwrap();
            serde_json::to_value(pko::principles::monitor(
                &events,
                pko::principles::GracePeriod::days(30),
            ))
            .unwrap()
        }),
        ("transfer-assessment", {
            let transfer = pko::principles::in_kind::Transfer::default();
            serde_json::to_value(pko::principles::in_kind::assess_transfer(&transfer, on).unwrap())
                .unwrap()
        }),
        ("council-problems", {
            let roster: pko::institute::CouncilProposal = serde_json::from_str(
                &std::fs::read_to_string(root().join("examples/data/council-with-problems.json"))
                    .unwrap(),
            )
            .unwrap();
            let problems = roster.check().unwrap();
            assert!(!problems.is_empty());
            serde_json::to_value(problems).unwrap()
        }),
        ("rotation", {
            let members = [
                pko::core::CountryCode::JPN,
                pko::core::CountryCode::CHN,
                pko::core::CountryCode::KOR,
            ];
            let charter = pko::institute::Charter::proposed(&members).unwrap();
            serde_json::to_value(
                pko::institute::rotation(&charter, &members, pko::core::date(2016, 1, 1), 4)
                    .unwrap(),
            )
            .unwrap()
        }),
        ("ranking", {
            let data = pko::contributions::personnel::ipi_embedded().unwrap();
            let ranking = data.ranking(
                pko::core::month(2014, 2),
                pko::contributions::personnel::CategorySet::ALL,
            );
            serde_json::to_value(pko::contributions::ContributorRank::rows(ranking.top(10)))
                .unwrap()
        }),
        ("joint-assessment", {
            let joint: pko::joint::JointDeployment = serde_json::from_str(
                &std::fs::read_to_string(root().join("examples/data/joint-unmiss-2017.json"))
                    .unwrap(),
            )
            .unwrap();
            serde_json::to_value(pko::joint::assess(&joint, pko::core::date(2017, 6, 1)).unwrap())
                .unwrap()
        }),
    ];
    assert_eq!(
        answers.len(),
        pko::schema::CATALOG
            .iter()
            .filter(|e| e.direction() == pko::schema::Direction::Output)
            .count(),
        "every answer's schema is checked"
    );
    for (name, answer) in answers {
        let schema = serde_json::to_value(pko::schema::get(name).unwrap().schema()).unwrap();
        let found = errors(&validator(&schema), &answer);
        assert!(
            found.is_empty(),
            "{name}: {:?}",
            &found[..found.len().min(5)]
        );
    }
}
