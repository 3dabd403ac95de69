//! Facts named by type, written as their JSON paths.

use std::fmt;

use crate::facts::ConsentTo;

/// A fact of a [`Deployment`](crate::Deployment). `Display` writes its path
/// in the JSON form (`operation.kind`, `parties[1].to_japan`), and `FromStr`
/// and serde read it back.
///
/// Reasons ([`Reason::Unknown`](crate::Reason::Unknown)), the facts that
/// would decide an undetermined verdict and consistency errors name facts
/// this way.
///
/// # Example
///
/// ```
/// use pko_principles::{ConsentTo, FactPath};
///
/// let p = FactPath::PartyConsent { party: 1, to: ConsentTo::JapansParticipation };
/// assert_eq!(p.to_string(), "parties[1].to_japan");
/// assert_eq!("parties[1].to_japan".parse::<FactPath>()?, p);
/// assert_eq!(FactPath::ContingentSize, "contingent.size");
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum FactPath {
    /// `operation.kind`.
    OperationKind,
    /// `operation.conflict`.
    OperationConflict,
    /// `operation.host_is_party`.
    OperationHostIsParty,
    /// `parties`.
    Parties,
    /// `parties[i].name`.
    PartyName(usize),
    /// `parties[i].to_operation` or `parties[i].to_japan`.
    PartyConsent {
        /// The party's position.
        party: usize,
        /// Which consent.
        to: ConsentTo,
    },
    /// `parties[i].to_….given.withdrawn_on`.
    PartyConsentWithdrawnOn {
        /// The party's position.
        party: usize,
        /// Which consent.
        to: ConsentTo,
    },
    /// `ceasefires`.
    Ceasefires,
    /// `ceasefires[i].parties[j]`.
    CeasefireParty {
        /// The ceasefire's position.
        ceasefire: usize,
        /// The party's position in it.
        party: usize,
    },
    /// `ceasefires[i].broken_on`.
    CeasefireBrokenOn(usize),
    /// `host_consent.to_operation` or `host_consent.to_japan`.
    HostConsent(ConsentTo),
    /// `host_consent.to_….given.withdrawn_on`.
    HostConsentWithdrawnOn(ConsentTo),
    /// `host_consent.stably_maintained`.
    HostConsentStablyMaintained,
    /// `impartiality`.
    Impartiality,
    /// `contingent.kind`.
    ContingentKind,
    /// `contingent.size`.
    ContingentSize,
    /// `already_engaged`.
    AlreadyEngaged,
    /// `withdrawal_reserved`.
    WithdrawalReserved,
    /// `diet_approval`.
    DietApproval,
}

const fn consent_field(to: ConsentTo) -> &'static str {
    match to {
        ConsentTo::Operation => "to_operation",
        ConsentTo::JapansParticipation => "to_japan",
    }
}

impl fmt::Display for FactPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::OperationKind => f.write_str("operation.kind"),
            Self::OperationConflict => f.write_str("operation.conflict"),
            Self::OperationHostIsParty => f.write_str("operation.host_is_party"),
            Self::Parties => f.write_str("parties"),
            Self::PartyName(i) => write!(f, "parties[{i}].name"),
            Self::PartyConsent { party, to } => {
                write!(f, "parties[{party}].{}", consent_field(*to))
            }
            Self::PartyConsentWithdrawnOn { party, to } => {
                write!(
                    f,
                    "parties[{party}].{}.given.withdrawn_on",
                    consent_field(*to)
                )
            }
            Self::Ceasefires => f.write_str("ceasefires"),
            Self::CeasefireParty { ceasefire, party } => {
                write!(f, "ceasefires[{ceasefire}].parties[{party}]")
            }
            Self::CeasefireBrokenOn(i) => write!(f, "ceasefires[{i}].broken_on"),
            Self::HostConsent(to) => write!(f, "host_consent.{}", consent_field(*to)),
            Self::HostConsentWithdrawnOn(to) => {
                write!(f, "host_consent.{}.given.withdrawn_on", consent_field(*to))
            }
            Self::HostConsentStablyMaintained => f.write_str("host_consent.stably_maintained"),
            Self::Impartiality => f.write_str("impartiality"),
            Self::ContingentKind => f.write_str("contingent.kind"),
            Self::ContingentSize => f.write_str("contingent.size"),
            Self::AlreadyEngaged => f.write_str("already_engaged"),
            Self::WithdrawalReserved => f.write_str("withdrawal_reserved"),
            Self::DietApproval => f.write_str("diet_approval"),
        }
    }
}

impl PartialEq<str> for FactPath {
    fn eq(&self, other: &str) -> bool {
        displays_as(self, other)
    }
}

impl PartialEq<&str> for FactPath {
    fn eq(&self, other: &&str) -> bool {
        self == *other
    }
}

/// Whether `value` displays as `text`, compared piece by piece as it is
/// written, without building the string.
pub(crate) fn displays_as(value: &impl fmt::Display, text: &str) -> bool {
    /// The text not yet matched; writing a piece it does not start with
    /// stops the formatting.
    struct Compare<'a>(&'a str);
    impl fmt::Write for Compare<'_> {
        fn write_str(&mut self, piece: &str) -> fmt::Result {
            self.0 = self.0.strip_prefix(piece).ok_or(fmt::Error)?;
            Ok(())
        }
    }
    let mut c = Compare(text);
    fmt::write(&mut c, format_args!("{value}")).is_ok() && c.0.is_empty()
}
