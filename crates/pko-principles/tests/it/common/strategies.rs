//! Random deployments and events for property tests.
#![allow(dead_code, reason = "each test file uses a different part")]

use chrono::{Days, NaiveDate};
use pko_principles::{
    Assumptions, Carryover, Ceasefire, ConflictSituation, Consent, Consenter, Contingent,
    ContingentKind, Deployment, Event, EventKind, Fact, GracePeriod, HeadcountCap, HostConsent,
    Impartiality, Operation, OperationKind, Party, Reading, Similarity, Task, WeaponsUse,
};
use proptest::prelude::*;

pub(crate) fn fact<T: std::fmt::Debug + Clone>(
    s: impl Strategy<Value = T>,
) -> impl Strategy<Value = Fact<T>> {
    proptest::option::weighted(0.8, s).prop_map(Fact::from)
}

pub(crate) fn day() -> impl Strategy<Value = NaiveDate> {
    // 1992-08-10 to about 2031.
    (0_u64..14_000).prop_map(|n| {
        pko_core::date(1992, 8, 10)
            .checked_add_days(Days::new(n))
            .unwrap()
    })
}

fn consent() -> impl Strategy<Value = Consent> {
    prop_oneof![
        3 => Just(Consent::GIVEN),
        1 => Just(Consent::Refused),
        1 => (day(), proptest::option::of(0_u64..3000)).prop_map(|(on, w)| Consent::Given {
            on: Some(on),
            withdrawn_on: w.map(|n| on.checked_add_days(Days::new(n)).unwrap()),
        }),
    ]
}

fn kind() -> impl Strategy<Value = OperationKind> {
    prop_oneof![
        4 => Just(OperationKind::UnPeacekeeping),
        1 => Just(OperationKind::InternationallyCoordinated),
        1 => Just(OperationKind::HumanitarianRelief),
        1 => Just(OperationKind::ElectionObservation),
    ]
}

fn conflict() -> impl Strategy<Value = ConflictSituation> {
    prop_oneof![
        4 => Just(ConflictSituation::CeasefireBased),
        1 => Just(ConflictSituation::EndedPartiesGone),
        1 => Just(ConflictSituation::NoConflictYet),
    ]
}

pub(crate) const TASKS: &[Task] = Task::ALL;

pub(crate) const WEAPONS: [WeaponsUse; 6] = [
    WeaponsUse::SelfPreservation,
    WeaponsUse::PersonsUnderControl,
    WeaponsUse::ProtectionOfWeapons,
    WeaponsUse::DutyExecution,
    WeaponsUse::JointCampProtection,
    WeaponsUse::UseOfForce,
];

pub(crate) const NAMES: [&str; 4] = ["Party A", "Party B", "Party C", "Party D"];

pub(crate) fn deployment() -> impl Strategy<Value = Deployment> {
    let operation = (fact(kind()), fact(conflict()), fact(any::<bool>())).prop_map(
        |(kind, conflict, host_is_party)| Operation {
            kind,
            conflict,
            host_is_party,
            ..Operation::default()
        },
    );
    let parties = fact(proptest::collection::vec(
        (fact(consent()), fact(consent())),
        0..4,
    ))
    .prop_map(|f| match f {
        Fact::Known(v) => Fact::Known(
            v.into_iter()
                .enumerate()
                .map(|(i, (o, j))| Party::new(NAMES[i], o, j))
                .collect::<Vec<_>>(),
        ),
        Fact::Unknown => Fact::Unknown,
    });
    let ceasefires = fact(proptest::collection::vec(
        (
            proptest::sample::subsequence(NAMES.to_vec(), 0..=4),
            proptest::option::of(day()),
            proptest::option::of(0_u64..3000),
        ),
        0..3,
    ));
    let host =
        (fact(consent()), fact(consent()), fact(any::<bool>())).prop_map(|(o, j, s)| HostConsent {
            to_operation: o,
            to_japan: j,
            stably_maintained: s,
        });
    let impartiality = fact(prop_oneof![
        3 => Just(Impartiality::NoneReported),
        1 => Just(Impartiality::Compromised { reports: vec!["reported".into()] }),
    ]);
    let contingent = (
        fact(proptest::sample::select(ContingentKind::ALL.to_vec())),
        fact(0_u32..3000),
        proptest::sample::subsequence(TASKS.to_vec(), 0..=4),
        proptest::sample::subsequence(WEAPONS[..5].to_vec(), 0..=4),
    )
        .prop_map(|(kind, size, tasks, weapons_use)| Contingent {
            kind,
            size,
            tasks,
            weapons_use,
        });
    (
        operation,
        parties,
        ceasefires,
        host,
        impartiality,
        contingent,
        fact(any::<bool>()),
        fact(any::<bool>()),
        fact(0_u32..1500),
    )
        .prop_map(
            |(
                operation,
                parties,
                ceasefires,
                host_consent,
                impartiality,
                contingent,
                w,
                diet,
                already_engaged,
            )| {
                // Ceasefires name only listed parties (or any, if unknown).
                let listed: Vec<String> = match &parties {
                    Fact::Known(ps) => ps.iter().map(|p: &Party| p.name.clone()).collect(),
                    Fact::Unknown => NAMES.iter().map(|s| (*s).to_owned()).collect(),
                };
                let ceasefires = match ceasefires {
                    Fact::Known(cs) => Fact::Known(
                        cs.into_iter()
                            .map(|(names, agreed, broken_after)| {
                                let names: Vec<&str> = names
                                    .into_iter()
                                    .filter(|n| listed.iter().any(|l| l == n))
                                    .collect();
                                Ceasefire::new(
                                    names,
                                    agreed,
                                    agreed.and_then(|a| {
                                        broken_after
                                            .map(|n| a.checked_add_days(Days::new(n)).unwrap())
                                    }),
                                )
                            })
                            .collect(),
                    ),
                    Fact::Unknown => Fact::Unknown,
                };
                Deployment {
                    operation,
                    parties,
                    ceasefires,
                    host_consent,
                    impartiality,
                    contingent,
                    withdrawal_reserved: w,
                    diet_approval: diet,
                    already_engaged,
                }
            },
        )
}

pub(crate) fn events() -> impl Strategy<Value = Vec<Event>> {
    let by = prop_oneof![
        Just(Consenter::Host),
        proptest::sample::select(NAMES.to_vec()).prop_map(|n| Consenter::Party(n.into())),
    ];
    let kind = prop_oneof![
        Just(EventKind::CeasefireBroken),
        Just(EventKind::CeasefireRestored),
        by.clone().prop_map(|by| EventKind::ConsentWithdrawn { by }),
        by.prop_map(|by| EventKind::ConsentRestored { by }),
        Just(EventKind::ImpartialityCompromised),
        Just(EventKind::ImpartialityRestored),
    ];
    proptest::collection::vec(
        (
            (0_u64..400).prop_map(|n| {
                pko_core::date(2014, 1, 1)
                    .checked_add_days(Days::new(n))
                    .unwrap()
            }),
            kind,
        )
            .prop_map(|(d, k)| Event::new(d, k)),
        0..40,
    )
}

pub(crate) fn reading() -> impl Strategy<Value = Reading> {
    prop_oneof![Just(Reading::Open), Just(Reading::Yes), Just(Reading::No)]
}

pub(crate) fn similarity() -> impl Strategy<Value = Similarity> {
    prop_oneof![
        Just(Similarity::Open),
        Just(Similarity::PkfCore),
        Just(Similarity::Election),
        Just(Similarity::Administration),
        Just(Similarity::Support),
    ]
}

pub(crate) fn headcount_cap() -> impl Strategy<Value = HeadcountCap> {
    prop_oneof![
        Just(HeadcountCap::Open),
        Just(HeadcountCap::Removed),
        (0_u32..4000).prop_map(HeadcountCap::Of),
    ]
}

/// Any assumptions: every answer of every open reading, and open.
pub(crate) fn assumptions() -> impl Strategy<Value = Assumptions> {
    (
        (reading(), reading(), similarity(), similarity()),
        (
            prop_oneof![Just(Carryover::Apply), Just(Carryover::Open)],
            reading(),
            reading(),
            headcount_cap(),
            reading(),
            proptest::option::of((0_u32..90).prop_map(GracePeriod::days)),
        ),
    )
        .prop_map(
            |((conflict, coordinated, hq, liaison), (text, core, tasks, cap, who, grace))| {
                Assumptions::default()
                    .with_no_conflict_clause_since_1992(conflict)
                    .with_coordinated_as_peacekeeping(coordinated)
                    .with_headquarters_staff_similar_to(hq)
                    .with_military_liaison_similar_to(liaison)
                    .with_pre_2016_text_after_2016(text)
                    .with_diet_approval_core_after_2016(core)
                    .with_diet_approval_2015_tasks(tasks)
                    .with_headcount_cap_after_2016(cap)
                    .with_unverified_permissions(who)
                    .with_grace_period_days(grace)
            },
        )
}
