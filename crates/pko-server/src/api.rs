//! The JSON API under `/v1`: one handler an endpoint, each a thin layer
//! over the library call the CLI makes, with the library's own serde types
//! in and out.

use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::Query;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::StatusCode;
use chrono::NaiveDate;
use pko::contributions::personnel::{self, CategorySet, LoadMode};
use pko::contributions::{ContributorRank, audit};
use pko::core::{CountryCode, DatePeriod, Source, YearMonth};
use pko::institute::{Charter, CouncilProposal};
use pko::principles::{
    self, Assumptions, Deployment, Event, GracePeriod, Options, PrincipleText, Reform, Regime,
};
use pko::schema::schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use tokio::sync::Semaphore;
use utoipa::IntoParams;

use crate::{ProblemDetails, contract};

/// A handler's answer: JSON, or a problem.
pub(crate) type Answer<T> = Result<Json<T>, ProblemDetails>;

/// The query parameters, or a 400 problem saying which is wrong.
fn query<T>(q: Result<Query<T>, QueryRejection>) -> Result<T, ProblemDetails> {
    q.map(|Query(t)| t)
        .map_err(|e| ProblemDetails::bad_query(e.body_text()))
}

/// The body's bytes, or a problem: 413 when it is over the limit.
fn bytes(b: Result<Bytes, BytesRejection>) -> Result<Bytes, ProblemDetails> {
    b.map_err(|e| body_problem(e.status(), e.body_text()))
}

/// The body as a JSON object of type `T`, or a 400 problem with the JSON
/// path of the first fault (and the line and column of a syntax error).
pub(crate) fn json<T: DeserializeOwned>(
    body: Result<Bytes, BytesRejection>,
) -> Result<T, ProblemDetails> {
    from_value(json_object(body)?, "")
}

/// A number with no fraction (`149.0`) as the integer it is: JSON Schema
/// counts it an integer, and so does the API.
fn integers(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Number(n) if n.is_f64() => {
            let Some(f) = n.as_f64() else { return };
            if f.fract() != 0.0 {
                return;
            }
            let text = format!("{f:.0}");
            if let Ok(i) = text.parse::<i64>() {
                *value = i.into();
            } else if let Ok(u) = text.parse::<u64>() {
                *value = u.into();
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(integers),
        serde_json::Value::Object(map) => map.values_mut().for_each(integers),
        _ => {}
    }
}

/// The body as a JSON object, its integral numbers integers, or a 400
/// problem with the line and column of the first fault.
fn json_object(body: Result<Bytes, BytesRejection>) -> Result<serde_json::Value, ProblemDetails> {
    let body = bytes(body)?;
    // serde reads a struct from an array too; the API takes objects only.
    if let Some(first) = body.iter().position(|b| !b.is_ascii_whitespace())
        && body.get(first) != Some(&b'{')
    {
        let mut p = ProblemDetails::new(
            StatusCode::BAD_REQUEST,
            "invalid-json",
            "The body is not the JSON this endpoint takes",
            "the body must be a JSON object",
        );
        p.line = Some(1);
        p.column = u64::try_from(first + 1).ok();
        return Err(p);
    }
    let mut value: serde_json::Value =
        serde_json::from_slice(&body).map_err(|e| ProblemDetails::bad_json("", &e))?;
    integers(&mut value);
    Ok(value)
}

/// The body as a `T` (as [`json`] reads it) that also conforms to the
/// document's component `component`, or a 400 problem at the first fault.
fn checked<T: DeserializeOwned>(
    body: Result<Bytes, BytesRejection>,
    component: &str,
) -> Result<T, ProblemDetails> {
    let raw = json_object(body)?;
    let value: T = from_value(raw.clone(), "")?;
    contract::check(component, &raw)?;
    Ok(value)
}

/// A JSON value as a `T`, or a 400 problem whose path starts with
/// `prefix`.
fn from_value<T: DeserializeOwned>(
    value: serde_json::Value,
    prefix: &str,
) -> Result<T, ProblemDetails> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let inner = e.path().to_string();
        let path = match (prefix, inner.as_str()) {
            ("", p) => p.to_owned(),
            (pre, "" | ".") => pre.to_owned(),
            (pre, p) => format!("{pre}.{p}"),
        };
        ProblemDetails::bad_json(&path, e.inner())
    })
}

/// The options a body may carry beside its facts: an `assumptions`
/// object (every field optional, unknown fields refused; `null` or absent
/// for the defaults), taken off the body.
fn options_of(
    map: &mut serde_json::Map<String, serde_json::Value>,
) -> Result<Options, ProblemDetails> {
    let assumptions: Option<Assumptions> = match map.remove("assumptions") {
        Some(v) => from_value(v, "assumptions")?,
        None => None,
    };
    Ok(Options::from(assumptions.unwrap_or_default()))
}

/// A body of facts with an optional `assumptions` object beside them: the
/// deployment and the options.
fn facts_and_options(
    body: Result<Bytes, BytesRejection>,
) -> Result<(Deployment, Options), ProblemDetails> {
    let (d, options, reform, raw) = facts_options_reform(body)?;
    if reform.is_some() {
        return Err(ProblemDetails::bad_json(
            "reform",
            &serde::de::Error::custom("unknown field `reform`: only `/v1/assess` takes a reform"),
        ));
    }
    contract::check("FactsRequest", &raw)?;
    Ok((d, options))
}

/// A body of facts with optional `assumptions` and `reform` objects beside
/// them, and the body as it came (for the caller to check against its
/// component).
fn facts_options_reform(
    body: Result<Bytes, BytesRejection>,
) -> Result<(Deployment, Options, Option<Reform>, serde_json::Value), ProblemDetails> {
    let mut map: serde_json::Map<String, serde_json::Value> = json(body)?;
    let raw = serde_json::Value::Object(map.clone());
    let options = options_of(&mut map)?;
    let reform: Option<Reform> = match map.remove("reform") {
        Some(v) => from_value(v, "reform")?,
        None => None,
    };
    let d: Deployment = from_value(serde_json::Value::Object(map), "")?;
    Ok((d, options, reform, raw))
}

/// The law in force on `day` with `reform` applied, or a 422 problem at
/// the reform (or the change) the law cannot take.
fn reformed(day: NaiveDate, reform: &Reform) -> Result<principles::Law, ProblemDetails> {
    principles::Law::in_force_on(day)
        .and_then(|law| law.with(reform))
        .map_err(|e| principles_problem(&e))
}

/// A refusal of `pko-principles`, as a 422 problem with the fact's path
/// where there is one.
fn principles_problem(e: &principles::Error) -> ProblemDetails {
    let p = ProblemDetails::unprocessable(e.to_string());
    match e {
        principles::Error::InconsistentFacts { path, .. } => p.at_path(path.to_string()),
        principles::Error::UnknownEventParty { index, .. } => {
            p.at_path(format!("events[{index}].by"))
        }
        principles::Error::EmptyReform { .. } => p.at_path("reform.changes".to_owned()),
        principles::Error::BadChange { index, .. } => p.at_path(format!("reform.changes[{index}]")),
        _ => p,
    }
}

/// `as_of`: the day of the law.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct AsOf {
    /// The day whose law applies, `YYYY-MM-DD` (from 1992-08-10).
    #[param(value_type = String, format = Date, example = "2016-11-15")]
    as_of: NaiveDate,
}

/// `from` and `to`: two days, or the ends of a span.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct FromTo {
    /// The first day, `YYYY-MM-DD`.
    #[param(value_type = String, format = Date, example = "2015-09-30")]
    from: NaiveDate,
    /// The second (or last) day, `YYYY-MM-DD`.
    #[param(value_type = String, format = Date, example = "2016-11-15")]
    to: NaiveDate,
}

/// Assess a deployment under the law in force on a day.
///
/// The body is the deployment's facts (every field may be left out: it is
/// then unknown), and optionally, beside them, an `assumptions` object
/// that sets the open readings of the law (`{"diet_approval_2015_tasks":
/// "no"}`; every field optional, unknown fields refused; `pko assumptions`
/// lists them) and a `reform` object, applied to the law of the day (as
/// `pko assess --reform` reads it). The answer is the assessment: the
/// verdict, every finding with its reasons and citations, what would
/// decide it (unknown facts, and open assumptions as `assumptions.NAME`)
/// and, under a reform, `reformed`: the findings that read a provision the
/// reform set, each with the change and its source.
#[utoipa::path(
    post, path = "/v1/assess", tag = "principles",
    params(AsOf),
    request_body(content = Object, description = "The deployment's facts, as `pko assess` reads them, with optional `assumptions` and `reform` objects beside them."),
    responses(
        (status = 200, description = "The assessment, as `pko assess --format json` prints it.", body = Object),
        (status = 400, description = "A malformed body or query."),
        (status = 413, description = "A body over the JSON limit."),
        (status = 422, description = "Rules the schema cannot state: facts that contradict each other, which JSON Schema cannot state (a party listed twice, a ceasefire or an event naming a party that is not listed, a consent withdrawn or a ceasefire broken before it began), answered with the fact's path; a day before the Act; or a reform the law cannot take (an empty one, or a change at `reform.changes[i]` the law cannot hold)."),
    )
)]
pub(crate) async fn assess(
    q: Result<Query<AsOf>, QueryRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Answer<principles::Assessment> {
    let AsOf { as_of } = query(q)?;
    let (d, options, reform, raw) = facts_options_reform(body)?;
    contract::check("AssessRequest", &raw)?;
    match reform {
        None => options.assess(&d, as_of),
        Some(r) => options.assess_under(&reformed(as_of, &r)?, &d, as_of),
    }
    .map(Json)
    .map_err(|e| principles_problem(&e))
}

/// Check a joint deployment on a day: one operation, Japan's contingent and
/// its partners' (the Republic of Korea's, China's), each under its own
/// state's rules, and the operation under the UN's three basic principles.
///
/// The body is the joint deployment, as `pko joint` reads it
/// (`examples/data/joint-*.json`): `operation`, `japan` (Japan's facts, as
/// `/v1/assess` takes them), `japan_procedure` (the Cabinet's decision),
/// `partners` (each with its `state`, `kind`, `size` and `procedure`), and
/// optionally an `assumptions` object beside them for Japan's open
/// readings of the law. The answer gives the whole verdict (the worst of
/// the parts), who may go, Japan's assessment unchanged with the steps it
/// still needs, each partner's findings and missing steps, and the UN's
/// principles.
#[utoipa::path(
    post, path = "/v1/joint", tag = "principles",
    params(AsOf),
    request_body(content = Object, description = "The joint deployment, as `pko joint` reads it, with an optional `assumptions` object beside it."),
    responses(
        (status = 200, description = "The joint assessment, as `pko joint --format json` prints it.", body = Object),
        (status = 400, description = "A malformed body or query."),
        (status = 413, description = "A body over the JSON limit."),
        (status = 422, description = "Rules the schema cannot state: no participant; a state named twice, or one whose rules pko does not model, at `partners[i].state`; Japan's facts that contradict each other, at `japan.` and the fact's path; a day before Japan's Act."),
    )
)]
pub(crate) async fn joint(
    q: Result<Query<AsOf>, QueryRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Answer<pko::joint::JointAssessment> {
    let AsOf { as_of } = query(q)?;
    let mut map: serde_json::Map<String, serde_json::Value> = json(body)?;
    let raw = serde_json::Value::Object(map.clone());
    let options = options_of(&mut map)?;
    let joint: pko::joint::JointDeployment = from_value(serde_json::Value::Object(map), "")?;
    contract::check("JointRequest", &raw)?;
    pko::joint::assess_with(&joint, as_of, &options)
        .map(Json)
        .map_err(|e| joint_problem(&e))
}

/// A refusal of the joint check, as a 422 problem at the participant.
fn joint_problem(e: &pko::joint::Error) -> ProblemDetails {
    match e {
        pko::joint::Error::Japan(inner) => {
            let p = principles_problem(inner);
            let path = p.path.clone();
            p.at_path(path.map_or_else(|| "japan".to_owned(), |at| format!("japan.{at}")))
        }
        pko::joint::Error::Partner { index, .. } => {
            ProblemDetails::unprocessable(e.to_string()).at_path(format!("partners[{index}].state"))
        }
        _ => ProblemDetails::unprocessable(e.to_string()),
    }
}

/// `on`: the day to assess the facts of a reform's impact.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct On {
    /// The day, `YYYY-MM-DD` (from 1992-08-10): needed with `facts`, not
    /// used for the record.
    #[param(value_type = Option<String>, format = Date, example = "2015-06-15")]
    on: Option<NaiveDate>,
}

/// The body of `POST /v1/reform`: a reform, and optionally the facts of
/// one deployment (then `on` is needed) and the open readings.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(crate = "pko::schema::schemars", rename = "ReformRequest")]
#[serde(deny_unknown_fields)]
pub(crate) struct ReformBody {
    /// The reform, as `pko reform` reads it.
    reform: Reform,
    /// The facts of one deployment (left out: Japan's dispatches since 1992).
    #[serde(default)]
    facts: Option<Deployment>,
    /// The open readings of the law.
    #[serde(default)]
    assumptions: Option<Assumptions>,
}

/// What a reform would change: the facts of one deployment on a day (with
/// `facts` and `on`), or Japan's dispatches since 1992 (without `facts`),
/// each assessed under the law of its day with and without the reform.
///
/// The body is `{"reform": {...}, "facts": {...}, "assumptions": {...}}`,
/// `facts` and `assumptions` optional; the reform is in the format of `pko
/// reform` (`examples/data/reform-*.json`). The answer lists every
/// assessment that differs, finding by finding (before and after), with the
/// change that did it, and the counts.
#[utoipa::path(
    post, path = "/v1/reform", tag = "principles",
    params(On),
    request_body(content = Object, description = "A `reform`, with optional `facts` (then `on` is needed) and `assumptions`."),
    responses(
        (status = 200, description = "The impact, as `pko reform --format json` prints it.", body = Object),
        (status = 400, description = "A malformed body or query, or `facts` without `on`."),
        (status = 413, description = "A body over the JSON limit."),
        (status = 422, description = "Rules the schema cannot state: facts that contradict each other, which JSON Schema cannot state (a party listed twice, a ceasefire or an event naming a party that is not listed, a consent withdrawn or a ceasefire broken before it began), answered with the fact's path; a day before the Act; or a reform the law cannot take (an empty one, or a change at `reform.changes[i]` the law cannot hold)."),
    )
)]
pub(crate) async fn reform(
    q: Result<Query<On>, QueryRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Answer<principles::Impact> {
    let On { on } = query(q)?;
    let ReformBody {
        reform,
        facts,
        assumptions,
    } = checked(body, "ReformRequest")?;
    let options = Options::from(assumptions.unwrap_or_default());
    match (facts, on) {
        (Some(d), Some(on)) => {
            let baseline = principles::Law::in_force_on(on).map_err(|e| principles_problem(&e))?;
            let law = reformed(on, &reform)?;
            options.impact(baseline, &law, std::slice::from_ref(&d), on)
        }
        (Some(_), None) => {
            return Err(ProblemDetails::bad_query(
                "`on` is needed with `facts`: the day to assess them".to_owned(),
            ));
        }
        (None, _) => options.impact_on_record(&reform),
    }
    .map(Json)
    .map_err(|e| principles_problem(&e))
}

/// Compare the assessments of one deployment on two days: what the law's
/// changes between them changed.
#[utoipa::path(
    post, path = "/v1/compare", tag = "principles",
    params(FromTo),
    request_body(content = Object, description = "The deployment's facts, with an optional `assumptions` object beside them."),
    responses(
        (status = 200, description = "The comparison, as `pko compare --format json` prints it.", body = Object),
        (status = 400, description = "A malformed body or query."),
        (status = 422, description = "Rules the schema cannot state: facts that contradict each other, which JSON Schema cannot state (a party listed twice, a ceasefire or an event naming a party that is not listed, a consent withdrawn or a ceasefire broken before it began), answered with the fact's path; or a day before the Act."),
    )
)]
pub(crate) async fn compare(
    q: Result<Query<FromTo>, QueryRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Answer<principles::Comparison> {
    let FromTo { from, to } = query(q)?;
    let (d, options) = facts_and_options(body)?;
    options
        .compare(&d, from, to)
        .map(Json)
        .map_err(|e| principles_problem(&e))
}

/// The spans of days, between two days, over which one verdict holds.
#[utoipa::path(
    post, path = "/v1/periods", tag = "principles",
    params(FromTo),
    request_body(content = Object, description = "The deployment's facts, with an optional `assumptions` object beside them."),
    responses(
        (status = 200, description = "The periods, as `pko periods --format json` prints them.", body = Object),
        (status = 400, description = "A malformed body or query."),
        (status = 422, description = "Rules the schema cannot state: facts that contradict each other, which JSON Schema cannot state (a party listed twice, a ceasefire or an event naming a party that is not listed, a consent withdrawn or a ceasefire broken before it began), answered with the fact's path; `from` after `to`; or a day before the Act."),
    )
)]
pub(crate) async fn periods(
    q: Result<Query<FromTo>, QueryRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Answer<Vec<principles::Period>> {
    let FromTo { from, to } = query(q)?;
    let (d, options) = facts_and_options(body)?;
    options
        .periods(&d, from, to)
        .map(Json)
        .map_err(|e| principles_problem(&e))
}

/// `grace_days`: the days allowed for the principles to be restored.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct Grace {
    /// Days allowed for the principles to be restored before the dispatch
    /// is terminated (the statute sets none: a named assumption, also
    /// `assumptions.grace_period_days` in the body; one of the two is
    /// needed).
    #[param(example = 30)]
    grace_days: Option<u32>,
}

/// The body of `/v1/monitor`: a deployment and the events that befall it.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[schemars(crate = "pko::schema::schemars")]
#[serde(deny_unknown_fields)]
pub(crate) struct MonitorRequest {
    /// The deployment's facts.
    deployment: Deployment,
    /// The events, in any order, as `pko monitor` reads them.
    events: Vec<Event>,
    /// The open readings (the grace period among them).
    #[serde(default)]
    assumptions: Option<Assumptions>,
}

/// Follow a deployment through events (consents withdrawn and restored,
/// ceasefires broken): what must be suspended or ended, and when.
#[utoipa::path(
    post, path = "/v1/monitor", tag = "principles",
    params(Grace),
    request_body(content = Object, description = "The deployment and its events."),
    responses(
        (status = 200, description = "The timeline, as `pko monitor --format json` prints it.", body = Object),
        (status = 400, description = "A malformed body or query."),
        (status = 422, description = "An event naming a party the deployment does not have, no grace period (neither `grace_days` nor `assumptions.grace_period_days`), or a deadline after 9999-12-31."),
    )
)]
pub(crate) async fn monitor(
    q: Result<Query<Grace>, QueryRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Answer<principles::Timeline> {
    let Grace { grace_days } = query(q)?;
    let r: MonitorRequest = checked(body, "MonitorRequest")?;
    principles::check_events(&r.deployment, &r.events).map_err(|e| principles_problem(&e))?;
    let mut options = Options::from(r.assumptions.unwrap_or_default());
    if let Some(days) = grace_days {
        options.assumptions = options
            .assumptions
            .with_grace_period_days(Some(GracePeriod::days(days)));
    }
    let timeline = options
        .monitor(&r.events)
        .map_err(|e| principles_problem(&e).at_path("assumptions.grace_period_days".to_owned()))?;
    if let Some(late) = timeline.entries().iter().find(|e| e.date() > LAST_DAY) {
        return Err(past_the_last_day("an entry of the timeline", late.date()));
    }
    Ok(Json(timeline))
}

/// The law in force on a day.
#[derive(Debug, Serialize, JsonSchema)]
#[schemars(crate = "pko::schema::schemars", rename = "LawInForce")]
pub(crate) struct Law {
    /// The day asked about.
    as_of: NaiveDate,
    /// The regime (the Act as last amended before the day).
    regime: Regime,
    /// The days the regime is in force.
    in_force: DatePeriod,
    /// What the regime changed.
    changes: &'static [&'static str],
    /// The five principles as the regime words them.
    principles: [PrincipleText; 5],
    /// The regime's source.
    source: Source,
}

/// The Act as in force on a day, and its five principles.
#[utoipa::path(
    get, path = "/v1/law", tag = "principles",
    params(AsOf),
    responses(
        (status = 200, description = "The regime, its changes and the five principles.", body = Object),
        (status = 400, description = "A missing or malformed day."),
        (status = 422, description = "A day before the Act."),
    )
)]
pub(crate) async fn law(q: Result<Query<AsOf>, QueryRejection>) -> Answer<Law> {
    let AsOf { as_of } = query(q)?;
    let regime = Regime::in_force_on(as_of).map_err(|e| principles_problem(&e))?;
    Ok(Json(Law {
        as_of,
        regime,
        in_force: regime.period(),
        changes: regime.changes(),
        principles: regime.principles(),
        source: regime.source(),
    }))
}

/// Japan's dispatches since 1992, each assessed on its first and last day,
/// under the default assumptions.
#[utoipa::path(
    get, path = "/v1/history", tag = "principles",
    responses(
        (status = 200, description = "The replay, as `pko history --format json` prints it.", body = Object),
        (status = 500, description = "The shipped record failed to assess (a bug)."),
    )
)]
pub(crate) async fn history() -> Answer<Vec<principles::history::Replay>> {
    principles::history::replay()
        .map(Json)
        .map_err(|e| internal(&e))
}

/// Japan's dispatches since 1992, each assessed on its first and last day,
/// under the assumptions of the body (`{"assumptions": {...}}`; `{}` for
/// the defaults).
#[utoipa::path(
    post, path = "/v1/history", tag = "principles",
    request_body(content = Object, description = "An object with an optional `assumptions` object, as `pko history --assume` sets them."),
    responses(
        (status = 200, description = "The replay, as `pko history --format json` prints it.", body = Object),
        (status = 400, description = "A malformed body."),
        (status = 413, description = "A body over the JSON limit."),
    )
)]
pub(crate) async fn history_with(
    body: Result<Bytes, BytesRejection>,
) -> Answer<Vec<principles::history::Replay>> {
    let mut map: serde_json::Map<String, serde_json::Value> = json(body)?;
    let raw = serde_json::Value::Object(map.clone());
    let options = options_of(&mut map)?;
    if let Some(field) = map.keys().next() {
        return Err(ProblemDetails::bad_json(
            field,
            &serde::de::Error::custom(format!("unknown field `{field}`, expected `assumptions`")),
        ));
    }
    contract::check("HistoryRequest", &raw)?;
    options.replay().map(Json).map_err(|e| internal(&e))
}

/// The last day an answer can carry: its dates are RFC 3339 full dates,
/// whose years have four digits.
const LAST_DAY: NaiveDate = pko::core::date(9999, 12, 31);

/// A 422 problem for an answer that would carry `day`, past [`LAST_DAY`].
fn past_the_last_day(what: &str, day: NaiveDate) -> ProblemDetails {
    ProblemDetails::unprocessable(format!(
        "{what} falls on {day}, after 9999-12-31: the answer's dates are RFC 3339 dates, of four-digit years"
    ))
}

/// A failure of the server's own data: 500.
fn internal(e: &dyn std::error::Error) -> ProblemDetails {
    ProblemDetails::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "The server failed",
        e.to_string(),
    )
}

/// `month`, `top` and `mode`: what to rank and how to read the file.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct RankQuery {
    /// The month to rank, `YYYY-MM`.
    #[param(value_type = String, example = "2014-02")]
    month: YearMonth,
    /// How many contributors to return (all if left out).
    #[param(example = 10)]
    top: Option<usize>,
    /// What to do with a bad row: refuse the file (`strict`, the default)
    /// or skip the row and report it (`lenient`). The names are the
    /// library's, as the command line's `--mode` reads them.
    #[serde(default)]
    #[param(value_type = String, example = "lenient")]
    mode: LoadMode,
}

/// A row the lenient loader skipped, and why.
#[derive(Debug, Serialize, JsonSchema)]
#[schemars(crate = "pko::schema::schemars")]
pub(crate) struct Rejected {
    /// The line, from 1.
    line: u64,
    /// The column, from 1, where one is at fault.
    column: Option<usize>,
    /// The field, by its header.
    field: Option<String>,
    /// What is wrong.
    detail: String,
}

/// The ranking of contributors in one month of a file.
#[derive(Debug, Serialize, JsonSchema)]
#[schemars(crate = "pko::schema::schemars")]
pub(crate) struct RankAnswer {
    /// The format detected: `un_open_data` or `ipi`.
    format: personnel::Format,
    /// The data rows read.
    rows: u64,
    /// The rows skipped (lenient reading only).
    rejected: Vec<Rejected>,
    /// The month ranked.
    month: YearMonth,
    /// The contributors, largest first.
    ranking: Vec<ContributorRank>,
}

/// A refusal of the loader, as a 422 problem with the line, column and
/// field.
fn load_problem(e: &pko::contributions::Error) -> ProblemDetails {
    let mut p = ProblemDetails::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid-csv",
        "The file is not a UN or IPI personnel file pko can read",
        e.to_string(),
    );
    if let Some(l) = e.as_load() {
        p.line = Some(l.line());
        p.column = l.column().and_then(|c| u64::try_from(c).ok());
        p.field = l.field().map(str::to_owned);
    }
    p
}

/// Rank the contributors of uniformed personnel in one month of a CSV file
/// in the UN's open-data layout or the IPI's (detected from the header).
#[utoipa::path(
    post, path = "/v1/contributions/rank", tag = "contributions",
    params(RankQuery),
    request_body(content = String, content_type = "text/csv", description = "The file."),
    responses(
        (status = 200, description = "The ranking.", body = Object),
        (status = 400, description = "A malformed query."),
        (status = 413, description = "A body over the CSV limit."),
        (status = 422, description = "A file with a bad row (strict reading), with its line, column and field."),
    )
)]
pub(crate) async fn rank(
    uploads: Uploads,
    q: Result<Query<RankQuery>, QueryRejection>,
    request: Request,
) -> Answer<RankAnswer> {
    let RankQuery { month, top, mode } = query(q)?;
    // The body is read only once an upload's turn comes.
    let _turn = uploads
        .turns
        .acquire_owned()
        .await
        .map_err(|e| internal(&e))?;
    let body = upload(request).await?;
    // A file of up to 64 MiB takes a while to read: off the async workers.
    tokio::task::spawn_blocking(move || rank_file(&body, month, top, mode))
        .await
        .map_err(|e| internal(&e))?
        .map(Json)
}

/// The turns of the uploads: how many are read and ranked at once.
#[derive(Debug, Clone)]
pub(crate) struct Uploads {
    turns: Arc<Semaphore>,
}

impl Uploads {
    pub(crate) fn new(config: &crate::Config) -> Self {
        Self {
            turns: Arc::new(Semaphore::new(config.uploads.max(1))),
        }
    }
}

/// A problem reading a body: 413 over the limit, 400 otherwise.
fn body_problem(status: StatusCode, detail: String) -> ProblemDetails {
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        ProblemDetails::new(
            status,
            "too-large",
            "The body is larger than this endpoint accepts",
            detail,
        )
    } else {
        ProblemDetails::new(
            StatusCode::BAD_REQUEST,
            "unreadable-body",
            "The body could not be read",
            detail,
        )
    }
}

/// The CSV of an upload: the body itself, or the part `file` of a
/// `multipart/form-data` body.
async fn upload(request: Request) -> Result<Bytes, ProblemDetails> {
    let multipart = request
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.trim_start()
                .to_ascii_lowercase()
                .starts_with("multipart/form-data")
        });
    if !multipart {
        // The route's `DefaultBodyLimit` bounds it: 413 over the limit.
        return bytes(Bytes::from_request(request, &()).await);
    }
    let mut form = Multipart::from_request(request, &())
        .await
        .map_err(|e| body_problem(e.status(), e.body_text()))?;
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|e| body_problem(e.status(), e.body_text()))?
    {
        if field.name() == Some("file") {
            return field
                .bytes()
                .await
                .map_err(|e| body_problem(e.status(), e.body_text()));
        }
    }
    Err(body_problem(
        StatusCode::BAD_REQUEST,
        "the form has no part named `file`".to_owned(),
    ))
}

/// Reads and ranks a file: the blocking part of [`rank`].
fn rank_file(
    body: &[u8],
    month: YearMonth,
    top: Option<usize>,
    mode: LoadMode,
) -> Result<RankAnswer, ProblemDetails> {
    let loaded = personnel::load(body, "body", mode).map_err(|e| load_problem(&e))?;
    let ranking = loaded.personnel().ranking(month, CategorySet::ALL);
    let shown = top.map_or(ranking.entries(), |n| ranking.top(n));
    Ok(RankAnswer {
        format: loaded.format(),
        rows: loaded.rows(),
        rejected: loaded
            .rejected()
            .iter()
            .map(|r| Rejected {
                line: r.line(),
                column: r.column(),
                field: r.field().map(str::to_owned),
                detail: r.problem().to_string(),
            })
            .collect(),
        month,
        ranking: ContributorRank::rows(shown),
    })
}

/// The audit of the speech's figures against the UN's data.
#[utoipa::path(
    get, path = "/v1/contributions/audit", tag = "contributions",
    responses(
        (status = 200, description = "Every check, as `pko contributions audit --format json` prints it.", body = Object),
        (status = 500, description = "The shipped data failed to load (a bug)."),
    )
)]
pub(crate) async fn audit() -> Answer<Vec<audit::AuditFinding>> {
    audit::audit_embedded().map(Json).map_err(|e| internal(&e))
}

/// `members`, `start` and `terms`: whom the Directorship rotates among.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct RotationQuery {
    /// The members in rotation order, ISO 3166 alpha-3 codes separated by
    /// commas.
    #[param(example = "JPN,CHN,KOR")]
    members: String,
    /// The first term's first day, `YYYY-MM-DD`.
    #[param(value_type = String, format = Date, example = "2016-01-01")]
    start: NaiveDate,
    /// How many terms.
    #[param(example = 4)]
    terms: usize,
}

/// The rotation of the five-year Directorship among the members.
#[utoipa::path(
    get, path = "/v1/institute/rotation", tag = "institute",
    params(RotationQuery),
    responses(
        (status = 200, description = "The terms, as `pko institute rotation --format json` prints them.", body = Object),
        (status = 400, description = "A malformed query."),
        (status = 422, description = "A member twice, or a schedule that ends after 9999-12-31."),
    )
)]
pub(crate) async fn rotation(
    q: Result<Query<RotationQuery>, QueryRejection>,
) -> Answer<Vec<pko::institute::Term>> {
    let RotationQuery {
        members,
        start,
        terms,
    } = query(q)?;
    let members = members
        .split(',')
        .map(|m| {
            m.trim()
                .parse::<CountryCode>()
                .map_err(|e| ProblemDetails::bad_query(format!("members: `{}`: {e}", m.trim())))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let charter =
        Charter::proposed(&members).map_err(|e| ProblemDetails::unprocessable(e.to_string()))?;
    let schedule = pko::institute::rotation(&charter, &members, start, terms)
        .map_err(|e| ProblemDetails::unprocessable(e.to_string()))?;
    if let Some(end) = schedule
        .last()
        .and_then(|t| t.period().end())
        .filter(|end| *end > LAST_DAY)
    {
        return Err(past_the_last_day("the last term's end", end));
    }
    Ok(Json(schedule))
}

/// Check a proposed Governing Council against the charter.
#[utoipa::path(
    post, path = "/v1/institute/council", tag = "institute",
    request_body(content = Object, description = "The roster, as `pko institute check-council` reads it."),
    responses(
        (status = 200, description = "Every problem of the roster (none if it is valid).", body = Object),
        (status = 400, description = "A malformed body."),
        (status = 422, description = "No member, or a member twice."),
    )
)]
pub(crate) async fn council(
    body: Result<Bytes, BytesRejection>,
) -> Answer<Vec<pko::institute::Problem>> {
    let proposal: CouncilProposal = checked(body, "CouncilProposal")?;
    proposal
        .check()
        .map(Json)
        .map_err(|e| ProblemDetails::unprocessable(e.to_string()))
}
