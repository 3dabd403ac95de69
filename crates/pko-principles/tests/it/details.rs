//! The details of findings a reader relies on: which article each finding
//! cites, the boundary days of consents and ceasefires, when a condition or
//! a Diet-approval finding appears, the principles' wording, and the text
//! every public type displays.

use crate::common::{date, finding, load, locators};
use pko_principles::{
    Action, Assumptions, Cause, Ceasefire, Condition, ConflictSituation, Consent, ConsentGap,
    Consenter, ContingentKind, Deployment, Error, Event, EventKind, Fact, FactPath, FactProblem,
    GracePeriod, HeadcountCap, Note, OperationKind, Options, Party, Principle, Reading, Reason,
    Regime, Status, Subject, Task, WeaponsUse, WorkStatus, assess, check_events, compare, monitor,
};

/// An SDF engineering unit also given `task`, all principles met.
fn with_task(task: Task) -> Deployment {
    let mut d = load("engineering-with-ceasefire-monitoring");
    d.contingent.tasks = vec![Task::Engineering, task];
    d
}

/// A finding's citations, each as `read` renders it (where it can).
fn cited(
    d: &Deployment,
    as_of: &str,
    subject: Subject,
    read: impl Fn(&pko_core::Source) -> Option<String>,
) -> Vec<String> {
    assess(d, date(as_of))
        .unwrap()
        .finding(subject)
        .unwrap()
        .citations()
        .iter()
        .filter_map(|s| read(s))
        .collect()
}

fn titles(d: &Deployment, as_of: &str, subject: Subject) -> Vec<String> {
    cited(d, as_of, subject, |s| Some(s.title().to_owned()))
}

fn reasons(d: &Deployment, as_of: &str, subject: Subject) -> Vec<Reason> {
    finding(d, as_of, subject).1
}

const PKF_CORE: [(Task, &str); 6] = [
    (Task::CeasefireMonitoring, "Art. 3(3)(i)"),
    (Task::BufferZonePatrol, "Art. 3(3)(ii)"),
    (Task::WeaponsInspection, "Art. 3(3)(iii)"),
    (Task::AbandonedWeaponsDisposal, "Art. 3(3)(iv)"),
    (Task::CeasefireLineAssistance, "Art. 3(3)(v)"),
    (Task::PrisonerExchangeAssistance, "Art. 3(3)(vi)"),
];

#[test]
fn each_pkf_core_task_cites_its_own_item_of_article_3_3() {
    for (task, item) in PKF_CORE {
        assert!(task.is_pkf_core(), "{task}");
        let cited = locators(&with_task(task), date("2003-01-01"), Subject::Task(task));
        assert_eq!(cited, [item, "Art. 6(6)", "Art. 6(7)"], "{task}");
    }
}

#[test]
fn each_pkf_core_task_was_frozen_for_sdf_units_until_2001() {
    for (task, _) in PKF_CORE {
        let d = with_task(task);
        let f = reasons(&d, "1995-06-01", Subject::Task(task));
        assert!(
            f.iter()
                .any(|r| matches!(r, Reason::PkfCoreTaskFrozen { task: t, .. } if *t == task)),
            "{task}: {f:?}"
        );
        // The freeze is lifted on the day the 2001 amendment came into force.
        let after = assess(&d, date("2001-12-14")).unwrap();
        assert_eq!(
            after.finding(Subject::Task(task)).unwrap().status(),
            Status::Satisfied,
            "{task}"
        );
    }
}

#[test]
fn a_frozen_task_cites_the_2001_amendment_that_lifted_the_freeze() {
    let amendment = "Amendment of the International Peace Cooperation Act (Act No. 157 of 2001)";
    let task = Task::BufferZonePatrol;
    let mut d = with_task(task);
    assert!(titles(&d, "1995-06-01", Subject::Task(task)).contains(&amendment.to_owned()));
    assert!(!titles(&d, "2003-01-01", Subject::Task(task)).contains(&amendment.to_owned()));

    // Unknown contingent kind: undetermined before 2001, citing the same.
    d.contingent.kind = Fact::Unknown;
    let a = assess(&d, date("1995-06-01")).unwrap();
    let f = a.finding(Subject::Task(task)).unwrap();
    assert_eq!(f.status(), Status::Undetermined);
    assert!(f.reasons().contains(&Reason::Unknown {
        fact: FactPath::ContingentKind
    }));
    assert!(titles(&d, "1995-06-01", Subject::Task(task)).contains(&amendment.to_owned()));
}

#[test]
fn unknown_contingent_kind_after_2001_leaves_a_pkf_core_task_open_on_a_condition() {
    let task = Task::CeasefireMonitoring;
    let mut d = load("engineering-with-ceasefire-monitoring");
    d.contingent.kind = Fact::Unknown;
    d.contingent.tasks = vec![Task::CeasefireMonitoring, Task::BufferZonePatrol];
    let a = assess(&d, date("2003-01-01")).unwrap();
    let f = a.finding(Subject::Task(task)).unwrap();
    // Police officers and civilians may not do it (Art. 12(1) proviso):
    // who goes decides.
    assert_eq!(f.status(), Status::Undetermined);
    assert_eq!(
        f.reasons(),
        [
            Reason::TaskProvided { task },
            Reason::Unknown {
                fact: FactPath::ContingentKind
            }
        ]
    );
    // Two PKF core tasks, one condition.
    assert_eq!(a.conditions(), [Condition::DietApprovalRequiredIfSdfUnits]);

    // Once the Diet has approved, the condition is met.
    d.diet_approval = Fact::Known(true);
    assert_eq!(assess(&d, date("2003-01-01")).unwrap().conditions(), []);
    // A refusal leaves it standing.
    d.diet_approval = Fact::Known(false);
    assert_eq!(
        assess(&d, date("2003-01-01")).unwrap().conditions(),
        [Condition::DietApprovalRequiredIfSdfUnits]
    );
}

#[test]
fn sdf_units_with_pkf_core_tasks_need_the_diet_once() {
    let mut d = load("engineering-with-ceasefire-monitoring");
    d.contingent.tasks = vec![Task::CeasefireMonitoring, Task::BufferZonePatrol];
    assert_eq!(
        assess(&d, date("2003-01-01")).unwrap().conditions(),
        [Condition::DietApprovalRequired]
    );
    d.diet_approval = Fact::Known(true);
    assert_eq!(assess(&d, date("2003-01-01")).unwrap().conditions(), []);
}

#[test]
fn diet_approval_is_a_finding_only_where_the_law_asks_for_it() {
    let diet = |d: &Deployment, as_of: &str| {
        assess(d, date(as_of))
            .unwrap()
            .finding(Subject::DietApproval)
            .map(|f| (f.status(), f.reasons().to_vec()))
    };
    let mut d = load("engineering-with-ceasefire-monitoring");
    d.diet_approval = Fact::Known(true);
    // SDF units with a PKF core task after 2001: approval counts.
    assert_eq!(
        diet(&d, "2003-01-01"),
        Some((Status::Satisfied, vec![Reason::DietApproved]))
    );
    // Before 2001 the task was frozen: there was nothing to approve.
    assert_eq!(diet(&d, "1995-06-01"), None);
    // No PKF core task: nothing to approve.
    let mut engineering = d.clone();
    engineering.contingent.tasks = vec![Task::Engineering];
    assert_eq!(diet(&engineering, "2003-01-01"), None);
    // Individuals, not units: nothing to approve.
    let mut individuals = d.clone();
    individuals.contingent.kind = Fact::Known(ContingentKind::SdfIndividuals);
    assert_eq!(diet(&individuals, "2003-01-01"), None);
    individuals.diet_approval = Fact::Known(false);
    assert_eq!(diet(&individuals, "2003-01-01"), None);
    // Humanitarian relief: the PKF rules do not apply.
    let mut relief = d.clone();
    relief.operation.kind = Fact::Known(OperationKind::HumanitarianRelief);
    assert_eq!(diet(&relief, "2003-01-01"), None);

    // A refusal violates for units, is undetermined if the kind is unknown.
    d.diet_approval = Fact::Known(false);
    assert_eq!(
        diet(&d, "2003-01-01"),
        Some((Status::Violated, vec![Reason::DietRefused]))
    );
    let mut unknown = d.clone();
    unknown.contingent.kind = Fact::Unknown;
    assert_eq!(
        diet(&unknown, "2003-01-01"),
        Some((
            Status::Undetermined,
            vec![
                Reason::DietRefused,
                Reason::Unknown {
                    fact: FactPath::ContingentKind
                }
            ]
        ))
    );
    // An approval for a contingent of unknown kind needs no finding.
    unknown.diet_approval = Fact::Known(true);
    assert_eq!(diet(&unknown, "2003-01-01"), None);
}

#[test]
fn headcount_cap_boundaries() {
    let headcount = |size: u32, as_of: &str, assumptions: &Assumptions| {
        let mut d = load("unmiss-engineering-2012");
        d.contingent.size = Fact::Known(size);
        d.already_engaged = Fact::Known(0);
        let a = Options::from(*assumptions).assess(&d, date(as_of)).unwrap();
        let f = a.finding(Subject::Headcount).unwrap();
        (f.status(), f.reasons().to_vec())
    };
    let default = Assumptions::default();
    // After 2016 the 2,000 cap is unverified: an assumed cap is applied as
    // given; without one, up to 2,000 the total is within the pre-2016 cap
    // either way, and above it the finding is open.
    let capped = Assumptions::default().with_headcount_cap_after_2016(HeadcountCap::Of(500));
    let removed = Assumptions::default().with_headcount_cap_after_2016(HeadcountCap::Removed);
    let within = |size, cap, assumed| {
        Some(vec![Reason::WithinCap {
            size,
            already_engaged: 0,
            cap,
            assumed,
        }])
    };
    let over = |size, cap, assumed| {
        Some(vec![Reason::OverCap {
            size,
            already_engaged: Some(0),
            cap,
            assumed,
        }])
    };
    let either_way = |size| {
        Some(vec![Reason::WithinCapEitherWay {
            size,
            already_engaged: 0,
        }])
    };
    for (size, as_of, assumptions, status, reasons) in [
        (
            2_000,
            "2015-01-01",
            &default,
            Status::Satisfied,
            within(2_000, 2_000, false),
        ),
        (
            2_001,
            "2015-01-01",
            &default,
            Status::Violated,
            over(2_001, 2_000, false),
        ),
        (
            2_000,
            "2017-01-01",
            &default,
            Status::Satisfied,
            either_way(2_000),
        ),
        (
            2_001,
            "2017-01-01",
            &default,
            Status::Undetermined,
            Some(vec![
                Reason::CapUnverifiedAfter2016 { total: 2_001 },
                Reason::OpenAssumption {
                    assumption: pko_principles::Assumption::HeadcountCapAfter2016,
                },
            ]),
        ),
        (
            1_000,
            "2017-01-01",
            &capped,
            Status::Violated,
            over(1_000, 500, true),
        ),
        (
            500,
            "2017-01-01",
            &capped,
            Status::Satisfied,
            within(500, 500, true),
        ),
        (
            9_000,
            "2017-01-01",
            &removed,
            Status::Satisfied,
            Some(vec![Reason::NoCapAssumed]),
        ),
        (
            1_000,
            "2015-01-01",
            &capped,
            Status::Satisfied,
            within(1_000, 2_000, false),
        ),
        (
            2_001,
            "2015-01-01",
            &removed,
            Status::Violated,
            over(2_001, 2_000, false),
        ),
    ] {
        let (got_status, got_reasons) = headcount(size, as_of, assumptions);
        assert_eq!(got_status, status, "{size} on {as_of}");
        if let Some(reasons) = reasons {
            assert_eq!(got_reasons, reasons, "{size} on {as_of}");
        }
    }
}

fn consent_finding(d: &Deployment, as_of: &str) -> (Status, Vec<Reason>) {
    finding(d, as_of, Subject::Principle(Principle::Consent))
}

fn two_parties(second: Party) -> Deployment {
    let mut d = load("engineering-with-ceasefire-monitoring");
    d.contingent.tasks = vec![Task::Engineering];
    let Fact::Known(parties) = &mut d.parties else {
        unreachable!()
    };
    parties[1] = second;
    d
}

#[test]
fn every_party_must_consent_to_both() {
    let given = Fact::Known(Consent::GIVEN);
    let refused = Fact::Known(Consent::Refused);
    let all = two_parties(Party::new("Party B", given, given));
    let (status, r) = consent_finding(&all, "2003-01-01");
    assert_eq!(status, Status::Satisfied);
    assert!(r.contains(&Reason::PartiesConsent { parties: 2 }));

    for (to_operation, to_japan) in [(refused, given), (given, refused)] {
        let d = two_parties(Party::new("Party B", to_operation, to_japan));
        let (status, r) = consent_finding(&d, "2003-01-01");
        assert_eq!(status, Status::Violated);
        assert!(
            !r.iter().any(|r| matches!(r, Reason::PartiesConsent { .. })),
            "{r:?}"
        );
        assert!(r.iter().any(|r| matches!(
            r,
            Reason::ConsentNotInEffect { by: Consenter::Party(name), gap: ConsentGap::Refused, .. }
                if name == "Party B"
        )));
    }
}

#[test]
fn an_empty_list_of_parties_is_no_consent_of_the_parties() {
    let mut d = load("engineering-with-ceasefire-monitoring");
    d.parties = Fact::Known(Vec::new());
    d.ceasefires = Fact::Known(Vec::new());
    let (_, r) = consent_finding(&d, "2003-01-01");
    assert!(
        !r.iter().any(|r| matches!(r, Reason::PartiesConsent { .. })),
        "{r:?}"
    );
}

#[test]
fn parties_consent_not_required_only_said_where_the_principles_apply() {
    let mut d = load("ended-conflict-2017");
    let (_, r) = consent_finding(&d, "2017-06-01");
    assert!(r.contains(&Reason::PartiesConsentNotRequired), "{r:?}");
    d.operation.kind = Fact::Known(OperationKind::HumanitarianRelief);
    let (_, r) = consent_finding(&d, "2017-06-01");
    assert!(!r.contains(&Reason::PartiesConsentNotRequired), "{r:?}");
}

#[test]
fn unknown_operation_kind_leaves_the_parties_consent_open_only_if_it_matters() {
    // Kind unknown, parties unknown: it may be required and is not known.
    let mut d = load("engineering-with-ceasefire-monitoring");
    d.contingent.tasks = vec![Task::Engineering];
    d.operation.kind = Fact::Unknown;
    d.parties = Fact::Unknown;
    d.ceasefires = Fact::Unknown;
    let a = assess(&d, date("2003-01-01")).unwrap();
    let f = a.finding(Subject::Principle(Principle::Consent)).unwrap();
    assert_eq!(f.status(), Status::Undetermined);
    assert!(f.reasons().contains(&Reason::PartiesConsentMayBeRequired));
    assert!(a.deciding_facts().iter().any(|f| f == "operation.kind"));

    // Kind unknown, every party consenting: nothing is open on consent.
    let mut known = load("engineering-with-ceasefire-monitoring");
    known.contingent.tasks = vec![Task::Engineering];
    known.operation.kind = Fact::Unknown;
    let (status, r) = consent_finding(&known, "2003-01-01");
    assert!(!r.contains(&Reason::PartiesConsentMayBeRequired), "{r:?}");
    assert_eq!(status, Status::Satisfied, "{r:?}");

    // Kind unknown, a party refusing: open, not violated.
    let mut refusing = known.clone();
    let Fact::Known(parties) = &mut refusing.parties else {
        unreachable!()
    };
    parties[0].to_japan = Fact::Known(Consent::Refused);
    let (status, r) = consent_finding(&refusing, "2003-01-01");
    assert_eq!(status, Status::Undetermined, "{r:?}");
    assert!(r.contains(&Reason::PartiesConsentMayBeRequired), "{r:?}");
}

#[test]
fn no_conflict_yet_needs_no_ceasefire_from_2001_and_before_it_by_assumption() {
    let mut d = load("engineering-with-ceasefire-monitoring");
    d.contingent.tasks = vec![Task::Engineering];
    d.operation.conflict = Fact::Known(ConflictSituation::NoConflictYet);
    let ceasefire = Subject::Principle(Principle::Ceasefire);
    let expected = vec![Reason::NoCeasefireRequired {
        situation: ConflictSituation::NoConflictYet,
    }];

    for as_of in ["2001-12-14", "2003-01-01"] {
        let a = assess(&d, date(as_of)).unwrap();
        let f = a.finding(ceasefire).unwrap();
        assert_eq!(
            (f.status(), f.reasons().to_vec()),
            (Status::NotApplicable, expected.clone())
        );
        assert_eq!(a.notes(), []);
    }
    // Before 2001: by the default assumption, with a note saying so.
    let a = assess(&d, date("1995-06-01")).unwrap();
    let f = a.finding(ceasefire).unwrap();
    assert_eq!(
        (f.status(), f.reasons().to_vec()),
        (Status::NotApplicable, expected)
    );
    assert_eq!(a.notes(), [Note::NoConflictClauseAssumed]);
    // Read the other way, the clause applies only from 2001: before it, the
    // case has no basis; left open, the finding is undetermined. No note.
    for (reading, status) in [
        (Reading::No, Status::Violated),
        (Reading::Open, Status::Undetermined),
    ] {
        let o = Options::from(Assumptions::default().with_no_conflict_clause_since_1992(reading));
        let a = o.assess(&d, date("1995-06-01")).unwrap();
        assert_eq!(a.finding(ceasefire).unwrap().status(), status, "{reading}");
        assert_eq!(a.notes(), []);
    }
    // After Act No. 24 of 2024: a note that it is not modelled (beside the
    // note that the July 2015 text is applied after 2016).
    assert_eq!(
        assess(&d, date("2024-07-12")).unwrap().notes(),
        [Note::Pre2016TextApplied, Note::Act2024NotModelled]
    );
    assert_eq!(
        assess(&d, date("2024-07-11")).unwrap().notes(),
        [Note::Pre2016TextApplied]
    );
}

#[test]
fn principle_5_cites_the_superior_order_rule_only_when_weapons_are_asked_for() {
    let p5 = Subject::Principle(Principle::MinimumUseOfWeapons);
    let mut d = load("engineering-with-ceasefire-monitoring");
    assert!(locators(&d, date("2003-01-01"), p5).contains(&"Art. 24(4)".to_owned()));
    // Before the rule came into force it is not cited.
    assert!(!locators(&d, date("1998-07-11"), p5).contains(&"Art. 24(4)".to_owned()));
    d.contingent.weapons_use = Vec::new();
    assert!(!locators(&d, date("2003-01-01"), p5).contains(&"Art. 24(4)".to_owned()));
}

#[test]
fn consent_and_ceasefire_boundary_days() {
    let on = date("2014-01-10");
    let off = date("2014-02-10");
    let consent = Consent::Given {
        on: Some(on),
        withdrawn_on: Some(off),
    };
    assert!(!consent.in_effect_on(date("2014-01-09")));
    assert!(consent.in_effect_on(on));
    assert!(consent.in_effect_on(date("2014-02-09")));
    assert!(!consent.in_effect_on(off));

    let c = Ceasefire::new(["A"], Some(on), Some(off));
    assert!(!c.in_effect_on(date("2014-01-09")));
    assert!(c.in_effect_on(on));
    assert!(c.in_effect_on(date("2014-02-09")));
    assert!(!c.in_effect_on(off));
    assert!(!c.in_effect_on(date("2014-03-01")));
    assert!(Ceasefire::new(["A"], None, None).in_effect_on(on));
    assert!(Ceasefire::new(["A"], Some(on), None).in_effect_on(date("2099-01-01")));
}

#[test]
fn a_ceasefire_broken_on_the_assessment_day_is_not_in_effect() {
    let mut d = load("engineering-with-ceasefire-monitoring");
    d.contingent.tasks = vec![Task::Engineering];
    let broken = date("2014-02-10");
    let Fact::Known(ceasefires) = &mut d.ceasefires else {
        unreachable!()
    };
    ceasefires[0].agreed_on = Some(date("2014-01-10"));
    ceasefires[0].broken_on = Some(broken);
    let ceasefire = Subject::Principle(Principle::Ceasefire);
    let status = |as_of: &str| {
        assess(&d, date(as_of))
            .unwrap()
            .finding(ceasefire)
            .unwrap()
            .status()
    };
    assert_eq!(status("2014-01-09"), Status::Violated);
    assert_eq!(status("2014-01-10"), Status::Satisfied);
    assert_eq!(status("2014-02-09"), Status::Satisfied);
    assert_eq!(status("2014-02-10"), Status::Violated);
}

fn problem(d: &Deployment) -> (String, FactProblem) {
    match d.check() {
        Err(Error::InconsistentFacts { path, problem }) => (path.to_string(), problem),
        other => panic!("expected inconsistent facts, got {other:?}"),
    }
}

#[test]
fn same_day_ends_are_consistent_earlier_ones_are_not() {
    let day = date("2014-01-10");
    let before = date("2014-01-09");
    let mut d = load("engineering-with-ceasefire-monitoring");
    d.ceasefires = Fact::Known(vec![Ceasefire::new(
        ["Party A", "Party B"],
        Some(day),
        Some(day),
    )]);
    d.host_consent.to_japan = Fact::Known(Consent::Given {
        on: Some(day),
        withdrawn_on: Some(day),
    });
    assert_eq!(d.check(), Ok(()));

    let mut broken_early = d.clone();
    broken_early.ceasefires = Fact::Known(vec![Ceasefire::new(
        ["Party A", "Party B"],
        Some(day),
        Some(before),
    )]);
    assert_eq!(
        problem(&broken_early),
        (
            "ceasefires[0].broken_on".into(),
            FactProblem::EndBeforeStart {
                start: day,
                end: before
            }
        )
    );
    let mut withdrawn_early = d;
    withdrawn_early.host_consent.to_japan = Fact::Known(Consent::Given {
        on: Some(day),
        withdrawn_on: Some(before),
    });
    assert_eq!(
        problem(&withdrawn_early).0,
        "host_consent.to_japan.given.withdrawn_on"
    );
}

fn many_parties(n: usize) -> Vec<Party> {
    (0..n)
        .map(|i| Party::new(format!("P{i}"), Fact::Unknown, Fact::Unknown))
        .collect()
}

#[test]
fn party_names_are_checked_however_many_there_are() {
    for n in [3, 16, 17, 40] {
        // A duplicate of the first party, placed last.
        let mut parties = many_parties(n);
        parties.push(Party::new("P0", Fact::Unknown, Fact::Unknown));
        let mut d = Deployment {
            parties: Fact::Known(parties),
            ..Deployment::default()
        };
        assert_eq!(
            problem(&d),
            (
                format!("parties[{n}].name"),
                FactProblem::DuplicateParty { name: "P0".into() }
            ),
            "{n} parties"
        );
        // A duplicate of the last party, among the many.
        let mut parties = many_parties(n);
        parties.push(Party::new(
            format!("P{}", n - 1),
            Fact::Unknown,
            Fact::Unknown,
        ));
        d.parties = Fact::Known(parties);
        assert_eq!(problem(&d).0, format!("parties[{n}].name"), "{n} parties");

        // Ceasefires may name any party, and only parties.
        d.parties = Fact::Known(many_parties(n));
        let last = format!("P{}", n - 1);
        d.ceasefires = Fact::Known(vec![Ceasefire::new(["P0", last.as_str()], None, None)]);
        assert_eq!(d.check(), Ok(()), "{n} parties");
        d.ceasefires = Fact::Known(vec![Ceasefire::new(["P0", "Z"], None, None)]);
        assert_eq!(
            problem(&d),
            (
                "ceasefires[0].parties[1]".into(),
                FactProblem::UnknownParty { name: "Z".into() }
            ),
            "{n} parties"
        );
    }
}

#[test]
fn events_must_name_known_parties() {
    let mut d = Deployment {
        parties: Fact::Known(many_parties(2)),
        ..Deployment::default()
    };
    let day = date("2014-01-01");
    let by = |name: &str| Consenter::Party(name.into());
    let events = [
        Event::new(day, EventKind::ConsentWithdrawn { by: by("P1") }),
        Event::new(
            day,
            EventKind::ConsentWithdrawn {
                by: Consenter::Host,
            },
        ),
        Event::new(day, EventKind::ConsentRestored { by: by("P0") }),
        Event::new(day, EventKind::CeasefireBroken),
    ];
    assert_eq!(check_events(&d, &events), Ok(()));

    let mut bad = events.to_vec();
    bad.push(Event::new(day, EventKind::ConsentRestored { by: by("Z") }));
    assert_eq!(
        check_events(&d, &bad),
        Err(Error::UnknownEventParty {
            index: 4,
            date: day,
            party: "Z".into()
        })
    );
    // Unknown parties: nothing to check against.
    d.parties = Fact::Unknown;
    assert_eq!(check_events(&d, &bad), Ok(()));
}

#[test]
fn a_suspension_names_its_causes() {
    let day = date("2014-01-01");
    let t = monitor(
        &[
            Event::new(day, EventKind::CeasefireBroken),
            Event::new(
                day,
                EventKind::ConsentWithdrawn {
                    by: Consenter::Host,
                },
            ),
        ],
        GracePeriod::days(30),
    );
    let first = &t.entries()[0];
    assert_eq!(first.action(), Action::Suspend);
    assert_eq!(
        first.causes(),
        [
            Cause::CeasefireBroken,
            Cause::ConsentWithdrawn(Consenter::Host)
        ]
    );
    assert_eq!(GracePeriod::days(30).in_days(), 30);
    assert_eq!(t.grace().in_days(), 30);
}

#[test]
fn a_comparison_reports_each_change_with_both_sides() {
    let task = Task::CeasefireMonitoring;
    let d = with_task(task);
    let c = compare(&d, date("1995-06-01"), date("2003-01-01")).unwrap();
    let change = c
        .changes()
        .iter()
        .find(|ch| ch.subject() == Subject::Task(task))
        .unwrap();
    assert_eq!(change.before(), Some(Status::Violated));
    assert_eq!(change.after(), Some(Status::Satisfied));
    assert!(
        change
            .reasons_before()
            .iter()
            .any(|r| matches!(r, Reason::PkfCoreTaskFrozen { .. }))
    );
    assert_eq!(change.reasons_after(), [Reason::TaskProvided { task }]);
    assert_eq!(
        c.amendments_between(),
        [Regime::Amended1998, Regime::Amended2001]
    );

    // A finding that appears only on the second date.
    let diet = c
        .changes()
        .iter()
        .find(|ch| ch.subject() == Subject::DietApproval);
    assert!(diet.is_none(), "no Diet finding without a known approval");

    // An amendment in force on the first date is not "between" the dates.
    let from_2001 = compare(&d, date("2001-12-14"), date("2003-01-01")).unwrap();
    assert_eq!(from_2001.amendments_between(), []);
    let eve = compare(&d, date("2001-12-13"), date("2001-12-14")).unwrap();
    assert_eq!(eve.amendments_between(), [Regime::Amended2001]);
}

const SPEECH_B: [&str; 5] = [
    "Agreement on a cease-fire shall have been reached among the parties to armed conflicts",
    "Consent for the undertaking of UN peacekeeping operations as well as Japan's participation in such operations shall have been obtained from the host countries as well as the parties to armed conflict",
    "The operations shall strictly maintain impartiality, not favoring any of the parties to armed conflicts",
    "Should any of the requirements in the above-mentioned principles cease to be satisfied, the Government of Japan may withdraw Self-Defense Force (SDF) units",
    "The use of weapons shall be limited to the minimum necessary to protect the lives of personnel, etc.",
];

#[test]
fn principles_are_worded_as_in_the_speech_and_the_official_summary() {
    for &regime in Regime::ALL {
        for (p, english) in Principle::ALL.iter().copied().zip(SPEECH_B) {
            let t = p.text(regime);
            assert_eq!(t.principle(), p);
            if p == Principle::MinimumUseOfWeapons && regime == Regime::Amended2015 {
                assert!(t.english().starts_with("Use of weapons is, as a basis"));
                assert_eq!(t.japanese(), None);
                assert_eq!(t.japanese_source(), None);
                assert!(t.note().unwrap().contains("29 March 2016"));
                continue;
            }
            assert_eq!(t.english(), english, "{p} under {regime:?}");
            assert_eq!(
                t.english_source()
                    .locator()
                    .map(ToString::to_string)
                    .as_deref(),
                Some("section B")
            );
            let japanese = t.japanese().unwrap();
            assert!(japanese.ends_with("こと"), "{p}: {japanese}");
            assert!(
                t.japanese_source()
                    .unwrap()
                    .title()
                    .contains("official Japanese summary")
            );
            assert_eq!(t.note(), None);
        }
    }
    assert_eq!(
        Principle::Ceasefire.text(Regime::Act1992).japanese(),
        Some("紛争当事者の間で停戦の合意が成立していること")
    );
    // The Japanese summaries differ from principle to principle.
    let ja: std::collections::HashSet<_> = Principle::ALL
        .iter()
        .map(|p| p.text(Regime::Act1992).japanese().unwrap())
        .collect();
    assert_eq!(ja.len(), 5);
}

/// How a displayed text must read.
enum Reads {
    Is(&'static str),
    StartsWith(&'static str),
    EndsWith(&'static str),
    Contains(&'static str),
}

#[test]
fn every_public_type_displays_what_it_means() {
    use Reads::{Contains, EndsWith, Is, StartsWith};
    let day = date("2014-01-10");
    let withdrawn = EventKind::ConsentWithdrawn {
        by: Consenter::Party("A".into()),
    };
    let suspended = WorkStatus::Suspended {
        since: day,
        terminate_on: date("2014-02-09"),
    };
    let table: Vec<(String, Reads)> = vec![
        (ConsentGap::Refused.to_string(), Is("refused")),
        (
            ConsentGap::NotYetGiven { given_on: day }.to_string(),
            Is("not given until 2014-01-10"),
        ),
        (
            ConsentGap::Withdrawn { on: day }.to_string(),
            Is("withdrawn on 2014-01-10"),
        ),
        (
            Condition::DietApprovalRequired.to_string(),
            StartsWith("Diet approval of the PKF core tasks before the SDF units are dispatched"),
        ),
        (
            Condition::DietApprovalRequiredIfSdfUnits.to_string(),
            EndsWith("if they are assigned to SDF units (Art. 6(7))"),
        ),
        (
            Note::NoConflictClauseAssumed.to_string(),
            Contains("no_conflict_clause_since_1992"),
        ),
        (
            Note::Act2024NotModelled.to_string(),
            Contains("12 July 2024"),
        ),
        (
            ConflictSituation::CeasefireBased.to_string(),
            Is("armed conflict between parties, ceasefire-based"),
        ),
        (
            ConflictSituation::EndedPartiesGone.to_string(),
            Is("conflict ended and the parties no longer exist in the area"),
        ),
        (
            ConflictSituation::NoConflictYet.to_string(),
            Is("no armed conflict has yet occurred"),
        ),
        (ContingentKind::SdfUnit.to_string(), Is("SDF unit")),
        (
            ContingentKind::SdfIndividuals.to_string(),
            Is("SDF personnel as individuals"),
        ),
        (ContingentKind::Police.to_string(), Is("police officers")),
        (ContingentKind::Civilians.to_string(), Is("civilians")),
        (withdrawn.to_string(), Is("party `A` withdrew its consent")),
        (
            EventKind::ConsentRestored {
                by: Consenter::Host,
            }
            .to_string(),
            Is("the host state gave its consent again"),
        ),
        (
            EventKind::CeasefireBroken.to_string(),
            Is("the ceasefire was broken"),
        ),
        (
            Event::new(day, withdrawn).to_string(),
            Is("2014-01-10: party `A` withdrew its consent"),
        ),
        (WorkStatus::Active.to_string(), Is("active")),
        (
            suspended.to_string(),
            Is("suspended since 2014-01-10, to be terminated on 2014-02-09 unless restored"),
        ),
        (
            WorkStatus::Terminated { on: day }.to_string(),
            Is("terminated on 2014-01-10"),
        ),
        (
            WeaponsUse::SelfPreservation.to_string(),
            StartsWith("self-preservation"),
        ),
    ];
    let wrong: Vec<&String> = table
        .iter()
        .filter(|(text, reads)| match reads {
            Is(s) => text != s,
            StartsWith(s) => !text.starts_with(s),
            EndsWith(s) => !text.ends_with(s),
            Contains(s) => !text.contains(s),
        })
        .map(|(text, _)| text)
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}
