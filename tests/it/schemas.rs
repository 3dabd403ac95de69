//! The JSON Schemas of the input files committed under `schemas/` are the
//! ones the types generate: a change to an input's format is a visible
//! diff there. `PKO_BLESS=1 cargo test --test it schemas` rewrites them.

use pko::schema::{CATALOG, Direction};

fn committed_path(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schemas")
        .join(format!("{name}.schema.json"))
}

#[test]
fn the_committed_input_schemas_are_the_generated_ones() {
    let bless = std::env::var_os("PKO_BLESS").is_some();
    let mut inputs = 0;
    for entry in CATALOG.iter().filter(|e| e.direction() == Direction::Input) {
        inputs += 1;
        let generated = serde_json::to_string_pretty(&entry.schema()).unwrap() + "\n";
        let path = committed_path(entry.name());
        if bless {
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e} (PKO_BLESS=1 writes it)", path.display()));
        assert!(
            committed == generated,
            "{} differs from the schema `{}` generates: the input format changed; review, then rewrite it with PKO_BLESS=1",
            path.display(),
            entry.name()
        );
    }
    assert_eq!(inputs, 7);
    // Nothing else in the folder but its README.
    let mut files: Vec<String> = std::fs::read_dir(committed_path("x").parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut expected: Vec<String> = CATALOG
        .iter()
        .filter(|e| e.direction() == Direction::Input)
        .map(|e| format!("{}.schema.json", e.name()))
        .chain(["README.md".to_owned()])
        .collect();
    expected.sort();
    assert_eq!(files, expected);
}

#[test]
fn every_schema_states_its_contract() {
    for entry in CATALOG {
        let s = serde_json::to_value(entry.schema()).unwrap();
        assert_eq!(
            s["$schema"],
            "https://json-schema.org/draft/2020-12/schema",
            "{}",
            entry.name()
        );
        assert_eq!(s["title"], entry.name());
        assert!(
            s["description"].as_str().is_some_and(|d| d.len() > 20),
            "{}",
            entry.name()
        );
        let text = s.to_string();
        // Every reference resolves within the schema.
        for reference in text.split("\"$ref\":\"").skip(1) {
            let target = reference.split('"').next().unwrap();
            let name = target
                .strip_prefix("#/$defs/")
                .unwrap_or_else(|| panic!("{}: {target}", entry.name()));
            assert!(
                s["$defs"][name].is_object(),
                "{}: {target} does not resolve",
                entry.name()
            );
        }
        // No doc example leaks into a description.
        assert!(!text.contains("# Example"), "{}", entry.name());
    }
}

#[test]
fn inputs_refuse_unknown_fields_and_state_enums_and_dates() {
    let deployment =
        serde_json::to_value(pko::schema::get("deployment").unwrap().schema()).unwrap();
    assert_eq!(deployment["additionalProperties"], false);
    assert_eq!(
        deployment["$defs"]["Contingent"]["additionalProperties"],
        false
    );
    let kinds = deployment["$defs"]["ContingentKind"].to_string();
    for kind in ["sdf_unit", "sdf_individuals", "police", "civilians"] {
        assert!(kinds.contains(&format!("\"{kind}\"")), "{kinds}");
    }
    assert!(
        deployment["$defs"]["CountryCode"]["enum"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "SSD")
    );
    let events = serde_json::to_value(pko::schema::get("events").unwrap().schema()).unwrap();
    assert!(events.to_string().contains("\"format\":\"date\""));
    // A deployment the parser reads has every field the schema names.
    let example: serde_json::Value = serde_json::from_str(include_str!(
        "../../examples/data/proposal-unmiss-kaketsuke-keigo.json"
    ))
    .unwrap();
    for key in example
        .as_object()
        .unwrap()
        .keys()
        .filter(|k| *k != "$schema")
    {
        assert!(deployment["properties"][key].is_object(), "{key}");
    }
}

#[test]
fn answers_describe_what_the_serializer_writes() {
    let facts: pko::principles::Deployment = serde_json::from_str(include_str!(
        "../../examples/data/proposal-unmiss-kaketsuke-keigo.json"
    ))
    .unwrap();
    let a = pko::principles::assess(&facts, pko::core::date(2016, 11, 15)).unwrap();
    let json = serde_json::to_value(&a).unwrap();
    let schema = serde_json::to_value(pko::schema::get("assessment").unwrap().schema()).unwrap();
    let props = schema["properties"].as_object().unwrap();
    for key in json.as_object().unwrap().keys() {
        assert!(
            props.contains_key(key),
            "`{key}` is written but not in the schema"
        );
    }
    for required in schema["required"].as_array().unwrap() {
        assert!(
            json.get(required.as_str().unwrap()).is_some(),
            "{required} is required but not written"
        );
    }
    assert_eq!(
        schema["additionalProperties"],
        serde_json::Value::Null,
        "answers may grow"
    );
}

#[test]
fn each_entry_says_what_it_is() {
    assert_eq!(Direction::Input.as_str(), "input");
    assert_eq!(Direction::Output.as_str(), "output");
    let mut summaries: Vec<&str> = CATALOG.iter().map(pko::schema::Entry::summary).collect();
    assert!(summaries.iter().all(|s| s.len() > 30), "{summaries:?}");
    summaries.sort_unstable();
    summaries.dedup();
    assert_eq!(summaries.len(), CATALOG.len(), "each summary its own");
    for entry in CATALOG {
        let s = serde_json::to_value(entry.schema()).unwrap();
        assert_eq!(s["description"], entry.summary());
    }
}

#[test]
fn a_subschema_is_a_reference_to_a_definition_or_an_inline_list() {
    let mut generator = Direction::Output.settings().into_generator();
    let assessment = pko::schema::get("assessment")
        .unwrap()
        .subschema(&mut generator);
    assert_eq!(assessment.get("$ref").unwrap(), "#/$defs/Assessment");
    assert!(generator.definitions().contains_key("Assessment"));
    let periods = serde_json::to_value(
        pko::schema::get("periods")
            .unwrap()
            .subschema(&mut generator),
    )
    .unwrap();
    assert_eq!(periods["type"], "array");
    assert_eq!(periods["items"]["$ref"], "#/$defs/Period");
}
