//! Structure-aware: the input bytes drive `arbitrary` to build a
//! `Deployment`, a contribution in kind and dates directly, so every run
//! reaches the rules instead of stopping at the JSON parser.
//!
//! Party names come from a small pool, so ceasefires and events usually
//! name listed parties and most deployments pass the consistency check.
//!
//! The assumptions are drawn too: each open reading set to one of its
//! answers, or left open.
//!
//! Checked beyond "no panic":
//! - the verdict follows the findings (violated → not permitted;
//!   otherwise undetermined → undetermined; otherwise permitted);
//! - an undetermined verdict names what would decide it, and names only
//!   assumptions that are open;
//! - the period that holds the day has the day's verdict, and the periods
//!   tile the span without gap or overlap, under the same assumptions;
//! - a contribution in kind's verdict follows its findings too;
//! - under a reform drawn from the bytes (one to four typed changes, from a
//!   day or not), applied to the law of the day: the same three checks,
//!   every finding that differs from the law of the day's names a change
//!   of the reform, and the reform's inverse gives back the provisions.
#![no_main]

use chrono::{Days, NaiveDate};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use pko::principles::in_kind::{CabinetDecision, Recipient, Terms, Transfer};
use pko::principles::statute::{DietApproval, Permission};
use pko::principles::{
    Assessment, Assumption, Assumptions, Ceasefire, ConflictSituation, Consent, Contingent,
    ContingentKind, Decider, Deployment, Enactment, Fact, HeadcountCap, HostConsent, Impartiality,
    Law, LawChange, Operation, OperationKind, Options, Party, Principle, Reform, Status, Task,
    Text, Verdict, WeaponsUse,
};

const NAMES: [&str; 4] = ["A", "B", "C", "D"];

fn day(u: &mut Unstructured<'_>) -> Result<NaiveDate> {
    // 1990-01-01 to about 2034: before the Act, every regime, and after.
    let start = pko::core::date(1990, 1, 1);
    Ok(start + Days::new(u64::from(u.int_in_range(0u32..=16_000)?)))
}

fn fact<T>(
    u: &mut Unstructured<'_>,
    f: impl FnOnce(&mut Unstructured<'_>) -> Result<T>,
) -> Result<Fact<T>> {
    Ok(if u.arbitrary()? {
        Fact::Known(f(u)?)
    } else {
        Fact::Unknown
    })
}

fn flag(u: &mut Unstructured<'_>) -> Result<Fact<bool>> {
    fact(u, |u| u.arbitrary())
}

fn pick<T: Copy>(u: &mut Unstructured<'_>, values: &[T]) -> Result<T> {
    Ok(*u.choose(values)?)
}

fn option_day(u: &mut Unstructured<'_>) -> Result<Option<NaiveDate>> {
    Ok(if u.arbitrary()? { Some(day(u)?) } else { None })
}

fn consent(u: &mut Unstructured<'_>) -> Result<Consent> {
    Ok(if u.ratio(1u8, 5)? {
        Consent::Refused
    } else {
        Consent::Given {
            on: option_day(u)?,
            withdrawn_on: option_day(u)?,
        }
    })
}

const KINDS: [OperationKind; 4] = [
    OperationKind::UnPeacekeeping,
    OperationKind::InternationallyCoordinated,
    OperationKind::HumanitarianRelief,
    OperationKind::ElectionObservation,
];
const CONFLICTS: [ConflictSituation; 3] = [
    ConflictSituation::CeasefireBased,
    ConflictSituation::EndedPartiesGone,
    ConflictSituation::NoConflictYet,
];
const WEAPONS: [WeaponsUse; 6] = [
    WeaponsUse::SelfPreservation,
    WeaponsUse::PersonsUnderControl,
    WeaponsUse::ProtectionOfWeapons,
    WeaponsUse::DutyExecution,
    WeaponsUse::JointCampProtection,
    WeaponsUse::UseOfForce,
];

fn operation(u: &mut Unstructured<'_>) -> Result<Operation> {
    Ok(Operation {
        kind: fact(u, |u| pick(u, &KINDS))?,
        conflict: fact(u, |u| pick(u, &CONFLICTS))?,
        host_is_party: flag(u)?,
        ..Operation::default()
    })
}

fn deployment(u: &mut Unstructured<'_>) -> Result<Deployment> {
    let operation = operation(u)?;
    let parties = fact(u, |u| {
        let n = u.int_in_range(0..=NAMES.len())?;
        NAMES[..n]
            .iter()
            .map(|name| Ok(Party::new(*name, fact(u, consent)?, fact(u, consent)?)))
            .collect::<Result<Vec<_>>>()
    })?;
    let ceasefires = fact(u, |u| {
        let n = u.int_in_range(0..=2)?;
        (0..n)
            .map(|_| {
                let mut names: Vec<&str> = Vec::new();
                for name in NAMES {
                    if u.arbitrary()? {
                        names.push(name);
                    }
                }
                Ok(Ceasefire::new(names, option_day(u)?, option_day(u)?))
            })
            .collect::<Result<Vec<_>>>()
    })?;
    let host_consent = HostConsent {
        to_operation: fact(u, consent)?,
        to_japan: fact(u, consent)?,
        stably_maintained: flag(u)?,
    };
    let impartiality = fact(u, |u| {
        Ok(if u.arbitrary()? {
            Impartiality::NoneReported
        } else {
            Impartiality::Compromised {
                reports: vec!["reported".to_owned()],
            }
        })
    })?;
    let mut tasks = Vec::new();
    for _ in 0..u.int_in_range(0..=3)? {
        tasks.push(pick(u, &Task::ALL)?);
    }
    let mut weapons_use = Vec::new();
    for _ in 0..u.int_in_range(0..=2)? {
        weapons_use.push(pick(u, &WEAPONS)?);
    }
    let contingent = Contingent {
        kind: fact(u, |u| pick(u, &ContingentKind::ALL))?,
        size: fact(u, |u| u.int_in_range(0..=2_500))?,
        tasks,
        weapons_use,
        ..Contingent::default()
    };
    Ok(Deployment {
        operation,
        parties,
        ceasefires,
        host_consent,
        impartiality,
        contingent,
        withdrawal_reserved: flag(u)?,
        diet_approval: flag(u)?,
        already_engaged: fact(u, |u| u.int_in_range(0..=2_500))?,
    })
}

fn transfer(u: &mut Unstructured<'_>) -> Result<Transfer> {
    let recipients = [
        Recipient::UnitedNations,
        Recipient::Annex3Organisation,
        Recipient::OtherInternationalOrganisation,
        Recipient::State,
    ];
    let terms = [
        Terms::FreeOfCharge,
        Terms::BelowMarketPrice,
        Terms::MarketPrice,
    ];
    Ok(Transfer {
        operation: operation(u)?,
        recipient: fact(u, |u| pick(u, &recipients))?,
        needed: flag(u)?,
        terms: fact(u, |u| pick(u, &terms))?,
        cabinet_decision: fact(u, |u| {
            Ok(if u.arbitrary()? {
                CabinetDecision::DecidedOn(day(u)?)
            } else {
                CabinetDecision::NotDecided
            })
        })?,
        host_consent: flag(u)?,
        ceasefire_agreement: flag(u)?,
        parties_consent: flag(u)?,
        impartial: flag(u)?,
        ..Transfer::default()
    })
}

/// Each assumption set to one of its answers, or left as its default.
fn assumptions(u: &mut Unstructured<'_>) -> Result<Assumptions> {
    let mut a = Assumptions::default();
    for which in Assumption::ALL {
        if !u.arbitrary::<bool>()? {
            continue;
        }
        let answers: Vec<String> = which
            .values()
            .iter()
            .map(|v| {
                if v.starts_with("a number") {
                    u.int_in_range(0u32..=3_000).map(|n| n.to_string())
                } else {
                    Ok((*v).to_owned())
                }
            })
            .collect::<Result<_>>()?;
        let answer = u.choose(&answers)?;
        // Every value `values` lists is one the assumption takes.
        assert!(a.set(*which, answer).is_ok(), "{which} = {answer}");
    }
    Ok(a)
}

fn enactment(u: &mut Unstructured<'_>) -> Result<Enactment> {
    Ok(match u.int_in_range(0u8..=3)? {
        0 => Enactment::InForce,
        1 => Enactment::Repealed,
        2 => Enactment::From { day: day(u)? },
        _ => Enactment::NotYet { from: day(u)? },
    })
}

fn permission(u: &mut Unstructured<'_>) -> Result<Permission> {
    Ok(match u.int_in_range(0u8..=2)? {
        0 => Permission::Allowed,
        1 => Permission::Barred,
        _ => Permission::Open(pick(u, Assumption::ALL)?),
    })
}

/// One change of any kind, including some the law refuses.
fn change(u: &mut Unstructured<'_>) -> Result<LawChange> {
    let task = pick(u, &Task::ALL)?;
    let kind = pick(u, &KINDS)?;
    let who = pick(u, &ContingentKind::ALL)?;
    let weapons = pick(u, &WEAPONS)?;
    Ok(match u.int_in_range(0u8..=14)? {
        0 => LawChange::TaskOperation { task, operation: kind, permission: permission(u)? },
        1 => LawChange::TaskContingent { task, contingent: who, permission: permission(u)? },
        2 => LawChange::TaskFrozen { task, frozen: u.arbitrary()? },
        3 => LawChange::DietApproval {
            task,
            approval: *u.choose(&[
                DietApproval::Required,
                DietApproval::NotRequired,
                DietApproval::AsSimilarWork,
                DietApproval::Open(Assumption::DietApproval2015Tasks),
            ])?,
        },
        4 => LawChange::TaskEnacted { task, enactment: enactment(u)? },
        5 => LawChange::StableConsent { task, required: u.arbitrary()? },
        6 => LawChange::PartiesConsentInRelief { task, required: u.arbitrary()? },
        7 => LawChange::Operation { operation: kind, enactment: enactment(u)? },
        8 => LawChange::Principle {
            principle: pick(u, &Principle::ALL)?,
            operation: kind,
            waived: u.arbitrary()?,
        },
        9 => LawChange::CeasefireClause { situation: pick(u, &CONFLICTS)?, enactment: enactment(u)? },
        10 => LawChange::Weapons { weapons, enactment: enactment(u)? },
        11 => LawChange::WeaponsContingent { weapons, contingent: who, allowed: u.arbitrary()? },
        12 => LawChange::SuperiorOrder { enactment: enactment(u)? },
        13 => LawChange::HeadcountCap {
            cap: match u.int_in_range(0u8..=2)? {
                0 => HeadcountCap::Of(u.int_in_range(0u32..=3_000)?),
                1 => HeadcountCap::Removed,
                _ => HeadcountCap::Open,
            },
        },
        _ => LawChange::Text { text: if u.arbitrary()? { Text::From2016 } else { Text::Pre2016 } },
    })
}

fn reform(u: &mut Unstructured<'_>) -> Result<Reform> {
    let mut r = Reform::new("fuzzed", pko::core::Source::SPEECH);
    if u.arbitrary()? {
        r = r.from(day(u)?);
    }
    for _ in 0..u.int_in_range(1u8..=4)? {
        r = r.change(change(u)?);
    }
    Ok(r)
}

/// The checks every assessment passes, whatever the law.
fn follows_its_findings(a: &Assessment, assumed: &Assumptions) {
    assert_eq!(
        a.verdict(),
        expected(a.findings().map(|f| f.status())),
        "{a}"
    );
    assert_eq!(
        a.verdict() == Verdict::Undetermined,
        !a.deciding_facts().is_empty(),
        "{a}"
    );
    for x in a.deciding_facts() {
        if let Decider::Assumption(x) = x {
            assert!(assumed.is_open(*x), "{x} named but set: {a}");
        }
    }
}

fn expected(statuses: impl Iterator<Item = Status> + Clone) -> Verdict {
    if statuses.clone().any(|s| s == Status::Violated) {
        Verdict::NotPermitted
    } else if statuses.into_iter().any(|s| s == Status::Undetermined) {
        Verdict::Undetermined
    } else {
        Verdict::Permitted
    }
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let (Ok(d), Ok(on), Ok(span), Ok(t), Ok(assumed), Ok(r)) = (
        deployment(&mut u),
        day(&mut u),
        u.int_in_range(0u32..=3_000),
        transfer(&mut u),
        assumptions(&mut u),
        reform(&mut u),
    ) else {
        return;
    };
    let options = Options::from(assumed);
    if let Ok(a) = options.assess(&d, on) {
        follows_its_findings(&a, &assumed);
        let _ = a.to_string();
        // The same facts under a reform of the law of the day.
        if let Ok(law) = Law::in_force_on(on).and_then(|l| l.with(&r))
            && let Ok(b) = options.assess_under(&law, &d, on)
        {
            follows_its_findings(&b, &assumed);
            for f in b.findings() {
                if a.finding(f.subject()) != Some(f) {
                    assert!(
                        b.reformed().iter().any(|x| x.subject() == f.subject()),
                        "{:?} changed without a trace under {r:?}",
                        f.subject()
                    );
                }
            }
            let _ = b.to_string();
            if let Ok(base) = Law::in_force_on(on)
                && let Ok(back) = law.with(&r.inverse(base))
            {
                assert!(back.same_provisions(base, on), "{r:?}");
            }
        }
        // `assess` succeeded, so `on` is on or after the Act came into force.
        let in_force = pko::core::date(1992, 8, 10);
        let from = (on - Days::new(u64::from(span / 2))).max(in_force);
        let to = on + Days::new(u64::from(span / 2));
        if let Ok(ps) = options.periods(&d, from, to) {
            let holding: Vec<_> = ps
                .iter()
                .filter(|p| p.start() <= on && on <= p.end())
                .collect();
            assert_eq!(holding.len(), 1, "{on} in {ps:?}");
            assert_eq!(holding[0].verdict(), a.verdict(), "{on}: {a}");
            for pair in ps.windows(2) {
                assert_eq!(pair[0].end() + Days::new(1), pair[1].start());
            }
            assert_eq!(ps.first().map(|p| p.start()), Some(from));
            assert_eq!(ps.last().map(|p| p.end()), Some(to));
        }
        let _ = options.compare(&d, from, to);
    }
    if let Ok(a) = options.assess_transfer(&t, on) {
        assert_eq!(
            a.verdict(),
            expected(a.findings().map(|f| f.status())),
            "{a}"
        );
        for x in a.deciding_facts() {
            if let Decider::Assumption(x) = x {
                assert!(assumed.is_open(*x), "{x} named but set: {a}");
            }
        }
    }
});
