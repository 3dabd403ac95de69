//! The model of a sourced figure: what it counts, how it is stated, its
//! value and its identifier.

use std::fmt;

use pko_core::{Percent, Source, Usd, When};
use rust_decimal::Decimal;

/// How a figure is stated.
///
/// # Example
///
/// ```
/// use pko_contributions::speech::Qualifier;
/// assert_eq!(Qualifier::MoreThan.to_string(), "more than ");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Qualifier {
    /// As stated, exactly.
    Exact,
    /// "About".
    About,
    /// "More than".
    MoreThan,
    /// "Nearly".
    Nearly,
}

impl fmt::Display for Qualifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Exact => "",
            Self::About => "about ",
            Self::MoreThan => "more than ",
            Self::Nearly => "nearly ",
        })
    }
}

/// A quantity with its unit.
///
/// # Example
///
/// ```
/// use pko_contributions::speech::Quantity;
/// assert_eq!(Quantity::Persons(106_854).to_string(), "106,854 persons");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Quantity {
    /// A number of persons.
    Persons(u64),
    /// A number of things (missions, countries, rounds).
    Count(u64),
    /// A percentage.
    Percent(Percent),
    /// An amount of US dollars.
    Usd(Usd),
    /// A ratio (dimensionless).
    Ratio(Decimal),
    /// A rank.
    Rank(u64),
}

fn grouped(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Persons(n) => write!(f, "{} persons", grouped(*n)),
            Self::Count(n) => f.write_str(&grouped(*n)),
            Self::Percent(p) => p.fmt(f),
            Self::Usd(u) => u.fmt(f),
            Self::Ratio(r) => write!(f, "×{r}"),
            Self::Rank(r) => write!(f, "rank {r}"),
        }
    }
}

/// The identifier of a sourced figure: one variant per figure of
/// [`figures`](super::figures), written in `Display`, `FromStr` and JSON as its kebab-case
/// name (`japan-missions-since-1992`).
///
/// # Example
///
/// ```
/// use pko_contributions::speech::FigureId;
///
/// let id: FigureId = "uniformed-total".parse()?;
/// assert_eq!(id, FigureId::UniformedTotal);
/// assert_eq!(id.to_string(), "uniformed-total");
/// assert!("no-such-figure".parse::<FigureId>().is_err());
/// # Ok::<(), pko_contributions::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum FigureId {
    /// `japan-personnel-since-1992`.
    JapanPersonnelSince1992,
    /// `japan-missions-since-1992`.
    JapanMissionsSince1992,
    /// `japan-share-2000-2005`.
    JapanShare2000_2005,
    /// `japan-share-now`.
    JapanShareNow,
    /// `japan-contribution-last-year`.
    JapanContributionLastYear,
    /// `programme-trained-japanese`.
    ProgrammeTrainedJapanese,
    /// `programme-trained-foreigners`.
    ProgrammeTrainedForeigners,
    /// `sml-participants`.
    SmlParticipants,
    /// `sml-countries`.
    SmlCountries,
    /// `lecturers-sdf`.
    LecturersSdf,
    /// `lecturers-civilian`.
    LecturersCivilian,
    /// `training-centres-support`.
    TrainingCentresSupport,
    /// `training-centres-africa`.
    TrainingCentresAfrica,
    /// `ammunition-rounds`.
    AmmunitionRounds,
    /// `programme-japanese-per-year`.
    ProgrammeJapanesePerYear,
    /// `programme-foreigners-per-year`.
    ProgrammeForeignersPerYear,
    /// `programme-years`.
    ProgrammeYears,
    /// `programme-assigned`.
    ProgrammeAssigned,
    /// `programme-duty-stations`.
    ProgrammeDutyStations,
    /// `uniformed-total`.
    UniformedTotal,
    /// `uniformed-troops`.
    UniformedTroops,
    /// `uniformed-police`.
    UniformedPolice,
    /// `uniformed-observers`.
    UniformedObservers,
    /// `civilian-total`.
    CivilianTotal,
    /// `civilian-international`.
    CivilianInternational,
    /// `civilian-local`.
    CivilianLocal,
    /// `un-volunteers`.
    UnVolunteers,
    /// `japanese-civilians`.
    JapaneseCivilians,
    /// `japan-contribution-2014-15`.
    JapanContribution2014_15,
    /// `japan-share-2014-15`.
    JapanShare2014_15,
    /// `budget-2014-15`.
    Budget2014_15,
    /// `ipi-troops-2015-03`.
    IpiTroops2015_03,
    /// `ipi-police-2015-03`.
    IpiPolice2015_03,
    /// `ipi-experts-2015-03`.
    IpiExperts2015_03,
    /// `ipi-total-2015-03`.
    IpiTotal2015_03,
    /// `mofa-japan-personnel`.
    MofaJapanPersonnel,
    /// `budget-2013-14`.
    Budget2013_14,
    /// `budget-2014-15-approved-july-2014`.
    Budget2014_15ApprovedJuly2014,
    /// `budget-2014-15-final`.
    Budget2014_15Final,
    /// `budget-2015-16`.
    Budget2015_16,
}

impl FigureId {
    /// Every figure, in the order of the speech and then the sources
    /// beside it.
    pub const ALL: &'static [Self] = &[
        Self::JapanPersonnelSince1992,
        Self::JapanMissionsSince1992,
        Self::JapanShare2000_2005,
        Self::JapanShareNow,
        Self::JapanContributionLastYear,
        Self::ProgrammeTrainedJapanese,
        Self::ProgrammeTrainedForeigners,
        Self::SmlParticipants,
        Self::SmlCountries,
        Self::LecturersSdf,
        Self::LecturersCivilian,
        Self::TrainingCentresSupport,
        Self::TrainingCentresAfrica,
        Self::AmmunitionRounds,
        Self::ProgrammeJapanesePerYear,
        Self::ProgrammeForeignersPerYear,
        Self::ProgrammeYears,
        Self::ProgrammeAssigned,
        Self::ProgrammeDutyStations,
        Self::UniformedTotal,
        Self::UniformedTroops,
        Self::UniformedPolice,
        Self::UniformedObservers,
        Self::CivilianTotal,
        Self::CivilianInternational,
        Self::CivilianLocal,
        Self::UnVolunteers,
        Self::JapaneseCivilians,
        Self::JapanContribution2014_15,
        Self::JapanShare2014_15,
        Self::Budget2014_15,
        Self::IpiTroops2015_03,
        Self::IpiPolice2015_03,
        Self::IpiExperts2015_03,
        Self::IpiTotal2015_03,
        Self::MofaJapanPersonnel,
        Self::Budget2013_14,
        Self::Budget2014_15ApprovedJuly2014,
        Self::Budget2014_15Final,
        Self::Budget2015_16,
    ];

    /// Its position in [`FigureId::ALL`], which is its declaration order.
    #[expect(
        clippy::as_conversions,
        reason = "the discriminant of a field-less enum without explicit values is its declaration order"
    )]
    pub(super) const fn index(self) -> usize {
        self as usize
    }

    /// The kebab-case name.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::speech::FigureId::Budget2014_15.as_str(), "budget-2014-15");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::JapanPersonnelSince1992 => "japan-personnel-since-1992",
            Self::JapanMissionsSince1992 => "japan-missions-since-1992",
            Self::JapanShare2000_2005 => "japan-share-2000-2005",
            Self::JapanShareNow => "japan-share-now",
            Self::JapanContributionLastYear => "japan-contribution-last-year",
            Self::ProgrammeTrainedJapanese => "programme-trained-japanese",
            Self::ProgrammeTrainedForeigners => "programme-trained-foreigners",
            Self::SmlParticipants => "sml-participants",
            Self::SmlCountries => "sml-countries",
            Self::LecturersSdf => "lecturers-sdf",
            Self::LecturersCivilian => "lecturers-civilian",
            Self::TrainingCentresSupport => "training-centres-support",
            Self::TrainingCentresAfrica => "training-centres-africa",
            Self::AmmunitionRounds => "ammunition-rounds",
            Self::ProgrammeJapanesePerYear => "programme-japanese-per-year",
            Self::ProgrammeForeignersPerYear => "programme-foreigners-per-year",
            Self::ProgrammeYears => "programme-years",
            Self::ProgrammeAssigned => "programme-assigned",
            Self::ProgrammeDutyStations => "programme-duty-stations",
            Self::UniformedTotal => "uniformed-total",
            Self::UniformedTroops => "uniformed-troops",
            Self::UniformedPolice => "uniformed-police",
            Self::UniformedObservers => "uniformed-observers",
            Self::CivilianTotal => "civilian-total",
            Self::CivilianInternational => "civilian-international",
            Self::CivilianLocal => "civilian-local",
            Self::UnVolunteers => "un-volunteers",
            Self::JapaneseCivilians => "japanese-civilians",
            Self::JapanContribution2014_15 => "japan-contribution-2014-15",
            Self::JapanShare2014_15 => "japan-share-2014-15",
            Self::Budget2014_15 => "budget-2014-15",
            Self::IpiTroops2015_03 => "ipi-troops-2015-03",
            Self::IpiPolice2015_03 => "ipi-police-2015-03",
            Self::IpiExperts2015_03 => "ipi-experts-2015-03",
            Self::IpiTotal2015_03 => "ipi-total-2015-03",
            Self::MofaJapanPersonnel => "mofa-japan-personnel",
            Self::Budget2013_14 => "budget-2013-14",
            Self::Budget2014_15ApprovedJuly2014 => "budget-2014-15-approved-july-2014",
            Self::Budget2014_15Final => "budget-2014-15-final",
            Self::Budget2015_16 => "budget-2015-16",
        }
    }
}

by_name!(
    FigureId,
    "FigureId",
    "The id of one of the speech's figures.",
    UnknownFigureId
);

/// A sourced figure: what it counts, its value, its date, its source.
///
/// # Example
///
/// ```
/// use pko_contributions::speech::{figure, FigureId, Quantity};
///
/// let f = figure(FigureId::UniformedTotal);
/// assert_eq!(f.quantity(), Quantity::Persons(106_854));
/// assert_eq!(f.as_of().map(|d| d.to_string()), Some("2015-03-31".into()));
/// assert_eq!(f.source().locator().map(ToString::to_string), Some("section E.2".into()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Figure {
    pub(super) id: FigureId,
    pub(super) what: &'static str,
    pub(super) qualifier: Qualifier,
    pub(super) quantity: Quantity,
    pub(super) as_of: Option<When>,
    pub(super) source: Source,
}

impl Figure {
    /// Its identifier.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::speech::{figures, FigureId};
    /// assert_eq!(figures()[0].id(), FigureId::JapanPersonnelSince1992);
    /// ```
    #[must_use]
    pub const fn id(&self) -> FigureId {
        self.id
    }

    /// What it counts, in words.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_contributions::speech::figure(pko_contributions::speech::FigureId::UniformedPolice).what().contains("police"));
    /// ```
    #[must_use]
    pub const fn what(&self) -> &'static str {
        self.what
    }

    /// How it is stated ("more than", "about").
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::speech::{figure, FigureId, Qualifier};
    /// assert_eq!(figure(FigureId::JapanPersonnelSince1992).qualifier(), Qualifier::MoreThan);
    /// ```
    #[must_use]
    pub const fn qualifier(&self) -> Qualifier {
        self.qualifier
    }

    /// The value.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::speech::{figure, FigureId, Quantity};
    /// assert_eq!(figure(FigureId::JapanMissionsSince1992).quantity(), Quantity::Count(13));
    /// ```
    #[must_use]
    pub const fn quantity(&self) -> Quantity {
        self.quantity
    }

    /// The day or month it refers to, if one is given: a month where the
    /// source gives no day.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::speech::{figure, FigureId};
    /// assert_eq!(figure(FigureId::UnVolunteers).as_of().map(|d| d.to_string()), Some("2014-12-31".into()));
    /// // "approved in July 2014": a month, no day made up.
    /// let july = figure(FigureId::Budget2014_15ApprovedJuly2014).as_of();
    /// assert_eq!(july.map(|d| d.to_string()), Some("2014-07".into()));
    /// ```
    #[must_use]
    pub const fn as_of(&self) -> Option<When> {
        self.as_of
    }

    /// Its source.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::Reliability;
    /// assert_eq!(pko_contributions::speech::figure(pko_contributions::speech::FigureId::IpiPolice2015_03).source().reliability(), Reliability::Secondary);
    /// ```
    #[must_use]
    pub const fn source(&self) -> &Source {
        &self.source
    }
}

impl fmt::Display for Figure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}{}", self.what, self.qualifier, self.quantity)?;
        if let Some(d) = self.as_of {
            write!(f, " (as of {d})")?;
        }
        write!(f, " [{}]", self.source)
    }
}
