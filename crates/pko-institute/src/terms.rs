//! The names the rules, the problems and the programmes share: the kinds
//! of Governing Council seat, the human-security areas of the programmes
//! and who carries them out (section F).

use std::fmt;
use std::str::FromStr;

use crate::error::Error;

/// The kinds of Governing Council seat.
///
/// # Example
///
/// ```
/// use pko_institute::SeatKind;
/// assert_eq!(SeatKind::FormerSeniorOfficial.to_string(), "former senior official with UN peace-operations service");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum SeatKind {
    /// A representative of a member's government.
    GovernmentRepresentative,
    /// A former senior official of a member state who served in UN peace
    /// operations.
    FormerSeniorOfficial,
    /// A representative of NGOs engaged in humanitarian and development
    /// activities.
    NgoRepresentative,
}

impl fmt::Display for SeatKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::GovernmentRepresentative => "government representative",
            Self::FormerSeniorOfficial => "former senior official with UN peace-operations service",
            Self::NgoRepresentative => "NGO representative",
        })
    }
}

/// The areas of the programmes for human security and sustainable peace
/// that the speech says "should include" (section F): a closed list in the
/// speech's words.
///
/// # Example
///
/// ```
/// use pko_institute::HumanSecurityArea;
///
/// assert_eq!(HumanSecurityArea::ALL.len(), 6);
/// assert_eq!(HumanSecurityArea::ProtectionOfCivilians.to_string(), "protection of civilians including refugees and IDPs");
/// assert_eq!("food security".parse::<HumanSecurityArea>()?, HumanSecurityArea::FoodSecurity);
/// # Ok::<(), pko_institute::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum HumanSecurityArea {
    /// "to strengthen the rule of law".
    RuleOfLaw,
    /// "security sector reform".
    SecuritySectorReform,
    /// "electoral assistance".
    ElectoralAssistance,
    /// "protection of civilians including refugees and IDPs".
    ProtectionOfCivilians,
    /// "food security".
    FoodSecurity,
    /// "education".
    Education,
}

impl HumanSecurityArea {
    /// The six, in the speech's order.
    pub const ALL: &'static [Self] = &[
        Self::RuleOfLaw,
        Self::SecuritySectorReform,
        Self::ElectoralAssistance,
        Self::ProtectionOfCivilians,
        Self::FoodSecurity,
        Self::Education,
    ];
}

impl fmt::Display for HumanSecurityArea {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(match self {
            Self::RuleOfLaw => "the rule of law",
            Self::SecuritySectorReform => "security sector reform",
            Self::ElectoralAssistance => "electoral assistance",
            Self::ProtectionOfCivilians => "protection of civilians including refugees and IDPs",
            Self::FoodSecurity => "food security",
            Self::Education => "education",
        })
    }
}

impl FromStr for HumanSecurityArea {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        crate::charter::by_name(
            s,
            Self::ALL,
            &[(Self::ProtectionOfCivilians, "protection of civilians")],
        )
        .ok_or_else(|| Error::UnknownHumanSecurityArea { name: s.to_owned() })
    }
}

/// Who carries a programme out: the speech wants "not only international
/// but also national and non-governmental organizations".
///
/// # Example
///
/// ```
/// use pko_institute::Implementer;
/// assert_eq!(Implementer::NonGovernmental.to_string(), "non-governmental organisations");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Implementer {
    /// International organisations.
    International,
    /// National organisations.
    National,
    /// Non-governmental organisations.
    NonGovernmental,
}

impl Implementer {
    /// The three, in the speech's order.
    pub const ALL: &'static [Self] = &[Self::International, Self::National, Self::NonGovernmental];
}

impl fmt::Display for Implementer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::International => "international organisations",
            Self::National => "national organisations",
            Self::NonGovernmental => "non-governmental organisations",
        })
    }
}
