//! The UN's three basic principles of peacekeeping (consent of the
//! parties, impartiality, non-use of force except in self-defence and
//! defence of the mandate), a check of the operation itself that applies
//! whoever contributes (`facts.md` §10).

use chrono::NaiveDate;
use pko_core::{Fact, Status};

use crate::facts::{Consent, ForceUse, Operation, OperationKind};
use crate::outcome::{Assessment, Finding, Participant, Subject};
use crate::sources::UN_PRINCIPLES;

/// The UN's principles applied to `operation` on `on`.
pub(crate) fn assess(operation: &Operation, on: NaiveDate) -> Assessment {
    let mut deciding = Vec::new();
    let findings = match operation.kind {
        Fact::Known(kind) if kind != OperationKind::UnPeacekeeping => [
            Subject::Consent,
            Subject::Impartiality,
            Subject::NonUseOfForce,
        ]
        .into_iter()
        .map(|s| {
            Finding::new(
                s,
                Status::NotApplicable,
                format!("the principles are those of UN peacekeeping, and this operation is not one ({kind})"),
            )
            .cites(&[&UN_PRINCIPLES])
        })
        .collect(),
        kind => {
            let found = [
                consent(operation, &mut deciding),
                impartiality(operation, &mut deciding),
                force(operation, &mut deciding),
            ];
            if kind == Fact::Unknown {
                // The principles are those of UN peacekeeping: while the
                // kind is unknown, none of them is known to hold or to fail.
                deciding.insert(0, "operation.kind".to_owned());
                found
                    .into_iter()
                    .map(|mut f| {
                        f.status = Status::Undetermined;
                        f.reasons.push(
                            "the principles apply to UN peacekeeping, and whether this operation is one is unknown"
                                .to_owned(),
                        );
                        f
                    })
                    .collect()
            } else {
                found.into()
            }
        }
    };
    Assessment::of(
        Participant::UnitedNations,
        on,
        findings,
        deciding,
        Vec::new(),
    )
}

fn consent(operation: &Operation, deciding: &mut Vec<String>) -> Finding {
    let finding = |status, reason: String| {
        Finding::new(Subject::Consent, status, reason).cites(&[&UN_PRINCIPLES])
    };
    let parts = [
        (
            "the host state",
            "operation.host_consent",
            operation.host_consent,
        ),
        (
            "the parties",
            "operation.parties_consent",
            operation.parties_consent,
        ),
    ];
    if let Some((who, _, Fact::Known(c))) = parts
        .iter()
        .find(|(_, _, c)| matches!(c, Fact::Known(Consent::Withdrawn | Consent::Refused)))
    {
        return finding(Status::Violated, format!("{who}'s consent is {c}"));
    }
    let unknown: Vec<&str> = parts
        .iter()
        .filter(|(_, _, c)| *c == Fact::Unknown)
        .map(|(_, path, _)| *path)
        .collect();
    if unknown.is_empty() {
        finding(
            Status::Satisfied,
            "the host state and the parties consent".to_owned(),
        )
    } else {
        deciding.extend(unknown.iter().map(|p| (*p).to_owned()));
        finding(
            Status::Undetermined,
            format!("consent unknown: {}", unknown.join(", ")),
        )
    }
}

fn impartiality(operation: &Operation, deciding: &mut Vec<String>) -> Finding {
    let (status, reason) = match operation.impartial {
        Fact::Known(true) => (Status::Satisfied, "the operation acts impartially"),
        Fact::Known(false) => (Status::Violated, "the operation does not act impartially"),
        Fact::Unknown => {
            deciding.push("operation.impartial".to_owned());
            (
                Status::Undetermined,
                "whether the operation acts impartially is unknown",
            )
        }
    };
    Finding::new(Subject::Impartiality, status, reason).cites(&[&UN_PRINCIPLES])
}

fn force(operation: &Operation, deciding: &mut Vec<String>) -> Finding {
    let (status, reason) = match operation.force {
        Fact::Known(f @ ForceUse::SelfDefenceAndMandate) => {
            (Status::Satisfied, format!("force is used {f}"))
        }
        Fact::Known(f @ ForceUse::Beyond) => (Status::Violated, format!("force is used {f}")),
        Fact::Unknown => {
            deciding.push("operation.force".to_owned());
            (
                Status::Undetermined,
                "how far the mandate lets the operation use force is unknown".to_owned(),
            )
        }
    };
    Finding::new(Subject::NonUseOfForce, status, reason).cites(&[&UN_PRINCIPLES])
}
