//! The facts of a contribution in kind, each of which may be unknown, and
//! their names.

use std::fmt;

use chrono::NaiveDate;

use crate::facts::{Fact, Operation};

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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
/// // Whether the goods are needed, and the rest, is not known yet: the
/// // transfer cannot be found permitted.
/// let a = pko_principles::in_kind::assess_transfer(&t, pko_core::date(2014, 1, 6))?;
/// assert_eq!(a.verdict(), pko_principles::Verdict::Undetermined);
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(transform = pko_core::schema_key::add_property)
)]
#[cfg_attr(
    feature = "serde",
    serde(remote = "Self", deny_unknown_fields, default)
)]
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

// A file may name its schema (`"$schema"`): it is dropped as it is read.
#[cfg(feature = "serde")]
pko_core::serde_with_schema_key!(Transfer);

/// A fact of a [`Transfer`], named by type. `Display` writes its path in
/// the JSON form (`operation.kind`, `cabinet_decision`), and `FromStr`
/// reads it back.
///
/// # Example
///
/// ```
/// use pko_principles::in_kind::TransferFact;
///
/// assert_eq!(TransferFact::CabinetDecision.to_string(), "cabinet_decision");
/// assert_eq!("operation.host_is_party".parse::<TransferFact>()?, TransferFact::OperationHostIsParty);
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum TransferFact {
    /// `operation.kind`.
    OperationKind,
    /// `operation.conflict`.
    OperationConflict,
    /// `operation.host_is_party`.
    OperationHostIsParty,
    /// `recipient`.
    Recipient,
    /// `needed`.
    Needed,
    /// `terms`.
    Terms,
    /// `cabinet_decision`.
    CabinetDecision,
    /// `host_consent`.
    HostConsent,
    /// `ceasefire_agreement`.
    CeasefireAgreement,
    /// `parties_consent`.
    PartiesConsent,
    /// `impartial`.
    Impartial,
}

impl TransferFact {
    /// Every fact, in the order of [`Transfer`]'s fields.
    pub const ALL: &'static [Self] = &[
        Self::OperationKind,
        Self::OperationConflict,
        Self::OperationHostIsParty,
        Self::Recipient,
        Self::Needed,
        Self::Terms,
        Self::CabinetDecision,
        Self::HostConsent,
        Self::CeasefireAgreement,
        Self::PartiesConsent,
        Self::Impartial,
    ];

    /// The JSON path.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::in_kind::TransferFact::Needed.path(), "needed");
    /// ```
    #[must_use]
    pub const fn path(self) -> &'static str {
        match self {
            Self::OperationKind => "operation.kind",
            Self::OperationConflict => "operation.conflict",
            Self::OperationHostIsParty => "operation.host_is_party",
            Self::Recipient => "recipient",
            Self::Needed => "needed",
            Self::Terms => "terms",
            Self::CabinetDecision => "cabinet_decision",
            Self::HostConsent => "host_consent",
            Self::CeasefireAgreement => "ceasefire_agreement",
            Self::PartiesConsent => "parties_consent",
            Self::Impartial => "impartial",
        }
    }
}

impl fmt::Display for TransferFact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.path())
    }
}
