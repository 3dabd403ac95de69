//! Japan's missing steps: the Cabinet's decision (Art. 6(1)), the National
//! Security Council before it, the Diet's approval (Art. 6(7)).

use pko_core::{Fact, date};
use pko_principles::procedure::{self, CabinetDecision, Procedure, Step};
use pko_principles::{
    Assumptions, ContingentKind, Deployment, OperationKind, Options, Reading, Status, Subject,
    Task, assess,
};

fn steps(d: &Deployment, on: chrono::NaiveDate, p: &Procedure) -> Vec<Step> {
    let a = assess(d, on).unwrap();
    procedure::missing_steps(&a, p)
        .iter()
        .map(|s| s.step)
        .collect()
}

fn decided(on: chrono::NaiveDate) -> Procedure {
    Procedure {
        cabinet_decision: Fact::Known(CabinetDecision::On(on)),
    }
}

fn unit(tasks: &[Task]) -> pko_principles::DeploymentBuilder {
    Deployment::builder()
        .operation(OperationKind::UnPeacekeeping)
        .contingent(ContingentKind::SdfUnit, 300)
        .tasks(tasks.iter().copied())
}

#[test]
fn the_cabinet_decision_is_missing_until_the_day_it_is_taken() {
    let d = unit(&[Task::Engineering]).build().unwrap();
    let day = date(2012, 1, 15);
    assert_eq!(
        steps(&d, day, &Procedure::default()),
        [Step::CabinetDecision]
    );
    let not_taken = Procedure {
        cabinet_decision: Fact::Known(CabinetDecision::NotTaken),
    };
    assert_eq!(steps(&d, day, &not_taken), [Step::CabinetDecision]);
    // Taken the day after: still missing on the day; taken that day: done.
    assert_eq!(
        steps(&d, day, &decided(date(2012, 1, 16))),
        [Step::CabinetDecision]
    );
    assert!(steps(&d, day, &decided(day)).is_empty());
}

#[test]
fn the_cabinet_decision_cites_the_text_in_force_on_the_day() {
    let d = unit(&[Task::Engineering]).build().unwrap();
    let cite = |on| {
        let a = assess(&d, on).unwrap();
        let s = procedure::missing_steps(&a, &Procedure::default());
        s[0].citations[0].title().to_owned()
    };
    let before = cite(date(2016, 3, 28));
    let after = cite(date(2016, 3, 29));
    assert!(before.contains("in force until 28 March 2016"), "{before}");
    assert!(after.contains("Act No. 76 of 2015"), "{after}");
}

#[test]
fn kaketsuke_keigo_needs_the_security_council_before_the_cabinet() {
    let d = unit(&[Task::Engineering, Task::KaketsukeKeigo])
        .host_consent_stable(true)
        .build()
        .unwrap();
    let day = date(2017, 1, 10);
    let s = steps(&d, day, &Procedure::default());
    assert_eq!(
        s[..2],
        [Step::NationalSecurityCouncil, Step::CabinetDecision]
    );
    // Once the Cabinet has decided, the Council has deliberated before it.
    assert!(!steps(&d, day, &decided(date(2016, 11, 15))).contains(&Step::NationalSecurityCouncil));
    // Engineering alone asks nothing of the Council.
    let plain = unit(&[Task::Engineering]).build().unwrap();
    assert!(!steps(&plain, day, &Procedure::default()).contains(&Step::NationalSecurityCouncil));
}

#[test]
fn pkf_core_tasks_need_the_diets_approval_unless_it_is_given() {
    let day = date(2005, 1, 1);
    let unknown = unit(&[Task::CeasefireMonitoring]).build().unwrap();
    assert_eq!(steps(&unknown, day, &decided(day)), [Step::DietApproval]);
    let refused = unit(&[Task::CeasefireMonitoring])
        .diet_approval(false)
        .build()
        .unwrap();
    let finding = assess(&refused, day)
        .unwrap()
        .finding(Subject::DietApproval)
        .map(pko_principles::Finding::status);
    assert_eq!(finding, Some(Status::Violated));
    assert_eq!(steps(&refused, day, &decided(day)), [Step::DietApproval]);
    let approved = unit(&[Task::CeasefireMonitoring])
        .diet_approval(true)
        .build()
        .unwrap();
    assert!(steps(&approved, day, &decided(day)).is_empty());
    // Engineering is not a PKF core task.
    let engineering = unit(&[Task::Engineering]).build().unwrap();
    assert!(steps(&engineering, day, &decided(day)).is_empty());
}

#[test]
fn a_contingent_of_unknown_kind_needs_the_diet_only_if_it_is_sdf_units() {
    let day = date(2005, 1, 1);
    let d = Deployment::builder()
        .operation(OperationKind::UnPeacekeeping)
        .tasks([Task::CeasefireMonitoring])
        .build()
        .unwrap();
    assert_eq!(
        steps(&d, day, &decided(day)),
        [Step::DietApprovalIfSdfUnits]
    );
}

#[test]
fn the_steps_follow_the_readings_the_caller_sets() {
    // After 2016, whether PKF core tasks still need the Diet is open; read
    // "yes", the approval becomes a step.
    let day = date(2017, 6, 1);
    let d = unit(&[Task::CeasefireMonitoring]).build().unwrap();
    let yes =
        Options::from(Assumptions::default().with_diet_approval_core_after_2016(Reading::Yes));
    let no = Options::from(Assumptions::default().with_diet_approval_core_after_2016(Reading::No));
    let of = |o: &Options| -> Vec<Step> {
        let a = o.assess(&d, day).unwrap();
        procedure::missing_steps(&a, &decided(day))
            .iter()
            .map(|s| s.step)
            .collect()
    };
    assert_eq!(of(&yes), [Step::DietApproval]);
    assert!(of(&no).is_empty());
}

#[test]
fn a_procedure_reads_from_json_and_rejects_unknown_fields() {
    let p: Procedure =
        serde_json::from_str(r#"{"cabinet_decision": {"on": "2016-11-15"}}"#).unwrap();
    assert_eq!(p, decided(date(2016, 11, 15)));
    let p: Procedure = serde_json::from_str(r#"{"cabinet_decision": "not_taken"}"#).unwrap();
    assert_eq!(p.cabinet_decision, Fact::Known(CabinetDecision::NotTaken));
    assert!(serde_json::from_str::<Procedure>(r#"{"cabinet": "not_taken"}"#).is_err());
    let s = serde_json::to_value(
        &procedure::missing_steps(
            &assess(&Deployment::default(), date(2012, 1, 1)).unwrap(),
            &Procedure::default(),
        )[0],
    )
    .unwrap();
    assert_eq!(s["step"], "cabinet_decision");
    assert_eq!(s["when"], "before the contingent is dispatched");
    assert_eq!(s["citations"][0]["locator"]["article"], "6(1)");
}

#[test]
fn each_step_reads_as_words_with_when_it_is_due() {
    let words = [
        (
            Step::NationalSecurityCouncil,
            "the National Security Council's deliberation of the implementation plan",
        ),
        (
            Step::CabinetDecision,
            "the Cabinet's decision on the implementation plan",
        ),
        (
            Step::DietApproval,
            "the Diet's approval of the PKF core tasks",
        ),
        (
            Step::DietApprovalIfSdfUnits,
            "the Diet's approval of the PKF core tasks, if SDF units do them",
        ),
    ];
    for (step, text) in words {
        assert_eq!(step.to_string(), text);
    }
    let day = date(2017, 1, 10);
    let d = unit(&[Task::Engineering, Task::KaketsukeKeigo])
        .host_consent_stable(true)
        .build()
        .unwrap();
    let a = assess(&d, day).unwrap();
    let shown: Vec<String> = procedure::missing_steps(&a, &Procedure::default())
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        shown[..2],
        [
            "the National Security Council's deliberation of the implementation plan (before the Cabinet decides the implementation plan)",
            "the Cabinet's decision on the implementation plan (before the contingent is dispatched)",
        ]
    );
}
