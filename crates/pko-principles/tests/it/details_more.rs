//! Details the rule tests do not reach on their own: every reason's text,
//! the citations of relief and election operations, the predicates on
//! tasks and contingents, and the record's accessors.

use crate::common::locators;
use pko_core::date;
use pko_principles::history::{self, Presumption, RECORD};
use pko_principles::in_kind::{CabinetDecision, Recipient, Terms};
use pko_principles::statute::{self, Item};
use pko_principles::{
    Assumptions, ContingentKind, Deployment, Fact, OperationKind, Principle, Reason, Subject, Task,
    WeaponsUse, assess, assess_with,
};

#[test]
fn every_task_and_headcount_reason_has_its_text() {
    let cases: [(Reason, &str); 11] = [
        (
            Reason::PkfCoreTaskFrozen {
                task: Task::BufferZonePatrol,
                lifted_on: date(2001, 12, 14),
            },
            "buffer-zone stationing and patrol (PKF core task) is frozen for SDF units until the freeze is lifted on 2001-12-14",
        ),
        (
            Reason::IndividualsNotFrozen,
            "the freeze on PKF core tasks and Diet approval concern SDF units, and these are SDF personnel sent as individuals",
        ),
        (
            Reason::NotForContingent {
                task: Task::CivilianPolice,
                contingent: ContingentKind::SdfUnit,
            },
            "SDF units may not be assigned civilian police: it is not among the items of Art. 6(6)",
        ),
        (
            Reason::NotForContingent {
                task: Task::CeasefireMonitoring,
                contingent: ContingentKind::Police,
            },
            "only SDF personnel may do ceasefire monitoring (PKF core task), not police officers (Art. 12(1) proviso)",
        ),
        (
            Reason::WhoMayUnverified {
                task: Task::KaketsukeKeigo,
                contingent: ContingentKind::Police,
            },
            "whether police officers may do kaketsuke-keigo (coming to the aid of distant personnel under attack) under the 2015 text is not in pko's sources",
        ),
        (
            Reason::CoordinatedAsPeacekeeping,
            "the items of a UN peacekeeping operation are applied to an internationally coordinated operation (assumptions.coordinated_as_peacekeeping)",
        ),
        (
            Reason::CampProtectionWithoutTask,
            "weapons use in the joint protection of camps is asked for, but that task is not among the tasks",
        ),
        (
            Reason::TaskNotForOperation {
                task: Task::Engineering,
                kind: OperationKind::ElectionObservation,
            },
            "the Act does not provide for engineering in an international election observation operation",
        ),
        (
            Reason::OverCap {
                size: 2_100,
                already_engaged: None,
                cap: 2_000,
            },
            "2100 persons exceed on their own the cap of 2000 engaged at a time",
        ),
        (
            Reason::OverCap {
                size: 300,
                already_engaged: Some(1_800),
                cap: 2_000,
            },
            "300 persons with 1800 already engaged elsewhere exceed the cap of 2000 engaged at a time",
        ),
        (
            Reason::CapUnverifiedAfter2016 { total: 2_300 },
            "2300 persons engaged would exceed 2,000, and whether the cap survived the 2015 amendment is unverified",
        ),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(reason, text)| reason.to_string() != *text)
        .map(|(reason, _)| reason.to_string())
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

fn known_relief_or_election(kind: OperationKind) -> Deployment {
    let mut d: Deployment =
        serde_json::from_str(include_str!("../data/untac-engineering-1992.json")).unwrap();
    d.operation.kind = Fact::Known(kind);
    d.operation.host_is_party = Fact::Known(false);
    d
}

#[test]
fn relief_and_election_operations_cite_their_own_articles() {
    let on = date(2005, 1, 1);
    let relief = known_relief_or_election(OperationKind::HumanitarianRelief);
    let consent = locators(&relief, on, Subject::Principle(Principle::Consent));
    assert!(consent.contains(&"Art. 3(2)".to_owned()), "{consent:?}");
    assert!(consent.contains(&"Art. 6(1)(ii)".to_owned()), "{consent:?}");
    assert!(!consent.contains(&"Art. 3(1)".to_owned()), "{consent:?}");
    let election = known_relief_or_election(OperationKind::ElectionObservation);
    let consent = locators(&election, on, Subject::Principle(Principle::Consent));
    assert!(consent.contains(&"Art. 3(2-2)".to_owned()), "{consent:?}");
    assert!(
        consent.contains(&"Art. 6(1)(iii)".to_owned()),
        "{consent:?}"
    );
    let withdrawal = locators(&election, on, Subject::Principle(Principle::Withdrawal));
    assert!(
        withdrawal.contains(&"Art. 6(13)(iii)".to_owned()),
        "{withdrawal:?}"
    );
    let pko = known_relief_or_election(OperationKind::UnPeacekeeping);
    let consent = locators(&pko, on, Subject::Principle(Principle::Consent));
    assert!(consent.contains(&"Art. 3(1)".to_owned()), "{consent:?}");
}

#[test]
fn a_barred_task_cites_the_article_that_bars_it() {
    let on = date(2005, 1, 1);
    let mut d = known_relief_or_election(OperationKind::UnPeacekeeping);
    d.contingent.kind = Fact::Known(ContingentKind::SdfUnit);
    d.contingent.tasks = vec![Task::CivilianPolice];
    let tasks = locators(&d, on, Subject::Task(Task::CivilianPolice));
    assert!(tasks.contains(&"Art. 6(6)".to_owned()), "{tasks:?}");
    assert!(!tasks.contains(&"Art. 12(1)".to_owned()), "{tasks:?}");
    d.contingent.kind = Fact::Known(ContingentKind::Police);
    d.contingent.tasks = vec![Task::CeasefireMonitoring];
    let tasks = locators(&d, on, Subject::Task(Task::CeasefireMonitoring));
    assert!(tasks.contains(&"Art. 12(1)".to_owned()), "{tasks:?}");
    assert!(!tasks.contains(&"Art. 6(6)".to_owned()), "{tasks:?}");
}

#[test]
fn weapons_for_joint_camp_protection_need_the_task_and_the_assumption() {
    let mut d: Deployment =
        serde_json::from_str(include_str!("../data/unmiss-kaketsuke-keigo-2016.json")).unwrap();
    d.contingent.weapons_use = vec![WeaponsUse::JointCampProtection];
    d.contingent.tasks = vec![Task::Engineering, Task::JointCampProtection];
    let on = date(2016, 11, 15);
    let allowed = Assumptions {
        camp_protection_weapons: Some(true),
        ..Assumptions::default()
    };
    let a = assess_with(&d, on, &allowed).unwrap();
    let weapons = a
        .finding(Subject::Weapons(WeaponsUse::JointCampProtection))
        .unwrap();
    assert!(
        weapons.reasons().contains(&Reason::WeaponsAllowed {
            weapons: WeaponsUse::JointCampProtection
        }),
        "{a}"
    );
    assert!(
        !weapons
            .reasons()
            .contains(&Reason::CampProtectionWithoutTask),
        "{a}"
    );
    d.contingent.tasks = vec![Task::Engineering];
    let a = assess_with(&d, on, &allowed).unwrap();
    let weapons = a
        .finding(Subject::Weapons(WeaponsUse::JointCampProtection))
        .unwrap();
    assert!(
        weapons
            .reasons()
            .contains(&Reason::CampProtectionWithoutTask),
        "{a}"
    );
    assert!(
        !weapons.reasons().contains(&Reason::WeaponsAllowed {
            weapons: WeaponsUse::JointCampProtection
        }),
        "{a}"
    );
}

#[test]
fn predicates_on_tasks_and_contingents_follow_the_statute() {
    for kind in ContingentKind::ALL {
        assert_eq!(
            kind.is_sdf(),
            matches!(
                kind,
                ContingentKind::SdfUnit | ContingentKind::SdfIndividuals
            ),
            "{kind}"
        );
    }
    for task in Task::ALL {
        let item = statute::item_of(task);
        assert_eq!(
            task.is_pkf_core(),
            matches!(
                item,
                Some(Item::I | Item::Ii | Item::Iii | Item::Iv | Item::V | Item::Vi)
            ),
            "{task}"
        );
        assert_eq!(
            task.is_2015_task(),
            statute::TASKS_2015
                .iter()
                .any(|r| r.task_2015() == Some(task)),
            "{task}"
        );
        assert_eq!(task.is_2015_task(), item.is_none(), "{task}");
    }
}

#[test]
fn the_records_accessors_give_the_mofa_table() {
    let untac = RECORD
        .iter()
        .find(|d| d.id() == "untac-engineering")
        .unwrap();
    assert_eq!(untac.host(), "Cambodia");
    assert_eq!(untac.rotations(), Some(2));
    assert_eq!(
        untac.last_month().map(|m| m.to_string()).as_deref(),
        Some("1993-09")
    );
    assert!(untac.as_listed().contains("600"), "{}", untac.as_listed());
    let minustah = RECORD
        .iter()
        .find(|d| d.id() == "minustah-engineering")
        .unwrap();
    assert_eq!(minustah.rotations(), None);
    assert_eq!(minustah.total(), Some(2_200));
    let undof = RECORD.iter().find(|d| d.id() == "undof-transport").unwrap();
    assert_eq!(undof.host(), "Golan Heights");
    let replays = history::replay().unwrap();
    let r = replays
        .iter()
        .find(|r| r.dispatch().id() == "untac-engineering")
        .unwrap();
    assert_eq!(
        r.last().map(pko_principles::Assessment::as_of),
        Some(date(1993, 9, 30))
    );
    // Ongoing in the MOFA table: replayed on the table's day.
    let hq = replays
        .iter()
        .find(|r| r.dispatch().id() == "unmiss-hq-staff")
        .unwrap();
    assert_eq!(
        hq.last().map(pko_principles::Assessment::as_of),
        Some(history::RECORD_AS_OF)
    );
    // Ongoing and outside the table: no last day.
    let mfo = replays
        .iter()
        .find(|r| r.dispatch().id() == "mfo-hq-staff")
        .unwrap();
    assert!(mfo.last().is_none());
    for p in [
        Presumption::ConsentsAtDispatch,
        Presumption::Article3Met,
        Presumption::WithdrawalUnderThePlan,
        Presumption::TaskReading,
    ] {
        assert!(p.to_string().len() > 20, "{p:?}");
    }
}

#[test]
fn the_texts_of_a_transfers_terms() {
    assert_eq!(Recipient::UnitedNations.to_string(), "the United Nations");
    assert_eq!(Recipient::State.to_string(), "a state");
    assert_eq!(
        Recipient::OtherInternationalOrganisation.to_string(),
        "another international organisation"
    );
    assert_eq!(Terms::BelowMarketPrice.to_string(), "below market price");
    assert_eq!(Terms::MarketPrice.to_string(), "at market price or more");
    assert_eq!(
        CabinetDecision::NotDecided.to_string(),
        "no Cabinet decision"
    );
}

#[test]
fn periods_split_at_the_amendments_and_at_the_dates_in_the_facts() {
    use pko_principles::{Consent, Verdict, periods};
    let kk: Deployment =
        serde_json::from_str(include_str!("../data/unmiss-kaketsuke-keigo-2016.json")).unwrap();
    let p = periods(&kk, date(1992, 8, 10), date(2030, 12, 31)).unwrap();
    let shown: Vec<(String, String, Verdict, usize)> = p
        .iter()
        .map(|p| {
            (
                p.start().to_string(),
                p.end().to_string(),
                p.verdict(),
                p.changes().len(),
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            (
                "1992-08-10".to_owned(),
                "2016-03-28".to_owned(),
                Verdict::NotPermitted,
                0
            ),
            (
                "2016-03-29".to_owned(),
                "2030-12-31".to_owned(),
                Verdict::Undetermined,
                4
            ),
        ]
    );
    // A consent withdrawn inside the span starts a period of its own.
    let mut untac: Deployment =
        serde_json::from_str(include_str!("../data/untac-engineering-1992.json")).unwrap();
    let first = periods(&untac, date(1992, 9, 1), date(1993, 9, 30)).unwrap();
    assert_eq!(first.len(), 1, "{first:?}");
    assert_eq!(first[0].verdict(), Verdict::Permitted);
    untac.host_consent.to_operation = Fact::Known(Consent::Given {
        on: None,
        withdrawn_on: Some(date(1993, 1, 1)),
    });
    let split = periods(&untac, date(1992, 9, 1), date(1993, 9, 30)).unwrap();
    let bounds: Vec<(String, Verdict)> = split
        .iter()
        .map(|p| (p.start().to_string(), p.verdict()))
        .collect();
    assert_eq!(
        bounds,
        [
            ("1992-09-01".to_owned(), Verdict::Permitted),
            ("1993-01-01".to_owned(), Verdict::NotPermitted),
        ]
    );
    assert!(!split[1].changes().is_empty());
}

#[test]
fn election_observation_as_a_kind_of_operation_starts_on_12_june_1998() {
    use pko_principles::Status;
    let d = known_relief_or_election(OperationKind::ElectionObservation);
    let basis = |on| {
        assess(&d, on)
            .unwrap()
            .finding(Subject::LegalBasis)
            .unwrap()
            .status()
    };
    assert_eq!(basis(date(1998, 6, 11)), Status::Violated);
    assert_eq!(basis(date(1998, 6, 12)), Status::Satisfied);
    assert_eq!(basis(date(2001, 12, 13)), Status::Satisfied);
}

#[test]
fn a_period_reads_as_its_span_its_verdict_and_what_changed() {
    use pko_principles::periods;
    let kk: Deployment =
        serde_json::from_str(include_str!("../data/unmiss-kaketsuke-keigo-2016.json")).unwrap();
    let p = periods(&kk, date(2016, 3, 1), date(2016, 4, 30)).unwrap();
    assert_eq!(p[0].to_string(), "2016-03-01..=2016-03-28: not permitted");
    let second = p[1].to_string();
    assert!(
        second.starts_with("2016-03-29..=2016-04-30: undetermined (changed: "),
        "{second}"
    );
    assert!(second.ends_with(')'), "{second}");
    assert_eq!(
        second.matches(", ").count() + 1,
        p[1].changes().len(),
        "{second}"
    );
    // A span of one day is one period.
    let one = periods(&kk, date(2016, 3, 29), date(2016, 3, 29)).unwrap();
    assert_eq!(one.len(), 1);
    assert_eq!(
        (one[0].start(), one[0].end()),
        (date(2016, 3, 29), date(2016, 3, 29))
    );
}

#[test]
fn fact_paths_read_back_from_their_json_paths() {
    use pko_principles::{ConsentTo, Error, FactPath};
    let all = [
        FactPath::OperationKind,
        FactPath::OperationConflict,
        FactPath::OperationHostIsParty,
        FactPath::Parties,
        FactPath::PartyName(3),
        FactPath::PartyConsent {
            party: 0,
            to: ConsentTo::Operation,
        },
        FactPath::PartyConsentWithdrawnOn {
            party: 12,
            to: ConsentTo::JapansParticipation,
        },
        FactPath::Ceasefires,
        FactPath::CeasefireParty {
            ceasefire: 1,
            party: 2,
        },
        FactPath::CeasefireBrokenOn(4),
        FactPath::HostConsent(ConsentTo::JapansParticipation),
        FactPath::HostConsentWithdrawnOn(ConsentTo::Operation),
        FactPath::HostConsentStablyMaintained,
        FactPath::Impartiality,
        FactPath::ContingentKind,
        FactPath::ContingentSize,
        FactPath::AlreadyEngaged,
        FactPath::WithdrawalReserved,
        FactPath::DietApproval,
    ];
    for p in all {
        assert_eq!(p.to_string().parse::<FactPath>().unwrap(), p, "{p}");
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(serde_json::from_str::<FactPath>(&json).unwrap(), p);
    }
    assert_eq!(
        FactPath::PartyConsentWithdrawnOn {
            party: 12,
            to: ConsentTo::JapansParticipation
        }
        .to_string(),
        "parties[12].to_japan.given.withdrawn_on"
    );
    for bad in [
        "",
        "parties[x].name",
        "parties[1].to_nobody",
        "ceasefires[0].parties",
        "contingent",
    ] {
        assert_eq!(
            bad.parse::<FactPath>().unwrap_err(),
            Error::UnknownFactPath { input: bad.into() }
        );
    }
    // A check names the fact as a typed path.
    let err = Deployment::builder()
        .parties([pko_principles::Party::named("A")])
        .ceasefires([pko_principles::Ceasefire::among(["A", "Z"])])
        .build()
        .unwrap_err();
    assert!(matches!(
        err,
        Error::InconsistentFacts {
            path: FactPath::CeasefireParty {
                ceasefire: 0,
                party: 1
            },
            ..
        }
    ));
}

#[test]
fn who_may_do_a_2015_task_where_the_sources_are_silent_is_a_named_assumption() {
    use pko_principles::{Assumptions, Status, Verdict, assess_with};
    // Police officers doing the joint protection of camps: the statute
    // table does not know whether the 2015 text allows it.
    let d: Deployment = serde_json::from_str(
        r#"{"operation":{"kind":"un_peacekeeping","conflict":"ended_parties_gone"},
            "host_consent":{"to_operation":{"given":{}},"to_japan":{"given":{}}},
            "impartiality":"none_reported",
            "contingent":{"kind":"police","size":0,"tasks":["joint_camp_protection"],"weapons_use":[]},
            "withdrawal_reserved":true,"already_engaged":0}"#,
    )
    .unwrap();
    let on = date(2016, 3, 29);
    let subject = Subject::Task(Task::JointCampProtection);
    let open = assess_with(&d, on, &Assumptions::default()).unwrap();
    assert_eq!(open.verdict(), Verdict::Undetermined);
    assert_eq!(
        open.finding(subject).unwrap().status(),
        Status::Undetermined
    );
    assert_eq!(
        open.deciding_facts()
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        ["assumptions.unverified_permissions"]
    );
    for (allowed, status, verdict, text) in [
        (
            true,
            Status::Satisfied,
            Verdict::Permitted,
            "police officers may do joint protection of camps",
        ),
        (
            false,
            Status::Violated,
            Verdict::NotPermitted,
            "police officers may not do joint protection of camps",
        ),
    ] {
        let assumptions = Assumptions {
            unverified_permissions: Some(allowed),
            ..Assumptions::default()
        };
        let a = assess_with(&d, on, &assumptions).unwrap();
        assert_eq!(a.verdict(), verdict);
        let f = a.finding(subject).unwrap();
        assert_eq!(f.status(), status);
        assert!(
            f.reasons().iter().any(|r| r.to_string().starts_with(text)),
            "{:?}",
            f.reasons()
        );
        assert!(a.deciding_facts().is_empty());
    }
}

#[test]
fn a_decider_equals_the_text_of_its_path_and_no_other() {
    use pko_principles::{Decider, FactPath};
    let fact = Decider::Fact(FactPath::ContingentKind);
    let assumption = Decider::Assumption("assumptions.unverified_permissions".into());
    assert!(fact == *"contingent.kind");
    assert!(fact == "contingent.kind");
    assert!(fact != *"operation.kind");
    assert!(fact != "operation.kind");
    assert!(fact != "");
    assert!(assumption == "assumptions.unverified_permissions");
    assert!(assumption != "assumptions.camp_protection_weapons");
}
