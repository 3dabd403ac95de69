//! The Republic of Korea: the United Nations Peacekeeping Operations
//! Participation Act (Act No. 9939, in force 26 April 2010) and
//! Constitution Art. 60(2) (`facts.md` §10). What only reports say is
//! cited as secondary; what was not found is not filled in.

use chrono::NaiveDate;
use pko_core::{Fact, Locator, Source, Status, date};

use crate::facts::{
    Agreement, AssemblyConsent, Contingent, ContingentKind, Operation, OperationKind,
};
use crate::outcome::{Assessment, Finding, MissingStep, Participant, Step, Subject};
use crate::sources::{
    KOREA_ACT, KOREA_ACT_ART_6, KOREA_BILL_REPORTS, KOREA_CONSTITUTION, KOREA_INDIVIDUALS,
    KOREA_NON_UN, KOREA_STATE_COUNCIL,
};

/// The day the Act came into force (Act No. 9939, enacted 25 January 2010;
/// the Korea Legislation Research Institute's official translation).
pub const ACT_IN_FORCE: NaiveDate = date(2010, 4, 26);

/// The size under which the Government may provisionally agree with the UN
/// before the Assembly consents (reports of the bill, secondary).
pub const PROVISIONAL_AGREEMENT_LIMIT: u32 = 1_000;

/// Which law governs the dispatch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Basis {
    /// The Act, for a UN-run operation from 26 April 2010.
    Act,
    /// Constitution Art. 60(2) alone: before the Act, or an operation
    /// outside it.
    Constitution,
}

/// What the motion for a unit's dispatch states under the Act (Art. 6(2)
/// as amended by Act No. 13123; secondary).
const MOTION: &str = "under the Act as amended by Act No. 13123 (3 February 2015), the motion states the unit's destination, size, period, mission and safety measures";

/// The State Council's resolution of a motion, before it goes to the
/// National Assembly (reports of its meetings, secondary).
fn state_council(when: &str) -> MissingStep {
    MissingStep {
        step: Step::StateCouncilResolution,
        by: None,
        when: when.to_owned(),
        details: Vec::new(),
        citations: vec![KOREA_STATE_COUNCIL.clone()],
    }
}

fn at(source: &Source, article: &'static str) -> Source {
    source.clone().at(Locator::article(article))
}

/// The Republic of Korea's rules applied to its contingent on `on`.
pub(crate) fn assess(operation: &Operation, contingent: &Contingent, on: NaiveDate) -> Assessment {
    let mut deciding = Vec::new();
    let mut missing = Vec::new();
    let act_2_1 = at(&KOREA_ACT, "2(1)");
    let art_60_2 = at(&KOREA_CONSTITUTION, "60(2)");
    let (basis_finding, basis) = if on < ACT_IN_FORCE {
        (
            Finding::new(
                Subject::LegalBasis,
                Status::Satisfied,
                format!("the Peacekeeping Operations Participation Act did not yet exist (in force from {ACT_IN_FORCE}): a dispatch of the armed forces abroad rests on Constitution Art. 60(2) alone"),
            )
            .cites(&[&art_60_2, &KOREA_ACT]),
            Fact::Known(Basis::Constitution),
        )
    } else {
        match operation.kind {
            Fact::Known(OperationKind::UnPeacekeeping) => (
                Finding::new(
                    Subject::LegalBasis,
                    Status::Satisfied,
                    "a UN-run operation (under a Security Council resolution, a commander the Secretary-General appoints, at the UN's expense) is within the Act",
                )
                .cites(&[&act_2_1]),
                Fact::Known(Basis::Act),
            ),
            Fact::Known(kind) => (
                Finding::new(
                    Subject::LegalBasis,
                    Status::Satisfied,
                    format!("the operation ({kind}) is outside the Act (Art. 2(1) excludes what states carry out on their own with UN approval): a dispatch rests on Constitution Art. 60(2) and a consent of its own, with no enabling statute"),
                )
                .cites(&[&act_2_1, &art_60_2, &KOREA_NON_UN]),
                Fact::Known(Basis::Constitution),
            ),
            Fact::Unknown => {
                deciding.push("operation.kind".to_owned());
                (
                    Finding::new(
                        Subject::LegalBasis,
                        Status::Undetermined,
                        "whether the operation is UN-run (and so within the Act) is unknown",
                    )
                    .cites(&[&act_2_1]),
                    Fact::Unknown,
                )
            }
        }
    };
    let mut findings = vec![basis_finding];
    findings.push(consent(contingent, basis, on, &mut deciding, &mut missing));
    if let Some(f) = extension(contingent, on, &mut missing) {
        findings.push(f);
    }
    // The provisional agreement is a step of the Act, for a unit.
    let under_act = basis != Fact::Known(Basis::Constitution);
    if under_act && contingent.kind != Fact::Known(ContingentKind::Individuals) {
        findings.push(provisional_agreement(contingent, &mut deciding));
    }
    Assessment::of(Participant::Korea, on, findings, deciding, missing)
}

/// The Assembly's consent, under the Act (Art. 6, secondary) or Constitution
/// Art. 60(2).
fn consent(
    contingent: &Contingent,
    basis: Fact<Basis>,
    on: NaiveDate,
    deciding: &mut Vec<String>,
    missing: &mut Vec<MissingStep>,
) -> Finding {
    let art_6 = KOREA_ACT_ART_6.clone();
    let art_60_2 = at(&KOREA_CONSTITUTION, "60(2)");
    let citations: Vec<&Source> = match basis {
        Fact::Known(Basis::Act) => vec![&art_6],
        Fact::Known(Basis::Constitution) => vec![&art_60_2],
        Fact::Unknown => vec![&art_6, &art_60_2],
    };
    let kind = match contingent.kind {
        Fact::Known(k) => k,
        Fact::Unknown => {
            deciding.push("contingent.kind".to_owned());
            return Finding::new(
                Subject::AssemblyConsent,
                Status::Undetermined,
                "whether a unit or personnel one by one go is unknown: a unit needs the National Assembly's prior consent",
            )
            .cites(&citations);
        }
    };
    if kind == ContingentKind::Individuals {
        return match basis {
            Fact::Known(Basis::Act) => Finding::new(
                Subject::AssemblyConsent,
                Status::NotApplicable,
                "Art. 6 requires the Assembly's consent for a unit; observers and staff officers sent one by one have gone without it",
            )
            .cites(&[&art_6, &KOREA_INDIVIDUALS]),
            _ => {
                Finding::new(
                    Subject::AssemblyConsent,
                    Status::Undetermined,
                    "whether personnel sent one by one outside the Act need the Assembly's consent under Constitution Art. 60(2) is not found in the sources",
                )
                .cites(&[&art_60_2, &KOREA_INDIVIDUALS])
            }
        };
    }
    let mut needed = MissingStep {
        step: Step::AssemblyConsent,
        by: None,
        when: "before the unit deploys".to_owned(),
        details: Vec::new(),
        citations: citations.iter().map(|s| (*s).clone()).collect(),
    };
    if basis == Fact::Known(Basis::Act) {
        needed.details.push(MOTION.to_owned());
        needed.citations.push(at(&KOREA_ACT_ART_6, "6(2)"));
    }
    match contingent.procedure.assembly_consent {
        Fact::Unknown => {
            deciding.push("procedure.assembly_consent".to_owned());
            Finding::new(
                Subject::AssemblyConsent,
                Status::Undetermined,
                "a unit needs the National Assembly's prior consent, and whether it was given is unknown",
            )
            .cites(&citations)
        }
        Fact::Known(AssemblyConsent::NotGiven) => {
            missing.push(state_council(
                "before the motion to dispatch goes to the National Assembly",
            ));
            missing.push(needed);
            Finding::new(
                Subject::AssemblyConsent,
                Status::Violated,
                "a unit needs the National Assembly's prior consent, and it has not been given",
            )
            .cites(&citations)
        }
        Fact::Known(AssemblyConsent::Given { on: given, .. }) if given > on => {
            missing.push(needed);
            Finding::new(
                Subject::AssemblyConsent,
                Status::Violated,
                format!("the National Assembly consents on {given}, after {on}: its consent must come before the unit deploys"),
            )
            .cites(&citations)
        }
        Fact::Known(AssemblyConsent::Given { on: given, .. }) => Finding::new(
            Subject::AssemblyConsent,
            Status::Satisfied,
            format!("the National Assembly consented on {given}"),
        )
        .cites(&citations),
    }
}

/// A consent that has run out needs the Assembly's prior consent to extend
/// (one year in principle; reports of the bill, secondary).
fn extension(
    contingent: &Contingent,
    on: NaiveDate,
    missing: &mut Vec<MissingStep>,
) -> Option<Finding> {
    let Fact::Known(AssemblyConsent::Given {
        on: given,
        until: Some(until),
    }) = contingent.procedure.assembly_consent
    else {
        return None;
    };
    if given > on {
        return None;
    }
    Some(if on <= until {
        Finding::new(
            Subject::Extension,
            Status::Satisfied,
            format!("the consent covers the dispatch until {until}; to stay longer the Assembly must consent to extend it, one year at a time in principle"),
        )
        .cites(&[&KOREA_BILL_REPORTS])
    } else {
        missing.push(state_council(
            "before the motion to extend goes to the National Assembly",
        ));
        missing.push(MissingStep {
            step: Step::AssemblyConsentToExtend,
            by: Some(until),
            when: "before the consent runs out".to_owned(),
            details: Vec::new(),
            citations: vec![KOREA_BILL_REPORTS.clone()],
        });
        Finding::new(
            Subject::Extension,
            Status::Violated,
            format!("the consent ran until {until}: staying on {on} needs the Assembly's prior consent to extend"),
        )
        .cites(&[&KOREA_BILL_REPORTS])
    })
}

/// Before the Assembly consents, the Government may provisionally agree
/// with the UN for a unit of up to 1,000 persons (reports of the bill,
/// secondary).
fn provisional_agreement(contingent: &Contingent, deciding: &mut Vec<String>) -> Finding {
    let limit = PROVISIONAL_AGREEMENT_LIMIT;
    let finding = |status, reason: String| {
        Finding::new(Subject::ProvisionalAgreement, status, reason).cites(&[&KOREA_BILL_REPORTS])
    };
    match (contingent.procedure.provisional_agreement, contingent.size) {
        (Fact::Known(Agreement::None), _) => finding(
            Status::NotApplicable,
            "no provisional agreement with the UN was made".to_owned(),
        ),
        (_, Fact::Known(n)) if n <= limit => finding(
            Status::Satisfied,
            format!(
                "a unit of {n} persons is within the {limit} for which the Government may agree with the UN before the Assembly consents"
            ),
        ),
        (Fact::Known(Agreement::On(day)), Fact::Known(n)) => finding(
            Status::Violated,
            format!(
                "the Government agreed with the UN on {day} for {n} persons, beyond the {limit} it may agree to before the Assembly consents"
            ),
        ),
        (Fact::Unknown, Fact::Known(n)) => {
            deciding.push("procedure.provisional_agreement".to_owned());
            finding(
                Status::Undetermined,
                format!(
                    "for {n} persons, more than {limit}, the Government may not agree with the UN before the Assembly consents, and whether it did is unknown"
                ),
            )
        }
        (_, Fact::Unknown) => {
            deciding.push("contingent.size".to_owned());
            finding(
                Status::Undetermined,
                format!(
                    "a provisional agreement with the UN is allowed up to {limit} persons, and the size is unknown"
                ),
            )
        }
    }
}
