//! The law as a value, and reforms of it: the amendments as reforms equal
//! the built-in laws; an empty reform is refused and one that restates the
//! law changes nothing; a reform and its inverse give back the baseline;
//! every finding a reform changed says so; impact lists exactly the
//! deployments whose assessment differs.

use crate::common::strategies::{assumptions, day, deployment};
use chrono::Days;
use pko_core::{Source, date};
use pko_principles::statute::{DietApproval, Permission};
use pko_principles::{
    Assumption, ConflictSituation, ContingentKind, Deployment, Enactment, Error, HeadcountCap, Law,
    LawChange, OperationKind, Options, Principle, Reform, Regime, Status, Subject, Task, Text,
    Verdict, WeaponsUse, impact, impact_on_record,
};
use proptest::prelude::*;

/// The regime before each amendment.
const AMENDMENTS: [(Regime, Regime); 3] = [
    (Regime::Act1992, Regime::Amended1998),
    (Regime::Amended1998, Regime::Amended2001),
    (Regime::Amended2001, Regime::Amended2015),
];

fn permission() -> impl Strategy<Value = Permission> {
    prop_oneof![
        Just(Permission::Allowed),
        Just(Permission::Barred),
        Just(Permission::Open(Assumption::UnverifiedPermissions)),
    ]
}

fn enactment() -> impl Strategy<Value = Enactment> {
    prop_oneof![
        Just(Enactment::InForce),
        Just(Enactment::Repealed),
        day().prop_map(|day| Enactment::From { day }),
        day().prop_map(|from| Enactment::NotYet { from }),
    ]
}

fn task() -> impl Strategy<Value = Task> {
    proptest::sample::select(Task::ALL.to_vec())
}

fn kind() -> impl Strategy<Value = OperationKind> {
    proptest::sample::select(OperationKind::ALL.to_vec())
}

fn contingent() -> impl Strategy<Value = ContingentKind> {
    proptest::sample::select(ContingentKind::ALL.to_vec())
}

fn weapons() -> impl Strategy<Value = WeaponsUse> {
    proptest::sample::select(WeaponsUse::ALL[..5].to_vec())
}

/// Any change a law can take.
fn change() -> impl Strategy<Value = LawChange> {
    prop_oneof![
        (task(), kind(), permission()).prop_map(|(task, operation, permission)| {
            LawChange::TaskOperation {
                task,
                operation,
                permission,
            }
        }),
        (task(), contingent(), permission()).prop_map(|(task, contingent, permission)| {
            LawChange::TaskContingent {
                task,
                contingent,
                permission,
            }
        }),
        (task(), any::<bool>()).prop_map(|(task, frozen)| LawChange::TaskFrozen { task, frozen }),
        (
            task(),
            prop_oneof![
                Just(DietApproval::Required),
                Just(DietApproval::NotRequired)
            ]
        )
            .prop_map(|(task, approval)| LawChange::DietApproval { task, approval }),
        (task(), enactment())
            .prop_map(|(task, enactment)| LawChange::TaskEnacted { task, enactment }),
        (task(), any::<bool>())
            .prop_map(|(task, required)| LawChange::StableConsent { task, required }),
        (kind(), enactment()).prop_map(|(operation, enactment)| LawChange::Operation {
            operation,
            enactment
        }),
        (
            proptest::sample::select(Principle::ALL[..4].to_vec()),
            kind(),
            any::<bool>()
        )
            .prop_map(|(principle, operation, waived)| LawChange::Principle {
                principle,
                operation,
                waived
            }),
        (
            prop_oneof![
                Just(ConflictSituation::EndedPartiesGone),
                Just(ConflictSituation::NoConflictYet)
            ],
            enactment()
        )
            .prop_map(|(situation, enactment)| LawChange::CeasefireClause {
                situation,
                enactment
            }),
        (weapons(), enactment())
            .prop_map(|(weapons, enactment)| LawChange::Weapons { weapons, enactment }),
        (weapons(), contingent(), any::<bool>()).prop_map(|(weapons, contingent, allowed)| {
            LawChange::WeaponsContingent {
                weapons,
                contingent,
                allowed,
            }
        }),
        enactment().prop_map(|enactment| LawChange::SuperiorOrder { enactment }),
        prop_oneof![
            (1_u32..3_000).prop_map(HeadcountCap::Of),
            Just(HeadcountCap::Removed),
            Just(HeadcountCap::Open)
        ]
        .prop_map(|cap| LawChange::HeadcountCap { cap }),
        prop_oneof![Just(Text::Pre2016), Just(Text::From2016)]
            .prop_map(|text| LawChange::Text { text }),
    ]
}

fn reform() -> impl Strategy<Value = Reform> {
    (
        proptest::collection::vec(change(), 1..6),
        proptest::option::of(day()),
    )
        .prop_map(|(changes, from)| {
            let mut r = Reform::new("random", Source::SPEECH);
            if let Some(d) = from {
                r = r.from(d);
            }
            changes.into_iter().fold(r, Reform::change)
        })
}

fn regime() -> impl Strategy<Value = Regime> {
    proptest::sample::select(Regime::ALL.to_vec())
}

#[test]
fn each_amendment_applied_to_the_law_before_it_holds_the_provisions_of_the_law_after_it() {
    for (before, after) in AMENDMENTS {
        let reformed = Law::of(before)
            .with(&Reform::amendment(after).unwrap())
            .unwrap();
        assert!(
            reformed.warnings().is_empty(),
            "{after:?}: {:?}",
            reformed.warnings()
        );
        let p = after.period();
        let days = [p.start(), p.end().unwrap_or(date(2030, 1, 1))];
        for d in days {
            assert!(
                reformed.same_provisions(Law::of(after), d),
                "{after:?} on {d}"
            );
        }
        // Before the amendment's day, the law before it applies.
        let eve = after.in_force_from().pred_opt().unwrap();
        assert!(
            reformed.same_provisions(Law::of(before), eve),
            "{after:?} on {eve}"
        );
        assert!(!reformed.same_provisions(Law::of(before), after.in_force_from()));
    }
}

#[test]
fn the_act_as_enacted_is_not_an_amendment() {
    assert_eq!(
        Reform::amendment(Regime::Act1992),
        Err(Error::NotAnAmendment {
            act: "Act No. 79 of 1992"
        })
    );
}

#[test]
fn every_amendment_change_cites_the_act_or_its_record() {
    for (_, after) in AMENDMENTS {
        let r = Reform::amendment(after).unwrap();
        assert_eq!(r.applies_from(), Some(after.in_force_from()));
        for e in r.changes() {
            let s = e.source.as_ref().expect("each change cites its provision");
            assert!(
                s.title().contains("Act") || s.title().contains("Amendment"),
                "{after:?}: {} cites {s}",
                e.change
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// The differential test: the law before each amendment with the
    /// amendment applied assesses every deployment as the built-in law
    /// after it does, verdict, findings (status, reasons, citations),
    /// deciding facts, conditions and notes, under any assumptions.
    #[test]
    fn each_amendment_as_a_reform_assesses_as_the_built_in_law(
        which in 0_usize..3,
        d in deployment(),
        a in assumptions(),
        offset in 0_u64..4_000,
    ) {
        let (before, after) = AMENDMENTS[which];
        let p = after.period();
        let on = p.start().checked_add_days(Days::new(offset)).unwrap();
        let on = p.end().map_or(on, |end| on.min(end));
        let reformed = Law::of(before).with(&Reform::amendment(after).unwrap()).unwrap();
        let o = Options::from(a);
        let built_in = o.assess(&d, on);
        let via_reform = o.assess_under(&reformed, &d, on);
        match (built_in, via_reform) {
            (Ok(b), Ok(r)) => {
                prop_assert!(r.says_the_same_as(&b), "{after:?} on {on}\n{b:#?}\n{r:#?}");
                prop_assert_eq!(r.findings().collect::<Vec<_>>(), b.findings().collect::<Vec<_>>());
            }
            (b, r) => prop_assert_eq!(b.map(|_| ()), r.map(|_| ())),
        }
    }

    /// A reform whose every change restates the law changes nothing, and
    /// says so in its warnings.
    #[test]
    fn a_reform_that_restates_the_law_changes_nothing(
        r in regime(),
        changes in proptest::collection::vec(change(), 1..6),
        d in deployment(),
        on in day(),
    ) {
        let law = Law::of(r);
        // Each change set to what the law already holds.
        let probe = changes.iter().fold(Reform::new("probe", Source::SPEECH), |acc, c| acc.change(*c));
        let restating = probe.inverse(law);
        let same = law.with(&restating).unwrap();
        prop_assert_eq!(same.warnings().len(), restating.changes().len());
        prop_assert!(same.same_provisions(law, on));
        let (a, b) = (law.assess(&d, on), same.assess(&d, on));
        match (a, b) {
            (Ok(a), Ok(b)) => prop_assert!(a.says_the_same_as(&b)),
            (a, b) => prop_assert_eq!(a.map(|_| ()), b.map(|_| ())),
        }
    }

    /// A reform and its inverse give back the baseline's provisions, on
    /// every day.
    #[test]
    fn a_reform_and_its_inverse_give_back_the_baseline(
        r in regime(),
        reform in reform(),
        on in day(),
    ) {
        let law = Law::of(r);
        let reformed = law.with(&reform).unwrap();
        let back = reformed.with(&reform.inverse(law)).unwrap();
        prop_assert!(back.same_provisions(law, on));
    }

    /// Impact lists exactly the deployments whose assessment differs, each
    /// with the findings that differ.
    #[test]
    fn impact_lists_exactly_the_deployments_whose_assessment_differs(
        r in regime(),
        reform in reform(),
        batch in proptest::collection::vec(deployment(), 0..8),
        on in day(),
    ) {
        let law = Law::of(r);
        let reformed = law.with(&reform).unwrap();
        let i = impact(law, &reformed, &batch, on).unwrap();
        prop_assert_eq!(i.assessed(), batch.len());
        let mut expected = Vec::new();
        let mut verdicts = 0;
        for (k, d) in batch.iter().enumerate() {
            let a = law.assess(d, on).unwrap();
            let b = reformed.assess(d, on).unwrap();
            if !a.says_the_same_as(&b) {
                expected.push(k);
                verdicts += usize::from(a.verdict() != b.verdict());
            }
        }
        prop_assert_eq!(i.cases().iter().map(pko_principles::Case::index).collect::<Vec<_>>(), expected);
        prop_assert_eq!(i.verdicts_changed(), verdicts);
        for c in i.cases() {
            for f in c.findings() {
                prop_assert_ne!(f.before(), f.after());
                prop_assert!(!f.by().is_empty(), "{:?}", f.subject());
            }
        }
    }

    /// A finding whose status or reasons a reform changed names a change
    /// of the reform.
    #[test]
    fn every_finding_a_reform_changed_names_the_change(
        r in regime(),
        reform in reform(),
        d in deployment(),
        on in day(),
    ) {
        let law = Law::of(r);
        let reformed = law.with(&reform).unwrap();
        let (Ok(before), Ok(after)) = (law.assess(&d, on), reformed.assess(&d, on)) else {
            return Ok(());
        };
        for f in after.findings() {
            if before.finding(f.subject()) != Some(f) {
                prop_assert!(
                    after.reformed().iter().any(|t| t.subject() == f.subject()),
                    "{:?} changed without a trace: {:?}",
                    f.subject(),
                    reform
                );
            }
        }
    }
}

#[cfg(feature = "parallel")]
proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn impact_on_every_core_is_impact_on_one(
        reform in reform(),
        batch in proptest::collection::vec(deployment(), 0..40),
        on in day(),
    ) {
        let law = Law::in_force_on(on).unwrap();
        let reformed = law.with(&reform).unwrap();
        let o = Options::new();
        prop_assert_eq!(
            o.impact_parallel(law, &reformed, &batch, on).unwrap(),
            o.impact(law, &reformed, &batch, on).unwrap()
        );
    }
}

#[test]
fn an_empty_reform_and_a_change_the_law_cannot_hold_are_refused_by_name() {
    let law = Law::of(Regime::Amended2001);
    let empty = Reform::new("nothing at all", Source::SPEECH);
    let e = law.with(&empty).unwrap_err();
    assert_eq!(
        e.to_string(),
        "the reform `nothing at all` has no changes: give it at least one"
    );
    let bad = [
        LawChange::Principle {
            principle: Principle::MinimumUseOfWeapons,
            operation: OperationKind::UnPeacekeeping,
            waived: true,
        },
        LawChange::Weapons {
            weapons: WeaponsUse::UseOfForce,
            enactment: Enactment::InForce,
        },
        LawChange::TaskContingent {
            task: Task::Medical,
            contingent: ContingentKind::Police,
            permission: Permission::AsSimilarWork,
        },
        LawChange::CeasefireClause {
            situation: ConflictSituation::CeasefireBased,
            enactment: Enactment::Repealed,
        },
        LawChange::HeadcountCap {
            cap: HeadcountCap::Of(0),
        },
        // An open reading that answers no yes-or-no question would name a
        // set assumption as undecided: found by fuzzing.
        LawChange::TaskOperation {
            task: Task::SafetyEnsuring,
            operation: OperationKind::HumanitarianRelief,
            permission: Permission::Open(Assumption::Pre2016TextAfter2016),
        },
        LawChange::DietApproval {
            task: Task::Engineering,
            approval: DietApproval::Open(Assumption::HeadquartersStaffSimilarTo),
        },
        // Only similar work is open to what it is similar to (a chain of
        // similarities was found by fuzzing).
        LawChange::TaskContingent {
            task: Task::CeasefireMonitoring,
            contingent: ContingentKind::SdfUnit,
            permission: Permission::Open(Assumption::HeadquartersStaffSimilarTo),
        },
    ];
    for (i, c) in bad.into_iter().enumerate() {
        let r = Reform::new("bad", Source::SPEECH)
            .change(LawChange::Text {
                text: Text::From2016,
            })
            .change(c);
        match law.with(&r) {
            Err(Error::BadChange { reform, index, why }) => {
                assert_eq!((reform.as_str(), index), ("bad", 1), "{i}");
                assert!(!why.is_empty());
            }
            other => panic!("{i}: {other:?}"),
        }
    }
}

/// The facts of the UNMISS engineering unit on the day of the speech.
fn unmiss_engineering() -> Deployment {
    crate::common::load("unmiss-engineering-2012")
}

#[test]
fn a_reform_applies_from_its_day_and_not_before() {
    let law = Law::of(Regime::Amended2001);
    let cap = Reform::new("a cap of 300", Source::SPEECH)
        .from(date(2014, 1, 1))
        .change(LawChange::HeadcountCap {
            cap: HeadcountCap::Of(300),
        });
    let reformed = law.with(&cap).unwrap();
    let d = unmiss_engineering();
    let before = reformed.assess(&d, date(2013, 12, 31)).unwrap();
    let after = reformed.assess(&d, date(2014, 1, 1)).unwrap();
    assert_eq!(
        before.finding(Subject::Headcount).unwrap().status(),
        Status::Satisfied
    );
    assert!(before.reformed().is_empty());
    assert_eq!(
        after.finding(Subject::Headcount).unwrap().status(),
        Status::Violated
    );
    assert_eq!(after.reformed().len(), 1);
    assert_eq!(
        after.reformed()[0].change().applies_from(),
        Some(date(2014, 1, 1))
    );
}

#[test]
fn a_finding_names_the_reform_the_change_and_its_source() {
    let law = Law::of(Regime::Amended2001);
    let art = pko_principles::law::article("6(6)");
    let police = Reform::new("SDF units may advise police", Source::SPEECH).change_cited(
        LawChange::TaskContingent {
            task: Task::CivilianPolice,
            contingent: ContingentKind::SdfUnit,
            permission: Permission::Allowed,
        },
        art.clone(),
    );
    let reformed = law.with(&police).unwrap();
    let facts = Deployment::builder()
        .operation(OperationKind::UnPeacekeeping)
        .contingent(ContingentKind::SdfUnit, 50)
        .tasks([Task::CivilianPolice])
        .build()
        .unwrap();
    let on = date(2010, 1, 1);
    let a = law.assess(&facts, on).unwrap();
    let b = reformed.assess(&facts, on).unwrap();
    let task = Subject::Task(Task::CivilianPolice);
    assert_eq!(a.finding(task).unwrap().status(), Status::Violated);
    assert_eq!(b.finding(task).unwrap().status(), Status::Satisfied);
    let traced: Vec<_> = b
        .reformed()
        .iter()
        .filter(|r| r.subject() == task)
        .collect();
    assert_eq!(traced.len(), 1);
    assert_eq!(traced[0].change().reform(), "SDF units may advise police");
    assert_eq!(traced[0].change().source(), &art);
    assert!(matches!(
        traced[0].change().change(),
        LawChange::TaskContingent { .. }
    ));
    // The findings that read nothing the reform set carry no trace.
    assert!(b.reformed().iter().all(|r| r.subject() == task));
}

#[test]
fn waiving_a_principle_makes_it_not_applicable_for_that_kind_alone() {
    let law = Law::of(Regime::Amended2001);
    let waive = Reform::new("no ceasefire needed", Source::SPEECH).change(LawChange::Principle {
        principle: Principle::Ceasefire,
        operation: OperationKind::UnPeacekeeping,
        waived: true,
    });
    let reformed = law.with(&waive).unwrap();
    let mut d = unmiss_engineering();
    d.ceasefires = pko_principles::Fact::Known(vec![]);
    let on = date(2015, 6, 15);
    let p1 = Subject::Principle(Principle::Ceasefire);
    assert_eq!(
        law.assess(&d, on).unwrap().finding(p1).unwrap().status(),
        Status::Violated
    );
    assert_eq!(
        reformed
            .assess(&d, on)
            .unwrap()
            .finding(p1)
            .unwrap()
            .status(),
        Status::NotApplicable
    );
    // With the kind unknown, a failure no longer settles it.
    d.operation.kind = pko_principles::Fact::Unknown;
    let a = reformed.assess(&d, on).unwrap();
    assert_eq!(a.finding(p1).unwrap().status(), Status::Undetermined);
}

#[test]
fn a_repealed_kind_of_operation_is_not_law() {
    let law = Law::of(Regime::Amended2001);
    let r = Reform::new("no peacekeeping", Source::SPEECH).change(LawChange::Operation {
        operation: OperationKind::UnPeacekeeping,
        enactment: Enactment::Repealed,
    });
    let a = law
        .with(&r)
        .unwrap()
        .assess(&unmiss_engineering(), date(2015, 6, 15))
        .unwrap();
    let basis = a.finding(Subject::LegalBasis).unwrap();
    assert_eq!(basis.status(), Status::Violated);
    assert!(basis.reasons()[0].to_string().contains("not provided"));
    assert_eq!(a.verdict(), Verdict::NotPermitted);
}

#[test]
fn the_record_under_a_cap_of_500_changes_only_the_large_units() {
    let cap = Reform::new("a cap of 500", Source::SPEECH).change(LawChange::HeadcountCap {
        cap: HeadcountCap::Of(500),
    });
    let i = impact_on_record(&cap).unwrap();
    assert!(i.verdicts_changed() > 0);
    for c in i.cases() {
        for f in c.findings() {
            if f.after().map(|s| s.status) == Some(Status::Violated) {
                assert_eq!(f.subject(), Subject::Headcount, "{:?}", c.dispatch());
            }
        }
        if c.verdict_after() != c.verdict_before() {
            assert_eq!(
                c.verdict_after(),
                Verdict::NotPermitted,
                "{:?}",
                c.dispatch()
            );
        }
    }
    // The cap of 2,000 restates the law before 2016 and changes only the
    // days under the 2016 text, where the cap is an open reading.
    let same = cap.inverse(Law::of(Regime::Act1992));
    assert_eq!(
        same.changes()[0].change,
        LawChange::HeadcountCap {
            cap: HeadcountCap::Of(2_000)
        }
    );
    let i = impact_on_record(&same).unwrap();
    assert!(i.changed() > 0);
    assert!(
        i.cases()
            .iter()
            .all(|c| c.on() >= Regime::Amended2015.in_force_from())
    );
}

#[cfg(feature = "serde")]
#[test]
fn a_reform_reads_from_json_and_refuses_unknown_fields() {
    let json = r#"{
        "name": "SDF units may advise police",
        "source": {"issuer": "A researcher", "title": "A proposal", "reliability": "secondary"},
        "from": "2015-06-15",
        "changes": [
            {"change": {"set": "task_contingent", "task": "civilian_police", "contingent": "sdf_unit", "permission": "allowed"}},
            {"change": {"set": "headcount_cap", "cap": 1000}, "source": {"issuer": "A researcher", "title": "Art. 18 proposal", "reliability": "secondary"}}
        ]
    }"#;
    let r: Reform = serde_json::from_str(json).unwrap();
    assert_eq!(r.changes().len(), 2);
    assert_eq!(r.applies_from(), Some(date(2015, 6, 15)));
    assert_eq!(
        r.changes()[1].change,
        LawChange::HeadcountCap {
            cap: HeadcountCap::Of(1_000)
        }
    );
    let back: Reform = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
    assert_eq!(back, r);
    let unknown = json.replace(
        "\"task\": \"civilian_police\"",
        "\"task\": \"civilian_police\", \"extra\": 1",
    );
    assert!(serde_json::from_str::<Reform>(&unknown).is_err());
    let bad_task = json.replace("civilian_police", "policing");
    assert!(serde_json::from_str::<Reform>(&bad_task).is_err());
    for (_, after) in AMENDMENTS {
        let a = Reform::amendment(after).unwrap();
        let text = serde_json::to_string(&a).unwrap();
        assert_eq!(serde_json::from_str::<Reform>(&text).unwrap(), a);
    }
}

/// Found by fuzzing: similar work takes the rule of the items it is
/// similar to, the freeze included, so a reform of that freeze changes it
/// and the finding must say so.
#[test]
fn similar_work_names_a_change_to_the_freeze_of_what_it_is_similar_to() {
    let law = Law::of(Regime::Act1992);
    let unfreeze = Reform::new("unfreeze", Source::SPEECH).change(LawChange::TaskFrozen {
        task: Task::CeasefireMonitoring,
        frozen: false,
    });
    let reformed = law.with(&unfreeze).unwrap();
    let facts = Deployment::builder()
        .operation(OperationKind::UnPeacekeeping)
        .contingent(ContingentKind::SdfUnit, 10)
        .tasks([Task::HeadquartersStaff])
        .build()
        .unwrap();
    let mut assumed = pko_principles::Assumptions::default();
    assumed.headquarters_staff_similar_to = pko_principles::Similarity::PkfCore;
    let options = Options::from(assumed);
    let on = date(1995, 1, 1);
    let hq = Subject::Task(Task::HeadquartersStaff);
    let before = options.assess(&facts, on).unwrap();
    let after = options.assess_under(&reformed, &facts, on).unwrap();
    assert_eq!(before.finding(hq).unwrap().status(), Status::Violated);
    assert_ne!(after.finding(hq).unwrap().status(), Status::Violated);
    assert!(after.reformed().iter().any(|r| r.subject() == hq));
}

/// Found by fuzzing: when a reform lets every kind of contingent use an
/// authority, the finding no longer checks who may, but it read the
/// change, and says so; so does principle 5, which sums it up.
#[test]
fn allowing_everyone_an_authority_names_the_change() {
    let law = Law::of(Regime::Amended2001);
    let everyone = [ContingentKind::Police, ContingentKind::Civilians]
        .into_iter()
        .fold(Reform::new("everyone", Source::SPEECH), |r, contingent| {
            r.change(LawChange::WeaponsContingent {
                weapons: WeaponsUse::ProtectionOfWeapons,
                contingent,
                allowed: true,
            })
        });
    let reformed = law.with(&everyone).unwrap();
    let facts = Deployment::builder()
        .contingent(ContingentKind::Police, 10)
        .weapons([WeaponsUse::ProtectionOfWeapons])
        .build()
        .unwrap();
    let on = date(2010, 1, 1);
    let w = Subject::Weapons(WeaponsUse::ProtectionOfWeapons);
    let p5 = Subject::Principle(Principle::MinimumUseOfWeapons);
    let before = law.assess(&facts, on).unwrap();
    let after = reformed.assess(&facts, on).unwrap();
    assert_eq!(before.finding(w).unwrap().status(), Status::Violated);
    assert_eq!(after.finding(w).unwrap().status(), Status::Satisfied);
    for s in [w, p5] {
        assert!(after.reformed().iter().any(|r| r.subject() == s), "{s:?}");
    }
}

/// Found by fuzzing: a reform that lets SDF units do headquarters work
/// outright leaves the Diet's approval to what the work is similar to;
/// once that is set, the finding takes the Diet's approval of that work
/// and does not name the similarity as open.
#[test]
fn similar_work_allowed_outright_takes_the_diet_approval_of_what_it_is_similar_to() {
    let law = Law::of(Regime::Amended2001);
    let allow = Reform::new("HQ by SDF units", Source::SPEECH).change(LawChange::TaskContingent {
        task: Task::HeadquartersStaff,
        contingent: ContingentKind::SdfUnit,
        permission: Permission::Allowed,
    });
    let reformed = law.with(&allow).unwrap();
    let facts = Deployment::builder()
        .operation(OperationKind::UnPeacekeeping)
        .contingent(ContingentKind::SdfUnit, 10)
        .tasks([Task::HeadquartersStaff])
        .build()
        .unwrap();
    let on = date(2010, 1, 1);
    let open = reformed.assess(&facts, on).unwrap();
    assert!(
        open.deciding_facts()
            .iter()
            .any(|d| d == "assumptions.headquarters_staff_similar_to")
    );
    for (similarity, approval) in [
        (pko_principles::Similarity::PkfCore, true),
        (pko_principles::Similarity::Support, false),
    ] {
        let mut assumed = pko_principles::Assumptions::default();
        assumed.headquarters_staff_similar_to = similarity;
        let a = Options::from(assumed)
            .assess_under(&reformed, &facts, on)
            .unwrap();
        assert!(
            a.deciding_facts()
                .iter()
                .all(|d| d != "assumptions.headquarters_staff_similar_to"),
            "{a}"
        );
        assert_eq!(
            a.conditions()
                .contains(&pko_principles::Condition::DietApprovalRequired),
            approval,
            "{similarity:?}: {a}"
        );
    }
}

/// Each of principles 1–4, waived for a kind of operation, is not
/// applicable for that kind alone, and the others still apply.
#[test]
fn each_principle_is_waived_alone_and_for_its_kind_alone() {
    let law = Law::of(Regime::Amended2001);
    let on = date(2015, 6, 15);
    let facts = unmiss_engineering();
    for p in &Principle::ALL[..4] {
        let waive = Reform::new("waive", Source::SPEECH).change(LawChange::Principle {
            principle: *p,
            operation: OperationKind::UnPeacekeeping,
            waived: true,
        });
        let a = law.with(&waive).unwrap().assess(&facts, on).unwrap();
        for q in &Principle::ALL[..4] {
            let status = a.finding(Subject::Principle(*q)).unwrap().status();
            if q == p {
                assert_eq!(status, Status::NotApplicable, "{p} waived");
                assert!(
                    a.finding(Subject::Principle(*q)).unwrap().reasons()[0]
                        .to_string()
                        .contains("is waived for a UN peacekeeping operation")
                );
            } else {
                assert_ne!(status, Status::NotApplicable, "{q} while {p} is waived");
            }
        }
        // Waived for relief only, peacekeeping still needs it.
        let relief = Reform::new("waive", Source::SPEECH).change(LawChange::Principle {
            principle: *p,
            operation: OperationKind::HumanitarianRelief,
            waived: true,
        });
        let b = law.with(&relief).unwrap().assess(&facts, on).unwrap();
        assert_ne!(
            b.finding(Subject::Principle(*p)).unwrap().status(),
            Status::NotApplicable,
            "{p} waived for relief"
        );
    }
}

/// Who may not use an authority is read from the law, and the reason names
/// the rule of the Act that bars them (or, for a bar a reform added, that
/// the law as changed does not allow it).
#[test]
fn a_barred_authority_names_the_rule_that_bars_it() {
    use pko_principles::{Bar, Reason};
    let on = date(2017, 1, 1);
    let bar_of = |law: &Law, weapons: WeaponsUse, contingent: ContingentKind| {
        let facts = Deployment::builder()
            .operation(OperationKind::UnPeacekeeping)
            .contingent(contingent, 10)
            .tasks([Task::SafetyEnsuring])
            .weapons([weapons])
            .build()
            .unwrap();
        let a = law.assess(&facts, on).unwrap();
        a.finding(Subject::Weapons(weapons))
            .unwrap()
            .reasons()
            .iter()
            .find_map(|r| match r {
                Reason::WeaponsNotForContingent { bar, .. } => Some(*bar),
                _ => None,
            })
    };
    let law = Law::of(Regime::Amended2015);
    for (w, k, expected) in [
        (
            WeaponsUse::ProtectionOfWeapons,
            ContingentKind::Police,
            Some(Bar::SdfActArticle95),
        ),
        (
            WeaponsUse::ProtectionOfWeapons,
            ContingentKind::Civilians,
            Some(Bar::SdfActArticle95),
        ),
        (
            WeaponsUse::DutyExecution,
            ContingentKind::Police,
            Some(Bar::SdfOfficersOnly),
        ),
        (
            WeaponsUse::JointCampProtection,
            ContingentKind::Civilians,
            Some(Bar::SdfOfficersOnly),
        ),
        (
            WeaponsUse::JointCampProtection,
            ContingentKind::SdfIndividuals,
            Some(Bar::SdfUnitsOnly),
        ),
        (
            WeaponsUse::JointCampProtection,
            ContingentKind::SdfUnit,
            None,
        ),
        (
            WeaponsUse::ProtectionOfWeapons,
            ContingentKind::SdfIndividuals,
            None,
        ),
    ] {
        assert_eq!(bar_of(law, w, k), expected, "{w} by {k}");
    }
    let bar_units = Reform::new("bar", Source::SPEECH).change(LawChange::WeaponsContingent {
        weapons: WeaponsUse::SelfPreservation,
        contingent: ContingentKind::SdfUnit,
        allowed: false,
    });
    assert_eq!(
        bar_of(
            &law.with(&bar_units).unwrap(),
            WeaponsUse::SelfPreservation,
            ContingentKind::SdfUnit
        ),
        Some(Bar::NotInLaw)
    );
}

/// A case lists exactly the findings that differ, each with the changes
/// it read (a finding the reformed law no longer makes, with every change
/// the reformed assessment read), and the conditions and notes where they
/// differ.
#[test]
fn a_case_says_exactly_what_differs_and_why() {
    use pko_principles::{Condition, Note};
    let law = Law::of(Regime::Amended2001);
    let on = date(2010, 1, 1);
    // SDF units monitoring a ceasefire, the Diet having refused: the Diet
    // finding is violated, and goes when the approval is no longer
    // required; the cap of 1,000 changes the headcount finding alone.
    let mut facts = unmiss_engineering();
    facts.contingent.tasks = vec![Task::CeasefireMonitoring];
    facts.diet_approval = pko_principles::Fact::Known(false);
    let reform = Reform::new("two changes", Source::SPEECH)
        .change(LawChange::DietApproval {
            task: Task::CeasefireMonitoring,
            approval: DietApproval::NotRequired,
        })
        .change(LawChange::HeadcountCap {
            cap: HeadcountCap::Of(1_000),
        });
    let reformed = law.with(&reform).unwrap();
    let i = impact(law, &reformed, std::slice::from_ref(&facts), on).unwrap();
    assert_eq!((i.assessed(), i.changed(), i.verdicts_changed()), (1, 1, 1));
    let case = &i.cases()[0];
    assert_eq!(case.index(), 0);
    assert_eq!(case.dispatch(), None);
    let subjects: Vec<Subject> = case
        .findings()
        .iter()
        .map(pko_principles::FindingChange::subject)
        .collect();
    assert_eq!(
        subjects,
        [
            Subject::Task(Task::CeasefireMonitoring),
            Subject::Headcount,
            Subject::DietApproval
        ]
    );
    let by = |s: Subject| -> Vec<LawChange> {
        case.findings()
            .iter()
            .find(|f| f.subject() == s)
            .unwrap()
            .by()
            .iter()
            .map(|a| *a.change())
            .collect()
    };
    assert_eq!(by(Subject::Headcount), [reform.changes()[1].change]);
    assert_eq!(
        by(Subject::Task(Task::CeasefireMonitoring)),
        [reform.changes()[0].change]
    );
    let diet = case.findings().last().unwrap();
    assert_eq!(diet.before().map(|f| f.status), Some(Status::Violated));
    assert!(diet.after().is_none());
    assert_eq!(
        diet.by().len(),
        2,
        "every change the assessment read, once each"
    );
    assert!(case.notes().is_none());
    assert!(case.conditions().is_none());
    // Conditions: the Diet's approval required once the facts leave it
    // unknown, and not after the reform.
    facts.diet_approval = pko_principles::Fact::Unknown;
    let i = impact(law, &reformed, std::slice::from_ref(&facts), on).unwrap();
    let [before, after] = i.cases()[0].conditions().unwrap();
    assert!(before.contains(&Condition::DietApprovalRequired));
    assert!(!after.contains(&Condition::DietApprovalRequired));
    // Notes: the 2016 text's numbering brings the note that findings cite
    // the July 2015 text.
    let text = Reform::new("text", Source::SPEECH).change(LawChange::Text {
        text: Text::From2016,
    });
    let i = impact(
        law,
        &law.with(&text).unwrap(),
        std::slice::from_ref(&facts),
        on,
    )
    .unwrap();
    let [before, after] = i.cases()[0].notes().unwrap();
    assert!(!before.contains(&Note::Pre2016TextApplied));
    assert!(after.contains(&Note::Pre2016TextApplied));
    // The text form gives the counts and each change.
    let shown = i.to_string();
    assert!(
        shown.starts_with("1 assessed, 1 assessed differently"),
        "{shown}"
    );
    assert!(shown.contains("by text ("), "{shown}");
}

#[test]
fn the_record_cases_name_their_dispatch_and_respect_the_assumptions() {
    use pko_principles::history::RECORD;
    let cap = Reform::new("a cap of 500", Source::SPEECH).change(LawChange::HeadcountCap {
        cap: HeadcountCap::Of(500),
    });
    let i = impact_on_record(&cap).unwrap();
    assert_eq!(i.changed(), i.cases().len());
    assert!(i.changed() > 1);
    for c in i.cases() {
        assert_eq!(c.dispatch(), Some(RECORD[c.index()].id()));
        assert!(!c.findings().is_empty());
    }
    // Under other assumptions, the record is assessed under them: the 11th
    // UNMISS rotation's kaketsuke-keigo, open under the defaults, is
    // permitted once the Diet's approval is read as not required.
    let mut assumed = pko_principles::Assumptions::default();
    assumed.diet_approval_2015_tasks = pko_principles::Reading::No;
    let o = Options::from(assumed);
    let replay = o.replay().unwrap();
    let under = o.impact_on_record(&cap).unwrap();
    assert_eq!(under.assessed(), i.assessed());
    assert!(under.changed() > 1);
    for c in under.cases() {
        let r = &replay[c.index()];
        let before = if c.on() == r.first().as_of() {
            r.first().verdict()
        } else {
            r.last().unwrap().verdict()
        };
        assert_eq!(
            c.verdict_before(),
            before,
            "{:?} on {}",
            c.dispatch(),
            c.on()
        );
    }
    let kk = |i: &pko_principles::Impact| {
        i.cases()
            .iter()
            .filter(|c| c.dispatch() == Some("unmiss-engineering-2015-tasks"))
            .map(pko_principles::Case::verdict_before)
            .collect::<Vec<_>>()
    };
    assert!(!kk(&i).is_empty() && kk(&i).iter().all(|v| *v == Verdict::Undetermined));
    assert!(!kk(&under).is_empty() && kk(&under).iter().all(|v| *v == Verdict::Permitted));
}

#[test]
fn the_2015_amendment_cites_the_sinai_order_for_headquarters_work() {
    let r = Reform::amendment(Regime::Amended2015).unwrap();
    let cited = |task: Task| {
        r.changes()
            .iter()
            .find(|e| {
                e.change
                    == LawChange::TaskOperation {
                        task,
                        operation: OperationKind::InternationallyCoordinated,
                        permission: if task == Task::HeadquartersStaff {
                            Permission::Allowed
                        } else {
                            Permission::Open(Assumption::CoordinatedAsPeacekeeping)
                        },
                    }
            })
            .and_then(|e| e.source.as_ref())
            .and_then(|s| s.locator())
            .map(ToString::to_string)
    };
    assert_eq!(
        cited(Task::HeadquartersStaff).as_deref(),
        Some("Art. 3(5)ネ")
    );
    assert_eq!(cited(Task::Engineering).as_deref(), Some("Art. 3(2)"));
}

#[test]
fn the_diet_approval_of_item_xvii_is_not_a_value_a_reform_sets() {
    let r = Reform::new("r", Source::SPEECH).change(LawChange::DietApproval {
        task: Task::HeadquartersStaff,
        approval: DietApproval::AsSimilarWork,
    });
    assert!(matches!(
        Law::of(Regime::Amended2001).with(&r),
        Err(Error::BadChange { index: 0, .. })
    ));
}

/// Reforms from days: each applies from its day, a second one on the same
/// day joins the first, and one from an earlier day also applies after the
/// later one's day.
#[test]
fn reforms_from_days_stack_in_the_order_of_their_days() {
    let law = Law::of(Regime::Amended2001);
    let cap = |n: u32, from: chrono::NaiveDate| {
        Reform::new(format!("cap {n}"), Source::SPEECH)
            .from(from)
            .change(LawChange::HeadcountCap {
                cap: HeadcountCap::Of(n),
            })
    };
    let pre = |from: chrono::NaiveDate| {
        Reform::new("text", Source::SPEECH)
            .from(from)
            .change(LawChange::Text {
                text: Text::From2016,
            })
    };
    let (d2012, d2014) = (date(2012, 1, 1), date(2014, 1, 1));
    // The same day twice: one segment, both changes.
    let same = law
        .with(&cap(900, d2014))
        .unwrap()
        .with(&pre(d2014))
        .unwrap();
    assert_eq!(
        same.headcount_cap(date(2013, 12, 31)),
        HeadcountCap::Of(2_000)
    );
    assert_eq!(same.text_on(date(2013, 12, 31)), Text::Pre2016);
    assert_eq!(same.headcount_cap(d2014), HeadcountCap::Of(900));
    assert_eq!(same.text_on(d2014), Text::From2016);
    // An earlier day after a later one: from 2012 the text, from 2014 the
    // cap and the text.
    let earlier = law
        .with(&cap(900, d2014))
        .unwrap()
        .with(&pre(d2012))
        .unwrap();
    assert_eq!(earlier.text_on(date(2011, 12, 31)), Text::Pre2016);
    assert_eq!(earlier.text_on(d2012), Text::From2016);
    assert_eq!(
        earlier.headcount_cap(date(2013, 6, 1)),
        HeadcountCap::Of(2_000)
    );
    assert_eq!(earlier.headcount_cap(d2014), HeadcountCap::Of(900));
    assert_eq!(earlier.text_on(d2014), Text::From2016);
    // A later day after an earlier one.
    let later = law
        .with(&pre(d2012))
        .unwrap()
        .with(&cap(900, d2014))
        .unwrap();
    for day in [
        date(2011, 1, 1),
        d2012,
        date(2013, 6, 1),
        d2014,
        date(2020, 1, 1),
    ] {
        assert!(later.same_provisions(&earlier, day), "{day}");
    }
    // A reform with no day changes every day, after the dated ones too.
    let all = later.with(
        &Reform::new("cap 800", Source::SPEECH).change(LawChange::HeadcountCap {
            cap: HeadcountCap::Of(800),
        }),
    );
    let all = all.unwrap();
    for day in [date(2011, 1, 1), d2012, d2014] {
        assert_eq!(all.headcount_cap(day), HeadcountCap::Of(800), "{day}");
    }
    // Each applied change says what it is.
    let shown = all.reforms()[0].to_string();
    assert!(shown.starts_with("text (Sukehiro Hasegawa"), "{shown}");
    assert!(
        shown.ends_with("citations and numbering of the text in force from 29 March 2016"),
        "{shown}"
    );
    assert_eq!(all.reforms().len(), 3);
    assert_eq!(
        all.name(),
        "the Act as amended by Act No. 157 of 2001 with text with cap 900 with cap 800"
    );
}

#[test]
fn an_enactment_says_whether_and_from_when() {
    let d = date(2016, 3, 29);
    for (e, text) in [
        (Enactment::InForce, "in force"),
        (Enactment::From { day: d }, "in force from 2016-03-29"),
        (
            Enactment::NotYet { from: d },
            "not yet law (law from 2016-03-29)",
        ),
        (Enactment::Repealed, "not law"),
    ] {
        assert_eq!(e.to_string(), text);
    }
    let c = LawChange::Weapons {
        weapons: WeaponsUse::DutyExecution,
        enactment: Enactment::From { day: d },
    };
    assert_eq!(
        c.to_string(),
        "weapons use for execution of duties: in force from 2016-03-29"
    );
}

#[test]
fn the_reasons_a_reform_brings_read_as_the_law_as_changed() {
    use pko_principles::Reason;
    let cases = [
        (Reason::NoCap, "no cap on the persons engaged at a time"),
        (
            Reason::NotInLaw {
                what: "a UN peacekeeping operation".to_owned(),
            },
            "a UN peacekeeping operation is not provided by the law as changed",
        ),
        (
            Reason::PrincipleWaived {
                principle: Principle::Consent,
                kind: OperationKind::HumanitarianRelief,
            },
            "principle 2 (consent) is waived for a humanitarian international relief operation",
        ),
        (
            Reason::PrincipleMayBeWaived {
                principle: Principle::Ceasefire,
            },
            "principle 1 (ceasefire) is waived for some kinds of operation: until the kind is known, its failure does not settle it",
        ),
    ];
    for (r, text) in cases {
        assert_eq!(r.to_string(), text);
    }
    // The cap removed: the headcount finding says so.
    let none = Reform::new("no cap", Source::SPEECH).change(LawChange::HeadcountCap {
        cap: HeadcountCap::Removed,
    });
    let a = Law::of(Regime::Amended2001)
        .with(&none)
        .unwrap()
        .assess(&unmiss_engineering(), date(2012, 1, 15))
        .unwrap();
    let f = a.finding(Subject::Headcount).unwrap();
    assert_eq!(
        (f.status(), f.reasons()),
        (Status::Satisfied, &[Reason::NoCap][..])
    );
}

/// A kind of operation not yet law: the legal basis says from when, and
/// cites what made it law.
#[test]
fn a_kind_of_operation_not_yet_law_cites_what_made_it_law() {
    let basis = |kind: OperationKind, on: chrono::NaiveDate| {
        let facts = Deployment::builder().operation(kind).build().unwrap();
        let a = pko_principles::assess(&facts, on).unwrap();
        let f = a.finding(Subject::LegalBasis).unwrap();
        (
            f.status(),
            f.reasons()[0].to_string(),
            crate::common::locators_of(f.citations()),
        )
    };
    let (status, reason, cites) =
        basis(OperationKind::InternationallyCoordinated, date(2010, 1, 1));
    assert_eq!(status, Status::Violated);
    assert_eq!(
        reason,
        "an internationally coordinated operation is law only from 2016-03-29"
    );
    assert!(cites.contains(&"Art. 3(2)".to_owned()), "{cites:?}");
    let (status, reason, cites) = basis(OperationKind::ElectionObservation, date(1995, 1, 1));
    assert_eq!(status, Status::Violated);
    assert!(
        reason.starts_with(
            "an international election observation activity as a kind of operation of its own"
        ),
        "{reason}"
    );
    assert!(reason.ends_with("is law only from 1998-06-12"), "{reason}");
    assert!(cites.contains(&"Art. 3(2-2)".to_owned()), "{cites:?}");
}

/// Principle 5 and the Diet finding take the changes of the findings they
/// sum up, and only those.
#[test]
fn summing_findings_take_only_the_changes_of_what_they_sum_up() {
    let law = Law::of(Regime::Amended2001);
    let mut facts = unmiss_engineering();
    facts.contingent.weapons_use = vec![WeaponsUse::SelfPreservation];
    // A PKF core task the Diet approved: a Diet finding is made.
    facts.contingent.tasks = vec![Task::CeasefireMonitoring];
    facts.diet_approval = pko_principles::Fact::Known(true);
    assert!(
        law.assess(&facts, date(2012, 1, 15))
            .unwrap()
            .finding(Subject::DietApproval)
            .is_some()
    );
    let cap = Reform::new("cap", Source::SPEECH).change(LawChange::HeadcountCap {
        cap: HeadcountCap::Of(100),
    });
    let a = law
        .with(&cap)
        .unwrap()
        .assess(&facts, date(2012, 1, 15))
        .unwrap();
    let subjects: Vec<Subject> = a
        .reformed()
        .iter()
        .map(pko_principles::Reformed::subject)
        .collect();
    assert_eq!(subjects, [Subject::Headcount]);
}

/// The consent of every party in a relief operation, waived for
/// kaketsuke-keigo by a reform: the task's finding changes and says so.
#[test]
fn a_waived_condition_of_relief_is_traced() {
    let law = Law::of(Regime::Amended2015);
    let mut facts: Deployment = crate::common::load("unmiss-kaketsuke-keigo-2016");
    facts.operation.kind = pko_principles::Fact::Known(OperationKind::HumanitarianRelief);
    facts.parties = pko_principles::Fact::Unknown;
    let waive = Reform::new("no parties' consent", Source::SPEECH).change(
        LawChange::PartiesConsentInRelief {
            task: Task::KaketsukeKeigo,
            required: false,
        },
    );
    let on = date(2017, 1, 1);
    let task = Subject::Task(Task::KaketsukeKeigo);
    let before = law.assess(&facts, on).unwrap();
    let after = law.with(&waive).unwrap().assess(&facts, on).unwrap();
    assert_ne!(before.finding(task), after.finding(task));
    assert!(after.reformed().iter().any(|r| r.subject() == task));
}
