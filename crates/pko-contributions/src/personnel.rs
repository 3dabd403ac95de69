//! Uniformed personnel in UN peacekeeping by month, contributor, mission,
//! category and sex: the UN's published data, loaded, indexed and queried.

use std::collections::HashMap;
use std::fmt;
use std::io::Read;

use pko_core::{CountryCode, MissionCode, Percent, Reliability, Source, SourceKind, YearMonth};
use rust_decimal::{Decimal, RoundingStrategy};

use crate::regular_budget::csv_error;
use crate::{Error, LoadError, LoadProblem, Ranking};

/// A category of uniformed personnel, as the UN reports them.
///
/// # Example
///
/// ```
/// use pko_contributions::personnel::Category;
///
/// assert_eq!("Formed Police Units".parse::<Category>()?, Category::FormedPoliceUnits);
/// assert_eq!(Category::StaffOfficers.to_string(), "Staff Officer");
/// # Ok::<(), pko_contributions::LoadProblem>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
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
    pub const ALL: [Self; 5] = [
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

impl std::str::FromStr for Category {
    type Err = LoadProblem;
    fn from_str(s: &str) -> Result<Self, LoadProblem> {
        Self::ALL
            .into_iter()
            .find(|c| c.un_name() == s)
            .ok_or_else(|| LoadProblem::BadCategory { text: s.to_owned() })
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

    fn add(&mut self, female: u32, male: u32) {
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
    month: YearMonth,
    contributor: CountryCode,
    mission: &'a MissionCode,
    category: Category,
    female: u32,
    male: u32,
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

/// A record as stored: 16 bytes; the month is that of its group,
/// countries and missions are interned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Packed {
    female: u32,
    male: u32,
    contributor: u16,
    mission: u16,
    category: Category,
}

/// A dataset of personnel records, indexed by month.
///
/// Build one with [`Personnel::builder`] or load one with [`load`]. Records
/// are kept compact (16 bytes each, countries and missions interned) and
/// grouped by month, so that one month's queries read only that month.
///
/// # Example
///
/// ```
/// use pko_contributions::personnel::{Category, CategorySet, Personnel};
/// use pko_core::CountryCode;
///
/// let mut b = Personnel::builder();
/// let m = "2014-02".parse()?;
/// b.push(m, CountryCode::JPN, &"UNMISS".parse()?, Category::Troops, 10, 261)?;
/// b.push(m, CountryCode::KOR, &"UNMISS".parse()?, Category::Troops, 2, 280)?;
/// b.push(m, CountryCode::KOR, &"UNIFIL".parse()?, Category::Troops, 0, 320)?;
/// let data = b.build();
/// let ranking = data.ranking(m, CategorySet::ALL);
/// assert_eq!(*ranking.entries()[0].key(), CountryCode::KOR);
/// assert_eq!(*ranking.entries()[0].value(), 602);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Personnel {
    contributors: Vec<CountryCode>,
    missions: Vec<MissionCode>,
    /// Records grouped by month, the months in order.
    months: Vec<(YearMonth, Vec<Packed>)>,
    len: usize,
}

/// Collects records for a [`Personnel`] dataset.
///
/// # Example
///
/// ```
/// use pko_contributions::personnel::{Category, Personnel};
/// use pko_core::CountryCode;
///
/// let mut b = Personnel::builder();
/// b.push("2015-03".parse()?, CountryCode::JPN, &"UNMISS".parse()?, Category::Troops, 10, 262)?;
/// assert_eq!(b.build().len(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Default)]
pub struct PersonnelBuilder {
    contributors: Vec<CountryCode>,
    contributor_index: FastMap<CountryCode, u16>,
    missions: Vec<MissionCode>,
    mission_index: FastMap<Box<str>, u16>,
    /// Records by month, in order of first appearance, and the bucket of
    /// the last month seen.
    buckets: Vec<(YearMonth, Vec<Packed>)>,
    bucket_index: FastMap<YearMonth, usize>,
    last_bucket: usize,
    len: usize,
}

/// FNV-1a: a fast hash for the loaders' small keys (months, three-letter
/// codes, mission acronyms). The keys are bounded in number (65,535 at most
/// per table), so hash flooding cannot make loading more than linear.
#[derive(Debug, Clone, Copy)]
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

/// The most distinct contributors or missions one dataset holds.
const MAX_KEYS: usize = 65_535;

impl PersonnelBuilder {
    fn contributor(&mut self, c: CountryCode) -> Result<u16, LoadProblem> {
        if let Some(i) = self.contributor_index.get(&c) {
            return Ok(*i);
        }
        let i = u16::try_from(self.contributors.len())
            .ok()
            .filter(|i| usize::from(*i) < MAX_KEYS)
            .ok_or(LoadProblem::TooManyRecords)?;
        self.contributors.push(c);
        self.contributor_index.insert(c, i);
        Ok(i)
    }

    fn mission_by_text(&mut self, text: &str) -> Result<u16, LoadProblem> {
        if let Some(i) = self.mission_index.get(text) {
            return Ok(*i);
        }
        let code = MissionCode::new(text).map_err(|_| LoadProblem::BadMission {
            text: text.to_owned(),
        })?;
        let i = u16::try_from(self.missions.len())
            .ok()
            .filter(|i| usize::from(*i) < MAX_KEYS)
            .ok_or(LoadProblem::TooManyRecords)?;
        self.missions.push(code);
        self.mission_index.insert(text.into(), i);
        Ok(i)
    }

    fn push_packed(&mut self, month: YearMonth, p: Packed) -> Result<(), LoadProblem> {
        if self.len >= usize::try_from(u32::MAX).unwrap_or(usize::MAX) {
            return Err(LoadProblem::TooManyRecords);
        }
        let hit = self
            .buckets
            .get(self.last_bucket)
            .is_some_and(|(m, _)| *m == month);
        if !hit {
            self.last_bucket = if let Some(i) = self.bucket_index.get(&month) {
                *i
            } else {
                self.buckets.push((month, Vec::new()));
                let i = self.buckets.len() - 1;
                self.bucket_index.insert(month, i);
                i
            };
        }
        if let Some((_, records)) = self.buckets.get_mut(self.last_bucket) {
            records.push(p);
            self.len += 1;
        }
        Ok(())
    }

    /// Adds a record.
    ///
    /// # Errors
    ///
    /// [`Error::Load`] with [`LoadProblem::TooManyRecords`] past 2^32 − 1
    /// records or 65,535 distinct contributors or missions.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{Category, Personnel};
    /// let mut b = Personnel::builder();
    /// b.push("2015-03".parse()?, pko_core::CountryCode::JPN, &"UNMISS".parse()?, Category::Troops, 0, 0)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn push(
        &mut self,
        month: YearMonth,
        contributor: CountryCode,
        mission: &MissionCode,
        category: Category,
        female: u32,
        male: u32,
    ) -> Result<(), Error> {
        let wrap = |p| Error::from(LoadError::new("(builder)", 0, None, None, p));
        let contributor = self.contributor(contributor).map_err(wrap)?;
        let mission = self.mission_by_text(mission.as_str()).map_err(wrap)?;
        self.push_packed(
            month,
            Packed {
                female,
                male,
                contributor,
                mission,
                category,
            },
        )
        .map_err(wrap)
    }

    /// Groups the records by month and returns the dataset.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_contributions::personnel::Personnel::builder().build().is_empty());
    /// ```
    #[must_use]
    pub fn build(mut self) -> Personnel {
        self.buckets.sort_unstable_by_key(|(m, _)| *m);
        for (_, records) in &mut self.buckets {
            records.shrink_to_fit();
        }
        Personnel {
            contributors: self.contributors,
            missions: self.missions,
            months: self.buckets,
            len: self.len,
        }
    }
}

impl Personnel {
    /// A builder for a dataset.
    ///
    /// # Example
    ///
    /// ```
    /// let b = pko_contributions::personnel::Personnel::builder();
    /// assert_eq!(b.build().len(), 0);
    /// ```
    #[must_use]
    pub fn builder() -> PersonnelBuilder {
        PersonnelBuilder::default()
    }

    /// How many records.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::personnel::Personnel::builder().build().len(), 0);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.len
    }

    /// The bytes the dataset holds on the heap (records, months, interned
    /// countries and missions), by capacity.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::personnel::Personnel::builder().build().heap_bytes(), 0);
    /// ```
    #[must_use]
    pub fn heap_bytes(&self) -> usize {
        let records: usize = self
            .months
            .iter()
            .map(|(_, r)| r.capacity() * size_of::<Packed>())
            .sum();
        let missions: usize = self
            .missions
            .iter()
            .map(|m| m.as_str().len() + size_of::<MissionCode>())
            .sum();
        records
            + self.months.capacity() * size_of::<(YearMonth, Vec<Packed>)>()
            + self.contributors.capacity() * size_of::<CountryCode>()
            + missions
    }

    /// Whether there is no record.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_contributions::personnel::Personnel::builder().build().is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn view(&self, month: YearMonth, p: &Packed) -> Option<Record<'_>> {
        Some(Record {
            month,
            contributor: *self.contributors.get(usize::from(p.contributor))?,
            mission: self.missions.get(usize::from(p.mission))?,
            category: p.category,
            female: p.female,
            male: p.male,
        })
    }

    /// Every record, month by month.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::personnel::Personnel::builder().build().records().count(), 0);
    /// ```
    pub fn records(&self) -> impl Iterator<Item = Record<'_>> {
        self.months
            .iter()
            .flat_map(move |(m, records)| records.iter().filter_map(move |p| self.view(*m, p)))
    }

    /// The months present, in order.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::personnel::Personnel::builder().build().months().count(), 0);
    /// ```
    #[must_use]
    pub fn months(&self) -> impl DoubleEndedIterator<Item = YearMonth> + '_ {
        self.months.iter().map(|(m, _)| *m)
    }

    /// The latest month present.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::personnel::Personnel::builder().build().latest_month(), None);
    /// ```
    #[must_use]
    pub fn latest_month(&self) -> Option<YearMonth> {
        self.months.last().map(|(m, _)| *m)
    }

    /// The distinct contributors, in order of first appearance.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_contributions::personnel::Personnel::builder().build().contributors().is_empty());
    /// ```
    #[must_use]
    pub fn contributors(&self) -> &[CountryCode] {
        &self.contributors
    }

    /// The distinct missions, in order of first appearance.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_contributions::personnel::Personnel::builder().build().missions().is_empty());
    /// ```
    #[must_use]
    pub fn missions(&self) -> &[MissionCode] {
        &self.missions
    }

    fn packed_in(&self, month: YearMonth) -> &[Packed] {
        self.months
            .binary_search_by_key(&month, |(m, _)| *m)
            .ok()
            .and_then(|i| self.months.get(i))
            .map_or(&[], |(_, records)| records.as_slice())
    }

    /// The records of one month.
    ///
    /// # Example
    ///
    /// ```
    /// let data = pko_contributions::personnel::Personnel::builder().build();
    /// assert_eq!(data.records_in("2014-02".parse()?).count(), 0);
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    pub fn records_in(&self, month: YearMonth) -> impl Iterator<Item = Record<'_>> {
        self.packed_in(month)
            .iter()
            .filter_map(move |p| self.view(month, p))
    }

    /// Persons in the chosen categories in one month, all contributors and
    /// missions together.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{CategorySet, Count, Personnel};
    /// let data = Personnel::builder().build();
    /// assert_eq!(data.total("2014-02".parse()?, CategorySet::ALL), Count::default());
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub fn total(&self, month: YearMonth, categories: CategorySet) -> Count {
        let mut c = Count::default();
        for p in self.packed_in(month) {
            if categories.contains(p.category) {
                c.add(p.female, p.male);
            }
        }
        c
    }

    /// Persons per contributor in one month, over the chosen categories, in
    /// the order of the contributors' codes. Contributors with records that
    /// month are listed even if their count is zero.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{Category, CategorySet, Personnel};
    /// use pko_core::CountryCode;
    /// let mut b = Personnel::builder();
    /// b.push("2014-02".parse()?, CountryCode::JPN, &"UNMISS".parse()?, Category::IndividualPolice, 0, 0)?;
    /// let totals = b.build().totals_by_contributor("2014-02".parse()?, CategorySet::ALL);
    /// assert_eq!(totals.len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn totals_by_contributor(
        &self,
        month: YearMonth,
        categories: CategorySet,
    ) -> Vec<(CountryCode, Count)> {
        let mut sums: Vec<Option<Count>> = vec![None; self.contributors.len()];
        for p in self.packed_in(month) {
            if let Some(slot) = sums.get_mut(usize::from(p.contributor)) {
                let c = slot.get_or_insert_with(Count::default);
                if categories.contains(p.category) {
                    c.add(p.female, p.male);
                }
            }
        }
        let mut out: Vec<(CountryCode, Count)> = self
            .contributors
            .iter()
            .zip(sums)
            .filter_map(|(code, sum)| sum.map(|s| (*code, s)))
            .collect();
        out.sort_unstable_by_key(|(c, _)| *c);
        out
    }

    /// Contributors ranked by persons in the chosen categories in one month,
    /// with ties (standard competition ranking).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{CategorySet, Personnel};
    /// let data = Personnel::builder().build();
    /// assert!(data.ranking("2014-02".parse()?, CategorySet::ALL).is_empty());
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub fn ranking(&self, month: YearMonth, categories: CategorySet) -> Ranking<CountryCode, u64> {
        Ranking::new(
            self.totals_by_contributor(month, categories)
                .into_iter()
                .map(|(c, n)| (c, n.total())),
        )
    }

    /// Persons per mission in one month, over the chosen categories, in the
    /// order of the missions' acronyms.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{CategorySet, Personnel};
    /// let data = Personnel::builder().build();
    /// assert!(data.totals_by_mission("2014-02".parse()?, CategorySet::ALL).is_empty());
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub fn totals_by_mission(
        &self,
        month: YearMonth,
        categories: CategorySet,
    ) -> Vec<(&MissionCode, Count)> {
        let mut sums: Vec<Option<Count>> = vec![None; self.missions.len()];
        for p in self.packed_in(month) {
            if let Some(slot) = sums.get_mut(usize::from(p.mission)) {
                let c = slot.get_or_insert_with(Count::default);
                if categories.contains(p.category) {
                    c.add(p.female, p.male);
                }
            }
        }
        let mut out: Vec<(&MissionCode, Count)> = self
            .missions
            .iter()
            .zip(sums)
            .filter_map(|(m, sum)| sum.map(|s| (m, s)))
            .collect();
        out.sort_unstable_by(|a, b| a.0.cmp(b.0));
        out
    }

    /// Persons per category in one month.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{Category, Personnel};
    /// let data = Personnel::builder().build();
    /// let by = data.totals_by_category("2014-02".parse()?);
    /// assert_eq!(by.len(), 5);
    /// assert_eq!(by[0].0, Category::Troops);
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub fn totals_by_category(&self, month: YearMonth) -> Vec<(Category, Count)> {
        self.by_category(month, |_| true)
    }

    /// Sums a month's records that pass `keep`, per category, in the order
    /// of [`Category::ALL`].
    fn by_category(
        &self,
        month: YearMonth,
        keep: impl Fn(&Packed) -> bool,
    ) -> Vec<(Category, Count)> {
        let mut sums = [Count::default(); 5];
        for p in self.packed_in(month).iter().filter(|p| keep(p)) {
            let i = Category::ALL
                .iter()
                .position(|c| *c == p.category)
                .unwrap_or(0);
            if let Some(s) = sums.get_mut(i) {
                s.add(p.female, p.male);
            }
        }
        Category::ALL.into_iter().zip(sums).collect()
    }

    /// One contributor's women and men per category in a month, in the
    /// order of [`Category::ALL`] (zero where it has none).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{self, Category};
    /// use pko_core::CountryCode;
    ///
    /// let data = personnel::ipi_embedded()?;
    /// let by = data.contributor_by_category(CountryCode::KOR, "2014-02".parse()?);
    /// assert_eq!(by[0].0, Category::Troops);
    /// assert_eq!(by[0].1.total(), 599);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn contributor_by_category(
        &self,
        contributor: CountryCode,
        month: YearMonth,
    ) -> Vec<(Category, Count)> {
        let idx = self.contributors.iter().position(|c| *c == contributor);
        self.by_category(month, |p| Some(usize::from(p.contributor)) == idx)
    }

    /// A contributor's persons in the chosen categories, month by month in
    /// date order (whatever the order of the file), for the months in which
    /// it has records.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{CategorySet, Personnel};
    /// let data = Personnel::builder().build();
    /// assert!(data.series(pko_core::CountryCode::JPN, CategorySet::ALL).is_empty());
    /// ```
    #[must_use]
    pub fn series(
        &self,
        contributor: CountryCode,
        categories: CategorySet,
    ) -> Vec<(YearMonth, Count)> {
        let Some(idx) = self.contributors.iter().position(|c| *c == contributor) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (month, records) in &self.months {
            let mut seen = false;
            let mut c = Count::default();
            for p in records {
                if usize::from(p.contributor) == idx {
                    seen = true;
                    if categories.contains(p.category) {
                        c.add(p.female, p.male);
                    }
                }
            }
            if seen {
                out.push((*month, c));
            }
        }
        out
    }

    /// One contributor's share of women, month by month, against each
    /// target: one check per month in which it has records (within `from`
    /// and `to`, inclusive, when given) and per target, in month order and
    /// then in the order of `targets`.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{self, parity_targets};
    /// use pko_core::CountryCode;
    ///
    /// let data = personnel::ipi_embedded()?;
    /// let targets = parity_targets();
    /// let month = "2014-02".parse()?;
    /// let checks = data.female_shares_of(CountryCode::JPN, Some(month), Some(month), &targets);
    /// assert_eq!(checks.len(), targets.len());
    /// let troops = &checks[0];
    /// assert_eq!(troops.target().name(), "military contingents, 2028");
    /// assert_eq!(troops.meets(), Some(false));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn female_shares_of<'t>(
        &self,
        contributor: CountryCode,
        from: Option<YearMonth>,
        to: Option<YearMonth>,
        targets: &'t [Target],
    ) -> Vec<TargetCheck<'t>> {
        let within = |m: &YearMonth| from.is_none_or(|f| *m >= f) && to.is_none_or(|t| *m <= t);
        let per_target: Vec<Vec<(YearMonth, Count)>> = targets
            .iter()
            .map(|t| {
                self.series(contributor, t.categories)
                    .into_iter()
                    .filter(|(m, _)| within(m))
                    .collect()
            })
            .collect();
        // Every series has the same months: those with the contributor's records.
        let months: Vec<YearMonth> = per_target
            .first()
            .map(|s| s.iter().map(|(m, _)| *m).collect())
            .unwrap_or_default();
        let mut out = Vec::with_capacity(months.len() * targets.len());
        for (i, month) in months.iter().enumerate() {
            for (target, series) in targets.iter().zip(&per_target) {
                let count = series.get(i).map_or_else(Count::default, |(_, c)| *c);
                out.push(TargetCheck {
                    target,
                    month: *month,
                    count,
                    share: count.female_share(),
                });
            }
        }
        out
    }

    /// Women's share in one month for each target, against the target.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{parity_targets, Personnel};
    /// let data = Personnel::builder().build();
    /// let targets = parity_targets();
    /// let checks = data.female_shares("2014-02".parse()?, &targets);
    /// assert!(checks.iter().all(|c| c.share().is_none()));
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub fn female_shares<'t>(
        &self,
        month: YearMonth,
        targets: &'t [Target],
    ) -> Vec<TargetCheck<'t>> {
        targets
            .iter()
            .map(|t| {
                let count = self.total(month, t.categories);
                TargetCheck {
                    target: t,
                    month,
                    count,
                    share: count.female_share(),
                }
            })
            .collect()
    }
}

/// The IPI Peacekeeping Database's contributions by country, mission and
/// sex, 2009-2014 (the file shipped in the crate's `data/`, with its
/// provenance in `data/README.md`). A `const`: its 2.2 MB reach a binary
/// only if the binary uses it.
pub const IPI_CSV: &str = include_str!("../data/ipi-gender-2009-2014.csv");

/// [`IPI_CSV`], loaded strictly.
///
/// # Errors
///
/// None with the shipped file (tested); the loader's errors otherwise.
///
/// # Example
///
/// ```
/// let data = pko_contributions::personnel::ipi_embedded()?;
/// assert_eq!(data.latest_month().map(|m| m.to_string()).as_deref(), Some("2014-02"));
/// # Ok::<(), pko_contributions::Error>(())
/// ```
pub fn ipi_embedded() -> Result<Personnel, Error> {
    Ok(load(
        IPI_CSV.as_bytes(),
        "ipi-gender-2009-2014.csv",
        LoadMode::Strict,
    )?
    .into_personnel())
}

/// A target for the share of women in some categories.
///
/// Targets are data that a caller supplies; [`parity_targets`] gives the
/// checked ones of the UN's Uniformed Gender Parity Strategy 2018–2028 with
/// their sources.
///
/// # Example
///
/// ```
/// use pko_contributions::personnel::{CategorySet, Target};
/// use pko_core::Source;
///
/// let t = Target::new("all uniformed, 20 %", CategorySet::ALL, "20".parse()?, Some(2030), Source::SPEECH);
/// assert_eq!(t.share().to_string(), "20%");
/// # Ok::<(), pko_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Target {
    name: String,
    categories: CategorySet,
    share: Percent,
    by: Option<u16>,
    source: Source,
}

impl Target {
    /// A target of `share` women in `categories`, by year `by` if set.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{CategorySet, Target};
    /// let t = Target::new("police", CategorySet::POLICE, "15".parse()?, None, pko_core::Source::SPEECH);
    /// assert_eq!(t.by(), None);
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub fn new(
        name: impl Into<String>,
        categories: CategorySet,
        share: Percent,
        by: Option<u16>,
        source: Source,
    ) -> Self {
        Self {
            name: name.into(),
            categories,
            share,
            by,
            source,
        }
    }

    /// Its name.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_contributions::personnel::parity_targets()[0].name().contains("contingents"));
    /// ```
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The categories it covers.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{parity_targets, Category};
    /// assert!(parity_targets()[0].categories().contains(Category::Troops));
    /// ```
    #[must_use]
    pub const fn categories(&self) -> CategorySet {
        self.categories
    }

    /// The share of women aimed at.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::personnel::parity_targets()[0].share().to_string(), "15%");
    /// ```
    #[must_use]
    pub const fn share(&self) -> Percent {
        self.share
    }

    /// The year by which, if stated.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::personnel::parity_targets()[0].by(), Some(2028));
    /// ```
    #[must_use]
    pub const fn by(&self) -> Option<u16> {
        self.by
    }

    /// Where it comes from.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::Reliability;
    /// assert_eq!(pko_contributions::personnel::parity_targets()[0].source().reliability(), Reliability::Secondary);
    /// ```
    #[must_use]
    pub const fn source(&self) -> &Source {
        &self.source
    }
}

/// The checked targets of the UN Uniformed Gender Parity Strategy
/// 2018–2028; every other target of the strategy is unverified and left
/// out. Military observers are reported as "experts on mission"; the IPI
/// data of 2009–2014 counts staff officers among troops.
///
/// | target | categories | share | by | source |
/// |---|---|---|---|---|
/// | military contingents | troops | 15 % | 2028 | Canadian parliamentary committee (secondary) |
/// | military observers and staff officers | experts on mission, staff officers | 25 % | 2028 | same (secondary) |
/// | troops, interim | troops | 8 % | 2021 | copy of a UN page (secondary) |
/// | individual military positions, interim | experts on mission, staff officers | 18 % | 2021 | same (secondary) |
/// | formed police units | formed police units | 12 % | "around 2022": no year set | UN Police page |
///
/// # Example
///
/// ```
/// assert_eq!(pko_contributions::personnel::parity_targets().len(), 5);
/// ```
#[must_use]
pub fn parity_targets() -> Vec<Target> {
    let canada = Source::new(
        SourceKind::Government,
        "House of Commons of Canada, parliamentary committee",
        "Report citing the UN Uniformed Gender Parity Strategy 2018-2028",
        None,
        Reliability::Secondary,
    );
    let un_copy = Source::new(
        SourceKind::UnitedNations,
        "United Nations (copy of a UN page)",
        "Uniformed Gender Parity Strategy 2018-2028: interim targets for 2021",
        None,
        Reliability::Secondary,
    );
    let un_police = Source::new(
        SourceKind::UnitedNations,
        "United Nations Police",
        "Women in UN Police: formed police units target",
        None,
        Reliability::Primary,
    );
    let individual_military =
        CategorySet::of(&[Category::ExpertsOnMission, Category::StaffOfficers]);
    let troops = CategorySet::of(&[Category::Troops]);
    let p = |n: i64| Percent::new(Decimal::from(n)).unwrap_or(Percent::ZERO);
    vec![
        Target::new(
            "military contingents, 2028",
            troops,
            p(15),
            Some(2028),
            canada.clone(),
        ),
        Target::new(
            "military observers and staff officers, 2028",
            individual_military,
            p(25),
            Some(2028),
            canada,
        ),
        Target::new(
            "troops, interim 2021",
            troops,
            p(8),
            Some(2021),
            un_copy.clone(),
        ),
        Target::new(
            "individual military positions, interim 2021",
            individual_military,
            p(18),
            Some(2021),
            un_copy,
        ),
        Target::new(
            "formed police units (around 2022)",
            CategorySet::of(&[Category::FormedPoliceUnits]),
            p(12),
            None,
            un_police,
        ),
    ]
}

/// Women's share against a target in one month.
///
/// # Example
///
/// ```
/// use pko_contributions::personnel::{parity_targets, Category, Personnel};
/// use pko_core::CountryCode;
///
/// let mut b = Personnel::builder();
/// b.push("2014-02".parse()?, "BGD".parse::<CountryCode>()?, &"MONUSCO".parse()?, Category::FormedPoliceUnits, 71, 86)?;
/// let data = b.build();
/// let targets = parity_targets();
/// let checks = data.female_shares("2014-02".parse()?, &targets);
/// let fpu = checks.iter().find(|c| c.target().name().starts_with("formed police")).unwrap();
/// assert_eq!(fpu.meets(), Some(true)); // 71 of 157 = 45.2229 %
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct TargetCheck<'t> {
    target: &'t Target,
    month: YearMonth,
    count: Count,
    share: Option<Percent>,
}

impl<'t> TargetCheck<'t> {
    /// The target.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{parity_targets, Personnel};
    /// # let t = parity_targets();
    /// # let checks = Personnel::builder().build().female_shares("2014-02".parse()?, &t);
    /// assert_eq!(checks[0].target().by(), Some(2028));
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub const fn target(&self) -> &'t Target {
        self.target
    }

    /// The month measured.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{parity_targets, Personnel};
    /// # let t = parity_targets();
    /// # let checks = Personnel::builder().build().female_shares("2014-02".parse()?, &t);
    /// assert_eq!(checks[0].month().to_string(), "2014-02");
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub const fn month(&self) -> YearMonth {
        self.month
    }

    /// The persons counted.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{parity_targets, Personnel};
    /// # let t = parity_targets();
    /// # let checks = Personnel::builder().build().female_shares("2014-02".parse()?, &t);
    /// assert_eq!(checks[0].count().total(), 0);
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub const fn count(&self) -> Count {
        self.count
    }

    /// Women's share, if anyone is counted.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{parity_targets, Personnel};
    /// # let t = parity_targets();
    /// # let checks = Personnel::builder().build().female_shares("2014-02".parse()?, &t);
    /// assert_eq!(checks[0].share(), None);
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub const fn share(&self) -> Option<Percent> {
        self.share
    }

    /// Whether the share reaches the target; `None` if nobody is counted.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{parity_targets, Personnel};
    /// # let t = parity_targets();
    /// # let checks = Personnel::builder().build().female_shares("2014-02".parse()?, &t);
    /// assert_eq!(checks[0].meets(), None);
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub fn meets(&self) -> Option<bool> {
        self.share.map(|s| s >= self.target.share)
    }
}

impl fmt::Display for TargetCheck<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let share = self
            .share
            .map_or_else(|| "n/a".to_owned(), |s| s.to_string());
        let verdict = match self.meets() {
            Some(true) => "meets",
            Some(false) => "below",
            None => "nobody counted",
        };
        write!(
            f,
            "{:<48} women {:>9} of {:>7}, target {:>4}: {verdict}",
            self.target.name,
            share,
            self.count.total(),
            self.target.share.to_string()
        )
    }
}

// ---------------------------------------------------------------- loading

/// The file formats [`load`] reads.
///
/// # Example
///
/// ```
/// use pko_contributions::personnel::Format;
///
/// assert_eq!(Format::Ipi.to_string(), "IPI Peacekeeping Database (wide)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Format {
    /// The UN Peacekeeping open-data "contributions by gender" CSV: one row
    /// per month, contributor, mission and personnel type.
    UnOpenData,
    /// The International Peace Institute's wide CSV: one row per month,
    /// contributor and mission, four personnel types by sex.
    Ipi,
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::UnOpenData => "UN Peacekeeping open data",
            Self::Ipi => "IPI Peacekeeping Database (wide)",
        })
    }
}

impl Format {
    /// The source to cite for data in this format.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::Format;
    /// assert!(Format::Ipi.source().issuer().starts_with("International Peace Institute"));
    /// ```
    #[must_use]
    pub fn source(self) -> Source {
        match self {
            Self::UnOpenData => Source::new(
                SourceKind::UnitedNations,
                "United Nations Peacekeeping",
                "Open data: contributions of uniformed personnel by gender",
                None,
                Reliability::Primary,
            ),
            Self::Ipi => Source::new(
                SourceKind::Research,
                "International Peace Institute / UN DPKO",
                "IPI Peacekeeping Database: uniformed personnel by gender (Gender.Full.csv), compiled by IPI from the UN's monthly reports",
                None,
                Reliability::Secondary,
            ),
        }
    }
}

/// What to do with a bad row.
///
/// # Example
///
/// ```
/// use pko_contributions::personnel::LoadMode;
/// assert_ne!(LoadMode::Strict, LoadMode::Lenient);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LoadMode {
    /// The first bad row is an error naming its line and column.
    Strict,
    /// Bad rows are set aside, each with its reason, and loading goes on.
    Lenient,
}

/// A loaded file: the data, the rows set aside (lenient mode) and the
/// format detected.
///
/// Every data row of the file is either in the data or in
/// [`Loaded::rejected`]: none is dropped silently.
///
/// # Example
///
/// ```
/// use pko_contributions::personnel::{load, Format, LoadMode};
///
/// let csv = "Contribution_ID,ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\n\
///            1,BGD,50,Bangladesh,MONUSCO,Troops,10,2548,31-Jan-22\n\
///            2,#N/A,,Unknown,UNMISS,Troops,0,3,31-Jan-22\n";
/// let loaded = load(csv.as_bytes(), "un.csv", LoadMode::Lenient)?;
/// assert_eq!(loaded.format(), Format::UnOpenData);
/// assert_eq!((loaded.personnel().len(), loaded.rejected().len()), (1, 1));
/// assert_eq!(loaded.rejected()[0].to_string(), "un.csv:3:2: field `ISOCode3`: no ISO country code (`#N/A`): the row cannot be attributed to a country");
/// # Ok::<(), pko_contributions::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    personnel: Personnel,
    rejected: Vec<LoadError>,
    format: Format,
    rows: u64,
}

impl Loaded {
    /// The data loaded.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{load, LoadMode};
    /// # let csv = "Contribution_ID,ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\n";
    /// assert!(load(csv.as_bytes(), "un.csv", LoadMode::Strict)?.personnel().is_empty());
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub const fn personnel(&self) -> &Personnel {
        &self.personnel
    }

    /// Takes the data out.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{load, LoadMode};
    /// # let csv = "Contribution_ID,ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\n";
    /// let data = load(csv.as_bytes(), "un.csv", LoadMode::Strict)?.into_personnel();
    /// assert!(data.is_empty());
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub fn into_personnel(self) -> Personnel {
        self.personnel
    }

    /// The rows set aside, each with its location and reason (always empty
    /// in strict mode).
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{load, LoadMode};
    /// # let csv = "Contribution_ID,ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\n";
    /// assert!(load(csv.as_bytes(), "un.csv", LoadMode::Strict)?.rejected().is_empty());
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub fn rejected(&self) -> &[LoadError] {
        &self.rejected
    }

    /// The format detected from the header.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{load, Format, LoadMode};
    /// # let csv = "Contribution_ID,ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\n";
    /// assert_eq!(load(csv.as_bytes(), "un.csv", LoadMode::Strict)?.format(), Format::UnOpenData);
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub const fn format(&self) -> Format {
        self.format
    }

    /// How many data rows the file had (loaded and rejected).
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{load, LoadMode};
    /// # let csv = "Contribution_ID,ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\n";
    /// assert_eq!(load(csv.as_bytes(), "un.csv", LoadMode::Strict)?.rows(), 0);
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub const fn rows(&self) -> u64 {
        self.rows
    }
}

const UN_HEADER: [&str; 9] = [
    "Contribution_ID",
    "ISOCode3",
    "M49_Code",
    "Contributing_Country",
    "Mission_Acronym",
    "Personnel_Type",
    "Female_Personnel",
    "Male_Personnel",
    "Last_Reporting_Date",
];

const IPI_HEADER: [&str; 20] = [
    "",
    "Date",
    "Contributor",
    "Contributor ISO-3",
    "Mission",
    "Individual Police Male",
    "Individual Police Female",
    "Individual Police Total",
    "Formed Police Units Male",
    "Formed Police Units Female",
    "Formed Police Units Total",
    "Experts on Mission Male",
    "Experts on Mission Female",
    "Experts on Mission Total",
    "Troops Male",
    "Troops Female",
    "Troops Total",
    "Total Male",
    "Total Female",
    "Total Total",
];

const RANK_FILE_FIRST: &str = "ISOCode3";

const EXPECTED_HEADERS: &str = "the UN open-data header (Contribution_ID,ISOCode3,…,Last_Reporting_Date) or the IPI header (\"\",\"Date\",\"Contributor\",…,\"Total Total\")";

/// Loads a personnel file, detecting its [`Format`] from the header, as a
/// stream (the file is never held whole in memory).
///
/// - **UN open data**: `Last_Reporting_Date` as `31-Jan-22` (two-digit
///   years: 00–69 are 2000–2069, 70–99 are 1970–1999) or `31/01/2022`;
///   `#N/A` as the country code rejects the row; the total is female + male.
/// - **IPI wide**: dates `YYYY-MM-DD`; each personnel type's male + female
///   must equal its total, and the four types must add up to the totals,
///   else the row is rejected.
///
/// A UTF-8 byte-order mark and CRLF line ends are accepted. In strict mode
/// the first bad row is the error; in lenient mode bad rows are collected in
/// [`Loaded::rejected`]. A header that matches neither format, or malformed
/// CSV, is an error in both modes.
///
/// # Errors
///
/// [`Error::Load`] naming the file, line, column and field.
///
/// # Example
///
/// ```
/// use pko_contributions::personnel::{load, Category, CategorySet, LoadMode};
///
/// let csv = "\"\",\"Date\",\"Contributor\",\"Contributor ISO-3\",\"Mission\",\"Individual Police Male\",\"Individual Police Female\",\"Individual Police Total\",\"Formed Police Units Male\",\"Formed Police Units Female\",\"Formed Police Units Total\",\"Experts on Mission Male\",\"Experts on Mission Female\",\"Experts on Mission Total\",\"Troops Male\",\"Troops Female\",\"Troops Total\",\"Total Male\",\"Total Female\",\"Total Total\"\n\
///            \"28565\",2014-02-28,\"Bangladesh\",\"BGD\",\"MONUSCO\",0,0,0,86,71,157,17,0,17,2548,10,2558,2651,81,2732\n";
/// let data = load(csv.as_bytes(), "ipi.csv", LoadMode::Strict)?.into_personnel();
/// assert_eq!(data.total("2014-02".parse()?, CategorySet::ALL).total(), 2732);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn load(reader: impl Read, file: &str, mode: LoadMode) -> Result<Loaded, Error> {
    let mut csv = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(reader);
    let mut record = csv::ByteRecord::new();
    let got = csv
        .read_byte_record(&mut record)
        .map_err(|e| csv_error(file, &e))?;
    if !got {
        return Err(LoadError::new(file, 1, None, None, LoadProblem::Empty).into());
    }
    let header: Vec<String> = record
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let s = String::from_utf8_lossy(f);
            let s = if i == 0 {
                s.trim_start_matches('\u{feff}')
            } else {
                &s
            };
            s.to_owned()
        })
        .collect();
    let format = detect(&header).map_err(|p| LoadError::new(file, 1, p.0, None, p.1))?;
    let mut state = Loader {
        file,
        builder: Personnel::builder(),
        rejected: Vec::new(),
        countries: FastMap::default(),
        last_contributor: None,
        last_mission: None,
        rows: 0,
    };
    loop {
        match csv.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(csv_error(file, &e).into()),
        }
        state.rows += 1;
        let line = record.position().map_or(0, csv::Position::line);
        let result = match format {
            Format::UnOpenData => state.un_row(&record, line),
            Format::Ipi => state.ipi_row(&record, line),
        };
        if let Err(e) = result {
            if matches!(e.problem(), LoadProblem::TooManyRecords) || mode == LoadMode::Strict {
                return Err(e.into());
            }
            state.rejected.push(e);
        }
    }
    Ok(Loaded {
        personnel: state.builder.build(),
        rejected: state.rejected,
        format,
        rows: state.rows,
    })
}

/// Which format a header is, or where it goes wrong.
fn detect(header: &[String]) -> Result<Format, (Option<usize>, LoadProblem)> {
    let first = header.first().map(String::as_str);
    let (expected, format): (&[&'static str], Format) = match first {
        Some("Contribution_ID") => (&UN_HEADER, Format::UnOpenData),
        Some("") if header.get(1).map(String::as_str) == Some("Date") => (&IPI_HEADER, Format::Ipi),
        Some(RANK_FILE_FIRST) => {
            return Err((
                None,
                LoadProblem::UnknownHeader {
                    expected: "the contributions file, not the UN's rank file (totals per country, no mission): use the file with Contribution_ID and Mission_Acronym",
                },
            ));
        }
        _ => {
            return Err((
                None,
                LoadProblem::UnknownHeader {
                    expected: EXPECTED_HEADERS,
                },
            ));
        }
    };
    for (i, want) in expected.iter().enumerate() {
        let found = header.get(i).map_or("", String::as_str);
        if found != *want {
            return Err((
                Some(i + 1),
                LoadProblem::HeaderMismatch {
                    expected: want,
                    found: found.to_owned(),
                },
            ));
        }
    }
    if header.len() != expected.len() {
        return Err((
            None,
            LoadProblem::FieldCount {
                expected: expected.len(),
                found: header.len(),
            },
        ));
    }
    Ok(format)
}

struct Loader<'f> {
    file: &'f str,
    builder: PersonnelBuilder,
    rejected: Vec<LoadError>,
    countries: FastMap<[u8; 3], CountryCode>,
    /// The last contributor and mission seen, with their indexes: files
    /// list a contributor's rows together, so most look-ups stop here.
    last_contributor: Option<(CountryCode, u16)>,
    last_mission: Option<(Box<[u8]>, u16)>,
    rows: u64,
}

/// A cell as text, or an error naming it.
fn text(record: &csv::ByteRecord, col: usize) -> Result<&str, LoadProblem> {
    let bytes = record.get(col).unwrap_or_default();
    std::str::from_utf8(bytes).map_err(|_| LoadProblem::NotUtf8)
}

/// A whole number of persons: ASCII digits only, at most `u32::MAX`.
fn count(s: &str) -> Result<u32, LoadProblem> {
    count_bytes(s.as_bytes())
}

/// The same on raw bytes (no UTF-8 check needed for digits).
fn count_bytes(b: &[u8]) -> Result<u32, LoadProblem> {
    let bad = || LoadProblem::BadCount {
        text: String::from_utf8_lossy(b).into_owned(),
    };
    if b.is_empty() || b.len() > 10 {
        return Err(bad());
    }
    let mut n: u64 = 0;
    for d in b {
        if !d.is_ascii_digit() {
            return Err(bad());
        }
        n = n * 10 + u64::from(d - b'0');
    }
    u32::try_from(n).map_err(|_| bad())
}

/// `YYYY-MM-DD` on raw bytes, as a month; `None` if not a valid date.
fn iso_month(b: &[u8]) -> Option<YearMonth> {
    let [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = *b else {
        return None;
    };
    let digit = |c: u8| c.is_ascii_digit().then(|| u32::from(c - b'0'));
    let year = digit(y0)? * 1000 + digit(y1)? * 100 + digit(y2)? * 10 + digit(y3)?;
    let month = digit(m0)? * 10 + digit(m1)?;
    let day = digit(d0)? * 10 + digit(d1)?;
    let date = chrono::NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?;
    YearMonth::of(date).ok()
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `31-Jan-22` or `31/01/2022`.
fn un_date(s: &str) -> Option<chrono::NaiveDate> {
    let digits = |t: &str, n: usize| t.len() == n && t.bytes().all(|b| b.is_ascii_digit());
    if let Some((d, rest)) = s.split_once('-') {
        let (m, y) = rest.split_once('-')?;
        if !digits(d, 2) && !digits(d, 1) || !digits(y, 2) {
            return None;
        }
        let month = MONTHS.iter().position(|x| *x == m)?;
        let yy: i32 = y.parse().ok()?;
        let year = if yy < 70 { 2000 + yy } else { 1900 + yy };
        return chrono::NaiveDate::from_ymd_opt(
            year,
            u32::try_from(month + 1).ok()?,
            d.parse().ok()?,
        );
    }
    let mut parts = s.split('/');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some()
        || !(digits(d, 2) || digits(d, 1))
        || !(digits(m, 2) || digits(m, 1))
        || !digits(y, 4)
    {
        return None;
    }
    chrono::NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// An error in a cell: file, line, column (from 1) and the header's name.
fn fail(file: &str, line: u64, col: usize, header: &[&str], problem: LoadProblem) -> LoadError {
    LoadError::new(file, line, Some(col + 1), header.get(col).copied(), problem)
}

impl Loader<'_> {
    fn check_width(
        &self,
        record: &csv::ByteRecord,
        line: u64,
        width: usize,
    ) -> Result<(), LoadError> {
        if record.len() == width {
            Ok(())
        } else {
            Err(LoadError::new(
                self.file,
                line,
                None,
                None,
                LoadProblem::FieldCount {
                    expected: width,
                    found: record.len(),
                },
            ))
        }
    }

    fn country(&mut self, s: &str) -> Result<CountryCode, LoadProblem> {
        if s.is_empty() || s == "#N/A" || s == "NA" {
            return Err(LoadProblem::MissingCountryCode);
        }
        if let Ok(key) = <[u8; 3]>::try_from(s.as_bytes()) {
            if let Some(c) = self.countries.get(&key) {
                return Ok(*c);
            }
            if let Ok(c) = CountryCode::new(s) {
                self.countries.insert(key, c);
                return Ok(c);
            }
        }
        Err(LoadProblem::BadCountryCode { text: s.to_owned() })
    }

    fn month(date: chrono::NaiveDate) -> Option<YearMonth> {
        YearMonth::of(date).ok()
    }

    fn un_row(&mut self, r: &csv::ByteRecord, line: u64) -> Result<(), LoadError> {
        self.check_width(r, line, UN_HEADER.len())?;
        let file = self.file;
        let h = &UN_HEADER;
        let at = |col: usize| text(r, col).map_err(|p| fail(file, line, col, h, p));
        let iso = at(1)?;
        let contributor = self.country(iso).map_err(|p| fail(file, line, 1, h, p))?;
        let mission = at(4)?;
        let category: Category = at(5)?.parse().map_err(|p| fail(file, line, 5, h, p))?;
        let female = count(at(6)?).map_err(|p| fail(file, line, 6, h, p))?;
        let male = count(at(7)?).map_err(|p| fail(file, line, 7, h, p))?;
        let date_text = at(8)?;
        let month = un_date(date_text).and_then(Self::month).ok_or_else(|| {
            fail(
                file,
                line,
                8,
                h,
                LoadProblem::BadDate {
                    text: date_text.to_owned(),
                    expected: "`31-Jan-22` or `31/01/2022`",
                },
            )
        })?;
        self.store(
            line,
            4,
            h,
            contributor,
            mission,
            month,
            &[(category, female, male)],
        )
    }

    #[expect(
        clippy::too_many_arguments,
        reason = "one row's parsed cells, passed once"
    )]
    fn store(
        &mut self,
        line: u64,
        mission_col: usize,
        h: &[&str],
        contributor: CountryCode,
        mission: &str,
        month: YearMonth,
        parts: &[(Category, u32, u32)],
    ) -> Result<(), LoadError> {
        let file = self.file;
        let at = |col: usize, p| LoadError::new(file, line, Some(col + 1), h.get(col).copied(), p);
        let contributor = match self.last_contributor {
            Some((c, i)) if c == contributor => i,
            _ => {
                let i = self
                    .builder
                    .contributor(contributor)
                    .map_err(|p| at(0, p))?;
                self.last_contributor = Some((contributor, i));
                i
            }
        };
        let mission = match &self.last_mission {
            Some((m, i)) if **m == *mission.as_bytes() => *i,
            _ => {
                let i = self
                    .builder
                    .mission_by_text(mission)
                    .map_err(|p| at(mission_col, p))?;
                self.last_mission = Some((mission.as_bytes().into(), i));
                i
            }
        };
        for (category, female, male) in parts {
            self.builder
                .push_packed(
                    month,
                    Packed {
                        female: *female,
                        male: *male,
                        contributor,
                        mission,
                        category: *category,
                    },
                )
                .map_err(|p| at(0, p))?;
        }
        Ok(())
    }

    fn ipi_row(&mut self, record: &csv::ByteRecord, line: u64) -> Result<(), LoadError> {
        self.check_width(record, line, IPI_HEADER.len())?;
        let file = self.file;
        let header = &IPI_HEADER;
        let cell_error = |col: usize, problem| fail(file, line, col, header, problem);
        let date_bytes = record.get(1).unwrap_or_default();
        let month = iso_month(date_bytes).ok_or_else(|| {
            cell_error(
                1,
                LoadProblem::BadDate {
                    text: String::from_utf8_lossy(date_bytes).into_owned(),
                    expected: "`YYYY-MM-DD`",
                },
            )
        })?;
        let iso = text(record, 3).map_err(|p| cell_error(3, p))?;
        let contributor = self.country(iso).map_err(|p| cell_error(3, p))?;
        let mission = text(record, 4).map_err(|p| cell_error(4, p))?;
        let mut counts = [0_u32; 15];
        for (i, slot) in counts.iter_mut().enumerate() {
            *slot = count_bytes(record.get(5 + i).unwrap_or_default())
                .map_err(|p| cell_error(5 + i, p))?;
        }
        // Five groups (police, formed police, experts, troops, total) of
        // three columns: male, female, total.
        let group = |k: usize| {
            let cell = |j: usize| counts.get(3 * k + j).copied().map_or(0, u64::from);
            (cell(0), cell(1), cell(2))
        };
        for k in 0..5 {
            let (male, female, total) = group(k);
            if male + female != total {
                return Err(cell_error(
                    5 + 3 * k + 2,
                    LoadProblem::TotalMismatch {
                        total,
                        sum: male + female,
                    },
                ));
            }
        }
        let (total_male, total_female, _) = group(4);
        let (sum_male, sum_female) = (0..4).fold((0, 0), |(acc_m, acc_f), k| {
            let (male, female, _) = group(k);
            (acc_m + male, acc_f + female)
        });
        if sum_male != total_male {
            return Err(cell_error(
                17,
                LoadProblem::TotalMismatch {
                    total: total_male,
                    sum: sum_male,
                },
            ));
        }
        if sum_female != total_female {
            return Err(cell_error(
                18,
                LoadProblem::TotalMismatch {
                    total: total_female,
                    sum: sum_female,
                },
            ));
        }
        let part = |k: usize, category: Category| {
            let cell = |j: usize| counts.get(3 * k + j).copied().unwrap_or(0);
            (category, cell(1), cell(0))
        };
        self.store(
            line,
            4,
            header,
            contributor,
            mission,
            month,
            &[
                part(0, Category::IndividualPolice),
                part(1, Category::FormedPoliceUnits),
                part(2, Category::ExpertsOnMission),
                part(3, Category::Troops),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn un_dates() {
        for (s, d) in [
            ("31-Jan-22", Some("2022-01-31")),
            ("28-Feb-99", Some("1999-02-28")),
            ("31/01/2022", Some("2022-01-31")),
            ("1/2/2015", Some("2015-02-01")),
            ("31-Feb-15", None),
            ("31-January-22", None),
            ("2022-01-31", None),
            ("31/01/22", None),
            ("", None),
            // One-digit days; two-digit years pivot at 70.
            ("1-Jan-22", Some("2022-01-01")),
            ("01-Jan-70", Some("1970-01-01")),
            ("01-Jan-69", Some("2069-01-01")),
            ("31-Jan-2022", None),
            ("123-Jan-22", None),
            ("1/1/2022/1", None),
            ("111/1/2022", None),
            ("1/111/2022", None),
            ("1/001/2022", None),
            ("001/1/2022", None),
            ("1/1/22022", None),
        ] {
            assert_eq!(
                un_date(s).map(|x| x.to_string()),
                d.map(str::to_owned),
                "{s}"
            );
        }
    }

    #[test]
    fn iso_months() {
        for (s, m) in [
            ("2015-03-31", Some("2015-03")),
            ("1999-12-31", Some("1999-12")),
            ("2105-01-01", Some("2105-01")),
            ("2016-02-29", Some("2016-02")),
            ("2015-02-29", None),
            ("2015-04-31", None),
            ("2015-13-01", None),
            ("2015-3-31", None),
            ("2015/03/31", None),
            ("20a5-03-31", None),
        ] {
            assert_eq!(
                iso_month(s.as_bytes()).map(|x| x.to_string()),
                m.map(str::to_owned),
                "{s}"
            );
        }
    }

    #[test]
    fn a_header_is_ipi_only_with_an_empty_first_and_a_date_second_column() {
        let header = |h: &[&str]| h.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert!(matches!(
            detect(&header(&["", "Foo"])),
            Err((None, LoadProblem::UnknownHeader { .. }))
        ));
        assert!(matches!(
            detect(&header(&["", "Date"])),
            Err((Some(3), LoadProblem::HeaderMismatch { .. }))
        ));
        assert_eq!(detect(&header(&IPI_HEADER)), Ok(Format::Ipi));
        assert_eq!(detect(&header(&UN_HEADER)), Ok(Format::UnOpenData));
    }

    #[test]
    fn counts() {
        assert_eq!(count("0"), Ok(0));
        assert_eq!(count("4294967295"), Ok(u32::MAX));
        for bad in ["", "-1", "1.0", "4294967296", "12345678901", " 1", "1e3"] {
            assert!(count(bad).is_err(), "{bad}");
        }
    }
}
