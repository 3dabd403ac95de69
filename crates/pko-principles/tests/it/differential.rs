//! A deliberately simple reference of the five-principle decision, written
//! from the rules as stated (speech section B; the Act's Art. 3(1), 3(2),
//! 6(1)(i), 8(1)(vi), 6(13)(i); the 2015 amendment's cases), compared with
//! `assess` on random facts for every regime.

#![expect(
    clippy::match_same_arms,
    reason = "the reference states each rule on its own line"
)]

use crate::common::strategies::{day, deployment};
use chrono::NaiveDate;
use pko_core::date;
use pko_principles::{
    ConflictSituation as C, Consent, ContingentKind, Deployment, Fact, Impartiality,
    OperationKind as K, Principle, Regime, Status, Subject, Task, assess,
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

/// The reference for one task: Art. 3(3) chapeau, Art. 6(6), the Art.
/// 12(1) proviso, the freeze until 2001, the 2015 tasks, stable consent.
fn task_reference(d: &Deployment, on: NaiveDate, task: Task) -> Status {
    use ContingentKind as W;
    let since_1998 = on >= date(1998, 6, 12);
    let since_2001 = on >= date(2001, 12, 14);
    let since_2016 = on >= date(2016, 3, 29);
    let pkf = matches!(
        task,
        Task::CeasefireMonitoring
            | Task::BufferZonePatrol
            | Task::WeaponsInspection
            | Task::AbandonedWeaponsDisposal
            | Task::CeasefireLineAssistance
            | Task::PrisonerExchangeAssistance
    );
    let new_2015 = matches!(
        task,
        Task::SafetyEnsuring | Task::KaketsukeKeigo | Task::JointCampProtection
    );
    let not_for_units = matches!(
        task,
        Task::ElectionObservation | Task::CivilianPolice | Task::AdministrativeAdvice
    );
    if new_2015 && !since_2016 {
        return V;
    }
    // Which kinds of operation may include it.
    let operation = match d.operation.kind {
        Fact::Unknown => U,
        Fact::Known(kind) => {
            let kind = match kind {
                K::InternationallyCoordinated if !new_2015 => K::UnPeacekeeping,
                other => other,
            };
            let allowed = match kind {
                K::UnPeacekeeping => true,
                K::InternationallyCoordinated => new_2015,
                K::HumanitarianRelief => {
                    !(pkf || new_2015 || not_for_units || task == Task::ElectionObservation)
                }
                K::ElectionObservation => {
                    since_1998
                        && matches!(
                            task,
                            Task::ElectionObservation
                                | Task::HeadquartersStaff
                                | Task::MilitaryLiaison
                        )
                }
                _ => false,
            };
            if allowed { S } else { V }
        }
    };
    // Who may do it.
    let who = match d.contingent.kind {
        Fact::Unknown if pkf || not_for_units || new_2015 => U,
        Fact::Unknown => S,
        Fact::Known(W::SdfUnit) if not_for_units => V,
        Fact::Known(W::SdfUnit) if pkf && !since_2001 => V,
        Fact::Known(W::SdfUnit | W::SdfIndividuals) => S,
        Fact::Known(_) if pkf => V,
        Fact::Known(_) if new_2015 => U,
        Fact::Known(_) => S,
    };
    let stable = if matches!(task, Task::SafetyEnsuring | Task::KaketsukeKeigo) {
        match d.host_consent.stably_maintained {
            Fact::Unknown => U,
            Fact::Known(true) => S,
            Fact::Known(false) => V,
        }
    } else {
        S
    };
    worst(&[operation, who, stable])
}

/// The reference: legal basis and principles 1 to 4.
fn reference(d: &Deployment, on: NaiveDate) -> [Status; 5] {
    let since_2016 = on >= NaiveDate::from_ymd_opt(2016, 3, 29).unwrap();
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
        (Some(true), Fact::Known(C::NoConflictYet)) => NA,
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
    [basis, p1, p2, p3, p4]
}

fn actual(d: &Deployment, on: NaiveDate) -> [Status; 5] {
    let a = assess(d, on).unwrap();
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
    fn assess_agrees_with_the_reference(d in deployment(), on in day()) {
        prop_assert_eq!(actual(&d, on), reference(&d, on), "regime {:?}", Regime::in_force_on(on));
    }

    #[test]
    fn every_task_agrees_with_the_reference(d in deployment(), on in day()) {
        let a = assess(&d, on).unwrap();
        for task in &d.contingent.tasks {
            let got = a.finding(Subject::Task(*task)).unwrap().status();
            prop_assert_eq!(got, task_reference(&d, on, *task), "{:?} on {} in {:?}", task, on, d);
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
        assert_eq!(actual(&d, on), reference(&d, on));
    }
}
