//! Bad input to every endpoint: malformed, truncated, oversized, deeply
//! nested, wrongly typed and empty bodies, missing and malformed queries.
//! Each gets the right status and a problem that says where.

use axum::http::Method;
use pko_server::Config;

use crate::common::{send, send_to};

/// One bad request and what it must get: status, problem type, and a
/// location (`path`, `line`, `field`) the problem must carry, if any.
struct Case {
    method: Method,
    uri: &'static str,
    body: Vec<u8>,
    status: u16,
    kind: &'static str,
    location: Option<(&'static str, serde_json::Value)>,
}

fn case(
    method: Method,
    uri: &'static str,
    body: impl Into<Vec<u8>>,
    status: u16,
    kind: &'static str,
) -> Case {
    Case {
        method,
        uri,
        body: body.into(),
        status,
        kind,
        location: None,
    }
}

impl Case {
    fn at(mut self, key: &'static str, value: impl Into<serde_json::Value>) -> Self {
        self.location = Some((key, value.into()));
        self
    }
}

const EXAMPLE: &str = include_str!("../../openapi/proposal-unmiss-kaketsuke-keigo.json");

/// The bad bodies every JSON endpoint must refuse, for `uri`.
fn json_cases(uri: &'static str) -> Vec<Case> {
    let post = || Method::POST;
    let deep_array = "[".repeat(100_000);
    let deep_object = "{\"a\":".repeat(50_000);
    let oversized = format!("{{\"x\": \"{}\"}}", " ".repeat(1024 * 1024));
    vec![
        case(post(), uri, "", 400, "invalid-json").at("line", 1),
        case(post(), uri, "{\"operation\":", 400, "invalid-json").at("line", 1),
        case(
            post(),
            uri,
            &EXAMPLE.as_bytes()[..EXAMPLE.len() / 2],
            400,
            "invalid-json",
        ),
        case(post(), uri, "[]", 400, "invalid-json"),
        case(post(), uri, "null", 400, "invalid-json"),
        case(post(), uri, "\"a string\"", 400, "invalid-json"),
        case(post(), uri, deep_array, 400, "invalid-json"),
        case(post(), uri, deep_object, 400, "invalid-json"),
        case(post(), uri, oversized, 413, "too-large"),
        case(
            post(),
            uri,
            vec![0xff, 0xfe, 0x00, 0x7b],
            400,
            "invalid-json",
        ),
        case(post(), uri, "{} trailing", 400, "invalid-json"),
        case(post(), uri, "{\"no_such_field\": 1}", 400, "invalid-json"),
    ]
}

/// The bad bodies of a deployment's facts: each names its field.
fn fact_cases(uri: &'static str) -> Vec<Case> {
    let post = || Method::POST;
    vec![
        case(
            post(),
            uri,
            r#"{"operation": {"kind": 5}}"#,
            400,
            "invalid-json",
        )
        .at("path", "operation.kind"),
        case(
            post(),
            uri,
            r#"{"operation": {"kind": "un_peacekeepin"}}"#,
            400,
            "invalid-json",
        )
        .at("path", "operation.kind"),
        case(
            post(),
            uri,
            r#"{"contingent": {"size": -3}}"#,
            400,
            "invalid-json",
        )
        .at("path", "contingent.size"),
        case(
            post(),
            uri,
            r#"{"parties": [{"name": 1}]}"#,
            400,
            "invalid-json",
        )
        .at("path", "parties[0].name"),
        case(
            post(),
            uri,
            r#"{"parties": [{"name": "A"}, {"name": "A"}]}"#,
            422,
            "unprocessable",
        ),
        // The assumptions beside the facts: each fault at its path.
        case(
            post(),
            uri,
            r#"{"assumptions": {"diet_approval_2015_tasks": "maybe"}}"#,
            400,
            "invalid-json",
        )
        .at("path", "assumptions.diet_approval_2015_tasks"),
        case(
            post(),
            uri,
            r#"{"assumptions": {"headcount_cap_after_2016": -1}}"#,
            400,
            "invalid-json",
        )
        .at("path", "assumptions.headcount_cap_after_2016"),
        case(
            post(),
            uri,
            r#"{"assumptions": {"camp_protection_weapons": true}}"#,
            400,
            "invalid-json",
        )
        .at("path", "assumptions.camp_protection_weapons"),
        case(post(), uri, r#"{"assumptions": 3}"#, 400, "invalid-json").at("path", "assumptions"),
        // A fact's fault after the assumptions still names the fact.
        case(
            post(),
            uri,
            r#"{"assumptions": {}, "contingent": {"size": "x"}}"#,
            400,
            "invalid-json",
        )
        .at("path", "contingent.size"),
    ]
}

fn all_cases() -> Vec<(&'static str, Vec<Case>)> {
    let get = || Method::GET;
    let post = || Method::POST;
    let mut assess = json_cases("/v1/assess?as_of=2016-11-15");
    assess.extend(fact_cases("/v1/assess?as_of=2016-11-15"));
    assess.extend([
        case(post(), "/v1/assess", EXAMPLE, 400, "invalid-query"),
        case(
            post(),
            "/v1/assess?as_of=2016-13-45",
            EXAMPLE,
            400,
            "invalid-query",
        ),
        case(
            post(),
            "/v1/assess?as_of=yesterday",
            EXAMPLE,
            400,
            "invalid-query",
        ),
        case(
            post(),
            "/v1/assess?as_of=1990-01-01",
            EXAMPLE,
            422,
            "unprocessable",
        ),
    ]);
    let mut compare = json_cases("/v1/compare?from=2015-01-01&to=2016-11-15");
    compare.extend(fact_cases("/v1/compare?from=2015-01-01&to=2016-11-15"));
    compare.extend([
        case(
            post(),
            "/v1/compare?from=2015-01-01",
            EXAMPLE,
            400,
            "invalid-query",
        ),
        case(
            post(),
            "/v1/compare?from=1980-01-01&to=2016-11-15",
            EXAMPLE,
            422,
            "unprocessable",
        ),
    ]);
    let mut periods = json_cases("/v1/periods?from=1992-08-10&to=2030-12-31");
    periods.extend(fact_cases("/v1/periods?from=1992-08-10&to=2030-12-31"));
    periods.extend([
        case(
            post(),
            "/v1/periods?to=2030-12-31",
            EXAMPLE,
            400,
            "invalid-query",
        ),
        case(
            post(),
            "/v1/periods?from=2030-12-31&to=1992-08-10",
            EXAMPLE,
            422,
            "unprocessable",
        ),
    ]);
    let mut joint = json_cases("/v1/joint?as_of=2017-06-01");
    joint.extend([
        case(post(), "/v1/joint", "{}", 400, "invalid-query"),
        case(post(), "/v1/joint?as_of=2017-06-01", "{}", 422, "unprocessable"),
        case(
            post(),
            "/v1/joint?as_of=2017-06-01",
            r#"{"partners": [{"state": "KOR", "kind": "brigade"}]}"#,
            400,
            "invalid-json",
        )
        .at("path", "partners[0].kind"),
        case(
            post(),
            "/v1/joint?as_of=2017-06-01",
            r#"{"partners": [{"state": "KOR", "procedure": {"assembly_consent": {"given": {"on": "2017-02-30"}}}}]}"#,
            400,
            "invalid-json",
        )
        .at("path", "partners[0].procedure.assembly_consent.given.on"),
        case(
            post(),
            "/v1/joint?as_of=2017-06-01",
            r#"{"partners": [{"state": "USA"}]}"#,
            422,
            "unprocessable",
        )
        .at("path", "partners[0].state"),
        case(
            post(),
            "/v1/joint?as_of=2017-06-01",
            r#"{"japan": {}, "assumptions": {"no_such_reading": "yes"}}"#,
            400,
            "invalid-json",
        )
        .at("path", "assumptions.no_such_reading"),
        case(
            post(),
            "/v1/joint?as_of=1990-01-01",
            r#"{"japan": {}}"#,
            422,
            "unprocessable",
        )
        .at("path", "japan"),
    ]);
    let mut monitor = json_cases("/v1/monitor?grace_days=30");
    monitor.extend([
        case(post(), "/v1/monitor?grace_days=-1", "{}", 400, "invalid-query"),
        // No grace period, in the query or among the assumptions: the
        // statute sets none and pko chooses none.
        case(
            post(),
            "/v1/monitor",
            format!(r#"{{"deployment": {EXAMPLE}, "events": []}}"#),
            422,
            "unprocessable",
        )
        .at("path", "assumptions.grace_period_days"),
        case(
            post(),
            "/v1/monitor",
            format!(r#"{{"deployment": {EXAMPLE}, "events": [], "assumptions": {{"grace_period_days": "soon"}}}}"#),
            400,
            "invalid-json",
        )
        .at("path", "assumptions.grace_period_days"),
        case(post(), "/v1/monitor?grace_days=30", "{\"events\": []}", 400, "invalid-json"),
        case(
            post(),
            "/v1/monitor?grace_days=30",
            format!(r#"{{"deployment": {EXAMPLE}, "events": [{{"date": "2014-03-01", "event": "consent_withdrawn", "by": 7}}]}}"#),
            400,
            "invalid-json",
        )
        .at("path", "events[0]"),
        case(
            post(),
            "/v1/monitor?grace_days=30",
            format!(r#"{{"deployment": {EXAMPLE}, "events": [{{"date": "2014-03-01", "event": "consent_withdrawn", "by": {{"party": "Nobody"}}}}]}}"#),
            422,
            "unprocessable",
        ),
    ]);
    let mut history = json_cases("/v1/history");
    history.extend([
        case(
            post(),
            "/v1/history",
            r#"{"assumptions": {"diet": "no"}}"#,
            400,
            "invalid-json",
        )
        .at("path", "assumptions.diet"),
        case(
            post(),
            "/v1/history",
            r#"{"assumptions": {"diet_approval_2015_tasks": "maybe"}}"#,
            400,
            "invalid-json",
        )
        .at("path", "assumptions.diet_approval_2015_tasks"),
        case(
            post(),
            "/v1/history",
            r#"{"assume": {}}"#,
            400,
            "invalid-json",
        )
        .at("path", "assume"),
    ]);
    let mut council = json_cases("/v1/institute/council");
    council.extend([
        case(
            post(),
            "/v1/institute/council",
            r#"{"members": "JPN", "seats": []}"#,
            400,
            "invalid-json",
        )
        .at("path", "members"),
        case(
            post(),
            "/v1/institute/council",
            r#"{"members": ["XXX"], "seats": []}"#,
            400,
            "invalid-json",
        )
        .at("path", "members[0]"),
        case(
            post(),
            "/v1/institute/council",
            r#"{"members": [], "seats": []}"#,
            422,
            "unprocessable",
        ),
        case(
            post(),
            "/v1/institute/council",
            r#"{"members": ["JPN", "JPN"], "seats": []}"#,
            422,
            "unprocessable",
        ),
    ]);
    let rank = "/v1/contributions/rank?month=2014-02";
    let rank_cases = vec![
        case(post(), rank, "", 422, "invalid-csv").at("line", 1),
        case(post(), rank, "a,b,c\n1,2,3\n", 422, "invalid-csv").at("line", 1),
        case(
            post(),
            rank,
            vec![0xff, 0x00, 0xfe, 0x0a],
            422,
            "invalid-csv",
        ),
        case(
            post(),
            rank,
            &pko::contributions::personnel::IPI_CSV.as_bytes()[..5_000],
            422,
            "invalid-csv",
        ),
        case(post(), "/v1/contributions/rank", "", 400, "invalid-query"),
        case(
            post(),
            "/v1/contributions/rank?month=2014-13",
            "",
            400,
            "invalid-query",
        ),
        case(
            post(),
            "/v1/contributions/rank?month=2014-02&top=-1",
            "",
            400,
            "invalid-query",
        ),
        case(
            post(),
            "/v1/contributions/rank?month=2014-02&mode=maybe",
            "",
            400,
            "invalid-query",
        ),
    ];
    let law = vec![
        case(get(), "/v1/law", "", 400, "invalid-query"),
        case(get(), "/v1/law?as_of=2016-02-30", "", 400, "invalid-query"),
        case(get(), "/v1/law?as_of=1992-08-09", "", 422, "unprocessable"),
        case(
            get(),
            "/v1/law?as_of=2016-11-15&as_of=2017-01-01",
            "",
            400,
            "invalid-query",
        ),
    ];
    let rotation = vec![
        case(get(), "/v1/institute/rotation", "", 400, "invalid-query"),
        case(
            get(),
            "/v1/institute/rotation?members=JPN,XXX&start=2016-01-01&terms=2",
            "",
            400,
            "invalid-query",
        ),
        case(
            get(),
            "/v1/institute/rotation?members=JPN,JPN&start=2016-01-01&terms=2",
            "",
            422,
            "unprocessable",
        ),
        case(
            get(),
            "/v1/institute/rotation?members=JPN&start=2016-01-01&terms=many",
            "",
            400,
            "invalid-query",
        ),
        case(
            get(),
            "/v1/institute/rotation?members=&start=2016-01-01&terms=2",
            "",
            400,
            "invalid-query",
        ),
        case(
            get(),
            "/v1/institute/rotation?members=JPN&start=2016-01-01&terms=100000000",
            "",
            422,
            "unprocessable",
        ),
    ];
    let source = r#"{"issuer": "x", "title": "y", "reliability": "secondary"}"#;
    let reform =
        |changes: &str| format!(r#"{{"name": "r", "source": {source}, "changes": {changes}}}"#);
    let empty = reform("[]");
    let zero = reform(r#"[{"change": {"set": "headcount_cap", "cap": 0}}]"#);
    let unknown_set = reform(r#"[{"change": {"set": "no_such_provision"}}]"#);
    let cap = reform(r#"[{"change": {"set": "headcount_cap", "cap": 1000}}]"#);
    let mut reform_cases = json_cases("/v1/reform?on=2015-06-15");
    reform_cases.extend([
        case(post(), "/v1/reform", "{\"facts\": {}}", 400, "invalid-json"),
        case(
            post(),
            "/v1/reform",
            format!(r#"{{"reform": {empty}}}"#),
            422,
            "unprocessable",
        )
        .at("path", "reform.changes"),
        case(
            post(),
            "/v1/reform",
            format!(r#"{{"reform": {zero}}}"#),
            422,
            "unprocessable",
        )
        .at("path", "reform.changes[0]"),
        case(
            post(),
            "/v1/reform",
            format!(r#"{{"reform": {unknown_set}}}"#),
            400,
            "invalid-json",
        )
        .at("path", "reform.changes[0].change.set"),
        case(
            post(),
            "/v1/reform",
            format!(r#"{{"reform": {cap}, "facts": {{}}}}"#),
            400,
            "invalid-query",
        ),
        case(
            post(),
            "/v1/reform?on=1990-01-01",
            format!(r#"{{"reform": {cap}, "facts": {{}}}}"#),
            422,
            "unprocessable",
        ),
        case(
            post(),
            "/v1/reform?on=someday",
            format!(r#"{{"reform": {cap}}}"#),
            400,
            "invalid-query",
        ),
    ]);
    assess.extend([
        case(
            post(),
            "/v1/assess?as_of=2015-06-15",
            format!(r#"{{"reform": {empty}}}"#),
            422,
            "unprocessable",
        )
        .at("path", "reform.changes"),
        case(
            post(),
            "/v1/assess?as_of=2015-06-15",
            r#"{"reform": {"name": 1}}"#,
            400,
            "invalid-json",
        )
        .at("path", "reform.name"),
        case(
            post(),
            "/v1/compare?from=2015-06-15&to=2016-06-15",
            format!(r#"{{"reform": {cap}}}"#),
            400,
            "invalid-json",
        )
        .at("path", "reform"),
    ]);
    vec![
        ("POST /v1/assess", assess),
        ("POST /v1/reform", reform_cases),
        ("POST /v1/joint", joint),
        ("POST /v1/compare", compare),
        ("POST /v1/periods", periods),
        ("POST /v1/monitor", monitor),
        ("POST /v1/history", history),
        ("POST /v1/institute/council", council),
        ("POST /v1/contributions/rank", rank_cases),
        ("GET /v1/law", law),
        ("GET /v1/institute/rotation", rotation),
    ]
}

#[tokio::test]
async fn every_endpoint_refuses_bad_input_with_a_located_problem() {
    let mut counts = Vec::new();
    for (endpoint, cases) in all_cases() {
        counts.push((endpoint, cases.len()));
        for c in cases {
            let a = send(c.method.clone(), c.uri, c.body.clone()).await;
            let shown = String::from_utf8_lossy(&c.body[..c.body.len().min(80)]).into_owned();
            assert_eq!(
                a.status.as_u16(),
                c.status,
                "{endpoint} {} with {shown:?}: {}",
                c.uri,
                String::from_utf8_lossy(&a.body)
            );
            let p = a.problem(c.status, c.kind);
            if let Some((key, value)) = &c.location {
                assert_eq!(&p[*key], value, "{endpoint} {} with {shown:?}: {p}", c.uri);
            }
        }
    }
    // The endpoints without input (GET history, audit, the document) take
    // none that can be bad; every other one is tried.
    eprintln!("bad-input cases per endpoint: {counts:?}");
    assert_eq!(counts.len(), 11);
    assert!(counts.iter().all(|(_, n)| *n >= 4), "{counts:?}");
}

#[tokio::test]
async fn a_csv_body_over_the_limit_is_a_413_problem() {
    let config = Config {
        csv_limit: 4_096,
        ..Config::default()
    };
    let app = pko_server::app(&config);
    let body = pko::contributions::personnel::IPI_CSV.as_bytes()[..10_000].to_vec();
    send_to(
        app.clone(),
        Method::POST,
        "/v1/contributions/rank?month=2014-02",
        body,
    )
    .await
    .problem(413, "too-large");
    // Under the limit, the same endpoint answers.
    let ok = send_to(
        app,
        Method::POST,
        "/v1/contributions/rank?month=2014-02",
        pko_server::rank_example(),
    )
    .await;
    assert_eq!(ok.status, 200);
}
