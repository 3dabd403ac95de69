//! A deliberately simple reference of the five-principle decision, written
//! from the rules as stated (speech section B; the Act's Art. 3(1), 3(2),
//! 6(1)(i), 8(1)(vi), 6(13)(i); the 2015 amendment's cases), compared with
//! `assess` on random facts for every regime.

#![expect(
    clippy::match_same_arms,
    reason = "the reference states each rule on its own line"
)]

use crate::common::strategies::assumptions;
use crate::common::strategies::{day, deployment};
use chrono::NaiveDate;
use pko_core::date;
use pko_principles::{
    Assumptions, Carryover, ConflictSituation as C, Consent, ContingentKind, Deployment, Fact,
    Impartiality, OperationKind as K, Options, Principle, Reading, Regime, Similarity, Status,
    Subject, Task,
};
use proptest::prelude::*;

use Status::{NotApplicable as NA, Satisfied as S, Undetermined as U, Violated as V};

/// The worst of several statuses: violated, then undetermined, then
/// satisfied.
fn worst(all: &[Status]) -> Status {
    if all.contains(&V) {
        V
    } else if all.contains(&U) {
        U
    } else {
        S
    }
}

fn consent(c: &Fact<Consent>, on: NaiveDate) -> Status {
    match c {
        Fact::Unknown => U,
        Fact::Known(c) if c.in_effect_on(on) => S,
        Fact::Known(_) => V,
    }
}

fn ceasefire_among_parties(d: &Deployment, on: NaiveDate) -> Status {
    let (Fact::Known(parties), Fact::Known(ceasefires)) = (&d.parties, &d.ceasefires) else {
        return U;
    };
    if parties.is_empty() {
        return V;
    }
    let covered = |name: &String| {
        ceasefires
            .iter()
            .any(|c| c.in_effect_on(on) && c.parties.contains(name))
    };
    if parties.iter().all(|p| covered(&p.name)) {
        S
    } else {
        V
    }
}

/// A yes-or-no assumption as a status: yes allowed, no barred, open
/// undetermined.
fn read(r: Reading) -> Status {
    match r {
        Reading::Yes => S,
        Reading::No => V,
        Reading::Open => U,
    }
}

const PKF: [Task; 6] = [
    Task::CeasefireMonitoring,
    Task::BufferZonePatrol,
    Task::WeaponsInspection,
    Task::AbandonedWeaponsDisposal,
    Task::CeasefireLineAssistance,
    Task::PrisonerExchangeAssistance,
];
const NOT_FOR_UNITS: [Task; 3] = [
    Task::ElectionObservation,
    Task::CivilianPolice,
    Task::AdministrativeAdvice,
];
const SIMILAR_WORK: [Task; 2] = [Task::HeadquartersStaff, Task::MilitaryLiaison];

/// Who may do a listed task, and what the Diet asks of SDF units: Art.
/// 6(6), the Art. 12(1) proviso and the freeze before 2016; Art. 13(1)
/// from 2016 (election observation not by SDF personnel through the corps;
/// safety-ensuring by SDF personnel only; kaketsuke-keigo by SDF units
/// only); the Diet's approval of the PKF core tasks (Art. 6(7)), open
/// after 2016 as are the 2015 tasks'.
fn listed_who(
    d: &Deployment,
    on: NaiveDate,
    a: &Assumptions,
    task: Task,
    kind: ContingentKind,
) -> Status {
    use ContingentKind as W;
    let since_2001 = on >= date(2001, 12, 14);
    let since_2016 = on >= date(2016, 3, 29);
    let pkf = PKF.contains(&task);
    let diet = |approval: Reading| match (approval, d.diet_approval) {
        (Reading::Open, Fact::Known(true)) => S,
        (Reading::Open, _) => U,
        _ => S,
    };
    match (kind, task) {
        (W::SdfUnit, t) if NOT_FOR_UNITS.contains(&t) => V,
        (W::SdfUnit, t) if PKF.contains(&t) && !since_2001 => V,
        (W::SdfUnit, Task::SafetyEnsuring) => match read(a.unverified_permissions) {
            S => diet(a.diet_approval_2015_tasks),
            other => other,
        },
        (W::SdfUnit, Task::KaketsukeKeigo) => diet(a.diet_approval_2015_tasks),
        (W::SdfUnit, _) if pkf && since_2016 => diet(a.diet_approval_core_after_2016),
        (W::SdfUnit, _) => S,
        (W::SdfIndividuals, Task::ElectionObservation) if since_2016 => V,
        (_, Task::KaketsukeKeigo) => V,
        (W::SdfIndividuals, _) => S,
        (_, Task::SafetyEnsuring) => V,
        (_, t) if PKF.contains(&t) => V,
        _ => S,
    }
}

/// Who may do a task: for similar work set by Cabinet Order (headquarters
/// staff before 2016, military liaison), what it is similar to decides,
/// and while that is open the finding is open unless every answer agrees.
fn who(d: &Deployment, on: NaiveDate, a: &Assumptions, task: Task, kind: ContingentKind) -> Status {
    use ContingentKind as W;
    let since_2016 = on >= date(2016, 3, 29);
    if !SIMILAR_WORK.contains(&task) {
        return listed_who(d, on, a, task, kind);
    }
    // Headquarters work is item ネ from 2016: Art. 13(1) bars no one from
    // it, and SDF units keep the pre-2016 reading (similar work).
    let by_similarity = match (task, kind, since_2016) {
        (_, W::SdfIndividuals, false) => false,
        (Task::HeadquartersStaff, W::SdfUnit, true) => true,
        (Task::HeadquartersStaff, _, true) => false,
        _ => true,
    };
    if !by_similarity {
        return S;
    }
    let similarity = if task == Task::HeadquartersStaff {
        a.headquarters_staff_similar_to
    } else {
        a.military_liaison_similar_to
    };
    let as_similar = |s: Similarity| {
        let like = match s {
            Similarity::PkfCore => Task::CeasefireMonitoring,
            Similarity::Election => Task::ElectionObservation,
            Similarity::Administration => Task::AdministrativeAdvice,
            Similarity::Support | Similarity::Open => Task::Engineering,
        };
        listed_who(d, on, a, like, kind)
    };
    // Open: the answers differ (work similar to the PKF core tasks needs the
    // Diet's approval, the rest does not), so the finding is open.
    if similarity == Similarity::Open {
        U
    } else {
        as_similar(similarity)
    }
}

/// The reference for one task: the kind of operation (Art. 3(3) chapeau;
/// from 2016 Art. 6(1) for the 2015 tasks and the Sinai Cabinet Order for
/// headquarters work), who may do it, and for the 2015 tasks the consents
/// judged stably maintained and, for kaketsuke-keigo in relief, the
/// parties' consent. The July 2015 text is applied after 2016 (the
/// carry-over has a property of its own).
fn task_reference(d: &Deployment, on: NaiveDate, a: &Assumptions, task: Task) -> Status {
    let since_1998 = on >= date(1998, 6, 12);
    let since_2016 = on >= date(2016, 3, 29);
    let pkf = PKF.contains(&task);
    let new_2015 = task.is_2015_task();
    if new_2015 && !since_2016 {
        return V;
    }
    let operation = match d.operation.kind {
        Fact::Unknown => U,
        Fact::Known(K::UnPeacekeeping) => S,
        Fact::Known(K::InternationallyCoordinated) => {
            if !since_2016 {
                V
            } else if new_2015 || task == Task::HeadquartersStaff {
                S
            } else {
                read(a.coordinated_as_peacekeeping)
            }
        }
        Fact::Known(K::HumanitarianRelief) => match task {
            Task::KaketsukeKeigo => S,
            Task::SafetyEnsuring => read(a.unverified_permissions),
            t if pkf || NOT_FOR_UNITS.contains(&t) => V,
            _ => S,
        },
        Fact::Known(K::ElectionObservation) => match task {
            Task::SafetyEnsuring | Task::KaketsukeKeigo => read(a.unverified_permissions),
            Task::ElectionObservation | Task::HeadquartersStaff | Task::MilitaryLiaison
                if since_1998 =>
            {
                S
            }
            _ => V,
        },
        Fact::Known(_) => V,
    };
    let who = match d.contingent.kind {
        Fact::Known(kind) => who(d, on, a, task, kind),
        Fact::Unknown => {
            let all: Vec<_> = ContingentKind::ALL
                .iter()
                .map(|&k| who(d, on, a, task, k))
                .collect();
            if all.iter().all(|s| *s == S) { S } else { U }
        }
    };
    let stable = if new_2015 {
        match d.host_consent.stably_maintained {
            Fact::Unknown => U,
            Fact::Known(true) => S,
            Fact::Known(false) => V,
        }
    } else {
        S
    };
    let parties =
        if task == Task::KaketsukeKeigo && d.operation.kind == Fact::Known(K::HumanitarianRelief) {
            match &d.parties {
                Fact::Unknown => U,
                Fact::Known(ps) => worst(
                    &ps.iter()
                        .map(|p| consent(&p.to_operation, on))
                        .collect::<Vec<_>>(),
                ),
            }
        } else {
            S
        };
    worst(&[operation, who, stable, parties])
}

/// The reference: legal basis and principles 1 to 4. After 2016 the
/// legal basis and principles 2 and 4 rest on provisions of the July 2015
/// text for every kind of operation, and principles 1 and 3 too except in
/// internationally coordinated and relief operations (whose definitions,
/// Art. 3(2) and 3(3) of the 2016 text, are verified): with the carry-over
/// left open, those findings are undetermined unless violated.
fn reference(d: &Deployment, on: NaiveDate, a: &Assumptions) -> [Status; 5] {
    let since_2016 = on >= date(2016, 3, 29);
    let kind = d.operation.kind;
    let full = match kind {
        Fact::Known(K::UnPeacekeeping | K::InternationallyCoordinated) => Some(true),
        Fact::Known(_) => Some(false),
        Fact::Unknown => None,
    };
    let basis = match kind {
        Fact::Unknown => U,
        Fact::Known(K::InternationallyCoordinated) if !since_2016 => V,
        Fact::Known(K::ElectionObservation) if on < date(1998, 6, 12) => V,
        Fact::Known(_) => S,
    };
    let p1 = match (full, d.operation.conflict) {
        (None, _) => U,
        (Some(false), _) => match d.operation.host_is_party {
            Fact::Unknown => U,
            Fact::Known(false) => NA,
            Fact::Known(true) => ceasefire_among_parties(d, on),
        },
        (Some(true), Fact::Unknown) => U,
        (Some(true), Fact::Known(C::CeasefireBased)) => ceasefire_among_parties(d, on),
        (Some(true), Fact::Known(C::EndedPartiesGone)) => {
            if since_2016 {
                NA
            } else {
                V
            }
        }
        (Some(true), Fact::Known(C::NoConflictYet)) => {
            if on >= date(2001, 12, 14) {
                NA
            } else {
                match a.no_conflict_clause_since_1992 {
                    Reading::Yes => NA,
                    Reading::No => V,
                    Reading::Open => U,
                }
            }
        }
        (Some(true), Fact::Known(_)) => U,
    };
    let host = [
        consent(&d.host_consent.to_operation, on),
        consent(&d.host_consent.to_japan, on),
    ];
    let party_statuses: Option<Vec<Status>> = match &d.parties {
        Fact::Known(ps) => Some(
            ps.iter()
                .flat_map(|p| [consent(&p.to_operation, on), consent(&p.to_japan, on)])
                .collect(),
        ),
        Fact::Unknown => None,
    };
    let required = match (full, d.operation.conflict) {
        (Some(true), Fact::Known(C::CeasefireBased)) => Some(true),
        (Some(false), _) | (Some(true), Fact::Known(_)) => Some(false),
        _ => None,
    };
    let parties = match (required, &party_statuses) {
        (Some(false), _) => S,
        (Some(true) | None, None) => U,
        (Some(true), Some(all)) => worst(all),
        // Whether the parties must consent is unknown: a refusal cannot
        // violate, only leave the question open.
        (None, Some(all)) => {
            if all.iter().all(|s| *s == S) {
                S
            } else {
                U
            }
        }
    };
    let p2 = worst(&[host[0], host[1], parties]);
    let p3 = match (full, &d.impartiality) {
        (None, _) => U,
        (Some(false), _) => NA,
        (Some(true), Fact::Unknown) => U,
        (Some(true), Fact::Known(Impartiality::NoneReported)) => S,
        (Some(true), Fact::Known(Impartiality::Compromised { .. })) => V,
    };
    let p4 = match d.withdrawal_reserved {
        Fact::Unknown => U,
        Fact::Known(true) => S,
        Fact::Known(false) => V,
    };
    let mut out = [basis, p1, p2, p3, p4];
    if since_2016 && a.pre_2016_text_after_2016 == Carryover::Open {
        let verified_definition = matches!(
            kind,
            Fact::Known(K::InternationallyCoordinated | K::HumanitarianRelief)
        );
        for (i, status) in out.iter_mut().enumerate() {
            let carried = !(verified_definition && (i == 1 || i == 3));
            if carried && *status != V {
                *status = U;
            }
        }
    }
    out
}

fn actual(d: &Deployment, on: NaiveDate, options: &Options) -> [Status; 5] {
    let a = options.assess(d, on).unwrap();
    let get = |s: Subject| a.finding(s).unwrap().status();
    [
        get(Subject::LegalBasis),
        get(Subject::Principle(Principle::Ceasefire)),
        get(Subject::Principle(Principle::Consent)),
        get(Subject::Principle(Principle::Impartiality)),
        get(Subject::Principle(Principle::Withdrawal)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn assess_agrees_with_the_reference(d in deployment(), on in day(), a in assumptions()) {
        let o = Options::from(a);
        prop_assert_eq!(actual(&d, on, &o), reference(&d, on, &a), "regime {:?}", Regime::in_force_on(on));
    }

    #[test]
    fn every_task_agrees_with_the_reference(d in deployment(), on in day(), a in assumptions()) {
        let a = a.with_pre_2016_text_after_2016(Carryover::Apply);
        let assessment = Options::from(a).assess(&d, on).unwrap();
        for task in &d.contingent.tasks {
            let got = assessment.finding(Subject::Task(*task)).unwrap().status();
            prop_assert_eq!(got, task_reference(&d, on, &a, *task), "{:?} on {} under {:?} in {:?}", task, on, a, d);
        }
    }

    /// Leaving the carry-over open changes exactly the findings that cite
    /// the July 2015 text after 2016: they become undetermined (a
    /// violation stays one); every other finding is as it was.
    #[test]
    fn an_open_carry_over_opens_exactly_the_findings_that_cite_the_july_2015_text(
        d in deployment(), on in day(), a in assumptions(),
    ) {
        let apply = Options::from(a.with_pre_2016_text_after_2016(Carryover::Apply)).assess(&d, on).unwrap();
        let open = Options::from(a.with_pre_2016_text_after_2016(Carryover::Open)).assess(&d, on).unwrap();
        prop_assert_eq!(apply.findings().len(), open.findings().len());
        let since_2016 = on >= date(2016, 3, 29);
        for (x, y) in apply.findings().zip(open.findings()) {
            prop_assert_eq!(x.subject(), y.subject());
            let carried = since_2016 && x.citations().iter().any(|c| {
                c.title().starts_with("Act on Cooperation with United Nations Peacekeeping Operations")
            });
            let expected = if carried { x.status().worse(Status::Undetermined) } else { x.status() };
            prop_assert_eq!(y.status(), expected, "{} on {}", x.subject(), on);
        }
    }
}

#[test]
fn every_regime_is_reached() {
    // The strategy's dates cover every regime; check the boundaries too.
    for (date, regime) in [
        ("1992-08-10", Regime::Act1992),
        ("1998-06-12", Regime::Amended1998),
        ("2001-12-14", Regime::Amended2001),
        ("2016-03-29", Regime::Amended2015),
    ] {
        let on = pko_core::parse_date(date).unwrap();
        assert_eq!(Regime::in_force_on(on).unwrap(), regime);
        let d = Deployment::default();
        let a = Assumptions::default();
        assert_eq!(actual(&d, on, &Options::from(a)), reference(&d, on, &a));
    }
}
