//! The store: records packed and interned, grouped by month.

use pko_core::{CountryCode, MissionCode, YearMonth};

use super::{Category, Count};
use crate::{Error, LoadError, LoadProblem};

/// A record as stored: 16 bytes; the month is that of its group,
/// countries and missions are interned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Packed {
    pub(super) female: u32,
    pub(super) male: u32,
    pub(super) contributor: u16,
    pub(super) mission: u16,
    pub(super) category: Category,
}

/// One contributor's counts in one month, by category (in the order of
/// [`Category::ALL`]): the index that rankings, series and totals over a
/// period read instead of the records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Tally {
    pub(super) contributor: u16,
    pub(super) counts: [Count; 5],
}

impl Tally {
    /// The sum over the categories of `set`.
    pub(super) fn of(&self, set: super::CategorySet) -> Count {
        let mut c = Count::default();
        for (category, n) in Category::ALL.iter().zip(&self.counts) {
            if set.contains(*category) {
                c.female += n.female;
                c.male += n.male;
            }
        }
        c
    }
}

/// A dataset of personnel records, indexed by month.
///
/// Build one with [`Personnel::builder`] or load one with [`load`](super::load). Records
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
    pub(super) contributors: Vec<CountryCode>,
    pub(super) missions: Vec<MissionCode>,
    /// Records grouped by month, the months in order.
    pub(super) months: Vec<(YearMonth, Vec<Packed>)>,
    /// For each month (in the same order), each contributor's tally,
    /// ordered by contributor index.
    pub(super) tallies: Vec<Vec<Tally>>,
    pub(super) len: usize,
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
    pub(super) contributors: Vec<CountryCode>,
    contributor_index: FastMap<CountryCode, u16>,
    pub(super) missions: Vec<MissionCode>,
    mission_index: FastMap<Box<str>, u16>,
    /// Records by month, in order of first appearance, and the bucket of
    /// the last month seen.
    buckets: Vec<(YearMonth, Vec<Packed>)>,
    bucket_index: FastMap<YearMonth, usize>,
    last_bucket: usize,
    pub(super) len: usize,
}

/// The interning tables' map. Its keys are small (months, three-letter
/// codes, mission acronyms) and bounded in number (65,535 at most per
/// table), so hash flooding cannot make loading more than linear, and a
/// fast non-cryptographic hash (`rustc_hash`'s Fx) serves better than the
/// standard library's `SipHash`.
pub(super) type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// The most distinct contributors or missions one dataset holds.
pub(super) const MAX_KEYS: usize = 65_535;

impl PersonnelBuilder {
    pub(super) fn contributor(&mut self, c: CountryCode) -> Result<u16, LoadProblem> {
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

    pub(super) fn mission_by_text(&mut self, text: &str) -> Result<u16, LoadProblem> {
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

    pub(super) fn push_packed(&mut self, month: YearMonth, p: Packed) -> Result<(), LoadProblem> {
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
        self.buckets.shrink_to_fit();
        self.contributors.shrink_to_fit();
        self.missions.shrink_to_fit();
        let tallies = tally(&self.buckets, self.contributors.len());
        Personnel {
            contributors: self.contributors,
            missions: self.missions,
            months: self.buckets,
            tallies,
            len: self.len,
        }
    }
}

/// Each month's tallies by contributor: one pass over the records, with a
/// scratch table indexed by contributor.
fn tally(months: &[(YearMonth, Vec<Packed>)], contributors: usize) -> Vec<Vec<Tally>> {
    let mut scratch: Vec<Option<[Count; 5]>> = vec![None; contributors];
    let mut out = Vec::with_capacity(months.len());
    for (_, records) in months {
        for p in records {
            if let Some(slot) = scratch.get_mut(usize::from(p.contributor)) {
                let counts = slot.get_or_insert_with(Default::default);
                if let Some(c) = counts.get_mut(p.category.index()) {
                    c.add(p.female, p.male);
                }
            }
        }
        let mut month = Vec::new();
        for (i, slot) in scratch.iter_mut().enumerate() {
            if let (Some(counts), Ok(contributor)) = (slot.take(), u16::try_from(i)) {
                month.push(Tally {
                    contributor,
                    counts,
                });
            }
        }
        month.shrink_to_fit();
        out.push(month);
    }
    out
}
