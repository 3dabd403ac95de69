//! The OpenAPI 3.1 document: generated from the handlers' annotations and
//! the types they take, with examples computed from real inputs.

use std::sync::OnceLock;

use axum::Json;
use serde_json::Value;
use utoipa::OpenApi;
use utoipa::openapi::path::Operation;

use crate::{api, page};

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
    components(schemas(crate::ProblemDetails)),
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

/// Sets the example of an operation's request body.
fn request_example(op: Option<&mut Operation>, media: &str, example: Value) {
    if let Some(content) = op
        .and_then(|op| op.request_body.as_mut())
        .and_then(|body| body.content.get_mut(media))
    {
        content.example = Some(example);
    }
}

/// The OpenAPI document of the API, examples included.
///
/// # Example
///
/// ```
/// let doc = pko_server::openapi();
/// let json = serde_json::to_value(&doc)?;
/// assert_eq!(json["openapi"], "3.1.0");
/// assert!(json["paths"]["/v1/assess"]["post"].is_object());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[must_use]
pub fn openapi() -> utoipa::openapi::OpenApi {
    let mut doc = ApiDoc::openapi();
    env!("CARGO_PKG_VERSION").clone_into(&mut doc.info.version);
    let deployment = parse(DEPLOYMENT);
    let paths = &mut doc.paths.paths;
    // The facts, with an open reading set beside them.
    let mut with_assumptions = deployment.clone();
    if let Value::Object(map) = &mut with_assumptions {
        map.insert("assumptions".to_owned(), assumptions_example());
    }
    for path in ["/v1/assess", "/v1/compare", "/v1/periods"] {
        request_example(
            paths.get_mut(path).and_then(|p| p.post.as_mut()),
            "application/json",
            with_assumptions.clone(),
        );
    }
    request_example(
        paths.get_mut("/v1/reform").and_then(|p| p.post.as_mut()),
        "application/json",
        serde_json::json!({ "reform": parse(REFORM), "facts": deployment, "assumptions": assumptions_example() }),
    );
    request_example(
        paths.get_mut("/v1/history").and_then(|p| p.post.as_mut()),
        "application/json",
        serde_json::json!({ "assumptions": assumptions_example() }),
    );
    request_example(
        paths.get_mut("/v1/monitor").and_then(|p| p.post.as_mut()),
        "application/json",
        serde_json::json!({ "deployment": deployment, "events": parse(EVENTS) }),
    );
    request_example(
        paths
            .get_mut("/v1/institute/council")
            .and_then(|p| p.post.as_mut()),
        "application/json",
        parse(COUNCIL),
    );
    request_example(
        paths
            .get_mut("/v1/contributions/rank")
            .and_then(|p| p.post.as_mut()),
        "text/csv",
        Value::String(rank_example()),
    );
    doc
}

/// `GET /openapi.json`.
pub(crate) async fn document() -> Json<&'static utoipa::openapi::OpenApi> {
    static DOC: OnceLock<utoipa::openapi::OpenApi> = OnceLock::new();
    Json(DOC.get_or_init(openapi))
}
