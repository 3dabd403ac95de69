//! The OpenAPI 3.1 document: generated from the handlers' annotations and
//! the types they take, with examples computed from real inputs.

use std::sync::OnceLock;

use axum::Json;
use pko::principles::{Assumptions, Deployment, Reform};
use pko::schema::Direction;
use pko::schema::schemars::{Schema, SchemaGenerator};
use serde_json::Value;
use utoipa::OpenApi;

use crate::{PROBLEM_JSON, ProblemDetails, api, page};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "pko",
        description = "Japan's participation in UN peace operations as typed, tested, explainable code: assess a deployment against the five principles under the law of a given day, rank UN personnel contributions, check the proposed Asian Institute for Peace Operations.",
        license(name = "MIT OR Apache-2.0")
    ),
    paths(
        api::assess, api::reform, api::compare, api::periods, api::monitor, api::law, api::history,
        api::history_with,
        api::rank, api::audit, api::rotation, api::council,
        page::personnel_svg, page::women_svg
    ),
    components(schemas(ProblemDetails)),
    tags(
        (name = "principles", description = "The Act on Cooperation with UN Peacekeeping Operations, 1992 to today"),
        (name = "contributions", description = "UN personnel data and the audit of the 2015 speech"),
        (name = "institute", description = "The proposed Asian Institute for Peace Operations"),
    )
)]
struct ApiDoc;

/// The deployment of the examples: UNMISS engineering with
/// kaketsuke-keigo, host consent confirmed stably maintained.
pub(crate) const DEPLOYMENT: &str = include_str!("../openapi/proposal-unmiss-kaketsuke-keigo.json");
/// The reform of the examples: the 2015 bills as the speech describes them.
pub(crate) const REFORM: &str = include_str!("../openapi/reform-2015-bills-speech.json");
/// The events of the monitoring example.
pub(crate) const EVENTS: &str = include_str!("../openapi/events-consent-withdrawn.json");
/// The roster of the council example.
pub(crate) const COUNCIL: &str = include_str!("../openapi/council-with-problems.json");

/// The CSV of the ranking example: the IPI file's header and its first
/// eight rows of February 2014.
#[must_use]
pub fn rank_example() -> String {
    let mut lines = pko::contributions::personnel::IPI_CSV.lines();
    let header = lines.next().unwrap_or_default();
    let rows = lines.filter(|l| l.contains(",2014-02-28,")).take(8);
    let mut csv = String::new();
    for line in std::iter::once(header).chain(rows) {
        csv.push_str(line);
        csv.push('\n');
    }
    csv
}

/// The assumptions of the examples: kaketsuke-keigo read as needing no
/// Diet approval, the question the example's facts leave open.
fn assumptions_example() -> Value {
    serde_json::json!({ "diet_approval_2015_tasks": "no" })
}

fn parse(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_default()
}

/// Where the components are, as a JSON pointer and as a `$ref` prefix.
const COMPONENTS: &str = "/components/schemas";

/// A reference to the component `name`.
fn reference(name: &str) -> Value {
    serde_json::json!({ "$ref": format!("#{COMPONENTS}/{name}") })
}

/// Each operation's request body and answer, by component name: `(method,
/// path, request, answer)`.
const BODIES: &[(&str, &str, Option<&str>, &str)] = &[
    ("post", "/v1/assess", Some("AssessRequest"), "Assessment"),
    ("post", "/v1/reform", Some("ReformRequest"), "Impact"),
    ("post", "/v1/compare", Some("FactsRequest"), "Comparison"),
    ("post", "/v1/periods", Some("FactsRequest"), "Periods"),
    ("post", "/v1/monitor", Some("MonitorRequest"), "Timeline"),
    ("get", "/v1/law", None, "LawInForce"),
    ("get", "/v1/history", None, "History"),
    ("post", "/v1/history", Some("HistoryRequest"), "History"),
    ("post", "/v1/contributions/rank", None, "RankAnswer"),
    ("get", "/v1/contributions/audit", None, "Audit"),
    ("get", "/v1/institute/rotation", None, "Rotation"),
    (
        "post",
        "/v1/institute/council",
        Some("CouncilProposal"),
        "CouncilProblems",
    ),
];

/// A generator of the components of one direction, with its references
/// pointing at `#/components/schemas`.
fn generator(direction: Direction) -> SchemaGenerator {
    let mut settings = direction.settings();
    settings.definitions_path = COMPONENTS.into();
    settings.into_generator()
}

/// The schema of the deployment's facts with more properties beside them
/// (`assumptions`, `reform`), as the bodies that carry them take them.
fn facts_with(generator: &mut SchemaGenerator, extra: &[(&str, Schema, &str)]) -> Value {
    let facts = generator.subschema_for::<Deployment>();
    let mut facts = serde_json::to_value(&facts).unwrap_or_default();
    // The facts' own schema, inlined so that properties can be added.
    if let Some(name) = facts
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.rsplit('/').next())
        .map(str::to_owned)
        && let Some(def) = generator.definitions().get(&name)
    {
        facts = def.clone();
    }
    if let Some(props) = facts.get_mut("properties").and_then(Value::as_object_mut) {
        for (name, schema, description) in extra {
            props.insert((*name).to_owned(), nullable(schema, description));
        }
    }
    facts
}

/// `schema` or `null` (as the server reads a field left out), with a
/// description.
fn nullable(schema: &Schema, description: &str) -> Value {
    serde_json::json!({
        "description": description,
        "anyOf": [schema, { "type": "null" }]
    })
}

/// Every component: the inputs' schemas (the deserialize contract) and the
/// answers' (the serialize contract), from the same types as `pko schema`.
/// A type whose two contracts differ gets both: the input's named
/// `…Input`.
fn components() -> serde_json::Map<String, Value> {
    let mut inputs = generator(Direction::Input);
    let mut named = serde_json::Map::new();
    let assumptions = inputs.subschema_for::<Assumptions>();
    let reform = inputs.subschema_for::<Reform>();
    named.insert(
        "AssessRequest".to_owned(),
        facts_with(
            &mut inputs,
            &[
                ("assumptions", assumptions.clone(), "The open readings of the law (`pko assumptions` lists them); left out: the defaults."),
                ("reform", reform, "A reform applied to the law of the day, as `pko assess --reform` reads it."),
            ],
        ),
    );
    named.insert(
        "FactsRequest".to_owned(),
        facts_with(
            &mut inputs,
            &[("assumptions", assumptions.clone(), "The open readings of the law (`pko assumptions` lists them); left out: the defaults.")],
        ),
    );
    named.insert(
        "HistoryRequest".to_owned(),
        serde_json::json!({
            "description": "The open readings of the law to replay the record under.",
            "type": "object",
            "properties": { "assumptions": nullable(&assumptions, "The open readings of the law; left out or `null`: the defaults.") },
            "additionalProperties": false
        }),
    );
    for (name, schema) in [
        ("ReformRequest", inputs.subschema_for::<api::ReformBody>()),
        (
            "MonitorRequest",
            inputs.subschema_for::<api::MonitorRequest>(),
        ),
        (
            "CouncilProposal",
            inputs.subschema_for::<pko::institute::CouncilProposal>(),
        ),
    ] {
        if schema.get("$ref").is_none() {
            named.insert(
                name.to_owned(),
                serde_json::to_value(schema).unwrap_or_default(),
            );
        }
    }
    let mut outputs = generator(Direction::Output);
    for (name, entry) in [
        ("Assessment", "assessment"),
        ("Impact", "impact"),
        ("Comparison", "comparison"),
        ("Periods", "periods"),
        ("Timeline", "timeline"),
        ("History", "history"),
        ("Audit", "audit"),
        ("Rotation", "rotation"),
        ("CouncilProblems", "council-problems"),
    ] {
        if let Some(e) = pko::schema::get(entry) {
            let schema = e.subschema(&mut outputs);
            if schema.get("$ref").is_none() {
                let mut schema = serde_json::to_value(schema).unwrap_or_default();
                if let Value::Object(map) = &mut schema {
                    map.insert("description".to_owned(), e.summary().into());
                }
                named.insert(name.to_owned(), schema);
            }
        }
    }
    outputs.subschema_for::<api::Law>();
    outputs.subschema_for::<api::RankAnswer>();
    outputs.subschema_for::<ProblemDetails>();
    merge(&named, &mut inputs, &mut outputs)
}

/// The components: the bodies `named`, and the definitions of both
/// directions, an input's renamed `…Input` where the answer's of the same
/// name differs.
fn merge(
    named: &serde_json::Map<String, Value>,
    inputs: &mut SchemaGenerator,
    outputs: &mut SchemaGenerator,
) -> serde_json::Map<String, Value> {
    let input_defs = inputs.take_definitions(true);
    let output_defs = outputs.take_definitions(true);
    // The input definitions that differ from the answer's of the same
    // name, renamed.
    let renamed: Vec<String> = input_defs
        .iter()
        .filter(|(k, v)| output_defs.get(*k).is_some_and(|o| o != *v))
        .map(|(k, _)| k.clone())
        .collect();
    let mut text = serde_json::to_string(&(named, &input_defs)).unwrap_or_default();
    for name in &renamed {
        text = text.replace(
            &format!("\"#{COMPONENTS}/{name}\""),
            &format!("\"#{COMPONENTS}/{name}Input\""),
        );
    }
    let (named, input_defs): (
        serde_json::Map<String, Value>,
        serde_json::Map<String, Value>,
    ) = serde_json::from_str(&text).unwrap_or_default();
    let mut all = output_defs;
    for (k, v) in input_defs {
        let key = if renamed.contains(&k) {
            format!("{k}Input")
        } else {
            k
        };
        all.insert(key, v);
    }
    all.extend(named);
    all
}

/// The multipart form of a CSV upload: the file in the part `file`.
fn multipart_csv() -> Value {
    serde_json::json!({
        "schema": {
            "type": "object",
            "properties": {
                "file": {
                    "description": "The CSV file, in the UN's open-data layout or the IPI's.",
                    "type": "string",
                    "format": "binary",
                    "contentMediaType": "text/csv"
                }
            },
            "required": ["file"]
        }
    })
}

/// Sets every body of the document to its component: the request bodies
/// and answers of [`BODIES`], and every problem to `ProblemDetails`; adds
/// the 413 of a body over the limit where a body is taken.
fn set_bodies(doc: &mut Value) {
    for (method, path, request, answer) in BODIES {
        let Some(op) = doc
            .pointer_mut(&format!("/paths/{}/{method}", path.replace('/', "~1")))
            .and_then(Value::as_object_mut)
        else {
            continue;
        };
        if let Some(name) = request
            && let Some(json) = op
                .get_mut("requestBody")
                .and_then(|b| b.pointer_mut("/content/application~1json"))
        {
            json["schema"] = reference(name);
        }
        if let Some(ok) = op
            .get_mut("responses")
            .and_then(|r| r.pointer_mut("/200/content/application~1json"))
        {
            ok["schema"] = reference(answer);
        }
    }
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for item in paths.values_mut().filter_map(Value::as_object_mut) {
        for op in item.values_mut().filter_map(Value::as_object_mut) {
            let takes_body = op.contains_key("requestBody");
            let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) else {
                continue;
            };
            if takes_body && !responses.contains_key("413") {
                responses.insert(
                    "413".to_owned(),
                    serde_json::json!({ "description": "A body over the limit." }),
                );
            }
            for (status, response) in responses.iter_mut() {
                if status.starts_with('4') || status.starts_with('5') {
                    response["content"] = serde_json::json!({
                        PROBLEM_JSON: { "schema": reference("ProblemDetails") }
                    });
                }
            }
        }
    }
}

/// Sets the example of an operation's request body.
fn request_example(doc: &mut Value, method: &str, path: &str, media: &str, example: Value) {
    let pointer = format!(
        "/paths/{}/{method}/requestBody/content/{}",
        path.replace('/', "~1"),
        media.replace('/', "~1")
    );
    if let Some(content) = doc.pointer_mut(&pointer).and_then(Value::as_object_mut) {
        content.insert("example".to_owned(), example);
    }
}

/// The OpenAPI 3.1 document of the API: its paths and parameters from the
/// handlers, every body a reference to a component, the components the JSON
/// Schemas of [`pko::schema`], and an example of every request.
///
/// # Example
///
/// ```
/// let doc = pko_server::openapi();
/// assert_eq!(doc["openapi"], "3.1.0");
/// assert_eq!(doc["info"]["version"], env!("CARGO_PKG_VERSION"));
/// let body = &doc["paths"]["/v1/assess"]["post"]["requestBody"]["content"]["application/json"];
/// assert_eq!(body["schema"]["$ref"], "#/components/schemas/AssessRequest");
/// assert!(doc["components"]["schemas"]["Assessment"].is_object());
/// ```
#[must_use]
pub fn openapi() -> Value {
    let mut api = ApiDoc::openapi();
    env!("CARGO_PKG_VERSION").clone_into(&mut api.info.version);
    let mut doc = serde_json::to_value(&api).unwrap_or_default();
    set_bodies(&mut doc);
    if let Some(components) = doc.get_mut("components").and_then(Value::as_object_mut) {
        components.insert("schemas".to_owned(), Value::Object(self::components()));
    }
    if let Some(rank) = doc
        .pointer_mut("/paths/~1v1~1contributions~1rank/post/requestBody/content")
        .and_then(Value::as_object_mut)
    {
        rank.insert("multipart/form-data".to_owned(), multipart_csv());
    }
    let deployment = parse(DEPLOYMENT);
    // The facts, with an open reading set beside them.
    let mut with_assumptions = deployment.clone();
    if let Value::Object(map) = &mut with_assumptions {
        map.insert("assumptions".to_owned(), assumptions_example());
    }
    for path in ["/v1/assess", "/v1/compare", "/v1/periods"] {
        request_example(
            &mut doc,
            "post",
            path,
            "application/json",
            with_assumptions.clone(),
        );
    }
    request_example(
        &mut doc,
        "post",
        "/v1/reform",
        "application/json",
        serde_json::json!({ "reform": parse(REFORM), "facts": deployment, "assumptions": assumptions_example() }),
    );
    request_example(
        &mut doc,
        "post",
        "/v1/history",
        "application/json",
        serde_json::json!({ "assumptions": assumptions_example() }),
    );
    request_example(
        &mut doc,
        "post",
        "/v1/monitor",
        "application/json",
        serde_json::json!({ "deployment": deployment, "events": parse(EVENTS) }),
    );
    request_example(
        &mut doc,
        "post",
        "/v1/institute/council",
        "application/json",
        parse(COUNCIL),
    );
    request_example(
        &mut doc,
        "post",
        "/v1/contributions/rank",
        "text/csv",
        Value::String(rank_example()),
    );
    doc
}

/// `GET /openapi.json`.
pub(crate) async fn document() -> Json<&'static Value> {
    static DOC: OnceLock<Value> = OnceLock::new();
    Json(DOC.get_or_init(openapi))
}
