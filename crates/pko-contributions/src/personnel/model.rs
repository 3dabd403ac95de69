//! The model: categories, counts and records.

use std::fmt;

use pko_core::{CountryCode, MissionCode, Percent, YearMonth};
use rust_decimal::{Decimal, RoundingStrategy};

use crate::Error;

/// A category of uniformed personnel, as the UN reports them.
///
/// # Example
///
/// ```
/// use pko_contributions::personnel::Category;
///
/// assert_eq!("Formed Police Units".parse::<Category>()?, Category::FormedPoliceUnits);
/// assert_eq!(Category::StaffOfficers.to_string(), "Staff Officer");
/// assert!(matches!("Soldiers".parse::<Category>(), Err(pko_contributions::Error::UnknownCategory { .. })));
/// # Ok::<(), pko_contributions::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Category {
    /// Contingent troops (in the IPI data, 2009–2014, staff officers too).
    Troops,
    /// Staff officers (reported apart from troops in the UN's later data).
    StaffOfficers,
    /// Experts on mission, among them military observers.
    ExpertsOnMission,
    /// Individual police officers.
    IndividualPolice,
    /// Formed police units.
    FormedPoliceUnits,
}

impl Category {
    /// The five, in this order.
    pub const ALL: &'static [Self] = &[
        Self::Troops,
        Self::StaffOfficers,
        Self::ExpertsOnMission,
        Self::IndividualPolice,
        Self::FormedPoliceUnits,
    ];

    /// The UN's name (`Personnel_Type` in its open data).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::personnel::Category::ExpertsOnMission.un_name(), "Experts on Mission");
    /// ```
    #[must_use]
    pub const fn un_name(self) -> &'static str {
        match self {
            Self::Troops => "Troops",
            Self::StaffOfficers => "Staff Officer",
            Self::ExpertsOnMission => "Experts on Mission",
            Self::IndividualPolice => "Individual Police",
            Self::FormedPoliceUnits => "Formed Police Units",
        }
    }

    const fn bit(self) -> u8 {
        match self {
            Self::Troops => 1,
            Self::StaffOfficers => 2,
            Self::ExpertsOnMission => 4,
            Self::IndividualPolice => 8,
            Self::FormedPoliceUnits => 16,
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.un_name())
    }
}

impl Category {
    /// Its place in [`Category::ALL`].
    pub(super) const fn index(self) -> usize {
        match self {
            Self::Troops => 0,
            Self::StaffOfficers => 1,
            Self::ExpertsOnMission => 2,
            Self::IndividualPolice => 3,
            Self::FormedPoliceUnits => 4,
        }
    }

    /// The category the UN's files name `name`, if any.
    pub(super) fn from_un_name(name: &str) -> Option<Self> {
        Self::from_un_bytes(name.as_bytes())
    }

    /// The same on a cell's bytes.
    pub(super) const fn from_un_bytes(name: &[u8]) -> Option<Self> {
        match name {
            b"Troops" => Some(Self::Troops),
            b"Staff Officer" => Some(Self::StaffOfficers),
            b"Experts on Mission" => Some(Self::ExpertsOnMission),
            b"Individual Police" => Some(Self::IndividualPolice),
            b"Formed Police Units" => Some(Self::FormedPoliceUnits),
            _ => None,
        }
    }
}

impl std::str::FromStr for Category {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Self::from_un_name(s).ok_or_else(|| Error::UnknownCategory {
            input: s.to_owned(),
        })
    }
}

/// A set of categories, for totals over some of them.
///
/// # Example
///
/// ```
/// use pko_contributions::personnel::{Category, CategorySet};
///
/// let police = CategorySet::of(&[Category::IndividualPolice, Category::FormedPoliceUnits]);
/// assert!(police.contains(Category::FormedPoliceUnits));
/// assert!(!police.contains(Category::Troops));
/// assert!(CategorySet::ALL.contains(Category::Troops));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CategorySet(u8);

/// Serialized as the list of its categories.
#[cfg(feature = "serde")]
impl serde::Serialize for CategorySet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(Category::ALL.iter().filter(|c| self.contains(**c)))
    }
}

/// The schema of the list of its categories.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for CategorySet {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("CategorySet")
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let item = generator.subschema_for::<Category>();
        schemars::json_schema!({
            "description": "A set of categories of uniformed personnel, as the list of its categories.",
            "type": "array",
            "items": item,
            "uniqueItems": true
        })
    }
}

impl CategorySet {
    /// Every category.
    pub const ALL: Self = Self(31);
    /// Police: individual police and formed police units.
    pub const POLICE: Self = Self(8 | 16);
    /// Military: troops, staff officers and experts on mission.
    pub const MILITARY: Self = Self(1 | 2 | 4);

    /// The set of the given categories.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{Category, CategorySet};
    /// assert_eq!(CategorySet::of(&Category::ALL), CategorySet::ALL);
    /// ```
    #[must_use]
    pub fn of(categories: &[Category]) -> Self {
        Self(categories.iter().fold(0, |acc, c| acc | c.bit()))
    }

    /// Whether it holds `category`.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{Category, CategorySet};
    /// assert!(CategorySet::POLICE.contains(Category::IndividualPolice));
    /// ```
    #[must_use]
    pub const fn contains(self, category: Category) -> bool {
        self.0 & category.bit() != 0
    }
}

/// Persons counted by sex.
///
/// Sums are `u64`; a dataset holds fewer than 2^32 records of at most
/// 2^32 − 1 persons each, so no sum can overflow.
///
/// # Example
///
/// ```
/// use pko_contributions::personnel::Count;
///
/// let c = Count { female: 81, male: 2651 };
/// assert_eq!(c.total(), 2732);
/// assert_eq!(c.female_share().map(|p| p.to_string()), Some("2.9649%".into()));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Count {
    /// Women.
    pub female: u64,
    /// Men.
    pub male: u64,
}

impl Count {
    /// Women and men together.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::personnel::Count { female: 1, male: 2 }.total(), 3);
    /// ```
    #[must_use]
    pub const fn total(self) -> u64 {
        self.female + self.male
    }

    /// The share of women, in percent, rounded half-even to four decimals;
    /// `None` when nobody is counted.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::Count;
    /// assert_eq!(Count { female: 1, male: 2 }.female_share().map(|p| p.to_string()), Some("33.3333%".into()));
    /// assert_eq!(Count::default().female_share(), None);
    /// ```
    #[must_use]
    pub fn female_share(self) -> Option<Percent> {
        let total = self.total();
        if total == 0 {
            return None;
        }
        let share = (Decimal::from(self.female) * Decimal::ONE_HUNDRED)
            .checked_div(Decimal::from(total))?
            .round_dp_with_strategy(4, RoundingStrategy::MidpointNearestEven);
        Percent::new(share).ok()
    }

    pub(super) fn add(&mut self, female: u32, male: u32) {
        self.female += u64::from(female);
        self.male += u64::from(male);
    }
}

impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&format!(
            "{} ({} women, {} men)",
            self.total(),
            self.female,
            self.male
        ))
    }
}

/// One record: a contributor's personnel of one category in one mission
/// in one month.
///
/// # Example
///
/// ```
/// use pko_contributions::personnel::{Category, Personnel};
/// use pko_core::{CountryCode, YearMonth};
///
/// let mut b = Personnel::builder();
/// b.push("2014-02".parse()?, CountryCode::JPN, &"UNMISS".parse()?, Category::Troops, 10, 261)?;
/// let data = b.build();
/// let r = data.records().next().unwrap();
/// assert_eq!((r.contributor(), r.mission().as_str(), r.male()), (CountryCode::JPN, "UNMISS", 261));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Record<'a> {
    pub(super) month: YearMonth,
    pub(super) contributor: CountryCode,
    pub(super) mission: &'a MissionCode,
    pub(super) category: Category,
    pub(super) female: u32,
    pub(super) male: u32,
}

impl<'a> Record<'a> {
    /// The month (the UN reports at month-end).
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{Category, Personnel};
    /// # let mut b = Personnel::builder();
    /// # b.push("2014-02".parse()?, pko_core::CountryCode::JPN, &"UNMISS".parse()?, Category::Troops, 10, 261)?;
    /// # let data = b.build();
    /// assert_eq!(data.records().next().unwrap().month().to_string(), "2014-02");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn month(&self) -> YearMonth {
        self.month
    }

    /// Who contributes.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{Category, Personnel};
    /// # let mut b = Personnel::builder();
    /// # b.push("2014-02".parse()?, pko_core::CountryCode::JPN, &"UNMISS".parse()?, Category::Troops, 10, 261)?;
    /// # let data = b.build();
    /// assert_eq!(data.records().next().unwrap().contributor().as_str(), "JPN");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn contributor(&self) -> CountryCode {
        self.contributor
    }

    /// To which mission.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{Category, Personnel};
    /// # let mut b = Personnel::builder();
    /// # b.push("2014-02".parse()?, pko_core::CountryCode::JPN, &"UNMISS".parse()?, Category::Troops, 10, 261)?;
    /// # let data = b.build();
    /// assert_eq!(data.records().next().unwrap().mission().as_str(), "UNMISS");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn mission(&self) -> &'a MissionCode {
        self.mission
    }

    /// Which category.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{Category, Personnel};
    /// # let mut b = Personnel::builder();
    /// # b.push("2014-02".parse()?, pko_core::CountryCode::JPN, &"UNMISS".parse()?, Category::Troops, 10, 261)?;
    /// # let data = b.build();
    /// assert_eq!(data.records().next().unwrap().category(), Category::Troops);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn category(&self) -> Category {
        self.category
    }

    /// Women.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{Category, Personnel};
    /// # let mut b = Personnel::builder();
    /// # b.push("2014-02".parse()?, pko_core::CountryCode::JPN, &"UNMISS".parse()?, Category::Troops, 10, 261)?;
    /// # let data = b.build();
    /// assert_eq!(data.records().next().unwrap().female(), 10);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn female(&self) -> u32 {
        self.female
    }

    /// Men.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{Category, Personnel};
    /// # let mut b = Personnel::builder();
    /// # b.push("2014-02".parse()?, pko_core::CountryCode::JPN, &"UNMISS".parse()?, Category::Troops, 10, 261)?;
    /// # let data = b.build();
    /// assert_eq!(data.records().next().unwrap().male(), 261);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn male(&self) -> u32 {
        self.male
    }
}
