//! Details the rule tests do not reach on their own: every reason's text,
//! the citations of relief and election operations, the predicates on
//! tasks and contingents, and the record's accessors.

use crate::common::locators;
use pko_core::date;
use pko_principles::history::{self, Presumption, RECORD};
use pko_principles::in_kind::{CabinetDecision, Recipient, Terms};
use pko_principles::statute::{self, Item};
use pko_principles::{
    Assumption, Assumptions, Bar, Carryover, ContingentKind, Deployment, Fact, OperationKind,
    Options, Principle, Reason, Similarity, Status, Subject, Task, Verdict, WeaponsUse, assess,
};

#[test]
fn every_task_and_headcount_reason_has_its_text() {
    let cases = [
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
                bar: Bar::NotAmongSdfUnitItems,
            },
            "SDF unit may not do civilian police: it is not among the items SDF units may do (Art. 6(6))",
        ),
        (
            Reason::NotForContingent {
                task: Task::CeasefireMonitoring,
                contingent: ContingentKind::Police,
                bar: Bar::SdfPersonnelOnly,
            },
            "police officers may not do ceasefire monitoring (PKF core task): only SDF personnel may do it",
        ),
        (
            Reason::NotForContingent {
                task: Task::KaketsukeKeigo,
                contingent: ContingentKind::SdfIndividuals,
                bar: Bar::CorpsNeverDoesRa,
            },
            "SDF personnel as individuals may not do kaketsuke-keigo (coming to the aid of distant personnel under attack): the corps never does item ラ, which SDF units do (Art. 13(1))",
        ),
        (
            Reason::WhoMayUnverified {
                task: Task::SafetyEnsuring,
                contingent: ContingentKind::SdfUnit,
            },
            "whether SDF unit may do safety-ensuring operations under the 2016 text is not in pko's sources",
        ),
        (
            Reason::CoordinatedAsPeacekeeping,
            "the items of a UN peacekeeping operation are applied to an internationally coordinated operation (assumptions.coordinated_as_peacekeeping)",
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
                assumed: false,
            },
            "2100 persons exceed on their own the cap of 2000 engaged at a time",
        ),
        (
            Reason::OverCap {
                size: 300,
                already_engaged: Some(1_800),
                cap: 1_500,
                assumed: true,
            },
            "300 persons with 1800 already engaged elsewhere exceed the cap of 1500 engaged at a time (as assumed)",
        ),
        (
            Reason::CapUnverifiedAfter2016 { total: 2_300 },
            "2300 persons engaged would exceed 2,000, and whether the cap survived the 2015 amendment is unverified",
        ),
        (
            Reason::WithinCapEitherWay {
                size: 300,
                already_engaged: 2,
            },
            "300 persons with 2 already engaged elsewhere, within 2,000: within the pre-2016 cap whether or not it survived the 2015 amendment",
        ),
        (
            Reason::NoCapAssumed,
            "no cap on the persons engaged at a time (as assumed)",
        ),
        (
            Reason::Pre2016Provision { article: "6(6)" },
            "the July 2015 text's Art. 6(6) is applied: its successor is not in pko's sources (assumptions.pre_2016_text_after_2016)",
        ),
        (
            Reason::DietApprovalUnverified {
                task: Task::KaketsukeKeigo,
            },
            "whether kaketsuke-keigo (coming to the aid of distant personnel under attack) by SDF units needs the Diet's approval after 28 March 2016 is not in pko's sources",
        ),
        (
            Reason::DietApprovalAssumed {
                task: Task::SafetyEnsuring,
                required: false,
            },
            "safety-ensuring operations by SDF units does not need the Diet's approval (as assumed)",
        ),
        (
            Reason::SimilarWorkAssumed {
                task: Task::HeadquartersStaff,
                similar_to: Similarity::Support,
            },
            "headquarters staff is read as work similar to the support items (x)-(xvi), whose rules apply (as assumed)",
        ),
        (
            Reason::OpenAssumption {
                assumption: Assumption::HeadcountCapAfter2016,
            },
            "the sources leave this open: set `assumptions.headcount_cap_after_2016` (open, none, a number of persons) to decide it",
        ),
        (
            Reason::WeaponsNotForContingent {
                weapons: WeaponsUse::ProtectionOfWeapons,
                contingent: ContingentKind::Police,
                bar: Bar::SdfActArticle95,
            },
            "weapons use for protection of weapons and equipment is not for police officers: SDF Act Art. 95 applies to SDF personnel abroad, not to others",
        ),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(reason, text)| reason.to_string() != *text)
        .map(|(reason, _)| reason.to_string())
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn every_other_reason_has_its_text() {
    use pko_principles::{ConflictSituation, ConsentGap, ConsentTo, Consenter, FactPath};
    let cases: Vec<(Reason, &str)> = vec![
        (
            Reason::Unknown {
                fact: FactPath::ContingentKind,
            },
            "the fact `contingent.kind` is unknown",
        ),
        (
            Reason::OperationProvided {
                kind: OperationKind::HumanitarianRelief,
            },
            "the Act provides for a humanitarian international relief operation",
        ),
        (
            Reason::NotYetInForce {
                what: "kaketsuke-keigo".into(),
                from: date(2016, 3, 29),
            },
            "kaketsuke-keigo is law only from 2016-03-29",
        ),
        (
            Reason::NoCeasefireRequired {
                situation: ConflictSituation::NoConflictYet,
            },
            "no armed conflict has yet occurred: no ceasefire agreement is required",
        ),
        (
            Reason::HostNotParty,
            "the host state is not a party to the conflict: no ceasefire agreement is required",
        ),
        (
            Reason::CeasefireInEffect { parties: 2 },
            "a ceasefire agreement in effect covers each of the 2 parties",
        ),
        (
            Reason::PartyNotInCeasefire { party: "A".into() },
            "no ceasefire agreement in effect covers party `A`",
        ),
        (
            Reason::NoPartiesListed,
            "the conflict is ceasefire-based but no party is listed, so no agreement among the parties can be shown",
        ),
        (
            Reason::ConsentInEffect {
                by: Consenter::Party("A".into()),
                to: ConsentTo::JapansParticipation,
            },
            "party `A` consents to Japan's participation",
        ),
        (
            Reason::PartiesConsent { parties: 3 },
            "each of the 3 parties consents to the operation and to Japan's participation",
        ),
        (
            Reason::ConsentNotInEffect {
                by: Consenter::Host,
                to: ConsentTo::Operation,
                gap: ConsentGap::Withdrawn {
                    on: date(2014, 1, 2),
                },
            },
            "the consent of the host state to the operation is withdrawn on 2014-01-02",
        ),
        (
            Reason::PartiesConsentNotRequired,
            "with no parties to the conflict present, only the host state's consent is required",
        ),
        (
            Reason::PartiesConsentMayBeRequired,
            "a party's consent is missing, and whether it is required turns on the unknown conflict situation",
        ),
        (
            Reason::ImpartialityMaintained,
            "impartiality assessed: nothing compromising it is reported",
        ),
        (
            Reason::ImpartialityCompromised {
                reports: vec!["one".into(), "two".into()],
            },
            "reported against impartiality: one; two",
        ),
        (
            Reason::ImpartialityNotRequired {
                kind: OperationKind::ElectionObservation,
            },
            "the Act sets no impartiality requirement for an international election observation operation",
        ),
        (
            Reason::WithdrawalReserved,
            "Japan keeps the right to suspend its work and withdraw",
        ),
        (
            Reason::WithdrawalNotReserved,
            "Japan does not keep the right to suspend its work and withdraw",
        ),
        (
            Reason::NoWeaponsRequested,
            "no authority to use weapons is asked for",
        ),
        (
            Reason::WeaponsAllowed {
                weapons: WeaponsUse::JointCampProtection,
            },
            "weapons use for joint protection of camps is allowed",
        ),
        (
            Reason::WeaponsNotAllowed {
                weapons: WeaponsUse::DutyExecution,
            },
            "weapons use for execution of duties is not allowed",
        ),
        (
            Reason::WeaponsNotForContingent {
                weapons: WeaponsUse::JointCampProtection,
                contingent: ContingentKind::SdfIndividuals,
                bar: Bar::SdfUnitsOnly,
            },
            "weapons use for joint protection of camps is not for SDF personnel as individuals: Art. 25(7) rests on Art. 25(3), read as pre-2016 Art. 24(3): the SDF officers of SDF units",
        ),
        (
            Reason::SuperiorOrderRequired,
            "SDF units use weapons on the order of a superior officer present on site, unless danger is too imminent to wait",
        ),
        (
            Reason::SuperiorOrderRequiredIfSdfUnits,
            "if the contingent is SDF units, they use weapons on the order of a superior officer present on site, unless danger is too imminent to wait",
        ),
        (
            Reason::DutyExecutionWithoutTask,
            "weapons use to execute duties is allowed only for safety-ensuring operations and kaketsuke-keigo, and neither is among the tasks",
        ),
        (
            Reason::StableConsentConfirmed,
            "the consents are judged to be stably maintained",
        ),
        (
            Reason::StableConsentNotConfirmed,
            "the consents are not judged to be stably maintained",
        ),
        (
            Reason::PartiesConsentForRelief { parties: 2 },
            "in a humanitarian relief operation each of the 2 parties to the conflict consents too",
        ),
        (
            Reason::UseOfForceProhibited,
            "the work must not amount to the threat or use of force, under any version of the Act",
        ),
        (
            Reason::TaskProvided {
                task: Task::Engineering,
            },
            "the Act provides for engineering",
        ),
        (
            Reason::AssumedPermission {
                task: Task::SafetyEnsuring,
                contingent: ContingentKind::SdfUnit,
                allowed: true,
            },
            "SDF unit may do safety-ensuring operations, as assumed where pko's sources are silent (assumptions.unverified_permissions)",
        ),
        (
            Reason::AssumedPermission {
                task: Task::SafetyEnsuring,
                contingent: ContingentKind::Police,
                allowed: false,
            },
            "police officers may not do safety-ensuring operations, as assumed where pko's sources are silent (assumptions.unverified_permissions)",
        ),
        (
            Reason::SimilarWorkOpen {
                task: Task::MilitaryLiaison,
            },
            "military liaison is work similar to the listed items, set by the mission's Cabinet Order, and what it is similar to decides who may do it and whether the Diet must approve it",
        ),
        (
            Reason::OperationUnverified {
                task: Task::SafetyEnsuring,
                kind: OperationKind::InternationallyCoordinated,
            },
            "whether an internationally coordinated operation may include safety-ensuring operations is not in pko's sources",
        ),
        (
            Reason::Article27Route,
            "SDF officers may also be sent to UN posts that direct the contingents' work, with the Prime Minister's consent, while the consents are judged stably maintained (Art. 27)",
        ),
        (
            Reason::WithinCap {
                size: 300,
                already_engaged: 2,
                cap: 2_000,
                assumed: false,
            },
            "300 persons with 2 already engaged elsewhere, within the cap of 2000 engaged at a time",
        ),
        (
            Reason::WithinCap {
                size: 300,
                already_engaged: 0,
                cap: 1_500,
                assumed: true,
            },
            "300 persons with 0 already engaged elsewhere, within the cap of 1500 engaged at a time (as assumed)",
        ),
        (
            Reason::OverCap {
                size: 300,
                already_engaged: None,
                cap: 200,
                assumed: false,
            },
            "300 persons exceed on their own the cap of 200 engaged at a time",
        ),
        (
            Reason::DietApprovalAssumed {
                task: Task::KaketsukeKeigo,
                required: true,
            },
            "kaketsuke-keigo (coming to the aid of distant personnel under attack) by SDF units needs the Diet's approval (as assumed)",
        ),
        (
            Reason::DietApprovedEitherWay {
                task: Task::KaketsukeKeigo,
            },
            "the Diet has approved, whether or not kaketsuke-keigo (coming to the aid of distant personnel under attack) by SDF units needs its approval",
        ),
        (Reason::DietApproved, "the Diet has approved the assignment"),
        (
            Reason::DietRefused,
            "the Diet has not approved the assignment: the work must be ended",
        ),
    ];
    let wrong: Vec<(String, &str)> = cases
        .iter()
        .filter(|(reason, text)| reason.to_string() != *text)
        .map(|(reason, text)| (reason.to_string(), *text))
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
fn joint_camp_protection_is_a_weapons_rule_of_sdf_units_from_2016() {
    let mut d: Deployment =
        serde_json::from_str(include_str!("../data/unmiss-kaketsuke-keigo-2016.json")).unwrap();
    d.contingent.weapons_use = vec![WeaponsUse::JointCampProtection];
    d.contingent.tasks = vec![Task::Engineering];
    let camp = Subject::Weapons(WeaponsUse::JointCampProtection);
    let status = |d: &Deployment, on, options: &Options| {
        let a = options.assess(d, on).unwrap();
        let f = a.finding(camp).unwrap();
        (f.status(), f.reasons().to_vec(), locators(d, on, camp))
    };
    let default = Options::default();
    let on = date(2016, 11, 15);
    // SDF units: Art. 25(7), with no task needed.
    let (s, reasons, cites) = status(&d, on, &default);
    assert_eq!(s, Status::Satisfied, "{reasons:?}");
    assert_eq!(cites, ["Art. 25(7)"]);
    // Not before 29 March 2016.
    let (s, _, _) = status(&d, date(2016, 3, 28), &default);
    assert_eq!(s, Status::Violated);
    // Police officers and civilians are not SDF officers.
    d.contingent.kind = Fact::Known(ContingentKind::Police);
    let (s, reasons, _) = status(&d, on, &default);
    assert_eq!(s, Status::Violated);
    assert!(reasons.contains(&Reason::WeaponsNotForContingent {
        weapons: WeaponsUse::JointCampProtection,
        contingent: ContingentKind::Police,
        bar: Bar::SdfOfficersOnly,
    }));
    // SDF personnel sent as individuals: Art. 25(3) read as pre-2016 Art.
    // 24(3), which covers SDF units; with that reading left open, the
    // finding is open too.
    d.contingent.kind = Fact::Known(ContingentKind::SdfIndividuals);
    let (s, _, cites) = status(&d, on, &default);
    assert_eq!(s, Status::Violated);
    assert_eq!(cites, ["Art. 25(7)", "Art. 24"]);
    let open = Options::from(Assumptions::default().with_pre_2016_text_after_2016(Carryover::Open));
    let (s, reasons, _) = status(&d, on, &open);
    assert_eq!(s, Status::Violated, "a violation stays one: {reasons:?}");
    // The contingent unknown: the finding waits for it.
    d.contingent.kind = Fact::Unknown;
    let (s, reasons, _) = status(&d, on, &default);
    assert_eq!(s, Status::Undetermined);
    assert_eq!(
        reasons,
        [Reason::Unknown {
            fact: pko_principles::FactPath::ContingentKind
        }]
    );
}

#[test]
fn protection_of_weapons_is_for_sdf_personnel_only() {
    let mut d = known_relief_or_election(OperationKind::UnPeacekeeping);
    d.contingent.weapons_use = vec![WeaponsUse::ProtectionOfWeapons];
    let subject = Subject::Weapons(WeaponsUse::ProtectionOfWeapons);
    let on = date(2003, 1, 1);
    for (kind, expected) in [
        (ContingentKind::SdfUnit, Status::Satisfied),
        (ContingentKind::SdfIndividuals, Status::Satisfied),
        (ContingentKind::Police, Status::Violated),
        (ContingentKind::Civilians, Status::Violated),
    ] {
        d.contingent.kind = Fact::Known(kind);
        let a = assess(&d, on).unwrap();
        assert_eq!(a.finding(subject).unwrap().status(), expected, "{kind}");
        // Principle 5 follows the authority's finding.
        let p5 = a
            .finding(Subject::Principle(Principle::MinimumUseOfWeapons))
            .unwrap();
        assert_eq!(p5.status(), expected, "{kind}");
    }
    // Before 14 January 2002 no contingent has it.
    d.contingent.kind = Fact::Known(ContingentKind::SdfUnit);
    let a = assess(&d, date(2002, 1, 13)).unwrap();
    assert_eq!(a.finding(subject).unwrap().status(), Status::Violated);
}

#[test]
fn the_superior_order_rule_covers_sdf_units_only() {
    let mut d = known_relief_or_election(OperationKind::UnPeacekeeping);
    d.contingent.weapons_use = vec![WeaponsUse::SelfPreservation];
    let p5 = Subject::Principle(Principle::MinimumUseOfWeapons);
    let on = date(2003, 1, 1);
    let reasons = |d: &Deployment| {
        assess(d, on)
            .unwrap()
            .finding(p5)
            .unwrap()
            .reasons()
            .to_vec()
    };
    for (kind, expected) in [
        (
            Some(ContingentKind::SdfUnit),
            Some(Reason::SuperiorOrderRequired),
        ),
        (None, Some(Reason::SuperiorOrderRequiredIfSdfUnits)),
        (Some(ContingentKind::SdfIndividuals), None),
        (Some(ContingentKind::Police), None),
        (Some(ContingentKind::Civilians), None),
    ] {
        d.contingent.kind = kind.into();
        let r = reasons(&d);
        let order = r
            .iter()
            .find(|r| {
                matches!(
                    r,
                    Reason::SuperiorOrderRequired | Reason::SuperiorOrderRequiredIfSdfUnits
                )
            })
            .cloned();
        assert_eq!(order, expected, "{kind:?}");
        assert_eq!(
            locators(&d, on, p5).contains(&"Art. 24(4)".to_owned()),
            expected.is_some(),
            "{kind:?}"
        );
    }
}

#[test]
fn predicates_on_tasks_and_contingents_follow_the_statute() {
    for &kind in ContingentKind::ALL {
        assert_eq!(
            kind.is_sdf(),
            matches!(
                kind,
                ContingentKind::SdfUnit | ContingentKind::SdfIndividuals
            ),
            "{kind}"
        );
    }
    for &task in Task::ALL {
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
    assert_eq!(untac.host().as_str(), "KHM");
    assert_eq!(untac.place(), "Cambodia");
    assert_eq!(untac.mission().as_str(), "UNTAC");
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
    assert!(minustah.total_is_approximate());
    let undof = RECORD.iter().find(|d| d.id() == "undof-transport").unwrap();
    assert_eq!(undof.place(), "Golan Heights");
    assert_eq!(undof.host().as_str(), "SYR");
    assert!(undof.presumptions().contains(&Presumption::HostReading));
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
    use pko_principles::Reading;
    // SDF units doing safety-ensuring operations: the post-2016 Art. 6(6)
    // could not be read, and no pre-2016 row covers the task.
    let d: Deployment = serde_json::from_str(
        r#"{"operation":{"kind":"un_peacekeeping","conflict":"ended_parties_gone"},
            "host_consent":{"to_operation":{"given":{}},"to_japan":{"given":{}},"stably_maintained":true},
            "impartiality":"none_reported",
            "contingent":{"kind":"sdf_unit","size":10,"tasks":["safety_ensuring"],"weapons_use":[]},
            "withdrawal_reserved":true,"already_engaged":0,"diet_approval":true}"#,
    )
    .unwrap();
    let on = date(2016, 3, 29);
    let subject = Subject::Task(Task::SafetyEnsuring);
    let open = assess(&d, on).unwrap();
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
    for (reading, status, verdict, text) in [
        (
            Reading::Yes,
            Status::Satisfied,
            Verdict::Permitted,
            "SDF unit may do safety-ensuring operations",
        ),
        (
            Reading::No,
            Status::Violated,
            Verdict::NotPermitted,
            "SDF unit may not do safety-ensuring operations",
        ),
    ] {
        let o = Options::from(Assumptions::default().with_unverified_permissions(reading));
        let a = o.assess(&d, on).unwrap();
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
    let assumption: Decider = Decider::Assumption(Assumption::UnverifiedPermissions);
    assert!(fact == *"contingent.kind");
    assert!(fact == "contingent.kind");
    assert!(fact != *"operation.kind");
    assert!(fact != "operation.kind");
    assert!(fact != "");
    assert!(assumption == "assumptions.unverified_permissions");
    assert!(assumption != "assumptions.headcount_cap_after_2016");
    assert!(assumption != "assumptions.unverified_permission");
    assert!(assumption != "assumptions.unverified_permissions.x");
}

#[test]
fn a_finding_displays_as_its_block_of_the_report() {
    use pko_principles::Interface;
    let d = crate::common::load("unmiss-kaketsuke-keigo-2016");
    let a = assess(&d, date(2016, 11, 15)).unwrap();
    let report = a.report(Interface::Json).to_string();
    for f in a.findings() {
        let block = f.to_string();
        let first = block.lines().next().unwrap();
        assert_eq!(
            first.split_whitespace().collect::<Vec<_>>().join(" "),
            format!("[{}] {}", f.status(), f.subject()),
        );
        assert_eq!(block.lines().count(), f.reasons().len() + 2, "{block}");
        assert!(block.contains("cites: "), "{block}");
        assert!(report.contains(&block), "{block}");
    }
}

fn one_task(kind: &str, task: &str, contingent: &str) -> Deployment {
    crate::common::deployment_json(kind, "no_conflict_yet", contingent, &[task], &[])
}

#[test]
fn a_task_cites_the_letter_it_moved_to_from_2016_and_its_item_before() {
    let pko = "un_peacekeeping";
    let (before, after) = (date(2010, 1, 1), date(2017, 1, 1));
    for (task, name, contingent, item, letter) in [
        (
            Task::ElectionObservation,
            "election_observation",
            "civilians",
            "Art. 3(3)(vii)",
            Some("Art. 3(5)チ"),
        ),
        (
            Task::CivilianPolice,
            "civilian_police",
            "police",
            "Art. 3(3)(viii)",
            Some("Art. 3(5)リ"),
        ),
        (
            Task::HeadquartersStaff,
            "headquarters_staff",
            "sdf_individuals",
            "Art. 3(3)(xvii)",
            Some("Art. 3(5)ネ"),
        ),
        (
            Task::MilitaryLiaison,
            "military_liaison",
            "sdf_individuals",
            "Art. 3(3)(xvii)",
            Some("Art. 3(5)ナ"),
        ),
        (
            Task::Engineering,
            "engineering",
            "sdf_unit",
            "Art. 3(3)(xvi)",
            None,
        ),
    ] {
        let d = one_task(pko, name, contingent);
        let subject = Subject::Task(task);
        let old = locators(&d, before, subject);
        assert!(old.iter().any(|l| l == item), "{task} in 2010: {old:?}");
        assert!(
            !old.iter().any(|l| l.starts_with("Art. 3(5)")),
            "{task} in 2010: {old:?}"
        );
        let new = locators(&d, after, subject);
        match letter {
            Some(letter) => assert!(new.iter().any(|l| l == letter), "{task} in 2017: {new:?}"),
            None => assert!(new.iter().any(|l| l == item), "{task} in 2017: {new:?}"),
        }
    }
}

#[test]
fn art_13_1_is_cited_for_sdf_personnel_through_the_corps_from_2016_only() {
    for (name, task) in [
        ("election_observation", Task::ElectionObservation),
        ("military_liaison", Task::MilitaryLiaison),
    ] {
        let d = one_task("un_peacekeeping", name, "sdf_individuals");
        let subject = Subject::Task(task);
        let cites_13_1 = |on| locators(&d, on, subject).iter().any(|l| l == "Art. 13(1)");
        assert!(!cites_13_1(date(2010, 1, 1)), "{task} in 2010");
        assert!(cites_13_1(date(2017, 1, 1)), "{task} in 2017");
    }
    // Other tasks of SDF personnel as individuals do not rest on it.
    let d = one_task("un_peacekeeping", "transport", "sdf_individuals");
    let l = locators(&d, date(2017, 1, 1), Subject::Task(Task::Transport));
    assert!(!l.iter().any(|l| l == "Art. 13(1)"), "{l:?}");
}

#[test]
fn only_headquarters_work_in_a_coordinated_operation_cites_the_sinai_order() {
    let on = date(2020, 1, 1);
    let hq = one_task(
        "internationally_coordinated",
        "headquarters_staff",
        "sdf_individuals",
    );
    let l = locators(&hq, on, Subject::Task(Task::HeadquartersStaff));
    assert!(l.iter().any(|l| l == "Art. 3(5)ネ"), "{l:?}");
    let other = one_task("internationally_coordinated", "transport", "sdf_unit");
    let l = locators(&other, on, Subject::Task(Task::Transport));
    assert!(!l.iter().any(|l| l == "Art. 3(5)ネ"), "{l:?}");
}

#[test]
fn the_kaketsuke_keigo_row_bars_sdf_personnel_as_individuals_only() {
    let row = |t| {
        statute::TASKS_2015
            .iter()
            .find(|r| r.task_2015() == Some(t))
            .unwrap()
    };
    let k = row(Task::KaketsukeKeigo);
    assert_eq!(
        k.who(ContingentKind::SdfIndividuals),
        statute::Permission::Barred
    );
    let s = row(Task::SafetyEnsuring);
    assert_eq!(
        s.who(ContingentKind::SdfIndividuals),
        statute::Permission::Allowed
    );
}

fn deployment_with(kind: &str, tasks: &[&str], contingent: &str, weapons: &[&str]) -> Deployment {
    crate::common::deployment_json(kind, "no_conflict_yet", contingent, tasks, weapons)
}

/// Whether `citations` cite `locator` of the text in force from 2016.
fn cites_2016(citations: &[&pko_core::Source], locator: &str) -> bool {
    citations.iter().any(|s| {
        s.title().contains("Act No. 76 of 2015")
            && s.locator().is_some_and(|l| l.to_string() == locator)
    })
}

#[test]
fn the_legal_basis_of_relief_and_coordinated_operations_cites_the_2016_text() {
    let basis = |kind, on| {
        let d = deployment_with(kind, &["transport"], "sdf_unit", &[]);
        let a = assess(&d, on).unwrap();
        let f = a.finding(Subject::LegalBasis).unwrap();
        (
            cites_2016(f.citations(), "Art. 3(2)"),
            cites_2016(f.citations(), "Art. 3(3)"),
        )
    };
    let (before, after) = (date(2010, 1, 1), date(2017, 1, 1));
    assert_eq!(basis("internationally_coordinated", after), (true, false));
    assert_eq!(basis("humanitarian_relief", after), (false, true));
    assert_eq!(basis("humanitarian_relief", before), (false, false));
    assert_eq!(basis("un_peacekeeping", after), (false, false));
}

#[test]
fn joint_camp_protection_bars_each_contingent_with_its_own_reason() {
    let on = date(2017, 1, 1);
    let subject = Subject::Weapons(WeaponsUse::JointCampProtection);
    for (contingent, bar, cites_24) in [
        ("sdf_individuals", Some(Bar::SdfUnitsOnly), true),
        ("police", Some(Bar::SdfOfficersOnly), false),
        ("sdf_unit", None, false),
    ] {
        let d = deployment_with(
            "un_peacekeeping",
            &["engineering"],
            contingent,
            &["joint_camp_protection"],
        );
        let a = assess(&d, on).unwrap();
        let f = a.finding(subject).unwrap();
        let barred = f.reasons().iter().find_map(|r| match r {
            Reason::WeaponsNotForContingent { bar, .. } => Some(*bar),
            _ => None,
        });
        assert_eq!(barred, bar, "{contingent}");
        assert_eq!(
            locators_of_finding(f.citations())
                .iter()
                .any(|l| l == "Art. 24"),
            cites_24,
            "{contingent}"
        );
    }
}

fn locators_of_finding(citations: &[&pko_core::Source]) -> Vec<String> {
    crate::common::locators_of(citations)
}

#[test]
fn weapons_to_execute_duties_cite_the_article_of_each_task_asked_for() {
    let on = date(2017, 1, 1);
    let subject = Subject::Weapons(WeaponsUse::DutyExecution);
    for (tasks, art_26_1, art_26_2, without_task) in [
        (&["safety_ensuring"][..], true, false, false),
        (&["kaketsuke_keigo"][..], false, true, false),
        (
            &["safety_ensuring", "kaketsuke_keigo"][..],
            true,
            true,
            false,
        ),
        (&["engineering"][..], true, true, true),
    ] {
        let d = deployment_with("un_peacekeeping", tasks, "sdf_unit", &["duty_execution"]);
        let a = assess(&d, on).unwrap();
        let f = a.finding(subject).unwrap();
        assert_eq!(
            cites_2016(f.citations(), "Art. 26(1)"),
            art_26_1,
            "{tasks:?}"
        );
        assert_eq!(
            cites_2016(f.citations(), "Art. 26(2)"),
            art_26_2,
            "{tasks:?}"
        );
        assert_eq!(
            f.reasons().contains(&Reason::DutyExecutionWithoutTask),
            without_task,
            "{tasks:?}"
        );
    }
}

#[test]
fn the_article_27_route_is_for_sdf_officers_at_un_headquarters_from_2016() {
    let route = |kind, task: &str, contingent, on| {
        let d = deployment_with(kind, &[task], contingent, &[]);
        let t: Task = serde_json::from_str(&format!("\"{task}\"")).unwrap();
        let a = assess(&d, on).unwrap();
        let f = a.finding(Subject::Task(t)).unwrap();
        let said = f.reasons().contains(&Reason::Article27Route);
        assert_eq!(said, cites_2016(f.citations(), "Art. 27"));
        said
    };
    let (before, after) = (date(2010, 1, 1), date(2017, 1, 1));
    let pko = "un_peacekeeping";
    assert!(route(pko, "headquarters_staff", "sdf_individuals", after));
    assert!(!route(pko, "headquarters_staff", "sdf_individuals", before));
    assert!(!route(
        "internationally_coordinated",
        "headquarters_staff",
        "sdf_individuals",
        after
    ));
    assert!(!route(pko, "headquarters_staff", "civilians", after));
    assert!(!route(pko, "transport", "sdf_individuals", after));
}

#[test]
fn a_barred_task_says_which_bar_applies() {
    for (task, contingent, year, bar) in [
        (
            "civilian_police",
            "sdf_unit",
            2010,
            Bar::NotAmongSdfUnitItems,
        ),
        (
            "election_observation",
            "sdf_unit",
            2017,
            Bar::NotAmongSdfUnitItems,
        ),
        ("kaketsuke_keigo", "police", 2017, Bar::CorpsNeverDoesRa),
        (
            "kaketsuke_keigo",
            "sdf_individuals",
            2017,
            Bar::CorpsNeverDoesRa,
        ),
        (
            "election_observation",
            "sdf_individuals",
            2017,
            Bar::NoSdfPersonnelForElection,
        ),
        (
            "ceasefire_monitoring",
            "police",
            2010,
            Bar::SdfPersonnelOnly,
        ),
        (
            "ceasefire_monitoring",
            "civilians",
            2017,
            Bar::SdfPersonnelOnly,
        ),
    ] {
        let d = deployment_with("un_peacekeeping", &[task], contingent, &[]);
        let t: Task = serde_json::from_str(&format!("\"{task}\"")).unwrap();
        let a = assess(&d, date(year, 1, 1)).unwrap();
        let f = a.finding(Subject::Task(t)).unwrap();
        let found = f.reasons().iter().find_map(|r| match r {
            Reason::NotForContingent { bar, .. } => Some(*bar),
            _ => None,
        });
        assert_eq!(found, Some(bar), "{task} by {contingent} in {year}");
        assert_eq!(f.status(), Status::Violated);
    }
}

#[test]
fn only_sdf_personnel_as_individuals_before_2016_are_outside_the_freeze() {
    let said = |task: &str, contingent, year| {
        let d = deployment_with("un_peacekeeping", &[task], contingent, &[]);
        let t: Task = serde_json::from_str(&format!("\"{task}\"")).unwrap();
        let a = assess(&d, date(year, 1, 1)).unwrap();
        a.finding(Subject::Task(t))
            .unwrap()
            .reasons()
            .contains(&Reason::IndividualsNotFrozen)
    };
    assert!(said("ceasefire_monitoring", "sdf_individuals", 1995));
    assert!(said("ceasefire_monitoring", "sdf_individuals", 2010));
    assert!(!said("ceasefire_monitoring", "sdf_individuals", 2017));
    assert!(!said("ceasefire_monitoring", "sdf_unit", 2010));
    assert!(!said("engineering", "sdf_individuals", 2010));
}

#[test]
fn an_unknown_contingent_cites_the_2001_amendment_only_for_a_frozen_task() {
    let cites_2001 = |task: &str, year| {
        let mut d = deployment_with("un_peacekeeping", &[task], "sdf_unit", &[]);
        d.contingent.kind = Fact::Unknown;
        let t: Task = serde_json::from_str(&format!("\"{task}\"")).unwrap();
        let a = assess(&d, date(year, 1, 1)).unwrap();
        let f = a.finding(Subject::Task(t)).unwrap();
        assert_eq!(f.status(), Status::Undetermined, "{task} in {year}");
        f.citations()
            .iter()
            .any(|s| s.title().contains("Act No. 157 of 2001"))
    };
    assert!(cites_2001("ceasefire_monitoring", 1995));
    assert!(!cites_2001("civilian_police", 1995));
}

#[test]
fn kaketsuke_keigo_in_relief_asks_every_party_to_consent_to_the_operation() {
    let day = date(2017, 1, 1);
    let with_parties = |parties: &str| {
        let mut d = deployment_with("humanitarian_relief", &["kaketsuke_keigo"], "sdf_unit", &[]);
        d.parties = serde_json::from_str(parties).unwrap();
        d
    };
    let task = |d: &Deployment| {
        let a = assess(d, day).unwrap();
        let f = a.finding(Subject::Task(Task::KaketsukeKeigo)).unwrap();
        (
            f.status(),
            f.reasons()
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>(),
        )
    };
    let consenting = with_parties(
        r#"[{"name":"A","to_operation":{"given":{}},"to_japan":"refused"},
            {"name":"B","to_operation":{"given":{}}}]"#,
    );
    let (status, reasons) = task(&consenting);
    assert_eq!(status, Status::Satisfied, "{reasons:?}");
    assert!(
        reasons.contains(
            &"in a humanitarian relief operation each of the 2 parties to the conflict consents too"
                .to_owned()
        ),
        "{reasons:?}"
    );
    let refusing = with_parties(
        r#"[{"name":"A","to_operation":{"given":{}}},
            {"name":"B","to_operation":"refused"}]"#,
    );
    assert_eq!(task(&refusing).0, Status::Violated);
    let mut unknown = consenting.clone();
    unknown.parties = Fact::Unknown;
    assert_eq!(task(&unknown).0, Status::Undetermined);
    // Other 2015 tasks ask the host state only.
    let mut safety = deployment_with("humanitarian_relief", &["safety_ensuring"], "sdf_unit", &[]);
    safety.parties = refusing.parties.clone();
    let a = assess(&safety, day).unwrap();
    let f = a.finding(Subject::Task(Task::SafetyEnsuring)).unwrap();
    assert_ne!(f.status(), Status::Violated, "{a}");
}
