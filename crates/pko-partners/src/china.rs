//! The People's Republic of China: no statute dedicated to UN peacekeeping
//! was found; the National Security Law (1 July 2015) Art. 18 and the
//! National Defense Law (in force 1 January 2021) Art. 68 name it among the
//! uses of the armed forces; the body that decides a deployment is not
//! found (`facts.md` §10).

use chrono::NaiveDate;
use pko_core::{Fact, Locator, Sourced, Status, date};

use crate::facts::{Operation, OperationKind};
use crate::outcome::{Assessment, Finding, MissingStep, Participant, Step, Subject};
use crate::sources::{
    CHINA_DEFENSE_LAW, CHINA_SECURITY_LAW, CHINA_STANDBY_FORCE, CHINA_THREE_PRINCIPLES,
};

/// The day the National Security Law came into force (its text, 1 July
/// 2015).
pub const SECURITY_LAW_IN_FORCE: NaiveDate = date(2015, 7, 1);

/// The day the revised National Defense Law came into force (its text,
/// revised 26 December 2020).
pub const DEFENSE_LAW_IN_FORCE: NaiveDate = date(2021, 1, 1);

/// The peacekeeping standby force China pledged on 28 September 2015
/// (President Xi's speech at the Leaders' Summit on Peacekeeping): a
/// pledge, not a limit on a contingent.
///
/// # Example
///
/// ```
/// let s = pko_partners::china::standby_force();
/// assert_eq!(*s.value(), 8_000);
/// assert_eq!(s.source().date(), Some(pko_core::date(2015, 9, 28)));
/// ```
#[must_use]
pub fn standby_force() -> Sourced<u32> {
    Sourced::new(8_000, CHINA_STANDBY_FORCE.clone())
}

/// China's rules applied to a contingent on `on` (none of them reads the
/// contingent's own facts: the sources found say nothing of its kind or
/// size); `un` is the UN's principles applied to the same operation, which
/// China states as its policy.
pub(crate) fn assess(operation: &Operation, on: NaiveDate, un: &Assessment) -> Assessment {
    let mut deciding = Vec::new();
    let art_18 = CHINA_SECURITY_LAW.clone().at(Locator::article("18"));
    let art_68 = CHINA_DEFENSE_LAW.clone().at(Locator::article("68"));
    let art_15 = CHINA_DEFENSE_LAW.clone().at(Locator::article("15"));
    let basis = match operation.kind {
        Fact::Unknown => {
            deciding.push("operation.kind".to_owned());
            Finding::new(
                Subject::LegalBasis,
                Status::Undetermined,
                "whether the operation is UN peacekeeping, which the statutes name, is unknown",
            )
            .cites(&[&art_18, &art_68])
        }
        Fact::Known(OperationKind::UnPeacekeeping) if on >= DEFENSE_LAW_IN_FORCE => Finding::new(
            Subject::LegalBasis,
            Status::Satisfied,
            "the armed forces take part in UN peacekeeping under the National Defense Law (Art. 68) and the National Security Law (Art. 18)",
        )
        .cites(&[&art_68, &art_18]),
        Fact::Known(OperationKind::UnPeacekeeping) if on >= SECURITY_LAW_IN_FORCE => Finding::new(
            Subject::LegalBasis,
            Status::Satisfied,
            "the State carries out the military operations of UN peacekeeping under the National Security Law (Art. 18)",
        )
        .cites(&[&art_18]),
        Fact::Known(OperationKind::UnPeacekeeping) => Finding::new(
            Subject::LegalBasis,
            Status::Undetermined,
            format!("no statute naming UN peacekeeping was found before the National Security Law of {SECURITY_LAW_IN_FORCE}"),
        )
        .cites(&[&art_18]),
        Fact::Known(kind) => Finding::new(
            Subject::LegalBasis,
            Status::Undetermined,
            format!("the statutes found name UN peacekeeping; none was found for this operation ({kind})"),
        )
        .cites(&[&art_18, &art_68]),
    };
    let decider = Finding::new(
        Subject::DecidingBody,
        Status::Undetermined,
        "the body that decides a peacekeeping deployment is not found: the Central Military Commission commands all armed forces (National Defense Law Art. 15), but no article names who decides a deployment",
    )
    .cites(&[&art_15]);
    let policy = match operation.kind {
        Fact::Known(OperationKind::UnPeacekeeping) => {
            let worst = un
                .findings
                .iter()
                .map(|f| f.status)
                .fold(Status::Satisfied, Status::worse);
            Finding::new(
                Subject::StatedPolicy,
                worst,
                format!("China states the UN's three principles as its policy (consent of the parties, impartiality, non-use of force except in self-defence and defence of the mandate); applied to the operation they are {}", un.verdict),
            )
            .cites(&[&CHINA_THREE_PRINCIPLES])
        }
        _ => Finding::new(
            Subject::StatedPolicy,
            Status::NotApplicable,
            "the three principles China states are those of UN peacekeeping",
        )
        .cites(&[&CHINA_THREE_PRINCIPLES]),
    };
    let findings = vec![basis, decider, policy];
    let missing = vec![MissingStep {
        step: Step::DecisionOfAnUnnamedBody,
        by: None,
        when: "before the contingent deploys".to_owned(),
        details: Vec::new(),
        citations: vec![art_15],
    }];
    Assessment::of(Participant::China, on, findings, deciding, missing)
}
