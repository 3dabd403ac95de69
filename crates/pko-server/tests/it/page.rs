//! The web page, in process: the form, its assessment, the charts and their
//! files, and bad input shown as a message rather than a failure.

use axum::http::{Method, StatusCode};

use crate::common::{deployment, send};

/// The query of the form's example (the same facts as the deployment of
/// the OpenAPI examples).
const EXAMPLE: &str = "as_of=2016-11-15&kind=un_peacekeeping&conflict=ceasefire_based\
&host_consent=given&host_stable=yes&ceasefire=agreed\
&party_name=Party+A&party_consent_1=given&party_name=Party+B&party_consent_2=given\
&impartial=yes&withdrawal=yes&contingent=sdf_unit&size=350&engaged=10\
&task=engineering&task=kaketsuke_keigo\
&weapon=self_preservation&weapon=persons_under_control&weapon=protection_of_weapons&weapon=duty_execution\
&weapon=joint_camp_protection";

/// `text` as the templates escape it.
fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
        .replace('/', "&#x2f;")
}

/// Every select, date, number and text input of `page` has a label naming
/// it.
fn every_field_is_labelled(page: &str) {
    for id in page
        .split("id=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
    {
        let is_field = [
            "select id",
            "input type=\"date\" id",
            "input type=\"number\" id",
            "input type=\"text\" id",
        ]
        .iter()
        .any(|tag| page.contains(&format!("<{tag}=\"{id}\"")));
        if is_field {
            assert!(
                page.contains(&format!("<label for=\"{id}\"")),
                "no label for {id}"
            );
        }
    }
}

/// The text of the page's alert (up to the next tag), or a failure naming
/// `query` if it has none.
fn alert<'a>(page: &'a str, query: &str) -> &'a str {
    page.split("role=\"alert\">")
        .nth(1)
        .and_then(|a| a.split('<').next())
        .unwrap_or_else(|| panic!("{query}: no alert"))
}

fn html(a: &crate::common::Answer) -> String {
    assert_eq!(a.content_type, "text/html; charset=utf-8");
    String::from_utf8(a.body.clone()).unwrap()
}

#[tokio::test]
async fn the_form_labels_every_field() {
    let a = send(Method::GET, "/", "").await;
    assert_eq!(a.status, 200);
    let page = html(&a);
    assert!(page.contains("<html lang=\"en\">"));
    every_field_is_labelled(&page);
    // The 24 tasks and 6 weapons authorities are checkboxes inside labels.
    assert_eq!(page.matches("name=\"task\"").count(), 24);
    assert_eq!(page.matches("name=\"weapon\"").count(), 6);
    // Every open reading has its field, showing its default.
    for a in pko::principles::Assumption::ALL {
        let field = format!("id=\"assume_{}\"", a.name());
        assert!(page.contains(&field), "{field}");
    }
    assert!(page.contains("<option value=\"yes\" selected>yes</option>"));
    assert!(page.contains("<option value=\"apply\" selected>apply</option>"));
    assert!(page.contains(&format!(
        "href=\"/check?{}\"",
        EXAMPLE.replace('&', "&amp;")
    )));
}

#[tokio::test]
async fn the_example_is_assessed_as_the_library_assesses_its_facts() {
    let a = send(Method::GET, &format!("/check?{EXAMPLE}"), "").await;
    assert_eq!(a.status, 200);
    let page = html(&a);
    let expected = pko::principles::assess(&deployment(), pko::core::date(2016, 11, 15)).unwrap();
    // Whether kaketsuke-keigo needs the Diet's approval is an open reading:
    // the page links it to its field, and says how to set it in its words.
    assert_eq!(expected.verdict(), pko::principles::Verdict::Undetermined);
    assert!(page.contains("id=\"verdict\">undetermined<"), "{page}");
    assert!(page.contains(
        "<a href=\"#assume_diet_approval_2015_tasks\"><code>assumptions.diet_approval_2015_tasks</code></a>"
    ));
    assert!(page.contains("under Open readings"), "{page}");
    assert!(!page.contains("set `assumptions."), "{page}");
    // Set, it decides, as the library decides.
    let set = format!("{EXAMPLE}&assume_diet_approval_2015_tasks=no");
    let a = send(Method::GET, &format!("/check?{set}"), "").await;
    let page = html(&a);
    let options = pko::principles::Options::from(
        pko::principles::Assumptions::default()
            .with_diet_approval_2015_tasks(pko::principles::Reading::No),
    );
    let expected = options
        .assess(&deployment(), pko::core::date(2016, 11, 15))
        .unwrap();
    assert_eq!(expected.verdict(), pko::principles::Verdict::Permitted);
    assert!(page.contains("id=\"verdict\">permitted<"), "{page}");
    assert!(
        page.contains("<option value=\"no\" selected>no</option>"),
        "{page}"
    );
    for f in expected.findings() {
        let row = format!("<th scope=\"row\">{}</th>", esc(&f.subject().to_string()));
        assert!(page.contains(&row), "{row}");
        for c in f.citations() {
            let cited = esc(&c.to_string());
            assert!(page.contains(&cited), "{cited}");
        }
    }
    // The periods of the same facts: permitted from the 2015 amendment's
    // entry into force.
    assert!(page.contains("<td>2016-03-29</td>"), "{page}");
    // The form shows what was submitted.
    assert!(page.contains("value=\"Party A\""));
    assert!(page.contains("value=\"kaketsuke_keigo\" checked"));
}

#[tokio::test]
async fn the_same_facts_before_2016_are_not_permitted() {
    let query = EXAMPLE.replace("as_of=2016-11-15", "as_of=2015-01-01");
    let page = html(&send(Method::GET, &format!("/check?{query}"), "").await);
    assert!(page.contains("id=\"verdict\">not permitted<"), "{page}");
}

#[tokio::test]
async fn bad_form_input_is_a_message_on_the_page() {
    for (query, message) in [
        ("as_of=15/11/2016", "the day of the law"),
        ("as_of=2016-11-15&kind=peacekeeping", "kind of operation"),
        (
            "as_of=2016-11-15&contingent=sdf_unit&size=many",
            "persons sent",
        ),
        ("as_of=2016-11-15&task=cooking", "task"),
        ("as_of=1990-01-01", "1992-08-10"),
        ("as_of=2016-11-15&party_name=A&party_name=A", "A"),
        (
            "as_of=2016-11-15&assume_headcount_cap_after_2016=lots",
            "open readings: `lots` is not a value of `assumptions.headcount_cap_after_2016`",
        ),
        (
            "as_of=2016-11-15&assume_diet=no",
            "open readings: `diet` is not an assumption",
        ),
    ] {
        let a = send(Method::GET, &format!("/check?{query}"), "").await;
        assert_eq!(a.status, 422, "{query}");
        let page = html(&a);
        let alert = alert(&page, query);
        assert!(alert.contains(message), "{query}: {alert}");
    }
}

#[tokio::test]
async fn what_is_typed_is_escaped() {
    let a = send(
        Method::GET,
        "/check?as_of=2016-11-15&party_name=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "",
    )
    .await;
    let page = html(&a);
    assert!(!page.contains("<script>alert(1)"), "{page}");
    assert!(page.contains("&lt;script&gt;alert(1)"));
}

#[tokio::test]
async fn the_contributions_page_has_two_charts_with_text_alternatives_and_the_ranking() {
    let a = send(
        Method::GET,
        "/contributions?country=JPN&from=2012-01&to=2014-02",
        "",
    )
    .await;
    assert_eq!(a.status, 200);
    let page = html(&a);
    assert_eq!(page.matches("<svg").count(), 2);
    assert_eq!(page.matches("role=\"img\"").count(), 2);
    assert!(page.contains("aria-describedby=\"chart-1-desc\""));
    assert!(page.contains("Uniformed personnel of Japan in UN peacekeeping, 2012-01 to 2014-02"));
    assert!(page.contains("In 2014-02: 271 troops"), "{page}");
    assert!(page.contains("Share of women among Japan"));
    // The ranking of the last month: Pakistan first, as the library ranks.
    let data = pko::contributions::personnel::ipi_embedded().unwrap();
    let ranking = data.ranking(
        "2014-02".parse().unwrap(),
        pko::contributions::personnel::CategorySet::ALL,
    );
    let first = &ranking.entries()[0];
    assert!(
        page.contains(&format!(
            "<td>Pakistan ({})</td><td class=\"n\">{}</td>",
            first.key(),
            first.value()
        )),
        "{page}"
    );
    let href = esc("/charts/personnel.svg?country=JPN&from=2012-01&to=2014-02");
    assert!(page.contains(&format!("href=\"{href}\"")), "{page}");
}

#[tokio::test]
async fn chart_files_are_svg_and_bad_spans_are_problems() {
    let a = send(
        Method::GET,
        "/charts/personnel.svg?country=KOR&from=2013-01&to=2014-02",
        "",
    )
    .await;
    assert_eq!(a.status, 200);
    assert_eq!(a.content_type, "image/svg+xml");
    let svg = String::from_utf8(a.body.clone()).unwrap();
    assert!(svg.starts_with("<svg"));
    assert!(svg.contains("Republic of Korea"));
    assert!(svg.contains("Source: International Peace Institute"));
    let w = send(
        Method::GET,
        "/charts/women.svg?country=KOR&from=2013-01&to=2014-02",
        "",
    )
    .await;
    assert_eq!(w.status, 200);
    assert!(String::from_utf8(w.body).unwrap().contains("target:"));

    send(
        Method::GET,
        "/charts/personnel.svg?country=JPN&from=2014-02&to=2013-01",
        "",
    )
    .await
    .problem(400, "invalid-query");
    send(
        Method::GET,
        "/charts/personnel.svg?country=JPN&from=1900-01&to=2014-01",
        "",
    )
    .await
    .problem(400, "invalid-query");
    send(Method::GET, "/charts/women.svg?country=XYZ", "")
        .await
        .problem(400, "invalid-query");
    // A contributor with no personnel in the span.
    send(
        Method::GET,
        "/charts/personnel.svg?country=ISL&from=2009-01&to=2009-02",
        "",
    )
    .await
    .problem(422, "unprocessable");
    let page = send(Method::GET, "/contributions?country=XYZ", "").await;
    assert_eq!(page.status, 422);
    assert!(html(&page).contains("role=\"alert\""));
}

#[tokio::test]
async fn a_reform_on_the_form_shows_each_finding_under_both_laws() {
    let q = "/check?as_of=2015-06-15&kind=un_peacekeeping&conflict=ceasefire_based\
&host_consent=given&ceasefire=agreed&party_name=Party+A&party_consent_1=given\
&impartial=yes&withdrawal=yes&contingent=sdf_unit&size=40&engaged=0&task=civilian_police\
&reform_name=SDF+police+advice&change_set_1=task_contingent&change_task_1=civilian_police\
&change_contingent_1=sdf_unit&change_value_1=allowed";
    let a = send(Method::GET, q, Vec::new()).await;
    assert_eq!(a.status, StatusCode::OK);
    let page = html(&a);
    assert!(
        page.contains(r#"<span class="verdict permitted" id="verdict">permitted</span>"#),
        "{page}"
    );
    assert!(page.contains(r#"<span class="verdict not_permitted">not permitted</span>"#));
    assert!(page.contains(r#"<strong id="changed-count">1</strong> finding,"#));
    assert_eq!(page.matches(r#"<tr class="changed">"#).count(), 1);
    assert!(
        page.contains("by: civilian police by SDF unit: allowed"),
        "{page}"
    );
    // The form keeps what was chosen.
    assert!(page.contains(r#"<option value="task_contingent" selected>"#));
    // A change that lacks a field is a message on the page, not a failure.
    let bad = send(
        Method::GET,
        "/check?as_of=2015-06-15&change_set_1=task_contingent&change_value_1=allowed",
        Vec::new(),
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html(&bad).contains("change 1: choose the task"));
    let cap = send(
        Method::GET,
        "/check?as_of=2015-06-15&change_set_2=headcount_cap&change_value_2=lots",
        Vec::new(),
    )
    .await;
    assert_eq!(cap.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html(&cap).contains("change 2: `lots` is not a number of persons"));
}

#[tokio::test]
async fn the_joint_page_shows_the_librarys_joint_assessment_of_the_example() {
    let a = send(Method::GET, "/joint", "").await;
    assert_eq!(a.status, 200);
    let page = html(&a);
    every_field_is_labelled(&page);
    // The example as the library assesses it, with the Cabinet's decision
    // not taken.
    let mut joint: pko::joint::JointDeployment =
        serde_json::from_str(include_str!("../../openapi/joint-unmiss-2017.json")).unwrap();
    joint.japan_procedure.cabinet_decision =
        pko::core::Fact::Known(pko::principles::procedure::CabinetDecision::NotTaken);
    let expected = pko::joint::assess(&joint, pko::core::date(2017, 6, 1)).unwrap();
    assert!(page.contains(&format!(
        "<span class=\"verdict {}\" id=\"verdict\">{}</span>",
        serde_json::to_value(expected.verdict).unwrap().as_str().unwrap(),
        expected.verdict
    )));
    assert!(page.contains("<strong id=\"may-go\">JPN, KOR</strong>"));
    // Each participant's missing steps, and every non-satisfied finding's
    // reasons, are on the page.
    // Japan's findings are all satisfied in the example: none is listed.
    let japan = expected.japan.as_ref().unwrap();
    assert!(
        japan
            .findings()
            .all(|f| f.status() == pko::core::Status::Satisfied)
    );
    assert!(
        page.contains(&format!(
            "<p>All {} findings satisfied.</p>",
            japan.findings().len()
        )),
        "{page}"
    );
    for step in &expected.japan_missing_steps {
        assert!(page.contains(&esc(&step.to_string())), "{step}");
    }
    for p in &expected.partners {
        let satisfied = p
            .findings
            .iter()
            .filter(|f| f.status == pko::core::Status::Satisfied)
            .count();
        assert!(
            page.contains(&format!(
                "The findings not satisfied ({satisfied} satisfied)"
            )),
            "{}: {satisfied} satisfied",
            p.participant
        );
        for m in &p.missing_steps {
            assert!(page.contains(&esc(&m.step.to_string())), "{}", m.step);
        }
        for f in p
            .findings
            .iter()
            .filter(|f| f.status != pko::core::Status::Satisfied)
        {
            for r in &f.reasons {
                assert!(page.contains(&esc(r)), "{r}");
            }
        }
    }
}

#[tokio::test]
async fn the_joint_page_follows_the_form() {
    // The host withdraws its consent on the day: the UN's principles fail,
    // and Japan's consent principle with them.
    let a = send(
        Method::GET,
        "/joint?on=2017-06-01&kind=un_peacekeeping&host_consent=withdrawn&jpn=on&jpn_size=350&jpn_cabinet=2017-05-01",
        "",
    )
    .await;
    assert_eq!(a.status, 200);
    let page = html(&a);
    assert!(
        page.contains("id=\"verdict\">not permitted</span>"),
        "{page}"
    );
    assert!(page.contains("<strong id=\"may-go\">none</strong>"));
    assert!(
        !page.contains(">Republic of Korea</a>"),
        "Korea was not ticked"
    );
    assert!(page.contains(">Japan</a>"));
    // Bad input is a message on the page, with status 422.
    for (query, message) in [
        ("on=2017-06-31", "Day: `2017-06-31` is not a day"),
        (
            "on=2017-06-01&kor=on&kor_kind=battalion",
            "Republic of Korea: who goes",
        ),
        ("on=2017-06-01", "names no participant"),
        ("on=1990-01-01&jpn=on", "Japan: "),
    ] {
        let a = send(Method::GET, &format!("/joint?{query}"), "").await;
        assert_eq!(a.status, 422, "{query}");
        let page = html(&a);
        let alert = alert(&page, query);
        assert!(alert.contains(&esc(message)), "{query}: {alert}");
    }
}
