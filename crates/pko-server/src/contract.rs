//! The request bodies checked against the document's own schemas: the
//! server accepts only what its OpenAPI document says it accepts.
//!
//! Bodies are read by the library's serde types first (their errors name
//! the field, line and column, and say what to write instead); a body
//! they read is then validated against its component, which refuses what
//! serde alone would let through (an object given as an array, a field
//! beside a tag) with the JSON path of the fault.

use std::collections::HashMap;
use std::sync::OnceLock;

use jsonschema::Validator;
use serde_json::Value;

use crate::ProblemDetails;

/// The components a request body is checked against.
pub(crate) const REQUESTS: [&str; 7] = [
    "AssessRequest",
    "JointRequest",
    "FactsRequest",
    "ReformRequest",
    "MonitorRequest",
    "HistoryRequest",
    "CouncilProposal",
];

/// A validator of each component of [`REQUESTS`], built once from the
/// document (a component that fails to build is left out, and the test
/// `every_request_component_has_a_validator` fails).
fn validators() -> &'static HashMap<&'static str, Validator> {
    static VALIDATORS: OnceLock<HashMap<&'static str, Validator>> = OnceLock::new();
    VALIDATORS.get_or_init(|| {
        let doc = crate::openapi();
        let components = doc.pointer("/components").cloned().unwrap_or_default();
        REQUESTS
            .iter()
            .filter_map(|name| {
                let root = serde_json::json!({
                    "$schema": "https://json-schema.org/draft/2020-12/schema",
                    "$ref": format!("#/components/schemas/{name}"),
                    "components": components,
                });
                jsonschema::options()
                    .with_draft(jsonschema::Draft::Draft202012)
                    .should_validate_formats(true)
                    .build(&root)
                    .ok()
                    .map(|v| (*name, v))
            })
            .collect()
    })
}

/// Whether every component of [`REQUESTS`] has a validator.
#[cfg(test)]
fn complete() -> bool {
    REQUESTS.iter().all(|name| validators().contains_key(name))
}

/// A JSON pointer (`/parties/0/name`) as the API writes paths
/// (`parties[0].name`).
fn dotted(pointer: &str) -> String {
    let mut path = String::new();
    for segment in pointer.split('/').skip(1) {
        let segment = segment.replace("~1", "/").replace("~0", "~");
        if !segment.is_empty() && segment.bytes().all(|b| b.is_ascii_digit()) {
            path.push('[');
            path.push_str(&segment);
            path.push(']');
        } else {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(&segment);
        }
    }
    path
}

/// Checks `body` against the component `name`: a 400 problem at the first
/// fault's path if it does not conform.
pub(crate) fn check(name: &str, body: &Value) -> Result<(), ProblemDetails> {
    let Some(validator) = validators().get(name) else {
        return Ok(());
    };
    match validator.validate(body) {
        Ok(()) => Ok(()),
        Err(e) => {
            let path = dotted(e.instance_path().as_str());
            let detail = if path.is_empty() {
                e.to_string()
            } else {
                format!("{path}: {e}")
            };
            let mut p = ProblemDetails::new(
                axum::http::StatusCode::BAD_REQUEST,
                "invalid-json",
                "The body is not the JSON this endpoint takes",
                detail,
            );
            p.path = Some(path);
            Err(p)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_request_component_has_a_validator() {
        assert!(complete());
    }

    #[test]
    fn pointers_become_the_apis_paths() {
        assert_eq!(dotted(""), "");
        assert_eq!(dotted("/operation"), "operation");
        assert_eq!(dotted("/parties/0/name"), "parties[0].name");
        assert_eq!(
            dotted("/reform/changes/2/change/enactment"),
            "reform.changes[2].change.enactment"
        );
        assert_eq!(dotted("/a~1b/c~0d"), "a/b.c~d");
    }

    #[test]
    fn what_serde_lets_through_the_schema_refuses() {
        // An object as an array.
        let p = check(
            "FactsRequest",
            &serde_json::json!({ "operation": [null, null] }),
        )
        .unwrap_err();
        assert_eq!(p.path.as_deref(), Some("operation"));
        assert_eq!(p.status, 400);
        // A field beside a tag (where serde reads a unit variant, it
        // ignores the rest).
        let p = check(
            "ReformRequest",
            &serde_json::json!({ "reform": {
                "name": "r", "source": { "issuer": "i", "title": "t", "reliability": "primary" },
                "changes": [{ "change": { "set": "superior_order", "enactment": { "state": "repealed", "extra": 1 } } }]
            } }),
        )
        .unwrap_err();
        assert!(
            p.path
                .as_deref()
                .is_some_and(|p| p.starts_with("reform.changes[0]")),
            "{p:?}"
        );
        // What conforms passes.
        assert!(check("FactsRequest", &serde_json::json!({})).is_ok());
        assert!(
            check(
                "HistoryRequest",
                &serde_json::json!({ "assumptions": null })
            )
            .is_ok()
        );
    }
}
