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
        api::assess, api::reform, api::joint, api::compare, api::periods, api::monitor, api::law, api::history,
        api::history_with,
        api::rank, api::audit, api::rotation, api::council,
        page::personnel_svg, page::women_svg
    ),
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
/// The joint deployment of the examples: an East Asian engineering company
/// under UNMISS in 2017 (hypothetical).
pub(crate) const JOINT: &str = include_str!("../openapi/joint-unmiss-2017.json");
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

/// Sets `key` of `object` to `value` (nothing if it is not an object).
fn set(object: &mut Value, key: &str, value: Value) {
    if let Some(map) = object.as_object_mut() {
        map.insert(key.to_owned(), value);
    }
}

/// A reference to the component `name`.
fn reference(name: &str) -> Value {
    serde_json::json!({ "$ref": format!("#{COMPONENTS}/{name}") })
}

/// Each operation's request body and answer, by component name: `(method,
/// path, request, answer)`.
const BODIES: &[(&str, &str, Option<&str>, &str)] = &[
    ("post", "/v1/assess", Some("AssessRequest"), "Assessment"),
    ("post", "/v1/reform", Some("ReformRequest"), "Impact"),
    ("post", "/v1/joint", Some("JointRequest"), "JointAssessment"),
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
    with_beside(
        generator,
        &facts,
        "The deployment's facts, as `pko assess` reads them (every field may be left out: it is then unknown), and beside them what the operation also takes.",
        extra,
    )
}

/// The object schema `schema` (a reference is inlined, so that properties
/// can be added) with `description` and the properties `extra` beside its
/// own.
fn with_beside(
    generator: &SchemaGenerator,
    schema: &Schema,
    description: &str,
    extra: &[(&str, Schema, &str)],
) -> Value {
    let mut object = serde_json::to_value(schema).unwrap_or_default();
    if let Some(name) = object
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.rsplit('/').next())
        .map(str::to_owned)
        && let Some(def) = generator.definitions().get(&name)
    {
        object = def.clone();
    }
    set(&mut object, "description", description.into());
    if let Some(props) = object.get_mut("properties").and_then(Value::as_object_mut) {
        for (name, schema, description) in extra {
            props.insert((*name).to_owned(), nullable(schema, description));
        }
    }
    object
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
    let joint = inputs.subschema_for::<pko::joint::JointDeployment>();
    named.insert(
        "JointRequest".to_owned(),
        with_beside(
            &inputs,
            &joint,
            "The joint deployment, as `pko joint` reads it (every fact may be left out: it is then unknown), and beside it Japan's open readings of the law.",
            &[("assumptions", assumptions.clone(), "Japan's open readings of the law (`pko assumptions` lists them); left out: the defaults.")],
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
        ("JointAssessment", "joint-assessment"),
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
    // The query parameters' types.
    outputs.subschema_for::<pko::core::YearMonth>();
    outputs.subschema_for::<pko::core::CountryCode>();
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
    hoist_variants(&mut all);
    all
}

/// `snake_case` as `PascalCase`.
fn pascal(snake: &str) -> String {
    snake
        .split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// Names the payloads of enum variants: a variant written
/// `{"given": {...}}` has its object as the component `ConsentGiven`,
/// referenced, so that generated clients give it a model of its own (an
/// inline object in a `oneOf` is one they cannot name).
fn hoist_variants(components: &mut serde_json::Map<String, Value>) {
    let mut hoisted = Vec::new();
    for (name, schema) in components.iter_mut() {
        let Some(variants) = schema.get_mut("oneOf").and_then(Value::as_array_mut) else {
            continue;
        };
        for variant in variants {
            let Some(props) = variant.get_mut("properties").and_then(Value::as_object_mut) else {
                continue;
            };
            if props.len() != 1 {
                continue;
            }
            for (tag, payload) in props.iter_mut() {
                if payload.get("properties").is_some() {
                    let component = format!("{name}{}", pascal(tag));
                    let inline = std::mem::replace(payload, reference(&component));
                    hoisted.push((component, inline));
                }
            }
        }
    }
    for (component, schema) in hoisted {
        components.entry(component).or_insert(schema);
    }
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
            set(json, "schema", reference(name));
        }
        if let Some(ok) = op
            .get_mut("responses")
            .and_then(|r| r.pointer_mut("/200/content/application~1json"))
        {
            set(ok, "schema", reference(answer));
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
                    set(
                        response,
                        "content",
                        serde_json::json!({ PROBLEM_JSON: { "schema": reference("ProblemDetails") } }),
                    );
                }
            }
        }
    }
}

/// A day from the Act's entry into force, 10 August 1992, the first day of
/// `Regime::Act1992` (with `format: date`, which checks the day exists):
/// the days the law of a day is asked about. The test
/// `the_documented_first_day_is_the_acts` ties the two.
const DAY_OF_THE_ACT: &str = "^(1992-08-(1[0-9]|2[0-9]|3[01])|1992-(09|1[0-2])-[0-9]{2}|(199[3-9]|[2-9][0-9]{3})-[0-9]{2}-[0-9]{2})$";

/// The schema of a query parameter, by path and name, where the handler's
/// type says more than the generated one: what the parser takes, exactly.
fn parameter_schema(path: &str, name: &str, months: &Value) -> Option<Value> {
    let day_of_the_act =
        serde_json::json!({ "type": "string", "format": "date", "pattern": DAY_OF_THE_ACT });
    let country = reference("CountryCode");
    Some(match (name, path.starts_with("/charts/")) {
        ("as_of" | "from" | "to" | "on", false) => day_of_the_act,
        ("from" | "to", true) | ("month", _) => months.clone(),
        ("country", true) => country,
        ("members", _) => {
            serde_json::json!({ "type": "array", "items": country, "minItems": 1, "uniqueItems": true })
        }
        ("grace_days", _) => {
            serde_json::json!({ "type": "integer", "minimum": 0, "maximum": u32::MAX })
        }
        ("mode", _) => {
            let names: Vec<&str> = pko::contributions::personnel::LoadMode::ALL
                .iter()
                .map(|m| m.as_str())
                .collect();
            serde_json::json!({ "type": "string", "enum": names, "default": "strict" })
        }
        ("terms" | "top", _) => {
            serde_json::json!({ "type": "integer", "minimum": 0, "maximum": u64::MAX })
        }
        _ => return None,
    })
}

/// Sets the schema of every query parameter that [`parameter_schema`]
/// knows better; a list (`members`) is written as the API reads it,
/// comma-separated (`style: form`, `explode: false`).
fn set_parameters(doc: &mut Value, months: &Value) {
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for (path, item) in paths.iter_mut() {
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        for op in item.values_mut() {
            let Some(params) = op.get_mut("parameters").and_then(Value::as_array_mut) else {
                continue;
            };
            for param in params.iter_mut() {
                let name = param
                    .get("name")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned();
                if let Some(schema) = parameter_schema(path, &name, months) {
                    if schema.get("type").is_some_and(|t| t == "array") {
                        set(param, "style", "form".into());
                        set(param, "explode", false.into());
                    }
                    set(param, "schema", schema);
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
    let components = components();
    set_parameters(&mut doc, &reference("YearMonth"));
    if let Some(c) = doc.get_mut("components").and_then(Value::as_object_mut) {
        c.insert("schemas".to_owned(), Value::Object(components));
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
        "/v1/joint",
        "application/json",
        parse(JOINT),
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
