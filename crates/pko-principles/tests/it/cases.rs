//! The cases the law must decide, on the fixtures in `tests/data`.

use crate::common::{date, load, status, verdict};
use chrono::NaiveDate;
use pko_principles::{
    Action, Assumptions, Condition, Consent, Consenter, Deployment, Event, Fact, GracePeriod,
    OperationKind, Options, Principle, Reading, Reason, Regime, Status, Subject, Task, Verdict,
    WeaponsUse, WorkStatus, assess, compare, monitor,
};

/// The options under which kaketsuke-keigo by SDF units is read as needing
/// no Diet approval.
fn no_diet_for_2015_tasks() -> Options {
    Options::from(Assumptions::default().with_diet_approval_2015_tasks(Reading::No))
}

#[test]
fn untac_engineering_1992_is_permitted() {
    let d = load("untac-engineering-1992");
    let a = assess(&d, date("1992-09-17")).unwrap();
    assert_eq!(a.regime(), Regime::Act1992);
    assert_eq!(a.verdict(), Verdict::Permitted, "{a}");
    for &p in Principle::ALL {
        assert_eq!(
            a.finding(Subject::Principle(p)).unwrap().status(),
            Status::Satisfied,
            "{p}"
        );
    }
    // Before the Act there is no law to apply.
    assert_eq!(
        assess(&d, date("1992-08-09")).unwrap_err(),
        pko_principles::Error::BeforeAct {
            date: date("1992-08-09")
        }
    );
}

#[test]
fn pkf_core_task_frozen_in_1995_allowed_in_2003_with_diet_approval() {
    let d = load("engineering-with-ceasefire-monitoring");
    let task = Subject::Task(Task::CeasefireMonitoring);

    let a1995 = assess(&d, date("1995-06-01")).unwrap();
    assert_eq!(a1995.verdict(), Verdict::NotPermitted);
    let f = a1995.finding(task).unwrap();
    assert_eq!(f.status(), Status::Violated);
    assert!(f.reasons().iter().any(|r| matches!(r, Reason::PkfCoreTaskFrozen { lifted_on, .. } if *lifted_on == date("2001-12-14"))));
    // The engineering task itself was lawful all along.
    assert_eq!(
        a1995
            .finding(Subject::Task(Task::Engineering))
            .unwrap()
            .status(),
        Status::Satisfied
    );

    let a2003 = assess(&d, date("2003-06-01")).unwrap();
    assert_eq!(a2003.verdict(), Verdict::Permitted, "{a2003}");
    assert_eq!(a2003.finding(task).unwrap().status(), Status::Satisfied);
    assert_eq!(a2003.conditions(), [Condition::DietApprovalRequired]);

    // The boundary: the day before and the day the freeze was lifted.
    assert_eq!(status(&d, "2001-12-13", task), Status::Violated);
    assert_eq!(status(&d, "2001-12-14", task), Status::Satisfied);

    // Known Diet approval replaces the condition with a finding.
    let mut approved = d.clone();
    approved.diet_approval = Fact::Known(true);
    let a = assess(&approved, date("2003-06-01")).unwrap();
    assert!(a.conditions().is_empty());
    assert_eq!(
        a.finding(Subject::DietApproval).unwrap().status(),
        Status::Satisfied
    );
    let mut refused = d.clone();
    refused.diet_approval = Fact::Known(false);
    assert_eq!(verdict(&refused, "2003-06-01"), Verdict::NotPermitted);

    // SDF personnel as individuals (military observers) were never frozen:
    // UNTAC's SDF ceasefire monitors of 1992 were individuals.
    let mut individuals = d;
    individuals.contingent.kind = Fact::Known(pko_principles::ContingentKind::SdfIndividuals);
    assert_eq!(status(&individuals, "1992-09-17", task), Status::Satisfied);
    // Police officers and civilians may never do a PKF core task (Art.
    // 12(1) proviso), frozen or not.
    for kind in [
        pko_principles::ContingentKind::Police,
        pko_principles::ContingentKind::Civilians,
    ] {
        individuals.contingent.kind = Fact::Known(kind);
        assert_eq!(status(&individuals, "1992-09-17", task), Status::Violated);
        assert_eq!(status(&individuals, "2014-01-01", task), Status::Violated);
    }
}

#[test]
fn unmiss_engineering_2012_is_permitted() {
    let d = load("unmiss-engineering-2012");
    let a = assess(&d, date("2012-01-15")).unwrap();
    assert_eq!(a.verdict(), Verdict::Permitted, "{a}");
    assert_eq!(a.regime(), Regime::Amended2001);
    // The 2001 amendment's weapons changes hold from 14 January 2002.
    let w = Subject::Weapons(WeaponsUse::PersonsUnderControl);
    assert_eq!(status(&d, "2002-01-13", w), Status::Violated);
    assert_eq!(status(&d, "2002-01-14", w), Status::Satisfied);
}

#[test]
fn kaketsuke_keigo_needs_2016_and_stable_host_consent() {
    let unknown = load("unmiss-kaketsuke-keigo-2016");
    let task = Subject::Task(Task::KaketsukeKeigo);

    let mut stable = unknown.clone();
    stable.host_consent.stably_maintained = Fact::Known(true);
    // Whether the Diet must approve kaketsuke-keigo is unverified: open by
    // default, and decided by the assumption or by the Diet's approval.
    let a = assess(&stable, date("2016-11-15")).unwrap();
    assert_eq!(a.verdict(), Verdict::Undetermined, "{a}");
    assert_eq!(
        a.deciding_facts(),
        ["assumptions.diet_approval_2015_tasks", "diet_approval"]
    );
    assert_eq!(
        a.conditions(),
        [
            Condition::NationalSecurityCouncil,
            Condition::KaketsukeKeigoAlongsideOtherWork
        ]
    );
    let a = no_diet_for_2015_tasks()
        .assess(&stable, date("2016-11-15"))
        .unwrap();
    assert_eq!(a.verdict(), Verdict::Permitted, "{a}");
    let mut approved = stable.clone();
    approved.diet_approval = Fact::Known(true);
    let a = assess(&approved, date("2016-11-15")).unwrap();
    assert_eq!(a.verdict(), Verdict::Permitted, "{a}");
    let required =
        Options::from(Assumptions::default().with_diet_approval_2015_tasks(Reading::Yes));
    let a = required.assess(&stable, date("2016-11-15")).unwrap();
    assert_eq!(a.verdict(), Verdict::Permitted, "{a}");
    assert!(a.conditions().contains(&Condition::DietApprovalRequired));
    let mut refused = stable.clone();
    refused.diet_approval = Fact::Known(false);
    let a = required.assess(&refused, date("2016-11-15")).unwrap();
    assert_eq!(a.verdict(), Verdict::NotPermitted, "{a}");
    assert_eq!(
        a.finding(Subject::DietApproval).unwrap().status(),
        Status::Violated
    );

    let mut unstable = unknown.clone();
    unstable.host_consent.stably_maintained = Fact::Known(false);
    let a = assess(&unstable, date("2016-11-15")).unwrap();
    assert_eq!(a.verdict(), Verdict::NotPermitted);
    assert_eq!(a.finding(task).unwrap().status(), Status::Violated);
    assert_eq!(
        a.finding(Subject::Weapons(WeaponsUse::DutyExecution))
            .unwrap()
            .status(),
        Status::Violated
    );

    let a = no_diet_for_2015_tasks()
        .assess(&unknown, date("2016-11-15"))
        .unwrap();
    assert_eq!(a.verdict(), Verdict::Undetermined);
    assert_eq!(a.deciding_facts(), ["host_consent.stably_maintained"]);

    // Not yet law on 1 December 2015, whatever the consent.
    let a = assess(&stable, date("2015-12-01")).unwrap();
    assert_eq!(a.verdict(), Verdict::NotPermitted);
    let f = a.finding(task).unwrap();
    assert_eq!(f.status(), Status::Violated);
    assert!(
        f.reasons().iter().any(
            |r| matches!(r, Reason::NotYetInForce { from, .. } if *from == date("2016-03-29"))
        )
    );
}

#[test]
fn duty_execution_weapons_need_a_task_they_serve() {
    let mut d = load("unmiss-kaketsuke-keigo-2016");
    d.host_consent.stably_maintained = Fact::Known(true);
    d.contingent.tasks = vec![Task::Engineering];
    let a = assess(&d, date("2017-01-01")).unwrap();
    let f = a
        .finding(Subject::Weapons(WeaponsUse::DutyExecution))
        .unwrap();
    assert_eq!(f.status(), Status::Violated);
    assert!(f.reasons().contains(&Reason::DutyExecutionWithoutTask));
}

#[test]
fn use_of_force_is_never_permitted() {
    let mut d = load("unmiss-engineering-2012");
    d.contingent.weapons_use.push(WeaponsUse::UseOfForce);
    for day in ["1993-01-01", "2012-01-15", "2020-01-01"] {
        let a = assess(&d, date(day)).unwrap();
        assert_eq!(a.verdict(), Verdict::NotPermitted, "{day}");
        let f = a.finding(Subject::Weapons(WeaponsUse::UseOfForce)).unwrap();
        assert_eq!(f.citations()[0].locator().unwrap().to_string(), "Art. 2(2)");
    }
}

#[test]
fn party_consent_refused_violates_and_unknown_is_undetermined() {
    let base = load("unmiss-engineering-2012");
    let p2 = Subject::Principle(Principle::Consent);

    let mut refused = base.clone();
    if let Fact::Known(parties) = &mut refused.parties {
        parties[1].to_japan = Fact::Known(Consent::Refused);
    }
    let a = assess(&refused, date("2012-01-15")).unwrap();
    assert_eq!(a.finding(p2).unwrap().status(), Status::Violated);
    assert_eq!(a.verdict(), Verdict::NotPermitted);
    assert!(a.finding(p2).unwrap().reasons().iter().any(|r| matches!(
        r,
        Reason::ConsentNotInEffect { by: Consenter::Party(name), .. } if name == "Party B"
    )));

    let mut unknown = base;
    if let Fact::Known(parties) = &mut unknown.parties {
        parties[1].to_japan = Fact::Unknown;
    }
    let a = assess(&unknown, date("2012-01-15")).unwrap();
    assert_eq!(a.finding(p2).unwrap().status(), Status::Undetermined);
    assert_eq!(a.verdict(), Verdict::Undetermined);
    assert_eq!(a.deciding_facts(), ["parties[1].to_japan"]);
}

#[test]
fn consent_dates_are_read_as_of_the_date() {
    let mut d = load("unmiss-engineering-2012");
    d.host_consent.to_japan = Fact::Known(Consent::Given {
        on: Some(date("2011-12-01")),
        withdrawn_on: Some(date("2013-06-01")),
    });
    let p2 = Subject::Principle(Principle::Consent);
    assert_eq!(status(&d, "2011-11-30", p2), Status::Violated);
    assert_eq!(status(&d, "2011-12-01", p2), Status::Satisfied);
    assert_eq!(status(&d, "2013-05-31", p2), Status::Satisfied);
    assert_eq!(status(&d, "2013-06-01", p2), Status::Violated);
}

#[test]
fn ended_conflict_after_2016_makes_principle_1_not_applicable() {
    let d = load("ended-conflict-2017");
    let a = assess(&d, date("2017-06-01")).unwrap();
    assert_eq!(
        a.finding(Subject::Principle(Principle::Ceasefire))
            .unwrap()
            .status(),
        Status::NotApplicable
    );
    assert_eq!(a.verdict(), Verdict::Permitted, "{a}");
    // The same case did not exist before 29 March 2016.
    let a = assess(&d, date("2015-06-01")).unwrap();
    assert_eq!(
        a.finding(Subject::Principle(Principle::Ceasefire))
            .unwrap()
            .status(),
        Status::Violated
    );
    assert_eq!(a.verdict(), Verdict::NotPermitted);
}

#[test]
fn internationally_coordinated_operation_needs_the_2015_amendment() {
    let d = load("mfo-sinai-hq-staff-2019");
    let a = assess(&d, date("2015-06-01")).unwrap();
    assert_eq!(a.verdict(), Verdict::NotPermitted);
    assert_eq!(
        a.finding(Subject::LegalBasis).unwrap().status(),
        Status::Violated
    );
    let a = assess(&d, date("2019-04-19")).unwrap();
    assert_eq!(
        a.finding(Subject::LegalBasis).unwrap().status(),
        Status::Satisfied
    );
    for &p in Principle::ALL {
        assert_eq!(
            a.finding(Subject::Principle(p)).unwrap().status(),
            Status::Satisfied,
            "{p}"
        );
    }
    assert_eq!(a.verdict(), Verdict::Permitted);
}

#[test]
fn relief_operations_need_host_consent_only() {
    let mut d = load("untac-engineering-1992");
    d.operation.kind = Fact::Known(OperationKind::HumanitarianRelief);
    d.operation.host_is_party = Fact::Known(false);
    d.impartiality = Fact::Unknown;
    if let Fact::Known(parties) = &mut d.parties {
        parties[0].to_japan = Fact::Known(Consent::Refused);
    }
    let a = assess(&d, date("1994-01-01")).unwrap();
    assert_eq!(
        a.finding(Subject::Principle(Principle::Ceasefire))
            .unwrap()
            .status(),
        Status::NotApplicable
    );
    assert_eq!(
        a.finding(Subject::Principle(Principle::Impartiality))
            .unwrap()
            .status(),
        Status::NotApplicable
    );
    assert_eq!(
        a.finding(Subject::Principle(Principle::Consent))
            .unwrap()
            .status(),
        Status::Satisfied
    );
    assert_eq!(a.verdict(), Verdict::Permitted, "{a}");
    // PKF core tasks belong to peacekeeping operations only.
    d.contingent.tasks.push(Task::BufferZonePatrol);
    assert_eq!(verdict(&d, "2005-01-01"), Verdict::NotPermitted);
}

#[test]
fn headcount_cap() {
    // Art. 18 caps the total engaged at a time, across all operations.
    let mut d = load("unmiss-engineering-2012");
    let at = |d: &Deployment, on: &str| status(d, on, Subject::Headcount);
    d.already_engaged = Fact::Known(0);
    d.contingent.size = Fact::Known(2_001);
    assert_eq!(at(&d, "2012-01-15"), Status::Violated);
    assert_eq!(at(&d, "2017-01-15"), Status::Undetermined);
    d.contingent.size = Fact::Known(2_000);
    assert_eq!(at(&d, "2012-01-15"), Status::Satisfied);
    // 350 persons alone are within the cap, but not beside 1,700 others.
    d.contingent.size = Fact::Known(350);
    d.already_engaged = Fact::Known(1_700);
    assert_eq!(at(&d, "2012-01-15"), Status::Violated);
    d.already_engaged = Fact::Known(1_650);
    assert_eq!(at(&d, "2012-01-15"), Status::Satisfied);
    // Unknown others: never satisfied, but a contingent over the cap on
    // its own is a violation whatever the others.
    d.already_engaged = Fact::Unknown;
    assert_eq!(at(&d, "2012-01-15"), Status::Undetermined);
    d.contingent.size = Fact::Known(2_001);
    assert_eq!(at(&d, "2012-01-15"), Status::Violated);
    d.contingent.size = Fact::Unknown;
    d.already_engaged = Fact::Known(0);
    assert_eq!(at(&d, "2012-01-15"), Status::Undetermined);
}

#[test]
fn compare_shows_what_the_2015_amendment_changed() {
    let mut d = load("unmiss-kaketsuke-keigo-2016");
    d.host_consent.stably_maintained = Fact::Known(true);
    let c = compare(&d, date("2015-12-01"), date("2016-11-15")).unwrap();
    assert_eq!(c.amendments_between(), [Regime::Amended2015]);
    assert_eq!(
        (c.from().verdict(), c.to().verdict()),
        (Verdict::NotPermitted, Verdict::Undetermined)
    );
    // compare honours the options as assess does.
    let c = no_diet_for_2015_tasks()
        .compare(&d, date("2015-12-01"), date("2016-11-15"))
        .unwrap();
    assert_eq!(
        (c.from().verdict(), c.to().verdict()),
        (Verdict::NotPermitted, Verdict::Permitted)
    );
    let changed: Vec<Subject> = c
        .changes()
        .iter()
        .map(pko_principles::Change::subject)
        .collect();
    assert!(changed.contains(&Subject::Task(Task::KaketsukeKeigo)));
    assert!(changed.contains(&Subject::Weapons(WeaponsUse::DutyExecution)));
    assert!(!changed.contains(&Subject::Task(Task::Engineering)));
    assert!(c.to_string().contains("Act No. 76 of 2015"));
}

fn events(name: &str) -> Vec<Event> {
    let path = format!("{}/tests/data/{name}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn monitoring_consent_withdrawn_then_restored_within_grace() {
    let t = monitor(&events("consent-withdrawn-events"), GracePeriod::days(30));
    let steps: Vec<(NaiveDate, Action)> =
        t.entries().iter().map(|e| (e.date(), e.action())).collect();
    assert_eq!(
        steps,
        [
            (date("2014-03-01"), Action::Suspend),
            (date("2014-03-20"), Action::Resume),
            (date("2014-06-01"), Action::Suspend),
            (date("2014-07-01"), Action::TerminationDue),
        ]
    );
    assert_eq!(t.status_on(date("2014-02-28")), WorkStatus::Active);
    assert_eq!(
        t.status_on(date("2014-03-19")),
        WorkStatus::Suspended {
            since: date("2014-03-01"),
            terminate_on: date("2014-03-31")
        }
    );
    assert_eq!(t.status_on(date("2014-03-20")), WorkStatus::Active);
}

#[test]
fn monitoring_not_restored_terminates() {
    let t = monitor(&events("consent-withdrawn-events"), GracePeriod::days(10));
    let steps: Vec<(NaiveDate, Action)> =
        t.entries().iter().map(|e| (e.date(), e.action())).collect();
    assert_eq!(
        steps,
        [
            (date("2014-03-01"), Action::Suspend),
            (date("2014-03-11"), Action::Terminate)
        ]
    );
    assert_eq!(t.ignored().len(), 2);
    assert_eq!(
        t.status_on(date("2014-12-31")),
        WorkStatus::Terminated {
            on: date("2014-03-11")
        }
    );
    // Restored on the last day of grace resumes; on the deadline, too late.
    let e = events("consent-withdrawn-events");
    let t = monitor(&e, GracePeriod::days(20));
    assert_eq!(t.entries()[1].action(), Action::Resume);
    let t = monitor(&e, GracePeriod::days(19));
    assert_eq!(t.entries()[1].action(), Action::Terminate);
    assert_eq!(t.entries()[1].date(), date("2014-03-20"));
}

#[test]
fn monitoring_same_day_failure_outweighs_restoration() {
    use pko_principles::EventKind::{CeasefireBroken, CeasefireRestored};
    let d = date("2014-01-01");
    let t = monitor(
        &[
            Event::new(d, CeasefireRestored),
            Event::new(d, CeasefireBroken),
        ],
        GracePeriod::days(5),
    );
    assert_eq!(t.entries()[0].action(), Action::Suspend);
    let t = monitor(
        &[
            Event::new(d, CeasefireBroken),
            Event::new(d, CeasefireRestored),
        ],
        GracePeriod::days(5),
    );
    assert_eq!(t.entries()[0].action(), Action::Suspend);
    // Grace zero: terminated the same day.
    let t = monitor(&[Event::new(d, CeasefireBroken)], GracePeriod::days(0));
    let steps: Vec<Action> = t
        .entries()
        .iter()
        .map(pko_principles::Entry::action)
        .collect();
    assert_eq!(steps, [Action::Suspend, Action::Terminate]);
}

#[test]
fn the_readme_json_example_is_a_valid_deployment() {
    let readme = include_str!("../../README.md");
    let start = readme.find("```json\n").unwrap() + "```json\n".len();
    let end = start + readme[start..].find("```").unwrap();
    let d: Deployment = serde_json::from_str(&readme[start..end]).unwrap();
    assert_eq!(
        d.contingent.tasks,
        [Task::Engineering, Task::KaketsukeKeigo]
    );
    let a = assess(&d, date("2016-11-15")).unwrap();
    // Party A refused Japan's participation: principle 2 is violated.
    assert_eq!(
        a.finding(Subject::Principle(Principle::Consent))
            .unwrap()
            .status(),
        Status::Violated
    );
}

#[test]
fn misspelt_facts_are_rejected() {
    let err = serde_json::from_str::<Deployment>(r#"{"withdrawal_reserve": true}"#).unwrap_err();
    assert!(
        err.to_string()
            .contains("unknown field `withdrawal_reserve`"),
        "{err}"
    );
    assert_eq!(err.line(), 1);
    let err = serde_json::from_str::<Deployment>(r#"{"contingent": {"tasks": ["patrolling"]}}"#)
        .unwrap_err();
    assert!(
        err.to_string().contains("unknown variant `patrolling`"),
        "{err}"
    );
}

#[test]
fn inconsistent_facts_are_errors_with_a_path() {
    let mut d = load("untac-engineering-1992");
    d.host_consent.to_japan = Fact::Known(Consent::Given {
        on: Some(date("1992-06-01")),
        withdrawn_on: Some(date("1992-05-01")),
    });
    let err = assess(&d, date("1992-09-17")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "inconsistent facts at `host_consent.to_japan.given.withdrawn_on`: ends on 1992-05-01, before it starts on 1992-06-01"
    );
}
