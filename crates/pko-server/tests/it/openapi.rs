//! The OpenAPI document: every route is in it, and every example in it
//! goes through the API and comes back answered.

use axum::http::{Method, StatusCode};
use serde_json::Value;

use crate::common::send;

/// The endpoints the API offers, as `METHOD path`.
const ENDPOINTS: [&str; 15] = [
    "POST /v1/history",
    "POST /v1/assess",
    "POST /v1/reform",
    "POST /v1/joint",
    "POST /v1/compare",
    "POST /v1/monitor",
    "POST /v1/periods",
    "GET /v1/law",
    "GET /v1/history",
    "POST /v1/contributions/rank",
    "GET /v1/contributions/audit",
    "GET /v1/institute/rotation",
    "POST /v1/institute/council",
    "GET /charts/personnel.svg",
    "GET /charts/women.svg",
];

fn operations(doc: &Value) -> Vec<(String, String, Value)> {
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            out.push((method.to_uppercase(), path.clone(), op.clone()));
        }
    }
    out
}

#[tokio::test]
async fn the_document_is_openapi_3_1_and_served() {
    let served = send(Method::GET, "/openapi.json", "").await;
    assert_eq!(served.status, StatusCode::OK);
    let doc = served.json();
    assert_eq!(doc, pko_server::openapi());
    assert_eq!(doc["openapi"], "3.1.0");
    assert_eq!(doc["info"]["version"], env!("CARGO_PKG_VERSION"));
    assert!(doc["components"]["schemas"]["ProblemDetails"].is_object());
}

#[tokio::test]
async fn every_endpoint_is_in_the_document_and_nothing_else() {
    let doc = pko_server::openapi();
    let mut documented: Vec<String> = operations(&doc)
        .into_iter()
        .map(|(m, p, _)| format!("{m} {p}"))
        .collect();
    documented.sort();
    let mut expected: Vec<String> = ENDPOINTS.iter().map(|s| (*s).to_owned()).collect();
    expected.sort();
    assert_eq!(documented, expected);
    for (method, path, op) in operations(&doc) {
        let responses = op["responses"].as_object().unwrap();
        assert!(responses.contains_key("200"), "{method} {path}");
        for (status, r) in responses {
            if status.starts_with('4') || status.starts_with('5') {
                assert!(
                    r["content"]["application/problem+json"].is_object(),
                    "{method} {path} {status}: not problem+json"
                );
            }
        }
    }
}

/// The query string of an operation, from its parameters' examples.
fn query(op: &Value) -> String {
    let params: Vec<String> = op["parameters"]
        .as_array()
        .map(|ps| {
            ps.iter()
                .filter_map(|p| {
                    let example = &p["example"];
                    let value = match example {
                        Value::String(s) => s.clone(),
                        Value::Null => return None,
                        other => other.to_string(),
                    };
                    Some(format!("{}={value}", p["name"].as_str().unwrap()))
                })
                .collect()
        })
        .unwrap_or_default();
    if params.is_empty() {
        String::new()
    } else {
        format!("?{}", params.join("&"))
    }
}

#[tokio::test]
async fn every_example_round_trips_through_the_api() {
    let doc = pko_server::openapi();
    let mut with_body = 0;
    for (method, path, op) in operations(&doc) {
        let uri = format!("{path}{}", query(&op));
        let body = match op["requestBody"]["content"].as_object() {
            Some(content) => {
                let (media, c) = content
                    .iter()
                    .find(|(m, _)| *m != "multipart/form-data")
                    .unwrap();
                let example = &c["example"];
                assert!(
                    !example.is_null(),
                    "{method} {path}: no example of its {media} body"
                );
                with_body += 1;
                match example {
                    Value::String(csv) if media == "text/csv" => csv.clone(),
                    other => other.to_string(),
                }
            }
            None => String::new(),
        };
        let m: Method = method.parse().unwrap();
        let a = send(m, &uri, body).await;
        assert_eq!(
            a.status,
            StatusCode::OK,
            "{method} {uri}: {}",
            String::from_utf8_lossy(&a.body)
        );
        if path.starts_with("/charts/") {
            assert_eq!(a.content_type, "image/svg+xml", "{method} {uri}");
            assert!(a.body.starts_with(b"<svg"), "{method} {uri}");
            continue;
        }
        assert_eq!(a.content_type, "application/json", "{method} {uri}");
        let json = a.json();
        assert!(
            json.is_object() || json.as_array().is_some_and(|v| !v.is_empty()),
            "{method} {uri}: {json}"
        );
    }
    assert_eq!(with_body, 9);
}

#[test]
fn the_example_files_are_the_workspaces_examples() {
    for name in [
        "proposal-unmiss-kaketsuke-keigo.json",
        "events-consent-withdrawn.json",
        "council-with-problems.json",
        "reform-2015-bills-speech.json",
        "joint-unmiss-2017.json",
    ] {
        let here =
            std::fs::read_to_string(format!("{}/openapi/{name}", env!("CARGO_MANIFEST_DIR")))
                .unwrap();
        let there = std::fs::read_to_string(format!(
            "{}/../../examples/data/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        assert_eq!(here, there, "{name} differs from examples/data/{name}");
    }
}

#[test]
fn every_route_of_the_router_is_documented_or_a_page() {
    let source = include_str!("../../src/lib.rs");
    let body = source
        .split("pub fn routes(")
        .nth(1)
        .unwrap()
        .split("\n}\n")
        .next()
        .unwrap();
    let mut routed: Vec<&str> = body
        .split(".route(")
        .skip(1)
        // rustfmt puts a long route's path on a line of its own.
        .filter_map(|s| s.trim_start().strip_prefix('"')?.split('"').next())
        .collect();
    routed.sort_unstable();
    let doc = pko_server::openapi();
    let mut expected: Vec<&str> = doc["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    // The pages for people, and the document itself.
    expected.extend(["/", "/check", "/joint", "/contributions", "/openapi.json"]);
    expected.sort_unstable();
    assert_eq!(routed, expected);
}

/// Every JSON body in the document, request or answer, as
/// `(where, schema)`.
fn json_bodies(doc: &Value) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for (method, path, op) in operations(doc) {
        if let Some(content) = op["requestBody"]["content"].as_object() {
            for (media, c) in content {
                if media.contains("json") {
                    out.push((format!("{method} {path} request"), c["schema"].clone()));
                }
            }
        }
        for (status, r) in op["responses"].as_object().unwrap() {
            if let Some(content) = r["content"].as_object() {
                for (media, c) in content {
                    if media.contains("json") {
                        out.push((format!("{method} {path} {status}"), c["schema"].clone()));
                    }
                }
            }
        }
    }
    out
}

#[test]
fn every_json_body_is_a_reference_to_a_component_that_exists() {
    let doc = pko_server::openapi();
    let components = doc["components"]["schemas"].as_object().unwrap();
    let bodies = json_bodies(&doc);
    assert!(bodies.len() > 40, "{}", bodies.len());
    for (at, schema) in bodies {
        let reference = schema["$ref"]
            .as_str()
            .unwrap_or_else(|| panic!("{at}: not a reference: {schema}"));
        let name = reference.strip_prefix("#/components/schemas/").unwrap();
        let component = &components[name];
        assert!(component.is_object(), "{at}: {reference} does not resolve");
        // No placeholder: a component says what it holds.
        assert_ne!(
            component,
            &serde_json::json!({ "type": "object" }),
            "{at}: {name} is untyped"
        );
    }
    // Every reference anywhere in the document resolves.
    let text = doc.to_string();
    for reference in text.split("\"$ref\":\"").skip(1) {
        let target = reference.split('"').next().unwrap();
        let name = target.strip_prefix("#/components/schemas/").unwrap();
        assert!(components.contains_key(name), "{target} does not resolve");
    }
}

#[test]
fn every_client_error_is_a_described_problem() {
    let doc = pko_server::openapi();
    for (method, path, op) in operations(&doc) {
        let responses = op["responses"].as_object().unwrap();
        if op.get("requestBody").is_some() {
            assert!(responses.contains_key("413"), "{method} {path}: no 413");
        }
        for (status, r) in responses {
            if status.starts_with('4') || status.starts_with('5') {
                assert!(
                    r["description"].as_str().is_some_and(|d| !d.is_empty()),
                    "{method} {path} {status}"
                );
                assert_eq!(
                    r["content"]["application/problem+json"]["schema"]["$ref"],
                    "#/components/schemas/ProblemDetails",
                    "{method} {path} {status}"
                );
            }
        }
    }
}

#[test]
fn the_rank_endpoint_takes_a_file_upload() {
    let doc = pko_server::openapi();
    let content = &doc["paths"]["/v1/contributions/rank"]["post"]["requestBody"]["content"];
    assert_eq!(content["text/csv"]["schema"]["type"], "string");
    let form = &content["multipart/form-data"]["schema"];
    assert_eq!(form["required"], serde_json::json!(["file"]));
    assert_eq!(form["properties"]["file"]["format"], "binary");
}

/// The committed copy of the document: a change to the contract is a
/// visible diff of `openapi/openapi.json`. `PKO_BLESS=1` rewrites it.
#[test]
fn the_committed_document_is_the_served_one() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("openapi/openapi.json");
    let generated = serde_json::to_string_pretty(&pko_server::openapi()).unwrap() + "\n";
    if std::env::var_os("PKO_BLESS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (PKO_BLESS=1 writes it)", path.display()));
    assert!(
        committed == generated,
        "{} differs from the document the server serves: the HTTP contract changed; review the diff, note it in CHANGELOG.md (HTTP API), then rewrite it with PKO_BLESS=1",
        path.display()
    );
}

/// The lower bound the document states for a day of the law is the
/// library's own: the day the Act came into force.
#[test]
fn the_documented_first_day_is_the_acts() {
    use pko::principles::Regime;
    let doc = pko_server::openapi();
    let first = Regime::Act1992.period().start();
    let before = first.pred_opt().unwrap();
    assert!(Regime::in_force_on(first).is_ok());
    assert!(Regime::in_force_on(before).is_err());
    for (path, method) in [
        ("/v1/law", "get"),
        ("/v1/assess", "post"),
        ("/v1/compare", "post"),
        ("/v1/periods", "post"),
        ("/v1/reform", "post"),
    ] {
        for param in doc["paths"][path][method]["parameters"].as_array().unwrap() {
            if !["as_of", "from", "to", "on"].contains(&param["name"].as_str().unwrap()) {
                continue;
            }
            let v = jsonschema::options()
                .should_validate_formats(true)
                .build(&param["schema"])
                .unwrap();
            let day = |d: chrono::NaiveDate| Value::String(d.to_string());
            assert!(v.is_valid(&day(first)), "{path} {}", param["name"]);
            assert!(!v.is_valid(&day(before)), "{path} {}", param["name"]);
            assert!(v.is_valid(&day(pko::core::date(2016, 3, 29))));
            assert!(v.is_valid(&day(pko::core::date(9999, 12, 31))));
            assert!(!v.is_valid(&Value::String("2015-02-30".to_owned())));
        }
    }
}

#[test]
fn no_two_types_share_a_component_name() {
    // schemars numbers a second type of the same name (`Assessment2`),
    // which a generated client would then expose: each type is named.
    let doc = pko_server::openapi();
    let numbered: Vec<&String> = doc["components"]["schemas"]
        .as_object()
        .unwrap()
        .keys()
        .filter(|k| k.ends_with(|c: char| c.is_ascii_digit()))
        .collect();
    assert!(numbered.is_empty(), "{numbered:?}");
    for name in [
        "JointRequest",
        "JointAssessment",
        "PartnerAssessment",
        "JapanMissingStep",
    ] {
        assert!(doc["components"]["schemas"][name].is_object(), "{name}");
    }
}
