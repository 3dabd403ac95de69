//! What the rules read: the operation, and one participant's contingent
//! with the national steps already taken. A fact left out is unknown, and
//! a finding that needs it is undetermined.

use std::fmt;

use chrono::NaiveDate;
use pko_core::{CountryCode, Fact};

/// What kind of operation the contingent would join.
///
/// # Example
///
/// ```
/// use pko_partners::OperationKind;
///
/// assert_eq!(OperationKind::UnPeacekeeping.to_string(), "UN peacekeeping operation");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "JointOperationKind"))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum OperationKind {
    /// Run by the UN: under a Security Council resolution, commanded by a
    /// commander the Secretary-General appoints, at the UN's expense.
    UnPeacekeeping,
    /// Carried out by states under the UN's approval but not its command and
    /// funding (a multinational force).
    UnAuthorized,
    /// Coordinated among states or by another organisation, without the
    /// UN's approval.
    InternationallyCoordinated,
}

impl OperationKind {
    /// The three kinds.
    pub const ALL: &'static [Self] = &[
        Self::UnPeacekeeping,
        Self::UnAuthorized,
        Self::InternationallyCoordinated,
    ];
}

impl fmt::Display for OperationKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::UnPeacekeeping => "UN peacekeeping operation",
            Self::UnAuthorized => "operation under UN approval, not UN command",
            Self::InternationallyCoordinated => "internationally coordinated operation",
        })
    }
}

/// Consent to the operation, as it stands on the day assessed.
///
/// # Example
///
/// ```
/// assert_eq!(pko_partners::Consent::Withdrawn.to_string(), "withdrawn");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "PartnerConsent"))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Consent {
    /// Given and in effect.
    Given,
    /// Given, then withdrawn.
    Withdrawn,
    /// Never given.
    Refused,
}

impl fmt::Display for Consent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Given => "given",
            Self::Withdrawn => "withdrawn",
            Self::Refused => "refused",
        })
    }
}

/// How far the operation's mandate lets it use force.
///
/// # Example
///
/// ```
/// assert_eq!(pko_partners::ForceUse::SelfDefenceAndMandate.to_string(), "in self-defence and defence of the mandate only");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum ForceUse {
    /// In self-defence and defence of the mandate, and no further.
    SelfDefenceAndMandate,
    /// Beyond them (enforcement).
    Beyond,
}

impl fmt::Display for ForceUse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::SelfDefenceAndMandate => "in self-defence and defence of the mandate only",
            Self::Beyond => "beyond self-defence and defence of the mandate",
        })
    }
}

/// The operation, as the participants' rules and the UN's principles read
/// it.
///
/// # Example
///
/// ```
/// use pko_core::Fact;
/// use pko_partners::{Consent, Operation, OperationKind};
///
/// let op = Operation { kind: Fact::Known(OperationKind::UnPeacekeeping), host_consent: Fact::Known(Consent::Given), ..Operation::default() };
/// assert_eq!(op.parties_consent, Fact::Unknown);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "JointOperation"))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields, default))]
pub struct Operation {
    /// The operation's name, for reports.
    pub name: Option<String>,
    /// What kind of operation it is.
    pub kind: Fact<OperationKind>,
    /// The host state's consent.
    pub host_consent: Fact<Consent>,
    /// The consent of the parties to the conflict (all of them).
    pub parties_consent: Fact<Consent>,
    /// Whether the operation acts impartially.
    pub impartial: Fact<bool>,
    /// How far its mandate lets it use force.
    pub force: Fact<ForceUse>,
}

/// Who goes: a unit, or personnel sent one by one.
///
/// # Example
///
/// ```
/// assert_eq!(pko_partners::ContingentKind::Unit.to_string(), "unit");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "PartnerContingentKind"))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum ContingentKind {
    /// A unit of the armed forces (Korea: a 파견부대, Art. 2(2)).
    Unit,
    /// Personnel sent one by one: individual soldiers (staff officers,
    /// observers), police, other officials, civilians (Korea: 참여요원,
    /// Art. 2(3)).
    Individuals,
}

impl fmt::Display for ContingentKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Unit => "unit",
            Self::Individuals => "individual personnel",
        })
    }
}

/// A national legislature's consent to a dispatch: given on a day, for a
/// period, or not given.
///
/// # Example
///
/// ```
/// use pko_partners::AssemblyConsent;
///
/// let c = AssemblyConsent::Given { on: pko_core::date(2017, 1, 10), until: Some(pko_core::date(2017, 12, 31)) };
/// assert!(c.in_effect_on(pko_core::date(2017, 6, 1)));
/// assert!(!c.in_effect_on(pko_core::date(2018, 1, 1)));
/// assert!(!AssemblyConsent::NotGiven.in_effect_on(pko_core::date(2017, 6, 1)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum AssemblyConsent {
    /// Not given (or not yet asked for).
    NotGiven,
    /// Given on `on`, for the period up to `until` (included) if it says.
    Given {
        /// The day of the consent.
        on: NaiveDate,
        /// The last day it covers, if it names one.
        #[cfg_attr(feature = "serde", serde(default))]
        until: Option<NaiveDate>,
    },
}

impl AssemblyConsent {
    /// Whether the consent covers `day`: given on or before it, and not
    /// run out.
    #[must_use]
    pub fn in_effect_on(self, day: NaiveDate) -> bool {
        match self {
            Self::NotGiven => false,
            Self::Given { on, until } => on <= day && until.is_none_or(|u| day <= u),
        }
    }
}

/// The national steps already taken for a contingent, each on a day.
///
/// # Example
///
/// ```
/// use pko_core::Fact;
/// use pko_partners::{AssemblyConsent, Procedure};
///
/// let p = Procedure { assembly_consent: Fact::Known(AssemblyConsent::NotGiven), ..Procedure::default() };
/// assert_eq!(p.provisional_agreement, Fact::Unknown);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "PartnerProcedure"))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields, default))]
pub struct Procedure {
    /// The National Assembly's consent (Korea).
    pub assembly_consent: Fact<AssemblyConsent>,
    /// A provisional agreement of the Government with the UN on the
    /// destination, organisation, size and equipment before the Assembly's
    /// consent (Korea): made on a day, or none.
    pub provisional_agreement: Fact<Agreement>,
}

/// A provisional agreement with the UN: made on a day, or none.
///
/// # Example
///
/// ```
/// let a = pko_partners::Agreement::On(pko_core::date(2010, 3, 1));
/// assert_ne!(a, pko_partners::Agreement::None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Agreement {
    /// None was made.
    None,
    /// Made on this day.
    On(NaiveDate),
}

/// One participant's contingent: the state, who goes, how many, and the
/// national steps already taken.
///
/// # Example
///
/// ```
/// use pko_core::{CountryCode, Fact};
/// use pko_partners::{Contingent, ContingentKind};
///
/// let c = Contingent::new(CountryCode::KOR).kind(ContingentKind::Unit).size(300);
/// assert_eq!(c.size, Fact::Known(300));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "PartnerContingent"))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Contingent {
    /// The sending state.
    pub state: CountryCode,
    /// A unit, or personnel one by one.
    #[cfg_attr(feature = "serde", serde(default))]
    pub kind: Fact<ContingentKind>,
    /// Persons.
    #[cfg_attr(feature = "serde", serde(default))]
    pub size: Fact<u32>,
    /// The national steps taken.
    #[cfg_attr(feature = "serde", serde(default))]
    pub procedure: Procedure,
}

impl Contingent {
    /// A contingent of `state` of which nothing else is known.
    #[must_use]
    pub fn new(state: CountryCode) -> Self {
        Self {
            state,
            kind: Fact::Unknown,
            size: Fact::Unknown,
            procedure: Procedure::default(),
        }
    }

    /// The same with its kind known.
    #[must_use]
    pub const fn kind(mut self, kind: ContingentKind) -> Self {
        self.kind = Fact::Known(kind);
        self
    }

    /// The same with its size known.
    #[must_use]
    pub const fn size(mut self, persons: u32) -> Self {
        self.size = Fact::Known(persons);
        self
    }

    /// The same with the Assembly's consent known.
    #[must_use]
    pub const fn assembly_consent(mut self, consent: AssemblyConsent) -> Self {
        self.procedure.assembly_consent = Fact::Known(consent);
        self
    }

    /// The same with the provisional agreement known.
    #[must_use]
    pub const fn provisional_agreement(mut self, agreement: Agreement) -> Self {
        self.procedure.provisional_agreement = Fact::Known(agreement);
        self
    }
}
