//! Typed names read from text: every `FromStr` of the crate's names (fact
//! paths, assumptions and their values), and their serde forms, in one
//! place above the types and the error they use.

use std::str::FromStr;

use crate::assumption::{
    Assumption, Assumptions, Carryover, GracePeriod, HeadcountCap, Reading, Similarity,
};
use crate::error::Error;
use crate::fact_path::FactPath;
use crate::facts::ConsentTo;
use crate::in_kind::TransferFact;

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

/// The schema: the path's text, in one of the shapes `FromStr` reads.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for FactPath {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("FactPath")
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "The JSON path of a fact of the deployment (`host_consent.to_japan`, `parties[0].to_operation`).",
            "type": "string",
            "pattern": "^(operation\\.(kind|conflict|host_is_party)|parties|ceasefires|host_consent\\.(to_operation|to_japan)(\\.given\\.withdrawn_on)?|host_consent\\.stably_maintained|impartiality|contingent\\.(kind|size)|already_engaged|withdrawal_reserved|diet_approval|parties\\[[0-9]+\\]\\.(name|(to_operation|to_japan)(\\.given\\.withdrawn_on)?)|ceasefires\\[[0-9]+\\]\\.(broken_on|parties\\[[0-9]+\\]))$",
            "examples": ["host_consent.to_japan"]
        })
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

impl FromStr for Assumption {
    type Err = Error;

    /// Reads a name (`diet_approval_2015_tasks`) or a JSON path
    /// (`assumptions.diet_approval_2015_tasks`).
    fn from_str(s: &str) -> Result<Self, Error> {
        let name = s.strip_prefix("assumptions.").unwrap_or(s);
        Self::ALL
            .iter()
            .copied()
            .find(|a| a.name() == name)
            .ok_or_else(|| Error::UnknownAssumption {
                input: s.to_owned(),
            })
    }
}

/// The schema: `assumptions.NAME` (as written), or the bare name (as
/// also read).
#[cfg(feature = "schema")]
impl schemars::JsonSchema for Assumption {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("Assumption")
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let names: Vec<String> = Assumption::ALL
            .iter()
            .flat_map(|a| [a.to_string(), a.name().to_owned()])
            .collect();
        schemars::json_schema!({
            "description": "An open reading of the law, named as a JSON path (`assumptions.diet_approval_2015_tasks`).",
            "type": "string",
            "enum": names
        })
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Assumption {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Assumption {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A value of `assumption` from its text, or the error naming both.
fn value<T>(
    assumption: Assumption,
    input: &str,
    read: impl FnOnce(&str) -> Option<T>,
) -> Result<T, Error> {
    read(input).ok_or_else(|| Error::InvalidAssumptionValue {
        assumption,
        input: input.to_owned(),
    })
}

fn reading(s: &str) -> Option<Reading> {
    match s {
        "open" => Some(Reading::Open),
        "yes" => Some(Reading::Yes),
        "no" => Some(Reading::No),
        _ => None,
    }
}

fn similarity(s: &str) -> Option<Similarity> {
    match s {
        "open" => Some(Similarity::Open),
        "pkf_core" => Some(Similarity::PkfCore),
        "election" => Some(Similarity::Election),
        "administration" => Some(Similarity::Administration),
        "support" => Some(Similarity::Support),
        _ => None,
    }
}

fn carryover(s: &str) -> Option<Carryover> {
    match s {
        "apply" => Some(Carryover::Apply),
        "open" => Some(Carryover::Open),
        _ => None,
    }
}

fn headcount_cap(s: &str) -> Option<HeadcountCap> {
    match s {
        "open" => Some(HeadcountCap::Open),
        "none" => Some(HeadcountCap::Removed),
        n => n.parse().ok().map(HeadcountCap::Of),
    }
}

#[expect(
    clippy::option_option,
    reason = "the outer `None` is text that is no value; the inner one is the value `open`, as `Assumptions::grace_period_days` holds it"
)]
fn grace(s: &str) -> Option<Option<GracePeriod>> {
    match s {
        "open" => Some(None),
        n => n.parse().ok().map(|d| Some(GracePeriod::days(d))),
    }
}

impl Assumptions {
    /// Sets `which` from its text, as JSON and the command line write it
    /// (`yes`, `pkf_core`, `1500`, `open`…; see [`Assumption::values`]).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidAssumptionValue`] naming the assumption and the
    /// values it takes.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Assumption, Assumptions, Similarity};
    ///
    /// let mut a = Assumptions::default();
    /// a.set(Assumption::HeadquartersStaffSimilarTo, "support")?;
    /// assert_eq!(a.headquarters_staff_similar_to, Similarity::Support);
    /// let err = a.set(Assumption::DietApproval2015Tasks, "maybe").unwrap_err();
    /// assert_eq!(err.to_string(), "`maybe` is not a value of `assumptions.diet_approval_2015_tasks`: expected yes, no, open");
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub fn set(&mut self, which: Assumption, text: &str) -> Result<(), Error> {
        let text = text.trim();
        match which {
            Assumption::NoConflictClauseSince1992 => {
                self.no_conflict_clause_since_1992 = value(which, text, reading)?;
            }
            Assumption::CoordinatedAsPeacekeeping => {
                self.coordinated_as_peacekeeping = value(which, text, reading)?;
            }
            Assumption::HeadquartersStaffSimilarTo => {
                self.headquarters_staff_similar_to = value(which, text, similarity)?;
            }
            Assumption::MilitaryLiaisonSimilarTo => {
                self.military_liaison_similar_to = value(which, text, similarity)?;
            }
            Assumption::Pre2016TextAfter2016 => {
                self.pre_2016_text_after_2016 = value(which, text, carryover)?;
            }
            Assumption::DietApprovalCoreAfter2016 => {
                self.diet_approval_core_after_2016 = value(which, text, reading)?;
            }
            Assumption::DietApproval2015Tasks => {
                self.diet_approval_2015_tasks = value(which, text, reading)?;
            }
            Assumption::HeadcountCapAfter2016 => {
                self.headcount_cap_after_2016 = value(which, text, headcount_cap)?;
            }
            Assumption::UnverifiedPermissions => {
                self.unverified_permissions = value(which, text, reading)?;
            }
            Assumption::GracePeriodDays => self.grace_period_days = value(which, text, grace)?,
        }
        Ok(())
    }

    /// Sets assumptions from `NAME=VALUE` pairs, as `pko … --assume` takes
    /// them.
    ///
    /// # Errors
    ///
    /// [`Error::UnknownAssumption`] for a name that is not an assumption (or
    /// a pair without `=`); [`Error::InvalidAssumptionValue`] for a value it
    /// does not take.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Assumptions, HeadcountCap, Reading};
    ///
    /// let mut a = Assumptions::default();
    /// a.set_all(["diet_approval_2015_tasks=no", "headcount_cap_after_2016=2000"])?;
    /// assert_eq!((a.diet_approval_2015_tasks, a.headcount_cap_after_2016), (Reading::No, HeadcountCap::Of(2_000)));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub fn set_all<'a>(&mut self, pairs: impl IntoIterator<Item = &'a str>) -> Result<(), Error> {
        for pair in pairs {
            let (name, text) = pair
                .split_once('=')
                .ok_or_else(|| Error::UnknownAssumption {
                    input: pair.to_owned(),
                })?;
            self.set(name.trim().parse()?, text)?;
        }
        Ok(())
    }
}

impl FromStr for TransferFact {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        Self::ALL
            .iter()
            .copied()
            .find(|f| f.path() == s)
            .ok_or_else(|| Error::UnknownFactPath {
                input: s.to_owned(),
            })
    }
}

/// The schema: one of the paths.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for TransferFact {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("TransferFact")
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let paths: Vec<&str> = TransferFact::ALL.iter().map(|f| f.path()).collect();
        schemars::json_schema!({
            "description": "The JSON path of a fact of a transfer in kind.",
            "type": "string",
            "enum": paths
        })
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for TransferFact {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.path())
    }
}
