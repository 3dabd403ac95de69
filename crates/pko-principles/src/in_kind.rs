//! Contributions in kind (物資協力): goods given to the UN or another
//! organisation or state conducting an operation, under the law of a day.
//!
//! The Act defines a contribution in kind in Art. 3(4) as the transfer of
//! goods an operation needs, free of charge or below market price, to the
//! UN, another international organisation or a state (国際連合等) that
//! conducts:
//!
//! - a UN peacekeeping operation, as Art. 3(1) defines it;
//! - a humanitarian international relief operation, as Art. 3(2) defines
//!   it: the host state's consent, and a ceasefire agreement where the host
//!   state is itself a party to the conflict. From Act No. 102 of 1998 (in
//!   force 12 June 1998), relief by an organisation of Annex 3 counts even
//!   without that ceasefire agreement (Art. 3(4)(ii));
//! - an international election observation operation, as Art. 3(2-2)
//!   defines it: a kind of operation that exists only from 12 June 1998.
//!
//! The government makes one on a Cabinet decision (Art. 25(1) and (2) as
//! numbered until 28 March 2016, Art. 30 after).
//!
//! [`assess_transfer`] checks a [`Transfer`] against these conditions as
//! they stood on a day, with a [`Finding`] per condition, its reasons and
//! citations, and "undetermined" kept apart from "not permitted".
//!
//! Two questions the material does not settle are named [`Assumptions`]:
//!
//! - whether Art. 30 (from 29 March 2016) keeps Art. 25's conditions: pko
//!   holds the Act's text only as it stood in July 2015. Default: it does,
//!   so the conditions read the same with the article renumbered;
//! - whether goods may go to an internationally coordinated operation (a
//!   kind that exists from 29 March 2016): pko's sources do not say.
//!   Default: *undetermined*.
//!
//! The December 2013 ammunition case (10,000 rounds to the Republic of
//! Korea's contingent in UNMISS) is data in [`AMMUNITION_2013`], each step
//! with its source, and [`ammunition_2013`] gives the facts it decided on.
//!
//! # Example
//!
//! ```
//! use pko_core::date;
//! use pko_principles::Verdict;
//! use pko_principles::in_kind::{self, assess_transfer};
//!
//! let case = in_kind::ammunition_2013();
//! // The day the request came, there was no Cabinet decision yet.
//! assert_eq!(assess_transfer(&case, date(2013, 12, 22))?.verdict(), Verdict::NotPermitted);
//! // The day of the Cabinet decision.
//! assert_eq!(assess_transfer(&case, date(2013, 12, 23))?.verdict(), Verdict::Permitted);
//! # Ok::<(), pko_principles::Error>(())
//! ```

use std::fmt;

use chrono::NaiveDate;
use pko_core::{Locator, Reliability, Source, SourceKind};

use crate::Error;
use crate::assess::{Status, Verdict};
use crate::cite;
use crate::facts::{ConflictSituation, Fact, Operation, OperationKind};
use crate::law::Regime;

/// Who receives the goods (国際連合等, Art. 3(2)).
///
/// # Example
///
/// ```
/// use pko_principles::in_kind::Recipient;
///
/// assert_eq!(Recipient::Annex3Organisation.to_string(), "an organisation of Annex 3");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Recipient {
    /// The United Nations itself (a mission, its headquarters).
    UnitedNations,
    /// An organisation listed in Annex 3 of the Act (see [`ANNEX_3`]), or
    /// added to it by Cabinet Order.
    Annex3Organisation,
    /// Another international organisation.
    OtherInternationalOrganisation,
    /// A UN member state or another state.
    State,
}

impl fmt::Display for Recipient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::UnitedNations => "the United Nations",
            Self::Annex3Organisation => "an organisation of Annex 3",
            Self::OtherInternationalOrganisation => "another international organisation",
            Self::State => "a state",
        })
    }
}

/// The organisations Annex 3 of the Act names (July 2015 text); a Cabinet
/// Order may add others established by the General Assembly or
/// specialised agencies.
///
/// # Example
///
/// ```
/// use pko_principles::in_kind::ANNEX_3;
///
/// assert!(ANNEX_3.contains(&"World Food Programme"));
/// assert_eq!(ANNEX_3.len(), 10);
/// ```
pub static ANNEX_3: [&str; 10] = [
    "Office of the United Nations High Commissioner for Refugees",
    "United Nations Relief and Works Agency for Palestine Refugees in the Near East",
    "United Nations Children's Fund",
    "United Nations Volunteers",
    "United Nations Development Programme",
    "United Nations Environment Programme",
    "World Food Programme",
    "Food and Agriculture Organization of the United Nations",
    "World Health Organization",
    "International Organization for Migration",
];

/// What the recipient pays.
///
/// # Example
///
/// ```
/// use pko_principles::in_kind::Terms;
///
/// assert_eq!(Terms::FreeOfCharge.to_string(), "free of charge");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Terms {
    /// Nothing.
    FreeOfCharge,
    /// Less than the market price.
    BelowMarketPrice,
    /// The market price or more: a sale, not a contribution in kind.
    MarketPrice,
}

impl fmt::Display for Terms {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::FreeOfCharge => "free of charge",
            Self::BelowMarketPrice => "below market price",
            Self::MarketPrice => "at market price or more",
        })
    }
}

/// Whether and when the Cabinet decided the contribution.
///
/// JSON: `"not_decided"` or `{"decided_on": "2013-12-23"}`.
///
/// # Example
///
/// ```
/// use pko_core::date;
/// use pko_principles::in_kind::CabinetDecision;
///
/// assert_eq!(CabinetDecision::DecidedOn(date(2013, 12, 23)).to_string(), "decided by the Cabinet on 2013-12-23");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum CabinetDecision {
    /// No Cabinet decision.
    NotDecided,
    /// Decided on this day.
    DecidedOn(NaiveDate),
}

impl fmt::Display for CabinetDecision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotDecided => f.write_str("no Cabinet decision"),
            Self::DecidedOn(d) => write!(f, "decided by the Cabinet on {d}"),
        }
    }
}

/// A proposed (or past) contribution in kind: the facts the law asks for,
/// each unknown until set.
///
/// The operation's own conditions are those of its kind's definition:
/// for peacekeeping (Art. 3(1)) the host state's consent and, in the
/// ceasefire case, the ceasefire agreement and the parties' consent, and
/// impartiality; for relief and election observation (Art. 3(2), 3(2-2))
/// the host state's consent and, where the host state is a party, a
/// ceasefire agreement.
///
/// # Example
///
/// ```
/// use pko_principles::{Fact, OperationKind};
/// use pko_principles::in_kind::{Terms, Transfer};
///
/// let mut t = Transfer::default();
/// t.operation.kind = Fact::Known(OperationKind::HumanitarianRelief);
/// t.terms = Fact::Known(Terms::FreeOfCharge);
/// assert_eq!(t.needed, Fact::Unknown);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields, default))]
pub struct Transfer {
    /// The goods, for reports.
    pub goods: Option<String>,
    /// The operation the goods are for: its kind, conflict situation and
    /// whether the host state is a party.
    pub operation: Operation,
    /// Who receives the goods.
    pub recipient: Fact<Recipient>,
    /// Whether the operation needs the goods (その活動に必要な物品).
    pub needed: Fact<bool>,
    /// What the recipient pays.
    pub terms: Fact<Terms>,
    /// The Cabinet decision.
    pub cabinet_decision: Fact<CabinetDecision>,
    /// The host state's consent to the operation.
    pub host_consent: Fact<bool>,
    /// Whether the parties have agreed a ceasefire.
    pub ceasefire_agreement: Fact<bool>,
    /// For peacekeeping: the parties' consent to the operation.
    pub parties_consent: Fact<bool>,
    /// For peacekeeping: whether the operation is impartial.
    pub impartial: Fact<bool>,
}

/// The questions about contributions in kind that the material does not
/// settle, named, with their defaults.
///
/// # Example
///
/// ```
/// use pko_principles::in_kind::Assumptions;
///
/// let a = Assumptions::default();
/// assert!(a.article_30_keeps_article_25);
/// assert_eq!(a.coordinated_operations, None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Assumptions {
    /// Art. 30 (from 29 March 2016) keeps the conditions of Art. 25 and
    /// Art. 3(4) as they stood in July 2015. pko holds no later text.
    /// Default `true`; with `false` every finding from 29 March 2016 is
    /// *undetermined*.
    pub article_30_keeps_article_25: bool,
    /// Whether goods may go to an internationally coordinated operation.
    /// `None` (the default) leaves it *undetermined*.
    pub coordinated_operations: Option<bool>,
}

impl Default for Assumptions {
    fn default() -> Self {
        Self {
            article_30_keeps_article_25: true,
            coordinated_operations: None,
        }
    }
}

impl Assumptions {
    /// Sets [`Assumptions::coordinated_operations`].
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::in_kind::Assumptions;
    ///
    /// assert_eq!(Assumptions::default().with_coordinated_operations(Some(true)).coordinated_operations, Some(true));
    /// ```
    #[must_use]
    pub const fn with_coordinated_operations(mut self, allowed: Option<bool>) -> Self {
        self.coordinated_operations = allowed;
        self
    }

    /// Sets [`Assumptions::article_30_keeps_article_25`].
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::in_kind::Assumptions;
    ///
    /// assert!(!Assumptions::default().with_article_30_keeps_article_25(false).article_30_keeps_article_25);
    /// ```
    #[must_use]
    pub const fn with_article_30_keeps_article_25(mut self, keeps: bool) -> Self {
        self.article_30_keeps_article_25 = keeps;
        self
    }
}

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
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Requirement {
    /// The goods go to a kind of operation the Act names (Art. 3(4)).
    KindOfOperation,
    /// The operation meets its kind's definition (Art. 3(1), 3(2), 3(2-2)).
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
    pub const ALL: [Self; 5] = [
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

/// Why a finding has its status.
///
/// # Example
///
/// ```
/// use pko_principles::in_kind::Reason;
///
/// let r = Reason::Unknown { fact: "terms" };
/// assert_eq!(r.to_string(), "`terms` is unknown");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Reason {
    /// A fact the condition needs is unknown (its JSON path).
    Unknown {
        /// The fact.
        fact: &'static str,
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
    /// Goods for an internationally coordinated operation: the material is
    /// silent; see [`Assumptions::coordinated_operations`].
    CoordinatedOperationsAssumed {
        /// The assumption's value (`None`: not settled).
        allowed: Option<bool>,
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
    /// pko holds no text defining an internationally coordinated
    /// operation: the kind-of-operation finding carries the question.
    CoordinatedConditionsNotHeld,
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
    /// From 29 March 2016 pko holds no text of the Act, and
    /// [`Assumptions::article_30_keeps_article_25`] is off.
    TextAfter2016NotHeld,
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unknown { fact } => write!(f, "`{fact}` is unknown"),
            Self::KindNamed { operation } => {
                write!(f, "goods may go to {} {operation} (Art. 3(4))", operation.article())
            }
            Self::KindNotYetInLaw { operation, from } => write!(
                f,
                "{} {operation} is a kind of operation in law only from {from}",
                operation.article()
            ),
            Self::CoordinatedOperationsAssumed { allowed: None } => f.write_str(
                "whether goods may go to an internationally coordinated operation is not in pko's sources (assumption `coordinated_operations`)",
            ),
            Self::CoordinatedOperationsAssumed {
                allowed: Some(allowed),
            } => write!(
                f,
                "goods to an internationally coordinated operation are {} (assumption `coordinated_operations`)",
                if *allowed { "allowed" } else { "not allowed" }
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
            Self::CoordinatedConditionsNotHeld => f.write_str(
                "the conditions of an internationally coordinated operation are not in pko's sources; the kind of operation carries the question",
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
            Self::TextAfter2016NotHeld => f.write_str(
                "the Act's text from 2016-03-29 is not in pko's sources (assumption `article_30_keeps_article_25` is off)",
            ),
        }
    }
}

/// One condition's finding.
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
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Finding {
    requirement: Requirement,
    status: Status,
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::assess::explained"))]
    reasons: Vec<Reason>,
    citations: Vec<&'static Source>,
}

impl Finding {
    /// The condition.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_core::date;
    /// # use pko_principles::in_kind::{self, Requirement};
    /// let a = in_kind::assess_transfer(&in_kind::ammunition_2013(), date(2014, 1, 6))?;
    /// assert_eq!(a.findings()[0].requirement(), Requirement::KindOfOperation);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn requirement(&self) -> Requirement {
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
    pub const fn status(&self) -> Status {
        self.status
    }

    /// The reasons, in the order they were found.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_core::date;
    /// # use pko_principles::in_kind::{self, Reason, Requirement, Terms};
    /// let a = in_kind::assess_transfer(&in_kind::ammunition_2013(), date(2013, 12, 23))?;
    /// assert_eq!(a.finding(Requirement::Terms).unwrap().reasons(), [Reason::Terms { terms: Terms::FreeOfCharge }]);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub fn reasons(&self) -> &[Reason] {
        &self.reasons
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
    pub fn citations(&self) -> &[&'static Source] {
        &self.citations
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
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Assessment {
    on: NaiveDate,
    regime: Regime,
    verdict: Verdict,
    findings: Vec<Finding>,
}

impl Assessment {
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
    #[must_use]
    pub fn findings(&self) -> &[Finding] {
        &self.findings
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
    pub fn finding(&self, requirement: Requirement) -> Option<&Finding> {
        self.findings.iter().find(|f| f.requirement == requirement)
    }
}

impl fmt::Display for Assessment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "Contribution in kind on {} ({}): {}",
            self.on, self.regime, self.verdict
        )?;
        for finding in &self.findings {
            writeln!(f, "- {}: {}", finding.requirement, finding.status)?;
            for reason in &finding.reasons {
                writeln!(f, "    {reason}")?;
            }
            for source in &finding.citations {
                writeln!(f, "    [{source}]")?;
            }
        }
        Ok(())
    }
}

/// Checks a contribution in kind against the law as it stood on `on`, with
/// the default [`Assumptions`].
///
/// # Errors
///
/// [`Error::BeforeAct`] for a day before 10 August 1992.
///
/// # Example
///
/// ```
/// use pko_core::date;
/// use pko_principles::{Fact, OperationKind, Verdict};
/// use pko_principles::in_kind::{assess_transfer, CabinetDecision, Recipient, Terms, Transfer};
///
/// let mut t = Transfer::default();
/// t.operation.kind = Fact::Known(OperationKind::ElectionObservation);
/// t.operation.host_is_party = Fact::Known(false);
/// t.recipient = Fact::Known(Recipient::UnitedNations);
/// t.needed = Fact::Known(true);
/// t.terms = Fact::Known(Terms::BelowMarketPrice);
/// t.cabinet_decision = Fact::Known(CabinetDecision::DecidedOn(date(1996, 5, 1)));
/// t.host_consent = Fact::Known(true);
/// // Election observation is a kind of operation only from 12 June 1998.
/// assert_eq!(assess_transfer(&t, date(1996, 6, 1))?.verdict(), Verdict::NotPermitted);
/// assert_eq!(assess_transfer(&t, date(1998, 6, 12))?.verdict(), Verdict::Permitted);
/// # Ok::<(), pko_principles::Error>(())
/// ```
pub fn assess_transfer(transfer: &Transfer, on: NaiveDate) -> Result<Assessment, Error> {
    assess_transfer_with(transfer, on, Assumptions::default())
}

/// [`assess_transfer`] with explicit [`Assumptions`].
///
/// # Errors
///
/// [`Error::BeforeAct`] for a day before 10 August 1992.
///
/// # Example
///
/// ```
/// use pko_core::date;
/// use pko_principles::{Fact, OperationKind, Status};
/// use pko_principles::in_kind::{assess_transfer_with, Assumptions, Requirement, Transfer};
///
/// let mut t = Transfer::default();
/// t.operation.kind = Fact::Known(OperationKind::InternationallyCoordinated);
/// let day = date(2019, 4, 1);
/// let silent = assess_transfer_with(&t, day, Assumptions::default())?;
/// assert_eq!(silent.finding(Requirement::KindOfOperation).unwrap().status(), Status::Undetermined);
/// let allowed = assess_transfer_with(&t, day, Assumptions::default().with_coordinated_operations(Some(true)))?;
/// assert_eq!(allowed.finding(Requirement::KindOfOperation).unwrap().status(), Status::Satisfied);
/// # Ok::<(), pko_principles::Error>(())
/// ```
pub fn assess_transfer_with(
    transfer: &Transfer,
    on: NaiveDate,
    assumptions: Assumptions,
) -> Result<Assessment, Error> {
    let regime = Regime::in_force_on(on)?;
    let renumbered = regime >= Regime::Amended2015;
    let findings: Vec<Finding> = Requirement::ALL
        .into_iter()
        .map(|requirement| {
            let (status, reasons) = if renumbered && !assumptions.article_30_keeps_article_25 {
                (Status::Undetermined, vec![Reason::TextAfter2016NotHeld])
            } else {
                let mut check = Check::default();
                match requirement {
                    Requirement::KindOfOperation => {
                        kind_of_operation(&mut check, transfer, regime, assumptions);
                    }
                    Requirement::OperationConditions => {
                        operation_conditions(&mut check, transfer, regime);
                    }
                    Requirement::GoodsNeeded => match transfer.needed {
                        Fact::Known(needed) => check.holds(needed, Reason::Needed { needed }),
                        Fact::Unknown => check.unknown("needed"),
                    },
                    Requirement::Terms => match transfer.terms {
                        Fact::Known(terms) => {
                            check.holds(terms != Terms::MarketPrice, Reason::Terms { terms });
                        }
                        Fact::Unknown => check.unknown("terms"),
                    },
                    Requirement::CabinetDecision => match transfer.cabinet_decision {
                        Fact::Known(decision) => {
                            let in_time =
                                matches!(decision, CabinetDecision::DecidedOn(d) if d <= on);
                            check.holds(in_time, Reason::Decision { decision, in_time });
                        }
                        Fact::Unknown => check.unknown("cabinet_decision"),
                    },
                }
                (check.status, check.reasons)
            };
            Finding {
                requirement,
                status,
                reasons,
                citations: citations(requirement, transfer, regime),
            }
        })
        .collect();
    let verdict = if findings.iter().any(|f| f.status == Status::Violated) {
        Verdict::NotPermitted
    } else if findings.iter().any(|f| f.status == Status::Undetermined) {
        Verdict::Undetermined
    } else {
        Verdict::Permitted
    };
    Ok(Assessment {
        on,
        regime,
        verdict,
        findings,
    })
}

/// A finding being built: the worst status seen, and every reason.
struct Check {
    status: Status,
    reasons: Vec<Reason>,
}

impl Default for Check {
    fn default() -> Self {
        Self {
            status: Status::Satisfied,
            reasons: Vec::new(),
        }
    }
}

impl Check {
    fn worsen(&mut self, status: Status) {
        let rank = |s: Status| match s {
            Status::Violated => 2,
            Status::Undetermined => 1,
            Status::NotApplicable => 0,
            Status::Satisfied => -1,
        };
        if rank(status) > rank(self.status) {
            self.status = status;
        }
    }

    fn holds(&mut self, holds: bool, reason: Reason) {
        self.worsen(if holds {
            Status::Satisfied
        } else {
            Status::Violated
        });
        self.reasons.push(reason);
    }

    fn unknown(&mut self, fact: &'static str) {
        self.worsen(Status::Undetermined);
        self.reasons.push(Reason::Unknown { fact });
    }

    /// A yes-or-no fact the condition needs.
    fn needs(&mut self, fact: Fact<bool>, path: &'static str, reason: fn(bool) -> Reason) {
        match fact {
            Fact::Known(value) => self.holds(value, reason(value)),
            Fact::Unknown => self.unknown(path),
        }
    }
}

const ELECTION_KIND_FROM: NaiveDate = pko_core::date(1998, 6, 12);
const COORDINATED_KIND_FROM: NaiveDate = pko_core::date(2016, 3, 29);

fn kind_of_operation(
    check: &mut Check,
    transfer: &Transfer,
    regime: Regime,
    assumptions: Assumptions,
) {
    let not_yet = |check: &mut Check, operation, from| {
        check.holds(false, Reason::KindNotYetInLaw { operation, from });
    };
    match transfer.operation.kind {
        Fact::Unknown => check.unknown("operation.kind"),
        Fact::Known(
            operation @ (OperationKind::UnPeacekeeping | OperationKind::HumanitarianRelief),
        ) => {
            check.holds(true, Reason::KindNamed { operation });
        }
        Fact::Known(operation @ OperationKind::ElectionObservation) => {
            if regime >= Regime::Amended1998 {
                check.holds(true, Reason::KindNamed { operation });
            } else {
                not_yet(check, operation, ELECTION_KIND_FROM);
            }
        }
        Fact::Known(operation @ OperationKind::InternationallyCoordinated) => {
            if regime < Regime::Amended2015 {
                not_yet(check, operation, COORDINATED_KIND_FROM);
            } else {
                let allowed = assumptions.coordinated_operations;
                let reason = Reason::CoordinatedOperationsAssumed { allowed };
                if let Some(allowed) = allowed {
                    check.holds(allowed, reason);
                } else {
                    check.worsen(Status::Undetermined);
                    check.reasons.push(reason);
                }
            }
        }
    }
}

fn operation_conditions(check: &mut Check, transfer: &Transfer, regime: Regime) {
    let host = |given| Reason::HostConsent { given };
    let ceasefire = |agreed| Reason::Ceasefire { agreed };
    match transfer.operation.kind {
        Fact::Unknown => check.unknown("operation.kind"),
        // pko holds no text defining these operations: the
        // kind-of-operation finding carries the question.
        Fact::Known(OperationKind::InternationallyCoordinated) => {
            check.worsen(Status::NotApplicable);
            check.reasons.push(Reason::CoordinatedConditionsNotHeld);
        }
        Fact::Known(OperationKind::UnPeacekeeping) => {
            check.needs(transfer.host_consent, "host_consent", host);
            let ceasefire_case = |check: &mut Check| {
                check.needs(
                    transfer.ceasefire_agreement,
                    "ceasefire_agreement",
                    ceasefire,
                );
                check.needs(transfer.parties_consent, "parties_consent", |given| {
                    Reason::PartiesConsent { given }
                });
            };
            match transfer.operation.conflict {
                Fact::Known(ConflictSituation::CeasefireBased) => ceasefire_case(check),
                Fact::Known(ConflictSituation::NoConflictYet) => {
                    check.holds(true, Reason::NoCeasefireNeeded);
                }
                Fact::Known(ConflictSituation::EndedPartiesGone) => {
                    if regime >= Regime::Amended2015 {
                        check.holds(true, Reason::NoCeasefireNeeded);
                    } else {
                        check.holds(false, Reason::CaseNotYetInLaw);
                    }
                }
                // The ceasefire case asks the most: if it holds, any case does.
                Fact::Unknown => {
                    if transfer.ceasefire_agreement == Fact::Known(true)
                        && transfer.parties_consent == Fact::Known(true)
                    {
                        ceasefire_case(check);
                    } else {
                        check.unknown("operation.conflict");
                    }
                }
            }
            check.needs(transfer.impartial, "impartial", |impartial| {
                Reason::Impartial { impartial }
            });
        }
        Fact::Known(
            kind @ (OperationKind::HumanitarianRelief | OperationKind::ElectionObservation),
        ) => {
            check.needs(transfer.host_consent, "host_consent", host);
            let annex_3 = kind == OperationKind::HumanitarianRelief
                && regime >= Regime::Amended1998
                && transfer.recipient == Fact::Known(Recipient::Annex3Organisation);
            match transfer.operation.host_is_party {
                Fact::Known(false) => check.holds(true, Reason::NoCeasefireNeeded),
                _ if annex_3 => check.holds(true, Reason::Annex3Relief),
                Fact::Known(true) => {
                    check.needs(
                        transfer.ceasefire_agreement,
                        "ceasefire_agreement",
                        ceasefire,
                    );
                }
                Fact::Unknown => {
                    if transfer.ceasefire_agreement == Fact::Known(true) {
                        check.holds(true, Reason::Ceasefire { agreed: true });
                    } else {
                        check.unknown("operation.host_is_party");
                    }
                }
            }
        }
    }
}

/// The articles a finding rests on, as numbered on the day.
fn citations(
    requirement: Requirement,
    transfer: &Transfer,
    regime: Regime,
) -> Vec<&'static Source> {
    let renumbered = regime >= Regime::Amended2015;
    let mut out: Vec<&'static Source> = match requirement {
        Requirement::KindOfOperation | Requirement::GoodsNeeded | Requirement::Terms => {
            vec![&ART_3_4]
        }
        Requirement::OperationConditions => match transfer.operation.kind {
            Fact::Known(OperationKind::HumanitarianRelief) => {
                if regime >= Regime::Amended1998 {
                    vec![&cite::ART_3_2, &ART_3_4_II, &cite::REGIME_1998]
                } else {
                    vec![&cite::ART_3_2]
                }
            }
            Fact::Known(OperationKind::ElectionObservation) => vec![&cite::ART_3_2_2],
            Fact::Known(OperationKind::UnPeacekeeping) if renumbered => {
                vec![&cite::ART_3_1, &cite::BILL_2015]
            }
            _ => vec![&cite::ART_3_1],
        },
        Requirement::CabinetDecision => {
            if renumbered {
                vec![&ART_30_2016]
            } else {
                vec![&ART_25_2]
            }
        }
    };
    match (requirement, regime) {
        (Requirement::KindOfOperation, Regime::Amended1998 | Regime::Amended2001) => {
            out.push(&cite::REGIME_1998);
        }
        (Requirement::KindOfOperation, Regime::Amended2015) => out.push(&cite::REGIME_2015),
        _ => {}
    }
    if renumbered && requirement != Requirement::CabinetDecision {
        out.push(&ART_30_2016);
    }
    out
}

/// Art. 3(4) of the Act (the definition of a contribution in kind).
static ART_3_4: Source = cite::act("3(4)");
/// Art. 3(4)(ii): relief by an organisation of Annex 3 without a ceasefire
/// agreement.
static ART_3_4_II: Source = cite::act("3(4)(ii)");
/// Art. 25(2): the Cabinet decision.
static ART_25_2: Source = cite::act("25(2)");
/// Art. 30 as renumbered in 2016 (contributions in kind).
static ART_30_2016: Source = Source::new_at(
    SourceKind::Statute,
    "Japan, National Diet",
    cite::ACT_2016_TEXT,
    NaiveDate::from_ymd_opt(2015, 9, 30),
    Reliability::Secondary,
    Locator::article("30"),
);

// The December 2013 ammunition case.

/// The Prime Minister's Office release of 24 December 2013 (the request of
/// 22 December, the Cabinet decision of 23 December: 10,000 rounds, free
/// of charge, through the UN).
pub static PMO_2013: Source = Source::new(
    SourceKind::Government,
    "Prime Minister's Office of Japan",
    "Release on the provision of ammunition to the Republic of Korea contingent in UNMISS through the United Nations",
    NaiveDate::from_ymd_opt(2013, 12, 24),
    Reliability::Primary,
);

/// The Ministry of Foreign Affairs, 10 February 2014 (legal basis Art. 25;
/// the Three Principles on Arms Exports declared not applicable; the
/// return of 16 January 2014).
pub static MOFA_2014: Source = Source::new(
    SourceKind::Government,
    "Ministry of Foreign Affairs of Japan",
    "On the provision of ammunition to UNMISS (contribution in kind under Art. 25; return of the rounds)",
    NaiveDate::from_ymd_opt(2014, 2, 10),
    Reliability::Primary,
);

/// Press reports of December 2013 (calibre; conditions of use), secondary.
pub static PRESS_2013: Source = Source::new(
    SourceKind::Press,
    "Press reports, December 2013",
    "Japan's ammunition for the Republic of Korea contingent in UNMISS: calibre and stated conditions",
    None,
    Reliability::Secondary,
);

/// The Japan Times of 17 January 2014 (the Republic of Korea's denial),
/// secondary.
pub static JAPAN_TIMES_2014: Source = Source::new(
    SourceKind::Press,
    "The Japan Times",
    "Report on the return of the ammunition and the Republic of Korea government's denial that it asked Japan",
    NaiveDate::from_ymd_opt(2014, 1, 17),
    Reliability::Secondary,
);

/// The speech, section C (10,000 rounds of 5.56-mm ammunition, December
/// 2013).
pub static SPEECH_C: Source = Source::speech(Locator::section("C"));

/// One step of a recorded case.
///
/// # Example
///
/// ```
/// use pko_principles::in_kind::AMMUNITION_2013;
///
/// let decision = &AMMUNITION_2013[1];
/// assert_eq!(decision.date().map(|d| d.to_string()).as_deref(), Some("2013-12-23"));
/// assert!(decision.what().contains("10,000 rounds"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    date: Option<NaiveDate>,
    what: &'static str,
    sources: &'static [&'static Source],
}

impl Step {
    /// The day, where the sources give one.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_principles::in_kind::AMMUNITION_2013;
    /// assert_eq!(AMMUNITION_2013[3].date(), None);
    /// ```
    #[must_use]
    pub const fn date(&self) -> Option<NaiveDate> {
        self.date
    }

    /// What happened.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_principles::in_kind::AMMUNITION_2013;
    /// assert!(AMMUNITION_2013[0].what().starts_with("Request"));
    /// ```
    #[must_use]
    pub const fn what(&self) -> &'static str {
        self.what
    }

    /// Its sources; a step that rests only on secondary sources says so
    /// through their [`Reliability`].
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_principles::in_kind::AMMUNITION_2013;
    /// use pko_core::Reliability;
    /// assert_eq!(AMMUNITION_2013[2].sources()[0].reliability(), Reliability::Secondary);
    /// ```
    #[must_use]
    pub const fn sources(&self) -> &'static [&'static Source] {
        self.sources
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Step {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Step", 3)?;
        s.serialize_field("date", &self.date)?;
        s.serialize_field("what", self.what)?;
        s.serialize_field("sources", self.sources)?;
        s.end()
    }
}

/// The December 2013 ammunition case, step by step, each with its sources.
pub static AMMUNITION_2013: [Step; 7] = [
    Step {
        date: Some(pko_core::date(2013, 12, 22)),
        what: "Request received through UNMISS headquarters for ammunition for the Republic of Korea contingent",
        sources: &[&PMO_2013],
    },
    Step {
        date: Some(pko_core::date(2013, 12, 23)),
        what: "Cabinet decision to provide 10,000 rounds free of charge through the United Nations",
        sources: &[&PMO_2013],
    },
    Step {
        date: None,
        what: "Calibre 5.56 mm",
        sources: &[&PRESS_2013, &SPEECH_C],
    },
    Step {
        date: None,
        what: "Legal basis: contribution in kind under Art. 25; the Chief Cabinet Secretary declared the Three Principles on Arms Exports not applicable to this case",
        sources: &[&MOFA_2014],
    },
    Step {
        date: None,
        what: "Stated conditions: use only to protect the lives of Republic of Korea personnel and refugees; no transfer outside UNMISS",
        sources: &[&PRESS_2013],
    },
    Step {
        date: Some(pko_core::date(2014, 1, 16)),
        what: "The rounds returned to the Japanese unit through UNMISS",
        sources: &[&MOFA_2014],
    },
    Step {
        date: None,
        what: "The Republic of Korea government denied having asked Japan",
        sources: &[&JAPAN_TIMES_2014],
    },
];

/// The facts of the December 2013 case as the Cabinet decided on them.
///
/// From the sources: a UN peacekeeping operation (UNMISS), goods to the UN,
/// free of charge, the Cabinet decision of 23 December 2013. The sources do
/// not give the operation's conditions (consents, ceasefire, impartiality)
/// or the need for the goods: the Cabinet's decision under Art. 25(1)
/// ("when it finds it appropriate to cooperate with a UN peacekeeping
/// operation") is read as the government's finding that they held, in the
/// ceasefire case of Art. 3(1), as [`crate::history::Presumption::Article3Met`]
/// does for the dispatches.
///
/// # Example
///
/// ```
/// use pko_principles::in_kind::{ammunition_2013, Terms};
/// use pko_principles::Fact;
///
/// assert_eq!(ammunition_2013().terms, Fact::Known(Terms::FreeOfCharge));
/// ```
#[must_use]
pub fn ammunition_2013() -> Transfer {
    Transfer {
        goods: Some("10,000 rounds of 5.56 mm ammunition".to_owned()),
        operation: Operation {
            kind: Fact::Known(OperationKind::UnPeacekeeping),
            name: Some("United Nations Mission in the Republic of South Sudan".to_owned()),
            conflict: Fact::Known(ConflictSituation::CeasefireBased),
            ..Operation::default()
        },
        recipient: Fact::Known(Recipient::UnitedNations),
        needed: Fact::Known(true),
        terms: Fact::Known(Terms::FreeOfCharge),
        cabinet_decision: Fact::Known(CabinetDecision::DecidedOn(pko_core::date(2013, 12, 23))),
        host_consent: Fact::Known(true),
        ceasefire_agreement: Fact::Known(true),
        parties_consent: Fact::Known(true),
        impartial: Fact::Known(true),
    }
}
