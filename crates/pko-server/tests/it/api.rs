//! Each endpoint answers what the library computes, serialized by the
//! library's own serde types.

use axum::http::{Method, StatusCode};
use pko::core::date;
use pko::principles;

use crate::common::{deployment, library_json, send, send_as};

#[tokio::test]
async fn assess_is_the_librarys_assessment() {
    let body = serde_json::to_vec(&deployment()).unwrap();
    let a = send(Method::POST, "/v1/assess?as_of=2016-11-15", body).await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(a.content_type, "application/json");
    let expected = principles::assess(&deployment(), date(2016, 11, 15)).unwrap();
    assert_eq!(a.json(), library_json(&expected));
    // Whether kaketsuke-keigo needs the Diet's approval is open.
    assert_eq!(a.json()["verdict"], "undetermined");
    assert_eq!(
        a.json()["deciding_facts"],
        serde_json::json!(["assumptions.diet_approval_2015_tasks", "diet_approval"])
    );
}

#[tokio::test]
async fn assumptions_beside_the_facts_are_the_librarys_options() {
    let assumptions =
        principles::Assumptions::default().with_diet_approval_2015_tasks(principles::Reading::No);
    let options = principles::Options::from(assumptions);
    let mut body = serde_json::to_value(deployment()).unwrap();
    body["assumptions"] = serde_json::json!({ "diet_approval_2015_tasks": "no" });
    let body = body.to_string();
    let assessed = send(Method::POST, "/v1/assess?as_of=2016-11-15", body.clone()).await;
    assert_eq!(assessed.status, StatusCode::OK);
    let expected = options.assess(&deployment(), date(2016, 11, 15)).unwrap();
    assert_eq!(assessed.json(), library_json(&expected));
    assert_eq!(assessed.json()["verdict"], "permitted");
    // compare and periods honour them too.
    let compared = send(
        Method::POST,
        "/v1/compare?from=2015-09-30&to=2016-11-15",
        body.clone(),
    )
    .await;
    let expected = options
        .compare(&deployment(), date(2015, 9, 30), date(2016, 11, 15))
        .unwrap();
    assert_eq!(compared.json(), library_json(&expected));
    let spans = send(
        Method::POST,
        "/v1/periods?from=1992-08-10&to=2030-12-31",
        body,
    )
    .await;
    let expected = options
        .periods(&deployment(), date(1992, 8, 10), date(2030, 12, 31))
        .unwrap();
    assert_eq!(spans.json(), library_json(&expected));
    // `null` stands for the defaults.
    let mut body = serde_json::to_value(deployment()).unwrap();
    body["assumptions"] = serde_json::Value::Null;
    let assessed = send(
        Method::POST,
        "/v1/assess?as_of=2016-11-15",
        body.to_string(),
    )
    .await;
    assert_eq!(assessed.json()["verdict"], "undetermined");
    // The replay, by POST with the assumptions, by GET with the defaults.
    let replayed = send(
        Method::POST,
        "/v1/history",
        r#"{"assumptions": {"diet_approval_2015_tasks": "no"}}"#,
    )
    .await;
    assert_eq!(replayed.status, StatusCode::OK);
    assert_eq!(replayed.json(), library_json(&options.replay().unwrap()));
    let defaults = send(Method::GET, "/v1/history", "").await;
    assert_eq!(
        defaults.json(),
        library_json(&principles::history::replay().unwrap())
    );
    assert_ne!(defaults.json(), replayed.json());
    // The grace period of monitoring is one of them.
    let events: Vec<principles::Event> =
        serde_json::from_str(include_str!("../../openapi/events-consent-withdrawn.json")).unwrap();
    let body = serde_json::json!({
        "deployment": deployment(),
        "events": events,
        "assumptions": { "grace_period_days": 30 },
    });
    let monitored = send(Method::POST, "/v1/monitor", body.to_string()).await;
    assert_eq!(monitored.status, StatusCode::OK);
    let expected = principles::monitor(&events, principles::GracePeriod::days(30));
    assert_eq!(monitored.json(), library_json(&expected));
}

#[tokio::test]
async fn assess_follows_the_law_of_the_day() {
    // Kaketsuke-keigo is a 2015 task: before the 2015 amendment came into
    // force the same facts are not permitted.
    let body = serde_json::to_vec(&deployment()).unwrap();
    let a = send(Method::POST, "/v1/assess?as_of=2015-01-01", body).await;
    assert_eq!(a.json()["verdict"], "not_permitted");
}

#[tokio::test]
async fn compare_periods_and_monitor_are_the_librarys() {
    let d = deployment();
    let body = serde_json::to_vec(&d).unwrap();
    let c = send(
        Method::POST,
        "/v1/compare?from=2015-09-30&to=2016-11-15",
        body.clone(),
    )
    .await;
    assert_eq!(c.status, StatusCode::OK);
    let expected = principles::compare(&d, date(2015, 9, 30), date(2016, 11, 15)).unwrap();
    assert_eq!(c.json(), library_json(&expected));

    let p = send(
        Method::POST,
        "/v1/periods?from=1992-08-10&to=2030-12-31",
        body,
    )
    .await;
    assert_eq!(p.status, StatusCode::OK);
    let expected = principles::periods(&d, date(1992, 8, 10), date(2030, 12, 31)).unwrap();
    assert_eq!(p.json(), library_json(&expected));

    let events: Vec<principles::Event> =
        serde_json::from_str(include_str!("../../openapi/events-consent-withdrawn.json")).unwrap();
    let body = serde_json::json!({ "deployment": d, "events": events }).to_string();
    let m = send(Method::POST, "/v1/monitor?grace_days=30", body).await;
    assert_eq!(m.status, StatusCode::OK);
    let expected = principles::monitor(&events, principles::GracePeriod::days(30));
    assert_eq!(m.json(), library_json(&expected));
}

#[tokio::test]
async fn law_and_history() {
    let l = send(Method::GET, "/v1/law?as_of=2016-11-15", "").await;
    assert_eq!(l.status, StatusCode::OK);
    let law = l.json();
    let regime = principles::Regime::in_force_on(date(2016, 11, 15)).unwrap();
    assert_eq!(law["regime"], library_json(&regime));
    assert_eq!(law["principles"].as_array().unwrap().len(), 5);
    assert_eq!(law["principles"], library_json(&regime.principles()));
    assert_eq!(law["in_force"], regime.period().to_string());

    let h = send(Method::GET, "/v1/history", "").await;
    assert_eq!(h.status, StatusCode::OK);
    assert_eq!(
        h.json(),
        library_json(&principles::history::replay().unwrap())
    );
}

#[tokio::test]
async fn rank_detects_the_format_and_ranks_the_month() {
    let csv = pko::contributions::personnel::IPI_CSV;
    let r = send(
        Method::POST,
        "/v1/contributions/rank?month=2014-02&top=3",
        csv,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    let answer = r.json();
    assert_eq!(answer["format"], "ipi");
    assert_eq!(answer["rows"], 29_115);
    assert_eq!(answer["rejected"], serde_json::json!([]));
    let data = pko::contributions::personnel::ipi_embedded().unwrap();
    let ranking = data.ranking(
        "2014-02".parse().unwrap(),
        pko::contributions::personnel::CategorySet::ALL,
    );
    let expected = pko::contributions::ContributorRank::rows(ranking.top(3));
    assert_eq!(answer["ranking"], library_json(&expected));
    assert_eq!(answer["ranking"].as_array().unwrap().len(), 3);
}

/// A `multipart/form-data` body with one part per `(name, content)`.
fn form(boundary: &str, parts: &[(&str, &str)]) -> String {
    use std::fmt::Write as _;
    let mut body = String::new();
    for (name, content) in parts {
        write!(
            body,
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{name}.csv\"\r\nContent-Type: text/csv\r\n\r\n{content}\r\n"
        )
        .unwrap();
    }
    write!(body, "--{boundary}--\r\n").unwrap();
    body
}

#[tokio::test]
async fn rank_takes_the_file_as_a_form_upload_too() {
    let csv = pko_server::rank_example();
    let plain = send(
        Method::POST,
        "/v1/contributions/rank?month=2014-02",
        csv.clone(),
    )
    .await;
    assert_eq!(plain.status, StatusCode::OK);
    let boundary = "pko-test-boundary";
    let multipart = format!("multipart/form-data; boundary={boundary}");
    // The part `file`, whatever comes before it.
    let body = form(boundary, &[("note", "not the file"), ("file", &csv)]);
    let uploaded = send_as(
        Method::POST,
        "/v1/contributions/rank?month=2014-02",
        &multipart,
        body,
    )
    .await;
    assert_eq!(
        uploaded.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&uploaded.body)
    );
    assert_eq!(uploaded.json(), plain.json());
    // A form without it.
    let missing = send_as(
        Method::POST,
        "/v1/contributions/rank?month=2014-02",
        &multipart,
        form(boundary, &[("data", &csv)]),
    )
    .await;
    let p = missing.problem(400, "unreadable-body");
    assert!(p["detail"].as_str().unwrap().contains("`file`"), "{p}");
    // A form that is not one.
    let broken = send_as(
        Method::POST,
        "/v1/contributions/rank?month=2014-02",
        &multipart,
        "no boundary here",
    )
    .await;
    broken.problem(400, "unreadable-body");
}

#[tokio::test]
async fn rank_leniently_reports_the_rows_it_skipped() {
    let mut csv = pko_server::rank_example();
    csv.push_str("\"9\",2014-02-28,\"Japan\",\"JPN\",\"UNMISS\",x,0,0,0,0,0,0,0,0,0,0,0,0,0,0\n");
    let strict = send(
        Method::POST,
        "/v1/contributions/rank?month=2014-02",
        csv.clone(),
    )
    .await;
    let p = strict.problem(422, "invalid-csv");
    assert_eq!(p["line"], 10);
    assert_eq!(p["column"], 6);
    assert_eq!(p["field"], "Individual Police Male");

    let lenient = send(
        Method::POST,
        "/v1/contributions/rank?month=2014-02&mode=lenient",
        csv,
    )
    .await;
    assert_eq!(lenient.status, StatusCode::OK);
    let answer = lenient.json();
    assert_eq!(answer["rejected"].as_array().unwrap().len(), 1);
    assert_eq!(answer["rejected"][0]["line"], 10);
    assert_eq!(answer["rejected"][0]["field"], "Individual Police Male");
    assert_eq!(answer["rows"], 9);
}

#[tokio::test]
async fn audit_rotation_and_council() {
    let a = send(Method::GET, "/v1/contributions/audit", "").await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(
        a.json(),
        library_json(&pko::contributions::audit::audit_embedded().unwrap())
    );

    let r = send(
        Method::GET,
        "/v1/institute/rotation?members=JPN,CHN,KOR&start=2016-01-01&terms=4",
        "",
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    let members = [
        pko::core::CountryCode::JPN,
        pko::core::CountryCode::CHN,
        pko::core::CountryCode::KOR,
    ];
    let charter = pko::institute::Charter::proposed(&members).unwrap();
    let expected = pko::institute::rotation(&charter, &members, date(2016, 1, 1), 4).unwrap();
    assert_eq!(r.json(), library_json(&expected));

    let roster = include_str!("../../openapi/council-with-problems.json");
    let c = send(Method::POST, "/v1/institute/council", roster).await;
    assert_eq!(c.status, StatusCode::OK);
    let proposal: pko::institute::CouncilProposal = serde_json::from_str(roster).unwrap();
    let problems = proposal.check().unwrap();
    assert!(!problems.is_empty());
    assert_eq!(c.json(), library_json(&problems));
}

const BILLS: &str = include_str!("../../openapi/reform-2015-bills-speech.json");

#[tokio::test]
async fn a_reform_beside_the_facts_and_its_impact_are_the_librarys() {
    let reform: principles::Reform = serde_json::from_str(BILLS).unwrap();
    let day = date(2015, 6, 15);
    let law = principles::Law::in_force_on(day)
        .unwrap()
        .with(&reform)
        .unwrap();
    // Assessed under the reformed law, with the reform beside the facts.
    let mut body = serde_json::to_value(deployment()).unwrap();
    body["reform"] = serde_json::from_str(BILLS).unwrap();
    let a = send(
        Method::POST,
        "/v1/assess?as_of=2015-06-15",
        serde_json::to_vec(&body).unwrap(),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK);
    let expected = law.assess(&deployment(), day).unwrap();
    assert_eq!(a.json(), library_json(&expected));
    assert!(!a.json()["reformed"].as_array().unwrap().is_empty());
    // The impact on the facts, and on the record.
    let facts = serde_json::json!({ "reform": serde_json::from_str::<serde_json::Value>(BILLS).unwrap(), "facts": deployment() });
    let i = send(
        Method::POST,
        "/v1/reform?on=2015-06-15",
        serde_json::to_vec(&facts).unwrap(),
    )
    .await;
    assert_eq!(i.status, StatusCode::OK);
    let baseline = principles::Law::in_force_on(day).unwrap();
    let expected = principles::impact(baseline, &law, &[deployment()], day).unwrap();
    assert_eq!(i.json(), library_json(&expected));
    assert_eq!(i.json()["cases"][0]["verdict_before"], "not_permitted");
    let record =
        serde_json::json!({ "reform": serde_json::from_str::<serde_json::Value>(BILLS).unwrap() });
    let r = send(
        Method::POST,
        "/v1/reform",
        serde_json::to_vec(&record).unwrap(),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    let expected = principles::impact_on_record(&reform).unwrap();
    assert_eq!(r.json(), library_json(&expected));
    assert!(r.json()["assessed"].as_u64().unwrap() >= 25);
}

#[tokio::test]
async fn a_body_is_checked_against_its_schema_as_well_as_read() {
    // serde alone would read an object from an array: the schema refuses it.
    let a = send(
        Method::POST,
        "/v1/periods?from=2015-09-30&to=2016-11-15",
        r#"{"operation": [null, null]}"#,
    )
    .await;
    let p = a.problem(400, "invalid-json");
    assert_eq!(p["path"], "operation", "{p}");
    // A field beside the tag of a variant that has none.
    let reform = r#"{"reform": {"name": "r", "source": {"issuer": "i", "title": "t", "reliability": "primary"},
        "changes": [{"change": {"set": "superior_order", "enactment": {"state": "repealed", "extra": 1}}}]}}"#;
    let a = send(Method::POST, "/v1/reform", reform).await;
    let p = a.problem(400, "invalid-json");
    assert!(
        p["path"].as_str().unwrap().starts_with("reform.changes[0]"),
        "{p}"
    );
    // Both readings name the same path where both refuse.
    let a = send(
        Method::POST,
        "/v1/assess?as_of=2016-11-15",
        r#"{"contingent": {"size": -1}}"#,
    )
    .await;
    assert_eq!(a.problem(400, "invalid-json")["path"], "contingent.size");
}

#[tokio::test]
async fn a_number_without_a_fraction_is_the_integer_it_is() {
    // JSON Schema counts `149.0` an integer; so does the API.
    let with_fraction = send(
        Method::POST,
        "/v1/history",
        r#"{"assumptions": {"headcount_cap_after_2016": 149.0}}"#,
    )
    .await;
    let plain = send(
        Method::POST,
        "/v1/history",
        r#"{"assumptions": {"headcount_cap_after_2016": 149}}"#,
    )
    .await;
    assert_eq!(with_fraction.status, StatusCode::OK);
    assert_eq!(with_fraction.json(), plain.json());
    // A fraction is still refused.
    let a = send(
        Method::POST,
        "/v1/history",
        r#"{"assumptions": {"headcount_cap_after_2016": 149.5}}"#,
    )
    .await;
    assert_eq!(
        a.problem(400, "invalid-json")["path"],
        "assumptions.headcount_cap_after_2016"
    );
}

#[tokio::test]
async fn an_answer_never_carries_a_day_after_9999() {
    // A ceasefire broken on 1 December 9999: with 30 days' grace the
    // dispatch ends on the last day an RFC 3339 date can write; with 31 it
    // would end in the year 10000.
    let body = serde_json::json!({
        "deployment": {},
        "events": [{ "date": "9999-12-01", "event": "ceasefire_broken" }]
    })
    .to_string();
    let last = send(Method::POST, "/v1/monitor?grace_days=30", body.clone()).await;
    assert_eq!(
        last.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&last.body)
    );
    assert!(
        last.json().to_string().contains("9999-12-31"),
        "{}",
        last.json()
    );
    let past = send(Method::POST, "/v1/monitor?grace_days=31", body).await;
    let p = past.problem(422, "unprocessable");
    assert!(
        p["detail"].as_str().unwrap().contains("+10000-01-01"),
        "{p}"
    );

    // Two five-year terms from 9990 end on 9999-12-31; a third would not.
    let rotation = "/v1/institute/rotation?members=JPN,CHN,KOR&start=9990-01-01";
    let two = send(Method::GET, &format!("{rotation}&terms=2"), "").await;
    assert_eq!(
        two.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&two.body)
    );
    let three = send(Method::GET, &format!("{rotation}&terms=3"), "").await;
    let p = three.problem(422, "unprocessable");
    assert!(
        p["detail"].as_str().unwrap().contains("after 9999-12-31"),
        "{p}"
    );
}

#[tokio::test]
async fn integral_numbers_in_lists_are_integers_and_large_ones_keep_their_digits() {
    // In a list: a reform's change, the cap written `1000.0`.
    let reform = |cap: &str| {
        format!(
            r#"{{"reform": {{"name": "cap", "source": {{"issuer": "i", "title": "t", "reliability": "secondary"}},
            "changes": [{{"change": {{"set": "headcount_cap", "cap": {cap}}}}}]}}}}"#
        )
    };
    let plain = send(Method::POST, "/v1/reform", reform("1000")).await;
    assert_eq!(
        plain.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&plain.body)
    );
    let with_fraction = send(Method::POST, "/v1/reform", reform("1000.0")).await;
    assert_eq!(with_fraction.status, StatusCode::OK);
    assert_eq!(with_fraction.json(), plain.json());
    // An integer is never read as a float: past 2^53 its digits stay.
    let big = send(
        Method::POST,
        "/v1/assess?as_of=2016-11-15",
        r#"{"contingent": {"size": 10000000000000000001}}"#,
    )
    .await;
    let p = big.problem(400, "invalid-json");
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .contains("10000000000000000001"),
        "{p}"
    );
}

#[tokio::test]
async fn joint_is_the_librarys_joint_assessment() {
    let text = include_str!("../../openapi/joint-unmiss-2017.json");
    let a = send(Method::POST, "/v1/joint?as_of=2017-06-01", text).await;
    assert_eq!(
        a.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&a.body)
    );
    let joint: pko::joint::JointDeployment = serde_json::from_str(text).unwrap();
    let expected = pko::joint::assess(&joint, date(2017, 6, 1)).unwrap();
    assert_eq!(a.json(), library_json(&expected));
    let json = a.json();
    assert_eq!(json["may_go"], serde_json::json!(["JPN", "KOR"]));
    assert_eq!(json["partners"][1]["verdict"], "undetermined");
    assert_eq!(json["japan_missing_steps"][0]["step"], "cabinet_decision");
    // Japan's open readings, beside the joint deployment.
    let mut body: serde_json::Value = serde_json::from_str(text).unwrap();
    body["assumptions"] = serde_json::json!({ "pre_2016_text_after_2016": "open" });
    let a = send(Method::POST, "/v1/joint?as_of=2017-06-01", body.to_string()).await;
    assert_eq!(a.status, StatusCode::OK);
    // The reading decides Japan's part: left open, Japan may no longer go.
    assert_eq!(a.json()["may_go"], serde_json::json!(["KOR"]));
    let options = principles::Options::from(
        principles::Assumptions::default()
            .with_pre_2016_text_after_2016(principles::Carryover::Open),
    );
    let expected = pko::joint::assess_with(&joint, date(2017, 6, 1), &options).unwrap();
    assert_eq!(a.json(), library_json(&expected));
}

#[tokio::test]
async fn joint_refusals_name_the_participant() {
    // No participant.
    let a = send(Method::POST, "/v1/joint?as_of=2017-06-01", "{}").await;
    assert!(
        a.problem(422, "unprocessable")["detail"]
            .as_str()
            .unwrap()
            .contains("names no participant")
    );
    // A state named twice.
    let twice = r#"{"partners": [{"state": "CHN"}, {"state": "CHN"}]}"#;
    let a = send(Method::POST, "/v1/joint?as_of=2017-06-01", twice).await;
    assert_eq!(a.problem(422, "unprocessable")["path"], "partners[1].state");
    // Japan's facts that contradict each other: the path is under `japan`.
    let contradictory = r#"{"japan": {"parties": [{"name": "A"}, {"name": "A"}]}}"#;
    let a = send(Method::POST, "/v1/joint?as_of=2017-06-01", contradictory).await;
    let p = a.problem(422, "unprocessable");
    assert!(
        p["path"].as_str().unwrap().starts_with("japan.parties"),
        "{p}"
    );
    // A field the joint deployment does not have.
    let a = send(
        Method::POST,
        "/v1/joint?as_of=2017-06-01",
        r#"{"observers": []}"#,
    )
    .await;
    a.problem(400, "invalid-json");
    // A bad day.
    let a = send(Method::POST, "/v1/joint?as_of=2017-13-01", "{}").await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST);
}
