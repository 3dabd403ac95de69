//! Facts named by type, written as their JSON paths.

use std::fmt;
use std::str::FromStr;

use crate::Error;
use crate::assess::ConsentTo;

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

/// `name[i]` → (`name`, i).
fn indexed(s: &str) -> Option<(&str, usize)> {
    let (name, rest) = s.split_once('[')?;
    let index = rest.strip_suffix(']')?.parse().ok()?;
    Some((name, index))
}

fn consent_to(field: &str) -> Option<ConsentTo> {
    match field {
        "to_operation" => Some(ConsentTo::Operation),
        "to_japan" => Some(ConsentTo::JapansParticipation),
        _ => None,
    }
}

impl FromStr for FactPath {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let simple = [
            Self::OperationKind,
            Self::OperationConflict,
            Self::OperationHostIsParty,
            Self::Parties,
            Self::Ceasefires,
            Self::HostConsent(ConsentTo::Operation),
            Self::HostConsent(ConsentTo::JapansParticipation),
            Self::HostConsentWithdrawnOn(ConsentTo::Operation),
            Self::HostConsentWithdrawnOn(ConsentTo::JapansParticipation),
            Self::HostConsentStablyMaintained,
            Self::Impartiality,
            Self::ContingentKind,
            Self::ContingentSize,
            Self::AlreadyEngaged,
            Self::WithdrawalReserved,
            Self::DietApproval,
        ];
        if let Some(p) = simple.into_iter().find(|p| *p == s) {
            return Ok(p);
        }
        let unknown = || Error::UnknownFactPath {
            input: s.to_owned(),
        };
        let mut segments = s.split('.');
        let (name, index) = segments.next().and_then(indexed).ok_or_else(unknown)?;
        let rest: Vec<&str> = segments.collect();
        let path = match (name, rest.as_slice()) {
            ("parties", ["name"]) => Self::PartyName(index),
            ("parties", [field]) => Self::PartyConsent {
                party: index,
                to: consent_to(field).ok_or_else(unknown)?,
            },
            ("parties", [field, "given", "withdrawn_on"]) => Self::PartyConsentWithdrawnOn {
                party: index,
                to: consent_to(field).ok_or_else(unknown)?,
            },
            ("ceasefires", ["broken_on"]) => Self::CeasefireBrokenOn(index),
            ("ceasefires", [inner]) => match indexed(inner) {
                Some(("parties", party)) => Self::CeasefireParty {
                    ceasefire: index,
                    party,
                },
                _ => return Err(unknown()),
            },
            _ => return Err(unknown()),
        };
        Ok(path)
    }
}

impl PartialEq<str> for FactPath {
    fn eq(&self, other: &str) -> bool {
        let text = self.to_string();
        text == other
    }
}

impl PartialEq<&str> for FactPath {
    fn eq(&self, other: &&str) -> bool {
        self == *other
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for FactPath {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for FactPath {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// What would decide an undetermined verdict: an unknown fact, or an
/// assumption the caller can set. `Display` (and JSON) write the fact's
/// path or the assumption's (`assumptions.headcount_cap_after_2016`).
///
/// # Example
///
/// ```
/// use pko_principles::{assess, Decider, Deployment, FactPath};
///
/// let a = assess(&Deployment::default(), pko_core::date(2012, 1, 15))?;
/// assert_eq!(a.deciding_facts()[0], Decider::Fact(FactPath::OperationKind));
/// assert_eq!(a.deciding_facts()[0], "operation.kind");
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Decider {
    /// An unknown fact.
    Fact(FactPath),
    /// An assumption left open (its path).
    Assumption(String),
}

impl fmt::Display for Decider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Fact(p) => p.fmt(f),
            Self::Assumption(a) => f.write_str(a),
        }
    }
}

impl PartialEq<str> for Decider {
    fn eq(&self, other: &str) -> bool {
        let text = self.to_string();
        text == other
    }
}

impl PartialEq<&str> for Decider {
    fn eq(&self, other: &&str) -> bool {
        self == *other
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Decider {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}
