//! Scales of assessment and assessed amounts.

use std::fmt;
use std::str::FromStr;

use pko_core::{CountryCode, Percent, Rounding, Source, Usd, apportion};
use rust_decimal::Decimal;

use crate::{Error, Ranking, ScaleProblem};

/// Which budget a scale apportions.
///
/// # Example
///
/// ```
/// use pko_contributions::ScaleKind;
///
/// assert_eq!(ScaleKind::Peacekeeping.to_string(), "peacekeeping");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum ScaleKind {
    /// The UN regular budget.
    RegularBudget,
    /// Peacekeeping operations (effective rates after level discounts and
    /// the permanent members' premium).
    Peacekeeping,
}

impl fmt::Display for ScaleKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::RegularBudget => "regular budget",
            Self::Peacekeeping => "peacekeeping",
        })
    }
}

/// The years a scale applies to: one year (`2015`) or a span
/// (`2013-2015`).
///
/// # Example
///
/// ```
/// use pko_contributions::ScalePeriod;
///
/// let p: ScalePeriod = "2013-2015".parse()?;
/// assert_eq!((p.first_year(), p.last_year()), (2013, 2015));
/// assert_eq!(p.to_string(), "2013-2015");
/// assert!(p.contains(2014));
/// # Ok::<(), pko_contributions::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ScalePeriod {
    first: u16,
    last: u16,
}

impl ScalePeriod {
    /// The years `first` to `last`, both included.
    ///
    /// # Errors
    ///
    /// [`Error::Scale`] with [`ScaleProblem::BadPeriod`] if `last < first`.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::ScalePeriod;
    ///
    /// assert_eq!(ScalePeriod::new(2016, 2018)?.to_string(), "2016-2018");
    /// assert!(ScalePeriod::new(2018, 2016).is_err());
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    pub fn new(first: u16, last: u16) -> Result<Self, Error> {
        if last < first {
            return Err(Error::Scale(ScaleProblem::BadPeriod {
                text: format!("{first}-{last}"),
            }));
        }
        Ok(Self { first, last })
    }

    /// A single year.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::ScalePeriod::year(2015).to_string(), "2015");
    /// ```
    #[must_use]
    pub const fn year(year: u16) -> Self {
        Self {
            first: year,
            last: year,
        }
    }

    /// The first year.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::ScalePeriod::year(2015).first_year(), 2015);
    /// ```
    #[must_use]
    pub const fn first_year(self) -> u16 {
        self.first
    }

    /// The last year.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::ScalePeriod::year(2015).last_year(), 2015);
    /// ```
    #[must_use]
    pub const fn last_year(self) -> u16 {
        self.last
    }

    /// Whether `year` is in the period.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(!pko_contributions::ScalePeriod::year(2015).contains(2016));
    /// ```
    #[must_use]
    pub const fn contains(self, year: u16) -> bool {
        self.first <= year && year <= self.last
    }
}

impl fmt::Display for ScalePeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.first == self.last {
            write!(f, "{}", self.first)
        } else {
            write!(f, "{}-{}", self.first, self.last)
        }
    }
}

impl FromStr for ScalePeriod {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        let bad = || Error::Scale(ScaleProblem::BadPeriod { text: s.to_owned() });
        let year = |t: &str| -> Result<u16, Error> {
            if t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) {
                t.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        match s.split_once('-') {
            Some((a, b)) => Self::new(year(a)?, year(b)?).map_err(|_| bad()),
            None => Ok(Self::year(year(s)?)),
        }
    }
}

/// The schema of the serde form: `"2015"` or `"2013-2015"`.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for ScalePeriod {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("ScalePeriod")
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "The years a scale of assessment applies to: one year (`2015`) or the first and last (`2013-2015`).",
            "type": "string",
            "pattern": "^[0-9]{4}(-[0-9]{4})?$",
            "examples": ["2013-2015"]
        })
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for ScalePeriod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for ScalePeriod {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A scale of assessment: a rate per member state for a period, with its
/// source.
///
/// A value that exists lists each member once and at least one member
/// (rates are [`Percent`], so none is negative). Whether the rates add up
/// to 100 is *reported*, not required ([`Scale::total`],
/// [`Scale::is_complete`]): a table in a speech may list only the largest
/// contributors.
///
/// # Example
///
/// ```
/// use pko_contributions::{Scale, ScaleKind};
/// use pko_core::{CountryCode, Source, Usd};
///
/// let s = Scale::new(
///     ScaleKind::Peacekeeping,
///     "2015".parse()?,
///     [(CountryCode::JPN, "10.83".parse()?), (CountryCode::CHN, "6.64".parse()?)],
///     Source::SPEECH,
/// )?;
/// assert_eq!(s.rate(CountryCode::JPN).map(|r| r.to_string()), Some("10.83%".into()));
/// assert_eq!(s.total().to_string(), "17.47");
/// assert!(!s.is_complete("0.001".parse()?));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(try_from = "ScaleRepr", into = "ScaleRepr"))]
pub struct Scale {
    kind: ScaleKind,
    period: ScalePeriod,
    rates: Vec<(CountryCode, Percent)>,
    source: Source,
}

/// The serde form of a [`Scale`], checked on the way in.
#[cfg(feature = "serde")]
#[derive(serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Scale"))]
#[serde(deny_unknown_fields)]
struct ScaleRepr {
    kind: ScaleKind,
    period: ScalePeriod,
    rates: Vec<(CountryCode, Percent)>,
    source: Source,
}

#[cfg(feature = "serde")]
impl TryFrom<ScaleRepr> for Scale {
    type Error = Error;
    fn try_from(r: ScaleRepr) -> Result<Self, Error> {
        Self::new(r.kind, r.period, r.rates, r.source)
    }
}

#[cfg(feature = "serde")]
impl From<Scale> for ScaleRepr {
    fn from(s: Scale) -> Self {
        Self {
            kind: s.kind,
            period: s.period,
            rates: s.rates,
            source: s.source,
        }
    }
}

impl Scale {
    /// A scale from `(member, rate)` pairs in any order.
    ///
    /// # Errors
    ///
    /// [`Error::Scale`] with [`ScaleProblem::Empty`] or
    /// [`ScaleProblem::Duplicate`].
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::{Scale, ScaleKind};
    /// use pko_core::Source;
    ///
    /// assert!(Scale::new(ScaleKind::RegularBudget, "2015".parse()?, [], Source::SPEECH).is_err());
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    pub fn new(
        kind: ScaleKind,
        period: ScalePeriod,
        rates: impl IntoIterator<Item = (CountryCode, Percent)>,
        source: Source,
    ) -> Result<Self, Error> {
        let mut rates: Vec<(CountryCode, Percent)> = rates.into_iter().collect();
        if rates.is_empty() {
            return Err(Error::Scale(ScaleProblem::Empty));
        }
        rates.sort_unstable_by_key(|(c, _)| *c);
        if let Some(pair) = rates.windows(2).find(|w| matches!(w, [a, b] if a.0 == b.0))
            && let Some((country, _)) = pair.first()
        {
            return Err(Error::Scale(ScaleProblem::Duplicate { country: *country }));
        }
        Ok(Self {
            kind,
            period,
            rates,
            source,
        })
    }

    /// A scale from a fixed table whose countries are distinct and which is
    /// not empty (the table's own build-time check says so), sorted as
    /// [`Scale::new`] sorts.
    pub(crate) fn from_distinct(
        kind: ScaleKind,
        period: ScalePeriod,
        rates: &[(CountryCode, Percent)],
        source: Source,
    ) -> Self {
        let mut rates = rates.to_vec();
        rates.sort_unstable_by_key(|(c, _)| *c);
        Self {
            kind,
            period,
            rates,
            source,
        }
    }

    /// Regular budget or peacekeeping.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::{Scale, ScaleKind};
    /// # let s = Scale::new(ScaleKind::Peacekeeping, "2015".parse()?, [(pko_core::CountryCode::JPN, "1".parse()?)], pko_core::Source::SPEECH)?;
    /// assert_eq!(s.kind(), ScaleKind::Peacekeeping);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn kind(&self) -> ScaleKind {
        self.kind
    }

    /// The years it applies to.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::{Scale, ScaleKind};
    /// # let s = Scale::new(ScaleKind::Peacekeeping, "2015".parse()?, [(pko_core::CountryCode::JPN, "1".parse()?)], pko_core::Source::SPEECH)?;
    /// assert_eq!(s.period().to_string(), "2015");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn period(&self) -> ScalePeriod {
        self.period
    }

    /// Where the rates come from.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::{Scale, ScaleKind};
    /// # let s = Scale::new(ScaleKind::Peacekeeping, "2015".parse()?, [(pko_core::CountryCode::JPN, "1".parse()?)], pko_core::Source::SPEECH)?;
    /// assert_eq!(s.source(), &pko_core::Source::SPEECH);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn source(&self) -> &Source {
        &self.source
    }

    /// Every `(member, rate)`, in the order of the members' codes.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::{Scale, ScaleKind};
    /// # use pko_core::CountryCode;
    /// # let s = Scale::new(ScaleKind::Peacekeeping, "2015".parse()?, [(CountryCode::KOR, "1".parse()?), (CountryCode::CHN, "2".parse()?)], pko_core::Source::SPEECH)?;
    /// assert_eq!(s.rates()[0].0, CountryCode::CHN);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn rates(&self) -> &[(CountryCode, Percent)] {
        &self.rates
    }

    /// A member's rate, if it is on the scale.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::{Scale, ScaleKind};
    /// # use pko_core::CountryCode;
    /// # let s = Scale::new(ScaleKind::Peacekeeping, "2015".parse()?, [(CountryCode::KOR, "1.99".parse()?)], pko_core::Source::SPEECH)?;
    /// assert_eq!(s.rate(CountryCode::USA), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn rate(&self, country: CountryCode) -> Option<Percent> {
        self.rates
            .binary_search_by_key(&country, |(c, _)| *c)
            .ok()
            .and_then(|i| self.rates.get(i))
            .map(|(_, r)| *r)
    }

    /// The sum of the rates, in percent, exact.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::{Scale, ScaleKind};
    /// # use pko_core::CountryCode;
    /// # let s = Scale::new(ScaleKind::Peacekeeping, "2015".parse()?, [(CountryCode::KOR, "1.99".parse()?), (CountryCode::JPN, "0.01".parse()?)], pko_core::Source::SPEECH)?;
    /// assert_eq!(s.total(), rust_decimal::Decimal::TWO);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn total(&self) -> Decimal {
        // At most a few hundred rates of at most 100 each: far from
        // Decimal's range, so the sum cannot overflow.
        self.rates.iter().map(|(_, r)| r.value()).sum()
    }

    /// Whether the rates add up to 100 within `tolerance` (in percentage
    /// points).
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::{Scale, ScaleKind};
    /// # use pko_core::CountryCode;
    /// # let s = Scale::new(ScaleKind::Peacekeeping, "2015".parse()?, [(CountryCode::KOR, "100".parse()?)], pko_core::Source::SPEECH)?;
    /// assert!(s.is_complete(rust_decimal::Decimal::ZERO));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn is_complete(&self, tolerance: Decimal) -> bool {
        (self.total() - Decimal::ONE_HUNDRED).abs() <= tolerance
    }

    /// How many members.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::{Scale, ScaleKind};
    /// # let s = Scale::new(ScaleKind::Peacekeeping, "2015".parse()?, [(pko_core::CountryCode::KOR, "1".parse()?)], pko_core::Source::SPEECH)?;
    /// assert_eq!(s.len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.rates.len()
    }

    /// Always `false`: a scale has at least one member.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::{Scale, ScaleKind};
    /// # let s = Scale::new(ScaleKind::Peacekeeping, "2015".parse()?, [(pko_core::CountryCode::KOR, "1".parse()?)], pko_core::Source::SPEECH)?;
    /// assert!(!s.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.rates.is_empty()
    }

    /// The members ranked by rate, with ties.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::{Scale, ScaleKind};
    /// # use pko_core::CountryCode;
    /// # let s = Scale::new(ScaleKind::Peacekeeping, "2015".parse()?, [(CountryCode::KOR, "1.99".parse()?), (CountryCode::JPN, "10.83".parse()?)], pko_core::Source::SPEECH)?;
    /// assert_eq!(*s.ranking().entries()[0].key(), CountryCode::JPN);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn ranking(&self) -> Ranking<CountryCode, Percent> {
        Ranking::new(self.rates.iter().copied())
    }

    /// The same rates restricted to some members (for example an
    /// institute's members), keeping the source.
    ///
    /// # Errors
    ///
    /// [`Error::Scale`] with [`ScaleProblem::Empty`] if none of them is on
    /// the scale.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::{Scale, ScaleKind};
    /// # use pko_core::CountryCode;
    /// # let s = Scale::new(ScaleKind::Peacekeeping, "2015".parse()?, [(CountryCode::KOR, "1.99".parse()?), (CountryCode::JPN, "10.83".parse()?), (CountryCode::USA, "28.38".parse()?)], pko_core::Source::SPEECH)?;
    /// let east_asia = s.restricted_to(&[CountryCode::JPN, CountryCode::KOR])?;
    /// assert_eq!(east_asia.len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn restricted_to(&self, members: &[CountryCode]) -> Result<Self, Error> {
        Self::new(
            self.kind,
            self.period,
            self.rates
                .iter()
                .filter(|(c, _)| members.contains(c))
                .copied(),
            self.source.clone(),
        )
    }

    /// Splits `budget` among the members in proportion to their rates,
    /// **exactly to the cent** (largest remainder, see
    /// [`pko_core::apportion`]): the amounts add up to `budget`. For a
    /// complete scale each amount is within a cent of `budget × rate / 100`;
    /// for a partial one, the rates are taken relative to each other.
    ///
    /// # Errors
    ///
    /// [`Error::Core`] if `budget` is negative or every rate is zero.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::{Scale, ScaleKind};
    /// # use pko_core::{CountryCode, Usd};
    /// let s = Scale::new(ScaleKind::Peacekeeping, "2015".parse()?, [(CountryCode::KOR, "40".parse()?), (CountryCode::JPN, "60".parse()?)], pko_core::Source::SPEECH)?;
    /// let shares = s.assessments(Usd::from_cents(1))?;
    /// assert_eq!(shares, [(CountryCode::JPN, Usd::from_cents(1)), (CountryCode::KOR, Usd::ZERO)]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn assessments(&self, budget: Usd) -> Result<Vec<(CountryCode, Usd)>, Error> {
        let weights: Vec<Decimal> = self.rates.iter().map(|(_, r)| r.value()).collect();
        let shares = apportion(budget, &weights)
            .map_err(Error::core("apportioning the budget on the scale"))?;
        Ok(self.rates.iter().map(|(c, _)| *c).zip(shares).collect())
    }

    /// One member's assessment, `budget × rate / 100` rounded as asked, or
    /// `None` if it is not on the scale.
    ///
    /// # Errors
    ///
    /// [`Error::Core`] on overflow.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::{Scale, ScaleKind};
    /// # use pko_core::{CountryCode, Rounding, Usd};
    /// let s = Scale::new(ScaleKind::Peacekeeping, "2015".parse()?, [(CountryCode::JPN, "10.83".parse()?)], pko_core::Source::SPEECH)?;
    /// let japan = s.assessment_of(CountryCode::JPN, "US$8,470,000,000".parse()?, Rounding::HalfEven)?;
    /// assert_eq!(japan.map(|u| u.to_string()), Some("US$917,301,000.00".into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn assessment_of(
        &self,
        country: CountryCode,
        budget: Usd,
        rounding: Rounding,
    ) -> Result<Option<Usd>, Error> {
        self.rate(country)
            .map(|r| r.of(budget, rounding))
            .transpose()
            .map_err(Error::core("assessing one member"))
    }
}

impl fmt::Display for Scale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} scale {} ({} members, total {} %)",
            self.kind,
            self.period,
            self.rates.len(),
            self.total()
        )?;
        self.ranking().fmt(f)
    }
}
