//! The amendments of 1998, 2001 and 2015 as reforms of the law before
//! them, each change citing the provision that made it.
//!
//! These are written out change by change from the amending acts as pko's
//! sources give them, apart from the built-in laws ([`Law::of`]), which
//! are built from the statute table of each regime: the tests show that
//! the law before each amendment, with the amendment applied, assesses
//! every deployment as the built-in law after it does.

use pko_core::Source;

use super::Text;
use super::reform::{LawChange, Reform};
use crate::assumption::{Assumption, HeadcountCap};
use crate::cite;
use crate::error::Error;
use crate::facts::{ConflictSituation, ContingentKind, OperationKind, Task, WeaponsUse};
use crate::regime::{Enactment, Regime, effective};
use crate::statute::{DietApproval, Permission};

/// The PKF core tasks, items (i)–(vi) of Art. 3(3).
const PKF_CORE: [Task; 6] = [
    Task::CeasefireMonitoring,
    Task::BufferZonePatrol,
    Task::WeaponsInspection,
    Task::AbandonedWeaponsDisposal,
    Task::CeasefireLineAssistance,
    Task::PrisonerExchangeAssistance,
];

/// The tasks of items (vii) and (xvii), which the chapeau of Art. 3(3)
/// opens to election observation activities from 1998.
const ELECTION_ITEMS: [Task; 3] = [
    Task::ElectionObservation,
    Task::HeadquartersStaff,
    Task::MilitaryLiaison,
];

impl Reform {
    /// The amendment that made `regime`, as a reform of the law before it:
    /// Act No. 102 of 1998, Act No. 157 of 2001 or Act No. 76 of 2015,
    /// applying from the day it came into force, each change citing the
    /// provision that made it.
    ///
    /// # Errors
    ///
    /// [`Error::NotAnAmendment`] for [`Regime::Act1992`].
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Law, Reform, Regime};
    ///
    /// let r = Reform::amendment(Regime::Amended2001)?;
    /// assert_eq!(r.name(), "Act No. 157 of 2001");
    /// let law = Law::of(Regime::Amended1998).with(&r)?;
    /// assert!(law.same_provisions(Law::of(Regime::Amended2001), pko_core::date(2010, 1, 1)));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub fn amendment(regime: Regime) -> Result<Self, Error> {
        let r = Self::new(regime.act(), regime.source()).from(regime.in_force_from());
        Ok(match regime {
            Regime::Act1992 => {
                return Err(Error::NotAnAmendment { act: regime.act() });
            }
            Regime::Amended1998 => amendment_1998(r),
            Regime::Amended2001 => amendment_2001(r),
            Regime::Amended2015 => amendment_2015(r),
        })
    }
}

fn cited(s: &Source) -> Source {
    s.clone()
}

/// Act No. 102 of 1998.
fn amendment_1998(mut r: Reform) -> Reform {
    // Art. 3(2-2): international election observation activities, a kind
    // of operation of their own, whose work may include items (vii) and
    // (xvii).
    r = r.change_cited(
        LawChange::Operation {
            operation: OperationKind::ElectionObservation,
            enactment: Enactment::InForce,
        },
        cited(&cite::ART_3_2_2),
    );
    for task in ELECTION_ITEMS {
        r = r.change_cited(
            LawChange::TaskOperation {
                task,
                operation: OperationKind::ElectionObservation,
                permission: Permission::Allowed,
            },
            cited(&cite::ART_3_2_2),
        );
    }
    // Art. 24(4): a unit's weapons on the order of a superior officer
    // present, one month after promulgation.
    r.change_cited(
        LawChange::SuperiorOrder {
            enactment: Enactment::From {
                day: effective::SUPERIOR_ORDER_RULE,
            },
        },
        cited(&cite::SUPPL_1998),
    )
}

/// Act No. 157 of 2001.
fn amendment_2001(mut r: Reform) -> Reform {
    // The freeze of the PKF core tasks for SDF units lifted.
    for task in PKF_CORE {
        r = r.change_cited(
            LawChange::TaskFrozen {
                task,
                frozen: false,
            },
            cited(&cite::REGIME_2001),
        );
    }
    // Art. 3(1): no ceasefire is needed where no armed conflict has yet
    // occurred.
    r = r.change_cited(
        LawChange::CeasefireClause {
            situation: ConflictSituation::NoConflictYet,
            enactment: Enactment::InForce,
        },
        cited(&cite::ART_3_1),
    );
    // Art. 24 as amended, one month after promulgation: persons under the
    // personnel's control, and SDF Act Art. 95 abroad.
    for weapons in [
        WeaponsUse::PersonsUnderControl,
        WeaponsUse::ProtectionOfWeapons,
    ] {
        r = r.change_cited(
            LawChange::Weapons {
                weapons,
                enactment: Enactment::From {
                    day: effective::ART_24_2001,
                },
            },
            cited(&cite::SUPPL_2001),
        );
    }
    r
}

/// Act No. 76 of 2015, as far as pko's sources verify the text in force
/// from 29 March 2016; where they do not, the change leaves the provision
/// open to the assumption that answers it.
#[expect(
    clippy::too_many_lines,
    reason = "the amendment's changes, one after another, each with its source"
)]
fn amendment_2015(mut r: Reform) -> Reform {
    let add = |r: Reform, change: LawChange, source: &Source| r.change_cited(change, cited(source));
    r = add(
        r,
        LawChange::Text {
            text: Text::From2016,
        },
        &cite::REGIME_2015,
    );
    // Art. 3(2): internationally coordinated operations.
    r = add(
        r,
        LawChange::Operation {
            operation: OperationKind::InternationallyCoordinated,
            enactment: Enactment::InForce,
        },
        &cite::ART16_3_2,
    );
    // Art. 3(1): the conflict ended and no parties remain.
    r = add(
        r,
        LawChange::CeasefireClause {
            situation: ConflictSituation::EndedPartiesGone,
            enactment: Enactment::InForce,
        },
        &cite::BILL_2015,
    );
    // Items ト and ラ of Art. 3(5).
    r = add(
        r,
        LawChange::TaskEnacted {
            task: Task::SafetyEnsuring,
            enactment: Enactment::InForce,
        },
        &cite::ART16_3_5_TO,
    );
    r = add(
        r,
        LawChange::TaskEnacted {
            task: Task::KaketsukeKeigo,
            enactment: Enactment::InForce,
        },
        &cite::ART16_3_5_RA,
    );
    // Art. 26: weapons to execute duties; Art. 25(7): joint protection of
    // camps.
    r = add(
        r,
        LawChange::Weapons {
            weapons: WeaponsUse::DutyExecution,
            enactment: Enactment::InForce,
        },
        &cite::ART16_26_1,
    );
    r = add(
        r,
        LawChange::Weapons {
            weapons: WeaponsUse::JointCampProtection,
            enactment: Enactment::InForce,
        },
        &cite::ART16_25_7,
    );
    // The items in an internationally coordinated operation: headquarters
    // work (ネ) by the Sinai Cabinet Order; the rest as in peacekeeping,
    // an open reading.
    for &task in Task::ALL {
        let permission = match task {
            Task::SafetyEnsuring | Task::KaketsukeKeigo => continue,
            Task::HeadquartersStaff => Permission::Allowed,
            _ => Permission::Open(Assumption::CoordinatedAsPeacekeeping),
        };
        let source = if task == Task::HeadquartersStaff {
            &cite::ART16_3_5_NE
        } else {
            &cite::ART16_3_2
        };
        r = add(
            r,
            LawChange::TaskOperation {
                task,
                operation: OperationKind::InternationallyCoordinated,
                permission,
            },
            source,
        );
    }
    // Art. 13(1): whom the corps may ask for.
    r = add(
        r,
        LawChange::TaskContingent {
            task: Task::ElectionObservation,
            contingent: ContingentKind::SdfIndividuals,
            permission: Permission::Barred,
        },
        &cite::ART16_13_1,
    );
    r = add(
        r,
        LawChange::TaskContingent {
            task: Task::MilitaryLiaison,
            contingent: ContingentKind::SdfIndividuals,
            permission: Permission::Open(Assumption::MilitaryLiaisonSimilarTo),
        },
        &cite::ART16_13_1,
    );
    for contingent in [ContingentKind::Police, ContingentKind::Civilians] {
        r = add(
            r,
            LawChange::TaskContingent {
                task: Task::HeadquartersStaff,
                contingent,
                permission: Permission::Allowed,
            },
            &cite::ART16_13_1,
        );
    }
    // The post-2016 Art. 6(7) could not be read: the Diet's approval of
    // the PKF core tasks is an open reading.
    for task in PKF_CORE {
        r = add(
            r,
            LawChange::DietApproval {
                task,
                approval: DietApproval::Open(Assumption::DietApprovalCoreAfter2016),
            },
            &cite::REGIME_2015,
        );
    }
    // Art. 18 in the 2016 text is unverified: the cap is an open reading.
    add(
        r,
        LawChange::HeadcountCap {
            cap: HeadcountCap::Open,
        },
        &cite::REGIME_2015,
    )
}
