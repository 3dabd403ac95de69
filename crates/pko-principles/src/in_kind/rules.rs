//! The conditions of a contribution in kind, applied to a transfer on a
//! day.

use chrono::NaiveDate;
use pko_core::{Source, date};

use super::model::{CabinetDecision, Recipient, Terms, Transfer, TransferFact};
use super::outcome::{Requirement, TransferAssessment, TransferReason};
use crate::assess::Note;
use crate::assumption::{Assumption, Assumptions, Carryover};
use crate::cite::{
    ART_3_1, ART_3_2, ART_3_2_2, ART_3_4, ART_3_4_II, ART_25_2, ART16_3_2, ART16_3_3, ART16_30_1,
    BILL_2015, REGIME_1998, REGIME_2015, is_pre_2016_text,
};
use crate::error::Error;
use crate::facts::{ConflictSituation, Fact, OperationKind};
use crate::findings::{Builder, Status};
use crate::regime::Regime;

const ELECTION_KIND_FROM: NaiveDate = date(1998, 6, 12);
const COORDINATED_KIND_FROM: NaiveDate = date(2016, 3, 29);

/// A finding being built, with the law of the day.
struct Check<'a> {
    b: Builder<Requirement, TransferReason>,
    t: &'a Transfer,
    regime: Regime,
    post: bool,
    a: &'a Assumptions,
    notes: Vec<Note>,
}

/// The check under the given assumptions.
pub(crate) fn run(
    transfer: &Transfer,
    on: NaiveDate,
    assumptions: &Assumptions,
) -> Result<TransferAssessment, Error> {
    let regime = Regime::in_force_on(on)?;
    let mut c = Check {
        b: Builder::new(Requirement::KindOfOperation, Requirement::ALL.len(), 12),
        t: transfer,
        regime,
        post: regime >= Regime::Amended2015,
        a: assumptions,
        notes: Vec::new(),
    };
    for &requirement in Requirement::ALL {
        c.b.begin(requirement, citations(requirement, transfer, regime));
        match requirement {
            Requirement::KindOfOperation => c.kind_of_operation(),
            Requirement::OperationConditions => c.operation_conditions(),
            Requirement::GoodsNeeded => c.needs(transfer.needed, TransferFact::Needed, |needed| {
                TransferReason::Needed { needed }
            }),
            Requirement::Terms => match transfer.terms {
                Fact::Known(terms) => {
                    c.holds(terms != Terms::MarketPrice, TransferReason::Terms { terms });
                }
                Fact::Unknown => c.unknown(TransferFact::Terms),
            },
            Requirement::CabinetDecision => match transfer.cabinet_decision {
                Fact::Known(decision) => {
                    let in_time = matches!(decision, CabinetDecision::DecidedOn(d) if d <= on);
                    c.holds(in_time, TransferReason::Decision { decision, in_time });
                }
                Fact::Unknown => c.unknown(TransferFact::CabinetDecision),
            },
        }
        c.finish();
    }
    let Check { b, notes, .. } = c;
    let findings = b.done();
    Ok(TransferAssessment {
        on,
        regime,
        verdict: findings.verdict(),
        deciding_facts: findings.deciding(),
        findings,
        notes,
    })
}

impl Check<'_> {
    fn holds(&mut self, holds: bool, reason: TransferReason) {
        let status = if holds {
            Status::Satisfied
        } else {
            Status::Violated
        };
        self.b.push(status, reason);
    }

    fn unknown(&mut self, fact: TransferFact) {
        self.b
            .push(Status::Undetermined, TransferReason::Unknown { fact });
    }

    /// A yes-or-no fact the condition needs.
    fn needs(&mut self, fact: Fact<bool>, path: TransferFact, reason: fn(bool) -> TransferReason) {
        match fact {
            Fact::Known(value) => self.holds(value, reason(value)),
            Fact::Unknown => self.unknown(path),
        }
    }

    /// Ends the finding; from 29 March 2016, one that cites the July 2015
    /// text rests on the assumption that it still applies.
    fn finish(&mut self) {
        if self.post && self.b.citations().iter().any(|s| is_pre_2016_text(s)) {
            if !self.notes.contains(&Note::Pre2016TextApplied) {
                self.notes.push(Note::Pre2016TextApplied);
            }
            if self.a.pre_2016_text_after_2016 == Carryover::Open {
                self.b.push(
                    Status::Undetermined,
                    TransferReason::OpenAssumption {
                        assumption: Assumption::Pre2016TextAfter2016,
                    },
                );
            }
        }
        self.b.finish();
    }

    fn kind_of_operation(&mut self) {
        let not_yet = |c: &mut Self, operation, from| {
            c.holds(false, TransferReason::KindNotYetInLaw { operation, from });
        };
        match self.t.operation.kind {
            Fact::Unknown => self.unknown(TransferFact::OperationKind),
            Fact::Known(
                operation @ (OperationKind::UnPeacekeeping | OperationKind::HumanitarianRelief),
            ) => self.holds(true, TransferReason::KindNamed { operation }),
            Fact::Known(operation @ OperationKind::ElectionObservation) => {
                if self.regime >= Regime::Amended1998 {
                    self.holds(true, TransferReason::KindNamed { operation });
                } else {
                    not_yet(self, operation, ELECTION_KIND_FROM);
                }
            }
            // Art. 30(1) of the 2016 text adds them (Cabinet Office).
            Fact::Known(operation @ OperationKind::InternationallyCoordinated) => {
                if self.post {
                    self.holds(true, TransferReason::KindNamed { operation });
                } else {
                    not_yet(self, operation, COORDINATED_KIND_FROM);
                }
            }
        }
    }

    /// The peacekeeping conditions: the host state's consent, the
    /// ceasefire case's agreement and the parties' consent, impartiality.
    /// An internationally coordinated operation's consent conditions are
    /// parallel to these (Art. 3(2) of the 2016 text).
    fn peacekeeping_conditions(&mut self) {
        let t = self.t;
        self.needs(t.host_consent, TransferFact::HostConsent, |given| {
            TransferReason::HostConsent { given }
        });
        let ceasefire_case = |c: &mut Self| {
            c.needs(
                t.ceasefire_agreement,
                TransferFact::CeasefireAgreement,
                |agreed| TransferReason::Ceasefire { agreed },
            );
            c.needs(t.parties_consent, TransferFact::PartiesConsent, |given| {
                TransferReason::PartiesConsent { given }
            });
        };
        match t.operation.conflict {
            Fact::Known(ConflictSituation::CeasefireBased) => ceasefire_case(self),
            Fact::Known(ConflictSituation::NoConflictYet) => {
                self.holds(true, TransferReason::NoCeasefireNeeded);
            }
            Fact::Known(ConflictSituation::EndedPartiesGone) => {
                if self.post {
                    self.holds(true, TransferReason::NoCeasefireNeeded);
                } else {
                    self.holds(false, TransferReason::CaseNotYetInLaw);
                }
            }
            // The ceasefire case asks the most: if it holds, any case does.
            Fact::Unknown => {
                if t.ceasefire_agreement == Fact::Known(true)
                    && t.parties_consent == Fact::Known(true)
                {
                    ceasefire_case(self);
                } else {
                    self.unknown(TransferFact::OperationConflict);
                }
            }
        }
        self.needs(t.impartial, TransferFact::Impartial, |impartial| {
            TransferReason::Impartial { impartial }
        });
    }

    fn operation_conditions(&mut self) {
        let t = self.t;
        match t.operation.kind {
            Fact::Unknown => self.unknown(TransferFact::OperationKind),
            Fact::Known(
                OperationKind::UnPeacekeeping | OperationKind::InternationallyCoordinated,
            ) => {
                self.peacekeeping_conditions();
            }
            Fact::Known(
                kind @ (OperationKind::HumanitarianRelief | OperationKind::ElectionObservation),
            ) => {
                self.needs(t.host_consent, TransferFact::HostConsent, |given| {
                    TransferReason::HostConsent { given }
                });
                let annex_3 = kind == OperationKind::HumanitarianRelief
                    && self.regime >= Regime::Amended1998
                    && t.recipient == Fact::Known(Recipient::Annex3Organisation);
                match t.operation.host_is_party {
                    Fact::Known(false) => self.holds(true, TransferReason::NoCeasefireNeeded),
                    _ if annex_3 => self.holds(true, TransferReason::Annex3Relief),
                    Fact::Known(true) => {
                        self.needs(
                            t.ceasefire_agreement,
                            TransferFact::CeasefireAgreement,
                            |agreed| TransferReason::Ceasefire { agreed },
                        );
                    }
                    Fact::Unknown => {
                        if t.ceasefire_agreement == Fact::Known(true) {
                            self.holds(true, TransferReason::Ceasefire { agreed: true });
                        } else {
                            self.unknown(TransferFact::OperationHostIsParty);
                        }
                    }
                }
            }
        }
    }
}

type Cites = &'static [&'static Source];

crate::cite::lists! {
    KIND_1992 = [ART_3_4];
    KIND_1998 = [ART_3_4, REGIME_1998];
    KIND_2016 = [ART16_30_1, REGIME_2015];
    DEFINITION = [ART_3_4];
    DEFINITION_2016 = [ART_3_4, ART16_30_1];
    RELIEF = [ART_3_2];
    RELIEF_1998 = [ART_3_2, ART_3_4_II, REGIME_1998];
    RELIEF_2016 = [ART16_3_3, ART_3_4_II];
    ELECTION = [ART_3_2_2];
    COORDINATED = [ART16_3_2];
    PEACEKEEPING = [ART_3_1];
    PEACEKEEPING_2016 = [ART_3_1, BILL_2015];
    CABINET = [ART_25_2];
    CABINET_2016 = [ART_25_2, ART16_30_1];
}

/// The articles a finding rests on, as numbered on the day.
fn citations(requirement: Requirement, transfer: &Transfer, regime: Regime) -> Cites {
    let post = regime >= Regime::Amended2015;
    match requirement {
        Requirement::KindOfOperation => match regime {
            Regime::Act1992 => &KIND_1992,
            Regime::Amended1998 | Regime::Amended2001 => &KIND_1998,
            _ => &KIND_2016,
        },
        Requirement::GoodsNeeded | Requirement::Terms => {
            if post {
                &DEFINITION_2016
            } else {
                &DEFINITION
            }
        }
        Requirement::OperationConditions => match (transfer.operation.kind, post) {
            (Fact::Known(OperationKind::HumanitarianRelief), true) => &RELIEF_2016,
            (Fact::Known(OperationKind::HumanitarianRelief), false) => {
                if regime >= Regime::Amended1998 {
                    &RELIEF_1998
                } else {
                    &RELIEF
                }
            }
            (Fact::Known(OperationKind::ElectionObservation), _) => &ELECTION,
            (Fact::Known(OperationKind::InternationallyCoordinated), true) => &COORDINATED,
            (Fact::Known(OperationKind::UnPeacekeeping), true) => &PEACEKEEPING_2016,
            _ => &PEACEKEEPING,
        },
        Requirement::CabinetDecision => {
            if post {
                &CABINET_2016
            } else {
                &CABINET
            }
        }
    }
}
