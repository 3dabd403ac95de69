//! What the check of a contribution in kind returns: a finding per
//! requirement, its reasons and citations, and the verdict.

use std::fmt;

use chrono::NaiveDate;
use pko_core::Source;

use super::model::{CabinetDecision, Terms, TransferFact};
use crate::assess::Note;
use crate::assumption::Assumption;
use crate::facts::OperationKind;
use crate::findings::{Decider, Explains, Findings, Record, Status, Verdict};
use crate::regime::Regime;

/// A condition of a contribution in kind.
///
/// # Example
///
/// ```
/// use pko_principles::in_kind::Requirement;
///
/// assert_eq!(Requirement::CabinetDecision.to_string(), "Cabinet decision");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Requirement {
    /// The goods go to a kind of operation the Act names (Art. 3(4); Art.
    /// 30(1) from 2016).
    KindOfOperation,
    /// The operation meets its kind's definition (Art. 3(1), 3(2), 3(2-2);
    /// from 2016 also 3(2) for internationally coordinated operations).
    OperationConditions,
    /// The operation needs the goods (Art. 3(4)).
    GoodsNeeded,
    /// Free of charge or below market price (Art. 3(4)).
    Terms,
    /// A Cabinet decision (Art. 25(2)).
    CabinetDecision,
}

impl Requirement {
    /// Every requirement, in the order of a report.
    pub const ALL: &'static [Self] = &[
        Self::KindOfOperation,
        Self::OperationConditions,
        Self::GoodsNeeded,
        Self::Terms,
        Self::CabinetDecision,
    ];
}

impl fmt::Display for Requirement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::KindOfOperation => "kind of operation",
            Self::OperationConditions => "conditions of the operation",
            Self::GoodsNeeded => "goods needed by the operation",
            Self::Terms => "free or below market price",
            Self::CabinetDecision => "Cabinet decision",
        })
    }
}

/// Why a finding on a contribution in kind has its status.
///
/// # Example
///
/// ```
/// use pko_principles::in_kind::{TransferFact, TransferReason};
///
/// let r = TransferReason::Unknown { fact: TransferFact::Terms };
/// assert_eq!(r.to_string(), "`terms` is unknown");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TransferReason {
    /// A fact the condition needs is unknown.
    Unknown {
        /// The fact.
        fact: TransferFact,
    },
    /// The finding turns on an assumption the caller left open.
    OpenAssumption {
        /// The assumption.
        assumption: Assumption,
    },
    /// The Act names this kind of operation.
    KindNamed {
        /// The kind.
        operation: OperationKind,
    },
    /// The kind of operation does not exist in law yet on the day.
    KindNotYetInLaw {
        /// The kind.
        operation: OperationKind,
        /// The day it comes into law.
        from: NaiveDate,
    },
    /// The host state consents (or does not).
    HostConsent {
        /// Whether it consents.
        given: bool,
    },
    /// The parties consent (or do not).
    PartiesConsent {
        /// Whether they consent.
        given: bool,
    },
    /// A ceasefire agreement exists (or does not) where the law asks for it.
    Ceasefire {
        /// Whether it exists.
        agreed: bool,
    },
    /// No ceasefire agreement is needed: the host state is not a party, or
    /// no armed conflict has occurred.
    NoCeasefireNeeded,
    /// Relief by an organisation of Annex 3 needs no ceasefire agreement
    /// (Art. 3(4)(ii), from 12 June 1998).
    Annex3Relief,
    /// The peacekeeping operation is (or is not) impartial.
    Impartial {
        /// Whether it is.
        impartial: bool,
    },
    /// "The conflict has ended and the parties are gone" is a case of
    /// Art. 3(1) only from 29 March 2016.
    CaseNotYetInLaw,
    /// Whether the operation needs the goods.
    Needed {
        /// Whether it does.
        needed: bool,
    },
    /// What the recipient pays.
    Terms {
        /// The terms.
        terms: Terms,
    },
    /// The Cabinet's decision, as it stands on the day.
    Decision {
        /// The decision.
        decision: CabinetDecision,
        /// Whether it was taken on or before the day.
        in_time: bool,
    },
}

impl Explains for TransferReason {
    type Path = TransferFact;

    fn decider(&self) -> Option<Decider<TransferFact>> {
        match self {
            Self::Unknown { fact } => Some(Decider::Fact(*fact)),
            Self::OpenAssumption { assumption } => Some(Decider::Assumption(*assumption)),
            _ => None,
        }
    }
}

impl fmt::Display for TransferReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unknown { fact } => write!(f, "`{fact}` is unknown"),
            Self::OpenAssumption { assumption } => write!(
                f,
                "the sources leave this open: set `{assumption}` ({}) to decide it",
                assumption.values().join(", ")
            ),
            Self::KindNamed { operation } => {
                write!(f, "goods may go to {} {operation}", operation.article())
            }
            Self::KindNotYetInLaw { operation, from } => write!(
                f,
                "{} {operation} is a kind of operation in law only from {from}",
                operation.article()
            ),
            Self::HostConsent { given: true } => {
                f.write_str("the host state consents to the operation")
            }
            Self::HostConsent { given: false } => {
                f.write_str("the host state does not consent to the operation")
            }
            Self::PartiesConsent { given: true } => {
                f.write_str("the parties consent to the operation")
            }
            Self::PartiesConsent { given: false } => {
                f.write_str("the parties do not consent to the operation")
            }
            Self::Ceasefire { agreed: true } => f.write_str("the parties have agreed a ceasefire"),
            Self::Ceasefire { agreed: false } => {
                f.write_str("no ceasefire agreement, which the definition of the operation requires")
            }
            Self::NoCeasefireNeeded => f.write_str("no ceasefire agreement is required"),
            Self::Annex3Relief => f.write_str(
                "relief by an organisation of Annex 3 needs no ceasefire agreement (Art. 3(4)(ii), from 1998-06-12)",
            ),
            Self::Impartial { impartial: true } => f.write_str("the operation is impartial"),
            Self::Impartial { impartial: false } => f.write_str("the operation is not impartial"),
            Self::CaseNotYetInLaw => f.write_str(
                "an operation after a conflict whose parties are gone is a UN peacekeeping operation only from 2016-03-29",
            ),
            Self::Needed { needed: true } => f.write_str("the operation needs the goods"),
            Self::Needed { needed: false } => f.write_str("the operation does not need the goods"),
            Self::Terms { terms } => write!(f, "given {terms}"),
            Self::Decision {
                decision: CabinetDecision::NotDecided,
                ..
            } => f.write_str("no Cabinet decision"),
            Self::Decision {
                decision: CabinetDecision::DecidedOn(d),
                in_time: true,
            } => write!(f, "the Cabinet decided the contribution on {d}"),
            Self::Decision {
                decision: CabinetDecision::DecidedOn(d),
                in_time: false,
            } => write!(f, "the Cabinet decides the contribution only on {d}, after this day"),
        }
    }
}

/// One condition's finding. It borrows from its [`TransferAssessment`].
///
/// # Example
///
/// ```
/// use pko_core::date;
/// use pko_principles::Status;
/// use pko_principles::in_kind::{self, Requirement};
///
/// let a = in_kind::assess_transfer(&in_kind::ammunition_2013(), date(2013, 12, 23))?;
/// let f = a.finding(Requirement::Terms).unwrap();
/// assert_eq!(f.status(), Status::Satisfied);
/// assert_eq!(f.citations()[0].locator().map(ToString::to_string).as_deref(), Some("Art. 3(4)"));
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TransferFinding<'a> {
    requirement: Requirement,
    status: Status,
    #[cfg_attr(feature = "serde", serde(serialize_with = "explained_ref"))]
    reasons: &'a [TransferReason],
    citations: &'a [&'static Source],
}

#[cfg(feature = "serde")]
fn explained_ref<S: serde::Serializer>(
    reasons: &&[TransferReason],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    crate::assess::explained(reasons, serializer)
}

impl<'a> TransferFinding<'a> {
    /// The condition.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_core::date;
    /// # use pko_principles::in_kind::{self, Requirement};
    /// let a = in_kind::assess_transfer(&in_kind::ammunition_2013(), date(2014, 1, 6))?;
    /// assert_eq!(a.findings().next().map(|f| f.requirement()), Some(Requirement::KindOfOperation));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn requirement(self) -> Requirement {
        self.requirement
    }

    /// Its status.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_core::date;
    /// # use pko_principles::{in_kind::{self, Requirement}, Status};
    /// let a = in_kind::assess_transfer(&in_kind::ammunition_2013(), date(2013, 12, 22))?;
    /// assert_eq!(a.finding(Requirement::CabinetDecision).unwrap().status(), Status::Violated);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn status(self) -> Status {
        self.status
    }

    /// The reasons, in the order they were found.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_core::date;
    /// # use pko_principles::in_kind::{self, Requirement, Terms, TransferReason};
    /// let a = in_kind::assess_transfer(&in_kind::ammunition_2013(), date(2013, 12, 23))?;
    /// assert_eq!(a.finding(Requirement::Terms).unwrap().reasons(), [TransferReason::Terms { terms: Terms::FreeOfCharge }]);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn reasons(self) -> &'a [TransferReason] {
        self.reasons
    }

    /// The articles it rests on, as numbered on the day.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_core::date;
    /// # use pko_principles::in_kind::{self, Requirement};
    /// let a = in_kind::assess_transfer(&in_kind::ammunition_2013(), date(2013, 12, 23))?;
    /// let cabinet = a.finding(Requirement::CabinetDecision).unwrap();
    /// assert_eq!(cabinet.citations()[0].locator().map(ToString::to_string).as_deref(), Some("Art. 25(2)"));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn citations(self) -> &'a [&'static Source] {
        self.citations
    }
}

/// The result of checking a contribution in kind on a day.
///
/// # Example
///
/// ```
/// use pko_core::date;
/// use pko_principles::{Regime, Verdict};
/// use pko_principles::in_kind::{assess_transfer, Transfer};
///
/// let a = assess_transfer(&Transfer::default(), date(2013, 12, 23))?;
/// assert_eq!(a.verdict(), Verdict::Undetermined);
/// assert_eq!(a.regime(), Regime::Amended2001);
/// assert!(a.deciding_facts().iter().any(|d| d == "terms"));
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransferAssessment {
    pub(super) on: NaiveDate,
    pub(super) regime: Regime,
    pub(super) verdict: Verdict,
    pub(super) findings: Findings<Requirement, TransferReason>,
    pub(super) deciding_facts: Vec<Decider<TransferFact>>,
    pub(super) notes: Vec<Note>,
}

/// The serde form of a [`TransferAssessment`].
#[cfg(feature = "serde")]
#[derive(serde::Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "TransferAssessment"))]
struct View<'a> {
    /// The day assessed.
    on: NaiveDate,
    /// The regime in force that day.
    regime: Regime,
    /// The verdict.
    verdict: Verdict,
    /// Every finding, with its reasons and citations.
    findings: Vec<TransferFinding<'a>>,
    /// What would decide the findings left undetermined.
    deciding_facts: &'a [Decider<TransferFact>],
    /// Notes on the law that bear on the facts.
    notes: &'a [Note],
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for TransferAssessment {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <View<'static>>::schema_name()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <View<'static>>::json_schema(generator)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for TransferAssessment {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        View {
            on: self.on,
            regime: self.regime,
            verdict: self.verdict,
            findings: self.findings().collect(),
            deciding_facts: &self.deciding_facts,
            notes: &self.notes,
        }
        .serialize(serializer)
    }
}

impl TransferAssessment {
    /// The day assessed.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_core::date;
    /// # use pko_principles::in_kind::{assess_transfer, Transfer};
    /// assert_eq!(assess_transfer(&Transfer::default(), date(2000, 1, 1))?.on(), date(2000, 1, 1));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn on(&self) -> NaiveDate {
        self.on
    }

    /// The regime in force on the day.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_core::date;
    /// # use pko_principles::{in_kind::{assess_transfer, Transfer}, Regime};
    /// assert_eq!(assess_transfer(&Transfer::default(), date(1995, 1, 1))?.regime(), Regime::Act1992);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn regime(&self) -> Regime {
        self.regime
    }

    /// *Not permitted* if a finding is violated, *undetermined* if none is
    /// violated but one is undetermined, *permitted* otherwise.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_core::date;
    /// # use pko_principles::{in_kind::{self, assess_transfer}, Verdict};
    /// assert_eq!(assess_transfer(&in_kind::ammunition_2013(), date(2013, 12, 23))?.verdict(), Verdict::Permitted);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn verdict(&self) -> Verdict {
        self.verdict
    }

    /// One finding per [`Requirement`], in the order of [`Requirement::ALL`].
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_core::date;
    /// # use pko_principles::in_kind::{assess_transfer, Transfer};
    /// assert_eq!(assess_transfer(&Transfer::default(), date(2000, 1, 1))?.findings().len(), 5);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use = "the iterator is lazy"]
    pub fn findings(&self) -> impl ExactSizeIterator<Item = TransferFinding<'_>> + Clone {
        self.findings.records.iter().map(|r| self.view(r))
    }

    fn view<'a>(&'a self, r: &'a Record<Requirement>) -> TransferFinding<'a> {
        TransferFinding {
            requirement: r.subject,
            status: r.status,
            reasons: self.findings.reasons_of(r),
            citations: self.findings.citations_of(r),
        }
    }

    /// The finding on one requirement.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_core::date;
    /// # use pko_principles::{in_kind::{assess_transfer, Requirement, Transfer}, Status};
    /// let a = assess_transfer(&Transfer::default(), date(2000, 1, 1))?;
    /// assert_eq!(a.finding(Requirement::GoodsNeeded).map(|f| f.status()), Some(Status::Undetermined));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub fn finding(&self, requirement: Requirement) -> Option<TransferFinding<'_>> {
        self.findings.record(requirement).map(|r| self.view(r))
    }

    /// For an undetermined verdict, the unknown facts and open assumptions
    /// that would decide it; empty otherwise.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_core::date;
    /// # use pko_principles::in_kind::{assess_transfer, Transfer, TransferFact};
    /// use pko_principles::Decider;
    /// let a = assess_transfer(&Transfer::default(), date(2000, 1, 1))?;
    /// assert!(a.deciding_facts().contains(&Decider::Fact(TransferFact::Needed)));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub fn deciding_facts(&self) -> &[Decider<TransferFact>] {
        &self.deciding_facts
    }

    /// Notes on how the law was applied (from 29 March 2016, which
    /// provisions of the July 2015 text were applied).
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_core::date;
    /// # use pko_principles::{in_kind::{assess_transfer, Transfer}, Note};
    /// let a = assess_transfer(&Transfer::default(), date(2017, 1, 1))?;
    /// assert_eq!(a.notes(), [Note::Pre2016TextApplied]);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub fn notes(&self) -> &[Note] {
        &self.notes
    }
}

impl fmt::Display for TransferAssessment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "Contribution in kind on {} ({}): {}",
            self.on, self.regime, self.verdict
        )?;
        for finding in self.findings() {
            writeln!(f, "- {}: {}", finding.requirement, finding.status)?;
            for reason in finding.reasons {
                writeln!(f, "    {reason}")?;
            }
            for source in finding.citations {
                writeln!(f, "    [{source}]")?;
            }
        }
        if !self.deciding_facts.is_empty() {
            writeln!(f, "What would decide it:")?;
            for d in &self.deciding_facts {
                writeln!(f, "    {d}")?;
            }
        }
        for note in &self.notes {
            writeln!(f, "Note: {note}")?;
        }
        Ok(())
    }
}
