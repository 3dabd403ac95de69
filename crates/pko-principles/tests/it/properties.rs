//! Laws of the assessment, on random deployments.

use crate::common::strategies::{assumptions, day, deployment, events};
use pko_principles::{
    Assessment, Assumption, Consent, Decider, Deployment, Fact, Finding, GracePeriod, Impartiality,
    Options, Reason, Status, Subject, Verdict, WeaponsUse, assess, assess_batch,
    assess_batch_parallel, monitor,
};
use proptest::prelude::*;

/// Every way of forgetting one fact.
fn forget(d: &Deployment, which: u8) -> Deployment {
    let mut d = d.clone();
    match which % 12 {
        0 => d.operation.kind = Fact::Unknown,
        1 => d.operation.conflict = Fact::Unknown,
        2 => d.operation.host_is_party = Fact::Unknown,
        3 => d.parties = Fact::Unknown,
        4 => d.ceasefires = Fact::Unknown,
        5 => d.host_consent.to_operation = Fact::Unknown,
        6 => d.host_consent.to_japan = Fact::Unknown,
        7 => d.host_consent.stably_maintained = Fact::Unknown,
        8 => d.impartiality = Fact::Unknown,
        9 => d.contingent.kind = Fact::Unknown,
        10 => {
            if which % 24 < 12 {
                d.contingent.size = Fact::Unknown;
            } else {
                d.already_engaged = Fact::Unknown;
            }
        }
        _ => {
            if let Fact::Known(ps) = &mut d.parties {
                for p in ps {
                    p.to_japan = Fact::Unknown;
                }
            }
        }
    }
    d
}

/// Every way of adding one fact that breaks a principle or the law.
fn violate(d: &Deployment, which: u8) -> Deployment {
    let mut d = d.clone();
    match which % 5 {
        0 => d.contingent.weapons_use.push(WeaponsUse::UseOfForce),
        1 => d.withdrawal_reserved = Fact::Known(false),
        2 => d.host_consent.to_japan = Fact::Known(Consent::Refused),
        3 => d.host_consent.to_operation = Fact::Known(Consent::Refused),
        _ => {
            d.impartiality = Fact::Known(Impartiality::Compromised {
                reports: vec!["x".into()],
            });
            d.operation.kind = Fact::Known(pko_principles::OperationKind::UnPeacekeeping);
        }
    }
    d
}

/// Every answer of an assumption, as its text.
fn answers(a: Assumption) -> &'static [&'static str] {
    match a {
        Assumption::HeadquartersStaffSimilarTo | Assumption::MilitaryLiaisonSimilarTo => {
            &["pkf_core", "election", "administration", "support"]
        }
        Assumption::Pre2016TextAfter2016 => &["apply"],
        Assumption::HeadcountCapAfter2016 => &["none", "2000", "10"],
        Assumption::GracePeriodDays => &["0", "30"],
        _ => &["yes", "no"],
    }
}

/// What a finding names as deciding it.
fn names(f: Finding<'_>) -> Vec<Decider> {
    f.reasons()
        .iter()
        .filter_map(|r| match r {
            Reason::Unknown { fact } => Some(Decider::Fact(*fact)),
            Reason::OpenAssumption { assumption } => Some(Decider::Assumption(*assumption)),
            _ => None,
        })
        .collect()
}

fn status_of(a: &Assessment, subject: Subject) -> Option<Status> {
    a.finding(subject).map(Finding::status)
}

fn statuses(d: &Deployment, as_of: chrono::NaiveDate) -> Vec<(Subject, Status)> {
    let a = assess(d, as_of).unwrap();
    let mut v: Vec<_> = a.findings().map(|f| (f.subject(), f.status())).collect();
    v.sort();
    v
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn a_missing_fact_never_makes_a_finding_satisfied(d in deployment(), as_of in day(), which in any::<u8>()) {
        let before = assess(&d, as_of).unwrap();
        let after = assess(&forget(&d, which), as_of).unwrap();
        for f in after.findings() {
            if f.status() == Status::Satisfied {
                let was = before.finding(f.subject()).map(Finding::status);
                prop_assert_eq!(was, Some(Status::Satisfied), "{} became satisfied", f.subject());
            }
        }
        if after.verdict() == Verdict::Permitted {
            prop_assert_eq!(before.verdict(), Verdict::Permitted);
        }
    }

    #[test]
    fn a_violating_fact_never_makes_a_verdict_permitted(d in deployment(), as_of in day(), which in any::<u8>()) {
        let a = assess(&violate(&d, which), as_of).unwrap();
        prop_assert_eq!(a.verdict(), Verdict::NotPermitted);
    }

    #[test]
    fn undetermined_lists_deciding_facts(d in deployment(), as_of in day()) {
        let a = assess(&d, as_of).unwrap();
        prop_assert_eq!(a.verdict() == Verdict::Undetermined, !a.deciding_facts().is_empty());
        prop_assert!(a.findings().all(|f| !f.citations().is_empty() && !f.reasons().is_empty()));
    }

    #[test]
    fn order_of_parties_does_not_matter(d in deployment(), as_of in day()) {
        let mut reversed = d.clone();
        if let Fact::Known(ps) = &mut reversed.parties { ps.reverse(); }
        if let Fact::Known(cs) = &mut reversed.ceasefires {
            cs.reverse();
            for c in cs { c.parties.reverse(); }
        }
        reversed.contingent.tasks.reverse();
        reversed.contingent.weapons_use.reverse();
        prop_assert_eq!(statuses(&d, as_of), statuses(&reversed, as_of));
        prop_assert_eq!(assess(&d, as_of).unwrap().verdict(), assess(&reversed, as_of).unwrap().verdict());
    }

    #[test]
    fn order_of_events_does_not_matter(mut e in events(), grace in 0_u32..60) {
        let t = monitor(&e, GracePeriod::days(grace));
        e.reverse();
        prop_assert_eq!(&monitor(&e, GracePeriod::days(grace)), &t);
        // The timeline alternates suspension with resumption or termination.
        let mut suspended = false;
        for entry in t.entries() {
            use pko_principles::Action::*;
            match entry.action() {
                Suspend => { prop_assert!(!suspended); suspended = true; }
                Resume | Terminate | TerminationDue => { prop_assert!(suspended); suspended = false; }
            }
        }
    }

    /// A batch is each deployment assessed in turn, on one thread or on
    /// every core: the same results, in the same order, errors included.
    #[test]
    fn a_batch_is_each_assessed_in_turn(
        batch in prop::collection::vec(deployment(), 0..12),
        as_of in day(),
        a in assumptions(),
    ) {
        let options = Options::from(a);
        let each: Vec<_> = batch.iter().map(|d| options.assess(d, as_of)).collect();
        prop_assert_eq!(&options.assess_batch(&batch, as_of), &each);
        prop_assert_eq!(&options.assess_batch_parallel(&batch, as_of), &each);
        let defaults: Vec<_> = batch.iter().map(|d| assess(d, as_of)).collect();
        prop_assert_eq!(&assess_batch(&batch, as_of), &defaults);
        prop_assert_eq!(&assess_batch_parallel(&batch, as_of), &defaults);
    }

    /// Setting an open assumption that an undetermined assessment names, to
    /// any of its answers, decides its findings as far as it goes: no
    /// finding names it any more, and a finding that stays undetermined
    /// names something else that would decide it.
    #[test]
    fn setting_a_named_assumption_decides_its_findings(
        d in deployment(), as_of in day(), a in assumptions(),
    ) {
        let before = Options::from(a).assess(&d, as_of).unwrap();
        let named: Vec<Assumption> = before
            .deciding_facts()
            .iter()
            .filter_map(|x| match x { Decider::Assumption(x) => Some(*x), _ => None })
            .collect();
        for which in named {
            for answer in answers(which) {
                let mut set = a;
                set.set(which, answer).unwrap();
                let after = Options::from(set).assess(&d, as_of).unwrap();
                prop_assert!(
                    !after.deciding_facts().contains(&Decider::Assumption(which)),
                    "{} = {} still named", which, answer
                );
                for f in after.findings() {
                    prop_assert!(!names(f).contains(&Decider::Assumption(which)), "{}", f.subject());
                    if f.status() == Status::Undetermined {
                        prop_assert!(!names(f).is_empty(), "{} open with nothing to decide it", f.subject());
                    }
                }
                // Only findings that named it can change.
                for f in before.findings().filter(|f| !names(*f).contains(&Decider::Assumption(which))) {
                    prop_assert_eq!(status_of(&after, f.subject()), Some(f.status()), "{} changed", f.subject());
                }
            }
        }
    }

    #[test]
    fn deployment_json_round_trips(d in deployment()) {
        let json = serde_json::to_string(&d).unwrap();
        let back: Deployment = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, d);
    }

    #[test]
    fn events_json_round_trips(e in events()) {
        let json = serde_json::to_string(&e).unwrap();
        let back: Vec<pko_principles::Event> = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, e);
    }

    #[test]
    fn arbitrary_json_never_panics(s in "\\PC{0,200}") {
        if let Ok(d) = serde_json::from_str::<Deployment>(&s) {
            let _ = assess(&d, pko_core::date(2000, 1, 1));
        }
    }

    #[test]
    fn any_date_is_answered_or_refused_before_the_act(d in deployment(), n in any::<i32>()) {
        let date = chrono::NaiveDate::from_num_days_from_ce_opt(n % 3_000_000);
        if let Some(date) = date {
            let r = assess(&d, date);
            if date < pko_principles::law::ACT_IN_FORCE {
                prop_assert_eq!(r.unwrap_err(), pko_principles::Error::BeforeAct { date });
            } else {
                prop_assert!(r.is_ok());
            }
        }
    }
}

/// The maximal runs of one verdict, found by assessing every day.
fn sweep(
    d: &Deployment,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> Vec<(chrono::NaiveDate, chrono::NaiveDate, Verdict)> {
    let mut runs: Vec<(chrono::NaiveDate, chrono::NaiveDate, Verdict)> = Vec::new();
    for day in from.iter_days().take_while(|x| *x <= to) {
        let v = assess(d, day).unwrap().verdict();
        match runs.last_mut() {
            Some(run) if run.2 == v => run.1 = day,
            _ => runs.push((day, day, v)),
        }
    }
    runs
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// `periods` computed from change points agrees with a day-by-day
    /// sweep, on random facts and spans (some across amendments).
    #[test]
    fn periods_agree_with_a_day_by_day_sweep(d in deployment(), from in day(), len in 0_u64..500) {
        let to = from.checked_add_days(chrono::Days::new(len)).unwrap();
        let got: Vec<_> = pko_principles::periods(&d, from, to)
            .unwrap()
            .iter()
            .map(|p| (p.start(), p.end(), p.verdict()))
            .collect();
        prop_assert_eq!(got, sweep(&d, from, to));
    }
}

#[test]
fn periods_reject_a_span_that_ends_before_it_starts() {
    let on = pko_core::date(2000, 1, 2);
    let before = pko_core::date(2000, 1, 1);
    assert_eq!(
        pko_principles::periods(&Deployment::default(), on, before).unwrap_err(),
        pko_principles::Error::DatesOutOfOrder {
            from: on,
            to: before
        }
    );
}
