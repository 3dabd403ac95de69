//! The joint check: each participant under its own rules, Japan's part
//! exactly what `pko_principles::assess` gives, the whole only as far as
//! each participant can go.

use pko::core::{CountryCode, Fact, Verdict, date};
use pko::joint::{self, Error, JointDeployment, PartnerProblem};
use pko::partners::{
    AssemblyConsent, Consent, Contingent, ContingentKind, ForceUse, Operation, OperationKind,
};
use pko::principles::{Deployment, Options, Reading};

fn unmiss() -> Operation {
    Operation {
        name: Some("UNMISS".to_owned()),
        kind: Fact::Known(OperationKind::UnPeacekeeping),
        host_consent: Fact::Known(Consent::Given),
        parties_consent: Fact::Known(Consent::Given),
        impartial: Fact::Known(true),
        force: Fact::Known(ForceUse::SelfDefenceAndMandate),
    }
}

fn japan() -> Deployment {
    serde_json::from_str(include_str!(
        "../../examples/data/proposal-east-asia-engineering.json"
    ))
    .unwrap()
}

/// Japan's facts in the UNMISS example, permitted on 2017-06-01.
fn japan_permitted() -> Deployment {
    let j: JointDeployment =
        serde_json::from_str(include_str!("../../examples/data/joint-unmiss-2017.json")).unwrap();
    j.japan.unwrap()
}

fn korea(consent: AssemblyConsent) -> Contingent {
    Contingent::new(CountryCode::KOR)
        .kind(ContingentKind::Unit)
        .size(280)
        .assembly_consent(consent)
}

fn china() -> Contingent {
    Contingent::new(CountryCode::CHN)
        .kind(ContingentKind::Unit)
        .size(300)
}

const DAY: chrono::NaiveDate = date(2017, 6, 1);

#[test]
fn japans_part_is_byte_for_byte_what_assess_gives() {
    // The benches' varied deployments, each as Japan's part of a joint
    // deployment with Korea and China, on days under three regimes.
    let batch = pko_synthetic::deployments(300, 26).unwrap();
    for day in [date(1995, 1, 1), date(2010, 6, 1), DAY] {
        for d in &batch {
            let j = JointDeployment {
                operation: unmiss(),
                japan: Some(d.clone()),
                partners: vec![korea(AssemblyConsent::NotGiven), china()],
                ..JointDeployment::default()
            };
            let a = joint::assess(&j, day).unwrap();
            let alone = pko::principles::assess(d, day).unwrap();
            assert_eq!(
                serde_json::to_string(&a.japan).unwrap(),
                serde_json::to_string(&Some(&alone)).unwrap()
            );
        }
    }
}

#[test]
fn a_participants_part_never_depends_on_another_participants_facts() {
    let day = DAY;
    let base = JointDeployment {
        operation: unmiss(),
        japan: Some(japan()),
        partners: vec![korea(AssemblyConsent::NotGiven), china()],
        ..JointDeployment::default()
    };
    let a = joint::assess(&base, day).unwrap();
    // Korea's consent changes Korea's part only.
    let mut consented = base.clone();
    consented.partners[0] = korea(AssemblyConsent::Given {
        on: date(2017, 1, 10),
        until: None,
    });
    let b = joint::assess(&consented, day).unwrap();
    assert_ne!(a.partners[0], b.partners[0]);
    assert_eq!(
        (&a.japan, &a.partners[1], &a.un),
        (&b.japan, &b.partners[1], &b.un)
    );
    // Japan's facts change Japan's part only.
    let mut smaller = base.clone();
    if let Some(d) = smaller.japan.as_mut() {
        d.contingent.size = Fact::Known(10);
    }
    let c = joint::assess(&smaller, day).unwrap();
    assert_eq!((&a.partners, &a.un), (&c.partners, &c.un));
    // Without Japan, the partners' parts are the same.
    let without = JointDeployment {
        japan: None,
        ..base
    };
    let d = joint::assess(&without, day).unwrap();
    assert_eq!(a.partners, d.partners);
    assert!(d.japan.is_none());
}

#[test]
fn the_whole_goes_only_as_far_as_each_participant() {
    let all_clear = JointDeployment {
        operation: unmiss(),
        japan: None,
        partners: vec![korea(AssemblyConsent::Given {
            on: date(2017, 1, 10),
            until: None,
        })],
        ..JointDeployment::default()
    };
    let a = joint::assess(&all_clear, DAY).unwrap();
    assert_eq!(a.verdict, Verdict::Permitted);
    assert_eq!(a.may_go, [CountryCode::KOR]);
    // China's deciding body is not found: the whole is undetermined, and
    // Korea may still go.
    let mut with_china = all_clear.clone();
    with_china.partners.push(china());
    let b = joint::assess(&with_china, DAY).unwrap();
    assert_eq!(b.verdict, Verdict::Undetermined);
    assert_eq!(b.may_go, [CountryCode::KOR]);
    // The host withdraws its consent: the UN's principles fail, and the
    // whole is not permitted whatever each state allows.
    let mut withdrawn = all_clear;
    withdrawn.operation.host_consent = Fact::Known(Consent::Withdrawn);
    let c = joint::assess(&withdrawn, DAY).unwrap();
    assert_eq!(c.un.verdict, Verdict::NotPermitted);
    assert_eq!(c.verdict, Verdict::NotPermitted);
}

#[test]
fn japan_with_its_readings_of_the_law() {
    let j = JointDeployment {
        japan: Some(japan()),
        ..JointDeployment::default()
    };
    let on = date(2016, 11, 15);
    let options = Options::from(
        pko::principles::Assumptions::default().with_diet_approval_2015_tasks(Reading::No),
    );
    let a = joint::assess_with(&j, on, &options).unwrap();
    assert_eq!(
        a.japan.as_ref(),
        Some(&options.assess(&japan(), on).unwrap())
    );
    assert_eq!(
        a.may_go.first() == Some(&CountryCode::JPN),
        a.japan.as_ref().unwrap().verdict() == Verdict::Permitted
    );
}

#[test]
fn what_cannot_be_assessed_is_an_error_that_says_where() {
    assert_eq!(
        joint::assess(&JointDeployment::default(), DAY),
        Err(Error::Empty)
    );
    let twice = JointDeployment {
        partners: vec![china(), china()],
        ..JointDeployment::default()
    };
    let err = joint::assess(&twice, DAY).unwrap_err();
    assert_eq!(
        err,
        Error::Partner {
            index: 1,
            problem: PartnerProblem::Twice
        }
    );
    assert_eq!(err.to_string(), "partners[1]: the state is named twice");
    let japan_as_partner = JointDeployment {
        partners: vec![Contingent::new(CountryCode::JPN)],
        ..JointDeployment::default()
    };
    let err = joint::assess(&japan_as_partner, DAY).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("partners[0]: pko-partners has no rules of JPN"),
        "{err}"
    );
    let before_the_act = JointDeployment {
        japan: Some(japan()),
        ..JointDeployment::default()
    };
    assert!(matches!(
        joint::assess(&before_the_act, date(1990, 1, 1)),
        Err(Error::Japan(_))
    ));
}

#[test]
fn a_joint_deployment_reads_from_json_and_its_answer_writes_to_json() {
    let text = r#"{
        "operation": {"name": "UNMISS", "kind": "un_peacekeeping", "host_consent": "given",
                      "parties_consent": "given", "impartial": true, "force": "self_defence_and_mandate"},
        "japan": {"operation": {"kind": "un_peacekeeping"}, "contingent": {"kind": "sdf_unit", "size": 350, "tasks": ["engineering"]}},
        "partners": [
            {"state": "KOR", "kind": "unit", "size": 280, "procedure": {"assembly_consent": {"given": {"on": "2017-01-10"}}}},
            {"state": "CHN", "kind": "unit", "size": 300}
        ]
    }"#;
    let j: JointDeployment = serde_json::from_str(text).unwrap();
    assert_eq!(j.partners.len(), 2);
    let a = joint::assess(&j, DAY).unwrap();
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(json["as_of"], "2017-06-01");
    assert_eq!(json["partners"][0]["participant"], "korea");
    assert_eq!(json["partners"][0]["verdict"], "permitted");
    assert_eq!(json["partners"][1]["verdict"], "undetermined");
    assert_eq!(json["un"]["verdict"], "permitted");
    assert_eq!(
        json["japan"],
        serde_json::to_value(pko::principles::assess(j.japan.as_ref().unwrap(), DAY).unwrap())
            .unwrap()
    );
    assert!(
        serde_json::from_str::<JointDeployment>(r#"{"partners": [], "observers": []}"#).is_err()
    );
}

#[test]
fn japans_missing_steps_follow_its_procedure_and_only_its_own() {
    use pko::principles::procedure::{CabinetDecision, Procedure, Step};
    let mut j = JointDeployment {
        operation: unmiss(),
        japan: Some(japan()),
        partners: vec![korea(AssemblyConsent::NotGiven)],
        ..JointDeployment::default()
    };
    let a = joint::assess(&j, DAY).unwrap();
    let steps: Vec<Step> = a.japan_missing_steps.iter().map(|s| s.step).collect();
    assert_eq!(steps, [Step::CabinetDecision]);
    assert!(a.to_string().contains(
        "  missing: the Cabinet's decision on the implementation plan (before the contingent is dispatched)"
    ));
    // Korea's consent (and the State Council's resolution before it) are
    // Korea's steps, not Japan's.
    assert_eq!(a.partners[0].missing_steps.len(), 2);
    // Decided the day before: nothing missing; Japan's part is unchanged.
    j.japan_procedure = Procedure {
        cabinet_decision: Fact::Known(CabinetDecision::On(date(2017, 5, 31))),
    };
    let b = joint::assess(&j, DAY).unwrap();
    assert!(b.japan_missing_steps.is_empty());
    assert_eq!((&a.japan, &a.partners), (&b.japan, &b.partners));
    // Without Japan, no step of Japan's, whatever its procedure says.
    j.japan = None;
    j.japan_procedure = Procedure::default();
    assert!(
        joint::assess(&j, DAY)
            .unwrap()
            .japan_missing_steps
            .is_empty()
    );
    // The procedure reads from JSON beside Japan's facts.
    let from_json: JointDeployment = serde_json::from_str(
        r#"{"japan": {}, "japan_procedure": {"cabinet_decision": {"on": "2017-05-31"}}}"#,
    )
    .unwrap();
    assert_eq!(
        from_json.japan_procedure.cabinet_decision,
        Fact::Known(CabinetDecision::On(date(2017, 5, 31)))
    );
}

#[test]
fn the_report_lists_japans_findings_not_satisfied_and_what_would_decide_them() {
    let unknown = JointDeployment {
        japan: Some(Deployment::default()),
        ..JointDeployment::default()
    };
    let text = joint::assess(&unknown, DAY).unwrap().to_string();
    let japan = text
        .split("Japan on 2017-06-01: undetermined under")
        .nth(1)
        .unwrap();
    assert!(japan.contains("\n  [undetermined] "), "{text}");
    assert!(!japan.contains("[satisfied]"), "{text}");
    assert!(japan.contains("\n  would decide: "), "{text}");
    // Every finding satisfied: none listed, and nothing would decide.
    let clear = JointDeployment {
        operation: unmiss(),
        japan: Some(japan_permitted()),
        ..JointDeployment::default()
    };
    let a = joint::assess(&clear, DAY).unwrap();
    assert_eq!(a.japan.as_ref().unwrap().verdict(), Verdict::Permitted);
    let text = a.to_string();
    let japan = text
        .split("United Nations on")
        .next()
        .unwrap()
        .split("Japan on")
        .nth(1)
        .unwrap();
    assert!(!japan.contains("  ["), "{text}");
    assert!(!japan.contains("would decide"), "{text}");
}
